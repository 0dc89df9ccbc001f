"""An ECShop 2.7-style auto-parts B2C mall (汀屿车配商城), GBK: 文章中心 article.php?id=N among goods, brands, help."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import TZ8, Art, Channel, Site, esc, gbk_safe, iso_date, kinds, paginate, rand_dates, unique_titles

NAME = "ecshop_mall"
SITE = "汀屿车配商城"
CHANS = [Channel("news", "行业资讯", 12), Channel("care", "养护知识", 13), Channel("notice", "商城公告", 14)]
COUNTS = [18, 14, 10]
PER_PAGE = 8
DEAD_ID = 27
N_REWRITE = 6  # the home page's 商城快讯 links the newest ones by their rewritten URL article-N.html
HELP = [(3, "新手上路", [(1, "购物流程"), (2, "会员注册"), (3, "订单状态")]),
        (4, "配送与支付", [(4, "配送方式"), (5, "支付方式说明"), (6, "货到付款区域")]),
        (5, "售后服务", [(7, "退换货政策"), (8, "质保说明"), (9, "发票制度")])]
GOODS = [(101, "昀州正衡 陶瓷刹车片 前轮 BK-5812", 0), (102, "砚川百盛 机油滤清器 LF-330", 1), (103, "砚川百盛 空气滤清器 AF-917", 1),
         (104, "棠溪科朗 铱金火花塞 IR-72X（4支装）", 2), (105, "璟山永固 前减震器总成 SH-4406", 3), (106, "珩港新源 AGM启停蓄电池 70Ah", 4),
         (107, "枫渡长青 多楔带 DB-6PK", 3), (108, "麓城凯斯特 LED雾灯总成", 5), (109, "汇驰 全合成变速箱油 4L", 6), (110, "汇驰 长效防冻液 -35℃", 6)]
GCATS = [(21, "制动系统"), (22, "滤清器"), (23, "点火系统"), (24, "底盘悬挂"), (25, "电器电瓶"), (26, "车灯照明"), (27, "油液养护")]
BRANDS = [(3, "昀州正衡"), (5, "砚川百盛"), (8, "棠溪科朗"), (11, "汇驰")]


def _aurl(aid: int) -> str:
    return f"/article.php?id={aid}"


def _cat_url(cid: int, k: int | None = None) -> str:
    return f"/article_cat.php?id={cid}" if k is None else f"/article_cat.php?id={cid}&page={k}"


def _body(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<p><strong>{esc(b[1])}</strong></p>")
        elif b[0] == "img":
            cap = f"<br />{esc(b[2])}" if b[2] else ""
            out.append(f'<p style="text-align: center"><img alt="" src="{b[1]}" width="500" />{cap}</p>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f'<table border="1" cellspacing="0" cellpadding="4" width="90%"><tbody>{rows}</tbody></table>')
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "gbk", "gbk", "GBK", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2025, 8, 1, tzinfo=TZ8), dt.datetime(2026, 5, 18, 18, tzinfo=TZ8), hours=(8, 20))
    chans = [c for c, k in zip(CHANS, COUNTS, strict=True) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        pool = {"news": content.NEWS_TITLES, "care": content.CARE_TITLES, "notice": content.NOTICE_TITLES}[chans[i].key]
        return ctx.fill(ar.choice(pool)), (ctx, ar)

    arts: list[Art] = []
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        ch = chans[i]
        if ch.key == "news":
            blocks = content.news_blocks(ctx, ks[i], "/images/upload/Image/")
        elif ch.key == "care":
            blocks = content.care_blocks(ctx, ks[i])
        else:
            blocks = content.notice_blocks(ctx)
        a = Art(i, 0, ch, gbk_safe(title), blocks, whens[i])
        if ch.key != "notice" and ar.random() < 0.45:
            a.author = content.person(ar, gbk_only=ar.random() < 0.25)
        a.extra["author_shown"] = a.author or SITE  # ECShop shows the shop name when the author field is empty
        if ch.key == "news" and ar.random() < 0.5:
            a.source = ar.choice(content.MEDIA)
        a.comments = ar.choice([0, 0, 0, 1, 2, 3, 5])
        arts.append(a)
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 31 + j + (j // 7)
        a.url = _aurl(a.aid)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    for c in CHANS:  # ECShop's 上一篇 / 下一篇 go by id inside the category
        g = [x for x in arts if x.ch is c]
        g.sort(key=lambda x: x.aid)
        for older, newer in zip(g, g[1:]):
            newer.prev, older.next = older, newer
    rewrite = {a.aid for a in latest[:N_REWRITE]}
    grnd = random.Random(f"{seed}:{NAME}:goods")
    top10 = grnd.sample(GOODS, len(GOODS))

    # ------------------------------------------------------------------ template parts
    def head(title: str) -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta name="Generator" content="ECSHOP v2.7.3" />
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta name="Keywords" content="汽车配件,刹车片,机油滤清器,火花塞,{SITE}" />
<meta name="Description" content="{SITE}，正品汽车配件网上商城，修理厂和车主一站式采购。" />
<title>{esc(title)}</title>
<link rel="shortcut icon" href="favicon.ico" />
<link href="themes/default/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/common.js"></script><script type="text/javascript" src="js/transport.js"></script>
</head>
<body>
<div class="block clearfix">
 <div class="f_l"><a href="index.php" name="top"><img src="themes/default/images/logo.gif" alt="{SITE}" /></a></div>
 <div class="f_r log"><ul><li class="userInfo"><font id="ECS_MEMBERZONE">欢迎光临本店，<a href="user.php">[登录]</a> <a href="user.php?act=register">[免费注册]</a></font></li>
 <li id="topNav" class="clearfix"><a href="flow.php">查看购物车</a> | <a href="user.php">用户中心</a> | <a href="/article_cat.php?id=3">帮助中心</a></li></ul></div>
</div>
<div class="blank"></div>
<div id="mainNav" class="clearfix"><a href="/" class="cur">首页<span></span></a>{"".join(f'<a href="/category.php?id={c}">{t}<span></span></a>' for c, t in GCATS[:5])}<a href="{_cat_url(12)}">行业资讯<span></span></a><a href="{_cat_url(13)}">养护知识<span></span></a></div>
<div id="search" class="clearfix"><div class="keys f_l">热门搜索 ： <a href="search.php?keywords=%C9%B2%B3%B5%C6%AC">刹车片</a> <a href="search.php?keywords=%BB%FA%C2%CB">机滤</a></div>
<form id="searchForm" name="searchForm" method="get" action="search.php" class="f_r"><input name="keywords" type="text" id="keyword" class="B_input" /><input name="imageField" type="submit" value="" class="go" /></form></div>
<div class="blank5"></div>
"""

    def ur_here(*parts: tuple[str | None, str]) -> str:
        seg = " <code>&gt;</code> ".join(f'<a href="{u}">{esc(t)}</a>' if u else esc(t) for u, t in parts)
        return f'<div class="block box"><div id="ur_here">当前位置: <a href="/">首页</a> <code>&gt;</code> {seg}</div></div>\n<div class="blank"></div>\n'

    def left() -> str:
        tree = "".join(f'<dt><a href="{_cat_url(c.cid)}">{c.name}</a></dt>' for c in CHANS)
        tree += "".join(f'<dt><a href="{_cat_url(cid)}">{nm}</a></dt>' for cid, nm, _ in HELP)
        gc = "".join(f'<dt><a href="/category.php?id={c}">{t}</a></dt>' for c, t in GCATS)
        top = "".join(f'<li><div class="fl"><img src="themes/default/images/top_{k}.gif" /></div><a href="/goods.php?id={g}" title="{esc(t)}">{esc(t[:14])}...</a><br />本店售价：<font class="f1">￥{88 + g * 7}.00元</font></li>'
                      for k, (g, t, _) in enumerate(top10[:8], 1))
        return f"""<div class="AreaL">
<div class="box"><div class="box_1"><h3><span>文章分类</span></h3><div class="boxCenterList clearfix" id="category_tree"><dl>{tree}</dl></div></div></div>
<div class="blank5"></div>
<div class="box"><div class="box_1"><h3><span>商品分类</span></h3><div id="category_tree2"><dl>{gc}</dl></div></div></div>
<div class="blank5"></div>
<div class="box" id='top10'><div class="box_1"><h3><span>销售排行</span></h3><div class="top10List clearfix"><ul>{top}</ul></div></div></div>
</div>
"""

    def foot() -> str:
        helps = "".join(f'<dl><dt>{nm}</dt>' + "".join(f'<dd><a href="{_aurl(hid)}" title="{t}">{t}</a></dd>' for hid, t in items) + "</dl>"
                        for _, nm, items in HELP)
        return f"""<div class="blank"></div>
<div class="block"><div class="box"><div class="helpTitBg clearfix">{helps}</div></div></div>
<div class="blank"></div>
<div id="footer"><div class="text">
&copy; 2013-2026 {SITE} 版权所有，并保留所有权利。<br />
岚汀省汀屿市经济开发区车配大道88号 Tel: 0591-8866 4217 E-mail: service@tycp.example.com<br />
<a href="https://beian.miit.gov.cn/" target="_blank">汀ICP备15004932号-1</a><br />
<div align="left" id="rss"><a href="feed.php"><img src="themes/default/images/xml_rss2.gif" alt="rss" /></a></div>
</div></div>
<script type="text/javascript">var process_request = "正在处理您的请求...";</script>
</body>
</html>
"""

    # ------------------------------------------------------------------ article pages (+ article-N.html rewrites of the newest)
    def article_page(a: Art, crumbs: list, title_line: str) -> str:
        body = _body(a.blocks) + (f"\n<p>（来源：{esc(a.source)}）</p>" if a.source else "")
        nxt = f'下一篇:<a href="{a.next.url}" class="f6">{esc(a.next.title)}</a><br />' if a.next else ""
        prv = f'上一篇:<a href="{a.prev.url}" class="f6">{esc(a.prev.title)}</a>' if a.prev else ""
        gr = random.Random(f"{seed}:{NAME}:rg:{a.aid}").sample(GOODS, 4)
        goods = "".join(f'<div class="goodsItem"><a href="/goods.php?id={g}"><img src="images/{g}_thumb.jpg" alt="{esc(t)}" class="goodsimg" /></a><br />'
                        f'<p><a href="/goods.php?id={g}" title="{esc(t)}">{esc(t[:12])}...</a></p><font class="f1">￥{88 + g * 7}.00元</font></div>' for g, t, _ in gr)
        cmts = "".join(f'<li class="word"><font class="f2">{esc(content.FORUM_USERS[(a.aid + k) % 12])}</font> <font class="f3">( {iso_date(a.when + dt.timedelta(days=k + 1))} )</font><br /><p>'
                       f'{esc(content.REPLY_TEXTS[(a.aid * 3 + k) % len(content.REPLY_TEXTS)].format(co=content.COMPANIES[0], pr=content.PRODUCTS[0]))}</p></li>'
                       for k in range(a.comments or 0))
        return head(f"{a.title}_{SITE}") + ur_here(*crumbs) + f"""<div class="block clearfix">
{left()}
<div class="AreaR">
<div class="box"><div class="box_1"><div style="border:4px solid #fcf8f7; background-color:#fff; padding:20px 15px;">
 <div class="tc" style="padding:8px;">
 <font class="f5 f6">{esc(a.title)}</font><br />
 <font class="f3">{esc(title_line)}</font>
 </div>
 <div class="article_content" style="line-height:24px;">
{body}
 </div>
 <div style="padding:8px; margin-top:15px; text-align:left; border-top:1px solid #ccc;">
 {nxt}
 {prv}
 </div>
</div></div></div>
<div class="blank5"></div>
<div class="box"><div class="box_1"><h3><span class="text">相关商品</span></h3><div class="boxCenterList clearfix">{goods}</div></div></div>
<div class="blank5"></div>
<div id="ECS_COMMENT"><div class="box"><div class="box_1"><h3><span class="text">用户评论</span>(共<font class="f1">{a.comments}</font>条评论)</h3>
<div class="boxCenterList clearfix" style="height:1%;"><ul class="comments">{cmts or '<li>暂时还没有任何用户评论</li>'}</ul>
<div id="pagebar" class="f_r"><form name="selectPageForm" action="/comment.php" method="get"><div id="pager">总计 {a.comments} 个记录，共 1 页。</div></form></div></div></div></div></div>
</div>
</div>
""" + foot()

    for a in arts:
        page = article_page(a, [(_cat_url(a.ch.cid), a.ch.name), (None, a.title)], f"{a.extra['author_shown']} / {a.when:%Y-%m-%d}")
        site.add(a.url, page)
        aliases = []
        if a.aid in rewrite:
            site.add(f"/article-{a.aid}.html", page)
            aliases.append(f"/article-{a.aid}.html")
        paras = content.paragraphs(a.blocks)
        site.article_row(a, paras, published_date=iso_date(a.when), published_at=None, published_display=f"{a.when:%Y-%m-%d}",
                         views_display=None, views_approx=False, related=[], aliases=aliases, encoding="gbk")

    # ------------------------------------------------------------------ help centre: same template, shop policy (NOT articles)
    hr = random.Random(f"{seed}:{NAME}:help")
    for cid, cname, items in HELP:
        for hid, t in items:
            ctx = content.Ctx(hr, dt.datetime(2019, 3, 4, tzinfo=TZ8))
            fake = Art(0, hid, Channel("help", cname, cid), t, [("p", f"{t}：" + content.pool_para(ctx, content.CARE_SENT[6:], [], 2)),
                                                                ("p", "如有其他问题，请拨打客服热线0591-8866 4217或联系在线客服。")],
                       dt.datetime(2019, 3, 4, 10, 12, tzinfo=TZ8), comments=0)
            fake.url = _aurl(hid)
            site.add(fake.url, article_page(fake, [(_cat_url(cid), cname), (None, t)], f"{SITE} / 2019-03-04"))
            site.non_articles.append({"url": fake.url, "reason": "help-centre page (shop policy in the article template, not news)"})
        rows = "".join(f'<tr><td><a href="{_aurl(hid)}" class="f6">{t}</a></td><td>{SITE}</td><td align="center">2019-03-04</td></tr>' for hid, t in items)
        site.add(_cat_url(cid), head(f"{cname}_{SITE}") + ur_here((None, cname)) + f'<div class="block clearfix">{left()}<div class="AreaR"><div class="box"><div class="box_1"><h3><span>文章列表</span></h3><table width="100%" border="0" cellpadding="5" cellspacing="1" bgcolor="#dddddd"><tr><th bgcolor="#ffffff">文章标题</th><th bgcolor="#ffffff">作者</th><th bgcolor="#ffffff">添加日期</th></tr>{rows}</table></div></div></div></div>' + foot())
        site.non_articles.append({"url": _cat_url(cid), "reason": "help-centre list"})

    # ------------------------------------------------------------------ article lists: article_cat.php?id=N&page=K (the pager links page=1 too)
    for c in CHANS:
        entries = [x for x in latest if x.ch is c]
        chunks = paginate(entries, PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = _cat_url(c.cid) if k == 1 else _cat_url(c.cid, k)
            rows = []
            for pos, x in enumerate(chunk, 1):
                t = x.title if len(x.title) <= 20 else x.title[:20] + "..."
                rows.append(f'<tr><td bgcolor="#ffffff"><a href="{x.url}" title="{esc(x.title)}" class="f6">{esc(t)}</a></td>'
                            f'<td bgcolor="#ffffff">{esc(x.extra["author_shown"])}</td><td bgcolor="#ffffff" align="center">{x.when:%Y-%m-%d}</td></tr>')
                site.listing(url, pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}")
            last = len(chunks)
            pg = [f'<span class="f_l f6" style="margin-right:10px;">总计 <b>{len(entries)}</b>  个记录</span>']
            pg += [f'<a href="{_cat_url(c.cid, 1)}">第一页</a>', f'<a href="{_cat_url(c.cid, k - 1)}">上一页</a>' if k > 1 else ""]
            pg += [f'<a href="{_cat_url(c.cid, k + 1)}">下一页</a>' if k < last else "", f'<a href="{_cat_url(c.cid, last)}">最末页</a>']
            sel = "".join(f'<option value="{m}"{" selected" if m == k else ""}>{m}</option>' for m in range(1, last + 1))
            html = head(f"{c.name}_{SITE}") + ur_here((None, c.name)) + f"""<div class="block clearfix">
{left()}
<div class="AreaR"><div class="box"><div class="box_1"><h3><span>文章列表</span></h3>
<div class="boxCenterList"><form action="article_cat.php" name="search_form" method="post" class="article_search"><input name="keywords" type="text" id="requirement" class="inputBg" /><input name="id" type="hidden" value="{c.cid}" /><input type="submit" value="搜索文章" class="bnt_blue_1" /></form>
<table width="100%" border="0" cellpadding="5" cellspacing="1" bgcolor="#dddddd">
<tr><th bgcolor="#ffffff">文章标题</th><th bgcolor="#ffffff">作者</th><th bgcolor="#ffffff">添加日期</th></tr>
{chr(10).join(rows)}
</table></div></div></div>
<div class="blank5"></div>
<form name="selectPageForm" action="/article_cat.php" method="get"><div id="pager" class="pagebar">{" ".join(p for p in pg if p)}
<span class="page_now">{k}</span><input type="hidden" name="id" value="{c.cid}" /><select name="page" onchange="this.form.submit()">{sel}</select></div></form>
</div></div>
""" + foot()
            site.add(url, html)
            aliases = []
            if k == 1:
                site.add(_cat_url(c.cid, 1), html)
                aliases.append(_cat_url(c.cid, 1))
            site.list_pages.append({"url": url, "aliases": aliases})

    # ------------------------------------------------------------------ goods, goods categories, brands, cart, login (not articles)
    for g, t, b in GOODS:
        bid, bname = BRANDS[min(b, len(BRANDS) - 1)]
        d = dt.date(2025, 9, 1) + dt.timedelta(days=g * 11)
        site.add(f"/goods.php?id={g}", head(f"{t}_{SITE}") + ur_here((f"/category.php?id={GCATS[b][0]}", GCATS[b][1]), (None, t)) + f"""<div class="block clearfix">{left()}
<div class="AreaR"><div id="goodsInfo" class="clearfix"><div class="imgInfo"><img src="images/{g}_img.jpg" alt="{esc(t)}" width="360" /></div>
<div class="textInfo"><form action="javascript:addToCart({g})" method="post" name="ECS_FORMBUY" id="ECS_FORMBUY"><div class="clearfix"><p class="f_l">{esc(t)}</p></div>
<ul><li class="clearfix"><dd>商品货号：ECS000{g}</dd><dd class="ddR">商品库存：{g % 7 * 13 + 5} 件</dd></li>
<li class="clearfix"><dd>商品品牌：<a href="/brand.php?id={bid}">{bname}</a></dd></li>
<li class="clearfix"><dd>上架时间：{d:%Y-%m-%d}</dd><dd class="ddR">商品点击数：{g * 29 % 900 + 100}</dd></li>
<li class="clearfix"><dd>本店售价：<font class="shop" id="ECS_SHOPPRICE">￥{88 + g * 7}.00元</font></dd></li></ul>
<a href="javascript:addToCart({g})"><img src="themes/default/images/bnt_cat.gif" alt="加入购物车" /></a></form></div></div>
<div class="box"><div class="box_1"><h3><span>商品描述</span></h3><div class="boxCenterList"><p>{esc(t)}，适用于多款主流车型，原厂标准生产，出厂前逐件检验。请在下单前核对车型或联系客服提供车架号查询。</p><p>质保期：12个月或2万公里。</p></div></div></div>
</div></div>
""" + foot())
        site.non_articles.append({"url": f"/goods.php?id={g}", "reason": "goods page"})
    for c, t in GCATS:
        gl = [x for x in GOODS if GCATS[x[2]][0] == c]
        site.add(f"/category.php?id={c}", head(f"{t}_{SITE}") + ur_here((None, t)) + f'<div class="block clearfix">{left()}<div class="AreaR"><div class="box"><div class="box_1"><h3><span>商品列表</span></h3><div class="clearfix goodsList">'
                 + ("".join(f'<div class="goodsItem"><a href="/goods.php?id={g}">{esc(n_)}</a><br /><font class="f1">￥{88 + g * 7}.00元</font></div>' for g, n_, _ in gl) or "<p>该分类下暂无商品</p>")
                 + "</div></div></div></div></div>" + foot())
        site.non_articles.append({"url": f"/category.php?id={c}", "reason": "goods category"})
    for bid, bname in BRANDS:
        gl = [x for x in GOODS if BRANDS[min(x[2], len(BRANDS) - 1)][0] == bid]
        site.add(f"/brand.php?id={bid}", head(f"{bname}_{SITE}") + ur_here((None, bname)) + f'<div class="block clearfix">{left()}<div class="AreaR"><div class="box"><div class="box_1"><h3><span>{bname}</span></h3><p>{bname}是{SITE}授权销售品牌，本店所售均为厂家直供正品。</p><div class="clearfix goodsList">'
                 + "".join(f'<div class="goodsItem"><a href="/goods.php?id={g}">{esc(n_)}</a></div>' for g, n_, _ in gl) + "</div></div></div></div></div>" + foot())
        site.non_articles.append({"url": f"/brand.php?id={bid}", "reason": "brand page"})
    site.add("/flow.php", head(f"购物流程_{SITE}") + '<div class="block"><div class="flowBox"><h6><span>商品列表</span></h6><p>您的购物车中没有商品！</p></div></div>' + foot())
    site.add("/user.php", head(f"用户中心_{SITE}") + '<div class="block"><div class="usBox"><form name="formLogin" action="user.php" method="post"><h3>用户登录</h3><input name="username" type="text" /><input name="password" type="password" /><input type="submit" value="登录" /></form></div></div>' + foot())
    site.non_articles += [{"url": "/flow.php", "reason": "cart"}, {"url": "/user.php", "reason": "login"}]

    # ------------------------------------------------------------------ home
    dead = _aurl(DEAD_ID)
    kx = [f'<li><a href="/article-{x.aid}.html" title="{esc(x.title)}">{esc(x.title[:16])}</a></li>' for x in latest[:N_REWRITE]]
    kx.insert(3, f'<li><a href="{dead}" title="五一假期发货时间调整">五一假期发货时间调整</a></li>')
    notices = [x for x in latest if x.ch.key == "notice"][:5]
    best = "".join(f'<div class="goodsItem"><a href="/goods.php?id={g}"><img src="images/{g}_thumb.jpg" alt="{esc(t)}" class="goodsimg" /></a><br /><p><a href="/goods.php?id={g}" title="{esc(t)}">{esc(t[:12])}...</a></p><font class="f1">￥{88 + g * 7}.00元</font></div>' for g, t, _ in GOODS)
    site.add("/", head(f"{SITE} - 正品汽车配件网上商城") + f"""<div class="block clearfix">
{left()}
<div class="AreaR">
<div class="box clearfix"><div class="box_1"><div id="focus"><img src="data/afficheimg/banner_1.jpg" width="484" height="200" alt="" /></div>
<div id="mallNews" class="f_r"><div class="NewsTit"></div><div class="NewsList tc"><ul>{"".join(kx)}</ul></div></div></div></div>
<div class="blank5"></div>
<div class="box"><div class="box_1"><h3><span>商城公告</span><a href="{_cat_url(14)}" class="more">更多</a></h3><ul>{"".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in notices)}</ul></div></div>
<div class="blank5"></div>
<div class="box"><div class="box_1"><h3><span>精品推荐</span></h3><div class="clearfix goodsBox">{best}</div></div></div>
<div class="box"><div class="box_1"><h3><span>品牌专区</span></h3><p>{"".join(f'<a href="/brand.php?id={b}">{nm}</a> ' for b, nm in BRANDS)}</p></div></div>
</div>
</div>
""" + foot())
    site.add("/index.php", site.pages["/index.html"])  # the logo links index.php: the same home page
    site.non_articles += [{"url": "/", "reason": "home page"}, {"url": "/index.php", "reason": "home page (index.php)"}]
    site.rejects.append({"url": dead, "reason": "HTTP 404 (deleted article still linked from the home page's 商城快讯)"})
    site.add("/404.html", '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" /><title>404</title></head><body><p>您要访问的页面不存在。<a href="/">返回首页</a></p></body></html>\n')
    site.raw["/robots.txt"] = (b"User-agent: *\nDisallow: /admin/\nDisallow: /includes/\nDisallow: /install/\nDisallow: /temp/\n"
                               b"Disallow: /flow.php\nDisallow: /user.php\nDisallow: /search.php\nDisallow: /comment.php\nDisallow: /feed.php\n")
    return site

"""An EyouCMS (易优) brake maker's site (峤州宏锦制动), UTF-8: /news/ articles among 案例, products with 询价 forms, 资料下载, 留言."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import TZ8, Art, Channel, Site, esc, iso_date, kinds, paginate, rand_dates, unique_titles

NAME = "eyou_b2b"
SITE = "峤州宏锦制动系统有限公司"
CHANNELS = [Channel("gsxw", "公司新闻", 5), Channel("hyzx", "行业资讯", 6), Channel("jswz", "技术文章", 7)]
COUNTS = {"gsxw": 14, "hyzx": 12, "jswz": 10}
NEWS_TID = 2
PER_PAGE = 10
DEAD = "/news/hyzx/88.html"


def dyn(aid: int) -> str:
    return f"/index.php?m=home&c=View&a=index&aid={aid}"


def render(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<p><strong>{esc(b[1])}</strong></p>")
        elif b[0] == "img":  # the editor's centred picture, the caption a centred paragraph of its own
            out.append(f'<p style="text-align: center;"><img src="{b[1]}" alt="" /></p>')
            if b[2]:
                out.append(f'<p style="text-align: center;">{esc(b[2])}</p>')
        elif b[0] == "table":
            out.append('<table border="1" cellspacing="0" cellpadding="4"><tbody>' + "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</tbody></table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    arts: list[Art] = []
    for ch in CHANNELS:
        n = COUNTS[ch.key]
        whens = rand_dates(rnd, n, dt.datetime(2025, 9, 1, tzinfo=TZ8), dt.datetime(2026, 5, 18, 17, 0, tzinfo=TZ8),
                           seconds=True, hours=(8, 17))
        ks = kinds(rnd, n)

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            return ctx.fill(ar.choice(content.EYOU_TITLES[ch.key])), (ctx, ar)

        for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
            blocks = content.gen_blocks(ctx, ks[i], content.EYOU_OPEN, content.EYOU_MID, content.EYOU_CLOSE,
                                        content.EYOU_HEADS, "/uploads/allimg/20260512/", content.EYOU_CAPTIONS)
            a = Art(i, 0, ch, title, blocks, whens[i])
            if ch.key == "hyzx":
                a.source = ar.choice(content.MEDIA) if ar.random() < 0.6 else None
            if ch.key == "jswz" or ar.random() < 0.35:
                a.author = content.person(ar)
            arts.append(a)
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 112 + j * 2 + (j % 4 == 3)
        a.url = f"/news/{a.ch.key}/{a.aid}.html"
    newest = sorted(arts, key=lambda x: x.when, reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}

    # ------------------------------------------------------------------ products, cases, downloads (not articles)
    prods = []
    pid = 301
    for key, cat, names in content.EYOU_PRODUCTS:
        for nm in names:
            prods.append((pid, key, cat, nm, rnd.choice(content.PART_CODES)))
            pid += 1
    cases = []
    for k, tpl in enumerate(content.EYOU_CASES):
        cr = random.Random(f"{seed}:{NAME}:case:{k}")
        ctx = content.Ctx(cr, dt.datetime(2026, 3, 1, tzinfo=TZ8))
        cases.append((401 + k * 3, ctx.fill(tpl), ctx, cr))
    downloads = []
    for k, tpl in enumerate(content.EYOU_DOWNLOADS):
        downloads.append((501 + k, tpl.format(year=2026), f"{random.Random(f'{seed}:dl:{k}').randint(300, 9800) / 100:.2f} MB"))

    # ------------------------------------------------------------------ template parts
    nav = [("/", "网站首页"), ("/about/", "关于我们"), ("/product/", "产品中心"), ("/case/", "成功案例"), ("/news/", "新闻中心"),
           ("/download/", "资料下载"), ("/guestbook/", "在线留言"), ("/contact/", "联系我们")]

    def head(title: str, active: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
<meta name="keywords" content="刹车片,刹车盘,制动卡钳,峤州宏锦" />
<link href="/favicon.ico" rel="shortcut icon" type="image/x-icon" />
<link href="/template/pc/skin/css/style.css" rel="stylesheet" media="screen" type="text/css" />
<script type="text/javascript" src="/public/static/common/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="wrap"><span>欢迎访问{SITE}官方网站！</span><span class="tel">全国服务热线：400-0718-5566</span></div></div>
<div class="header"><div class="wrap"><a class="logo" href="/"><img src="/uploads/allimg/logo.png" alt="{SITE}" /></a>
<ul class="nav">{"".join(f'<li{" class=active" if u == active else ""}><a href="{u}">{t}</a></li>' for u, t in nav)}</ul></div></div>
"""

    def foot() -> str:
        return f"""<div class="footer"><div class="wrap">
<div class="fnav">{" | ".join(f'<a href="{u}">{t}</a>' for u, t in nav)}</div>
<p>Copyright &copy; 2012-2026 {SITE} 版权所有　地址：{content.PROVINCE}峤州市经济开发区宏锦路18号　电话：0571-8826 5566</p>
<p><a href="https://beian.miit.example.cn/" rel="nofollow" target="_blank">峤ICP备12034567号-1</a>　技术支持：易优CMS</p>
</div></div>
<div class="kefu"><a href="/guestbook/">在线留言</a><a href="tel:4000718556">电话咨询</a><a href="javascript:;" class="gotop">返回顶部</a></div>
</body>
</html>
"""

    def side() -> str:
        pc = "".join(f'<li><a href="/product/{key}/">{cat}</a></li>' for key, cat, _ in content.EYOU_PRODUCTS)
        hot = "".join(f'<li><a href="/product/{p[1]}/{p[0]}.html"><img src="/uploads/allimg/p{p[0]}.jpg" alt="{esc(p[3])}" /><p>{esc(p[3])}</p></a></li>' for p in prods[:4])
        cs = "".join(f'<li><a href="/case/{c[0]}.html">{esc(c[1])}</a></li>' for c in cases[:4])
        return (f'<div class="side"><div class="sbox"><h3>产品分类</h3><ul>{pc}</ul></div>'
                f'<div class="sbox"><h3>推荐产品</h3><ul class="splist">{hot}</ul></div>'
                f'<div class="sbox"><h3>最新案例</h3><ul>{cs}</ul></div>'
                '<div class="sbox contact"><h3>联系我们</h3><p>销售热线：400-0718-5566</p><p>邮箱：sales@hjzd.example.cn</p>'
                f'<p>地址：{content.PROVINCE}峤州市经济开发区宏锦路18号</p></div></div>')

    def banner(name: str) -> str:
        return f'<div class="nbanner"><img src="/uploads/allimg/banner_news.jpg" alt="{name}" /></div>'

    def sub_nav(cur: str | None) -> str:
        return '<div class="subnav"><a href="/news/"' + (' class="on"' if cur is None else "") + '>全部</a>' + "".join(
            f'<a href="/news/{c.key}/"' + (' class="on"' if cur == c.key else "") + f">{c.name}</a>" for c in CHANNELS) + "</div>"

    # ------------------------------------------------------------------ article pages
    home_dyn = newest[:6]
    for a in arts:
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        others = [x for x in by_ch[a.ch.key] if x is not a]
        a.related = sorted(rr.sample(others, 4), key=lambda x: x.when, reverse=True)
        rel = "".join(f'<li><a href="{x.url}" title="{esc(x.title)}">{esc(x.title)}</a><span>{x.when:%Y-%m-%d}</span></li>' for x in a.related)
        prev_a = max((x for x in by_ch[a.ch.key] if x.when < a.when), key=lambda x: x.when, default=None)
        next_a = min((x for x in by_ch[a.ch.key] if x.when > a.when), key=lambda x: x.when, default=None)
        pn = ("<p>上一篇：" + (f'<a href="{prev_a.url}">{esc(prev_a.title)}</a>' if prev_a else "没有了") + "</p>"
              "<p>下一篇：" + (f'<a href="{next_a.url}">{esc(next_a.title)}</a>' if next_a else "没有了") + "</p>")
        html = head(f"{a.title}_{a.ch.name}_{SITE}", "/news/") + banner(a.ch.name) + f"""<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/{a.ch.key}/">{a.ch.name}</a></div>
<div class="mleft"><div class="show">
<h1>{esc(a.title)}</h1>
<div class="info"><span>发布时间：{a.when:%Y-%m-%d %H:%M:%S}</span><span>来源：{esc(a.source or "本站")}</span><span>作者：{esc(a.author or "admin")}</span><span>浏览：<script src="/index.php?m=api&amp;c=Ajax&amp;a=arcclick&amp;type=view&amp;aids={a.aid}"></script>次</span></div>
<div class="article-content">
{render(a.blocks)}
</div>
<div class="share">分享到：<a href="javascript:;" class="bds_weixin">微信</a><a href="javascript:;" class="bds_tsina">微博</a><a href="javascript:;" class="bds_qzone">QQ空间</a></div>
<div class="prenext">{pn}</div>
<div class="xgwz"><h3>相关文章</h3><ul>{rel}</ul></div>
<div class="xjcp"><h3>相关产品</h3><ul>{"".join(f'<li><a href="/product/{p[1]}/{p[0]}.html">{esc(p[3])}</a></li>' for p in rr.sample(prods, 3))}</ul></div>
</div></div>
{side()}
</div>
""" + foot()
        site.add(a.url, html)
        aliases = []
        if a in home_dyn:
            site.add(dyn(a.aid), html)
            aliases.append(dyn(a.aid))
        paras = [p for p in content.paragraphs(a.blocks)]
        site.article_row(a, paras, published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=f"{a.when:%Y-%m-%d %H:%M:%S}", views_display=None, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related],
                         aliases=aliases)

    # ------------------------------------------------------------------ news lists: /news/, /news/<ch>/, list_<typeid>_<page>.html
    def news_list(base: str, tid: int, items: list[Art], cur: str | None, name: str) -> None:
        chunks = paginate(items, PER_PAGE)
        urls = [base] + [f"{base}list_{tid}_{k}.html" for k in range(2, len(chunks) + 1)]
        alias1 = f"{base}list_{tid}_1.html"
        for k, chunk in enumerate(chunks, 1):
            url = urls[k - 1]
            rows = []
            for pos, x in enumerate(chunk, 1):
                label = f'<span class="lb">[{x.ch.name}]</span>' if cur is None else ""
                summ = content.paragraphs(x.blocks)[0][:56]
                rows.append(f'<li><a class="pic" href="{x.url}"><img src="/uploads/allimg/thumb_{x.aid}.jpg" alt="" /></a><div class="txt">'
                            f'<h3>{label}<a href="{x.url}" title="{esc(x.title)}">{esc(x.title)}</a></h3><p>{esc(summ)}...</p>'
                            f'<div class="meta"><span class="date">{x.when:%Y-%m-%d}</span><span>浏览：<script src="/index.php?m=api&amp;c=Ajax&amp;a=arcclick&amp;type=view&amp;aids={x.aid}"></script></span></div></div></li>')
                site.listing(url, pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", category=x.ch.name)
            pager = ""
            if len(chunks) > 1:
                parts = [f'<li><a href="{alias1}">首页</a></li>' if k > 1 else '<li class="disabled"><span>首页</span></li>']
                if k > 1:
                    parts.append(f'<li><a href="{alias1 if k == 2 else urls[k - 2]}">上一页</a></li>')
                for m in range(1, len(chunks) + 1):
                    parts.append(f'<li class="active"><span>{m}</span></li>' if m == k else f'<li><a href="{alias1 if m == 1 else urls[m - 1]}">{m}</a></li>')
                if k < len(chunks):
                    parts.append(f'<li><a href="{urls[k]}">下一页</a></li><li><a href="{urls[-1]}">末页</a></li>')
                parts.append(f"<li><span>共{len(chunks)}页{len(items)}条</span></li>")
                pager = '<div class="pagebar"><ul class="pagination">' + "".join(parts) + "</ul></div>"
            crumb = '<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a>' + (f' &gt; <a href="{base}">{name}</a>' if cur else "")
            site.add(url, head(f"{name}_{SITE}" + (f"_第{k}页" if k > 1 else ""), "/news/") + banner(name) +
                     f'<div class="wrap main"><div class="position">当前位置：{crumb}</div><div class="mleft">{sub_nav(cur)}'
                     f'<ul class="newslist">{"".join(rows)}</ul>{pager}</div>{side()}</div>' + foot())
            site.list_pages.append({"url": url, "aliases": [alias1] if k == 1 and len(chunks) > 1 else []})
        if len(chunks) > 1:
            site.add(alias1, site.pages[site.file_of(base)])

    news_list("/news/", NEWS_TID, newest, None, "新闻中心")
    for ch in CHANNELS:
        news_list(f"/news/{ch.key}/", ch.cid, by_ch[ch.key], ch.key, ch.name)

    # ------------------------------------------------------------------ products (spec tables, 询价 forms)
    for p in prods:
        pr = random.Random(f"{seed}:{NAME}:prod:{p[0]}")
        specs = [["型号", p[4]], ["材质", pr.choice(["陶瓷基", "低金属", "HT250灰铸铁", "球墨铸铁QT450"])],
                 ["适用车型", "、".join(pr.sample(content.MODELS, 3))], ["摩擦系数", f"0.{pr.randint(35, 48)}"],
                 ["包装", f"{pr.randint(2, 8)}片/套"], ["认证", "IATF 16949、E-MARK"]]
        html = head(f"{p[3]}_{p[2]}_{SITE}", "/product/") + f"""<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/product/">产品中心</a> &gt; <a href="/product/{p[1]}/">{p[2]}</a></div>
<div class="mleft"><div class="pshow">
<div class="pimg"><img src="/uploads/allimg/p{p[0]}.jpg" alt="{esc(p[3])}" /></div>
<div class="pinfo"><h1>{esc(p[3])}</h1><p>产品型号：{p[4]}</p><p>所属分类：{p[2]}</p><p>更新时间：2026-0{pr.randint(1, 4)}-1{pr.randint(0, 9)}</p>
<p>浏览次数：<script src="/index.php?m=api&amp;c=Ajax&amp;a=arcclick&amp;type=view&amp;aids={p[0]}"></script></p>
<a class="btn" href="#xunjia">立即询价</a><a class="btn" href="tel:4000718556">电话咨询</a></div>
<div class="pdesc"><h3>产品参数</h3><table class="spec">{"".join(f"<tr><th>{k}</th><td>{esc(v)}</td></tr>" for k, v in specs)}</table>
<h3>产品详情</h3><p>{esc(p[3])}采用进口原材料，经过高温烧结和精密加工，制动平稳、噪音低、寿命长。</p><p>公司可根据客户图纸或样品定制开发，最小起订量{pr.randint(2, 20)}00套。</p></div>
<div class="xunjia" id="xunjia"><h3>在线询价</h3><form method="post" action="/index.php?m=home&amp;c=Guestbook&amp;a=add">
<input type="hidden" name="typeid" value="11" /><input type="hidden" name="aid" value="{p[0]}" />
<p><label>产品名称：</label><input type="text" name="attr_1" value="{esc(p[3])}" /></p>
<p><label>采购数量：</label><input type="text" name="attr_2" /></p><p><label>联系人：</label><input type="text" name="attr_3" /></p>
<p><label>手机号码：</label><input type="text" name="attr_4" /></p><p><label>留言内容：</label><textarea name="attr_5"></textarea></p>
<p><input type="submit" value="提交询价" /></p></form></div>
</div></div>
{side()}
</div>
""" + foot()
        site.add(f"/product/{p[1]}/{p[0]}.html", html)
        site.non_articles.append({"url": f"/product/{p[1]}/{p[0]}.html", "reason": "product page (spec table, 询价 form)"})
    for key, cat, _ in [(None, "产品中心", None)] + content.EYOU_PRODUCTS:
        items = [p for p in prods if key is None or p[1] == key]
        url = "/product/" if key is None else f"/product/{key}/"
        li = "".join(f'<li><a href="/product/{p[1]}/{p[0]}.html"><img src="/uploads/allimg/p{p[0]}.jpg" alt="" /><p>{esc(p[3])}</p></a></li>' for p in items)
        site.add(url, head(f"{cat}_{SITE}", "/product/") + f'<div class="wrap main"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/product/">产品中心</a></div><div class="mleft"><ul class="plist">{li}</ul></div>{side()}</div>' + foot())
        site.non_articles.append({"url": url, "reason": "product list"})

    # ------------------------------------------------------------------ cases: the article template, but a project showcase
    for cid, title, ctx, cr in cases:
        when = dt.datetime(2025, cr.randint(6, 12), cr.randint(1, 28), cr.randint(8, 17), cr.randint(0, 59), cr.randint(0, 59), tzinfo=TZ8)
        rows = [["项目名称", title], ["客户", ctx.fixed["co2"]], ["应用车型", ctx.fixed["model"]], ["供货产品", ctx.fixed["pr"]],
                ["实施周期", f"{cr.randint(2, 9)}个月"]]
        html = head(f"{title}_成功案例_{SITE}", "/case/") + banner("成功案例") + f"""<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/case/">成功案例</a></div>
<div class="mleft"><div class="show">
<h1>{esc(title)}</h1>
<div class="info"><span>发布时间：{when:%Y-%m-%d %H:%M:%S}</span><span>浏览：<script src="/index.php?m=api&amp;c=Ajax&amp;a=arcclick&amp;type=view&amp;aids={cid}"></script>次</span></div>
<div class="article-content">
<table border="1" cellspacing="0" cellpadding="4"><tbody>{"".join(f"<tr><td>{k}</td><td>{esc(v)}</td></tr>" for k, v in rows)}</tbody></table>
<p style="text-align: center;"><img src="/uploads/allimg/case_{cid}_1.jpg" alt="" /></p>
<p style="text-align: center;"><img src="/uploads/allimg/case_{cid}_2.jpg" alt="" /></p>
<p>{esc(ctx.fill("项目交付后，客户车辆制动距离平均缩短{p2}%，刹车片更换周期延长至{km}万公里。"))}</p>
</div>
<div class="prenext"><p>上一篇：没有了</p><p>下一篇：没有了</p></div>
</div></div>
{side()}
</div>
""" + foot()
        site.add(f"/case/{cid}.html", html)
        site.non_articles.append({"url": f"/case/{cid}.html", "reason": "case study (项目展示) in the article template"})
    site.add("/case/", head(f"成功案例_{SITE}", "/case/") + banner("成功案例") + '<div class="wrap main"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/case/">成功案例</a></div><div class="mleft"><ul class="caselist">' +
             "".join(f'<li><a href="/case/{c[0]}.html"><img src="/uploads/allimg/case_{c[0]}_1.jpg" alt="" /><p>{esc(c[1])}</p></a></li>' for c in cases) + f"</ul></div>{side()}</div>" + foot())
    site.non_articles.append({"url": "/case/", "reason": "case list"})

    # ------------------------------------------------------------------ downloads
    for did, title, size in downloads:
        fn = f"/uploads/soft/20260301/hj{did}.pdf"
        site.raw_file(fn, b"%PDF-1.4\n% placeholder catalogue\n")
        site.add(f"/download/{did}.html", head(f"{title}_资料下载_{SITE}", "/download/") + f"""<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/download/">资料下载</a></div>
<div class="mleft"><div class="dshow"><h1>{esc(title)}</h1>
<table class="dinfo"><tr><th>文件大小</th><td>{size}</td></tr><tr><th>文件格式</th><td>PDF</td></tr><tr><th>更新时间</th><td>2026-03-01</td></tr>
<tr><th>下载次数</th><td><script src="/index.php?m=api&amp;c=Ajax&amp;a=downcount&amp;aid={did}"></script></td></tr></table>
<p class="dbtn"><a href="{fn}">本地下载</a></p><p>资料仅供客户选型参考，如需纸质版请联系销售部。</p></div></div>
{side()}
</div>
""" + foot())
        site.non_articles.append({"url": f"/download/{did}.html", "reason": "download page"})
    site.add("/download/", head(f"资料下载_{SITE}", "/download/") + '<div class="wrap main"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/download/">资料下载</a></div><div class="mleft"><table class="dlist"><tr><th>资料名称</th><th>大小</th><th>日期</th><th>下载</th></tr>' +
             "".join(f'<tr><td><a href="/download/{d[0]}.html">{esc(d[1])}</a></td><td>{d[2]}</td><td>2026-03-01</td><td><a href="/download/{d[0]}.html">下载</a></td></tr>' for d in downloads) + f"</table></div>{side()}</div>" + foot())
    site.non_articles.append({"url": "/download/", "reason": "download list"})

    # ------------------------------------------------------------------ guestbook, about, contact, home
    msgs = []
    for k in range(5):
        gr = random.Random(f"{seed}:{NAME}:gb:{k}")
        msgs.append(f'<li><p class="q"><b>{gr.choice(content.SURNAMES)}先生</b>　2026-0{gr.randint(3, 5)}-{gr.randint(10, 28)}　'
                    f'请问{gr.choice(content.PRODUCTS)}有没有适配{gr.choice(content.MODELS)}的型号？</p>'
                    '<p class="a"><b>管理员回复：</b>您好，有现货，请致电400-0718-5566。</p></li>')
    site.add("/guestbook/", head(f"在线留言_{SITE}", "/guestbook/") + f"""<div class="wrap main"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/guestbook/">在线留言</a></div>
<div class="mleft"><form method="post" action="/index.php?m=home&amp;c=Guestbook&amp;a=add"><p>姓名：<input name="attr_1" /></p><p>电话：<input name="attr_2" /></p><p>留言：<textarea name="attr_3"></textarea></p><p><input type="submit" value="提交留言" /></p></form>
<ul class="gblist">{"".join(msgs)}</ul></div>{side()}</div>""" + foot())
    site.non_articles.append({"url": "/guestbook/", "reason": "guestbook"})
    for url, t, txt in (("/about/", "关于我们", f"{SITE}成立于2012年，是一家专业从事汽车制动系统零部件研发、生产和销售的高新技术企业。"),
                        ("/contact/", "联系我们", "销售热线：400-0718-5566　传真：0571-8826 5567　邮箱：sales@hjzd.example.cn")):
        site.add(url, head(f"{t}_{SITE}", url) + f'<div class="wrap main"><div class="position">当前位置：<a href="/">首页</a> &gt; {t}</div><div class="mleft"><h1 class="ptitle">{t}</h1><p>{txt}</p></div>{side()}</div>' + foot())
        site.non_articles.append({"url": url, "reason": "single page"})

    hn = "".join(f'<li><a href="{dyn(x.aid)}">{esc(x.title)}</a><span>{x.when:%m-%d}</span></li>' for x in home_dyn[:3])
    hn += f'<li><a href="{DEAD}">行业协会发布制动片团体标准</a><span>05-06</span></li>'
    hn += "".join(f'<li><a href="{dyn(x.aid)}">{esc(x.title)}</a><span>{x.when:%m-%d}</span></li>' for x in home_dyn[3:])
    site.add("/", head(f"{SITE}-刹车片_刹车盘_制动卡钳生产厂家", "/") + f"""<div class="banner"><img src="/uploads/allimg/banner1.jpg" alt="" /></div>
<div class="wrap main home">
<div class="hprod"><h2><a href="/product/">产品中心</a></h2><ul>{"".join(f'<li><a href="/product/{p[1]}/{p[0]}.html"><img src="/uploads/allimg/p{p[0]}.jpg" alt="" /><p>{esc(p[3])}</p></a></li>' for p in prods[:6])}</ul></div>
<div class="hcase"><h2><a href="/case/">成功案例</a></h2><ul>{"".join(f'<li><a href="/case/{c[0]}.html">{esc(c[1])}</a></li>' for c in cases)}</ul></div>
<div class="hnews"><h2><a href="/news/">新闻动态</a></h2><ul>{hn}</ul></div>
<div class="habout"><h2><a href="/about/">关于我们</a></h2><p>{SITE}成立于2012年，专注汽车制动系统零部件。</p><a href="/download/">资料下载</a> <a href="/guestbook/">在线留言</a></div>
</div>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (deleted article still linked from the home page's 新闻动态)"})
    site.add("/404.html", '<!DOCTYPE html><html><head><meta charset="utf-8" /><title>404 页面不存在</title></head><body><div class="e404"><p>抱歉，您访问的页面不存在！</p><a href="/">返回首页</a></div></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /application/\nDisallow: /core/\nDisallow: /data/\nDisallow: /login.php\nDisallow: /template/\nDisallow: /public/\n"
    return site

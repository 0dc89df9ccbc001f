"""A .NET DTcms 5 site of a parts distributor (霁阳汇通汽配): /article/show-N.html, list_N.html, goods, downloads, /mobile/."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import TZ8, Art, Channel, Site, chain, esc, iso_date, kinds, paginate, rand_dates, unique_titles

NAME = "dtcms_dealer"
SITE = content.DEALER_NAME
SHORT = content.DEALER_SHORT
CHANS = [Channel("company", "公司动态", 5), Channel("industry", "行业资讯", 6), Channel("tech", "技术知识", 7)]
COUNTS = [16, 17, 12]
PER_PAGE = 8
CENTER_PER = 12
N_RELATED = 6
DEAD_ID = 188  # a deleted article still linked from the home page: 404
PRODUCT_CAT = 3
DOWN_CAT = 4


def _when(a: Art) -> str:
    return f"{a.when:%Y-%m-%d %H:%M}"


def _list_url(cid: int, k: int = 1) -> str:
    return f"/article/list_{cid}.html" if k == 1 else f"/article/list_{cid}_{k}.html"


def _center_url(k: int = 1) -> str:
    return "/article/" if k == 1 else f"/article/index_{k}.html"


def _body(blocks: list, disclaimer: str | None) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<p><strong>{esc(b[1])}</strong></p>")
        elif b[0] == "img":
            out.append(f'<p style="text-align:center;"><img src="/upload/202505/{b[1]}" title="{esc(b[2] or "")}" alt="" /></p>')
            if b[2]:
                out.append(f'<p style="text-align:center;"><span style="color:#7f7f7f;font-size:12px;">{esc(b[2])}</span></p>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f'<table border="1" cellspacing="0" cellpadding="4" width="100%"><tbody>{rows}</tbody></table>')
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    if disclaimer:
        out.append(f'<p style="color:#999999;font-size:12px;">{esc(disclaimer)}</p>')
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2024, 11, 3, tzinfo=TZ8), dt.datetime(2026, 5, 16, 18, tzinfo=TZ8), hours=(8, 18))
    chans = [c for c, k in zip(CHANS, COUNTS, strict=True) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)
    for i, c in enumerate(chans):
        if c.key == "company" and rnd.random() < 0.7:
            ks[i] = "short"

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        key = chans[i].key
        if key == "company":
            tpl, topic = ar.choice(content.DEALER_TITLES)
            return ctx.fill(tpl), (ctx, ar, topic)
        if key == "industry":
            return content.market_title(ctx), (ctx, ar, None)
        return ctx.fill(ar.choice(content.REPAIR_TITLES)), (ctx, ar, None)

    arts: list[Art] = []
    aid = 100
    for i, (title, (ctx, ar, topic)) in enumerate(unique_titles(make, n)):
        aid += ar.randint(1, 3)
        if aid == DEAD_ID:
            aid += 1
        ch = chans[i]
        if ch.key == "company":
            blocks = content.dealer_blocks(ctx, ks[i], topic)
        elif ch.key == "industry":
            blocks = content.market_blocks(ctx, ks[i], "/upload/202505/")
        else:
            blocks = content.repair_blocks(ctx, ks[i])
        a = Art(i, aid, ch, title, blocks, whens[i])
        a.url = f"/article/show-{aid}.html"
        if ch.key == "industry":
            a.source = ar.choice(content.MEDIA)
            a.extra["src_shown"] = a.source
            a.extra["disclaimer"] = f"免责声明：本文转自{a.source}，版权归原作者所有，仅供交流学习，如有侵权请联系我们删除。" if ar.random() < 0.6 else None
        else:
            a.extra["src_shown"] = "本站"
            a.extra["disclaimer"] = None
        if ch.key == "tech" and ar.random() < 0.5 or ch.key == "company" and ar.random() < 0.3:
            a.author = content.person(ar)
        a.extra["author_shown"] = a.author or "管理员"
        a.extra["hits"] = ar.randint(23, 2600)
        a.extra["summary"] = content.paragraphs([b for b in blocks if b[0] == "p"])[0][:60]
        arts.append(a)
    chain(arts, lambda x: x.ch.key)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    dynamic = {x.url: f"/article_show.aspx?id={x.aid}" for x in latest[:8]}  # the home page links the newest by their dynamic URL
    for a in arts:
        a.related = [x for x in latest if x.ch is a.ch and x is not a][:N_RELATED]
    red = latest[1:12:2][:5]  # 推荐阅读 (is_red) in the sidebar: not related

    products = []
    for j in range(12):
        pr = random.Random(f"{seed}:{NAME}:goods:{j}")
        name = content.PRODUCTS[j]
        products.append({"id": 31 + j * 2, "title": f"{pr.choice(['博源', '启明', '安驰', '恒昶', '德嘉'])}{name} {content.PART_CODES[j % 10]}",
                         "models": "、".join(pr.sample(content.MODELS, 3)), "price": pr.randint(28, 1680),
                         "when": dt.datetime(2025, pr.randint(1, 12), pr.randint(1, 28), pr.randint(8, 17), pr.randint(0, 59), tzinfo=TZ8),
                         "hits": pr.randint(40, 900)})
    downs = []
    for j, (t, fn) in enumerate([("2026版汽配产品目录（电子版）", "catalog2026.pdf"), ("经销商授权申请表", "dealer_apply.doc"),
                                 ("配件质保及退换货政策", "warranty.pdf"), ("刹车片适用车型对照表", "brakepad_fit.xls"),
                                 ("修理厂月结合同范本", "contract.doc")]):
        downs.append({"id": 11 + j, "title": t, "file": f"/upload/file/202604/{fn}",
                      "when": dt.datetime(2026, 4, 2 + j * 3, 10, 5 * j, tzinfo=TZ8), "count": 30 + j * 17})

    # ------------------------------------------------------------------ template parts
    nav = [("/", "网站首页"), ("/content/about.html", "关于我们"), (_center_url(), "新闻中心"), ("/goods/list_3.html", "产品中心"),
           ("/down/list_4.html", "下载中心"), ("/content/contact.html", "联系我们")]

    def head(title: str, keywords: str = "", desc: str = "", alt: str = "") -> str:
        return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
<meta name="keywords" content="{esc(keywords or "汽车配件,刹车片,滤清器,霁阳汽配批发")}" />
<meta name="description" content="{esc(desc or SITE + "是澹川省专业的汽车配件批发商，主营刹车系统、点火系统、滤清器等易损件。")}" />
{alt}<link rel="stylesheet" href="/templates/main/css/style.css" />
<script type="text/javascript" src="/scripts/jquery/jquery-1.11.2.min.js"></script>
<script type="text/javascript" src="/templates/main/js/common.js"></script>
</head>
<body>
<div class="header">
  <div class="head-top"><div class="section"><div class="left-box">欢迎光临{SITE}！</div><div class="right-box"><script type="text/javascript" src="/tools/submit_ajax.ashx?action=user_check_login"></script><a href="/login.html">登录</a> | <a href="/register.html">注册</a> | <a href="javascript:;" onclick="AddFavorite();">加入收藏</a></div></div></div>
  <div class="head-nav"><div class="section">
    <h1 class="logo"><a href="/"><img src="/templates/main/images/logo.png" alt="{SITE}" /><span>{SHORT}</span></a></h1>
    <div class="nav-box"><ul>{"".join(f'<li><a href="{u}">{t}</a></li>' for u, t in nav)}</ul></div>
    <div class="search-box"><input id="keywords" name="keywords" type="text" placeholder="输入配件名称或OE号" /><a href="javascript:;" onclick="SiteSearch('/search.html', '#keywords');">搜索</a></div>
  </div></div>
</div>
"""

    def side() -> str:
        chs = "".join(f'<li><a href="{_list_url(c.cid)}">{c.name}</a></li>' for c in CHANS)
        reds = "".join(f'<li><a href="{x.url}" title="{esc(x.title)}">{esc(x.title)}</a></li>' for x in red)
        goods = "".join(f'<li><a href="/goods/show-{p["id"]}.html"><img src="/upload/goods/{p["id"]}.jpg" alt="" /><span>{esc(p["title"])}</span></a></li>' for p in products[:4])
        return f"""<div class="sidebar">
  <div class="sidebar-box"><h3>新闻中心</h3><ul class="side-nav">{chs}</ul></div>
  <div class="sidebar-box"><h3>推荐阅读</h3><ul class="side-list">{reds}</ul></div>
  <div class="sidebar-box"><h3>热销产品</h3><ul class="side-img-list">{goods}</ul></div>
  <div class="sidebar-box"><h3>联系我们</h3><div class="side-contact"><p>服务热线：400-736-8127</p><p>订货电话：0731-8962 5510</p><p>地址：霁阳市滨江汽配城C区18-20号</p></div></div>
</div>"""

    def foot(mobile_url: str | None = None) -> str:
        m = f' | <a href="{mobile_url}">手机版</a>' if mobile_url else ""
        return f"""<div class="footer"><div class="section">
  <div class="foot-nav">{" | ".join(f'<a href="{u}">{t}</a>' for u, t in nav)}{m}</div>
  <div class="copyright"><p>版权所有 &copy; 2014-2026 {SITE} 服务热线：400-736-8127</p>
  <p>地址：澹川省霁阳市滨江汽配城C区18-20号 <a href="https://beian.miit.gov.cn/" target="_blank">澹ICP备16021873号-1</a></p>
  <p>Powered by <a href="http://www.dtcms.example.net/" target="_blank">DTcms</a> v5.0</p></div>
</div></div>
<script type="text/javascript" src="/templates/main/js/kefu.js"></script>
</body>
</html>
"""

    def digg(k: int, total: int, href) -> str:
        parts = ['<span class="disabled">&laquo; 上一页</span>' if k == 1 else f'<a href="{href(k - 1)}">&laquo; 上一页</a>']
        for m in range(1, total + 1):
            parts.append(f'<span class="current">{m}</span>' if m == k else f'<a href="{href(m)}">{m}</a>')
        parts.append('<span class="disabled">下一页 &raquo;</span>' if k == total else f'<a href="{href(k + 1)}">下一页 &raquo;</a>')
        return '<div class="page-box"><div class="digg">' + "".join(parts) + "</div></div>"

    # ------------------------------------------------------------------ article pages + mobile duplicates
    for a in arts:
        mobile = f"/mobile/article/show-{a.aid}.html"
        crumbs = f'<div class="location"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="{_center_url()}">新闻中心</a> &gt; <a href="{_list_url(a.ch.cid)}">{a.ch.name}</a></div>'
        pn = (f'<p>上一篇：<a href="{a.prev.url}">{esc(a.prev.title)}</a></p>' if a.prev else "<p>上一篇：没有了</p>") + \
             (f'<p>下一篇：<a href="{a.next.url}">{esc(a.next.title)}</a></p>' if a.next else "<p>下一篇：没有了</p>")
        rel = "".join(f'<li><a href="{x.url}" title="{esc(x.title)}">{esc(x.title)}</a><span>{x.when:%Y-%m-%d}</span></li>' for x in a.related)
        html = head(f"{a.title}-{a.ch.name}-{SITE}", f"{a.ch.name},{SHORT}", a.extra["summary"],
                    f'<link rel="alternate" media="only screen and (max-width: 640px)" href="{mobile}" />\n') + f"""<div class="section clearfix">
{crumbs}
<div class="main-box">
<div class="article-box">
  <h2 class="article-tit">{esc(a.title)}</h2>
  <div class="article-info">
    <span class="time">发布时间：{_when(a)}</span>
    <span class="source">来源：{esc(a.extra["src_shown"])}</span>
    <span class="author">作者：{esc(a.extra["author_shown"])}</span>
    <span class="click">浏览：<script type="text/javascript" src="/tools/submit_ajax.ashx?action=view_article_click&amp;channel_id=1&amp;id={a.aid}&amp;click=1"></script>次</span>
  </div>
  <div class="article-con entry">
{_body(a.blocks, a.extra["disclaimer"])}
  </div>
  <div class="article-share"><span>分享到：</span><a href="javascript:;" class="weixin">微信</a><a href="javascript:;" class="weibo">微博</a><a href="javascript:;" class="qq">QQ</a></div>
  <div class="prev-next">{pn}</div>
</div>
<div class="related-box"><h3>相关文章</h3><ul class="txt-list">{rel}</ul></div>
</div>
{side()}
</div>
""" + foot(mobile)
        site.add(a.url, html)
        if a.url in dynamic:
            site.add(dynamic[a.url], html)
        # the mobile template: title, time, source, text, no breadcrumb
        mhtml = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<title>{esc(a.title)}-{SHORT}手机版</title>
<link rel="stylesheet" href="/templates/mobile/css/style.css" />
<link rel="canonical" href="{a.url}" />
</head>
<body>
<div class="m-header"><a class="back" href="javascript:history.back();">返回</a><span class="m-tit">{a.ch.name}</span><a class="home" href="/mobile/index.html">首页</a></div>
<div class="m-article">
<h1>{esc(a.title)}</h1>
<div class="m-info"><span>{a.when.year}/{a.when.month}/{a.when.day} {a.when.hour}:{a.when:%M}:00</span><span>{esc(a.extra["src_shown"])}</span></div>
<div class="m-con">
{_body(a.blocks, a.extra["disclaimer"])}
</div>
</div>
<div class="m-footer"><a href="{a.url}">电脑版</a> | <a href="tel:4007368127">一键拨号</a><p>&copy; {SHORT}</p></div>
</body>
</html>
"""
        site.add(mobile, mhtml)
        paras = content.paragraphs(a.blocks)
        aliases = [mobile] + ([dynamic[a.url]] if a.url in dynamic else [])
        site.article_row(a, paras, published_date=iso_date(a.when), published_at=a.when.replace(second=0).isoformat(),
                         published_display=_when(a), views_display=None, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related],
                         aliases=aliases)

    # ------------------------------------------------------------------ lists: channel list_N.html and the news centre /article/, index_N.html
    def rows_html(chunk: list, url: str, with_cat: bool) -> str:
        out = []
        for pos, x in enumerate(chunk, 1):
            cat = f'<a class="cat" href="{_list_url(x.ch.cid)}">[{x.ch.name}]</a>' if with_cat else ""
            out.append(f"""<li><div class="img-box"><a href="{x.url}"><img src="/upload/202505/thumb_{x.aid}.jpg" alt="" /></a></div>
<div class="txt-box"><h3>{cat}<a href="{x.url}" title="{esc(x.title)}">{esc(x.title)}</a></h3><p>{esc(x.extra["summary"])}…</p>
<div class="info"><span class="time">{x.when:%Y-%m-%d}</span><span class="click">浏览({x.extra["hits"]})</span></div></div></li>""")
            site.listing(url, pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", x.extra["hits"], x.ch.name if with_cat else None)
        return "\n".join(out)

    groups = [(c, [x for x in latest if x.ch is c], PER_PAGE, lambda k, c=c: _list_url(c.cid, k)) for c in CHANS]
    groups.append((None, latest, CENTER_PER, _center_url))
    for c, items, per, href in groups:
        chunks = paginate(items, per)
        for k, chunk in enumerate(chunks, 1):
            url = href(k)
            label = c.name if c else "新闻中心"
            crumbs = f'<div class="location"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="{_center_url()}">新闻中心</a>' + (f' &gt; <a href="{url}">{label}</a>' if c else "") + "</div>"
            html = head(f"{label}" + (f"-第{k}页" if k > 1 else "") + f"-{SITE}") + f"""<div class="section clearfix">
{crumbs}
<div class="main-box">
<div class="list-tit"><h2>{label}</h2></div>
<ul class="img-list">
{rows_html(chunk, url, c is None)}
</ul>
{digg(k, len(chunks), href)}
</div>
{side()}
</div>
""" + foot()
            site.add(url, html)
            aliases = []
            if k == 1 and c is not None:
                alias = f"/article_list.aspx?category_id={c.cid}"
                site.add(alias, html)
                aliases.append(alias)
            site.list_pages.append({"url": url, "aliases": aliases})

    # ------------------------------------------------------------------ products, downloads, single pages (non-articles)
    for p in products:
        url = f"/goods/show-{p['id']}.html"
        pr = random.Random(f"{seed}:{NAME}:goodsdesc:{p['id']}")
        desc = "".join(pr.sample(["产品采用优质原材料，严格按照原厂标准生产。", "出厂前经过100%性能检测，质量稳定可靠。",
                                  "包装附带安装说明书和质保卡。", "支持修理厂批量采购，量大从优。", "提供一年或两万公里质保。"], 3))
        html = head(f"{p['title']}-产品中心-{SITE}") + f"""<div class="section clearfix">
<div class="location"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/goods/list_{PRODUCT_CAT}.html">产品中心</a></div>
<div class="main-box"><div class="goods-box">
<div class="goods-pic"><img src="/upload/goods/{p['id']}.jpg" alt="{esc(p['title'])}" /></div>
<div class="goods-spec"><h2 class="goods-tit">{esc(p['title'])}</h2>
<dl><dt>适用车型：</dt><dd>{esc(p['models'])}</dd></dl>
<dl><dt>市场价：</dt><dd><s>¥{p['price'] + 40}.00</s></dd></dl><dl><dt>批发价：</dt><dd class="price">¥{p['price']}.00</dd></dl>
<dl><dt>上架时间：</dt><dd>{p['when']:%Y-%m-%d %H:%M}</dd></dl><dl><dt>浏览次数：</dt><dd>{p['hits']}</dd></dl>
<div class="btn-box"><a href="/content/contact.html" class="btn">电话订购</a></div></div>
<div class="goods-tab"><h3>产品介绍</h3><div class="entry"><p>{esc(desc)}</p><p>详细参数请致电销售部门咨询。</p></div></div>
</div></div>
{side()}
</div>
""" + foot()
        site.add(url, html)
        site.non_articles.append({"url": url, "reason": "product page (DTcms goods channel)"})
    glis = "".join(f'<li><a href="/goods/show-{p["id"]}.html"><img src="/upload/goods/{p["id"]}.jpg" alt="" /><p>{esc(p["title"])}</p></a><span class="price">¥{p["price"]}.00</span></li>' for p in products)
    site.add(f"/goods/list_{PRODUCT_CAT}.html", head(f"产品中心-{SITE}") + f"""<div class="section clearfix">
<div class="location"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/goods/list_{PRODUCT_CAT}.html">产品中心</a></div>
<div class="main-box"><ul class="goods-list">{glis}</ul></div>
{side()}</div>
""" + foot())
    site.non_articles.append({"url": f"/goods/list_{PRODUCT_CAT}.html", "reason": "product list"})
    for d in downs:
        url = f"/down/show-{d['id']}.html"
        html = head(f"{d['title']}-下载中心-{SITE}") + f"""<div class="section clearfix">
<div class="location"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/down/list_{DOWN_CAT}.html">下载中心</a></div>
<div class="main-box"><div class="article-box">
<h2 class="article-tit">{esc(d['title'])}</h2>
<div class="article-info"><span class="time">发布时间：{d['when']:%Y-%m-%d %H:%M}</span><span>下载次数：{d['count']}</span></div>
<div class="article-con entry"><p>本资料供合作修理厂和经销商下载使用，如有疑问请致电400-736-8127。</p></div>
<div class="down-box"><h3>附件下载</h3><ul><li><a href="{d['file']}" target="_blank">{esc(d['file'].rsplit('/', 1)[-1])}</a><span>（点击下载）</span></li></ul></div>
</div></div>
{side()}</div>
""" + foot()
        site.add(url, html)
        site.raw_file(d["file"], b"%PDF-1.4\n% placeholder attachment\n" if d["file"].endswith(".pdf") else b"\xd0\xcf\x11\xe0placeholder")
        site.non_articles.append({"url": url, "reason": "download page (DTcms down channel)"})
    dlis = "".join(f'<li><a href="/down/show-{d["id"]}.html">{esc(d["title"])}</a><span>{d["when"]:%Y-%m-%d}</span><span>下载：{d["count"]}次</span></li>' for d in downs)
    site.add(f"/down/list_{DOWN_CAT}.html", head(f"下载中心-{SITE}") + f"""<div class="section clearfix">
<div class="location"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/down/list_{DOWN_CAT}.html">下载中心</a></div>
<div class="main-box"><ul class="txt-list">{dlis}</ul></div>
{side()}</div>
""" + foot())
    site.non_articles.append({"url": f"/down/list_{DOWN_CAT}.html", "reason": "download list"})
    for url, t, text in [("/content/about.html", "关于我们", f"{SITE}成立于2014年，是澹川省规模较大的汽车配件批发企业之一，在霁阳、澹州、枞川设有仓储中心，服务修理厂客户三千余家。"),
                         ("/content/contact.html", "联系我们", "服务热线：400-736-8127　订货电话：0731-8962 5510　地址：澹川省霁阳市滨江汽配城C区18-20号")]:
        site.add(url, head(f"{t}-{SITE}") + f"""<div class="section clearfix">
<div class="location"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="{url}">{t}</a></div>
<div class="main-box"><div class="article-box"><h2 class="article-tit">{t}</h2><div class="entry"><p>{esc(text)}</p></div></div></div>
{side()}</div>
""" + foot())
        site.non_articles.append({"url": url, "reason": "single page"})

    # ------------------------------------------------------------------ home page, mobile home, 404, robots
    newest = "".join(f'<li><a href="{dynamic[x.url]}">{esc(x.title)}</a><span>{x.when:%m-%d}</span></li>' for x in latest[:8])
    newest = newest.replace("</li>", f'</li><li><a href="/article/show-{DEAD_ID}.html">汇通汽配召开春季安全生产动员会</a><span>04-21</span></li>', 1)
    blocks = "".join(f'<div class="idx-box"><h3>{c.name}<a class="more" href="/article_list.aspx?category_id={c.cid}">更多&gt;&gt;</a></h3><ul>' +
                     "".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span>{x.when:%Y-%m-%d}</span></li>' for x in [y for y in latest if y.ch is c][1:6]) +
                     "</ul></div>" for c in CHANS[1:])
    site.add("/", head(f"{SITE}-汽车配件批发_刹车片_滤清器_点火线圈") + f"""<div class="banner"><ul><li><img src="/upload/banner/1.jpg" alt="" /></li><li><img src="/upload/banner/2.jpg" alt="" /></li></ul></div>
<div class="section clearfix">
<div class="idx-box"><h3>最新动态<a class="more" href="/article_list.aspx?category_id=5">公司动态</a><a class="more" href="{_center_url()}">更多&gt;&gt;</a></h3><ul>{newest}</ul></div>
{blocks}
<div class="idx-goods"><h3>热销产品<a class="more" href="/goods/list_{PRODUCT_CAT}.html">更多&gt;&gt;</a></h3><ul>{glis}</ul></div>
<div class="idx-links"><h3>友情链接</h3><a href="https://www.dcqpxh.example.org/" target="_blank">澹川汽配流通协会</a> <a href="https://www.boyuan-brake.example.com/" target="_blank">博源制动</a></div>
</div>
""" + foot("/mobile/index.html"))
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.add("/mobile/index.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8" /><title>{SHORT}手机版</title></head><body>
<div class="m-header"><span class="m-tit">{SHORT}</span></div>
<ul class="m-list">{"".join(f'<li><a href="/mobile/article/show-{x.aid}.html">{esc(x.title)}</a></li>' for x in latest[:10])}</ul>
<div class="m-footer"><a href="/">电脑版</a></div></body></html>
""")
    site.non_articles.append({"url": "/mobile/index.html", "reason": "mobile home"})
    site.rejects.append({"url": f"/article/show-{DEAD_ID}.html", "reason": "HTTP 404 (deleted article still linked from the home page)"})
    site.add("/404.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8" /><title>提示信息-{SITE}</title></head><body>
<div class="msg-box"><h2>出错啦！</h2><p>您要查看的页面不存在或已删除！</p><p><a href="/">返回首页</a></p></div></body></html>
""")
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /admin/\nDisallow: /tools/\nDisallow: /api/\nDisallow: /search.html\nDisallow: /login.html\nDisallow: /register.html\n"
    return site

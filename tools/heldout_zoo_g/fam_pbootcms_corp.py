"""PbootCMS corporate site of a brake-parts maker (浙江岱衡汽车部件有限公司): /news/123.html, /news_2/, products everywhere."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import TZ8, Art, Channel, Site, chain, esc, iso_date, kinds, paginate, rand_dates, unique_titles

NAME = "pbootcms_corp"
SITE = "浙江岱衡汽车部件有限公司"
SHORT = "岱衡汽部"
BASE = "https://www.daiheng-auto.example.com"
PER_PAGE = 8  # num="8" in the news list templates
PARENT = ("news", "新闻动态")
SORTS = [Channel("gongsi", "公司新闻", 3), Channel("hangye", "行业动态", 4), Channel("jishu", "技术知识", 5)]
COUNTS = [16, 12, 8]
JS_VISITS = "jishu"  # this sort's detail template loads 浏览量 by ajax (empty span): truth null
TPL = "/template/default"
PRODUCT_SORTS = [("zhidongpan", "制动盘", "通风制动盘"), ("zhidongpian", "制动片", "陶瓷刹车片"),
                 ("zhidongqian", "制动钳", "制动卡钳"), ("lungu", "轮毂轴承", "轮毂轴承单元")]
PRODUCT_CODES = ["DH-BD", "DH-BP", "DH-CA", "DH-HB"]
FIT = ["星澜E5", "驭岭T7", "云栖S6", "沧浪G3", "赤霄X9", "天枢L8", "锦程C6", "翎羽Q5"]
ADMIN = "admin"  # PbootCMS's default 作者 on 行业动态 reposts: the back-office account, truth null
ACTIVE = ' class="active"'
SELF_SOURCE = "本站"  # PbootCMS's default 来源: the site itself, truth null


def _url(a: Art) -> str:
    return f"/news/{a.aid}.html"


def _list_url(key: str, k: int = 1) -> str:
    return f"/{key}/" if k == 1 else f"/{key}_{k}/"


def _img(when: dt.datetime, name: str) -> str:
    return f"/static/upload/image/{when:%Y%m%d}/{name}"


def _body(blocks: list, when: dt.datetime) -> str:
    """UEditor output as PbootCMS stores it: 2em indents, the caption as the next centred paragraph."""
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f'<p style="text-indent: 2em; line-height: 1.75em;"><span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;; font-size: 16px;">{esc(b[1])}</span></p>')
        elif b[0] == "h":
            out.append(f'<p style="text-indent: 2em; line-height: 1.75em;"><strong>{esc(b[1])}</strong></p>')
        elif b[0] == "img":
            name = b[1].rsplit("/", 1)[-1]
            out.append(f'<p style="text-align: center;"><img src="{_img(when, name)}" title="{name}" alt="{name}"/></p>')
            if b[2]:
                out.append(f'<p style="text-align: center;"><span style="font-size: 14px; color: rgb(127, 127, 127);">{esc(b[2])}</span></p>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f'<td width="25%" valign="middle" align="center">{esc(c)}</td>' for c in r) + "</tr>"
                           for r in b[1])
            out.append(f'<table width="100%" border="1" cellspacing="0" cellpadding="0"><tbody>{rows}</tbody></table>')
        elif b[0] in ("ul", "ol"):
            out.append(f'<{b[0]} class=" list-paddingleft-2">' + "".join(f"<li><p>{esc(i)}</p></li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2025, 1, 6, tzinfo=TZ8), dt.datetime(2026, 5, 15, 18, tzinfo=TZ8))
    chans = [c for c, k in zip(SORTS, COUNTS, strict=True) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)

    # ------------------------------------------------------------------ products: one content-id sequence with the news
    products = []
    pid = 11
    for si, (skey, sname, pr) in enumerate(PRODUCT_SORTS):
        for _ in range(3):
            pid += rnd.randint(1, 2)
            code = f"{PRODUCT_CODES[si]}{rnd.randint(2100, 2899)}"
            products.append({"id": pid, "sort": skey, "sort_name": sname, "title": f"{code} {pr}", "code": code,
                             "fit": rnd.sample(FIT, 3), "views": rnd.randint(80, 3000), "pr": pr})
    pid_of = {p["id"]: p for p in products}

    author_idx = set(rnd.sample([i for i in range(n) if chans[i].key == "gongsi"], 4))

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        key = chans[i].key
        if key == "gongsi":
            t, topic = ar.choice(content.CORP_TITLES)
            ctx.fixed["topic"] = topic
            return ctx.fill(t), (ctx, ar)
        if key == "jishu":
            ctx.fixed["pr"] = ar.choice([p[2] for p in PRODUCT_SORTS])
            return ctx.fill(ar.choice(content.TECH_TITLES)), (ctx, ar)
        return content.news_title(ctx), (ctx, ar)

    arts: list[Art] = []
    aid = pid + 20
    gaps: list[int] = []
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        step = rnd.randint(1, 3)
        gaps.extend(range(aid + 1, aid + step))
        aid += step
        ch = chans[i]
        if ch.key == "gongsi":
            blocks = content.corp_blocks(ctx, ks[i], ctx.fixed["topic"])
            a = Art(i, aid, ch, title, blocks, whens[i])
            a.author = content.person(ar) if i in author_idx else None
            a.extra["shown_author"] = a.author
            a.extra["shown_source"] = None
        elif ch.key == "hangye":
            blocks = content.news_blocks(ctx, ks[i], "")
            a = Art(i, aid, ch, title, blocks, whens[i])
            a.author = content.person(ar) if ar.random() < 0.5 else None
            a.extra["shown_author"] = a.author or ADMIN
            a.source = ar.choice(content.SOURCES) if ar.random() < 0.75 else None
            a.extra["shown_source"] = a.source or SELF_SOURCE
        else:
            blocks = content.tech_blocks(ctx, ks[i])
            a = Art(i, aid, ch, title, blocks, whens[i])
            a.extra["shown_author"] = a.extra["shown_source"] = None
        a.blocks = blocks
        visits = ar.randint(12, 2600)
        a.views = None if ch.key == JS_VISITS else visits
        a.extra["visits"] = visits
        a.extra["desc"] = content.paragraphs(blocks)[0][:70]
        a.extra["thumb"] = next((b[1] for b in blocks if b[0] == "img"), None)
        a.extra["products"] = sorted(ar.sample(products, 4), key=lambda p: p["id"])
        a.url = _url(a)
        a.page_urls = [a.url]
        arts.append(a)
    dead_id = gaps[len(gaps) // 2]
    chain(arts, lambda x: x.ch.key)
    for a in arts:  # 相关新闻: {pboot:list scode=current num=5}, newest first, without the article itself
        same = sorted([x for x in arts if x is not a and x.ch is a.ch], key=lambda x: x.when, reverse=True)
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        a.related = same[:rr.randint(4, 5)]
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    hot_products = [p for p in products if p["id"] % 2 == 0][:6]

    # ------------------------------------------------------------------ shared template parts
    def head(title: str, active: str, banner: tuple[str, str] | None) -> str:
        nav = [("home", "/", "网站首页"), ("about", "/about/", "关于我们"), ("product", "/product/", "产品中心"),
               ("news", "/news/", "新闻动态"), ("honor", "/honor/", "荣誉资质"), ("liuyan", "/liuyan/", "在线留言"),
               ("contact", "/contact/", "联系我们")]
        subs = {"product": [(f"/{k}/", t) for k, t, _ in PRODUCT_SORTS], "news": [(_list_url(c.key), c.name) for c in SORTS]}
        lis = []
        for key, u, t in nav:
            sub = "".join(f'<li><a href="{su}">{st}</a></li>' for su, st in subs.get(key, []))
            lis.append(f'<li class="nav-item{" active" if key == active else ""}"><a href="{u}">{t}</a>'
                       + (f'<ul class="subnav">{sub}</ul>' if sub else "") + "</li>")
        ban = ""
        if banner:
            ban = (f'<div class="inner-banner" style="background-image: url({TPL}/images/nybanner_{active or "about"}.jpg);">'
                   f'<div class="container"><h2>{banner[0]}</h2><p>{banner[1]}</p></div></div>\n')
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
<title>{esc(title)}</title>
<meta name="keywords" content="制动盘,刹车片,制动钳,轮毂轴承,汽车制动系统,岱衡">
<meta name="description" content="{SITE}是一家专业从事汽车制动系统零部件研发、生产和销售的企业，主要产品有制动盘、制动片、制动钳和轮毂轴承单元。">
<link rel="stylesheet" href="{TPL}/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="{TPL}/css/aoyun.css?v=v1.3.5">
<link rel="stylesheet" href="{TPL}/swiper-4.3.5/css/swiper.min.css">
<link rel="shortcut icon" href="/favicon.ico" type="image/x-icon">
<script src="{TPL}/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="welcome">欢迎访问{SITE}官方网站！</span><span class="top-tel">全国服务热线：400-826-5170</span></div></div>
<header class="header"><div class="container">
<div class="logo"><a href="/"><img src="/static/upload/image/20240301/logo.png" alt="{SITE}"></a><h1 class="logo-text">{SITE}</h1><p class="logo-en">ZHEJIANG DAIHENG AUTO PARTS CO.,LTD.</p></div>
<nav class="navbar"><ul class="nav">{"".join(lis)}</ul></nav>
<form class="search" action="/search/" method="get"><input type="text" name="keyword" placeholder="请输入产品型号或关键词"><button type="submit">搜索</button></form>
</div></header>
{ban}"""

    def foot() -> str:
        prods = "".join(f'<li><a href="/{k}/">{t}</a></li>' for k, t, _ in PRODUCT_SORTS)
        news = "".join(f'<li><a href="{_list_url(c.key)}">{c.name}</a></li>' for c in SORTS)
        return f"""<footer class="footer"><div class="container"><div class="row">
<div class="col-md-3 foot-nav"><h4>产品中心</h4><ul>{prods}</ul></div>
<div class="col-md-3 foot-nav"><h4>新闻动态</h4><ul>{news}</ul></div>
<div class="col-md-3 foot-nav"><h4>快速链接</h4><ul><li><a href="/about/">公司简介</a></li><li><a href="/honor/">荣誉资质</a></li><li><a href="/liuyan/">在线留言</a></li><li><a href="/contact/">联系我们</a></li></ul></div>
<div class="col-md-3 foot-contact"><h4>联系方式</h4><p>电话：0576-8925 6618</p><p>手机：139 5868 2201（张经理）</p><p>邮箱：sales@daiheng-auto.example.com</p><p>地址：浙江省台州市路桥区峰江工业园区岱衡路 8 号</p><img src="/static/upload/image/20240301/wx_qrcode.jpg" alt="微信二维码" width="100"></div>
</div>
<div class="friend-links">友情链接：<a href="https://www.tzqp.example.org/" target="_blank">台州汽配网</a> <a href="https://www.brake-assoc.example.org/" target="_blank">制动器行业协会</a> <a href="https://www.qpbid.example.net/" target="_blank">汽配采购网</a></div>
<div class="copyright">Copyright &copy; 2014-2026 {SITE} 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">浙ICP备14029317号-1</a> <a href="/sitemap.xml">网站地图</a></div>
</div></footer>
<div class="online-service"><a href="tel:4008265170" class="tel">电话咨询</a><a href="/liuyan/" class="msg">在线留言</a><a href="javascript:;" class="top" onclick="$('html,body').animate({{scrollTop:0}},500)">返回顶部</a></div>
<script src="{TPL}/bootstrap/js/bootstrap.min.js"></script>
<script src="{TPL}/js/common.js"></script>
</body>
</html>
"""

    def position(items: list[tuple[str, str]]) -> str:
        parts = " &gt; ".join(f'<a href="{u}">{t}</a>' for t, u in items)
        return f'<div class="position"><div class="container"><i class="fa fa-home"></i> 当前位置：{parts}</div></div>\n'

    def sidebar(active_sort: str | None, kind: str) -> str:
        if kind == "news":
            nav = "".join(f'<li{ACTIVE if c.key == active_sort else ""}><a href="{_list_url(c.key)}">{c.name}</a></li>' for c in SORTS)
            title = "新闻动态"
        else:
            nav = "".join(f'<li{ACTIVE if k == active_sort else ""}><a href="/{k}/">{t}</a></li>' for k, t, _ in PRODUCT_SORTS)
            title = "产品中心"
        prods = "\n".join(f'<li><a href="/product/{p["id"]}.html"><img src="/static/upload/image/product/{p["id"]}.jpg" alt="{esc(p["title"])}"><p>{esc(p["title"])}</p></a></li>'
                          for p in hot_products[:4])
        return f"""<div class="col-md-3 sidebar">
<div class="side-box side-nav"><h3>{title}</h3><ul>{nav}</ul></div>
<div class="side-box side-products"><h3>推荐产品</h3><ul>
{prods}
</ul></div>
<div class="side-box side-contact"><h3>联系我们</h3><p>全国服务热线</p><p class="hotline">400-826-5170</p><p>电话：0576-8925 6618</p><p>地址：浙江省台州市路桥区峰江工业园区</p></div>
</div>
"""

    # ------------------------------------------------------------------ news detail pages
    for a in arts:
        info = [f"<span><i class=\"fa fa-clock-o\"></i> 发布时间：{a.when:%Y-%m-%d}</span>"]
        if a.extra["shown_source"]:
            info.append(f'<span><i class="fa fa-bookmark"></i> 来源：{esc(a.extra["shown_source"])}</span>')
        if a.extra["shown_author"]:
            info.append(f'<span><i class="fa fa-user"></i> 作者：{esc(a.extra["shown_author"])}</span>')
        if a.views is None:
            info.append(f'<span><i class="fa fa-eye"></i> 浏览量：<span id="visits_{a.aid}"></span></span>'
                        f'<script>$.get("/?p=/Do/visits/id/{a.aid}", function(d){{ $("#visits_{a.aid}").text(d.data); }}, "json");</script>')
        else:
            info.append(f'<span><i class="fa fa-eye"></i> 浏览量：{a.views}</span>')
        pn = ('<div class="news-pn">'
              + (f'<p class="prev">上一篇：<a href="{a.prev.url}">{esc(a.prev.title)}</a></p>' if a.prev else '<p class="prev">上一篇：没有了！</p>')
              + (f'<p class="next">下一篇：<a href="{a.next.url}">{esc(a.next.title)}</a></p>' if a.next else '<p class="next">下一篇：没有了！</p>')
              + "</div>")
        rel = "\n".join(f'<li><a href="{r.url}" title="{esc(r.title)}">{esc(r.title)}</a><span class="time">{r.when:%Y-%m-%d}</span></li>' for r in a.related)
        prods = "".join(f'<li class="col-md-3 col-xs-6"><a href="/product/{p["id"]}.html"><img src="/static/upload/image/product/{p["id"]}.jpg" alt="{esc(p["title"])}"><p>{esc(p["title"])}</p></a></li>'
                        for p in a.extra["products"])
        html = (head(f"{a.title}-{a.ch.name}-{SITE}", "news", ("新闻动态", "NEWS CENTER"))
                + position([("首页", "/"), ("新闻动态", "/news/"), (a.ch.name, _list_url(a.ch.key))])
                + f"""<div class="container inner-main"><div class="row">
{sidebar(a.ch.key, "news")}<div class="col-md-9 main">
<div class="news-detail">
<h3 class="news-title">{esc(a.title)}</h3>
<div class="news-info">{"".join(info)}</div>
<div class="news-content">
{_body(a.blocks, a.when)}
</div>
<div class="share-bar">分享到：<a href="javascript:;" class="share-wx">微信</a><a href="javascript:;" class="share-wb">微博</a><a href="javascript:;" class="share-qq">QQ</a></div>
{pn}
</div>
<div class="related-news"><h4>相关新闻</h4><ul>
{rel}
</ul></div>
<div class="related-products"><h4>相关产品</h4><ul class="row">{prods}</ul></div>
</div>
</div></div>
""" + foot())
        site.add(a.url, html)
        related = [{"title": r.title, "url": r.url, "date": iso_date(r.when), "views": None} for r in a.related]
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=None,
                         published_display=f"{a.when:%Y-%m-%d}", views_display=None if a.views is None else str(a.views),
                         views_approx=False, related=related)

    # ------------------------------------------------------------------ list pages
    def pagebar(key: str, k: int, total: int, count: int) -> str:
        nums = "".join(f'<a href="{_list_url(key, j)}" class="page-num{" page-num-current" if j == k else ""}">{j}</a>' for j in range(1, total + 1))
        prev = f'<a href="{_list_url(key, k - 1)}">前一页</a>' if k > 1 else '<a href="javascript:;">前一页</a>'
        nxt = f'<a href="{_list_url(key, k + 1)}">后一页</a>' if k < total else '<a href="javascript:;">后一页</a>'
        return (f'<div class="pagebar"><span class="page-status">共{count}条 当前{k}/{total}页</span>'
                f'<span class="page-index"><a href="{_list_url(key)}">首页</a></span><span class="page-pre">{prev}</span>'
                f'<span class="page-numbar">{nums}</span><span class="page-next">{nxt}</span>'
                f'<span class="page-last"><a href="{_list_url(key, total)}">尾页</a></span></div>')

    def list_page(url: str, title: str, crumb: list, active_sort: str | None, inner: str) -> None:
        html = (head(f"{title}-{SITE}", "news", ("新闻动态", "NEWS CENTER")) + position(crumb)
                + f'<div class="container inner-main"><div class="row">\n{sidebar(active_sort, "news")}<div class="col-md-9 main">\n{inner}\n</div>\n</div></div>\n' + foot())
        site.add(url, html)
        site.list_pages.append({"url": url, "aliases": []})

    chunks = paginate(latest, PER_PAGE)  # 新闻动态: picture cards with a day / year-month date box
    for k, chunk in enumerate(chunks, 1):
        url = _list_url("news", k)
        rows = []
        for pos, x in enumerate(chunk, 1):
            thumb = _img(x.when, x.extra["thumb"]) if x.extra["thumb"] else f"{TPL}/images/nopic.jpg"
            rows.append(f"""<li class="news-item clearfix">
<div class="news-img"><a href="{x.url}"><img src="{thumb}" alt="{esc(x.title)}"></a></div>
<div class="news-date"><p class="day">{x.when:%d}</p><p class="ym">{x.when:%Y-%m}</p></div>
<div class="news-text"><h4><a href="{x.url}" title="{esc(x.title)}">{esc(x.title)}</a></h4><p>{esc(x.extra["desc"])}...</p><a href="{x.url}" class="more">查看详情 &gt;</a></div>
</li>""")
            site.listing(url, pos, x, iso_date(x.when), f"{x.when:%d} {x.when:%Y-%m}")
        list_page(url, "新闻动态" if k == 1 else f"新闻动态-第{k}页", [("首页", "/"), ("新闻动态", "/news/")], None,
                  '<ul class="news-list">\n' + "\n".join(rows) + "\n</ul>\n" + pagebar("news", k, len(chunks), len(latest)))
    for ch in SORTS:  # the sorts: text rows with date and visits
        entries = [x for x in latest if x.ch is ch]
        chunks = paginate(entries, PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = _list_url(ch.key, k)
            rows = []
            for pos, x in enumerate(chunk, 1):
                rows.append(f'<li><a href="{x.url}" title="{esc(x.title)}">{esc(x.title)}</a>'
                            f'<span class="hits">浏览：{x.extra["visits"]}</span><span class="time">{x.when:%Y-%m-%d}</span></li>')
                site.listing(url, pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", x.extra["visits"])
            list_page(url, ch.name if k == 1 else f"{ch.name}-第{k}页", [("首页", "/"), ("新闻动态", "/news/"), (ch.name, _list_url(ch.key))],
                      ch.key, f'<h3 class="sort-title">{ch.name}</h3>\n<ul class="text-list">\n' + "\n".join(rows) + "\n</ul>\n"
                      + pagebar(ch.key, k, len(chunks), len(entries)))

    # ------------------------------------------------------------------ products (not articles)
    def product_list(url: str, title: str, crumb: list, items: list, active: str | None) -> None:
        cards = "\n".join(f'<li class="col-md-4 col-xs-6"><div class="pro-item"><a href="/product/{p["id"]}.html"><img src="/static/upload/image/product/{p["id"]}.jpg" alt="{esc(p["title"])}"></a>'
                          f'<h4><a href="/product/{p["id"]}.html">{esc(p["title"])}</a></h4></div></li>' for p in items)
        site.add(url, head(f"{title}-{SITE}", "product", ("产品中心", "PRODUCTS")) + position(crumb)
                 + f'<div class="container inner-main"><div class="row">\n{sidebar(active, "product")}<div class="col-md-9 main"><ul class="pro-list row">\n{cards}\n</ul>'
                 + f'<div class="pagebar"><span class="page-status">共{len(items)}条 当前1/1页</span></div></div>\n</div></div>\n' + foot())
        site.non_articles.append({"url": url, "reason": "product list"})

    product_list("/product/", "产品中心", [("首页", "/"), ("产品中心", "/product/")], products, None)
    for k, t, _ in PRODUCT_SORTS:
        product_list(f"/{k}/", t, [("首页", "/"), ("产品中心", "/product/"), (t, f"/{k}/")], [p for p in products if p["sort"] == k], k)
    by_sort: dict[str, list] = {}
    for p in products:
        by_sort.setdefault(p["sort"], []).append(p)
    for p in products:
        rr = random.Random(f"{seed}:{NAME}:prod:{p['id']}")
        group = by_sort[p["sort"]]
        j = group.index(p)
        prev = group[j - 1] if j > 0 else None
        nxt = group[j + 1] if j + 1 < len(group) else None
        params = [["参数", "数值"], ["产品型号", p["code"]], ["材质", rr.choice(["HT250灰铸铁", "低金属陶瓷配方", "球墨铸铁QT450", "GCr15轴承钢"])],
                  ["适用车型", "、".join(p["fit"])], ["质保", f"{rr.choice([1, 2, 3])}年或{rr.choice([3, 5, 8])}万公里"]]
        table = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in params)
        desc = (f"<p>{esc(p['title'])}采用{rr.choice(['整体铸造', '精密机加工', '一体化成型'])}工艺，尺寸精度高，动平衡性能好，"
                f"适用于{esc('、'.join(p['fit']))}等车型。</p><p>产品出厂前经过{rr.randint(6, 12)}道检测工序，质量稳定可靠，欢迎来电咨询。</p>")
        pn = ('<div class="news-pn">' + (f'<p>上一个：<a href="/product/{prev["id"]}.html">{esc(prev["title"])}</a></p>' if prev else "<p>上一个：没有了！</p>")
              + (f'<p>下一个：<a href="/product/{nxt["id"]}.html">{esc(nxt["title"])}</a></p>' if nxt else "<p>下一个：没有了！</p>") + "</div>")
        site.add(f"/product/{p['id']}.html", head(f"{p['title']}-{p['sort_name']}-{SITE}", "product", ("产品中心", "PRODUCTS"))
                 + position([("首页", "/"), ("产品中心", "/product/"), (p["sort_name"], f"/{p['sort']}/")])
                 + f"""<div class="container inner-main"><div class="row">
{sidebar(p["sort"], "product")}<div class="col-md-9 main">
<div class="pro-detail clearfix">
<div class="col-md-6 pro-pic"><img src="/static/upload/image/product/{p["id"]}.jpg" alt="{esc(p["title"])}"></div>
<div class="col-md-6 pro-brief"><h3 class="pro-title">{esc(p["title"])}</h3><p>产品型号：{p["code"]}</p><p>产品分类：{p["sort_name"]}</p><p>浏览量：{p["views"]}</p>
<a href="/liuyan/" class="btn btn-primary">在线询价</a> <a href="tel:4008265170" class="btn btn-default">电话咨询</a></div>
</div>
<div class="pro-content"><h4>产品详情</h4>
{desc}
<table class="param-table" border="1" cellspacing="0" width="100%">{table}</table>
</div>
{pn}
</div>
</div></div>
""" + foot())
        site.non_articles.append({"url": f"/product/{p['id']}.html", "reason": "product detail page"})

    # ------------------------------------------------------------------ home, single pages, 404, robots
    dead = f"/news/{dead_id}.html"
    slides = "".join(f'<div class="swiper-slide"><a href="/product/"><img src="/static/upload/image/20240301/banner{j}.jpg" alt="{SITE}"></a></div>' for j in range(1, 4))
    pros = "\n".join(f'<li class="col-md-3 col-xs-6"><a href="/product/{p["id"]}.html"><img src="/static/upload/image/product/{p["id"]}.jpg" alt="{esc(p["title"])}"><p>{esc(p["title"])}</p></a></li>'
                     for p in products[::2][:8])
    home_news = [x for x in latest if x.ch.key != "jishu"][:6]
    news_items = [f'<li><span class="md">{x.when:%m-%d}</span><a href="{x.url}">{esc(x.title)}</a></li>' for x in home_news]
    news_items.insert(2, f'<li><span class="md">04-28</span><a href="{dead}">岱衡公司召开2026年安全生产工作会议</a></li>')
    faq = "\n".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in [y for y in latest if y.ch.key == "jishu"][:4])
    home = head(f"{SITE}-制动盘_刹车片_制动钳_轮毂轴承生产厂家", "home", None) + f"""<div class="swiper-container banner"><div class="swiper-wrapper">{slides}</div><div class="swiper-pagination"></div></div>
<div class="home-about"><div class="container"><h2>关于岱衡 <small>ABOUT US</small></h2>
<p>{SITE}始建于2006年，位于浙江省台州市路桥区，是一家专业研发、生产汽车制动系统零部件的国家高新技术企业。公司占地面积6万平方米，拥有员工520余人，产品远销欧美、中东及东南亚等40多个国家和地区。</p>
<a href="/about/" class="more">了解更多</a></div></div>
<div class="home-products"><div class="container"><h2>产品中心 <small>PRODUCTS</small></h2>
<ul class="pro-tabs">{"".join(f'<li><a href="/{k}/">{t}</a></li>' for k, t, _ in PRODUCT_SORTS)}</ul>
<ul class="row pro-list">
{pros}
</ul></div></div>
<div class="home-news"><div class="container"><div class="row">
<div class="col-md-8"><h2>新闻动态 <small>NEWS</small><a href="/news/" class="more">MORE+</a></h2><ul class="home-news-list">
{chr(10).join(news_items)}
</ul></div>
<div class="col-md-4"><h2>技术知识 <small>FAQ</small><a href="/jishu/" class="more">MORE+</a></h2><ul class="faq-list">
{faq}
</ul></div>
</div></div></div>
""" + foot()
    site.add("/", home)
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (deleted news item still linked from the home page)"})
    singles = [
        ("/about/", "关于我们", "about", ("关于我们", "ABOUT US"),
         f"<p>{SITE}始建于2006年，是一家专业从事汽车制动系统零部件研发、生产和销售的国家高新技术企业。</p>"
         "<p>公司拥有先进的铸造、机加工和涂装生产线，以及完善的检测中心，年产制动盘300万只、制动片500万套。</p>"
         "<p>公司先后通过IATF 16949质量管理体系、ISO 14001环境管理体系认证，产品远销40多个国家和地区。</p>"),
        ("/contact/", "联系我们", "contact", ("联系我们", "CONTACT US"),
         "<p>公司名称：浙江岱衡汽车部件有限公司</p><p>全国服务热线：400-826-5170</p><p>电话：0576-8925 6618　传真：0576-8925 6619</p>"
         "<p>联系人：张经理 139 5868 2201</p><p>邮箱：sales@daiheng-auto.example.com</p><p>地址：浙江省台州市路桥区峰江工业园区岱衡路 8 号</p>"
         '<div class="map"><img src="/static/upload/image/20240301/map.jpg" alt="公司地图"></div>'),
        ("/honor/", "荣誉资质", "honor", ("荣誉资质", "HONOR"),
         '<ul class="honor-list row">' + "".join(f'<li class="col-md-3"><img src="/static/upload/image/honor/{j}.jpg" alt="{t}"><p>{t}</p></li>'
                                                 for j, t in enumerate(["IATF 16949证书", "高新技术企业证书", "ISO 14001证书", "专精特新中小企业",
                                                                        "实用新型专利证书", "优秀供应商奖"], 1)) + "</ul>"),
        ("/liuyan/", "在线留言", "liuyan", ("在线留言", "MESSAGE"),
         '<form class="message-form" action="/?message/" method="post"><p><input name="contacts" placeholder="联系人"></p><p><input name="mobile" placeholder="手机"></p>'
         '<p><textarea name="content" placeholder="留言内容"></textarea></p><p><input name="checkcode" placeholder="验证码"><img src="/core/code.php" alt="验证码"></p>'
         '<button type="submit">提交留言</button></form>'),
    ]
    for url, t, key, banner, body in singles:
        site.add(url, head(f"{t}-{SITE}", key, banner) + position([("首页", "/"), (t, url)])
                 + f'<div class="container inner-main"><div class="about-content">\n{body}\n</div></div>\n' + foot())
        site.non_articles.append({"url": url, "reason": f"{t} (single page)"})
    site.add("/404.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>404 - 页面不存在</title>
<style>.main{{width:600px;margin:100px auto;text-align:center;font-family:"Microsoft YaHei"}}</style></head>
<body><div class="main"><h2>404</h2><p>您访问的页面不存在或已被删除！</p><p><a href="/">返回{SHORT}首页</a></p></div></body></html>
""")
    site.raw["/robots.txt"] = (f"User-agent: *\nDisallow: /admin.php\nDisallow: /apps/\nDisallow: /config/\nDisallow: /core/\n"
                               f"Disallow: /runtime/\nDisallow: /static/backup/\nDisallow: /template/\nDisallow: /search/\n\n"
                               f"Sitemap: {BASE}/sitemap.xml\n").encode()
    urls = ["/", "/about/", "/product/", "/news/", "/contact/"] + [a.url for a in latest] + [f"/product/{p['id']}.html" for p in products]
    site.raw["/sitemap.xml"] = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                                + "".join(f"<url><loc>{BASE}{u}</loc></url>\n" for u in urls) + "</urlset>\n").encode()
    assert all(p["id"] not in {a.aid for a in arts} for p in pid_of.values())
    return site

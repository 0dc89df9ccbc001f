"""MetInfo 7 corporate site of an auto-motor maker (鹭汀恒钧汽车电器有限公司): /news/41.html, list_5_2.html, JS hit counter."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import TZ8, Art, Channel, Site, chain, esc, iso_at, iso_date, kinds, paginate, rand_dates, unique_titles

NAME = "metinfo_corp"
SITE = content.CORP_NAME
SHORT = "恒钧电器"
BASE = "https://www.hengjun-motor.example.com"
PER_PAGE = 8
PARENT = Channel("news", "新闻资讯", 2)  # the module's top column: /news/ (page 1), list_2_N.html
SORTS = [Channel("gongsi", "公司新闻", 5), Channel("hangye", "行业资讯", 6), Channel("jishu", "技术文章", 7)]
COUNTS = [22, 16, 10]
PRODUCT_CLASSES = [(8, "起动机", "QD"), (9, "交流发电机", "FD"), (10, "雨刮电机", "YG"), (11, "鼓风机电机", "GF")]
TPL = "templates/mui140"
ADMIN = "admin"  # MetInfo's default 发布者: the back-office account, truth null
REPOST_NOTE = "本文转载自网络，仅供学习交流，版权归原作者所有，如有侵权请联系删除。"
VER = "1715412340"


def _u(a: Art) -> str:
    return f"/news/{a.aid}.html"


def _list(cid: int, k: int = 1) -> str:
    return "/news/" if cid == PARENT.cid and k == 1 else f"/news/list_{cid}_{k}.html"


def _dyn(aid: int) -> str:
    return f"/news/shownews.php?lang=cn&id={aid}"


def _rel(path: str, depth: int) -> str:
    """MetInfo writes links relative to the page: ``../news/41.html`` from /news/, ``news/41.html`` from /."""
    p = path.lstrip("/")
    return ("../" * depth + p) if p else ("../" * depth or "./")


def _body(blocks: list, when: dt.datetime, depth: int, source_line: str | None, note: bool) -> str:
    """UEditor HTML as MetInfo 7 serves it: 2em paragraphs, lazy images (data-original), caption after a <br/>."""
    out = []
    up = _rel(f"/upload/{when:%Y%m}/", depth)
    for b in blocks:
        if b[0] == "p":
            out.append(f'<p style="text-indent: 2em; line-height: 2em;"><span style="font-size: 16px; font-family: 宋体, SimSun;">{esc(b[1])}</span></p>')
        elif b[0] == "h":
            out.append(f'<p style="line-height: 2em;"><strong><span style="font-size: 16px;">{esc(b[1])}</span></strong></p>')
        elif b[0] == "img":
            name = b[1].rsplit("/", 1)[-1]
            img = (f'<img class="imgloading" height="200" src="{_rel("/public/images/loading.gif", depth)}" data-original="{up}{name}" '
                   f'title="{name}" alt="{name}" width="600" style="width: 600px; height: 400px;"/>')
            cap = f'<br/><span style="font-size: 14px; color: rgb(89, 89, 89);">{esc(b[2])}</span>' if b[2] else ""
            out.append(f'<p style="text-align: center;">{img}{cap}</p>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f'<td width="{100 // len(r)}%" style="word-break: break-all;">{esc(c)}</td>' for c in r) + "</tr>"
                           for r in b[1])
            out.append(f'<table border="1" cellspacing="0" cellpadding="5" width="100%"><tbody>{rows}</tbody></table>')
        elif b[0] in ("ul", "ol"):
            out.append(f'<{b[0]} class=" list-paddingleft-2" style="list-style-type: {"disc" if b[0] == "ul" else "decimal"};">'
                       + "".join(f'<li><p style="line-height: 2em;">{esc(i)}</p></li>' for i in b[1]) + f"</{b[0]}>")
    if source_line:
        out.append(f'<p style="text-align: right; line-height: 2em;"><span style="font-size: 14px;">{esc(source_line)}</span></p>')
    if note:
        out.append(f'<p style="line-height: 2em;"><span style="font-size: 12px; color: rgb(165, 165, 165);">{REPOST_NOTE}</span></p>')
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2025, 2, 10, tzinfo=TZ8), dt.datetime(2026, 5, 16, 18, tzinfo=TZ8), seconds=True)
    chans = [c for c, k in zip(SORTS, COUNTS, strict=True) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)
    named = set(rnd.sample([i for i in range(n) if chans[i].key == "gongsi"], 6))

    # products: their own id sequence (met_product), overlapping the news ids
    products = []
    for cid, cname, prefix in PRODUCT_CLASSES:
        for _ in range(3):
            pid = 20 + len(products) * 3 + rnd.randint(0, 2)
            code = f"{prefix}{rnd.randint(1000, 9899)}"
            products.append({"id": pid, "cid": cid, "cname": cname, "title": f"{code}型{cname}", "code": code,
                             "fit": rnd.sample(content.MODELS, 3), "volt": rnd.choice(["12V", "24V"]),
                             "power": f"{rnd.randint(8, 30) / 10:.1f}kW" if cid in (8, 9) else f"{rnd.randint(60, 400)}W"})

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        key = chans[i].key
        if key == "gongsi":
            t, topic = ar.choice(content.CORP_TITLES)
            ctx.fixed["topic"] = topic
            return ctx.fill(t), (ctx, ar)
        if key == "jishu":
            ctx.fixed["pr"] = ar.choice([c[1] for c in PRODUCT_CLASSES] + ["车窗升降器", "冷却风扇总成"])
            return ctx.fill(ar.choice(content.TECH_TITLES)), (ctx, ar)
        return content.news_title(ctx), (ctx, ar)

    arts: list[Art] = []
    aid = 17
    gaps: list[int] = []
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        step = rnd.randint(1, 3)
        gaps.extend(range(aid + 1, aid + step))
        aid += step
        ch = chans[i]
        extra: dict = {"shown_author": ADMIN, "source_line": None, "note": False}
        if ch.key == "gongsi":
            blocks = content.corp_blocks(ctx, ks[i], ctx.fixed["topic"])
            a = Art(i, aid, ch, title, blocks, whens[i])
            if i in named:
                a.author = content.person(ar)
                extra["shown_author"] = a.author
        elif ch.key == "hangye":
            blocks = content.news_blocks(ctx, ks[i], "")
            a = Art(i, aid, ch, title, blocks, whens[i])
            roll = ar.random()
            if roll < 0.75:
                a.source = ar.choice(content.MEDIA)
                extra["source_line"] = (f"（来源：{a.source}）" if ar.random() < 0.5 else f"文章来源：{a.source}")
            extra["note"] = ar.random() < 0.5
        else:
            blocks = content.tech_blocks(ctx, ks[i])
            a = Art(i, aid, ch, title, blocks, whens[i])
        a.extra.update(extra)
        a.extra["hits"] = ar.randint(35, 2400)
        a.extra["desc"] = content.paragraphs(blocks)[0][:60]
        a.extra["thumb"] = next((b[1].rsplit("/", 1)[-1] for b in blocks if b[0] == "img"), None)
        a.url = _u(a)
        a.page_urls = [a.url]
        arts.append(a)
    dead_id = gaps[len(gaps) // 3]
    chain(arts, lambda x: x.ch.key)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    dyn_linked = [x for x in latest if x.ch.key != "jishu"][:6]  # the home block links the dynamic URL
    dyn_ids = {x.aid for x in dyn_linked}
    rec_products = products[1::3]

    # ------------------------------------------------------------------ template parts
    def head(title: str, depth: int, active: str, kw: str = "起动机,发电机,雨刮电机,鼓风机电机,汽车电机", column: int = 0,
             page_class: str = "") -> str:
        r = lambda p: _rel(p, depth)  # noqa: E731
        nav = [("home", "/", "网站首页", []), ("about", "/about/", "关于我们", [("/about/", "公司简介"), ("/about/honor.html", "荣誉资质")]),
               ("product", "/product/", "产品中心", [(f"/product/list_{c}_1.html", t) for c, t, _ in PRODUCT_CLASSES]),
               ("news", "/news/", "新闻资讯", [(_list(c.cid), c.name) for c in SORTS]),
               ("job", "/job/", "人才招聘", []), ("message", "/message/", "在线留言", []), ("contact", "/about/contact.html", "联系我们", [])]
        lis = []
        for key, u, t, subs in nav:
            act = " active" if key == active else ""
            if subs:
                sub = "".join(f'<a href="{r(su)}" target="_self" title="{st}" class="dropdown-item">{st}</a>' for su, st in subs)
                lis.append(f'<li class="nav-item dropdown m-l-10"><a href="{r(u)}" target="_self" title="{t}" class="nav-link dropdown-toggle{act}" data-toggle="dropdown" data-hover="dropdown">{t}</a>'
                           f'<div class="dropdown-menu animate two-menu">{sub}</div></li>')
            else:
                lis.append(f'<li class="nav-item m-l-10"><a href="{r(u)}" title="{t}" class="nav-link{act}">{t}</a></li>')
        return f"""<!DOCTYPE HTML>
<html class="{page_class}">
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,minimal-ui">
<meta name="format-detection" content="telephone=no">
<title>{esc(title)}</title>
<meta name="description" content="{SITE}专业生产汽车起动机、交流发电机、雨刮电机和鼓风机电机，为国内外主机厂和售后市场提供配套。">
<meta name="keywords" content="{esc(kw)}">
<meta name="generator" content="MetInfo V7.7" data-variable="{r('/')}|cn|cn|mui140|2|{column}|0" data-user_name="">
<link href="{r('/favicon.ico')}?{VER}" rel="shortcut icon" type="image/x-icon">
<link rel="stylesheet" type="text/css" href="{r('/public/web/css/basic.css')}?{VER}">
<link rel="stylesheet" type="text/css" href="{r('/' + TPL + '/cache/common.css')}?{VER}">
<style>body{{background-color: #ffffff !important;}}</style>
<script>(function(){{var t=navigator.userAgent;(t.indexOf("rv:11")>=0||t.indexOf("MSIE 10")>=0)&&document.write("<script src=\\"{r('/public/plugins/html5shiv/html5shiv.min.js')}\\"><\\/script>")}})();</script>
</head>
<!--[if lte IE 9]>
<div class="text-xs-center m-b-0 bg-blue-grey-100 alert"><button type="button" class="close" aria-label="Close" data-dismiss="alert"><span aria-hidden="true">&times;</span></button>你正在使用一个过时的浏览器。请升级你的浏览器，以提高您的体验。</div>
<![endif]-->
<body>
<header class="met-head" m-id="met_head" m-type="head_nav">
<nav class="navbar navbar-default box-shadow-none met-nav">
<div class="container"><div class="row">
<h1 hidden>{SITE}</h1>
<div class="navbar-header pull-xs-left"><a href="{r('/')}" class="met-logo vertical-align block pull-xs-left" title="{SITE}"><div class="vertical-align-middle"><img src="{r('/upload/202301/1673418822.png')}" alt="{SITE}" class="mblogo"/><img src="{r('/upload/202301/1673418822.png')}" alt="{SITE}" class="pclogo"/></div></a>
<button type="button" class="navbar-toggler hamburger hamburger-close collapsed p-x-5 met-nav-toggler" data-target="#met-nav-collapse" data-toggle="collapse"><span class="sr-only"></span><span class="hamburger-bar"></span></button></div>
<div class="collapse navbar-collapse navbar-collapse-toolbar" id="met-nav-collapse">
<ul class="nav navbar-nav navlist">{"".join(lis)}</ul>
<div class="metlang m-l-15 pull-md-right"><span class="tel"><i class="fa fa-phone"></i> 0591-8736 2215</span></div>
</div></div></div>
</nav>
</header>
"""

    def banner(depth: int, t: str, en: str) -> str:
        return (f'<div class="met-banner-ny vertical-align text-center" m-id="banner" style="background-image: url({_rel("/upload/202301/1673420001.jpg", depth)});">'
                f'<div class="vertical-align-middle"><h3 class="title">{t}</h3><p class="subtitle">{en}</p></div></div>\n')

    def column_nav(depth: int, items: list[tuple[str, str]], active: str | None) -> str:
        lis = "".join(f'<li><a href="{_rel(u, depth)}" title="{t}" class="link{" active" if u == active else ""}">{t}</a></li>' for u, t in items)
        return f'<div class="met-column-nav" m-id="subcolumn_nav" m-type="nocontent"><div class="container"><div class="row"><ul class="clearfix met-column-nav-ul">{lis}</ul></div></div></div>\n'

    def crumbs(depth: int, items: list[tuple[str, str]]) -> str:
        parts = " &gt; ".join(f'<a href="{_rel(u, depth)}" title="{t}">{t}</a>' for t, u in items)
        return f'<section class="met-crumbs hidden-sm-down" m-id="met_position" m-type="nocontent"><div class="container"><div class="row"><div class="border-bottom clearfix"><ol class="breadcrumb m-b-0 subcolumn-crumbs breadcrumb-arrow"><li class="breadcrumb-item">当前位置：{parts}</li></ol></div></div></div></section>\n'

    def sidebar(depth: int, active_cid: int | None) -> str:
        r = lambda p: _rel(p, depth)  # noqa: E731
        nav = "".join(f'<li><a href="{r(_list(c.cid))}" title="{c.name}" class="{"active" if c.cid == active_cid else ""}">{c.name}</a></li>' for c in SORTS)
        prods = "\n".join(f'<li class="col-xs-6"><a href="{r("/product/" + str(p["id"]) + ".html")}" title="{esc(p["title"])}"><img data-original="{r("/upload/product/" + str(p["id"]) + ".jpg")}" src="{r("/public/images/loading.gif")}" alt="{esc(p["title"])}"><h4>{esc(p["title"])}</h4></a></li>'
                          for p in rec_products)
        news = "\n".join(f'<li><a href="{r(x.url)}" title="{esc(x.title)}">{esc(x.title)}</a></li>' for x in latest[:5])
        return f"""<aside class="col-md-3 met-sidebar" m-id="news_bar" m-type="nocontent">
<div class="sidebar-search" data-placeholder="search"><form method="get" action="{r('/search/search.php')}"><input type="hidden" name="lang" value="cn"><div class="input-search"><input type="text" class="form-control" name="searchword" placeholder="搜索"><button type="submit" class="input-search-btn"><i class="icon wb-search" aria-hidden="true"></i></button></div></form></div>
<div class="sidebar-column"><h3 class="sidebar-column-title">新闻资讯</h3><ul class="sidebar-column-list">{nav}</ul></div>
<div class="sidebar-news-list recommend"><h3 class="font-size-16 m-0">推荐资讯</h3><ul class="list-group list-group-bordered m-t-10 m-b-0">
{news}
</ul></div>
<div class="sidebar-piclist"><h3 class="m-0 font-size-16 sidebar-piclist-title">推荐产品</h3><ul class="blocks-2 blocks-md-3 blocks-lg-100 m-0 p-0 sidebar-piclist-ul row">
{prods}
</ul></div>
</aside>
"""

    def foot(depth: int) -> str:
        r = lambda p: _rel(p, depth)  # noqa: E731
        return f"""<footer class="met-foot-info border-top1" m-id="met_foot" m-type="foot">
<div class="met-footnav text-xs-center p-b-20" m-id="noset" m-type="foot_nav"><div class="container"><div class="row mob-masonry">
<div class="col-lg-2 col-md-3 col-xs-6 list masonry-item"><h4 class="font-size-16 m-t-0"><a href="{r('/about/')}" title="关于我们">关于我们</a></h4><ul class="ulstyle m-b-0"><li><a href="{r('/about/')}" title="公司简介">公司简介</a></li><li><a href="{r('/about/honor.html')}" title="荣誉资质">荣誉资质</a></li></ul></div>
<div class="col-lg-2 col-md-3 col-xs-6 list masonry-item"><h4 class="font-size-16 m-t-0"><a href="{r('/product/')}" title="产品中心">产品中心</a></h4><ul class="ulstyle m-b-0">{"".join(f'<li><a href="{r(f"/product/list_{c}_1.html")}" title="{t}">{t}</a></li>' for c, t, _ in PRODUCT_CLASSES)}</ul></div>
<div class="col-lg-2 col-md-3 col-xs-6 list masonry-item"><h4 class="font-size-16 m-t-0"><a href="{r('/news/')}" title="新闻资讯">新闻资讯</a></h4><ul class="ulstyle m-b-0">{"".join(f'<li><a href="{r(_list(c.cid))}" title="{c.name}">{c.name}</a></li>' for c in SORTS)}</ul></div>
<div class="col-lg-3 col-md-3 col-xs-12 info masonry-item"><em class="font-size-26"><i class="icon wb-mobile"></i> 0591-8736 2215</em><p>周一至周五 8:00-17:30</p><img src="{r('/upload/202301/1673420188.jpg')}" alt="微信公众号" width="100"><p>扫一扫，关注{SHORT}</p></div>
</div></div></div>
<div class="container text-xs-center">
<div class="met-link-list"><span>友情链接：</span><a href="https://www.lanzhou-auto-assoc.example.org/" target="_blank" title="岚东省汽车零部件行业协会">岚东省汽车零部件行业协会</a> <a href="https://www.qipei-mall.example.net/" target="_blank" title="汽配商城">汽配商城</a> <a href="https://www.motor-net.example.com/" target="_blank" title="电机网">电机网</a></div>
<p>{SITE} 版权所有 2008-2026</p>
<p>地址：岚东省鹭汀市高新技术产业园恒钧路 16 号　电话：0591-8736 2215　传真：0591-8736 2216　邮箱：sales@hengjun-motor.example.com</p>
<p><a href="https://beian.miit.gov.cn" target="_blank" title="工信部">岚ICP备17004512号-2</a>　<img src="{r('/upload/202301/gongan.png')}" alt="公安备案">岚公网安备 35010202000871号</p>
<div class="powered_by_metinfo">技术支持：<b><a href="https://www.metinfo.cn" target="_blank" title="企业网站管理系统">MetInfo 7.7</a></b></div>
</div>
</footer>
<div class="met-menu-list text-xs-center hidden-lg-up" m-id="noset" m-type="menu"><div class="main"><div><a href="{r('/')}" class="item"><i class="icon fa-home"></i><span>首页</span></a></div><div><a href="{r('/product/')}" class="item"><i class="icon fa-th-large"></i><span>产品</span></a></div><div><a href="tel:059187362215" class="item"><i class="icon fa-phone"></i><span>电话</span></a></div></div></div>
<input type="hidden" name="met_lazyloadbg" value="">
<script src="{r('/cache/lang_json_cn.js')}?{VER}"></script>
<script src="{r('/public/web/js/basic.js')}?{VER}" data-js_url="{r('/' + TPL + '/cache/common.js')}?{VER}" id="met-page-js"></script>
</body>
</html>
"""

    def main_wrap(depth: int, active_cid: int | None, inner: str) -> str:
        return (f'<section class="met-shownews animsition"><div class="container"><div class="row">\n'
                f'<div class="col-md-9 met-shownews-body" m-id="noset"><div class="row">\n{inner}\n</div></div>\n'
                + sidebar(depth, active_cid) + "</div></div></section>\n")

    col_items = [("/news/", "全部")] + [(_list(c.cid), c.name) for c in SORTS]

    # ------------------------------------------------------------------ news detail pages (static + dynamic alias)
    def detail(a: Art, depth: int) -> str:
        r = lambda p: _rel(p, depth)  # noqa: E731
        info = [f"<span>发布时间：{a.when:%Y-%m-%d %H:%M:%S}</span>", f'<span class="m-l-10">作者：{esc(a.extra["shown_author"])}</span>',
                f'<span class="m-l-10"><i class="icon wb-eye m-r-5" aria-hidden="true"></i>点击次数：<script type="text/javascript" src="{r("/hits/")}?lang=cn&type=news&vid={a.aid}&list=0"></script></span>']
        prev = (f'<li class="previous"><a href="{r(a.prev.url)}" title="{esc(a.prev.title)}">上一篇<span aria-hidden="true" class="hidden-xs-down">：{esc(a.prev.title)}</span></a></li>'
                if a.prev else '<li class="previous disable"><a href="javascript:;">上一篇<span aria-hidden="true" class="hidden-xs-down">：没有了</span></a></li>')
        nxt = (f'<li class="next"><a href="{r(a.next.url)}" title="{esc(a.next.title)}">下一篇<span aria-hidden="true" class="hidden-xs-down">：{esc(a.next.title)}</span></a></li>'
               if a.next else '<li class="next disable"><a href="javascript:;">下一篇<span aria-hidden="true" class="hidden-xs-down">：没有了</span></a></li>')
        inner = f"""<section class="details-title border-bottom1">
<h1 class="m-t-10 m-b-5">{esc(a.title)}</h1>
<div class="info font-weight-300">{"".join(info)}</div>
</section>
<section class="met-editor clearfix">
{_body(a.blocks, a.when, depth, a.extra["source_line"], a.extra["note"])}
</section>
<div class="tag-share clearfix"><div class="social-share" data-initialized="true"><span>分享到：</span><a href="javascript:;" class="social-share-icon icon-weibo"></a><a href="javascript:;" class="social-share-icon icon-wechat"></a><a href="javascript:;" class="social-share-icon icon-qq"></a></div></div>
<div class="met-page p-y-30 border-top1"><div class="container p-t-30"><ul class="pagination block blocks-2">{prev}{nxt}</ul></div></div>"""
        return (head(f"{a.title}-{a.ch.name}-{SITE}", depth, "news", kw=f"{a.ch.name},{SHORT}", column=a.ch.cid, page_class="met-shownews-page")
                + banner(depth, "新闻资讯", "NEWS") + column_nav(depth, col_items, _list(a.ch.cid))
                + crumbs(depth, [("网站首页", "/"), ("新闻资讯", "/news/"), (a.ch.name, _list(a.ch.cid))])
                + main_wrap(depth, a.ch.cid, inner) + foot(depth))

    for a in arts:
        site.add(a.url, detail(a, 1))
        aliases = []
        if a.aid in dyn_ids:
            site.add(_dyn(a.aid), detail(a, 1))
            aliases.append(_dyn(a.aid))
        paras = content.paragraphs(a.blocks)
        site.article_row(a, paras, published_date=iso_date(a.when), published_at=iso_at(a.when),
                         published_display=f"{a.when:%Y-%m-%d %H:%M:%S}", views_display=None, views_approx=False,
                         related=[], aliases=aliases)

    # ------------------------------------------------------------------ list pages
    def met_pager(cid: int, k: int, total: int) -> str:
        def href(j: int) -> str:
            return f"list_{cid}_{j}.html"
        prev = f"<a href='{href(k - 1)}' class='PreA'>上一页</a>" if k > 1 else "<span class='PreSpan'>上一页</span>"
        nxt = f"<a href='{href(k + 1)}' class='NextA'>下一页</a>" if k < total else "<span class='NextSpan'>下一页</span>"
        nums = "".join(f"<a href='{href(j)}' class='Ahover'>{j}</a>" if j == k else f"<a href='{href(j)}'>{j}</a>" for j in range(1, total + 1))
        more = (f'<div class="met-pager-ajax-link hidden-md-up" data-plugin="appear" data-animate="slide-bottom" data-repeat="false" data-url="{href(k + 1)}?ajax=1">'
                f'<button type="button" class="btn btn-primary btn-block btn-squared ladda-button" data-style="slide-left">加载更多</button></div>' if k < total else "")
        return (f"<div class='met_pager'>{prev}{nums}{nxt}<span class='PageText'>转至第</span>"
                f"<input type='text' id='metPageT' data-pageurl='list_{cid}_|.html|{total}' value='{k}' /><input type='button' id='metPageB' value='页' /></div>{more}")

    def list_pages(ch: Channel, entries: list[Art]) -> None:
        chunks = paginate(entries, PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = _list(ch.cid, k)
            rows = []
            for pos, x in enumerate(chunk, 1):
                thumb = _rel(f"/upload/{x.when:%Y%m}/{x.extra['thumb']}", 1) if x.extra["thumb"] else _rel("/public/images/metinfo.gif", 1)
                rows.append(f"""<li class="media media-lg border-bottom1">
<div class="media-left"><a href="{_rel(x.url, 1)}" title="{esc(x.title)}" target="_self"><img class="media-object" data-original="{thumb}" src="{_rel("/public/images/loading.gif", 1)}" alt="{esc(x.title)}" height="100"></a></div>
<div class="media-body"><h4><a href="{_rel(x.url, 1)}" title="{esc(x.title)}" target="_self">{esc(x.title)}</a></h4>
<p class="des font-weight-300">{esc(x.extra["desc"])}...</p>
<p class="info font-weight-300"><span>{x.when:%Y-%m-%d}</span><span class="margin-left-10">{esc(x.extra["shown_author"])}</span><span class="margin-left-10"><i class="icon wb-eye m-r-5 font-weight-300" aria-hidden="true"></i>{x.extra["hits"]}</span></p></div>
</li>""")
                site.listing(url, pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", x.extra["hits"])
            inner = (f'<div class="met-news-list met-news" m-id="noset"><ul class="ulstyle met-pager-ajax imagesize" data-scale="400x300">\n'
                     + "\n".join(rows) + f"\n</ul>\n{met_pager(ch.cid, k, len(chunks))}</div>")
            title = f"{ch.name}-{SITE}" if k == 1 else f"{ch.name}-第{k}页-{SITE}"
            crumb = [("网站首页", "/"), ("新闻资讯", "/news/")] + ([] if ch is PARENT else [(ch.name, _list(ch.cid))])
            html = (head(title, 1, "news", kw=ch.name, column=ch.cid, page_class="met-news-page") + banner(1, "新闻资讯", "NEWS")
                    + column_nav(1, col_items, _list(ch.cid)) + crumbs(1, crumb)
                    + f'<section class="met-news animsition"><div class="container"><div class="row">\n<div class="col-md-9 met-news-body"><div class="row">\n{inner}\n</div></div>\n'
                    + sidebar(1, None if ch is PARENT else ch.cid) + "</div></div></section>\n" + foot(1))
            site.add(url, html)
            aliases = []
            if ch is PARENT and k == 1:  # the pager links page 1 as list_2_1.html
                site.add(f"/news/list_{ch.cid}_1.html", html)
                aliases.append(f"/news/list_{ch.cid}_1.html")
            site.list_pages.append({"url": url, "aliases": aliases})

    list_pages(PARENT, latest)
    for ch in SORTS:
        list_pages(ch, [x for x in latest if x.ch is ch])

    # ------------------------------------------------------------------ products (not articles): own id sequence
    for cid, cname, _ in [(0, "产品中心", "")] + PRODUCT_CLASSES:
        items = products if cid == 0 else [p for p in products if p["cid"] == cid]
        url = "/product/" if cid == 0 else f"/product/list_{cid}_1.html"
        cards = "\n".join(f'<li class="shown"><div class="card card-shadow"><figure class="card-header cover"><a href="{_rel("/product/" + str(p["id"]) + ".html", 1)}" title="{esc(p["title"])}" target="_self">'
                          f'<img class="cover-image" data-original="{_rel("/upload/product/" + str(p["id"]) + ".jpg", 1)}" src="{_rel("/public/images/loading.gif", 1)}" alt="{esc(p["title"])}"></a></figure>'
                          f'<h4 class="card-title m-0 p-x-10 font-size-16 text-xs-center"><a href="{_rel("/product/" + str(p["id"]) + ".html", 1)}" title="{esc(p["title"])}" class="block text-truncate" target="_self">{esc(p["title"])}</a>'
                          f'<p class="m-b-0 m-t-5 red-600">适用：{esc("、".join(p["fit"][:2]))}</p></h4></div></li>' for p in items)
        pcol = [("/product/", "全部")] + [(f"/product/list_{c}_1.html", t) for c, t, _ in PRODUCT_CLASSES]
        site.add(url, head(f"{cname}-{SITE}", 1, "product", column=cid) + banner(1, "产品中心", "PRODUCTS") + column_nav(1, pcol, url)
                 + crumbs(1, [("网站首页", "/"), ("产品中心", "/product/")] + ([] if cid == 0 else [(cname, url)]))
                 + f'<div class="met-product animsition"><div class="container"><div class="row"><ul class="blocks-100 blocks-xs-2 blocks-md-3 blocks-lg-4 met-pager-ajax imagesize met-product-list">\n{cards}\n</ul></div></div></div>\n'
                 + foot(1))
        site.non_articles.append({"url": url, "reason": "product list"})
    for p in products:
        rr = random.Random(f"{seed}:{NAME}:prod:{p['id']}")
        when = dt.datetime(2024, rr.randint(1, 12), rr.randint(1, 28), rr.randint(8, 18), rr.randint(0, 59), rr.randint(0, 59), tzinfo=TZ8)
        params = [["型号", p["code"]], ["额定电压", p["volt"]], ["额定功率", p["power"]], ["适用车型", "、".join(p["fit"])],
                  ["防护等级", rr.choice(["IP54", "IP55", "IP67"])], ["质保", f"{rr.choice([1, 2])}年或{rr.choice([5, 8, 10])}万公里"]]
        table = "".join(f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in params)
        inner = f"""<section class="details-title border-bottom1"><h1 class="m-t-10 m-b-5">{esc(p["title"])}</h1>
<div class="info font-weight-300"><span>更新时间：{when:%Y-%m-%d %H:%M:%S}</span><span class="m-l-10">点击次数：<script type="text/javascript" src="{_rel("/hits/", 1)}?lang=cn&type=product&vid={p["id"]}&list=0"></script></span></div></section>
<div class="met-showproduct-head"><img data-original="{_rel("/upload/product/" + str(p["id"]) + ".jpg", 1)}" src="{_rel("/public/images/loading.gif", 1)}" alt="{esc(p["title"])}">
<ul class="product-para"><li>产品型号：{p["code"]}</li><li>产品分类：{p["cname"]}</li><li>额定电压：{p["volt"]}</li></ul>
<a href="{_rel("/message/", 1)}" class="btn btn-danger">在线询价</a> <a href="tel:059187362215" class="btn btn-default">电话咨询</a></div>
<section class="met-editor clearfix"><p>{esc(p["title"])}采用全铜线圈和高性能永磁体，启动可靠、寿命长，适配{esc("、".join(p["fit"]))}等车型。</p>
<p>每台产品出厂前均经过{rr.randint(8, 15)}项电性能检测，支持来样定制和OEM贴牌。</p>
<table class="table table-bordered"><tbody>{table}</tbody></table></section>"""
        site.add(f"/product/{p['id']}.html", head(f"{p['title']}-{p['cname']}-{SITE}", 1, "product", column=p["cid"])
                 + banner(1, "产品中心", "PRODUCTS") + crumbs(1, [("网站首页", "/"), ("产品中心", "/product/"), (p["cname"], f"/product/list_{p['cid']}_1.html")])
                 + main_wrap(1, None, inner) + foot(1))
        site.non_articles.append({"url": f"/product/{p['id']}.html", "reason": "product detail page (own id sequence)"})

    # ------------------------------------------------------------------ jobs (article-like, not articles)
    jobs = [("电机设计工程师", "研发中心", 2), ("质量工程师（SQE）", "质量部", 1), ("外贸业务员", "国际贸易部", 3)]
    job_rows = []
    for j, (jt, dept, num) in enumerate(jobs, 1):
        jurl = f"/job/{j + 2}.html"
        jwhen = dt.datetime(2026, 4, 2 + j * 5, 9, 10 + j, 0, tzinfo=TZ8)
        job_rows.append(f'<tr><td><a href="{_rel(jurl, 1)}">{jt}</a></td><td>{dept}</td><td>{num}</td><td>{jwhen:%Y-%m-%d}</td></tr>')
        inner = f"""<section class="details-title border-bottom1"><h1 class="m-t-10 m-b-5">{jt}</h1>
<div class="info font-weight-300"><span>发布日期：{jwhen:%Y-%m-%d}</span><span class="m-l-10">工作地点：鹭汀</span><span class="m-l-10">招聘人数：{num}</span><span class="m-l-10">有效期：60天</span></div></section>
<section class="met-editor clearfix"><p><strong>岗位职责：</strong></p><p>1. 负责{dept}相关产品的开发与技术支持；</p><p>2. 完成上级交办的其他工作。</p>
<p><strong>任职要求：</strong></p><p>1. 本科及以上学历，相关专业，三年以上工作经验；</p><p>2. 熟悉汽车行业质量体系者优先。</p></section>
<div class="met-job-cvbtn"><a href="{_rel("/job/cv.php", 1)}?lang=cn&selected={j + 2}" class="btn btn-primary">在线应聘</a></div>"""
        site.add(jurl, head(f"{jt}-人才招聘-{SITE}", 1, "job") + banner(1, "人才招聘", "JOBS")
                 + crumbs(1, [("网站首页", "/"), ("人才招聘", "/job/")]) + main_wrap(1, None, inner) + foot(1))
        site.non_articles.append({"url": jurl, "reason": "job posting"})
    site.add("/job/", head(f"人才招聘-{SITE}", 1, "job") + banner(1, "人才招聘", "JOBS") + crumbs(1, [("网站首页", "/"), ("人才招聘", "/job/")])
             + '<div class="met-job animsition"><div class="container"><table class="table"><thead><tr><th>职位名称</th><th>部门</th><th>人数</th><th>发布日期</th></tr></thead><tbody>'
             + "".join(job_rows) + "</tbody></table></div></div>\n" + foot(1))
    site.non_articles.append({"url": "/job/", "reason": "job list"})

    # ------------------------------------------------------------------ home, single pages, 404, robots
    dead = _dyn(dead_id)
    home_items = [f'<li><a href="{_rel(_dyn(x.aid), 0)}" title="{esc(x.title)}" target="_self"><span class="date">{x.when:%m-%d}</span>{esc(x.title)}</a></li>' for x in dyn_linked]
    home_items.insert(3, f'<li><a href="{_rel(dead, 0)}" title="恒钧电器召开2026年一季度安全生产例会" target="_self"><span class="date">04-21</span>恒钧电器召开2026年一季度安全生产例会</a></li>')
    tech = "\n".join(f'<li><a href="{_rel(x.url, 0)}" title="{esc(x.title)}">{esc(x.title)}</a></li>' for x in [y for y in latest if y.ch.key == "jishu"][:4])
    pros = "\n".join(f'<li><a href="{_rel("/product/" + str(p["id"]) + ".html", 0)}" title="{esc(p["title"])}"><img data-original="{_rel("/upload/product/" + str(p["id"]) + ".jpg", 0)}" src="{_rel("/public/images/loading.gif", 0)}" alt="{esc(p["title"])}"><p>{esc(p["title"])}</p></a></li>'
                     for p in products[::2])
    home = head(f"{SITE}-汽车起动机_发电机_雨刮电机生产厂家", 0, "home", page_class="met-index-page") + f"""<div class="met-banner carousel slide" id="exampleCarouselDefault" data-ride="carousel" m-id="banner" m-type="banner"><div class="carousel-inner">
<div class="carousel-item active"><img class="w-full" src="{_rel("/upload/202301/banner1.jpg", 0)}" alt="{SITE}"></div><div class="carousel-item"><img class="w-full" src="{_rel("/upload/202301/banner2.jpg", 0)}" alt="{SITE}"></div></div></div>
<section class="product_list_index" m-id="index_product"><div class="container"><h2 class="m-t-0 font-weight-300">产品中心</h2><p class="desc">专注汽车电机电器十五年</p><ul class="blocks-2 blocks-md-3 blocks-lg-6 index-product-list">
{pros}
</ul></div></section>
<section class="about_list_index" m-id="index_about"><div class="container"><h2>关于恒钧</h2><p>{SITE}成立于2008年，坐落于岚东省鹭汀市高新技术产业园，是一家专业研发、生产汽车起动机、交流发电机及各类车用微电机的国家高新技术企业。公司现有员工460余人，年产各类电机300万台，产品配套国内十余家主机厂并出口至30多个国家和地区。</p><a href="{_rel("/about/", 0)}" class="btn btn-outline">查看更多</a></div></section>
<section class="news_list_index" m-id="index_news"><div class="container"><div class="row">
<div class="col-md-8"><h2>公司动态 <a href="{_rel("/news/", 0)}" class="more">MORE</a></h2><ul class="news-list-index">
{chr(10).join(home_items)}
</ul></div>
<div class="col-md-4"><h2>技术文章 <a href="{_rel(_list(7), 0)}" class="more">MORE</a></h2><ul class="tech-list-index">
{tech}
</ul></div>
</div></div></section>
""" + foot(0)
    site.add("/", home)
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (deleted news item still linked, by its dynamic URL, from the home page)"})
    singles = [
        ("/about/", "公司简介", "about", f"<p>{SITE}成立于2008年，是一家集研发、生产、销售于一体的汽车电机电器专业制造商。</p>"
         "<p>公司拥有冲压、绕线、总装、喷涂等完整生产线及省级企业技术中心，通过IATF 16949、ISO 14001和ISO 45001体系认证。</p>"
         "<p>公司坚持“品质为本、客户至上”的经营理念，竭诚为国内外客户提供优质的产品和服务。</p>"),
        ("/about/honor.html", "荣誉资质", "about", '<ul class="honor">' + "".join(f"<li><img src=\"{_rel(f'/upload/honor/{j}.jpg', 1)}\" alt=\"{t}\"><p>{t}</p></li>"
                                                                           for j, t in enumerate(["高新技术企业证书", "IATF 16949证书", "省级企业技术中心", "专精特新中小企业"], 1)) + "</ul>"),
        ("/about/contact.html", "联系我们", "contact", "<p>公司名称：鹭汀恒钧汽车电器有限公司</p><p>销售热线：0591-8736 2215</p><p>传真：0591-8736 2216</p>"
         "<p>邮箱：sales@hengjun-motor.example.com</p><p>地址：岚东省鹭汀市高新技术产业园恒钧路 16 号</p>"),
        ("/message/", "在线留言", "message", f'<form method="POST" class="met-form" action="{_rel("/message/index.php", 1)}?action=add&lang=cn"><input name="para137" placeholder="姓名"><input name="para186" placeholder="电话"><textarea name="para138" placeholder="留言内容"></textarea><input name="code" placeholder="验证码"><button type="submit" class="btn btn-primary">提交留言</button></form>'),
    ]
    for url, t, key, body in singles:
        site.add(url, head(f"{t}-{SITE}", 1, key) + banner(1, t, "") + crumbs(1, [("网站首页", "/"), (t, url)])
                 + f'<section class="met-show animsition"><div class="container"><div class="row"><div class="met-editor clearfix">\n{body}\n</div></div></div></section>\n' + foot(1))
        site.non_articles.append({"url": url, "reason": f"{t} (single page)"})
    site.add("/404.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>404-页面不存在</title></head>
<body><div style="text-align:center;margin-top:120px;font-family:'Microsoft YaHei'"><h1>404</h1><p>抱歉，您访问的页面不存在！</p><p><a href="/">返回首页</a></p></div></body></html>
""")
    site.raw["/robots.txt"] = ("User-agent: *\nDisallow: /admin/\nDisallow: /app/\nDisallow: /cache/\nDisallow: /config/\n"
                               "Disallow: /public/\nDisallow: /search/\nDisallow: /hits/\nDisallow: /job/cv.php\nDisallow: /member/\nDisallow: /upload/file/\n\n"
                               f"Sitemap: {BASE}/sitemap.xml\n").encode()
    urls = ["/", "/about/", "/product/", "/news/"] + [a.url for a in latest] + [f"/product/{p['id']}.html" for p in products]
    site.raw["/sitemap.xml"] = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                                + "".join(f"<url><loc>{BASE}{u}</loc></url>\n" for u in urls) + "</urlset>\n").encode()
    return site

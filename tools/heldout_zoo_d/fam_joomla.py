"""Joomla! 3.10 regional news portal: SEF .html URLs plus non-SEF index.php duplicates, blog layout with ?start=N."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import (Art, Channel, Site, TZ8, chain, esc, iso_date, kinds, paginate, pick_related, rand_dates, unique_titles,
                   utc)

NAME = "joomla"
SITE = "瓯越汽配资讯网"
BASE = "https://www.ouyueqp.example.cn"
PER_PAGE = 10  # 1 leading + 6 intro (2 columns) + 3 links
N_LEADING, N_INTRO = 1, 6
# (key, name, catid, Itemid)
CATS = [("qiye-dongtai", "企业动态", 8, 101), ("shichang-hangqing", "市场行情", 9, 102), ("zhengce-jiedu", "政策解读", 10, 103)]
CHANNELS = [Channel(k, n, c) for k, n, c, _ in CATS]
ITEMID = {c: i for _, _, c, i in CATS}
COUNTS = [18, 12, 8]  # 10+8, 10+2, 8
DESC = {"qiye-dongtai": "报道温州、台州及周边地区汽配企业的投资、投产、合作与经营动态。",
        "shichang-hangqing": "汇集汽配城、电商平台和出口市场的价格与供需行情。",
        "zhengce-jiedu": "解读与汽车零部件产业相关的国家和地方政策。"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def _jdate(d: dt.date) -> str:  # DATE_FORMAT_LC3 "d F Y" with the English language strings
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def _head(title: str, canonical: str | None = None, extra: str = "") -> str:
    canon = f'<link href="{BASE}{canonical}" rel="canonical" />\n' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="zh-cn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<meta name="keywords" content="汽配,汽车配件,温州汽配,瓯越" />
<meta name="rights" content="{SITE}" />
{extra}<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
{canon}<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/protostar/css/template.css?4a8d5b3f1e" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?4a8d5b3f1e"></script>
<script src="/media/system/js/caption.js?4a8d5b3f1e"></script>
<script src="/media/jui/js/bootstrap.min.js?4a8d5b3f1e"></script>
<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});jQuery(function($){{ initTooltips(); }});</script>
</head>
<body class="site com_content view-article no-layout no-task">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix">
<a class="brand pull-left" href="/"><h1 class="site-title" title="{SITE}">{SITE}</h1><div class="site-description">温州 · 台州汽配产业资讯</div></a>
<div class="header-search pull-right"><div class="search"><form action="/qiye-dongtai.html" method="post" class="form-inline" role="search"><input name="searchword" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="搜索..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="101" /></form></div></div>
</div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">切换导航</span></a></div>
<div class="nav-collapse"><ul class="nav menu nav-pills mod-list">
<li class="item-100 default"><a href="/">首页</a></li>
{''.join(f'<li class="item-{i}"><a href="/{k}.html">{n}</a></li>' for k, n, _, i in CATS)}
<li class="item-110"><a href="/guanyu-women.html">关于我们</a></li>
</ul></div></nav>
"""


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    lis = ['<li>您的位置：&#160;</li>']
    for pos, (t, u) in enumerate(items, 1):
        if u:
            lis.append(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{u}" class="pathway"><span itemprop="name">{esc(t)}</span></a>'
                       f'<span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span><meta itemprop="position" content="{pos}"></li>')
        else:
            lis.append(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">{esc(t)}</span><meta itemprop="position" content="{pos}"></li>')
    return ('<div class="moduletable"><div aria-label="Breadcrumbs" role="navigation"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">'
            + "".join(lis) + "</ul></div></div>\n")


def _foot() -> str:
    return f"""<footer class="footer" role="contentinfo"><hr />
<ul class="nav menu mod-list"><li><a href="/guanyu-women.html">关于我们</a></li><li><a href="/lianxi-women.html">联系我们</a></li></ul>
<p class="pull-right"><a href="#top" id="back-top">Back to Top</a></p>
<p>&copy; 2026 {SITE}　浙ICP备15067890号-2</p>
</footer>
</div></div>
</body>
</html>
"""


def _body(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<h3>{esc(b[1])}</h3>")
        elif b[0] == "img":
            cap = f' class="caption" title="{esc(b[2])}"' if b[2] else ""
            out.append(f'<p style="text-align: center;"><img src="/images/news/{b[1][-10:]}" alt=""{cap} width="600" /></p>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f'<table class="table table-bordered" style="width: 100%;"><tbody>{rows}</tbody></table>')
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def _info(a: Art, full: bool) -> str:
    who = a.author or "Super User"
    parts = ['<dl class="article-info muted">', '<dt class="article-info-term">Details</dt>',
             f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by <span itemprop="name">{who}</span></dd>']
    if full:
        parts.append(f'<dd class="category-name">Category: <a href="/{a.ch.key}.html" itemprop="genre">{a.ch.name}</a></dd>')
    parts.append(f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{a.when.isoformat()}" itemprop="datePublished">Published: {_jdate(a.when)}</time></dd>')
    if full and a.extra.get("modified"):
        m = a.extra["modified"]
        parts.append(f'<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{m.isoformat()}" itemprop="dateModified">Last Updated: {_jdate(m)}</time></dd>')
    parts.append(f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />Hits: {a.views}</dd>')
    parts.append("</dl>")
    return "\n".join(parts)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2025, 4, 1, tzinfo=TZ8), dt.datetime(2026, 5, 17, 21, tzinfo=TZ8), seconds=True)
    chans = [c for c, k in zip(CHANNELS, COUNTS) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        return content.news_title(ctx), (ctx, ar)

    arts: list[Art] = []
    aid = 40 + rnd.randint(0, 30)
    splits = 0
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        aid += rnd.randint(1, 4)
        a = Art(i, aid, chans[i], title, content.news_blocks(ctx, ks[i], "/images/"), whens[i])
        # Chinese titles transliterate to nothing, so Joomla made the alias from the creation time (UTC)
        a.extra["slug"] = utc(a.when).strftime("%Y-%m-%d-%H-%M-%S")
        a.url = f"/{a.ch.key}/{aid}-{a.extra['slug']}.html"
        r = ar.random()
        a.author = None if r < 0.12 else content.person(ar)  # None: "Written by Super User"
        r = ar.random()
        if r < 0.45:
            a.source, a.editor = ar.choice(content.SOURCES), content.person(ar)
        elif r < 0.7:
            a.source = ar.choice(content.SOURCES + [SITE])
        a.views = ar.randint(12, 4800)
        if ar.random() < 0.25:
            a.extra["modified"] = a.when + dt.timedelta(days=ar.randint(1, 20), hours=ar.randint(0, 5))
        if ks[i] == "long" and splits < 3:  # {pagebreak}: two pages plus ?showall=1
            splits += 1
            cuts = [k for k, b in enumerate(a.blocks) if b[0] in ("p", "h") and k > 2]
            cut = cuts[len(cuts) // 2]
            a.page_blocks = [a.blocks[:cut], a.blocks[cut:]]
        else:
            a.page_blocks = [a.blocks]
        a.page_urls = [a.url] + [f"{a.url}?start={p}" for p in range(1, len(a.page_blocks))]
        a.extra["intro"] = content.paragraphs(a.blocks)[0]
        arts.append(a)
    chain(arts, lambda x: x.ch.key)
    pick_related(arts, seed, NAME, 3, 5)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    popular = sorted(arts, key=lambda x: (-x.views, x.aid))[:6]
    for x in popular:  # the popular module of the old template builds non-SEF links
        x.extra["nonsef"] = f"/index.php?option=com_content&view=article&id={x.aid}:{x.extra['slug']}&catid={x.ch.cid}&Itemid={ITEMID[x.ch.cid]}"

    def modules(a: Art | None) -> str:
        out = ['<div id="aside" class="span3"><div class="well ">']
        if a is not None and a.related:
            lis = "\n".join(f'<li><a href="{r.url}">{r.when:%Y-%m-%d} - {esc(r.title)}</a></li>' for r in a.related)
            out.append(f'<h3 class="page-header">相关文章</h3>\n<ul class="relateditems mod-list">\n{lis}\n</ul>')
        out.append("</div><div class=\"well \">")
        lis = "\n".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{x.url}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a></li>' for x in latest[:6])
        out.append(f'<h3 class="page-header">最新资讯</h3>\n<ul class="latestnews mod-list">\n{lis}\n</ul>')
        out.append("</div><div class=\"well \">")
        lis = "\n".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(x.extra["nonsef"])}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a></li>' for x in popular)
        out.append(f'<h3 class="page-header">热门文章</h3>\n<ul class="mostread mod-list">\n{lis}\n</ul>')
        out.append('</div><div class="well "><div class="custom"><p><a href="/guanyu-women.html"><img src="/images/banners/ad-300x250.jpg" alt="广告位招租" /></a></p></div></div></div>')
        return "\n".join(out)

    def frame(title: str, canonical: str | None, crumb: str, main: str, aside: str, extra: str = "") -> str:
        return (_head(title, canonical, extra) + '<div class="row-fluid">\n<main id="content" role="main" class="span9">\n'
                + f'<div id="system-message-container"></div>\n{crumb}{main}\n</main>\n{aside}\n</div>\n' + _foot())

    for a in arts:
        total = len(a.page_blocks)
        print_url = f"{a.url}?tmpl=component&print=1&layout=default"
        credit = ""
        if a.source:
            credit = f"来源：{a.source}" + (f"　责任编辑：{a.editor}" if a.editor else "")
        pn = '<ul class="pager pagenav">'
        if a.prev:
            pn += (f'<li class="previous"><a class="hasTooltip" title="{esc(a.prev.title)}" aria-label="上一篇文章：{esc(a.prev.title)}" href="{a.prev.url}" rel="prev">'
                   '<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Prev</span></a></li>')
        if a.next:
            pn += (f'<li class="next"><a class="hasTooltip" title="{esc(a.next.title)}" aria-label="下一篇文章：{esc(a.next.title)}" href="{a.next.url}" rel="next">'
                   '<span aria-hidden="true">Next</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>')
        pn += "</ul>"
        icons = (f'<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" data-toggle="dropdown"><span class="icon-cog" aria-hidden="true"></span><span class="caret"></span></button>'
                 f'<ul class="dropdown-menu"><li class="print-icon"><a href="{esc(print_url)}" title="打印文章 &lt; {esc(a.title)} &gt;" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no\'); return false;" rel="nofollow">'
                 '<span class="icon-print" aria-hidden="true"></span> 打印</a></li></ul></div></div>')

        def article_html(blocks: list, page: int | None, showall: bool = False) -> str:
            idx = ""
            counter = ""
            pager = ""
            if total > 1:
                lis = [f'<li class="{"active" if page == 1 else ""}"><a href="{a.url}" class="toclink{" active" if page == 1 else ""}">{esc(a.title)}</a></li>']
                for p in range(2, total + 1):
                    lis.append(f'<li class="{"active" if page == p else ""}"><a href="{a.url}?start={p - 1}" class="toclink{" active" if page == p else ""}">第 {p} 页</a></li>')
                lis.append(f'<li class="{"active" if showall else ""}"><a href="{a.url}?showall=1" class="toclink{" active" if showall else ""}">全部页面</a></li>')
                idx = '<div class="pull-right article-index">\n<h3>文章索引</h3>\n<ul class="nav nav-tabs nav-stacked">\n' + "\n".join(lis) + "\n</ul>\n</div>\n"
                if page:
                    counter = f'<div class="pagenavcounter">第 {page} 页，共 {total} 页</div>\n'
                    prev = f'<li class="previous"><a href="{a.url if page == 2 else f"{a.url}?start={page - 2}"}">« 上一页</a></li>' if page > 1 else '<li class="previous disabled"><a>« 上一页</a></li>'
                    nxt = f'<li class="next"><a href="{a.url}?start={page}">下一页 »</a></li>' if page < total else '<li class="next disabled"><a>下一页 »</a></li>'
                    pager = f'<div class="pager"><ul>{prev}{nxt}</ul></div>\n'
            last = showall or page == total
            tail = f'\n<p style="text-align: right;">{credit}</p>' if credit and last else ""
            return (f'<div class="item-page" itemscope itemtype="https://schema.org/Article">\n<meta itemprop="inLanguage" content="zh-CN" />\n'
                    f'<div class="page-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>\n{icons}\n{_info(a, True)}\n'
                    f'<div itemprop="articleBody">\n{idx}{counter}{_body(blocks)}{tail}\n{pager}</div>\n{pn}\n</div>')

        crumb = _crumbs([("首页", "/"), (a.ch.name, f"/{a.ch.key}.html"), (a.title, None)])
        extra = f'<meta name="author" content="{a.author or "Super User"}" />\n<meta name="description" content="{esc(a.extra["intro"][:70])}" />\n'
        for p in range(1, total + 1):
            page_title = a.title if p == 1 else f"{a.title} - 第 {p} 页"
            site.add(a.page_urls[p - 1], frame(page_title, a.url, crumb, article_html(a.page_blocks[p - 1], p), modules(a), extra))
        aliases = list(a.page_urls[1:])
        if total > 1:
            site.add(f"{a.url}?showall=1", frame(a.title, a.url, crumb, article_html(a.blocks, None, True), modules(a), extra))
            aliases.append(f"{a.url}?showall=1")
        if a.extra.get("nonsef"):
            site.add(a.extra["nonsef"], frame(a.title, a.url, crumb, article_html(a.page_blocks[0], 1), modules(a), extra))
            aliases.append(a.extra["nonsef"])
        tail = f'\n<p style="text-align: right;">{credit}</p>' if credit else ""
        site.add(print_url, f"""<!DOCTYPE html>
<html lang="zh-cn" dir="ltr"><head><meta charset="utf-8" /><meta name="robots" content="noindex, nofollow" /><title>{esc(a.title)}</title>
<link href="/templates/protostar/css/template.css" rel="stylesheet" /></head>
<body class="contentpane modal">
<div class="item-page"><div class="page-header"><h2>{esc(a.title)}</h2></div>
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print" aria-hidden="true"></span> 打印</a></div>
{_info(a, True)}
{_body(a.blocks)}{tail}
</div></body></html>
""")
        aliases.append(print_url)
        site.print_views.append(print_url)
        related = [{"title": r.title, "url": r.url, "date": iso_date(r.when), "views": None} for r in a.related]
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=_jdate(a.when), views_display=str(a.views), views_approx=False, related=related,
                         aliases=aliases)

    def item(x: Art, cls: str) -> str:
        short = x.title if len(x.title) <= 14 else x.title[:14] + "..."
        return (f'<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">\n'
                f'<div class="page-header"><h2 itemprop="name"><a href="{x.url}" itemprop="url">{esc(x.title)}</a></h2></div>\n'
                f'{_info(x, False)}\n<p>{esc(x.extra["intro"])}</p>\n'
                f'<p class="readmore"><a class="btn" href="{x.url}" itemprop="url" aria-label="Read more:  {esc(x.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Read more: {esc(short)}</a></p>\n</div>')

    for (key, name, catid, itemid), ch in zip(CATS, CHANNELS):
        entries = [x for x in latest if x.ch is ch]
        chunks = paginate(entries, PER_PAGE)
        base = f"/{key}.html"
        for k, chunk in enumerate(chunks, 1):
            url = base if k == 1 else f"{base}?start={(k - 1) * PER_PAGE}"
            lead, intro, links = chunk[:N_LEADING], chunk[N_LEADING:N_LEADING + N_INTRO], chunk[N_LEADING + N_INTRO:]
            html = [f'<div class="blog" itemscope itemtype="https://schema.org/Blog">\n<div class="page-header"><h2><span class="subheading-category">{name}</span></h2></div>\n'
                    f'<div class="category-desc clearfix">{DESC[key]}</div>']
            if lead:
                html.append('<div class="items-leading clearfix">\n' + "\n".join(item(x, f"leading-{j}") for j, x in enumerate(lead)) + "\n</div>")
            for row in range(0, len(intro), 2):
                cells = "\n".join(f'<div class="span6">{item(x, f"item column-{j + 1}")}</div>' for j, x in enumerate(intro[row:row + 2]))
                html.append(f'<div class="items-row cols-2 row-{row // 2} row-fluid clearfix">\n{cells}\n</div>')
            if links:
                lis = "\n".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in links)
                html.append(f'<div class="items-more">\n<ol class="nav nav-tabs nav-stacked">\n{lis}\n</ol>\n</div>')
            for pos, x in enumerate(chunk, 1):
                if x in links:
                    site.listing(url, pos, x, None, None)
                else:
                    site.listing(url, pos, x, iso_date(x.when), _jdate(x.when), x.views)
            if len(chunks) > 1:
                def href(j: int) -> str:
                    return base if j == 1 else f"{base}?start={(j - 1) * PER_PAGE}"
                lis = [f'<li><a title="首页" href="{href(1)}" class="hasTooltip pagenav"><span class="icon-first" aria-hidden="true"></span></a></li>' if k > 1 else '<li class="disabled"><a><span class="icon-first" aria-hidden="true"></span></a></li>',
                       f'<li><a title="上一页" href="{href(k - 1)}" class="hasTooltip pagenav"><span class="icon-previous" aria-hidden="true"></span></a></li>' if k > 1 else '<li class="disabled"><a><span class="icon-previous" aria-hidden="true"></span></a></li>']
                for j in range(1, len(chunks) + 1):
                    lis.append(f'<li class="active hidden-phone"><a>{j}</a></li>' if j == k else f'<li class="hidden-phone"><a title="{j}" href="{href(j)}" class="hasTooltip pagenav">{j}</a></li>')
                lis.append(f'<li><a title="下一页" href="{href(k + 1)}" class="hasTooltip pagenav"><span class="icon-next" aria-hidden="true"></span></a></li>' if k < len(chunks) else '<li class="disabled"><a><span class="icon-next" aria-hidden="true"></span></a></li>')
                lis.append(f'<li><a title="末页" href="{href(len(chunks))}" class="hasTooltip pagenav"><span class="icon-last" aria-hidden="true"></span></a></li>' if k < len(chunks) else '<li class="disabled"><a><span class="icon-last" aria-hidden="true"></span></a></li>')
                html.append(f'<div class="pagination">\n<p class="counter pull-right"> 第 {k} 页，共 {len(chunks)} 页 </p>\n<ul class="pagination-list">{"".join(lis)}</ul>\n</div>')
            html.append("</div>")
            ptitle = name if k == 1 else f"{name} - 第 {k} 页"
            site.add(url, frame(ptitle, url, _crumbs([("首页", "/"), (name, None)]), "\n".join(html), modules(None)))
            site.list_pages.append({"url": url, "aliases": []})

    dead = "/index.php?option=com_content&view=article&id=9999&catid=8&Itemid=101"
    feat = "\n".join(item(x, "item") for x in latest[:5])
    home = (f'<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">\n<div class="items-leading clearfix">\n{feat}\n</div>\n'
            f'<div class="items-more"><h3>专题</h3><ol class="nav nav-tabs nav-stacked"><li><a href="{esc(dead)}">2026瓯越汽配博览会专题报道</a></li></ol></div>\n</div>')
    site.add("/", frame(f"首页 - {SITE}", "/", "", home, modules(None)))
    site.non_articles.append({"url": "/", "reason": "home page (featured blog)"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (dead link on the home page)"})
    for url, t, body in [("/guanyu-women.html", "关于我们", f"<p>{SITE}创办于2011年，立足温州、台州两大汽摩配产业基地，报道区域汽配产业动态。</p><p>本网所刊稿件，凡注明来源为其他媒体的，均为转载，版权归原作者所有。</p>"),
                         ("/lianxi-women.html", "联系我们", "<p>地址：温州市瓯海区汽摩配产业园 3 号楼　电话：0577-8899 6655</p><p>投稿邮箱：tougao@ouyueqp.example.cn</p>")]:
        main = f'<div class="item-page"><div class="page-header"><h2>{t}</h2></div>\n<div itemprop="articleBody">{body}</div></div>'
        site.add(url, frame(f"{t} - {SITE}", url, _crumbs([("首页", "/"), (t, None)]), main, modules(None)))
        site.non_articles.append({"url": url, "reason": f"{t} (single article menu item without info)"})
    site.add("/404.html", f"""<!DOCTYPE html>
<html lang="zh-cn" dir="ltr"><head><meta charset="utf-8" /><title>404 - 错误：404</title>
<link href="/templates/protostar/css/template.css" rel="stylesheet" /></head>
<body class="site error"><div class="body"><div class="container"><div class="header"><a href="/"><span class="site-title">{SITE}</span></a></div>
<div class="well"><h1 class="page-header">无法找到请求的页面。</h1>
<p><strong>您可能因为以下原因不能访问此页面：</strong></p><ol><li>书签/收藏夹已过期</li><li>搜索引擎的索引已过期</li><li>地址拼写错误</li><li>您没有访问此页面的权限</li><li>请求的资源没有找到。</li></ol>
<p><a href="/" class="btn"><span class="icon-home" aria-hidden="true"></span> 首页</a></p>
<blockquote><span class="label label-inverse">404</span> 找不到文章</blockquote></div></div></div></body></html>
""")
    site.raw["/robots.txt"] = ("# If the Joomla site is installed within a folder\n# eg www.example.com/joomla/ then the robots.txt file\n# MUST be moved to the site root\n"
                               "User-agent: *\nDisallow: /administrator/\nDisallow: /bin/\nDisallow: /cache/\nDisallow: /cli/\nDisallow: /components/\n"
                               "Disallow: /includes/\nDisallow: /installation/\nDisallow: /language/\nDisallow: /layouts/\nDisallow: /libraries/\n"
                               "Disallow: /logs/\nDisallow: /modules/\nDisallow: /plugins/\nDisallow: /tmp/\n").encode()
    return site

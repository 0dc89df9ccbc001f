"""Drupal 9 site of an industry association: path aliases, /node/N, views lists with ?page=N (0-based), term pages."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import (Art, Channel, Site, TZ8, chain, esc, iso_date, kinds, paginate, pick_related, rand_dates, unique_titles,
                   utc, zh_weekday)

NAME = "drupal"
SITE = "江南汽车零部件行业协会"
BASE = "https://www.jnapa.example.org.cn"
PER_PAGE = 10  # views pager and taxonomy term pages
CHANNELS = [Channel("hangye", "行业资讯", 3), Channel("xiehui", "协会动态", 4), Channel("tongzhi", "通知公告", 5)]
COUNTS = [16, 12, 8]  # 10+6, 10+2, 8 (table, one page)
VIEW_PATHS = {"hangye": "/zixun/hangye", "xiehui": "/zixun/xiehui", "tongzhi": "/tongzhi"}
TAGS = [(11, "制动系统"), (12, "新能源"), (13, "出口贸易"), (14, "标准化"), (15, "展会"), (16, "热管理")]
SLUG_WORDS = ["market", "project", "report", "cooperation", "export", "policy", "expo", "update"]
EXT = "text/html"


def _submitted_date(d: dt.datetime) -> str:  # Drupal "medium" format D, m/d/Y - H:i (zh-hans: 周四)
    return f"{zh_weekday(d)}, {d:%m/%d/%Y - %H:%M}"


def _utc_attr(d: dt.datetime) -> str:
    return utc(d).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _utc_z(d: dt.datetime) -> str:
    return utc(d).strftime("%Y-%m-%dT%H:%M:%SZ")


def _head(title: str, canonical: str | None = None, shortlink: str | None = None, extra: str = "") -> str:
    links = ""
    if canonical:
        links += f'<link rel="canonical" href="{BASE}{canonical}" />\n'
    if shortlink:
        links += f'<link rel="shortlink" href="{BASE}{shortlink}" />\n'
    return f"""<!DOCTYPE html>
<html lang="zh-hans" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{extra}{links}<link rel="icon" href="/themes/custom/jnapa/favicon.ico" type="image/vnd.microsoft.icon" />
<title>{esc(title)} | {SITE}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk3o9pd1Rb6eB4kJ0hTnqv2FJ6s.css" />
<script src="/core/assets/vendor/modernizr/modernizr.min.js?v=3.11.7"></script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">跳转到主要内容</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
<header id="header" class="header" role="banner" aria-label="站点页眉"><div class="section layout-container clearfix">
<div id="block-jnapa-branding" class="clearfix site-branding block block-system block-system-branding-block">
<a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo.png" alt="首页" /></a>
<div class="site-branding__text"><h1 class="site-branding__name"><a href="/" title="首页" rel="home">{SITE}</a></h1>
<div class="site-branding__slogan">服务会员 · 规范行业 · 促进发展</div></div>
</div>
<nav role="navigation" aria-labelledby="block-jnapa-main-menu-menu" id="block-jnapa-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-jnapa-main-menu-menu">主导航</h2>
<ul class="clearfix menu">
<li class="menu-item"><a href="/" data-drupal-link-system-path="&lt;front&gt;">首页</a></li>
<li class="menu-item"><a href="/zixun/hangye" data-drupal-link-system-path="zixun/hangye">行业资讯</a></li>
<li class="menu-item"><a href="/zixun/xiehui" data-drupal-link-system-path="zixun/xiehui">协会动态</a></li>
<li class="menu-item"><a href="/tongzhi" data-drupal-link-system-path="tongzhi">通知公告</a></li>
<li class="menu-item"><a href="/members" data-drupal-link-system-path="node/2">会员单位</a></li>
<li class="menu-item"><a href="/about" data-drupal-link-system-path="node/1">关于协会</a></li>
</ul></nav>
<div class="search-block-form block block-search" data-drupal-selector="search-block-form" role="search">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><input title="输入您想要搜索的关键词。" type="search" name="keys" value="" size="15" maxlength="128" class="form-search" /><input type="submit" value="搜索" class="button" /></form></div>
</div></header>
"""


FOOT = f"""<footer class="site-footer"><div class="layout-container">
<nav role="navigation" class="block block-menu navigation menu--footer"><ul class="clearfix menu">
<li class="menu-item"><a href="/about">关于协会</a></li><li class="menu-item"><a href="/contact">联系我们</a></li>
<li class="menu-item"><a href="/user/login" rel="nofollow">会员登录</a></li></ul></nav>
<div class="block block-block-content"><p>版权所有 &copy; 2012-2026 {SITE}　地址：宁波市鄞州区汽配产业园协会大楼 5 楼　<a href="https://beian.miit.gov.cn/" rel="nofollow">浙ICP备13045678号-1</a></p>
<p>Powered by <a href="https://www.drupal.org">Drupal</a></p></div>
</div></footer>
</div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentLanguage":"zh-hans"}},"statistics":{{"data":{{"nid":"0"}},"url":"\\/core\\/modules\\/statistics\\/statistics.php"}}}}</script>
<script src="/sites/default/files/js/js_Hq2nJvS2lRyLq1FBlDdb0FvZSSc.js"></script>
</body>
</html>
"""


def _crumb(items: list[tuple[str, str | None]]) -> str:
    lis = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' if u else f"<li>{esc(t)}</li>" for t, u in items)
    return (f'<div id="block-jnapa-breadcrumbs" class="block block-system block-system-breadcrumb-block">\n'
            f'<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">\n'
            f'<h2 id="system-breadcrumb" class="visually-hidden">面包屑</h2>\n<ol>{lis}</ol>\n</nav>\n</div>\n')


def _layout(crumb: str, main: str, side: str) -> str:
    return (f'<div id="main-wrapper" class="layout-main-wrapper layout-container clearfix"><div id="main" class="layout-main clearfix">\n'
            f'{crumb}<main id="content" class="column main-content" role="main"><section class="section">\n'
            f'<a id="main-content" tabindex="-1"></a>\n<div data-drupal-messages-fallback class="hidden"></div>\n{main}\n</section></main>\n'
            f'<div id="sidebar-second" class="column sidebar"><aside class="section" role="complementary">\n{side}</aside></div>\n'
            f'</div></div>\n')


def _page_title(title: str) -> str:
    return (f'<div id="block-jnapa-page-title" class="block block-core block-page-title-block">\n'
            f'<h1 class="page-title"><span property="schema:name" class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span></h1>\n</div>\n')


def _body(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<h3>{esc(b[1])}</h3>")
        elif b[0] == "img":
            img = (f'<img alt="" data-entity-type="file" data-entity-uuid="{b[1][-10:-4]}-5f1e-4c0b-9a57-2d1c" '
                   f'src="/sites/default/files/inline-images/{b[1][-10:]}" width="640" height="400" loading="lazy" />')
            out.append(f'<figure role="group" class="caption caption-img align-center">{img}<figcaption>{esc(b[2])}</figcaption></figure>'
                       if b[2] else f'<p class="text-align-center">{img}</p>')
        elif b[0] == "table":
            head = "".join(f'<th scope="col">{esc(c)}</th>' for c in b[1][0])
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1][1:])
            out.append(f'<table class="table"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>')
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def _pager(base: str, k: int, total: int) -> str:
    """Drupal full pager: 0-based ?page=N links, relative to the current path."""
    if total <= 1:
        return ""
    items = []
    if k > 1:
        items.append('<li class="pager__item pager__item--first"><a href="?page=0" title="转到第一页"><span class="visually-hidden">第一页</span><span aria-hidden="true">« 首页</span></a></li>')
        items.append(f'<li class="pager__item pager__item--previous"><a href="?page={k - 2}" title="转到上一页" rel="prev"><span class="visually-hidden">上一页</span><span aria-hidden="true">‹ 上一页</span></a></li>')
    for j in range(1, total + 1):
        cls = "pager__item is-active" if j == k else "pager__item"
        cur = ' title="当前页"' if j == k else f' title="转到第 {j} 页"'
        items.append(f'<li class="{cls}"><a href="?page={j - 1}"{cur}><span class="visually-hidden">{"当前页" if j == k else "页面"}</span>{j}</a></li>')
    if k < total:
        items.append(f'<li class="pager__item pager__item--next"><a href="?page={k}" title="转到下一页" rel="next"><span class="visually-hidden">下一页</span><span aria-hidden="true">下一页 ›</span></a></li>')
        items.append(f'<li class="pager__item pager__item--last"><a href="?page={total - 1}" title="转到最后一页"><span class="visually-hidden">末页</span><span aria-hidden="true">末页 »</span></a></li>')
    return (f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading">\n<h4 id="pagination-heading" class="visually-hidden">分页</h4>\n'
            f'<ul class="pager__items js-pager__items">\n' + "\n".join(items) + "\n</ul>\n</nav>")


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2025, 3, 1, tzinfo=TZ8), dt.datetime(2026, 5, 17, 22, tzinfo=TZ8))
    # two early-morning posts: their UTC date (RDFa, views <time>) is the day before
    whens[9] = whens[9].replace(hour=6, minute=48)
    whens[27] = whens[27].replace(hour=7, minute=5)
    whens.sort()
    chans = [c for c, k in zip(CHANNELS, COUNTS) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)
    staff = [content.person(random.Random(f"{seed}:{NAME}:staff:{i}")) for i in range(4)]

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        if chans[i].key == "tongzhi":
            return ctx.fill(ar.choice(content.NOTICE_TITLES)), (ctx, ar)
        return content.news_title(ctx), (ctx, ar)

    arts: list[Art] = []
    nid = 260 + rnd.randint(0, 40)
    aliases_seen: set[str] = set()
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        nid += rnd.randint(1, 6)
        ch = chans[i]
        notice = ch.key == "tongzhi"
        blocks = content.notice_blocks(ctx) if notice else content.news_blocks(ctx, ks[i], "/inline-images/")
        a = Art(i, nid, ch, title, blocks, whens[i])
        a.extra["notice"] = notice
        if notice:
            a.url = f"/node/{nid}"
            a.source = "协会秘书处"
            a.extra["attach"] = f"/sites/default/files/{a.when:%Y-%m}/notice-{nid}.pdf"
        else:
            stem = f"/news/{a.when.year}/{content.PRODUCT_SLUGS[ctx.fixed['pr']]}-{ar.choice(SLUG_WORDS)}"
            alias, k = stem, 0
            while alias in aliases_seen:  # pathauto's de-duplication: -0, -1, ...
                alias, k = f"{stem}-{k}", k + 1
            aliases_seen.add(alias)
            a.url = alias
            a.author = ar.choice(staff)
            a.source = ar.choice(content.SOURCES + [SITE]) if ar.random() < 0.75 else None
            a.editor = content.person(ar) if ar.random() < 0.4 else None
            a.extra["tags"] = sorted(ar.sample(TAGS, ar.randint(1, 3)))
            if ar.random() < 0.6:
                a.comments = ar.randint(0, 4)
                a.extra["comment_list"] = [(ar.choice(["游客", content.person(ar), content.person(ar)]), ar.choice(content.COMMENT_TEXTS),
                                            a.when + dt.timedelta(hours=ar.randint(2, 300), minutes=ar.randint(0, 59)))
                                           for _ in range(a.comments)]
        a.views = ar.randint(40, 2400)
        a.extra["uid"] = 10 + staff.index(a.author) if a.author else 1
        a.extra["summary"] = content.paragraphs(blocks)[0][:80] + "…"
        arts.append(a)
    chain(arts, lambda x: x.ch.key)
    pick_related(arts, seed, NAME, 3, 5)
    for a in arts:  # the related view filters on the same term: drop the cross-channel pick
        a.related = [r for r in a.related if r.ch is a.ch][:5]
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    node_dupes = [x for x in latest if not x.extra["notice"]][:5]  # linked as /node/N from the home page
    for x in node_dupes:
        x.extra["node_url"] = f"/node/{x.aid}"
    hot = sorted(arts, key=lambda x: (-x.views, x.aid))[:8]
    notices = [x for x in latest if x.extra["notice"]][:5]

    def side(a: Art | None) -> str:
        out = []
        if a is not None and a.related:
            rows = "\n".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{r.url}" hreflang="zh-hans">{esc(r.title)}</a></span></div>'
                             f'<div class="views-field views-field-created"><span class="field-content"><time datetime="{_utc_z(r.when)}" class="datetime">{r.when:%Y-%m-%d}</time></span></div></div>'
                             for r in a.related)
            out.append(f'<div class="views-element-container block block-views block-views-blockrelated-content-block-1" id="block-views-block-related-content-block-1">\n'
                       f'<h2>相关资讯</h2>\n<div><div class="view view-related-content view-id-related_content view-display-id-block_1">\n<div class="view-content">\n{rows}\n</div></div></div>\n</div>')
        hrows = "\n".join(f'<li><a href="{x.url}" hreflang="zh-hans">{esc(x.title)}</a> <span class="count">({x.views})</span></li>' for x in hot)
        out.append(f'<div class="views-element-container block block-views" id="block-views-block-popular-block-1"><h2>热门资讯</h2>\n'
                   f'<div class="item-list"><ol>\n{hrows}\n</ol></div></div>')
        nrows = "\n".join(f'<li><a href="{x.url}" hreflang="zh-hans">{esc(x.title)}</a></li>' for x in notices)
        out.append(f'<div class="views-element-container block block-views" id="block-views-block-notices-block-1"><h2>最新通知</h2>\n'
                   f'<div class="item-list"><ul>\n{nrows}\n</ul></div><div class="more-link"><a href="/tongzhi">更多</a></div></div>')
        return "\n".join(out) + "\n"

    for a in arts:
        d = a.when
        ch_crumb = _crumb([("首页", "/"), (a.ch.name, f"/taxonomy/term/{a.ch.cid}")])
        parts = [f'<article role="article" about="{a.url}" typeof="schema:Article" class="node node--type-{"notice" if a.extra["notice"] else "article"} node--view-mode-full">',
                 f'<span property="schema:name" content="{esc(a.title)}" class="rdf-meta hidden"></span>']
        if a.extra["notice"]:
            parts.append(f'<div class="node__content clearfix">\n<div class="field field--name-field-publish-date field--type-datetime field--label-inline clearfix">'
                         f'<div class="field__label">发布日期</div><div class="field__item"><time datetime="{d:%Y-%m-%d}T12:00:00Z" class="datetime">{d.year}年{d.month:02d}月{d.day:02d}日</time></div></div>')
        else:
            parts.append(f'<footer class="node__meta">\n<article typeof="schema:Person" about="/user/{a.extra["uid"]}" class="profile"></article>\n'
                         f'<div class="node__submitted">由 <span rel="schema:author" class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/{a.extra["uid"]}" typeof="schema:Person" property="schema:name" datatype="">{a.author}</span></span>'
                         f' 在 <span property="schema:dateCreated" content="{_utc_attr(d)}" class="field field--name-created field--type-created field--label-hidden">{_submitted_date(d)}</span> 提交\n'
                         f'<span property="schema:dateCreated" content="{_utc_attr(d)}" class="rdf-meta hidden"></span>\n</div>\n</footer>')
            parts.append('<div class="node__content clearfix">')
        if a.source:
            parts.append(f'<div class="field field--name-field-source field--type-string field--label-inline clearfix"><div class="field__label">来源</div><div class="field__item">{esc(a.source)}</div></div>')
        parts.append(f'<div property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{_body(a.blocks)}</div>')
        if a.extra["notice"]:
            parts.append(f'<div class="field field--name-field-attachment field--type-file field--label-above"><div class="field__label">附件</div><div class="field__item">'
                         f'<span class="file file--mime-application-pdf file--application-pdf"><a href="{a.extra["attach"]}" type="application/pdf">notice-{a.aid}.pdf</a></span> <span class="file-size">(186.4 KB)</span></div></div>')
        else:
            tags = "".join(f'<div class="field__item"><a href="/taxonomy/term/{t}" property="schema:about" hreflang="zh-hans">{name}</a></div>' for t, name in a.extra["tags"])
            parts.append(f'<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">标签</h3><ul class="links field__items">{tags}</ul></div>')
            if a.editor:
                parts.append(f'<div class="field field--name-field-editor field--type-string field--label-inline clearfix"><div class="field__label">责任编辑</div><div class="field__item">{a.editor}</div></div>')
        parts.append(f'<ul class="links inline"><li class="statistics-counter">{a.views} 次阅读</li></ul>')
        parts.append("</div>")
        if a.comments is not None:
            cl = []
            for k, (who, text, when) in enumerate(a.extra["comment_list"], 1):
                cl.append(f'<article role="article" data-comment-user-id="0" id="comment-{a.aid * 10 + k}" class="comment js-comment by-anonymous clearfix">'
                          f'<footer class="comment__meta"><p class="comment__author"><span lang="" typeof="schema:Person" property="schema:name">{esc(who)}</span></p>'
                          f'<p class="comment__time">{_submitted_date(when)}</p></footer>'
                          f'<div class="content"><div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{esc(text)}</p></div></div></article>')
            body = "\n".join(cl) if cl else '<p class="comments-empty">暂无评论。</p>'
            parts.append(f'<section class="comment-section">\n<h2 class="comment-section__title">评论（{a.comments}）</h2>\n{body}\n'
                         f'<h2 class="comment-form__title">发表评论</h2><p><a href="/comment/reply/node/{a.aid}/comment" rel="nofollow">登录或注册后发表评论</a></p>\n</section>')
        pn = '<div class="node-prev-next">'
        pn += f'<span class="prev">上一篇：<a href="{a.prev.url}">{esc(a.prev.title)}</a></span>' if a.prev else ""
        pn += f'<span class="next">下一篇：<a href="{a.next.url}">{esc(a.next.title)}</a></span>' if a.next else ""
        pn += "</div>"
        parts.append(pn)
        parts.append("</article>")
        main = _page_title(a.title) + f'<div id="block-jnapa-content" class="block block-system block-system-main-block">\n' + "\n".join(parts) + "\n</div>"
        desc = esc(a.extra["summary"])
        extra = (f'<meta name="description" content="{desc}" />\n<meta property="og:site_name" content="{SITE}" />\n'
                 f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(a.title)}" />\n')
        html = _head(a.title, a.url, f"/node/{a.aid}", extra) + _layout(ch_crumb, main, side(a)) + FOOT
        site.add(a.url, html)
        aliases = []
        if a.extra.get("node_url"):
            site.add(a.extra["node_url"], html)  # same node under its system path
            aliases.append(a.extra["node_url"])
        if a.extra["notice"]:
            site.raw[a.extra["attach"]] = b"%PDF-1.4\n% placeholder attachment of held-out zoo D\n%%EOF\n"
            disp, at = f"{d.year}年{d.month:02d}月{d.day:02d}日", None
        else:
            disp, at = _submitted_date(d), d.isoformat()
        related = [{"title": r.title, "url": r.url, "date": iso_date(r.when), "views": None} for r in a.related]
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(d), published_at=at, published_display=disp,
                         views_display=str(a.views), views_approx=False, related=related, aliases=aliases)

    def add_list(base: str, k: int, total: int, html: str) -> str:
        url = base if k == 1 else f"{base}?page={k - 1}"
        site.add(url, html)
        entry = {"url": url, "aliases": []}
        if k == 1 and total > 1:  # the pager links page 1 as ?page=0
            site.add(f"{base}?page=0", html)
            entry["aliases"].append(f"{base}?page=0")
        site.list_pages.append(entry)
        return url

    # views pages (teaser rows / a table for the notices)
    for ch in CHANNELS:
        base = VIEW_PATHS[ch.key]
        entries = [x for x in latest if x.ch is ch]
        per = 20 if ch.key == "tongzhi" else PER_PAGE
        chunks = paginate(entries, per)
        for k, chunk in enumerate(chunks, 1):
            url = base if k == 1 else f"{base}?page={k - 1}"
            if ch.key == "tongzhi":
                rows = "\n".join(f'<tr><td headers="view-title-table-column" class="views-field views-field-title"><a href="{x.url}" hreflang="zh-hans">{esc(x.title)}</a></td>'
                                 f'<td headers="view-created-table-column" class="views-field views-field-created">{x.when.year}年{x.when.month:02d}月{x.when.day:02d}日</td>'
                                 f'<td headers="view-totalcount-table-column" class="views-field views-field-totalcount">{x.views}</td></tr>' for x in chunk)
                content_html = (f'<table class="views-table views-view-table cols-3">\n<thead><tr><th id="view-title-table-column" class="views-field views-field-title" scope="col">标题</th>'
                                f'<th id="view-created-table-column" class="views-field views-field-created" scope="col">发布日期</th>'
                                f'<th id="view-totalcount-table-column" class="views-field views-field-totalcount" scope="col">浏览次数</th></tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>')
                for pos, x in enumerate(chunk, 1):
                    site.listing(url, pos, x, iso_date(x.when), f"{x.when.year}年{x.when.month:02d}月{x.when.day:02d}日", x.views)
            else:
                rows = "\n".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{x.url}" hreflang="zh-hans">{esc(x.title)}</a></span></div>'
                                 f'<div class="views-field views-field-created"><span class="field-content"><time datetime="{_utc_z(x.when)}" class="datetime">{x.when:%Y-%m-%d}</time></span></div>'
                                 f'<div class="views-field views-field-body"><div class="field-content">{esc(x.extra["summary"])}</div></div></div>' for x in chunk)
                content_html = f'<div class="view-content">\n{rows}\n</div>'
                for pos, x in enumerate(chunk, 1):
                    site.listing(url, pos, x, iso_date(x.when), x.when.strftime("%Y-%m-%d"))
            main = _page_title(ch.name) + (f'<div class="views-element-container block block-system block-system-main-block"><div class="view view-{ch.key} view-id-{ch.key} view-display-id-page_1">\n'
                                          f'{content_html}\n{_pager(base, k, len(chunks))}\n</div></div>')
            html = _head(ch.name, url) + _layout(_crumb([("首页", "/"), (ch.name, None)]), main, side(None)) + FOOT
            add_list(base, k, len(chunks), html)

    # taxonomy term pages (node teasers: submitted line, comment count, read count)
    def teaser(x: Art) -> str:
        sub = "" if x.extra["notice"] else f'<div class="node__submitted">由 <span class="field field--name-uid"><span>{x.author}</span></span> 在 <span class="field field--name-created">{_submitted_date(x.when)}</span> 提交</div>'
        links = [f'<li class="node-readmore"><a href="{x.url}" rel="tag" title="{esc(x.title)}" hreflang="zh-hans">阅读更多<span class="visually-hidden"> 关于 {esc(x.title)}</span></a></li>']
        if x.comments is not None:
            links.append(f'<li class="comment-count">{x.comments} 条评论</li>')
        links.append(f'<li class="statistics-counter">{x.views} 次阅读</li>')
        return (f'<article role="article" about="{x.url}" class="node node--type-{"notice" if x.extra["notice"] else "article"} node--view-mode-teaser">\n'
                f'<h2><a href="{x.url}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{esc(x.title)}</span></a></h2>\n'
                f'{sub}<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{esc(x.extra["summary"])}</p></div>\n'
                f'<ul class="links inline">{"".join(links)}</ul></div>\n</article>')

    terms = [(c.cid, c.name, [x for x in latest if x.ch is c]) for c in CHANNELS]
    terms += [(t, name, [x for x in latest if not x.extra["notice"] and (t, name) in x.extra["tags"]]) for t, name in TAGS]
    for tid, name, entries in terms:
        if not entries:
            continue
        base = f"/taxonomy/term/{tid}"
        chunks = paginate(entries, PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = base if k == 1 else f"{base}?page={k - 1}"
            for pos, x in enumerate(chunk, 1):
                if x.extra["notice"]:
                    site.listing(url, pos, x, None, None, x.views)
                else:
                    site.listing(url, pos, x, iso_date(x.when), _submitted_date(x.when), x.views)
            main = _page_title(name) + (f'<div class="views-element-container block block-system block-system-main-block"><div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page_1">\n'
                                       f'<div class="view-header"><div about="{base}" typeof="schema:Thing" class="taxonomy-term vocabulary-{"tags" if tid > 10 else "category"}"></div></div>\n'
                                       f'<div class="view-content">\n' + "\n".join(teaser(x) for x in chunk) + f'\n</div>\n{_pager(base, k, len(chunks))}\n</div></div>')
            feed = f'<link rel="alternate" type="application/rss+xml" title="{esc(name)}" href="{BASE}{base}/feed" />\n'
            html = _head(name, url, extra=feed) + _layout(_crumb([("首页", "/"), (name, None)]), main, side(None)) + FOOT
            add_list(base, k, len(chunks), html)

    # front page
    dead = "/news/2024/annual-expo-review"
    focus = "\n".join(f'<li><a href="{x.extra["node_url"]}">{esc(x.title)}</a></li>' for x in node_dupes)
    news = "\n".join(f'<li><span class="date">{x.when:%m-%d}</span><a href="{x.url}" hreflang="zh-hans">{esc(x.title)}</a></li>'
                     for x in [y for y in latest if y.ch.key == "hangye"][:8])
    acts = "\n".join(f'<li><span class="date">{x.when:%m-%d}</span><a href="{x.url}" hreflang="zh-hans">{esc(x.title)}</a></li>'
                     for x in [y for y in latest if y.ch.key == "xiehui"][:6])
    front = (f'<div class="block block-block-content" id="block-focus"><h2>协会要闻</h2>\n<ul>\n{focus}\n'
             f'<li><a href="{dead}">2024汽配博览会回顾（专题）</a></li>\n</ul></div>\n'
             f'<div class="views-element-container block block-views" id="block-views-block-front-news"><h2>行业资讯</h2><ul>\n{news}\n</ul><div class="more-link"><a href="/zixun/hangye">更多</a></div></div>\n'
             f'<div class="views-element-container block block-views" id="block-views-block-front-activities"><h2>协会动态</h2><ul>\n{acts}\n</ul><div class="more-link"><a href="/zixun/xiehui">更多</a></div></div>\n')
    site.add("/", _head("首页", "/") + _layout("", front, side(None)) + FOOT)
    site.non_articles.append({"url": "/", "reason": "front page"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (dead link on the home page)"})
    members = "\n".join(f"<tr><td>{co}有限公司</td><td>{city}</td><td>{'副会长单位' if i < 3 else '会员单位'}</td></tr>"
                        for i, (co, city) in enumerate(zip(content.COMPANIES[:12], content.CITIES[:12])))
    for url, t, body in [("/about", "关于协会", f"<p>{SITE}成立于2012年，是由区域内汽车零部件生产、流通和服务企业自愿结成的行业性社会团体，现有会员单位三百余家。</p>"
                                               "<p>协会设秘书处和标准化、国际贸易、人才培训三个专业委员会。</p>"),
                         ("/members", "会员单位", f'<table class="table"><thead><tr><th>单位名称</th><th>所在地</th><th>类别</th></tr></thead><tbody>\n{members}\n</tbody></table>'),
                         ("/contact", "联系我们", "<p>地址：宁波市鄞州区汽配产业园协会大楼 5 楼　邮编：315100</p><p>电话：0574-8712 3300　邮箱：office@jnapa.example.org.cn</p>")]:
        main = _page_title(t) + f'<article role="article" class="node node--type-page node--view-mode-full"><div class="node__content"><div class="field field--name-body">{body}</div></div></article>'
        site.add(url, _head(t, url) + _layout(_crumb([("首页", "/"), (t, None)]), main, side(None)) + FOOT)
        site.non_articles.append({"url": url, "reason": f"{t} (basic page node)"})
    site.add("/404.html", _head("找不到网页") + _layout("", _page_title("找不到网页") + "<p>找不到请求的网页。</p>", side(None)) + FOOT)
    site.raw["/robots.txt"] = ("#\n# robots.txt\n#\n# This file is to prevent the crawling and indexing of certain parts\n# of your site by web crawlers and spiders run by sites like Yahoo!\n# and Google.\n\n"
                               "User-agent: *\n# CSS, JS, Images\nAllow: /core/*.css$\nAllow: /core/*.js$\n# Directories\nDisallow: /core/\nDisallow: /profiles/\n"
                               "# Files\nDisallow: /README.txt\nDisallow: /web.config\n# Paths (clean URLs)\nDisallow: /admin/\nDisallow: /comment/reply/\n"
                               "Disallow: /filter/tips\nDisallow: /node/add/\nDisallow: /search/\nDisallow: /user/register\nDisallow: /user/password\n"
                               "Disallow: /user/login\nDisallow: /user/logout\n# Paths (no clean URLs)\nDisallow: /index.php/admin/\n"
                               "Disallow: /index.php/comment/reply/\nDisallow: /index.php/node/add/\nDisallow: /index.php/search/\n"
                               "Disallow: /index.php/user/login\n").encode()
    return site

"""The Docusaurus-like knowledge base and tech blog of a brake maker (铂川技术文档中心), UTF-8, trailing-slash paths (``trailingSlash: true``):
blog posts /blog/YYYY/MM/DD/<slug> (a third with Chinese, percent-encoded slugs) with ``<time datetime>`` in UTC with
milliseconds (``…T00:00:00.000Z`` for a date-only post, the real instant for a post with a time), ``阅读需 N 分钟``,
author avatars with a job title, heading anchors with a zero-width hash link, admonitions, ``*图：…*`` captions,
tags, 编辑此页 links, 较新一篇 / 较旧一篇 navigation and a JavaScript comment widget; blog lists /blog, /blog/page/N,
tag and author pages and an archive grouped by year with year-less dates; and docs pages (sidebar, breadcrumbs,
本页总览, ``最后更新于 … 由 …``) that look like articles but are reference pages."""

from __future__ import annotations

import datetime as dt
import random
from urllib.parse import quote

from . import content
from .core import TZ8, Art, Channel, Site, esc, iso_date, iso_utc_ms, kinds, paginate, rand_dates, unique_titles, zh_ymd

NAME = "docs_kb"
SITE = content.KB_SITE
CH_BLOG = Channel("blog", None)  # a Docusaurus blog has no category (tags are no category)
N_POSTS = 32
PER_PAGE = 10
DEAD = "/blog/2026/02/30/draft-post/"
REPO = "https://git.bochuan.example.com/docs/bochuan-docs"
EN_SLUGS = ["noise-after-install", "new-caliper-release", "pad-bedding", "read-oe-numbers", "epb-reset", "fitment-notes",
            "brake-fluid-interval", "cold-weather", "batch-return-review", "fade-on-the-dyno", "workshop-faq", "anti-counterfeit-code",
            "regen-and-pad-life", "spring-catalog", "guide-pin-grease", "salt-spray-test", "dealer-training", "pull-diagnosis",
            "brake-by-wire", "disc-thickness", "scan-system-design", "model-differences", "nvh-basics", "mechanic-feedback",
            "ev-rust", "warranty-update", "hotline-stats", "genuine-or-not", "test-track-move", "lightweight", "epb-motor", "recall-notice",
            "torque-table", "quality-month"]


def post_path(a: Art) -> str:
    return f"/blog/{a.when:%Y/%m/%d}/{a.extra['slug']}/"


def render(blocks: list, tip: str | None) -> str:
    """MDX output: h2 with an anchor and a zero-width hash link, images with alt and an *图：…* caption line."""
    out = []
    for k, b in enumerate(blocks):
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f'<h2 class="anchor anchorWithStickyNavbar_LWe7" id="{esc(b[1])}">{esc(b[1])}<a href="#{quote(b[1])}" class="hash-link" '
                       f'aria-label="{esc(b[1])}的直接链接" title="{esc(b[1])}的直接链接">\u200b</a></h2>')
        elif b[0] == "img":
            out.append(f'<p><img decoding="async" loading="lazy" alt="{esc(b[2] or "")}" src="/assets/images/{b[1].rsplit("/", 1)[-1]}" width="1080" height="720" class="img_ev3q"></p>')
            if b[2]:
                out.append(f"<p><em>图：{esc(b[2])}</em></p>")
        elif b[0] == "table":
            out.append("<table><thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in b[1][0]) + "</tr></thead><tbody>" + "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1][1:]) + "</tbody></table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
        if k == 1 and tip:
            out.append('<div class="theme-admonition theme-admonition-tip admonition_xJq3 alert alert--success"><div class="admonitionHeading_Gvgb">'
                       '<span class="admonitionIcon_Rf37"><svg viewBox="0 0 12 16"><path d="M6.5 0C3.48 0 1 2.19 1 5"></path></svg></span>提示</div>'
                       f'<div class="admonitionContent_BuS1"><p>{esc(tip)}</p></div></div>')
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    whens = rand_dates(rnd, N_POSTS, dt.datetime(2025, 6, 10, tzinfo=TZ8), dt.datetime(2026, 3, 17, 20, 0, tzinfo=TZ8), hours=(6, 21))
    ks = kinds(rnd, N_POSTS)
    authors = content.KB_AUTHORS

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        tpls = content.KB_TITLES
        j = (i + attempt) % len(tpls)
        return ctx.fill(tpls[j].replace("{code2}", ar.choice(content.PART_CODES))), (ctx, ar, j)

    posts: list[Art] = []
    for i, (title, (ctx, ar, j)) in enumerate(unique_titles(make, N_POSTS)):
        blocks = content.gen_blocks(ctx, ks[i], [o for o in content.KB_OPEN if o], content.KB_MID, content.KB_CLOSE, content.KB_HEADS,
                                    "/img/blog/", content.KB_CAPTIONS)
        when = whens[i]
        a = Art(i, 0, CH_BLOG, title, blocks, when)
        timed = ar.random() < 0.5  # front matter with a time; else a date-only post (UTC midnight in the markup)
        if not timed:
            a.when = when.replace(hour=0, minute=0)
        a.extra["timed"] = timed
        a.extra["slug"] = quote(title[:18].replace(" ", "-")) if ar.random() < 0.33 else EN_SLUGS[j]
        au = ar.choice(authors)
        a.author = au[1]
        a.extra["au"] = au
        a.extra["tags"] = sorted(ar.sample(range(len(content.KB_TAGS)), ar.randint(1, 3)))
        a.extra["tip"] = ctx.fill("对应的安装手册和扭矩表可以在文档区的“{pr}”页面查到。") if len(blocks) > 3 and ar.random() < 0.3 else None
        if a.extra["tip"]:
            a.blocks = blocks[:2] + [("p", a.extra["tip"])] + blocks[2:]  # the admonition's text is post text
        a.extra["minutes"] = max(1, sum(len(p) for p in content.paragraphs(a.blocks)) // 300)
        a.extra["blocks_rendered"] = blocks
        posts.append(a)
    posts.sort(key=lambda x: (x.when, x.title))
    for k, a in enumerate(posts):
        a.aid = k
        a.url = post_path(a)
        a.page_urls = [a.url]
    newest = list(reversed(posts))
    by_tag = {t: [a for a in newest if t in a.extra["tags"]] for t in range(len(content.KB_TAGS))}
    by_author = {au[0]: [a for a in newest if a.extra["au"] is au] for au in authors}

    def utc_dt(a: Art) -> str:
        return iso_utc_ms(a.when) if a.extra["timed"] else f"{a.when:%Y-%m-%d}T00:00:00.000Z"

    # ------------------------------------------------------------------ template parts
    def head(title: str, desc: str = "", extra: str = "") -> str:
        return f"""<!doctype html>
<html lang="zh-Hans" dir="ltr" class="blog-wrapper plugin-blog plugin-id-default" data-has-hydrated="false">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v3.5.2">
<title data-rh="true">{esc(title)} | {SITE}</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1"><meta data-rh="true" property="og:title" content="{esc(title)} | {SITE}">
{f'<meta data-rh="true" name="description" content="{esc(desc)}">' if desc else ""}{extra}
<link rel="stylesheet" href="/assets/css/styles.4e8c2f1a.css">
<script src="/assets/js/runtime~main.9b1d7e22.js" defer="defer"></script>
<script src="/assets/js/main.5a0c93e1.js" defer="defer"></script>
</head>
<body class="navigation-with-keyboard">
<script>!function(){{var t=localStorage.getItem("theme");document.documentElement.setAttribute("data-theme",t||"light")}}()</script>
<div id="__docusaurus"><div role="region" aria-label="跳到主要内容"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">跳到主要内容</a></div>
<nav aria-label="主导航" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items">
<a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="铂川制动" class="themedComponent_mlkZ themedComponent--light_NVdE"></div><b class="navbar__title text--truncate">{SITE}</b></a>
<a class="navbar__item navbar__link" href="/docs/intro/">文档</a><a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/blog/">博客</a></div>
<div class="navbar__items navbar__items--right"><a href="{REPO}" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link">代码仓库</a>
<div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="搜索"><span class="DocSearch-Button-Placeholder">搜索</span></button></div></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0">
"""

    def foot() -> str:
        return f"""</div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">
<div class="col footer__col"><div class="footer__title">文档</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="/docs/intro/">快速开始</a></li></ul></div>
<div class="col footer__col"><div class="footer__title">更多</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="/blog/">博客</a></li><li class="footer__item"><a class="footer__link-item" href="/blog/archive/">归档</a></li></ul></div></div>
<div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2026 琮阳铂川制动系统有限公司. Built with Docusaurus.</div></div></div></footer></div>
</body>
</html>
"""

    def recent_sidebar() -> str:
        return ('<aside class="col col--3"><nav class="sidebar_re4s thin-scrollbar" aria-label="最近博文导航"><div class="sidebarItemTitle_pO2u margin-bottom--md">最近博文</div>'
                '<ul class="sidebarItemList_Yudw clean-list">' + "".join(
                    f'<li class="sidebarItem__DBe"><a class="sidebarItemLink_mo7H" href="{x.url}">{esc(x.title)}</a></li>' for x in newest[:5]) + "</ul></nav></aside>")

    def author_block(au) -> str:
        return (f'<div class="col col--6 authorCol_Hf19"><div class="avatar margin-bottom--sm"><a href="/blog/authors/{au[0]}/" class="avatar__photo-link">'
                f'<img class="avatar__photo authorImage_XqGP" src="/img/authors/{au[0]}.png" alt="{esc(au[1])}"></a>'
                f'<div class="avatar__intro authorDetails_lV9A" itemprop="author" itemscope="" itemtype="https://schema.org/Person">'
                f'<div class="avatar__name"><a href="/blog/authors/{au[0]}/" itemprop="url"><span class="authorName_yefp" itemprop="name">{esc(au[1])}</span></a></div>'
                f'<small class="authorTitle_nd0D" itemprop="description">{esc(au[2])}</small></div></div></div>')

    def post_header(a: Art, h: str) -> str:
        title = f'<h1 class="title_f1Hy" itemprop="headline">{esc(a.title)}</h1>' if h == "h1" else \
            f'<h2 class="title_f1Hy" itemprop="headline"><a itemprop="url" href="{a.url}">{esc(a.title)}</a></h2>'
        return (f'<header>{title}<div class="container_mt6G margin-vert--md"><time datetime="{utc_dt(a)}" itemprop="datePublished">{zh_ymd(a.when)}</time>'
                f' · <!-- -->阅读需 {a.extra["minutes"]} 分钟</div><div class="margin-top--md margin-bottom--sm row">{author_block(a.extra["au"])}</div></header>')

    def tags_html(a: Art) -> str:
        return ('<b>标签：</b><ul class="tags_jXut padding--none margin-left--sm">' + "".join(
            f'<li class="tag_QGVx"><a class="tag_zVej tagRegular_sFm0" href="/blog/tags/{content.KB_TAGS[t][0]}/">{content.KB_TAGS[t][1]}</a></li>'
            for t in a.extra["tags"]) + "</ul>")

    # ------------------------------------------------------------------ post pages
    for k, a in enumerate(posts):
        newer = posts[k + 1] if k + 1 < len(posts) else None
        older = posts[k - 1] if k else None
        pn = '<nav class="pagination-nav docusaurus-mt-lg" aria-label="博文分页导航">'
        if newer:
            pn += (f'<a class="pagination-nav__link pagination-nav__link--prev" href="{newer.url}"><div class="pagination-nav__sublabel">较新一篇</div>'
                   f'<div class="pagination-nav__label">{esc(newer.title)}</div></a>')
        if older:
            pn += (f'<a class="pagination-nav__link pagination-nav__link--next" href="{older.url}"><div class="pagination-nav__sublabel">较旧一篇</div>'
                   f'<div class="pagination-nav__label">{esc(older.title)}</div></a>')
        pn += "</nav>"
        file_md = f"{a.when:%Y-%m-%d}-{a.extra['slug']}.md"
        desc = content.paragraphs(a.blocks)[0][:80]
        extra = (f'<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="article:published_time" content="{utc_dt(a)}">'
                 f'<link data-rh="true" rel="canonical" href="https://docs.bochuan.example.com{a.url}">')
        html = head(a.title, desc, extra) + f"""<div class="container margin-vert--lg"><div class="row">{recent_sidebar()}
<main class="col col--7" itemscope="" itemtype="https://schema.org/Blog">
<article itemprop="blogPost" itemscope="" itemtype="https://schema.org/BlogPosting"><meta itemprop="description" content="{esc(desc)}">
{post_header(a, "h1")}
<div id="__blog-post-container" class="markdown" itemprop="articleBody">
{render(a.extra["blocks_rendered"], a.extra["tip"])}
</div>
<footer class="row docusaurus-mt-lg blogPostFooterDetailsFull_mRVl"><div class="col">{tags_html(a)}</div>
<div class="col margin-top--sm"><a href="{REPO}/edit/main/blog/{file_md}" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page"><svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"><g><path d="m34.5 11.7l-3 3.1-6.3-6.3"></path></g></svg>编辑此页</a></div></footer>
</article>
{pn}
<div class="giscus-wrapper margin-top--lg"><h3>评论</h3><div class="giscus" data-repo="bochuan/docs-comments" data-mapping="pathname"></div><script src="https://giscus.app/client.js" async></script></div>
</main>
<div class="col col--2"><div class="tableOfContents_bqdL thin-scrollbar"><ul class="table-of-contents table-of-contents__left-border">{"".join(f'<li><a href="#{quote(b[1])}" class="table-of-contents__link toc-highlight">{esc(b[1])}</a></li>' for b in a.blocks if b[0] == "h")}</ul></div></div>
</div></div>
""" + foot()
        site.add(a.url, html)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when),
                         published_at=a.when.isoformat() if a.extra["timed"] else None,
                         published_display=zh_ymd(a.when), views_display=None, views_approx=False, related=[])

    # ------------------------------------------------------------------ blog lists: /blog, /blog/page/N, tags, authors
    def list_pages(items: list, base: str, top: str, title: str) -> None:
        chunks = paginate(items, PER_PAGE)
        urls = [base] + [f"{base}page/{k}/" for k in range(2, len(chunks) + 1)]
        for k, chunk in enumerate(chunks):
            for pos, x in enumerate(chunk, 1):
                site.listing(urls[k], pos, x, iso_date(x.when), zh_ymd(x.when))
            entries = []
            for x in chunk:
                first = content.paragraphs(x.blocks)[0]
                entries.append(f'<article class="margin-bottom--xl" itemprop="blogPost" itemscope="" itemtype="https://schema.org/BlogPosting">{post_header(x, "h2")}'
                               f'<div class="markdown" itemprop="articleBody"><p>{esc(first)}</p></div>'
                               f'<footer class="row docusaurus-mt-lg"><div class="col col--9">{tags_html(x)}</div>'
                               f'<div class="col text--right col--3"><a aria-label="阅读 {esc(x.title)} 的全文" href="{x.url}"><b>阅读全文</b></a></div></footer></article>')
            nav = '<nav class="pagination-nav" aria-label="博文列表分页导航">'
            if k:
                nav += f'<a class="pagination-nav__link pagination-nav__link--prev" href="{urls[k - 1]}"><div class="pagination-nav__label">较新的博文</div></a>'
            if k + 1 < len(chunks):
                nav += f'<a class="pagination-nav__link pagination-nav__link--next" href="{urls[k + 1]}"><div class="pagination-nav__label">较旧的博文</div></a>'
            nav += "</nav>"
            site.add(urls[k], head(title) + f"""<div class="container margin-vert--lg"><div class="row">{recent_sidebar()}
<main class="col col--7" itemscope="" itemtype="https://schema.org/Blog">{top}{"".join(entries)}{nav}</main></div></div>
""" + foot())
            site.list_pages.append({"url": urls[k], "aliases": []})

    list_pages(newest, "/blog/", "", "博客")
    for t, (slug, tname) in enumerate(content.KB_TAGS):
        if by_tag[t]:
            list_pages(by_tag[t], f"/blog/tags/{slug}/", f'<header class="margin-bottom--xl"><h1>有 {len(by_tag[t])} 篇文章带有标签「{tname}」</h1><a href="/blog/tags/">查看所有标签</a></header>',
                       f"有 {len(by_tag[t])} 篇文章带有标签「{tname}」")
    for au in authors:
        if by_author[au[0]]:
            list_pages(by_author[au[0]], f"/blog/authors/{au[0]}/", f'<header class="margin-bottom--xl"><div class="avatar"><div class="avatar__intro"><h1 class="avatar__name">{esc(au[1])}</h1>'
                       f'<small>{esc(au[2])}</small></div></div><h2>{len(by_author[au[0]])} 篇博文</h2></header>', f"{au[1]} - 博文")
    site.add("/blog/tags/", head("标签") + '<div class="container margin-vert--lg"><main><h1>标签</h1><ul class="tagsList">' + "".join(
        f'<li><a href="/blog/tags/{s}/">{n}<span>{len(by_tag[t])}</span></a></li>' for t, (s, n) in enumerate(content.KB_TAGS) if by_tag[t]) + "</ul></main></div>" + foot())
    site.non_articles.append({"url": "/blog/tags/", "reason": "tag index (tags with counts)"})

    # archive: grouped by year, year-less dates
    years: dict[int, list[Art]] = {}
    for x in newest:
        years.setdefault(x.when.year, []).append(x)
    blocks = ""
    pos = 0
    for y, xs in years.items():
        blocks += f'<div class="col col--4 margin-vert--lg"><h3 class="anchor" id="{y}">{y}</h3><ul>' + "".join(
            f'<li><a href="{x.url}"><time>{x.when.month}月{x.when.day}日</time> - {esc(x.title)}</a></li>' for x in xs) + "</ul></div>"
        for x in xs:
            pos += 1
            site.listing("/blog/archive/", pos, x, iso_date(x.when), f"{x.when.month}月{x.when.day}日")
    site.add("/blog/archive/", head("归档") + f'<div class="container margin-vert--lg"><header><h1>归档</h1><p>历史博文</p></header><main><section class="margin-vert--lg"><div class="row">{blocks}</div></section></main></div>' + foot())
    site.list_pages.append({"url": "/blog/archive/", "aliases": []})

    # ------------------------------------------------------------------ docs pages (not articles)
    docs_sidebar_items = []
    doc_pages = [("/docs/intro/", "快速开始", None)]
    for sec, sname, pages in content.KB_DOCS:
        for slug, t in pages:
            doc_pages.append((f"/docs/{sec}/{slug}/", t, sname))
    for sec, sname, pages in content.KB_DOCS:
        docs_sidebar_items.append(f'<li class="theme-doc-sidebar-item-category menu__list-item"><div class="menu__list-item-collapsible"><a class="menu__link menu__link--sublist" href="/docs/{sec}/{pages[0][0]}/">{sname}</a></div>'
                                  '<ul class="menu__list">' + "".join(f'<li class="menu__list-item"><a class="menu__link" href="/docs/{sec}/{s}/">{t}</a></li>' for s, t in pages) + "</ul></li>")
    sidebar = ('<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><nav aria-label="文档侧边栏" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">'
               '<li class="menu__list-item"><a class="menu__link" href="/docs/intro/">快速开始</a></li>' + "".join(docs_sidebar_items) + "</ul></nav></aside>")
    for k, (u, t, sname) in enumerate(doc_pages):
        dr = random.Random(f"{seed}:{NAME}:doc:{u}")
        ctx = content.Ctx(dr, dt.datetime(2026, 2, 1, tzinfo=TZ8))
        paras = [ctx.fill(s) for s in dr.sample(content.KB_DOC_SENT, dr.randint(3, 5))]
        heads = ["适用范围", "操作步骤", "注意事项"]
        body = f"<p>{esc(paras[0])}</p>" + "".join(f'<h2 class="anchor anchorWithStickyNavbar_LWe7" id="{h}">{h}<a href="#{quote(h)}" class="hash-link" aria-label="{h}的直接链接" title="{h}的直接链接">\u200b</a></h2><p>{esc(p)}</p>'
                                                  for h, p in zip(heads, paras[1:], strict=False))
        if u.endswith("/torque/"):
            body += "<table><thead><tr><th>部位</th><th>扭矩（N·m）</th></tr></thead><tbody>" + "".join(
                f"<tr><td>{p}</td><td>{dr.randint(25, 180)}</td></tr>" for p in ["卡钳支架螺栓", "卡钳导向销螺栓", "轮毂螺母", "制动软管接头"]) + "</tbody></table>"
        updated = dt.datetime(2026, 1, 5, tzinfo=TZ8) + dt.timedelta(days=dr.randint(0, 70), hours=dr.randint(8, 20), minutes=dr.randint(0, 59))
        editor = dr.choice(authors)[1]
        prev_doc = doc_pages[k - 1] if k else None
        next_doc = doc_pages[k + 1] if k + 1 < len(doc_pages) else None
        pager = '<nav class="pagination-nav docusaurus-mt-lg" aria-label="文件选项卡">' + (
            f'<a class="pagination-nav__link pagination-nav__link--prev" href="{prev_doc[0]}"><div class="pagination-nav__sublabel">上一页</div><div class="pagination-nav__label">{prev_doc[1]}</div></a>' if prev_doc else "") + (
            f'<a class="pagination-nav__link pagination-nav__link--next" href="{next_doc[0]}"><div class="pagination-nav__sublabel">下一页</div><div class="pagination-nav__label">{next_doc[1]}</div></a>' if next_doc else "") + "</nav>"
        crumbs = ('<nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="页面路径"><ul class="breadcrumbs"><li class="breadcrumbs__item"><a aria-label="主页面" class="breadcrumbs__link" href="/">🏠</a></li>'
                  + (f'<li class="breadcrumbs__item"><span class="breadcrumbs__link">{sname}</span></li>' if sname else "")
                  + f'<li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">{t}</span></li></ul></nav>')
        html = head(t, paras[0]).replace("blog-wrapper plugin-blog", "docs-wrapper plugin-docs") + f"""<div class="docsWrapper_hBAB"><div class="docRoot_UBD9">{sidebar}
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn"><div class="docItemContainer_Djhp"><article>{crumbs}
<div class="theme-doc-markdown markdown"><header><h1>{t}</h1></header>{body}</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col"><a href="{REPO}/edit/main{u.rstrip("/")}.md" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page">编辑此页</a></div>
<div class="col lastUpdated_JAkA"><span class="theme-last-updated">最后<!-- -->更新于<!-- --> <b><time datetime="{iso_utc_ms(updated)}" itemprop="dateModified">{zh_ymd(updated)}</time></b> 由 <b>{esc(editor)}</b></span></div></div></footer></article>
{pager}</div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><div class="tocTitle">本页总览</div><ul class="table-of-contents">{"".join(f'<li><a href="#{quote(h)}" class="table-of-contents__link">{h}</a></li>' for h in heads[:len(paras) - 1])}</ul></div></div></div></div></main></div></div>
""" + foot()
        site.add(u, html)
        site.non_articles.append({"url": u, "reason": "docs page (reference text with a 最后更新于 date, not a dated publication)"})

    # ------------------------------------------------------------------ home, 404
    site.add("/", head("首页", "铂川制动售后技术文档与博客").replace("blog-wrapper plugin-blog", "plugin-pages") + f"""<header class="hero hero--primary heroBanner_qdFl"><div class="container"><h1 class="hero__title">{SITE}</h1>
<p class="hero__subtitle">安装指南、故障诊断与技术博客</p><div class="buttons_AeoN"><a class="button button--secondary button--lg" href="/docs/intro/">开始阅读文档</a></div></div></header>
<main><section class="features_t9lD"><div class="container"><div class="row">
<div class="col col--4"><h3>安装指南</h3><p>卡钳、刹车片、刹车盘的标准安装流程。</p></div><div class="col col--4"><h3>故障诊断</h3><p>异响、跑偏、抖动的排查思路。</p></div><div class="col col--4"><h3>技术博客</h3><p>工程师写的试验记录和经验分享。</p></div></div></div></section>
<section class="latest-posts"><div class="container"><h2>最新博文</h2><ul><li><a href="{DEAD}">（草稿）制动卡钳新品预告</a></li>{"".join(f'<li><a href="{x.url}">{esc(x.title)}</a> <span>{zh_ymd(x.when)}</span></li>' for x in newest[:5])}</ul></div></section></main>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home (landing) page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (an unpublished draft linked from the home page's 最新博文)"})
    site.add("/404.html", f'<!doctype html><html lang="zh-Hans"><head><meta charset="UTF-8"><title>找不到页面 | {SITE}</title></head><body><main class="container"><h1 class="hero__title">找不到页面</h1><p>我们找不到您要找的页面。</p></main></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /search\nDisallow: /assets/\n"
    return site

"""Wagtail (Django) site of a trade association: StreamField news pages, unicode slugs, ?page=N / ?tag= indexes, page aliases."""

from __future__ import annotations

import datetime as dt
import random
import re
from urllib.parse import quote

from . import content
from .core import (
    TZ8,
    Art,
    Channel,
    Site,
    chain,
    en_date,
    esc,
    iso_date,
    kinds,
    paginate,
    pct,
    rand_dates,
    unique_titles,
    utc,
)

NAME = "wagtail"
SITE = "华南汽车零部件贸易协会"
SITE_EN = "South China Auto Parts Trade Association"
BASE = "https://www.scapta.example.org"
PER_PAGE = 8  # paginate_by of the index pages
SECTIONS = [Channel("industry", "行业动态"), Channel("association", "协会新闻"), Channel("policy", "政策法规"),
            Channel("members", "会员风采")]
SECTION_EN = {"industry": "Industry News", "association": "Association News", "policy": "Policy &amp; Regulation",
              "members": "Member Spotlight"}
COUNTS = [13, 10, 7, 6]
TAGS = ["制动系统", "新能源", "出口贸易", "标准", "展会", "后市场", "热管理"]
POLICY_SOURCES = ["工业和信息化部", "广东省商务厅", "海关总署", "国家市场监督管理总局", "广州市工业和信息化局"]
INTROS = ["本文梳理了{pr}市场近期的主要变化和企业应对。", "协会调研显示，{pr}企业订单整体平稳，出口保持增长。",
          "{co}的做法，或许能给同行一些启发。", "政策要点速览：与{pr}企业相关的几项变化。", "{city}会员企业交流活动侧记。",
          "一组数据看{pr}行业的新变化。"]


def slugify(title: str) -> str:
    """Django's slugify(allow_unicode=True), which Wagtail uses for the default slug: CJK kept, punctuation dropped."""
    s = re.sub(r"[^\w\s-]", "", title.lower())
    return re.sub(r"[-\s]+", "-", s).strip("-_")


def _zh(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _utc_attr(d: dt.datetime) -> str:  # Django {{ value|date:"c" }} with TIME_ZONE = "UTC"
    return utc(d).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _tag_url(t: str, k: int = 1) -> str:
    return f"/news/?tag={quote(t)}" + (f"&page={k}" if k > 1 else "")


def _head(title: str, canonical: str, extra: str = "", body_class: str = "template-homepage") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-hans" class="no-js">
<head>
<meta charset="utf-8" />
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="canonical" href="{BASE}{canonical}" />
{extra}<link rel="stylesheet" type="text/css" href="/static/css/main.8c1d7f2a.css" />
<link rel="icon" href="/static/img/favicon.4e1b.png" />
</head>
<body class="{body_class}">
<a class="skip-link" href="#main-content">跳到正文 Skip to content</a>
<header class="site-header">
<div class="container site-header__inner">
<a class="brand" href="/"><img class="brand__logo" src="/media/images/scapta-logo.original.png" alt="" width="56" height="56" />
<span class="brand__text"><h1 class="brand__name">{SITE}</h1><span class="brand__en">{SITE_EN}</span></span></a>
<nav class="primary-nav" aria-label="主导航 Main"><ul>
<li><a href="/news/">新闻 News</a></li>
{"".join(f'<li><a href="/news/{s.key}/">{s.name}</a></li>' for s in SECTIONS[:3])}
<li><a href="/membership/">入会 Membership</a></li>
<li><a href="/about/">关于 About</a></li>
</ul></nav>
<form class="search-form" action="/search/" method="get"><input type="search" name="query" placeholder="搜索 Search" aria-label="搜索" /></form>
</div>
</header>
<main id="main-content">
"""


FOOT = f"""</main>
<footer class="site-footer"><div class="container">
<div class="site-footer__cols">
<div><h2 class="site-footer__title">{SITE}</h2><p>{SITE_EN}</p><p>广州市天河区车陂路 88 号汽配大厦 12 楼</p></div>
<div><ul><li><a href="/about/">关于协会 About us</a></li><li><a href="/membership/">会员服务 Membership</a></li><li><a href="/contact/">联系我们 Contact</a></li></ul></div>
</div>
<p class="site-footer__legal">&copy; 2026 {SITE}　<a href="https://beian.miit.gov.cn/" rel="nofollow">粤ICP备19087654号-1</a>　Built with <a href="https://wagtail.org/">Wagtail</a></p>
</div></footer>
<script src="/static/js/main.5b2e9c.js"></script>
</body>
</html>
"""


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    lis = "".join(f'<li class="breadcrumb__item"><a href="{u}">{t}</a></li>' if u else f'<li class="breadcrumb__item" aria-current="page">{t}</li>'
                  for t, u in items)
    return f'<nav class="breadcrumb container" aria-label="面包屑 Breadcrumb"><ol>{lis}</ol></nav>\n'


def _streamfield(blocks: list, docs: list[tuple[str, str]], embed: str | None) -> str:
    out: list[str] = []
    rich: list[str] = []

    def flush() -> None:
        if rich:
            out.append('<div class="block-paragraph"><div class="rich-text">' + "".join(rich) + "</div></div>")
            rich.clear()

    for b in blocks:
        if b[0] == "p":
            rich.append(f"<p>{esc(b[1])}</p>")
        elif b[0] in ("ul", "ol"):
            rich.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
        else:
            flush()
            if b[0] == "h":
                out.append(f'<div class="block-heading"><h2 class="heading-block">{esc(b[1])}</h2></div>')
            elif b[0] == "img":
                img = f'<img alt="" src="/media/images/{b[1][-10:-4]}.width-800.jpg" width="800" height="500" loading="lazy" />'
                cap = (f'<figcaption class="image-block__caption">{esc(b[2])}<span class="image-block__attribution">摄影：协会秘书处</span></figcaption>'
                       if b[2] else "")
                out.append(f'<div class="block-image"><figure class="image-block">{img}{cap}</figure></div>')
            elif b[0] == "quote":
                out.append(f'<div class="block-block_quote"><blockquote class="block-quote"><p class="block-quote__text">{esc(b[1])}</p>'
                           f'<footer class="block-quote__attribution">—— {esc(b[2])}</footer></blockquote></div>')
            elif b[0] == "table":
                head = "".join(f'<th scope="col">{esc(c)}</th>' for c in b[1][0])
                rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1][1:])
                out.append(f'<div class="block-table"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>')
    flush()
    if embed:  # a video embed block after the first text block
        out.insert(1, f'<div class="block-embed"><div class="responsive-object" style="padding-bottom: 56.25%;">{embed}</div></div>')
    for href, label in docs:
        out.append(f'<div class="block-document"><a class="document-link" href="{href}">下载附件 Download：{esc(label)}</a></div>')
    return "\n".join(out)


def _card(x: Art, featured: bool = False) -> str:
    cls = "card card--featured" if featured else "card"
    more = f'<a class="card__more" href="{x.url}">阅读全文 Read more →</a>' if featured else ""
    return (f'<article class="{cls}">\n<a class="card__image" href="{x.url}" tabindex="-1" aria-hidden="true"><img src="/media/images/news-{x.aid}.2e16d0ba.fill-400x240.jpg" alt="" /></a>\n'
            f'<div class="card__body"><p class="card__section">{x.ch.name}</p>\n'
            f'<h3 class="card__title"><a href="{x.url}">{esc(x.title)}</a></h3>\n'
            f'<p class="card__meta"><time datetime="{x.when:%Y-%m-%d}">{en_date(x.when)}</time></p>\n'
            f'<p class="card__excerpt">{esc(x.extra["intro"])}</p>{more}</div>\n</article>')


def _pagination(base_q: str, k: int, total: int) -> str:
    """Django paginator markup with relative ?page= links (base_q: the other query parameters, '' or 'tag=…&')."""
    if total <= 1:
        return ""
    base_q = esc(base_q)
    items = []
    if k > 1:
        items.append(f'<li><a href="?{base_q}page=1">&laquo; 首页 First</a></li>')
        items.append(f'<li><a href="?{base_q}page={k - 1}" rel="prev">&lsaquo; 上一页</a></li>')
    for j in range(1, total + 1):
        items.append(f'<li class="is-active"><span>{j}</span></li>' if j == k else f'<li><a href="?{base_q}page={j}">{j}</a></li>')
    if k < total:
        items.append(f'<li><a href="?{base_q}page={k + 1}" rel="next">下一页 &rsaquo;</a></li>')
    return (f'<nav class="pagination" aria-label="分页 Pagination"><ul>{"".join(items)}</ul>'
            f'<p class="pagination__summary">第 {k} 页 / 共 {total} 页 (Page {k} of {total})</p></nav>')


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2025, 1, 13, tzinfo=TZ8), dt.datetime(2026, 5, 16, 21, tzinfo=TZ8))
    # early-morning pages: the UTC datetime attribute is on the previous day
    for k, (h, m) in zip((3, 11, 19, 28), ((0, 40), (7, 15), (6, 5), (2, 30)), strict=True):
        whens[k] = whens[k].replace(hour=h, minute=m)
    whens.sort()
    chans = [c for c, k in zip(SECTIONS, COUNTS, strict=True) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)
    staff = []
    for i in range(4):
        sr = random.Random(f"{seed}:{NAME}:staff:{i}")
        name = content.person(sr)
        staff.append((name, content.ROLES[i], content.BIOS[i], f"staff-{i + 1}"))

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        if chans[i].key == "policy":
            return ctx.fill(ar.choice(content.NOTICE_TITLES)), (ctx, ar)
        return content.news_title(ctx), (ctx, ar)

    arts: list[Art] = []
    used: set[str] = set()
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        ch = chans[i]
        if ch.key == "policy":
            blocks = content.notice_blocks(ctx)
        else:
            blocks = content.news_blocks(ctx, ks[i] if ch.key != "association" or ks[i] != "long" else "medium", "/media/images/")
            if ks[i] != "short" and ar.random() < 0.6:
                at = ar.randint(2, max(2, len(blocks) - 1))
                blocks.insert(at, ("quote", ctx.fill(ar.choice(content.QUOTES)), f"{content.person(ar)}，{ar.choice(content.COMPANIES)}总经理"))
        a = Art(i, 200 + i * 3 + ar.randint(0, 2), ch, title, blocks, whens[i])
        if ar.random() < 0.5:  # the editor kept Wagtail's unicode slug
            slug = slugify(title)
        else:
            slug = f"{content.PRODUCT_SLUGS[ctx.fixed['pr']]}-{ar.choice(content.ENGLISH_WORDS)}"
        base_slug, k = slug, 2
        while slug in used:
            slug, k = f"{base_slug}-{k}", k + 1
        used.add(slug)
        a.extra["slug"] = slug
        a.url = pct(f"/news/{ch.key}/{slug}/")
        if ch.key == "policy":
            a.source = ar.choice(POLICY_SOURCES)
        else:
            st = ar.choice(staff)
            a.extra["staff"] = st
            a.author = st[0]
            if ch.key == "industry" and ar.random() < 0.35:
                a.source = ar.choice(content.SOURCES)
        a.extra["intro"] = ctx.fill(ar.choice(INTROS))
        a.extra["tags"] = sorted(ar.sample(TAGS, ar.randint(1, 3)), key=TAGS.index)
        if ar.random() < 0.3:
            a.extra["updated"] = a.when + dt.timedelta(days=ar.randint(1, 25), hours=ar.randint(1, 9))
        a.extra["docs"] = ([(f"/documents/{a.aid}/policy-{a.aid}.pdf", f"{title[:12]}（PDF，{ar.randint(2, 40) / 10} MB）")]
                           if ch.key == "policy" else [])
        a.extra["embed"] = (f'<iframe src="https://player.bilibili.com/player.html?bvid=BV1{a.aid:05d}xQ7" width="640" height="360" frameborder="0" allowfullscreen></iframe>'
                            if ch.key == "association" and ar.random() < 0.3 else None)
        arts.append(a)
    chain(arts, lambda x: x.ch.key)
    for a in arts:  # related_pages: chosen by the editor among the section
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        same = [x for x in arts if x is not a and x.ch is a.ch]
        a.related = rr.sample(same, min(3, len(same)))
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    featured = [x for x in latest if x.ch.key == "association"][3]  # NewsIndexPage.featured_page (not the newest)
    members = [x for x in latest if x.ch.key == "members"]
    for x in members:  # Wagtail aliases of the member pages under /membership/member-news/
        x.extra["alias"] = pct(f"/membership/member-news/{x.extra['slug']}/")

    def article_html(a: Art, crumbs: str) -> str:
        d = a.when
        meta = [f'<span class="meta__item">发布 Published <time datetime="{_utc_attr(d)}">{_zh(d)}</time></span>']
        if a.extra.get("updated"):
            u = a.extra["updated"]
            meta.append(f'<span class="meta__item">更新 Updated <time datetime="{_utc_attr(u)}">{_zh(u)}</time></span>')
        if a.author:
            meta.append(f'<span class="meta__item">作者 Author <a href="#author">{a.author}</a></span>')
        if a.source:
            meta.append(f'<span class="meta__item">来源 Source：{esc(a.source)}</span>')
        tags = " ".join(f'<a class="tag" href="{esc(_tag_url(t))}">{t}</a>' for t in a.extra["tags"])
        author = ""
        if a.extra.get("staff"):
            name, role, bio, key = a.extra["staff"]
            author = (f'<aside class="author-snippet" id="author"><img class="author-snippet__image" src="/media/images/{key}.fill-96x96.jpg" alt="" width="96" height="96" />'
                      f'<div><p class="author-snippet__name">{name}</p><p class="author-snippet__role">{role}</p><p class="author-snippet__bio">{bio}</p></div></aside>')
        rel = "\n".join(f'<article class="card card--small"><h3 class="card__title"><a href="{r.url}">{esc(r.title)}</a></h3>'
                        f'<p class="card__meta"><time datetime="{r.when:%Y-%m-%d}">{en_date(r.when)}</time></p></article>' for r in a.related)
        pn = '<nav class="prev-next" aria-label="上一篇/下一篇">'
        if a.prev:
            pn += f'<a class="prev-next__prev" href="{a.prev.url}"><span>← 上一篇 Previous</span>{esc(a.prev.title)}</a>'
        if a.next:
            pn += f'<a class="prev-next__next" href="{a.next.url}"><span>下一篇 Next →</span>{esc(a.next.title)}</a>'
        pn += "</nav>"
        extra = (f'<meta name="description" content="{esc(a.extra["intro"])}" />\n<meta property="og:type" content="article" />\n'
                 f'<meta property="og:title" content="{esc(a.title)}" />\n<meta property="og:url" content="{BASE}{a.url}" />\n'
                 f'<meta property="article:published_time" content="{_utc_attr(d)}" />\n')
        return (_head(f"{a.title} | {SITE}", a.url, extra, "template-newspage") + crumbs + f"""<article class="news-page container">
<header class="news-page__header">
<p class="news-page__section"><a href="/news/{a.ch.key}/">{a.ch.name}</a> <span lang="en">{SECTION_EN[a.ch.key]}</span></p>
<h1 class="news-page__title">{esc(a.title)}</h1>
<p class="news-page__intro">{esc(a.extra["intro"])}</p>
<div class="news-page__meta">{" ".join(meta)}</div>
</header>
<div class="news-page__body streamfield">
{_streamfield(a.blocks, a.extra["docs"], a.extra["embed"])}
</div>
<footer class="news-page__footer">
<div class="news-page__tags"><span class="news-page__tags-label">标签 Tags:</span> {tags}</div>
{author}
<section class="related-news"><h2>相关新闻 <span lang="en">Related news</span></h2><div class="card-grid">
{rel}
</div></section>
{pn}
</footer>
</article>
""" + FOOT)

    for a in arts:
        crumbs = _crumbs([("首页 Home", "/"), ("新闻 News", "/news/"), (a.ch.name, f"/news/{a.ch.key}/")])
        site.add(a.url, article_html(a, crumbs))
        aliases = []
        if a.extra.get("alias"):
            alias_crumbs = _crumbs([("首页 Home", "/"), ("入会 Membership", "/membership/"), ("会员动态 Member news", None)])
            site.add(a.extra["alias"], article_html(a, alias_crumbs))  # same page, canonical to the original
            aliases.append(a.extra["alias"])
        for href, _ in a.extra["docs"]:
            site.raw[href] = b"%PDF-1.4\n% placeholder document of held-out zoo E\n%%EOF\n"
        d = a.when
        related = [{"title": r.title, "url": r.url, "date": iso_date(r.when), "views": None} for r in a.related]
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(d), published_at=d.isoformat(),
                         published_display=_zh(d), views_display=None, views_approx=False, related=related, aliases=aliases)

    def index_pages(path: str, qbase: str, title: str, header: str, entries: list[Art], crumbs: str, feature: Art | None = None) -> None:
        chunks = paginate(entries, PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = path + (f"?{qbase}page={k}" if k > 1 else (f"?{qbase[:-1]}" if qbase else ""))
            cards = [_card(x) for x in chunk]
            feat = ""
            pos0 = 0
            if feature is not None and k == 1:
                feat = f'<section class="featured" aria-label="焦点 Featured"><h2 class="section-title">焦点 Featured</h2>\n{_card(feature, True)}\n</section>\n'
                site.listing(url, 1, feature, iso_date(feature.when), en_date(feature.when), None, feature.ch.name)
                pos0 = 1
            for pos, x in enumerate(chunk, pos0 + 1):
                site.listing(url, pos, x, iso_date(x.when), en_date(x.when), None, x.ch.name)
            t = title if k == 1 else f"{title}（第 {k} 页）"
            html = (_head(f"{t} | {SITE}", url, "", "template-newsindexpage") + crumbs
                    + f'<div class="container index-page">\n{header}\n{feat}<div class="card-list">\n' + "\n".join(cards)
                    + f"\n</div>\n{_pagination(qbase, k, len(chunks))}\n</div>\n" + FOOT)
            site.add(url, html)
            lp = {"url": url, "aliases": []}
            if k == 1 and len(chunks) > 1:  # the paginator's « First links ?page=1
                alias = f"{path}?{qbase}page=1"
                site.add(alias, html)
                lp["aliases"].append(alias)
            site.list_pages.append(lp)

    news_crumbs = _crumbs([("首页 Home", "/"), ("新闻 News", None)])
    index_pages("/news/", "", "新闻中心 News", '<h1 class="index-page__title">新闻中心 <span lang="en">News</span></h1>',
                latest, news_crumbs, featured)
    for s in SECTIONS:
        crumbs = _crumbs([("首页 Home", "/"), ("新闻 News", "/news/"), (s.name, None)])
        index_pages(f"/news/{s.key}/", "", s.name, f'<h1 class="index-page__title">{s.name} <span lang="en">{SECTION_EN[s.key]}</span></h1>',
                    [x for x in latest if x.ch is s], crumbs)
    for t in TAGS:
        mine = [x for x in latest if t in x.extra["tags"]]
        if mine:
            index_pages("/news/", f"tag={quote(t)}&", f"标签：{t}",
                        f'<h1 class="index-page__title">新闻中心 <span lang="en">News</span></h1>\n<p class="index-page__filter">标签 Tag：<strong>{t}</strong> <a href="/news/">清除 Clear</a></p>',
                        mine, news_crumbs)

    # home, standard pages, 404
    dead = "/news/industry/2024-annual-report/"
    cards = "\n".join(_card(x) for x in latest[:4])
    policy = "\n".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span class="date">{x.when:%Y-%m-%d}</span></li>'
                       for x in [y for y in latest if y.ch.key == "policy"][:5])
    home = _head(f"首页 Home | {SITE}", "/") + f"""<section class="hero"><div class="container">
<h2 class="hero__title">连接华南汽车零部件产业链</h2><p class="hero__text">Connecting the auto parts supply chain of South China since 2009.</p>
<a class="button" href="/membership/">成为会员 Join us</a></div></section>
<section class="container home-latest"><h2 class="section-title">最新动态 <span lang="en">Latest</span></h2><div class="card-grid">
{cards}
</div><p><a class="link-more" href="/news/">全部新闻 All news →</a></p></section>
<section class="container home-policy"><h2 class="section-title">政策法规 <span lang="en">Policy</span></h2><ul class="link-list">
{policy}
</ul></section>
<section class="container promo"><h2 class="section-title">年度报告 <span lang="en">Annual report</span></h2>
<p><a href="{dead}">《2024 华南汽车零部件产业发展报告》发布</a></p></section>
""" + FOOT
    site.add("/", home)
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (unpublished page linked from the home page)"})
    mem = "\n".join(f'<li><a href="{x.extra["alias"]}">{esc(x.title)}</a></li>' for x in members)
    for url, t, body in [("/about/", "关于协会 About us", f"<p>{SITE}（{SITE_EN}）成立于2009年，是华南地区汽车零部件生产、贸易和服务企业自愿组成的非营利性社会组织。</p>"
                                                      "<p>协会现有会员单位四百余家，设秘书处、研究部、会员服务部和国际贸易委员会。</p>"),
                         ("/membership/", "入会 Membership", "<p>凡在华南地区依法登记的汽车零部件生产、流通及服务企业，均可申请加入协会。</p>"
                                                          f'<h2>会员动态 Member news</h2><ul class="link-list">\n{mem}\n</ul>'),
                         ("/contact/", "联系我们 Contact", "<p>地址：广州市天河区车陂路 88 号汽配大厦 12 楼</p><p>电话：020-8555 6700　邮箱：info@scapta.example.org</p>")]:
        site.add(url, _head(f"{t} | {SITE}", url, "", "template-standardpage") + _crumbs([("首页 Home", "/"), (t, None)])
                 + f'<div class="container standard-page"><h1 class="standard-page__title">{t}</h1>\n<div class="rich-text">{body}</div></div>\n' + FOOT)
        site.non_articles.append({"url": url, "reason": f"{t} (StandardPage)"})
    site.add("/404.html", _head(f"页面未找到 Page not found | {SITE}", "/404/", "", "template-404")
             + '<div class="container error-page"><h1>页面未找到 <span lang="en">Page not found</span></h1><p>抱歉，您访问的页面不存在或已下线。</p>'
             + '<p><a href="/">返回首页 Back to home</a></p></div>\n' + FOOT)
    site.raw["/robots.txt"] = (f"User-agent: *\nDisallow: /admin/\nDisallow: /django-admin/\nDisallow: /search/\n\nSitemap: {BASE}/sitemap.xml\n").encode()
    return site

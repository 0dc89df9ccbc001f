"""Ghost 5 blog (Casper theme) of an auto-parts analyst: /slug/ posts, tag/author archives, paid posts behind a CTA."""

from __future__ import annotations

import datetime as dt
import json
import math
import random
import re

from . import content
from .core import Art, Channel, Site, TZ8, esc, iso_date, kinds, paginate, rand_dates, unique_titles, utc

NAME = "ghost"
SITE = "汽配研究所"
BASE = "https://www.qipeilab.example.com"
PER_PAGE = 9  # posts_per_page of the theme
TAGS = [Channel("zhidong", "制动系统"), Channel("re-guanli", "热管理"), Channel("dianqudong", "电驱动"),
        Channel("houshichang", "后市场"), Channel("zhoubao", "周报")]
COUNTS = [9, 7, 7, 6, 5]  # primary tags
SECONDARY = [("shuju", "数据"), ("diaoyan", "调研"), ("caibao", "财报")]
AUTHORS = [("zhou-mingyuan", "周明远", "汽车零部件行业分析师，前券商汽车组研究员，关注制动与底盘。"),
           ("lin-xiaolan", "林晓岚", "供应链研究员，长期跟踪热管理、电驱动与出口市场。")]
N_PAID = 8


def _zh(d: dt.datetime) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _z(d: dt.datetime) -> str:
    return utc(d).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _head(title: str, canonical: str, extra: str = "", body_class: str = "home-template") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7d5a1c2b9e">
<link rel="icon" href="/favicon.png" type="image/png">
<link rel="canonical" href="{BASE}{canonical}">
<meta name="referrer" content="no-referrer-when-downgrade">
{extra}<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="{SITE}" href="{BASE}/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="{BASE}/" data-key="3c1f0a7e9d" data-api="{BASE}/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{{display:flex;flex-direction:column;align-items:center;text-align:center;}}</style>
</head>
<body class="{body_class} is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo no-image" href="/">{SITE}</a></div>
<nav class="gh-head-menu"><ul class="nav">
<li class="nav-shou-ye"><a href="/">首页</a></li>
{''.join(f'<li class="nav-{t.key}"><a href="/tag/{t.key}/">{t.name}</a></li>' for t in TAGS[:4])}
<li class="nav-guan-yu"><a href="/about/">关于</a></li>
</ul></nav>
<div class="gh-head-actions">
<button class="gh-search gh-icon-btn" aria-label="搜索" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">登录</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">订阅</a></div>
</div>
</div>
</header>
<div class="site-content">
"""


FOOT = f"""</div>
<footer class="site-footer outer"><div class="inner">
<section class="copyright"><a href="/">{SITE}</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li><a href="/about/">关于</a></li><li><a href="/tag/zhoubao/">周报</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
</div></footer>
</div>
<script src="/assets/built/casper.js?v=7d5a1c2b9e"></script>
<script>$(document).ready(function () {{ pagination(true); }});</script>
</body>
</html>
"""


def _card(x: Art, large: bool = False) -> str:
    access = ('<span class="post-card-access"><svg width="20" height="20" viewBox="0 0 20 20"><path d="M16 9.5H4v8h12v-8Z"/></svg>付费会员</span>'
              if x.extra["paid"] else "")
    return f"""<article class="post-card post tag-{x.ch.key}{' post-card-large' if large else ''}{' post-access-paid' if x.extra['paid'] else ''}">
<a class="post-card-image-link" href="{x.url}"><img class="post-card-image" sizes="(max-width: 1000px) 400px, 800px" src="/content/images/size/w600/2025/{x.aid:04d}.jpg" alt="{esc(x.title)}" loading="lazy"></a>
<div class="post-card-content">
<a class="post-card-content-link" href="{x.url}">
<header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">{x.ch.name}</span>{access}</div>
<h2 class="post-card-title">{esc(x.title)}</h2>
</header>
<div class="post-card-excerpt">{esc(x.extra["excerpt"])}</div>
</a>
<footer class="post-card-meta">
<time class="post-card-meta-date" datetime="{x.when:%Y-%m-%d}">{_zh(x.when)}</time>
<span class="post-card-meta-length">阅读约 {x.extra["minutes"]} 分钟</span>
</footer>
</div>
</article>"""


def _body(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f'<h2 id="{esc(b[1])}">{esc(b[1])}</h2>')  # Ghost keeps CJK in heading ids
        elif b[0] == "quote":
            out.append(f"<blockquote>{esc(b[1])}</blockquote>")
        elif b[0] == "img":
            src = f"/content/images/2025/{b[1][-10:]}"
            if b[2]:
                out.append(f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{src}" class="kg-image" alt="" loading="lazy" width="1600" height="1000"><figcaption><span style="white-space: pre-wrap;">{esc(b[2])}</span></figcaption></figure>')
            else:
                out.append(f'<figure class="kg-card kg-image-card"><img src="{src}" class="kg-image" alt="" loading="lazy" width="1600" height="1000"></figure>')
        elif b[0] == "table":
            head = "".join(f"<th>{esc(c)}</th>" for c in b[1][0])
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1][1:])
            out.append(f"<!--kg-card-begin: html--><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table><!--kg-card-end: html-->")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2025, 1, 6, tzinfo=TZ8), dt.datetime(2026, 5, 16, 22, tzinfo=TZ8))
    # late-night / early-morning posts: the UTC stamp in the meta and JSON-LD is on the previous day
    for k, (h, m) in zip((4, 13, 22, 30), ((0, 15), (6, 30), (7, 45), (1, 5))):
        whens[k] = whens[k].replace(hour=h, minute=m)
    whens.sort()
    prim = [c for c, k in zip(TAGS, COUNTS) for _ in range(k)]
    rnd.shuffle(prim)
    ks = kinds(rnd, n)
    paid_idx = set(rnd.sample([i for i in range(n) if ks[i] != "short"], N_PAID))

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        tpl, slug = ar.choice(content.ANALYST_TITLES)
        return ctx.fill(tpl), (ctx, ar, slug)

    arts: list[Art] = []
    slugs: set[str] = set()
    for i, (title, (ctx, ar, slug_tpl)) in enumerate(unique_titles(make, n)):
        a = Art(i, 100 + i, prim[i], title, content.analyst_blocks(ctx, ks[i]), whens[i])
        slug = slug_tpl.format(ps=content.PRODUCT_SLUGS[ctx.fixed["pr"]], cs=content.COMPANY_SLUGS[ctx.fixed["co"]],
                               year=ctx.fixed["year"])
        base_slug, k = slug, 2
        while slug in slugs:  # Ghost appends -2, -3 ...
            slug, k = f"{base_slug}-{k}", k + 1
        slugs.add(slug)
        a.url = f"/{slug}/"
        acc = AUTHORS[0] if ar.random() < 0.7 else AUTHORS[1]
        a.extra["acc"] = acc
        a.author = acc[1]
        a.extra["paid"] = i in paid_idx
        sec = [t for t in SECONDARY if ar.random() < 0.3]
        a.extra["secondary"] = sec
        paras = content.paragraphs(a.blocks)
        a.extra["excerpt"] = paras[0][:56] + "…"
        a.extra["custom_excerpt"] = ctx.fill(ar.choice(["一文看懂{pr}行业的竞争格局与投资逻辑。", "我们走访了{n}家企业，结论可能和你想的不一样。",
                                                        "本周要点：{co}、{co2}动态，以及{pr}价格走势。"])) if ar.random() < 0.6 else None
        if a.extra["paid"]:  # the public preview ends after the second text block
            cut = [k for k, b in enumerate(a.blocks) if b[0] == "p"][1] + 1
            a.extra["visible"] = a.blocks[:cut]
        else:
            a.extra["visible"] = a.blocks
        words = len(re.findall(r"[\u4e00-\u9fff]", "".join(paras)))
        a.extra["minutes"] = max(1, math.ceil(words / 500))
        arts.append(a)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    for a in arts:  # Casper's read-more: 3 newest other posts sharing the primary tag
        a.related = [x for x in latest if x is not a and x.ch is a.ch][:3]

    for a in arts:
        acc = a.extra["acc"]
        tags = [(a.ch.key, a.ch.name)] + a.extra["secondary"]
        ld = {"@context": "https://schema.org", "@type": "Article",
              "publisher": {"@type": "Organization", "name": SITE, "url": f"{BASE}/", "logo": {"@type": "ImageObject", "url": f"{BASE}/favicon.png"}},
              "author": {"@type": "Person", "name": acc[1], "url": f"{BASE}/author/{acc[0]}/", "sameAs": []},
              "headline": a.title, "url": f"{BASE}{a.url}", "datePublished": _z(a.when),
              "dateModified": _z(a.when + dt.timedelta(hours=3)), "keywords": ", ".join(t for _, t in tags),
              "description": a.extra["custom_excerpt"] or a.extra["excerpt"], "mainEntityOfPage": f"{BASE}{a.url}"}
        extra = (f'<meta name="description" content="{esc(a.extra["custom_excerpt"] or a.extra["excerpt"])}">\n'
                 f'<meta property="og:site_name" content="{SITE}">\n<meta property="og:type" content="article">\n'
                 f'<meta property="og:title" content="{esc(a.title)}">\n<meta property="og:url" content="{BASE}{a.url}">\n'
                 f'<meta property="article:published_time" content="{_z(a.when)}">\n'
                 f'<meta property="article:modified_time" content="{_z(a.when + dt.timedelta(hours=3))}">\n'
                 + "".join(f'<meta property="article:tag" content="{t}">\n' for _, t in tags)
                 + f'<meta name="twitter:card" content="summary_large_image">\n'
                 f'<script type="application/ld+json">\n{json.dumps(ld, ensure_ascii=False, indent=4)}\n</script>\n')
        br = random.Random(f"{seed}:{NAME}:body:{a.aid}")
        body = _body(a.extra["visible"])
        if not a.extra["paid"] and ks[a.idx] != "short" and br.random() < 0.4:
            co = br.choice(content.COMPANIES)
            bookmark = (f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://report.example.org/auto-parts/{a.aid}">'
                        f'<div class="kg-bookmark-content"><div class="kg-bookmark-title">{co}{a.when.year}年度报告摘要</div>'
                        f'<div class="kg-bookmark-description">公司年度经营情况、主要产品产销量及研发投入情况。</div>'
                        f'<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://report.example.org/favicon.ico" alt=""><span class="kg-bookmark-author">巨潮资讯</span></div></div>'
                        f'<div class="kg-bookmark-thumbnail"><img src="https://report.example.org/thumb/{a.aid}.png" alt=""></div></a></figure>')
            parts = body.split("\n")
            parts.insert(len(parts) - 1, bookmark)
            body = "\n".join(parts)
        if a.extra["paid"]:
            body += ("\n<aside class=\"gh-post-upgrade-cta\">\n<div class=\"gh-post-upgrade-cta-content\" style=\"background-color: #d5322c\">\n"
                     "<h2>本文为付费会员专享内容</h2>\n<p>订阅“汽配研究所”付费会员，即可阅读全文，并获取每周数据周报和行业数据库。</p>\n"
                     "<a class=\"gh-btn\" data-portal=\"signup\" href=\"#/portal/signup\" style=\"color:#d5322c\">立即订阅</a>\n"
                     "<p><small>已经是会员？<a data-portal=\"signin\" href=\"#/portal/signin\">登录</a></small></p>\n</div>\n</aside>")
        excerpt = f'<p class="article-excerpt">{esc(a.extra["custom_excerpt"])}</p>\n' if a.extra["custom_excerpt"] else ""
        read_more = "\n".join(_card(r) for r in a.related)
        cls = " ".join(f"tag-{k}" for k, _ in tags)
        html = _head(a.title, a.url, extra, "post-template " + cls) + f"""<main id="site-main" class="site-main">
<article class="article post {cls}{' post-access-paid' if a.extra['paid'] else ''}">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/{a.ch.key}/">{a.ch.name}</a></span>{'<span class="post-card-access">付费会员</span>' if a.extra['paid'] else ''}</div>
<h1 class="article-title">{esc(a.title)}</h1>
{excerpt}<div class="article-byline">
<section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/{acc[0]}/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/{acc[0]}.jpg" alt="{acc[1]}"></a></li></ul>
<div class="article-byline-meta">
<h4 class="author-name"><a href="/author/{acc[0]}/">{acc[1]}</a></h4>
<div class="byline-meta-content">
<time class="byline-meta-date" datetime="{a.when:%Y-%m-%d}">{_zh(a.when)}</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 阅读约 {a.extra["minutes"]} 分钟</span>
<span class="byline-comments"><span class="bull">&bull;</span> <span data-ghost-comment-count="6650{a.aid:04d}" data-ghost-comment-count-empty="" data-ghost-comment-count-singular="条评论" data-ghost-comment-count-plural="条评论"></span></span>
</div>
</div>
</section>
</div>
<figure class="article-image"><img srcset="/content/images/size/w600/2025/{a.aid:04d}.jpg 600w, /content/images/size/w1200/2025/{a.aid:04d}.jpg 1200w" src="/content/images/size/w2000/2025/{a.aid:04d}.jpg" alt="{esc(a.title)}"><figcaption>题图：{a.ch.name}相关产品（资料图）</figcaption></figure>
</header>
<section class="gh-content gh-canvas">
{body}
</section>
<section class="article-tags gh-canvas">{"".join(f'<a class="article-tag-link" href="/tag/{k}/">#{t}</a> ' for k, t in tags)}</section>
<section class="article-author gh-canvas"><div class="author-card"><img class="author-profile-image" src="/content/images/size/w100/2024/{acc[0]}.jpg" alt="{acc[1]}">
<div class="author-card-content"><h4 class="author-card-name"><a href="/author/{acc[0]}/">{acc[1]}</a></h4><p>{acc[2]}</p></div></div></section>
<section class="article-comments gh-canvas">
<script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js" data-ghost-comments="{BASE}/" data-api="{BASE}/ghost/api/content/" data-admin="{BASE}/ghost/" data-key="3c1f0a7e9d" data-title="" data-count="true" data-post-id="6650{a.aid:04d}" data-color-scheme="auto" data-avatar-saturation="60" data-accent-color="#d5322c" crossorigin="anonymous"></script>
</section>
</article>
</main>
<aside class="read-more-wrap outer">
<div class="read-more inner">
<div class="read-more-title"><h3>你可能也喜欢</h3><p class="read-more-subtitle">You might also like</p></div>
<div class="read-more-feed">
{read_more}
</div>
</div>
</aside>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">订阅{SITE}，每周获取汽配产业观察</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">输入你的邮箱</div><span>订阅</span></a></div></section>
""" + FOOT
        site.add(a.url, html)
        related = [{"title": r.title, "url": r.url, "date": iso_date(r.when), "views": None} for r in a.related]
        site.article_row(a, content.paragraphs(a.extra["visible"]), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=_zh(a.when), views_display=None, views_approx=False, related=related)

    def write_list(base: str, title: str, header: str, entries: list[Art], home: bool = False) -> None:
        chunks = paginate(entries, PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = base if k == 1 else f"{base}page/{k}/"
            links = ""
            if k > 1:
                links += f'<link rel="prev" href="{BASE}{base if k == 2 else f"{base}page/{k - 1}/"}">\n'
            if k < len(chunks):
                links += f'<link rel="next" href="{BASE}{base}page/{k + 1}/">\n'
            cards = "\n".join(_card(x, large=home and k == 1 and j == 0) for j, x in enumerate(chunk))
            nav = ""
            if len(chunks) > 1:
                newer = f'<a class="newer-posts" href="{base if k == 2 else f"{base}page/{k - 1}/"}">&larr; 较新的文章</a>' if k > 1 else ""
                older = f'<a class="older-posts" href="{base}page/{k + 1}/">更早的文章 &rarr;</a>' if k < len(chunks) else ""
                nav = f'<nav class="pagination" role="navigation">\n{newer}\n<span class="page-number">第 {k} 页，共 {len(chunks)} 页</span>\n{older}\n</nav>'
            t = title if k == 1 else f"{title}（第 {k} 页）"
            html = _head(t, url, links, "home-template" if home else "tag-template") + f"""{header}
<main id="site-main" class="site-main outer">
<div class="inner posts">
<div class="post-feed">
{cards}
</div>
{nav}
</div>
</main>
""" + FOOT
            site.add(url, html)
            site.list_pages.append({"url": url, "aliases": []})
            for pos, x in enumerate(chunk, 1):
                site.listing(url, pos, x, iso_date(x.when), _zh(x.when), None, x.ch.name)

    dead = "/2024-brake-market-review/"
    home_header = (f'<div class="site-header-content outer"><div class="site-header-inner inner">\n<h1 class="site-title">{SITE}</h1>\n'
                   f'<p class="site-description">一个汽配行业分析师的研究笔记：制动、热管理、电驱动与后市场。往期精选：<a href="{dead}">2024 年制动市场回顾</a></p>\n</div></div>')
    write_list("/", SITE, home_header, latest, home=True)
    site.non_articles.append({"url": "/", "reason": "home page (also the first page of the post feed)"})
    for t in TAGS:
        mine = [x for x in latest if x.ch is t]
        hdr = (f'<section class="outer"><div class="inner posts"><header class="tag-archive-header"><div class="tag-archive-content">'
               f'<span class="tag-archive-label">标签</span><h1 class="tag-archive-name">{t.name}</h1>'
               f'<div class="tag-archive-description">{len(mine)} 篇文章</div></div></header></div></section>')
        write_list(f"/tag/{t.key}/", f"{t.name} - {SITE}", hdr, mine)
    for key, name in SECONDARY:
        mine = [x for x in latest if (key, name) in x.extra["secondary"]]
        if mine:
            hdr = (f'<section class="outer"><div class="inner posts"><header class="tag-archive-header"><div class="tag-archive-content">'
                   f'<span class="tag-archive-label">标签</span><h1 class="tag-archive-name">{name}</h1></div></header></div></section>')
            write_list(f"/tag/{key}/", f"{name} - {SITE}", hdr, mine)
    for key, name, bio in AUTHORS:
        mine = [x for x in latest if x.extra["acc"][0] == key]
        hdr = (f'<section class="outer"><div class="inner posts"><header class="author-archive-header">'
               f'<img class="author-profile-image" src="/content/images/size/w150/2024/{key}.jpg" alt="{name}">'
               f'<h1 class="site-title">{name}</h1><div class="author-bio">{bio}</div><div class="author-meta">{len(mine)} 篇文章</div></header></div></section>')
        write_list(f"/author/{key}/", f"{name} - {SITE}", hdr, mine)

    about = _head(f"关于 - {SITE}", "/about/", body_class="page-template") + f"""<main id="site-main" class="site-main"><article class="article page no-image">
<header class="article-header gh-canvas"><h1 class="article-title">关于</h1></header>
<section class="gh-content gh-canvas"><p>{SITE}是{AUTHORS[0][1]}创办的独立研究博客，专注汽车零部件产业链。</p>
<p>免费订阅可以收到每篇公开文章的邮件推送；付费会员可阅读全部深度报告和每周数据周报。</p>
<p>合作与投稿：hello@qipeilab.example.com</p></section></article></main>
""" + FOOT
    site.add("/about/", about)
    site.non_articles.append({"url": "/about/", "reason": "static page (Ghost page, no date)"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (dead link on the home page)"})
    cards = "\n".join(_card(x) for x in latest[:3])
    site.add("/404.html", _head(f"404 — 页面未找到 - {SITE}", "/404/", body_class="error-template") + f"""<main id="site-main" class="site-main outer error-content">
<div class="inner"><section class="error-message"><h1 class="error-code">404</h1><p class="error-description">页面未找到</p><a class="error-link" href="/">返回首页 &rarr;</a></section>
<div class="post-feed">
{cards}
</div></div></main>
""" + FOOT)
    site.raw["/robots.txt"] = (f"User-agent: *\nSitemap: {BASE}/sitemap.xml\nDisallow: /ghost/\nDisallow: /email/\n"
                               "Disallow: /members/api/comments/counts/\nDisallow: /r/\nDisallow: /webmentions/receive/\n").encode()
    return site

"""A static Hugo blog (PaperMod-like theme) about automotive electronics, in Chinese."""

from __future__ import annotations

import datetime as dt
import math
import random
import re
from urllib.parse import quote

from . import content
from .core import Art, Channel, Site, TZ8, chain, esc, iso_date, paginate, rand_dates

NAME = "hugo"
SITE = "车载电子笔记"
BASE = "https://autoe.example.net"
PER_PAGE = 7  # Hugo `paginate = 7`, the same for every list
CATS = [Channel("net", "车载网络"), Channel("diag", "诊断与刷写"), Channel("ev", "三电系统"), Channel("tools", "工具与环境")]
COUNTS = [11, 8, 6, 5]  # 7+4, 7+1, 6, 5
TAGS = ["CAN", "AUTOSAR", "诊断", "嵌入式", "Linux", "新能源", "功能安全", "入门"]
OWNER = "陈工"
TZ9 = dt.timezone(dt.timedelta(hours=9))


def urlize(term: str) -> str:
    return quote(term.lower().replace(" ", "-"))


def _anchor(h: str) -> str:
    return re.sub(r"\s+", "-", h.strip().lower())


def _cat_url(c: Channel) -> str:
    return f"/categories/{urlize(c.name)}/"


def _tag_url(t: str) -> str:
    return f"/tags/{urlize(t)}/"


def _page_url(base: str, k: int) -> str:
    return base if k == 1 else f"{base}page/{k}/"


def _zh_date(d: dt.datetime) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _head(title: str, desc: str, canonical: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh" dir="auto">
<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc)}">
<meta name="author" content="{OWNER}">
<link rel="canonical" href="{BASE}{canonical}">
<link crossorigin="anonymous" href="/assets/css/stylesheet.6a98292fb8fa8cf0f3ba4042d4b75515c04267550f3ad49ff6271b5af9562443.css" rel="preload stylesheet" as="style">
<link rel="icon" href="/favicon.ico">
<link rel="alternate" type="application/rss+xml" href="{BASE}/index.xml">
<meta name="generator" content="Hugo 0.128.2">
{extra}<noscript><style>#theme-toggle,.top-link{{display:none;}}</style></noscript>
</head>
<body class="list" id="top">
<script>if (localStorage.getItem("pref-theme") === "dark") {{ document.body.classList.add('dark'); }}</script>
<header class="header">
<nav class="nav">
<div class="logo"><a href="/" accesskey="h" title="{SITE} (Alt + H)">{SITE}</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu">
<li><a href="/posts/" title="文章"><span>文章</span></a></li>
<li><a href="/archives/" title="归档"><span>归档</span></a></li>
<li><a href="/categories/" title="分类"><span>分类</span></a></li>
<li><a href="/tags/" title="标签"><span>标签</span></a></li>
<li><a href="/search/" title="搜索 (Alt + /)" accesskey="/"><span>搜索</span></a></li>
<li><a href="/about/" title="关于"><span>关于</span></a></li>
</ul>
</nav>
</header>
<main class="main">
"""


FOOT = f"""</main>
<footer class="footer">
<span>&copy; 2026 <a href="/">{SITE}</a></span> &middot;
<span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span> &middot;
<span><a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">沪ICP备2021012345号-1</a></span>
<span id="busuanzi_container_site_pv">本站总访问量 <span id="busuanzi_value_site_pv"></span> 次</span>
</footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">&uarr;</a>
<script async src="//busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script>
<script>document.getElementById("theme-toggle").addEventListener("click", () => {{ document.body.classList.toggle('dark'); }})</script>
</body>
</html>
"""


def _inline(text: str) -> str:
    return re.sub(r"\[\^(\d+)\]", lambda m: f'<sup id="fnref:{m.group(1)}"><a href="#fn:{m.group(1)}" class="footnote-ref" role="doc-noteref">{m.group(1)}</a></sup>', esc(text))


def _body(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>{_inline(b[1])}</p>")
        elif b[0] == "h":
            aid = _anchor(b[1])
            out.append(f'<h2 id="{aid}">{esc(b[1])}<a hidden class="anchor" aria-hidden="true" href="#{aid}">#</a></h2>')
        elif b[0] == "img":
            out.append(f'<figure class="align-center"><img loading="lazy" src="{b[1]}" alt="{esc(b[2] or "")}">'
                       + (f"<figcaption><p>{esc(b[2])}</p></figcaption>" if b[2] else "") + "</figure>")
        elif b[0] == "table":
            head = "".join(f"<th>{esc(c)}</th>" for c in b[1][0])
            rows = "\n".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1][1:])
            out.append(f"<table>\n<thead>\n<tr>{head}</tr>\n</thead>\n<tbody>\n{rows}\n</tbody>\n</table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"\n</{b[0]}>")
        elif b[0] == "code":
            lines = "".join(f'<span class="line"><span class="cl">{esc(line)}\n</span></span>' for line in b[2])
            out.append(f'<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-{b[1]}" data-lang="{b[1]}">{lines}</code></pre></div>')
        elif b[0] == "footnotes":
            items = "\n".join(f'<li id="fn:{k}">\n<p>{esc(t)}&#160;<a href="#fnref:{k}" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>\n</li>'
                              for k, t in enumerate(b[1], 1))
            out.append(f'<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n{items}\n</ol>\n</div>')
    return "\n".join(out)


def _entry(a: Art, show_cat: bool = False) -> str:
    return f"""<article class="post-entry">
<header class="entry-header">
<h2 class="entry-hint-parent">{esc(a.title)}</h2>
</header>
<div class="entry-content">
<p>{esc(a.extra["summary"])}</p>
</div>
<footer class="entry-footer"><time datetime="{a.when.isoformat()}">{_zh_date(a.when)}</time>&nbsp;·&nbsp;{a.extra["minutes"]} 分钟&nbsp;·&nbsp;{a.author}</footer>
<a class="entry-link" aria-label="post link to {esc(a.title)}" href="{a.url}"></a>
</article>"""


def _pagination(base: str, k: int, total: int) -> str:
    if total == 1:
        return ""
    prev = f'<a class="prev" href="{_page_url(base, k - 1)}">«&nbsp;上一页&nbsp;</a>' if k > 1 else ""
    nxt = f'<a class="next" href="{_page_url(base, k + 1)}">下一页&nbsp;&nbsp;»</a>' if k < total else ""
    return f'<footer class="page-footer">\n<nav class="pagination">\n{prev}\n{nxt}\n</nav>\n</footer>'


def _alias(target: str) -> str:
    return (f'<!DOCTYPE html><html lang="zh"><head><title>{BASE}{target}</title><link rel="canonical" href="{BASE}{target}">'
            f'<meta name="robots" content="noindex"><meta charset="utf-8"><meta http-equiv="refresh" content="0; url={target}"></head></html>\n')


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", None, "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2024, 10, 6, tzinfo=TZ8), dt.datetime(2026, 5, 15, tzinfo=TZ8))
    cats = [c for c, k in zip(CATS, COUNTS) for _ in range(k)]
    rnd.shuffle(cats)
    combos = [(t, p) for t in content.TECH_TOPICS for p in content.TECH_PATTERNS]
    rnd.shuffle(combos)
    ks = ["short"] * 8 + ["long"] * 9 + ["medium"] * (n - 17)
    rnd.shuffle(ks)
    arts: list[Art] = []
    for i in range(n):
        (topic, slug), (tt, st) = combos[i]
        title, s = tt.format(t=topic), st.format(s=slug)
        ar = random.Random(f"{seed}:{NAME}:{i}")
        when = whens[i]
        if i in (5, 19):  # written while travelling: the front matter carries +09:00
            when = when.replace(tzinfo=TZ9)
        a = Art(i, i + 1, cats[i], title, content.tech_blocks(ar, topic, ks[i]), when)
        a.url = f"/posts/{when.year}/{when.month:02d}/{s}/"
        a.author = OWNER if ar.random() < 0.8 else "投稿·" + content.person(ar)
        if a.author.startswith("投稿·"):
            a.author = a.author[3:]
            a.extra["guest"] = True
        a.extra["tags"] = sorted(ar.sample(TAGS, ar.randint(1, 3)), key=TAGS.index)
        text = "".join(content.paragraphs(a.blocks))
        a.extra["words"] = len(re.findall(r"[\u4e00-\u9fff]", text)) + len(re.findall(r"[A-Za-z0-9]+", text))
        a.extra["minutes"] = max(1, math.ceil(a.extra["words"] / 400))
        a.extra["summary"] = content.paragraphs(a.blocks)[0][:70] + "…"
        if ar.random() < 0.35:
            a.extra["lastmod"] = (when + dt.timedelta(days=ar.randint(3, 60))).date()
        arts.append(a)
    chain(arts, lambda x: x.ch.key)
    for a in arts:
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        pool = [x for x in arts if x is not a and (x.ch is a.ch or set(x.extra["tags"]) & set(a.extra["tags"]))]
        a.related = sorted(rr.sample(pool, min(len(pool), 5)), key=lambda x: x.when, reverse=True)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)

    for a in arts:
        heads = [b[1] for b in a.blocks if b[0] == "h"]
        toc = ""
        if len(heads) >= 3:
            lis = "\n".join(f'<li><a href="#{_anchor(h)}" aria-label="{esc(h)}">{esc(h)}</a></li>' for h in heads)
            toc = (f'<div class="toc">\n<details open>\n<summary accesskey="c" title="(Alt + C)"><span class="details">目录</span></summary>\n'
                   f'<div class="inner"><ul>\n{lis}\n</ul></div>\n</details>\n</div>\n')
        stamp = a.when.isoformat()
        lastmod = ""
        mod_meta = ""
        if a.extra.get("lastmod"):
            lastmod = f'&nbsp;|&nbsp;<span>更新于 {a.extra["lastmod"].isoformat()}</span>'
            mod_meta = f'<meta property="article:modified_time" content="{a.extra["lastmod"].isoformat()}T21:00:00{stamp[-6:]}">\n'
        tags = "\n".join(f'<li><a href="{_tag_url(t)}">{esc(t)}</a></li>' for t in a.extra["tags"])
        nav = '<nav class="paginav">\n'
        if a.next:
            nav += f'<a class="prev" href="{a.next.url}"><span class="title">« 上一篇</span><br><span>{esc(a.next.title)}</span></a>\n'
        if a.prev:
            nav += f'<a class="next" href="{a.prev.url}"><span class="title">下一篇 »</span><br><span>{esc(a.prev.title)}</span></a>\n'
        nav += "</nav>"
        rel = "\n".join(f'<li><a href="{r.url}">{esc(r.title)}</a> <time datetime="{r.when.isoformat()}">{r.when.date().isoformat()}</time></li>'
                        for r in a.related)
        ld = ('{"@context":"https://schema.org","@type":"BlogPosting","headline":' + f'"{a.title}"'
              + f',"datePublished":"{stamp}","author":[{{"@type":"Person","name":"{a.author}"}}],"wordCount":"{a.extra["words"]}"'
              + f',"mainEntityOfPage":{{"@type":"WebPage","@id":"{BASE}{a.url}"}}}}')
        extra = (f'<meta name="keywords" content="{", ".join(a.extra["tags"])}">\n<meta property="og:title" content="{esc(a.title)}">\n'
                 f'<meta property="og:type" content="article">\n<meta property="og:url" content="{BASE}{a.url}">\n'
                 f'<meta property="article:section" content="posts">\n<meta property="article:published_time" content="{stamp}">\n'
                 f'{mod_meta}<script type="application/ld+json">{ld}</script>\n')
        guest = ""
        html = _head(f"{a.title} | {SITE}", a.extra["summary"], a.url, extra).replace('<body class="list"', '<body class=""') + f"""<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="/">主页</a>&nbsp;»&nbsp;<a href="/posts/">文章</a></div>
<h1 class="post-title entry-hint-parent">{esc(a.title)}</h1>
<div class="post-meta"><time datetime="{stamp}">{a.when.date().isoformat()}</time>&nbsp;·&nbsp;约 {a.extra["minutes"]} 分钟&nbsp;·&nbsp;{a.extra["words"]} 字&nbsp;·&nbsp;{"投稿：" if a.extra.get("guest") else ""}{a.author}{lastmod}&nbsp;|&nbsp;分类：<a href="{_cat_url(a.ch)}">{a.ch.name}</a>&nbsp;|&nbsp;<span id="busuanzi_container_page_pv">阅读 <span id="busuanzi_value_page_pv"></span> 次</span></div>
</header>
{toc}<div class="post-content">{guest}{_body(a.blocks)}
</div>
<footer class="post-footer">
<ul class="post-tags">
{tags}
</ul>
<div class="post-copyright"><p>本文作者：{a.author}</p><p>本文链接：<a href="{a.url}">{BASE}{a.url}</a></p>
<p>版权声明：本文采用 <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/deed.zh" rel="noopener" target="_blank">CC BY-NC-SA 4.0</a> 许可协议。转载请注明出处！</p></div>
{nav}
<div class="related-posts"><h3>相关文章</h3><ul>
{rel}
</ul></div>
<ul class="share-buttons">
<li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="https://x.com/intent/tweet/?text={quote(a.title)}&amp;url={quote(BASE + a.url)}">X</a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share on weibo" href="https://service.weibo.com/share/share.php?url={quote(BASE + a.url)}">微博</a></li>
</ul>
</footer>
<div id="tcomment"></div>
<script src="https://cdn.jsdelivr.net/npm/twikoo@1.6.39/dist/twikoo.all.min.js"></script>
<script>twikoo.init({{ envId: 'https://twikoo.autoe.example.net', el: '#tcomment', lang: 'zh-CN' }})</script>
</article>
""" + FOOT
        site.add(a.url, html)
        paras = content.paragraphs(a.blocks)
        related = [{"title": r.title, "url": r.url, "date": iso_date(r.when), "views": None} for r in a.related]
        site.article_row(a, paras, published_date=iso_date(a.when), published_at=stamp,
                         published_display=a.when.date().isoformat(), views_display=None, views_approx=False, related=related)

    def write_list(base: str, title: str, heading: str, entries: list[Art], home: bool = False) -> None:
        chunks = paginate(entries, PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = _page_url(base, k)
            info = ""
            if home and k == 1:
                info = (f'<article class="first-entry home-info">\n<header class="entry-header"><h1>你好，这里是{SITE} 👋</h1></header>\n'
                        f'<div class="entry-content">记录汽车电子开发中的学习笔记与踩坑经验：车载网络、诊断刷写、三电系统与工具链。'
                        f'博客迁移后部分旧链接失效，例如 <a href="/posts/2023/01/old-blog-migration/">旧博客迁移说明</a>。</div>\n</article>\n')
            head = "" if home else f'<header class="page-header"><h1>{esc(heading)}</h1></header>\n'
            body = "\n".join(_entry(x) for x in chunk)
            t = title if k == 1 else f"{title} | 第 {k} 页"
            site.add(url, _head(t, f"{SITE}：{heading}", url) + head + info + body + "\n" + _pagination(base, k, len(chunks)) + "\n" + FOOT)
            site.list_pages.append({"url": url, "aliases": []})
            for pos, x in enumerate(chunk, 1):
                site.listing(url, pos, x, iso_date(x.when), _zh_date(x.when))
        if True:  # Hugo always writes the page/1/ alias of a paginated list
            site.add(f"{base}page/1/", _alias(base))
            site.non_articles.append({"url": f"{base}page/1/", "reason": "Hugo pagination alias (meta refresh to page 1)"})

    write_list("/", SITE, SITE, latest, home=True)
    write_list("/posts/", f"文章 | {SITE}", "文章", latest)
    for c in CATS:
        write_list(_cat_url(c), f"{c.name} | {SITE}", c.name, [x for x in latest if x.ch is c])
    for t in TAGS:
        mine = [x for x in latest if t in x.extra["tags"]]
        if mine:
            write_list(_tag_url(t), f"{t} | {SITE}", t, mine)
    site.non_articles.append({"url": "/", "reason": "home page (also a paginated post list)"})

    # taxonomy term indexes
    terms = "\n".join(f'<li><a href="{_cat_url(c)}">{c.name} <sup><strong><sup>{sum(x.ch is c for x in arts)}</sup></strong></sup></a></li>' for c in CATS)
    site.add("/categories/", _head(f"分类 | {SITE}", "分类", "/categories/") + f'<header class="page-header"><h1>分类</h1></header>\n<ul class="terms-tags">\n{terms}\n</ul>\n' + FOOT)
    tterms = "\n".join(f'<li><a href="{_tag_url(t)}">{t} <sup><strong><sup>{sum(t in x.extra["tags"] for x in arts)}</sup></strong></sup></a></li>'
                       for t in TAGS if any(t in x.extra["tags"] for x in arts))
    site.add("/tags/", _head(f"标签 | {SITE}", "标签", "/tags/") + f'<header class="page-header"><h1>标签</h1></header>\n<ul class="terms-tags">\n{tterms}\n</ul>\n' + FOOT)
    site.non_articles += [{"url": "/categories/", "reason": "taxonomy index"}, {"url": "/tags/", "reason": "taxonomy index"}]

    # archives: year / month headers, entries show only month+day
    parts = []
    for year in sorted({x.when.year for x in latest}, reverse=True):
        ys = [x for x in latest if x.when.year == year]
        parts.append(f'<div class="archive-year"><h2 class="archive-year-header">{year}<sup class="archive-count">&nbsp;&nbsp;{len(ys)}</sup></h2>')
        for month in sorted({x.when.month for x in ys}, reverse=True):
            ms = [x for x in ys if x.when.month == month]
            parts.append(f'<div class="archive-month"><h3 class="archive-month-header">{month}月<sup class="archive-count">&nbsp;&nbsp;{len(ms)}</sup></h3>\n<div class="archive-posts">')
            for x in ms:
                parts.append(f'<div class="archive-entry">\n<h3 class="archive-entry-title entry-hint-parent">{esc(x.title)}</h3>\n'
                             f'<div class="archive-meta"><time datetime="{x.when.isoformat()}">{x.when.month}月{x.when.day}日</time>&nbsp;·&nbsp;{x.extra["minutes"]} 分钟&nbsp;·&nbsp;{x.author}</div>\n'
                             f'<a class="entry-link" aria-label="post link to {esc(x.title)}" href="{x.url}"></a>\n</div>')
            parts.append("</div>\n</div>")
        parts.append("</div>")
    site.add("/archives/", _head(f"归档 | {SITE}", "归档", "/archives/") + '<header class="page-header"><h1>归档</h1></header>\n' + "\n".join(parts) + "\n" + FOOT)
    site.list_pages.append({"url": "/archives/", "aliases": []})
    for pos, x in enumerate(latest, 1):
        site.listing("/archives/", pos, x, iso_date(x.when), f"{x.when.month}月{x.when.day}日")

    site.add("/about/", _head(f"关于 | {SITE}", "关于", "/about/") + f"""<article class="post-single"><header class="post-header"><h1 class="post-title">关于</h1></header>
<div class="post-content"><p>博主{OWNER}，某零部件企业的汽车电子工程师，主要做车身控制器和诊断相关的开发。</p>
<p>博客内容均为个人学习笔记，观点不代表任职单位。欢迎交流，联系方式见 <a href="/contact/">联系我</a>。</p></div></article>
""" + FOOT)
    site.add("/contact/", _head(f"联系我 | {SITE}", "联系我", "/contact/") + """<article class="post-single"><header class="post-header"><h1 class="post-title">联系我</h1></header>
<div class="post-content"><p>邮箱：chen [at] autoe.example.net</p><p>也可以在任意文章下方留言，看到会回复。</p></div></article>
""" + FOOT)
    site.add("/search/", _head(f"搜索 | {SITE}", "搜索", "/search/") + '<header class="page-header"><h1>搜索</h1></header>\n<div id="searchbox"><input id="searchInput" autofocus placeholder="搜索文章 ↵" aria-label="search" type="search" autocomplete="off"><ul id="searchResults" aria-label="search results"></ul></div>\n<script src="/js/fastsearch.js"></script>\n' + FOOT)
    site.non_articles += [{"url": "/about/", "reason": "关于 (static page)"}, {"url": "/contact/", "reason": "联系我 (static page)"},
                          {"url": "/archives/", "reason": "archive list"}, {"url": "/search/", "reason": "search page"}]
    site.add("/404.html", _head(f"404 Page not found | {SITE}", "404", "/404.html") + '<div class="not-found">404</div>\n' + FOOT)
    site.rejects.append({"url": "/posts/2023/01/old-blog-migration/", "reason": "HTTP 404 (dead link on the home page)"})
    site.raw["/robots.txt"] = f"User-agent: *\nDisallow: /search/\nSitemap: {BASE}/sitemap.xml\n".encode()
    return site

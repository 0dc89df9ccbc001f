"""A Jekyll (minima, with Chirpy-like extras) engineering blog (栩林车电工坊): /network/2025/03/16/can-fd.html, /page2/, /archive/."""

from __future__ import annotations

import datetime as dt
import random
import re

from . import content
from .core import TZ8, Art, Channel, Site, chain, esc, iso_date, paginate, pct, rand_dates

NAME = "jekyll_techblog"
SITE = content.BLOG_NAME
BASE = "https://xulin-ee.example.io"
CATS = [Channel(k, n) for k, n in content.BLOG_CATS]
PER_PAGE = 8
DEAD = "/network/2022/08/15/can-basics.html"  # a post of the old blog, linked from the home page: 404
KW = re.compile(r"\b(uint8_t|uint16_t|uint32_t|void|static|volatile|return|if|typedef|struct|int|for|in|def|import|on|while)\b")


def _zh(d: dt.datetime | dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _slug(title: str, used: set) -> str:
    """Jekyll's slug of the post's file name: the ASCII words of the title, or the Chinese title itself (then
    percent-encoded in links and in the truth, as Jekyll writes it)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9/.+-]*", title)]
    base = "-".join(w.replace("/", "-").replace("+", "").replace(".", "") for w in words)
    if not base:
        base = re.sub(r"[：？，、\s]+", "-", title).strip("-")
    slug, j = base, 2
    while slug in used:
        slug, j = f"{base}-{j}", j + 1
    used.add(slug)
    return slug


def _code(lang: str, lines: list[str], linenos: bool) -> str:
    def hl(line: str) -> str:
        out, pos = [], 0
        for m in KW.finditer(line):
            out.append(esc(line[pos:m.start()]))
            out.append(f'<span class="kt">{esc(m.group(0))}</span>')
            pos = m.end()
        out.append(esc(line[pos:]))
        return "".join(out)
    code = "\n".join(hl(ln) for ln in lines)
    if linenos:
        gutter = "\n".join(str(j) for j in range(1, len(lines) + 1))
        return (f'<figure class="highlight"><pre><code class="language-{lang}" data-lang="{lang}"><table class="rouge-table"><tbody><tr>'
                f'<td class="gutter gl"><pre class="lineno">{gutter}\n</pre></td><td class="code"><pre>{code}\n</pre></td></tr></tbody></table></code></pre></figure>')
    return f'<div class="language-{lang} highlighter-rouge"><div class="highlight"><pre class="highlight"><code>{code}\n</code></pre></div></div>'


def _blocks(ctx: content.Ctx, cat: str, kind: str) -> tuple[list, list]:
    """(blocks, footnotes): blocks may carry a footnote marker as a 3rd element of a ("p", text, n) block."""
    r = ctx.r
    sents = content.BLOG_SENT[cat]
    pool: list[str] = []

    def para() -> str:
        out = []
        for _ in range(r.randint(1, 2)):
            if not pool:
                pool.extend(r.sample(sents, len(sents)))
            out.append(ctx.fill(pool.pop()))
        return "".join(out)

    def code() -> tuple:
        lang = r.choice(content.BLOG_CODE_LANG[cat])
        return ("code", lang, r.choice(content.BLOG_CODE[lang]))

    heads = content.BLOG_HEADS[cat]
    if kind == "short":
        blocks = [("p", para())] + ([code()] if r.random() < 0.5 else [("p", para())])
        return blocks, []
    blocks = [("p", para()), ("h", heads[0]), ("p", para()), ("p", para()), ("h", heads[1]), ("p", para()), code()]
    if kind == "long":
        blocks += [("p", para()), ("h", heads[2])]
        if cat in content.BLOG_TABLES:
            blocks += [("p", "对比数据如下表："), ("table", content.BLOG_TABLES[cat])]
        blocks += [("p", para()), code(), ("quote", r.choice(content.BLOG_QUOTES)), ("h", heads[3]),
                   ("ul", [ctx.fill(s) for s in r.sample(sents, 3)]), ("p", para())]
    else:
        blocks += [("p", para())]
    notes: list = []
    if kind == "long" or r.random() < 0.3:
        for j in range(1 if kind == "medium" else r.randint(1, 2)):
            idx = [i for i, b in enumerate(blocks) if b[0] == "p" and len(b) == 2]
            at = r.choice(idx)
            blocks[at] = ("p", blocks[at][1], len(notes) + 1)
            notes.append(r.choice(content.BLOG_FOOTNOTES))
        notes = notes[:len(notes)]
        # markers must be numbered in reading order
        order = [i for i, b in enumerate(blocks) if b[0] == "p" and len(b) == 3]
        renum = {blocks[i][2]: k for k, i in enumerate(order, 1)}
        notes = [notes[old - 1] for old, _ in sorted(renum.items(), key=lambda kv: kv[1])]
        for i in order:
            blocks[i] = ("p", blocks[i][1], renum[blocks[i][2]])
    return blocks, notes


def _html(blocks: list, notes: list, rnd: random.Random) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            mark = (f'<sup id="fnref:{b[2]}" role="doc-noteref"><a href="#fn:{b[2]}" class="footnote" rel="footnote">{b[2]}</a></sup>'
                    if len(b) == 3 else "")
            out.append(f"<p>{esc(b[1])}{mark}</p>")
        elif b[0] == "h":
            out.append(f'<h2 id="{esc(b[1])}">{esc(b[1])}</h2>')
        elif b[0] == "code":
            out.append(_code(b[1], b[2], rnd.random() < 0.4))
        elif b[0] == "table":
            head = "".join(f"<th>{esc(c)}</th>" for c in b[1][0])
            body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in b[1][1:])
            out.append(f"<table>\n<thead>\n<tr>{head}</tr>\n</thead>\n<tbody>\n{body}</tbody>\n</table>")
        elif b[0] == "quote":
            out.append(f'<blockquote class="prompt-tip">\n<p>{esc(b[1])}</p>\n</blockquote>')
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>\n" + "".join(f"<li>{esc(i)}</li>\n" for i in b[1]) + f"</{b[0]}>")
    if notes:
        lis = "".join(f'<li id="fn:{j}" role="doc-endnote">\n<p>{esc(t)}&nbsp;<a href="#fnref:{j}" class="reversefootnote" role="doc-backlink">&#8617;</a></p>\n</li>\n'
                      for j, t in enumerate(notes, 1))
        out.append(f'<div class="footnotes" role="doc-endnotes">\n<ol>\n{lis}</ol>\n</div>')
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    posts = [(c, t) for c in CATS for t in content.BLOG_TITLES[c.key]]
    rnd.shuffle(posts)
    n = len(posts)
    whens = rand_dates(rnd, n, dt.datetime(2023, 9, 4, tzinfo=TZ8), dt.datetime(2026, 5, 17, 23, tzinfo=TZ8), seconds=True, hours=(8, 23))
    ks = ["short"] * 9 + ["long"] * 11 + ["medium"] * (n - 20)
    rnd.shuffle(ks)
    used: set = set()
    arts: list[Art] = []
    for i, ((c, title), when) in enumerate(zip(posts, whens, strict=True)):
        ar = random.Random(f"{seed}:{NAME}:{i}")
        ctx = content.Ctx(ar, when)
        blocks, notes = _blocks(ctx, c.key, ks[i])
        date_only = ar.random() < 0.3  # front matter without a time: Jekyll writes T00:00:00+08:00
        shown_when = when.replace(hour=0, minute=0, second=0) if date_only else when
        a = Art(i, i, c, title, blocks, shown_when)
        a.extra.update(notes=notes, date_only=date_only, slug=_slug(title, used))
        a.url = pct(f"/{c.key}/{shown_when:%Y/%m/%d}/{a.extra['slug']}.html")
        a.author = ar.choice(content.BLOG_AUTHORS)
        a.extra["updated"] = when + dt.timedelta(days=ar.randint(5, 200)) if ar.random() < 0.35 else None
        if a.extra["updated"] and a.extra["updated"] > dt.datetime(2026, 5, 18, tzinfo=TZ8):
            a.extra["updated"] = None
        a.extra["tags"] = sorted({w for w in re.findall(r"[A-Za-z][A-Za-z0-9-]+", title) if w.lower() not in ("on", "and")} | {c.name})
        mode = ar.random()
        if mode < 0.2:
            a.comments = None  # comments: false
            a.extra["cmts"] = None
        else:
            k = 0 if mode < 0.35 else ar.randint(1, 5)
            a.comments = k
            a.extra["cmts"] = [(content.person(ar), min(when + dt.timedelta(days=ar.randint(1, 60), hours=ar.randint(0, 9)), dt.datetime(2026, 5, 18, 9, 12, tzinfo=TZ8)),
                                 ar.choice(content.COMMENT_TEXTS)) for _ in range(k)]
        arts.append(a)
    chain(arts, lambda x: 0)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    for a in arts:
        a.related = [x for x in latest if x.ch is a.ch and x is not a][:3]

    # ------------------------------------------------------------------ template parts
    pages_nav = [("/about/", "关于"), ("/archive/", "归档"), ("/categories/", "分类"), ("/tags/", "标签")]

    def head(title: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
  <meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Begin Jekyll SEO tag v2.8.0 -->
<title>{esc(title)}</title>
<meta name="generator" content="Jekyll v4.3.3" />
{extra}<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="{BASE}/feed.xml" title="{SITE}" /></head>
<body><header class="site-header" role="banner">
  <div class="wrapper"><a class="site-title" rel="author" href="/">{SITE}</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" /><label for="nav-trigger"><span class="menu-icon"></span></label>
        <div class="trigger">{"".join(f'<a class="page-link" href="{u}">{t}</a>' for u, t in pages_nav)}</div></nav></div>
</header>
<main class="page-content" aria-label="Content"><div class="wrapper">
"""

    def foot() -> str:
        return f"""</div></main><footer class="site-footer h-card"><data class="u-url" href="/"></data>
  <div class="wrapper"><h2 class="footer-heading">{SITE}</h2>
    <div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">栩林智联电子 车身与底盘电子团队</li><li><a class="u-email" href="mailto:ee-blog@xulin-zl.example.com">ee-blog@xulin-zl.example.com</a></li></ul></div>
      <div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://github.example.com/xulin-ee"><span class="username">xulin-ee</span></a></li></ul></div>
      <div class="footer-col footer-col-3"><p>{content.BLOG_TAGLINE}。文章仅代表作者个人观点。</p></div></div></div>
</footer>
</body></html>
"""

    # ------------------------------------------------------------------ posts
    for a in arts:
        ar = random.Random(f"{seed}:{NAME}:html:{a.idx}")
        dt_attr = a.when.isoformat()
        upd = (f' · <span class="post-updated">更新于 <time class="dt-updated" datetime="{a.extra["updated"].isoformat()}" itemprop="dateModified">{_zh(a.extra["updated"])}</time></span>'
               if a.extra["updated"] else "")
        chars = sum(len(p) for p in content.paragraphs(a.blocks))
        cm = ""
        if a.comments is not None:
            cm = (f' · <a class="comment-count" href="#comments">{a.comments} 条评论</a>' if a.comments else ' · <a class="comment-count" href="#comments">暂无评论</a>')
        tags = " ".join(f'<a class="post-tag" href="/tags/#{esc(t)}">#{esc(t)}</a>' for t in a.extra["tags"])
        rel = "".join(f'<li><a href="{x.url}"><time datetime="{x.when.isoformat()}">{_zh(x.when)}</time><h4>{esc(x.title)}</h4></a></li>' for x in a.related)
        nav = ((f'<a class="post-nav-prev" href="{a.prev.url}">上一篇：{esc(a.prev.title)}</a>' if a.prev else '<span class="post-nav-prev disabled">上一篇：没有了</span>') +
               (f'<a class="post-nav-next" href="{a.next.url}">下一篇：{esc(a.next.title)}</a>' if a.next else '<span class="post-nav-next disabled">下一篇：没有了</span>'))
        comments = ""
        if a.extra["cmts"] is not None:
            items = "".join(f'<li class="comment"><div class="comment-meta"><strong>{esc(p)}</strong> <time datetime="{w.isoformat()}">{_zh(w)} {w:%H:%M}</time></div><p>{esc(t)}</p></li>' for p, w, t in a.extra["cmts"])
            comments = (f'<section class="comments" id="comments"><h3>评论</h3><ol class="comment-list">{items}</ol>'
                        f'<form class="staticman-form" method="post" action="https://staticman.xulin-ee.example.io/v3/entry/github/xulin-ee/blog/main/comments"><input type="hidden" name="options[slug]" value="{a.extra["slug"]}"><textarea name="fields[message]" placeholder="留下你的评论（审核后显示）"></textarea><button type="submit">提交</button></form></section>')
        desc = content.paragraphs(a.blocks)[0][:90]
        meta = (f'<meta name="author" content="{esc(a.author)}" />\n<meta property="og:title" content="{esc(a.title)}" />\n<meta property="og:locale" content="zh_CN" />\n'
                f'<meta name="description" content="{esc(desc)}" />\n<link rel="canonical" href="{BASE}{a.url}" />\n<meta property="og:type" content="article" />\n'
                f'<meta property="article:published_time" content="{dt_attr}" />\n'
                '<script type="application/ld+json">' + '{"@context":"https://schema.org","@type":"BlogPosting","author":{"@type":"Person","name":"' + a.author +
                '"},"datePublished":"' + dt_attr + '","dateModified":"' + (a.extra["updated"] or a.when).isoformat() + '","headline":"' + a.title +
                '","url":"' + BASE + a.url + '"}</script>\n')
        html = head(f"{a.title} | {SITE}", meta) + f"""<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
  <header class="post-header">
    <h1 class="post-title p-name" itemprop="name headline">{esc(a.title)}</h1>
    <p class="post-meta"><time class="dt-published" datetime="{dt_attr}" itemprop="datePublished">{_zh(a.when)}</time>{upd} · <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">{esc(a.author)}</span></span> · <span class="post-category">分类：<a href="/categories/#{esc(a.ch.name)}">{esc(a.ch.name)}</a></span> · <span class="reading-time">阅读约 {max(1, round(chars / 400))} 分钟</span>{cm}</p>
  </header>
  <div class="post-content e-content" itemprop="articleBody">
{_html(a.blocks, a.extra["notes"], ar)}
  </div>
  <div class="post-tail"><div class="post-tags">标签：{tags}</div><div class="post-license">本文采用 <a href="https://creativecommons.org/licenses/by-nc/4.0/">CC BY-NC 4.0</a> 许可协议，转载请注明出处。</div></div>
  <nav class="post-nav">{nav}</nav>
  <aside class="related-posts" id="related-posts"><h3>相关文章</h3><ul>{rel}</ul></aside>
  {comments}
  <a class="u-url" href="{a.url}" hidden></a>
</article>
""" + foot()
        site.add(a.url, html)
        paras = [p for p in content.paragraphs([b[:2] if b[0] == "p" else b for b in a.blocks])] + a.extra["notes"]
        site.article_row(a, paras, published_date=iso_date(a.when), published_at=None if a.extra["date_only"] else a.when.isoformat(),
                         published_display=_zh(a.when), views_display=None, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related])

    # ------------------------------------------------------------------ index pages /, /page2/ ..., /archive/, /categories/
    chunks = paginate(latest, PER_PAGE)
    for k, chunk in enumerate(chunks, 1):
        url = "/" if k == 1 else f"/page{k}/"
        lis = []
        for pos, x in enumerate(chunk, 1):
            lis.append(f'<li><span class="post-meta">{_zh(x.when)}</span><h3><a class="post-link" href="{x.url}">{esc(x.title)}</a></h3>'
                       f'<p class="post-excerpt">{esc(content.paragraphs(x.blocks[:1])[0][:70])}…</p></li>')
            site.listing(url, pos, x, iso_date(x.when), _zh(x.when), None, x.ch.name)
        pg = []
        if k > 1:
            pg.append(f'<a href="{"/" if k == 2 else f"/page{k - 1}/"}" class="previous">&laquo; 上一页</a>')
        pg.append(f'<span class="page_number">第 {k} 页 / 共 {len(chunks)} 页</span>')
        if k < len(chunks):
            pg.append(f'<a href="/page{k + 1}/" class="next">下一页 &raquo;</a>')
        intro = (f'<div class="home-intro"><p>{content.BLOG_TAGLINE}。旧博客的文章正在迁移，例如 <a href="{DEAD}">CAN 总线入门</a>。</p></div>' if k == 1 else "")
        site.add(url, head(SITE if k == 1 else f"{SITE} | 第 {k} 页", f'<meta name="description" content="{content.BLOG_TAGLINE}" />\n') + f"""<div class="home">{intro}
  <h2 class="post-list-heading">文章</h2>
  <ul class="post-list">{"".join(lis)}</ul>
  <div class="pagination">{" ".join(pg)}</div>
</div>
""" + foot())
        site.list_pages.append({"url": url, "aliases": []})
    # archive: year headings, month-day entries
    parts = []
    pos = 0
    for year in sorted({x.when.year for x in latest}, reverse=True):
        lis = []
        for x in [y for y in latest if y.when.year == year]:
            pos += 1
            lis.append(f'<li><time datetime="{x.when.isoformat()}">{x.when:%m-%d}</time> &raquo; <a href="{x.url}">{esc(x.title)}</a></li>')
            site.listing("/archive/", pos, x, iso_date(x.when), f"{x.when:%m-%d}", None, None)
        parts.append(f'<h2 class="archive-year" id="y{year}">{year}</h2>\n<ul class="archive-list">{"".join(lis)}</ul>')
    site.add("/archive/", head(f"归档 | {SITE}") + '<article class="post"><header class="post-header"><h1 class="post-title">归档</h1></header><div class="post-content">\n' +
             "\n".join(parts) + "\n</div></article>\n" + foot())
    site.list_pages.append({"url": "/archive/", "aliases": []})
    parts, pos = [], 0
    for c in CATS:
        lis = []
        for x in [y for y in latest if y.ch is c]:
            pos += 1
            lis.append(f'<li><span class="date">{x.when:%Y-%m-%d}</span> &raquo; <a href="{x.url}">{esc(x.title)}</a></li>')
            site.listing("/categories/", pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", None, c.name)
        parts.append(f'<h2 id="{esc(c.name)}">{esc(c.name)}</h2>\n<ul class="category-list">{"".join(lis)}</ul>')
    site.add("/categories/", head(f"分类 | {SITE}") + '<article class="post"><header class="post-header"><h1 class="post-title">分类</h1></header><div class="post-content">\n' +
             "\n".join(parts) + "\n</div></article>\n" + foot())
    site.list_pages.append({"url": "/categories/", "aliases": []})

    # ------------------------------------------------------------------ tags, about, feed, 404, robots
    tags = sorted({t for x in arts for t in x.extra["tags"]})
    tparts = "\n".join(f'<h2 id="{esc(t)}">#{esc(t)}</h2><ul>' + "".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in latest if t in x.extra["tags"]) + "</ul>" for t in tags)
    site.add("/tags/", head(f"标签 | {SITE}") + f'<article class="post"><header class="post-header"><h1 class="post-title">标签</h1></header><div class="post-content">\n{tparts}\n</div></article>\n' + foot())
    site.non_articles.append({"url": "/tags/", "reason": "tag page"})
    site.add("/about/", head(f"关于 | {SITE}") + f"""<article class="post"><header class="post-header"><h1 class="post-title">关于</h1>
<p class="post-meta"><time class="dt-published" datetime="2023-09-01T00:00:00+08:00">2023年9月1日</time></p></header>
<div class="post-content"><p>{content.BLOG_TAGLINE}。这里记录我们在车载网络、基础软件、硬件设计和测试验证方面踩过的坑。</p>
<p>作者：{"、".join(content.BLOG_AUTHORS)}。欢迎通过邮件交流。</p></div></article>
""" + foot())
    site.non_articles.append({"url": "/about/", "reason": "Jekyll page (looks like a post)"})
    entries = "".join(f"<entry><title>{esc(x.title)}</title><link href=\"{BASE}{x.url}\" rel=\"alternate\" type=\"text/html\" /><published>{x.when.isoformat()}</published><id>{BASE}{x.url}</id></entry>" for x in latest[:10])
    site.raw["/feed.xml"] = (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><generator uri="https://jekyllrb.com/" version="4.3.3">Jekyll</generator>'
                             f"<title>{SITE}</title>{entries}</feed>\n").encode("utf-8")
    site.add("/404.html", head(f"404 | {SITE}") + '<div class="container"><h1>404</h1><p><strong>页面不存在 :(</strong></p><p>您访问的页面可能已经迁移或删除。</p></div>\n' + foot())
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (old-blog permalink linked from the home page)"})
    site.raw["/robots.txt"] = f"User-agent: *\nDisallow: /assets/\nSitemap: {BASE}/sitemap.xml\n".encode()
    return site

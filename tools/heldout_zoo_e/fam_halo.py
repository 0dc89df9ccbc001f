"""Halo 2 blog (Joe-like theme) of an automotive-electronics engineer: /archives/slug, /page/N, relative list dates, JS comments."""

from __future__ import annotations

import datetime as dt
import math
import random
import re

from . import content
from .core import (
    REFERENCE_TIME,
    TZ8,
    Art,
    Channel,
    Site,
    chain,
    esc,
    iso_date,
    kinds,
    paginate,
    rand_dates,
    relative_zh,
    unique_titles,
)

NAME = "halo"
SITE = "车电札记"
BASE = "https://blog.chediannote.example.net"
PER_PAGE = 10  # Halo's post page size
ARCHIVE_PER_PAGE = 20
CATS = [Channel("can-bus", "车载网络"), Channel("embedded", "嵌入式开发"), Channel("industry", "行业观察"),
        Channel("tools", "工具与效率")]
COUNTS = [10, 9, 9, 8]  # each fits one category page
TAGS = [("can", "CAN"), ("autosar", "AUTOSAR"), ("linux", "Linux"), ("xinnengyuan", "新能源"), ("gongyinglian", "供应链"),
        ("tiaoshi", "调试"), ("python", "Python"), ("biji", "笔记")]
TAG_CAP = 10  # every tag page fits one page too
TOOL_TOPICS = [("CANoe", "canoe"), ("Wireshark", "wireshark"), ("Git", "git"), ("VS Code", "vscode"),
               ("Python 脚本", "python-scripts"), ("示波器", "oscilloscope"), ("Markdown 笔记", "markdown-notes")]
THEME = "/themes/theme-joe"
# the newest posts (list pages show "N 小时前" / "N 天前" up to 30 days): times keep the inferred date exact
FRESH = [dt.datetime(2026, 5, 18, 15, 38, 12, tzinfo=TZ8), dt.datetime(2026, 5, 16, 10, 20, 5, tzinfo=TZ8),
         dt.datetime(2026, 5, 11, 19, 5, 41, tzinfo=TZ8), dt.datetime(2026, 5, 2, 9, 30, 0, tzinfo=TZ8),
         dt.datetime(2026, 4, 22, 20, 10, 27, tzinfo=TZ8)]
FN_MARK = re.compile(r"\[\^(\d+)\]")
ACTIVE = ' class="active"'


def _rel(d: dt.datetime) -> tuple[str, dt.date]:
    return relative_zh(d, limit_days=30, space=" ")


def _inline(text: str) -> str:
    return FN_MARK.sub(r'<sup class="footnote-ref"><a href="#fn\1" id="fnref\1">\1</a></sup>', esc(text))


def _body(blocks: list) -> str:
    """Markdown (flexmark) output: h2 with ids, fenced code, GFM tables, footnotes; image captions only in alt."""
    out = []
    h = 0
    for b in blocks:
        kind = b[0]
        if kind == "p":
            out.append(f"<p>{_inline(b[1])}</p>")
        elif kind == "h":
            h += 1
            out.append(f'<h2 id="heading-{h}">{esc(b[1])}</h2>')
        elif kind == "quote":
            out.append(f"<blockquote>\n<p>{esc(b[1])}</p>\n</blockquote>")
        elif kind == "img":
            out.append(f'<p><img src="/upload/2025/{b[1][-8:]}" alt="{esc(b[2] or "image")}" /></p>')
        elif kind == "code":
            code = "\n".join(esc(line) for line in b[2])
            out.append(f'<pre><code class="language-{b[1]}">{code}\n</code></pre>')
        elif kind == "table":
            head = "".join(f"<th>{esc(c)}</th>" for c in b[1][0])
            rows = "\n".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1][1:])
            out.append(f"<table>\n<thead>\n<tr>{head}</tr>\n</thead>\n<tbody>\n{rows}\n</tbody>\n</table>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"\n</{kind}>")
        elif kind == "footnotes":
            items = "\n".join(f'<li id="fn{k}" class="footnote-item"><p>{esc(t)} <a href="#fnref{k}" class="footnote-backref">↩︎</a></p></li>'
                              for k, t in enumerate(b[1], 1))
            out.append(f'<hr class="footnotes-sep" />\n<section class="footnotes">\n<ol class="footnotes-list">\n{items}\n</ol>\n</section>')
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = sorted(rand_dates(rnd, n - len(FRESH), dt.datetime(2025, 1, 8, tzinfo=TZ8), dt.datetime(2026, 4, 15, 22, tzinfo=TZ8),
                              seconds=True) + FRESH)
    chans = [c for c, k in zip(CATS, COUNTS, strict=True) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)
    owner = content.person(random.Random(f"{seed}:{NAME}:owner"))
    guest = content.person(random.Random(f"{seed}:{NAME}:guest"))
    guest_idx = set(rnd.sample([i for i in range(n) if chans[i].key == "industry"], 2))

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        key = chans[i].key
        if key == "industry":
            tpl, slug = ar.choice(content.ANALYST_TITLES)
            slug = slug.format(ps=content.PRODUCT_SLUGS[ctx.fixed["pr"]], cs=content.COMPANY_SLUGS[ctx.fixed["co"]],
                               year=ctx.fixed["year"])
            return ctx.fill(tpl), (ctx, ar, slug, None)
        topics = TOOL_TOPICS if key == "tools" else content.TECH_TOPICS
        topic, ts = ar.choice(topics)
        tpl, stpl = ar.choice(content.TECH_PATTERNS)
        return tpl.format(t=topic), (ctx, ar, stpl.format(s=ts), topic)

    arts: list[Art] = []
    slugs: set[str] = set()
    tag_count = dict.fromkeys(TAGS, 0)
    for i, (title, (ctx, ar, slug, topic)) in enumerate(unique_titles(make, n)):
        ch = chans[i]
        blocks = content.analyst_blocks(ctx, ks[i]) if topic is None else content.tech_blocks(ar, topic, ks[i])
        a = Art(i, 1000 + i, ch, title, blocks, whens[i])
        base_slug, k = slug, 2
        while slug in slugs:
            slug, k = f"{base_slug}-{k}", k + 1
        slugs.add(slug)
        a.url = f"/archives/{slug}"
        a.author = guest if i in guest_idx else owner
        a.views = ar.randint(60, 9800)
        a.extra["uuid"] = "%08x-%04x-4%03x-a%03x-%012x" % (ar.getrandbits(32), ar.getrandbits(16), ar.getrandbits(12),  # noqa: UP031
                                                             ar.getrandbits(12), ar.getrandbits(48))
        pool = [t for t in TAGS if tag_count[t] < TAG_CAP]
        if topic is None:
            pool = [t for t in pool if t[0] in ("xinnengyuan", "gongyinglian", "biji")] or pool
        tags = sorted(ar.sample(pool, min(len(pool), ar.randint(1, 3))), key=TAGS.index)
        for t in tags:
            tag_count[t] += 1
        a.extra["tags"] = tags
        paras = content.paragraphs(blocks)
        chars = len(re.sub(r"\s", "", "".join(paras)))
        a.extra["chars"] = chars
        a.extra["minutes"] = max(1, math.ceil(chars / 400))
        a.extra["excerpt"] = "".join(paras)[:90] + "..."
        a.extra["updated"] = min(a.when + dt.timedelta(days=ar.choice([0, 0, 1, 3, 12, 40]), hours=ar.randint(0, 6)),
                                 REFERENCE_TIME - dt.timedelta(minutes=30))
        a.extra["likes"] = ar.randint(0, 48)
        arts.append(a)
    chain(arts, lambda x: 0)
    for a in arts:  # 相关推荐: same category, random three
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        same = [x for x in arts if x is not a and x.ch is a.ch]
        a.related = rr.sample(same, 3)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    hot = sorted(arts, key=lambda x: (-x.views, x.aid))[:5]
    recommend = [x for x in latest if x.ch.key != "industry"][4:7]  # the home swiper: tracking parameter on the link
    for x in recommend:
        x.extra["swiper"] = f"{x.url}?from=recommend"
    total_views = sum(x.views for x in arts) + 48213

    def head(title: str, canonical: str, extra: str = "") -> str:
        nav = [("/", "首页")] + [(f"/categories/{c.key}", c.name) for c in CATS] + [("/archives/", "归档"), ("/moments", "瞬间"),
                                                                                   ("/links", "友链"), ("/about", "关于")]
        lis = "".join(f'<a class="item" href="{u}" title="{t}">{t}</a>' for u, t in nav)
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no, viewport-fit=cover" />
<meta name="renderer" content="webkit" />
<title>{esc(title)}</title>
<link rel="canonical" href="{BASE}{canonical}" />
{extra}<meta name="generator" content="Halo 2.17.2" />
<link rel="alternate" type="application/rss+xml" title="{SITE}" href="{BASE}/rss.xml" />
<link rel="stylesheet" href="{THEME}/assets/css/joe.global.min.css?v=1.2.8" />
<script src="{THEME}/assets/lib/jquery@3.6.0/jquery.min.js"></script>
<script>window.Joe = {{ BASE_API: "/apis/api.halo.run/v1alpha1", THEME_URL: "{THEME}", LAZY_LOAD: "{THEME}/assets/img/lazyload.jpg" }};</script>
</head>
<body>
<div id="Joe">
<header class="joe_header">
<div class="joe_header__above"><div class="joe_container">
<a title="{SITE}" class="joe_header__above-logo" href="/"><img src="/upload/logo.png" alt="{SITE}" /><h1 class="joe_header__above-title">{SITE}</h1></a>
<nav class="joe_header__above-nav">{lis}</nav>
<form class="joe_header__above-search" method="get" action="/search"><input maxlength="16" autocomplete="off" placeholder="请输入关键字..." name="keyword" value="" class="input" type="text" /></form>
</div></div>
</header>
"""

    def aside() -> str:
        hots = "\n".join(f'<li class="item"><a class="link" href="{x.url}" title="{esc(x.title)}"><span class="sort">{k}</span>'
                         f'<span class="title">{esc(x.title)}</span><span class="views">{x.views:,} 阅读</span></a></li>' for k, x in enumerate(hot, 1))
        cloud = "".join(f'<a class="item" href="/tags/{key}" title="{name}">{name}</a>' for (key, name), c in tag_count.items() if c)
        return f"""<div class="joe_aside">
<section class="joe_aside__item author"><img class="avatar" src="/upload/avatar.jpg" alt="{owner}" /><div class="content">
<a class="link" href="/about" title="{owner}">{owner}</a><p class="motto">写代码，也写点车圈的事。</p>
<ul class="count"><li><strong>{len(arts)}</strong><span>文章</span></li><li><strong data-halo-stat="comments"></strong><span>评论</span></li>
<li><strong>{total_views:,}</strong><span>访问</span></li></ul></div></section>
<section class="joe_aside__item hot"><div class="joe_aside__item-title"><span class="text">热门文章</span></div><ol class="joe_aside__item-contain">
{hots}
</ol></section>
<section class="joe_aside__item newreply"><div class="joe_aside__item-title"><span class="text">最新回复</span></div>
<ul class="joe_aside__item-contain" data-load="/apis/api.halo.run/v1alpha1/comments?page=1&amp;size=5"><li class="empty">加载中...</li></ul></section>
<section class="joe_aside__item tags"><div class="joe_aside__item-title"><span class="text">标签云</span></div><div class="joe_aside__item-contain">{cloud}</div></section>
</div>
"""

    foot = f"""<footer class="joe_footer"><div class="joe_container">
<div class="item">&copy; 2023 - 2026 <a href="/">{SITE}</a> · Powered by <a href="https://www.halo.run" target="_blank" rel="noopener">Halo</a> · Theme Joe</div>
<div class="item"><a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener noreferrer">苏ICP备2023045678号-1</a></div>
</div></footer>
</div>
<script src="{THEME}/assets/js/joe.global.min.js?v=1.2.8"></script>
</body>
</html>
"""

    def card(x: Art) -> str:
        disp, _ = _rel(x.when)
        return f"""<li class="joe_list__item default">
<a href="{x.url}" class="thumbnail" title="{esc(x.title)}" target="_blank" rel="noopener noreferrer"><img width="100%" height="100%" class="lazyload" src="{THEME}/assets/img/lazyload.jpg" data-src="/upload/cover/{x.aid}.jpg" alt="{esc(x.title)}" /></a>
<div class="information">
<a href="{x.url}" class="title" title="{esc(x.title)}" target="_blank" rel="noopener noreferrer">{esc(x.title)}</a>
<a class="abstract" href="{x.url}" title="文章摘要" target="_blank" rel="noopener noreferrer">{esc(x.extra["excerpt"])}</a>
<div class="meta"><ul class="items">
<li>{disp}</li><li>{x.views:,} 阅读</li><li><span class="joe-comment-count" data-halo-comment-count="{x.extra["uuid"]}"></span> 评论</li>
</ul><div class="last"><a class="link" href="/categories/{x.ch.key}">{x.ch.name}</a></div></div>
</div>
</li>"""

    for a in arts:
        d = a.when
        tags = "".join(f'<a href="/tags/{k}" class="item" title="{t}">{t}</a>' for k, t in a.extra["tags"])
        heads = [b[1] for b in a.blocks if b[0] == "h"]
        toc = ""
        if len(heads) >= 2:
            toc = ('<div class="joe_detail__toc"><p class="joe_detail__toc-title">文章目录</p><ul>'
                   + "".join(f'<li><a href="#heading-{k}">{esc(t)}</a></li>' for k, t in enumerate(heads, 1)) + "</ul></div>\n")
        up = a.extra["updated"]
        overdue = ""
        if (REFERENCE_TIME - up).days > 90:
            overdue = (f'<div class="joe_detail__overdue"><div class="joe_detail__overdue-wrapper"><div class="title">温馨提示：</div>'
                       f'<div class="content">本文最后更新于 {up:%Y-%m-%d}，已超过 {(REFERENCE_TIME - up).days} 天没有更新，若内容或图片失效，请留言反馈。</div></div></div>\n')
        rel = "\n".join(f'<li class="item"><a class="link" href="{r.url}" title="{esc(r.title)}"><img class="lazyload" src="{THEME}/assets/img/lazyload.jpg" data-src="/upload/cover/{r.aid}.jpg" alt="" />'
                        f'<span class="title">{esc(r.title)}</span></a><span class="date">{r.when:%Y-%m-%d}</span></li>' for r in a.related)
        pn = '<div class="joe_post__pagination">'
        pn += (f'<a class="prev" href="{a.prev.url}" title="{esc(a.prev.title)}"><span class="label">上一篇</span><span class="title">{esc(a.prev.title)}</span></a>'
               if a.prev else '<span class="prev disabled"><span class="label">上一篇</span><span class="title">没有了</span></span>')
        pn += (f'<a class="next" href="{a.next.url}" title="{esc(a.next.title)}"><span class="label">下一篇</span><span class="title">{esc(a.next.title)}</span></a>'
               if a.next else '<span class="next disabled"><span class="label">下一篇</span><span class="title">没有了</span></span>')
        pn += "</div>"
        extra = (f'<meta name="description" content="{esc(a.extra["excerpt"])}" />\n<meta name="keywords" content="{",".join(t for _, t in a.extra["tags"])}" />\n'
                 f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(a.title)}" />\n')
        html = head(f"{a.title} - {SITE}", a.url, extra) + f"""<div class="joe_container">
<div class="joe_main joe_post">
<div class="joe_bread"><ul class="joe_bread__bread"><li class="item"><a href="/" class="link" title="首页">首页</a></li><li class="line">/</li>
<li class="item"><a class="link" href="/categories/{a.ch.key}" title="{a.ch.name}">{a.ch.name}</a></li><li class="line">/</li><li class="item">正文</li></ul></div>
<div class="joe_detail" data-name="{a.extra["uuid"]}">
<h1 class="joe_detail__title">{esc(a.title)}</h1>
<div class="joe_detail__count"><div class="joe_detail__count-information">
<a href="/about"><img width="38" height="38" class="avatar" src="/upload/avatar.jpg" alt="{a.author}" /></a>
<div class="meta"><div class="author"><a class="link" href="/about" title="{a.author}">{a.author}</a></div>
<div class="item"><time class="text" datetime="{d.isoformat()}">{d:%Y-%m-%d}</time><span class="line">/</span>
<span class="text"><span class="joe-comment-count" data-halo-comment-count="{a.extra["uuid"]}"></span> 评论</span><span class="line">/</span>
<span class="text">{a.views:,} 阅读</span><span class="line">/</span><span class="text">{a.extra["chars"]:,} 字</span><span class="line">/</span><span class="text">约 {a.extra["minutes"]} 分钟</span></div>
</div></div></div>
{overdue}{toc}<article class="joe_detail__article">
{_body(a.blocks)}
</article>
<div class="joe_detail__agree"><div class="agree"><div class="icon"><svg viewBox="0 0 1024 1024" width="16" height="16"><path d="M512 0z"></path></svg></div><span class="text">{a.extra["likes"]}</span></div></div>
<div class="joe_detail__copyright"><div class="content">
<div class="item"><span>版权属于：</span><a href="/about">{a.author}</a></div>
<div class="item"><span>本文链接：</span><a href="{BASE}{a.url}">{BASE}{a.url}</a></div>
<div class="item"><span>作品采用：</span>《<a href="https://creativecommons.org/licenses/by-nc-sa/4.0/deed.zh" target="_blank" rel="noopener noreferrer">署名-非商业性使用-相同方式共享 4.0 国际 (CC BY-NC-SA 4.0)</a>》许可协议授权</div>
</div></div>
<div class="joe_detail__operate"><div class="joe_detail__operate-tags">{tags}</div></div>
</div>
{pn}
<div class="joe_detail__related"><div class="title">相关推荐</div><ul class="list">
{rel}
</ul></div>
<div class="joe_comment" id="comment"><h3 class="joe_comment__title">评论 (<span class="joe-comment-count" data-halo-comment-count="{a.extra["uuid"]}"></span>)</h3>
<div id="comment-{a.extra["uuid"]}"></div>
<script src="/plugins/PluginCommentWidget/assets/static/comment-widget.iife.js?version=2.3.0"></script>
<script>CommentWidget.init("#comment-{a.extra["uuid"]}", {{ group: "content.halo.run", kind: "Post", name: "{a.extra["uuid"]}", size: 20, replySize: 10, withReplies: false }});</script>
</div>
</div>
{aside()}</div>
""" + foot
        site.add(a.url, html)
        aliases = []
        if a.extra.get("swiper"):
            site.add(a.extra["swiper"], html)
            aliases.append(a.extra["swiper"])
        related = [{"title": r.title, "url": r.url, "date": iso_date(r.when), "views": None} for r in a.related]
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(d), published_at=d.isoformat(),
                         published_display=f"{d:%Y-%m-%d}", views_display=f"{a.views:,}", views_approx=False,
                         related=related, aliases=aliases)

    def pagination(base: str, k: int, total: int) -> str:
        if total <= 1:
            return ""
        items = [f'<li class="prev"><a href="{base}page/{k - 1}">上一页</a></li>'] if k > 1 else []
        for j in range(1, total + 1):
            items.append(f'<li{ACTIVE if j == k else ""}><a href="{base}page/{j}">{j}</a></li>')
        if k < total:
            items.append(f'<li class="next"><a href="{base}page/{k + 1}">下一页</a></li>')
        return '<ul class="joe_pagination">' + "".join(items) + "</ul>"

    def list_page(url: str, title: str, top: str, inner: str, pager: str) -> str:
        return (head(title, url) + f'<div class="joe_container">\n<div class="joe_main">\n{top}<div class="joe_index">\n'
                f'{inner}\n{pager}\n</div>\n</div>\n{aside()}</div>\n' + foot)

    def write_cards(base: str, title: str, entries: list[Art], top: str = "", paged: bool = False) -> None:
        chunks = paginate(entries, PER_PAGE)
        assert paged or len(chunks) == 1
        for k, chunk in enumerate(chunks, 1):
            url = base if k == 1 else f"{base}page/{k}"
            inner = '<div class="joe_index__title"><ul><li class="active">最新文章</li></ul></div>\n<ul class="joe_index__list joe_list">\n' + "\n".join(card(x) for x in chunk) + "\n</ul>"
            html = list_page(url, title if k == 1 else f"{title} - 第{k}页", top if k == 1 else "", inner, pagination(base, k, len(chunks)))
            site.add(url, html)
            lp = {"url": url, "aliases": []}
            if k == 1 and len(chunks) > 1:  # the numbered pager links page 1 as /page/1
                site.add(f"{base}page/1", html)
                lp["aliases"].append(f"{base}page/1")
            site.list_pages.append(lp)
            for pos, x in enumerate(chunk, 1):
                disp, day = _rel(x.when)
                site.listing(url, pos, x, day.isoformat(), disp, x.views, x.ch.name)

    dead = "/archives/halo-1-migration"
    swiper = "".join(f'<div class="swiper-slide"><a class="item" href="{x.extra["swiper"]}" target="_blank" rel="noopener noreferrer" title="{esc(x.title)}">'
                     f'<img width="100%" height="100%" class="thumbnail lazyload" src="{THEME}/assets/img/lazyload.jpg" data-src="/upload/cover/{x.aid}.jpg" alt="{esc(x.title)}" />'
                     f'<div class="title-row"><span class="icon">推荐</span><h3 class="title">{esc(x.title)}</h3></div></a></div>' for x in recommend)
    top = (f'<div class="joe_index__notice"><span class="icon">公告</span><span class="text">博客已从 Halo 1.x 升级到 Halo 2，旧链接失效请看 <a href="{dead}">迁移说明</a>。</span></div>\n'
           f'<div class="joe_index__banner"><div class="swiper-container"><div class="swiper-wrapper">{swiper}</div><div class="swiper-pagination"></div></div></div>\n')
    write_cards("/", f"{SITE} - 汽车电子工程师的技术笔记", latest, top, paged=True)
    site.non_articles.append({"url": "/", "reason": "home page (first page of the post list)"})
    for c in CATS:
        write_cards(f"/categories/{c.key}", f"{c.name} - {SITE}", [x for x in latest if x.ch is c],
                    f'<div class="joe_archive__title"><span>分类：{c.name}</span></div>\n')
    for (key, name), cnt in tag_count.items():
        if cnt:
            write_cards(f"/tags/{key}", f"{name} - {SITE}", [x for x in latest if (key, name) in x.extra["tags"]],
                        f'<div class="joe_archive__title"><span>标签：{name}</span></div>\n')

    # the archive: grouped by year and month, MM月DD日 under the headings
    chunks = paginate(latest, ARCHIVE_PER_PAGE)
    for k, chunk in enumerate(chunks, 1):
        url = "/archives/" if k == 1 else f"/archives/page/{k}"
        groups: list[str] = []
        cur_y = cur_m = None
        for pos, x in enumerate(chunk, 1):
            if x.when.year != cur_y:
                if cur_y is not None:
                    groups.append("</ul></div></div>")
                cur_y, cur_m = x.when.year, None
                groups.append(f'<div class="joe_archive__year"><h2 class="year">{cur_y} 年</h2>')
            if x.when.month != cur_m:
                if cur_m is not None:
                    groups.append("</ul></div>")
                cur_m = x.when.month
                groups.append(f'<div class="joe_archive__month"><h3 class="month">{cur_m:02d} 月</h3><ul class="list">')
            groups.append(f'<li class="item"><span class="date">{x.when:%m月%d日}</span><a class="link" href="{x.url}" title="{esc(x.title)}">{esc(x.title)}</a></li>')
            site.listing(url, pos, x, iso_date(x.when), f"{x.when:%m月%d日}")
        groups.append("</ul></div></div>")
        pager = ""
        if len(chunks) > 1:
            pager = ('<ul class="joe_pagination">' + "".join(f'<li{ACTIVE if j == k else ""}><a href="/archives/page/{j}">{j}</a></li>'
                                                             for j in range(1, len(chunks) + 1)) + "</ul>")
        html = list_page(url, f"归档 - {SITE}", f'<div class="joe_archive__title"><span>归档</span><span class="count">共 {len(arts)} 篇文章</span></div>\n',
                         '<div class="joe_archive">\n' + "\n".join(groups) + "\n</div>", pager)
        site.add(url, html)
        lp = {"url": url, "aliases": []}
        if k == 1 and len(chunks) > 1:
            site.add("/archives/page/1", html)
            lp["aliases"].append("/archives/page/1")
        site.list_pages.append(lp)

    # moments, single pages, 404
    mr = random.Random(f"{seed}:{NAME}:moments")
    items = []
    when = REFERENCE_TIME - dt.timedelta(hours=3)
    for _ in range(6):
        when -= dt.timedelta(days=mr.randint(1, 12), minutes=mr.randint(0, 500))
        ctx = content.Ctx(mr, when)
        items.append(f'<li class="moment"><div class="moment-head"><img class="avatar" src="/upload/avatar.jpg" alt="" /><span class="name">{owner}</span>'
                     f'<time datetime="{when.isoformat()}">{when:%Y-%m-%d %H:%M}</time></div><div class="moment-content"><p>{esc(ctx.fill(mr.choice(content.MICRO)))}</p></div></li>')
    site.add("/moments", list_page("/moments", f"瞬间 - {SITE}", "", '<ul class="moments">\n' + "\n".join(items) + "\n</ul>", ""))
    site.non_articles.append({"url": "/moments", "reason": "瞬间 (Halo moments: dated micro posts, not articles)"})
    for url, t, body in [("/about", "关于", f"<p>你好，我是{owner}，一名汽车电子工程师，做过 ECU 软件、诊断和测试。</p><p>这个博客记录工作中的技术笔记，也聊聊汽车零部件行业的见闻。</p>"),
                         ("/links", "友链", '<ul class="joe_detail__friends"><li><a href="https://blog.example-embedded.cn/" target="_blank">嵌入式小站</a></li>'
                                          '<li><a href="https://www.example-autosar.net/" target="_blank">AUTOSAR 中文社区</a></li></ul>')]:
        inner = f'<div class="joe_detail"><h1 class="joe_detail__title">{t}</h1><article class="joe_detail__article">{body}</article></div>'
        site.add(url, list_page(url, f"{t} - {SITE}", "", inner, ""))
        site.non_articles.append({"url": url, "reason": f"{t} (Halo single page)"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (old Halo 1.x link in the home notice bar)"})
    site.add("/404.html", head(f"404 - {SITE}", "/404") + """<div class="joe_container"><div class="joe_main"><div class="joe_404">
<h2 class="title">404 - 页面没找到</h2><p class="desc">抱歉，您访问的页面不存在，可能已经被删除或移动。</p><a class="btn" href="/">返回首页</a>
</div></div></div>
""" + foot)
    site.raw["/robots.txt"] = (f"User-agent: *\nDisallow: /console\nDisallow: /uc\nDisallow: /apis/\nDisallow: /actuator\n"
                               f"Disallow: /search\n\nSitemap: {BASE}/sitemap.xml\n").encode()
    return site

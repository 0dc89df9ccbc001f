"""A 7x24 快讯 site (岚汀汽配快讯), UTF-8: a live feed (?before=<epoch> cursor) of flash items, their detail pages, 深度 features."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import REFERENCE_TIME, TZ8, Art, Channel, Site, epoch, esc, iso_date, kinds, paginate, rand_dates, unique_titles, zh_weekday

NAME = "flash_news"
SITE = "岚汀汽配快讯"
TAGS = [Channel(k, nm) for k, nm in content.FLASH_TAGS]
DEPTH = Channel("depth", "深度")
N_FLASH = 46
N_DEPTH = 13
FEED_PER_PAGE = 14
DEPTH_PER_PAGE = 8
DEAD_ID = 583990
EDITORS = ["祁晓岚", "韦书瑶", "钟承泽"]


def _wan(v: int) -> str:
    """The count as the site prints it: 1.2万 (one decimal, only when exact), else the plain number."""
    return f"{v / 10000:.1f}万" if v >= 10000 else str(v)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    fwhens = rand_dates(rnd, N_FLASH, dt.datetime(2026, 5, 13, tzinfo=TZ8), dt.datetime(2026, 5, 18, 20, 25, tzinfo=TZ8), seconds=True, hours=(6, 22))
    fwhens = [w for w in fwhens if w <= REFERENCE_TIME - dt.timedelta(minutes=10)]
    assert len(fwhens) == N_FLASH
    tags = [TAGS[k % len(TAGS)] for k in range(N_FLASH)]
    rnd.shuffle(tags)

    def make_flash(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:f:{i}:{attempt}")
        ctx = content.Ctx(ar, fwhens[i])
        t, txt = ar.choice(content.FLASH_ITEMS[tags[i].key])
        return ctx.fill(t), (ctx, ar, txt)

    flashes: list[Art] = []
    for i, (title, (ctx, ar, txt)) in enumerate(unique_titles(make_flash, N_FLASH)):
        text = ctx.fill(txt)
        if ar.random() < 0.5:
            text += ar.choice(content.FLASH_EXTRA)
        blocks = [("p", text)]
        if ar.random() < 0.25:
            blocks.append(("p", ar.choice(content.FLASH_EXTRA)))
        a = Art(i, 0, tags[i], title, blocks, fwhens[i])
        a.source = ar.choice(content.MEDIA) if ar.random() < 0.4 else None
        a.editor = ar.choice(EDITORS)
        flashes.append(a)
    for j, a in enumerate(sorted(flashes, key=lambda x: x.when)):
        a.aid = 584020 + j * 3 + (j % 3)
        a.url = f"/flash/{a.aid}.html"
    feed = sorted(flashes, key=lambda x: x.when, reverse=True)

    dwhens = rand_dates(rnd, N_DEPTH, dt.datetime(2026, 1, 5, tzinfo=TZ8), dt.datetime(2026, 5, 18, 9, tzinfo=TZ8), hours=(7, 21))
    dks = kinds(rnd, N_DEPTH)

    def make_depth(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:d:{i}:{attempt}")
        ctx = content.Ctx(ar, dwhens[i])
        return ctx.fill(content.DEPTH_TITLES[(i + attempt) % len(content.DEPTH_TITLES)]), (ctx, ar)

    depths: list[Art] = []
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make_depth, N_DEPTH)):
        a = Art(i, 0, DEPTH, title, content.news_blocks(ctx, "long" if dks[i] != "short" else "medium", "/uploads/depth/"), dwhens[i])
        a.author = content.person(ar)
        a.editor = ar.choice(EDITORS)
        v = ar.choice([ar.randint(800, 9999), ar.randint(11, 89) * 1000])
        a.views = v
        a.extra["views_shown"] = _wan(v)
        depths.append(a)
    for j, a in enumerate(sorted(depths, key=lambda x: x.when)):
        a.aid = 7310 + j * 4
        a.url = f"/depth/{a.aid}.html"
    dlatest = sorted(depths, key=lambda x: x.when, reverse=True)

    # ------------------------------------------------------------------ template parts
    def head(title: str, amp: str = "") -> str:
        nav = [("/", "首页"), ("/live/", "7×24快讯"), ("/depth/", "深度")] + [(f"/live/tag/{t.key}/", t.name) for t in TAGS]
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(title)}</title>
{amp}<link rel="stylesheet" href="/static/css/app.8c1e2f.css">
</head>
<body>
<header class="top"><div class="container"><a class="logo" href="/">{SITE}</a>
<nav class="nav">{"".join(f'<a href="{u}">{t}</a>' for u, t in nav)}</nav>
<a class="app-dl" href="/app.html">下载APP</a></div></header>
<div class="container main">
"""

    def foot() -> str:
        return f"""</div>
<footer class="footer"><div class="container"><p><a href="/about.html">关于我们</a> | <a href="/app.html">下载APP</a> | 投稿邮箱：news@ltqpkx.example.cn</p>
<p>&copy; 2020-2026 {SITE}　汀ICP备20011563号-2　本站快讯内容仅供参考，不构成投资建议</p></div></footer>
<script src="/static/js/app.8c1e2f.js"></script>
</body>
</html>
"""

    def aside() -> str:
        return ('<aside class="side"><div class="box"><h3>深度</h3><ul>' +
                "".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in dlatest[:5]) + "</ul></div>"
                '<div class="box"><h3>24小时热榜</h3><ol class="hot" id="hot-list"></ol><script>loadHot("#hot-list")</script></div></aside>')

    # ------------------------------------------------------------------ flash detail pages
    for a in flashes:
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        older = [x for x in feed if x.ch is a.ch and x.when < a.when]
        a.related = older[:3]
        rel = "".join(f'<li><span class="t">{x.when:%m-%d %H:%M}</span><a href="{x.url}">{esc(x.title)}</a></li>' for x in a.related)
        src = f'<span class="src">来源：{esc(a.source)}</span>' if a.source else ""
        _ = rr
        html = head(f"{a.title} - {SITE}") + f"""<div class="crumb"><a href="/">首页</a> &gt; <a href="/live/">7×24快讯</a> &gt; <a href="/live/tag/{a.ch.key}/">{a.ch.name}</a></div>
<div class="content"><article class="flash-detail">
<h1 class="flash-title">{esc(a.title)}</h1>
<div class="meta"><span class="time">{a.when:%Y-%m-%d %H:%M}</span><a class="tag" href="/live/tag/{a.ch.key}/">{a.ch.name}</a>{src}<span class="pv">阅读 <em id="pv-{a.aid}"></em></span></div>
<div class="flash-content">
{chr(10).join(f"<p>{esc(b[1])}</p>" for b in a.blocks)}
</div>
<p class="editor">编辑：{esc(a.editor)}</p>
<div class="share"><span>分享：</span><a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="poster">生成海报</a></div>
</article>
{'<div class="box related"><h3>相关快讯</h3><ul>' + rel + '</ul></div>' if rel else ''}
</div>
{aside()}
<script>fetch("/api/flash/pv?id={a.aid}").then(r=>r.json()).then(d=>{{document.getElementById("pv-{a.aid}").textContent=d.pv}})</script>
""" + foot()
        site.add(a.url, html)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.replace(second=0).isoformat(),
                         published_display=f"{a.when:%Y-%m-%d %H:%M}", views_display=None, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related])

    # ------------------------------------------------------------------ 深度 articles (+ AMP copies)
    def depth_html(blocks: list, amp: bool) -> str:
        out = []
        for b in blocks:
            if b[0] == "p":
                out.append(f"<p>{esc(b[1])}</p>")
            elif b[0] == "h":
                out.append(f"<h2>{esc(b[1])}</h2>")
            elif b[0] == "img":
                cap = f"<figcaption>{esc(b[2])}</figcaption>" if b[2] else ""
                img = f'<amp-img src="{b[1]}" width="640" height="400" layout="responsive"></amp-img>' if amp else f'<img src="{b[1]}" loading="lazy">'
                out.append(f"<figure>{img}{cap}</figure>")
            elif b[0] == "table":
                out.append("<table>" + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
            elif b[0] in ("ul", "ol"):
                out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
        return "\n".join(out)

    for a in depths:
        rr = random.Random(f"{seed}:{NAME}:drel:{a.aid}")
        a.related = sorted(rr.sample([x for x in depths if x is not a], 3), key=lambda x: x.when, reverse=True)
        amp_url = f"/amp/depth/{a.aid}.html"
        rel = "".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span class="t">{x.when:%Y-%m-%d}</span></li>' for x in a.related)
        meta = f'<div class="meta"><span class="author">作者：{esc(a.author)}</span><span class="time">{a.when:%Y-%m-%d %H:%M}</span><span class="pv">阅读 {a.extra["views_shown"]}</span></div>'
        html = head(f"{a.title} - {SITE}", f'<link rel="amphtml" href="{amp_url}">\n') + f"""<div class="crumb"><a href="/">首页</a> &gt; <a href="/depth/">深度</a> &gt; 正文</div>
<div class="content"><article class="depth-article">
<h1 class="title">{esc(a.title)}</h1>
{meta}
<div class="summary"><span>导读：</span>{esc(a.blocks[0][1][:60])}…</div>
<div class="article-body">
{depth_html(a.blocks, False)}
</div>
<p class="editor">责任编辑：{esc(a.editor)}</p>
<div class="tools"><a href="{amp_url}">轻量阅读</a><a href="javascript:;" class="fav">收藏</a></div>
</article>
<div class="box related"><h3>延伸阅读</h3><ul>{rel}</ul></div>
</div>
{aside()}
""" + foot()
        site.add(a.url, html)
        site.add(amp_url, f"""<!doctype html>
<html amp lang="zh-CN"><head><meta charset="utf-8"><title>{esc(a.title)}</title><link rel="canonical" href="{a.url}">
<meta name="viewport" content="width=device-width"><script async src="https://cdn.ampproject.example.org/v0.js"></script><style amp-boilerplate>body{{visibility:hidden}}</style></head>
<body><header><a href="/">{SITE}</a></header><article><h1>{esc(a.title)}</h1>{meta}
{depth_html(a.blocks, True)}
<p class="editor">责任编辑：{esc(a.editor)}</p></article><footer><a href="{a.url}">查看完整版</a></footer></body></html>
""")
        site.print_views.append(amp_url)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=f"{a.when:%Y-%m-%d %H:%M}", views_display=a.extra["views_shown"], views_approx=a.views >= 10000,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related],
                         aliases=[amp_url])

    # ------------------------------------------------------------------ live feeds: /live/, /live/?before=<epoch>, tag feeds
    def day_head(d: dt.date) -> str:
        rel = "今天 " if d == REFERENCE_TIME.date() else "昨天 " if d == REFERENCE_TIME.date() - dt.timedelta(days=1) else ""
        return f'<div class="day-head"><span class="rel">{rel}</span><span class="date">{d.month:02d}月{d.day:02d}日</span> <span class="week">{zh_weekday(d)}</span></div>'

    def feed_page(url: str, items: list[Art], title: str, more: str | None, dead_at: int | None = None) -> str:
        parts = []
        day = None
        for pos, x in enumerate(items, 1):
            if x.when.date() != day:
                if day is not None:
                    parts.append("</ul>")
                day = x.when.date()
                parts.append(day_head(day) + '<ul class="flash-list">')
            parts.append(f'<li class="flash-item" data-id="{x.aid}"><span class="time">{x.when:%H:%M}</span><div class="flash-body">'
                         f'<a class="tag" href="/live/tag/{x.ch.key}/">{x.ch.name}</a><h3><a href="{x.url}">【{esc(x.title)}】</a></h3>'
                         f'<p>{esc(x.blocks[0][1])}</p><div class="ops"><a href="{x.url}" class="more">详情</a><span class="share">分享</span></div></div></li>')
            if dead_at == pos:
                parts.append(f'<li class="flash-item"><span class="time">{x.when:%H:%M}</span><div class="flash-body"><h3><a href="/flash/{DEAD_ID}.html">【岚汀汽配城今日临时停电检修】</a></h3><p>岚汀汽配城今日临时停电检修，部分商户暂停营业。</p></div></li>')
            site.listing(url, pos, x, iso_date(x.when), f"{x.when:%H:%M}", category=x.ch.name)
        parts.append("</ul>")
        load = f'<div class="load-more"><a href="{more}" rel="next">加载更多</a></div>' if more else '<div class="load-more">没有更多了</div>'
        return head(f"{title} - {SITE}") + f'<div class="content"><h1 class="page-title">{title}</h1><div class="live">{"".join(parts)}</div>{load}</div>{aside()}' + foot()

    def paged_feed(base: str, items: list[Art], title: str, dead: bool = False) -> None:
        chunks = paginate(items, FEED_PER_PAGE)
        urls = [base] + [f"{base}?before={epoch(chunks[k - 1][-1].when)}" for k in range(1, len(chunks))]
        for k, chunk in enumerate(chunks):
            more = urls[k + 1] if k + 1 < len(urls) else None
            site.add(urls[k], feed_page(urls[k], chunk, title, more, 2 if dead and k == 0 else None))
            site.list_pages.append({"url": urls[k], "aliases": []})

    paged_feed("/live/", feed, "7×24小时快讯")
    for t in TAGS:
        paged_feed(f"/live/tag/{t.key}/", [x for x in feed if x.ch is t], f"快讯·{t.name}")

    chunks = paginate(dlatest, DEPTH_PER_PAGE)
    durls = ["/depth/"] + [f"/depth/list_{k}.html" for k in range(2, len(chunks) + 1)]
    for k, chunk in enumerate(chunks, 1):
        rows = []
        for pos, x in enumerate(chunk, 1):
            rows.append(f'<div class="depth-item"><a class="cover" href="{x.url}"><img src="/uploads/depth/cover_{x.aid}.jpg"></a><div class="info"><h2><a href="{x.url}">{esc(x.title)}</a></h2>'
                        f'<p class="desc">{esc(x.blocks[0][1][:50])}…</p><p class="meta"><span>{esc(x.author)}</span><span class="time">{x.when:%Y-%m-%d}</span><span>阅读 {x.extra["views_shown"]}</span></p></div></div>')
            site.listing(durls[k - 1], pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", x.views)
        pg = '<div class="pager">' + "".join(f"<span class=\"cur\">{m}</span>" if m == k else f'<a href="{durls[m - 1]}">{m}</a>' for m in range(1, len(durls) + 1)) + \
             (f'<a href="{durls[k]}">下一页</a>' if k < len(durls) else "") + "</div>"
        site.add(durls[k - 1], head(f"深度 - {SITE}" + (f" - 第{k}页" if k > 1 else "")) + f'<div class="content"><h1 class="page-title">深度</h1>{"".join(rows)}{pg}</div>{aside()}' + foot())
        site.list_pages.append({"url": durls[k - 1], "aliases": []})

    # ------------------------------------------------------------------ home, single pages
    home_feed = feed[:8]
    lis = [f'<li><span class="time">{x.when:%H:%M}</span><a href="{x.url}">{esc(x.title)}</a></li>' for x in home_feed]
    lis.insert(2, f'<li><span class="time">{home_feed[1].when:%H:%M}</span><a href="/flash/{DEAD_ID}.html">岚汀汽配城今日临时停电检修</a></li>')
    site.add("/", head(f"{SITE} - 汽配行业7×24小时快讯") + f"""<div class="content">
<section class="home-depth"><h2><a href="/depth/">深度</a></h2>{"".join(f'<div class="card"><a href="{x.url}"><img src="/uploads/depth/cover_{x.aid}.jpg"><h3>{esc(x.title)}</h3></a></div>' for x in dlatest[:4])}</section>
<section class="home-live"><h2><a href="/live/">7×24快讯</a></h2><ul>{"".join(lis)}</ul><a class="more" href="/live/">查看更多快讯</a></section>
</div>{aside()}""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    for slug, t, txt in (("about", "关于我们", f"{SITE}是一家专注汽车后市场的资讯平台，提供7×24小时行业快讯和深度报道。"),
                         ("app", "下载APP", "扫码下载岚汀汽配快讯APP，第一时间获取行业动态。")):
        site.add(f"/{slug}.html", head(f"{t} - {SITE}") + f'<div class="content"><h1 class="page-title">{t}</h1><p>{txt}</p></div>' + foot())
        site.non_articles.append({"url": f"/{slug}.html", "reason": "single page"})
    site.rejects.append({"url": f"/flash/{DEAD_ID}.html", "reason": "HTTP 404 (withdrawn flash item still linked from the home page)"})
    site.add("/404.html", '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>404 - 岚汀汽配快讯</title></head><body><p>该内容已删除或不存在。<a href="/">返回首页</a></p></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /api/\nDisallow: /static/\nDisallow: /search\n"
    return site

"""CmsTop portal of a newspaper group (东海工商网 / 东海工商报): /2025/0605/N.shtml, N_2.shtml, 本报讯 bylines, JS counters."""

from __future__ import annotations

import datetime as dt
import random

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
    unique_titles,
)

NAME = "cmstop"
SITE = "东海工商网"
PAPER = "东海工商报"
BASE = "https://www.dhgsw.example.com.cn"
EPAPER = "https://epaper.dhgsw.example.com.cn/"
PER_PAGE = 10
ROLL_PER_PAGE = 20
CHANNELS = [Channel("yaowen", "要闻", 1), Channel("chanye", "产业", 2), Channel("qiche", "汽车", 3), Channel("tushuo", "图说", 4)]
COUNTS = [12, 12, 8, 4]
SOURCE_LABEL = {"yaowen": "来源", "chanye": "稿源", "qiche": "来源", "tushuo": "来源"}
SERIES = ("chuhaiji", "出海记")  # a 专题 whose articles carry the series' editor's note
SUBTITLES = ["——{co}转型升级观察", "——来自{city}汽配产业带的报道", "——{city}{pr}企业走访记"]
STATIC = "/templates/default/css"
ON = ' class="on"'


def _url(a: Art, page: int = 1) -> str:
    stem = f"/{a.when:%Y}/{a.when:%m%d}/{a.aid}"
    return f"{stem}.shtml" if page == 1 else f"{stem}_{page}.shtml"


def _list_url(ch: Channel, k: int = 1) -> str:
    return f"/{ch.key}/" if k == 1 else f"/{ch.key}/{k}.shtml"


def _display(d: dt.datetime) -> str:
    return f"{d:%Y年%m月%d日 %H:%M}"


def _roll_time(d: dt.datetime) -> str:  # the roll list: "MM-DD HH:MM" this year, "YYYY-MM-DD" before
    return f"{d:%m-%d %H:%M}" if d.year == REFERENCE_TIME.year else f"{d:%Y-%m-%d}"


def _body(blocks: list, credit: str | None) -> str:
    """CmsTop editor output: indented paragraphs, photo boxes with their caption (and photo credit) in a span."""
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>　　{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f'<p style="text-align: left;"><strong>　　{esc(b[1])}</strong></p>')
        elif b[0] == "img":
            cap = ""
            if b[2]:
                cap = f'<span class="photo-desc">{esc(b[2])}{"（" + credit + "）" if credit else ""}</span>'
            out.append(f'<div class="photo"><img src="/uploads/{b[1].rsplit("/", 1)[-1]}" alt="" />{cap}</div>')
        elif b[0] == "table":
            head = "".join(f"<th>{esc(c)}</th>" for c in b[1][0])
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1][1:])
            out.append(f'<table class="content-table" border="1" cellspacing="0"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>')
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2025, 4, 7, tzinfo=TZ8), dt.datetime(2026, 5, 18, 12, tzinfo=TZ8))
    chans = [c for c, k in zip(CHANNELS, COUNTS, strict=True) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)
    reporters = [content.person(random.Random(f"{seed}:{NAME}:rep:{j}")) for j in range(7)]
    editors = [content.person(random.Random(f"{seed}:{NAME}:ed:{j}")) for j in range(4)]

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        return content.news_title(ctx), (ctx, ar)

    arts: list[Art] = []
    aid = 318200 + rnd.randint(0, 300)
    splits = 0
    series_left = 5
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        aid += rnd.randint(3, 60)
        ch = chans[i]
        a = Art(i, aid, ch, title, [], whens[i])
        if ch.key == "tushuo":
            blocks = content.photo_blocks(ctx)
            a.extra["kind"] = "photo"
        else:
            blocks = content.news_blocks(ctx, ks[i], "/uploads/")
            roll = ar.random()
            a.extra["kind"] = ("feature" if ch.key == "qiche" and roll < 0.5 else
                               "own" if roll < 0.72 else "repost")
        kind = a.extra["kind"]
        credit = None
        if kind == "own":  # 本报讯（记者 甲 乙 通讯员 丙）opens the first paragraph
            reps = ar.sample(reporters, 2 if ar.random() < 0.3 else 1)
            corr = content.person(ar) if ar.random() < 0.5 else None
            lead = "本报讯（记者 " + " ".join(reps) + (f" 通讯员 {corr}" if corr else "") + "）"
            blocks[0] = ("p", lead + blocks[0][1])
            a.author = " ".join(reps)
            a.source = PAPER
            credit = f"本报记者 {ar.choice(reporters)} 摄"
        elif kind in ("feature", "photo"):  # a byline line of its own above the text
            rep = ar.choice(reporters)
            trainee = f" 实习生 {content.person(ar)}" if kind == "feature" and ar.random() < 0.5 else ""
            a.extra["byline"] = f"本报记者 {rep}{trainee}" + (" 摄影报道" if kind == "photo" else "")
            a.author = rep
            a.source = PAPER
            credit = f"本报记者 {rep} 摄" if kind == "photo" else None
        else:
            a.source = ar.choice(content.SOURCES)
        a.blocks = blocks
        a.extra["credit"] = credit
        a.extra["subtitle"] = ctx.fill(ar.choice(SUBTITLES)) if kind == "feature" else None
        a.editor = ar.choice(editors)
        a.extra["proof"] = content.person(ar) if ar.random() < 0.35 else None
        if a.source == PAPER and kind != "photo":  # the print edition: next morning's paper for evening copy
            a.extra["edition"] = (a.when + dt.timedelta(days=1 if a.when.hour >= 18 else 0), ar.randint(2, 8))
        if ch.key in ("yaowen", "chanye") and kind != "repost" and series_left and ar.random() < 0.5:
            series_left -= 1
            a.extra["note"] = content.PAPER_NOTES[2]
            a.extra["series"] = True
        elif ch.key != "tushuo" and ar.random() < 0.15:
            a.extra["note"] = ar.choice(content.PAPER_NOTES[:2])
        a.extra["desc"] = content.paragraphs(blocks)[0][:56] + "……"
        if ks[i] == "long" and splits < 3 and ch.key in ("yaowen", "chanye"):
            splits += 1
            cuts = [k for k, b in enumerate(blocks) if b[0] in ("p", "h") and k > 3]
            at = cuts[len(cuts) // 2]
            a.page_blocks = [blocks[:at], blocks[at:]]
        else:
            a.page_blocks = [blocks]
        a.url = _url(a)
        a.page_urls = [_url(a, p) for p in range(1, len(a.page_blocks) + 1)]
        arts.append(a)
    assert splits == 3 and series_left < 5
    chain(arts, lambda x: x.ch.key)
    for a in arts:  # 相关阅读: same channel, newest first
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        same = [x for x in arts if x is not a and x.ch is a.ch]
        a.related = sorted(rr.sample(same, min(len(same), rr.randint(3, 5))), key=lambda x: x.when, reverse=True)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    series = [x for x in latest if x.extra.get("series")]

    def head(title: str, active: str, extra: str = "") -> str:
        nav = [("home", "/", "首页")] + [(c.key, _list_url(c), c.name) for c in CHANNELS]
        nav += [("roll", "/roll/", "滚动"), ("zt", f"/zhuanti/{SERIES[0]}/", "专题")]
        lis = "".join(f'<li{ON if k == active else ""}><a href="{u}">{t}</a></li>' for k, u, t in nav)
        return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>{esc(title)}</title>
<meta name="keywords" content="东海工商网,东海工商报,汽车产业,零部件" />
{extra}<link rel="stylesheet" href="{STATIC}/base.css" />
<link rel="stylesheet" href="{STATIC}/article.css" />
<script src="/js/jquery.js"></script>
<script src="/js/cmstop.js"></script>
</head>
<body>
<div class="topbar"><div class="wrap"><span class="date">{PAPER}主办</span><a href="{EPAPER}" target="_blank">数字报</a> | <a href="https://m.dhgsw.example.com.cn/" target="_blank">手机版</a></div></div>
<div class="header wrap"><h1 class="logo"><a href="/" title="{SITE}"><img src="/images/logo.png" alt="{SITE}" />{SITE}</a></h1>
<form class="search" action="/search/" method="get" target="_blank"><input type="text" name="wd" placeholder="搜索" /><button type="submit">搜索</button></form></div>
<div class="nav"><ul class="wrap">{lis}</ul></div>
"""

    def foot() -> str:
        return f"""<div class="footer"><div class="wrap">
<p><a href="/about/">关于我们</a> | <a href="/about/#contact">联系方式</a> | <a href="/about/#copyright">版权声明</a></p>
<p>{PAPER}社主办　{SITE}版权所有，未经书面授权禁止使用</p>
<p>互联网新闻信息服务许可证：33120170099　<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">浙ICP备17012345号-1</a></p>
</div></div>
<script>cmstop.stat();</script>
</body>
</html>
"""

    def crumb(items: list[tuple[str, str | None]]) -> str:
        return '<div class="crumb wrap">' + " &gt; ".join(f'<a href="{u}">{t}</a>' if u else t for t, u in items) + "</div>\n"

    def rank() -> str:  # 热点排行: filled by JS on the live site; the static fallback lists the newest
        rows = "\n".join(f'<li><em>{j}</em><a href="{x.url}" title="{esc(x.title)}">{esc(x.title[:18])}</a></li>'
                         for j, x in enumerate(latest[:8], 1))
        return f'<div class="side-box rank"><h3>热点排行</h3><ol id="rank-list">\n{rows}\n</ol></div>'

    # ------------------------------------------------------------------ article pages
    for a in arts:
        total = len(a.page_blocks)
        label = SOURCE_LABEL[a.ch.key]
        src = (f'<span class="source">{label}：<a href="{EPAPER}" target="_blank">{PAPER}</a></span>' if a.source == PAPER
               else f'<span class="source">{label}：{esc(a.source)}</span>')
        edition = ""
        if a.extra.get("edition"):
            d, page = a.extra["edition"]
            edition = f'<span class="paper">《{PAPER}》{d:%Y年%m月%d日} 第{page:02d}版</span>'
        meta = (f'<div class="article-meta"><span class="time">{_display(a.when)}</span>{src}{edition}'
                f'<span class="comment"><a href="#comment">评论 <em id="comment_count_{a.aid}"></em></a></span>'
                f'<span class="pv">阅读 <em id="pv_{a.aid}"></em></span>'
                f'<span class="fontsize">字号：<a href="javascript:;" data-size="18">大</a> <a href="javascript:;" data-size="16">中</a> <a href="javascript:;" data-size="14">小</a></span></div>')
        note = ""
        if a.extra.get("note"):
            note = f'<div class="editor-note"><span class="editor-note-label">编者按</span><p>{esc(a.extra["note"])}</p></div>\n'
        byline = f'<p>　　{esc(a.extra["byline"])}</p>\n' if a.extra.get("byline") else ""
        ed = f"责任编辑：{a.editor}" + (f"　校对：{a.extra['proof']}" if a.extra.get("proof") else "")
        rel = "\n".join(f'<li><a href="{r.url}" target="_blank">{esc(r.title)}</a><span class="time">{r.when:%Y-%m-%d}</span></li>' for r in a.related)
        share = ('<div class="share-bar"><span>分享到：</span><a href="javascript:;" class="share-wx" title="微信">微信</a>'
                 f'<a href="https://service.weibo.example.com/share/share.php?url={BASE}{a.url}" class="share-wb" target="_blank" title="新浪微博">微博</a>'
                 f'<a href="https://sns.qzone.example.com/share?url={BASE}{a.url}" class="share-qz" target="_blank" title="QQ空间">QQ空间</a></div>')
        sub = f'<h2 class="subtitle">{esc(a.extra["subtitle"])}</h2>' if a.extra.get("subtitle") else ""
        for p in range(1, total + 1):
            pager = ""
            if total > 1:
                name = lambda q, _a=a: _url(_a, q).rsplit("/", 1)[-1]  # noqa: E731  relative links, as CmsTop writes them
                items = [f'<a href="{name(p - 1)}" class="prev">上一页</a>'] if p > 1 else []
                items += [f'<span class="current">{q}</span>' if q == p else f'<a href="{name(q)}">{q}</a>' for q in range(1, total + 1)]
                if p < total:
                    items.append(f'<a href="{name(p + 1)}" class="next">下一页</a>')
                pager = f'<div class="page-nav">{"".join(items)}</div>\n'
            extra = (f'<meta name="description" content="{esc(a.extra["desc"])}" />\n<meta name="contentid" content="{a.aid}" />\n'
                     f'<meta name="publishdate" content="{a.when:%Y-%m-%d}" />\n')
            t = a.title if p == 1 else f"{a.title}(2)"
            html = (head(f"{t}_{a.ch.name}_{SITE}", a.ch.key, extra) + crumb([("首页", "/"), (a.ch.name, _list_url(a.ch)), ("正文", None)])
                    + f"""<div class="wrap main">
<div class="col-main">
<div class="article">
<div class="article-title"><h1>{esc(a.title)}</h1>{sub}</div>
{meta}
<div class="article-content" id="article-content">
{note if p == 1 else ""}{byline if p == 1 else ""}{_body(a.page_blocks[p - 1], a.extra["credit"])}
</div>
{pager}<div class="article-editor">（{ed}）</div>
{share}
</div>
<div class="related"><h3>相关阅读</h3><ul>
{rel}
</ul></div>
<div class="comment-box" id="comment"><h3>网友评论</h3><div id="comment-list" data-topicid="{a.aid}">评论加载中……</div>
<script>cmstop.comment.load({a.aid});</script></div>
</div>
<div class="col-side">
{rank()}
<div class="side-box epaper"><h3>{PAPER}数字报</h3><a href="{EPAPER}" target="_blank"><img src="/images/epaper.jpg" alt="数字报" /></a></div>
</div>
</div>
<script>$(function(){{ $.getJSON('/?app=system&controller=content&action=stat&contentid={a.aid}', function(r){{ $('#pv_{a.aid}').text(r.pv); $('#comment_count_{a.aid}').text(r.comments); }}); }});</script>
""" + foot())
            site.add(a.page_urls[p - 1], html)
        related = [{"title": r.title, "url": r.url, "date": iso_date(r.when), "views": None} for r in a.related]
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=_display(a.when), views_display=None, views_approx=False, related=related)

    # ------------------------------------------------------------------ channel lists (page 1 is also index.shtml in the pager)
    def pagination(k: int, total: int, url_of) -> str:
        if total <= 1:
            return ""
        items = [f'<a href="{url_of(k - 1)}" class="prev">上一页</a>'] if k > 1 else []
        items += [f'<span class="current">{j}</span>' if j == k else f'<a href="{url_of(j)}">{j}</a>' for j in range(1, total + 1)]
        if k < total:
            items.append(f'<a href="{url_of(k + 1)}" class="next">下一页</a>')
        return f'<div class="pagination">{"".join(items)}</div>'

    def list_html(url: str, title: str, active: str, crumbs: list, inner: str) -> str:
        return (head(f"{title}_{SITE}", active) + crumb(crumbs) + f'<div class="wrap main">\n<div class="col-main">\n{inner}\n</div>\n'
                f'<div class="col-side">\n{rank()}\n</div>\n</div>\n' + foot())

    for ch in CHANNELS:
        entries = [x for x in latest if x.ch is ch]
        chunks = paginate(entries, PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = _list_url(ch, k)
            rows = []
            for pos, x in enumerate(chunk, 1):
                if ch.key == "tushuo":  # picture grid: no dates
                    rows.append(f'<li><a href="{x.url}" class="thumb"><img src="/uploads/photo/thumb_{x.aid}.jpg" alt="" /></a><p><a href="{x.url}">{esc(x.title)}</a></p></li>')
                    site.listing(url, pos, x, None, None)
                else:
                    src = PAPER if x.source == PAPER else x.source
                    rows.append(f'<li class="item"><a href="{x.url}" class="thumb"><img src="/uploads/thumb_{x.aid}.jpg" alt="" /></a>'
                                f'<h3><a href="{x.url}" target="_blank">{esc(x.title)}</a></h3><p class="summary">{esc(x.extra["desc"])}</p>'
                                f'<p class="info"><span class="source">{esc(src)}</span><span class="time">{x.when:%Y-%m-%d %H:%M}</span></p></li>')
                    site.listing(url, pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d %H:%M}")
            cls = "pic-list" if ch.key == "tushuo" else "news-list"
            pager = pagination(k, len(chunks), lambda j, _c=ch: f"/{_c.key}/index.shtml" if j == 1 else _list_url(_c, j))
            html = list_html(url, ch.name if k == 1 else f"{ch.name}_第{k}页", ch.key, [("首页", "/"), (ch.name, None)],
                             f'<div class="list-title"><h2>{ch.name}</h2></div>\n<ul class="{cls}">\n' + "\n".join(rows) + f"\n</ul>\n{pager}")
            site.add(url, html)
            lp = {"url": url, "aliases": []}
            if k == 1 and len(chunks) > 1:
                site.add(f"/{ch.key}/index.shtml", html)
                lp["aliases"].append(f"/{ch.key}/index.shtml")
            site.list_pages.append(lp)

    # 滚动新闻: every channel, channel label, "MM-DD HH:MM" (this year) or "YYYY-MM-DD"
    chunks = paginate(latest, ROLL_PER_PAGE)
    for k, chunk in enumerate(chunks, 1):
        url = "/roll/" if k == 1 else f"/roll/{k}.shtml"
        rows = []
        for pos, x in enumerate(chunk, 1):
            rows.append(f'<li><span class="channel">[<a href="{_list_url(x.ch)}">{x.ch.name}</a>]</span><a href="{x.url}" target="_blank">{esc(x.title)}</a>'
                        f'<span class="time">{_roll_time(x.when)}</span></li>')
            site.listing(url, pos, x, iso_date(x.when), _roll_time(x.when), None, x.ch.name)
        pager = pagination(k, len(chunks), lambda j: "/roll/" if j == 1 else f"/roll/{j}.shtml")
        site.add(url, list_html(url, "滚动新闻" if k == 1 else f"滚动新闻_第{k}页", "roll", [("首页", "/"), ("滚动新闻", None)],
                                '<div class="list-title"><h2>滚动新闻</h2></div>\n<ul class="roll-list">\n' + "\n".join(rows) + f"\n</ul>\n{pager}"))
        site.list_pages.append({"url": url, "aliases": []})

    # 专题: the series
    url = f"/zhuanti/{SERIES[0]}/"
    rows = []
    for pos, x in enumerate(series, 1):
        rows.append(f'<li><h3><a href="{x.url}">{esc(x.title)}</a></h3><p>{esc(x.extra["desc"])}</p><span class="time">{x.when:%Y-%m-%d}</span></li>')
        site.listing(url, pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}")
    site.add(url, list_html(url, f"专题：{SERIES[1]}", "zt", [("首页", "/"), ("专题", None), (SERIES[1], None)],
                            f'<div class="zt-banner"><img src="/uploads/zt/{SERIES[0]}.jpg" alt="" /><h2>{SERIES[1]}</h2>'
                            f'<p class="zt-intro">{esc(content.PAPER_NOTES[2])}</p></div>\n<ul class="zt-list">\n' + "\n".join(rows) + "\n</ul>"))
    site.list_pages.append({"url": url, "aliases": []})

    # ------------------------------------------------------------------ home, about, 404, robots
    dead = "/zhuanti/2025qcz/"
    top = latest[0] if latest[0].ch.key != "tushuo" else latest[1]
    focus = "".join(f'<li><a href="{x.url}"><img src="/uploads/photo/focus_{x.aid}.jpg" alt="" /><span>{esc(x.title)}</span></a></li>'
                    for x in [y for y in latest if y.ch.key == "tushuo"][:3])
    boxes = []
    for ch in CHANNELS[:3]:
        rows = "\n".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in [y for y in latest if y.ch is ch][:7])
        boxes.append(f'<div class="home-box"><h2><a href="{_list_url(ch)}">{ch.name}</a></h2><ul>\n{rows}\n</ul></div>')
    home = (head(f"{SITE}_{PAPER}官方网站", "home") + f"""<div class="wrap main home">
<div class="headline"><h2><a href="{top.url}">{esc(top.title)}</a></h2><p>{esc(top.extra["desc"])}</p></div>
<div class="focus"><ul>{focus}</ul></div>
{chr(10).join(boxes)}
<div class="home-zt"><a href="/zhuanti/{SERIES[0]}/"><img src="/uploads/zt/{SERIES[0]}_banner.jpg" alt="" />专题：{SERIES[1]}</a>
<a href="{dead}"><img src="/uploads/zt/2025qcz_banner.jpg" alt="" />专题：2025东海国际汽车产业博览会</a></div>
<div class="col-side">{rank()}</div>
</div>
""" + foot())
    site.add("/", home)
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (expired 专题 linked from the home page)"})
    site.add("/about/", head(f"关于我们_{SITE}", "") + crumb([("首页", "/"), ("关于我们", None)])
             + f'<div class="wrap main"><div class="about"><h2>关于我们</h2><p>{SITE}是{PAPER}社主办的新闻网站，报道区域工商经济和汽车产业动态。</p>'
             + '<p id="contact">联系电话：0574-8800 1234　新闻热线：0574-8800 1100</p><p id="copyright">本网刊载的原创稿件，未经授权不得转载。</p></div></div>\n' + foot())
    site.non_articles.append({"url": "/about/", "reason": "关于我们 (single page)"})
    site.add("/404.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8" /><title>页面不存在_{SITE}</title><link rel="stylesheet" href="{STATIC}/base.css" /></head>
<body><div class="error-page"><img src="/images/404.png" alt="404" /><h2>抱歉，您访问的页面不存在或已删除</h2>
<p><a href="/">返回{SITE}首页</a></p></div></body></html>
""")
    site.raw["/robots.txt"] = (f"User-agent: *\nDisallow: /search/\nDisallow: /?app=\nDisallow: /templates/\nDisallow: /member/\n\n"
                               f"Sitemap: {BASE}/sitemap.xml\n").encode()
    return site

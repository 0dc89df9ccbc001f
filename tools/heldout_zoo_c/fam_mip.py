"""A Baidu MIP mobile news site (m. host): <html mip>, <mip-img>, relative dates, 展开全文 (mip-showmore)."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import Art, Channel, REFERENCE_TIME, Site, TZ8, chain, esc, kinds, paginate, pick_related, rand_dates, unique_titles

NAME = "mip"
SITE = "汽配头条"
PC = "https://www.qipeitt.example.com"
M = "https://m.qipeitt.example.com"
PER_PAGE = 8
CHANNELS = [Channel("qiche", "汽车", 1), Channel("qipei", "汽配", 2), Channel("xinnengyuan", "新能源", 3)]
COUNTS = [18, 9, 8]  # 8+8+2, 8+1, 8


def rel_display(d: dt.datetime, with_time: bool) -> tuple[str, dt.datetime]:
    """What the page shows for d, and the instant a reader takes from it (anchored to REFERENCE_TIME)."""
    ref = REFERENCE_TIME
    delta = ref - d
    if d.date() == ref.date():
        if delta < dt.timedelta(minutes=1):
            return "刚刚", ref
        if delta < dt.timedelta(hours=1):
            m = int(delta.total_seconds() // 60)
            return f"{m}分钟前", ref - dt.timedelta(minutes=m)
        h = int(delta.total_seconds() // 3600)
        return f"{h}小时前", ref - dt.timedelta(hours=h)
    if d.date() == ref.date() - dt.timedelta(days=1):
        return f"昨天 {d:%H:%M}", d
    if d.year == ref.year:
        return (d.strftime("%m-%d %H:%M") if with_time else d.strftime("%m-%d")), d
    return (d.strftime("%Y-%m-%d %H:%M") if with_time else d.strftime("%Y-%m-%d")), d


def _reads(v: int) -> tuple[str, int]:
    if v < 10000:
        return f"{v}阅读", v
    tenth = v // 1000
    return (f"{tenth // 10}.{tenth % 10}万阅读" if tenth % 10 else f"{tenth // 10}万阅读"), tenth * 1000


def _head(title: str, canonical: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html mip>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<link rel="stylesheet" type="text/css" href="https://c.mipcdn.com/static/v2/mip.css">
<link rel="canonical" href="{PC}{canonical}">
<title>{esc(title)}</title>
{extra}<style mip-custom>
body{{background:#f5f5f5;font-size:16px}}.header{{height:44px;background:#c00}}.content p{{line-height:1.8;margin:.6em 0}}
.mip-showmore-btn{{text-align:center;color:#c00;padding:10px 0}}.news-list li{{border-bottom:1px solid #eee}}
</style>
</head>
<body>
<mip-fixed type="top" class="header"><a href="/" data-type="mip" class="logo">{SITE}</a>
<nav class="nav"><a href="/" data-type="mip">推荐</a>{''.join(f'<a href="/list/{c.key}/" data-type="mip">{c.name}</a>' for c in CHANNELS)}</nav></mip-fixed>
"""


FOOT = f"""<footer class="footer">
<p><a href="/" data-type="mip">首页</a> | <a href="{PC}/" data-type="mip">电脑版</a> | <a href="/about.html" data-type="mip">关于我们</a> | <a href="/contact.html" data-type="mip">联系我们</a></p>
<p>&copy;2026 {SITE} m.qipeitt.example.com 鄂ICP备17012345号-2</p>
</footer>
<mip-gototop></mip-gototop>
<script src="https://c.mipcdn.com/static/v2/mip.js"></script>
<script src="https://c.mipcdn.com/static/v2/mip-showmore/mip-showmore.js"></script>
<script src="https://c.mipcdn.com/static/v2/mip-share/mip-share.js"></script>
<script src="https://c.mipcdn.com/static/v2/mip-infinitescroll/mip-infinitescroll.js"></script>
</body>
</html>
"""


def _body(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f'<h3 class="sub">{esc(b[1])}</h3>')
        elif b[0] == "img":
            out.append(f'<mip-img layout="responsive" width="640" height="400" src="https://img.qipeitt.example.com{b[1]}" alt=""></mip-img>')
            if b[2]:
                out.append(f'<p class="img-desc">{esc(b[2])}</p>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f'<div class="table-wrap"><table>{rows}</table></div>')
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    site.serve["soft_404"] = "/404.html"
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    ref = REFERENCE_TIME
    yday = ref.date() - dt.timedelta(days=1)
    recent = [ref, ref - dt.timedelta(minutes=5), ref - dt.timedelta(minutes=38), ref - dt.timedelta(hours=3),
              ref - dt.timedelta(hours=7), dt.datetime(yday.year, yday.month, yday.day, 18, 20, tzinfo=TZ8),
              dt.datetime(yday.year, yday.month, yday.day, 9, 5, tzinfo=TZ8)]
    whens = sorted(recent + rand_dates(rnd, n - len(recent), dt.datetime(2025, 4, 1, tzinfo=TZ8), dt.datetime(2026, 5, 15, tzinfo=TZ8)))
    # spread the fresh items over the channels
    chans = [c for c, k in zip(CHANNELS, COUNTS) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        return content.news_title(ctx), (ctx, ar)

    arts: list[Art] = []
    aid = 318000 + rnd.randint(0, 2000)
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        aid += rnd.randint(3, 400)
        when = whens[i]
        a = Art(i, aid, chans[i], title, content.news_blocks(ctx, ks[i], "/uploads/"), when)
        a.url = f"/news/{when:%Y%m%d}/{aid}.html"
        a.source = ar.choice(content.SOURCES + [SITE])
        a.author = content.person(ar) if ar.random() < 0.5 else None
        a.editor = content.person(ar) if ar.random() < 0.8 else None
        fresh = REFERENCE_TIME - when < dt.timedelta(days=2)  # a few hours old: few reads yet
        a.extra["reads"], a.views = _reads(ar.randint(30, 2600) if fresh else ar.choice([ar.randint(80, 9900), ar.randint(10000, 180000)]))
        arts.append(a)
    chain(arts, lambda x: x.ch.key)
    pick_related(arts, seed, NAME, 4, 6)

    for a in arts:
        disp, instant = rel_display(a.when, True)
        cards = []
        related = []
        for r in a.related:
            rd, rinst = rel_display(r.when, False)
            cards.append(f'<li><a href="{r.url}" data-type="mip" class="card"><mip-img src="https://img.qipeitt.example.com/thumb/{r.aid}.jpg" width="113" height="75"></mip-img>'
                         f'<div class="r"><h4>{esc(r.title)}</h4><p class="meta"><span>{r.source}</span><span>{r.extra["reads"]}</span><span>{rd}</span></p></div></a></li>')
            related.append({"title": r.title, "url": r.url, "date": rinst.date().isoformat(), "views": r.views})
        ld = ('{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","@id":"' + M + a.url + '","appid":"1583021234567890",'
              f'"title":"{a.title}","images":["https://img.qipeitt.example.com/thumb/{a.aid}.jpg"],'
              f'"description":"{content.paragraphs(a.blocks)[0][:60]}","pubDate":"{a.when:%Y-%m-%dT%H:%M:%S}"}}')
        extra = (f'<meta name="keywords" content="{a.ch.name},{SITE}">\n<meta name="description" content="{esc(content.paragraphs(a.blocks)[0][:80])}">\n'
                 f'<script type="application/ld+json">{ld}</script>\n')
        info = f'<span class="src">来源：{a.source}</span>'
        if a.author:
            info += f'<span class="author">作者：{a.author}</span>'
        info += f'<span class="time">{disp}</span><span class="read">{a.extra["reads"]}</span>'
        editor = f'\n<p class="editor">责任编辑：{a.editor}</p>' if a.editor else ""
        pn = '<div class="prevnext">'
        pn += f'<p>上一篇：<a href="{a.prev.url}" data-type="mip">{esc(a.prev.title)}</a></p>' if a.prev else "<p>上一篇：没有了</p>"
        pn += f'<p>下一篇：<a href="{a.next.url}" data-type="mip">{esc(a.next.title)}</a></p>' if a.next else "<p>下一篇：没有了</p>"
        pn += "</div>"
        html = _head(f"{a.title}_{a.ch.name}_{SITE}手机版", a.url, extra) + f"""<div class="crumb"><a href="/" data-type="mip">首页</a> &gt; <a href="/list/{a.ch.key}/" data-type="mip">{a.ch.name}</a> &gt; 正文</div>
<div class="article" id="article">
<h1 class="title">{esc(a.title)}</h1>
<div class="info">{info}</div>
<mip-showmore maxheight="screen:1.2" animatetime=".3" id="showmore01">
<div class="content">
{_body(a)}{editor}
</div>
</mip-showmore>
<div on="tap:showmore01.toggle" data-closetext="收起" class="mip-showmore-btn">展开全文</div>
</div>
<div class="share"><mip-share title="{esc(a.title)}" content="{SITE}"></mip-share></div>
{pn}
<mip-ad type="ad-baidu" cproid="u5123456"></mip-ad>
<div class="relate"><h3 class="t">相关推荐</h3><ul>
{chr(10).join(cards)}
</ul></div>
<div class="comment"><h3 class="t">网友评论</h3><mip-iframe layout="responsive" width="320" height="200" src="https://comment.qipeitt.example.com/mip?aid={a.aid}"></mip-iframe></div>
""" + FOOT
        site.add(a.url, html)
        site.article_row(a, content.paragraphs(a.blocks), published_date=instant.date().isoformat(), published_at=instant.isoformat(),
                         published_display=disp, views_display=a.extra["reads"].replace("阅读", ""), views_approx=a.views >= 10000,
                         related=related)

    def item(x: Art) -> str:
        d, _ = rel_display(x.when, False)
        return (f'<li><a href="{x.url}" data-type="mip"><div class="txt"><h3>{esc(x.title)}</h3><p class="meta"><span class="src">{x.source}</span>'
                f'<span class="time">{d}</span><span class="read">{x.extra["reads"]}</span></p></div>'
                f'<mip-img src="https://img.qipeitt.example.com/thumb/{x.aid}.jpg" width="113" height="75"></mip-img></a></li>')

    for ch in CHANNELS:
        entries = sorted((x for x in arts if x.ch is ch), key=lambda x: x.when, reverse=True)
        chunks = paginate(entries, PER_PAGE)

        def lurl(k: int) -> str:
            return f"/list/{ch.key}/" if k == 1 else f"/list/{ch.key}/{k}.html"
        for k, chunk in enumerate(chunks, 1):
            url = lurl(k)
            for pos, x in enumerate(chunk, 1):
                d, inst = rel_display(x.when, False)
                site.listing(url, pos, x, inst.date().isoformat(), d, x.views)
            pager = '<div class="pager">'
            pager += f'<a href="{lurl(k - 1)}" data-type="mip">上一页</a>' if k > 1 else '<span class="dis">上一页</span>'
            pager += f"<span>{k}/{len(chunks)}</span>"
            pager += f'<a href="{lurl(k + 1)}" data-type="mip">下一页</a>' if k < len(chunks) else '<span class="dis">下一页</span>'
            pager += "</div>"
            html = _head(f"{ch.name}_{SITE}手机版" + (f"_第{k}页" if k > 1 else ""), url) + f"""<div class="crumb"><a href="/" data-type="mip">首页</a> &gt; {ch.name}</div>
<ul class="news-list">
{chr(10).join(item(x) for x in chunk)}
</ul>
{pager}
<mip-infinitescroll data-src="/api/list?cid={ch.cid}&amp;page=" template="tpl-list" pagenum="{k + 1}"><script type="application/json">{{"rn": 8, "pn": {k + 1}}}</script></mip-infinitescroll>
""" + FOOT
            site.add(url, html)
            site.list_pages.append({"url": url, "aliases": []})

    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    dead = "/news/20260301/999999.html"
    home = _head(f"{SITE}手机版_汽车配件行业资讯", "/") + f"""<mip-carousel autoplay defer="4000" layout="responsive" width="640" height="300">
<a href="{latest[0].url}" data-type="mip"><mip-img src="https://img.qipeitt.example.com/focus/1.jpg"></mip-img><p class="ft">{esc(latest[0].title)}</p></a>
</mip-carousel>
<ul class="news-list">
{chr(10).join(item(x) for x in latest[:12])}
<li><a href="{dead}" data-type="mip"><div class="txt"><h3>【专题】北京车展汽配新品全记录</h3><p class="meta"><span class="src">{SITE}</span></p></div></a></li>
</ul>
<div class="more"><a href="/list/qiche/" data-type="mip">查看更多</a></div>
""" + FOOT
    site.add("/", home)
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": dead, "reason": "soft 404: HTTP 200 with the error page (dead link on the home page)"})
    for url, t, body in [("/about.html", "关于我们", f"{SITE}专注汽车及零部件产业资讯，为从业者提供及时、专业的行业新闻。"),
                         ("/contact.html", "联系我们", "新闻线索：news@qipeitt.example.com　广告合作：027-8765 4321")]:
        site.add(url, _head(f"{t}_{SITE}手机版", url) + f'<div class="page-static"><h1>{t}</h1><p>{body}</p></div>\n' + FOOT)
        site.non_articles.append({"url": url, "reason": f"{t} (static page)"})
    hot = "".join(f'<li><a href="{x.url}" data-type="mip">{esc(x.title)}</a></li>' for x in latest[:5])
    site.add("/404.html", _head(f"页面不存在_{SITE}手机版", "/") + f"""<div class="err"><h1>您访问的页面不存在或已被删除</h1>
<p>错误编号：{{random}}</p><p><a href="/" data-type="mip">返回首页</a></p>
<h3>热门推荐</h3><ul>{hot}</ul></div>
""" + FOOT)
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /api/\nDisallow: /search/\n"
    return site

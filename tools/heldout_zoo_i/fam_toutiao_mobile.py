"""A Toutiao / Tencent-news-like mobile news site (m. host, 澹川车讯): /article/<gid>/ with __INITIAL_STATE__, /ch/<key>/ feeds."""

from __future__ import annotations

import datetime as dt
import json
import random

from . import content
from .core import TZ8, Art, Channel, Site, epoch, esc, iso_date, kinds, paginate, rand_dates, rel_time, unique_titles

NAME = "toutiao_mobile"
SITE = "澹川车讯"
BASE = "https://m.chexun-dc.example.com"
CHANS = [Channel("hy", "行业"), Channel("wx", "维修"), Channel("xny", "新能源")]
COUNTS = [22, 20, 14]
PER_PAGE = 10
HOME_N = 15
DEAD_GID = "7389201746618253106"
PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
ACCOUNT_IDS = {name: str(3928470000 + 7919 * j) for j, name in enumerate(content.FEED_ACCOUNTS)}


def _shown(d: dt.datetime) -> str:
    return f"{d:%Y-%m-%d %H:%M}"


def _body(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f'<p data-track="{len(out) + 1}">{esc(b[1])}</p>')
        elif b[0] == "h":
            out.append(f'<h1 class="pgc-h-arrow-right" data-track="{len(out) + 1}">{esc(b[1])}</h1>')
        elif b[0] == "img":
            out.append(f'<div class="pgc-img"><img src="{PIXEL}" data-src="https://p3.cxdcimg.example.com/origin/pgc-image/{b[1]}~tplv-obj:640:427.image" width="640" height="427" alt="" /><p class="pgc-img-caption"></p></div>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f"<table><tbody>{rows}</tbody></table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    recent = rand_dates(rnd, 8, dt.datetime(2026, 5, 17, 21, tzinfo=TZ8), dt.datetime(2026, 5, 18, 20, 35, tzinfo=TZ8), hours=(6, 22))
    recent += rand_dates(rnd, 6, dt.datetime(2026, 5, 15, tzinfo=TZ8), dt.datetime(2026, 5, 17, 20, 30, tzinfo=TZ8), hours=(6, 22))
    older = rand_dates(rnd, n - 14, dt.datetime(2025, 11, 2, tzinfo=TZ8), dt.datetime(2026, 5, 14, 22, tzinfo=TZ8), hours=(6, 22))
    whens = sorted(older + recent)
    assert len(set(whens)) == n
    chans = [c for c, k in zip(CHANS, COUNTS, strict=True) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)
    outlet = [c.key == "hy" or c.key == "xny" and rnd.random() < 0.5 for c in chans]

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        if outlet[i]:
            return content.market_title(ctx), (ctx, ar)
        return ctx.fill(ar.choice(content.FEED_TITLES[chans[i].key])), (ctx, ar)

    arts: list[Art] = []
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        ch = chans[i]
        blocks = content.market_blocks(ctx, ks[i], "") if outlet[i] else content.feed_blocks(ctx, ks[i])
        blocks = [("img", f"{ar.getrandbits(64):016x}", None) if b[0] == "img" else b for b in blocks]  # no captions on this app
        a = Art(i, i, ch, title, blocks, whens[i])
        a.extra["gid"] = str(7300000000000000000 + ar.randint(10**15, 9 * 10**16))
        a.url = f"/article/{a.extra['gid']}/"
        a.extra["outlet"] = outlet[i]
        if outlet[i]:
            a.source = ar.choice(content.MEDIA)
            a.author = content.person(ar) if ar.random() < 0.45 else None
            a.editor = content.person(ar)
        else:
            a.source = ar.choice(content.FEED_ACCOUNTS)
        a.extra["ip"] = ctx.fixed["city"]
        a.extra["cmt"] = ar.randint(0, 860)
        a.extra["tags"] = [ctx.fixed["pr"], ch.name, "汽车后市场"]
        arts.append(a)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    for a in arts:
        rr = random.Random(f"{seed}:{NAME}:rel:{a.extra['gid']}")
        same = [x for x in latest if x.ch is a.ch and x is not a]
        a.related = rr.sample(same, 5)
    hot = latest[:6]
    share = {x.url: f"/i{x.extra['gid']}/" for x in hot}  # the hot feed links the old item URL of the same page

    # ------------------------------------------------------------------ template parts
    def head(title: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover" />
<meta name="format-detection" content="telephone=no" />
<title>{esc(title)}</title>
{extra}<link rel="stylesheet" href="//s3.cxdcstatic.example.com/m/css/app.8f3a1c.css" />
</head>
<body>
<div id="root">
<header class="top-bar"><a class="logo" href="/"><img src="//s3.cxdcstatic.example.com/m/img/logo.png" alt="{SITE}" /></a><a class="search-btn" href="/search/">搜索</a><a class="open-app" href="https://app.chexun-dc.example.com/download/">打开APP</a></header>
"""

    def tabs(cur: str | None) -> str:
        items = [("/", "推荐", cur is None)] + [(f"/ch/{c.key}/", c.name, cur == c.key) for c in CHANS]
        return '<nav class="channel-tabs">' + "".join(f'<a href="{u}"' + (' class="active"' if on else "") + f">{t}</a>" for u, t, on in items) + "</nav>"

    def foot(state: dict | None = None) -> str:
        st = ""
        if state is not None:
            blob = json.dumps(state, ensure_ascii=False, sort_keys=True, separators=(",", ":")).replace("</", "<\\/")
            st = f"<script>window.__INITIAL_STATE__={blob};</script>\n"
        return f"""</div>
<footer class="m-foot"><p><a href="https://www.chexun-dc.example.com/">电脑版</a> · <a href="/about/">关于我们</a> · <a href="/report/">举报</a></p><p>&copy; 2026 {SITE} 澹ICP备19004471号-2</p></footer>
{st}<script src="//s3.cxdcstatic.example.com/m/js/vendor.2b71d0.js"></script>
<script src="//s3.cxdcstatic.example.com/m/js/article.c90e44.js"></script>
</body>
</html>
"""

    def feed_item(x: Art, href: str | None = None) -> str:
        disp, _ = rel_time(x.when)
        return (f'<div class="feed-item"><a class="feed-link" href="{href or x.url}"><div class="feed-title">{esc(x.title)}</div>'
                f'<div class="feed-img"><img src="{PIXEL}" data-src="https://p3.cxdcimg.example.com/list/{x.extra["gid"][-8:]}.jpg" alt="" /></div></a>'
                f'<div class="feed-info"><span class="src">{esc(x.source)}</span><span class="cmt">{x.extra["cmt"]}评论</span><span class="time">{disp}</span></div></div>')

    # ------------------------------------------------------------------ article pages
    for a in arts:
        gid = a.extra["gid"]
        folded = len(a.blocks) > 4
        byline = f'<p class="byline">文｜{esc(a.author)}</p>\n' if a.author else ""
        media = (f'<a class="media-name" href="/c/user/{ACCOUNT_IDS[a.source]}/">{esc(a.source)}</a><a class="follow-btn" href="javascript:;">关注</a>'
                 if not a.extra["outlet"] else f'<span class="media-name">{esc(a.source)}</span>')
        rel = "".join(f'<li><a href="{x.url}"><span class="r-title">{esc(x.title)}</span></a><span class="r-src">{esc(x.source)}</span><span class="r-cmt">{x.extra["cmt"]}评论</span></li>' for x in a.related)
        hots = "".join(feed_item(x, share[x.url]) for x in hot if x is not a)
        state = {"article": {"groupId": gid, "itemId": gid, "title": a.title, "source": a.source, "publishTime": epoch(a.when),
                             "channel": a.ch.key, "tags": a.extra["tags"], "abstract": content.paragraphs(a.blocks)[0][:80],
                             "content": (byline + _body(a.blocks)), "mediaUser": {"name": a.source, "id": ACCOUNT_IDS.get(a.source, "0")},
                             "ipLocation": a.extra["ip"], "isOriginal": not a.extra["outlet"]},
                 "recommend": {"list": [], "offset": 0, "hasMore": True}, "env": {"isApp": False, "platform": "mobile"}}
        meta = (f'<meta name="description" content="{esc(content.paragraphs(a.blocks)[0][:80])}" />\n'
                f'<link rel="canonical" href="https://www.chexun-dc.example.com/article/{gid}/" />\n'
                f'<meta property="og:title" content="{esc(a.title)}" />\n<meta property="og:type" content="article" />\n'
                f'<meta property="og:image" content="https://p3.cxdcimg.example.com/list/{gid[-8:]}.jpg" />\n')
        html = head(f"{a.title} - {SITE}", meta) + f"""<div class="article-page" data-gid="{gid}">
<div class="article-header">
<div class="channel-label"><a href="/ch/{a.ch.key}/">{a.ch.name}</a></div>
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-meta">{('<span class="original-tag">原创</span>' if not a.extra["outlet"] else "")}<span class="source">来源：{media}</span><span class="time">时间：{_shown(a.when)}</span><span class="ip-location">发布于{esc(a.extra["ip"])}</span></div>
</div>
<article class="article-content{' folded' if folded else ''}" id="article-content"{' style="max-height:640px;overflow:hidden;"' if folded else ''}>
{byline}{_body(a.blocks)}
</article>
{('<div class="fold-mask" id="fold-mask"><a class="unfold-btn" href="javascript:;">展开全文<i class="arrow"></i></a></div>' if folded else '')}
{(f'<p class="editor">责任编辑：{esc(a.editor)}</p>' if a.editor else '')}
<div class="article-tags">{"".join(f'<a href="/search/?keyword={esc(t)}">{esc(t)}</a>' for t in a.extra["tags"])}</div>
<div class="article-stat" data-gid="{gid}"><span class="read">阅读 <em class="read-count"></em></span><span class="digg"><i class="icon-digg"></i><em class="digg-count"></em></span><span class="comment">评论 <em class="comment-count"></em></span></div>
<script>fetch("/api/article/stat/?group_id={gid}").then(function(r){{return r.json()}}).then(function(d){{document.querySelector(".read-count").textContent=d.read_count;document.querySelector(".digg-count").textContent=d.digg_count;document.querySelector(".comment-count").textContent=d.comment_count;}});</script>
<div class="related-feed"><h3 class="feed-hd">相关推荐</h3><ul class="related-list">{rel}</ul></div>
<div class="comment-area" id="comment"><h3>评论</h3><div class="comment-list"></div><a class="comment-more" href="javascript:;">打开APP查看全部评论</a></div>
<div class="hot-feed"><h3 class="feed-hd">热门推荐</h3>{hots}<div class="feed-loading">正在加载...</div></div>
</div>
""" + foot(state)
        site.add(a.url, html)
        aliases = []
        if a.url in share:
            site.add(share[a.url], html)
            aliases.append(share[a.url])
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=_shown(a.when), views_display=None, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": None, "views": None} for x in a.related], aliases=aliases)

    # ------------------------------------------------------------------ feeds: / (推荐), /ch/<key>/, index_N.html
    def feed_page(url: str, title: str, items: list, cur: str | None, more: str | None, dead: bool = False) -> None:
        parts = []
        for pos, x in enumerate(items, 1):
            parts.append(feed_item(x))
            disp, day = rel_time(x.when)
            site.listing(url, pos, x, day, disp, None, x.ch.name if cur is None else None)
            if dead and pos == 3:
                parts.append(f'<div class="feed-item"><a class="feed-link" href="/article/{DEAD_GID}/"><div class="feed-title">澹川汽配城周边道路将实行临时交通管制</div></a><div class="feed-info"><span class="src">澹州晚报</span><span class="cmt">12评论</span><span class="time">5小时前</span></div></div>')
        mo = f'<a class="load-more" href="{more}">加载更多</a>' if more else '<div class="no-more">没有更多了</div>'
        site.add(url, head(title, '<meta name="description" content="澹川车讯：汽车后市场、维修保养和新能源汽车资讯。" />\n') + tabs(cur) +
                 f'<div class="feed-list" id="feed-list">{"".join(parts)}</div>{mo}\n' + foot({"feed": {"channel": cur or "recommend", "hasMore": bool(more)}}))
        site.list_pages.append({"url": url, "aliases": []})

    feed_page("/", f"{SITE} - 汽车后市场资讯", latest[:HOME_N], None, "/ch/hy/", dead=True)
    for c in CHANS:
        chunks = paginate([x for x in latest if x.ch is c], PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = f"/ch/{c.key}/" if k == 1 else f"/ch/{c.key}/index_{k}.html"
            feed_page(url, f"{c.name} - {SITE}" if k == 1 else f"{c.name}（第{k}页） - {SITE}", chunk, c.key,
                      f"/ch/{c.key}/index_{k + 1}.html" if k < len(chunks) else None)

    # ------------------------------------------------------------------ account pages (not articles), about, 404, robots
    for name, uid in ACCOUNT_IDS.items():
        mine = [x for x in latest if x.source == name]
        lis = "".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in mine)
        site.add(f"/c/user/{uid}/", head(f"{name}的主页 - {SITE}") + f"""<div class="user-page"><div class="user-card"><h1 class="user-name">{esc(name)}</h1><p class="user-desc">汽车领域创作者 · 澹川车讯号</p>
<p class="user-stat"><span>{len(mine)} 作品</span><span>{3 + len(name) * 7}.{len(mine)}万 粉丝</span></p><a class="follow-btn" href="javascript:;">关注</a></div>
<ul class="user-articles">{lis}</ul></div>
""" + foot())
        site.non_articles.append({"url": f"/c/user/{uid}/", "reason": "account home page"})
    site.add("/about/", head(f"关于我们 - {SITE}") + f'<div class="about"><h1>关于{SITE}</h1><p>{SITE}是面向澹川省汽车后市场从业者和车主的移动资讯平台。</p></div>\n' + foot())
    site.non_articles.append({"url": "/about/", "reason": "single page"})
    site.rejects.append({"url": f"/article/{DEAD_GID}/", "reason": "HTTP 404 (deleted item still in the home feed)"})
    site.add("/404.html", head(f"内容不存在 - {SITE}") + '<div class="empty"><p>该内容已被删除或不存在</p><a href="/">返回首页</a></div>\n' + foot())
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /api/\nDisallow: /search/\nDisallow: /report/\n"
    return site

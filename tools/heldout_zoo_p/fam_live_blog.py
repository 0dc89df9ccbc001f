"""An auto-news site with a 图文直播 channel (汐车网, 新浪汽车 / 网易汽车 live-page style), UTF-8: ordinary articles
``/news/2026/1204/58231.html`` (新闻, 车展) with ``2026-12-04 10:21``, ``来源：`` (the site itself or a medium),
``作者：``, ``（责任编辑：…）``, ``1,236 阅读`` and ``评论 12`` / ``暂无评论``; **图文直播 pages** ``/zhibo/3021.html`` whose
entries show a clock only (``11:42``) and run **newest first**, a 开始时间 / 结束时间 pair, ``文字直播：A　图片：B　编辑：C``,
a JavaScript 参与人数, an event name above the headline, a ``?order=asc`` 正序 link (the same page), a 直播中 page
with 最后更新, **直播预告 pages** (the live template, a future start and no entries), an event topic page, lists
``/news/`` + ``index_2.html``, and 相关阅读 / 相关直播."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import REFERENCE_TIME, TZ8, Art, Channel, Site, esc, iso_date, kinds, paginate, rand_dates, unique_titles

NAME = "live_blog"
SITE = content.LB_SITE
EVENT = content.LB_EVENT
CHANNELS = [Channel("news", "新闻"), Channel("chezhan", "车展"), Channel("zhibo", "直播")]
COUNTS = {"news": 16, "chezhan": 12, "zhibo": 12}
PER_PAGE = 10
DEAD = "/news/2026/0930/57110.html"
TOPIC = "/zt/2026xccz/"
EVENT_DAYS = (dt.datetime(2026, 11, 14, tzinfo=TZ8), dt.datetime(2026, 11, 22, 18, 0, tzinfo=TZ8))


def stamp(d: dt.datetime) -> str:
    return f"{d:%Y-%m-%d %H:%M}"


def list_url(key: str, page: int = 1) -> str:
    return f"/{key}/" + ("" if page == 1 else f"index_{page}.html")


def render(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f'<h3 class="sub-title">{esc(b[1])}</h3>')
        elif b[0] == "img":
            out.append(f'<div class="img-wrap"><img src="//img.xiche.example.com/news{b[1]}" alt="">' +
                       (f'<p class="img-note">{esc(b[2])}</p>' if b[2] else "") + "</div>")
        elif b[0] == "table":
            out.append('<table class="data">' + "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    arts: list[Art] = []
    for ch in CHANNELS:
        n = COUNTS[ch.key]
        if ch.key == "news":
            whens = rand_dates(rnd, n, dt.datetime(2026, 9, 1, tzinfo=TZ8), dt.datetime(2026, 12, 9, 12, 0, tzinfo=TZ8), hours=(7, 21))
        elif ch.key == "chezhan":
            whens = rand_dates(rnd, n, *EVENT_DAYS, hours=(8, 20))
        else:  # eight during the show, three other launches, one live right now (started this morning)
            whens = rand_dates(rnd, 8, *EVENT_DAYS, hours=(9, 15))
            whens += rand_dates(rnd, 3, dt.datetime(2026, 10, 8, tzinfo=TZ8), dt.datetime(2026, 12, 5, tzinfo=TZ8), hours=(9, 15))
            whens = sorted(whens) + [dt.datetime(2026, 12, 9, 9, 30, tzinfo=TZ8)]
        ks = kinds(rnd, n)

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            ctx.fixed["event"] = EVENT[4:]
            tpls = content.LB_TITLES[ch.key]
            return ctx.fill(tpls[(i * 5 + attempt) % len(tpls)]), (ctx, ar)

        for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
            when = whens[i]
            if ch.key == "zhibo":
                live_now = when.date() == REFERENCE_TIME.date()
                ctx.fixed["evt_short"] = title.split("：", 1)[1]
                m = ar.randint(7, 13)
                span = int(((REFERENCE_TIME - dt.timedelta(minutes=20) - when) if live_now else
                            dt.timedelta(minutes=ar.randint(90, 200))).total_seconds() // 60)
                mins = sorted([ar.randint(0, 3)] + ar.sample(range(5, span), m - 1))
                opening, closing, middle = content.LB_LIVE[0], content.LB_LIVE[14], content.LB_LIVE[1:14] + content.LB_LIVE[15:]
                lines = [opening] + ar.sample(middle, m - 1 if live_now else m - 2) + ([] if live_now else [closing])
                entries = []
                for k, (mm, ln) in enumerate(zip(mins, lines, strict=True)):
                    pic = None
                    if ar.random() < 0.3:
                        pic = (f"/live/{ar.randint(100000, 999999)}.jpg", ctx.fill(ar.choice(content.LB_CAPTIONS)) if ar.random() < 0.7 else None)
                    entries.append((when + dt.timedelta(minutes=mm), ctx.fill(ln), pic, k == 0))
                entries.reverse()  # newest first, as the page shows them
                blocks = [("p", t) for _, t, _, _ in entries]
                a = Art(i, 0, ch, title, blocks, when)
                a.extra.update(entries=entries, live_now=live_now,
                               end=None if live_now else entries[0][0] + dt.timedelta(minutes=ar.randint(3, 15)),
                               event=when < EVENT_DAYS[1] and when > EVENT_DAYS[0])
                a.author = content.person(ar)  # 文字直播
                a.extra["photo"] = content.person(ar)  # 图片: never the author
                a.editor = content.person(ar)
            else:
                blocks = content.gen_blocks(ctx, ks[i], content.LB_OPEN, content.LB_MID, content.LB_CLOSE, content.LB_HEADS,
                                            "/2026/", content.LB_CAPTIONS)
                a = Art(i, 0, ch, title, blocks, when)
                if ar.random() < 0.45:
                    a.source = ar.choice(content.MEDIA)
                a.extra["src_shown"] = a.source or SITE
                if ar.random() < 0.6:
                    a.author = content.person(ar)
                if ar.random() < 0.85:
                    a.editor = content.person(ar)
                a.views = ar.choice([ar.randint(120, 990), ar.randint(1000, 48000)])
                a.comments = ar.choice([0, ar.randint(1, 60), ar.randint(1, 9)])
            arts.append(a)
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        if a.ch.key == "zhibo":
            a.aid = 3021 + j * 3
            a.url = f"/zhibo/{a.aid}.html"
        else:
            a.aid = 57260 + j * 29 + (j * 5) % 7
            a.url = f"/{a.ch.key}/{a.when:%Y/%m%d}/{a.aid}.html"
        a.page_urls = [a.url]
    newest = sorted(arts, key=lambda x: (x.when, x.aid), reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}

    nav = [("/", "首页"), (list_url("news"), "新闻"), (list_url("chezhan"), "车展"), (list_url("zhibo"), "直播"), (TOPIC, "汐城车展专题")]

    def head(title: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1.0">
{extra}<link rel="stylesheet" href="//static.xiche.example.com/pc/css/main.css?v=20261201">
</head>
<body>
<div class="top-nav"><div class="w1200"><a class="logo" href="/"><img src="//static.xiche.example.com/pc/img/logo.png" alt="{SITE}"></a>
<ul>{"".join(f'<li><a href="{u}">{t}</a></li>' for u, t in nav)}</ul><a class="app" href="javascript:;">下载汐车APP</a></div></div>
"""

    def foot() -> str:
        return f"""<div class="footer"><div class="w1200"><p>关于{SITE} | 广告服务 | 联系我们 | 违法和不良信息举报</p>
<p>Copyright © 2012-2026 {SITE} 版权所有　汐ICP备13027755号-1</p></div></div>
<script src="//static.xiche.example.com/pc/js/main.js?v=20261201"></script>
</body>
</html>
"""

    def rel_box(a: Art, label: str) -> str:
        return (f'<div class="rel-box"><h3>{label}</h3><ul>' + "".join(
            f'<li><a href="{x.url}" title="{esc(x.title)}">{esc(x.title)}</a><span class="date">{x.when:%m-%d}</span></li>'
            for x in a.related) + "</ul></div>")

    def related_of(a: Art) -> list:
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        return sorted(rr.sample([x for x in by_ch[a.ch.key] if x is not a], 4), key=lambda x: (x.when, x.aid), reverse=True)

    def live_head(title: str, event: bool, status: str, info: str, credit: str, order: bool) -> str:
        ev = f'<div class="live-event"><a href="{TOPIC}">{EVENT}</a></div>' if event else f'<div class="live-event">{SITE}直播间</div>'
        od = '<div class="live-order"><span class="on">倒序</span><a href="?order=asc">正序查看</a></div>' if order else ""
        return (f'<div class="live-head">{ev}\n<h1 class="live-title">{esc(title)}</h1>\n<div class="live-info">{status}{info}'
                f'<span class="online">参与人数：<em id="liveUv"></em></span></div>\n{credit}{od}</div>\n')

    # ------------------------------------------------------------------ pages
    for a in arts:
        a.related = related_of(a)
        crumb = f'<div class="crumb"><a href="/">首页</a> &gt; <a href="{list_url(a.ch.key)}">{a.ch.name}</a> &gt; 正文</div>'
        aliases = []
        if a.ch.key == "zhibo":
            e = a.extra
            if e["live_now"]:
                status = '<span class="status on">直播中</span>'
                info = (f'<span class="stime">开始时间：{stamp(a.when)}</span>'
                        f'<span class="refresh">最后更新：{e["entries"][0][0]:%H:%M}　<a href="javascript:location.reload();">刷新</a></span>')
            else:
                status = '<span class="status end">已结束</span>'
                info = f'<span class="stime">开始时间：{stamp(a.when)}</span><span class="etime">结束时间：{stamp(e["end"])}</span>'
            credit = (f'<div class="live-credit">文字直播：{esc(a.author)}　图片：{esc(e["photo"])}　编辑：{esc(a.editor)}</div>\n')
            items = ""
            for t, text, pic, first in e["entries"]:
                pics = ""
                if pic:
                    pics = (f'<div class="live-pic"><img src="//img.xiche.example.com{pic[0]}" alt="">' +
                            (f'<p class="pic-note">{esc(pic[1])}</p>' if pic[1] else "") + "</div>")
                host = '<span class="host">主持人</span>' if first else '<span class="host">汐车网</span>'
                items += (f'<li class="live-item"><div class="live-time"><span>{t:%H:%M}</span>{host}</div>'
                          f'<div class="live-con"><p>{esc(text)}</p>{pics}</div></li>\n')
            tail = ('<div class="live-end">—— 直播进行中，请刷新查看最新内容 ——</div>' if e["live_now"] else '<div class="live-end">—— 本场直播已结束 ——</div>')
            body = (live_head(a.title, e["event"], status, info, credit, True) +
                    f'<div class="live-wrap"><ul class="live-list" id="liveList">\n{items}</ul>{tail}</div>\n' +
                    rel_box(a, "相关直播") +
                    f'<script>var liveId = {a.aid}; LiveRoom.init({{id: liveId, order: "desc", poll: {30 if e["live_now"] else 0}}});</script>')
            html = head(f"{a.title}_{SITE}", f'<meta name="description" content="{esc(a.title)}，{SITE}图文直播">\n') + \
                f'<div class="w1200 main">\n{crumb}\n{body}\n</div>\n' + foot()
            file = site.add(a.url, html)
            alias = f"{a.url}?order=asc"
            site.route_alias(alias, file)
            aliases.append(alias)
            site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                             published_display=stamp(a.when), views_display=None, views_approx=False,
                             related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related],
                             aliases=aliases)
            continue
        src = (f'<span class="source">来源：<a href="/">{SITE}</a></span>' if a.source is None else
               f'<span class="source">来源：{esc(a.source)}</span>')
        au = f'<span class="author">作者：{esc(a.author)}</span>' if a.author else ""
        cm = f"评论 {a.comments}" if a.comments else "暂无评论"
        banner = (f'<div class="zt-banner"><a href="{TOPIC}"><img src="//img.xiche.example.com/zt/2026xccz/banner.jpg" alt="{EVENT}"></a>'
                  f'<span>{EVENT}</span></div>\n' if a.ch.key == "chezhan" else "")
        ed = f'<p class="article-editor">（责任编辑：{esc(a.editor)}）</p>' if a.editor else ""
        html = head(f"{a.title}_{a.ch.name}_{SITE}",
                    f'<meta name="description" content="{esc(content.paragraphs(a.blocks)[0][:70])}">\n'
                    f'<meta property="og:title" content="{esc(a.title)}">\n') + f"""<div class="w1200 main">
{crumb}
{banner}<div class="article">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-meta"><span class="pubtime">{stamp(a.when)}</span>{src}{au}</div>
<div class="article-body" id="artibody">
{render(a.blocks)}
</div>
{ed}
<div class="article-stat"><span class="pv">{a.views:,} 阅读</span><a class="cmt" href="#cmt">{cm}</a></div>
<div class="share">分享：<a href="javascript:;">微信</a><a href="javascript:;">微博</a></div>
</div>
{rel_box(a, "相关阅读")}
<div class="cmt-box" id="cmt"><h3>网友评论</h3><div class="cmt-list"></div></div>
</div>
""" + foot()
        site.add(a.url, html)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=stamp(a.when), views_display=f"{a.views:,} 阅读", views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related])

    # ------------------------------------------------------------------ 直播预告 (the live template, a future start, no entries)
    previews = []
    for k, (title, start) in enumerate([(f"直播预告：{content.MAKERS[1]}年度技术日", dt.datetime(2026, 12, 12, 10, 0, tzinfo=TZ8)),
                                        (f"直播预告：{content.MODELS[3]}上市发布会", dt.datetime(2026, 12, 16, 19, 30, tzinfo=TZ8))]):
        url = f"/zhibo/{3200 + k * 7}.html"
        status = '<span class="status pre">未开始</span>'
        info = f'<span class="stime">开始时间：{stamp(start)}</span>'
        body = (live_head(title, False, status, info, "", False) +
                '<div class="live-wrap"><div class="live-empty"><p>直播尚未开始，敬请期待。</p><a class="btn-book" href="javascript:;">预约直播</a></div></div>\n')
        site.add(url, head(f"{title}_{SITE}") + f'<div class="w1200 main">\n<div class="crumb"><a href="/">首页</a> &gt; <a href="{list_url("zhibo")}">直播</a> &gt; 正文</div>\n{body}</div>\n' + foot())
        site.non_articles.append({"url": url, "reason": "直播预告 (live template, a future start time, no entries)"})
        previews.append((url, title, start))

    # ------------------------------------------------------------------ lists
    for ch in CHANNELS:
        chunks = paginate(by_ch[ch.key], PER_PAGE)
        urls = [list_url(ch.key, k) for k in range(1, len(chunks) + 1)]
        for k, chunk in enumerate(chunks):
            items = ""
            if ch.key == "zhibo" and k == 0:
                items += "".join(f'<li class="pre"><span class="tag">预告</span><a href="{u}">{esc(t)}</a><span class="time">{w:%m-%d %H:%M}开始</span></li>'
                                 for u, t, w in previews)
            for pos, x in enumerate(chunk, 1):
                if ch.key == "zhibo":
                    tag = '<span class="tag on">直播中</span>' if x.extra["live_now"] else '<span class="tag">回顾</span>'
                    shown = f"{x.when:%m-%d %H:%M}"
                    items += f'<li>{tag}<a href="{x.url}">{esc(x.title)}</a><span class="time">{shown}</span></li>'
                else:
                    shown = f"{x.when:%Y-%m-%d}"
                    items += (f'<li><div class="pic"><a href="{x.url}"><img src="//img.xiche.example.com/list/{x.aid}.jpg" alt=""></a></div>'
                              f'<div class="txt"><h3><a href="{x.url}">{esc(x.title)}</a></h3><p>{esc(content.paragraphs(x.blocks)[0][:56])}…</p>'
                              f'<span class="time">{shown}</span><span class="pv">{x.views:,}阅读</span></div></li>')
                site.listing(urls[k], pos, x, iso_date(x.when), shown, category=ch.name, views=None if ch.key == "zhibo" else x.views)
            pager = ('<div class="pages">' + (f'<a href="{urls[k - 1]}">上一页</a>' if k else "") +
                     "".join(f'<span class="cur">{m + 1}</span>' if m == k else f'<a href="{urls[m]}">{m + 1}</a>' for m in range(len(chunks))) +
                     (f'<a href="{urls[k + 1]}">下一页</a>' if k + 1 < len(chunks) else "") + "</div>")
            site.add(urls[k], head(f"{ch.name}_{SITE}" + (f"_第{k + 1}页" if k else "")) + f"""<div class="w1200 main">
<div class="crumb"><a href="/">首页</a> &gt; {ch.name}</div>
<div class="list-box"><h2>{ch.name}</h2><ul class="list">{items}</ul>{pager}</div></div>
""" + foot())
            site.list_pages.append({"url": urls[k], "aliases": []})

    # ------------------------------------------------------------------ event topic page (no article)
    zlist = "".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in by_ch["zhibo"] if x.extra["event"])
    clist = "".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span>{x.when:%m-%d}</span></li>' for x in by_ch["chezhan"])
    site.add(TOPIC, head(f"{EVENT}_专题_{SITE}") + f"""<div class="zt-top"><h1>{EVENT}</h1><p class="zt-date">展期：2026年11月14日—11月22日　地点：汐城国际会展中心</p></div>
<div class="w1200 main"><div class="zt-intro"><p>{EVENT}共设9个展馆，展出面积超过20万平方米，参展企业1200余家，其中零部件及后市场企业占比超过四成。</p></div>
<div class="zt-col"><h2>图文直播</h2><ul>{zlist}</ul></div><div class="zt-col"><h2>车展报道</h2><ul>{clist}</ul></div></div>
""" + foot())
    site.non_articles.append({"url": TOPIC, "reason": "event topic page (banner, dates of the show, link lists)"})

    # ------------------------------------------------------------------ home, 404, robots
    now_live = by_ch["zhibo"][0]
    site.add("/", head(f"{SITE}_汽车资讯_车展直播_新车报道") + f"""<div class="w1200 main">
<div class="live-now"><span class="tag on">直播中</span><a href="{now_live.url}">{esc(now_live.title)}</a></div>
<div class="col"><h2><a href="{list_url("news")}">新闻</a></h2><ul>{"".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in by_ch["news"][:8])}
<li><a href="{DEAD}">{esc(content.MAKERS[0])}澄清网传消息（已删除）</a></li></ul></div>
<div class="col"><h2><a href="{list_url("chezhan")}">车展</a></h2><ul>{"".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in by_ch["chezhan"][:6])}</ul></div>
<div class="col"><h2><a href="{list_url("zhibo")}">直播</a></h2><ul>{"".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in by_ch["zhibo"][:5])}</ul></div>
<div class="col"><h2><a href="{TOPIC}">{EVENT}</a></h2></div>
</div>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (a deleted article, still linked from the home page)"})
    site.add("/404.html", f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>404_{SITE}</title></head><body><p>抱歉，您访问的页面不存在</p><a href="/">返回首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /api/\nDisallow: /user/\n"
    return site

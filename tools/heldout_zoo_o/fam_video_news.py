"""A provincial broadcaster's video news site (澜视网, 央视网 style), UTF-8: video pages
``/2026/10/12/VIDEk3Jd9aQpL2mX7c261012.shtml`` and text articles ``…/ARTI….shtml`` (``.shtml``), a player filled by
JavaScript with a ``时长：02:35`` duration beside the date line, a short summary as the text (``澜视网消息（汽车观察）：``
opening it), ``来源：<channel>　2026年10月12日 19:42``, a 栏目 line with an earlier ``播出时间``, ``编辑：A　责任编辑：B``
under the text, ``<meta name="author">`` naming the 责任编辑, ``<meta name="publishdate">``, a JavaScript 播放 counter,
相关视频 / 相关新闻 with dates, lists ``/lanmu/qcgc/index.shtml`` + ``index_2.shtml``, home-page links carrying
``?spm=`` tracking parameters, full-episode pages of the programme in the video template (a 本期节目 list, no text)
and a live-stream page with a schedule."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import TZ8, Art, Channel, Site, esc, iso_date, paginate, rand_dates, unique_titles

NAME = "video_news"
SITE = content.VN_SITE
CHANNELS = [Channel("qcgc", "汽车观察"), Channel("xw", "新闻"), Channel("cj", "产经")]
LIST_DIR = {"qcgc": "/lanmu/qcgc/", "xw": "/qiche/xinwen/", "cj": "/chanjing/"}
COUNTS = {"qcgc": 16, "xw": 14, "cj": 12}
PER_PAGE = 10
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
DEAD_GUID = "Qw7Lm2Zx9Kp4Rt"


def page_url(kind: str, when: dt.datetime, guid: str) -> str:
    return f"/{when:%Y/%m/%d}/{kind}{guid}{when:%y%m%d}.shtml"


def list_url(key: str, page: int = 1) -> str:
    return LIST_DIR[key] + ("index.shtml" if page == 1 else f"index_{page}.shtml")


def zh_stamp(d: dt.datetime) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日 {d:%H:%M}"


def render(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f'<p><strong>{esc(b[1])}</strong></p>')
        elif b[0] == "img":
            out.append(f'<p style="text-align: center;"><img src="//p1.img.lanshi.example.com/photoworkspace/contentimg{b[1]}" alt=""></p>')
            if b[2]:
                out.append(f'<p class="photo_desc" style="text-align: center;">{esc(b[2])}</p>')
        elif b[0] == "table":
            out.append('<table class="tb" border="1">' + "".join(
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
        whens = rand_dates(rnd, n, dt.datetime(2026, 7, 20, tzinfo=TZ8), dt.datetime(2026, 10, 21, 14, 0, tzinfo=TZ8), hours=(7, 22))

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            ctx.fixed["prog"] = "汽车观察" if ch.key == "qcgc" else ar.choice(content.VN_PROGRAMS[1:])
            tpls = content.VN_TITLES[ch.key]
            return ctx.fill(tpls[(i * 3 + attempt) % len(tpls)]), (ctx, ar)

        for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
            if ch.key == "cj":
                kind = ar.choice(["medium", "medium", "long", "short"])
                blocks = content.gen_blocks(ctx, kind, content.VN_OPEN, content.VN_MID, content.VN_CLOSE, content.VN_HEADS, "/2026/",
                                            content.VN_CAPTIONS)
            else:  # a video's text is a short summary
                kind = ar.choice(["short", "short", "medium"])
                blocks = [b for b in content.gen_blocks(ctx, kind, content.VN_OPEN_VIDEO, content.VN_MID, content.VN_CLOSE,
                                                        content.VN_HEADS, "/v/", content.VN_CAPTIONS) if b[0] != "img"]
            a = Art(i, 0, ch, title, blocks, whens[i])
            a.extra["guid"] = "".join(ar.choice(ALNUM) for _ in range(14))
            a.extra["kind"] = "ARTI" if ch.key == "cj" else "VIDE"
            if ar.random() < 0.4:
                a.source = ar.choice(content.VN_SOURCES_EXT)
            a.extra["src_shown"] = a.source or SITE
            a.editor = content.person(ar)
            a.extra["ed1"] = a.editor if ar.random() < 0.4 else content.person(ar)  # 编辑 (not the editor of record)
            if ch.key == "cj" and ar.random() < 0.5:
                a.author = content.person(ar)
            if a.extra["kind"] == "VIDE":
                a.extra["dur"] = f"{ar.randint(0, 6):02d}:{ar.randint(5, 59):02d}"
                a.extra["aired"] = (a.when - dt.timedelta(days=ar.randint(1, 3))).date() if ch.key == "qcgc" else None
            arts.append(a)
    for a in arts:
        a.url = page_url(a.extra["kind"], a.when, a.extra["guid"])
        a.page_urls = [a.url]
    newest = sorted(arts, key=lambda x: (x.when, x.url), reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}

    nav = [("/", "首页"), (list_url("xw"), "汽车新闻"), (list_url("qcgc"), "汽车观察"), (list_url("cj"), "产经"), ("/live/lanshi2/index.shtml", "直播")]

    def head(title: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
{extra}<link type="text/css" rel="stylesheet" href="//r.img.lanshi.example.com/photoAlbum/templet/common/DEPA1546583592748817/style.css" />
<script type="text/javascript" src="//r.img.lanshi.example.com/photoAlbum/templet/js/jquery-1.7.2.min.js"></script>
</head>
<body>
<div class="header_nav"><div class="column_wrapper"><div class="logo"><a href="/"><img src="//p1.img.lanshi.example.com/photoAlbum/templet/common/logo.png" alt="{SITE}" /></a></div>
<div class="nav">{"".join(f'<a href="{u}">{t}</a>' for u, t in nav)}</div></div></div>
"""

    def foot() -> str:
        return f"""<div class="footer"><div class="column_wrapper"><p>{SITE}版权所有　沧ICP备12008843号-2　信息网络传播视听节目许可证：1806104</p>
<p>主办：{content.VN_STATION}</p></div></div>
<script type="text/javascript" src="//js.player.lanshi.example.com/creator/vodplayer.js"></script>
</body>
</html>
"""

    def rel_box(a: Art, label: str) -> str:
        return (f'<div class="xglb"><h3>{label}</h3><ul>' + "".join(
            f'<li><a href="{x.url}" target="_blank" title="{esc(x.title)}">{esc(x.title)}</a><span class="date">{x.when:%Y-%m-%d}</span></li>'
            for x in a.related) + "</ul></div>")

    # ------------------------------------------------------------------ video and text pages
    home = newest[:6]
    for a in arts:
        same = by_ch[a.ch.key]
        rr = random.Random(f"{seed}:{NAME}:rel:{a.url}")
        a.related = sorted(rr.sample([x for x in same if x is not a], 4), key=lambda x: (x.when, x.url), reverse=True)
        meta = (f'<meta name="keywords" content="{esc(a.ch.name)} 汽车 {esc(a.title[:8])}" />\n'
                f'<meta name="description" content="{esc(content.paragraphs(a.blocks)[0][:80])}" />\n'
                f'<meta name="author" content="{esc(a.editor)}" />\n'
                f'<meta name="publishdate" content="{a.when:%Y-%m-%d %H:%M:%S}" />\n'
                f'<meta name="contentid" content="{a.extra["kind"]}{a.extra["guid"]}{a.when:%y%m%d}" />\n')
        src = (f'来源：<a href="/" target="_blank">{SITE}</a>' if a.source is None else f"来源：{esc(a.source)}")
        crumb = f'<div class="crumb"><a href="/">{SITE}</a> &gt; <a href="{list_url(a.ch.key)}">{a.ch.name}</a> &gt; 正文</div>'
        zebian = (f'<div class="zebian"><span class="zb_1">编辑：{esc(a.extra["ed1"])}</span>'
                  f'<span class="zb_2">责任编辑：{esc(a.editor)}</span></div>')
        if a.extra["kind"] == "VIDE":
            prog = ""
            if a.extra["aired"]:
                d = a.extra["aired"]
                prog = f'<div class="program">栏目：<a href="{list_url("qcgc")}">《汽车观察》</a>　播出时间：{d.year}年{d.month:02d}月{d.day:02d}日</div>'
            body = f"""<div class="playingVideo"><div id="myFlash" class="video_player" style="width: 960px; height: 540px;"></div>
<script type="text/javascript">var guid = "{a.extra["guid"].lower()}{a.when:%Y%m%d}a1"; var commentTitle = "{esc(a.title)}";
createVodPlayer({{"divId":"myFlash","videoCenterId":guid,"isAutoPlay":"true","posterImg":"//p4.img.lanshi.example.com/fmspic/{a.when:%Y/%m/%d}/{a.extra["guid"]}.jpg"}});</script>
<div class="video_meta"><span class="dur">时长：{a.extra["dur"]}</span>　<span class="play">播放：<em id="playCount"></em></span></div></div>
<div class="video_info"><h1 class="tit">{esc(a.title)}</h1>
<div class="info">{src}　<span class="time">{zh_stamp(a.when)}</span></div>
{prog}
<div class="cnt_bd">
{render(a.blocks)}
</div>
{zebian}
<div class="share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a></div></div>
{rel_box(a, "相关视频")}"""
        else:
            au = f'<span class="author">作者：{esc(a.author)}</span>　' if a.author else ""
            body = f"""<div class="cnt_nav"><h1 class="tit">{esc(a.title)}</h1>
<div class="info">{au}{src}　<span class="time">{zh_stamp(a.when)}</span></div></div>
<div class="cnt_bd">
{render(a.blocks)}
</div>
{zebian}
{rel_box(a, "相关新闻")}"""
        html = head(f"{a.title}_{a.ch.name}_{SITE}", meta) + f'<div class="column_wrapper">\n{crumb}\n{body}\n</div>\n' + foot()
        file = site.add(a.url, html)
        aliases = []
        if a in home:
            k = home.index(a)
            alias = f"{a.url}?spm=C73465.P3gn1K8pXb2D.E{k + 1}Jm4Lq.{k + 3}"
            site.route_alias(alias, file)
            aliases.append(alias)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=zh_stamp(a.when), views_display=None, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related],
                         aliases=aliases)
        a.extra["aliases"] = aliases

    # ------------------------------------------------------------------ full episodes of 《汽车观察》 (video template, no text)
    episodes = []
    qc = sorted(by_ch["qcgc"], key=lambda x: x.extra["aired"])
    for k in range(4):
        segs = qc[k * 4:(k + 1) * 4]
        d = max(s.extra["aired"] for s in segs)
        when = dt.datetime(d.year, d.month, d.day, 21, 40, tzinfo=TZ8)
        er = random.Random(f"{seed}:{NAME}:ep:{k}")
        guid = "".join(er.choice(ALNUM) for _ in range(14))
        url = page_url("VIDE", when, guid)
        title = f"《汽车观察》 {d:%Y%m%d} {segs[0].title}"
        lis = "".join(f'<li><a href="{s.url}" target="_blank">{esc(s.title)}</a><span class="dur">{s.extra["dur"]}</span></li>' for s in segs)
        site.add(url, head(f"{title}_汽车观察_{SITE}", f'<meta name="publishdate" content="{when:%Y-%m-%d %H:%M:%S}" />\n') + f"""<div class="column_wrapper">
<div class="crumb"><a href="/">{SITE}</a> &gt; <a href="{list_url("qcgc")}">汽车观察</a> &gt; 完整版</div>
<div class="playingVideo"><div id="myFlash" class="video_player"></div><script type="text/javascript">var guid = "{guid.lower()}full";</script>
<div class="video_meta"><span class="dur">时长：{er.randint(24, 29)}:{er.randint(10, 59)}</span></div></div>
<div class="video_info"><h1 class="tit">{esc(title)}</h1><div class="info">来源：<a href="/">{SITE}</a>　<span class="time">{zh_stamp(when)}</span></div>
<div class="program">栏目：《汽车观察》　播出时间：{d.year}年{d.month:02d}月{d.day:02d}日</div>
<div class="bqjm"><h3>本期节目</h3><ul>{lis}</ul></div></div>
</div>
""" + foot())
        site.non_articles.append({"url": url, "reason": "full-episode page (player, 本期节目 segment list; no text)"})
        episodes.append((url, title, when))

    # ------------------------------------------------------------------ live stream (schedule, no article)
    sched = "".join(f"<tr><td>{h:02d}:{m:02d}</td><td>{esc(t)}</td></tr>" for h, m, t in
                    [(7, 0, "沧澜早新闻"), (9, 30, "经济直播间"), (12, 0, "正午播报"), (18, 30, "汽车观察"), (19, 0, "沧澜新闻联播"), (21, 40, "汽车观察（重播）")])
    site.add("/live/lanshi2/index.shtml", head(f"沧澜卫视经济频道直播_{SITE}") + f"""<div class="column_wrapper">
<div class="live"><h1 class="tit">沧澜卫视经济频道 直播</h1><div id="liveFlash" class="video_player"></div>
<script type="text/javascript">createLivePlayer({{"divId":"liveFlash","channel":"lanshi2"}});</script>
<table class="jmd"><caption>今日节目单</caption><tbody>{sched}</tbody></table></div></div>
""" + foot())
    site.non_articles.append({"url": "/live/lanshi2/index.shtml", "reason": "live stream page (player and today's schedule)"})

    # ------------------------------------------------------------------ lists
    for ch in CHANNELS:
        chunks = paginate(by_ch[ch.key], PER_PAGE)
        urls = [list_url(ch.key, k) for k in range(1, len(chunks) + 1)]
        for k, chunk in enumerate(chunks):
            items = ""
            for pos, x in enumerate(chunk, 1):
                dur = f'<span class="dur">{x.extra["dur"]}</span>' if x.extra["kind"] == "VIDE" else ""
                items += (f'<li><div class="image"><a href="{x.url}" target="_blank"><img src="//p4.img.lanshi.example.com/fmspic/{x.extra["guid"]}.jpg" alt="">{dur}</a></div>'
                          f'<div class="text"><a href="{x.url}" target="_blank">{esc(x.title)}</a><span class="time">{x.when:%Y-%m-%d %H:%M}</span></div></li>')
                site.listing(urls[k], pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d %H:%M}", category=ch.name)
            if ch.key == "qcgc" and k == 0:
                items += "".join(f'<li class="full"><div class="text"><a href="{u}" target="_blank">{esc(t)}</a><span class="time">{w:%Y-%m-%d %H:%M}</span></div></li>'
                                 for u, t, w in episodes)
            pager = ('<div class="page">' + "".join(f'<span class="cur">{m + 1}</span>' if m == k else f'<a href="{urls[m].rsplit("/", 1)[1]}">{m + 1}</a>'
                                                    for m in range(len(chunks))) + "</div>")
            site.add(urls[k], head(f"{ch.name}_{SITE}") + f"""<div class="column_wrapper"><div class="crumb"><a href="/">{SITE}</a> &gt; {ch.name}</div>
<div class="column_list"><h2>{ch.name}</h2><ul>{items}</ul>{pager}</div></div>
""" + foot())
            site.list_pages.append({"url": urls[k], "aliases": []})

    # ------------------------------------------------------------------ home, 404, robots
    dead = page_url("VIDE", dt.datetime(2026, 9, 28, 20, tzinfo=TZ8), DEAD_GUID)
    focus = "".join(f'<li><a href="{x.extra["aliases"][0]}" target="_blank">{esc(x.title)}</a></li>' for x in home)
    site.add("/", head(f"{SITE}_{content.VN_STATION}官方网站_汽车频道") + f"""<div class="column_wrapper">
<div class="focus"><h2>要闻</h2><ul>{focus}<li><a href="{dead}" target="_blank">视频：已下线的节目片段</a></li></ul></div>
<div class="col"><h2><a href="{list_url("qcgc")}">汽车观察</a></h2><ul>{"".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in by_ch["qcgc"][:5])}</ul></div>
<div class="col"><h2><a href="{list_url("cj")}">产经</a></h2><ul>{"".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in by_ch["cj"][:5])}</ul></div>
<div class="col"><h2><a href="/live/lanshi2/index.shtml">直播</a></h2><p>沧澜卫视经济频道 正在直播</p></div>
</div>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (a video taken offline, still linked from the home page)"})
    site.add("/404.html", f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>404_{SITE}</title></head><body><p>您访问的页面不存在</p><a href="/">返回{SITE}首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /search/\nDisallow: /interface/\n"
    return site

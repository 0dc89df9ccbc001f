"""A county 融媒体中心 news site (琮阳县融媒体中心 / 琮阳发布), UTF-8, on a 长江云-like county platform: /p/<id>.html
stories in UEditor markup (``text-indent: 2em`` paragraphs, ``<p><br/></p>`` spacers, 楷体 captions, centred bold
sub-heads), an optional 引题 above and 副题 below the headline, the centre's name as every page's <h1>, 来源 / 作者
(``记者 A B``) / 发布时间 / 字号 / a JavaScript 阅读 counter on the info line, an 编辑 / 审核 / 监制 chain under the text,
video stories with a transcript, video-only stories and photo galleries in the same template, /folderN/ lists with
``index_2.html`` pages, and a 专题 page."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import TZ8, Art, Channel, Site, esc, iso_date, kinds, paginate, rand_dates, unique_titles

NAME = "county_rongmeiti"
SITE = content.RM_CENTER
BRAND = content.RM_BRAND
CHANNELS = [Channel(k, nm, cid) for k, nm, cid in content.RM_CHANNELS]
COUNTS = {"yaowen": 12, "chanye": 12, "xiangzhen": 10}
N_VIDEO_TEXT = 3
N_VIDEO_ONLY = 3
N_GALLERY = 2
PER_PAGE = 8
DEAD = "/p/4419999.html"
KICKERS = ["坚持产业立县 推动高质量发展", "奋战一季度 确保开门红", "优化营商环境 服务企业发展", "聚焦汽配产业链"]
SUBTITLES = ["——琮阳县汽配产业发展综述", "——来自{town}的调查", "——{co}发展纪实"]


def list_url(cid: int, page: int = 1) -> str:
    return f"/folder{cid}/" + (f"index_{page}.html" if page > 1 else "")


def render(blocks: list) -> str:
    """UEditor output: indented justified paragraphs, a <p><br/></p> spacer after some, 楷体 captions."""
    out = []
    for k, b in enumerate(blocks):
        if b[0] == "p":
            out.append(f'<p style="text-indent: 2em; text-align: justify;">{esc(b[1])}</p>')
            if k % 3 == 2:
                out.append("<p><br/></p>")
        elif b[0] == "h":
            out.append(f'<p style="text-align: center;"><strong><span style="color: rgb(192, 0, 0);">{esc(b[1])}</span></strong></p>')
        elif b[0] == "img":
            out.append(f'<p style="text-align: center;"><img src="{b[1]}" title="" alt="" _src="{b[1]}" style="max-width:100%"/></p>')
            if b[2]:
                out.append(f'<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312, SimKai; font-size: 14px;">{esc(b[2])}</span></p>')
        elif b[0] == "table":
            out.append('<table border="1" width="100%" style="border-collapse:collapse"><tbody>' + "".join(
                "<tr>" + "".join(f'<td valign="middle" align="center">{esc(c)}</td>' for c in r) + "</tr>" for r in b[1]) + "</tbody></table>")
        elif b[0] in ("ul", "ol"):
            out.append("".join(f'<p style="text-indent: 2em; text-align: justify;">{esc(i)}</p>' for i in b[1]))
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    stories: list[Art] = []  # articles and the non-article stories that share the template
    arts: list[Art] = []
    chans = {c.key: c for c in CHANNELS}

    def add_channel(ch: Channel, n: int, kind_of) -> list[tuple]:
        whens = rand_dates(rnd, n, dt.datetime(2025, 12, 1, tzinfo=TZ8), dt.datetime(2026, 3, 18, 10, 0, tzinfo=TZ8), hours=(7, 21))

        def make(i: int, attempt: int):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            town = ar.choice(content.RM_TOWNS)
            tpls = content.RM_TITLES[ch.key]
            return ctx.fill(tpls[(i + attempt) % len(tpls)].replace("{town}", town)), (ctx, ar, town)

        return [(t, whens[i], kind_of(i), *p) for i, (t, p) in enumerate(unique_titles(make, n))]

    for ch_key, n in COUNTS.items():
        ch = chans[ch_key]
        ks = kinds(rnd, n + (N_GALLERY if ch_key == "yaowen" else 0))
        for i, (title, when, kind, ctx, ar, town) in enumerate(add_channel(ch, n + (N_GALLERY if ch_key == "yaowen" else 0), lambda i, ks=ks: ks[i])):
            mids = [m.replace("{town}", town) for m in content.RM_MID]
            blocks = content.gen_blocks(ctx, kind, content.RM_OPEN, mids, content.RM_CLOSE, content.RM_HEADS,
                                        f"/uploadfiles/{when:%Y%m%d}/", content.RM_CAPTIONS)
            a = Art(i, 0, ch, title, blocks, when)
            a.extra["kind"] = "gallery" if ch_key == "yaowen" and i in (3, 9) else "text"
            stories.append(a)
            a.extra["ar"], a.extra["ctx"], a.extra["town"] = ar, ctx, town
    vch = chans["shipin"]
    vkinds = ["video_text"] * N_VIDEO_TEXT + ["video_only"] * N_VIDEO_ONLY
    random.Random(f"{seed}:{NAME}:vk").shuffle(vkinds)
    for i, (title, when, kind, ctx, ar, town) in enumerate(add_channel(vch, N_VIDEO_TEXT + N_VIDEO_ONLY, lambda i: vkinds[i])):
        mids = [m.replace("{town}", town) for m in content.RM_MID]
        blocks = [("p", ctx.fill(ar.choice(content.RM_OPEN)) + content.pool_para(ctx, mids, [], 2))] + (
            [("p", content.pool_para(ctx, mids, [], 2))] if ar.random() < 0.6 else [])
        a = Art(i, 0, vch, title, blocks, when)
        a.extra["kind"] = kind
        a.extra["ar"], a.extra["ctx"], a.extra["town"] = ar, ctx, town
        stories.append(a)

    for j, a in enumerate(sorted(stories, key=lambda x: x.when)):
        a.aid = 4411025 + j * 41 + (j * 7) % 13
        a.url = f"/p/{a.aid}.html"
        a.page_urls = [a.url]
    for a in stories:
        ctx = a.extra["ctx"]
        ar = random.Random(f"{seed}:{NAME}:meta:{a.aid}")
        r = ar.random()
        if r < 0.55:
            a.extra["src_shown"] = SITE
        elif r < 0.7:
            a.extra["src_shown"] = BRAND
        else:
            a.extra["src_shown"] = ar.choice(["澈北日报", "澈北广播电视台", "琮阳晚报"])
            a.source = a.extra["src_shown"]
        nrep = ar.choice([0, 1, 1, 2])
        reps = []
        while len(reps) < nrep:
            p = content.person(ar)
            if p not in reps:
                reps.append(p)
        a.author = " ".join(reps) or None
        a.editor = content.person(ar)
        a.extra["chain"] = ar.choice([("编辑", "审核", "监制"), ("编辑", "校对", "审核", "终审"), ("责任编辑", "审核", "监制")])
        a.extra["chain_names"] = [a.editor] + [content.person(ar) for _ in a.extra["chain"][1:]]
        if a.extra["kind"] == "text" and ar.random() < 0.25:
            a.extra["kicker"] = ar.choice(KICKERS)
        if a.extra["kind"] == "text" and ar.random() < 0.2:
            a.extra["subtitle"] = ctx.fill(ar.choice(SUBTITLES).replace("{town}", a.extra["town"]))
        if a.extra["kind"] in ("text", "video_text"):
            arts.append(a)
    newest_all = sorted(stories, key=lambda x: (x.when, x.aid), reverse=True)
    newest = [a for a in newest_all if a in arts]
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}
    all_by_ch = {ch.key: [a for a in newest_all if a.ch is ch] for ch in CHANNELS}

    # ------------------------------------------------------------------ template parts
    nav = [("/", "首页")] + [(list_url(c.cid), c.name) for c in CHANNELS] + [("/zt/qiyefuwuyue/", "专题")]

    def head(title: str) -> str:
        return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/static/css/common.css?v=20251108">
<link rel="stylesheet" href="/static/css/detail.css?v=20251108">
</head>
<body>
<div class="header"><div class="wrap"><h1 class="logo"><a href="/"><img src="/static/images/logo.png" alt="{SITE}">{SITE}</a></h1>
<div class="header-r"><span class="weather" id="weather"></span><a href="/app/download.html">下载“{BRAND}”客户端</a></div></div></div>
<div class="nav"><div class="wrap"><ul>{"".join(f'<li><a href="{u}">{t}</a></li>' for u, t in nav)}</ul></div></div>
"""

    def foot() -> str:
        return f"""<div class="footer"><div class="wrap"><p>主办：中共琮阳县委宣传部　承办：{SITE}</p>
<p>地址：琮阳县城关镇文化路16号　新闻热线：0571-6632 1180　澈ICP备19027765号-1　互联网新闻信息服务许可证编号：33120190027</p>
<p>违法和不良信息举报电话：0571-6632 1199</p></div></div>
<script src="/static/js/count.js"></script>
</body>
</html>
"""

    latest_box = '<div class="side-box"><h3>最新发布</h3><ul>' + "".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in newest[:8]) + "</ul></div>"

    def chain_html(a: Art) -> str:
        return "　".join(f"{lab}：{esc(nm)}" for lab, nm in zip(a.extra["chain"], a.extra["chain_names"], strict=True))

    # ------------------------------------------------------------------ story pages
    for a in stories:
        kind = a.extra["kind"]
        pool = [x for x in by_ch[a.ch.key] if x is not a]
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        a.related = sorted(rr.sample(pool, min(4, len(pool))), key=lambda x: (x.when, x.aid), reverse=True) if a in arts else []
        rel = "".join(f'<li><a href="{x.url}" target="_blank">{esc(x.title)}</a><span>{x.when:%Y-%m-%d}</span></li>' for x in a.related)
        author_html = f"<span>作者：记者 {esc(a.author)}</span>" if a.author else ""
        info = (f'<div class="arti-info"><span>来源：{esc(a.extra["src_shown"])}</span>{author_html}<span>发布时间：{a.when:%Y-%m-%d %H:%M}</span>'
                '<span class="fontsize">字号：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a></span>'
                f'<span>阅读：<em id="readCount" data-id="{a.aid}"></em></span></div>')
        if kind == "text":
            body = render(a.blocks)
        elif kind == "gallery":
            ctx = a.extra["ctx"]
            body = "\n".join(f'<p style="text-align: center;"><img src="/uploadfiles/{a.when:%Y%m%d}/gallery_{a.aid}_{m}.jpg" title="" alt=""/></p>\n'
                             f'<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312, SimKai;">{esc(ctx.fill(c))}</span></p>'
                             for m, c in enumerate(["图为{co}生产车间一角", "工人正在检测{pr}", "项目建设现场", "园区全景（无人机拍摄）", "企业展厅"]))
        else:
            vid = f'<div class="video-box" style="text-align:center"><video class="edui-upload-video" controls preload="none" width="640" height="360" src="/uploadfiles/video/{a.aid}.mp4" poster="/uploadfiles/video/{a.aid}.jpg"></video></div>'
            body = vid + ("\n" + render(a.blocks) if kind == "video_text" else "")
        kicker = f'<p class="yinti">{esc(a.extra["kicker"])}</p>' if "kicker" in a.extra else ""
        sub = f'<h3 class="futi">{esc(a.extra["subtitle"])}</h3>' if "subtitle" in a.extra else ""
        html = head(f"{a.title}_{SITE}") + f"""<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="{list_url(a.ch.cid)}">{a.ch.name}</a> &gt; 正文</div>
<div class="main-l"><div class="article">
{kicker}<h2 class="arti-title">{esc(a.title)}</h2>{sub}
{info}
<div class="arti-content" id="ueditor_content">
{body}
</div>
<div class="arti-editor"><p>{chain_html(a)}</p></div>
<div class="arti-share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a></div>
{f'<div class="arti-related"><h3>相关阅读</h3><ul>{rel}</ul></div>' if rel else ""}
</div></div>
<div class="main-r">{latest_box}<div class="side-box app"><img src="/static/images/app_qr.png" alt=""><p>扫码下载“{BRAND}”</p></div></div>
</div>
""" + foot()
        site.add(a.url, html)
        if a in arts:
            site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                             published_display=f"{a.when:%Y-%m-%d %H:%M}", views_display=None, views_approx=False,
                             related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related])
        else:
            why = "photo gallery (pictures and 楷体 captions only)" if kind == "gallery" else "video-only story (a player, no text)"
            site.non_articles.append({"url": a.url, "reason": why})

    # ------------------------------------------------------------------ lists /folderN/ (index.html alias), index_N.html
    for ch in CHANNELS:
        chunks = paginate(all_by_ch[ch.key], PER_PAGE)
        urls = [list_url(ch.cid, k) for k in range(1, len(chunks) + 1)]
        alias1 = f"/folder{ch.cid}/index.html"
        for k, chunk in enumerate(chunks):
            lis = []
            pos = 0
            for x in chunk:
                tag = "【图集】" if x.extra["kind"] == "gallery" else ""
                lis.append(f'<li><a href="{x.url}" target="_blank">{tag}{esc(x.title)}</a><span class="date">{x.when:%Y-%m-%d}</span></li>')
                if x in arts:
                    pos += 1
                    site.listing(urls[k], pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", category=ch.name)
            pg = [f'<a href="{alias1}">首页</a>']
            if k:
                pg.append(f'<a href="{alias1 if k == 1 else urls[k - 1]}">上一页</a>')
            pg += [f'<span class="current">{m + 1}</span>' if m == k else f'<a href="{alias1 if m == 0 else urls[m]}">{m + 1}</a>' for m in range(len(chunks))]
            if k + 1 < len(chunks):
                pg.append(f'<a href="{urls[k + 1]}">下一页</a>')
            pg.append(f'<a href="{urls[-1]}">尾页</a>')
            site.add(urls[k], head(f"{ch.name}_{SITE}") + f"""<div class="wrap main"><div class="position">当前位置：<a href="/">首页</a> &gt; {ch.name}</div>
<div class="main-l"><div class="list-title">{ch.name}</div><ul class="news-list">{"".join(lis)}</ul><div class="pages">{"".join(pg)}</div></div>
<div class="main-r">{latest_box}</div></div>
""" + foot())
            site.list_pages.append({"url": urls[k], "aliases": [alias1] if k == 0 else []})

    # ------------------------------------------------------------------ 专题, app page, home
    zt_items = [x for x in newest if x.ch.key in ("chanye", "xiangzhen")][:8]
    site.add("/zt/qiyefuwuyue/", head(f"“企业服务月”专题_{SITE}") + f"""<div class="zt-banner"><img src="/zt/qiyefuwuyue/banner.jpg" alt="企业服务月"></div>
<div class="wrap main"><div class="zt-intro"><p>为进一步优化营商环境，琮阳县开展“企业服务月”活动，组织县领导和部门干部走访服务企业。</p></div>
<div class="zt-block"><h3>工作动态</h3><ul>{"".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in zt_items)}</ul></div></div>
""" + foot())
    site.non_articles.append({"url": "/zt/qiyefuwuyue/", "reason": "专题 page (banner, lead, link blocks)"})
    site.add("/app/download.html", head(f"下载{BRAND}客户端_{SITE}") + f'<div class="wrap main"><h2>{BRAND}客户端</h2><p>扫描二维码下载，随时随地看琮阳。</p></div>' + foot())
    site.non_articles.append({"url": "/app/download.html", "reason": "app download page"})
    focus = [x for x in newest if x.ch.key == "yaowen"][:4]
    boxes = "".join(f'<div class="home-box"><h3><a href="{list_url(c.cid)}">{c.name}</a></h3><ul>' + "".join(
        f'<li><a href="{x.url}">{esc(x.title)}</a><span>{x.when:%m-%d}</span></li>' for x in all_by_ch[c.key][:6]) + "</ul></div>" for c in CHANNELS)
    site.add("/", head(f"{SITE}") + f"""<div class="wrap main"><div class="focus">{"".join(f'<a href="{x.url}"><img src="/uploadfiles/focus/{x.aid}.jpg" alt=""><p>{esc(x.title)}</p></a>' for x in focus)}</div>
<div class="home-top"><h3>头条</h3><ul><li><a href="{DEAD}">琮阳县召开汽车零部件产业发展大会</a></li>{"".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in newest[:3])}</ul></div>
{boxes}<div class="home-zt"><a href="/zt/qiyefuwuyue/"><img src="/zt/qiyefuwuyue/entry.jpg" alt="企业服务月专题"></a></div></div>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (withdrawn story still linked from the home page's 头条)"})
    site.add("/404.html", f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>404_{SITE}</title></head><body><p>抱歉，您访问的内容已删除或不存在。</p><a href="/">返回首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /api/\nDisallow: /search/\nDisallow: /static/\n"
    return site

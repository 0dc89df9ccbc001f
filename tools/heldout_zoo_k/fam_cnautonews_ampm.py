"""A national auto-industry newspaper site (华夏汽车产经网), GBK (declared gb2312, no header charset): multi-page articles
(content_N_2.html), 12-hour Chinese clocks (下午3:05), 责编/审核 lines, 来源 + 原标题, 图集 galleries, AMP copies and
UTF-8 English versions under /en/."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import TZ8, Art, Channel, Site, esc, gbk_safe, iso_date, kinds, paginate, rand_dates, unique_titles, zh_clock12

NAME = "cnautonews_ampm"
SITE = "华夏汽车产经网"
SITE_EN = "Huaxia Auto Industry News"
CHANNELS = [Channel(k, nm) for k, nm in content.NP_CHANNELS]
EN_CAT = {"yw": "Industry", "lbj": "Parts", "hsc": "Aftermarket", "xny": "NEV"}
PER_CH = 10
PER_PAGE = 6
ROLL_PER_PAGE = 20
N_EN = 8
N_AMP = 10
DEAD = "/html/2026-05/11/content_811999.html"
EDITORS = ["符佳音", "黎书言", "聂嘉树", "谭沛然"]
REVIEWERS = ["欧阳明朗", "司马云舒", "盛维桢"]


def art_url(d: dt.datetime, aid: int, page: int = 1, en: bool = False) -> str:
    return f"{'/en' if en else ''}/html/{d:%Y-%m}/{d:%d}/content_{aid}" + (f"_{page}" if page > 1 else "") + ".html"


def cn_stamp(d: dt.datetime) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日 {zh_clock12(d)}"


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "gbk", "gb2312", None, "/")
    rnd = random.Random(f"{seed}:{NAME}")
    arts: list[Art] = []
    for ch in CHANNELS:
        whens = rand_dates(rnd, PER_CH, dt.datetime(2026, 1, 10, tzinfo=TZ8), dt.datetime(2026, 5, 18, 18, 0, tzinfo=TZ8), hours=(6, 21))
        ks = kinds(rnd, PER_CH)

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            return gbk_safe(ctx.fill(content.NP_TITLES[ch.key][(i + attempt) % len(content.NP_TITLES[ch.key])])), (ctx, ar)

        for i, (title, (ctx, ar)) in enumerate(unique_titles(make, PER_CH)):
            blocks = content.gen_blocks(ctx, ks[i], content.NP_OPEN, content.NP_MID, content.NP_CLOSE, content.NP_HEADS,
                                        "/images/2026/", content.NP_CAPTIONS)
            a = Art(i, 0, ch, title, blocks, whens[i])
            if ar.random() < 0.4:
                a.source = ar.choice(content.MEDIA)
                a.extra["orig_title"] = ctx.fill(ar.choice(["{pr}市场观察：订单回暖", "{city}：零部件企业忙生产", "走访{co}：产线满负荷",
                                                             "后市场新变化", "{year}汽车零部件产业调查"])) if ar.random() < 0.7 else None
                a.author = content.person(ar) if ar.random() < 0.4 else None
            else:
                a.author = content.person(ar, gbk_only=ar.random() < 0.2)
            a.editor = ar.choice(EDITORS)
            a.extra["reviewer"] = ar.choice(REVIEWERS)
            a.extra["subtitle"] = ctx.fill(ar.choice(content.NP_SUBTITLES)) if ar.random() < 0.25 else None
            arts.append(a)
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 812040 + j * 9 + (j % 4)
        a.url = art_url(a.when, a.aid)
    newest = sorted(arts, key=lambda x: x.when, reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}
    # split the long ones over 2-3 pages
    long_ones = [a for a in arts if len(a.blocks) >= 8]
    for a in arts:
        if a in long_ones:
            npg = 3 if len(a.blocks) >= 12 else 2
            cut = [round(len(a.blocks) * k / npg) for k in range(npg + 1)]
            a.page_blocks = [a.blocks[cut[k]:cut[k + 1]] for k in range(npg)]
        else:
            a.page_blocks = [a.blocks]
        a.page_urls = [art_url(a.when, a.aid, k) for k in range(1, len(a.page_blocks) + 1)]
    amp_set = set(id(a) for a in rnd.sample(arts, N_AMP))
    en_src = sorted(rnd.sample([a for a in arts if a.when < dt.datetime(2026, 5, 17, tzinfo=TZ8)], N_EN), key=lambda x: x.when)

    # ------------------------------------------------------------------ template parts
    nav = [("/", "首页"), ("/gdxw/", "滚动")] + [(f"/{c.key}/", c.name) for c in CHANNELS] + [("/photo/", "图集"), ("/en/", "English")]

    def head(title: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(title)}</title>
{extra}<link href="/css/main.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="top"><div class="w1000"><span class="date" id="today"></span><script>document.getElementById("today").innerHTML=new Date().toLocaleDateString();</script>
<a href="/en/">English</a> | <a href="/about/index.html">关于我们</a></div></div>
<div class="head w1000"><a href="/" class="logo"><img src="/images/logo.gif" alt="{SITE}" /></a><div class="slogan">主管：华夏汽车产业联合会　主办：华夏汽车产经报社</div></div>
<div class="nav w1000">{"".join(f'<a href="{u}">{t}</a>' for u, t in nav)}</div>
"""

    def foot() -> str:
        return f"""<div class="foot w1000"><p><a href="/about/index.html">关于我们</a> | <a href="/about/index.html#contact">联系方式</a> | <a href="/about/index.html#copyright">版权声明</a></p>
<p>{SITE}版权所有，未经书面授权禁止使用　京ICP备09088216号　互联网新闻信息服务许可证：10120180009</p></div>
</body>
</html>
"""

    def render(blocks: list, amp: bool = False) -> str:
        out = []
        for b in blocks:
            if b[0] == "p":
                out.append(f"<p>　　{esc(b[1])}</p>")
            elif b[0] == "h":
                out.append(f"<p><strong>{esc(b[1])}</strong></p>")
            elif b[0] == "img":
                img = f'<amp-img src="{b[1]}" width="600" height="400" layout="responsive"></amp-img>' if amp else f'<img src="{b[1]}" border="0" />'
                out.append(f'<p align="center">{img}</p>' + (f'<p align="center" class="pic-note"><font color="#666666">{esc(b[2])}</font></p>' if b[2] else ""))
            elif b[0] == "table":
                out.append('<table width="90%" border="1" align="center" cellpadding="3">' + "".join(
                    "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
            elif b[0] in ("ul", "ol"):
                out.append("".join(f"<p>　　{esc(i)}</p>" for i in b[1]))
        return "\n".join(out)

    def info(a: Art) -> str:
        src = a.source or SITE
        au = ""
        if a.author:
            au = f'<span class="author">作者：{"本报记者 " if not a.source else ""}{esc(a.author)}</span>'
        return (f'<div class="info"><span class="time">{cn_stamp(a.when)}</span><span class="source">来源：{esc(src)}</span>{au}'
                f'<span class="hits">阅读：<span id="hits_{a.aid}"></span></span></div>')

    en_of = {}
    for e_i, a in enumerate(en_src):
        en_of[id(a)] = e_i

    # ------------------------------------------------------------------ Chinese article pages (+ AMP)
    for a in arts:
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        a.related = sorted(rr.sample([x for x in by_ch[a.ch.key] if x is not a], 3), key=lambda x: x.when, reverse=True)
        rel = "".join(f'<li><a href="{x.url}" target="_blank">{esc(x.title)}</a><span>{x.when:%Y-%m-%d}</span></li>' for x in a.related)
        amp_url = f"/amp/content_{a.aid}.html" if id(a) in amp_set else None
        en_url = None
        if id(a) in en_of:
            e_when = a.when + dt.timedelta(hours=6 + en_of[id(a)] * 3)
            en_url = art_url(e_when, a.aid, en=True)
            a.extra["en_url"], a.extra["en_when"] = en_url, e_when
        npg = len(a.page_urls)
        for k in range(npg):
            pb = a.page_blocks[k]
            body = render(pb)
            if k == 0 and a.extra.get("orig_title"):
                body = f"<p>　　原标题：{esc(a.extra['orig_title'])}</p>\n" + body
            pager = ""
            if npg > 1:
                ps = [f'<a href="{a.page_urls[k - 1]}">上一页</a>'] if k > 0 else []
                ps += [f"<span>{m + 1}</span>" if m == k else f'<a href="{a.page_urls[m]}">{m + 1}</a>' for m in range(npg)]
                if k < npg - 1:
                    ps.append(f'<a href="{a.page_urls[k + 1]}">下一页</a>')
                pager = '<div class="page">' + "".join(ps) + "</div>"
            last = k == npg - 1
            sub = f'<h2 class="subtitle">{esc(a.extra["subtitle"])}</h2>' if a.extra["subtitle"] else ""
            tools = ('<div class="tools">' + (f'<a href="{amp_url}">轻阅读</a>' if amp_url else "") + (f'<a href="{en_url}">English</a>' if en_url else "") +
                     '<a href="javascript:window.print()">打印本页</a><a href="javascript:window.close()">关闭窗口</a></div>')
            html = head(f"{a.title}-{SITE}", f'<link rel="amphtml" href="{amp_url}" />\n' if amp_url and k == 0 else "") + f"""<div class="w1000 main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/{a.ch.key}/">{a.ch.name}</a> &gt; 正文</div>
<div class="left"><div class="article">
<h1>{esc(a.title)}</h1>
{sub}
{info(a)}
<div class="content" id="ozoom">
{body}
</div>
{pager}
{f'<div class="editor">责编：{esc(a.editor)}　审核：{esc(a.extra["reviewer"])}</div>' if last else ""}
{tools}
<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div>
</div></div>
<div class="right"><div class="box"><h3>图集</h3><ul><li><a href="/photo/">更多图集</a></li></ul></div>
<div class="box"><h3>排行</h3><ol id="rank"></ol><script src="/js/rank.js"></script></div></div>
</div>
""" + foot()
            site.add(a.page_urls[k], html)
        aliases = []
        if amp_url:
            site.add(amp_url, f"""<!doctype html>
<html amp lang="zh-CN"><head><meta charset="gb2312" /><title>{esc(a.title)}</title><link rel="canonical" href="{a.url}" />
<meta name="viewport" content="width=device-width,minimum-scale=1" /><script async src="https://cdn.ampproject.example.org/v0.js"></script><style amp-boilerplate>body{{visibility:hidden}}</style></head>
<body><header><a href="/">{SITE}</a></header><article><h1>{esc(a.title)}</h1>{info(a)}
{f"<p>原标题：{esc(a.extra['orig_title'])}</p>" if a.extra.get("orig_title") else ""}
{render(a.blocks, True)}
<p class="editor">责编：{esc(a.editor)}　审核：{esc(a.extra["reviewer"])}</p></article><footer><a href="{a.url}">查看原文</a></footer></body></html>
""")
            site.print_views.append(amp_url)
            aliases.append(amp_url)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=cn_stamp(a.when), views_display=None, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related],
                         aliases=aliases)

    # ------------------------------------------------------------------ English versions (UTF-8, separate articles)
    en_arts: list[Art] = []
    cities = rnd.sample(sorted(content.CITY_EN), N_EN)
    for e_i, a in enumerate(en_src):
        er = random.Random(f"{seed}:{NAME}:en:{a.aid}")
        city_en = content.CITY_EN[cities[e_i]]
        title = f"{content.NP_EN_TITLES[a.ch.key]} in {city_en}"
        cn_name, en_name = content.person_bilingual(er)
        sents = er.sample(content.NP_EN_SENT, er.randint(3, 6))
        blocks = [("p", s.format(city_en=city_en, p2=er.randint(12, 40))) for s in sents]
        e = Art(e_i, a.aid, Channel(a.ch.key, EN_CAT[a.ch.key]), title, blocks, a.extra["en_when"])
        e.author = en_name
        e.url = a.extra["en_url"]
        e.extra["cn"] = a
        en_arts.append(e)
    en_new = sorted(en_arts, key=lambda x: x.when, reverse=True)

    def en_page(title: str, body: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>{esc(title)}</title>
{extra}<link href="/css/en.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="header"><a href="/en/" class="logo">{SITE_EN}</a><div class="nav"><a href="/en/">Home</a><a href="/">中文</a></div></div>
<div class="main">{body}</div>
<div class="footer"><p>Copyright 2026 {SITE_EN}. All rights reserved.</p></div>
</body>
</html>
"""

    for e in en_arts:
        others = [x for x in en_new if x is not e][:3]
        e.related = others
        rel = "".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in others)
        body = f"""<div class="crumb"><a href="/en/">Home</a> &gt; <a href="/en/">{e.ch.name}</a></div>
<h1>{esc(e.title)}</h1>
<div class="info">By {esc(e.author)} | Source: {SITE_EN} | Published: {e.when:%Y-%m-%d %H:%M}</div>
<div class="content">
{chr(10).join(f"<p>{esc(b[1])}</p>" for b in e.blocks)}
</div>
<div class="cn-link"><a href="{e.extra['cn'].url}">中文版</a></div>
<div class="related"><h3>Related stories</h3><ul>{rel}</ul></div>"""
        site.add(e.url, en_page(f"{e.title} - {SITE_EN}", body, f'<meta property="article:published_time" content="{e.when.isoformat()}" />\n'),
                 encoding="utf-8", charset="utf-8")
        site.article_row(e, content.paragraphs(e.blocks), published_date=iso_date(e.when), published_at=e.when.isoformat(),
                         published_display=f"{e.when:%Y-%m-%d %H:%M}", views_display=None, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": None, "views": None} for x in e.related],
                         encoding="utf-8")
    rows = "".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span class="date">{x.when:%Y-%m-%d}</span></li>' for x in en_new)
    for pos, x in enumerate(en_new, 1):
        site.listing("/en/", pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", category=x.ch.name)
    site.add("/en/", en_page(f"{SITE_EN}", f'<h2>Latest</h2><ul class="list">{rows}</ul><p><a href="/en/{"about"}.html">About us</a></p>'),
             encoding="utf-8", charset="utf-8")
    site.list_pages.append({"url": "/en/", "aliases": []})
    site.add("/en/about.html", en_page(f"About us - {SITE_EN}", f"<h1>About us</h1><p>{SITE_EN} is the English edition of {SITE}.</p>"), encoding="utf-8", charset="utf-8")
    site.non_articles.append({"url": "/en/about.html", "reason": "single page"})

    # ------------------------------------------------------------------ channel lists /<ch>/, index_1.html (= page 2), ...
    for ch in CHANNELS:
        items = by_ch[ch.key]
        chunks = paginate(items, PER_PAGE)
        base = f"/{ch.key}/"
        urls = [base] + [f"{base}index_{k}.html" for k in range(1, len(chunks))]
        alias1 = f"{base}index.html"
        for k, chunk in enumerate(chunks):
            lis = "".join(f'<li><span class="date">{x.when:%Y-%m-%d}</span><a href="{x.url}" target="_blank">{esc(x.title)}</a></li>' for x in chunk)
            for pos, x in enumerate(chunk, 1):
                site.listing(urls[k], pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", category=ch.name)
            pager = "".join(f"<span>{m + 1}</span>" if m == k else f'<a href="{alias1 if m == 0 else urls[m]}">{m + 1}</a>' for m in range(len(chunks)))
            if k + 1 < len(chunks):
                pager += f'<a href="{urls[k + 1]}">下一页</a>'
            site.add(urls[k], head(f"{ch.name}-{SITE}") + f'<div class="w1000 main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; {ch.name}</div><div class="left"><ul class="list">{lis}</ul><div class="page">{pager}</div></div></div>' + foot())
            site.list_pages.append({"url": urls[k], "aliases": [alias1] if k == 0 else []})
        # /<ch>/index.html is the same file as /<ch>/: the pager's link to page 1 is an alias without a page of its own

    # 滚动: month-day and time only
    chunks = paginate(newest, ROLL_PER_PAGE)
    rurls = ["/gdxw/"] + [f"/gdxw/index_{k}.html" for k in range(1, len(chunks))]
    for k, chunk in enumerate(chunks):
        lis = "".join(f'<li><a href="{x.url}">[{x.ch.name}] {esc(x.title)}</a><span class="time">{x.when:%m-%d %H:%M}</span></li>' for x in chunk)
        for pos, x in enumerate(chunk, 1):
            site.listing(rurls[k], pos, x, iso_date(x.when), f"{x.when:%m-%d %H:%M}", category=x.ch.name)
        pager = "".join(f"<span>{m + 1}</span>" if m == k else f'<a href="{rurls[m]}">{m + 1}</a>' for m in range(len(chunks)))
        site.add(rurls[k], head(f"滚动新闻-{SITE}") + f'<div class="w1000 main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; 滚动新闻</div><ul class="roll">{lis}</ul><div class="page">{pager}</div></div>' + foot())
        site.list_pages.append({"url": rurls[k], "aliases": []})

    # ------------------------------------------------------------------ 图集: one photo and caption per page (not articles)
    galleries = []
    for g in range(4):
        gr = random.Random(f"{seed}:{NAME}:gal:{g}")
        gwhen = dt.datetime(2026, 5, 2 + g * 4, gr.randint(8, 20), gr.randint(0, 59), tzinfo=TZ8)
        ctx = content.Ctx(gr, gwhen)
        gtitle = ctx.fill(content.NP_GALLERY[g])
        gid = 812900 + g * 11
        n = gr.randint(4, 6)
        urls = [f"/photo/{gwhen:%Y-%m}/{gwhen:%d}/content_{gid}" + (f"_{k}" if k > 1 else "") + ".html" for k in range(1, n + 1)]
        for k in range(n):
            cap = ctx.fill(gr.choice(["参观者在{co}展台前驻足。", "工作人员介绍{pr}产品。", "{city}汽配城内景。", "智能产线上的机械臂。", "新建的零部件仓库。"]))
            nxt = f'<a href="{urls[k + 1]}" class="next">下一张</a>' if k + 1 < n else '<a href="/photo/" class="next">返回图集</a>'
            prv = f'<a href="{urls[k - 1]}" class="prev">上一张</a>' if k else ""
            site.add(urls[k], head(f"{gtitle}-图集-{SITE}") + f"""<div class="w1000 main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/photo/">图集</a></div>
<div class="photo"><h1>{esc(gtitle)}</h1><div class="info"><span>{cn_stamp(gwhen)}</span><span>来源：{SITE}</span><span>摄影：{content.person(gr)}</span></div>
<div class="pic"><img src="/images/photo/{gid}_{k + 1}.jpg" /></div><div class="num">{k + 1}/{n}</div><div class="pic-desc">{esc(cap)}</div>
<div class="pnav">{prv}{nxt}</div><div class="thumbs">{"".join(f'<a href="{u}"><img src="/images/photo/{gid}_{m + 1}_s.jpg" /></a>' for m, u in enumerate(urls))}</div></div></div>
""" + foot())
            site.non_articles.append({"url": urls[k], "reason": "photo gallery page (one photo and its caption)"})
        galleries.append((urls[0], gtitle, gid))
    site.add("/photo/", head(f"图集-{SITE}") + '<div class="w1000 main"><ul class="photolist">' + "".join(
        f'<li><a href="{u}"><img src="/images/photo/{gid}_1_s.jpg" /><p>{esc(t)}</p></a></li>' for u, t, gid in galleries) + "</ul></div>" + foot())
    site.non_articles.append({"url": "/photo/", "reason": "gallery index"})

    # ------------------------------------------------------------------ home, about
    top = newest[0]
    blocks = "".join(f'<div class="hbox"><h2><a href="/{c.key}/">{c.name}</a></h2><ul>' + "".join(
        f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in by_ch[c.key][:5]) + "</ul></div>" for c in CHANNELS)
    site.add("/", head(f"{SITE}-汽车产业权威资讯") + f"""<div class="w1000 main">
<div class="headline"><h1><a href="{top.url}">{esc(top.title)}</a></h1></div>
<div class="hroll"><h2><a href="/gdxw/">滚动新闻</a></h2><ul><li><a href="{DEAD}">汽车零部件企业出海调研报告发布</a></li>{"".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span>{zh_clock12(x.when)}</span></li>' for x in newest[1:8])}</ul></div>
{blocks}
<div class="hphoto"><h2><a href="/photo/">图集</a></h2>{"".join(f'<a href="{u}"><img src="/images/photo/{gid}_1_s.jpg" /><p>{esc(t)}</p></a>' for u, t, gid in galleries)}</div>
<div class="hen"><a href="/en/">English Edition</a></div>
</div>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.add("/about/index.html", head(f"关于我们-{SITE}") + f'<div class="w1000 main"><h1>关于我们</h1><p>{SITE}是华夏汽车产经报社主办的汽车产业新闻网站。</p><p id="contact">联系电话：010-6588 2310</p><p id="copyright">本网刊发的稿件，版权均属本网所有。</p></div>' + foot())
    site.non_articles.append({"url": "/about/index.html", "reason": "single page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (removed article still linked from the home page's 滚动新闻)"})
    site.add("/404.html", '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>页面不存在</title></head><body><p>对不起，您访问的页面不存在。<a href="/">返回首页</a></p></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /search/\nDisallow: /member/\nDisallow: /e/\nDisallow: /js/\n"
    return site

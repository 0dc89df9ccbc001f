"""A 汽车之家 / 懂车帝-like car-media portal (车鉴网), UTF-8: /<channel>/YYYYMM/<id>.html articles with a `[车鉴网 资讯]`
lead-in, 车系 cards inside the text (指导价, 口碑 score and count, 论坛 post count, 询底价), `x万人看过` counters that
the server renders on some articles and JavaScript fills on others, comment counts loaded by an API (never in the
HTML), long 评测 split into chapters (`-2.html`, a chapter select, a `-all.html` 全文 view), AMP twins under /amp/,
numbered channel lists with a `/<channel>/1/` duplicate, a relative-time 最新 feed, and 车系, 口碑 and video pages."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import TZ8, Art, Channel, Site, esc, iso_date, kinds, paginate, rand_dates, rel_time, unique_titles

NAME = "carmedia_chexi"
SITE = "车鉴网"
CHANNELS = [Channel(k, nm) for k, nm in content.CM_CHANNELS]
COUNTS = {"news": 16, "daogou": 12, "pingce": 12}
PER_PAGE = 6
ALL_PER_PAGE = 12
DEAD = "/news/202603/1309999.html"
AUTHORS = [(2041, "郝若谷"), (2058, "缪修远"), (2077, "柯晴川"), (2093, "邵语冰"), (2105, "宁澄明")]
SERIES = content.CM_SERIES


def art_url(a: Art, page: int | str = 1) -> str:
    suffix = "" if page == 1 else f"-{page}"
    return f"/{a.ch.key}/{a.when:%Y%m}/{a.aid}{suffix}.html"


def amp_url(a: Art) -> str:
    return f"/amp/{a.ch.key}/{a.when:%Y%m}/{a.aid}.html"


def views_text(v: int) -> tuple[str, bool]:
    if v >= 10000:  # always a whole number of thousands here
        w = v // 1000
        return (f"{w // 10}万" if w % 10 == 0 else f"{w // 10}.{w % 10}万"), True
    return str(v), False


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    arts: list[Art] = []
    for ch in CHANNELS:
        n = COUNTS[ch.key]
        whens = rand_dates(rnd, n, dt.datetime(2025, 11, 3, tzinfo=TZ8), dt.datetime(2026, 3, 18, 10, 0, tzinfo=TZ8), hours=(7, 22))
        ks = kinds(rnd, n)
        if ch.key == "pingce":  # reviews run long
            ks = ["long" if k != "short" else "medium" for k in ks]

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            s1, s2 = ar.sample(SERIES, 2)
            tpls = content.CM_TITLES[ch.key]
            tpl = tpls[(i + attempt) % len(tpls)].replace("{series}", s1[1]).replace("{series2}", s2[1]).replace("{maker}", s1[2])
            return ctx.fill(tpl), (ctx, ar, s1)

        for i, (title, (ctx, ar, s1)) in enumerate(unique_titles(make, n)):
            mids = [m.replace("{series}", s1[1]).replace("{maker}", s1[2]) for m in content.CM_MID]
            closers = [m.replace("{series}", s1[1]) for m in content.CM_CLOSE]
            blocks = content.gen_blocks(ctx, ks[i], content.CM_OPEN, mids, closers, content.CM_HEADS,
                                        "https://img.chejian.example.com/newsdfs/g30/M0A/", [c.replace("{series}", s1[1]) for c in content.CM_CAPTIONS])
            a = Art(i, 0, ch, title, blocks, whens[i])
            a.extra["series"] = s1
            r = ar.random()
            if r < 0.7:
                a.extra["src_shown"] = SITE
                au = ar.choice(AUTHORS)
                a.author = au[1]
                a.extra["au"] = au
            elif r < 0.88:
                a.extra["src_shown"] = ar.choice(content.MEDIA)
                a.source = a.extra["src_shown"]
            else:
                a.extra["src_shown"] = "网络"
            a.editor = content.person(ar) if ar.random() < 0.5 else None
            if ar.random() < 0.65:  # server-rendered counter; the rest are filled by JavaScript (null)
                if ar.random() < 0.55:
                    v10 = ar.randint(11, 480)
                    a.views = v10 * 1000
                else:
                    a.views = ar.randint(150, 9800)
                a.extra["views_shown"], a.extra["approx"] = views_text(a.views)
            arts.append(a)
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 1301207 + j * 173 + (j * 31) % 89
    newest = sorted(arts, key=lambda x: x.when, reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}
    for a in arts:
        a.url = art_url(a)
        if a.ch.key == "pingce" and len(a.blocks) >= 9:
            npg = 3 if len(a.blocks) >= 13 else 2
            cutp = [round(len(a.blocks) * k / npg) for k in range(npg + 1)]
            a.page_blocks = [a.blocks[cutp[k]:cutp[k + 1]] for k in range(npg)]
            a.extra["chapters"] = content.CM_PAGE_NAMES[:npg - 1] + ["总结"]
        else:
            a.page_blocks = [a.blocks]
        a.page_urls = [art_url(a, k) for k in range(1, len(a.page_blocks) + 1)]

    # ------------------------------------------------------------------ template parts
    nav = [("/", "首页")] + [(f"/{c.key}/", c.name) for c in CHANNELS] + [("/all/", "最新"), ("/video/", "视频"), ("/series/", "车系")]

    def head(title: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="keywords" content="汽车资讯,新车,导购,评测,{SITE}">
{extra}<link rel="stylesheet" href="//s.chejian.example.com/www/css/article.7c21e9.css">
</head>
<body>
<div class="topbar"><div class="container"><a href="/">{SITE}首页</a><span class="city">澈州 <a href="javascript:;">[切换城市]</a></span><a class="login" href="/passport/login">登录</a></div></div>
<div class="header container"><h1 class="logo"><a href="/" title="{SITE}">{SITE}</a></h1>
<form class="search" action="/search/" method="get"><input name="q" placeholder="搜索车系、文章"><button>搜索</button></form></div>
<div class="nav"><div class="container">{"".join(f'<a href="{u}">{t}</a>' for u, t in nav)}</div></div>
"""

    def foot(extra: str = "") -> str:
        return f"""<div class="footer"><div class="container"><p><a href="/about/">关于我们</a> | <a href="/about/#contact">联系我们</a> | <a href="/about/#jobs">加入我们</a>{extra}</p>
<p>&copy; 2026 {SITE} 版权所有　澈ICP备16038821号-1　澈公网安备 31010602000882号</p></div></div>
<script src="//s.chejian.example.com/www/js/pv.3f0a7c.js"></script>
</body>
</html>
"""

    def series_card(s) -> str:
        return (f'<div class="athm-card-series" data-seriesid="{s[0]}"><a class="pic" href="/series/{s[0]}/"><img src="https://img.chejian.example.com/series/{s[0]}.png" alt="{esc(s[1])}"></a>'
                f'<div class="card-info"><a class="name" href="/series/{s[0]}/">{esc(s[1])}</a><span class="maker">{esc(s[2])}</span>'
                f'<p class="price">厂商指导价：<em>{s[3]}</em></p>'
                f'<p class="koubei">口碑 <em>{s[4]}</em>分 · <a href="/koubei/series/{s[0]}/">{s[5]}条口碑</a> · <a href="/club/forum-{s[0]}-1.html">论坛 {s[6]}帖</a></p></div>'
                f'<a class="btn-xundijia" href="/dealer/xundijia?seriesid={s[0]}" rel="nofollow">询底价</a></div>')

    def render(blocks: list, card=None) -> str:
        out, n_p = [], 0
        for b in blocks:
            if b[0] == "p":
                out.append(f"<p>{esc(b[1])}</p>")
                n_p += 1
                if n_p == 2 and card:
                    out.append(series_card(card))
                    card = None
            elif b[0] == "h":
                out.append(f'<p class="subtitle"><strong>{esc(b[1])}</strong></p>')
            elif b[0] == "img":
                out.append(f'<p align="center"><img src="{b[1]}" alt="" data-original="{b[1]}"></p>')
                if b[2]:
                    out.append(f'<p align="center" class="pic-desc">{esc(b[2])}</p>')
            elif b[0] == "table":
                out.append('<table class="tb-param" border="1" cellspacing="0">' + "".join(
                    "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
            elif b[0] in ("ul", "ol"):
                out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
        if card:
            out.append(series_card(card))
        return "\n".join(out)

    def stamp(a: Art) -> str:
        return f"{a.when:%Y年%m月%d日 %H:%M}"

    hot = sorted([a for a in arts if a.views], key=lambda x: x.views, reverse=True)[:8]
    side_hot = '<div class="side-box hot-rank"><h3>热门文章</h3><ol>' + "".join(
        f'<li><a href="{x.url}">{esc(x.title)}</a><span class="num">{x.extra["views_shown"]}人看过</span></li>' for x in hot) + "</ol></div>"
    series_box = '<div class="side-box series-hot"><h3>热门车系</h3><ul>' + "".join(
        f'<li><a href="/series/{s[0]}/">{esc(s[1])}</a><span class="price">{s[3]}</span></li>' for s in SERIES) + "</ul></div>"

    # ------------------------------------------------------------------ article pages (+ -all view, AMP twin)
    for a in arts:
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        a.related = sorted(rr.sample([x for x in by_ch[a.ch.key] if x is not a], 5), key=lambda x: x.when, reverse=True)
        rel = "".join(f'<li><a href="{x.url}" target="_blank">{esc(x.title)}</a><span class="date">{x.when:%Y-%m-%d}</span></li>' for x in a.related)
        s = a.extra["series"]
        same_series = [x for x in newest if x.extra["series"] is s and x is not a][:4]
        ssa = "".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in same_series)
        au = a.extra.get("au")
        author_html = f'<span class="author">作者：<a href="/author/{au[0]}/">{esc(au[1])}</a></span>' if au else ""
        if a.views is not None:
            views_html = f'<span class="views"><i class="icon-eye"></i>{a.extra["views_shown"]}人看过</span>'
        else:
            views_html = f'<span class="views"><i class="icon-eye"></i><em id="pvcount" data-objid="{a.aid}"></em>人看过</span>'
        info = (f'<div class="article-info"><span class="time">{stamp(a)}</span><span class="source">来源：{esc(a.extra["src_shown"])}</span>'
                f'{author_html}{views_html}<a class="reply-link" href="#reply"><em id="replyCount" data-objid="{a.aid}"></em>评论</a></div>')
        ed = f'<div class="editor">本文编辑：{esc(a.editor)}</div>' if a.editor else ""
        npg = len(a.page_urls)
        meta = (f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(a.title)}">\n'
                f'<link rel="canonical" href="{a.url}">\n<link rel="amphtml" href="{amp_url(a)}">\n')
        views_all = []
        for k in range(npg + (1 if npg > 1 else 0)):
            all_view = k == npg
            blocks = a.blocks if all_view else a.page_blocks[k]
            last = all_view or k == npg - 1
            pager = ""
            if npg > 1 and not all_view:
                chapters = a.extra["chapters"]
                opts = "".join(f'<option value="{a.page_urls[m]}"{" selected" if m == k else ""}>第{m + 1}页：{chapters[m]}</option>' for m in range(npg))
                ps = [f'<a class="prev" href="{a.page_urls[k - 1]}">上一页</a>'] if k else []
                ps += [f'<span class="current">{m + 1}</span>' if m == k else f'<a href="{a.page_urls[m]}">{m + 1}</a>' for m in range(npg)]
                if not last:
                    ps.append(f'<a class="next" href="{a.page_urls[k + 1]}">下一页</a>')
                ps.append(f'<a class="all" href="{art_url(a, "all")}">阅读全文</a>')
                pager = (f'<div class="page-select">本文共{npg}页 <select onchange="location.href=this.value">{opts}</select></div>'
                         f'<div class="athm-page">{"".join(ps)}</div>')
            chapter_head = f'<div class="chapter-title">第{k + 1}页：{a.extra["chapters"][k]}</div>' if npg > 1 and not all_view else ""
            body = render(blocks, s if (k == 0 or all_view) else None)
            html = head(f"{a.title}_{SITE}", meta) + f"""<div class="container main">
<div class="breadcrumb">当前位置：<a href="/">{SITE}</a> &gt; <a href="/{a.ch.key}/">{a.ch.name}</a> &gt; 正文</div>
<div class="left-col"><div class="article-details" id="articlewrap">
<h1 class="article-title">{esc(a.title)}</h1>
{info}
{chapter_head}
<div class="article-content" id="articleContent">
{body}
</div>
{pager}
{ed if last else ""}
<div class="article-tools"><a class="like" href="javascript:;">点赞</a><a class="collect" href="javascript:;">收藏</a><span class="share">分享：微信 微博 QQ</span></div>
<div class="related-box"><h3>相关文章</h3><ul>{rel}</ul></div>
<div class="series-articles"><h3>{esc(s[1])}相关文章</h3><ul>{ssa}</ul></div>
<div class="reply-box" id="reply"><h3>网友评论</h3><div id="reply-list" data-api="/api/reply/list?objid={a.aid}&amp;appid=1"></div><div class="reply-more"><a href="/api/reply/page?objid={a.aid}" rel="nofollow">查看全部评论</a></div></div>
</div></div>
<div class="right-col">{series_box}{side_hot}</div>
</div>
""" + foot(f' | <a href="{amp_url(a)}">手机版</a>')
            url = art_url(a, "all") if all_view else a.page_urls[k]
            site.add(url, html)
            views_all.append(url)
        # AMP twin: the whole text on one page
        amp = f"""<!doctype html>
<html amp lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(a.title)}_{SITE}</title>
<link rel="canonical" href="{a.url}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.title{{font-size:22px}}.pic-desc{{color:#999}}</style>
<script async src="https://cdn.ampproject.org/v0.js"></script>
</head>
<body>
<header class="amp-head"><a href="/">{SITE}</a></header>
<article>
<h1 class="title">{esc(a.title)}</h1>
<div class="info"><span>{stamp(a)}</span> <span>来源：{esc(a.extra["src_shown"])}</span>{f" <span>作者：{esc(au[1])}</span>" if au else ""}</div>
<div class="content">
{render(a.blocks).replace("<img ", '<amp-img layout="responsive" width="640" height="427" ').replace('data-original=', 'data-src=')}
</div>
{f'<div class="editor">本文编辑：{esc(a.editor)}</div>' if a.editor else ""}
</article>
<footer><a href="{a.url}">电脑版</a></footer>
</body>
</html>
"""
        site.add(amp_url(a), amp)
        aliases = [amp_url(a)] + ([art_url(a, "all")] if npg > 1 else [])
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=stamp(a),
                         views_display=f"{a.extra['views_shown']}人看过" if a.views is not None else None,
                         views_approx=bool(a.extra.get("approx")),
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related],
                         aliases=aliases)

    # ------------------------------------------------------------------ channel lists /<ch>/, /<ch>/2/ (alias /<ch>/1/)
    def entry(x: Art, date_shown: str) -> str:
        vw = f'<span class="views">{x.extra["views_shown"]}人看过</span>' if x.views is not None else ""
        return (f'<li><a class="pic" href="{x.url}"><img src="https://img.chejian.example.com/list/{x.aid}.jpg" alt=""></a>'
                f'<h3><a href="{x.url}" target="_blank">{esc(x.title)}</a></h3><p class="desc">{esc(content.paragraphs(x.blocks)[0][:50])}…</p>'
                f'<div class="meta"><span class="date">{date_shown}</span>{vw}<span class="reply" data-objid="{x.aid}"></span></div></li>')

    for ch in CHANNELS:
        chunks = paginate(by_ch[ch.key], PER_PAGE)
        urls = [f"/{ch.key}/"] + [f"/{ch.key}/{k}/" for k in range(2, len(chunks) + 1)]
        alias1 = f"/{ch.key}/1/"
        for k, chunk in enumerate(chunks):
            for pos, x in enumerate(chunk, 1):
                site.listing(urls[k], pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", views=x.views, category=ch.name)
            pg = ([f'<a class="prev" href="{alias1 if k == 1 else urls[k - 1]}">上一页</a>'] if k else [])
            pg += [f'<span class="current">{m + 1}</span>' if m == k else f'<a href="{alias1 if m == 0 else urls[m]}">{m + 1}</a>' for m in range(len(chunks))]
            if k + 1 < len(chunks):
                pg.append(f'<a class="next" href="{urls[k + 1]}">下一页</a>')
            html = head(f"{ch.name}_{SITE}") + f"""<div class="container main"><div class="breadcrumb">当前位置：<a href="/">{SITE}</a> &gt; {ch.name}</div>
<div class="left-col"><div class="list-tab"><span class="active">{ch.name}</span></div><ul class="article-list">{"".join(entry(x, f"{x.when:%Y-%m-%d}") for x in chunk)}</ul>
<div class="athm-page">{"".join(pg)}</div></div><div class="right-col">{series_box}{side_hot}</div></div>
""" + foot()
            file = site.add(urls[k], html)
            if k == 0:
                site.add(alias1, html)
            site.list_pages.append({"url": urls[k], "aliases": [alias1] if k == 0 else []})
    chunks = paginate(newest, ALL_PER_PAGE)
    urls = ["/all/"] + [f"/all/{k}/" for k in range(2, len(chunks) + 1)]
    for k, chunk in enumerate(chunks):
        for pos, x in enumerate(chunk, 1):
            shown, day = rel_time(x.when)
            site.listing(urls[k], pos, x, day, shown, views=x.views, category=x.ch.name)
        pg = "".join(f'<span class="current">{m + 1}</span>' if m == k else f'<a href="{urls[m]}">{m + 1}</a>' for m in range(len(chunks)))
        site.add(urls[k], head(f"最新资讯_{SITE}") + f"""<div class="container main"><div class="breadcrumb">当前位置：<a href="/">{SITE}</a> &gt; 最新</div>
<div class="left-col"><ul class="article-list">{"".join(entry(x, rel_time(x.when)[0]) for x in chunk)}</ul><div class="athm-page">{pg}</div></div>
<div class="right-col">{side_hot}</div></div>
""" + foot())
        site.list_pages.append({"url": urls[k], "aliases": []})

    # ------------------------------------------------------------------ series, koubei, video pages (not articles)
    for s in SERIES:
        sr = random.Random(f"{seed}:{NAME}:series:{s[0]}")
        mine = [x for x in newest if x.extra["series"] is s][:6]
        kbs = []
        for m in range(2 if s[0] % 2 else 1):
            kid = 5520031 + s[0] * 3 + m * 11
            buy = dt.date(2025, sr.randint(5, 12), sr.randint(1, 28))
            posted = dt.datetime(2026, sr.randint(1, 3), sr.randint(1, 15), sr.randint(8, 22), sr.randint(0, 59), tzinfo=TZ8)
            user = sr.choice(["澈州老司机", "开车的阿凯", "芮港小周", "蔺城奶爸", "渚川车友8821"])
            ctx = content.Ctx(sr, posted)
            paras = [ctx.fill(t.replace("{series}", s[1])) for t in ["【最满意】空间够大，后排坐三个人也不挤，{pr}的质感比预想的好。",
                                                                    "【最不满意】低速的时候偶尔能听到{pr}的声音，去4S店检查说是正常的。",
                                                                    "【油耗/电耗】市区通勤为主，百公里{k}.{p2}，高速稍微高一点。",
                                                                    "【为什么选择这款车】对比了{model2}，最后还是觉得{series}更均衡。"]]
            kurl = f"/koubei/detail/{kid}.html"
            kbs.append((kurl, f"{user}的{s[1]}口碑", posted))
            site.add(kurl, head(f"{s[1]}口碑_{user}_{SITE}") + f"""<div class="container main"><div class="breadcrumb">当前位置：<a href="/">{SITE}</a> &gt; <a href="/series/{s[0]}/">{esc(s[1])}</a> &gt; 口碑</div>
<div class="left-col"><div class="koubei-detail"><h1 class="kb-title">{esc(s[1])} 2026款 {["舒适版", "豪华版", "旗舰版"][m % 3]}：{esc(paras[0][6:20])}</h1>
<div class="kb-user"><a href="/user/{sr.randint(100000, 999999)}/">{esc(user)}</a><span>发表于 {posted:%Y-%m-%d %H:%M}</span></div>
<table class="kb-info"><tr><th>购买地点</th><td>{esc(ctx.fixed["city"])}</td><th>购买时间</th><td>{buy:%Y年%m月}</td></tr><tr><th>裸车价</th><td>{sr.randint(9, 25)}.{sr.randint(10, 99)}万</td><th>综合评分</th><td>{s[4]}</td></tr></table>
<div class="kb-content">{"".join(f"<p>{esc(p)}</p>" for p in paras)}</div>
<div class="kb-stat">有用 <em id="kbUseful"></em> · 评论 <em id="kbReply"></em></div></div></div></div>
""" + foot())
            site.non_articles.append({"url": kurl, "reason": "口碑 page (an owner's review with a score table)"})
        ctx = content.Ctx(sr, dt.datetime(2026, 3, 1, tzinfo=TZ8))
        intro = ctx.fill(f"{s[1]}是{s[2]}推出的一款紧凑型车型，新款车型搭载{{pr}}，提供{{k}}种配置可选。")
        site.add(f"/series/{s[0]}/", head(f"【{s[1]}】{s[1]}报价_图片_参数_{SITE}") + f"""<div class="container main"><div class="breadcrumb">当前位置：<a href="/">{SITE}</a> &gt; <a href="/series/">车系</a> &gt; {esc(s[1])}</div>
<div class="series-head"><h1 class="series-name">{esc(s[1])}</h1><span class="maker">{esc(s[2])}</span><p class="price">厂商指导价：<em>{s[3]}</em></p>
<p class="score">口碑 {s[4]}分 · {s[5]}条口碑</p><a class="btn-xundijia" href="/dealer/xundijia?seriesid={s[0]}" rel="nofollow">询底价</a></div>
<div class="series-intro"><p>{esc(intro)}</p></div>
<div class="series-spec"><table><tr><th>车型</th><th>指导价</th><th>动力</th></tr><tr><td>2026款 舒适版</td><td>{s[3].split("-")[0]}万</td><td>1.5T</td></tr><tr><td>2026款 旗舰版</td><td>{s[3].split("-")[1]}</td><td>1.5T+电机</td></tr></table></div>
<div class="series-news"><h3>车系文章</h3><ul>{"".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span>{x.when:%Y-%m-%d}</span></li>' for x in mine)}</ul></div>
<div class="series-koubei"><h3>车主口碑</h3><ul>{"".join(f'<li><a href="{u}">{esc(t)}</a><span>{p:%Y-%m-%d}</span></li>' for u, t, p in kbs)}</ul></div>
<div class="series-club"><a href="/club/forum-{s[0]}-1.html">进入{esc(s[1])}论坛（{s[6]}帖）</a></div></div>
""" + foot())
        site.non_articles.append({"url": f"/series/{s[0]}/", "reason": "车系 page (price, specs, article and 口碑 links)"})
    site.add("/series/", head(f"车系大全_{SITE}") + '<div class="container main"><h2>车系大全</h2><ul class="series-list">' + "".join(
        f'<li><a href="/series/{s[0]}/">{esc(s[1])}</a><span>{s[3]}</span></li>' for s in SERIES) + "</ul></div>" + foot())
    site.non_articles.append({"url": "/series/", "reason": "series index"})
    videos = []
    for v in range(3):
        vr = random.Random(f"{seed}:{NAME}:video:{v}")
        s = SERIES[v * 2]
        vw = dt.datetime(2026, 3, 2 + v * 4, vr.randint(9, 20), vr.randint(0, 59), tzinfo=TZ8)
        t = [f"60秒看懂{s[1]}", f"{s[1]}冬季实测视频", f"拆车：{s[1]}的底盘"][v]
        u = f"/video/{880412 + v * 57}.html"
        videos.append((u, t))
        site.add(u, head(f"{t}_视频_{SITE}") + f"""<div class="container main"><div class="breadcrumb">当前位置：<a href="/">{SITE}</a> &gt; <a href="/video/">视频</a> &gt; 正文</div>
<div class="video-detail"><h1 class="video-title">{esc(t)}</h1><div class="article-info"><span class="time">{vw:%Y年%m月%d日 %H:%M}</span><span class="source">来源：{SITE}</span><span class="views"><em id="vplay"></em>次播放</span></div>
<div class="player"><video src="https://v.chejian.example.com/{u.split("/")[-1][:-5]}.mp4" controls poster="https://img.chejian.example.com/v/{v}.jpg"></video></div>
<p class="video-desc">本期视频时长{vr.randint(1, 9)}分{vr.randint(10, 59)}秒。</p>{series_card(s)}</div></div>
""" + foot())
        site.non_articles.append({"url": u, "reason": "video page (player, one line)"})
    site.add("/video/", head(f"视频_{SITE}") + '<div class="container main"><ul class="video-list">' + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t in videos) + "</ul></div>" + foot())
    site.non_articles.append({"url": "/video/", "reason": "video index"})

    # ------------------------------------------------------------------ home, about, 404
    focus = newest[:5]
    boxes = "".join(f'<div class="home-box"><h2><a href="/{c.key}/">{c.name}</a></h2><ul>' + "".join(
        f'<li><a href="{x.url}">{esc(x.title)}</a><span>{x.when:%m-%d}</span></li>' for x in by_ch[c.key][:6]) + "</ul></div>" for c in CHANNELS)
    site.add("/", head(f"{SITE}_看车、买车、用车") + f"""<div class="container main"><div class="focus">{"".join(f'<a href="{x.url}"><img src="https://img.chejian.example.com/focus/{x.aid}.jpg"><p>{esc(x.title)}</p></a>' for x in focus)}</div>
{boxes}<div class="home-hot"><h2>热门</h2><ul><li><a href="{DEAD}">{esc(SERIES[0][1])}新车型官图发布，配件供应商曝光</a></li>{"".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in hot[:5])}</ul></div>
<div class="home-video"><h2><a href="/video/">视频</a></h2>{"".join(f'<a href="{u}">{esc(t)}</a>' for u, t in videos)}</div>{series_box}</div>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.add("/about/", head(f"关于我们_{SITE}") + f'<div class="container main"><h2>关于我们</h2><p>{SITE}是一家汽车资讯与导购平台。</p><p id="contact">邮箱：bd@chejian.example.com</p><p id="jobs">招聘：hr@chejian.example.com</p></div>' + foot())
    site.non_articles.append({"url": "/about/", "reason": "single page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (deleted article still linked from the home page's 热门)"})
    site.add("/404.html", f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>页面不存在_{SITE}</title></head><body><p>您访问的页面不存在</p><a href="/">返回首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /club/\nDisallow: /dealer/\nDisallow: /api/\nDisallow: /passport/\nDisallow: /search/\nDisallow: /koubei/series/\nDisallow: /author/\nDisallow: /user/\n"
    return site

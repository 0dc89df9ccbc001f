"""A press-release distribution wire (瀚讯通新闻稿发布平台, like 美通社 / 中国新闻发布网), UTF-8:
``/news-releases/<issuer>-<topic>-<id>.html`` releases whose first paragraph opens with a dateline
(``上海2026年9月3日 /瀚讯通/ -- ``; a foreign dateline carries the local day, which may be the day before the Beijing
publication day), a ``2026-09-03 09:15 北京时间 | 来源：<issuer>`` line, an optional 副标题, a ``关于<issuer>`` section and
a 媒体联系人 block inside the release text, ``消息来源：<issuer>`` at its end, 关键词 and 行业 tags, a 相关新闻稿 list
with dates, list pages ``/news-releases/`` and per industry (``/industry/automotive/``, ``/industry/auto-parts/``)
with ``?page=N`` (page 1 also at ``?page=1``), one newsroom list per issuer, and English twins of some releases under
``/en/news-releases/`` (own text, ``Sep 03, 2026, 09:15 GMT+8``, ``SOURCE <issuer>``)."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import (
    TZ8,
    Art,
    Channel,
    Site,
    en_mdy_short,
    esc,
    iso_date,
    kinds,
    paginate,
    rand_dates,
    unique_titles,
)

NAME = "prwire"
SITE = content.PR_SITE
WIRE = content.PR_WIRE
INDUSTRIES = {key: Channel(key, zh) for key, zh, _ in content.PR_INDUSTRIES}
INDUSTRY_EN = {key: Channel(key, en) for key, _, en in content.PR_INDUSTRIES}
N_RELEASES = 34
PER_PAGE = 12
PER_PAGE_IND = 10
DEAD = "/news-releases/anchi-damper-recall-302118806.html"
TOPICS = ["new-generation-products", "new-plant", "supplier-award", "strategic-partnership", "half-year-results", "emark-approval",
          "new-ceo", "trade-show", "aftermarket-platform", "series-b-funding", "overseas-warehouse", "specialized-sme",
          "sustainability-report", "joint-lab", "shipments-milestone", "distributor-recruitment"]
HQ = {"hongyuan-brake": ("沣城", "Fengcheng", 2003), "jinggong-bearing": ("瀚川", "Hanchuan", 1997), "liansheng-lighting": ("柘港", "Zhegang", 2009),
      "anchi-damper": ("珂州", "Kezhou", 2001), "hengsheng-electronics": ("溆原", "Xuyuan", 2012), "kedathermal": ("漱石", "Shushi", 2015)}
LOCAL_OFFSET = {"法兰克福": 6, "底特律": 12}  # hours behind Beijing in September (CEST, EDT)
EN_MONTH_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def render(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<p><b>{esc(b[1])}</b></p>")
        elif b[0] == "img":
            out.append(f'<div class="release-img"><img src="{b[1]}" alt="">' + (f'<p class="caption">{esc(b[2])}</p>' if b[2] else "") + "</div>")
        elif b[0] == "table":
            out.append('<table class="prntbl" border="1" cellspacing="0" cellpadding="4">' + "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    whens = rand_dates(rnd, N_RELEASES, dt.datetime(2026, 5, 6, tzinfo=TZ8), dt.datetime(2026, 9, 5, 9, 30, tzinfo=TZ8), hours=(6, 22))
    ks = kinds(rnd, N_RELEASES)
    issuers = content.PR_ISSUERS

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        iss = issuers[(i * 7 + attempt) % len(issuers)]
        ctx.fixed["short"] = iss[3]
        ctx.fixed["city"] = HQ[iss[0]][0]
        j = (i * 5 + attempt * 3) % len(content.PR_TITLES)
        return ctx.fill(content.PR_TITLES[j]), (ctx, ar, iss, j)

    forced = [i for i in range(4, N_RELEASES) if whens[i].hour < 11][:2]
    arts: list[Art] = []
    for i, (title, (ctx, ar, iss, j)) in enumerate(unique_titles(make, N_RELEASES)):
        mids = [m.replace("{short}", iss[3]) for m in content.PR_MID]
        blocks = content.gen_blocks(ctx, ks[i], [""], mids, ["{short}将继续致力于为全球客户提供优质的产品和服务。".replace("{short}", iss[3])],
                                    content.PR_HEADS, f"/media/{whens[i]:%Y%m}/", [c.replace("{short}", iss[3]) for c in content.PR_CAPTIONS])
        when = whens[i]
        city = ar.choice(content.PR_DATELINES[:5]) if ar.random() < 0.8 else ar.choice(content.PR_DATELINES[5:])
        if i in forced:  # a Detroit dateline on a morning release: the local day is the day before Beijing's
            city = content.PR_DATELINES[6]
        local = when - dt.timedelta(hours=LOCAL_OFFSET.get(city[0], 0))
        dateline = f"{city[0]}{local.year}年{local.month}月{local.day}日 /{WIRE}/ -- "
        blocks[0] = ("p", dateline + blocks[0][1])
        hq = HQ[iss[0]]
        about = content.PR_ABOUT.format(name=iss[1], founded=hq[2], city=hq[0] + "市", pr=ctx.fixed["pr"], n=ar.randint(12, 60))
        contact = content.person(ar)
        tail = [("h", f"关于{iss[1]}"), ("p", about)]
        if ks[i] != "short" and ar.random() < 0.7:  # the media contact block, inside the release text (body, like the 关于 section)
            tail += [("p", f"媒体联系人：{contact}"), ("p", f"电话：+86-731-{ar.randint(8100, 8899)} {ar.randint(1000, 9999)}"),
                     ("p", f"邮箱：pr@{iss[0]}.example.com")]
        a = Art(i, 0, INDUSTRIES["automotive"], title, blocks + tail, when)
        primary = "automotive" if ar.random() < 0.6 else "auto-parts"
        a.ch = INDUSTRIES[primary]
        a.extra["industries"] = [primary] + ([k for k in INDUSTRIES if k != primary] if ar.random() < 0.5 else [])
        a.extra.update(issuer=iss, topic=TOPICS[j], city=city, local=local, contact=contact, tpl=j)
        a.extra["keywords"] = ar.sample(content.PR_KEYWORDS, ar.randint(2, 3))
        if ar.random() < 0.3:
            a.extra["subtitle"] = ctx.fill(ar.choice(content.PR_SUBTITLES))
        a.source = iss[1]
        arts.append(a)
    for k, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 302104417 + k * 1189 + (k * 37) % 211
        a.url = f"/news-releases/{a.extra['issuer'][0]}-{a.extra['topic']}-{a.aid}.html"
        a.page_urls = [a.url]
    newest = sorted(arts, key=lambda x: (x.when, x.aid), reverse=True)

    # English twins (own text) for six releases whose topic has an English headline
    en_arts: list[Art] = []
    for a in sorted(arts, key=lambda x: x.when):
        if a.extra["tpl"] < len(content.PR_EN_TITLES) and len(en_arts) < 6:
            er = random.Random(f"{seed}:{NAME}:en:{a.aid}")
            iss = a.extra["issuer"]
            ctx = content.Ctx(er, a.when)
            city_en = a.extra["city"][1]
            local = a.extra["local"]
            first = f"{city_en}, {EN_MONTH_AP[local.month - 1]} {local.day}, {local.year} /{content.PR_WIRE_EN}/ -- " + ctx.fill(er.choice(content.PR_EN_SENT))
            paras = [first] + [ctx.fill(" ".join(er.sample(content.PR_EN_SENT, 2))) for _ in range(er.randint(1, 3))]
            hq = HQ[iss[0]]
            paras += [f"About {iss[2]}", f"{iss[2]} was founded in {hq[2]} and is headquartered in {hq[1]}, China. "
                      f"It develops, manufactures and sells automotive components for customers in more than {er.randint(12, 60)} countries.",
                      f"Media contact: {a.extra['contact']}, pr@{iss[0]}.example.com"]
            e = Art(len(en_arts), a.aid + 3, INDUSTRY_EN[a.ch.key], content.PR_EN_TITLES[a.extra["tpl"]].format(s=iss[4]),
                    [("h" if p.startswith("About ") else "p", p) for p in paras], a.when)
            e.source = iss[2]
            e.url = f"/en/news-releases/{iss[0]}-{a.extra['topic']}-{e.aid}.html"
            e.page_urls = [e.url]
            e.extra["twin"] = a
            a.extra["en"] = e
            en_arts.append(e)
    en_newest = sorted(en_arts, key=lambda x: (x.when, x.aid), reverse=True)

    # ------------------------------------------------------------------ template parts
    nav = [("/", "首页"), ("/news-releases/", "最新新闻稿")] + [(f"/industry/{k}/", c.name) for k, c in INDUSTRIES.items()] + [
        ("/services/", "发稿服务"), ("/about/", "关于我们")]

    def head(title: str, extra: str = "", lang: str = "zh-CN") -> str:
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{extra}<link rel="stylesheet" href="/assets/css/wire.min.css">
</head>
<body>
<header class="site-header"><div class="container"><a class="brand" href="/"><img src="/assets/img/hanxun-logo.svg" alt="{SITE}"></a>
<nav class="main-nav">{"".join(f'<a href="{u}">{t}</a>' for u, t in nav)}</nav>
<div class="header-tools"><a href="/en/news-releases/">English</a> <a class="btn" href="/services/">发布新闻稿</a></div></div></header>
<main class="container">
"""

    def foot() -> str:
        return f"""</main>
<footer class="site-footer"><div class="container"><p><a href="/about/">关于{WIRE}</a> | <a href="/services/">发稿服务</a> | <a href="/contact/">联系我们</a></p>
<p>免责声明：新闻稿内容由发布企业提供，{WIRE}不对其准确性承担责任。</p>
<p>&copy; 2026 {SITE}　沣ICP备20031877号-1</p></div></footer>
<script src="/assets/js/wire.min.js"></script>
</body>
</html>
"""

    def industry_links(a: Art) -> str:
        return " ".join(f'<a href="/industry/{k}/">{INDUSTRIES[k].name}</a>' for k in a.extra["industries"])

    # ------------------------------------------------------------------ release pages
    for a in arts:
        iss = a.extra["issuer"]
        pool = [x for x in newest if x is not a and x.ch is a.ch]
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        a.related = sorted(rr.sample(pool, 5), key=lambda x: (x.when, x.aid), reverse=True)
        rel = "".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span class="date">{x.when:%Y-%m-%d}</span></li>' for x in a.related)
        stamp = f"{a.when:%Y-%m-%d %H:%M}"
        en = a.extra.get("en")
        extra = (f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(a.title)}">\n'
                 f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{esc(a.title)}",'
                 f'"datePublished":"{a.when.isoformat()}","publisher":{{"@type":"Organization","name":"{WIRE}"}}}}</script>\n'
                 + (f'<link rel="alternate" hreflang="en" href="{en.url}">\n' if en else ""))
        sub = f'<h2 class="subtitle">{esc(a.extra["subtitle"])}</h2>' if "subtitle" in a.extra else ""
        html = head(f"{a.title} - {SITE}", extra) + f"""<div class="breadcrumb"><a href="/">首页</a> › <a href="/news-releases/">新闻稿</a> › <a href="/industry/{a.ch.key}/">{a.ch.name}</a></div>
<div class="row"><article class="news-release col-main">
<header class="release-header"><h1>{esc(a.title)}</h1>{sub}
<div class="release-meta"><span class="date">{stamp}</span> <span class="tz">北京时间</span> | <span class="src">来源：<a href="/newsroom/{iss[0]}/">{esc(iss[1])}</a></span>{f' | <a class="lang" href="{en.url}">English</a>' if en else ""}</div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">LinkedIn</a></div></header>
<section class="release-body">
{render(a.blocks)}
<p class="msg-source">消息来源：{esc(iss[1])}</p>
</section>
<div class="release-tags"><p>关键词：{"　".join(f'<a href="/search/?kw={k}">{k}</a>' for k in a.extra["keywords"])}</p><p>行业：{industry_links(a)}</p></div>
<div class="release-links">相关链接：<a href="https://www.{iss[0]}.example.com/" rel="nofollow" target="_blank">https://www.{iss[0]}.example.com/</a></div>
<div class="newsroom-link"><a href="/newsroom/{iss[0]}/">查看{esc(iss[3])}的更多新闻稿</a></div>
</article>
<aside class="col-side"><div class="side-box"><h3>相关新闻稿</h3><ul class="rel-list">{rel}</ul></div>
<div class="side-box cta"><h3>发布您的新闻稿</h3><p>覆盖数千家媒体和网站。</p><a href="/services/">了解发稿服务</a></div></aside></div>
""" + foot()
        site.add(a.url, html)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=stamp, views_display=None, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related])

    for e in en_arts:
        twin = e.extra["twin"]
        iss = twin.extra["issuer"]
        shown = f"{en_mdy_short(e.when.date())}, {e.when:%H:%M} GMT+8"
        html = head(f"{e.title} - {content.PR_WIRE_EN}", f'<link rel="alternate" hreflang="zh-CN" href="{twin.url}">\n', lang="en") + f"""<div class="breadcrumb"><a href="/en/news-releases/">News Releases</a> › {e.ch.name}</div>
<div class="row"><article class="news-release col-main">
<header class="release-header"><h1>{esc(e.title)}</h1>
<div class="release-meta"><span class="date">{shown}</span> | <span class="src">Source: {esc(iss[2])}</span> | <a class="lang" href="{twin.url}">中文</a></div></header>
<section class="release-body">
{render(e.blocks)}
<p class="msg-source">SOURCE {esc(iss[2])}</p>
</section></article></div>
""" + foot()
        site.add(e.url, html)
        site.article_row(e, content.paragraphs(e.blocks), published_date=iso_date(e.when), published_at=e.when.isoformat(),
                         published_display=shown, views_display=None, views_approx=False, related=[])

    # ------------------------------------------------------------------ lists: all, per industry (?page=N, ?page=1 alias), newsrooms, English
    def entry(x: Art) -> str:
        lead = content.paragraphs(x.blocks)[0][:70]
        return (f'<div class="card"><h3><a href="{x.url}">{esc(x.title)}</a></h3><span class="date">{x.when:%Y-%m-%d %H:%M}</span>'
                f'<p>{esc(lead)}……</p><span class="issuer">{esc(x.extra["issuer"][1])}</span></div>')

    def paged(items: list[Art], base: str, title: str, per: int) -> None:
        chunks = paginate(items, per)
        urls = [base] + [f"{base}?page={k}" for k in range(2, len(chunks) + 1)]
        alias1 = f"{base}?page=1"
        for k, chunk in enumerate(chunks):
            for pos, x in enumerate(chunk, 1):
                site.listing(urls[k], pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d %H:%M}", category=x.ch.name)
            pg = ""
            if len(chunks) > 1:
                pg = ('<nav class="pagination">' + (f'<a href="{alias1 if k == 1 else urls[k - 1]}">上一页</a>' if k else "")
                      + "".join(f'<span class="current">{m + 1}</span>' if m == k else f'<a href="{alias1 if m == 0 else urls[m]}">{m + 1}</a>' for m in range(len(chunks)))
                      + (f'<a href="{urls[k + 1]}">下一页</a>' if k + 1 < len(chunks) else "") + "</nav>")
            file = site.add(urls[k], head(f"{title} - {SITE}") + f'<h1 class="list-title">{title}</h1><div class="cards">{"".join(entry(x) for x in chunk)}</div>{pg}' + foot())
            if k == 0 and len(chunks) > 1:
                site.route_alias(alias1, file)
            site.list_pages.append({"url": urls[k], "aliases": [alias1] if k == 0 and len(chunks) > 1 else []})

    paged(newest, "/news-releases/", "最新新闻稿", PER_PAGE)
    for key, ch in INDUSTRIES.items():
        paged([x for x in newest if key in x.extra["industries"]], f"/industry/{key}/", f"{ch.name}行业新闻稿", PER_PAGE_IND)
    for iss in issuers:
        mine = [x for x in newest if x.extra["issuer"] is iss]
        if not mine:
            continue
        u = f"/newsroom/{iss[0]}/"
        site.add(u, head(f"{iss[1]}新闻中心 - {SITE}") + f"""<div class="newsroom-head"><h1>{esc(iss[1])}</h1><p>共 {len(mine)} 篇新闻稿</p></div>
<div class="cards">{"".join(entry(x) for x in mine)}</div>
""" + foot())
        site.list_pages.append({"url": u, "aliases": []})
        for pos, x in enumerate(mine, 1):
            site.listing(u, pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d %H:%M}", category=x.ch.name)
    en_rows = "".join(f'<div class="card"><h3><a href="{x.url}">{esc(x.title)}</a></h3><span class="date">{en_mdy_short(x.when.date())}, {x.when:%H:%M} GMT+8</span></div>' for x in en_newest)
    site.add("/en/news-releases/", head(f"News Releases - {content.PR_WIRE_EN}", lang="en") + f'<h1 class="list-title">News Releases</h1><div class="cards">{en_rows}</div>' + foot())
    site.list_pages.append({"url": "/en/news-releases/", "aliases": []})
    for pos, x in enumerate(en_newest, 1):
        site.listing("/en/news-releases/", pos, x, iso_date(x.when), f"{en_mdy_short(x.when.date())}, {x.when:%H:%M} GMT+8", category=x.ch.name)

    # ------------------------------------------------------------------ service pages, home, 404
    site.add("/about/", head(f"关于我们 - {SITE}") + f'<div class="page"><h1>关于{WIRE}</h1><p>{WIRE}是一家面向汽车及零部件行业的新闻稿发布平台，成立于2011年。</p><p>我们的发布网络覆盖三千余家媒体、网站和行业协会。</p></div>' + foot())
    site.non_articles.append({"url": "/about/", "reason": "about page"})
    site.add("/services/", head(f"发稿服务 - {SITE}") + """<div class="page"><h1>发稿服务</h1><table class="price"><tr><th>套餐</th><th>覆盖范围</th><th>价格</th></tr>
<tr><td>行业版</td><td>汽车及零部件媒体</td><td>2800元/篇</td></tr><tr><td>全国版</td><td>全国综合及行业媒体</td><td>6800元/篇</td></tr><tr><td>全球版</td><td>中英文双语，全球发布</td><td>16800元/篇</td></tr></table>
<p>如需发稿，请联系客户经理。</p></div>""" + foot())
    site.non_articles.append({"url": "/services/", "reason": "service and price page"})
    site.add("/contact/", head(f"联系我们 - {SITE}") + '<div class="page"><h1>联系我们</h1><p>电话：0731-8866 0200</p><p>邮箱：service@hanxun.example.com</p></div>' + foot())
    site.non_articles.append({"url": "/contact/", "reason": "contact page"})
    latest = "".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span class="date">{x.when:%m-%d %H:%M}</span></li>' for x in newest[:8])
    site.add("/", head(SITE) + f"""<section class="hero"><h1>{SITE}</h1><p>汽车与零部件行业新闻稿发布</p></section>
<section class="latest"><h2>最新新闻稿</h2><ul><li><a href="{DEAD}">安驰减振宣布部分批次产品自愿召回</a><span class="date">09-04 18:30</span></li>{latest}</ul>
<a href="/news-releases/">更多新闻稿</a></section>
<section class="industries"><h2>行业分类</h2>{"".join(f'<a href="/industry/{k}/">{c.name}</a>' for k, c in INDUSTRIES.items())}</section>
<section class="newsrooms"><h2>企业新闻中心</h2>{"".join(f'<a href="/newsroom/{s[0]}/">{esc(s[1])}</a>' for s in issuers)}</section>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (a release withdrawn by its issuer, still linked from the home page)"})
    site.add("/404.html", f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>页面不存在 - {SITE}</title></head><body><p>该新闻稿不存在或已被撤回。</p><a href="/">返回首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /search/\nDisallow: /account/\n"
    return site

"""The website of an auto-parts trade show (2026沣南国际汽车零部件及售后服务展览会, 沣南汽配展), UTF-8, like an
汽配展 / Automechanika-style exhibition site: 展会新闻 (the organiser's news, ``来源：组委会``), 展商新闻 (exhibitors'
releases credited ``发布方：<company>``, with the exhibitor's booth box and its other news beside them), numbered
新闻稿 (press releases with a ``第3号新闻稿`` label, a PDF download and a 媒体联络 box), ``/cn/news/<ch>/YYYYMM/<id>.html``
pages with server-rendered 浏览次数, ``list_2.html`` lists, a ``距开展还有 N 天`` countdown on every page, a 展商名录
and exhibitor profiles (company pages, not articles), 资料下载 stubs that hold a PDF link and a download count, a 媒体合作
logo wall, and an English section ``/en/news/<id>.html`` (own text, ``Release date: 12 Aug 2026``)."""

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
    en_dmy_short,
    esc,
    iso_date,
    kinds,
    paginate,
    rand_dates,
    unique_titles,
)

NAME = "expo_portal"
SITE = content.EX_SHORT
SHOW = content.EX_SHOW
CHANNELS = [Channel("expo", "展会新闻", 1), Channel("exhibitor", "展商新闻", 2), Channel("press", "新闻稿", 3)]
CH_EN = Channel("en", "Show News", 9)
COUNTS = {"expo": 14, "exhibitor": 12, "press": 5}
PER_PAGE = 8
OPEN_DAY = dt.date(2026, 9, 22)
DAYS_LEFT = (OPEN_DAY - REFERENCE_TIME.date()).days
DEAD = "/cn/news/exhibitor/202608/9902.html"
EXTRA_EXHIBITORS = ["沣城鼎盛汽车部件", "岑阳华光车镜", "瀚川力拓橡胶", "柘港中瑞汽车空调", "珂州远航轮毂", "溆原星驰雨刮"]
CN_NUM = "一二三四五六七八九十"
ON = ' class="on"'


def art_url(a: Art) -> str:
    if a.ch.key == "press":
        return f"/cn/media/press/{a.aid}.html"
    return f"/cn/news/{a.ch.key}/{a.when:%Y%m}/{a.aid}.html"


def list_url(ch: Channel, page: int = 1) -> str:
    base = "/cn/media/press/" if ch.key == "press" else f"/cn/news/{ch.key}/"
    return base if page == 1 else f"{base}list_{page}.html"


def render(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<h3>{esc(b[1])}</h3>")
        elif b[0] == "img":
            out.append(f'<p class="img"><img src="{b[1]}" alt=""></p>')
            if b[2]:
                out.append(f'<p class="img-note">{esc(b[2])}</p>')
        elif b[0] == "table":
            out.append('<table class="data">' + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")

    # exhibitors (company pages, not articles)
    exhibitors = []
    for k, short in enumerate(content.COMPANIES + EXTRA_EXHIBITORS):
        er = random.Random(f"{seed}:{NAME}:exh:{k}")
        hall = er.randint(1, 5)
        exhibitors.append({"eid": 3100 + k * 7 + er.randint(0, 5), "short": short, "name": short + "有限公司", "hall": hall,
                           "booth": f"{hall}H-{er.choice('ABCDE')}{er.randint(1, 48):02d}", "cat": er.choice(content.EX_CATS),
                           "products": er.sample(content.PRODUCTS, 3), "founded": er.randint(1992, 2016), "staff": er.randint(80, 2400),
                           "news": []})
    exhibitors.sort(key=lambda e: e["eid"])

    arts: list[Art] = []
    for ch in CHANNELS:
        n = COUNTS[ch.key]
        first = dt.datetime(2026, 3, 10, tzinfo=TZ8) if ch.key == "press" else dt.datetime(2026, 4, 8, tzinfo=TZ8)
        whens = rand_dates(rnd, n, first, dt.datetime(2026, 9, 4, 17, 0, tzinfo=TZ8), hours=(9, 18))
        ks = kinds(rnd, n)

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            ex = None
            if ch.key == "exhibitor":
                ex = exhibitors[(i * 5 + attempt) % 8]
                ctx.fixed["co"] = ex["short"]
            ctx.fixed["media"] = ar.choice(content.MEDIA)
            ctx.fixed["show"] = SITE
            tpls = content.EX_TITLES[ch.key]
            tpl = tpls[i % len(tpls)] if ch.key == "press" else tpls[(i + attempt) % len(tpls)]
            return ctx.fill(tpl), (ctx, ar, ex)

        for i, (title, (ctx, ar, ex)) in enumerate(unique_titles(make, n)):
            if ch.key == "exhibitor":  # the exhibitor's own lines and a few about the show
                mids = [m for m in content.EX_MID if "{co}" in m or "该公司" in m or "参展企业" in m] + content.EX_MID[:3]
            else:
                mids = [m for m in content.EX_MID if "{co}" not in m and "该公司" not in m]
            blocks = content.gen_blocks(ctx, ks[i], content.EX_OPEN, mids, content.EX_CLOSE, content.EX_HEADS,
                                        f"/uploads/image/{whens[i]:%Y%m}/", content.EX_CAPTIONS)
            a = Art(i, 0, ch, title, blocks, whens[i])
            if ch.key == "expo":
                r = ar.random()
                a.extra["src_shown"] = content.EX_COMMITTEE if r < 0.6 else "本站" if r < 0.75 else ar.choice(content.MEDIA)
                if a.extra["src_shown"] in content.MEDIA:
                    a.source = a.extra["src_shown"]
                if ar.random() < 0.4:
                    a.author = content.person(ar)
            elif ch.key == "exhibitor":
                a.source = ex["name"]
                a.extra["ex"] = ex
                ex["news"].append(a)
            else:
                a.extra["no"] = i + 1
                a.extra["contact"] = content.person(ar)
            a.views = ar.randint(120, 6800)
            arts.append(a)
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 1604 + j * 9 + (j * 5) % 7
        a.url = art_url(a)
        a.page_urls = [a.url]
    newest = sorted(arts, key=lambda x: (x.when, x.aid), reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}
    press_sorted = sorted(by_ch["press"], key=lambda x: x.when)
    for k, a in enumerate(press_sorted):
        a.extra["no"] = k + 1

    # English news: own articles (own title, date and text); four of them have a Chinese counterpart
    en_arts: list[Art] = []
    expo_old = sorted(by_ch["expo"], key=lambda x: x.when)
    for k, t in enumerate(content.EX_EN_TITLES):
        er = random.Random(f"{seed}:{NAME}:en:{k}")
        twin = expo_old[k * 2 + 1] if k < 4 else None
        when = (twin.when if twin else dt.datetime(2026, 8, 20, tzinfo=TZ8) + dt.timedelta(days=(k - 3) * 5)).replace(hour=0, minute=0)
        ctx = content.Ctx(er, when)
        paras = [ctx.fill(" ".join(er.sample(content.EX_EN_SENT, 2))) for _ in range(er.randint(2, 5))]
        a = Art(k, 870 + k * 13, CH_EN, t, [("p", p) for p in paras], when)
        a.url = f"/en/news/{a.aid}.html"
        a.page_urls = [a.url]
        a.extra["twin"] = twin
        if twin:
            twin.extra["en"] = a
        en_arts.append(a)
    en_newest = sorted(en_arts, key=lambda x: (x.when, x.aid), reverse=True)

    # ------------------------------------------------------------------ template parts
    nav = [("/", "首页"), ("/cn/about/overview.html", "展会概况"), ("/cn/exhibitors/", "展商名录"), (list_url(CHANNELS[0]), "新闻中心"),
           (list_url(CHANNELS[2]), "媒体中心"), ("/cn/visit/guide.html", "参观指南")]
    countdown = f'<span class="countdown">距开展还有 <b id="cdDays">{DAYS_LEFT}</b> 天</span>'

    def head(title: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
<meta name="keywords" content="汽配展,汽车零部件展,沣南汽配展,{SHOW}">
{extra}<link rel="stylesheet" href="/static/css/swiper.min.css">
<link rel="stylesheet" href="/static/css/style.css?v=2026.3">
</head>
<body>
<div class="topbar"><div class="w1200">{countdown}<span class="show-date">2026年9月22日—24日 · {content.EX_VENUE}</span>
<span class="lang"><a href="/">中文</a> | <a href="/en/">English</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/static/images/logo.png" alt="{SHOW}"></a>
<ul class="nav">{"".join(f'<li><a href="{u}">{t}</a></li>' for u, t in nav)}</ul>
<a class="btn-reg" href="/cn/visit/guide.html#register">观众预登记</a></div></div>
"""

    def foot() -> str:
        return f"""<div class="footer"><div class="w1200">
<p>主办单位：沣南省汽车行业协会　承办单位：{content.EX_ORGANIZER}　支持单位：沣城市商务局</p>
<p>组委会地址：沣城市会展大道1号　电话：0731-8829 6600　邮箱：info@fnape.example.com</p>
<p>&copy; 2026 {content.EX_ORGANIZER} 版权所有　沣ICP备17003921号-2</p></div></div>
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/countdown.js" data-open="2026-09-22T09:00:00+08:00"></script>
</body>
</html>
"""

    subnav = [(list_url(CHANNELS[0]), "展会新闻"), (list_url(CHANNELS[1]), "展商新闻"), (list_url(CHANNELS[2]), "新闻稿"),
              ("/cn/media/download/", "资料下载"), ("/cn/media/partners.html", "媒体合作")]

    def side(active: str, extra: str = "") -> str:
        return ('<div class="side"><div class="side-tit">新闻中心<span>NEWS</span></div><ul class="sub-nav">' + "".join(
            f'<li{ON if t == active else ""}><a href="{u}">{t}</a></li>' for u, t in subnav) + "</ul>" + extra +
            f'<div class="countdown-box"><p>距开展还有</p><p class="num"><em>{DAYS_LEFT}</em>天</p><p>2026.09.22—09.24</p></div></div>')

    def page(title: str, active: str, crumb: str, main: str, extra_head: str = "", side_extra: str = "") -> str:
        return head(title, extra_head) + f"""<div class="inner-banner"><div class="w1200"><h2>新闻中心</h2><p>NEWS CENTER</p></div></div>
<div class="w1200 main">{side(active, side_extra)}
<div class="content"><div class="crumbs">您的位置：<a href="/">首页</a> &gt; {crumb}</div>
{main}
</div></div>
""" + foot()

    # ------------------------------------------------------------------ article pages
    for a in arts:
        same = by_ch[a.ch.key]
        idx = same.index(a)
        prv = same[idx + 1] if idx + 1 < len(same) else None
        nxt = same[idx - 1] if idx else None
        pn = ('<div class="prev-next"><p>上一篇：' + (f'<a href="{prv.url}">{esc(prv.title)}</a>' if prv else "没有了") + "</p><p>下一篇："
              + (f'<a href="{nxt.url}">{esc(nxt.title)}</a>' if nxt else "没有了") + "</p></div>")
        if a.ch.key != "press":
            rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
            a.related = sorted(rr.sample([x for x in same if x is not a], 4), key=lambda x: (x.when, x.aid), reverse=True)
        rel = ('<div class="related"><h3>相关新闻</h3><ul>' + "".join(
            f'<li><a href="{x.url}" title="{esc(x.title)}">{esc(x.title)}</a><span>{x.when:%Y-%m-%d}</span></li>' for x in a.related) + "</ul></div>") if a.related else ""
        stamp = f"{a.when:%Y-%m-%d %H:%M}"
        meta = [f"<span>发布时间：{stamp}</span>"]
        label = ""
        below = ""
        side_extra = ""
        if a.ch.key == "expo":
            meta.append(f"<span>来源：{esc(a.extra['src_shown'])}</span>")
            if a.author:
                meta.append(f"<span>作者：{esc(a.author)}</span>")
        elif a.ch.key == "exhibitor":
            ex = a.extra["ex"]
            meta.append(f'<span>发布方：<a href="/cn/exhibitors/{ex["eid"]}.html">{esc(ex["name"])}</a></span><span>展位号：{ex["booth"]}</span>')
            below = '<div class="news-note">* 本文由参展商提供，内容仅代表参展商观点，组委会不对其真实性负责。</div>'
            others = [x for x in ex["news"] if x is not a]
            side_extra = (f'<div class="exh-box"><h4>展商信息</h4><p class="name"><a href="/cn/exhibitors/{ex["eid"]}.html">{esc(ex["name"])}</a></p>'
                          f'<p>展位号：{ex["booth"]}</p><p>展品类别：{ex["cat"]}</p>'
                          + (f'<h4>该展商其他新闻</h4><ul>{"".join(f"<li><a href={chr(34)}{x.url}{chr(34)}>{esc(x.title)}</a></li>" for x in others)}</ul>' if others else "")
                          + "</div>")
        else:
            label = f'<div class="press-no">第{CN_NUM[a.extra["no"] - 1]}号新闻稿</div>'
            meta.append(f"<span>发布方：{SHOW}组委会</span>")
            pdf = f"/uploads/press/{a.when:%Y%m%d}_press_{a.extra['no']:02d}.pdf"
            site.raw_file(pdf, b"%PDF-1.4\n% press release placeholder\n" + a.title.encode("utf-8") + b"\n%%EOF\n")
            below = (f'<div class="press-download"><a href="{pdf}" target="_blank">下载新闻稿（PDF）</a></div>'
                     f'<div class="press-contact"><h4>媒体联络</h4><p>{esc(a.extra["contact"])}　电话：0731-8829 6618　邮箱：press@fnape.example.com</p></div>')
            side_extra = '<div class="press-box"><h4>往期新闻稿</h4><ul>' + "".join(
                f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in press_sorted if x is not a) + "</ul></div>"
        meta.append(f'<span>浏览次数：<em class="hits">{a.views}</em></span>')
        en = a.extra.get("en")
        extra_head = f'<link rel="alternate" hreflang="en" href="{en.url}">\n' if en else ""
        en_link = f'<div class="lang-switch"><a href="{en.url}">English Version</a></div>' if en else ""
        main = f"""<div class="news-detail">
{label}<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-meta">{"".join(meta)}</div>{en_link}
<div class="news-body" id="newsBody">
{render(a.blocks)}
</div>
{below}
<div class="news-share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="li">LinkedIn</a></div>
{pn}
{rel}
</div>"""
        crumb = f'<a href="{list_url(CHANNELS[0])}">新闻中心</a> &gt; <a href="{list_url(a.ch)}">{a.ch.name}</a> &gt; 正文'
        site.add(a.url, page(f"{a.title}-{SITE}", a.ch.name, crumb, main, extra_head, side_extra))
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=stamp, views_display=f"浏览次数：{a.views}", views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related])

    # ------------------------------------------------------------------ lists (list_1.html alias)
    for ch in CHANNELS:
        chunks = paginate(by_ch[ch.key], PER_PAGE)
        urls = [list_url(ch, k) for k in range(1, len(chunks) + 1)]
        alias1 = list_url(ch).rstrip("/") + "/list_1.html"
        for k, chunk in enumerate(chunks):
            lis = []
            for pos, x in enumerate(chunk, 1):
                summary = content.paragraphs(x.blocks)[0][:60]
                lis.append(f'<li><div class="txt"><h3><a href="{x.url}">{esc(x.title)}</a></h3><p>{esc(summary)}…</p></div>'
                           f'<span class="date">{x.when:%Y-%m-%d}</span></li>')
                site.listing(urls[k], pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", category=ch.name)
            pg = ""
            if len(chunks) > 1:
                pg = ('<div class="pages">' + f'<a href="{alias1}">首页</a>' + (f'<a href="{alias1 if k == 1 else urls[k - 1]}">上一页</a>' if k else "")
                      + "".join(f'<span class="cur">{m + 1}</span>' if m == k else f'<a href="{alias1 if m == 0 else urls[m]}">{m + 1}</a>' for m in range(len(chunks)))
                      + (f'<a href="{urls[k + 1]}">下一页</a>' if k + 1 < len(chunks) else "") + f'<a href="{urls[-1]}">尾页</a></div>')
            html = page(f"{ch.name}-{SITE}", ch.name, f'<a href="{list_url(CHANNELS[0])}">新闻中心</a> &gt; {ch.name}',
                        f'<ul class="news-list">{"".join(lis)}</ul>{pg}')
            site.add(urls[k], html)
            if k == 0 and len(chunks) > 1:
                site.add(alias1, html)
            site.list_pages.append({"url": urls[k], "aliases": [alias1] if k == 0 and len(chunks) > 1 else []})

    # ------------------------------------------------------------------ English section (own articles)
    def en_page(title: str, main: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
{extra}<link rel="stylesheet" href="/static/css/style.css?v=2026.3">
</head>
<body>
<div class="topbar"><div class="w1200"><span class="countdown"><b>{DAYS_LEFT}</b> days to go</span><span class="show-date">22&ndash;24 September 2026 · Fengcheng International Convention Center</span>
<span class="lang"><a href="/">中文</a> | <a href="/en/">English</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/en/"><img src="/static/images/logo_en.png" alt="Fengnan Auto Parts Expo 2026"></a>
<ul class="nav"><li><a href="/en/">Home</a></li><li><a href="/en/news/">News</a></li></ul></div></div>
<div class="w1200 main">{main}</div>
<div class="footer"><div class="w1200"><p>Organiser: Fengnan Exhibition Group Co., Ltd. &copy; 2026</p></div></div>
</body>
</html>
"""

    for a in en_arts:
        twin = a.extra["twin"]
        extra = f'<link rel="alternate" hreflang="zh-CN" href="{twin.url}">\n' if twin else ""
        main = f"""<div class="crumbs">You are here: <a href="/en/">Home</a> &gt; <a href="/en/news/">News</a> &gt; Show News</div>
<div class="news-detail"><h1 class="news-title">{esc(a.title)}</h1>
<div class="news-meta"><span>Release date: {en_dmy_short(a.when.date())}</span></div>{f'<div class="lang-switch"><a href="{twin.url}">中文版</a></div>' if twin else ""}
<div class="news-body">{"".join(f"<p>{esc(b[1])}</p>" for b in a.blocks)}</div></div>"""
        site.add(a.url, en_page(f"{a.title} - Fengnan Auto Parts Expo", main, extra))
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=None,
                         published_display=en_dmy_short(a.when.date()), views_display=None, views_approx=False, related=[])
    rows = "".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span class="date">{en_dmy_short(x.when.date())}</span></li>' for x in en_newest)
    site.add("/en/news/", en_page("News - Fengnan Auto Parts Expo", f'<h2>Show News</h2><ul class="news-list">{rows}</ul>'))
    site.list_pages.append({"url": "/en/news/", "aliases": []})
    for pos, x in enumerate(en_newest, 1):
        site.listing("/en/news/", pos, x, iso_date(x.when), en_dmy_short(x.when.date()), category=CH_EN.name)
    site.add("/en/", en_page("Fengnan Auto Parts Expo 2026", f'<div class="en-home"><h2>Fengnan Auto Parts Expo 2026</h2><p>22&ndash;24 September 2026, Fengcheng International Convention Center.</p>'
                             f'<h3>Latest News</h3><ul>{"".join(f"<li><a href={chr(34)}{x.url}{chr(34)}>{esc(x.title)}</a></li>" for x in en_newest[:4])}</ul></div>'))
    site.non_articles.append({"url": "/en/", "reason": "English home page"})

    # ------------------------------------------------------------------ exhibitors (profiles and directory: not articles)
    for ex in exhibitors:
        er = random.Random(f"{seed}:{NAME}:exhp:{ex['eid']}")
        ctx = content.Ctx(er, dt.datetime(2026, 8, 1, tzinfo=TZ8))
        intro = [f"{ex['name']}成立于{ex['founded']}年，位于{er.choice(content.CITIES)}，现有员工{ex['staff']}人，主要生产{'、'.join(ex['products'])}等产品。",
                 ctx.fill("公司产品配套{maker}等整车企业，并出口至{n}个国家和地区。公司通过了IATF 16949质量管理体系认证。")]
        news = "".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span>{x.when:%Y-%m-%d}</span></li>' for x in sorted(ex["news"], key=lambda x: x.when, reverse=True))
        main = f"""<div class="exh-detail"><h1>{esc(ex["name"])}</h1>
<table class="exh-info"><tr><th>展位号</th><td>{ex["booth"]}</td><th>展馆</th><td>{ex["hall"]}号馆</td></tr>
<tr><th>展品类别</th><td>{ex["cat"]}</td><th>国家/地区</th><td>中国</td></tr></table>
<div class="exh-intro"><h3>公司简介</h3>{"".join(f"<p>{esc(p)}</p>" for p in intro)}</div>
<div class="exh-products"><h3>主要展品</h3><ul>{"".join(f"<li>{p}</li>" for p in ex["products"])}</ul></div>
{f'<div class="exh-news"><h3>展商新闻</h3><ul>{news}</ul></div>' if news else ""}</div>"""
        site.add(f"/cn/exhibitors/{ex['eid']}.html", head(f"{ex['name']}-展商名录-{SITE}") + f'<div class="w1200 main"><div class="crumbs">您的位置：<a href="/">首页</a> &gt; <a href="/cn/exhibitors/">展商名录</a> &gt; {esc(ex["name"])}</div>{main}</div>' + foot())
        site.non_articles.append({"url": f"/cn/exhibitors/{ex['eid']}.html", "reason": "exhibitor profile (company page with booth, categories and introduction)"})
    ex_chunks = paginate(exhibitors, 10)
    ex_urls = ["/cn/exhibitors/"] + [f"/cn/exhibitors/list_{k}.html" for k in range(2, len(ex_chunks) + 1)]
    for k, chunk in enumerate(ex_chunks):
        rows = "".join(f'<tr><td><a href="/cn/exhibitors/{e["eid"]}.html">{esc(e["name"])}</a></td><td>{e["booth"]}</td><td>{e["cat"]}</td></tr>' for e in chunk)
        pg = "".join(f'<span class="cur">{m + 1}</span>' if m == k else f'<a href="{ex_urls[m]}">{m + 1}</a>' for m in range(len(ex_chunks)))
        site.add(ex_urls[k], head(f"展商名录-{SITE}") + f"""<div class="w1200 main"><div class="crumbs">您的位置：<a href="/">首页</a> &gt; 展商名录</div>
<div class="exh-search"><form action="/search/" method="get"><input name="kw" placeholder="输入展商名称或展品"><button>搜索</button></form><p>已确认参展企业 {len(exhibitors)} 家（部分展示）</p></div>
<table class="exh-list"><tr><th>展商名称</th><th>展位号</th><th>展品类别</th></tr>{rows}</table><div class="pages">{pg}</div></div>
""" + foot())
        site.non_articles.append({"url": ex_urls[k], "reason": "展商名录 (exhibitor directory; its entries are companies)"})

    # ------------------------------------------------------------------ downloads, partners, about, guide
    downloads = [("2026参展商手册", "pdf", 4.6), ("2025展后报告", "stub", 3.2), ("展馆平面图", "pdf", 1.8), ("观众邀请函", "stub", 0.9)]
    drows = ""
    for k, (t, kind, mb) in enumerate(downloads):
        pdf = f"/uploads/files/2026{k + 3:02d}15_{k + 1:02d}.pdf"
        site.raw_file(pdf, b"%PDF-1.4\n% download placeholder\n%%EOF\n")
        day = dt.date(2026, k + 3, 15)
        if kind == "stub":
            u = f"/cn/media/download/{52 + k}.html"
            cnt = random.Random(f"{seed}:{NAME}:dl:{k}").randint(90, 2400)
            site.add(u, page(f"{t}-{SITE}", "资料下载", '<a href="/cn/media/download/">资料下载</a> &gt; ' + t,
                             f'<div class="news-detail"><h1 class="news-title">{t}</h1><div class="news-meta"><span>发布时间：{day:%Y-%m-%d}</span><span>文件大小：{mb}MB</span>'
                             f'<span>下载次数：{cnt}</span></div><div class="news-body"><p>请点击下载：<a href="{pdf}">{t}.pdf</a></p></div></div>'))
            site.non_articles.append({"url": u, "reason": "download stub (a title, a date, a download count and a PDF link)"})
            drows += f'<li><a href="{u}">{t}</a><span>{day:%Y-%m-%d}</span></li>'
        else:
            drows += f'<li><a href="{pdf}" target="_blank">{t}（PDF，{mb}MB）</a><span>{day:%Y-%m-%d}</span></li>'
    site.add("/cn/media/download/", page(f"资料下载-{SITE}", "资料下载", "资料下载", f'<ul class="down-list">{drows}</ul>'))
    site.non_articles.append({"url": "/cn/media/download/", "reason": "download list (PDFs and download stubs)"})
    logos = "".join(f'<li><a href="https://www.{["fnsb", "qpjjgc", "ljcgzk", "cjsb", "fntv", "hscr", "znqc"][k]}.example.com/" target="_blank" rel="nofollow">'
                    f'<img src="/uploads/logo/media_{k + 1:02d}.png" alt="{m}"></a></li>' for k, m in enumerate(content.MEDIA))
    site.add("/cn/media/partners.html", page(f"媒体合作-{SITE}", "媒体合作", "媒体合作",
                                             f'<div class="partners"><h2>合作媒体</h2><ul class="logo-wall">{logos}</ul><p>媒体合作联系：press@fnape.example.com</p></div>'))
    site.non_articles.append({"url": "/cn/media/partners.html", "reason": "媒体合作 logo wall"})
    site.add("/cn/about/overview.html", head(f"展会概况-{SITE}") + f"""<div class="w1200 main"><div class="crumbs">您的位置：<a href="/">首页</a> &gt; 展会概况</div>
<div class="about"><h1>展会概况</h1><p>{SHOW}由沣南省汽车行业协会主办、{content.EX_ORGANIZER}承办，每年一届，今年是第十一届。</p>
<p>本届展会将于2026年9月22日至24日在{content.EX_VENUE}举行，展出面积6万平方米，设五个展馆。</p>
<table class="info"><tr><th>展会时间</th><td>2026年9月22日—24日</td></tr><tr><th>展会地点</th><td>{content.EX_VENUE}</td></tr><tr><th>展出面积</th><td>60000平方米</td></tr></table></div></div>
""" + foot())
    site.non_articles.append({"url": "/cn/about/overview.html", "reason": "展会概况 (show profile, no date)"})
    site.add("/cn/visit/guide.html", head(f"参观指南-{SITE}") + """<div class="w1200 main"><div class="crumbs">您的位置：<a href="/">首页</a> &gt; 参观指南</div>
<div class="about"><h1>参观指南</h1><table class="info"><tr><th>9月22日</th><td>9:00-17:00</td></tr><tr><th>9月23日</th><td>9:00-17:00</td></tr><tr><th>9月24日</th><td>9:00-14:00</td></tr></table>
<p id="register">观众预登记请使用官方小程序，凭电子胸卡入场。</p></div></div>
""" + foot())
    site.non_articles.append({"url": "/cn/visit/guide.html", "reason": "visitor guide (opening hours)"})

    # ------------------------------------------------------------------ home, 404
    def box(ch: Channel, extra_first: str = "") -> str:
        return (f'<div class="home-news"><div class="hd"><h3>{ch.name}</h3><a href="{list_url(ch)}">更多</a></div><ul>{extra_first}' + "".join(
            f'<li><a href="{x.url}">{esc(x.title)}</a><span>{x.when:%m-%d}</span></li>' for x in by_ch[ch.key][:5]) + "</ul></div>")

    site.add("/", head(f"{SHOW}-{SITE}") + f"""<div class="banner"><div class="w1200"><h2>{SHOW}</h2><p>2026年9月22日—24日 · {content.EX_VENUE}</p>
<div class="big-countdown">距开展还有 <em>{DAYS_LEFT}</em> 天</div></div></div>
<div class="w1200 main home">{box(CHANNELS[0])}{box(CHANNELS[1], f'<li><a href="{DEAD}">溆原星驰雨刮携新品亮相沣南汽配展</a><span>08-28</span></li>')}{box(CHANNELS[2])}
<div class="home-data"><ul><li><em>60000</em>平方米展出面积</li><li><em>800</em>余家参展企业</li><li><em>50000</em>人次专业观众</li></ul></div>
<div class="home-partners"><div class="hd"><h3>媒体合作</h3><a href="/cn/media/partners.html">更多</a></div><ul class="logo-wall">{logos}</ul></div></div>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (an exhibitor release withdrawn, still linked from the home page)"})
    site.add("/404.html", f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>页面不存在-{SITE}</title></head><body><p>抱歉，您访问的页面不存在。</p><a href="/">返回首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /search/\nDisallow: /member/\nDisallow: /api/\n"
    return site

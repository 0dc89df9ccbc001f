"""A 36氪 / 虎嗅-like tech-business medium (极帧) on a Next.js-style template, UTF-8: extension-less /p/<id> articles
and /newsflashes/<id> 快讯, the site name as a header <h1> above the headline <h1>, relative times on the page (``3小时前``,
``昨天 18:20``) with the exact time only in ``__NEXT_DATA__`` (epoch milliseconds), 文｜/编辑｜ lines and 本文来自 repost
lines inside the text, summaries, tags, 收藏/点赞/评论 counters, author and tag pages that list articles, event pages."""

from __future__ import annotations

import datetime as dt
import json
import random

from . import content
from .core import TZ8, Art, Channel, Site, epoch_ms, esc, iso_date, kinds, paginate, rand_dates, rel_time, unique_titles

NAME = "next_techmedia"
SITE = "极帧"
CHANNELS = [Channel(k, nm) for k, nm in content.TM_CHANNELS]
CH_FLASH = Channel("newsflashes", "快讯")
COUNTS = {"auto": 12, "travel": 8, "energy": 10}
N_FLASH = 12
PER_PAGE = 10
CH_PER_PAGE = 8
FLASH_PER_PAGE = 8
DEAD = "/p/2849999999"
BUILD_ID = "kJ3v_Yx8QmR2sWq1nT0pZ"
TAG_SLUGS = ["qiche-gongyinglian", "xinnengyuan", "rongzi", "chuhai", "zhineng-jiashi", "houshichang", "dongli-dianchi"]
REPOST_ACCOUNTS = [(90731, "零部件周报"), (90788, "汽车制造参考")]


def render(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<h3>{esc(b[1])}</h3>")
        elif b[0] == "img":
            out.append(f'<p class="image-wrapper"><img data-img-size-val="1080,720" src="{b[1]}?x-oss-process=image/format,jpg"/></p>')
            if b[2]:
                out.append(f'<p class="img-desc">{esc(b[2])}</p>')
        elif b[0] == "table":
            out.append("<table><tbody>" + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</tbody></table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "".join(out)


def next_data(page: str, query: dict, props: dict) -> str:
    data = {"props": {"pageProps": props, "__N_SSP": True}, "page": page, "query": query, "buildId": BUILD_ID,
            "isFallback": False, "gssp": True, "scriptLoader": []}
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).replace("</", "<\\/")
    return f'<script id="__NEXT_DATA__" type="application/json">{text}</script>'


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    authors = [(80211 + k * 13, nm) for k, nm in enumerate(content.TM_AUTHORS)]
    arts: list[Art] = []
    for ch in CHANNELS:
        n = COUNTS[ch.key]
        whens = rand_dates(rnd, n, dt.datetime(2026, 4, 1, tzinfo=TZ8), dt.datetime(2026, 9, 23, 16, 0, tzinfo=TZ8),
                           seconds=True, hours=(7, 22))
        ks = kinds(rnd, n)

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            tpls = content.TM_TITLES[ch.key]
            return ctx.fill(tpls[(i + attempt) % len(tpls)]), (ctx, ar)

        for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
            blocks = content.gen_blocks(ctx, ks[i], content.TM_OPEN, content.TM_MID, content.TM_CLOSE, content.TM_HEADS,
                                        "https://img.jizhen.example.com/20260923/v2_", content.TM_CAPTIONS)
            a = Art(i, 0, ch, title, blocks, whens[i])
            if ar.random() < 0.2:
                acc = ar.choice(REPOST_ACCOUNTS)
                a.extra["account"] = acc
                a.source = acc[1]
                a.author = content.person(ar)
                a.extra["byline_user"] = acc
            else:
                au = ar.choice(authors)
                a.author = au[1]
                a.extra["byline_user"] = au
                a.editor = ar.choice([x[1] for x in authors if x is not au])
            a.extra["summary"] = ctx.fill(ar.choice(["{co}的扩张，折射出{pr}赛道的集体焦虑。", "规模与利润，二级供应商只能选一个？",
                                                     "出海不是搬工厂，而是重建供应体系。", "资本收紧之后，{pr}企业开始算细账。"]))
            a.extra["tags"] = sorted(ar.sample(range(len(TAG_SLUGS)), 2))
            a.extra["stats"] = (ar.randint(0, 300), ar.randint(2, 900))
            a.comments = ar.choice([0, ar.randint(1, 9), ar.randint(10, 160)])
            arts.append(a)
    flashes: list[Art] = []
    fwhens = rand_dates(rnd, N_FLASH, dt.datetime(2026, 9, 19, tzinfo=TZ8), dt.datetime(2026, 9, 23, 16, 10, tzinfo=TZ8), seconds=True, hours=(7, 22))

    def fmake(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:flash:{i}:{attempt}")
        ctx = content.Ctx(ar, fwhens[i])
        t, body = content.TM_FLASH[(i + attempt) % len(content.TM_FLASH)]
        return ctx.fill(t), (ctx.fill(body), ar)

    for i, (title, (body, ar)) in enumerate(unique_titles(fmake, N_FLASH)):
        f = Art(i, 0, CH_FLASH, title, [("p", body)], fwhens[i])
        f.extra["link"] = f"https://ir.example-listed.com/notice/{ar.randint(100000, 999999)}.html" if ar.random() < 0.5 else None
        flashes.append(f)
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 2840137712 + j * 48211 + (j * 97) % 1013
        a.url = f"/p/{a.aid}"
    for j, f in enumerate(sorted(flashes, key=lambda x: x.when)):
        f.aid = 3301845009 + j * 2177
        f.url = f"/newsflashes/{f.aid}"
    newest = sorted(arts, key=lambda x: x.when, reverse=True)
    fnew = sorted(flashes, key=lambda x: x.when, reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}
    users = authors + REPOST_ACCOUNTS
    by_user = {u[0]: [a for a in newest if a.extra["byline_user"] is u] for u in users}
    by_tag = {k: [a for a in newest if k in a.extra["tags"]] for k in range(len(TAG_SLUGS))}
    activities = [(f"/activity/{5521 + k * 9}", t) for k, t in enumerate(["极帧 WISE 汽车供应链大会 · 报名开启", "极帧企业服务沙龙：零部件出海实战"])]

    # ------------------------------------------------------------------ template parts
    def head(title: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>{esc(title)}</title>{extra}<link rel="preload" href="/_next/static/css/8f2a61c0d5.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/8f2a61c0d5.css" data-n-g=""/></head>
<body><div id="__next"><div class="kr-layout"><header class="kr-header"><div class="kr-header-content"><h1 class="kr-header-logo"><a href="/">{SITE}</a></h1>
<nav class="kr-header-nav"><a href="/">首页</a><a href="/information/web_news/">最新</a>{"".join(f'<a href="/information/{c.key}/">{c.name}</a>' for c in CHANNELS)}<a href="/newsflashes/">快讯</a></nav>
<a class="kr-header-login" href="/login">登录</a></div></header>
"""

    def foot(nd: str) -> str:
        return f"""<footer class="kr-footer"><p>&copy; 2014-2026 {SITE} 版权所有　沄ICP备14029183号-2　<a href="/about">关于我们</a></p></footer></div></div>
{nd}
<script src="/_next/static/chunks/main-3c0a1f.js" defer=""></script><script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script>
</body></html>
"""

    def flow_item(x: Art) -> str:
        shown, _ = rel_time(x.when)
        u = x.extra["byline_user"]
        return (f'<div class="information-flow-item"><div class="kr-flow-article-item"><a class="article-item-title weight-bold" href="{x.url}" target="_blank">{esc(x.title)}</a>'
                f'<a class="article-item-description ellipsis-2" href="{x.url}" target="_blank">{esc(x.extra["summary"])}</a>'
                f'<div class="kr-flow-bar"><a class="kr-flow-bar-author" href="/user/{u[0]}">{esc(u[1])}</a><span class="kr-flow-bar-time">{shown}</span></div></div></div>')

    # ------------------------------------------------------------------ article pages
    for a in arts:
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        a.related = sorted(rr.sample([x for x in by_ch[a.ch.key] if x is not a], 4), key=lambda x: x.when, reverse=True)
        rel = "".join(f'<div class="kr-related-item"><a href="{x.url}">{esc(x.title)}</a><span class="time">{rel_time(x.when)[0]}</span></div>' for x in a.related)
        shown, _ = rel_time(a.when)
        u = a.extra["byline_user"]
        if "account" in a.extra:
            lead = (f'<p>本文来自微信公众号“{esc(a.source)}”（ID：{"lbjzb" if u[0] == 90731 else "qczzck"}），作者：{esc(a.author)}，'
                    f'{SITE}经授权发布。</p>')
            tail = ""
        else:
            lead = f"<p>文｜{esc(a.author)}</p><p>编辑｜{esc(a.editor)}</p>"
            tail = f'<div class="article-footer-txt"><p>本文由「{SITE}」原创出品，未经许可，禁止转载。</p></div>'
        tags = "".join(f'<a class="kr-tag-item" href="/tags/{TAG_SLUGS[t]}">{content.TM_TAGS[t]}</a>' for t in a.extra["tags"])
        coll, praise = a.extra["stats"]
        html_body = lead + render(a.blocks)
        props = {"data": {"articleDetail": {"articleDetailData": {"code": 0, "data": {
            "itemId": a.aid, "widgetTitle": a.title, "summary": a.extra["summary"], "publishTime": epoch_ms(a.when),
            "author": u[1], "authorId": u[0], "authorRoute": f"detail_author?userId={u[0]}", "channel": a.ch.name,
            "widgetContent": html_body, "statCollect": coll, "statPraise": praise, "statComment": a.comments,
            "tagList": [{"name": content.TM_TAGS[t], "route": f"tags/{TAG_SLUGS[t]}"} for t in a.extra["tags"]]}}}}}
        meta = (f'<meta name="description" content="{esc(a.extra["summary"])}"/><meta property="og:title" content="{esc(a.title)}"/>'
                f'<meta property="og:type" content="article"/>')
        html = head(f"{a.title}-{SITE}", meta) + f"""<div class="kr-layout-main clearfloat"><div class="main-right"><div class="kr-article">
<div class="kr-crumbs"><a href="/">首页</a><span>/</span><a href="/information/{a.ch.key}/">{a.ch.name}</a><span>/</span><span>正文</span></div>
<div class="article-detail-wrapper-box"><div class="article-title-wrap"><h1 class="article-title margin-bottom-20 common-width">{esc(a.title)}</h1>
<div class="article-title-icon common-width margin-bottom-40"><a class="title-icon-item item-a" href="/user/{u[0]}" target="_blank">{esc(u[1])}</a><span class="title-icon-item item-time">·{shown}</span></div></div>
<div class="summary">{esc(a.extra["summary"])}</div>
<div class="common-width content articleDetailContent kr-rich-text-wrapper">{html_body}</div>
{tail}
<div class="kr-tag-list">{tags}</div>
<div class="article-actions"><span class="favorite">收藏 <em>{coll}</em></span><span class="praise">点赞 <em>{praise}</em></span><a class="comment" href="#comment">评论 <em>{a.comments}</em></a></div></div>
<div class="kr-related"><h3>相关推荐</h3>{rel}</div>
</div></div>
<div class="main-left"><div class="kr-author-card"><a href="/user/{u[0]}">{esc(u[1])}</a><p>{len(by_user[u[0]])} 篇文章</p></div>
<div class="kr-hot-newsflash"><h3>最新快讯</h3>{"".join(f'<a href="{f.url}">{esc(f.title)}</a>' for f in fnew[:5])}</div></div></div>
""" + foot(next_data("/p/[id]", {"id": str(a.aid)}, props))
        site.add(a.url, html)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=shown, views_display=None, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": rel_time(x.when)[1], "views": None} for x in a.related])

    # ------------------------------------------------------------------ newsflash pages
    for f in flashes:
        shown, _ = rel_time(f.when)
        props = {"data": {"newsflashDetail": {"itemId": f.aid, "widgetTitle": f.title, "widgetContent": f.blocks[0][1],
                                              "publishTime": epoch_ms(f.when), "newsUrl": f.extra["link"] or ""}}}
        link = f'<a class="item-related-link" href="{f.extra["link"]}" rel="nofollow" target="_blank">原文链接</a>' if f.extra["link"] else ""
        html = head(f"{f.title}-{SITE}") + f"""<div class="kr-layout-main clearfloat"><div class="newsflash-detail">
<div class="kr-crumbs"><a href="/">首页</a><span>/</span><a href="/newsflashes/">快讯</a></div>
<h1 class="item-title">{esc(f.title)}</h1><div class="item-time">{shown}</div>
<div class="item-desc"><p>{esc(f.blocks[0][1])}</p></div>{link}
<div class="share">分享至 微信 微博</div></div>
<div class="kr-hot-newsflash"><h3>最新快讯</h3>{"".join(f'<a href="{x.url}">{esc(x.title)}</a>' for x in fnew[:6] if x is not f)}</div>
<div class="kr-hot-article"><h3>热门文章</h3>{"".join(f'<a href="{x.url}">{esc(x.title)}</a>' for x in newest[:4])}</div></div>
""" + foot(next_data("/newsflashes/[id]", {"id": str(f.aid)}, props))
        site.add(f.url, html)
        site.article_row(f, content.paragraphs(f.blocks), published_date=iso_date(f.when), published_at=f.when.isoformat(),
                         published_display=shown, views_display=None, views_approx=False, related=[])

    # ------------------------------------------------------------------ list pages
    def list_pages(items: list, per: int, base: str, title: str, top: str, cat=None, date_of=None) -> None:
        chunks = paginate(items, per)
        urls = [base] + [f"{base}?page={k}" for k in range(2, len(chunks) + 1)]
        for k, chunk in enumerate(chunks):
            for pos, x in enumerate(chunk, 1):
                shown, day = date_of(x) if date_of else rel_time(x.when)
                site.listing(urls[k], pos, x, day, shown, category=cat or x.ch.name)
            body = "".join(flow_item(x) for x in chunk) if not date_of else "".join(
                f'<div class="author-article-item"><a class="title" href="{x.url}">{esc(x.title)}</a><span class="time">{date_of(x)[0]}</span></div>' for x in chunk)
            more = f'<a class="kr-loading-more-button" href="{urls[k + 1]}">查看更多</a>' if k + 1 < len(chunks) else '<span class="kr-no-more">没有更多了</span>'
            props = {"data": {"list": {"itemList": [{"itemId": x.aid, "templateMaterial": {"widgetTitle": x.title, "publishTime": epoch_ms(x.when)}} for x in chunk],
                                       "pageCallback": urls[k + 1] if k + 1 < len(chunks) else ""}}}
            site.add(urls[k], head(f"{title}-{SITE}") + f'<div class="kr-layout-main"><div class="list-wrapper">{top}<div class="information-flow-list">{body}</div>{more}</div></div>'
                     + foot(next_data(base, {"page": str(k + 1)}, props)), charset="utf-8")
            site.list_pages.append({"url": urls[k], "aliases": []})

    list_pages(newest, PER_PAGE, "/information/web_news/", "最新资讯", '<h2 class="list-title">最新</h2>')
    for ch in CHANNELS:
        list_pages(by_ch[ch.key], CH_PER_PAGE, f"/information/{ch.key}/", ch.name, f'<h2 class="list-title">{ch.name}</h2>')

    # newsflash list, grouped by day
    chunks = paginate(fnew, FLASH_PER_PAGE)
    furls = ["/newsflashes/"] + [f"/newsflashes/?page={k}" for k in range(2, len(chunks) + 1)]
    for k, chunk in enumerate(chunks):
        groups, last_day = [], None
        for pos, f in enumerate(chunk, 1):
            shown, day = rel_time(f.when)
            site.listing(furls[k], pos, f, day, shown, category=CH_FLASH.name)
            if f.when.date() != last_day:
                last_day = f.when.date()
                groups.append(f'<div class="newsflash-date-title">{f.when:%m月%d日} 星期{"一二三四五六日"[f.when.weekday()]}</div>')
            groups.append(f'<div class="newsflash-item"><a class="item-title" href="{f.url}">{esc(f.title)}</a><span class="time">{shown}</span>'
                          f'<div class="item-desc">{esc(f.blocks[0][1])}</div></div>')
        more = f'<a class="kr-loading-more-button" href="{furls[k + 1]}">查看更多</a>' if k + 1 < len(chunks) else ""
        site.add(furls[k], head(f"快讯-{SITE}") + f'<div class="kr-layout-main"><div class="newsflash-list"><h2>快讯</h2>{"".join(groups)}</div>{more}</div>' + foot(""),
                 charset="utf-8")
        site.list_pages.append({"url": furls[k], "aliases": []})

    def abs_date(x: Art):
        return f"{x.when:%Y-%m-%d}", iso_date(x.when)

    for u in users:
        if not by_user[u[0]]:
            continue
        top = (f'<div class="author-info"><h1 class="author-name">{esc(u[1])}</h1><p class="author-desc">{"极帧作者" if u not in REPOST_ACCOUNTS else "经授权转载的公众号"}</p>'
               f'<div class="author-stat"><span>文章 <em>{len(by_user[u[0]])}</em></span><span>总阅读 <em>{random.Random(f"{seed}:{u[0]}").randint(11, 99)}.{u[0] % 10}万</em></span></div></div>')
        list_pages(by_user[u[0]], PER_PAGE, f"/user/{u[0]}", u[1], top, date_of=abs_date)
    for t, slug in enumerate(TAG_SLUGS):
        if not by_tag[t]:
            continue
        list_pages(by_tag[t], PER_PAGE, f"/tags/{slug}", content.TM_TAGS[t], f'<h1 class="tag-title">#{content.TM_TAGS[t]}</h1>')

    # ------------------------------------------------------------------ activities (event pages), home, about
    for k, (u, t) in enumerate(activities):
        day = dt.date(2026, 10, 14 + k * 9)
        site.add(u, head(f"{t}-{SITE}") + f"""<div class="kr-layout-main"><div class="activity-detail"><h1 class="activity-title">{esc(t)}</h1>
<div class="activity-info"><p>时间：{day:%Y-%m-%d} 09:00-17:30</p><p>地点：{"沄州国际会议中心" if k == 0 else "珞阳科创园B座"}</p><p>主办：{SITE}</p></div>
<div class="activity-desc"><p>本次活动将邀请整车企业、一级供应商与投资机构代表，共同探讨汽车供应链的新机会。</p></div>
<a class="activity-signup" href="/login?redirect={u}">立即报名</a><div class="activity-count">已报名 <span id="signupCount"></span> 人</div></div></div>
""" + foot(next_data("/activity/[id]", {"id": u.rsplit("/", 1)[1]}, {"data": {"activity": {"title": t, "startTime": epoch_ms(dt.datetime(day.year, day.month, day.day, 9, tzinfo=TZ8))}}})))
        site.non_articles.append({"url": u, "reason": "event page (time, place, sign-up)"})
    hero = newest[0]
    feed = "".join(flow_item(x) for x in newest[1:11])
    site.add("/", head(f"{SITE}_让一部分人先看到未来的汽车产业") + f"""<div class="kr-layout-main"><div class="kr-home-hero"><a href="{hero.url}"><h2>{esc(hero.title)}</h2></a></div>
<div class="kr-home-main"><div class="information-flow-list">{feed}</div><a href="/information/web_news/">查看更多</a></div>
<div class="kr-home-side"><div class="kr-hot-newsflash"><h3><a href="/newsflashes/">快讯</a></h3>{"".join(f'<a href="{f.url}">{esc(f.title)}</a>' for f in fnew[:6])}</div>
<div class="kr-hot-article"><h3>热榜</h3><a href="{DEAD}">独家｜某头部Tier1酝酿分拆热管理业务</a>{"".join(f'<a href="{x.url}">{esc(x.title)}</a>' for x in newest[11:16])}</div>
<div class="kr-activity"><h3>活动</h3>{"".join(f'<a href="{u}">{esc(t)}</a>' for u, t in activities)}</div>
<div class="kr-tags">{"".join(f'<a href="/tags/{s}">{content.TM_TAGS[t]}</a>' for t, s in enumerate(TAG_SLUGS) if by_tag[t])}</div></div></div>
""" + foot(next_data("/", {}, {"data": {"homeData": {"hero": hero.aid}}})), charset="utf-8")
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.add("/about", head(f"关于我们-{SITE}") + f'<div class="kr-layout-main"><div class="about"><h2>关于{SITE}</h2><p>{SITE}是一家关注汽车产业与新能源的科技商业媒体。</p></div></div>' + foot(""))
    site.non_articles.append({"url": "/about", "reason": "single page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (deleted article still on the home page's 热榜)"})
    site.add("/404.html", f'<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><title>404-{SITE}</title></head><body><div id="__next"><h1>404</h1><p>您访问的页面不存在</p><a href="/">返回首页</a></div></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /login\nDisallow: /api/\nDisallow: /_next/\n"
    return site

"""A Weibo-style 头条文章 mirror (云雀微博, weibo.com/ttarticle style), UTF-8 with a header charset: **query-URL
articles ``/ttarticle/p/show?id=2309412817…`` (22 digits)**, the headline in ``div.title`` (**no ``<h1>`` anywhere**),
the author card (the account's nickname, a 认证 line ``沅川通达制动官方微博 · 官方微博``, ``+关注``), **relative times**
(``25分钟前``, ``2小时前``, ``昨天 14:05``, ``11-03 14:05`` this year, ``2025-12-20 18:40`` earlier) with ``来自 云雀微博``, a
**导语 summary box above the text**, ``阅读 3521`` / **``阅读 3.2万`` / ``阅读 10万+``**, a bar **``转发 123　评论 45　赞
678``** (**a bare ``评论`` when there are none**), a ``文章来源：…`` line on some, 相关推荐 with 阅读 counts; **ordinary
微博 status pages ``/5710238841/Nb3kQ9xZa`` (extension-less; short posts with a time and the same bar) that embed an
article card linking ``…&luicode=10000011&lfid=…``**, account pages ``/u/5710238841``, lists
``/ttarticle/list?cate=qiche`` + ``&page=2``."""

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
    esc,
    iso_date,
    kinds,
    paginate,
    rand_dates,
    rel_time,
    unique_titles,
)

NAME = "weibo_longpost"
SITE = content.WB_SITE
CHANNELS = [Channel("qiche", "汽车"), Channel("chanye", "产业"), Channel("chuxing", "出行")]
COUNTS = {"qiche": 16, "chanye": 14, "chuxing": 10}
PER_PAGE = 10
N_STATUS = 12
DEAD = "/ttarticle/p/show?id=2309404900000000017215"
B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def shown(d: dt.datetime) -> str:
    """Weibo's time: N分钟前 / N小时前 today, 昨天 HH:MM, MM-DD HH:MM this year, YYYY-MM-DD HH:MM earlier."""
    if d.year < REFERENCE_TIME.year:
        return f"{d:%Y-%m-%d %H:%M}"
    return rel_time(d)[0]


def fmt_views(v: int) -> str:
    if v >= 100000:
        return "10万+"
    return f"{v / 10000:.1f}万" if v >= 10000 else str(v)


def bar(rt: int, cm: int, lk: int) -> str:
    return (f'<ul class="WB_row_line"><li><span class="pos">转发 {rt}</span></li><li><span class="pos">评论{f" {cm}" if cm else ""}</span></li>'
            f'<li><span class="pos">赞 {lk}</span></li></ul>')


def render(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<h2>{esc(b[1])}</h2>")
        elif b[0] == "img":
            out.append(f'<p class="picbox"><img src="https://wx1.sinaimg.example.cn/large/{b[1][-10:]}"></p>' +
                       (f'<p class="picinfo">{esc(b[2])}</p>' if b[2] else ""))
        elif b[0] == "table":
            out.append("<table>" + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    accounts = content.WB_ACCOUNTS
    arts: list[Art] = []
    today = [REFERENCE_TIME - dt.timedelta(minutes=25), REFERENCE_TIME - dt.timedelta(hours=2), REFERENCE_TIME - dt.timedelta(hours=5),
             REFERENCE_TIME - dt.timedelta(hours=7)]
    for ch in CHANNELS:
        n = COUNTS[ch.key]
        if ch.key == "qiche":
            whens = rand_dates(rnd, n - 6, dt.datetime(2026, 3, 1, tzinfo=TZ8), dt.datetime(2026, 11, 18, 22, 0, tzinfo=TZ8), hours=(7, 22))
            whens += [REFERENCE_TIME - dt.timedelta(hours=20), today[0], today[1]]  # 20小时前 is yesterday's date
            whens += rand_dates(rnd, 3, dt.datetime(2025, 10, 1, tzinfo=TZ8), dt.datetime(2025, 12, 30, tzinfo=TZ8), hours=(7, 22))
        elif ch.key == "chanye":
            whens = rand_dates(rnd, n - 4, dt.datetime(2026, 2, 1, tzinfo=TZ8), dt.datetime(2026, 11, 18, 22, 0, tzinfo=TZ8), hours=(7, 22))
            whens += [dt.datetime(2026, 11, 19, 9, 41, tzinfo=TZ8), today[2]]
            whens += rand_dates(rnd, 2, dt.datetime(2025, 8, 1, tzinfo=TZ8), dt.datetime(2025, 12, 30, tzinfo=TZ8), hours=(7, 22))
        else:
            whens = rand_dates(rnd, n - 1, dt.datetime(2026, 4, 1, tzinfo=TZ8), dt.datetime(2026, 11, 18, 22, 0, tzinfo=TZ8), hours=(7, 22))
            whens += [today[3]]
        whens = sorted(whens)
        ks = kinds(rnd, n)

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            tpls = content.WB_TITLES[ch.key]
            return ctx.fill(tpls[(i * 3 + attempt) % len(tpls)]), (ctx, ar)

        for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
            blocks = content.gen_blocks(ctx, ks[i], content.WB_OPEN, content.WB_MID, content.WB_CLOSE, content.WB_HEADS, "/2026/",
                                        content.WB_CAPTIONS)
            a = Art(i, 0, ch, title, blocks, whens[i])
            acc = ar.choice(accounts)
            a.author = acc[0]
            a.extra["acc"] = acc
            if ar.random() < 0.18:
                a.source = ar.choice(content.MEDIA)
            v = ar.choice([ar.randint(300, 9900), ar.randint(10000, 99000), ar.randint(100001, 900000)])
            a.views = 100000 if v > 100000 else (round(v, -3) if v >= 10000 else v)
            a.extra["approx"] = a.views >= 10000
            a.comments = ar.choice([0, ar.randint(1, 40), ar.randint(1, 900)])
            a.extra["rt"], a.extra["lk"] = ar.randint(1, 3000), ar.randint(5, 9000)
            arts.append(a)
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 2309404000000000000000 + 8817000000000000 + j * 1730571 + (j * j) % 97
        a.url = f"/ttarticle/p/show?id={a.aid}"
        a.page_urls = [a.url]
    newest = sorted(arts, key=lambda x: (x.when, x.aid), reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}

    def head(title: str) -> str:
        return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="https://img.t.yunque.example.cn/t6/style/css/frame.css">
</head>
<body class="B_artical">
<div class="WB_global_nav"><a class="logo" href="/" title="{SITE}"><span class="W_logo">{SITE}</span></a>
<a href="/">首页</a>{"".join(f'<a href="/ttarticle/list?cate={c.key}">{c.name}</a>' for c in CHANNELS)}
<a href="/login.php">登录</a> <a href="/signup.php">注册</a></div>
<div class="WB_frame">
"""

    def foot() -> str:
        return f"""</div>
<div class="WB_footer">© 2026 {SITE}　沅ICP证100780号　互联网新闻信息服务许可证 1012026003　违法和不良信息举报电话：4000960960</div>
<script>$CONFIG = {{"islogin": "0", "oid": ""}};</script>
</body>
</html>
"""

    def card(acc) -> str:
        return (f'<div class="authorinfo"><a class="W_face" href="/u/{acc[2]}"><img src="https://tvax1.sinaimg.example.cn/crop/{acc[2]}.jpg"></a>'
                f'<a class="W_f14" href="/u/{acc[2]}">{esc(acc[0])}</a><span class="verify">{esc(acc[1])}</span><a class="W_btn_b">+关注</a></div>')

    # ------------------------------------------------------------------ articles
    for a in arts:
        same = by_ch[a.ch.key]
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        a.related = rr.sample([x for x in same if x is not a], 4)
        paras = content.paragraphs(a.blocks)
        lead = paras[0][:36] + "……"
        src = f'<p class="article-source">文章来源：{esc(a.source)}</p>' if a.source else ""
        disp = shown(a.when)
        html = head(f"{a.title} - {SITE}") + f"""<div class="WB_artical">
<div class="crumb"><a href="/">首页</a> &gt; <a href="/ttarticle/list?cate={a.ch.key}">{a.ch.name}</a> &gt; 正文</div>
<div class="main_toppic"><div class="title" node-type="articleTitle">{esc(a.title)}</div>
{card(a.extra["acc"])}
<div class="W_fl"><span class="time">{disp}</span> <em class="W_autocut">来自 {SITE} 头条文章</em></div>
<div class="W_fr"><span class="num">阅读 {fmt_views(a.views)}</span></div></div>
<div class="preface"><span class="tag">导语：</span>{esc(lead)}</div>
<div class="WB_editor_iframe_new" node-type="contentBody">
{render(a.blocks)}
</div>
{src}
<div class="DCI_v2">本文版权归作者所有，任何形式转载请联系作者。</div>
<div class="WB_feed_handle">{bar(a.extra["rt"], a.comments, a.extra["lk"])}</div>
<div class="WB_feed_repeat"><p class="W_tips">评论加载中…</p></div>
<div class="recommend"><h3>相关推荐</h3><ul>{"".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span>{esc(x.author)}</span><span>阅读 {fmt_views(x.views)}</span></li>' for x in a.related)}</ul></div>
</div>
""" + foot()
        site.add(a.url, html)
        site.article_row(a, paras, published_date=iso_date(a.when), published_at=a.when.isoformat(), published_display=disp,
                         views_display=f"阅读 {fmt_views(a.views)}", views_approx=a.extra["approx"],
                         related=[{"title": x.title, "url": x.url, "date": None, "views": None} for x in a.related])
    # bare 评论 means no number shown: comments null in the truth
    for row, a in zip(site.articles, arts, strict=True):
        if a.comments == 0:
            row["comments"] = None

    # ------------------------------------------------------------------ status posts (no articles), some with an article card
    sr = random.Random(f"{seed}:{NAME}:status")
    swhens = rand_dates(sr, N_STATUS, dt.datetime(2026, 9, 1, tzinfo=TZ8), dt.datetime(2026, 11, 18, 22, 0, tzinfo=TZ8), hours=(7, 22))
    carded = sr.sample(arts, N_STATUS)
    statuses = []
    for k in range(N_STATUS):
        art = carded[k]
        acc = art.extra["acc"]
        ctx = content.Ctx(sr, swhens[k])
        bid = "N" + "".join(sr.choice(B62) for _ in range(8))
        url = f"/{acc[2]}/{bid}"
        lfid = f"23065700428008{sr.randint(100000, 999999)}"
        alias = f"{art.url}&luicode=10000011&lfid={lfid}"
        statuses.append((url, acc))
        text = ctx.fill(content.WB_STATUS[k])
        site.add(url, head(f"{acc[0]}的微博 - {SITE}") + f"""<div class="WB_feed_detail">
{card(acc)}
<div class="WB_from"><a class="time" href="{url}" title="{swhens[k]:%Y-%m-%d %H:%M}">{shown(swhens[k])}</a> 来自 {SITE} iPhone客户端</div>
<div class="WB_text">{esc(text)}</div>
<div class="WB_feed_spec"><a class="article-card" href="{alias}"><span class="icon">头条文章</span><b>{esc(art.title)}</b><i>{esc(content.paragraphs(art.blocks)[0][:30])}…</i></a></div>
<div class="WB_feed_handle">{bar(sr.randint(0, 90), sr.randint(0, 60), sr.randint(1, 400))}</div>
</div>
""" + foot())
        file = site.file_of(art.url)
        if alias.split("&", 1)[0] == art.url:
            site.route_alias(alias, file)
            next(r for r in site.articles if r["url"] == art.url)["aliases"].append(alias)
        site.non_articles.append({"url": url, "reason": "微博 status post (a short post with a time and counts; its article card is an alias)"})

    # ------------------------------------------------------------------ account pages
    for acc in accounts:
        mine = [x for x in newest if x.extra["acc"] == acc]
        sts = [s for s in statuses if s[1] == acc]
        site.add(f"/u/{acc[2]}", head(f"{acc[0]}的主页 - {SITE}") + f"""<div class="PCD_header">{card(acc)}<p class="pf_intro">简介：{esc(acc[1])}</p>
<p class="num">关注 {300 + int(acc[2]) % 700}　粉丝 {int(acc[2]) % 90000 + 1200}　微博 {int(acc[2]) % 3000 + 200}</p></div>
<div class="WB_tab"><h4>头条文章</h4><ul>{"".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span>{shown(x.when)}</span></li>' for x in mine)}</ul>
<h4>微博</h4><ul>{"".join(f'<li><a href="{s[0]}">查看微博</a></li>' for s in sts)}</ul></div>
""" + foot())
        site.non_articles.append({"url": f"/u/{acc[2]}", "reason": "account page"})

    # ------------------------------------------------------------------ lists
    for ch in CHANNELS:
        chunks = paginate(by_ch[ch.key], PER_PAGE)
        urls = [f"/ttarticle/list?cate={ch.key}"] + [f"/ttarticle/list?cate={ch.key}&page={k}" for k in range(2, len(chunks) + 1)]
        for k, chunk in enumerate(chunks):
            items = ""
            for pos, x in enumerate(chunk, 1):
                d = shown(x.when)
                items += (f'<div class="card"><a class="tit" href="{x.url}">{esc(x.title)}</a><p class="info"><span>{esc(x.author)}</span>'
                          f'<span class="time">{d}</span><span>阅读 {fmt_views(x.views)}</span></p></div>')
                site.listing(urls[k], pos, x, iso_date(x.when), d, views=x.views, category=ch.name)
            more = ""
            if k + 1 < len(chunks):
                more = f'<a class="more" href="{urls[k + 1]}">加载更多</a>'
            if k:
                more = f'<a class="prev" href="{urls[k - 1]}">上一页</a>' + more
            site.add(urls[k], head(f"{ch.name}头条文章 - {SITE}") + f"""<div class="list"><h3>{ch.name}</h3>{items}{more}</div>
""" + foot())
            site.list_pages.append({"url": urls[k], "aliases": []})

    # ------------------------------------------------------------------ home, 404, robots
    hot = sorted(arts, key=lambda x: (-x.views, x.aid))[:8]
    site.add("/index.html", head(f"{SITE} - 随时随地发现新鲜事") + f"""<div class="home"><h3>热门头条文章</h3><ul>{"".join(
        f'<li><a href="{x.url}">{esc(x.title)}</a><span>{esc(x.author)}</span></li>' for x in hot)}</ul>
<h3>推荐账号</h3><ul>{"".join(f'<li><a href="/u/{acc[2]}">{esc(acc[0])}</a></li>' for acc in accounts)}</ul>
<h3>热门微博</h3><ul>{"".join(f'<li><a href="{s[0]}">{esc(s[1][0])}的微博</a></li>' for s in statuses[:6])}</ul>
<h3>编辑推荐</h3><ul><li><a href="{DEAD}">（该文章已被作者删除）</a></li></ul></div>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (an article deleted by its author, still linked from the home page)"})
    site.add("/404.html", f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{SITE}</title></head>'
                          '<body><p>抱歉，该内容已被作者删除。</p><a href="/">返回首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /login.php\nDisallow: /signup.php\nDisallow: /aj/\n"
    return site

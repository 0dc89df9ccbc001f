"""A Q&A knowledge site for car owners and the trade (汽配知道, 百度知道 / 懂车帝问答 style) whose **expert columns are
the articles**, UTF-8 declared in the meta only (no charset in the HTTP header): **the site's name as the logo
``<h1>``**, the headline in ``h2.post-title``, an author card (name, a 认证 line ``高级技师 · 汐城永固制动工程师``),
**``发布于 11-30 14:05`` this year, ``发布于 2025-12-20`` (no time) for earlier years and ``发布于 昨天 14:05``**
beside a later **``· 编辑于 12-02``**, ``阅读 3.2万`` / ``阅读 865``, ``赞同 256``, ``评论 15`` / ``暂无评论``, a
``本文来源：《…》`` line on some, the site's own account ``汽配知道小编``, 相关推荐 with ``阅读`` counts, column lists
``/zhuanlan/weixiu/`` + ``?page=2``; **question pages** ``/question/3821.html`` (a title, 提问于, answers with
赞同 and 回答于, a 最佳答案) that are no articles and link columns as ``…?from=question``, expert profile pages and a
question list."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import REFERENCE_TIME, TZ8, Art, Channel, Site, esc, iso_date, kinds, paginate, rand_dates, unique_titles

NAME = "qa_column"
SITE = content.QA_SITE
CHANNELS = [Channel("weixiu", "维修保养"), Channel("peijian", "配件知识"), Channel("guancha", "行业观察")]
COUNTS = {"weixiu": 14, "peijian": 14, "guancha": 12}
PER_PAGE = 10
DEAD = "/zhuanlan/a/6990.html"
N_EXPERTS = 6
N_QUESTIONS = 12


def shown_date(d: dt.datetime) -> tuple[str, bool]:
    """(display, time known) as the site prints a time: yesterday with a clock, this year MM-DD HH:MM, else the day."""
    if d.date() == (REFERENCE_TIME - dt.timedelta(days=1)).date():
        return f"昨天 {d:%H:%M}", True
    if d.year == REFERENCE_TIME.year:
        return f"{d:%m-%d %H:%M}", True
    return f"{d:%Y-%m-%d}", False


def short_date(d: dt.datetime) -> str:
    return f"{d:%m-%d}" if d.year == REFERENCE_TIME.year else f"{d:%Y-%m-%d}"


def fmt_views(v: int) -> str:
    return f"{v / 10000:.1f}万" if v >= 10000 else str(v)


def render(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<h3>{esc(b[1])}</h3>")
        elif b[0] == "img":
            out.append(f'<figure><img src="https://pic.qpzd.example.com/column{b[1]}" alt="">' +
                       (f"<figcaption>{esc(b[2])}</figcaption>" if b[2] else "") + "</figure>")
        elif b[0] == "table":
            out.append("<table>" + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", None, "/")
    rnd = random.Random(f"{seed}:{NAME}")
    er = random.Random(f"{seed}:{NAME}:experts")
    experts = []
    for k in range(N_EXPERTS):
        ctx = content.Ctx(er, REFERENCE_TIME)
        name = content.person(er)
        while name in [e[0] for e in experts]:
            name = content.person(er)
        experts.append((name, f"u{7301 + k * 13}", " · ".join(ctx.fill(c) for c in er.sample(content.QA_CREDS, 2))))
    arts: list[Art] = []
    for ch in CHANNELS:
        n = COUNTS[ch.key]
        last = dt.datetime(2026, 12, 8, 20, 0, tzinfo=TZ8)
        if ch.key == "guancha":
            whens = rand_dates(rnd, 4, dt.datetime(2025, 9, 1, tzinfo=TZ8), dt.datetime(2025, 12, 28, tzinfo=TZ8), hours=(8, 22))
            whens += rand_dates(rnd, n - 4, dt.datetime(2026, 1, 5, tzinfo=TZ8), last, hours=(8, 22))
        else:
            whens = rand_dates(rnd, n - 1, dt.datetime(2026, 3, 1, tzinfo=TZ8), dt.datetime(2026, 12, 7, tzinfo=TZ8), hours=(8, 22))
            whens.append(dt.datetime(2026, 12, 8, 9 + len(ch.key), 10 + 7 * len(ch.key), tzinfo=TZ8))  # yesterday
        ks = kinds(rnd, n)

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            tpls = content.QA_TITLES[ch.key]
            return ctx.fill(tpls[(i * 5 + attempt) % len(tpls)]), (ctx, ar)

        for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
            blocks = content.gen_blocks(ctx, ks[i], content.QA_OPEN, content.QA_MID, content.QA_CLOSE, content.QA_HEADS, "/2026/",
                                        content.QA_CAPTIONS)
            a = Art(i, 0, ch, title, blocks, whens[i])
            if ar.random() < 0.2:
                a.extra["au"] = (content.QA_OFFICIAL, "official", "汽配知道官方账号")
            else:
                a.extra["au"] = ar.choice(experts)
                a.author = a.extra["au"][0]
            if ar.random() < 0.25:
                a.source = ar.choice(["汽配商情", "汽车维修与保养", "汽车制造周报", "后市场观察"])
            v = ar.choice([ar.randint(200, 9900), ar.randint(10000, 260000)])
            a.views = v if v < 10000 else round(v, -3)
            a.extra["approx"] = a.views >= 10000
            a.comments = ar.choice([0, ar.randint(1, 30), ar.randint(1, 300)])
            a.extra["likes"] = ar.randint(3, 2400)
            ed = a.when + dt.timedelta(days=ar.randint(1, 9), hours=ar.randint(0, 6))
            a.extra["edited"] = ed if ar.random() < 0.5 and ed < REFERENCE_TIME - dt.timedelta(days=1) else None
            arts.append(a)
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 7004 + j * 17 + (j * 3) % 8
        a.url = f"/zhuanlan/a/{a.aid}.html"
        a.page_urls = [a.url]
    newest = sorted(arts, key=lambda x: (x.when, x.aid), reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}

    nav = [("/", "首页"), ("/question/", "问答")] + [(f"/zhuanlan/{c.key}/", c.name) for c in CHANNELS]

    def head(title: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{extra}<link rel="stylesheet" href="https://s.qpzd.example.com/web/app.3f9c2a.css">
</head>
<body>
<header class="site-header"><a class="logo" href="/"><h1>{SITE}</h1></a>
<nav>{"".join(f'<a href="{u}">{t}</a>' for u, t in nav)}</nav>
<form class="search" action="/search" method="get"><input name="q" placeholder="搜索问题、文章"><button>搜索</button></form>
<a class="ask-btn" href="/ask">我要提问</a></header>
"""

    def foot() -> str:
        return f"""<footer class="site-footer"><p>© 2026 {SITE}　汐ICP备20031178号-2　用户协议 | 隐私政策 | 侵权投诉</p></footer>
<script src="https://s.qpzd.example.com/web/app.3f9c2a.js"></script>
</body>
</html>
"""

    def author_card(a: Art) -> str:
        name, slug, cred = a.extra["au"]
        link = f'<a class="name" href="/u/{slug}/">{esc(name)}</a>' if slug != "official" else f'<span class="name">{esc(name)}</span>'
        return (f'<div class="author-card"><img class="avatar" src="https://pic.qpzd.example.com/avatar/{slug}.jpg" alt="">{link}'
                f'<span class="cred">{esc(cred)}</span><a class="follow" href="javascript:;">+ 关注</a></div>')

    # ------------------------------------------------------------------ questions (no articles): each links one column as ?from=question
    qr = random.Random(f"{seed}:{NAME}:q")
    linked = qr.sample(arts, N_QUESTIONS)
    alias_of: dict = {}
    questions = []
    for k, target in enumerate(linked):
        ctx = content.Ctx(qr, target.when)
        qtitle = ctx.fill(content.QA_QUESTIONS[k % len(content.QA_QUESTIONS)])
        asked = max(target.when - dt.timedelta(days=qr.randint(1, 20), hours=qr.randint(0, 9)), dt.datetime(2025, 9, 1, tzinfo=TZ8))
        qid = 3810 + k * 11
        alias = f"{target.url}?from=question"
        alias_of[target] = alias
        answers = ""
        for m in range(qr.randint(2, 4)):
            who = qr.choice(experts)[0] if m == 0 else content.person(qr)
            at = asked + dt.timedelta(hours=qr.randint(1, 60))
            txt = content.pool_para(ctx, content.QA_MID, [], qr.randint(1, 2))
            best = '<span class="best">最佳答案</span>' if m == 0 else ""
            answers += (f'<div class="answer">{best}<div class="ans-author">{esc(who)}</div><div class="ans-body"><p>{esc(txt)}</p></div>'
                        f'<div class="ans-meta">回答于 {short_date(at)}　赞同 {qr.randint(0, 300)}</div></div>')
        url = f"/question/{qid}.html"
        site.add(url, head(f"{qtitle}_{SITE}") + f"""<main class="q-page">
<div class="crumb"><a href="/">首页</a> &gt; <a href="/question/">问答</a> &gt; 问题详情</div>
<div class="question"><h2 class="post-title">{esc(qtitle)}</h2>
<div class="post-meta"><span class="asker">提问者：{esc(content.person(qr))}</span><span class="time">提问于 {short_date(asked)}</span><span class="pv">浏览 {qr.randint(200, 9000)}</span></div>
<div class="q-desc"><p>{esc(ctx.fill("我的车是{model}，开了{n}000公里，最近想了解一下，请懂行的朋友说说。"))}</p></div></div>
<div class="answers"><h3>{answers.count('class="answer"')}个回答</h3>{answers}</div>
<div class="q-rel"><h3>相关专栏文章</h3><ul><li><a href="{alias}">{esc(target.title)}</a></li></ul></div>
</main>
""" + foot())
        site.non_articles.append({"url": url, "reason": "question page (a question with answers and a 最佳答案; no article)"})
        questions.append((url, qtitle, asked))

    # ------------------------------------------------------------------ column articles
    for a in arts:
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        a.related = sorted(rr.sample([x for x in by_ch[a.ch.key] if x is not a], 4), key=lambda x: (x.when, x.aid), reverse=True)
        shown, has_time = shown_date(a.when)
        edited = f'<span class="edit">· 编辑于 {short_date(a.extra["edited"])}</span>' if a.extra["edited"] else ""
        cm = f"评论 {a.comments}" if a.comments else "暂无评论"
        src = f'<p class="post-source">本文来源：《{esc(a.source)}》</p>' if a.source else ""
        rel = ('<div class="rel"><h3>相关推荐</h3><ul>' + "".join(
            f'<li><a href="{x.url}" title="{esc(x.title)}">{esc(x.title)}</a><span>阅读 {fmt_views(x.views)}</span></li>' for x in a.related) + "</ul></div>")
        html = head(f"{a.title} - {SITE}", f'<meta name="description" content="{esc(content.paragraphs(a.blocks)[0][:70])}">\n'
                                            f'<meta property="og:type" content="article">\n') + f"""<main class="post-page">
<div class="crumb"><a href="/">首页</a> &gt; <a href="/zhuanlan/{a.ch.key}/">{a.ch.name}</a></div>
<article class="post">
<h2 class="post-title">{esc(a.title)}</h2>
{author_card(a)}
<div class="post-meta"><span class="time">发布于 {shown}</span>{edited}<span class="pv">阅读 {fmt_views(a.views)}</span></div>
<div class="post-body">
{render(a.blocks)}
</div>
{src}
<div class="post-foot"><span class="like">赞同 {a.extra["likes"]}</span><a class="cmt" href="#comments">{cm}</a><a class="share" href="javascript:;">分享</a></div>
</article>
{rel}
<section id="comments" class="comments"><h3>评论</h3><div class="cmt-list" data-id="{a.aid}"></div></section>
</main>
""" + foot()
        file = site.add(a.url, html)
        aliases = []
        if a in alias_of:
            site.route_alias(alias_of[a], file)
            aliases.append(alias_of[a])
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when),
                         published_at=a.when.isoformat() if has_time else None, published_display=shown,
                         views_display=f"阅读 {fmt_views(a.views)}", views_approx=a.extra["approx"],
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related],
                         aliases=aliases)

    # ------------------------------------------------------------------ expert profiles (no articles)
    for name, slug, cred in experts:
        mine = [x for x in newest if x.extra["au"][1] == slug]
        lis = "".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span>{short_date(x.when)}</span></li>' for x in mine)
        site.add(f"/u/{slug}/", head(f"{name}的主页 - {SITE}") + f"""<main class="user-page"><div class="profile"><img class="avatar" src="https://pic.qpzd.example.com/avatar/{slug}.jpg" alt="">
<h2 class="user-name">{esc(name)}</h2><p class="cred">{esc(cred)}</p><p class="stat">文章 {len(mine)}　回答 {len(name) * 17}　获赞 {len(mine) * 311}</p></div>
<div class="user-posts"><h3>TA的文章</h3><ul>{lis}</ul></div></main>
""" + foot())
        site.non_articles.append({"url": f"/u/{slug}/", "reason": "expert profile (bio and the expert's article list)"})

    # ------------------------------------------------------------------ lists: /zhuanlan/weixiu/ and ?page=2; the question list
    for ch in CHANNELS:
        chunks = paginate(by_ch[ch.key], PER_PAGE)
        base = f"/zhuanlan/{ch.key}/"
        urls = [base] + [f"{base}?page={k}" for k in range(2, len(chunks) + 1)]
        for k, chunk in enumerate(chunks):
            items = ""
            for pos, x in enumerate(chunk, 1):
                d = short_date(x.when) if x.when.date() != (REFERENCE_TIME - dt.timedelta(days=1)).date() else "昨天"
                items += (f'<li class="item"><h3><a href="{x.url}">{esc(x.title)}</a></h3><p class="summary">{esc(content.paragraphs(x.blocks)[0][:48])}…</p>'
                          f'<div class="meta"><span class="au">{esc(x.extra["au"][0])}</span><span class="time">{d}</span>'
                          f'<span class="pv">阅读 {fmt_views(x.views)}</span></div></li>')
                site.listing(urls[k], pos, x, iso_date(x.when), d, views=x.views, category=ch.name)
            pager = ('<div class="pager">' + "".join(f'<span class="cur">{m + 1}</span>' if m == k else f'<a href="{urls[m]}">{m + 1}</a>'
                                                    for m in range(len(chunks))) +
                     (f'<a href="{urls[k + 1]}">下一页</a>' if k + 1 < len(chunks) else "") + "</div>")
            site.add(urls[k], head(f"{ch.name}专栏 - {SITE}") + f"""<main class="list-page"><div class="crumb"><a href="/">首页</a> &gt; {ch.name}</div>
<h2 class="col-name">{ch.name}</h2><ul class="post-list">{items}</ul>{pager}</main>
""" + foot())
            site.list_pages.append({"url": urls[k], "aliases": []})
    ql = "".join(f'<li><a href="{u}">{esc(t)}</a><span>{short_date(w)}</span></li>' for u, t, w in sorted(questions, key=lambda q: q[2], reverse=True))
    site.add("/question/", head(f"问答 - {SITE}") + f'<main class="list-page"><h2 class="col-name">最新问题</h2><ul class="q-list">{ql}</ul></main>\n' + foot())
    site.non_articles.append({"url": "/question/", "reason": "question list (questions are no articles)"})

    # ------------------------------------------------------------------ home, 404, robots
    site.add("/", head(f"{SITE} - 汽车维修保养与配件知识问答平台") + f"""<main class="home">
<section class="hot-q"><h2><a href="/question/">热门问题</a></h2><ul>{ql}</ul></section>
{"".join(f'<section class="col"><h2><a href="/zhuanlan/{c.key}/">{c.name}</a></h2><ul>' + "".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in by_ch[c.key][:5]) + "</ul></section>" for c in CHANNELS)}
<section class="col"><h2>编辑精选</h2><ul><li><a href="{DEAD}">一篇因违规被删除的专栏文章</a></li></ul></section>
<section class="experts"><h2>认证专家</h2><ul>{"".join(f'<li><a href="/u/{s}/">{esc(nm)}</a></li>' for nm, s, _ in experts)}</ul></section>
</main>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (a column deleted for a rule violation, still linked from the home page)"})
    site.add("/404.html", f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>页面不存在 - {SITE}</title></head><body><p>你访问的内容不存在或已被删除</p><a href="/">返回首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /search\nDisallow: /ask\n"
    return site

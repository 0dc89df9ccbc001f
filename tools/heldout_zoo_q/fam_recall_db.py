"""A provincial recall-notice database (沅岚汽车召回信息网 of the 沅岚省缺陷产品管理中心, 缺陷产品管理中心 / 召回公告
style), UTF-8 with a header charset: **the site's name as every page's ``<h1 class="logo">``**, the headline in
``div.detail-hd h3``; 召回公告 ``/recall/notice/8123.html`` with **``发布日期：2026-11-05`` (day only)**, ``来源：`` (the
centre itself or a forwarding authority), **a JavaScript 浏览次数 (``<span id="hits">--</span>``)**, an intro naming
the **召回开始日期 (often after the crawl time)** and the 生产日期 range, **a 召回信息 table inside the text**, 缺陷描述 /
维修措施 / 车主咨询 sub-heads; 召回动态 news (``发布时间：2026-11-05 10:20　来源：…　作者：…　阅读：356``, ``（编辑：…）``),
消费提示 (``2026年11月5日``, day only, a **``文/…`` byline as the text's first line**, a JavaScript 阅读 counter);
**车型召回记录 pages** ``/recall/model/yl-q5.html`` (the same ``div.detail-hd`` over a table of notices linked as
``…8123.html?from=model``), a **召回统计 page** (article look, ``统计截至：2026-10-31``), a query page, lists
``/recall/notice/`` + ``index_2.html``."""

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
    unique_titles,
    zh_ymd,
)

NAME = "recall_db"
SITE = content.RC_SITE
ORG = content.RC_ORG
CHANNELS = [Channel("notice", "召回公告"), Channel("news", "召回动态"), Channel("tips", "消费提示")]
COUNTS = {"notice": 16, "news": 14, "tips": 10}
PER_PAGE = 10
DEAD = "/recall/notice/7990.html"
MODEL_SLUG = {m: f"m{k + 1:02d}" for k, m in enumerate(content.MODELS)}


def render(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<h4>{esc(b[1])}</h4>")
        elif b[0] == "img":
            out.append(f'<div class="pic"><img src="/uploads{b[1]}" alt="">' + (f'<p class="pic-note">{esc(b[2])}</p>' if b[2] else "") + "</div>")
        elif b[0] == "table":
            out.append('<table class="recall-info" border="1">' + "".join(
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
        whens = rand_dates(rnd, n, dt.datetime(2026, 6, 20, tzinfo=TZ8), dt.datetime(2026, 11, 20, 11, 0, tzinfo=TZ8), hours=(8, 19))
        ks = kinds(rnd, n)

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            if ch.key == "notice":
                verb = ["召回部分", "扩大召回部分", "召回部分进口"][attempt % 3] if attempt < 6 else "召回部分"
                title = f"{ctx.fixed['maker']}有限公司{verb}{ctx.fixed['model']}{'电动' if attempt % 2 else ''}汽车"
                return title, (ctx, ar)
            tpls = content.RC_NEWS_TITLES if ch.key == "news" else content.RC_TIPS_TITLES
            return ctx.fill(tpls[(i * 5 + attempt) % len(tpls)]), (ctx, ar)

        for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
            when = whens[i]
            a = Art(i, 0, ch, title, [], when)
            if ch.key == "notice":
                f = ctx.fixed
                start = (when + dt.timedelta(days=ar.randint(6, 40))).date()
                p0 = dt.date(ar.choice([2023, 2024, 2025]), ar.randint(1, 12), ar.randint(1, 28))
                p1 = p0 + dt.timedelta(days=ar.randint(60, 500))
                qty = ar.randint(86, 48000)
                code = f"S{when.year}-{ar.randint(100, 999)}"
                maker = f"{f['maker']}有限公司"
                filed = ORG if ar.random() < 0.8 else "国家市场监督管理总局"
                blocks = [("p", f"近日，{maker}根据《缺陷汽车产品召回管理条例》和《缺陷汽车产品召回管理条例实施办法》的要求，向{filed}备案了召回计划。"
                                f"决定自{zh_ymd(start)}起，召回生产日期为{zh_ymd(p0)}至{zh_ymd(p1)}的部分{f['model']}汽车，共计{qty}辆。"),
                          ("h", "一、召回信息"),
                          ("table", [["项目", "内容"], ["生产者", maker], ["召回编号", code], ["召回车型", f"{f['model']}"],
                                     ["生产起止日期", f"{p0.isoformat()}至{p1.isoformat()}"], ["召回数量", f"{qty}辆"],
                                     ["召回开始日期", start.isoformat()]]),
                          ("h", "二、缺陷描述"), ("p", ctx.fill(ar.choice(content.RC_DEFECTS))),
                          ("h", "三、维修措施"), ("p", ctx.fill(ar.choice(content.RC_FIX))),
                          ("h", "四、车主咨询"),
                          ("p", f"用户可拨打{maker}客服热线400-{ar.randint(100, 999)}-{ar.randint(1000, 9999)}，或登录本网站查询车辆是否在召回范围内。"
                                f"也可拨打{ORG}热线0738-{ar.randint(2000000, 8999999)}反映召回实施中的问题。")]
                if ar.random() < 0.3:
                    blocks.insert(2, ("img", f"/recall/{ar.randint(100000, 999999)}.jpg", f"{f['model']}召回涉及的{f['pr']}位置示意"))
                a.blocks = blocks
                a.extra.update(model=f["model"], qty=qty, start=start, code=code)
                fwd = ar.random() < 0.2
                a.extra["src_shown"] = ar.choice(content.RC_FORWARD) if fwd else ORG
                a.source = a.extra["src_shown"] if fwd else None
            else:
                a.blocks = content.gen_blocks(ctx, ks[i], content.RC_OPEN, content.RC_MID, content.RC_CLOSE, content.RC_HEADS, "/2026/",
                                              content.RC_CAPTIONS)
                if ch.key == "news":
                    r = ar.random()
                    if r < 0.6:
                        a.source = ar.choice(content.MEDIA)
                        a.extra["src_shown"] = a.source
                    else:
                        a.extra["src_shown"] = "本站" if r < 0.8 else ORG
                    if ar.random() < 0.6:
                        a.author = content.person(ar)
                    a.editor = content.person(ar)
                    a.views = ar.randint(60, 4800)
                else:
                    a.extra["src_shown"] = ORG
                    if ar.random() < 0.7:
                        a.author = content.person(ar)
            arts.append(a)
    base = {"notice": 8104, "news": 5120, "tips": 3066}
    for ch in CHANNELS:
        for j, a in enumerate(sorted([x for x in arts if x.ch is ch], key=lambda x: x.when)):
            a.aid = base[ch.key] + j * 7 + (j * j) % 5
            a.url = f"/recall/{ch.key}/{a.aid}.html"
            a.page_urls = [a.url]
    newest = sorted(arts, key=lambda x: (x.when, x.aid), reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}
    notices = by_ch["notice"]
    models = sorted({a.extra["model"] for a in notices}, key=content.MODELS.index)

    nav = [("/", "首页")] + [(f"/recall/{c.key}/", c.name) for c in CHANNELS] + [("/stats/2026.html", "召回统计"), ("/query/", "召回查询")]

    def head(title: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>
{extra}<link rel="stylesheet" href="/static/css/recall.css">
</head>
<body>
<div class="top"><div class="w1200"><h1 class="logo"><a href="/">{SITE}</a></h1><span class="org">主办：{ORG}</span>
<form action="/query/" class="qform"><input name="vin" placeholder="输入车辆识别代号（VIN）查询"><button>查询</button></form></div></div>
<div class="nav"><ul>{"".join(f'<li><a href="{u}">{t}</a></li>' for u, t in nav)}</ul></div>
<div class="w1200 main">
"""

    def foot() -> str:
        return f"""</div>
<div class="footer"><p>主办单位：{ORG}　地址：沅岚省沅川市滨河路88号　服务热线：0738-12365</p>
<p>沅ICP备18004412号-1　沅公网安备 43010302000871号</p></div>
<script src="/static/js/hits.js"></script>
</body>
</html>
"""

    def crumb(ch: Channel) -> str:
        return f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/recall/{ch.key}/">{ch.name}</a> &gt; 正文</div>'

    # ------------------------------------------------------------------ article pages
    for a in arts:
        same = by_ch[a.ch.key]
        related: list[Art] = []
        if a.ch.key != "notice":
            rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
            related = sorted(rr.sample([x for x in same if x is not a], 4), key=lambda x: (x.when, x.aid), reverse=True)
        a.related = related
        body = render(a.blocks)
        aliases: list[str] = []
        views_display = None
        if a.ch.key == "notice":
            shown = f"{a.when:%Y-%m-%d}"
            meta = (f'<p class="meta">发布日期：{shown}<span>来源：{esc(a.extra["src_shown"])}</span>'
                    f'<span>浏览次数：<span id="hits">--</span></span></p>')
            side = (f'<div class="side"><h5>同车型召回</h5><a href="/recall/model/{MODEL_SLUG[a.extra["model"]]}.html">'
                    f'{esc(a.extra["model"])} 召回记录</a></div>')
            tail = '<p class="note">（本公告信息以生产者备案材料为准）</p>'
            aliases.append(a.url + "?from=model")
            published_at = None
        elif a.ch.key == "news":
            shown = f"{a.when:%Y-%m-%d %H:%M}"
            bits = [f"发布时间：{shown}", f"来源：{esc(a.extra['src_shown'])}"] + ([f"作者：{esc(a.author)}"] if a.author else []) + [f"阅读：{a.views}"]
            meta = '<p class="meta">' + "".join(f"<span>{b}</span>" for b in bits) + "</p>"
            side = ""
            tail = f'<p class="editor">（编辑：{esc(a.editor)}）</p>'
            views_display = f"阅读：{a.views}"
            published_at = a.when.isoformat()
        else:
            shown = zh_ymd(a.when.date())
            meta = (f'<p class="meta">{shown}<span>来源：{esc(a.extra["src_shown"])}</span>'
                    f'<span>阅读：<span id="hits">--</span></span></p>')
            if a.author:
                body = f'<p class="byline">文/{esc(a.author)}</p>\n' + body
            side = ""
            tail = ""
            published_at = None
        xg = ""
        if related:
            xg = '<div class="xgyd"><h5>相关阅读</h5><ul>' + "".join(
                f'<li><a href="{x.url}">{esc(x.title)}</a><i>{x.when:%Y-%m-%d}</i></li>' for x in related) + "</ul></div>"
        html = head(f"{a.title}-{a.ch.name}-{SITE}", f'<meta name="publishdate" content="{a.when:%Y-%m-%d}">\n') + f"""{crumb(a.ch)}
<div class="detail">
<div class="detail-hd"><h3>{esc(a.title)}</h3>
{meta}</div>
<div class="detail-bd" id="zoom">
{body}
</div>
{tail}
<div class="tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
{xg}
</div>
{side}
<script>document.getElementById("hits") && fetch("/api/hits?id={a.aid}").then(r => r.text()).then(t => document.getElementById("hits").textContent = t);</script>
""" + foot()
        file = site.add(a.url, html)
        for al in aliases:
            site.route_alias(al, file)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=published_at,
                         published_display=shown, views_display=views_display, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in related],
                         aliases=aliases)

    # ------------------------------------------------------------------ 车型召回记录 (no articles)
    for m in models:
        mine = [x for x in notices if x.extra["model"] == m]
        url = f"/recall/model/{MODEL_SLUG[m]}.html"
        rows = "".join(f'<tr><td>{esc(x.extra["code"])}</td><td><a href="{x.url}?from=model">{esc(x.title)}</a></td>'
                       f'<td>{x.when:%Y-%m-%d}</td><td>{x.extra["qty"]}辆</td></tr>' for x in mine)
        site.add(url, head(f"{m}召回记录-{SITE}") + f"""<div class="crumb">当前位置：<a href="/">首页</a> &gt; 车型召回记录</div>
<div class="detail"><div class="detail-hd"><h3>{esc(m)} 召回记录</h3><p class="meta">更新日期：{mine[0].when:%Y-%m-%d}<span>共{len(mine)}次召回</span></p></div>
<div class="detail-bd"><table class="recall-list"><tr><th>召回编号</th><th>公告</th><th>发布日期</th><th>召回数量</th></tr>{rows}</table></div></div>
""" + foot())
        site.non_articles.append({"url": url, "reason": "车型召回记录 (a model's table of recall notices, no text)"})

    # ------------------------------------------------------------------ 召回统计, 查询 (no articles)
    sr = random.Random(f"{seed}:{NAME}:stats")
    stat_rows = "".join(f"<tr><td>{mo}月</td><td>{sr.randint(2, 9)}</td><td>{sr.randint(800, 52000)}</td></tr>" for mo in range(1, 11))
    site.add("/stats/2026.html", head(f"2026年1-10月汽车召回统计-{SITE}") + f"""<div class="crumb">当前位置：<a href="/">首页</a> &gt; 召回统计</div>
<div class="detail"><div class="detail-hd"><h3>2026年1-10月{content.PROVINCE}汽车召回统计</h3><p class="meta">统计截至：2026-10-31<span>来源：{ORG}</span></p></div>
<div class="detail-bd"><p>2026年1-10月，{content.PROVINCE}共发布汽车召回公告{len(notices)}次，各月情况如下：</p>
<table class="recall-list"><tr><th>月份</th><th>召回次数</th><th>召回数量（辆）</th></tr>{stat_rows}</table></div></div>
""" + foot())
    site.non_articles.append({"url": "/stats/2026.html", "reason": "召回统计 (a statistics table in the article look, 统计截至 date)"})
    site.add("/query/", head(f"召回查询-{SITE}") + """<div class="detail"><div class="detail-hd"><h3>召回查询</h3></div>
<div class="detail-bd"><form action="/query/" method="get"><p>车辆识别代号（VIN）：<input name="vin"></p><p><button>查询</button></p></form>
<p>输入17位车辆识别代号即可查询车辆是否在召回范围内。</p></div></div>
""" + foot())
    site.non_articles.append({"url": "/query/", "reason": "召回查询 form"})

    # ------------------------------------------------------------------ lists
    for ch in CHANNELS:
        chunks = paginate(by_ch[ch.key], PER_PAGE)
        urls = [f"/recall/{ch.key}/"] + [f"/recall/{ch.key}/index_{k}.html" for k in range(2, len(chunks) + 1)]
        for k, chunk in enumerate(chunks):
            items = ""
            for pos, x in enumerate(chunk, 1):
                extra = f'<span class="qty">{x.extra["qty"]}辆</span>' if ch.key == "notice" else ""
                items += f'<li><a href="{x.url}" target="_blank">{esc(x.title)}</a>{extra}<span class="date">{x.when:%Y-%m-%d}</span></li>'
                site.listing(urls[k], pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", category=ch.name)
            pager = ""
            if len(chunks) > 1:
                pager = '<div class="page">' + "".join(f"<span>{m + 1}</span>" if m == k else f'<a href="{urls[m]}">{m + 1}</a>'
                                                       for m in range(len(chunks))) + (f'<a href="{urls[k + 1]}">下一页</a>' if k + 1 < len(chunks) else "") + \
                        f"<em>共{len(by_ch[ch.key])}条</em></div>"
            site.add(urls[k], head(f"{ch.name}-{SITE}") + f"""<div class="crumb">当前位置：<a href="/">首页</a> &gt; {ch.name}</div>
<div class="list"><h3 class="list-tit">{ch.name}</h3><ul>{items}</ul>{pager}</div>
""" + foot())
            site.list_pages.append({"url": urls[k], "aliases": []})

    # ------------------------------------------------------------------ home, 404, robots
    def box(ch: Channel) -> str:
        return (f'<div class="box"><h4><a href="/recall/{ch.key}/">{ch.name}</a><a class="more" href="/recall/{ch.key}/">更多&gt;&gt;</a></h4><ul>' +
                "".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span>{x.when:%m-%d}</span></li>' for x in by_ch[ch.key][:7]) + "</ul></div>")
    site.add("/index.html", head(f"{SITE}-{ORG}") + f"""<div class="banner"><p>今天是{REFERENCE_TIME:%Y年%m月%d日}，发现汽车缺陷请拨打 0738-12365</p></div>
{"".join(box(c) for c in CHANNELS)}
<div class="box"><h4>车型召回记录</h4><ul>{"".join(f'<li><a href="/recall/model/{MODEL_SLUG[m]}.html">{esc(m)}</a></li>' for m in models)}</ul></div>
<div class="box"><h4>已撤回公告</h4><ul><li><a href="{DEAD}">柘锋Pro召回计划（已撤回）</a></li></ul></div>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (a withdrawn recall notice, still linked from the home page)"})
    site.add("/404.html", '<!DOCTYPE html><html><head><meta charset="utf-8"><title>404-页面不存在</title></head>'
                          f'<body><h1>{SITE}</h1><p>您访问的页面不存在。</p><a href="/">返回首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /api/\nDisallow: /static/\n"
    return site

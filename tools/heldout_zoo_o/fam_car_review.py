"""A car-review site (澜车网, 汽车之家 / 易车 / 太平洋汽车 style), UTF-8: 评测 articles split over several pages
(``/pingce/202610/1034567.html``, ``1034567_2.html``, ``_3.html`` …) with a 目录 box naming every page's section, a
``本文共4页`` pager, a 全文阅读 link to ``1034567_all.html`` (the whole text on one page, ``<link rel=canonical>`` to
page 1), spec tables inside the text, picture galleries with captions, ``2026年10月12日 08:00`` with JSON-LD
``datePublished`` and a later ``dateModified``, ``作者：`` / ``编辑：`` credits (``澜车网编辑部`` as a placeholder),
``浏览：1.2万`` and ``评论（35）`` / ``抢沙发``, 导购 articles on one or two pages, single-page 新闻, 相关文章 with
dates, lists ``/pingce/`` with ``/pingce/2/`` (page 1 also at ``/pingce/1/``), and per model a 参数配置 page and a
图库 page (tables and pictures with dates, no articles)."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import TZ8, Art, Channel, Site, esc, iso_date, kinds, paginate, rand_dates, unique_titles

NAME = "car_review"
SITE = content.CR_SITE
CHANNELS = [Channel("pingce", "评测"), Channel("daogou", "导购"), Channel("xinwen", "新闻")]
COUNTS = {"pingce": 12, "daogou": 12, "xinwen": 16}
PER_PAGE = 10
DEAD = "/pingce/202609/1031877.html"
ZH_NUM = "一二三四五六七八九十"
SERIES = {m: 3120 + k * 17 for k, m in enumerate(content.MODELS)}


def fmt_views(v: int) -> str:
    return f"{v / 10000:.1f}万" if v >= 10000 else str(v)


def render(blocks: list, model: str) -> str:
    out = []
    gal: list = []

    def flush() -> None:
        if gal:
            out.append('<div class="pic-gallery"><ul>' + "".join(
                f'<li><img src="//img.lanche.example.com/newsdfs{src}" alt="{esc(cap or model)}"><p class="pic-title">{esc(cap)}</p></li>'
                if cap else f'<li><img src="//img.lanche.example.com/newsdfs{src}" alt="{esc(model)}"></li>' for src, cap in gal) +
                f'</ul><a class="more-pic" href="/photo/{SERIES[model]}/">查看更多{esc(model)}图片 共{len(gal) * 16}张</a></div>')
            gal.clear()

    for b in blocks:
        if b[0] == "img":
            gal.append((b[1], b[2]))
            continue
        flush()
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f'<p class="section-title"><strong>{esc(b[1])}</strong></p>')
        elif b[0] == "table":
            out.append('<table class="spec-table"><tbody>' + "".join(
                "<tr>" + "".join((f"<th>{esc(c)}</th>" if i == 0 else f"<td>{esc(c)}</td>") for i, c in enumerate(r)) + "</tr>"
                for r in b[1]) + "</tbody></table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    flush()
    return "\n".join(out)


def spec_rows(rnd: random.Random) -> list:
    return [["参数", "数值"], ["最大功率(kW)", str(rnd.randint(110, 290))], ["最大扭矩(N·m)", str(rnd.randint(230, 560))],
            ["CLTC纯电续航(km)", str(rnd.randint(410, 720))], ["电池容量(kWh)", f"{rnd.randint(55, 96)}.{rnd.randint(0, 9)}"],
            ["整备质量(kg)", str(rnd.randint(1650, 2350))]]


def review_pages(ctx: content.Ctx, rnd: random.Random, n_pages: int) -> tuple[list, list]:
    """(sections, blocks per page) of a multi-page review: page 1 an introduction, then one section per page."""
    model = ctx.fixed["model"]
    secs = ["前言", *sorted(rnd.sample(content.CR_SECTIONS[:-1], n_pages - 2), key=content.CR_SECTIONS.index), "购买建议"]
    pages = []
    pool: list = []
    for k, sec in enumerate(secs):
        blocks: list = []
        if k == 0:
            blocks.append(("p", ctx.fill(rnd.choice(content.CR_OPEN)) + content.pool_para(ctx, content.CR_MID, pool, 2)))
            blocks.append(("img", f"/g{rnd.randint(10, 99)}/M0{rnd.randint(1, 9)}/{rnd.randint(100000, 999999)}.jpg", f"{model}前45度"))
            blocks.append(("p", content.pool_para(ctx, content.CR_MID, pool, rnd.randint(1, 2))))
        else:
            blocks.append(("h", f"{ZH_NUM[k - 1]}、{sec}"))
            for _ in range(rnd.randint(2, 3)):
                blocks.append(("p", content.pool_para(ctx, content.CR_MID, pool, rnd.randint(1, 3))))
            if sec == "动力与操控":
                blocks.append(("p", "新车主要动力参数如下："))
                blocks.append(("table", spec_rows(rnd)))
            if sec not in ("购买建议",):
                for _ in range(rnd.randint(2, 3)):
                    blocks.append(("img", f"/g{rnd.randint(10, 99)}/M0{rnd.randint(1, 9)}/{rnd.randint(100000, 999999)}.jpg",
                                   ctx.fill(rnd.choice(content.CR_CAPTIONS)) if rnd.random() < 0.7 else None))
            if sec == "购买建议":
                blocks.append(("p", ctx.fill(rnd.choice(content.CR_CLOSE))))
        pages.append(blocks)
    return secs, pages


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    arts: list[Art] = []
    for ch in CHANNELS:
        n = COUNTS[ch.key]
        whens = rand_dates(rnd, n, dt.datetime(2026, 7, 1, tzinfo=TZ8), dt.datetime(2026, 10, 21, 12, 0, tzinfo=TZ8), hours=(7, 20))
        ks = kinds(rnd, n)

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            tpls = content.CR_TITLES[ch.key]
            return ctx.fill(tpls[(i + attempt * 5) % len(tpls)]), (ctx, ar)

        for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
            if ch.key == "pingce":
                secs, pages = review_pages(ctx, ar, ar.randint(3, 5))
            elif ch.key == "daogou":
                blocks = content.gen_blocks(ctx, ks[i], content.CR_OPEN, content.CR_MID, content.CR_CLOSE, content.CR_HEADS, "/g/", content.CR_CAPTIONS)
                if ks[i] == "long":  # a long buying guide is split in two at its second sub-head
                    cut = [j for j, b in enumerate(blocks) if b[0] == "h"][1]
                    pages = [blocks[:cut], blocks[cut:]]
                    secs = ["车型概述", blocks[cut][1]]
                else:
                    pages, secs = [blocks], ["全文"]
            else:
                blocks = content.gen_blocks(ctx, ks[i], content.CR_OPEN, content.CR_MID, content.CR_CLOSE, content.CR_HEADS, "/g/", content.CR_CAPTIONS)
                pages, secs = [blocks], ["全文"]
            a = Art(i, 0, ch, title, [b for p in pages for b in p], whens[i])
            a.page_blocks = pages
            a.extra.update(secs=secs, model=ctx.fixed["model"])
            r = ar.random()
            if r < 0.65:
                a.author = content.person(ar)
                a.extra["au_shown"] = a.author
            else:
                a.extra["au_shown"] = content.CR_AUTHORS_SELF[0]  # the site's own desk: a placeholder
            if ar.random() < 0.6:
                a.editor = content.person(ar)
            if ch.key == "xinwen" and ar.random() < 0.45:
                a.source = ar.choice(content.MEDIA)
            a.extra["src_shown"] = a.source or SITE
            v = ar.choice([ar.randint(800, 9800), ar.randint(10000, 189999)])
            a.views = v if v < 10000 else round(v, -3)
            a.extra["views_approx"] = a.views >= 10000
            a.comments = ar.choice([0, ar.randint(1, 40), ar.randint(40, 600)])
            a.extra["modified"] = a.when + dt.timedelta(days=ar.randint(1, 20), hours=ar.randint(0, 5))
            arts.append(a)
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 1031902 + j * 53 + (j * 7) % 11
        base = f"/{a.ch.key}/{a.when:%Y%m}/{a.aid}"
        a.url = base + ".html"
        a.page_urls = [a.url] + [f"{base}_{k}.html" for k in range(2, len(a.page_blocks) + 1)]
        a.extra["all"] = base + "_all.html" if len(a.page_blocks) > 1 else None
    newest = sorted(arts, key=lambda x: (x.when, x.aid), reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}

    nav = [("/", "首页"), ("/pingce/", "评测"), ("/daogou/", "导购"), ("/xinwen/", "新闻"), ("/spec/", "参数配置")]

    def head(title: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{extra}<link rel="stylesheet" href="//s.lanche.example.com/www/css/article.min.css?v=2610">
</head>
<body>
<div class="topbar"><div class="container"><a class="logo" href="/"><img src="//s.lanche.example.com/www/img/logo.png" alt="{SITE}">{SITE}</a>
<ul class="nav">{"".join(f'<li><a href="{u}">{t}</a></li>' for u, t in nav)}</ul>
<div class="city">当前城市：<span id="curCity">澜州</span></div></div></div>
"""

    def foot() -> str:
        return f"""<div class="footer"><div class="container"><p>{SITE} 版权所有 © 2008-2026　沧ICP备11024519号　本站内容未经许可不得转载</p></div></div>
<script src="//s.lanche.example.com/www/js/article.min.js?v=2610"></script>
</body>
</html>
"""

    def info_line(a: Art) -> str:
        parts = [f'<span class="time">{a.when.year}年{a.when.month:02d}月{a.when.day:02d}日 {a.when:%H:%M}</span>',
                 f'<span class="source">来源：{esc(a.extra["src_shown"])}</span>',
                 f'<span class="author">作者：<a href="/author/{a.aid % 97}/">{esc(a.extra["au_shown"])}</a></span>']
        if a.editor:
            parts.append(f'<span class="editor">编辑：{esc(a.editor)}</span>')
        return "".join(parts)

    def tools_line(a: Art) -> str:
        cm = f'<a class="comment" href="#reply">评论（{a.comments}）</a>' if a.comments else '<a class="comment" href="#reply">抢沙发</a>'
        return f'<div class="article-tools"><span class="views">浏览：{fmt_views(a.views)}</span>{cm}</div>'

    def ld(a: Art) -> str:
        au = a.author or content.CR_AUTHORS_SELF[0]
        return (f'<meta property="article:published_time" content="{a.when.isoformat()}">\n'
                f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{esc(a.title)}",'
                f'"datePublished":"{a.when.isoformat()}","dateModified":"{a.extra["modified"].isoformat()}",'
                f'"author":{{"@type":"Person","name":"{esc(au)}"}},"publisher":{{"@type":"Organization","name":"{SITE}"}}}}</script>\n')

    def related_box(a: Art) -> str:
        return ('<div class="related"><h3>相关文章</h3><ul>' + "".join(
            f'<li><a href="{x.url}" title="{esc(x.title)}">{esc(x.title)}</a><span class="date">{x.when:%Y-%m-%d}</span></li>'
            for x in a.related) + "</ul></div>")

    # ------------------------------------------------------------------ article pages
    for a in arts:
        same = by_ch[a.ch.key]
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        a.related = sorted(rr.sample([x for x in same if x is not a], 4), key=lambda x: (x.when, x.aid), reverse=True)
        n = len(a.page_urls)
        crumb = f'<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/{a.ch.key}/">{a.ch.name}</a> &gt; 正文</div>'
        for k, url in enumerate(a.page_urls):
            catalog = pager = ""
            if n > 1:
                catalog = ('<div class="article-catalog"><div class="catalog-title">目录</div><ul>' + "".join(
                    f'<li class="{"on" if m == k else ""}"><a href="{a.page_urls[m].rsplit("/", 1)[1]}">第{m + 1}页：{esc(s)}</a></li>'
                    for m, s in enumerate(a.extra["secs"])) + "</ul></div>")
                pager = (f'<div class="page-box"><span class="page-count">本文共{n}页</span>' +
                         (f'<a class="prev" href="{a.page_urls[k - 1].rsplit("/", 1)[1]}">上一页</a>' if k else "") +
                         "".join(f'<span class="cur">{m + 1}</span>' if m == k else f'<a href="{a.page_urls[m].rsplit("/", 1)[1]}">{m + 1}</a>'
                                 for m in range(n)) +
                         (f'<a class="next" href="{a.page_urls[k + 1].rsplit("/", 1)[1]}">下一页</a>' if k + 1 < n else "") +
                         f'<a class="read-all" href="{a.extra["all"].rsplit("/", 1)[1]}">全文阅读</a></div>')
            sub = f'<div class="subhead">第{k + 1}页：{esc(a.extra["secs"][k])}</div>' if n > 1 and k else ""
            html = head(f"{a.title}_{a.ch.name}_{SITE}" + (f"_第{k + 1}页" if k else ""), ld(a)) + f"""<div class="container main">
{crumb}
<div class="article-wrap">
<h1 class="article-title">{esc(a.title)}</h1>
{sub}
<div class="article-info">{info_line(a)}</div>
{tools_line(a)}
{catalog}
<div class="article-content" id="articleContent">
{render(a.page_blocks[k], a.extra["model"])}
</div>
{pager}
<div class="article-tags">车系：<a href="/spec/{SERIES[a.extra["model"]]}/">{esc(a.extra["model"])}</a></div>
{related_box(a)}
<div class="reply" id="reply"><h3>网友评论</h3><div class="reply-list" data-articleid="{a.aid}"></div></div>
</div>
<div class="sidebar"><div class="hot"><h3>热门车型</h3><ul>{"".join(f'<li><a href="/spec/{sid}/">{esc(m)}</a></li>' for m, sid in SERIES.items())}</ul></div></div>
</div>
""" + foot()
            site.add(url, html)
        aliases = []
        if a.extra["all"]:
            html = head(f"{a.title}_{a.ch.name}_{SITE}_全文", f'<link rel="canonical" href="{a.url}">\n' + ld(a)) + f"""<div class="container main">
{crumb}
<div class="article-wrap">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-info">{info_line(a)}</div>
{tools_line(a)}
<div class="article-content" id="articleContent">
{render(a.blocks, a.extra["model"])}
</div>
<div class="page-box"><a href="{a.url.rsplit("/", 1)[1]}">分页阅读</a></div>
{related_box(a)}
</div></div>
""" + foot()
            site.add(a.extra["all"], html)
            aliases.append(a.extra["all"])
            site.print_views.append(a.extra["all"])
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=f"{a.when.year}年{a.when.month:02d}月{a.when.day:02d}日 {a.when:%H:%M}",
                         views_display=f"浏览：{fmt_views(a.views)}", views_approx=a.extra["views_approx"],
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related],
                         aliases=aliases)

    # ------------------------------------------------------------------ lists: /pingce/, /pingce/2/ (page 1 also /pingce/1/)
    for ch in CHANNELS:
        chunks = paginate(by_ch[ch.key], PER_PAGE)
        urls = [f"/{ch.key}/"] + [f"/{ch.key}/{k}/" for k in range(2, len(chunks) + 1)]
        alias1 = f"/{ch.key}/1/"
        for k, chunk in enumerate(chunks):
            items = ""
            for pos, x in enumerate(chunk, 1):
                items += (f'<li class="list-item"><a class="pic" href="{x.url}"><img src="//img.lanche.example.com/list/{x.aid}.jpg" alt=""></a>'
                          f'<h3><a href="{x.url}">{esc(x.title)}</a></h3><p class="summary">{esc(content.paragraphs(x.blocks)[0][:50])}…</p>'
                          f'<div class="meta"><span class="date">{x.when:%Y-%m-%d}</span><span class="views">{fmt_views(x.views)}浏览</span>'
                          f'<span class="cmt">{x.comments}评论</span></div></li>')
                site.listing(urls[k], pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", views=x.views, category=ch.name)
            pager = ('<div class="pager">' + "".join(
                f'<span class="cur">{m + 1}</span>' if m == k else f'<a href="{alias1 if m == 0 else urls[m]}">{m + 1}</a>' for m in range(len(chunks))) +
                (f'<a href="{urls[k + 1]}">下一页</a>' if k + 1 < len(chunks) else "") + "</div>")
            html = head(f"{ch.name}_{SITE}") + f"""<div class="container main"><div class="breadcrumb"><a href="/">首页</a> &gt; {ch.name}</div>
<div class="list-wrap"><h2>{ch.name}</h2><ul class="article-list">{items}</ul>{pager}</div></div>
""" + foot()
            site.add(urls[k], html)
            if k == 0:
                site.add(alias1, html)  # the pager's "1": a second copy of page 1
            site.list_pages.append({"url": urls[k], "aliases": [alias1] if k == 0 else []})

    # ------------------------------------------------------------------ per model: 参数配置 and 图库 (no articles)
    spec_idx = ""
    for model, sid in SERIES.items():
        mr = random.Random(f"{seed}:{NAME}:spec:{sid}")
        upd = dt.date(2026, 9, 1) + dt.timedelta(days=mr.randint(0, 40))
        rows = "".join(f"<tr><th>{esc(r[0])}</th><td>{esc(r[1])}</td></tr>" for r in spec_rows(mr)[1:])
        site.add(f"/spec/{sid}/", head(f"{model}参数配置_{SITE}") + f"""<div class="container main"><div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/spec/">参数配置</a> &gt; {esc(model)}</div>
<h1 class="series-name">{esc(model)} 参数配置</h1><div class="update">更新时间：{upd:%Y-%m-%d}</div>
<table class="config-table"><tbody><tr><th>指导价</th><td>{mr.randint(12, 33)}.{mr.randint(10, 99)}万</td></tr>{rows}</tbody></table>
<p class="note">以上参数配置仅供参考，请以店内实车为准。</p><a href="/photo/{sid}/">查看图片</a></div>
""" + foot())
        site.non_articles.append({"url": f"/spec/{sid}/", "reason": "参数配置 page (a table with 更新时间)"})
        pics = "".join(f'<li><img src="//img.lanche.example.com/photo/{sid}/{m}.jpg" alt=""><p>{esc(model)} {cap}</p></li>'
                       for m, cap in enumerate(["外观", "前脸", "尾部", "中控", "座椅", "后备厢"]))
        site.add(f"/photo/{sid}/", head(f"{model}图片_{SITE}") + f"""<div class="container main"><div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/spec/{sid}/">{esc(model)}</a> &gt; 图片</div>
<h1 class="series-name">{esc(model)} 图片</h1><div class="upload">上传时间：{upd:%Y-%m-%d}　共{mr.randint(60, 240)}张</div><ul class="photo-list">{pics}</ul></div>
""" + foot())
        site.non_articles.append({"url": f"/photo/{sid}/", "reason": "图库 page (pictures and captions, an upload date)"})
        spec_idx += f'<li><a href="/spec/{sid}/">{esc(model)}</a></li>'
    site.add("/spec/", head(f"参数配置_{SITE}") + f'<div class="container main"><h2>车型参数配置</h2><ul class="series-list">{spec_idx}</ul></div>\n' + foot())
    site.non_articles.append({"url": "/spec/", "reason": "model index"})

    # ------------------------------------------------------------------ home, 404, robots
    def box(key: str, title: str) -> str:
        return (f'<div class="box"><h2><a href="/{key}/">{title}</a></h2><ul>' + "".join(
            f'<li><a href="{x.url}">{esc(x.title)}</a><span>{x.when:%m-%d}</span></li>' for x in by_ch[key][:6]) + "</ul></div>")
    site.add("/", head(f"{SITE}_汽车评测_新车导购_汽车报价") + f"""<div class="container main">
<div class="focus"><a href="{by_ch["pingce"][0].url}"><img src="//img.lanche.example.com/focus/1.jpg" alt="">{esc(by_ch["pingce"][0].title)}</a></div>
{box("pingce", "评测")}{box("daogou", "导购")}{box("xinwen", "新闻")}
<div class="box"><h2>编辑推荐</h2><ul><li><a href="{DEAD}">试驾旧款车型：一篇已下线的评测</a></li></ul></div>
</div>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (a review taken offline, still linked from the home page)"})
    site.add("/404.html", f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>404_{SITE}</title></head><body><p>您访问的页面不存在</p><a href="/">返回首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /user/\nDisallow: /api/\nDisallow: /author/\n"
    return site

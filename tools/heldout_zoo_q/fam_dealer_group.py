"""A 4S dealer group's site (恒驰汽车集团, an old ASP 企业网站 system in table layout), **GBK bytes under a
``charset=gb2312`` meta and a ``GBK`` charset in the HTTP header** (GBK-only characters in names): news
``/news_view.asp?id=312`` linked relatively, **every ``<title>`` is ``恒驰汽车集团-<column>`` (no headline) and the logo
``<h1>`` holds only an image**, the headline in ``td.newstitle``, the credit line **``发布时间：2026/11/5 9:05:32``**
(ASP ``Now()``: unpadded, seconds) ``来源：本站`` / a medium, ``作者：管理员`` or a name, **``浏览次数：`` filled by a
``<script src="inc/hits.asp?id=…">``**; 用车课堂 texts as ``<br>``-separated lines in one ``div``; 相关新闻; **list
entries link ``news_view.asp?id=312&classid=1``** (the same page); **促销活动 pages ``/promo_view.asp?id=21`` in the very
same template (a 发布时间 and an 活动时间 range) and 门店 pages ``/store.asp?id=3``**, lists ``/news.asp?classid=1`` +
``&page=2``."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import (
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
)

NAME = "dealer_group"
SITE = content.DG_SITE
CHANNELS = [Channel("jtxw", "集团新闻", 1), Channel("hyzx", "行业资讯", 2), Channel("ykt", "用车课堂", 3)]
COUNTS = {"jtxw": 16, "hyzx": 14, "ykt": 10}
PER_PAGE = 12
DEAD_ID = 199
N_PROMOS = 8
N_STORES = 8


def stamp(d: dt.datetime) -> str:
    """ASP's ``Now()`` under a zh-CN locale: ``2026/11/5 9:05:32``."""
    return f"{d.year}/{d.month}/{d.day} {d.hour}:{d.minute:02d}:{d.second:02d}"


def view(aid: int, cid: int | None = None) -> str:
    return f"/news_view.asp?id={aid}" + (f"&classid={cid}" if cid else "")


def list_url(cid: int, page: int | None = None) -> str:
    return f"/news.asp?classid={cid}" + (f"&page={page}" if page else "")


def rel(u: str) -> str:
    return u.lstrip("/") if u != "/" else "./"


def render(blocks: list, br: bool) -> str:
    """eWebEditor output: indented <p>s, or (br) lines separated by <br> in one div."""
    if br:
        lines = []
        for b in blocks:
            if b[0] == "p":
                lines.append("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(b[1]))
            elif b[0] == "h":
                lines.append(f"<strong>{esc(b[1])}</strong>")
            elif b[0] == "img":
                lines.append(f'<img src="/UploadFiles/{b[1][-10:]}" border="0">')
            elif b[0] in ("ul", "ol"):
                lines.extend("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(i) for i in b[1])
            elif b[0] == "table":
                lines.append('<table border="1" cellspacing="0" cellpadding="3">' + "".join(
                    "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        return "<br>\n".join(lines)
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f'<p style="text-indent:2em">{esc(b[1])}</p>')
        elif b[0] == "h":
            out.append(f'<p><strong>{esc(b[1])}</strong></p>')
        elif b[0] == "img":
            out.append(f'<p align="center"><img src="/UploadFiles/{b[1][-10:]}" border="0"></p>' +
                       (f'<p align="center"><span style="color:#888">{esc(b[2])}</span></p>' if b[2] else ""))
        elif b[0] == "table":
            out.append('<table border="1" cellspacing="0" cellpadding="3" width="100%">' + "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "gbk", "gb2312", "gbk", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    arts: list[Art] = []
    for ch in CHANNELS:
        n = COUNTS[ch.key]
        whens = rand_dates(rnd, n, dt.datetime(2026, 5, 1, tzinfo=TZ8), dt.datetime(2026, 11, 20, 12, 0, tzinfo=TZ8), seconds=True, hours=(8, 18))
        ks = kinds(rnd, n)

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            tpls = content.DG_TITLES[ch.key]
            return ctx.fill(tpls[(i * 3 + attempt) % len(tpls)]), (ctx, ar)

        for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
            blocks = content.gen_blocks(ctx, ks[i], content.DG_OPEN, content.DG_MID, content.DG_CLOSE, content.DG_HEADS, "/2026/",
                                        content.DG_CAPTIONS)
            if ch.key == "ykt":
                blocks = [b for b in blocks if b[0] != "img" or not b[2]]  # the <br> layout has no captions
            a = Art(i, 0, ch, title, blocks, whens[i])
            r = ar.random()
            if ch.key == "hyzx" and r < 0.7:
                a.source = ar.choice(content.MEDIA)
                a.extra["src_shown"] = a.source
            else:
                a.extra["src_shown"] = "本站" if r < 0.85 else SITE
            if ar.random() < 0.45:
                a.extra["au_shown"] = "管理员"
            else:
                a.author = content.person(ar, gbk_only=ar.random() < 0.4)
                a.extra["au_shown"] = a.author
            arts.append(a)
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 231 + j * 3 + (j * 7) % 3
        a.url = view(a.aid)
        a.page_urls = [a.url]
    newest = sorted(arts, key=lambda x: (x.when, x.aid), reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}

    # promos and stores (no articles)
    pr = random.Random(f"{seed}:{NAME}:promo")
    stores = []
    for k in range(N_STORES):
        city = content.CITIES[k]
        brand = content.DG_BRANDS[k % len(content.DG_BRANDS)]
        stores.append((k + 1, f"{city}恒驰{brand}4S店", city, brand, f"0738-{pr.randint(2000000, 8999999)}"))
    promos = []
    pwhens = rand_dates(pr, N_PROMOS, dt.datetime(2026, 9, 1, tzinfo=TZ8), dt.datetime(2026, 11, 19, tzinfo=TZ8), seconds=True, hours=(8, 18))
    for k in range(N_PROMOS):
        ctx = content.Ctx(pr, pwhens[k])
        t = ctx.fill(content.DG_PROMO[k])
        s0 = pwhens[k].date() + dt.timedelta(days=pr.randint(1, 10))
        promos.append((21 + k * 2, t, pwhens[k], s0, s0 + dt.timedelta(days=pr.randint(10, 45)), stores[k % N_STORES], ctx))

    nav = [("/", "网站首页")] + [(list_url(c.cid), c.name) for c in CHANNELS] + [("/promo.asp", "促销活动"), ("/store_list.asp", "门店查询")]

    def head(col: str) -> str:
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{SITE}-{col}</title>
<meta name="keywords" content="恒驰汽车,4S店,汽车销售,汽车维修,沅岚汽车">
<link href="css/style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="300"><h1 class="logo"><a href="./"><img src="images/logo.jpg" alt="{SITE}" width="280" height="80" border="0"></a></h1></td>
<td align="right" class="hotline">全国服务热线：<b>400-8826-3300</b></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="menu"><tr>
{"".join(f'<td align="center"><a href="{rel(u)}">{t}</a></td>' for u, t in nav)}</tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="220" valign="top" class="left"><div class="lefttit">集团门店</div><ul>{"".join(f'<li><a href="store.asp?id={s[0]}">{esc(s[1])}</a></li>' for s in stores)}</ul></td>
<td width="780" valign="top" class="right">
"""

    def foot() -> str:
        return f"""</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom"><tr><td align="center">
版权所有：沅岚{SITE}有限公司　地址：沅岚省沅川市迎宾大道1999号　<a href="http://beian.example.cn/">沅ICP备11009934号</a><br>
技术支持：沅川网星科技
</td></tr></table>
</body>
</html>
"""

    def page(col: str, place: str, title: str, info: str, body: str, after: str = "") -> str:
        return head(col) + f"""<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="place">您现在的位置：<a href="./">首页</a> &gt;&gt; {place}</td></tr></table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="newstitle" align="center">{esc(title)}</td></tr>
<tr><td class="newsinfo" align="center">{info}</td></tr>
<tr><td class="newscontent"><div id="content">
{body}
</div></td></tr>
</table>
{after}""" + foot()

    def hits(kind: str, pid: int) -> str:
        return f'浏览次数：<script language="javascript" src="inc/hits.asp?{kind}={pid}"></script>'

    # ------------------------------------------------------------------ articles
    for a in arts:
        same = by_ch[a.ch.key]
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        a.related = rr.sample([x for x in same if x is not a], 4)
        idx = same.index(a)
        prv = same[idx + 1] if idx + 1 < len(same) else None
        nxt = same[idx - 1] if idx else None
        info = f"发布时间：{stamp(a.when)}&nbsp;&nbsp;来源：{esc(a.extra['src_shown'])}&nbsp;&nbsp;作者：{esc(a.extra['au_shown'])}&nbsp;&nbsp;{hits('id', a.aid)}"
        after = f"""<table width="96%" align="center"><tr><td>上一篇：{f'<a href="{rel(prv.url)}">{esc(prv.title)}</a>' if prv else "没有了"}<br>
下一篇：{f'<a href="{rel(nxt.url)}">{esc(nxt.title)}</a>' if nxt else "没有了"}</td></tr>
<tr><td class="xgtit">相关新闻</td></tr><tr><td><ul>{"".join(f'<li><a href="{rel(x.url)}">{esc(x.title)}</a></li>' for x in a.related)}</ul></td></tr></table>
<p align="center"><a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a></p>
"""
        file = site.add(a.url, page(a.ch.name, f'<a href="{rel(list_url(a.ch.cid))}">{a.ch.name}</a>', a.title, info,
                                    render(a.blocks, a.ch.key == "ykt"), after))
        alias = view(a.aid, a.ch.cid)
        site.route_alias(alias, file)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=stamp(a.when), views_display=None, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": None, "views": None} for x in a.related],
                         aliases=[alias])

    # ------------------------------------------------------------------ promos (the article template, no articles)
    for pid, t, when, s0, s1, store, ctx in promos:
        body = "\n".join([
            f'<p style="text-indent:2em">活动时间：{s0.year}/{s0.month}/{s0.day}-{s1.year}/{s1.month}/{s1.day}</p>',
            f'<p style="text-indent:2em">活动门店：{esc(store[1])}</p>',
            f'<p style="text-indent:2em">{esc(ctx.fill("活动期间到店购买{model}可享受置换补贴、保险补贴和精品礼包，具体优惠以门店公示为准。"))}</p>',
            f'<p style="text-indent:2em">预约电话：{store[4]}</p>',
            f'<p align="center"><img src="/UploadFiles/promo_{pid}.jpg" border="0"></p>'])
        site.add(f"/promo_view.asp?id={pid}", page("促销活动", '<a href="promo.asp">促销活动</a>', t,
                                                    f"发布时间：{stamp(when)}&nbsp;&nbsp;来源：{esc(store[1])}&nbsp;&nbsp;{hits('pid', pid)}", body))
        site.non_articles.append({"url": f"/promo_view.asp?id={pid}", "reason": "促销活动 (the news template with a 发布时间 and an 活动时间 range; an advert)"})
    site.add("/promo.asp", head("促销活动") + '<div class="lefttit">促销活动</div><ul class="newslist">' + "".join(
        f'<li><a href="promo_view.asp?id={p[0]}">{esc(p[1])}</a><span>{p[2]:%Y-%m-%d}</span></li>' for p in promos) + "</ul>" + foot())
    site.non_articles.append({"url": "/promo.asp", "reason": "list of promotions (no article entries)"})

    # ------------------------------------------------------------------ stores
    for sid, sname, city, brand, tel in stores:
        site.add(f"/store.asp?id={sid}", page("门店查询", '<a href="store_list.asp">门店查询</a>', sname, f"品牌：{brand}&nbsp;&nbsp;所在城市：{city}",
                                               f"<p>地址：{content.PROVINCE}{city}市汽车城{sid * 11}号</p><p>销售热线：{tel}</p><p>营业时间：8:30-18:00（节假日不休）</p>"
                                               f'<p><img src="/UploadFiles/store_{sid}.jpg" border="0"></p>'))
        site.non_articles.append({"url": f"/store.asp?id={sid}", "reason": "门店 page (address, phone, hours)"})
    site.add("/store_list.asp", head("门店查询") + '<div class="lefttit">门店查询</div><table width="100%">' + "".join(
        f'<tr><td><a href="store.asp?id={s[0]}">{esc(s[1])}</a></td><td>{s[4]}</td></tr>' for s in stores) + "</table>" + foot())
    site.non_articles.append({"url": "/store_list.asp", "reason": "store list"})

    # ------------------------------------------------------------------ lists
    for ch in CHANNELS:
        chunks = paginate(by_ch[ch.key], PER_PAGE)
        urls = [list_url(ch.cid)] + [list_url(ch.cid, k) for k in range(2, len(chunks) + 1)]
        for k, chunk in enumerate(chunks):
            items = ""
            for pos, x in enumerate(chunk, 1):
                u = view(x.aid, ch.cid)
                items += (f'<tr><td class="dot">·</td><td><a href="{rel(u)}" target="_blank">{esc(x.title)}</a></td>'
                          f'<td width="90" align="right">[{x.when:%Y-%m-%d}]</td></tr>')
                site.listing(urls[k], pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", category=ch.name, url=u)
            pager = ""
            if len(chunks) > 1:
                pager = (f'<tr><td colspan="3" align="center">共{len(by_ch[ch.key])}条记录 页次：{k + 1}/{len(chunks)} ' +
                         "".join(f"<b>[{m + 1}]</b>" if m == k else f'<a href="{rel(urls[m])}">[{m + 1}]</a>' for m in range(len(chunks))) +
                         (f' <a href="{rel(urls[k + 1])}">下一页</a>' if k + 1 < len(chunks) else "") + "</td></tr>")
            site.add(urls[k], head(ch.name) + f"""<div class="place">您现在的位置：<a href="./">首页</a> &gt;&gt; {ch.name}</div>
<table width="96%" align="center" class="newslist">{items}{pager}</table>
""" + foot())
            site.list_pages.append({"url": urls[k], "aliases": []})

    # ------------------------------------------------------------------ home, 404, robots
    def box(ch: Channel) -> str:
        return (f'<table width="100%" class="box"><tr><td class="boxtit">{ch.name}</td><td align="right"><a href="{rel(list_url(ch.cid))}">更多&gt;&gt;</a></td></tr>' +
                "".join(f'<tr><td colspan="2">· <a href="{rel(x.url)}">{esc(x.title)}</a> <font color="#999">{x.when:%m-%d}</font></td></tr>' for x in by_ch[ch.key][:6]) + "</table>")
    site.add("/index.html", head("首页") + f"""<marquee class="notice">热烈祝贺{SITE}成立二十周年！</marquee>
{"".join(box(c) for c in CHANNELS)}
<table width="100%" class="box"><tr><td class="boxtit">最新促销</td></tr>{"".join(f'<tr><td>· <a href="promo_view.asp?id={p[0]}">{esc(p[1])}</a></td></tr>' for p in promos[-4:])}
<tr><td>· <a href="{rel(view(DEAD_ID))}">集团二〇二五年度总结表彰大会</a></td></tr></table>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": view(DEAD_ID), "reason": "HTTP 404 (an old news item deleted, still linked from the home page)"})
    site.add("/404.html", '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>404</title></head>'
                          f'<body><p>该信息不存在或已被删除！</p><a href="/">返回{SITE}首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /admin/\nDisallow: /inc/\n"
    return site

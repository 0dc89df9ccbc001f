"""The digital edition (数字报) of a provincial industry newspaper (《沣南汽车报》) on a Founder-like e-paper system,
GBK bytes declared ``gb2312`` in the meta (the HTTP header states ``GBK`` only for the issues after a server move):
issue and page navigation ``/html/2026-09/03/node_2.htm`` (第01版：要闻 …), articles
``/html/2026-09/03/content_48213.htm`` (the 版面 lists and the image map link them with ``?div=-1``), relative links,
``<!--enpproperty …-->`` and ``<!--enpcontent-->`` markers, 引题 above and 副题 below the 主题 in ``td.font02`` /
``td.font01`` rows, a byline row (``本报记者　A``, ``□ A``) or ``本报讯（记者 A）`` inside the first paragraph, pictures
above the text with ``本报记者 X 摄`` captions, ``《沣南汽车报》（2026年09月03日 第 03 版）`` under the text, 本版编辑 on
the page bar, 上一篇 / 下一篇 and 上一版 / 下一版 links, a 版面 image map, a 往期回顾 calendar and select, per-page PDFs,
an article continued on a later page (``（下转第04版）`` / ``（上接第01版）``), 图片新闻 entries and an advertising page."""

from __future__ import annotations

import calendar
import datetime as dt
import random

from . import content
from .core import Art, Channel, Site, esc, kinds, rel_href, zh_weekday

NAME = "epaper_founder"
SITE = content.EP_PAPER
ISSUES = [dt.date(2026, 8, 17), dt.date(2026, 8, 20), dt.date(2026, 8, 24), dt.date(2026, 8, 27), dt.date(2026, 8, 31),
          dt.date(2026, 9, 3)]
FIRST_ISSUE_NO = 1287
HEADER_FROM = dt.date(2026, 8, 24)  # from this issue on the server also states the charset in the HTTP header
LAYOUT = {0: ["要闻", "产业", "零部件", "后市场"], 1: ["要闻", "产业", "零部件", "后市场"], 2: ["要闻", "产业", "零部件", "广告"],
          3: ["要闻", "产业", "零部件", "评论"], 4: ["要闻", "产业", "零部件", "后市场"], 5: ["要闻", "产业", "零部件", "评论"]}
COUNTS = [[2, 2, 2, 2], [2, 2, 1, 1], [2, 2, 2, 0], [2, 2, 1, 1], [2, 2, 1, 2], [2, 1, 2, 1]]
PHOTO_ON = {0: "要闻", 3: "要闻"}  # issues whose 01版 carries a 图片新闻 (a picture and a caption, no text)
CONT_ISSUE = 1  # its 01版 lead article continues on 第04版
DEAD = "/html/2026-08/13/node_2.htm"
CHANNELS = {nm: Channel(nm, nm) for nm in ["要闻", "产业", "零部件", "后市场", "评论"]}


def issue_dir(d: dt.date) -> str:
    return f"/html/{d:%Y-%m}/{d:%d}/"


def node_url(d: dt.date, no: int) -> str:
    return f"{issue_dir(d)}node_{no + 1}.htm"


def content_url(d: dt.date, cid: int) -> str:
    return f"{issue_dir(d)}content_{cid}.htm"


def pdf_url(d: dt.date, no: int) -> str:
    return f"/images/{d:%Y-%m}/{d:%d}/{no:02d}/{d:%Y%m%d}{no:02d}_pdf.pdf"


def zh_day(d: dt.date) -> str:
    return f"{d:%Y年%m月%d日}"


class Page:
    """One 版 of one issue."""

    def __init__(self, issue: int, no: int, name: str, editor: str, art_editor: str) -> None:
        self.issue, self.no, self.name = issue, no, name
        self.d = ISSUES[issue]
        self.editor, self.art_editor = editor, art_editor
        self.url = node_url(self.d, no)
        self.items: list[dict] = []  # {"cid", "title", "kind": article|cont|photo, "art"}


def render_text(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<P>\u3000\u3000{esc(b[1])}</P>")
        elif b[0] == "h":
            out.append(f"<P>\u3000\u3000<STRONG>{esc(b[1])}</STRONG></P>")
        elif b[0] == "table":
            out.append('<TABLE border="1" cellspacing="0" cellpadding="2" align="center" width="90%">' + "".join(
                "<TR>" + "".join(f'<TD align="center">{esc(c)}</TD>' for c in r) + "</TR>" for r in b[1]) + "</TABLE>")
        elif b[0] in ("ul", "ol"):
            out.append("".join(f"<P>\u3000\u3000{esc(i)}</P>" for i in b[1]))
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "gbk", "gb2312", None, "/")
    rnd = random.Random(f"{seed}:{NAME}")
    pages: list[list[Page]] = []
    for i, names in LAYOUT.items():
        pr = random.Random(f"{seed}:{NAME}:pages:{i}")
        pages.append([Page(i, k + 1, nm, content.person(pr), content.person(pr)) for k, nm in enumerate(names)])

    n_total = sum(sum(c) for c in COUNTS)
    ks = kinds(rnd, n_total)
    seen_titles: set[str] = set()
    arts: list[Art] = []
    cid = 48213
    cont_cid = 0
    slot = 0
    for i, d in enumerate(ISSUES):
        for k, pg in enumerate(pages[i]):
            if pg.name == "广告":
                continue
            ch = CHANNELS[pg.name]
            for j in range(COUNTS[i][k]):
                attempt = 0
                while True:
                    ar = random.Random(f"{seed}:{NAME}:{i}:{k}:{j}:{attempt}")
                    when = dt.datetime(d.year, d.month, d.day, tzinfo=dt.timezone(dt.timedelta(hours=8)))
                    ctx = content.Ctx(ar, when - dt.timedelta(days=1))
                    tpls = content.EP_TITLES[pg.name]
                    title = ctx.fill(tpls[(i * 3 + j + attempt) % len(tpls)])
                    attempt += 1
                    if title not in seen_titles:
                        seen_titles.add(title)
                        break
                kind = "long" if (i == CONT_ISSUE and k == 0 and j == 0) else ks[slot]
                slot += 1
                blocks = content.gen_blocks(ctx, kind, content.EP_OPEN, content.EP_MID, content.EP_CLOSE, content.EP_HEADS,
                                            f"/images/{d:%Y-%m}/{d:%d}/{pg.no:02d}/", content.EP_CAPTIONS)
                cid += ar.randint(1, 4)
                a = Art(len(arts), cid, ch, title, blocks, when)
                a.extra.update(page=pg, issue=i)
                # byline
                if pg.name == "评论":
                    style = "column"
                else:
                    r = ar.random()
                    style = ("byline1" if r < 0.38 else "byline2" if r < 0.52 else "benbaoxun" if r < 0.72 else
                             "reprint" if r > 0.88 and pg.name in ("产业", "零部件") else "none")
                names = []
                if style in ("byline1", "benbaoxun", "column"):
                    names = [content.person(ar, gbk_only=ar.random() < 0.2)]
                elif style == "byline2":
                    while len(names) < 2:
                        p = content.person(ar, gbk_only=ar.random() < 0.2)
                        if p not in names:
                            names.append(p)
                a.author = " ".join(names) or None
                a.extra["style"] = style
                first = a.blocks[0][1]
                if style == "benbaoxun":
                    a.blocks[0] = ("p", f"本报讯（记者 {names[0]}）{first}")
                elif style == "none" and ar.random() < 0.6:
                    a.blocks[0] = ("p", f"本报讯 {first}")
                if style == "reprint":
                    a.source = ar.choice(content.MEDIA[:4])
                a.editor = pg.editor
                if pg.name in ("要闻", "产业"):
                    if ar.random() < 0.3:
                        a.extra["kicker"] = ar.choice(content.EP_KICKERS)
                    if ar.random() < 0.25:
                        a.extra["subtitle"] = ctx.fill(ar.choice(content.EP_SUBTITLES))
                a.extra["photographer"] = content.person(ar)
                a.url = content_url(d, a.aid)
                a.page_urls = [a.url]
                a.page_blocks = [a.blocks]
                arts.append(a)
                pg.items.append({"cid": a.aid, "title": a.title, "kind": "article", "art": a})
            if i == CONT_ISSUE and pg.no == 4:
                cid += 3
                cont_cid = cid  # the continued part of the lead article gets its own id on this page
            if i in PHOTO_ON and k == 0:
                pr = random.Random(f"{seed}:{NAME}:photo:{i}")
                cid += 2
                ctx = content.Ctx(pr, dt.datetime(d.year, d.month, d.day))
                pg.items.insert(1, {"cid": cid, "title": content.EP_PHOTO_TITLES[list(PHOTO_ON).index(i)], "kind": "photo",
                                    "caption": ctx.fill("{date}，{co}的{pr}生产线上，工人们正在加紧赶制订单。") + f"　本报记者 {content.person(pr)} 摄",
                                    "img": f"/images/{d:%Y-%m}/{d:%d}/01/{pr.randint(100000, 999999)}.jpg"})
    # the continued lead article: its second part has its own content id on 第04版
    lead = next(a for a in arts if a.extra["issue"] == CONT_ISSUE and a.extra["page"].no == 1)
    cut = len(lead.blocks) // 2 + 1
    while lead.blocks[cut][0] not in ("p", "h"):
        cut += 1
    lead.page_blocks = [lead.blocks[:cut], lead.blocks[cut:]]
    back = pages[CONT_ISSUE][3]
    cont_url = content_url(ISSUES[CONT_ISSUE], cont_cid)
    lead.page_urls = [lead.url, cont_url]
    lead.extra["cont"] = (back, cont_cid)
    back.items.append({"cid": cont_cid, "title": lead.title, "kind": "cont", "art": lead})

    # ------------------------------------------------------------------ template parts
    def head() -> str:
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=gb2312">
<TITLE>{SITE}</TITLE>
<LINK href="../../../style/paper.css" type="text/css" rel="stylesheet">
<SCRIPT language="javascript" src="../../../script/jquery-1.4.2.min.js"></SCRIPT>
<SCRIPT language="javascript" src="../../../script/paper.js"></SCRIPT>
</HEAD>
<BODY leftmargin="0" topmargin="0">
"""

    def topbar(src: str, i: int) -> str:
        d = ISSUES[i]
        prv = f'<a href="{rel_href(src, node_url(ISSUES[i - 1], 1))}">上一期</a>' if i else "上一期"
        nxt = f'<a href="{rel_href(src, node_url(ISSUES[i + 1], 1))}">下一期</a>' if i + 1 < len(ISSUES) else "下一期"
        return (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top"><tr>'
                f'<td width="260"><a href="{rel_href(src, "/index.html")}"><img src="{rel_href(src, "/images/logo.gif")}" border="0" alt="{SITE}"></a></td>'
                f'<td class="date">{zh_day(d)}\u3000{zh_weekday(d)}\u3000第{FIRST_ISSUE_NO + i}期</td>'
                f'<td align="right">{prv} | {nxt} | <a href="{rel_href(src, "/index.html")}">返回首页</a></td></tr></table>\n')

    def foot() -> str:
        return f"""<table width="1000" align="center" class="foot"><tr><td align="center">{content.EP_PUBLISHER}版权所有　未经书面授权不得复制或建立镜像<br>
地址：沣南省沣城市文昌路218号　邮编：410127　电话：0731-8860 2210<br>沣ICP备05021874号</td></tr></table>
</BODY>
</HTML>
"""

    def page_nav(src: str, i: int) -> str:
        rows = "".join(f'<tr><td class="px12"><a id="pageLink" href="{rel_href(src, p.url)}">第{p.no:02d}版：{p.name}</a></td>'
                       f'<td><a href="{rel_href(src, pdf_url(p.d, p.no))}"><img src="{rel_href(src, "/images/pdf.gif")}" border="0" alt="PDF"></a></td></tr>'
                       for p in pages[i])
        return f'<div class="bmdh"><div class="tit">版面导航</div><table id="bmdhTable" width="100%">{rows}</table></div>'

    def calendar_box(src: str, i: int) -> str:
        d = ISSUES[i]
        days = {x.day: x for x in ISSUES if (x.year, x.month) == (d.year, d.month)}
        cells = ["<tr>" + "".join(f"<th>{w}</th>" for w in "一二三四五六日") + "</tr>"]
        weeks = calendar.Calendar().monthdayscalendar(d.year, d.month)
        for w in weeks:
            cells.append("<tr>" + "".join(
                "<td></td>" if not x else
                (f'<td class="has"><a href="{rel_href(src, node_url(days[x], 1))}">{x}</a></td>' if x in days else f"<td>{x}</td>")
                for x in w) + "</tr>")
        opts = "".join(f'<option value="{rel_href(src, node_url(x, 1))}"{" selected" if x == d else ""}>{x:%Y-%m-%d}</option>' for x in reversed(ISSUES))
        return (f'<div class="wqhg"><div class="tit">往期回顾</div><div class="month">{d.year}年{d.month}月</div>'
                f'<table class="calendar">{"".join(cells)}</table>'
                f'<select name="wq" onchange="window.location=this.value">{opts}</select></div>')

    def charset_of(i: int) -> str | None:
        return "GBK" if ISSUES[i] >= HEADER_FROM else None

    # ------------------------------------------------------------------ article and photo pages
    for i in range(len(ISSUES)):
        order = [(pg, it) for pg in pages[i] for it in pg.items]
        for n, (pg, it) in enumerate(order):
            url = content_url(pg.d, it["cid"])
            a = it.get("art")
            prv = order[n - 1][1] if n else None
            nxt = order[n + 1][1] if n + 1 < len(order) else None
            pn = ('<table class="pn" width="96%" align="center"><tr><td>上一篇：' +
                  (f'<a href="{rel_href(url, content_url(pg.d, prv["cid"]))}">{esc(prv["title"])}</a>' if prv else "没有了") +
                  '</td><td align="right">下一篇：' +
                  (f'<a href="{rel_href(url, content_url(pg.d, nxt["cid"]))}">{esc(nxt["title"])}</a>' if nxt else "没有了") + "</td></tr></table>")
            titles = "".join(f'<tr><td><img src="{rel_href(url, "/images/dot.gif")}"> <a href="{rel_href(url, content_url(pg.d, x["cid"]))}">{esc(x["title"])}</a></td></tr>'
                             for x in pg.items)
            rows = []
            text = ""
            pics = ""
            author_meta = ""
            if it["kind"] == "photo":
                rows.append(f'<tr><td align="center" class="font01">{esc(it["title"])}</td></tr>')
                pics = (f'<TABLE align="center" class="pic"><TR><TD><IMG src="{rel_href(url, it["img"])}" border="0" width="560"></TD></TR>'
                        f'<TR><TD class="font_pic" align="center">{esc(it["caption"])}</TD></TR></TABLE>')
            else:
                part = 0 if it["kind"] == "article" else 1
                blocks = a.page_blocks[part]
                if part == 0 and "kicker" in a.extra:
                    rows.append(f'<tr><td align="center" class="font02">{esc(a.extra["kicker"])}</td></tr>')
                rows.append(f'<tr><td align="center" class="font01">{esc(a.title)}</td></tr>')
                if part == 0 and "subtitle" in a.extra:
                    rows.append(f'<tr><td align="center" class="font02">{esc(a.extra["subtitle"])}</td></tr>')
                style = a.extra["style"]
                if part == 0 and style in ("byline1", "byline2"):
                    shown = "\u3000".join(esc(x) for x in a.author.split())
                    rows.append(f'<tr><td align="center" class="font03">本报记者\u3000{shown}</td></tr>')
                    author_meta = a.author
                elif part == 0 and style == "column":
                    rows.append(f'<tr><td align="center" class="font03">□ {esc(a.author)}</td></tr>')
                    author_meta = a.author
                for b in blocks:
                    if b[0] == "img":
                        cap = f'<TR><TD class="font_pic" align="center">{esc(b[2])}\u3000本报记者 {esc(a.extra["photographer"])} 摄</TD></TR>' if b[2] else ""
                        pics += f'<TABLE align="center" class="pic"><TR><TD><IMG src="{rel_href(url, b[1])}" border="0" width="560"></TD></TR>{cap}</TABLE>'
                text = render_text(blocks)
                if "cont" in a.extra:
                    back, cont_cid = a.extra["cont"]
                    if part == 0:
                        text += f'\n<P>\u3000\u3000（下转<a href="{rel_href(url, content_url(back.d, cont_cid))}">第{back.no:02d}版</a>）</P>'
                    else:
                        first_pg = a.extra["page"]
                        text = f'<P>\u3000\u3000（上接<a href="{rel_href(url, a.url)}">第{first_pg.no:02d}版</a>）</P>\n' + text
                if a.source and part == len(a.page_blocks) - 1:
                    text += f"\n<P>\u3000\u3000（来源：{esc(a.source)}）</P>"
            subtitle = a.extra.get("subtitle", "") if a and it["kind"] == "article" else ""
            kicker = a.extra.get("kicker", "") if a and it["kind"] == "article" else ""
            prop = (f'<!--enpproperty <articleid>{it["cid"]}</articleid><date>{pg.d:%Y-%m-%d}</date><author>{esc(author_meta)}</author>'
                    f'<title>{esc(it["title"])}</title><keyword></keyword><subtitle>{esc(subtitle)}</subtitle><introtitle>{esc(kicker)}</introtitle>'
                    f'<siteid>1</siteid><nodeid>{pg.no + 1}</nodeid><nodename>第{pg.no:02d}版：{pg.name}</nodename>'
                    f'<nodesearchname>第{pg.no:02d}版：{pg.name}</nodesearchname>/enpproperty-->\n')
            html = prop + head() + topbar(url, i) + f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="290" valign="top" class="left">
<div class="sbm"><a href="{rel_href(url, pg.url)}"><img src="{rel_href(url, f"/images/{pg.d:%Y-%m}/{pg.d:%d}/{pg.no:02d}/b{pg.no:02d}_s.jpg")}" border="0" width="270"></a></div>
{page_nav(url, i)}
<div class="btdh"><div class="tit">本版标题</div><table width="100%">{titles}</table></div>
</td>
<td width="710" valign="top" class="right">
<div class="bar">第{pg.no:02d}版：{pg.name}\u3000\u3000本版编辑：{esc(pg.editor)}\u3000\u3000<a href="{rel_href(url, pg.url)}">返回版面</a></div>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0" class="article">
{"".join(rows)}
<tr><td>{pics}</td></tr>
<tr><td class="content"><div id="ozoom" style="font-size:14px"><!--enpcontent--><founder-content>
{text}
</founder-content><!--/enpcontent--></div></td></tr>
</table>
<div class="cite">《{SITE}》（{zh_day(pg.d)} 第 {pg.no:02d} 版）</div>
{pn}
</td></tr></table>
""" + foot()
            site.add(url, html, charset=charset_of(i))
            site.route_alias(url + "?div=-1", site.file_of(url))
            if it["kind"] == "photo":
                site.non_articles.append({"url": url, "reason": "图片新闻 (a picture with a caption, no text)"})

    for a in arts:
        aliases = [u + "?div=-1" for u in a.page_urls]
        site.article_row(a, content.paragraphs(a.blocks), published_date=a.when.date().isoformat(), published_at=None,
                         published_display=zh_day(a.when.date()), views_display=None, views_approx=False, related=[],
                         aliases=aliases)

    # ------------------------------------------------------------------ 版面 pages (the lists)
    for i, d in enumerate(ISSUES):
        for k, pg in enumerate(pages[i]):
            url = pg.url
            areas = []
            lis = []
            pos = 0
            for m, it in enumerate(pg.items):
                href = rel_href(url, content_url(d, it["cid"])) + "?div=-1"
                y0 = 40 + m * 210
                areas.append(f'<area shape="polygon" coords="12,{y0},500,{y0},500,{y0 + 190},12,{y0 + 190}" href="{href}">')
                lis.append(f'<tr><td><img src="{rel_href(url, "/images/dot.gif")}"> <div style="display:inline" id="mp{it["cid"]}">'
                           f'<a href="{href}">{esc(it["title"])}</a></div></td></tr>')
                if it["kind"] != "photo":
                    pos += 1
                    site.listing(url, pos, it["art"], None, None, category=it["art"].ch.name,
                                 url=content_url(d, it["cid"]) + "?div=-1")
            prv = f'<a href="{rel_href(url, pages[i][k - 1].url)}">上一版</a>' if k else "上一版"
            nxt = f'<a href="{rel_href(url, pages[i][k + 1].url)}">下一版</a>' if k + 1 < len(pages[i]) else "下一版"
            listing = "".join(lis) if lis else '<tr><td class="empty">本版为广告版</td></tr>'
            html = head() + topbar(url, i) + f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="520" valign="top" class="left">
<div class="banmian"><img src="{rel_href(url, f"/images/{d:%Y-%m}/{d:%d}/{pg.no:02d}/b{pg.no:02d}_b.jpg")}" border="0" usemap="#PagePicMap" width="500"></div>
<map name="PagePicMap">{"".join(areas)}</map>
<table class="pn" width="100%"><tr><td>{prv}</td><td align="center">第{pg.no:02d}版：{pg.name}</td><td>{nxt}</td>
<td align="right"><a href="{rel_href(url, pdf_url(d, pg.no))}">PDF版</a></td></tr></table>
</td>
<td width="480" valign="top" class="right">
{page_nav(url, i)}
<div class="btdh"><div class="tit">本版标题导航</div><table width="100%">{listing}</table></div>
<div class="bj">本版编辑：{esc(pg.editor)}\u3000美编：{esc(pg.art_editor)}</div>
{calendar_box(url, i)}
</td></tr></table>
""" + foot()
            site.add(url, html, charset=charset_of(i))
            site.raw_file(pdf_url(d, pg.no), b"%PDF-1.4\n% e-paper page placeholder\n%%EOF\n")
            if pos:
                site.list_pages.append({"url": url, "aliases": []})
            else:
                site.non_articles.append({"url": url, "reason": "advertising page (a 版 without articles)"})

    # ------------------------------------------------------------------ home (redirect stub with the back issues), 404
    past = "".join(f'<li><a href="{rel_href("/index.html", node_url(x, 1))}">{zh_day(x)}\u3000第{FIRST_ISSUE_NO + n}期</a></li>'
                   for n, x in reversed(list(enumerate(ISSUES))))
    site.add("/", f"""<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=gb2312">
<META http-equiv="refresh" content="0; URL=html/{ISSUES[-1]:%Y-%m}/{ISSUES[-1]:%d}/node_2.htm">
<TITLE>{SITE}</TITLE>
</HEAD>
<BODY>
<p>正在进入{SITE}数字报……如果浏览器没有自动跳转，请<a href="html/{ISSUES[-1]:%Y-%m}/{ISSUES[-1]:%d}/node_2.htm">点击这里</a>。</p>
<div class="past"><h3>往期回顾</h3><ul>{past}<li><a href="{DEAD[1:]}">{zh_day(dt.date(2026, 8, 13))}\u3000第1286期</a></li></ul></div>
</BODY>
</HTML>
""", charset=None)
    site.non_articles.append({"url": "/", "reason": "entry page (meta refresh to the latest issue, back-issue links)"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (a back issue not loaded into the archive, still linked from the entry page)"})
    site.add("/404.html", '<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=gb2312"><TITLE>404</TITLE></HEAD>'
                          '<BODY><p>您访问的版面不存在或已过期。</p><a href="/index.html">返回首页</a></BODY></HTML>\n', charset=None)
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /cgi-bin/\nDisallow: /search/\n"
    return site

"""The website of a listed parts maker (澈州瑞擎汽车零部件股份有限公司, 瑞擎股份) on an ASP.NET site builder, GBK bytes
declared ``gb2312`` in the meta only: ``news_view.aspx?TypeId=N&Id=N&FId=t3:N:3`` news pages (the home page links the
same pages with another ``FId`` navigation tag), ``.NET`` default dates (``2026/3/12 10:25:13``), server-rendered
点击次数, 来源：本站 / 作者：admin placeholders, Word-pasted ``<span style="font-family:宋体">`` paragraphs, a 投资者关系
section whose 公告 pages hold only a title, an announcement number, a date and a PDF link, 定期报告 PDFs, a JavaScript
stock quote, and an English switch to a handful of UTF-8 English news pages."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import TZ8, Art, Channel, Site, esc, gbk_safe, iso_date, kinds, paginate, rand_dates, unique_titles

NAME = "ir_corporate"
SITE = content.IR_COMPANY
SHORT = content.IR_SHORT
CHANNELS = [Channel(k, nm, cid) for k, nm, cid in content.IR_CHANNELS]
CH_EN = Channel("en", "Company News", 15)
COUNTS = {"gsxw": 14, "hyzx": 10, "mtbd": 8}
PER_PAGE = 8
DEAD_ID = 998
MAKERS = ["澈北汽车", "琮阳新能源", "渚川汽车", "桐渊汽车"]
INDUSTRY_SOURCES = ["中国汽车工业协会", "澈北省工业和信息化厅", "汽车工业周刊", "新能源汽车报"]


def fid(cid: int, nav: int = 3) -> str:
    return f"t{nav}:{cid}:{nav}"


def art_url(a: Art, nav: int = 3) -> str:
    return f"/news_view.aspx?TypeId={a.ch.cid}&Id={a.aid}&FId={fid(a.ch.cid, nav)}"


def list_url(cid: int, page: int = 1) -> str:
    return f"/news_list.aspx?TypeId={cid}&FId={fid(cid)}" + (f"&Page={page}" if page > 1 else "")


def href(u: str) -> str:
    return esc(u)


def net_time(d: dt.datetime) -> str:
    """.NET ``DateTime.ToString()`` under zh-CN: ``2026/3/12 10:25:13`` (unpadded month and day, 24-hour clock)."""
    return f"{d.year}/{d.month}/{d.day} {d:%H:%M:%S}"


def render(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f'<p style="text-indent:2em;line-height:2"><span style="font-family:宋体;font-size:16px">{esc(b[1])}</span></p>')
        elif b[0] == "h":
            out.append(f'<p style="text-indent:2em;line-height:2"><strong><span style="font-family:黑体;font-size:16px">{esc(b[1])}</span></strong></p>')
        elif b[0] == "img":
            out.append(f'<p style="text-align:center"><img src="{b[1]}" border="0" style="width:600px" /></p>')
            if b[2]:
                out.append(f'<p style="text-align:center"><span style="font-family:宋体;font-size:14px">{esc(b[2])}</span></p>')
        elif b[0] == "table":
            out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="margin:0 auto">' + "".join(
                "<tr>" + "".join(f'<td width="120"><p style="text-align:center"><span style="font-size:14px">{esc(c)}</span></p></td>' for c in r) + "</tr>"
                for r in b[1]) + "</table>")
        elif b[0] in ("ul", "ol"):
            out.append("".join(f'<p style="text-indent:2em;line-height:2"><span style="font-family:宋体;font-size:16px">{esc(i)}</span></p>' for i in b[1]))
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "gbk", "gb2312", None, "/")
    rnd = random.Random(f"{seed}:{NAME}")
    arts: list[Art] = []
    for ch in CHANNELS:
        n = COUNTS[ch.key]
        whens = rand_dates(rnd, n, dt.datetime(2025, 9, 1, tzinfo=TZ8), dt.datetime(2026, 3, 17, 18, 0, tzinfo=TZ8), seconds=True, hours=(8, 18))
        ks = kinds(rnd, n)

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            media = ar.choice(content.MEDIA[:6])
            tpls = content.IR_TITLES[ch.key]
            tpl = tpls[(i + attempt) % len(tpls)].replace("{maker}", ar.choice(MAKERS)).replace("{media}", media)
            return gbk_safe(ctx.fill(tpl)), (ctx, ar, media)

        for i, (title, (ctx, ar, media)) in enumerate(unique_titles(make, n)):
            blocks = content.gen_blocks(ctx, ks[i], content.IR_OPEN, content.IR_MID, content.IR_CLOSE, content.IR_HEADS,
                                        f"/UploadFiles/news/{whens[i]:%Y%m}/", content.IR_CAPTIONS)
            a = Art(i, 0, ch, title, blocks, whens[i])
            if ch.key == "gsxw":
                a.extra["src_shown"] = "本站"
                if ar.random() < 0.55:
                    a.author = content.person(ar, gbk_only=ar.random() < 0.25)
                a.extra["au_shown"] = a.author or "admin"
            elif ch.key == "hyzx":
                a.source = ar.choice(INDUSTRY_SOURCES)
                a.extra["src_shown"] = a.source
                a.extra["au_shown"] = ""
            else:
                a.source = media
                a.extra["src_shown"] = media
                a.author = content.person(ar)
                a.extra["au_shown"] = a.author
            a.views = ar.randint(60, 3800)
            arts.append(a)
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 421 + j * 3 + j % 2
        a.url = art_url(a)
        a.page_urls = [a.url]
    newest = sorted(arts, key=lambda x: (x.when, x.aid), reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}

    # English news (their own articles: own title, date and text; UTF-8 pages)
    en_arts: list[Art] = []
    gs = sorted(by_ch["gsxw"], key=lambda x: x.when)[-len(content.IR_EN_TITLES):]
    for k, t in enumerate(content.IR_EN_TITLES):
        er = random.Random(f"{seed}:{NAME}:en:{k}")
        when = (gs[k].when + dt.timedelta(days=er.randint(1, 3))).replace(hour=0, minute=0, second=0)
        if when > dt.datetime(2026, 3, 18, tzinfo=TZ8):
            when = dt.datetime(2026, 3, 18, tzinfo=TZ8)
        ctx = content.Ctx(er, when)
        sents = [s.replace("{pinyin}", "Hao Ruogu") for s in content.IR_EN_SENT]
        paras = [ctx.fill(" ".join(er.sample(sents, 2))) for _ in range(er.randint(2, 4))]
        a = Art(k, 90 + k * 7, CH_EN, t, [("p", p) for p in paras], when)
        a.views = er.randint(30, 600)
        a.url = f"/en/news_view.aspx?Id={a.aid}"
        a.page_urls = [a.url]
        en_arts.append(a)

    notices = []
    for k, tpl in enumerate(content.IR_NOTICES):
        nr = random.Random(f"{seed}:{NAME}:notice:{k}")
        when = dt.datetime(2025, 10, 1, tzinfo=TZ8) + dt.timedelta(days=k * 13 + nr.randint(0, 9), hours=nr.choice([16, 17, 18, 19]), minutes=nr.randint(0, 59))
        ctx = content.Ctx(nr, when)
        title = f"{SHORT}：" + ctx.fill(tpl.replace("{year}", str(when.year if k < 9 else 2026)))
        no = f"{when.year}-{k + 3:03d}"
        pdf = f"/UploadFiles/notice/{when:%Y%m}/{when:%Y%m%d}_{content.IR_CODE}_{k + 3:03d}.pdf"
        notices.append((f"/ir/notice_view.aspx?Id={2201 + k * 5}", title, when, no, pdf))
    notices.sort(key=lambda x: x[2], reverse=True)

    # ------------------------------------------------------------------ template parts
    nav = [("/", "网站首页"), ("/about.aspx", "走进瑞擎"), (list_url(5), "新闻中心"), ("/product.aspx", "产品中心"),
           ("/ir/notice_list.aspx", "投资者关系"), ("/contact.aspx", "联系我们")]

    def head(title: str) -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(title)}</title>
<meta name="keywords" content="瑞擎股份,制动卡钳,转向器,汽车零部件,{content.IR_CODE}" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk3q0x9pQ2RzRlV4Yw2w==" />
<div class="top"><div class="w1000"><a href="/" class="logo"><img src="/images/logo.png" alt="{SITE}" /></a>
<div class="top-r"><span>证券代码：{content.IR_CODE}</span> <a href="/">中文</a> | <a href="/en/">English</a></div></div></div>
<div class="menu"><div class="w1000"><ul>{"".join(f'<li><a href="{href(u)}">{t}</a></li>' for u, t in nav)}</ul></div></div>
<div class="banner-n"><img src="/images/banner_news.jpg" /></div>
"""

    def foot() -> str:
        return f"""<div class="foot"><div class="w1000"><p>版权所有：{SITE}　地址：澈北省澈州市经济技术开发区瑞擎路88号</p>
<p>电话：0571-8670 3021　传真：0571-8670 3022　<a href="https://beian.example.gov.cn/" target="_blank">澈ICP备08012377号</a>　技术支持：瑞擎信息中心</p></div></div>
</form>
</body>
</html>
"""

    def left(title: str, items: list[tuple[str, str]], active: str) -> str:
        return (f'<div class="left"><div class="left-t">{title}</div><ul class="left-menu">' + "".join(
            f'<li{" class=on" if t == active else ""}><a href="{href(u)}">{t}</a></li>' for u, t in items) + "</ul>"
            '<div class="left-contact"><p>服务热线</p><p class="tel">400-867-3021</p></div></div>')

    news_menu = [(list_url(c.cid), c.name) for c in CHANNELS]
    ir_menu = [("/ir/notice_list.aspx", "公司公告"), ("/ir/report.aspx", "定期报告"), ("/ir/stock.aspx", "股价信息"), ("/ir/contact.aspx", "投资者联系")]

    def frame(title: str, side: str, crumb: str, main: str) -> str:
        return head(title) + f"""<div class="w1000 main">{side}
<div class="right"><div class="right-t"><span class="pos">当前位置：<a href="/">首页</a> &gt; {crumb}</span></div>
<div class="right-c">{main}</div></div>
<div class="clear"></div></div>
""" + foot()

    # ------------------------------------------------------------------ news pages
    for a in arts:
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        a.related = sorted(rr.sample([x for x in by_ch[a.ch.key] if x is not a], 4), key=lambda x: (x.when, x.aid), reverse=True)
        rel = "".join(f'<li><a href="{href(x.url)}" title="{esc(x.title)}">{esc(x.title)}</a><span>{x.when:%Y-%m-%d}</span></li>' for x in a.related)
        same = by_ch[a.ch.key]
        idx = same.index(a)
        prv = same[idx + 1] if idx + 1 < len(same) else None
        nxt = same[idx - 1] if idx > 0 else None
        pn = ("<li>上一条：" + (f'<a href="{href(prv.url)}">{esc(prv.title)}</a>' if prv else "没有了") + "</li><li>下一条："
              + (f'<a href="{href(nxt.url)}">{esc(nxt.title)}</a>' if nxt else "没有了") + "</li>")
        main = f"""<div class="news-view">
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-info">发布时间：{net_time(a.when)}　　来源：{esc(a.extra["src_shown"])}　　作者：{esc(a.extra["au_shown"])}　　点击次数：<span id="ctl00_ContentPlaceHolder1_lblHits">{a.views}</span></div>
<div class="news-content" id="zoom">
{render(a.blocks)}
</div>
<div class="news-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】【<a href="javascript:scroll(0,0)">返回顶部</a>】</div>
<ul class="news-pn">{pn}</ul>
<div class="news-rel"><div class="news-rel-t">相关新闻</div><ul>{rel}</ul></div>
</div>"""
        html = frame(f"{a.title}-{a.ch.name}-{SITE}", left("新闻中心", news_menu, a.ch.name),
                     f'<a href="{href(list_url(5))}">新闻中心</a> &gt; <a href="{href(list_url(a.ch.cid))}">{a.ch.name}</a>', main)
        file = site.add(a.url, html)
        aliases = []
        if a in newest[:6]:
            alias = art_url(a, 1)
            site.route_alias(alias, file)
            aliases.append(alias)
            a.extra["home_url"] = alias
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=net_time(a.when), views_display=f"点击次数：{a.views}", views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related],
                         aliases=aliases)

    # ------------------------------------------------------------------ English pages (UTF-8)
    def en_page(title: str, main: str) -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<link href="/en/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><div class="w1000"><a href="/en/" class="logo"><img src="/images/logo_en.png" alt="Chezhou Ruiqing Auto Parts Co., Ltd." /></a>
<div class="top-r"><span>Stock Code: {content.IR_CODE}</span> <a href="/">中文</a> | <a href="/en/">English</a></div></div></div>
<div class="menu"><div class="w1000"><ul><li><a href="/en/">Home</a></li><li><a href="/en/news_list.aspx">News</a></li><li><a href="/en/about.aspx">About Us</a></li></ul></div></div>
<div class="w1000 main">{main}</div>
<div class="foot"><div class="w1000"><p>Copyright &copy; Chezhou Ruiqing Auto Parts Co., Ltd. All rights reserved.</p></div></div>
</body>
</html>
"""

    for a in en_arts:
        main = f"""<div class="right"><div class="right-t"><span class="pos">Location: <a href="/en/">Home</a> &gt; <a href="/en/news_list.aspx">News</a> &gt; Company News</span></div>
<div class="news-view"><h1 class="news-title">{esc(a.title)}</h1>
<div class="news-info">Release time: {a.when:%Y-%m-%d}　Hits: <span id="ctl00_ContentPlaceHolder1_lblHits">{a.views}</span></div>
<div class="news-content">{"".join(f"<p>{esc(b[1])}</p>" for b in a.blocks)}</div></div></div>"""
        site.add(a.url, en_page(f"{a.title}-Chezhou Ruiqing Auto Parts", main), encoding="utf-8")
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=None,
                         published_display=f"{a.when:%Y-%m-%d}", views_display=f"Hits: {a.views}", views_approx=False,
                         related=[], encoding="utf-8")
    en_rows = "".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span>{x.when:%Y-%m-%d}</span></li>' for x in sorted(en_arts, key=lambda x: x.when, reverse=True))
    site.add("/en/news_list.aspx", en_page("News-Chezhou Ruiqing Auto Parts", f'<div class="right"><h2>Company News</h2><ul class="news-list">{en_rows}</ul></div>'), encoding="utf-8")
    site.list_pages.append({"url": "/en/news_list.aspx", "aliases": []})
    for pos, x in enumerate(sorted(en_arts, key=lambda x: x.when, reverse=True), 1):
        site.listing("/en/news_list.aspx", pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", category=CH_EN.name)
    site.add("/en/", en_page("Chezhou Ruiqing Auto Parts Co., Ltd.", '<div class="en-home"><h2>Welcome</h2><p>Chezhou Ruiqing Auto Parts is a listed maker of braking and steering products.</p>'
                             + "".join(f'<p><a href="{x.url}">{esc(x.title)}</a></p>' for x in en_arts) + "</div>"), encoding="utf-8")
    site.non_articles.append({"url": "/en/", "reason": "English home page"})
    site.add("/en/about.aspx", en_page("About Us-Chezhou Ruiqing Auto Parts", '<div class="right"><h1>About Us</h1><p>Founded in 1996, the company is listed on the Shanghai Stock Exchange.</p><p>It employs about 3,200 people in four plants.</p></div>'), encoding="utf-8")
    site.non_articles.append({"url": "/en/about.aspx", "reason": "English company profile"})

    # ------------------------------------------------------------------ news lists (Page=1 alias)
    for ch in CHANNELS:
        chunks = paginate(by_ch[ch.key], PER_PAGE)
        urls = [list_url(ch.cid, k) for k in range(1, len(chunks) + 1)]
        alias1 = list_url(ch.cid) + "&Page=1"
        for k, chunk in enumerate(chunks):
            rows = "".join(f'<li><span class="date">{x.when:%Y-%m-%d}</span><a href="{href(x.url)}" title="{esc(x.title)}">{esc(x.title)}</a></li>' for x in chunk)
            for pos, x in enumerate(chunk, 1):
                site.listing(urls[k], pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", category=ch.name)
            pg = [f'<a href="{href(alias1)}">首页</a>', f'<a href="{href(urls[k - 1] if k > 1 else alias1)}">上一页</a>' if k else "<span>上一页</span>"]
            pg += [f'<span class="cur">{m + 1}</span>' if m == k else f'<a href="{href(alias1 if m == 0 else urls[m])}">{m + 1}</a>' for m in range(len(chunks))]
            pg += [f'<a href="{href(urls[k + 1])}">下一页</a>' if k + 1 < len(chunks) else "<span>下一页</span>", f'<a href="{href(urls[-1])}">尾页</a>']
            main = f'<ul class="news-list">{rows}</ul><div class="pager">共{len(by_ch[ch.key])}条记录 {"".join(pg)}</div>'
            file = site.add(urls[k], frame(f"{ch.name}-{SITE}", left("新闻中心", news_menu, ch.name), f'<a href="{href(list_url(5))}">新闻中心</a> &gt; {ch.name}', main))
            if k == 0:
                site.route_alias(alias1, file)
            site.list_pages.append({"url": urls[k], "aliases": [alias1] if k == 0 else []})

    # ------------------------------------------------------------------ investor relations (not articles)
    for u, t, when, no, pdf in notices:
        main = f"""<div class="news-view">
<h1 class="news-title">{esc(t)}</h1>
<div class="news-info">发布时间：{net_time(when)}　　公告编号：{no}　　点击次数：<span id="ctl00_ContentPlaceHolder1_lblHits">{random.Random(u).randint(40, 900)}</span></div>
<div class="news-content" id="zoom">
<p style="text-indent:2em">证券代码：{content.IR_CODE}　　证券简称：{SHORT}　　公告编号：{no}</p>
<p style="text-indent:2em">公告全文请点击下载：<a href="{pdf}" target="_blank">{esc(t)}.pdf</a></p>
</div>
<div class="news-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>"""
        site.add(u, frame(f"{t}-公司公告-{SITE}", left("投资者关系", ir_menu, "公司公告"), '<a href="/ir/notice_list.aspx">投资者关系</a> &gt; 公司公告', main))
        site.raw_file(pdf, b"%PDF-1.4\n% announcement placeholder\n" + t.encode("utf-8") + b"\n%%EOF\n")
        site.non_articles.append({"url": u, "reason": "公告 page (title, number, date and a PDF link; the text is in the PDF)"})
    nchunks = paginate(notices, 8)
    nurls = ["/ir/notice_list.aspx"] + [f"/ir/notice_list.aspx?Page={k}" for k in range(2, len(nchunks) + 1)]
    for k, chunk in enumerate(nchunks):
        rows = "".join(f'<li><span class="date">{w:%Y-%m-%d}</span><a href="{href(u)}">{esc(t)}</a> <a class="pdf" href="{pdf}">[PDF]</a></li>' for u, t, w, no, pdf in chunk)
        pg = "".join(f'<span class="cur">{m + 1}</span>' if m == k else f'<a href="{href(nurls[m])}">{m + 1}</a>' for m in range(len(nchunks)))
        site.add(nurls[k], frame(f"公司公告-{SITE}", left("投资者关系", ir_menu, "公司公告"), '<a href="/ir/notice_list.aspx">投资者关系</a> &gt; 公司公告',
                                 f'<ul class="news-list notice-list">{rows}</ul><div class="pager">{pg}</div>'))
        site.non_articles.append({"url": nurls[k], "reason": "announcement list (its entries are no articles)"})
    reports = [("2025年第三季度报告", "2025-10-28"), ("2025年半年度报告", "2025-08-26"), ("2025年第一季度报告", "2025-04-29"), ("2024年年度报告", "2025-04-18")]
    rrows = ""
    for t, d in reports:
        pdf = f"/UploadFiles/report/{d.replace('-', '')}_{content.IR_CODE}.pdf"
        site.raw_file(pdf, b"%PDF-1.4\n% periodic report placeholder\n%%EOF\n")
        rrows += f'<li><span class="date">{d}</span><a href="{pdf}" target="_blank">{SHORT}{t}</a></li>'
    site.add("/ir/report.aspx", frame(f"定期报告-{SITE}", left("投资者关系", ir_menu, "定期报告"), '<a href="/ir/notice_list.aspx">投资者关系</a> &gt; 定期报告', f'<ul class="news-list">{rrows}</ul>'))
    site.non_articles.append({"url": "/ir/report.aspx", "reason": "periodic reports (PDF links)"})
    site.add("/ir/stock.aspx", frame(f"股价信息-{SITE}", left("投资者关系", ir_menu, "股价信息"), '<a href="/ir/notice_list.aspx">投资者关系</a> &gt; 股价信息',
                                     f'<div class="stock"><h2>{SHORT}（{content.IR_CODE}）</h2><p>最新价：<span id="price"></span>　涨跌幅：<span id="chg"></span>　成交量：<span id="vol"></span></p>'
                                     '<p>行情数据来源于第三方，延时15分钟，仅供参考。</p><script src="/js/quote.js"></script></div>'))
    site.non_articles.append({"url": "/ir/stock.aspx", "reason": "stock quote (filled by JavaScript)"})
    site.add("/ir/contact.aspx", frame(f"投资者联系-{SITE}", left("投资者关系", ir_menu, "投资者联系"), '<a href="/ir/notice_list.aspx">投资者关系</a> &gt; 投资者联系',
                                       '<div class="about"><p>董事会秘书：廖明哲</p><p>证券事务代表：乔静姝</p><p>电话：0571-8670 3088　邮箱：ir@ruiqing.example.com</p></div>'))
    site.non_articles.append({"url": "/ir/contact.aspx", "reason": "investor contact"})

    # ------------------------------------------------------------------ about pages (article look, no date)
    about_menu = [("/about.aspx", "公司简介"), ("/about.aspx?cid=2", "董事长致辞"), ("/about.aspx?cid=3", "企业文化")]
    abouts = [("/about.aspx", "公司简介", [f"{SITE}成立于1996年，是一家专业从事汽车制动系统和转向系统零部件研发、生产和销售的高新技术企业。",
                                          f"公司于2017年在上海证券交易所主板上市，证券代码{content.IR_CODE}。公司现有澈州、琮阳、渚川三个生产基地，员工3200余人。",
                                          "公司产品配套国内外三十余家整车企业，并出口欧洲、北美和东南亚市场。"]),
              ("/about.aspx?cid=2", "董事长致辞", ["各位朋友：", "感谢您长期以来对瑞擎股份的关注和支持！",
                                                   "三十年来，瑞擎人始终坚持“专注制动、精益求精”的理念，从一家小作坊成长为行业骨干企业。",
                                                   "面向未来，我们将坚持创新驱动，努力把瑞擎建设成为受人尊敬的汽车零部件企业。", "董事长：郝若谷"]),
              ("/about.aspx?cid=3", "企业文化", ["企业使命：让每一次制动更安全。", "企业愿景：成为全球领先的制动系统供应商。", "核心价值观：诚信、专注、创新、共赢。"])]
    for u, t, paras in abouts:
        main = f'<div class="news-view"><h1 class="news-title">{t}</h1><div class="news-content" id="zoom">' + "".join(
            f'<p style="text-indent:2em;line-height:2"><span style="font-family:宋体;font-size:16px">{esc(p)}</span></p>' for p in paras) + "</div></div>"
        site.add(u, frame(f"{t}-{SITE}", left("走进瑞擎", about_menu, t), f'<a href="/about.aspx">走进瑞擎</a> &gt; {t}', main))
        site.non_articles.append({"url": u, "reason": f"{t} (company page in the article look, no date)"})
    site.add("/product.aspx", frame(f"产品中心-{SITE}", left("产品中心", [("/product.aspx", "制动系统")], "制动系统"), "产品中心",
                                    '<ul class="pro-list">' + "".join(f"<li><img src=\"/UploadFiles/pro/{k}.jpg\" /><p>{p}</p></li>" for k, p in enumerate(content.PRODUCTS[:6])) + "</ul>"))
    site.non_articles.append({"url": "/product.aspx", "reason": "product gallery"})
    site.add("/contact.aspx", frame(f"联系我们-{SITE}", left("联系我们", [("/contact.aspx", "联系方式")], "联系方式"), "联系我们",
                                    '<div class="about"><p>地址：澈北省澈州市经济技术开发区瑞擎路88号</p><p>销售热线：400-867-3021</p></div>'))
    site.non_articles.append({"url": "/contact.aspx", "reason": "contact page"})

    # ------------------------------------------------------------------ home
    home_news = f'<li><a href="{href(f"/news_view.aspx?TypeId=5&Id={DEAD_ID}&FId=t1:5:1")}">公司召开2026年一季度经营分析会</a><span>03-16</span></li>' + "".join(
        f'<li><a href="{href(a.extra["home_url"])}" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:%m-%d}</span></li>' for a in newest[:6])
    home_notice = "".join(f'<li><a href="{href(u)}">{esc(t)}</a><span>{w:%m-%d}</span></li>' for u, t, w, *_ in notices[:5])
    site.add("/", head(f"{SITE}") + f"""<div class="w1000 home"><div class="home-news"><div class="home-t"><span>新闻中心</span><a href="{href(list_url(5))}">更多&gt;&gt;</a></div><ul>{home_news}</ul></div>
<div class="home-notice"><div class="home-t"><span>公司公告</span><a href="/ir/notice_list.aspx">更多&gt;&gt;</a></div><ul>{home_notice}</ul></div>
<div class="home-about"><div class="home-t"><span>走进瑞擎</span></div><p>{SITE}成立于1996年，专业从事汽车制动系统和转向系统零部件研发、生产和销售。</p><a href="/about.aspx">了解更多</a></div></div>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": f"/news_view.aspx?TypeId=5&Id={DEAD_ID}&FId=t1:5:1", "reason": "HTTP 404 (unpublished news still linked from the home page)"})
    site.add("/404.html", '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>页面不存在</title></head><body><p>对不起，您访问的页面不存在！</p><a href="/">返回首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /admin/\nDisallow: /search.aspx\n"
    return site

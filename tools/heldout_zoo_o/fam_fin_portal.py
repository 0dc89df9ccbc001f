"""The auto channel of a financial-news portal (沧澜财经网, 同花顺 / 东方财富 style), GBK bytes declared ``gbk`` in the
meta and in the HTTP header: articles ``/20261012/c612345678.shtml`` (``.shtml``), the site's logo as ``<h1>`` and the
headline in ``h2.main-title``, ``<span class="time" id="pubtime_baidu">2026-10-12 09:31:05</span>`` (seconds) and
``<meta name="publishdate">``, ``来源：<newspaper>`` (or the portal itself), ``作者：`` on some, stock names linked to
quote pages with empty quote spans filled by JavaScript, a 个股行情 sidebar widget, 公司公告 summaries linking a
公告原文 stub, ``责任编辑：A　校对：B`` under the text, a 免责声明, JavaScript 阅读量 / 评论 counters, 相关新闻 with
``10-12 09:31`` dates, channel lists ``/qiche/index.shtml`` + ``index_2.shtml``, and a 7x24 快讯 page whose entries
show a clock only under day headers (``2026年10月21日 星期三``)."""

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
    zh_weekday,
)

NAME = "fin_portal"
SITE = content.FP_SITE
CHANNELS = [Channel("cyzx", "汽车产业", 0), Channel("gsgg", "公司公告", 1), Channel("kx", "快讯", 2)]
LIST_DIR = {"cyzx": "/qiche/", "gsgg": "/gsgg/", "kx": "/kuaixun/"}
COUNTS = {"cyzx": 20, "gsgg": 14, "kx": 12}
PER_PAGE = 10
DEAD = "/20260930/c611998204.shtml"


def art_url(when: dt.datetime, aid: int) -> str:
    return f"/{when:%Y%m%d}/c{aid}.shtml"


def list_url(key: str, page: int = 1) -> str:
    return LIST_DIR[key] + ("index.shtml" if page == 1 else f"index_{page}.shtml")


def stamp(d: dt.datetime) -> str:
    return f"{d:%Y-%m-%d %H:%M:%S}"


def render(blocks: list, stocks: dict) -> str:
    """Paragraphs; the first mention of a listed company's short name is linked to its quote page, with an empty
    quote span after it (filled by JavaScript: no text)."""
    out = []
    linked: set = set()
    for b in blocks:
        if b[0] in ("p", "h"):
            t = esc(b[1])
            for name, code in stocks.items():
                if name in t and name not in linked:
                    linked.add(name)
                    t = t.replace(name, f'<a class="stock-link" href="/stock/{code}/" target="_blank">{name}</a>'
                                        f'<span class="stock-quote" data-code="{code}"></span>', 1)
            out.append(f"<p><strong>{t}</strong></p>" if b[0] == "h" else f"<p>　　{t}</p>")
        elif b[0] == "img":
            out.append(f'<p style="text-align:center"><img src="//i.canglancj.example.com/news{b[1]}" alt=""></p>' +
                       (f'<p class="img-desc" style="text-align:center">{esc(b[2])}</p>' if b[2] else ""))
        elif b[0] == "table":
            out.append('<table class="data-table" border="1" cellpadding="3">' + "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "gbk", "gbk", "GBK", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    stocks = {name: code for name, code, _ in content.LISTED}
    arts: list[Art] = []
    for ch in CHANNELS:
        n = COUNTS[ch.key]
        if ch.key == "kx":
            whens = rand_dates(rnd, n, dt.datetime(2026, 10, 19, tzinfo=TZ8), dt.datetime(2026, 10, 21, 15, 50, tzinfo=TZ8),
                               seconds=True, hours=(7, 22))
            ks = ["short"] * n
        else:
            whens = rand_dates(rnd, n, dt.datetime(2026, 8, 24, tzinfo=TZ8), dt.datetime(2026, 10, 21, 15, 0, tzinfo=TZ8),
                               seconds=True, hours=(7, 22))
            ks = kinds(rnd, n)

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            tpls = content.FP_TITLES[ch.key]
            return ctx.fill(tpls[(i * 3 + attempt) % len(tpls)]), (ctx, ar)

        for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
            if ch.key == "kx":
                text = f"{SITE}{whens[i].month}月{whens[i].day}日讯，" + ctx.fill(ar.choice(content.FP_KX_MID))
                blocks = [("p", text)]
            else:
                blocks = content.gen_blocks(ctx, ks[i], content.FP_OPEN, content.FP_MID, content.FP_CLOSE, content.FP_HEADS,
                                            "/2026/", content.FP_CAPTIONS)
            a = Art(i, 0, ch, title, blocks, whens[i])
            a.extra["stock"] = (ctx.fixed["stock"], ctx.fixed["code"])
            r = ar.random()
            if ch.key == "kx":
                a.extra["src_shown"] = SITE
                a.editor = content.person(ar)
            else:
                if r < 0.55:
                    a.source = ar.choice(content.FP_MEDIA)
                    a.extra["src_shown"] = a.source
                else:
                    a.extra["src_shown"] = SITE  # the portal itself: no source
                if ar.random() < 0.45:
                    a.author = content.person(ar, gbk_only=ar.random() < 0.4)
                a.editor = content.person(ar, gbk_only=ar.random() < 0.3)
            a.extra["proof"] = content.person(ar)
            arts.append(a)
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 611998300 + j * 37 + (j * j) % 23
        a.url = art_url(a.when, a.aid)
        a.page_urls = [a.url]
    newest = sorted(arts, key=lambda x: (x.when, x.aid), reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}

    nav = [("/", "首页"), (list_url("cyzx"), "汽车"), (list_url("gsgg"), "公司公告"), (list_url("kx"), "7x24快讯")]

    def head(title: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(title)}</title>
{extra}<link rel="stylesheet" href="//s.canglancj.example.com/css/news/detail_v3.css?20260918" />
<script type="text/javascript" src="//s.canglancj.example.com/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="topbar"><div class="wrap"><a href="/">{SITE}首页</a> | <a href="javascript:void(0)">手机客户端</a> | <a href="javascript:void(0)" class="login">登录</a></div></div>
<div class="header wrap"><h1 class="logo"><a href="/" title="{SITE}">{SITE}</a></h1>
<div class="search"><form action="/search/" method="get"><input name="w" value="输入股票代码/名称/拼音" /><button>搜索</button></form></div></div>
<div class="nav wrap"><ul>{"".join(f'<li><a href="{u}">{t}</a></li>' for u, t in nav)}</ul></div>
<div class="index-ticker wrap">上证指数 <span class="idx" id="sh000001">--</span> 深证成指 <span class="idx" id="sz399001">--</span> 创业板指 <span class="idx" id="sz399006">--</span></div>
"""

    def foot() -> str:
        return f"""<div class="footer wrap"><p>关于我们 | 联系我们 | 免责声明 | 客服热线：0731-8620 5500</p>
<p>{SITE} 版权所有　沧ICP备16032571号-3　增值电信业务经营许可证：沧B2-20160219</p>
<p>投资有风险，入市需谨慎</p></div>
<script type="text/javascript" src="//s.canglancj.example.com/js/news/quote.min.js?20260918"></script>
<script type="text/javascript">HQ.init(); Counter.load();</script>
</body>
</html>
"""

    def side(a: Art | None) -> str:
        rows = []
        picks = [a.extra["stock"]] if a is not None else []
        for nm, code, _ in content.LISTED[:5]:
            if (nm, code) not in picks:
                picks.append((nm, code))
        for nm, code in picks[:5]:
            rows.append(f'<tr><td><a href="/stock/{code}/">{nm}</a></td><td>{code}</td><td class="price" id="hq_{code}">--</td>'
                        f'<td class="zdf" id="zdf_{code}">--</td></tr>')
        hot = "".join(f'<li><span class="kx-time">{x.when:%H:%M}</span><a href="{x.url}">{esc(x.title)}</a></li>' for x in by_ch["kx"][:5])
        return (f'<div class="side"><div class="hq-box"><h3>个股行情</h3><table><tr><th>名称</th><th>代码</th><th>最新价</th><th>涨跌幅</th></tr>'
                f'{"".join(rows)}</table></div><div class="kx-box"><h3>7x24快讯 <a href="{list_url("kx")}">更多</a></h3><ul>{hot}</ul></div>'
                '<div class="ad-box"><a href="javascript:void(0)" rel="nofollow"><img src="//i.canglancj.example.com/ad/app_300x250.jpg" alt="下载客户端" /></a></div></div>')

    # ------------------------------------------------------------------ article pages
    for a in arts:
        same = by_ch[a.ch.key]
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        a.related = [] if a.ch.key == "kx" else sorted(rr.sample([x for x in same if x is not a], 4), key=lambda x: (x.when, x.aid), reverse=True)
        meta = (f'<meta name="keywords" content="{esc(a.extra["stock"][0])},汽车零部件,{a.ch.name}" />\n'
                f'<meta name="description" content="{esc(content.paragraphs(a.blocks)[0][:70])}" />\n'
                f'<meta name="publishdate" content="{stamp(a.when)}" />\n')
        info = [f'<span class="time" id="pubtime_baidu">{stamp(a.when)}</span>',
                f'<span id="source_baidu">来源：<a href="/" rel="nofollow">{esc(a.extra["src_shown"])}</a></span>'
                if a.extra["src_shown"] == SITE else f'<span id="source_baidu">来源：{esc(a.extra["src_shown"])}</span>']
        if a.author:
            info.append(f'<span class="author">作者：{esc(a.author)}</span>')
        info.append('<span class="read-num">阅读量：<em id="readNum">--</em></span>'
                    '<a class="cmt" href="#comment">评论<em id="cmtNum"></em></a>')
        notice = ""
        if a.ch.key == "gsgg":
            notice = (f'<div class="notice-link">公告原文：<a href="/notice/{a.extra["stock"][1]}/{a.aid}.shtml" target="_blank">'
                      f'{esc(a.extra["stock"][0])}：{esc(a.title.split("：", 1)[-1])}的公告</a></div>')
        rel = ""
        if a.related:
            rel = ('<div class="related-news"><h3>相关新闻</h3><ul>' + "".join(
                f'<li><a href="{x.url}" title="{esc(x.title)}">{esc(x.title)}</a><span class="rel-time">{x.when:%m-%d %H:%M}</span></li>'
                for x in a.related) + "</ul></div>")
        crumb = f'<a href="/">首页</a> &gt; <a href="{list_url(a.ch.key)}">{a.ch.name}</a> &gt; 正文'
        html = head(f"{a.title}_{a.ch.name}_{SITE}", meta) + f"""<div class="content wrap"><div class="main">
<div class="crumb">{crumb}</div>
<div class="main-fl">
<h2 class="main-title">{esc(a.title)}</h2>
<div class="info-fl">{"".join(info)}</div>
<div class="main-text atc-content">
{render(a.blocks, stocks)}
</div>
{notice}
<p class="editor-line">责任编辑：{esc(a.editor)}　校对：{esc(a.extra["proof"])}</p>
<div class="disclaimer">郑重声明：{SITE}发布此信息的目的在于传播更多信息，与本站立场无关。文中内容仅供参考，不构成投资建议。投资者据此操作，风险自担。</div>
<div class="share">分享到：<a href="javascript:void(0)" class="wx">微信</a><a href="javascript:void(0)" class="wb">微博</a></div>
{rel}
<div class="comment-box" id="comment"><h3>网友评论</h3><div id="cmtList"></div></div>
</div></div>
{side(a)}</div>
<script type="text/javascript">var newsId = "{a.aid}"; var pubDate = "{a.when:%Y%m%d}"; Counter.read(newsId);</script>
""" + foot()
        site.add(a.url, html)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=stamp(a.when), views_display=None, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related])

    # 公告原文 stubs: the article template with the announcement's title, a date, the filing numbers and a PDF link
    for a in by_ch["gsgg"]:
        nm, code = a.extra["stock"]
        url = f"/notice/{code}/{a.aid}.shtml"
        nd = a.when - dt.timedelta(hours=a.when.hour + 2)
        body = (f'<p>证券代码：{code}　证券简称：{nm}　公告编号：2026-0{a.aid % 90 + 10}</p>'
                f'<p class="pdf"><a href="/pdf/{code}/{a.aid}.pdf">查看PDF原文</a></p>')
        site.add(url, head(f"{nm}：{a.title.split('：', 1)[-1]}的公告_公告原文_{SITE}") + f"""<div class="content wrap"><div class="main">
<div class="crumb"><a href="/">首页</a> &gt; <a href="/stock/{code}/">{nm}</a> &gt; 公告原文</div>
<div class="main-fl"><h2 class="main-title">{esc(nm)}：{esc(a.title.split("：", 1)[-1])}的公告</h2>
<div class="info-fl"><span class="time">公告日期：{nd:%Y-%m-%d}</span></div>
<div class="main-text atc-content">{body}</div></div></div>{side(a)}</div>
""" + foot())
        site.raw_file(f"/pdf/{code}/{a.aid}.pdf", b"%PDF-1.4\n% stub\n")
        site.non_articles.append({"url": url, "reason": "公告原文 stub (announcement title, 公告日期, filing numbers and a PDF link; no text)"})

    # stock quote pages (JavaScript-filled numbers, a company profile line)
    for nm, code, ex in content.LISTED:
        site.add(f"/stock/{code}/", head(f"{nm}({code})_股票行情_{SITE}") + f"""<div class="content wrap"><div class="main">
<div class="stock-head"><h2 class="stock-name">{nm} <span>{code}</span></h2>
<div class="quote"><span class="price" id="hq_{code}">--</span> <span class="zdf">--</span> 成交量：<span id="vol_{code}">--</span></div></div>
<div class="f10"><p>所属行业：汽车零部件　交易所：{"上海证券交易所" if ex == "sh" else "深圳证券交易所"}</p></div>
</div></div>
<script type="text/javascript">HQ.load("{ex}{code}");</script>
""" + foot())
        site.non_articles.append({"url": f"/stock/{code}/", "reason": "stock quote page (figures filled by JavaScript)"})

    # ------------------------------------------------------------------ channel lists
    def list_page(title: str, inner: str) -> str:
        return head(f"{title}_{SITE}") + f"""<div class="content wrap"><div class="main">
<div class="crumb"><a href="/">首页</a> &gt; {title}</div>
<div class="list-con">{inner}</div></div>{side(None)}</div>
""" + foot()

    for ch in CHANNELS[:2]:
        chunks = paginate(by_ch[ch.key], PER_PAGE)
        urls = [list_url(ch.key, k) for k in range(1, len(chunks) + 1)]
        for k, chunk in enumerate(chunks):
            items = ""
            for pos, x in enumerate(chunk, 1):
                summ = content.paragraphs(x.blocks)[0][:60]
                items += (f'<li><span class="arc-title"><a href="{x.url}" target="_blank" title="{esc(x.title)}">{esc(x.title)}</a></span>'
                          f'<span class="arc-time">{x.when:%Y-%m-%d %H:%M}</span><p class="arc-summary">{esc(summ)}…</p></li>')
                site.listing(urls[k], pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d %H:%M}", category=ch.name)
            pager = ('<div class="num-page">' + (f'<a href="{urls[k - 1].rsplit("/", 1)[1]}">上一页</a>' if k else "") +
                     "".join(f'<span class="cur">{m + 1}</span>' if m == k else f'<a href="{urls[m].rsplit("/", 1)[1]}">{m + 1}</a>'
                             for m in range(len(chunks))) +
                     (f'<a href="{urls[k + 1].rsplit("/", 1)[1]}">下一页</a>' if k + 1 < len(chunks) else "") + "</div>")
            site.add(urls[k], list_page(ch.name, f'<h2 class="list-title">{ch.name}</h2><ul class="list-ul">{items}</ul>{pager}'))
            site.list_pages.append({"url": urls[k], "aliases": []})

    # 7x24 快讯: day headers, entries with a clock only
    kx_url = list_url("kx")
    days: dict = {}
    for x in by_ch["kx"]:
        days.setdefault(x.when.date(), []).append(x)
    inner = '<h2 class="list-title">7x24快讯</h2><div class="kx-list">'
    pos = 0
    for d, xs in days.items():
        inner += f'<div class="kx-day">{d.year}年{d.month:02d}月{d.day:02d}日 {zh_weekday(d)}</div><ul>'
        for x in xs:
            pos += 1
            inner += (f'<li class="kx-item"><span class="kx-time">{x.when:%H:%M}</span><a href="{x.url}" target="_blank">'
                      f'<strong>{esc(x.title)}</strong></a><p>{esc(content.paragraphs(x.blocks)[0])}</p></li>')
            site.listing(kx_url, pos, x, iso_date(x.when), f"{x.when:%H:%M}", category="快讯")
        inner += "</ul>"
    site.add(kx_url, list_page("7x24快讯", inner + "</div>"))
    site.list_pages.append({"url": kx_url, "aliases": []})

    # ------------------------------------------------------------------ home, 404, robots
    top = newest[:10]
    site.add("/", head(f"{SITE}_财经门户_股票_汽车产业") + f"""<div class="content wrap"><div class="main">
<div class="focus"><h2>要闻</h2><ul>{"".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in top if x.ch.key != "kx")}
<li><a href="{DEAD}">汽配板块异动点评（已撤稿）</a></li></ul></div>
<div class="block"><h2><a href="{list_url("cyzx")}">汽车产业</a></h2><ul>{"".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span>{x.when:%m-%d}</span></li>' for x in by_ch["cyzx"][:6])}</ul></div>
<div class="block"><h2><a href="{list_url("gsgg")}">公司公告</a></h2><ul>{"".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span>{x.when:%m-%d}</span></li>' for x in by_ch["gsgg"][:6])}</ul></div>
<div class="block"><h2>自选股</h2><ul>{"".join(f'<li><a href="/stock/{c}/">{nm}</a></li>' for nm, c, _ in content.LISTED)}</ul></div>
</div>{side(None)}</div>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (a withdrawn article, still linked from the home page)"})
    site.add("/404.html", f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" /><title>页面不存在_{SITE}</title></head>'
                          '<body><p>抱歉，您访问的页面不存在或已删除。</p><a href="/">返回首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /search/\nDisallow: /pdf/\nDisallow: /app/\n"
    return site

"""Municipal government 信息公开 site (澄州市人民政府), TRS-style: /xxgk/zcwj/202506/t20250605_N.html, index_1.html, one GBK column."""

from __future__ import annotations

import datetime as dt
import random
import re

from . import content
from .core import TZ8, Art, Channel, Site, esc, iso_date, kinds, paginate, rand_dates, unique_titles

NAME = "gov_xxgk"
SITE = "澄州市人民政府"
BASE = "https://www.chengzhou.gov.example.cn"
PER_PAGE = 8
COLS = [Channel("zcwj", "政策文件", 1), Channel("gzdt", "工作动态", 2), Channel("tzgg", "通知公告", 3)]
COUNTS = [14, 14, 8]
GBK_COL = "tzgg"  # this column still runs on the old template: gb2312-declared GBK pages, no charset in the header
TOPICS = [("gyjt", "工业、交通"), ("smhg", "商贸、海关、旅游"), ("scjg", "市场监管、安全生产监管"), ("zhzw", "综合政务"),
          ("gmjj", "国民经济管理、国有资产监管")]
ORG_TOPIC = {"澄州市人民政府办公室": "zhzw", "澄州市经济和信息化局": "gyjt", "澄州市商务局": "smhg",
             "澄州市市场监督管理局": "scjg", "澄州市交通运输局": "gyjt", "澄州市发展和改革委员会": "gmjj"}
ORG_CODE = {"澄州市人民政府办公室": "11330900002583617Q", "澄州市经济和信息化局": "11330900MB1C28475K",
            "澄州市商务局": "11330900MB1D03629X", "澄州市市场监督管理局": "11330900MB1E51482T",
            "澄州市交通运输局": "11330900002583860N", "澄州市发展和改革委员会": "113309000025835524"}
NEWS_SOURCES = ["澄州日报", "澄州市融媒体中心"]
CUR = ' class="cur"'
CUT = 28  # list titles longer than this are cut, with the full title in the title attribute


def _url(a: Art) -> str:
    return f"/xxgk/{a.ch.key}/{a.when:%Y%m}/t{a.when:%Y%m%d}_{a.aid}.html"


def _list_url(key: str, k: int = 1) -> str:
    return f"/xxgk/{key}/index.html" if k == 1 else f"/xxgk/{key}/index_{k - 1}.html"


def _rel(a: Art) -> str:  # the link as a TRS list template writes it: relative to the column folder
    return f"./{a.when:%Y%m}/t{a.when:%Y%m%d}_{a.aid}.html"


def _cut(t: str) -> str:
    return t if len(t) <= CUT else t[:CUT] + "..."


CREATE_PAGE_JS = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount<=1){ return; }
  var nCurrIndex = _nCurrIndex || 0;
  if(nCurrIndex == 0) document.write("<span>首页</span>&nbsp;<span>上一页</span>&nbsp;");
  else {
    document.write("<a href=\\"" + _sPageName + "." + _sPageExt + "\\">首页</a>&nbsp;");
    if(nCurrIndex == 1) document.write("<a href=\\"" + _sPageName + "." + _sPageExt + "\\">上一页</a>&nbsp;");
    else document.write("<a href=\\"" + _sPageName + "_" + (nCurrIndex-1) + "." + _sPageExt + "\\">上一页</a>&nbsp;");
  }
  if(nCurrIndex == _nPageCount-1) document.write("<span>下一页</span>&nbsp;<span>尾页</span>");
  else {
    document.write("<a href=\\"" + _sPageName + "_" + (nCurrIndex+1) + "." + _sPageExt + "\\">下一页</a>&nbsp;");
    document.write("<a href=\\"" + _sPageName + "_" + (_nPageCount-1) + "." + _sPageExt + "\\">尾页</a>");
  }
  document.write("&nbsp;共" + _nPageCount + "页");
}
</script>"""


def _body(blocks: list, when: dt.datetime) -> str:
    """TRS editor output: 2em indents, 黑体 section heads, right-aligned issuer and date lines."""
    out = []
    for b in blocks:
        if b[0] == "p" and (b[1] in content.GOV_ORGS or re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", b[1])):
            out.append(f'<p style="text-align: right; line-height: 2em;">{esc(b[1])}</p>')
        elif b[0] == "p":
            out.append(f'<p style="text-indent: 2em; line-height: 2em;">{esc(b[1])}</p>')
        elif b[0] == "h":
            out.append(f'<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 黑体, SimHei;">{esc(b[1])}</span></p>')
        elif b[0] == "img":
            out.append(f'<p style="text-align: center;"><img src="./W0{when:%Y%m%d}{b[1][:6]}.jpg" oldsrc="W0{when:%Y%m%d}{b[1][:6]}.jpg" border="0" /></p>')
            if b[2]:
                out.append(f'<p style="text-align: center; font-family: 楷体_GB2312, 楷体;">{esc(b[2])}</p>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f'<td style="border: 1px solid #000; text-align: center;">{esc(c)}</td>' for c in r) + "</tr>" for r in b[1])
            out.append(f'<table style="border-collapse: collapse;" width="90%" align="center" border="1" cellspacing="0" cellpadding="4"><tbody>{rows}</tbody></table>')
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2025, 1, 8, tzinfo=TZ8), dt.datetime(2026, 5, 15, 18, tzinfo=TZ8))
    chans = [c for c, k in zip(COLS, COUNTS, strict=True) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        ctx.fixed["year3"] = str(whens[i].year + 2)
        key = chans[i].key
        if key == "gzdt":
            t, org = ar.choice(content.GOV_NEWS_TITLES)
            ctx.fixed["org_of_title"] = org
            return ctx.fill(t), (ctx, ar)
        pool = content.GOV_DOC_TITLES if key == "zcwj" else content.GOV_NOTICE_TITLES
        return ctx.fill(ar.choice(pool)), (ctx, ar)

    arts: list[Art] = []
    docid = 5102000 + rnd.randint(0, 9000)
    seq: dict[str, int] = {}
    rare = 0
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        docid += rnd.randint(3, 400)
        ch = chans[i]
        when = whens[i]
        a = Art(i, docid, ch, title, [], when)
        org = ctx.fixed.get("org_of_title") or ar.choice(content.GOV_ORGS if ch.key == "zcwj" else content.GOV_ORGS[1:])
        a.extra["org"] = org
        signed = when - dt.timedelta(days=ar.randint(1, 12))  # 成文日期 / 生成日期: the signing date, before publication
        a.extra["signed"] = signed
        if ch.key == "zcwj":
            blocks, attach = content.gov_doc_blocks(ctx, ks[i], org, signed)
            a.source = org
            seq[org] = seq.get(org, 0) + ar.randint(1, 6)
            a.extra["doc_no"] = f"{content.GOV_ABBR[org]}〔{signed.year}〕{seq[org]}号"
            a.extra["topic"] = ORG_TOPIC[org]
            a.extra["attach"] = attach
        elif ch.key == "tzgg":
            contact = content.person(ar, rare=rare < 2 and ar.random() < 0.5)
            rare += any(g in contact for g in content.RARE_GIVEN)
            blocks = content.gov_notice_blocks(ctx, ks[i], org, signed, contact)
            a.source = org
            a.extra["topic"] = ORG_TOPIC[org]
            a.extra["attach"] = []
        else:
            blocks = content.gov_news_blocks(ctx, ks[i], org.replace("澄州市", "市"))
            a.source = org if ar.random() < 0.65 else ar.choice(NEWS_SOURCES)
            a.editor = content.person(ar) if ar.random() < 0.6 else None
        a.blocks = blocks
        idx_year = signed.year if ch.key != "gzdt" else when.year
        a.extra["index_no"] = f"{ORG_CODE[org]}/{idx_year}-{ar.randint(1, 400):05d}"
        a.url = _url(a)
        a.page_urls = [a.url]
        arts.append(a)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    for a in arts:  # 相关文件: other documents of the same column (zcwj only), shown without dates
        if a.ch.key == "zcwj":
            rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
            same = [x for x in arts if x is not a and x.ch is a.ch]
            a.related = rr.sample(same, rr.randint(2, 3))
    dead = "/xxgk/zcwj/202404/t20240412_4981375.html"

    # ------------------------------------------------------------------ template
    def head(title: str, charset: str, pub: Art | None = None) -> str:
        metas = ""
        if pub is not None and pub.ch.key != GBK_COL:
            metas = (f'<meta name="SiteName" content="{SITE}">\n<meta name="SiteDomain" content="www.chengzhou.gov.example.cn">\n'
                     f'<meta name="ColumnName" content="{pub.ch.name}">\n<meta name="ArticleTitle" content="{esc(pub.title)}">\n'
                     f'<meta name="PubDate" content="{pub.when:%Y-%m-%d %H:%M}">\n<meta name="ContentSource" content="{esc(pub.source)}">\n')
        meta_cs = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' if charset == "gbk" else '<meta charset="utf-8">'
        nav = [("/", "首页"), ("/xxgk/", "信息公开"), (_list_url("gzdt"), "政务动态"), ("/hdjl/", "互动交流"), ("/bsfw/", "办事服务")]
        navs = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in nav)
        return f"""<!DOCTYPE html>
<html>
<head>
{meta_cs}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
{metas}<link rel="stylesheet" href="/images/gov_style.css">
<script src="/images/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="w1200"><span>{SITE}门户网站</span><span class="r"><a href="javascript:;" id="wza">无障碍</a> | <a href="javascript:;">长者模式</a> | <a href="https://www.zj.gov.example.cn/" target="_blank">浙江政务服务网</a></span></div></div>
<div class="header"><div class="w1200"><h1 class="logo"><a href="/"><img src="/images/logo.png" alt="{SITE}门户网站"></a></h1>
<div class="search"><form action="/jsearchfront/search.do" method="get"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div></div></div>
<div class="nav"><div class="w1200"><ul>{navs}</ul></div></div>
"""

    def foot() -> str:
        return """<div class="footer"><div class="w1200">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></p>
<p>主办：澄州市人民政府办公室　承办：澄州市大数据发展管理中心</p>
<p>网站标识码：3309000018　<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05031286号</a>　<img src="/images/ga.png" alt="">浙公网安备 33090202000123号</p>
<div class="jiucuo"><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3309000018" target="_blank"><img src="/images/jiucuo.png" alt="政府网站找错"></a></div>
</div></div>
</body>
</html>
"""

    def position(items: list[tuple[str, str]]) -> str:
        return '<div class="position w1200">当前位置：' + " &gt; ".join(f'<a href="{u}">{t}</a>' for t, u in items) + "</div>\n"

    def left_menu(active: str) -> str:
        cols = "".join(f'<li{CUR if c.key == active else ""}><a href="{_list_url(c.key)}">{c.name}</a></li>' for c in COLS)
        tops = "".join(f'<li{CUR if k == active else ""}><a href="/xxgk/ztfl/{k}/">{t}</a></li>' for k, t in TOPICS)
        return (f'<div class="xxgk-left"><div class="menu"><h3>法定主动公开内容</h3><ul>{cols}</ul></div>'
                f'<div class="menu"><h3>主题分类</h3><ul>{tops}</ul></div>'
                '<div class="menu"><h3>信息公开</h3><ul><li><a href="/xxgk/zn/">信息公开指南</a></li><li><a href="/xxgk/zd/">信息公开制度</a></li><li><a href="/xxgk/nb/">信息公开年报</a></li></ul></div></div>\n')

    def counter(a: Art) -> str:
        return f'<span id="readcount_{a.aid}"></span><script src="/counter/count.jsp?docid={a.aid}&amp;chnlid={a.ch.cid}"></script>'

    # ------------------------------------------------------------------ document pages
    for a in arts:
        crumbs = [("首页", "/"), ("信息公开", "/xxgk/"), (a.ch.name, _list_url(a.ch.key))]
        if a.ch.key == "zcwj":
            t = a.extra["signed"]
            topic = dict(TOPICS)[a.extra["topic"]]
            fj = ""
            if a.extra["attach"]:
                rr = random.Random(f"{seed}:{NAME}:fj:{a.aid}")
                links = []
                for j, name in enumerate(a.extra["attach"], 1):
                    ext = rr.choice(["docx", "pdf", "xlsx"])
                    fname = f"P0{a.when:%Y%m%d}{rr.randint(10**11, 10**12 - 1)}.{ext}"
                    furl = f"/xxgk/zcwj/{a.when:%Y%m}/{fname}"
                    site.raw_file(furl, (b"%PDF-1.4\n% placeholder attachment\n" if ext == "pdf" else b"PK\x03\x04placeholder attachment\n"))
                    links.append(f'<a href="./{fname}" oldsrc="/protect/P0{a.when:%Y%m}/{fname}">{j}.{esc(name)}.{ext}</a>')
                fj = '<div class="fujian"><span>附件：</span>' + "<br/>".join(links) + "</div>"
            rel = ""
            if a.related:
                rel = ('<div class="xgwj"><h4>相关文件</h4><ul>' + "".join(f'<li><a href="{r.url}" target="_blank">{esc(r.title)}</a></li>' for r in a.related)
                       + "</ul></div>")
            html = (head(f"{a.title}_{a.ch.name}_{SITE}", "utf-8", a) + position(crumbs)
                    + f"""<div class="w1200 xxgk-main">
{left_menu(a.ch.key)}<div class="xxgk-right">
<div class="xxgk-info"><table class="xxgk-table" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="t">索引号：</td><td class="c">{a.extra["index_no"]}</td><td class="t">主题分类：</td><td class="c">{topic}</td></tr>
<tr><td class="t">发布机构：</td><td class="c">{a.extra["org"]}</td><td class="t">生成日期：</td><td class="c">{t:%Y-%m-%d}</td></tr>
<tr><td class="t">名　　称：</td><td class="c" colspan="3">{esc(a.title)}</td></tr>
<tr><td class="t">发文字号：</td><td class="c">{a.extra["doc_no"]}</td><td class="t">发布日期：</td><td class="c">{a.when:%Y-%m-%d}</td></tr>
<tr><td class="t">有 效 性：</td><td class="c">有效</td><td class="t">浏览次数：</td><td class="c">{counter(a)}</td></tr>
</table></div>
<div class="article">
<div class="article-tit">{esc(a.title)}</div>
<div class="article-tools">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="article-con" id="zoom"><div class="TRS_Editor"><div class="Custom_UnionStyle">
{_body(a.blocks, a.when)}
</div></div></div>
{fj}
{rel}
<div class="article-btns">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
</div>
</div>
""" + foot())
            site.add(a.url, html)
            display = f"{a.when:%Y-%m-%d}"
            at = a.when.isoformat()
            enc = None
        elif a.ch.key == "gzdt":
            ed = f'<div class="editor">责任编辑：{esc(a.editor)}</div>' if a.editor else ""
            html = (head(f"{a.title}_{a.ch.name}_{SITE}", "utf-8", a) + position(crumbs)
                    + f"""<div class="w1200 news-main">
<div class="news-detail">
<h1 class="news-tit">{esc(a.title)}</h1>
<div class="news-info"><span>发布时间：{a.when:%Y-%m-%d %H:%M}</span><span>来源：{esc(a.source)}</span><span>浏览次数：{counter(a)}</span>
<span class="zh">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
<div class="news-con" id="zoom"><div class="TRS_Editor">
{_body(a.blocks, a.when)}
</div></div>
{ed}
<div class="article-btns">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
</div>
""" + foot())
            site.add(a.url, html)
            display = f"{a.when:%Y-%m-%d %H:%M}"
            at = a.when.isoformat()
            enc = None
        else:  # 通知公告: the old table template, GBK
            html = (head(f"{a.title}", "gbk", a) + position(crumbs)
                    + f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bk">
<tr><td height="60" align="center" class="title">{esc(a.title)}</td></tr>
<tr><td height="30" align="center" class="info">来源：{esc(a.source)}　　成文日期：{a.extra["signed"]:%Y-%m-%d}　　发布日期：{a.when:%Y-%m-%d}　　点击数：{counter(a)}</td></tr>
<tr><td class="bt_content" id="zoom">
{_body(a.blocks, a.when)}
</td></tr>
<tr><td align="right" class="btns">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
</table>
""" + foot())
            site.add(a.url, html, encoding="gbk", charset=None)
            display = f"{a.when:%Y-%m-%d}"
            at = None
            enc = "gbk"
        related = [{"title": r.title, "url": r.url, "date": None, "views": None} for r in a.related]
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=at,
                         published_display=display, views_display=None, views_approx=False, related=related, encoding=enc)

    # ------------------------------------------------------------------ list pages: tables, createPageHTML + <noscript>
    def pager(key: str, k: int, total: int) -> str:
        links = []
        if total > 1:
            links.append('<a href="index.html">首页</a>')
            if k > 1:
                links.append(f'<a href="{"index.html" if k == 2 else f"index_{k - 2}.html"}">上一页</a>')
            if k < total:
                links.append(f'<a href="index_{k}.html">下一页</a>')
            links.append(f'<a href="{"index.html" if total == 1 else f"index_{total - 1}.html"}">尾页</a>')
        return (f'<div class="page">{CREATE_PAGE_JS}\n<script type="text/javascript">createPageHTML({total}, {k - 1}, "index", "html");</script>\n'
                f'<noscript>{"&nbsp;".join(links)}</noscript></div>')

    def table(rows: list[str], with_no: bool) -> str:
        th = "<th>序号</th><th>标题</th><th>文号</th><th>发布日期</th>" if with_no else "<th>标题</th><th>发布日期</th>"
        return f'<table class="list-table" width="100%" border="0" cellspacing="0" cellpadding="0"><tr>{th}</tr>\n' + "\n".join(rows) + "\n</table>"

    for c in COLS:
        entries = [x for x in latest if x.ch is c]
        chunks = paginate(entries, PER_PAGE)
        gbk = c.key == GBK_COL
        for k, chunk in enumerate(chunks, 1):
            url = _list_url(c.key, k)
            rows = []
            for pos, x in enumerate(chunk, 1):
                no = (k - 1) * PER_PAGE + pos
                if c.key == "zcwj":
                    rows.append(f'<tr><td>{no}</td><td class="bt"><a href="{_rel(x)}" title="{esc(x.title)}" target="_blank">{esc(_cut(x.title))}</a></td>'
                                f'<td>{x.extra["doc_no"]}</td><td>{x.when:%Y-%m-%d}</td></tr>')
                else:
                    rows.append(f'<tr><td class="bt"><a href="{_rel(x)}" title="{esc(x.title)}" target="_blank">{esc(_cut(x.title))}</a></td><td>{x.when:%Y-%m-%d}</td></tr>')
                site.listing(url, pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}")
            html = (head(f"{c.name}_{SITE}", "gbk" if gbk else "utf-8") + position([("首页", "/"), ("信息公开", "/xxgk/"), (c.name, _list_url(c.key))])
                    + f'<div class="w1200 xxgk-main">\n{left_menu(c.key)}<div class="xxgk-right"><div class="list-tit">{c.name}</div>\n'
                    + table(rows, c.key == "zcwj") + "\n" + pager(c.key, k, len(chunks)) + "\n</div>\n</div>\n" + foot())
            if gbk:
                site.add(url, html, encoding="gbk", charset=None)
            else:
                site.add(url, html)
            site.list_pages.append({"url": url, "aliases": []})
    for code, tname in TOPICS:  # 主题分类: documents and notices of one topic, one page, no pagination
        url = f"/xxgk/ztfl/{code}/"
        mine = [x for x in latest if x.extra.get("topic") == code]
        rows = []
        for pos, x in enumerate(mine, 1):
            rows.append(f'<tr><td class="bt"><a href="{x.url}" title="{esc(x.title)}" target="_blank">{esc(_cut(x.title))}</a></td><td>{x.when:%Y-%m-%d}</td></tr>')
            site.listing(url, pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}")
        body = table(rows, False) if rows else '<p class="empty">暂无信息</p>'
        site.add(url, head(f"{tname}_主题分类_{SITE}", "utf-8") + position([("首页", "/"), ("信息公开", "/xxgk/"), (tname, url)])
                 + f'<div class="w1200 xxgk-main">\n{left_menu(code)}<div class="xxgk-right"><div class="list-tit">主题分类：{tname}</div>\n{body}\n'
                 + pager(code, 1, 1) + "\n</div>\n</div>\n" + foot())
        if rows:
            site.list_pages.append({"url": url, "aliases": []})
        else:
            site.non_articles.append({"url": url, "reason": "empty topic list (暂无信息)"})
    # 信息公开 index: the newest five of each column
    blocks, pos = [], 0
    for c in COLS:
        rows = []
        for x in [y for y in latest if y.ch is c][:5]:
            pos += 1
            rows.append(f'<li><a href="{x.url}" title="{esc(x.title)}">{esc(_cut(x.title))}</a><span>{x.when:%Y-%m-%d}</span></li>')
            site.listing("/xxgk/", pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}")
        blocks.append(f'<div class="xxgk-box"><div class="box-tit"><h3>{c.name}</h3><a href="{_list_url(c.key)}" class="more">更多&gt;&gt;</a></div><ul>{"".join(rows)}</ul></div>')
    site.add("/xxgk/", head(f"信息公开_{SITE}", "utf-8") + position([("首页", "/"), ("信息公开", "/xxgk/")])
             + f'<div class="w1200 xxgk-main">\n{left_menu("")}<div class="xxgk-right">\n' + "\n".join(blocks) + "\n</div>\n</div>\n" + foot())
    site.list_pages.append({"url": "/xxgk/", "aliases": []})

    # ------------------------------------------------------------------ home, single pages, 404, robots
    news = [x for x in latest if x.ch.key == "gzdt"][:7]
    pol = [f'<li><a href="{x.url}" title="{esc(x.title)}">{esc(_cut(x.title))}</a><span>{x.when:%m-%d}</span></li>' for x in latest if x.ch.key == "zcwj"][:6]
    pol.insert(2, f'<li><a href="{dead}" title="澄州市汽车零部件产业扶持资金管理办法（2024年修订）">澄州市汽车零部件产业扶持资金管理办法（2024年修订）</a><span>04-12</span></li>')
    site.add("/", head(f"{SITE}门户网站", "utf-8") + f"""<div class="w1200 home">
<div class="focus"><a href="{news[0].url}"><img src="/images/focus1.jpg" alt=""><p>{esc(news[0].title)}</p></a></div>
<div class="home-box"><div class="box-tit"><h3>政务动态</h3><a href="{_list_url("gzdt")}" class="more">更多</a></div><ul>
{"".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span>{x.when:%m-%d}</span></li>' for x in news[1:])}
</ul></div>
<div class="home-box"><div class="box-tit"><h3>政策文件</h3><a href="{_list_url("zcwj")}" class="more">更多</a></div><ul>
{"".join(pol)}
</ul></div>
<div class="home-box"><div class="box-tit"><h3>通知公告</h3><a href="{_list_url("tzgg")}" class="more">更多</a></div><ul>
{"".join(f'<li><a href="{x.url}">{esc(_cut(x.title))}</a><span>{x.when:%m-%d}</span></li>' for x in latest if x.ch.key == "tzgg")}
</ul></div>
</div>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (a repealed document still linked from the home page)"})
    for url, t, body in [("/hdjl/", "互动交流", "<p>市长信箱、网上咨询、征集调查等栏目正在升级改造，敬请期待。</p>"),
                         ("/bsfw/", "办事服务", "<p>请前往浙江政务服务网澄州站点办理相关事项。</p>"),
                         ("/xxgk/zn/", "信息公开指南", "<p>为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。</p><p>一、主动公开：本机关主动公开的政府信息，通过政府门户网站信息公开专栏发布。</p><p>二、依申请公开：公民、法人或者其他组织可以向本机关申请获取相关政府信息。</p>"),
                         ("/xxgk/zd/", "信息公开制度", "<p>包括政府信息公开保密审查制度、主动公开制度、依申请公开制度等。</p>"),
                         ("/xxgk/nb/", "信息公开年报", "<p>澄州市人民政府2025年政府信息公开工作年度报告将于2026年1月31日前发布。</p>"),
                         ("/wzdt/", "网站地图", "<p>首页 | 信息公开 | 政务动态 | 互动交流 | 办事服务</p>"),
                         ("/lxwm/", "联系我们", "<p>地址：澄州市临江区府前路 1 号　邮编：314000</p><p>电话：0573-8726 0000</p>"),
                         ("/sybz/", "使用帮助", "<p>建议使用 1366×768 及以上分辨率，使用主流浏览器访问本网站。</p>")]:
        site.add(url, head(f"{t}_{SITE}", "utf-8") + position([("首页", "/"), (t, url)]) + f'<div class="w1200 single"><h2>{t}</h2>{body}</div>\n' + foot())
        site.non_articles.append({"url": url, "reason": f"{t} (single page)"})
    site.add("/404.html", '<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body><div class="err404">'
                          f'<p>对不起，您访问的页面不存在或已删除！</p><p><a href="/">返回{SITE}首页</a></p></div></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /jsearchfront/\nDisallow: /counter/\nDisallow: /protect/\nDisallow: /wcm/\n"
    return site

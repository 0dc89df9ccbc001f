"""ASP.NET WebForms portal of an industry association (岚东省汽车零部件行业协会): NewsDetail.aspx?id=N, ?page=N, GBK legacy modules."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import (TZ8, Art, Channel, Site, chain, esc, iso_at, iso_date, kinds, net_datetime, paginate, rand_dates,
                   unique_titles, viewstate)

NAME = "aspnet_assoc"
SITE = content.ASSOC
BASE = "http://www.ldapa.example.org.cn"
NEWS = [Channel("xhdt", "协会动态", 1), Channel("hyzx", "行业资讯", 2)]
POLICY = Channel("zcfg", "政策法规", 0)
NOTICE = Channel("tzgg", "通知公告", 0)
COUNTS = {"xhdt": 18, "hyzx": 16, "zcfg": 8, "tzgg": 10}
PER_PAGE = 8
LEGACY_PER_PAGE = 6
PLACEHOLDER_SOURCES = ["本站", "网络"]  # 信息来源 placeholders: truth null
CUT = 24  # list titles longer than this are cut with "..." (full title in the title attribute)


def _detail(aid: int) -> str:
    return f"/News/NewsDetail.aspx?id={aid}"


def _print(aid: int) -> str:
    return f"/News/NewsPrint.aspx?id={aid}"


def _policy(aid: int) -> str:
    return f"/Policy/PolicyDetail.aspx?id={aid}"


def _notice(aid: int) -> str:
    return f"/Notice/NoticeView.aspx?nid={aid}"


def _news_list(cid: int, k: int | None = None) -> str:
    return f"/News/NewsList.aspx?cid={cid}" + (f"&page={k}" if k else "")


def _legacy_list(key: str, k: int | None = None) -> str:
    base = "/Policy/PolicyList.aspx" if key == "zcfg" else "/Notice/NoticeList.aspx"
    return base + (f"?page={k}" if k else "")


def _rel(path: str, depth: int) -> str:
    """ASP.NET ResolveUrl("~/...") output: relative to the page's folder."""
    return "../" * depth + path.lstrip("/")


def _local(path: str) -> str:
    """A link to a page of the same folder, as the .aspx pages write them (NewsDetail.aspx?id=5)."""
    return path.rsplit("/", 1)[-1]


def _cut(t: str) -> str:
    return t if len(t) <= CUT else t[:CUT] + "..."


def _body(blocks: list, depth: int, when: dt.datetime, legacy: bool) -> str:
    """eWebEditor / FCKeditor HTML: &nbsp; indents and <font> on the legacy modules, text-indent on the news."""
    out = []
    for b in blocks:
        if b[0] == "p":
            if legacy:
                out.append(f'<p><font face="仿宋_GB2312" size="4">&nbsp;&nbsp;&nbsp;&nbsp;{esc(b[1])}</font></p>')
            else:
                out.append(f'<p style="text-indent:2em;line-height:180%">{esc(b[1])}</p>')
        elif b[0] == "h":
            out.append(f'<p style="text-indent:2em"><b>{esc(b[1])}</b></p>' if not legacy else
                       f'<p align="center"><font face="黑体" size="4">{esc(b[1])}</font></p>')
        elif b[0] == "img":
            out.append(f'<p align="center"><img border="0" alt="" src="{_rel(f"/UploadFiles/Image/{when:%Y%m}/{b[1]}", depth)}" width="500" /></p>')
            if b[2]:
                out.append(f'<p align="center"><font color="#666666" size="2">{esc(b[2])}</font></p>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f'<td style="border:1px solid #000;padding:4px">{esc(c)}</td>' for c in r) + "</tr>" for r in b[1])
            out.append(f'<table style="border-collapse:collapse" width="90%" align="center" border="1" cellpadding="0" cellspacing="0"><tbody>{rows}</tbody></table>')
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    order = [NEWS[0]] * COUNTS["xhdt"] + [NEWS[1]] * COUNTS["hyzx"] + [POLICY] * COUNTS["zcfg"] + [NOTICE] * COUNTS["tzgg"]
    n = len(order)
    whens = rand_dates(rnd, n, dt.datetime(2025, 1, 8, tzinfo=TZ8), dt.datetime(2026, 5, 15, 17, tzinfo=TZ8), seconds=True,
                       hours=(8, 18))
    rnd.shuffle(order)
    ks = kinds(rnd, n)
    vs_rnd = random.Random(f"{seed}:{NAME}:viewstate")

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        key = order[i].key
        tpl = {"xhdt": content.ASSOC_TITLES, "hyzx": content.NEWS_TITLES, "zcfg": content.POLICY_TITLES,
               "tzgg": content.NOTICE_TITLES}[key]
        return ctx.fill(ar.choice(tpl)), (ctx, ar)

    arts: list[Art] = []
    ids = {"news": 2310, "zcfg": 86, "tzgg": 412}
    gaps: list[int] = []
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        ch = order[i]
        seq = "news" if ch in NEWS else ch.key
        step = rnd.randint(1, 4)
        if seq == "news":
            gaps.extend(range(ids[seq] + 1, ids[seq] + step))
        ids[seq] += step
        a = Art(i, ids[seq], ch, title, [], whens[i])
        a.extra["attach"] = []
        if ch.key == "xhdt":
            a.blocks = content.assoc_blocks(ctx, ks[i])
            a.author = content.person(ar) if ar.random() < 0.4 else None
            shown = ar.choice(["本站", "本站", "本站", "协会秘书处"])
            a.source = None if shown in PLACEHOLDER_SOURCES else shown
            a.extra["shown_source"] = shown
            a.editor = content.person(ar)
            a.extra["reviewer"] = content.person(ar)
            if ar.random() < 0.3:
                a.extra["attach"] = [("pdf", f"{a.title[:12]}会议材料.pdf")]
        elif ch.key == "hyzx":
            a.blocks = content.news_blocks(ctx, ks[i], "")
            a.author = content.person(ar) if ar.random() < 0.35 else None
            shown = ar.choice(content.MEDIA) if ar.random() < 0.7 else "网络"
            a.source = None if shown in PLACEHOLDER_SOURCES else shown
            a.extra["shown_source"] = shown
        elif ch.key == "zcfg":
            issuer = ar.choice(content.POLICY_ISSUERS)
            signed = whens[i] - dt.timedelta(days=ar.randint(3, 15))
            a.blocks = content.policy_blocks(ctx, ks[i], issuer, signed)
            a.source = issuer
            a.extra["signed"] = signed
            abbr = {"岚东省工业和信息化厅": "岚工信发", "岚东省商务厅": "岚商发", "岚东省市场监督管理局": "岚市监规",
                    "岚东省发展和改革委员会": "岚发改产业", "岚东省交通运输厅": "岚交运"}[issuer]
            a.extra["docno"] = f"{abbr}〔{signed.year}〕{ar.randint(3, 48)}号"
            if ks[i] != "short" and ar.random() < 0.6:
                a.extra["attach"] = [("doc", "附件1：申报表.doc"), ("xls", "附件2：汇总表.xls")][:ar.randint(1, 2)]
        else:
            contact = content.person(ar, gbk_only=ar.random() < 0.6)
            phone = f"0591-8{ar.randint(1000000, 9999999)}"
            blocks = content.notice_blocks(ctx, ks[i], contact, phone, whens[i])
            blocks += [("p", SITE), ("p", f"{whens[i].year}年{whens[i].month}月{whens[i].day}日")]
            a.blocks = blocks
            a.extra["contact"] = contact
            if ar.random() < 0.5:
                a.extra["attach"] = [("doc", "回执表.doc")]
        a.views = ar.randint(40, 3600) if ch.key != "tzgg" else None
        if ch in NEWS:
            a.url = _detail(a.aid)
        elif ch is POLICY:
            a.url = _policy(a.aid)
        else:
            a.url = _notice(a.aid)
        a.page_urls = [a.url]
        arts.append(a)
    dead_id = gaps[len(gaps) // 2]
    chain(arts, lambda x: x.ch.key)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    by = {c.key: [x for x in latest if x.ch is c] for c in (*NEWS, POLICY, NOTICE)}
    for a in arts:
        if a.ch in NEWS:
            rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
            a.related = [x for x in by[a.ch.key] if x is not a][: rr.randint(4, 6)]

    # ------------------------------------------------------------------ the master page
    def form_open(action: str) -> str:
        return (f'<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">\n<div>\n'
                '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n'
                '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
                f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(vs_rnd, vs_rnd.randint(900, 3200))}" />\n</div>\n'
                """<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
""" + f'<script src="/WebResource.axd?d={viewstate(vs_rnd, 48).rstrip("=")}&amp;t=638250708600000000" type="text/javascript"></script>\n'
                f'<div>\n\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{vs_rnd.getrandbits(32):08X}" />\n'
                f'\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate(vs_rnd, 120)}" />\n</div>\n')

    def master(title: str, depth: int, action: str, inner: str, *, charset_meta: str | None = "utf-8",
               crumbs: list[tuple[str, str | None]] | None = None) -> str:
        r = lambda p: _rel(p, depth)  # noqa: E731
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset_meta}" />' if charset_meta else ""
        nav = [("/Default.aspx", "网站首页"), ("/About.aspx", "协会概况"), (_news_list(1), "协会动态"), (_news_list(2), "行业资讯"),
               (_legacy_list("tzgg"), "通知公告"), (_legacy_list("zcfg"), "政策法规"), ("/MemberList.aspx", "会员单位"),
               ("/Contact.aspx", "联系我们")]
        lis = "".join(f'<li><a href="{r(u)}">{t}</a></li>' for u, t in nav)
        pos = ""
        if crumbs:
            pos = ('<div class="position">您现在的位置：' + " &gt; ".join(f'<a href="{r(u)}">{t}</a>' if u else t for t, u in crumbs) + "</div>\n")
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1">{meta}<title>
	{esc(title)}
</title><link href="{r('/css/style.css')}" rel="stylesheet" type="text/css" /><script src="{r('/js/jquery-1.4.2.min.js')}" type="text/javascript"></script><meta name="keywords" content="岚东,汽车零部件,行业协会,汽配" /><meta name="description" content="{SITE}官方网站" /></head>
<body>
    {form_open(action)}
<div id="top"><div class="topbar"><span id="ctl00_lblToday">今天是：<script type="text/javascript">var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></span>
<span class="toplink"><a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('{BASE}');">设为首页</a> | <a href="javascript:window.external.AddFavorite('{BASE}','{SITE}')">加入收藏</a></span></div>
<h1 id="logo"><a href="{r('/Default.aspx')}"><img src="{r('/images/logo.gif')}" alt="{SITE}" border="0" /></a></h1></div>
<div id="menu"><ul>{lis}</ul></div>
<div id="ctl00_pnlSearch" class="searchbar">
	站内搜索：<input name="ctl00$txtKeyword" type="text" id="ctl00_txtKeyword" class="input" /><input type="submit" name="ctl00$btnSearch" value="搜索" id="ctl00_btnSearch" class="btn" />
</div>
<div id="main">
{pos}{inner}
</div>
<div id="footer">
<p><a href="{r('/About.aspx')}">关于协会</a> | <a href="{r('/Contact.aspx')}">联系我们</a> | <a href="{r('/MemberList.aspx')}">会员单位</a> | <a href="javascript:__doPostBack('ctl00$lbtnSiteMap','')" id="ctl00_lbtnSiteMap">网站地图</a></p>
<p>主办单位：{SITE}　地址：岚东省鹭汀市湖滨路 218 号汽车大厦 9 楼　邮编：350012</p>
<p>电话：0591-8765 4321　传真：0591-8765 4322　<a href="https://beian.miit.gov.cn/" target="_blank">岚ICP备09012345号</a></p>
<p>Copyright &copy; 2009-2026 All Rights Reserved　技术支持：鹭汀网科</p>
</div>
</form>
</body>
</html>
"""

    # ------------------------------------------------------------------ news detail + print view (UTF-8)
    def attach_html(a: Art, depth: int) -> tuple[str, list[str]]:
        if not a.extra["attach"]:
            return "", []
        links, urls = [], []
        for j, (ext, label) in enumerate(a.extra["attach"], 1):
            u = f"/UploadFiles/File/{a.when:%Y%m}/{a.when:%Y%m%d%H%M%S}{j:02d}.{ext}"
            urls.append(u)
            links.append(f'<a href="{_rel(u, depth)}" target="_blank">{esc(label)}</a>')
        return '<div id="ctl00_ContentPlaceHolder1_pnlAttach" class="attach">\n\t附件：' + "<br />".join(links) + "\n</div>", urls

    def add_attachments(urls: list[str]) -> None:
        for u in urls:
            ext = u.rsplit(".", 1)[-1]
            data = {"pdf": b"%PDF-1.4\n% generated placeholder\n%%EOF\n", "doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56,
                    "xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56}[ext]
            site.raw_file(u, data)

    def prev_next(a: Art, link) -> str:
        p = f'<a id="ctl00_ContentPlaceHolder1_hlPrev" href="{link(a.prev)}">{esc(a.prev.title)}</a>' if a.prev else '<a id="ctl00_ContentPlaceHolder1_hlPrev">没有了</a>'
        nx = f'<a id="ctl00_ContentPlaceHolder1_hlNext" href="{link(a.next)}">{esc(a.next.title)}</a>' if a.next else '<a id="ctl00_ContentPlaceHolder1_hlNext">没有了</a>'
        return f'<div class="prenext">上一篇：{p}<br />下一篇：{nx}</div>'

    for a in [x for x in arts if x.ch in NEWS]:
        att, att_urls = attach_html(a, 1)
        add_attachments(att_urls)
        editor = (f'<div class="news_editor">（责任编辑：<span id="ctl00_ContentPlaceHolder1_lblEditor">{esc(a.editor)}</span>　审核：'
                  f'<span id="ctl00_ContentPlaceHolder1_lblAudit">{esc(a.extra["reviewer"])}</span>）</div>' if a.editor else "")
        rel = "".join(f'<li><a href="{_local(x.url)}" title="{esc(x.title)}">{esc(_cut(x.title))}</a> <span class="date">({x.when:%Y-%m-%d})</span></li>' for x in a.related)
        inner = f"""<div class="left">
<div class="lbox"><div class="ltitle">新闻中心</div><ul class="lmenu">{"".join(f'<li><a href="{_local(_news_list(c.cid))}">{c.name}</a></li>' for c in NEWS)}<li><a href="../Notice/NoticeList.aspx">通知公告</a></li><li><a href="../Policy/PolicyList.aspx">政策法规</a></li></ul></div>
<div class="lbox"><div class="ltitle">联系我们</div><p>秘书处电话：0591-8765 4321</p><p>邮箱：ldapa@ldapa.example.org.cn</p></div>
</div>
<div class="right">
<div class="news_detail">
<div class="news_title"><span id="ctl00_ContentPlaceHolder1_lblTitle">{esc(a.title)}</span></div>
<table class="news_info" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td>信息来源：<span id="ctl00_ContentPlaceHolder1_lblSource">{esc(a.extra["shown_source"])}</span></td>
<td>作者：<span id="ctl00_ContentPlaceHolder1_lblAuthor">{esc(a.author or "")}</span></td>
<td>发布日期：<span id="ctl00_ContentPlaceHolder1_lblAddTime">{net_datetime(a.when)}</span></td>
<td>浏览次数：<span id="ctl00_ContentPlaceHolder1_lblHits">{a.views}</span></td>
</tr></table>
<div id="ctl00_ContentPlaceHolder1_divContent" class="news_content">
{_body(a.blocks, 1, a.when, False)}
</div>
{editor}
{att}
<div class="news_tools">【<a href="{_local(_print(a.aid))}" target="_blank">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】【<a href="#top">返回顶部</a>】</div>
{prev_next(a, lambda x: _local(x.url))}
</div>
<div class="related"><div class="rtitle">相关文章</div><ul id="ctl00_ContentPlaceHolder1_rptRelated">{rel}</ul></div>
</div>"""
        site.add(a.url, master(f"{a.title} - {a.ch.name} - {SITE}", 1, _local(a.url), inner,
                               crumbs=[("首页", "/Default.aspx"), ("新闻中心", _news_list(1)), (a.ch.name, _news_list(a.ch.cid)), ("正文", None)]))
        site.add(_print(a.aid), f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>打印 - {esc(a.title)}</title>
<style type="text/css">body{{font-size:14px;width:680px;margin:0 auto}}.noprint{{text-align:right}}@media print{{.noprint{{display:none}}}}</style></head>
<body>
<div class="noprint"><a href="javascript:window.print()">打印</a> | <a href="javascript:window.close()">关闭</a></div>
<h2 style="text-align:center">{esc(a.title)}</h2>
<p style="text-align:center;color:#666">发布日期：{net_datetime(a.when)}　信息来源：{esc(a.extra["shown_source"])}</p>
<hr />
{_body(a.blocks, 1, a.when, False)}
<hr />
<p style="text-align:center;color:#999">{SITE}　{BASE}</p>
</body>
</html>
""")
        site.print_views.append(_print(a.aid))
        related = [{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related]
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=iso_at(a.when),
                         published_display=net_datetime(a.when), views_display=str(a.views), views_approx=False,
                         related=related, aliases=[_print(a.aid)])

    # ------------------------------------------------------------------ legacy GBK modules: 政策法规 (header only), 通知公告 (meta only)
    def legacy_page(title: str, action: str, inner: str, key: str, crumbs: list) -> tuple[str, str | None, str | None]:
        """(html, meta charset, header charset): 政策法规 declares gb2312 only in the header, 通知公告 only in a meta."""
        if key == "zcfg":
            return master(title, 1, action, inner, charset_meta=None, crumbs=crumbs), None, "gb2312"
        return master(title, 1, action, inner, charset_meta="gb2312", crumbs=crumbs), "gb2312", None

    for a in [x for x in arts if x.ch in (POLICY, NOTICE)]:
        att, att_urls = attach_html(a, 1)
        add_attachments(att_urls)
        if a.ch is POLICY:
            info = f"""<table class="doc_info" width="100%" border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">
<tr><td width="15%" class="label">发文单位：</td><td width="35%">{esc(a.source)}</td><td width="15%" class="label">发文字号：</td><td width="35%">{esc(a.extra["docno"])}</td></tr>
<tr><td class="label">成文日期：</td><td>{a.extra["signed"]:%Y-%m-%d}</td><td class="label">发布时间：</td><td>{a.when:%Y-%m-%d}</td></tr>
<tr><td class="label">阅读次数：</td><td>{a.views}</td><td class="label">效力状态：</td><td>现行有效</td></tr>
</table>"""
            display = f"{a.when:%Y-%m-%d}"
        else:
            info = f'<div class="notice_info">发布时间：{a.when:%Y-%m-%d %H:%M}　　发布人：秘书处</div>'
            display = f"{a.when:%Y-%m-%d %H:%M}"
        inner = f"""<div class="right wide">
<div class="notice_detail">
<div class="doc_title" align="center"><font size="5" color="#b00000"><b>{esc(a.title)}</b></font></div>
{info}
<div class="doc_content">
{_body(a.blocks, 1, a.when, True)}
</div>
{att}
<div class="news_tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
{prev_next(a, lambda x: _local(x.url))}
</div>
</div>"""
        listu = _legacy_list(a.ch.key)
        html, meta, header = legacy_page(f"{a.title}--{SITE}", _local(a.url), inner, a.ch.key,
                                         [("首页", "/Default.aspx"), (a.ch.name, listu), ("正文", None)])
        site.add(a.url, html, encoding="gbk", charset=header)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when),
                         published_at=None if a.ch is POLICY else a.when.replace(second=0).isoformat(),
                         published_display=display, views_display=None if a.views is None else str(a.views), views_approx=False,
                         related=[], encoding="gbk")

    # ------------------------------------------------------------------ list pages
    def aspnet_pager(k: int, total: int, count: int, per: int, href) -> str:
        parts = []
        if k == 1:
            parts += ['<a disabled="disabled" style="margin-right:5px;">首页</a>', '<a disabled="disabled" style="margin-right:5px;">上一页</a>']
        else:
            parts += [f'<a href="{esc(href(1))}" style="margin-right:5px;">首页</a>', f'<a href="{esc(href(k - 1))}" style="margin-right:5px;">上一页</a>']
        for j in range(1, total + 1):
            parts.append(f'<span style="margin-right:5px;font-weight:Bold;color:red;">{j}</span>' if j == k else
                         f'<a href="{esc(href(j))}" style="margin-right:5px;">{j}</a>')
        if k == total:
            parts += ['<a disabled="disabled" style="margin-right:5px;">下一页</a>', '<a disabled="disabled" style="margin-right:5px;">尾页</a>']
        else:
            parts += [f'<a href="{esc(href(k + 1))}" style="margin-right:5px;">下一页</a>', f'<a href="{esc(href(total))}" style="margin-right:5px;">尾页</a>']
        return (f'<div id="ctl00_ContentPlaceHolder1_AspNetPager1" class="pager">\n<div style="float:left;width:40%;">共 {count} 条记录 页次 {k}/{total} 每页 {per} 条</div>'
                f'<div style="float:left;width:60%;text-align:right;">{"".join(parts)}&nbsp;转到 <input name="ctl00$ContentPlaceHolder1$AspNetPager1_input" type="text" value="{k}" style="width:30px;" />'
                f' <input type="submit" name="ctl00$ContentPlaceHolder1$AspNetPager1" value="GO" onclick="__doPostBack(\'ctl00$ContentPlaceHolder1$AspNetPager1\',document.getElementById(\'ctl00_ContentPlaceHolder1_AspNetPager1_input\').value);return false;" /></div>\n</div>')

    def list_rows(chunk: list[Art], list_url: str) -> str:
        rows = []
        for pos, x in enumerate(chunk, 1):
            rows.append(f'<tr><td class="dot">·</td><td class="ltitle"><a id="ctl00_ContentPlaceHolder1_gvList_ctl{pos + 1:02d}_hlTitle" title="{esc(x.title)}" href="{_local(x.url)}">{esc(_cut(x.title))}</a></td>'
                        f'<td class="ldate">[{x.when:%Y-%m-%d}]</td></tr>')
            site.listing(list_url, pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}")
        return ('<table class="list" cellspacing="0" rules="none" border="0" id="ctl00_ContentPlaceHolder1_gvList" style="width:100%;border-collapse:collapse;">\n'
                + "\n".join(rows) + "\n</table>")

    for ch in NEWS:
        entries = by[ch.key]
        chunks = paginate(entries, PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = _news_list(ch.cid) if k == 1 else _news_list(ch.cid, k)
            inner = (f'<div class="left"><div class="lbox"><div class="ltitle">新闻中心</div><ul class="lmenu">'
                     + "".join(f'<li><a href="{_local(_news_list(c.cid))}">{c.name}</a></li>' for c in NEWS) + '</ul></div></div>\n'
                     + f'<div class="right"><div class="rtitle"><span id="ctl00_ContentPlaceHolder1_lblClassName">{ch.name}</span></div>\n'
                     + list_rows(chunk, url) + "\n"
                     + aspnet_pager(k, len(chunks), len(entries), PER_PAGE, lambda j, c=ch.cid: _local(_news_list(c, j))) + "</div>")
            site.add(url, master(f"{ch.name} - {SITE}", 1, _local(url), inner,
                                 crumbs=[("首页", "/Default.aspx"), ("新闻中心", _news_list(1)), (ch.name, None)]))
            aliases = []
            if k == 1 and len(chunks) > 1:
                site.add(_news_list(ch.cid, 1), master(f"{ch.name} - {SITE}", 1, _local(_news_list(ch.cid, 1)), inner,
                                                       crumbs=[("首页", "/Default.aspx"), ("新闻中心", _news_list(1)), (ch.name, None)]))
                aliases.append(_news_list(ch.cid, 1))
            site.list_pages.append({"url": url, "aliases": aliases})
    for ch in (POLICY, NOTICE):
        entries = by[ch.key]
        chunks = paginate(entries, LEGACY_PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = _legacy_list(ch.key) if k == 1 else _legacy_list(ch.key, k)
            inner = (f'<div class="right wide"><div class="rtitle">{ch.name}</div>\n' + list_rows(chunk, url) + "\n"
                     + aspnet_pager(k, len(chunks), len(entries), LEGACY_PER_PAGE, lambda j, c=ch.key: _local(_legacy_list(c, j))) + "</div>")
            for u in ([url, _legacy_list(ch.key, 1)] if k == 1 and len(chunks) > 1 else [url]):
                html, meta, header = legacy_page(f"{ch.name}--{SITE}", _local(u), inner, ch.key, [("首页", "/Default.aspx"), (ch.name, None)])
                site.add(u, html, encoding="gbk", charset=header)
            site.list_pages.append({"url": url, "aliases": [_legacy_list(ch.key, 1)] if k == 1 and len(chunks) > 1 else []})

    # ------------------------------------------------------------------ home (/ and /Default.aspx), single pages, soft 404
    def block(title: str, more: str, items: list[Art], extra: list[str] | None = None) -> str:
        lis = [f'<li><span class="date">{x.when:%m-%d}</span><a href="{x.url.lstrip("/")}" title="{esc(x.title)}">{esc(_cut(x.title))}</a></li>' for x in items]
        if extra:
            lis[2:2] = extra
        return f'<div class="hbox"><div class="htitle"><span>{title}</span><a href="{more.lstrip("/")}" class="more">更多&gt;&gt;</a></div><ul>{"".join(lis)}</ul></div>'

    dead = _detail(dead_id)
    home_inner = ('<div class="home">\n'
                  + block("协会动态", _news_list(1), by["xhdt"][:6],
                          [f'<li><span class="date">04-30</span><a href="{dead.lstrip("/")}" title="协会召开二〇二六年一季度经济运行分析会">协会召开二〇二六年一季度经济运行分析会</a></li>']) + "\n"
                  + block("通知公告", _legacy_list("tzgg"), by["tzgg"][:5]) + "\n"
                  + block("行业资讯", _news_list(2), by["hyzx"][:6]) + "\n"
                  + block("政策法规", _legacy_list("zcfg"), by["zcfg"][:5]) + "\n"
                  + '<div class="hbox links"><div class="htitle"><span>会员风采</span></div><p>'
                  + " ".join(f'<a href="https://www.{k}.example.com/" target="_blank">{c}</a>' for k, c in
                             [("hengjun-motor", "恒钧电器"), ("ruiling-ee", "锐翎电子"), ("yuechuan-pm", "岳川精密"), ("chelan-tm", "澈蓝热管理")])
                  + "</p></div>\n</div>")
    for u in ("/", "/Default.aspx"):
        site.add(u, master(SITE, 0, "Default.aspx", home_inner))
        site.non_articles.append({"url": u, "reason": "home page"})
    site.add(dead, master(f"提示 - {SITE}", 1, _local(dead), '<div class="msg"><script type="text/javascript">alert(\'该信息不存在或已被删除！\');</script>'
                                                       '<p>该信息不存在或已被删除！</p><p><a href="../Default.aspx">返回首页</a></p></div>'))
    site.rejects.append({"url": dead, "reason": "soft 404: 200 with 该信息不存在或已被删除 (deleted item linked from the home page)"})
    members = content.COMPANIES[:12]
    singles = [
        ("/About.aspx", "协会概况", f"<p>{SITE}成立于2009年，是由全省汽车零部件生产、销售、维修及相关科研院所自愿组成的非营利性社会团体。</p>"
         "<p>协会现有会员单位300余家，下设电机电器、底盘系统、汽车电子和售后服务四个专业委员会。</p>"),
        ("/MemberList.aspx", "会员单位", '<table class="members">' + "".join(f"<tr><td>{j}</td><td>{c}有限公司</td><td>{'副会长单位' if j <= 3 else '会员单位'}</td></tr>"
                                                                         for j, c in enumerate(members, 1)) + "</table>"),
        ("/Contact.aspx", "联系我们", "<p>地址：岚东省鹭汀市湖滨路 218 号汽车大厦 9 楼</p><p>电话：0591-8765 4321</p><p>邮箱：ldapa@ldapa.example.org.cn</p>"),
    ]
    for url, t, body in singles:
        site.add(url, master(f"{t} - {SITE}", 0, url.lstrip("/"), f'<div class="right wide"><div class="rtitle">{t}</div><div class="single">{body}</div></div>',
                             crumbs=[("首页", "/Default.aspx"), (t, None)]))
        site.non_articles.append({"url": url, "reason": f"{t} (single page)"})
    site.add("/404.html", """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>404 - 找不到文件或目录。</title></head>
<body><div id="header"><h1>服务器错误</h1></div><div id="content"><h2>404 - 找不到文件或目录。</h2><h3>您要查找的资源可能已被删除，已更改名称或者暂时不可用。</h3></div></body></html>
""")
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /Admin/\nDisallow: /WebResource.axd\nDisallow: /ScriptResource.axd\nDisallow: /Search.aspx\nDisallow: /UploadFiles/Temp/\n"
    return site

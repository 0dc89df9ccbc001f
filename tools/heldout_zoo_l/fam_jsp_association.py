"""A Java/Struts-era provincial parts association portal (沄西省汽车零部件行业协会), GBK bytes with a ``charset=GBK``
header and a ``gb2312`` meta: table layout with a left menu, the site name as the page's only <h1>, ``article.do?
method=detail&infoId=N`` detail pages split with ``&pageNo=N``, Java ``Timestamp`` dates (``2026-09-10 09:32:15.0``),
发布日期 in a metadata table, 【字体：大 中 小】 bars, print views, ``;jsessionid=`` links, ``list.do?...&pageNo=N``
lists with cut titles, member-company and meeting pages in the article look."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import TZ8, Art, Channel, Site, esc, gbk_safe, iso_date, kinds, paginate, rand_dates, unique_titles

NAME = "jsp_association"
SITE = "沄西省汽车零部件行业协会"
CHANNELS = [Channel(k, nm, cid) for k, nm, cid in content.AS_CHANNELS]
COUNTS = {"hyxw": 12, "xhdt": 10, "tzgg": 8, "zcfg": 6}
PER_PAGE = 8
SESSION = "7C4E19A0D23B5F86E1A9C0447B2D3E58"
DEAD_ID = 19999
GOV_BODIES = ["沄西省工业和信息化厅", "沄西省商务厅", "沄西省市场监督管理局", "沄西省交通运输厅"]


def art_url(aid: int, page: int = 1) -> str:
    return f"/web/article.do?method=detail&infoId={aid}" + (f"&pageNo={page}" if page > 1 else "")


def print_url(aid: int) -> str:
    return f"/web/article.do?method=print&infoId={aid}"


def list_url(cid: int, page: int = 1) -> str:
    return f"/web/list.do?method=list&catId={cid}" + (f"&pageNo={page}" if page > 1 else "")


def href(u: str) -> str:
    return esc(u)


def render(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f'<p style="text-indent:2em;">{esc(b[1])}</p>')
        elif b[0] == "h":
            out.append(f'<p style="text-indent:2em;"><b>{esc(b[1])}</b></p>')
        elif b[0] == "img":
            out.append(f'<p align="center"><img src="{b[1]}" border="0" /></p>')
            if b[2]:
                out.append(f'<p align="center"><font color="#666666" size="2">{esc(b[2])}</font></p>')
        elif b[0] == "table":
            out.append('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" align="center">' + "".join(
                "<tr>" + "".join(f'<td valign="top"><p align="center">{esc(c)}</p></td>' for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def cut(title: str, n: int = 20) -> str:
    return title if len(title) <= n else title[: n - 1] + "..."


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "gbk", "gb2312", "GBK", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    arts: list[Art] = []
    for ch in CHANNELS:
        n = COUNTS[ch.key]
        whens = rand_dates(rnd, n, dt.datetime(2025, 10, 8, tzinfo=TZ8), dt.datetime(2026, 9, 23, 11, 0, tzinfo=TZ8),
                           seconds=True, hours=(8, 18))
        ks = kinds(rnd, n)

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            tpls = content.AS_TITLES[ch.key]
            return gbk_safe(ctx.fill(tpls[(i + attempt) % len(tpls)])), (ctx, ar)

        for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
            blocks = content.gen_blocks(ctx, ks[i], content.AS_OPEN, content.AS_MID, content.AS_CLOSE, content.AS_HEADS,
                                        "/upload/image/2026/", content.AS_CAPTIONS)
            a = Art(i, 0, ch, title, blocks, whens[i])
            if ch.key == "hyxw":
                a.source = ar.choice(content.MEDIA) if ar.random() < 0.5 else None
                a.author = content.person(ar, gbk_only=ar.random() < 0.2) if ar.random() < 0.6 else None
                a.editor = content.person(ar) if ar.random() < 0.7 else None
            elif ch.key == "xhdt":
                a.author = content.person(ar, gbk_only=ar.random() < 0.2) if ar.random() < 0.5 else None
                a.editor = content.person(ar) if ar.random() < 0.7 else None
            elif ch.key == "tzgg":
                a.source = "协会秘书处"
                signed = whens[i] - dt.timedelta(days=ar.randint(0, 3))
                a.extra["sign"] = [SITE, f"{signed.year}年{signed.month}月{signed.day}日"]
                a.blocks = a.blocks + [("p", x) for x in a.extra["sign"]]
                a.extra["attach"] = [ctx.fill(x) for x in ar.sample(["{year}年度会员信息登记表", "参会回执", "报名表", "推荐汇总表"], ar.randint(1, 2))]
            else:
                a.source = ar.choice(GOV_BODIES)
                a.extra["effective"] = whens[i] + dt.timedelta(days=ar.randint(10, 60))
                a.when = a.when.replace(hour=0, minute=0, second=0)
            arts.append(a)
    for j, a in enumerate(sorted(arts, key=lambda x: (x.when, x.title))):
        a.aid = 20460 + j * 7 + j % 3
        a.url = art_url(a.aid)
    newest = sorted(arts, key=lambda x: (x.when, x.aid), reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}
    for a in arts:
        if a.ch.key in ("hyxw", "xhdt") and len(a.blocks) >= 9:
            npg = 3 if len(a.blocks) >= 13 else 2
            cutp = [round(len(a.blocks) * k / npg) for k in range(npg + 1)]
            a.page_blocks = [a.blocks[cutp[k]:cutp[k + 1]] for k in range(npg)]
        else:
            a.page_blocks = [a.blocks]
        a.page_urls = [art_url(a.aid, k) for k in range(1, len(a.page_blocks) + 1)]

    members = []
    for m, nm in enumerate(content.AS_MEMBERS):
        mr = random.Random(f"{seed}:{NAME}:member:{m}")
        ctx = content.Ctx(mr, dt.datetime(2026, 3, 1, tzinfo=TZ8))
        members.append((f"/web/member.do?method=show&memberId={301 + m * 4}", nm, mr, ctx))
    meetings = []
    for m, tpl in enumerate(content.AS_EVENTS):
        mr = random.Random(f"{seed}:{NAME}:meeting:{m}")
        ctx = content.Ctx(mr, dt.datetime(2026, 10, 1, tzinfo=TZ8))
        meetings.append((f"/web/meeting.do?method=view&mid={88 + m * 3}", ctx.fill(tpl), mr, ctx))

    # ------------------------------------------------------------------ template parts
    menu = [(list_url(c.cid), c.name) for c in CHANNELS] + [("/web/member.do?method=list", "会员风采"),
                                                          ("/web/meeting.do?method=list", "会议活动"), ("/web/about.jsp", "协会简介")]

    def head(title: str) -> str:
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta http-equiv="pragma" content="no-cache">
<title>{esc(title)}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/common.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" id="banner"><tr><td height="110" background="/images/banner.jpg">
<h1 class="sitename">{SITE}</h1><div class="ename">Yunxi Auto Parts Industry Association</div></td></tr>
<tr><td class="menubar"><a href="/">网站首页</a>{"".join(f' | <a href="{href(u)}">{t}</a>' for u, t in menu)}</td></tr></table>
"""

    def foot() -> str:
        return f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom"><tr><td align="center">
版权所有：{SITE}　地址：沄州市滨河路296号汽配大厦11楼　邮编：630021<br>
电话：0825-6638 2011　传真：0825-6638 2012　沄ICP备09031145号　建议使用IE8.0以上浏览器，1024*768分辨率浏览</td></tr></table>
</body>
</html>
"""

    def left(active: str | None) -> str:
        rows = "".join(f'<tr><td class="{"on" if t == active else "off"}" height="30">&nbsp;&nbsp;<a href="{href(u)}">{t}</a></td></tr>' for u, t in menu)
        return (f'<td width="220" valign="top" class="leftmenu"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
                f'<tr><td class="lefttitle" height="36">栏目导航</td></tr>{rows}</table>'
                '<table width="100%" class="contact"><tr><td>联系我们<br>电话：0825-6638 2011<br>邮箱：office@yxapia.example.org.cn</td></tr></table></td>')

    def frame(title: str, active: str | None, crumb: str, main: str) -> str:
        return head(title) + f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
{left(active)}
<td width="10"></td>
<td valign="top" class="maincol">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="position" height="32">您现在的位置：<a href="/">首页</a> &gt;&gt; {crumb}</td></tr></table>
{main}
</td></tr></table>
""" + foot()

    def info_line(a: Art) -> str:
        if a.ch.key in ("hyxw", "xhdt"):
            return (f'发布时间：{a.when:%Y-%m-%d %H:%M:%S}.0　　来源：{esc(a.source or "本会")}　　作者：{esc(a.author or "")}　　'
                    f'浏览次数：<span id="hits"></span><script type="text/javascript" src="/web/article.do?method=hits&amp;infoId={a.aid}"></script>')
        if a.ch.key == "tzgg":
            return (f'发布日期：{a.when:%Y-%m-%d}　　来源：{esc(a.source)}　　'
                    f'浏览次数：<span id="hits"></span><script type="text/javascript" src="/web/article.do?method=hits&amp;infoId={a.aid}"></script>')
        return f'浏览次数：<span id="hits"></span><script type="text/javascript" src="/web/article.do?method=hits&amp;infoId={a.aid}"></script>'

    def display(a: Art) -> str:
        return f"{a.when:%Y-%m-%d %H:%M:%S}.0" if a.ch.key in ("hyxw", "xhdt") else f"{a.when:%Y-%m-%d}"

    font_bar = ('【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(15)">中</a> '
                '<a href="javascript:doZoom(12)">小</a>】')

    # ------------------------------------------------------------------ article pages (+ print views)
    for a in arts:
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        a.related = sorted(rr.sample([x for x in by_ch[a.ch.key] if x is not a], 5), key=lambda x: (x.when, x.aid), reverse=True)
        rel = "".join(f'<tr><td width="12">·</td><td><a href="{href(x.url)}" title="{esc(x.title)}" target="_blank">{esc(x.title)}</a></td>'
                      f'<td width="90" class="date">[{x.when:%Y-%m-%d}]</td></tr>' for x in a.related)
        same = by_ch[a.ch.key]
        idx = same.index(a)
        prv = same[idx + 1] if idx + 1 < len(same) else None
        nxt = same[idx - 1] if idx > 0 else None
        pn = ("上一篇：" + (f'<a href="{href(prv.url)}">{esc(prv.title)}</a>' if prv else "没有了") + "<br>下一篇："
              + (f'<a href="{href(nxt.url)}">{esc(nxt.title)}</a>' if nxt else "没有了"))
        attr = ""
        if a.ch.key == "zcfg":
            attr = (f'<table width="96%" border="1" align="center" cellpadding="4" cellspacing="0" class="attr">'
                    f'<tr><td class="t" width="15%">发布单位：</td><td width="35%">{esc(a.source)}</td><td class="t" width="15%">发布日期：</td><td>{a.when:%Y-%m-%d}</td></tr>'
                    f'<tr><td class="t">实施日期：</td><td>{a.extra["effective"]:%Y-%m-%d}</td><td class="t">效力状态：</td><td>现行有效</td></tr></table>')
        npg = len(a.page_urls)
        for k in range(npg):
            body = render(a.page_blocks[k])
            last = k == npg - 1
            pager = ""
            if npg > 1:
                ps = [f'共{npg}页　<a href="{href(a.url + "&pageNo=1")}">首页</a>']
                if k > 0:
                    ps.append(f'<a href="{href(a.page_urls[k - 1])}">上一页</a>')
                ps += [f"<b>[{m + 1}]</b>" if m == k else f'<a href="{href(a.page_urls[m])}">[{m + 1}]</a>' for m in range(npg)]
                if not last:
                    ps.append(f'<a href="{href(a.page_urls[k + 1])}">下一页</a>')
                ps.append(f'<a href="{href(a.page_urls[-1])}">尾页</a>')
                pager = f'<tr><td align="center" class="fenye">{" ".join(ps)}</td></tr>'
            extra = ""
            if last and a.editor:
                extra += f'<tr><td align="right" class="editor">【责任编辑：{esc(a.editor)}】</td></tr>'
            if last and a.extra.get("attach"):
                extra += '<tr><td class="fujian">附件：' + "".join(
                    f'<br><a href="/upload/file/2026/{a.aid}_{m + 1}.doc">{m + 1}.{esc(t)}.doc</a>' for m, t in enumerate(a.extra["attach"])) + "</td></tr>"
            main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="article">
<tr><td class="bt" align="center" height="50"><font class="title">{esc(a.title)}</font></td></tr>
<tr><td class="info" align="center">{info_line(a)}　{font_bar}</td></tr>
<tr><td class="line"><img src="/images/line.gif" width="100%" height="1"></td></tr>
{f"<tr><td>{attr}</td></tr>" if attr else ""}
<tr><td class="content" id="zoom">
{body}
</td></tr>
{pager}
{extra}
<tr><td align="right" class="tools">【<a href="{href(print_url(a.aid))}" target="_blank">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td class="prevnext">{pn}</td></tr>
<tr><td class="relatetitle">相关信息</td></tr>
<tr><td><table width="100%" class="relate">{rel}</table></td></tr>
</table>"""
            file = site.add(a.page_urls[k], frame(f"{a.title}--{SITE}", a.ch.name, f'<a href="{href(list_url(a.ch.cid))}">{a.ch.name}</a> &gt;&gt; 正文', main))
            if k == 0:
                first_file = file
        aliases = [print_url(a.aid)]
        if npg > 1:
            site.route_alias(a.url + "&pageNo=1", first_file)
            aliases.append(a.url + "&pageNo=1")
        site.add(print_url(a.aid), f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{esc(a.title)}</title>
<style>body{{font-size:14px}}</style></head><body onload="window.print()">
<table width="700" align="center"><tr><td align="center"><b>{esc(a.title)}</b></td></tr>
<tr><td align="center">{info_line(a).split("浏览次数")[0] if a.ch.key != "zcfg" else ""}</td></tr>
{f"<tr><td>{attr}</td></tr>" if attr else ""}
<tr><td>{render(a.blocks)}</td></tr>
{f'<tr><td align="right">【责任编辑：{esc(a.editor)}】</td></tr>' if a.editor else ""}
<tr><td align="center"><a href="javascript:window.close()">关闭</a></td></tr></table></body></html>
""")
        site.print_views.append(print_url(a.aid))
        a.extra["first_file"] = first_file
        a.extra["aliases"] = aliases

    # home page "最新动态" links carry the first visit's ;jsessionid=
    for a in newest[:8]:
        j_url = f"/web/article.do;jsessionid={SESSION}?method=detail&infoId={a.aid}"
        site.route_alias(j_url, a.extra["first_file"])
        a.extra["aliases"].append(j_url)
        a.extra["jsession"] = j_url
    for a in arts:
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when),
                         published_at=a.when.isoformat() if a.ch.key in ("hyxw", "xhdt") else None,
                         published_display=display(a), views_display=None, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related],
                         aliases=a.extra["aliases"])

    # ------------------------------------------------------------------ channel lists list.do?...&pageNo=N
    for ch in CHANNELS:
        chunks = paginate(by_ch[ch.key], PER_PAGE)
        urls = [list_url(ch.cid, k) for k in range(1, len(chunks) + 1)]
        alias1 = list_url(ch.cid) + "&pageNo=1"
        total = len(by_ch[ch.key])
        for k, chunk in enumerate(chunks):
            rows = "".join(f'<tr><td width="14" class="dot">·</td><td><a href="{href(x.url)}" title="{esc(x.title)}" target="_blank">{esc(cut(x.title))}</a></td>'
                           f'<td width="100" align="right" class="date">[{x.when:%Y-%m-%d}]</td></tr>' for x in chunk)
            for pos, x in enumerate(chunk, 1):
                site.listing(urls[k], pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", category=ch.name)
            pg = [f"共 {total} 条记录　第 {k + 1}/{len(chunks)} 页　", f'<a href="{href(alias1)}">首页</a>']
            pg.append(f'<a href="{href(urls[k - 1])}">上一页</a>' if k > 0 else "上一页")
            pg.append(f'<a href="{href(urls[k + 1])}">下一页</a>' if k + 1 < len(chunks) else "下一页")
            pg.append(f'<a href="{href(urls[-1])}">尾页</a>')
            pg.append('　转到第<input type="text" name="pageNo" size="2">页<input type="button" value="GO" onclick="goPage(this)">')
            main = (f'<table width="100%" class="listtitle"><tr><td height="32">{ch.name}</td></tr></table>'
                    f'<table width="100%" border="0" cellspacing="0" cellpadding="0" class="list">{rows}</table>'
                    f'<table width="100%"><tr><td align="center" class="fenye">{" ".join(pg)}</td></tr></table>')
            file = site.add(urls[k], frame(f"{ch.name}--{SITE}", ch.name, ch.name, main))
            if k == 0:
                site.route_alias(alias1, file)
            site.list_pages.append({"url": urls[k], "aliases": [alias1] if k == 0 else []})

    # ------------------------------------------------------------------ members, meetings (article look, not articles)
    mrows = ""
    for u, nm, mr, ctx in members:
        paras = [ctx.fill(x.replace("{nm}", nm)) for x in ["{nm}成立于2003年，位于{city}经济技术开发区，是协会常务理事单位。",
                                                            "公司主要产品为{pr}和{pr2}，年产能{n3}万件，产品配套{model}等车型。",
                                                            "公司通过IATF 16949质量管理体系认证，拥有省级企业技术中心。"]]
        body = "".join(f'<p style="text-indent:2em;">{esc(p)}</p>' for p in paras)
        main = (f'<table width="100%" class="article"><tr><td class="bt" align="center" height="50"><font class="title">{esc(nm)}</font></td></tr>'
                f'<tr><td class="info" align="center">发布日期：2026-03-{mr.randint(10, 28)}　　会员级别：常务理事单位　{font_bar}</td></tr>'
                f'<tr><td class="content" id="zoom">{body}<p>联系电话：0825-66{mr.randint(10000, 99999)}</p></td></tr></table>')
        site.add(u, frame(f"{nm}--会员风采--{SITE}", "会员风采", '<a href="/web/member.do?method=list">会员风采</a> &gt;&gt; 会员详情', main))
        site.non_articles.append({"url": u, "reason": "member company profile (article template)"})
        mrows += f'<tr><td>·</td><td><a href="{href(u)}">{esc(nm)}</a></td><td>常务理事单位</td></tr>'
    site.add("/web/member.do?method=list", frame(f"会员风采--{SITE}", "会员风采", "会员风采", f'<table width="100%" class="list">{mrows}</table>'))
    site.non_articles.append({"url": "/web/member.do?method=list", "reason": "member directory"})
    erows = ""
    for u, t, mr, ctx in meetings:
        day = dt.date(2026, 10, 1) + dt.timedelta(days=mr.randint(8, 50))
        main = (f'<table width="100%" class="article"><tr><td class="bt" align="center" height="50"><font class="title">{esc(t)}</font></td></tr>'
                f'<tr><td><table width="90%" border="1" align="center" cellpadding="5" class="attr">'
                f'<tr><td class="t">会议时间：</td><td>{day:%Y-%m-%d} 09:00-17:00</td></tr><tr><td class="t">会议地点：</td><td>{esc(ctx.fill("{city}国际会展中心"))}</td></tr>'
                f'<tr><td class="t">主办单位：</td><td>{SITE}</td></tr><tr><td class="t">报名截止：</td><td>{day - dt.timedelta(days=7):%Y-%m-%d}</td></tr></table></td></tr>'
                f'<tr><td class="content"><form action="/web/meeting.do?method=signup" method="post">单位名称：<input name="unit"> 联系人：<input name="linkman"> 电话：<input name="tel"> <input type="submit" value="在线报名"></form></td></tr></table>')
        site.add(u, frame(f"{t}--会议活动--{SITE}", "会议活动", '<a href="/web/meeting.do?method=list">会议活动</a> &gt;&gt; 会议详情', main))
        site.non_articles.append({"url": u, "reason": "meeting page (time, place, sign-up form)"})
        erows += f'<tr><td>·</td><td><a href="{href(u)}">{esc(t)}</a></td><td>报名中</td></tr>'
    site.add("/web/meeting.do?method=list", frame(f"会议活动--{SITE}", "会议活动", "会议活动", f'<table width="100%" class="list">{erows}</table>'))
    site.non_articles.append({"url": "/web/meeting.do?method=list", "reason": "meeting list"})
    site.add("/web/about.jsp", frame(f"协会简介--{SITE}", "协会简介", "协会简介",
                                     f'<table width="100%" class="article"><tr><td class="content"><p style="text-indent:2em;">{SITE}成立于1998年，是由全省汽车零部件生产、流通企业自愿组成的行业性社会团体。</p>'
                                     '<p style="text-indent:2em;">协会现有会员单位420余家，下设秘书处、标准化工作委员会和专家委员会。</p></td></tr></table>'))
    site.non_articles.append({"url": "/web/about.jsp", "reason": "single page"})
    for a in arts:
        for m, _ in enumerate(a.extra.get("attach", [])):
            site.raw_file(f"/upload/file/2026/{a.aid}_{m + 1}.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(120))

    # ------------------------------------------------------------------ home
    latest = f'<tr><td>·</td><td><a href="{href(art_url(DEAD_ID))}">协会关于开展会员企业用工情况调研的通知</a></td><td>[2026-09-18]</td></tr>' + "".join(
        f'<tr><td>·</td><td><a href="{href(a.extra["jsession"])}" title="{esc(a.title)}">{esc(cut(a.title, 24))}</a></td><td class="date">[{a.when:%Y-%m-%d}]</td></tr>' for a in newest[:8])
    boxes = "".join(f'<td width="50%" valign="top"><table width="100%" class="box"><tr><td class="boxtitle">{c.name}<a href="{href(list_url(c.cid))}" class="more">更多&gt;&gt;</a></td></tr>'
                    + "".join(f'<tr><td>·<a href="{href(x.url)}" title="{esc(x.title)}">{esc(cut(x.title))}</a></td></tr>' for x in by_ch[c.key][:6]) + "</table></td>"
                    + ("</tr><tr>" if i % 2 else "") for i, c in enumerate(CHANNELS))
    main = (f'<table width="100%" class="box"><tr><td class="boxtitle">最新动态</td></tr><tr><td><table width="100%">{latest}</table></td></tr></table>'
            f'<table width="100%"><tr>{boxes}</tr></table>'
            f'<table width="100%" class="box"><tr><td class="boxtitle">会议活动</td></tr>' + "".join(f'<tr><td>·<a href="{href(u)}">{esc(t)}</a></td></tr>' for u, t, *_ in meetings) + "</table>")
    site.add("/", frame(f"{SITE}", None, "首页", main))
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": art_url(DEAD_ID), "reason": "HTTP 404 (withdrawn notice still linked from the home page's 最新动态)"})
    site.add("/404.html", '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>错误</title></head><body><p>您访问的信息不存在或已被删除！</p><a href="/">返回首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /admin/\nDisallow: /web/article.do?method=hits\nDisallow: /web/meeting.do?method=signup\n"
    return site

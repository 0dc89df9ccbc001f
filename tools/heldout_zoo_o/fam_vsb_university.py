"""A university news site (沧澜理工大学新闻网) on a 博达 VSB-like system, UTF-8: news at ``/info/1032/4521.htm`` (column id /
news id), ``<form name="_newscontent_fromname">``, ``<div id="vsb_content"><div class="v_news_content">``,
``<!--#begineditable-->`` markers, **relative links everywhere** (``../../info/1032/4519.htm``), a credit line
``供稿单位：车辆工程学院　撰稿：A　摄影：B　审核：C　发布时间：2026-10-12 16:20　点击数：<script>_showDynClicks(…)</script>``
(the 学院动态 column writes ``来源：`` / ``作者：`` and a date without time), ``责任编辑：`` under the text, picture captions
as centred paragraphs, 附件 lists with JavaScript download counters, 上一条 / 下一条, **lists paged backwards**
(``/xwzx/xxyw.htm``, then ``xxyw/2.htm``, ``xxyw/1.htm``: the last page is ``1.htm``), the dynamic URL
``/content.jsp?urltype=news.NewsContentUrl&wbtreeid=1032&wbnewsid=4521`` of the same news on the home page, 媒体聚焦
reprints with ``原文链接``, 下载中心 entries in the news template and ``/`` redirected to ``/index.htm``."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import (
    TZ8,
    Art,
    Channel,
    Site,
    epoch,
    esc,
    iso_date,
    kinds,
    paginate,
    rand_dates,
    rel_href,
    unique_titles,
)

NAME = "vsb_university"
SITE = content.UV_SITE
SCHOOL = content.UV_SCHOOL
CHANNELS = [Channel("xxyw", "学校要闻", 1032), Channel("xydt", "学院动态", 1033), Channel("mtjj", "媒体聚焦", 1034)]
COUNTS = {"xxyw": 15, "xydt": 16, "mtjj": 9}
PER_PAGE = 6
DL_COL = 1036
DEAD = "/info/1032/4398.htm"
SELF_UNIT = "党委宣传部"  # the office that runs the site: no source
MEDIA_HOSTS = {"沧澜日报": "www.cldaily.example.cn", "澜州晚报": "wb.lanzhou.example.cn", "霁阳广播电视台": "www.jytv.example.cn",
               "沧澜经济导报": "jjdb.example.cn", "汽车工业周刊": "www.qcgyzk.example.com", "新能源车观察": "xnyc.example.com",
               "中部商报": "www.zbsb.example.cn"}


def info_url(col: int, nid: int) -> str:
    return f"/info/{col}/{nid}.htm"


def jsp_url(col: int, nid: int) -> str:
    return f"/content.jsp?urltype=news.NewsContentUrl&wbtreeid={col}&wbnewsid={nid}"


def list_urls(key: str, n_pages: int) -> list[str]:
    """VSB pages a list backwards: page 1 ``xxyw.htm``, page k ``xxyw/{P-k+1}.htm`` (the last page is ``1.htm``)."""
    return [f"/xwzx/{key}.htm"] + [f"/xwzx/{key}/{n_pages - k + 1}.htm" for k in range(2, n_pages + 1)]


def up(dst: str) -> str:
    """A link as the article template writes it: up to the root and down again (works from /content.jsp too)."""
    return "../../" + dst.lstrip("/")


def render(blocks: list) -> str:
    out = []
    first = True
    for b in blocks:
        if b[0] == "p":
            cls = ' class="vsbcontent_start"' if first else ""
            first = False
            out.append(f'<p{cls} style="text-indent: 2em; line-height: 1.75;">{esc(b[1])}</p>')
        elif b[0] == "h":
            out.append(f'<p style="text-indent: 2em; line-height: 1.75;"><strong>{esc(b[1])}</strong></p>')
        elif b[0] == "img":
            out.append(f'<p class="vsbcontent_img" style="text-align: center;"><img width="600" src="/__local/{b[1][-10:-4].upper()}/A1/{b[1][-8:]}" vsbhref="vurl" vurl="/_vsl/{b[1][-10:-4].upper()}/A1/{b[1][-8:]}" vheight="" vwidth="600" orisrc="/__local/{b[1][-10:-4].upper()}/A1/{b[1][-8:]}" class="img_vsb_content"></p>')
            if b[2]:
                out.append(f'<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">{esc(b[2])}</span></p>')
        elif b[0] == "table":
            out.append('<table border="1" cellspacing="0" cellpadding="0" style="border-collapse: collapse;" align="center"><tbody>' + "".join(
                "<tr>" + "".join(f'<td valign="top" style="padding: 0 7px;"><p style="text-align: center;">{esc(c)}</p></td>' for c in r) + "</tr>"
                for r in b[1]) + "</tbody></table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/index.htm")
    rnd = random.Random(f"{seed}:{NAME}")
    arts: list[Art] = []
    for ch in CHANNELS:
        n = COUNTS[ch.key]
        whens = rand_dates(rnd, n, dt.datetime(2026, 5, 25, tzinfo=TZ8), dt.datetime(2026, 10, 21, 12, 0, tzinfo=TZ8), hours=(8, 20))
        ks = kinds(rnd, n)

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            ctx.fixed["media"] = content.MEDIA[(i + attempt) % len(content.MEDIA)]
            tpls = content.UV_TITLES[ch.key]
            return ctx.fill(tpls[(i * 2 + attempt) % len(tpls)]), (ctx, ar)

        for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
            blocks = content.gen_blocks(ctx, ks[i], content.UV_OPEN, content.UV_MID, content.UV_CLOSE, content.UV_HEADS, "/img/",
                                        content.UV_CAPTIONS)
            a = Art(i, 0, ch, title, blocks, whens[i])
            if ch.key == "mtjj":
                a.source = ctx.fixed["media"]
                a.extra["unit"] = a.source
                if ar.random() < 0.6:
                    a.author = content.person(ar)
            else:
                unit = SELF_UNIT if ch.key == "xxyw" and ar.random() < 0.4 else ar.choice(content.UV_UNITS[1:])
                a.extra["unit"] = unit
                a.source = None if unit == SELF_UNIT else unit
                if ar.random() < 0.8:
                    a.author = content.person(ar)
                if ch.key == "xxyw" and ar.random() < 0.7:
                    a.extra["photo"] = content.person(ar)  # 摄影: never the author
                a.extra["check"] = content.person(ar)  # 审核: no editor
            if ar.random() < 0.8:
                a.editor = content.person(ar)
            if ar.random() < 0.2:
                a.extra["attach"] = ar.choice(["会议议程.docx", "获奖名单.pdf", "合作协议摘要.pdf", "报告会海报.jpg"])
            arts.append(a)
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 4403 + j * 4 + (j % 3)
        a.url = info_url(a.ch.cid, a.aid)
        a.page_urls = [a.url]
    newest = sorted(arts, key=lambda x: (x.when, x.aid), reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}

    nav = [("/index.htm", "首页"), (f"/xwzx/{CHANNELS[0].key}.htm", "学校要闻"), (f"/xwzx/{CHANNELS[1].key}.htm", "学院动态"),
           (f"/xwzx/{CHANNELS[2].key}.htm", "媒体聚焦"), ("/xwzx/xzzx.htm", "下载中心"), ("/xxgk/xxjj.htm", "学校简介")]

    def head(title: str, src: str, link=None, extra: str = "") -> str:
        link = link or (lambda d: rel_href(src, d))
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(title)}</title>
<META Name="keywords" Content="{SITE}" />
{extra}<link href="{link("/style/style.css")}" rel="stylesheet" type="text/css" />
<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="{link("/_sitegray/_sitegray_d.css")}" />
<script language="javascript" src="{link("/_sitegray/_sitegray.js")}"></script>
<!-- CustomerNO:77656262657232307e7847515352574a0003000a4753 -->
</head>
<body>
<div class="top"><div class="logo"><!--#begineditable viewid="112876" name="LOGO"--><a href="{link("/index.htm")}"><img src="{link("/images/logo.png")}" alt="{SITE}" /></a><!--#endeditable--></div>
<div class="nav"><!--#begineditable viewid="112877" name="导航"--><ul>{"".join(f'<li><a href="{link(u)}">{t}</a></li>' for u, t in nav)}</ul><!--#endeditable--></div></div>
"""

    def foot(src: str, link=None) -> str:
        link = link or (lambda d: rel_href(src, d))
        return f"""<div class="foot"><!--#begineditable viewid="112880" name="版权"-->
<p>版权所有：{SCHOOL}　地址：沧澜省澜州市学府路88号　邮编：410388</p><p>沧ICP备05003117号　<a href="{link("/index.htm")}">网站首页</a></p><!--#endeditable--></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ news pages (and their /content.jsp twin)
    home_yw = by_ch["xxyw"][:6]
    for a in arts:
        same = by_ch[a.ch.key]
        idx = same.index(a)
        prv = same[idx + 1] if idx + 1 < len(same) else None  # 上一条: the older one
        nxt = same[idx - 1] if idx else None
        col_list = f"/xwzx/{a.ch.key}.htm"
        clicks = f'<script>_showDynClicks("wbnews", {epoch(a.when) // 7 + 1100000000}, {a.aid})</script>'
        if a.ch.key == "xxyw":
            bits = [f"供稿单位：{esc(a.extra['unit'])}"]
            if a.author:
                bits.append(f"撰稿：{esc(a.author)}")
            if a.extra.get("photo"):
                bits.append(f"摄影：{esc(a.extra['photo'])}")
            bits.append(f"审核：{esc(a.extra['check'])}")
            shown = f"{a.when:%Y-%m-%d %H:%M}"
            bits += [f"发布时间：{shown}", f"点击数：{clicks}"]
        elif a.ch.key == "xydt":
            shown = f"{a.when.year}年{a.when.month:02d}月{a.when.day:02d}日"
            bits = [f"来源：{esc(a.extra['unit'])}"] + ([f"作者：{esc(a.author)}"] if a.author else []) + [f"发布时间：{shown}", f"点击：[{clicks}]次"]
        else:
            shown = f"{a.when:%Y-%m-%d}"
            bits = [f"来源：{esc(a.source)}"] + ([f"作者：{esc(a.author)}"] if a.author else []) + [f"发布时间：{shown}", f"点击数：{clicks}"]
        attach = ""
        if a.extra.get("attach"):
            attach = (f'<ul style="list-style-type:none;"><li>附件【<a href="/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=1521347758&wbfileid={a.aid * 7}" target="_blank">{esc(a.extra["attach"])}</a>】'
                      f'已下载<span id="nattach{a.aid * 7}"><script language="javascript">getClickTimes({a.aid * 7},1521347758,"wbnewsfile","attach")</script></span>次</li></ul>')
        yuanwen = ""
        if a.ch.key == "mtjj":
            yuanwen = f'<p class="yuanwen">原文链接：<a href="http://{MEDIA_HOSTS[a.source]}/html/{a.when:%Y-%m/%d}/content_{a.aid}.htm" target="_blank">http://{MEDIA_HOSTS[a.source]}/html/{a.when:%Y-%m/%d}/content_{a.aid}.htm</a></p>'
        editor = f'<div class="arc-editor" style="text-align: right;">责任编辑：{esc(a.editor)}</div>' if a.editor else ""
        html = head(f"{a.title}-{SITE}", a.url, up, f'<META Name="description" Content="{esc(content.paragraphs(a.blocks)[0][:80])}" />\n') + f"""<div class="main">
<div class="position"><!--#begineditable viewid="112878" name="当前位置"-->当前位置：<a href="{up("/index.htm")}">首页</a>&gt;&gt;<a href="{up(col_list)}">{a.ch.name}</a>&gt;&gt;正文<!--#endeditable--></div>
<div class="arc"><!--#begineditable viewid="112879" name="文章内容"-->
<script language="javascript" src="/system/resource/js/dynclicks.js"></script><script language="javascript" src="/system/resource/js/openlink.js"></script>
<form name="_newscontent_fromname">
<div class="arc-title"><h1>{esc(a.title)}</h1></div>
<div class="arc-info">{"　".join(bits)}</div>
<div id="vsb_content"><div class="v_news_content">
{render(a.blocks)}
</div></div><div id="div_vote_id"></div>
{attach}{yuanwen}{editor}
</form>
<div class="nextprev"><div>上一条：{f'<a href="{up(prv.url)}">{esc(prv.title)}</a>' if prv else "没有了"}</div>
<div>下一条：{f'<a href="{up(nxt.url)}">{esc(nxt.title)}</a>' if nxt else "没有了"}</div></div>
<!--#endeditable--></div></div>
""" + foot(a.url, up)
        file = site.add(a.url, html)
        aliases = []
        if a in home_yw[::2]:
            site.route_alias(jsp_url(a.ch.cid, a.aid), file)
            aliases.append(jsp_url(a.ch.cid, a.aid))
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when),
                         published_at=a.when.isoformat() if a.ch.key == "xxyw" else None, published_display=shown,
                         views_display=None, views_approx=False, related=[], aliases=aliases)
        a.extra["aliases"] = aliases

    # ------------------------------------------------------------------ lists, paged backwards
    for ch in CHANNELS:
        chunks = paginate(by_ch[ch.key], PER_PAGE)
        urls = list_urls(ch.key, len(chunks))
        total = len(by_ch[ch.key])
        for k, chunk in enumerate(chunks):
            src = urls[k]
            items = ""
            for pos, x in enumerate(chunk, 1):
                shown = f"{x.when:%Y/%m/%d}" if ch.key == "mtjj" else f"{x.when:%Y-%m-%d}"
                items += (f'<li id="line_u8_{pos - 1}"><a href="{rel_href(src, x.url)}" target="_blank" title="{esc(x.title)}">{esc(x.title)}</a>'
                          f'<span class="date">{shown}</span></li>')
                site.listing(src, pos, x, iso_date(x.when), shown, category=ch.name)
            P = len(chunks)

            def pl(m: int, src=src, urls=urls) -> str:
                return rel_href(src, urls[m])
            pager = (f'<table cellspacing="0" cellpadding="0" border="0"><tr><td colspan="2" align="center"><div class="pb_sys_common pb_sys_normal pb_sys_style1">'
                     f'<span class="p_t">共{total}条</span> <span class="p_pages">'
                     + ('<span class="p_first_d">首页</span><span class="p_prev_d">上页</span>' if k == 0 else
                        f'<span class="p_first"><a href="{pl(0)}">首页</a></span><span class="p_prev"><a href="{pl(k - 1)}">上页</a></span>')
                     + "".join(f'<span class="p_no_d">{m + 1}</span>' if m == k else f'<span class="p_no"><a href="{pl(m)}">{m + 1}</a></span>' for m in range(P))
                     + (f'<span class="p_next"><a href="{pl(k + 1)}">下页</a></span><span class="p_last"><a href="{pl(P - 1)}">尾页</a></span>' if k + 1 < P else
                        '<span class="p_next_d">下页</span><span class="p_last_d">尾页</span>')
                     + f'</span> <span class="p_t">{k + 1}/{P}</span></div></td></tr></table>')
            html = head(f"{ch.name}-{SITE}", src) + f"""<div class="main">
<div class="position">当前位置：<a href="{rel_href(src, "/index.htm")}">首页</a>&gt;&gt;{ch.name}</div>
<div class="list"><!--#begineditable viewid="112890" name="列表"--><div class="list-title">{ch.name}</div>
<ul>{items}</ul>
<script language="javascript" src="/system/resource/js/centerCutImg.js"></script>{pager}<!--#endeditable--></div></div>
""" + foot(src)
            site.add(src, html)
            site.list_pages.append({"url": src, "aliases": []})

    # ------------------------------------------------------------------ 下载中心 (news template, attachment only) and 学校简介
    dl_entries = ""
    for k, tpl in enumerate(content.UV_DOWNLOADS):
        dr = random.Random(f"{seed}:{NAME}:dl:{k}")
        nid = 4390 + k
        when = dt.datetime(2026, 3, 2, 9, tzinfo=TZ8) + dt.timedelta(days=k * 23, minutes=dr.randint(0, 400))
        title = tpl.format(year=2026, year1=2027)
        url = info_url(DL_COL, nid)
        html = head(f"{title}-{SITE}", url, up) + f"""<div class="main">
<div class="position">当前位置：<a href="{up("/index.htm")}">首页</a>&gt;&gt;<a href="{up("/xwzx/xzzx.htm")}">下载中心</a>&gt;&gt;正文</div>
<div class="arc"><form name="_newscontent_fromname">
<div class="arc-title"><h1>{esc(title)}</h1></div>
<div class="arc-info">供稿单位：{esc(dr.choice(["校长办公室", "科学技术研究院", "研究生院", "人事处"]))}　发布时间：{when:%Y-%m-%d %H:%M}　点击数：<script>_showDynClicks("wbnews", 1100000000, {nid})</script></div>
<div id="vsb_content"><div class="v_news_content"><p>详见附件。</p></div></div>
<ul style="list-style-type:none;"><li>附件【<a href="/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=1521347758&wbfileid={nid}">{esc(title)}.pdf</a>】已下载<span id="nattach{nid}"><script>getClickTimes({nid},1521347758,"wbnewsfile","attach")</script></span>次</li></ul>
</form></div></div>
""" + foot(url, up)
        site.add(url, html)
        site.non_articles.append({"url": url, "reason": "下载中心 entry (the news template with 详见附件 and an attachment; no text)"})
        dl_entries += f'<li><a href="{rel_href("/xwzx/xzzx.htm", url)}">{esc(title)}</a><span class="date">{when:%Y-%m-%d}</span></li>'
    site.add("/xwzx/xzzx.htm", head(f"下载中心-{SITE}", "/xwzx/xzzx.htm") +
             f'<div class="main"><div class="list"><div class="list-title">下载中心</div><ul>{dl_entries}</ul></div></div>\n' + foot("/xwzx/xzzx.htm"))
    site.non_articles.append({"url": "/xwzx/xzzx.htm", "reason": "下载中心 list (its entries are no articles)"})
    site.add("/xxgk/xxjj.htm", head(f"学校简介-{SITE}", "/xxgk/xxjj.htm") + f"""<div class="main"><div class="arc"><form name="_newscontent_fromname">
<div class="arc-title"><h1>学校简介</h1></div><div id="vsb_content"><div class="v_news_content">
<p style="text-indent: 2em;">{SCHOOL}是一所以工为主、多学科协调发展的省属重点大学，前身为创建于1958年的沧澜机械工业学校。</p>
<p style="text-indent: 2em;">学校现有全日制在校生两万余人，设有车辆工程、材料科学与工程、机械工程等十八个学院。</p>
</div></div></form></div></div>
""" + foot("/xxgk/xxjj.htm"))
    site.non_articles.append({"url": "/xxgk/xxjj.htm", "reason": "学校简介 (article look, no date)"})

    # ------------------------------------------------------------------ home (/index.htm; / redirects to it), 404, robots
    def box(key: str, title: str) -> str:
        lis = ""
        for x in by_ch[key][:6]:
            href = x.extra["aliases"][0].lstrip("/") if x.extra["aliases"] else rel_href("/index.htm", x.url)
            lis += f'<li><a href="{href}" target="_blank" title="{esc(x.title)}">{esc(x.title)}</a><span>{x.when:%m-%d}</span></li>'
        return f'<div class="box"><div class="box-title"><a href="xwzx/{key}.htm">{title}</a></div><ul>{lis}</ul></div>'
    site.add("/index.htm", head(SITE, "/index.htm") + f"""<div class="main">
<div class="banner"><!--#begineditable viewid="112881" name="图片新闻"--><a href="{rel_href("/index.htm", by_ch["xxyw"][0].url)}"><img src="images/banner1.jpg" alt="" /></a><!--#endeditable--></div>
{box("xxyw", "学校要闻")}{box("xydt", "学院动态")}{box("mtjj", "媒体聚焦")}
<div class="box"><div class="box-title">专题报道</div><ul><li><a href="{DEAD.lstrip("/")}">学校第五次党代会专题（已归档）</a></li></ul></div>
</div>
""" + foot("/index.htm"))
    site.serve["redirects"]["/"] = "/index.htm"
    site.non_articles.append({"url": "/index.htm", "reason": "home page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (an archived news id, still linked from the home page)"})
    site.add("/404.html", f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>404-{SITE}</title></head><body><p>您访问的页面不存在！</p><a href="/index.htm">返回首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /system/\nDisallow: /_sitegray/\n"
    return site

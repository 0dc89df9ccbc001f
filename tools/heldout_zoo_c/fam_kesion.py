"""KesionCMS (ASP, IIS) industry portal: table layout, gb2312 declared, GBK bytes, split articles."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import (Art, Channel, REFERENCE_TIME, Site, TZ8, chain, esc, iso_date, kinds, paginate, pick_related, rand_dates,
                   unique_titles)

NAME = "kesion"
SITE = "汽配商情网"
PER_PAGE = 7
CHANNELS = [Channel("hyxw", "行业新闻", 12), Channel("schq", "市场行情", 15), Channel("jswx", "技术维修", 21)]
COUNTS = [15, 10, 8]  # 7+7+1, 7+3, 7+1


def _kdate(d: dt.datetime) -> str:  # 2025/6/5 9:12:33 (ASP Now() in a zh-CN locale)
    return f"{d.year}/{d.month}/{d.day} {d.hour}:{d.minute:02d}:{d.second:02d}"


def _page_url(a: Art, p: int) -> str:
    return f"/Item/{a.aid}.html" if p == 1 else f"/Item/{a.aid}_{p}.html"


def _head(title: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(title)}</title>
<meta name="keywords" content="汽配,汽车配件,汽配商情" />
<link href="/Images/Default/style.css" type="text/css" rel="stylesheet" />
<script language="javascript" src="/KS_Inc/jquery.js"></script>
<script language="javascript" src="/KS_Inc/common.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="28" class="topbar"><span style="float:right"><a href="/User/Login.asp">会员登录</a> | <a href="/User/Reg/">免费注册</a> | <a href="javascript:void(0)" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:void(0)" onclick="AddFavorite(window.location,document.title)">加入收藏</a></span>欢迎光临{SITE}！今天是<script>document.write(new Date().toLocaleDateString());</script></td></tr>
<tr><td height="90"><a href="/"><img src="/Images/Default/logo.gif" width="300" height="80" border="0" alt="{SITE}" /></a></td></tr>
<tr><td class="menu" height="36"><a href="/">网站首页</a>{''.join(f' | <a href="/List/{c.cid}.html">{c.name}</a>' for c in CHANNELS)} | <a href="/Help/About.html">关于我们</a></td></tr>
</table>
"""


FOOT = f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center" height="30"><a href="/Help/About.html">关于我们</a> | <a href="/Help/Contact.html">联系我们</a> | <a href="/User/Login.asp">会员中心</a> | <a href="/plus/Guestbook.asp">在线留言</a></td></tr>
<tr><td align="center">Copyright &copy; 2009-2026 {SITE} All Rights Reserved. <a href="https://beian.miit.gov.cn/" target="_blank">粤ICP备09081234号</a><br />
Powered by KesionCMS V9.5 &nbsp; 页面执行时间：0.1563秒</td></tr>
</table>
</body>
</html>
"""


def _blocks_html(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<p><b>{esc(b[1])}</b></p>")
        elif b[0] == "img":
            out.append(f'<div align="center"><img src="/UploadFiles/2025/{b[1][-10:]}" border="0" onload="javascript:if(this.width>600)this.width=600;" /></div>')
            if b[2]:
                out.append(f'<div align="center"><font color="#666666">{esc(b[2])}</font></div>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f'<td bgcolor="#ffffff">{esc(c)}</td>' for c in r) + "</tr>\n" for r in b[1])
            out.append(f'<table width="90%" border="0" align="center" cellpadding="3" cellspacing="1" bgcolor="#cccccc">\n{rows}</table>')
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def _side(hot: list[Art]) -> str:
    lis = "\n".join(f'<tr><td height="22">{i}. <a href="{x.url}" target="_blank" title="{esc(x.title)}">{esc(x.title[:15])}</a></td>'
                    f'<td align="right"><font color="#999999">{x.extra["side_hits"]}</font></td></tr>' for i, x in enumerate(hot, 1))
    return f"""<table width="100%" border="0" cellpadding="0" cellspacing="0" class="sidebox">
<tr><td class="sidetitle" colspan="2">本周热门</td></tr>
{lis}
</table>
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="sidebox"><tr><td align="center"><a href="/Help/Contact.html"><img src="/UploadFiles/ad/side_ad1.gif" width="230" height="200" border="0" alt="广告招商" /></a></td></tr></table>
"""


def _related_date(d: dt.datetime) -> str:
    return d.strftime("%m-%d")


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "gbk", "gb2312", "gb2312", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    # all within the year before the crawl: a [MM-DD] date is unambiguous
    whens = rand_dates(rnd, n, dt.datetime(2025, 6, 25, tzinfo=TZ8), dt.datetime(2026, 5, 17, 23, tzinfo=TZ8), seconds=True)
    chans = [c for c, k in zip(CHANNELS, COUNTS) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        return content.news_title(ctx), (ctx, ar)

    arts: list[Art] = []
    aid = 1180 + rnd.randint(0, 90)
    splits = 0
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        aid += rnd.randint(1, 9)
        a = Art(i, aid, chans[i], title, content.news_blocks(ctx, ks[i], "/UploadFiles/"), whens[i])
        a.url = _page_url(a, 1)
        r = ar.random()
        a.author = None if r < 0.2 else content.person(ar, rare=r > 0.85)
        a.extra["anon"] = a.author is None
        a.source = ar.choice(content.SOURCES + [SITE, SITE])
        a.editor = content.person(ar) if ar.random() < 0.5 else None
        a.extra["side_hits"] = ar.randint(120, 5000)
        # split long articles at paragraph boundaries ([NextPage] in the editor)
        if ks[i] == "long" and splits < 6:
            splits += 1
            parts = 3 if splits % 3 == 0 else 2
            cuts = [k for k, b in enumerate(a.blocks) if b[0] in ("p", "h") and k > 0]
            idx = [cuts[len(cuts) * j // parts] for j in range(1, parts)]
            bounds = [0] + idx + [len(a.blocks)]
            a.page_blocks = [a.blocks[bounds[j]:bounds[j + 1]] for j in range(parts)]
        else:
            a.page_blocks = [a.blocks]
        a.page_urls = [_page_url(a, p) for p in range(1, len(a.page_blocks) + 1)]
        arts.append(a)
    chain(arts, lambda x: x.ch.key)
    pick_related(arts, seed, NAME, 4, 7)
    hot = sorted(arts, key=lambda x: -x.extra["side_hits"])[:10]
    side = _side(hot)

    for a in arts:
        total = len(a.page_blocks)
        print_url = f"/plus/Print.asp?m=1&ID={a.aid}"
        rel = "\n".join(f'<li>·<a href="{r.url}" target="_blank">{esc(r.title)}</a> <span class="date">[{_related_date(r.when)}]</span></li>'
                        for r in a.related)
        author_disp = "佚名" if a.extra["anon"] else a.author
        for p in range(1, total + 1):
            body = _blocks_html(a.page_blocks[p - 1])
            if p == total and a.editor:
                body += f'\n<div style="text-align:right">（责任编辑：{a.editor}）</div>'
            pager = ""
            if total > 1:
                links = []
                if p > 1:
                    links.append(f'<a class="prev" href="{_page_url(a, p - 1)}">上一页</a>')
                for k in range(1, total + 1):
                    links.append(f'<a class="curr" href="#">{k}</a>' if k == p else f'<a href="{_page_url(a, k)}">{k}</a>')
                if p < total:
                    links.append(f'<a class="next" href="{_page_url(a, p + 1)}">下一页</a>')
                opts = "".join(f'<option value="{_page_url(a, k)}"{" selected" if k == p else ""}>第{k}页</option>' for k in range(1, total + 1))
                pager = (f'<div id="pageNext" style="text-align:center"><table align="center"><tr><td>{" ".join(links)} '
                         f'<select onchange="javascript:window.location=this.options[this.selectedIndex].value;">{opts}</select>'
                         f"</td></tr></table></div>")
            prevnext = (f'上一篇：{f"<a href={chr(34)}{a.prev.url}{chr(34)}>{esc(a.prev.title)}</a>" if a.prev else "没有了"}<br />'
                        f'下一篇：{f"<a href={chr(34)}{a.next.url}{chr(34)}>{esc(a.next.title)}</a>" if a.next else "没有了"}')
            html = _head(f"{a.title}-{a.ch.name}-{SITE}") + f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="location" height="30">您现在的位置：<a href="/">{SITE}</a> &gt;&gt; <a href="/List/{a.ch.cid}.html">{a.ch.name}</a> &gt;&gt; 浏览文章</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="700" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="articlebox">
<tr><td align="center" class="title"><h1>{esc(a.title)}</h1></td></tr>
<tr><td align="center" class="info" height="30">作者：{author_disp}&nbsp;&nbsp;&nbsp;&nbsp;来源：{a.source}&nbsp;&nbsp;&nbsp;&nbsp;发布时间：{_kdate(a.when)}&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script src="/Item/GetHits.asp?Action=Count&amp;m=1&amp;ID={a.aid}" type="text/javascript"></script>&nbsp;&nbsp;&nbsp;&nbsp;【<a href="javascript:void(0)" onclick="javascript:window.external.addFavorite(window.location.href,document.title);">收藏</a>】【<a href="{esc(print_url)}" target="_blank">打印</a>】【字体：<a href="javascript:ContentSize(16)">大</a> <a href="javascript:ContentSize(14)">中</a> <a href="javascript:ContentSize(12)">小</a>】</td></tr>
<tr><td><table width="96%" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td id="MyContent" class="content">
{body}
</td></tr></table></td></tr>
<tr><td>{pager}</td></tr>
<tr><td class="prevnext" height="50">{prevnext}</td></tr>
</table>
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="relbox">
<tr><td class="reltitle">相关文章</td></tr>
<tr><td><ul class="rellist">
{rel}
</ul></td></tr>
</table>
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="commentbox">
<tr><td class="reltitle">网友评论</td></tr>
<tr><td><div id="c_{a.aid}"></div><script type="text/javascript" src="/plus/Comment.asp?Action=ShowComment&amp;ChannelID=1&amp;InfoID={a.aid}"></script>
（评论内容只代表网友观点，与本站立场无关！）</td></tr>
</table>
</td>
<td width="10"></td>
<td width="250" valign="top">
{side}</td>
</tr>
</table>
""" + FOOT
            site.add(_page_url(a, p), html)
        site.add(print_url, f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(a.title)}--{SITE}</title></head>
<body onload="window.print()"><table width="700" align="center"><tr><td align="center"><h2>{esc(a.title)}</h2></td></tr>
<tr><td align="center">作者：{author_disp}&nbsp;&nbsp;来源：{a.source}&nbsp;&nbsp;发布时间：{_kdate(a.when)}</td></tr>
<tr><td>
{_blocks_html(a.blocks)}
</td></tr>
<tr><td align="center">【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table></body></html>
""")
        site.print_views.append(print_url)
        related = [{"title": r.title, "url": r.url, "date": iso_date(r.when), "views": None} for r in a.related]
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when),
                         published_at=a.when.isoformat(), published_display=_kdate(a.when), views_display=None,
                         views_approx=False, related=related, aliases=a.page_urls[1:] + [print_url])

    for ch in CHANNELS:
        entries = sorted((a for a in arts if a.ch is ch), key=lambda x: x.when, reverse=True)
        chunks = paginate(entries, PER_PAGE)
        total = len(chunks)

        def lurl(k: int) -> str:
            return f"/List/{ch.cid}.html" if k == 1 else f"/List/{ch.cid}_{k}.html"
        for k, chunk in enumerate(chunks, 1):
            rows = []
            for pos, a in enumerate(chunk, 1):
                disp = f"({a.when.year}-{a.when.month}-{a.when.day})"
                tip = f"文章标题：{a.title}&#13;&#10;作者：{a.author or '佚名'}&#13;&#10;更新时间：{_kdate(a.when)}"
                rows.append(f'<tr><td class="listtitle" height="26"><img src="/Images/Default/arrow.gif" border="0" /> '
                            f'<a href="{a.url}" title="{esc(tip).replace("&amp;#", "&#")}" target="_blank">{esc(a.title)}</a></td>'
                            f'<td align="right" class="listdate"><font color="#999999">{disp}</font></td></tr>')
                site.listing(lurl(k), pos, a, iso_date(a.when), disp)
            bar = [f"共 {len(entries)} 篇文章 页次：<font color=red>{k}</font>/{total}页 "]
            bar.append(f'<a href="{lurl(1)}">首页</a> ' if k > 1 else "首页 ")
            bar.append(f'<a href="{lurl(k - 1)}">上一页</a> ' if k > 1 else "上一页 ")
            bar.append(f'<a href="{lurl(k + 1)}">下一页</a> ' if k < total else "下一页 ")
            bar.append(f'<a href="{lurl(total)}">尾页</a> ' if k < total else "尾页 ")
            opts = "".join(f'<option value="{lurl(j)}"{" selected" if j == k else ""}>第{j}页</option>' for j in range(1, total + 1))
            bar.append(f'转到：<select name="page" onchange="javascript:window.location=this.options[this.selectedIndex].value;">{opts}</select>')
            html = _head(f"{ch.name}-{SITE}" + (f"-第{k}页" if k > 1 else "")) + f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="location" height="30">您现在的位置：<a href="/">{SITE}</a> &gt;&gt; <a href="/List/{ch.cid}.html">{ch.name}</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="listbox">
<tr><td class="listhead" colspan="2">{ch.name}</td></tr>
{chr(10).join(rows)}
</table>
<div class="showpage" align="center">{''.join(bar)}</div>
</td><td width="10"></td><td width="250" valign="top">
{side}</td></tr></table>
""" + FOOT
            site.add(lurl(k), html)
            site.list_pages.append({"url": lurl(k), "aliases": []})

    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    cols = []
    for ch in CHANNELS:
        items = [a for a in latest if a.ch is ch][:7]
        lis = "\n".join(f'<tr><td height="22">·<a href="{a.url}" target="_blank" title="{esc(a.title)}">{esc(a.title[:20])}</a></td>'
                        f'<td align="right"><font color="#999999">{a.when:%m-%d}</font></td></tr>' for a in items)
        cols.append(f'<td width="33%" valign="top"><table width="100%" class="homebox"><tr><td class="hometitle"><span style="float:right">'
                    f'<a href="/List/{ch.cid}.html">更多&gt;&gt;</a></span>{ch.name}</td></tr>\n{lis}\n</table></td>')
    top = latest[0]
    home = _head(f"{SITE}-汽车配件行业门户") + f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="headline" align="center"><h2><a href="{top.url}">{esc(top.title)}</a></h2></td></tr>
<tr><td><marquee scrollamount="3">公告：{SITE}手机版正式上线，欢迎访问！</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>{''.join(cols)}</tr>
<tr><td colspan="3"><table class="homebox"><tr><td class="hometitle">专题推荐</td></tr>
<tr><td>·<a href="/Item/Show.asp?m=1&amp;d=99999">2026汽配行业十大新闻评选</a></td></tr></table></td></tr>
</table>
""" + FOOT
    site.add("/", home)
    site.non_articles.append({"url": "/", "reason": "home page"})
    dead = "/Item/Show.asp?m=1&d=99999"
    site.add(dead, f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>{SITE}</title></head>
<body><script language="javascript">alert('对不起，该文章不存在或已被删除！');history.back();</script>
<table align="center"><tr><td>对不起，该文章不存在或已被删除！<a href="/">返回首页</a></td></tr></table></body></html>
""")
    site.rejects.append({"url": dead, "reason": "soft 404: HTTP 200 with the error page (dead link on the home page)"})
    for url, t, body in [("/Help/About.html", "关于我们", f"{SITE}成立于2009年，专注汽车配件行业资讯和商情服务，日均访问量超过十万人次。"),
                         ("/Help/Contact.html", "联系我们", "地址：广州市白云区汽配城商务楼 6 楼　电话：020-3622 8899　传真：020-3622 8898")]:
        site.add(url, _head(f"{t}-{SITE}") + f'<table width="960" align="center"><tr><td class="location">您现在的位置：<a href="/">{SITE}</a> &gt;&gt; {t}</td></tr>'
                 f'<tr><td><h3>{t}</h3><p>{body}</p></td></tr></table>\n' + FOOT)
        site.non_articles.append({"url": url, "reason": f"{t} (static page)"})
    site.add("/plus/Guestbook.asp", _head(f"在线留言-{SITE}") + '<table width="960" align="center"><tr><td><h3>在线留言</h3>'
             '<form method="post" action="/plus/Guestbook.asp?action=save"><textarea name="content"></textarea><input type="submit" value="提交留言" /></form></td></tr></table>\n' + FOOT)
    site.non_articles.append({"url": "/plus/Guestbook.asp", "reason": "guestbook form"})
    site.add("/404.html", "<html><head><title>无法找到该页</title></head><body><h1>无法找到该页</h1><p>您正在搜索的页面可能已经删除、更名或暂时不可用。</p><hr><p>HTTP 错误 404 - 文件或目录未找到。<br>Internet 信息服务 (IIS)</p></body></html>\n")
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /Admin/\nDisallow: /User/\nDisallow: /KS_Inc/\nDisallow: /plus/Ajaxs.asp\nDisallow: /Item/GetHits.asp\n"
    return site

"""DESTOON B2B 7.x news module (资讯) of an auto-parts trade platform, GBK, static HTML rewrite."""

from __future__ import annotations

import datetime as dt
import random
from urllib.parse import quote

from . import content
from .core import Art, Channel, Site, TZ8, chain, esc, iso_date, kinds, paginate, pick_related, rand_dates, unique_titles

NAME = "destoon"
SITE = "中国汽配商贸网"
PER_PAGE = 8
CHANNELS = [Channel("hydt", "行业动态", 3), Channel("qyxw", "企业新闻", 5), Channel("zcfg", "政策法规", 8),
            Channel("zhzx", "展会资讯", 11)]
COUNTS = [17, 9, 6, 4]  # 8+8+1, 8+1, 6, 4
COMPANY_USERS = [("hengchi", "恒驰汽配"), ("huayue", "华岳精工"), ("ruifeng", "瑞丰制动"), ("dongling", "东岭传动"),
                 ("jiahe", "嘉和轮毂")]


def _head(title: str, extra: str = "") -> str:
    return f"""<!doctype html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html;charset=gbk"/>
<title>{esc(title)}</title>
<meta name="generator" content="DESTOON B2B - www.destoon.com"/>
<link rel="shortcut icon" type="image/x-icon" href="/favicon.ico"/>
<link rel="stylesheet" type="text/css" href="/skin/default/style.css"/>
{extra}<script type="text/javascript">window.onerror=function(){{return true;}}</script>
<script type="text/javascript" src="/lang/zh-cn/lang.js"></script>
<script type="text/javascript" src="/file/script/config.js"></script>
<script type="text/javascript" src="/file/script/jquery.js"></script>
<script type="text/javascript" src="/file/script/common.js"></script>
<script type="text/javascript" src="/file/script/page.js"></script>
</head>
<body>
<div class="head" id="head"><div class="head_m">
<div class="head_r" id="destoon_member"></div>
<div class="head_l"><ul>
<li class="h_fav"><script type="text/javascript">addFav('收藏本页');</script></li>
<li class="h_mobile"><a href="javascript:Dmobile();">手机版</a></li>
<li class="h_login"><a href="/member/login.php" rel="nofollow">登录</a></li>
<li class="h_reg"><a href="/member/register.php" rel="nofollow">免费注册</a></li>
</ul></div>
</div></div>
<div class="m head_s" id="destoon_space"></div>
<div class="m"><div class="logo f_l"><a href="/"><img src="/file/upload/logo.gif" alt="{SITE}"/></a></div>
<form id="destoon_search" action="/news/search.php" onsubmit="return Dsearch(1);">
<input type="hidden" name="moduleid" value="21" id="destoon_moduleid"/>
<input name="kw" id="destoon_kw" type="text" class="search_i" value="请输入关键词"/><input type="submit" value="搜索" class="search_s"/>
</form></div>
<div class="m"><div class="menu"><ul>
<li><a href="/"><span>首页</span></a></li>
<li><a href="/sell/"><span>供应</span></a></li>
<li><a href="/company/"><span>公司</span></a></li>
<li class="menuon"><a href="/news/"><span>资讯</span></a></li>
<li><a href="/about/index.html"><span>关于</span></a></li>
</ul></div></div>
"""


FOOT = f"""<div class="m"><div class="b10">&nbsp;</div></div>
<div class="foot_page">
<a href="/">网站首页</a> &nbsp;|&nbsp; <a href="/about/index.html">关于我们</a> &nbsp;|&nbsp;
<a href="/about/contact.html">联系方式</a> &nbsp;|&nbsp; <a href="/about/agreement.html">使用协议</a> &nbsp;|&nbsp;
<a href="/member/grade.php" rel="nofollow">积分换礼</a> &nbsp;|&nbsp; <a href="javascript:SendReport();">违规举报</a> &nbsp;|&nbsp;
<a href="https://beian.miit.gov.cn" target="_blank" rel="nofollow">浙ICP备16023517号-1</a>
</div>
<div class="foot">
<div id="copyright">(c)2008-2026 {SITE} All Rights Reserved&nbsp;&nbsp;客服热线：0571-8806 2233</div>
<div id="powered"><a href="https://www.destoon.com/" target="_blank"><img src="/file/image/powered.gif" width="136" height="15" alt="Powered by DESTOON"/></a></div>
</div>
<div class="back2top"><a href="javascript:void(0);" title="返回顶部">&nbsp;</a></div>
<script type="text/javascript">
$(function(){{$('.back2top').click(function(){{Go('#head');}});}});
</script>
</body>
</html>
"""


def _date(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%d")


def _dtime(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%d %H:%M")


def _short(t: str, n: int = 26) -> str:
    return t if len(t) <= n else t[:n - 1] + "..."


def _body(a: Art) -> str:
    out = []
    linked = False
    kw = a.extra["kw"]
    for b in a.blocks:
        if b[0] == "p":
            text = esc(b[1])
            if not linked and kw in text:
                linked = True
                href = "/sell/search.php?kw=" + quote(kw.encode("gbk"))
                text = text.replace(kw, f'<a href="{href}" target="_blank" class="keylink">{kw}</a>', 1)
            out.append(f"<p>\u3000\u3000{text}</p>")
        elif b[0] == "h":
            out.append(f"<p><strong>{esc(b[1])}</strong></p>")
        elif b[0] == "img":
            out.append(f'<p style="text-align: center;"><img src="/file/upload/{a.when:%Y%m/%d}/{b[1][-10:]}" '
                       f'alt="" onload="if(this.width>650)this.width=650;"/></p>')
            if b[2]:
                out.append(f'<p style="text-align: center;">{esc(b[2])}</p>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in b[1])
            out.append(f'<table border="1" cellspacing="0" cellpadding="4" width="100%"><tbody>\n{rows}</tbody></table>')
        elif b[0] in ("ul", "ol"):
            items = "".join(f"<li>{esc(i)}</li>" for i in b[1])
            out.append(f"<{b[0]}>{items}</{b[0]}>")
    return "\n".join(out)


def _sidebar(site_top: list[Art], site_hot: list[Art]) -> str:
    rec = "\n".join(f'<li><a href="{x.url}" target="_blank" title="{esc(x.title)}">{esc(_short(x.title, 18))}</a></li>'
                    for x in site_top)
    hot = "\n".join(f'<li><span class="f_r px11">{x.extra["rank_hits"]}</span><em>{i}</em><a href="{x.url}" target="_blank" '
                    f'title="{esc(x.title)}">{esc(_short(x.title, 16))}</a></li>' for i, x in enumerate(site_hot, 1))
    coms = "\n".join(f'<li><a href="/com/{u}/" target="_blank">{n}有限公司</a> <img src="/skin/default/image/vip_1.gif" '
                     f'alt="VIP会员"/></li>' for u, n in COMPANY_USERS)
    return f"""<div class="m3r">
<div class="sponsor"><a href="/com/hengchi/" target="_blank"><img src="/file/upload/ad/ad_260x120_1.jpg" width="260" height="120" alt="恒驰汽配 专业制动系统供应商"/></a></div>
<div class="head-sub"><strong>推荐资讯</strong></div>
<div class="list-txt"><ul>
{rec}
</ul></div>
<div class="head-sub"><strong>点击排行</strong></div>
<div class="list-rank"><ul>
{hot}
</ul></div>
<div class="head-sub"><strong>推荐企业</strong></div>
<div class="list-txt"><ul>
{coms}
</ul></div>
<div class="sponsor"><a href="/sell/show-2217.html" target="_blank"><img src="/file/upload/ad/ad_260x260_2.jpg" width="260" height="260" alt="嘉和轮毂 铝合金轮毂 厂家直销"/></a></div>
</div>
"""


def _pages_bar(ch: Channel, n: int, total: int, count: int) -> str:
    def href(k: int) -> str:
        return f"/news/list-{ch.cid}.html" if k == 1 else f"/news/list-{ch.cid}-{k}.html"
    parts = []
    if n > 1:
        parts.append(f'<a href="{href(n - 1)}">&nbsp;&#171;上一页&nbsp;</a> ')
    for k in range(1, total + 1):
        parts.append(f"<strong>&nbsp;{k}&nbsp;</strong>&nbsp; " if k == n else f'<a href="{href(k)}">&nbsp;{k}&nbsp;</a>&nbsp; ')
    if n < total:
        parts.append(f'<a href="{href(n + 1)}">&nbsp;下一页&nbsp;&#187;</a> ')
    tpl = f"/news/list-{ch.cid}-{{destoon_page}}.html"
    parts.append(f"<cite>共{count}条/{total}页</cite> "
                 f'<input type="text" class="pages_inp" id="destoon_pageno" value="{n}" onkeydown="if(event.keyCode==13 &amp;&amp; this.value) '
                 f"{{window.location.href='{tpl}'.replace(/\\{{destoon_page\\}}/, this.value);return false;}}\"/> "
                 f'<input type="button" class="pages_btn" value="GO" onclick="if(Dd(\'destoon_pageno\').value&gt;0)'
                 f"{{window.location.href='{tpl}'.replace(/\\{{destoon_page\\}}/, Dd('destoon_pageno').value);}}\"/>")
    return '<div class="pages">' + "".join(parts) + "</div>"


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "gbk", "gbk", None, "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2025, 3, 3, tzinfo=TZ8), dt.datetime(2026, 5, 17, tzinfo=TZ8))
    chans = [c for c, k in zip(CHANNELS, COUNTS) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        return content.news_title(ctx), (ctx, ar)

    arts: list[Art] = []
    aid = 12040 + rnd.randint(0, 300)
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        aid += rnd.randint(1, 37)
        a = Art(i, aid, chans[i], title, content.news_blocks(ctx, ks[i], "/file/upload/"), whens[i])
        a.url = f"/news/show-{aid}.html"
        a.author = content.person(ar) if ar.random() < 0.65 else None
        r = ar.random()
        a.source = (ar.choice(content.SOURCES) if r < 0.55 else SITE if r < 0.8 else None)
        a.extra["source_link"] = a.source == SITE
        a.extra["kw"] = ctx.fixed["pr"]
        a.extra["rank_hits"] = ar.randint(300, 9000)
        first = content.paragraphs(a.blocks)[0]
        a.extra["intro"] = first[:60] + "..."
        arts.append(a)
    chain(arts, lambda x: x.ch.key)
    pick_related(arts, seed, NAME, 4, 8)
    top = sorted(arts, key=lambda x: (x.aid % 7, x.aid))[:8]
    hot = sorted(arts, key=lambda x: -x.extra["rank_hits"])[:10]
    side = _sidebar(top, hot)

    for a in arts:
        nav = (f'<div class="m"><div class="nav"><div><img src="/skin/default/image/ico-share.png" class="share" title="分享好友" '
               f'onclick="Dshare(21, {a.aid});"/></div><a href="/">首页</a> <i>&gt;</i> <a href="/news/">资讯</a> <i>&gt;</i> '
               f'<a href="/news/list-{a.ch.cid}.html">{a.ch.name}</a></div></div>\n')
        src = ""
        if a.source:
            src = (f'来源：<a href="/" target="_blank">{a.source}</a>&nbsp;&nbsp;&nbsp;&nbsp;\n' if a.extra["source_link"]
                   else f"来源：{a.source}&nbsp;&nbsp;&nbsp;&nbsp;\n")
        auth = f"作者：{a.author}&nbsp;&nbsp;&nbsp;&nbsp;\n" if a.author else ""
        np = "<div class=\"np\"><ul>\n"
        np += (f'<li><strong>下一篇：</strong><a href="{a.next.url}" title="{esc(a.next.title)}">{esc(a.next.title)}</a></li>\n'
               if a.next else "<li><strong>下一篇：</strong>已经是最后一篇了</li>\n")
        np += (f'<li><strong>上一篇：</strong><a href="{a.prev.url}" title="{esc(a.prev.title)}">{esc(a.prev.title)}</a></li>\n'
               if a.prev else "<li><strong>上一篇：</strong>已经是第一篇了</li>\n")
        np += "</ul></div>\n"
        cells = [f'<td width="50%"><a href="{r.url}" title="{esc(r.title)}" target="_blank">{esc(_short(r.title, 24))}</a></td>'
                 for r in a.related]
        if len(cells) % 2:
            cells.append('<td width="50%">&nbsp;</td>')
        rel_rows = "\n".join("<tr>" + cells[k] + cells[k + 1] + "</tr>" for k in range(0, len(cells), 2))
        print_url = f"/news/print.php?itemid={a.aid}"
        html = _head(f"{a.title}_{a.ch.name}_资讯_{SITE}",
                     f'<meta name="keywords" content="{esc(a.title)},{a.extra["kw"]}"/>\n'
                     f'<meta name="description" content="{esc(a.extra["intro"])}"/>\n'
                     f'<link rel="stylesheet" type="text/css" href="/skin/default/article.css"/>\n'
                     f"<script type=\"text/javascript\">GoMobile('/mobile/news/show-{a.aid}.html');var searchid = 21;</script>\n")
        html += nav + f"""<div class="m m3">
<div class="m3l">
<h1 class="title" id="title">{esc(a.title)}</h1>
<div class="info"><span class="f_r"><img src="/skin/default/image/zoomin.gif" width="16" height="16" alt="放大字体" class="c_p" onclick="fontZoom('+', 'article');"/>&nbsp;&nbsp;<img src="/skin/default/image/zoomout.gif" width="16" height="16" alt="缩小字体" class="c_p" onclick="fontZoom('-', 'article');"/></span>
发布日期：{_date(a.when)}&nbsp;&nbsp;&nbsp;&nbsp;
{src}{auth}浏览次数：<span id="hits"></span>
</div>
<div class="introduce">核心提示：{esc(a.extra["intro"])}</div>
<div id="content"><div class="content" id="article">
{_body(a)}
</div></div>
<div class="b10 c_b">&nbsp;</div>
<div class="tool">【字体：<a href="javascript:fontZoom('+','article');">大</a> <a href="javascript:fontZoom('','article');">中</a> <a href="javascript:fontZoom('-','article');">小</a>】【<a href="{esc(print_url)}" target="_blank">打印</a>】【<a href="javascript:window.close();">关闭</a>】&nbsp;&nbsp;<a href="javascript:SendFav();">收藏</a> | <a href="javascript:SendPage();">推荐给好友</a> | <a href="javascript:SendReport();">举报</a></div>
{np}<div class="b10">&nbsp;</div>
<div class="head-txt"><span><a href="/news/list-{a.ch.cid}.html">更多<i>&gt;</i></a></span><strong>相关资讯</strong></div>
<div class="related"><table width="100%">
{rel_rows}
</table></div>
<div class="b10">&nbsp;</div>
<div id="comment_div" style="display:block;">
<div class="head-txt"><span><a href="/comment/index-htm-mid-21-itemid-{a.aid}.html" rel="nofollow"><b id="comment_count" class="px16 f_red"></b> 条</a></span><strong>评论</strong></div>
<div class="c_b" id="comment_main"><div></div></div>
</div>
<script type="text/javascript">
var content_id = 'article';var img_max_width = 650;
</script>
<script type="text/javascript" src="/file/script/content.js"></script>
<script type="text/javascript">load_comment(0);</script>
</div>
{side}</div>
<script type="text/javascript" src="/api/task.js.php?moduleid=21&amp;html=show&amp;itemid={a.aid}&amp;page=1"></script>
""" + FOOT
        site.add(a.url, html)
        # print view (DESTOON print.php)
        site.add(print_url, f"""<!doctype html>
<html><head><meta http-equiv="Content-Type" content="text/html;charset=gbk"/>
<title>{esc(a.title)} - 打印本页</title><meta name="robots" content="noindex,nofollow"/>
<style type="text/css">body{{margin:20px;font-size:14px;}}.info{{color:#666;border-bottom:#CCC 1px solid;}}</style>
</head><body onload="window.print();">
<center><h1>{esc(a.title)}</h1></center>
<div class="info">发布日期：{_date(a.when)}&nbsp;&nbsp;{('来源：' + a.source + '&nbsp;&nbsp;') if a.source else ''}{('作者：' + a.author) if a.author else ''}</div>
<div class="content">
{_body(a)}
</div>
<br/><div class="c_b">本文链接：/news/show-{a.aid}.html</div>
<center>[ <a href="javascript:window.print();">打印本文</a> ] [ <a href="javascript:window.close();">关闭窗口</a> ]</center>
</body></html>
""")
        site.print_views.append(print_url)
        related = [{"title": r.title, "url": r.url, "date": None, "views": None} for r in a.related]
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=None,
                         published_display=_date(a.when), views_display=None, views_approx=False, related=related,
                         aliases=[print_url])

    # channel lists
    for ch in CHANNELS:
        entries = sorted((a for a in arts if a.ch is ch), key=lambda x: x.when, reverse=True)
        chunks = paginate(entries, PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = f"/news/list-{ch.cid}.html" if k == 1 else f"/news/list-{ch.cid}-{k}.html"
            lis = []
            for pos, a in enumerate(chunk, 1):
                lis.append(f'<li class="catlist_li"><span class="f_r">{_dtime(a.when)}</span>'
                           f'<a href="{a.url}" title="{esc(a.title)}" target="_blank">{esc(_short(a.title))}</a></li>')
                if pos % 5 == 0 and pos != len(chunk):
                    lis.append('<li class="sp">&nbsp;</li>')
                site.listing(url, pos, a, iso_date(a.when), _dtime(a.when))
            page_t = f"{ch.name}_资讯_{SITE}" if k == 1 else f"{ch.name}_第{k}页_资讯_{SITE}"
            html = _head(page_t, f'<meta name="keywords" content="{ch.name},汽配资讯"/>\n')
            html += (f'<div class="m"><div class="nav"><a href="/">首页</a> <i>&gt;</i> <a href="/news/">资讯</a> <i>&gt;</i> '
                     f'<a href="/news/list-{ch.cid}.html">{ch.name}</a></div></div>\n<div class="m m3">\n<div class="m3l">\n'
                     f'<div class="catlist"><ul>\n' + "\n".join(lis) + "\n</ul></div>\n"
                     + _pages_bar(ch, k, len(chunks), len(entries)) + "\n</div>\n" + side + "</div>\n" + FOOT)
            site.add(url, html)
            site.list_pages.append({"url": url, "aliases": []})

    # news module home, portal home, modules, companies, products, static pages
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    blocks = []
    for ch in CHANNELS:
        items = [a for a in latest if a.ch is ch][:6]
        lis = "\n".join(f'<li><span class="f_r">{a.when:%m-%d}</span><a href="{a.url}" title="{esc(a.title)}">{esc(_short(a.title, 22))}</a></li>'
                        for a in items)
        blocks.append(f'<div class="news-box"><div class="head-txt"><span><a href="/news/list-{ch.cid}.html">更多<i>&gt;</i></a></span>'
                      f'<strong>{ch.name}</strong></div><div class="list-txt"><ul>\n{lis}\n</ul></div></div>')
    slide = latest[0]
    news_home = _head(f"资讯_{SITE}") + f"""<div class="m"><div class="nav"><a href="/">首页</a> <i>&gt;</i> <a href="/news/">资讯</a></div></div>
<div class="m m3"><div class="m3l">
<div class="slide"><a href="{slide.url}"><img src="/file/upload/slide/1.jpg" alt="{esc(slide.title)}"/></a><p>{esc(slide.title)}</p></div>
{''.join(blocks)}
</div>
{side}</div>
""" + FOOT
    site.add("/news/", news_home)
    prods = [(2217, "嘉和轮毂", "铝合金轮毂 17寸 厂家直销"), (2230, "瑞丰制动", "陶瓷刹车片 适用多款车型"),
             (2245, "恒驰汽配", "前制动卡钳总成"), (2261, "东岭传动", "离合器三件套"), (2278, "华岳精工", "精密转向节")]
    plis = "\n".join(f'<li><a href="/sell/show-{pid}.html" target="_blank"><img src="/file/upload/sell/{pid}.jpg" alt=""/>'
                     f"<br/>{t}</a><br/><span class=\"f_red\">面议</span></li>" for pid, _, t in prods)
    nlis = "\n".join(f'<li><span class="f_r">{a.when:%m-%d}</span><a href="{a.url}" title="{esc(a.title)}">{esc(_short(a.title, 24))}</a></li>'
                     for a in latest[:10])
    clis = "\n".join(f'<li><a href="/com/{u}/">{n}有限公司</a></li>' for u, n in COMPANY_USERS)
    home = _head(f"{SITE} - 汽车配件B2B电子商务平台") + f"""<div class="m"><div class="b10">&nbsp;</div>
<div class="home-l">
<div class="head-txt"><strong>最新供应</strong></div><div class="thumb"><ul>
{plis}
</ul></div>
<div class="head-txt"><span><a href="/news/">更多<i>&gt;</i></a></span><strong>行业资讯</strong></div>
<div class="list-txt"><ul>
{nlis}
<li><span class="f_r">05-16</span><a href="/news/show-99999.html">【专题】2026汽配百强企业榜单发布</a></li>
</ul></div>
</div>
<div class="home-r">
<div class="head-txt"><strong>名企推荐</strong></div><div class="list-txt"><ul>
{clis}
</ul></div>
<div class="head-txt"><strong>会员服务</strong></div>
<p><a href="/member/register.php" rel="nofollow">免费注册</a> | <a href="/member/login.php" rel="nofollow">会员登录</a> | <a href="/member/my.php?mid=5&amp;action=add" rel="nofollow">发布供应</a></p>
</div>
</div>
""" + FOOT
    site.add("/", home)
    site.non_articles += [{"url": "/", "reason": "home page"}, {"url": "/news/", "reason": "资讯 module home"}]
    site.rejects.append({"url": "/news/show-99999.html", "reason": "HTTP 404 (dead link on the home page)"})
    for pid, co, t in prods:
        user = next(u for u, n in COMPANY_USERS if n == co)
        site.add(f"/sell/show-{pid}.html", _head(f"{t}_{co}有限公司_供应_{SITE}") + f"""<div class="m"><div class="nav"><a href="/">首页</a> <i>&gt;</i> <a href="/sell/">供应</a> <i>&gt;</i> 汽车配件</div>
<div class="m3l"><h1 class="title">{t}</h1>
<table width="100%"><tr><td>单价：</td><td><span class="f_red">面议</span></td></tr><tr><td>起订：</td><td>10 套</td></tr>
<tr><td>供货总量：</td><td>5000 套</td></tr><tr><td>发货期限：</td><td>自买家付款之日起 3 天内发货</td></tr>
<tr><td>所在地：</td><td>浙江 台州市</td></tr><tr><td>更新日期：</td><td>2026-05-{10 + pid % 7}</td></tr></table>
<div class="head-txt"><strong>详细说明</strong></div>
<div class="content"><p>{co}有限公司长期供应{t}，产品通过IATF16949质量体系认证，质量稳定，价格合理，欢迎来电咨询洽谈。</p>
<p>公司拥有完善的检测设备和售后服务体系，可根据客户需求提供定制化服务。</p></div>
<p><a href="/com/{user}/">进入{co}有限公司商铺</a> | <a href="/member/chat.php?touser={user}" rel="nofollow">在线洽谈</a></p></div>
{side}</div>
""" + FOOT)
        site.non_articles.append({"url": f"/sell/show-{pid}.html", "reason": "supply (product) page"})
    site.add("/sell/", _head(f"供应_{SITE}") + '<div class="m"><div class="nav"><a href="/">首页</a> <i>&gt;</i> 供应</div>'
             f'<div class="thumb"><ul>\n{plis}\n</ul></div></div>\n' + FOOT)
    site.add("/company/", _head(f"公司_{SITE}") + '<div class="m"><div class="nav"><a href="/">首页</a> <i>&gt;</i> 公司</div>'
             f'<div class="list-txt"><ul>\n{clis}\n</ul></div></div>\n' + FOOT)
    site.non_articles += [{"url": "/sell/", "reason": "supply module index"}, {"url": "/company/", "reason": "company module index"}]
    for u, n_ in COMPANY_USERS:
        mine = [a for a in latest if n_ in content.paragraphs(a.blocks)[0]][:4]
        news = "\n".join(f'<li><a href="{a.url}">{esc(a.title)}</a></li>' for a in mine) or "<li>暂无新闻</li>"
        site.add(f"/com/{u}/", _head(f"{n_}有限公司") + f"""<div class="m"><div class="com-head"><h1>{n_}有限公司</h1>
<p>主营：汽车零部件研发、生产与销售 &nbsp; 所在地：浙江 &nbsp; <img src="/skin/default/image/vip_1.gif" alt="VIP"/> 第8年</p></div>
<div class="com-menu"><a href="/com/{u}/">网站首页</a> <a href="/com/{u}/">公司介绍</a> <a href="/com/{u}/">供应产品</a> <a href="/com/{u}/">联系方式</a></div>
<div class="com-main"><div class="head-txt"><strong>公司介绍</strong></div>
<p>{n_}有限公司成立于2006年，是一家专业从事汽车零部件研发、生产和销售的企业，现有员工六百余人，厂房面积五万平方米。</p>
<p>公司产品配套国内多家整车企业，并出口到欧美、东南亚等三十多个国家和地区。公司坚持以质量求生存、以创新求发展。</p>
<div class="head-txt"><strong>公司新闻</strong></div><ul>
{news}
</ul></div></div>
""" + FOOT)
        site.non_articles.append({"url": f"/com/{u}/", "reason": "member company homepage"})
    statics = [("/about/index.html", "关于我们", f"{SITE}创建于2008年，是面向汽车零部件行业的B2B电子商务平台，为汽配生产企业、经销商和维修企业提供供求信息发布、行业资讯、展会推广等服务。"),
               ("/about/contact.html", "联系方式", "地址：浙江省杭州市西湖区文三路 88 号汽配大厦 12 楼　电话：0571-8806 2233　邮箱：service@qpsm.example.cn"),
               ("/about/agreement.html", "使用协议", "用户在使用本网站服务前应仔细阅读本协议。用户注册成功即视为同意本协议全部条款。")]
    for url, t, body in statics:
        site.add(url, _head(f"{t}_{SITE}") + f'<div class="m"><div class="nav"><a href="/">首页</a> <i>&gt;</i> {t}</div>'
                 f'<div class="about-menu"><a href="/about/index.html">关于我们</a><a href="/about/contact.html">联系方式</a>'
                 f'<a href="/about/agreement.html">使用协议</a></div><div class="about-main"><h3>{t}</h3><p>{body}</p></div></div>\n' + FOOT)
        site.non_articles.append({"url": url, "reason": f"{t} (static page)"})
    site.add("/404.html", _head(f"404 Not Found - {SITE}") + '<div class="m"><div class="warn"><h3>404 Not Found</h3>'
             '<p>抱歉，您访问的页面不存在或已经删除。</p><p><a href="/">返回首页</a> | <a href="/news/">浏览资讯</a></p></div></div>\n' + FOOT)
    site.raw["/robots.txt"] = ("User-agent: *\nDisallow: /admin.php\nDisallow: /api/\nDisallow: /member/\nDisallow: /comment/\n"
                               "Disallow: /news/search.php\nDisallow: /sell/search.php\nDisallow: /mobile/\nDisallow: /upgrade.php\n").encode()
    return site

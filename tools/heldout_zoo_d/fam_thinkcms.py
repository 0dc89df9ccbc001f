"""ThinkCMF 5 (ThinkPHP) enterprise portal: /portal/article/index/id/N.html, hits by ajax, GBK pages in one channel."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import Art, Channel, REFERENCE_TIME, Site, TZ8, chain, esc, iso_date, kinds, paginate, pick_related, rand_dates, unique_titles

NAME = "thinkcms"
SITE = "瑞丰制动科技股份有限公司"
SHORT = "瑞丰制动"
PER_PAGE = 8
PARENT = Channel("news", "新闻中心", 4)
CHANNELS = [Channel("gsxw", "公司新闻", 5), Channel("hyzx", "行业资讯", 6), Channel("mtbd", "媒体报道", 7)]
COUNTS = [14, 12, 8]  # 8+6, 8+4, 8
GBK_CHANNEL = "mtbd"  # pages imported from the old site: GBK bytes, meta only, no charset header
PRODUCTS = [(901, "陶瓷刹车片 RF-C300", "低粉尘、低噪音陶瓷配方，适用于中高端乘用车。"),
            (902, "制动卡钳总成 RF-K40", "铝合金对置四活塞卡钳，重量较铸铁件降低约35%。"),
            (903, "电子驻车制动器 RF-EPB2", "集成电机与减速机构，满足主流车型线控制动需求。")]


def friendly(d: dt.datetime) -> tuple[str, dt.date]:
    """The site's friendly date (lists, home) and the date a reader infers from it at REFERENCE_TIME."""
    delta = REFERENCE_TIME - d
    secs = int(delta.total_seconds())
    if secs < 60:
        return "刚刚", REFERENCE_TIME.date()
    if secs < 3600:
        m = secs // 60
        return f"{m}分钟前", (REFERENCE_TIME - dt.timedelta(minutes=m)).date()
    if secs < 86400:
        h = secs // 3600
        return f"{h}小时前", (REFERENCE_TIME - dt.timedelta(hours=h)).date()
    if delta.days < 7:
        return f"{delta.days}天前", REFERENCE_TIME.date() - dt.timedelta(days=delta.days)
    return d.strftime("%Y-%m-%d"), d.date()


def _art_url(aid: int) -> str:
    return f"/portal/article/index/id/{aid}.html"


def _list_url(cid: int, k: int) -> str:
    return f"/portal/list/index/id/{cid}.html" if k == 1 else f"/portal/list/index/id/{cid}/page/{k}.html"


def _print_url(aid: int) -> str:
    return f"/index.php?s=/portal/article/printpage/id/{aid}"


def _head(title: str, enc: str, active: str = "news") -> str:
    meta = ('<meta charset="utf-8">' if enc == "utf-8" else '<meta http-equiv="Content-Type" content="text/html; charset=gbk">')
    nav = [("home", "/", "首页"), ("about", "/portal/page/index/id/1.html", "关于我们"), ("product", "/portal/list/index/id/2.html", "产品中心"),
           ("news", _list_url(4, 1), "新闻中心"), ("contact", "/portal/page/index/id/2.html", "联系我们")]
    on = ' class="active"'
    lis = "".join(f'<li{on if k == active else ""}><a href="{u}">{t}</a></li>' for k, u, t in nav)
    return f"""<!DOCTYPE html>
<html>
<head>
{meta}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="keywords" content="{SHORT},刹车片,制动卡钳,汽车制动系统">
<meta name="author" content="ThinkCMF">
<link href="/themes/ruifeng/public/assets/css/bootstrap.min.css" rel="stylesheet">
<link href="/themes/ruifeng/public/assets/css/style.css" rel="stylesheet">
<script>var GV = {{ROOT: "/", WEB_ROOT: "/", JS_ROOT: "static/js/"}};</script>
<script src="/static/js/jquery.js"></script>
<script src="/static/js/wind.js"></script>
</head>
<body class="body-white">
<div class="topbar"><div class="container"><span class="pull-right">服务热线：400-871-6688</span>欢迎访问{SITE}官方网站！</div></div>
<header class="header"><div class="container">
<h1 class="logo"><a href="/"><img src="/themes/ruifeng/public/assets/images/logo.png" alt="{SITE}">{SITE}</a></h1>
<nav class="main-nav"><ul class="nav navbar-nav">{lis}</ul></nav>
</div></header>
"""


FOOT = f"""<footer class="footer"><div class="container">
<div class="links">友情链接：<a href="https://www.example-caam.org.cn/" target="_blank">中国汽车工业协会</a> | <a href="https://www.example-capa.org.cn/" target="_blank">汽车零部件网</a></div>
<p>Copyright &copy; 2026 {SITE} 版权所有　地址：浙江省瑞安市汽摩配产业园瑞丰路 8 号</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">浙ICP备18034567号-1</a>　Powered by ThinkCMF</p>
</div></footer>
<script src="/static/js/frontend.js"></script>
</body>
</html>
"""


def _body(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f'<p style="text-indent: 2em;">{esc(b[1])}</p>')
        elif b[0] == "h":
            out.append(f'<p style="text-indent: 2em;"><strong>{esc(b[1])}</strong></p>')
        elif b[0] == "img":
            out.append(f'<p style="text-align: center;"><img src="/upload/portal/20250605/{b[1][-10:]}" title="" alt="" style="max-width:100%;"/></p>')
            if b[2]:
                out.append(f'<p style="text-align: center;"><span style="font-size: 12px; color: rgb(127, 127, 127);">{esc(b[2])}</span></p>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f'<td width="{100 // len(r)}%" valign="top">{esc(c)}</td>' for c in r) + "</tr>" for r in b[1])
            out.append(f'<table width="100%" border="1" cellspacing="0" cellpadding="5"><tbody>{rows}</tbody></table>')
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li><p>{esc(i)}</p></li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    ref = REFERENCE_TIME
    fresh = [ref - dt.timedelta(minutes=26, seconds=14), ref - dt.timedelta(hours=2, minutes=3, seconds=40),
             ref - dt.timedelta(days=1, hours=6, minutes=20, seconds=5), ref - dt.timedelta(days=3, hours=10, minutes=35, seconds=51)]
    whens = sorted(rand_dates(rnd, n - len(fresh), dt.datetime(2025, 2, 10, tzinfo=TZ8), dt.datetime(2026, 5, 8, tzinfo=TZ8), seconds=True) + fresh)
    chans = [c for c, k in zip(CHANNELS, COUNTS) for _ in range(k)]
    rnd.shuffle(chans)
    # the press channel is the old archive: no fresh items there
    for i in range(n - 4, n):
        if chans[i].key == GBK_CHANNEL:
            j = next(j for j in range(n - 4) if chans[j].key != GBK_CHANNEL)
            chans[i], chans[j] = chans[j], chans[i]
    ks = kinds(rnd, n)

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        ctx.fixed["co"] = SHORT if chans[i].key == "gsxw" else ctx.fixed["co"]
        return content.news_title(ctx), (ctx, ar)

    arts: list[Art] = []
    aid = 60 + rnd.randint(0, 20)
    splits = 0
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        aid += rnd.randint(1, 5)
        ch = chans[i]
        a = Art(i, aid, ch, title, content.news_blocks(ctx, ks[i], "/upload/"), whens[i])
        a.url = _art_url(aid)
        a.extra["enc"] = "gbk" if ch.key == GBK_CHANNEL else "utf-8"
        if ch.key == "gsxw":
            a.author = content.person(ar) if ar.random() < 0.7 else None
            a.source = "品牌管理部" if ar.random() < 0.5 else None
        elif ch.key == "hyzx":
            a.author = content.person(ar) if ar.random() < 0.4 else None
            a.source = ar.choice(content.SOURCES)
        else:
            rare_left = sum(x.ch.key == GBK_CHANNEL for x in arts) < 3  # GBK-only given names on the first three
            a.author = content.person(ar, rare=rare_left) if rare_left or ar.random() < 0.6 else None
            a.source = ar.choice(content.SOURCES)
        a.editor = content.person(ar) if ar.random() < 0.4 else None
        a.extra["likes"] = ar.randint(0, 60)
        a.extra["summary"] = content.paragraphs(a.blocks)[0][:64] + "..."
        if ks[i] == "long" and splits < 4:
            splits += 1
            cuts = [k for k, b in enumerate(a.blocks) if b[0] in ("p", "h") and k > 2]
            cut = cuts[len(cuts) // 2]
            a.page_blocks = [a.blocks[:cut], a.blocks[cut:]]
        else:
            a.page_blocks = [a.blocks]
        a.page_urls = [a.url] + [f"{a.url}?page={p}" for p in range(2, len(a.page_blocks) + 1)]
        arts.append(a)
    chain(arts, lambda x: x.ch.key)
    pick_related(arts, seed, NAME, 4, 6)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    hot = sorted(arts, key=lambda x: (x.aid * 7919) % 97)[:6]  # 热门文章: ordered by hits in the database, no count shown

    def side(enc: str, active: Channel | None) -> str:
        on = ' class="active"'
        cats = "".join(f'<li{on if c is active else ""}><a href="{_list_url(c.cid, 1)}">{c.name}</a></li>' for c in CHANNELS)
        hots = "\n".join(f'<li><a href="{x.url}" title="{esc(x.title)}">{esc(x.title[:16])}</a></li>' for x in hot)
        return (f'<div class="col-md-3 sidebar">\n<div class="side-box"><h3 class="side-title">新闻中心<small>NEWS</small></h3><ul class="side-menu">{cats}</ul></div>\n'
                f'<div class="side-box"><h3 class="side-title">热门文章</h3><ul class="hot-list">\n{hots}\n</ul></div>\n'
                f'<div class="side-box contact"><h3 class="side-title">联系我们</h3><p>电话：0577-6588 1234</p><p>邮箱：sales@ruifeng-brake.example.cn</p></div>\n</div>\n')

    def frame(title: str, enc: str, crumb: str, main: str, active: Channel | None, nav: str = "news") -> str:
        return (_head(title, enc, nav) + '<div class="banner-sub"><div class="container"><h2>新闻中心</h2><p>NEWS CENTER</p></div></div>\n'
                + f'<div class="container main"><div class="row">\n{side(enc, active)}<div class="col-md-9">\n'
                + f'<div class="position">当前位置：{crumb}</div>\n{main}\n</div>\n</div></div>\n' + FOOT)

    for a in arts:
        enc = a.extra["enc"]
        charset = "utf-8" if enc == "utf-8" else None
        total = len(a.page_blocks)
        crumb = (f'<a href="/">首页</a> &gt; <a href="{_list_url(4, 1)}">新闻中心</a> &gt; <a href="{_list_url(a.ch.cid, 1)}">{a.ch.name}</a>')
        info = [f"发布时间：{a.when:%Y-%m-%d %H:%M:%S}"]
        if a.author:
            info.append(f"作者：{a.author}")
        if a.source:
            info.append(f"来源：{a.source}")
        info.append('浏览量：<span id="post-hits"></span>次')
        pn = '<div class="prev-next">'
        pn += f'<p>上一篇：<a href="{a.prev.url}">{esc(a.prev.title)}</a></p>' if a.prev else "<p>上一篇：没有了</p>"
        pn += f'<p>下一篇：<a href="{a.next.url}">{esc(a.next.title)}</a></p>' if a.next else "<p>下一篇：没有了</p>"
        pn += "</div>"
        rel = "\n".join(f'<li><span class="pull-right">{r.when:%Y-%m-%d}</span><a href="{r.url}" target="_blank">{esc(r.title)}</a></li>' for r in a.related)
        for p in range(1, total + 1):
            pager = ""
            if total > 1:
                items = [f'<li><a href="{a.url}?page={p - 1}">&laquo;</a></li>' if p > 1 else '<li class="disabled"><span>&laquo;</span></li>']
                for q in range(1, total + 1):
                    items.append(f'<li class="active"><span>{q}</span></li>' if q == p else f'<li><a href="{a.url}?page={q}">{q}</a></li>')
                items.append(f'<li><a href="{a.url}?page={p + 1}">&raquo;</a></li>' if p < total else '<li class="disabled"><span>&raquo;</span></li>')
                pager = f'<ul class="pagination">{"".join(items)}</ul>'
            editor = f'\n<p style="text-align: right;">责任编辑：{a.editor}</p>' if a.editor and p == total else ""
            main = f"""<div class="article-box">
<h2 class="article-title">{esc(a.title)}</h2>
<div class="article-info">{'　　'.join(info)}　<a href="{_print_url(a.aid)}" target="_blank">[打印本页]</a>　<a href="javascript:window.close();">[关闭窗口]</a></div>
<div class="article-content" id="article_content">
{_body(a.page_blocks[p - 1])}{editor}
</div>
{pager}
<div class="article-tools"><a class="js-count-btn" href="javascript:;" data-href="/portal/article/doLike/id/{a.aid}.html"><i class="fa fa-thumbs-up"></i> 赞 <span class="count">{a.extra["likes"]}</span></a>
<a href="javascript:;" class="js-favorite-btn"><i class="fa fa-star-o"></i> 收藏</a></div>
{pn}
<div class="related"><h3>相关阅读</h3><ul class="related-list">
{rel}
</ul></div>
<div class="comment-area" id="comment-area"><h3>网友评论</h3><div id="comment-list" data-url="/comment/comment/ajaxlist/table_name/portal_post/object_id/{a.aid}.html"></div></div>
</div>
<script>
$(function () {{
  $.post("/portal/article/hits", {{id: {a.aid}}}, function (res) {{ $("#post-hits").text(res.data.post_hits); }}, "json");
  $("#comment-list").load($("#comment-list").data("url"));
}});
</script>"""
            html = frame(f"{a.title} - {a.ch.name} - {SITE}", enc, crumb, main, a.ch)
            site.add(a.page_urls[p - 1], html, encoding=enc, charset=charset)
            if p == 1 and total > 1:  # the pager links page 1 as ?page=1
                site.add(f"{a.url}?page=1", html, encoding=enc, charset=charset)
        print_html = (f"""<!DOCTYPE html>
<html><head>{'<meta charset="utf-8">' if enc == 'utf-8' else '<meta http-equiv="Content-Type" content="text/html; charset=gbk">'}<title>{esc(a.title)} - 打印</title>
<style>body{{width:700px;margin:20px auto;font-size:14px;}}</style></head>
<body onload="window.print();">
<h2 style="text-align:center">{esc(a.title)}</h2>
<p style="text-align:center;color:#666">{'　'.join(info[:-1])}</p>
<hr>
{_body(a.blocks)}{f'<p style="text-align: right;">责任编辑：{a.editor}</p>' if a.editor else ''}
<hr><p style="text-align:center">{SITE}　<a href="{a.url}">返回原文</a></p>
</body></html>
""")
        site.add(_print_url(a.aid), print_html, encoding=enc, charset=charset)
        site.print_views.append(_print_url(a.aid))
        aliases = a.page_urls[1:] + ([f"{a.url}?page=1"] if total > 1 else []) + [_print_url(a.aid)]
        related = [{"title": r.title, "url": r.url, "date": iso_date(r.when), "views": None} for r in a.related]
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=a.when.strftime("%Y-%m-%d %H:%M:%S"), views_display=None, views_approx=False,
                         related=related, aliases=aliases, encoding=enc)

    def entry(x: Art) -> str:
        disp, _ = friendly(x.when)
        return (f'<div class="list-item"><h3><a href="{x.url}" title="{esc(x.title)}">{esc(x.title)}</a></h3>'
                f'<p class="summary">{esc(x.extra["summary"])}</p>'
                f'<div class="list-meta"><span class="date"><i class="fa fa-clock-o"></i> {disp}</span>'
                f'<a class="more" href="{x.url}">查看详情 &gt;&gt;</a></div></div>')

    for ch in [PARENT] + CHANNELS:
        entries = [x for x in latest if ch is PARENT or x.ch is ch]
        enc = "gbk" if ch.key == GBK_CHANNEL else "utf-8"
        charset = "utf-8" if enc == "utf-8" else None
        chunks = paginate(entries, PER_PAGE)
        total = len(chunks)
        for k, chunk in enumerate(chunks, 1):
            url = _list_url(ch.cid, k)
            for pos, x in enumerate(chunk, 1):
                disp, day = friendly(x.when)
                site.listing(url, pos, x, day.isoformat(), disp)
            pager = ""
            if total > 1:
                items = [f'<li><a href="{_list_url(ch.cid, k - 1) if k > 2 else f"/portal/list/index/id/{ch.cid}/page/1.html"}">&laquo;</a></li>' if k > 1 else '<li class="disabled"><span>&laquo;</span></li>']
                for q in range(1, total + 1):
                    href = f"/portal/list/index/id/{ch.cid}/page/{q}.html"
                    items.append(f'<li class="active"><span>{q}</span></li>' if q == k else f'<li><a href="{href}">{q}</a></li>')
                items.append(f'<li><a href="{_list_url(ch.cid, k + 1)}">&raquo;</a></li>' if k < total else '<li class="disabled"><span>&raquo;</span></li>')
                pager = f'<ul class="pagination">{"".join(items)}</ul>'
            crumb = f'<a href="/">首页</a> &gt; <a href="{_list_url(4, 1)}">新闻中心</a>' + (f" &gt; {ch.name}" if ch is not PARENT else "")
            main = f'<div class="list-box"><h2 class="list-title">{ch.name}</h2>\n' + "\n".join(entry(x) for x in chunk) + f"\n{pager}\n</div>"
            html = frame(f"{ch.name} - {SITE}" + (f" - 第{k}页" if k > 1 else ""), enc, crumb, main, None if ch is PARENT else ch)
            site.add(url, html, encoding=enc, charset=charset)
            lp = {"url": url, "aliases": []}
            if k == 1 and total > 1:
                alias = f"/portal/list/index/id/{ch.cid}/page/1.html"
                site.add(alias, html, encoding=enc, charset=charset)
                lp["aliases"].append(alias)
            site.list_pages.append(lp)

    # home, products, static pages
    dead = _art_url(9999)
    news = "\n".join(f'<li><span class="pull-right">{friendly(x.when)[0]}</span><a href="{x.url}">{esc(x.title)}</a></li>' for x in latest[:8])
    prods = "\n".join(f'<div class="col-md-4 product"><a href="{_art_url(pid)}"><img src="/upload/portal/product/{pid}.jpg" alt="{t}"><h4>{t}</h4></a></div>' for pid, t, _ in PRODUCTS)
    home = _head(f"{SITE} - 汽车制动系统专业制造商", "utf-8", "home") + f"""<div class="banner"><img src="/upload/portal/banner/1.jpg" alt="{SITE}"></div>
<div class="container main">
<div class="row"><div class="col-md-6"><div class="home-box"><h3>关于瑞丰<a class="more" href="/portal/page/index/id/1.html">MORE+</a></h3>
<p>{SITE}始建于1998年，是国家高新技术企业，专业从事汽车制动系统的研发、制造与销售，产品配套国内外三十余家整车企业。</p></div></div>
<div class="col-md-6"><div class="home-box"><h3>新闻动态<a class="more" href="{_list_url(4, 1)}">MORE+</a></h3><ul class="home-news">
{news}
<li><span class="pull-right">2026-04-20</span><a href="{dead}">瑞丰制动2026年北京车展参展回顾</a></li>
</ul></div></div></div>
<div class="row"><div class="col-md-12"><h3>产品中心</h3></div>
{prods}
</div></div>
""" + FOOT
    site.add("/", home, encoding="utf-8", charset="utf-8")
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (dead link on the home page)"})
    for pid, t, desc in PRODUCTS:
        main = f"""<div class="article-box product-detail">
<h2 class="article-title">{t}</h2>
<div class="article-info">发布时间：2024-11-{pid - 890:02d} 10:00:00　　浏览量：<span id="post-hits"></span>次</div>
<div class="article-content"><p>{desc}</p>
<table width="100%" border="1" cellspacing="0" cellpadding="5"><tbody><tr><td>型号</td><td>{t.split()[-1]}</td></tr><tr><td>适用车型</td><td>{random.Random(pid).choice(content.MODELS)} 等</td></tr><tr><td>质保</td><td>2年或6万公里</td></tr></tbody></table>
<p>如需了解产品详细参数和报价，请联系销售部：0577-6588 1234。</p></div>
<div class="inquiry"><a class="btn btn-primary" href="/portal/page/index/id/2.html">在线询价</a></div>
</div>"""
        site.add(_art_url(pid), frame(f"{t} - 产品中心 - {SITE}", "utf-8", '<a href="/">首页</a> &gt; <a href="/portal/list/index/id/2.html">产品中心</a>', main, None, "product"),
                 encoding="utf-8", charset="utf-8")
        site.non_articles.append({"url": _art_url(pid), "reason": "product page (same URL scheme as the news articles)"})
    site.add("/portal/list/index/id/2.html", frame(f"产品中心 - {SITE}", "utf-8", '<a href="/">首页</a> &gt; 产品中心',
                                                     f'<div class="row product-grid">\n{prods}\n</div>', None, "product"), encoding="utf-8", charset="utf-8")
    site.non_articles.append({"url": "/portal/list/index/id/2.html", "reason": "product grid (not a news list)"})
    for pid, t, body in [(1, "关于我们", f"<p>{SITE}始建于1998年，位于中国汽摩配之都浙江瑞安，占地面积12万平方米，现有员工1200余人。</p><p>公司通过IATF 16949质量管理体系认证，拥有省级企业技术中心和CNAS认可实验室。</p>"),
                         (2, "联系我们", "<p>地址：浙江省瑞安市汽摩配产业园瑞丰路 8 号</p><p>电话：0577-6588 1234　传真：0577-6588 1235</p><p>邮箱：sales@ruifeng-brake.example.cn</p>")]:
        url = f"/portal/page/index/id/{pid}.html"
        site.add(url, frame(f"{t} - {SITE}", "utf-8", f'<a href="/">首页</a> &gt; {t}', f'<div class="page-box"><h2 class="article-title">{t}</h2>{body}</div>', None,
                            "about" if pid == 1 else "contact"), encoding="utf-8", charset="utf-8")
        site.non_articles.append({"url": url, "reason": f"{t} (single page)"})
    site.add("/404.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>系统发生错误</title>
<style>*{padding:0;margin:0;}body{background:#fff;font-family:"Microsoft Yahei","Helvetica Neue",Helvetica,Arial,sans-serif;color:#333;font-size:16px;}.system-message{padding:24px 48px;}.system-message h1{font-size:100px;font-weight:normal;line-height:120px;margin-bottom:12px;}</style></head>
<body><div class="system-message"><h1>:(</h1><p class="error">页面错误！请稍后再试～</p>
<p class="detail"></p><p class="jump">页面自动 <a id="href" href="/">跳转</a> 等待时间： <b id="wait">3</b></p></div>
<div class="copyright"><p><a title="官方网站" href="http://www.thinkphp.cn">ThinkPHP</a><sup>5.1.41</sup> { 十年磨一剑-为API开发设计的高性能框架 }</p></div>
<script>(function(){var wait=document.getElementById('wait'),href=document.getElementById('href').href;var interval=setInterval(function(){var time=--wait.innerHTML;if(time<=0){location.href=href;clearInterval(interval);};},1000);})();</script>
</body></html>
""", encoding="utf-8", charset="utf-8")
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /admin/\nDisallow: /user/\nDisallow: /api/\nDisallow: /comment/\nDisallow: /portal/article/hits\nDisallow: /portal/article/doLike/\n"
    return site

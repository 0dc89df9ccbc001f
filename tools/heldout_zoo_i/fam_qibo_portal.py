"""A 齐博 (Qibosoft X1)-style regional aftermarket portal (澹川汽车后市场网), GBK: /cms/show-N.html, ?page=N, print views."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import TZ8, Art, Channel, Site, chain, esc, gbk_safe, iso_date, kinds, paginate, rand_dates, unique_titles

NAME = "qibo_portal"
SITE = "澹川汽车后市场网"
CHANS = [Channel("hydt", "行业动态", 2), Channel("schq", "市场行情", 3), Channel("wxjs", "维修技术", 5), Channel("qyfc", "企业风采", 7)]
COUNTS = [16, 15, 12, 9]
PER_PAGE = 7
N_SPLIT = 9
DEAD_ID = 1409
CUT = 22  # list titles longer than this are cut with "..." (full title in the title attribute)


def _md(d: dt.datetime) -> str:
    return f"{d:%m-%d}"


def _list_url(fid: int, k: int = 1) -> str:
    return f"/cms/list-{fid}.html" if k == 1 else f"/cms/list-{fid}.html?page={k}"


def _cut(t: str) -> str:
    return t if len(t) <= CUT else t[:CUT] + "..."


def _body(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<p><strong>{esc(b[1])}</strong></p>")
        elif b[0] == "img":
            cap = f'<br /><font color="#666666">{esc(b[2])}</font>' if b[2] else ""
            out.append(f'<div align="center"><img src="/upload_files/cms/{b[1]}" border="0" onload="if(this.width>600)this.width=600" />{cap}</div>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f'<td align="center">{esc(c)}</td>' for c in r) + "</tr>" for r in b[1])
            out.append(f'<table width="96%" border="1" cellspacing="0" cellpadding="3" bordercolor="#CCCCCC">{rows}</table>')
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "gbk", "gb2312", None, "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2025, 6, 1, tzinfo=TZ8), dt.datetime(2026, 5, 18, 17, tzinfo=TZ8), seconds=True, hours=(7, 22))
    chans = [c for c, k in zip(CHANS, COUNTS, strict=True) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        if chans[i].key == "wxjs":
            return ctx.fill(ar.choice(content.REPAIR_TITLES)), (ctx, ar)
        if chans[i].key == "qyfc":
            return ctx.fill(ar.choice(["走进{co}：一家县城汽配店的二十年", "{co}：把{pr}做成区域第一品牌", "{city}{co}的数字化转型之路",
                                       "访{co}总经理{person}：渠道下沉是必然", "{co}获评“{city}市优秀汽配经营企业”"])), (ctx, ar)
        return content.market_title(ctx), (ctx, ar)

    arts: list[Art] = []
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        ch = chans[i]
        blocks = content.repair_blocks(ctx, ks[i]) if ch.key == "wxjs" else content.market_blocks(ctx, ks[i], "")
        a = Art(i, 0, ch, gbk_safe(title), blocks, whens[i])
        own = ar.random() < 0.4
        a.source = None if own else ar.choice(content.MEDIA)
        a.extra["src_shown"] = "本站原创" if own else a.source
        a.author = None if ar.random() < 0.45 else content.person(ar, gbk_only=ar.random() < 0.3)
        a.extra["author_shown"] = a.author or "佚名"
        a.editor = content.person(ar, gbk_only=ar.random() < 0.2) if ar.random() < 0.6 else None
        a.views = ar.randint(35, 4800)
        arts.append(a)
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 1320 + j * 3 + (j % 2)
        a.url = f"/cms/show-{a.aid}.html"
    chain(arts, lambda x: x.ch.key)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    long_idx = [a for a in arts if ks[a.idx] == "long" and a.ch.key != "wxjs"]
    split = set(x.idx for x in rnd.sample(long_idx, min(N_SPLIT, len(long_idx))))
    for a in arts:
        if a.idx in split:
            ar = random.Random(f"{seed}:{NAME}:split:{a.aid}")
            parts = 3 if ar.random() < 0.4 and len(a.blocks) >= 9 else 2
            cuts = sorted(ar.sample(range(2, len(a.blocks) - 1), parts - 1))
            bounds = [0, *cuts, len(a.blocks)]
            a.page_blocks = [a.blocks[bounds[j]:bounds[j + 1]] for j in range(parts)]
        else:
            a.page_blocks = [a.blocks]
        a.page_urls = [a.url] + [f"{a.url}?page={j}" for j in range(2, len(a.page_blocks) + 1)]
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        same = [x for x in latest if x.ch is a.ch and x is not a]
        a.related = sorted(rr.sample(same, min(len(same), rr.randint(4, 6))), key=lambda x: x.when, reverse=True)
    hot = sorted(latest[:30], key=lambda x: x.views, reverse=True)[:8]

    # ------------------------------------------------------------------ template parts
    def head(title: str, kw: str = "") -> str:
        navs = [("/", "首页")] + [(_list_url(c.cid), c.name) for c in CHANS] + [("/yp/", "企业黄页"), ("/page/about.html", "关于我们")]
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(title)}</title>
<meta name="keywords" content="{esc(kw or "澹川汽配,汽车后市场,配件行情,维修技术")}" />
<meta name="description" content="{SITE}，澹川省汽车后市场资讯门户。" />
<link href="/public/static/index/default/css/qb_ui.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/public/static/js/core/jquery.min.js"></script>
<script type="text/javascript" src="/public/static/js/qibo.js"></script>
</head>
<body>
<div class="qb_pc_top"><div class="wrap"><span class="welcome">您好，欢迎来到{SITE}！</span><span class="login"><a href="/index.php/index/login/index.html">登录</a> | <a href="/index.php/index/reg/index.html">注册</a></span></div></div>
<div class="qb_pc_head wrap"><div class="logo"><a href="/"><img src="/public/static/images/logo.gif" alt="{SITE}" /></a></div>
<div class="qb_search"><form action="/index.php/cms/search/index.html" method="get"><input type="text" name="keyword" /><input type="submit" value="搜索" /></form></div></div>
<div class="qb_pc_menu"><ul class="wrap">{"".join(f'<li><a href="{u}">{t}</a></li>' for u, t in navs)}</ul></div>
"""

    def side() -> str:
        lis = "".join(f'<li><a href="{x.url}" title="{esc(x.title)}">{esc(_cut(x.title))}</a></li>' for x in hot)
        return f"""<div class="qb_side">
<div class="side_box"><div class="side_tit">热门点击</div><ul class="side_list">{lis}</ul></div>
<div class="side_box"><div class="side_tit">商家推荐</div><ul class="side_list"><li><a href="/yp/show-12.html">霁阳汇通汽配</a></li><li><a href="/yp/show-15.html">澹州博源制动</a></li><li><a href="/yp/show-19.html">枞川启明电器</a></li></ul></div>
</div>"""

    def foot() -> str:
        return f"""<div class="qb_pc_foot"><div class="wrap"><p><a href="/page/about.html">关于我们</a> | <a href="/page/ad.html">广告服务</a> | <a href="/page/contact.html">联系我们</a></p>
<p>Copyright &copy; 2012-2026 {SITE} All Rights Reserved　客服电话：0739-5128 6671</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">澹ICP备13007426号</a>　Powered by <a href="http://www.qibosoft.example.com/" target="_blank">qibosoft X1.0</a></p></div></div>
</body>
</html>
"""

    def info(a: Art) -> str:
        return (f'<div class="ShowInfo">发布时间：{a.when:%Y-%m-%d %H:%M:%S}&nbsp;&nbsp;来源：{esc(a.extra["src_shown"])}&nbsp;&nbsp;'
                f'作者：{esc(a.extra["author_shown"])}&nbsp;&nbsp;浏览：<span class="hits">{a.views}</span>次'
                f'&nbsp;&nbsp;<a href="/cms/print-{a.aid}.html" target="_blank">【打印】</a></div>')

    # ------------------------------------------------------------------ article pages (+ ?page=N continuation pages) and print views
    for a in arts:
        total = len(a.page_blocks)
        crumbs = f'<div class="qb_crumbs wrap">当前位置：<a href="/">首页</a> &gt; <a href="{_list_url(a.ch.cid)}">{a.ch.name}</a> &gt; 内容</div>'
        rel = "".join(f'<li><a href="{x.url}" title="{esc(x.title)}">{esc(_cut(x.title))}</a><span class="time">({_md(x.when)})</span></li>' for x in a.related)
        pn = (f'<div class="ShowPrevNext"><p>上一篇：' + (f'<a href="{a.prev.url}">{esc(a.prev.title)}</a>' if a.prev else "没有了") + "</p><p>下一篇："
              + (f'<a href="{a.next.url}">{esc(a.next.title)}</a>' if a.next else "没有了") + "</p></div>")
        for j, (purl, blocks) in enumerate(zip(a.page_urls, a.page_blocks, strict=True), 1):
            pager = ""
            if total > 1:
                items = [f'<span>共{total}页：</span>']
                if j > 1:
                    items.append(f'<a href="{a.page_urls[j - 2]}">上一页</a>')
                for m in range(1, total + 1):
                    items.append(f"<b>{m}</b>" if m == j else f'<a href="{a.page_urls[m - 1]}">{m}</a>')
                if j < total:
                    items.append(f'<a href="{a.page_urls[j]}">下一页</a>')
                pager = '<div class="ShowPage">' + " ".join(items) + "</div>"
            editor = f'<div class="ShowEditor">（责任编辑：{esc(a.editor)}）</div>' if a.editor and j == total else ""
            html = head(f"{a.title}" + (f"(第{j}页)" if j > 1 else "") + f"-{a.ch.name}-{SITE}", f"{a.ch.name},{a.title}") + f"""{crumbs}
<div class="qb_main wrap clearfix">
<div class="qb_left">
<div class="ShowContainer">
<div class="ShowTitle"><h1>{esc(a.title)}</h1></div>
{info(a)}
<div class="ShowContent" id="post_content">
{_body(blocks)}
</div>
{pager}
{editor}
<div class="ShowTool">【<a href="/cms/print-{a.aid}.html" target="_blank">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】【<a href="javascript:;" onclick="copyurl();">复制链接</a>】</div>
{pn}
</div>
<div class="RelatedList"><div class="tit">相关文章</div><ul>{rel}</ul></div>
<div class="CommentBox"><div class="tit">网友评论</div><div id="comment_show">评论加载中...</div>
<script type="text/javascript" src="/index.php/cms/comment/show.html?aid={a.aid}&amp;rows=10"></script></div>
</div>
{side()}
</div>
""" + foot()
            site.add(purl, html, charset=None)
        ptxt = "\n".join(_body(b) for b in a.page_blocks)
        site.add(f"/cms/print-{a.aid}.html", f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>{esc(a.title)}--打印页面</title>
<style>body{{font-size:14px;line-height:1.8}}</style></head>
<body onload="window.print();">
<div class="print_top">{SITE}　www.dcqch.example.cn</div>
<h1 align="center">{esc(a.title)}</h1>
<div align="center" class="print_info">发布时间：{a.when:%Y-%m-%d %H:%M:%S}　来源：{esc(a.extra["src_shown"])}　作者：{esc(a.extra["author_shown"])}</div>
<hr size="1" />
<div class="print_content">
{ptxt}
</div>
<hr size="1" />
<div align="center">本文地址：<a href="{a.url}">{a.url}</a>　【<a href="javascript:window.close();">关闭窗口</a>】</div>
</body></html>
""", charset=None)
        site.print_views.append(f"/cms/print-{a.aid}.html")
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=f"{a.when:%Y-%m-%d %H:%M:%S}", views_display=str(a.views), views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related],
                         aliases=[f"/cms/print-{a.aid}.html"], encoding="gbk")

    # ------------------------------------------------------------------ channel lists: list-N.html, ?page=N (?page=1 = page 1)
    for c in CHANS:
        entries = [x for x in latest if x.ch is c]
        chunks = paginate(entries, PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = _list_url(c.cid, k)
            rows = []
            for pos, x in enumerate(chunk, 1):
                rows.append(f'<li><span class="time">{_md(x.when)}</span><a href="{x.url}" title="{esc(x.title)}" target="_blank">{esc(_cut(x.title))}</a><span class="hits">点击:{x.views}</span></li>')
                site.listing(url, pos, x, iso_date(x.when), _md(x.when), x.views)
            href = lambda m, c=c: f"/cms/list-{c.cid}.html?page={m}"  # noqa: E731
            pg = [f'<a href="{href(1)}">首页</a>', f'<a href="{href(k - 1)}">上一页</a>' if k > 1 else "<span>上一页</span>"]
            pg += [f"<b>{m}</b>" if m == k else f'<a href="{href(m)}">{m}</a>' for m in range(1, len(chunks) + 1)]
            pg += [f'<a href="{href(k + 1)}">下一页</a>' if k < len(chunks) else "<span>下一页</span>", f'<a href="{href(len(chunks))}">尾页</a>',
                   f"<span>共{len(entries)}条 {k}/{len(chunks)}页</span>"]
            html = head(f"{c.name}" + (f"-第{k}页" if k > 1 else "") + f"-{SITE}") + f"""<div class="qb_crumbs wrap">当前位置：<a href="/">首页</a> &gt; <a href="{_list_url(c.cid)}">{c.name}</a></div>
<div class="qb_main wrap clearfix">
<div class="qb_left"><div class="ListTit">{c.name}</div>
<ul class="ListTitle">
{chr(10).join(rows)}
</ul>
<div class="page">{" ".join(pg)}</div>
</div>
{side()}
</div>
""" + foot()
            site.add(url, html, charset=None)
            aliases = []
            if k == 1:
                site.add(f"/cms/list-{c.cid}.html?page=1", html, charset=None)
                aliases.append(f"/cms/list-{c.cid}.html?page=1")
            site.list_pages.append({"url": url, "aliases": aliases})

    # ------------------------------------------------------------------ yellow pages (company profiles: not articles), single pages, home
    yp = [(12, "霁阳汇通汽配", "2016-03-08"), (15, "澹州博源制动", "2018-11-20"), (19, "枞川启明电器", "2020-07-15"), (23, "蘅浦安驰滤清", "2021-04-02")]
    for yid, name, since in yp:
        url = f"/yp/show-{yid}.html"
        site.add(url, head(f"{name}-企业黄页-{SITE}") + f"""<div class="qb_crumbs wrap">当前位置：<a href="/">首页</a> &gt; <a href="/yp/">企业黄页</a> &gt; {name}</div>
<div class="qb_main wrap clearfix"><div class="qb_left"><div class="ShowContainer">
<div class="ShowTitle"><h1>{name}</h1></div>
<div class="ShowInfo">入驻时间：{since}&nbsp;&nbsp;浏览：<span class="hits">{yid * 37}</span>次&nbsp;&nbsp;信用等级：AAA</div>
<div class="ShowContent"><p>&nbsp;&nbsp;&nbsp;&nbsp;{name}是{SITE}认证商家，主营汽车易损件批发零售，提供修理厂配送服务。</p><p>&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0739-5{yid}8 66{yid}　地址：{name[:2]}市汽配城</p></div>
</div></div>{side()}</div>
""" + foot(), charset=None)
        site.non_articles.append({"url": url, "reason": "company profile (yellow pages)"})
    site.add("/yp/", head(f"企业黄页-{SITE}") + '<div class="qb_main wrap"><ul class="ListTitle">' +
             "".join(f'<li><a href="/yp/show-{y}.html">{nm}</a><span class="time">{s}</span></li>' for y, nm, s in yp) + "</ul></div>" + foot(), charset=None)
    site.non_articles.append({"url": "/yp/", "reason": "yellow pages list"})
    for slug, t in (("about", "关于我们"), ("ad", "广告服务"), ("contact", "联系我们")):
        site.add(f"/page/{slug}.html", head(f"{t}-{SITE}") + f'<div class="qb_main wrap"><div class="ShowTitle"><h1>{t}</h1></div><div class="ShowContent"><p>{SITE}创办于2012年，是澹川省专注汽车后市场的行业门户。联系电话：0739-5128 6671</p></div></div>' + foot(), charset=None)
        site.non_articles.append({"url": f"/page/{slug}.html", "reason": "single page"})
    dead = f"/cms/show-{DEAD_ID}.html"
    boxes = []
    for c in CHANS:
        items = [x for x in latest if x.ch is c][:7]
        lis = [f'<li><span class="time">{_md(x.when)}</span><a href="{x.url}" title="{esc(x.title)}">{esc(_cut(x.title))}</a></li>' for x in items]
        if c.key == "hydt":
            lis.insert(2, f'<li><span class="time">04-30</span><a href="{dead}">澹川汽配城五一期间正常营业</a></li>')
        boxes.append(f'<div class="idx_box"><div class="idx_tit"><a href="{_list_url(c.cid)}">{c.name}</a><a class="more" href="{_list_url(c.cid)}">更多&gt;&gt;</a></div><ul>{"".join(lis)}</ul></div>')
    pics = [x for x in latest if any(b[0] == "img" for b in x.blocks)][:4]
    site.add("/", head(f"{SITE}-澹川汽配资讯_配件行情_维修技术") + f"""<div class="qb_main wrap clearfix">
<div class="idx_pic"><ul>{"".join(f'<li><a href="{x.url}"><img src="/upload_files/cms/thumb_{x.aid}.jpg" alt="" /><p>{esc(_cut(x.title))}</p></a></li>' for x in pics)}</ul></div>
{chr(10).join(boxes)}
<div class="idx_links">友情链接：<a href="https://www.dcqpxh.example.org/" target="_blank">澹川汽配流通协会</a> <a href="http://www.jyhtqp.example.com/" target="_blank">霁阳汇通汽配</a></div>
</div>
""" + foot(), charset=None)
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (deleted article still linked from the home page)"})
    site.add("/404.html", f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>页面不存在</title></head><body><p>对不起，您访问的页面不存在！<a href="/">返回{SITE}首页</a></p></body></html>\n', charset=None)
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /index.php/index/\nDisallow: /index.php/cms/search/\nDisallow: /admin.php\n"
    return site

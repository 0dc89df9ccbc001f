"""A large portal's auto channel in a Sina-like template (澜讯汽车): /hy/2026-05-12/doc-i….shtml, _2.shtml pages, index_2.shtml."""

from __future__ import annotations

import datetime as dt
import random
import string

from . import content
from .core import TZ8, Art, Channel, Site, esc, iso_at, iso_date, kinds, paginate, rand_dates, sina_date, unique_titles

NAME = "sina_style_portal"
SITE = "澜讯汽车"
PORTAL = "澜讯网"
BASE = "https://auto.lanxun.example.com"
CHANS = [Channel("hy", "行业"), Channel("lbj", "零部件"), Channel("hsc", "后市场")]
COUNTS = [24, 20, 16]
PER_PAGE = 10
N_SPLIT = 12
RANK = 10
GENERATED = dt.datetime(2026, 5, 18, 20, 31, 7, tzinfo=TZ8)  # when the channel pages were last regenerated
TRACK = "?cre=tianyi&mod=pcpager_auto&loc={loc}&r=0&rfunc=41&tj=none"  # feed tracking parameters of the 热点排行 links
SOURCE_SITES = {name: f"https://www.{k}.example.cn/" for k, name in
                zip(["cjck", "lbjdb", "qcgylzk", "ljrb", "qpsqw", "xnycgc", "hscbyt", "zzyss", "lddjb", "qcdzpl"], content.MEDIA, strict=True)}


def _doc_id(rnd: random.Random) -> str:
    return "i" + "".join(rnd.choice(string.ascii_lowercase) for _ in range(7)) + "".join(rnd.choice(string.digits) for _ in range(7))


def _list_url(key: str, k: int = 1) -> str:
    return f"/{key}/" if k == 1 else f"/{key}/index_{k}.shtml"


def _list_date(d: dt.datetime) -> str:
    """Channel lists: ``05月12日 08:31`` in the current year, ``2025年12月30日 10:11`` before."""
    return f"{d.month:02d}月{d.day:02d}日 {d:%H:%M}" if d.year == 2026 else sina_date(d)


def _body(blocks: list, orig: str | None) -> str:
    out = []
    if orig:
        out.append(f"<p>　　原标题：{esc(orig)}</p>")
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>　　{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<p><strong>　　{esc(b[1])}</strong></p>")
        elif b[0] == "img":
            cap = f'<span class="img_descr">{esc(b[2])}</span>' if b[2] else ""
            out.append(f'<div class="img_wrapper"><img id="0" style="max-width: 640px;" src="//n.lanxunimg.example.cn/auto{b[1]}" alt="{esc(b[2] or "")}" data-link="">{cap}</div>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f'<div class="table_wrapper"><table class="art_table" border="1" cellspacing="0"><tbody>{rows}</tbody></table></div>')
        elif b[0] in ("ul", "ol"):
            out.append("".join(f"<p>　　{j}. {esc(i)}</p>" if b[0] == "ol" else f"<p>　　● {esc(i)}</p>" for j, i in enumerate(b[1], 1)))
    return "\n".join(out)


def _truth_paragraphs(blocks: list) -> list[str]:
    """As content.paragraphs, but list items carry the visible ``1. `` / ``● `` marker the portal writes into the text."""
    out = []
    for b in blocks:
        if b[0] == "ol":
            out.extend(f"{j}. {i}" for j, i in enumerate(b[1], 1))
        elif b[0] == "ul":
            out.extend(f"● {i}" for i in b[1])
        else:
            out.extend(content.paragraphs([b]))
    return out


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2025, 10, 20, tzinfo=TZ8), dt.datetime(2026, 5, 18, 18, tzinfo=TZ8), hours=(6, 22))
    chans = [c for c, k in zip(CHANS, COUNTS, strict=True) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        return ctx.fill(ar.choice(content.PORTAL_TITLES[chans[i].key])), (ctx, ar)

    arts: list[Art] = []
    long_idx = [i for i in range(n) if ks[i] == "long"]
    split = set(rnd.sample(long_idx, min(N_SPLIT, len(long_idx))))
    orig_idx = set(rnd.sample([i for i in range(n) if ks[i] != "short"], 12))
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        ch = chans[i]
        a = Art(i, i + 1, ch, title, content.portal_blocks(ctx, ks[i]), whens[i])
        a.extra["doc"] = _doc_id(ar)
        a.url = f"/{ch.key}/{a.when:%Y-%m-%d}/doc-{a.extra['doc']}.shtml"
        own = ar.random() < 0.25
        a.source = SITE if own else ar.choice(content.MEDIA)
        a.extra["source_link"] = None if own else SOURCE_SITES[a.source]
        a.author = content.person(ar) if own and ar.random() < 0.8 else None
        a.editor = content.person(ar)
        a.extra["orig"] = None
        if i in orig_idx and not own:
            while True:
                orig = ctx.fill(ar.choice(content.PORTAL_ORIG))
                if orig != title:
                    break
            a.extra["orig"] = orig
        a.extra["updated"] = a.when + dt.timedelta(minutes=ar.randint(3, 300))
        a.extra["hot"] = ar.random()
        if i in split:  # split at paragraph boundaries into 2 or 3 pages
            parts = 3 if ar.random() < 0.35 else 2
            cut_pts = sorted(ar.sample(range(2, len(a.blocks) - 1), parts - 1))
            bounds = [0, *cut_pts, len(a.blocks)]
            a.page_blocks = [a.blocks[bounds[j]:bounds[j + 1]] for j in range(parts)]
        else:
            a.page_blocks = [a.blocks]
        stem = a.url[: -len(".shtml")]
        a.page_urls = [a.url] + [f"{stem}_{j}.shtml" for j in range(2, len(a.page_blocks) + 1)]
        arts.append(a)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    recent = [x for x in latest if (dt.datetime(2026, 5, 18, 20, 40, tzinfo=TZ8) - x.when).days < 45]
    ranked = sorted(recent, key=lambda x: x.extra["hot"], reverse=True)[:RANK]
    tracked = {x.url: x.url + TRACK.format(loc=j) for j, x in enumerate(ranked, 1)}
    for a in arts:
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        same = [x for x in latest if x is not a and x.ch is a.ch]
        a.related = rr.sample(same, rr.randint(4, 6))

    # ------------------------------------------------------------------ template parts
    def top(title: str, meta: str = "", published: dt.datetime | None = None) -> str:
        navs = [("/", "汽车首页")] + [(_list_url(c.key), c.name) for c in CHANS] + [("https://price.lanxun.example.com/", "报价"), ("https://club.lanxun.example.com/", "论坛")]
        return f"""<!DOCTYPE html>
<!-- [ published at {(published or GENERATED):%Y-%m-%d %H:%M:%S} ] -->
<html>
<head>
<meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<meta name="renderer" content="webkit" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(title)}</title>
{meta}<link rel="stylesheet" type="text/css" href="//n.lanxunimg.example.cn/auto/css/article_2021.css" />
<script type="text/javascript" src="//n.lanxunimg.example.cn/common/js/jquery-1.11.1.min.js"></script>
</head>
<body>
<div class="top-nav" id="SI_Top_Wrap"><div class="tn-bg"><div class="tn-header"><div class="tn-nav">
<a href="https://www.lanxun.example.com/" target="_blank">{PORTAL}首页</a> <a href="https://news.lanxun.example.com/" target="_blank">新闻</a> <a href="https://finance.lanxun.example.com/" target="_blank">财经</a> <a href="https://tech.lanxun.example.com/" target="_blank">科技</a> <a href="/" target="_blank">汽车</a>
</div><div class="tn-user"><a href="javascript:;" class="tn-login" node-type="login">登录</a></div></div></div></div>
<div class="header clearfix"><div class="logo"><a href="/"><img src="//n.lanxunimg.example.cn/auto/images/logo_auto.png" alt="{SITE}" /></a></div>
<div class="nav"><ul>{"".join(f'<li><a href="{u}">{t}</a></li>' for u, t in navs)}</ul></div>
<div class="search"><form action="https://search.lanxun.example.com/" target="_blank"><input type="text" name="q" placeholder="搜索车型/资讯" /><input type="submit" value="搜索" /></form></div></div>
"""

    def rank_box() -> str:
        lis = "\n".join(f'<li><i class="num num{j}">{j}</i><a href="{tracked[x.url]}" target="_blank">{esc(x.title)}</a></li>' for j, x in enumerate(ranked, 1))
        return f'<div class="side-box" id="hot_rank"><h3 class="side-tit">热点排行</h3><ol class="rank-list">\n{lis}\n</ol></div>'

    def bottom() -> str:
        return f"""<div class="footer"><div class="footer-links"><a href="https://www.lanxun.example.com/about/" target="_blank">关于{PORTAL}</a> | <a href="https://www.lanxun.example.com/ad/" target="_blank">广告服务</a> | <a href="https://www.lanxun.example.com/contact/" target="_blank">联系我们</a> | <a href="https://www.lanxun.example.com/jobs/" target="_blank">招聘信息</a> | <a href="https://www.lanxun.example.com/law/" target="_blank">通行证注册</a></div>
<p>{PORTAL}客户服务热线：4008-512-366　违法和不良信息举报电话：4008-512-367　举报邮箱：jubao@lanxun.example.com</p>
<p>Copyright &copy; 1998-2026 LANXUN Corporation, All Rights Reserved</p>
<p>{PORTAL} 版权所有　<a href="https://beian.miit.gov.cn/" target="_blank">岚ICP证000031号</a></p></div>
<script type="text/javascript" src="//n.lanxunimg.example.cn/common/js/suda_log.js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ article pages (first page + continuation pages)
    for a in arts:
        total = len(a.page_blocks)
        rel = "\n".join(f'<li><a href="{x.url}" target="_blank">{esc(x.title)}</a></li>' for x in a.related)
        kw = ",".join([a.ch.name, content.PRODUCTS[a.aid % len(content.PRODUCTS)], "汽车零部件"])
        meta = (f'<meta name="keywords" content="{esc(kw)}" />\n<meta name="tags" content="{esc(kw)}" />\n'
                f'<meta name="description" content="{esc(content.paragraphs(a.blocks)[0][:90])}" />\n'
                f'<meta property="og:type" content="news" />\n<meta property="og:title" content="{esc(a.title)}" />\n'
                f'<meta property="og:url" content="{BASE}{a.url}" />\n'
                f'<meta name="weibo: article:create_at" content="{a.when:%Y-%m-%d %H:%M:%S}" />\n'
                f'<meta name="weibo: article:update_at" content="{a.extra["updated"]:%Y-%m-%d %H:%M:%S}" />\n'
                f'<meta property="article:published_time" content="{a.when.isoformat()}" />\n'
                f'<meta property="article:author" content="{esc(a.source)}" />\n<meta name="mediaid" content="{esc(a.source)}" />\n'
                f'<meta name="publishid" content="{a.extra["doc"][1:]}" />\n'
                f'<link rel="canonical" href="{BASE}{a.url}" />\n'
                f'<link rel="alternate" media="only screen and (max-width: 640px)" href="https://auto.lanxun.example.cn{a.url}" />\n')
        src = (f'<a href="{a.extra["source_link"]}" target="_blank" rel="nofollow" class="source ent-source">{esc(a.source)}</a>' if a.extra["source_link"]
               else f'<span class="source ent-source">{esc(a.source)}</span>')
        author = f'<span class="author">作者：{esc(a.author)}</span>' if a.author else ""
        for j, (purl, blocks) in enumerate(zip(a.page_urls, a.page_blocks, strict=True), 1):
            pager = ""
            if total > 1:
                items = []
                if j > 1:
                    items.append(f'<a href="{a.page_urls[j - 2].rsplit("/", 1)[-1]}" class="pagebox_pre">上一页</a>')
                for m in range(1, total + 1):
                    items.append(f'<span class="pagebox_num_nonce">{m}</span>' if m == j else
                                 f'<span class="pagebox_num"><a href="{a.page_urls[m - 1].rsplit("/", 1)[-1]}">{m}</a></span>')
                if j < total:
                    items.append(f'<span class="pagebox_next"><a href="{a.page_urls[j].rsplit("/", 1)[-1]}">下一页</a></span>')
                pager = '<div class="pagebox" id="page_nav">' + "".join(items) + "</div>"
            last = j == total
            editor = f'<p class="show_author">责任编辑：{esc(a.editor)} </p>' if last else ""
            html = top(f"{a.title}" + (f"(第{j}页)" if j > 1 else "") + f"_{SITE}_{PORTAL}", meta, a.extra["updated"]) + f"""<div class="main-content w1240">
<h1 class="main-title">{esc(a.title)}</h1>
<div class="top-bar-wrap" id="top_bar_wrap"><div class="top-bar" id="top_bar"><div class="top-bar-inner clearfix">
<div class="date-source"><span class="date">{sina_date(a.when)}</span>{src}{author}</div>
<div class="article-tools"><a href="javascript:;" class="tool-icon font-size">A</a><a href="https://comment.lanxun.example.com/comment/skin/default.html?channel=qc&amp;newsid=comos-{a.extra["doc"][1:]}" target="_blank" class="comment-num-wrap"><span class="num" node-type="comment-num"></span><span class="txt">评论</span></a></div>
</div></div></div>
<div class="article-content clearfix">
<div class="article-content-left">
<div class="article" id="artibody" data-sudaclick="blk_content">
<!-- 正文开始 -->
{_body(blocks, a.extra["orig"] if j == 1 else None)}
<!-- 正文结束 -->
</div>
{pager}
{editor}
<div class="keywords" id="keywords" data-wbkey="{esc(kw)}"><i>文章关键词：</i>{"".join(f'<a href="https://search.lanxun.example.com/?q={esc(k)}&amp;c=auto" target="_blank">{esc(k)}</a>' for k in kw.split(","))}</div>
<div class="article-bottom clearfix"><div class="bottom-share"><span>分享到：</span><a href="javascript:;" class="share-wb">微博</a><a href="javascript:;" class="share-wx">微信</a></div><div class="bottom-report"><a href="https://help.lanxun.example.com/report/" target="_blank">举报</a></div></div>
<div class="blk-related" id="related_read"><h3 class="tit">相关阅读</h3><ul class="related-list">
{rel}
</ul></div>
<div class="blk-comment" id="cmnt"><div class="cmnt-hd">我要评论 <span class="cmnt-count">（<em node-type="comment-total"></em>人参与）</span></div><div class="cmnt-list" node-type="cmnt-list"></div>
<script type="text/javascript" src="https://comment.lanxun.example.com/page/info?format=json&amp;channel=qc&amp;newsid=comos-{a.extra["doc"][1:]}&amp;group=0&amp;compress=0&amp;ie=utf-8&amp;oe=utf-8&amp;page=1&amp;page_size=3&amp;jsvar=loader_{a.aid}&amp;callback=jsonp_cmnt_{a.aid}"></script></div>
</div>
<div class="article-content-right">
{rank_box()}
<div class="side-box ad"><ins class="lanxun-ad" data-ad-pdps="PDPS000000062017"></ins></div>
</div>
</div>
</div>
""" + bottom()
            site.add(purl, html)
        aliases = [tracked[a.url]] if a.url in tracked else []
        site.article_row(a, _truth_paragraphs(a.blocks), published_date=iso_date(a.when), published_at=iso_at(a.when),
                         published_display=sina_date(a.when), views_display=None, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": None, "views": None} for x in a.related], aliases=aliases)

    # ------------------------------------------------------------------ channel lists: /hy/ (= index.shtml), index_2.shtml
    for c in CHANS:
        entries = [x for x in latest if x.ch is c]
        chunks = paginate(entries, PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = _list_url(c.key, k)
            rows = []
            for pos, x in enumerate(chunk, 1):
                rows.append(f'<li><a href="{x.url}" target="_blank">{esc(x.title)}</a><span>({_list_date(x.when)})</span></li>')
                site.listing(url, pos, x, iso_date(x.when), _list_date(x.when))
            pb = []
            href = lambda m: "index.shtml" if m == 1 else f"index_{m}.shtml"  # noqa: E731
            pb.append('<span class="pagebox_pre_nolink">上一页</span>' if k == 1 else f'<span class="pagebox_pre"><a href="{href(k - 1)}">上一页</a></span>')
            for m in range(1, len(chunks) + 1):
                pb.append(f'<span class="pagebox_num_nonce">{m}</span>' if m == k else f'<span class="pagebox_num"><a href="{href(m)}">{m}</a></span>')
            pb.append('<span class="pagebox_next_nolink">下一页</span>' if k == len(chunks) else f'<span class="pagebox_next"><a href="{href(k + 1)}">下一页</a></span>')
            html = (top(f"{c.name}_{SITE}_{PORTAL}" if k == 1 else f"{c.name}_第{k}页_{SITE}_{PORTAL}",
                        f'<meta name="keywords" content="{c.name},汽车,{SITE}" />\n')
                    + f"""<div class="main-content w1240 clearfix"><div class="crumbs"><a href="/">{SITE}</a> &gt; <span>{c.name}</span></div>
<div class="list-left"><h2 class="list-tit">{c.name}</h2>
<ul class="list_009">
{chr(10).join(rows)}
</ul>
<div class="pagebox">{"".join(pb)}</div>
</div>
<div class="list-right">{rank_box()}</div></div>
""" + bottom())
            site.add(url, html)
            aliases = []
            if k == 1:
                site.add(f"/{c.key}/index.shtml", html)
                aliases.append(f"/{c.key}/index.shtml")
            site.list_pages.append({"url": url, "aliases": aliases})

    # ------------------------------------------------------------------ channel home, 404, robots
    dead = "/hy/2026-04-28/doc-iqrmtzkw5180342.shtml"
    focus = latest[:5]
    blocks = []
    for c in CHANS:
        items = [x for x in latest if x.ch is c][:8]
        lis = [f'<li><a href="{x.url}" target="_blank">{esc(x.title)}</a></li>' for x in items]
        if c.key == "hy":
            lis.insert(3, f'<li><a href="{dead}" target="_blank">零部件企业一季度盈利分化明显</a></li>')
        blocks.append(f'<div class="blk-chan"><h2><a href="{_list_url(c.key)}">{c.name}</a></h2><ul>{"".join(lis)}</ul><a href="{_list_url(c.key)}" class="more">更多&gt;&gt;</a></div>')
    home = top(f"{SITE}_{PORTAL}", '<meta name="keywords" content="汽车,零部件,后市场,汽车产业" />\n') + f"""<div class="main-content w1240 clearfix">
<div class="focus"><ul>{"".join(f'<li><a href="{x.url}" target="_blank"><img src="//n.lanxunimg.example.cn/auto/focus/{x.aid}.jpg" alt="{esc(x.title)}" /><p>{esc(x.title)}</p></a></li>' for x in focus)}</ul></div>
<div class="home-left">
{chr(10).join(blocks)}
</div>
<div class="home-right">{rank_box()}</div>
</div>
""" + bottom()
    site.add("/", home)
    site.non_articles.append({"url": "/", "reason": "channel home"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (withdrawn report still linked from the channel home)"})
    site.add("/404.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8" /><title>页面没有找到_{PORTAL}</title></head>
<body><div class="err404"><h1>页面没有找到</h1><p>5秒钟之后将会带您进入{SITE}首页！</p><p><a href="/">返回{SITE}首页</a></p></div>
<script>setTimeout(function(){{location.href="/";}},5000);</script></body></html>
""")
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /iframe/\nDisallow: /api/\nDisallow: /*.js$\n"
    return site

"""XunRuiCMS (迅睿CMS, CodeIgniter) regional parts portal: /news/show-N.html, /news/list-C.html, Metronic markup, JS hits."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import TZ8, Art, Channel, Site, chain, esc, iso_date, kinds, paginate, rand_dates, unique_titles

NAME = "xunruicms"
SITE = "鄂西汽车零部件网"
BASE = "https://www.exqpw.example.cn"
MOD = "news"
MOD_NAME = "新闻资讯"
PER_PAGE = 10  # pagesize of the category list template
TAG_PER_PAGE = 10
CATS = [Channel("hangye", "行业资讯", 2), Channel("qiye", "企业新闻", 3), Channel("jishu", "技术前沿", 4),
        Channel("zhanhui", "展会活动", 5)]
COUNTS = [13, 11, 7, 5]  # 10+3, 10+1, 7, 5
JS_HITS = "zhanhui"  # this category's template calls dr_show_hits(): a "0" placeholder filled by JSONP
COMMENTS_ON = ("hangye", "qiye")  # the comment plugin is enabled on these categories only
TAGS = [("新能源", "xinnengyuan"), ("出口", "chukou"), ("制动系统", "zhidongxitong"), ("轻量化", "qinglianghua"),
        ("后市场", "houshichang"), ("智能网联", "zhinengwanglian"), ("产业集群", "chanyejiqun")]
THEME = "/static/default/pc"
EDITOR_DESK = "本站编辑"  # shown as 作者 on some 行业资讯 pages: a desk, not a person (truth null)
ORIGINAL = "本站原创"  # shown as 来源: the site itself, not a source (truth null)


def _url(a: Art, page: int = 1) -> str:
    return f"/{MOD}/show-{a.aid}.html" if page == 1 else f"/{MOD}/show-{a.aid}-{page}.html"


def _list_url(ch: Channel, k: int = 1) -> str:
    return f"/{MOD}/list-{ch.cid}.html" if k == 1 else f"/{MOD}/list-{ch.cid}-{k}.html"


def _tag_url(code: str, k: int = 1) -> str:
    return f"/tag/{code}.html" + (f"?page={k}" if k > 1 else "")


def _body(blocks: list, when: dt.datetime) -> str:
    """UEditor output as XunRuiCMS stores it: captions after a <br/> inside the picture's paragraph, firstRow tables."""
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<h3>{esc(b[1])}</h3>")
        elif b[0] == "img":
            src = f"/uploadfile/{when:%Y%m}/{b[1].rsplit('/', 1)[-1]}"
            if b[2]:
                out.append(f'<p style="text-align: center;"><img src="{src}" title="{esc(b[2])}" alt="{esc(b[2])}"/><br/>{esc(b[2])}</p>')
            else:
                out.append(f'<p style="text-align: center;"><img src="{src}" title="" alt=""/></p>')
        elif b[0] == "table":
            rows = []
            for i, r in enumerate(b[1]):
                cls = ' class="firstRow"' if i == 0 else ""
                rows.append(f"<tr{cls}>" + "".join(f'<td width="150" valign="top">{esc(c)}</td>' for c in r) + "</tr>")
            out.append('<table width="100%"><tbody>' + "".join(rows) + "</tbody></table>")
        elif b[0] in ("ul", "ol"):
            style = "disc" if b[0] == "ul" else "decimal"
            out.append(f'<{b[0]} class=" list-paddingleft-2" style="list-style-type: {style};">'
                       + "".join(f"<li><p>{esc(i)}</p></li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2025, 3, 3, tzinfo=TZ8), dt.datetime(2026, 5, 17, 21, tzinfo=TZ8))
    chans = [c for c, k in zip(CATS, COUNTS, strict=True) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)
    desk_idx = set(rnd.sample([i for i in range(n) if chans[i].key == "hangye"], 3))

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        if chans[i].key == "jishu":
            return ctx.fill(ar.choice(content.TECH_TITLES)), (ctx, ar)
        return content.news_title(ctx), (ctx, ar)

    arts: list[Art] = []
    aid = 80 + rnd.randint(0, 30)
    gaps: list[int] = []
    splits = 0
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        step = rnd.randint(1, 3)
        gaps.extend(range(aid + 1, aid + step))
        aid += step
        ch = chans[i]
        if ch.key == "jishu":
            blocks = content.tech_blocks(ctx, ks[i])
        else:
            blocks = content.news_blocks(ctx, ks[i] if ch.key != "zhanhui" or ks[i] != "long" else "medium", "/uploadfile/")
        a = Art(i, aid, ch, title, blocks, whens[i])
        if ch.key == "hangye":
            a.author = None if i in desk_idx else content.person(ar)
            a.extra["shown_author"] = a.author or EDITOR_DESK
            a.source = ar.choice(content.SOURCES) if ar.random() < 0.6 else None
            a.extra["shown_source"] = a.source or ORIGINAL
        elif ch.key == "qiye":  # company press releases: the company is the source
            a.author = content.person(ar)
            a.extra["shown_author"] = a.author
            a.source = ctx.fixed["co"] if ar.random() < 0.6 else None
            a.extra["shown_source"] = a.source or ORIGINAL
        elif ch.key == "jishu":  # engineers' notes: the author is the engineer; no 来源 field
            a.author = content.person(ar)
            a.extra["shown_author"] = a.author
            a.extra["shown_source"] = None
        else:  # 展会活动: neither 作者 nor a real 来源 in the template
            a.extra["shown_author"] = None
            a.extra["shown_source"] = ORIGINAL
        hits = ar.randint(30, 5200)
        a.views = None if ch.key == JS_HITS else hits
        a.extra["list_hits"] = hits
        a.comments = ar.choice([0, 0, 1, 2, 3, 5, 8]) if ch.key in COMMENTS_ON else None
        a.extra["tags"] = sorted(ar.sample(TAGS, ar.randint(1, 3)), key=TAGS.index)
        a.extra["desc"] = content.paragraphs(blocks)[0][:60]
        if ks[i] == "long" and splits < 2 and ch.key in ("hangye", "qiye"):
            splits += 1
            cuts = [k for k, b in enumerate(blocks) if b[0] in ("p", "h") and k > 3]
            at = cuts[len(cuts) // 2]
            a.page_blocks = [blocks[:at], blocks[at:]]
        else:
            a.page_blocks = [blocks]
        a.url = _url(a)
        a.page_urls = [_url(a, p) for p in range(1, len(a.page_blocks) + 1)]
        arts.append(a)
    assert splits == 2, "two split articles expected"
    dead_aid = gaps[len(gaps) // 2]  # a deleted article, still linked from the home page's 推荐 block
    chain(arts, lambda x: x.ch.key)
    for a in arts:  # 相关文章: the module's related=1 loop (same category, newest first)
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        same = [x for x in arts if x is not a and x.ch is a.ch]
        a.related = sorted(rr.sample(same, min(len(same), rr.randint(4, 6))), key=lambda x: x.when, reverse=True)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    tags_used = [t for t in TAGS if any(t in x.extra["tags"] for x in arts)]
    hot = sorted([x for x in arts if x.views is not None], key=lambda x: (-x.views, x.aid))[:8]

    def head(title: str, active: str, page_title: str) -> str:
        nav = [("home", "/", "网站首页"), (MOD, f"/{MOD}/", MOD_NAME)] + [(c.key, _list_url(c), c.name) for c in CATS]
        nav += [("about", "/about.html", "关于我们")]
        lis = "\n".join(f'<li class="menu-dropdown classic-menu-dropdown{" active" if k == active else ""}"><a href="{u}">{t}</a></li>'
                        for k, u, t in nav)
        return f"""<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta content="width=device-width, initial-scale=1" name="viewport" />
<title>{esc(title)}</title>
<meta name="keywords" content="十堰汽车零部件,汽配,零部件产业,商用车配件" />
<meta name="description" content="{SITE}：鄂西北汽车零部件产业资讯、企业新闻、技术前沿与展会活动。" />
<link href="{THEME}/web/css/font-awesome.min.css" rel="stylesheet" type="text/css" />
<link href="{THEME}/web/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
<link href="{THEME}/web/css/components.min.css" rel="stylesheet" type="text/css" />
<link href="{THEME}/web/css/layout.min.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">var is_mobile_cms = '';var web_dir = '/';</script>
<script src="/api/language/zh-cn/lang.js" type="text/javascript"></script>
<script src="/static/assets/global/plugins/jquery.min.js" type="text/javascript"></script>
<script src="/static/assets/js/cms.js" type="text/javascript"></script>
</head>
<body class="page-container-bg-solid page-header-menu-fixed">
<div class="page-wrapper">
<div class="page-wrapper-row">
<div class="page-wrapper-top">
<div class="page-header">
<div class="page-header-top">
<div class="container">
<div class="page-logo"><a href="/"><img src="{THEME}/web/images/logo.png" alt="{SITE}" class="logo-default"></a></div>
<div class="top-menu"><ul class="nav navbar-nav pull-right">
<li class="droddown dropdown-separator"><a href="/index.php?s=member&amp;c=login&amp;m=index" rel="nofollow">登录</a></li>
<li class="droddown dropdown-separator"><a href="/index.php?s=member&amp;c=register&amp;m=index" rel="nofollow">注册</a></li>
</ul></div>
</div>
</div>
<div class="page-header-menu">
<div class="container">
<form class="search-form" action="/index.php" method="get"><input type="hidden" name="s" value="{MOD}"><input type="hidden" name="c" value="search"><div class="input-group"><input type="text" class="form-control" placeholder="搜索内容" name="keyword"><span class="input-group-btn"><button class="btn submit" type="submit"><i class="fa fa-search"></i></button></span></div></form>
<div class="hor-menu"><ul class="nav navbar-nav">
{lis}
</ul></div>
</div>
</div>
</div>
</div>
</div>
<div class="page-wrapper-row full-height">
<div class="page-wrapper-middle">
<div class="page-container">
<div class="page-content-wrapper">
<div class="page-head"><div class="container"><div class="page-title"><h1>{esc(page_title)}</h1></div></div></div>
<div class="page-content">
<div class="container">
"""

    def foot() -> str:
        return f"""</div>
</div>
</div>
</div>
</div>
</div>
<div class="page-wrapper-row">
<div class="page-wrapper-bottom">
<div class="page-prefooter"><div class="container"><div class="row">
<div class="col-md-6 col-sm-6 col-xs-12 footer-block"><h2>关于我们</h2><p>{SITE}立足十堰、襄阳汽车零部件产业带，报道产业动态，服务配套企业。</p></div>
<div class="col-md-6 col-sm-6 col-xs-12 footer-block"><h2>联系我们</h2><p>电话：0719-8826 3310<br>邮箱：tougao@exqpw.example.cn</p></div>
</div></div></div>
<div class="page-footer"><div class="container">2018-2026 &copy; {SITE} <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">鄂ICP备18031276号-2</a> &nbsp;Powered by <a href="https://www.xunruicms.com" target="_blank">迅睿CMS</a></div></div>
<div class="scroll-to-top"><i class="icon-arrow-up"></i></div>
</div>
</div>
</div>
<script src="{THEME}/web/scripts/app.min.js" type="text/javascript"></script>
</body>
</html>
"""

    def crumbs(items: list[tuple[str, str | None]]) -> str:
        lis = "".join(f'<li><a href="{u}">{t}</a><i class="fa fa-circle"></i></li>' if u else f"<li><span>{t}</span></li>" for t, u in items)
        return f'<ul class="page-breadcrumb breadcrumb">{lis}</ul>\n'

    def side() -> str:
        hots = "\n".join(f'<li><span class="badge badge-empty badge-success">{x.views}</span><a href="{x.url}" title="{esc(x.title)}">{esc(x.title[:16])}</a></li>'
                         for x in hot)
        newest = "\n".join(f'<li><a href="{x.url}" title="{esc(x.title)}">{esc(x.title[:16])}</a></li>' for x in latest[:6])
        tags = " ".join(f'<a class="btn btn-xs default" href="{_tag_url(code)}">{t}</a>' for t, code in tags_used)
        return f"""<div class="col-md-3">
<div class="portlet light"><div class="portlet-title"><div class="caption"><span class="caption-subject font-dark bold">热门排行</span></div></div>
<div class="portlet-body"><ul class="list-unstyled hot-list">
{hots}
</ul></div></div>
<div class="portlet light"><div class="portlet-title"><div class="caption"><span class="caption-subject font-dark bold">最新发布</span></div></div>
<div class="portlet-body"><ul class="list-unstyled">
{newest}
</ul></div></div>
<div class="portlet light"><div class="portlet-title"><div class="caption"><span class="caption-subject font-dark bold">热门标签</span></div></div>
<div class="portlet-body tag-cloud">{tags}</div></div>
</div>
"""

    # ------------------------------------------------------------------ article pages
    for a in arts:
        total = len(a.page_blocks)
        meta = [f'<li><i class="fa fa-calendar"></i> 发布时间：{a.when:%Y-%m-%d %H:%M}</li>']
        if a.ch.key == JS_HITS:
            meta.append(f'<li><i class="fa fa-eye"></i> 浏览：<span class="dr_show_hits_{a.aid}">0</span>'
                        f'<script type="text/javascript">$.ajax({{type: "GET", url:"/index.php?s=api&c=module&siteid=1&app={MOD}&m=hits&id={a.aid}", '
                        f'dataType: "jsonp", success: function(data){{ if (data.code) {{ $(".dr_show_hits_{a.aid}").html(data.msg); }} }} }});</script></li>')
        else:
            meta.append(f'<li><i class="fa fa-eye"></i> 浏览：{a.views}</li>')
        if a.extra["shown_source"]:
            meta.append(f'<li><i class="fa fa-bookmark"></i> 来源：{esc(a.extra["shown_source"])}</li>')
        if a.extra["shown_author"]:
            meta.append(f'<li><i class="fa fa-user"></i> 作者：{esc(a.extra["shown_author"])}</li>')
        if a.comments is not None:
            meta.append(f'<li><i class="fa fa-comments"></i> 评论：<a href="#comment">{a.comments}</a></li>')
        tags = "".join(f'<li class="uppercase"><a href="{_tag_url(code)}">{t}</a></li>' for t, code in a.extra["tags"])
        rel = "\n".join(f'<li><span class="pull-right">{r.when:%Y-%m-%d}</span><a href="{r.url}" title="{esc(r.title)}">{esc(r.title)}</a></li>'
                        for r in a.related)
        nav = ('<div class="blog-single-foot-nav">'
               + (f'<p>上一篇：<a href="{a.prev.url}">{esc(a.prev.title)}</a></p>' if a.prev else "<p>上一篇：没有了</p>")
               + (f'<p>下一篇：<a href="{a.next.url}">{esc(a.next.title)}</a></p>' if a.next else "<p>下一篇：没有了</p>") + "</div>")
        comment = ""
        if a.comments is not None:
            comment = (f'<div class="portlet light" id="comment"><div class="portlet-title"><div class="caption"><span class="caption-subject">网友评论</span></div></div>'
                       f'<div class="portlet-body"><div id="dr_module_comment_{a.aid}"></div>'
                       f'<script type="text/javascript">dr_ajax_load_comment("/index.php?s={MOD}&c=comment&m=index&id={a.aid}", "dr_module_comment_{a.aid}");</script></div></div>')
        for p in range(1, total + 1):
            pager = ""
            if total > 1:
                items = [f'<li><a href="{_url(a, p - 1)}">上一页</a></li>'] if p > 1 else []
                items += [f'<li class="active"><a href="javascript:;">{q}</a></li>' if q == p else f'<li><a href="{_url(a, q)}">{q}</a></li>'
                          for q in range(1, total + 1)]
                if p < total:
                    items.append(f'<li><a href="{_url(a, p + 1)}">下一页</a></li>')
                pager = f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul></div>\n'
            t = a.title if p == 1 else f"{a.title}(第{p}页)"
            html = (head(f"{t}_{a.ch.name}_{SITE}", a.ch.key, a.ch.name)
                    + crumbs([("网站首页", "/"), (MOD_NAME, f"/{MOD}/"), (a.ch.name, _list_url(a.ch)), ("正文", None)])
                    + f"""<div class="page-content-inner">
<div class="row">
<div class="col-md-9">
<div class="blog-page blog-content-2">
<div class="blog-single-content bordered blog-container">
<div class="blog-single-head">
<h1 class="blog-single-head-title">{esc(a.title)}</h1>
<ul class="list-inline blog-single-head-date">
{chr(10).join(meta)}
</ul>
</div>
<div class="blog-single-desc">
{_body(a.page_blocks[p - 1], a.when)}
</div>
{pager}<div class="blog-single-foot">
<ul class="blog-post-tags"><li><i class="fa fa-tags"></i> 标签：</li>{tags}</ul>
</div>
{nav}
</div>
<div class="portlet light related"><div class="portlet-title"><div class="caption"><span class="caption-subject">相关文章</span></div></div>
<div class="portlet-body"><ul class="list-unstyled">
{rel}
</ul></div></div>
{comment}
</div>
</div>
{side()}</div>
</div>
""" + foot())
            site.add(a.page_urls[p - 1], html)
        related = [{"title": r.title, "url": r.url, "date": iso_date(r.when), "views": None} for r in a.related]
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=f"{a.when:%Y-%m-%d %H:%M}", views_display=None if a.views is None else str(a.views),
                         views_approx=False, related=related)

    # ------------------------------------------------------------------ category lists
    def pagination(k: int, total: int, url_of) -> str:
        if total <= 1:
            return ""
        items = [f'<li><a href="{url_of(1)}">首页</a></li>']
        if k > 1:
            items.append(f'<li><a href="{url_of(k - 1)}">上一页</a></li>')
        items += [f'<li class="active"><a href="javascript:;">{j}</a></li>' if j == k else f'<li><a href="{url_of(j)}">{j}</a></li>'
                  for j in range(1, total + 1)]
        if k < total:
            items.append(f'<li><a href="{url_of(k + 1)}">下一页</a></li>')
        items.append(f'<li><a href="{url_of(total)}">最后一页</a></li>')
        return f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul></div>'

    for ch in CATS:
        entries = [x for x in latest if x.ch is ch]
        chunks = paginate(entries, PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = _list_url(ch, k)
            rows = []
            for pos, x in enumerate(chunk, 1):
                if ch.key == JS_HITS:  # a plain text list: title and date
                    rows.append(f'<li><span class="pull-right font-grey-cascade">{x.when:%Y-%m-%d}</span><i class="fa fa-angle-right"></i> '
                                f'<a href="{x.url}" title="{esc(x.title)}">{esc(x.title)}</a></li>')
                    site.listing(url, pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}")
                else:  # blog-post-lg cards: thumbnail, description, date and hits
                    rows.append(f"""<div class="blog-post-lg bordered blog-container">
<div class="blog-img-thumb"><a href="{x.url}"><img src="/uploadfile/thumb/{x.aid}.jpg" alt="{esc(x.title)}" /></a></div>
<div class="blog-post-lg-content"><h2 class="blog-title blog-post-title"><a href="{x.url}">{esc(x.title)}</a></h2>
<p class="blog-post-desc">{esc(x.extra["desc"])}...</p>
<div class="blog-post-foot">
<div class="blog-post-meta"><i class="icon-calendar font-blue"></i> <a href="javascript:;">{x.when:%Y-%m-%d}</a></div>
<div class="blog-post-meta"><i class="icon-eye font-blue"></i> <a href="javascript:;">{x.views}</a></div>
</div></div>
</div>""")
                    site.listing(url, pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", x.views)
            inner = ('<ul class="list-unstyled news-text-list">\n' + "\n".join(rows) + "\n</ul>") if ch.key == JS_HITS else "\n".join(rows)
            t = ch.name if k == 1 else f"{ch.name}_第{k}页"
            html = (head(f"{t}_{SITE}", ch.key, ch.name) + crumbs([("网站首页", "/"), (MOD_NAME, f"/{MOD}/"), (ch.name, None)])
                    + f'<div class="page-content-inner"><div class="row"><div class="col-md-9"><div class="blog-page blog-content-1">\n{inner}\n'
                    + pagination(k, len(chunks), lambda j, _c=ch: _list_url(_c, j)) + "\n</div></div>\n" + side() + "</div></div>\n" + foot())
            site.add(url, html)
            site.list_pages.append({"url": url, "aliases": []})

    # ------------------------------------------------------------------ module home /news/: one block per category
    pos = 0
    blocks = []
    for ch in CATS:
        rows = []
        for x in [y for y in latest if y.ch is ch][:6]:
            pos += 1
            rows.append(f'<li><span class="pull-right">{x.when:%Y-%m-%d}</span><a href="{x.url}" title="{esc(x.title)}">{esc(x.title)}</a></li>')
            site.listing(f"/{MOD}/", pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}")
        blocks.append(f'<div class="col-md-6"><div class="portlet light"><div class="portlet-title"><div class="caption"><span class="caption-subject font-green bold">{ch.name}</span></div>'
                      f'<div class="actions"><a href="{_list_url(ch)}" class="btn btn-circle btn-default btn-sm">更多</a></div></div>'
                      f'<div class="portlet-body"><ul class="list-unstyled news-list">\n' + "\n".join(rows) + "\n</ul></div></div></div>")
    site.add(f"/{MOD}/", head(f"{MOD_NAME}_{SITE}", MOD, MOD_NAME) + crumbs([("网站首页", "/"), (MOD_NAME, None)])
             + '<div class="page-content-inner"><div class="row">\n' + "\n".join(blocks) + "\n</div></div>\n" + foot())
    site.list_pages.append({"url": f"/{MOD}/", "aliases": []})

    # ------------------------------------------------------------------ tag pages (the tag plugin): category label, title, date
    for t, code in tags_used:
        mine = [x for x in latest if (t, code) in x.extra["tags"]]
        chunks = paginate(mine, TAG_PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = _tag_url(code, k)
            rows = []
            for pos, x in enumerate(chunk, 1):
                rows.append(f'<li class="tag-item"><span class="pull-right">{x.when:%Y-%m-%d}</span>[<a href="{_list_url(x.ch)}">{x.ch.name}</a>] '
                            f'<a href="{x.url}">{esc(x.title)}</a><p class="font-grey-mint">{esc(x.extra["desc"])}...</p></li>')
                site.listing(url, pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", None, x.ch.name)
            pager = pagination(k, len(chunks), lambda j, _c=code: _tag_url(_c, j))
            html = (head(f"{t}_标签_{SITE}", "", f"标签：{t}") + crumbs([("网站首页", "/"), ("标签", None), (t, None)])
                    + '<div class="page-content-inner"><div class="row"><div class="col-md-9"><div class="portlet light"><div class="portlet-body">\n'
                    + f'<ul class="list-unstyled tag-list">\n{chr(10).join(rows)}\n</ul>\n{pager}\n</div></div></div>\n' + side() + "</div></div>\n" + foot())
            site.add(url, html)
            site.list_pages.append({"url": url, "aliases": []})

    # ------------------------------------------------------------------ home, single pages, 404, robots
    dead = f"/{MOD}/show-{dead_aid}.html"
    slides = "".join(f'<div class="item{" active" if j == 0 else ""}"><a href="{x.url}"><img src="/uploadfile/slide/{x.aid}.jpg" alt="{esc(x.title)}"><div class="carousel-caption">{esc(x.title)}</div></a></div>'
                     for j, x in enumerate([y for y in latest if y.ch.key == "hangye"][:3]))
    rec = [x for x in latest if x.ch.key == "qiye"][1:4]
    rec_items = [f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in rec]
    rec_items.insert(1, f'<li><a href="{dead}">{esc(SITE)}2025年度十大新闻评选结果揭晓</a></li>')
    boxes = []
    for ch in CATS:
        rows = "\n".join(f'<li><span class="pull-right">{x.when:%m-%d}</span><a href="{x.url}" title="{esc(x.title)}">{esc(x.title[:20])}</a></li>'
                         for x in [y for y in latest if y.ch is ch][:6])
        boxes.append(f'<div class="col-md-6"><div class="portlet light"><div class="portlet-title"><div class="caption"><span class="caption-subject bold">{ch.name}</span></div>'
                     f'<div class="actions"><a href="{_list_url(ch)}">更多&gt;&gt;</a></div></div><div class="portlet-body"><ul class="list-unstyled">\n{rows}\n</ul></div></div></div>')
    home = (head(f"{SITE} - 鄂西北汽车零部件产业资讯平台", "home", "首页") + f"""<div class="page-content-inner">
<div class="row">
<div class="col-md-8"><div id="myCarousel" class="carousel slide"><div class="carousel-inner">{slides}</div></div></div>
<div class="col-md-4"><div class="portlet light"><div class="portlet-title"><div class="caption"><span class="caption-subject bold">推荐阅读</span></div></div>
<div class="portlet-body"><ul class="list-unstyled">
{chr(10).join(rec_items)}
</ul></div></div></div>
</div>
<div class="row">
{chr(10).join(boxes)}
</div>
</div>
""" + foot())
    site.add("/", home)
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (deleted article still linked from the home page)"})
    for url, t, body in [("/about.html", "关于我们", f"<p>{SITE}创办于2018年，是服务鄂西北汽车零部件产业的行业资讯网站。</p><p>欢迎企业投稿，投稿邮箱：tougao@exqpw.example.cn。</p>"),
                         ("/contact.html", "联系我们", "<p>地址：湖北省十堰市张湾区车城西路 218 号</p><p>电话：0719-8826 3310</p>")]:
        site.add(url, head(f"{t}_{SITE}", "about", t) + crumbs([("网站首页", "/"), (t, None)])
                 + f'<div class="page-content-inner"><div class="portlet light"><div class="portlet-body page-body">{body}<p><a href="/contact.html">联系我们</a></p></div></div></div>\n' + foot())
        site.non_articles.append({"url": url, "reason": f"{t} (single page)"})
    site.add("/404.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8" /><title>提示信息 - {SITE}</title>
<link href="/static/assets/global/css/msg.css" rel="stylesheet" type="text/css" /></head>
<body><div class="page-404"><div class="number font-red">404</div><div class="details"><h3>您访问的页面不存在</h3>
<p>该内容可能已被删除或移动。<br/><a href="/">返回网站首页</a></p></div></div></body></html>
""")
    site.raw["/robots.txt"] = (f"User-agent: *\nDisallow: /cache/\nDisallow: /config/\nDisallow: /dayrui/\nDisallow: /api/\n"
                               f"Disallow: /template/\nDisallow: /admin.php\nDisallow: /index.php?s=member\nDisallow: /index.php?s=api\n"
                               f"Disallow: /index.php?s={MOD}&c=search\n\nSitemap: {BASE}/sitemap.xml\n").encode()
    return site

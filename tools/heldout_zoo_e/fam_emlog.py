"""emlog pro personal blog of an aftermarket veteran: /post-N.html, /sort/N, /record/YYYYMM, /tag/…, ?page=N."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import (
    REFERENCE_TIME,
    TZ8,
    Art,
    Channel,
    Site,
    chain,
    esc,
    iso_date,
    kinds,
    paginate,
    pct,
    rand_dates,
    unique_titles,
)

NAME = "emlog"
SITE = "老周汽配笔记"
SUBTITLE = "一个汽配老兵的行业观察与配件知识"
BASE = "https://www.laozhouqp.example.com"
PER_PAGE = 10  # emlog "每页显示文章数"
SORTS = [Channel("hangye", "行业观察", 2), Channel("zhishi", "配件知识", 3), Channel("hangqing", "市场行情", 5),
         Channel("suibi", "随笔", 7)]
COUNTS = [12, 10, 8, 6]
AUTHORS = [(1, "老周"), (2, "阿杰"), (3, "林小北")]
TAGS = ["刹车片", "机油", "轮胎", "新能源", "汽配城", "出口", "副厂件", "修理厂"]
TPL = "/content/templates/default"
PAGES = [(2, "关于本站"), (5, "友情链接")]  # emlog pages share the post URL scheme
# a 1x1 JPEG: emlog links every uploaded picture to its original ("点击查看原图"), so the files must exist
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f"
                     "141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001000101"
                     "011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffda0008010100003f00d2cf20ffd9")


def _d(d: dt.datetime) -> str:  # gmdate('Y-n-j', …)
    return f"{d.year}-{d.month}-{d.day}"


def _dt(d: dt.datetime) -> str:  # gmdate('Y-n-j G:i', …)
    return f"{d.year}-{d.month}-{d.day} {d.hour}:{d.minute:02d}"


def _post(gid: int) -> str:
    return f"/post-{gid}.html"


def _tag(t: str) -> str:
    return pct(f"/tag/{t}")


def _with_page(base: str, k: int) -> str:
    if k == 1:
        return base
    return f"{base}{'&' if '?' in base else '?'}page={k}"


def _body(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<h3>{esc(b[1])}</h3>")
        elif b[0] == "img":
            out.append(f'<p><a href="{b[1]}" target="_blank"><img src="{b[1]}" alt="点击查看原图" border="0" width="560" /></a></p>')
            if b[2]:
                out.append(f'<p style="text-align:center;"><span style="color:#999999;font-size:12px;">{esc(b[2])}</span></p>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f'<table border="1" cellspacing="0" cellpadding="4"><tbody>{rows}</tbody></table>')
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2025, 3, 3, tzinfo=TZ8), dt.datetime(2026, 5, 17, 22, tzinfo=TZ8))
    chans = [c for c, k in zip(SORTS, COUNTS, strict=True) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        key = chans[i].key
        if key == "zhishi":
            return ctx.fill(ar.choice(content.KNOW_TITLES)), (ctx, ar)
        if key == "suibi":
            return ctx.fill(ar.choice(content.ESSAY_TITLES)), (ctx, ar)
        return content.news_title(ctx), (ctx, ar)

    arts: list[Art] = []
    gid = 8 + rnd.randint(0, 3)
    dead_gid = gid - 1  # a deleted post: still linked from the 最新评论 widget
    cid = 20
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        gid += rnd.randint(1, 3)
        ch = chans[i]
        kind = ks[i]
        if ch.key == "suibi":
            blocks = content.blog_blocks(ctx, "short" if kind != "long" else "medium")
        elif ch.key == "zhishi":
            blocks = content.blog_blocks(ctx, "long" if kind == "long" else "medium")
        else:
            blocks = content.news_blocks(ctx, kind, "/content/uploadfile/")
        a = Art(i, gid, ch, title, blocks, whens[i])
        a.url = _post(gid)
        uid, a.author = AUTHORS[0] if ar.random() < 0.7 else ar.choice(AUTHORS[1:])
        a.extra["uid"] = uid
        if ch.key in ("hangye", "hangqing") and ar.random() < 0.5:
            a.source = ar.choice(content.SOURCES)  # "来源：…" line that ends a reposted text
        a.views = ar.randint(30, 5200)
        a.extra["tags"] = sorted(ar.sample(TAGS, ar.randint(1, 3)), key=TAGS.index)
        comments = []
        for _ in range(ar.choice([0, 0, 1, 2, 3, 4])):
            cid += 1
            when = min(a.when + dt.timedelta(hours=ar.randint(1, 400), minutes=ar.randint(0, 59)),
                       REFERENCE_TIME - dt.timedelta(hours=2))
            who = ar.choice(["路过的修理工", "车友小王", content.person(ar), "阿强汽修", content.person(ar)])
            comments.append({"cid": cid, "who": who, "text": ctx.fill(ar.choice(content.BLOG_COMMENTS)), "when": when,
                             "children": []})
            if ar.random() < 0.35:  # the blogger answers: a child comment, counted by emlog too
                cid += 1
                comments[-1]["children"].append({"cid": cid, "who": "老周", "text": ar.choice(content.BLOG_REPLIES),
                                                 "when": min(when + dt.timedelta(hours=ar.randint(1, 30)),
                                                             REFERENCE_TIME - dt.timedelta(hours=1)),
                                                 "children": []})
        a.extra["comment_list"] = sorted(comments, key=lambda c: c["when"])  # emlog: oldest first
        a.comments = sum(1 + len(c["children"]) for c in comments)
        text = content.paragraphs(blocks)
        a.extra["excerpt"] = "".join(text)[:150] + "..."
        arts.append(a)
    chain(arts, lambda x: 0)  # emlog's neighbour posts: the whole blog, by date
    for a in arts:  # the 相关文章 plugin: same sort, newest first
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        same = [x for x in arts if x is not a and x.ch is a.ch]
        a.related = sorted(rr.sample(same, min(len(same), rr.randint(3, 5))), key=lambda x: x.when, reverse=True)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    pinned = next(x for x in sorted(arts, key=lambda x: x.when) if x.ch.key == "zhishi" and len(x.blocks) > 4)
    pinned.extra["top"] = True
    hot = sorted(arts, key=lambda x: (-x.views, x.aid))[:6]
    for x in hot:  # the hot-posts widget of this template builds the dynamic ?post= link
        x.extra["dyn"] = f"/?post={x.aid}"
    all_comments = sorted(((c, a) for a in arts for top in a.extra["comment_list"] for c in [top, *top["children"]]),
                          key=lambda ca: ca[0]["when"], reverse=True)
    months: dict[str, list[Art]] = {}
    for x in latest:
        months.setdefault(f"{x.when:%Y%m}", []).append(x)
    tag_posts = {t: [x for x in latest if t in x.extra["tags"]] for t in TAGS}

    def head(title: str, canonical: str | None = None, desc: str | None = None, keywords: str | None = None) -> str:
        meta = ""
        if keywords:
            meta += f'<meta name="keywords" content="{esc(keywords)}" />\n'
        meta += f'<meta name="description" content="{esc(desc or SUBTITLE)}" />\n'
        if canonical:
            meta += f'<link rel="canonical" href="{BASE}{canonical}" />\n'
        nav = [("/", "首页")] + [(f"/sort/{c.cid}", c.name) for c in SORTS] + [("/t/", "微语")]
        nav += [(_post(g), t) for g, t in PAGES]
        lis = "\n".join(f'<li class="item common"><a href="{u}">{t}</a></li>' for u, t in nav)
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
{meta}<meta name="generator" content="emlog pro" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{BASE}/xmlrpc.php?rsd" />
<link rel="wlwmanifest" type="application/wlwmanifest+xml" href="{BASE}/wlwmanifest.xml" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{BASE}/rss.php" />
<link href="{TPL}/css/main.css?t=1716000000" rel="stylesheet" type="text/css" />
<script src="/include/lib/js/jquery/jquery-3.6.0.min.js"></script>
<script src="/include/lib/js/common_tpl.js"></script>
</head>
<body>
<div id="wrap">
<div id="header">
<h1><a href="/">{SITE}</a></h1>
<h3>{SUBTITLE}</h3>
</div>
<div id="banner"><a href="/"><img src="{TPL}/images/top/default.jpg" height="134" width="960" alt="" /></a></div>
<div id="nav"><ul class="bar">
{lis}
</ul></div>
<div id="content">
"""

    def sidebar() -> str:
        cloud = []
        for t in TAGS:
            k = len(tag_posts[t])
            if k:
                cloud.append(f'<span style="font-size:{9 + min(k, 8)}pt; line-height:30px;"><a href="{_tag(t)}" title="{k} 篇文章">{t}</a></span>')
        sorts = "\n".join(f'<li><a href="/sort/{c.cid}">{c.name}({sum(x.ch is c for x in arts)})</a> '
                          f'<a href="{BASE}/rss.php?sort={c.cid}"><img src="{TPL}/images/rss.png" alt="订阅该分类" /></a></li>' for c in SORTS)
        newlog = "\n".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in latest[:8])
        hotlog = "\n".join(f'<li><a href="{x.extra["dyn"]}">{esc(x.title)}</a></li>' for x in hot)
        comm = [f'<li id="comment">游客小刘<br /><a href="{_post(dead_gid)}#{cid + 1}">请问这篇文章怎么删了？之前收藏的</a></li>']
        for c, a in all_comments[:5]:
            comm.append(f'<li id="comment">{esc(c["who"])}<br /><a href="{a.url}#{c["cid"]}">{esc(c["text"][:20])}</a></li>')
        rec = "\n".join(f'<li><a href="/record/{m}">{m[:4]}年{int(m[4:])}月({len(xs)})</a></li>' for m, xs in months.items())
        return f"""<ul id="sidebar">
<li><h3><span>博主</span></h3><ul id="bloggerinfo"><div id="bloggerinfoimg"><img src="/content/uploadfile/avatar/laozhou.jpg" width="120" alt="blogger" /></div>
<p><b>老周</b><br />在汽配行业摸爬滚打二十年，开过门店，跑过批发，现在做点电商。</p></ul></li>
<li><h3><span>日历</span></h3><div id="calendar"></div><script>sendinfo('/include/lib/calendar.php?','calendar');</script></li>
<li><h3><span>标签</span></h3><ul id="blogtags"><li>{" ".join(cloud)}</li></ul></li>
<li><h3><span>分类</span></h3><ul id="blogsort">
{sorts}
</ul></li>
<li><h3><span>最新文章</span></h3><ul id="newlog">
{newlog}
</ul></li>
<li><h3><span>热门文章</span></h3><ul id="hotlog">
{hotlog}
</ul></li>
<li><h3><span>最新评论</span></h3><ul id="newcomment">
{chr(10).join(comm)}
</ul></li>
<li><h3><span>存档</span></h3><ul id="record">
{rec}
</ul></li>
<li><h3><span>搜索</span></h3><ul id="logsearch"><form name="keyform" method="get" action="/index.php"><input name="keyword" class="search" type="text" /></form></ul></li>
<li><h3><span>链接</span></h3><ul id="link"><li><a href="https://www.example-qipei.cn/" title="汽配行业门户" target="_blank">汽配行业门户</a></li>
<li><a href="https://blog.example-xiuche.com/" title="修车师傅的博客" target="_blank">修车师傅的博客</a></li></ul></li>
</ul>
"""

    foot = f"""<div style="clear:both;"></div>
</div>
<div id="footerbar">&copy;2026 {SITE}　Powered by <a href="https://www.emlog.net" title="采用emlog系统">emlog</a>　<a href="https://beian.miit.gov.cn" target="_blank">鲁ICP备20012345号-1</a></div>
</div>
</body>
</html>
"""

    def comment_html(c: dict, child: bool = False) -> str:
        kids = "".join(comment_html(k, True) for k in c["children"])
        return (f'<div class="comment{" comment-children" if child else ""}" id="comment-{c["cid"]}"><a name="{c["cid"]}"></a>'
                f'<div class="avatar"><img src="https://cravatar.cn/avatar/{c["cid"] * 7919 % 100000:05d}?s=40&amp;d=mm" alt="" /></div>'
                f'<div class="comment-info"><b>{esc(c["who"])} </b><br /><span class="comment-time">{c["when"]:%Y-%m-%d %H:%M}</span>'
                f'<div class="comment-content">{esc(c["text"])}</div>'
                f'<div class="comment-reply"><a href="#comment-{c["cid"]}" onclick="commentReply({c["cid"]},this)">回复</a></div></div>{kids}</div>\n')

    for a in arts:
        top = f'<img src="{TPL}/images/top.png" title="首页置顶文章" alt="置顶" /> ' if a.extra.get("top") else ""
        tags = " ".join(f'<a href="{_tag(t)}">{t}</a>' for t in a.extra["tags"])
        tail = f'\n<p>来源：{esc(a.source)}</p>' if a.source else ""
        rel = "\n".join(f'<li><a href="{r.url}">{esc(r.title)}</a> <span class="date">{r.when:%Y-%m-%d}</span></li>' for r in a.related)
        nb = '<div class="neighbor-log">'
        nb += f'<span class="prev-log">上一篇：<a href="{a.prev.url}">{esc(a.prev.title)}</a></span>' if a.prev else ""
        nb += f'<span class="next-log">下一篇：<a href="{a.next.url}">{esc(a.next.title)}</a></span>' if a.next else ""
        nb += "</div>"
        cl = "".join(comment_html(c) for c in a.extra["comment_list"])
        comments = (f'<div id="comments">\n<a name="comments"></a>\n<p class="comment-header"><b>评论：</b></p>\n{cl}</div>\n'
                    if cl else "")
        main = f"""<div id="contentleft">
<div class="log-con">
<h2 class="log-title">{top}{esc(a.title)}</h2>
<p class="log-info">post by <a href="/author/{a.extra["uid"]}" title="作者：{a.author}">{a.author}</a> / {_dt(a.when)} / <a href="/sort/{a.ch.cid}">{a.ch.name}</a></p>
<div class="log-cont">
{_body(a.blocks)}{tail}
</div>
<p class="tag">标签: {tags}</p>
<p class="log-count">阅读({a.views}) 评论({a.comments})</p>
<div class="related-log"><h3>相关文章</h3><ul>
{rel}
</ul></div>
{nb}
{comments}<div id="comment-place"><div class="comment-post" id="comment-post">
<div class="cancel-reply" id="cancel-reply" style="display:none"><a href="javascript:void(0);" onclick="cancelReply()">取消回复</a></div>
<p class="comment-header"><b>发表评论：</b><a name="respond"></a></p>
<form method="post" name="commentform" action="/index.php?action=addcom" id="commentform">
<input type="hidden" name="gid" value="{a.aid}" />
<p><input type="text" name="comname" maxlength="49" value="" size="22" tabindex="1" /><label for="author"><small>昵称</small></label></p>
<p><input type="text" name="commail" maxlength="128" value="" size="22" tabindex="2" /><label for="email"><small>邮件地址 (选填)</small></label></p>
<p><input type="text" name="comurl" maxlength="128" value="" size="22" tabindex="3" /><label for="url"><small>个人主页 (选填)</small></label></p>
<p><textarea name="comment" id="comment" rows="10" tabindex="4"></textarea></p>
<p><input type="submit" id="comment_submit" value="发表评论" tabindex="6" /></p>
<input type="hidden" name="pid" id="comment-pid" value="0" size="22" tabindex="1" />
</form></div></div>
<div style="clear:both;"></div>
</div>
</div>
"""
        html = (head(f"{a.title} - {SITE}", a.url, a.extra["excerpt"][:80], ",".join(a.extra["tags"]))
                + main + sidebar() + foot)
        site.add(a.url, html)
        for b in a.blocks:
            if b[0] == "img":
                site.raw[b[1]] = JPEG
        aliases = []
        if a.extra.get("dyn"):
            site.add(a.extra["dyn"], html)
            aliases.append(a.extra["dyn"])
        related = [{"title": r.title, "url": r.url, "date": iso_date(r.when), "views": None} for r in a.related]
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=_dt(a.when), views_display=str(a.views), views_approx=False,
                         related=related, aliases=aliases)

    def entry(x: Art) -> str:
        top = f'<img src="{TPL}/images/top.png" title="首页置顶文章" alt="置顶" /> ' if x.extra.get("top") else ""
        tags = " ".join(f'<a href="{_tag(t)}">{t}</a>' for t in x.extra["tags"])
        return (f'<div class="loglist">\n<h2 class="loglist-title">{top}<a href="{x.url}">{esc(x.title)}</a></h2>\n'
                f'<p class="date">作者：<a href="/author/{x.extra["uid"]}">{x.author}</a> 发布于：{_d(x.when)} <a href="/sort/{x.ch.cid}">{x.ch.name}</a></p>\n'
                f'<div class="loglist-body"><p>{esc(x.extra["excerpt"])}</p><p class="readmore"><a href="{x.url}">阅读全文&gt;&gt;</a></p></div>\n'
                f'<p class="tag">标签: {tags}</p>\n'
                f'<p class="count"><a href="{x.url}#comments">评论({x.comments})</a> <a href="{x.url}">浏览({x.views})</a></p>\n'
                f'<div style="clear:both;"></div>\n</div>')

    def pagenavi(base: str, k: int, total: int) -> str:
        if total <= 1:
            return ""
        items = [f'<a href="{_with_page(base, k - 1)}">&laquo;</a>'] if k > 1 else []
        for j in range(1, total + 1):
            items.append(f"<span>{j}</span>" if j == k else f'<a href="{_with_page(base, j)}">{j}</a>')
        if k < total:
            items.append(f'<a href="{_with_page(base, k + 1)}">&raquo;</a>')
        return '<div id="pagenavi">\n' + " ".join(items) + "\n</div>"

    def write_list(base: str, title: str, entries: list[Art], banner: str = "") -> None:
        chunks = paginate(entries, PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = _with_page(base, k)
            body = "\n".join(entry(x) for x in chunk)
            t = title if k == 1 else f"{title} - 第{k}页"
            html = (head(t) + f'<div id="contentleft">\n{banner}{body}\n{pagenavi(base, k, len(chunks))}\n</div>\n'
                    + sidebar() + foot)
            site.add(url, html)
            site.list_pages.append({"url": url, "aliases": []})
            for pos, x in enumerate(chunk, 1):
                site.listing(url, pos, x, iso_date(x.when), _d(x.when), x.views, x.ch.name)

    home_order = [pinned] + [x for x in latest if x is not pinned]  # ORDER BY top DESC, date DESC
    write_list("/", f"{SITE} - {SUBTITLE}", home_order)
    site.non_articles.append({"url": "/", "reason": "home page (also the first page of the post list)"})
    for c in SORTS:
        write_list(f"/sort/{c.cid}", f"{c.name} - {SITE}", [x for x in latest if x.ch is c],
                   f'<div class="sort-desc"><h2>分类：{c.name}</h2></div>\n')
    for t in TAGS:
        if tag_posts[t]:
            write_list(_tag(t), f"{t} - {SITE}", tag_posts[t], f'<div class="sort-desc"><h2>标签：{t}</h2></div>\n')
    for m, xs in months.items():
        write_list(f"/record/{m}", f"{m[:4]}年{int(m[4:])}月 - {SITE}", xs,
                   f'<div class="sort-desc"><h2>{m[:4]}年{int(m[4:])}月 的文章</h2></div>\n')
    for uid, name in AUTHORS:
        xs = [x for x in latest if x.extra["uid"] == uid]
        if xs:
            write_list(f"/author/{uid}", f"{name} - {SITE}", xs, f'<div class="sort-desc"><h2>作者：{name}</h2></div>\n')

    # 微语 (twitter) page, emlog pages, 404
    mr = random.Random(f"{seed}:{NAME}:micro")
    tw = []
    when = REFERENCE_TIME - dt.timedelta(hours=5)
    for _ in range(8):
        when -= dt.timedelta(days=mr.randint(1, 9), minutes=mr.randint(0, 600))
        ctx = content.Ctx(mr, when)
        tw.append(f'<li><div class="main_img"><img src="/content/uploadfile/avatar/laozhou.jpg" width="32" alt="" /></div>'
                  f'<p class="post1"><a href="/author/1">老周</a><br />{esc(ctx.fill(mr.choice(content.MICRO)))}</p>'
                  f'<div class="clear"></div><div class="bttome"><p class="post"><a href="javascript:loadr(\'/t/?action=getr&amp;tid={100 - len(tw)}\');">回复(0)</a></p>'
                  f'<p class="time">{when:%Y-%m-%d %H:%M}</p></div></li>')
    site.add("/t/", head(f"微语 - {SITE}") + '<div id="contentleft"><div id="tw"><ul>\n' + "\n".join(tw)
             + "\n</ul></div></div>\n" + sidebar() + foot)
    site.non_articles.append({"url": "/t/", "reason": "微语 (micro posts with dates, not articles)"})
    for g, t in PAGES:
        if g == 2:
            body = (f"<p>你好，我是老周。{SITE}是我的个人博客，记录二十年汽配生意里的见闻和经验。</p>"
                    "<p>博客内容仅代表个人观点，转载请注明出处。合作请发邮件：laozhou@example.com</p>")
        else:
            body = "<p>欢迎交换友情链接，要求：汽车、汽配、汽修相关站点，正常更新。</p><ul><li><a href=\"https://www.example-qipei.cn/\">汽配行业门户</a></li></ul>"
        site.add(_post(g), head(f"{t} - {SITE}", _post(g)) + f'<div id="contentleft"><div class="log-con"><h2 class="log-title">{t}</h2>\n'
                 f'<div class="log-cont">{body}</div></div></div>\n' + sidebar() + foot)
        site.non_articles.append({"url": _post(g), "reason": f"{t} (emlog page: post URL scheme, no date)"})
    dead = _post(dead_gid)
    site.rejects.append({"url": dead, "reason": "HTTP 404 (deleted post, linked from the 最新评论 widget on the home page)"})
    site.add("/404.html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8" /><title>提示信息</title>
<style>body{background-color:#F7F7F7;font-family:Arial;font-size:12px;line-height:150%;}.main{background-color:#FFFFFF;font-size:12px;color:#666666;width:650px;margin:60px auto 0px;border-radius:10px;padding:30px 10px;list-style:none;border:#DFDFDF 1px solid;}.main p{line-height:18px;margin:5px 20px;}</style>
</head><body><div class="main"><p>抱歉，你所请求的页面不存在！</p><p><a href="javascript:history.back(-1);">&laquo;点击返回</a></p></div></body></html>
""")
    site.raw["/robots.txt"] = (b"User-agent: *\nDisallow: /admin/\nDisallow: /content/plugins/\nDisallow: /content/backup/\n"
                               b"Disallow: /include/\nDisallow: /xmlrpc.php\nDisallow: /rss.php\nDisallow: /index.php?keyword=\n"
                               b"Disallow: /index.php?action=\n")
    return site

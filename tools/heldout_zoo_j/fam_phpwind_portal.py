"""A phpWind 9-style forum + portal (砚川汽修论坛), UTF-8: portal /article/N, news threads read.php?tid=N with floors."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import REFERENCE_TIME, TZ8, Art, Channel, Site, chain, esc, iso_date, kinds, paginate, rand_dates, unique_titles

NAME = "phpwind_portal"
SITE = "砚川汽修论坛"
PORTAL = [Channel("hyxw", "行业新闻", 1), Channel("jskt", "技术课堂", 2)]
NEWS_BOARD = Channel("zxfb", "资讯发布", 2)  # forum board fid=2: news threads posted by the 资讯 team (articles)
TALK_FID, TALK_NAME = 5, "维修技术交流"  # discussion board (not articles)
COUNTS = {"hyxw": 16, "jskt": 12, "zxfb": 14}
PORTAL_PER_PAGE = 8
THREAD_PER_PAGE = 10
FLOORS_PER_PAGE = 10  # the first page shows the opening post + 9 replies
DEAD_ID = 388
EDITORS = ["砚川资讯员", "论坛小编阿木", "汽配观察员"]
FLOOR_NAMES = {0: "楼主", 1: "沙发", 2: "板凳", 3: "地板"}


def _floor(k: int) -> str:
    return FLOOR_NAMES.get(k, f"{k}楼")


def _portal_list(cid: int, k: int = 1) -> str:
    return f"/portal/list-{cid}.html" if k == 1 else f"/portal/list-{cid}-{k}.html"


def _thread_list(fid: int, k: int = 1) -> str:
    return f"/thread.php?fid={fid}" if k == 1 else f"/thread.php?fid={fid}&page={k}"


def _body(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<h3>{esc(b[1])}</h3>")
        elif b[0] == "img":
            cap = f'<p class="img_desc">{esc(b[2])}</p>' if b[2] else ""
            out.append(f'<div class="img_box"><img src="/attachment/portal/{b[1]}" class="J_post_img" />{cap}</div>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f'<table class="content_table">{rows}</table>')
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def _post_body(blocks: list) -> str:
    """Forum post markup (UBB rendered): text lines split by <br />, pictures inline."""
    out = []
    for b in blocks:
        if b[0] in ("p", "h"):
            out.append(esc(b[1]) + "<br /><br />")
        elif b[0] == "img":
            out.append(f'<img src="/attachment/Mon_2605/{b[1]}" class="J_post_img" /><br /><br />')
        elif b[0] in ("ul", "ol"):
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + "</ul>")
        elif b[0] == "table":
            out.append('<table class="read_form">' + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    chans = PORTAL + [NEWS_BOARD]
    plan = [c for c in chans for _ in range(COUNTS[c.key])]
    rnd.shuffle(plan)
    n = len(plan)
    whens = rand_dates(rnd, n, dt.datetime(2025, 10, 1, tzinfo=TZ8), dt.datetime(2026, 5, 16, 22, tzinfo=TZ8), hours=(7, 22))
    ks = kinds(rnd, n)

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        pool = content.CARE_TITLES if plan[i].key == "jskt" else content.NEWS_TITLES
        return ctx.fill(ar.choice(pool)), (ctx, ar)

    arts: list[Art] = []
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        ch = plan[i]
        blocks = content.care_blocks(ctx, ks[i]) if ch.key == "jskt" else content.news_blocks(ctx, ks[i], "")
        a = Art(i, 0, ch, title, blocks, whens[i])
        a.views = ar.randint(60, 9800)
        if ch.key == "zxfb":
            a.author = ar.choice(EDITORS)  # the forum account that posted the thread
            a.source = ar.choice(content.MEDIA) if ar.random() < 0.6 else None
            a.comments = ar.choice([0, 2, 4, 7, 9, 12, 16, 23])
            a.extra["uid"] = 1000 + EDITORS.index(a.author) * 7
        else:
            a.author = content.person(ar) if ar.random() < 0.6 else None
            a.source = ar.choice(content.MEDIA) if ch.key == "hyxw" and ar.random() < 0.5 else None
            a.comments = ar.choice([0, 0, 1, 2, 3, 5])
        arts.append(a)
    pid = tid = 0
    for a in sorted(arts, key=lambda x: x.when):
        if a.ch.key == "zxfb":
            tid += 1
            a.aid = 2200 + tid * 5
            a.url = f"/read.php?tid={a.aid}"
        else:
            pid += 1
            a.aid = 340 + pid
            a.url = f"/article/{a.aid}"
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    chain([x for x in arts if x.ch.key != "zxfb"], lambda x: x.ch.key)

    # ------------------------------------------------------------------ template parts
    def head(title: str, extra: str = "") -> str:
        nav = [("/", "门户"), ("/bbs.php", "论坛")] + [(_portal_list(c.cid), c.name) for c in PORTAL] + [(_thread_list(2), "资讯发布"), (_thread_list(TALK_FID), TALK_NAME)]
        return f"""<!doctype html>
<html>
<head>
<meta charset="UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
<meta name="generator" content="phpwind 9.0.2" />
<meta name="keywords" content="汽修论坛,汽配,维修技术,砚川" />
<link rel="stylesheet" href="/themes/site/default/css/dev/core.css" />
<script>var GV = {{JS_ROOT : "/res/js/dev/", TOKEN : "5c1d0a8e9f", U_CENTER : "/index.php?m=space", REGION_CONFIG : ""}};</script>
<script src="/res/js/dev/wind.js"></script>
{extra}</head>
<body>
<div class="wrap">
<header class="header_wrap"><div id="J_header" class="header cc">
<div class="logo"><a href="/"><img src="/themes/site/default/images/logo.png" alt="{SITE}"></a></div>
<nav class="nav_wrap"><div class="nav"><ul>{"".join(f'<li><a href="{u}">{t}</a></li>' for u, t in nav)}</ul></div></nav>
<div class="header_search"><form action="/index.php?m=search" method="post"><input type="text" name="keyword" placeholder="搜索其实很简单" /><button type="submit">搜索</button></form></div>
<div class="header_login"><a rel="nofollow" href="/index.php?m=u&amp;c=login">登录</a><a rel="nofollow" href="/index.php?m=u&amp;c=register">注册</a></div>
</div></header>
<div class="main_wrap">
"""

    def crumbs(*parts: tuple[str | None, str]) -> str:
        seg = "".join(f'<em>&gt;</em><a href="{u}">{esc(t)}</a>' if u else f"<em>&gt;</em><span>{esc(t)}</span>" for u, t in parts)
        return f'<div class="bread_crumb"><a href="/" class="home" title="{SITE}">首页</a>{seg}</div>\n'

    def foot() -> str:
        return f"""</div>
<div class="footer_wrap"><div class="footer">
<pre class="links"><a href="/about.html">关于我们</a><a href="/index.php?m=link">友情链接</a><a href="/index.php?m=bbs&amp;c=forumlist">论坛地图</a></pre>
<p>Powered by <a href="https://www.phpwind.example.net/" target="_blank" rel="nofollow">phpwind v9.0.2</a> &copy;2003-2026 {SITE}</p>
<p><a href="https://beian.miit.gov.cn/" rel="nofollow">砚ICP备16021177号</a></p>
</div></div>
</div>
<script>Wind.use('jquery', 'global', function(){{ }});</script>
</body>
</html>
"""

    hot = sorted([x for x in latest[:25] if x.ch.key != "zxfb"], key=lambda x: x.views, reverse=True)[:6]

    def side() -> str:
        return ('<div class="main_sidebar"><div class="box_wrap"><h2 class="box_title">热门文章</h2><ul class="list">'
                + "".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in hot)
                + '</ul></div><div class="box_wrap"><h2 class="box_title">论坛热帖</h2><ul class="list">'
                + "".join(f'<li><a href="/read.php?tid={t}">{esc(q)}</a></li>' for t, q, _ in talk[:4])
                + "</ul></div></div>")

    # discussion threads (not articles): user questions with replies
    tr = random.Random(f"{seed}:{NAME}:talk")
    talk = []
    for j in range(8):
        ctx = content.Ctx(tr, REFERENCE_TIME)
        talk.append((2203 + j * 5, ctx.fill(content.THREAD_Q_TITLES[j]), ctx))

    # ------------------------------------------------------------------ portal articles /article/N
    for a in arts:
        if a.ch.key == "zxfb":
            continue
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        same = [x for x in latest if x.ch is a.ch and x is not a]
        a.related = sorted(rr.sample(same, 4), key=lambda x: x.when, reverse=True)
        summary = a.blocks[0][1][:40] + "…" if a.blocks[0][0] == "p" else ""
        info = [f"<span>{a.when:%Y-%m-%d %H:%M}</span>"]
        info.append(f'<span>作者：{esc(a.author)}</span>' if a.author else "")
        info.append(f'<span>来源：{esc(a.source)}</span>' if a.source else "<span>来源：本站</span>")
        info.append(f'<span>浏览：<em>{a.views}</em></span><span>评论：<em>{a.comments}</em></span>')
        cr = random.Random(f"{seed}:{NAME}:cm:{a.aid}")
        cmts = "".join(f'<dl class="cc"><dt><a href="/index.php?m=space&amp;uid={cr.randint(3000, 9000)}">{cr.choice(content.FORUM_USERS)}</a> <span class="time">{a.when + dt.timedelta(hours=k * 5 + 3):%Y-%m-%d %H:%M}</span></dt>'
                       f"<dd>{esc(cr.choice(content.REPLY_TEXTS).format(co=content.COMPANIES[2], pr=content.PRODUCTS[3]))}</dd></dl>" for k in range(a.comments))
        rel = "".join(f'<li><span class="time">{x.when:%m-%d}</span><a href="{x.url}">{esc(x.title)}</a></li>' for x in a.related)
        html = head(f"{a.title} - {a.ch.name} - {SITE}") + crumbs((_portal_list(a.ch.cid), a.ch.name), (None, "正文")) + f"""<div class="main cc"><div class="main_body"><div class="box_wrap article_box">
<h1 class="article_title">{esc(a.title)}</h1>
<div class="article_info">{"".join(info)}</div>
<div class="article_summary"><strong>摘要：</strong>{esc(summary)}</div>
<div class="article_content J_article_content">
{_body(a.blocks)}
</div>
<div class="article_share"><a href="javascript:;" class="J_share">分享到</a> <a href="javascript:;" class="J_fav">收藏</a></div>
<div class="article_prenext"><p>上一篇：{f'<a href="{a.prev.url}">{esc(a.prev.title)}</a>' if a.prev else "没有了"}</p><p>下一篇：{f'<a href="{a.next.url}">{esc(a.next.title)}</a>' if a.next else "没有了"}</p></div>
</div>
<div class="box_wrap article_related"><h2 class="box_title">相关阅读</h2><ul>{rel}</ul></div>
<div class="box_wrap article_comment" id="comment"><h2 class="box_title">网友评论（{a.comments}）</h2>{cmts or '<p class="tips">还没有人发表评论</p>'}
<form action="/index.php?m=portal&amp;c=comment" method="post"><textarea name="content"></textarea><button type="submit">发表评论</button></form></div>
</div>{side()}</div>
""" + foot()
        site.add(a.url, html)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=f"{a.when:%Y-%m-%d %H:%M}", views_display=str(a.views), views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related])

    # ------------------------------------------------------------------ forum threads: read.php?tid=N, &page=2, 只看楼主 (&uid=N)
    def user_box(name: str, uid: int) -> str:
        return (f'<td class="floot_left"><div class="floot_left_wrap"><a href="/index.php?m=space&amp;uid={uid}" class="name">{esc(name)}</a>'
                f'<div class="face"><img src="/windid/attachment/avatar/000/00/{uid % 100:02d}.jpg" width="120" /></div>'
                f'<div class="num"><span>发帖<em>{uid % 400 + 37}</em></span><span>注册时间<em>2019-0{uid % 9 + 1}-1{uid % 9}</em></span></div></div></td>')

    def thread_pages(url: str, board: tuple[int, str], title: str, op: tuple[str, int], when: dt.datetime, views: int,
                     op_html: str, replies: list[tuple[str, int, dt.datetime, str]]) -> list[tuple[str, str]]:
        """[(page url, html)]: the pages of a thread, then its 只看楼主 view."""
        posts = [(op[0], op[1], when, op_html)] + replies
        chunks = paginate(list(enumerate(posts)), FLOORS_PER_PAGE)
        urls = [url] + [f"{url}&page={k}" for k in range(2, len(chunks) + 1)]
        out = []
        only = f"{url}&uid={op[1]}"

        def render(items, purl, k, total, urls_) -> str:
            rows = []
            for fl, (name, uid, t, body) in items:
                sig = content.FORUM_SIGS[uid % len(content.FORUM_SIGS)]
                rows.append(f"""<div class="read_{'first' if fl == 0 else 'reply'}" id="read_{fl}"><table width="100%" class="floot"><tr>{user_box(name, uid)}
<td class="floot_right"><div class="floot_title"><a class="floor" href="#read_{fl}">{_floor(fl)}</a><span class="time">发表于: {t:%Y-%m-%d %H:%M}</span>
{'<a href="' + only + '" class="onlyauthor">只看楼主</a>' if fl == 0 else ''}</div>
<div class="editor_content J_read_main" id="J_read_main">{body}</div>
<div class="signature">{esc(sig)}</div>
<div class="floot_bottom"><a href="javascript:;" class="J_post_reply">回复</a><a href="javascript:;">举报</a></div></td></tr></table></div>""")
            pager = ""
            if total > 1:
                pager = '<div class="pages">' + "".join(f"<strong>{m}</strong>" if m == k else f'<a href="{urls_[m - 1]}">{m}</a>' for m in range(1, total + 1)) + \
                        (f'<a href="{urls_[k]}" class="pages_next">下一页</a>' if k < total else "") + "</div>"
            return head(f"{title}" + (f" - 第{k}页" if k > 1 else "") + f" - {board[1]} - {SITE}") + crumbs(("/bbs.php", "论坛"), (_thread_list(board[0]), board[1]), (None, title)) + f"""<div class="main cc"><div class="main_body">
<div class="read_title J_read_title"><h1 id="J_post_title">{esc(title)}</h1><span class="num">查看: <em>{views}</em><span class="line">|</span>回复: <em>{len(replies)}</em></span></div>
<div class="read_pages_wrap">{pager}<a href="{url}" class="read_back">返回帖子首页</a></div>
{chr(10).join(rows)}
<div class="read_pages_wrap">{pager}</div>
<div class="box_wrap"><form action="/index.php?m=bbs&amp;c=post&amp;a=doreply" method="post"><textarea name="atc_content"></textarea><button type="submit">发表回复</button></form></div>
</div>{side()}</div>
""" + foot()

        for k, chunk in enumerate(chunks, 1):
            out.append((urls[k - 1], render(chunk, urls[k - 1], k, len(chunks), urls)))
        own = [(fl, p) for fl, p in enumerate(posts) if p[1] == op[1]]
        out.append((only, render(own, only, 1, 1, [only])))
        return out

    news_board = (2, NEWS_BOARD.name)
    for a in arts:
        if a.ch.key != "zxfb":
            continue
        rr = random.Random(f"{seed}:{NAME}:rp:{a.aid}")
        replies = []
        t = a.when
        for k in range(a.comments):
            t = t + dt.timedelta(minutes=rr.randint(20, 600))
            if k % 6 == 5:  # the opening poster answers now and then (these stay in the 只看楼主 view)
                replies.append((a.author, a.extra["uid"], t, "感谢关注，后续有进展会继续更新。"))
            else:
                u = rr.choice(content.FORUM_USERS)
                replies.append((u, 5000 + content.FORUM_USERS.index(u), t,
                                esc(rr.choice(content.REPLY_TEXTS).format(co=content.COMPANIES[5], pr=content.PRODUCTS[7]))))
        op_html = (f"【来源：{esc(a.source)}】<br /><br />" if a.source else "") + _post_body(a.blocks)
        pages = thread_pages(a.url, news_board, a.title, (a.author, a.extra["uid"]), a.when, a.views, op_html, replies)
        for purl, html in pages:
            site.add(purl, html)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=f"{a.when:%Y-%m-%d %H:%M}", views_display=str(a.views), views_approx=False,
                         related=[], aliases=[u for u, _ in pages[1:]])

    for j, (t_id, title, ctx) in enumerate(talk):
        rr = random.Random(f"{seed}:{NAME}:talk:{t_id}")
        when = dt.datetime(2026, 5, 1, 9, tzinfo=TZ8) + dt.timedelta(hours=j * 37 + 5)
        op = (content.FORUM_USERS[j], 5000 + j)
        body = "<br />".join(esc(ctx.fill(s)) for s in rr.sample(content.FORUM_Q_SENT, 3))
        replies = []
        t = when
        for _k in range(rr.randint(3, 14)):
            t = t + dt.timedelta(minutes=rr.randint(15, 300))
            u = rr.choice(content.FORUM_USERS)
            replies.append((u, 5000 + content.FORUM_USERS.index(u), t, esc(rr.choice(content.REPLY_TEXTS).format(co=content.COMPANIES[1], pr=content.PRODUCTS[2]))))
        for purl, html in thread_pages(f"/read.php?tid={t_id}", (TALK_FID, TALK_NAME), title, op, when, rr.randint(80, 2000), body, replies):
            site.add(purl, html)
            site.non_articles.append({"url": purl, "reason": "discussion thread (user question and replies, not an article)"})

    # ------------------------------------------------------------------ portal lists /portal/list-N.html, list-N-K.html
    def pager(urls: list[str], k: int) -> str:
        items = [f'<a href="{urls[k - 2]}" class="pages_pre">&laquo;&nbsp;上一页</a>' if k > 1 else ""]
        items += [f"<strong>{m}</strong>" if m == k else f'<a href="{urls[m - 1]}">{m}</a>' for m in range(1, len(urls) + 1)]
        items.append(f'<a href="{urls[k]}" class="pages_next">下一页&nbsp;&raquo;</a>' if k < len(urls) else "")
        return '<div class="pages">' + "".join(items) + "</div>"

    for c in PORTAL:
        entries = [x for x in latest if x.ch is c]
        chunks = paginate(entries, PORTAL_PER_PAGE)
        urls = [_portal_list(c.cid, k) for k in range(1, len(chunks) + 1)]
        for k, chunk in enumerate(chunks, 1):
            rows = []
            for pos, x in enumerate(chunk, 1):
                summ = x.blocks[0][1][:50] + "…" if x.blocks[0][0] == "p" else ""
                rows.append(f'<dl class="cc"><dt><a href="{x.url}">{esc(x.title)}</a></dt><dd class="descrip">{esc(summ)}</dd>'
                            f'<dd class="info"><span class="time">{x.when:%Y-%m-%d}</span><span>浏览：{x.views}</span><span>评论：{x.comments}</span></dd></dl>')
                site.listing(urls[k - 1], pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", x.views)
            site.add(urls[k - 1], head(f"{c.name} - {SITE}" + (f" - 第{k}页" if k > 1 else "")) + crumbs((None, c.name)) +
                     f'<div class="main cc"><div class="main_body"><div class="box_wrap portal_list"><h2 class="box_title">{c.name}</h2>{"".join(rows)}{pager(urls, k)}</div></div>{side()}</div>' + foot())
            site.list_pages.append({"url": urls[k - 1], "aliases": []})

    # ------------------------------------------------------------------ board lists thread.php?fid=N, &page=K
    def thread_rows(items) -> list[str]:
        out = []
        for title, url, author, when, replies, views, last in items:
            out.append(f'<tr><td class="icon"><span class="posts_icon"><i class="icon_topic"></i></span></td><td class="subject"><p class="title"><a href="{url}" class="st">{esc(title)}</a></p>'
                       f'<p class="info"><a href="/index.php?m=space">{esc(author)}</a><span class="time">{when:%Y-%m-%d}</span></p></td>'
                       f'<td class="num"><span>回复<em>{replies}</em></span><span>浏览<em>{views}</em></span></td>'
                       f'<td class="author"><p class="time">最后回复 {last:%m-%d %H:%M}</p></td></tr>')
        return out

    board_arts = [x for x in latest if x.ch.key == "zxfb"]
    chunks = paginate(board_arts, THREAD_PER_PAGE)
    urls = [_thread_list(2, k) for k in range(1, len(chunks) + 1)]
    for k, chunk in enumerate(chunks, 1):
        items = [(x.title, x.url, x.author, x.when, x.comments, x.views, x.when + dt.timedelta(hours=x.comments * 3 + 1)) for x in chunk]
        for pos, x in enumerate(chunk, 1):
            site.listing(urls[k - 1], pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", x.views)
        site.add(urls[k - 1], head(f"资讯发布 - {SITE}") + crumbs(("/bbs.php", "论坛"), (None, "资讯发布")) +
                 f'<div class="main cc"><div class="main_body"><div class="box_wrap thread_page"><div class="forum_info"><h2>资讯发布</h2><p>主题：{len(board_arts)}</p></div>'
                 f'<table width="100%" class="thread_posts_list">{"".join(thread_rows(items))}</table>{pager(urls, k)}</div></div>{side()}</div>' + foot())
        site.list_pages.append({"url": urls[k - 1], "aliases": []})
    titems = [(q, f"/read.php?tid={t}", content.FORUM_USERS[j], dt.datetime(2026, 5, 1, 9, tzinfo=TZ8) + dt.timedelta(hours=j * 37 + 5), 0, 100 + j, REFERENCE_TIME - dt.timedelta(hours=j))
              for j, (t, q, _) in enumerate(talk)]
    site.add(_thread_list(TALK_FID), head(f"{TALK_NAME} - {SITE}") + crumbs(("/bbs.php", "论坛"), (None, TALK_NAME)) +
             f'<div class="main cc"><div class="main_body"><table width="100%" class="thread_posts_list">{"".join(thread_rows(reversed(titems)))}</table></div>{side()}</div>' + foot())
    site.non_articles.append({"url": _thread_list(TALK_FID), "reason": "discussion board list"})
    site.add("/bbs.php", head(f"论坛 - {SITE}") + f'<div class="main cc"><div class="main_body"><div class="box_wrap"><h2>{SITE}</h2><dl><dt><a href="{_thread_list(2)}">资讯发布</a></dt><dd>主题 {len(board_arts)}</dd>'
             f'<dt><a href="{_thread_list(TALK_FID)}">{TALK_NAME}</a></dt><dd>主题 {len(talk)}</dd></dl></div></div>{side()}</div>' + foot())
    site.non_articles.append({"url": "/bbs.php", "reason": "forum index"})
    site.add("/about.html", head(f"关于我们 - {SITE}") + f'<div class="main cc"><div class="box_wrap"><h1>关于我们</h1><p>{SITE}创办于2011年，是砚川地区汽修从业者交流技术、发布供求的社区。</p></div></div>' + foot())
    site.non_articles.append({"url": "/about.html", "reason": "single page"})

    # ------------------------------------------------------------------ portal home
    dead = f"/article/{DEAD_ID}"
    blocks = []
    for c in PORTAL:
        items = [x for x in latest if x.ch is c][:6]
        lis = [f'<li><span class="time">{x.when:%m-%d}</span><a href="{x.url}">{esc(x.title)}</a></li>' for x in items]
        if c.key == "hyxw":
            lis.insert(1, f'<li><span class="time">05-09</span><a href="{dead}">砚川汽修论坛五周年线下交流会报名</a></li>')
        blocks.append(f'<div class="box_wrap"><h2 class="box_title"><a href="{_portal_list(c.cid)}">{c.name}</a><a class="more" href="{_portal_list(c.cid)}">更多</a></h2><ul class="list">{"".join(lis)}</ul></div>')
    bl = "".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span class="num">{x.comments}回复</span></li>' for x in board_arts[:6])
    site.add("/", head(f"{SITE} - 汽修技术交流 汽配资讯") + f'<div class="main cc"><div class="main_body">{"".join(blocks)}<div class="box_wrap"><h2 class="box_title">论坛资讯</h2><ul class="list">{bl}</ul></div></div>{side()}</div>' + foot())
    site.non_articles.append({"url": "/", "reason": "portal home"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (deleted portal article still linked from the home page)"})
    site.add("/404.html", "<!doctype html><html><head><meta charset=\"UTF-8\" /><title>提示信息</title></head><body><div class=\"pop_tips\">抱歉，您访问的内容不存在或已被删除。<a href=\"/\">返回首页</a></div></body></html>\n")
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /index.php\nDisallow: /admin.php\nDisallow: /windid/\nDisallow: /attachment/\n"
    return site

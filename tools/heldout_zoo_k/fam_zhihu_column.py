"""A Zhihu-column-like blog (专栏「车后笔记」) of an aftermarket analyst, UTF-8: /p/<id> posts with 赞同 and comment threads,
发布于 / 编辑于 lines, IP 属地, 推荐阅读 cards, share-link duplicates."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import REFERENCE_TIME, TZ8, Art, Channel, Site, esc, iso_date, kinds, paginate, rand_dates, rel_time, unique_titles

NAME = "zhihu_column"
SITE = "车后笔记"
COLUMN = "/column/chehou-biji"
CH = Channel("column", SITE)
OWNER = "汪知远"
OWNER_URL = "/people/wang-zhiyuan/"
N_OWN, N_GUEST = 30, 6
PER_PAGE = 12
DEAD = "/p/612000001"


def votes(v: int) -> str:
    return f"{v / 10000:.1f} 万" if v >= 10000 else f"{v:,}"


def build(seed: int) -> Site:
    site = Site(NAME, f"知乎专栏 {SITE}", "utf-8", "utf-8", "utf-8", COLUMN)
    rnd = random.Random(f"{seed}:{NAME}")
    n = N_OWN + N_GUEST
    whens = rand_dates(rnd, n, dt.datetime(2025, 9, 20, tzinfo=TZ8), dt.datetime(2026, 5, 18, 19, 30, tzinfo=TZ8), hours=(7, 22))
    ks = kinds(rnd, n)
    guest_idx = set(rnd.sample(range(n), N_GUEST))

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        return ctx.fill(content.ZH_TITLES[(i * 7 + attempt) % len(content.ZH_TITLES)]), (ctx, ar)

    posts: list[Art] = []
    guests: dict[str, str] = {}
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        blocks = content.gen_blocks(ctx, ks[i], content.ZH_SENT[:3], content.ZH_SENT[3:], content.ZH_SENT[8:10],
                                    content.ZH_HEADS, "https://pic.zhimg.example.com/v2-", ["{city}某汽配城", "图：{city}一家快修门店"])
        a = Art(i, 0, CH, title, blocks, whens[i])
        if i in guest_idx:
            a.author = content.person(ar)
            guests.setdefault(a.author, f"/people/guest-{len(guests) + 1}")
            a.extra["author_url"] = guests[a.author]
            a.extra["badge"] = ar.choice(["汽配经销商", "修理厂老板", "供应链从业者"])
        else:
            a.author = OWNER
            a.extra["author_url"] = OWNER_URL
            a.extra["badge"] = "汽车后市场分析师，前汽配平台战略总监"
        a.extra["votes"] = ar.choice([ar.randint(3, 900), ar.randint(1000, 9999), ar.randint(11, 48) * 1000 + ar.randint(0, 9) * 100])
        mode = ar.random()
        a.comments = None if mode < 0.1 else 0 if mode < 0.2 else ar.randint(1, 260)
        latest_edit = REFERENCE_TIME - dt.timedelta(hours=1)
        if ar.random() < 0.4 and whens[i] + dt.timedelta(days=1) < latest_edit:
            e = whens[i] + dt.timedelta(days=ar.randint(1, 6), minutes=ar.randint(5, 600))
            a.extra["edited"] = min(e, latest_edit).replace(second=0)
        a.extra["ip"] = "峤南" if a.author == OWNER else ar.choice(["广东", "浙江", "峤南", "四川"])
        posts.append(a)
    for j, a in enumerate(sorted(posts, key=lambda x: x.when)):
        a.aid = 648213077 + j * 4817 + (j * 37) % 911
        a.url = f"/p/{a.aid}"
    newest = sorted(posts, key=lambda x: x.when, reverse=True)

    def head(title: str) -> str:
        return f"""<!doctype html>
<html lang="zh" data-hairline="true" data-theme="light">
<head>
<meta charset="utf-8"/>
<title data-rh="true">{esc(title)} - 知乎</title>
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1"/>
<meta name="renderer" content="webkit"/>
<link rel="stylesheet" href="/static/column.app.216a26f4.css"/>
</head>
<body>
<div id="root"><div class="App">
<header class="ColumnPageHeader"><a class="ZhihuLogoLink" href="{COLUMN}">知乎</a><span class="ColumnPageHeader-Title">首发于<a href="{COLUMN}">{SITE}</a></span>
<a class="Button" href="/signin?next={COLUMN}">登录</a></header>
"""

    def foot() -> str:
        return """<footer class="Footer"><a href="/terms">知乎协议</a> · <a href="/privacy">隐私政策</a> · 峤ICP证 110745号 · 违法和不良信息举报：010-8271 6601</footer>
</div></div>
<script src="/static/column.app.216a26f4.js" async></script>
</body>
</html>
"""

    def rich(blocks: list) -> str:
        out = []
        for b in blocks:
            pid = random.Random(f"{seed}:pid:{b[1][:12] if isinstance(b[1], str) else len(out)}").randint(10 ** 7, 10 ** 8)
            if b[0] == "p":
                out.append(f'<p data-pid="{pid:x}">{esc(b[1])}</p>')
            elif b[0] == "h":
                out.append(f"<h2>{esc(b[1])}</h2>")
            elif b[0] == "img":
                cap = f"<figcaption>{esc(b[2])}</figcaption>" if b[2] else ""
                out.append(f'<figure data-size="normal"><img src="{b[1]}_720w.jpg" data-caption="{esc(b[2] or "")}" class="origin_image zh-lightbox-thumbnail"/>{cap}</figure>')
            elif b[0] == "table":
                out.append("<table data-draft-node=\"block\"><tbody>" + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</tbody></table>")
            elif b[0] in ("ul", "ol"):
                out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
        return "\n".join(out)

    # ------------------------------------------------------------------ post pages
    for a in posts:
        rr = random.Random(f"{seed}:{NAME}:p:{a.aid}")
        a.related = rr.sample([x for x in posts if x is not a], 4)
        share = f"{a.url}?utm_psn={rr.randint(10 ** 18, 10 ** 19 - 1)}"
        a.extra["share"] = share
        pub = f"发布于 {a.when:%Y-%m-%d %H:%M}"
        ip = f"IP 属地{a.extra['ip']}"
        if "edited" in a.extra:
            tline = (f'<div class="ContentItem-time"><span data-tooltip="{pub}">编辑于 {a.extra["edited"]:%Y-%m-%d %H:%M}</span>・{ip}</div>'
                     f'<div class="Post-pubtime">{pub}</div>')
        else:
            tline = f'<div class="ContentItem-time"><span>{pub}</span>・{ip}</div>'
        if a.comments is None:
            cbox = '<div class="Comments-container"><div class="Comments-closed">评论区已关闭</div></div>'
            cbtn = '<button type="button" class="Button ContentItem-action" disabled>评论区已关闭</button>'
        elif a.comments == 0:
            cbox = '<div class="Comments-container"><div class="CommentsHeader">评论</div><div class="Comments-empty">还没有评论，发表第一个评论吧</div></div>'
            cbtn = '<button type="button" class="Button ContentItem-action">添加评论</button>'
        else:
            items = []
            for k in range(min(a.comments, 20)):
                u = rr.choice(content.ZH_COMMENT_USERS)
                cd = min(a.when + dt.timedelta(hours=rr.randint(1, 200)), REFERENCE_TIME - dt.timedelta(minutes=5))
                txt = rr.choice(content.ZH_COMMENT_TEXT)
                reply = ""
                if k % 4 == 3:
                    reply = f'<div class="CommentItem-reply"><span class="UserLink">{OWNER if a.author == OWNER else esc(a.author)}</span><span class="tag">作者</span> 回复 <span class="UserLink">{u}</span>：谢谢，下一篇会写到。</div>'
                items.append(f'<div class="CommentItem"><div class="CommentItem-meta"><span class="UserLink">{u}</span></div>'
                             f'<div class="CommentContent">{esc(txt)}</div><div class="CommentItem-footer"><span class="CommentItem-time">{cd:%m-%d}</span> · IP 属地{rr.choice(["广东", "峤南", "江苏", "河南"])}'
                             f'<button class="Button">赞 {rr.randint(0, 99)}</button><button class="Button">回复</button></div>{reply}</div>')
            more = f'<div class="Comments-more"><button type="button" class="Button">点击查看全部评论</button></div>' if a.comments > 20 else ""
            cbox = f'<div class="Comments-container"><div class="CommentsHeader"><h2>{a.comments} 条评论</h2><span>默认</span><span>最新</span></div>{"".join(items)}{more}</div>'
            cbtn = f'<button type="button" class="Button ContentItem-action">​{a.comments} 条评论</button>'
        cards = "".join(f'<div class="Card PostItem"><a href="{x.url}" class="PostItem-link"><h2 class="PostItem-title">{esc(x.title)}</h2></a>'
                        f'<p class="PostItem-excerpt">{esc(content.paragraphs(x.blocks)[0][:48])}…</p><span class="PostItem-footer">赞同 {votes(x.extra["votes"])}</span></div>'
                        for x in a.related)
        html = head(a.title) + f"""<main role="main" class="App-main"><div class="Post-content">
<article class="Post-Main Post-NormalMain">
<header class="Post-Header"><h1 class="Post-Title">{esc(a.title)}</h1>
<div class="Post-Author"><div class="AuthorInfo"><a class="UserLink-link" href="{a.extra["author_url"]}">{esc(a.author)}</a>
<div class="AuthorInfo-badgeText">{esc(a.extra["badge"])}</div></div><button type="button" class="Button FollowButton">关注</button></div>
<div class="Voters"><button type="button" class="Button">{a.extra["votes"]:,} 人赞同了该文章</button></div></header>
<div class="Post-RichTextContainer"><div class="RichText ztext Post-RichText">
{rich(a.blocks)}
</div></div>
{tline}
<div class="Post-topicsAndReviewer"><div class="TopicList"><a class="TopicLink" href="/topic/19551277">汽车后市场</a><a class="TopicLink" href="/topic/19606012">汽车配件</a></div></div>
<div class="ContentItem-actions"><button type="button" class="Button VoteButton VoteButton--up">​赞同 {votes(a.extra["votes"])}</button>{cbtn}
<div class="Popover ShareMenu"><button type="button" class="Button">分享</button><a class="ShareMenu-copyLink" href="{share}">复制链接</a></div><button type="button" class="Button">喜欢</button><button type="button" class="Button">收藏</button></div>
<div class="PostIndex-Contributions"><h3>文章被以下专栏收录</h3><a href="{COLUMN}">{SITE}</a><p>汽配流通、修理厂与新能源售后的一线观察</p></div>
</article>
{cbox}
<div class="Recommendations-Main"><h3 class="Recommendations-Title">推荐阅读</h3>{cards}</div>
</div></main>
""" + foot()
        for u in (a.url, share):
            site.add(u, html)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=pub, views_display=None, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": None, "views": None} for x in a.related],
                         aliases=[share])

    # ------------------------------------------------------------------ the column (start page), ?page=N
    chunks = paginate(newest, PER_PAGE)
    curls = [COLUMN] + [f"{COLUMN}?page={k}" for k in range(2, len(chunks) + 1)]
    for k, chunk in enumerate(chunks, 1):
        items = []
        for pos, x in enumerate(chunk, 1):
            shown, day = rel_time(x.when)
            cm = f" · {x.comments} 条评论" if x.comments else ""
            items.append(f'<div class="ColumnPostItem"><h2 class="ContentItem-title"><a href="{x.url}">{esc(x.title)}</a></h2>'
                         f'<div class="ContentItem-meta"><span class="UserLink">{esc(x.author)}</span></div>'
                         f'<div class="RichContent-inner">{esc(content.paragraphs(x.blocks)[0][:70])}…<a href="{x.url}" class="ContentItem-more">阅读全文</a></div>'
                         f'<div class="ContentItem-actions"><span>赞同 {votes(x.extra["votes"])}</span>{cm}<span class="ContentItem-time">发布于 {shown}</span></div></div>')
            site.listing(curls[k - 1], pos, x, day, shown)
        pager = '<div class="Pagination">' + "".join(
            f'<button class="Button PaginationButton--current">{m}</button>' if m == k else f'<a class="Button PaginationButton" href="{curls[m - 1]}">{m}</a>'
            for m in range(1, len(chunks) + 1)) + (f'<a class="Button PaginationButton-next" href="{curls[k]}">下一页</a>' if k < len(chunks) else "") + "</div>"
        side = ('<div class="ColumnHome-side"><div class="Card"><h3>专栏精选</h3><ul>'
                f'<li><a href="{newest[3].url}">{esc(newest[3].title)}</a></li><li><a href="{DEAD}">汽配城租金十年涨了多少</a></li>'
                f'<li><a href="{newest[9].url}">{esc(newest[9].title)}</a></li></ul></div>'
                f'<div class="Card"><h3>作者</h3><a href="{OWNER_URL}">{OWNER}</a><p>汽车后市场分析师</p></div></div>')
        top = (f'<div class="ColumnHome-header"><img class="Avatar" src="https://pic.zhimg.example.com/v2-col_xl.jpg"/><h1 class="ColumnHome-title">{SITE}</h1>'
               f'<p>汽配流通、修理厂与新能源售后的一线观察</p><div class="ColumnHome-stats">{len(posts)} 篇文章 · 2.6 万关注</div></div>')
        site.add(curls[k - 1], head(SITE) + f'<main class="ColumnHome">{top if k == 1 else ""}<div class="ColumnHome-list">{"".join(items)}</div>{pager}{side}</main>' + foot(),
                 charset="utf-8")
        site.list_pages.append({"url": curls[k - 1], "aliases": []})

    # ------------------------------------------------------------------ the owner's posts (/people/…/posts), ?page=N
    own = [x for x in newest if x.author == OWNER]
    pchunks = paginate(own, 20)
    purls = [f"{OWNER_URL}posts"] + [f"{OWNER_URL}posts?page={k}" for k in range(2, len(pchunks) + 1)]
    for k, chunk in enumerate(pchunks, 1):
        items = []
        for pos, x in enumerate(chunk, 1):
            items.append(f'<div class="List-item"><h2 class="ContentItem-title"><a href="{x.url}">{esc(x.title)}</a></h2>'
                         f'<div class="ContentItem-meta">发布于 <span class="date">{x.when:%Y-%m-%d}</span> · 赞同 {votes(x.extra["votes"])}</div></div>')
            site.listing(purls[k - 1], pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}")
        pager = '<div class="Pagination">' + "".join(f'<a class="Button" href="{purls[m - 1]}">{m}</a>' if m != k else f"<button>{m}</button>" for m in range(1, len(pchunks) + 1)) + "</div>"
        site.add(purls[k - 1], head(f"{OWNER} 的文章") + f'<main class="Profile-main"><div class="ProfileHeader"><h1>{OWNER}</h1><a href="{OWNER_URL}">主页</a> <a href="{purls[0]}">文章 {len(own)}</a></div><div class="List">{"".join(items)}</div>{pager}</main>' + foot())
        site.list_pages.append({"url": purls[k - 1], "aliases": []})

    # ------------------------------------------------------------------ profiles
    acts = "".join(f'<li>赞同了文章 <a href="{x.url}">{esc(x.title)}</a></li>' for x in newest[:5])
    site.add(OWNER_URL, head(f"{OWNER}") + f'<main class="Profile-main"><div class="ProfileHeader"><h1>{OWNER}</h1><p>汽车后市场分析师，前汽配平台战略总监</p><p>IP 属地峤南</p>'
             f'<a href="{OWNER_URL}posts">文章 {len(own)}</a> <a href="{COLUMN}">专栏 {SITE}</a></div>'
             f'<div class="Profile-activities"><h2>动态</h2><ul>{acts}</ul></div></main>' + foot())
    site.non_articles.append({"url": OWNER_URL, "reason": "profile page"})
    for nm, url in guests.items():
        mine = [x for x in newest if x.author == nm]
        lst = "".join(f'<div class="List-item"><a href="{x.url}">{esc(x.title)}</a></div>' for x in mine)
        site.add(url, head(nm) + f'<main class="Profile-main"><div class="ProfileHeader"><h1>{esc(nm)}</h1><p>IP 属地{mine[0].extra["ip"]}</p></div>'
                 f'<div class="List">{lst}</div></main>' + foot())
        site.non_articles.append({"url": url, "reason": "profile page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (deleted post still linked from the column's 专栏精选)"})
    site.add("/404.html", '<!doctype html><html lang="zh"><head><meta charset="utf-8"/><title>404 - 知乎</title></head><body><div class="ErrorPage"><h1>404</h1><p>你似乎来到了没有知识存在的荒原</p><a href="/column/chehou-biji">去往首页</a></div></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /signin\nDisallow: /api/\nDisallow: /topic/\nDisallow: /terms\nDisallow: /privacy\nDisallow: /static/\n"
    return site

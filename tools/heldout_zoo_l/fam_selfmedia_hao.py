"""A 搜狐号-like self-media platform (澜舟网 / 澜舟号), UTF-8: extension-less /a/<aid>_<account> posts written by four
accounts, <article id="mp-editor"> with <p><span> paragraphs, a hidden 原标题 line, author cards with 粉丝 / 总阅读
counts, 阅读 / 评论 counters that are server-rendered on some posts and filled by JavaScript on others, the 平台声明
line, spm-tagged links from the account pages, channel feeds with relative times, video and topic pages."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import REFERENCE_TIME, TZ8, Art, Channel, Site, epoch_ms, esc, iso_date, kinds, paginate, rand_dates, rel_time, unique_titles

NAME = "selfmedia_hao"
SITE = "澜舟网"
CH_AUTO = Channel("auto", "汽车")
CH_IT = Channel("it", "科技")
PER_ACCOUNT = 9
FEED_PER_PAGE = 10
ACCT_PER_PAGE = 6
DEAD = "/a/700000001_52091377"
STATEMENT = "平台声明：该文观点仅代表作者本人，澜舟号系信息发布平台，澜舟网仅提供信息存储空间服务。"


def render(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p><span>{esc(b[1])}</span></p>")
        elif b[0] == "h":
            out.append(f"<p><strong><span>{esc(b[1])}</span></strong></p>")
        elif b[0] == "img":
            out.append(f'<p style="text-align: center;"><img max-width="600" src="{b[1]}" /></p>')
            if b[2]:
                out.append(f'<p style="text-align: center;"><span style="color: #999999; font-size: 14px;">{esc(b[2])}</span></p>')
        elif b[0] == "table":
            out.append("<table><tbody>" + "".join("<tr>" + "".join(f"<td><span>{esc(c)}</span></td>" for c in r) + "</tr>"
                                                  for r in b[1]) + "</tbody></table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li><span>{esc(i)}</span></li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def acct_time(d: dt.datetime) -> str:
    """The account page's time: month-day and clock this year, the full date before."""
    return f"{d:%m-%d %H:%M}" if d.year == REFERENCE_TIME.year else f"{d:%Y-%m-%d}"


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    accounts = content.SM_ACCOUNTS
    n = PER_ACCOUNT * len(accounts)
    whens = rand_dates(rnd, n, dt.datetime(2025, 11, 20, tzinfo=TZ8), dt.datetime(2026, 9, 23, 15, 40, tzinfo=TZ8), hours=(7, 22))
    owner = [accounts[k % len(accounts)] for k in range(n)]
    rnd.shuffle(owner)
    ks = kinds(rnd, n)
    count_of = {acc[0]: 0 for acc in accounts}
    slot = []
    for k in range(n):
        slot.append(count_of[owner[k][0]])
        count_of[owner[k][0]] += 1

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        tpls = content.SM_TITLES[owner[i][0]]
        return ctx.fill(tpls[(slot[i] + attempt) % len(tpls)]), (ctx, ar)

    posts: list[Art] = []
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        acc = owner[i]
        blocks = content.gen_blocks(ctx, ks[i], content.SM_OPEN, content.SM_MID, content.SM_CLOSE, content.SM_HEADS,
                                    "https://p.lanzhou.example.com/img/", content.SM_CAPTIONS)
        a = Art(i, 0, CH_IT if acc[0] == 52318642 else CH_AUTO, title, blocks, whens[i])
        a.author = acc[1]
        a.extra["acct"] = acc
        a.editor = content.person(ar) if ar.random() < 0.25 else None
        if acc[0] == 52166410 and ar.random() < 0.5:
            a.source = ar.choice(content.MEDIA)
        if ar.random() < 0.6:  # the bottom bar rendered by the server
            if ar.random() < 0.45:
                v10 = ar.randint(11, 380)
                a.views = v10 * 1000
                a.extra["views_shown"] = f"{v10 // 10}万" if v10 % 10 == 0 else f"{v10 // 10}.{v10 % 10}万"
                a.extra["approx"] = True
            else:
                a.views = ar.randint(120, 9999)
                a.extra["views_shown"] = str(a.views)
                a.extra["approx"] = False
            a.comments = 0 if ar.random() < 0.2 else ar.randint(1, 180)
        posts.append(a)
    for j, a in enumerate(sorted(posts, key=lambda x: x.when)):
        a.aid = 871204000 + j * 3517 + (j * 53) % 997
        a.url = f"/a/{a.aid}_{a.extra['acct'][0]}"
    newest = sorted(posts, key=lambda x: x.when, reverse=True)
    by_ch = {"auto": [a for a in newest if a.ch is CH_AUTO], "it": [a for a in newest if a.ch is CH_IT]}
    by_acct = {acc[0]: [a for a in newest if a.extra["acct"] is acc] for acc in accounts}

    # account pages: the spm-tagged links are the share / tracking copies of the posts (aliases)
    acct_urls = {}
    for acc in accounts:
        chunks = paginate(by_acct[acc[0]], ACCT_PER_PAGE)
        acct_urls[acc[0]] = [f"/mp/{acc[0]}/"] + [f"/mp/{acc[0]}/?page={k}" for k in range(2, len(chunks) + 1)]
        for k, chunk in enumerate(chunks):
            for pos, a in enumerate(chunk, 1):
                ts = epoch_ms(REFERENCE_TIME) + a.aid % 100000
                a.extra["spm"] = f"{a.url}?spm=smpc.author.fd-d.{k * ACCT_PER_PAGE + pos}.{ts}"

    videos = []
    for v in range(3):
        vr = random.Random(f"{seed}:{NAME}:video:{v}")
        vw = dt.datetime(2026, 9, 3 + v * 5, vr.randint(9, 20), vr.randint(0, 59), tzinfo=TZ8)
        ctx = content.Ctx(vr, vw)
        acc = accounts[v % 2 * 2]
        videos.append((f"/v/{611300500 + v * 77}_{acc[0]}", ctx.fill(content.SM_VIDEOS[v]), vw, acc, ctx))
    topics = [("/topic/1200341/", "#保外车维修#", "车龄变长，维修需求怎么变？"), ("/topic/1200587/", "#汽配门店生存记#", "门店老板的真实日常")]

    # ------------------------------------------------------------------ template parts
    def head(title: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{extra}<link rel="stylesheet" href="//static.lanzhou.example.com/mp/css/article.8b1f3a.css">
<script>var LZ_CONFIG = {{"pageType":"{'article' if 'og:type' in extra else 'other'}","ssr":true}};</script>
</head>
<body data-spm="smpc" class="article-page">
<div class="head-container"><div class="head-nav" data-spm="nav"><a class="logo" href="/"><img src="//static.lanzhou.example.com/logo.png" alt="{SITE}"></a>
<ul><li><a href="/">首页</a></li><li><a href="/auto/">汽车</a></li><li><a href="/it/">科技</a></li><li><a href="/login?next=/">登录</a></li></ul></div></div>
"""

    def foot() -> str:
        return f"""<div class="footer" data-spm="footer"><p>Copyright &copy; 2026 {SITE} All Rights Reserved　沄ICP备18047261号-3</p>
<p><a href="/about/">关于澜舟</a> · <a href="/about/#contact">联系我们</a> · <a href="/about/#report">举报中心</a></p></div>
<script src="//static.lanzhou.example.com/mp/js/pv.6f20d1.js"></script>
</body>
</html>
"""

    def user_card(acc) -> str:
        return (f'<div class="user-info" data-role="user-card"><div class="user-pic"><img src="//p.lanzhou.example.com/avatar/{acc[0]}.jpg"></div>'
                f'<h4><a href="/mp/{acc[0]}/" data-role="name">{esc(acc[1])}</a></h4><p class="user-desc">{esc(acc[2])}</p>'
                f'<ul class="user-num"><li><em>{len(by_acct[acc[0]])}</em>文章</li><li><em>{acc[4]}</em>总阅读</li><li><em>{acc[3]}</em>粉丝</li></ul>'
                f'<a class="follow-btn" href="javascript:void(0)" data-uid="{acc[0]}">+关注</a></div>')

    # ------------------------------------------------------------------ post pages
    for a in posts:
        acc = a.extra["acct"]
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        a.related = sorted(rr.sample([x for x in by_ch[a.ch.key] if x is not a], 4), key=lambda x: x.when, reverse=True)
        rel = "".join(f'<li><a href="{x.url}" target="_blank">{esc(x.title)}</a><span class="time">{x.when:%Y-%m-%d}</span></li>' for x in a.related)
        latest = "".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in by_acct[acc[0]][:5] if x is not a)
        hot = "".join(f'<li><i>{k + 1}</i><a href="{x.url}">{esc(x.title)}</a><span class="read" data-id="{x.aid}"></span></li>' for k, x in enumerate(newest[:6]))
        stamp = f"{a.when:%Y-%m-%d %H:%M}"
        if a.views is not None:
            read = f'<span class="read-num">阅读 <em>{a.extra["views_shown"]}</em></span>'
            cmt = (f'<div class="comment-count" data-role="comment-total"><span>{a.comments}</span>条评论</div>' if a.comments else
                   '<div class="comment-count comment-empty">还没有评论，快来抢沙发吧</div>')
        else:
            read = f'<span class="read-num">阅读 <em id="pv-{a.aid}" data-role="pv"></em></span>'
            cmt = f'<div class="comment-count"><span id="comment-num-{a.aid}"></span>条评论</div><script>lzCmt.load({a.aid});</script>'
        src_line = f'<p><span>文章来源：{esc(a.source)}</span></p>\n' if a.source else ""
        meta = (f'<meta property="og:type" content="news">\n<meta property="og:title" content="{esc(a.title)}">\n'
                f'<meta property="og:release_date" content="{stamp}">\n<meta name="mediaid" content="{esc(acc[1])}">\n')
        html = head(f"{a.title}_{SITE}", meta) + f"""<div class="article-page-wrap" data-spm="content">
<div class="location-without-nav"><a href="/">{SITE}</a> &gt; <a href="/{a.ch.key}/">{a.ch.name}</a> &gt; 正文</div>
<div class="left main">
<div class="text" data-spm-data="{a.aid}">
<div class="text-title"><h1>{esc(a.title)}<span class="article-tag"></span></h1>
<div class="article-info"><span class="time" id="news-time" data-val="{epoch_ms(a.when)}">{stamp}</span>
<span data-role="original-link">来源: <a href="/mp/{acc[0]}/" target="_blank">{esc(acc[1])}</a></span></div></div>
<article class="article" id="mp-editor" data-role="content">
<p data-role="original-title" style="display:none">原标题：{esc(a.title)}</p>
{render(a.blocks)}
{src_line}<a href="/?strategyid=00001" id="backlz" title="点击进入澜舟首页">返回澜舟，查看更多</a>
</article>
<p data-role="editor-name">责任编辑：<span>{esc(a.editor or "")}</span></p>
<div class="statement">{STATEMENT}</div>
<div class="bottom-relate-wrap"><div class="read-wrap">{read}</div>
<div class="operate"><span class="like" data-role="like">点赞</span><span class="share">分享到：微信 微博</span></div></div>
<div class="related-list" data-role="relate"><h3>相关阅读</h3><ul>{rel}</ul></div>
<div class="comment-wrap" id="comment_area">{cmt}<div class="comment-login">登录后参与评论</div></div>
</div></div>
<div class="right sidebar">{user_card(acc)}
<div class="author-latest"><h3>作者最新文章</h3><ul>{latest}</ul></div>
<div class="hot-article"><h3>24小时热文</h3><ol>{hot}</ol><script>lzPv.fill(".hot-article .read");</script></div></div>
</div>
""" + foot()
        site.add(a.url, html)
        site.add(a.extra["spm"], html)
        pars = content.paragraphs(a.blocks)
        site.article_row(a, pars, published_date=iso_date(a.when), published_at=a.when.isoformat(), published_display=stamp,
                         views_display=f"阅读 {a.extra['views_shown']}" if a.views is not None else None,
                         views_approx=bool(a.extra.get("approx")),
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related],
                         aliases=[a.extra["spm"]])

    # ------------------------------------------------------------------ channel feeds /auto/, /it/ (?page=N)
    for key, ch in (("auto", CH_AUTO), ("it", CH_IT)):
        chunks = paginate(by_ch[key], FEED_PER_PAGE)
        urls = [f"/{key}/"] + [f"/{key}/?page={k}" for k in range(2, len(chunks) + 1)]
        for k, chunk in enumerate(chunks):
            items = []
            for pos, x in enumerate(chunk, 1):
                shown, day = rel_time(x.when)
                rd = f'<span class="read">{x.extra["views_shown"]}阅读</span>' if x.views is not None else ""
                items.append(f'<div class="news-box" data-spm-data="{x.aid}"><h4><a href="{x.url}" target="_blank">{esc(x.title)}</a></h4>'
                             f'<p class="excerpt">{esc(content.paragraphs(x.blocks)[0][:56])}…</p>'
                             f'<div class="other"><a class="name" href="/mp/{x.extra["acct"][0]}/">{esc(x.author)}</a><span class="time">{shown}</span>{rd}</div></div>')
                site.listing(urls[k], pos, x, day, shown, views=x.views, category=ch.name)
            pager = '<div class="feed-pager">' + "".join(f"<span>{m + 1}</span>" if m == k else f'<a href="{urls[m]}">{m + 1}</a>' for m in range(len(chunks)))
            pager += (f'<a class="next" href="{urls[k + 1]}">加载更多</a>' if k + 1 < len(chunks) else "") + "</div>"
            site.add(urls[k], head(f"{ch.name}_{SITE}") + f'<div class="channel-wrap"><h2 class="channel-title">{ch.name}</h2><div class="feed-list">{"".join(items)}</div>{pager}</div>' + foot(),
                     charset="utf-8")
            site.list_pages.append({"url": urls[k], "aliases": []})

    # ------------------------------------------------------------------ account pages /mp/<id>/ (?page=N), spm links
    for acc in accounts:
        mine = by_acct[acc[0]]
        chunks = paginate(mine, ACCT_PER_PAGE)
        urls = acct_urls[acc[0]]
        for k, chunk in enumerate(chunks):
            items = []
            for pos, x in enumerate(chunk, 1):
                rd = f'<span class="read">阅读 {x.extra["views_shown"]}</span>' if x.views is not None else f'<span class="read" data-id="{x.aid}"></span>'
                items.append(f'<div class="feed-item"><h4><a href="{x.extra["spm"]}" target="_blank">{esc(x.title)}</a></h4>'
                             f'<div class="item-info"><span class="time">{acct_time(x.when)}</span>{rd}</div></div>')
                site.listing(urls[k], pos, x, iso_date(x.when), acct_time(x.when), views=x.views)
                site.listings[-1]["url"] = x.extra["spm"]  # the entry links the spm copy (an alias)
            if k == 0:  # the account's videos are cards of the same feed: not articles, not listing entries
                items[1:1] = [f'<div class="feed-item feed-video"><h4><a href="{u}">{esc(t)}</a></h4><div class="item-info"><span class="time">{acct_time(w)}</span><span class="tag">视频</span></div></div>'
                              for u, t, w, va, _ in videos if va is acc]
            pager = '<div class="pager">' + "".join(f"<span>{m + 1}</span>" if m == k else f'<a href="{urls[m]}">{m + 1}</a>' for m in range(len(chunks))) + "</div>"
            site.add(urls[k], head(f"{acc[1]}的澜舟号_{SITE}") + f'<div class="profile-wrap"><div class="profile-left">{user_card(acc)}</div>'
                     f'<div class="profile-main"><div class="tabs"><span class="on">文章</span><span>视频</span></div><div class="feed">{"".join(items)}</div>{pager}</div></div>' + foot(),
                     charset="utf-8")
            site.list_pages.append({"url": urls[k], "aliases": []})

    # ------------------------------------------------------------------ videos, topics (not articles)
    for u, t, w, acc, ctx in videos:
        desc = ctx.fill("本期视频实拍{city}汽配门店，时长{k}分钟。")
        site.add(u, head(f"{t}_{SITE}") + f"""<div class="video-page"><div class="location-without-nav"><a href="/">{SITE}</a> &gt; 视频</div>
<h1 class="video-title">{esc(t)}</h1><div class="article-info"><span class="time">{w:%Y-%m-%d %H:%M}</span><span>来源: <a href="/mp/{acc[0]}/">{esc(acc[1])}</a></span></div>
<div class="player" id="player" data-vid="{u.split('/')[-1]}"><video src="//v.lanzhou.example.com/{u.split('/')[-1]}.mp4" controls></video></div>
<p class="video-desc">{esc(desc)}</p><span class="play-num" id="vplay"></span>
<div class="statement">{STATEMENT}</div></div><div class="right sidebar">{user_card(acc)}</div>
""" + foot())
        site.non_articles.append({"url": u, "reason": "video page (a player and one line of description)"})
    for u, t, lead in topics:
        cards = "".join(f'<div class="topic-card"><a href="{x.url}">{esc(x.title)}</a><p>{esc(content.paragraphs(x.blocks)[0][:40])}…</p></div>'
                        for x in random.Random(f"{seed}:{NAME}:{u}").sample(newest, 5))
        site.add(u, head(f"{t}_{SITE}") + f'<div class="topic-page"><h1>{t}</h1><p class="topic-lead">{lead}</p><div class="topic-stat">阅读 <span id="tpv"></span> · 讨论 <span id="tdis"></span></div>{cards}</div>' + foot(),
                 charset="utf-8")
        site.non_articles.append({"url": u, "reason": "topic page (cards without dates)"})

    # ------------------------------------------------------------------ home, about, 404
    feed = "".join(f'<div class="news-box"><h4><a href="{x.url}">{esc(x.title)}</a></h4><div class="other"><span>{esc(x.author)}</span><span>{rel_time(x.when)[0]}</span></div></div>' for x in newest[:12])
    hot = f'<li><a href="{DEAD}">汽配城转让潮：一个铺位从八十万跌到二十万</a></li>' + "".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span class="read" data-id="{x.aid}"></span></li>' for x in newest[12:18])
    accs = "".join(f'<li><a href="/mp/{acc[0]}/">{esc(acc[1])}</a><span>粉丝 {acc[3]}</span></li>' for acc in accounts)
    vids = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t, *_ in videos)
    tops = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t, _ in topics)
    site.add("/", head(f"{SITE}-汽车 科技 资讯") + f"""<div class="index-wrap"><h1 class="site-name">{SITE}</h1>
<div class="main-feed"><h2><a href="/auto/">汽车</a> · <a href="/it/">科技</a></h2>{feed}</div>
<div class="sidebar"><div class="hot"><h3>24小时热文</h3><ol>{hot}</ol></div><div class="accounts"><h3>推荐作者</h3><ul>{accs}</ul></div>
<div class="videos"><h3>视频</h3><ul>{vids}</ul></div><div class="topics"><h3>热门话题</h3><ul>{tops}</ul></div></div></div>
""" + foot(), charset="utf-8")
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.add("/about/", head(f"关于澜舟_{SITE}") + f'<div class="about"><h1>关于澜舟</h1><p>{SITE}是面向汽车与科技领域的内容平台，澜舟号为作者提供内容发布服务。</p><p id="contact">商务合作：bd@lanzhou.example.com</p><p id="report">举报电话：0571-8820 1133</p></div>' + foot(),
             charset="utf-8")
    site.non_articles.append({"url": "/about/", "reason": "single page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (deleted post still linked from the home page's 24小时热文)"})
    site.add("/404.html", '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>404_澜舟网</title></head><body><div class="error"><p>该文章已被删除或不存在</p><a href="/">返回澜舟首页</a></div></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /login\nDisallow: /api/\nDisallow: /?strategyid=\n"
    return site

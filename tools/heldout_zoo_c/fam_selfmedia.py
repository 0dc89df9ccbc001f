"""A self-media platform (搜狐号 / 网易号 style): extension-less /a/ID_ACCOUNT articles, account profiles with 加载更多."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import Art, Channel, REFERENCE_TIME, Site, TZ8, chain, esc, iso_date, kinds, rand_dates, unique_titles

NAME = "selfmedia"
SITE = "车讯网"
PLATFORM = "车讯号"
CHANNELS = [Channel("qiche", "汽车"), Channel("keji", "科技"), Channel("caijing", "财经")]
ACCOUNTS = [(121088, "汽配圈观察", "专注汽车零部件产业链报道", 10), (356217, "零部件前线", "一线记者带你看汽配工厂", 9),
            (508834, "新能源车评社", "新能源汽车与三电技术解读", 8), (672201, "后市场老炮", "二十年汽配经销商的碎碎念", 5)]
PROFILE_N = 6  # entries server-rendered on a profile page, the rest come from the feed API (加载更多)
CHANNEL_N = 10
LOCATIONS = ["北京", "上海", "浙江", "广东", "湖北", "重庆", "江苏", "吉林"]


def _wan(v: int) -> tuple[str, int]:
    """Display of a count and the value a reader takes from it."""
    if v < 10000:
        return str(v), v
    tenth = v // 1000
    disp = f"{tenth // 10}.{tenth % 10}万" if tenth % 10 else f"{tenth // 10}万"
    return disp, tenth * 1000


def _short_date(d: dt.datetime) -> str:
    return d.strftime("%m-%d") if d.year == REFERENCE_TIME.year else d.strftime("%Y-%m-%d")


HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta}<link rel="stylesheet" href="//static.chexun.example.com/mp/css/main.3f9a2c.css">
<script>var _ch = {{"site":"chexun","page":"{page}"}};</script>
</head>
<body>
<header id="head" class="head"><div class="area">
<a class="logo" href="/"><img src="//static.chexun.example.com/img/logo.png" alt="{site}"></a>
<nav class="nav"><a href="/">首页</a>{nav}</nav>
<div class="user" id="user-login"><a href="javascript:void(0)" class="login-btn">登录</a></div>
</div></header>
"""

FOOT = f"""<footer class="footer"><div class="area">
<p><a href="/help/about">关于我们</a> | <a href="/help/contact">联系我们</a> | <a href="/mp/join" rel="nofollow">{PLATFORM}入驻</a> | <a href="javascript:void(0)" onclick="report()">不良信息举报</a></p>
<p>Copyright &copy; 2026 {SITE} 版权所有 &nbsp; <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP备19023456号-3</a> &nbsp; 京公网安备 11010502040123号</p>
</div></footer>
<script src="//static.chexun.example.com/mp/js/main.7bd01e.js"></script>
</body>
</html>
"""


def _page(title: str, page: str, meta: str = "", cur: str | None = None) -> str:
    on = ' class="current"'
    nav = "".join(f'<a href="/ch/{c.key}"{on if c.key == cur else ""}>{c.name}</a>' for c in CHANNELS)
    return HEAD.format(title=esc(title), meta=meta, page=page, site=SITE, nav=nav)


def _body(a: Art) -> str:
    out = [f'<p data-role="original-title" style="display:none">原标题：{esc(a.title)}</p>']
    if a.extra.get("byline"):
        out.append(f'<p><span style="color:#888888">文 | {a.extra["byline"]}</span></p>')
    for b in a.blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f'<p><strong><span style="color:#1a73e8">{esc(b[1])}</span></strong></p>')
        elif b[0] == "img":
            out.append(f'<p style="text-align:center"><img src="//p{a.aid % 9}.chexunimg.example.com/images/20250605/{b[1][-10:-4]}.jpeg" max-width="600"></p>')
            if b[2]:
                out.append(f'<p style="text-align:center"><span style="font-size:14px;color:#999">{esc(b[2])}</span></p>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f"<table><tbody>{rows}</tbody></table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li><p>{esc(i)}</p></li>" for i in b[1]) + f"</{b[0]}>")
    if a.editor:
        out.append(f'<p data-role="editor-name">责任编辑：<span>{a.editor}</span></p>')
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(acc[3] for acc in ACCOUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2025, 9, 1, tzinfo=TZ8), dt.datetime(2026, 5, 18, 12, tzinfo=TZ8))
    owners = [acc for acc in ACCOUNTS for _ in range(acc[3])]
    rnd.shuffle(owners)
    ks = kinds(rnd, n)

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        return content.news_title(ctx), (ctx, ar)

    arts: list[Art] = []
    base = 7021000000 + rnd.randint(0, 99999)
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        base += rnd.randint(200, 90000)
        acc = owners[i]
        ch = CHANNELS[0] if ar.random() < 0.55 else ar.choice(CHANNELS[1:])
        a = Art(i, base, ch, title, content.news_blocks(ctx, ks[i], "/img/"), whens[i])
        a.url = f"/a/{base}_{acc[0]}"
        a.extra["acc"] = acc
        a.source = acc[1]
        if ar.random() < 0.3:
            a.extra["byline"] = content.person(ar)
        a.author = a.extra.get("byline") or acc[1]
        a.editor = content.person(ar)
        raw_views = ar.choice([ar.randint(120, 9800), ar.randint(10500, 260000)])
        a.extra["views_disp"], a.views = _wan(raw_views)
        a.comments = ar.randint(0, 180)
        a.extra["loc"] = ar.choice(LOCATIONS)
        arts.append(a)
    chain(arts, lambda x: x.extra["acc"][0])
    for a in arts:
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        same = [x for x in arts if x is not a and x.ch is a.ch and x.extra["acc"] is not a.extra["acc"]]
        other = [x for x in arts if x is not a and x not in same]
        a.related = rr.sample(same, min(len(same), rr.randint(3, 5))) + rr.sample(other, rr.randint(1, 2))
        mine = [x for x in arts if x.extra["acc"] is a.extra["acc"] and x is not a]
        a.extra["others"] = rr.sample(mine, min(4, len(mine)))
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    hot = sorted(arts, key=lambda x: (-x.views, x.aid))[:8]
    hot_html = "\n".join(f'<li><em>{i}</em><a href="{x.url}" target="_blank">{esc(x.title)}</a></li>' for i, x in enumerate(hot, 1))

    for a in arts:
        acc = a.extra["acc"]
        ms = int(a.when.timestamp() * 1000)
        stamp = a.when.strftime("%Y-%m-%d %H:%M")
        meta = (f'<meta name="keywords" content="{esc(a.extra["acc"][1])},{a.ch.name}">\n'
                f'<meta name="description" content="{esc(content.paragraphs(a.blocks)[0][:70])}">\n'
                f'<meta property="og:type" content="news">\n<meta property="og:title" content="{esc(a.title)}">\n'
                f'<meta property="og:release_date" content="{stamp}">\n<meta name="mediaid" content="{acc[0]}">\n'
                f'<meta property="og:url" content="https://www.chexun.example.com{a.url}">\n')
        others = "\n".join(f'<li><a href="{x.url}" target="_blank">{esc(x.title)}</a><span class="pv">{x.extra["views_disp"]}阅读</span></li>'
                           for x in a.extra["others"])
        cards = "\n".join(f'<div class="news-card"><a href="{r.url}" target="_blank"><div class="pic"><img src="//p1.chexunimg.example.com/c/{r.aid}.jpeg"></div>'
                          f'<h4>{esc(r.title)}</h4></a><div class="card-meta"><span class="name">{r.extra["acc"][1]}</span>'
                          f'<span class="pv">{r.extra["views_disp"]}阅读</span><span class="time">{_short_date(r.when)}</span></div></div>'
                          for r in a.related)
        prevnext = '<div class="prev-next">'
        prevnext += (f'<p class="prev">上一篇：<a href="{a.prev.url}">{esc(a.prev.title)}</a></p>' if a.prev else '<p class="prev">上一篇：没有了</p>')
        prevnext += (f'<p class="next">下一篇：<a href="{a.next.url}">{esc(a.next.title)}</a></p>' if a.next else '<p class="next">下一篇：没有了</p>')
        prevnext += "</div>"
        html = _page(f"{a.title}_{SITE}", "article", meta, a.ch.key) + f"""<div class="area clearfix">
<div class="location-without-nav"><a href="/">{SITE}</a> &gt; <a href="/ch/{a.ch.key}">{a.ch.name}</a> &gt; 正文</div>
<div class="left main">
<div class="text">
<div class="text-title">
<h1>{esc(a.title)}</h1>
<div class="article-info">
<span class="time" id="news-time" data-val="{ms}">{stamp}</span>
<span class="ip-location">发布于{a.extra["loc"]}</span>
<span class="author-name"><a href="/profile/{acc[0]}" target="_blank">{acc[1]}</a></span>
</div>
</div>
<article class="article" id="mp-editor">
{_body(a)}
</article>
<div id="articleAllsee"><a href="/?spm=smpc.content.content.1">返回{SITE}，查看更多</a></div>
<div class="statement">平台声明：该文观点仅代表作者本人，{PLATFORM}系信息发布平台，{SITE}仅提供信息存储空间服务。</div>
<div class="bottom-relate-wrap clear">
<div class="read-wrap"><span class="read-num">阅读 <em data-role="pv">{a.extra["views_disp"]}</em></span>
<span class="comment-num"><a href="#comment_area">评论 <em>{a.comments}</em></a></span></div>
<div class="share-wrap">分享到：<a href="javascript:void(0)" class="weixin" title="微信">微信</a><a href="javascript:void(0)" class="weibo" title="微博">微博</a><a href="javascript:void(0)" class="qq" title="QQ空间">QQ空间</a></div>
</div>
{prevnext}
</div>
<div class="more-recommend" id="god_bottom"><h3 class="title">推荐阅读</h3>
{cards}
</div>
<div id="comment_area" class="comment"><h3>评论（{a.comments}）</h3>
<div class="c-input"><textarea placeholder="我来说两句"></textarea><button type="button">发布</button></div>
<div class="c-list" data-url="/api/comment/list?source_id=mp_{a.aid}"></div></div>
</div>
<div class="right sidebar">
<div class="user-info" id="user-info" data-spm="author">
<div class="user-pic"><a href="/profile/{acc[0]}" target="_blank"><img src="//p2.chexunimg.example.com/avatar/{acc[0]}.jpeg" alt="{acc[1]}"></a></div>
<h4><a href="/profile/{acc[0]}" target="_blank">{acc[1]}</a></h4>
<p class="desc">{acc[2]}</p>
<ul class="user-num"><li><span class="value">{acc[3] * 37 + 12}</span>文章</li><li><span class="value">{acc[3] * 3}.{acc[0] % 10}万</span>粉丝</li></ul>
<a class="follow-btn" href="javascript:void(0)" data-follow="{acc[0]}">+ 关注</a>
</div>
<div class="other-articles"><h4>作者其他文章</h4><ul>
{others}
</ul></div>
<div class="hot-news"><h4>24小时热文</h4><ol>
{hot_html}
</ol></div>
<div class="god-ad"><a href="https://ad.example.com/c?id=7788" rel="nofollow" target="_blank"><img src="//p3.chexunimg.example.com/ad/300x250.jpg" alt="广告"></a></div>
</div>
</div>
""" + FOOT
        site.add(a.url, html)
        related = []
        for r in a.related:
            related.append({"title": r.title, "url": r.url, "date": iso_date(r.when), "views": r.views})
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=stamp, views_display=a.extra["views_disp"], views_approx=a.views >= 10000,
                         related=related)

    def feed_item(x: Art, with_acc: bool) -> str:
        who = f'<a class="name" href="/profile/{x.extra["acc"][0]}">{x.extra["acc"][1]}</a>' if with_acc else ""
        return (f'<div class="feed-item" data-id="{x.aid}"><a class="pic" href="{x.url}" target="_blank"><img src="//p1.chexunimg.example.com/c/{x.aid}.jpeg"></a>'
                f'<h4><a href="{x.url}" target="_blank">{esc(x.title)}</a></h4><p class="summary">{esc(content.paragraphs(x.blocks)[0][:48])}…</p>'
                f'<div class="other">{who}<span class="time">{_short_date(x.when)}</span><span class="pv">{x.extra["views_disp"]}阅读</span>'
                f'<span class="cmt">{x.comments}评论</span></div></div>')

    for acc in ACCOUNTS:
        url = f"/profile/{acc[0]}"
        mine = [x for x in latest if x.extra["acc"] is acc]
        shown = mine[:PROFILE_N]
        for pos, x in enumerate(shown, 1):
            site.listing(url, pos, x, iso_date(x.when), _short_date(x.when), x.views)
        html = _page(f"{acc[1]}的{PLATFORM}_{SITE}", "profile") + f"""<div class="area profile">
<div class="profile-head"><img src="//p2.chexunimg.example.com/avatar/{acc[0]}.jpeg" alt="{acc[1]}"><h1>{acc[1]}</h1><p>{acc[2]}</p>
<a class="follow-btn" href="javascript:void(0)" data-follow="{acc[0]}">+ 关注</a></div>
<div class="profile-tabs"><span class="on">文章</span><span>视频</span></div>
<div class="feed-list" id="feed-list" data-xpt="{acc[0]}">
{chr(10).join(feed_item(x, False) for x in shown)}
</div>
<div class="more-load" id="more-load" data-api="/api/profile/feed?xpt={acc[0]}&amp;page=2&amp;size={PROFILE_N}">加载更多</div>
<script>
document.getElementById('more-load').onclick = function () {{ loadFeed(this.getAttribute('data-api')); }};
</script>
</div>
""" + FOOT
        site.add(url, html)
        site.list_pages.append({"url": url, "aliases": []})
    for ch in CHANNELS:
        url = f"/ch/{ch.key}"
        shown = [x for x in latest if x.ch is ch][:CHANNEL_N]
        for pos, x in enumerate(shown, 1):
            site.listing(url, pos, x, iso_date(x.when), _short_date(x.when), x.views)
        html = _page(f"{ch.name}_{SITE}", "channel", "", ch.key) + f"""<div class="area channel">
<div class="feed-list" id="feed-list" data-channel="{ch.key}">
{chr(10).join(feed_item(x, True) for x in shown)}
</div>
<div class="more-load" data-api="/api/channel/feed?ch={ch.key}&amp;page=2">加载更多</div>
<div class="sidebar"><div class="hot-news"><h4>24小时热文</h4><ol>
{hot_html}
</ol></div></div>
</div>
""" + FOOT
        site.add(url, html)
        site.list_pages.append({"url": url, "aliases": []})

    accs = "".join(f'<li><a href="/profile/{acc[0]}">{acc[1]}</a></li>' for acc in ACCOUNTS)
    dead = "/a/702199999_121088"
    home = _page(f"{SITE}-汽车资讯与{PLATFORM}内容平台", "home") + f"""<div class="area home">
<div class="focus"><a href="{latest[0].url}"><img src="//p1.chexunimg.example.com/focus/1.jpeg"><p>{esc(latest[0].title)}</p></a></div>
<div class="feed-list">
{chr(10).join(feed_item(x, True) for x in latest[:12])}
</div>
<div class="more-load" data-api="/api/home/feed?page=2">加载更多</div>
<div class="sidebar"><h4>推荐作者</h4><ul>{accs}</ul>
<h4>专题</h4><ul><li><a href="{dead}">2026北京车展汽配企业全景图</a></li></ul></div>
</div>
""" + FOOT
    site.add("/", home)
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (dead link on the home page)"})
    for url, t, body in [("/help/about", "关于我们", f"{SITE}是面向汽车产业的资讯与内容平台，{PLATFORM}为汽车行业创作者提供内容发布和分发服务。"),
                         ("/help/contact", "联系我们", "商务合作：bd@chexun.example.com　内容投诉：jubao@chexun.example.com　电话：010-5896 1234")]:
        site.add(url, _page(f"{t}_{SITE}", "help") + f'<div class="area help"><h1>{t}</h1><p>{body}</p></div>\n' + FOOT)
        site.non_articles.append({"url": url, "reason": f"{t} (static page)"})
    site.add("/404.html", _page(f"404_{SITE}", "404") + '<div class="area err"><h1>404</h1><p>抱歉，您访问的页面不存在或已被删除。</p>'
             '<p><a href="/">返回首页</a></p></div>\n' + FOOT)
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /api/\nDisallow: /mp/\nDisallow: /search\n"
    return site

"""Family `nextjs`: a modern industry media site server-rendered by Next.js (pages router)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random

from . import content
from .base import REFERENCE_TIME, Art, Channel, Family, esc

B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def cx(comp: str, name: str) -> str:
    """A CSS-module class name: Component_local__hash5."""
    h = int(hashlib.sha1(f"cpxz:{comp}:{name}".encode()).hexdigest(), 16)
    tag = "".join(B62[(h >> (6 * k)) % 62] for k in range(5))
    return f"{comp}_{name}__{tag}"


def wan(v: int) -> str:
    if v < 10000:
        return str(v)
    s = f"{v / 10000:.1f}".rstrip("0").rstrip(".")
    return f"{s}万"


def rel_date(when: dt.datetime, with_time_old: bool) -> str:
    ref = REFERENCE_TIME
    days = (ref.date() - when.date()).days
    secs = (ref - when).total_seconds()
    if days == 0:
        if secs < 60:
            return "刚刚"
        if secs < 3600:
            return f"{int(secs // 60)}分钟前"
        return f"{int(secs // 3600)}小时前"
    if days == 1:
        return f"昨天 {when:%H:%M}"
    if days < 7:
        return f"{days}天前"
    if with_time_old:
        return f"{when:%Y-%m-%d %H:%M}"
    return f"{when:%m-%d}" if when.year == ref.year else f"{when:%Y-%m-%d}"


def nd_escape(s: str) -> str:
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


CSS = "/_next/static/css/3b9c1e0d7a5f2e41.css"
BUILD_ID = "q7Xk2mZp9RvT4sLw1NbYc"


class NextJs(Family):
    name = "nextjs"
    site_name = "车配新知"
    encoding = "utf-8"
    declared = "utf-8"
    header_charset = "utf-8"
    n_articles = 34
    per_page = 8
    home_path = "/"
    about_path = "/about"
    contact_path = "/contact"
    not_found = "/404.html"
    robots = "User-agent: *\nDisallow: /api/\nDisallow: /user/\nDisallow: /search\nAllow: /\n\nSitemap: /sitemap.xml\n"

    def __init__(self) -> None:
        super().__init__()
        self.channels = [Channel("parts", "零部件", ["invest", "order", "tech"]),
                         Channel("nev", "新能源", ["tech", "order", "data"]),
                         Channel("aftermarket", "后市场", ["after", "policy", "expo"]),
                         Channel("finance", "财经", ["finance", "data"])]
        self.all = Channel("*", "最新资讯", [])

    def groups(self) -> list[Channel]:
        return [self.all, *self.channels]

    def dates(self, rnd: random.Random, n: int) -> list[dt.datetime]:
        ref = REFERENCE_TIME
        day = dt.timedelta(days=1)
        # seconds are 0 except for the "刚刚" item: the page shows HH:MM, the meta tag / JSON the full instant
        out = {ref - dt.timedelta(seconds=40), ref - dt.timedelta(minutes=5), ref - dt.timedelta(minutes=47),
               ref - dt.timedelta(hours=3, minutes=12), (ref - day).replace(hour=18, minute=20),
               (ref - day).replace(hour=7, minute=55), (ref - 2 * day).replace(hour=15, minute=40),
               (ref - 4 * day).replace(hour=10, minute=15), (ref - 6 * day).replace(hour=21, minute=3)}
        while len(out) < n:
            d = ref - dt.timedelta(days=rnd.randint(8, 420))
            out.add(d.replace(hour=rnd.randint(7, 22), minute=rnd.randint(0, 59), second=0))
        return sorted(out)

    def make_aid(self, i: int, when: dt.datetime, rnd: random.Random) -> str:
        ts = int(when.timestamp())
        return str(7 * 10 ** 18 + ((ts - 1_600_000_000) << 30) + rnd.randrange(1 << 30))

    def meta(self, a: Art, rnd: random.Random) -> None:
        a.author = rnd.choice(content.AUTHORS)
        a.x["uid"] = 100000 + content.AUTHORS.index(a.author) * 7919
        a.x["desc"] = rnd.choice(["资深汽车产业记者", "零部件行业分析师", "专注汽车供应链报道", "汽车后市场观察者"])
        a.x["posts"] = rnd.randint(80, 900)
        a.x["fans"] = wan(rnd.randint(900, 56000))
        a.editor = rnd.choice(content.EDITORS) if rnd.random() < 0.6 else None
        a.source = rnd.choice(content.SOURCES) if rnd.random() < 0.35 else None
        a.views = rnd.randint(12, 380) * 1000 if rnd.random() < 0.4 else rnd.randint(60, 9800)
        a.views_approx = a.views >= 10000
        a.views_disp = f"{wan(a.views)}阅读"
        a.comments = rnd.choice([0, rnd.randint(1, 40), rnd.randint(1, 400)])
        a.time_shown = True  # article:published_time meta + publishTime in __NEXT_DATA__
        a.date_disp = rel_date(a.when, True)
        a.x["likes"] = rnd.randint(0, 900)
        a.x["tags"] = rnd.sample(content.SHORT_PRODUCTS, 2)
        a.x["summary"] = rnd.random() < 0.5
        a.x["cover"] = hashlib.md5(str(a.aid).encode()).hexdigest()[:16]

    def related_counts(self, rr: random.Random) -> tuple[int, int]:
        return rr.randint(3, 5), 1

    def article_path(self, a: Art) -> str:
        return f"/article/{a.aid}"

    def list_path(self, ch: Channel, n: int, npages: int) -> str:
        base = "/news" if ch.key == "*" else f"/channel/{ch.key}"
        return base if n == 1 else f"{base}?page={n}"

    def list_date(self, a: Art) -> tuple[str | None, str | None]:
        return rel_date(a.when, False), a.when.date().isoformat()

    def list_views(self, a: Art) -> int | None:
        return a.views

    def related_fields(self, r: Art) -> dict:
        return {"date": r.when.date().isoformat(), "views": r.views}

    def dead_url(self) -> str:
        return "/article/7000000000000000001"

    def extra_serve(self, files: dict[str, str]) -> dict:
        # Next.js answers text/html for its extension-less routes; the static server types files by extension,
        # so those files get an explicit Content-Type header (sent after the server's default one).
        return {"headers": {f: {"Content-Type": "text/html; charset=utf-8"} for f in sorted(set(files.values()))
                            if "." not in f.rsplit("/", 1)[-1]}}

    def extra_pages(self) -> dict[str, str]:
        urls = [self.article_path(a) for a in self.arts] + ["/news", "/about", "/contact"]
        body = "".join(f"<url><loc>https://www.chepeixinzhi.com{u}</loc></url>" for u in urls)
        return {"/sitemap.xml": '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/'
                                f'schemas/sitemap/0.9">{body}</urlset>'}

    # ---- chrome ------------------------------------------------------------------------
    def head(self, title: str, extra: str = "") -> str:
        return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>'
                '<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1"/>'
                f'<title>{esc(title)}</title>{extra}'
                '<link rel="icon" href="/favicon.ico"/>'
                f'<link rel="preload" href="{CSS}" as="style"/><link rel="stylesheet" href="{CSS}" data-n-g=""/>'
                '<noscript data-n-css=""></noscript>'
                '<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>'
                '<script src="/_next/static/chunks/webpack-5e1d7a9b2c3f4a6e.js" defer=""></script>'
                '<script src="/_next/static/chunks/framework-2f8e9c0b1a7d6e5c.js" defer=""></script>'
                '<script src="/_next/static/chunks/main-9a4c3b2e1d0f8a7b.js" defer=""></script>'
                '<script src="/_next/static/chunks/pages/_app-7d6c5b4a3e2f1a0b.js" defer=""></script>'
                '<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");'
                'hm.src="https://hm.baidu.com/hm.js?4f1e2d3c4b5a69788796a5b4c3d2e1f0";'
                'var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>'
                '</head>')

    def header(self, active: str) -> str:
        nav = [("/", "首页"), ("/news", "快讯")] + [(f"/channel/{c.key}", c.name) for c in self.channels] + \
              [("/search?keyword=%E4%B8%93%E9%A2%98", "专题"), ("https://job.chepeixinzhi.com/", "招聘")]
        items = "".join(f'<a class="{cx("Header", "navItem")}{" " + cx("Header", "active") if label == active else ""}"'
                        f' href="{href}">{label}</a>' for href, label in nav)
        return (f'<header class="{cx("Header", "header")}"><div class="{cx("Header", "inner")}">'
                f'<a class="{cx("Header", "logo")}" href="/"><img src="/_next/static/media/logo.8a7b6c5d.svg" '
                f'alt="{self.site_name}" width="120" height="32"/></a><nav class="{cx("Header", "nav")}">{items}</nav>'
                f'<div class="{cx("Header", "search")}"><input type="text" placeholder="搜索资讯、企业、产品" value=""/>'
                f'<button type="button" aria-label="搜索"></button></div>'
                f'<div class="{cx("Header", "actions")}"><a class="{cx("Header", "publish")}" href="/user/write">投稿</a>'
                f'<a class="{cx("Header", "login")}" href="/user/login">登录 / 注册</a></div></div></header>')

    def footer(self) -> str:
        return (f'<footer class="{cx("Footer", "footer")}"><div class="{cx("Footer", "links")}">'
                '<a href="/about">关于我们</a><a href="/contact">联系我们</a><a href="/about#join">加入我们</a>'
                '<a href="/user/agreement">用户协议</a><a href="/user/privacy">隐私政策</a></div>'
                f'<div class="{cx("Footer", "copy")}"><p>© 2018-2026 {self.site_name} 版权所有 '
                '<a href="https://beian.miit.gov.cn/" rel="nofollow noreferrer" target="_blank">沪ICP备18023456号-2</a>'
                ' <span>沪公网安备 31010402008888号</span></p>'
                '<p>违法和不良信息举报电话：021-6088xxxx 举报邮箱：jubao@chepeixinzhi.com</p></div></footer>')

    def hot_list(self) -> str:
        lis = "".join(f'<li class="{cx("HotList", "item")}"><span class="{cx("HotList", "rank")} '
                      f'{cx("HotList", "top") if k < 3 else ""}">{k + 1}</span>'
                      f'<a class="{cx("HotList", "title")}" href="{self.article_path(a)}">{esc(a.title)}</a>'
                      f'<span class="{cx("HotList", "heat")}">{wan(a.views * 3 + 1234)}热度</span></li>'
                      for k, a in enumerate(self.top))
        return (f'<div class="{cx("HotList", "box")}"><div class="{cx("HotList", "head")}"><h3>24小时热榜</h3>'
                f'<span class="{cx("HotList", "tabs")}"><span class="{cx("HotList", "tabOn")}">热读</span>'
                f'<span>热评</span></span></div><ol class="{cx("HotList", "list")}">{lis}</ol></div>')

    def ad(self, slot: int) -> str:
        return (f'<div class="{cx("Ad", "banner")}"><a href="https://ad.chepeixinzhi.com/c?slot={slot}" '
                f'rel="nofollow noopener" target="_blank"><img src="https://img.cpxz-cdn.com/ad/{slot}.jpg" alt=""/></a>'
                f'<span class="{cx("Ad", "label")}">广告</span></div>')

    def next_data(self, page: str, query: dict, props: dict) -> str:
        blob = {"props": {"pageProps": props, "__N_SSP": True}, "page": page, "query": query, "buildId": BUILD_ID,
                "isFallback": False, "gssp": True, "locale": "zh-CN", "scriptLoader": []}
        return ('<script id="__NEXT_DATA__" type="application/json">'
                + nd_escape(json.dumps(blob, ensure_ascii=False, separators=(",", ":"))) + "</script>")

    def item_json(self, a: Art) -> dict:
        return {"id": a.aid, "title": a.title, "cover": f"https://img.cpxz-cdn.com/cover/{a.x['cover']}.jpg",
                "publishTime": int(a.when.timestamp() * 1000), "readCount": a.views, "commentCount": a.comments,
                "author": {"id": a.x["uid"], "name": a.author}, "channel": {"slug": a.ch.key, "name": a.ch.name}}

    # ---- body --------------------------------------------------------------------------
    def body_html(self, a: Art) -> str:
        out = []
        for b in a.blocks:
            if b[0] == "p":
                out.append(f"<p>{esc(b[1])}</p>")
            elif b[0] == "h":
                out.append(f"<h2>{esc(b[1])}</h2>" if len(b[1]) > 6 else f"<p><strong>{esc(b[1])}</strong></p>")
            elif b[0] == "img":
                src = f"https://img.cpxz-cdn.com/article/{a.x['cover']}/{len(out)}.jpg"
                out.append(f'<figure class="image"><img src="{src}" alt="" loading="lazy"/>'
                           f"<figcaption>{esc(b[1])}</figcaption></figure>")
            elif b[0] == "table":
                rows = "".join("<tr>" + "".join(f"<td><p>{esc(c)}</p></td>" for c in row) + "</tr>" for row in b[1])
                out.append(f'<div class="table-wrapper"><table><tbody>{rows}</tbody></table></div>')
            elif b[0] == "ul":
                out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
        return "".join(out)

    def article_html(self, a: Art) -> str:
        body = self.body_html(a)
        iso = a.when.isoformat()
        first = content.paragraphs(a.blocks)[0]
        summary = first[:56] + "…" if len(first) > 56 else first
        extra = (f'<meta name="keywords" content="{esc(",".join(a.x["tags"]))},汽车零部件"/>'
                 f'<meta name="description" content="{esc(summary)}"/><meta property="og:type" content="article"/>'
                 f'<meta property="og:title" content="{esc(a.title)}"/>'
                 f'<meta property="og:site_name" content="{self.site_name}"/>'
                 f'<meta property="article:published_time" content="{iso}"/>'
                 f'<meta property="article:author" content="{esc(a.author)}"/>'
                 f'<link rel="canonical" href="https://www.chepeixinzhi.com/article/{a.aid}"/>')
        C = lambda n: cx("ArticleDetail", n)  # noqa: E731
        meta = (f'<div class="{C("meta")}"><span class="{C("time")}">{a.date_disp}</span>'
                f'<span class="{C("dot")}">·</span><span class="{C("read")}">{a.views_disp}</span>'
                f'<span class="{C("dot")}">·</span><a class="{C("comment")}" href="#comment">{a.comments} 评论</a></div>')
        card = (f'<div class="{cx("AuthorCard", "card")}"><a href="/user/{a.x["uid"]}"><img class="{cx("AuthorCard", "avatar")}"'
                f' src="https://img.cpxz-cdn.com/avatar/{a.x["uid"]}.jpg" alt="{esc(a.author)}" width="40" height="40"/></a>'
                f'<div class="{cx("AuthorCard", "info")}"><a class="{cx("AuthorCard", "name")}" href="/user/{a.x["uid"]}">'
                f'{esc(a.author)}</a><div class="{cx("AuthorCard", "desc")}">{a.x["desc"]} · {a.x["posts"]}篇文章 · '
                f'{a.x["fans"]}粉丝</div></div><button type="button" class="{cx("AuthorCard", "follow")}">+ 关注</button></div>')
        summ = (f'<div class="{C("summary")}"><span>摘要</span>{esc(summary)}</div>' if a.x["summary"] else "")
        after = ""
        if a.source:
            after += f'<p class="{C("source")}">文章来源：{esc(a.source)}</p>'
        if a.editor:
            after += f'<p class="{C("editor")}">责任编辑：{esc(a.editor)}</p>'
        after += (f'<p class="{C("statement")}">声明：本文观点仅代表作者本人，{self.site_name}系信息发布平台，'
                  '仅提供信息存储空间服务。如需转载请联系授权。</p>')
        tags = "".join(f'<a class="{cx("Tags", "tag")}" href="/search?keyword={t}">#{t}</a>' for t in a.x["tags"])
        actions = (f'<div class="{cx("ActionBar", "bar")}"><button type="button" class="{cx("ActionBar", "like")}">'
                   f'点赞 {a.x["likes"]}</button><button type="button">收藏</button>'
                   f'<div class="{cx("ActionBar", "share")}"><span>分享到：</span><a href="javascript:;" title="微信">微信</a>'
                   '<a href="javascript:;" title="微博">微博</a><a href="javascript:;" title="QQ空间">QQ空间</a></div></div>')
        cards = "".join(
            f'<a class="{cx("RecommendCard", "card")}" href="{self.article_path(r)}">'
            f'<div class="{cx("RecommendCard", "cover")}"><img src="https://img.cpxz-cdn.com/cover/{r.x["cover"]}.jpg" alt=""'
            f' loading="lazy"/></div><div class="{cx("RecommendCard", "body")}"><h4 class="{cx("RecommendCard", "title")}">'
            f'{esc(r.title)}</h4><div class="{cx("RecommendCard", "foot")}"><span>{esc(r.author)}</span>'
            f'<span>{wan(r.views)}阅读</span><span>{self.list_date(r)[0]}</span></div></div></a>' for r in a.related)
        recommend = (f'<section class="{cx("Recommend", "section")}"><div class="{cx("Recommend", "header")}">'
                     f'<h3>相关推荐</h3></div><div class="{cx("Recommend", "list")}">{cards}</div></section>')
        crnd = random.Random(f"c:{a.aid}")
        clis = ""
        for k in range(min(a.comments, 3)):
            ago = ["12分钟前", "1小时前", "昨天 22:10", "3天前", "02-11"][crnd.randrange(5)]
            clis += (f'<li class="{cx("Comment", "item")}"><img class="{cx("Comment", "avatar")}" src="https://img.cpxz-cdn.com/'
                     f'avatar/u{crnd.randint(1000, 9999)}.jpg" alt=""/><div class="{cx("Comment", "main")}">'
                     f'<span class="{cx("Comment", "nick")}">{crnd.choice(content.NICKS)}</span>'
                     f'<p class="{cx("Comment", "text")}">{crnd.choice(content.COMMENTS)}</p>'
                     f'<div class="{cx("Comment", "meta")}"><span>{ago}</span><span>{crnd.choice(["浙江", "湖北", "广东", "吉林"])}</span>'
                     f'<span>回复</span><span>赞 {crnd.randint(0, 88)}</span></div></div></li>')
        more = (f'<a class="{cx("Comment", "more")}" href="javascript:;">查看全部{a.comments}条评论</a>'
                if a.comments > 3 else "")
        empty = "" if a.comments else f'<div class="{cx("Comment", "empty")}">暂无评论，快来抢沙发吧~</div>'
        comments = (f'<section class="{cx("Comment", "section")}" id="comment"><h3 class="{cx("Comment", "title")}">'
                    f'评论<span>{a.comments}</span></h3><div class="{cx("Comment", "editor")}">'
                    '<textarea placeholder="写下你的评论..." maxlength="500"></textarea><button type="button">发布</button></div>'
                    f'<ul class="{cx("Comment", "list")}">{clis}</ul>{empty}{more}</section>')
        crumb = (f'<div class="{cx("Breadcrumb", "breadcrumb")}"><a href="/">首页</a><span>/</span>'
                 f'<a href="/channel/{a.ch.key}">{a.ch.name}</a><span>/</span><span>正文</span></div>')
        main = (f'<main class="{cx("ArticlePage", "main")}"><div class="{cx("ArticlePage", "left")}">{crumb}'
                f'<article class="{C("article")}"><h1 class="{C("title")}">{esc(a.title)}</h1>{meta}{card}{summ}'
                f'<div class="{C("content")} {cx("richText", "richText")}">{body}</div>{after}'
                f'<div class="{cx("Tags", "tags")}">{tags}</div></article>{actions}{self.ad(3)}{recommend}{comments}</div>'
                f'<aside class="{cx("ArticlePage", "right")}">{self.ad(1)}{self.hot_list()}{self.ad(2)}</aside></main>')
        props = {"articleDetail": {**self.item_json(a), "content": body, "summary": summary, "source": a.source,
                                   "editor": a.editor, "tags": a.x["tags"], "likeCount": a.x["likes"]},
                 "relatedList": [self.item_json(r) for r in a.related],
                 "hotList": [{"id": t.aid, "title": t.title} for t in self.top]}
        return (self.head(f"{a.title}_{self.site_name}", extra)
                + f'<body><div id="__next"><div class="{cx("Layout", "container")}">{self.header(a.ch.name)}{main}'
                + self.footer() + "</div></div>"
                + self.next_data("/article/[id]", {"id": a.aid}, props)
                + '<script src="/_next/static/chunks/pages/article/%5Bid%5D-8a1b2c3d4e5f6a7b.js" defer=""></script>'
                + f'<script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script></body></html>')

    def feed_item(self, a: Art) -> str:
        F = lambda n: cx("FeedItem", n)  # noqa: E731
        first = content.paragraphs(a.blocks)[0]
        return (f'<div class="{F("item")}"><a class="{F("link")}" href="{self.article_path(a)}">'
                f'<div class="{F("content")}"><h3 class="{F("title")}">{esc(a.title)}</h3>'
                f'<p class="{F("summary")}">{esc(first[:60])}…</p><div class="{F("meta")}">'
                f'<span class="{F("tag")}">{a.ch.name}</span><span class="{F("author")}">{esc(a.author)}</span>'
                f'<span>{a.views_disp}</span><span>{a.comments}评论</span>'
                f'<span class="{F("time")}">{self.list_date(a)[0]}</span></div></div>'
                f'<div class="{F("cover")}"><img src="https://img.cpxz-cdn.com/cover/{a.x["cover"]}.jpg" alt="" '
                'loading="lazy"/></div></a></div>')

    def list_html(self, ch: Channel, n: int, npages: int, entries: list[Art]) -> str:
        P = lambda x: cx("Pagination", x)  # noqa: E731
        links = []
        if n > 1:
            links.append(f'<a class="{P("prev")}" href="{self.list_path(ch, n - 1, npages)}">上一页</a>')
        for k in range(1, npages + 1):
            links.append(f'<span class="{P("item")} {P("current")}">{k}</span>' if k == n else
                         f'<a class="{P("item")}" href="{self.list_path(ch, k, npages)}">{k}</a>')
        if n < npages:
            links.append(f'<a class="{P("next")}" href="{self.list_path(ch, n + 1, npages)}">下一页</a>')
        title = ch.name
        body = (f'<main class="{cx("ListPage", "main")}"><div class="{cx("ListPage", "left")}">'
                f'<div class="{cx("ListPage", "head")}"><h1 class="{cx("ListPage", "title")}">{title}</h1></div>'
                f'<div class="{cx("Feed", "list")}">{"".join(self.feed_item(a) for a in entries)}</div>'
                f'<div class="{P("pagination")}">{"".join(links)}</div></div>'
                f'<aside class="{cx("ListPage", "right")}">{self.hot_list()}{self.ad(4)}</aside></main>')
        props = {"list": [self.item_json(a) for a in entries], "page": n, "pageSize": self.per_page,
                 "total": len(self.chunks(ch)) and sum(len(c) for c in self.chunks(ch)),
                 "channel": None if ch.key == "*" else {"slug": ch.key, "name": ch.name}}
        q = {} if n == 1 else {"page": str(n)}
        page = "/news" if ch.key == "*" else "/channel/[slug]"
        if ch.key != "*":
            q = {"slug": ch.key, **q}
        suffix = "" if n == 1 else f"_第{n}页"
        return (self.head(f"{title}{suffix}_{self.site_name}") + f'<body><div id="__next"><div class="{cx("Layout", "container")}">'
                + self.header(ch.name if ch.key != "*" else "快讯") + body + self.footer() + "</div></div>"
                + self.next_data(page, q, props) + "</body></html>")

    def home_html(self, dead: str) -> str:
        latest = sorted(self.arts, key=lambda x: x.when, reverse=True)
        hero = "".join(f'<a class="{cx("Banner", "slide")}" href="{self.article_path(a)}"><img src="https://img.cpxz-cdn.com/'
                       f'cover/{a.x["cover"]}.jpg" alt=""/><p class="{cx("Banner", "caption")}">{esc(a.title)}</p></a>'
                       for a in latest[:3])
        flash = "".join(f'<li><span class="{cx("Flash", "time")}">{self.list_date(a)[0]}</span>'
                        f'<a href="{self.article_path(a)}">{esc(a.title)}</a></li>' for a in latest[:8])
        flash += f'<li><span class="{cx("Flash", "time")}">专题</span><a href="{dead}">【专题】2026汽车零部件百强榜</a></li>'
        blocks = ""
        for ch in self.channels:
            items = [a for a in latest if a.ch is ch][:4]
            blocks += (f'<section class="{cx("HomeChannel", "section")}"><div class="{cx("HomeChannel", "head")}">'
                       f'<h2>{ch.name}</h2><a href="/channel/{ch.key}">更多 &gt;</a></div>'
                       f'{"".join(self.feed_item(a) for a in items)}</section>')
        body = (f'<main class="{cx("Home", "main")}"><div class="{cx("Home", "left")}"><div class="{cx("Banner", "banner")}">'
                f'{hero}</div>{blocks}</div><aside class="{cx("Home", "right")}"><div class="{cx("Flash", "box")}">'
                f'<h3>7×24小时快讯</h3><ul>{flash}</ul><a href="/news">查看更多快讯</a></div>{self.hot_list()}'
                f'{self.ad(5)}</aside></main>')
        return (self.head(f"{self.site_name} - 汽车产业链资讯与数据服务平台",
                          '<meta name="description" content="车配新知，聚焦汽车零部件、新能源与后市场的产业媒体。"/>')
                + f'<body><div id="__next"><div class="{cx("Layout", "container")}">{self.header("首页")}{body}'
                + self.footer() + "</div></div>"
                + self.next_data("/", {}, {"feed": [self.item_json(a) for a in latest[:8]]}) + "</body></html>")

    def static_html(self, kind: str) -> str:
        if kind == "about":
            title, text = "关于我们", (f"<p>{self.site_name}创立于2018年，是一家专注汽车产业链的垂直媒体与数据服务平台，"
                                       "覆盖零部件、新能源、后市场等领域。</p><p>我们每天为超过50万产业用户提供资讯、"
                                       "研究报告和企业数据服务。</p>")
        else:
            title, text = "联系我们", ("<p>商务合作：bd@chepeixinzhi.com</p><p>投稿邮箱：tougao@chepeixinzhi.com</p>"
                                       "<p>地址：上海市嘉定区安亭镇墨玉南路xx号汽车创新港</p>")
        return (self.head(f"{title}_{self.site_name}") + f'<body><div id="__next"><div class="{cx("Layout", "container")}">'
                + self.header("") + f'<main class="{cx("Static", "main")}"><h1>{title}</h1>{text}</main>'
                + self.footer() + "</div></div>" + self.next_data(f"/{kind}", {}, {}) + "</body></html>")

    def not_found_html(self) -> str:
        return (self.head(f"404: 页面不存在_{self.site_name}") + '<body><div id="__next">'
                f'<div class="{cx("Error", "wrap")}"><h1 class="{cx("Error", "code")}">404</h1>'
                '<p>抱歉，您访问的页面不存在或已被删除</p><a href="/">返回首页</a></div></div>'
                + self.next_data("/404", {}, {}) + "</body></html>")

"""Nuxt 2 (Vue SSR) B2B parts platform news (配链网资讯): hashed classes, relative list dates, window.__NUXT__ with UTC dates."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from urllib.parse import quote

from . import content
from .core import (
    REFERENCE_TIME,
    TZ8,
    Art,
    Channel,
    Site,
    calendar_rel,
    chain,
    css_hash,
    esc,
    iso_date,
    kinds,
    paginate,
    rand_dates,
    unique_titles,
    utc,
    wan,
)

NAME = "nuxtportal"
SITE = "配链网"
BASE = "https://www.peilian.example.com"
PER_PAGE = 10
CATS = [Channel("hangye", "行业动态", 1), Channel("qiye", "企业资讯", 2), Channel("hangqing", "市场行情", 3),
        Channel("zhengce", "政策解读", 4)]
COUNTS = [12, 10, 8, 6]
DESK = "配链资讯编辑部"  # the platform's editorial account: shown in the author slot of reposts (truth null)
# the newest articles, chosen so that every kind of relative list date occurs at REFERENCE_TIME. All times are whole
# minutes: the page shows HH:MM and the __NUXT__ stamp carries :00 seconds, so both give the same instant.
FRESH = [dt.datetime(2026, 5, 18, 20, 12, tzinfo=TZ8), dt.datetime(2026, 5, 18, 9, 5, tzinfo=TZ8),
         dt.datetime(2026, 5, 17, 23, 40, tzinfo=TZ8), dt.datetime(2026, 5, 17, 8, 15, tzinfo=TZ8),
         dt.datetime(2026, 5, 16, 14, 20, tzinfo=TZ8), dt.datetime(2026, 5, 15, 0, 30, tzinfo=TZ8),
         dt.datetime(2026, 5, 13, 7, 50, tzinfo=TZ8), dt.datetime(2026, 5, 12, 18, 0, tzinfo=TZ8),
         dt.datetime(2026, 5, 11, 10, 2, tzinfo=TZ8)]
EARLY = [(2, 10), (5, 45), (1, 5), (6, 30)]  # early-morning local times of older articles: their UTC date is the day before
SUMMARIES = ["导读：{pr}市场出现新变化，{city}企业如何应对？", "导读：{co}的这一步，释放了什么信号？",
             "导读：一文看懂本周{pr}行情。", "导读：政策要点梳理，涉及{pr}企业的都来看看。"]


def _url(a: Art) -> str:
    return f"/news/{a.aid}.html"


def _list_url(ch: Channel | None, k: int = 1) -> str:
    base = "/news/" if ch is None else f"/news/{ch.key}/"
    return base if k == 1 else f"{base}?page={k}"


def _z(d: dt.datetime) -> str:  # what the API returns: UTC with milliseconds
    return utc(d).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _vid(name: str) -> str:
    return "data-v-" + hashlib.sha256(f"vue:{name}".encode()).hexdigest()[:8]


def _c(role: str) -> str:
    return "css-" + css_hash("emotion", role)


def _js(v, params: dict) -> str:
    """A devalue-like JS literal: bare keys, escaped < and /, repeated values as IIFE parameters."""
    if isinstance(v, bool) or v is None:
        return params[v]
    if isinstance(v, str) and v in params:
        return params[v]
    if isinstance(v, dict):
        return "{" + ",".join(f"{k}:{_js(x, params)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ",".join(_js(x, params) for x in v) + "]"
    if isinstance(v, int):
        return str(v)
    s = json.dumps(v, ensure_ascii=False)
    return s.replace("<", "\\u003C").replace(">", "\\u003E").replace("/", "\\u002F")


def _nuxt(data: list, route: str, extra_params: list[str]) -> str:
    values = [None, False, True, *extra_params]
    names = "abcdefghijklmnopqrstuvwxyz"
    params = {val: names[j] for j, val in enumerate(values)}
    state = {"layout": "default", "data": data, "fetch": {}, "error": None,
             "state": {"app": {"siteName": SITE, "cityCode": None, "isLogin": False}}, "serverRendered": True,
             "routePath": route, "config": {"_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None}}}
    args = ",".join(json.dumps(x, ensure_ascii=False).replace("/", "\\u002F") if isinstance(x, str) else _js(x, {None: "null", False: "false", True: "true"})
                    for x in values)
    return f"<script>window.__NUXT__=(function({','.join(names[:len(values)])}){{return {_js(state, params)}}}({args}));</script>"


def _body(blocks: list) -> str:
    """CKEditor 5 output (stored by the admin, rendered with v-html): figure.image / figcaption, figure.table."""
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<h3>{esc(b[1])}</h3>")
        elif b[0] == "img":
            cap = f"<figcaption>{esc(b[2])}</figcaption>" if b[2] else ""
            out.append(f'<figure class="image"><img src="https://img.peilian.example.com/news/{b[1].rsplit("/", 1)[-1]}">{cap}</figure>')
        elif b[0] == "table":
            head = "".join(f"<th>{esc(c)}</th>" for c in b[1][0])
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1][1:])
            out.append(f'<figure class="table"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></figure>')
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    older = rand_dates(rnd, n - len(FRESH), dt.datetime(2025, 4, 1, tzinfo=TZ8), dt.datetime(2026, 5, 9, 21, tzinfo=TZ8))
    for k, (h, m) in zip((2, 9, 17, 25), EARLY, strict=True):
        older[k] = older[k].replace(hour=h, minute=m)
    whens = sorted(older + FRESH)
    chans = [c for c, k in zip(CATS, COUNTS, strict=True) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        if chans[i].key == "hangqing":
            return ctx.fill(ar.choice(content.MARKET_TITLES)), (ctx, ar)
        if chans[i].key == "zhengce":
            return "解读｜" + ctx.fill(ar.choice(content.POLICY_TITLES)), (ctx, ar)
        return content.news_title(ctx), (ctx, ar)

    writers = [content.person(random.Random(f"{seed}:{NAME}:w:{j}")) for j in range(6)]
    arts: list[Art] = []
    used: set[int] = set()
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        ch = chans[i]
        if ch.key == "hangqing":
            blocks = content.market_blocks(ctx, ks[i])
        elif ch.key == "zhengce":
            blocks = content.policy_blocks(ctx)
        else:
            blocks = content.news_blocks(ctx, ks[i], "/news/")
        aid = 208000 + ar.randint(0, 999)
        while aid in used:
            aid += 1
        used.add(aid)
        a = Art(i, aid, ch, title, blocks, whens[i])
        if ch.key in ("hangye", "qiye") and ar.random() < 0.35:  # reposts: the desk account, a 来源
            a.extra["shown_author"] = DESK
            a.source = ar.choice(content.SOURCES)
        else:
            a.author = ar.choice(writers)
            a.extra["shown_author"] = a.author
        a.editor = content.person(ar) if ar.random() < 0.4 else None
        shown, a.views, approx = wan(ar.choice([ar.randint(120, 9999), ar.randint(10000, 268000)]))
        a.extra["views_shown"], a.extra["approx"] = shown, approx
        a.comments = ar.choice([0, 0, 2, 5, 11, 23, 40])
        a.extra["summary"] = ctx.fill(ar.choice(SUMMARIES)) if ar.random() < 0.5 else None
        a.extra["desc"] = content.paragraphs(blocks)[0][:48] + "…"
        a.extra["tags"] = [ctx.fixed["pr"], ctx.fixed["city"]]
        a.extra["updated"] = a.when + dt.timedelta(hours=ar.randint(1, 200)) if ar.random() < 0.3 else None
        if a.extra["updated"] and a.extra["updated"] > REFERENCE_TIME:
            a.extra["updated"] = None
        a.url = _url(a)
        a.page_urls = [a.url]
        arts.append(a)
    chain(arts, lambda x: x.ch.key)
    for a in arts:  # 猜你喜欢: four cards of the same category, the recommender's order (random)
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        same = [x for x in arts if x is not a and x.ch is a.ch]
        a.related = rr.sample(same, min(4, len(same)))
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    hot = sorted(arts, key=lambda x: (-x.views, x.aid))[:8]

    V = {k: _vid(k) for k in ("layout", "header", "crumb", "detail", "meta", "card", "list", "pager", "side", "footer", "related")}

    def header(active: str) -> str:
        nav = [("home", "/", "首页"), ("news", "/news/", "资讯")] + [(c.key, _list_url(c), c.name) for c in CATS]
        links = "".join(f'<a {V["header"]} href="{u}" class="{_c("nav-link")}{" nuxt-link-exact-active nuxt-link-active " + _c("nav-on") if k == active else ""}">{t}</a>'
                        for k, u, t in nav)
        return (f'<header {V["header"]} class="{_c("header")}"><div {V["header"]} class="{_c("header-inner")}">'
                f'<a {V["header"]} href="/" class="{_c("logo")} nuxt-link-active"><img {V["header"]} src="/_nuxt/img/logo.3f2a1b7.png" alt="{SITE}"><span {V["header"]} class="{_c("logo-sub")}">资讯</span></a>'
                f'<nav {V["header"]} class="{_c("nav")}">{links}</nav>'
                f'<div {V["header"]} class="{_c("header-right")}"><a {V["header"]} href="https://b2b.peilian.example.com/" class="{_c("btn-primary")}">进入商城</a>'
                f'<a {V["header"]} href="/user/login" rel="nofollow" class="{_c("btn-ghost")}">登录</a></div></div></header>')

    def footer() -> str:
        return (f'<footer {V["footer"]} class="{_c("footer")}"><div {V["footer"]} class="{_c("footer-inner")}">'
                f'<div {V["footer"]} class="{_c("footer-col")}"><div {V["footer"]} class="{_c("footer-title")}">关于配链</div><a {V["footer"]} href="/about.html">公司介绍</a><a {V["footer"]} href="/about.html#join">加入我们</a></div>'
                f'<div {V["footer"]} class="{_c("footer-col")}"><div {V["footer"]} class="{_c("footer-title")}">服务支持</div><a {V["footer"]} href="https://b2b.peilian.example.com/help">帮助中心</a><a {V["footer"]} href="/about.html#contact">联系我们</a></div>'
                f'<div {V["footer"]} class="{_c("footer-copy")}">&copy; 2019-2026 {SITE} peilian.example.com 沪ICP备19045678号-3</div></div>'
                f'<div {V["footer"]} class="{_c("sticky-bar")}" style="position:sticky;bottom:0;">'
                f'<a {V["footer"]} href="/">首页</a><a {V["footer"]} href="/news/">资讯</a><a {V["footer"]} href="https://b2b.peilian.example.com/inquiry">发布询价</a>'
                f'<a {V["footer"]} href="/about.html">关于我们</a><a {V["footer"]} href="javascript:void(0)">在线客服</a></div></footer>')

    def page(title: str, canonical: str, body: str, nuxt: str, active: str, description: str = "") -> str:
        return f"""<!doctype html>
<html data-n-head-ssr lang="zh-CN" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22zh-CN%22%7D%7D">
<head>
<title>{esc(title)}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="{esc(description or SITE + '资讯：汽车零部件行业动态、企业资讯、市场行情与政策解读。')}"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link data-n-head="ssr" rel="canonical" href="{BASE}{canonical}"><link rel="preload" href="/_nuxt/4c1e2a9.js" as="script"><link rel="preload" href="/_nuxt/a81f3d2.js" as="script"><link rel="preload" href="/_nuxt/7be05c4.js" as="script"><style data-vue-ssr-id="1b2f7a0e:0 5c9d3e11:0">.{_c("header")}{{position:sticky;top:0;z-index:20;background:#fff}}.{_c("sticky-bar")}{{display:flex;justify-content:space-around}}</style>
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__nuxt-loading" aria-live="polite" role="status" style="display:none;">Loading...</div><div id="__layout"><div {V["layout"]} class="{_c("app")}">{header(active)}<main {V["layout"]} class="{_c("main")}">{body}</main>{footer()}</div></div></div>{nuxt}<script src="/_nuxt/4c1e2a9.js" defer></script><script src="/_nuxt/a81f3d2.js" defer></script><script src="/_nuxt/7be05c4.js" defer></script>
</body>
</html>
"""

    def side() -> str:
        rows = "".join(f'<a {V["side"]} href="{x.url}?from=hot" class="{_c("hot-item")}"><span {V["side"]} class="{_c("hot-rank")}">{j}</span>'
                       f'<span {V["side"]} class="{_c("hot-title")}">{esc(x.title)}</span><span {V["side"]} class="{_c("hot-views")}">{x.extra["views_shown"]}</span></a>'
                       for j, x in enumerate(hot, 1))
        tags = "".join(f'<a {V["side"]} href="/search?keyword={quote(t)}" class="{_c("tag")}">{t}</a>' for t in ["新能源", "出口", "刹车片", "电驱", "后市场", "价格"])
        return (f'<aside {V["side"]} class="{_c("side")}"><div {V["side"]} class="{_c("side-box")}"><div {V["side"]} class="{_c("side-title")}">热门资讯</div>{rows}</div>'
                f'<div {V["side"]} class="{_c("side-box")}"><div {V["side"]} class="{_c("side-title")}">热门标签</div><div {V["side"]} class="{_c("tags")}">{tags}</div></div>'
                f'<div {V["side"]} class="{_c("side-box")} {_c("app-promo")}"><img {V["side"]} src="/_nuxt/img/qrcode.9e1c2d.png" alt=""><div {V["side"]}>扫码下载配链APP，随时查看行情</div></div></aside>')

    def crumb(items: list[tuple[str, str | None]]) -> str:
        sep = f'<span {V["crumb"]} class="{_c("crumb-sep")}">/</span>'
        parts = [f'<a {V["crumb"]} href="{u}" class="{_c("crumb-link")}">{t}</a>' if u else f'<span {V["crumb"]} class="{_c("crumb-cur")}">{t}</span>'
                 for t, u in items]
        return f'<div {V["crumb"]} class="{_c("crumb")}">{sep.join(parts)}</div>'

    hot_aliases = {x.aid for x in hot}

    # ------------------------------------------------------------------ article pages
    for a in arts:
        d = a.when
        author = (f'<div {V["meta"]} class="{_c("author")}"><img {V["meta"]} src="https://img.peilian.example.com/avatar/{css_hash("av", a.extra["shown_author"], length=10)}.png" class="{_c("avatar")}" alt="">'
                  f'<span {V["meta"]} class="{_c("author-name")}">{esc(a.extra["shown_author"])}</span></div>')
        src = (f'<span {V["meta"]} class="{_c("meta-item")}">来源：{esc(a.source)}</span>' if a.source
               else f'<span {V["meta"]} class="{_c("badge-original")}">原创</span>')
        meta = (f'<div {V["meta"]} class="{_c("meta")}">{author}<div {V["meta"]} class="{_c("meta-row")}">'
                f'<span {V["meta"]} class="{_c("meta-item")}">{d:%Y-%m-%d %H:%M}</span>{src}'
                f'<span {V["meta"]} class="{_c("meta-item")}">阅读 {a.extra["views_shown"]}</span>'
                f'<span {V["meta"]} class="{_c("meta-item")}">评论 {a.comments}</span></div></div>')
        summary = f'<div {V["detail"]} class="{_c("summary")}">{esc(a.extra["summary"])}</div>' if a.extra["summary"] else ""
        editor = f'<div {V["detail"]} class="{_c("editor")}">责任编辑：{a.editor}</div>' if a.editor else ""
        tags = "".join(f'<a {V["detail"]} href="/search?keyword={quote(t)}" class="{_c("tag")}">#{t}</a>' for t in a.extra["tags"])
        cards = "".join(f'<a {V["related"]} href="{r.url}" class="{_c("rel-card")}"><div {V["related"]} class="{_c("rel-thumb")}"><img {V["related"]} src="https://img.peilian.example.com/cover/{r.aid}.jpg" alt=""></div>'
                        f'<div {V["related"]} class="{_c("rel-title")}">{esc(r.title)}</div><div {V["related"]} class="{_c("rel-time")}">{calendar_rel(r.when)[0]}</div></a>'
                        for r in a.related)
        pn = ""
        if a.prev:
            pn += f'<a {V["detail"]} href="{a.prev.url}" class="{_c("pn")}"><span {V["detail"]}>上一篇</span>{esc(a.prev.title)}</a>'
        if a.next:
            pn += f'<a {V["detail"]} href="{a.next.url}" class="{_c("pn")}"><span {V["detail"]}>下一篇</span>{esc(a.next.title)}</a>'
        body = (f'<div {V["detail"]} class="{_c("container")}">{crumb([("首页", "/"), ("资讯", "/news/"), (a.ch.name, _list_url(a.ch)), ("正文", None)])}'
                f'<div {V["detail"]} class="{_c("two-col")}"><article {V["detail"]} class="{_c("detail")}">'
                f'<h1 {V["detail"]} class="{_c("title")}">{esc(a.title)}</h1>{meta}{summary}'
                f'<div {V["detail"]} class="{_c("content")} ck-content">{_body(a.blocks)}</div>{editor}'
                f'<div {V["detail"]} class="{_c("tags")}">{tags}</div>'
                f'<div {V["detail"]} class="{_c("actions")}"><button {V["detail"]} class="{_c("like")}">点赞</button><button {V["detail"]} class="{_c("fav")}">收藏</button><button {V["detail"]} class="{_c("share")}">分享</button></div>'
                f'<div {V["detail"]} class="{_c("pn-wrap")}">{pn}</div>'
                f'<section {V["related"]} class="{_c("related")}"><div {V["related"]} class="{_c("sec-title")}">猜你喜欢</div><div {V["related"]} class="{_c("rel-grid")}">{cards}</div></section>'
                f'<div {V["detail"]} class="{_c("comment")}"><div {V["detail"]} class="{_c("sec-title")}">全部评论（{a.comments}）</div><div {V["detail"]} class="{_c("comment-empty")}">登录后参与评论</div></div>'
                f'</article>{side()}</div></div>')
        detail = {"id": a.aid, "title": a.title, "summary": a.extra["summary"] or "", "categoryId": a.ch.cid, "categoryName": a.ch.name,
                  "publishedAt": _z(d), "updatedAt": _z(a.extra["updated"] or d), "isOriginal": a.source is None, "source": a.source or "",
                  "author": {"nickname": a.extra["shown_author"], "avatar": None}, "tags": a.extra["tags"], "commentCount": a.comments,
                  "content": _body(a.blocks)}
        related_js = [{"id": r.aid, "title": r.title, "publishedAt": _z(r.when)} for r in a.related]
        nuxt = _nuxt([{"detail": detail, "related": related_js}], a.url, [a.ch.name, SITE])
        html = page(f"{a.title}-{a.ch.name}-{SITE}", a.url, body, nuxt, a.ch.key, a.extra["desc"])
        site.add(a.url, html)
        aliases = []
        if a.aid in hot_aliases:  # 热门资讯 links carry ?from=hot (same page, canonical to the plain URL)
            site.add(f"{a.url}?from=hot", html)
            aliases.append(f"{a.url}?from=hot")
        related = [{"title": r.title, "url": r.url, "date": iso_date(r.when), "views": None} for r in a.related]
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(d), published_at=d.isoformat(),
                         published_display=f"{d:%Y-%m-%d %H:%M}", views_display=a.extra["views_shown"],
                         views_approx=a.extra["approx"], related=related, aliases=aliases)

    # ------------------------------------------------------------------ list pages (/news/ and categories, ?page=N)
    def pager(ch: Channel | None, k: int, total: int) -> str:
        if total <= 1:
            return ""
        items = [f'<a {V["pager"]} href="{_list_url(ch, k - 1)}" class="{_c("pg-btn")}">上一页</a>'] if k > 1 else []
        items += [f'<span {V["pager"]} class="{_c("pg-num")} {_c("pg-on")}">{j}</span>' if j == k
                  else f'<a {V["pager"]} href="{_list_url(ch, j)}" class="{_c("pg-num")}">{j}</a>' for j in range(1, total + 1)]
        if k < total:
            items.append(f'<a {V["pager"]} href="{_list_url(ch, k + 1)}" class="{_c("pg-btn")}">下一页</a>')
        return f'<div {V["pager"]} class="{_c("pager")}">{"".join(items)}</div>'

    for ch in [None, *CATS]:
        entries = latest if ch is None else [x for x in latest if x.ch is ch]
        chunks = paginate(entries, PER_PAGE)
        name = "全部资讯" if ch is None else ch.name
        for k, chunk in enumerate(chunks, 1):
            url = _list_url(ch, k)
            cards = []
            for pos, x in enumerate(chunk, 1):
                rel, date = calendar_rel(x.when)
                label = f'<span {V["card"]} class="{_c("card-cat")}">{x.ch.name}</span>' if ch is None else ""
                cards.append(f'<a {V["card"]} href="{x.url}" class="{_c("card")}"><div {V["card"]} class="{_c("card-cover")}"><img {V["card"]} src="https://img.peilian.example.com/cover/{x.aid}.jpg" alt=""></div>'
                             f'<div {V["card"]} class="{_c("card-body")}"><h3 {V["card"]} class="{_c("card-title")}">{esc(x.title)}</h3>'
                             f'<p {V["card"]} class="{_c("card-desc")}">{esc(x.extra["desc"])}</p><div {V["card"]} class="{_c("card-foot")}">{label}'
                             f'<span {V["card"]} class="{_c("card-time")}">{rel}</span><span {V["card"]} class="{_c("card-views")}">{x.extra["views_shown"]}阅读</span></div></div></a>')
                site.listing(url, pos, x, date.isoformat(), rel, x.views, x.ch.name if ch is None else None)
            tabs = "".join(f'<a {V["list"]} href="{_list_url(c)}" class="{_c("tab")}{" " + _c("tab-on") if c is ch else ""}">{c.name}</a>' for c in [None, *CATS] if c is not None)
            tabs = f'<a {V["list"]} href="/news/" class="{_c("tab")}{" " + _c("tab-on") if ch is None else ""}">全部</a>' + tabs
            crumbs = [("首页", "/"), ("资讯", None)] if ch is None else [("首页", "/"), ("资讯", "/news/"), (ch.name, None)]
            body = (f'<div {V["list"]} class="{_c("container")}">{crumb(crumbs)}<div {V["list"]} class="{_c("two-col")}"><section {V["list"]} class="{_c("list")}">'
                    f'<div {V["list"]} class="{_c("tabs")}">{tabs}</div><div {V["list"]} class="{_c("cards")}">{"".join(cards)}</div>{pager(ch, k, len(chunks))}</section>{side()}</div></div>')
            items_js = [{"id": x.aid, "title": x.title, "categoryName": x.ch.name, "publishedAt": _z(x.when), "cover": f"https://img.peilian.example.com/cover/{x.aid}.jpg"}
                        for x in chunk]
            nuxt = _nuxt([{"list": items_js, "total": len(entries), "page": k, "pageSize": PER_PAGE}], url, [SITE])
            t = name if k == 1 else f"{name}-第{k}页"
            site.add(url, page(f"{t}-{SITE}资讯", url, body, nuxt, "news" if ch is None else ch.key))
            site.list_pages.append({"url": url, "aliases": []})

    # ------------------------------------------------------------------ home, about, 404, robots
    dead = "/news/207001.html"
    top = latest[:4]
    cards = "".join(f'<a {V["card"]} href="{x.url}" class="{_c("hero-card")}"><img {V["card"]} src="https://img.peilian.example.com/cover/{x.aid}.jpg" alt=""><div {V["card"]} class="{_c("hero-title")}">{esc(x.title)}</div></a>'
                    for x in top)
    blocks = []
    for ch in CATS:
        rows = "".join(f'<a {V["list"]} href="{x.url}" class="{_c("home-item")}"><span {V["list"]}>{esc(x.title)}</span><span {V["list"]} class="{_c("home-time")}">{calendar_rel(x.when)[0]}</span></a>'
                       for x in [y for y in latest if y.ch is ch][:5])
        blocks.append(f'<section {V["list"]} class="{_c("home-block")}"><div {V["list"]} class="{_c("sec-title")}">{ch.name}<a {V["list"]} href="{_list_url(ch)}" class="{_c("more")}">更多</a></div>{rows}</section>')
    notice = f'<div {V["layout"]} class="{_c("notice")}">公告：<a {V["layout"]} href="{dead}">关于配链网资讯频道改版升级的说明</a></div>'
    body = (f'<div {V["layout"]} class="{_c("container")}">{notice}<div {V["layout"]} class="{_c("hero")}">{cards}</div>'
            f'<div {V["layout"]} class="{_c("two-col")}"><div {V["layout"]} class="{_c("home-main")}">{"".join(blocks)}</div>{side()}</div></div>')
    nuxt = _nuxt([{"banner": [{"id": x.aid, "title": x.title} for x in top]}], "/", [SITE])
    site.add("/", page(f"{SITE}-汽车零部件B2B采购平台", "/", body, nuxt, "home"))
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (removed article linked from the home notice bar)"})
    about = (f'<div {V["layout"]} class="{_c("container")}">{crumb([("首页", "/"), ("关于我们", None)])}<div {V["layout"]} class="{_c("about")}">'
             f'<h1 {V["layout"]}>关于{SITE}</h1><p {V["layout"]}>{SITE}是面向汽车零部件流通企业的B2B采购平台，资讯频道提供行业动态、企业资讯、市场行情和政策解读。</p>'
             f'<p {V["layout"]} id="join">加入我们：hr@peilian.example.com</p><p {V["layout"]} id="contact">客服电话：400-820-0000（示例）</p></div></div>')
    site.add("/about.html", page(f"关于我们-{SITE}", "/about.html", about, _nuxt([{}], "/about.html", [SITE]), ""))
    site.non_articles.append({"url": "/about.html", "reason": "关于我们 (single page)"})
    site.add("/404.html", page(f"页面不存在-{SITE}", "/404.html",
                               '<div class="__nuxt-error-page"><div class="error"><svg xmlns="http://www.w3.org/2000/svg" width="90" height="90" fill="#DBE1EC" viewBox="0 0 48 48"><path d="M22 30h4v4h-4zm0-16h4v12h-4z"/></svg>'
                               '<div class="title">This page could not be found</div><p class="description"><a href="/" class="error-link">Back to the home page</a></p></div></div>',
                               _nuxt([{}], "/404.html", [SITE]), ""))
    site.raw["/robots.txt"] = (f"User-agent: *\nDisallow: /search\nDisallow: /user/\nDisallow: /api/\nDisallow: /_nuxt/\n\n"
                               f"Sitemap: {BASE}/sitemap.xml\n").encode()
    return site

"""Typecho 1.2 personal industry blog (default theme, lightly customised), UTF-8."""

from __future__ import annotations

import datetime as dt
import random
from urllib.parse import quote

from . import content
from .core import REFERENCE_TIME, Article, Channel, Family, esc, iso_at, iso_day, list_chunks

BLOG = "老周说汽配"
TAGS = ["后市场", "出口", "新能源", "财报", "供应链", "刹车片", "减振器", "轮毂轴承", "热管理", "线控底盘", "汽配城", "标准"]
COMMENTERS = ["阿杰", "台州老陈", "做轴承的小王", "Kevin", "路过的采购", "汽配人张工", "铁锤", "匿名"]


def cn_date(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def rel_date(d: dt.datetime) -> str:
    """The theme's "fuzzy" date on list pages (anchored to the fetch time)."""
    delta = REFERENCE_TIME - d
    days = (REFERENCE_TIME.date() - d.date()).days
    if days == 0 and delta < dt.timedelta(hours=1):
        return f"{int(delta.total_seconds() // 60)} 分钟前"
    if days == 0:
        return f"{int(delta.total_seconds() // 3600)} 小时前"
    if days == 1:
        return f"昨天 {d:%H:%M}"
    if days < 7:
        return f"{days} 天前"
    return cn_date(d)


def render_body(blocks: list[tuple], more: bool) -> str:
    out = []
    for i, b in enumerate(blocks):
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<h3>{esc(b[1])}</h3>")
        elif b[0] == "img":
            alt = esc(b[2] or "")
            out.append(f'<p><img src="/usr/uploads/2026/0{1 + i % 9}/{abs(hash_s(b[1]))}.jpg" alt="{alt}" title="{alt}"></p>')
            if b[2]:
                out.append(f"<p><em>{esc(b[2])}</em></p>")
        elif b[0] == "table":
            head, *rows = b[1]
            th = "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>"
            tr = "".join("<tr>\n" + "".join(f"<td>{esc(c)}</td>\n" for c in r) + "</tr>\n" for r in rows)
            out.append(f"<table>\n<thead>{th}</thead>\n<tbody>\n{tr}</tbody>\n</table>")
        elif b[0] == "ul":
            out.append("<ul>\n" + "".join(f"<li>{esc(x)}</li>\n" for x in b[1]) + "</ul>")
        if i == 0 and more:
            out.append("<!--more-->")
    return "\n".join(out)


def hash_s(s: str) -> int:
    import hashlib
    return int(hashlib.md5(s.encode()).hexdigest()[:10], 16)


class Typecho(Family):
    name = "typecho"
    site_name = BLOG
    encoding = "utf-8"
    declared = "utf-8"
    n_articles = 27
    per_page = 6
    aid_base = 41
    aid_step = 4
    split = 2
    size_mix = (("short", 0.25), ("mid", 0.35), ("long", 0.4))
    about_path = "/about.html"
    contact_path = "/contact.html"
    robots = "User-agent: *\nDisallow: /admin/\nDisallow: /action/\nDisallow: /search/\nDisallow: /feed/\n"
    recent = (dt.timedelta(minutes=42), dt.timedelta(hours=5, minutes=20), dt.timedelta(hours=18, minutes=25),
              dt.timedelta(days=3, hours=2), dt.timedelta(days=5, hours=-4))

    def __init__(self, seed: int):
        super().__init__(seed)
        self.channels = [
            Channel("news", "行业观察", 1, ["market", "finance", "policy", "expo", "project"]),
            Channel("aftermarket", "后市场", 2, ["after", "recall"]),
            Channel("tech", "技术笔记", 3, ["tech", "product"]),
        ]

    def meta(self, a: Article, r: random.Random) -> None:
        a.author = "老周" if r.random() < 0.8 else "林一帆"
        a.x["uid"] = 1 if a.author == "老周" else 2
        a.source = a.editor = None
        a.date_disp = cn_date(a.when)
        a.truth_at = iso_at(a.when)  # from <time datetime="...">
        a.truth_date = iso_day(a.when)
        a.views = a.hits
        a.views_disp = f"{a.hits:,}"
        a.comments = r.choice([0, 0, 0, 1, 2, 3, 5])
        a.x["tags"] = sorted(r.sample(TAGS, r.randint(1, 3)), key=TAGS.index)
        a.x["comments"] = []
        t = a.when
        for k in range(a.comments):
            t = min(t + dt.timedelta(hours=r.randint(1, 70), minutes=r.randint(0, 59)), REFERENCE_TIME - dt.timedelta(minutes=5))
            a.x["comments"].append((a.aid * 10 + k, r.choice(COMMENTERS), t, content.comment_text(r)))
        # the comment "回复" links (?replyTo=N) serve the same post: duplicates of the article URL
        a.x["aliases"] = [f"{self.article_path(a)}?replyTo={c[0]}" for c in a.x["comments"]]

    def article_path(self, a: Article, page: int = 1) -> str:
        return f"/archives/{a.aid}/" if page == 1 else f"/archives/{a.aid}/{page}/"

    def list_path(self, ch: Channel, n: int) -> str:
        return f"/category/{ch.key}/" if n == 1 else f"/category/{ch.key}/{n}/"

    @staticmethod
    def tag_path(tag: str) -> str:
        return f"/tag/{quote(tag)}/"

    # ---- parts -------------------------------------------------------------------------------
    def head(self, title: str, desc: str = "", keywords: str = "") -> str:
        pages = "".join(f'<a href="{u}" title="{t}">{t}</a>' for u, t in [(self.about_path, "关于"), (self.contact_path, "联系")])
        return f"""<!DOCTYPE HTML>
<html class="no-js">
<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="renderer" content="webkit">
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
    <title>{esc(title)}</title>
    <link rel="stylesheet" href="/usr/themes/default/normalize.css">
    <link rel="stylesheet" href="/usr/themes/default/grid.css">
    <link rel="stylesheet" href="/usr/themes/default/style.css">
<meta name="description" content="{esc(desc)}" />
<meta name="keywords" content="{esc(keywords)}" />
<meta name="generator" content="Typecho 1.2.1" />
<meta name="template" content="default" />
<link rel="pingback" href="/action/xmlrpc" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/action/xmlrpc?rsd" />
<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="/feed/" />
</head>
<body>
<header id="header" class="clearfix">
    <div class="container">
        <div class="row">
            <div class="site-name col-mb-12 col-9">
                <h1><a id="logo" href="/">{BLOG}</a></h1>
                <p class="description">一个汽配老兵的行业笔记</p>
            </div>
            <div class="site-search col-3 kit-hidden-tb">
                <form id="search" method="post" action="/search/" role="search">
                    <label for="s" class="sr-only">搜索关键字</label>
                    <input type="text" id="s" name="s" class="text" placeholder="输入关键字搜索" />
                    <button type="submit" class="submit">搜索</button>
                </form>
            </div>
            <div class="col-mb-12">
                <nav id="nav-menu" class="clearfix" role="navigation">
                    <a href="/">首页</a>{pages}
                </nav>
            </div>
        </div>
    </div>
</header>
<div id="body">
    <div class="container">
        <div class="row">
"""

    def sidebar(self) -> str:
        latest = "".join(f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a></li>' for a in self.latest(10))
        comments = sorted(((c, a) for a in self.arts for c in a.x["comments"]), key=lambda x: x[0][2], reverse=True)[:6]
        recent = "".join(f'<li><a href="{self.article_path(a)}#comment-{cid}">{esc(who)}</a>: {esc(text[:20])}</li>'
                         for (cid, who, _t, text), a in comments)
        cats = "".join(f'<li class="category-level-0 category-parent"><a href="{self.list_path(c, 1)}">{c.name}</a> ({len(self.by_channel(c))})</li>'
                       for c in self.channels)
        months = sorted({(a.when.year, a.when.month) for a in self.arts}, reverse=True)
        arch = "".join(f'<li><a href="/{y}/{m:02d}/">{y}年{m}月</a></li>' for y, m in months)
        tags = " ".join(f'<a href="{self.tag_path(t)}" class="tag-{i % 5}">{t}</a>' for i, t in enumerate(self.used_tags()))
        return f"""
<div class="col-mb-12 col-offset-1 col-3 kit-hidden-tb" id="secondary" role="complementary">
    <section class="widget"><h3 class="widget-title">最新文章</h3><ul class="widget-list">{latest}</ul></section>
    <section class="widget"><h3 class="widget-title">最近回复</h3><ul class="widget-list">{recent}</ul></section>
    <section class="widget"><h3 class="widget-title">分类</h3><ul class="widget-list">{cats}</ul></section>
    <section class="widget"><h3 class="widget-title">归档</h3><ul class="widget-list">{arch}</ul></section>
    <section class="widget"><h3 class="widget-title">标签云</h3><div class="tags-cloud">{tags}</div></section>
    <section class="widget"><h3 class="widget-title">其它</h3><ul class="widget-list"><li><a href="/admin/login.php">登录</a></li><li><a href="/feed/">文章 RSS</a></li><li><a href="/feed/comments/">评论 RSS</a></li><li><a href="http://www.typecho.org">Typecho</a></li></ul></section>
</div><!-- end #sidebar -->
"""

    def foot(self) -> str:
        return f"""        </div><!-- end .row -->
    </div>
</div><!-- end #body -->
<footer id="footer" role="contentinfo">
    &copy; 2026 <a href="/">{BLOG}</a>.
    由 <a href="http://www.typecho.org">Typecho</a> 强力驱动. <a href="https://beian.miit.gov.cn/" rel="nofollow">沪ICP备2021012345号-1</a>
</footer>
</body>
</html>
"""

    def used_tags(self) -> list[str]:
        used = {t for a in self.arts for t in a.x["tags"]}
        return [t for t in TAGS if t in used]

    def post_meta(self, a: Article, on_list: bool) -> str:
        when = rel_date(a.when) if on_list else a.date_disp
        if on_list:
            cnum = "评论" if a.comments == 0 else f"{a.comments} 条评论"
            tail = f'<li itemprop="interactionCount"><a itemprop="discussionUrl" href="{self.article_path(a)}#comments">{cnum}</a></li>'
        else:
            tail = f"<li>阅读: {a.views_disp}</li>"
        return f"""<ul class="post-meta">
                <li itemprop="author" itemscope itemtype="http://schema.org/Person">作者: <a itemprop="name" href="/author/{a.x['uid']}/" rel="author">{a.author}</a></li>
                <li>时间: <time datetime="{a.when.isoformat()}" itemprop="datePublished">{when}</time></li>
                <li>分类: <a href="{self.list_path(a.ch, 1)}">{a.ch.name}</a></li>
                {tail}
            </ul>"""

    def article_html(self, a: Article, page: int, npages: int) -> str:
        body = render_body(a.pages[page - 1], more=page == 1 and len(a.blocks) > 1)
        nav = ""
        if npages > 1:
            nav = '<div class="page-navigator">分页: ' + " ".join(
                f'<span class="current">{k}</span>' if k == page else f'<a href="{self.article_path(a, k)}">{k}</a>'
                for k in range(1, npages + 1)) + "</div>"
        tags = ", ".join(f'<a href="{self.tag_path(t)}">{t}</a>' for t in a.x["tags"])
        prev = f'<a href="{self.article_path(a.prev)}" title="{esc(a.prev.title)}">{esc(a.prev.title)}</a>' if a.prev else "没有了"
        nxt = f'<a href="{self.article_path(a.next)}" title="{esc(a.next.title)}">{esc(a.next.title)}</a>' if a.next else "没有了"
        rel = "".join(f'<li><a href="{self.article_path(r)}" title="{esc(r.title)}">{esc(r.title)}</a></li>' for r in a.related)
        head_c = {0: "暂无评论", 1: "仅有一条评论"}.get(a.comments, f"已有 {a.comments} 条评论")
        clist = "".join(f"""
<li id="li-comment-{cid}" class="comment-body comment-parent comment-odd">
    <div id="comment-{cid}">
        <div class="comment-author"><img class="avatar" src="/usr/avatar/{cid % 7}.png" alt="{esc(who)}" width="32" height="32" /><cite class="fn">{esc(who)}</cite></div>
        <div class="comment-meta"><a href="{self.article_path(a)}#comment-{cid}"><time datetime="{t.isoformat()}">{cn_date(t)} {t:%H:%M}</time></a></div>
        <div class="comment-content"><p>{esc(text)}</p></div>
        <div class="comment-reply"><a href="{self.article_path(a)}?replyTo={cid}#respond-post-{a.aid}" rel="nofollow" onclick="return TypechoComment.reply('comment-{cid}', {cid});">回复</a></div>
    </div>
</li>""" for cid, who, t, text in a.x["comments"])
        clist = f'<ol class="comment-list">{clist}</ol>' if clist else ""
        title = a.title if page == 1 else f"{a.title}（第{page}页）"
        return self.head(f"{title} - {BLOG}", content.summary(a.blocks, 80), ",".join(a.x["tags"])) + f"""
<div class="col-mb-12 col-8" id="main" role="main">
    <article class="post" itemscope itemtype="http://schema.org/BlogPosting">
        <h2 class="post-title" itemprop="name headline"><a itemprop="url" href="{self.article_path(a)}">{esc(a.title)}</a></h2>
        {self.post_meta(a, False)}
        <div class="post-content" itemprop="articleBody">
{body}
        </div>
        {nav}
        <p itemprop="keywords" class="tags">标签: {tags}</p>
    </article>
    <div class="related-posts"><h3>相关文章</h3><ul>{rel}</ul></div>
    <div id="comments">
        <h3>{head_c}</h3>
        {clist}
        <div id="respond-post-{a.aid}" class="respond">
            <div class="cancel-comment-reply"><a id="cancel-comment-reply-link" href="{self.article_path(a)}#respond-post-{a.aid}" rel="nofollow" style="display:none" onclick="return TypechoComment.cancelReply();">取消回复</a></div>
            <h3 id="response">添加新评论</h3>
            <form method="post" action="{self.article_path(a)}comment" id="comment-form" role="form">
                <p><label for="author" class="required">称呼</label><input type="text" name="author" id="author" class="text" value="" required /></p>
                <p><label for="mail" class="required">Email</label><input type="email" name="mail" id="mail" class="text" value="" required /></p>
                <p><label for="url">网站</label><input type="url" name="url" id="url" class="text" placeholder="http://" value="" /></p>
                <p><label for="textarea" class="required">内容</label><textarea rows="8" cols="50" name="text" id="textarea" class="textarea" required></textarea></p>
                <p><button type="submit" class="submit">提交评论</button></p>
            </form>
        </div>
    </div>
    <ul class="post-near">
        <li>上一篇: {prev}</li>
        <li>下一篇: {nxt}</li>
    </ul>
</div><!-- end #main-->
""" + self.sidebar() + self.foot()

    def post_list(self, posts: list[Article]) -> str:
        out = []
        for a in posts:
            more = len(a.blocks) > 1
            excerpt = render_body(a.blocks[:1], False)
            if more:
                excerpt += f'<p class="more"><a href="{self.article_path(a)}" title="{esc(a.title)}">- 阅读剩余部分 -</a></p>'
            out.append(f"""
    <article class="post" itemscope itemtype="http://schema.org/BlogPosting">
        <h2 class="post-title" itemprop="name headline"><a itemprop="url" href="{self.article_path(a)}">{esc(a.title)}</a></h2>
        {self.post_meta(a, True)}
        <div class="post-content" itemprop="articleBody">
            {excerpt}
        </div>
    </article>""")
        return "".join(out)

    def archive_page(self, title: str, heading: str | None, posts: list[Article], pager: str) -> str:
        h = f'<h3 class="archive-title">{heading}</h3>' if heading else ""
        return self.head(title) + f"""
<div class="col-mb-12 col-8" id="main" role="main">
    {h}
    {self.post_list(posts)}
    {pager}
</div><!-- end #main-->
""" + self.sidebar() + self.foot()

    @staticmethod
    def pager(path_of, n: int, total: int) -> str:
        if total <= 1:
            return ""
        items = []
        if n > 1:
            items.append(f'<li class="prev"><a href="{path_of(n - 1)}">&laquo; 前一页</a></li>')
        for k in range(1, total + 1):
            items.append(f'<li class="current"><a href="{path_of(k)}">{k}</a></li>' if k == n else f'<li><a href="{path_of(k)}">{k}</a></li>')
        if n < total:
            items.append(f'<li class="next"><a href="{path_of(n + 1)}">后一页 &raquo;</a></li>')
        return '<ol class="page-navigator">' + "".join(items) + "</ol>"

    def single_page(self, title: str, text: list[str]) -> str:
        return self.head(f"{title} - {BLOG}") + f"""
<div class="col-mb-12 col-8" id="main" role="main">
    <article class="post" itemscope itemtype="http://schema.org/BlogPosting">
        <h2 class="post-title" itemprop="name headline">{title}</h2>
        <div class="post-content" itemprop="articleBody">{"".join(f"<p>{esc(t)}</p>" for t in text)}</div>
    </article>
</div>
""" + self.sidebar() + self.foot()

    def not_found_html(self) -> str:
        return self.head(f"页面没找到 - {BLOG}") + """
<div class="col-mb-12 col-tb-8 col-tb-offset-2">
    <div class="error-page">
        <h2 class="post-title">404 - 页面没找到</h2>
        <p>你想查看的页面已被转移或删除了, 要不要搜索看看: </p>
        <form method="post"><p><input type="text" name="s" class="text" autofocus /></p><p><button type="submit" class="submit">搜索</button></p></form>
    </div>
</div><!-- end #content-->
""" + self.foot()

    def build_pages(self) -> None:
        self.pages["/usr/themes/default/normalize.css"] = b"/* normalize.css */\nbody{margin:0;font-size:12px}\n"
        self.pages["/usr/themes/default/grid.css"] = b"/* grid.css */\nbody{margin:0;font-size:12px}\n"
        self.pages["/usr/themes/default/style.css"] = b"/* style.css */\nbody{margin:0;font-size:12px}\n"
        for a in self.arts:
            for p in range(1, len(a.pages) + 1):
                self.pages[self.article_path(a, p)] = self.article_html(a, p, len(a.pages))
        for ch in self.channels:
            chunks = list_chunks(self.by_channel(ch), self.per_page)
            for n, chunk in enumerate(chunks, 1):
                html = self.archive_page(f"分类 {ch.name} 下的文章" + (f" - 第 {n} 页" if n > 1 else "") + f" - {BLOG}",
                                         f"分类 {ch.name} 下的文章", chunk,
                                         self.pager(lambda k, ch=ch: self.list_path(ch, k), n, len(chunks)))
                self.add_list_page(self.list_path(ch, n), html,
                                   [(a, rel_date(a.when), iso_day(a.when), None) for a in chunk])
        home_chunks = list_chunks(self.latest(len(self.arts)), self.per_page)

        def home_path(k):
            return "/" if k == 1 else f"/page/{k}/"
        dead = "/archives/9999/"
        self.rejects.append({"url": dead, "reason": "HTTP 404 (dead link on the home page)"})
        for n, chunk in enumerate(home_chunks, 1):
            html = self.archive_page(BLOG if n == 1 else f"第 {n} 页 - {BLOG}", None, chunk,
                                     self.pager(home_path, n, len(home_chunks)))
            if n == 1:
                html = html.replace('<section class="widget"><h3 class="widget-title">其它</h3>',
                                    f'<section class="widget"><h3 class="widget-title">置顶</h3><ul class="widget-list"><li><a href="{dead}">【置顶】写在博客十周年</a></li></ul></section>\n    <section class="widget"><h3 class="widget-title">其它</h3>', 1)
            self.pages[home_path(n)] = html
            self.non_articles.append({"url": home_path(n), "reason": "home page" if n == 1 else "home page pagination"})
        for t in self.used_tags():
            posts = [a for a in self.latest(len(self.arts)) if t in a.x["tags"]]
            self.pages[f"/tag/{t}/"] = self.archive_page(f"标签 {t} 下的文章 - {BLOG}", f"标签 {t} 下的文章", posts, "")
            self.non_articles.append({"url": self.tag_path(t), "reason": "tag archive"})
        for y, m in sorted({(a.when.year, a.when.month) for a in self.arts}):
            posts = [a for a in self.latest(len(self.arts)) if (a.when.year, a.when.month) == (y, m)]
            self.pages[f"/{y}/{m:02d}/"] = self.archive_page(f"{y}年{m}月 的文章 - {BLOG}", f"发布于 {y} 年 {m} 月 的文章", posts, "")
            self.non_articles.append({"url": f"/{y}/{m:02d}/", "reason": "monthly archive"})
        for uid, who in ((1, "老周"), (2, "林一帆")):
            posts = [a for a in self.latest(len(self.arts)) if a.x["uid"] == uid]
            self.pages[f"/author/{uid}/"] = self.archive_page(f"{who} 发布的文章 - {BLOG}", f"{who} 发布的文章", posts, "")
            self.non_articles.append({"url": f"/author/{uid}/", "reason": "author archive"})
        self.pages[self.about_path] = self.single_page("关于", ["老周，在汽配行业摸爬滚打二十年，做过主机厂配套，也开过汽配城门店。",
                                                               "这个博客记录一些行业观察和技术笔记，观点仅代表个人。"])
        self.pages[self.contact_path] = self.single_page("联系", ["邮箱：laozhou@example.net", "微信公众号：老周说汽配"])
        self.pages[self.not_found] = self.not_found_html()
        self.non_articles += [{"url": self.about_path, "reason": "关于 (static page)"},
                              {"url": self.contact_path, "reason": "联系 (static page)"}]

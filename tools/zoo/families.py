"""The zoo's template families: how each CMS renders article, list, home and static pages.

A family is a :class:`Family` subclass: URL scheme (``article_path``, ``list_path``), date and
counter display (``meta``) and markup (``article_html``, ``list_html``, ``frame``). All names and
text are invented; the markup follows each CMS's default template conventions.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from html import escape as _esc

from . import text

TZ = dt.timezone(dt.timedelta(hours=8))
#: Fetch time the zoo is generated for (anchor of the mobile family's relative dates).
REFERENCE_TIME = dt.datetime(2026, 6, 15, 12, 0, 0, tzinfo=TZ)


INDENT_P = '<p style="text-indent:2em">'


def esc(s: str) -> str:
    return _esc(s, quote=True)


@dataclass
class Channel:
    key: str
    name: str
    cid: int


@dataclass
class Article:
    aid: int
    ch: Channel
    title: str
    blocks: list
    when: dt.datetime
    pages: list = field(default_factory=list)  # blocks per page (split articles: >1)
    author: str | None = None
    editor: str | None = None
    source: str | None = None
    views: int | None = None  # shown on the article page (None: not shown / JS-filled)
    views_disp: str | None = None
    list_views: int = 0  # click count shown in lists
    comments: int | None = None
    date_disp: str = ""
    truth_date: str | None = None
    truth_at: str | None = None
    related: list = field(default_factory=list)
    prev: Article | None = None
    next: Article | None = None


def ymd(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%d")


def iso(d: dt.datetime) -> str:
    return d.isoformat()


def blocks_html(blocks: list, p_open: str = "<p>", p_close: str = "</p>") -> str:
    out = []
    for kind, value in blocks:
        if kind == "p":
            out.append(f"{p_open}{esc(value)}{p_close}")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in value) + "</ul>")
        else:
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in value)
            out.append(f'<table border="1" cellspacing="0" cellpadding="4">{rows}</table>')
    return "\n".join(out)


class Family:
    name = "base"
    site_name = ""
    encoding = "utf-8"  # bytes on disk
    declared = "utf-8"  # charset in <meta>
    header_charset = False  # Content-Type charset header on every HTML page
    channels: tuple[Channel, ...] = ()
    n_articles = 30
    per_page = 6
    long_share = 0.6
    split = 0  # how many long articles are split over 2 pages
    has_print = False
    aid_base = 100

    # ---- URLs
    def article_path(self, a: Article, page: int = 1) -> str:
        raise NotImplementedError

    def list_path(self, ch: Channel, n: int) -> str:
        raise NotImplementedError

    def list_aliases(self, ch: Channel) -> list[str]:
        return []

    def print_path(self, a: Article) -> str | None:
        return None

    home_path, about_path, contact_path = "/", "/about.html", "/contact.html"

    def file_for(self, url: str) -> str:
        """File under www/ that serves URL (query URLs get a route in serve.json)."""
        if "?" in url:
            path, query = url.split("?", 1)
            return "/_q" + path.rstrip("/") + "/" + query.replace("&", "_").replace("=", "-") + ".html"
        return url + "index.html" if url.endswith("/") else url

    # ---- content
    def meta(self, a: Article, rnd: random.Random) -> None:
        """Fill author/editor/source/views/comments and the shown date of an article."""
        a.date_disp = a.when.strftime("%Y-%m-%d %H:%M")
        a.truth_date, a.truth_at = ymd(a.when), iso(a.when)

    def list_date(self, a: Article) -> tuple[str | None, str | None]:
        """(shown date text in lists, truth day) ; (None, None) when lists show no date."""
        return a.when.strftime("%Y-%m-%d"), ymd(a.when)

    def list_views(self, a: Article) -> int | None:
        return None

    def related_fields(self, r: Article) -> dict:
        """Truth of one related entry beyond title/url: date (day) and views, as shown."""
        return {"date": None, "views": None}

    # ---- markup
    def frame(self, title: str, body: str, crumbs: str = "") -> str:
        raise NotImplementedError

    def article_html(self, a: Article, page: int, npages: int) -> str:
        raise NotImplementedError

    def list_html(self, ch: Channel, n: int, npages: int, entries: list[Article]) -> str:
        raise NotImplementedError

    def print_html(self, a: Article) -> str:
        return (f'<html><head><meta charset="{self.declared}"><title>{esc(a.title)} - 打印</title></head>'
                f'<body onload="window.print()"><h1>{esc(a.title)}</h1><p>{esc(a.date_disp)}</p>'
                f'{blocks_html(a.blocks)}<p><a href="javascript:window.close()">关闭窗口</a></p></body></html>')

    def head(self, title: str) -> str:
        meta = (f'<meta http-equiv="Content-Type" content="text/html; charset={self.declared}" />'
                if self.declared != "utf-8" else '<meta charset="utf-8">')
        return (f'<!DOCTYPE html>\n<html><head>{meta}<title>{esc(title)}</title>'
                f'<meta name="keywords" content="汽配,汽车零部件,{esc(self.site_name)}" /></head>')

    def home_html(self, latest: list[Article]) -> str:
        items = "".join(f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a><span>{ymd(a.when)}</span></li>'
                        for a in latest)
        chans = "".join(f'<li><a href="{self.list_path(c, 1)}">{esc(c.name)}</a></li>' for c in self.channels)
        return self.frame(self.site_name, f'<div class="home"><ul class="chan">{chans}</ul>'
                          f'<div class="latest"><h3>最新资讯</h3><ul>{items}</ul></div></div>')

    def static_html(self, kind: str) -> str:
        if kind == "about":
            body = (f'<div class="about"><h2>关于我们</h2><p>{esc(self.site_name)}创办于2009年，专注汽车零部件行业信息服务，'
                    '为整车厂、配件企业和经销商提供资讯、展会和采购对接服务。</p><p>网站设有行业资讯、企业动态、'
                    '市场分析等栏目，日均更新稿件数十篇，注册会员覆盖全国主要汽配产业集群。</p></div>')
        else:
            body = ('<div class="contact"><h2>联系我们</h2><p>地址：某省某市经济开发区汽配大道88号</p>'
                    '<p>电话：0000-12345678　传真：0000-12345679</p><p>邮箱：service@example.cn</p></div>')
        return self.frame(("关于我们" if kind == "about" else "联系我们") + "_" + self.site_name, body)

    def not_found_html(self) -> str:
        return self.frame("404 页面不存在", '<div class="error"><h2>404</h2><p>抱歉，您访问的页面不存在或已被删除。</p>'
                          f'<p><a href="{self.home_path}">返回首页</a></p></div>')

    # ---- shared pieces
    def ranking(self, items: list[Article], title: str = "点击排行", cls: str = "rank") -> str:
        lis = "".join(f'<li><span class="num">{i}</span><a href="{self.article_path(x)}">{esc(x.title)}</a>'
                      f'<em>{x.list_views}</em></li>' for i, x in enumerate(items, 1))
        return f'<div class="{cls}"><h3>{title}</h3><ul>{lis}</ul></div>'

    def prevnext(self, a: Article, fmt: str = '<div class="handle"><div class="context"><ul>{p}{n}</ul></div></div>'
                 ) -> str:
        p = (f'<li>上一篇：<a href="{self.article_path(a.prev)}">{esc(a.prev.title)}</a></li>' if a.prev
             else "<li>上一篇：没有了</li>")
        n = (f'<li>下一篇：<a href="{self.article_path(a.next)}">{esc(a.next.title)}</a></li>' if a.next
             else "<li>下一篇：没有了</li>")
        return fmt.format(p=p, n=n)


# ==================================================================== DedeCMS
class DedeCMS(Family):
    name = "dedecms"
    site_name = "中华汽配资讯网"
    encoding, declared = "gbk", "gb2312"
    channels = (Channel("hangye", "行业资讯", 1), Channel("qiye", "企业动态", 2))
    split = 3
    aid_base = 1200

    def article_path(self, a, page=1):
        suffix = "" if page == 1 else f"_{page}"
        return f"/a/{a.ch.key}/{a.when:%Y%m%d}/{a.aid}{suffix}.html"

    def list_path(self, ch, n):
        return f"/a/{ch.key}/list_{ch.cid}_{n}.html"

    def list_aliases(self, ch):
        return [f"/a/{ch.key}/"]

    def meta(self, a, rnd):
        super().meta(a, rnd)
        a.author = rnd.choice(text.PEOPLE) if rnd.random() < 0.7 else None
        a.source = rnd.choice(text.SOURCES)
        a.editor = rnd.choice(text.EDITORS[:8]) if rnd.random() < 0.5 else None
        a.views = None  # /plus/count.php fills it
        a.list_views = rnd.randint(20, 5000)

    def list_views(self, a):
        return a.list_views

    def frame(self, title, body, crumbs=""):
        nav = "".join(f'<li><a href="{self.list_path(c, 1).rsplit("/", 1)[0]}/">{esc(c.name)}</a></li>'
                      for c in self.channels)
        return (self.head(title) + '<body class="articleview"><div class="header"><div class="top w960 center">'
                f'<div class="title"><h1><a href="/">{esc(self.site_name)}</a></h1></div></div>'
                f'<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul><li><a href="/">主页</a></li>{nav}'
                '</ul></div><div class="search"><form action="/plus/search.php"><input name="q" /></form></div></div></div>'
                f'<div class="w960 center clear mt1">{crumbs}{body}</div>'
                f'<div class="footer w960 center mt1 clear"><div class="footer_left"></div><div class="footer_body">'
                f'<p class="powered">Powered by DedeCMS &copy; 2004-2026 {esc(self.site_name)}</p></div></div></body></html>')

    def crumbs(self, ch):
        return (f'<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; '
                f'<a href="/a/{ch.key}/">{esc(ch.name)}</a> &gt; </div>')

    def article_html(self, a, page, npages):
        pager = ""
        if npages > 1:
            lis = "".join(f'<li class="thisclass"><a href="#">{i}</a></li>' if i == page else
                          f"<li><a href='{self.article_path(a, i).rsplit('/', 1)[1]}'>{i}</a></li>"
                          for i in range(1, npages + 1))
            if page < npages:
                lis += f"<li><a href='{self.article_path(a, page + 1).rsplit('/', 1)[1]}'>下一页</a></li>"
            pager = f'<div class="dede_pages"><ul class="pagelist">{lis}</ul></div>'
        credits = f"<small>作者:</small>{esc(a.author)} " if a.author else ""
        rel = "".join(f'<li><a href="{self.article_path(r)}">{esc(r.title)}</a></li>' for r in a.related)
        editor = f'<p class="zb">（责任编辑：{esc(a.editor)}）</p>' if a.editor else ""
        body = (f'<div class="pleft">{self.crumbs(a.ch)}<div class="viewbox"><div class="title"><h2>{esc(a.title)}</h2></div>'
                f'<div class="info"><small>时间:</small>{a.date_disp}<small>来源:</small>{esc(a.source)} {credits}'
                f'<small>点击:</small><script src="/plus/count.php?view=yes&amp;aid={a.aid}&amp;mid=1" '
                'type="text/javascript" language="javascript"></script>次</div>'
                f'<div class="intro">{esc(text.summary_of(a.blocks))}</div>'
                f'<div class="content"><table width="100%"><tr><td>{blocks_html(a.pages[page - 1])}'
                f'{editor if page == npages else ""}</td></tr></table></div>{pager}'
                '<div class="boxoff"><strong>------分隔线----------------------------</strong></div>'
                f'{self.prevnext(a)}<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid={a.aid}">收藏</a>'
                '</li><li id="act-pnt"><a href="#" onclick="window.print();">打印</a></li></ul></div></div>'
                f'<div class="xiangguan"><dl class="tbox"><dt><strong>相关文章</strong></dt><dd><ul class="c1">{rel}</ul>'
                f'</dd></dl></div></div><div class="pright">{self.ranking(self._top, "热点内容", "commend")}</div>')
        return self.frame(f"{a.title}_{a.ch.name}_{self.site_name}", body)

    def list_html(self, ch, n, npages, entries):
        lis = "".join(f'<li><a href="{self.article_path(a)}" class="title">{esc(a.title)}</a>'
                      f'<span class="info"><small>日期：</small>{ymd(a.when)} <small>点击：</small>{a.list_views} '
                      f'<small>好评：</small>{a.aid % 7}</span><p class="intro">{esc(text.summary_of(a.blocks, 60))}</p></li>'
                      for a in entries)
        pages = "".join(f'<li class="thisclass">{i}</li>' if i == n else
                        f"<li><a href='list_{ch.cid}_{i}.html'>{i}</a></li>" for i in range(1, npages + 1))
        if n < npages:
            pages += f"<li><a href='list_{ch.cid}_{n + 1}.html'>下一页</a></li>"
        pages = (f"<li><a href='list_{ch.cid}_1.html'>首页</a></li>{pages}<li><a href='list_{ch.cid}_{npages}.html'>末页</a>"
                 f"</li><span class=\"pageinfo\">共 <strong>{npages}</strong>页</span>")
        body = (f'<div class="pleft">{self.crumbs(ch)}<div class="listbox"><ul class="e2">{lis}</ul></div>'
                f'<div class="dede_pages"><ul class="pagelist">{pages}</ul></div></div>'
                f'<div class="pright">{self.ranking(self._top, "热点内容", "commend")}</div>')
        return self.frame(f"{ch.name}_{self.site_name}", body)


# ==================================================================== PHPCMS v9
class PHPCMS(Family):
    name = "phpcms"
    site_name = "汽车零部件在线"
    channels = (Channel("news", "新闻资讯", 12), Channel("market", "市场行情", 13))
    split = 2
    aid_base = 300

    def article_path(self, a, page=1):
        return f"/html/show-{a.ch.cid}-{a.aid}-{page}.html"

    def list_path(self, ch, n):
        return f"/html/list-{ch.cid}-{n}.html"

    def meta(self, a, rnd):
        a.when = a.when.replace(second=rnd.randint(0, 59))
        a.date_disp = a.when.strftime("%Y-%m-%d %H:%M:%S")
        a.truth_date, a.truth_at = ymd(a.when), iso(a.when)
        a.source = rnd.choice(text.SOURCES)
        a.editor = rnd.choice(text.EDITORS[:8])
        a.views = None  # api.php?op=count

    def list_date(self, a):
        return a.when.strftime("%Y-%m-%d %H:%M:%S"), ymd(a.when)

    def related_fields(self, r):
        return {"date": ymd(r.when), "views": None}

    def frame(self, title, body, crumbs=""):
        nav = "".join(f'<a href="{self.list_path(c, 1)}">{esc(c.name)}</a><span>|</span>' for c in self.channels)
        return (self.head(title) + f'<body><div class="header"><div class="logo"><a href="/"><img src="/statics/images/logo.png" '
                f'alt="{esc(self.site_name)}" /></a></div><div class="nav-bar map"><a href="/">首页</a><span>|</span>{nav}</div></div>'
                f'<div class="main">{body}</div><div class="footer"><p>Powered by PHPCMS v9 &copy; 2026 {esc(self.site_name)}</p>'
                '</div></body></html>')

    def crumbs(self, ch):
        return (f'<div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="{self.list_path(ch, 1)}">'
                f'{esc(ch.name)}</a> &gt;  正文</div>')

    def article_html(self, a, page, npages):
        pager = ""
        if npages > 1:
            pager = '<div id="pages" class="text-c">' + "".join(
                f'<span>{i}</span>' if i == page else f'<a href="{self.article_path(a, i)}">{i}</a>'
                for i in range(1, npages + 1)) + (f'<a class="a1" href="{self.article_path(a, page + 1)}">下一页</a>'
                                                  if page < npages else "") + "</div>"
        rel = "".join(f'<li>·<a href="{self.article_path(r)}" target="_blank">{esc(r.title)}</a><span>({ymd(r.when)})</span></li>'
                      for r in a.related)
        editor = f'<p style="text-align:right">（责任编辑：{esc(a.editor)}）</p>' if page == npages else ""
        body = (f'<div class="col-left">{self.crumbs(a.ch)}<div id="Article"><h1>{esc(a.title)}<br />'
                f'<span>{a.date_disp} &nbsp; 来源：{esc(a.source)} &nbsp; 评论：<a href="#comment_iframe"><span id="comment"></span></a>条 '
                f'点击：<span id="hits"></span></span></h1><div class="content">{blocks_html(a.pages[page - 1])}{editor}</div>'
                f'{pager}<p style="margin-bottom:10px"><strong>相关热词搜索：</strong><a href="/tag/1">汽配</a></p>'
                f'<p class="f14"><strong>上一篇：</strong>{self._pn(a.prev)}<br /><strong>下一篇：</strong>{self._pn(a.next)}</p>'
                f'</div><div class="Article-Tool">分享到：<a class="bds_tsina">新浪微博</a><a href="javascript:window.print();">打印</a></div>'
                f'<div class="box"><h5>相关阅读：</h5><ul class="list blue row-2">{rel}</ul></div>'
                f'<script src="/api.php?op=count&amp;id={a.aid}&amp;modelid=1"></script></div>'
                f'<div class="col-auto">{self.ranking(self._top, "频道总排行", "box ranking")}</div>')
        return self.frame(f"{a.title} - {a.ch.name} - {self.site_name}", body)

    def _pn(self, x):
        return f'<a href="{self.article_path(x)}">{esc(x.title)}</a>' if x else "没有了"

    def list_html(self, ch, n, npages, entries):
        lis = "".join(f'<li><span class="rt">{a.when:%Y-%m-%d %H:%M:%S}</span>·<a href="{self.article_path(a)}" '
                      f'target="_blank">{esc(a.title)}</a></li>' for a in entries)
        pages = "".join(f'<span>{i}</span>' if i == n else f'<a href="{self.list_path(ch, i)}">{i}</a>'
                        for i in range(1, npages + 1))
        if n < npages:
            pages += f'<a class="a1" href="{self.list_path(ch, n + 1)}">下一页</a>'
        body = (f'<div class="col-left">{self.crumbs(ch)}<div class="box"><ul class="list lh24 f14">{lis}</ul></div>'
                f'<div id="pages" class="text-c"><a class="a1">{len(entries)}条</a>{pages}</div></div>'
                f'<div class="col-auto">{self.ranking(self._top, "频道总排行", "box ranking")}</div>')
        return self.frame(f"{ch.name} - {self.site_name}", body)


# ==================================================================== EmpireCMS
class Empire(Family):
    name = "empirecms"
    site_name = "车配天下网"
    encoding, declared, header_charset = "gbk", "gbk", True
    channels = (Channel("news", "汽配新闻", 2), Channel("tech", "技术前沿", 3))
    long_share = 0.2  # mostly short articles on link-heavy pages
    has_print = True
    aid_base = 5000

    def article_path(self, a, page=1):
        return f"/html/{a.ch.key}/{a.when:%Y-%m-%d}/{a.aid}.html"

    def list_path(self, ch, n):
        return f"/html/{ch.key}/index.html" if n == 1 else f"/html/{ch.key}/{n}.html"

    def list_aliases(self, ch):
        return [f"/html/{ch.key}/"]

    def print_path(self, a):
        return f"/e/DoPrint/?classid={a.ch.cid}&id={a.aid}"

    def meta(self, a, rnd):
        a.when = a.when.replace(second=rnd.randint(0, 59))
        a.date_disp = a.when.strftime("%Y-%m-%d %H:%M:%S")
        a.truth_date, a.truth_at = ymd(a.when), iso(a.when)
        a.author = rnd.choice(text.PEOPLE) if rnd.random() < 0.5 else None
        a.source = rnd.choice(text.SOURCES)
        a.views = None  # /e/public/ViewClick

    def list_date(self, a):
        return a.when.strftime("%m-%d"), ymd(a.when)

    def frame(self, title, body, crumbs=""):
        nav = "".join(f'<li><a href="/html/{c.key}/">{esc(c.name)}</a></li>' for c in self.channels)
        links = "".join(f'<a href="http://www.partner{i}.example/">合作伙伴{i}</a> ' for i in range(1, 9))
        return (self.head(title) + '<body><table width="960" border="0" align="center" cellpadding="0" cellspacing="0" '
                f'class="top"><tr><td><a href="/"><img src="/skin/default/images/logo.gif" alt="{esc(self.site_name)}" /></a></td>'
                f'</tr></table><div class="nav"><ul><li><a href="/">网站首页</a></li>{nav}</ul></div>'
                f'<div class="main">{body}</div><div class="links"><h3>友情链接</h3>{links}</div>'
                f'<div class="copyright">Powered by EmpireCMS &copy; {esc(self.site_name)}</div></body></html>')

    def crumbs(self, ch):
        return f'<div class="position">现在的位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/html/{ch.key}/">{esc(ch.name)}</a></div>'

    def article_html(self, a, page, npages):
        rel = "".join(f'<li><a href="{self.article_path(r)}" title="{esc(r.title)}">{esc(r.title)}</a></li>'
                      for r in a.related)
        author = f"&nbsp;&nbsp;作者：{esc(a.author)}" if a.author else ""
        latest = "".join(f'<li><a href="{self.article_path(x)}">{esc(x.title)}</a></li>' for x in self._latest)
        body = (f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="left">{self.crumbs(a.ch)}'
                f'<div class="showbox"><h1 class="title_info">{esc(a.title)}</h1><div class="info_text">'
                f'发布时间：{a.date_disp}&nbsp;&nbsp;来源：{esc(a.source)}{author}&nbsp;&nbsp;'
                f'点击：<script src="/e/public/ViewClick/?classid={a.ch.cid}&amp;id={a.aid}&amp;addclick=1"></script></div>'
                f'<div id="text" class="text">{blocks_html(a.blocks)}</div>'
                f'<div class="tools"><a href="/e/DoPrint/?classid={a.ch.cid}&amp;id={a.aid}" target="_blank">[打印本文]</a>'
                f' <a href="/e/member/fava/add/?classid={a.ch.cid}&amp;id={a.aid}">[加入收藏]</a></div>'
                f'<div class="prenext">上一篇：{self._pn(a.prev)}<br />下一篇：{self._pn(a.next)}</div></div>'
                f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div></td><td class="right" width="300">'
                f'{self.ranking(self._top, "本栏热门", "hot")}<div class="new"><h3>最新文章</h3><ul>{latest}</ul></div>'
                '</td></tr></table>')
        return self.frame(f"{a.title}-{self.site_name}", body)

    def _pn(self, x):
        return f'<a href="{self.article_path(x)}">{esc(x.title)}</a>' if x else "没有了"

    def list_html(self, ch, n, npages, entries):
        lis = "".join(f'<li><span>{a.when:%m-%d}</span><a href="{self.article_path(a)}" title="{esc(a.title)}">'
                      f'{esc(a.title)}</a></li>' for a in entries)
        pages = "".join(f"<b>{i}</b>&nbsp;" if i == n else f'<a href="{self.list_path(ch, i)}">{i}</a>&nbsp;'
                        for i in range(1, npages + 1))
        if n < npages:
            pages += f'<a href="{self.list_path(ch, n + 1)}">下一页</a>'
        body = (f'<table width="100%"><tr><td class="left">{self.crumbs(ch)}<div class="news_list"><ul>{lis}</ul></div>'
                f'<div class="epages"><a title="Total record">&nbsp;<b>{len(entries)}</b> </a>&nbsp;&nbsp;{pages}</div></td>'
                f'<td class="right">{self.ranking(self._top, "本栏热门", "hot")}</td></tr></table>')
        return self.frame(f"{ch.name}-{self.site_name}", body)

    def print_html(self, a):
        return (self.head(f"{a.title}-打印") + f'<body><table width="700" align="center"><tr><td><h1>{esc(a.title)}</h1>'
                f'<p>发布时间：{a.date_disp}</p>{blocks_html(a.blocks)}</td></tr></table></body></html>')


# ==================================================================== Discuz! portal
class Discuz(Family):
    name = "discuz"
    site_name = "汽配人社区"
    channels = (Channel("hy", "行业资讯", 1), Channel("dp", "配件点评", 2))
    aid_base = 60

    def article_path(self, a, page=1):
        return f"/portal.php?mod=view&aid={a.aid}" + (f"&page={page}" if page > 1 else "")

    def list_path(self, ch, n):
        return f"/portal.php?mod=list&catid={ch.cid}" + (f"&page={n}" if n > 1 else "")

    home_path = "/portal.php"

    def meta(self, a, rnd):
        a.date_disp = f"{a.when.year}-{a.when.month}-{a.when.day} {a.when:%H:%M}"
        a.truth_date, a.truth_at = ymd(a.when), iso(a.when)
        a.editor = rnd.choice(["admin", "汽配小编", "行业观察员", "老张"])
        a.author = rnd.choice(text.PEOPLE) if rnd.random() < 0.5 else None
        a.source = rnd.choice(text.SOURCES) if rnd.random() < 0.6 else None
        a.views = rnd.randint(30, 9000)
        a.views_disp = str(a.views)
        a.comments = rnd.randint(0, 40)

    def list_date(self, a):
        return f"{a.when.year}-{a.when.month}-{a.when.day} {a.when:%H:%M}", ymd(a.when)

    def list_views(self, a):
        return a.views

    def h(self, u):
        return esc(u.lstrip("/"))

    def frame(self, title, body, crumbs=""):
        nav = "".join(f'<li><a href="{self.h(self.list_path(c, 1))}">{esc(c.name)}</a></li>' for c in self.channels)
        return (self.head(title) + '<body id="nv_portal" class="pg_view"><div id="toptb" class="cl"><div class="wp">'
                '<div class="y"><a href="member.php?mod=register">注册</a><a href="member.php?mod=logging&amp;action=login">'
                f'登录</a></div></div></div><div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="{esc(self.site_name)}">'
                f'<img src="static/image/common/logo.png" alt="{esc(self.site_name)}" /></a></h2></div><div id="nv">'
                f'<ul><li class="a"><a href="portal.php">门户</a></li><li><a href="forum.php">论坛</a></li>{nav}</ul></div></div></div>'
                f'<div id="wp" class="wp">{body}</div><div id="ft" class="wp cl"><div id="flk" class="y"><p>'
                '<a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a></p></div>'
                f'<div id="frt"><p>Powered by <strong>Discuz!</strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2026 {esc(self.site_name)}</p>'
                '</div></div></body></html>')

    def crumbs(self, ch, last="查看内容"):
        return (f'<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">{esc(self.site_name)}</a> '
                f'<em>&rsaquo;</em> <a href="portal.php">门户</a> <em>&rsaquo;</em> <a href="{self.h(self.list_path(ch, 1))}">'
                f'{esc(ch.name)}</a> <em>&rsaquo;</em> {last}</div></div>')

    def article_html(self, a, page, npages):
        rel = "".join(f'<li>&#8226; <a href="{self.h(self.article_path(r))}">{esc(r.title)}</a></li>' for r in a.related)
        credit = ""
        if a.author or a.source:
            bits = ([f"原作者: {esc(a.author)}"] if a.author else []) + ([f"来自: {esc(a.source)}"] if a.source else [])
            credit = '<p class="xg1">' + '<span class="pipe">|</span>'.join(bits) + "</p>"
        body = (f'{self.crumbs(a.ch)}<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw"><div class="h hm">'
                f'<h1 class="ph">{esc(a.title)}</h1><p class="xg1"> {a.date_disp}<span class="pipe">|</span> 发布者: '
                f'<a href="home.php?mod=space&amp;uid=1">{esc(a.editor)}</a><span class="pipe">|</span> 查看: <em id="_viewnum">'
                f'{a.views}</em><span class="pipe">|</span> 评论: {a.comments}</p>{credit}</div>'
                f'<div class="s"><div><strong>摘要</strong>: {esc(text.summary_of(a.blocks))}</div></div>'
                f'<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">'
                f'{blocks_html(a.blocks)}</td></tr></table></div>'
                f'<div class="o cl ptm pbm"><a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=article&amp;id={a.aid}" '
                f'class="oshr ofav">收藏</a><a href="misc.php?mod=invite" class="oshr">邀请</a></div>'
                f'<div class="pren pbm cl"><em>上一篇：{self._pn(a.prev)}</em><em>下一篇：{self._pn(a.next)}</em></div></div>'
                f'<div class="bm"><div class="bm_h cl"><h3>相关阅读</h3></div><div class="bm_c"><ul class="xl xl2 cl">{rel}</ul>'
                f'</div></div><div id="comment" class="bm"><div class="bm_h cl"><h3>最新评论</h3></div></div></div>'
                f'<div class="sd pph">{self.ranking(self._top, "热门文章", "bm")}</div></div>')
        return self.frame(f"{a.title} - {a.ch.name} - {self.site_name} - Powered by Discuz!", body)

    def _pn(self, x):
        return f'<a href="{self.h(self.article_path(x))}">{esc(x.title)}</a>' if x else "没有了"

    def list_html(self, ch, n, npages, entries):
        dls = "".join(f'<dl class="bbda cl"><dt class="xs2"><a href="{self.h(self.article_path(a))}" class="xi2">{esc(a.title)}</a>'
                      f'</dt><dd class="xs2 cl">{esc(text.summary_of(a.blocks, 60))}</dd><dd><span class="xg1"> '
                      f'{self.list_date(a)[0]}</span><span class="pipe">|</span>查看: {a.views}<span class="pipe">|</span>'
                      f'评论: {a.comments}</dd></dl>' for a in entries)
        pg = "".join(f"<strong>{i}</strong>" if i == n else f'<a href="{self.h(self.list_path(ch, i))}">{i}</a>'
                     for i in range(1, npages + 1))
        if n < npages:
            pg += f'<a href="{self.h(self.list_path(ch, n + 1))}" class="nxt">下一页</a>'
        body = (f'{self.crumbs(ch, "")}<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm"><div class="bm_h cl">'
                f'<h1 class="xs2">{esc(ch.name)}</h1></div><div class="bm_c xld">{dls}</div></div>'
                f'<div class="pgs cl"><div class="pg">{pg}</div></div></div>'
                f'<div class="sd pph">{self.ranking(self._top, "热门文章", "bm")}</div></div>')
        return self.frame(f"{ch.name} - {self.site_name} - Powered by Discuz!", body)


# ==================================================================== WordPress (Chinese theme)
class WordPress(Family):
    name = "wordpress"
    site_name = "配件观察"
    channels = (Channel("hangye", "行业观察", 3), Channel("pingce", "配件评测", 4))
    split = 2
    aid_base = 400

    def article_path(self, a, page=1):
        return f"/{a.when:%Y/%m/%d}/post-{a.aid}/" + (f"{page}/" if page > 1 else "")

    def list_path(self, ch, n):
        return f"/category/{ch.key}/" + (f"page/{n}/" if n > 1 else "")

    about_path, contact_path = "/about/", "/contact/"

    def cn_day(self, d):
        return f"{d.year}年{d.month}月{d.day}日"

    def meta(self, a, rnd):
        a.date_disp = self.cn_day(a.when)
        a.truth_date, a.truth_at = ymd(a.when), iso(a.when)  # <time datetime> carries the time
        a.author = rnd.choice(["老周", "配件君", "王工", "Sky"])
        a.comments = rnd.randint(0, 12)
        a.views = rnd.randint(80, 20000)
        a.views_disp = f"{a.views} 次浏览"

    def list_date(self, a):
        return self.cn_day(a.when), ymd(a.when)

    def related_fields(self, r):
        return {"date": ymd(r.when), "views": None}

    def frame(self, title, body, crumbs=""):
        menu = "".join(f'<li class="menu-item menu-item-type-taxonomy"><a href="{self.list_path(c, 1)}">{esc(c.name)}</a></li>'
                       for c in self.channels)
        return (self.head(title).replace("<head>", "<head><meta name=\"generator\" content=\"WordPress 6.4.3\" />") +
                '<body class="wp-child-theme-zh"><div id="page" class="site"><header id="masthead" class="site-header">'
                f'<div class="site-branding"><h1 class="site-title"><a href="/" rel="home">{esc(self.site_name)}</a></h1>'
                '<p class="site-description">汽车配件行业观察与评测</p></div><nav id="site-navigation" class="main-navigation">'
                f'<ul id="primary-menu" class="menu"><li class="menu-item"><a href="/">首页</a></li>{menu}</ul></nav></header>'
                f'<div id="content" class="site-content">{body}</div><footer id="colophon" class="site-footer"><div class="site-info">'
                f'&copy; 2026 {esc(self.site_name)} · 自豪地采用WordPress</div></footer></div></body></html>')

    def comments_link(self, a):
        return f'{a.comments} 条评论' if a.comments else "发表评论"

    def entry_meta(self, a):
        return (f'<span class="posted-on"><a href="{self.article_path(a)}" rel="bookmark"><time class="entry-date published" '
                f'datetime="{iso(a.when)}">{a.date_disp}</time></a></span><span class="byline"> 作者 <span class="author vcard">'
                f'<a class="url fn n" href="/author/{a.aid % 4}/">{esc(a.author)}</a></span></span>')

    def article_html(self, a, page, npages):
        links = ""
        if npages > 1:
            links = '<div class="page-links">分页： ' + "".join(
                f'<span class="post-page-numbers current">{i}</span>' if i == page else
                f'<a href="{self.article_path(a, i)}" class="post-page-numbers">{i}</a>' for i in range(1, npages + 1)) + "</div>"
        rel = "".join(f'<li><a href="{self.article_path(r)}" rel="bookmark" title="{esc(r.title)}">{esc(r.title)}</a>'
                      f'<small>（{self.cn_day(r.when)}）</small></li>' for r in a.related)
        recent = "".join(f'<li><a href="{self.article_path(x)}">{esc(x.title)}</a></li>' for x in self._latest)
        body = (f'<div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-{a.aid}" '
                f'class="post-{a.aid} post type-post status-publish format-standard hentry category-{a.ch.key}">'
                f'<header class="entry-header"><h1 class="entry-title">{esc(a.title)}</h1><div class="entry-meta">'
                f'{self.entry_meta(a)}<span class="post-views">{a.views_disp}</span></div></header>'
                f'<div class="entry-content">{blocks_html(a.pages[page - 1])}{links}<div class="yarpp yarpp-related">'
                f'<h3>相关文章:</h3><ol>{rel}</ol></div></div><footer class="entry-footer"><span class="cat-links">分类：'
                f'<a href="{self.list_path(a.ch, 1)}" rel="category tag">{esc(a.ch.name)}</a></span><span class="comments-link">'
                f'<a href="{self.article_path(a)}#comments">{self.comments_link(a)}</a></span></footer></article>'
                f'<nav class="navigation post-navigation"><div class="nav-links">{self._pn(a.prev, "previous", "上一篇")}'
                f'{self._pn(a.next, "next", "下一篇")}</div></nav></main></div><aside id="secondary" class="widget-area">'
                f'<section class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2><ul>{recent}</ul></section>'
                '</aside>')
        return self.frame(f"{a.title} – {self.site_name}", body)

    def _pn(self, x, cls, word):
        return (f'<div class="nav-{cls}"><a href="{self.article_path(x)}" rel="prev"><span class="meta-nav">{word}</span> '
                f'<span class="post-title">{esc(x.title)}</span></a></div>') if x else ""

    def list_html(self, ch, n, npages, entries):
        arts = "".join(f'<article id="post-{a.aid}" class="post-{a.aid} post type-post status-publish hentry">'
                       f'<header class="entry-header"><h2 class="entry-title"><a href="{self.article_path(a)}" rel="bookmark">'
                       f'{esc(a.title)}</a></h2><div class="entry-meta">{self.entry_meta(a)}</div></header>'
                       f'<div class="entry-summary"><p>{esc(text.summary_of(a.blocks, 70))}</p></div></article>'
                       for a in entries)
        nums = "".join(f'<span aria-current="page" class="page-numbers current">{i}</span>' if i == n else
                       f'<a class="page-numbers" href="{self.list_path(ch, i)}">{i}</a>' for i in range(1, npages + 1))
        if n < npages:
            nums += f'<a class="next page-numbers" href="{self.list_path(ch, n + 1)}">下一页</a>'
        body = (f'<div id="primary" class="content-area"><main id="main" class="site-main"><header class="page-header">'
                f'<h1 class="page-title">分类：<span>{esc(ch.name)}</span></h1></header>{arts}<nav class="navigation pagination">'
                f'<div class="nav-links">{nums}</div></nav></main></div>')
        return self.frame(f"{ch.name} – {self.site_name}", body)


# ==================================================================== Z-Blog
class ZBlog(Family):
    name = "zblog"
    site_name = "老王说汽配"
    channels = (Channel("shuo", "汽配杂谈", 2), Channel("jing", "经营心得", 3))
    long_share = 0.4
    aid_base = 30

    def article_path(self, a, page=1):
        return f"/post/{a.aid}.html"

    def list_path(self, ch, n):
        return f"/category-{ch.cid}.html" if n == 1 else f"/category-{ch.cid}_{n}.html"

    def meta(self, a, rnd):
        a.date_disp = f"{a.when.year}/{a.when.month}/{a.when.day}"
        a.truth_date, a.truth_at = ymd(a.when), None
        a.author = "老王"
        a.views = rnd.randint(5, 3000)
        a.views_disp = f"浏览({a.views})"
        a.comments = rnd.randint(0, 30)

    def list_date(self, a):
        return f"{a.when.year}/{a.when.month}/{a.when.day}", ymd(a.when)

    def list_views(self, a):
        return a.views

    def related_fields(self, r):
        return {"date": ymd(r.when), "views": None}

    def frame(self, title, body, crumbs=""):
        nav = "".join(f'<li><a href="{self.list_path(c, 1)}">{esc(c.name)}</a></li>' for c in self.channels)
        side = self.ranking(self._top, "热门文章", "function")
        return (self.head(title) + f'<body class="multi default"><div id="divAll"><div id="divPage"><div id="divMiddle">'
                f'<div id="divTop"><h1 id="BlogTitle"><a href="/">{esc(self.site_name)}</a></h1><h3 id="BlogSubTitle">'
                f'一个汽配老板的碎碎念</h3></div><div id="divNavBar"><ul><li><a href="/">首页</a></li>{nav}</ul></div>'
                f'<div id="divMain">{body}</div><div id="divSidebar">{side}</div><div id="divBottom"><p id="BlogPowerBy">'
                'Powered By Z-BlogPHP</p></div></div></div></div></body></html>')

    def article_html(self, a, page, npages):
        rel = "".join(f'<li><a href="{self.article_path(r)}">{esc(r.title)}</a> <span>{ymd(r.when)}</span></li>'
                      for r in a.related)
        body = (f'<div class="post single"><h4 class="post-date">{a.date_disp}</h4><h2 class="post-title">{esc(a.title)}</h2>'
                f'<div class="post-body">{blocks_html(a.blocks)}</div><h5 class="post-tags"></h5>'
                f'<h6 class="post-footer">作者:{esc(a.author)} | 分类:<a href="{self.list_path(a.ch, 1)}">{esc(a.ch.name)}</a>'
                f' | {a.views_disp} | 评论({a.comments})</h6></div><div class="post pagebar">'
                f'{self._pn(a.prev, "«")}{self._pn(a.next, "»")}</div><div class="post relatedposts"><h3>相关文章:</h3>'
                f'<ul id="related">{rel}</ul></div><div class="post" id="divCommentPost"><p class="posttop">发表评论:</p></div>')
        return self.frame(f"{a.title}-{self.site_name}", body)

    def _pn(self, x, arrow):
        return f'<a class="l" href="{self.article_path(x)}" title="{esc(x.title)}">{arrow} {esc(x.title)}</a>' if x else ""

    def list_html(self, ch, n, npages, entries):
        posts = "".join(f'<div class="post multi"><h4 class="post-date">{self.list_date(a)[0]}</h4><h2 class="post-title">'
                        f'<a href="{self.article_path(a)}">{esc(a.title)}</a></h2><div class="post-body">'
                        f'{esc(text.summary_of(a.blocks, 70))}</div><h6 class="post-footer">作者:{esc(a.author)} | 分类:'
                        f'{esc(a.ch.name)} | 浏览:{a.views} | 评论:{a.comments}</h6></div>' for a in entries)
        bar = "".join(f'<span class="now-page">{i}</span>' if i == n else f'<a href="{self.list_path(ch, i)}"><span class="page">'
                      f'{i}</span></a>' for i in range(1, npages + 1))
        return self.frame(f"{ch.name}-{self.site_name}", f'{posts}<div class="pagebar">{bar}</div>')


# ==================================================================== enterprise B2B (PbootCMS style)
class B2B(Family):
    name = "b2b"
    site_name = "恒拓汽车零部件有限公司"
    channels = (Channel("news", "公司新闻", 1), Channel("industry", "行业资讯", 2))
    aid_base = 80

    def article_path(self, a, page=1):
        return f"/{a.ch.key}/{a.aid}.html"

    def list_path(self, ch, n):
        return f"/{ch.key}/" if n == 1 else f"/{ch.key}_{n}/"

    about_path, contact_path = "/about/", "/contact/"

    def meta(self, a, rnd):
        a.date_disp = ymd(a.when)
        a.truth_date, a.truth_at = ymd(a.when), None
        a.views = rnd.randint(10, 900)
        a.views_disp = f"{a.views}次"
        a.author = None
        a.source = "恒拓汽配" if rnd.random() < 0.4 else None

    def frame(self, title, body, crumbs=""):
        nav = "".join(f'<li class="nav-item"><a class="nav-link" href="{self.list_path(c, 1)}">{esc(c.name)}</a></li>'
                      for c in self.channels)
        prods = "".join(f'<li><a href="/product/">{p}</a></li>' for p in text.PRODUCTS[:8])
        return (self.head(title) + '<body><div class="container-fluid top-bar"><div class="container">欢迎访问'
                f'{esc(self.site_name)}官方网站！服务热线：400-000-0000</div></div><nav class="navbar navbar-expand-lg">'
                f'<div class="container"><a class="navbar-brand" href="/"><img src="/static/images/logo.png" alt="{esc(self.site_name)}">'
                f'</a><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">网站首页</a></li>'
                f'<li class="nav-item"><a class="nav-link" href="/about/">关于我们</a></li><li class="nav-item">'
                f'<a class="nav-link" href="/product/">产品中心</a></li>{nav}<li class="nav-item"><a class="nav-link" '
                'href="/contact/">联系我们</a></li></ul></div></nav><div class="page-banner"><img src="/static/images/banner.jpg"></div>'
                f'<div class="container pages">{body}</div><div class="footer"><div class="container"><div class="row">'
                f'<div class="col-md-4"><h5>产品中心</h5><ul>{prods}</ul></div><div class="col-md-4"><h5>联系我们</h5>'
                '<p>地址：某省某市汽配工业园</p><p>电话：0000-88886666</p></div></div><p class="copyright">'
                f'Copyright &copy; 2026 {esc(self.site_name)} 版权所有</p></div></div></body></html>')

    def crumbs(self, ch):
        return (f'<div class="position text-secondary">当前位置：<a href="/">首页</a> &gt; <a href="{self.list_path(ch, 1)}">'
                f'{esc(ch.name)}</a></div>')

    def side(self):
        lis = "".join(f'<li><a href="{self.list_path(c, 1)}">{esc(c.name)}</a></li>' for c in self.channels)
        return f'<div class="col-md-3 side"><h4>新闻中心</h4><ul class="list-group">{lis}</ul></div>'

    def article_html(self, a, page, npages):
        src = f'&nbsp;&nbsp;<i class="fa fa-user"></i> 来源：{esc(a.source)}' if a.source else ""
        rel = "".join(f'<li><a href="{self.article_path(r)}">{esc(r.title)}</a></li>' for r in a.related)
        body = (f'<div class="row">{self.side()}<div class="col-md-9">{self.crumbs(a.ch)}<h2 class="text-center fs-sm-28 fs-20 mt-3">'
                f'{esc(a.title)}</h2><div class="text-center border-bottom text-secondary pb-2 mb-3"><i class="fa fa-sun-o">'
                f'</i> {a.date_disp}{src}&nbsp;&nbsp;<i class="fa fa-eye"></i> {a.views_disp}</div>'
                f'<div class="content">{blocks_html(a.blocks)}</div><div class="text-secondary lh-2">'
                f'<p>上一篇：{self._pn(a.prev)}</p><p>下一篇：{self._pn(a.next)}</p></div>'
                f'<div class="related"><h5>相关推荐</h5><ul>{rel}</ul></div></div></div>')
        return self.frame(f"{a.title}-{self.site_name}", body)

    def _pn(self, x):
        return f'<a href="{self.article_path(x)}">{esc(x.title)}</a>' if x else "没有了！"

    def list_html(self, ch, n, npages, entries):
        lis = "".join(f'<li class="lh-3"><a href="{self.article_path(a)}"><i class="fa fa-file-text-o"></i> {esc(a.title)}'
                      f'<span class="badge">{ymd(a.when)}</span></a></li>' for a in entries)
        pg = "".join(f'<a href="{self.list_path(ch, i)}" class="page-num{" page-num-current" if i == n else ""}">{i}</a>'
                     for i in range(1, npages + 1))
        pg = (f'<span class="page-status">共{npages}页</span><a href="{self.list_path(ch, 1)}" class="page-index">首页</a>{pg}'
              + (f'<a href="{self.list_path(ch, n + 1)}" class="page-next">下一页</a>' if n < npages else ""))
        body = (f'<div class="row">{self.side()}<div class="col-md-9">{self.crumbs(ch)}<ul class="newslist">{lis}</ul>'
                f'<div class="pagination">{pg}</div></div></div>')
        return self.frame(f"{ch.name}-{self.site_name}", body)


# ==================================================================== government / association (TRS style)
class Gov(Family):
    name = "gov"
    site_name = "临江市工业和信息化局"
    channels = (Channel("tzgg", "通知公告", 1), Channel("gzdt", "工作动态", 2))
    aid_base = 4000

    def article_path(self, a, page=1):
        return f"/xxgk/{a.ch.key}/{a.when:%Y%m}/t{a.when:%Y%m%d}_{a.aid}.html"

    def list_path(self, ch, n):
        return f"/xxgk/{ch.key}/index.html" if n == 1 else f"/xxgk/{ch.key}/index_{n - 1}.html"

    def list_aliases(self, ch):
        return [f"/xxgk/{ch.key}/"]

    def meta(self, a, rnd):
        a.date_disp = a.when.strftime("%Y-%m-%d %H:%M")
        a.truth_date, a.truth_at = ymd(a.when), iso(a.when)
        a.source = rnd.choice(["市工业和信息化局", "市汽车零部件行业协会", "市发展改革委", "汽车产业处"])
        a.views = None  # count.js
        a._written = a.when - dt.timedelta(days=rnd.randint(2, 6))

    def frame(self, title, body, crumbs=""):
        nav = "".join(f'<li><a href="{self.list_path(c, 1)}">{esc(c.name)}</a></li>' for c in self.channels)
        return (self.head(title) + f'<body><div class="top"><div class="w1200"><div class="logo"><img src="/images/logo.png" '
                f'alt="{esc(self.site_name)}"></div></div></div><div class="nav"><ul class="w1200"><li><a href="/">首页</a></li>'
                f'<li><a href="/xxgk/">政务公开</a></li>{nav}<li><a href="/hdjl/">互动交流</a></li></ul></div>'
                f'<div class="w1200 main">{body}</div><div class="foot"><p>主办单位：{esc(self.site_name)}　网站标识码：0000000000</p>'
                '<p>某ICP备00000000号　<a href="/wzdt/">网站地图</a></p></div></body></html>')

    def crumbs(self, ch):
        return (f'<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; '
                f'<a href="{self.list_path(ch, 1)}">{esc(ch.name)}</a></div>')

    def related_fields(self, r):
        return {"date": ymd(r.when), "views": None}

    def article_html(self, a, page, npages):
        rel = "".join(f'<li><a href="{self.article_path(r)}" target="_blank">{esc(r.title)}</a><span>{ymd(r.when)}</span></li>'
                      for r in a.related)
        xxgk = (f'<table class="xxgk" width="100%" border="0" cellspacing="1"><tr><td class="t1">索引号：</td><td>'
                f'11000000MB0000000X/{a.when.year}-{a.aid:05d}</td><td class="t1">主题分类：</td><td>工业、交通</td></tr>'
                f'<tr><td class="t1">发布机构：</td><td>{esc(a.source)}</td><td class="t1">成文日期：</td><td>'
                f'{a._written:%Y年%m月%d日}</td></tr><tr><td class="t1">标题：</td><td colspan="3">{esc(a.title)}</td></tr>'
                f'<tr><td class="t1">文号：</td><td>临工信〔{a.when.year}〕{a.aid % 90 + 1}号</td><td class="t1">发布日期：</td>'
                f'<td>{a.when:%Y年%m月%d日}</td></tr></table>')
        body = (f'{self.crumbs(a.ch)}{xxgk}<div class="xl_con"><h1 class="xl_tit">{esc(a.title)}</h1><div class="xl_info">'
                f'<span>发布时间：{a.date_disp}</span><span>来源：{esc(a.source)}</span><span>浏览次数：<span id="count"></span>'
                f'</span><span>【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a>】</span></div>'
                f'<div class="xl_main TRS_Editor"><div class="TRS_Editor">{blocks_html(a.blocks, INDENT_P)}'
                f'</div></div><div class="xl_bot"><a href="javascript:window.print()">【打印本页】</a>'
                '<a href="javascript:window.close()">【关闭窗口】</a></div></div>'
                f'<div class="xgwj"><div class="xgwj_tit">相关文件</div><ul>{rel}</ul></div>'
                f'<script src="/count/count.js?docid={a.aid}"></script>')
        return self.frame(f"{a.title}_{a.ch.name}_{self.site_name}", body)

    def list_html(self, ch, n, npages, entries):
        lis = "".join(f'<li><a href="{self.article_path(a)}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a>'
                      f'<span>{ymd(a.when)}</span></li>' for a in entries)
        nxt = f'<a href="{self.list_path(ch, n + 1).rsplit("/", 1)[1]}">下一页</a>' if n < npages else "下一页"
        prv = f'<a href="{self.list_path(ch, n - 1).rsplit("/", 1)[1]}">上一页</a>' if n > 1 else "上一页"
        body = (f'{self.crumbs(ch)}<div class="list_con"><ul class="list">{lis}</ul><div class="page">'
                f'<script>createPageHTML({npages}, {n - 1}, "index", "html");</script>'
                f'<a href="index.html">首页</a> {prv} {nxt} 共{npages}页</div></div>')
        return self.frame(f"{ch.name}_{self.site_name}", body)


# ==================================================================== old table layout (ASP era)
class OldTable(Family):
    name = "oldtable"
    site_name = "中国汽配信息港"
    encoding, declared = "gbk", "gb2312"
    header_charset = True
    channels = (Channel("news", "汽配新闻", 1), Channel("jishu", "维修技术", 2))
    has_print = True
    aid_base = 700

    def article_path(self, a, page=1):
        return f"/news/news_show.asp?id={a.aid}"

    def list_path(self, ch, n):
        return f"/news/news_list.asp?classid={ch.cid}" + (f"&page={n}" if n > 1 else "")

    def print_path(self, a):
        return f"/news/news_print.asp?id={a.aid}"

    home_path = "/"
    about_path, contact_path = "/about.asp", "/contact.asp"

    def meta(self, a, rnd):
        a.when = a.when.replace(second=rnd.randint(0, 59))
        a.date_disp = a.when.strftime("%Y年%m月%d日 %H:%M:%S")
        a.truth_date, a.truth_at = ymd(a.when), iso(a.when)
        a.author = rnd.choice(text.PEOPLE) if rnd.random() < 0.6 else None
        a.source = rnd.choice(text.SOURCES)
        a.views = rnd.randint(50, 9999)
        a.views_disp = str(a.views)

    def list_date(self, a):
        return f"{a.when.year}-{a.when.month}-{a.when.day}", ymd(a.when)

    def list_views(self, a):
        return a.views

    def rel(self, u):
        return esc(u.replace("/news/", "", 1)) if u.startswith("/news/") else esc(u)

    def frame(self, title, body, crumbs=""):
        nav = " | ".join(f'<a href="{esc(self.list_path(c, 1))}"><font color="#FFFFFF">{esc(c.name)}</font></a>'
                         for c in self.channels)
        return (self.head(title) + '<body leftmargin="0" topmargin="0"><table width="778" border="0" align="center" cellpadding="0"'
                f' cellspacing="0"><tr><td height="80" background="/images/top_bg.gif"><img src="/images/logo.gif"></td></tr>'
                f'<tr><td height="26" bgcolor="#0066CC" align="center"><a href="/"><font color="#FFFFFF">首 页</font></a> | {nav}'
                f'</td></tr></table>{body}<table width="778" align="center"><tr><td align="center" class="foot">'
                f'版权所有：{esc(self.site_name)}　技术支持：某某网络<br>建议使用IE6.0以上浏览器 1024*768分辨率</td></tr></table>'
                '</body></html>')

    def article_html(self, a, page, npages):
        rel = "".join(f'<tr><td height="22">·<a href="{self.rel(self.article_path(r))}">{esc(r.title)}</a></td>'
                      f'<td width="90">{r.when.year}-{r.when.month}-{r.when.day}</td></tr>' for r in a.related)
        author = f"　作者：{esc(a.author)}" if a.author else ""
        paras = "<br><br>".join("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(v) if k == "p" else blocks_html([(k, v)])
                                for k, v in a.blocks)
        hot = "".join(f'<tr><td>·<a href="{self.rel(self.article_path(x))}">{esc(x.title)}</a></td></tr>' for x in self._top)
        body = (f'<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="200" valign="top">'
                f'<table width="100%"><tr><td class="lt">热门新闻</td></tr>{hot}</table></td><td valign="top">'
                f'<table width="100%" border="0"><tr><td class="dh">您现在的位置：<a href="/">首页</a> &gt;&gt; '
                f'<a href="{self.rel(self.list_path(a.ch, 1))}">{esc(a.ch.name)}</a></td></tr>'
                f'<tr><td align="center" class="title"><font size="4"><b>{esc(a.title)}</b></font></td></tr>'
                f'<tr><td align="center" class="info">来源：{esc(a.source)}{author}　发布时间：{a.date_disp}　点击数：'
                f'<font color="red">{a.views}</font></td></tr><tr><td class="content" style="font-size:14px;line-height:180%">'
                f'{paras}</td></tr><tr><td align="right">【<a href="{self.rel(self.print_path(a))}" target="_blank">打印此文</a>】'
                '【<a href="javascript:window.close()">关闭窗口</a>】</td></tr><tr><td>'
                f'<table width="100%"><tr><td class="xg" colspan="2"><b>相关新闻：</b></td></tr>{rel}</table></td></tr>'
                '</table></td></tr></table>')
        return self.frame(f"{self.site_name}--{a.title}", body)

    def list_html(self, ch, n, npages, entries):
        rows = "".join(f'<tr><td height="24">·<a href="{self.rel(self.article_path(a))}">{esc(a.title)}</a></td>'
                       f'<td width="80">{self.list_date(a)[0]}</td><td width="50">{a.views}</td></tr>' for a in entries)
        pg = " ".join(f"<font color=red>{i}</font>" if i == n else f'<a href="{self.rel(self.list_path(ch, i))}">[{i}]</a>'
                      for i in range(1, npages + 1))
        body = (f'<table width="778" border="0" align="center"><tr><td class="dh">您现在的位置：<a href="/">首页</a> &gt;&gt; '
                f'{esc(ch.name)}</td></tr><tr><td><table width="100%" border="0" cellspacing="0">{rows}</table></td></tr>'
                f'<tr><td align="center">共{npages}页 第{n}页 {pg}</td></tr></table>')
        return self.frame(f"{self.site_name}--{ch.name}", body)

    def print_html(self, a):
        return (self.head(a.title) + f'<body onload="window.print()"><table width="640" align="center"><tr><td align="center">'
                f'<b>{esc(a.title)}</b></td></tr><tr><td>{"<br><br>".join(esc(x) for x in text.block_paragraphs(a.blocks))}'
                '</td></tr></table></body></html>')


# ==================================================================== mobile m. site
class Mobile(Family):
    name = "mobile"
    site_name = "汽配头条"
    channels = (Channel("toutiao", "头条", 1), Channel("hangqing", "行情", 2))
    long_share = 0.3
    aid_base = 88000

    def article_path(self, a, page=1):
        return f"/article/{a.aid}.html"

    def list_path(self, ch, n):
        return f"/channel/{ch.key}/" if n == 1 else f"/channel/{ch.key}/list_{n}.html"

    def meta(self, a, rnd):
        ref = REFERENCE_TIME
        age = ref - a.when
        if age < dt.timedelta(hours=1):
            mins = max(1, int(age.total_seconds() // 60))
            a.when = ref - dt.timedelta(minutes=mins)
            a.date_disp, a.truth_at = f"{mins}分钟前", iso(a.when)
        elif age < dt.timedelta(hours=12):
            hrs = int(age.total_seconds() // 3600)
            a.when = ref - dt.timedelta(hours=hrs)
            a.date_disp, a.truth_at = f"{hrs}小时前", iso(a.when)
        elif a.when.date() == (ref - dt.timedelta(days=1)).date():
            a.date_disp, a.truth_at = f"昨天 {a.when:%H:%M}", iso(a.when)
        elif a.when.date() == (ref - dt.timedelta(days=2)).date():
            a.date_disp, a.truth_at = f"前天 {a.when:%H:%M}", iso(a.when)
        elif age < dt.timedelta(days=7):
            days = (ref.date() - a.when.date()).days
            a.date_disp, a.truth_at = f"{days}天前", None
        elif a.when.year == ref.year:
            a.date_disp, a.truth_at = a.when.strftime("%m-%d"), None
        else:
            a.date_disp, a.truth_at = ymd(a.when), None
        a.truth_date = ymd(a.when)
        a.source = rnd.choice(["汽配头条号", "零部件观察", "后市场财经", "汽车供应链"])
        a.author = rnd.choice(text.PEOPLE) if rnd.random() < 0.5 else None
        a.views = rnd.choice([rnd.randint(100, 9999), rnd.randint(10000, 99999)])
        a.views_disp = f"{a.views / 10000:.1f}万阅读" if a.views >= 10000 else f"{a.views}阅读"
        if a.views >= 10000:
            a.views = round(a.views / 1000) * 1000
            a.views_disp = f"{a.views / 10000:.1f}万阅读".replace(".0万", "万")
        a.comments = rnd.randint(0, 99)
        a.likes = rnd.randint(0, 500)

    def list_date(self, a):
        return a.date_disp, a.truth_date

    def list_views(self, a):
        return a.views

    def related_fields(self, r):
        return {"date": None, "views": r.views}

    def head(self, title):
        return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
                f'initial-scale=1.0, maximum-scale=1.0, user-scalable=no"><title>{esc(title)}</title></head>')

    def frame(self, title, body, crumbs=""):
        tabs = "".join(f'<a href="{self.list_path(c, 1)}">{esc(c.name)}</a>' for c in self.channels)
        return (self.head(title) + f'<body class="m"><header class="m-header"><a href="/" class="m-logo">{esc(self.site_name)}</a>'
                f'<a href="/search/" class="m-search">搜索</a></header><nav class="m-tabs"><a href="/">推荐</a>{tabs}</nav>'
                f'{body}<footer class="m-footer"><a href="/">首页</a> | <a href="http://www.qipeitt.example/">电脑版</a>'
                ' | <a href="/app/">下载APP</a></footer></body></html>')

    def article_html(self, a, page, npages):
        rec = "".join(f'<a class="rec-item" href="{self.article_path(r)}"><p class="t">{esc(r.title)}</p>'
                      f'<span class="v">{esc(r.views_disp)}</span></a>' for r in a.related)
        byline = f'<p>文/{esc(a.author)}</p>' if a.author else ""
        body = (f'<article class="m-article"><h1 class="m-title">{esc(a.title)}</h1><div class="m-meta"><span class="m-src">'
                f'{esc(a.source)}</span><span class="m-time">{a.date_disp}</span><span class="m-tag">{esc(a.ch.name)}</span></div>'
                f'<div class="m-content">{byline}{blocks_html(a.blocks)}</div><div class="m-stat"><span>{esc(a.views_disp)}</span>'
                f'<span class="like">赞 {a.likes}</span><span class="cmt">评论 {a.comments}</span></div>'
                f'<div class="m-open-app"><a href="/app/">打开APP，阅读更多精彩内容</a></div></article>'
                f'<section class="m-rec"><h4>推荐阅读</h4>{rec}</section>')
        return self.frame(f"{a.title}-{self.site_name}", body)

    def list_html(self, ch, n, npages, entries):
        items = "".join(f'<li class="m-item"><a href="{self.article_path(a)}"><h3>{esc(a.title)}</h3><div class="m-info">'
                        f'<span>{esc(a.source)}</span><span>{a.date_disp}</span><span>{esc(a.views_disp)}</span></div></a></li>'
                        for a in entries)
        more = (f'<a class="m-more" href="{self.list_path(ch, n + 1)}" data-page="{n + 1}">加载更多</a>' if n < npages else
                '<p class="m-end">没有更多了</p>')
        return self.frame(f"{ch.name}-{self.site_name}", f'<ul class="m-list">{items}</ul>{more}')


FAMILIES: dict[str, type[Family]] = {f.name: f for f in (DedeCMS, PHPCMS, Empire, Discuz, WordPress, ZBlog, B2B, Gov,
                                                         OldTable, Mobile)}

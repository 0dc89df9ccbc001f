"""PowerEasy SiteFactory (动易, ASP.NET) parts portal, GB2312-declared GBK: /Item/Show.aspx?id=N&page=2, /Category_C/Index_2.aspx."""

from __future__ import annotations

import base64
import datetime as dt
import random

from . import content
from .core import TZ8, Art, Channel, Site, chain, esc, iso_date, kinds, paginate, rand_dates, unique_titles

NAME = "sitefactory"
SITE = "中原汽车零部件信息网"
BASE = "http://www.zyqpxx.example.com.cn"
PER_PAGE = 8  # ArticleList PageSize of the category template
PARENT = Channel("xwzx", "新闻中心", 11)
CHANNELS = [Channel("hyxw", "行业新闻", 12), Channel("qyfc", "企业风采", 13), Channel("zcfg", "政策法规", 14),
            Channel("jsjz", "技术讲座", 15)]
COUNTS = [14, 10, 7, 5]
JS_HITS = "jsjz"  # 技术讲座 pages are generated static: 点击数 comes from <script src="/Common/GetHits.aspx?id=N">
SPECIAL = (3, "2025中原汽配博览会")
SEL = ' selected="selected"'
ANON = "佚名"  # PowerEasy's default author: anonymous (truth null)
NO_SOURCE = ["本站原创", "不详"]  # PowerEasy's default sources: none (truth null)
ACCOUNTS = ["admin", "zhangxl", "hyxw01", "liuyan", "bianji2"]  # 文章录入: the back-office account, never the author
POLICY_SOURCES = ["市工业和信息化局", "市商务局", "市市场监督管理局", "中原汽车零部件行业协会"]


def _url(a: Art, page: int = 1) -> str:
    return f"/Item/Show.aspx?id={a.aid}" + (f"&page={page}" if page > 1 else "")


def _static(a: Art) -> str:
    return f"/Item/{a.aid}.aspx"


def _list_url(ch: Channel, k: int = 1) -> str:
    return f"/Category_{ch.cid}/Index.aspx" if k == 1 else f"/Category_{ch.cid}/Index_{k}.aspx"


def _ymd(d: dt.datetime) -> str:  # .NET "yyyy-M-d H:mm:ss": the 更新时间 of the article page
    return f"{d.year}-{d.month}-{d.day} {d.hour}:{d.minute:02d}:{d.second:02d}"


def _cut(t: str, k: int) -> str:
    return t if len(t) <= k else t[:k] + "…"


def _viewstate(key: str) -> str:
    return "/wEPDwUKMTY" + base64.b64encode(key.encode("utf-8") * 2).decode("ascii")[:40] + "ZGQ="


def _body(blocks: list, when: dt.datetime) -> str:
    """FCKeditor-era content: full-width indents, <font> captions under centred pictures, bordered tables."""
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>　　{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<p>　　<strong>{esc(b[1])}</strong></p>")
        elif b[0] == "img":
            out.append(f'<p align="center"><img src="/UploadFiles/Article/{when.year}/{when.month}/{b[1].rsplit("/", 1)[-1]}" border="0" alt="" /></p>')
            if b[2]:
                out.append(f'<p align="center"><font color="#666666">{esc(b[2])}</font></p>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f'<td align="center">{esc(c)}</td>' for c in r) + "</tr>" for r in b[1])
            out.append(f'<table border="1" cellspacing="0" cellpadding="2" width="95%" align="center" bordercolor="#cccccc">{rows}</table>')
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "gbk", "gb2312", "gb2312", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2025, 2, 24, tzinfo=TZ8), dt.datetime(2026, 5, 16, 21, tzinfo=TZ8), seconds=True)
    chans = [c for c, k in zip(CHANNELS, COUNTS, strict=True) for _ in range(k)]
    rnd.shuffle(chans)
    ks = kinds(rnd, n)

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        if chans[i].key == "zcfg":
            return ctx.fill(ar.choice(content.POLICY_TITLES)), (ctx, ar)
        if chans[i].key == "jsjz":
            return ctx.fill(ar.choice(content.TECH_TITLES)), (ctx, ar)
        return content.news_title(ctx), (ctx, ar)

    arts: list[Art] = []
    aid = 1180 + rnd.randint(0, 60)
    gaps: list[int] = []
    splits = 0
    rare = 0
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        step = rnd.randint(1, 5)
        gaps.extend(range(aid + 1, aid + step))
        aid += step
        ch = chans[i]
        if ch.key == "zcfg":
            blocks = content.policy_blocks(ctx)
        elif ch.key == "jsjz":
            blocks = content.tech_blocks(ctx, ks[i])
        else:
            blocks = content.news_blocks(ctx, ks[i], "/UploadFiles/")
        a = Art(i, aid, ch, title, blocks, whens[i])
        if ch.key == "zcfg":
            a.extra["shown_author"] = ANON
            a.source = ar.choice(POLICY_SOURCES)
        else:
            if ch.key in ("hyxw", "qyfc") and rare < 3:  # GBK-only given names (the pages declare gb2312)
                rare += 1
                a.author = content.person(ar, rare=True)
            elif ch.key == "jsjz" or ar.random() < 0.7:
                a.author = content.person(ar)
            a.extra["shown_author"] = a.author or ANON
            if ch.key == "hyxw" and ar.random() < 0.6:
                a.source = ar.choice(content.SOURCES)
            elif ch.key == "qyfc" and ar.random() < 0.5:
                a.source = ctx.fixed["co"]
        a.extra["shown_source"] = a.source or ar.choice(NO_SOURCE)
        a.extra["account"] = ar.choice(ACCOUNTS)
        shown_editor = ar.choice([content.person(ar), content.person(ar), "admin"])
        a.extra["shown_editor"] = shown_editor
        a.editor = None if shown_editor == "admin" else shown_editor
        hits = ar.randint(40, 9800)
        a.views = None if ch.key == JS_HITS else hits
        a.extra["hits"] = hits
        if ks[i] == "long" and splits < 4 and ch.key != "zcfg":
            splits += 1
            cuts = [k for k, b in enumerate(blocks) if b[0] in ("p", "h") and k > 2]
            parts = 3 if splits == 2 and len(cuts) >= 6 else 2
            bounds = [0, *[cuts[len(cuts) * j // parts] for j in range(1, parts)], len(blocks)]
            a.page_blocks = [blocks[bounds[j]:bounds[j + 1]] for j in range(parts)]
        else:
            a.page_blocks = [blocks]
        a.url = _url(a)
        a.page_urls = [_url(a, p) for p in range(1, len(a.page_blocks) + 1)]
        arts.append(a)
    assert splits == 4 and rare == 3
    dead_aid = gaps[len(gaps) // 3]
    chain(arts, lambda x: x.ch.key)
    for a in arts:  # 相关文章: same channel, by keyword (here: random), newest first
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        same = [x for x in arts if x is not a and x.ch is a.ch]
        a.related = sorted(rr.sample(same, min(len(same), rr.randint(3, 5))), key=lambda x: x.when, reverse=True)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    focus = [x for x in latest if x.ch.key in ("hyxw", "qyfc")][:5]  # 图片新闻 / 头条: the static /Item/N.aspx URLs
    for x in focus:
        x.extra["static"] = _static(x)
    sr = random.Random(f"{seed}:{NAME}:special")
    special = sorted(sr.sample([x for x in arts if x.ch.key in ("hyxw", "qyfc")], 7), key=lambda x: x.when, reverse=True)
    hot = sorted([x for x in arts if x.views is not None], key=lambda x: (-x.views, x.aid))[:10]

    def head(title: str, action: str) -> str:
        nav = [("/", "网站首页"), (_list_url(PARENT), "新闻中心")] + [(_list_url(c), c.name) for c in CHANNELS]
        nav += [(f"/Special_{SPECIAL[0]}/Index.aspx", "专题报道"), ("/About/Index.aspx", "关于我们")]
        links = '<td class="menu_sep">|</td>'.join(f'<td class="menu_td"><a href="{u}">{t}</a></td>' for u, t in nav)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(title)}</title>
<meta name="keywords" content="汽车零部件,汽配,中原,河南汽配,零部件信息" />
<meta name="description" content="{SITE}：中原地区汽车零部件行业新闻、企业风采、政策法规与技术讲座。" />
<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css" />
<script language="javascript" type="text/javascript" src="/js/common.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate(title)}" />
</div>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="top_table">
<tr>
<td class="top_logo" width="300"><a href="/"><img src="/Images/logo.gif" alt="{SITE}" width="300" height="80" border="0" /></a></td>
<td class="top_banner"><img src="/Images/banner_top.gif" alt="" width="660" height="80" /></td>
</tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="menu_table"><tr>{links}</tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="search_table"><tr>
<td class="search_date">今天是：<script language="javascript" type="text/javascript">document.write(new Date().toLocaleDateString());</script></td>
<td class="search_td" align="right">站内搜索：<input name="keyword" type="text" size="20" /> <input type="button" value="搜索" onclick="location.href='/Search.aspx?keyword='+encodeURI(this.form.keyword.value)" /></td>
</tr></table>
"""

    def foot() -> str:
        return f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom_table">
<tr><td class="bottom_link"><a href="/About/Index.aspx">关于我们</a> | <a href="/About/Contact.aspx">联系方式</a> | <a href="/About/Index.aspx">广告服务</a> | <a href="/About/Contact.aspx">网站留言</a></td></tr>
<tr><td class="bottom_copyright">版权所有：{SITE}　Copyright &copy; 2009-2026 All Rights Reserved<br />
地址：郑州市管城区汽配大世界 B 区 6 号　电话：0371-6592 7788　<a href="https://beian.miit.gov.cn/" target="_blank">豫ICP备09031517号</a><br />
Powered by <a href="https://www.powereasy.net" target="_blank">动易SiteFactory&trade;</a></td></tr>
</table>
</form>
</body>
</html>
"""

    def position(items: list[tuple[str, str | None]]) -> str:
        parts = [f'<a href="{u}">{t}</a>' if u else t for t, u in items]
        return ('<table width="100%" border="0" cellpadding="0" cellspacing="0" class="position"><tr><td>您现在的位置：'
                + " &gt;&gt; ".join(parts) + "</td></tr></table>\n")

    def right() -> str:
        hots = "\n".join(f'<tr><td class="listbg"><a href="{x.url}" title="{esc(x.title)}">{esc(_cut(x.title, 14))}</a></td><td class="hits">{x.views}</td></tr>'
                         for x in hot)
        return f"""<td width="210" valign="top" class="right_210">
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="title_210"><tr><td class="title_main">热门文章</td></tr></table>
<table width="100%" border="0" cellpadding="2" cellspacing="0" class="hot_list">
{hots}
</table>
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="title_210"><tr><td class="title_main">栏目导航</td></tr></table>
<table width="100%" border="0" cellpadding="2" cellspacing="0">{"".join(f'<tr><td><a href="{_list_url(c)}">{c.name}</a></td></tr>' for c in CHANNELS)}</table>
</td>
"""

    def tooltip(x: Art) -> str:
        return esc(f"标题：{x.title}\r\n作者：{x.extra['shown_author']}\r\n更新时间：{_ymd(x.when)}\r\n点击数：{x.extra['hits']}").replace("\r\n", "&#13;&#10;")

    # ------------------------------------------------------------------ article pages
    for a in arts:
        total = len(a.page_blocks)
        hits = (f'<script language="javascript" type="text/javascript" src="/Common/GetHits.aspx?id={a.aid}"></script>' if a.views is None
                else str(a.views))
        info = (f"作者：{esc(a.extra['shown_author'])}　　来源：{esc(a.extra['shown_source'])}　　点击数：{hits}　　更新时间：{_ymd(a.when)}")
        tools = ('【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】'
                 '【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】')
        rel = "\n".join(f'<li><a href="{r.url}" title="{esc(r.title)}">{esc(r.title)}</a>&nbsp;<span class="date">[{r.when:%Y-%m-%d}]</span></li>'
                        for r in a.related)
        pn = ('<tr><td class="prevnext">上一篇文章：' + (f'<a href="{a.prev.url}">{esc(a.prev.title)}</a>' if a.prev else "没有了")
              + "<br />下一篇文章：" + (f'<a href="{a.next.url}">{esc(a.next.title)}</a>' if a.next else "没有了") + "</td></tr>")

        def page_html(p: int, blocks: list, action: str, *, _a: Art = a, _info: str = info, _tools: str = tools, _rel: str = rel,
                      _pn: str = pn, _total: int = total) -> str:
            pager = ""
            if _total > 1:
                items = [f'<a href="{_a.url}&amp;page={p - 1}">上一页</a>' if p > 1 else '<span class="disabled">上一页</span>']
                for q in range(1, _total + 1):
                    items.append(f'<span class="current">{q}</span>' if q == p else f'<a href="{_a.url}&amp;page={q}">{q}</a>')
                items.append(f'<a href="{_a.url}&amp;page={p + 1}">下一页</a>' if p < _total else '<span class="disabled">下一页</span>')
                pager = f'<tr><td><div id="pe100_page_contentpage" class="pagecss">{" ".join(items)}</div></td></tr>\n'
            t = _a.title if p == 1 else f"{_a.title}(第{p}页)"
            return (head(f"{t}--{_a.ch.name}--{SITE}", action) + f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="center_table">
<tr>
<td width="740" valign="top" class="left_740">
{position([(SITE, "/"), ("新闻中心", _list_url(PARENT)), (_a.ch.name, _list_url(_a.ch)), ("正文", None)])}<table width="100%" border="0" cellpadding="0" cellspacing="0" class="main_title_740">
<tr><td class="article_title" align="center"><h2>{esc(_a.title)}</h2></td></tr>
<tr><td class="article_info" align="center">{_info}</td></tr>
<tr><td class="article_tools" align="center">{_tools}</td></tr>
<tr><td id="fontzoom" class="article_content">
{_body(blocks, _a.when)}
</td></tr>
{pager}<tr><td class="article_editor" align="right">文章录入：{_a.extra["account"]}　　责任编辑：{esc(_a.extra["shown_editor"])}</td></tr>
<tr><td class="article_tools2">【<a href="/Comment/CommentAdd.aspx?id={_a.aid}" target="_blank">发表评论</a>】【<a href="javascript:window.external.addFavorite(location.href,document.title)">加入收藏</a>】{_tools}</td></tr>
{_pn}
</table>
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="title_740"><tr><td class="title_main">相关文章</td></tr></table>
<ul class="related_list">
{_rel}
</ul>
</td>
{right()}</tr>
</table>
""" + foot())

        for p in range(1, total + 1):
            site.add(a.page_urls[p - 1], page_html(p, a.page_blocks[p - 1], a.page_urls[p - 1]))
        aliases = list(a.page_urls[1:])
        if total > 1:  # the content pager links page 1 as &page=1
            site.add(f"{a.url}&page=1", page_html(1, a.page_blocks[0], f"{a.url}&page=1"))
            aliases.insert(0, f"{a.url}&page=1")
        if a.extra.get("static"):  # the rewritten URL of the same item (no canonical link on this CMS)
            site.add(a.extra["static"], page_html(1, a.page_blocks[0], a.extra["static"]))
            aliases.append(a.extra["static"])
        related = [{"title": r.title, "url": r.url, "date": iso_date(r.when), "views": None} for r in a.related]
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=_ymd(a.when), views_display=None if a.views is None else str(a.views),
                         views_approx=False, related=related, aliases=aliases)

    # ------------------------------------------------------------------ ArticleList pages
    def pager(ch: Channel, k: int, total: int, count: int) -> str:
        first = f'<a href="{_list_url(ch, 1)}">首页</a>' if k > 1 else "首页"
        prev = f'<a href="{_list_url(ch, k - 1)}">上一页</a>' if k > 1 else "上一页"
        nums = " ".join(f'<span class="current">{j}</span>' if j == k else f'<a href="{_list_url(ch, j)}">{j}</a>' for j in range(1, total + 1))
        nxt = f'<a href="{_list_url(ch, k + 1)}">下一页</a>' if k < total else "下一页"
        last = f'<a href="{_list_url(ch, total)}">尾页</a>' if k < total else "尾页"
        opts = "".join(f'<option value="{_list_url(ch, j)}"{SEL if j == k else ""}>第{j}页</option>' for j in range(1, total + 1))
        return (f'<div class="pagecss">共 <b>{count}</b> 篇文章　{first} {prev} {nums} {nxt} {last}　页次：<b>{k}</b>/<b>{total}</b>页　'
                f'<b>{PER_PAGE}</b>篇文章/页　转到：<select name="page" onchange="location.href=this.options[this.selectedIndex].value">{opts}</select></div>')

    def list_page(url: str, title: str, crumb: list, heading: str, inner: str) -> None:
        html = (head(f"{title}--{SITE}", url) + f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="center_table">
<tr>
<td width="740" valign="top" class="left_740">
{position(crumb)}<table width="100%" border="0" cellpadding="0" cellspacing="0" class="title_740"><tr><td class="title_main">{heading}</td></tr></table>
{inner}
</td>
{right()}</tr>
</table>
""" + foot())
        site.add(url, html)
        site.list_pages.append({"url": url, "aliases": []})

    for ch in CHANNELS:
        entries = [x for x in latest if x.ch is ch]
        chunks = paginate(entries, PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = _list_url(ch, k)
            rows = []
            for pos, x in enumerate(chunk, 1):
                if ch.key == "qyfc":  # picture list with the hit count
                    rows.append(f'<tr><td class="pic" width="130"><a href="{x.url}" target="_blank"><img src="/UploadFiles/Article/thumb/{x.aid}.jpg" width="120" height="90" border="0" alt="" /></a></td>'
                                f'<td class="pic_info"><a href="{x.url}" title="{tooltip(x)}" target="_blank">{esc(x.title)}</a><br />'
                                f'<span class="date">[{x.when:%Y-%m-%d}]</span>　点击数：{x.extra["hits"]}</td></tr>')
                    site.listing(url, pos, x, iso_date(x.when), f"[{x.when:%Y-%m-%d}]", x.extra["hits"])
                else:
                    rows.append(f'<tr><td class="listbg"><img src="/Images/arrow3.gif" alt="" /> <a href="{x.url}" title="{tooltip(x)}" target="_blank">{esc(_cut(x.title, 22))}</a></td>'
                                f'<td class="listdate" width="100" align="right">[{x.when:%Y-%m-%d}]</td></tr>')
                    site.listing(url, pos, x, iso_date(x.when), f"[{x.when:%Y-%m-%d}]")
            inner = ('<table width="100%" border="0" cellpadding="0" cellspacing="0" class="list_table">\n' + "\n".join(rows) + "\n</table>\n"
                     + pager(ch, k, len(chunks), len(entries)))
            list_page(url, ch.name if k == 1 else f"{ch.name}--第{k}页", [(SITE, "/"), ("新闻中心", _list_url(PARENT)), (ch.name, None)], ch.name, inner)

    # 新闻中心 (the parent channel): one block of 5 per sub-channel
    blocks, pos = [], 0
    for ch in CHANNELS:
        rows = []
        for x in [y for y in latest if y.ch is ch][:5]:
            pos += 1
            rows.append(f'<tr><td class="listbg">·<a href="{x.url}" title="{tooltip(x)}">{esc(_cut(x.title, 20))}</a></td><td class="listdate" align="right">[{x.when:%Y-%m-%d}]</td></tr>')
            site.listing(_list_url(PARENT), pos, x, iso_date(x.when), f"[{x.when:%Y-%m-%d}]")
        blocks.append(f'<table width="100%" border="0" cellpadding="0" cellspacing="0" class="channel_title"><tr><td class="title_main">{ch.name}</td>'
                      f'<td class="title_more" align="right"><a href="{_list_url(ch)}">更多&gt;&gt;</a></td></tr></table>\n'
                      f'<table width="100%" border="0" cellpadding="0" cellspacing="0" class="list_table">\n' + "\n".join(rows) + "\n</table>")
    list_page(_list_url(PARENT), "新闻中心", [(SITE, "/"), ("新闻中心", None)], "新闻中心", "\n".join(blocks))

    # 专题 (Special): the articles of one special topic
    url = f"/Special_{SPECIAL[0]}/Index.aspx"
    rows = []
    for pos, x in enumerate(special, 1):
        rows.append(f'<tr><td class="listbg">[<a href="{_list_url(x.ch)}">{x.ch.name}</a>] <a href="{x.url}" title="{tooltip(x)}">{esc(x.title)}</a></td>'
                    f'<td class="listdate" align="right">[{x.when:%Y-%m-%d}]</td></tr>')
        site.listing(url, pos, x, iso_date(x.when), f"[{x.when:%Y-%m-%d}]", None, x.ch.name)
    list_page(url, f"{SPECIAL[1]}专题", [(SITE, "/"), ("专题报道", None), (SPECIAL[1], None)], f"专题：{SPECIAL[1]}",
              '<p class="special_intro">　　本专题汇集本网对2025中原汽配博览会的相关报道。</p>\n'
              '<table width="100%" border="0" cellpadding="0" cellspacing="0" class="list_table">\n' + "\n".join(rows) + "\n</table>")

    # ------------------------------------------------------------------ home page, about pages, 404, robots
    dead = f"/Item/Show.aspx?id={dead_aid}"
    pics = "".join(f'<td align="center" width="25%"><a href="{x.extra["static"]}" target="_blank"><img src="/UploadFiles/Article/thumb/{x.aid}.jpg" width="160" height="120" border="0" alt="" /><br />{esc(_cut(x.title, 12))}</a></td>'
                   for x in focus[:4])
    top = focus[4]
    newest = "\n".join(f'<tr><td class="listbg">·<a href="{x.url}" title="{tooltip(x)}">{esc(_cut(x.title, 24))}</a></td><td class="listdate" align="right">[{x.when:%m-%d}]</td></tr>'
                       for x in latest[:10])
    boxes = []
    for ch in CHANNELS:
        rows = "\n".join(f'<tr><td class="listbg">·<a href="{x.url}" title="{tooltip(x)}">{esc(_cut(x.title, 20))}</a></td><td class="listdate" align="right">[{x.when:%m-%d}]</td></tr>'
                         for x in [y for y in latest if y.ch is ch][:6])
        boxes.append(f'<td width="50%" valign="top"><table width="100%" class="channel_title"><tr><td class="title_main">{ch.name}</td><td align="right"><a href="{_list_url(ch)}">更多&gt;&gt;</a></td></tr></table>'
                     f'<table width="100%" class="list_table">\n{rows}\n</table></td>')
    home = (head(f"{SITE}--中原汽车零部件行业门户", "/") + f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="center_table">
<tr>
<td width="740" valign="top" class="left_740">
<table width="100%" class="headline"><tr><td align="center"><a href="{top.extra["static"]}" class="headline_title">{esc(top.title)}</a></td></tr></table>
<table width="100%" class="pic_news"><tr>{pics}</tr></table>
<table width="100%" class="title_740"><tr><td class="title_main">最新更新</td></tr></table>
<table width="100%" class="list_table">
{newest}
<tr><td class="listbg">·<a href="{dead}">市汽车零部件产业“十五五”规划编制工作座谈会召开</a></td><td class="listdate" align="right">[05-06]</td></tr>
</table>
<table width="100%"><tr>{boxes[0]}{boxes[1]}</tr><tr>{boxes[2]}{boxes[3]}</tr></table>
<table width="100%" class="special"><tr><td><a href="/Special_{SPECIAL[0]}/Index.aspx"><img src="/UploadFiles/Special/banner3.jpg" width="740" height="90" alt="" border="0" /><br />专题：{SPECIAL[1]}</a></td></tr></table>
</td>
{right()}</tr>
</table>
""" + foot())
    site.add("/", home)
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (deleted item linked from the home page's 最新更新)"})
    for url, t, body in [("/About/Index.aspx", "关于我们", f"<p>　　{SITE}创建于2009年，是中原地区汽车零部件行业的综合信息服务平台。</p><p>　　本网设有行业新闻、企业风采、政策法规、技术讲座等栏目。</p>"),
                         ("/About/Contact.aspx", "联系方式", "<p>　　地址：郑州市管城区汽配大世界 B 区 6 号</p><p>　　电话：0371-6592 7788　传真：0371-6592 7789</p>")]:
        site.add(url, head(f"{t}--{SITE}", url) + f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="center_table">
<tr><td width="740" valign="top" class="left_740">{position([(SITE, "/"), (t, None)])}<table width="100%" class="title_740"><tr><td class="title_main">{t}</td></tr></table>
<div class="about_content">{body}</div></td>
{right()}</tr></table>
""" + foot())
        site.non_articles.append({"url": url, "reason": f"{t} (single page)"})
    site.add("/404.html", """<html>
<head><title>The resource cannot be found.</title>
<style>body {font-family:"Verdana";font-weight:normal;font-size: .7em;color:black;} H1 { font-family:"Verdana";font-weight:normal;font-size:18pt;color:red } H2 { font-family:"Verdana";font-weight:normal;font-size:14pt;color:maroon }</style>
</head>
<body bgcolor="white">
<span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
<h2> <i>The resource cannot be found.</i> </h2></span>
<b> Description: </b>HTTP 404. The resource you are looking for (or one of its dependencies) could have been removed, had its name changed, or is temporarily unavailable.  Please review the following URL and make sure that it is spelled correctly.
<br><br><b> Requested URL: </b>/Item/Show.aspx<br><br>
<hr width=100% size=1 color=silver>
<b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:2.0.50727.8964; ASP.NET Version:2.0.50727.8962
</body>
</html>
""")
    site.raw["/robots.txt"] = (b"User-agent: *\nDisallow: /Admin/\nDisallow: /User/\nDisallow: /Comment/\nDisallow: /Common/\n"
                               b"Disallow: /Temp/\nDisallow: /Config/\nDisallow: /Search.aspx\nDisallow: /Item/Print.aspx\n")
    return site

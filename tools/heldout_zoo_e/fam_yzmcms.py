"""YzmCMS 6 regional industry portal: /catdir/N.html, list_2.html pagers, split pages N_2.html, a GB2312 legacy channel."""

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
    rand_dates,
    unique_titles,
)

NAME = "yzmcms"
SITE = "台州汽摩配产业网"
BASE = "https://www.tzqmp.example.cn"
PER_PAGE = 8
PARENT = Channel("xinwen", "新闻中心", 1)
CHANNELS = [Channel("chanye", "产业要闻", 2), Channel("qiye", "企业动态", 3), Channel("hangye", "行业资讯", 4),
            Channel("tongzhi", "通知公告", 5)]
COUNTS = [12, 10, 9, 6]  # 8+4, 8+2, 8+1 (GB2312), 6 (MM-DD list)
GBK = "hangye"  # the old site's static archive behind the same theme: GB2312 meta, no header charset
STATIC = "/common/static"
CURRENT = ' class="current"'
ON = ' class="on"'


def _art_url(a: Art, page: int = 1) -> str:
    return f"/{a.ch.key}/{a.aid}.html" if page == 1 else f"/{a.ch.key}/{a.aid}_{page}.html"


def _list_url(ch: Channel, k: int) -> str:
    return f"/{ch.key}/" if k == 1 else f"/{ch.key}/list_{k}.html"


def _dyn_url(a: Art) -> str:
    return f"/index.php?m=index&c=index&a=show&catid={a.ch.cid}&id={a.aid}"


def _print_url(a: Art) -> str:
    return f"/index.php?m=index&c=index&a=printing&catid={a.ch.cid}&id={a.aid}"


def _short(t: str, k: int) -> str:
    return t if len(t) <= k else t[:k] + "…"


def _head(title: str, enc: str, canonical: str | None = None, active: str = "") -> str:
    cs = "utf-8" if enc == "utf-8" else "gb2312"
    canon = f'<link rel="canonical" href="{BASE}{canonical}" />\n' if canonical else ""
    nav = [("home", "/", "网站首页"), ("xinwen", "/xinwen/", "新闻中心")] + [(c.key, f"/{c.key}/", c.name) for c in CHANNELS]
    nav += [("about", "/guanyuwomen/", "关于我们"), ("lianxi", "/lianxiwomen/", "联系我们")]
    lis = "".join(f'<li{CURRENT if k == active else ""}><a href="{u}">{t}</a></li>' for k, u, t in nav)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<title>{esc(title)}</title>
<meta name="keywords" content="台州汽摩配,汽车零部件,摩托车配件,汽配产业" />
<meta name="description" content="{SITE}，报道台州及周边汽摩配产业动态、企业资讯与政策通知。" />
{canon}<link href="{STATIC}/yzm/css/yzm-common.css" rel="stylesheet" type="text/css" />
<link href="{STATIC}/yzm/css/yzm-style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="{STATIC}/js/jquery-1.8.2.min.js"></script>
<script type="text/javascript" src="{STATIC}/yzm/js/yzm-front.js"></script>
</head>
<body>
<div class="yzm-top"><div class="w1200"><span class="fr"><a href="/member/index/login.html" rel="nofollow">登录</a> | <a href="/member/index/register.html" rel="nofollow">注册</a></span>您好，欢迎访问{SITE}！</div></div>
<div class="header"><div class="w1200">
<div class="logo"><h1><a href="/"><img src="{STATIC}/yzm/images/logo.png" alt="{SITE}" />{SITE}</a></h1></div>
<div class="search"><form method="get" action="/search/index/init.html" target="_blank"><input type="text" name="q" class="input" placeholder="请输入关键字" /><input type="submit" class="submit" value="搜索" /></form></div>
</div></div>
<div class="nav"><ul class="w1200">{lis}</ul></div>
"""


def _foot(enc: str) -> str:
    return f"""<div class="footer"><div class="w1200">
<p>友情链接：<a href="https://www.example-tzqp.gov.cn/" target="_blank">台州市经信局</a> | <a href="https://www.example-qmp.org.cn/" target="_blank">汽摩配行业协会</a></p>
<p>Copyright &copy; 2016-2026 {SITE} 版权所有　<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">浙ICP备16023456号-1</a></p>
<p>Powered By <a href="https://www.yzmcms.com" target="_blank">YzmCMS</a>{"" if enc == "utf-8" else " 内容管理系统"}</p>
</div></div>
</body>
</html>
"""


def _body(blocks: list) -> str:
    """UEditor output: indented paragraphs, bold sub-heads, centred pictures with the caption as a centred paragraph."""
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f'<p style="text-indent: 2em;">{esc(b[1])}</p>')
        elif b[0] == "h":
            out.append(f'<p style="text-indent: 2em;"><strong>{esc(b[1])}</strong></p>')
        elif b[0] == "img":
            out.append(f'<p style="text-align: center;"><img src="/uploads/202506/05/{b[1][-10:-4]}.jpg" title="" alt="" width="600" /></p>')
            if b[2]:
                out.append(f'<p style="text-align: center;">{esc(b[2])}</p>')
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f'<td valign="top" style="word-break: break-all;">{esc(c)}</td>' for c in r) + "</tr>"
                           for r in b[1])
            out.append(f'<table border="1" cellspacing="0" cellpadding="0" width="100%"><tbody>{rows}</tbody></table>')
        elif b[0] in ("ul", "ol"):
            out.append(f'<{b[0]} class=" list-paddingleft-2">' + "".join(f"<li><p>{esc(i)}</p></li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    n = sum(COUNTS)
    whens = rand_dates(rnd, n, dt.datetime(2025, 2, 17, tzinfo=TZ8), dt.datetime(2026, 5, 17, 21, tzinfo=TZ8), seconds=True)
    # 通知公告 lists show [MM-DD]: its notices all fall in the twelve months before REFERENCE_TIME
    recent = [i for i in range(n) if whens[i] > REFERENCE_TIME - dt.timedelta(days=330)]
    notice_idx = set(rnd.sample(recent, COUNTS[3]))
    others = [c for c, k in zip(CHANNELS[:3], COUNTS[:3], strict=True) for _ in range(k)]
    rnd.shuffle(others)
    chans = [CHANNELS[3] if i in notice_idx else others.pop() for i in range(n)]
    ks = kinds(rnd, n)
    admin_idx = set(rnd.sample([i for i in range(n) if chans[i].key in ("chanye", "qiye")], 3))  # 作者：admin

    def make(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:{i}:{attempt}")
        ctx = content.Ctx(ar, whens[i])
        if chans[i].key == "tongzhi":
            return ctx.fill(ar.choice(content.NOTICE_TITLES)), (ctx, ar)
        return content.news_title(ctx), (ctx, ar)

    arts: list[Art] = []
    aid = 100 + rnd.randint(0, 40)
    splits = 0
    gbk_rare = 0
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
        aid += rnd.randint(1, 4)
        ch = chans[i]
        notice = ch.key == "tongzhi"
        blocks = content.notice_blocks(ctx) if notice else content.news_blocks(ctx, ks[i], "/uploads/")
        a = Art(i, aid, ch, title, blocks, whens[i])
        a.extra["enc"] = "gbk" if ch.key == GBK else "utf-8"
        if notice:
            a.extra["shown_author"] = "admin"  # the default account: no author
            a.source = "产业网编辑部"
        elif ch.key == GBK:
            if gbk_rare < 3:  # GBK-only given names (not in GB2312, which the pages declare)
                gbk_rare += 1
                a.author = content.person(ar, rare=True)
            elif ar.random() < 0.5:
                a.author = content.person(ar)
            a.extra["shown_author"] = a.author or "未知"
            a.source = ar.choice(content.SOURCES) if ar.random() < 0.7 else None
        else:
            a.author = None if i in admin_idx else content.person(ar)
            a.extra["shown_author"] = a.author or "admin"
            a.source = ar.choice([*content.SOURCES, SITE]) if ar.random() < 0.75 else None
            a.editor = content.person(ar) if ar.random() < 0.4 else None
        a.views = None if ch.key == GBK else ar.randint(20, 3600)  # GBK pages: <script> counter
        if ch.key in ("chanye", "qiye"):
            a.extra["comment_list"] = [(ar.choice(["台州网友", "匿名用户", content.person(ar)]), ar.choice(content.COMMENT_TEXTS),
                                        min(a.when + dt.timedelta(hours=ar.randint(1, 200)), REFERENCE_TIME - dt.timedelta(hours=1)))
                                       for _ in range(ar.choice([0, 0, 0, 1, 2, 3]))]
            a.comments = len(a.extra["comment_list"])
        paras = content.paragraphs(blocks)
        a.extra["desc"] = paras[0][:70] + "…"
        a.extra["keywords"] = [ctx.fixed["pr"], ctx.fixed["city"]]
        if ks[i] == "long" and splits < 4 and not notice:
            splits += 1
            cuts = [k for k, b in enumerate(blocks) if b[0] in ("p", "h") and k > 2]
            parts = 3 if splits == 2 and len(cuts) >= 6 else 2
            at = [cuts[len(cuts) * j // parts] for j in range(1, parts)]
            bounds = [0, *at, len(blocks)]
            a.page_blocks = [blocks[bounds[j]:bounds[j + 1]] for j in range(parts)]
        else:
            a.page_blocks = [blocks]
        a.url = _art_url(a)
        a.page_urls = [_art_url(a, p) for p in range(1, len(a.page_blocks) + 1)]
        arts.append(a)
    chain(arts, lambda x: x.ch.key)
    for a in arts:  # 相关文章: same category, by keyword match (here: random), newest first
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        same = [x for x in arts if x is not a and x.ch is a.ch]
        a.related = sorted(rr.sample(same, min(len(same), rr.randint(4, 6))), key=lambda x: x.when, reverse=True)
    latest = sorted(arts, key=lambda x: x.when, reverse=True)
    hot = sorted([x for x in arts if x.views is not None], key=lambda x: (-x.views, x.aid))[:8]
    recommend = [x for x in latest if x.ch.key in ("chanye", "qiye")][2:7]  # 推荐阅读: dynamic URLs
    for x in recommend:
        x.extra["dyn"] = _dyn_url(x)

    def side(enc: str, cur: Channel | None) -> str:
        cats = "".join(f'<li{ON if c is cur else ""}><a href="{_list_url(c, 1)}">{c.name}</a></li>' for c in CHANNELS)
        hots = "\n".join(f'<li><span class="num">{k}</span><a href="{x.url}" title="{esc(x.title)}">{esc(_short(x.title, 15))}</a></li>'
                         for k, x in enumerate(hot, 1))
        return (f'<div class="side">\n<div class="side_box"><h3>栏目导航</h3><ul class="side_cat">{cats}</ul></div>\n'
                f'<div class="side_box"><h3>热门排行</h3><ul class="side_hot">\n{hots}\n</ul></div>\n'
                f'<div class="side_box"><h3>联系我们</h3><p>电话：0576-8866 5520</p><p>邮箱：news@tzqmp.example.cn</p></div>\n</div>\n')

    def crumb(ch: Channel | None, last: str | None = None) -> str:
        out = '<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/xinwen/">新闻中心</a>'
        if ch is not None:
            out += f' &gt; <a href="{_list_url(ch, 1)}">{ch.name}</a>'
        return out + (f" &gt; {last}" if last else "") + "</div>\n"

    for a in arts:
        enc = a.extra["enc"]
        charset = "utf-8" if enc == "utf-8" else None
        total = len(a.page_blocks)
        info = [f"<span>发布时间：{a.when:%Y-%m-%d %H:%M:%S}</span>"]
        if a.source:
            info.append(f"<span>来源：{esc(a.source)}</span>")
        info.append(f"<span>作者：{a.extra['shown_author']}</span>")
        if a.views is not None:
            info.append(f'<span>浏览次数：<span class="hits">{a.views}</span></span>')
        else:
            info.append(f'<span>浏览次数：<script type="text/javascript" src="/api/index/hits/modelid/1/id/{a.aid}.html"></script></span>')
        pn = ('<div class="article_pn">'
              + (f'<p>上一篇：<a href="{a.prev.url}">{esc(a.prev.title)}</a></p>' if a.prev else "<p>上一篇：没有了</p>")
              + (f'<p>下一篇：<a href="{a.next.url}">{esc(a.next.title)}</a></p>' if a.next else "<p>下一篇：没有了</p>") + "</div>")
        rel = "\n".join(f'<li><a href="{r.url}" title="{esc(r.title)}">{esc(_short(r.title, 22))}</a><span>{r.when:%Y-%m-%d}</span></li>'
                        for r in a.related)
        kw = " ".join(f'<a href="/index.php?m=search&amp;c=index&amp;a=tag&amp;id={abs(hash_kw(k)) % 900 + 10}" target="_blank">{k}</a>'
                      for k in a.extra["keywords"])
        comments = ""
        if a.comments is not None:
            items = "\n".join(f'<li><div class="comment_user">{esc(who)}<span class="comment_time">{when:%Y-%m-%d %H:%M}</span></div>'
                              f'<div class="comment_content">{esc(text)}</div></li>' for who, text, when in a.extra["comment_list"])
            lst = f'<ul class="comment_list">\n{items}\n</ul>' if items else '<p class="comment_empty">暂无评论，快来抢沙发吧！</p>'
            comments = (f'<div class="comment" id="comment"><h3>网友评论<span>（共 {a.comments} 条）</span></h3>\n{lst}\n'
                        f'<form action="/comment/index/init.html" method="post"><textarea name="content" placeholder="我来说两句..."></textarea>'
                        f'<input type="hidden" name="modelid" value="1" /><input type="hidden" name="catid" value="{a.ch.cid}" /><input type="hidden" name="id" value="{a.aid}" />'
                        f'<input type="submit" class="btn" value="发表评论" /></form></div>')
        editor = f'\n<p class="article_editor" style="text-align: right;">（责任编辑：{a.editor}）</p>' if a.editor else ""

        def page_html(p: int, blocks: list, *, _a: Art = a, _enc: str = enc, _info: list = info, _rel: str = rel, _kw: str = kw,
                      _pn: str = pn, _comments: str = comments, _editor: str = editor, _total: int = total) -> str:
            pager = ""
            if _total > 1:
                items = [f'<a href="{_art_url(_a, p - 1)}">上一页</a>'] if p > 1 else []
                for q in range(1, _total + 1):
                    items.append(f'<span class="current">{q}</span>' if q == p else f'<a href="{_art_url(_a, q)}">{q}</a>')
                if p < _total:
                    items.append(f'<a href="{_art_url(_a, p + 1)}">下一页</a>')
                pager = f'<div class="content_page">{"".join(items)}</div>\n'
            main = f"""<div class="article">
<h1 class="article_title">{esc(_a.title)}</h1>
<div class="article_info">{"".join(_info)}<span class="tools"><a href="{esc(_print_url(_a))}" target="_blank">[打印本页]</a> <a href="javascript:window.close();">[关闭窗口]</a></span></div>
<div class="article_desc"><strong>摘要：</strong>{esc(_a.extra["desc"])}</div>
<div class="article_content">
{_body(blocks)}{_editor if p == _total else ""}
</div>
{pager}<div class="article_keyword">关键字：{_kw}</div>
<div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a></div>
{_pn}
<div class="related"><h3>相关文章</h3><ul>
{_rel}
</ul></div>
{_comments}
</div>"""
            t = _a.title if p == 1 else f"{_a.title}(第{p}页)"
            return (_head(f"{t}_{_a.ch.name}_{SITE}", _enc, _a.url, _a.ch.key) + '<div class="w1200 main">\n'
                    + crumb(_a.ch, "正文") + '<div class="main_left">\n' + main + "\n</div>\n" + side(_enc, _a.ch)
                    + "</div>\n" + _foot(_enc))

        for p in range(1, total + 1):
            site.add(a.page_urls[p - 1], page_html(p, a.page_blocks[p - 1]), encoding=enc, charset=charset)
        aliases = list(a.page_urls[1:])
        if a.extra.get("dyn"):
            site.add(a.extra["dyn"], page_html(1, a.page_blocks[0]), encoding=enc, charset=charset)
            aliases.append(a.extra["dyn"])
        cs = "utf-8" if enc == "utf-8" else "gb2312"
        print_html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}" /><title>{esc(a.title)} - 打印页面</title>
<style>body{{width:760px;margin:10px auto;font-size:14px;line-height:1.8;}}h1{{font-size:20px;text-align:center;}}.info{{text-align:center;color:#666;border-bottom:1px solid #ccc;}}</style>
</head><body>
<div class="print_tools"><a href="javascript:window.print();">打印</a> | <a href="javascript:window.close();">关闭</a> | <a href="{a.url}">返回原文</a></div>
<h1>{esc(a.title)}</h1>
<div class="info">{"　".join(x for x in info if "浏览次数" not in x)}</div>
<div class="content">
{_body(a.blocks)}{editor}
</div>
<p style="text-align:center;color:#999;">本文网址：{BASE}{a.url}　{SITE}</p>
</body></html>
"""
        site.add(_print_url(a), print_html, encoding=enc, charset=charset)
        site.print_views.append(_print_url(a))
        aliases.append(_print_url(a))
        related = [{"title": r.title, "url": r.url, "date": iso_date(r.when), "views": None} for r in a.related]
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=a.when.strftime("%Y-%m-%d %H:%M:%S"),
                         views_display=None if a.views is None else str(a.views), views_approx=False,
                         related=related, aliases=aliases, encoding=enc)

    def pager(ch: Channel, k: int, total: int, count: int) -> str:
        if total <= 1:
            return ""
        out = [f'<span class="pageinfo">共 <strong>{total}</strong> 页 <strong>{count}</strong> 条记录</span>',
               f'<a href="{_list_url(ch, 1)}" class="homepage">首页</a>']
        if k > 1:
            out.append(f'<a href="/{ch.key}/list_{k - 1}.html" class="prepage">上一页</a>')
        for j in range(1, total + 1):
            out.append(f'<span class="listpage curpage">{j}</span>' if j == k else f'<a href="/{ch.key}/list_{j}.html" class="listpage">{j}</a>')
        if k < total:
            out.append(f'<a href="/{ch.key}/list_{k + 1}.html" class="nextpage">下一页</a>')
        out.append(f'<a href="/{ch.key}/list_{total}.html" class="endpage">尾页</a>')
        return '<div id="page">' + "".join(out) + "</div>"

    for ch in CHANNELS:
        enc = "gbk" if ch.key == GBK else "utf-8"
        charset = "utf-8" if enc == "utf-8" else None
        entries = [x for x in latest if x.ch is ch]
        chunks = paginate(entries, PER_PAGE)
        for k, chunk in enumerate(chunks, 1):
            url = _list_url(ch, k)
            rows = []
            for pos, x in enumerate(chunk, 1):
                if ch.key == "chanye":  # picture list: description, date and hits
                    rows.append(f'<li class="list_pic"><a href="{x.url}" class="list_img" target="_blank"><img src="/uploads/thumb/{x.aid}.jpg" alt="{esc(x.title)}" /></a>'
                                f'<div class="list_r"><h2><a href="{x.url}" target="_blank">{esc(x.title)}</a></h2><p class="list_desc">{esc(x.extra["desc"])}</p>'
                                f'<p class="list_info"><span>发布时间：{x.when:%Y-%m-%d}</span><span>浏览次数：{x.views}</span></p></div></li>')
                    site.listing(url, pos, x, iso_date(x.when), x.when.strftime("%Y-%m-%d"), x.views)
                elif ch.key == "tongzhi":  # [MM-DD]: the year is left to the reader
                    rows.append(f'<li><a href="{x.url}" title="{esc(x.title)}" target="_blank">{esc(x.title)}</a><span class="time">[{x.when:%m-%d}]</span></li>')
                    site.listing(url, pos, x, iso_date(x.when), x.when.strftime("%m-%d"))
                else:  # text list, titles cut (full title in the title attribute)
                    rows.append(f'<li><span class="date">{x.when:%Y-%m-%d}</span><a href="{x.url}" title="{esc(x.title)}" target="_blank">{esc(_short(x.title, 18))}</a></li>')
                    site.listing(url, pos, x, iso_date(x.when), x.when.strftime("%Y-%m-%d"))
            main = (f'<div class="list_box"><h2 class="list_title">{ch.name}</h2>\n<ul class="{"list_pics" if ch.key == "chanye" else "list_text"}">\n'
                    + "\n".join(rows) + f"\n</ul>\n{pager(ch, k, len(chunks), len(entries))}\n</div>")
            t = ch.name if k == 1 else f"{ch.name}_第{k}页"
            html = (_head(f"{t}_{SITE}", enc, None, ch.key) + '<div class="w1200 main">\n' + crumb(ch) + '<div class="main_left">\n'
                    + main + "\n</div>\n" + side(enc, ch) + "</div>\n" + _foot(enc))
            site.add(url, html, encoding=enc, charset=charset)
            lp = {"url": url, "aliases": []}
            if k == 1 and len(chunks) > 1:  # the numbered pager links page 1 as list_1.html
                site.add(f"/{ch.key}/list_1.html", html, encoding=enc, charset=charset)
                lp["aliases"].append(f"/{ch.key}/list_1.html")
            site.list_pages.append(lp)

    # 新闻中心: the parent's channel page, one block per sub-category
    blocks = []
    pos = 0
    for ch in CHANNELS:
        rows = []
        for x in [y for y in latest if y.ch is ch][:6]:
            pos += 1
            rows.append(f'<li><span class="date">{x.when:%Y-%m-%d}</span><a href="{x.url}" title="{esc(x.title)}">{esc(_short(x.title, 20))}</a></li>')
            site.listing("/xinwen/", pos, x, iso_date(x.when), x.when.strftime("%Y-%m-%d"))
        blocks.append(f'<div class="channel_box"><h3><a class="more" href="{_list_url(ch, 1)}">更多&gt;&gt;</a>{ch.name}</h3><ul>\n' + "\n".join(rows) + "\n</ul></div>")
    site.add("/xinwen/", _head(f"新闻中心_{SITE}", "utf-8", None, "xinwen") + '<div class="w1200 main">\n' + crumb(None)
             + '<div class="main_left">\n' + "\n".join(blocks) + "\n</div>\n" + side("utf-8", None) + "</div>\n" + _foot("utf-8"))
    site.list_pages.append({"url": "/xinwen/", "aliases": []})

    # home page
    dead = "/zhuanti/2025qipeizhan/"
    slides = "".join(f'<li><a href="{x.url}"><img src="/uploads/slide/{x.aid}.jpg" alt="{esc(x.title)}" /><p>{esc(x.title)}</p></a></li>'
                     for x in [y for y in latest if y.ch.key == "chanye"][:3])
    rec = "\n".join(f'<li><a href="{esc(x.extra["dyn"])}" title="{esc(x.title)}">{esc(x.title)}</a></li>' for x in recommend)
    boxes = []
    for ch in CHANNELS:
        rows = "\n".join(f'<li><span>{x.when:%m-%d}</span><a href="{x.url}" title="{esc(x.title)}">{esc(_short(x.title, 20))}</a></li>'
                         for x in [y for y in latest if y.ch is ch][:6])
        boxes.append(f'<div class="index_box"><h3><a class="more" href="{_list_url(ch, 1)}">更多</a>{ch.name}</h3><ul>\n{rows}\n</ul></div>')
    home = (_head(f"{SITE} - 台州汽摩配产业资讯门户", "utf-8", "/", "home") + f"""<div class="w1200 main">
<div class="index_top"><div class="slide"><ul>{slides}</ul></div>
<div class="index_rec"><h3>推荐阅读</h3><ul>
{rec}
</ul></div></div>
<div class="index_zt"><a href="{dead}"><img src="/uploads/zhuanti/2025.jpg" alt="2025台州汽摩配博览会专题" />2025台州汽摩配博览会专题报道</a></div>
{chr(10).join(boxes)}
{side("utf-8", None)}</div>
""" + _foot("utf-8"))
    site.add("/", home, encoding="utf-8", charset="utf-8")
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": dead, "reason": "HTTP 404 (dead link on the home page)"})
    for key, t, body in [("guanyuwomen", "关于我们", f"<p>{SITE}创办于2016年，由台州市汽摩配行业相关单位支持建设，是服务台州汽摩配产业的综合资讯平台。</p><p>本网报道区域汽摩配企业动态、市场行情和产业政策，欢迎企业投稿。</p>"),
                         ("lianxiwomen", "联系我们", "<p>地址：浙江省台州市路桥区汽摩配城 8 号楼</p><p>电话：0576-8866 5520　邮箱：news@tzqmp.example.cn</p>")]:
        html = (_head(f"{t}_{SITE}", "utf-8", None, "about" if key == "guanyuwomen" else "lianxi") + '<div class="w1200 main">\n'
                + f'<div class="crumbs">当前位置：<a href="/">首页</a> &gt; {t}</div>\n<div class="main_left"><div class="page_content"><h1 class="article_title">{t}</h1>{body}</div></div>\n'
                + side("utf-8", None) + "</div>\n" + _foot("utf-8"))
        site.add(f"/{key}/", html, encoding="utf-8", charset="utf-8")
        site.non_articles.append({"url": f"/{key}/", "reason": f"{t} (single page)"})
    site.add("/404.html", f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>404 Not Found - {SITE}</title>
<style>body{{background:#f5f5f5;font-family:"Microsoft YaHei";}}.box{{width:500px;margin:120px auto;text-align:center;background:#fff;padding:40px;}}</style></head>
<body><div class="box"><h2>404</h2><p>抱歉，您访问的页面不存在或已被删除！</p><p><span id="sec">5</span> 秒后自动跳转到 <a href="/">网站首页</a></p></div>
<script>var s=5;setInterval(function(){{s--;document.getElementById('sec').innerHTML=s;if(s<=0)location.href='/';}},1000);</script>
</body></html>
""", encoding="utf-8", charset="utf-8")
    site.raw["/robots.txt"] = (b"User-agent: *\nDisallow: /application/\nDisallow: /cache/\nDisallow: /common/\nDisallow: /yzmphp/\n"
                               b"Disallow: /api/\nDisallow: /member/\nDisallow: /search/\nDisallow: /comment/\n"
                               b"Disallow: /index.php?m=search\nDisallow: /index.php?m=member\n")
    return site


def hash_kw(word: str) -> int:
    """A stable small number for a keyword (Python's hash() of str is salted per process)."""
    return sum((i + 1) * ord(c) for i, c in enumerate(word))

"""A repost aggregator (汇车材资讯网, an old PHP 资讯 system), **GBK bytes under a ``charset=gb2312`` meta and no
charset in the HTTP header** (GBK-only characters in names): articles ``/show.php?id=184562`` linked relatively
(``show.php?id=…``), a credit line ``发布时间：2026-12-03 14:22　来源：汐江日报　作者：A　编辑：B　点击：1523次``, a
``本文转自…，原文发布于2026年12月1日。`` line above the text, an ``原标题：…`` first paragraph on some reposts, a
``原文链接`` and a 声明 under the text, WeChat-account reposts (``来源：车圈观察室``), 原创 pieces
(``来源：汇车材资讯网原创``), ``作者：佚名``, a print view ``/print.php?id=…`` (打印本文), 相关文章 with ``12-03`` dates,
上一篇 / 下一篇, lists ``/list.php?cid=1`` + ``&page=2`` (page 1 also ``&page=1``), and 投稿须知 / 免责声明 pages in
the article template (no date)."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import TZ8, Art, Channel, Site, esc, iso_date, kinds, paginate, rand_dates, unique_titles

NAME = "repost_hub"
SITE = content.RH_SITE
CHANNELS = [Channel("hyzx", "行业资讯", 1), Channel("qydt", "企业动态", 2), Channel("jsjd", "技术解读", 3)]
COUNTS = {"hyzx": 16, "qydt": 14, "jsjd": 10}
PER_PAGE = 12
DEAD_ID = 183990
SHENGMING = ("声明：本网转载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述，文章内容仅供参考。"
             "如涉及作品内容、版权等问题，请在30日内与本网联系，我们将及时删除。")


def show(aid: int) -> str:
    return f"/show.php?id={aid}"


def list_url(cid: int, page: int | None = None) -> str:
    return f"/list.php?cid={cid}" + ("" if page is None else f"&page={page}")


def stamp(d: dt.datetime) -> str:
    return f"{d:%Y-%m-%d %H:%M}"


def short(t: str, n: int = 22) -> str:
    return t if len(t) <= n else t[:n] + "..."


def render(blocks: list, orig_title: str | None) -> str:
    out = [f"<p>{esc('原标题：' + orig_title)}</p>"] if orig_title else []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<p><b>{esc(b[1])}</b></p>")
        elif b[0] == "img":
            out.append(f'<p align="center"><img src="/uploads/allimg/{b[1][-10:]}" border="0"></p>' +
                       (f'<p align="center"><font color="#666666">{esc(b[2])}</font></p>' if b[2] else ""))
        elif b[0] == "table":
            out.append('<table width="90%" border="1" cellspacing="0" cellpadding="4" align="center">' + "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "gbk", "gb2312", None, "/")
    rnd = random.Random(f"{seed}:{NAME}")
    arts: list[Art] = []
    for ch in CHANNELS:
        n = COUNTS[ch.key]
        whens = rand_dates(rnd, n, dt.datetime(2026, 8, 10, tzinfo=TZ8), dt.datetime(2026, 12, 9, 11, 0, tzinfo=TZ8), hours=(7, 22))
        ks = kinds(rnd, n)

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            tpls = content.RH_TITLES[ch.key]
            return ctx.fill(tpls[(i * 7 + attempt) % len(tpls)]), (ctx, ar)

        for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
            blocks = content.gen_blocks(ctx, ks[i], content.RH_OPEN, content.RH_MID, content.RH_CLOSE, content.RH_HEADS, "/2026/",
                                        content.RH_CAPTIONS)
            a = Art(i, 0, ch, title, blocks, whens[i])
            r = ar.random()
            if r < 0.15:
                a.extra["kind"] = "self"  # 原创: the site itself is the source
                a.extra["src_shown"] = content.RH_SELF
            elif r < 0.45:
                a.extra["kind"] = "wx"
                a.source = ar.choice(content.WX_ACCOUNTS)
                a.extra["src_shown"] = a.source
            else:
                a.extra["kind"] = "media"
                a.source = ar.choice(list(content.RH_HOSTS))
                a.extra["src_shown"] = a.source
            if a.extra["kind"] != "self":
                a.extra["orig_when"] = (a.when - dt.timedelta(days=ar.randint(1, 6))).date()
                if ar.random() < 0.3:
                    a.extra["orig_title"] = ctx.fill(ar.choice(["{pr}市场观察：{k}个变化值得关注", "记者调查｜{city}的{pr}生意",
                                                                "{co}：一家零部件企业的{k}年", "聚焦{pr}：机遇与挑战并存"]))
            if ar.random() < 0.22 and a.extra["kind"] != "self":
                a.extra["au_shown"] = content.RH_ANON  # a placeholder
            else:
                a.author = content.person(ar, gbk_only=ar.random() < 0.3)
                a.extra["au_shown"] = a.author
            if ar.random() < 0.8:
                a.editor = content.person(ar, gbk_only=ar.random() < 0.2)
            a.views = ar.randint(86, 9800)
            a.extra["wx_key"] = "".join(ar.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(22))
            arts.append(a)
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 184012 + j * 13 + (j * j) % 9
        a.url = show(a.aid)
        a.page_urls = [a.url]
    newest = sorted(arts, key=lambda x: (x.when, x.aid), reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}

    nav = [("/", "首页")] + [(list_url(c.cid), c.name) for c in CHANNELS] + [(show(2), "投稿须知")]

    def rel(u: str) -> str:
        return u.lstrip("/") if u != "/" else "./"

    def head(title: str, extra: str = "") -> str:
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(title)}</title>
{extra}<link href="templets/default/style/dedecms.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="header"><tr>
<td width="260"><a href="./"><img src="images/logo.gif" alt="{SITE}" border="0"></a></td>
<td class="slogan">汽车零部件行业资讯聚合平台 | 每日更新</td></tr></table>
<div class="menu">{" | ".join(f'<a href="{rel(u)}">{t}</a>' for u, t in nav)}</div>
"""

    def foot() -> str:
        return f"""<div class="footer"><a href="{rel(show(2))}">投稿须知</a> | <a href="{rel(show(3))}">免责声明</a> | <a href="./">返回首页</a><br>
{SITE} 版权所有　汐ICP备09018823号　本站部分内容来源于网络，版权归原作者所有</div>
</body>
</html>
"""

    def credit(a: Art) -> str:
        bits = [f"发布时间：{stamp(a.when)}", f"来源：{esc(a.extra['src_shown'])}", f"作者：{esc(a.extra['au_shown'])}"]
        if a.editor:
            bits.append(f"编辑：{esc(a.editor)}")
        return "　".join(bits)

    def body_of(a: Art) -> str:
        return render(a.blocks, a.extra.get("orig_title"))

    def zz_tip(a: Art) -> str:
        k = a.extra["kind"]
        if k == "self":
            return ""
        od = a.extra["orig_when"]
        who = f"微信公众号“{a.source}”" if k == "wx" else a.source
        return f'<div class="zz-tip">本文转自{esc(who)}，原文发布于{od.year}年{od.month}月{od.day}日。</div>'

    def orig_link(a: Art) -> str:
        if a.extra["kind"] == "wx":
            return f"https://mp.weixin.example.com/s/{a.extra['wx_key']}"
        return f"http://{content.RH_HOSTS[a.source]}/html/{a.extra['orig_when']:%Y-%m/%d}/content_{a.aid % 9973}.htm"

    # ------------------------------------------------------------------ article pages and print views
    for a in arts:
        same = by_ch[a.ch.key]
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        a.related = sorted(rr.sample([x for x in same if x is not a], 4), key=lambda x: (x.when, x.aid), reverse=True)
        idx = same.index(a)
        prv = same[idx + 1] if idx + 1 < len(same) else None
        nxt = same[idx - 1] if idx else None
        if a.extra["kind"] == "self":
            tail = f'<div class="shengming">本文为{SITE}原创，转载请注明出处。</div>'
        else:
            link = orig_link(a)
            tail = (f'<div class="yuanwen">原文链接：<a href="{link}" target="_blank" rel="nofollow">{link}</a></div>\n'
                    f'<div class="shengming">{SHENGMING}</div>')
        xg = "".join(f'<li><a href="{rel(x.url)}" title="{esc(x.title)}">{esc(short(x.title))}</a><span>{x.when:%m-%d}</span></li>' for x in a.related)
        html = head(f"{a.title}_{a.ch.name}_{SITE}",
                    f'<meta name="keywords" content="{esc(a.ch.name)},汽车零部件,转载">\n'
                    f'<meta name="description" content="{esc(content.paragraphs(a.blocks)[0][:60])}">\n') + f"""<div class="place">当前位置：<a href="./">首页</a> &gt; <a href="{rel(list_url(a.ch.cid))}">{a.ch.name}</a> &gt; 正文</div>
<div class="viewbox">
<div class="title"><h2>{esc(a.title)}</h2></div>
<div class="info">{credit(a)}　点击：{a.views}次</div>
{zz_tip(a)}
<div class="content" id="contentMain">
{body_of(a)}
</div>
{tail}
<div class="tools"><a href="{rel("/print.php?id=" + str(a.aid))}" target="_blank">打印本文</a> | <a href="javascript:window.close();">关闭窗口</a></div>
<div class="context"><ul><li>上一篇：{f'<a href="{rel(prv.url)}">{esc(prv.title)}</a>' if prv else "没有了"}</li>
<li>下一篇：{f'<a href="{rel(nxt.url)}">{esc(nxt.title)}</a>' if nxt else "没有了"}</li></ul></div>
<div class="xiangguan"><h3>相关文章</h3><ul>{xg}</ul></div>
</div>
""" + foot()
        site.add(a.url, html)
        purl = f"/print.php?id={a.aid}"
        site.add(purl, f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{esc(a.title)} - 打印页面</title></head>
<body onload="window.print();"><div style="width:680px;margin:0 auto">
<h2 align="center">{esc(a.title)}</h2>
<p align="center">{credit(a)}</p>
{zz_tip(a)}
{body_of(a)}
<p align="right"><a href="{rel(a.url)}">返回原文</a></p></div></body></html>
""")
        site.print_views.append(purl)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=stamp(a.when), views_display=f"点击：{a.views}次", views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related],
                         aliases=[purl])

    # ------------------------------------------------------------------ 投稿须知 / 免责声明: the article template, no date
    for pid, title, paras in [(2, "投稿须知", ["欢迎汽车零部件企业、行业协会及个人向本站投稿，来稿请注明作者真实姓名和联系方式。",
                                           "稿件须为原创，不得侵犯他人著作权；一稿多投请在来稿中说明。",
                                           "投稿邮箱：tougao@huichecai.example.com，本站将在5个工作日内回复。"]),
                              (3, "免责声明", ["本站转载的文章均注明来源和原文链接，版权归原作者及原发布媒体所有。",
                                           "本站转载内容仅供读者参考，不构成任何投资或购买建议。",
                                           "如有版权问题，请与本站联系，本站将在核实后及时处理。"])]:
        site.add(show(pid), head(f"{title}_{SITE}") + f"""<div class="place">当前位置：<a href="./">首页</a> &gt; 关于本站</div>
<div class="viewbox"><div class="title"><h2>{title}</h2></div><div class="info">来源：{SITE}　点击：{1000 + pid * 311}次</div>
<div class="content" id="contentMain">{"".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in paras)}</div></div>
""" + foot())
        site.non_articles.append({"url": show(pid), "reason": f"{title} (the article template, no date; a site page)"})

    # ------------------------------------------------------------------ lists
    for ch in CHANNELS:
        chunks = paginate(by_ch[ch.key], PER_PAGE)
        urls = [list_url(ch.cid)] + [list_url(ch.cid, k) for k in range(2, len(chunks) + 1)]
        alias1 = list_url(ch.cid, 1)
        for k, chunk in enumerate(chunks):
            items = ""
            for pos, x in enumerate(chunk, 1):
                items += (f'<li><span class="date">{x.when:%Y-%m-%d}</span><a href="{rel(x.url)}" title="{esc(x.title)}">{esc(short(x.title))}</a>'
                          f'<span class="src">{esc(x.extra["src_shown"])}</span></li>')
                site.listing(urls[k], pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", category=ch.name)
            pages = ""
            if len(chunks) > 1:
                pages = ('<div class="pagelist">' + (f'<a href="{rel(alias1)}">首页</a><a href="{rel(alias1 if k == 1 else urls[k - 1])}">上一页</a>' if k else "") +
                         "".join(f'<b>{m + 1}</b>' if m == k else f'<a href="{rel(alias1 if m == 0 else urls[m])}">{m + 1}</a>' for m in range(len(chunks))) +
                         (f'<a href="{rel(urls[k + 1])}">下一页</a>' if k + 1 < len(chunks) else "") + f'<span>共{len(by_ch[ch.key])}条</span></div>')
            html = head(f"{ch.name}_{SITE}") + f"""<div class="place">当前位置：<a href="./">首页</a> &gt; {ch.name}</div>
<div class="listbox"><h3>{ch.name}</h3><ul class="e2">{items}</ul>{pages}</div>
""" + foot()
            file = site.add(urls[k], html)
            aliases = []
            if k == 0 and len(chunks) > 1:
                site.route_alias(alias1, file)
                aliases.append(alias1)
            site.list_pages.append({"url": urls[k], "aliases": aliases})

    # ------------------------------------------------------------------ home, 404, robots
    def box(ch: Channel) -> str:
        return (f'<div class="box"><h3><a href="{rel(list_url(ch.cid))}">{ch.name}</a></h3><ul>' + "".join(
            f'<li><a href="{rel(x.url)}">{esc(short(x.title))}</a><span>{x.when:%m-%d}</span></li>' for x in by_ch[ch.key][:8]) + "</ul></div>")
    site.add("/index.html", head(f"{SITE}_汽车零部件行业资讯_汽配新闻") + f"""<div class="toutiao"><h2><a href="{rel(newest[0].url)}">{esc(newest[0].title)}</a></h2></div>
{"".join(box(c) for c in CHANNELS)}
<div class="box"><h3>热门转载</h3><ul><li><a href="{rel(show(DEAD_ID))}">汽配行业年度盘点（原文已删除）</a></li></ul></div>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": show(DEAD_ID), "reason": "HTTP 404 (a repost removed after a copyright complaint, still linked from the home page)"})
    site.add("/404.html", '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>404</title></head>'
                          f'<body><p>对不起，您访问的页面不存在或已被删除！</p><a href="/">返回{SITE}首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /search.php\nDisallow: /member/\nDisallow: /uploads/\n"
    return site

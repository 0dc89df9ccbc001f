"""A provincial standards committee's site (汐江汽车标准信息网 of the 汐江省汽车标准化技术委员会, 标准委 / 工信部 公告
style, on a TRS-like system), UTF-8: **the committee's name as the page's ``<h1>``** and the headline in
``div.tit``, TRS paths ``/tzgg/202611/t20261124_5823.html`` linked relatively (``./202611/…``, ``../../bzjd/…``),
通知公告 with an **信息公开 table** (索引号, 发文机关, **成文日期**, 文号, **发布日期**, **实施日期**), a 文号 line under the
headline, **lists of the standards published** (a table: 序号, 标准编号, 标准名称, 实施日期), **附件 lists** of PDFs and a
**落款** (the committee and the 成文日期) under the text; 标准动态 news with ``发布时间：2026-11-24 16:30　来源：…　作者：…``
and 标准解读 pieces (day only), ``【责任编辑：…】``, ``浏览次数：356``, 相关阅读, lists ``/tzgg/index.html`` +
``index_1.html``, and **标准详情 records** (``/bzcx/detail/…``: the same ``div.tit`` with 发布日期 / 实施日期) and a
机构简介 page in the article look."""

from __future__ import annotations

import datetime as dt
import random
import re

from . import content
from .core import TZ8, Art, Channel, Site, esc, iso_date, kinds, paginate, rand_dates, rel_href, unique_titles

NAME = "std_notice"
SITE = content.SN_SITE
ORG = content.SN_ORG
CHANNELS = [Channel("tzgg", "通知公告"), Channel("bzdt", "标准动态"), Channel("bzjd", "标准解读")]
COUNTS = {"tzgg": 16, "bzdt": 14, "bzjd": 10}
PER_PAGE = 8
DEAD = "/tzgg/202609/t20260915_5610.html"
N_DETAIL = 8


def list_url(key: str, page: int = 0) -> str:
    return f"/{key}/index.html" if page == 0 else f"/{key}/index_{page}.html"


def render(blocks: list, detail_of: dict) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f'<p style="text-indent: 2em;">{esc(b[1])}</p>')
        elif b[0] == "h":
            out.append(f'<p style="text-indent: 2em;"><strong>{esc(b[1])}</strong></p>')
        elif b[0] == "img":
            out.append(f'<p style="text-align: center;"><img src="./W020{b[1][-10:-4]}.jpg" OLDSRC="W020{b[1][-10:-4]}.jpg" /></p>' +
                       (f'<p style="text-align: center;">{esc(b[2])}</p>' if b[2] else ""))
        elif b[0] == "table":
            rows = []
            for i, r in enumerate(b[1]):
                cells = []
                for c in r:
                    if i and c in detail_of:
                        cells.append(f'<td><a href="{detail_of[c]}" target="_blank">{esc(c)}</a></td>')
                    else:
                        cells.append(f"<th>{esc(c)}</th>" if i == 0 else f"<td>{esc(c)}</td>")
                rows.append("<tr>" + "".join(cells) + "</tr>")
            out.append('<table class="std-list" border="1" cellspacing="0" cellpadding="5" width="100%">' + "".join(rows) + "</table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    arts: list[Art] = []
    std_seq = [120]
    stds: list[tuple] = []  # (code, name, pub date, impl date, drafter)
    for ch in CHANNELS:
        n = COUNTS[ch.key]
        whens = rand_dates(rnd, n, dt.datetime(2026, 6, 1, tzinfo=TZ8), dt.datetime(2026, 12, 8, 17, 0, tzinfo=TZ8), hours=(8, 18))
        ks = kinds(rnd, n)

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            ctx.fixed["std"] = ctx.fill(ar.choice(content.SN_STD_NAMES))
            tpls = content.SN_TITLES[ch.key]
            return ctx.fill(tpls[(i * 3 + attempt) % len(tpls)]), (ctx, ar)

        for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
            when = whens[i]
            kind = ks[i] if ch.key != "tzgg" else ar.choice(["short", "medium", "medium"])
            blocks = content.gen_blocks(ctx, kind, content.SN_OPEN, content.SN_MID, content.SN_CLOSE, content.SN_HEADS, "/2026/",
                                        content.SN_CAPTIONS)
            a = Art(i, 0, ch, title, blocks, when)
            if ch.key == "tzgg":
                when = a.when = when.replace(hour=0, minute=0)  # a notice shows its 发布日期 only
                a.extra["signed"] = (when - dt.timedelta(days=ar.randint(1, 6))).date()
                fw = "转发" in title or ar.random() < 0.2
                a.extra["issuer"] = ar.choice(content.SN_FORWARDERS) if fw else ORG
                prefix = {ORG: "汐汽标", content.SN_FORWARDERS[0]: "汐市监标", content.SN_FORWARDERS[1]: "汐工信装",
                          content.SN_FORWARDERS[2]: "汐汽协"}[a.extra["issuer"]]
                a.extra["wenhao"] = f"{prefix}〔{when.year}〕{10 + i * 2 + ar.randint(0, 1)}号"
                a.source = None if a.extra["issuer"] == ORG else a.extra["issuer"]
                blocks = [b for b in blocks if b[0] != "img"]
                if "公告" in title and ("《" in title or "废止" in title):
                    m = re.search(r"(\d+)项", title)
                    k = int(m.group(1)) if m else 1
                    impl = (when + dt.timedelta(days=ar.choice([30, 45, 60, 90]))).date()
                    a.extra["impl"] = impl
                    rows = [["序号", "标准编号", "标准名称", "实施日期"]]
                    for j in range(k):
                        code = f"T/XJQB {std_seq[0]:04d}—{when.year}"
                        std_seq[0] += 1
                        nm = ctx.fixed["std"] if j == 0 else ctx.fill(ar.choice(content.SN_STD_NAMES))
                        rows.append([str(j + 1), code, nm, f"{impl:%Y-%m-%d}"])
                        if "发布" in title:
                            stds.append((code, nm, when.date(), impl, ctx.fixed["co"]))
                    blocks = blocks[:1] + [("p", "标准目录如下："), ("table", rows)] + blocks[1:]
                if "征求" in title:
                    dl = when + dt.timedelta(days=30)
                    blocks.append(("p", f"请于{dl.year}年{dl.month}月{dl.day}日前将意见反馈至秘书处，逾期未回复的按无异议处理。"))
                blocks.append(("p", "特此公告。" if title.endswith("公告") else "特此通知。"))
                a.blocks = blocks
                a.extra["attach"] = [f"{j + 1}.{t}" for j, t in enumerate(ar.sample(
                    [f"《{ctx.fixed['std']}》文本.pdf", "标准编制说明.pdf", "意见反馈表.docx", "申报书模板.doc", "参会回执.docx"], ar.randint(1, 3)))]
            else:
                if ar.random() < 0.55:
                    a.source = ar.choice(content.MEDIA) if ch.key == "bzdt" else ctx.fixed["co"]
                a.extra["src_shown"] = a.source or ("本站" if ar.random() < 0.5 else ORG)
                if ar.random() < 0.55:
                    a.author = content.person(ar)
                if ch.key == "bzjd":
                    when = a.when = when.replace(hour=0, minute=0)
            if ar.random() < 0.75:
                a.editor = content.person(ar)
            a.views = ar.randint(60, 2600)
            arts.append(a)
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 5602 + j * 6 + (j % 4)
        a.url = f"/{a.ch.key}/{a.when:%Y%m}/t{a.when:%Y%m%d}_{a.aid}.html"
        a.page_urls = [a.url]
    newest = sorted(arts, key=lambda x: (x.when, x.aid), reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}
    detail_url = {s[0]: f"/bzcx/detail/{s[0].replace('T/', 'T_').replace(' ', '_').replace('—', '-')}.html" for s in stds[:N_DETAIL]}

    nav = [("/index.html", "首页"), ("/jgjj/index.html", "机构简介"), (list_url("tzgg"), "通知公告"), (list_url("bzdt"), "标准动态"),
           (list_url("bzjd"), "标准解读"), ("/bzcx/index.html", "标准查询")]

    def head(title: str, src: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="SiteName" content="{SITE}" />
{extra}<link href="{rel_href(src, "/images/common.css")}" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="banner"><div class="w1000"><img src="{rel_href(src, "/images/logo.png")}" alt="" /><h1 class="site-name">{ORG}</h1><p class="site-en">Xijiang Automotive Standardization Technical Committee</p></div></div>
<div class="nav"><ul>{"".join(f'<li><a href="{rel_href(src, u)}">{t}</a></li>' for u, t in nav)}</ul></div>
"""

    def foot(src: str) -> str:
        return f"""<div class="footer"><p>主办：{ORG}　秘书处地址：汐江省汐城市科技大道168号</p>
<p>{SITE}　汐ICP备15004418号-1　<a href="{rel_href(src, "/index.html")}">网站首页</a></p></div>
<script type="text/javascript" src="{rel_href(src, "/images/common.js")}"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ article pages
    for a in arts:
        src = a.url
        crumb = (f'<div class="position">您当前的位置：<a href="{rel_href(src, "/index.html")}">首页</a> &gt; '
                 f'<a href="{rel_href(src, list_url(a.ch.key))}">{a.ch.name}</a> &gt; 正文</div>')
        ed = f'<div class="zrbj">【责任编辑：{esc(a.editor)}】</div>' if a.editor else ""
        rel = ""
        if a.ch.key != "tzgg":
            rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
            a.related = sorted(rr.sample([x for x in by_ch[a.ch.key] if x is not a], 4), key=lambda x: (x.when, x.aid), reverse=True)
            rel = ('<div class="xgyd"><h3>相关阅读</h3><ul>' + "".join(
                f'<li><a href="{rel_href(src, x.url)}" title="{esc(x.title)}">{esc(x.title)}</a><span>{x.when:%Y-%m-%d}</span></li>'
                for x in a.related) + "</ul></div>")
        tools = f'<div class="tools">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】　浏览次数：{a.views}　<a href="javascript:window.print();">打印</a></div>'
        if a.ch.key == "tzgg":
            e = a.extra
            impl = e.get("impl")
            table = f"""<div class="xxgk-table"><table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><th>索引号：</th><td>XJQB-{a.when.year}-{a.aid:05d}</td><th>主题分类：</th><td>{"标准发布" if impl else "通知"}</td></tr>
<tr><th>发文机关：</th><td>{esc(e["issuer"])}</td><th>成文日期：</th><td>{e["signed"]:%Y-%m-%d}</td></tr>
<tr><th>标　　题：</th><td colspan="3">{esc(a.title)}</td></tr>
<tr><th>文　　号：</th><td>{e["wenhao"]}</td><th>发布日期：</th><td>{a.when:%Y-%m-%d}</td></tr>
<tr><th>{"实施日期：" if impl else "有 效 性："}</th><td>{f"{impl:%Y-%m-%d}" if impl else "有效"}</td><th>浏览次数：</th><td>{a.views}</td></tr>
</table></div>"""
            files = [f"P020{a.when:%Y%m%d}{a.aid}{k}.{t.rsplit('.', 1)[1]}" for k, t in enumerate(e["attach"])]
            att = "".join(f'<li><a href="./{f}" OLDSRC="/protect/{f}">{esc(t)}</a></li>' for f, t in zip(files, e["attach"], strict=True))
            for f in files:
                site.raw_file(f"{a.url.rsplit('/', 1)[0]}/{f}", b"%PDF-1.4\n% attachment stub\n" if f.endswith(".pdf") else b"PK\x03\x04 stub\n")
            sd = e["signed"]
            body = f"""{table}
<div class="tit">{esc(a.title)}</div>
<div class="wenhao">{e["wenhao"]}</div>
<div class="TRS_Editor">
{render(a.blocks, {c: rel_href(src, u) for c, u in detail_url.items()})}
</div>
<div class="fujian"><p>附件：</p><ul>{att}</ul></div>
<div class="luokuan"><p>{esc(e["issuer"])}</p><p>{sd.year}年{sd.month}月{sd.day}日</p></div>
{ed}
{tools.replace(f"　浏览次数：{a.views}", "")}"""
            shown = f"{a.when:%Y-%m-%d}"
            meta = f'<meta name="ArticleTitle" content="{esc(a.title)}" />\n<meta name="PubDate" content="{shown}" />\n<meta name="ContentSource" content="{esc(e["issuer"])}" />\n'
            views_display = str(a.views)  # the count sits in a table cell of the 信息公开 table
        else:
            shown = f"{a.when:%Y-%m-%d %H:%M}" if a.ch.key == "bzdt" else f"{a.when:%Y-%m-%d}"
            label = "发布时间" if a.ch.key == "bzdt" else "发布日期"
            bits = [f"{label}：{shown}", f"来源：{esc(a.extra['src_shown'])}"] + ([f"作者：{esc(a.author)}"] if a.author else [])
            body = f"""<div class="tit">{esc(a.title)}</div>
<div class="info">{"　".join(bits)}</div>
<div class="TRS_Editor">
{render(a.blocks, {})}
</div>
{ed}
{tools}
{rel}"""
            meta = f'<meta name="ArticleTitle" content="{esc(a.title)}" />\n<meta name="PubDate" content="{shown}" />\n'
            views_display = f"浏览次数：{a.views}"
        html = head(f"{a.title}_{a.ch.name}_{SITE}", src, meta) + f'<div class="w1000 main">\n{crumb}\n<div class="article">\n{body}\n</div></div>\n' + foot(src)
        site.add(a.url, html)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when),
                         published_at=a.when.isoformat() if a.ch.key == "bzdt" else None, published_display=shown,
                         views_display=views_display, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related])

    # ------------------------------------------------------------------ 标准详情 records and the 标准查询 list (no articles)
    rows = ""
    for code, nm, pub, impl, drafter in stds[:N_DETAIL]:
        url = detail_url[code]
        status = "现行" if impl <= dt.date(2026, 12, 9) else "即将实施"
        site.add(url, head(f"{code} {nm}_标准查询_{SITE}", url) + f"""<div class="w1000 main">
<div class="position">您当前的位置：<a href="{rel_href(url, "/index.html")}">首页</a> &gt; <a href="{rel_href(url, "/bzcx/index.html")}">标准查询</a> &gt; 标准详情</div>
<div class="article"><div class="tit">{esc(nm)}</div>
<table class="std-detail" border="1" cellspacing="0" cellpadding="6" width="100%">
<tr><th>标准编号</th><td>{code}</td></tr><tr><th>中文名称</th><td>{esc(nm)}</td></tr><tr><th>标准状态</th><td>{status}</td></tr>
<tr><th>发布日期</th><td>{pub:%Y-%m-%d}</td></tr><tr><th>实施日期</th><td>{impl:%Y-%m-%d}</td></tr>
<tr><th>起草单位</th><td>{esc(drafter)}等</td></tr><tr><th>归口单位</th><td>{ORG}</td></tr></table>
<p class="note">标准文本请向秘书处申领，本页信息仅供查询参考。</p></div></div>
""" + foot(url))
        site.non_articles.append({"url": url, "reason": "标准详情 record (the article title box over a table: 发布日期, 实施日期, 状态)"})
        rows += f'<tr><td><a href="{rel_href("/bzcx/index.html", url)}">{code}</a></td><td>{esc(nm)}</td><td>{pub:%Y-%m-%d}</td><td>{impl:%Y-%m-%d}</td><td>{status}</td></tr>'
    site.add("/bzcx/index.html", head(f"标准查询_{SITE}", "/bzcx/index.html") + f"""<div class="w1000 main"><div class="listbox"><h2>标准查询</h2>
<table class="std-query" border="1" cellspacing="0" width="100%"><tr><th>标准编号</th><th>标准名称</th><th>发布日期</th><th>实施日期</th><th>状态</th></tr>{rows}</table></div></div>
""" + foot("/bzcx/index.html"))
    site.non_articles.append({"url": "/bzcx/index.html", "reason": "标准查询 table (records, no articles)"})
    site.add("/jgjj/index.html", head(f"机构简介_{SITE}", "/jgjj/index.html") + f"""<div class="w1000 main"><div class="article"><div class="tit">机构简介</div>
<div class="TRS_Editor"><p style="text-indent: 2em;">{ORG}成立于2009年，是在汐江省市场监督管理局指导下从事汽车及零部件领域标准化工作的技术组织，秘书处设在汐江省汽车工程研究院。</p>
<p style="text-indent: 2em;">委员会现有委员63名，下设整车、零部件、新能源汽车三个分技术委员会，负责本领域团体标准的制修订、宣贯和实施评估工作。</p></div></div></div>
""" + foot("/jgjj/index.html"))
    site.non_articles.append({"url": "/jgjj/index.html", "reason": "机构简介 (article look, no date)"})

    # ------------------------------------------------------------------ lists (TRS: index.html, index_1.html …)
    for ch in CHANNELS:
        chunks = paginate(by_ch[ch.key], PER_PAGE)
        urls = [list_url(ch.key, k) for k in range(len(chunks))]
        for k, chunk in enumerate(chunks):
            src = urls[k]
            items = ""
            for pos, x in enumerate(chunk, 1):
                shown = f"{x.when:%Y-%m-%d}"
                wh = f'<span class="wh">{x.extra["wenhao"]}</span>' if ch.key == "tzgg" else ""
                items += f'<li><a href="{rel_href(src, x.url)}" target="_blank" title="{esc(x.title)}">{esc(x.title)}</a>{wh}<span class="date">{shown}</span></li>'
                site.listing(src, pos, x, iso_date(x.when), shown, category=ch.name)
            nav_js = (f'<script type="text/javascript">var currentPage = {k}; var countPage = {len(chunks)};'
                      'createPageHTML(countPage, currentPage, "index", "html");</script>')
            pager = ('<div class="page">' + "".join(f'<span>{m + 1}</span>' if m == k else f'<a href="{rel_href(src, urls[m])}">{m + 1}</a>'
                                                    for m in range(len(chunks))) + f"</div>{nav_js}")
            site.add(src, head(f"{ch.name}_{SITE}", src) + f"""<div class="w1000 main">
<div class="position">您当前的位置：<a href="{rel_href(src, "/index.html")}">首页</a> &gt; {ch.name}</div>
<div class="listbox"><h2>{ch.name}</h2><ul class="list">{items}</ul>{pager}</div></div>
""" + foot(src))
            site.list_pages.append({"url": src, "aliases": []})

    # ------------------------------------------------------------------ home, 404, robots
    def box(key: str, name: str) -> str:
        return (f'<div class="box"><h2><a href="{rel_href("/index.html", list_url(key))}">{name}</a></h2><ul>' + "".join(
            f'<li><a href="{rel_href("/index.html", x.url)}">{esc(x.title)}</a><span>{x.when:%m-%d}</span></li>' for x in by_ch[key][:6]) + "</ul></div>")
    site.add("/index.html", head(SITE, "/index.html") + f"""<div class="w1000 main">
{box("tzgg", "通知公告")}{box("bzdt", "标准动态")}{box("bzjd", "标准解读")}
<div class="box"><h2>历史公告</h2><ul><li><a href="{rel_href("/index.html", DEAD)}">关于发布2026年第一批团体标准的公告（已归档）</a></li></ul></div>
<div class="box"><h2><a href="bzcx/index.html">标准查询</a></h2><form action="/was5/web/search" method="get"><input name="searchword" /><button>检索</button></form></div>
</div>
""" + foot("/index.html"))
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (an archived notice, still linked from the home page)"})
    site.add("/404.html", f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>404_{SITE}</title></head><body><p>您访问的页面不存在或已被移除。</p><a href="/index.html">返回首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /was5/\nDisallow: /protect/\n"
    return site

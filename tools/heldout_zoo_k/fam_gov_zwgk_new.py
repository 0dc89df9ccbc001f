"""A newer provincial 工信厅 site on a Vue-SSR-like template (峤南省工业和信息化厅), UTF-8: 政策文件 with 索引号 tables and
附件, 政策解读 (text and image-only 图解) linked to their documents, 工作动态; 信息公开目录 duplicates under /gkmlpt/."""

from __future__ import annotations

import datetime as dt
import json
import random

from . import content
from .core import TZ8, Art, Channel, Site, esc, iso_date, paginate, rand_dates, unique_titles

NAME = "gov_zwgk_new"
SITE = "峤南省工业和信息化厅"
ZCWJ = Channel("zcwj", "政策文件")
ZCJD = Channel("zcjd", "政策解读")
GZDT = Channel("gzdt", "工作动态")
BASES = {"zcwj": "/xxgk/zcwj/", "zcjd": "/xxgk/zcjd/", "gzdt": "/xwdt/gzdt/"}
N_DOC, N_JD, N_NEWS = 14, 10, 12
PER_PAGE = 8
DEAD = "/xxgk/zcwj/content/post_4400017.html"
ORG_CODE = "11530000MB1K27436Q"


def gkml(aid: int) -> str:
    return f"/gkmlpt/content/{aid // 1000000}/{aid // 1000}/post_{aid}.html"


def cn_day(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")

    # ------------------------------------------------------------------ documents
    dwhens = rand_dates(rnd, N_DOC, dt.datetime(2025, 10, 8, tzinfo=TZ8), dt.datetime(2026, 5, 18, 11, 0, tzinfo=TZ8), seconds=True, hours=(9, 17))

    def make_doc(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:doc:{i}:{attempt}")
        ctx = content.Ctx(ar, dwhens[i])
        return SITE + ctx.fill(content.GOV_DOC_TITLES[(i + attempt) % len(content.GOV_DOC_TITLES)]), (ctx, ar)

    docs: list[Art] = []
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make_doc, N_DOC)):
        pool: list[str] = []
        sents = content.GOV_DOC_SENT
        n = ar.randint(2, 7)
        blocks = [("p", sents[0]), ("p", sents[1])]
        body_pool = sents[3:]
        for k in range(n):
            head = "一二三四五六七"[k] + "、" + ar.choice(["总体要求", "申报条件", "工作任务", "支持措施", "组织实施", "时间安排", "工作要求"])
            if ar.random() < 0.5:
                blocks.append(("p", head))
            blocks.append(("p", content.pool_para(ctx, body_pool, pool, ar.randint(1, 2))))
        if ar.random() < 0.6:
            blocks.append(("p", sents[2]))
        a = Art(i, 0, ZCWJ, title, blocks, dwhens[i])
        a.source = ar.choice(content.GOV_DEPTS)
        a.extra["written"] = (dwhens[i] - dt.timedelta(days=ar.randint(1, 6))).date()
        a.extra["wenhao"] = f"峤工信{ar.choice(['装备', '规划', '法规', '技改', '中小'])}〔{dwhens[i].year}〕{ar.randint(8, 260)}号"
        a.extra["files"] = [f"{k + 1}.{ar.choice(['申报表', '推荐汇总表', '项目清单', '实施细则', '评分标准'])}" for k in range(ar.randint(0, 3))]
        docs.append(a)

    # ------------------------------------------------------------------ interpretations (text or 图解), one per document
    interp_docs = sorted(rnd.sample([d for d in docs if d.when < dt.datetime(2026, 5, 15, tzinfo=TZ8)], N_JD), key=lambda x: x.when)
    jds: list[Art] = []
    for i, d in enumerate(interp_docs):
        ar = random.Random(f"{seed}:{NAME}:jd:{i}")
        when = (d.when + dt.timedelta(hours=ar.randint(20, 70))).replace(minute=ar.randint(0, 59), second=ar.randint(0, 59))
        if when.hour < 8 or when.hour > 19:
            when = when.replace(hour=ar.randint(9, 17))
        ctx = content.Ctx(ar, when)
        short_name = d.title.split("《")[1].split("》")[0] if "《" in d.title else d.title.replace(SITE + "关于", "").removesuffix("的通知")
        image_only = i % 3 == 1
        title = f"一图读懂《{short_name}》" if image_only else f"《{short_name}》政策解读"
        if image_only:
            blocks = [("img", f"/uploads/tj/{ar.randint(100000, 999999)}.jpg", None),
                      ("p", f"图为《{short_name}》主要内容图解。")]
        else:
            pool: list[str] = []
            blocks = [("p", ctx.fill(s)) for s in content.GOV_JD_SENT[:5]][: ar.randint(2, 5)]
            if ar.random() < 0.5:
                blocks += [("p", ctx.fill(s)) for s in content.GOV_JD_SENT[5:7]]
            blocks.append(("p", ctx.fill(content.GOV_JD_SENT[7])))
        a = Art(i, 0, ZCJD, title, blocks, when)
        a.source = d.source if ar.random() < 0.7 else "峤南日报"
        a.extra["doc"] = d
        a.extra["image_only"] = image_only
        d.extra.setdefault("jds", []).append(a)
        jds.append(a)

    # ------------------------------------------------------------------ 工作动态
    nwhens = rand_dates(rnd, N_NEWS, dt.datetime(2026, 1, 5, tzinfo=TZ8), dt.datetime(2026, 5, 18, 16, 0, tzinfo=TZ8), seconds=True, hours=(8, 19))

    def make_news(i: int, attempt: int):
        ar = random.Random(f"{seed}:{NAME}:news:{i}:{attempt}")
        ctx = content.Ctx(ar, nwhens[i])
        return ctx.fill(ar.choice(content.GOV_NEWS_TITLES)), (ctx, ar)

    news: list[Art] = []
    for i, (title, (ctx, ar)) in enumerate(unique_titles(make_news, N_NEWS)):
        pool: list[str] = []
        blocks = [("p", content.pool_para(ctx, content.GOV_NEWS_SENT, pool, ar.randint(1, 3))) for _ in range(ar.randint(1, 5))]
        if ar.random() < 0.5:
            blocks.insert(1, ("img", f"/uploads/gzdt/{ar.randint(100000, 999999)}.jpg", ctx.fill("{city}汽车零部件企业调研现场")))
        a = Art(i, 0, GZDT, title, blocks, nwhens[i])
        a.source = ar.choice(content.GOV_DEPTS + ["峤南日报", "本网"])
        if a.source == "本网":
            a.source = None
        news.append(a)

    arts = docs + jds + news
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 4418203 + j * 7 + (j % 5)
        a.url = f"{BASES[a.ch.key]}content/post_{a.aid}.html"
    for a in docs:
        a.related = sorted(a.extra.get("jds", []), key=lambda x: x.when)
    for a in jds:
        a.related = [a.extra["doc"]]
    newest = sorted(arts, key=lambda x: x.when, reverse=True)

    # ------------------------------------------------------------------ template parts
    nav = [("/", "首页"), ("/jggk/", "机构概况"), ("/xxgk/zcwj/", "政策文件"), ("/xxgk/zcjd/", "政策解读"), ("/xwdt/gzdt/", "工作动态"),
           ("/gkmlpt/index.html", "信息公开目录"), ("/hdjl/", "互动交流")]

    def page(title: str, body: str, state: dict) -> str:
        st = json.dumps(state, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="SiteName" content="{SITE}">
<meta name="ColumnName" content="{esc(state.get('column', ''))}">
<title>{esc(title)}</title>
<link rel="preload" href="/_nuxt/app.3f9c21.js" as="script"><link rel="stylesheet" href="/_nuxt/app.3f9c21.css">
</head>
<body>
<div id="app" data-server-rendered="true"><div class="gov-layout">
<div class="gov-top"><div class="w1200"><span>{SITE}</span><span class="top-links"><a href="javascript:;" class="wza">无障碍</a><a href="javascript:;" class="zhfan">繁體</a><a href="/hdjl/">互动交流</a></span></div></div>
<div class="gov-header"><div class="w1200"><a class="logo" href="/"><img src="/img/logo.8b21.png" alt="{SITE}"></a>
<div class="search"><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></div></div></div>
<div class="gov-nav"><ul class="w1200">{"".join(f'<li><a href="{u}">{t}</a></li>' for u, t in nav)}</ul></div>
<div class="w1200 gov-main">
{body}
</div>
<div class="gov-footer"><div class="w1200"><p><a href="/jggk/">关于我们</a> | <a href="/hdjl/">联系我们</a> | 网站地图</p>
<p>主办：{SITE}　地址：峤州市政通路9号　邮编：530021</p><p>网站标识码：5300000027　峤ICP备05012345号　峤公网安备53010302000123号</p>
<p><img src="/img/dzjg.png" alt="党政机关"> <img src="/img/jiucuo.png" alt="政府网站找错"></p></div></div>
</div></div>
<script>window.__INITIAL_STATE__={st}</script>
<script src="/_nuxt/app.3f9c21.js" defer></script>
</body>
</html>
"""

    def tools() -> str:
        return ('<span class="fontsize">【字号：<a href="javascript:;" data-size="20">大</a> <a href="javascript:;" data-size="16">中</a> '
                '<a href="javascript:;" data-size="14">小</a>】</span><a class="print" href="javascript:window.print();">【打印】</a>'
                '<a class="close" href="javascript:window.close();">【关闭】</a>')

    def crumb(a: Art) -> str:
        mid = '<a href="/">首页</a> &gt; ' + ('<a href="/xwdt/gzdt/">新闻动态</a>' if a.ch is GZDT else '<a href="/xxgk/zcwj/">信息公开</a>')
        return f'<div class="crumb">当前位置：{mid} &gt; <a href="{BASES[a.ch.key]}">{a.ch.name}</a></div>'

    def content_html(a: Art) -> str:
        out = []
        for b in a.blocks:
            if b[0] == "p":
                out.append(f"<p>{esc(b[1])}</p>")
            elif b[0] == "img":
                alt = esc(a.title) if a.extra.get("image_only") else ""
                out.append(f'<p style="text-align: center;"><img src="{b[1]}" alt="{alt}" style="max-width:100%"></p>')
                if b[2]:
                    out.append(f'<p class="img-desc" style="text-align: center;">{esc(b[2])}</p>')
        return "\n".join(out)

    # ------------------------------------------------------------------ article pages
    for a in arts:
        meta = (f'<div class="article-meta"><span>发布时间：{a.when:%Y-%m-%d %H:%M:%S}</span><span>来源：{esc(a.source or "本网")}</span>'
                f'<span>浏览次数：<em id="visitCount"></em></span>{tools()}</div>')
        index_table = ""
        tail = ""
        paras = content.paragraphs(a.blocks)
        if a.ch is ZCWJ:
            index_table = (f'<table class="classify"><tbody><tr><th>索引号：</th><td>{ORG_CODE}/{a.when.year}-{a.aid % 10000:05d}</td><th>分类：</th><td>工业、交通\\其他</td></tr>'
                           f'<tr><th>发布机构：</th><td>{SITE}</td><th>成文日期：</th><td>{cn_day(a.extra["written"])}</td></tr>'
                           f'<tr><th>名称：</th><td colspan="3">{esc(a.title)}</td></tr>'
                           f'<tr><th>文号：</th><td>{a.extra["wenhao"]}</td><th>发布日期：</th><td>{cn_day(a.when.date())}</td></tr>'
                           '<tr><th>主题词：</th><td colspan="3">汽车 零部件</td></tr></tbody></table>')
            sign = [SITE, f"{a.extra['written'].year}年{a.extra['written'].month}月{a.extra['written'].day}日"]
            tail = '\n'.join(f'<p style="text-align: right;">{s}</p>' for s in sign)
            tail += '\n<p>（此件主动公开）</p>'
            paras = paras + sign
            if a.extra["files"]:
                tail_files = "".join(f'<li><a href="/attachment/0/{a.aid // 1000}/{a.aid}_{k}.docx">{esc(f)}.docx</a></li>' for k, f in enumerate(a.extra["files"], 1))
                for k, _ in enumerate(a.extra["files"], 1):
                    site.raw_file(f"/attachment/0/{a.aid // 1000}/{a.aid}_{k}.docx", b"PK\x03\x04 placeholder")
                tail_att = f'<div class="fujian"><p class="fj-title">附件：</p><ul>{tail_files}</ul></div>'
            else:
                tail_att = ""
            rel = ""
            if a.related:
                rel = '<div class="rel-box"><h3>相关解读</h3><ul>' + "".join(
                    f'<li><a href="{x.url}">{esc(x.title)}</a><span>{x.when:%Y-%m-%d}</span></li>' for x in a.related) + "</ul></div>"
        elif a.ch is ZCJD:
            tail_att = ""
            d = a.extra["doc"]
            rel = f'<div class="rel-box"><h3>相关文件</h3><ul><li><a href="{d.url}">{esc(d.title)}</a><span>{d.when:%Y-%m-%d}</span></li></ul></div>'
        else:
            tail_att = ""
            rel = ""
        share = '<div class="share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a></div>'
        body = f"""{crumb(a)}
<div class="article-box">
{index_table}
<h1 class="article-title">{esc(a.title)}</h1>
{meta}
<div class="article-content" id="zoom">
{content_html(a)}
{tail}
</div>
{tail_att}
{share}
<div class="article-bottom">{tools()}</div>
{rel}
</div>"""
        state = {"column": a.ch.name, "article": {"id": a.aid, "title": a.title, "publishTime": f"{a.when:%Y-%m-%d %H:%M:%S}",
                                                  "source": a.source or "本网", "visitCount": None}}
        html = page(f"{a.title}_{SITE}", body, state)
        site.add(a.url, html)
        aliases = []
        if a.ch is ZCWJ:
            site.add(gkml(a.aid), html)
            aliases.append(gkml(a.aid))
        site.article_row(a, paras, published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=f"{a.when:%Y-%m-%d %H:%M:%S}", views_display=None, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related],
                         aliases=aliases)

    # ------------------------------------------------------------------ lists: BASE, BASE?page=N (首页 = ?page=1)
    def side_col(cur: str) -> str:
        return '<div class="side-col"><h2>信息公开</h2><ul>' + "".join(
            f'<li{" class=on" if k == cur else ""}><a href="{BASES[k]}">{nm}</a></li>' for k, nm in (("zcwj", "政策文件"), ("zcjd", "政策解读"), ("gzdt", "工作动态"))) + "</ul></div>"

    for ch, items in ((ZCWJ, docs), (ZCJD, jds), (GZDT, news)):
        items = sorted(items, key=lambda x: x.when, reverse=True)
        base = BASES[ch.key]
        chunks = paginate(items, PER_PAGE)
        urls = [base] + [f"{base}?page={k}" for k in range(2, len(chunks) + 1)]
        alias1 = f"{base}?page=1"
        for k, chunk in enumerate(chunks, 1):
            url = urls[k - 1]
            if ch is ZCWJ:
                rows = "".join(f'<tr><td>{(k - 1) * PER_PAGE + p}</td><td class="t"><a href="{x.url}" title="{esc(x.title)}">{esc(x.title)}</a></td>'
                               f'<td>{x.extra["wenhao"]}</td><td>{x.extra["written"]:%Y-%m-%d}</td><td class="date">{x.when:%Y-%m-%d}</td></tr>'
                               for p, x in enumerate(chunk, 1))
                listing = f'<table class="doc-list"><thead><tr><th>序号</th><th>标题</th><th>文号</th><th>成文日期</th><th>发布日期</th></tr></thead><tbody>{rows}</tbody></table>'
            else:
                listing = '<ul class="news-list">' + "".join(
                    f'<li><a href="{x.url}" title="{esc(x.title)}">{esc(x.title)}</a><span class="date">{x.when:%Y-%m-%d}</span></li>' for x in chunk) + "</ul>"
            for pos, x in enumerate(chunk, 1):
                site.listing(url, pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", category=ch.name)
            pager = ""
            if len(chunks) > 1:
                ps = [f'<a href="{alias1}">首页</a>']
                if k > 1:
                    ps.append(f'<a href="{alias1 if k == 2 else urls[k - 2]}">上一页</a>')
                ps += [f'<span class="cur">{m}</span>' if m == k else f'<a href="{alias1 if m == 1 else urls[m - 1]}">{m}</a>' for m in range(1, len(chunks) + 1)]
                if k < len(chunks):
                    ps.append(f'<a href="{urls[k]}">下一页</a>')
                ps.append(f'<a href="{urls[-1]}">尾页</a><span>共 {len(items)} 条</span>')
                pager = '<div class="el-pagination">' + "".join(ps) + "</div>"
            body = f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="{base}">{ch.name}</a></div>{side_col(ch.key)}<div class="list-col"><h2>{ch.name}</h2>{listing}{pager}</div>'
            site.add(url, page(f"{ch.name}_{SITE}", body, {"column": ch.name, "page": k, "total": len(items)}))
            site.list_pages.append({"url": url, "aliases": [alias1] if k == 1 and len(chunks) > 1 else []})
        if len(chunks) > 1:
            site.add(alias1, site.pages[site.file_of(base)])

    # 信息公开目录: the documents again, at their /gkmlpt/ addresses
    dnew = sorted(docs, key=lambda x: x.when, reverse=True)
    rows = "".join(f'<tr><td>{ORG_CODE}/{x.when.year}-{x.aid % 10000:05d}</td><td><a href="{gkml(x.aid)}">{esc(x.title)}</a></td><td>{x.when:%Y-%m-%d}</td></tr>' for x in dnew)
    for pos, x in enumerate(dnew, 1):
        site.listings.append({"list_url": "/gkmlpt/index.html", "position": pos, "title": x.title, "url": gkml(x.aid),
                              "date": iso_date(x.when), "date_display": f"{x.when:%Y-%m-%d}", "views": None, "category": None})
    site.add("/gkmlpt/index.html", page(f"政府信息公开目录_{SITE}", f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; 政府信息公开目录</div><div class="gkml"><table><thead><tr><th>索引号</th><th>名称</th><th>发布日期</th></tr></thead><tbody>{rows}</tbody></table></div>', {"column": "信息公开目录"}))
    site.list_pages.append({"url": "/gkmlpt/index.html", "aliases": []})

    # ------------------------------------------------------------------ home, single pages
    def block(t: str, url: str, items: list[Art], dead: bool = False) -> str:
        lis = [f'<li><a href="{x.url}">{esc(x.title)}</a><span>{x.when:%m-%d}</span></li>' for x in items]
        if dead:
            lis.insert(1, f'<li><a href="{DEAD}">{SITE}关于开展汽车零部件行业运行监测的通知</a><span>05-11</span></li>')
        return f'<div class="home-block"><h2><a href="{url}">{t}</a><a class="more" href="{url}">更多&gt;&gt;</a></h2><ul>{"".join(lis)}</ul></div>'

    hot = newest[0]
    body = (f'<div class="headline"><a href="{hot.url}">{esc(hot.title)}</a></div>' + block("政策文件", "/xxgk/zcwj/", dnew[:6], True) +
            block("政策解读", "/xxgk/zcjd/", sorted(jds, key=lambda x: x.when, reverse=True)[:6]) +
            block("工作动态", "/xwdt/gzdt/", sorted(news, key=lambda x: x.when, reverse=True)[:7]) +
            '<div class="home-links"><a href="/gkmlpt/index.html">政府信息公开目录</a><a href="/jggk/">机构概况</a><a href="/hdjl/">互动交流</a></div>')
    site.add("/", page(SITE, body, {"column": "首页"}))
    site.non_articles.append({"url": "/", "reason": "home page"})
    for url, t, txt in (("/jggk/", "机构概况", f"{SITE}是省人民政府组成部门，为正厅级。主要职责：拟订并组织实施全省工业、通信业的行业规划和产业政策。"),
                        ("/hdjl/", "互动交流", "厅长信箱、在线咨询、意见征集。咨询电话：0871-6351 2200（工作日 9:00-17:00）。")):
        site.add(url, page(f"{t}_{SITE}", f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; {t}</div><div class="single"><h2>{t}</h2><p>{txt}</p></div>', {"column": t}))
        site.non_articles.append({"url": url, "reason": "single page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (withdrawn notice still linked from the home page)"})
    site.add("/404.html", '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>404</title></head><body><div id="app"><p>抱歉，您访问的页面不存在或已删除。</p><a href="/">返回首页</a></div></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /_nuxt/\nDisallow: /api/\nDisallow: /search/\n"
    return site

"""The website of a small parts company (岑阳百德车业配件有限公司, 百德车业) made with a Chinese cloud site builder
(凡科建站 / 上线了 style), UTF-8: module markup with generated class names and inline styles (``m-module-315``,
``fk-newsDetail``, ``formMiddleContent315``, ``_moduleid``), inline JavaScript with the news record (epoch
milliseconds), news detail at ``/h-nd-12.html`` and at ``/nd.jsp?id=12&groupId=3`` (both the same page, ``<link
rel=canonical href="/h-nd-12.html">``; the home page links the ``nd.jsp`` form with a ``#_np=`` fragment), rich text
that mixes ``<p>`` and ``<div>`` lines and ``<p><br></p>`` spacers, ``发表时间：2026-09-03 14:22:05`` (seconds), a
JavaScript 阅读量 counter, a comment module on company news, news lists ``/h-col-103.html`` with ``?m3pageno=2``
(page 1 also at ``?m3pageno=1`` and ``/col.jsp?id=103``), 常见问题 entries in the news template, product pages
(``/h-pd-5.html`` and ``/pd.jsp?id=5``) with a 发布时间, and a deleted news id answered with a 200 "不存在" page."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import TZ8, Art, Channel, Site, epoch_ms, esc, iso_date, kinds, paginate, rand_dates, unique_titles

NAME = "sitebuilder_cloud"
SITE = content.SB_COMPANY
SHORT = content.SB_SHORT
CHANNELS = [Channel("gsxw", "公司新闻", 103), Channel("hyzx", "行业资讯", 104)]
GROUP = {"gsxw": 3, "hyzx": 4}
COUNTS = {"gsxw": 18, "hyzx": 14}
PER_PAGE = 10
FAQ_COL = 105
SOFT404 = "/nd.jsp?id=99&groupId=3"
COMMENTS = ["产品质量不错，已经合作三年了。", "请问有没有轿车用的型号？", "支持百德！", "发货很快，好评。", "价格能再优惠点吗？"]
IMG_HOST = "//19386712.s61i.faiusr.example.com/2/"


def hnd(aid: int) -> str:
    return f"/h-nd-{aid}.html"


def ndjsp(aid: int, group: int) -> str:
    return f"/nd.jsp?id={aid}&groupId={group}"


def col_url(cid: int, page: int = 1) -> str:
    return f"/h-col-{cid}.html" + (f"?m3pageno={page}" if page > 1 else "")


def render(blocks: list, rnd: random.Random) -> str:
    """Rich text as the builder's editor writes it: <p> or <div> lines with spans, spacers, centred grey captions."""
    out = []
    for k, b in enumerate(blocks):
        if b[0] == "p":
            if rnd.random() < 0.3:
                out.append(f'<div style="line-height: 2em;"><span style="font-size: 16px;">{esc(b[1])}</span></div>')
            else:
                out.append(f'<p style="line-height: 2em; text-indent: 2em;"><span style="font-size: 16px; font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;">{esc(b[1])}</span></p>')
            if k % 4 == 1:
                out.append("<p><br></p>")
        elif b[0] == "h":
            out.append(f'<p style="line-height: 2em;"><strong><span style="font-size: 18px; color: rgb(0, 112, 192);">{esc(b[1])}</span></strong></p>')
        elif b[0] == "img":
            out.append(f'<p style="text-align: center;"><img src="{IMG_HOST}{b[1].rsplit("/", 1)[-1]}" style="width: 600px; height: auto;" alt=""></p>')
            if b[2]:
                out.append(f'<p style="text-align: center;"><span style="font-size: 12px; color: rgb(127, 127, 127);">{esc(b[2])}</span></p>')
        elif b[0] == "table":
            out.append('<table style="border-collapse: collapse; width: 100%;"><tbody>' + "".join(
                "<tr>" + "".join(f'<td style="border: 1px solid rgb(221, 221, 221); padding: 4px;">{esc(c)}</td>' for c in r) + "</tr>"
                for r in b[1]) + "</tbody></table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f'<li><span style="font-size: 16px;">{esc(i)}</span></li>' for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    arts: list[Art] = []
    for ch in CHANNELS:
        n = COUNTS[ch.key]
        whens = rand_dates(rnd, n, dt.datetime(2025, 10, 8, tzinfo=TZ8), dt.datetime(2026, 9, 4, 18, 0, tzinfo=TZ8), seconds=True, hours=(8, 19))
        ks = kinds(rnd, n)

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            tpls = content.SB_TITLES[ch.key]
            return ctx.fill(tpls[(i + attempt) % len(tpls)]), (ctx, ar)

        for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
            blocks = content.gen_blocks(ctx, ks[i], content.SB_OPEN[ch.key], content.SB_MID[ch.key], content.SB_CLOSE, content.SB_HEADS,
                                        "/img/", content.SB_CAPTIONS)
            a = Art(i, 0, ch, title, blocks, whens[i])
            r = ar.random()
            if ch.key == "gsxw":
                if r < 0.5:
                    a.author = content.person(ar)
                    a.extra["au_shown"] = a.author
                elif r < 0.8:
                    a.extra["au_shown"] = SHORT  # the company as author: a placeholder
                a.extra["src_shown"] = SHORT if ar.random() < 0.5 else None
                a.comments = ar.choice([0, 0, 1, 2, 3])
            else:
                if r < 0.5:
                    a.source = ar.choice(content.MEDIA)
                    a.extra["src_shown"] = a.source
                elif r < 0.75:
                    a.extra["src_shown"] = "网络"
                if ar.random() < 0.3:
                    a.author = content.person(ar)
                    a.extra["au_shown"] = a.author
            arts.append(a)
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 6 + j + (j // 5)  # the builder's ids: small, with gaps where news was deleted
        a.url = hnd(a.aid)
        a.page_urls = [a.url]
    newest = sorted(arts, key=lambda x: (x.when, x.aid), reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}
    faqs = []
    for k, (q, ans) in enumerate(content.SB_FAQ):
        fr = random.Random(f"{seed}:{NAME}:faq:{k}")
        faqs.append((60 + k, q, ans, dt.datetime(2025, 9, 2, 10, tzinfo=TZ8) + dt.timedelta(days=k * 3, minutes=fr.randint(0, 500), seconds=fr.randint(0, 59))))
    products = []
    for k, pname in enumerate(content.SB_PRODUCTS):
        pr = random.Random(f"{seed}:{NAME}:pd:{k}")
        products.append((11 + k * 2, pname, content.PART_CODES[k], dt.datetime(2026, 3, 1, 9, tzinfo=TZ8) + dt.timedelta(days=k * 11, minutes=pr.randint(0, 600), seconds=pr.randint(0, 59)), pr))

    # ------------------------------------------------------------------ template parts
    nav = [("/", "首页"), ("/h-col-102.html", "产品中心"), (col_url(103), "新闻动态"), (col_url(104), "行业资讯"), (col_url(FAQ_COL), "常见问题"),
           ("/h-col-106.html", "关于我们"), ("/h-col-107.html", "联系我们")]

    def head(title: str, extra: str = "", page_id: int = 2) -> str:
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="renderer" content="webkit">
<title>{esc(title)}</title>
<meta name="keywords" content="减振器,转向拉杆,汽车底盘件,{SHORT}">
{extra}<link type="text/css" href="//fe.faisys.example.com/css/site/base.min.css?v=202608121045" rel="stylesheet">
<link type="text/css" href="/css/site/siteStyle.css?v=202609011930" rel="stylesheet">
<script type="text/javascript">var _colId = {page_id}; var _siteId = 19386712; var _lcid = 2052; var _webRightBar = false;</script>
</head>
<body id="g_body" class="g_locale2052 fk-body">
<div id="g_main" class="g_main" style="min-height: 100%;">
<div id="web" class="g_web" style="width: 1200px;">
<div id="webTop" class="webTop"><div class="J_headTop fk-headTop" style="height: 92px;">
<div id="module310" class="form formStyle0 m-module-310 fk-logo" _moduleid="310" style="position: absolute; left: 0px; top: 18px;">
<a href="/"><img src="{IMG_HOST}ABUIABACGAAgzPmr_QUo6Ma1BTCsAjhu.png" alt="{SITE}" style="width: 300px;"></a></div>
<div id="module311" class="form formStyle0 m-module-311" _moduleid="311" style="position: absolute; right: 0px; top: 30px;">
<span class="fk-hotline" style="font-size: 18px; color: rgb(230, 0, 18);">服务热线：0736-8852 6600</span></div></div>
<div id="nav" class="nav navStyle m-nav"><div class="navContent"><div class="itemContainer">{"".join(
            f'<div class="item itemCol{k}" colid="{k}"><a hidefocus="true" href="{u}"><span class="itemName">{t}</span></a></div>' for k, (u, t) in enumerate(nav))}</div></div></div></div>
<div id="webBanner" class="webBanner"><div class="bannerImg" style="background-image: url({IMG_HOST}ABUIABAEGAAgm_2r_QUo3r2NogUwgA84lAI.jpg); height: 300px;"></div></div>
<div id="webContainer" class="webContainer"><div id="container" class="container">
"""

    def foot() -> str:
        return f"""</div></div>
<div id="webFooter" class="webFooter"><div class="footer"><div class="footerInfo">
<p style="text-align: center;"><span style="font-size: 14px;">{SITE}　地址：沣南省岑阳市经济开发区百德路9号　电话：0736-8852 6600</span></p>
<p style="text-align: center;"><a href="https://beian.example.gov.cn/" target="_blank">沣ICP备18044123号-1</a></p></div>
<div class="footerSupport"><a href="https://www.fkjz.example.com/" target="_blank" rel="nofollow">本站使用凡科建站搭建</a>　<a href="/ma.jsp" rel="nofollow">管理登录</a></div></div></div>
</div></div>
<script type="text/javascript" src="//fe.faisys.example.com/js/jquery/jquery-core.min.js?v=202604081120"></script>
<script type="text/javascript" src="//fe.faisys.example.com/js/site.min.js?v=202608121045"></script>
<script type="text/javascript">$(function(){{ Site.init(); Site.initTemplateLayout(0, true, false); Site.statLog(); }});</script>
</body>
</html>
"""

    def side(active: str, jsp: bool = False) -> str:
        """The 新闻分类 module; on detail pages it links the dynamic ``/col.jsp?id=N`` form of the lists."""
        groups = [(f"/col.jsp?id={c}" if jsp else col_url(c), t) for c, t in ((103, "公司新闻"), (104, "行业资讯"), (FAQ_COL, "常见问题"))]
        return ('<div id="containerFormsLeft" class="containerFormsLeft" style="width: 260px;"><div id="module318" class="form formStyle1 m-module-318" _moduleid="318">'
                '<div class="formBanner formBanner318"><div class="titleCenter"><div class="titleText">新闻分类</div></div></div>'
                '<div class="formMiddle formMiddle318"><div class="formMiddleContent formMiddleContent318"><ul class="fk-newsGroupList">' + "".join(
                    f'<li class="{"groupSelected" if t == active else ""}"><a href="{u}">{t}</a></li>' for u, t in groups) +
                '</ul></div></div></div><div id="module319" class="form formStyle1 m-module-319" _moduleid="319"><div class="formBanner formBanner319"><div class="titleCenter"><div class="titleText">联系我们</div></div></div>'
                '<div class="formMiddle formMiddle319"><div class="richContent"><p>电话：0736-8852 6600</p><p>手机：138 7365 0021（微信同号）</p></div></div></div></div>')

    def detail(title: str, group_name: str, col: int, info: str, body: str, tail: str, script: str, canonical: str) -> str:
        return head(f"{title}-{SHORT}", f'<link rel="canonical" href="{canonical}">\n', col) + f"""{side(group_name, jsp=True)}
<div id="containerFormsCenter" class="containerFormsCenter" style="width: 920px;">
<div class="fk-crumbs" style="margin-bottom: 10px;">当前位置：<a href="/">首页</a> &gt; <a href="{col_url(col)}">{group_name}</a> &gt; 详情</div>
<div id="module315" class="form formStyle9 fk-newsDetail m-module-315" _moduleid="315" style="margin-bottom: 10px;">
<div class="formBanner formBanner315"><div class="titleLeft titleLeft315"></div><div class="titleCenter titleCenter315"><div class="titleText titleText315">新闻详情</div></div></div>
<div class="formMiddle formMiddle315"><div class="formMiddleContent formMiddleContent315"><div class="newsDetail J_newsDetail">
<h1 class="title fk-newsDetail-title" style="font-size: 22px; text-align: center;">{esc(title)}</h1>
<div class="newsInfoWrap fk-newsDetail-info" style="text-align: center; color: rgb(153, 153, 153);">{info}</div>
<div class="richContent richContent0 fk-newsDetail-content" style="margin-top: 20px;">
{body}
</div>
{tail}
</div></div></div></div></div>
<script type="text/javascript">{script}</script>
""" + foot()

    def info_line(when: dt.datetime, a: Art | None, aid: int) -> str:
        parts = [f'<span class="newsInfo newsInfo-date">发表时间：{when:%Y-%m-%d %H:%M:%S}</span>']
        if a is not None and a.extra.get("au_shown"):
            parts.append(f'<span class="newsInfo newsInfo-author">作者：{esc(a.extra["au_shown"])}</span>')
        if a is not None and a.extra.get("src_shown"):
            parts.append(f'<span class="newsInfo newsInfo-source">来源：{esc(a.extra["src_shown"])}</span>')
        parts.append(f'<span class="newsInfo newsInfo-views">阅读量：<span class="J_viewCount" _newsid="{aid}"></span></span>')
        return "".join(parts)

    # ------------------------------------------------------------------ news detail pages (h-nd canonical, nd.jsp alias)
    home_news = newest[:6]
    for a in arts:
        same = by_ch[a.ch.key]
        idx = same.index(a)
        prv = same[idx + 1] if idx + 1 < len(same) else None
        nxt = same[idx - 1] if idx else None
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        a.related = sorted(rr.sample([x for x in same if x is not a], 4), key=lambda x: (x.when, x.aid), reverse=True)
        tail = ('<div class="fk-newsDetail-prevNext" style="margin-top: 30px;"><div class="prev">上一篇：' +
                (f'<a href="{prv.url}">{esc(prv.title)}</a>' if prv else "<span>没有了</span>") + '</div><div class="next">下一篇：' +
                (f'<a href="{nxt.url}">{esc(nxt.title)}</a>' if nxt else "<span>没有了</span>") + "</div></div>")
        tail += ('<div class="fk-newsDetail-related"><div class="relatedTitle">相关新闻</div><ul>' + "".join(
            f'<li><a href="{x.url}" title="{esc(x.title)}">{esc(x.title)}</a><span class="relatedDate">{x.when:%Y-%m-%d}</span></li>' for x in a.related) + "</ul></div>")
        if a.comments is not None:
            cr = random.Random(f"{seed}:{NAME}:cmt:{a.aid}")
            items = ""
            for _ in range(a.comments):
                ct = a.when + dt.timedelta(days=cr.randint(1, 20), minutes=cr.randint(0, 900))
                items += (f'<div class="fk-commentItem"><span class="fk-commentName">游客{cr.randint(1000, 9999)}****</span>'
                          f'<span class="fk-commentTime">{ct:%Y-%m-%d %H:%M}</span><div class="fk-commentContent">{esc(cr.choice(COMMENTS))}</div></div>')
            tail += (f'<div class="fk-newsDetail-comment"><div class="commentTitle">评论（{a.comments}）</div>'
                     + (items or '<div class="fk-commentEmpty">暂无评论</div>')
                     + '<div class="fk-commentForm"><textarea placeholder="请输入评论内容"></textarea><a href="javascript:;" class="J_commentSubmit">提交评论</a></div></div>')
        group = GROUP[a.ch.key]
        script = (f'Site.initModuleNewsDetail(315, {{"id":{a.aid},"groupId":{group},"title":"{esc(a.title)}",'
                  f'"createTime":{epoch_ms(a.when)},"updateTime":{epoch_ms(a.when + dt.timedelta(hours=3, minutes=17))},"views":null}});'
                  f' Site.loadNewsViewCount({a.aid}, ".J_viewCount");')
        html = detail(a.title, a.ch.name, a.ch.cid, info_line(a.when, a, a.aid), render(a.blocks, random.Random(f"{seed}:{NAME}:r:{a.aid}")),
                      tail, script, hnd(a.aid))
        file = site.add(a.url, html)
        aliases = []
        if a in home_news:
            alias = ndjsp(a.aid, group)
            site.route_alias(alias, file)
            aliases.append(alias)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=f"{a.when:%Y-%m-%d %H:%M:%S}", views_display=None, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related],
                         aliases=aliases)

    # FAQ entries: the news template, a question and a one-line answer (not articles)
    for fid, q, ans, when in faqs:
        script = f'Site.initModuleNewsDetail(315, {{"id":{fid},"groupId":5,"title":"{esc(q)}","createTime":{epoch_ms(when)}}});'
        site.add(hnd(fid), detail(q, "常见问题", FAQ_COL, info_line(when, None, fid),
                                  f'<p style="line-height: 2em;"><span style="font-size: 16px;">{esc(ans)}</span></p>', "", script, hnd(fid)))
        site.non_articles.append({"url": hnd(fid), "reason": "常见问题 entry in the news template (a question and a one-line answer)"})

    # ------------------------------------------------------------------ news lists (?m3pageno=N, aliases ?m3pageno=1 and /col.jsp?id=N)
    def list_page(title: str, col: int, entries: str, pager: str) -> str:
        return head(f"{title}-{SHORT}", "", col) + f"""{side(title)}
<div id="containerFormsCenter" class="containerFormsCenter" style="width: 920px;">
<div class="fk-crumbs">当前位置：<a href="/">首页</a> &gt; {title}</div>
<div id="module3" class="form formStyle9 m-module-3 fk-newsList" _moduleid="3"><div class="formBanner formBanner3"><div class="titleCenter"><div class="titleText">{title}</div></div></div>
<div class="formMiddle formMiddle3"><div class="formMiddleContent formMiddleContent3">{entries}{pager}</div></div></div></div>
""" + foot()

    for ch in CHANNELS:
        chunks = paginate(by_ch[ch.key], PER_PAGE)
        urls = [col_url(ch.cid, k) for k in range(1, len(chunks) + 1)]
        alias_no = f"/h-col-{ch.cid}.html?m3pageno=1"
        alias_jsp = f"/col.jsp?id={ch.cid}"
        for k, chunk in enumerate(chunks):
            entries = ""
            for pos, x in enumerate(chunk, 1):
                summary = content.paragraphs(x.blocks)[0][:56]
                entries += (f'<div class="m_news_item fk-newsListItem" style="padding: 12px 0; border-bottom: 1px dashed rgb(221, 221, 221);">'
                            f'<div class="fk-newsListTitle"><a href="{x.url}#_np={ch.cid}_3" title="{esc(x.title)}">{esc(x.title)}</a></div>'
                            f'<div class="fk-newsListDate">{x.when:%Y-%m-%d}</div><div class="fk-newsListSummary">{esc(summary)}...</div></div>')
                site.listing(urls[k], pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", category=ch.name)
            pager = ('<div class="pagenation">' + (f'<a class="pagePrev" href="{alias_no if k == 1 else urls[k - 1]}">上一页</a>' if k else "")
                     + "".join(f'<span class="pageNo pageNoSelected">{m + 1}</span>' if m == k else f'<a class="pageNo" href="{alias_no if m == 0 else urls[m]}">{m + 1}</a>' for m in range(len(chunks)))
                     + (f'<a class="pageNext" href="{urls[k + 1]}">下一页</a>' if k + 1 < len(chunks) else "") + "</div>")
            file = site.add(urls[k], list_page(ch.name, ch.cid, entries, pager))
            if k == 0:
                site.route_alias(alias_no, file)
                site.route_alias(alias_jsp, file)
            site.list_pages.append({"url": urls[k], "aliases": [alias_no, alias_jsp] if k == 0 else []})
    faq_entries = "".join(f'<div class="m_news_item fk-newsListItem"><div class="fk-newsListTitle"><a href="{hnd(fid)}#_np={FAQ_COL}_3">{esc(q)}</a></div></div>' for fid, q, *_ in faqs)
    file = site.add(col_url(FAQ_COL), list_page("常见问题", FAQ_COL, faq_entries, ""))
    site.route_alias(f"/col.jsp?id={FAQ_COL}", file)
    site.non_articles.append({"url": col_url(FAQ_COL), "reason": "常见问题 list (its entries are no articles)"})
    site.non_articles.append({"url": f"/col.jsp?id={FAQ_COL}", "reason": "常见问题 list (dynamic URL of the same page)"})

    # ------------------------------------------------------------------ products (h-pd canonical, pd.jsp alias; not articles)
    home_products = products[:4]
    for pid, pname, code, when, pr in products:
        body = (f'<div class="pdDetail"><h1 class="fk-pdName">{pname}</h1><div class="fk-pdInfo">发布时间：{when:%Y-%m-%d %H:%M:%S}</div>'
                f'<table class="fk-pdProp"><tr><td>产品型号</td><td>{code}</td></tr><tr><td>适用车型</td><td>{"、".join(pr.sample(content.MODELS, 2))}</td></tr>'
                f'<tr><td>价格</td><td>面议</td></tr><tr><td>质保期</td><td>{pr.choice([1, 2, 3])}年或{pr.choice([3, 5, 10])}万公里</td></tr></table>'
                f'<div class="fk-pdBtn"><a href="javascript:;" class="J_inquiry">在线询价</a></div>'
                f'<div class="fk-pdDetailTitle">产品详情</div><div class="richContent"><p style="line-height: 2em;"><span style="font-size: 16px;">'
                f'{pname}采用优质钢材和进口密封件制造，经过{pr.randint(20, 60)}万次耐久试验，装车性能稳定。</span></p></div></div>')
        html = head(f"{pname}-{SHORT}", f'<link rel="canonical" href="/h-pd-{pid}.html">\n', 102) + (
            f'<div id="module316" class="form formStyle9 fk-productDetail m-module-316" _moduleid="316"><div class="formMiddle formMiddle316">{body}</div></div>') + foot()
        file = site.add(f"/h-pd-{pid}.html", html)
        site.non_articles.append({"url": f"/h-pd-{pid}.html", "reason": "product page (name, parameters, 发布时间, one line of text)"})
        if (pid, pname, code, when, pr) in home_products:
            site.route_alias(f"/pd.jsp?id={pid}", file)
            site.non_articles.append({"url": f"/pd.jsp?id={pid}", "reason": "product page (dynamic URL of the same page)"})
    plist = "".join(f'<div class="fk-productItem"><a href="/h-pd-{pid}.html"><img src="{IMG_HOST}pd_{pid}.jpg" alt="{pname}"></a>'
                    f'<div class="fk-productName"><a href="/h-pd-{pid}.html">{pname}</a></div></div>' for pid, pname, *_ in products)
    site.add("/h-col-102.html", head(f"产品中心-{SHORT}", "", 102) + f'<div id="module320" class="form formStyle9 m-module-320"><div class="formMiddle">{plist}</div></div>' + foot())
    site.non_articles.append({"url": "/h-col-102.html", "reason": "product list"})
    site.add("/h-col-106.html", head(f"关于我们-{SHORT}", "", 106) + f"""<div id="module321" class="form formStyle9 m-module-321"><div class="formBanner"><div class="titleText">关于我们</div></div>
<div class="formMiddle"><div class="richContent"><p style="line-height: 2em;"><span style="font-size: 16px;">{SITE}成立于2004年，专业生产汽车减振器和底盘零部件。</span></p>
<div style="line-height: 2em;"><span style="font-size: 16px;">公司拥有员工180余人，产品销往全国三十个省市和东南亚地区。</span></div></div></div></div>""" + foot())
    site.non_articles.append({"url": "/h-col-106.html", "reason": "关于我们 (company profile, no date)"})
    site.add("/h-col-107.html", head(f"联系我们-{SHORT}", "", 107) + '<div id="module322" class="form formStyle9 m-module-322"><div class="richContent"><p>地址：沣南省岑阳市经济开发区百德路9号</p><p>电话：0736-8852 6600</p><p>邮箱：sales@baide-auto.example.com</p></div></div>' + foot())
    site.non_articles.append({"url": "/h-col-107.html", "reason": "contact page"})

    # ------------------------------------------------------------------ home, soft 404
    news_items = f'<li><a href="{SOFT404}#_np=2_315">百德车业2026年春节放假通知</a><span>01-28</span></li>' + "".join(
        f'<li><a href="{ndjsp(x.aid, GROUP[x.ch.key])}#_np=2_315" title="{esc(x.title)}">{esc(x.title)}</a><span>{x.when:%m-%d}</span></li>' for x in home_news)
    prods = "".join(f'<div class="fk-productItem"><a href="/pd.jsp?id={pid}"><img src="{IMG_HOST}pd_{pid}.jpg" alt="{pname}"></a><p>{pname}</p></div>' for pid, pname, *_ in home_products)
    site.add("/", head(SITE, "", 2) + f"""<div id="module312" class="form formStyle1 m-module-312" _moduleid="312" style="width: 1200px;"><div class="formBanner"><div class="titleText">产品展示</div><a class="more" href="/h-col-102.html">更多&gt;&gt;</a></div><div class="formMiddle">{prods}</div></div>
<div id="module315" class="form formStyle1 m-module-2 fk-newsList" _moduleid="2" style="width: 590px; float: left;"><div class="formBanner"><div class="titleText">新闻动态</div><a class="more" href="/col.jsp?id=103">更多&gt;&gt;</a></div>
<div class="formMiddle"><ul class="fk-newsList-home">{news_items}</ul></div></div>
<div id="module313" class="form formStyle1 m-module-313" _moduleid="313" style="width: 590px; float: right;"><div class="formBanner"><div class="titleText">关于我们</div></div><div class="richContent"><p>{SITE}成立于2004年，专业生产汽车减振器和底盘零部件。</p><a href="/h-col-106.html">了解更多</a></div></div>
<script type="text/javascript">Site.initModuleNewsList(2, {{"showDate":true,"newsCount":6}});</script>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.add(SOFT404, head(f"新闻详情-{SHORT}", "", 103) + '<div id="module315" class="form formStyle9 fk-newsDetail m-module-315"><div class="formMiddle"><div class="fk-noNews" style="padding: 80px 0; text-align: center;">'
             '<p>对不起，该新闻不存在或已被删除。</p><a href="/">返回首页</a></div></div></div>' + foot())
    site.rejects.append({"url": SOFT404, "reason": "soft 404 (a deleted news id, answered with 200 and a 不存在 notice; linked from the home page)"})
    site.add("/404.html", f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>404-{SHORT}</title></head><body><p>页面不存在</p><a href="/">返回首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /ma.jsp\nDisallow: /ajax/\nDisallow: /login.jsp\n"
    return site

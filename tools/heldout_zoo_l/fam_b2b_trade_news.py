"""The 资讯 channel of a B2B auto-parts trade platform (汽配商贸通, like 中国制造网 / 1688 资讯), GBK bytes declared
``charset=gbk`` in the meta only: /news/detail-N.html articles (long ones split as detail-N-2.html) with product
cards and 询价 buttons inside the text, server-rendered 浏览量, 来源 placeholders (网络, the platform itself), 作者：佚名,
/news/list-<cid>.html lists with list-<cid>-<page>.html pagination, and product, supplier and 展会 pages."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import TZ8, Art, Channel, Site, esc, gbk_safe, iso_date, kinds, paginate, rand_dates, unique_titles

NAME = "b2b_trade_news"
SITE = "汽配商贸通"
CHANNELS = [Channel(k, nm, cid) for k, nm, cid in content.BB_CHANNELS]
COUNTS = {"hangye": 11, "shichang": 10, "zhanhui": 7, "zhishi": 8}
PER_PAGE = 5
DEAD = "/news/detail-40999.html"


def art_url(aid: int, page: int = 1) -> str:
    return f"/news/detail-{aid}" + (f"-{page}" if page > 1 else "") + ".html"


def list_url(cid: int, page: int = 1) -> str:
    return f"/news/list-{cid}" + (f"-{page}" if page > 1 else "") + ".html"


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "gbk", "gbk", None, "/")
    rnd = random.Random(f"{seed}:{NAME}")
    # products of the platform's suppliers (the cards inside the articles point at them)
    products = []
    for k, (slug, company, prod) in enumerate(content.BB_SUPPLIERS):
        pr = random.Random(f"{seed}:{NAME}:prod:{k}")
        products.append({"pid": 1608800 + k * 37, "slug": slug, "company": company, "name": f"{prod} {pr.choice(content.PART_CODES)}",
                         "price": f"{pr.randint(18, 960)}.{pr.choice(['00', '50', '80'])}", "moq": pr.choice([50, 100, 200, 500]), "prod": prod})
    arts: list[Art] = []
    for ch in CHANNELS:
        n = COUNTS[ch.key]
        whens = rand_dates(rnd, n, dt.datetime(2026, 2, 15, tzinfo=TZ8), dt.datetime(2026, 9, 23, 15, 30, tzinfo=TZ8), hours=(8, 20))
        ks = kinds(rnd, n)

        def make(i: int, attempt: int, ch=ch, whens=whens):
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
            ctx = content.Ctx(ar, whens[i])
            tpls = content.BB_TITLES[ch.key]
            return gbk_safe(ctx.fill(tpls[(i + attempt) % len(tpls)])), (ctx, ar)

        for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
            blocks = content.gen_blocks(ctx, ks[i], content.BB_OPEN, content.BB_MID, content.BB_CLOSE, content.BB_HEADS,
                                        "/uploadfile/news/202609/", content.BB_CAPTIONS)
            a = Art(i, 0, ch, title, blocks, whens[i])
            r = ar.random()
            a.extra["src_shown"] = ar.choice(content.MEDIA) if r < 0.35 else SITE if r < 0.75 else "网络"
            a.source = a.extra["src_shown"] if r < 0.35 else None
            if ar.random() < 0.45:
                a.author = content.person(ar, gbk_only=ar.random() < 0.15)
            a.extra["au_shown"] = a.author or "佚名"
            a.editor = content.person(ar) if ar.random() < 0.6 else None
            a.views = ar.randint(80, 9800) if ar.random() < 0.7 else ar.randint(10000, 48000)
            a.extra["cards"] = ar.sample(products, ar.randint(1, 2)) if ch.key != "zhanhui" else []
            arts.append(a)
    for j, a in enumerate(sorted(arts, key=lambda x: x.when)):
        a.aid = 41230 + j * 11 + j % 5
        a.url = art_url(a.aid)
    newest = sorted(arts, key=lambda x: x.when, reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}
    for a in arts:
        if a.ch.key in ("hangye", "shichang", "zhishi") and len(a.blocks) >= 9:
            npg = 3 if len(a.blocks) >= 14 else 2
            cutp = [round(len(a.blocks) * k / npg) for k in range(npg + 1)]
            a.page_blocks = [a.blocks[cutp[k]:cutp[k + 1]] for k in range(npg)]
        else:
            a.page_blocks = [a.blocks]
        a.page_urls = [art_url(a.aid, k) for k in range(1, len(a.page_blocks) + 1)]
    expos = []
    for k, tpl in enumerate(content.BB_EXPOS):
        er = random.Random(f"{seed}:{NAME}:expo:{k}")
        ctx = content.Ctx(er, dt.datetime(2026, 11, 1, tzinfo=TZ8))
        expos.append((f"/expo/{702 + k * 5}.html", ctx.fill(tpl), er, ctx))

    # ------------------------------------------------------------------ template parts
    nav = [("/", "首页"), ("/product/", "产品库"), ("/company/", "供应商"), ("/news/", "资讯"), ("/expo/", "展会"), ("/inquiry/", "发布询价")]

    def head(title: str) -> str:
        return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(title)}</title>
<meta name="keywords" content="汽配,汽车配件批发,汽配采购,{SITE}" />
<link rel="stylesheet" type="text/css" href="/skin/default/css/news.css" />
<script type="text/javascript" src="/skin/default/js/jquery.js"></script>
</head>
<body>
<div class="site-top"><div class="w1200"><span>您好，欢迎来到{SITE}！</span><a href="/member/login.html">请登录</a> <a href="/member/register.html">免费注册</a><span class="fr">客服热线：400-882-1608</span></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="/skin/default/images/logo.png" alt="{SITE}" /></a>
<form class="search" action="/search/" method="get"><select name="t"><option>产品</option><option>供应商</option><option>资讯</option></select><input name="kw" /><button type="submit">搜索</button></form></div>
<div class="nav"><div class="w1200">{"".join(f'<a href="{u}">{t}</a>' for u, t in nav)}</div></div>
"""

    def foot() -> str:
        return f"""<div class="footer"><div class="w1200"><p><a href="/about/">关于我们</a> | <a href="/about/#service">服务条款</a> | <a href="/about/#contact">联系我们</a></p>
<p>Copyright &copy; 2009-2026 {SITE} 版权所有　沄ICP备10027731号　增值电信业务经营许可证：沄B2-20100088</p></div></div>
</body>
</html>
"""

    def card(p: dict) -> str:
        return (f'<div class="news-product-card"><a href="/product/{p["pid"]}.html" target="_blank"><img src="/uploadfile/product/{p["pid"]}_s.jpg" /></a>'
                f'<div class="info"><a class="name" href="/product/{p["pid"]}.html" target="_blank">{esc(p["name"])}</a><p class="price">￥{p["price"]}/件</p>'
                f'<p>起订量：{p["moq"]}件</p><p>供应商：<a href="/company/{p["slug"]}/">{esc(p["company"])}</a></p>'
                f'<a class="btn-inquiry" href="/inquiry/?pid={p["pid"]}" rel="nofollow">立即询价</a></div></div>')

    def render(blocks: list, cards: list) -> str:
        out, n_p = [], 0
        for b in blocks:
            if b[0] == "p":
                out.append(f"<p>{esc(b[1])}</p>")
                n_p += 1
                if n_p == 2 and cards:
                    out.append(card(cards[0]))
            elif b[0] == "h":
                out.append(f"<h3>{esc(b[1])}</h3>")
            elif b[0] == "img":
                out.append(f'<p style="text-align:center"><img src="{b[1]}" alt="" /></p>')
                if b[2]:
                    out.append(f'<p style="text-align:center;color:#888">{esc(b[2])}</p>')
            elif b[0] == "table":
                out.append('<table class="news-table" border="1" cellspacing="0" cellpadding="5">' + "".join(
                    "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
            elif b[0] in ("ul", "ol"):
                out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
        return "\n".join(out)

    hot = sorted(arts, key=lambda x: x.views, reverse=True)[:8]
    side = ('<div class="side"><div class="side-box suppliers"><h3>推荐供应商</h3>' + "".join(
        f'<div class="sup"><a href="/company/{s}/">{esc(c)}</a><p>主营：{p}</p><a class="btn-inquiry" href="/inquiry/?company={s}" rel="nofollow">询价</a></div>'
        for s, c, p in content.BB_SUPPLIERS[:4]) + '</div><div class="side-box hot"><h3>热门资讯</h3><ol>' + "".join(
        f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in hot) + '</ol></div><div class="side-box expo"><h3>近期展会</h3><ul>' + "".join(
        f'<li><a href="{u}">{esc(t)}</a></li>' for u, t, *_ in expos) + "</ul></div></div>")

    def info(a: Art) -> str:
        return (f'<div class="news-info"><span>发布时间：{a.when:%Y/%m/%d %H:%M}</span><span>来源：{esc(a.extra["src_shown"])}</span>'
                f'<span>作者：{esc(a.extra["au_shown"])}</span><span>浏览量：<em>{a.views:,}</em></span></div>')

    # ------------------------------------------------------------------ article pages
    for a in arts:
        rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
        a.related = sorted(rr.sample([x for x in by_ch[a.ch.key] if x is not a], 5), key=lambda x: x.when, reverse=True)
        rel = "".join(f'<li><a href="{x.url}" target="_blank">{esc(x.title)}</a><span class="time">{x.when:%Y-%m-%d}</span></li>' for x in a.related)
        rel_prod = "".join(card(p) for p in products[:4])
        same = by_ch[a.ch.key]
        idx = same.index(a)
        prv = same[idx + 1] if idx + 1 < len(same) else None
        nxt = same[idx - 1] if idx > 0 else None
        pn = (f'<p>上一篇：{f"<a href={chr(34)}{prv.url}{chr(34)}>{esc(prv.title)}</a>" if prv else "没有了"}</p>'
              f'<p>下一篇：{f"<a href={chr(34)}{nxt.url}{chr(34)}>{esc(nxt.title)}</a>" if nxt else "没有了"}</p>')
        npg = len(a.page_urls)
        for k in range(npg):
            cards = a.extra["cards"][k:k + 1] if k < len(a.extra["cards"]) else []
            body = render(a.page_blocks[k], cards)
            last = k == npg - 1
            pager = ""
            if npg > 1:
                ps = [f'<a href="{a.page_urls[k - 1]}">上一页</a>'] if k else []
                ps += [f'<span class="cur">{m + 1}</span>' if m == k else f'<a href="{a.page_urls[m]}">{m + 1}</a>' for m in range(npg)]
                if not last:
                    ps.append(f'<a href="{a.page_urls[k + 1]}">下一页</a>')
                pager = f'<div class="page-nav">{"".join(ps)}</div>'
            ed = f'<div class="news-editor">（编辑：{esc(a.editor)}）</div>' if last and a.editor else ""
            html = head(f"{a.title}_{a.ch.name}_{SITE}") + f"""<div class="w1200 main">
<div class="crumbs">您的位置：<a href="/">首页</a> &gt; <a href="/news/">资讯中心</a> &gt; <a href="{list_url(a.ch.cid)}">{a.ch.name}</a> &gt; 正文</div>
<div class="left"><div class="news-detail">
<h1 class="news-title">{esc(a.title)}</h1>
{info(a)}
<div class="news-body" id="newsBody">
{body}
</div>
{pager}
{ed}
<div class="disclaimer">免责声明：本文仅代表作者个人观点，与{SITE}无关。其原创性以及文中陈述文字和内容未经本站证实，仅供参考。</div>
<div class="share">分享到：<a href="javascript:;">微信</a><a href="javascript:;">微博</a><a href="javascript:;">QQ空间</a></div>
<div class="prev-next">{pn}</div>
<div class="related-news"><h3>相关资讯</h3><ul>{rel}</ul></div>
<div class="related-products"><h3>相关产品</h3>{rel_prod}</div>
</div></div>
{side}
</div>
""" + foot()
            site.add(a.page_urls[k], html)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=a.when.isoformat(),
                         published_display=f"{a.when:%Y/%m/%d %H:%M}", views_display=f"浏览量：{a.views:,}", views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related])

    # ------------------------------------------------------------------ lists
    for ch in CHANNELS:
        chunks = paginate(by_ch[ch.key], PER_PAGE)
        urls = [list_url(ch.cid, k) for k in range(1, len(chunks) + 1)]
        alias1 = f"/news/list-{ch.cid}-1.html"
        for k, chunk in enumerate(chunks):
            lis = "".join(f'<li><a href="{x.url}" title="{esc(x.title)}" target="_blank">{esc(x.title)}</a><span class="hits">浏览 {x.views:,}</span>'
                          f'<span class="time">{x.when:%Y-%m-%d}</span><p class="desc">{esc(content.paragraphs(x.blocks)[0][:60])}...</p></li>' for x in chunk)
            for pos, x in enumerate(chunk, 1):
                site.listing(urls[k], pos, x, iso_date(x.when), f"{x.when:%Y-%m-%d}", views=x.views, category=ch.name)
            pg = [f'<a href="{alias1}">首页</a>'] + [f'<span class="cur">{m + 1}</span>' if m == k else f'<a href="{alias1 if m == 0 else urls[m]}">{m + 1}</a>'
                                                    for m in range(len(chunks))]
            if k + 1 < len(chunks):
                pg.append(f'<a href="{urls[k + 1]}">下一页</a>')
            pg.append(f'<a href="{urls[-1]}">尾页</a><span>共{len(by_ch[ch.key])}条</span>')
            html = head(f"{ch.name}_资讯_{SITE}") + f"""<div class="w1200 main"><div class="crumbs">您的位置：<a href="/">首页</a> &gt; <a href="/news/">资讯中心</a> &gt; {ch.name}</div>
<div class="left"><div class="cate-tabs">{"".join(f'<a href="{list_url(c.cid)}"{" class=on" if c is ch else ""}>{c.name}</a>' for c in CHANNELS)}</div>
<ul class="news-list">{lis}</ul><div class="pages">{"".join(pg)}</div></div>{side}</div>
"""
            site.add(urls[k], html + foot())
            if k == 0:
                site.add(alias1, html + foot())
            site.list_pages.append({"url": urls[k], "aliases": [alias1] if k == 0 else []})
    over = newest[:15]
    lis = "".join(f'<li><span class="cate">[<a href="{list_url(x.ch.cid)}">{x.ch.name}</a>]</span><a href="{x.url}">{esc(x.title)}</a><span class="time">{x.when:%m-%d}</span></li>' for x in over)
    for pos, x in enumerate(over, 1):
        site.listing("/news/", pos, x, iso_date(x.when), f"{x.when:%m-%d}", category=x.ch.name)
    site.add("/news/", head(f"资讯中心_{SITE}") + f"""<div class="w1200 main"><div class="crumbs">您的位置：<a href="/">首页</a> &gt; 资讯中心</div>
<div class="left"><div class="focus"><a href="{newest[0].url}"><img src="/uploadfile/news/focus.jpg" /><p>{esc(newest[0].title)}</p></a></div>
<div class="cate-tabs">{"".join(f'<a href="{list_url(c.cid)}">{c.name}</a>' for c in CHANNELS)}</div><ul class="news-list">{lis}</ul></div>{side}</div>
""" + foot())
    site.list_pages.append({"url": "/news/", "aliases": []})

    # ------------------------------------------------------------------ products, suppliers, expos (not articles)
    for p in products:
        pr = random.Random(f"{seed}:{NAME}:pdesc:{p['pid']}")
        ctx = content.Ctx(pr, dt.datetime(2026, 6, 1, tzinfo=TZ8))
        desc = [ctx.fill(x.replace("{prod}", p["prod"])) for x in ["本公司生产的{prod}采用优质原材料，适配{model}、{model2}等多款车型，质量稳定，价格实惠。",
                                                                  "产品通过IATF 16949认证，支持OEM定制和来样加工，月供货能力{n3}0件，可出口中东、东南亚等地区。"]]
        site.add(f"/product/{p['pid']}.html", head(f"{p['name']}_{p['company']}_{SITE}") + f"""<div class="w1200 main"><div class="crumbs">您的位置：<a href="/">首页</a> &gt; <a href="/product/">产品库</a> &gt; {esc(p['prod'])}</div>
<div class="product-detail"><h1>{esc(p['name'])}</h1><div class="pro-img"><img src="/uploadfile/product/{p['pid']}.jpg" /></div>
<table class="pro-attr"><tr><th>价格</th><td class="price">￥{p['price']}/件</td></tr><tr><th>起订量</th><td>{p['moq']}件</td></tr><tr><th>发货期限</th><td>付款后7天内发货</td></tr><tr><th>所在地</th><td>{content.PROVINCE}</td></tr></table>
<a class="btn-inquiry" href="/inquiry/?pid={p['pid']}" rel="nofollow">立即询价</a>
<div class="pro-desc"><h3>产品详情</h3>{"".join(f"<p>{esc(d)}</p>" for d in desc)}</div>
<div class="pro-time">更新时间：2026-09-{pr.randint(1, 20):02d}</div></div>
<div class="side"><div class="side-box"><h3>供应商信息</h3><a href="/company/{p['slug']}/">{esc(p['company'])}</a><p>诚信通第{pr.randint(3, 12)}年</p></div></div></div>
""" + foot())
        site.non_articles.append({"url": f"/product/{p['pid']}.html", "reason": "product page (price, 起订量, 询价)"})
    site.add("/product/", head(f"产品库_{SITE}") + '<div class="w1200 main"><ul class="pro-list">' + "".join(
        f'<li><a href="/product/{p["pid"]}.html">{esc(p["name"])}</a><span class="price">￥{p["price"]}</span></li>' for p in products) + "</ul></div>" + foot())
    site.non_articles.append({"url": "/product/", "reason": "product list"})
    for s, c, prod in content.BB_SUPPLIERS:
        mine = [p for p in products if p["slug"] == s]
        site.add(f"/company/{s}/", head(f"{c}_{SITE}") + f"""<div class="w1200 main"><div class="shop-head"><h1>{esc(c)}</h1><span class="tag">实力商家</span></div>
<div class="shop-intro"><h3>公司介绍</h3><p>{esc(c)}位于{content.PROVINCE}，主营{prod}，拥有完善的生产和检测设备。</p></div>
<div class="shop-products">{"".join(card(p) for p in mine)}</div><div class="shop-contact">联系人：销售部　电话：0825-88{len(s) * 1371:06d}</div></div>
""" + foot())
        site.non_articles.append({"url": f"/company/{s}/", "reason": "supplier shop page"})
    site.add("/company/", head(f"供应商_{SITE}") + '<div class="w1200 main"><ul class="sup-list">' + "".join(
        f'<li><a href="/company/{s}/">{esc(c)}</a><span>主营：{p}</span></li>' for s, c, p in content.BB_SUPPLIERS) + "</ul></div>" + foot())
    site.non_articles.append({"url": "/company/", "reason": "supplier list"})
    for u, t, er, ctx in expos:
        start = dt.date(2026, 10, 20) + dt.timedelta(days=er.randint(0, 60))
        news = "".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in by_ch["zhanhui"][:3])
        site.add(u, head(f"{t}_展会_{SITE}") + f"""<div class="w1200 main"><div class="crumbs">您的位置：<a href="/">首页</a> &gt; <a href="/expo/">展会</a> &gt; 展会详情</div>
<div class="expo-detail"><h1>{esc(t)}</h1><table class="expo-attr"><tr><th>展会时间</th><td>{start:%Y-%m-%d} 至 {start + dt.timedelta(days=2):%Y-%m-%d}</td></tr>
<tr><th>展会地点</th><td>{esc(ctx.fill("{city}国际博览中心"))}</td></tr><tr><th>主办单位</th><td>{esc(ctx.fill("{city}市汽车配件用品行业商会"))}</td></tr>
<tr><th>展品范围</th><td>汽车零部件、维修设备、汽车用品、新能源汽车配件</td></tr></table>
<div class="expo-desc"><p>{esc(ctx.fill("本届展会预计展览面积{n}万平方米，邀请专业采购商{n3}0余人。"))}</p></div>
<a class="btn" href="/expo/apply.html?id={u.split('/')[-1][:-5]}" rel="nofollow">我要参展</a>
<div class="expo-news"><h3>展会新闻</h3><ul>{news}</ul></div></div></div>
""" + foot())
        site.non_articles.append({"url": u, "reason": "trade-fair page (dates, venue, 参展 button)"})
    site.add("/expo/", head(f"展会_{SITE}") + '<div class="w1200 main"><ul class="expo-list">' + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t, *_ in expos) + "</ul></div>" + foot())
    site.non_articles.append({"url": "/expo/", "reason": "trade-fair list"})

    # ------------------------------------------------------------------ home, about
    hn = f'<li><a href="{DEAD}">沄州汽配产业带九月出口简报</a></li>' + "".join(f'<li><a href="{x.url}">{esc(x.title)}</a></li>' for x in newest[:8])
    site.add("/", head(f"{SITE}-汽车配件批发采购平台") + f"""<div class="w1200 main"><div class="home-cats"><h2>产品分类</h2>{"".join(f'<a href="/product/{p["pid"]}.html">{esc(p["prod"])}</a>' for p in products)}</div>
<div class="home-news"><h2><a href="/news/">行业资讯</a></h2><ul>{hn}</ul></div>
<div class="home-sup"><h2><a href="/company/">优质供应商</a></h2>{"".join(f'<a href="/company/{s}/">{esc(c)}</a>' for s, c, _ in content.BB_SUPPLIERS)}</div>
<div class="home-expo"><h2><a href="/expo/">展会</a></h2>{"".join(f'<a href="{u}">{esc(t)}</a>' for u, t, *_ in expos)}</div></div>
""" + foot())
    site.non_articles.append({"url": "/", "reason": "home page"})
    site.add("/about/", head(f"关于我们_{SITE}") + f'<div class="w1200 main"><h1>关于我们</h1><p>{SITE}是面向汽车配件产业带的B2B交易服务平台。</p><p id="service">服务条款略。</p><p id="contact">客服热线：400-882-1608</p></div>' + foot())
    site.non_articles.append({"url": "/about/", "reason": "single page"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (removed article still linked from the home page's 行业资讯)"})
    site.add("/404.html", '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" /><title>页面不存在</title></head><body><p>抱歉，您访问的页面不存在或已删除。</p><a href="/">返回首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /inquiry/\nDisallow: /member/\nDisallow: /search/\nDisallow: /expo/apply.html\n"
    return site

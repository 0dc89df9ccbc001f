"""A provincial government procurement site (沅岚省政府采购网, 中国政府采购网 style; run by the 沅岚省财政厅), UTF-8 with a
header charset: **公开招标公告 and 中标（成交）结果公告 are articles** (TRS-like paths
``/cggg/dfgg/gkzb/202611/t20261124_2318807.htm``), the headline in ``h2.tc`` (**no ``<h1>``**), the line
**``<span id="pubTime">2026年11月24日 16:30</span>　来源：沅岚省政府采购网``** (or a city's 公共资源交易中心), **a 公告概要 table
above the text holding the headline again and more dates (公告时间, 开标时间 often after the crawl time, 招标公告日期 and
中标日期 before the publication)**, texts of numbered lines (``一、项目基本情况``, ``项目编号：…``) with **中标信息 and 主要标的
tables**, 采购人 / 代理机构 contact blocks; 采购动态 news (``发布时间：2026-11-24``, day only; ``来源：沅岚省财政厅`` = the site's
operator; ``浏览次数：356``; 相关新闻); **项目档案 pages** ``/xmda/YLCG-2026-0412.htm`` (the project's name in the same ``h2.tc``
over a table of its notices), a 采购意向 table page, lists ``…/gkzb/index.htm`` + **``index_1.htm``** with relative links."""

from __future__ import annotations

import datetime as dt
import random

from . import content
from .core import TZ8, Art, Channel, Site, esc, iso_date, kinds, paginate, rand_dates, rel_href, unique_titles

NAME = "tender_notice"
SITE = content.TN_SITE
OPERATOR = "沅岚省财政厅"
CHANNELS = [Channel("gkzb", "公开招标公告"), Channel("zbgg", "中标公告"), Channel("cgdt", "采购动态")]
COUNTS = {"gkzb": 14, "zbgg": 14, "cgdt": 12}
DIRS = {"gkzb": "/cggg/dfgg/gkzb/", "zbgg": "/cggg/dfgg/zbgg/", "cgdt": "/cgdt/"}
PER_PAGE = 10
DEAD = "/cggg/dfgg/gkzb/202609/t20260903_2100017.htm"
N_PAIRS = 8


def cn_dt(d: dt.datetime) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日 {d:%H:%M}"


def cn_d(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def render(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f'<p style="text-indent:2em;">{esc(b[1])}</p>')
        elif b[0] == "h":
            out.append(f"<p><strong>{esc(b[1])}</strong></p>")
        elif b[0] == "img":
            out.append(f'<p style="text-align:center"><img src="/attach{b[1]}"></p>' +
                       (f'<p style="text-align:center;color:#666">{esc(b[2])}</p>' if b[2] else ""))
        elif b[0] == "table":
            out.append('<table border="1" cellspacing="0" width="100%">' + "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif b[0] in ("ul", "ol"):
            out.append(f"<{b[0]}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{b[0]}>")
    return "\n".join(out)


def build(seed: int) -> Site:
    site = Site(NAME, SITE, "utf-8", "utf-8", "utf-8", "/")
    rnd = random.Random(f"{seed}:{NAME}")
    whens = {ch.key: rand_dates(rnd, COUNTS[ch.key], dt.datetime(2026, 6, 15, tzinfo=TZ8), dt.datetime(2026, 11, 20, 12, 0, tzinfo=TZ8),
                                hours=(8, 18)) for ch in CHANNELS}
    # pair 中标 notices with an earlier 招标 notice of the same project (at least 18 days before)
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for j, w in enumerate(whens["zbgg"]):
        if len(pairs) == N_PAIRS:
            break
        for i, v in enumerate(whens["gkzb"]):
            if i not in used and v <= w - dt.timedelta(days=18):
                pairs[j] = i
                used.add(i)
                break
    pr = random.Random(f"{seed}:{NAME}:projects")
    names: set[str] = set()

    def project(when: dt.datetime) -> dict:
        while True:
            buyer, item = pr.choice(content.TN_BUYERS), pr.choice(content.TN_ITEMS)
            name = f"{buyer}{item}采购项目"
            if name not in names:
                names.add(name)
                break
        return {"name": name, "buyer": buyer, "item": item, "agent": pr.choice(content.TN_AGENTS),
                "code": f"YLCG-{when.year}-{pr.randint(1000, 9999)}", "budget": f"{pr.randint(30, 2400)}.{pr.randint(0, 9)}",
                "city": buyer[:2] if buyer[2] == "市" else "省本级", "qty": pr.randint(2, 60),
                "person": content.person(pr), "tel": f"0738-{pr.randint(2000000, 8999999)}"}

    projs = {"gkzb": [project(w) for w in whens["gkzb"]]}
    projs["zbgg"] = [projs["gkzb"][pairs[j]] if j in pairs else project(w) for j, w in enumerate(whens["zbgg"])]

    arts: list[Art] = []
    for ch in CHANNELS:
        n = COUNTS[ch.key]
        ks = kinds(rnd, n)
        if ch.key == "cgdt":
            def make(i: int, attempt: int, ch=ch):
                ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}:{attempt}")
                ctx = content.Ctx(ar, whens[ch.key][i])
                tpls = content.TN_NEWS_TITLES
                return ctx.fill(tpls[(i * 5 + attempt) % len(tpls)]), (ctx, ar)
            for i, (title, (ctx, ar)) in enumerate(unique_titles(make, n)):
                a = Art(i, 0, ch, title, content.gen_blocks(ctx, ks[i], content.TN_OPEN, content.TN_MID, content.TN_CLOSE,
                                                             content.TN_HEADS, "/2026/", content.TN_CAPTIONS), whens[ch.key][i])
                if ar.random() < 0.5:
                    a.source = ar.choice(content.MEDIA)
                a.extra["src_shown"] = a.source or OPERATOR
                if ar.random() < 0.6:
                    a.author = content.person(ar)
                a.views = ar.randint(40, 3900)
                arts.append(a)
            continue
        for i, when in enumerate(whens[ch.key]):
            p = projs[ch.key][i]
            ar = random.Random(f"{seed}:{NAME}:{ch.key}:{i}")
            ctx = content.Ctx(ar, when)
            fwd = ar.random() < 0.18
            if ch.key == "gkzb":
                title = f"{p['name']}公开招标公告"
                open_at = (when + dt.timedelta(days=ar.randint(20, 30))).replace(hour=9, minute=30)
                get0 = when.date() + dt.timedelta(days=1)
                blocks = [("p", f"项目概况：{p['name']}的潜在投标人应在{p['city']}政府采购电子交易平台获取招标文件，"
                                f"并于{cn_d(open_at.date())}09点30分（北京时间）前递交投标文件。"),
                          ("h", "一、项目基本情况"), ("p", f"项目编号：{p['code']}"), ("p", f"项目名称：{p['name']}"),
                          ("p", f"预算金额：{p['budget']}万元（人民币）"),
                          ("p", f"采购需求：{p['item']}{p['qty']}项，具体技术参数详见招标文件第三章。"),
                          ("p", f"合同履行期限：合同签订后{ar.randint(30, 120)}日内交付。"), ("p", "本项目不接受联合体投标。"),
                          ("h", "二、获取招标文件"),
                          ("p", f"时间：{cn_d(get0)}至{cn_d(get0 + dt.timedelta(days=5))}，每天上午9:00至12:00，下午14:00至17:00。"),
                          ("p", "方式：登录政府采购电子交易平台免费下载。"),
                          ("h", "三、提交投标文件截止时间、开标时间和地点"),
                          ("p", f"{cn_d(open_at.date())}09点30分（北京时间）"), ("p", f"地点：{p['city']}公共资源交易中心开标室"),
                          ("h", "四、对本次招标提出询问，请按以下方式联系"),
                          ("ol", [f"采购人信息　名称：{p['buyer']}　联系方式：{p['tel']}",
                                  f"采购代理机构信息　名称：{p['agent']}　联系方式：0738-{ar.randint(2000000, 8999999)}",
                                  f"项目联系人：{p['person']}"])]
                summary = [("采购项目名称", p["name"]), ("品目", f"货物/交通运输设备/{p['item']}"), ("采购单位", p["buyer"]),
                           ("行政区域", p["city"]), ("公告时间", cn_dt(when)), ("获取招标文件时间", f"{cn_d(get0)}至{cn_d(get0 + dt.timedelta(days=5))}"),
                           ("开标时间", cn_dt(open_at)), ("预算金额", f"￥{p['budget']}万元（人民币）"), ("项目联系人", p["person"]),
                           ("代理机构名称", p["agent"])]
            else:
                tender_day = (when - dt.timedelta(days=ar.randint(22, 40))).date() if i not in pairs else whens["gkzb"][pairs[i]].date()
                award_day = (when - dt.timedelta(days=ar.randint(1, 4))).date()
                winners = ar.sample(content.COMPANIES, ar.randint(1, 2))
                amount = [f"{float(p['budget']) * ar.randint(80, 97) / 100 / len(winners):.2f}万元" for _ in winners]
                title = f"{p['name']}中标（成交）结果公告"
                blocks = [("h", "一、项目编号"), ("p", p["code"]), ("h", "二、项目名称"), ("p", p["name"]),
                          ("h", "三、中标（成交）信息"),
                          ("table", [["序号", "供应商名称", "供应商地址", "中标（成交）金额"]] +
                                    [[str(k + 1), f"{w}有限公司", f"{content.PROVINCE}{w[:2]}市工业园{ar.randint(1, 99)}号", amount[k]]
                                     for k, w in enumerate(winners)]),
                          ("h", "四、主要标的信息"),
                          ("table", [["名称", "品牌", "规格型号", "数量", "单价"],
                                     [p["item"], ar.choice(content.MAKERS), ar.choice(content.MODELS), f"{p['qty']}", f"{ar.randint(8, 40)}.{ar.randint(0, 99):02d}万元"]]),
                          ("h", "五、评审专家名单"), ("p", "、".join(content.person(ar) for _ in range(5))),
                          ("h", "六、代理服务收费标准及金额"), ("p", f"参照国家计委计价格〔2002〕1980号文件收取，金额：{ar.randint(8000, 46000)}元。"),
                          ("h", "七、公告期限"), ("p", "自本公告发布之日起1个工作日。"),
                          ("h", "八、凡对本次公告内容提出询问，请按以下方式联系"),
                          ("ol", [f"采购人信息　名称：{p['buyer']}　联系方式：{p['tel']}", f"采购代理机构信息　名称：{p['agent']}"])]
                summary = [("采购项目名称", p["name"]), ("品目", f"货物/交通运输设备/{p['item']}"), ("采购单位", p["buyer"]),
                           ("行政区域", p["city"]), ("公告时间", cn_dt(when)), ("本项目招标公告日期", cn_d(tender_day)),
                           ("中标日期", cn_d(award_day)), ("总中标金额", f"￥{sum(float(x[:-2]) for x in amount):.2f}万元（人民币）"),
                           ("代理机构名称", p["agent"])]
            a = Art(i, 0, ch, title, blocks, when)
            a.extra.update(proj=p, summary=summary, src_shown=ar.choice(content.TN_CENTERS) if fwd else SITE)
            a.source = a.extra["src_shown"] if fwd else None
            arts.append(a)
    for ch in CHANNELS:
        for j, a in enumerate(sorted([x for x in arts if x.ch is ch], key=lambda x: x.when)):
            a.aid = 2300103 + j * 4117 + len(ch.key) * 311 + (j * j) % 13
            a.url = f"{DIRS[ch.key]}{a.when:%Y%m}/t{a.when:%Y%m%d}_{a.aid}.htm"
            a.page_urls = [a.url]
    newest = sorted(arts, key=lambda x: (x.when, x.aid), reverse=True)
    by_ch = {ch.key: [a for a in newest if a.ch is ch] for ch in CHANNELS}

    nav = [("/", "首页")] + [(DIRS[c.key] + "index.htm", c.name) for c in CHANNELS] + [("/cgyx/index.htm", "采购意向")]

    def head(title: str, here: str) -> str:
        return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>
<link rel="stylesheet" href="{rel_href(here, '/css/vF.css')}">
</head>
<body>
<div class="vT_header"><div class="logo"><a href="{rel_href(here, '/index.htm')}"><img src="{rel_href(here, '/images/logo.png')}" alt="{SITE}"></a></div>
<div class="vT_nav"><ul>{"".join(f'<li><a href="{rel_href(here, u if u != "/" else "/index.htm")}">{t}</a></li>' for u, t in nav)}</ul></div></div>
<div class="vT_main">
"""

    def foot() -> str:
        return f"""</div>
<div class="vT_footer"><p>主办单位：{OPERATOR}　承办单位：{OPERATOR}政府采购监督管理处</p><p>沅ICP备05002331号　技术支持电话：0738-88123300</p></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ articles
    for a in arts:
        here = a.url
        crumb = (f'<div class="vF_crumb">当前位置：<a href="{rel_href(here, "/index.htm")}">首页</a> &raquo; '
                 f'<a href="index.htm">{a.ch.name}</a></div>').replace('href="index.htm"', f'href="{rel_href(here, DIRS[a.ch.key] + "index.htm")}"')
        if a.ch.key == "cgdt":
            same = by_ch["cgdt"]
            rr = random.Random(f"{seed}:{NAME}:rel:{a.aid}")
            a.related = sorted(rr.sample([x for x in same if x is not a], 4), key=lambda x: (x.when, x.aid), reverse=True)
            bits = [f"发布时间：{a.when:%Y-%m-%d}", f"来源：{esc(a.extra['src_shown'])}"] + ([f"作者：{esc(a.author)}"] if a.author else []) + [f"浏览次数：{a.views}"]
            top = f'<p class="tc">{"　".join(bits)}</p>'
            summary = ""
            xg = '<div class="xgxw"><h4>相关新闻</h4><ul>' + "".join(
                f'<li><a href="{rel_href(here, x.url)}">{esc(x.title)}</a><span>{x.when:%Y-%m-%d}</span></li>' for x in a.related) + "</ul></div>"
            shown, at, vdisp = f"{a.when:%Y-%m-%d}", None, f"浏览次数：{a.views}"
        else:
            src = (f'<a href="{rel_href(here, "/index.htm")}">{SITE}</a>' if a.source is None else esc(a.source))
            top = (f'<p class="tc"><span id="pubTime">{cn_dt(a.when)}</span>　<span>来源：{src}</span>　'
                   '<a href="javascript:window.print()">【打印】</a> <a href="javascript:void(0)" id="showSummary">【显示公告概要】</a></p>')
            summary = ('<div class="table"><table><tr><td colspan="4"><b>公告概要：</b></td></tr>' + "".join(
                f'<tr><td class="title">{k}</td><td colspan="3">{esc(v)}</td></tr>' for k, v in a.extra["summary"]) + "</table></div>")
            xg = ""
            shown, at, vdisp = cn_dt(a.when), a.when.isoformat(), None
        html = head(f"{a.title}_{a.ch.name}_{SITE}", here) + f"""{crumb}
<div class="vF_detail_main">
<div class="vF_detail_header"><h2 class="tc">{esc(a.title)}</h2>
{top}</div>
{summary}
<div class="vF_detail_content_container"><div class="vF_detail_content">
{render(a.blocks)}
</div></div>
{xg}
</div>
""" + foot()
        site.add(a.url, html)
        site.article_row(a, content.paragraphs(a.blocks), published_date=iso_date(a.when), published_at=at, published_display=shown,
                         views_display=vdisp, views_approx=False,
                         related=[{"title": x.title, "url": x.url, "date": iso_date(x.when), "views": None} for x in a.related])

    # ------------------------------------------------------------------ 项目档案 (no articles)
    for _j, i in sorted(pairs.items()):
        zb, zhb = by_ch["gkzb"], by_ch["zbgg"]
        t = next(x for x in zb if x.extra["proj"] is projs["gkzb"][i])
        w = next(x for x in zhb if x.extra["proj"] is projs["gkzb"][i])
        p = t.extra["proj"]
        url = f"/xmda/{p['code']}.htm"
        site.add(url, head(f"{p['name']}_项目档案_{SITE}", url) + f"""<div class="vF_detail_main"><div class="vF_detail_header"><h2 class="tc">{esc(p['name'])}</h2>
<p class="tc">项目编号：{p['code']}　采购单位：{esc(p['buyer'])}</p></div>
<div class="table"><table><tr><th>阶段</th><th>公告</th><th>发布时间</th></tr>
<tr><td>采购公告</td><td><a href="{rel_href(url, t.url)}">{esc(t.title)}</a></td><td>{t.when:%Y-%m-%d}</td></tr>
<tr><td>结果公告</td><td><a href="{rel_href(url, w.url)}">{esc(w.title)}</a></td><td>{w.when:%Y-%m-%d}</td></tr>
<tr><td>合同公告</td><td>暂无</td><td></td></tr></table></div></div>
""" + foot())
        site.non_articles.append({"url": url, "reason": "项目档案 (a project's table of notices, no text)"})
        for x in (t, w):
            x.extra["xmda"] = url
    yr = random.Random(f"{seed}:{NAME}:yx")
    rows = "".join(f"<tr><td>{k + 1}</td><td>{esc(yr.choice(content.TN_BUYERS))}</td><td>{esc(yr.choice(content.TN_ITEMS))}</td>"
                   f"<td>{yr.randint(20, 900)}万元</td><td>2026年{yr.randint(12, 12)}月</td></tr>" for k in range(12))
    site.add("/cgyx/index.htm", head(f"采购意向_{SITE}", "/cgyx/index.htm") + f"""<div class="vF_detail_main"><div class="vF_detail_header"><h2 class="tc">2026年12月政府采购意向公开</h2>
<p class="tc">发布时间：2026-11-15　来源：{OPERATOR}</p></div>
<div class="table"><table><tr><th>序号</th><th>采购单位</th><th>采购项目</th><th>预算</th><th>预计采购时间</th></tr>{rows}</table></div></div>
""" + foot())
    site.non_articles.append({"url": "/cgyx/index.htm", "reason": "采购意向 (a dated table of planned purchases, no text)"})

    # ------------------------------------------------------------------ lists
    for ch in CHANNELS:
        chunks = paginate(by_ch[ch.key], PER_PAGE)
        base = DIRS[ch.key]
        urls = [base + "index.htm"] + [f"{base}index_{k}.htm" for k in range(1, len(chunks))]
        for k, chunk in enumerate(chunks):
            items = ""
            for pos, x in enumerate(chunk, 1):
                d = f"{x.when:%Y-%m-%d %H:%M}" if ch.key != "cgdt" else f"{x.when:%Y-%m-%d}"
                more = (f'<em>采购人：{esc(x.extra["proj"]["buyer"])}</em><em>{esc(x.extra["proj"]["city"])}</em>' if ch.key != "cgdt" else "")
                items += f'<li><a href="{rel_href(urls[k], x.url)}" target="_blank">{esc(x.title)}</a><em>{d}</em>{more}</li>'
                site.listing(urls[k], pos, x, iso_date(x.when), d, category=ch.name)
            pager = ""
            if len(chunks) > 1:
                pager = ('<p class="pager">' + "".join(f"<span>{m + 1}</span>" if m == k else f'<a href="{rel_href(urls[k], urls[m])}">{m + 1}</a>'
                                                      for m in range(len(chunks))) +
                         f'<script>createPageHTML({len(chunks)}, {k}, "index", "htm");</script></p>')
            site.add(urls[k], head(f"{ch.name}_{SITE}", urls[k]) + f"""<div class="vF_crumb">当前位置：<a href="{rel_href(urls[k], '/index.htm')}">首页</a> &raquo; {ch.name}</div>
<div class="vT_list"><h3>{ch.name}</h3><ul class="c_list_bid">{items}</ul>{pager}</div>
""" + foot())
            site.list_pages.append({"url": urls[k], "aliases": []})

    # ------------------------------------------------------------------ home, 404, robots
    def box(ch: Channel) -> str:
        return (f'<div class="box"><h3><a href="{DIRS[ch.key][1:]}index.htm">{ch.name}</a></h3><ul>' +
                "".join(f'<li><a href="{x.url[1:]}">{esc(x.title)}</a><span>{x.when:%m-%d}</span></li>' for x in by_ch[ch.key][:8]) + "</ul></div>")
    home = head(f"{SITE}", "/index.htm") + f"""{"".join(box(c) for c in CHANNELS)}
<div class="box"><h3>项目档案</h3><ul>{"".join(f'<li><a href="xmda/{projs["gkzb"][i]["code"]}.htm">{esc(projs["gkzb"][i]["name"])}</a></li>' for i in sorted(pairs.values()))}</ul></div>
<div class="box"><h3>终止公告</h3><ul><li><a href="{DEAD[1:]}">棠溪市环境卫生管理处环卫清扫车采购项目公开招标公告（已终止）</a></li></ul></div>
""" + foot()
    site.add("/index.htm", home)
    site.add("/index.html", home)
    site.non_articles.append({"url": "/", "reason": "home page (also /index.htm)"})
    site.rejects.append({"url": DEAD, "reason": "HTTP 404 (a terminated tender's notice, removed, still linked from the home page)"})
    site.add("/404.html", f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{SITE}</title></head>'
                          '<body><p>您访问的页面不存在或已删除。</p><a href="/">返回首页</a></body></html>\n')
    site.raw["/robots.txt"] = b"User-agent: *\nDisallow: /search/\nDisallow: /attach/\n"
    return site


"""Deterministic generator of the bundled sample portal (汽配网 国内最专业的汽配B2B商务网).

``generate(out_dir, n_articles=28, seed=7)`` writes ``out_dir/www/…`` and ``out_dir/truth.json``
and returns the truth dict. Stdlib only; same arguments give byte-identical output.

Layout (paths relative to ``www/``):

- ``index.html`` home page (latest articles + 编辑推荐 with the duplicate URL)
- ``news/list_N.html`` 新闻中心 list pages (UTF-8, dates split as day + ``May2025``)
- ``news/show-ID.html`` UTF-8 articles; ``news/show-1005.html`` + ``show-1005_2.html`` is the
  two-page article; ``news/show-1007_copy.html`` duplicates ``news/show-1007.html``
  (both carry ``<link rel="canonical" href="show-1007.html">``)
- ``hangye/list_N.html`` and ``hangye/YYYY/MMDD/ID.html`` 行业动态, GBK bytes declared gb2312
- ``about.html``, ``contact.html``, ``member/login.html``, ``print/1002.html`` (robots-disallowed)
- ``robots.txt``, ``static/css/style.css``

CLI: ``python -m tools.generate_sample_portal OUT_DIR --articles N [--seed S]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import math
import posixpath
import random
import shutil
from pathlib import Path

SITE_NAME = "汽配网"
SLOGAN = "国内最专业的汽配B2B商务网"
CRAWL_TIME = "2026-11-28T10:00:00+08:00"
TZ = "+08:00"

SPLIT_ID = 1005
DUP_ID = 1007
PRINT_ID = 1002
MIN_ARTICLES = 8

CHANNELS = {
    "news": {"name": "新闻中心", "encoding": "utf-8", "declared": "utf-8"},
    "hangye": {"name": "行业动态", "encoding": "gbk", "declared": "gb2312"},
}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
OFFSITE = [
    ("http://www.qipei-partner.example/", "汽配联盟网"),
    ("http://www.lingbujian-daily.example/", "零部件日报"),
    ("https://www.ev-supply.example/", "新能源供应链"),
    ("http://www.tyre-world.example/", "轮胎世界"),
]
AD_HOST = "http://ad.adnet-partner.example/click"

# ---------------------------------------------------------------- vocabulary (all invented)
COMPANIES = [
    "宏远制动", "鼎泰轮胎", "万驰滤清器", "恒达蓄电池", "凯拓汽配", "博锐科技", "瑞丰橡塑", "华拓动力",
    "远航车灯", "金铎底盘", "通衡传感", "永川线束", "东嘉减震", "盛昌轴承", "启明电驱", "安衡热管理",
]
PLATFORMS = ["汽配云仓", "车易购", "配件猫", "途修商城", "件件通"]
CHAINS = ["车管家养护", "途安快修", "驰骋车服", "易修堂", "铁骑养车"]
BRANDS = ["KELTA", "VORSA", "驰安", "ZENTO", "途乐", "NAVIX", "凌拓", "博锐"]
CITIES = ["广州", "襄阳", "十堰", "芜湖", "台州", "瑞安", "柳州", "长春", "郑州", "成都", "宁波", "重庆"]
PROVINCES = ["浙江", "广东", "江苏", "山东", "湖北", "四川", "安徽", "河北"]
MARKETS = ["中东", "拉美", "东南亚", "中亚", "非洲", "东欧"]
PARTS = [
    "刹车片", "制动盘", "轮胎", "机油滤清器", "空气滤清器", "蓄电池", "火花塞", "雨刮器", "减震器",
    "转向拉杆", "氧传感器", "离合器片", "燃油泵", "轮毂轴承", "车灯总成", "正时皮带",
]
EV_PARTS = ["动力电池包", "电驱总成", "车载充电机", "热管理模块", "碳化硅电控", "高压线束"]
PRODUCTS = ["行车记录仪", "胎压监测器", "车载充气泵", "应急启动电源", "车载吸尘器", "电动洗车机"]
PEOPLE = ["陈静", "王磊", "刘洋", "赵敏", "孙浩", "周婷", "吴刚", "郑华", "冯雪", "何平", "林涛", "罗燕"]
SOURCES = ["汽配网", "零部件周刊", "后市场参考", "汽配产业观察", "新能源车链", "汽配网综合"]
EDITORS = ["qpw_lina", "autoedit01", "qpw_zhangm", "ironwheel", "王喆", "qpw_chen", "李堃", "roadrunner"]
GBK_ONLY_AUTHOR = "刘堃"  # 堃 is in GBK but not in GB2312
GBK_ONLY_COMPANY = "宏昇制动"  # 昇 likewise

COMMENTARY = [
    "从行业层面看，自主零部件企业近年来持续加大产能投入，一方面是为了承接新能源车型快速放量带来的配套需求，"
    "另一方面也是为了在海外市场竞争中形成规模和成本优势。",
    "业内人士分析，随着国内汽车保有量突破新高，平均车龄持续上升，维修保养需求稳步释放，"
    "独立售后市场的规模有望继续扩大。",
    "有分析师指出，原材料价格波动和物流成本仍是零部件企业面临的主要压力，企业需要通过精益生产和数字化管理来消化成本。",
    "记者在走访中了解到，不少经销商已开始借助线上订货平台管理库存，周转效率较传统模式提升明显。",
    "多位受访企业负责人表示，未来将把更多研发资源投向电动化和智能化产品，同时巩固传统品类的质量口碑。",
    "据了解，相关行业协会也在推动建立统一的产品追溯体系，以便消费者和维修企业辨别配件来源。",
    "从渠道端来看，县域市场的快修门店数量仍在增长，对高性价比品牌配件的需求尤为旺盛。",
    "业内普遍认为，质量稳定、供货及时和完善的技术培训，是配件品牌赢得维修厂信任的关键。",
]
FAIR_HIGHLIGHTS = [
    "新能源三电系统专区集中展示电池、电机、电控配套产品",
    "智能诊断设备现场演示，维修技师可体验故障快速定位",
    "跨境电商服务区提供海外仓、物流和结算一站式对接",
    "再制造零部件展区首次亮相，涵盖发动机、变速箱和起动机",
    "主办方组织采购商对接会，预计达成意向订单超过百亿元",
    "轮胎及底盘件展区面积同比扩大三成",
]
REVIEW_ADV = ["夜视清晰度出色 停车监控更省电", "操作简单 细节做工扎实", "续航表现超出预期", "性价比突出 适合家用",
              "数据准确 安装十分方便", "体积小巧 功率却不含糊"]
REVIEW_FEATURES = ["支持语音控制", "支持手机互联", "自带数显屏", "支持快充", "防水等级IP67"]


def _pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


# ---------------------------------------------------------------- topic templates
# Each returns (title, subtitle_lines, category, blocks, brand). Blocks are ("p", text),
# ("lead", text) (rendered bold), ("table", rows; first row is the header) or ("ul", items).


def _t_factory(rng, year):
    co, city = _pick(rng, COMPANIES), _pick(rng, CITIES)
    part, part2 = rng.sample(PARTS, 2)
    n, inv, pct, land = rng.randint(50, 900), round(rng.uniform(3, 60), 1), rng.randint(20, 90), rng.randint(200, 1200)
    boss, done = _pick(rng, PEOPLE), year + rng.randint(1, 2)
    blocks = [
        ("p", f"近日，{co}位于{city}的智能制造基地项目传来新进展。项目负责人介绍，目前主体建设进度已完成{pct}%，"
              f"钢结构厂房已基本吊装完毕，预计将于{done}年二季度完成设备安装调试。"),
        ("p", f"{co}总经理{boss}表示，近两年公司在主机厂配套和独立售后市场的订单均保持增长，现有产能已接近饱和。"
              f"“新基地投产后，我们会把高端产品线集中到{city}，原有厂区则转向出口订单的柔性生产。”"),
        ("lead", "项目基本情况一览："),
        ("table", [["项目", "内容"], ["总投资", f"{inv}亿元"], ["规划用地", f"{land}亩"],
                   ["主要产品", f"{part}、{part2}"], ["设计产能", f"{part}{n}万套/年"], ["计划投产", f"{done}年"]]),
        ("p", _pick(rng, COMMENTARY)),
    ]
    title = f"{co}{city}新基地开工 年产{n}万套{part}项目落地"
    return title, [f"总投资约{inv}亿元 预计{done}年投产"], "新闻", blocks, None


def _t_recall(rng, year):
    co, part = _pick(rng, COMPANIES), _pick(rng, ["轮胎", "刹车片", "制动软管", "轮毂轴承", "燃油泵", "蓄电池"])
    n, b = rng.randint(800, 30000), rng.randint(2, 4)
    items = [f"批次{chr(65 + k)}{rng.randint(100, 999)}：生产日期{year - 1}年{rng.randint(1, 12)}月" for k in range(b)]
    blocks = [
        ("p", f"日前，{co}向市场监管部门备案了召回计划，决定召回部分{part}产品，共计{n}件。"),
        ("p", f"本次召回范围内的{part}由于生产过程中工艺参数控制不当，在长时间高负荷工况下可能出现性能衰减，存在安全隐患。"),
        ("lead", "召回涉及的生产批次："),
        ("ul", items),
        ("p", f"{co}将通过授权经销商为用户免费检查并更换召回范围内的产品，用户也可拨打客服热线400-000-{rng.randint(1000, 9999)}咨询。"),
    ]
    return f"{co}召回{n}件{part} 涉及{b}个生产批次", [], "新闻", blocks, None


def _t_fair(rng, year):
    city, k, n = _pick(rng, CITIES), rng.randint(8, 40), rng.randint(200, 2600)
    area = round(rng.uniform(3, 20), 1)
    blocks = [
        ("p", f"第{k}届{city}国际汽配博览会日前开幕，来自国内外的{n}余家企业参展，展览面积约{area}万平方米。"),
        ("lead", "本届展会亮点："),
        ("ul", rng.sample(FAIR_HIGHLIGHTS, rng.randint(3, 4))),
        ("p", f"组委会负责人{_pick(rng, PEOPLE)}介绍，今年专业观众预登记人数同比增长{rng.randint(5, 40)}%，"
              f"其中海外采购商占比明显提升。"),
        ("p", _pick(rng, COMMENTARY)),
    ]
    sub = [f"展览面积{area}万平方米 新能源展区首次独立设馆"] if rng.random() < 0.6 else []
    return f"第{k}届{city}国际汽配博览会开幕 {n}余家企业参展", sub, "新闻", blocks, None


def _t_export(rng, year):
    prov, market, pct = _pick(rng, PROVINCES), _pick(rng, MARKETS), round(rng.uniform(3, 35), 1)
    rows = [["品类", "出口额（亿元）", "同比"]]
    for part in rng.sample(PARTS, 3):
        rows.append([part, f"{rng.uniform(5, 90):.1f}", f"{rng.uniform(-5, 40):+.1f}%"])
    blocks = [
        ("p", f"据海关统计，{prov}今年前{rng.randint(3, 10)}个月汽车零部件出口额同比增长{pct}%，增速高于全国平均水平。"),
        ("p", f"从市场分布看，{market}市场增长最快，成为拉动出口的新引擎，传统欧美市场保持平稳。"),
        ("table", rows),
        ("p", _pick(rng, COMMENTARY)),
    ]
    return f"{prov}汽配出口额同比增长{pct}% {market}市场成新引擎", [], "新闻", blocks, None


def _t_fake(rng, year):
    plat, n, part = _pick(rng, PLATFORMS), rng.randint(50, 900), _pick(rng, PARTS)
    removed = rng.randint(500, 9000)
    blocks = [
        ("p", f"{plat}日前宣布，成立由{n}人组成的“打假特战营”，专职配合监管部门、品牌权利人开展线下打假。"),
        ("p", f"{plat}负责人{_pick(rng, PEOPLE)}表示，假冒{part}不仅损害品牌利益，更直接威胁行车安全，"
              f"平台将利用交易数据分析锁定售假线索。"),
        ("p", f"据介绍，今年以来平台已累计下架涉嫌假冒的{part}商品链接{removed}条，并向执法部门移交线索{rng.randint(20, 300)}条。"),
        ("p", _pick(rng, COMMENTARY)),
        ("p", "下一步，平台还将联合行业协会建立配件真伪查询通道，方便维修企业和车主核验。"),
    ]
    sub = ["专职团队协同多地监管部门线下取证", "涉假线索第一时间移交执法部门处理"]
    return f"{plat}设{n}人“打假特战营” 重拳整治假冒{part}", sub, "新闻", blocks, None


def _t_ev(rng, year):
    co, ev, pct = _pick(rng, COMPANIES), _pick(rng, EV_PARTS), rng.randint(8, 35)
    blocks = [
        ("p", f"{co}近日发布新一代{ev}产品，核心指标较上一代提升{pct}%，将率先配套多家自主品牌新能源车型。"),
        ("p", f"据{co}研发负责人{_pick(rng, PEOPLE)}介绍，新产品在结构设计上实现了集成化，零部件数量减少约{rng.randint(10, 40)}%。"),
    ]
    if rng.random() < 0.5:
        blocks += [("lead", "主要参数："), ("table", [
            ["参数", "数值"], ["额定功率", f"{rng.randint(60, 250)}kW"], ["重量", f"{rng.randint(30, 420)}kg"],
            ["工作温度", f"-{rng.randint(20, 40)}℃～{rng.randint(55, 85)}℃"], ["防护等级", "IP67"]])]
    blocks.append(("p", _pick(rng, COMMENTARY)))
    return f"{co}发布新一代{ev} 核心指标提升{pct}%", [], "新闻", blocks, None


def _t_review(rng, year):
    brand, product = _pick(rng, BRANDS), _pick(rng, PRODUCTS)
    model = f"{_pick(rng, 'DSVXQ')}{rng.randint(2, 9)}{_pick(rng, ['', 's', ' Pro', ' Max'])}"
    price = rng.randint(99, 1299)
    blocks = [
        ("p", f"最近我们拿到了{brand}新推出的{model}{product}，官方售价{price}元，主打{_pick(rng, REVIEW_FEATURES)}。"),
        ("lead", "主要参数："),
        ("table", [["参数", "数值"], ["尺寸", f"{rng.randint(60, 200)}×{rng.randint(40, 120)}×{rng.randint(20, 60)}mm"],
                   ["重量", f"{rng.randint(80, 1500)}g"], ["供电方式", _pick(rng, ["点烟器", "内置锂电池", "USB-C"])],
                   ["质保", f"{rng.randint(1, 3)}年"]]),
        ("p", f"实际使用一周后，{model}的整体表现令人满意，{_pick(rng, REVIEW_ADV)}，日常通勤完全够用。"),
    ]
    if rng.random() < 0.6:
        blocks += [("lead", "优点："), ("ul", rng.sample(
            ["做工扎实，外观简洁", "安装便捷，无需改线", "App连接稳定", "待机功耗低", "说明书清晰易懂"], 3))]
    blocks.append(("p", f"总结：在{price}元价位上，{brand} {model}是一款值得考虑的{product}。"))
    sub = [f"售价{price}元 {_pick(rng, REVIEW_FEATURES)}"] if rng.random() < 0.5 else []
    return f"{brand} {model}{product}评测：{_pick(rng, REVIEW_ADV)}", sub, "评测", blocks, brand


def _t_earnings(rng, year):
    co, pct = _pick(rng, COMPANIES), round(rng.uniform(2, 45), 1)
    rev = rng.uniform(10, 300)
    blocks = [
        ("p", f"{co}日前发布{year - 1}年度业绩快报，全年实现营业收入{rev:.2f}亿元，同比增长{pct}%。"),
        ("table", [["指标", "金额（亿元）", "同比"], ["营业收入", f"{rev:.2f}", f"+{pct}%"],
                   ["净利润", f"{rev * rng.uniform(0.04, 0.12):.2f}", f"{rng.uniform(-10, 50):+.1f}%"]]),
        ("p", f"公司表示，业绩增长主要得益于海外业务拓展和{_pick(rng, PARTS)}等核心产品销量提升。"),
        ("p", _pick(rng, COMMENTARY)),
    ]
    return f"{co}发布{year - 1}年业绩快报 营收同比增长{pct}%", [], "新闻", blocks, None


def _t_chain(rng, year):
    chain, n = _pick(rng, CHAINS), rng.randint(100, 1500)
    blocks = [
        ("p", f"连锁快修品牌{chain}近日披露，今年以来已新开门店{n}家，其中超过六成位于三四线城市及县域市场。"),
        ("p", f"{chain}运营负责人{_pick(rng, PEOPLE)}表示，下沉市场车主对标准化服务和透明价格的需求正在快速增长。"),
        ("p", _pick(rng, COMMENTARY)),
        ("p", _pick(rng, COMMENTARY)),
    ]
    return f"连锁快修品牌{chain}年内新开{n}家门店 下沉市场成主战场", [], "新闻", blocks, None


def _t_standard(rng, year):
    part, m, k = _pick(rng, PARTS), rng.randint(1, 12), rng.randint(3, 6)
    changes = rng.sample(["耐磨性能测试周期延长", "新增高温工况试验", "有害物质限量收紧", "标识与追溯要求细化",
                          "噪声指标调整", "抽检比例提高"], k)
    blocks = [
        ("p", f"{part}新版推荐性行业标准将于{m}月起实施，共有{k}项关键指标作出调整。"),
        ("lead", "主要变化包括："),
        ("ul", changes),
        ("p", "标准起草单位表示，新版标准更加贴近实际使用工况，有助于提升售后市场产品的一致性。"),
    ]
    return f"{part}新版推荐标准{m}月起实施 {k}项关键指标调整", [], "新闻", blocks, None


TOPICS = [_t_factory, _t_recall, _t_fair, _t_export, _t_fake, _t_ev, _t_review, _t_earnings, _t_chain, _t_standard]

# ---------------------------------------------------------------- helpers


def _e(s) -> str:
    return html.escape(str(s), quote=True)


def _rel(target: str, source: str) -> str:
    """Page-relative href from the page at ``source`` to ``target`` (both relative to www/)."""
    return posixpath.relpath(target, posixpath.dirname(source) or ".")


def _block_texts(blocks) -> list[str]:
    out: list[str] = []
    for kind, val in blocks:
        if kind in ("p", "lead"):
            out.append(val)
        elif kind == "ul":
            out.extend(val)
        elif kind == "table":
            out.extend("\t".join(row) for row in val)
    return out


def _render_blocks(blocks) -> list[str]:
    out = []
    for kind, val in blocks:
        if kind == "p":
            out.append(f"<p>{_e(val)}</p>")
        elif kind == "lead":
            out.append(f"<p><strong>{_e(val)}</strong></p>")
        elif kind == "ul":
            out.append('<ul class="points">' + "".join(f"<li>{_e(x)}</li>" for x in val) + "</ul>")
        elif kind == "table":
            rows = []
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{_e(c)}</{tag}>" for c in row) + "</tr>")
            out.append('<table class="spec" border="1" cellspacing="0" cellpadding="5"><tbody>\n'
                       + "\n".join(rows) + "\n</tbody></table>")
    return out


def _display_time(rng: random.Random, when: dt.datetime) -> tuple[str, str]:
    """Return (display text, truth ISO value) in one of several realistic formats."""
    fmt = rng.choices(["min", "cn", "date", "sec"], weights=[4, 3, 2, 2])[0]
    if fmt == "min":
        return when.strftime("%Y-%m-%d %H:%M"), when.strftime("%Y-%m-%dT%H:%M:00") + TZ
    if fmt == "cn":
        return (f"{when.year}年{when.month:02d}月{when.day:02d}日 {when.hour:02d}:{when.minute:02d}",
                when.strftime("%Y-%m-%dT%H:%M:00") + TZ)
    if fmt == "date":
        return when.strftime("%Y-%m-%d"), when.strftime("%Y-%m-%d")
    return when.strftime("%Y-%m-%d %H:%M:%S"), when.strftime("%Y-%m-%dT%H:%M:%S") + TZ


# ---------------------------------------------------------------- page chrome


def _head(title: str, encoding: str, root: str, extra: str = "", description: str = "") -> str:
    if encoding == "gbk":
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    else:
        meta = '<meta charset="utf-8">'
    lines = [
        "<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", meta,
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
        f"<title>{_e(title)}</title>",
        '<meta name="keywords" content="汽配,汽车配件,汽配B2B,汽配新闻,汽配评测">',
    ]
    if description:
        lines.append(f'<meta name="description" content="{_e(description)}">')
    if extra:
        lines.append(extra)
    lines += [f'<link rel="stylesheet" href="{root}static/css/style.css">', "</head>", "<body>"]
    return "\n".join(lines)


def _top(root: str, active: str) -> str:
    nav = [("index.html", "首页", "home"), ("news/list_1.html", "新闻中心", "news"),
           ("hangye/list_1.html", "行业动态", "hangye"), ("about.html", "关于我们", "about"),
           ("contact.html", "联系我们", "contact")]
    on = ' class="on"'
    items = "".join(
        f'<li{on if key == active else ""}><a href="{root}{href}">{name}</a></li>' for href, name, key in nav
    )
    return "\n".join([
        f'<div class="topbar"><div class="wrap"><span class="fl">您好，欢迎来到{SITE_NAME}！'
        f'<a href="{root}member/login.html">[请登录]</a></span>'
        f'<span class="fr"><a href="{root}about.html">关于我们</a> | <a href="{root}contact.html">联系我们</a></span></div></div>',
        f'<div class="header wrap"><a class="logo" href="{root}index.html" title="{SITE_NAME}">{SITE_NAME}</a>'
        f'<div class="slogan"><strong>{SITE_NAME}</strong> <span>{SLOGAN}</span></div></div>',
        f'<div class="nav"><ul class="wrap">{items}</ul></div>',
    ])


def _footer(root: str) -> str:
    links = " ".join(f'<a href="{u}" target="_blank">{n}</a>' for u, n in OFFSITE)
    return "\n".join([
        '<div class="footer"><div class="wrap">',
        f'<p class="friend-links">友情链接：{links}</p>',
        f'<p class="foot-nav"><a href="{root}about.html">关于我们</a> | <a href="{root}contact.html">联系我们</a> | '
        f'<a href="{root}about.html#ad">广告服务</a></p>',
        f'<p class="copyright">Copyright &copy; 2008-2026 {SITE_NAME} 版权所有</p>',
        '<p class="icp">粤ICP备00000000号-1 粤公网安备00000000000000号</p>',
        "</div></div>", "</body>", "</html>", "",
    ])


def _hot(root_path: str, hot: list[dict]) -> str:
    items = [
        f'<li><i>{i}</i><a href="{_e(_rel(a["url"], root_path))}" title="{_e(a["title"])}">{_e(a["title"])}</a>'
        f'<span class="hot-views">{a["views"]}</span></li>'
        for i, a in enumerate(hot, 1)
    ]
    return '<div class="side-box hot-rank"><h3>热门排行</h3><ol>\n' + "\n".join(items) + "\n</ol></div>"


def _pager(cur: int, total: int, href) -> str:
    parts = []
    if cur > 1:
        parts.append(f'<a href="{href(1)}">首页</a>')
        parts.append(f'<a class="prev" href="{href(cur - 1)}">上一页</a>')
    for k in range(max(1, cur - 4), min(total, cur + 4) + 1):
        parts.append(f'<span class="cur">{k}</span>' if k == cur else f'<a href="{href(k)}">{k}</a>')
    if cur < total:
        parts.append(f'<a class="next" href="{href(cur + 1)}">下一页</a>')
        parts.append(f'<a href="{href(total)}">尾页</a>')
    return '<div class="pager">' + " ".join(parts) + "</div>"


# ---------------------------------------------------------------- pages


def _article_page(a: dict, page_no: int, page_path: str, arts: list[dict], hot: list[dict]) -> str:
    root = "../" * page_path.count("/")
    ch = CHANNELS[a["channel"]]
    n_pages = len(a["pages"])
    title = a["title"] + (f"({page_no})" if page_no > 1 else "")
    canonical = ""
    if a["aliases_dup"]:
        canonical = f'<link rel="canonical" href="{_e(_rel(a["url"], page_path))}">'
    desc = a["paragraphs"][0][:60] + ("…" if len(a["paragraphs"][0]) > 60 else "")
    out = [_head(f"{title}_{a['category']}_{SITE_NAME}", ch["encoding"], root, canonical, desc),
           _top(root, a["channel"])]
    list1 = f"{root}{a['channel']}/list_1.html"
    out.append(f'<div class="wrap crumb">当前位置：<a href="{root}index.html">首页</a> &gt; '
               f'<a href="{list1}">{ch["name"]}</a> &gt; 正文</div>')
    out.append('<div class="wrap main clearfix">\n<div class="col-main">\n<div class="article">')
    out.append(f'<h1 class="article-title">{_e(title)}</h1>')
    if a["subtitle_lines"]:
        out.append('<div class="subtitle">' + "".join(f"<p>{_e(s)}</p>" for s in a["subtitle_lines"]) + "</div>")
    meta = [f'<span class="pubtime">{_e(a["published_display"])}</span>',
            f'<span class="lbl">来源：</span><span class="source">{_e(a["source"])}</span>']
    if a["author"]:
        meta.append(f'<span class="lbl">作者：</span><span class="author">{_e(a["author"])}</span>')
    meta.append(f'<span class="views">阅读：<em>{a["views"]}</em></span>')
    meta.append(f'<span class="lbl">分类：</span><a class="category" href="{list1}">{_e(a["category"])}</a>')
    out.append('<div class="meta">' + " ".join(meta) + "</div>")
    out.append('<div class="content" id="content">')
    blocks = a["page_blocks"][page_no - 1]
    rendered = _render_blocks(blocks)
    if a["content_ad"] and page_no == 1 and len(rendered) > 2:
        rendered.insert(2, f'<div class="content-ad"><a href="{AD_HOST}?id={a["id"]}" target="_blank">'
                           f'【广告】汽配展位火热招商中，立即咨询</a></div>')
    out += rendered
    if n_pages > 1:
        def href(k: int) -> str:
            return posixpath.basename(a["pages"][k - 1])
        parts = []
        if page_no > 1:
            parts.append(f'<a class="prev" href="{href(page_no - 1)}">上一页</a>')
        for k in range(1, n_pages + 1):
            parts.append(f'<span class="cur">{k}</span>' if k == page_no else f'<a href="{href(k)}">{k}</a>')
        if page_no < n_pages:
            parts.append(f'<a class="next" href="{href(page_no + 1)}">下一页</a>')
        out.append('<div class="pages">' + " ".join(parts) + "</div>")
    out.append(f'<p class="editor">责任编辑:{_e(a["editor"])}</p>')
    out.append("</div>")
    out.append(f'<div class="art-act"><a class="comment-num" href="#comments" title="评论数">{a["comments"]}</a></div>')
    share = '<div class="share">分享到：<a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a> ' \
            '<a href="javascript:;" class="qz">QQ空间</a>'
    if a["print"]:
        share += f' <a class="print" href="{root}{a["print"]}" target="_blank">打印</a>'
    out.append(share + "</div>")
    out.append(f'<div class="ad-banner"><a href="{AD_HOST}?pos=art" target="_blank">下载{SITE_NAME}APP，看更多汽配资讯</a></div>')
    out.append("</div>")
    # related block
    out.append('<div class="related">\n<div class="related-hd"><h3>相关新闻</h3>'
               f'<a class="more" href="{list1}">更多&gt;&gt;</a></div>\n<ul class="related-list">')
    for r in a["related"]:
        t = arts[r["_idx"]]
        d = t["date"]
        item = [
            '<li class="rel-item">',
            f'<div class="rel-title"><a href="{_e(_rel(t["url"], page_path))}" target="_blank">{_e(t["title"])}</a> '
            f'<span class="rel-cat">{_e(t["category"])}</span></div>',
            f'<div class="rel-time"><span class="rel-day">{d.day:02d}</span>'
            f'<span class="rel-month">{MONTHS[d.month - 1]}{d.year}</span></div>',
        ]
        if t["brand"]:
            item.append(f'<div class="rel-tag">{_e(t["brand"])}</div>')
        item += [f'<div class="rel-views">{t["views"]}</div>', "</li>"]
        out.append("\n".join(item))
    out.append("</ul>\n</div>")
    out.append(f'<div class="comments" id="comments"><h3>网友评论</h3><p class="tip">请<a href="{root}member/login.html">'
               f"登录</a>后发表评论</p></div>")
    out.append("</div>")
    out.append('<div class="col-side">\n' + _hot(page_path, hot) + "\n</div>\n</div>")
    out.append(_footer(root))
    return "\n".join(out)


def _list_entry(t: dict, page_path: str, href: str, date_style: str) -> str:
    d = t["date"]
    if date_style == "split":
        date = f'<span class="day">{d.day:02d}</span><span class="month">{MONTHS[d.month - 1]}{d.year}</span>'
    else:
        date = f'<span class="date">{d:%Y-%m-%d}</span>'
    return (f'<li><a class="t" href="{_e(href)}" target="_blank">{_e(t["title"])}</a> '
            f'<span class="cat">{_e(t["category"])}</span> {date} <span class="views">{t["views"]}</span></li>')


def _list_truth(t: dict, href: str) -> dict:
    return {"title": t["title"], "url": t["url"], "href": href, "category": t["category"],
            "date": f"{t['date']:%Y-%m-%d}", "published_date": f"{t['date']:%Y-%m-%d}", "published_at": None,
            "views": t["views"]}


def _simple_page(path: str, title: str, body: str, hot: list[dict] | None = None, robots_meta: bool = False) -> str:
    root = "../" * path.count("/")
    extra = '<meta name="robots" content="noindex,nofollow">' if robots_meta else ""
    out = [_head(f"{title}_{SITE_NAME}", "utf-8", root, extra), _top(root, path.removesuffix(".html")),
           f'<div class="wrap crumb">当前位置：<a href="{root}index.html">首页</a> &gt; {_e(title)}</div>',
           '<div class="wrap main clearfix">\n<div class="col-main">', body, "</div>"]
    if hot:
        out.append('<div class="col-side">\n' + _hot(path, hot) + "\n</div>")
    out += ["</div>", _footer(root)]
    return "\n".join(out)


CSS = """body{margin:0;font:14px/1.7 "Microsoft YaHei",SimSun,sans-serif;color:#333}
a{color:#333;text-decoration:none}a:hover{color:#c00}
.wrap{width:1200px;margin:0 auto}.fl{float:left}.fr{float:right}.clearfix:after{content:"";display:block;clear:both}
.topbar{background:#f5f5f5;height:30px;line-height:30px;font-size:12px}
.header{height:80px}.logo{font-size:30px;font-weight:bold;color:#c00;float:left;margin-top:15px}
.slogan{float:left;margin:28px 0 0 20px}.nav{background:#c00}.nav li{display:inline-block;list-style:none}
.nav a{color:#fff;padding:0 20px;line-height:40px}.crumb{margin:10px auto;font-size:12px}
.col-main{float:left;width:860px}.col-side{float:right;width:310px}
.article-title{font-size:24px;text-align:center}.subtitle{text-align:center;color:#666}
.meta{text-align:center;color:#999;font-size:12px;border-bottom:1px dashed #ddd}.meta span{margin:0 6px}
.content p{text-indent:2em}.spec{border-collapse:collapse;margin:10px auto}.editor{text-align:right;color:#999}
.related-list li{list-style:none;border-bottom:1px solid #eee;overflow:hidden}
.rel-title{float:left;width:560px}.rel-time,.rel-tag,.rel-views{float:left;width:80px;color:#999}
.news-list li{list-style:none;line-height:32px;border-bottom:1px dotted #ddd}.news-list span{margin-left:8px;color:#999}
.pager,.pages{text-align:center;margin:20px 0}.pager a,.pager span,.pages a,.pages span{padding:3px 8px;border:1px solid #ddd}
.footer{background:#333;color:#aaa;text-align:center;padding:20px 0;margin-top:30px}.footer a{color:#ccc}
"""

ROBOTS = """User-agent: *
Disallow: /print/
Disallow: /member/
Disallow: /search/
"""


# ---------------------------------------------------------------- model


def _build_articles(rng: random.Random, n: int) -> list[dict]:
    start = dt.datetime(2024, 3, 1, 0, 0, 0)
    span = int((dt.datetime(2026, 11, 20) - start).total_seconds())
    stamps = sorted(rng.randrange(span) for _ in range(n))
    arts: list[dict] = []
    first_hangye = True
    for i in range(n):
        aid = 1001 + i
        when = start + dt.timedelta(seconds=stamps[i])
        if not 7 <= when.hour <= 22:
            when = when.replace(hour=7 + when.hour % 16)
        channel = "hangye" if i % 3 == 2 and aid not in (SPLIT_ID, DUP_ID, PRINT_ID) else "news"
        topic = _pick(rng, TOPICS)
        title, sub, category, blocks, brand = topic(rng, when.year)
        blocks = list(blocks)
        display, published = _display_time(rng, when)
        author = _pick(rng, PEOPLE) if rng.random() < 0.7 else None
        if channel == "hangye" and first_hangye:
            # guarantee a GBK-but-not-GB2312 character on a GBK page
            first_hangye = False
            author = GBK_ONLY_AUTHOR
            blocks.insert(1, ("p", f"据悉，{GBK_ONLY_COMPANY}等同行企业也已启动相关产品的自查工作。"))
        if aid == SPLIT_ID:
            while len(blocks) < 6:
                blocks.append(("p", COMMENTARY[len(blocks) % len(COMMENTARY)]))
        url = f"news/show-{aid}.html" if channel == "news" else f"hangye/{when:%Y}/{when:%m%d}/{aid}.html"
        pages = [url]
        page_blocks = [blocks]
        if aid == SPLIT_ID:
            half = (len(blocks) + 1) // 2
            pages = [url, url.replace(".html", "_2.html")]
            page_blocks = [blocks[:half], blocks[half:]]
        views = rng.choice([rng.randint(20, 500), rng.randint(20, 500), rng.randint(500, 5000), rng.randint(5000, 20000)])
        arts.append({
            "id": aid, "channel": channel, "url": url, "pages": pages, "page_blocks": page_blocks,
            "title": title, "subtitle_lines": sub, "category": category, "brand": brand,
            "blocks": blocks, "paragraphs": _block_texts(blocks),
            "date": when.date(), "published": published, "published_display": display,
            "author": author, "editor": _pick(rng, EDITORS), "source": _pick(rng, SOURCES),
            "views": views, "comments": 0 if rng.random() < 0.6 else rng.randint(1, 48),
            "content_ad": rng.random() < 0.3, "aliases_dup": [],
            "print": f"print/{aid}.html" if aid == PRINT_ID else None,
        })
    for a in arts:
        if a["id"] == DUP_ID:
            a["aliases_dup"] = [a["url"].replace(".html", "_copy.html")]
    # related entries: other articles, newest first
    for i, a in enumerate(arts):
        k = min(rng.randint(6, 12), n - 1)
        picks = [j for j in rng.sample(range(n), min(n, k + 1)) if j != i][:k]
        picks.sort(key=lambda j: (arts[j]["date"], arts[j]["id"]), reverse=True)
        a["related"] = [{"_idx": j} for j in picks]
    return arts


def _truth_article(a: dict, arts: list[dict]) -> dict:
    related = []
    for r in a["related"]:
        t = arts[r["_idx"]]
        related.append({"title": t["title"], "url": t["url"], "category": t["category"],
                        "date": f"{t['date']:%Y-%m-%d}", "published_date": f"{t['date']:%Y-%m-%d}",
                        "published_at": None, "views": t["views"], "tag": t["brand"]})
    ch = CHANNELS[a["channel"]]
    return {
        "url": a["url"], "aliases": a["aliases_dup"] + a["pages"][1:], "pages": a["pages"],
        "title": a["title"], "subtitle": " ".join(a["subtitle_lines"]) or None,
        "subtitle_lines": a["subtitle_lines"], "paragraphs": a["paragraphs"], "body_text": "\n".join(a["paragraphs"]),
        "published": a["published"], "published_display": a["published_display"],
        "published_date": a["published"][:10], "published_at": a["published"] if "T" in a["published"] else None,
        "author": a["author"], "editor": a["editor"], "source": a["source"], "category": a["category"],
        "channel": ch["name"], "views": a["views"], "comments": a["comments"], "related": related,
        "charset_declared": ch["declared"], "encoding": ch["encoding"],
    }


# ---------------------------------------------------------------- main entry


def generate(out_dir: Path, n_articles: int = 28, seed: int = 7) -> dict:
    """Write the portal into ``out_dir/www`` plus ``out_dir/truth.json``; return the truth dict."""
    if n_articles < MIN_ARTICLES:
        raise ValueError(f"n_articles must be >= {MIN_ARTICLES}")
    out_dir = Path(out_dir)
    www = out_dir / "www"
    if www.exists():
        shutil.rmtree(www)
    rng = random.Random(seed)
    arts = _build_articles(rng, n_articles)
    by_id = {a["id"]: a for a in arts}
    hot = sorted(arts, key=lambda a: (-a["views"], a["id"]))[:10]
    per_page = 5 if n_articles <= 60 else 20
    files: dict[str, tuple[str, str]] = {}  # path -> (text, encoding)

    # articles
    for a in arts:
        enc = CHANNELS[a["channel"]]["encoding"]
        for no, path in enumerate(a["pages"], 1):
            files[path] = (_article_page(a, no, path, arts, hot), enc)
        for alias in a["aliases_dup"]:
            files[alias] = (_article_page(a, 1, alias, arts, hot), enc)

    # list pages
    list_pages = []
    for chan, style in (("news", "split"), ("hangye", "iso")):
        members = sorted((a for a in arts if a["channel"] == chan), key=lambda a: (a["date"], a["id"]), reverse=True)
        total = max(1, math.ceil(len(members) / per_page))
        ch = CHANNELS[chan]
        for p in range(1, total + 1):
            path = f"{chan}/list_{p}.html"
            chunk = members[(p - 1) * per_page: p * per_page]
            entries, truth_entries = [], []
            for t in chunk:
                href = _rel(t["url"], path)
                entries.append(_list_entry(t, path, href, style))
                truth_entries.append(_list_truth(t, href))
            body = [f'<div class="list-box"><h2 class="list-hd">{ch["name"]}</h2>',
                    '<ul class="news-list">', *entries, "</ul>",
                    _pager(p, total, lambda k: f"list_{k}.html"), "</div>"]
            root = "../"
            page = "\n".join([
                _head(f"{ch['name']}_第{p}页_{SITE_NAME}", ch["encoding"], root), _top(root, chan),
                f'<div class="wrap crumb">当前位置：<a href="{root}index.html">首页</a> &gt; {ch["name"]}</div>',
                '<div class="wrap main clearfix">\n<div class="col-main">', *body, "</div>",
                '<div class="col-side">\n' + _hot(path, hot) + "\n</div>\n</div>", _footer(root),
            ])
            files[path] = (page, ch["encoding"])
            list_pages.append({"url": path, "encoding": ch["encoding"], "page": p,
                               "next": f"{chan}/list_{p + 1}.html" if p < total else None,
                               "entries": truth_entries})

    # home page
    latest = sorted(arts, key=lambda a: (a["date"], a["id"]), reverse=True)[:12]
    dup = by_id[DUP_ID]
    picks = [dup, *[a for a in sorted(arts, key=lambda a: -a["views"]) if a["id"] != DUP_ID][:2]]
    home_entries = []
    rec_lines = []
    for t in picks:
        href = t["aliases_dup"][0] if t is dup else t["url"]
        rec_lines.append(_list_entry(t, "index.html", href, "iso"))
        home_entries.append(_list_truth(t, href))
    latest_lines = []
    for t in latest:
        latest_lines.append(_list_entry(t, "index.html", t["url"], "iso"))
        home_entries.append(_list_truth(t, t["url"]))
    home_body = "\n".join([
        '<div class="list-box"><h2 class="list-hd">编辑推荐</h2>', '<ul class="news-list recommend">', *rec_lines, "</ul></div>",
        '<div class="list-box"><h2 class="list-hd">最新资讯</h2>', '<ul class="news-list">', *latest_lines, "</ul>",
        '<p class="more"><a href="news/list_1.html">更多新闻&gt;&gt;</a> <a href="hangye/list_1.html">更多行业动态&gt;&gt;</a></p>',
        "</div>",
    ])
    files["index.html"] = ("\n".join([
        _head(f"{SITE_NAME}_{SLOGAN}", "utf-8", ""), _top("", "home"),
        '<div class="wrap main clearfix">\n<div class="col-main">', home_body, "</div>",
        '<div class="col-side">\n' + _hot("index.html", hot) + "\n</div>\n</div>", _footer(""),
    ]), "utf-8")

    # static / non-article pages
    files["about.html"] = (_simple_page("about.html", "关于我们", "\n".join([
        '<div class="page-box"><h1>关于我们</h1>',
        f"<p>{SITE_NAME}是一家面向汽车零部件生产企业、经销商和维修企业的B2B行业资讯与商务平台。</p>",
        "<p>网站设有新闻中心、行业动态、评测等栏目，每日更新制动、轮胎、滤清器、蓄电池及新能源零部件等领域的资讯。</p>",
        '<h2 id="ad">广告服务</h2><p>如需投放广告，请通过联系我们页面与市场部联系。</p></div>',
    ])), "utf-8")
    files["contact.html"] = (_simple_page("contact.html", "联系我们", "\n".join([
        '<div class="page-box"><h1>联系我们</h1>',
        "<p>地址：广州市天河区示例路000号汽配大厦00层</p>",
        "<p>电话：020-00000000 邮箱：service@qipei-sample.example</p>",
        "<p>工作时间：周一至周五 9:00-18:00</p></div>",
    ])), "utf-8")
    files["member/login.html"] = (_simple_page("member/login.html", "会员登录", "\n".join([
        '<div class="page-box"><h1>会员登录</h1><form action="login.html" method="post">',
        '<p>用户名：<input type="text" name="u"></p><p>密码：<input type="password" name="p"></p>',
        '<p><button type="submit">登录</button></p></form></div>',
    ]), robots_meta=True), "utf-8")
    pa = by_id[PRINT_ID]
    ppath = pa["print"]
    files[ppath] = (_simple_page(ppath, pa["title"], "\n".join([
        f'<div class="print-box"><h1>{_e(pa["title"])}</h1>',
        f'<p class="print-meta">{_e(pa["published_display"])} 来源：{_e(pa["source"])}</p>',
        *_render_blocks(pa["blocks"]),
        f'<p class="print-back"><a href="{_e(_rel(pa["url"], ppath))}">返回原文</a></p></div>',
    ]), robots_meta=True), "utf-8")
    files["robots.txt"] = (ROBOTS, "utf-8")
    files["static/css/style.css"] = (CSS, "utf-8")

    for path in sorted(files):
        text, enc = files[path]
        target = www / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode(enc))

    gbk_pages = sorted(p for p, (_, enc) in files.items() if enc == "gbk")
    truth = {
        "site": "sample",
        "crawl_time": CRAWL_TIME,
        "generator": {"n_articles": n_articles, "seed": seed},
        "counts": {"articles": len(arts), "list_pages": len(list_pages),
                   "related": sum(len(a["related"]) for a in arts), "gbk_pages": len(gbk_pages)},
        "articles": [_truth_article(a, arts) for a in arts],
        "list_pages": list_pages,
        "home": {"url": "index.html", "entries": home_entries},
        "non_articles": ["index.html", "about.html", "contact.html", "member/login.html", ppath],
        "duplicates": [{"canonical": a["url"], "aliases": a["aliases_dup"]} for a in arts if a["aliases_dup"]],
        "split_articles": [{"url": a["url"], "pages": a["pages"]} for a in arts if len(a["pages"]) > 1],
        "gbk_pages": gbk_pages,
        "robots_disallow": ["/print/", "/member/", "/search/"],
        "robots_blocked_pages": ["member/login.html", ppath],
        "offsite_links": [u for u, _ in OFFSITE] + [AD_HOST],
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "truth.json").write_bytes(
        (json.dumps(truth, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    return truth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate the sample auto-parts portal (www/ + truth.json).")
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--articles", type=int, default=28)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    truth = generate(args.out_dir, args.articles, args.seed)
    print(f"wrote {len(truth['articles'])} articles, {len(truth['list_pages'])} list pages to {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

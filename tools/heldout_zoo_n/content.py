"""Invented Chinese auto-parts text for held-out zoo N (stdlib only, deterministic).

The machinery is zoo M's (``Ctx``, ``paragraphs``, a sentence pool, ``gen_blocks``); **every word list and sentence
is new**: a fictitious province (沣南省) and its cities, companies, parts, car models, part codes, given names,
media, and the texts of the zoo N families: a newspaper's digital edition (epaper_founder), an auto-parts trade
show's website (expo_portal), a press-release wire (prwire) and a parts company's site on a cloud site builder
(sitebuilder_cloud).

Blocks (what the families render):
  ("p", text)              a paragraph
  ("h", text)              a sub-heading inside the text
  ("img", src, caption)    a picture, caption may be None (captions are NOT article text)
  ("table", rows)          rows of cells, first row is the header
  ("ul", items) / ("ol", items)

``paragraphs(blocks)`` gives the truth text blocks: table rows as cells joined by TAB, one item per list entry.
All Chinese text encodes in GBK (the e-paper family writes GBK bytes).
"""

from __future__ import annotations

import random

PROVINCE = "沣南省"
PROV_SHORT = "沣南"
CITIES = ["沣城", "岑阳", "瀚川", "柘港", "珂州", "溆原", "萁山", "澹湾", "楠渡", "璟陵", "蘅城", "漱石"]
COMPANIES = ["沣城宏远制动器", "岑阳百德车业配件", "瀚川精工轴承", "柘港联晟车灯", "珂州安驰减振器", "溆原恒晟汽车电子",
             "萁山通达传动轴", "澹湾立信滤清器", "楠渡凯捷密封件", "璟陵华瑞线束", "蘅城永固紧固件", "漱石科达热管理"]
PRODUCTS = ["减振器", "轮速传感器", "离合器总成", "涡轮增压器", "车灯总成", "门锁执行器", "传动轴", "水箱", "发电机",
            "启动电机", "转向拉杆", "空气滤清器", "燃油泵", "密封条", "线束总成", "空调蒸发器", "制动总泵", "电池包壳体"]
MODELS = ["沣驰C3", "岑风T7", "瀚光Max", "柘影E", "珂途X3", "溆雷S9", "萁越GT", "澹湾Lite"]
MAKERS = ["沣南汽车", "岑阳新能源", "瀚川重卡", "珂州客车"]
PART_CODES = ["HY-3108", "BD-52K", "JG-6906", "LS-H11", "AC-780T", "HS-ECU4", "TD-1220", "LX-PM25", "KJ-O88", "HR-W604"]
SURNAMES = "汤闻骆葛尤鲍蓝俞洪甘滕殷严贺谭詹莫梅符解谈晏岳涂时"
GIVEN = ["昭宁", "述白", "清和", "季川", "砚秋", "景行", "怀瑾", "若澄", "亦舟", "书航", "知微", "南乔", "思源", "晓岚",
         "听澜", "云起", "慎之", "安歌", "鹤鸣", "秋实"]
GBK_ONLY_GIVEN = ["珺", "玥", "昇", "琤", "昉", "琇", "瑀", "璠", "珣"]  # all GBK, none GB2312
MEDIA = ["沣南商报", "汽配经济观察", "零部件采购周刊", "车界时报", "沣南电视台经济频道", "后市场周刊", "智能汽车参考"]


def person(rnd: random.Random, gbk_only: bool = False) -> str:
    given = rnd.choice(GBK_ONLY_GIVEN) + rnd.choice("然可宁") if gbk_only else rnd.choice(GIVEN)
    return rnd.choice(SURNAMES) + given


class Ctx:
    """Slot values for one article: fixed company/product/city, numbers drawn on demand."""

    def __init__(self, rnd: random.Random, when) -> None:
        self.r = rnd
        cos = rnd.sample(COMPANIES, 2)
        cities = rnd.sample(CITIES, 2)
        models = rnd.sample(MODELS, 2)
        prs = rnd.sample(PRODUCTS, 2)
        self.fixed = {"co": cos[0], "co2": cos[1], "city": cities[0], "city2": cities[1], "pr": prs[0], "pr2": prs[1],
                      "model": models[0], "model2": models[1], "code": rnd.choice(PART_CODES), "maker": rnd.choice(MAKERS),
                      "date": f"{when.month}月{when.day}日", "mo": str(max(2, when.month - 1)),
                      "year": str(when.year), "person": person(rnd), "prov": PROVINCE, "ps": PROV_SHORT}

    def fill(self, tpl: str) -> str:
        r = self.r
        nums = {"pct": str(r.randint(4, 46)), "p2": str(r.randint(2, 17)), "p3": str(r.randint(55, 98)),
                "x": f"{r.randint(2, 96)}.{r.randint(1, 9)}", "n": str(r.randint(7, 68)), "n3": str(r.randint(130, 960)),
                "k": str(r.randint(3, 12)), "km": str(r.randint(2, 15))}
        return tpl.format(**self.fixed, **nums)


def pool_para(ctx: Ctx, sentences: list[str], pool: list[str], k: int) -> str:
    out = []
    for _ in range(k):
        if not pool:
            pool.extend(ctx.r.sample(sentences, len(sentences)))
        out.append(ctx.fill(pool.pop()))
    return "".join(out)


def paragraphs(blocks: list[tuple]) -> list[str]:
    out: list[str] = []
    for b in blocks:
        kind = b[0]
        if kind in ("p", "h"):
            out.append(b[1])
        elif kind == "table":
            out.extend("\t".join(row) for row in b[1])
        elif kind in ("ul", "ol"):
            out.extend(b[1])
    return out


def gen_blocks(ctx: Ctx, kind: str, openers: list[str], middles: list[str], closers: list[str], heads: list[str],
               img_prefix: str, captions: list[str]) -> list[tuple]:
    """short: 1-3 paragraphs; medium: 4-6; long: 7-11 with two sub-heads and a table or a list."""
    r = ctx.r
    pool: list[str] = []

    def para(first: bool = False) -> str:
        return (ctx.fill(r.choice(openers)) if first else "") + pool_para(ctx, middles, pool, r.randint(1, 3))

    def img() -> tuple:
        cap = ctx.fill(r.choice(captions)) if r.random() < 0.6 else None
        return ("img", f"{img_prefix}{r.randint(100000, 999999)}.jpg", cap)

    if kind == "short":
        n = r.randint(1, 3)
        blocks = [("p", para(True))] + [("p", para()) for _ in range(n - 1)]
        if r.random() < 0.5:
            blocks.insert(1, img())
        return blocks
    if kind == "medium":
        n = r.randint(4, 6)
        blocks = [("p", para(True))] + [("p", para()) for _ in range(n - 2)] + [("p", ctx.fill(r.choice(closers)))]
        if r.random() < 0.5:
            blocks.insert(1, img())
        return blocks
    n = r.randint(7, 11)
    body = [("p", para(True))] + [("p", para()) for _ in range(n - 2)] + [("p", ctx.fill(r.choice(closers)))]
    hs = sorted(r.sample(heads, 2), key=heads.index)
    body.insert(2, ("h", hs[0]))
    body.insert(len(body) // 2 + 2, ("h", hs[1]))
    if r.random() < 0.5:
        rows = [["产品", "型号", "产量（万件）", "增幅"]]
        for pr in r.sample(PRODUCTS, r.randint(3, 5)):
            rows.append([pr, r.choice(PART_CODES), str(r.randint(9, 760)), f"{r.choice('+-')}{r.randint(1, 29)}.{r.randint(0, 9)}%"])
        extra = [("p", "相关数据见下表："), ("table", rows)]
    else:
        extra = [("p", "具体来看，主要有以下变化："),
                 ("ul", [ctx.fill(t) for t in r.sample(["研发投入占营收比重提高到{p2}%", "关键工序数控化率达到{p3}%",
                                                         "单位产品能耗下降{pct}%", "新增发明专利{n}项",
                                                         "配套客户增加到{n}家", "库存周转天数减少{k}天"],
                                                        r.randint(3, 4))])]
    at = r.randint(3, len(body) - 2)
    body[at:at] = extra
    body.insert(1, img())
    return body


# ---------------------------------------------------------------- newspaper digital edition (epaper_founder)
EP_PAPER = "沣南汽车报"
EP_PUBLISHER = "沣南汽车报社"
EP_TITLES = {
    "要闻": ["省政府出台支持汽车零部件产业集群发展若干措施", "{city}汽车产业链项目集中签约 总投资{x}亿元", "前{mo}个月全省汽车产量同比增长{pct}%",
           "{co}新能源{pr}基地在{city}开工", "全省汽车零部件出口额首次突破{n3}亿元", "省汽车行业协会召开年度会员大会",
           "{city}获批汽车零部件外贸转型升级基地", "沣南汽车产业人才招聘周启动", "全省汽车产业链供需对接会在{city}举行",
           "{model}在{city}基地量产下线", "省领导调研{city}汽车零部件企业", "沣南将建设{k}个汽车零部件特色园区",
           "全省规上汽车零部件企业营收保持增长", "{maker}{city}工厂二期项目封顶"],
    "产业": ["{co}：{pr}产线智能化改造见效", "{city}汽配产业园入驻企业增至{n}家", "{co}与{maker}签订{pr}长期供货协议",
           "一家{pr}企业的出海路", "{city}零部件企业抱团参展", "{co}上半年营收增长{pct}%", "数字化车间让{pr}良品率升至{p3}%",
           "{city}出台汽配企业技改补贴细则", "{co}研发中心获批省级企业技术中心", "供应链金融缓解{city}配套企业资金压力",
           "{co}新厂区启用 产能提升{pct}%", "{city}汽配企业用工需求回暖"],
    "零部件": ["{pr}国产化率突破{p3}%", "轻量化{pr}进入量产验证", "{co}推出新一代{pr}", "{pr}价格企稳 库存回落",
            "一颗{pr}的精度之争", "{pr}行业标准修订征求意见", "{pr}供应商加速布局{city}", "新能源车带动{pr}需求增长",
            "{pr}检测能力建设提速", "{co}{code}系列{pr}通过台架验证"],
    "后市场": ["{city}汽配城转型线上线下融合", "快修连锁门店{pr}更换量上升", "事故车维修配件价格调查", "{city}开展汽配市场质量抽检",
            "二手车出口带动{pr}售后需求", "汽车后市场数字化平台在{city}上线", "假冒{pr}流入维修渠道调查", "{city}维修企业开展技能比武"],
    "评论": ["零部件企业要练好“内功”", "出海不能只拼价格", "别让“卷价格”拖垮配套体系", "培育产业集群要有耐心",
           "后市场需要更透明的配件体系", "技改补贴要用在刀刃上"],
}
EP_KICKERS = ["稳增长 促转型", "聚焦产业链供应链", "走基层 看发展", "抢抓机遇 加快布局", "新能源汽车产业观察"]
EP_SUBTITLES = ["——{city}汽车零部件产业发展调查", "{co}上半年订单同比增长{pct}%", "全年有望新增产值{x}亿元", "——来自{co}的报道"]
EP_OPEN = ["{date}，", "近日，", "记者从{city}市工信局获悉，", "走进{co}的生产车间，", "今年以来，", "日前，"]
EP_MID = [
    "{co}总经理{person}介绍，目前企业{pr}订单已排到年底，生产线满负荷运转。",
    "据统计，上半年全省汽车零部件产业完成营业收入{x}亿元，同比增长{pct}%。",
    "该项目总投资{x}亿元，达产后可年产{pr}{n3}万套，新增就业岗位{n3}个。",
    "在{city}的一家配套企业，记者看到机械臂正在有序完成{pr}的装配和检测。",
    "业内人士分析，整车企业降本压力正在向一级、二级供应商传导。",
    "省工信厅有关负责人表示，将继续支持企业开展智能化改造和数字化转型。",
    "企业负责人坦言，原材料价格波动仍是今年面临的最大不确定因素。",
    "数据显示，{mo}月全省汽车零部件出口额{x}亿元，环比增长{p2}%。",
    "为破解用工难题，{city}组织{n}家企业与职业院校签订了定向培养协议。",
    "目前，{co}的{pr}已进入{maker}等{k}家整车企业的配套体系。",
    "不少经销商反映，{pr}的售后需求明显增加，备货周期也随之拉长。",
    "专家建议，零部件企业应加大研发投入，避免在低端产品上同质化竞争。",
    "据了解，{city}已形成以{pr}、{pr2}为主的零部件产业集群。",
    "下一步，当地将在用地、融资和人才引进等方面继续加大支持力度。",
]
EP_CLOSE = ["（完）", "企业负责人表示，将力争全年产值增长{pct}%以上。", "这一做法值得其他地区借鉴。",
            "业内人士认为，行业集中度还将进一步提高。"]
EP_HEADS = ["订单回暖", "技改提速", "人才支撑", "出海探路"]
EP_CAPTIONS = ["{co}的{pr}生产线", "工人正在检测{pr}", "签约仪式现场", "{city}汽配产业园一角"]
EP_PHOTO_TITLES = ["新能源重卡批量下线", "汽配产业园夜间赶工忙", "职业技能大赛决赛现场"]

# ---------------------------------------------------------------- auto-parts trade show (expo_portal)
EX_SHOW = "2026沣南国际汽车零部件及售后服务展览会"
EX_SHORT = "沣南汽配展"
EX_ORGANIZER = "沣南会展集团有限公司"
EX_COMMITTEE = "组委会"
EX_VENUE = "沣城国际会展中心"
EX_TITLES = {
    "expo": ["2026沣南汽配展展位预订率已超{p3}%", "沣南汽配展新能源零部件专馆首次亮相", "{n}家采购商确认参加买家对接会",
             "展会同期将举办{k}场技术论坛", "观众预登记通道正式开通", "沣南汽配展与{media}达成媒体合作", "{city}汽配商会组团参展",
             "展会推出“智慧观展”小程序", "海外采购团报名人数创新高", "沣南汽配展举行展前新闻发布会", "展馆布局公布：{k}大主题展区",
             "展会期间{city}至展馆开通免费接驳车", "首届汽配供应链创新大赛启动报名", "沣南汽配展发布参展商手册",
             "{city}汽车后市场论坛嘉宾名单公布", "展会安全保障工作会议召开"],
    "exhibitor": ["{co}将携新一代{pr}亮相沣南汽配展", "{co}：{pr}全系列展品首发", "{co}发布{pr}新品 诚邀莅临展位",
                  "{co}参展预告：聚焦新能源{pr}", "{co}以{pr}为核心打造一站式方案", "{co}新品{code}将在展会首发",
                  "{co}展位设计曝光 互动体验区抢先看", "{co}携手{co2}联合参展", "{co}展台将举办{pr}技术沙龙",
                  "{co}发布出口型{pr}产品线", "{co}：数字化工厂成果将在展会集中展示", "{co}参展亮点抢先看"],
    "press": ["2026沣南汽配展招展工作全面启动", "展会规模再创新高 预计展出面积{n}万平方米", "观众预登记人数突破{n}000人",
              "同期活动日程发布 {k}场论坛聚焦产业变革", "展会开幕倒计时 各项筹备工作就绪"],
}
EX_OPEN = ["{date}，", "近日，", "据{show}组委会消息，", "作为本届展会的重要组成部分，", "随着开展日期临近，"]
EX_MID = [
    "本届展会展出面积{n}万平方米，设{k}个展馆，预计吸引{n3}0余家企业参展。",
    "展品范围涵盖{pr}、{pr2}、汽车电子、维修检测设备和汽车用品等。",
    "组委会负责人介绍，目前已有来自{n}个国家和地区的采购商完成预登记。",
    "展会期间还将举办新品发布、技术论坛、采购对接等{k}场同期活动。",
    "{co}此次将展出{n}款{pr}新品，其中{code}为首次公开亮相。",
    "该公司的{pr}产品已出口至{n}个国家和地区，年产能超过{n3}万件。",
    "专业观众可通过官方网站或小程序完成预登记，凭电子胸卡入场。",
    "据介绍，新能源零部件专馆将集中展示电驱、热管理和{pr}等产品。",
    "展会与{n}家行业协会和{k}家专业媒体建立了合作关系。",
    "上届展会共接待专业观众{n3}00余人次，现场意向成交额{x}亿元。",
    "参展企业表示，希望借助展会平台拓展海外市场和售后渠道。",
    "组委会提醒，展会期间展馆周边交通压力较大，建议观众乘坐地铁或接驳车前往。",
]
EX_CLOSE = ["欢迎业内人士届时莅临参观洽谈。", "更多展会信息请关注官方网站。", "敬请期待。", "组委会将持续发布展会最新动态。"]
EX_HEADS = ["展会亮点", "同期活动", "参观指南"]
EX_CAPTIONS = ["上届展会现场", "{co}展台效果图", "{pr}展品", "新闻发布会现场"]
EX_HALLS = ["1号馆", "2号馆", "3号馆", "4号馆", "5号馆"]
EX_CATS = ["制动系统", "底盘与传动", "汽车电子", "车身与照明", "维修检测设备", "新能源零部件"]
EX_EN_TITLES = ["Fengnan Auto Parts Expo 2026 Booth Bookings Pass 90 Percent", "New Energy Parts Hall Debuts at This Year's Show",
                "Buyer Matchmaking Programme Opens for Registration", "Visitor Pre-registration Now Open",
                "Fringe Programme Features Twelve Technical Forums", "Free Shuttle Buses to Run During the Show"]
EX_EN_SENT = [
    "The show will occupy {n}0,000 square metres in {k} halls of the Fengcheng International Convention Center.",
    "More than {n3} exhibitors from {n} countries and regions have confirmed their participation.",
    "Trade visitors can pre-register online and collect their badges at the entrance.",
    "The organiser expects buyers from Southeast Asia, the Middle East and Latin America.",
    "Product categories include braking systems, chassis parts, automotive electronics and repair equipment.",
    "The fringe programme covers electrification, thermal management and the aftermarket.",
    "Shuttle buses will connect the venue with the main railway station every {k} minutes.",
]

# ---------------------------------------------------------------- press-release wire (prwire)
PR_WIRE = "瀚讯通"
PR_SITE = "瀚讯通新闻稿发布平台"
PR_WIRE_EN = "HanXun Newswire"
PR_ISSUERS = [  # (slug, Chinese name, English name, Chinese short, English short)
    ("hongyuan-brake", "沣城宏远制动器有限公司", "Fengcheng Hongyuan Brake Co., Ltd.", "宏远制动", "Hongyuan Brake"),
    ("jinggong-bearing", "瀚川精工轴承股份有限公司", "Hanchuan Precision Bearing Co., Ltd.", "精工轴承", "Precision Bearing"),
    ("liansheng-lighting", "柘港联晟车灯有限公司", "Zhegang Liansheng Automotive Lighting Co., Ltd.", "联晟车灯", "Liansheng Lighting"),
    ("anchi-damper", "珂州安驰减振器有限公司", "Kezhou Anchi Shock Absorber Co., Ltd.", "安驰减振", "Anchi"),
    ("hengsheng-electronics", "溆原恒晟汽车电子有限公司", "Xuyuan Hengsheng Automotive Electronics Co., Ltd.", "恒晟电子", "Hengsheng Electronics"),
    ("kedathermal", "漱石科达热管理科技有限公司", "Shushi Keda Thermal Management Technology Co., Ltd.", "科达热管理", "Keda Thermal"),
]
PR_DATELINES = [("上海", "SHANGHAI"), ("深圳", "SHENZHEN"), ("沣城", "FENGCHENG"), ("北京", "BEIJING"), ("岑阳", "CENYANG"),
                ("法兰克福", "FRANKFURT"), ("底特律", "DETROIT")]
PR_TITLES = ["{short}发布新一代{pr}，能效提升{pct}%", "{short}{city}新工厂正式投产", "{short}荣获{maker}年度优秀供应商奖",
             "{short}与{co2}达成战略合作", "{short}公布{year}年上半年业绩：营收同比增长{pct}%", "{short}{code}系列产品通过欧盟E-mark认证",
             "{short}宣布任命新任首席执行官", "{short}亮相{city}国际汽车零部件展", "{short}推出售后市场一站式服务平台",
             "{short}完成{x}亿元B轮融资", "{short}在东南亚设立首个海外仓", "{short}获评省级“专精特新”企业", "{short}发布{year}年可持续发展报告",
             "{short}与高校共建{pr}联合实验室", "{short}{pr}累计出货突破{n3}万套", "{short}启动全球经销商招募计划"]
PR_SUBTITLES = ["面向新能源车型的{pr}解决方案", "新工厂年产能达{n3}万套", "深化全球布局，服务{n}个国家和地区的客户"]
PR_MID = [
    "{short}总裁{person}表示：“这是公司发展历程中的重要里程碑，我们将继续以客户需求为导向。”",
    "新产品采用全新的结构设计，重量较上一代减轻{pct}%，使用寿命延长至{n}万公里。",
    "该工厂总投资{x}亿元，引入{n}条自动化生产线，关键工序自动化率达到{p3}%。",
    "根据协议，双方将在{pr}的联合开发、本地化采购和售后服务等方面开展合作。",
    "报告期内，公司实现营业收入{x}亿元，海外业务收入占比提升至{p2}%。",
    "目前，公司产品已配套国内外{n}家整车企业，并进入{k}个国家的售后市场。",
    "此次认证意味着公司{pr}产品满足欧盟市场的准入要求。",
    "公司计划在未来三年内将研发投入占营收比重提高到{p2}%。",
    "本轮融资将主要用于{pr}产能扩建、研发中心建设和海外市场拓展。",
    "新平台整合了配件查询、在线下单、物流跟踪和技术培训等功能。",
    "海外仓投入运营后，当地客户的平均交付周期将由{n}天缩短至{k}天。",
    "公司将在展会期间举办{k}场技术交流活动，并发布{pr}新品。",
]
PR_ABOUT = "{name}成立于{founded}年，总部位于{city}，是一家专注于{pr}研发、生产和销售的高新技术企业，产品销往{n}个国家和地区。"
PR_HEADS = ["产品亮点", "市场前景", "未来规划"]
PR_CAPTIONS = ["{short}新工厂外景", "新一代{pr}", "签约仪式"]
PR_KEYWORDS = ["新能源", "制动系统", "智能制造", "出海", "售后市场", "融资", "认证", "ESG"]
PR_INDUSTRIES = [("automotive", "汽车", "Automotive"), ("auto-parts", "零部件", "Auto Parts")]
PR_EN_TITLES = ["{s} Launches New Generation Product Line", "{s} Opens New Plant", "{s} Named Supplier of the Year",
                "{s} Announces Strategic Partnership", "{s} Reports Half-Year Results", "{s} Products Receive E-mark Approval"]
PR_EN_SENT = [
    "The company said the new products are designed for electric and hybrid vehicles.",
    "The plant has an annual capacity of {n3},000 units and an automation rate of {p3} percent.",
    "\u201cThis is an important milestone for our company,\u201d said the company's president.",
    "The company currently supplies {n} vehicle makers and exports to {k} countries and regions.",
    "Revenue for the period rose {pct} percent year on year.",
    "The partnership covers joint development, local sourcing and after-sales service.",
]

# ---------------------------------------------------------------- cloud site builder company site (sitebuilder_cloud)
SB_COMPANY = "岑阳百德车业配件有限公司"
SB_SHORT = "百德车业"
SB_TITLES = {
    "gsxw": ["百德车业参加{city}汽配展圆满落幕", "百德车业{pr}新品上市", "热烈祝贺百德车业通过IATF 16949体系认证",
             "百德车业{year}年中秋节放假通知", "百德车业举办第{k}届员工运动会", "百德车业与{co}签订战略合作协议",
             "百德车业新仓库正式启用", "百德车业召开{year}年上半年工作总结会", "百德车业开展消防安全演练",
             "百德车业{pr}通过客户PPAP审核", "百德车业荣获“{city}市诚信企业”称号", "百德车业技术部新增{k}台检测设备",
             "百德车业赴{city}走访重点客户", "百德车业{year}年国庆节放假通知", "百德车业组织员工技能培训",
             "百德车业电商旗舰店正式上线", "百德车业受邀出席{city}汽配行业年会", "百德车业新厂房奠基仪式举行"],
    "hyzx": ["{pr}如何选购？看这几点就够了", "汽车{pr}常见故障及排除方法", "{pr}多久更换一次？", "{pr}的工作原理图解",
             "原厂件、品牌件和副厂件有什么区别", "夏季用车{pr}保养指南", "{pr}异响是怎么回事", "新能源汽车对{pr}提出了哪些新要求",
             "汽配行业{mo}月市场行情分析", "{pr}安装注意事项", "怎样辨别假冒伪劣{pr}", "{pr}行业发展趋势展望",
             "汽车{pr}国家标准解读", "二手车{pr}检查要点"],
}
SB_FAQ = [("你们的产品支持定制吗？", "支持。我们可以根据客户提供的图纸或样品进行开发，开模周期一般为30至45天。"),
          ("最小起订量是多少？", "常规产品单款起订量为100件，定制产品根据具体情况协商。"),
          ("如何成为你们的经销商？", "请拨打销售热线或在线留言，业务人员会在一个工作日内与您联系。"),
          ("发货周期多长？", "现货产品下单后48小时内发货，定制产品以合同约定为准。")]
SB_OPEN = {"gsxw": ["{date}，", "近日，", "{date}上午，"], "hyzx": ["", "随着汽车保有量的增加，", "很多车主都有这样的疑问：", "不少维修师傅反映，"]}
SB_MID = {
    "gsxw": [
        "公司总经理{person}在会上作了讲话，对各部门的工作给予了肯定。",
        "本次展会上，公司展出了{n}款{pr}产品，吸引了众多客商前来洽谈。",
        "公司现有员工{n3}人，厂房面积{n3}00平方米，年产{pr}{n}万件。",
        "此次认证的通过，标志着公司质量管理体系迈上了一个新台阶。",
        "新仓库面积{n3}0平方米，采用货架式管理，可存放{pr}等产品{n}万件。",
        "放假期间如有业务需要，请联系值班人员，电话：0736-8852 6601。",
        "活动增强了员工的安全意识，提高了应对突发事件的能力。",
        "双方将在{pr}的开发、供货和售后服务等方面开展长期合作。",
        "会上，各部门负责人汇报了工作完成情况，并对下一步工作作了安排。",
        "客户代表对公司的生产现场和质量管控给予了较高评价。",
    ],
    "hyzx": [
        "{pr}是汽车上非常重要的零部件，直接关系到行车安全和驾驶舒适性。",
        "一般来说，{pr}的更换周期为{n}000至{k}0000公里，具体要看使用环境。",
        "如果发现{pr}有漏油、异响或者性能明显下降，应及时到正规维修店检查。",
        "选购时要认准正规品牌，查看包装上的厂名、厂址和产品合格证。",
        "原厂件价格较高，品牌件性价比较好，副厂件质量参差不齐。",
        "安装时应使用专用工具，按照规定扭矩拧紧螺栓。",
        "据行业统计，{mo}月{pr}的售后需求环比增长{p2}%。",
        "新能源车型整备质量更大，对{pr}的耐久性提出了更高要求。",
        "车主在日常用车中应避免长时间颠簸路面高速行驶。",
        "假冒产品往往包装粗糙，价格明显低于市场价。",
    ],
}
SB_CLOSE = ["百德车业，专注{pr}二十年。", "欢迎新老客户来电咨询。", "以上内容仅供参考。", "感谢广大客户一直以来的支持！"]
SB_HEADS = ["一、选购要点", "二、使用建议", "三、注意事项"]
SB_CAPTIONS = ["展会现场", "{pr}产品图", "会议现场", "新仓库一角"]
SB_PRODUCTS = ["前减振器总成", "后减振器总成", "转向拉杆球头", "稳定杆连杆", "下摆臂总成", "轮毂轴承单元", "空气弹簧", "减振器顶胶"]

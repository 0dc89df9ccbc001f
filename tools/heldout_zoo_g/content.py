"""Invented Chinese auto-industry text for the held-out zoo G (stdlib only, deterministic).

The machinery is zoo F's (``Ctx``, ``news_blocks``, ``paragraphs``); every word list and sentence is new:
other fictitious companies, car models, part codes, given names and sources, new headlines and sentences,
plus the texts of the zoo G families: a manufacturer's own company news and products, forum posts and
replies, WeChat official-account articles and their boilerplate, and municipal government documents.

Blocks (what the families render):
  ("p", text)              a paragraph
  ("h", text)              a sub-heading inside the text
  ("img", src, caption)    a picture, caption may be None (captions are NOT article text)
  ("table", rows)          rows of cells, first row is the header
  ("ul", items) / ("ol", items)
  ("quote", text)          a block quote

``paragraphs(blocks)`` gives the truth text blocks: table rows as cells joined by TAB, one item per list entry.
"""

from __future__ import annotations

import random

COMPANIES = ["沐川精工", "岱衡制动", "溯源电控", "朗峰橡胶", "泓宇热能", "瑞邦弹簧", "钜腾锻造", "昕驰电子",
             "拓岭悬挂", "晟嘉油封", "峪光照明", "骐越传感", "航森滤器", "澄宇铝业", "锦岳座椅", "维岸线缆",
             "楚衡散热", "崇泽轴承", "卓澜涂装", "弘跃电机"]
CITIES = ["台州", "温岭", "瑞安", "芜湖", "柳州", "襄阳", "长春", "廊坊", "常州", "佛山", "重庆", "合肥", "宁波",
          "烟台", "潍坊", "宜宾", "赣州", "孝感"]
PRODUCTS = ["通风制动盘", "陶瓷刹车片", "轮毂轴承单元", "减震器", "电子水泵", "节气门体", "点火线圈", "氧传感器",
            "空气流量计", "曲轴油封", "正时链条套件", "离合器片", "等速万向节", "机油滤清器", "雨刮器", "空调压缩机",
            "驱动电机控制器", "动力电池包", "毫米波雷达", "悬架控制臂", "球笼", "制动卡钳"]
MODELS = ["星澜E5", "驭岭T7", "云栖S6", "沧浪G3", "赤霄X9", "天枢L8", "锦程C6", "翎羽Q5", "巡峰V6", "铂越M7"]
PART_CODES = ["BD-2301", "CP-518", "HB-6204", "SA-77", "WP-330", "IG-09", "OS-4K", "CT-62", "EV-MC3", "RB-115"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢钟汪范方石谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = ["国庆", "秀英", "立新", "桂兰", "文涛", "思远", "晓峰", "春燕", "俊峰", "亚楠", "宏伟", "淑芬", "子轩",
         "雨桐", "志明", "凤霞", "继东", "可馨", "宇航", "玉兰", "家豪", "婷婷", "伟平", "晨曦", "明辉", "海燕",
         "昊天", "佩琪", "建军", "蕾"]
RARE_GIVEN = ["喆", "堃", "珺", "昇", "琤", "赟"]  # in GBK, not in GB2312
SOURCES = ["汽配产业周报", "中部汽车网", "零部件商情", "车后市场导刊", "汽车制造观察", "华南汽配报", "智造车讯",
           "后装市场参考"]


def person(rnd: random.Random, rare: bool = False) -> str:
    given = rnd.choice(RARE_GIVEN) if rare else rnd.choice(GIVEN)
    return rnd.choice(SURNAMES) + given


NEWS_TITLES = [
    "{city}{pr}产业集群年产值首破{n}0亿元",
    "{co}{code}{pr}进入{model}配套体系",
    "{co}与{co2}签署{pr}长期供货协议",
    "{pr}价格连续三个月下行，{city}贸易商观望情绪浓",
    "{co}年产{n3}万套{pr}技改项目开工",
    "{city}出台十条措施支持汽配企业拓展海外市场",
    "{mo}月{pr}出口量同比增长{pct}%",
    "{co}{pr}数字化车间通过省级认定",
    "新能源车保有量攀升带动{pr}售后需求",
    "{co}发布{year}年度社会责任报告",
    "{city}汽配城改造升级 {n3}家商户搬入新市场",
    "{pr}国家标准修订启动 {co}参与起草",
    "{co}斩获{model}平台{pr}定点",
    "{city}举办汽车零部件供需对接会 现场签约{n}亿元",
    "{co}海外仓落地中东 {pr}交付周期缩短一半",
    "业内预计下半年{pr}行情稳中有升",
]

OPENERS = [
    "{date}，{co}在{city}生产基地召开新闻发布会，正式推出{code}型{pr}。",
    "记者{date}从{city}市工信部门获悉，全市{pr}产业今年前{mo}个月实现产值{x}亿元，同比增长{pct}%。",
    "{date}，{co}与{co2}在{city}签署战略合作协议，双方约定未来三年在{pr}领域开展深度合作。",
    "受整车降价和原材料波动双重影响，{mo}月以来售后市场{pr}报价持续走低，部分规格累计跌幅超过{pct}%。",
    "{date}，第{k}届{city}汽车零部件供需对接会举行，来自全国各地的{n3}余家企业参会。",
    "连日来，{co}{city}工厂的{pr}生产线满负荷运转，工人们正在赶制一批发往海外的订单。",
    "日前，{co}{code}型{pr}顺利通过{model}项目的全部验证，获得主机厂批量供货资格。",
]
MIDDLES = [
    "该项目总投资约{x}亿元，建成后将新增{pr}年产能{n3}万套，可带动就业{n3}人。",
    "企业相关负责人介绍，新产品在耐久性和一致性方面较上一代明显提升，故障率下降了{p2}%。",
    "据了解，{co}目前已为{model}、{model2}等多款车型配套，国内主机厂客户超过{n}家。",
    "“今年上半年订单比去年同期多了三成，产线基本没有停过。”车间主任{person}告诉记者。",
    "从产品结构看，新能源车型配套产品的占比已经提高到{pct}%，利润贡献也在逐步加大。",
    "行业人士分析，主机厂年降压力层层传导，二三级供应商的利润空间正在被持续压缩。",
    "目前，{city}已集聚汽车零部件规上企业{n3}家，形成了从铸锻件到总成的较完整产业链。",
    "在检测中心，技术人员正在对一批{pr}样件进行高温老化试验，每件样品都要连续运行{n3}小时。",
    "为了降低对单一市场的依赖，企业近两年陆续开拓了东南亚、中东和拉美的客户。",
    "{co2}方面表示，此次合作将充分发挥双方在材料研发和规模制造上的各自优势。",
    "一些中小经销商反映，账期拉长、回款变慢是眼下最头疼的问题，不少人选择压缩库存过日子。",
    "数据显示，今年以来{city}汽配产品通过跨境电商渠道出口{x}亿元，同比增长{pct}%。",
    "围绕智能制造，企业投入{n}00余万元引进视觉检测设备，关键工序实现了百分之百在线检测。",
    "对接会上，主办方还发布了{n}项配套需求清单，涉及{pr}、线束和内饰件等品类。",
    "{person}认为，售后市场正在从拼价格转向拼服务，门店的专业能力将成为核心竞争力。",
    "按照计划，项目二期将于{year2}年启动，重点建设研发中心和自动化立体仓库。",
]
CLOSERS = [
    "据悉，{co}下一步还将在{city2}设立技术服务中心，为周边客户提供就近支持。",
    "业内普遍预计，未来三年国内{pr}市场规模将保持{p2}%以上的年均增速。",
    "不少商户表示，下半年将继续谨慎备货，把重点放在周转快的常用件上。",
    "{city}相关部门表示，将继续在项目审批、要素保障等方面做好服务。",
]
SUBHEADS = ["一、市场概况", "二、重点企业", "三、技术动向", "四、后市展望", "产能布局", "订单情况", "专家观点",
            "商户心声"]
LIST_LEADS = ["据介绍，该产品主要具备以下优势：", "项目将按以下步骤推进：", "业内人士总结了当前市场的几个特点："]
LIST_ITEMS = ["整体重量较上一代减轻{pct}%", "关键尺寸全部实现在线检测，出厂不良率控制在{ms}PPM以内",
              "首批样件已交付{model}项目组", "新增{pr}自动化装配线{k}条", "售后服务网点覆盖{n3}个县市",
              "新能源客户订单占比达到{pct}%", "海外订单同比增长{p2}%", "与{co2}联合制定企业技术标准",
              "原材料成本上涨挤压利润空间", "短视频平台成为门店获客新渠道"]
CAPTIONS = ["图为{co}{pr}生产线。", "客商在{co}展台前了解产品。", "{code}型{pr}产品实拍。", "{city}汽配城一角。",
            "技术人员在调试检测设备。"]


class Ctx:
    """Slot values for one article: fixed company/product/city, numbers drawn on demand."""

    def __init__(self, rnd: random.Random, when) -> None:
        self.r = rnd
        cos = rnd.sample(COMPANIES, 2)
        cities = rnd.sample(CITIES, 2)
        models = rnd.sample(MODELS, 2)
        self.fixed = {"co": cos[0], "co2": cos[1], "city": cities[0], "city2": cities[1], "pr": rnd.choice(PRODUCTS),
                      "model": models[0], "model2": models[1], "code": rnd.choice(PART_CODES),
                      "date": f"{when.month}月{when.day}日", "mo": str(max(2, when.month - 1)),
                      "year": str(when.year), "year2": str(when.year + 1), "person": person(rnd)}

    def fill(self, tpl: str) -> str:
        r = self.r
        nums = {"pct": str(r.randint(3, 48)), "p2": str(r.randint(2, 30)), "p3": str(r.randint(60, 95)),
                "x": f"{r.randint(1, 90)}.{r.randint(1, 9)}", "n": str(r.randint(2, 60)), "n3": str(r.randint(120, 980)),
                "k": str(r.randint(3, 21)), "m2": str(r.randint(3, 12)), "ms": str(r.randint(8, 90))}
        return tpl.format(**self.fixed, **nums)


def news_title(ctx: Ctx) -> str:
    return ctx.fill(ctx.r.choice(NEWS_TITLES))


def _pool_para(ctx: Ctx, sentences: list[str], pool: list[str], k: int) -> str:
    out = []
    for _ in range(k):
        if not pool:
            pool.extend(ctx.r.sample(sentences, len(sentences)))
        out.append(ctx.fill(pool.pop()))
    return "".join(out)


def news_blocks(ctx: Ctx, kind: str, img_prefix: str = "/uploads/") -> list[tuple]:
    """kind: short (1-3 paragraphs), medium (4-7), long (8-12 with a table or list, pictures, sub-heads)."""
    r = ctx.r
    pool: list[str] = []

    def para(first: bool = False) -> str:
        return (ctx.fill(r.choice(OPENERS)) if first else "") + _pool_para(ctx, MIDDLES, pool, r.randint(1, 3))

    def img() -> tuple:
        cap = ctx.fill(r.choice(CAPTIONS)) if r.random() < 0.7 else None
        return ("img", f"{img_prefix}{r.randint(100000, 999999)}.jpg", cap)

    if kind == "short":
        n = r.randint(1, 3)
        blocks = [("p", para(True))] + [("p", para()) for _ in range(n - 1)]
        if r.random() < 0.4:
            blocks.insert(1, img())
        return blocks
    if kind == "medium":
        n = r.randint(4, 7)
        blocks = [("p", para(True))] + [("p", para()) for _ in range(n - 2)] + [("p", ctx.fill(r.choice(CLOSERS)))]
        if r.random() < 0.6:
            blocks.insert(r.randint(1, 2), img())
        return blocks
    n = r.randint(8, 12)
    body = [("p", para(True))] + [("p", para()) for _ in range(n - 2)] + [("p", ctx.fill(r.choice(CLOSERS)))]
    heads = r.sample(SUBHEADS[:4] if r.random() < 0.5 else SUBHEADS[4:], 2)
    body.insert(2, ("h", heads[0]))
    body.insert(len(body) // 2 + 2, ("h", heads[1]))
    extra: list[tuple] = []
    if r.random() < 0.6:
        rows = [["企业", f"{ctx.fixed['pr']}产量（万件）", "同比增速", "主要客户"]]
        for co in r.sample(COMPANIES, r.randint(3, 5)):
            rows.append([co, str(r.randint(15, 650)), f"{r.randint(-15, 52)}%", r.choice(MODELS)])
        extra.append(("p", f"前{ctx.fixed['mo']}个月部分企业{ctx.fixed['pr']}产量情况如下表所示："))
        extra.append(("table", rows))
    else:
        extra.append(("p", r.choice(LIST_LEADS)))
        extra.append(("ul" if r.random() < 0.5 else "ol", [ctx.fill(t) for t in r.sample(LIST_ITEMS, r.randint(3, 5))]))
    at = r.randint(3, len(body) - 2)
    body[at:at] = extra
    body.insert(1, img())
    if r.random() < 0.5:
        body.insert(len(body) - 2, img())
    return body


def paragraphs(blocks: list[tuple]) -> list[str]:
    out: list[str] = []
    for b in blocks:
        kind = b[0]
        if kind in ("p", "h", "quote"):
            out.append(b[1])
        elif kind == "table":
            out.extend("\t".join(row) for row in b[1])
        elif kind in ("ul", "ol"):
            out.extend(b[1])
    return out


# ---------------------------------------------------------------- a manufacturer's own news (pbootcms_corp)
CORP = "岱衡"  # the manufacturer of the pbootcms_corp family (浙江岱衡汽车部件有限公司)
CORP_TITLES = [  # (title, topic)
    ("岱衡公司亮相{year}{city}国际汽车零部件博览会", "expo"),
    ("我司参加{city}汽配行业协会年会并作交流发言", "expo"),
    ("{city}{co}采购团一行到访我司考察交流", "visit"),
    ("{model}项目组来我司开展供应商现场评审", "visit"),
    ("我司顺利通过IATF 16949:2016监督审核", "audit"),
    ("岱衡公司开展{year}年“质量月”系列活动", "quality"),
    ("我司{code}系列{pr}新品正式发布", "product"),
    ("我司第二工厂{pr}自动化产线投入使用", "product"),
    ("岱衡公司组织开展消防安全应急演练", "safety"),
    ("热烈祝贺我司获评“{city}市专精特新中小企业”", "honor"),
    ("岱衡公司荣获{model}项目“优秀供应商”称号", "honor"),
    ("岱衡公司召开{year}年上半年经营分析会", "meeting"),
    ("我司新一期班组长管理能力提升培训开班", "training"),
    ("岱衡公司举办第{k}届员工技能比武大赛", "training"),
    ("岱衡公司与{city}职业技术学院共建实训基地", "training"),
    ("岱衡公司{year}年新员工入职培训圆满结束", "training"),
]
CORP_SENT = {
    "expo": ["{date}，公司总经理{person}带队参加展会，展出了{code}系列{pr}等多款新品，吸引了众多国内外客商驻足洽谈。",
             "展会期间，公司展位共接待客户{n3}余批次，达成初步合作意向{n}项。",
             "公司技术人员现场向客户介绍了产品的材料配方、加工工艺和检测手段。",
             "通过此次交流，公司进一步了解了行业发展趋势和客户需求，为下一步市场开拓积累了经验。"],
    "visit": ["{date}，{co}采购总监一行到访我司，实地考察了机加工车间、装配车间和检测中心。",
              "双方就{pr}的质量控制、交付周期和下一代产品开发进行了深入交流。",
              "评审组对照评审清单逐项核查，重点查看了来料检验、过程控制和产品追溯等环节。",
              "客户对公司的现场管理水平和快速响应能力给予了高度评价。"],
    "audit": ["本次审核为期{k}天，审核组通过现场查看、文件抽查和人员访谈等方式，对公司质量管理体系运行情况进行了全面检查。",
              "审核组对公司在过程控制和持续改进方面的工作给予了充分肯定，同时提出了{k}项改进建议。",
              "公司将以此次审核为契机，认真落实整改措施，不断提升体系运行的有效性。"],
    "quality": ["活动期间，各车间围绕“零缺陷”目标开展了质量知识竞赛、不良品展示和合理化建议征集等活动。",
                "本次共收到员工合理化建议{n3}条，经评审采纳{n}条，预计每年可节约成本{n}万元。",
                "质量部还组织开展了质量案例分享会，用身边的案例警示大家严格按标准作业。"],
    "product": ["新产品采用高碳合金材料和优化的散热筋结构，制动稳定性和耐磨性能均有明显提升。",
                "目前，该系列产品已覆盖国内主流乘用车型{n3}余个，可满足售后市场和主机配套的不同需求。",
                "新产线配备{k}台工业机器人和在线视觉检测系统，单线产能提升{pct}%，用工减少{p2}人。",
                "该产品已通过{co}的全部台架试验，计划下月起小批量供货。"],
    "safety": ["演练模拟车间突发火情，员工按照预案迅速疏散，义务消防队员使用灭火器和消防栓进行了处置。",
               "演练结束后，消防专职人员为大家讲解了灭火器的正确使用方法和火场逃生要点。",
               "公司安全负责人{person}要求各部门定期排查隐患，筑牢安全生产防线。"],
    "honor": ["这是对公司多年来深耕制动系统细分领域、坚持自主创新的充分肯定。",
              "公司将以此为契机，继续加大研发投入，在细分领域做精做专，努力为客户创造更大价值。",
              "近年来，公司累计获得发明专利{k}项、实用新型专利{n}项，参与制定行业标准{k}项。"],
    "meeting": ["会上，各部门负责人汇报了上半年重点工作完成情况，分析了存在的问题和下半年工作计划。",
                "公司上半年实现销售收入{x}亿元，同比增长{pct}%，其中出口业务增长{p2}%。",
                "总经理{person}要求，下半年要紧盯全年目标，抓好降本增效和新客户开发。"],
    "training": ["培训为期{k}天，课程涵盖现场管理、团队沟通、安全生产和精益改善等内容。",
                 "比武设置了车工、钳工、质检和叉车驾驶等{k}个项目，共有{n}名员工报名参赛。",
                 "通过校企合作，学校每年将输送{n}名实习生到公司一线岗位，公司技术骨干也将走进课堂授课。",
                 "新员工们表示，将尽快熟悉岗位要求，把所学知识运用到实际工作中。"],
}
CORP_CAPTIONS = {"expo": "公司展位现场", "visit": "客户参观生产车间", "audit": "审核首次会议现场", "quality": "质量知识竞赛现场",
                 "product": "新产品实拍", "safety": "消防演练现场", "honor": "荣誉证书", "meeting": "会议现场",
                 "training": "培训现场"}


def corp_blocks(ctx: Ctx, kind: str, topic: str) -> list[tuple]:
    """A company-news item on one topic: short ones are one or two paragraphs, long ones get captioned pictures."""
    r = ctx.r
    sents = CORP_SENT[topic]
    n = {"short": r.randint(1, 2), "medium": r.randint(3, 4), "long": r.randint(4, 6)}[kind]
    order = r.sample(sents, len(sents))
    n = min(n, len(order))
    cuts = [0, *sorted(r.sample(range(1, len(order)), n - 1)), len(order)]  # every sentence once, in n paragraphs
    blocks: list[tuple] = [("p", "".join(ctx.fill(t) for t in order[cuts[j]:cuts[j + 1]])) for j in range(n)]
    pics = {"short": r.randint(0, 1), "medium": r.randint(1, 2), "long": r.randint(2, 3)}[kind]
    for j in range(pics):
        cap = CORP_CAPTIONS[topic] if r.random() < 0.75 else None
        blocks.insert(min(len(blocks), 1 + j * 2), ("img", f"{r.randint(10**15, 10**16 - 1)}.jpg", cap))
    if kind == "long" and topic in ("product", "quality", "training"):
        blocks.insert(2, ("ul", [ctx.fill(t) for t in r.sample(LIST_ITEMS[:6], 3)]))
    return blocks


# ---------------------------------------------------------------- technical know-how (pbootcms_corp 技术知识)
TECH_TITLES = ["{pr}多久需要更换？", "如何判断{pr}是否需要更换", "{pr}异响的常见原因及处理方法",
               "{pr}安装注意事项", "{pr}选购指南：原厂件和品牌件怎么选", "{pr}的正确保养方法",
               "为什么新换的{pr}会有异味", "{pr}磨合期需要注意什么"]
TECH_SENT = [
    "一般来说，{pr}的更换周期与驾驶习惯和路况关系很大，城市拥堵路段使用的车辆磨损明显更快。",
    "建议车主每行驶{n}000公里左右检查一次，发现厚度低于厂家规定的极限值时应及时更换。",
    "如果行驶中出现尖锐的金属摩擦声，往往说明报警片已经接触到制动盘，需要尽快处理。",
    "安装前应先清洁相关配合面，不得沾有油污，紧固螺栓必须按照规定扭矩拧紧。",
    "新件装车后的前{n3}公里属于磨合期，应避免频繁急刹和长时间高速制动。",
    "选购时要认准正规渠道，查看产品包装上的型号、生产日期和防伪标识是否齐全。",
    "部分车主反映新件有轻微异味，这是表面涂层在高温下的正常挥发，一般行驶数百公里后会自行消失。",
    "如果问题持续存在，建议到专业维修门店用仪器检测，不要自行拆解。",
    "不同车型的配件规格差异较大，购买前最好提供车架号，由门店技术人员核对适配型号。",
]


def tech_blocks(ctx: Ctx, kind: str) -> list[tuple]:
    """A how-to note: a few paragraphs; long ones get numbered steps."""
    r = ctx.r
    pool: list[str] = []
    n = {"short": r.randint(1, 3), "medium": r.randint(3, 5), "long": r.randint(5, 7)}[kind]
    blocks: list[tuple] = [("p", _pool_para(ctx, TECH_SENT, pool, r.randint(1, 2))) for _ in range(n)]
    if kind == "long":
        blocks.insert(2, ("ol", ["举升车辆并拆下车轮", "拆下卡钳固定螺栓，取出旧件", f"检查{ctx.fixed['pr']}及周边部件的磨损情况",
                                 "装入新件并按规定扭矩紧固", "装复车轮后原地踩踏制动踏板数次"]))
        blocks.insert(2, ("p", "更换的一般步骤如下："))
    return blocks


# ---------------------------------------------------------------- forum posts (discuz_forum)
FORUM_USERS = ["老周修车二十年", "配件小钱", "hzqp2019", "温岭阿强", "修理厂老板娘", "刹车片老杨", "芜湖汽配老陈",
               "机修大鹏", "qpxiaowang", "跑车的老贾", "钣喷师傅阿龙", "售后小白菜", "柳州配件哥", "电工老范",
               "4S店出来的", "玉兰汽配", "堃哥修车", "轴承批发老万"]
FORUM_MODS = ["汇修小编", "版主-扳手"]
FORUM_TITLES = {
    "hangye": ["现在做{pr}批发还有搞头吗？说说我的看法", "{city}汽配城最近生意怎么样？", "聊聊这两年修理厂的变化",
               "{co}的{pr}质量到底怎么样，用过的来说说", "新能源车越来越多，传统修理厂怎么转型",
               "主机厂年降又来了，二级供应商日子不好过", "分享一下我们店今年上半年的经营数据",
               "电商平台低价冲击，线下汽配店怎么应对", "{pr}又涨价了，大家备货了没有",
               "做了十年汽配，说几句掏心窝子的话", "{city}有没有做{pr}的同行，交流一下", "开店三年，总结几个踩过的坑"],
    "weixiu": ["求助：{model}{pr}异响怎么排查？", "{model}故障灯常亮，换了{pr}还是不行", "分享一个{pr}的维修案例",
               "{pr}拆装有什么技巧？新手求教", "记录一次{model}疑难故障排查过程", "{pr}到底多久换一次？看完这篇就懂了",
               "{model}跑高速抖动，最后发现是{pr}的问题", "新手学修车，整理了一份{pr}检修笔记",
               "{pr}用原厂件还是副厂件？说说我的经验", "{model}冷车启动困难，求大神指点"],
    "hangqing": ["{mo}月{city}{pr}行情汇总", "最近{pr}拿货价多少？{city}这边报价", "{pr}价格走势，大家怎么看",
                 "出一批{pr}库存，{city}自提", "{city}这周{pr}行情：走货慢，价格松动"],
}
FORUM_LINES = {
    "hangye": [
        "先说一下背景，我在{city}做{pr}批发差不多{k}年了，主要供周边的修理厂和快修店。",
        "今年明显感觉生意难做，老客户拿货量少了三成左右，账期还越拖越长。",
        "线上平台的价格比我们进货价还低，有些修理厂直接在网上下单，让我们怎么活。",
        "不过话说回来，修理厂急用的件还是得找本地批发，这块线上一时半会取代不了。",
        "我们店现在的做法是把常用件的库存控制在两周以内，不常用的件一律调货。",
        "另外就是多跟修理厂的老板走动，关系到位了，价格贵一点人家也愿意拿。",
        "转型这事我想了很久，三电维修门槛太高，设备加培训一套下来要{n}万。",
        "我个人建议先从空调、底盘这些通用项目做起，慢慢积累新能源车的客户。",
        "有同行说可以跟保险公司合作做事故车，这个我还在考察，有经验的可以分享一下。",
        "说句实在话，这行靠的是口碑，坑一次客户，十个客户都知道。",
        "以上是个人看法，不一定对，欢迎各位同行拍砖。",
    ],
    "weixiu": [
        "车是{model}，跑了{n}万公里，最近低速过减速带的时候底盘有咯噔咯噔的声音。",
        "已经检查过{pr}和下摆臂胶套，看着都没什么问题，四轮定位也做过了。",
        "电脑读了一下故障码，报的是{code}相关的偶发故障，清码以后跑一段又出来。",
        "最后拆下来一看，{pr}内部已经有明显磨损，换了新件以后异响消失。",
        "这种问题一开始很容易误判，建议大家先用听诊器定位，再决定拆哪里，别盲目换件。",
        "顺便说一句，{co}的件装车以后到现在跑了{n3}0公里，暂时没发现问题。",
        "拆装的时候注意螺栓扭矩，新手最容易犯的错就是凭手感拧，回头又松了。",
        "最后提醒新手一句：拆装前一定先断电，高压部件不懂千万别乱碰。",
        "维修手册上写的标准值仅供参考，实际还得结合车况判断。",
        "以上是个人经验，不一定对，欢迎各位老师傅指正。",
    ],
    "hangqing": [
        "{city}这边目前{pr}主流拿货价在{n3}块左右，比上个月便宜了{k}块。",
        "听上游的朋友说，下个月可能还要降，所以这段时间大家都不敢多囤货。",
        "进口品牌的货还是紧，{code}这个型号问了几家都要等一周。",
        "国产品牌价格比较乱，同一个型号不同渠道能差出{p2}%。",
        "库存都是正规渠道进的货，有发票，包装完好，量大可以再谈。",
        "需要的同行直接回帖或者站内短消息联系，{city}市区可以送货。",
        "个人感觉下半年行情不会太好，大家备货还是悠着点。",
    ],
}
FORUM_LIST_ITEMS = {
    "hangye": ["常用件库存控制在两周以内", "大客户账期不超过45天", "每周至少跑一遍重点修理厂", "线上询价当天必须回复"],
    "weixiu": ["先读故障码，记录冻结帧数据", "路试复现故障，确认异响位置", "举升检查{pr}及周边胶套", "更换后清码并路试确认"],
    "hangqing": ["{code}原厂件：现货{n}套", "{code}品牌件：现货{n3}套", "{code}副厂件：现货{n3}套，清仓价"],
}
FORUM_HEADS = ["一、故障现象", "二、排查过程", "三、解决办法", "【问题】", "【处理】", "【总结】"]
FORUM_REPLIES = [
    "沙发，先占个座再看。", "楼主说得很实在，支持一下。", "同感，我们这边也差不多，生意越来越难做了。",
    "学习了，这个案例很有参考价值。", "请问楼主用的是什么型号的听诊器？", "mark一下，回头遇到了再来翻。",
    "我们店也遇到过一样的情况，最后是换了胶套才好的。", "价格还得降，等等再说。", "楼主{city}哪里的？可以加个微信交流下。",
    "干货，收藏了。", "新能源这块确实要早做准备，不然以后没饭吃。", "顶一个，好帖子要让更多人看到。",
    "不同意楼主的观点，线上线下各有各的市场。", "感谢分享，期待更多案例。", "路过，帮顶。",
    "这种情况我建议先查一下减震器顶胶。", "楼上说得对，先定位再拆件。", "问一下，{pr}拿货哪里便宜？",
]
FORUM_SIGNS = ["专业维修，诚信经营，电话1380000XXXX", "做人要厚道，修车要良心。", "汽配批发，欢迎同行交流合作。",
               "学无止境，修车也是。"]


def forum_post(ctx: Ctx, kind: str, topic: str) -> list[tuple]:
    """A first post: lines (rendered with <br />), bold heads on long ones, an optional table or numbered list."""
    r = ctx.r
    lines = FORUM_LINES[topic]
    n = {"short": r.randint(1, 3), "medium": r.randint(4, 5), "long": r.randint(5, 7)}[kind]
    order = r.sample(lines, len(lines))
    n = min(n, len(order))
    cuts = [0, *sorted(r.sample(range(1, len(order)), n - 1)), len(order)] if kind == "long" else list(range(n + 1))
    blocks: list[tuple] = [("p", "".join(ctx.fill(t) for t in order[cuts[j]:cuts[j + 1]])) for j in range(n)]
    if kind == "long":
        heads = FORUM_HEADS[:3] if r.random() < 0.5 else FORUM_HEADS[3:]
        blocks.insert(0, ("h", heads[0]))
        blocks.insert(3, ("h", heads[1]))
        blocks.insert(len(blocks) - 1, ("h", heads[2]))
        if topic == "hangqing" or (topic == "hangye" and r.random() < 0.5):
            rows = [["配件", "上月拿货价", "本月拿货价"]]
            for code in r.sample(PART_CODES, 3):
                p0 = r.randint(60, 900)
                rows.append([f"{code} {ctx.fixed['pr']}", f"{p0}元", f"{p0 - r.randint(-20, 40)}元"])
            blocks.insert(2, ("table", rows))
        else:
            blocks.insert(2, ("ol", [ctx.fill(t) for t in FORUM_LIST_ITEMS[topic]]))
    elif kind == "medium" and topic == "hangqing":
        blocks.insert(1, ("ul", [ctx.fill(t) for t in FORUM_LIST_ITEMS[topic]]))
    return blocks


# ---------------------------------------------------------------- WeChat official accounts (wechat_mirror)
ACCOUNTS = [("汽配前哨", "qpqs", "gh_3f8a21c90d4e"), ("后市场研究所", "hscyjs", "gh_71c0e9b2a415"),
            ("修车那点事儿", "xcndsr", "gh_0b5d6e33f1a7"), ("零部件采购圈", "lbjcgq", "gh_9e24c7a8b061")]
WX_TITLES = [
    "{pr}行业，正在发生一场静悄悄的洗牌",
    "重磅！{city}汽配产业扶持政策出炉，这些企业可申请补贴",
    "{co}的{pr}，凭什么拿下{model}？",
    "一文看懂：{year}年{pr}市场的五大变化",
    "修理厂老板必看：{pr}这样进货能省一大笔",
    "干货｜{pr}常见故障及排查思路（建议收藏）",
    "{city}汽配城，一个时代的落幕",
    "年降、账期、内卷……二级供应商的生存实录",
    "{model}上市在即，背后这些供应商赚翻了",
    "{mo}月{pr}价格行情速递",
    "招聘｜{co}{city}工厂诚聘质量工程师",
    "活动预告｜{city}汽配人线下交流会报名开启",
    "深度｜{pr}国产替代，还有多远？",
    "{co}董事长{person}：不做价格战，只做好产品",
]
WX_SENT = [
    "最近和几位做{pr}的老板聊天，大家不约而同提到一个词：难。",
    "难在哪里？订单还在，但利润越来越薄，账期越来越长。",
    "据不完全统计，今年以来{city}已有{n}家中小配件厂停产或转让。",
    "与此同时，头部企业的市场份额却在持续提升，{co}今年上半年营收同比增长{pct}%。",
    "这背后，是主机厂对供应商体系的重新梳理：质量、成本、交付，缺一不可。",
    "对于修理厂来说，进货渠道的选择直接决定了毛利水平。",
    "我们调研了{n}家门店，发现平台集采的价格平均比本地批发低{p2}%左右。",
    "但也有老板提醒，低价货的质量参差不齐，返修一次就把省下的钱全赔进去了。",
    "所以我们的建议是：常用件走平台集采，急件和高价值件找靠谱的本地供应商。",
    "据{city}市经信局介绍，此次出台的政策共{k}条，涵盖技术改造、市场开拓和人才引进等方面。",
    "其中，对年度技改投入超过{n}00万元的企业，最高可给予{n}0万元补助。",
    "{person}告诉我们，{co}拿下{model}定点，靠的不是价格，而是连续三年零索赔的质量记录。",
    "从{year}年开始，国产{pr}的装车比例快速提升，目前已经超过{p3}%。",
    "不过，在高端材料和核心芯片上，国产方案仍有不小的差距。",
    "一位行业老兵感慨：这个行业从来不缺机会，缺的是耐得住寂寞的人。",
    "你怎么看？欢迎在留言区聊聊。",
]
WX_HEADS = ["01 行业在变", "02 谁在受益", "03 怎么应对", "一、政策要点", "二、申报条件", "三、办理流程"]
WX_CAPTIONS = ["▲ {co}生产车间（图片来源：企业供图）", "▲ 图源网络，侵删", "▲ {city}某汽配市场", "图片来源：{co}官网",
               "▲ 资料图"]
WX_HEADER_NOISE = ["点击上方蓝字关注我们", "点击蓝字 关注我们", "↑ 点击上方“{acct}”关注我们"]
WX_TAIL_NOISE = ["- END -", "往期推荐", "点击“阅读原文”了解更多", "分享、点赞、在看，3连3连！", "喜欢就点个在看吧"]
WX_EDITORS = ["小配", "阿哲", "周周", "木子"]


def wechat_blocks(ctx: Ctx, kind: str) -> list[tuple]:
    """A WeChat article: short paragraphs, numbered section heads on long ones, pictures with ▲ captions."""
    r = ctx.r
    pool: list[str] = []
    n = {"short": r.randint(1, 3), "medium": r.randint(4, 7), "long": r.randint(8, 11)}[kind]
    blocks: list[tuple] = [("p", _pool_para(ctx, WX_SENT, pool, r.randint(1, 2))) for _ in range(n)]
    pics = {"short": r.randint(0, 1), "medium": r.randint(1, 2), "long": r.randint(2, 3)}[kind]
    for j in range(pics):
        cap = ctx.fill(r.choice(WX_CAPTIONS)) if r.random() < 0.7 else None
        blocks.insert(min(len(blocks), 1 + j * 3), ("img", f"{r.getrandbits(64):016x}", cap))
    if kind == "long":
        heads = WX_HEADS[:3] if r.random() < 0.5 else WX_HEADS[3:]
        blocks.insert(1, ("h", heads[0]))
        blocks.insert(len(blocks) // 2, ("h", heads[1]))
        blocks.insert(len(blocks) - 2, ("h", heads[2]))
        if r.random() < 0.5:
            rows = [["规格", "本月均价（元）", "环比"]]
            for code in r.sample(PART_CODES, 3):
                rows.append([f"{code}", str(r.randint(80, 1500)), f"{r.randint(-9, 12)}%"])
            blocks.insert(4, ("table", rows))
        else:
            blocks.insert(4, ("ul", [ctx.fill(t) for t in r.sample(LIST_ITEMS, 3)]))
    return blocks


# ---------------------------------------------------------------- municipal government (gov_xxgk)
GOV_CITY = "澄州"
GOV_ORGS = ["澄州市人民政府办公室", "澄州市经济和信息化局", "澄州市商务局", "澄州市市场监督管理局", "澄州市交通运输局",
            "澄州市发展和改革委员会"]
GOV_ABBR = {"澄州市人民政府办公室": "澄政办发", "澄州市经济和信息化局": "澄经信", "澄州市商务局": "澄商务",
            "澄州市市场监督管理局": "澄市监", "澄州市交通运输局": "澄交运", "澄州市发展和改革委员会": "澄发改"}
GOV_TOPICS = ["工业、交通", "商贸、海关、旅游", "市场监管、安全生产监管", "综合政务", "国民经济管理、国有资产监管"]
GOV_DOC_TITLES = [
    "关于印发《澄州市汽车零部件产业链高质量发展三年行动方案（{year}—{year3}年）》的通知",
    "关于开展{year}年度工业企业技术改造项目申报工作的通知",
    "关于进一步规范机动车维修经营活动的通知",
    "关于印发《澄州市促进汽车消费若干措施》的通知",
    "关于组织申报{year}年澄州市专精特新中小企业的通知",
    "关于开展汽车配件市场产品质量专项整治的实施方案",
    "关于加快推进新能源汽车充电基础设施建设的实施意见",
    "关于公布{year}年度澄州市智能工厂和数字化车间名单的通知",
    "关于做好{year}年汽车以旧换新补贴申领工作的通知",
    "关于印发《澄州市二手车流通管理办法》的通知",
    "关于开展{year}年机动车检验机构监督检查的通知",
    "澄州市支持外贸企业拓市场稳订单的若干政策",
]
GOV_OPEN = [
    "各县（市、区）人民政府，市政府各部门、各直属单位：",
    "各县（市、区）经信局，各有关企业：",
    "各县（市、区）有关部门，各有关单位：",
]
GOV_PREAMBLE = [
    "为深入贯彻落实制造业高质量发展的决策部署，加快推动我市汽车零部件产业转型升级，经市政府同意，现就有关事项通知如下。",
    "为进一步规范市场秩序，保障消费者合法权益，促进行业健康有序发展，结合我市实际，制定本方案。",
    "为做好{year}年度相关申报工作，现将有关事项通知如下：",
]
GOV_SECTIONS = [
    ("总体要求", ["坚持市场主导、政府引导，以企业为主体，以项目为抓手，推动产业链补链强链延链。",
              "到{year3}年，全市汽车零部件产业产值力争突破{n}0亿元，培育产值超10亿元企业{k}家以上。"]),
    ("主要任务", ["实施龙头企业培育工程，支持重点企业兼并重组、做大做强。",
              "推进数字化改造，每年新建智能工厂和数字化车间{k}个以上。",
              "加强配套协作，组织整车与零部件企业开展供需对接活动不少于{k}场。"]),
    ("申报条件", ["在本市注册登记、具有独立法人资格，生产经营正常，近三年无重大安全、环保、质量事故。",
              "项目已于{year}年1月1日以后开工建设，设备投资额不低于{n}00万元。"]),
    ("支持政策", ["对符合条件的技术改造项目，按设备投资额的{p2}%给予补助，单个项目最高不超过{n}00万元。",
              "对首次认定的专精特新企业，给予一次性奖励{n}万元。"]),
    ("工作要求", ["各地各部门要高度重视，明确责任分工，确保各项工作落到实处。",
              "各县（市、区）主管部门要认真做好审核把关，对申报材料的真实性负责。"]),
    ("保障措施", ["建立市级工作协调机制，定期研究解决产业发展中的重大问题。",
              "加强要素保障，优先保障重点项目用地、用能需求。"]),
]
GOV_SUBS = ["（一）", "（二）", "（三）", "（四）"]
GOV_NUMS = "一二三四五六七八九十"
GOV_ATTACH = ["{year}年度项目申报书", "申报汇总表", "企业承诺书", "专项整治检查清单"]
GOV_NEWS_TITLES = [  # (title, the organisation it is about; None: any)
    ("市经信局召开汽车零部件产业链链长制工作推进会", "澄州市经济和信息化局"),
    ("澄州市举办{year}年汽车零部件供需对接活动", None),
    ("市商务局赴{city}考察学习汽车后市场发展经验", "澄州市商务局"),
    ("我市{n}家企业入选省级专精特新中小企业名单", "澄州市经济和信息化局"),
    ("市市场监管局开展汽车配件市场质量安全检查", "澄州市市场监督管理局"),
    ("澄州市新能源汽车推广应用工作取得阶段性成效", "澄州市发展和改革委员会"),
    ("市交通运输局召开机动车维修行业安全生产会议", "澄州市交通运输局"),
    ("副市长{person}调研汽车零部件重点项目建设", None),
]
GOV_NEWS_SENT = [
    "{date}，{org}召开专题会议，研究部署下一阶段重点工作。",
    "会议听取了各县（市、区）工作进展情况汇报，分析了当前存在的困难和问题。",
    "会议强调，要聚焦重点企业和重点项目，强化要素保障，推动产业链稳链强链。",
    "今年以来，全市汽车零部件产业实现产值{x}亿元，同比增长{pct}%，增速高于全市规上工业平均水平。",
    "检查组一行先后来到{k}家汽配经营企业，详细查看了产品进货查验记录和台账管理情况。",
    "对检查中发现的问题，执法人员当场下达责令改正通知书，并要求限期整改到位。",
    "活动现场，{n}家整车和零部件企业进行了集中签约，签约金额{x}亿元。",
    "调研组一行实地察看了项目建设进度，听取企业负责人关于生产经营情况的介绍。",
    "下一步，我市将继续加大政策支持力度，营造良好的产业发展环境。",
]


def gov_doc_blocks(ctx: Ctx, kind: str, org: str, signed) -> tuple[list[tuple], list[str]]:
    """A government document: addressee, preamble, numbered sections (一、 and （一）), the issuer and date lines.

    Returns (blocks, attachment names). ``ctx.fixed["year3"]`` must be set (the end year of a plan)."""
    r = ctx.r
    opener = GOV_OPEN[0] if "政府办公室" in org else GOV_OPEN[1] if "经济和信息化" in org else GOV_OPEN[2]
    blocks: list[tuple] = [("p", opener)]
    preamble = ctx.fill(r.choice(GOV_PREAMBLE))
    if kind == "short":
        head, sents = r.choice(GOV_SECTIONS)
        blocks.append(("p", preamble + "".join(ctx.fill(x) for x in sents)))
    else:
        blocks.append(("p", preamble))
        n = r.randint(2, 3) if kind == "medium" else r.randint(4, 5)
        for j, (head, sents) in enumerate(r.sample(GOV_SECTIONS, n)):
            blocks.append(("h", f"{GOV_NUMS[j]}、{head}"))
            if kind == "long":
                blocks.extend(("p", GOV_SUBS[k] + ctx.fill(x)) for k, x in enumerate(sents))
            else:
                blocks.append(("p", "".join(ctx.fill(x) for x in sents)))
        if kind == "long" and r.random() < 0.6:
            rows = [["序号", "项目类别", "补助比例", "单项上限"]]
            for k, cat in enumerate(r.sample(["设备更新", "智能化改造", "绿色化改造", "研发平台建设", "首台套应用"], 3), 1):
                rows.append([str(k), cat, f"{r.randint(5, 20)}%", f"{r.randint(1, 9)}00万元"])
            blocks.insert(5, ("table", rows))
    attach = [ctx.fill(t) for t in r.sample(GOV_ATTACH, r.randint(1, 2))] if kind != "short" or r.random() < 0.4 else []
    blocks += [("p", org), ("p", f"{signed.year}年{signed.month}月{signed.day}日")]
    if r.random() < 0.5:
        blocks.append(("p", "（此件公开发布）"))
    return blocks, attach


GOV_NOTICE_TITLES = [
    "关于{year}年度机动车维修企业质量信誉考核结果的公示",
    "关于开展汽配市场消防安全专项检查的通告",
    "{year}年汽车以旧换新补贴申领时间调整的公告",
    "关于征集汽车零部件产业链重点项目的通知",
    "关于举办{year}年汽车维修技能竞赛的通知",
    "关于{city}路汽配市场周边道路临时交通管制的通告",
    "关于拟认定{year}年度市级企业技术中心名单的公示",
    "关于暂停受理二手车交易登记业务的公告",
    "关于公开征求《澄州市机动车维修行业管理办法（征求意见稿）》意见的公告",
]
GOV_NOTICE_SENT = [
    "根据工作安排，现将有关事项公告如下。",
    "公示期为{year}年{mo}月{n}日至{mo}月{k}日（共5个工作日）。",
    "公示期间，任何单位和个人对公示名单有异议的，可通过书面形式向我局反映，并提供必要的证明材料。",
    "期间给广大群众带来的不便，敬请谅解。",
    "请各有关单位按照要求认真组织，于规定时间前将材料报送至指定地点。",
    "联系人：{person}，联系电话：0573-8726{n3}。",
]


def gov_notice_blocks(ctx: Ctx, kind: str, org: str, signed, contact: str) -> list[tuple]:
    """A short notice (公告 / 公示 / 通告): a few sentences, sometimes a name table, the contact line and the issuer."""
    r = ctx.r
    ctx.fixed["person"] = contact
    sents = GOV_NOTICE_SENT
    blocks: list[tuple] = [("p", ctx.fill(sents[0]) + ctx.fill(r.choice(GOV_PREAMBLE[1:])))]
    if kind != "short":
        blocks.append(("p", ctx.fill(sents[1]) + ctx.fill(sents[2])))
        if r.random() < 0.6:
            rows = [["序号", "企业名称", "所在地"]]
            for k, co in enumerate(r.sample(COMPANIES, r.randint(3, 6)), 1):
                rows.append([str(k), f"澄州{co}有限公司", r.choice(["临江区", "北湖区", "澄东县", "石门县"])])
            blocks.append(("table", rows))
    blocks.append(("p", ctx.fill(r.choice(sents[3:5]))))
    blocks.append(("p", ctx.fill(sents[5])))
    blocks += [("p", org), ("p", f"{signed.year}年{signed.month}月{signed.day}日")]
    return blocks


def gov_news_blocks(ctx: Ctx, kind: str, org: str) -> list[tuple]:
    r = ctx.r
    ctx.fixed["org"] = org
    pool: list[str] = []
    n = {"short": r.randint(1, 2), "medium": r.randint(3, 5), "long": r.randint(5, 7)}[kind]
    first = ctx.fill(GOV_NEWS_SENT[0])
    blocks = [("p", first + _pool_para(ctx, GOV_NEWS_SENT[1:], pool, 1))]
    blocks += [("p", _pool_para(ctx, GOV_NEWS_SENT[1:], pool, r.randint(1, 2))) for _ in range(n - 1)]
    if kind != "short" and r.random() < 0.6:
        blocks.insert(1, ("img", f"{r.randint(10**7, 10**8 - 1)}.jpg", ctx.fill("会议现场") if r.random() < 0.5 else "检查现场"))
    return blocks

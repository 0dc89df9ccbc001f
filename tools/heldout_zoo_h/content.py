"""Invented Chinese auto-industry text for held-out zoo H (stdlib only, deterministic).

The machinery is zoo G's (``Ctx``, ``paragraphs``, a sentence pool); **every word list and sentence is new**:
other fictitious companies, cities, car models, part codes, given names and media, new headlines and
sentences, plus the texts of the zoo H families: a motor maker's company news, an industry association's
news, policy documents and notices, an auto-electronics engineer's blog posts (with code), and a portal's
auto-channel reports.

Blocks (what the families render):
  ("p", text)              a paragraph
  ("h", text)              a sub-heading inside the text
  ("img", src, caption)    a picture, caption may be None (captions are NOT article text)
  ("table", rows)          rows of cells, first row is the header
  ("ul", items) / ("ol", items)
  ("quote", text)          a block quote
  ("code", lang, lines)    a code block (blog): one paragraph, its lines joined by "\\n"

``paragraphs(blocks)`` gives the truth text blocks: table rows as cells joined by TAB, one item per list entry.
"""

from __future__ import annotations

import datetime as dt
import random

COMPANIES = ["恒钧电器", "锐翎电子", "岳川精密", "启澄动力", "麓航科技", "沛丰橡塑", "迦南滤清", "衡屹铸造",
             "珀亚电控", "宸远轴承", "炬晟照明", "澈蓝热管理", "垣泰弹簧", "翊鸣声学", "砚舟线束", "朔方制动",
             "灏森密封", "栎晨传感", "峥骅电池", "泊岸座椅"]
CITIES = ["岚州", "璟川", "沣阳", "槐浦", "临溆", "鹭汀", "青崖", "汐港", "棠溪", "澜江", "云泽", "枫渡", "栖梧",
          "砚湖"]
PROVINCE = "岚东省"
PRODUCTS = ["起动机", "交流发电机", "雨刮电机", "鼓风机电机", "车窗升降器", "燃油泵总成", "水箱散热器", "转向拉杆球头",
            "稳定杆连杆", "电子驻车卡钳", "车身控制模块", "胎压传感器", "冷却风扇总成", "空调膨胀阀", "发动机悬置",
            "排气温度传感器", "高压线束总成", "车载充电机", "DC-DC转换器", "电子膨胀阀", "前照灯总成", "轮速传感器"]
MODELS = ["澜途S3", "骁川K5", "星屿E7", "峰驰V2", "岚影P6", "穹宇X3", "越泽M5", "翼航C7", "鲸跃D9", "麓光R4"]
PART_CODES = ["QD-4415", "FD-2208", "YG-170", "GF-93", "CC-505", "RY-12B", "TP-X7", "BCM-31", "OBC-66", "DCD-2K"]
SURNAMES = "赵钱孙周吴郑冯陈卫蒋沈韩朱秦许何吕施孔曹严魏陶姜谢邹柏窦章苏潘葛范彭鲁韦马方俞任袁柳唐罗薛贺倪汤殷毕郝邬安常乐于傅齐康伍余顾孟黄穆萧尹姚邵汪祁毛狄贝明戴宋庞熊纪舒屈项祝董梁杜阮蓝闵季贾路江童颜郭梅盛林钟徐邱骆高夏蔡田胡凌霍虞万柯卢莫房解应宗丁宣邓洪包左石崔龚程邢裴陆荣翁荀甄曲封储靳段焦巴牧山谷车侯宓全班仰秋仲伊宫宁仇栾甘厉戎祖武符刘景詹龙叶幸司黎薄印白怀蒲从鄂索咸籍赖卓蔺屠蒙池乔阴胥苍双闻党翟谭贡劳姬申扶堵冉宰雍桑桂牛寿通边燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公"
GIVEN = ["振华", "雅琴", "博文", "嘉怡", "春生", "丽萍", "浩然", "梦瑶", "德胜", "紫涵", "永康", "欣悦", "国栋",
         "诗雨", "志刚", "慧敏", "天佑", "若曦", "金宝", "静怡", "鹏飞", "晓彤", "松林", "艺璇", "长青", "美玲"]
GBK_ONLY_GIVEN = ["玥", "祎", "燊", "鋆", "琍"]  # in GBK, not in GB2312
MEDIA = ["车界参考", "零部件导报", "汽车供应链周刊", "澜江日报", "汽配商情网", "新能源车观察", "后市场半月谈",
         "制造业时讯", "岚东经济报", "汽车电子评论"]


def person(rnd: random.Random, gbk_only: bool = False) -> str:
    given = rnd.choice(GBK_ONLY_GIVEN) if gbk_only else rnd.choice(GIVEN)
    return rnd.choice(SURNAMES[:60]) + given


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
                      "year": str(when.year), "year2": str(when.year + 1), "person": person(rnd),
                      "prov": PROVINCE}

    def fill(self, tpl: str) -> str:
        r = self.r
        nums = {"pct": str(r.randint(4, 46)), "p2": str(r.randint(2, 28)), "p3": str(r.randint(55, 96)),
                "x": f"{r.randint(2, 95)}.{r.randint(1, 9)}", "n": str(r.randint(3, 58)), "n3": str(r.randint(110, 960)),
                "k": str(r.randint(3, 19)), "m2": str(r.randint(2, 11)), "ms": str(r.randint(6, 80))}
        return tpl.format(**self.fixed, **nums)


def _pool_para(ctx: Ctx, sentences: list[str], pool: list[str], k: int) -> str:
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
        if kind in ("p", "h", "quote"):
            out.append(b[1])
        elif kind == "table":
            out.extend("\t".join(row) for row in b[1])
        elif kind in ("ul", "ol"):
            out.extend(b[1])
        elif kind == "code":
            out.append("\n".join(b[2]))
    return out


# ---------------------------------------------------------------- industry news (reposts, association, portal)
NEWS_TITLES = [
    "{city}{pr}产能利用率回升至{p3}%",
    "{co}{pr}生产基地二期在{city}投产",
    "{co}与{co2}合资成立{pr}研发公司",
    "{pr}售后报价企稳 {city}批发市场成交回暖",
    "{co}获{model}{pr}全球定点 生命周期订单超{n}亿元",
    "{prov}发布汽车零部件“强链”清单 {pr}列入重点",
    "一季度{city}汽车电子产业营收增长{pct}%",
    "{co}{code}型{pr}通过车规级可靠性认证",
    "铜铝价格波动 {pr}企业加速套期保值",
    "{city}汽配出口前{mo}月突破{n}亿元",
    "{co}新建{pr}智能工厂 单线节拍缩短至{k}秒",
    "{pr}团体标准发布 {co}等{k}家企业参与起草",
    "{model}改款上市 {co}供应{pr}",
    "新能源渗透率提升 {pr}需求结构生变",
    "{co}发布{pr}新平台 兼容{k}种电压等级",
    "{city}零部件企业组团赴海外参展 意向订单{x}亿元",
]
NEWS_OPENERS = [
    "{date}，{co}在{city}举行{pr}新产线投产仪式，标志着企业在该品类上的年产能迈上新台阶。",
    "记者近日从{city}市工业和信息化局了解到，今年前{mo}个月，全市{pr}相关企业实现营业收入{x}亿元，同比增长{pct}%。",
    "{date}，{co}与{co2}在{city}签约，双方将围绕{pr}的联合开发和产能共享展开合作。",
    "进入{mo}月以来，{city}汽配批发市场{pr}的成交量明显回升，多家门店反映询价客户比上月增加了两三成。",
    "{date}，{prov}汽车零部件产业链供需对接会在{city}举行，{n3}余家整车和零部件企业参会。",
    "日前，{co}研发的{code}型{pr}完成全部车规级试验，即将向{model}项目批量供货。",
    "走进{co}位于{city}的生产车间，一条条自动化产线正在有序运转，搬运机器人往来穿梭。",
    "受上游原材料价格波动影响，近期{pr}生产企业的成本压力有所加大，部分企业已启动新一轮报价调整。",
]
NEWS_MIDDLES = [
    "据介绍，该项目总投资{x}亿元，全部达产后可形成年产{pr}{n3}万台（套）的生产能力。",
    "企业技术负责人{person}表示，新一代产品在重量上减轻了{p2}%，噪声指标也优于主机厂的要求。",
    "目前，{co}的产品已进入{model}、{model2}等车型的配套体系，主机厂客户增加到{n}家。",
    "“从去年下半年开始，订单就一直排得比较满，有的型号要提前两个月下单。”销售经理{person}说。",
    "从客户结构看，新能源车企的订单占比已经达到{pct}%，比两年前翻了一番。",
    "业内人士指出，整车价格战向上游传导，二级供应商普遍面临降价和账期拉长的双重压力。",
    "{city}目前拥有规模以上汽车零部件企业{n3}家，产品覆盖电机电器、底盘和热管理等多个门类。",
    "在企业的试验中心，工程师正在对一批样件进行振动和盐雾试验，每个批次都要连续测试{n3}小时以上。",
    "为分散市场风险，不少企业开始把目光投向中东、东南亚和南美市场，海外业务占比逐年提高。",
    "{co2}有关负责人表示，双方在技术和渠道上高度互补，合作有望在两年内见到成效。",
    "一些批发商坦言，眼下最担心的不是没有订单，而是回款周期越来越长，资金周转压力很大。",
    "海关数据显示，今年前{mo}个月{city}汽车零部件出口额为{x}亿元，同比增长{pct}%。",
    "围绕数字化改造，企业累计投入{n}00余万元，上线了制造执行系统和在线质量追溯平台。",
    "对接会现场发布了{n}项配套需求，涵盖{pr}、车身电子和热管理部件等多个品类。",
    "{person}认为，零部件企业要想穿越周期，关键还是要把成本和质量同时做到位。",
    "按照规划，项目三期将在{year2}年启动建设，重点布局电驱动和热管理相关产品。",
    "值得注意的是，原材料中铜材的占比较高，铜价每上涨一成，单件成本就要增加{p2}元左右。",
    "与传统产品相比，新产品对电磁兼容和功能安全提出了更高要求，验证周期普遍拉长到一年以上。",
    "一位在行业内工作了二十多年的老工程师感慨，现在拼的已经不是单一产品，而是系统集成能力。",
    "据不完全统计，全省已有{k}个县市把汽车零部件列为主导产业，产业集聚效应逐步显现。",
    "在售后渠道，线上平台的集采订单增长较快，部分品牌件的线上销量占比已超过三成。",
    "企业负责人坦言，过去靠低价拿订单的路子已经走不通了，必须在研发上舍得投入。",
    "据悉，该产品采用了新的绕线工艺和散热结构，连续工作温升降低了{k}摄氏度。",
    "从招聘市场看，懂软件又懂硬件的复合型工程师最为抢手，部分岗位薪资涨幅超过{p2}%。",
]
NEWS_CLOSERS = [
    "据悉，{co}还计划在{city2}设立区域服务中心，进一步缩短对客户的响应时间。",
    "业内预计，未来几年国内{pr}市场仍将保持{p2}%左右的年均增速。",
    "多位商户表示，下半年将以消化库存为主，备货会更加谨慎。",
    "{city}有关部门表示，将持续优化营商环境，帮助企业解决用工和融资等实际困难。",
    "下一步，企业将重点推进海外市场的本地化服务，争取在年内实现海外营收占比提升至{pct}%。",
]
NEWS_SUBHEADS = ["订单回暖", "成本承压", "技术升级", "市场展望", "一、产能布局", "二、客户结构", "三、研发投入",
                 "四、下一步计划"]
NEWS_LIST_LEADS = ["该项目有以下几个特点：", "企业下一步将重点做好以下工作：", "记者梳理发现，当前市场呈现几个新变化："]
NEWS_LIST_ITEMS = ["关键工序自动化率达到{p3}%", "产品一次交检合格率提升至99.{k}%", "新增{pr}检测线{k}条",
                   "新能源客户订单占比超过{pct}%", "海外营收同比增长{p2}%", "建成省级企业技术中心",
                   "售后渠道线上订单增速明显快于线下", "原材料库存周转天数压缩到{k}天", "与{co2}共建联合实验室"]
NEWS_CAPTIONS = ["{co}的{pr}生产线。", "工人正在检验{pr}产品。", "{code}型{pr}。", "{city}汽配批发市场。",
                 "对接会现场。"]


def news_title(ctx: Ctx) -> str:
    return ctx.fill(ctx.r.choice(NEWS_TITLES))


def news_blocks(ctx: Ctx, kind: str, img_prefix: str = "/upload/") -> list[tuple]:
    """kind: short (1-3 paragraphs), medium (4-7), long (8-12 with a table or list, pictures, sub-heads)."""
    r = ctx.r
    pool: list[str] = []

    def para(first: bool = False) -> str:
        return (ctx.fill(r.choice(NEWS_OPENERS)) if first else "") + _pool_para(ctx, NEWS_MIDDLES, pool, r.randint(1, 3))

    def img() -> tuple:
        cap = ctx.fill(r.choice(NEWS_CAPTIONS)) if r.random() < 0.7 else None
        return ("img", f"{img_prefix}{r.randint(100000, 999999)}.jpg", cap)

    if kind == "short":
        n = r.randint(1, 3)
        blocks = [("p", para(True))] + [("p", para()) for _ in range(n - 1)]
        if r.random() < 0.4:
            blocks.insert(1, img())
        return blocks
    if kind == "medium":
        n = r.randint(4, 7)
        blocks = [("p", para(True))] + [("p", para()) for _ in range(n - 2)] + [("p", ctx.fill(r.choice(NEWS_CLOSERS)))]
        if r.random() < 0.6:
            blocks.insert(r.randint(1, 2), img())
        return blocks
    n = r.randint(8, 12)
    body = [("p", para(True))] + [("p", para()) for _ in range(n - 2)] + [("p", ctx.fill(r.choice(NEWS_CLOSERS)))]
    heads = sorted(r.sample(NEWS_SUBHEADS[:4] if r.random() < 0.5 else NEWS_SUBHEADS[4:], 2), key=NEWS_SUBHEADS.index)
    body.insert(2, ("h", heads[0]))
    body.insert(len(body) // 2 + 2, ("h", heads[1]))
    extra: list[tuple] = []
    if r.random() < 0.55:
        rows = [["企业", f"{ctx.fixed['pr']}销量（万台）", "同比", "主要配套车型"]]
        for co in r.sample(COMPANIES, r.randint(3, 5)):
            rows.append([co, str(r.randint(12, 480)), f"{r.randint(-12, 47)}%", r.choice(MODELS)])
        extra.append(("p", f"今年前{ctx.fixed['mo']}个月部分企业{ctx.fixed['pr']}销量如下："))
        extra.append(("table", rows))
    else:
        extra.append(("p", r.choice(NEWS_LIST_LEADS)))
        extra.append(("ul" if r.random() < 0.5 else "ol", [ctx.fill(t) for t in r.sample(NEWS_LIST_ITEMS, r.randint(3, 5))]))
    at = r.randint(3, len(body) - 2)
    body[at:at] = extra
    body.insert(1, img())
    if r.random() < 0.5:
        body.insert(len(body) - 2, img())
    return body


# ---------------------------------------------------------------- a motor maker's own news (metinfo_corp)
CORP_NAME = "鹭汀恒钧汽车电器有限公司"
CORP_SHORT = "恒钧"
CORP_TITLES = [  # (title, topic)
    ("恒钧电器参展{year}{city}国际汽车电子博览会", "expo"),
    ("公司受邀出席{prov}汽车零部件行业协会年会", "expo"),
    ("{co}采购中心一行莅临我公司考察", "visit"),
    ("{model}项目质量团队到我司开展过程审核", "visit"),
    ("我公司顺利通过IATF 16949体系再认证审核", "audit"),
    ("恒钧电器开展{year}年“品质提升月”活动", "quality"),
    ("公司{code}系列{pr}正式量产下线", "product"),
    ("恒钧电器新型{pr}自动绕线线体投入运行", "product"),
    ("公司组织开展{year}年夏季安全生产大检查", "safety"),
    ("恒钧电器被认定为{prov}“专精特新”中小企业", "honor"),
    ("公司荣获{co}“{year}年度优秀供应商”称号", "honor"),
    ("恒钧电器召开{year}年度总结表彰大会", "meeting"),
    ("公司举办第{k}期中层管理人员培训班", "training"),
    ("恒钧电器第{k}届职工技能运动会圆满落幕", "training"),
    ("公司与{city}技师学院签订校企合作协议", "training"),
    ("恒钧电器党支部开展主题党日活动", "party"),
    ("公司工会组织开展夏季送清凉活动", "party"),
    ("恒钧电器{year}届新员工入职培训开班", "training"),
]
CORP_SENT = {
    "expo": ["{date}，公司副总经理{person}带领营销和技术团队参展，重点展示了{code}系列{pr}及新能源车用电机产品。",
             "展会三天时间里，公司展台累计接待国内外客商{n3}余人次，现场达成合作意向{n}项。",
             "技术人员结合样件和剖面模型，向来访客户详细介绍了产品的结构特点和测试数据。",
             "此次参展进一步提升了恒钧品牌在行业内的知名度，也为后续开拓海外市场打下了基础。"],
    "visit": ["{date}，{co}采购中心负责人一行到公司考察，先后参观了冲压、绕线、总装和试验等车间。",
              "座谈会上，双方围绕{pr}的质量提升、成本优化和新项目开发进行了深入交流。",
              "审核组按照过程审核清单，对产品实现全过程进行了逐项检查，并抽查了近三个月的质量记录。",
              "客户对公司近年来在自动化和质量管理方面取得的进步给予了肯定，并提出了{k}条改进建议。"],
    "audit": ["本次再认证审核历时{k}天，审核组通过现场观察、文件查阅和员工访谈，对体系运行的符合性和有效性进行了全面评价。",
              "审核组认为，公司管理体系运行总体有效，在过程绩效监控方面有亮点，同时开出了{k}项轻微不符合项。",
              "公司要求各责任部门举一反三，在规定期限内完成整改，并将审核发现纳入年度改进计划。"],
    "quality": ["活动期间，各车间围绕“一次做对”的主题，开展了质量知识答题、质量问题曝光台和质量改善提案等活动。",
                "本次活动共征集质量改善提案{n3}条，评出优秀提案{n}条，预计全年可减少质量损失{n}万元。",
                "质量部还组织召开了典型质量问题分析会，用真实案例提醒员工严守作业标准。"],
    "product": ["该系列产品采用新型永磁材料和优化的电磁设计，输出效率较上一代提高{p2}%，体积减小约一成。",
                "目前，产品已完成主机厂全部台架和道路试验，首批订单将于下月交付{model}项目。",
                "新线体配置了{k}台自动绕线机和在线电性能检测设备，单班产能提升{pct}%，关键工序实现无人化。",
                "该产品适配{n3}余款主流车型，可同时满足主机配套和售后市场的需求。"],
    "safety": ["检查组由公司安全生产委员会成员组成，重点检查了危化品仓库、配电房、空压站和各车间的消防设施。",
               "对检查中发现的{k}处隐患，检查组当场下发整改通知单，明确了整改责任人和完成时限。",
               "总经理{person}强调，安全生产没有旁观者，各部门要把隐患排查做在日常、落到实处。"],
    "honor": ["此次获评是对公司长期专注汽车电机电器细分领域、坚持创新驱动的认可。",
              "近年来，公司累计取得发明专利{k}项、实用新型专利{n}项，主持或参与制定行业标准{k}项。",
              "公司将以此为新的起点，持续加大研发投入，把产品做精做强，更好地服务客户。"],
    "meeting": ["会上，总经理{person}作年度工作报告，全面回顾了过去一年的生产经营情况，部署了新一年的重点任务。",
                "过去一年，公司实现营业收入{x}亿元，同比增长{pct}%，新获定点项目{k}个。",
                "大会对年度先进集体和优秀员工进行了表彰，获奖代表作了发言。"],
    "training": ["本期培训为期{k}天，课程包括目标管理、沟通协调、问题分析与解决等内容。",
                 "运动会设置了拔河、趣味接力和技能操作等{k}个项目，共有{n3}名职工参加。",
                 "根据协议，学院每年将选派{n}名学生到公司实习，公司技术骨干也将担任兼职教师。",
                 "新员工们纷纷表示，将尽快熟悉岗位，在实践中不断提升自己。"],
    "party": ["{date}，公司党支部组织党员赴{city}革命纪念馆开展主题党日活动，重温入党誓词。",
              "活动中，公司工会为一线员工送去了绿豆汤、西瓜和防暑药品等物资。",
              "大家纷纷表示，要立足本职岗位，在生产经营中发挥先锋模范作用。"],
}
CORP_CAPTIONS = {"expo": "公司展台", "visit": "客户参观生产车间", "audit": "审核首次会议", "quality": "质量问题分析会",
                 "product": "新产品下线", "safety": "安全检查现场", "honor": "证书", "meeting": "大会现场",
                 "training": "活动现场", "party": "活动合影"}


def corp_blocks(ctx: Ctx, kind: str, topic: str) -> list[tuple]:
    """Company news on one topic: short ones are one or two paragraphs, long ones get captioned pictures."""
    r = ctx.r
    sents = CORP_SENT[topic]
    n = {"short": r.randint(1, 2), "medium": r.randint(3, 4), "long": r.randint(4, 5)}[kind]
    order = r.sample(sents, len(sents))
    n = min(n, len(order))
    cuts = [0, *sorted(r.sample(range(1, len(order)), n - 1)), len(order)] if n > 1 else [0, len(order)]
    if kind == "short":
        cuts = list(range(n + 1))  # short items keep only the first sentences
    blocks: list[tuple] = [("p", "".join(ctx.fill(t) for t in order[cuts[j]:cuts[j + 1]])) for j in range(n)]
    pics = {"short": r.randint(1, 2), "medium": r.randint(1, 2), "long": r.randint(2, 3)}[kind]
    for j in range(pics):
        cap = CORP_CAPTIONS[topic] if r.random() < 0.6 else None
        blocks.insert(min(len(blocks), 1 + j * 2), ("img", f"{r.randint(10**13, 10**14 - 1)}.jpg", cap))
    if kind == "long" and topic in ("product", "quality", "training"):
        blocks.insert(2, ("ul", [ctx.fill(t) for t in r.sample(NEWS_LIST_ITEMS[:6], 3)]))
    return blocks


TECH_TITLES = ["{pr}不工作的常见原因有哪些？", "如何检测{pr}的好坏", "{pr}异响怎么处理",
               "{pr}安装时需要注意什么", "{pr}为什么会过热", "{pr}的保养周期是多久", "更换{pr}后仍有故障码怎么办",
               "{pr}选型需要提供哪些参数"]
TECH_SENT = [
    "{pr}出现故障时，首先应检查供电电压和搭铁是否正常，很多看似部件损坏的问题其实是线路接触不良造成的。",
    "用万用表测量插接器端子电压，发动机熄火时应不低于12伏，启动瞬间不应低于9.6伏。",
    "如果听到明显的摩擦或啸叫声，多半是轴承磨损或碳刷磨损到极限，应及时拆检。",
    "安装前请核对产品型号与原车是否一致，插接器应插接到位并听到锁止声。",
    "紧固螺栓应按规定扭矩拧紧，过紧会导致壳体变形，过松则容易引起振动和异响。",
    "长期在高温、多尘环境下使用的车辆，建议每{n}000公里检查一次{pr}的外观和接线状态。",
    "更换新件后如仍有故障码，应先清除故障码并路试，确认是否为历史故障码。",
    "选型时请提供车型、年款、发动机型号以及原车零件号，便于我们的技术人员准确匹配。",
    "本公司产品出厂前均经过100%电性能检测，质保期内出现非人为损坏可免费更换。",
]


def tech_blocks(ctx: Ctx, kind: str) -> list[tuple]:
    """A short how-to / FAQ note."""
    r = ctx.r
    pool: list[str] = []
    n = {"short": r.randint(1, 2), "medium": r.randint(3, 4), "long": r.randint(4, 6)}[kind]
    blocks: list[tuple] = [("p", _pool_para(ctx, TECH_SENT, pool, r.randint(1, 2))) for _ in range(n)]
    if kind == "long":
        blocks.insert(1, ("ol", ["断开蓄电池负极", "拔下插接器，拆下固定螺栓", f"取下旧{ctx.fixed['pr']}，清洁安装面",
                                 "装入新件，按规定扭矩紧固", "接回蓄电池负极，启动检查"]))
        blocks.insert(1, ("p", "更换步骤一般如下："))
    return blocks


# ---------------------------------------------------------------- an industry association (aspnet_assoc)
ASSOC = "岚东省汽车零部件行业协会"
ASSOC_TITLES = [
    "协会第四届理事会第{k}次会议在{city}召开",
    "协会组织会员企业赴{city}开展产业链对接考察",
    "“{year}汽车电子功能安全”专题培训班顺利举办",
    "协会秘书处走访调研{co}等会员企业",
    "协会召开{pr}团体标准宣贯会",
    "{year}岚东汽车零部件采购洽谈会成功举办",
    "协会与{city}市商务局座谈对接出口服务工作",
    "协会专家组赴{co}开展质量诊断服务",
    "协会召开会员企业经济运行情况座谈会",
    "协会组织开展“百名工程师进企业”活动",
    "协会党支部与{co}党支部开展联建共建活动",
    "协会举办零部件企业出海合规沙龙",
]
ASSOC_SENT = [
    "{date}，{assoc}在{city}召开会议，协会会长、副会长、理事单位代表共{n}人参加。",
    "会议审议通过了协会年度工作报告和财务收支情况报告，并研究了新会员入会事项。",
    "会长{person}在讲话中指出，当前行业面临价格传导和技术升级的双重挑战，协会要更好发挥桥梁纽带作用。",
    "考察团一行先后走访了{k}家整车和零部件企业，实地了解企业的配套需求和采购标准。",
    "培训邀请了行业资深专家授课，内容涵盖功能安全概念阶段、硬件开发和软件验证等环节。",
    "来自全省{n}家会员企业的{n3}名技术和管理人员参加了培训，并进行了结业考核。",
    "调研组详细了解了企业在生产经营、人才引进和市场开拓方面遇到的困难，并听取了企业对协会工作的意见建议。",
    "宣贯会上，标准主要起草人对标准的适用范围、技术要求和试验方法进行了逐条解读。",
    "洽谈会采取“一对一”对接方式，共安排对接{n3}场次，达成初步合作意向{n}项。",
    "与会企业普遍反映，今年以来订单总体平稳，但产品价格下行压力较大，利润率同比有所下降。",
    "专家组通过现场查看和资料审查，为企业梳理出质量管理方面的{k}个问题，并提出了整改建议。",
    "秘书长{person}表示，协会将持续收集会员企业的诉求，及时向有关部门反映，推动问题解决。",
    "下一步，协会将围绕标准制定、人才培训和市场开拓等方面，为会员企业提供更多实实在在的服务。",
]


def assoc_blocks(ctx: Ctx, kind: str) -> list[tuple]:
    r = ctx.r
    ctx.fixed["assoc"] = ASSOC
    pool: list[str] = []
    n = {"short": r.randint(1, 3), "medium": r.randint(4, 5), "long": r.randint(6, 8)}[kind]
    first = ctx.fill(ASSOC_SENT[0])
    blocks: list[tuple] = [("p", first + _pool_para(ctx, ASSOC_SENT[1:], pool, 1))]
    blocks += [("p", _pool_para(ctx, ASSOC_SENT[1:], pool, r.randint(1, 2))) for _ in range(n - 1)]
    if kind != "short" and r.random() < 0.6:
        blocks.insert(1, ("img", f"{r.randint(10**7, 10**8 - 1)}.jpg", "会议现场" if r.random() < 0.5 else None))
    if kind == "long" and r.random() < 0.6:
        rows = [["序号", "企业名称", "所在地", "对接品类"]]
        for j, co in enumerate(r.sample(COMPANIES, r.randint(3, 5)), 1):
            rows.append([str(j), f"{r.choice(CITIES)}{co}有限公司", r.choice(CITIES), r.choice(PRODUCTS)])
        blocks.insert(3, ("table", rows))
        blocks.insert(3, ("p", "部分参加对接的企业名单如下："))
    return blocks


POLICY_TITLES = [
    "关于印发《{prov}汽车零部件产业高质量发展行动计划（{year}—{year2}年）》的通知",
    "关于开展{year}年度汽车零部件首台（套）产品认定工作的通知",
    "关于进一步规范汽车售后配件市场秩序的意见",
    "{prov}汽车维修配件质量追溯管理办法",
    "关于支持汽车零部件企业开拓国际市场的若干措施",
    "关于加快车用芯片和汽车电子产业发展的实施意见",
    "{prov}新能源汽车动力电池回收利用管理暂行办法",
    "关于组织申报{year}年度省级工业设计中心的通知",
    "关于公布{year}年度{prov}汽车零部件“链主”企业名单的通知",
    "关于做好{year}年汽车零部件产业统计监测工作的通知",
]
POLICY_ISSUERS = ["岚东省工业和信息化厅", "岚东省商务厅", "岚东省市场监督管理局", "岚东省发展和改革委员会",
                  "岚东省交通运输厅"]
POLICY_ARTICLES = [
    "为推动全省汽车零部件产业高质量发展，根据国家有关法律法规和政策规定，结合本省实际，制定本办法。",
    "本办法适用于本省行政区域内从事汽车零部件生产、销售和维修配件经营的企业。",
    "省工业和信息化主管部门负责全省汽车零部件产业发展的统筹协调，市、县（区）主管部门负责本行政区域内的具体工作。",
    "鼓励企业加大研发投入，对年度研发费用增长超过{p2}%的企业，按照有关规定给予奖励。",
    "支持企业建设智能工厂和数字化车间，对经认定的项目，按照设备投资额的一定比例给予补助，单个项目最高不超过{n}00万元。",
    "汽车维修配件经营者应当建立进货查验和销售记录制度，如实记录配件的名称、规格、数量、供货者和进货日期等信息。",
    "经营者应当向消费者明示原厂配件、同质配件和修复配件的区别，不得以次充好、以假充真。",
    "各地应当建立企业服务专员制度，及时协调解决企业在用地、用能、融资和用工等方面的困难。",
    "违反本办法规定的，由县级以上主管部门责令改正；情节严重的，依照有关法律法规予以处理。",
    "本办法自{eff}起施行，有效期{valid}年。",
]
POLICY_NUMS = "一二三四五六七八九十"


def policy_blocks(ctx: Ctx, kind: str, issuer: str, signed) -> list[tuple]:
    """A policy document: 第N条 clauses (or numbered heads for a notice), the issuer and the date at the end."""
    r = ctx.r
    eff = signed + dt.timedelta(days=r.randint(20, 45))
    ctx.fixed["eff"] = f"{eff.year}年{eff.month}月1日" if eff.day < 20 else f"{eff.year + eff.month // 12}年{eff.month % 12 + 1}月1日"
    ctx.fixed["valid"] = str(r.choice([3, 5]))
    n = {"short": 2, "medium": r.randint(4, 6), "long": r.randint(7, 10)}[kind]
    picked = POLICY_ARTICLES[:1] + r.sample(POLICY_ARTICLES[1:-1], n - 2) + POLICY_ARTICLES[-1:] if n > 2 else \
        [POLICY_ARTICLES[0], POLICY_ARTICLES[-1]]
    blocks: list[tuple] = []
    if kind == "long":
        blocks.append(("h", "第一章　总则"))
    for j, t in enumerate(picked):
        if kind == "long" and j == len(picked) - 2:
            blocks.append(("h", "第二章　附则"))
        blocks.append(("p", f"第{POLICY_NUMS[j] if j < 10 else '十' + POLICY_NUMS[j - 10]}条　" + ctx.fill(t)))
    blocks += [("p", issuer), ("p", f"{signed.year}年{signed.month}月{signed.day}日")]
    return blocks


NOTICE_TITLES = [
    "关于召开{year}年会员代表大会的通知",
    "关于举办汽车电子功能安全（ISO 26262）培训班的通知",
    "关于组织参加{year}{city}国际汽车零部件博览会的通知",
    "关于征集{pr}团体标准起草单位的通知",
    "关于缴纳{year}年度会费的通知",
    "关于推荐{year}年度行业优秀工程师的通知",
    "关于开展会员企业经济运行情况调查的通知",
    "关于举办零部件企业出口合规专题讲座的通知",
    "关于{year}年端午节放假安排的通知",
    "关于变更协会秘书处办公地址的通知",
    "关于报送{year}年上半年行业统计数据的通知",
    "关于召开汽车零部件质量诚信建设座谈会的通知",
]
NOTICE_SENT = [
    "经协会研究决定，现将有关事项通知如下：",
    "时间：{ev_date}（{ev_wd}）上午9:00，会期半天。",
    "地点：{city}市会展中心三楼会议室。",
    "参加人员：各会员单位主要负责人或技术负责人1至2人。",
    "请各单位于{due}前将回执发送至协会秘书处邮箱，逾期不再受理。",
    "培训费每人{n3}元（会员单位享受八折优惠），食宿统一安排，费用自理。",
    "请各会员单位高度重视，按时完成相关工作。",
]


def notice_blocks(ctx: Ctx, kind: str, contact: str, phone: str, when) -> list[tuple]:
    """A notice: addressee, numbered items (an event 12-30 days after the notice), the reply deadline, the contact line."""
    r = ctx.r
    ev = when + dt.timedelta(days=r.randint(12, 30))
    due = when + dt.timedelta(days=r.randint(4, 9))
    ctx.fixed.update(ev_date=f"{ev.year}年{ev.month}月{ev.day}日", ev_wd="星期" + "一二三四五六日"[ev.weekday()],
                     due=f"{due.month}月{due.day}日")
    blocks: list[tuple] = [("p", "各会员单位："), ("p", ctx.fill(NOTICE_SENT[0]))]
    items = NOTICE_SENT[1:4] if kind != "short" else NOTICE_SENT[1:3]
    for j, t in enumerate(items):
        blocks.append(("p", f"{POLICY_NUMS[j]}、{ctx.fill(t)}"))
    if kind == "long":
        blocks.append(("p", f"{POLICY_NUMS[len(items)]}、{ctx.fill(NOTICE_SENT[5])}"))
    blocks.append(("p", ctx.fill(r.choice(NOTICE_SENT[4:5] + NOTICE_SENT[6:]))))
    blocks.append(("p", f"联系人：{contact}　电话：{phone}"))
    return blocks


# ---------------------------------------------------------------- an auto-electronics engineer's blog (hexo_blog)
BLOG_OWNER = "林屿舟"
BLOG_NAME = "屿舟的车电笔记"
BLOG_SUB = "一个汽车电子工程师的踩坑记录"
BLOG_MCU = ["YM32A407", "LQS12X", "KV58F2", "RA6E1C"]
BLOG_XCVR = ["XT1043C", "NJ1145", "CTR2051"]
BLOG_LDO = ["LDA7150", "VR4432", "PQ2950"]
BLOG_SVC = ["0x10 会话控制", "0x22 按标识符读数据", "0x27 安全访问", "0x2E 写数据", "0x31 例程控制", "0x34 请求下载",
            "0x19 读故障码", "0x3E 待机握手"]
BLOG_CATS = [("network", "车载网络"), ("firmware", "嵌入式软件"), ("hardware", "硬件与电源"), ("misc", "工具与杂记")]
BLOG_TITLES = {
    "network": ["CAN 终端电阻到底放在哪：一次实测记录", "{xcvr} 待机电流偏大的排查", "示波器解码 CAN FD 波形的设置备忘",
                "LIN 从节点识别不到同步间隔的原因", "UDS 诊断笔记（{k}）：{svc}", "总线负载率怎么估算：以 {bitrate}kbps 为例",
                "DBC 里的信号字节序，这次终于搞明白了", "网络管理报文导致整车不休眠的问题记录",
                "CAN 错误帧计数器的几个误区", "{xcvr} 和 {xcvr2} 的唤醒引脚差异", "CAN FD 采样点设置的经验值",
                "LIN 主节点调度表的设计", "用 Python 脚本解析 CAN 日志", "{xcvr} 的 TXD 显性超时保护",
                "UDS 诊断笔记（{k}）：{svc}"],
    "firmware": ["Bootloader 跳转 App 后中断不响应的排查", "{mcu} 上用 Flash 模拟 EEPROM", "看门狗复位原因的记录方法",
                 "用环形缓冲区处理 CAN 接收的一点经验", "一次栈溢出导致的随机复位", "{mcu} 定时器输入捕获测 PWM 占空比",
                 "CRC8（SAE J1850）查表实现与验证", "安全访问种子和密钥的算法实现", "{mcu} 低功耗模式下唤醒源的配置",
                 "链接脚本里的 .noinit 段", "单片机上跑状态机的一种写法", "RTOS 任务栈大小怎么估", "Flash 擦写寿命的估算方法"],
    "hardware": ["车规 LDO 选型：静态电流与冷启动（以 {ldo} 为例）", "抛负载测试前我做的准备", "反接保护电路三种方案对比",
                 "DC-DC 纹波测量的正确姿势", "雨刮电机 H 桥驱动的死区设置", "ESD 整改记录：一颗 TVS 管引发的故事",
                 "{ldo} 在 -40℃ 冷启动时输出跌落的分析", "继电器驱动电路里的续流二极管到底要不要",
                 "电流采样电阻的开尔文接法", "车规电容选型的几个坑", "PCB 上的爬电距离怎么算"],
    "misc": ["{year} 年读过的几本汽车电子相关的书", "在家搭了一个 CAN 总线调试台架", "从零件厂到 Tier1：工作五年的一点感想",
             "周末修好了老车的车窗升降器", "{year} 年终总结：换了工作，也换了方向", "博客迁移到 Hexo 的记录",
             "买了一台二手示波器", "参加了一次功能安全培训"],
}
BLOG_SENT = {
    "network": [
        "最近在项目上遇到一个问题：样件在台架上通信正常，一装到整车上就偶尔出现错误帧。",
        "CAN 总线两端各需要一个 120 欧的终端电阻，两只并联后在 CAN_H 和 CAN_L 之间应该量到 60 欧左右。",
        "我先用万用表在断电状态下量了一下，结果是 40 欧，说明网络里多挂了一个终端电阻。",
        "用示波器看差分信号，隐性位到显性位的上升沿有明显的振铃，幅度超过了 0.5 伏。",
        "排查下来，是我们这个节点的板子上焊了终端电阻，而按照整车拓扑它应该是中间节点。",
        "去掉电阻以后再测，波形干净了很多，连续跑了两个小时没有再出现错误帧。",
        "总线负载率可以粗略地按每帧位数乘以每秒帧数，再除以波特率来估算，位填充按最坏情况再加两成。",
        "Intel 格式和 Motorola 格式的区别主要在起始位的编号方式上，DBC 里用 @1 和 @0 来区分。",
        "诊断请求一般用物理寻址，只有少数服务例如会话切换才会用功能寻址广播出去。",
        "安全访问失败次数超过限制后，ECU 会进入延时状态，这段时间里再请求种子都会返回否定响应。",
        "收发器进入待机模式后，只保留总线唤醒检测，正常情况下电流应该在十几微安的水平。",
        "实测发现待机电流有 300 多微安，最后定位到 INH 引脚外部的分压电阻取值不合理。",
    ],
    "firmware": [
        "Bootloader 校验完 App 之后，直接把栈指针和复位向量取出来跳过去，这一步看起来很简单。",
        "问题在于跳转之前没有关掉 Bootloader 里开过的外设中断，也没有重新设置中断向量表偏移。",
        "App 启动以后，第一个定时器中断到来时，CPU 还在按 Bootloader 的向量表找入口，结果跑飞了。",
        "解决办法是在跳转前关闭所有中断、复位用到的外设，并在 App 的启动代码里重新设置向量表偏移寄存器。",
        "Flash 模拟 EEPROM 的核心思路是用两个扇区轮流写，每条记录带上地址和校验，写满一个扇区再整理到另一个。",
        "看门狗复位以后，复位原因寄存器里的标志位要尽早读出来保存，否则后面的初始化代码可能会把它清掉。",
        "我习惯在 RAM 里划一块不初始化的区域，用来记录复位前最后执行的任务编号。",
        "CAN 接收中断里只做一件事：把报文拷进环形缓冲区，解析放到主循环里去做。",
        "缓冲区的读写指针各自只由一方修改，在单核上不需要加锁，但要注意声明成 volatile。",
        "栈溢出最麻烦的地方在于现象随机，有时候是变量被改，有时候直接进硬件错误中断。",
        "后来我在栈底填了一串特征值，定期检查有没有被改写，很快就抓到了问题。",
        "输入捕获测占空比时，要同时捕获上升沿和下降沿，并处理好计数器溢出的情况。",
    ],
    "hardware": [
        "车规 LDO 选型时，我一般最先看三个参数：静态电流、最低输入电压和输出电容的稳定性要求。",
        "冷启动时蓄电池电压可能会跌到 4.5 伏甚至更低，LDO 的压差决定了这时候 MCU 还能不能正常工作。",
        "抛负载是发电机在充电时突然断开蓄电池造成的高压瞬态，持续时间可以达到几百毫秒。",
        "反接保护最简单的是串一个二极管，但压降和发热都比较大，大电流场合一般改用 MOS 管方案。",
        "测量 DC-DC 纹波时，一定要把探头的长地线换成接地弹簧，否则测到的大部分是空间耦合的噪声。",
        "H 桥的上下管如果同时导通就会直通，死区时间至少要覆盖 MOS 管的关断延迟。",
        "ESD 测试在接触放电 8 千伏时出现复位，放电点在插接器的外壳上。",
        "加了 TVS 之后问题依旧，最后发现是 TVS 的地线走得太长，泄放路径的电感太大。",
        "继电器线圈断电时会产生很高的反向电动势，没有续流二极管的话，驱动三极管很容易被击穿。",
        "在 -40℃ 的温箱里，输出电容的等效串联电阻会明显变化，环路稳定性也跟着变差。",
        "实测结果和仿真基本一致，差别主要出在 PCB 走线的寄生参数上。",
    ],
    "misc": [
        "这一年工作上最大的变化是从零件厂跳到了一家 Tier1，开始接触整个控制器的开发流程。",
        "零件厂的节奏更快，一个人要管从原理图到量产的所有事情；Tier1 分工更细，流程也更规范。",
        "台架用的是一块旧的车身控制器、两个收发器模块和一个二手的 USB 转 CAN 工具，总共花了不到一千块。",
        "读书方面，今年把几本讲电磁兼容和功能安全的书认真看完了，做了不少笔记。",
        "老车的车窗升降器坏了，拆开门板一看，是钢丝绳的塑料滑块断了，网上买了一个换上就好了。",
        "博客原来放在一个动态博客程序上，维护起来麻烦，这次整体迁移到了 Hexo，评论也一起导了过来。",
        "明年想把 UDS 和 Bootloader 相关的内容系统地整理一遍，争取写成一个系列。",
        "如果你也在做汽车电子，欢迎在评论区交流。",
    ],
}
BLOG_HEADS = ["背景", "现象", "排查过程", "原因分析", "解决办法", "小结"]
BLOG_TIPS = ["注意：以上测量都要在断电状态下进行。", "提示：不同厂家收发器的待机电流差别很大，以数据手册为准。",
             "本文只代表个人经验，不构成任何设计建议。", "更新：评论区有朋友指出了一处笔误，已改正。"]

CODE_SNIPPETS = [
    ("c", ["typedef void (*app_entry_t)(void);", "", "void jump_to_app(uint32_t app_addr)", "{",
           "    uint32_t sp = *(volatile uint32_t *)app_addr;", "    uint32_t pc = *(volatile uint32_t *)(app_addr + 4u);",
           "    __disable_irq();", "    SCB->VTOR = app_addr;", "    __set_MSP(sp);", "    ((app_entry_t)pc)();", "}"]),
    ("c", ["#define RX_BUF_SIZE 32u", "", "static volatile uint8_t rx_head = 0u;", "static volatile uint8_t rx_tail = 0u;",
           "static can_frame_t rx_buf[RX_BUF_SIZE];", "", "void can_rx_isr(const can_frame_t *f)", "{",
           "    uint8_t next = (uint8_t)((rx_head + 1u) % RX_BUF_SIZE);", "    if (next != rx_tail) {",
           "        rx_buf[rx_head] = *f;", "        rx_head = next;", "    }", "}"]),
    ("c", ["uint8_t crc8_j1850(const uint8_t *data, uint32_t len)", "{", "    uint8_t crc = 0xFFu;",
           "    while (len--) {", "        crc = crc8_table[crc ^ *data++];", "    }", "    return (uint8_t)(crc ^ 0xFFu);", "}"]),
    ("c", ["uint32_t calc_key(uint32_t seed)", "{", "    uint32_t key = seed ^ 0x{mask}u;", "    for (int i = 0; i < {rounds}; i++) {",
           "        key = (key << 3) | (key >> 29);", "        key += 0x{add}u;", "    }", "    return key;", "}"]),
    ("c", ["void pwm_capture_isr(void)", "{", "    uint16_t now = TIM_CCR1;", "    if (TIM_SR & TIM_SR_RISING) {",
           "        period = (uint16_t)(now - last_rise);", "        last_rise = now;", "    } else {",
           "        high = (uint16_t)(now - last_rise);", "    }", "    duty_permille = (uint16_t)((uint32_t)high * 1000u / period);", "}"]),
    ("bash", ["$ candump can0 -t a | grep 7E8", " (1715412345.123456)  can0  7E8   [8]  06 67 01 3A 5C 91 07 AA",
              "$ cansend can0 7E0#0427{keyhex}"]),
    ("c", ["#define NVM_RECORD_MAGIC 0x5AA5u", "", "typedef struct {", "    uint16_t magic;", "    uint16_t id;",
           "    uint32_t value;", "    uint16_t crc;", "} nvm_record_t;"]),
]


def code_snippet(r: random.Random) -> tuple:
    lang, lines = r.choice(CODE_SNIPPETS)
    slots = {"mask": f"{r.getrandbits(32):08X}", "rounds": str(r.randint(3, 9)), "add": f"{r.getrandbits(16):04X}",
             "keyhex": f"{r.getrandbits(32):08X}"}
    return ("code", lang, [ln.replace("{mask}", slots["mask"]).replace("{rounds}", slots["rounds"])
                           .replace("{add}", slots["add"]).replace("{keyhex}", slots["keyhex"]) for ln in lines if ln])


def blog_blocks(ctx: Ctx, kind: str, cat: str) -> list[tuple]:
    """A blog post: paragraphs under h2 heads; technical posts get code blocks, a table or a tip quote."""
    r = ctx.r
    pool: list[str] = []
    sents = BLOG_SENT[cat]
    n = {"short": r.randint(1, 3), "medium": r.randint(4, 6), "long": r.randint(7, 10)}[kind]
    paras = [("p", _pool_para(ctx, sents, pool, r.randint(1, 2))) for _ in range(n)]
    if kind == "short":
        blocks = paras
        if cat != "misc" and r.random() < 0.5:
            blocks.append(code_snippet(r))
        return blocks
    heads = BLOG_HEADS[:] if kind == "long" else [BLOG_HEADS[0], BLOG_HEADS[2], BLOG_HEADS[5]]
    blocks: list[tuple] = []
    per = max(1, len(paras) // len(heads))
    for j, h in enumerate(heads):
        chunk = paras[j * per:(j + 1) * per] if j < len(heads) - 1 else paras[j * per:]
        if not chunk:
            continue
        blocks.append(("h", h))
        blocks.extend(chunk)
    if cat != "misc":
        blocks.insert(min(len(blocks), 4), code_snippet(r))
        if kind == "long":
            if r.random() < 0.6:
                rows = [["测试条件", "电压（V）", "电流（mA）", "结果"]]
                for cond in r.sample(["常温 25℃", "高温 85℃", "低温 -40℃", "冷启动", "待机"], 3):
                    rows.append([cond, f"{r.randint(6, 16)}.{r.randint(0, 9)}", str(r.randint(1, 480)), r.choice(["通过", "通过", "不通过"])])
                blocks.insert(len(blocks) - 2, ("table", rows))
            else:
                blocks.insert(len(blocks) - 2, ("ol", ["断开电源，确认总线电阻", "接入示波器，触发方式设为下降沿",
                                                        "逐个拔下节点，观察错误帧是否消失", "确认问题节点后更换并复测"]))
    if r.random() < 0.35:
        blocks.insert(len(blocks) - 1, ("quote", r.choice(BLOG_TIPS)))
    return blocks


# ---------------------------------------------------------------- a portal's auto channel (sina_style_portal)
PORTAL_TITLES = {
    "hy": ["{mo}月汽车产销数据出炉：新能源占比再创新高", "价格战蔓延至{pr}：供应商利润被“挤干”？",
           "{city}打造千亿级汽车零部件产业集群", "{co}上半年净利润增长{pct}% 海外收入占比提升",
           "车企年降压力下，{pr}企业如何突围", "{prov}出台汽车产业新政 零部件企业最高补助{n}00万元",
           "{co}冲刺IPO：{pr}业务贡献七成营收", "整车出海带动零部件出海 {city}企业订单排到年底",
           "业内人士：汽车零部件行业整合将加速", "{co}董事长{person}：不打价格战，要打技术战"],
    "lbj": ["{co}{pr}新品亮相 适配{model}等车型", "国产{pr}装车量突破百万套", "{pr}技术路线之争：谁会胜出？",
            "揭秘{co}{city}工厂：{k}秒下线一台{pr}", "{model}拆解：{pr}来自哪家供应商？",
            "{pr}成本下降{p2}%的背后", "车规芯片短缺缓解 {pr}交付恢复正常", "{co}发布新一代{pr}平台"],
    "hsc": ["{city}汽配城调查：线上比价让门店利润越来越薄", "车主注意：这些{pr}故障别忽视",
            "{pr}以次充好调查：同一型号差价三倍", "汽配电商{year}年“618”战报：{pr}销量翻番",
            "快修连锁加速下沉 县城门店一年开了{n3}家", "二手车商：{model}保值率为何这么高",
            "{city}查处一批假冒{pr} 涉案金额{x}万元", "独立售后市场规模突破万亿 连锁化率仍不足两成"],
}
PORTAL_ORIG = ["{co}：{pr}业务将成为新的增长点", "{city}汽车零部件产业调查", "{pr}企业的{year}年",
               "一家{pr}厂的转型样本", "谁在为{model}供货", "汽配门店的生存法则"]
PORTAL_SENT = [
    "“现在每年年初谈的第一件事就是年降，降幅从过去的百分之三涨到了百分之五以上。”一位不愿具名的供应商负责人说。",
    "在接受记者采访时，{co}相关负责人表示，公司正在加快海外工厂建设，以贴近客户、规避贸易风险。",
    "记者在{city}汽配城走访发现，多家门店的客流量较去年同期有所下降，不少商户开始做起了线上生意。",
    "分析人士认为，随着整车企业向上游延伸，部分核心零部件的自制比例还会进一步提高。",
    "资料显示，{co}成立于2006年，主要产品包括{pr}、{pr2}等，是多家主流车企的一级供应商。",
    "据业内人士介绍，一台新能源汽车的汽车电子成本占比已超过四成，远高于传统燃油车。",
    "对此，记者致电{co}，对方工作人员表示，具体情况以公司公告为准。",
    "有车主反映，在非授权维修门店更换的{pr}使用不到半年就出现故障，维权过程颇为曲折。",
    "市场监管部门提醒，消费者在购买汽车配件时，应选择正规渠道，并索要发票和质保凭证。",
    "从资本市场看，今年以来汽车零部件板块整体表现强于大盘，部分个股涨幅超过{p2}%。",
]


def portal_blocks(ctx: Ctx, kind: str) -> list[tuple]:
    """A portal report: the news machinery plus reporter quotes; long ones are long enough to split over pages."""
    r = ctx.r
    ctx.fixed["pr2"] = r.choice([p for p in PRODUCTS if p != ctx.fixed["pr"]])
    blocks = news_blocks(ctx, kind, "/img/")
    pool: list[str] = []
    extra = {"short": 0, "medium": r.randint(1, 2), "long": r.randint(3, 5)}[kind]
    for _ in range(extra):
        at = r.randint(1, len(blocks) - 1)
        blocks.insert(at, ("p", _pool_para(ctx, PORTAL_SENT, pool, 1)))
    return blocks

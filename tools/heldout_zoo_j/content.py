"""Invented Chinese (and English) auto-parts text for held-out zoo J (stdlib only, deterministic).

The machinery is zoo I's (``Ctx``, ``paragraphs``, a sentence pool); **every word list and sentence is new**: a
fictitious province (岚汀省) and its cities, companies, parts, car models, part codes, given names, media, forum
user names, and the texts of the zoo J families: an online parts mall's news, care tips and notices (ECShop),
portal articles and forum posts (phpWind), bilingual company-blog posts (WordPress + Polylang, Chinese and
English), and 7x24 flash items plus in-depth features (flash news).

Blocks (what the families render):
  ("p", text)              a paragraph
  ("h", text)              a sub-heading inside the text
  ("img", src, caption)    a picture, caption may be None (captions are NOT article text)
  ("table", rows)          rows of cells, first row is the header
  ("ul", items) / ("ol", items)
  ("quote", text)          a block quote

``paragraphs(blocks)`` gives the truth text blocks: table rows as cells joined by TAB, one item per list entry.
All Chinese text encodes in GBK (the ECShop family writes GBK bytes).
"""

from __future__ import annotations

import random

PROVINCE = "岚汀省"
CITIES = ["汀屿", "昀州", "棠溪", "砚川", "璟山", "沐洲", "栎阳", "枫渡", "麓城", "珩港", "苕水", "蓼原"]
COMPANIES = ["汀屿鸿达汽配", "昀州正衡制动", "棠溪科朗电喷", "砚川百盛滤业", "璟山永固底盘", "沐洲华镁轮毂",
             "栎阳博锐电机", "枫渡长青橡塑", "麓城凯斯特灯业", "珩港新源蓄电池", "苕水恒岳传动", "蓼原精锐油封",
             "岚汀车配云仓", "汇驰养护连锁", "驰骋动力", "欧嘉刹车"]
PRODUCTS = ["陶瓷刹车片", "机滤", "空滤", "铱金火花塞", "前减震器", "水泵", "发电机", "起动机", "三角皮带", "球头",
            "摆臂", "冷凝器", "雾灯总成", "大灯总成", "AGM蓄电池", "变速箱油", "防冻液", "刹车油", "雨刷片", "碳罐电磁阀",
            "轮胎压力传感器", "平衡杆"]
MODELS = ["岚途S7", "星骋C5", "越岭X3", "汀风E8", "昀光K5", "锐腾M7", "枫影R3", "麓行P6", "云翼EV", "珩舟L9"]
PART_CODES = ["BK-5812", "LF-330", "AF-917", "IR-72X", "SH-4406", "WP-219", "GN-80A", "ST-1250", "DB-6PK", "BJ-063"]
SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅"
GIVEN = ["志远", "慧敏", "浩然", "若溪", "景行", "雅琴", "承泽", "思远", "晨阳", "书瑶", "嘉禾", "静怡", "立诚",
         "沐阳", "铭轩", "可馨", "润东", "晓岚", "博文", "诗涵", "天佑", "冬梅", "宇航", "秋菊"]
GBK_ONLY_GIVEN = ["焜", "琤", "珏", "喆", "堃", "赟", "玥"]  # some are in GBK but not in GB2312
MEDIA = ["岚汀日报", "汽配周刊", "车后观察", "汀屿晚报", "零部件导刊", "汽车养护报", "昀州商报", "中部车市参考"]
PINYIN = {"赵": "Zhao", "钱": "Qian", "孙": "Sun", "李": "Li", "周": "Zhou", "吴": "Wu", "郑": "Zheng", "王": "Wang",
          "冯": "Feng", "陈": "Chen", "韩": "Han", "杨": "Yang", "朱": "Zhu", "秦": "Qin", "许": "Xu", "何": "He",
          "吕": "Lyu", "施": "Shi", "张": "Zhang", "曹": "Cao", "严": "Yan", "华": "Hua", "金": "Jin", "魏": "Wei",
          "陶": "Tao", "姜": "Jiang", "谢": "Xie", "苏": "Su", "潘": "Pan", "范": "Fan", "彭": "Peng", "马": "Ma",
          "方": "Fang", "任": "Ren", "袁": "Yuan", "唐": "Tang", "罗": "Luo", "薛": "Xue", "雷": "Lei", "贺": "He",
          "汤": "Tang", "常": "Chang", "于": "Yu", "傅": "Fu", "沈": "Shen", "蒋": "Jiang"}
GIVEN_PINYIN = {"志远": "Zhiyuan", "慧敏": "Huimin", "浩然": "Haoran", "若溪": "Ruoxi", "景行": "Jingxing",
                "雅琴": "Yaqin", "承泽": "Chengze", "思远": "Siyuan", "晨阳": "Chenyang", "书瑶": "Shuyao"}


def person(rnd: random.Random, gbk_only: bool = False) -> str:
    given = rnd.choice(GBK_ONLY_GIVEN) + rnd.choice("明华宁") if gbk_only else rnd.choice(GIVEN)
    return rnd.choice(SURNAMES) + given


def person_bilingual(rnd: random.Random) -> tuple[str, str]:
    """(Chinese name, the English byline's pinyin form, given name first)."""
    sur = rnd.choice(sorted(PINYIN))
    given = rnd.choice(sorted(GIVEN_PINYIN))
    return sur + given, f"{GIVEN_PINYIN[given]} {PINYIN[sur]}"


class Ctx:
    """Slot values for one article: fixed company/product/city, numbers drawn on demand."""

    def __init__(self, rnd: random.Random, when) -> None:
        self.r = rnd
        cos = rnd.sample(COMPANIES, 2)
        cities = rnd.sample(CITIES, 2)
        models = rnd.sample(MODELS, 2)
        prs = rnd.sample(PRODUCTS, 2)
        self.fixed = {"co": cos[0], "co2": cos[1], "city": cities[0], "city2": cities[1], "pr": prs[0], "pr2": prs[1],
                      "model": models[0], "model2": models[1], "code": rnd.choice(PART_CODES),
                      "date": f"{when.month}月{when.day}日", "mo": str(max(2, when.month - 1)),
                      "year": str(when.year), "person": person(rnd), "prov": PROVINCE}

    def fill(self, tpl: str) -> str:
        r = self.r
        nums = {"pct": str(r.randint(4, 46)), "p2": str(r.randint(2, 19)), "p3": str(r.randint(55, 96)),
                "x": f"{r.randint(2, 79)}.{r.randint(1, 9)}", "n": str(r.randint(5, 68)), "n3": str(r.randint(130, 970)),
                "k": str(r.randint(3, 15)), "price": str(r.randint(28, 960)), "km": str(r.randint(2, 10))}
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
        if kind in ("p", "h", "quote"):
            out.append(b[1])
        elif kind == "table":
            out.extend("\t".join(row) for row in b[1])
        elif kind in ("ul", "ol"):
            out.extend(b[1])
    return out


# ---------------------------------------------------------------- industry news (ecshop_mall, phpwind_portal, flash depth)
NEWS_TITLES = [
    "{city}汽配市场{pr}走货加快 经销商忙补库",
    "{co}{city}配送中心启用 日均发货{n3}单",
    "{prov}出台汽车维修配件追溯管理办法",
    "{pr}价格年内第二次上调 幅度约{p2}%",
    "{co}与{co2}签约 共建县域配件服务网络",
    "{model}召回涉及{pr} 售后网点加紧备件",
    "{city}查处一批翻新{pr} 涉案金额{x}万元",
    "线上订货占比升至{pct}% 修理厂采购习惯生变",
    "{co}发布{pr}新品 适配{n}款主流车型",
    "{city}新能源维修技师缺口超过{n3}人",
    "{pr}出口订单回暖 {city}企业排产至{mo}月",
    "{co}完成新一轮融资 加码数字化仓配",
    "{city}汽配商会换届 {person}当选会长",
    "再制造{pr}试点扩围 {city}列入首批",
    "{prov}汽车后市场规模突破{n3}亿元",
    "{co}{code}型{pr}通过耐久验证",
]
NEWS_OPENERS = [
    "{date}，记者在{city}汽配城看到，{pr}批发档口前来提货的修理厂车辆排起了长队。",
    "{date}，{co}位于{city}的配送中心正式投入使用，首期库容可存放配件{n}万件。",
    "日前，{prov}市场监管局印发通知，要求维修企业对更换的{pr}等关键配件建立进货台账。",
    "{date}起，多家品牌厂商陆续向经销商发出调价函，{pr}出厂价普遍上调{p2}%。",
    "{date}，{co}与{co2}在{city}签署合作协议，双方计划三年内在县域布点{n3}个。",
    "记者从{city}市场监管部门获悉，近期一批翻新后冒充新件销售的{pr}被依法查扣。",
    "据{prov}汽车维修行业协会统计，今年以来全省维修企业线上采购配件的比例持续攀升。",
    "{date}，{co}在{city}举行新品发布会，推出面向售后市场的{code}系列{pr}。",
]
NEWS_MIDDLES = [
    "经销商{person}告诉记者，最近{pr}的日出货量比上月多了{pct}%，库存只够维持{k}天。",
    "配送中心采用货到人拣选系统，订单从下单到出库平均只需{k}分钟。",
    "按照办法要求，维修企业须向车主出具配件合格证明，并保存进货凭证不少于{k}年。",
    "厂商表示，此次调价主要受原材料和物流成本上涨影响，后续将视市场情况调整。",
    "根据协议，{co2}将为合作门店提供统一的质保政策和技术培训支持。",
    "办案人员介绍，涉案{pr}外观经过打磨喷漆，普通车主很难分辨新旧。",
    "从采购渠道看，规模较大的连锁门店已有超过{p3}%的配件通过平台下单。",
    "据介绍，该系列产品在台架上完成了{n3}小时连续测试，各项指标达到设计要求。",
    "{city}一家维修厂负责人表示，平台比价方便，但遇到错配退货时流程仍然偏长。",
    "业内人士分析，随着{model}等车型陆续进入保外期，相关易损件需求将继续释放。",
    "数据显示，今年前{mo}个月，{city}汽配经营主体新增{n3}户，注销{n}户。",
    "{co}相关负责人称，公司正在搭建覆盖全省的二级仓网络，争取做到县城当日达。",
    "部分门店负责人坦言，价格透明以后，配件利润被压缩，只能在服务上找增量。",
    "新能源车型维修对高压安全和诊断设备要求更高，不少传统门店仍在观望。",
    "记者注意到，{pr}的线上售价与线下批发价差距正在缩小，已不足{p2}元。",
    "行业协会建议，企业应加强配件来源管理，从正规渠道进货并索取票据。",
    "统计显示，{prov}汽车保有量已超过{n3}万辆，平均车龄达到{k}.{p2}年。",
    "{person}认为，配件流通环节过多是价格居高不下的重要原因，渠道扁平化是大势所趋。",
]
NEWS_CLOSERS = [
    "据悉，相关部门将持续开展配件质量抽检，抽检结果将向社会公布。",
    "业内预计，下半年{pr}市场供需将趋于平衡，价格有望保持稳定。",
    "下一步，{co}还将在{city2}等地布局配送网点，进一步缩短服务半径。",
    "专家提醒，车主更换配件时应向维修企业索要配件清单，发现问题及时投诉。",
]
NEWS_SUBHEADS = ["市场表现", "企业动作", "监管动向", "行业观点"]


def news_title(ctx: Ctx) -> str:
    return ctx.fill(ctx.r.choice(NEWS_TITLES))


def news_blocks(ctx: Ctx, kind: str, img_prefix: str = "/images/upload/") -> list[tuple]:
    """kind: short (1-3 paragraphs), medium (4-6), long (7-10 with sub-heads and a table or list)."""
    r = ctx.r
    pool: list[str] = []

    def para(first: bool = False) -> str:
        return (ctx.fill(r.choice(NEWS_OPENERS)) if first else "") + pool_para(ctx, NEWS_MIDDLES, pool, r.randint(1, 3))

    def img() -> tuple:
        cap = ctx.fill(r.choice(["{city}汽配城一角", "配送中心分拣区", "{code}系列{pr}", "执法人员现场检查"])) if r.random() < 0.6 else None
        return ("img", f"{img_prefix}{r.randint(100000, 999999)}.jpg", cap)

    if kind == "short":
        n = r.randint(1, 3)
        blocks = [("p", para(True))] + [("p", para()) for _ in range(n - 1)]
        if r.random() < 0.4:
            blocks.insert(1, img())
        return blocks
    if kind == "medium":
        n = r.randint(4, 6)
        blocks = [("p", para(True))] + [("p", para()) for _ in range(n - 2)] + [("p", ctx.fill(r.choice(NEWS_CLOSERS)))]
        if r.random() < 0.5:
            blocks.insert(1, img())
        return blocks
    n = r.randint(7, 10)
    body = [("p", para(True))] + [("p", para()) for _ in range(n - 2)] + [("p", ctx.fill(r.choice(NEWS_CLOSERS)))]
    heads = sorted(r.sample(NEWS_SUBHEADS, 2), key=NEWS_SUBHEADS.index)
    body.insert(2, ("h", heads[0]))
    body.insert(len(body) // 2 + 2, ("h", heads[1]))
    if r.random() < 0.5:
        rows = [["配件", "型号", "批发价（元）", "较上月"]]
        for pr in r.sample(PRODUCTS, r.randint(3, 5)):
            rows.append([pr, r.choice(PART_CODES), str(r.randint(15, 990)), f"{r.choice('+-')}{r.randint(1, 12)}%"])
        extra = [("p", f"{ctx.fixed['city']}市场部分配件近期批发价："), ("table", rows)]
    else:
        extra = [("p", "受访经销商普遍提到以下几点变化："),
                 ("ul", [ctx.fill(t) for t in r.sample(["小单快送成为常态", "品牌件接受度提高到{p3}%", "账期普遍缩短",
                                                         "退换货要求更严格", "新能源配件询价增多", "县域客户增长最快"], r.randint(3, 4))])]
    at = r.randint(3, len(body) - 2)
    body[at:at] = extra
    body.insert(1, img())
    return body


# ---------------------------------------------------------------- car-care tips (ecshop_mall 养护知识, phpwind 技术)
CARE_TITLES = ["{pr}该怎么选？一文看懂型号参数", "{pr}更换周期与检查方法", "为什么{pr}要成对更换",
               "夏季用车别忽视{pr}", "{pr}的五个使用误区", "自己动手检查{pr}，只需三步", "{pr}买回来装不上？先核对这几项",
               "{model}车主常问：{pr}多久换", "{pr}异常磨损的原因分析", "长途自驾前要检查{pr}"]
CARE_SENT = [
    "选购{pr}时，首先要核对车型、年款和发动机型号，最好提供车架号让客服确认。",
    "一般情况下，{pr}建议每{km}万公里或{k}个月检查一次，以先到者为准。",
    "如果发现{pr}有裂纹、老化或者渗漏，应当及时更换，不要等到完全失效。",
    "更换时请使用扭力扳手，按照维修手册给出的力矩紧固，过紧或过松都会带来隐患。",
    "很多车主习惯只换一侧，其实左右两侧磨损程度不同，会导致车辆跑偏。",
    "高温天气下，{pr}的工作负荷明显增大，出发前花几分钟检查很有必要。",
    "商城所售{pr}均为正品，支持{k}天无理由退换，安装后出现质量问题可申请质保。",
    "网上流传的“越贵越好”并不准确，合适的规格比高价更重要。",
    "安装完成后，应低速试车并观察仪表是否有故障提示。",
    "如果自己没有工具和经验，建议到合作门店安装，商城下单可预约上门服务。",
]


def care_blocks(ctx: Ctx, kind: str) -> list[tuple]:
    r = ctx.r
    pool: list[str] = []
    n = {"short": r.randint(1, 3), "medium": r.randint(4, 5), "long": r.randint(5, 7)}[kind]
    blocks: list[tuple] = [("p", pool_para(ctx, CARE_SENT, pool, r.randint(1, 2))) for _ in range(n)]
    if kind == "long":
        blocks.insert(2, ("ol", ["核对车型与配件编号", f"拆下旧{ctx.fixed['pr']}并清洁安装面", f"装上新{ctx.fixed['pr']}并按力矩紧固",
                                 "试车检查"]))
        blocks.insert(2, ("p", "具体步骤如下："))
    return blocks


NOTICE_TITLES = ["关于{date}物流发货安排的通知", "商城系统升级维护公告", "{pr}品类限时团购活动公告",
                 "关于更换客服热线的通知", "会员积分规则调整公告", "关于部分地区暂停配送的通知", "新品{pr}上架公告",
                 "关于开具电子发票的说明", "商城{year}年春节放假安排", "关于谨防假冒客服诈骗的提醒", "{co}品牌旗舰专区上线公告",
                 "关于调整包邮门槛的通知"]
NOTICE_SENT = [
    "尊敬的客户：因物流合作方调整，{date}至{date}期间下单的商品将顺延发出，敬请谅解。",
    "商城将于本周六凌晨进行系统升级，届时暂停下单约{k}小时，已支付订单不受影响。",
    "活动期间，{pr}全系列享受{p3}折优惠，每个会员账号限购{k}件。",
    "即日起客服热线更换为新的号码，原号码将于月底停用。",
    "会员积分有效期调整为{k}个月，到期未使用的积分将自动清零。",
    "受天气影响，{city}等地区的订单暂停配送，恢复时间另行通知。",
    "如有疑问，请联系在线客服，工作时间为每天8:30至21:00。",
    "商城从未委托任何人以退款、理赔为由索要银行卡信息，请广大客户提高警惕。",
]


def notice_blocks(ctx: Ctx) -> list[tuple]:
    r = ctx.r
    pool: list[str] = []
    return [("p", pool_para(ctx, NOTICE_SENT, pool, r.randint(1, 2))) for _ in range(r.randint(1, 2))]


# ---------------------------------------------------------------- forum (phpwind_portal)
FORUM_USERS = ["汀屿老修", "扳手三哥", "砚川配件王", "小马过河", "麓城蓝牙", "机油味儿", "老K修车", "轮毂君", "昀州阿东",
               "电路小白", "汽配小二", "枫渡骑士"]
FORUM_SIGS = ["专业汽配批发，修理厂供货，电话见主页。", "修车二十年，只说实话。", "天道酬勤，车稳人安。",
              "认真做配件，踏实做人。", "欢迎交流新能源维修技术。"]
THREAD_Q_TITLES = ["{model}冷车启动抖动，换了{pr}还是不行", "求推荐靠谱的{pr}品牌", "{pr}装上有异响，是不是买到假货了",
                   "大家店里{pr}都从哪里进货", "新手求教：{pr}怎么判断好坏", "{city}有没有做变速箱维修的师傅",
                   "出一批库存{pr}，价格好商量", "{model}仪表报故障，读码显示{code}"]
REPLY_TEXTS = ["先查一下线束插头，很多时候是接触不良。", "同问，坐等大神。", "我们店一直用{co}的，没出过问题。",
               "建议换原厂的试试，副厂件质量参差不齐。", "这个问题我遇到过，最后是{pr}本身的问题。", "顶一下，楼主后来解决了吗？",
               "进货还是找正规渠道，别贪便宜。", "把故障码全部贴出来看看。", "学习了，收藏。", "价格多少？私信我。",
               "楼上说得对，先排除简单的。", "感谢分享，很实用。", "我那边也有货，可以联系。", "路过，帮顶。"]
FORUM_Q_SENT = ["如题，{model}，跑了{n}万公里。", "最近{pr}出现问题，已经换过一次了，情况没有改善。",
                "有没有遇到过类似情况的师傅，给点思路，谢谢。", "附上照片，大家帮忙看看。", "在{city}，店里急用，量大。"]

# ---------------------------------------------------------------- bilingual company blog (bilingual_wp)
WP_CATS = [("industry", "行业新闻", "Industry News", "hangye-xinwen"), ("tech", "技术解读", "Tech Insights", "jishu-jiedu"),
           ("company", "企业动态", "Company News", "qiye-dongtai")]
WP_PAIRS = {
    "industry": [("{prov}汽配出口额同比增长{pct}%", "Auto parts exports from {prov_en} up {pct}% year on year", "exports-up"),
                 ("售后市场迎来保外车高峰", "Aftermarket braces for a wave of out-of-warranty cars", "out-of-warranty-wave"),
                 ("{pr}原材料价格持续走高", "Raw material costs keep rising for {pr_en}", "raw-material-costs"),
                 ("县域维修市场成为新增长点", "County-level repair shops become a growth engine", "county-repair-growth"),
                 ("新能源车维保需求结构生变", "EV maintenance demand is changing shape", "ev-maintenance-demand"),
                 ("配件电商平台进入整合期", "Parts e-commerce platforms enter a consolidation phase", "platform-consolidation"),
                 ("再制造件获更多车主认可", "Remanufactured parts win over more car owners", "reman-parts-acceptance"),
                 ("汽配行业人才缺口调查", "A survey of the talent gap in the parts trade", "talent-gap-survey"),
                 ("东南亚市场对{pr}需求旺盛", "Southeast Asia shows strong demand for {pr_en}", "sea-demand")],
    "tech": [("{pr}的摩擦材料是如何测试的", "How friction materials for {pr_en} are tested", "friction-testing"),
             ("从台架数据看{pr}的耐久性", "What bench data says about {pr_en} durability", "bench-durability"),
             ("热管理部件的失效模式分析", "Failure modes of thermal management parts", "thermal-failure-modes"),
             ("轮毂轴承预紧力的控制方法", "Controlling wheel bearing preload", "bearing-preload"),
             ("电子驻车系统的常见故障", "Common faults in electronic parking brakes", "epb-faults"),
             ("传感器标定中的温度补偿", "Temperature compensation in sensor calibration", "sensor-temperature"),
             ("刹车噪声的成因与对策", "Brake noise: causes and countermeasures", "brake-noise")],
    "company": [("公司通过IATF 16949年度监督审核", "We passed our annual IATF 16949 surveillance audit", "iatf-audit"),
                ("公司参展{year}岚汀国际汽配展", "Meet us at the {year} Lanting International Auto Parts Expo", "expo"),
                ("新建涂装线正式投产", "Our new coating line is now in production", "coating-line"),
                ("公司与{co_en}达成长期供货协议", "Long-term supply agreement signed with {co_en}", "supply-agreement"),
                ("海外仓在曼谷启用", "Our overseas warehouse opens in Bangkok", "bangkok-warehouse"),
                ("公司获评省级专精特新企业", "We are named a provincial specialised SME", "specialised-sme"),
                ("年度供应商大会在汀屿召开", "Annual supplier conference held in Tingyu", "supplier-conference"),
                ("公司开放日迎来百名客户", "Open day welcomes a hundred customers", "open-day")],
}
WP_PR_EN = {"陶瓷刹车片": "ceramic brake pads", "前减震器": "front shock absorbers", "水泵": "water pumps",
            "发电机": "alternators", "球头": "ball joints", "摆臂": "control arms"}
WP_CO_EN = {"汀屿鸿达汽配": "Tingyu Hongda Auto Parts", "昀州正衡制动": "Yunzhou Zhengheng Brakes",
            "栎阳博锐电机": "Liyang Borui Motors", "苕水恒岳传动": "Tiaoshui Hengyue Driveline"}
WP_ZH_SENT = [
    "{date}，{prov}商务部门发布的数据显示，全省汽车零部件出口保持增长势头。",
    "作为一家专注{pr}研发和制造的企业，我们持续关注市场和技术的变化。",
    "从客户反馈来看，交付周期和产品一致性是采购方最看重的两个指标。",
    "今年以来，公司{pr}产品线的订单量同比增长{pct}%，海外订单占比接近{p3}%。",
    "实验室对样件进行了{n3}小时的台架试验，磨损量控制在设计范围以内。",
    "我们在生产线上增加了在线检测工位，每一件产品出厂前都要经过{k}道检验。",
    "审核组对质量体系运行情况给予了肯定，同时提出了{k}项改进建议。",
    "展会期间，公司展位共接待来自{n}个国家和地区的客户。",
    "业内普遍认为，未来三年售后市场的增速仍将高于整车市场。",
    "欢迎新老客户通过官网或邮件与我们联系，获取最新产品目录。",
]
WP_EN_SENT = [
    "Figures released by the provincial commerce department show that parts exports kept growing this year.",
    "As a company focused on the design and manufacture of {pr_en}, we follow market and technology changes closely.",
    "Customers tell us that lead time and consistency matter most when they choose a supplier.",
    "Orders for our {pr_en} line rose {pct}% this year, and overseas customers now account for nearly {p3}% of them.",
    "Our laboratory ran the samples for {n3} hours on the test bench, and wear stayed within the design limits.",
    "We added inline inspection stations, so every part passes {k} checks before it leaves the plant.",
    "The auditors acknowledged how the quality system works and raised {k} points for improvement.",
    "During the show, our booth welcomed visitors from {n} countries and regions.",
    "Most people in the trade expect the aftermarket to outgrow new-vehicle sales over the next three years.",
    "Customers old and new are welcome to contact us through the website or by email for the latest catalogue.",
]
WP_HEADS = [("背景", "Background"), ("主要发现", "Key findings"), ("下一步", "What comes next")]

# ---------------------------------------------------------------- 7x24 flash news (flash_news)
FLASH_TAGS = [("zc", "政策"), ("qy", "企业"), ("sc", "市场"), ("sj", "数据")]
FLASH_ITEMS = {
    "zc": [("{prov}发布汽车维修配件追溯指引", "{prov}交通运输厅发布汽车维修配件追溯指引，要求一类维修企业{mo}月底前接入追溯平台。"),
           ("{city}启动报废车回用件试点", "{city}启动报废机动车回用件流通试点，首批{k}家回收企业参与。"),
           ("{prov}延续新能源车下乡补贴", "{prov}宣布延续新能源汽车下乡补贴至年底，单车最高补贴{n}00元。"),
           ("{city}加强汽配市场消防检查", "{city}应急管理部门对全市{n}个汽配市场开展消防专项检查。"),
           ("{prov}公布第二批绿色维修示范企业", "{prov}公布第二批绿色汽车维修示范企业名单，共{n}家入选。")],
    "qy": [("{co}拟在{city}建设{pr}新工厂", "{co}公告称，拟投资{x}亿元在{city}建设{pr}生产基地，设计年产能{n3}万件。"),
           ("{co}与{co2}成立合资公司", "{co}与{co2}签署协议，共同出资设立配件分销合资公司，{co}持股{p3}%。"),
           ("{co}一季度营收增长{pct}%", "{co}披露一季度业绩，营业收入{x}亿元，同比增长{pct}%。"),
           ("{co}{pr}产品获主机厂定点", "{co}收到某主机厂定点通知，将为其{model}车型供应{pr}。"),
           ("{co}回应产品质量投诉", "{co}回应称已对涉事批次{pr}启动排查，涉及产品将免费更换。"),
           ("{co}{city}仓库完成扩建", "{co}{city}仓库扩建完成，库容提升至{n3}0平方米。")],
    "sc": [("{city}汽配城{pr}批发价上涨", "据{city}汽配城商户反馈，本周{pr}批发价环比上涨{p2}%。"),
           ("{pr}现货偏紧 交期延长", "多家经销商反映{pr}现货偏紧，部分型号交期延长至{k}周。"),
           ("二手车出口带动{pr}订单", "受二手车出口拉动，{city}地区{pr}外贸订单环比增长{pct}%。"),
           ("{model}售后件需求上升", "{model}保有量突破{n}万辆，相关售后件询价量明显上升。")],
    "sj": [("4月{prov}汽车保有量增至{n3}万辆", "{prov}公安交管部门数据，截至4月底全省汽车保有量{n3}万辆，同比增长{p2}%。"),
           ("4月汽配线上交易额{x}亿元", "第三方平台统计，4月全省汽配线上交易额{x}亿元，环比增长{pct}%。"),
           ("前4月{prov}汽配出口{x}亿元", "海关数据显示，前4月{prov}汽车零部件出口{x}亿元，同比增长{pct}%。"),
           ("{city}维修企业数量达{n3}家", "{city}道路运输管理部门统计，全市备案维修企业{n3}家。")],
}
FLASH_EXTRA = ["公司表示，相关项目尚需履行审批程序。", "业内人士认为，此举将进一步规范市场秩序。",
               "据悉，相关细则将于近期公布。", "上述数据为初步统计结果。", "公司股价午后小幅走高。"]
DEPTH_TITLES = ["深度｜{pr}涨价潮背后的供应链逻辑", "深度｜县城汽配店的生存账本", "深度｜{co}的十年：从档口到云仓",
                "深度｜新能源维修，传统门店的下一站？", "深度｜配件追溯平台能否终结假货", "深度｜出口热潮下的{city}汽配企业",
                "深度｜再制造件：被低估的市场", "深度｜平台、经销商与修理厂的三角关系", "深度｜一只{pr}的价格构成",
                "深度｜{city}汽配城搬迁一年记", "深度｜保外车时代的售后竞争", "深度｜谁在给汽配行业“补课”"]

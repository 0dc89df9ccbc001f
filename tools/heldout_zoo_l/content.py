"""Invented Chinese auto-parts text for held-out zoo L (stdlib only, deterministic).

The machinery is zoo K's (``Ctx``, ``paragraphs``, a sentence pool, ``gen_blocks``); **every word list and sentence
is new**: a fictitious province (沄西省) and its cities, companies, parts, car models, part codes, given names, media,
and the texts of the zoo L families: self-media accounts on a 搜狐号-like platform (selfmedia_hao), a Java-era
provincial parts association (jsp_association), a Next.js tech-business medium with 快讯 (next_techmedia), and the
news channel of a B2B parts trade platform (b2b_trade_news).

Blocks (what the families render):
  ("p", text)              a paragraph
  ("h", text)              a sub-heading inside the text
  ("img", src, caption)    a picture, caption may be None (captions are NOT article text)
  ("table", rows)          rows of cells, first row is the header
  ("ul", items) / ("ol", items)

``paragraphs(blocks)`` gives the truth text blocks: table rows as cells joined by TAB, one item per list entry.
All Chinese text encodes in GBK (two families write GBK bytes).
"""

from __future__ import annotations

import random

PROVINCE = "沄西省"
PROV_SHORT = "沄西"
CITIES = ["沄州", "珞阳", "栖川", "蓟湾", "槿城", "棠溪", "钤山", "岷渡", "芷陵", "翎江", "枳港", "萸原"]
COMPANIES = ["沄州恒岳汽车部件", "珞阳宸光车灯", "栖川同润密封件", "蓟湾锐驰减振器", "槿城鑫泰活塞", "棠溪凯诺电机",
             "钤山卓越线束", "岷渡永安钢圈", "芷陵博远传感", "翎江华茂空滤", "枳港通衢汽配物流", "萸原正和橡塑",
             "沄州启航热管理", "珞阳立信车桥"]
PRODUCTS = ["减振器总成", "活塞环", "发动机线束", "空气滤清器", "雨刮电机", "铝合金轮毂", "橡胶密封条", "胎压传感器",
            "LED前大灯", "机油泵", "半轴总成", "冷凝器", "起动机", "发电机", "刹车分泵", "下控制臂", "燃油滤清器",
            "涡轮增压器"]
MODELS = ["沄骋S6", "珞星X3", "栖云EV", "蓟风L5", "槿悦C7", "棠雀Mini", "钤岳T9", "翎羽GT"]
PART_CODES = ["YX-3102", "LQ-77A", "SN-2408", "KD-591", "TR-6613", "WB-108C", "HM-3370", "ZP-4026", "JC-819", "MV-52D"]
SURNAMES = "韦鲍甘竺阮柏毕戚蓝伍钟尹詹涂季娄晏褚闵侯谷甄冉聂岳芮储慕车温鲁武俞"
GIVEN = ["晓岚", "景行", "慕白", "思远", "一鸣", "书瑶", "承泽", "听雨", "砚秋", "立言", "芷若", "怀瑾", "星河",
         "南乔", "雨桐", "知秋", "博文", "安澜", "清越", "子衿"]
GBK_ONLY_GIVEN = ["珺", "玥", "燊", "翀", "淏", "彧"]  # all GBK, none GB2312
MEDIA = ["沄西日报", "汽配商情", "零部件周报", "产业观察网", "珞阳晚报", "汽车制造参考", "新能源车讯", "商用车周刊"]


def person(rnd: random.Random, gbk_only: bool = False) -> str:
    given = rnd.choice(GBK_ONLY_GIVEN) + rnd.choice("然宁辰") if gbk_only else rnd.choice(GIVEN)
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
                      "model": models[0], "model2": models[1], "code": rnd.choice(PART_CODES),
                      "date": f"{when.month}月{when.day}日", "mo": str(max(2, when.month - 1)),
                      "year": str(when.year), "person": person(rnd), "prov": PROVINCE, "ps": PROV_SHORT}

    def fill(self, tpl: str) -> str:
        r = self.r
        nums = {"pct": str(r.randint(4, 46)), "p2": str(r.randint(2, 19)), "p3": str(r.randint(51, 96)),
                "x": f"{r.randint(2, 79)}.{r.randint(1, 9)}", "n": str(r.randint(5, 68)), "n3": str(r.randint(110, 960)),
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
        rows = [["品类", "代表型号", "月出货量（千件）", "环比"]]
        for pr in r.sample(PRODUCTS, r.randint(3, 5)):
            rows.append([pr, r.choice(PART_CODES), str(r.randint(8, 640)), f"{r.choice('+-')}{r.randint(1, 17)}.{r.randint(0, 9)}%"])
        extra = [("p", "各品类出货情况如下表所示："), ("table", rows)]
    else:
        extra = [("p", "具体来看，变化集中在以下几方面："),
                 ("ol", [ctx.fill(t) for t in r.sample(["账期从九十天缩短到{n}天", "二级经销商数量减少约{pct}%",
                                                         "线上采购占比升至{p3}%", "新能源车型专用件需求上升",
                                                         "库存周转天数下降到{n}天", "区域仓覆盖半径缩小到{km}0公里"],
                                                        r.randint(3, 4))])]
    at = r.randint(3, len(body) - 2)
    body[at:at] = extra
    body.insert(1, img())
    return body


# ---------------------------------------------------------------- self-media accounts (selfmedia_hao)
SM_ACCOUNTS = [  # (account id, name, bio, followers shown, total reads shown)
    (52091377, "汽配圈老鲍", "十五年汽配批发，聊聊门店背后的生意经", "3.6万", "812万"),
    (52166410, "后市场观察室", "关注汽车后市场渠道、资本与政策", "12.4万", "2361万"),
    (52203958, "车间里的韦师傅", "一线维修技师，分享修车实操和配件选购", "8,732", "97.5万"),
    (52318642, "新能源售后笔记", "电池、电驱与热管理的售后那些事", "1.9万", "305万"),
]
SM_TITLES = {
    52091377: ["干了十五年汽配，我总结出{k}条进货铁律", "{city}汽配城今年为什么冷清了？", "一个{pr}能赚多少钱，说出来你可能不信",
               "配件涨价潮来了，门店怎么扛", "老客户被平台抢走了，我做了这三件事", "别再只拼价格了，汽配店要学会做服务",
               "{pr}假货泛滥，教你几招辨别真伪", "县城汽配店还有没有机会？", "从批发转零售，我踩过的坑"],
    52166410: ["后市场连锁的“冰与火”：{co}们的突围", "资本退潮之后，汽配B2B还剩下什么", "{prov}汽车后市场报告：保有量拐点已至",
               "深度｜{pr}渠道变局", "保外车时代，谁在重塑配件流通", "独立售后VS主机厂授权：一场没有硝烟的战争",
               "政策解读：汽车维修配件追溯新规影响几何", "数据｜{mo}月汽配电商交易额同比增长{pct}%", "谁在为新能源车的维修买单"],
    52203958: ["{model}{pr}异响，原来是这个小零件作怪", "换{pr}时这一步千万别省", "实拍：拆开一只{pr}看看里面有什么",
               "师傅教你判断{pr}该不该换", "修车十年，这{k}种配件我只用原厂的", "冬天来了，{pr}检查要趁早",
               "车主常问：副厂件到底能不能用？", "一次{model}的疑难故障排查记录", "维修车间的“救命”工具清单"],
    52318642: ["电池包进水怎么办？售后处理流程全记录", "{model}电驱系统保养指南", "新能源车热管理系统常见故障盘点",
               "三电质保到期后，维修费用有多贵", "独立维修厂怎么接新能源车的活", "高压安全：新能源维修的第一课",
               "{pr}在电动车上的新变化", "电池检测设备选购经验分享", "新能源车的冷却液多久换一次"],
}
SM_OPEN = [
    "大家好，今天跟大家聊一个很多门店老板都关心的话题。",
    "前两天有位粉丝私信问我，{pr}到底该怎么选？今天统一回复一下。",
    "最近跑了一趟{city}，和几位做配件批发的老朋友喝了顿茶，聊出不少东西。",
    "先说一个数据：今年前{mo}个月，{prov}汽配零售门店数量减少了{pct}%。",
    "上周店里来了一台{model}，车主说{pr}有异响，已经跑了三家店都没解决。",
]
SM_MID = [
    "说实话，这几年生意确实不好做，但也不是完全没机会。",
    "{pr}的进货价今年涨了{p2}%左右，可终端售价根本不敢动。",
    "我认识的一位老板{person}，去年把门店从{n}平米缩到一半，利润反而高了。",
    "平台的价格透明了，门店能赚的就只剩安装和服务费了。",
    "拆下来一看，{pr}的橡胶件已经老化开裂，难怪跑起来咯噔咯噔响。",
    "这里提醒一句：更换{pr}之后一定要做四轮定位，不然吃胎很厉害。",
    "副厂件不是不能用，关键要看品牌和渠道，{co}这类老牌子质量还是稳定的。",
    "有数据显示，{city}地区的快修门店平均客单价在{n3}元上下。",
    "新能源车的售后逻辑完全不一样，三电部件基本都回流到了授权店。",
    "很多车主不知道，{pr}其实是有使用寿命的，一般{km}万公里就该检查了。",
    "我的建议是：库存宁可少一点，也别压太多滞销的型号。",
    "{co}的业务员跟我说，他们今年在{city2}新开了一个前置仓，当天就能送货。",
]
SM_CLOSE = ["你们那边的情况怎么样？欢迎在评论区聊聊。", "觉得有用的话，点个关注，下期接着聊。",
            "以上只是个人经验，仅供参考。", "有问题可以私信我，看到都会回。"]
SM_HEADS = ["先看现象", "问题出在哪", "怎么解决", "最后说两句"]
SM_CAPTIONS = ["{city}某汽配城一角", "拆下来的旧{pr}", "（图片来源于网络）", "店里新到的一批{pr}"]
SM_VIDEOS = ["三分钟看懂{pr}的更换步骤", "实拍{city}凌晨的汽配物流仓", "老鲍带你逛{city}汽配城"]

# ---------------------------------------------------------------- provincial parts association (jsp_association)
AS_CHANNELS = [("hyxw", "行业新闻", 11), ("xhdt", "协会动态", 12), ("tzgg", "通知公告", 13), ("zcfg", "政策法规", 14)]
AS_TITLES = {
    "hyxw": ["{prov}汽车零部件产业上半年运行情况分析", "{city}零部件企业积极开拓海外市场", "{co}新工厂在{city}竣工投产",
             "汽车零部件行业数字化转型现场会在{city}召开", "{pr}行业产能利用率回升至{p3}%", "新能源汽车零部件配套项目落户{city}",
             "{co}获评国家级专精特新“小巨人”企业", "前{mo}月全省汽车零部件出口额增长{pct}%", "{city}汽配产业园二期项目签约",
             "零部件企业用工情况调查", "{pr}原材料价格走势分析", "汽车零部件质量提升专项行动取得成效"],
    "xhdt": ["协会召开第{k}届理事会第三次会议", "协会组团参加{city}国际汽车零部件展", "协会秘书处走访会员企业{co}",
             "协会举办汽车零部件企业质量管理培训班", "协会与{city}商务局签署合作备忘录", "协会专家组赴{city}开展技术服务",
             "协会召开{year}年度会员大会", "协会发布《{prov}汽车零部件产业发展报告》", "协会标准化工作委员会成立",
             "协会组织会员企业赴{city}考察学习"],
    "tzgg": ["关于召开{year}年度会员大会的通知", "关于征集{prov}汽车零部件优秀新产品的通知", "关于缴纳{year}年度会费的通知",
             "关于举办汽车零部件出口合规培训的通知", "关于推荐协会专家委员会委员的通知", "关于开展会员单位信息更新工作的通知",
             "关于组织参加{city}汽配展的通知", "关于{year}年中秋节放假安排的通知"],
    "zcfg": ["《汽车零部件再制造规范管理暂行办法》全文", "关于促进汽车后市场健康发展的若干意见", "{prov}制造业高质量发展条例",
             "汽车维修配件追溯管理办法（征求意见稿）", "关于加快新能源汽车零部件产业发展的实施意见",
             "汽车零部件行业规范条件（{year}年本）"],
}
AS_OPEN = ["{date}，", "近日，", "为进一步服务会员企业，", "根据协会年度工作计划，", "各会员单位："]
AS_MID = [
    "会议由协会常务副会长{person}主持，{n}家理事单位代表参加会议。",
    "会议审议通过了协会{year}年度工作报告和财务收支情况报告。",
    "据协会统计，{prov}现有汽车零部件规上企业{n3}家，从业人员约{n}万人。",
    "今年以来，全省汽车零部件行业实现营业收入{x}亿元，同比增长{pct}%。",
    "{co}负责人介绍，企业今年研发投入占营业收入比重达到{p2}.{k}%。",
    "调研组一行实地察看了{co}的{pr}生产线，听取了企业生产经营情况汇报。",
    "与会代表围绕行业标准建设、人才培养和市场开拓等议题进行了交流。",
    "协会将继续发挥桥梁纽带作用，积极反映企业诉求，维护会员合法权益。",
    "请各会员单位高度重视，认真组织，按时报送相关材料。",
    "培训邀请了行业知名专家授课，内容涵盖质量体系、出口认证和知识产权保护。",
    "截至{mo}月底，该项目已完成投资{x}亿元，主体厂房基本建成。",
    "协会秘书处联系人：{person}，电话：0{k}5-6{n3}{n}。",
]
AS_CLOSE = ["特此通知。", "协会将持续跟踪有关工作进展。", "下一步，协会将认真落实会议部署，推动各项工作落到实处。",
            "欢迎会员单位积极参与。"]
AS_HEADS = ["一、基本情况", "二、主要做法", "三、存在问题", "四、下一步工作"]
AS_CAPTIONS = ["会议现场", "{co}生产车间", "培训现场", "考察团一行合影"]
AS_MEMBERS = ["沄州恒岳汽车部件有限公司", "珞阳宸光车灯股份有限公司", "栖川同润密封件有限公司", "蓟湾锐驰减振器制造有限公司",
              "槿城鑫泰活塞有限公司", "棠溪凯诺电机科技有限公司"]
AS_EVENTS = ["{year}沄西汽车零部件供需对接会", "汽车零部件企业出口合规培训班", "第{k}届沄西汽配产业发展论坛"]

# ---------------------------------------------------------------- tech-business medium (next_techmedia)
TM_CHANNELS = [("auto", "汽车"), ("travel", "出行"), ("energy", "新能源")]
TM_TITLES = {
    "auto": ["{co}完成{x}亿元B轮融资，加码{pr}产线", "智能座舱供应链洗牌：谁能留在牌桌上", "{co}冲刺IPO：毛利率连续三年下滑",
             "一级供应商的中年危机", "{model}热销背后的供应链故事", "零部件企业出海，第一站为什么是墨西哥",
             "价格战传导到二级供应商，利润还剩多少", "{co}创始人{person}：我们不做第二个代工厂", "汽车芯片国产化的真实进度",
             "底盘域控制器，下一个千亿赛道？", "激光雷达降价之后"],
    "travel": ["网约车司机的换车潮，带火了哪些配件", "{city}出租车全面电动化一年后", "共享出行平台的车辆维保账本",
               "物流车队的维修成本为何居高不下", "二手车出口火热，配件商跟着出海", "{co}押注商用车后市场",
               "汽车租赁公司开始自建维修厂"],
    "energy": ["{co}发布新一代{pr}，能耗下降{pct}%", "动力电池回收：风口还是陷阱", "热管理赛道融资盘点",
               "{city}建设千亿级新能源零部件基地", "固态电池量产前夜，零部件商在准备什么", "换电模式的第二春",
               "一文看懂800V高压平台对零部件的影响", "充电桩运营商的盈利难题", "{co}储能业务营收首超汽车业务",
               "电驱系统集成化：三合一之后是多合一"],
}
TM_OPEN = ["{date}，", "极帧获悉，", "过去一年，", "在{city}的汽车产业园里，"]
TM_MID = [
    "据知情人士透露，本轮融资由{co2}领投，老股东继续跟投，资金将主要用于{pr}产线扩建。",
    "{co}成立于{year}年前后，目前客户覆盖国内{n}家主流车企。",
    "一位不愿具名的供应链人士告诉极帧，今年以来主机厂的年降要求普遍在{p2}%以上。",
    "从财报数据看，{co}近三年毛利率分别为{n}.{k}%、{p2}.{k}%和{p2}.{p2}%。",
    "在{city}的一座工厂里，{k}条自动化产线正在满负荷运转。",
    "“我们不想再做低价竞争的生意了。”{person}在接受采访时说。",
    "行业研究机构的数据显示，{pr}市场规模预计在{year}年达到{n3}亿元。",
    "资本的态度也在变化：早期项目越来越难融资，投资人更看重订单和现金流。",
    "{model}的月销量一度突破{n}万辆，带动了上游{pr}供应商的出货。",
    "但问题在于，规模上去之后，产品良率和交付稳定性成了新的考验。",
    "多位受访者提到，出海并不是简单地把工厂搬过去，而是要重建一整套供应体系。",
    "对于二级供应商而言，账期拉长带来的现金流压力比价格战更致命。",
]
TM_CLOSE = ["这场竞赛才刚刚开始。", "谁能活到下一轮，答案或许就在明年。", "至少在今天，它还没有找到答案。",
            "极帧将持续关注。"]
TM_HEADS = ["被压缩的利润", "新的增量", "出海的账", "悬而未决"]
TM_CAPTIONS = ["{co}的生产车间。图源：受访者", "{pr}产线。图源：企业官网", "图源：视觉中国"]
TM_FLASH = [
    ("{co}完成{x}亿元新一轮融资", "极帧获悉，{co}宣布完成{x}亿元新一轮融资，由{co2}领投，资金将用于{pr}研发和产能扩张。"),
    ("{co}在{city}的新工厂投产", "{date}，{co}位于{city}的新工厂正式投产，规划年产{pr}{n3}万套。"),
    ("{mo}月汽车零部件出口同比增长{pct}%", "据海关数据，{mo}月我国汽车零部件出口额同比增长{pct}%，其中{pr}增速最快。"),
    ("{co}与{co2}签署战略合作协议", "{co}公告称，与{co2}签署战略合作协议，双方将在{pr}领域开展联合开发。"),
    ("{city}发布新能源汽车零部件产业扶持政策", "{city}发布支持新能源汽车零部件产业发展的若干措施，对新建项目最高给予{n}0万元奖励。"),
    ("{co}股价盘中涨超{p2}%", "{co}股价盘中一度涨超{p2}%，消息面上，公司近日获得{model}的{pr}定点。"),
    ("{co}回应裁员传闻", "针对网传裁员消息，{co}回应称系正常的组织架构调整，涉及人员不足{p2}%。"),
    ("{model}上市首月交付破{n}千台", "{model}官方宣布上市首月交付量突破{n}千台，{pr}由{co}独家供应。"),
]
TM_AUTHORS = ["钟听雨", "詹砚秋", "闵南乔", "芮安澜", "甄博文", "褚清越"]
TM_TAGS = ["汽车供应链", "新能源", "融资", "出海", "智能驾驶", "后市场", "动力电池"]

# ---------------------------------------------------------------- B2B parts trade platform news (b2b_trade_news)
BB_CHANNELS = [("hangye", "行业动态", 3), ("shichang", "市场行情", 4), ("zhanhui", "展会资讯", 5), ("zhishi", "采购知识", 6)]
BB_TITLES = {
    "hangye": ["{pr}出口订单持续增长 {city}企业加班赶工", "{city}汽配产业带线上交易额突破{n3}亿元", "{co}入驻平台三年：外贸订单翻两番",
               "跨境电商带动汽配出口新增长", "{prov}汽配产业带数字化升级加速", "中东市场{pr}需求旺盛", "汽配外贸企业如何应对汇率波动",
               "俄罗斯、中亚汽配进口需求回升", "{city}打造汽配外贸综合服务平台"],
    "shichang": ["本周{pr}价格行情：小幅上涨", "{mo}月{pr}采购指数发布", "钢材价格回落 {pr}报价下调", "{city}汽配市场{pr}走货情况调查",
                 "橡胶原料涨价 密封件厂商酝酿提价", "{pr}库存偏高 经销商谨慎补货", "铝价走高 {pr}成本承压", "新能源配件询盘量环比增长{pct}%"],
    "zhanhui": ["{year}{city}国际汽配展开幕 参展企业超{n3}家", "{city}汽配展观众登记开启", "平台组团参加中东汽配展",
                "{year}汽车后市场博览会在{city}举行", "展会观察：{pr}成展会热点", "{co}亮相{city}国际汽配展"],
    "zhishi": ["如何挑选靠谱的{pr}供应商", "{pr}采购常见问题解答", "汽配外贸报价单怎么做", "图解{pr}的OE号查询方法",
               "进口{pr}清关需要哪些单证", "汽配采购合同的{k}个注意事项", "{pr}质量检验标准一览"],
}
BB_OPEN = ["【汽配商贸通讯】", "{date}，", "近期，", "据平台数据显示，", "采购商在选择{pr}时，"]
BB_MID = [
    "平台数据显示，近{k}周{pr}的询盘量环比增长{pct}%，主要来自中东和东南亚买家。",
    "{city}一家{pr}生产企业负责人{person}表示，目前订单已经排到{mo}月底。",
    "从报价看，主流规格{pr}的出厂价在{n}元至{n3}元之间，较上月上涨{p2}%左右。",
    "业内人士分析，原材料价格波动和海运费变化是影响报价的主要因素。",
    "本届展会展览面积{n}万平方米，吸引了来自{n}个国家和地区的{n3}家企业参展。",
    "采购商应重点考察供应商的生产资质、质量体系认证和出口经验。",
    "建议在下单前索取样品，并明确OE号、材质和包装要求。",
    "{co}外贸经理介绍，公司今年通过平台新开发海外客户{n}家。",
    "目前{city}汽配产业带聚集了{n3}余家企业，产品涵盖{pr}、{pr2}等{n}个品类。",
    "需要注意的是，部分国家对进口汽配有强制认证要求，企业需提前做好准备。",
    "市场人士预计，短期内{pr}价格将维持高位震荡。",
    "平台相关负责人表示，将为产业带商家提供物流、金融和数字营销等一站式服务。",
]
BB_CLOSE = ["更多{pr}行情，请关注汽配商贸通行情频道。", "采购商可通过平台发布询价单，快速对接优质供应商。",
            "（以上价格仅供参考，以实际成交为准）", "平台将持续跟踪市场变化。"]
BB_HEADS = ["行情概述", "价格走势", "供需分析", "采购建议"]
BB_CAPTIONS = ["{co}展位", "{pr}产品实拍", "展会现场人头攒动", "{city}汽配产业带"]
BB_SUPPLIERS = [("hengyue", "沄州恒岳汽车部件有限公司", "减振器总成"), ("chenguang", "珞阳宸光车灯股份有限公司", "LED前大灯"),
                ("tongrun", "栖川同润密封件有限公司", "橡胶密封条"), ("xintai", "槿城鑫泰活塞有限公司", "活塞环"),
                ("kainuo", "棠溪凯诺电机科技有限公司", "雨刮电机"), ("huamao", "翎江华茂空滤有限公司", "空气滤清器")]
BB_EXPOS = ["{year}沄州国际汽车零部件博览会", "{year}中东（迪拜）汽配展沄西展团", "第{k}届珞阳汽车后市场交易会"]

"""Invented Chinese auto-parts industry news text (independent of tools/zoo).

``make_article(rnd, when, kind, size)`` returns ``(title, blocks)``; blocks are tuples:

* ``("p", text)``    a paragraph
* ``("h", text)``    a sub-heading inside the body (counts as a paragraph)
* ``("img", src, caption_or_None)``  an image, optional caption (NOT a paragraph)
* ``("table", rows)`` rows of cells, the first row is the header (each row = one paragraph, cells TAB-joined)
* ``("ul", items)``  a list (each item = one paragraph line)

``paragraphs(blocks)`` gives the truth paragraph list.
"""

from __future__ import annotations

import random

COMPANIES = [
    "华纬精工", "恒岳制动系统", "瑞丰橡塑", "万昌汽车零部件", "拓达汽车电子", "科越热管理", "渝鑫齿轮",
    "东泰车桥", "一汇底盘系统", "智驰汽车电子", "永固摩擦材料", "弘源轴承", "金轮铝业", "博卡减振器",
    "联创线束", "华泽传感技术", "闽驰滤清器", "精锐电驱", "微感科技", "速联车载通信", "鼎力转向系统",
    "海川密封件", "新锐照明", "中恒增压器", "德凯制冷", "安腾气动", "天工锻造", "凯润新材料",
]
OEMS = ["致远汽车", "北辰新能源", "长风重卡", "蓝鲸汽车", "骁腾汽车", "云途汽车", "启航商用车", "星驰新能源"]
CITIES = ["台州", "宁波", "芜湖", "十堰", "柳州", "长春", "重庆两江新区", "广州花都", "常州武进", "襄阳",
          "瑞安", "玉环", "温岭", "佛山", "合肥", "天津滨海新区", "烟台", "嘉兴"]
PRODUCTS = ["刹车片", "制动盘", "减振器", "轮毂轴承单元", "等速万向节", "转向拉杆", "空气滤清器", "机油滤清器",
            "火花塞", "雨刮器", "高压线束", "电驱动总成", "热泵空调模块", "电子水泵", "空气悬架", "线控制动系统",
            "毫米波雷达", "域控制器", "铝合金轮毂", "密封条", "涡轮增压器", "冷却风扇", "车灯模组",
            "电子驻车卡钳", "电池包壳体", "车载充电机", "变速箱油泵", "橡胶衬套"]
EXPOS = ["华东国际汽配博览会", "中国汽车后市场供需对接会", "长三角汽车零部件采购洽谈会", "新能源汽车关键零部件论坛",
         "全国汽配流通年会"]
ASSOCS = ["华东汽车零部件行业协会", "汽配流通商会", "汽车摩擦材料专业委员会", "新能源汽车零部件产业联盟"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
GIVEN = ["磊", "娜", "洋", "静", "伟", "敏", "强", "丽", "军", "婷", "建华", "晓东", "志刚", "海燕", "文博", "雪梅",
         "立新", "俊杰", "春晖", "思远", "国庆", "子涵", "明轩", "雨欣", "振宇", "凯", "琳", "浩然", "一鸣", "佳怡"]
TECH = ["IATF 16949", "ISO 26262 ASIL-D", "CAN FD", "AUTOSAR", "OTA", "800V", "SiC MOSFET", "48V", "ADAS", "TPMS",
        "ABS/ESC", "EMB", "IP67", "PPAP", "APQP"]


def person(rnd: random.Random) -> str:
    return rnd.choice(SURNAMES) + rnd.choice(GIVEN)


class Slots(dict):
    def __missing__(self, key):  # pragma: no cover - a template bug
        raise KeyError(key)


def _slots(rnd: random.Random, when) -> Slots:
    co, co2 = rnd.sample(COMPANIES, 2)
    prod, prod2, prod3 = rnd.sample(PRODUCTS, 3)
    return Slots(
        co=co, co2=co2, oem=rnd.choice(OEMS), city=rnd.choice(CITIES), city2=rnd.choice(CITIES),
        prod=prod, prod2=prod2, prod3=prod3, expo=rnd.choice(EXPOS), assoc=rnd.choice(ASSOCS),
        n=rnd.randint(12, 480), n2=rnd.randint(3, 60), big=rnd.randint(120, 9800), pct=f"{rnd.uniform(2, 48):.1f}",
        pct2=f"{rnd.uniform(0.5, 19):.1f}", year=when.year, lastyear=when.year - 1, mon=when.month,
        prevmon=(when.month - 2) % 12 + 1, day=when.day, person=person(rnd), person2=person(rnd),
        tech=rnd.choice(TECH), tech2=rnd.choice(TECH), q=rnd.choice(["一季度", "上半年", "前三季度", "前两个月"]),
        money=f"{rnd.uniform(1.2, 86):.2f}", temp=rnd.choice(["-40℃至125℃", "-30℃至150℃", "-40℃至105℃"]),
        nm=rnd.randint(180, 4200), ms=rnd.randint(80, 350), km=rnd.choice([15, 20, 30, 50]) * 10000,
        std=rnd.choice(["汽车用制动器衬片", "乘用车轮毂轴承单元技术条件", "电动汽车用驱动电机系统可靠性试验方法",
                        "汽车空气滤清器试验方法", "商用车空气悬架总成技术要求", "汽车线束用高压连接器通用要求"]),
    )


# --- titles per article kind -------------------------------------------------------------------
TITLES = {
    "project": ["{co}年产{n}万套{prod}项目在{city}投产", "{co}{city}基地二期开工 新增{prod}产能{n}万套",
                "总投资{money}亿元 {co}{prod}智能工厂落户{city}", "{co}与{oem}签署{prod}战略合作协议",
                "{co}获{oem}新平台{prod}定点 生命周期订单约{money}亿元"],
    "product": ["{co}发布新一代{prod}，重量降低{pct2}%", "{co}推出面向800V平台的{prod}",
                "{co}{prod}通过{tech}认证", "{co}首款国产化{prod}下线 打破进口垄断"],
    "market": ["{mon}月汽车零部件出口额同比增长{pct}%", "{year}年{q}{prod}市场规模突破{big}亿元",
               "{city}汽配产业集群产值突破{big}亿元", "{prod}价格连续{n2}周走低 渠道库存承压",
               "{q}商用车配件需求回暖 {prod}订单增长{pct}%"],
    "finance": ["{co}{q}营收{money}亿元 同比增长{pct}%", "{co}{q}净利润下滑{pct2}% 原材料成本仍是主因",
                "{co}拟募资{money}亿元投向{prod}项目", "{co}{year}年度业绩快报：海外收入占比升至{pct}%"],
    "policy": ["工信部发布《{std}》征求意见稿", "《{std}》国家标准将于{year}年实施",
               "{city}出台汽车零部件产业高质量发展十条措施", "多部门联合开展汽配市场质量抽查 {prod}不合格率{pct2}%",
               "{city}发布汽车零部件产业链“链长制”工作方案", "国家标准委批准发布{n2}项汽车零部件国家标准",
               "商务部等部门推进汽车后市场流通体系建设 {prod}纳入重点品类",
               "关于开展{year}年度汽车零部件“专精特新”企业申报工作的通知", "关于征集{prod}再制造典型案例的通知",
               "《汽车零部件再制造管理办法》政策解读", "{year}年汽车以旧换新补贴细则出台 维修配件市场迎利好"],
    "expo": ["第{n2}届{expo}在{city}开幕 {n}家汽配企业参展", "{expo}落幕 现场签约金额超{money}亿元",
             "{expo}：{prod}与{prod2}成为展会焦点"],
    "after": ["售后市场观察：{prod}价格战背后的渠道变革", "从“修车”到“养车”：{city}汽配城转型调查",
              "连锁门店扩张放缓 {prod}经销商如何突围", "汽配电商{q}交易额增长{pct}% 县域市场成新增量"],
    "tech": ["技术解析：{prod}的轻量化路线之争", "{tech}落地加速 {prod}供应链迎来重构",
             "浅谈{prod}失效模式与台架试验方法", "从{tech}看{prod}国产化的下一步"],
    "recall": ["{oem}召回部分车辆 涉及{co}供货{prod}", "{co}主动召回{n}批次{prod}",
               "质检部门通报{q}汽配产品召回情况 {prod}居首"],
    "assoc": ["{assoc}召开{year}年度理事会", "{assoc}赴{city}开展{prod}企业专题调研",
              "{assoc}举办{prod}标准宣贯培训班", "{assoc}发布{year}年{q}行业运行简报"],
}

LEADS = {
    "project": ["{mon}月{day}日，{co}年产{n}万套{prod}项目在{city}正式投产，这是该公司今年第二个落地的产能项目。",
                "记者从{co}获悉，公司与{oem}在{city}签署合作协议，将为后者新平台车型批量供应{prod}。",
                "近日，{co}发布公告称，公司获得{oem}新一代平台{prod}项目定点，预计生命周期销售额约{money}亿元。"],
    "product": ["{mon}月{day}日，{co}在{city}举行新品发布会，推出新一代{prod}产品。",
                "{co}日前宣布，其自主研发的{prod}已通过{tech}认证，并开始向主机厂小批量供货。"],
    "market": ["据海关统计，{year}年{mon}月我国汽车零部件出口额同比增长{pct}%，增速较上月加快{pct2}个百分点。",
               "{q}，{prod}市场延续增长态势，行业规模突破{big}亿元，同比增长{pct}%。",
               "来自{city}汽配城的最新调研显示，{prod}批发价格已连续{n2}周走低。"],
    "finance": ["{co}日前披露的财报显示，公司{q}实现营业收入{money}亿元，同比增长{pct}%。",
                "{co}发布业绩预告，{q}归母净利润同比下降{pct2}%，公司将其归因于铝、橡胶等原材料价格波动。"],
    "policy": ["为规范行业发展，工业和信息化部近日发布《{std}》征求意见稿，公开征求社会各界意见。",
               "{city}市政府近日印发推动汽车零部件产业高质量发展的若干措施，共十条。",
               "近日，有关部门印发相关文件，对{prod}等重点产品的质量提升和产业发展提出了具体要求。",
               "为贯彻落实推动汽车零部件产业高质量发展的部署，{assoc}近日转发有关通知，请各会员单位认真组织实施。"],
    "expo": ["{mon}月{day}日，第{n2}届{expo}在{city}国际会展中心开幕，来自全国的{n}家汽配企业参展。",
             "为期三天的{expo}日前在{city}闭幕，展会期间现场签约金额超过{money}亿元。"],
    "after": ["走进{city}汽配城，记者注意到，不少{prod}门店的门口都挂出了“清仓特价”的招牌。",
              "近两年，汽车后市场的渠道格局正在发生深刻变化，{prod}等易损件首当其冲。"],
    "tech": ["在电动化与智能化的双重驱动下，{prod}正成为零部件企业技术竞争的焦点。",
             "随着{tech}在整车上的规模化应用，{prod}的设计边界正在被重新定义。"],
    "recall": ["国家市场监督管理总局缺陷产品管理中心近日发布信息，{oem}将召回部分车辆，原因涉及{co}供货的{prod}。",
               "{co}近日宣布主动召回{n}批次{prod}产品，涉及数量约{big}件。"],
    "assoc": ["{mon}月{day}日，{assoc}{year}年度理事会在{city}召开，{n2}家理事单位代表参加会议。",
              "为深入了解{prod}企业生产经营情况，{assoc}调研组近日赴{city}开展专题调研。"],
}

BODY = [
    "该项目总投资{money}亿元，占地约{n}亩，建成后将新增{prod}产能{n}万套，年产值预计超过{big}亿元。",
    "{co}相关负责人{person}表示，公司将继续加大研发投入，重点布局{prod}和{prod2}两大产品线。",
    "据介绍，新产线引入了机器人自动上下料和在线视觉检测系统，生产节拍缩短至{ms}秒，产品一次合格率提升到99.{n2}%。",
    "业内人士分析，随着新能源汽车渗透率持续提高，{prod}的技术路线正在发生变化，具备系统集成能力的企业将更具优势。",
    "从区域分布看，{city}、{city2}等地的汽配产业集群贡献了全国相当比例的{prod}产量。",
    "值得注意的是，原材料价格波动仍是行业面临的主要压力之一，部分中小企业的毛利率已降至{pct2}%左右。",
    "{oem}采购部门负责人{person2}透露，今年以来对{prod}的国产化替代需求明显增加。",
    "数据显示，{year}年{q}，{prod}出口量同比增长{pct}%，其中对东南亚、中东和拉美市场的出口增速均超过两位数。",
    "该产品采用一体化压铸壳体，工作温度范围为{temp}，防护等级达到IP67，并支持{tech}。",
    "According to the company, the new {tech} compatible line has a design capacity of {n}k units per year.",
    "测试结果显示，新品在{km}公里耐久试验后性能衰减不超过{pct2}%，额定扭矩为{nm} N·m。",
    "在售后渠道，{prod}的终端价格较去年同期下降约{pct2}%，经销商普遍反映“走量不赚钱”。",
    "{assoc}秘书长{person}认为，行业正在从价格竞争转向质量和服务竞争，标准化建设是关键抓手。",
    "按照计划，项目将分两期建设，一期工程预计于{year}年底完成设备调试，二期将于明年启动。",
    "部分企业已开始在墨西哥、匈牙利和泰国布局海外工厂，以贴近主机厂客户并规避贸易壁垒。",
    "公司财报显示，研发费用同比增长{pct}%至{money}亿元，占营业收入比重为{pct2}%。",
    "多位经销商表示，线上平台的价格透明化压缩了传统批发环节的利润空间，门店需要通过服务能力留住客户。",
    "从技术细节看，{tech}与{tech2}的组合使{prod}的响应时间缩短至{ms}毫秒以内。",
    "截至目前，{co}已累计获得发明专利{n}项，参与制定国家及行业标准{n2}项。",
    "有分析师指出，今年{prod}板块的估值已处于近五年低位，后续需关注主机厂年降压力的传导情况。",
    "目前，{city}已集聚规模以上汽配企业{n}家，形成了从铸锻件、机加工到总成装配的完整配套链条。",
    "“过去我们主要做售后件，现在前装订单已经占到四成。”{co}销售总监{person2}说。",
    "业内预计，到{year}年底，国内{prod}的国产化率有望从目前的{pct}%提升至六成以上。",
    "该负责人同时提醒，企业在拓展海外市场时，要重视产品认证和知识产权风险，避免“走出去”后陷入被动。",
]

KIND_BODY = {
    "recall": ["本次召回范围内的车辆，{prod}可能存在密封不良的情况，极端情况下存在安全隐患。",
               "{co}将通过授权服务网点为召回范围内的车辆免费更换改进后的{prod}，并主动联系相关用户。",
               "用户可拨打厂家客服热线或登录缺陷产品管理中心网站查询本人车辆是否在召回范围内。"],
    "policy": ["征求意见稿对{prod}的术语定义、技术要求、试验方法和检验规则作出了规定，意见反馈截止日期为{mon}月底。",
               "文件提出，到{year}年底，培育{n2}家以上年营收超百亿元的零部件骨干企业。",
               "对首次进入整车企业配套体系的中小企业，按配套金额给予最高{n2}0万元奖励。"],
    "expo": ["在展会现场，{co}、{co2}等企业集中展示了{prod}、{prod2}和{prod3}等新品，吸引了大量采购商驻足洽谈。",
             "本届展会展览面积达{n}000平方米，设置新能源、智能网联、后市场服务等{n2}个专业展区。",
             "主办方透露，本届展会海外采购商数量较上届增长{pct}%，主要来自俄罗斯、中东和东南亚地区。"],
    "assoc": ["会上，与会代表围绕{prod}质量提升、数字化转型以及海外市场开拓等议题进行了深入交流。",
              "下一步，{assoc}将围绕会员企业关心的融资、用工和出口合规等问题，组织开展系列专题服务活动。",
              "会议审议通过了协会年度工作报告和财务报告，并增补{n2}家单位为理事单位。"],
}

SUBHEADS = ["一、基本情况", "二、主要特点", "三、存在的问题", "四、下一步工作", "市场：需求分化加剧", "企业：加快转型升级",
            "技术：集成化成为主流", "渠道：线上线下融合", "展望：机遇与挑战并存"]

LIST_ITEMS = [
    "加快推进{prod}关键材料和核心工艺的国产化替代；", "支持龙头企业牵头组建创新联合体，开展共性技术攻关；",
    "完善检验检测公共服务平台，提升{prod}质量一致性；", "鼓励企业建设智能工厂和数字化车间；",
    "引导汽配流通企业向连锁化、品牌化方向发展；", "加强行业自律，坚决抵制低于成本价的恶性竞争；",
    "开展{prod}标准宣贯和质量提升专项行动；", "搭建供需对接平台，帮助中小企业进入主机厂配套体系。",
    "对新认定的“专精特新”零部件企业给予一次性奖励；",
]

CAPTIONS = ["图为{co}{city}生产基地的自动化生产线", "{co}展台吸引了众多采购商", "图为新发布的{prod}产品",
            "{assoc}理事会现场", "{city}汽配城一角（记者{person}摄）", "工作人员正在对{prod}进行台架试验",
            "图片来源：{co}", None]


def _fill(rnd: random.Random, tpl: str, s: Slots) -> str:
    return tpl.format_map(s)


KEEP = ("co", "oem", "city", "prod", "prod2", "year", "mon", "day", "q", "assoc", "expo", "std", "tech")


class Pool:
    """Sentences for one article, drawn without repetition (refilled with fresh slots if exhausted)."""

    def __init__(self, rnd: random.Random, kind: str, s: Slots, when):
        self.rnd, self.kind, self.s, self.when = rnd, kind, s, when
        self.items: list[str] = []
        self.fresh = False

    def take(self) -> str:
        if not self.items:
            if self.fresh:  # second round: new numbers / names so no sentence repeats verbatim
                self.s = _slots(self.rnd, self.when)
            self.fresh = True
            self.items = BODY + KIND_BODY.get(self.kind, []) * 2
            self.rnd.shuffle(self.items)
            seen, uniq = set(), []
            for t in self.items:
                if t not in seen:
                    seen.add(t)
                    uniq.append(t)
            self.items = uniq
        fresh = _slots(self.rnd, self.when)  # new numbers / people per sentence, same subject
        fresh.update({k: self.s[k] for k in KEEP})
        return _fill(self.rnd, self.items.pop(), fresh)


def _paragraph(pool: Pool, nsent: int) -> str:
    return "".join(pool.take() for _ in range(nsent))


def _table(rnd: random.Random, s: Slots, when) -> list[list[str]]:
    kind = rnd.randrange(3)
    if kind == 0:
        rows = [["企业", "主要产品", f"{when.year}年{s['q']}营收（亿元）", "同比"]]
        for co in rnd.sample(COMPANIES, rnd.randint(3, 5)):
            rows.append([co, rnd.choice(PRODUCTS), f"{rnd.uniform(1, 60):.2f}", f"{rnd.uniform(-12, 40):+.1f}%"])
    elif kind == 1:
        rows = [["月份", "出口额（亿美元）", "环比", "同比"]]
        start = rnd.randint(1, 6)
        for m in range(start, start + rnd.randint(3, 5)):
            rows.append([f"{m}月", f"{rnd.uniform(60, 110):.1f}", f"{rnd.uniform(-8, 9):+.1f}%",
                         f"{rnd.uniform(-5, 25):+.1f}%"])
    else:
        rows = [["参数", "指标"]]
        for k, v in rnd.sample([("额定电压", "800 V"), ("峰值功率", f"{rnd.randint(120, 320)} kW"),
                                ("重量", f"{rnd.uniform(3, 60):.1f} kg"), ("防护等级", "IP67"),
                                ("工作温度", s["temp"]), ("设计寿命", f"{s['km']}公里"),
                                ("额定扭矩", f"{s['nm']} N·m")], rnd.randint(3, 5)):
            rows.append([k, v])
    return rows


def make_article(rnd: random.Random, when, kind: str, size: str, img_prefix: str) -> tuple[str, list[tuple]]:
    """size: 'short' (1-3 paragraphs), 'mid' (4-6) or 'long' (7-12 with sub-heads / table / list)."""
    s = _slots(rnd, when)
    title = _fill(rnd, rnd.choice(TITLES[kind]), s)
    pool = Pool(rnd, kind, s, when)
    blocks: list[tuple] = [("p", _fill(rnd, rnd.choice(LEADS[kind]), s) + _paragraph(pool, rnd.randint(0, 2)))]
    nimg = 0

    def image():
        nonlocal nimg
        nimg += 1
        cap = rnd.choice(CAPTIONS)
        return ("img", f"{img_prefix}{nimg}.jpg", _fill(rnd, cap, s) if cap else None)

    if size == "short":
        if rnd.random() < 0.4:
            blocks.append(image())
        for _ in range(rnd.randint(0, 2)):
            blocks.append(("p", _paragraph(pool, rnd.randint(1, 3))))
        return title, blocks
    n = rnd.randint(3, 5) if size == "mid" else rnd.randint(6, 10)
    heads = rnd.sample(SUBHEADS, 3) if size == "long" and rnd.random() < 0.6 else []
    if rnd.random() < 0.5:
        blocks.append(image())
    table_at = rnd.randint(1, n - 1) if size == "long" and rnd.random() < 0.6 else -1
    list_at = rnd.randint(1, n - 1) if size == "long" and rnd.random() < 0.5 else -1
    for i in range(n):
        if heads and i in (1, n // 2, n - 2) and heads:
            blocks.append(("h", heads.pop(0)))
        blocks.append(("p", _paragraph(pool, rnd.randint(1, 4))))
        if i == table_at:
            blocks.append(("p", "相关数据见下表："))
            blocks.append(("table", _table(rnd, s, when)))
        if i == list_at:
            blocks.append(("p", "具体措施包括："))
            blocks.append(("ul", [_fill(rnd, t, s) for t in rnd.sample(LIST_ITEMS, rnd.randint(3, 5))]))
        if size == "long" and i == n // 2 and rnd.random() < 0.5:
            blocks.append(image())
    return title, blocks


def paragraphs(blocks: list[tuple]) -> list[str]:
    out: list[str] = []
    for b in blocks:
        if b[0] in ("p", "h"):
            out.append(b[1])
        elif b[0] == "table":
            out.extend("\t".join(row) for row in b[1])
        elif b[0] == "ul":
            out.extend(b[1])
    return out


def summary(blocks: list[tuple], n: int = 60) -> str:
    first = next(b[1] for b in blocks if b[0] == "p")
    return first[:n]


def comment_text(rnd: random.Random) -> str:
    return rnd.choice([
        "分析得很到位，我们做{prod}的也有同感，年降压力太大了。", "请问文中的数据来源是哪里？想引用一下。",
        "支持老周！后市场这块说得太真实了。", "县域市场确实是增量，但账期也是真的长。",
        "我们厂去年也上了自动线，节拍确实快了，但调试花了半年。", "期待下一篇写写{prod}的渠道。",
        "这个价格战什么时候是个头啊。", "学习了，转给同事看看。",
    ]).format(prod=rnd.choice(PRODUCTS))

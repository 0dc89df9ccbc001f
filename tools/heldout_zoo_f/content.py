"""Invented Chinese auto-industry text for the held-out zoo F (stdlib only, deterministic).

The machinery is zoo E's (``Ctx``, ``news_blocks``, ``paragraphs``); every word list and sentence is new:
other fictitious companies, car models, part codes, given names and sources, new headlines and sentences,
plus the policy notices, engineering notes, newspaper texts and market reports of the zoo F families.

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

COMPANIES = ["鼎晟汽配", "华骋精密", "永拓制动", "锐博电子", "北溪传动", "联昊密封", "恒钰轮毂", "冠川热管理",
             "启擎电驱", "泰隆轴承", "融信线束", "清源滤清", "稳达悬架", "耀光车灯", "铸鑫精铸", "驰衡转向",
             "柏瑞橡塑", "舒途座椅", "澎湃增压", "沃德储能"]
CITIES = ["无锡", "嘉兴", "保定", "株洲", "德阳", "绵阳", "南昌", "济南", "青岛", "厦门", "昆山", "慈溪", "玉环",
          "丹阳", "泉州", "荆州", "湘潭", "十堰"]
PRODUCTS = ["电子驻车制动器", "转向拉杆", "油冷器", "碳陶刹车盘", "电动尾门撑杆", "氛围灯", "车载充电机",
            "DC-DC转换器", "激光雷达", "线控制动系统", "胎压传感器", "车身控制器", "热泵空调", "玻璃升降器",
            "后视镜总成", "发动机悬置", "排气歧管", "电子节温器", "冷却风扇", "起动蓄电池", "稳定杆", "轮速传感器"]
MODELS = ["澜舟Q6", "骁驰R8", "晨曜S3", "穹宇GT", "霁风H5", "曜石X7", "朗途P6", "瀚海M9", "青鸾C5", "极峰V8"]
PART_CODES = ["XR-350", "DS-12B", "QH-88", "TL-406", "EPB-2", "HP-7", "ZK-19", "MV-610", "LC-3", "WB-75"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢钟汪范方石谭廖"
GIVEN = ["志刚", "丽娟", "海峰", "红梅", "建国", "晓燕", "振宇", "佳怡", "俊杰", "婉清", "浩然", "梦瑶", "德明", "秋菊",
         "雅琴", "永生", "若曦", "天佑", "慧敏", "鹏飞", "小龙", "金凤", "卫东", "欣然", "一鸣", "美玲", "嘉豪", "诗雨",
         "振华", "丹"]
RARE_GIVEN = ["喆", "堃", "珺", "玥", "暐", "翀"]  # in GBK, not in GB2312
SOURCES = ["长江汽配导报", "配件世界周讯", "车业经纬", "东部工业快讯", "智能汽车情报站", "零部件采购参考",
           "中原汽车周刊", "后市场观察家"]


def person(rnd: random.Random, rare: bool = False) -> str:
    given = rnd.choice(RARE_GIVEN) if rare else rnd.choice(GIVEN)
    return rnd.choice(SURNAMES) + given


NEWS_TITLES = [
    "{co}{city}新工厂首台{pr}下线",
    "{city}前{mo}个月{pr}产值突破{n}亿元",
    "{co}推出{code}系列{pr}，首发搭载{model}",
    "{co}牵手{co2}，共建{pr}联合实验室",
    "{pr}原材料涨价潮来袭，{city}中小厂商承压",
    "{co}{pr}项目环评获批 计划{year2}年投产",
    "{city}汽配市场调查：{pr}线上价格比线下低{pct}%",
    "{co}中标{model}{pr}项目 预计年供货{n3}万套",
    "{pr}出口东南亚持续升温，{city}企业加速出海",
    "第{k}届中国（{city}）汽车后市场大会落幕",
    "{co}上半年净利润{x}亿元 同比增长{pct}%",
    "专家：{pr}行业洗牌加速，中小企业需找准定位",
    "{co}{code}型{pr}通过IATF 16949复审",
    "{city}发布汽车零部件产业集群培育方案",
    "{pr}需求回暖 {city}经销商补库意愿增强",
    "{co}拟定增募资{n}亿元扩产{pr}",
    "{model}换代车型定档，{co}独家供应{pr}",
    "{mo}月汽配电商平台{pr}品类销量排行出炉",
    "对话{co}总经理{person}：做{pr}要耐得住寂寞",
    "{city}口岸{pr}出口货值同比增长{pct}%",
]

OPENERS = [
    "{date}上午，{co}{city}新工厂举行投产仪式，首台{code}型{pr}顺利下线。",
    "{date}，记者从{co}了解到，该公司自主研发的{pr}已完成全部可靠性试验，即将进入批量交付阶段。",
    "{city}市统计部门日前发布的数据显示，今年以来全市{pr}产业保持稳步增长，{mo}月产值达到{x}亿元。",
    "{date}，{co}与{co2}在{city}举行战略合作签约仪式，双方将围绕{pr}开展联合研发。",
    "为期三天的第{k}届中国（{city}）汽车后市场大会于{date}闭幕，{n3}余家企业参会。",
    "进入{mo}月以来，受铝、铜等原材料价格上行影响，售后市场{pr}报价普遍上调，个别规格涨幅达{pct}%。",
    "近期，记者走访{city}多家汽配门店发现，{pr}的销售渠道正在发生明显变化。",
]
MIDDLES = [
    "据介绍，新工厂占地约{n3}亩，一期投产后可实现年产{pr}{n3}万台套。",
    "项目负责人表示，该产品已进入{model}、{model2}等车型的供应体系，明年配套量有望翻番。",
    "测试数据显示，新款产品体积缩小{pct}%，功耗下降{p2}%，工作寿命提升至{n3}0小时以上。",
    "分析人士指出，整车电动化和智能化趋势正在重塑{pr}的技术路线，行业门槛随之抬高。",
    "“今年我们把研发投入提高到营收的{p2}%，重点补齐软件和测试能力。”{person}说。",
    "从市场格局看，{city}和{city2}两大产业集群贡献了全国约{pct}%的产量。",
    "行业协会统计，今年前{mo}个月全国{pr}销售额约{x}亿元，较去年同期增长{pct}%。",
    "一位在{city}经营多年的批发商告诉记者，今年到店采购的修理厂明显减少，线上询价却多了不少。",
    "为应对订单高峰，企业新增了{k}条自动化产线，关键工位的设备联网率达到{p3}%。",
    "公司财务负责人透露，海外业务收入占比已从三年前的{p2}%上升到{pct}%，欧洲和南美市场增长最快。",
    "{co2}相关负责人认为，双方在材料和工艺上优势互补，联合开发可将样件周期压缩{m2}周。",
    "也有业内人士提醒，价格上涨过快可能导致部分车主推迟维修，对下半年走量形成压制。",
    "过去，{pr}的核心芯片和传感器主要依赖海外供应商，如今国产方案的装车比例已超过{p3}%。",
    "本届大会设有新能源三电、智能座舱、维修连锁等{k}个主题展区，同期举办{n}场专题论坛。",
    "{person}坦言，低价内卷难以为继，企业最终要靠质量稳定性和交付能力赢得客户。",
    "根据规划，二期工程将在{year2}年开工建设，届时将新增智能仓储中心和检测实验室。",
]
CLOSERS = [
    "据悉，{co}还将在{city2}布局区域服务中心，进一步缩短对主机厂的响应时间。",
    "多家机构预测，未来两到三年{pr}市场规模仍将保持{p2}%左右的复合增速。",
    "对于下半年行情，受访商户普遍表示将以控制库存、稳住现金流为主。",
    "{city}有关部门负责人表示，下一步将在用地、融资和人才引进方面继续给予支持。",
]
SUBHEADS = ["一、产销情况", "二、企业表现", "三、技术方向", "四、趋势研判", "新厂建设", "客户结构", "行家点评",
            "门店见闻"]
LIST_LEADS = ["据企业介绍，新产品主要有以下特点：", "按照计划，项目将分步实施：", "受访人士归纳了今年市场的几点变化："]
LIST_ITEMS = ["单件重量减轻{pct}%，满足整车轻量化指标", "在线检测覆盖全部关键尺寸，批次不良率低于{ms}PPM",
              "首批样件已送{model}项目组验证", "新建{pr}柔性装配线，配置{n3}台协作机器人", "售后网点扩展到{n3}个区县",
              "新能源客户订单占比提升至{pct}%", "外贸订单同比增加{p2}%", "与{co2}共同制定下一代技术规范",
              "铜铝价格上涨挤压毛利空间", "直播带货成为门店新的获客渠道"]
CAPTIONS = ["图为{co}{city}新工厂{pr}装配车间。", "参观者在{co}展位了解产品。", "{code}型{pr}样件。",
            "（图片由{co}提供）", "{city}某汽配市场内景。"]


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


def news_blocks(ctx: Ctx, kind: str, img_prefix: str = "/uploads/") -> list[tuple]:
    """kind: short (1-3 paragraphs), medium (4-7), long (8-12 with a table or list, pictures, sub-heads)."""
    r = ctx.r
    pool: list[str] = []  # sentence templates drawn without replacement (refilled when used up)

    def para(first: bool = False) -> str:
        parts = [ctx.fill(r.choice(OPENERS))] if first else []
        for _ in range(r.randint(1, 3)):
            if not pool:
                pool.extend(r.sample(MIDDLES, len(MIDDLES)))
            parts.append(ctx.fill(pool.pop()))
        return "".join(parts)

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
        rows = [["企业", f"{ctx.fixed['pr']}销量（万台套）", "同比", "主力配套车型"]]
        for co in r.sample(COMPANIES, r.randint(3, 5)):
            rows.append([co, str(r.randint(12, 480)), f"{r.randint(-12, 45)}%", r.choice(MODELS)])
        extra.append(("p", f"今年前{ctx.fixed['mo']}个月部分企业{ctx.fixed['pr']}销量见下表："))
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


# ---------------------------------------------------------------- policy notices (sitefactory 政策法规)
POLICY_TITLES = ["关于印发《{city}市汽车零部件产业高质量发展行动计划》的通知",
                 "关于开展{year}年度汽配企业技术改造项目申报工作的通知",
                 "关于公布第{k}批{pr}质量信得过企业名单的公示", "关于组织参加{year}年{city}汽车零部件采购对接会的通知",
                 "关于做好{pr}产品质量监督抽查工作的通知", "关于征求《{pr}通用技术条件》团体标准意见的函",
                 "{city}市汽车后市场经营服务规范（试行）", "关于开展汽配流通领域安全生产专项检查的通知"]
POLICY_SENT = [
    "为贯彻落实关于推动制造业高质量发展的部署要求，加快{pr}等重点领域转型升级，现就有关事项通知如下。",
    "申报单位须为在{city}市注册、具有独立法人资格的汽车零部件生产或流通企业，近三年无重大违法违规记录。",
    "请各有关单位于{date}前将申报材料一式三份报送至市经信部门产业科，电子版同步发送至指定邮箱。",
    "对符合条件的项目，按设备投资额的{p2}%给予补助，单个项目最高不超过{n}00万元。",
    "联系人：{person}，联系电话：0371-65{n3}。",
]
POLICY_ITEMS = ["企业营业执照复印件（加盖公章）", "项目可行性研究报告", "近两年财务审计报告", "{pr}产品第三方检测报告",
                "申报真实性承诺书"]


def policy_blocks(ctx: Ctx) -> list[tuple]:
    """A short notice: 2-4 paragraphs, sometimes a numbered list of the required documents."""
    r = ctx.r
    blocks = [("p", ctx.fill(POLICY_SENT[0])), ("p", ctx.fill(POLICY_SENT[1]))]
    if r.random() < 0.5:
        blocks.append(("p", "申报材料包括："))
        blocks.append(("ol", [ctx.fill(t) for t in r.sample(POLICY_ITEMS, r.randint(3, 5))]))
    blocks.append(("p", ctx.fill(POLICY_SENT[2]) + ctx.fill(POLICY_SENT[3])))
    if r.random() < 0.5:
        blocks.append(("p", ctx.fill(POLICY_SENT[4])))
    return blocks


# ---------------------------------------------------------------- engineering notes (xunruicms 技术前沿, sitefactory 技术讲座)
TECH_TITLES = ["{pr}失效模式分析与改进实践", "浅谈{pr}的轻量化设计方法", "{pr}台架耐久试验方案探讨",
               "线控底盘时代{pr}的技术演进", "{pr}NVH问题的排查思路", "一文读懂{pr}的热管理设计",
               "{code}型{pr}装配工艺优化案例", "{pr}密封结构设计要点"]
TECH_SENT = [
    "{pr}的失效往往不是单一原因造成的，材料、工艺和使用工况都可能是诱因。",
    "在某主机厂的项目中，我们统计了{n3}件售后返修件，其中约{pct}%与密封结构有关。",
    "轻量化设计的第一步是明确载荷谱，没有可靠的载荷输入，拓扑优化的结果就缺乏参考价值。",
    "台架试验应尽量复现实车工况，温度循环范围通常取零下40摄氏度到{n}0摄氏度。",
    "随着线控技术普及，{pr}对电子冗余和功能安全的要求明显提高。",
    "排查NVH问题时，建议先在整车上采集振动频谱，再对照零部件的固有频率逐一排除。",
    "仿真结果显示，优化后的结构最大应力下降{p2}%，同时减重{pct}%。",
    "需要指出的是，工艺参数窗口过窄会导致批量生产时一致性变差，这一点在试制阶段容易被忽视。",
    "从成本角度考虑，采用一体化压铸方案可减少{k}个零件和{n}道工序。",
    "以上方法已在{co}的{code}产线上验证，装配节拍提升了约{p2}%。",
    "对于小批量多品种的生产模式，快速换型比单纯提高设备速度更有意义。",
]
TECH_HEADS = ["问题背景", "原因分析", "改进措施", "试验验证", "结论与建议"]
TEST_ITEMS = ["高低温循环", "盐雾试验", "振动耐久", "密封性检测", "电磁兼容", "跌落冲击"]


def tech_blocks(ctx: Ctx, kind: str) -> list[tuple]:
    """An engineering note: sub-headed sections, a test table on long ones, a bullet list on medium ones."""
    r = ctx.r
    pool: list[str] = []

    def para(k: int) -> str:
        out = []
        for _ in range(k):
            if not pool:
                pool.extend(r.sample(TECH_SENT, len(TECH_SENT)))
            out.append(ctx.fill(pool.pop()))
        return "".join(out)

    if kind == "short":
        return [("p", para(r.randint(2, 3))) for _ in range(r.randint(1, 3))]
    blocks: list[tuple] = [("p", para(2))]
    heads = list(TECH_HEADS) if kind == "long" else [TECH_HEADS[0], TECH_HEADS[2], TECH_HEADS[4]]
    for hi, h in enumerate(heads):
        blocks.append(("h", h))
        blocks.extend(("p", para(r.randint(1, 3))) for _ in range(r.randint(1, 2)))
        if hi == 1 and kind == "long":
            rows = [["试验项目", "试验条件", "判定标准"]]
            for t in r.sample(TEST_ITEMS, 3):
                rows.append([t, f"{r.randint(2, 20) * 24}小时", f"功能正常，无泄漏，变形量≤{r.randint(1, 9) / 10}mm"])
            blocks.append(("table", rows))
        if hi == 1 and kind == "medium":
            blocks.append(("ul", [ctx.fill(t) for t in r.sample(LIST_ITEMS, 3)]))
        if hi == 0 and r.random() < 0.5:
            blocks.append(("img", f"/uploadfile/{r.randint(100000, 999999)}.png", f"图1 {ctx.fixed['pr']}结构示意"))
    return blocks


# ---------------------------------------------------------------- newspaper texts (cmstop)
PAPER_NOTES = ["汽车零部件产业正处在电动化、智能化转型的关键期。本报即日起推出“走进产业集群”系列报道，记录一线企业的探索与实践。",
               "年中时节，本报记者兵分多路走访汽配企业和市场，带您触摸产业发展的脉搏。",
               "稳住外贸基本盘，企业有哪些新打法？本报今起推出“出海记”栏目，敬请关注。"]
PHOTO_CAPTIONS = ["工人在{co}生产车间内装配{pr}。", "{city}汽配城内，商户正在整理货架。",
                  "自动化产线上，机械臂正在搬运{pr}壳体。", "技术人员对{code}型{pr}进行出厂检测。",
                  "展会现场，采购商在{co}展位洽谈。", "即将发往海外的{pr}在码头集港。"]
PHOTO_TEXT = ["{date}，{city}某汽车零部件产业园内一派繁忙景象，多家企业加紧生产{pr}，赶制海内外订单。",
              "今年以来，{city}持续推进汽配产业数字化改造，一批智能工厂相继投用，生产效率明显提升。",
              "据介绍，园区内企业今年前{mo}个月累计实现产值{x}亿元，同比增长{pct}%。"]


def photo_blocks(ctx: Ctx) -> list[tuple]:
    """A picture story: 1-2 paragraphs and 3-5 captioned pictures."""
    r = ctx.r
    blocks: list[tuple] = [("p", ctx.fill(PHOTO_TEXT[0]) + ctx.fill(PHOTO_TEXT[2]))]
    if r.random() < 0.5:
        blocks.append(("p", ctx.fill(PHOTO_TEXT[1])))
    for cap in r.sample(PHOTO_CAPTIONS, r.randint(3, 5)):
        blocks.append(("img", f"/uploads/photo/{r.randint(100000, 999999)}.jpg", ctx.fill(cap)))
    return blocks


# ---------------------------------------------------------------- market reports (nuxtportal 市场行情)
MARKET_TITLES = ["本周{pr}批发价小幅走高，{city}市场成交平稳", "{mo}月{pr}价格指数环比上涨{p2}%",
                 "{city}汽配城行情周报：{pr}走货加快", "原材料回落，{pr}报价松动",
                 "{pr}行情：库存高位，贸易商让利出货", "{city}市场{pr}进口货源偏紧，价格上探"]
MARKET_SENT = [
    "本周{city}市场{pr}主流报价在{n3}元/套附近，较上周上涨{k}元。",
    "从成交情况看，修理厂补货以常规型号为主，大单采购仍不多见。",
    "贸易商普遍反映，上游工厂出厂价坚挺，渠道利润被进一步压缩。",
    "{co}本周对部分{pr}型号下调出厂价{p2}元，带动周边市场报价跟跌。",
    "监测数据显示，{mo}月全国{pr}平均库存周转天数为{n}天，环比增加{k}天。",
    "短期来看，需求端暂无明显利好，预计下周价格以窄幅震荡为主。",
    "进口品牌{pr}货源偏紧，部分型号出现一货难求的情况，价格高出国产同类产品{pct}%。",
    "临近月底，部分经销商为完成任务量开始让利走货，成交价低于挂牌价{ms}元左右。",
]


def market_blocks(ctx: Ctx, kind: str) -> list[tuple]:
    """A market report: short paragraphs and, unless short, a price table."""
    r = ctx.r
    pool = r.sample(MARKET_SENT, len(MARKET_SENT))
    blocks: list[tuple] = [("p", ctx.fill(pool.pop()) + ctx.fill(pool.pop()))]
    if kind != "short":
        rows = [["规格型号", "本周均价（元）", "上周均价（元）", "涨跌"]]
        for code in r.sample(PART_CODES, r.randint(3, 5)):
            now = r.randint(80, 2400)
            diff = r.randint(-40, 60)
            rows.append([code, str(now), str(now - diff), f"{diff:+d}" if diff else "持平"])
        blocks.append(("p", f"{ctx.fixed['city']}市场部分{ctx.fixed['pr']}报价如下："))
        blocks.append(("table", rows))
    while pool and len(blocks) < (3 if kind == "short" else 6):
        blocks.append(("p", ctx.fill(pool.pop())))
    return blocks

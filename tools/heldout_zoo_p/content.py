"""Invented Chinese auto-industry text for held-out zoo P (stdlib only, deterministic).

The machinery is zoo O's (``Ctx``, ``paragraphs``, a sentence pool, ``gen_blocks``); **every word list and sentence
is new**: a fictitious province (汐江省) and its cities, companies, parts, car makers and models, given names,
media and WeChat accounts, and the texts of the zoo P families: an auto-news site with 图文直播 pages (live_blog), a
GBK repost aggregator (repost_hub), a provincial standards committee's notice site (std_notice) and a Q&A
knowledge site whose expert columns are the articles (qa_column).

Blocks (what the families render):
  ("p", text)              a paragraph
  ("h", text)              a sub-heading inside the text
  ("img", src, caption)    a picture, caption may be None (captions are NOT article text)
  ("table", rows)          rows of cells, first row is the header
  ("ul", items) / ("ol", items)

``paragraphs(blocks)`` gives the truth text blocks: table rows as cells joined by TAB, one item per list entry.
All Chinese text encodes in GBK (the repost aggregator writes GBK bytes).
"""

from __future__ import annotations

import random

PROVINCE = "汐江省"
PROV_SHORT = "汐江"
CITIES = ["汐城", "枫渡", "澄阳", "砚港", "岑州", "苒溪", "榆湾", "鹭原", "蓼川", "桉陵", "槿山", "苡塘"]
COMPANIES = ["汐城永固制动", "枫渡瀚海传动", "澄阳凌峰电池", "砚港恒星密封", "岑州远扬车灯", "苒溪精工齿轮",
             "榆湾乘风线束", "鹭原和顺减震", "蓼川天启热管理", "桉陵博纳传感", "槿山鼎盛冲压", "苡塘华越内饰"]
PRODUCTS = ["制动盘", "双离合变速器", "动力电池包", "油封", "LED大灯", "差速器齿轮", "高压线束", "减震器", "热管理模块",
            "毫米波雷达", "车身冲压件", "仪表板总成", "电子驻车系统", "空调压缩机", "火花塞", "转向节"]
MAKERS = ["汐江汽车", "枫渡新能源", "澄阳商用车", "鹭原汽车集团"]
MODELS = ["汐光E3", "枫行T5", "澄风S7", "鹭鸣X9", "砚影Pro", "岑驰GT", "苒动M1", "榆野L6"]
SURNAMES = "聂严甘戚鲁晏隋巩卓钮简管冉幸殷祁蒙龚滕羿"
GIVEN = ["向东", "沛然", "书瑶", "景行", "知秋", "海若", "宛如", "晋川", "星野", "慕白", "清和", "安澜", "怀瑾", "梓涵",
         "立夏", "云舒", "鹤鸣", "一诺", "思远", "望舒"]
GBK_ONLY_GIVEN = ["堃", "喆", "玥", "赟", "珺", "祎", "琇", "昇", "瑄"]  # all in GBK, none in GB2312
MEDIA = ["汐江日报", "枫渡晚报", "澄阳电视台", "汐江经济时报", "汽车制造周报", "汽配商情", "南湖商报"]
WX_ACCOUNTS = ["车圈观察室", "汽配老炮", "零部件内参", "智驾前哨", "后市场研究所", "汽车供应链参考"]


def person(rnd: random.Random, gbk_only: bool = False) -> str:
    given = rnd.choice(GBK_ONLY_GIVEN) + rnd.choice("宁安文") if gbk_only else rnd.choice(GIVEN)
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
                      "model": models[0], "model2": models[1], "maker": rnd.choice(MAKERS),
                      "date": f"{when.month}月{when.day}日", "mo": str(max(2, when.month - 1)),
                      "year": str(when.year), "person": person(rnd), "prov": PROVINCE, "ps": PROV_SHORT}

    def fill(self, tpl: str) -> str:
        r = self.r
        nums = {"pct": str(r.randint(3, 58)), "p2": str(r.randint(2, 19)), "p3": str(r.randint(51, 99)),
                "x": f"{r.randint(2, 88)}.{r.randint(1, 9)}", "n": str(r.randint(6, 72)), "n3": str(r.randint(120, 980)),
                "k": str(r.randint(3, 11)), "w": f"{r.randint(9, 29)}.{r.randint(0, 9)}"}
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
        rows = [["项目", "今年", "去年", "增减"]]
        for lab in r.sample(["产量（万件）", "销售额（亿元）", "出口额（亿元）", "良品率", "设备开动率", "单件成本（元）"], r.randint(3, 5)):
            rows.append([lab, f"{r.randint(1, 90)}.{r.randint(10, 99)}", f"{r.randint(1, 90)}.{r.randint(10, 99)}",
                         f"{r.choice('+-')}{r.randint(1, 35)}.{r.randint(0, 9)}%"])
        extra = [("p", "相关数据见下表："), ("table", rows)]
    else:
        extra = [("p", "具体来看，有以下几点："),
                 ("ul", [ctx.fill(t) for t in r.sample(["{pr}交付周期缩短到{k}天", "关键工序良率达到{p3}%", "配套车型增加到{n}款",
                                                         "售后网点覆盖{n}个城市", "能耗下降{p2}%", "本地采购比例超过{p3}%"],
                                                        r.randint(3, 4))])]
    at = r.randint(3, len(body) - 2)
    body[at:at] = extra
    body.insert(1, img())
    return body


# ---------------------------------------------------------------- auto news with 图文直播 (live_blog)
LB_SITE = "汐车网"
LB_EVENT = "2026汐城国际汽车博览会"
LB_TITLES = {
    "news": ["{maker}{mo}月销量同比增长{pct}%", "{model}将于年底交付", "{co}{pr}新工厂在{city}投产", "{city}发布汽车产业扶持政策",
             "{maker}与{co}签署{pr}长期供货协议", "{model}公布配置表", "{prov}新能源汽车保有量突破{n3}万辆", "{co}获评省级智能工厂",
             "{model}冬季测试完成", "{maker}调整经销商返利政策", "{city}新增公共充电桩{n3}个", "{co}发布新一代{pr}",
             "{maker}海外市场销量创新高", "{model2}小改款申报信息曝光", "{city}二手车交易量环比增长{p2}%", "{co}获{maker}年度优秀供应商"],
    "chezhan": ["{event}开幕 {k}款新车首发", "探馆{event}：零部件展区看点", "{maker}展台：{model}正式亮相", "{event}观众人数突破{n}万",
                "{co}在车展发布{pr}新品", "{event}新能源车型占比超过{p3}%", "{event}首日：供应链企业扎堆", "{model}车展限时订购政策公布",
                "{event}闭幕 意向成交{x}亿元", "{event}同期举办零部件采购对接会", "车展上的{pr}新技术", "{maker}车展发布智能驾驶方案"],
    "zhibo": ["图文直播：{event}开幕式", "图文直播：{maker}新品发布会", "图文直播：{model}上市发布会", "图文直播：{event}零部件论坛",
              "图文直播：{co}媒体开放日", "图文直播：{prov}汽车产业发展大会", "图文直播：{model}技术解析会", "图文直播：{event}闭幕式",
              "图文直播：{maker}年度战略发布会", "图文直播：智能网联汽车高峰论坛", "图文直播：{co}新工厂投产仪式", "图文直播：{model2}试驾活动"],
}
LB_OPEN = ["{date}，", "{date}上午，", "记者从{maker}获悉，", "近日，", "据{city}市工信局消息，"]
LB_MID = [
    "{co}相关负责人介绍，新工厂规划年产{pr}{n3}万套，预计明年满产。",
    "数据显示，前{mo}个月{maker}累计销售新车{n3}00辆，同比增长{pct}%。",
    "{model}搭载的{pr}由{co}独家供应，这是双方首次合作。",
    "业内人士认为，价格竞争仍将持续，零部件企业需要在成本控制上下更多功夫。",
    "据了解，{city}已形成以{pr}、{pr2}为主的零部件产业集群。",
    "新车的官方指导价区间为{w}万元至{n}.{k}万元，首批用户可享受免费充电权益。",
    "在智能化方面，新车支持城市领航辅助驾驶，并可通过远程升级持续迭代。",
    "{maker}方面表示，今年的销量目标有望提前完成。",
    "记者在现场看到，不少采购商正在与{co}的工作人员洽谈合作细节。",
    "{city}市相关负责人表示，将进一步完善充电基础设施，优化新能源汽车使用环境。",
    "据悉，该项目从签约到投产仅用了{k}个月时间。",
    "分析人士指出，{pr}的国产化率已经超过{p3}%，成本优势逐步显现。",
]
LB_CLOSE = ["汐车网将持续关注后续进展。", "更多详情请关注汐车网后续报道。", "具体上市时间以官方公布为准。", "（完）"]
LB_HEADS = ["市场表现", "产品亮点", "产业配套"]
LB_CAPTIONS = ["{model}发布现场", "{co}展台", "{maker}工厂车间"]
LB_LIVE = [
    "主持人宣布{evt_short}正式开始，现场座无虚席。", "{maker}总裁{person}登台致辞，回顾了品牌过去一年的发展。",
    "大屏幕播放{model}的宣传片，现场响起热烈掌声。", "{co}技术负责人介绍了{pr}的研发历程，研发周期长达{k}年。",
    "{model}揭开车衣，新车采用了全新的家族式设计语言。", "官方公布{model}预售价为{w}万元起，预订即送{n}00元充电券。",
    "嘉宾们就{pr}国产化话题展开圆桌讨论。", "现场公布了首批{n}家合作经销商名单。", "记者在展台看到，{model}的座舱配备了双{n}英寸屏幕。",
    "{person}表示，明年将在{city}建设第二个研发中心。", "活动进入签约环节，{maker}与{co}签署战略合作协议。",
    "媒体提问环节开始，有记者问到新车的交付时间。", "{person}回应称，首批新车将于{mo}月底交付。",
    "论坛嘉宾{person}认为，零部件企业应当加快出海步伐。", "本场直播到此结束，感谢各位网友的关注。",
    "现场观众排起长队体验{model}的智能座舱。", "活动现场还展示了{co}最新的{pr}样件。",
]

# ---------------------------------------------------------------- repost aggregator (repost_hub, GBK)
RH_SITE = "汇车材资讯网"
RH_SELF = "汇车材资讯网原创"
RH_ANON = "佚名"
RH_HOSTS = {"汐江日报": "www.xjrb.example.cn", "枫渡晚报": "wb.fengdu.example.cn", "澄阳电视台": "www.cytv.example.cn",
            "汐江经济时报": "www.xjjjsb.example.cn", "汽车制造周报": "www.qczzzb.example.com", "汽配商情": "www.qpsq.example.com",
            "南湖商报": "www.nhsb.example.cn"}
RH_TITLES = {
    "hyzx": ["{pr}行业迎来新一轮洗牌", "{prov}汽车零部件出口额增长{pct}%", "{city}汽配城转型调查", "汽车后市场进入存量竞争时代",
             "{pr}价格连续{k}个月下降", "零部件企业扎堆布局东南亚", "{city}出台汽配产业高质量发展意见", "年末汽配市场备货情况调查",
             "新能源车维修难题如何破解", "{pr}产能利用率回升至{p3}%", "二级供应商生存状况观察", "汽配电商渗透率持续提升",
             "{prov}获批汽车零部件质量提升试点", "主机厂账期问题再受关注", "再制造零部件市场规模突破{n3}亿元", "{pr}标准修订进入征求意见阶段"],
    "qydt": ["{co}完成{x}亿元B轮融资", "{co}{pr}项目获{maker}定点", "{co}新厂区封顶", "{co}与{co2}成立合资公司", "{co}入选省级专精特新名单",
             "{co}年产{n3}万套{pr}项目开工", "{co}发布年度社会责任报告", "{co}海外仓在泰国启用", "{co}获授权发明专利{n}项", "{co}举办供应商大会",
             "{co}牵头制定{pr}团体标准", "{co}数字化车间通过验收", "{co}与{city}职业技术学院共建实训基地", "{co}{pr}产品通过欧盟认证"],
    "jsjd": ["一文读懂{pr}的工作原理", "{pr}常见故障与排查方法", "轻量化材料在{pr}上的应用", "{pr}选型的{k}个误区", "线控底盘技术发展现状",
             "如何判断{pr}是否需要更换", "800V高压平台对零部件的新要求", "{pr}检测标准解读", "汽车电子电气架构演进趋势", "热泵空调系统的优缺点"],
}
RH_OPEN = ["{date}，", "日前，", "记者调查发现，", "据业内人士透露，", "今年以来，"]
RH_MID = [
    "在{city}汽配城，{co}的销售经理{person}告诉记者，今年的订单量比去年多了约{pct}%。",
    "据不完全统计，{prov}目前共有规模以上汽车零部件企业{n3}家。",
    "多位经销商表示，{pr}的进货价格较年初下降了{p2}%左右。",
    "{co}的生产线上，工人们正在为{maker}赶制一批{pr}。",
    "业内专家认为，零部件企业必须提高研发投入，才能在竞争中占据主动。",
    "一位不愿具名的供应商坦言，主机厂的付款周期普遍延长到了{n}天以上。",
    "从技术路线看，{pr}正在向集成化、轻量化方向发展。",
    "据介绍，该产品的使用寿命比传统产品提高了{p2}倍。",
    "{city}市工信局数据显示，当地汽配企业前三季度营收同比增长{pct}%。",
    "不少企业开始通过短视频平台获客，线上询盘数量明显增加。",
    "目前，{pr}的核心材料仍有部分依赖进口。",
    "专家提醒，车主在更换{pr}时应选择正规渠道，避免购买翻新件。",
]
RH_CLOSE = ["（本文仅代表作者观点）", "未来市场走向仍有待观察。", "对此，我们将持续关注。", "业内普遍对明年市场持谨慎乐观态度。"]
RH_HEADS = ["现状", "原因分析", "出路何在"]
RH_CAPTIONS = ["{city}汽配城一角", "{co}生产线", "{pr}产品"]

# ---------------------------------------------------------------- standards committee notices (std_notice)
SN_ORG = "汐江省汽车标准化技术委员会"
SN_SITE = "汐江汽车标准信息网"
SN_FORWARDERS = ["汐江省市场监督管理局", "汐江省工业和信息化厅", "汐江省汽车工业协会"]
SN_STD_NAMES = ["汽车用{pr}技术条件", "{pr}台架试验方法", "电动汽车{pr}安全要求", "{pr}耐久性试验规范", "商用车{pr}通用技术要求",
                "乘用车{pr}性能要求及试验方法", "汽车{pr}再制造技术规范", "{pr}数字化车间建设指南"]
SN_TITLES = {
    "tzgg": ["关于发布《{std}》等{k}项团体标准的公告", "关于征求《{std}》（征求意见稿）意见的通知", "关于下达{year}年第二批团体标准制修订计划的通知",
             "关于召开{pr}标准审查会的通知", "关于转发《{prov}标准化发展规划》的通知", "关于开展{year}年标准化试点项目申报工作的通知",
             "关于发布《{std}》团体标准的公告", "关于公布{year}年度优秀标准起草单位名单的公告", "关于举办标准化知识培训班的通知",
             "关于《{std}》标准立项的公示", "关于调整标准委员会部分委员的通知", "关于废止{k}项团体标准的公告",
             "关于开展标准实施效果评估的通知", "关于征集{pr}领域标准需求的通知", "关于发布标准化工作年度报告的公告",
             "关于报送{year}年标准化工作总结的通知"],
    "bzdt": ["{prov}{k}项汽车团体标准获评先进", "{co}主导制定的{pr}标准正式实施", "{pr}标准审查会在{city}召开", "汐江汽标委召开年度工作会议",
             "{city}举办汽车标准化工作培训", "{co}通过标准化良好行为企业评价", "{pr}国际标准提案获立项", "标准化助力{city}零部件企业出海",
             "汐江汽标委专家赴{co}开展标准宣贯", "{pr}标准验证试验完成", "{prov}汽车标准化示范基地揭牌", "汽车标准化人才培训班结业",
             "{co}参与{k}项国家标准起草", "汐江汽标委与{city}市监局签署合作备忘录"],
    "bzjd": ["《{std}》标准解读", "一图读懂《{std}》", "《{std}》主要技术内容说明", "专家解读{pr}团体标准的五大变化", "《{std}》起草组答记者问",
             "{pr}新标准对企业有哪些影响", "《{std}》实施要点", "如何理解{pr}标准中的耐久性要求", "《{std}》与旧版标准对比", "{pr}标准常见问题解答"],
}
SN_OPEN = ["{date}，", "为贯彻落实标准化工作部署，", "近日，", "根据年度工作安排，"]
SN_MID = [
    "本标准规定了{pr}的术语和定义、技术要求、试验方法、检验规则及标志、包装、运输和贮存。",
    "本标准适用于M类和N类车辆用{pr}，其他车辆可参照执行。",
    "与旧版相比，新标准增加了高低温循环试验和盐雾试验要求。",
    "标准起草组由{co}、{co2}等{n}家单位组成，历时{k}个月完成起草工作。",
    "审查会上，与会专家逐条审议了标准送审稿，并提出了修改意见。",
    "各有关单位应认真组织标准的宣贯和实施，并及时反馈实施中的问题。",
    "标准的发布实施，对于规范{pr}市场秩序、提升产品质量具有重要意义。",
    "据统计，汐江汽标委已累计发布团体标准{n}项，覆盖{pr}、{pr2}等领域。",
    "请于规定时间内将意见反馈表以电子邮件形式发送至秘书处。",
    "{person}表示，下一步将加快推动标准成果在企业中的应用。",
    "企业在执行标准时，应重点关注耐久性指标和试验条件的变化。",
    "该标准的技术指标总体达到国内先进水平。",
]
SN_CLOSE = ["特此公告。", "特此通知。", "联系人：秘书处，电话：0571-8860 2231。", "请各有关单位遵照执行。"]
SN_HEADS = ["主要技术内容", "实施要求", "有关说明"]
SN_CAPTIONS = ["会议现场", "专家审查标准文本", "培训现场"]

# ---------------------------------------------------------------- Q&A knowledge site (qa_column)
QA_SITE = "汽配知道"
QA_OFFICIAL = "汽配知道小编"
QA_CREDS = ["高级技师", "汽修厂技术总监", "{co}工程师", "二手车评估师", "汽车工程硕士", "配件连锁店店长", "十五年维修经验"]
QA_TITLES = {
    "weixiu": ["{pr}多久换一次？老技师告诉你", "冬季用车必须检查的{k}个部位", "{pr}异响的几种原因", "保养时哪些项目可以不做",
               "自己更换{pr}需要注意什么", "发动机故障灯亮了怎么办", "新能源车保养和燃油车有什么不同", "{pr}磨损到什么程度要换",
               "长途自驾前的车辆检查清单", "雨季涉水后要做哪些检查", "空调有异味的处理方法", "轮胎鼓包还能开吗", "如何判断修理厂是否过度维修",
               "电瓶亏电的预防和处理"],
    "peijian": ["原厂件、同质件、副厂件怎么区分", "买{pr}如何辨别真假", "{pr}品牌怎么选", "拆车件能不能买", "{pr}的价格为什么差这么多",
                "再制造件靠谱吗", "网购配件要注意的{k}件事", "{pr}的型号怎么看", "配件保质期是怎么规定的", "进口{pr}一定比国产的好吗",
                "{pr}和{pr2}的区别", "升级{pr}值不值", "配件发票有什么用", "汽配城拿货的门道"],
    "guancha": ["{pr}涨价背后的原因", "汽修行业的人才缺口有多大", "连锁快修店还能开吗", "新能源车维修市场的机会", "配件电商会取代汽配城吗",
                "{city}汽配市场调查笔记", "独立售后与4S店的竞争", "{pr}国产替代走到哪一步了", "二手车检测行业的现状", "汽修门店如何做线上获客",
                "从业二十年看汽配行业变化", "事故车维修的利润空间"],
}
QA_OPEN = ["", "很多车主问过这个问题。", "先说结论：", "这个问题要分情况来看。"]
QA_MID = [
    "一般来说，{pr}的更换周期在{n}000公里左右，但具体还要看使用环境。",
    "我在修理厂工作了十几年，见过不少因为{pr}老化导致的故障。",
    "如果听到底盘有“咯噔”声，首先要检查{pr}和{pr2}。",
    "原厂件价格高，主要是渠道成本高，质量上同质件并不一定差。",
    "建议大家到正规门店更换，并保留好配件包装和发票。",
    "有些车主为了省钱买翻新件，结果用了不到半年就出问题。",
    "新能源车没有机油，但冷却液、制动液同样需要定期检查。",
    "判断{pr}好坏，最简单的办法是看外观和听声音。",
    "以我们店为例，{pr}的月销量比去年增加了{pct}%左右。",
    "行业里有句话叫“三分修、七分养”，日常保养非常关键。",
    "网上价格差别大，低于市场价{p3}%的基本可以判定有问题。",
    "冬季气温低，{pr}的性能会下降，出门前最好热车一两分钟。",
]
QA_CLOSE = ["以上是个人经验，仅供参考。", "有问题欢迎在评论区留言。", "觉得有用的话点个赞吧。", "最后提醒，安全第一。"]
QA_HEADS = ["问题原因", "处理方法", "我的建议"]
QA_CAPTIONS = ["{pr}磨损对比", "维修现场", "{pr}实拍"]
QA_QUESTIONS = ["{model}的{pr}多少钱一个？", "{pr}异响是怎么回事？", "换{pr}要多长时间？", "{model}保养一次多少钱？", "{pr}坏了会有什么症状？",
                "副厂{pr}能用吗？", "{model}冬天续航掉多少？", "{pr}需要四个一起换吗？", "汽配城买的{pr}能退吗？", "{model}的{pr}是哪家供应的？",
                "修理厂说要换{pr}，可信吗？", "{pr}和{pr2}哪个先换？"]

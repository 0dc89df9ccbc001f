"""Invented Chinese auto-industry text for held-out zoo Q (stdlib only, deterministic).

The machinery is zoo P's (``Ctx``, ``paragraphs``, a sentence pool, ``gen_blocks``); **every word list and sentence
is new** (also the table labels and list items inside ``gen_blocks``): a fictitious province (沅岚省) and its cities,
companies, parts, car makers and models, given names, media, and the texts of the zoo Q families: a provincial
recall-notice database (recall_db), a GBK 4S dealer group site (dealer_group), a Weibo-style 头条文章 mirror
(weibo_longpost) and a provincial government procurement site (tender_notice).

Blocks (what the families render):
  ("p", text)              a paragraph
  ("h", text)              a sub-heading inside the text
  ("img", src, caption)    a picture, caption may be None (captions are NOT article text)
  ("table", rows)          rows of cells, first row is the header
  ("ul", items) / ("ol", items)

``paragraphs(blocks)`` gives the truth text blocks: table rows as cells joined by TAB, one item per list entry.
All Chinese text encodes in GBK (the dealer group writes GBK bytes).
"""

from __future__ import annotations

import random

PROVINCE = "沅岚省"
PROV_SHORT = "沅岚"
CITIES = ["沅川", "岚口", "棠溪", "杉港", "柘阳", "蒲渚", "菱湾", "芷城", "桦关", "荻原", "楝山", "茴塘"]
COMPANIES = ["沅川通达制动", "岚口恒瑞轴承", "棠溪明川车灯", "杉港锐驰电驱", "柘阳金鼎锻造", "蒲渚联拓座椅",
             "菱湾聚能电池", "芷城安途气囊", "桦关精诚滤清器", "荻原启航雨刮", "楝山众合玻璃", "茴塘拓远转向"]
PRODUCTS = ["刹车片", "轮毂轴承", "尾灯总成", "驱动电机", "曲轴", "座椅骨架", "电芯模组", "安全气囊", "机油滤清器",
            "雨刮电机", "前挡风玻璃", "电动助力转向器", "燃油泵", "水泵", "安全带卷收器", "制动软管"]
MAKERS = ["沅岚汽车", "岚口新能源", "棠溪客车", "芷城汽车工业"]
MODELS = ["沅岚Q5", "岚途EV", "棠影S3", "芷行X6", "杉风GT", "柘锋Pro", "蒲瑞L7", "菱悦M3"]
SURNAMES = "阮尉迟柏滕岑荀邬樊乔邰庞裴薛解仇"
GIVEN = ["子墨", "嘉禾", "若溪", "振邦", "雨桐", "明哲", "绍谦", "佳音", "启航", "晓岚", "文渊", "靖远", "诗韵", "泽宇",
         "秋池", "瑞丰", "念慈", "承志", "少卿", "澄宇"]
GBK_ONLY_GIVEN = ["翀", "琤", "玙", "瑢", "珅", "琀", "燊", "淏", "昺", "镕"]  # all in GBK, none in GB2312
MEDIA = ["沅岚日报", "岚口晚报", "棠溪广播电视台", "沅岚商报", "汽车零部件导刊", "汽车后市场周刊", "西江财经"]


def person(rnd: random.Random, gbk_only: bool = False) -> str:
    given = rnd.choice(GBK_ONLY_GIVEN) + rnd.choice("轩然宇") if gbk_only else rnd.choice(GIVEN)
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
                      "year": str(when.year), "person": person(rnd), "prov": PROVINCE, "ps": PROV_SHORT,
                      "brand": rnd.choice(DG_BRANDS)}

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
        rows = [["指标", "本期", "上年同期", "变动"]]
        for lab in r.sample(["营业收入（亿元）", "配套量（万套）", "研发投入（亿元）", "一次交检合格率", "库存周转天数", "人均产值（万元）"], r.randint(3, 5)):
            rows.append([lab, f"{r.randint(1, 90)}.{r.randint(10, 99)}", f"{r.randint(1, 90)}.{r.randint(10, 99)}",
                         f"{r.choice('+-')}{r.randint(1, 35)}.{r.randint(0, 9)}%"])
        extra = [("p", "主要指标如下："), ("table", rows)]
    else:
        extra = [("p", "从几个方面看："),
                 ("ul", [ctx.fill(t) for t in r.sample(["{pr}月产能提升到{n3}00套", "客户投诉率下降{p2}%", "新增定点项目{k}个",
                                                         "服务门店扩展到{n}家", "物流成本降低{p2}%", "自动化率提高到{p3}%"],
                                                        r.randint(3, 4))])]
    at = r.randint(3, len(body) - 2)
    body[at:at] = extra
    body.insert(1, img())
    return body



# ---------------------------------------------------------------- recall notice database (recall_db)
RC_SITE = "沅岚汽车召回信息网"
RC_ORG = "沅岚省缺陷产品管理中心"
RC_FORWARD = ["国家市场监督管理总局", "沅岚省市场监督管理局"]
RC_DEFECTS = [
    "由于供应商生产的{pr}存在制造偏差，车辆长期使用后{pr}可能出现异常磨损，极端情况下影响车辆正常行驶，存在安全隐患。",
    "由于{pr}固定螺栓拧紧力矩不足，车辆行驶中{pr}可能松动，导致异响或功能失效，存在安全隐患。",
    "由于{pr}控制软件标定问题，在低温环境下可能出现功能异常，仪表报警，存在安全隐患。",
    "由于{pr}密封件材料耐老化性能不足，长期使用后可能渗漏，极端情况下可能引发火灾，存在安全隐患。",
    "由于{pr}线束走向设计不合理，可能与周边部件干涉磨损，导致短路，存在安全隐患。",
]
RC_FIX = ["生产者将为召回范围内的车辆免费更换改进后的{pr}，以消除安全隐患。", "生产者将为召回范围内的车辆免费升级{pr}控制软件，以消除安全隐患。",
          "生产者将为召回范围内的车辆免费检查{pr}，如有问题免费更换，以消除安全隐患。", "生产者将为召回范围内的车辆免费加装{pr}防护支架，以消除安全隐患。"]
RC_NEWS_TITLES = ["{year}年前三季度{prov}实施汽车召回{n}次", "{maker}召回数量居前 {pr}问题受关注", "{city}开展缺陷汽车产品调查培训",
                  "{prov}启动{pr}缺陷线索专项排查", "新能源汽车召回占比升至{pct}%", "{co}主动召回{pr}获监管部门肯定", "汽车召回信息平台新增微信查询功能",
                  "{prov}汽车召回工作座谈会在{city}召开", "缺陷线索报告量同比增长{pct}%", "{maker}{model}召回进展情况通报", "软件在线升级召回纳入监管",
                  "{city}市场监管局约谈{k}家汽车生产企业", "{pr}缺陷调查技术专家组成立", "汽车召回完成率达到{p3}%"]
RC_TIPS_TITLES = ["车主如何查询自己的车是否在召回范围内", "收到召回通知后应该怎么做", "{pr}异常的{k}个征兆", "召回维修是否收费？一文说清",
                  "二手车也能享受召回服务吗", "冬季用车请关注{pr}状态", "发现车辆缺陷如何向中心报告", "召回与三包有什么区别",
                  "软件升级召回需要去门店吗", "改装车辆参加召回需要注意什么"]
RC_OPEN = ["{date}，", "近日，", "记者从{ps}省缺陷产品管理中心获悉，", "今年以来，"]
RC_MID = [
    "据统计，今年以来{prov}共实施汽车召回{n}次，涉及车辆{n3}00辆。",
    "中心工作人员提醒，车主可通过官方网站或客服热线查询车辆是否在召回范围内。",
    "召回维修完全免费，车主无需支付任何零部件或工时费用。",
    "从召回原因看，{pr}、{pr2}相关问题占比较高。",
    "{co}在接到缺陷线索后，第一时间组织技术人员开展排查。",
    "专家指出，主动召回是企业履行质量安全主体责任的具体体现。",
    "下一步，中心将继续加强缺陷线索收集和分析，督促企业依法履行召回义务。",
    "{city}市场监管局相关负责人表示，将加大对缺陷汽车产品的监管力度。",
    "如车主发现车辆存在异常，可向中心报告缺陷线索，中心将及时核实处理。",
    "软件在线升级方式的召回越来越多，车主应留意车机推送的升级提示。",
    "数据显示，新能源汽车召回中涉及电池和电控系统的占比超过{p3}%。",
    "部分车主因地址变更未收到召回通知，建议主动联系授权服务网点。",
]
RC_CLOSE = ["车主如有疑问，可拨打中心服务热线咨询。", "中心将持续跟踪召回实施情况。", "（完）", "请广大车主积极配合召回工作。"]
RC_HEADS = ["召回概况", "车主须知", "工作要求"]
RC_CAPTIONS = ["召回车辆检修现场", "{pr}检测", "培训现场"]

# ---------------------------------------------------------------- 4S dealer group (dealer_group, GBK)
DG_SITE = "恒驰汽车集团"
DG_BRANDS = ["沅岚汽车", "岚口新能源", "芷城汽车", "棠溪客车"]
DG_TITLES = {
    "jtxw": ["集团{city}{brand}4S店盛大开业", "集团召开{year}年第三季度经营分析会", "集团荣获{maker}“年度五星经销商”称号", "集团开展冬季安全生产大检查",
             "集团举办服务技能大赛", "集团与{co}签署战略合作协议", "集团{city}二手车中心正式运营", "集团组织员工参加消防演练", "集团党支部开展主题学习活动",
             "集团客户满意度再创新高", "集团新能源展厅在{city}揭幕", "集团举办第{k}届车主自驾游活动", "集团精品钣喷中心通过认证", "集团新入职员工培训圆满结束",
             "集团年中表彰大会隆重举行", "集团开展“送温暖”公益活动"],
    "hyzx": ["{mo}月{prov}乘用车零售同比增长{pct}%", "经销商库存预警指数回落至{x}%", "汽车以旧换新补贴政策延续", "{maker}调整经销商商务政策",
             "售后产值成为经销商利润主要来源", "新能源车渗透率突破{p3}%", "二手车限迁政策全面取消", "汽车金融渗透率持续提升", "{city}发放汽车消费券{n}00万元",
             "{pr}供应紧张影响部分车型交付", "经销商集团加快布局新能源品牌", "汽车保险费率改革影响几何", "{maker}发布新一代服务标准", "年底冲量 经销商压力加大"],
    "ykt": ["冬季用车{k}个小技巧", "{pr}多久更换一次", "新车磨合期注意事项", "如何正确使用自动驻车功能", "雨天行车安全指南", "保养手册怎么看",
            "新能源车冬季续航怎么保", "轮胎气压多少合适", "空调滤芯为什么要定期更换", "仪表盘故障灯图解"],
}
DG_PROMO = ["{brand}年终钜惠 购车享{n}00元礼包", "{model}限时置换补贴{k}000元", "{city}店周年庆 保养套餐{k}折", "冬季关爱活动 免费检测{k}项",
            "{model}试驾有礼", "双十二购车节 {brand}全系优惠", "钣喷套餐限时特惠", "老客户转介绍奖励计划"]
DG_OPEN = ["{date}，", "近日，", "为进一步提升服务品质，", "据{ps}汽车流通协会统计，"]
DG_MID = [
    "集团总经理{person}在讲话中指出，要坚持以客户为中心，不断提升服务质量。",
    "活动现场，来自{city}各地的{n}组客户参加了试驾体验。",
    "据介绍，新店占地{n3}0平方米，设有展厅、维修车间和客户休息区。",
    "今年以来，集团累计销售新车{n3}0台，同比增长{pct}%。",
    "{brand}区域经理{person}出席活动并致辞。",
    "维修车间配备了{n}个工位，可同时满足钣喷、机修和快保需求。",
    "业内人士分析，年底车市将迎来一波销售高峰。",
    "专家建议，车主应按照保养手册规定的里程和时间进行保养。",
    "数据显示，{mo}月经销商新车毛利率为{x}%，较上月有所回升。",
    "不少门店通过直播带货的方式吸引年轻消费者。",
    "集团将继续加大新能源品牌布局，计划明年新开{k}家门店。",
    "技师提醒，{pr}出现异响时应及时到店检查。",
]
DG_CLOSE = ["详情请咨询集团各门店。", "恒驰汽车集团，与您一路同行。", "（集团办公室）", "更多资讯请关注集团官网。"]
DG_HEADS = ["活动亮点", "经营情况", "温馨提示"]
DG_CAPTIONS = ["活动现场", "{brand}展厅", "维修车间"]

# ---------------------------------------------------------------- Weibo-style 头条文章 mirror (weibo_longpost)
WB_SITE = "云雀微博"
WB_ACCOUNTS = [("沅川通达制动官方微博", "官方微博", "5710238841"), ("汽车零部件导刊", "媒体账号", "3180552097"),
               ("岑工聊汽修", "汽车博主", "6621907735"), ("菱湾聚能电池", "企业账号", "2277451903"),
               ("车评人樊嘉禾", "知名汽车博主", "7013358264"), ("杉港锐驰电驱", "企业账号", "5503916620")]
WB_TITLES = {
    "qiche": ["{model}实测：{k}个你不知道的细节", "我为什么劝朋友买{model}", "{maker}新车定价背后的逻辑", "开了{n}000公里，聊聊{model}",
              "{model}和{model2}怎么选", "冬季续航实测：{model}表现如何", "{maker}的智能驾驶到底行不行", "年底买车，这{k}点要注意",
              "{model}车主的真实用车成本", "试驾{model}：惊喜和遗憾", "{maker}为什么敢这么定价", "十万元级电动车横评", "{model}小改款变化汇总",
              "城市通勤车怎么选", "二手{model}值不值得买", "{maker}销量背后的隐忧"],
    "chanye": ["{pr}国产化的{k}年", "{co}：从作坊到上市公司", "零部件企业出海的三种模式", "{pr}价格战还要打多久", "主机厂压价，供应商怎么办",
               "{city}汽配产业集群观察", "一颗{pr}背后的供应链", "{co}为什么押注{pr}", "汽车芯片短缺会重演吗", "二级供应商的生存之道",
               "{pr}行业的洗牌才刚开始", "从{co}看零部件数字化转型", "{pr}的技术路线之争", "汽配企业如何应对账期延长"],
    "chuxing": ["{city}新增{n}条公交线路使用新能源车", "网约车司机的一天", "充电桩为什么总是不够用", "{city}停车难怎么破", "换电模式能否走通",
                "自动驾驶出租车来了", "长途自驾的充电攻略", "{city}共享单车调查", "老旧小区充电难题", "春运返乡开电车靠谱吗"],
}
WB_OPEN = ["", "先说结论。", "最近很多粉丝私信问我这个问题。", "这篇文章写了很久。"]
WB_MID = [
    "我实际开了{n}00公里，百公里电耗大概在{w}度左右。",
    "{co}的工厂我去过两次，自动化程度比想象中高很多。",
    "从供应链角度看，{pr}的成本占到整车的{p2}%左右。",
    "很多人只看价格，其实后期的维修保养成本更重要。",
    "{maker}这次的定价很激进，比竞品便宜了{k}万元左右。",
    "说句实话，这个价位能做到这个水平已经很不容易了。",
    "我问了几位做{pr}的朋友，大家普遍觉得明年压力更大。",
    "数据显示，{mo}月{prov}新能源车销量同比增长{pct}%。",
    "评论区有粉丝说{model}的车机卡顿，这个问题我也遇到过。",
    "在{city}，一个{pr}工厂的工人月收入大概在{k}000元到{n}00元之间。",
    "对普通消费者来说，选车最重要的还是适合自己。",
    "这件事我会持续关注，有新进展再和大家分享。",
]
WB_CLOSE = ["以上仅代表个人观点，欢迎讨论。", "觉得有用的话，转发给需要的朋友。", "你怎么看？评论区聊聊。", "（全文完）"]
WB_HEADS = ["先说背景", "具体分析", "我的看法"]
WB_CAPTIONS = ["{model}实拍", "{co}车间", "数据来源：公开资料"]
WB_STATUS = ["今天去{city}看了{co}的新工厂，回头写篇长文。", "{model}的冬季续航比我预想的好。", "转发：{maker}公布{mo}月销量，同比增长{pct}%。",
             "有粉丝问{pr}怎么选，明天统一回复。", "新文章发了，聊聊{pr}国产化这件事。", "{city}下雪了，出门注意安全。", "周末试驾了{model2}，感受稍后分享。",
             "刚看完{maker}发布会，价格确实有诚意。", "长文已更新，欢迎大家批评指正。", "这周出差{city}，有汽配圈的朋友可以约。",
             "评论区抽{k}位送车载冰箱。", "{pr}行业的朋友们，最近订单怎么样？"]

# ---------------------------------------------------------------- government procurement (tender_notice)
TN_SITE = "沅岚省政府采购网"
TN_BUYERS = ["沅岚省公安厅交通管理局", "岚口市公共交通集团有限公司", "沅川市机关事务管理局", "棠溪市环境卫生管理处", "沅岚省交通运输厅",
             "杉港市消防救援支队", "柘阳市教育局", "芷城市城市管理局"]
TN_AGENTS = ["沅岚正衡招标代理有限公司", "岚口中诚项目管理有限公司", "沅川公信工程咨询有限公司", "棠溪华信招标有限公司"]
TN_CENTERS = ["岚口市公共资源交易中心", "沅川市公共资源交易中心", "棠溪市公共资源交易中心"]
TN_ITEMS = ["公务用车", "纯电动公交车", "警用巡逻车", "环卫清扫车", "校车", "消防指挥车", "车辆维修保养服务", "新能源汽车充电桩",
            "车辆保险服务", "定点加油服务", "轮胎及配件", "执法车辆"]
TN_NEWS_TITLES = ["{prov}政府采购新能源汽车比例提高到{p3}%", "{city}开展政府采购代理机构专项检查", "政府采购云平台完成升级",
                  "{prov}公布{year}年政府集中采购目录", "{city}推行公务用车定点维修电子化", "政府采购支持中小企业政策落实情况通报",
                  "{prov}政府采购意向公开率达到{p3}%", "{city}启动公务用车集中采购", "电子卖场新增汽车配件专区", "{prov}召开政府采购工作会议",
                  "采购人主体责任落实情况检查", "{city}政府采购合同融资业务上线"]
TN_OPEN = ["{date}，", "近日，", "为进一步规范政府采购行为，", "今年以来，"]
TN_MID = [
    "据统计，今年前{mo}个月全省政府采购规模达到{n3}亿元，节约资金{x}亿元。",
    "{city}财政局相关负责人介绍，新能源汽车采购比例已连续{k}年提升。",
    "检查发现，部分代理机构存在档案管理不规范等问题，已责令限期整改。",
    "电子卖场上线以来，累计成交{n3}0笔，平均节约率为{p2}%。",
    "各级采购人要严格落实政府采购意向公开制度，提前{n}日公开采购意向。",
    "下一步，将持续优化营商环境，降低供应商参与政府采购的成本。",
    "公务用车定点维修实现线上派单、线上结算，维修费用较以往下降{p2}%。",
    "中小企业获得的政府采购合同金额占比达到{p3}%。",
]
TN_CLOSE = ["（沅岚省财政厅政府采购监督管理处）", "相关工作将持续推进。", "特此通报。", "（完）"]
TN_HEADS = ["总体情况", "主要做法", "下一步工作"]
TN_CAPTIONS = ["会议现场", "电子卖场页面", "培训现场"]

"""Invented Chinese auto-parts text for held-out zoo I (stdlib only, deterministic).

The machinery is zoo H's (``Ctx``, ``paragraphs``, a sentence pool); **every word list and sentence is new**:
other fictitious companies, a province (澹川省) and its cities, aftermarket parts, car models, part codes, given
names and media, plus the texts of the zoo I families: a parts distributor's company news and repair notes
(DTcms), a regional aftermarket portal's market reports (齐博), self-media / outlet news for a mobile news app
(Toutiao-like), and an automotive-electronics team's engineering blog posts with code (Jekyll).

Blocks (what the families render):
  ("p", text)              a paragraph
  ("h", text)              a sub-heading inside the text
  ("img", src, caption)    a picture, caption may be None (captions are NOT article text)
  ("table", rows)          rows of cells, first row is the header
  ("ul", items) / ("ol", items)
  ("quote", text)          a block quote
  ("code", lang, lines)    a code block: one paragraph, its lines joined by "\\n"

``paragraphs(blocks)`` gives the truth text blocks: table rows as cells joined by TAB, one item per list entry.
All text is GBK-encodable (one family writes GBK bytes strictly).
"""

from __future__ import annotations

import random

COMPANIES = ["霁阳汇通汽配", "澹州博源制动", "枞川启明电器", "蘅浦安驰滤清", "泠川恒昶轴承", "岫城拓野悬架",
             "苒溪德嘉密封", "沅庭精工火花塞", "琮山力拓泵业", "漪港瑞驰电池", "蓠湾远航灯具", "栩林智联电子",
             "嵩禾橡胶", "澹川联昊传动", "鸣岐热管理", "拓丰雨刮", "骐骥点火", "昭衡传感", "锦栈物流", "澄岳供应链"]
CITIES = ["霁阳", "澹州", "枞川", "蘅浦", "泠川", "岫城", "苒溪", "沅庭", "琮山", "漪港", "蓠湾", "栩林"]
PROVINCE = "澹川省"
PRODUCTS = ["刹车片", "机油滤清器", "火花塞", "点火线圈", "减震器", "电子水泵", "节温器", "氧传感器", "雨刮片",
            "正时皮带套件", "离合器三件套", "轮毂轴承", "空调压缩机", "启停蓄电池", "空气流量计", "电子节气门",
            "转向助力泵", "三元催化器", "喷油嘴", "曲轴位置传感器", "空调滤清器", "刹车盘"]
MODELS = ["沧岳T5", "驭风L3", "翎川EV", "赫途X9", "霁光S6", "拓麟V7", "澜洲A4", "苍隼K8", "启明星M3", "峻野H6"]
PART_CODES = ["BP-7731", "OF-2046", "SP-K18", "IC-903", "SA-5520", "EWP-41", "TH-88", "O2-L27", "WB-600", "TB-K30"]
SURNAMES = "李王张刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = ["建国", "淑芬", "海涛", "晓雯", "卫东", "春燕", "子轩", "雨桐", "宏伟", "秀兰", "俊杰", "思琪", "立新",
         "婉清", "国庆", "梓萱", "明辉", "佳琪", "向阳", "雪梅", "家豪", "欣怡", "文斌", "楚涵", "振宇", "晓峰"]
GBK_ONLY_GIVEN = ["堃", "喆", "珺", "镕", "昇", "赟", "旻"]  # in GBK, not in GB2312
MEDIA = ["汽配流通观察", "澹川商报", "后市场内参", "汽车维修与保养", "零部件经济周刊", "车后服务评论", "澹州晚报",
         "汽车电子技术", "中部汽配网", "新能源汽车报道"]


def person(rnd: random.Random, gbk_only: bool = False) -> str:
    given = rnd.choice(GBK_ONLY_GIVEN) if gbk_only else rnd.choice(GIVEN)
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
                      "year": str(when.year), "year2": str(when.year + 1), "person": person(rnd),
                      "prov": PROVINCE}

    def fill(self, tpl: str) -> str:
        r = self.r
        nums = {"pct": str(r.randint(3, 48)), "p2": str(r.randint(2, 26)), "p3": str(r.randint(52, 97)),
                "x": f"{r.randint(2, 88)}.{r.randint(1, 9)}", "n": str(r.randint(4, 61)), "n3": str(r.randint(120, 980)),
                "k": str(r.randint(3, 18)), "price": str(r.randint(35, 880)), "km": str(r.randint(2, 12))}
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


# ---------------------------------------------------------------- aftermarket / distribution news (all families)
MARKET_TITLES = [
    "{city}汽配城{pr}批发价小幅上扬",
    "{co}在{city}新设区域前置仓 覆盖{n}个县市",
    "{prov}汽配流通企业一季度销售额增长{pct}%",
    "{pr}进入换季备货期 {city}经销商订单增加",
    "{co}牵手{co2} 共建{pr}品牌授权体系",
    "{city}快修连锁门店突破{n3}家 配件集采需求上升",
    "新能源车保有量攀升 {pr}售后需求出现分化",
    "{co}上线配件电子目录 支持VIN码精准查询",
    "假冒{pr}流入维修渠道 {city}开展专项整治",
    "{city}汽配市场搬迁新址 首批{n3}户商家入驻",
    "{pr}原厂件与品牌件价差收窄至{pct}%",
    "{co}发布{year}年度经销商返利政策",
    "{model}进入保外期 {pr}等易损件走量明显",
    "{city}二手车出口带动{pr}等配件外销",
    "电商平台{pr}销量同比增长{pct}%",
    "{co}{code}系列{pr}通过第三方台架对比测试",
]
MARKET_OPENERS = [
    "{date}，记者走访{city}汽配城发现，{pr}等常用件的批发价格较上月普遍上涨了{p2}%左右。",
    "进入{mo}月以来，{city}不少汽配经销商开始为换季备货，{pr}和{pr2}的进货量明显增加。",
    "{date}，{co}在{city}的区域前置仓正式启用，仓库面积{n3}0平方米，常备库存品种超过{n}00个。",
    "据{prov}汽车流通协会统计，今年一季度全省汽配流通企业实现销售额{x}亿元，同比增长{pct}%。",
    "{date}，{co}与{co2}签署战略合作协议，双方将在{pr}品类上共建授权经销和质保服务体系。",
    "近日，{city}市场监管部门联合公安机关对辖区汽配门店开展检查，查获假冒{pr}{n3}余件。",
    "在{city}一家开了十多年的汽配门店里，老板{person}一边接电话报价，一边招呼店员给修理厂发货。",
    "随着早年销售的{model}陆续走出质保期，{pr}、{pr2}等易损件的售后更换需求开始集中释放。",
]
MARKET_MIDDLES = [
    "据经销商介绍，目前{pr}的主流品牌批发价在{price}元左右，比去年同期高出{p2}元。",
    "“今年修理厂要货更急了，以前一周补一次货，现在差不多天天都要送。”经销商{person}说。",
    "从销售结构看，品牌件的占比已经提升到{pct}%，原厂件和拆车件的份额都在下降。",
    "业内人士分析，上游钢材和橡胶价格上涨，是这一轮{pr}涨价的主要原因。",
    "前置仓模式让配件从下单到送达修理厂的时间缩短到{k}小时以内，大大减少了门店的库存压力。",
    "目前，{city}全市共有汽配经营户{n3}家，其中年销售额超过千万元的有{n}家。",
    "{co2}有关负责人表示，授权体系将统一价格、统一质保，经销商违规窜货将被取消资格。",
    "检查中发现，部分门店销售的{pr}包装粗糙、防伪标识缺失，且无法提供进货票据。",
    "一位快修店店长坦言，车主对价格越来越敏感，门店只能在配件采购上想办法压成本。",
    "线上平台的出现改变了传统的层层批发模式，很多修理厂已经习惯在手机上比价下单。",
    "据了解，通过VIN码查询配件，可以把错配率降到{k}%以下，退换货的物流成本随之下降。",
    "新能源车的维保项目和燃油车差异很大，{pr}等传统易损件的更换频次明显降低。",
    "不少经销商开始增加新能源车型的配件品类，比如电子水泵、空调压缩机和高压线束。",
    "按照新政策，年度采购额超过{n}0万元的经销商可以享受{p2}%的返利，并获得优先供货。",
    "数据显示，{city}今年前{mo}个月二手车出口{n3}0辆，带动配件外销额{x}亿元。",
    "第三方检测机构的台架试验显示，该系列{pr}在耐久性和噪声指标上达到了原厂件水平。",
    "汽配城管理方表示，新市场将配套建设仓储中心和物流分拨区，解决老市场停车难、装卸难的问题。",
    "一些老牌经销商也在转型，开始为修理厂提供技术培训、旧件回收和金融分期等增值服务。",
    "记者注意到，{pr}的型号多达{n3}种，同一车型不同年款之间也常常无法通用。",
    "{person}建议车主更换配件时认准正规渠道，并保留好发票和质保卡，以便出现问题时维权。",
    "从全年看，行业人士普遍认为售后配件市场仍将保持{p2}%左右的增长，但利润会进一步摊薄。",
    "{co}相关负责人透露，公司计划在{year2}年底前把前置仓数量扩大到{k}个。",
]
MARKET_CLOSERS = [
    "多位经销商表示，将密切关注价格走势，适度控制库存，避免盲目囤货。",
    "据悉，{city}市场监管部门将建立汽配经营户信用档案，对违法经营行为实行联合惩戒。",
    "业内预计，随着渠道整合加快，区域性配件分销商之间的并购还会增多。",
    "下一步，{co}将继续完善仓配网络，力争实现县域市场次日达全覆盖。",
    "专家提醒，车主在选择配件时不要只看价格，更要关注产品质量和售后保障。",
]
MARKET_SUBHEADS = ["价格走势", "渠道变化", "需求结构", "后市展望", "一、市场概况", "二、主要变化", "三、存在问题",
                   "四、几点建议"]
MARKET_LIST_LEADS = ["经销商普遍反映了以下几个新情况：", "记者梳理发现，当前市场主要有以下特点：",
                     "业内人士建议从以下几方面入手："]
MARKET_LIST_ITEMS = ["修理厂订单小批量、多批次的特点更加明显", "品牌件销量占比超过{p3}%", "线上订单增速明显快于线下",
                     "新能源车型配件品类不断扩充", "应收账款周期普遍延长到{k}0天以上", "物流配送时效要求越来越高",
                     "假冒伪劣配件仍时有出现", "县域市场增长快于城区", "老旧门店加快转型或退出"]
MARKET_CAPTIONS = ["{city}汽配城一角。", "工作人员正在分拣{pr}。", "{co}前置仓内景。", "执法人员检查门店配件。",
                   "{code}系列{pr}。"]


def market_title(ctx: Ctx) -> str:
    return ctx.fill(ctx.r.choice(MARKET_TITLES))


def market_blocks(ctx: Ctx, kind: str, img_prefix: str = "/uploads/") -> list[tuple]:
    """kind: short (1-3 paragraphs), medium (4-7), long (8-12 with a table or list, pictures, sub-heads)."""
    r = ctx.r
    pool: list[str] = []

    def para(first: bool = False) -> str:
        return (ctx.fill(r.choice(MARKET_OPENERS)) if first else "") + _pool_para(ctx, MARKET_MIDDLES, pool, r.randint(1, 3))

    def img() -> tuple:
        cap = ctx.fill(r.choice(MARKET_CAPTIONS)) if r.random() < 0.65 else None
        return ("img", f"{img_prefix}{r.randint(100000, 999999)}.jpg", cap)

    if kind == "short":
        n = r.randint(1, 3)
        blocks = [("p", para(True))] + [("p", para()) for _ in range(n - 1)]
        if r.random() < 0.5:
            blocks.insert(1, img())
        return blocks
    if kind == "medium":
        n = r.randint(4, 7)
        blocks = [("p", para(True))] + [("p", para()) for _ in range(n - 2)] + [("p", ctx.fill(r.choice(MARKET_CLOSERS)))]
        if r.random() < 0.6:
            blocks.insert(r.randint(1, 2), img())
        return blocks
    n = r.randint(8, 12)
    body = [("p", para(True))] + [("p", para()) for _ in range(n - 2)] + [("p", ctx.fill(r.choice(MARKET_CLOSERS)))]
    heads = MARKET_SUBHEADS[:4] if r.random() < 0.5 else MARKET_SUBHEADS[4:]
    heads = sorted(r.sample(heads, 2), key=MARKET_SUBHEADS.index)
    body.insert(2, ("h", heads[0]))
    body.insert(len(body) // 2 + 2, ("h", heads[1]))
    extra: list[tuple] = []
    if r.random() < 0.55:
        rows = [["品名", "规格", "本月批发价（元）", "环比"]]
        for pr in r.sample(PRODUCTS, r.randint(3, 5)):
            rows.append([pr, r.choice(PART_CODES), str(r.randint(18, 960)), f"{r.randint(-9, 15)}%"])
        extra.append(("p", f"{ctx.fixed['city']}汽配城部分配件批发价格如下："))
        extra.append(("table", rows))
    else:
        extra.append(("p", r.choice(MARKET_LIST_LEADS)))
        extra.append(("ul" if r.random() < 0.5 else "ol", [ctx.fill(t) for t in r.sample(MARKET_LIST_ITEMS, r.randint(3, 5))]))
    at = r.randint(3, len(body) - 2)
    body[at:at] = extra
    body.insert(1, img())
    return body


# ---------------------------------------------------------------- a parts distributor's own news (dtcms_dealer)
DEALER_NAME = "霁阳汇通汽车配件有限公司"
DEALER_SHORT = "汇通汽配"
DEALER_TITLES = [
    ("汇通汽配{city}分仓正式投入运营", "warehouse"),
    ("公司召开{year}年度经销商大会", "meeting"),
    ("汇通汽配获评{prov}“诚信经营示范企业”", "honor"),
    ("公司组织{pr}产品知识培训", "training"),
    ("{co}区域经理一行到访汇通汽配", "visit"),
    ("汇通汽配开展修理厂技师技能比武", "training"),
    ("公司新增{pr}品牌授权代理", "product"),
    ("汇通汽配上线微信订货小程序", "product"),
    ("公司开展夏季消防安全演练", "safety"),
    ("汇通汽配举办{year}年员工趣味运动会", "team"),
    ("公司走访{city}重点修理厂客户", "visit"),
    ("汇通汽配参加{year}{city}汽车后市场博览会", "expo"),
    ("公司仓储管理系统完成升级", "warehouse"),
    ("汇通汽配组织员工开展志愿服务活动", "team"),
]
DEALER_SENT = {
    "warehouse": ["{date}，公司{city}分仓正式投入运营，仓库面积{n3}0平方米，首批上架配件{n}00余种。",
                  "分仓启用后，{city}及周边{k}个县区的修理厂下单后当天即可收货。",
                  "新系统实现了扫码入库、波次拣货和库位自动推荐，拣货差错率下降了{p2}%。"],
    "meeting": ["{date}，公司{year}年度经销商大会在{city}召开，来自全省的{n3}名经销商代表参会。",
                "总经理{person}回顾了过去一年的经营情况，并发布了新一年的渠道政策和返利方案。",
                "会上还对年度优秀经销商进行了表彰，{k}家单位获得“金牌合作伙伴”称号。"],
    "honor": ["近日，公司被{prov}汽车流通协会评为“诚信经营示范企业”。",
              "多年来，公司坚持正品渠道、明码标价和先行赔付，赢得了客户的信任。"],
    "training": ["{date}，公司邀请{co}技术讲师为销售和售后团队开展{pr}产品知识培训。",
                 "讲师结合拆解样件，讲解了产品结构、选型要点和常见故障的判断方法。",
                 "比武设置了理论考试和实操两个环节，共有{n}名修理厂技师参赛。",
                 "公司将把此类培训常态化，帮助一线人员提升专业服务能力。"],
    "visit": ["{date}，{co}区域经理{person}一行到访公司，双方就{pr}的供货和推广进行了交流。",
              "公司销售团队分组走访了{city}的{n}家重点修理厂，听取客户对配送时效和产品质量的意见。",
              "客户提出的{k}条建议已全部登记，相关部门将在月底前逐项答复。"],
    "product": ["公司正式成为{co}{pr}产品在{prov}的授权代理商，即日起全面供货。",
                "微信订货小程序支持按车型和VIN码查询配件，修理厂可随时查看库存和价格。",
                "上线首月，通过小程序下单的客户超过{n3}家，订单量占到公司总订单的{pct}%。"],
    "safety": ["{date}，公司组织开展夏季消防安全演练，仓储和物流部门全体员工参加。",
               "演练模拟仓库货架起火，员工按照预案完成了报警、疏散和初期火灾扑救。"],
    "team": ["{date}，公司举办员工趣味运动会，设置了拔河、跳绳和托球跑等项目。",
             "公司青年志愿者走进{city}社区，为居民车辆免费检查轮胎气压和灯光。",
             "活动增强了团队凝聚力，大家纷纷表示要以更饱满的热情投入到工作中。"],
    "expo": ["{date}，公司组团参加{year}{city}汽车后市场博览会，展出{pr}等{n}大类产品。",
             "展会期间，公司展位接待客户{n3}余人次，现场签约新客户{k}家。"],
}
DEALER_CAPTIONS = {"warehouse": "分仓内景", "meeting": "大会现场", "honor": "荣誉牌匾", "training": "培训现场",
                   "visit": "座谈交流", "product": "产品展示", "safety": "演练现场", "team": "活动合影", "expo": "公司展位"}


def dealer_blocks(ctx: Ctx, kind: str, topic: str) -> list[tuple]:
    """Company news: short items are one or two paragraphs with a picture; long ones three or more."""
    r = ctx.r
    sents = DEALER_SENT[topic]
    n = {"short": r.randint(1, 2), "medium": r.randint(2, 3), "long": 3}[kind]
    n = min(n, len(sents))
    order = sents[:1] + r.sample(sents[1:], len(sents) - 1)
    if n == 1:
        groups = [order[:2]]
    else:
        groups = [[s] for s in order[:n - 1]] + [order[n - 1:]]
    blocks: list[tuple] = [("p", "".join(ctx.fill(t) for t in g)) for g in groups]
    for j in range(r.randint(1, 2)):
        cap = DEALER_CAPTIONS[topic] if r.random() < 0.6 else None
        blocks.insert(min(len(blocks), 1 + j * 2), ("img", f"{r.randint(10**9, 10**10 - 1)}.jpg", cap))
    return blocks


REPAIR_TITLES = ["{pr}多久更换一次？看完这篇就明白了", "{pr}异响的几种常见原因", "如何判断{pr}是否需要更换",
                 "更换{pr}时容易忽略的几个细节", "{pr}选购：原厂件和品牌件怎么选", "冬季用车要注意检查{pr}",
                 "{pr}故障灯亮了怎么办", "{pr}安装扭矩与注意事项"]
REPAIR_SENT = [
    "一般来说，{pr}的更换周期在{km}万公里左右，但具体还要结合车辆的使用环境和驾驶习惯。",
    "如果车辆经常在拥堵路段行驶或者频繁短途用车，更换周期应适当缩短。",
    "拆检时应先观察外观是否有裂纹、变形或漏液，再用专用仪器检测性能参数。",
    "安装前务必核对配件编号与原车一致，不同年款之间的配件往往外观相近但并不通用。",
    "紧固螺栓要按维修手册规定的扭矩分{k}次交叉拧紧，避免受力不均。",
    "更换完成后应清除故障码并进行路试，确认故障现象已经消失。",
    "品牌件的价格一般只有原厂件的{p3}%左右，质量可靠的品牌件完全可以满足日常使用。",
    "低温环境下，{pr}的性能会有所下降，冬季来临前建议到门店做一次全面检查。",
    "如果仪表上的故障灯常亮，可以先用诊断仪读取故障码，再根据故障码缩小排查范围。",
    "本公司销售的{pr}均提供{k}个月或{km}万公里的质保，质保期内出现质量问题可免费更换。",
]


def repair_blocks(ctx: Ctx, kind: str) -> list[tuple]:
    r = ctx.r
    pool: list[str] = []
    n = {"short": r.randint(1, 2), "medium": r.randint(3, 5), "long": r.randint(5, 6)}[kind]
    blocks: list[tuple] = [("p", _pool_para(ctx, REPAIR_SENT, pool, r.randint(1, 2))) for _ in range(n)]
    if kind == "long":
        blocks.insert(2, ("ol", ["举升车辆并做好安全支撑", f"拆下旧{ctx.fixed['pr']}及附件", "清洁安装面并检查相关部件",
                                 f"装入新{ctx.fixed['pr']}，按规定扭矩紧固", "复位、清码并试车"]))
        blocks.insert(2, ("p", "更换的基本步骤如下："))
    return blocks


# ---------------------------------------------------------------- self-media / outlet news for the mobile app (toutiao_mobile)
FEED_ACCOUNTS = ["汽配老周说", "修车师傅阿杰", "车后市场观察家", "澹川汽车圈", "零件侠", "懂车的老陈", "汽修那些事儿",
                 "配件江湖"]
FEED_TITLES = {
    "hy": ["{co}又有大动作！{city}新仓库开业，修理厂拿货更快了", "汽配行业洗牌加速，{city}一年关了{n}家门店",
           "{pr}集体涨价，背后原因是什么？", "{prov}汽配流通数据出炉：销售额增长{pct}%", "{co}与{co2}联手，要做全省最大的配件平台",
           "修理厂老板吐槽：{pr}利润越来越薄了", "{city}汽配城整体搬迁，老商户怎么看？", "{model}保外车激增，谁在吃这波红利？"],
    "wx": ["{pr}到底多久换一次？老师傅说出大实话", "{pr}坏了有什么症状？记住这{k}点", "别再被坑了！{pr}这样选才靠谱",
           "{model}{pr}更换全过程，图文详解", "冬天车子难启动，先查查{pr}", "{pr}装反了会怎样？修车师傅亲测",
           "为什么4S店总让你换{pr}？", "{pr}和{pr2}一起换能省多少钱"],
    "xny": ["新能源车的{pr}多久换？和油车有啥不同", "{model}电池包维修费用曝光，车主直呼太贵", "电动车保养项目少了，修理厂怎么办",
            "{city}首家新能源专修中心开业", "新能源车配件为什么难买？", "{co}推出新能源车型{pr}，覆盖{n}款车型"],
}
FEED_SENT = [
    "说到{pr}，很多车主的第一反应就是“还能用，先不换”。",
    "其实，{pr}属于典型的易损件，一旦出现问题，轻则影响驾驶感受，重则带来安全隐患。",
    "我在修理厂干了{k}年，见过太多因为{pr}拖着不换最后多花钱的例子。",
    "前两天店里来了一辆{model}，车主说最近总有异响，拆开一看，{pr}已经磨得差不多了。",
    "从行情来看，今年{pr}的进货价已经涨了{p2}%左右，很多门店都在悄悄调价。",
    "有经销商透露，{city}这边已经有{n}家老门店关门或者转让，剩下的也在想办法转型。",
    "对于普通车主来说，最实用的办法就是按照保养手册的周期检查，别等坏了再修。",
    "如果预算有限，选一个靠谱的品牌件完全没问题，价格只有原厂件的一半左右。",
    "需要注意的是，网上买配件一定要核对车型和年款，最好提供车架号让商家帮忙确认。",
    "新能源车没有发动机，机油、火花塞这些项目都省了，但{pr}、刹车系统照样需要定期检查。",
    "据了解，{co}这次新开的仓库面积有{n3}0平方米，备货品种超过{n}00种。",
    "业内人士认为，未来几年汽配渠道还会继续整合，小而散的门店生存空间会越来越小。",
    "你平时多久检查一次{pr}？欢迎在评论区聊聊你的经验。",
    "最后提醒一句：更换完配件一定要保留好发票和质保卡，出了问题才好维权。",
]


def feed_blocks(ctx: Ctx, kind: str) -> list[tuple]:
    r = ctx.r
    pool: list[str] = []
    n = {"short": r.randint(2, 3), "medium": r.randint(4, 7), "long": r.randint(8, 11)}[kind]
    blocks: list[tuple] = [("p", _pool_para(ctx, FEED_SENT, pool, r.randint(1, 2))) for _ in range(n)]
    for j in range(r.randint(1, 3) if kind != "short" else 1):
        at = r.randint(1, len(blocks))
        blocks.insert(at, ("img", f"{r.getrandbits(64):016x}", None))
    if kind == "long" and r.random() < 0.6:
        blocks.insert(3, ("h", ctx.fill(r.choice(["{pr}的常见故障", "怎么选配件", "价格为什么涨", "我的建议"]))))
    return blocks


# ---------------------------------------------------------------- engineering blog (jekyll_techblog)
BLOG_NAME = "栩林车电工坊"
BLOG_TAGLINE = "栩林智联电子 车身与底盘电子团队的工程笔记"
BLOG_AUTHORS = ["顾明辉", "秦婉清", "万家豪", "黎楚涵"]
BLOG_CATS = [("network", "车载网络"), ("bsw", "基础软件"), ("hw", "硬件设计"), ("test", "测试验证")]
BLOG_TITLES = {
    "network": ["CAN FD 采样点设置的一些经验", "LIN 从节点自动波特率检测的实现", "UDS 0x27 安全访问种子算法的坑",
                "用 Python 解析 DBC 并生成信号表", "网络管理报文唤醒失败的排查记录", "CAN 总线负载率估算与优化",
                "SOME/IP 服务发现抓包分析", "诊断会话超时 S3 定时器的处理", "CAN 错误帧计数器与 Bus-Off 恢复策略",
                "车载以太网 100BASE-T1 链路测试笔记", "J1939 多包传输协议解析", "XCP on CAN 标定的配置要点"],
    "bsw": ["Bootloader 跳转 App 前要做的几件事", "看门狗喂狗策略与任务监控", "环形缓冲区的无锁实现",
            "NvM 写入掉电保护的设计", "用 CRC32 校验 Flash 中的应用程序", "PWM 输入捕获测量占空比的误差分析",
            "OSEK 任务栈溢出的检测方法", "从零移植一个小型调度器", "ADC 采样滤波：中值还是滑动平均",
            "EEPROM 模拟的磨损均衡", "中断里能不能调用 printf"],
    "hw": ["负载突降 ISO 16750-2 的防护设计", "防反接电路：二极管还是 MOSFET", "LDO 与 DC-DC 的选型取舍",
           "H 桥驱动雨刮电机的电流检测", "ESD 防护器件的布局要点", "高边开关诊断电流的标定", "继电器驱动的续流与触点寿命",
           "车规电解电容的寿命估算"],
    "test": ["HIL 台架上的故障注入脚本", "用 CANoe CAPL 写自动化测试", "低温冷启动电压跌落测试记录",
             "EMC 辐射发射整改一例", "单元测试覆盖率到底要多少", "台架耐久测试的数据记录方案", "用示波器抓取 LIN 同步间隔段"],
}
BLOG_SENT = {
    "network": ["项目里我们用的是 500k/2M 的 CAN FD，仲裁段和数据段的采样点分别设在 80% 和 75%。",
                "实测发现，线束较长时数据段采样点太靠后会导致偶发的格式错误。",
                "问题最后定位到收发器的环路延时，开启 TDC 后错误帧就消失了。",
                "安全访问的种子和密钥算法一般由主机厂提供，但实现时要注意字节序。",
                "抓包时可以先过滤掉周期报文，只看诊断请求和响应，效率会高很多。",
                "网络管理的状态机并不复杂，难点在于各个节点对超时参数的理解不一致。",
                "总线负载率建议控制在 {p3}% 以下，给事件型报文和诊断留出余量。",
                "DBC 文件里的信号起始位在 Motorola 格式下很容易算错，最好写个脚本自动检查。"],
    "bsw": ["跳转之前一定要关中断、复位外设，并把向量表重新指向 App 的起始地址。",
            "很多人只在主循环里喂狗，这样任务卡死了看门狗也发现不了。",
            "我们的做法是每个任务设置一个存活标志，由监控任务统一检查后再喂狗。",
            "无锁环形缓冲区在单生产者单消费者的场景下是安全的，前提是读写指针的更新是原子的。",
            "NvM 写入过程中掉电，最怕的是数据块只写了一半，所以需要双份存储加校验。",
            "Flash 校验放在 Bootloader 里做，校验失败就停留在 Boot 等待重新刷写。",
            "输入捕获的误差主要来自定时器分辨率和中断响应延迟，占空比很小时尤其明显。",
            "调试时可以在栈底填充固定的图案，运行一段时间后看图案被覆盖到哪里。"],
    "hw": ["ISO 16750-2 的负载突降脉冲幅值很高，集中式抑制和分布式抑制各有优缺点。",
           "防反接用二极管最简单，但压降带来的功耗在大电流场合不可接受。",
           "改用 PMOS 方案后，满载时的温升从 {k}0 度降到了十几度。",
           "LDO 的优点是噪声低、外围简单，缺点是压差大时效率很低。",
           "H 桥的电流检测我们用的是低边采样电阻配合运放，带宽要足够覆盖 PWM 频率。",
           "ESD 器件要尽量靠近连接器放置，走线先经过保护器件再到芯片引脚。",
           "高边开关的诊断电流和负载电流之间的比例系数有离散性，量产前需要逐片标定。",
           "电解电容的寿命和温度关系很大，温度每升高十度，寿命大约减半。"],
    "test": ["故障注入脚本的思路很简单：按测试用例依次断开、短路或者拉低指定的信号线。",
             "CAPL 的定时器回调很好用，但要注意不要在回调里做耗时操作。",
             "低温箱设到零下 {k}0 度，保温四小时后模拟冷启动，观察控制器是否复位。",
             "辐射发射超标的频点集中在 {n3} MHz 附近，最后发现是 DC-DC 的开关噪声耦合到了线束上。",
             "覆盖率只是一个参考指标，关键是测试用例有没有覆盖到边界条件。",
             "耐久测试一跑就是几周，数据记录必须考虑断电续传和文件分片。",
             "LIN 的同步间隔段至少 13 个位时间，用示波器的脉宽触发很容易抓到。",
             "自动化测试跑完后自动生成报告，省去了大量手工整理数据的时间。"],
}
BLOG_HEADS = {"network": ["问题现象", "原因分析", "解决办法", "小结"], "bsw": ["背景", "实现思路", "代码", "注意事项"],
              "hw": ["需求", "方案对比", "实测数据", "结论"], "test": ["背景", "测试方法", "结果", "后续改进"]}
BLOG_CODE = {
    "c": [
        ["static void jump_to_app(uint32_t addr)", "{", "    uint32_t sp = *(volatile uint32_t *)addr;",
         "    uint32_t pc = *(volatile uint32_t *)(addr + 4u);", "    __disable_irq();", "    SCB->VTOR = addr;",
         "    __set_MSP(sp);", "    ((void (*)(void))pc)();", "}"],
        ["typedef struct {", "    uint8_t buf[RB_SIZE];", "    volatile uint16_t head;", "    volatile uint16_t tail;",
         "} ringbuf_t;", "", "int rb_put(ringbuf_t *rb, uint8_t c)", "{", "    uint16_t next = (rb->head + 1u) % RB_SIZE;",
         "    if (next == rb->tail) {", "        return -1;", "    }", "    rb->buf[rb->head] = c;", "    rb->head = next;",
         "    return 0;", "}"],
        ["#define ALIVE_ALL  0x0Fu", "static volatile uint8_t alive_flags;", "", "void wdg_monitor_task(void)", "{",
         "    if ((alive_flags & ALIVE_ALL) == ALIVE_ALL) {", "        WDG_Refresh();", "        alive_flags = 0u;", "    }", "}"],
        ["uint16_t median3(uint16_t a, uint16_t b, uint16_t c)", "{", "    if (a > b) { uint16_t t = a; a = b; b = t; }",
         "    if (b > c) { b = c; }", "    return (a > b) ? a : b;", "}"],
        ["uint32_t seed_to_key(uint32_t seed)", "{", "    uint32_t key = seed ^ 0x5A3CC3A5u;",
         "    key = (key << 7) | (key >> 25);", "    return key + 0x1234u;", "}"],
    ],
    "python": [
        ["import cantools", "", "db = cantools.database.load_file(\"body.dbc\")", "for msg in db.messages:",
         "    for sig in msg.signals:", "        print(msg.name, sig.name, sig.start, sig.length, sig.byte_order)"],
        ["def bus_load(frames, bitrate=500_000, window=1.0):", "    bits = sum(47 + 8 * f.dlc + stuff_bits(f) for f in frames)",
         "    return bits / (bitrate * window)"],
        ["for case in cases:", "    relay.open(case.pin)", "    time.sleep(case.hold)", "    result = dut.read_dtc()",
         "    relay.close(case.pin)", "    log.write(case.name, result)"],
    ],
    "capl": [
        ["on message EngineData", "{", "  if (this.byte(0) > 0x80)", "  {", "    write(\"rpm high: %d\", this.byte(0));",
         "  }", "}"],
        ["on timer tCheck", "{", "  if (getValue(sysvar::Dut::Alive) == 0)", "    testStepFail(\"DUT not alive\");",
         "  setTimer(tCheck, 100);", "}"],
    ],
    "shell": [
        ["$ candump can0,7DF:7FF -t A", "$ cansend can0 7DF#0210030000000000"],
        ["$ python3 tools/gen_signals.py body.dbc -o signals.csv", "$ wc -l signals.csv"],
    ],
}
BLOG_CODE_LANG = {"network": ["python", "shell", "c"], "bsw": ["c", "c"], "hw": ["c"], "test": ["capl", "python"]}
BLOG_TABLES = {
    "network": [["配置", "仲裁段采样点", "数据段采样点", "错误帧/小时"], ["A", "80%", "80%", "37"], ["B", "80%", "75%", "4"],
                ["C", "87.5%", "70%", "0"]],
    "hw": [["方案", "压降（满载）", "温升", "成本"], ["肖特基二极管", "0.45 V", "41 ℃", "低"], ["PMOS", "0.06 V", "12 ℃", "中"],
           ["理想二极管控制器", "0.02 V", "6 ℃", "高"]],
    "test": [["温度", "启动电压", "是否复位", "备注"], ["-40 ℃", "6.2 V", "否", "正常"], ["-30 ℃", "5.8 V", "是", "欠压复位"],
             ["-20 ℃", "6.5 V", "否", "正常"]],
    "bsw": [["方法", "RAM 占用", "执行时间", "抗脉冲干扰"], ["滑动平均", "32 B", "1.2 us", "一般"], ["中值滤波", "6 B", "0.4 us", "好"]],
}
BLOG_FOOTNOTES = ["参见收发器数据手册中关于环路延时的章节。", "这里的数值来自我们自己的台架，仅供参考。",
                  "不同芯片厂商的寄存器名称不一样，含义是相同的。", "该标准的最新版本对测试脉冲有调整，请以正式文本为准。",
                  "感谢测试组同事提供的数据。"]
BLOG_QUOTES = ["经验：先确认硬件，再怀疑软件。", "注意：量产代码里不要保留调试用的 printf。",
               "提示：示波器探头的接地线越短越好。", "结论：边界条件永远是 bug 最多的地方。"]
COMMENT_TEXTS = ["写得很清楚，学习了。", "请问用的是哪款收发器？", "我们也遇到过类似的问题，最后也是改了采样点。",
                 "代码里那个 volatile 很关键。", "有没有完整的工程可以参考？", "感谢分享，已收藏。", "实测数据很有价值。"]

"""Invented Chinese (and English) auto-parts text for held-out zoo K (stdlib only, deterministic).

The machinery is zoo J's (``Ctx``, ``paragraphs``, a sentence pool); **every word list and sentence is new**: a
fictitious province (峤南省) and its cities, companies, parts, car models, part codes, given names, media, and the
texts of the zoo K families: a brake maker's company and trade news (EyouCMS), provincial industry-department policy
documents and their interpretations (gov_zwgk_new), an aftermarket analyst's column posts and reader comments
(zhihu_column), national auto-industry newspaper reports with English versions (cnautonews_ampm).

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

PROVINCE = "峤南省"
PROV_SHORT = "峤南"
CITIES = ["峤州", "澹城", "漪江", "岑陵", "蔚原", "瑶渚", "泓山", "桐埠", "琅溪", "筠野", "沅汀", "珂港"]
COMPANIES = ["峤州宏锦制动", "澹城精工悬架", "漪江丰泰滤清器", "岑陵瑞德轴承", "蔚原光驰车灯", "瑶渚联拓电装",
             "泓山固力紧固件", "桐埠德胜散热器", "琅溪华固转向", "筠野新锐橡胶", "沅汀鼎盛铸造", "珂港远航汽配供应链",
             "岑陵启明电控", "澹城万里行养护"]
PRODUCTS = ["盘式制动器总成", "离合器压盘", "转向横拉杆", "轮毂轴承单元", "铝制散热器", "电子燃油泵", "氧传感器",
            "电子节气门", "悬架衬套", "点火线圈", "电子水泵", "电动空调压缩机", "制动卡钳", "曲轴油封", "正时链条套件",
            "等速万向节", "通风刹车盘", "电子助力转向机"]
MODELS = ["峤骁T5", "澹影GT", "漪风S3", "岑越X7", "蔚蓝E6", "瑶光M5", "泓驰L7", "筠行D3"]
PART_CODES = ["QZ-4471", "HJ-208B", "RD-6620", "GC-115", "DS-3390", "FT-72K", "LT-5051", "XR-880", "PB-1306", "KM-47C"]
SURNAMES = "汪祁毛邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊"
GIVEN = ["知远", "予安", "明朗", "若兰", "嘉树", "沛然", "云舒", "亦凡", "牧之", "清和", "青禾", "维桢", "昱辰",
         "书言", "以宁", "子墨", "洛川", "望舒", "星野", "敬之"]
GBK_ONLY_GIVEN = ["喆", "堃", "昇", "镕", "祎", "骞"]  # 喆 堃 镕 祎 are GBK but not GB2312
MEDIA = ["峤南日报", "汽车零部件参考", "产经晨报", "澹城晚报", "后市场周刊", "装备制造导报", "商用车观察", "经济时评网"]
PINYIN = {"汪": "Wang", "毛": "Mao", "邱": "Qiu", "高": "Gao", "夏": "Xia", "蔡": "Cai", "田": "Tian", "胡": "Hu",
          "凌": "Ling", "万": "Wan", "卢": "Lu", "丁": "Ding", "邓": "Deng", "洪": "Hong", "石": "Shi", "崔": "Cui",
          "程": "Cheng", "陆": "Lu", "翁": "Weng", "龚": "Gong"}
GIVEN_PINYIN = {"知远": "Zhiyuan", "予安": "Yu'an", "明朗": "Minglang", "若兰": "Ruolan", "嘉树": "Jiashu",
                "沛然": "Peiran", "云舒": "Yunshu", "亦凡": "Yifan", "牧之": "Muzhi", "清和": "Qinghe"}


def person(rnd: random.Random, gbk_only: bool = False) -> str:
    given = rnd.choice(GBK_ONLY_GIVEN) + rnd.choice("文远宁") if gbk_only else rnd.choice(GIVEN)
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
                      "year": str(when.year), "person": person(rnd), "prov": PROVINCE, "ps": PROV_SHORT}

    def fill(self, tpl: str) -> str:
        r = self.r
        nums = {"pct": str(r.randint(3, 48)), "p2": str(r.randint(2, 18)), "p3": str(r.randint(52, 97)),
                "x": f"{r.randint(2, 88)}.{r.randint(1, 9)}", "n": str(r.randint(6, 72)), "n3": str(r.randint(120, 980)),
                "k": str(r.randint(3, 14)), "km": str(r.randint(2, 12))}
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
    """short: 1-3 paragraphs; medium: 4-6; long: 7-10 with two sub-heads and a table or a list."""
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
        if r.random() < 0.4:
            blocks.insert(1, img())
        return blocks
    if kind == "medium":
        n = r.randint(4, 6)
        blocks = [("p", para(True))] + [("p", para()) for _ in range(n - 2)] + [("p", ctx.fill(r.choice(closers)))]
        if r.random() < 0.5:
            blocks.insert(1, img())
        return blocks
    n = r.randint(7, 10)
    body = [("p", para(True))] + [("p", para()) for _ in range(n - 2)] + [("p", ctx.fill(r.choice(closers)))]
    hs = sorted(r.sample(heads, 2), key=heads.index)
    body.insert(2, ("h", hs[0]))
    body.insert(len(body) // 2 + 2, ("h", hs[1]))
    if r.random() < 0.5:
        rows = [["产品", "型号", "产能（万件/年）", "同比"]]
        for pr in r.sample(PRODUCTS, r.randint(3, 5)):
            rows.append([pr, r.choice(PART_CODES), str(r.randint(12, 480)), f"{r.choice('+-')}{r.randint(1, 21)}%"])
        extra = [("p", "主要产品产能情况见下表："), ("table", rows)]
    else:
        extra = [("p", "归纳起来，主要有以下几个变化："),
                 ("ul", [ctx.fill(t) for t in r.sample(["主机厂压价传导至二级供应商", "海外客户认证周期缩短",
                                                         "自动化产线占比提高到{p3}%", "原材料锁价合同增多",
                                                         "售后渠道毛利好于配套", "电动化零部件订单翻番"], r.randint(3, 4))])]
    at = r.randint(3, len(body) - 2)
    body[at:at] = extra
    body.insert(1, img())
    return body


# ---------------------------------------------------------------- a brake maker's site (eyou_b2b)
EYOU_TITLES = {
    "gsxw": ["公司{pr}新产线通过客户验收", "公司荣获{year}年度{co2}优秀供应商", "公司参加{city}国际汽车零部件博览会",
             "公司组织开展安全生产月活动", "公司{code}系列产品获批量订单", "公司技术中心获评省级企业技术中心",
             "{co2}采购团队来公司考察交流", "公司举办{year}年度质量改进成果发布会", "公司海外客户到访洽谈合作",
             "公司新建智能立体仓库投入使用", "公司开展新员工入职培训", "公司通过{city}绿色工厂复评"],
    "hyzx": ["{prov}汽车零部件产业集群入选国家级名单", "{pr}行业标准修订征求意见", "上半年汽车零部件出口保持增长",
             "新能源商用车带动{pr}需求", "制动系统电动化趋势加快", "{city}出台支持零部件企业技改政策",
             "铸铁原材料价格回落 制动盘企业成本承压缓解", "汽车后市场{pr}品牌集中度提升", "商用车排放新规对零部件的影响",
             "线控制动进入量产装车阶段"],
    "jswz": ["{pr}异响的常见原因与排查", "如何正确选择{pr}的材料", "{pr}安装扭矩与注意事项", "刹车片磨损指示器的作用",
             "制动液含水量对制动性能的影响", "{pr}日常保养的五个要点", "新旧刹车盘如何判断是否需要更换",
             "鼓式与盘式制动器的区别"],
}
EYOU_OPEN = [
    "{date}，公司{pr}新产线迎来{co2}客户代表的现场验收，各项指标全部达标。",
    "近日，{city}国际汽车零部件博览会开幕，公司携{code}系列产品亮相展会。",
    "{date}，{co2}采购中心一行{k}人来到公司，就年度供货计划进行交流。",
    "记者从{prov}工信部门获悉，全省汽车零部件产业今年前{mo}个月实现产值{x}亿元。",
    "{pr}是制动系统中的关键部件，其性能直接关系到行车安全。",
    "很多车主反映，车辆在低速制动时会出现“吱吱”的异响，其实原因并不复杂。",
]
EYOU_MID = [
    "该产线配置了{k}台数控加工中心和在线检测设备，单班产能达到{n3}件。",
    "展会期间，公司展位累计接待国内外客商{n3}余人次，达成意向订单{n}项。",
    "双方围绕产品质量、交付周期和新项目开发等议题进行了深入交流。",
    "公司总经理{person}表示，将继续加大研发投入，提升产品竞争力。",
    "数据显示，{prov}汽车零部件规上企业已达{n3}家，其中制动系统相关企业{n}家。",
    "业内人士指出，原材料价格波动仍是影响企业利润的主要因素。",
    "{pr}的摩擦系数应保持在合理区间，过高或过低都会影响制动效果。",
    "安装前应清洁卡钳导向销并涂抹专用润滑脂，避免出现卡滞。",
    "新装刹车片需要经过约{n3}公里的磨合期，期间应避免急刹车。",
    "公司产品已配套{model}等{n}款车型，并出口至东南亚、中东等地区。",
    "此次认定将进一步推动公司在制动系统轻量化方向的技术积累。",
    "从检测结果看，{code}型产品的热衰退性能优于行业标准要求。",
]
EYOU_CLOSE = ["下一步，公司将以此为契机，持续提升质量管理水平。", "如需了解产品详情，欢迎致电公司销售部。",
              "业内预计，相关政策将在年内陆续落地。", "建议车主定期到专业门店检查制动系统。"]
EYOU_HEADS = ["项目概况", "技术特点", "市场前景", "专家建议"]
EYOU_CAPTIONS = ["{code}系列产品", "新产线一角", "展会现场", "验收现场合影"]
EYOU_PRODUCTS = [("zdp", "刹车片", ["陶瓷刹车片", "低金属刹车片", "商用车盘式刹车片", "鼓式刹车蹄片"]),
                 ("zdpan", "刹车盘", ["通风刹车盘", "打孔划线刹车盘", "实心刹车盘"]),
                 ("kq", "制动卡钳", ["单活塞浮动卡钳", "双活塞卡钳", "电子驻车卡钳"])]
EYOU_CASES = ["为{model}车队提供制动系统升级方案", "{city}公交集团刹车片年度供货项目", "{co2}售后渠道配套项目",
              "某物流企业重卡制动盘替换项目", "{city}出租车刹车片集中更换项目", "出口中东工程车制动总成项目"]
EYOU_DOWNLOADS = ["{year}年产品目录（中文版）", "刹车片适用车型对照表", "制动卡钳安装说明书", "产品质保政策说明",
                  "企业资质证书汇总", "英文产品手册"]

# ---------------------------------------------------------------- provincial industry department (gov_zwgk_new)
GOV_DEPTS = ["装备工业处", "产业政策与法规处", "汽车产业处", "技术改造处", "中小企业处", "节能与综合利用处"]
GOV_DOC_TITLES = [
    "关于印发《{prov}汽车零部件产业高质量发展行动方案（2026—2028年）》的通知",
    "关于组织申报{year}年度汽车零部件“专精特新”企业的通知",
    "关于开展新能源汽车关键零部件首台套认定工作的通知",
    "关于印发《{prov}智能网联汽车零部件产业链培育工作方案》的通知",
    "关于公布{year}年度省级汽车零部件产业集群名单的通知",
    "关于做好汽车零部件企业技术改造项目储备工作的通知",
    "关于开展汽车零部件再制造试点工作的通知",
    "关于印发《{prov}汽车产业链供应链协同创新若干措施》的通知",
    "关于征集汽车芯片应用推广典型案例的通知",
    "关于进一步加强汽车零部件质量提升工作的意见",
    "关于公布{year}年第一批绿色工厂名单的通知",
    "关于举办{prov}汽车零部件供需对接会的通知",
    "关于开展{year}年汽车零部件企业安全生产检查的通知",
    "关于下达{year}年汽车产业发展专项资金计划的通知",
]
GOV_DOC_SENT = [
    "各市工业和信息化主管部门，有关企业：",
    "为深入贯彻落实省委、省政府关于推动制造业高质量发展的决策部署，加快汽车零部件产业转型升级，现将有关事项通知如下。",
    "请各地结合实际，认真组织实施，确保各项任务落到实处。",
    "申报企业应在{prov}境内注册，具有独立法人资格，近三年未发生重大安全、质量和环境事故。",
    "各地工信部门要加强对申报材料的审核把关，于{mo}月底前将推荐名单报送我厅汽车产业处。",
    "到2028年，全省汽车零部件产业营业收入力争突破{n3}0亿元，培育产值超百亿元企业{k}家。",
    "支持企业围绕电驱动、线控底盘、热管理等领域开展关键技术攻关。",
    "对认定的首台套产品，按照有关规定给予不超过{n}0万元的奖励。",
    "鼓励整车企业与零部件企业建立长期稳定的协作关系，提高本地配套率。",
    "各地要建立工作台账，定期调度进展情况，及时协调解决存在的问题。",
    "联系人：{person}，联系电话：0{k}1-8{n3}{n3}。",
]
GOV_JD_TITLES = ["《{prov}汽车零部件产业高质量发展行动方案》政策解读", "一图读懂《{prov}汽车零部件产业高质量发展行动方案》",
                 "关于汽车零部件“专精特新”企业申报的问答", "图解：新能源汽车关键零部件首台套认定",
                 "《智能网联汽车零部件产业链培育工作方案》解读", "一图读懂汽车零部件再制造试点",
                 "解读：汽车产业链供应链协同创新若干措施", "图解：汽车零部件质量提升工作意见",
                 "专家解读汽车零部件技术改造政策", "一图读懂{year}年汽车产业发展专项资金"]
GOV_JD_SENT = [
    "近日，省工业和信息化厅印发了相关文件，现就有关内容解读如下。",
    "一、出台背景。汽车零部件产业是我省制造业的重要组成部分，近年来保持较快增长。",
    "二、主要目标。文件提出了到2028年的发展目标，涵盖规模、创新、配套和绿色发展等方面。",
    "三、重点任务。文件围绕补链强链、技术创新、数字化转型等方面部署了{k}项重点任务。",
    "四、保障措施。文件从资金支持、人才引进、用地保障等方面提出了具体措施。",
    "问：哪些企业可以申报？答：在{prov}注册、主营汽车零部件且符合条件的企业均可申报。",
    "问：奖励资金如何拨付？答：经认定后，资金由省级财政直接拨付至企业。",
    "文件自印发之日起施行，有效期{k}年。",
]
GOV_NEWS_TITLES = ["{city}汽车零部件产业园二期开工", "全省汽车零部件供需对接会在{city}举行", "厅领导赴{city}调研汽车零部件企业",
                   "{year}年一季度全省汽车产业运行平稳", "{city}新能源汽车零部件项目集中签约", "全省汽车芯片应用推广座谈会召开",
                   "{co}入选国家级智能制造示范工厂", "{city}召开汽车零部件企业技改工作推进会"]
GOV_NEWS_SENT = [
    "{date}，{city}汽车零部件产业园二期项目开工，总投资{x}亿元。",
    "会议指出，要聚焦电动化、智能化方向，推动零部件产业向价值链高端攀升。",
    "调研组一行深入{co}生产车间，详细了解企业生产经营和项目建设情况。",
    "数据显示，一季度全省规上汽车制造业增加值同比增长{pct}%。",
    "此次集中签约项目{n}个，涉及电池壳体、电驱系统、热管理等领域。",
    "与会企业代表围绕芯片供应、产品验证等问题进行了交流发言。",
    "会议要求，各地要加快推进在建项目，力争早投产、早见效。",
]

# ---------------------------------------------------------------- the analyst's column (zhihu_column)
ZH_TITLES = ["为什么{pr}的售后价格能比配套价高出三倍？", "汽车后市场的下一个十年：连锁还是平台？",
             "拆解一家县城汽配店的年度账本", "{pr}国产替代走到哪一步了", "保外车高峰来了，谁最先吃到红利",
             "我调研了{n}家修理厂，发现这几个趋势", "配件电商的补贴战还能打多久", "从{co}的财报看后市场分销的毛利结构",
             "新能源车维修：被高估的蛋糕还是被低估的难题", "为什么说汽配流通的渠道层级正在坍缩",
             "一文读懂汽车后市场的“四大门派”", "{model}进入保外期，配件生意怎么做", "再制造件为什么在中国卖不动",
             "谈谈修理厂的数字化：真需求与伪需求", "汽配品牌化的三道坎", "关于“配件追溯”，我的几点看法",
             "独立售后能否抢到新能源车的钥匙", "从一只{pr}看供应链的定价权", "快修连锁的扩张逻辑正在改变",
             "二手车出口热，对国内配件市场意味着什么", "汽配城会消失吗", "写给想进入汽车后市场的年轻人",
             "保险公司如何影响配件价格", "电动化之后，哪些易损件会消失", "我为什么看好{city}的汽配产业带",
             "后市场SaaS的天花板在哪里", "配件编码标准化为什么这么难", "2026年后市场十个判断",
             "轮胎、机油、刹车片：三个品类的三种命运", "复盘：一家汽配平台是怎么倒下的", "门店老板最常问我的五个问题",
             "从数据看{prov}汽车保有量结构变化", "经销商库存周转的秘密", "汽车后市场的人才困境",
             "主机厂下场做售后，独立渠道怎么办", "关于配件价格透明化的一点思考"]
ZH_SENT = [
    "先说结论：{pr}的价差主要来自渠道层级和库存成本，而不是制造成本。",
    "我过去三个月走访了{city}、{city2}两地的{n}家修理厂和{k}家配件经销商。",
    "很多人以为后市场是一个分散的市场，其实在细分品类上集中度正在快速提升。",
    "以{pr}为例，出厂价大约占终端售价的{p2}0%左右，剩下的被物流、仓储和各级经销商分掉了。",
    "一个典型的县城汽配店，年营业额在{n3}万元左右，净利率很少超过{k}%。",
    "从{co}披露的数据看，其分销业务毛利率只有{p2}%左右，远低于外界想象。",
    "新能源车的三电系统质保期长，独立售后短期内能做的主要是底盘件和易损件。",
    "我的判断是，未来{k}年里渠道会进一步扁平化，但不会出现一家独大的局面。",
    "当然，这只是我个人的观察，欢迎在评论区补充不同地区的情况。",
    "数据来源：公开财报、行业协会统计以及我自己的调研，已尽量交叉验证。",
    "有读者问我，现在进入这个行业还来得及吗？我的回答是：看你做哪一段。",
    "修理厂老板{person}跟我说，他现在一半的配件都是在手机上下单的。",
    "保外车的平均车龄已经接近{k}年，这意味着维修频次和客单价都会上升。",
    "值得注意的是，保险定损环节对配件品牌的选择有很大话语权。",
    "这里面有一个常被忽略的变量：配件编码。没有统一的编码，就没有真正的线上化。",
    "如果你是经销商，我的建议是尽早把库存数据化，哪怕从一张表格开始。",
]
ZH_HEADS = ["一、先看数据", "二、问题出在哪", "三、几点判断", "写在最后"]
ZH_COMMENT_USERS = ["汽配老王", "修车的小李", "岑陵经销商", "路人甲乙丙", "后市场打工人", "扳手不离手", "车轱辘话",
                    "峤州老司机", "数据控阿凯", "配件搬运工", "澹城修理厂", "新能源小白", "油泥男孩", "渠道观察员"]
ZH_COMMENT_TEXT = ["写得很实在，跟我们店的情况基本一样。", "数据能不能再细一点？比如分品类的毛利。", "同意，渠道层级确实在减少。",
                   "作者去过我们县吗？描述得太准了。", "不太同意第二点，三四线城市的情况不一样。", "收藏了，慢慢看。",
                   "求作者写一篇新能源维修的专题。", "保险那部分说到点子上了。", "我们这边汽配城生意还行啊。",
                   "编码标准化喊了十年了，还是没动静。", "干货，已转给老板。", "请问数据来源在哪里能查到？",
                   "感谢分享，期待下一篇。", "配件价格透明了，门店只能靠服务。"]

# ---------------------------------------------------------------- national auto-industry newspaper (cnautonews_ampm)
NP_CHANNELS = [("yw", "要闻"), ("lbj", "零部件"), ("hsc", "后市场"), ("xny", "新能源")]
NP_TITLES = {
    "yw": ["前{mo}月汽车产销同比双增", "汽车以旧换新政策持续发力", "全国汽车零部件产业大会在{city}召开", "汽车出口延续高增长态势",
           "工信部部署汽车产业链安全工作", "汽车消费季活动在多地启动", "行业协会发布{year}年汽车市场中期预测"],
    "lbj": ["{co}{pr}产能扩至{n3}万套", "零部件企业加速布局海外工厂", "{pr}国产化率提升至{p3}%", "{co}与{co2}共建联合实验室",
            "线控底盘零部件迎来量产窗口", "零部件企业一季度业绩分化", "{city}零部件产业集群产值突破千亿"],
    "hsc": ["汽车后市场连锁化率持续提高", "{city}规范二手车配件流通", "配件电商平台加速下沉", "快修门店竞争转向服务品质",
            "{prov}开展汽车维修配件质量抽查", "汽车美容养护市场回暖", "事故车维修配件价格调查"],
    "xny": ["动力电池回收体系加快建设", "新能源汽车热管理部件需求旺盛", "{co}发布新一代电驱总成", "充换电基础设施向县域延伸",
            "新能源汽车维修人才培养提速", "{city}氢燃料电池零部件项目投产"],
}
NP_SUBTITLES = ["——来自{city}的调查", "——访{co}董事长{person}", "行业人士：仍需警惕价格战", "记者实地探访多家企业"]
NP_OPEN = ["本报讯（记者 {person}）{date}，记者从相关方面获悉，", "{date}，", "据本报记者调查，", "本报{city}{date}电　"]
NP_MID = [
    "{city}多家零部件企业的生产线满负荷运转，部分订单已排至{mo}月以后。",
    "{co}负责人介绍，今年以来公司{pr}订单同比增长{pct}%，其中海外订单占比约{p2}%。",
    "行业数据显示，前{mo}个月汽车零部件制造业营业收入同比增长{pct}%。",
    "业内专家认为，零部件企业应在电动化、智能化领域加大研发投入，避免陷入同质化竞争。",
    "记者在{city}汽配市场看到，前来采购的修理厂和快修门店络绎不绝。",
    "{person}表示，后市场正在从价格竞争转向服务和品质竞争。",
    "据了解，该项目总投资{x}亿元，达产后可实现年产值{n3}亿元。",
    "相关部门表示，将持续加强配件质量监管，严厉打击假冒伪劣行为。",
    "从终端市场看，{model}等车型的热销带动了相关零部件需求。",
    "分析人士指出，原材料价格和汇率波动仍是影响企业利润的主要变量。",
    "一位经销商坦言，今年门店客流有所恢复，但客单价仍低于往年水平。",
    "数据显示，全国汽车维修企业数量超过{n3}万家，连锁化率约{p2}%。",
]
NP_CLOSE = ["业内预计，下半年相关市场有望保持稳中向好态势。", "记者将持续关注相关进展。",
            "专家建议，企业应加快数字化转型，提升供应链韧性。", "据悉，相关配套政策将于近期出台。"]
NP_HEADS = ["订单饱满", "结构调整", "挑战犹存", "专家观点"]
NP_CAPTIONS = ["{co}生产车间", "{city}汽配市场一角", "工人正在检测{pr}", "展会现场"]
NP_EN_TITLES = {
    "yw": "Auto production and sales rise in the first months",
    "lbj": "Parts makers expand capacity as orders grow",
    "hsc": "Aftermarket chains extend their reach",
    "xny": "New energy vehicle parts see strong demand",
}
NP_EN_SENT = [
    "Chinese auto parts makers reported strong orders in recent months, industry data show.",
    "Production lines at several plants in {city_en} are running at full capacity.",
    "Overseas orders now account for about {p2} percent of the total at some companies.",
    "Analysts say parts makers need to invest more in electrification and intelligent driving.",
    "The aftermarket is shifting from price competition to competition on service and quality.",
    "Regulators said they would step up quality checks on replacement parts.",
    "Raw material prices and exchange rates remain the main variables for profits.",
    "The industry expects the market to remain stable in the second half of the year.",
]
CITY_EN = {"峤州": "Qiaozhou", "澹城": "Dancheng", "漪江": "Yijiang", "岑陵": "Cenling", "蔚原": "Weiyuan", "瑶渚": "Yaozhu",
           "泓山": "Hongshan", "桐埠": "Tongbu", "琅溪": "Langxi", "筠野": "Yunye", "沅汀": "Yuanting", "珂港": "Kegang"}
NP_GALLERY = ["{city}国际车展零部件展区掠影", "走进{co}智能工厂", "新能源汽车零部件展精彩瞬间", "{city}汽配城新貌",
              "汽车零部件产业园建设现场"]

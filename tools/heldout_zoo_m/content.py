"""Invented Chinese auto-parts text for held-out zoo M (stdlib only, deterministic).

The machinery is zoo L's (``Ctx``, ``paragraphs``, a sentence pool, ``gen_blocks``); **every word list and sentence
is new**: a fictitious province (澈北省) and its cities, companies, parts, car models and series, part codes, given
names, media, and the texts of the zoo M families: a car-media portal with 车系 cards (carmedia_chexi), the website of
a listed parts maker with its 投资者关系 section (ir_corporate), a county 融媒体中心 (county_rongmeiti), and the
Docusaurus-like knowledge base and tech blog of a parts maker (docs_kb).

Blocks (what the families render):
  ("p", text)              a paragraph
  ("h", text)              a sub-heading inside the text
  ("img", src, caption)    a picture, caption may be None (captions are NOT article text)
  ("table", rows)          rows of cells, first row is the header
  ("ul", items) / ("ol", items)

``paragraphs(blocks)`` gives the truth text blocks: table rows as cells joined by TAB, one item per list entry.
All Chinese text encodes in GBK (one family writes GBK bytes).
"""

from __future__ import annotations

import random

PROVINCE = "澈北省"
PROV_SHORT = "澈北"
CITIES = ["澈州", "琮阳", "渚川", "桐渊", "芮港", "蔺城", "濯山", "漪湾", "枫渡", "苍岙", "榆陵", "潇原"]
COMPANIES = ["澈州瑞擎汽车零部件", "琮阳铂川制动系统", "渚川嘉禾轴承", "桐渊天衡转向器", "芮港明烁车灯", "蔺城海澜散热器",
             "濯山恒晟电控", "漪湾景泰座椅", "枫渡同舟橡胶", "苍岙朗润滤清器", "榆陵博越传动", "潇原启明线束"]
PRODUCTS = ["制动卡钳", "刹车片", "轮毂轴承", "电动助力转向机", "散热器", "座椅骨架", "雨刮片", "EGR阀", "节温器",
            "空调压缩机", "等速万向节", "稳定杆连杆", "排气歧管", "油底壳", "火花塞", "氧传感器", "电子水泵", "悬置软垫"]
MODELS = ["澈影S", "琮翼Pro", "渚光L7", "桐岳X5", "芮星EV", "蔺风Mini", "濯雷GT", "漪澜DM"]
PART_CODES = ["RQ-2206", "BC-431M", "JH-6205", "TH-88S", "MS-L217", "HL-5031", "HS-E19", "JT-7740", "TZ-091", "LR-3318"]
SURNAMES = "郝邝廖窦缪米乔庞柯卜房伏宫衡靳阚蒯劳练凌隆麦牟宁欧裴祁邱荣邵"
GIVEN = ["若谷", "明哲", "嘉禾", "沐阳", "语冰", "修远", "晴川", "望舒", "子墨", "静姝", "致远", "林深", "朝阳",
         "栖梧", "远岫", "澄明", "一诺", "念慈", "锦程", "问渠"]
GBK_ONLY_GIVEN = ["堃", "喆", "赟", "祎", "旻", "湉"]  # all GBK, none GB2312
MEDIA = ["澈北日报", "汽车工业周刊", "配件世界", "证券导报", "琮阳晚报", "澈北广播电视台", "新能源汽车报", "汽车后市场观察"]


def person(rnd: random.Random, gbk_only: bool = False) -> str:
    given = rnd.choice(GBK_ONLY_GIVEN) + rnd.choice("文宇涵") if gbk_only else rnd.choice(GIVEN)
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
        nums = {"pct": str(r.randint(3, 48)), "p2": str(r.randint(2, 18)), "p3": str(r.randint(52, 97)),
                "x": f"{r.randint(2, 88)}.{r.randint(1, 9)}", "n": str(r.randint(6, 72)), "n3": str(r.randint(120, 980)),
                "k": str(r.randint(3, 11)), "km": str(r.randint(2, 14))}
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
        rows = [["项目", "规格/型号", "数值", "同比"]]
        for pr in r.sample(PRODUCTS, r.randint(3, 5)):
            rows.append([pr, r.choice(PART_CODES), str(r.randint(12, 880)), f"{r.choice('+-')}{r.randint(1, 23)}.{r.randint(0, 9)}%"])
        extra = [("p", "主要数据整理如下："), ("table", rows)]
    else:
        extra = [("p", "归纳起来，有这样几点值得注意："),
                 ("ol", [ctx.fill(t) for t in r.sample(["单车配套价值提升约{pct}%", "交付周期由八周压缩到{k}周",
                                                         "一次交检合格率达到{p3}%", "本地化采购比例提高到{p3}%",
                                                         "售后返修率下降{p2}个百分点", "新品开发周期缩短{n}天"],
                                                        r.randint(3, 4))])]
    at = r.randint(3, len(body) - 2)
    body[at:at] = extra
    body.insert(1, img())
    return body


# ---------------------------------------------------------------- car-media portal (carmedia_chexi)
CM_CHANNELS = [("news", "新闻"), ("daogou", "导购"), ("pingce", "评测")]
CM_SERIES = [  # (series id, name, maker, price range, koubei score, koubei count, forum posts)
    (3021, "澈影S", "澈北汽车", "12.98-16.58万", "4.52", "2,318", "1.3万"),
    (3047, "琮翼Pro", "琮阳新能源", "15.49-19.99万", "4.31", "986", "6,204"),
    (3102, "渚光L7", "渚川汽车", "22.68-28.88万", "4.67", "1,574", "2.1万"),
    (3135, "桐岳X5", "桐渊汽车", "9.79-13.29万", "4.18", "3,041", "3.8万"),
    (3188, "芮星EV", "芮港电动", "7.99-10.59万", "4.40", "712", "4,533"),
    (3206, "漪澜DM", "漪湾汽车", "17.28-21.98万", "4.58", "1,209", "9,871"),
]
CM_TITLES = {
    "news": ["{series}官宣降价{n}00元，{pr}供应商压力再增", "{maker}{mo}月销量公布：{series}同比增长{pct}%",
             "新款{series}申报图曝光，{pr}换装新供应商", "{maker}召回部分{series}，原因是{pr}存在隐患",
             "{series}上市{k}个月交付破万，订单排到{mo}月", "{maker}与{co}合资建设{pr}工厂",
             "{series}冬季版上市，加装{pr}", "{maker}发布{year}年经销商政策，保修延至{k}年",
             "{series}车主集中反映{pr}异响，厂家回应", "{maker}{city}基地投产，{series}产能翻倍",
             "国产{pr}首次配套{series}", "{series}海外版亮相，{pr}按欧标调整", "{maker}门店试水配件直营",
             "{series}OTA升级，{pr}控制逻辑优化", "{maker}公布三电质保新政", "{series}限时优惠，置换补贴{n}00元"],
    "daogou": ["落地{p2}万买什么？{series}和{series2}怎么选", "{series}哪款最值？推荐中配", "{series}买车前必看的{k}个配置",
               "预算{p2}万，{series}是不是最优解", "{series}用车成本算清楚：保养、配件和保险", "家用首选？{series}全系解析",
               "二手{series}值不值得买", "{series}选装包怎么选最划算", "{series}和合资车比，差在哪",
               "{series}提车前要检查哪些地方", "新手买{series}，这些坑别踩", "{series}油电版本怎么选"],
    "pingce": ["深度评测{series}：底盘和{pr}的真实表现", "{series}冬测：零下{p2}度的续航和{pr}", "拆解{series}：看看{pr}用料",
               "长测{series}第{k}期：{n}00公里后的变化", "{series}赛道实测，制动衰减明显吗", "{series}NVH实测：{pr}是关键",
               "{series}底盘结构详解", "{series}空间与舒适性评测", "{series}智能驾驶辅助实测",
               "{series}快充实测：{n}分钟能充多少", "{series}涉水与通过性测试", "{series}保养拆检：{pr}磨损几何"],
}
CM_OPEN = ["[车鉴网 资讯] ", "{date}，", "日前，我们从官方渠道获悉，", "在{city}的试驾活动中，", "先说结论："]
CM_MID = [
    "新车搭载的{pr}由{co}供应，这也是该零部件首次用于{maker}的车型。",
    "根据官方数据，{series}百公里加速为{k}.{k}秒，综合工况续航{n3}公里。",
    "从实际测试来看，{pr}的工作温度始终控制在{n}摄氏度以内，表现比较稳定。",
    "价格方面，入门版指导价较此前下调{n}00元，顶配车型增加了{pr}等配置。",
    "我们在{city}的城市道路上跑了{n}公里，平均能耗为{k}.{p2}kWh/100km。",
    "拆开前轮可以看到，{pr}采用铝合金材质，重量比上一代减轻约{pct}%。",
    "销售顾问透露，目前{city2}地区的门店现车充足，部分车型还有额外优惠。",
    "不少车主在论坛里反映，{pr}在低速过坎时会出现轻微异响。",
    "厂家表示，问题车辆将免费更换改进后的{pr}，预计耗时约{k}小时。",
    "对于家用用户来说，中配车型的配置已经足够，没有必要追求顶配。",
    "保养方面，{series}首保免费，之后每{km}千公里或一年保养一次。",
    "与同级竞品相比，{series}在{pr}上的用料明显更扎实。",
]
CM_CLOSE = ["总的来看，这是一款短板不多的车型。", "更多新车资讯，我们将持续关注。", "以上就是本次评测的全部内容。",
            "你怎么看？欢迎在评论区留言。"]
CM_HEADS = ["外观与内饰", "动力与底盘", "配件与用料", "购买建议"]
CM_CAPTIONS = ["{series}正前方", "图为{pr}特写", "{series}内饰", "实测现场"]
CM_PAGE_NAMES = ["外观", "内饰", "动力", "底盘", "总结"]

# ---------------------------------------------------------------- listed parts maker website (ir_corporate)
IR_COMPANY = "澈州瑞擎汽车零部件股份有限公司"
IR_SHORT = "瑞擎股份"
IR_CODE = "603947"
IR_CHANNELS = [("gsxw", "公司新闻", 5), ("hyzx", "行业资讯", 6), ("mtbd", "媒体报道", 7)]
IR_TITLES = {
    "gsxw": ["公司召开{year}年度安全生产工作会议", "公司{pr}新产线在{city}基地投产", "公司荣获{maker}“优秀供应商”称号",
             "公司举办第{k}届职工技能比武大赛", "公司与{co}签署战略合作协议", "公司技术中心通过省级认定复审",
             "公司{pr}项目获{model}定点", "公司召开{year}年度供应商大会", "公司党委开展主题党日活动",
             "公司{city}工厂通过IATF 16949监督审核", "公司举行{year}年新员工入职仪式", "公司董事长一行赴{city}调研",
             "公司参加{city}国际汽车零部件博览会", "公司研发的{pr}获评省级新产品", "公司开展春季消防应急演练"],
    "hyzx": ["{mo}月汽车产销数据发布：零部件出口增长{pct}%", "{prov}出台汽车零部件产业高质量发展措施", "新能源汽车渗透率突破{p3}%",
             "汽车零部件行业数字化转型提速", "{pr}行业标准修订工作启动", "全国乘用车市场{mo}月零售点评",
             "汽车芯片供应趋于稳定", "汽车后市场规模预计突破{n}万亿元", "欧盟碳边境调节机制对零部件出口的影响",
             "商用车市场回暖带动{pr}需求"],
    "mtbd": ["《{media}》：瑞擎股份的“专精特新”之路", "《{media}》：{pr}龙头加码新能源", "《{media}》专访公司董事长{person}",
             "《{media}》：瑞擎股份海外订单饱满", "《{media}》：从配角到主角，{prov}零部件企业突围", "《{media}》：瑞擎股份研发投入连续三年增长",
             "《{media}》：走进瑞擎股份智能工厂", "《{media}》：{city}零部件产业集群观察"],
}
IR_OPEN = ["{date}，", "近日，", "为进一步提升管理水平，", "据中国汽车工业协会统计，", "本报讯 "]
IR_MID = [
    "公司董事长{person}出席会议并讲话，各部门负责人参加了会议。",
    "该产线总投资{x}亿元，设计年产能{n3}万件，自动化率达到{p3}%。",
    "公司{pr}产品已配套国内{n}家主机厂，并出口至{k}个国家和地区。",
    "会议总结了上一年度的工作，部署了{year}年的重点任务。",
    "据统计，{mo}月全国汽车零部件出口金额同比增长{pct}%，增速较上月回升{p2}个百分点。",
    "公司将以此为契机，持续加大研发投入，提升核心零部件自主配套能力。",
    "审核组对公司质量管理体系运行情况进行了全面评审，给予了充分肯定。",
    "来自{n}家供应商的代表参加会议，公司向{k}家优秀供应商颁发了奖牌。",
    "业内人士认为，{pr}领域的国产替代空间仍然较大。",
    "活动现场，参赛选手围绕{pr}装配、检测等项目展开比拼。",
    "公司{city}基地占地{n3}亩，现有员工{n3}0余人。",
    "数据显示，一季度{prov}规上汽车零部件企业营业收入{x}亿元。",
]
IR_CLOSE = ["公司将继续坚持创新驱动，为客户创造更大价值。", "下一步，公司将抓好各项工作落实。", "（完）",
            "活动取得圆满成功。"]
IR_HEADS = ["一、总体情况", "二、重点工作", "三、下一步安排"]
IR_CAPTIONS = ["会议现场", "{pr}生产线", "颁奖现场", "公司领导合影"]
IR_NOTICES = ["关于{year}年度利润分配预案的公告", "第{k}届董事会第{p2}次会议决议公告", "关于使用闲置募集资金进行现金管理的公告",
              "关于股东减持股份计划的预披露公告", "{year}年第一次临时股东大会决议公告", "关于获得政府补助的公告",
              "关于对外投资设立全资子公司的公告", "关于变更证券事务代表的公告", "关于部分限售股上市流通的提示性公告",
              "关于召开{year}年第一次临时股东大会的通知", "关于公司董事辞职的公告", "关于回购股份进展的公告"]
IR_EN_TITLES = ["Ruiqing Opens New Brake Caliper Line in Zongyang", "Ruiqing Named Excellent Supplier of the Year",
                "Ruiqing Signs Strategic Agreement with a European Tier 1", "Ruiqing Technology Center Passes Provincial Review"]
IR_EN_SENT = [
    "The new line has a designed annual capacity of {n}0,000 units and an automation rate of {p3} percent.",
    "Chairman {pinyin} said the company will continue to invest in research and development.",
    "The company currently supplies {n} domestic vehicle makers and exports to {k} countries and regions.",
    "The agreement covers joint development, local sourcing and after-sales support.",
    "Representatives of more than {n} suppliers attended the ceremony held in Chezhou.",
    "The technology center employs {n3} engineers working on braking and steering products.",
]

# ---------------------------------------------------------------- county media centre (county_rongmeiti)
RM_COUNTY = "琮阳县"
RM_CENTER = "琮阳县融媒体中心"
RM_BRAND = "琮阳发布"
RM_CHANNELS = [("yaowen", "琮阳要闻", 12), ("chanye", "产业经济", 13), ("xiangzhen", "乡镇动态", 14), ("shipin", "视频新闻", 15)]
RM_TOWNS = ["铂溪镇", "栎桥镇", "云渡乡", "青坪镇", "沙湾街道", "柘林乡"]
RM_TITLES = {
    "yaowen": ["县委常委会召开会议 研究部署汽车零部件产业发展工作", "县长{person}调研重点项目建设", "琮阳县{year}年重大项目集中开工",
               "县政府与{co}签约 总投资{x}亿元", "县领导走访慰问一线职工", "全县优化营商环境大会召开",
               "琮阳县入选省级汽车零部件特色产业集群", "县人大常委会视察工业园区建设", "全县安全生产工作会议召开",
               "琮阳县开展“企业服务月”活动", "县委书记{person}主持召开产业链链长工作会", "琮阳县一季度经济运行稳中向好",
               "县政协委员为零部件产业发展建言献策", "琮阳县召开招商引资推进会"],
    "chanye": ["{co}：{pr}订单饱满 车间满负荷生产", "琮阳工业园区{pr}项目加快建设", "从“配角”到“主角”：琮阳汽配产业的突围之路",
               "{co}新品发布 打入{model}供应链", "琮阳县汽配企业抢抓一季度“开门红”", "技改升级 {co}产能提升{pct}%",
               "琮阳汽配产业工人技能培训班开班", "{pr}出口订单增长 琮阳企业开拓海外市场", "琮阳县汽配产业链招聘会举行",
               "{co}获评省级“专精特新”企业", "琮阳汽配城春季促销活动启动", "琮阳县推进汽配企业数字化改造",
               "园区企业用电量同比增长{pct}%"],
    "xiangzhen": ["{town}：小配件撬动大产业", "{town}开展汽配企业安全检查", "{town}举办春季招聘会 {n}家汽配企业招贤",
                  "{town}汽配加工点带动群众家门口就业", "{town}召开经济工作会议", "{town}：党建引领助企发展",
                  "{town}汽配产业园道路改造完工", "{town}组织企业参加{city}汽配展", "{town}开展“万人助万企”走访活动",
                  "{town}农民工返岗进厂忙", "{town}一季度签约项目{k}个"],
    "shipin": ["【视频】{co}智能车间探访", "【视频】琮阳汽配产业一线直击", "【视频】{town}：汽配加工户的一天",
               "【视频】县领导调研工业园区", "【视频】琮阳汽配工人技能大比武", "【视频】园区夜景：灯火通明赶订单"],
}
RM_OPEN = ["本台讯 ", "{date}，", "琮阳讯 ", "连日来，", "走进{co}的生产车间，"]
RM_MID = [
    "县委副书记、县长{person}主持会议，县领导班子成员参加会议。",
    "会议强调，要坚定不移把汽车零部件产业作为县域经济的主导产业来抓。",
    "今年以来，全县汽车零部件产业完成产值{x}亿元，同比增长{pct}%。",
    "车间里机器轰鸣，工人们正在有序组装{pr}，一派繁忙景象。",
    "该项目建成投产后，预计年产{pr}{n3}万件，可新增就业岗位{n3}个。",
    "企业负责人{person}介绍，目前订单已经排到了{mo}月底，工人们实行两班倒。",
    "调研组一行深入企业生产车间，详细了解企业生产经营和项目建设情况。",
    "近年来，琮阳县围绕汽配产业链精准招商，引进配套企业{n}家。",
    "活动现场，{n}家企业提供就业岗位{n3}余个，吸引求职者{n3}余人次。",
    "下一步，县里将在用地、融资、用工等方面加大支持力度。",
    "据了解，该镇现有汽配加工点{n}个，带动周边群众{n3}余人就业。",
    "检查组重点查看了企业消防设施、危化品存储和安全生产台账。",
]
RM_CLOSE = ["企业负责人表示，将全力以赴完成全年目标任务。", "琮阳县融媒体中心将持续关注。", "下一步，该县将持续优化营商环境，推动产业做大做强。",
            "活动取得了良好效果。"]
RM_HEADS = ["抓项目 强支撑", "优服务 增活力", "育人才 固根基"]
RM_CAPTIONS = ["图为{co}生产车间", "会议现场", "图为工人正在组装{pr}", "调研现场（记者 摄）"]

# ---------------------------------------------------------------- parts maker knowledge base and blog (docs_kb)
KB_SITE = "铂川技术文档中心"
KB_AUTHORS = [  # (key, name, title)
    ("haoruogu", "郝若谷", "制动系统高级工程师"),
    ("liaomingzhe", "廖明哲", "售后技术支持"),
    ("qiaowangshu", "乔望舒", "产品经理"),
    ("kezimo", "柯子墨", "电控软件工程师"),
    ("pangjingshu", "庞静姝", "质量工程师"),
]
KB_TAGS = [("brake", "制动"), ("install", "安装指南"), ("fault", "故障诊断"), ("release", "产品发布"), ("quality", "质量"),
           ("ev", "新能源")]
KB_TITLES = ["{pr}安装后异响的{k}个常见原因", "新一代{code}卡钳正式发布", "刹车片磨合：为什么前{n}0公里很重要",
             "如何读懂{pr}的OE号和替换号", "电子驻车卡钳的售后复位流程", "{model}专用{pr}适配说明", "制动液更换周期再讨论",
             "冬季低温对{pr}性能的影响", "一次{pr}批量退货的质量复盘", "从台架试验看刹车片的热衰减", "维修厂常问的{k}个问题",
             "{pr}包装升级：防伪码查询上线", "电动车制动能量回收与刹车片寿命", "{year}年春季产品目录更新说明", "卡钳导向销为什么要涂专用润滑脂",
             "我们如何做{pr}的盐雾试验", "经销商培训会在{city}举行", "{pr}装车后跑偏的排查思路", "线控制动会取代传统卡钳吗",
             "刹车盘最小厚度怎么测", "售后扫码系统的设计取舍", "{code}与{code2}的区别", "制动噪声NVH测试入门",
             "一位维修师傅的反馈改变了我们的设计", "新能源车{pr}为什么更容易生锈", "{pr}质保政策调整说明", "技术热线一年来的问题统计",
             "如何判断刹车片是否原厂", "我们的测试场搬到了{city}", "{pr}的轻量化尝试", "驻车电机的拆装注意事项", "关于{code}批次召回的说明",
             "制动系统常用扭矩表", "质量月活动回顾"]
KB_OPEN = ["这篇文章整理自技术热线的常见问题。", "先说背景：", "上个月，", "很多维修师傅问过我们同一个问题：", ""]
KB_MID = [
    "{pr}的安装扭矩必须按照手册执行，一般在{n}到{n3}牛·米之间。",
    "如果安装后出现异响，首先检查消音片是否装反，其次检查导向销润滑情况。",
    "我们在台架上做了{k}组对比试验，每组连续制动{n}次。",
    "测试结果显示，磨合充分的刹车片摩擦系数更稳定，波动不超过{p2}%。",
    "对于{model}这类较重的车型，建议选用高温配方的{pr}。",
    "{code}与上一代产品的安装尺寸完全相同，可以直接替换。",
    "售后反馈中，约{pct}%的问题其实与安装工艺有关，而不是产品本身。",
    "扫码查询系统上线后，经销商可以在{k}秒内确认产品真伪和生产批次。",
    "需要注意的是，更换{pr}后一定要踩几脚刹车，让活塞复位。",
    "在{city}的冬季测试中，我们记录到最低零下{p2}度的环境温度。",
    "这次改进的核心是把{pr}的涂层从单层改为双层，耐腐蚀时间提高到{n3}小时。",
    "欢迎维修师傅通过技术热线继续给我们反馈问题。",
]
KB_CLOSE = ["有问题欢迎在下方留言。", "下一篇我们聊聊{pr}的选型。", "相关安装手册可以在文档区找到。", "感谢各位师傅的反馈。"]
KB_HEADS = ["背景", "分析", "结论"]
KB_CAPTIONS = ["台架试验", "{pr}实拍", "测试数据"]
KB_DOCS = [  # (section, section name, [(slug, title)])
    ("install", "安装指南", [("caliper", "卡钳安装"), ("pad", "刹车片安装"), ("disc", "刹车盘安装"), ("epb", "电子驻车卡钳")]),
    ("troubleshoot", "故障诊断", [("noise", "制动异响"), ("pull", "制动跑偏"), ("judder", "制动抖动"), ("warning", "报警灯常亮")]),
    ("spec", "技术规格", [("torque", "扭矩表"), ("fluid", "制动液规格"), ("wear", "磨损极限")]),
    ("warranty", "质保与售后", [("policy", "质保政策"), ("scan", "扫码查询"), ("return", "退换货流程")]),
]
KB_DOC_SENT = [
    "本页适用于铂川制动全系列售后产品。", "操作前请确认车辆已可靠支撑，并断开驻车制动。", "所有螺栓必须使用扭力扳手按规定扭矩拧紧。",
    "安装完成后，应进行不少于{k}次的低速制动磨合。", "若故障仍然存在，请联系技术热线400-610-3021。", "不同车型的具体参数请参考对应的适配表。",
    "更换时应同轴成对更换，不得单侧更换。", "质保期内的产品，请保留购买凭证和安装记录。",
]

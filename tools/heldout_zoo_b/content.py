"""Invented Chinese auto-parts industry news text (own generator; stdlib only, deterministic).

``make_article(rnd, when, kind, size)`` -> (title, blocks). Blocks are tuples:
``("p", text)`` body paragraph, ``("h", text)`` sub-heading (a text block, counted as a paragraph),
``("img", caption)`` a picture with its caption (caption is NOT article text),
``("table", [header_row, row, ...])`` (each row a list of cells), ``("ul", [item, ...])``.
``paragraphs(blocks)`` gives the truth paragraphs: p/h text, one entry per table row (cells joined by
TAB), one entry per list item; image captions dropped.
"""

from __future__ import annotations

import datetime as dt
import random

COMPANIES = [
    ("华锐精工", "宁波"), ("恒拓汽车零部件", "芜湖"), ("宁远制动系统", "台州"), ("博岳电控", "苏州"),
    ("瑞驰热管理", "常州"), ("中科精密轴承", "洛阳"), ("万晟橡塑", "十堰"), ("东启传动", "重庆"),
    ("凯泰车灯", "丹阳"), ("锦程车桥", "襄阳"), ("昊宇汽车电子", "深圳"), ("力拓精密铸造", "潍坊"),
    ("安途座椅系统", "长春"), ("联创线束", "柳州"), ("天衡转向", "荆州"), ("海川滤清器", "瑞安"),
    ("北辰智能悬架", "合肥"), ("德盛紧固件", "嘉兴"), ("广源密封件", "广州"), ("星驰车轮", "秦皇岛"),
]
PRODUCTS = [
    "电子驻车制动卡钳", "线控制动系统", "一体化压铸后底板", "热泵空调总成", "碳化硅电驱总成", "智能座舱域控制器",
    "4D毫米波雷达", "LED矩阵大灯", "第三代轮毂轴承单元", "高压线束总成", "铝合金副车架", "电动助力转向器",
    "陶瓷刹车片", "空气悬架系统", "新能源汽车电池液冷板", "轮速传感器", "双离合变速器", "电子水泵",
    "轻量化铝合金轮毂", "热管理集成模块",
]
SHORT_PRODUCTS = ["刹车片", "轴承", "滤清器", "火花塞", "减震器", "雨刮器", "蓄电池", "轮胎", "灯具", "密封件"]
CITIES = ["宁波", "芜湖", "台州", "十堰", "柳州", "长春", "襄阳", "常州", "重庆", "广州", "瑞安", "丹阳", "合肥", "盐城"]
OEMS = ["某自主品牌头部车企", "一家合资主机厂", "某造车新势力", "国内重卡龙头企业", "一家欧洲豪华品牌", "某新能源商用车企业"]
MARKETS = ["墨西哥", "东南亚", "中东", "俄罗斯", "巴西", "欧洲", "北美售后", "非洲"]
PEOPLE = ["王建国", "李晓峰", "张敏", "陈立新", "刘洋", "赵海涛", "周文斌", "孙丽华", "吴志强", "郑凯",
          "黄玉婷", "林涛", "何静", "高远", "马骏", "罗晓燕", "徐鹏", "朱红梅", "胡斌", "郭佳"]
TITLES_PPL = ["董事长", "总经理", "技术总监", "副总裁", "研究院院长", "销售总监", "秘书长", "首席分析师"]
LETTERS = ["HX", "TR", "BY", "EP", "KS", "RM", "ZD", "QL", "NV", "GT"]
STANDARDS = ["汽车用电子驻车制动系统性能要求及试验方法", "电动汽车热管理系统技术条件", "乘用车轮毂轴承单元技术规范",
             "汽车再制造零部件质量评价通则", "商用车盘式制动器总成台架试验方法", "汽车高压线束通用技术条件",
             "机动车维修配件追溯编码规则", "汽车用铝合金压铸件缺陷评定"]
MEETINGS = ["会员大会", "理事会扩大会议", "专家委员会工作会议", "秘书长联席会议", "质量工作座谈会", "出口企业座谈会"]
TRAININGS = ["IATF 16949内审员", "汽车功能安全（ISO 26262）", "零部件出口合规", "新能源汽车维修技术", "精益生产管理",
             "汽车软件开发流程（ASPICE）"]


def _num(rnd: random.Random, lo: float, hi: float, nd: int = 1) -> str:
    v = round(rnd.uniform(lo, hi), nd)
    return f"{v:.{nd}f}" if nd else str(int(v))


class Slots(dict):
    """Slot values for one article (drawn once, reused so the text stays consistent)."""

    @classmethod
    def draw(cls, rnd: random.Random, when: dt.datetime) -> Slots:
        co, city = rnd.choice(COMPANIES)
        co2 = rnd.choice([c for c, _ in COMPANIES if c != co])
        prod = rnd.choice(PRODUCTS)
        model = f"{rnd.choice(LETTERS)}-{rnd.randint(2, 98) * 100}"
        person = rnd.choice(PEOPLE)
        return cls(co=co, co2=co2, city=city, city2=rnd.choice([c for c in CITIES if c != city]), prod=prod,
                   sprod=rnd.choice(SHORT_PRODUCTS), model=model, oem=rnd.choice(OEMS), mkt=rnd.choice(MARKETS),
                   person=person, ptitle=rnd.choice(TITLES_PPL), n=rnd.choice([30, 50, 60, 80, 100, 120, 150, 200, 300]),
                   amount=_num(rnd, 1.5, 48.0), pct=_num(rnd, 3.0, 46.0), pct2=_num(rnd, 1.0, 15.0),
                   k=rnd.randint(9, 23), year=when.year, py=when.year - 1, m=when.month, d=when.day,
                   pm=(when.month - 2) % 12 + 1, std=rnd.choice(STANDARDS), meeting=rnd.choice(MEETINGS),
                   training=rnd.choice(TRAININGS), area=rnd.choice([2.6, 4.8, 8.2, 12.5, 15.0, 21.3]),
                   jobs=rnd.choice([300, 450, 800, 1200, 1600]), units=rnd.randint(120, 980))


TITLES = {
    "invest": ["{co}年产{n}万套{prod}项目在{city}投产", "总投资{amount}亿元 {co}{city}新基地开工建设",
               "{co}{prod}扩产项目签约落户{city2}", "{city}再添重大项目：{co}{prod}智能工厂正式运行"],
    "order": ["{co}获{oem}{prod}定点 生命周期销售额约{amount}亿元", "{co}{prod}拿下新订单 配套{oem}多款车型",
              "{co}成为{oem}{prod}一级供应商"],
    "data": ["{pm}月汽车零部件出口额同比增长{pct}%", "前{pm}月{sprod}产量数据出炉 同比增长{pct}%",
             "{year}年{pm}月{prod}装机量排行发布", "{mkt}市场需求回暖 {sprod}出口量同比增长{pct}%"],
    "policy": ["《{std}》国家标准正式发布", "行业标准《{std}》征求意见稿公开", "多部门联合发文规范汽车配件流通市场",
               "{city}出台汽车零部件产业高质量发展若干措施"],
    "expo": ["第{k}届{city}国际汽车零部件博览会开幕 {units}家企业参展", "{city}汽配展落幕 现场意向成交额超{amount}亿元",
             "{co}携{prod}亮相{mkt}汽配展"],
    "tech": ["{co}发布新一代{prod} 重量降低{pct2}%", "{co}{model}型{prod}通过整车验证", "{prod}国产化再进一步：{co}突破关键工艺",
             "专访{co}{ptitle}{person}：{prod}的下一个五年"],
    "after": ["{city}汽配城商户转型调查：线上订单占比已超{pct}%", "售后市场价格战升温 {sprod}经销商利润承压",
              "独立售后渠道加速整合 {co}布局县域服务网点", "二手车配件需求走强 {sprod}更换周期缩短"],
    "finance": ["{co}{py}年营收{amount}亿元 {prod}业务增长{pct}%", "{co}拟定增募资{amount}亿元投向{prod}项目",
                "{co}一季度净利润同比增长{pct}%"],
    "assoc": ["协会召开{year}年度{meeting}", "关于举办{training}培训班的通知", "协会组织会员企业赴{city}开展调研",
              "关于征集{year}年度行业优秀新产品的通知", "协会{meeting}在{city}召开"],
}

OPENERS = {  # aligned with TITLES: opener k goes with title k
    "invest": ["{m}月{d}日，{co}年产{n}万套{prod}项目在{city}经济技术开发区正式投产。该项目总投资{amount}亿元，占地面积约{area}万平方米。",
               "{m}月{d}日，{co}{city}新基地举行开工仪式。项目总投资{amount}亿元，主要建设{prod}生产线及研发中心，预计两年内建成投产。",
               "{m}月{d}日，{co}与{city2}市政府签署投资协议，将在当地建设{prod}扩产项目，新增年产能{n}万套。",
               "近日，{co}位于{city}的{prod}智能工厂正式投入运行。工厂引入了{units}台工业机器人，可实现全流程数据追溯。"],
    "order": ["{co}近日公告称，公司收到{oem}的定点通知书，将为其新平台车型供应{prod}，预计生命周期销售总额约{amount}亿元。",
              "{co}{m}月{d}日晚间披露，公司{prod}获得{oem}新订单，将配套其多款车型，项目预计于{year}年下半年量产。",
              "{co}日前宣布，公司已通过{oem}供应商审核，正式成为其{prod}一级供应商，首批产品将于年内交付。"],
    "data": ["据行业统计，{pm}月我国汽车零部件出口额同比增长{pct}%，环比增长{pct2}%，增速较上月有所回升。",
             "最新统计数据显示，前{pm}月{sprod}行业累计产量同比增长{pct}%，其中新能源配套产品增长尤为明显。",
             "最新发布的{year}年{pm}月{prod}装机量排行显示，排名前五的企业合计市场份额达到{pct}%，集中度进一步提高。",
             "海关数据显示，{pm}月我国{sprod}对{mkt}出口量同比增长{pct}%，连续三个月保持正增长。"],
    "policy": ["近日，《{std}》国家标准正式发布，将于{year}年{pm}月1日起实施。该标准由行业骨干企业和检测机构共同起草。",
               "近日，行业标准《{std}》征求意见稿正式公开，面向社会征求意见，意见反馈截止日期为{year}年{pm}月底。",
               "为规范汽车配件流通秩序，多部门近日联合印发通知，对配件质量追溯、标识标注和售后服务提出明确要求。",
               "{city}市近日出台《关于推动汽车零部件产业高质量发展的若干措施》，从项目落地、技术创新、人才引进等方面提出具体支持政策。"],
    "expo": ["{m}月{d}日，第{k}届{city}国际汽车零部件博览会在{city}国际会展中心开幕，展出面积达{area}万平方米，共有{units}家企业参展。",
             "为期三天的{city}汽配展日前落幕。主办方统计，展会共吸引专业观众{jobs}余人次，现场意向成交额超过{amount}亿元。",
             "{m}月{d}日，{co}携新一代{prod}亮相{mkt}汽配展，展台吸引了众多海外采购商驻足洽谈。"],
    "tech": ["{co}日前发布新一代{prod}，新产品采用模块化设计，总成重量较上一代降低{pct2}%，成本下降约{pct}%。",
             "{co}研发的{model}型{prod}近日通过整车厂全部验证试验，即将进入小批量供货阶段。",
             "{co}近日宣布，公司在{prod}关键工艺上取得突破，核心部件实现国产化，成本较进口方案降低{pct}%。",
             "{prod}行业正处在快速变化之中。近日，记者专访了{co}{ptitle}{person}，听他讲述企业对未来五年的判断。"],
    "after": ["走进{city}汽配城，记者发现不少商户的柜台已经变成了直播间。多位经营{sprod}的商户表示，线上订单占比已超过{pct}%。",
              "进入{m}月以来，{sprod}市场的价格竞争明显加剧，部分经销商反映单品毛利率下滑了{pct2}个百分点。",
              "{co}近日宣布，将在未来三年内新建{units}家县域服务网点，进一步下沉独立售后渠道。",
              "随着二手车交易量持续增长，{sprod}等易损件的更换需求明显上升。多位维修厂负责人表示，车主的更换周期正在缩短。"],
    "finance": ["{co}发布年度报告，{py}年公司实现营业收入{amount}亿元，同比增长{pct2}%；其中{prod}业务收入增长{pct}%。",
                "{co}公告称，公司拟向特定对象发行股票募集资金不超过{amount}亿元，主要用于{prod}扩产项目及补充流动资金。",
                "{co}发布一季度报告，报告期内公司实现净利润同比增长{pct}%，主要得益于{prod}产品放量。"],
    "assoc": ["{m}月{d}日，协会{year}年度{meeting}在{city}召开，来自{units}家会员单位的代表参加会议。",
              "为提升会员企业管理水平，经研究，协会定于{year}年{pm}月在{city}举办{training}培训班，现将有关事项通知如下。",
              "{m}月{d}日，协会组织部分会员企业负责人赴{city}开展专题调研，实地走访了{co}等企业。",
              "为推动行业技术进步，协会决定开展{year}年度行业优秀新产品征集活动，现将有关事项通知如下。",
              "{m}月{d}日，协会{meeting}在{city}召开，会议由协会秘书长主持。"],
}

GENERIC = [
    "{ptitle}{person}表示，公司将继续加大研发投入，重点围绕电动化、智能化和轻量化方向布局。",
    "业内人士分析，随着整车企业降本压力向上游传导，零部件企业的议价空间正在收窄。",
    "据了解，该产线配备了{units}台工业机器人，关键工序自动化率达到{pct}%以上。",
    "项目全面达产后，预计可实现年产值{amount}亿元，新增就业岗位约{jobs}个。",
    "目前，公司产品已配套国内外{units}余款车型，并出口至{mkt}等地区。",
    "{co2}相关负责人也表示，今年以来{sprod}订单保持稳定增长，部分型号交货周期已排到三个月以后。",
    "从细分领域看，热管理、底盘电控和智能驾驶传感器是增长最快的三个板块。",
    "受原材料价格波动影响，铝、铜等大宗材料成本仍是企业面临的主要压力之一。",
    "值得注意的是，海外客户对产品碳足迹和可追溯性的要求明显提高。",
    "多家企业负责人认为，单纯依靠价格竞争难以为继，提升产品质量和服务能力才是长久之计。",
    "{city}市近年来围绕新能源汽车零部件持续招商，已集聚上下游企业{units}余家。",
    "与会代表围绕行业自律、标准建设和人才培养等议题进行了深入交流。",
    "该产品在-40℃低温环境下仍能保持稳定工作，耐久测试里程超过{n}万公里。",
    "据测算，每套{prod}的单车价值量在{lo}元至{hi}元之间，市场空间可观。",
    "不少维修厂老板坦言，原厂件与品牌件之间的价差正在缩小，车主的选择也更加理性。",
    "业内预计，{year}年国内{prod}市场规模有望突破{n}亿元。",
    "下一步，企业计划在{mkt}设立海外仓，缩短售后配件的交付周期。",
    "据介绍，新产线采用数字孪生技术，可实时监控每一道工序的质量数据。",
    "检测结果显示，样件各项指标均优于现行行业标准要求。",
    "分析师指出，二级市场对零部件板块的关注点正从规模增长转向盈利质量。",
    "今年一季度，{co2}的{sprod}出口订单同比增长{pct2}%，主要来自{mkt}市场。",
    "对此，有经销商建议厂家在区域内实行统一限价，避免渠道之间相互压价。",
]

ASSOC_EXTRA = [
    "协会秘书处将对各单位报送材料进行汇总，并择优推荐参加年度评选。",
    "会议强调，要进一步发挥行业组织桥梁纽带作用，服务会员企业高质量发展。",
    "会议审议通过了协会上一年度工作报告和财务报告，并增补了{n2}家理事单位。",
    "请各会员单位高度重视，认真组织相关人员按时参加。",
    "协会将根据调研情况形成专题报告，向有关主管部门反映企业诉求。",
    "与会企业代表结合自身实际，就稳订单、拓市场、降成本等话题交流了经验和做法。",
]

SUBHEADS = ["一、市场规模持续扩大", "二、技术路线加速分化", "三、出口结构不断优化", "四、企业面临的挑战",
            "五、下一步发展建议", "产能布局", "客户结构", "行业观察"]
CAPTIONS = ["图为{co}{city}工厂{prod}自动化生产线。", "{model}型{prod}产品实物图（企业供图）", "展会现场人头攒动。记者 摄",
            "会议现场。", "图为工作人员正在对{sprod}进行检测。"]
LIST_ITEMS = [
    "一是加快关键零部件核心技术攻关，支持企业建设省级以上研发平台；",
    "二是推动产业链上下游协同，鼓励整车企业优先采购本地配套产品；",
    "三是完善配件质量追溯体系，建立统一的产品编码规则；",
    "四是加强行业人才培养，支持职业院校开设汽车电子相关专业；",
    "五是引导企业拓展海外市场，做好出口合规和知识产权保护。",
]
NOTICE_ITEMS = [
    "培训时间：{year}年{pm}月中旬，为期3天（具体时间另行通知）；",
    "培训地点：{city}市（具体地点另行通知）；",
    "参加对象：会员企业质量、技术、生产管理人员；",
    "培训费用：会员单位每人1800元，非会员单位每人2200元；",
    "报名方式：请于截止日期前将报名回执发送至协会秘书处邮箱。",
]


def fill(s: str, slots: dict) -> str:
    return s.format(**slots)


def _fresh(rnd: random.Random, slots: dict) -> dict:
    """Per-sentence numbers, so one article does not repeat the same figure everywhere."""
    lo = rnd.randint(2, 40) * 50
    return {**slots, "units": rnd.randint(12, 980), "jobs": rnd.choice([300, 450, 800, 1200, 1600, 2300]),
            "pct": _num(rnd, 3.0, 46.0), "pct2": _num(rnd, 1.0, 15.0), "n": rnd.choice([20, 30, 50, 80, 120, 200]),
            "n2": rnd.randint(2, 9), "amount": _num(rnd, 1.5, 48.0), "lo": lo, "hi": lo + rnd.randint(2, 30) * 50}


def _paragraph(rnd: random.Random, pool: list[str], slots: dict, k: int) -> str:
    picks = [pool.pop(rnd.randrange(len(pool))) for _ in range(min(k, len(pool)))]
    return "".join(fill(p, _fresh(rnd, slots)) for p in picks)


def make_article(rnd: random.Random, when: dt.datetime, kind: str, size: str) -> tuple[str, list]:
    """size: 'short' (1-3 short paragraphs), 'medium', 'long' (subheads + table or list)."""
    s = Slots.draw(rnd, when)
    t = rnd.randrange(len(TITLES[kind]))
    title = fill(TITLES[kind][t], s)
    pool = list(GENERIC)
    if kind == "assoc":
        pool = ASSOC_EXTRA + [g for g in GENERIC if "{co" not in g and "公司" not in g][:10]
    rnd.shuffle(pool)
    blocks: list = [("p", fill(OPENERS[kind][t], s))]
    if size == "short":
        for _ in range(rnd.randint(0, 2)):
            blocks.append(("p", _paragraph(rnd, pool, s, 1)))
        blocks = [b for b in blocks if b[1]]
        return title, blocks
    if rnd.random() < 0.6:
        blocks.append(("img", fill(rnd.choice(CAPTIONS), s)))
    n = rnd.randint(3, 5) if size == "medium" else rnd.randint(6, 9)
    heads = list(SUBHEADS[:5]) if size == "long" and rnd.random() < 0.6 else []
    for j in range(n):
        if heads and j in (1, 3, 5):
            blocks.append(("h", heads.pop(0)))
        text = _paragraph(rnd, pool, s, rnd.randint(1, 3))
        if text:
            blocks.append(("p", text))
        if size == "long" and j == 2:
            if kind in ("data", "finance", "expo") or (kind not in ("policy", "assoc") and rnd.random() < 0.5):
                blocks.append(("table", _table(rnd, s, when)))
            else:
                items = NOTICE_ITEMS if kind == "assoc" else LIST_ITEMS
                blocks.append(("ul", [fill(x, s) for x in items[: rnd.randint(3, 5)]]))
        if size == "long" and j == 4 and rnd.random() < 0.5:
            blocks.append(("img", fill(rnd.choice(CAPTIONS), s)))
    return title, blocks


def _table(rnd: random.Random, s: dict, when: dt.datetime) -> list[list[str]]:
    if rnd.random() < 0.5:
        rows = [["月份", "产量（万套）", "同比增长"]]
        for k in range(4):
            m = (when.month - 5 + k) % 12 + 1
            rows.append([f"{m}月", _num(rnd, 20, 180), f"{_num(rnd, -8, 35)}%"])
        return rows
    rows = [["企业", "主要产品", "营业收入（亿元）"]]
    for co, _ in rnd.sample(COMPANIES, 4):
        rows.append([co, rnd.choice(PRODUCTS), _num(rnd, 5, 260)])
    return rows


def paragraphs(blocks: list) -> list[str]:
    out: list[str] = []
    for b in blocks:
        if b[0] in ("p", "h"):
            out.append(b[1])
        elif b[0] == "table":
            out.extend("\t".join(row) for row in b[1])
        elif b[0] == "ul":
            out.extend(b[1])
    return out


COMMENTS = ["分析得很到位，国产替代确实是大趋势。", "价格战什么时候是个头啊", "我们厂也在做这个产品，竞争太激烈了",
            "期待后续报道", "数据来源能再详细一点吗？", "支持国产零部件！", "售后市场确实难做，利润越来越薄。",
            "这个项目离我们那儿不远，招工待遇怎么样？"]
NICKS = ["汽配老张", "制动小王子", "十堰打工人", "用户8823415", "轴承人", "新能源观察员", "维修厂李师傅", "Auto_Kevin"]
EDITORS = ["刘畅", "陈思远", "杨帆", "何晓", "许静", "沈一鸣", "邓婕", "冯磊"]
AUTHORS = ["王嘉", "李昊然", "周婷", "孙哲", "吴雨桐", "钱程", "郑思琪", "冯浩", "韩笑", "唐宁"]
SOURCES = ["中国汽车报", "汽车零部件杂志", "经济参考报", "中国汽车工业协会", "证券时报", "每日经济新闻",
           "第一财经", "新华社", "汽车商业评论"]

"""Invented Chinese auto-industry text for held-out zoo O (stdlib only, deterministic).

The machinery is zoo N's (``Ctx``, ``paragraphs``, a sentence pool, ``gen_blocks``); **every word list and sentence
is new**: a fictitious province (沧澜省) and its cities, companies (some listed, with invented stock codes), parts,
car makers and models, given names, media, and the texts of the zoo O families: a financial portal's auto channel
(fin_portal), a car-review site with multi-page reviews (car_review), a university news site on a VSB-like system
(vsb_university) and a video news site (video_news).

Blocks (what the families render):
  ("p", text)              a paragraph
  ("h", text)              a sub-heading inside the text
  ("img", src, caption)    a picture, caption may be None (captions are NOT article text)
  ("table", rows)          rows of cells, first row is the header
  ("ul", items) / ("ol", items)

``paragraphs(blocks)`` gives the truth text blocks: table rows as cells joined by TAB, one item per list entry.
All Chinese text encodes in GBK (the financial portal writes GBK bytes).
"""

from __future__ import annotations

import random

PROVINCE = "沧澜省"
PROV_SHORT = "沧澜"
CITIES = ["沧城", "澜州", "霁阳", "璐港", "汀溪", "杳川", "柯湾", "蔚原", "棠渡", "芷陵", "筠山", "渌水"]
COMPANIES = ["沧城瑞丰活塞", "澜州恒拓转向", "霁阳金鼎铸造", "璐港星辉汽车玻璃", "汀溪博远电机", "杳川天衡悬架",
             "柯湾中岳轮毂", "蔚原宏图座椅", "棠渡锐驰电控", "芷陵安泰排气", "筠山德润橡塑", "渌水华擎动力"]
# listed companies: (short name, stock code, exchange prefix)
LISTED = [("瑞丰活塞", "603817", "sh"), ("恒拓转向", "002964", "sz"), ("金鼎铸造", "601366", "sh"), ("星辉玻璃", "300872", "sz"),
          ("博远电机", "688215", "sh"), ("天衡悬架", "002718", "sz"), ("中岳轮毂", "603593", "sh"), ("宏图座椅", "301152", "sz")]
PRODUCTS = ["活塞环", "电动转向机", "铝合金轮毂", "座椅骨架", "驱动电机", "空气悬架", "排气歧管", "挡风玻璃", "电控单元",
            "橡胶衬套", "缸体铸件", "热泵空调", "域控制器", "激光雷达", "一体化压铸件", "制动卡钳"]
MAKERS = ["沧澜汽车", "霁阳新能源", "璐港客车", "澜州重汽"]
MODELS = ["澜影S5", "霁风L7", "璐行EV", "汀悦Pro", "杳光X6", "沧海GT", "蔚来者M3", "棠影C"]
SURNAMES = "韦卞邵舒巫苗柏窦章费房裴缪阮宁乔屈池储邢瞿庞"
GIVEN = ["一帆", "嘉禾", "明远", "子衿", "沐阳", "语桐", "逸飞", "静姝", "博文", "映雪", "朗清", "念慈", "维桢", "雨萌",
         "承泽", "晨曦", "定远", "芳菲", "启航", "若兰"]
GBK_ONLY_GIVEN = ["喆", "堃", "玥", "昇", "赟", "琇", "珺", "祎", "瑄"]  # all in GBK, none in GB2312
MEDIA = ["沧澜日报", "澜州晚报", "霁阳广播电视台", "沧澜经济导报", "汽车工业周刊", "新能源车观察", "中部商报"]


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
        st = rnd.choice(LISTED)
        self.fixed = {"co": cos[0], "co2": cos[1], "city": cities[0], "city2": cities[1], "pr": prs[0], "pr2": prs[1],
                      "model": models[0], "model2": models[1], "maker": rnd.choice(MAKERS), "stock": st[0], "code": st[1],
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
        rows = [["指标", "本期", "上年同期", "变动"]]
        for lab in r.sample(["营业收入（亿元）", "净利润（亿元）", "毛利率", "研发费用（亿元）", "海外收入占比", "经营现金流（亿元）"], r.randint(3, 5)):
            rows.append([lab, f"{r.randint(1, 60)}.{r.randint(10, 99)}", f"{r.randint(1, 60)}.{r.randint(10, 99)}", f"{r.choice('+-')}{r.randint(1, 40)}.{r.randint(0, 9)}%"])
        extra = [("p", "主要数据如下："), ("table", rows)]
    else:
        extra = [("p", "从具体举措看，主要包括："),
                 ("ul", [ctx.fill(t) for t in r.sample(["新建{pr}产线{k}条", "自动化率提升至{p3}%", "新增定点项目{n}个",
                                                         "单车配套价值提高{pct}%", "海外客户数量达到{n}家", "研发人员占比提高到{p2}%"],
                                                        r.randint(3, 4))])]
    at = r.randint(3, len(body) - 2)
    body[at:at] = extra
    body.insert(1, img())
    return body


# ---------------------------------------------------------------- financial portal, auto channel (fin_portal)
FP_SITE = "沧澜财经网"
FP_MEDIA = ["沧澜证券报", "澜海金融时报", "中部证券导刊", "霁阳商报"]  # newspapers credited as 来源
FP_TITLES = {
    "cyzx": ["前{mo}月汽车零部件板块营收同比增长{pct}%", "{pr}赛道升温 多家上市公司加码布局", "汽车零部件出口保持高景气 {pr}订单饱满",
             "机构密集调研{pr}企业 关注海外产能", "新能源车渗透率提升带动{pr}需求", "{city}汽车产业基金完成首期募资{x}亿元",
             "汽配板块三季报前瞻：{k}家公司预喜", "一体化压铸加速落地 产业链迎来新机遇", "{maker}供应链本地化率提升至{p3}%",
             "汽车智能化驱动{pr}量价齐升", "零部件企业出海设厂进入密集期", "{pr}价格战缓和 行业利润率修复",
             "汽车以旧换新政策加码 后市场板块受关注", "北向资金连续{k}日增持汽配股", "{pr}国产替代进程加快",
             "{city}获批国家级汽车零部件出口基地", "券商：{pr}环节有望迎来业绩拐点", "汽车芯片供应趋稳 零部件排产回升",
             "{maker}前三季度销量同比增长{pct}%", "汽配企业密集发布回购计划"],
    "gsgg": ["{stock}：拟投资{x}亿元建设{pr}项目", "{stock}：前三季度净利润同比增长{pct}%", "{stock}：获得{maker}{pr}定点",
             "{stock}：控股股东拟减持不超过{p2}%股份", "{stock}：拟回购{x}亿元股份", "{stock}：子公司通过高新技术企业认定",
             "{stock}：签订{x}亿元{pr}供货合同", "{stock}：董事会审议通过定增预案", "{stock}：预计前三季度净利润增长{pct}%至{p3}%",
             "{stock}：墨西哥工厂正式投产", "{stock}：收到政府补助{n3}万元", "{stock}：股东大会审议通过分红方案",
             "{stock}：拟发行可转债募资{x}亿元", "{stock}：副总经理辞职", "{stock}：设立全资子公司"],
    "kx": ["{stock}：{pr}新产线投产", "{city}出台新能源汽车消费补贴", "{maker}{mo}月销量同比增长{pct}%", "{stock}获{maker}定点",
           "汽车零部件板块午后拉升", "{stock}涨停", "{pr}龙头获机构调研", "{stock}：与{co2}签署战略协议",
           "汽车板块持续走强 {stock}涨超{p2}%", "{city}新能源汽车产业园开工", "{stock}：中标{x}亿元项目", "乘联会：{mo}月新能源车零售渗透率{p3}%",
           "{stock}盘中创年内新高", "{maker}发布{model}预售价"],
}
FP_OPEN = ["{date}，", "{date}晚间，", "{date}早间，", "近日，", "记者注意到，", "据统计，"]
FP_MID = [
    "{stock}（{code}）公告称，公司拟使用自有资金及自筹资金{x}亿元，在{city}建设年产{n3}万套{pr}项目。",
    "Wind数据显示，年初以来汽车零部件指数累计上涨{pct}%，跑赢沪深300指数。",
    "公司表示，本次项目有利于完善产能布局，提升在新能源领域的市场份额。",
    "截至发稿，{stock}报{w}元，涨{p2}.{k}%，总市值{n3}亿元。",
    "分析人士认为，整车降价压力向上游传导，零部件企业盈利分化将进一步加剧。",
    "从机构持仓看，二季度末共有{n}只公募基金重仓{stock}。",
    "公司三季度单季实现营业收入{x}亿元，同比增长{pct}%，环比增长{p2}%。",
    "有券商研报指出，{pr}单车价值量有望提升至{n3}0元以上。",
    "业内人士表示，海外订单增长主要来自欧洲和东南亚市场。",
    "公告显示，该定点项目生命周期为{k}年，预计总金额约{x}亿元。",
    "据了解，{co}已进入{maker}、{co2}等客户的供应链体系。",
    "对此，公司董秘在投资者互动平台表示，目前生产经营一切正常。",
    "数据显示，{mo}月全国汽车产销分别完成{n3}万辆和{n3}万辆。",
    "市场人士提示，短期板块涨幅较大，需关注业绩兑现情况。",
]
FP_CLOSE = ["（文中观点仅供参考，不构成投资建议。）", "后续进展本报将持续关注。", "公司股价当日收涨{p2}.{k}%。", "投资者需注意相关风险。"]
FP_HEADS = ["订单充足", "产能扩张", "机构观点", "风险提示"]
FP_CAPTIONS = ["{co}生产车间", "{pr}产品", "公司厂区外景"]
FP_KX_MID = ["{stock}公告，公司{pr}新产线已于近日投产，达产后年产能{n3}万套。", "{maker}公布数据，{mo}月共销售新车{n3}00辆，同比增长{pct}%。",
             "汽车零部件板块午后异动拉升，{stock}、{co2}等多股涨超{p2}%。", "据{city}市商务局消息，即日起发放新能源汽车消费券，单车最高补贴{n}00元。",
             "{stock}公告，公司收到{maker}定点通知，将为其供应{pr}，生命周期总金额约{x}亿元。"]

# ---------------------------------------------------------------- car-review site (car_review)
CR_SITE = "澜车网"
CR_SECTIONS = ["外观设计", "内饰空间", "动力与操控", "智能配置", "续航与补能", "安全配置", "购买建议"]
CR_TITLES = {
    "pingce": ["试驾{model}：{pr}加持的家用新选择", "深度评测{model}：{k}个维度全面解析", "{model}长测报告：{n3}00公里用车感受",
               "实测{model}续航与能耗", "{model}对比{model2}：同级谁更值得买", "静态体验{model}新款车型", "{model}赛道体验：底盘调校如何",
               "冬季测试{model}：低温续航表现", "{model}智能驾驶实测", "{model}拆解：看{pr}用料", "{model}四驱版越野体验", "{model}城市通勤实测"],
    "daogou": ["{model}购车手册：推荐中配车型", "{n}万预算买什么车？这几款值得考虑", "{model}哪款配置最值得买", "家用SUV怎么选：看这几点",
               "新能源车选购指南：续航与补能", "{model}与{model2}怎么选", "首次购车要注意的{k}个细节", "{model}全系配置解析",
               "{n}万级纯电轿车推荐", "{model}落地价参考与选配建议", "二胎家庭选车：大空间车型推荐", "{model}改款前后对比"],
    "xinwen": ["{model}正式上市 售价{w}万元起", "{maker}发布全新平台", "{model}申报图曝光", "{maker}{mo}月销量公布",
               "{model}开启预售", "{maker}新工厂在{city}投产", "{model}官方图发布", "{model}将于{mo}月上市", "{maker}与{co}合作开发{pr}",
               "{model}新增入门版车型", "{maker}发布{year}款车型", "{model}召回部分车辆", "{city}车展开幕 新车亮点一览", "{model}推出限时优惠",
               "{maker}公布新能源战略", "{model}海外版亮相"],
}
CR_OPEN = ["", "日前，", "本期，我们", "{date}，", "作为{maker}的重要车型，"]
CR_MID = [
    "{model}的前脸采用封闭式格栅设计，贯穿式日间行车灯让整车显得更加修长。",
    "车身尺寸方面，新车车长为4{n3}mm，轴距达到2{n3}mm。",
    "进入车内，{model}采用了双联屏设计，中控屏尺寸为{n}.{k}英寸，菜单逻辑清晰。",
    "后排空间表现不错，身高175cm的体验者坐下后腿部还有约两拳的余量。",
    "动力方面，新车搭载一台最大功率{n3}kW的驱动电机，官方百公里加速时间为{k}.{p2}秒。",
    "实际驾驶中，{model}的起步响应比较线性，中段加速也足够有力。",
    "底盘采用前麦弗逊、后多连杆独立悬架，过减速带时滤震表现比较干脆。",
    "在本次测试中，我们以城市道路为主，平均能耗为每百公里{k}.{p2}kWh。",
    "智能配置方面，新车支持高速领航辅助和自动泊车，实际体验中接管次数不多。",
    "不足之处在于，车机偶尔出现反应迟缓的情况，后排中央地板也有一定隆起。",
    "从配置来看，中配车型已经具备了座椅加热、360度全景影像等实用功能。",
    "在同级别车型中，{model}的价格具有一定优势，但品牌力仍有待提升。",
    "据{maker}官方介绍，{model}的{pr}由{co}供应，这也是其首次配套该品牌。",
    "快充方面，电量从30%充至80%实测用时{n}分钟，与官方数据基本一致。",
]
CR_CLOSE = ["总的来说，{model}是一款均衡的家用车型。", "如果你对这款车感兴趣，不妨到店亲自试驾。", "以上就是本次评测的全部内容。",
            "我们将持续关注这款车的后续表现。"]
CR_HEADS = ["编辑点评", "优点与不足", "竞品对比"]
CR_CAPTIONS = ["{model}前45度", "{model}内饰", "{model}尾部", "{model}后排空间", "{model}中控屏"]
CR_AUTHORS_SELF = ["澜车网编辑部"]

# ---------------------------------------------------------------- university news (vsb_university)
UV_SCHOOL = "沧澜理工大学"
UV_SITE = "沧澜理工大学新闻网"
UV_UNITS = ["党委宣传部", "车辆工程学院", "材料科学与工程学院", "机械工程学院", "电气与信息工程学院", "科学技术研究院", "研究生院", "国际交流处"]
UV_TITLES = {
    "xxyw": ["学校召开{year}年科技工作大会", "学校与{maker}签署校企合作协议", "我校获批省级新能源汽车工程研究中心", "学校举行{year}级研究生开学典礼",
             "校长{person}带队赴{city}调研校企合作", "学校与{co}共建联合实验室", "我校{k}项成果获省科技进步奖", "学校召开学科建设推进会",
             "我校在全国大学生方程式汽车大赛中获佳绩", "学校举行{year}年秋季学期教学工作会议", "省教育厅专家组来校开展评估", "我校入选国家级一流本科专业建设点",
             "学校与{city}人民政府签署战略合作协议", "学校召开安全稳定工作会议", "我校团队研发的{pr}样件通过验证"],
    "xydt": ["车辆工程学院举办智能网联汽车学术报告会", "材料学院师生赴{co}开展实践教学", "机械学院召开{year}届毕业生就业推进会", "车辆学院举行新生入学教育",
             "电气学院举办{pr}技术讲座", "车辆学院与{co}举行实习基地揭牌仪式", "材料学院举办轻量化材料学术沙龙", "机械学院开展实验室安全检查",
             "车辆学院学生获节能减排大赛一等奖", "电气学院召开教师发展研讨会", "车辆学院举办校友返校座谈会", "材料学院邀请{person}教授作报告",
             "机械学院举行{year}年学术年会", "车辆学院党支部开展主题党日活动", "电气学院组织学生参观{maker}工厂", "车辆学院召开研究生培养工作会"],
    "mtjj": ["{media}：沧澜理工大学校企合作培养汽车人才", "{media}：一所地方高校的新能源汽车研究之路", "{media}：高校科研团队攻关{pr}关键技术",
             "{media}：沧澜理工学子在方程式大赛中夺冠", "{media}：产学研融合助力{city}汽车产业", "{media}：沧澜理工大学成果转化提速",
             "{media}：让实验室成果走进生产线", "{media}：高校与车企共建人才培养基地", "{media}：沧澜理工大学新能源汽车研究院揭牌"],
}
UV_OPEN = ["{date}，", "{date}上午，", "{date}下午，", "近日，", "为深入推进校企合作，"]
UV_MID = [
    "校党委书记{person}出席会议并讲话，副校长主持会议。",
    "{person}指出，要坚持面向产业需求，推动科研成果转化落地。",
    "会上，相关学院负责人汇报了学科建设和人才培养情况。",
    "根据协议，双方将在{pr}研发、人才培养和实验平台建设等方面开展合作。",
    "该团队近三年承担国家和省部级项目{n}项，发表高水平论文{n}篇。",
    "报告会上，{person}围绕{pr}的发展趋势作了专题报告，现场互动热烈。",
    "本次活动共吸引师生{n3}余人参加，取得了良好效果。",
    "与会专家一致认为，该成果在{pr}轻量化设计方面具有创新性。",
    "学院将以此为契机，进一步完善实践教学体系，提升学生工程实践能力。",
    "据悉，学校已与{n}家汽车及零部件企业建立了长期合作关系。",
    "学生们在企业工程师的带领下参观了{pr}生产线和检测中心。",
    "此次获奖是学校在该赛事中取得的历史最好成绩。",
]
UV_CLOSE = ["学校相关职能部门负责人参加会议。", "活动取得圆满成功。", "会议还部署了下一阶段重点工作。", "下一步，学校将继续深化产教融合。"]
UV_HEADS = ["聚焦产业需求", "深化产教融合", "强化平台建设"]
UV_CAPTIONS = ["会议现场", "签约仪式", "合影留念", "学生参观生产线", "报告会现场"]
UV_DOWNLOADS = ["{year}-{year1}学年校历", "科研项目经费管理办法（修订）", "研究生学位论文格式规范", "教职工因公出国（境）申报表", "实验室安全手册"]

# ---------------------------------------------------------------- video news (video_news)
VN_SITE = "澜视网"
VN_STATION = "沧澜广播电视总台"
VN_SOURCES_EXT = ["沧澜卫视", "沧澜经济广播", "沧澜日报", "霁阳广播电视台"]
VN_PROGRAMS = ["汽车观察", "经济直播间", "沧澜新闻联播"]
VN_TITLES = {
    "qcgc": ["探访{city}{pr}工厂：智能产线如何运转", "{model}实车体验：座舱有哪些变化", "新能源车冬季续航怎么保", "{pr}背后的技术攻关",
             "记者体验一体化压铸车间", "{maker}新车下线直击", "二手新能源车怎么估值", "{city}汽配城里的新变化", "一辆车有多少个{pr}",
             "走进{co}检测中心", "{model}碰撞测试现场", "充电桩进小区难在哪", "车企出海：{maker}的海外工厂", "{pr}国产化的{k}年",
             "汽车维修工的一天", "智能驾驶路测直击", "车展现场：{k}款新车抢先看"],
    "xw": ["{city}新能源汽车产量增长{pct}%", "{maker}{mo}月销量创新高", "{prov}出台汽车消费新政", "{city}汽车产业园开工建设", "汽车零部件出口保持增长",
           "{city}举办汽车产业链对接会", "{maker}与{co}签约", "{city}新增充电桩{n3}0个", "汽车以旧换新补贴申领启动", "{co}新基地投产",
           "{prov}汽车产业人才招聘会举行", "{city}开展汽车市场质量抽查", "{model}在{city}下线", "{prov}汽车出口前{mo}月增长{pct}%"],
    "cj": ["{pr}产业链调查：订单排到明年", "汽车零部件企业加速出海", "{city}汽车产业集群观察", "新能源车降价潮下的供应链", "{prov}汽车产业三季度运行分析",
           "零部件企业如何应对原材料涨价", "{co}：从小作坊到行业龙头", "汽车后市场的数字化转型", "换电模式在{city}的探索", "{pr}赛道竞争加剧",
           "整车厂与供应商关系生变", "{city}打造汽车零部件产业新高地"],
}
VN_OPEN = ["{date}，", "今天（{date}），", "记者从{city}市工信局了解到，", "近日，"]
VN_OPEN_VIDEO = ["", "澜视网消息（{prog}）：", "澜视网消息：", ""]
VN_MID = [
    "在{co}的生产车间里，{n}台机器人正在有序作业，每{k}十秒就有一件{pr}下线。",
    "记者了解到，今年前{mo}个月，{city}新能源汽车产量达到{n3}00辆，同比增长{pct}%。",
    "{co}负责人{person}告诉记者，企业的订单已经排到了明年一季度。",
    "专家表示，汽车零部件企业出海，不仅要走出去，更要走进去、走上去。",
    "在{city}的一家汽配城，不少商户开始通过直播带货销售{pr}。",
    "据介绍，该项目总投资{x}亿元，建成后年产{pr}{n3}万套。",
    "业内人士分析，随着智能化水平提升，单车的电子零部件价值量持续增加。",
    "{prov}商务厅有关负责人表示，将继续优化汽车消费环境，释放消费潜力。",
    "数据显示，三季度{prov}汽车零部件出口额{x}亿元，同比增长{p2}%。",
    "在检测中心，技术人员对{pr}进行了高低温和耐久试验。",
    "不少车主反映，冬季低温环境下续航里程会有明显下降。",
    "目前，{city}已聚集汽车零部件企业{n3}家，形成了较为完整的产业链。",
]
VN_CLOSE = ["（总台记者 {person}）", "下一步，当地还将继续推动产业链上下游协同发展。", "这也为行业发展提供了新的思路。", "更多详细内容请收看视频。"]
VN_HEADS = ["订单饱满", "技术攻关", "走向海外"]
VN_CAPTIONS = ["{co}生产车间", "{pr}检测现场", "{city}汽车产业园"]

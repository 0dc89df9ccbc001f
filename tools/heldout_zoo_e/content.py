"""Invented Chinese auto-industry text for the held-out zoo E (stdlib only, deterministic).

Zoo D's generator, unchanged, plus the blog, parts-knowledge and comment texts of zoo E at the end.

Blocks (what the families render):
  ("p", text)              a paragraph (may hold the marker "[^n]" for a footnote reference)
  ("h", text)              a sub-heading inside the text
  ("img", src, caption)    a picture, caption may be None (captions are NOT article text)
  ("table", rows)          rows of cells, first row is the header
  ("ul", items) / ("ol", items)
  ("code", lang, lines)    a code block (hugo only)
  ("quote", text)          a block quote
  ("footnotes", [texts])   the footnote list (hugo only)

``paragraphs(blocks)`` gives the truth text blocks: table rows as cells joined by TAB, one item
per list entry, one line per code line, footnote markers shown as their number.
"""

from __future__ import annotations

import random
import re

COMPANIES = ["恒驰汽配", "华岳精工", "瑞丰制动", "科锐汽车电子", "东岭传动", "博涛密封件", "嘉和轮毂", "远航热管理",
             "奥创电驱", "金泰轴承", "联拓线束", "精工滤清器", "天衡悬架", "明阳车灯", "盛达铸造", "新拓转向",
             "宏屹橡塑", "安捷座椅", "凯航涡轮", "晟通电池"]
CITIES = ["宁波", "台州", "十堰", "柳州", "芜湖", "长春", "重庆", "广州", "苏州", "瑞安", "襄阳", "烟台", "佛山",
          "合肥", "天津", "武汉", "常州", "温州"]
PRODUCTS = ["制动卡钳", "刹车片", "电子水泵", "热管理模块", "转向节", "轮毂轴承", "雨刮电机", "空气悬架", "线束总成",
            "车灯模组", "减震器", "涡轮增压器", "燃油滤清器", "电驱总成", "铝合金副车架", "座椅骨架", "门锁执行器",
            "毫米波雷达", "域控制器", "动力电池包", "空调压缩机", "离合器总成"]
MODELS = ["凌峰L6", "驰睿E3", "星拓X9", "远航S7", "云逸M5", "锐途T8", "翔宇V6", "蓝驰C3", "北辰G7", "启远K5"]
PART_CODES = ["HX-200", "RT-7", "BK-36A", "ZF-12", "EWP-40", "TMS-3", "AL-550", "SD-18", "KR-9", "LX-220"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
GIVEN = ["伟", "芳", "敏", "静", "磊", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华",
         "晓东", "海燕", "志强", "文博", "思远", "雨晴", "子涵", "宇航", "春雷", "立新", "国栋", "晨曦"]
SOURCES = ["汽配产业报", "零部件商情", "华东汽配周刊", "车市观察", "汽车后市场导报", "汽车工业通讯", "中部汽配网",
           "新能源车情报"]


def person(rnd: random.Random, rare: bool = False) -> str:
    given = rnd.choice(["喆", "镕", "堃", "昇", "珺"]) if rare else rnd.choice(GIVEN)
    return rnd.choice(SURNAMES) + given


NEWS_TITLES = [
    "{co}{city}基地{pr}项目正式投产",
    "{mo}月{pr}出口额同比增长{pct}%",
    "{co}发布新一代{pr}，适配{model}等车型",
    "{city}汽配城商户转型观察：从批发走向线上",
    "{co}与{co2}签署{pr}战略合作协议",
    "售后市场{pr}价格上涨{pct}%，经销商压力几何",
    "{year}年{pr}行业发展报告发布",
    "{co}获{model}{pr}定点，生命周期总额约{n}亿元",
    "新能源车型带动{pr}需求，{city}企业订单排至{m2}月",
    "{city}举办第{k}届汽车零部件博览会 {n3}家企业参展",
    "{co}一季度营收{x}亿元 同比增长{pct}%",
    "业内人士解读：{pr}国产替代进入加速期",
    "{co}{code}型{pr}通过主机厂台架试验",
    "{city}出台汽车零部件产业扶持政策，最高奖励{n}00万元",
    "{pr}库存走高，{city}部分经销商开始降价清仓",
    "{co}投资{n}亿元建设{pr}智能工厂",
    "{model}上市在即，{co}配套{pr}进入量产阶段",
    "汽配电商平台{mo}月成交额破{n}亿元",
    "{co}董事长{person}：{pr}企业要练好内功",
    "{city}海关：前{mo}个月{pr}出口{n3}万件",
]

OPENERS = [
    "{date}，{co}在{city}举行{pr}项目投产仪式，标志着该公司在{pr}领域的布局迈出关键一步。",
    "记者{date}从{co}获悉，公司新一代{code}型{pr}已完成全部验证试验，将于下月起批量供货。",
    "据{city}市商务部门最新统计，今年以来当地{pr}出口保持较快增长，{mo}月单月出口额达到{x}亿元。",
    "近日，{co}与{co2}在{city}签署合作协议，双方将在{pr}研发、制造和售后服务等方面展开深度合作。",
    "{date}，第{k}届{city}国际汽车零部件博览会开幕，来自国内外的{n3}余家企业携最新产品亮相。",
    "受上游原材料价格波动影响，近期售后市场{pr}价格出现明显上涨，部分型号涨幅超过{pct}%。",
]
MIDDLES = [
    "该项目总投资约{x}亿元，建成后可形成年产{n3}万套{pr}的生产能力。",
    "公司相关负责人介绍，产品主要配套{model}、{model2}等车型，目前已获得多家主机厂定点。",
    "与上一代产品相比，新产品重量降低{pct}%，响应时间缩短至{ms}毫秒，综合成本下降约{p2}%。",
    "业内人士分析认为，随着新能源汽车渗透率持续提升，{pr}的单车价值量有望进一步提高。",
    "{person}表示，企业将继续加大研发投入，今年研发费用占营业收入的比重预计不低于{p2}%。",
    "从区域分布看，{city}、{city2}两地企业的出货量合计占全国总量的近{pct}%。",
    "数据显示，今年前{mo}个月，国内{pr}市场规模约为{x}亿元，同比增长{pct}%。",
    "在{city}汽配城，不少商户反映今年上半年客流量有所回落，线上订单占比已提升至{pct}%左右。",
    "为保障交付，工厂已开启两班倒生产模式，{code}产线的自动化率达到{p3}%。",
    "该公司同时透露，海外市场订单占比已由去年的{p2}%提升至{pct}%，主要销往东南亚和中东地区。",
    "{co2}方面表示，此次合作有助于缩短产品开发周期，预计新项目开发周期可缩短{m2}个月。",
    "不过，也有经销商担心，价格持续上涨可能会抑制终端维修需求，进而影响全年销量。",
    "据了解，{pr}的核心零部件过去长期依赖进口，目前国产化率已提升到{p3}%以上。",
    "本届展会设置了新能源、智能网联、后市场服务等{k}大展区，展览面积超过{n3}0平方米。",
    "{person}认为，行业竞争正从单纯的价格竞争转向技术、质量和服务的综合比拼。",
    "按照规划，项目二期将于{year2}年启动，届时总产能将翻一番。",
]
CLOSERS = [
    "下一步，{co}计划在{city2}设立研发中心，重点攻关{pr}轻量化和智能化技术。",
    "业内预计，未来三年{pr}市场仍将保持{p2}%以上的年均增速。",
    "对于后市走势，多数受访经销商持谨慎乐观态度。",
    "{city}相关部门表示，将继续优化营商环境，支持汽车零部件企业做大做强。",
]
SUBHEADS = ["一、市场概况", "二、企业动态", "三、技术趋势", "四、后市展望", "产能布局", "订单情况", "专家观点",
            "经销商声音"]
LIST_LEADS = ["本次发布的主要亮点包括：", "据介绍，该项目将分三个阶段推进：", "业内人士总结了当前市场的几个特点："]
LIST_ITEMS = ["产品重量降低{pct}%，满足主机厂轻量化要求", "关键工序实现全自动检测，不良率控制在{ms}PPM以内",
              "首批产品将配套{model}车型", "建设{pr}数字化车间，引入{n3}台工业机器人", "完善售后服务网络，覆盖{n3}个县市",
              "新能源车型配套比例超过{pct}%", "出口订单同比增长{p2}%", "与{co2}联合开发下一代产品",
              "原材料成本上涨压缩利润空间", "线上渠道占比持续提升"]
CAPTIONS = ["图为{co}{city}工厂{pr}生产线。", "{co}展台吸引众多采购商驻足。", "图为{code}型{pr}产品。",
            "（{co}供图）", "{city}汽配城一角。"]


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
        rows = [["企业", f"{ctx.fixed['pr']}出货量（万套）", "同比增速", "主要配套车型"]]
        for co in r.sample(COMPANIES, r.randint(3, 5)):
            rows.append([co, str(r.randint(12, 480)), f"{r.randint(-12, 45)}%", r.choice(MODELS)])
        extra.append(("p", f"下表为今年前{ctx.fixed['mo']}个月部分企业{ctx.fixed['pr']}出货情况："))
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


# ---------------------------------------------------------------- tech blog (hugo family)
TECH_TOPICS = [("ECU", "ecu"), ("CAN 总线", "can-bus"), ("LIN 总线", "lin-bus"), ("AUTOSAR", "autosar"),
               ("BMS 电池管理系统", "bms"), ("OTA 升级", "ota"), ("域控制器", "domain-controller"),
               ("车载以太网", "automotive-ethernet"), ("UDS 诊断", "uds"), ("ISO 26262 功能安全", "iso26262"),
               ("毫米波雷达", "mmwave-radar"), ("电机控制器", "motor-controller"), ("T-Box", "tbox"),
               ("CAN FD", "can-fd"), ("Bootloader", "bootloader"), ("SOME/IP", "someip")]
TECH_PATTERNS = [("{t}是如何工作的", "how-{s}-works"), ("{t}入门笔记", "{s}-notes"), ("从零理解{t}", "{s}-from-scratch"),
                 ("{t}调试踩坑记录", "{s}-debugging"), ("{t}常见故障排查", "{s}-troubleshooting"),
                 ("聊聊{t}的设计取舍", "{s}-tradeoffs"), ("{t}学习路线整理", "{s}-xuexi-luxian")]
TECH_SENT = [
    "{t}在整车电子电气架构中承担着关键角色，理解它的工作方式是做好开发和测试的前提。",
    "很多刚入行的同学会把{t}和传统的分布式 ECU 混为一谈，其实两者在软件分层上差别很大。",
    "以一台典型的新能源车为例，车上大约有 {n} 个控制器通过网关互联，总线负载率一般控制在 {p}% 以内。",
    "在实际项目里，我们遇到的问题大多不在协议本身，而在于时序和边界条件没有考虑清楚。",
    "调试时建议先用示波器确认物理层波形，再用上位机抓取报文，最后才去怀疑应用层逻辑。",
    "标准里对这一点的描述比较简略，不同供应商的实现存在细微差异，这也是联调时最容易踩坑的地方。",
    "如果你手头没有真实的台架，也可以先用 Linux 下的虚拟 CAN 接口把流程跑通。",
    "从成本角度看，{t}方案可以减少约 {p}% 的线束长度，这对整车减重也有帮助。",
    "需要注意的是，采样点一般设置在位时间的 {p}% 左右，设置不当会导致偶发的错误帧。",
    "下面结合我在项目中的经历，分几个部分整理一下{t}的要点。",
    "这部分内容参考了供应商提供的开发手册，并在 {v} 版本的工具链上验证过。",
    "总的来说，{t}并没有想象中那么神秘，关键是多动手、多抓包、多看规范原文。",
]
TECH_HEADS = ["基本概念", "硬件组成", "报文结构", "软件分层", "开发环境搭建", "调试方法", "常见问题", "小结"]
CODE_SNIPPETS = [
    ("c", ["typedef struct {", "    uint32_t id;", "    uint8_t  dlc;", "    uint8_t  data[8];", "} CanFrame;", "",
           "void Can_Send(const CanFrame *frame);"]),
    ("python", ["import can", "", "bus = can.interface.Bus(channel=\"vcan0\", interface=\"socketcan\")",
                "msg = can.Message(arbitration_id=0x123, data=[0x11, 0x22, 0x33], is_extended_id=False)",
                "bus.send(msg)"]),
    ("bash", ["sudo modprobe vcan", "sudo ip link add dev vcan0 type vcan", "sudo ip link set up vcan0",
              "candump vcan0"]),
    ("c", ["if (Dcm_GetSesCtrlType() != DCM_EXTENDED_SESSION) {", "    return E_NOT_OK;", "}",
           "Dcm_ProcessRequest(&msgContext);"]),
]
FOOTNOTES = ["参见 ISO 11898-1:2015 第 10 章。", "数据来自作者所在团队的台架测试，仅供参考。",
             "不同主机厂对这一参数的要求并不完全一致。", "该工具的社区版即可满足本文的实验需求。"]


def tech_blocks(rnd: random.Random, topic: str, kind: str) -> list[tuple]:
    def fill(tpl: str) -> str:
        return tpl.format(t=topic, n=rnd.randint(30, 120), p=rnd.randint(20, 87), v=f"{rnd.randint(2, 5)}.{rnd.randint(0, 9)}")

    pool: list[str] = []

    def para() -> str:
        out = []
        for _ in range(rnd.randint(2, 3)):
            if not pool:
                pool.extend(rnd.sample(TECH_SENT, len(TECH_SENT)))
            out.append(fill(pool.pop()))
        return "".join(out)

    if kind == "short":
        return [("p", para()) for _ in range(rnd.randint(1, 3))]
    blocks: list[tuple] = [("p", para())]
    heads = [*rnd.sample(TECH_HEADS[:-1], 3 if kind == "medium" else 4), "小结"]
    fn_used = 0
    for hi, h in enumerate(heads):
        blocks.append(("h", h))
        for _ in range(rnd.randint(1, 2)):
            text = para()
            if fn_used < 2 and rnd.random() < 0.3:
                fn_used += 1
                text = text[:-1] + f"[^{fn_used}]。"
            blocks.append(("p", text))
        if hi == 1 and kind == "long":
            lang, lines = rnd.choice(CODE_SNIPPETS)
            blocks.append(("code", lang, lines))
        if hi == 2 and kind == "long":
            rows = [["信号名", "起始位", "长度", "说明"]]
            for name in rnd.sample(["VehSpd", "EngSpd", "BrkPedlSts", "GearPos", "BatSOC", "MotTq"], 3):
                rows.append([name, str(rnd.randint(0, 56)), str(rnd.choice([1, 2, 8, 12, 16])), "周期 " + str(rnd.choice([10, 20, 100])) + " ms"])
            blocks.append(("table", rows))
        if hi == 0 and rnd.random() < 0.5:
            blocks.append(("img", f"/images/{rnd.randint(1000, 9999)}.png", f"图 1：{topic}示意图"))
        if hi == 1 and kind == "medium" and rnd.random() < 0.5:
            blocks.append(("ul", [fill(s)[:-1] for s in rnd.sample(TECH_SENT, 3)]))
    if fn_used:
        blocks.append(("footnotes", rnd.sample(FOOTNOTES, fn_used)))
    return blocks


FN_MARK = re.compile(r"\[\^(\d+)\]")


def paragraphs(blocks: list[tuple]) -> list[str]:
    out: list[str] = []
    for b in blocks:
        kind = b[0]
        if kind in ("p", "h", "quote"):
            out.append(FN_MARK.sub(r"\1", b[1]))
        elif kind == "table":
            out.extend("\t".join(row) for row in b[1])
        elif kind in ("ul", "ol", "footnotes"):
            out.extend(b[1])
        elif kind == "code":
            out.extend(line.strip() for line in b[2] if line.strip())
    return out


# ---------------------------------------------------------------- additions of zoo D
PRODUCT_SLUGS = {"制动卡钳": "brake-caliper", "刹车片": "brake-pads", "电子水泵": "electric-water-pump",
                 "热管理模块": "thermal-module", "转向节": "steering-knuckle", "轮毂轴承": "hub-bearing",
                 "雨刮电机": "wiper-motor", "空气悬架": "air-suspension", "线束总成": "wiring-harness",
                 "车灯模组": "lamp-module", "减震器": "shock-absorber", "涡轮增压器": "turbocharger",
                 "燃油滤清器": "fuel-filter", "电驱总成": "e-drive", "铝合金副车架": "aluminium-subframe",
                 "座椅骨架": "seat-frame", "门锁执行器": "door-lock-actuator", "毫米波雷达": "mmwave-radar",
                 "域控制器": "domain-controller", "动力电池包": "battery-pack", "空调压缩机": "ac-compressor",
                 "离合器总成": "clutch"}

COMPANY_SLUGS = dict(zip(COMPANIES, ["hengchi", "huayue", "ruifeng", "kerui", "dongling", "botao", "jiahe", "yuanhang",
                                      "aochuang", "jintai", "liantuo", "jinggong", "tianheng", "mingyang", "shengda",
                                      "xintuo", "hongyi", "anjie", "kaihang", "shengtong"], strict=True))

# association notices (drupal): (title template, slug stem)
NOTICE_TITLES = ["关于召开{year}年度会员大会的通知", "关于开展{pr}产品质量抽查工作的通知",
                 "关于举办{pr}技术标准宣贯培训班的通知", "关于征集{year}年行业优秀企业案例的通知",
                 "关于组织会员企业参加第{k}届{city}汽配展的通知", "关于发布《{pr}团体标准》征求意见稿的公告",
                 "关于{year}年度会费收缴工作的通知", "关于推荐{city}地区专家委员会委员的通知",
                 "关于公布第{k}批{pr}推荐供应商名单的公告"]
NOTICE_SENT = [
    "为进一步加强行业自律，推动{pr}产品质量提升，经协会秘书处研究，决定开展本项工作，现将有关事项通知如下。",
    "请各会员单位高度重视，指定专人负责，于{date}前将回执发送至协会秘书处邮箱。",
    "本次活动地点设在{city}国际会展中心，会期两天，食宿统一安排，费用自理。",
    "参会人员请携带单位介绍信，并提前完成线上报名，逾期将不再受理。",
    "联系人：协会秘书处{person}，联系电话：0574-8712 {n3}。",
    "特此通知。",
]

# analyst blog (ghost): (title template, slug template)
ANALYST_TITLES = [("深度｜{pr}国产替代的三个误区", "{ps}-substitution-myths"),
                  ("周报：{pr}价格指数连续{k}周上涨", "weekly-{ps}-price-index"),
                  ("{co}财报点评：毛利率回升至{pct}%", "{cs}-earnings-margin"),
                  ("{year}年{pr}行业展望：量增价减", "{ps}-outlook-{year}"),
                  ("拆解{model}：{pr}供应商都有谁", "teardown-{ps}-suppliers"),
                  ("为什么说{pr}是下一个增长点", "why-{ps}-next-growth"),
                  ("{city}产业带调研手记：{pr}篇", "field-notes-{ps}"),
                  ("数据｜前{mo}个月{pr}出口{n3}万件，结构在变", "data-{ps}-exports")]
ANALYST_SENT = [
    "先说结论：{pr}的景气度仍在上行，但行业利润正在向头部三四家企业集中。",
    "这一判断来自我们过去两个月对{city}、{city2}两地{n}家企业的走访和问卷。",
    "从订单结构看，新能源车型贡献的增量已经超过{pct}%，传统燃油车配套则基本持平。",
    "市场常把价格战理解为坏事，但在{pr}这个细分领域，降价反而加快了国产厂商的导入节奏。",
    "{co}的案例很有代表性：它用三年时间把单品成本压缩了{p2}%，同时把良率做到了{p3}%以上。",
    "需要提醒的是，原材料价格的波动仍是最大变量，铝价每上涨一成，行业毛利率大约下滑一个百分点。",
    "如果把视角拉长到五年，{pr}的竞争格局大概率会从“百家争鸣”走向“三分天下”。",
    "对于经销商而言，库存周转天数已经从去年的{n}天上升到现在的{k}0天左右，这是一个值得警惕的信号。",
    "我们维持对{co}的跟踪，但短期内不建议追高，更好的观察窗口可能在下个季度。",
    "以上观点仅代表个人研究，不构成任何投资建议。",
]
QUOTES = ["“今年的订单能见度比去年好，但价格谈得很辛苦。”一位{city}的{pr}厂商负责人这样说。",
          "“主机厂现在要的不只是便宜，而是能一起做开发的供应商。”{person}在访谈中表示。",
          "“后市场的逻辑和配套市场完全不一样，渠道比产品更重要。”"]
COMMENT_TEXTS = ["感谢协会组织，希望多举办此类活动。", "请问回执模板在哪里下载？", "我公司已报名，期待交流。",
                 "数据很有参考价值，建议定期发布。", "支持！行业需要更多这样的标准。", "会场交通是否有班车安排？",
                 "内容详实，学习了。"]


def notice_blocks(ctx: Ctx) -> list[tuple]:
    """A short association notice: 2-4 paragraphs and sometimes a numbered list."""
    r = ctx.r
    blocks = [("p", ctx.fill(NOTICE_SENT[0]))]
    if r.random() < 0.5:
        blocks.append(("ol", [ctx.fill(t) for t in r.sample(LIST_ITEMS, 3)]))
    blocks += [("p", ctx.fill(s)) for s in NOTICE_SENT[1:3]]
    if r.random() < 0.5:
        blocks.append(("p", ctx.fill(NOTICE_SENT[4])))
    return blocks


def analyst_blocks(ctx: Ctx, kind: str) -> list[tuple]:
    """An analyst post: news-like blocks with analyst sentences and a block quote."""
    r = ctx.r
    blocks = news_blocks(ctx, kind, "/content/images/2025/")
    pool = r.sample(ANALYST_SENT[:-1], len(ANALYST_SENT) - 1)
    first = "".join(ctx.fill(pool.pop()) for _ in range(2))
    blocks.insert(0, ("p", first))
    if kind != "short":
        at = r.randint(2, max(2, len(blocks) - 2))
        blocks.insert(at, ("quote", ctx.fill(r.choice(QUOTES))))
        blocks.append(("p", ANALYST_SENT[-1]))
    return blocks


# ---------------------------------------------------------------- additions of zoo E
# a personal aftermarket blog (emlog): parts knowledge and essays, first person
KNOW_TITLES = ["{pr}多久换一次？说说我的经验", "教你辨别原厂{pr}和副厂件", "{pr}异响的{k}种常见原因",
               "{pr}选购避坑指南（{year}版）", "修理厂老板为什么不爱用{co}的{pr}", "从拆件看{pr}的做工差异",
               "{pr}的价格为什么差这么多", "给新手的{pr}安装注意事项"]
ESSAY_TITLES = ["{city}汽配城闲逛记", "干汽配第{k}年，说点心里话", "春节后的第一批{pr}订单", "和{city}的老客户吃了顿饭",
                "关于“低价{pr}”的一点想法", "出差{city}随手记", "今年的生意，比想象中难一点", "一位修理厂老师傅的{k}条忠告"]
BLOG_SENT = [
    "干汽配这些年，我见过太多车主在{pr}上花冤枉钱。",
    "上周去{city}的汽配城转了一圈，整体感觉是人少了，但做线上的商户明显多了。",
    "说实话，{pr}这东西没有绝对的好坏，关键看车况和用车习惯。",
    "我们店里去年卖得最好的还是{co}的产品，返修率大概在{p2}‰左右。",
    "很多修理厂老板跟我说，现在客户进店第一句话就是问价格，然后拿手机比价。",
    "副厂件也不都是差的，有些大厂的副品牌做工甚至比原厂配套件还细致。",
    "如果你的车已经跑了{n3}00公里以上，建议每次保养都让师傅顺手检查一下{pr}。",
    "这里多说一句：买件一定要认准正规渠道，带防伪码的包装至少能过滤掉一部分假货。",
    "写到这里，想起刚入行时师傅跟我说的一句话：配件生意，做的是口碑。",
    "有朋友在评论里问我怎么看今年的行情，我的回答是：稳中有变，别盲目囤货。",
    "当然，以上只是我个人的一点经验，不一定对，欢迎大家留言交流。",
]
BLOG_COMMENTS = ["老周说得实在，收藏了。", "请问{pr}一般多少钱一套？", "我们这边行情也差不多，生意不好做。",
                 "学习了，原来还有这么多讲究。", "副厂件真的能用吗？有点担心质量。", "支持博主，期待下一篇！",
                 "上个月刚换了{pr}，师傅也是这么说的。", "能不能写一篇讲{pr}安装的？", "同感，现在客户都精明得很。"]
BLOG_REPLIES = ["谢谢支持！", "这个要看车型，可以私信我。", "有空写一篇，先记下了。", "哈哈，同行你好。"]
MICRO = ["今天到了一批{co}的{pr}，包装升级了，防伪码换成了二维码。", "{city}下雨，店里冷清，整理了一下库存。",
         "周末去{city}拜访客户，路上堵了三个小时。", "新买的扫码枪真好用，入库效率提高一倍。",
         "有读者问{pr}的事，明天专门写一篇。", "终于把去年的账对完了。"]
ENGLISH_WORDS = ["market", "prices", "exports", "plant", "launch", "forum", "standard", "survey", "update", "deal"]

# a trade association (wagtail): roles and bios of the author snippet
ROLES = ["协会研究部 主任", "协会秘书处 副秘书长", "会员服务部 高级主管", "国际贸易委员会 项目经理"]
BIOS = ["长期从事汽车零部件产业研究，主持编写协会年度行业发展报告。", "负责协会会员服务与行业活动组织工作。",
        "关注汽车零部件出口与国际贸易规则。", "从事汽车后市场与流通渠道研究十余年。"]


def blog_blocks(ctx: Ctx, kind: str) -> list[tuple]:
    """A first-person blog post: short essays (1-3 blocks) or longer knowledge posts with a list."""
    r = ctx.r
    pool = r.sample(BLOG_SENT, len(BLOG_SENT))

    def para(k: int) -> str:
        out = []
        for _ in range(k):
            if not pool:
                pool.extend(r.sample(BLOG_SENT, len(BLOG_SENT)))
            out.append(ctx.fill(pool.pop()))
        return "".join(out)

    if kind == "short":
        return [("p", para(r.randint(1, 3))) for _ in range(r.randint(1, 3))]
    blocks = [("p", para(2)), ("p", para(2))]
    if kind == "long":
        blocks.append(("h", r.choice(["我的几点建议", "怎么判断", "常见误区", "写在最后"])))
    blocks.append(("p", r.choice(LIST_LEADS)))
    blocks.append(("ol", [ctx.fill(t) for t in r.sample(LIST_ITEMS, r.randint(3, 5))]))
    blocks += [("p", para(r.randint(1, 3))) for _ in range(r.randint(1, 3) + (2 if kind == "long" else 0))]
    if r.random() < 0.5:
        blocks.insert(2, ("img", f"/content/uploadfile/{r.randint(100000, 999999)}.jpg", None))
    return blocks

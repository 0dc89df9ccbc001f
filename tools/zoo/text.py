"""Phrase bank for zoo articles: auto-parts industry news prose, invented names, no lorem.

Every article is drawn from its own ``random.Random`` (seeded by family and article id), so
the text is deterministic and distinct per article. Characters are kept inside GBK so the
GBK families can carry the same prose.
"""

from __future__ import annotations

import random

COMPANIES = [
    "华骏制动", "盛拓轮毂", "联川滤清器", "泰鸿蓄电池", "冠岳汽配", "宇衡科技", "润丰橡塑", "卓驰动力",
    "远辰车灯", "金岭底盘", "衡通传感", "永佳线束", "东曜减震", "鑫昌轴承", "启航电驱", "安拓热管理",
    "博川密封件", "中驰转向", "新朗雨刮", "华迅车联", "凯隆活塞", "德源离合器", "瑞驰散热器", "明川玻璃",
]
PRODUCTS = [
    "制动卡钳", "陶瓷刹车片", "铝合金轮毂", "机油滤清器", "启停蓄电池", "LED大灯总成", "空气悬架",
    "电动助力转向机", "轮速传感器", "高压线束", "减震器总成", "轮毂轴承单元", "驱动电机", "热泵空调模块",
    "油封", "雨刮片", "毫米波雷达", "活塞环", "离合器片", "散热器", "前挡风玻璃", "电子驻车执行器",
]
CITIES = [
    "十堰", "长春", "芜湖", "柳州", "台州", "瑞安", "襄阳", "宁波", "常州", "重庆", "佛山", "烟台",
    "合肥", "株洲", "保定", "盐城", "嘉兴", "丹阳", "广州", "武汉",
]
PEOPLE = ["李建平", "王晓东", "张慧敏", "刘志强", "陈立新", "杨帆", "赵云鹏", "黄佳琪", "周振华", "吴海燕",
          "徐子涵", "孙明远", "马丽娟", "朱国庆", "胡晓峰", "郭婷婷", "何俊杰", "高雪梅"]
EDITORS = ["王磊", "刘洋", "张静", "陈晨", "李娜", "赵敏", "孙浩", "周倩", "admin", "小编"]
SOURCES = ["中国汽车报", "汽车零部件杂志", "经济日报", "本站原创", "中国汽配市场网", "第一财经", "证券时报",
           "产业观察周刊", "汽车后市场研究院", "新华网"]
MARKETS = ["售后市场", "主机配套市场", "海外市场", "新能源配套市场", "县域快修市场", "商用车市场"]
CHANNEL_WORDS = ["行业资讯", "企业动态", "市场分析", "政策法规", "技术前沿", "展会报道", "新品发布", "后市场"]

TITLES = [
    "{c}{city}新工厂投产 年产{n}万套{p}",
    "{c}发布新一代{p} 重量降低{pct}%",
    "{month}{p}出口同比增长{pct}% {market}需求回暖",
    "{c}与{c2}签署战略合作协议 共建{p}研发中心",
    "{city}汽配城升级改造完成 入驻商户超过{n}家",
    "{c}获{n}亿元融资 加码{p}产能",
    "行业观察：{p}价格连续{m}个月走低 中小厂商承压",
    "{c}{p}通过主机厂认证 进入配套体系",
    "{city}出台汽车零部件产业扶持政策 最高补贴{n}万元",
    "{c}召回{n}套{p} 涉及{m}个生产批次",
    "{market}调查：{p}渠道库存回落至{m}周",
    "{c}智能工厂二期开工 {p}自动化率达{pct}%",
    "{c2}收购{c}{p}业务 交易金额约{n}亿元",
    "专访{person}：{p}国产化还有多远",
    "{month}汽配经销商景气指数回升 {p}销量居前",
    "{c}在{city}举办{p}技术交流会 {n}家企业参会",
]
LEADS = [
    "{md}，{c}在{city}宣布，其{p}新产线正式投产，首批产品已发往{market}客户。",
    "据{source}消息，{c}日前披露，公司{p}业务上半年营收同比增长{pct}%。",
    "{md}，{city}市汽车零部件行业协会发布数据，{month}全市{p}产量达到{n}万套。",
    "记者从{c}获悉，该公司与{c2}共同开发的{p}已完成路试，预计年内量产。",
    "{md}上午，{c}{p}技术交流会在{city}举行，来自整车厂和经销渠道的代表参加了会议。",
    "近日，{c}对外表示，将在{city}投资建设{p}生产基地，规划年产能{n}万套。",
]
SENTENCES = [
    "项目总投资约{n}亿元，占地{m}百亩，建成后可新增就业岗位{n2}个。",
    "{c}相关负责人表示，{p}的核心零部件已实现自主供应，国产化率超过{pct}%。",
    "从渠道端看，{market}的订单恢复速度快于预期，部分型号出现阶段性缺货。",
    "业内人士认为，原材料价格回落为{p}企业留出了利润空间，但价格竞争仍然激烈。",
    "今年以来，{city}汽配产业集群累计引进配套项目{m}个，产业链协同效应逐步显现。",
    "据测算，新产品装车后可使整车能耗下降{pct2}个百分点，维护周期延长一倍。",
    "在检测环节，企业引入了机器视觉系统，{p}的出厂不良率降至百万分之{n2}。",
    "经销商{person}告诉记者，近期到店询价的修理厂明显增多，{p}的周转天数缩短到{m}天。",
    "{c2}方面称，双方将在材料、工艺和检测标准上开展深度合作，共享测试数据。",
    "值得注意的是，海外客户对产品认证的要求越来越高，不少企业开始提前布局欧盟和东南亚认证。",
    "按照规划，二期工程将于明年{m}月完工，届时{p}年产能将提升至{n}万套。",
    "分析师指出，新能源车型渗透率上升，正在改变{p}的技术路线和供应格局。",
    "{c}在{city}的仓储中心已投入使用，可覆盖周边{m}个省份的次日达配送。",
    "企业还计划在{city}设立售后培训基地，每年为维修技师提供不少于{n2}人次的培训。",
    "受季节因素影响，{month}{p}的终端需求环比略有下滑，但同比仍保持增长。",
    "多位供应商表示，主机厂年降压力依然存在，成本控制成为今年经营的重点。",
    "此外，公司研发投入占营收的比例提高到{pct2}%，新增发明专利{m}项。",
    "从产品结构看，高端{p}的销售占比提升明显，平均单价上涨约{pct2}%。",
    "行业协会建议，企业应加强质量追溯体系建设，避免低价劣质产品扰乱市场秩序。",
    "{person}介绍，该产线采用柔性化设计，可在{m}小时内完成不同规格产品的切换。",
    "记者在{city}汽配城看到，多家门店已上线线上下单系统，修理厂可以实时查询库存。",
    "据了解，首批{n2}套样件已送至{c2}进行台架试验，各项指标均达到设计要求。",
    "从出口目的地看，中东和南美市场增长最快，俄罗斯市场的订单则有所放缓。",
    "部分企业反映，物流成本上涨和回款周期拉长，对中小经销商的资金压力较大。",
]
CLOSINGS = [
    "{c}表示，下一步将继续加大研发投入，推动{p}向轻量化、智能化方向发展。",
    "业内预计，随着{market}需求持续释放，{p}行业全年有望保持稳定增长。",
    "对于后续计划，{person}表示，公司将优先满足现有客户订单，再逐步拓展新市场。",
    "{city}相关部门表示，将继续优化营商环境，支持汽车零部件企业做大做强。",
]
LIST_HEADS = ["本次发布的主要内容包括：", "项目建设分为以下几个阶段：", "企业提出了以下几项措施：",
              "新产品的主要特点：", "调查显示，经销商最关注的问题依次为："]
LIST_ITEMS = [
    "{p}核心材料实现国产替代", "建设数字化仓储与物流中心", "完善售后服务网络，覆盖{m}个城市",
    "产品寿命提升{pct}%，通过{n2}小时耐久试验", "推动上下游企业共享检测数据", "开展海外市场认证",
    "价格波动与账期延长", "假冒配件与渠道窜货", "技术人员短缺", "整车厂年降压力",
    "引入自动化装配线，人均效率提高{pct2}%", "设立专项基金支持中小配套企业",
]
TABLE_HEADS = [["产品", "规格", "年产能（万套）", "主要客户"], ["月份", "产量（万套）", "同比增长"],
               ["地区", "门店数", "销售额（万元）"]]


def _fill(template: str, rnd: random.Random, ctx: dict) -> str:
    values = dict(ctx)
    values.update(
        n=rnd.randint(3, 980), n2=rnd.randint(12, 900), m=rnd.randint(2, 12), pct=rnd.randint(5, 68),
        pct2=rnd.randint(2, 19), person=rnd.choice(PEOPLE), source=rnd.choice(SOURCES),
        market=rnd.choice(MARKETS), city=ctx.get("city") if rnd.random() < 0.6 else rnd.choice(CITIES),
    )
    return template.format(**values)


def make_article_text(rnd: random.Random, when_md: str, month: str, long: bool) -> tuple[str, list]:
    """(title, blocks); a block is ("p", text), ("ul", [items]) or ("table", [[cells]])."""
    ctx = {"c": rnd.choice(COMPANIES), "c2": rnd.choice(COMPANIES), "p": rnd.choice(PRODUCTS),
           "city": rnd.choice(CITIES), "md": when_md, "month": month}
    while ctx["c2"] == ctx["c"]:
        ctx["c2"] = rnd.choice(COMPANIES)
    title = _fill(rnd.choice(TITLES), rnd, ctx)
    sentences = rnd.sample(SENTENCES, len(SENTENCES))
    blocks: list = []
    n_par = rnd.randint(6, 9) if long else rnd.randint(2, 3)
    for i in range(n_par):
        if i == 0:
            parts = [_fill(rnd.choice(LEADS), rnd, ctx)] + [_fill(sentences.pop(), rnd, ctx)
                                                          for _ in range(rnd.randint(0, 1))]
        elif i == n_par - 1:
            parts = [_fill(sentences.pop(), rnd, ctx), _fill(rnd.choice(CLOSINGS), rnd, ctx)]
        else:
            parts = [_fill(sentences.pop(), rnd, ctx) for _ in range(rnd.randint(1, 3))]
        blocks.append(("p", "".join(parts)))
        if long and i == 2:
            blocks.append(("p", rnd.choice(LIST_HEADS)))
            items = rnd.sample(LIST_ITEMS, rnd.randint(3, 5))
            blocks.append(("ul", [_fill(x, rnd, ctx) for x in items]))
        if long and i == 4 and rnd.random() < 0.7:
            head = rnd.choice(TABLE_HEADS)
            rows = [head]
            for _ in range(rnd.randint(3, 5)):
                if head[0] == "产品":
                    rows.append([rnd.choice(PRODUCTS), f"{rnd.randint(12, 22)}英寸" if rnd.random() < .3
                                 else f"型号{rnd.choice('ABCDHKMT')}{rnd.randint(100, 990)}",
                                 str(rnd.randint(5, 300)), rnd.choice(COMPANIES)])
                elif head[0] == "月份":
                    rows.append([f"{rnd.randint(1, 12)}月", f"{rnd.randint(10, 99)}.{rnd.randint(0, 9)}",
                                 f"{rnd.randint(-9, 30)}.{rnd.randint(0, 9)}%"])
                else:
                    rows.append([rnd.choice(CITIES), str(rnd.randint(20, 900)), str(rnd.randint(300, 99000))])
            blocks.append(("table", rows))
    return title, blocks


def block_paragraphs(blocks: list) -> list[str]:
    """Truth paragraphs of blocks: each p, each li, each table row (cells joined by TAB)."""
    out: list[str] = []
    for kind, value in blocks:
        if kind == "p":
            out.append(value)
        elif kind == "ul":
            out.extend(value)
        else:
            out.extend("\t".join(row) for row in value)
    return out


def summary_of(blocks: list, n: int = 48) -> str:
    first = next(v for k, v in blocks if k == "p")
    return first[:n] + "…"

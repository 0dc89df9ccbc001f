"""Chinese pages, part B (semiconductor and metals trade press, a Chongqing broadcaster app, two
government pages, a developer-community post)."""
import json

from _common import FETCH_CN, add, doc, epoch, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------- portal_laoyaoba
T = "国产车规级MCU加速上车 多家零部件厂商导入域控制器方案"
P = [
    "集微网消息（文/林一鸣）随着整车电子电气架构向域集中演进，国产车规级MCU正加快进入车身控制、热管理和底盘域控制器等核心场景。多家零部件厂商近日透露，其新一代域控制器已完成国产MCU方案的验证，明年起将陆续量产。",
    "一家车身域控制器供应商的研发负责人表示，企业从两年前开始与国内芯片厂联合开发，目前基于国产32位MCU的方案已通过功能安全和可靠性测试，单车芯片成本较进口方案下降约两成。",
    "不过，业内人士也指出，高端底盘和动力域对芯片算力与功能安全等级要求更高，国产产品在工具链、软件生态和长期供货记录方面仍需积累，短期内进口芯片仍占主导。",
    "据行业机构统计，今年前三季度国产车规级MCU出货量同比增长约60%，在国内乘用车市场的渗透率已接近15%。",
]
NOISE = [
    "下载爱集微APP，获取更多半导体资讯",
    "11-27 18:32",
    "（校对/张雨）",
    "关注集微网公众号，每日推送半导体行业动态",
    "相关推荐",
    "车规级功率器件扩产潮：多家企业公布新产线计划",
    "11-29 10:20",
]
state = {"article": {"id": 1423567, "title": T, "author": "林一鸣", "source": "集微网",
                     "publish_time": "2026-11-27 18:32:47", "column": "汽车电子"}}
html = doc(T + " - 爱集微", '<meta name="keywords" content="车规级MCU,域控制器,国产芯片">', f"""
<div class="app-bar"><span>{esc(NOISE[0])}</span></div>
<div class="header"><a class="logo">爱集微</a> <nav><a>首页</a> <a>快讯</a> <a>汽车电子</a> <a>IC设计</a> <a>制造</a> <a>专题</a></nav></div>
<div class="article-wrap">
<h1 class="article-title">{esc(T)}</h1>
<div class="article-meta"><span class="source">集微网</span> <span class="time">11-27 18:32</span></div>
<div class="article-content">
{ps(P)}
<p class="proof">{esc(NOISE[2])}</p>
</div>
<div class="follow-box">{esc(NOISE[3])}</div>
</div>
<div class="recommend"><h3>相关推荐</h3><ul><li><a>{esc(NOISE[5])}</a> <span>11-29 10:20</span></li><li><a>智能座舱SoC市场格局生变</a> <span>11-28 16:05</span></li></ul></div>
<script>window.__INITIAL_STATE__ = {json.dumps(state, ensure_ascii=False)};</script>
""")
add("portal_laoyaoba", html,
    url="https://laoyaoba.com/n/1423567", kind="portal",
    modelled_on="爱集微 / 集微网 (laoyaoba.com, semiconductor-industry news portal) article page (app bar, header, article-title h1, meta row with the media name and a year-less 'MM-DD HH:MM' time without labels, text whose first sentence opens with '集微网消息（文/X）', '（校对/Y）' line closing the text, follow prompt, 相关推荐 with later year-less times; window.__INITIAL_STATE__ with the full publish_time; URL with an id only)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Year-less visible date '11-27 18:32'; the year and the seconds come from window.__INITIAL_STATE__ publish_time '2026-11-27 18:32:47' (same minute). The rule for a missing year (latest year not after the fetch time) also gives 2026. Byline inside the first sentence: '集微网消息（文/林一鸣）' stays in paragraph 1 and gives the author 林一鸣. The proof-reader line （校对/张雨） is noise and no editor. Source = the media name beside the time without a label (集微网). Related items with later year-less times (11-28, 11-29) are noise.",
    classes=["yearless_date", "script_page_data", "json_seconds_agree", "byline_inside_first_paragraph", "proofreader_not_editor", "media_name_no_label", "follow_prompt", "app_prompt", "related_dates_later_than_article", "no_url_date", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T18:32:47+08:00",
    author="林一鸣", editor=None, source="集微网", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_smm
T = "碳酸锂价格连续三周回升 正极材料厂补库意愿增强"
P = [
    "SMM11月26日讯：本周电池级碳酸锂现货价格继续小幅上涨，SMM电池级碳酸锂指数均价较上周上涨约3.2%，为连续第三周回升。下游正极材料企业年底备货需求释放，是推动价格上行的主要因素。",
    "据SMM调研，11月以来部分磷酸铁锂正极企业开工率提升至七成以上，对原料的采购节奏明显加快；与此同时，部分锂盐厂因检修减产，市场现货供应略偏紧。",
    "从终端看，国内新能源汽车11月产销预计保持高位，储能电池订单也较为充足，对锂盐需求形成支撑。不过，海外锂矿新增产能将在明年陆续释放，价格进一步上涨的空间或较有限。",
    "SMM预计，短期内碳酸锂价格将以窄幅震荡偏强为主，需关注年底前下游备货节奏的变化。",
]
NOISE = [
    "作者：周嘉怡",
    "浏览量：1,586",
    "收藏",
    "本文所载资料由SMM根据公开信息及市场调研整理，仅供参考，不构成投资建议。",
    "开通SMM会员，查看完整价格数据和分析报告",
    "相关资讯",
    "11月26日SMM新能源日评：锂盐报价上行",
]
html = doc(T + "-上海有色网", '<meta name="keywords" content="碳酸锂,正极材料,锂电">', f"""
<div class="smm-header"><a class="logo">SMM 上海有色网</a> <nav><a>首页</a> <a>资讯</a> <a>价格</a> <a>新能源</a> <a>研究</a> <a>会议</a></nav></div>
<div class="news-detail">
<h1 class="news-title">{esc(T)}</h1>
<div class="news-info"><time datetime="2026-11-26T07:47:00.000Z">2026-11-26 15:47</time>　<span>来源：SMM</span>　<span>{esc(NOISE[0])}</span>　<span>{esc(NOISE[1])}</span>　<a>{esc(NOISE[2])}</a></div>
<div class="news-content">
{ps(P)}
<p class="disclaimer">{esc(NOISE[3])}</p>
</div>
<div class="vip-prompt"><a>{esc(NOISE[4])}</a></div>
</div>
<div class="related"><h3>相关资讯</h3><ul><li><a>{esc(NOISE[6])}</a> <span>2026-11-26 17:30</span></li></ul></div>
""")
add("portal_smm", html,
    url="https://news.smm.cn/news/103456789", kind="portal",
    modelled_on="SMM 上海有色网 (news.smm.cn, metals and battery-materials price news) news detail page (header, news-title h1, info row with a <time datetime> in UTC whose text is the Beijing time, 来源：SMM, 作者, 浏览量 and 收藏, text opening with 'SMM M月D日讯：', disclaimer paragraph inside the container, member prompt, 相关资讯 with a later time; URL with an id only)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="<time datetime='2026-11-26T07:47:00.000Z'> with the text '2026-11-26 15:47': the same instant; written in the page's (Beijing) time 2026-11-26T15:47:00+08:00. Author from '作者：周嘉怡' (an analyst's name; followed by the view count and 收藏 button); source SMM (来源 label). 'SMM11月26日讯：' opens paragraph 1 and stays. The disclaimer inside the container and the member prompt are noise.",
    classes=["time_datetime_utc", "utc_vs_printed_local", "author_label", "view_count_beside_author", "favourite_button", "dateline_in_first_paragraph", "disclaimer_in_body", "paywall_prompt", "related_dates", "no_url_date", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T15:47:00+08:00",
    author="周嘉怡", editor=None, source="SMM", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_cbg
T = "两江新区摩托车零部件企业开拓东南亚市场 前10月出口增长36%"
P = [
    "今年以来，两江新区摩托车及零部件企业持续开拓东南亚和南美市场。前10个月，新区摩托车零部件出口额同比增长36%，发动机总成、离合器和电喷系统是出口增长最快的产品。",
    "在新区一家离合器生产企业，出口专线上的工人正在为发往越南和菲律宾的订单加紧装箱。企业负责人介绍，今年企业在泰国设立了售后服务中心，海外客户数量比去年增加了20多家。",
    "新区相关部门表示，将依托西部陆海新通道，帮助企业缩短海外交货周期，并支持企业参加境外展会、申请国际认证。",
    "业内人士认为，东南亚摩托车保有量大、更新需求旺盛，电动化转型也为重庆零部件企业带来了新的机会。",
]
NOISE = [
    "打开第1眼APP，看更多重庆新闻",
    "首席记者 罗静 摄像 陈浩然",
    "编辑：唐韵",
    "责任编辑：冉强",
    "分享",
    "精彩推荐",
    "重庆前10月汽车产量突破200万辆",
]
html = doc(T + "_第1眼新闻", '<meta name="keywords" content="两江新区,摩托车,零部件,出口">\n'
           '<meta name="publishdate" content="2026-11-28 20:15:06">', f"""
<div class="top-app"><a>{esc(NOISE[0])}</a></div>
<div class="cbg-header"><a class="logo">第1眼新闻</a> <nav><a>首页</a> <a>重庆</a> <a>区县</a> <a>财经</a> <a>视频</a></nav></div>
<div class="detail">
<h1 class="title">{esc(T)}</h1>
<div class="meta"><div class="date-box"><span class="day">28</span><span class="ym">2026-11</span></div> <span class="clock">20:15</span> <span class="source">来源：第1眼新闻</span></div>
<p class="credit">{esc(NOISE[1])}</p>
<div class="content">
{ps(P)}
</div>
<div class="editors"><p>{esc(NOISE[2])}</p><p>{esc(NOISE[3])}</p></div>
<div class="share"><a>{esc(NOISE[4])}</a></div>
</div>
<div class="rec"><h3>精彩推荐</h3><ul><li><a>{esc(NOISE[6])}</a> <span>11-29</span></li></ul></div>
""")
add("portal_cbg", html,
    url="https://www.cbg.cn/show/5678-3456789.html", kind="portal",
    modelled_on="第1眼新闻 (cbg.cn, 重庆广播电视集团 news app / site) detail page (app prompt above the header, title h1, meta row with a calendar-style date box — the day in one element, 'YYYY-MM' in the next — then the clock and 来源, credit line '首席记者 X 摄像 Y' above the text, 编辑 and 责任编辑 lines, share, 精彩推荐; publishdate meta to the second; URL with an id only)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Date split over elements, day first: '28' + '2026-11' + '20:15' → 2026-11-28 20:15; the publishdate meta 2026-11-28 20:15:06 agrees to the minute and gives the seconds. Credit line above the text '首席记者 罗静 摄像 陈浩然': 罗静 is the author (role 首席记者 dropped); the cameraman (摄像) is not. Both '编辑：唐韵' and '责任编辑：冉强' printed: editor = the 责任编辑 (as corpus L). Source 第1眼新闻 (来源 label).",
    classes=["split_day_monthyear", "meta_seconds_agree", "credit_line_above_body", "cameraman_not_author", "editor_and_responsible_editor", "app_prompt", "share_bar", "related_yearless_dates", "no_url_date"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T20:15:06+08:00",
    author="罗静", editor="冉强", source="第1眼新闻", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- gov_stats
T = "2026年10月份规模以上工业增加值增长5.4% 汽车制造业增长9.8%"
P = [
    "10月份，规模以上工业增加值同比实际增长5.4%（增加值增速均为扣除价格因素的实际增长率）。从环比看，10月份，规模以上工业增加值比上月增长0.41%。1—10月份，规模以上工业增加值同比增长5.9%。",
    "分三大门类看，10月份，采矿业增加值同比增长3.8%，制造业增长5.9%，电力、热力、燃气及水生产和供应业增长2.1%。",
    "分行业看，10月份，41个大类行业中有32个行业增加值保持同比增长。其中，汽车制造业增长9.8%，电气机械和器材制造业增长8.7%，计算机、通信和其他电子设备制造业增长10.2%。",
    "分产品看，10月份，汽车产量312.6万辆，同比增长6.9%，其中新能源汽车152.3万辆，增长18.4%；汽车用锂离子动力电池产量同比增长21.7%。",
]
NOISE = [
    "字号：大 中 小",
    "【打印本页】",
    "【关闭窗口】",
    "附件：2026年10月份规模以上工业生产主要数据.xlsx",
    "分享到：",
]
html = doc(T + " - 国家统计局", '<meta name="SiteName" content="国家统计局">\n'
           f'<meta name="ArticleTitle" content="{esc(T)}">\n'
           '<meta name="PubDate" content="2026-11-16 09:30">\n'
           '<meta name="ContentSource" content="国家统计局">', f"""
<div class="header"><a class="logo">国家统计局</a> <ul class="nav"><li><a>首页</a></li><li><a>机构</a></li><li><a>新闻</a></li><li><a>数据</a></li><li><a>公开</a></li><li><a>服务</a></li></ul></div>
<div class="location">当前位置：<a>首页</a> &gt; <a>数据</a> &gt; <a>数据发布</a></div>
<div class="detail">
<h2 class="detail-title">{esc(T)}</h2>
<div class="detail-info"><span>发布时间：2026-11-16</span>　<span>来源：国家统计局</span>　<span class="fontsize">{esc(NOISE[0])}</span></div>
<div class="detail-content TRS_Editor">
{ps(P)}
</div>
<div class="attachment"><a>{esc(NOISE[3])}</a></div>
<div class="detail-tools"><span>{esc(NOISE[4])}</span> <a>{esc(NOISE[1])}</a> <a>{esc(NOISE[2])}</a></div>
</div>
<div class="footer">国家统计局版权所有 京ICP备05034670号</div>
""")
add("gov_stats", html,
    url="https://www.stats.gov.cn/sj/zxfb/202611/t20261116_1961234.html", kind="gov",
    modelled_on="国家统计局 (stats.gov.cn) 数据发布 page (header nav, 当前位置 path, detail-title, detail-info '发布时间：YYYY-MM-DD　来源：X　字号' with a date only, TRS_Editor text, attachment link, 分享 / 【打印本页】【关闭窗口】; SiteName / ArticleTitle / PubDate / ContentSource meta, PubDate with the minute; URL with the date)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible date only ('发布时间：2026-11-16'); the PubDate meta '2026-11-16 09:30' (no zone, the site's Beijing time) is the same day and completes it → 2026-11-16T09:30:00+08:00 (no seconds anywhere). The URL's t20261116 agrees. '10月份' / '1—10月份' in the text are the data period, no date. No author, no editor; source 国家统计局. Attachment link and tools are noise.",
    classes=["date_only_visible", "time_only_in_meta", "meta_completes_day", "data_period_not_date", "font_size_control", "attachment_link", "print_close_links", "url_date", "no_author", "no_editor"],
    title=T, published_date="2026-11-16", published_at="2026-11-16T09:30:00+08:00",
    author=None, editor=None, source="国家统计局", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- gov_sheitc
T = "市经济信息化委召开汽车零部件产业链供需对接会"
P = [
    "11月19日，市经济信息化委在嘉定区召开汽车零部件产业链供需对接会，8家整车企业和60余家本市零部件企业参会，围绕智能底盘、车规级芯片、热管理系统等领域开展对接。",
    "会上，整车企业发布了明年新车型的零部件配套需求清单，涉及线控转向、空气悬架、域控制器等32类产品；零部件企业介绍了新产品和产能布局情况，现场达成合作意向19项。",
    "市经济信息化委相关负责人表示，将持续完善整零对接常态化机制，支持本市零部件企业参与整车企业同步研发，推动关键零部件本地配套率进一步提升。",
    "下一步，市经济信息化委将会同各区，对意向项目开展跟踪服务，帮助企业协调解决验证测试、产能扩建等方面的问题。",
]
NOISE = [
    "阅读数：2318",
    "（文/汽车产业处）",
    "【打印】",
    "【关闭】",
    "分享到：",
    "相关信息",
    "本市新能源汽车产业高质量发展推进会召开",
]
html = doc(T + "_上海市经济和信息化委员会", '<meta name="SiteName" content="上海市经济和信息化委员会">\n'
           '<meta name="lastmodifiedtime" content="2026-11-23 09:15:40">\n'
           '<meta name="ColumnName" content="工作动态">', f"""
<div class="gov-head"><a class="logo">上海市经济和信息化委员会</a> <ul><li><a>首页</a></li><li><a>机构职能</a></li><li><a>政务公开</a></li><li><a>政务服务</a></li><li><a>互动交流</a></li></ul></div>
<div class="breadcrumb">您的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>工作动态</a></div>
<div class="article">
<h1 id="ivs_title">{esc(T)}</h1>
<div class="article-info"><span>发布日期：2026-11-20 17:02</span>　<span>来源：市经济信息化委</span>　<span>{esc(NOISE[0])}</span></div>
<div id="ivs_content" class="Article_content">
{ps(P)}
<p class="wen" style="text-align:right">{esc(NOISE[1])}</p>
</div>
<div class="tools"><a>{esc(NOISE[2])}</a> <a>{esc(NOISE[3])}</a> <span>{esc(NOISE[4])}</span></div>
</div>
<div class="xgxx"><h3>相关信息</h3><ul><li><a>{esc(NOISE[6])}</a> <span>2026-11-12</span></li></ul></div>
<div class="footer">主办：上海市经济和信息化委员会 沪ICP备2021012345号</div>
""")
add("gov_sheitc", html,
    url="https://sheitc.sh.gov.cn/gydt/20261120/a1b2c3d4e5f64789abcdef0123456789.html", kind="gov",
    modelled_on="上海市经济和信息化委员会 (sheitc.sh.gov.cn) 工作动态 page on the city's government-site template (head nav, 您的位置 breadcrumb, ivs_title h1, info row '发布日期：YYYY-MM-DD HH:MM　来源：X　阅读数', ivs_content text closed by a right-aligned '（文/department）' line, 【打印】【关闭】 and share, 相关信息; lastmodifiedtime meta three days LATER, no first-publication meta; URL with the date)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible '发布日期：2026-11-20 17:02' (no seconds). The only page data is the lastmodifiedtime meta 2026-11-23 09:15:40 — a modification time, which never wins and whose seconds are not borrowed. '（文/汽车产业处）' credits a department, not a person: no author (the line is noise). Source 市经济信息化委 (来源 label). '11月19日' in paragraph 1 is the meeting day, not the page date. No editor.",
    classes=["modified_meta_only", "update_never_wins", "department_credit_not_author", "body_event_date", "view_count", "print_close_links", "share_bar", "related_dates", "url_date", "no_author", "no_editor"],
    title=T, published_date="2026-11-20", published_at="2026-11-20T17:02:00+08:00",
    author=None, editor=None, source="市经济信息化委", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- selfmedia_juejin
T = "一家Tier2零部件厂的CAN FD升级踩坑记录"
P = [
    "今年我们给一家一级供应商做车身控制模块的配套，客户要求明年的新平台全部切换到CAN FD。作为一家做了十几年传统CAN节点的小厂，这次升级踩了不少坑，记录下来给同行参考。",
    "一、收发器选型不是换个型号那么简单",
    "最初我们以为只要把收发器换成支持CAN FD的型号就行，结果在2Mbps数据段下，原来的PCB走线和终端电阻布局导致信号振铃严重。最后重新做了两版板子，把共模电感和分裂终端都加上，眼图才勉强达标。",
    "二、采样点配置要和整车厂对齐",
    "不同整车厂对仲裁段和数据段采样点的要求并不一样。我们第一次联调时按芯片厂的默认配置，和其他节点一起上台架后错误帧频繁出现。和客户的网络工程师逐项核对后，把数据段采样点调到了75%，问题才解决。",
    "三、测试工具和用例要提前准备",
    "CAN FD的一致性测试项目比传统CAN多出不少，我们之前的测试设备不支持，只能临时租用。建议准备升级的同行至少提前半年规划测试资源，并把整车厂的网络规范逐条转成自动化用例。",
    "整个项目前后花了七个多月，最终在10月份通过了客户的网络测试。希望这些经验能帮大家少走一些弯路。",
]
NOISE = [
    "车载老王",
    "阅读 1,286",
    "阅读6分钟",
    "关注",
    "标签：",
    "本文收录于以下专栏",
    "汽车电子那些事",
    "评论 0",
    "登录 / 注册 即可发布评论！",
    "相关推荐",
    "AUTOSAR CP 入门：从一个简单的 SWC 开始",
]
nuxt = {"article_info": {"article_id": "7441234567890123456", "title": T,
                         "ctime": str(epoch("2026-11-25T21:14:37+08:00")), "view_count": 1286},
        "author_user_info": {"user_name": "车载老王"}}
body_html = "\n".join(
    (f"<h2>{esc(p)}</h2>" if p[:2] in ("一、", "二、", "三、") else f"<p>{esc(p)}</p>") for p in P)
html = doc(T + " - 掘金", '<meta name="keywords" content="CAN FD,汽车电子,嵌入式">', f"""
<div class="main-header"><a class="logo">稀土掘金</a> <nav><a>首页</a> <a>沸点</a> <a>课程</a> <a>直播</a> <a>活动</a></nav></div>
<div class="article-area">
<h1 class="article-title">{esc(T)}</h1>
<div class="author-info-block"><a class="username">车载老王</a> <div class="meta-box"><time datetime="2026-11-25T13:14:37.000Z" class="time">2026-11-25 21:14</time> <span class="views-count">{esc(NOISE[1])}</span> <span class="read-time">{esc(NOISE[2])}</span></div> <button class="follow-button">关注</button></div>
<div class="article-content markdown-body">
{body_html}
</div>
<div class="article-end"><div class="tag-list">{esc(NOISE[4])}<a>嵌入式</a> <a>汽车电子</a></div>
<div class="column-container">{esc(NOISE[5])}<a>{esc(NOISE[6])}</a></div></div>
<div class="comment-box"><span>{esc(NOISE[7])}</span> <p>{esc(NOISE[8])}</p></div>
</div>
<div class="recommended-area"><h3>相关推荐</h3><ul><li><a>{esc(NOISE[10])}</a> <span>3天前</span></li></ul></div>
<script>window.__NUXT__ = {json.dumps(nuxt, ensure_ascii=False)};</script>
""")
add("selfmedia_juejin", html,
    url="https://juejin.cn/post/7441234567890123456", kind="self_media",
    modelled_on="稀土掘金 (juejin.cn, developer community) post page (main header, article-title h1, author-info-block with the account name link, a <time datetime> in UTC whose text is the local time, 阅读 count and reading time, 关注 button; markdown body with h2 section headings; tag list, 本文收录于以下专栏 column link, comment box '评论 0' with a login prompt, 相关推荐; window.__NUXT__ with ctime epoch seconds; URL with an id only)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="<time datetime='2026-11-25T13:14:37.000Z'> whose text is '2026-11-25 21:14' (the same instant in Beijing time); ctime epoch seconds in window.__NUXT__ agree → 2026-11-25T21:14:37+08:00. The account 车载老王 is the source (publishing account, as on corpus L's blog page), not an author: no person is credited. Author-written section headings (一、二、三、) are body. Counters, follow button, tags, column link, comment box and login prompt are noise. '10月份' in the text is no date.",
    classes=["time_datetime_utc", "epoch_seconds_in_script", "account_source", "account_not_author", "headings_in_body", "counters_beside_account", "follow_button", "tags", "comment_prompt", "related_relative_times", "no_url_date", "no_author", "no_editor"],
    title=T, published_date="2026-11-25", published_at="2026-11-25T21:14:37+08:00",
    author=None, editor=None, source="车载老王", paragraphs=P, body_noise=NOISE)

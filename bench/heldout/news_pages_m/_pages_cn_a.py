"""Chinese portal pages, part A (a Beijing portal, a Shenzhen paper's app, city and provincial
news sites)."""
import json

from _common import FETCH_CN, add, doc, epoch, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------- portal_qianlong
T = "北京经开区汽车零部件企业前10月产值增长一成 线控底盘项目集中投产"
P = [
    "千龙网讯（记者 李思源 通讯员 赵明轩）记者日前从北京经济技术开发区获悉，今年1至10月，区内规模以上汽车零部件企业完成产值超过410亿元，同比增长10.3%，其中线控底盘、智能座舱和车载激光雷达三类产品增速均超过两成。",
    "在经开区一家线控制动企业的新厂房里，两条自动化装配线已进入量产爬坡阶段。企业负责人介绍，新产线设计年产能60万套，目前已为三家整车企业批量供货，明年一季度还将导入一条冗余制动产线。",
    "经开区相关负责人表示，区内已形成从芯片、传感器到域控制器、执行机构的较完整链条，下一步将围绕高阶智能驾驶需求，继续引进车规级功率器件和底盘关键部件项目。",
    "据了解，今年以来经开区已组织8场整零对接活动，促成零部件企业与整车企业签约项目23个。",
]
NOISE = [
    "【字号 大 中 小】",
    "【打印】",
    "责任编辑：王可欣",
    "【纠错】",
    "相关新闻",
    "亦庄智能网联汽车示范区再扩容 新增测试道路120公里",
    "凡本网注明“来源：千龙网”的所有作品，版权均属于千龙网，未经授权不得转载。",
]
html = doc(T + "-千龙网·中国首都网", '<meta name="keywords" content="经开区,零部件,线控底盘">\n'
           '<meta name="publishdate" content="2026-11-26 08:32:51">\n'
           '<meta name="source" content="千龙网">', f"""
<div class="ql-top"><a class="logo">千龙网·中国首都网</a> <ul class="nav"><li><a>首页</a></li><li><a>北京</a></li><li><a>财经</a></li><li><a>科技</a></li><li><a>汽车</a></li><li><a>文化</a></li></ul></div>
<div class="path">当前位置：<a>千龙首页</a> &gt; <a>财经</a> &gt; <a>产业</a> &gt; 正文</div>
<div class="article">
<h1 class="title">{esc(T)}</h1>
<div class="info"><span class="pubDate">2026-11-26</span><span class="pubTime">08:32</span>　<span class="source">来源：千龙网</span>　<span class="tools"><a>{esc(NOISE[0])}</a> <a>{esc(NOISE[1])}</a></span></div>
<div class="article-content" id="contentText">
{ps(P)}
</div>
<div class="editor">责任编辑：王可欣<a class="jc">【纠错】</a></div>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a>{esc(NOISE[5])}</a> <span>2026-11-24</span></li><li><a>北京前三季度新能源汽车产量同比增长近四成</a> <span>2026-11-20</span></li></ul></div>
<div class="footer"><p>{esc(NOISE[6])}</p><p>千龙网·中国首都网 京ICP证020019号</p></div>
""")
add("portal_qianlong", html,
    url="https://finance.qianlong.com/2026/1126/9123456.shtml", kind="portal",
    modelled_on="千龙网·中国首都网 (qianlong.com, Beijing news portal) content page (top nav, 当前位置 path, title h1, info row where the day and the clock sit in two adjacent spans with no space between them, 来源, 【字号】 / 【打印】 tools, contentText body whose first sentence opens with '千龙网讯（记者 X 通讯员 Y）', 责任编辑 line with a 【纠错】 link glued to the name, 相关新闻 with dates, copyright footer; publishdate meta to the second; URL with the month-day)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="The day and the clock are printed in two spans joined without a space, so the visible text reads '2026-11-2608:32'; it is 2026-11-26 08:32. The publishdate meta 2026-11-26 08:32:51 agrees to the minute and gives the seconds. Byline inside the first sentence: '千龙网讯（记者 李思源 通讯员 赵明轩）' stays in paragraph 1 and gives the authors 李思源 赵明轩. Editor '责任编辑：王可欣' with a 【纠错】 link directly after the name (the link is not part of the name). Source 千龙网 (来源 label).",
    classes=["glued_day_and_clock", "meta_seconds_agree", "byline_inside_first_paragraph", "reporter_correspondent_list", "editor_glued_to_ui_word", "font_size_control", "print_link", "related_dates", "copyright_footer", "url_date"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T08:32:51+08:00",
    author="李思源 赵明轩", editor="王可欣", source="千龙网", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_dutenews
T = "坪山新能源汽车零部件产业园二期封顶 明年引入电驱和热管理企业"
P = [
    "11月29日上午，坪山新能源汽车零部件产业园二期项目主体结构封顶。项目总建筑面积约32万平方米，建成后将重点引入电驱动系统、热管理系统和车规级电子等领域的企业。",
    "产业园运营方介绍，二期项目已与14家企业签订入驻意向协议，其中既有为本地整车企业配套的一级供应商，也有从事精密注塑、连接器和传感器生产的专精特新企业。",
    "“零部件企业最看重的是离主机厂近、交付快。”一家热管理企业负责人说，企业计划在二期租用2万平方米厂房，建设两条空调压缩机和电子水泵生产线，明年三季度投产。",
    "坪山区有关部门表示，将继续完善产业园周边的道路、人才公寓和检测平台配套，推动形成半小时零部件供应圈。",
]
NOISE = [
    "打开读特客户端，阅读体验更佳",
    "深圳特区报",
    "昨天 18:05",
    "深圳特区报记者 陈思琪 通讯员 黄一鸣",
    "（读特新闻客户端原创稿件，未经授权不得转载）",
    "审读：郭晓明",
    "编辑：刘芳",
    "审核：邓立",
    "举报",
    "推荐阅读",
    "深圳前10月汽车出口额同比增长逾四成",
]
ms = epoch("2026-11-29T18:05:27+08:00") * 1000
html = doc(T + "_读特新闻", '<meta name="description" content="坪山新能源汽车零部件产业园二期项目主体结构封顶。">', f"""
<div class="download-bar"><span>{esc(NOISE[0])}</span> <a class="open">打开</a></div>
<div class="detail">
<h1 class="detail-title">{esc(T)}</h1>
<div class="detail-meta"><span class="media">深圳特区报</span> <span class="time" data-time="{ms}">昨天 18:05</span></div>
<p class="credit">{esc(NOISE[3])}</p>
<div class="detail-content">
{ps(P)}
<p class="statement">{esc(NOISE[4])}</p>
</div>
<div class="detail-editor"><span>{esc(NOISE[5])}</span>　<span>{esc(NOISE[6])}</span>　<span>{esc(NOISE[7])}</span></div>
<div class="detail-tools"><a class="report">举报</a></div>
</div>
<div class="recommend"><h3>推荐阅读</h3><ul><li><a>{esc(NOISE[10])}</a> <span>11-30 08:10</span></li><li><a>宝安一智能座舱项目开工</a> <span>2小时前</span></li></ul></div>
""")
add("portal_dutenews", html,
    url="https://www.dutenews.com/shareNew?id=1123456&type=news", kind="portal",
    modelled_on="读特 (dutenews.com, 深圳特区报 / 深圳报业集团 news app) share page (download bar, detail-title h1, meta row with the media name and a relative '昨天 HH:MM' time whose span carries a data-time epoch in milliseconds, credit line '深圳特区报记者 X 通讯员 Y' above the text, original-copy statement closing the text, '审读 / 编辑 / 审核' row, 举报, 推荐阅读 with year-less and relative times later than the article; share URL with an id only)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Relative day word: '昨天 18:05', fetched 2026-11-30 09:00 +08:00, so 2026-11-29 18:05; the span's data-time (epoch milliseconds of 2026-11-29 18:05:27 +08:00) agrees to the minute and gives the seconds. The credit line above the text '深圳特区报记者 陈思琪 通讯员 黄一鸣' gives the authors (media name and roles dropped). '审读：郭晓明　编辑：刘芳　审核：邓立': the editor is 刘芳; 审读 (reading check) and 审核 (review) are not editors. Source = the media name beside the time without a label (深圳特区报). The '11月29日上午' in paragraph 1 agrees with the day. The original-copy statement is noise.",
    classes=["relative_yesterday", "epoch_ms_data_attribute", "seconds_from_page_data", "credit_line_above_body", "reporter_correspondent_list", "editor_among_reviewers", "media_name_no_label", "copyright_notice_in_body", "report_link", "app_prompt", "related_relative_times", "no_url_date"],
    title=T, published_date="2026-11-29", published_at="2026-11-29T18:05:27+08:00",
    author="陈思琪 黄一鸣", editor="刘芳", source="深圳特区报", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_qingdaonews
T = "即墨汽车零部件产业集群前三季度营收突破500亿元"
P = [
    "青岛新闻网11月27日讯（记者 张晓宁）记者从即墨区工业和信息化局获悉，今年前三季度，即墨汽车零部件产业集群实现营业收入512亿元，同比增长8.6%，轮胎、汽车电子和轻量化车身部件是增长最快的三个板块。",
    "在即墨经济开发区，一家生产铝合金副车架的企业正在安装第三条压铸岛。企业负责人介绍，随着新能源车型对轻量化的需求增加，公司今年订单同比增长近一半，新产线预计12月底投产。",
    "即墨区工业和信息化局相关负责人表示，今年以来全区新落地汽车零部件项目17个，计划总投资96亿元，明年将重点推动一体化压铸、热管理和智能驾驶传感器项目建设。",
    "目前，即墨汽车零部件企业已为国内20多家整车企业配套，部分产品出口到欧洲和东南亚市场。",
]
NOISE = [
    "（企业供图）",
    "[打印]",
    "[关闭]",
    "分享到：",
    "责任编辑：孙婷婷",
    "相关新闻",
    "青岛港前10月汽车滚装出口量创新高",
    "青岛新闻网版权所有",
]
html = doc(T + "_青岛新闻网", '<meta name="keywords" content="即墨,汽车零部件,产业集群">\n'
           '<meta name="publishdate" content="2026-11-27 10:12:00">\n'
           '<meta name="contentSource" content="青岛新闻网">', f"""
<div class="top"><a class="logo">青岛新闻网</a> <span class="nav"><a>首页</a> | <a>新闻</a> | <a>财经</a> | <a>汽车</a> | <a>区市</a></span></div>
<div class="location">您当前的位置：<a>首页</a> &gt; <a>区市</a> &gt; <a>即墨</a></div>
<div class="wrap">
<h1>{esc(T)}</h1>
<div class="info">2026/11/27 10:05　来源：青岛新闻网　<a>{esc(NOISE[1])}</a> <a>{esc(NOISE[2])}</a></div>
<div class="content" id="zoom">
<p class="pic"><img src="/upload/2026/11/27/jimo-parts.jpg"></p>
<p class="pic-note">{esc(NOISE[0])}</p>
{ps(P)}
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
<div class="editor">{esc(NOISE[4])}</div>
</div>
<div class="xgxw"><h3>相关新闻</h3><ul><li><a>{esc(NOISE[6])}</a> <span>2026/11/25</span></li></ul></div>
<div class="foot">{esc(NOISE[7])} 鲁ICP备05012345号</div>
""")
add("portal_qingdaonews", html,
    url="https://news.qingdaonews.com/qingdao/2026-11/27/content_23456789.htm", kind="portal",
    modelled_on="青岛新闻网 (qingdaonews.com, 青岛日报 group news site) content page (top nav, 您当前的位置 path, h1, info row 'YYYY/MM/DD HH:MM　来源：X　[打印] [关闭]' with a slashed year-first date, content #zoom with a photo and a bracketed 企业供图 note, first sentence opening with '青岛新闻网M月D日讯（记者 X）', share, 责任编辑 line, 相关新闻; publishdate meta seven minutes LATER than the printed time; URL with the date)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Slashed year-first date '2026/11/27 10:05' (year first: always year-month-day). The publishdate meta says 10:12:00, seven minutes later on the same day: the printed time wins and the meta's seconds are not borrowed (→ 10:05:00). '青岛新闻网11月27日讯（记者 张晓宁）' opens paragraph 1, stays, and gives the author 张晓宁; its year-less '11月27日' agrees. Editor from 责任编辑; source 青岛新闻网. The photo note （企业供图） is noise.",
    classes=["slashed_ymd_date", "meta_minutes_differ", "printed_time_wins", "byline_inside_first_paragraph", "yearless_date_in_dateline", "image_credit_note", "print_close_links", "share_bar", "editor_line", "related_dates", "url_date"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T10:05:00+08:00",
    author="张晓宁", editor="孙婷婷", source="青岛新闻网", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_taizhou
T = "玉环汽摩配企业抱团出海 在墨西哥共建仓储中心"
P = [
    "日前，玉环市12家汽摩配企业联合投资的海外仓储中心在墨西哥蒙特雷启用。仓储中心面积1.8万平方米，可存放制动、转向和底盘件等各类产品约6000种，面向北美售后市场提供本地发货服务。",
    "“以前一个订单从玉环发到美国客户手里要四十多天，现在从墨西哥仓库发货，最快三天就能送到。”参与投资的一家制动片企业负责人说，今年企业北美订单同比增长了35%。",
    "玉环市经信局相关负责人介绍，玉环现有汽摩配企业1300多家，出口额占全市工业品出口的四成以上。面对海外市场变化，当地正引导企业通过联合建仓、共建品牌等方式降低出海成本。",
    "据悉，明年当地还计划在中东和东欧各布局一个海外仓，覆盖更多售后市场客户。",
]
NOISE = [
    "更新时间：2026-11-28 16:40",
    "（记者 王一帆 通讯员 林佳怡）",
    "【完】",
    "编辑：许丹",
    "审核：周立新",
    "【我要打印】",
    "【关闭窗口】",
    "相关阅读",
    "台州前10月外贸进出口增长9.1%",
]
html = doc(T + "-中国台州网", '<meta name="keywords" content="玉环,汽摩配,海外仓">', f"""
<div class="header"><a class="logo">中国台州网</a> <ul><li><a>首页</a></li><li><a>台州新闻</a></li><li><a>县市区</a></li><li><a>经济</a></li><li><a>台州日报</a></li></ul></div>
<div class="crumb">当前位置：<a>中国台州网</a> &gt;&gt; <a>县市区</a> &gt;&gt; <a>玉环</a></div>
<div class="main">
<h1 class="art-title">{esc(T)}</h1>
<div class="art-info"><span>{esc(NOISE[0])}</span>　<span>发布时间：2026-11-28 07:10</span>　<span>来源：台州日报</span></div>
<div class="art-content">
{ps(P)}
<p class="byline-end">{esc(NOISE[1])}</p>
<p class="end">{esc(NOISE[2])}</p>
</div>
<div class="art-editor">{esc(NOISE[3])}　{esc(NOISE[4])}</div>
<div class="art-tools"><a>{esc(NOISE[5])}</a> <a>{esc(NOISE[6])}</a></div>
</div>
<div class="related"><h3>相关阅读</h3><ul><li><a>{esc(NOISE[8])}</a> <span>2026-11-27</span></li></ul></div>
<div class="footer">台州日报社 主办 浙ICP备05012345号</div>
""")
add("portal_taizhou", html,
    url="https://www.taizhou.com.cn/news/2026-11/28/content_8765432.htm", kind="portal",
    modelled_on="中国台州网 (taizhou.com.cn, 台州日报 / 台州市广播电视 group news site) content page (header, 当前位置 path with >>, art-title h1, art-info row printing 更新时间 BEFORE 发布时间 and 来源, text closed by a bracketed '（记者 X 通讯员 Y）' credit line and an 【完】 end mark, '编辑：X　审核：Y' row, 【我要打印】【关闭窗口】, 相关阅读; URL with the date)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Update printed first: '更新时间：2026-11-28 16:40　发布时间：2026-11-28 07:10' — the 发布时间 wins; no page data (no seconds). Credits only after the text in a bracketed line '（记者 王一帆 通讯员 林佳怡）' → authors 王一帆 林佳怡 (the line itself is noise). End mark 【完】 is noise. '编辑：许丹　审核：周立新' → editor 许丹; 审核 (reviewer) is not. Source 台州日报. '日前' in paragraph 1 is no date.",
    classes=["update_printed_first", "published_and_updated_labels", "credits_after_body_only", "bracketed_credit_line", "reporter_correspondent_list", "end_mark", "reviewer_not_editor", "print_close_links", "related_dates", "url_date"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T07:10:00+08:00",
    author="王一帆 林佳怡", editor="许丹", source="台州日报", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_lnd
T = "铁西装备制造业加速转型 一批新能源汽车零部件项目落地"
P = [
    "本报讯 记者郭宏宇报道 11月24日，沈阳市铁西区举行新能源汽车零部件项目集中签约活动，9个项目现场签约，总投资约68亿元，涉及电驱动总成、车身结构件、热成型零件和动力电池包壳体等领域。",
    "签约企业中，有6家是为区内整车企业配套的一级供应商。一家车身结构件企业负责人表示，企业将在铁西新建热成型生产线4条，达产后年产值可达15亿元，新增就业岗位800个。",
    "近年来，铁西区依托装备制造业基础，推动传统机加工企业向汽车零部件领域转型，目前区内汽车零部件规上企业已达210家。",
    "铁西区相关负责人表示，将为签约项目配备专班服务，力争明年上半年全部开工建设。",
]
NOISE = [
    "本文来源：辽宁日报 作者：郭宏宇 编辑：何佳",
    "图片由受访企业提供",
    "责任编辑：何佳",
    "[ 打印 ]",
    "[ 关闭 ]",
    "相关稿件",
    "辽宁前10月汽车产量增长7.2%",
]
html = doc(T + "_北国网", '<meta name="keywords" content="铁西,新能源汽车,零部件">\n'
           '<meta name="pubdate" content="2026-11-25">', f"""
<div class="lnd-head"><a class="logo">北国网</a> <div class="nav"><a>首页</a> <a>辽宁</a> <a>沈阳</a> <a>经济</a> <a>汽车</a> <a>辽宁日报</a></div></div>
<div class="position">当前位置：<a>北国网</a> &gt; <a>辽宁</a> &gt; <a>经济</a></div>
<div class="news">
<h1>{esc(T)}</h1>
<div class="news-info">2026年11月25日 星期三 15:20　来源：辽宁日报</div>
<div class="hidden-info" style="display:none">{esc(NOISE[0])}</div>
<div class="news-body">
{ps(P)}
<p class="img-note">{esc(NOISE[1])}</p>
</div>
<div class="news-editor">{esc(NOISE[2])}　<a>{esc(NOISE[3])}</a> <a>{esc(NOISE[4])}</a></div>
</div>
<div class="xggj"><h3>相关稿件</h3><ul><li><a>{esc(NOISE[6])}</a> <span>11-21</span></li></ul></div>
<div class="foot">北国网 辽宁日报传媒集团主办</div>
""")
add("portal_lnd", html,
    url="https://news.lnd.com.cn/system/2026/11/25/030512345.shtml", kind="portal",
    modelled_on="北国网 (lnd.com.cn, 辽宁日报传媒集团 news site) news page (head nav, 当前位置 path, h1, news-info row 'YYYY年MM月DD日 星期X HH:MM　来源：X' with the weekday between the date and the clock, a display:none block with the 本文来源 / 作者 / 编辑 fields, body whose first sentence opens with '本报讯 记者X报道', image note, 责任编辑 line with [ 打印 ] [ 关闭 ], 相关稿件 with year-less dates; date-only pubdate meta; URL with the date)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Weekday between the date and the clock: '2026年11月25日 星期三 15:20' (2026-11-25 is a Wednesday); the date-only pubdate meta agrees on the day; no seconds anywhere. '本报讯 记者郭宏宇报道 11月24日，' opens paragraph 1 and stays; it gives the author 郭宏宇 and the event day 11月24日 (not the page date). A display:none block repeats source / author / editor (values agree). Editor 何佳; source 辽宁日报. The image note is noise.",
    classes=["weekday_between_date_and_clock", "date_only_meta_agrees", "byline_inside_first_paragraph", "body_event_date", "hidden_block", "image_credit_note", "editor_line", "print_close_links", "related_yearless_dates", "url_date"],
    title=T, published_date="2026-11-25", published_at="2026-11-25T15:20:00+08:00",
    author="郭宏宇", editor="何佳", source="辽宁日报", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_taihainet
T = "厦门汽车零部件出口前10月增长两成 台资企业贡献近半"
P = [
    "台海网11月26日讯 （海峡导报记者 陈思远 通讯员 叶青）记者从厦门海关获悉，今年前10个月，厦门关区汽车零部件出口额达到86.4亿元，同比增长21.5%，其中台资企业出口占比接近一半。",
    "在海沧区一家台资汽车灯具企业，工人们正在打包发往美国的尾灯总成。企业总经理介绍，今年公司新开拓了三家北美售后市场客户，前10个月出口额同比增长三成，明年计划再扩建一条车灯生产线。",
    "厦门海关相关负责人表示，海关通过“提前申报”“两步申报”等便利措施，帮助零部件企业压缩通关时间，目前出口货物平均通关时间已缩短至1小时以内。",
    "业内人士认为，厦台两地汽车零部件产业互补性强，未来在智能座舱、车用电子等领域仍有较大合作空间。",
]
NOISE = [
    "作者：陈思远",
    "编辑：黄晓雯",
    "【我要纠错】",
    "【打印】",
    "关注台海网微信公众号，第一时间获取厦门新闻",
    "【版权声明】凡注明“来源：台海网”的所有作品，均为本网合法拥有版权的作品，未经授权不得转载。",
    "相关新闻",
    "厦门港前10月集装箱吞吐量同比增长6%",
]
html = doc(T + "-台海网", '<meta name="keywords" content="厦门,汽车零部件,出口,台资">\n'
           '<meta property="og:release_date" content="2026-11-26T08:05:39+08:00">', f"""
<div class="th-header"><a class="logo">台海网</a> <div class="nav"><a>首页</a> <a>厦门</a> <a>台湾</a> <a>福建</a> <a>财经</a> <a>汽车</a></div></div>
<div class="crumbs">台海网 &gt; <a>厦门</a> &gt; <a>财经</a></div>
<div class="article">
<h1>{esc(T)}</h1>
<div class="info"><span class="time">2026-11-26 08:05</span>　<span>来源：海峡导报</span>　<span>作者：陈思远</span>　<span>编辑：黄晓雯</span><a class="jc">【我要纠错】</a><a>【打印】</a></div>
<div class="article-content">
{ps(P)}
</div>
<div class="follow">{esc(NOISE[4])}</div>
<p class="copyright">{esc(NOISE[5])}</p>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a>{esc(NOISE[7])}</a> <span>2026-11-24 16:20</span></li></ul></div>
""")
add("portal_taihainet", html,
    url="https://www.taihainet.com/news/xmnews/cjdc/2026-11-26/2901234.html", kind="portal",
    modelled_on="台海网 (taihainet.com, 海峡导报 / 厦门 news portal) article page (header, crumbs, h1, info row with the time, 来源, 作者 and 编辑 directly followed by 【我要纠错】【打印】 links, text whose first sentence opens with '台海网M月D日讯 （海峡导报记者 X 通讯员 Y）', WeChat follow prompt, 【版权声明】 line, 相关新闻; og:release_date meta with seconds and offset; URL with the date)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="'2026-11-26 08:05' with og:release_date 2026-11-26T08:05:39+08:00 (same minute → seconds kept). Authors: the info row names only '作者：陈思远', the first sentence's credit '（海峡导报记者 陈思远 通讯员 叶青）' names the correspondent too → authors 陈思远 叶青 (page order, no duplicate). Editor 黄晓雯 with 【我要纠错】 glued after it; source 海峡导报 (the reprinting paper, labelled 来源). Follow prompt and copyright line are noise.",
    classes=["og_release_date_seconds_agree", "byline_inside_first_paragraph", "author_field_and_first_paragraph_credit", "reporter_correspondent_list", "editor_glued_to_ui_word", "correction_link", "print_link", "follow_prompt", "copyright_notice_after_body", "related_dates", "url_date"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T08:05:39+08:00",
    author="陈思远 叶青", editor="黄晓雯", source="海峡导报", paragraphs=P, body_noise=NOISE)

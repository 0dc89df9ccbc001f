"""Chinese pages, part B (regional news sites, battery / EV media, a self-media article,
an industry alliance, an exchange and a provincial development-and-reform commission)."""
from _common import FETCH_CN, add, doc, epoch, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------- portal_dayoo
T = "番禺汽车零部件企业“出海”提速 前十月出口额增长逾三成"
P = [
    "广州日报讯 记者从番禺区商务部门获悉，今年1—10月，番禺区汽车零部件出口额同比增长34.6%，出口市场从东南亚、中东进一步拓展至拉美和东欧。",
    "在番禺一家汽车灯具企业的车间里，工人正在为一批发往墨西哥的LED大灯总成做最后检测。企业负责人说，今年海外订单占比已接近四成，公司还在泰国设立了组装工厂，以便就近服务当地整车厂。",
    "业内人士分析，中国新能源汽车海外销量快速增长，带动零部件企业跟随整车“组团出海”。与此同时，部分企业也开始面临海外认证、本地化用工和汇率波动等新挑战。",
    "番禺区有关负责人表示，将继续通过展会补贴、出口信用保险等方式支持企业开拓海外市场，并推动建设汽车零部件出口服务中心。",
]
NOISE = [
    "编辑：吴颖",
    "分享到：",
    "相关新闻",
    "广州汽车产业链招商再签10个项目",
    "大洋网版权所有",
]
head = ('<meta property="article:published_time" content="2026-11-27T18:43:52+08:00">\n'
        '<meta property="og:type" content="article">')
html = doc(T + "_大洋网", head, f"""
<div class="dy-top"><a class="logo">大洋网</a> <a>广州</a> <a>湾区</a> <a>财经</a> <a>汽车</a> <a>广州日报</a></div>
<div class="crumbs"><a>首页</a> &gt; <a>广州</a> &gt; <a>番禺</a></div>
<div class="article">
<div class="article-hd">
<h1 class="title">{esc(T)}</h1>
<div class="info"><span class="time">2026-11-27 18:44</span>　<span class="source">来源：广州日报</span>　<span class="author">作者：全媒体记者 何嘉欣</span></div>
</div>
<div class="article-bd" id="article-content">
{ps(P)}
<p class="editor">编辑：吴颖</p>
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a>{esc(NOISE[3])}</a> <span>2026-11-26</span></li><li><a>南沙港汽车滚装出口再创新高</a> <span>2026-11-25</span></li></ul></div>
<div class="footer">大洋网版权所有 未经授权禁止转载</div>
""")
add("portal_dayoo", html,
    url="https://news.dayoo.com/guangzhou/202611/27/158752_54987612.htm", kind="portal",
    modelled_on="大洋网 (dayoo.com, 广州日报 news site) article page (top channel bar, crumbs, article-hd with title h1 and info row 'date time　来源　作者：全媒体记者 X', article-bd text opening with '广州日报讯', 编辑 line, share, 相关新闻 with dates; article:published_time meta one minute EARLIER than the printed time)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Meta and print disagree by a minute: the info row prints '2026-11-27 18:44', article:published_time says 2026-11-27T18:43:52+08:00. The printed minute wins; the meta's seconds belong to another minute and are not used, so the time is 18:44:00. '广州日报讯' opens the first sentence and stays. Author '作者：全媒体记者 何嘉欣' → 何嘉欣; source 广州日报; editor from the 编辑 line.",
    classes=["meta_minute_differs", "printed_minute_wins", "reporter_prefix", "dateline_in_first_paragraph", "editor_line", "share_bar", "related_dates"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T18:44:00+08:00",
    author="何嘉欣", editor="吴颖", source="广州日报", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_cnwest
T = "西安高新区汽车电子产业链再添新项目 车规级传感器产线开建"
P = [
    "西部网讯 11月25日，一条车规级MEMS传感器产线在西安高新区开工建设。项目总投资12亿元，建成后可年产各类车规级压力、惯性传感器1.2亿只，主要配套新能源汽车的电池管理、底盘控制等系统。",
    "项目负责人介绍，传感器芯片的设计、晶圆制造和封装测试将全部在西安完成，预计2027年三季度投产，届时可将国内车企的供货周期从目前的十余周缩短至四周左右。",
    "近年来，西安高新区依托整车龙头企业带动，汽车电子产业集群初具规模，已聚集功率半导体、智能座舱、车载通信等相关企业百余家。",
]
NOISE = [
    "举报",
    "字号：大 中 小",
    "打印",
    "订阅",
    "编辑：赵敏",
    "【纠错】",
    "相关阅读",
]
html = doc(T + "-西部网（陕西新闻网）", '<meta name="keywords" content="西安高新区,汽车电子,传感器">', f"""
<div class="cnwest-head"><a class="logo">西部网</a> <a>陕西</a> <a>西安</a> <a>财经</a> <a>汽车</a> <a>视频</a></div>
<div class="position"><a>西部网</a> &gt; <a>陕西新闻</a></div>
<div class="layout">
<h1 class="layout-title">{esc(T)}</h1>
<div class="layout-info"><span class="time">2026-11-25 16:20:05</span> <span class="source">来源：西部网</span> <span class="author">作者：记者 杨帆</span> <a class="report" href="/jubao">举报</a> <span class="fontsize">字号：<a>大</a> <a>中</a> <a>小</a></span> <a class="print">打印</a> <a class="subscribe">订阅</a></div>
<div class="layout-content">
{ps(P)}
</div>
<div class="layout-editor">编辑：赵敏 <a class="jiucuo">【纠错】</a></div>
</div>
<div class="related"><h3>相关阅读</h3><ul><li><a>陕西汽车零部件本地配套率持续提升</a> <span>11-23</span></li></ul></div>
<div class="foot">西部网版权所有</div>
""")
add("portal_cnwest", html,
    url="http://news.cnwest.com/sxxw/a/2026/11/25/21987654.html", kind="portal",
    modelled_on="西部网 (cnwest.com, 陕西新闻网) article page (channel head, position path, layout-title h1, layout-info row 'date time with seconds 来源 作者：记者 X' immediately followed by 举报 / 字号：大 中 小 / 打印 / 订阅 controls in the same row, layout-content text opening with '西部网讯', 编辑 line with 【纠错】, 相关阅读)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Buttons next to source and author: the info row runs '来源：西部网 作者：记者 杨帆 举报 字号：大 中 小 打印 订阅' with only spaces between the values and the controls; source is 西部网 and author 杨帆, none of the control words belong to them. Printed time has seconds. '西部网讯' opens the first sentence and stays.",
    classes=["report_button_beside_author", "font_size_control", "print_subscribe_links", "seconds_printed", "reporter_prefix", "dateline_in_first_paragraph", "editor_line", "correction_link"],
    title=T, published_date="2026-11-25", published_at="2026-11-25T16:20:05+08:00",
    author="杨帆", editor="赵敏", source="西部网", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_cbea
T = "钠离子电池启停电源进入装车验证 多家零部件企业布局低温场景"
P = [
    "电池中国网获悉，近期国内多家电池及汽车电子企业推出面向12V启停系统的钠离子电池产品，并已在部分主机厂进入装车验证阶段。",
    "与传统铅酸启停电池相比，钠离子电池在零下30摄氏度的低温环境下仍能保持80%以上的放电能力，循环寿命提升约三倍，重量则可减轻一半左右。",
    "一位参与验证的主机厂工程师表示，钠电启停电源目前的成本仍比铅酸产品高出约40%，但考虑到全生命周期的更换次数和北方市场的低温需求，整车综合成本已基本接近。",
    "业内预计，随着正极材料和电解液供应链成熟，钠离子电池在启停电源、低速车和储能等领域的规模化应用有望在2027年后加速。",
]
NOISE = [
    "【版权声明】凡本网注明“来源：电池中国网”的所有作品，版权均属于电池中国网，未经授权不得转载、摘编或利用其它方式使用。",
    "【免责声明】本网转载作品的目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。如有侵权，请联系本网删除。",
    "责任编辑：陈璐",
    "阅读：1287",
    "推荐阅读",
]
html = doc(T + "-电池中国网", '<meta name="description" content="钠离子电池启停电源进入装车验证">', f"""
<div class="header"><a class="logo">电池中国网</a> <a>资讯</a> <a>动力电池</a> <a>储能</a> <a>材料</a> <a>数据</a> <a>会展</a></div>
<div class="location">您现在的位置：<a>首页</a> &gt; <a>资讯</a> &gt; <a>动力电池</a></div>
<div class="news-detail">
<h1>{esc(T)}</h1>
<div class="news-info">发布时间：2026-11-26 14:37　来源：电池中国网　作者：陆文斌　<span class="views">阅读：1287</span></div>
<div class="news-content">
{ps(P)}
<p class="statement">{esc(NOISE[0])}</p>
<p class="statement">{esc(NOISE[1])}</p>
<p class="editor">责任编辑：陈璐</p>
</div>
</div>
<div class="recommend"><h3>推荐阅读</h3><ul><li><a>钠电产业链降本路线图</a></li><li><a>低温电池测试标准征求意见</a></li></ul></div>
<div class="footer">Copyright © 电池中国网 All Rights Reserved</div>
""")
add("portal_cbea", html,
    url="https://www.cbea.com/xw/202611/0126789.html", kind="portal",
    modelled_on="电池中国网 (cbea.com, battery-industry news portal) news detail page (channel header, 您现在的位置 path, h1, news-info line '发布时间：date time　来源　作者　阅读', 【版权声明】 and 【免责声明】 paragraphs and the 责任编辑 line inside the text container after the last paragraph, 推荐阅读)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Copyright and disclaimer notices inside the article container, as <p> paragraphs right after the text ('【版权声明】…', '【免责声明】…'): noise. '电池中国网获悉，' opens the first sentence and stays. Time printed to the minute, no page data.",
    classes=["copyright_notice_in_body", "disclaimer_inside_body", "editor_line", "read_count", "dateline_in_first_paragraph", "related_list"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T14:37:00+08:00",
    author="陆文斌", editor="陈璐", source="电池中国网", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_gxnews_gbk
T = "玉林内燃机配套产业园新签约15个项目 总投资逾40亿元"
P = [
    "11月25日，玉林市内燃机配套产业园举行项目集中签约活动，15个项目现场签约，总投资额41.3亿元，涉及缸体缸盖铸造、燃油喷射系统、后处理装置和新能源动力总成部件等领域。",
    "近年来，玉林围绕内燃机整机生产企业延链补链，已形成从铸锻件、机加工到总装的较完整配套体系。此次签约的项目中，有6个为新能源和混合动力相关零部件项目。",
    "产业园相关负责人介绍，园区将为签约企业提供标准厂房代建、人才公寓和检测平台共享等服务，力争大部分项目在明年年底前建成投产。",
]
NOISE = [
    "正文已结束，您可以按alt+4进行评论",
    "【我要纠错】",
    "相关新闻",
    "广西汽车零部件产业发展大会在柳州举行",
    "广西新闻网版权所有",
]
html = doc(T + "_广西新闻网", '<meta name="keywords" content="玉林,内燃机,产业园">', f"""
<div class="gx-top"><a class="logo">广西新闻网</a> <a>首页</a> <a>广西</a> <a>财经</a> <a>汽车</a> <a>桂声</a></div>
<div class="article">
<h1 class="article-title">{esc(T)}</h1>
<div class="article-info">2026-11-26 09:18　来源：广西日报　作者：刘华强　编辑：韦丽萍</div>
<div class="article-content" id="artContent">
{ps(P)}
<p class="end-tip">{esc(NOISE[0])}</p>
<p class="jiucuo"><a>【我要纠错】</a></p>
</div>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a>{esc(NOISE[3])}</a> 2026-11-24</li><li><a>北部湾港汽车零部件进口量增长</a> 2026-11-21</li></ul></div>
<div class="footer">广西新闻网版权所有</div>
""", charset="gbk")
add("portal_gxnews_gbk", html,
    url="http://www.gxnews.com.cn/staticpages/20261126/newgx6543a21b-21894567.shtml", kind="portal",
    modelled_on="广西新闻网 (gxnews.com.cn, 广西日报 news site) static content page, GBK (top channel bar, article-title h1, article-info line 'date time　来源　作者　编辑' in one run, text followed INSIDE the content container by the accessibility line '正文已结束，您可以按alt+4进行评论' and 【我要纠错】, 相关新闻 with dates; URL with the date)",
    language="zh-CN", encoding="gbk", fetched_at=FETCH_CN,
    notes="'正文已结束' line (an accessibility end-of-text marker with the alt+4 comment shortcut) inside the content container after the last paragraph, followed by 【我要纠错】: both noise; the body ends with paragraph 3. Author, editor and source from the info line. Stored as GBK bytes with the charset declared.",
    classes=["end_of_text_marker_in_body", "correction_link", "credits_in_one_row", "editor_plain_label", "url_date", "related_dates", "legacy_encoding_gbk"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T09:18:00+08:00",
    author="刘华强", editor="韦丽萍", source="广西日报", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_yunnan
T = "曲靖锂电铜箔项目二期投产 企业总产能提升至8万吨"
P = [
    "云南网讯 11月26日，位于曲靖经济技术开发区的一家锂电铜箔企业二期扩产项目正式投产，新增极薄铜箔产能4万吨，企业总产能提升至8万吨，产品主要供应周边动力电池企业。",
    "企业负责人介绍，二期项目生产的4.5微米极薄铜箔可使电池能量密度提升约5%，目前已通过两家头部电池企业的认证。依托当地相对低廉的绿色水电，项目单位产品碳排放较行业平均水平低约40%。",
    "近年来，曲靖依托绿色能源优势，引进正负极材料、隔膜、电解液、铜箔等项目，初步形成较为完整的新能源电池产业链，并开始向电池包结构件、电池回收等汽车零部件领域延伸。",
]
NOISE = [
    "分享到微信朋友圈",
    "打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。",
    "责任编辑：杨丽娟",
    "相关阅读",
    "云南网版权所有",
]
html = doc(T + "_云南网", '<meta name="keywords" content="曲靖,铜箔,新能源电池">', f"""
<div class="ynw-head"><a class="logo">云南网</a> <a>云南</a> <a>昆明</a> <a>州市</a> <a>财经</a> <a>汽车</a></div>
<div class="xtitle"><h1>{esc(T)}</h1></div>
<div class="xt2"><span>2026-11-27 11:05</span>　<span>来源：云南网</span>　<span>作者：段晓倩</span> <a class="wx-share">微信</a></div>
<div class="xcontent" id="layer216">
<div class="wx-pop" style="display:none"><p>分享到微信朋友圈</p><p>打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。</p><img src="/qr/033245678.png"></div>
<div style="display:none"><span id="pubtime_baidu">2026-11-27 11:05</span><span id="source_baidu">来源：云南网</span><span id="author_baidu">作者：段晓倩</span><span id="editor_baidu">责任编辑：杨丽娟</span></div>
{ps(P)}
<p class="bianji">责任编辑：杨丽娟</p>
</div>
<div class="related"><h3>相关阅读</h3><ul><li><a>云南新能源电池产业链加速成形</a> <span>2026-11-25</span></li></ul></div>
<div class="foot">云南网版权所有</div>
""")
add("portal_yunnan", html,
    url="https://yn.yunnan.cn/system/2026/11/27/033245678.shtml", kind="portal",
    modelled_on="云南网 (yunnan.cn, 云南日报报业集团 news site) content page (head nav, xtitle h1, xt2 row 'date time　来源　作者' with a 微信 share link, xcontent container starting with two display:none blocks — the WeChat share pop-up text and a block of pubtime_baidu / source_baidu / author_baidu / editor_baidu spans —, text opening with '云南网讯', 责任编辑 line, 相关阅读)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Hidden blocks inside the article container: a display:none WeChat share pop-up ('分享到微信朋友圈 / 打开微信…') and a display:none block of *_baidu spans repeating the date, source, author and editor. Neither is article text (noise); the hidden values agree with the visible ones (no seconds). '云南网讯' opens the first sentence and stays.",
    classes=["hidden_display_none_blocks", "hidden_share_popup", "hidden_baidu_fields", "dateline_in_first_paragraph", "editor_line", "related_dates"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T11:05:00+08:00",
    author="段晓倩", editor="杨丽娟", source="云南网", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_dchehui
T = "一体化热管理模块国产化提速：走进一家阀件供应商的新工厂"
P = [
    "走进位于浙江绍兴的这家阀件供应商新工厂，电子膨胀阀、电子水阀和集成式热管理模块的装配线正在满负荷运转。工厂负责人告诉电车汇，今年集成模块的出货量已超过去年全年的两倍。",
    "集成式热管理模块把阀件、水泵、换热器和传感器集成在一块流道板上，可以减少管路数量和装配工时。过去，这类产品的核心阀件多依赖海外供应商，如今国产化率已明显提升。",
    "“主机厂现在要求模块供应商从设计阶段就参与进来，一个平台定点下来往往就是五六年的订单。”该负责人说，公司研发人员占比已提高到25%。",
    "不过，随着更多企业涌入，集成模块的价格竞争也在加剧。有行业分析人士认为，具备阀件、泵和控制软件全栈能力的企业，将在下一轮竞争中占据主动。",
]
NOISE = [
    "图/梁子健",
    "工人在新工厂的电子膨胀阀装配线上作业。梁子健 摄",
    "▲集成式热管理模块样件（受访企业供图）",
    "编辑：周可",
    "相关推荐",
]
html = doc(T + " - 电车汇", '<meta name="keywords" content="热管理,阀件,国产化">', f"""
<div class="dch-nav"><a class="logo">电车汇</a> <a>快讯</a> <a>深度</a> <a>供应链</a> <a>数据</a> <a>活动</a></div>
<div class="post">
<h1 class="post-title">{esc(T)}</h1>
<div class="post-byline"><span class="writer">文/汪晓彤</span>　<span class="photo">图/梁子健</span></div>
<div class="post-meta"><span class="date">2026.11.28 17:10</span>　<span class="src">来源：电车汇</span></div>
<figure class="lead-img"><img src="/uploads/2026/11/valve-line.jpg"><figcaption>{esc(NOISE[1])}</figcaption></figure>
<div class="post-body">
{ps(P[:2])}
<figure><img src="/uploads/2026/11/module.jpg"><figcaption>{esc(NOISE[2])}</figcaption></figure>
{ps(P[2:])}
<p class="post-editor">编辑：周可</p>
</div>
</div>
<div class="recommend"><h3>相关推荐</h3><ul><li><a>热泵空调渗透率再提升</a></li></ul></div>
""")
add("portal_dchehui", html,
    url="https://www.dianchehui.example.cn/article/20261128/8765.html", kind="portal",
    modelled_on="电车汇-style new-energy-vehicle media site (domain a placeholder) feature page (nav, post-title h1, byline row '文/X　图/Y' directly under the headline, meta row with a dotted year-first 'YYYY.MM.DD HH:MM' date and 来源, lead photo with a 'caption. Y 摄' line right under the byline, second figure with a ▲ caption and a company-supplied credit between paragraphs, 编辑 line)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Photo credits and captions near the byline: '文/汪晓彤　图/梁子健' (writer and photographer), then the lead photo caption ending in '梁子健 摄'. The author is the writer 汪晓彤 only; the photographer is never an author. The ▲ caption between paragraphs is noise. Dotted year-first date '2026.11.28 17:10'.",
    classes=["photo_credit_near_byline", "photographer_not_author", "slash_author", "caption_photo_credit", "photo_between_paragraphs", "dotted_ymd_date", "editor_line"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T17:10:00+08:00",
    author="汪晓彤", editor="周可", source="电车汇", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- selfmedia_woshipm
T = "从拆车到选品：做汽车配件电商的三个产品判断"
P = [
    "过去两年，我一直在做汽车配件的线上选品。和很多人想象的不同，汽车配件电商最难的不是流量，而是“这个零件到底能不能装上车”。这篇文章想聊聊我们在选品时形成的三个判断。",
    "一、先看适配数据，再看销量",
    "同一款刹车片，对应的车型年款可能多达上百个。如果适配数据不准，销量越高，退货越多。所以我们上新前会先核对零件号与车型数据库的对应关系，适配准确率达不到98%的商品宁可不上。",
    "二、易损件做流量，功能件做利润",
    "机油滤清器、雨刮片这类易损件复购高、决策快，适合拉新；而灯具总成、减震器这类功能件客单价高、安装复杂，需要配合线下门店服务，但毛利更好。",
    "三、把安装服务当成商品的一部分",
    "用户买的不是一个零件，而是“车修好了”这个结果。把到店安装、上门服务和质保打包进商品详情，转化率比单卖零件高出一截。",
]
NOISE = [
    "编辑导语：汽车配件电商看起来是流量生意，实则是数据和服务的生意。本文作者结合自己的选品经验，总结了三个产品判断，希望对你有帮助。",
    "本文由 @汽车产品老周 原创发布于人人都是产品经理。未经作者许可，禁止转载",
    "题图来自Unsplash，基于CC0协议",
    "该文观点仅代表作者本人，人人都是产品经理平台仅提供信息存储空间服务",
    "2.1k 阅读",
    "打赏作者",
    "更多精彩内容，请关注人人都是产品经理微信公众号或下载App",
]
head = '<meta property="article:published_time" content="2026-11-27T08:45:31+08:00">'
body_html = "\n".join(
    f"<h2>{esc(p)}</h2>" if p[:2] in ("一、", "二、", "三、") else f"<p>{esc(p)}</p>" for p in P)
html = doc(T + " | 人人都是产品经理", head, f"""
<header class="site-header"><a class="logo">人人都是产品经理</a> <nav><a>文章</a> <a>问答</a> <a>课程</a> <a>起点课堂</a></nav></header>
<main class="article">
<div class="article--header">
<h1 class="article--title">{esc(T)}</h1>
<div class="article--meta"><a class="u-nickname" href="/u/1234567">汽车产品老周</a> <time>2026-11-27</time> <span class="views">2.1k 阅读</span></div>
</div>
<div class="article--content">
<blockquote class="article--lead">{esc(NOISE[0])}</blockquote>
{body_html}
<p class="copyright">{esc(NOISE[1])}</p>
<p class="copyright">{esc(NOISE[2])}</p>
<p class="copyright">{esc(NOISE[3])}</p>
</div>
<div class="article--reward"><a>打赏作者</a></div>
<div class="follow-tip">{esc(NOISE[6])}</div>
</main>
""")
add("selfmedia_woshipm", html,
    url="https://www.woshipm.com/it/6123456.html", kind="self_media",
    modelled_on="人人都是产品经理 (woshipm.com, contributor article platform) article page (site header, article--title h1, meta row with the contributor's nickname link, a date-only <time> and 阅读 count, 编辑导语 blockquote, text with '一、' h2 section headings, the three standard closing lines — 原创发布 notice, 题图 image-licence notice, platform storage-service disclaimer — inside the content, 打赏作者, follow prompt; article:published_time meta with seconds)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Image-rights notice: '题图来自Unsplash，基于CC0协议' is one of three closing lines inside the content (with the '本文由 @汽车产品老周 原创发布于…' notice and the platform disclaimer): all noise. The 编辑导语 blockquote is the platform's deck, not body. Numbered h2 section headings are body. Contributor account: source = the nickname, not an author. Visible date is date-only; article:published_time supplies 08:45:31.",
    classes=["image_rights_notice", "original_notice", "platform_disclaimer", "editor_lead_deck", "headings_in_body", "account_source", "account_not_author", "date_only_visible", "time_only_in_meta", "read_count", "follow_prompt", "no_author", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T08:45:31+08:00",
    author=None, editor=None, source="汽车产品老周", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- gov_battery_alliance
T = "2026年10月动力电池月度信息"
ROWS = [
    ["排名", "企业名称", "装车量（GWh）", "占比"],
    ["1", "宁川新能源", "26.41", "43.08%"],
    ["2", "华宇动力", "13.92", "22.71%"],
    ["3", "东衡电池", "4.87", "7.94%"],
    ["4", "江北锂能", "3.66", "5.97%"],
    ["5", "安泰新能源", "2.58", "4.21%"],
]
P1 = [
    "10月，我国动力电池产量共计118.6GWh，同比增长36.2%，环比增长7.4%。1—10月，我国动力电池累计产量达1003.8GWh，累计同比增长41.5%。",
    "10月，我国动力电池装车量61.3GWh，同比增长33.8%，环比增长9.1%。其中三元电池装车量11.2GWh，占总装车量18.3%；磷酸铁锂电池装车量50.1GWh，占总装车量81.7%。",
    "10月动力电池装车量前五家企业情况如下：",
]
P2 = ["注：数据来源于联盟会员企业上报及公开信息整理，装车量按配套整车的上险数据口径统计，占比四舍五入保留两位小数。"]
P = P1 + rows_tsv(ROWS) + P2
NOISE = [
    "浏览次数：3826",
    "打印本页",
    "关闭窗口",
    "上一篇：2026年9月动力电池月度信息",
    "联盟简介",
]
html = doc(T + "-中国汽车动力电池产业创新联盟", '<meta name="publishdate" content="2026-11-11 10:00">', f"""
<div class="top"><a class="logo">中国汽车动力电池产业创新联盟</a> <a>首页</a> <a>联盟简介</a> <a>联盟动态</a> <a>数据发布</a> <a>标准研究</a></div>
<div class="path">当前位置：<a>首页</a> &gt; <a>数据发布</a></div>
<div class="detail">
<div class="detail-title">{esc(T)}</div>
<div class="detail-info">发布日期：2026-11-11 10:00　来源：联盟秘书处　<span>浏览次数：3826</span></div>
<div class="detail-content">
{ps(P1)}
{table(ROWS)}
{ps(P2)}
</div>
<div class="detail-tools"><a>打印本页</a> <a>关闭窗口</a></div>
<div class="prev">上一篇：2026年9月动力电池月度信息</div>
</div>
<div class="footer">中国汽车动力电池产业创新联盟 版权所有</div>
""")
add("gov_battery_alliance", html,
    url="http://www.battery-alliance.example.org.cn/sjfb/202611/t20261111_1234.html", kind="gov",
    modelled_on="中国汽车动力电池产业创新联盟-style industry alliance site (domain a placeholder) monthly data release page (top menu, 当前位置 path, detail-title div, detail-info '发布日期：date time　来源：联盟秘书处　浏览次数', text with a top-five table and a closing 注 line, 打印本页 / 关闭窗口, 上一篇 link; publishdate meta agreeing)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Monthly sales / installation data release with a table: the table is body (one paragraph per row, header included, cells TAB-joined); the sentence introducing it and the closing 注 line are body. Report-month words ('10月', '1—10月') are no publication dates; 上一篇's '2026年9月' is a month only. Source is the secretariat (来源 label); no author, no editor.",
    classes=["monthly_data_release", "table_in_body", "footnote_in_body", "month_words_in_body", "department_source", "headline_in_div", "hit_count", "print_close_links", "prev_next_titles", "meta_time_agrees", "no_author", "no_editor"],
    title=T, published_date="2026-11-11", published_at="2026-11-11T10:00:00+08:00",
    author=None, editor=None, source="联盟秘书处", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- gov_sse
T = "上交所召开汽车零部件行业上市公司高质量发展座谈会"
P = [
    "11月19日，上交所召开汽车零部件行业上市公司高质量发展座谈会，20余家沪市汽车零部件上市公司负责人参加会议，围绕技术创新、海外布局、并购重组和投资者回报等话题进行交流。",
    "与会公司表示，汽车产业电动化、智能化转型正在重塑零部件行业格局，企业在研发投入、产能全球化布局等方面面临新的机遇和挑战，希望资本市场在并购重组、再融资等方面提供更加精准的支持。",
    "上交所相关负责人表示，将持续深化服务，支持汽车零部件企业依法合规运用并购重组做优做强，引导上市公司增强投资者回报意识，通过现金分红、股份回购等方式与投资者共享发展成果。",
    "下一步，上交所将继续加强与行业协会、地方政府的沟通协作，推动沪市汽车产业链上市公司提升质量。",
]
NOISE = [
    "本所要闻",
    "打印",
    "关闭",
    "上海证券交易所版权所有",
    "投资者服务热线：400-888-0000",
]
html = doc(T + " | 上海证券交易所", '<meta name="keywords" content="本所要闻">', f"""
<div class="sse_header"><a class="logo">上海证券交易所</a> <nav><a>首页</a> <a>披露</a> <a>数据</a> <a>产品</a> <a>服务</a> <a>规则</a> <a>关于</a></nav></div>
<div class="sse_breadcrumb"><a>首页</a> &gt; <a>关于</a> &gt; <a>媒体中心</a> &gt; <a>本所要闻</a></div>
<div class="sse_colContent">
<div class="sse_side"><h3>本所要闻</h3></div>
<div class="article-infor">
<h2 class="title">{esc(T)}</h2>
<p class="article_opt"><i>2026-11-20</i></p>
<div class="allZoom">
{ps(P)}
</div>
<div class="opt"><a>打印</a> <a>关闭</a></div>
</div>
</div>
<div class="sse_footer">上海证券交易所版权所有 投资者服务热线：400-888-0000</div>
""")
add("gov_sse", html,
    url="https://www.sse.com.cn/aboutus/mediacenter/hotandd/c/c_20261120_10789012.shtml", kind="gov",
    modelled_on="上海证券交易所 (sse.com.cn) 媒体中心 > 本所要闻 page (sse_header nav, breadcrumb, side column title, article-infor block with an h2 title and a date-only article_opt line under it, allZoom text, 打印 / 关闭, footer with the investor hotline; URL with c_YYYYMMDD)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Exchange news page with a date only ('2026-11-20', URL agrees) and no time anywhere: published_at is null (no time is invented). The body's '11月19日' is the meeting day. No author, editor or source label. The hotline digits in the footer are no date.",
    classes=["exchange_news_page", "date_only_no_time", "url_date", "body_event_date", "h2_headline", "print_close_links", "hotline_digits", "no_author", "no_editor", "no_source"],
    title=T, published_date="2026-11-20", published_at=None,
    author=None, editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- gov_jldrc
T = "省发展改革委调研汽车零部件产业链配套情况"
P = [
    "近日，省发展改革委产业协调处赴长春、吉林、四平等地，围绕汽车零部件产业链配套情况开展专题调研，实地走访了12家零部件企业和3个汽车产业园区。",
    "调研组了解到，全省汽车零部件企业在新能源转型中呈现以下特点：",
    "（一）配套能力稳步提升。电驱系统、热管理、轻量化车身等领域新项目加快落地，本地配套率较去年同期提高约5个百分点。",
    "（二）中小企业转型压力较大。部分传统动力总成配套企业订单下滑，在研发投入和设备改造方面资金压力突出。",
    "（三）要素保障需求集中。企业普遍反映在用地、用能和高技能人才方面存在需求。",
    "调研组表示，将梳理汇总企业反映的问题，会同有关部门研究提出针对性支持措施，推动全省汽车产业链供应链稳定畅通。",
]
NOISE = [
    "浏览次数：",
    "视力保护色：",
    "【打印本页】",
    "【关闭窗口】",
    "扫一扫在手机打开当前页",
    "吉林省发展和改革委员会 主办",
]
head = ('<meta name="SiteName" content="吉林省发展和改革委员会">\n'
        f'<meta name="ArticleTitle" content="{esc(T)}">\n'
        '<meta name="PubDate" content="2026-11-18 09:30">\n'
        '<meta name="ContentSource" content="产业协调处">')
html = doc(T + "_吉林省发展和改革委员会", head, f"""
<div class="banner"><span class="site">吉林省发展和改革委员会</span></div>
<div class="nav"><a>首页</a> <a>机构概况</a> <a>政务公开</a> <a>发展规划</a> <a>产业发展</a> <a>互动交流</a></div>
<div class="position">您当前所在位置：<a>首页</a> &gt; <a>产业发展</a> &gt; <a>工作动态</a></div>
<div class="main">
<div class="xl_title">{esc(T)}</div>
<div class="xl_info">发布时间：2026-11-18 09:30　信息来源：产业协调处　<span>浏览次数：<em id="hits">641</em></span>　<span class="color">视力保护色：<a>■</a> <a>■</a> <a>■</a></span></div>
<div class="xl_con TRS_Editor">
{ps(P)}
</div>
<div class="xl_tools"><a>【打印本页】</a> <a>【关闭窗口】</a></div>
<div class="xl_qr"><img src="/qr.png"><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="footer">吉林省发展和改革委员会 主办　吉ICP备05000000号</div>
""")
add("gov_jldrc", html,
    url="http://jldrc.jl.gov.cn/cyfz/gzdt/202611/t20261118_9123456.html", kind="gov",
    modelled_on="吉林省发展和改革委员会 (jldrc.jl.gov.cn, provincial development-and-reform commission) 工作动态 page on a TRS template (banner, nav, 您当前所在位置 path, xl_title div, xl_info '发布时间：date time　信息来源：处室　浏览次数　视力保护色', TRS_Editor text with （一）（二）（三） items, 【打印本页】【关闭窗口】, 扫一扫 QR line; SiteName / ArticleTitle / PubDate / ContentSource meta)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Provincial commission release: 信息来源 label → source 产业协调处 (a division). The hit count and the 视力保护色 (eye-care colour) switcher sit in the info line after the source: noise. Numbered （一）…（三） items and the sentence introducing them are body. PubDate meta agrees with the printed minute (no seconds). No author, no editor.",
    classes=["info_source_label", "department_source", "numbered_items_in_body", "hit_count", "eye_care_colour_switch", "trs_meta", "meta_time_agrees", "headline_in_div", "print_close_links", "qr_prompt", "no_author", "no_editor"],
    title=T, published_date="2026-11-18", published_at="2026-11-18T09:30:00+08:00",
    author=None, editor=None, source="产业协调处", paragraphs=P, body_noise=NOISE)

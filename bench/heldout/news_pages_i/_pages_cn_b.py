"""Chinese pages, part B: seven portals, three government / association pages, three self-media pages."""
from _common import FETCH_CN, add, doc, epoch, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------------------------------------
# 8. 全球汽配网-style parts B2B news (domain a placeholder) — relative '2天前' + script variable
# ---------------------------------------------------------------------------------------------
T = "刹车片原材料涨价 售后渠道价格普遍上调5%至8%"
P8 = [
    "受钢背、铜粉替代材料和芳纶纤维价格上涨影响，11月以来多家刹车片生产企业陆续向售后渠道发出调价函，调价幅度普遍在5%至8%之间。",
    "记者走访多个汽配城了解到，陶瓷配方刹车片涨幅相对较大，部分热门车型的前刹车片批发价每套上涨10元至15元。主要品类价格变化如下：",
]
R8 = [
    ["品类", "10月批发均价（元/套）", "11月批发均价（元/套）", "涨幅"],
    ["半金属刹车片", "86", "91", "5.8%"],
    ["低金属刹车片", "102", "108", "5.9%"],
    ["陶瓷刹车片", "138", "149", "8.0%"],
]
P8b = [
    "一位汽配批发商表示，年底是维修保养旺季，下游修理厂对涨价的接受度相对较高，但如果原材料价格继续上行，不排除明年一季度再次调价。",
]
body = f"""
<div class="qp-top"><a class="logo">全球汽配网</a><form class="search"><input type="text" placeholder="搜索配件/企业/资讯"></form></div>
<div class="qp-nav"><a>首页</a><a>供应</a><a>求购</a><a>企业库</a><a>资讯</a></div>
<div class="qp-news">
<h1 class="qp-title">{esc(T)}</h1>
<div class="qp-meta"><span class="pubtime" title="2026-11-28 16:55">2天前</span><span>来源：全球汽配网</span><span>作者：宁可欣</span><span class="read">阅读 856</span></div>
<div class="qp-body">
{ps(P8)}
{table(R8)}
{ps(P8b)}
<div class="qp-supply"><h4>相关供应</h4><ul><li>陶瓷刹车片 批发 <a>立即询价</a></li><li>刹车盘 全系供货 <a>立即询价</a></li></ul></div>
</div>
<div class="qp-latest"><h3>最新资讯</h3><ul><li>机油滤清器出口订单回暖<span>5小时前</span></li><li>汽配城年底促销启动<span>1天前</span></li></ul></div>
</div>
<div class="qp-foot">全球汽配网 版权所有</div>
<script>var pubDate = "2026-11-28 16:55:12"; var articleId = 552031;</script>
"""
add("portal_qpw", doc(T + "-全球汽配网", "", body),
    url="https://news.qpw.example.com/hangye/552031.html",
    kind="portal",
    modelled_on="全球汽配网-style auto-parts B2B portal (domain a placeholder) news page (search bar, qp-title h1, meta row with a relative '2天前' span carrying a title tooltip with the date-time, 来源 / 作者 / 阅读, price table in the text, 相关供应 box with 立即询价 links inside the content, 最新资讯 with relative times; var pubDate with seconds in a script)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible '2天前' from the fetch day 2026-11-30 is 2026-11-28; the tooltip (16:55) and the script variable pubDate (16:55:12) give the time and agree. The supply box is noise; sidebar relative times are traps.",
    classes=["relative_days", "title_tooltip_date", "script_page_data", "table_in_body", "supply_box_inside_body",
             "relative_sidebar_times", "read_count", "no_editor"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T16:55:12+08:00",
    author="宁可欣", editor=None, source="全球汽配网",
    paragraphs=P8 + rows_tsv(R8) + P8b,
    body_noise=["相关供应", "立即询价", "机油滤清器出口订单回暖", "阅读 856"])

# ---------------------------------------------------------------------------------------------
# 9. 上观新闻 (jfdaily.com) — two authors, 阅读 counter, A-/A+ controls, end credit block
# ---------------------------------------------------------------------------------------------
T = "临港一汽车零部件产业园年产值突破千亿元"
P9 = [
    "记者从临港新片区获悉，今年前10个月，区内一汽车零部件产业园累计实现产值1012亿元，同比增长24%，成为新片区首个产值突破千亿元的特色产业园区。",
    "园区目前集聚零部件企业136家，覆盖电驱、电池、热管理、智能座舱等领域。今年新落地的23个项目中，有9个为外资企业投资。",
    "园区负责人介绍，下一步将围绕智能底盘和车规级芯片补链，推动整零协同研发，力争明年产值再上新台阶。",
]
body = f"""
<div class="sg-header"><a class="sg-logo">上观新闻</a><a class="sg-app">打开上观新闻APP，阅读体验更佳</a></div>
<div class="sg-main">
<div class="sg-article">
<div class="sg-channel">经济</div>
<h1 class="sg-title">{esc(T)}</h1>
<div class="sg-info"><span class="sg-from">来源：解放日报</span><span class="sg-author">作者：沈悦 张弛</span><span class="sg-time">2026-11-27 06:30</span><span class="sg-read">阅读：4.3万</span><span class="sg-font"><a>A-</a><a>A+</a></span></div>
<div class="sg-content">
<p><img src="/images/2026/11/27/lingang.jpg" alt=""></p>
{ps(P9)}
</div>
<div class="sg-credit">栏目主编：钱琳　文字编辑：黄瑶　题图来源：上观题图　图片编辑：徐佳敏</div>
<div class="sg-share">分享到：<a>微信</a><a>微博</a></div>
</div>
<div class="sg-recommend"><h3>相关推荐</h3><ul><li>浦东智能网联汽车测试道路再扩容</li><li>嘉定汽车城三季度外贸数据发布</li></ul></div>
</div>
<div class="sg-footer">上海报业集团 版权所有</div>
<script>window.__NEWS__ = {{"id": 918273, "publishtime": "2026-11-27 06:30:00", "channel": "经济"}};</script>
"""
add("portal_jfdaily", doc(T + "_上观新闻", "", body),
    url="https://www.jfdaily.com/news/detail?id=918273",
    kind="portal",
    modelled_on="上观新闻 (jfdaily.com, 解放日报 / 上海报业集团 news app and site) article page (open-app bar, channel label, h1, info row '来源：解放日报　作者：X Y　date-time　阅读：4.3万' with A-/A+ font controls, closing credit block '栏目主编　文字编辑　题图来源　图片编辑', share row, 相关推荐; window.__NEWS__ with publishtime)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed 2026-11-27 06:30; page data publishtime 06:30:00 agrees. Authors 沈悦 张弛. The closing block names a 栏目主编 (section chief), a 文字编辑 (text editor) and a 图片编辑 (picture editor): the text editor 黄瑶 is the editor (see README assumptions). The credit block and app prompt are noise.",
    classes=["two_authors", "author_beside_font_controls", "read_count_wan", "end_credit_block",
             "text_editor_vs_section_chief", "picture_editor_not_editor", "app_prompt", "script_page_data",
             "share_bar"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T06:30:00+08:00",
    author="沈悦 张弛", editor="黄瑶", source="解放日报",
    paragraphs=P9,
    body_noise=["栏目主编：钱琳　文字编辑：黄瑶　题图来源：上观题图　图片编辑：徐佳敏",
                "打开上观新闻APP，阅读体验更佳", "阅读：4.3万", "浦东智能网联汽车测试道路再扩容"])

# ---------------------------------------------------------------------------------------------
# 10. 现代快报+ (xdkb.net) — 记者/文 摄 credit line, photo caption, 编辑 + 校对
# ---------------------------------------------------------------------------------------------
T = "南京一新能源汽车电机项目投产 年产能50万台"
P10 = [
    "11月26日上午，位于南京江宁开发区的一家新能源汽车驱动电机项目正式投产。项目总投资28亿元，达产后可年产扁线驱动电机50万台。",
    "现代快报+记者在现场看到，新厂房内的定子装配线已实现全自动化，一台电机从绕线到下线只需约90秒。",
    "企业负责人介绍，项目产品将主要配套长三角地区的整车企业，明年上半年还将启动二期建设，重点生产油冷电驱总成。",
]
body = f"""
<div class="kb-top"><a class="kb-logo">现代快报+</a><a class="kb-dl">下载APP</a></div>
<div class="kb-main">
<h1 class="kb-title">{esc(T)}</h1>
<div class="kb-info"><span class="kb-source">来源：现代快报+</span><span class="kb-time">2026-11-26 20:14:32</span></div>
<div class="kb-content">
<p class="kb-credit">现代快报/现代+记者 顾晓晨/文 柏林/摄</p>
{ps(P10[:2])}
<p style="text-align:center"><img src="/uploads/2026/11/26/dj.jpg" alt=""></p>
<p class="pic-note" style="text-align:center">新投产的电机定子装配线 柏林 摄</p>
{ps(P10[2:])}
</div>
<div class="kb-editor">编辑：沈蔓　校对：周宁</div>
<div class="kb-more"><h3>更多新闻</h3><ul><li>江苏前10月新能源汽车产量同比增长三成</li><li>南京汽车零部件企业组团参展</li></ul></div>
</div>
<div class="kb-foot">现代快报 版权所有</div>
"""
head = '<meta name="author" content="顾晓晨">'
add("portal_xdkb", doc(T + "-现代快报网", head, body),
    url="https://www.xdkb.net/p1/js/20261126/8812734.html",
    kind="portal",
    modelled_on="现代快报+ (xdkb.net, 江苏 city daily app and site) news page (kb-title h1, info row with 来源 and a seconds-precise time, credit line '现代快报/现代+记者 X/文 Y/摄' opening the content, centred photo with a '… Y 摄' caption, '编辑　校对' line after the text, 更多新闻)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed to the second (20:14:32). Author 顾晓晨 from '记者 X/文'; 柏林 is the photographer (/摄, caption). Editor 沈蔓 (校对 is a proofreader). The credit line and caption are noise.",
    classes=["seconds_printed", "credit_line_text_photo", "photographer_caption", "photographer_not_author",
             "site_prefix_in_author", "editor_line", "proofreader_not_editor", "app_prompt"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T20:14:32+08:00",
    author="顾晓晨", editor="沈蔓", source="现代快报+",
    paragraphs=P10,
    body_noise=["现代快报/现代+记者 顾晓晨/文 柏林/摄", "新投产的电机定子装配线 柏林 摄", "编辑：沈蔓　校对：周宁",
                "江苏前10月新能源汽车产量同比增长三成"])

# ---------------------------------------------------------------------------------------------
# 11. 齐鲁壹点 (ql1d.com) — credit paragraph, media name beside the date, report prompt
# ---------------------------------------------------------------------------------------------
T = "潍坊一企业氢燃料电池发动机出口欧洲"
P11 = [
    "11月25日，首批20台氢燃料电池发动机从潍坊一家动力企业下线装箱，将经青岛港发往欧洲，用于当地城市公交车和物流车。",
    "该企业研发负责人介绍，此次出口的发动机额定功率为120千瓦，低温冷启动能力达到零下30摄氏度，已通过欧盟相关认证。",
    "据了解，该企业今年氢燃料电池发动机订单量同比增长近两倍，海外订单占比首次超过两成。",
]
body = f"""
<div class="yd-open">打开齐鲁壹点APP 查看更多精彩内容</div>
<div class="yd-article">
<h1>{esc(T)}</h1>
<div class="yd-meta"><span class="yd-media">齐鲁晚报·齐鲁壹点</span><span class="yd-time">2026-11-25 18:03</span></div>
<div class="yd-content">
<p class="yd-byline">齐鲁晚报·齐鲁壹点 记者 韩晓 通讯员 王琛</p>
{ps(P11)}
<p class="yd-baoliao">想爆料、求报道，可在应用市场下载“齐鲁壹点”APP，或搜索微信小程序“壹点情报站”，记者在线等你来报料。</p>
</div>
<div class="yd-editor">编辑：孟凡</div>
<div class="yd-rec"><h3>为你推荐</h3><ul><li>山东前三季度汽车零部件出口增长15%</li><li>济南新能源重卡换电站投运</li></ul></div>
</div>
"""
head = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
               "datePublished": "2026-11-25T18:03:41+08:00",
               "publisher": {"@type": "Organization", "name": "齐鲁壹点"}})
add("portal_ql1d", doc(T + "-齐鲁壹点", head, body),
    url="https://www.ql1d.com/news/20261125/8123456.html",
    kind="portal",
    modelled_on="齐鲁壹点 (ql1d.com, 齐鲁晚报 news app) share page (open-app bar, h1, meta row with the media name 'X·Y' and a date-time, credit paragraph '齐鲁晚报·齐鲁壹点 记者 X 通讯员 Y' opening the text, 报料 prompt inside the content, 编辑 line, 为你推荐; NewsArticle JSON-LD with seconds)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed 18:03; JSON-LD 18:03:41 agrees. Authors 韩晓 王琛 from the credit paragraph (记者 / 通讯员 and the media prefix dropped). Source is the media name beside the date with no label. Credit paragraph and 报料 prompt are noise.",
    classes=["credit_paragraph_opening_body", "two_authors", "site_prefix_in_author", "media_name_no_label",
             "jsonld_seconds_agree", "report_prompt_in_body", "editor_line", "app_prompt"],
    title=T, published_date="2026-11-25", published_at="2026-11-25T18:03:41+08:00",
    author="韩晓 王琛", editor="孟凡", source="齐鲁晚报·齐鲁壹点",
    paragraphs=P11,
    body_noise=["齐鲁晚报·齐鲁壹点 记者 韩晓 通讯员 王琛",
                "想爆料、求报道，可在应用市场下载“齐鲁壹点”APP，或搜索微信小程序“壹点情报站”，记者在线等你来报料。",
                "编辑：孟凡", "打开齐鲁壹点APP 查看更多精彩内容", "山东前三季度汽车零部件出口增长15%"])

# ---------------------------------------------------------------------------------------------
# 12. 车主之家 (16888.com) — meta one minute later, trim table, 编辑 next to 字号
# ---------------------------------------------------------------------------------------------
T = "新款中型SUV公布配置 入门版增配L2级辅助驾驶"
P12 = [
    "日前，某自主品牌新款中型SUV正式公布配置信息，新车共推出四个版本，预售价区间为17.99万至23.59万元。",
    "与现款相比，新车入门版即标配L2级组合辅助驾驶，高配车型还增加了城区领航辅助功能。各版本主要配置如下：",
]
R12 = [
    ["版本", "预售价（万元）", "辅助驾驶", "电池容量（kWh）"],
    ["长续航版", "17.99", "L2级组合辅助", "65.2"],
    ["长续航Pro版", "19.59", "高速领航", "65.2"],
    ["超长续航Max版", "21.99", "高速领航", "82.4"],
    ["四驱性能版", "23.59", "城区领航", "82.4"],
]
P12b = [
    "动力方面，新车后驱版本电机最大功率为200千瓦，四驱版本综合功率为390千瓦，官方零百加速4.3秒。新车预计将于12月中旬正式上市。",
]
body = f"""
<div class="top16888"><a class="logo">车主之家</a><span>汽车报价 | 新闻 | 口碑 | 销量</span></div>
<div class="crumb">车主之家 &gt; 新闻中心 &gt; 新车</div>
<div class="news_main">
<h1 class="news_title">{esc(T)}</h1>
<div class="news_info"><span class="date">2026-11-24 11:20</span><span class="laiyuan">来源：车主之家</span><span class="bianji">编辑：贺青</span><span class="zihao">【字号 <a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="news_content">
{ps(P12)}
{table(R12)}
<p class="more-config"><a>点击查看完整参数配置&gt;&gt;</a></p>
{ps(P12b)}
</div>
<div class="news_tags">本文标签：<a>中型SUV</a> <a>新车配置</a></div>
<div class="news_rel"><h3>相关新闻</h3><ul><li>11月上市新车汇总<span>2026-11-22</span></li><li>中型SUV销量榜出炉<span>2026-11-18</span></li></ul></div>
</div>
<div class="foot16888">车主之家 版权所有</div>
"""
head = '<meta property="article:published_time" content="2026-11-24T11:21:05+08:00">'
add("portal_16888", doc(T + "_车主之家", head, body),
    url="https://news.16888.com/202611/24/8812345.html",
    kind="portal",
    modelled_on="车主之家 (16888.com, car prices / sales-data / news portal) news page (crumb, news_title h1, news_info row with date-time / 来源 / 编辑 and a 【字号 大 中 小】 control, trim table in the text, '点击查看完整参数配置>>' link inside the content, tags, 相关新闻 with dates; article:published_time meta one minute later than the printed minute)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed 11:20; the meta says 11:21:05 (another minute), so 11:20:00 stands. No author; editor 贺青 sits beside the 字号 control. Table rows are body; the parameter link is noise.",
    classes=["meta_minute_disagree", "table_in_body", "editor_in_info_line", "editor_beside_font_control",
             "config_link_inside_body", "tags_line", "related_dates", "no_author"],
    title=T, published_date="2026-11-24", published_at="2026-11-24T11:20:00+08:00",
    author=None, editor="贺青", source="车主之家",
    paragraphs=P12 + rows_tsv(R12) + P12b,
    body_noise=["点击查看完整参数配置>>", "【字号 大 中 小】", "本文标签：中型SUV 新车配置", "11月上市新车汇总"])

# ---------------------------------------------------------------------------------------------
# 13. 中国专用汽车网-style special-vehicle portal (domain a placeholder) — date-only + weekday, time in script
# ---------------------------------------------------------------------------------------------
T = "第412批新车公告发布 冷藏车新产品数量居首"
P13 = [
    "日前，第412批《道路机动车辆生产企业及产品公告》新产品目录发布。本批次共有专用汽车新产品1036款，较上批增长6.5%。",
    "从产品类别看，新产品数量居前的品类依次为：",
    "1. 冷藏车新产品186款，其中纯电动冷藏车72款；",
    "2. 随车起重运输车新产品121款；",
    "3. 清障车、洗扫车等环卫类专用车新产品108款；",
    "4. 混凝土搅拌运输车新产品95款。",
    "业内人士分析，冷链物流需求增长和城市配送电动化，是冷藏车新产品持续增多的主要原因。",
]
body = f"""
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="logo">中国专用汽车网</td><td class="ad">专用汽车行业门户</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="menu"><a>首页</a> | <a>新闻</a> | <a>公告</a> | <a>企业</a> | <a>产品</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="690" valign="top">
<div class="lmdh">当前位置：首页 &gt; 行业新闻</div>
<div class="bt">{esc(T)}</div>
<div class="xx">日期：2026年11月20日 星期五　来源：中国专用汽车网　作者：方涛　点击：<span id="hits"></span></div>
<div class="nr">
{ps(P13)}
</div>
<div class="fy">【<a>收藏本文</a>】【<a>打印</a>】【<a>关闭</a>】</div>
</td><td width="300" valign="top" class="right"><div class="rt">公告查询</div><ul><li>第411批公告解读 2026-10-23</li><li>第410批公告解读 2026-09-25</li></ul></td></tr></table>
<div class="bottom">中国专用汽车网 版权所有</div>
<script type="text/javascript">var newsTime = "2026-11-20 10:15:47"; document.getElementById("hits").innerHTML = "2081";</script>
"""
add("portal_zyqc", doc(T + "-中国专用汽车网", "", body),
    url="https://www.zyqc.example.com/news/20261120/15324.html",
    kind="portal",
    modelled_on="中国专用汽车网-style special-purpose vehicle portal (domain a placeholder) news page on an old table template (lmdh path, bt title div, xx line '日期：YYYY年MM月DD日 星期X　来源　作者　点击' with the count filled in by script, numbered category items as paragraphs, 【收藏本文】【打印】【关闭】, sidebar with dates; var newsTime with the time in a script)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible date only ('2026年11月20日 星期五', Friday is correct); the script variable newsTime (10:15:47) supplies the time. Numbered items and the sentence introducing them are body.",
    classes=["date_only_visible", "weekday_in_date", "time_only_in_script", "chinese_date_format",
             "numbered_items_in_body", "table_layout", "headline_in_div", "print_close_links",
             "script_filled_count", "sidebar_dates", "no_editor"],
    title=T, published_date="2026-11-20", published_at="2026-11-20T10:15:47+08:00",
    author="方涛", editor=None, source="中国专用汽车网",
    paragraphs=P13,
    body_noise=["【收藏本文】【打印】【关闭】", "公告查询", "第411批公告解读 2026-10-23"])

# ---------------------------------------------------------------------------------------------
# 14. NE时代-style new-energy supply-chain media (domain a placeholder) — pipe credit, headings, table
# ---------------------------------------------------------------------------------------------
T = "一体化压铸后地板渗透率提升 二线车企开始批量导入"
H14 = ["01 渗透率：从头部车企走向二线", "02 设备：9000吨级成为主流"]
P14a = [
    "一体化压铸技术正在从少数头部车企向更多二线品牌扩散。据统计，今年前三季度国内新上市车型中，采用一体化压铸后地板的车型占比达到23%。",
    "多家二线车企在新平台上开始批量导入一体化压铸后地板，主要目的是减少零件数量、降低焊装投资。",
]
P14b = [
    "从设备端看，9000吨级压铸机已成为后地板件的主流选择。部分车企的设备情况如下：",
]
R14 = [
    ["车企", "压铸件", "设备吨位"],
    ["A车企", "后地板", "9000吨"],
    ["B车企", "后地板、前舱", "9800吨"],
    ["C车企", "后地板", "7200吨"],
]
P14c = [
    "不过，一体化压铸件的维修成本和良率问题仍受关注。有供应商人士表示，目前大件良率普遍在85%至92%之间，仍有提升空间。",
]
body = f"""
<div class="ne-head"><a class="ne-logo">NE时代</a><nav><a>首页</a><a>资讯</a><a>研究</a><a>活动</a></nav></div>
<article class="ne-post">
<h1 class="ne-title">{esc(T)}</h1>
<div class="ne-meta"><span class="ne-media">NE时代</span><span class="ne-orig">原创</span><span class="ne-date">2026-11-29 07:45</span></div>
<div class="ne-content">
<p><strong>作者 | 卞书航、邹洁　编辑 | 梁晓</strong></p>
{ps(P14a[:1])}
<h2>{esc(H14[0])}</h2>
{ps(P14a[1:])}
<h2>{esc(H14[1])}</h2>
{ps(P14b)}
{table(R14)}
{ps(P14c)}
<p class="ne-note">*文中观点仅代表作者个人看法，不构成任何投资建议。</p>
<p class="ne-follow">点击关注NE时代，获取新能源汽车产业链深度报道</p>
</div>
<div class="ne-more"><h3>推荐阅读</h3><ul><li>热管理系统集成化趋势观察</li><li>电驱总成价格战下半场</li></ul></div>
</article>
"""
head = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
               "datePublished": "2026-11-29T07:45:09+08:00",
               "author": [{"@type": "Person", "name": "卞书航"}, {"@type": "Person", "name": "邹洁"}]})
add("portal_netimes", doc(T + " | NE时代", head, body),
    url="https://www.netimes.example.cn/article/2026/11/29/die-casting",
    kind="portal",
    modelled_on="NE时代-style new-energy-vehicle supply-chain media (WeChat-first brand's website; domain a placeholder) article page (ne-title h1, meta row with the media name / 原创 tag / date-time, bold '作者 | X、Y　编辑 | Z' credit opening the content, numbered h2 subheadings, equipment table, opinion note and follow prompt inside the content, 推荐阅读; NewsArticle JSON-LD with seconds and both authors)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed 07:45; JSON-LD 07:45:09 agrees. Authors 卞书航 邹洁 (joined with 、 on the page), editor 梁晓 from the pipe credit line. Source is the media name beside the date (no label). Subheadings and table rows are body; the credit line, opinion note and follow prompt are noise.",
    classes=["pipe_credit_line_in_body", "two_authors", "editor_in_credit_line", "media_name_no_label",
             "original_tag", "jsonld_seconds_agree", "headings_in_body", "table_in_body", "opinion_disclaimer",
             "follow_prompt_in_body"],
    title=T, published_date="2026-11-29", published_at="2026-11-29T07:45:09+08:00",
    author="卞书航 邹洁", editor="梁晓", source="NE时代",
    paragraphs=P14a[:1] + H14[:1] + P14a[1:] + H14[1:] + P14b + rows_tsv(R14) + P14c,
    body_noise=["作者 | 卞书航、邹洁　编辑 | 梁晓", "*文中观点仅代表作者个人看法，不构成任何投资建议。",
                "点击关注NE时代，获取新能源汽车产业链深度报道", "热管理系统集成化趋势观察"])

# ---------------------------------------------------------------------------------------------
# 15. 公安部 (mps.gov.cn) — date-only visible, PubDate meta with the time, table
# ---------------------------------------------------------------------------------------------
T = "全国机动车保有量达4.6亿辆 新能源汽车保有量突破4000万辆"
P15 = [
    "记者从公安部交通管理局获悉，截至2026年10月底，全国机动车保有量达4.6亿辆，其中汽车3.62亿辆；机动车驾驶人5.47亿人，其中汽车驾驶人5.08亿人。",
    "新能源汽车保有量达4032万辆，占汽车总量的11.14%。前10个月全国新注册登记新能源汽车914万辆，同比增长29.6%。分类型情况如下：",
]
R15 = [
    ["类型", "保有量（万辆）", "占汽车总量"],
    ["纯电动汽车", "2918", "8.06%"],
    ["插电式混合动力汽车", "1102", "3.04%"],
    ["燃料电池汽车", "12", "0.03%"],
]
P15b = [
    "从城市分布看，全国有101个城市汽车保有量超过百万辆，其中41个城市超过200万辆。",
    "公安部交通管理局有关负责人表示，将继续深化车驾管“放管服”改革，推进新能源汽车登记服务便利化。",
]
body = f"""
<div class="mps-top"><a class="mps-logo">中华人民共和国公安部</a><div class="mps-nav"><a>首页</a><a>机构</a><a>新闻</a><a>政务公开</a><a>办事服务</a></div></div>
<div class="mps-position">当前位置：<a>首页</a> &gt; <a>新闻</a> &gt; <a>公安要闻</a></div>
<div class="mps-article">
<div class="arcTitle">{esc(T)}</div>
<div class="arcInfo">发布时间：2026-11-21　来源：交通管理局　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="arcContent" id="zoom">
{ps(P15)}
{table(R15)}
{ps(P15b)}
</div>
<div class="arcTools">【<a>打印</a>】【<a>关闭</a>】</div>
</div>
<div class="mps-foot">主办：中华人民共和国公安部</div>
"""
head = ('<meta name="SiteName" content="中华人民共和国公安部">\n'
        f'<meta name="ArticleTitle" content="{esc(T)}">\n'
        '<meta name="PubDate" content="2026-11-21 10:03:27">\n'
        '<meta name="ContentSource" content="交通管理局">')
add("gov_mps", doc(T, head, body),
    url="https://www.mps.gov.cn/n2254314/n6409334/c10284512/content.html",
    kind="gov",
    modelled_on="公安部 (mps.gov.cn) 公安要闻 article page (position path, arcTitle div, arcInfo '发布时间：YYYY-MM-DD　来源：局　【字体：大 中 小】' with a date only, statistics table in the text, 【打印】【关闭】; SiteName / ArticleTitle / PubDate / ContentSource meta with the time)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible date only (2026-11-21); the PubDate meta 10:03:27 supplies the time. Source 交通管理局 (the department). Table rows are body, header included.",
    classes=["date_only_visible", "time_only_in_meta", "trs_meta", "department_source", "table_in_body",
             "font_size_control", "print_close_links", "headline_in_div", "no_author", "no_editor"],
    title=T, published_date="2026-11-21", published_at="2026-11-21T10:03:27+08:00",
    author=None, editor=None, source="交通管理局",
    paragraphs=P15 + rows_tsv(R15) + P15b,
    body_noise=["【字体：大 中 小】", "【打印】【关闭】", "主办：中华人民共和国公安部"])

# ---------------------------------------------------------------------------------------------
# 16. 中国橡胶工业协会-style association page (domain a placeholder) — no time anywhere
# ---------------------------------------------------------------------------------------------
T = "轮胎分会召开2026年第三次行业运行分析会"
P16 = [
    "11月18日，轮胎分会在青岛召开2026年第三次行业运行分析会，32家会员企业的负责人参加会议。",
    "会议通报了1至10月轮胎行业运行情况：重点会员企业综合外胎产量同比增长4.2%，出口交货值同比下降1.8%，利润总额同比增长6.5%。",
    "与会企业认为，当前行业面临的主要问题包括：",
    "一是海外贸易壁垒增多，出口市场不确定性上升；",
    "二是天然橡胶等原材料价格波动较大，成本管控压力增加；",
    "三是部分产品同质化竞争突出，企业利润率分化。",
    "会议提出，下一步分会将加强行业自律，组织开展绿色轮胎分级评价，并协助企业应对海外贸易救济调查。",
]
body = f"""
<div class="xh-top"><span class="xh-name">中国橡胶工业协会</span><span class="xh-date">2026年11月30日 星期一</span></div>
<div class="xh-nav"><a>首页</a><a>协会概况</a><a>协会动态</a><a>行业数据</a><a>分支机构</a><a>会员服务</a></div>
<div class="xh-wrap">
<div class="xh-left"><h3>协会动态</h3><ul><li>协会要闻</li><li>分会动态</li><li>通知公告</li></ul></div>
<div class="xh-right">
<div class="xh-path">首页 &gt; 协会动态 &gt; 分会动态</div>
<h2 class="xh-title">{esc(T)}</h2>
<div class="xh-info">发布者：秘书处　发布时间：2026-11-19　来源：轮胎分会　浏览次数：356</div>
<div class="xh-content">
{ps(P16)}
</div>
<div class="xh-attach">附件：<a>2026年1-10月轮胎行业运行简况.pdf</a></div>
<div class="xh-pn">上一条：<a>胶管胶带分会召开技术交流会</a>　下一条：<a>关于举办橡胶制品检测培训班的通知</a></div>
</div>
</div>
<div class="xh-foot">中国橡胶工业协会 版权所有</div>
"""
add("gov_cria", doc(T + "-中国橡胶工业协会", "", body),
    url="http://www.cria.example.org.cn/news/fhdt/2026-11-19/4456.html",
    kind="gov",
    modelled_on="中国橡胶工业协会-style industry association site (domain a placeholder) 分会动态 page (top bar with today's date and weekday, left column menu, path, h2 title, info row '发布者：秘书处　发布时间：date-only　来源：分会　浏览次数', 一是 / 二是 / 三是 items, 附件 link, 上一条 / 下一条)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Date only (2026-11-19), no time of day anywhere, so published_at is null. The header shows today's date (2026-11-30, a trap). 发布者 is the posting account (秘书处), not an author. Source 轮胎分会. The meeting date 11月18日 in the text is not the publication date.",
    classes=["date_only_no_time", "today_date_in_header", "poster_account_not_author", "department_source",
             "numbered_items_in_body", "attachment_link", "hit_count", "h2_headline", "prev_next_titles",
             "no_author", "no_editor"],
    title=T, published_date="2026-11-19", published_at=None,
    author=None, editor=None, source="轮胎分会",
    paragraphs=P16,
    body_noise=["附件：2026年1-10月轮胎行业运行简况.pdf", "上一条：胶管胶带分会召开技术交流会", "2026年11月30日 星期一",
                "浏览次数：356"])

# ---------------------------------------------------------------------------------------------
# 17. 生态环境部 (mee.gov.cn) — Q&A body, date-time visible, meta agreeing
# ---------------------------------------------------------------------------------------------
T = "生态环境部大气环境司负责人就重型车远程排放监管有关问题答记者问"
P17 = [
    "近日，生态环境部印发通知，进一步加强重型柴油车远程排放监管。生态环境部大气环境司负责人就有关问题回答了记者提问。",
    "问：为什么要进一步加强重型车远程排放监管？",
    "答：重型柴油车保有量占汽车总量的比例不高，但氮氧化物排放量占比较大。远程在线监控可以实时掌握车辆排放状况，是精准监管的重要手段。",
    "问：通知对车辆生产企业提出了哪些要求？",
    "答：通知要求生产企业确保车载终端数据真实、完整，并按规定上传至监管平台；对数据异常的车辆，企业应当及时排查并报告。",
    "问：下一步有哪些工作安排？",
    "答：我们将会同有关部门开展联合抽查，对篡改、屏蔽车载终端等违法行为依法严肃查处。",
]
body = f"""
<div class="mee-header"><a class="mee-logo">中华人民共和国生态环境部</a><div class="mee-search"><input type="text"></div></div>
<div class="mee-nav"><a>首页</a><a>机构</a><a>新闻</a><a>信息</a><a>服务</a><a>互动</a></div>
<div class="mee-path">当前位置：<a>首页</a> &gt; <a>新闻</a> &gt; <a>新闻发布</a></div>
<div class="mee-article">
<h1 class="neiright_Title">{esc(T)}</h1>
<div class="neiright_JS"><span class="xqLyPc">来源：大气环境司</span><span class="xqLyPc">发布时间：2026-11-24 17:20</span><span class="font">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="neiright_JPZ_GK_CP">
{ps(P17)}
</div>
<div class="mee-share">分享到：<a>微信</a> <a>微博</a></div>
<div class="mee-tools">【<a>打印</a>】【<a>关闭窗口</a>】</div>
<div class="mee-links"><h3>相关链接</h3><ul><li><a>关于进一步加强重型柴油车远程排放监管的通知</a></li></ul></div>
</div>
<div class="mee-footer">主办单位：中华人民共和国生态环境部</div>
"""
head = ('<meta name="SiteName" content="中华人民共和国生态环境部">\n'
        '<meta name="PubDate" content="2026-11-24 17:20">\n'
        '<meta name="ContentSource" content="大气环境司">')
add("gov_mee", doc(T + "_生态环境部", head, body),
    url="https://www.mee.gov.cn/ywdt/xwfb/202611/t20261124_1123456.shtml",
    kind="gov",
    modelled_on="生态环境部 (mee.gov.cn) 新闻发布 page (path, title, info row with '来源：司局' BEFORE '发布时间：YYYY-MM-DD HH:MM' and 【字体：大 中 小】, 答记者问 text as alternating 问 / 答 paragraphs, share row, 【打印】【关闭窗口】, 相关链接; PubDate meta agreeing, no seconds; t-date URL)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed 2026-11-24 17:20; the PubDate meta agrees without seconds, so :00. Source 大气环境司 is printed before the date. The 问 / 答 paragraphs are all body. No author, no editor.",
    classes=["source_before_date", "meta_time_agrees", "department_source", "qa_body", "font_size_control",
             "print_close_links", "share_bar", "related_links", "url_date", "no_author", "no_editor"],
    title=T, published_date="2026-11-24", published_at="2026-11-24T17:20:00+08:00",
    author=None, editor=None, source="大气环境司",
    paragraphs=P17,
    body_noise=["【打印】【关闭窗口】", "分享到：", "相关链接", "【字体：大 中 小】"])

# ---------------------------------------------------------------------------------------------
# 18. 易车号 (yiche self-media account article; domain a placeholder) — '昨天 21:16' + epoch ms
# ---------------------------------------------------------------------------------------------
T = "合资品牌加速推出增程车型 能否挽回市场份额"
P18 = [
    "今年下半年以来，多家合资品牌密集发布增程式车型，试图在自主品牌占据优势的新能源细分市场中分一杯羹。",
    "从产品定位看，合资增程车型普遍采用“海外平台+本土供应链”的模式，电池、电驱和智能座舱多由国内供应商提供，定价也明显向自主品牌靠拢。",
    "不过，消费者对合资品牌新能源车型的认知仍需时间建立。一位经销商坦言，进店客户大多会把合资增程车型与同价位自主车型反复对比，成交周期明显拉长。",
    "在笔者看来，合资品牌能否挽回份额，关键在于智能化体验能否追上，以及渠道能否在价格体系上保持稳定。",
]
state = {"article": {"id": 98765432, "title": T, "publishTime": epoch("2026-11-29T21:16:44+08:00") * 1000,
                     "author": {"name": "汽车产业观察局", "type": "易车号"}}}
import json as _json
body = f"""
<div class="yc-openapp">打开易车APP，看更多精彩内容</div>
<div class="yc-article">
<h1 class="yc-title">{esc(T)}</h1>
<div class="yc-author-row"><img class="avatar" src="/avatar/1.png" alt=""><a class="yc-name">汽车产业观察局</a><span class="yc-badge">易车号</span><span class="yc-time">昨天 21:16</span><a class="yc-follow">+关注</a><a class="yc-report">举报</a></div>
<div class="yc-content">
{ps(P18)}
</div>
<p class="yc-statement">本文来自易车号作者汽车产业观察局，版权归作者所有，任何形式转载请联系作者。内容仅代表作者观点，与易车无关。</p>
<div class="yc-bar"><span>点赞 36</span><span>评论 12</span><span>分享</span></div>
<div class="yc-comments"><div class="cmt"><span>车友_8842</span><span>11-29 22:40</span><p>增程车型关键还是看价格。</p></div></div>
</div>
<script>window.__INITIAL_STATE__ = {_json.dumps(state, ensure_ascii=False)};</script>
"""
add("selfmedia_yichehao", doc(T + "_易车号", "", body),
    url="https://hao.yiche.example.com/wenzhang/98765432",
    kind="self_media",
    modelled_on="易车号 (yiche self-media account platform; domain a placeholder) article share page (open-app bar, h1, account row with avatar / account name / 易车号 badge / relative '昨天 HH:MM' / +关注 / 举报, platform statement after the text, like / comment bar, comments with year-less times; window.__INITIAL_STATE__ with epoch-ms publishTime)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="'昨天 21:16' from the fetch day 2026-11-30 is 2026-11-29 21:16; publishTime (epoch ms) is 21:16:44 and agrees. The account 汽车产业观察局 is the source, not an author ('笔者' names no person). The statement and comments are noise.",
    classes=["relative_yesterday", "epoch_ms_page_data", "account_source", "account_not_author",
             "report_beside_account", "follow_prompt", "platform_disclaimer", "comment_dates", "app_prompt",
             "no_author", "no_editor"],
    title=T, published_date="2026-11-29", published_at="2026-11-29T21:16:44+08:00",
    author=None, editor=None, source="汽车产业观察局",
    paragraphs=P18,
    body_noise=["本文来自易车号作者汽车产业观察局，版权归作者所有，任何形式转载请联系作者。内容仅代表作者观点，与易车无关。",
                "打开易车APP，看更多精彩内容", "增程车型关键还是看价格。", "点赞 36"])

# ---------------------------------------------------------------------------------------------
# 19. 360doc 个人图书馆 — a saved (mirrored) 公众号 article
# ---------------------------------------------------------------------------------------------
T = "汽车线束行业观察：高压化与轻量化带来的新机会"
P19 = [
    "随着800V高压平台和区域控制架构的普及，汽车线束正在经历一轮产品结构升级。高压线束单车价值量明显提升，而低压线束则向轻量化、集成化方向发展。",
    "据测算，一辆搭载800V平台的纯电动车，高压线束单车价值约为3000元至4000元，是传统燃油车线束中同类部件的数倍。",
    "从竞争格局看，本土线束企业主要有以下几点优势：",
    "响应速度快，能够配合整车企业缩短开发周期；",
    "成本控制能力强，在铜材价格波动中具备一定议价空间；",
    "与国内连接器、电缆企业协同紧密。",
    "不过，铝代铜等新材料的应用仍面临连接可靠性和工艺一致性的考验，企业需要在研发上持续投入。",
]
body = f"""
<div class="doc-top"><a class="doc-logo">360doc个人图书馆</a><a>登录</a> <a>注册</a></div>
<div class="doc-main">
<div class="a_left">
<h2 class="a_title" id="titiletext">{esc(T)}</h2>
<div class="a_info"><a class="name">汽配小站</a> <span class="time">2026-11-27</span> | 发布于 广东 <span class="counts">阅 1234 转 56</span></div>
<div class="a_tools"><a>转藏</a> <a>全屏</a> <a>打印</a> <a>分享</a> <a>献花(0)</a></div>
<div class="article_content" id="artContent">
<p>原标题：线束的“高压时代”来了</p>
<p><strong>文 | 马骁</strong></p>
{ps(P19[:3])}
<ul>
{lis(P19[3:6])}
</ul>
{ps(P19[6:])}
<p>来源：汽车零部件观察</p>
</div>
<div class="doc-disclaimer">本站是提供个人知识管理的网络存储空间，所有内容均由用户发布，不代表本站观点。如发现有害或侵权内容，请点击一键举报。</div>
<div class="doc-like"><h3>猜你喜欢</h3><ul><li>连接器行业深度报告</li><li>汽车电子电气架构演进</li></ul></div>
</div>
</div>
<script>var ArticleDate = "2026-11-27 10:05:33"; var ArticleID = 1123456789;</script>
"""
add("selfmedia_360doc", doc(T, "", body),
    url="http://www.360doc.com/content/26/1127/10/81234567_1123456789.shtml",
    kind="self_media",
    modelled_on="360doc 个人图书馆 (360doc.com, user-saved article pages; here a saved 公众号 article) content page (a_title h2, a_info row with the saving user's name / date-only / '发布于 province' / 阅 N 转 N counters, toolbar 转藏 全屏 打印 分享 献花, the mirrored text with '原标题：' and '文 | X' lines at the top and '来源：account' at the end, platform disclaimer, 猜你喜欢; var ArticleDate with the time; URL path with YY/MMDD/HH)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="The page's own date line shows 2026-11-27 only; ArticleDate (10:05:33) supplies the time and the URL path (26/1127/10) agrees with day and hour. The saving user 汽配小站 is neither author nor source: the credited writer 马骁 is the author and the closing '来源：汽车零部件观察' names the source (see README assumptions). 原标题 / 文 | / 来源 lines are noise; the <ul> items are body.",
    classes=["mirror_of_wechat_article", "date_only_visible", "time_only_in_script", "url_date_hour",
             "saver_not_author", "original_title_line", "pipe_credit_line_in_body", "source_line_at_end",
             "list_in_body", "platform_disclaimer", "toolbar_print_share", "read_count", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T10:05:33+08:00",
    author="马骁", editor=None, source="汽车零部件观察",
    paragraphs=P19,
    body_noise=["原标题：线束的“高压时代”来了", "文 | 马骁", "来源：汽车零部件观察",
                "本站是提供个人知识管理的网络存储空间，所有内容均由用户发布，不代表本站观点。",
                "转藏 全屏 打印 分享 献花(0)", "阅 1234 转 56", "连接器行业深度报告"])

# ---------------------------------------------------------------------------------------------
# 20. 什么值得买 (smzdm.com) 社区文章 — year-less time + JSON-LD, product cards, table + list
# ---------------------------------------------------------------------------------------------
T = "冬季用车必备：六款车载充气泵实测对比"
P20 = [
    "入冬以后气温下降，轮胎气压也会随之降低。一台靠谱的车载充气泵，既能日常补气，也能在慢撒气时应急。这次我买了六款热门充气泵，在同一条235/55 R19轮胎上做了对比测试。",
    "测试方法：将胎压从1.8bar充至2.5bar，记录用时和噪音，环境温度约5摄氏度。结果如下：",
]
R20 = [
    ["型号", "最大气压", "充气用时", "噪音"],
    ["A款无线充气泵", "150psi", "3分12秒", "78dB"],
    ["B款有线充气泵", "150psi", "2分05秒", "82dB"],
    ["C款双缸充气泵", "120psi", "1分38秒", "86dB"],
]
P20b = [
    "综合来看，有线款充气速度更快，无线款胜在方便。给大家几点选购建议：",
]
L20 = [
    "经常跑长途的车主，优先选择有线双缸款，应急效率高；",
    "城市通勤为主，选择带数显预设胎压的无线款即可；",
    "注意查看是否支持自动停充，避免充气过量。",
]
body = f"""
<div class="z-header"><a class="z-logo">什么值得买</a><nav><a>好价</a><a>好文</a><a>百科</a><a>众测</a></nav></div>
<div class="z-article">
<h1 class="item-name">{esc(T)}</h1>
<div class="info-details"><a class="author-name">老周玩车</a><span class="time">发布于 11-26 22:41</span><span class="ip">浙江</span></div>
<div class="article-content">
{ps(P20)}
{table(R20)}
<div class="z-card"><span class="z-card-name">C款双缸充气泵</span><span class="z-card-price">参考价 ￥199</span><a class="z-card-go">去购买</a></div>
{ps(P20b)}
<ul>
{lis(L20)}
</ul>
<p class="z-declare">作者声明：本文无商业合作，欢迎理性讨论。</p>
</div>
<div class="z-bar"><span>值 23</span><span>不值 2</span><span>收藏 58</span><span>评论 18</span></div>
<div class="z-comments"><div class="z-cmt"><a>值友6251</a><span>11-27 08:03</span><p>双缸款确实快，就是有点吵。</p></div></div>
</div>
"""
head = jsonld({"@context": "https://schema.org", "@type": "Article", "headline": T,
               "datePublished": "2026-11-26T22:41:20+08:00",
               "author": {"@type": "Person", "name": "老周玩车"}})
add("selfmedia_smzdm", doc(T + "_什么值得买", head, body),
    url="https://post.smzdm.com/p/a8k2m4xz/",
    kind="self_media",
    modelled_on="什么值得买 (smzdm.com) 好文 community article page (item-name h1, info-details with the user nickname / year-less '发布于 MM-DD HH:MM' / IP province, test table and tip list in the text, product card with 参考价 / 去购买 inside the content, 作者声明 line, 值 / 不值 / 收藏 / 评论 bar, comments with year-less times; Article JSON-LD with the year, seconds and the nickname as a Person author)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible '发布于 11-26 22:41' has no year; JSON-LD gives 2026-11-26T22:41:20, agreeing with the printed minute. The nickname 老周玩车 is a community account (source, not author, even though JSON-LD lists it as a Person). Table and list are body; product card, 作者声明 and the value bar are noise.",
    classes=["no_year_date", "jsonld_seconds_agree", "account_source", "account_not_author", "ip_location",
             "table_in_body", "list_in_body", "product_card_inside_body", "author_statement", "comment_dates",
             "no_author", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T22:41:20+08:00",
    author=None, editor=None, source="老周玩车",
    paragraphs=P20 + rows_tsv(R20) + P20b + L20,
    body_noise=["参考价 ￥199", "去购买", "作者声明：本文无商业合作，欢迎理性讨论。", "值 23", "双缸款确实快，就是有点吵。"])

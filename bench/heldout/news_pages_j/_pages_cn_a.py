"""Chinese portal pages, part A (financial sites, parts / aftermarket / commercial-vehicle media)."""
from _common import FETCH_CN, add, doc, epoch, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------- portal_stockstar
T = "华宇精工三季度线控制动订单环比增四成 12家机构密集调研"
P = [
    "证券之星消息，11月25日，华宇精工（603979）披露投资者关系活动记录表显示，公司于11月20日至24日接待了包括公募基金、保险资管在内的12家机构调研，交流重点集中在线控制动产品的定点与量产节奏。",
    "公司在调研中表示，三季度线控制动系统新增订单金额环比增长约41%，新获两家自主品牌主机厂的平台定点，预计2027年二季度开始批量供货。汽车电子业务三季度实现营收6.8亿元，占公司总营收的比重提升至37%。",
    "谈及毛利率，公司称三季度综合毛利率为21.6%，同比下降0.9个百分点，主要受年降及部分原材料价格波动影响；随着新产线爬坡完成，单位制造成本有望逐步回落。",
    "二级市场上，华宇精工11月25日收涨3.15%，近20个交易日累计上涨约12%。据不完全统计，近90天内共有6家机构给出评级，其中买入评级4家、增持评级2家。",
]
NOISE = [
    "上证指数 3412.56 +0.42%",
    "成交额：4.12亿",
    "查看实时行情",
    "相关个股：",
    "宁川汽电 300912",
    "以上内容由证券之星根据公开信息整理，与本站立场无关。证券之星力求但不保证信息的准确性、完整性，据此操作风险自担。",
    "（责任编辑：贺林）",
    "热门文章",
    "证券之星APP 随时随地看行情",
]
html = doc(T + "_证券之星", '<meta name="keywords" content="华宇精工,线控制动,机构调研">\n'
           '<meta name="publishdate" content="2026-11-26 09:41:17">', f"""
<div class="top_bar"><a href="/">证券之星首页</a> <span class="idx">上证指数 3412.56 +0.42%</span> <span class="idx">深证成指 10876.20 -0.18%</span></div>
<div class="nav"><a>首页</a> <a>股票</a> <a>基金</a> <a>港股</a> <a>研报</a> <a>数据中心</a></div>
<div class="crumb"><a>证券之星</a> &gt; <a>股票</a> &gt; <a>个股资讯</a></div>
<div class="article">
<h1 class="article_title">{esc(T)}</h1>
<div class="source_time"><span class="time">2026-11-26 09:41:17</span>　<span class="source">来源：证券之星</span>　<span class="author">作者：葛文涛</span></div>
<div class="article_content" id="container">
<p>{esc(P[0])}</p>
<p>{esc(P[1])}</p>
<div class="stock_quote" data-code="sh603979"><span class="s_name">华宇精工</span><span class="s_code">(603979)</span> <span class="s_price">28.46</span> <span class="s_chg">+0.87</span> <span class="s_pct">+3.15%</span> <span class="s_amt">成交额：4.12亿</span> <a class="s_more" href="https://stock.quote.stockstar.com/603979.shtml">查看实时行情</a></div>
<p>{esc(P[2])}</p>
<p>{esc(P[3])}</p>
<div class="relate_stock"><span class="t">相关个股：</span><a>华宇精工 603979</a>　<a>宁川汽电 300912</a>　<a>东衡制动 002989</a></div>
<p class="disclaimer">{esc(NOISE[5])}</p>
<p class="editor">（责任编辑：贺林）</p>
</div>
</div>
<div class="side"><h3>热门文章</h3><ul><li><a>一图看懂11月汽车零部件板块资金流向</a> 11-25</li><li><a>机构调研周报：汽车电子获关注</a> 11-24</li></ul></div>
<div class="app_bar">证券之星APP 随时随地看行情</div>
<div class="footer">Copyright © 1996-2026 证券之星 版权所有</div>
""")
add("portal_stockstar", html,
    url="https://stock.stockstar.com/IG2026112600004187.shtml", kind="portal",
    modelled_on="证券之星 (stockstar.com) 个股资讯 article page (index ticker bar, crumb, article_title h1, source_time row 'date time with seconds　来源　作者', stock-quote widget with price / change / 成交额 / 查看实时行情 between the paragraphs, 相关个股 box and grey disclaimer inside the content, bracketed '（责任编辑：X）' line closing the content; publishdate meta agreeing)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Financial article with an embedded stock-quote widget between paragraphs 2 and 3 and a 相关个股 box after the text, both inside the content container: noise (the figure +3.15% also occurs in paragraph 4, so only the widget's own labels are listed as noise). The 'editor' comes from the bracketed '（责任编辑：贺林）' line after the disclaimer. '证券之星消息，' opens the first sentence and stays. Printed time has seconds, meta agrees.",
    classes=["stock_quote_widget_in_body", "related_stocks_box", "bracket_editor_line", "seconds_printed", "meta_seconds_agree", "disclaimer_inside_body", "index_ticker_bar", "app_prompt"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T09:41:17+08:00",
    author="葛文涛", editor="贺林", source="证券之星", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_caijing
T = "热管理供应商整合提速：两家头部企业被曝洽谈合并"
P = [
    "多位接近交易的人士向《财经》记者证实，国内两家汽车热管理头部供应商——恒川热控与博远汽零——正在就合并事宜进行实质性磋商，双方已聘请财务顾问，交易可能采取换股方式完成，合并后整体估值或超过百亿元。",
    "热管理是新能源汽车中单车价值量提升最快的系统之一。一套集成式热泵模块的价格在3000元至5000元之间，约为传统燃油车空调系统的两到三倍。但随着主机厂压价和新进入者增多，行业毛利率自2024年以来持续下滑，中小厂商的生存空间被进一步压缩。",
    "“两家在电子膨胀阀和集成模块上的客户重叠度不高，合并更多是补齐产品线，同时增强对主机厂的议价能力。”一位参与前期尽调的投行人士说。截至发稿，两家公司均未对此置评。",
]
NOISE = [
    "文｜《财经》记者 林晓岚　编辑｜周劲",
    "本文为《财经》付费内容，剩余约80%内容，订阅后继续阅读",
    "立即订阅",
    "已订阅？登录",
    "《财经》APP 深度报道 一手掌握",
    "相关阅读",
    "版权所有 财经网 未经许可不得转载",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-25T07:58:36+08:00", "dateModified": "2026-11-25T07:58:36+08:00",
        "isAccessibleForFree": False,
        "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"},
        "author": {"@type": "Person", "name": "林晓岚"},
        "publisher": {"@type": "Organization", "name": "财经网"}}
html = doc(T + "-财经网 - CAIJING.COM.CN", jsonld(data), f"""
<div class="header"><a class="logo">财经网</a> <a>宏观</a> <a>金融</a> <a>产经</a> <a>汽车</a> <a>《财经》杂志</a></div>
<div class="main">
<div class="article">
<h2 class="title" id="cont_title">{esc(T)}</h2>
<div class="artInfo"><span id="pubtime_baidu">2026年11月25日 07:58</span>　<span id="source_baidu">来源：《财经》杂志</span></div>
<div class="article-content" id="the_content">
<p class="credit"><strong>文｜《财经》记者 林晓岚　编辑｜周劲</strong></p>
{ps(P)}
<div class="paywall"><p class="fade">……</p><p class="tip">本文为《财经》付费内容，剩余约80%内容，订阅后继续阅读</p><a class="btn">立即订阅</a> <a class="login">已订阅？登录</a></div>
</div>
<div class="app">《财经》APP 深度报道 一手掌握</div>
</div>
<div class="related"><h3>相关阅读</h3><ul><li><a>热泵空调渗透率破六成，上游阀件企业扩产</a> 2026-11-18</li><li><a>汽零并购潮再起：谁在买、谁在卖</a> 2026-11-09</li></ul></div>
</div>
<div class="footer">版权所有 财经网 未经许可不得转载</div>
""")
add("portal_caijing", html,
    url="https://industry.caijing.com.cn/20261125/5101876.shtml", kind="portal",
    modelled_on="财经网 (caijing.com.cn, 《财经》 magazine's site) article page (channel header, title h2, artInfo row with pubtime_baidu / source_baidu spans and no author, bold '文｜《财经》记者 X　编辑｜Y' credit opening the content, paywall box after the free paragraphs; NewsArticle JSON-LD with seconds, isAccessibleForFree false and a hasPart paywall selector)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Paywall teaser: only the first three paragraphs are in the HTML; the body is those paragraphs (the '……' fade line and the subscription box are noise). Author and editor come from the pipe credit line that opens the content ('文｜《财经》记者 林晓岚　编辑｜周劲'), which itself is noise. Source is the 来源 value as printed, with its book-title marks. JSON-LD agrees with the printed minute and supplies the seconds.",
    classes=["paywall_teaser", "pipe_credit_line_in_body", "editor_in_credit_line", "jsonld_seconds_agree", "chinese_date_format", "title_in_h2", "app_prompt", "related_dates", "copyright_notice"],
    title=T, published_date="2026-11-25", published_at="2026-11-25T07:58:36+08:00",
    author="林晓岚", editor="周劲", source="《财经》杂志", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_p5w
T = "宁川汽电：储能温控业务获欧洲客户批量订单 明年起分三年交付"
P = [
    "e公司讯，宁川汽电（300912）11月28日晚间公告，公司全资子公司近日收到欧洲某储能系统集成商的批量采购订单，采购产品为储能液冷温控机组，订单总金额约4.6亿元，将于2027年至2029年分期交付。",
    "公告显示，该订单金额约占公司2025年经审计营业收入的18%。公司表示，储能温控与汽车热管理共用压缩机、换热器等核心部件平台，订单的履行有助于摊薄研发和制造成本。",
    "公司同时提示，订单履行期较长，可能受到海外政策、汇率波动及客户项目进度等因素影响，存在交付节奏不及预期的风险。",
]
NOISE = [
    "（本文首发于e公司，原文发布时间：2026-11-28 19:12）",
    "相关股票",
    "宁川汽电 300912 19.87 +4.26%",
    "加入自选",
    "责任编辑：邵楠",
    "全景网声明：本文为转载内容，不代表全景网观点。",
    "投资者关系互动平台",
    "网站地图 | 关于全景",
]
html = doc(T + "-全景网", '<meta name="publishdate" content="2026-11-28 20:05:33">\n<meta name="author" content="许文博">', f"""
<div class="p5w-head"><a class="logo">全景网</a> <a>首页</a> <a>公司</a> <a>路演中心</a> <a>投资者关系互动平台</a></div>
<div class="position">当前位置：<a>首页</a> &gt; <a>公司</a> &gt; <a>公司新闻</a></div>
<div class="article">
<h1>{esc(T)}</h1>
<div class="info"><span>2026年11月28日 20:05</span>　<span>来源：e公司</span>　<span>作者：许文博</span></div>
<div class="text" id="text">
{ps(P)}
<p class="orig">（本文首发于e公司，原文发布时间：2026-11-28 19:12）</p>
<div class="stock-box"><h4>相关股票</h4><table><tr><td><a>宁川汽电 300912 19.87 +4.26%</a></td><td><a class="zx">加入自选</a></td></tr></table></div>
<p class="bianji">责任编辑：邵楠</p>
</div>
<p class="statement">全景网声明：本文为转载内容，不代表全景网观点。</p>
</div>
<div class="foot">网站地图 | 关于全景 | 联系我们</div>
""")
add("portal_p5w", html,
    url="https://www.p5w.net/stock/news/gsxw/202611/t20261128_5803417.htm", kind="portal",
    modelled_on="全景网 (p5w.net) 公司新闻 article page (head nav with 路演中心 / 投资者关系互动平台, position path, h1, info row 'YYYY年MM月DD日 HH:MM　来源　作者', repost line with the original publication time after the text, 相关股票 box with price and 加入自选 inside the text container, 责任编辑 line, 全景网声明; publishdate meta with seconds)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Repost with two dates: the page's own publication time (info row, 20:05, meta 20:05:33) and the original's publication time at the end of the text ('原文发布时间：2026-11-28 19:12'). The page's own time is the truth (it is this page's publication; the original time belongs to another page). The related-stock box inside the text container and the repost line are noise. 'e公司讯，' stays in the first paragraph.",
    classes=["repost_two_dates", "original_time_in_body", "related_stocks_box", "meta_seconds_agree", "chinese_date_format", "editor_line", "reprint_notice"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T20:05:33+08:00",
    author="许文博", editor="邵楠", source="e公司", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_zhitong
T = "东衡制动盘中涨超8% 获海外商用车企业盘式制动器定点"
P = [
    "智通财经APP获悉，东衡制动(01989)盘中涨超8%，截至发稿，涨7.62%，报5.79港元，成交额1.36亿港元。",
    "消息面上，东衡制动11月26日晚间公告，公司获得一家欧洲商用车企业的气压盘式制动器项目定点，项目生命周期五年，预计总销售额约9.2亿元人民币，将于2028年初量产。",
    "这是公司首次进入欧洲主流商用车企业的一级供应体系。公司表示，将在墨西哥工厂新增两条盘式制动器装配线，以满足海外客户的本地化交付要求。",
    "有券商分析认为，商用车盘式制动器对鼓式制动器的替代仍在加速，海外定点有望带动公司海外收入占比从目前的不足15%提升至2028年的25%以上。",
    "不过也有分析人士提醒，海外项目从定点到放量通常需要两到三年，短期业绩贡献有限，需关注原材料成本和汇率变化对利润率的影响。",
]
NOISE = [
    "东衡制动 01989.HK",
    "5.790",
    "展开全文",
    "编辑：刘畅",
    "本文仅供参考，不构成投资建议。智通财经力求但不保证数据的完全准确，据此操作风险自担。",
    "下载智通财经APP",
    "24小时热榜",
]
script = f'<script>var pub_time = {epoch("2026-11-27T10:26:48+08:00")}; var news_id = 1198765;</script>'
html = doc(T + " - 智通财经网", script, f"""
<div class="zt-header"><a class="logo">智通财经</a> <a>港股</a> <a>美股</a> <a>A股</a> <a>快讯</a> <a class="app">下载智通财经APP</a></div>
<div class="zt-main">
<article class="info-detail" data-id="1198765" data-digest="东衡制动获欧洲商用车企业盘式制动器定点，股价盘中大涨。">
<h1 class="info-detail-title">{esc(T)}</h1>
<div class="info-detail-meta"><span class="source">智通财经网</span> · <span class="time">2026-11-27 10:26:48</span>　<span class="author">作者：韦雨桐</span></div>
<div class="stock-card"><a>东衡制动 01989.HK</a> <span class="price">5.790</span> <span class="pct">+7.62%</span></div>
<div class="info-detail-content">
{ps(P[:3])}
<div class="lazy-content" data-src="/api/content/1198765/rest" data-loaded="0">
<noscript>
{ps(P[3:])}
</noscript>
</div>
<div class="unfold-btn">展开全文</div>
<p class="editor">编辑：刘畅</p>
<p class="disclaimer">{esc(NOISE[4])}</p>
</div>
</article>
<aside class="hot"><h3>24小时热榜</h3><ol><li><a>港股汽车零部件股集体走强</a></li><li><a>11月南向资金净买入汽车板块</a></li></ol></aside>
</div>
""")
add("portal_zhitong", html,
    url="https://www.zhitongcaijing.com/content/detail/1198765.html", kind="portal",
    modelled_on="智通财经 (zhitongcaijing.com, HK-stock financial news) article page (header with download-app link, info-detail h1, meta row 'media name · date time with seconds　作者', stock card with code / price / change above the content, first paragraphs in the HTML and the rest in a lazy-load container whose <noscript> holds the remaining paragraphs, 展开全文 button, 编辑 line and disclaimer; data-digest summary attribute; var pub_time epoch seconds)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Lazy loading: paragraphs 4-5 are inside <noscript> in the lazy container (what a reader without script sees, and the same text the script loads); they are article text, so body. The summary in the data-digest attribute is not page text and not in the truth. '智通财经网' beside the time without a label is the source (media name, as in news_pages_i). The stock card is noise. pub_time (epoch s) agrees with the printed second.",
    classes=["lazy_noscript_paragraphs", "data_attribute_summary", "stock_quote_widget", "media_name_no_label", "seconds_printed", "epoch_seconds_page_data", "disclaimer_inside_body", "editor_line", "app_prompt"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T10:26:48+08:00",
    author="韦雨桐", editor="刘畅", source="智通财经网", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_autotesting
T = "48V热泵压缩机耐久台架测试方法对比：三种工况下的失效模式分析"
ROWS = [
    ["工况", "累计运行时长（h）", "主要失效模式", "首次失效时间（h）"],
    ["恒速高负荷", "1500", "轴承磨损", "1120"],
    ["启停循环", "1500", "电机绕组绝缘下降", "1365"],
    ["低温冷启动", "800", "润滑不良导致涡旋盘划伤", "640"],
]
P = [
    "随着热泵空调在纯电车型上的普及，电动压缩机的耐久性成为零部件企业和主机厂共同关注的问题。本文基于某第三方实验室的公开测试数据，对比三种常用台架工况下48V电动涡旋压缩机的失效模式。",
    "测试选用同一批次的6台样件，每种工况2台，环境舱温度按工况设定，冷媒为R1234yf，润滑油为POE油①。",
    *rows_tsv(ROWS),
    "从结果看，低温冷启动工况虽然累计时长最短，却最早出现失效，说明润滑油在低温下的回油特性是影响寿命的关键因素。启停循环工况下的绕组绝缘问题则与频繁的电流冲击有关②。",
    "测试人员建议，企业在制定台架规范时应将低温冷启动作为独立考核项，而不是简单地并入恒速耐久试验。",
    "注：①POE油即多元醇酯类冷冻机油；②绝缘电阻按GB/T 18488相关方法测量，判定阈值为20MΩ。",
]
NOISE = [
    "【推荐阅读】热泵系统NVH测试中的常见误区",
    "版权声明：本文为汽车测试网原创，转载请注明出处。",
    "浏览：1286",
    "扫码关注汽车测试网公众号",
    "测试资讯 | 测试技术 | 行业展会",
]
html = doc(T + "-汽车测试网", '<meta name="publishdate" content="2026-11-23 14:10:05">\n<meta name="description" content="对比三种常用台架工况下48V电动涡旋压缩机的失效模式">', f"""
<div class="top"><a class="logo">汽车测试网</a> <span>测试资讯 | 测试技术 | 行业展会</span></div>
<div class="path">您的位置：<a>首页</a> &gt; <a>测试技术</a> &gt; <a>热管理测试</a></div>
<div class="news-show">
<h1 class="title">{esc(T)}</h1>
<div class="info">发布时间：2026-11-23　作者：邱振宇　来源：汽车测试网　<span class="hits">浏览：1286</span></div>
<div class="content" id="article">
{ps(P[:2])}
{table(ROWS)}
{ps(P[-3:])}
<p class="rec"><a>【推荐阅读】热泵系统NVH测试中的常见误区</a></p>
<p class="copy">版权声明：本文为汽车测试网原创，转载请注明出处。</p>
</div>
<div class="qr">扫码关注汽车测试网公众号</div>
</div>
""")
add("portal_autotesting", html,
    url="https://www.auto-testing.net/news/show-118765.html", kind="portal",
    modelled_on="汽车测试网 (auto-testing.net, automotive testing / parts engineering portal) news show page (top bar with channel words, 您的位置 path, title h1, info row '发布时间：date-only　作者　来源　浏览', results table and numbered footnotes in the text, 【推荐阅读】 link and 版权声明 inside the content, QR follow prompt; publishdate meta with the time)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible date is date-only; the time comes from the publishdate meta (14:10:05). The results table is body (one paragraph per row, cells TAB-joined, header row included). Footnotes: the closing '注：①…；②…' line is the author's own note to the text (it explains the ① ② marks in the paragraphs), so it is body; the 推荐阅读 link and 版权声明 are noise.",
    classes=["date_only_visible", "time_only_in_meta", "table_in_body", "footnotes_in_body", "read_also_inside_body", "copyright_notice", "read_count", "follow_prompt", "no_editor"],
    title=T, published_date="2026-11-23", published_at="2026-11-23T14:10:05+08:00",
    author="邱振宇", editor=None, source="汽车测试网", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_qcyp
T = "车用尿素液价格连续三周回落 终端门店备货趋于谨慎"
P = [
    "据本网对华东、华南、西南三大区域共42家汽配及养护门店的跟踪调查，11月第三周10升装车用尿素液的平均进货价为31.5元，较10月末下降约9%，已连续三周回落。",
    "价格回落的主要原因是上游工业尿素价格走低，叠加部分新进入的品牌以低价抢占渠道。一位在东莞经营柴油车养护门店的经销商表示，现在进货以“够卖两周”为限，不敢多压库存。",
    "业内人士提醒，低价产品中仍有部分尿素含量或杂质指标不达标，长期使用可能导致SCR系统结晶、喷嘴堵塞，门店在选品时应查验产品的检测报告。",
]
NOISE = [
    "更新 2026-11-25 16:40",
    "【广告】",
    "蓝净柴油车尿素液 10L 整箱批发 点击询价",
    "编辑：田甜",
    "文/钟雅文",
    "本网原创，转载请联系授权",
    "热门品牌",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-24T10:12:20+08:00", "dateModified": "2026-11-25T16:40:03+08:00",
        "author": {"@type": "Person", "name": "钟雅文"}}
html = doc(T + " - 中国汽车用品网", jsonld(data) + '\n<meta property="article:modified_time" content="2026-11-25T16:40:03+08:00">', f"""
<div class="hd"><a class="logo">中国汽车用品网</a> <a>资讯</a> <a>品牌</a> <a>展会</a> <a>招商</a></div>
<div class="art-wrap">
<h1 class="art-title">{esc(T)}</h1>
<div class="art-meta"><span class="first">首发 2026-11-24 10:12</span> · <span class="upd">更新 2026-11-25 16:40</span>　<span class="src">来源：中国汽车用品网</span></div>
<div class="art-body">
<p>{esc(P[0])}</p>
<p>{esc(P[1])}</p>
<div class="ad-card"><span class="tag">【广告】</span><a>蓝净柴油车尿素液 10L 整箱批发 点击询价</a></div>
<p>{esc(P[2])}</p>
<p class="sign">文/钟雅文</p>
<p class="editor">编辑：田甜</p>
<p class="cr">本网原创，转载请联系授权</p>
</div>
</div>
<div class="side"><h3>热门品牌</h3><ul><li>蓝净</li><li>驰养</li></ul></div>
""")
add("portal_qcyp", html,
    url="https://www.qcyp.example.cn/news/2026/1124/68213.html", kind="portal",
    modelled_on="中国汽车用品网-style aftermarket / car-care trade portal (domain a placeholder) article page (art-title h1, art-meta row with '首发 date time · 更新 date time' and 来源, 【广告】 product card inside the text, '文/X' signature and 编辑 line after the text, 原创 notice; NewsArticle JSON-LD with seconds and a later dateModified, article:modified_time meta)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Two date lines side by side: 首发 (first published) 2026-11-24 10:12 and 更新 (updated) 2026-11-25 16:40; the first publication is the truth, seconds from JSON-LD datePublished (agrees). The only meta tag with a date is article:modified_time (the update). The author is credited only after the body ('文/钟雅文'), the editor in the closing 编辑 line.",
    classes=["first_published_vs_updated", "update_in_jsonld", "update_meta_only", "jsonld_seconds_agree", "slash_author_at_end", "editor_line", "ad_inside_body", "original_notice"],
    title=T, published_date="2026-11-24", published_at="2026-11-24T10:12:20+08:00",
    author="钟雅文", editor="田甜", source="中国汽车用品网", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_cvnews
T = "乌鲁木齐至霍尔果斯冷链干线启用氢燃料重卡 首批30台投入运营"
P = [
    "11月26日上午，乌鲁木齐至霍尔果斯冷链物流干线氢燃料重卡示范运营启动仪式在乌鲁木齐国际陆港区举行，首批30台49吨级氢燃料电池冷藏半挂牵引车正式投入运营。",
    "据了解，该线路单程约670公里，沿线已建成加氢站3座，车辆满载续航可达550公里以上。运营方介绍，车辆主要承运进出口果蔬和乳制品，全程温控数据实时上传至物流平台。",
    "“冬季低温是我们最担心的问题。”运营车队负责人说，车辆在零下25摄氏度环境下完成了为期一个月的冷启动验证，氢耗比夏季高出约12%，仍在可接受范围内。",
    "按照计划，2027年该线路氢燃料重卡将增至100台，并配套建设2座加氢站。",
]
NOISE = [
    "记者 阿卜杜拉·艾力 通讯员 马晓燕",
    "▲首批氢燃料冷藏重卡在陆港区集结（马晓燕 摄）",
    "[责任编辑：蒲晓川]",
    "商用车新闻网版权所有，未经书面授权禁止转载。",
    "相关车型：",
    "49吨 氢燃料冷藏牵引车 查看报价",
    "分享到：",
]
html = doc(T + "_商用车新闻网", '<meta name="publishdate" content="2026-11-26 15:05:47">\n<meta name="source" content="商用车新闻网">', f"""
<div class="cv-top"><a class="logo">商用车新闻网</a> <a>卡车</a> <a>客车</a> <a>物流</a> <a>新能源</a> <a>配件</a></div>
<div class="cv-crumb"><a>首页</a> &gt; <a>新能源</a> &gt; 正文</div>
<div class="cv-article">
<h1>{esc(T)}</h1>
<div class="cv-info"><span class="date">2026年11月26日 下午3:05</span>　<span class="src">来源：商用车新闻网</span>　<span class="share">分享到：<a>微信</a> <a>微博</a></span></div>
<div class="cv-content">
<p class="reporter">记者 阿卜杜拉·艾力 通讯员 马晓燕</p>
<p>{esc(P[0])}</p>
<p class="pic"><img src="/uploads/2026/11/26/h2truck.jpg" alt=""></p>
<p class="pic-note">▲首批氢燃料冷藏重卡在陆港区集结（马晓燕 摄）</p>
{ps(P[1:])}
<div class="car-card"><span>相关车型：</span><a>49吨 氢燃料冷藏牵引车 查看报价</a></div>
<p class="editor">[责任编辑：蒲晓川]</p>
</div>
<p class="copyright">商用车新闻网版权所有，未经书面授权禁止转载。</p>
</div>
""")
add("portal_cvnews", html,
    url="https://www.cvnews.example.com.cn/xny/2026/1126/204518.html", kind="portal",
    modelled_on="商用车新闻网-style commercial-vehicle portal (domain a placeholder) article page (channel top bar, crumb, h1, cv-info row with a Chinese date and a 12-hour '下午H:MM' clock, 来源 and 分享到, reporter credit paragraph opening the content, ▲ photo caption with a photographer, 相关车型 card, bracketed '[责任编辑：X]' line; publishdate meta with seconds)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="12-hour Chinese clock: '2026年11月26日 下午3:05' = 15:05; the meta (15:05:47) agrees and supplies the seconds. The credit paragraph names a reporter written with a middle dot (阿卜杜拉·艾力, one name) and a 通讯员 (马晓燕); both are authors. 马晓燕 is also the photographer of the caption, which does not change her credit as 通讯员. Editor from the bracketed line.",
    classes=["ampm_chinese", "chinese_date_format", "meta_seconds_agree", "middle_dot_author_name", "two_authors", "credit_paragraph_opening_body", "photographer_caption", "bracket_editor_line", "product_card_inside_body", "share_bar", "copyright_notice"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T15:05:47+08:00",
    author="阿卜杜拉·艾力 马晓燕", editor="蒲晓川", source="商用车新闻网", paragraphs=P, body_noise=NOISE)

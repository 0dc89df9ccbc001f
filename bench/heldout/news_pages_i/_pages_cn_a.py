"""Chinese pages, part A: seven portals (truck, EV, storage/battery, tyre, lubricant, dealer, auto)."""
from _common import FETCH_CN, add, doc, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------------------------------------
# 1. 卡车之家 (360che.com) — commercial-vehicle portal
# ---------------------------------------------------------------------------------------------
T = "重卡10月终端销量同比增三成 天然气车型占比回落"
P1 = [
    "据第三方终端数据，10月国内重卡终端实销约5.6万辆，同比增长31%，环比增长9%。其中牵引车占比达到58%，仍是拉动增长的主力。",
    "从燃料类型看，柴油车型销量回升明显，天然气重卡占比由上月的27%回落至22%，纯电动重卡占比则提升至19%，创单月新高。",
    "10月终端销量排名前五的车型如下：",
]
L1 = [
    "第一名：北辰重卡H7牵引车，终端销量5120辆",
    "第二名：远驰X9牵引车，终端销量4385辆",
    "第三名：江岳K5自卸车，终端销量3012辆",
    "第四名：北辰重卡H5载货车，终端销量2754辆",
    "第五名：华拓T8电动牵引车，终端销量2390辆",
]
P1b = [
    "业内人士认为，年底前物流运价回暖以及以旧换新补贴集中兑现，将支撑11月、12月终端需求维持在较高水平。",
    "不过也有经销商反映，部分地区二手车置换价格下滑，用户换车意愿出现分化，后续走势仍需观察。",
]
body = f"""
<div class="header"><div class="logo"><a href="/">卡车之家</a></div>
<ul class="nav"><li><a href="/news/">资讯</a></li><li><a href="/price/">报价</a></li><li><a href="/bbs/">论坛</a></li><li><a href="/dealer/">经销商</a></li></ul></div>
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/news/">资讯</a> &gt; <a href="/news/trade/">行业</a> &gt; 正文</div>
<div class="article-wrap">
<h1 class="article-title">{esc(T)}</h1>
<div class="article-info">
<span class="source">来源：卡车之家</span>
<span class="pub-time">2026-11-27 10:32</span>
<span class="article-tools"><a class="report" href="javascript:;">举报</a> <a class="share-btn" href="javascript:;">分享</a></span>
</div>
<div class="article-content" id="articleContent">
<p class="credit">文/谭亦舟　图/卢浩</p>
{ps(P1[:2])}
<div class="img-box"><img src="/upload/2026/11/27/h7.jpg" alt=""><p class="img-desc">▲北辰重卡H7牵引车（图/卢浩）</p></div>
{ps(P1[2:])}
<ul class="rank-list">
{lis(L1)}
</ul>
<div class="series-card"><a href="/series/h7/"><span class="s-name">北辰重卡H7</span><span class="s-price">厂商指导价：39.80万起</span><span class="s-btn">查看报价</span></a></div>
{ps(P1b)}
<p class="copyright">本文为卡车之家原创，未经授权不得转载。</p>
</div>
<div class="tags">标签：<a>重卡销量</a> <a>牵引车</a></div>
<div class="comment-box"><h3>热门评论</h3>
<div class="c-item"><span class="c-user">跑运输的老李</span><span class="c-time">2026-11-27 13:05</span><p>电动牵引车在短倒场景确实划算。</p></div>
<div class="c-item"><span class="c-user">卡友9527</span><span class="c-time">2026-11-28 08:12</span><p>气价一涨天然气车就不好卖了。</p></div>
</div>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="/news/261120/1.html">9月重卡出口创年内新高</a><span>11-20</span></li>
<li><a href="/news/261115/2.html">电动重卡换电站建设提速</a><span>11-15</span></li>
</ul></div>
</div>
<div class="footer">Copyright © 卡车之家 版权所有</div>
"""
head = (
    '<meta name="keywords" content="重卡,终端销量,牵引车">\n'
    + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
              "datePublished": "2026-11-27T10:32:18+08:00",
              "dateModified": "2026-11-27T15:40:02+08:00",
              "author": {"@type": "Person", "name": "谭亦舟"},
              "publisher": {"@type": "Organization", "name": "卡车之家"}})
)
add("portal_360che", doc(T + "_卡车之家", head, body),
    url="https://www.360che.com/news/261127/178452.html",
    kind="portal",
    modelled_on="卡车之家 (360che.com, truck portal) news article page (crumbs, article-title h1, article-info row '来源：卡车之家 / date-time' with 举报 and 分享 buttons beside it, '文/X　图/Y' credit line opening the content, ▲ caption with photo credit, top-five ranking as <ul> in the text, series price card inside the content, 原创 notice, tags, hot comments with dates; NewsArticle JSON-LD with seconds and a later dateModified)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed 2026-11-27 10:32; JSON-LD datePublished 10:32:18 agrees and supplies the seconds (dateModified 15:40 is an update). Author 谭亦舟 from the 文/ credit (图/卢浩 is the photographer). The ranking <ul> and the sentence introducing it are body; the series card, caption, credit line and 原创 notice are noise.",
    classes=["report_share_beside_source", "credit_line_text_photo", "photographer_not_author", "jsonld_seconds_agree",
             "update_in_jsonld", "list_in_body", "price_card_inside_body", "image_caption_triangle", "original_notice",
             "comment_dates", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T10:32:18+08:00",
    author="谭亦舟", editor=None, source="卡车之家",
    paragraphs=P1 + L1 + P1b,
    body_noise=["文/谭亦舟　图/卢浩", "▲北辰重卡H7牵引车（图/卢浩）", "厂商指导价：39.80万起", "查看报价",
                "本文为卡车之家原创，未经授权不得转载。", "举报", "热门评论", "电动牵引车在短倒场景确实划算。",
                "9月重卡出口创年内新高"])

# ---------------------------------------------------------------------------------------------
# 2. 电动邦 (diandong.com) — EV portal, calendar-style date block split over elements
# ---------------------------------------------------------------------------------------------
T = "800V平台车型密集上市 碳化硅电驱国产化率提升"
P2 = [
    "进入四季度，多款基于800V高压平台的新车集中上市，覆盖价格区间已下探至15万元级别。与之配套的碳化硅电驱系统需求随之快速增长。",
    "据不完全统计，今年前10月国内上市的800V车型已达37款，较去年全年多出14款。其中超过一半的车型采用了国产碳化硅功率模块。",
    "一家电驱供应商的技术负责人对电动邦表示，国产碳化硅衬底良率提升后，模块成本较两年前下降约40%，这是高压平台向下普及的关键。",
    "不过，业内也提醒，高压平台对充电设施提出更高要求，目前公共超充桩的覆盖密度仍不足以支撑大规模普及。",
]
body = f"""
<div class="dd-top"><a class="logo" href="/">电动邦</a><ul class="dd-nav"><li>新闻</li><li>新车</li><li>导购</li><li>充电</li></ul></div>
<div class="dd-main">
<div class="news-head">
<div class="date-cal"><span class="d">26</span><span class="ym">2026.11</span></div>
<div class="news-head-r">
<h1 class="news-title">{esc(T)}</h1>
<div class="news-meta"><span class="time">14:05</span><span class="from">来源：电动邦</span><span class="writer">作者：葛文远</span><span class="views">浏览 2,318</span></div>
</div>
</div>
<div class="news-body">
{ps(P2[:2])}
<div class="car-card"><div class="cc-name">星途E8</div><div class="cc-price">官方指导价：23.98-29.98万</div><a class="cc-btn">询底价</a></div>
{ps(P2[2:])}
<p class="dd-copy">本文由电动邦原创，转载请注明出处。</p>
</div>
<div class="prev-next"><a>上一篇：固态电池中试线陆续投运</a><a>下一篇：充电桩运营商加速整合</a></div>
<div class="hot-list"><h3>24小时热文</h3><ul><li>11月第三周新能源品牌销量榜<span>2小时前</span></li><li>多地发布换电站补贴细则<span>5小时前</span></li></ul></div>
</div>
<div class="dd-foot">© 2026 电动邦</div>
"""
head = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
               "datePublished": "2026-11-26T14:05:37+08:00",
               "author": {"@type": "Person", "name": "葛文远"}})
add("portal_diandong", doc(T + "-电动邦", head, body),
    url="https://www.diandong.com/news/20261126140537.html",
    kind="portal",
    modelled_on="电动邦 (diandong.com, EV news / buying-guide portal) news page (calendar-style date block left of the headline with the day and 'YYYY.MM' in separate spans, the clock time in the meta row with 来源 / 作者 / 浏览, car price card with 询底价 inside the text, 原创 notice, prev/next titles, hot list with relative times; NewsArticle JSON-LD with seconds)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="The date is split: day '26' and '2026.11' in the calendar block, '14:05' in the meta row; JSON-LD 14:05:37 agrees. Hot-list relative times are traps. The car card and 原创 notice are noise.",
    classes=["date_split_elements", "calendar_block_date", "jsonld_seconds_agree", "price_card_inside_body",
             "original_notice", "prev_next_titles", "relative_sidebar_times", "read_count", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T14:05:37+08:00",
    author="葛文远", editor=None, source="电动邦",
    paragraphs=P2,
    body_noise=["官方指导价：23.98-29.98万", "询底价", "本文由电动邦原创，转载请注明出处。",
                "上一篇：固态电池中试线陆续投运", "11月第三周新能源品牌销量榜", "浏览 2,318"])

# ---------------------------------------------------------------------------------------------
# 3. 北极星储能网 (news.bjx.com.cn) — energy-storage / battery portal
# ---------------------------------------------------------------------------------------------
T = "前10月动力与储能电池装车量排名出炉 磷酸铁锂占比超八成"
P3 = [
    "北极星储能网讯：据电池行业联盟最新统计，今年1至10月国内动力电池累计装车量达到512.6GWh，同比增长38.2%，其中磷酸铁锂电池装车量占比达到81.4%。",
    "从企业排名看，前五家企业合计市场份额为83.7%，较上年同期略有下降，二线电池企业在商用车和储能领域的份额有所提升。",
    "1至10月动力电池装车量前五企业情况如下：",
]
R3 = [
    ["排名", "企业", "装车量（GWh）", "市场份额"],
    ["1", "甲时代新能源", "221.4", "43.2%"],
    ["2", "乙迪电池", "118.9", "23.2%"],
    ["3", "丙轩高科", "36.5", "7.1%"],
    ["4", "丁航锂电", "31.2", "6.1%"],
    ["5", "戊维动力", "21.0", "4.1%"],
]
P3b = [
    "储能方面，前10月国内储能电池出货量同比增长56%，314Ah大容量电芯已成为新建储能电站的主流选择。",
    "分析人士指出，随着碳酸锂价格企稳，电池企业的盈利能力有望逐步修复，但低价竞争压力依旧存在。",
]
body = f"""
<div class="bjx-top"><a href="https://www.bjx.com.cn/">北极星电力网</a> | <a href="https://chuneng.bjx.com.cn/">北极星储能网</a> <a class="tougao">我要投稿</a></div>
<div class="cc-crumb">您的位置：<a>北极星储能网</a> &gt; <a>储能电池</a> &gt; <a>动力电池</a> &gt; 正文</div>
<div class="cc-headline">
<h1>{esc(T)}</h1>
<div class="cc-about"><span>来源：北极星储能网</span><span>作者：苗雨</span><span>2026/11/25 9:18:27</span><a class="tg">我要投稿</a></div>
</div>
<div class="cc-keywords">关键词： <a>动力电池</a> <a>装车量</a> <a>磷酸铁锂</a></div>
<div class="cc-article">
{ps(P3)}
{table(R3)}
{ps(P3b)}
<p class="disclaimer">免责声明：以上内容转载自北极星储能网，所发内容不代表本平台立场。</p>
<p class="gzh">扫码关注北极星储能网公众号，获取更多储能资讯</p>
<p class="edit">特别声明：北极星转载其他网站内容，出于传递更多信息而非盈利之目的。</p>
</div>
<div class="cc-list"><h3>相关推荐</h3><ul>
<li><a>9月储能电池出货量环比增长12%</a><span>2026-10-21</span></li>
<li><a>钠离子电池首次进入装车量统计</a><span>2026-11-12</span></li>
</ul></div>
<div class="footer">北极星电力网 版权所有</div>
"""
head = '<meta name="description" content="前10月动力电池累计装车量512.6GWh">'
add("portal_bjx", doc(T + "-北极星储能网", head, body),
    url="https://news.bjx.com.cn/html/20261125/1498320.shtml",
    kind="portal",
    modelled_on="北极星储能网 (chuneng.bjx.com.cn / news.bjx.com.cn, energy-storage and battery portal of the 北极星 power network) article page (cc-headline h1, cc-about row '来源 / 作者 / YYYY/MM/DD H:MM:SS' with a one-digit hour and 我要投稿 link, 关键词 row, '北极星储能网讯：' dateline opening the text, ranking table, 免责声明 / 公众号 prompt / 特别声明 inside the article container, 相关推荐 with dates)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed '2026/11/25 9:18:27' (slash date, one-digit hour, seconds). The '北极星储能网讯：' dateline stays in the first paragraph. Table rows are body (header included). Disclaimer, follow prompt and 特别声明 inside cc-article are noise.",
    classes=["slash_date_seconds", "single_digit_hour", "dateline_in_first_paragraph", "table_in_body",
             "disclaimer_inside_body", "follow_prompt_in_body", "keywords_row", "related_dates", "no_editor"],
    title=T, published_date="2026-11-25", published_at="2026-11-25T09:18:27+08:00",
    author="苗雨", editor=None, source="北极星储能网",
    paragraphs=P3 + rows_tsv(R3) + P3b,
    body_noise=["免责声明：以上内容转载自北极星储能网，所发内容不代表本平台立场。",
                "扫码关注北极星储能网公众号，获取更多储能资讯",
                "特别声明：北极星转载其他网站内容，出于传递更多信息而非盈利之目的。",
                "我要投稿", "关键词：", "9月储能电池出货量环比增长12%"])

# ---------------------------------------------------------------------------------------------
# 4. 轮胎世界网 (tyre trade portal; domain a placeholder) — meta one minute earlier, 原标题 line
# ---------------------------------------------------------------------------------------------
T = "半钢胎出口连续三月回落 企业加速海外建厂"
P4 = [
    "海关数据显示，10月我国半钢子午线轮胎出口量为2580万条，同比下降6.3%，这是该品类出口连续第三个月同比回落。",
    "多家轮胎企业负责人在接受记者采访时表示，主要出口市场贸易壁垒抬升，是出口下滑的直接原因，企业正通过在东南亚、墨西哥和东欧建厂来应对。",
    "据不完全统计，今年以来国内轮胎企业已公布的海外新建或扩建项目超过12个，规划半钢胎产能合计超过8000万条。",
    "业内专家提醒，海外建厂面临用工、环保和原材料配套等多重挑战，企业应审慎评估投资节奏。",
]
body = f"""
<div class="topbar">轮胎世界网 — 轮胎行业资讯门户 <a>登录</a> <a>注册</a></div>
<div class="nav"><a>首页</a><a>资讯</a><a>市场</a><a>原材料</a><a>企业</a><a>展会</a></div>
<div class="position">当前位置：<a>首页</a> &gt; <a>市场</a> &gt; 正文</div>
<div class="newsbox">
<h1 class="news-tit">{esc(T)}</h1>
<div class="news-info">发布时间：2026年11月24日 15:42　来源：轮胎世界网　作者：记者 蒋澄　浏览：1268　<a class="jb">【举报】</a><a class="fx">【分享】</a></div>
<div class="news-con">
<p class="yuanbiaoti">原标题：半钢胎出口“三连降”背后：企业海外建厂提速</p>
{ps(P4)}
<p class="bq">轮胎世界网版权所有，转载请注明来源。</p>
</div>
<div class="news-tags">相关标签：半钢胎 出口 海外建厂</div>
<div class="xg"><h3>相关新闻</h3><ul>
<li><a>天然橡胶价格本周小幅上涨</a><em>2026-11-23</em></li>
<li><a>全钢胎开工率回升至七成</a><em>2026-11-21</em></li>
</ul></div>
</div>
<div class="foot">轮胎世界网 版权所有 京ICP备00000000号</div>
"""
head = ('<meta name="publishdate" content="2026-11-24 15:41:52">\n'
        '<meta name="author" content="蒋澄">')
add("portal_tyreworld", doc(T + "_轮胎世界网", head, body),
    url="https://www.tyreworld.example.cn/news/market/2026/1124/86231.html",
    kind="portal",
    modelled_on="轮胎世界网 (tyre trade news portal; domain a placeholder) news page (position path, news-tit h1, news-info line '发布时间：YYYY年MM月DD日 HH:MM　来源　作者：记者 X　浏览' ending with 【举报】【分享】 buttons, '原标题：' line opening the text, copyright line, tags, 相关新闻 with dates; publishdate meta one minute earlier than the printed minute)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed 15:42; the publishdate meta says 15:41:52 (another minute), so the printed minute stands with :00. Author 蒋澄 (记者 prefix dropped). 【举报】【分享】 sit in the same line as the source. 原标题 line and copyright line are noise.",
    classes=["chinese_date_format", "meta_minute_disagree", "report_share_beside_source", "reporter_prefix",
             "original_title_line", "copyright_notice", "read_count", "related_dates", "no_editor"],
    title=T, published_date="2026-11-24", published_at="2026-11-24T15:42:00+08:00",
    author="蒋澄", editor=None, source="轮胎世界网",
    paragraphs=P4,
    body_noise=["原标题：半钢胎出口“三连降”背后：企业海外建厂提速", "轮胎世界网版权所有，转载请注明来源。",
                "【举报】", "【分享】", "相关标签：半钢胎 出口 海外建厂", "天然橡胶价格本周小幅上涨"])

# ---------------------------------------------------------------------------------------------
# 5. 中国润滑油网 (lubricant trade portal; domain a placeholder) — old ASP table template
# ---------------------------------------------------------------------------------------------
T = "重负荷柴机油需求增长 国产品牌市场份额升至四成"
P5 = [
    "随着国六排放标准全面实施和重卡保有量回升，重负荷柴油机油需求持续增长。行业调研显示，今年前三季度CK-4级别柴机油销量同比增长17%。",
    "与此同时，国产品牌在商用车后市场的份额稳步提升，目前已接近四成。某国产润滑油企业近日集中发布三款新品，此次发布的三款新品分别为：",
]
L5 = [
    "CK-4 15W-40重负荷柴油机油，适用于国六排放柴油车",
    "CK-4 10W-30低粘度柴油机油，换油周期可达10万公里",
    "FA-4 10W-30节能型柴油机油，适用于部分新型高效发动机",
]
P5b = [
    "该企业技术总监表示，低粘度化是柴机油的发展方向，但需要与发动机厂商联合验证，避免在老旧车型上出现磨损风险。",
    "经销商反映，物流车队用户对价格较为敏感，国产品牌凭借渠道下沉和服务优势，在三四线城市的增长尤为明显。",
]
body = f"""
<table width="980" align="center" cellpadding="0" cellspacing="0" class="top"><tr><td><a href="/">中国润滑油网</a></td><td align="right"><a>设为首页</a> | <a>加入收藏</a></td></tr></table>
<table width="980" align="center" class="nav"><tr><td><a>首页</a> <a>行业资讯</a> <a>企业新闻</a> <a>产品库</a> <a>招商</a></td></tr></table>
<table width="980" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top" class="main">
<table width="100%"><tr><td class="weizhi">您现在的位置：<a>首页</a> &gt;&gt; <a>行业资讯</a> &gt;&gt; 正文</td></tr>
<tr><td align="center" class="biaoti"><b>{esc(T)}</b></td></tr>
<tr><td align="center" class="xinxi">添加时间：2026/11/23 8:05:00　作者：柴思源　编辑：何蓉　【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】</td></tr>
<tr><td class="zhengwen" id="zoom">
{ps(P5)}
<ul>
{lis(L5)}
</ul>
{ps(P5b)}
<p><font color="#999999">免责声明：本网转载的文章仅代表作者观点，本网不对其真实性负责。</font></p>
</td></tr>
<tr><td class="sxp">上一篇：<a>基础油价格本周持稳</a><br>下一篇：<a>新能源车减速器油标准征求意见</a></td></tr>
</table>
</td>
<td width="260" valign="top" class="side"><div class="side-t">相关文章</div>
<ul><li><a>变速箱油市场集中度提升</a> 11-20</li><li><a>冷却液出口保持增长</a> 11-18</li></ul></td>
</tr></table>
<table width="980" align="center" class="foot"><tr><td>中国润滑油网 版权所有</td></tr></table>
"""
add("portal_lubcn", doc(T + "--中国润滑油网", "", body),
    url="https://www.lubcn.example.com/news/html/2026-11/20261123080512.html",
    kind="portal",
    modelled_on="中国润滑油网 (lubricant industry news portal; domain a placeholder) article page on an old ASP table template (weizhi path cell, bold title cell, centred xinxi cell '添加时间：YYYY/MM/DD H:MM:SS　作者　编辑' followed by 【字体：大 中 小】【打印】【关闭】, product list as <ul> in the text, grey 免责声明 inside the text cell, 上一篇/下一篇, 相关文章 sidebar with year-less dates)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed '2026/11/23 8:05:00' (slash date, one-digit hour, seconds). Author 柴思源 and editor 何蓉 sit in the same cell as the 字体 / 打印 / 关闭 controls. No 来源 is given. The <ul> items are body; the grey disclaimer in the text cell is noise.",
    classes=["slash_date_seconds", "single_digit_hour", "author_beside_font_print_controls", "editor_in_info_line",
             "table_layout", "title_in_td", "list_in_body", "disclaimer_inside_body", "prev_next_titles",
             "sidebar_dates", "no_source"],
    title=T, published_date="2026-11-23", published_at="2026-11-23T08:05:00+08:00",
    author="柴思源", editor="何蓉", source=None,
    paragraphs=P5 + L5 + P5b,
    body_noise=["免责声明：本网转载的文章仅代表作者观点，本网不对其真实性负责。", "【字体：大 中 小】【打印】【关闭】",
                "上一篇：基础油价格本周持稳", "变速箱油市场集中度提升"])

# ---------------------------------------------------------------------------------------------
# 6. 汽车商报-style dealer trade media (domain a placeholder) — 下午 12-hour clock, two reporters
# ---------------------------------------------------------------------------------------------
T = "经销商库存系数连续两月回落 豪华品牌价格战趋缓"
P6 = [
    "最新一期经销商库存调查显示，10月全国汽车经销商综合库存系数为1.38，环比下降0.09，连续两个月回落，已处于警戒线以下。",
    "分品牌看，豪华及进口品牌库存系数降幅最大，为1.12。多位豪华品牌经销商告诉记者，厂家自9月起收紧批发节奏，终端优惠幅度有所收窄。",
    "合资品牌库存系数为1.51，仍处于相对高位。华东一家合资品牌4S店总经理表示，年底冲量压力依然较大，预计12月会再出台一轮促销政策。",
    "调查同时显示，经销商对11月市场的预期偏乐观，约六成受访经销商认为销量将环比增长。",
]
body = f"""
<div class="qcsb-header"><a class="logo">汽车商报</a><span class="slogan">汽车流通行业权威媒体</span>
<ul><li>首页</li><li>经销商</li><li>厂商</li><li>二手车</li><li>后市场</li></ul></div>
<div class="content-wrap">
<div class="article">
<h1 class="a-title">{esc(T)}</h1>
<div class="a-meta"><span class="a-date">2026年11月26日 下午3:18</span><span class="a-from">来源：汽车商报</span></div>
<div class="a-body">
<p class="byline"><strong>文丨汽车商报记者 闫若溪 实习记者 邵宁</strong></p>
{ps(P6)}
<p class="edit-line">编辑：陆一鸣　审核：金涛</p>
<p class="follow">关注汽车商报微信公众号，获取更多经销商一手资讯。</p>
</div>
<div class="a-share">分享至：<a>微信</a><a>微博</a><a>QQ空间</a></div>
</div>
<div class="sidebar"><h3>热门文章</h3><ol><li>二手车出口许可企业再扩容</li><li>经销商集团三季度业绩分化</li></ol></div>
</div>
<div class="qcsb-footer">© 汽车商报 版权所有</div>
"""
head = '<meta name="publishdate" content="2026-11-26 15:18:06">'
add("portal_dealer_qcsb", doc(T + " - 汽车商报", head, body),
    url="https://www.qcsb.example.cn/jxs/20261126/4412.html",
    kind="portal",
    modelled_on="汽车商报-style dealer / auto-retail trade media site (domain a placeholder) article page (a-title h1, a-meta with a Chinese date and a 12-hour '下午H:MM' clock plus 来源, bold '文丨汽车商报记者 X 实习记者 Y' byline opening the text, closing '编辑：X　审核：Y' line, 公众号 follow prompt, share row; publishdate meta with seconds)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="'下午3:18' is 15:18; the publishdate meta 15:18:06 agrees and supplies the seconds. Authors 闫若溪 邵宁 (记者 / 实习记者 and the site prefix dropped). Editor 陆一鸣 (审核 is a reviewer). Byline, editor line and follow prompt are noise.",
    classes=["ampm_chinese", "chinese_date_format", "meta_seconds_agree", "byline_paragraph_opening_body",
             "two_authors", "trainee_author", "site_prefix_in_author", "reviewer_not_editor", "editor_line",
             "follow_prompt_in_body", "share_bar"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T15:18:06+08:00",
    author="闫若溪 邵宁", editor="陆一鸣", source="汽车商报",
    paragraphs=P6,
    body_noise=["文丨汽车商报记者 闫若溪 实习记者 邵宁", "编辑：陆一鸣　审核：金涛",
                "关注汽车商报微信公众号，获取更多经销商一手资讯。", "分享至：", "二手车出口许可企业再扩容"])

# ---------------------------------------------------------------------------------------------
# 7. 车讯网 (chexun.com) — year-less visible date, full date in meta
# ---------------------------------------------------------------------------------------------
T = "自主品牌11月上旬零售渗透率突破六成"
P7 = [
    "据乘用车市场机构初步统计，11月1日至10日全国乘用车零售42.3万辆，同比增长8%，其中自主品牌零售份额达到61.2%，首次在旬度数据中突破六成。",
    "新能源车型是自主品牌份额提升的主要推动力。同期新能源乘用车零售渗透率为57.6%，较上月同期提高2.1个百分点。",
    "从价格段看，10万至20万元区间的插电混动车型增长最快，多家自主品牌推出的限时置换补贴对终端拉动明显。",
]
body = f"""
<div class="cx-head"><a class="logo">车讯网</a><div class="cx-nav"><a>新闻</a><a>新车</a><a>行情</a><a>导购</a><a>用车</a></div></div>
<div class="cx-crumb"><a>车讯网</a> &gt; <a>新闻</a> &gt; <a>行业</a></div>
<div class="cx-article">
<h1>{esc(T)}</h1>
<div class="cx-info"><span class="time">11-28 09:46</span><span class="source">来源：车讯网</span><span class="author">作者：邝然</span></div>
<div class="cx-content">
{ps(P7)}
<p class="cx-edit">责任编辑：丁可</p>
<p class="cx-statement">车讯网声明：本文仅代表作者观点，不代表车讯网立场。</p>
</div>
</div>
<div class="cx-hot"><h3>热门资讯</h3><ul>
<li>新款紧凑级轿车开启预售<span>3小时前</span></li>
<li>多家车企公布11月限时优惠<span>昨天 18:30</span></li>
</ul></div>
<div class="cx-foot">车讯网 版权所有</div>
"""
head = ('<meta property="article:published_time" content="2026-11-28T09:46:30+08:00">\n'
        '<meta property="og:type" content="article">')
add("portal_chexun", doc(T + "_车讯网", head, body),
    url="https://news.chexun.com/2026-11-28/118452231.html",
    kind="portal",
    modelled_on="车讯网 (chexun.com, auto news and buying-guide portal) news page (crumb path, h1, cx-info row with a year-less 'MM-DD HH:MM' time, 来源 and 作者, 责任编辑 line and 车讯网声明 inside the content, 热门资讯 with relative times; article:published_time meta with the year and seconds; URL with the date)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible '11-28 09:46' has no year; the meta (2026-11-28T09:46:30) and the URL give it, and the meta's seconds agree with the printed minute. Hot-list '3小时前' / '昨天 18:30' are traps. Editor line and statement are noise.",
    classes=["no_year_date", "meta_seconds_agree", "url_date", "editor_line", "platform_disclaimer",
             "relative_sidebar_times"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T09:46:30+08:00",
    author="邝然", editor="丁可", source="车讯网",
    paragraphs=P7,
    body_noise=["责任编辑：丁可", "车讯网声明：本文仅代表作者观点，不代表车讯网立场。", "新款紧凑级轿车开启预售"])

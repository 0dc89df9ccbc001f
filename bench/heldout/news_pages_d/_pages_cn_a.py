"""Chinese pages, part A: auto trade media and provincial news portals."""
from _common import FETCH_CN, add, esc, lis, ps, rows_tsv, table

# ---------------------------------------------------------------------------------------------
# 车云网 (cheyun.com) article page: author link + year-less time + 原创 tag, author card at the end
# ---------------------------------------------------------------------------------------------
T = "热管理供应商扎堆扩产：一家二级供应商的冬天与春天"
P = [
    "11月中旬，位于安徽芜湖的华驰热管理新厂房里，第二条电子膨胀阀装配线刚刚完成试产。这家成立不到十年的企业，如今给三家主机厂的热泵总成供应商供货，是典型的二级供应商。",
    "“去年这个时候我们还在担心产能闲置，今年的问题反过来了。”华驰热管理总经理邵庭说，今年前十个月，公司电子膨胀阀出货量约为去年同期的1.7倍。",
    "热泵空调在新能源车上的装配率持续提高，是订单增长的直接原因。车云网梳理公开信息发现，今年以来至少有六家热管理相关企业宣布了新的扩产计划，涉及电子水泵、电子膨胀阀和集成式热管理模块。",
    "但扩产潮背后，价格压力同样明显。一位不愿具名的采购人士告诉车云网，主流热泵总成的年降幅度普遍在5%到8%之间，二级供应商往往要承接其中的大部分。",
    "邵庭的应对办法是把阀体加工从外协收回来自制。“阀体占成本的三成左右，自己做能省下将近一半的加工费，但前期设备投入要两千多万元。”",
    "在业内人士看来，热管理赛道接下来比拼的不再只是产能，而是集成能力。能否从单一零件走向模块供货，将决定这批二级供应商能否穿越下一轮价格周期。",
]
N = [
    "11-27 21:05",
    "本文为车云网原创，未经授权禁止转载。",
    "车云网资深记者，长期关注汽车供应链与热管理领域。",
    "已发布文章 312 篇",
    "标签： 热管理 热泵 供应链",
    "关注车云网微信公众号，第一时间获取汽车产业深度报道",
    "电子水泵价格战下的三种活法",
    "一体化压铸之后，车身件供应商还剩什么",
]
add("portal_cheyun", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(T)}-车云网</title>
<meta name="keywords" content="热管理,热泵,电子膨胀阀,供应链">
<meta name="description" content="{esc(P[0][:40])}">
<link rel="stylesheet" href="//static.cheyun.com/css/article.min.css?v=20261102">
</head>
<body>
<div class="header"><div class="wrap"><a class="logo" href="https://www.cheyun.com/">车云</a>
 <ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">资讯</a></li><li><a href="/chj/">车云号</a></li><li><a href="/event/">活动</a></li><li><a href="/report/">研究报告</a></li></ul>
 <div class="login"><a href="/login">登录</a> | <a href="/reg">注册</a></div></div></div>
<div class="main wrap">
 <div class="left">
  <div class="crumb"><a href="/">首页</a> &gt; <a href="/news/supply/">供应链</a> &gt; 正文</div>
  <div class="article" id="article">
   <h1 class="article-title">{esc(T)}</h1>
   <div class="article-info">
    <a class="author-name" href="/u/12045"><img src="//img.cheyun.com/avatar/12045.jpg" alt="">吕振</a>
    <span class="time">11-27 21:05</span>
    <span class="tag-original">原创</span>
    <span class="views"><i class="icon-eye"></i>4216</span>
   </div>
   <div class="article-content">
{ps(P[:3])}
<p class="img"><img src="//img.cheyun.com/2026/11/27/hc-valve-line.jpg" alt=""></p>
{ps(P[3:])}
<p class="copyright">本文为车云网原创，未经授权禁止转载。</p>
   </div>
   <div class="tags"><span>标签：</span> <a href="/tag/热管理">热管理</a> <a href="/tag/热泵">热泵</a> <a href="/tag/供应链">供应链</a></div>
   <div class="author-card">
    <img src="//img.cheyun.com/avatar/12045.jpg" alt="">
    <div class="author-card-name">吕振</div>
    <div class="author-card-desc">车云网资深记者，长期关注汽车供应链与热管理领域。</div>
    <div class="author-card-count">已发布文章 312 篇</div>
    <a class="btn-follow" href="javascript:;">关注</a>
   </div>
   <div class="follow-box">关注车云网微信公众号，第一时间获取汽车产业深度报道</div>
   <div class="share"><span>分享到</span> <a class="wx">微信</a> <a class="wb">微博</a></div>
  </div>
  <div class="related"><h3>相关阅读</h3><ul>
   <li><a href="/content/58102">电子水泵价格战下的三种活法</a><span>11-24 18:30</span></li>
   <li><a href="/content/57966">一体化压铸之后，车身件供应商还剩什么</a><span>11-20 09:12</span></li>
  </ul></div>
 </div>
 <div class="right"><div class="hot"><h3>24小时热文</h3><ol><li><a href="/content/58230">座舱芯片交付周期回落至八周</a></li><li><a href="/content/58219">一家线控制动初创公司的融资路</a></li></ol></div></div>
</div>
<div class="footer">Copyright © 2012-2026 cheyun.com 车云网 版权所有</div>
<script>var ARTICLE = {{"id":58213,"title":"{T}","author":"吕振","pubtime":"2026-11-27 21:05:37","category":"供应链","original":1}};</script>
</body>
</html>
""",
    url="https://www.cheyun.com/content/58213",
    kind="portal",
    modelled_on="cheyun.com (车云网) article page (author link with avatar, year-less 'MM-DD HH:MM' time and 原创 tag in the info row, author card with bio at the end of the article block, ARTICLE page-data variable)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed time '11-27 21:05' has no year; the ARTICLE script variable pubtime '2026-11-27 21:05:37' supplies year and seconds and agrees with the printed minute. Author: the linked name 吕振 in the info row (repeated in the author card). '原创' is an originality tag, not a source; the info row carries no media name and there is no 来源 label, so source is null. The author card's bio and article count, the in-body copyright line, tags, follow prompt and related list are not body. No editor named.",
    classes=["no_year_date", "script_page_data", "author_link_in_info_row", "original_label_not_source", "copyright_notice_in_body", "author_bio_box_at_end", "tags_line", "follow_prompt", "related_dates", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T21:05:37+08:00",
    author="吕振", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# 第一电动网 (d1ev.com) news page: calendar-style date block split over three elements, table
# ---------------------------------------------------------------------------------------------
T = "10月动力电池装车量：前五家企业份额回落至八成以下"
ROWS = [["排名", "企业", "装车量（GWh）", "占比"],
        ["1", "宁拓新能源", "17.2", "35.4%"],
        ["2", "远晟电池", "9.8", "20.2%"],
        ["3", "华岳动力", "4.6", "9.5%"],
        ["4", "启辰储能", "3.3", "6.8%"],
        ["5", "中科锂源", "2.5", "5.1%"]]
PA = [
    "第一电动网讯 11月26日，行业统计机构“电池装车观察”发布10月动力电池装车数据。当月国内动力电池装车量合计48.6GWh，同比增长31.2%，环比增长6.4%。",
    "从企业排名看，前五家企业合计装车量37.4GWh，占比76.9%，较9月下降2.3个百分点，这也是今年以来前五家份额首次回落至八成以下。",
    "具体数据见下表：",
]
PB = [
    "注：占比为该企业装车量占当月装车总量的比例。",
    "分材料看，10月磷酸铁锂电池装车量36.1GWh，占比74.3%；三元电池装车量12.4GWh，占比25.5%。",
    "业内人士分析，二三线电池企业份额回升，一方面与部分车企推进“双供应商”策略有关，另一方面也与中小车型对成本更为敏感、倾向选择报价更低的供应商有关。",
]
N = [
    "（责任编辑：邱岚）",
    "声明：本文为第一电动网原创，转载请注明出处。文中数据仅供参考，不构成投资建议。",
    "下载第一电动APP，看更多新能源资讯",
    "阅读 2863",
    "9月动力电池装车量同比增长28%",
    "固态电池中试线密集落地",
]
add("portal_d1ev", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(T)}_第一电动网</title>
<meta name="keywords" content="动力电池,装车量,电池企业">
<meta name="publishdate" content="2026-11-27 10:35:22">
<link rel="stylesheet" href="https://static.d1ev.com/pc/css/news_detail.css">
</head>
<body>
<div class="d1-header"><a class="logo" href="https://www.d1ev.com/">第一电动网</a>
 <ul class="d1-nav"><li><a href="/news">资讯</a></li><li><a href="/kol">自媒体</a></li><li><a href="/carshow">新车</a></li><li><a href="/data">数据</a></li></ul></div>
<div class="d1-container">
 <div class="d1-breadcrumb"><a href="/">首页</a> / <a href="/news/qiye">企业</a> / 正文</div>
 <div class="news-detail">
  <div class="news-date-box">
   <div class="news-date-day">27</div>
   <div class="news-date-ym">2026/11</div>
   <div class="news-date-hm">10:35</div>
  </div>
  <div class="news-main">
   <h1 class="news-title">{esc(T)}</h1>
   <div class="news-meta">
    <span class="source">来源：第一电动网</span>
    <span class="author">作者：苏晴</span>
    <span class="read">阅读 2863</span>
    <a class="fav" href="javascript:;">收藏</a>
   </div>
   <div class="news-content" id="showall">
{ps(PA)}
{table(ROWS, ' class="data-table" border="1"')}
{ps(PB)}
<p style="text-align:right">（责任编辑：邱岚）</p>
   </div>
   <div class="news-statement">声明：本文为第一电动网原创，转载请注明出处。文中数据仅供参考，不构成投资建议。</div>
   <div class="app-guide"><img src="https://static.d1ev.com/pc/img/app-qr.png" alt=""><p>下载第一电动APP，看更多新能源资讯</p></div>
  </div>
 </div>
 <div class="news-related"><h3>相关资讯</h3><ul>
  <li><a href="/news/qiye/297201">9月动力电池装车量同比增长28%</a><span>2026-10-28</span></li>
  <li><a href="/news/jishu/298003">固态电池中试线密集落地</a><span>2026-11-19</span></li>
 </ul></div>
</div>
<div class="d1-footer">Copyright © 第一电动网 d1ev.com All Rights Reserved</div>
</body>
</html>
""",
    url="https://www.d1ev.com/news/qiye/298765",
    kind="portal",
    modelled_on="d1ev.com (第一电动网) news page (calendar-style date block left of the headline: day / year-month / time in separate elements, 来源 / 作者 / 阅读 meta row, data table in the content, bracketed 责任编辑 at the end, statement box)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="The date is printed as a calendar block split over three elements: day '27', '2026/11' and '10:35'; the publishdate meta '2026-11-27 10:35:22' agrees and supplies the seconds. Source: 来源 第一电动网; author: 作者 苏晴. The right-aligned '（责任编辑：邱岚）' closing the content gives the editor. The table is body (one paragraph per row, header included); the sentence introducing it and the 注： note under it are body. '第一电动网讯' opens paragraph 1 and stays. Statement, app prompt, read count and related list are not body.",
    classes=["date_split_elements", "calendar_date_block", "meta_seconds_agree", "table_in_body", "note_line_in_body", "dateline_in_first_paragraph", "bracket_editor_at_end", "disclaimer", "app_prompt", "read_count", "related_dates"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T10:35:22+08:00",
    author="苏晴", editor="邱岚", source="第一电动网", paragraphs=PA + rows_tsv(ROWS) + PB, body_noise=N)

# ---------------------------------------------------------------------------------------------
# 汽车商业评论 (autobizreview) web article: 撰文 | / 编辑 | / 设计 | / 出品 | credit block opening the content
# ---------------------------------------------------------------------------------------------
T = "一家座椅公司的出海账本"
P = [
    "在汽车座椅这个高度集中的行业里，凯博座椅算不上头部企业。但过去两年，这家总部位于浙江宁波的公司，把海外收入占比从不到10%做到了接近30%。",
    "01 从跟随到独立出海",
    "凯博座椅最早的海外业务是跟着国内整车厂走的。2023年，一家合作多年的主机厂在泰国建厂，凯博随之在当地设立了座椅骨架组装线。",
    "“跟随出海的好处是订单确定，坏处是命运不在自己手里。”凯博座椅董事长蔡立群说，真正的转折发生在2025年初，公司拿到了一家北美新势力的座椅定点。",
    "02 墨西哥工厂的第一年",
    "为了这份定点，凯博在墨西哥新莱昂州租下了一座约2.4万平方米的厂房。蔡立群坦言，第一年的难点不是设备，而是人。",
    "当地工人流动率一度超过每月8%，公司不得不从宁波派出40多名班组长轮岗带教，同时把工位作业指导书全部改成图示版本。",
    "03 账本上的三个数字",
    "蔡立群给汽车商业评论算了一笔账：墨西哥工厂今年预计营收约6.5亿元，毛利率比国内工厂低4个百分点左右，但回款周期缩短了近一个月。",
    "“出海不是为了更高的毛利，而是为了更稳定的客户结构。”他说，明年公司计划在匈牙利设立第二个海外基地。",
]
N = [
    "撰文 | 贾舒、孔令航",
    "编辑 | 黄敏",
    "设计 | 杨楠",
    "出品 | 汽车商业评论",
    "推荐阅读",
    "线束企业的墨西哥十年",
    "主机厂年降之下，二级供应商如何定价",
    "版权声明：本文为汽车商业评论原创，未经授权不得转载。",
    "关注汽车商业评论公众号，获取更多深度内容",
]
add("portal_autobizreview", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(T)} | 汽车商业评论</title>
<meta name="description" content="凯博座椅把海外收入占比从不到10%做到了接近30%。">
<meta property="og:title" content="{esc(T)}">
</head>
<body class="single">
<header class="site-header"><a class="brand" href="https://www.autobizreview.com/">汽车商业评论 Auto Business Review</a>
 <nav><a href="/category/industry/">产业</a> <a href="/category/people/">人物</a> <a href="/category/global/">全球</a> <a href="/magazine/">杂志</a></nav></header>
<main class="container">
 <article class="post">
  <div class="post-cat"><a href="/category/global/">全球</a></div>
  <h1 class="post-title">{esc(T)}</h1>
  <div class="post-meta"><span class="post-media">汽车商业评论</span> <span class="post-date">2026-11-26 20:30</span></div>
  <div class="post-content">
<p style="color:#888">撰文 | 贾舒、孔令航</p>
<p style="color:#888">编辑 | 黄敏</p>
<p style="color:#888">设计 | 杨楠</p>
<p style="color:#888">出品 | 汽车商业评论</p>
<p><img src="https://www.autobizreview.com/uploads/2026/11/kaibo-mx.jpg" alt=""></p>
<p>{esc(P[0])}</p>
<h3><strong>{esc(P[1])}</strong></h3>
{ps(P[2:4])}
<h3><strong>{esc(P[4])}</strong></h3>
{ps(P[5:7])}
<h3><strong>{esc(P[7])}</strong></h3>
{ps(P[8:])}
<hr>
<p><strong>推荐阅读</strong></p>
<ul class="recommend">
<li><a href="/2026/11/19/2811.html">线束企业的墨西哥十年</a></li>
<li><a href="/2026/11/12/2790.html">主机厂年降之下，二级供应商如何定价</a></li>
</ul>
<p class="copyright">版权声明：本文为汽车商业评论原创，未经授权不得转载。</p>
  </div>
  <div class="post-follow"><img src="/static/qr.png" alt=""><span>关注汽车商业评论公众号，获取更多深度内容</span></div>
 </article>
</main>
<footer class="site-footer">© 2026 汽车商业评论 版权所有</footer>
</body>
</html>
""",
    url="https://www.autobizreview.com/2026/11/26/2837.html",
    kind="portal",
    modelled_on="汽车商业评论 (Auto Business Review) web article (magazine-style post: media name + date meta row, credit block '撰文 | / 编辑 | / 设计 | / 出品 |' opening the content, numbered bold section headings, 推荐阅读 list inside the content)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Meta row '汽车商业评论 2026-11-26 20:30': no seconds anywhere, so :00. The credit block opening the content is not body: '撰文 | 贾舒、孔令航' gives two authors separated by 、 (written space-separated), '编辑 | 黄敏' is the editor, '设计 | 杨楠' (designer) and '出品 | 汽车商业评论' (producer) are not editors / authors. Source: the media name in the meta row, 汽车商业评论. The numbered bold headings (01 / 02 / 03) are section headings and body. The 推荐阅读 list and copyright line inside the content, and the follow prompt, are not body.",
    classes=["credit_block_in_body", "pipe_credit_labels", "dunhao_separated_authors", "two_authors", "designer_not_editor", "media_name_in_meta_row", "headings_in_body", "read_also_inside_body", "copyright_notice_in_body", "follow_prompt"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T20:30:00+08:00",
    author="贾舒 孔令航", editor="黄敏", source="汽车商业评论", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# 浙江在线 (zjol.com.cn) article page: pubtime / source / author spans, 和 between credited writers
# ---------------------------------------------------------------------------------------------
T = "宁波前湾新区汽车零部件产业链“链主”带动效应显现"
P = [
    "本报宁波11月24日电 11月24日，在宁波前湾新区一家汽车电子企业的新产线上，一块块控制器电路板从贴片到测试全程无人化流转。这条产线投产后，企业本地配套的整车项目从两个增加到五个。",
    "近年来，前湾新区以整车企业为“链主”，推动零部件企业就近布局。目前新区已集聚汽车零部件企业300余家，覆盖车身、底盘、电子电器、内外饰等主要门类。",
    "“整车厂就在隔壁，新品开发从打样到验证的时间能缩短一半。”宁波泓远汽车电子负责人说，今年公司研发投入同比增长22%，新增发明专利14项。",
    "新区还建立了“链主”企业与配套企业的常态化对接机制，今年以来已组织对接活动11场，促成合作项目46个。",
    "下一步，前湾新区将围绕智能座舱、线控底盘等方向，引进一批关键零部件项目，力争到2028年本地配套率提高到60%以上。",
]
N = [
    "编辑：应琪",
    "责任编辑：钱艳",
    "凡注明“来源：浙江在线”的所有作品，版权均属于浙江在线，未经本网授权不得转载、摘编或利用其它方式使用上述作品。",
    "下载浙江新闻客户端",
    "【打印】",
    "宁波出台汽车零部件产业高质量发展若干措施",
]
add("portal_zjol", f"""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(T)}-浙江在线</title>
<meta name="keywords" content="前湾新区 汽车零部件 链主">
<meta name="description" content="{esc(P[1][:38])}">
</head>
<body>
<div class="topbar"><a href="https://www.zjol.com.cn/">浙江在线</a> | <a href="https://zjnews.zjol.com.cn/">浙江新闻</a> | <a href="https://nb.zjol.com.cn/">宁波频道</a></div>
<div class="wrap">
 <div class="position">当前位置：<a href="https://zjnews.zjol.com.cn/">浙江新闻</a> &gt; <a href="https://zjnews.zjol.com.cn/zjnews/nbnews/">宁波新闻</a></div>
 <div class="contTit"><h1>{esc(T)}</h1></div>
 <div class="artInfo">
  <span id="pubtime_baidu">2026-11-25 07:06:32</span>&nbsp;&nbsp;
  <span id="source_baidu">来源：<a href="https://zjrb.zjol.com.cn/" target="_blank">浙江日报</a></span>&nbsp;&nbsp;
  <span id="author_baidu">作者：记者 孙敏 和 通讯员 柯洋</span>
 </div>
 <div class="contMain" id="contMain">
{ps(P)}
 </div>
 <div class="editor" id="editor_baidu">编辑：应琪　责任编辑：钱艳</div>
 <div class="print"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
 <div class="app-down"><img src="https://img.zjol.com.cn/app/qrcode.png" alt="">下载浙江新闻客户端</div>
 <div class="xgxw"><h3>相关新闻</h3><ul><li><a href="https://zjnews.zjol.com.cn/202611/t20261118_31002233.shtml">宁波出台汽车零部件产业高质量发展若干措施</a> 2026-11-18</li></ul></div>
 <div class="copyright">凡注明“来源：浙江在线”的所有作品，版权均属于浙江在线，未经本网授权不得转载、摘编或利用其它方式使用上述作品。</div>
</div>
<div class="footer">浙江在线新闻网站有限公司 版权所有</div>
</body>
</html>
""",
    url="https://zjnews.zjol.com.cn/zjnews/nbnews/202611/t20261125_31024567.shtml",
    kind="portal",
    modelled_on="zjol.com.cn (浙江在线) news article page (contTit headline, artInfo row with pubtime_baidu / source_baidu / author_baidu spans, editor_baidu line with 编辑 + 责任编辑, copyright notice quoting '来源：浙江在线')",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="pubtime_baidu prints the time to the second (2026-11-25 07:06:32). Source: the linked 来源 value 浙江日报 (the footer copyright notice quoting “来源：浙江在线” is a template, not this article's source). Author span '作者：记者 孙敏 和 通讯员 柯洋': reporter and correspondent joined by 和 are both credited writers (roles and 和 dropped). Editor line '编辑：应琪　责任编辑：钱艳': the responsible editor 钱艳 wins. '本报宁波11月24日电' opens paragraph 1 and stays.",
    classes=["seconds_printed", "he_separated_authors", "correspondent_role", "linked_source", "editor_and_responsible_editor", "dateline_in_first_paragraph", "copyright_notice_with_source_label", "print_close_links", "app_prompt", "related_list"],
    title=T, published_date="2026-11-25", published_at="2026-11-25T07:06:32+08:00",
    author="孙敏 柯洋", editor="钱艳", source="浙江日报", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# 四川在线 (scol.com.cn) article: □ credit line in the body, photo caption, 编辑 + 审核 closing line
# ---------------------------------------------------------------------------------------------
T = "成都龙泉驿一汽配园区上线共享检测中心 中小企业送检周期缩短一半"
P = [
    "11月27日，成都市龙泉驿区汽车零部件产业园的共享检测中心正式投用。园区内的中小零部件企业今后可以就近完成盐雾、振动、高低温等常规试验，不必再把样品寄往外地。",
    "“过去一批样件送到外省检测，排队加运输要三周左右，现在一周之内就能拿到报告。”园区内一家线束企业的质量负责人说。",
    "据介绍，检测中心由园区运营公司与一家第三方检测机构共同投资建设，总投资约8600万元，首期配置各类试验设备120余台（套），可开展试验项目230余项。",
    "为降低企业成本，园区对入驻企业实行检测费用补贴，年度补贴比例最高可达30%。",
    "龙泉驿区相关负责人表示，共享检测中心是园区完善配套服务的一部分，明年还将建设共享模具中心和共享仓储。",
]
N = [
    "□四川日报全媒体记者 周丽 实习生 冉晓",
    "11月27日，检测中心工作人员正在进行零部件盐雾试验。四川日报全媒体记者 杨帆 摄",
    "编辑：罗霞",
    "审核：何川",
    "字号：大 中 小",
    "扫码下载川观新闻",
    "四川在线版权所有，未经授权不得转载",
]
add("portal_scol", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(T)} - 四川在线</title>
<meta name="keywords" content="龙泉驿,汽车零部件,检测中心">
</head>
<body>
<div class="scol-top"><a href="https://www.scol.com.cn/">四川在线</a> <a href="https://sichuan.scol.com.cn/">四川</a> <a href="https://cd.scol.com.cn/">成都</a> <a href="https://business.scol.com.cn/">财经</a></div>
<div class="scol-main">
 <div class="path">您的位置：<a href="https://www.scol.com.cn/">首页</a> &gt; <a href="https://sichuan.scol.com.cn/ggxw/">四川新闻</a></div>
 <h1 class="title">{esc(T)}</h1>
 <div class="info">
  <span class="date">2026-11-28 07:30</span>
  <span class="from">来源：四川日报</span>
  <span class="fontsize">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
  <span class="share">分享到：<a class="wx" href="javascript:;">微信</a> <a class="wb" href="javascript:;">微博</a></span>
 </div>
 <div class="content" id="scol_txt">
<p>□四川日报全媒体记者 周丽 实习生 冉晓</p>
<p>{esc(P[0])}</p>
<p style="text-align:center"><img src="https://img.scol.com.cn/2026/11/28/jcz01.jpg" alt=""></p>
<p style="text-align:center;font-size:14px">11月27日，检测中心工作人员正在进行零部件盐雾试验。四川日报全媒体记者 杨帆 摄</p>
{ps(P[1:])}
<p class="editor">编辑：罗霞　审核：何川</p>
 </div>
 <div class="app"><img src="https://img.scol.com.cn/app/cgnews.png" alt="">扫码下载川观新闻</div>
 <div class="copyright">四川在线版权所有，未经授权不得转载</div>
</div>
</body>
</html>
""",
    url="https://sichuan.scol.com.cn/ggxw/202611/59012345.html",
    kind="portal",
    modelled_on="scol.com.cn (四川在线, 四川日报报业集团) news page (info row with date / 来源 / 字号 / 分享, '□四川日报全媒体记者' credit line opening the content, centred caption with 摄 credit, '编辑 + 审核' line closing the content)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Date '2026-11-28 07:30' with no seconds anywhere (:00). Source: 来源 四川日报. The credit line '□四川日报全媒体记者 周丽 实习生 冉晓' opening the content gives two writers (全媒体记者 and 实习生, roles dropped) and is not body; the photographer 杨帆 in the caption is not an author. Closing line '编辑：罗霞　审核：何川': the editor is 罗霞, 审核 (reviewer) is not the editor. Font-size and share controls sit in the info row next to the date.",
    classes=["credit_line_in_body", "square_bullet_credit", "intern_role", "photographer_credit", "image_caption", "editor_and_reviewer", "ui_words_near_credits", "font_size_control", "share_bar", "app_prompt", "copyright_notice"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T07:30:00+08:00",
    author="周丽 冉晓", editor="罗霞", source="四川日报", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# 荆楚网 (cnhubei.com) content page: Chinese-format date and time in separate spans, 稿源 label
# ---------------------------------------------------------------------------------------------
T = "襄阳一汽车轴承企业新增两条产线 年产能突破千万套"
P = [
    "11月25日，襄阳高新区华岳轴承有限公司的两条轮毂轴承单元生产线正式投产。至此，该公司轴承年产能突破1000万套。",
    "华岳轴承主要为商用车和乘用车企业配套轮毂轴承单元。公司负责人介绍，新产线采用自动合套和在线检测技术，单件加工节拍较老产线提升约40%。",
    "今年以来，该公司新获得两家新能源车企的定点项目，预计明年销售收入将达到15亿元。",
    "襄阳是我省重要的汽车及零部件生产基地。近年来，当地围绕底盘、传动等系统，持续引进和培育配套企业，汽车零部件本地配套能力不断增强。",
]
N = [
    "【责任编辑：龚然】",
    "【纠错】",
    "扫一扫，用手机看新闻！",
    "荆楚网（湖北日报网）版权所有",
    "十堰新能源商用车零部件产业园一期竣工",
]
add("portal_cnhubei", f"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(T)}_湖北频道_荆楚网</title>
<meta name="keywords" content="襄阳,轴承,汽车零部件">
</head>
<body>
<div class="hd"><a class="logo" href="http://www.cnhubei.com/">荆楚网</a><span>湖北日报网</span></div>
<div class="bd">
 <div class="crumbs"><a href="http://news.cnhubei.com/">新闻</a> &gt; <a href="http://news.cnhubei.com/xy/">襄阳</a></div>
 <div class="article-box">
  <h1 class="article-t">{esc(T)}</h1>
  <div class="article-info">
   <span class="time">2026年11月26日</span> <span class="time2">09:48</span>
   <span class="src">稿源：湖北日报</span>
   <span class="aut">作者：记者 韩冰、通讯员 邹涛</span>
  </div>
  <div class="article-content">
{ps(P)}
  </div>
  <div class="article-editor">【责任编辑：龚然】</div>
  <div class="article-tool"><a href="javascript:;">【纠错】</a> <span class="qr">扫一扫，用手机看新闻！</span></div>
 </div>
 <div class="related"><h3>相关新闻</h3><ul><li><a href="http://news.cnhubei.com/content/2026-11/24/content_19281122.html">十堰新能源商用车零部件产业园一期竣工</a><em>2026-11-24 17:20</em></li></ul></div>
</div>
<div class="ft">荆楚网（湖北日报网）版权所有</div>
</body>
</html>
""",
    url="http://news.cnhubei.com/content/2026-11/26/content_19283746.html",
    kind="portal",
    modelled_on="cnhubei.com (荆楚网 / 湖北日报网) content page (article-info row with the Chinese-format date and the time in separate spans, 稿源 label, 作者 with roles joined by 、, 【责任编辑：】 line under the content)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Date '2026年11月26日' and time '09:48' sit in separate spans; no seconds anywhere (:00). Source: the 稿源 value 湖北日报. Author '记者 韩冰、通讯员 邹涛': reporter and correspondent joined by 、 are both credited writers. Editor: 【责任编辑：龚然】. The related item's '2026-11-24 17:20' is another article's time.",
    classes=["date_split_elements", "chinese_date_format", "source_gaoyuan_label", "dunhao_separated_authors", "correspondent_role", "bracket_editor", "error_report_link", "qr_prompt", "related_dates", "copyright_notice"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T09:48:00+08:00",
    author="韩冰 邹涛", editor="龚然", source="湖北日报", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# 华龙网 (cqnews.net) content page: dateline with reporters in parentheses, hidden keywords, 相关阅读
# ---------------------------------------------------------------------------------------------
T = "重庆两江新区汽车软件产业园新入驻企业23家"
P = [
    "华龙网-新重庆客户端11月26日16时讯（记者 戴娟 实习生 曾宇）11月26日上午，两江新区汽车软件产业园举行集中签约活动，23家汽车软件及智能网联企业现场签约入驻，涉及智能座舱、自动驾驶算法、车载操作系统等领域。",
    "据了解，汽车软件产业园自去年开园以来，已累计引进企业96家，其中规模以上企业31家。园区今年前10个月实现软件业务收入约42亿元，同比增长37%。",
    "签约企业中，重庆芯途科技将在园区设立车载域控制器软件研发中心，计划三年内研发团队规模达到500人。",
    "两江新区相关负责人表示，园区将继续完善测试验证、数据服务等公共平台，推动软件企业与本地整车和零部件企业开展联合开发。",
]
N = [
    "相关阅读：两江新区发布智能网联汽车产业新政",
    "华龙网 新重庆 汽车软件 两江新区 签约",
    "责任编辑：付钰",
    "举报/反馈",
    "下载新重庆客户端",
]
add("portal_cqnews", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(T)}_华龙网</title>
<meta name="keywords" content="两江新区,汽车软件,产业园">
<meta name="description" content="{esc(P[0][:60])}">
</head>
<body>
<div class="top-nav"><a href="https://www.cqnews.net/">华龙网</a> <a href="https://cq.cqnews.net/">重庆</a> <a href="https://finance.cqnews.net/">财经</a> <a href="https://car.cqnews.net/">汽车</a></div>
<div class="main-box">
 <div class="bread"><a href="https://cq.cqnews.net/">重庆</a> &gt; 区县</div>
 <div class="content-box">
  <h1 class="news-title">{esc(T)}</h1>
  <div class="info"><span class="time">2026-11-26 16:05:33</span> <span class="source">来源： 华龙网</span> <a class="report" href="javascript:;">举报/反馈</a></div>
  <div class="content" id="main_text">
<p>{esc(P[0])}</p>
<p>{esc(P[1])}</p>
<p><strong>相关阅读：</strong><a href="https://cq.cqnews.net/html/2026-11/12/content_1098712345678901234.html">两江新区发布智能网联汽车产业新政</a></p>
{ps(P[2:])}
<div style="display:none">华龙网 新重庆 汽车软件 两江新区 签约</div>
  </div>
  <div class="editor">责任编辑：付钰</div>
  <div class="app-box">下载新重庆客户端</div>
 </div>
</div>
<div class="footer">华龙网版权所有</div>
</body>
</html>
""",
    url="https://cq.cqnews.net/cqqx/html/2026-11/26/content_1098765432101234567.html",
    kind="portal",
    modelled_on="cqnews.net (华龙网) content page (info row with seconds-precise time / '来源： 华龙网' / 举报, '华龙网-新重庆客户端…讯（记者 …）' dateline, 相关阅读 link paragraph and a hidden keyword div inside the content, 责任编辑 under it)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Info row time '2026-11-26 16:05:33' (seconds printed; the dateline's '16时' agrees). Source: '来源： 华龙网' (space after the colon). Authors from the dateline parentheses '（记者 戴娟 实习生 曾宇）': reporter and intern, roles dropped; the dateline is part of the first sentence and stays in paragraph 1. The bold '相关阅读：' link paragraph and the display:none keyword div inside the content are not body. Editor: 责任编辑 付钰.",
    classes=["seconds_printed", "dateline_in_first_paragraph", "author_in_dateline_parentheses", "intern_role", "space_after_source_colon", "read_also_inside_body", "hidden_keywords_in_body", "ui_words_near_credits", "editor_line", "app_prompt"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T16:05:33+08:00",
    author="戴娟 曾宇", editor="付钰", source="华龙网", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# 中国江苏网 (jschina.com.cn) article: 更新时间 printed before 发布时间, authors separated by ，
# ---------------------------------------------------------------------------------------------
T = "常州武进新能源汽车零部件出口前10月增长近四成"
P = [
    "记者从常州海关获悉，今年前10个月，武进区新能源汽车零部件出口额达87.3亿元，同比增长38.6%，占全区汽车零部件出口总额的比重提升至46%。",
    "从产品结构看，电机控制器、车载充电机和电池结构件是出口增长的主要来源，三类产品合计出口额同比增长52%。",
    "从市场分布看，欧盟仍是第一大出口市场，对东盟、墨西哥和土耳其的出口增速均超过60%。",
    "为帮助企业应对海外市场的合规要求，常州海关今年以来已为辖区企业开展原产地规则、碳足迹核算等专题培训8场，服务企业210余家次。",
    "武进区一家电机控制器企业负责人表示，海外客户对产品碳足迹数据的要求越来越细，企业正在建立覆盖原材料采购的碳数据管理体系。",
]
N = [
    "更新时间：2026-11-27 10:02",
    "[责编：陈卓]",
    "下载交汇点新闻客户端",
    "分享到：",
    "本网站所刊载信息，不代表中国江苏网观点。",
]
add("portal_jschina", f"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(T)}_中国江苏网</title>
<meta name="PubDate" content="2026-11-27 07:45:21">
<meta name="ContentSource" content="新华日报">
<meta name="keywords" content="武进,新能源汽车零部件,出口">
</head>
<body>
<div class="js-top"><a href="https://www.jschina.com.cn/">中国江苏网</a> <a href="https://jsnews.jschina.com.cn/">江苏新闻</a> <a href="https://economy.jschina.com.cn/">经济</a></div>
<div class="js-main">
 <div class="loc">当前位置：<a href="https://jsnews.jschina.com.cn/">江苏新闻</a> &gt; <a href="https://jsnews.jschina.com.cn/jsyw/">江苏要闻</a></div>
 <div class="text">
  <h2 class="title">{esc(T)}</h2>
  <div class="time">
   <span class="upd">更新时间：2026-11-27 10:02</span>
   <span class="pub">发布时间：2026-11-27 07:45</span>
   <span class="ly">来源：新华日报</span>
   <span class="zz">作者：记者 顾敏，通讯员 王睿</span>
  </div>
  <div class="content" id="content">
{ps(P)}
  </div>
  <div class="zb">[责编：陈卓]</div>
  <div class="bdshare">分享到：<a class="bds_weixin">微信</a> <a class="bds_tsina">微博</a></div>
  <div class="app">下载交汇点新闻客户端</div>
  <div class="sm">本网站所刊载信息，不代表中国江苏网观点。</div>
 </div>
</div>
</body>
</html>
""",
    url="https://jsnews.jschina.com.cn/jsyw/202611/t20261127_3456789.shtml",
    kind="portal",
    modelled_on="jschina.com.cn (中国江苏网) article page (h2 title, time row printing 更新时间 before 发布时间, 来源 / 作者 spans, [责编：] line, PubDate / ContentSource meta)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="The time row prints '更新时间：2026-11-27 10:02' before '发布时间：2026-11-27 07:45'; the update never wins. The PubDate meta '2026-11-27 07:45:21' agrees with the printed publication minute and supplies the seconds. Source: 来源 新华日报. Author '记者 顾敏，通讯员 王睿': two credited writers separated by a full-width comma. Editor: [责编：陈卓]. The headline is an h2.",
    classes=["update_printed_first", "meta_seconds_agree", "fullwidth_comma_authors", "correspondent_role", "h2_headline", "bracket_editor_short_label", "share_bar", "app_prompt", "disclaimer"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T07:45:21+08:00",
    author="顾敏 王睿", editor="陈卓", source="新华日报", paragraphs=P, body_noise=N)

"""Chinese pages, part A (8 pages). Markup and truth side by side; all content invented."""
from _common import FETCH_CN, add, esc, ps, table, rows_tsv, jsonld

# ---------------------------------------------------------------------------------------------
# 1. 网通社 (news18a.com) auto-news article page
# ---------------------------------------------------------------------------------------------
T = "擎川科技常州第二工厂投产 线控转向器年产能80万套"
P = [
    "【网通社 行业】11月28日，线控底盘供应商擎川科技在常州武进举行第二工厂投产仪式。新工厂主要生产电子助力转向器和线控制动执行器，一期规划年产能为80万套。",
    "据擎川科技副总裁贺思远介绍，新工厂的转向器装配线自动化率超过85%，关键工位采用在线扭矩检测，单件节拍较第一工厂缩短约20%。",
    "网通社了解到，擎川科技目前已为五家自主品牌主机厂配套，其中线控制动产品于今年三季度开始批量供货，累计交付量已突破12万套。",
    "贺思远表示，明年公司将把研发投入占营收比重提升至9%以上，重点攻关冗余控制和功能安全认证，“线控底盘的门槛不在装配，而在软件和验证体系。”",
    "业内人士认为，随着高阶智能驾驶加速上车，线控转向和线控制动正从选配走向标配，国内供应商有望在这一轮技术切换中进一步提升份额。",
]
CAP = "擎川科技常州第二工厂转向器装配线（网通社 葛涛/摄）"
STATEMENT = "网通社声明：本文为网通社原创内容，未经授权不得转载。"
add("portal_news18a", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{T}_网通社汽车</title>
<meta name="keywords" content="擎川科技,线控转向,线控制动,常州">
<meta name="description" content="11月28日，线控底盘供应商擎川科技在常州武进举行第二工厂投产仪式。">
<meta property="og:type" content="article">
<meta property="og:title" content="{T}">
<meta property="article:published_time" content="2026-11-28T14:26:41+08:00">
<link rel="stylesheet" href="//static.news18a.com/v5/css/article.css?20261101">
</head>
<body>
<div class="wtss-top"><div class="w1200">
 <a class="logo" href="https://www.news18a.com/">网通社</a>
 <ul class="nav"><li><a href="/">首页</a></li><li><a href="/xinche/">新车</a></li><li><a href="/hangye/">行业</a></li><li><a href="/chezhan/">车展</a></li><li><a href="/video/">视频</a></li><li><a href="/price/">报价</a></li></ul>
 <div class="user"><a href="/login">登录</a></div>
</div></div>
<div class="w1200 main">
 <div class="crumbs"><a href="/">网通社</a> &gt; <a href="/hangye/">行业</a> &gt; 正文</div>
 <div class="art-left">
  <h1 class="art-title">{T}</h1>
  <div class="art-info">
   <time class="pub" datetime="2026-11-28T06:26:41Z">2026-11-28 14:26</time>
   <span class="src">来源：网通社</span>
   <span class="auth">作者：刘一鸣 葛涛</span>
   <span class="views">阅读 2.3万</span>
  </div>
  <div class="art-content" id="artContent">
<p>{esc(P[0])}</p>
<p>{esc(P[1])}</p>
<div class="pic"><img src="//img.news18a.com/2026/1128/qc-line-2.jpg" alt=""><p class="pic-desc">{CAP}</p></div>
<p>{esc(P[2])}</p>
<div class="car-card"><a class="car-name" href="/price/s7203/">锐途R5</a><span class="car-price">厂商指导价：12.98-16.58万</span><a class="btn-xunjia" href="/xunjia/s7203/">询底价</a></div>
<p>{esc(P[3])}</p>
<p>{esc(P[4])}</p>
<p class="statement">{STATEMENT}</p>
  </div>
  <div class="share">分享到： <a class="wx">微信</a> <a class="wb">微博</a> <a class="qz">QQ空间</a></div>
  <div class="related"><h3>相关新闻</h3><ul>
   <li><a href="/news/storys_218490.html">一季度线控制动装配率首次突破一成</a><span>11-26</span></li>
   <li><a href="/news/storys_218377.html">转向系统供应商扎堆布局长三角</a><span>11-24</span></li>
  </ul></div>
 </div>
 <div class="art-right"><div class="hot"><h3>热门排行</h3><ol><li><a href="/news/storys_218551.html">冬季续航测试成绩出炉</a></li><li><a href="/news/storys_218530.html">十月商用车销量环比回升</a></li></ol></div></div>
</div>
<div class="footer">Copyright © 2026 news18a.com 网通社 All Rights Reserved</div>
<script>var _wt_article = {{"id":218563,"channel":"hangye","pv_key":"n18a_218563"}};</script>
</body>
</html>
""",
    url="https://www.news18a.com/news/storys_218563.html",
    kind="portal",
    modelled_on="news18a.com (网通社, auto news agency) article page (art-info row with a <time> whose datetime is UTC while the text shows Beijing time, 来源 / 作者 / 阅读 spans, 【网通社 行业】 opener, car price card and statement inside the content)",
    language="zh-CN",
    encoding="utf-8",
    fetched_at=FETCH_CN,
    notes="The visible time '2026-11-28 14:26' is Beijing time; the <time datetime> states the same instant in UTC (06:26:41Z) and article:published_time states 14:26:41+08:00, so the seconds come from agreeing page data: 2026-11-28T14:26:41+08:00. Two authors in the 作者 span separated by a space; 葛涛 is also credited for the photo, which does not change his author credit. 来源 网通社. The opener 【网通社 行业】 is part of the first sentence and stays. The caption, the car price card (厂商指导价 / 询底价) inside the content, the 网通社声明 line, share bar, read count and related list are not body. No editor named.",
    classes=["time_element_utc", "meta_seconds_agree", "two_authors_space", "dateline_in_first_paragraph",
             "model_card_inside_body", "image_caption", "copyright_notice_in_body", "read_count", "share_bar",
             "related_dates", "no_editor"],
    title=T,
    published_date="2026-11-28",
    published_at="2026-11-28T14:26:41+08:00",
    author="刘一鸣 葛涛",
    editor=None,
    source="网通社",
    paragraphs=P,
    body_noise=[CAP, "厂商指导价：12.98-16.58万", "询底价", STATEMENT, "阅读 2.3万", "分享到：",
                "一季度线控制动装配率首次突破一成", "转向系统供应商扎堆布局长三角"],
)

# ---------------------------------------------------------------------------------------------
# 2. 中国网 (china.com.cn) channel article, reprint from a city paper
# ---------------------------------------------------------------------------------------------
T = "汽配出口订单回暖 江城零部件企业忙扩产"
P = [
    "本报讯 入冬以来，位于经开区的多家汽车零部件企业生产线满负荷运转。记者从区商务部门获悉，今年1至10月，该区汽车零部件出口额同比增长约23%，其中发往中东和拉美市场的订单增幅最为明显。",
    "在汉川路一家减振器生产企业，总经理助理卢婧正在核对一批发往墨西哥的货柜清单。“这批是售后市场的替换件，客户要求12月中旬前到港。”她说，今年公司海外售后订单占比已从去年的三成提高到四成以上。",
    "另一家从事汽车线束生产的企业则把重心放在了新能源高压线束上。企业负责人告诉记者，为满足海外客户的认证要求，公司年内新增了两条自动化压接线，并通过了多项国际质量体系审核。",
    "区商务部门相关负责人表示，下一步将继续组织企业参加境外专业展会，并协调物流企业开通更多零部件出口专线，帮助中小企业降低海运成本。",
]
CREDIT = "（江城商报记者 韩立新）"
EXT = ["前十月全市汽车零部件产量同比增长一成", "多家线束企业加码新能源高压产品"]
add("portal_chinacomcn", f"""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{T}_中国网</title>
<meta name="filetype" content="0">
<meta name="publishedtype" content="1">
<meta name="pagetype" content="1">
<meta name="catalogs" content="auto_hangye">
<meta name="contentid" content="20261127_481236">
<meta name="publishdate" content="2026-11-27">
<meta name="author" content="杜佳">
<meta name="source" content="江城商报">
<link href="//images.china.cn/css/auto/article2020.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="topNav"><div class="w1000"><a href="http://www.china.com.cn/">中国网</a> | <a href="/news/">新闻</a> | <a href="/finance/">财经</a> | <a href="/auto/">汽车</a> | <a href="/tech/">科技</a> | <a href="/video/">视频</a></div></div>
<div class="w1000">
 <div class="crumb"><a href="http://www.china.com.cn/">中国网</a> &gt; <a href="/auto/">汽车</a> &gt; <a href="/auto/hangye/">行业</a> &gt; 正文</div>
 <div class="artL">
  <h1 class="artTitle">{T}</h1>
  <div class="artInfo clearfix">
   <span class="fl time2">2026-11-27 09:41:35</span>&nbsp;&nbsp;
   <span class="fl">来源：<a href="http://www.jcsb-news.cn/" target="_blank">江城商报</a></span>
   <span class="fr fontsize">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
  </div>
  <div class="artCon" id="articleBody">
{ps(P)}
<p align="right">{CREDIT}</p>
<div class="extend"><p><strong>延伸阅读</strong></p>
<ul><li><a href="/auto/hangye/20261120_479310.html">{EXT[0]}</a></li><li><a href="/auto/hangye/20261118_478822.html">{EXT[1]}</a></li></ul></div>
  </div>
  <div class="editor">责任编辑：杜佳</div>
  <div class="tool"><a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a> <span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a></div>
 </div>
 <div class="artR"><div class="box"><h3>图片新闻</h3><ul><li><a href="/auto/pic/20261126_480991.html">冬季试驾活动在漠河启动</a></li></ul></div></div>
</div>
<div id="footer">版权所有 中国互联网新闻中心 电子邮件: webmaster@china.org.cn 电话: 86-10-88828000</div>
</body>
</html>
""",
    url="http://auto.china.com.cn/hangye/20261127/481236.shtml",
    kind="portal",
    modelled_on="china.com.cn (中国网) auto channel article page on the classic TRS template (artTitle / artInfo row with seconds-precise time, linked 来源, 字号 control; reprinted city-paper story with the reporter credit in parentheses at the end; 延伸阅读 box inside artCon; 责任编辑 and print / close tools under it)",
    language="zh-CN",
    encoding="utf-8",
    fetched_at=FETCH_CN,
    notes="Time printed to the second in the artInfo row. 来源 is a link to the paper the story is reprinted from (江城商报), which is the source. The only person credited as writer is in the closing '（江城商报记者 韩立新）' line, so author 韩立新; that line is a credit, not body. The meta name=author holds the editor's name (杜佳), which is not the author; editor 杜佳 from 责任编辑. '本报讯' opens the first paragraph and stays. The 延伸阅读 heading and its links inside artCon, the 字号 control, print / close links and share words are not body.",
    classes=["seconds_printed", "linked_source", "reprint_source", "end_credit_line_parentheses", "meta_author_is_editor",
             "dateline_in_first_paragraph", "read_also_inside_body", "font_size_control", "editor_line",
             "print_close_links", "share_bar"],
    title=T,
    published_date="2026-11-27",
    published_at="2026-11-27T09:41:35+08:00",
    author="韩立新",
    editor="杜佳",
    source="江城商报",
    paragraphs=P,
    body_noise=[CREDIT, "延伸阅读", EXT[0], EXT[1], "字号：", "[打印本页]", "[关闭窗口]", "责任编辑：杜佳"],
)

# ---------------------------------------------------------------------------------------------
# 3. 中国青年网 (youth.cn) news page
# ---------------------------------------------------------------------------------------------
T = "职业院校“订单班”对接零部件企业 首批学员提前签约"
P = [
    "中国青年网北京11月26日电（记者 林晓 通讯员 蒲阳）今年秋季学期，一所位于京郊的职业技术学院与三家汽车零部件企业合作开设的“订单班”迎来首批结业学员，42名学员中已有38人与合作企业提前签订就业协议。",
    "课堂搬进车间",
    "“订单班”学员在校期间的实训课有一半在企业车间完成。学员们轮岗学习电驱总成装配、制动卡钳检测和线束加工等工序，企业派出的技术骨干担任实训导师。",
    "“以前在学校练的是标准件，到了车间才知道真实产线的节拍有多快。”即将入职一家电驱动企业的学员徐子航说，半年的轮岗让他对质量追溯系统有了直观认识。",
    "企业参与课程设计",
    "据学院汽车工程系负责人介绍，订单班的课程由校企双方共同制定，企业提出岗位能力清单，学校据此调整课程模块，新增了高压安全、电池包检测等内容。",
    "合作企业之一的人力资源经理表示，订单班学员上岗后的适应期比社会招聘人员缩短了一半左右，企业计划明年把合作规模扩大到120人。",
]
CAP = "图为“订单班”学员在实训车间进行电驱总成装配练习。中国青年网记者 林晓 摄"
add("portal_youth", f"""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{T}_新闻频道_中国青年网</title>
<meta name="keywords" content="订单班,职业院校,汽车零部件">
<meta name="description" content="今年秋季学期，一所位于京郊的职业技术学院与三家汽车零部件企业合作开设的“订单班”迎来首批结业学员">
<link rel="stylesheet" href="//news.youth.cn/css/page2023.css">
</head>
<body>
<div class="ytop"><a href="http://www.youth.cn/">中国青年网</a> <a href="http://news.youth.cn/">新闻</a> <a href="http://edu.youth.cn/">教育</a> <a href="http://qnzs.youth.cn/">青年之声</a> <a href="http://t.youth.cn/">青年号</a></div>
<div class="page_wz"><a href="http://www.youth.cn/">首页</a> &gt; <a href="http://news.youth.cn/">新闻频道</a> &gt; <a href="http://news.youth.cn/jsxw/">即时新闻</a></div>
<div class="page_title">
 <h1>{T}</h1>
 <div class="pwindow"><span id="pubtime">2026-11-26 16:20:00</span>&nbsp;&nbsp;&nbsp;来源：<span id="source">中国青年网</span></div>
</div>
<div class="page_text">
 <div class="TRS_Editor">
<p>{esc(P[0])}</p>
<p style="text-align:center"><img src="./W020261126581203.jpg" alt=""></p>
<p style="text-align:center"><span style="font-family:楷体">{CAP}</span></p>
<p><strong>{esc(P[1])}</strong></p>
<p>{esc(P[2])}</p>
<p>{esc(P[3])}</p>
<p><strong>{esc(P[4])}</strong></p>
<p>{esc(P[5])}</p>
<p>{esc(P[6])}</p>
 </div>
</div>
<div class="page_bq"><a href="http://www.youth.cn/jc/" target="_blank">【纠错】</a>&nbsp;&nbsp;【责任编辑：孟凡】</div>
<div class="share">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">新浪微博</a></div>
<div class="rel"><h3>相关新闻</h3><ul><li><a href="./t20261124_15839201.htm">高职院校新能源汽车专业报考热度上升</a> <span>2026-11-24</span></li></ul></div>
<div class="footer">中国青年网版权所有 Copyright © 1999-2026 Youth.cn All Rights Reserved</div>
</body>
</html>
""",
    url="http://news.youth.cn/jsxw/202611/t20261126_15842377.htm",
    kind="portal",
    modelled_on="youth.cn (中国青年网) news page (page_title h1 with pwindow line pubtime span to the second + 来源 span, TRS_Editor body opened by a '中国青年网北京…电（记者 X 通讯员 Y）' dateline, bold section heads, centred 楷体 caption with 摄 credit, 【纠错】【责任编辑：】 line)",
    language="zh-CN",
    encoding="utf-8",
    fetched_at=FETCH_CN,
    notes="pubtime '2026-11-26 16:20:00' printed to the second. Authors from the dateline parentheses: 记者 林晓 and 通讯员 蒲阳 (a 通讯员 is a credited writer; roles dropped). The dateline stays in the first paragraph. Bold section heads (课堂搬进车间, 企业参与课程设计) are body. The centred caption ending in '林晓 摄' is a photo credit, not body. Editor from 【责任编辑：孟凡】; 【纠错】 is a UI link. Source 中国青年网 from the 来源 span.",
    classes=["seconds_printed", "dateline_in_first_paragraph", "author_in_dateline_parentheses", "correspondent_role",
             "headings_in_body", "photographer_caption", "image_caption", "bracket_editor", "error_report_link",
             "share_bar", "related_dates", "copyright_notice"],
    title=T,
    published_date="2026-11-26",
    published_at="2026-11-26T16:20:00+08:00",
    author="林晓 蒲阳",
    editor="孟凡",
    source="中国青年网",
    paragraphs=P,
    body_noise=[CAP, "【纠错】", "【责任编辑：孟凡】", "分享到：", "高职院校新能源汽车专业报考热度上升",
                "中国青年网版权所有"],
)

# ---------------------------------------------------------------------------------------------
# 4. 北京日报客户端 (bjd.com.cn) news page with 引题 / 主题 / 副题
# ---------------------------------------------------------------------------------------------
KICK = "京津冀汽车产业链再添配套"
T = "亦庄一批新能源汽车零部件项目集中签约"
SUB = "涉及电驱、热管理和车规级芯片封测，总投资约46亿元"
P = [
    "11月28日，北京经济技术开发区举行新能源汽车零部件项目集中签约活动，9个项目现场签约，涉及电驱动系统、热管理模块和车规级芯片封装测试等领域，总投资约46亿元。",
    "签约项目中，一家电驱动企业计划在亦庄建设扁线电机定子智能产线，预计明年三季度投产，达产后可年配套30万辆整车。另一家热管理企业将把华北区域研发中心落户开发区，重点开发集成式热泵模块。",
    "“整车企业在这里，配套企业就要跟过来，半径越短，响应越快。”一家签约企业负责人告诉记者，公司原本在华东供货，运输时间要两天，落地亦庄后可实现当日送达。",
    "开发区相关负责人介绍，开发区将围绕整车企业的本地化采购需求，继续梳理零部件缺链环节，年内还将组织两场供需对接会。",
]
CAP = "签约活动现场。记者 于舟 摄"
APP = "打开北京日报客户端 阅读更多精彩内容"
add("portal_bjd", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{T}</title>
<meta name="publishdate" content="2026-11-29 07:05:18">
<meta name="description" content="{SUB}">
<link rel="stylesheet" href="https://www.bjd.com.cn/static/css/detail.7c1e.css">
</head>
<body>
<div class="header"><a class="logo" href="https://www.bjd.com.cn/">北京日报客户端</a><a class="download" href="https://www.bjd.com.cn/download/">下载客户端</a></div>
<div class="container">
 <div class="detail">
  <div class="yinti">{KICK}</div>
  <h1 class="detail-title">{T}</h1>
  <div class="futi">{SUB}</div>
  <div class="info"><span class="source">北京日报客户端</span> | <span class="author">记者 孙晗 于舟</span></div>
  <div class="time">2026-11-29 07:05</div>
  <div class="detail-content">
<p>{esc(P[0])}</p>
<p class="img"><img src="https://img.bjd.com.cn/2026/11/29/sign.jpg" alt=""></p>
<p class="img-desc">{CAP}</p>
{ps(P[1:])}
  </div>
  <div class="editor">编辑：王悦&nbsp;&nbsp;&nbsp;&nbsp;流程编辑：U071</div>
  <div class="open-app"><a href="https://www.bjd.com.cn/download/">{APP}</a></div>
 </div>
 <div class="recommend"><h3>相关推荐</h3><ul>
  <li><a href="/a/202611/27/AP6563b1f2.html">亦庄智能网联汽车示范区扩区</a><span>2026-11-27</span></li>
  <li><a href="/a/202611/25/AP655fa0c1.html">北京发布汽车产业链补链清单</a><span>2026-11-25</span></li>
 </ul></div>
</div>
<div class="footer">北京日报报业集团 版权所有 京ICP备00000000号</div>
<script>window.__DETAIL__={{"id":"AP656a0c7e","type":"news","channel":"经济"}};</script>
</body>
</html>
""",
    url="https://www.bjd.com.cn/a/202611/29/AP656a0c7e.html",
    kind="portal",
    modelled_on="bjd.com.cn (北京日报客户端) news detail page (newspaper-style 引题 above the h1 and 副题 below it, 'media | 记者 X Y' info row, time on its own line, 编辑 + 流程编辑 staff-code line, open-app prompt)",
    language="zh-CN",
    encoding="utf-8",
    fetched_at=FETCH_CN,
    notes="The headline is the h1 only; the 引题 (kicker) above it and the 副题 (subtitle) below are neutral (neither title nor body). Printed '2026-11-29 07:05'; meta publishdate 07:05:18 agrees and supplies seconds. Authors 孙晗 and 于舟 (记者, space-separated); 于舟 also took the photo. Source: the media name in the info row, 北京日报客户端. Editor: 编辑 王悦; 流程编辑 U071 is a staff code of the workflow editor, not a name. Caption and the open-app prompt are not body.",
    classes=["kicker_above_headline", "subtitle_below_headline", "pipe_media_byline", "two_authors_space",
             "meta_seconds_agree", "process_editor_code", "photographer_caption", "image_caption", "app_prompt",
             "related_dates"],
    title=T,
    published_date="2026-11-29",
    published_at="2026-11-29T07:05:18+08:00",
    author="孙晗 于舟",
    editor="王悦",
    source="北京日报客户端",
    paragraphs=P,
    body_noise=[CAP, "流程编辑：U071", APP, "亦庄智能网联汽车示范区扩区", "北京发布汽车产业链补链清单"],
)

# ---------------------------------------------------------------------------------------------
# 5. 金羊网 / 羊城晚报 (ycwb.com) news page
# ---------------------------------------------------------------------------------------------
T = "广州汽车零部件出口前十月增长近两成 新能源配套件成主力"
ROWS = [["品类", "出口额（亿元）", "同比增速"],
        ["电驱动部件", "38.6", "34.2%"],
        ["车灯总成", "21.4", "31.5%"],
        ["制动系统部件", "17.9", "8.7%"],
        ["传统发动机零部件", "12.3", "-6.1%"]]
P1 = [
    "记者近日从市商务部门获悉，今年1-10月，广州汽车零部件出口额同比增长约19%，其中动力电池配套件、电驱动部件和车灯总成的出口增速均超过三成。",
    "从主要品类看，各类零部件出口表现分化明显（见下表）。",
]
P2 = [
    "“海外客户过去主要看价格，现在更看重交付和同步开发能力。”番禺一家车灯企业的外贸负责人说，今年公司新拿下的两个欧洲项目，都是从设计阶段就参与进来的。",
    "业内人士提醒，部分出口目的地正在收紧本地化比例要求，零部件企业在扩大出口的同时，也需要提前研究海外建厂和本地采购的可行性。",
]
C1 = "文/羊城晚报全媒体记者 邓思源 通讯员 吴嘉敏"
C2 = "图/羊城晚报全媒体记者 梁栋"
CAP = "▲番禺一家车灯企业的生产线上，工人正在检测出口车灯总成"
add("portal_ycwb", f"""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{T}_金羊网</title>
<meta name="keywords" content="汽车零部件,出口,广州">
<meta name="author" content="邓思源">
<link rel="stylesheet" href="https://www.ycwb.com/css/content_2022.css">
</head>
<body>
<div class="topbar"><a href="https://www.ycwb.com/">金羊网</a> <a href="https://news.ycwb.com/">新闻</a> <a href="https://gz.ycwb.com/">广州</a> <a href="https://auto.ycwb.com/">汽车</a> <a href="https://ep.ycwb.com/">电子报</a></div>
<div class="main">
 <div class="crumb">当前位置：<a href="https://www.ycwb.com/">首页</a> &gt; <a href="https://gz.ycwb.com/">广州</a> &gt; 正文</div>
 <h1 class="title">{T}</h1>
 <div class="info"><span class="time">2026-11-27 08:16:09</span>&nbsp;&nbsp;<span class="source">来源：羊城晚报</span>&nbsp;&nbsp;<span class="share">分享到：<a>微信</a><a>微博</a></span></div>
 <div class="main_article">
<p>{C1}</p>
<p>{C2}</p>
{ps(P1)}
{table(ROWS)}
<p style="text-align:center"><img src="https://img.ycwb.com/2026-11/27/lamp.jpg" alt=""></p>
<p style="text-align:center">{CAP}</p>
{ps(P2)}
 </div>
 <div class="editor">责编：罗琦</div>
 <div class="ycpai">下载羊城派APP，阅读更多羊城晚报独家报道</div>
 <div class="related"><h3>相关新闻</h3><ul><li><a href="https://gz.ycwb.com/2026-11/25/content_53210458.htm">南沙汽车码头滚装出口量创新高</a><span>2026-11-25</span></li></ul></div>
</div>
<div class="footer">羊城晚报报业集团 版权所有 金羊网</div>
</body>
</html>
""",
    url="https://gz.ycwb.com/2026-11/27/content_53214390.htm",
    kind="portal",
    modelled_on="ycwb.com (金羊网, 羊城晚报) news page (info row with seconds-precise time, 来源, share; '文/羊城晚报全媒体记者 X 通讯员 Y' and '图/…' credit lines opening main_article, data table and ▲ caption in the body, 责编 line, 羊城派 app prompt)",
    language="zh-CN",
    encoding="utf-8",
    fetched_at=FETCH_CN,
    notes="Time printed to the second. Authors from the '文/' credit line: 全媒体记者 邓思源 and 通讯员 吴嘉敏 (roles dropped); the '图/' line credits the photographer 梁栋, who is not an author. Both credit lines open the content block but are not body. The sentence introducing the table and the table (header row included, cells joined by TAB) are body; the ▲ caption is not. Editor from 责编. Source 羊城晚报. The meta author tag names only one of the two writers and does not override the visible credit.",
    classes=["seconds_printed", "credit_lines_opening_body", "slash_author_label", "photo_credit_line",
             "correspondent_role", "table_in_body", "image_caption", "short_editor_label", "app_prompt", "share_bar",
             "related_dates"],
    title=T,
    published_date="2026-11-27",
    published_at="2026-11-27T08:16:09+08:00",
    author="邓思源 吴嘉敏",
    editor="罗琦",
    source="羊城晚报",
    paragraphs=P1 + rows_tsv(ROWS) + P2,
    body_noise=[C1, C2, CAP, "责编：罗琦", "下载羊城派APP，阅读更多羊城晚报独家报道", "南沙汽车码头滚装出口量创新高"],
)

# ---------------------------------------------------------------------------------------------
# 6. 红网 (rednet.cn) content page
# ---------------------------------------------------------------------------------------------
T = "株洲一批轨道交通配套企业转型做汽车零部件"
P = [
    "在株洲高新区一家原本生产轨道交通牵引部件的工厂里，新上线的电机控制器测试台正在连续运行。这家企业今年开始为两家新能源商用车企业配套，汽车业务收入已占到总收入的四分之一。",
    "像这样从轨道交通“跨界”到汽车零部件的企业，在株洲并不少见。据当地工信部门统计，目前已有17家轨道交通配套企业进入汽车零部件领域，主要集中在功率半导体、电机和高分子材料等方向。",
    "“轨道交通对可靠性的要求很高，这套质量体系拿到汽车行业同样有优势。”企业技术负责人邹博说，不过汽车行业对成本和迭代速度的要求更高，企业必须重新搭建快速响应的开发团队。",
    "当地工信部门相关负责人表示，将通过产业链对接会和首台套保险补偿等政策，支持更多企业拓展汽车市场。",
]
CREDIT = "红网时刻新闻记者 刘芷 株洲报道"
REPRINT = "本文为红网原创文章，转载请附上原文出处链接和本声明。"
LINK = "本文链接：https://zz.rednet.cn/content/646938/58/15203317.html"
add("portal_rednet", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{T}_株洲_红网</title>
<meta name="keywords" content="株洲,轨道交通,汽车零部件">
<link rel="stylesheet" href="https://static.rednet.cn/pc/css/content.css">
</head>
<body>
<div class="rn-top"><a class="logo" href="https://www.rednet.cn/">红网</a><ul><li><a href="https://news.rednet.cn/">新闻</a></li><li><a href="https://zz.rednet.cn/">株洲</a></li><li><a href="https://moment.rednet.cn/">时刻</a></li></ul></div>
<div class="content-wrap">
 <div class="location"><a href="https://www.rednet.cn/">红网</a> / <a href="https://zz.rednet.cn/">株洲站</a> / 产业</div>
 <h1 class="c-title">{T}</h1>
 <div class="m-info">
  <span>来源：红网</span>
  <span>作者：刘芷</span>
  <span>编辑：谭思</span>
  <span>2026-11-28 10:02:47</span>
  <span class="font">字体：<a>小</a> <a>中</a> <a>大</a></span>
  <span class="fx">分享到：<a>微信</a> <a>微博</a></span>
 </div>
 <div class="m-content" id="m-content">
<p><strong>{CREDIT}</strong></p>
{ps(P)}
<p class="copyright">{REPRINT}</p>
<p class="copyright">{LINK}</p>
 </div>
 <div class="moment-app">下载时刻新闻APP，看更多湖南新闻</div>
 <div class="xgyd"><h3>相关阅读</h3><ul><li><a href="https://zz.rednet.cn/content/646938/58/15198820.html">株洲功率半导体产业集群产值突破百亿</a><span>11-25</span></li></ul></div>
</div>
<div class="foot">红网版权所有 湖南红网新媒体集团有限公司</div>
</body>
</html>
""",
    url="https://zz.rednet.cn/content/646938/58/15203317.html",
    kind="portal",
    modelled_on="rednet.cn (红网, 湖南) content page (m-info row listing 来源 / 作者 / 编辑 before the seconds-precise time, 字体 and 分享 controls in the same row; bold '红网时刻新闻记者 X 地点报道' line opening the content; 原创 reprint notice and 本文链接 line inside the content; 时刻新闻 app prompt)",
    language="zh-CN",
    encoding="utf-8",
    fetched_at=FETCH_CN,
    notes="The time comes last in the m-info row, after 来源 / 作者 / 编辑: 2026-11-28 10:02:47. Author 刘芷 (作者 label, repeated in the bold reporter line, which is a credit, not body). Editor 谭思 from 编辑 in the same row. Source 红网. The reprint notice and 本文链接 line sit inside the content block but are not body; 字体 / 分享到 are UI words.",
    classes=["credits_and_date_one_row", "date_after_credits", "seconds_printed", "credit_line_opening_body",
             "editor_in_info_row", "reprint_notice_in_body", "permalink_line", "font_size_control", "share_bar",
             "app_prompt", "related_dates"],
    title=T,
    published_date="2026-11-28",
    published_at="2026-11-28T10:02:47+08:00",
    author="刘芷",
    editor="谭思",
    source="红网",
    paragraphs=P,
    body_noise=[CREDIT, REPRINT, LINK, "字体：", "分享到：", "下载时刻新闻APP，看更多湖南新闻",
                "株洲功率半导体产业集群产值突破百亿"],
)

# ---------------------------------------------------------------------------------------------
# 7. 大河网 (dahe.cn) news page
# ---------------------------------------------------------------------------------------------
T = "郑州出台措施支持汽车零部件企业智能化改造"
LI = [
    "对设备投资额在2000万元以上的智能化改造项目，按设备投资额的一定比例给予补助；",
    "对新认定的智能工厂和数字化车间，分别给予一次性奖励；",
    "对为整车企业新增配套的本地零部件企业，按新增配套额给予阶梯奖励。",
]
P0 = "11月25日，记者从郑州市工信部门获悉，该市近日出台支持汽车零部件企业智能化改造的若干措施，明确了三类奖补方式："
P2 = [
    "据了解，郑州目前有规模以上汽车零部件企业300余家，但多数企业自动化水平仍有提升空间。一家制动盘生产企业负责人表示，公司正在申报一条铸造加工一体化产线，如能获得补助，投资回收期可缩短一年左右。",
    "郑州市工信部门相关负责人表示，措施自发布之日起施行，具体申报指南将于12月上旬公布。",
]
CREDIT = "大河报·豫视频记者 任可欣 通讯员 王卓"
add("portal_dahe", f"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{T}-大河网</title>
<meta name="keywords" content="郑州,汽车零部件,智能化改造">
<link rel="stylesheet" href="https://www.dahe.cn/css/detail.css">
</head>
<body>
<div class="dh-header"><a href="https://www.dahe.cn/">大河网</a> <a href="https://news.dahe.cn/">新闻</a> <a href="https://zz.dahe.cn/">郑州</a> <a href="https://finance.dahe.cn/">财经</a> <a href="https://auto.dahe.cn/">汽车</a></div>
<div class="dh-main">
 <div class="crumb"><a href="https://www.dahe.cn/">首页</a> &gt; <a href="https://finance.dahe.cn/">财经</a></div>
 <h1 id="articleTitle">{T}</h1>
 <div class="article-info">
  <span class="time">2026-11-25 21:34</span>
  <span class="source">来源：大河报·豫视频</span>
  <span class="author">作者：</span>
  <span class="jb"><a href="https://jubao.dahe.cn/">举报</a></span>
 </div>
 <div class="article-content" id="mainCon">
<p>{CREDIT}</p>
<p>{esc(P0)}</p>
<ol>
{"".join(f"<li>{esc(x)}</li>" for x in LI)}
</ol>
{ps(P2)}
 </div>
 <div class="article-editor">责编：朱亮 | 审核：李杰 | 监审：古筝</div>
 <div class="qr">扫码下载大河报客户端</div>
 <div class="more"><h3>更多新闻</h3><ul><li><a href="https://finance.dahe.cn/2026/11-23/1893021.html">河南汽车零部件产业链对接会举行</a></li></ul></div>
</div>
<div class="foot">大河网版权所有 未经书面授权禁止使用</div>
</body>
</html>
""",
    url="https://finance.dahe.cn/2026/11-25/1894410.html",
    kind="portal",
    modelled_on="dahe.cn (大河网, 河南) news page (article-info row with time / '来源：大河报·豫视频' / an empty 作者 label / 举报; '大河报·豫视频记者 X 通讯员 Y' credit paragraph opening the content; ordered list of measures in the body; '责编 | 审核 | 监审' line)",
    language="zh-CN",
    encoding="utf-8",
    fetched_at=FETCH_CN,
    notes="The 作者 label in the info row is empty; the writers are credited in the first line of the content block (大河报·豫视频记者 任可欣, 通讯员 王卓), which is a credit, not body. Printed minute 21:34, no seconds anywhere. The three measures of the <ol> are article text (one paragraph each) introduced by the first paragraph. Editor: 责编 朱亮; 审核 and 监审 are reviewers. Source 大河报·豫视频 (the middle dot is part of the brand). 举报 and the QR prompt are UI.",
    classes=["empty_author_label", "credit_line_opening_body", "correspondent_role", "middle_dot_source",
             "list_in_body", "pipe_separated_editor_reviewers", "ui_words_near_credits", "qr_prompt"],
    title=T,
    published_date="2026-11-25",
    published_at="2026-11-25T21:34:00+08:00",
    author="任可欣 王卓",
    editor="朱亮",
    source="大河报·豫视频",
    paragraphs=[P0] + LI + P2,
    body_noise=[CREDIT, "审核：李杰", "监审：古筝", "扫码下载大河报客户端", "举报", "河南汽车零部件产业链对接会举行"],
)

# ---------------------------------------------------------------------------------------------
# 8. 证券日报网 (zqrb.cn) article page: after-midnight time, UTC meta on the previous day
# ---------------------------------------------------------------------------------------------
T = "三家汽车零部件上市公司同日披露定增预案 合计募资超40亿元"
P = [
    "11月25日晚间，三家汽车零部件上市公司同时披露向特定对象发行股票预案，合计拟募资约41.6亿元，募投方向集中在一体化压铸、空气悬架和车载激光雷达等领域。",
    "其中，精锻件企业华岳股份拟募资18.5亿元，用于大型一体化压铸件生产基地建设；悬架系统供应商衡川科技拟募资13.2亿元，扩建空气弹簧和减振器产能；另一家光学企业则计划将9.9亿元投向激光雷达光学模组。",
    "“今年以来零部件板块再融资明显回暖，但募投项目更强调订单支撑。”一位券商汽车行业分析师对《证券日报》记者表示，三家公司均在预案中披露了对应项目的定点情况。",
    "记者注意到，华岳股份在预案中提示，一体化压铸项目投产初期良率爬坡可能不及预期，存在短期毛利率下滑的风险。",
]
CREDIT = "本报记者 贾慧 见习记者 肖雨"
DISC = "声明：证券日报网所载文章、数据仅供参考，使用前务请仔细阅读法律声明，风险自负。"
add("portal_zqrb", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{T}_证券日报网</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-25T16:40:00Z">
<meta name="keywords" content="定增,汽车零部件,一体化压铸">
<link rel="stylesheet" href="http://www.zqrb.cn/static/css/news_detail.css">
</head>
<body>
<div class="zq-top"><a href="http://www.zqrb.cn/">证券日报网</a> <a href="http://www.zqrb.cn/stock/">股票</a> <a href="http://www.zqrb.cn/gscy/">公司</a> <a href="http://www.zqrb.cn/finance/">金融</a> <a href="http://epaper.zqrb.cn/">电子报</a></div>
<div class="zq-main">
 <div class="position">您现在的位置：<a href="http://www.zqrb.cn/">首页</a> &gt; <a href="http://www.zqrb.cn/gscy/">公司产业</a></div>
 <div class="news_content">
  <h1>{T}</h1>
  <div class="info_news"><span class="date">2026-11-26 00:40</span>&nbsp;&nbsp;来源：证券日报网</div>
  <div class="content-text">
<p>{CREDIT}</p>
{ps(P)}
<p>（编辑 刘琳）</p>
  </div>
  <div class="news_disclaimer">{DISC}</div>
 </div>
 <div class="zq-right"><h3>热点推荐</h3><ul><li><a href="http://www.zqrb.cn/gscy/gongsi/2026-11-25/A1764071234567.html">汽车零部件板块三季度业绩分化</a></li></ul></div>
</div>
<div class="zq-foot">证券日报社 版权所有 未经书面授权不得转载</div>
</body>
</html>
""",
    url="http://www.zqrb.cn/gscy/gongsi/2026-11-26/A1764088800123.html",
    kind="portal",
    modelled_on="zqrb.cn (证券日报网) company-news article page (info_news line with a date-time and '来源：证券日报网', '本报记者 X 见习记者 Y' credit paragraph opening the text, '（编辑 X）' closing line without a colon, legal disclaimer under the text)",
    language="zh-CN",
    encoding="utf-8",
    fetched_at=FETCH_CN,
    notes="Printed '2026-11-26 00:40' (a newspaper story put online just after midnight). article:published_time states the same instant in UTC, 2026-11-25T16:40:00Z, which falls on the previous day there; the page's day is the printed Beijing day, 2026-11-26, and published_at is 00:40 Beijing time. The body's '11月25日晚间' is the event, not the publication. Authors from the credit line: 本报记者 贾慧 and 见习记者 肖雨 (a trainee reporter is a credited writer). Editor 刘琳 from '（编辑 刘琳）'. Source 证券日报网. Disclaimer not body.",
    classes=["after_midnight_time", "meta_utc_previous_day", "body_event_date", "credit_line_opening_body",
             "trainee_role", "editor_in_parentheses_no_colon", "investment_disclaimer", "copyright_notice"],
    title=T,
    published_date="2026-11-26",
    published_at="2026-11-26T00:40:00+08:00",
    author="贾慧 肖雨",
    editor="刘琳",
    source="证券日报网",
    paragraphs=P,
    body_noise=[CREDIT, "（编辑 刘琳）", DISC, "汽车零部件板块三季度业绩分化"],
)

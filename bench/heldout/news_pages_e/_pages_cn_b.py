"""Chinese pages, part B (8 pages). Markup and truth side by side; all content invented."""
from _common import FETCH_CN, add, epoch, esc, ps, table, rows_tsv, jsonld

# ---------------------------------------------------------------------------------------------
# 9. 华夏时报 (chinatimes.net.cn) article page
# ---------------------------------------------------------------------------------------------
T = "线控制动赛道升温：新玩家扎堆入场，老牌供应商加速量产"
P = [
    "继电子驻车和电子助力器之后，线控制动正在成为汽车零部件企业新一轮竞逐的焦点。",
    "《华夏时报》记者梳理发现，今年以来已有至少四家初创企业完成线控制动相关融资，而传统制动系统供应商则在加速推动“湿式”线控制动产品的量产上车。",
    "量产节奏加快",
    "一家老牌制动系统企业的研发负责人告诉记者，公司的线控制动产品目前已获得六个车型定点，预计明年量产规模将达到40万套。“主机厂最看重的还是冗余安全和成本，两者缺一不可。”",
    "价格战隐忧",
    "不过，也有业内人士担心，新进入者为抢夺定点可能压低报价。某咨询机构汽车行业合伙人袁朗表示，线控制动对功能安全和验证周期要求很高，低价策略如果牺牲验证投入，长期看风险不小。",
    "袁朗认为，未来两到三年，行业格局仍将以头部供应商为主，新玩家需要在细分车型或商用车市场寻找突破口。",
]
CREDIT = "华夏时报（www.chinatimes.net.cn）记者 冉一鸣 葛蔚 北京报道"
COPY = "版权声明：本文系华夏时报独家稿件，未经授权不得转载。"
REL = ["电子驻车系统国产化率升至六成", "制动卡钳企业的海外突围"]
add("portal_chinatimes", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{T}-华夏时报</title>
<meta name="keywords" content="线控制动,制动系统,汽车零部件">
<meta name="description" content="继电子驻车和电子助力器之后，线控制动正在成为汽车零部件企业新一轮竞逐的焦点。">
<link rel="stylesheet" href="https://www.chinatimes.net.cn/static/css/article.css">
</head>
<body>
<div class="header"><a class="logo" href="https://www.chinatimes.net.cn/">华夏时报</a><ul class="nav"><li><a href="/">首页</a></li><li><a href="/finance/">金融</a></li><li><a href="/auto/">汽车</a></li><li><a href="/house/">地产</a></li><li><a href="/epaper/">电子版</a></li></ul></div>
<div class="container">
 <div class="article">
  <h1 class="infoTitle">{T}</h1>
  <div class="infoMain">
   <span class="author">作者：冉一鸣 葛蔚</span>
   <span class="source">来源：华夏时报</span>
   <span class="time">2026-11-28 15:06</span>
  </div>
  <div class="infoMain-txt">
<p>{CREDIT}</p>
<p>{esc(P[0])}</p>
<p>{esc(P[1])}</p>
<p><strong>{esc(P[2])}</strong></p>
<p>{esc(P[3])}</p>
<p><strong>{esc(P[4])}</strong></p>
<p>{esc(P[5])}</p>
<p>{esc(P[6])}</p>
<p class="editor">责任编辑：孙一　主编：孟宁</p>
<p class="copyright">{COPY}</p>
<div class="xgyd"><h4>相关阅读</h4><ul><li><a href="/article/139011.html">{REL[0]}</a></li><li><a href="/article/138762.html">{REL[1]}</a></li></ul></div>
  </div>
 </div>
 <div class="side"><h3>24小时热点</h3><ol><li><a href="/article/139102.html">多地出台二手车出口便利化措施</a></li></ol></div>
</div>
<div class="footer">华夏时报社 版权所有 © 2026</div>
</body>
</html>
""",
    url="https://www.chinatimes.net.cn/article/139188.html",
    kind="portal",
    modelled_on="chinatimes.net.cn (华夏时报) article page (infoMain row with 作者 / 来源 / time, '华夏时报（www.chinatimes.net.cn）记者 X Y 北京报道' line opening the text, bold section heads, 责任编辑 + 主编 line, copyright and 相关阅读 inside the text block)",
    language="zh-CN",
    encoding="utf-8",
    fetched_at=FETCH_CN,
    notes="Two authors in the 作者 span (space-separated), repeated in the reporter line that opens the text (a credit line, not body). Printed minute 15:06, no seconds in page data. Bold section heads are body. Editor: 责任编辑 孙一; 主编 is the chief editor and not the responsible editor. The copyright line and the 相关阅读 list sit inside the text block but are not body. Source 华夏时报.",
    classes=["two_authors_space", "reporter_location_line", "credit_line_opening_body", "headings_in_body",
             "editor_and_chief_editor", "copyright_notice_in_body", "read_also_inside_body"],
    title=T,
    published_date="2026-11-28",
    published_at="2026-11-28T15:06:00+08:00",
    author="冉一鸣 葛蔚",
    editor="孙一",
    source="华夏时报",
    paragraphs=P,
    body_noise=[CREDIT, "责任编辑：孙一", "主编：孟宁", COPY, "相关阅读", REL[0], REL[1]],
)

# ---------------------------------------------------------------------------------------------
# 10. 金融界 (jrj.com.cn) stock-market article, GBK
# ---------------------------------------------------------------------------------------------
T = "汽配板块午后走强 热管理概念股涨幅居前"
ROWS = [["股票简称", "涨跌幅", "主力净流入（亿元）"],
        ["卓岭热能", "10.01%", "2.36"],
        ["科迈汽配", "6.72%", "1.48"],
        ["中屹精工", "6.15%", "1.12"]]
PA = [
    "11月24日午后，汽车零部件板块震荡走强，截至收盘，板块指数上涨2.14%，热管理、轻量化概念股涨幅居前。",
    "个股方面，卓岭热能涨停，科迈汽配、中屹精工涨超6%，华澄股份、远拓科技等跟涨。",
    "从资金流向看，板块主力资金全天净流入约9.8亿元，以下为净流入居前的个股：",
]
PB = ["分析人士指出，近期多家整车企业公布明年新车型规划，热泵空调和集成式热管理模块渗透率提升预期升温，带动相关零部件公司估值修复。"]
SRC = "本文源自：金融界"
DECL = "郑重声明：金融界发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。"
RISK = "风险提示：股市有风险，投资需谨慎。"
add("portal_jrj_gbk", f"""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{T}-股票频道-金融界</title>
<meta name="keywords" content="汽车零部件,热管理,涨停" />
<link rel="stylesheet" href="//js.jrjimg.cn/css/article_2019.css" />
</head>
<body>
<div class="jrj-top"><a href="http://www.jrj.com.cn/">金融界</a> <a href="http://stock.jrj.com.cn/">股票</a> <a href="http://fund.jrj.com.cn/">基金</a> <a href="http://finance.jrj.com.cn/">财经</a> <a href="http://app.jrj.com.cn/">APP下载</a></div>
<div class="jrj-wrap">
 <div class="crumb"><a href="http://stock.jrj.com.cn/">股票频道</a> &gt; <a href="http://stock.jrj.com.cn/hotstock/">热股</a> &gt; 正文</div>
 <div class="titmain">
  <h1>{T}</h1>
  <p class="inftop">
   <span id="pubtime_baidu">2026-11-24 13:58:13</span>&nbsp;&nbsp;
   <span id="source_baidu">来源：<a href="http://www.jrj.com.cn/" target="_blank">金融界</a></span>&nbsp;&nbsp;
   <span id="author_baidu">作者：毛锐</span>
  </p>
 </div>
 <div class="texttit_m1">
<p>{SRC}</p>
{ps(PA)}
{table(ROWS, attrs=' class="tb-zj" width="100%"')}
{ps(PB)}
<p class="ed">（责任编辑：73）</p>
 </div>
 <div class="declare"><p>{DECL}</p><p>{RISK}</p></div>
 <div class="app-pro">下载金融界App，获取更多实时行情</div>
 <div class="xgxw"><h3>相关新闻</h3><ul><li><a href="http://stock.jrj.com.cn/2026/11/23151238921544.shtml">热管理板块连续三日获资金净流入</a><span>2026-11-23 15:12</span></li></ul></div>
</div>
<div class="jrj-foot">Copyright &copy; 2026 JRJ.com All Rights Reserved 金融界</div>
</body>
</html>
""",
    url="http://stock.jrj.com.cn/2026/11/24135838926031.shtml",
    kind="portal",
    modelled_on="jrj.com.cn (金融界) stock-channel article page, GBK (inftop line with pubtime_baidu / source_baidu with a linked source / author_baidu spans, '本文源自' line opening the text, fund-flow table, '（责任编辑：NN）' staff number, 郑重声明 and 风险提示 box, app prompt)",
    language="zh-CN",
    encoding="gbk",
    fetched_at=FETCH_CN,
    notes="GBK page. Time printed to the second. Source: the linked 来源 value 金融界 (repeated by the '本文源自：金融界' line, which is not body). Author 毛锐 from the 作者 span. The closing '（责任编辑：73）' holds only a staff number, so editor is null. The sentence introducing the table and the table rows (header included, TAB-joined cells) are body. 郑重声明, 风险提示 and the app prompt are not.",
    classes=["gbk", "seconds_printed", "baidu_id_spans", "linked_source", "source_line_in_body", "table_in_body",
             "editor_code_only", "investment_disclaimer", "risk_disclaimer", "app_prompt", "related_dates"],
    title=T,
    published_date="2026-11-24",
    published_at="2026-11-24T13:58:13+08:00",
    author="毛锐",
    editor=None,
    source="金融界",
    paragraphs=PA + rows_tsv(ROWS) + PB,
    body_noise=[SRC, "（责任编辑：73）", DECL, RISK, "下载金融界App，获取更多实时行情", "热管理板块连续三日获资金净流入"],
)

# ---------------------------------------------------------------------------------------------
# 11. 亿欧 (iyiou.com) article page: relative time, epoch seconds in __NUXT__
# ---------------------------------------------------------------------------------------------
T = "智能座舱域控制器价格一年下降三成，二级供应商如何活下去？"
P = [
    "过去一年，智能座舱域控制器的价格下降速度超出了很多供应商的预期。多位业内人士告诉亿欧汽车，主流高算力座舱方案的单套采购价已从去年的3000元以上降至2000元左右。",
    "价格下行的压力沿着供应链层层传导。一家为座舱域控制器提供散热模组的二级供应商负责人说，今年客户两次要求降价，累计降幅接近15%。",
    "面对压力，部分二级供应商开始向上游延伸。前述负责人透露，公司正在自研均热板，希望把散热模组的核心材料成本降低两成。",
    "也有企业选择“出海”。一家座舱线束连接器企业今年在东南亚设立了组装厂，为当地的整车项目供货，海外订单毛利率比国内高出5至8个百分点。",
    "在业内人士看来，座舱硬件的降价趋势短期内难以逆转，二级供应商的出路在于找到不可替代的细分环节。",
]
SUMMARY = "座舱域控制器单套采购价一年下降约三成，降价压力正传导至散热、连接器等二级供应商。"
HEADPIC = "头图来源：图虫创意"
COPY = "（本文系亿欧原创，转载请联系授权）"
PUB = "2026-11-30T03:42:17+08:00"
UPD = "2026-11-30T07:10:03+08:00"
add("portal_iyiou", f"""
<!DOCTYPE html>
<html lang="zh-CN" data-n-head-ssr>
<head>
<meta charset="utf-8">
<title>{T}-亿欧</title>
<meta data-n-head="ssr" name="keywords" content="智能座舱,域控制器,二级供应商">
<meta data-n-head="ssr" name="description" content="{SUMMARY}">
<link rel="stylesheet" href="https://static.iyiou.com/_nuxt/css/article.4f2a9c.css">
</head>
<body>
<div id="__nuxt"><div id="__layout"><div class="page-article">
 <header class="top-header"><a class="logo" href="https://www.iyiou.com/">亿欧</a><nav><a href="/news">快讯</a><a href="/analysis">深度</a><a href="/research">研究</a><a href="/car">汽车</a></nav><a class="login" href="/login">登录</a></header>
 <main class="article-main">
  <h1 class="article-title">{T}</h1>
  <div class="article-author" data-v-3ac1f2>
   <a class="name" href="/u/3187" data-v-3ac1f2>郝琪</a>
   <span class="time" data-v-3ac1f2>5小时前</span>
   <span class="read" data-v-3ac1f2>阅读 8612</span>
  </div>
  <div class="summary" data-v-3ac1f2><span>核心提示：</span>{SUMMARY}</div>
  <div class="article-content" data-v-3ac1f2>
<p class="img-source">{HEADPIC}</p>
{ps(P)}
<p>{COPY}</p>
  </div>
  <div class="tags" data-v-3ac1f2><a href="/tag/zhinengzuocang">智能座舱</a><a href="/tag/gongyinglian">供应链</a></div>
 </main>
 <aside class="side"><h3>热门文章</h3><ul>
  <li><a href="/news/20261130113991.html">L3 准入试点名单扩容</a><span>2小时前</span></li>
  <li><a href="/news/20261130113970.html">车载激光雷达价格跌破千元</a><span>3小时前</span></li>
 </ul></aside>
</div></div></div>
<script>window.__NUXT__={{"layout":"default","data":[{{"article":{{"id":1139852,"title":"{T}","author":{{"id":3187,"name":"郝琪"}},"publish_time":{epoch(PUB)},"update_time":{epoch(UPD)},"original":true}}}}],"state":{{}}}};</script>
</body>
</html>
""",
    url="https://www.iyiou.com/analysis/202611301139852",
    kind="portal",
    modelled_on="iyiou.com (亿欧) article page (Nuxt SSR render: author row with author link, relative 'N小时前' time and read count, 核心提示 summary box, 头图来源 line opening the content, originality note, hot list with relative times, window.__NUXT__ with epoch-second publish_time and a later update_time)",
    language="zh-CN",
    encoding="utf-8",
    fetched_at=FETCH_CN,
    notes="The page prints only '5小时前'. window.__NUXT__ publish_time is epoch seconds for 2026-11-30 03:42:17 Beijing time, 5 h 18 min before the fetch (09:00), consistent with '5小时前'; published_at takes it. update_time (07:10:03) is an edit, never the publication. The hot-list '2小时前' / '3小时前' belong to other articles. Author 郝琪 (author link). The 核心提示 summary box is a standfirst: neutral. '头图来源' (header-image credit) and the originality note are not body; the note is not a 来源 either, so source is null. No editor.",
    classes=["relative_hours", "epoch_seconds_page_data", "update_time_in_page_data", "author_link_in_info_row",
             "summary_box_neutral", "header_image_credit", "copyright_notice_in_body", "read_count",
             "relative_sidebar_times", "no_source", "no_editor"],
    title=T,
    published_date="2026-11-30",
    published_at=PUB,
    author="郝琪",
    editor=None,
    source=None,
    paragraphs=P,
    body_noise=["5小时前", HEADPIC, COPY, "阅读 8612", "L3 准入试点名单扩容", "车载激光雷达价格跌破千元"],
)

# ---------------------------------------------------------------------------------------------
# 12. 中华网汽车 (auto.china.com) article page: date only visible, time only in JSON-LD
# ---------------------------------------------------------------------------------------------
T = "一款国产800V碳化硅电驱总成完成冬季标定测试"
ROWS = [["项目", "参数"],
        ["峰值功率", "270kW"],
        ["峰值扭矩", "460N·m"],
        ["最高效率", "97.8%"],
        ["总成重量", "74kg"]]
PA = [
    "【中华网汽车】近日，电驱动企业辰驰动力宣布，其自主研发的800V碳化硅电驱总成已在黑河完成为期六周的冬季标定测试，最低测试温度达到零下38摄氏度。",
    "该电驱总成的主要参数如下：",
]
PB = [
    "辰驰动力测试负责人介绍，冬季标定主要验证低温冷启动、油冷系统流量和碳化硅功率模块在极寒条件下的开关特性，测试期间累计完成各类工况试验1200余项。",
    "据悉，该电驱总成已获得两家整车企业的定点，预计明年二季度随新车型量产上市。",
]
DISC = "声明：本文仅代表作者个人观点，与中华网无关。其原创性以及文中陈述文字和内容未经本站证实，对本文以及其中全部或者部分内容、文字的真实性、完整性、及时性本站不作任何保证或承诺，请读者仅作参考，并请自行核实相关内容。"
LD = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
      "datePublished": "2026-11-27T17:48:26+08:00", "dateModified": "2026-11-27T17:48:26+08:00",
      "publisher": {"@type": "Organization", "name": "中华网汽车"}}
add("portal_autochina", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{T}_中华网汽车</title>
<meta name="keywords" content="电驱总成,碳化硅,800V,冬季测试">
<meta name="publishdate" content="2026-11-27">
{jsonld(LD)}
<link rel="stylesheet" href="//auto.china.com/static/css/article.css">
</head>
<body>
<div class="top"><a class="logo" href="//auto.china.com/">中华网汽车</a><ul><li><a href="//auto.china.com/news/">新闻</a></li><li><a href="//auto.china.com/hangye/">行业</a></li><li><a href="//auto.china.com/price/">报价</a></li><li><a href="//auto.china.com/pingce/">评测</a></li></ul></div>
<div class="wrap">
 <div class="crumb"><a href="//auto.china.com/">中华网汽车</a> &gt; <a href="//auto.china.com/hangye/">行业</a> &gt; 正文</div>
 <div class="article-main">
  <h1 class="article-title">{T}</h1>
  <div class="article-info">
   <span class="time">2026-11-27</span>
   <span class="source">来源：中华网汽车</span>
   <span class="editor">责任编辑：钟毅</span>
  </div>
  <div class="article-content" id="js_article_content">
{ps(PA)}
{table(ROWS)}
{ps(PB)}
<div class="statement">{DISC}</div>
  </div>
  <div class="share">分享到：<a>微信</a><a>微博</a><a>QQ</a></div>
 </div>
 <div class="side"><div class="price-box"><h3>热门车型报价</h3><ul><li><a href="//auto.china.com/price/s3311/">风岚S7</a><em>14.59万起</em></li></ul></div></div>
 <div class="xgyd"><h3>相关阅读</h3><ul><li><a href="//auto.china.com/hangye/20261125/43871.html">碳化硅功率模块国产化提速</a><span>2026-11-25</span></li></ul></div>
</div>
<div class="foot">Copyright © 中华网 All Rights Reserved</div>
</body>
</html>
""",
    url="https://auto.china.com/hangye/20261127/43952.html",
    kind="portal",
    modelled_on="auto.china.com (中华网汽车) industry article page (article-info row with a date-only time span, 来源 and 责任编辑; NewsArticle JSON-LD; 【中华网汽车】 opener, spec table and a long 声明 box inside the content; price box and related list)",
    language="zh-CN",
    encoding="utf-8",
    fetched_at=FETCH_CN,
    notes="The visible date is '2026-11-27' only (meta publishdate too); the time of day is stated only in the JSON-LD datePublished 2026-11-27T17:48:26+08:00, on the same day, so published_at takes it. Editor 钟毅 from the info row; source 中华网汽车 (来源). No author is named anywhere (the 声明 speaks of 'the author' generically), so author is null. 【中华网汽车】 opens the first paragraph and stays. The spec table (header included) and its introducing sentence are body; the 声明 box inside the content, share bar, price box and related list are not.",
    classes=["date_only_visible", "time_only_in_jsonld", "editor_in_info_row", "dateline_in_first_paragraph",
             "table_in_body", "disclaimer_in_body", "price_widget", "share_bar", "related_dates", "no_author"],
    title=T,
    published_date="2026-11-27",
    published_at="2026-11-27T17:48:26+08:00",
    author=None,
    editor="钟毅",
    source="中华网汽车",
    paragraphs=PA + rows_tsv(ROWS) + PB,
    body_noise=[DISC, "分享到：", "热门车型报价", "14.59万起", "碳化硅功率模块国产化提速"],
)

# ---------------------------------------------------------------------------------------------
# 13. A provincial auto-parts industry association on a PowerEasy (动易) ASP template, GB2312
# ---------------------------------------------------------------------------------------------
T = "协会召开2026年度汽车零部件质量提升交流会"
P = [
    "11月22日，协会在武汉组织召开2026年度汽车零部件质量提升交流会，来自省内整车企业、零部件企业和检测机构的80余名代表参加会议。",
    "会上，三家会员企业分享了质量管理经验。一家制动器企业介绍了通过在线检测和数据追溯将客户端不良率降低六成的做法；一家内饰件企业介绍了供应商分级管理的经验。",
    "协会秘书长在总结讲话中提出三点建议：",
    "一是加强与整车企业的质量信息共享，建立问题快速响应机制；",
    "二是加大检测设备投入，推进关键工序在线检测全覆盖；",
    "三是重视质量人才培养，鼓励企业参加协会组织的质量工程师培训。",
    "会议期间，与会代表还参观了武汉经开区一家车身件企业的数字化车间。",
]
PREV = "关于举办汽车零部件出口合规培训班的通知"
NEXT = "协会走访调研十堰地区会员企业"
add("gov_hb_parts_assoc", f"""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>湖北省汽车零部件配套协会 -- {T}</title>
<meta name="keywords" content="汽车零部件,质量提升,协会">
<link href="../Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="top_bg">
 <tr><td class="logo">湖北省汽车零部件配套协会</td><td class="top_link"><a href="/">网站首页</a> | <a href="/Article/">协会动态</a> | <a href="/Article/Index.asp?ClassID=3">通知公告</a> | <a href="/Member/">会员单位</a> | <a href="/Contact.asp">联系我们</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
 <tr><td class="main_title_760">您现在的位置：&nbsp;<a href="/">湖北省汽车零部件配套协会</a>&nbsp;&gt;&gt;&nbsp;<a href="/Article/Index.asp">协会动态</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr>
 <tr><td>
  <table width="100%" border="0" cellpadding="0" cellspacing="0" class="border2">
   <tr><td class="main_ArticleTitle" align="center"><h2>{T}</h2></td></tr>
   <tr><td class="Article_tdbgall" align="center">作者：佚名&nbsp;&nbsp;&nbsp;&nbsp;文章来源：本站原创&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="/Article/GetHits.asp?ArticleID=1872"></script>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：2026-11-25&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:fontZoomA();">小</a> <a href="javascript:fontZoomB();">大</a>】</td></tr>
   <tr><td class="main_tdbg_760" id="fontzoom">
{ps(P)}
   </td></tr>
   <tr><td align="right" class="Article_tdbgall">责任编辑：admin</td></tr>
   <tr><td align="right">【<a href="/Article/Comment.asp?ArticleID=1872">发表评论</a>】【<a href="javascript:addFavorite();">加入收藏</a>】【<a href="/Article/SendMail.asp?ArticleID=1872">告诉好友</a>】【<a href="/Article/Print.asp?ArticleID=1872">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
   <tr><td>
    <li>上一篇文章：<a href="/Article/ShowArticle.asp?ArticleID=1869">{PREV}</a></li>
    <li>下一篇文章：<a href="/Article/ShowArticle.asp?ArticleID=1875">{NEXT}</a></li>
   </td></tr>
  </table>
 </td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
 <tr><td align="center">版权所有：湖北省汽车零部件配套协会 &nbsp; 地址：武汉市经济技术开发区 &nbsp; 鄂ICP备00000000号</td></tr>
</table>
</body>
</html>
""",
    url="http://www.hbqplpt.org.cn/Article/ShowArticle.asp?ArticleID=1872",
    kind="gov",
    modelled_on="a provincial auto-parts industry association's site on the PowerEasy (动易) ASP article template, GB2312 (table layout; info cell '作者：佚名 文章来源：本站原创 点击数：(script) 更新时间：date 【字体：小 大】'; '责任编辑：admin'; 发表评论 / 加入收藏 / 打印此文 / 关闭窗口 links; 上一篇 / 下一篇 titles). The association name is invented.",
    language="zh-CN",
    encoding="gb2312",
    fetched_at=FETCH_CN,
    notes="GB2312 page. The template's only date is '更新时间：2026-11-25' (the CMS labels its article date 更新时间; there is no other date of the article), a date without a time: published_date 2026-11-25, published_at null. '11月22日' in the body is the meeting, not the publication. '作者：佚名' (anonymous) names no person: author null. '文章来源：本站原创' (original to this site) is not an organisation credit: source null. '责任编辑：admin' is the CMS account name, not a person: editor null. The hit counter is filled by a script. The three 一是/二是/三是 points and the sentence introducing them are body; prev/next titles and the tool links are not.",
    classes=["gb2312", "powereasy_info_row", "update_label_only_date", "date_only_no_time", "body_event_date",
             "anonymous_author", "site_original_not_source", "cms_account_editor", "list_in_body", "js_hit_counter",
             "font_size_control", "prev_next_titles", "print_close_links", "no_author", "no_source", "no_editor"],
    title=T,
    published_date="2026-11-25",
    published_at=None,
    author=None,
    editor=None,
    source=None,
    paragraphs=P,
    body_noise=["作者：佚名", "文章来源：本站原创", "更新时间：2026-11-25", "责任编辑：admin", "【字体：小 大】",
                "发表评论", "打印此文", "关闭窗口", PREV, NEXT],
)

# ---------------------------------------------------------------------------------------------
# 14. A prefecture-level city 融媒体 news site on an old table template, GBK
# ---------------------------------------------------------------------------------------------
T = "柳东新区新增三家汽车零部件“专精特新”企业"
P = [
    "近日，自治区公布新一批专精特新中小企业名单，柳东新区有三家汽车零部件企业入选。至此，新区汽车零部件领域的专精特新企业已达到27家。",
    "此次入选的企业分别从事汽车座椅骨架、新能源汽车电池托盘和车用精密注塑件的生产，均为本地整车企业的一级或二级供应商。",
    "“入选专精特新，对我们申请银行贷款和拓展新客户都有帮助。”一家电池托盘企业负责人黄晓峰说，公司今年新上了两条搅拌摩擦焊生产线，产品已开始向区外整车企业供货。",
    "新区相关负责人表示，将继续加大对零部件企业的培育力度，力争到2027年新增专精特新企业10家以上。",
]
CAP = "图为一家入选企业的工人在检测汽车座椅骨架。记者 覃海 摄"
add("portal_liuzhou_gbk", f"""
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{T}_龙城融媒网</title>
<link href="/templets/css/content.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="1000" align="center" cellpadding="0" cellspacing="0" class="topbar">
 <tr><td class="today">今天是：2026年11月30日 星期一</td><td class="weather">柳州 多云 12~19℃</td><td align="right"><a href="/">首页</a> | <a href="/news/">本地新闻</a> | <a href="/economy/">经济</a> | <a href="/epaper/">数字报</a></td></tr>
</table>
<table width="1000" align="center" cellpadding="0" cellspacing="0">
 <tr><td class="position">当前位置：<a href="/">首页</a> &gt; <a href="/economy/">经济</a> &gt; 正文</td></tr>
 <tr><td class="title" align="center">{T}</td></tr>
 <tr><td class="info" align="center">发布时间：2026年11月26日 18:30&nbsp;&nbsp;&nbsp;来源：龙城日报&nbsp;&nbsp;&nbsp;作者：记者 覃海 通讯员 韦丽&nbsp;&nbsp;&nbsp;【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
 <tr><td class="content" id="zoom">
<p>{esc(P[0])}</p>
<p align="center"><img src="/uploads/2026/11/26/zqzj.jpg" border="0"></p>
<p align="center">{CAP}</p>
{ps(P[1:])}
 </td></tr>
 <tr><td class="editor" align="right">责任编辑：蓝婷</td></tr>
 <tr><td class="xg">相关新闻：<a href="/economy/2026-11/20/content_381122.htm">柳州汽车零部件本地配套率稳步提升</a></td></tr>
</table>
<table width="1000" align="center" class="foot"><tr><td align="center">龙城融媒中心版权所有 未经授权不得转载或建立镜像</td></tr></table>
</body>
</html>
""",
    url="http://www.lcrmw.cn/economy/2026-11/26/content_381560.htm",
    kind="portal",
    modelled_on="a prefecture-level city 融媒体中心 news site (柳州-style; site name invented) on an old table template, GBK (top bar with today's date and weather, title cell, info cell '发布时间：YYYY年MM月DD日 HH:MM 来源 作者：记者 X 通讯员 Y 【大 中 小】【打印】【关闭】', centred 摄 caption, 责任编辑 cell)",
    language="zh-CN",
    encoding="gbk",
    fetched_at=FETCH_CN,
    notes="GBK page. The top bar shows today's date (2026年11月30日, the fetch day), which is not the publication date; the info cell gives 发布时间 2026年11月26日 18:30 (no seconds anywhere). Authors from the 作者 field with roles: 记者 覃海 and 通讯员 韦丽 (roles dropped); the caption's '记者 覃海 摄' is a photo credit. Source 龙城日报. Editor 蓝婷. Font-size, print and close controls are UI.",
    classes=["gbk", "chinese_date_format", "today_date_in_header", "roles_in_author_field", "correspondent_role",
             "photographer_caption", "image_caption", "editor_line", "font_size_control", "print_close_links",
             "related_list", "copyright_notice"],
    title=T,
    published_date="2026-11-26",
    published_at="2026-11-26T18:30:00+08:00",
    author="覃海 韦丽",
    editor="蓝婷",
    source="龙城日报",
    paragraphs=P,
    body_noise=[CAP, "今天是：2026年11月30日 星期一", "【打印】", "【关闭】", "责任编辑：蓝婷",
                "柳州汽车零部件本地配套率稳步提升", "龙城融媒中心版权所有"],
)

# ---------------------------------------------------------------------------------------------
# 15. Hong Kong traditional-Chinese daily's finance page, Big5 (date printed at the end)
# ---------------------------------------------------------------------------------------------
T = "本地車用晶片代理商擴充倉儲 料明年營業額增兩成"
P = [
    "本港車用電子元件代理商恆韜科技宣布，將於葵涌增設一個約四萬平方呎的溫控倉庫，主要存放車規級晶片及感測器，預計明年第一季啟用。",
    "公司行政總裁梁志鴻表示，內地新能源車企近年積極拓展海外市場，經香港轉口的車用電子元件訂單明顯增加，今年首十個月相關業務營業額按年上升約三成。",
    "梁志鴻續稱，新倉庫落成後，公司可提供恆溫恆濕儲存及防靜電包裝服務，並計劃引入自動化揀貨系統，將訂單處理時間由兩日縮短至半日。",
    "他預期明年集團整體營業額可增長約兩成，惟須留意全球晶片供應及匯率波動帶來的不確定性。",
]
CAP = "恆韜科技行政總裁梁志鴻（資料圖片）"
add("portal_hk_oncc_big5", f"""
<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{T} - 東方財經</title>
<meta property="og:title" content="{T}">
<meta property="article:published_time" content="2026-11-27T13:45:12+08:00">
<link rel="stylesheet" href="/css/finance_news.css">
</head>
<body>
<div id="topBar"><span class="todayDate">2026年11月30日 星期一</span><span class="hsi">恆指 收市</span><a href="/">首頁</a> <a href="/hk/">港聞</a> <a href="/fi/">財經</a> <a href="/en/">娛樂</a> <a href="/sp/">體育</a></div>
<div id="container">
 <div class="breadcrumb"><a href="/fi/">財經</a> &gt; <a href="/fi/news/">即時財經新聞</a></div>
 <div class="newsHeadline"><h1>{T}</h1></div>
 <div class="byline">撰文：陳卓賢、麥穎怡</div>
 <div class="photo"><img src="/fi/img/20261127/b5_1345_hengtao.jpg" alt=""><div class="caption">{CAP}</div></div>
 <div class="breakingNewsContent">
{ps(P)}
 </div>
 <div class="datetime">發佈時間：2026/11/27 13:45</div>
 <div class="shareBar">分享：<a>Facebook</a> <a>WhatsApp</a> <a>讚好</a></div>
 <div class="subscribe">訂閱財經電子報，每朝掌握市場動向</div>
 <div class="related"><h3>相關新聞</h3><ul>
  <li><a href="/fi/news/20261127/b5_1102.html">港股車企板塊午後造好</a><span>11:02</span></li>
  <li><a href="/fi/news/20261126/b5_1630.html">本港二手電動車出口查詢增加</a><span>2026/11/26 16:30</span></li>
 </ul></div>
</div>
<div id="footer">版權所有 不得轉載 Copyright &copy; 2026 All rights reserved.</div>
</body>
</html>
""",
    url="https://hk.on.cc/fi/news/20261127/b5_1345_hengtao.html",
    kind="portal",
    modelled_on="on.cc (東方日報 / 東網)-style Hong Kong finance news page, Big5 traditional Chinese (top bar with today's date, h1 headline, '撰文：' byline with 、, photo caption above the text, '發佈時間：YYYY/MM/DD HH:MM' printed after the text, share bar with 讚好, 訂閱 prompt, related news with bare times)",
    language="zh-HK",
    encoding="big5",
    fetched_at=FETCH_CN,
    notes="Big5 page. The top bar shows today's date (the fetch day), not the publication. The publication time is printed after the article text: 發佈時間 2026/11/27 13:45 (Hong Kong time = +08:00); article:published_time 13:45:12+08:00 agrees and supplies seconds. Authors from '撰文：陳卓賢、麥穎怡' (ideographic comma; written space-separated). No source credit and no editor. The caption, share bar (讚好), subscription prompt and related list (with a bare '11:02' time) are not body.",
    classes=["big5", "traditional_chinese", "today_date_in_header", "date_at_end", "slash_date",
             "meta_seconds_agree", "two_authors_ideographic_comma", "image_caption", "share_bar",
             "subscription_prompt", "related_dates", "no_source", "no_editor"],
    title=T,
    published_date="2026-11-27",
    published_at="2026-11-27T13:45:12+08:00",
    author="陳卓賢 麥穎怡",
    editor=None,
    source=None,
    paragraphs=P,
    body_noise=[CAP, "發佈時間：2026/11/27 13:45", "讚好", "訂閱財經電子報，每朝掌握市場動向", "港股車企板塊午後造好",
                "本港二手電動車出口查詢增加", "2026年11月30日 星期一"],
)

# ---------------------------------------------------------------------------------------------
# 16. 一点资讯 (yidianzixun.com) 一点号 article page
# ---------------------------------------------------------------------------------------------
T = "修理厂老板说：今年最难的不是没活，是配件价格天天变"
P = [
    "在城郊开了十二年修理厂的老杨，最近每天早上第一件事是刷配件群里的报价。",
    "“刹车片、机油滤清器这些快消件还好，价格一个月动一次。麻烦的是新能源车的件，比如空调压缩机、电子水泵，同一个型号，这周和下周能差出两三百块。”",
    "老杨的修理厂有六个工位，今年进厂的新能源车占到了三成左右。他说，新能源车的保养单价低，但一旦涉及三电和热管理部件，配件采购就成了难题，很多件只能找原厂渠道，等货周期长。",
    "为了稳住客户，老杨今年加入了一个区域性的配件联采平台，十几家修理厂一起下单，拿货价能便宜一成左右。",
    "“修理厂拼的是技术和口碑，但配件价格不稳，报价就不敢报死。”老杨说，他现在给客户报价都会注明有效期三天。",
]
DISC = "本文由一点号作者发布，不代表一点资讯立场"
APP = "打开一点资讯APP，阅读体验更佳"
add("selfmedia_yidian", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">
<title>{T}</title>
<link rel="stylesheet" href="https://si1.go2yd.com/article/css/article.5e2b.css">
</head>
<body>
<div class="open-app-top"><span class="logo">一点资讯</span><a class="btn" href="https://www.yidianzixun.com/download">{APP}</a></div>
<div class="content-wrapper">
 <div class="left-wrapper">
  <h2>{T}</h2>
  <div class="meta">
   <a class="wemedia-name" href="/channel/m2761">汽配江湖</a>
   <span class="yidian-tag">一点号</span>
   <span class="date">2026-11-28 21:17</span>
   <a class="follow" href="javascript:;">+关注</a>
  </div>
  <div id="imedia-article" class="content-bd">
<p>文/周牧</p>
{ps(P)}
  </div>
  <div class="statement">{DISC}</div>
  <div class="actions"><a class="like">赞 126</a> <a class="report">举报</a></div>
  <div class="comments"><h3>评论 (3)</h3>
   <div class="cmt"><span class="nick">城西老陈</span><span class="cmt-date">11-29 08:12</span><p>说到心坎里了，压缩机价格确实一天一个样。</p></div>
   <div class="cmt"><span class="nick">配件小张</span><span class="cmt-date">11-29 10:45</span><p>联采平台靠谱吗？求推荐。</p></div>
  </div>
 </div>
</div>
<script>var yidian_docinfo = {{"docid":"0TxQ9k2b","title":"{T}","date":"2026-11-28 21:17:44","source":"汽配江湖","ctype":"news"}};</script>
</body>
</html>
""",
    url="https://www.yidianzixun.com/article/0TxQ9k2b",
    kind="self_media",
    modelled_on="yidianzixun.com (一点资讯) 一点号 article page (open-app bar, h2 title, meta row with the account name + 一点号 tag + date + 关注, '文/' credit line opening the content, platform statement, like / report actions, comments with year-less dates, yidian_docinfo script with the full time)",
    language="zh-CN",
    encoding="utf-8",
    fetched_at=FETCH_CN,
    notes="Printed '2026-11-28 21:17'; the yidian_docinfo date '2026-11-28 21:17:44' agrees and supplies seconds. The piece is published by the 一点号 account 汽配江湖, which is the source (a media account, like 百家号 / 头条号); the writer is credited by the '文/周牧' line opening the content (a credit line, not body): author 周牧. No editor. The platform statement, open-app prompt, actions and comments (with their dates) are not body.",
    classes=["account_source", "slash_author_in_body", "credit_line_opening_body", "script_page_data",
             "platform_disclaimer", "app_prompt", "ui_words_near_credits", "comment_dates", "no_editor"],
    title=T,
    published_date="2026-11-28",
    published_at="2026-11-28T21:17:44+08:00",
    author="周牧",
    editor=None,
    source="汽配江湖",
    paragraphs=P,
    body_noise=["文/周牧", DISC, APP, "+关注", "举报", "说到心坎里了，压缩机价格确实一天一个样。", "联采平台靠谱吗？求推荐。",
                "11-29 08:12"],
)

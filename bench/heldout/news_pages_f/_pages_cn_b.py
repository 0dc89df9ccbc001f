"""Chinese pages, part B (regional portals, institutional / gov sites, B2B, self-media)."""
from _common import FETCH_CN, add, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------------------------------------
# 11. 东南网 (fjsen.com) with a hidden block
T = "福州一汽车内饰企业订单排到明年3月"
P = ["东南网11月26日讯（福建日报记者 林杉）走进位于福州青口投资区的一家汽车内饰企业，注塑机和包覆生产线满负荷运转，工人们正在为一款新能源车型赶制仪表板总成。",
     "企业负责人介绍，今年以来公司新增了3家新能源整车客户，订单已经排到明年3月，全年产值预计突破9亿元，同比增长约三成。",
     "为满足客户对环保材料的要求，企业今年投入研发资金4000多万元，开发出低气味、可回收的表皮材料，目前已通过两家整车企业的认证。",
     "青口投资区相关负责人表示，区内已集聚汽车零部件企业60多家，下一步将围绕内饰、电子和轻量化部件继续补链强链。"]
add("portal_fjsen", f"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(T)} - 福建 - 东南网</title>
<meta name="publishdate" content="2026-11-26 08:07:33">
</head>
<body>
<div class="top"><a class="logo" href="http://www.fjsen.com/">东南网</a> <a>福建</a> <a>财经</a> <a>汽车</a></div>
<div class="cont_box">
 <div class="cont_head">
  <h1>{esc(T)}</h1>
  <div class="cont_info"><span>2026-11-26 08:07:33</span>　<span>来源: 福建日报</span></div>
 </div>
 <div style="display:none" class="wx-share"><span id="wx_title">东南网 福州新闻</span><span id="wx_time">2026-11-25 19:00</span><span>来源：东南网</span></div>
 <div class="cont_txt" id="zoom">
{ps(P[:2])}
<p style="text-align:center"><img src="http://img.fjsen.com/2026/11/26/neishi.jpg" alt=""></p>
<p style="text-align:center">工人在生产线上包覆仪表板表皮。林杉 摄</p>
{ps(P[2:])}
 </div>
 <div class="cont_editor">责任编辑：黄琪</div>
 <div class="fx">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
 <div class="xgxw"><h3>相关新闻</h3><ul><li><a>福州汽车产业链项目集中签约</a><span>2026-11-20</span></li></ul></div>
</div>
<div class="footer">东南网版权所有 未经授权禁止复制或建立镜像</div>
</body>
</html>
""",
    url="http://fz.fjsen.com/2026-11/26/content_31245678.htm",
    kind="portal",
    modelled_on="东南网 (fjsen.com, 福建日报报业集团) content page (cont_info row with seconds-precise time and '来源: ' with a half-width colon, hidden display:none WeChat-share block carrying another date and source, '东南网M月D日讯（福建日报记者 X）' dateline, centred '… X 摄' photo caption, 责任编辑 line, share bar, related list; URL /YYYY-MM/DD/)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Time printed to the second 2026-11-26 08:07:33 (meta agrees). A display:none WeChat-share block holds '2026-11-25 19:00' and '来源：东南网' — hidden template data, not the article's date or source. Source 福建日报 (来源 value). Author 林杉 from the dateline (the dateline stays in the first paragraph); the '林杉 摄' caption is a photo credit. Editor 黄琪.",
    classes=["seconds_printed", "halfwidth_colon_label", "hidden_display_none", "hidden_date_trap", "hidden_source_trap", "dateline_in_first_paragraph", "author_in_dateline_parentheses", "photographer_caption", "image_caption", "editor_line", "share_bar", "related_dates", "url_date"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T08:07:33+08:00",
    author="林杉", editor="黄琪", source="福建日报",
    paragraphs=P,
    body_noise=["工人在生产线上包覆仪表板表皮。林杉 摄", "东南网 福州新闻", "分享到：", "福州汽车产业链项目集中签约",
                "东南网版权所有 未经授权禁止复制或建立镜像"])

# ---------------------------------------------------------------------------------------------
# 12. 中安在线 (anhuinews.com), GBK, printed minute differs from meta
T = "芜湖汽车零部件出口前十月增长近四成"
P = ["中安在线、中安新闻客户端讯 记者从芜湖海关获悉，今年前10个月，芜湖市汽车零部件出口额达到86.4亿元，同比增长38.7%，增速居全省前列。",
     "从产品结构看，车身附件、汽车电子和新能源汽车用线束是出口增长的主力，三类产品合计占出口总额的62%。从市场分布看，对东盟和中东地区的出口增长最快。",
     "海关部门介绍，今年以来通过推行“提前申报”“两步申报”等便利化措施，零部件企业的平均通关时间压缩到1.5小时以内。",
     "芜湖一家汽车电子企业负责人表示，海外订单增长明显，企业正在筹划在泰国设立组装工厂，以贴近当地客户。"]
add("portal_anhuinews_gbk", f"""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(T)}_安徽频道_中安在线</title>
<meta name="PubDate" content="2026-11-26 10:09:47" />
<meta name="ContentSource" content="中安在线" />
</head>
<body>
<table width="1000" align="center" class="top"><tr><td><a href="http://www.anhuinews.com/">中安在线</a></td><td>安徽重点新闻网站</td></tr></table>
<table width="1000" align="center" class="main"><tr><td>
<div class="wz">您的位置：<a>中安在线</a> &gt; <a>安徽频道</a> &gt; 经济</div>
<h1 class="title">{esc(T)}</h1>
<div class="info">2026年11月26日 10:12　来源：中安在线　【字号 <a>大</a> <a>中</a> <a>小</a>】</div>
<div class="content" id="zoom">
{ps(P)}
<p>（记者 方圆 通讯员 钱磊）</p>
</div>
<div class="bianji">编辑：章琳</div>
<div class="print">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
</td><td class="right" width="300">
<div class="hot"><h3>热点新闻</h3><ul><li><a>合肥新能源汽车产量再创新高</a> 11-25</li><li><a>安徽汽车零部件企业赴欧参展</a> 11-24</li></ul></div>
</td></tr></table>
<div class="foot">中安在线版权所有</div>
</body>
</html>
""",
    url="http://ah.anhuinews.com/system/2026/11/26/009123456.shtml",
    kind="portal",
    modelled_on="中安在线 (anhuinews.com, 安徽) channel article page on an old table template, GBK (info line with a Chinese-format date 'YYYY年MM月DD日 HH:MM', 来源 and 【字号】 separated by ideographic spaces, '中安在线、中安新闻客户端讯' opener, reporter / correspondent credit in parentheses as the last line, 编辑 line, 打印本页 / 关闭窗口, hot list with year-less dates; PubDate meta a few minutes earlier with seconds)",
    language="zh-CN", encoding="gbk", fetched_at=FETCH_CN,
    notes="Printed 2026年11月26日 10:12; the PubDate meta says 10:09:47 (another minute), so the printed minute wins with :00 seconds. Authors from the closing parentheses '（记者 方圆 通讯员 钱磊）' -> '方圆 钱磊'; that line is a credit, not body. Source 中安在线. Editor 章琳. The '中安在线、中安新闻客户端讯' opener stays in the first paragraph.",
    classes=["gbk", "chinese_date_format", "meta_disagrees_by_minutes", "end_credit_line_parentheses", "correspondent_role", "dateline_in_first_paragraph", "editor_line", "font_size_control", "print_close_links", "related_dates"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T10:12:00+08:00",
    author="方圆 钱磊", editor="章琳", source="中安在线",
    paragraphs=P,
    body_noise=["（记者 方圆 通讯员 钱磊）", "编辑：章琳", "打印本页", "合肥新能源汽车产量再创新高"])

# ---------------------------------------------------------------------------------------------
# 13. 南都N视频 (oeeee.com) 昨天 + script data
T = "广州车企供应商大会：本地配套率要提到七成"
P = ["11月29日，广州一家整车企业在番禺召开年度供应商大会。会上透露，明年该企业将把新能源车型的本地配套率从目前的58%提高到70%左右。",
     "据介绍，广州及周边地区目前为该企业配套的一级供应商有210多家，其中新增的电池包结构件、智能座舱域控制器等项目将优先在本地落地。",
     "“本地配套意味着更短的物流半径和更快的响应速度。”企业采购负责人表示，将对本地供应商开放联合开发项目，并在付款周期上给予支持。",
     "南都记者在现场注意到，参会的供应商中有不少是近两年新成立的智能化零部件企业。"]
PUBTIME = "2026-11-29 20:31:05"
add("portal_oeeee", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(T)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div class="open-app">南都N视频 打开APP 看更多精彩内容</div>
<div class="article-wrap">
 <h1 class="article-title">{esc(T)}</h1>
 <div class="article-meta">
  <span class="account">南都汽车</span>
  <span class="source">来源：南方都市报</span>
  <span class="time">昨天 20:31</span>
 </div>
 <div class="article-content">
{ps(P[:2])}
<p><img src="https://img.oeeee.com/2026/11/29/conf.jpg" alt=""></p>
<p class="img-note">供应商大会现场。南都记者 梁宇 摄</p>
{ps(P[2:])}
 </div>
 <div class="article-credits">
  <p>采写：南都记者 陈舒 实习生 何蔚</p>
  <p>摄影：南都记者 梁宇</p>
  <p>编辑：罗萍</p>
 </div>
 <div class="interact"><span>点赞 58</span><span>评论 4</span><span>分享</span></div>
 <div class="recommend"><h3>相关推荐</h3><ul><li><a>广州汽车产业集群产值突破7000亿元</a><span>11-26</span></li></ul></div>
</div>
<script>var articleInfo = {{"id":"BAAFRD000020261129123456","title":"{T}","publishTime":"{PUBTIME}","author":"陈舒"}};</script>
</body>
</html>
""",
    url="https://m.mp.oeeee.com/a/BAAFRD000020261129123456.html",
    kind="portal",
    modelled_on="南都N视频 (m.mp.oeeee.com, 南方都市报) article page (open-app bar, meta row with channel account / 来源 / relative '昨天 HH:MM' time, photo caption with '南都记者 X 摄', closing credit block '采写：南都记者 X 实习生 Y' / '摄影：' / '编辑：', like / comment counts, related list; articleInfo script with the full publishTime)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible time '昨天 20:31' relative to the fetch 2026-11-30 09:00 (+08:00) = 2026-11-29 20:31; the articleInfo script publishTime '2026-11-29 20:31:05' agrees and gives the seconds. Authors from '采写：南都记者 陈舒 实习生 何蔚' -> '陈舒 何蔚' (the intern is a credited writer); the photographer 梁宇 is not an author. Editor 罗萍. Source 南方都市报 (来源 value; '南都汽车' is the channel account). Credit block and caption are noise.",
    classes=["relative_yesterday", "script_page_data", "closing_credit_block", "intern_role", "photographer_not_author", "photographer_caption", "image_caption", "account_and_source", "app_prompt", "like_count", "comment_count", "related_dates"],
    title=T, published_date="2026-11-29", published_at="2026-11-29T20:31:05+08:00",
    author="陈舒 何蔚", editor="罗萍", source="南方都市报",
    paragraphs=P,
    body_noise=["采写：南都记者 陈舒 实习生 何蔚", "摄影：南都记者 梁宇", "编辑：罗萍", "供应商大会现场。南都记者 梁宇 摄",
                "南都N视频 打开APP 看更多精彩内容", "广州汽车产业集群产值突破7000亿元"])

# ---------------------------------------------------------------------------------------------
# 14. 中国汽车工业信息网 (autoinfo.org.cn, institute site), date-only visible + meta time
T = "10月汽车零部件主要产品产量数据简析"
P = ["根据行业统计数据，10月份汽车零部件主要产品产量总体保持增长，新能源相关产品增速明显高于传统产品。",
     "10月主要产品产量情况如下表所示：",
     "从累计情况看，1—10月驱动电机累计产量同比增长31.2%，车载充电机累计产量同比增长26.5%，均保持较快增长；传统变速器累计产量同比下降8.9%。",
     "总体来看，零部件产品结构随整车电动化持续调整，预计四季度新能源相关零部件产量仍将保持较高增速。"]
ROWS = [["产品", "10月产量（万台/套）", "环比", "同比"],
        ["驱动电机", "142.6", "+6.1%", "+28.4%"],
        ["车载充电机", "118.3", "+4.7%", "+22.9%"],
        ["自动变速器", "96.5", "-1.2%", "-7.6%"],
        ["电动空调压缩机", "87.1", "+5.3%", "+19.2%"]]
add("gov_autoinfo", f"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(T)}-中国汽车工业信息网</title>
<meta name="publishdate" content="2026-11-24 16:30:00">
</head>
<body>
<div class="header"><a class="logo" href="http://www.autoinfo.org.cn/">中国汽车工业信息网</a><ul><li>首页</li><li>行业动态</li><li>数据发布</li><li>政策法规</li><li>标准</li></ul></div>
<div class="main">
 <div class="crumb">首页 &gt; 数据发布 &gt; 数据分析</div>
 <div class="article">
  <h2 class="art-title">{esc(T)}</h2>
  <div class="art-info">发布时间：2026-11-24　　作者：数据资源中心　　来源：中国汽车工业信息网　　浏览次数：<span id="hits">1536</span></div>
  <div class="art-body">
{ps(P[:2])}
{table(ROWS)}
<p class="note">注：表中数据为快报数，正式数据以年报为准。</p>
{ps(P[2:])}
  </div>
  <div class="art-attach">附件：<a href="/upload/2026/11/lbj10.xlsx">2026年10月零部件产量数据表.xlsx</a></div>
 </div>
 <div class="side"><h3>数据发布</h3><ul><li><a>9月汽车零部件主要产品产量数据简析</a>2026-10-23</li><li><a>10月汽车产销数据快报</a>2026-11-11</li></ul></div>
</div>
<div class="footer">版权所有：中国汽车工业信息网</div>
</body>
</html>
""",
    url="http://www.autoinfo.org.cn/autoinfo_cn/sjfb/sjfx/202611/t20261124_654321.html",
    kind="gov",
    modelled_on="中国汽车工业信息网 (autoinfo.org.cn, an industry research institute's information site) data-analysis page (h2 title, art-info row '发布时间：date　作者：department　来源：…　浏览次数：(span)', data table with a 注 line, 附件 xlsx link, side list of earlier releases with dates; publishdate meta with the time)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible day 2026-11-24 without a time; the publishdate meta 2026-11-24 16:30:00 completes it (same day). 作者 is a department (数据资源中心), not a person -> author null. Source 中国汽车工业信息网 (来源 value). No editor. The table (with header row) and its introducing sentence are body; the 注 line under the table, the 附件 link and the side list are noise.",
    classes=["date_only_visible", "time_only_in_meta", "department_not_author", "table_in_body", "table_note", "attachment_link", "hit_counter", "related_dates", "no_author", "no_editor"],
    title=T, published_date="2026-11-24", published_at="2026-11-24T16:30:00+08:00",
    author=None, editor=None, source="中国汽车工业信息网",
    paragraphs=P[:2] + rows_tsv(ROWS) + P[2:],
    body_noise=["注：表中数据为快报数，正式数据以年报为准。", "2026年10月零部件产量数据表.xlsx", "9月汽车零部件主要产品产量数据简析",
                "作者：数据资源中心"])

# ---------------------------------------------------------------------------------------------
# 15. 中国汽车维修行业协会 (camra-like association) news, date only
T = "协会召开汽车维修配件质量追溯工作座谈会"
P = ["11月21日，协会在京召开汽车维修配件质量追溯工作座谈会。来自维修企业、配件流通企业和检测机构的30余位代表参加会议。",
     "会议通报了配件质量追溯试点工作进展。试点开展一年来，参与企业已为18万余件配件建立了电子追溯档案，消费者可以扫码查询配件的生产企业、批次和流通环节信息。",
     "与会代表围绕以下问题进行了讨论：",
     "协会负责人表示，下一步将在总结试点经验的基础上，研究制定配件追溯团体标准，并推动更多连锁维修企业接入追溯平台。"]
L = ["配件追溯编码规则的统一；", "追溯信息与维修电子健康档案的衔接；", "中小维修企业接入追溯系统的成本分担。"]
add("gov_camra", f"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(T)}</title>
</head>
<body>
<div class="banner"><a class="logo" href="/">中国汽车维修行业协会</a></div>
<div class="menu"><a>首页</a><a>协会动态</a><a>通知公告</a><a>行业资讯</a><a>会员服务</a></div>
<div class="container">
 <div class="left-list"><h3>通知公告</h3><ul>
  <li><a>关于召开2026年会员代表大会的通知</a><span>2026-11-27</span></li>
  <li><a>关于公布第三批配件追溯试点企业名单的通知</a><span>2026-11-18</span></li>
 </ul></div>
 <div class="detail">
  <div class="detail-title">{esc(T)}</div>
  <div class="detail-info">发布日期：2026-11-23　作者：秘书处　来源：中国汽车维修行业协会　点击：<span id="clicks">412</span></div>
  <div class="detail-content">
{ps(P[:3])}
<ol>
{lis(L)}
</ol>
{ps(P[3:])}
<p>附件：关于开展配件质量追溯试点工作的通知（二〇二六年十一月二十日）</p>
  </div>
  <div class="detail-bottom"><a>【打印】</a><a>【关闭】</a></div>
 </div>
</div>
<div class="footer">中国汽车维修行业协会 版权所有 地址：北京市</div>
</body>
</html>
""",
    url="http://www.camra.org.cn/news/xhdt/2026-11-23/3301.html",
    kind="gov",
    modelled_on="an auto repair trade association's site (中国汽车维修行业协会-style: banner, left 通知公告 list with dates, detail-title div, info row '发布日期：date　作者：秘书处　来源：协会　点击：', ordered list in the text, 附件 line with a Chinese-numeral date, 【打印】【关闭】)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="发布日期 2026-11-23 is date only, and no time of day is stated anywhere -> published_at null. The 附件 line carries a Chinese-numeral date (二〇二六年十一月二十日) of an earlier notice and the left list has later dates (2026-11-27): both traps. 作者 秘书处 is the secretariat, not a person -> author null. Source 中国汽车维修行业协会. The body event date (11月21日) is not the publication date.",
    classes=["date_only_no_time", "chinese_numeral_date_trap", "sidebar_before_article", "related_dates", "department_not_author", "list_in_body", "attachment_line", "body_event_date", "hit_counter", "print_close_links", "headline_in_div", "no_author", "no_editor"],
    title=T, published_date="2026-11-23", published_at=None,
    author=None, editor=None, source="中国汽车维修行业协会",
    paragraphs=P[:3] + L + P[3:],
    body_noise=["附件：关于开展配件质量追溯试点工作的通知（二〇二六年十一月二十日）", "关于召开2026年会员代表大会的通知", "【打印】"])

# ---------------------------------------------------------------------------------------------
# 16. 重庆市经济和信息化委员会 (gov 集约化 template)
T = "市经济信息委召开汽车软件和电子产业发展推进会"
P = ["11月24日，市经济信息委组织召开汽车软件和电子产业发展推进会，通报今年以来全市汽车软件和电子产业发展情况，部署下一阶段重点工作。",
     "会议指出，今年1—10月，全市汽车电子产业实现产值610亿元，同比增长21%；新引进车载计算平台、激光雷达等重点项目14个。",
     "一、强化整零协同",
     "组织整车企业发布年度配套需求清单，推动本地汽车电子企业进入整车企业供应链体系，力争明年本地配套率提高5个百分点。",
     "二、加快平台建设",
     "支持建设汽车软件测试验证公共服务平台，为中小企业提供功能安全、信息安全和软件升级等测试服务。",
     "会议要求，各区县经济信息部门要建立重点项目调度机制，确保年度目标任务圆满完成。"]
add("gov_cq_jjxxw", f"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(T)}_重庆市经济和信息化委员会</title>
<meta name="SiteName" content="重庆市经济和信息化委员会">
<meta name="ArticleTitle" content="{esc(T)}">
<meta name="PubDate" content="2026-11-25 16:48">
<meta name="ContentSource" content="重庆市经济和信息化委员会">
<meta name="ColumnName" content="工作动态">
</head>
<body>
<div class="gov-header"><span class="gh">重庆市经济和信息化委员会</span><a>无障碍</a><a>长者模式</a></div>
<div class="gov-nav"><a>首页</a><a>政务公开</a><a>工作动态</a><a>互动交流</a></div>
<div class="gov-main">
 <table class="xxgk-table">
  <tr><td>索引号：</td><td>11500000009287654X/2026-00312</td><td>发布机构：</td><td>重庆市经济和信息化委员会</td></tr>
  <tr><td>成文日期：</td><td>2026-11-20</td><td>发布日期：</td><td>2026-11-25</td></tr>
 </table>
 <h1 class="art-tit">{esc(T)}</h1>
 <div class="art-info">发布时间：2026-11-25 16:48　来源：重庆市经济和信息化委员会　【字体：<a>大</a> <a>中</a> <a>小</a>】　<a>打印</a></div>
 <div class="mobile-qr" style="display:none">扫一扫在手机打开当前页 发布时间：2026-11-20 09:00</div>
 <div class="art-con view TRS_UEDITOR">
{ps(P)}
 </div>
 <div class="art-share">分享：<a>微信</a> <a>微博</a></div>
 <div class="xggj"><h3>相关稿件</h3><ul><li><a>全市智能网联新能源汽车产业推进会召开</a>2026-11-12</li></ul></div>
</div>
<div class="gov-footer">主办：重庆市经济和信息化委员会　网站标识码：5000000000　渝ICP备00000000号</div>
</body>
</html>
""",
    url="https://jjxxw.cq.gov.cn/zwxx_208/bmdt/202611/t20261125_14123456.html",
    kind="gov",
    modelled_on="重庆市经济和信息化委员会 (jjxxw.cq.gov.cn) 工作动态 page on the provincial 政府网站集约化 template (SiteName / ArticleTitle / PubDate / ContentSource / ColumnName meta, 索引号 / 发布机构 / 成文日期 / 发布日期 table above the title, art-info row '发布时间 … 来源 … 【字体】 打印', hidden mobile-QR block with another date, 一、/二、 section heads in the body, share row, 相关稿件 with dates)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="发布时间 2026-11-25 16:48 (PubDate meta and the 发布日期 cell agree). The 成文日期 2026-11-20 (drafting date) and the hidden display:none QR block ('发布时间：2026-11-20 09:00') are traps. Source 重庆市经济和信息化委员会. No author, no editor. The 一、/二、 section heads are body.",
    classes=["xxgk_table", "drafting_date_trap", "hidden_display_none", "hidden_date_trap", "gov_meta_tags", "headings_in_body", "body_event_date", "font_size_control", "share_bar", "related_dates", "no_author", "no_editor"],
    title=T, published_date="2026-11-25", published_at="2026-11-25T16:48:00+08:00",
    author=None, editor=None, source="重庆市经济和信息化委员会",
    paragraphs=P,
    body_noise=["11500000009287654X/2026-00312", "扫一扫在手机打开当前页", "全市智能网联新能源汽车产业推进会召开", "网站标识码：5000000000"])

# ---------------------------------------------------------------------------------------------
# 17. parts trade journal site (invented journal 《汽配技术导刊》), page 1 of 3
T = "商用车盘式制动器国产化现状与发展趋势"
P = ["1 引言",
     "近年来，随着法规对商用车制动性能要求的提高，盘式制动器在重型卡车和客车上的装车率快速提升。国产盘式制动器企业经过十余年的技术积累，已经具备较强的配套能力，但在高端产品和核心部件方面仍存在短板。",
     "2 国产化现状",
     "2.1 市场规模",
     "据行业不完全统计，2025年国内商用车盘式制动器需求量约为420万套，其中国产品牌占比约为65%，较五年前提高了近30个百分点。",
     "2.2 技术水平",
     "在制动钳体铸造、摩擦副匹配和台架试验等方面，国内领先企业已达到国际同类产品水平；但在气压盘式制动器的自调机构、轻量化钳体设计和电子制动接口方面，与国际一流企业相比仍有一定差距。"]
add("portal_partsjournal", f"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(T)}-《汽配技术导刊》</title>
<meta name="citation_journal_title" content="汽配技术导刊">
<meta name="citation_date" content="2026-11">
<meta name="citation_issue" content="22">
</head>
<body>
<div class="jhead"><a class="logo" href="/">《汽配技术导刊》</a><span>中国核心期刊（遴选）数据库收录期刊</span><a>当期目录</a><a>过刊浏览</a><a>在线投稿</a></div>
<div class="paper">
 <div class="issue">2026年第22期　栏目：底盘技术</div>
 <h1>{esc(T)}</h1>
 <div class="authors">作者：王宁　李峥</div>
 <div class="affil">（江淮汽车零部件研究院，合肥 230000）</div>
 <div class="pubinfo">发布时间：2026-11-20 10:00　阅读：<span>873</span></div>
 <div class="abstract"><b>摘要：</b>分析了国产商用车盘式制动器的市场规模和技术水平，指出了存在的主要问题，并对发展趋势进行了展望。</div>
 <div class="keywords"><b>关键词：</b>商用车；盘式制动器；国产化；轻量化</div>
 <div class="paper-body">
{ps(P)}
 </div>
 <div class="pager">第1页 共3页　<a href="?page=2">下一页</a>　<a href="?page=3">尾页</a></div>
 <div class="download"><a>下载PDF全文</a>　<a>引用本文</a></div>
</div>
<div class="foot">《汽配技术导刊》编辑部 版权所有　投稿邮箱：tougao@example.cn</div>
</body>
</html>
""",
    url="http://www.qpjsdk.example.cn/article/2026/22/202611200003.html",
    kind="portal",
    modelled_on="an auto-parts trade journal's website (汽车与配件 / 汽车零部件-style magazine site; the journal name 《汽配技术导刊》 is invented): issue line '2026年第22期 栏目', h1, '作者：A　B' with an affiliation line, 发布时间 + 阅读, 摘要 and 关键词 boxes, numbered section headings in the text, pager '第1页 共3页 下一页 尾页' (page 1 stored), PDF / citation links, citation_ meta with month only",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Page 1 of 3; the body is this page's text, numbered section headings included. 发布时间 2026-11-20 10:00; the issue line and citation_date give only a month. Authors 王宁 李峥 (separated by an ideographic space); the affiliation line is not a name. No 来源 label and no editor: source and editor null. 摘要 is a standfirst (neutral); 关键词, the pager and the PDF links are noise.",
    classes=["journal_issue_line", "month_only_meta", "two_authors_ideographic_space", "affiliation_line", "abstract_neutral", "keywords_line", "headings_in_body", "pagination_links", "page_one_only", "read_count", "no_source", "no_editor"],
    title=T, published_date="2026-11-20", published_at="2026-11-20T10:00:00+08:00",
    author="王宁 李峥", editor=None, source=None,
    paragraphs=P,
    body_noise=["关键词：商用车；盘式制动器；国产化；轻量化", "第1页 共3页", "下载PDF全文", "（江淮汽车零部件研究院，合肥 230000）"])

# ---------------------------------------------------------------------------------------------
# 18. 东方财富 财富号 (caifuhao) self-media post
T = "从三季报看：汽车座椅骨架赛道的三个变化"
P = ["三季报披露完毕，我把A股和港股做座椅骨架及调角器的几家公司财报翻了一遍，发现这个不起眼的细分赛道正在发生三个变化。",
     "第一，客户结构在变。过去这些企业主要跟着合资品牌走，今年新能源品牌的收入占比普遍超过了一半，有一家甚至达到七成。",
     "第二，产品在变。电动调节、记忆、按摩这些功能下沉到15万元的车型，带动单车价值量提升了三到五成。",
     "第三，竞争格局在变。外资座椅企业开始把骨架业务外包给国内企业，国内头部企业的订单可见度明显提高。",
     "当然，价格年降和原材料钢材价格波动仍然是风险点，大家理性看待。"]
add("selfmedia_caifuhao", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(T)}_财富号_东方财富网</title>
</head>
<body>
<div class="topbar"><a href="https://www.eastmoney.com/">东方财富网</a> <a>财富号</a> <a>股吧</a> <a class="app">下载APP</a></div>
<div class="cfh-main">
 <div class="author-box">
  <a class="name" href="/mp/8876543">汽配产业观察</a><span class="badge">财富号</span>
  <span class="fans">粉丝 2.3万</span><a class="follow">+关注</a>
 </div>
 <h1 class="article-title">{esc(T)}</h1>
 <div class="article-meta"><span class="time">2026-11-28 21:16</span><span class="ip">来自 广东</span><span class="read">阅读 8436</span></div>
 <div class="article-body" id="ContentBody">
<p>文/何川</p>
{ps(P)}
 </div>
 <div class="article-statement">郑重声明：用户在财富号发表的所有信息仅代表个人观点，与东方财富网立场无关，不构成投资建议，据此操作风险自担。</div>
 <div class="actions"><a>点赞 126</a> <a>收藏</a> <a>举报</a></div>
 <div class="reply-list"><h3>全部评论（3）</h3>
  <div class="reply"><span class="u">价值老韭菜</span><p>分析得挺清楚</p><span class="t">11-29 08:12</span></div>
  <div class="reply"><span class="u">座椅小兵</span><p>第三点深有体会</p><span class="t">11-29 10:05</span></div>
 </div>
 <div class="more"><h3>该作者的其他文章</h3><ul><li><a>热管理赛道还有预期差吗</a><span>11-21</span></li></ul></div>
</div>
<script>var cfh_article = {{"art_code":"20261128211608234567890","title":"{T}","showtime":1795871768000,"authorname":"汽配产业观察"}};</script>
</body>
</html>
""",
    url="https://caifuhao.eastmoney.com/news/20261128211608234567890",
    kind="self_media",
    modelled_on="东方财富 财富号 (caifuhao.eastmoney.com) article page (account box with name + 财富号 badge + fans count in 万 + 关注, h1, meta row with time to the minute / IP location '来自 X' / 阅读, '文/X' credit line opening the text, 郑重声明 community statement, like / collect / report actions, 股吧-style replies with year-less dates, other-articles list; cfh_article script with showtime in epoch milliseconds; URL id beginning yyyymmddHHMMSS)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed 2026-11-28 21:16; showtime 1795871768000 ms = 2026-11-28T21:16:08+08:00 agrees and gives the seconds (the URL id also starts 20261128211608). Self-media: the account 汽配产业观察 that published the post is the source; the writer named by '文/' is the author 何川. No editor. '来自 广东' is an IP-location label. Reply dates are later (traps).",
    classes=["account_source", "slash_author_in_body", "credit_line_opening_body", "epoch_ms_page_data", "url_id_datetime", "ip_location_label", "fans_count_wan", "platform_disclaimer", "comment_dates", "related_dates", "no_editor"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T21:16:08+08:00",
    author="何川", editor=None, source="汽配产业观察",
    paragraphs=P,
    body_noise=["文/何川", "郑重声明：用户在财富号发表的所有信息仅代表个人观点，与东方财富网立场无关，不构成投资建议，据此操作风险自担。",
                "分析得挺清楚", "热管理赛道还有预期差吗", "来自 广东", "+关注"])

# ---------------------------------------------------------------------------------------------
# 19. 中国制造网 (made-in-china.com) industry news, 12-hour Chinese clock
T = "东南亚售后市场对中国刹车片需求持续增长"
P = ["近期，多家中国刹车片出口企业反映，来自泰国、越南和印度尼西亚的售后市场询盘明显增加，部分企业四季度出口订单同比增长超过三成。",
     "业内人士分析，东南亚地区汽车保有量持续增长，平均车龄较长，售后维修需求旺盛。与欧美品牌相比，中国刹车片产品性价比较高，交货周期也更短。",
     "不过，出口企业也需要注意目标市场的认证要求。例如，部分国家对刹车片的石棉含量、铜含量有明确限制，出口前应做好检测和标识工作。",
     "建议采购商在选择供应商时，重点关注企业的生产资质、检测报告和售后服务能力。"]
add("portal_madeinchina", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(T)} - 行业资讯 - 中国制造网</title>
</head>
<body>
<div class="mic-top"><a class="logo" href="https://cn.made-in-china.com/">中国制造网</a><a>产品</a><a>供应商</a><a>采购</a><a>资讯</a><a class="login">免费注册</a></div>
<div class="crumb">首页 &gt; 行业资讯 &gt; 汽摩及配件</div>
<div class="news-detail">
 <h1 class="news-title">{esc(T)}</h1>
 <div class="news-info">发布于 2026/11/24 下午 3:20　来源：中国制造网　编辑：林小溪　浏览：<span>2,318</span></div>
 <div class="news-content">
{ps(P[:2])}
<div class="prod-rec"><h4>相关产品推荐</h4><ul><li><a>陶瓷刹车片 低噪音</a><span>¥35.00/套</span></li><li><a>半金属刹车片 商用车用</a><span>¥48.00/套</span></li></ul><a class="inq">立即询价</a></div>
{ps(P[2:])}
 </div>
 <div class="disclaimer">免责声明：本文内容由中国制造网编辑整理，仅供参考，不代表本网站观点；如涉及侵权请联系删除。</div>
 <div class="related"><h3>相关资讯</h3><ul><li><a>中东汽配市场采购趋势分析</a><span>2026/11/20</span></li></ul></div>
</div>
<div class="footer">焦点科技股份有限公司 版权所有</div>
</body>
</html>
""",
    url="https://cn.made-in-china.com/info/article-2026112415201234.html",
    kind="portal",
    modelled_on="中国制造网 (cn.made-in-china.com, B2B marketplace) 行业资讯 article page (news-info row '发布于 YYYY/MM/DD 下午 H:MM' with a 12-hour clock, 来源 / 编辑 / 浏览 with a grouped count, '相关产品推荐' product box with prices and 询价 button inside the content, 免责声明, related list with slash dates)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="'发布于 2026/11/24 下午 3:20' is a 12-hour clock: 15:20 Beijing time. Source 中国制造网. Editor 林小溪. No author. The product-recommendation box sits inside the content between paragraphs and is noise, as are the 免责声明 and the related list.",
    classes=["ampm_chinese", "slash_date", "product_box_inside_body", "price_widget", "editor_in_info_row", "grouped_count", "b2b_portal", "disclaimer", "related_dates", "no_author"],
    title=T, published_date="2026-11-24", published_at="2026-11-24T15:20:00+08:00",
    author=None, editor="林小溪", source="中国制造网",
    paragraphs=P,
    body_noise=["相关产品推荐", "陶瓷刹车片 低噪音", "立即询价", "免责声明：本文内容由中国制造网编辑整理，仅供参考，不代表本网站观点；如涉及侵权请联系删除。",
                "中东汽配市场采购趋势分析"])

# ---------------------------------------------------------------------------------------------
# 20. 高工智能汽车 (gg-auto) date-only visible + JSON-LD time, in-body ad
T = "前装舱内感知上车提速：10月搭载率首次突破20%"
P = ["高工智能汽车研究院监测数据显示，今年10月中国市场（不含进出口）乘用车前装标配舱内感知系统的车型交付量达到43.2万辆，搭载率首次突破20%。",
     "从功能来看，驾驶员疲劳监测仍是主要应用，但乘员识别、儿童遗留检测等功能的搭载量增长更快。",
     "从供应商格局看，本土企业的市场份额合计超过六成，前三家供应商的份额分别为：",
     "业内人士预计，随着相关安全评价规程对儿童遗留检测提出加分要求，明年舱内感知的搭载率有望提升至30%以上。"]
L = ["第一名：24.6%", "第二名：18.1%", "第三名：11.9%"]
add("portal_ggauto", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(T)}-高工智能汽车</title>
{jsonld({"@context": "https://schema.org", "@type": "Article", "headline": T, "datePublished": "2026-11-26T09:30:00+08:00", "author": {"@type": "Organization", "name": "高工智能汽车研究院"}})}
</head>
<body>
<header class="site-header"><a class="logo" href="https://www.gg-auto.com/">高工智能汽车</a><nav><a>资讯</a><a>数据</a><a>活动</a><a>研究院</a></nav></header>
<main class="post-wrap">
 <article>
  <h1 class="entry-title">{esc(T)}</h1>
  <div class="entry-meta"><span class="date">2026年11月26日</span><span class="author">作者：高工智能汽车研究院</span><span class="src">来源：高工智能汽车</span></div>
  <div class="entry-content">
{ps(P[:2])}
<p class="ad"><a href="/event/2026nianhui">【活动】2026高工智能汽车年会12月上海举办，点击报名</a></p>
{ps(P[2:3])}
<ul>
{lis(L)}
</ul>
{ps(P[3:])}
<p>（本文为高工智能汽车原创，转载请注明出处）</p>
  </div>
  <div class="follow">扫码关注高工智能汽车公众号，获取更多行业数据</div>
 </article>
 <aside><h3>最新资讯</h3><ul><li><a>4D毫米波雷达10月搭载量环比增长12%</a><span>2026年11月25日</span></li></ul></aside>
</main>
<footer>© 2026 高工智能汽车 粤ICP备00000000号</footer>
</body>
</html>
""",
    url="https://www.gg-auto.com/2026/11/26/28711.html",
    kind="portal",
    modelled_on="高工智能汽车 (gg-auto.com, 高工产研 auto-intelligence media, WordPress) post page (entry-meta with a date-only Chinese-format day, 作者 = the research institute, 来源, in-text 【活动】 registration ad, bulleted ranking list, 原创 reprint note, follow-QR prompt, latest list with dates; Article JSON-LD with the time and an Organization author)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible day 2026年11月26日 with no time; JSON-LD datePublished 2026-11-26T09:30:00+08:00 completes it (same day). 作者 is the institute (高工智能汽车研究院), an organisation -> author null. Source 高工智能汽车 (来源 value). No editor. The in-text 【活动】 ad, the 原创 note and the follow prompt are noise; the list and its introducing sentence are body.",
    classes=["date_only_visible", "time_only_in_jsonld", "chinese_date_format", "organisation_not_author", "ad_inside_body", "list_in_body", "original_declaration", "follow_prompt", "qr_code", "related_dates", "no_author", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T09:30:00+08:00",
    author=None, editor=None, source="高工智能汽车",
    paragraphs=P[:3] + L + P[3:],
    body_noise=["【活动】2026高工智能汽车年会12月上海举办，点击报名", "（本文为高工智能汽车原创，转载请注明出处）",
                "扫码关注高工智能汽车公众号，获取更多行业数据", "4D毫米波雷达10月搭载量环比增长12%"])

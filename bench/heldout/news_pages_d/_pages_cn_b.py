"""Chinese pages, part B: legacy encodings (GBK, Big5), B2B parts portals, self-media, government."""
from _common import FETCH_CN, add, epoch, esc, lis, ps, rows_tsv, table

# ---------------------------------------------------------------------------------------------
# 东北网 (dbw.cn) article page, GBK: Xinhua story, reporters only in the dateline, (编辑：) at the end
# ---------------------------------------------------------------------------------------------
T = "哈尔滨一汽车零部件企业冰雪试验场迎来今冬首批测试车辆"
P = [
    "新华社哈尔滨11月24日电（记者 刘晓 王甫）随着气温降至零下20摄氏度，黑龙江黑河一处冰雪试验场近日迎来今冬首批测试车辆。来自国内外的十余家整车和零部件企业将在这里开展为期约三个月的寒区试验。",
    "试验场负责人介绍，今年冬季已签约的测试项目达86项，较去年同期增加近三成，其中制动、热管理和电池低温性能测试需求增长最快。",
    "“冰面上的制动距离、低温下电池的续航衰减，只有在真实的寒区环境里才能测得准。”一家制动系统企业的试验工程师说。",
    "近年来，黑龙江依托寒地资源发展汽车测试产业，已建成各类冰雪试验场20余处，每年带动当地住宿、餐饮、车辆维修等服务收入超过10亿元。",
]
N = [
    "(编辑：于洋)",
    "东北网 黑龙江 冰雪试验 汽车测试",
    "【字体：大 中 小】",
    "东北网版权所有，未经书面授权禁止使用",
    "黑河寒区试验季开启 测试订单同比增长",
]
add("portal_dbw_gbk", f"""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{esc(T)}_东北网黑龙江</title>
<meta name="publishdate" content="2026-11-25 08:21:07">
<meta name="keywords" content="冰雪试验场,汽车测试,黑河">
</head>
<body>
<table width="1000" align="center" class="top"><tr><td><a href="https://www.dbw.cn/">东北网</a> | <a href="https://heilongjiang.dbw.cn/">黑龙江</a> | <a href="https://finance.dbw.cn/">财经</a></td></tr></table>
<div class="w1000">
 <div class="weizhi">您现在的位置：<a href="https://www.dbw.cn/">东北网</a> &gt; <a href="https://heilongjiang.dbw.cn/">黑龙江</a> &gt; 经济</div>
 <div id="title"><h1>{esc(T)}</h1></div>
 <div class="info"><span id="pubtime">2026-11-25 08:21</span>　<span>来源：新华社</span>　<span>【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</span></div>
 <div id="zoom" class="content">
{ps(P)}
<div class="hide" style="display:none">东北网 黑龙江 冰雪试验 汽车测试</div>
<p align="right">(编辑：于洋)</p>
 </div>
 <div class="xgxw"><b>相关新闻</b><ul><li><a href="https://heilongjiang.dbw.cn/system/2025/12/02/059512345.shtml">黑河寒区试验季开启 测试订单同比增长</a> 2025-12-02</li></ul></div>
</div>
<div class="foot">东北网版权所有，未经书面授权禁止使用</div>
</body>
</html>
""",
    url="https://heilongjiang.dbw.cn/system/2026/11/25/059876543.shtml",
    kind="portal",
    modelled_on="dbw.cn (东北网, 黑龙江) article page on an old table-layout template, GBK (info row with time / 来源 / 【字体】, #zoom content carrying a Xinhua story, hidden keyword div and right-aligned (编辑：) line inside the content)",
    language="zh-CN", encoding="gbk", fetched_at=FETCH_CN,
    notes="Stored as GBK. Printed '2026-11-25 08:21'; the publishdate meta '2026-11-25 08:21:07' agrees and supplies the seconds. Source: 来源 新华社 (agency). The page has no 作者 field; the writers are the reporters in the dateline parentheses '（记者 刘晓 王甫）', which is part of the first sentence and stays in paragraph 1. Editor from the half-width-bracketed '(编辑：于洋)' at the end of the content. The display:none keyword div and the related item's 2025 date are not body / not the date.",
    classes=["gbk", "meta_seconds_agree", "agency_source", "author_in_dateline_parentheses", "dateline_in_first_paragraph", "hidden_keywords_in_body", "halfwidth_bracket_editor_at_end", "font_size_control", "related_dates", "copyright_notice"],
    title=T, published_date="2026-11-25", published_at="2026-11-25T08:21:07+08:00",
    author="刘晓 王甫", editor="于洋", source="新华社", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# 舜网 (e23.cn) news page: authors separated by ，, 本文来源 at the foot, 编辑 + 审核
# ---------------------------------------------------------------------------------------------
T = "济南章丘一重卡零部件企业智能工厂投产"
P = [
    "11月27日，位于章丘区的鲁岳重卡零部件有限公司智能工厂正式投产。工厂主要生产重卡驱动桥壳和减速器壳体，设计年产能为30万套。",
    "走进新工厂的机加工车间，28台加工中心由桁架机械手串联，工件从上料到检测全部自动完成。“同样的产量，过去需要120名工人，现在只要40人左右。”公司生产副总张立峰说。",
    "据介绍，该项目总投资5.2亿元，从签约到投产用时14个月。投产后，企业配套的重卡品牌将从3个增加到5个。",
    "近年来，章丘区围绕重卡整车配套需求，先后引进零部件项目27个，初步形成了桥壳、齿轮、铸件等相互配套的产业链条。",
]
N = [
    "本文来源：济南日报",
    "编辑：崔琪",
    "审核：于涛",
    "下载爱济南客户端，看更多济南新闻",
    "【纠错】",
    "舜网推荐",
    "章丘重卡零部件产业链加速成形",
]
add("portal_e23", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(T)} - 舜网新闻</title>
<meta name="keywords" content="章丘,重卡,智能工厂">
</head>
<body>
<div class="e23-head"><a href="https://www.e23.cn/">舜网</a> <a href="https://news.e23.cn/">新闻</a> <a href="https://news.e23.cn/jnnews/">济南</a></div>
<div class="e23-body">
 <div class="post_title"><h1>{esc(T)}</h1></div>
 <div class="post_info">
  <span class="pt">2026-11-28 06:52</span>
  <span class="au">作者：张晨，李蔚</span>
  <span class="pv">浏览量：<em id="hits">--</em></span>
  <a class="jc" href="javascript:;">【纠错】</a>
 </div>
 <div class="post_text" id="post_text">
{ps(P)}
<p class="laiyuan">本文来源：济南日报</p>
<p class="bj">编辑：崔琪　审核：于涛</p>
 </div>
 <div class="appdown">下载爱济南客户端，看更多济南新闻</div>
 <div class="tuijian"><h3>舜网推荐</h3><ul><li><a href="https://news.e23.cn/jnnews/2026-11-20/2026B2000412.html">章丘重卡零部件产业链加速成形</a><span>2026-11-20 07:15</span></li></ul></div>
</div>
<script>$.get("/hits.php?id=2026B2800123",function(d){{$("#hits").text(d)}});</script>
</body>
</html>
""",
    url="https://news.e23.cn/jnnews/2026-11-28/2026B2800123.html",
    kind="portal",
    modelled_on="e23.cn (舜网, 济南日报报业集团) news page (post_info row with time / 作者 / 浏览量 / 纠错, '本文来源：' and '编辑 + 审核' lines at the foot of the post text)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed '2026-11-28 06:52', no seconds anywhere (:00). Author field '作者：张晨，李蔚': two writers separated by a full-width comma. Source: '本文来源：济南日报' at the foot of the post text (the only source label). Foot line '编辑：崔琪　审核：于涛': editor 崔琪; 审核 is not the editor. The hit counter is filled by script ('--' placeholder).",
    classes=["fullwidth_comma_authors", "two_authors", "source_benwenlaiyuan_label_at_foot", "editor_and_reviewer", "credits_inside_content_block", "ui_words_near_credits", "error_report_link", "js_hit_counter", "app_prompt", "related_dates"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T06:52:00+08:00",
    author="张晨 李蔚", editor="崔琪", source="济南日报", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# 慧聪汽配网 (auto.hc360.com) info page, GBK: 出处 label, authors separated by half-width ';', price table
# ---------------------------------------------------------------------------------------------
T = "冬季轮胎备货期到来 部分规格经销价小幅上调"
ROWS = [["规格", "10月均价", "11月均价", "涨幅"],
        ["205/55R16", "398", "415", "4.3%"],
        ["215/60R17", "472", "489", "3.6%"],
        ["225/45R18", "566", "592", "4.6%"],
        ["235/55R19", "688", "716", "4.1%"]]
PA = [
    "【慧聪汽配网】进入11月下旬，北方地区冬季轮胎进入集中备货期。记者走访多家轮胎经销商了解到，部分冬季轮胎规格的经销价较上月上调了3%至5%。",
    "以下为部分常见规格冬季轮胎近期经销价格（单位：元/条）：",
]
PB = [
    "多位经销商表示，此次调价主要受天然橡胶和炭黑价格上涨影响。另外，今年东北、华北地区入冬较早，终端需求提前释放，也推高了部分热门规格的价格。",
    "沈阳一家轮胎经销门店负责人说，目前205/55R16、215/60R17等主流规格库存偏紧，部分品牌需要提前一周预订。",
    "业内人士预计，12月中旬以后冬季轮胎需求将逐步回落，价格有望趋于平稳。",
]
N = [
    "责任编辑：孙立",
    "免责声明：本文仅代表作者本人观点，与慧聪网无关。其原创性以及文中陈述文字和内容未经本站证实，对本文以及其中全部或者部分内容、文字的真实性、完整性、及时性本站不作任何保证或承诺，请读者仅作参考，并请自行核实相关内容。",
    "评论：0",
    "我要评论",
    "天然橡胶价格连续三周上涨",
]
add("portal_hc360_gbk", f"""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(T)}-慧聪汽配网</title>
<meta name="keywords" content="冬季轮胎,经销价,轮胎" />
</head>
<body>
<div class="topNav"><a href="https://www.hc360.com/">慧聪网</a> | <a href="https://auto.hc360.com/">汽配</a> | <a href="https://info.auto.hc360.com/">资讯</a> | <a href="https://b2b.hc360.com/">买卖通</a></div>
<div class="wrap">
 <div class="place">当前位置：<a href="https://auto.hc360.com/">慧聪汽配网</a> &gt; <a href="https://info.auto.hc360.com/list/ltzx.shtml">轮胎资讯</a> &gt; 正文</div>
 <div class="titleBox">
  <h1>{esc(T)}</h1>
  <div class="info">
   <span class="time">2026-11-26 10:15:09</span>　<span class="chuchu">出处：慧聪汽配网</span>　<span class="zuozhe">作者：赵岩; 钱晓</span>　<span class="pl">评论：<em>0</em></span>
  </div>
 </div>
 <div id="artical" class="artical">
{ps(PA)}
{table(ROWS, ' width="90%" border="1" cellpadding="4" align="center"')}
{ps(PB)}
<p align="right">责任编辑：孙立</p>
 </div>
 <div class="mianze">免责声明：本文仅代表作者本人观点，与慧聪网无关。其原创性以及文中陈述文字和内容未经本站证实，对本文以及其中全部或者部分内容、文字的真实性、完整性、及时性本站不作任何保证或承诺，请读者仅作参考，并请自行核实相关内容。</div>
 <div class="comment"><a href="javascript:;">我要评论</a></div>
 <div class="about"><h3>相关资讯</h3><ul><li><a href="https://info.auto.hc360.com/2026/11/191002345678.shtml">天然橡胶价格连续三周上涨</a> 2026-11-19</li></ul></div>
</div>
<div class="footer">慧聪网 版权所有</div>
</body>
</html>
""",
    url="https://info.auto.hc360.com/2026/11/261015123456.shtml",
    kind="portal",
    modelled_on="info.auto.hc360.com (慧聪汽配网, 慧聪网 B2B industry channel) article page, GBK (titleBox info row with time / 出处 / 作者 / 评论, price table in the artical div, long 免责声明 box)",
    language="zh-CN", encoding="gbk", fetched_at=FETCH_CN,
    notes="Stored as GBK. Time printed to the second '2026-11-26 10:15:09'. Source: the 出处 value 慧聪汽配网 (the site itself, stated as the 出处). Author '作者：赵岩; 钱晓': two writers separated by a half-width semicolon. Editor: 责任编辑 孙立 (right-aligned at the end of the content). The '【慧聪汽配网】' opener is part of paragraph 1. The price table and its introducing sentence are body (rows as TAB-joined cells, header included). The disclaimer and comment widgets are not body.",
    classes=["gbk", "seconds_printed", "source_chuchu_label", "semicolon_separated_authors", "table_in_body", "dateline_in_first_paragraph", "editor_line_in_body", "disclaimer", "comment_count", "related_dates"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T10:15:09+08:00",
    author="赵岩 钱晓", editor="孙立", source="慧聪汽配网", paragraphs=PA + rows_tsv(ROWS) + PB, body_noise=N)

# ---------------------------------------------------------------------------------------------
# 中国汽配人网 (qipeiren.com) news detail: relative '3天前' with the real time in title, 转自 label
# ---------------------------------------------------------------------------------------------
T = "售后市场连锁门店加速下沉 县域汽配渠道迎来整合"
P = [
    "今年以来，多家汽车后市场连锁品牌把开店重点放到了县城和乡镇。某连锁品牌公开信息显示，其前三季度新增门店中，县域门店占比超过六成。",
    "渠道下沉带来的直接变化，是县域汽配流通格局的重新洗牌。河南一位从事汽配批发二十多年的经销商说，过去县城修理厂主要从本地批发商拿货，现在越来越多门店直接通过连锁品牌的供应链平台下单。",
    "连锁品牌进入县域市场的优势主要体现在三个方面：",
    "一是配件品类更全，常用件基本可以做到当日或次日送达；",
    "二是价格透明，线上下单可以比价；",
    "三是提供技术培训和标准化施工流程，帮助门店提升服务能力。",
    "不过，也有业内人士指出，县域市场车辆分散、客单价偏低，连锁门店的盈利周期普遍较长，单纯依靠开店数量扩张难以持续。",
    "对于传统县域批发商而言，转型方向主要有两种：一是成为连锁品牌的区域服务商，二是聚焦某一细分品类做深做专。",
]
N = [
    "文/孟涛",
    "本文为转载内容，仅供读者参考，版权归原作者所有，如有侵权请联系删除。",
    "下载汽配人APP，随时随地找配件",
    "浏览：235次",
    "3天前",
    "修理厂采购线上化率首次过半",
]
add("portal_qipeiren", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(T)}_行业资讯_中国汽配人网</title>
<meta name="keywords" content="汽配连锁,县域市场,汽配渠道">
</head>
<body>
<div class="qpr-header"><a class="logo" href="https://www.qipeiren.com/">中国汽配人网</a>
 <ul><li><a href="/">首页</a></li><li><a href="/Supply/">供应</a></li><li><a href="/Buy/">求购</a></li><li><a href="/News/">资讯</a></li><li><a href="/Company/">企业库</a></li></ul></div>
<div class="qpr-wrap">
 <div class="qpr-left">
  <div class="news-detail">
   <h1>{esc(T)}</h1>
   <div class="news-info">发布时间：<span class="time" title="2026-11-26 09:12:40">3天前</span>　转自：零部件观察　浏览：<span id="hits">235</span>次</div>
   <div class="news-body">
<p>文/孟涛</p>
{ps(P[:3])}
<ul class="list">
{lis(P[3:6])}
</ul>
{ps(P[6:])}
<p class="zz-tip">本文为转载内容，仅供读者参考，版权归原作者所有，如有侵权请联系删除。</p>
   </div>
  </div>
  <div class="news-more"><h3>相关资讯</h3><ul><li><a href="/News/detail/2026111908.htm">修理厂采购线上化率首次过半</a><span>2026-11-19</span></li></ul></div>
 </div>
 <div class="qpr-right"><div class="app-box"><img src="/images/app.png" alt=""><p>下载汽配人APP，随时随地找配件</p></div></div>
</div>
<div class="qpr-footer">中国汽配人网 版权所有</div>
</body>
</html>
""",
    url="https://www.qipeiren.com/News/detail/2026112612.htm",
    kind="portal",
    modelled_on="qipeiren.com (中国汽配人网, B2B parts marketplace) news detail page (news-info line with a relative 发布时间 whose title attribute holds the full time, 转自 label, 浏览 count; '文/' credit line opening the body, reprint notice)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible time is relative: '3天前'; the span's title attribute '2026-11-26 09:12:40' gives the real time (3 days 23 h 48 min before fetched_at 2026-11-30 09:00, consistent with '3天前'). Source: the 转自 value 零部件观察. Author from the body's opening credit line '文/孟涛' (not body). The three 一是 / 二是 / 三是 list items are body, one paragraph each. Reprint notice, app prompt and hit count are not body. No editor named.",
    classes=["relative_days", "title_attribute_time", "source_zhuanzi_label", "credit_line_in_body", "slash_author_label", "list_in_body", "reprint_notice_in_body", "read_count", "app_prompt", "related_dates", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T09:12:40+08:00",
    author="孟涛", editor=None, source="零部件观察", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# 台灣新生報 (tssdnews.com.tw) news page, Big5: ROC (民國) dates, 上午/下午 clock, header shows today
# ---------------------------------------------------------------------------------------------
T = "中部車燈廠擴建智慧產線 明年產能增三成"
P = [
    "國內車燈大廠宏耀光電二十七日宣布，位於台中工業區的新廠房將導入智慧化產線，預計一一六年第二季完工投產，屆時LED車燈模組年產能可望增加三成。",
    "宏耀光電總經理陳建宏表示，近年歐美售後市場對LED車燈需求持續成長，加上電動車廠對造型燈具的客製化需求增加，現有產線已接近滿載。",
    "新產線總投資約新台幣十二億元，將導入自動光學檢測與機械手臂組裝，單線人力可減少約四成。公司預估，今年營收可望較去年成長百分之十五。",
    "台中市經濟發展局指出，中部地區車燈與車用零組件產業聚落完整，市府將持續協助業者進行數位轉型與人才培育。",
]
N = [
    "【記者林佳蓉／台中報導】",
    "中華民國115年11月30日 星期一",
    "宏耀光電台中新廠區示意圖。（記者林佳蓉／攝）",
    "新生報版權所有，未經同意不得轉載",
    "車用零組件出口 十月年增一成",
]
add("portal_tw_tssdnews_big5", f"""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{esc(T)} - 台灣新生報</title>
<meta name="keywords" content="車燈,宏耀光電,台中">
</head>
<body>
<table width="980" align="center" class="head"><tr>
 <td><a href="https://www.tssdnews.com.tw/"><img src="/images/logo.gif" alt="台灣新生報"></a></td>
 <td class="today">中華民國115年11月30日 星期一</td>
</tr></table>
<div class="menu"><a href="index.php?FID=10">地方新聞</a> | <a href="index.php?FID=11">財經產業</a> | <a href="index.php?FID=12">生活</a></div>
<div class="news_main">
 <div class="news_title">{esc(T)}</div>
 <div class="news_date">發布時間：<span class="d">115/11/27</span> <span class="ap">下午</span> <span class="t">02:32</span>　｜　來源：台灣新生報</div>
 <div class="news_content">
<p>【記者林佳蓉／台中報導】</p>
<p>{esc(P[0])}</p>
<p align="center"><img src="/upload/2026/11/27/hy_plant.jpg" alt=""><br><span class="pic_txt">宏耀光電台中新廠區示意圖。（記者林佳蓉／攝）</span></p>
{ps(P[1:])}
 </div>
 <div class="news_relate"><b>相關新聞</b><ul><li><a href="index.php?FID=11&amp;CID=588120">車用零組件出口 十月年增一成</a>（115/11/20）</li></ul></div>
</div>
<div class="foot">新生報版權所有，未經同意不得轉載</div>
</body>
</html>
""",
    url="https://www.tssdnews.com.tw/index.php?FID=11&CID=589012",
    kind="portal",
    modelled_on="tssdnews.com.tw (台灣新生報) news page on an old Big5 table-layout template (header cell showing today's ROC date, news_date line '發布時間：115/11/27 下午 02:32' with 來源, 【記者X／地點報導】 opener, 攝 caption)",
    language="zh-TW", encoding="big5", fetched_at=FETCH_CN,
    notes="Stored as Big5. The header cell '中華民國115年11月30日 星期一' is the day the page was served (today), not the publication date. The news_date line prints ROC year 115 (= 2026): '115/11/27 下午 02:32', a 12-hour clock with 下午 (p.m.) in a separate span: 2026-11-27 14:32, no seconds anywhere. Source: 來源 台灣新生報. Author from the opener '【記者林佳蓉／台中報導】' (credit line, not body); the same reporter's 攝 caption is not body. ROC years in the body (一一六年) are content. No editor named.",
    classes=["big5", "traditional_chinese", "roc_year_date", "ampm_chinese", "date_split_elements", "today_date_in_header", "credit_line_in_body", "photographer_credit", "image_caption", "related_dates", "copyright_notice", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T14:32:00+08:00",
    author="林佳蓉", editor=None, source="台灣新生報", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# 途虎养车 community article share page (self-media): year-less '11月26日 20:14', epoch page data
# ---------------------------------------------------------------------------------------------
T = "冬天车子打不着火？老技师教你5步排查电瓶问题"
P = [
    "最近降温，店里一早上接了好几个“车打不着火”的救援电话，十个里面有七八个是电瓶的问题。今天就把我们平时排查电瓶的步骤整理一下，车主朋友自己也能先判断个大概。",
    "第一步，看仪表。启动时仪表灯明显变暗或闪烁，多半是电瓶电量不足。",
    "第二步，听声音。只听到“哒哒”声、起动机转不动，也指向电量不足或接线松动。",
    "第三步，查电眼。很多免维护电瓶上有观察孔，绿色正常，黑色需要充电，白色一般建议更换。",
    "第四步，看桩头。桩头有白色或绿色的氧化物，会导致接触不良，可以用热水冲洗后擦干。",
    "第五步，测电压。有万用表的话，熄火状态下电压低于12.2伏就说明亏电比较严重了。",
    "如果电瓶已经用了三年以上，冬天又经常短途开车，建议提前到店做一次检测。一般来说，电瓶检测几分钟就能完成。",
    "最后提醒一句：搭电的时候先接正极再接负极，拆的时候顺序反过来，千万别接反。",
]
PUB = "2026-11-26T20:14:37+08:00"
UPD = "2026-11-28T11:02:15+08:00"
N = [
    "11月26日 20:14",
    "IP属地：上海",
    "#冬季养车# #电瓶保养#",
    "以上内容仅供参考，具体车况请以门店技师检测结果为准",
    "打开途虎养车APP，查看更多养车干货",
    "认证技师",
    "我家车电瓶才用两年就亏电了，是不是质量问题？",
    "阅读 1.2万",
]
add("selfmedia_tuhu", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>{esc(T)} - 途虎养车</title>
</head>
<body>
<div id="__nuxt"><div class="page-article">
 <div class="open-app-bar"><span>打开途虎养车APP，查看更多养车干货</span><a class="btn" href="javascript:;">打开</a></div>
 <div class="article-header">
  <div class="user-row"><img class="avatar" src="https://img.tuhu.cn/community/avatar/u/8812.jpg" alt=""><div class="user-info"><span class="nick">老周修车笔记</span><span class="badge">认证技师</span></div><button class="follow">+关注</button></div>
  <h1 class="article-title">{esc(T)}</h1>
  <div class="article-meta"><span class="time">11月26日 20:14</span><span class="ip">IP属地：上海</span><span class="read">阅读 1.2万</span></div>
 </div>
 <div class="article-body">
<p>{esc(P[0])}</p>
<ol class="steps">
{lis(P[1:6])}
</ol>
{ps(P[6:])}
<p class="topics"><a>#冬季养车#</a> <a>#电瓶保养#</a></p>
 </div>
 <div class="article-tip">以上内容仅供参考，具体车况请以门店技师检测结果为准</div>
 <div class="comments"><div class="c-title">评论 36</div>
  <div class="c-item"><span class="c-nick">阿杰的小白</span><p class="c-text">我家车电瓶才用两年就亏电了，是不是质量问题？</p><span class="c-time">11-27 08:03</span></div>
  <div class="c-item"><span class="c-nick">老周修车笔记</span><p class="c-text">短途多、停放久也会这样，先充满电再测一下。</p><span class="c-time">11-27 09:15</span></div>
 </div>
</div></div>
<script>window.__NUXT__={{"data":[{{"article":{{"articleId":8812345,"title":"{T}","authorName":"老周修车笔记","publishTime":{epoch(PUB)},"updateTime":{epoch(UPD)},"readCount":12034,"ipLocation":"上海"}}}}]}};</script>
</body>
</html>
""",
    url="https://m.tuhu.cn/community/article/8812345.html",
    kind="self_media",
    modelled_on="途虎养车 community (技师号) article share page (Nuxt render: open-app bar, user row with nickname + 认证技师 badge + 关注, year-less 'M月D日 HH:MM' time with IP属地 and reads, ordered steps, #话题# tags, comments, window.__NUXT__ with epoch seconds)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed time '11月26日 20:14' has no year; window.__NUXT__ publishTime (epoch seconds) = 2026-11-26 20:14:37 +08:00 agrees and supplies year and seconds; the later updateTime (2026-11-28) never wins. Author: the technician account's nickname 老周修车笔记 (the 认证技师 badge is not part of it). A self-media account with no 来源: source null (as selfmedia_xiaohongshu / bilibili in news_pages_c). The five 第N步 steps in the <ol> are body. Hashtags, the platform tip, the open-app bar, IP location, reads and comments are not body.",
    classes=["no_year_date", "chinese_month_day_format", "epoch_seconds_page_data", "update_time_in_page_data", "nickname_author", "author_badge", "list_in_body", "hashtags_in_body", "platform_disclaimer", "app_prompt", "ip_location_label", "read_count", "comment_dates", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at=PUB,
    author="老周修车笔记", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# 十堰市人民政府 (shiyan.gov.cn) 十堰要闻 page: date only, 信息来源 + 作者 with roles, 责任编辑 + 审核
# ---------------------------------------------------------------------------------------------
T = "十堰经开区新能源商用车零部件产业园一期项目竣工"
P = [
    "11月23日，十堰经济技术开发区新能源商用车零部件产业园一期项目竣工，首批8家零部件企业将陆续入驻投产。",
    "该产业园规划总用地约1200亩，一期建设标准化厂房18.6万平方米，重点引进电驱桥、电池箱体、热管理系统等新能源商用车关键零部件企业。",
    "经开区相关负责人介绍，产业园实行“拎包入住”模式，企业可根据需要定制厂房层高和荷载，从签约到投产最快只需半年。",
    "首批入驻企业中，湖北恒拓电驱科技有限公司计划明年一季度投产电驱桥总成产线，达产后年产值预计超过8亿元。",
    "今年以来，经开区新签约汽车零部件项目34个，协议投资额156亿元。",
]
N = [
    "责任编辑：汪丽",
    "审核：陈刚",
    "【打印本页】",
    "【关闭窗口】",
    "扫一扫在手机打开当前页",
    "【字体：大 中 小】",
    "主办：十堰市人民政府办公室",
]
add("gov_shiyan", f"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(T)}-十堰市人民政府</title>
<meta name="SiteName" content="十堰市人民政府">
<meta name="ColumnName" content="十堰要闻">
<meta name="ArticleTitle" content="{esc(T)}">
<meta name="PubDate" content="2026-11-24">
<meta name="ContentSource" content="十堰日报">
</head>
<body>
<div class="header"><img src="/images/banner.jpg" alt="十堰市人民政府"></div>
<div class="nav"><a href="/">首页</a> <a href="/xxgk/">信息公开</a> <a href="/xwzx/">新闻中心</a> <a href="/bsfw/">办事服务</a> <a href="/hdjl/">互动交流</a></div>
<div class="main">
 <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/syyw/">十堰要闻</a></div>
 <div class="article">
  <h1 class="art-title">{esc(T)}</h1>
  <div class="art-info">
   <span>发布时间：2026-11-24</span>　<span>信息来源：十堰日报</span>　<span>作者：记者 肖雯 通讯员 冯杰</span>　<span>【字体：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</span>　<span>浏览次数：<span id="hits"><script>document.write(getHits("4812345"))</script></span></span>
  </div>
  <div class="art-content" id="zoom">
{ps(P)}
  </div>
  <div class="art-editor">责任编辑：汪丽　审核：陈刚</div>
  <div class="art-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a> <span class="qr"><img src="/images/qr.png" alt="">扫一扫在手机打开当前页</span></div>
 </div>
</div>
<div class="footer">主办：十堰市人民政府办公室　网站标识码：4203000001</div>
</body>
</html>
""",
    url="http://www.shiyan.gov.cn/xwzx/syyw/202611/t20261124_4812345.shtml",
    kind="gov",
    modelled_on="shiyan.gov.cn (十堰市人民政府, a prefecture-level city government site) 十堰要闻 page (art-info row with 发布时间 date only / 信息来源 / 作者 / 【字体】 / JS 浏览次数, 责任编辑 + 审核 line, print / close links, TRS-style meta with a date-only PubDate)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Only a date is stated anywhere ('发布时间：2026-11-24', PubDate meta '2026-11-24'): published_at null. Source: 信息来源 十堰日报 (also ContentSource). Author '记者 肖雯 通讯员 冯杰': reporter and correspondent, both credited writers. Line '责任编辑：汪丽　审核：陈刚': editor 汪丽, the reviewer is not. '11月23日' in the body is the event date.",
    classes=["date_only_no_time", "date_only_meta", "info_source_label", "correspondent_role", "editor_and_reviewer", "font_size_control", "js_hit_counter", "print_close_links", "qr_prompt", "body_event_date"],
    title=T, published_date="2026-11-24", published_at=None,
    author="肖雯 冯杰", editor="汪丽", source="十堰日报", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------------------------------------
# 广东省商务厅 (com.gd.gov.cn) 工作动态 page: '时间 : ' with seconds, department 来源, 审核 only
# ---------------------------------------------------------------------------------------------
T = "省商务厅召开汽车零部件出口企业座谈会"
P = [
    "11月19日，省商务厅在广州召开全省汽车零部件出口企业座谈会，听取企业对当前外贸形势的意见和建议。来自广州、深圳、佛山、肇庆等地的15家汽车零部件出口企业参加座谈。",
    "会上，企业代表围绕海外市场拓展、贸易合规、物流成本等方面反映了情况。与会企业普遍反映，今年以来新能源汽车零部件出口订单保持较快增长，但部分市场的认证和合规要求明显提高。",
    "会议要求，各地商务部门要做好以下工作：",
    "（一）加强政策宣传解读，帮助企业用足用好出口信用保险、外贸发展专项资金等政策；",
    "（二）组织企业参加境内外重点展会，支持企业在重点市场设立海外仓和售后服务网点；",
    "（三）建立重点企业联系制度，及时协调解决企业在通关、物流、融资等方面遇到的困难。",
    "据统计，今年前10个月，全省汽车零部件出口额同比增长17.8%。",
]
N = [
    "审核：李晓明",
    "附件：2026年全省汽车零部件重点出口企业名单.xlsx",
    "【打印】",
    "【关闭】",
    "分享：",
    "网站标识码：4400000098",
]
add("gov_gd_commerce", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(T)} 广东省商务厅</title>
<meta name="ArticleTitle" content="{esc(T)}">
<meta name="PubDate" content="2026-11-20 16:35:08">
<meta name="ContentSource" content="对外贸易处">
</head>
<body>
<div class="gd-head"><a href="https://com.gd.gov.cn/"><img src="/img/logo.png" alt="广东省商务厅"></a></div>
<div class="gd-nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwgk/gzdt/">工作动态</a> <a href="/bsfw/">政务服务</a></div>
<div class="gd-main">
 <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/gzdt/">工作动态</a></div>
 <div class="article">
  <h3 class="article-title">{esc(T)}</h3>
  <div class="article-meta">
   <span class="time">时间 : 2026-11-20 16:35:08</span>
   <span class="src">来源 : 对外贸易处</span>
   <span class="share">分享：<a class="wx"></a><a class="wb"></a></span>
  </div>
  <div class="article-content">
{ps(P)}
<p class="fj">附件：<a href="/attachment/0/512/512345/4567890.xlsx">2026年全省汽车零部件重点出口企业名单.xlsx</a></p>
  </div>
  <div class="article-check">审核：李晓明</div>
  <div class="article-btn"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
 </div>
</div>
<div class="gd-foot">主办单位：广东省商务厅　网站标识码：4400000098</div>
</body>
</html>
""",
    url="https://com.gd.gov.cn/zwgk/gzdt/content/post_4567890.html",
    kind="gov",
    modelled_on="com.gd.gov.cn (广东省商务厅) 工作动态 content page (h3 title, article-meta with '时间 : ' to the second / '来源 : ' department / 分享, numbered （一）（二）（三） items, 附件 link, a lone 审核 line, PubDate / ContentSource meta)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Time printed to the second '时间 : 2026-11-20 16:35:08' (PubDate meta agrees). Source: the '来源 : ' value, the department 对外贸易处. No author. The only credit under the content is '审核：李晓明' (reviewer): not an editor, so editor null. The lead-in sentence and the three numbered （一）–（三） items are body; the 附件 line is not. '11月19日' in the body is the meeting date, not the publication.",
    classes=["seconds_printed", "spaced_colon_labels", "department_source", "h3_headline", "numbered_items_in_body", "reviewer_only_no_editor", "attachment_link", "share_bar", "print_close_links", "body_event_date", "no_author", "no_editor"],
    title=T, published_date="2026-11-20", published_at="2026-11-20T16:35:08+08:00",
    author=None, editor=None, source="对外贸易处", paragraphs=P, body_noise=N)

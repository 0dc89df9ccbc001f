"""Chinese portal pages, part B: eastday (东方网), xinmin (新民网), ynet (北青网, GBK), jwview (中新经纬), 12365auto (车质网)."""
from _common import FETCH_CN, add, esc, ps, rows_tsv, table

# ---------------------------------------------------------------- 东方网
P = [
    "东方网记者陆晨11月21日报道：今天上午，嘉定区汽车零部件产业链协同创新中心正式揭牌。首批入驻的14家企业涵盖线控底盘、车规级传感器、热管理和轻量化材料等领域。",
    "协同创新中心将为入驻企业提供共享测试台架、样件快速试制和车规认证辅导等服务。中心负责人介绍，一套线控制动系统的台架测试，过去企业需要排队到外地检测机构完成，周期约两个月，在中心内可缩短至三周左右。",
    "嘉定是上海汽车产业的重要承载区。数据显示，今年前三季度，嘉定区汽车零部件规模以上工业产值约为1650亿元，同比增长5.8%。",
    "揭牌仪式上，6家整车和一级供应商企业与入驻企业签署了联合开发协议，涉及线控转向、域控制器散热等12个项目。",
]
N = [
    "东方网 汽车 零部件 协同创新 嘉定 线控底盘",
    "扫码关注东方网公众号",
    "【纠错】",
    "选稿：吴佳",
    "嘉定汽车零部件企业上半年产值增长",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>嘉定汽车零部件产业链协同创新中心揭牌 首批入驻14家企业-新闻频道-东方网</title>
<meta name="keywords" content="嘉定,汽车零部件,协同创新中心">
</head>
<body>
<div class="top_nav"><a href="https://www.eastday.com/">东方网首页</a> | <a href="https://news.eastday.com/">新闻</a> | <a href="https://auto.eastday.com/">汽车</a> | <a href="https://sh.eastday.com/">上海</a></div>
<div class="main">
 <div class="detail_left_cnt">
  <div class="position">您的位置：<a href="https://news.eastday.com/">新闻频道</a> &gt; <a href="/shanghai/">上海新闻</a></div>
  <h1 id="biaoti">嘉定汽车零部件产业链协同创新中心揭牌 首批入驻14家企业</h1>
  <div class="time grey12a fc lh22">
   <p class="fl">2026-11-21 11:06:18　来源：东方网　作者：陆晨　选稿：吴佳</p>
   <p class="fr">字号：<a href="javascript:;">A+</a> <a href="javascript:;">A-</a>　<a href="javascript:window.print();">打印</a>　<a href="javascript:;">分享</a></p>
  </div>
  <div id="zw">
{ps(P[:2])}
<div style="display:none">东方网 汽车 零部件 协同创新 嘉定 线控底盘</div>
{ps(P[2:])}
  </div>
  <div class="jiucuo"><a href="/jc/">【纠错】</a>　责任编辑：蔡旻</div>
  <div class="xgxw"><h3>相关新闻</h3><ul>
   <li><a href="/eastday/13news/auto/u7ai9912345.html">嘉定汽车零部件企业上半年产值增长</a> <span>2026-07-22</span></li>
   <li><a href="/eastday/13news/auto/u7ai9908761.html">上海发布智能网联汽车零部件产业支持政策</a> <span>2026-06-30</span></li>
  </ul></div>
 </div>
 <div class="detail_right"><div class="gzh"><img src="/img/gzh.png" alt=""><p>扫码关注东方网公众号</p></div></div>
</div>
<div class="footer">东方网版权所有 沪ICP证：沪B2-20050245</div>
</body>
</html>
"""
add("portal_eastday", H,
    url="https://news.eastday.com/eastday/13news/auto/20261121/u7ai9934521.html", kind="portal",
    modelled_on="news.eastday.com (东方网) channel article page (grey12a date line with 来源 / 作者 / 选稿 separated by ideographic spaces, #zw content, 【纠错】 + 责任编辑 line)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Date line '2026-11-21 11:06:18　来源：东方网　作者：陆晨　选稿：吴佳' prints seconds. Author 陆晨 (作者, also in the dateline '东方网记者陆晨11月21日报道：', "
          "which is part of the first sentence and stays in paragraph 1). 选稿 (story selector) is not the editor; the editor is the 责任编辑 after 【纠错】, 蔡旻. "
          "A display:none keyword div inside #zw is not body. Source: 来源 东方网.",
    classes=["seconds_printed", "date_source_author_one_line", "ideographic_space_separators", "selector_not_editor",
             "dateline_in_first_paragraph", "hidden_keywords_in_body", "font_size_control", "print_links", "related_list", "follow_prompt"],
    title="嘉定汽车零部件产业链协同创新中心揭牌 首批入驻14家企业",
    published_date="2026-11-21", published_at="2026-11-21T11:06:18+08:00",
    author="陆晨", editor="蔡旻", source="东方网", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 新民网 (新民晚报)
P = [
    "新民晚报讯（首席记者 叶澄）记者今天从临港新片区获悉，一家专注车规级碳化硅功率模块封装的企业已完成首条量产线建设，预计明年一季度向两家整车企业批量供货。",
    "碳化硅功率模块是新能源汽车电驱系统的核心部件之一，能提高电能转换效率、延长续航里程。企业负责人介绍，新产线采用银烧结和铜线键合工艺，模块的耐温能力和寿命较传统工艺明显提升，年产能约为30万只。",
    "过去两年，临港新片区围绕功率半导体引进了材料、芯片、封装测试等环节的十余个项目。临港新片区管委会相关负责人表示，将继续支持车规级芯片企业开展认证和应用验证，缩短国产器件“上车”的周期。",
    "不过，业内人士也提醒，车规级功率模块从送样到批量供货通常需要18至24个月，企业还需经受可靠性和一致性的长期考验。",
]
N = [
    "原标题：临港一碳化硅模块封装线建成 明年一季度批量供货",
    "更新时间：2026-11-20 16:40",
    "下载新民晚报APP",
    "编辑：沈超",
    "字号",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>车规级碳化硅模块封装线在临港建成-新民网</title>
<meta name="publishdate" content="2026-11-20 15:08:33">
<meta name="author" content="叶澄">
</head>
<body>
<div class="xm_top"><a href="https://www.xinmin.cn/">新民网</a><ul><li><a href="/shanghai/">上海</a></li><li><a href="/caijing/">财经</a></li><li><a href="/qiche/">汽车</a></li></ul></div>
<div class="a_main">
 <div class="a_title"><h1>车规级碳化硅模块封装线在临港建成</h1></div>
 <div class="info">
  <span class="update">更新时间：2026-11-20 16:40</span>
  <span class="pub">发布时间：2026-11-20 15:08</span>
  <span class="src">来源：新民晚报</span>
  <span class="au">作者：首席记者 叶澄</span>
  <span class="tools"><a href="javascript:;">字号</a> <a href="javascript:window.print();">打印</a></span>
 </div>
 <div class="a_content">
<p>原标题：临港一碳化硅模块封装线建成 明年一季度批量供货</p>
{ps(P)}
<p class="a_editor">编辑：沈超</p>
 </div>
 <div class="a_app">下载新民晚报APP</div>
 <div class="a_rel"><h3>相关新闻</h3><ul><li><a href="/2026/11/12/32770211.html">临港功率半导体产业链再添新项目</a> 2026-11-12</li></ul></div>
</div>
<div class="footer">新民网版权所有</div>
</body>
</html>
"""
add("portal_xinmin", H,
    url="https://news.xinmin.cn/2026/11/20/32781234.html", kind="portal",
    modelled_on="xinmin.cn (新民网 / 新民晚报) article page (info row printing 更新时间 before 发布时间, 来源 / 作者 with title prefix, 原标题 line opening the body)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="The info row prints '更新时间：2026-11-20 16:40' before '发布时间：2026-11-20 15:08'; the publication time wins. "
          "meta publishdate '2026-11-20 15:08:33' agrees with the printed publication minute and supplies the seconds. "
          "作者 '首席记者 叶澄' → 叶澄 (title dropped; also in the dateline parentheses). Source: 来源 新民晚报. "
          "The 原标题 line and the '编辑：沈超' line inside the content block are not body; 沈超 is the editor.",
    classes=["update_printed_first", "meta_seconds_agree", "author_title_prefix", "original_title_line_in_body",
             "author_in_dateline_parentheses", "editor_line_in_body", "font_size_control", "app_prompt"],
    title="车规级碳化硅模块封装线在临港建成",
    published_date="2026-11-20", published_at="2026-11-20T15:08:33+08:00",
    author="叶澄", editor="沈超", source="新民晚报", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 北青网 (GBK)
P = [
    "随着气温下降，北京不少汽车维修企业迎来了冬季保养高峰。记者近日走访发现，蓄电池、雨刮和轮胎成为车主更换最多的三类配件，其中蓄电池价格较去年同期普遍下降一到两成。",
    "“今年铅价稳定，加上新品牌进来得多，主流规格的启停蓄电池比去年便宜了七八十元。”丰台区一家连锁快修门店的店长告诉记者，进入11月以来，门店日均更换蓄电池的数量是夏季的三倍左右。",
    "与此同时，新能源汽车的冬季保养需求也在增加。多家门店表示，新能源车主更关心热泵空调、低压蓄电池和冷却液的检查，部分门店已专门培训了新能源车型的保养技师。",
    "北京市汽车维修行业协会有关负责人提醒，车主在更换配件时应索要正规票据和配件合格证，对价格明显低于市场水平的“原厂件”要提高警惕。",
]
N = [
    "文/本报记者 温青",
    "编辑/孙立",
    "北青网版权所有，未经授权禁止转载",
    "扫码下载北青客户端",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>冬季保养高峰到来 蓄电池价格同比降一到两成_北青网</title>
<meta name="keywords" content="冬季保养,蓄电池,汽车配件">
</head>
<body>
<div class="topNav"><a href="https://www.ynet.com/">北青网首页</a> <a href="https://news.ynet.com/">新闻</a> <a href="https://auto.ynet.com/">汽车</a> <a href="https://bj.ynet.com/">北京</a></div>
<div class="articleBox">
 <div class="articleTitle"><h1>冬季保养高峰到来 蓄电池价格同比降一到两成</h1></div>
 <div class="articleMsg">
  <span class="yearMsg">2026-11-19</span>
  <span class="timeMsg">06:50</span>
  <span class="sourceMsg">北京青年报</span>
 </div>
 <div class="cont" id="articleAll">
<p>文/本报记者 温青</p>
{ps(P)}
<p style="text-align:right">编辑/孙立</p>
 </div>
 <div class="copyR">北青网版权所有，未经授权禁止转载</div>
 <div class="appDown"><img src="/images/bq_app.png" alt=""> 扫码下载北青客户端</div>
 <div class="relNews"><h3>相关阅读</h3><ul><li><a href="/2026/11/12/3898812t70.html">二手车交易量连续三个月增长</a> 2026-11-12</li></ul></div>
</div>
<div class="footer">北京青年报社 主办</div>
</body>
</html>
"""
add("portal_ynet", H,
    url="https://auto.ynet.com/2026/11/19/3901245t1163.html", kind="portal",
    modelled_on="ynet.com (北青网 / 北京青年报) article page (articleMsg with yearMsg / timeMsg / sourceMsg spans and no labels, '文/本报记者' opener, '编辑/' closer), GBK",
    language="zh-CN", encoding="gbk", fetched_at=FETCH_CN,
    notes="Stored as GBK bytes with charset=gbk. Date and time sit in two unlabelled spans ('2026-11-19', '06:50'), followed by an unlabelled source span "
          "'北京青年报' (the print paper, not the site 北青网): that is the source. No seconds anywhere, so :00. "
          "Credit opener '文/本报记者 温青' → author 温青 (not body); closer '编辑/孙立' with a slash → editor 孙立 (not body).",
    classes=["gbk", "date_split_elements", "unlabelled_source_span", "source_print_paper_not_site", "credit_line_in_body",
             "slash_editor_label", "copyright_notice", "app_prompt"],
    title="冬季保养高峰到来 蓄电池价格同比降一到两成",
    published_date="2026-11-19", published_at="2026-11-19T06:50:00+08:00",
    author="温青", editor="孙立", source="北京青年报", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 中新经纬
P = [
    "中新经纬11月26日电 （崔晓蒙）多家汽车零部件上市公司近日披露的投资者关系活动记录显示，机器人关节模组正在成为零部件企业的新业务方向。",
    "一家以汽车转向系统为主业的上市公司在接待机构调研时表示，公司已向两家人形机器人企业送样行星滚柱丝杠和关节模组样件，目前处于验证阶段。另一家电机企业则透露，其无框力矩电机已获得小批量订单。",
    "“丝杠、减速器、电机这些部件，和汽车转向、制动系统在工艺上有相通之处。”一位汽车零部件行业分析人士对中新经纬表示，零部件企业具备精密加工和规模化制造经验，切入机器人供应链有一定优势。",
    "不过，该人士也提醒，机器人关节部件目前出货规模有限，短期内难以对零部件企业的业绩形成明显贡献，投资者需警惕相关概念炒作。",
]
N = [
    "（中新经纬APP）",
    "中新经纬版权所有，未经书面授权，任何单位及个人不得转载、摘编或以其它方式使用。",
    "【责任编辑：常涛　JN025】",
    "关注中新经纬微信公众号",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>汽车零部件企业扎堆布局机器人关节模组-中新经纬</title>
<meta name="publishdate" content="2026-11-26 16:20:00">
<meta name="keywords" content="机器人,关节模组,汽车零部件,丝杠">
</head>
<body>
<div class="jw-top"><a class="logo" href="https://www.jwview.com/">中新经纬</a><ul><li><a href="/jingwei/">首页</a></li><li><a href="/jingwei/qy/">企业</a></li><li><a href="/jingwei/qc/">汽车</a></li></ul></div>
<div class="content_zw">
 <div class="title"><h1>汽车零部件企业扎堆布局机器人关节模组</h1></div>
 <div class="time">2026-11-26 16:23　中新经纬</div>
 <div class="content_desc">
{ps(P)}
<p>（中新经纬APP）</p>
<p>中新经纬版权所有，未经书面授权，任何单位及个人不得转载、摘编或以其它方式使用。</p>
 </div>
 <div class="editor">【责任编辑：常涛　JN025】</div>
 <div class="gzh">关注中新经纬微信公众号</div>
</div>
<div class="footer">中新经纬版权所有</div>
</body>
</html>
"""
add("portal_jwview", H,
    url="https://www.jwview.com/jingwei/html/11-26/612345.shtml", kind="portal",
    modelled_on="jwview.com (中新经纬) article page (time line 'YYYY-MM-DD HH:MM　中新经纬', '中新经纬X月X日电 （NAME）' dateline, (中新经纬APP) tail, 责任编辑 with staff code)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed '2026-11-26 16:23'; meta publishdate '2026-11-26 16:20:00' disagrees on the minute, so the printed minute wins and seconds are :00. "
          "Author from the dateline parentheses without a 记者 label: '中新经纬11月26日电 （崔晓蒙）' → 崔晓蒙 (the dateline stays in paragraph 1). "
          "Source: the media name on the time line, 中新经纬. Editor '【责任编辑：常涛　JN025】' → 常涛 (brackets and staff code dropped). "
          "'（中新经纬APP）' tail line and the copyright line inside the content block are not body.",
    classes=["meta_minute_disagree", "author_in_dateline_parentheses_no_label", "media_name_on_time_line",
             "bracket_editor_with_staff_code", "app_tail_in_body", "copyright_notice_in_body", "follow_prompt"],
    title="汽车零部件企业扎堆布局机器人关节模组",
    published_date="2026-11-26", published_at="2026-11-26T16:23:00+08:00",
    author="崔晓蒙", editor="常涛", source="中新经纬", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 车质网
T = [
    ["排名", "故障部件", "投诉量（宗）", "占比"],
    ["1", "车机系统", "1826", "14.2%"],
    ["2", "电池包及充电系统", "1317", "10.3%"],
    ["3", "变速器", "1104", "8.6%"],
    ["4", "制动系统", "862", "6.7%"],
    ["5", "空调系统", "791", "6.2%"],
]
P = [
    "车质网根据投诉平台数据，整理了2026年10月汽车零部件故障投诉情况。当月平台共受理有效投诉12843宗，环比增长3.1%。从故障部件看，车机系统、电池包及充电系统和变速器位列前三。",
    *rows_tsv(T),
    "从投诉内容看，车机系统问题主要集中在黑屏、死机和导航定位偏差，多数与软件版本有关；电池包及充电系统的投诉则以续航衰减和充电中断为主。",
    "值得注意的是，制动系统投诉量环比增长较快，主要反映为低速行驶时刹车异响和制动踏板偏硬。车质网已将相关投诉转交厂家处理，部分厂家表示将通过软件升级和更换制动片解决。",
]
N = [
    "声明：本文所引用投诉数据均来自车质网投诉平台，投诉内容仅代表投诉者个人观点。",
    "我要投诉",
    "浏览：4238",
    "9月汽车零部件投诉排行：车机问题居首",
    "网友评论",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>10月汽车零部件投诉排行：车机系统居首 制动投诉增长较快_车质网</title>
<meta name="keywords" content="投诉排行,零部件,车机系统,制动">
</head>
<body>
<div class="top"><a class="logo" href="https://www.12365auto.com/">车质网</a><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zlts/">投诉</a></li><li><a href="/news/">资讯</a></li><li><a href="/dcbg/">调查</a></li></ul><a class="ts-btn" href="/server/forCar.aspx">我要投诉</a></div>
<div class="news_main">
 <div class="news_tit"><h1>10月汽车零部件投诉排行：车机系统居首 制动投诉增长较快</h1></div>
 <div class="news_info"><span>来源：车质网</span><span>作者：谷雨</span><span>编辑：林菲</span><span>发布时间：2026-11-17 10:35</span><span>浏览：4238</span></div>
 <div class="news_con">
{ps(P[:1])}
<p style="text-align:center"><strong>2026年10月汽车零部件故障投诉排行（前五）</strong></p>
{table(T)}
{ps(P[7:])}
 </div>
 <div class="news_sm">声明：本文所引用投诉数据均来自车质网投诉平台，投诉内容仅代表投诉者个人观点。</div>
 <div class="news_xg"><h3>相关阅读</h3><ul><li><a href="/news/20261016/467712.shtml">9月汽车零部件投诉排行：车机问题居首</a> 2026-10-16</li></ul></div>
 <div class="news_pl"><h3>网友评论</h3><div class="pl"><span class="u">车友e8812</span> <span class="t">2026-11-17 12:03</span><p>刹车异响我也遇到过，换了片子才好。</p></div></div>
</div>
<div class="footer">车质网版权所有</div>
</body>
</html>
"""
add("portal_12365auto", H,
    url="https://www.12365auto.com/news/20261117/468903.shtml", kind="portal",
    modelled_on="12365auto.com (车质网, complaint platform) news page (news_info row with 来源 / 作者 / 编辑 / 发布时间 / 浏览 spans, ranking table in the body, comments)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed '发布时间：2026-11-17 10:35' (no seconds, :00); a comment below carries a later time. Credits in one row: 来源 车质网 (source), 作者 谷雨 (author), "
          "编辑 林菲 (editor). The ranking table is article content: one paragraph per row including the header, cells joined by TAB; the bold table caption is neutral. "
          "Disclaimer, related list, comment block and the 我要投诉 button are noise.",
    classes=["table_in_body", "credits_in_one_row", "editor_plain_label", "comment_dates", "disclaimer", "related_list", "read_count"],
    title="10月汽车零部件投诉排行：车机系统居首 制动投诉增长较快",
    published_date="2026-11-17", published_at="2026-11-17T10:35:00+08:00",
    author="谷雨", editor="林菲", source="车质网", paragraphs=P, body_noise=N)

"""Chinese portal pages, part B: mydrivers, xcar (GBK), dzwww (GB2312), cs.com.cn, chinadaily, wallstreetcn."""
from _common import FETCH_CN, add, epoch, esc, ps

# ---------------------------------------------------------------- 快科技
P = [
    "快科技11月28日消息，据媒体报道，国内电池企业锐能新能源宣布，其第二代钠离子电池已通过国家强制性标准检测，电芯能量密度达到165Wh/kg，计划于明年一季度在两款A0级电动车上量产装车。",
    "与锂离子电池相比，钠离子电池在低温性能和成本上具备一定优势。锐能新能源介绍，新电池在零下20摄氏度环境下的容量保持率超过90%，电芯成本较同等规格的磷酸铁锂电池低约15%。",
    "不过，钠离子电池的能量密度仍明显低于主流磷酸铁锂电池，这意味着在相同续航下电池包会更重、更大。业内人士认为，钠电池短期内更适合续航300公里左右的城市代步车型以及两轮车、储能等场景。",
    "据悉，锐能新能源位于江西宜春的钠离子电池产线一期产能为5GWh，目前已进入设备调试阶段。",
]
N = [
    "【本文结束】如需转载请务必注明出处：快科技",
    "文章纠错",
    "人气：",
    "话题标签：",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>钠离子电池明年一季度装车：零下20度容量保持超90% - 快科技 - 科技改变未来</title>
</head>
<body>
<div class="top_nav"><a href="https://www.mydrivers.com/">快科技</a> <a href="https://news.mydrivers.com/">资讯</a> <a href="https://news.mydrivers.com/class/1179/">汽车</a> <a href="https://m.mydrivers.com/">手机版</a></div>
<div class="main_box">
 <div class="news_n">
  <div class="news_bt">钠离子电池明年一季度装车：零下20度容量保持超90%</div>
  <div class="news_bt1">
   <div class="news_bt1_left">2026-11-28 15:12:06　出处：<a href="https://www.mydrivers.com/">快科技</a>　作者：程澄　编辑：程澄　人气：<span id="hits">2871</span>　<a href="#comment">评论(12)</a></div>
  </div>
  <div class="news_info" id="thread_subject">
{ps(P)}
   <p class="end_tip"><span style="color:#c00">【本文结束】如需转载请务必注明出处：快科技</span></p>
   <p class="editor">责任编辑：程澄</p>
  </div>
  <div class="news_tags">话题标签：<a>电池</a> <a>新能源汽车</a> <a>钠离子电池</a></div>
  <div class="news_tool"><a href="javascript:;" class="jiucuo">文章纠错</a></div>
  <div class="xgwz"><h3>相关文章</h3><ul><li><a href="/1/1009/1009876.htm">钠电池能否救活A0级电动车？</a></li></ul></div>
 </div>
</div>
</body>
</html>
"""
add("portal_mydrivers", H,
    url="https://news.mydrivers.com/1/1012/1012345.htm", kind="portal",
    modelled_on="news.mydrivers.com (快科技, formerly 驱动之家) news page (news_bt1_left line with 出处 / 作者 / 编辑 / 人气)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="One line with full-width-space separators: '2026-11-28 15:12:06　出处：快科技　作者：程澄　编辑：程澄　人气：'. The source label is 出处 (not 来源); "
          "read as the credited source. Author and editor are the same person, also repeated as 责任编辑 at the end of the body div. '快科技11月28日消息，' opens paragraph 1. "
          "The red 【本文结束】 reprint line inside the body is not body.",
    classes=["source_chuchu_label", "date_source_author_one_line", "fullwidth_space_separators", "same_author_and_editor",
             "editor_line_in_body", "reprint_notice_in_body", "tags_line"],
    title="钠离子电池明年一季度装车：零下20度容量保持超90%",
    published_date="2026-11-28", published_at="2026-11-28T15:12:06+08:00",
    author="程澄", editor="程澄", source="快科技", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 爱卡汽车 (GBK)
P = [
    "[爱卡汽车 行业资讯 原创] 11月24日，国内汽车经销商集团众驰汽车服务集团发布公告称，将在未来12个月内关闭或转让旗下27家燃油车品牌4S店，同时新开设15家新能源品牌门店，门店结构调整涉及员工约1800人。",
    "众驰集团方面表示，今年前三季度，集团燃油车新车销售毛利率已降至-2.3%，部分豪华品牌门店单车亏损超过5000元，“继续经营的亏损将高于退出成本”。",
    "与此同时，集团新能源品牌业务的收入占比已从去年的18%提升至34%。众驰集团计划将部分燃油车门店改造为新能源品牌的交付中心和售后服务中心，以降低新建门店的投入。",
    "业内人士分析，经销商集团收缩燃油车网络已成为趋势，但新能源品牌普遍采用直营或代理模式，经销商的盈利空间同样受到挤压，“转型不等于转好”。",
]
N = [
    "厂商指导价：12.98-16.58万",
    "询底价",
    "预约试驾",
    "下一页：新能源品牌门店的盈利账",
    "（图片来源：爱卡汽车 摄影：陈湛）",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>众驰集团将关闭27家燃油车4S店 新开15家新能源门店_爱卡汽车</title>
<meta name="keywords" content="众驰集团,4S店,经销商" />
</head>
<body>
<div class="xcar_top"><a href="https://www.xcar.com.cn/">爱卡汽车</a> <a href="https://newcar.xcar.com.cn/">选车</a> <a href="https://news.xcar.com.cn/">资讯</a> <a href="https://a.xcar.com.cn/">用车</a> <a href="https://www.xcar.com.cn/bbs/">论坛</a></div>
<div class="crumbs">您的位置：<a href="https://www.xcar.com.cn/">爱卡汽车</a> &gt; <a href="https://news.xcar.com.cn/">资讯</a> &gt; <a href="https://news.xcar.com.cn/industry/">行业</a> &gt; 正文</div>
<div class="article_wrap">
 <h1 class="article_title">众驰集团将关闭27家燃油车4S店 新开15家新能源门店</h1>
 <div class="artical_player_wrap">
  <span class="time">2026-11-25 10:30:00</span>
  <span class="source">来源：爱卡汽车</span>
  <span class="author">作者：路远鸣</span>
  <span class="editor">编辑：邹航</span>
 </div>
 <div class="artical_content" id="newsbody">
{ps(P[:2])}
<p align="center"><img src="https://img1.xcarimg.com/news/2026/11/25/zc_store.jpg" alt="" /></p>
<p align="center">（图片来源：爱卡汽车 摄影：陈湛）</p>
<div class="car_price_box"><a class="car_name">众驰代理 某品牌SUV</a><span>厂商指导价：12.98-16.58万</span><a class="btn">询底价</a><a class="btn">预约试驾</a></div>
{ps(P[2:])}
 </div>
 <div class="page_nav"><a class="cur">1</a><a href="news_2109876_2.html">2</a><a href="news_2109876_2.html">下一页：新能源品牌门店的盈利账</a></div>
 <div class="share_bar">分享至：微信 微博 QQ空间</div>
</div>
<div class="footer">Copyright &copy; 2002-2026 XCAR 爱卡汽车 版权所有</div>
</body>
</html>
"""
add("portal_xcar", H,
    url="https://news.xcar.com.cn/202611/news_2109876_1.html", kind="portal",
    modelled_on="news.xcar.com.cn (爱卡汽车) industry news article, paginated, GBK",
    language="zh-CN", encoding="gbk", fetched_at=FETCH_CN,
    notes="GBK bytes. Info spans: time '2026-11-25 10:30:00', 来源：爱卡汽车, 作者, 编辑 (the page's only editor label; taken as the editor). "
          "Page 1 of a 2-page article: only page 1 text is body; the page-nav '下一页：...' link is not. A car price widget (指导价/询底价/预约试驾) and an image credit "
          "with a photographer sit inside the body div. '[爱卡汽车 行业资讯 原创]' opens paragraph 1 and stays in it.",
    classes=["gbk", "pagination_links", "price_widget_in_body", "photographer_credit", "bracket_column_prefix", "editor_plain_label"],
    title="众驰集团将关闭27家燃油车4S店 新开15家新能源门店",
    published_date="2026-11-25", published_at="2026-11-25T10:30:00+08:00",
    author="路远鸣", editor="邹航", source="爱卡汽车", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 大众网 (GB2312)
P = [
    "今年以来，潍坊市汽车零部件产业集群加快向新能源方向转型。记者从潍坊市工业和信息化局了解到，1至10月，全市规模以上汽车零部件企业实现营业收入612亿元，同比增长9.8%，其中新能源汽车零部件营业收入占比提高到41%。",
    "在位于潍坊高新区的鲁林电驱动科技有限公司，一条新投产的扁线电机定子生产线正在满负荷运转。公司负责人介绍，这条产线从下料到成品只需要11名工人，单班日产定子1200套，“订单已经排到明年3月”。",
    "潍坊市工业和信息化局有关负责人表示，下一步将围绕电驱动、热管理、汽车电子等方向，引导传统零部件企业开展技术改造，力争到2027年全市新能源汽车零部件营业收入占比超过一半。",
]
N = [
    "□ 大众日报记者 牟晓川 通讯员 孔丽 报道",
    "打印本页",
    "关闭窗口",
    "纠错",
    "大众网版权所有，未经书面授权禁止使用",
]
H = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>潍坊汽车零部件产业加快向新能源转型_大众网汽车</title>
</head>
<body>
<div class="top"><a href="http://www.dzwww.com/">大众网</a> | <a href="http://www.dzwww.com/qiche/">汽车</a> | <a href="http://www.dzwww.com/shandong/">山东</a></div>
<div class="layout">
 <div class="weizhi">您当前的位置 ：<a href="http://www.dzwww.com/">大众网</a> &gt; <a href="http://www.dzwww.com/qiche/">汽车</a> &gt; <a href="http://www.dzwww.com/qiche/qcxw/">汽车新闻</a></div>
 <h2>潍坊汽车零部件产业加快向新能源转型</h2>
 <div class="left">2026-11-21 08:56:00　来源: 大众日报　作者：牟晓川</div>
 <div class="right"><a href="javascript:;">纠错</a></div>
 <div class="news-con" id="news-con">
<p>□ 大众日报记者 牟晓川 通讯员 孔丽 报道</p>
{ps(P)}
 </div>
 <div class="edit">责任编辑：宫明</div>
 <div class="tool"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="footer">大众网版权所有，未经书面授权禁止使用 鲁ICP备09023866号</div>
</body>
</html>
"""
add("portal_dzwww", H,
    url="http://www.dzwww.com/qiche/qcxw/202611/t20261121_12345678.htm", kind="portal",
    modelled_on="dzwww.com (大众网, 大众日报 group) channel article page, GB2312",
    language="zh-CN", encoding="gb2312", fetched_at=FETCH_CN,
    notes="GB2312 bytes. Headline is an h2 (no h1). Info line '2026-11-21 08:56:00　来源: 大众日报　作者：牟晓川' uses a half-width colon plus space after 来源 "
          "and a full-width one after 作者; source is the print paper 大众日报 (the 来源 value), not the site 大众网. The body opens with the print-style credit line "
          "'□ 大众日报记者 牟晓川 通讯员 孔丽 报道' which is not body; the 通讯员 (correspondent) is not taken as an author because the page's 作者 field names only the reporter.",
    classes=["gb2312", "h2_headline", "credit_line_in_body", "source_print_paper_not_site", "halfwidth_colon_with_space",
             "editor_line", "print_close_links"],
    title="潍坊汽车零部件产业加快向新能源转型",
    published_date="2026-11-21", published_at="2026-11-21T08:56:00+08:00",
    author="牟晓川", editor="宫明", source="大众日报", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 中证网
P = [
    "多家汽车零部件上市公司近期密集披露海外定点公告。中国证券报记者梳理发现，11月以来，已有9家A股零部件公司公告获得海外整车企业定点，涉及车身结构件、空气悬架、热管理等领域，预计生命周期总金额合计超过120亿元。",
    "“海外定点的周期一般在5至7年，对公司未来几年的收入确定性有较大支撑。”一位汽车行业分析师表示，与国内客户相比，海外整车企业的年降幅度相对温和，项目毛利率普遍高出3至5个百分点。",
    "不过，海外定点能否顺利转化为业绩，还取决于产能布局和交付能力。记者注意到，上述9家公司中有6家同时披露了海外建厂或扩产计划，投资地点集中在墨西哥、匈牙利、泰国等地。",
    "有机构人士提醒，海外项目前期投入大、爬坡周期长，投资者应关注相关公司的资本开支节奏和汇率风险。",
]
N = [
    "中证网声明：凡本网注明“来源：中国证券报·中证网”的所有作品，版权均属于中国证券报、中证网。中证网与作品作者联合声明，任何单位及个人未经本网书面授权，不得转载、摘编或以其它方式使用上述作品。",
    "【纠错】",
    "【打印】",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>零部件企业密集获海外定点 生命周期金额超120亿元_中证网</title>
<meta name="publishdate" content="2026-11-20 05:58:33" />
<meta name="contentSource" content="中国证券报·中证网" />
</head>
<body>
<div class="header"><a href="https://www.cs.com.cn/">中证网</a> <a href="https://www.cs.com.cn/xwzx/">新闻</a> <a href="https://www.cs.com.cn/ssgs/">公司</a> <a href="https://www.cs.com.cn/gppd/">股票</a></div>
<div class="container">
 <div class="crumb"><a href="/">首页</a> &gt; <a href="/ssgs/">公司</a> &gt; <a href="/ssgs/gsxw/">公司新闻</a></div>
 <div class="article">
  <h1>零部件企业密集获海外定点 生命周期金额超120亿元</h1>
  <div class="article-t hidden">
   <em>来源：中国证券报·中证网</em>
   <em>作者：记者 齐蓓 见习记者 孟千</em>
   <em>2026-11-20 05:58</em>
  </div>
  <div class="article-content">
{ps(P)}
  </div>
  <div class="editor">责任编辑：孙涛</div>
  <div class="tools"><a href="javascript:;">【纠错】</a><a href="javascript:window.print()">【打印】</a></div>
  <div class="statement">中证网声明：凡本网注明“来源：中国证券报·中证网”的所有作品，版权均属于中国证券报、中证网。中证网与作品作者联合声明，任何单位及个人未经本网书面授权，不得转载、摘编或以其它方式使用上述作品。</div>
 </div>
</div>
</body>
</html>
"""
add("portal_cs", H,
    url="https://www.cs.com.cn/ssgs/gsxw/202611/t20261120_6512345.html", kind="portal",
    modelled_on="cs.com.cn (中国证券报·中证网) company-news article page",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed '2026-11-20 05:58' (early-morning print-paper story); meta publishdate '2026-11-20 05:58:33' agrees with the minute, so seconds :33. "
          "'作者：记者 齐蓓 见习记者 孟千' names two writers with role words (记者, 见习记者); author lists both names as printed, roles dropped, space-separated. "
          "Source is the 来源 value including the middle dot. The 中证网声明 statement contains the string 来源：中国证券报·中证网 but is a copyright notice, not body.",
    classes=["two_authors_with_roles", "trainee_reporter_role", "meta_seconds_agree", "source_with_middle_dot",
             "copyright_notice", "editor_line", "print_links"],
    title="零部件企业密集获海外定点 生命周期金额超120亿元",
    published_date="2026-11-20", published_at="2026-11-20T05:58:33+08:00",
    author="齐蓓 孟千", editor="孙涛", source="中国证券报·中证网", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 中国日报网
P = [
    "中国日报网11月26日电 记者从日前在重庆举行的一场汽车供应链对接会上获悉，今年前10个月，重庆汽车零部件企业对东盟出口额同比增长31.2%，其中摩托车及汽车发动机零件、车身附件和线束是增长最快的三类产品。",
    "重庆渝联汽车部件有限公司是参加对接会的企业之一。公司海外业务负责人介绍，借助西部陆海新通道，公司发往泰国罗勇的线束产品运输时间从过去的20多天缩短到10天左右，“客户的库存周转压力小了，订单也更稳定”。",
    "参会的泰国和印度尼西亚整车企业代表表示，中国零部件在价格和交付速度上具有明显优势，未来希望在电动化零部件领域加强合作。",
]
N = [
    "重庆渝联汽车部件有限公司线束车间。（中国日报记者 冯永斌 摄）",
    "【我要纠错】",
    "中国日报网版权说明：凡注明来源为“中国日报：XXX（署名）”，除与中国日报网签署内容授权协议的网站外，其他任何网站或单位未经允许禁止转载、使用，违者必究。",
    "上一页",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>重庆汽车零部件对东盟出口增长三成 - 中国日报网</title>
<meta name="publishdate" content="2026-11-26 10:42:08">
<meta name="source" content="中国日报网">
</head>
<body>
<div class="topNav"><a href="https://cn.chinadaily.com.cn/">中国日报网</a> <a href="https://china.chinadaily.com.cn/">中国</a> <a href="https://caijing.chinadaily.com.cn/">财经</a> <a href="https://world.chinadaily.com.cn/">国际</a></div>
<div class="main_art">
 <div class="da-bre"><a href="https://caijing.chinadaily.com.cn/">财经</a> &gt; <a href="https://caijing.chinadaily.com.cn/5b7620c4a310030f813cf452">产业</a></div>
 <div class="lft_art">
  <h1 class="dabiaoti">重庆汽车零部件对东盟出口增长三成</h1>
  <div class="fenx"><div class="xinf-le">来源：中国日报网 2026-11-26 10:42</div><div class="xinf-ri">【字号 <a>大</a> <a>中</a> <a>小</a>】</div></div>
  <div id="Content" class="article">
<p>{esc(P[0])}</p>
<p style="text-align:center"><img src="//img2.chinadaily.com.cn/images/202611/26/cq_wire.jpeg"></p>
<p style="text-align:center"><span>重庆渝联汽车部件有限公司线束车间。（中国日报记者 冯永斌 摄）</span></p>
{ps(P[1:])}
  </div>
  <div id="div_currpage"><a href="#">上一页</a> <span>1</span> <a href="#">下一页</a></div>
  <div class="xinf-edit">【责任编辑：汪思远】</div>
  <div class="jiucuo"><a href="#">【我要纠错】</a></div>
  <div class="banquan">中国日报网版权说明：凡注明来源为“中国日报：XXX（署名）”，除与中国日报网签署内容授权协议的网站外，其他任何网站或单位未经允许禁止转载、使用，违者必究。</div>
 </div>
</div>
</body>
</html>
"""
add("portal_chinadaily", H,
    url="https://caijing.chinadaily.com.cn/a/202611/26/WS6745a1b2a310f1265a1d3c4e.html", kind="portal",
    modelled_on="cn.chinadaily.com.cn (中国日报网 中文) channel article page (fenx / xinf-le info line, 【责任编辑：】)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Info line '来源：中国日报网 2026-11-26 10:42' (source and date in one text node); meta publishdate '2026-11-26 10:42:08' agrees → seconds :08. "
          "No writer is credited (the photographer in the caption, 冯永斌 摄, is not an author), so author is null. Editor from 【责任编辑：汪思远】. "
          "Dateline '中国日报网11月26日电' stays in paragraph 1. Caption with photo credit and the one-page pager are not body.",
    classes=["date_source_one_line", "meta_seconds_agree", "photographer_caption", "bracket_editor", "copyright_notice",
             "font_size_control", "pager_single_page", "no_author"],
    title="重庆汽车零部件对东盟出口增长三成",
    published_date="2026-11-26", published_at="2026-11-26T10:42:08+08:00",
    author=None, editor="汪思远", source="中国日报网", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 华尔街见闻
WT = "2026-11-30T03:41:08+08:00"
P = [
    "全球汽车芯片市场正在出现分化：通用MCU库存回到正常水平，而车规级高算力SoC和功率器件依然供不应求。",
    "据多家分销商反馈，11月以来，32位车规MCU的现货价格较年初下跌约18%，部分型号交期已缩短至8周以内；与此同时，智能驾驶域控制器所用的高算力SoC交期仍在30周以上，部分客户需要提前一年锁定产能。",
    "一位芯片分销商高管对见闻表示，整车企业在智能驾驶上的“军备竞赛”拉动了高端芯片需求，而中低端车型销量承压，导致通用芯片需求疲软，“同一个客户，一边在砍MCU订单，一边在抢SoC产能”。",
]
N = [
    "本文为华尔街见闻VIP会员专享，订阅后可阅读全文",
    "风险提示及免责条款 市场有风险，投资需谨慎。本文不构成个人投资建议，也未考虑到个别用户特殊的投资目标、财务状况或需要。用户应考虑本文中的任何意见、观点或结论是否符合其特定状况。据此投资，责任自负。",
    "打开华尔街见闻APP，查看更多精彩内容",
    "5小时前",
]
STATE = ('{"article":{"id":3781234,"title":"车规芯片冰火两重天：MCU降价，高算力SoC仍缺货",'
         f'"display_time":{epoch(WT)},"author":{{"display_name":"于景深"}},"is_priced":true}}}}')
H = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>车规芯片冰火两重天：MCU降价，高算力SoC仍缺货 - 华尔街见闻</title>
</head>
<body>
<div id="app">
<header class="header"><a class="logo" href="/">华尔街见闻</a><nav><a>资讯</a><a>快讯</a><a>行情</a><a>日历</a><a>VIP</a></nav></header>
<main class="article-page">
 <article class="article">
  <h1 class="title">车规芯片冰火两重天：MCU降价，高算力SoC仍缺货</h1>
  <div class="meta">
   <a class="author" href="/authors/98765"><span class="author-label">作者 | </span><span class="author-name">于景深</span></a>
   <time class="time" datetime="2026-11-30T03:41:08+08:00" title="2026-11-30 03:41:08">5小时前</time>
  </div>
  <div class="rich-text">
{ps(P)}
  </div>
  <div class="paywall"><p class="paywall-tip">本文为华尔街见闻VIP会员专享，订阅后可阅读全文</p><a class="btn">立即订阅</a></div>
  <div class="disclaimer">风险提示及免责条款 市场有风险，投资需谨慎。本文不构成个人投资建议，也未考虑到个别用户特殊的投资目标、财务状况或需要。用户应考虑本文中的任何意见、观点或结论是否符合其特定状况。据此投资，责任自负。</div>
 </article>
 <aside class="download">打开华尔街见闻APP，查看更多精彩内容</aside>
 <aside class="live"><h3>快讯</h3><ul><li><time>08:52</time>日股开盘走高</li><li><time>08:31</time>某车企公布11月交付数据</li></ul></aside>
</main>
</div>
<script>window.__INITIAL_STATE__ = {STATE};</script>
</body>
</html>
"""
add("portal_wallstreetcn", H,
    url="https://wallstreetcn.com/articles/3781234", kind="portal",
    modelled_on="wallstreetcn.com (华尔街见闻) article page (SPA render, relative time with datetime/title attributes, VIP paywall)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible time is relative: '5小时前' (fetched 2026-11-30 09:00 +08:00). The <time> carries datetime 2026-11-30T03:41:08+08:00 and a title with the same value; "
          "__INITIAL_STATE__ display_time (epoch seconds) agrees. Paid article: only the free part is on the page, so paragraphs are those three; the paywall tip is not body. "
          "No 来源 and no account: source null. No editor. Live-feed times (08:52, 08:31) are other items.",
    classes=["relative_hours", "time_datetime_attribute", "epoch_seconds_page_data", "paywall_truncated", "risk_disclaimer",
             "app_prompt", "author_pipe_label", "no_source", "no_editor"],
    title="车规芯片冰火两重天：MCU降价，高算力SoC仍缺货",
    published_date="2026-11-30", published_at="2026-11-30T03:41:08+08:00",
    author="于景深", editor=None, source=None, paragraphs=P, body_noise=N)

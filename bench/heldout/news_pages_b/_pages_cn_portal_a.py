"""Chinese portal pages, part A: eeo, cnautonews, ofweek, cls, guancha, ithome."""
from _common import FETCH_CN, add, epoch, esc, ps, rows_tsv, table

# ---------------------------------------------------------------- 经济观察网
P = [
    "在墨西哥新莱昂州蒙特雷郊外，一座占地约8万平方米的厂房已经完成设备调试。按计划，这家来自浙江台州的刹车片制造商——禾川摩擦材料有限公司，将在12月中旬向北美一家皮卡制造商交付首批本地化产品。",
    "“如果不在当地建厂，我们明年在北美的订单至少要丢掉三成。”禾川摩擦材料总经理庞立新对经济观察网记者说。过去两年，公司出口北美的刹车片面临的关税和物流成本合计上涨了近14个百分点，部分客户开始要求供应商在北美自由贸易区内交货。",
    "出海的账本并不轻松。庞立新算过一笔账：墨西哥新厂一期投资约4.2亿元，当地工人的小时工资约为台州工厂的六成，但管理人员外派、设备海运和本地认证让单位成本在投产首年反而高出国内12%左右。",
    "“第一年肯定亏，关键是能不能在第三年把良品率拉到国内水平。”他说。目前，禾川从台州派出了37名技术骨干，计划用18个月时间完成本地团队的培训。",
    "业内人士认为，刹车片、线束、座椅骨架等劳动密集型零部件，是此轮中国零部件企业赴墨西哥建厂的主力。一家咨询机构的统计显示，2026年前10个月，中国汽车零部件企业在墨西哥宣布的新建和扩建项目已超过40个。",
    "不过，也有企业在观望。一位华东地区制动系统企业的负责人坦言，北美贸易政策仍存在变数，“现在去，是押注未来三年的规则不变”。",
]
N = [
    "（图片来源：受访企业供图）",
    "版权声明：以上内容为《经济观察报》社原创作品，版权归《经济观察报》社所有。未经《经济观察报》社授权，严禁转载或镜像，否则将依法追究相关行为主体的法律责任。",
    "下载经观APP 阅读更多深度报道",
    "零部件企业扎堆墨西哥：一场没有退路的迁徙",
    "字号",
]
H = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>一家刹车片厂的出海账本：墨西哥新厂投产前夜 - 经济观察网 - 专业财经新闻网站</title>
<meta name="keywords" content="刹车片,墨西哥,出海,零部件">
<meta name="description" content="出海的账本并不轻松。">
</head>
<body>
<div class="xd-header"><a class="logo" href="https://www.eeo.com.cn/">经济观察网</a>
<ul class="xd-nav"><li><a href="/yaowen/">要闻</a></li><li><a href="/shangye/">商业</a></li><li><a href="/qiche/">汽车</a></li><li><a href="/jinrong/">金融</a></li><li><a href="/epaper/">电子报</a></li></ul></div>
<div class="xd-main">
 <div class="xd-crumb"><a href="/">首页</a> &gt; <a href="/shangye/">商业</a> &gt; <a href="/qiche/">汽车</a></div>
 <div class="xd-b-left">
  <div class="xd-tit"><h1>一家刹车片厂的出海账本：墨西哥新厂投产前夜</h1></div>
  <div class="xd-b-b">
   <p><span class="xd-place">经济观察网</span> <span class="xd-author">记者 邵明川 卢佳</span></p>
   <div class="xd-date"><span class="md">11/23</span><span class="y">2026</span><span class="hm">18:32</span></div>
  </div>
  <div class="xd-tool"><span>字号</span><a class="big" href="javascript:;">A+</a><a class="small" href="javascript:;">A-</a><a href="javascript:window.print();">打印</a><a class="share" href="javascript:;">分享</a></div>
  <div class="xd-nr">
   <div class="xx_boxsing">
{ps(P[:2])}
<p style="text-align:center"><img src="https://upload.eeo.com.cn/2026/1123/1732345678123.jpg" alt=""></p>
<p style="text-align:center"><span style="color:#7f7f7f">（图片来源：受访企业供图）</span></p>
{ps(P[2:])}
   </div>
   <div class="xd-xgwz"><h3>相关文章</h3><ul>
    <li><a href="/2026/1109/715511.shtml">零部件企业扎堆墨西哥：一场没有退路的迁徙</a><span>2026-11-09</span></li>
    <li><a href="/2026/1030/712090.shtml">北美订单回流背后的成本账</a><span>2026-10-30</span></li>
   </ul></div>
   <div class="xd-editor">责任编辑：宋亦农</div>
   <div class="xd-copyright">版权声明：以上内容为《经济观察报》社原创作品，版权归《经济观察报》社所有。未经《经济观察报》社授权，严禁转载或镜像，否则将依法追究相关行为主体的法律责任。版权合作请致电：【010-60910566-1260】。</div>
  </div>
 </div>
 <div class="xd-b-right"><div class="app-box"><img src="/images/app_qr.png" alt=""><p>下载经观APP 阅读更多深度报道</p></div>
  <div class="hot"><h3>热门排行</h3><ol><li><a href="/2026/1122/718001.shtml">电池回收价格跌回两年前</a></li><li><a href="/2026/1121/717876.shtml">一家4S店集团的关店清单</a></li></ol></div></div>
</div>
<div class="xd-footer"><p>经济观察报社 版权所有 京ICP备05057768号</p></div>
</body>
</html>
"""
add("portal_eeo", H,
    url="https://www.eeo.com.cn/2026/1123/718245.shtml", kind="portal",
    modelled_on="eeo.com.cn (经济观察网) article page (xd- class template, date split over md / y / hm spans)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Date is split over three spans: '11/23', '2026', '18:32' (plus URL /2026/1123/); no seconds anywhere, so :00. "
          "Byline line '经济观察网 记者 邵明川 卢佳' gives two reporters (written as the page prints them, space-separated, without 记者) and the site name, "
          "which is the only media credit in the byline line, so source is 经济观察网. Image credit line (图片来源) and the 相关文章 list inside the content block are not body. "
          "责任编辑 gives the editor.",
    classes=["date_split_elements", "two_authors", "reporter_prefix", "image_credit_in_body", "related_list_inside_body",
             "editor_line", "copyright_notice", "font_size_control", "app_prompt"],
    title="一家刹车片厂的出海账本：墨西哥新厂投产前夜",
    published_date="2026-11-23", published_at="2026-11-23T18:32:00+08:00",
    author="邵明川 卢佳", editor="宋亦农", source="经济观察网", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 中国汽车报网
P = [
    "11月18日，位于安徽芜湖的瀚霖热管理系统有限公司第二工厂正式投产。新工厂主要生产新能源汽车集成式热管理模块，设计年产能60万套，全部达产后可实现年产值约18亿元。",
    "与传统分体式热管理方案相比，集成式模块把电子水泵、阀体、换热器和管路集成在一块基板上，零件数量减少约40%，装配工时缩短一半以上。瀚霖热管理总经理许振宁介绍，新工厂的核心工序自动化率达到92%，模块下线前需经过气密、流量和电气三道全检。",
    "“过去一个热管理系统要分给五六家供应商做，现在整车企业更愿意把整个模块交给一家。”许振宁说，这对零部件企业的系统集成和仿真能力提出了更高要求。目前，瀚霖已为4家整车企业的7款车型提供配套，其中3款为2027年上市的新平台车型。",
    "记者了解到，集成式热管理模块的单车价值在3000元至5000元之间，明显高于分体式方案。有行业机构预测，到2028年，国内集成式热管理模块的渗透率将从目前的不足三成提升至六成左右。",
    "不过，行业人士也提醒，模块化带来的成本优势需要足够的规模支撑。在整车价格竞争持续的背景下，热管理企业同样面临年降压力，“谁能把良品率和交付稳定性做上去，谁才能拿到下一轮定点”。",
]
N = [
    "▲瀚霖热管理第二工厂模块装配线",
    "图片来源：企业供图",
    "本文刊发于《中国汽车报》2026年11月23日第5版",
    "审核：王越川",
    "中国汽车报网 汽车产业 零部件 热管理 新能源",
    "【纠错】",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>集成式热管理模块新工厂投产 单车价值最高5000元_中国汽车报网</title>
<meta name="keywords" content="热管理,零部件,新能源">
</head>
<body>
<div class="header"><div class="logo"><a href="http://www.cnautonews.com/">中国汽车报网</a></div>
<div class="nav"><a href="/">首页</a><a href="/zhengce/">政策</a><a href="/zhengche/">整车</a><a href="/lingbujian/">零部件</a><a href="/xinnengyuan/">新能源</a><a href="/shuzibao/">数字报</a></div></div>
<div class="wrap">
 <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/lingbujian/">零部件</a> &gt; 正文</div>
 <div class="article">
  <h1 class="article-title">集成式热管理模块新工厂投产 单车价值最高5000元</h1>
  <div class="article-info">
   <span class="source">来源：中国汽车报网</span>
   <span class="author">作者：祁晓岚</span>
   <span class="time">时间：2026-11-20 09:15:47</span>
   <span class="fontsize">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
  </div>
  <div class="article-content" id="content">
   <div style="display:none">中国汽车报网 汽车产业 零部件 热管理 新能源</div>
{ps(P[:2])}
<p style="text-align:center"><img src="/uploads/2026/11/20/hanlin_line.jpg"></p>
<p class="img-desc" style="text-align:center">▲瀚霖热管理第二工厂模块装配线</p>
<p class="img-src" style="text-align:right">图片来源：企业供图</p>
{ps(P[2:])}
   <p class="paper-note" style="color:#999">本文刊发于《中国汽车报》2026年11月23日第5版</p>
  </div>
  <div class="article-editor"><span>责任编辑：孟冬</span>&nbsp;&nbsp;<span>审核：王越川</span></div>
  <div class="article-tool"><a href="javascript:;" class="jiucuo">【纠错】</a><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
 </div>
 <div class="sidebar"><h3>零部件</h3><ul><li><a href="/lingbujian/2026/11/19/detail_20261119366701.html">线控制动进入量产爬坡期</a> 11-19</li><li><a href="/lingbujian/2026/11/18/detail_20261118366644.html">座椅企业的轻量化竞赛</a> 11-18</li></ul></div>
</div>
<div class="footer">中国汽车报社 版权所有 未经授权禁止复制或建立镜像</div>
</body>
</html>
"""
add("portal_cnautonews", H,
    url="http://www.cnautonews.com/lingbujian/2026/11/20/detail_20261120366812.html", kind="portal",
    modelled_on="cnautonews.com (中国汽车报网) channel article page",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Info line '来源：中国汽车报网 作者：祁晓岚 时间：2026-11-20 09:15:47' (seconds printed). A print-edition note at the end of the content "
          "('本文刊发于《中国汽车报》2026年11月23日第5版') carries a LATER date and is not the publication time of this web page and not body. "
          "A display:none keyword div sits inside the content container. Photo caption (▲...) and 图片来源 credit are not body. 审核 is not the editor.",
    classes=["date_source_author_one_line", "seconds_printed", "print_edition_later_date", "hidden_keywords_in_body",
             "image_caption", "image_credit_in_body", "editor_and_reviewer", "font_size_control", "print_close_links"],
    title="集成式热管理模块新工厂投产 单车价值最高5000元",
    published_date="2026-11-20", published_at="2026-11-20T09:15:47+08:00",
    author="祁晓岚", editor="孟冬", source="中国汽车报网", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- OFweek 维科网
ROWS = [
    ["企业", "2026年产能（万片/年）", "主要客户", "良率"],
    ["芯擎半导体", "36", "整车A、整车C", "约85%"],
    ["浩瀚功率", "24", "Tier1 B", "约80%"],
    ["衡越电子", "18", "整车D", "约78%"],
]
P = [
    "OFweek汽车网讯：随着800V高压平台车型加速上量，碳化硅（SiC）主驱功率模块正在从“高端选配”走向“中端标配”。记者梳理发现，截至2026年11月，国内已有超过20款在售车型采用碳化硅主驱方案，价格下探至15万元区间。",
    "成本是推动普及的关键。一位功率半导体企业人士表示，6英寸碳化硅衬底价格较两年前下降了近一半，8英寸产线也开始小批量出片，主驱模块的单车成本已从三年前的3000元以上降到1500元左右。",
    "从供给端看，国内几家主要模块企业的产能扩张速度明显加快：",
    *rows_tsv(ROWS),
    "不过，车规级碳化硅模块对封装可靠性要求极高。业内人士指出，银烧结、铜线键合等工艺的稳定性仍是国内企业与国际头部厂商的主要差距，部分整车企业在关键车型上仍采用“双供应商”策略分散风险。",
    "分析人士认为，未来两年碳化硅主驱模块的竞争焦点，将从“有没有”转向“稳不稳”和“便不便宜”。",
]
N = [
    "声明：本网站所刊载信息，不代表OFweek观点。刊用本站稿件，务经书面授权。未经授权禁止转载、摘编、复制、翻译及建立镜像，违者将依法追究法律责任。",
    "关键字：",
    "扫码关注公众号",
    "OFweek维科号",
    "碳化硅衬底降价潮下的二线厂商生存战",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>碳化硅主驱模块下探15万元车型 国内产能加速扩张 - OFweek汽车网</title>
<meta name="keywords" content="碳化硅,功率模块,主驱,800V" />
</head>
<body>
<div class="top_bar"><a href="https://www.ofweek.com/">OFweek维科网</a> | <a href="https://auto.ofweek.com/">汽车</a> | <a href="https://mp.ofweek.com/">OFweek维科号</a> | <a href="https://www.ofweek.com/login">登录</a> <a href="https://www.ofweek.com/register">注册</a></div>
<div class="nav_channel"><a href="https://auto.ofweek.com/">首页</a><a href="https://auto.ofweek.com/CATList-70111.html">新能源汽车</a><a href="https://auto.ofweek.com/CATList-70112.html">汽车电子</a><a href="https://auto.ofweek.com/CATList-70113.html">自动驾驶</a></div>
<div class="main">
 <div class="artical">
  <p class="title"><h1>碳化硅主驱模块下探15万元车型 国内产能加速扩张</h1></p>
  <div class="time fl">
   <div class="sdate">2026-11-19 10:06</div>
   <div class="source-name">来源：<a href="https://auto.ofweek.com/">OFweek汽车网</a></div>
   <div class="author-name">作者：陆子衡</div>
  </div>
  <div class="artical-content" id="articleC">
{ps(P[:3])}
{table(ROWS)}
{ps(P[7:])}
  </div>
  <div class="tag">关键字：<a href="/tag/sic.html">碳化硅</a> <a href="/tag/power-module.html">功率模块</a> <a href="/tag/800v.html">800V</a></div>
  <div class="statement">声明：本网站所刊载信息，不代表OFweek观点。刊用本站稿件，务经书面授权。未经授权禁止转载、摘编、复制、翻译及建立镜像，违者将依法追究法律责任。</div>
  <div class="related"><h3>相关推荐</h3><ul><li><a href="/2026-11/ART-70111-8420-30611987.html">碳化硅衬底降价潮下的二线厂商生存战</a> <span>2026-11-12</span></li><li><a href="/2026-10/ART-70111-8420-30608877.html">800V平台车型月销破20万辆</a> <span>2026-10-28</span></li></ul></div>
 </div>
 <div class="right"><div class="qr"><img src="/images/wx.png" alt=""><p>扫码关注公众号</p></div></div>
</div>
<div class="footer">Copyright © 2026 OFweek 维科网 粤ICP备06087881号</div>
</body>
</html>
"""
add("portal_ofweek", H,
    url="https://auto.ofweek.com/2026-11/ART-70111-8420-30612345.html", kind="portal",
    modelled_on="auto.ofweek.com (OFweek 维科网·汽车) article page",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Date '2026-11-19 10:06' in div.sdate, source and author in sibling divs. A data table in the body: one paragraph per row, cells joined by TAB "
          "(header row included). 'OFweek汽车网讯：' opens the first paragraph and stays in it. Tags line, statement, related list and QR follow prompt are not body. No editor named.",
    classes=["table_in_body", "dateline_in_first_paragraph", "tags_line", "disclaimer", "related_list", "follow_prompt", "no_editor"],
    title="碳化硅主驱模块下探15万元车型 国内产能加速扩张",
    published_date="2026-11-19", published_at="2026-11-19T10:06:00+08:00",
    author="陆子衡", editor=None, source="OFweek汽车网", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 财联社
CT = "2026-11-29T14:05:21+08:00"
P = [
    "财联社11月29日讯（记者 汪恺言）固态电池产业链的“中试热”正在向上游材料端蔓延。记者从多家材料企业获悉，硫化物电解质的中试线订单在三季度以来明显增多，部分设备企业的交付排期已排至明年二季度。",
    "“今年下半年来询价的客户，至少一半是电池企业本身，另一半是想切入这条赛道的材料公司。”一家锂电设备企业销售负责人对财联社记者表示，一条百吨级硫化物电解质中试线的设备投资约在8000万元至1.2亿元之间。",
    "不过，多位业内人士提醒，固态电池距离大规模装车仍有距离。一位动力电池企业研究院人士称，硫化物路线在量产一致性、成本和空气稳定性方面仍需突破，“中试线多，不代表量产近”。",
    "二级市场方面，固态电池概念股近期波动加大。截至11月27日收盘，相关指数近一个月累计上涨12.6%，但成交额较前期高点回落近三成。",
]
N = [
    "声明：财联社力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担",
    "下载财联社APP获取更多资讯",
    "相关阅读",
    "固态电池设备订单排至明年二季度？多家公司回应",
    "阅读 5.2W",
]
DATA = ('{"props":{"initialState":{"detail":{"articleDetail":{"id":2213456,"title":"固态电池中试线订单排队 上游材料企业加速入场",'
        f'"ctime":{epoch(CT)},"author":"汪恺言","reading_num":52013}}}}}},"page":"/detail/[id]"}}')
H = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>固态电池中试线订单排队 上游材料企业加速入场_财联社</title>
<meta name="description" content="固态电池产业链的“中试热”正在向上游材料端蔓延。">
</head>
<body>
<div id="__next">
<div class="header-box"><a class="logo" href="/">财联社</a><ul class="nav"><li>电报</li><li>话题</li><li>盯盘</li><li>VIP</li></ul><a class="download">下载APP</a></div>
<div class="w-1200 m-auto clearfix">
 <div class="f-l content-left">
  <div class="f-w-b detail-title-content">固态电池中试线订单排队 上游材料企业加速入场</div>
  <div class="f-s-14 c-999 m-b-20 detail-option-box">
   <span class="m-r-10">2026-11-29 14:05</span><span class="m-r-10">星期日</span><span class="m-r-10">来源：财联社</span><span>阅读 5.2W</span>
  </div>
  <div class="m-b-40 detail-content">
{ps(P)}
   <div class="detail-related"><div class="f-w-b">相关阅读</div>
    <a href="/detail/2209871">固态电池设备订单排至明年二季度？多家公司回应</a>
    <a href="/detail/2201234">硫化物电解质价格首次跌破每公斤万元</a></div>
  </div>
  <div class="detail-editor">责任编辑：赵晴</div>
  <div class="c-999 f-s-12 detail-statement">声明：财联社力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担</div>
 </div>
 <div class="f-r content-right"><div class="app-qr"><img src="/img/app.png" alt=""><p>下载财联社APP获取更多资讯</p></div>
  <div class="hot-telegraph"><h4>电报</h4><ul><li><span>14:32</span>某锂矿企业公告停产检修</li><li><span>14:18</span>11月新能源车周度零售环比增长</li></ul></div></div>
</div>
</div>
<script id="__NEXT_DATA__" type="application/json">{DATA}</script>
</body>
</html>
"""
add("portal_cls", H,
    url="https://www.cls.cn/detail/2213456", kind="portal",
    modelled_on="cls.cn (财联社) article detail page (Next.js render, __NEXT_DATA__ with ctime epoch seconds)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed '2026-11-29 14:05' + weekday span; __NEXT_DATA__ ctime (epoch seconds) = 2026-11-29 14:05:21 +08:00, which agrees with the printed minute, so seconds :21. "
          "Author from the dateline parentheses '（记者 汪恺言）' inside the first paragraph (the dateline stays in the paragraph). Source from '来源：财联社'. "
          "Telegraph sidebar times (14:32, 14:18) are other items. The 相关阅读 block sits inside the content div and is not body.",
    classes=["author_in_dateline_parentheses", "weekday_span", "epoch_seconds_page_data", "related_list_inside_body",
             "disclaimer", "app_prompt", "sidebar_times", "editor_line"],
    title="固态电池中试线订单排队 上游材料企业加速入场",
    published_date="2026-11-29", published_at="2026-11-29T14:05:21+08:00",
    author="汪恺言", editor="赵晴", source="财联社", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 观察者网
P = [
    "当欧洲车企还在讨论“去风险”时，一家中国汽车座椅企业已经悄悄在匈牙利开出了第二家工厂。",
    "11月25日，江苏恒舒汽车座椅系统有限公司位于匈牙利德布勒森的新工厂举行投产仪式。这座工厂主要为当地两家德系整车厂配套座椅骨架和电动调节总成，设计年产能45万套。公司副总裁韩牧在接受观察者网采访时表示，欧洲客户对“本地生产、本地交付”的要求越来越明确，“不到欧洲建厂，很多项目连报价资格都拿不到”。",
    "据了解，恒舒在欧洲的第一家工厂于2023年在塞尔维亚投产，目前员工约600人。新工厂投产后，公司在欧洲的座椅骨架产能将提升一倍以上。",
    "值得注意的是，恒舒此次在匈牙利的工厂选址，与多家中国动力电池和整车企业的欧洲基地相距不远。韩牧坦言，跟着中国整车企业出海的订单正在变多，但公司仍有超过七成的欧洲收入来自欧洲本土品牌。",
    "有分析认为，在欧盟对中国电动汽车征收反补贴税的背景下，中国零部件企业在欧洲本地化生产，一方面可以规避贸易壁垒，另一方面也在重塑欧洲汽车供应链的格局。",
]
N = [
    "【文/观察者网 吕嘉禾】",
    "本文系观察者网独家稿件，未经授权，不得转载。",
    "下载观察者APP，阅读更多精彩内容",
    "2026-11-27 09:13",
    "欧洲车企正在失去耐心？",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>中国座椅企业在匈牙利开出第二家工厂_汽车_观察者网</title>
<meta name="Keywords" content="座椅,匈牙利,零部件出海">
</head>
<body>
<div class="header"><div class="logo"><a href="https://www.guancha.cn/">观察者网</a></div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/internation">国际</a></li><li><a href="/economy">财经</a></li><li><a href="/qiche">汽车</a></li><li><a href="/military-affairs">军事</a></li></ul></div>
<div class="content fix">
 <div class="main-left">
  <div class="content-main">
   <h3>匈牙利德布勒森 恒舒座椅二期投产</h3>
   <h1>中国座椅企业在匈牙利开出第二家工厂</h1>
   <div class="time fix"><span>2026-11-27 07:52:14</span><span>来源：观察者网</span><span>作者：吕嘉禾</span></div>
   <div class="all-txt">
<p>【文/观察者网 吕嘉禾】</p>
{ps(P)}
<p style="color:#999">本文系观察者网独家稿件，未经授权，不得转载。</p>
   </div>
   <div class="editor-name">责任编辑：冯雨辰</div>
   <div class="key-word fix"><span>标签</span><a href="/tag/qiche">汽车</a><a href="/tag/chuhai">出海</a></div>
   <div class="share-box">分享到：<a>微信</a><a>微博</a></div>
   <div class="module-interested"><h4>你可能感兴趣的</h4><ul><li><a href="/qiche/2026_11_20_797610.shtml">欧洲车企正在失去耐心？</a></li></ul></div>
  </div>
  <div class="comment-box"><h4>评论</h4>
   <div class="cmt-item"><span class="cmt-user">路人甲</span><span class="cmt-time">2026-11-27 09:13</span><p>出海不容易，支持。</p></div>
  </div>
 </div>
 <div class="main-right"><div class="app-down">下载观察者APP，阅读更多精彩内容</div></div>
</div>
<div class="footer">Copyright © 2014-2026 观察者 All rights reserved.</div>
</body>
</html>
"""
add("portal_guancha", H,
    url="https://www.guancha.cn/qiche/2026_11_27_798321.shtml", kind="portal",
    modelled_on="guancha.cn (观察者网) article page (h3 kicker above h1, div.time with date/来源/作者 spans, 【文/观察者网 X】 opener)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Header line '2026-11-27 07:52:14 / 来源：观察者网 / 作者：吕嘉禾'. The body opens with the credit line '【文/观察者网 吕嘉禾】' as its own <p>: a credit line, not body. "
          "The h3 above the h1 is a kicker, not the title. Exclusive/no-reprint note inside the body div is not body. Comment with a later time (09:13) is not the publication time.",
    classes=["credit_line_in_body", "kicker_h3_above_h1", "reprint_notice_in_body", "comment_dates", "editor_line", "app_prompt", "tags_line"],
    title="中国座椅企业在匈牙利开出第二家工厂",
    published_date="2026-11-27", published_at="2026-11-27T07:52:14+08:00",
    author="吕嘉禾", editor="冯雨辰", source="观察者网", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- IT之家
P = [
    "IT之家 11 月 28 日消息，国内车载激光雷达厂商光羿科技今日发布新一代 192 线半固态激光雷达“OptiScan M3”，官方称其体积较上一代缩小 35%，功耗降至 11W，可隐藏式布置于前挡风玻璃后方。",
    "IT之家从发布会获悉，OptiScan M3 主要参数如下：",
    "最远探测距离 250 米（10% 反射率）",
    "水平视场角 120°，垂直视场角 25°",
    "最高角分辨率 0.05° × 0.05°",
    "点频 230 万点 / 秒",
    "光羿科技表示，该产品已获得两家国内车企定点，预计 2027 年二季度起量产装车，量产价格将控制在 1500 元以内。",
    "IT之家注意到，今年以来，国内车载激光雷达的单颗价格持续下探，多家厂商已将主力产品价格压至 2000 元以下，激光雷达开始进入 15 万元级车型。",
]
N = [
    "相关阅读：",
    "《激光雷达价格战：单颗跌破 2000 元》",
    "广告声明：文内含有的对外跳转链接（包括不限于超链接、二维码、口令等形式），用于传递更多信息，节省甄选时间，结果仅供参考，IT之家所有文章均包含本声明。",
    "IT之家 App 内查看更多精彩内容",
]
H = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>光羿科技发布 192 线半固态激光雷达 OptiScan M3，功耗 11W - IT之家</title>
<meta name="keywords" content="激光雷达,光羿科技">
</head>
<body>
<div id="nav"><a href="https://www.ithome.com/">IT之家</a> <a href="https://it.ithome.com/">业界</a> <a href="https://auto.ithome.com/">智车</a> <a href="https://www.ithome.com/app">App</a></div>
<div class="content fl">
 <div class="post_title">
  <h1>光羿科技发布 192 线半固态激光雷达 OptiScan M3，功耗 11W</h1>
  <div class="cv">
   <span id="pubtime_baidu">2026/11/28 9:41:37</span>
   <span id="source_baidu">来源：<a href="https://www.ithome.com">IT之家</a></span>
   <span id="author_baidu">作者：<strong>清源</strong></span>
   <span id="editor_baidu">责编：<strong>问舟</strong></span>
   <span class="cmtnum">评论：<a href="#comment">36</a></span>
  </div>
 </div>
 <div class="post_content" id="paragraph">
{ps(P[:2])}
<ul>
{ps(P[2:6], tag="li")}
</ul>
{ps(P[6:])}
<p>相关阅读：</p>
<ul class="related"><li><a href="https://www.ithome.com/0/808/112.htm">《激光雷达价格战：单颗跌破 2000 元》</a></li><li><a href="https://www.ithome.com/0/801/554.htm">《车载激光雷达出货量季度排名出炉》</a></li></ul>
<p class="ad-tips" style="color:#a0a0a0">广告声明：文内含有的对外跳转链接（包括不限于超链接、二维码、口令等形式），用于传递更多信息，节省甄选时间，结果仅供参考，IT之家所有文章均包含本声明。</p>
 </div>
 <div class="shareto">分享到：微信 微博 QQ</div>
 <div class="app-tip">IT之家 App 内查看更多精彩内容</div>
</div>
<div id="rank"><h3>日榜</h3><ol><li>某品牌新车上市 1 小时订单破万</li></ol></div>
</body>
</html>
"""
add("portal_ithome", H,
    url="https://www.ithome.com/0/812/345.htm", kind="portal",
    modelled_on="ithome.com (IT之家) article page (div.cv with pubtime_baidu / source_baidu / author_baidu / editor_baidu spans)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Date printed as '2026/11/28 9:41:37' (slashes, single-digit hour, seconds). 责编 (short label) gives the editor; 作者 the author (staff pen names). "
          "The spec <ul> is article text (one paragraph per item). The 相关阅读 label and its <ul> of 《》 links and the 广告声明 line are INSIDE the content div and are not body. "
          "'IT之家 11 月 28 日消息，' opens the first paragraph and stays; Chinese-number spacing is kept as printed.",
    classes=["slash_date_single_digit_hour", "editor_short_label", "list_in_body", "related_list_inside_body",
             "ad_disclaimer_in_body", "dateline_in_first_paragraph", "app_prompt"],
    title="光羿科技发布 192 线半固态激光雷达 OptiScan M3，功耗 11W",
    published_date="2026-11-28", published_at="2026-11-28T09:41:37+08:00",
    author="清源", editor="问舟", source="IT之家", paragraphs=P, body_noise=N)

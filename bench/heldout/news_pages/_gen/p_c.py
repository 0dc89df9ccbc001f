from common import e, ps, epoch, epoch_ms, truth, iso

PAGES = []


def page(fn):
    PAGES.append(fn)
    return fn


# ---------------------------------------------------------------- 11 eastmoney
@page
def portal_eastmoney():
    title = "汽车经销商年末冲量压力加大 多地4S店推出“一口价”促销"
    paras = [
        "临近年末，汽车经销商的库存压力再度显现。中国汽车流通协会最新发布的数据显示，11月汽车经销商库存预警指数为57.8%，位于荣枯线之上，库存系数维持在1.5以上。",
        "记者走访上海、杭州等地多家4S店发现，不少门店推出了“一口价”“限时直降”等促销活动，部分合资品牌燃油车型的终端优惠幅度超过车价的20%。",
        "“今年的任务还差两成，12月只能靠让利冲量。”一位合资品牌4S店销售经理坦言，厂家的年度返利与销量目标挂钩，完不成任务意味着全年利润大幅缩水。",
        "与此同时，经销商网络也在加速调整。今年以来，部分燃油车品牌的经销商退网、转网现象增多，一些投资人将门店改建为新能源品牌的交付中心或二手车展厅。",
        "中国汽车流通协会建议，主机厂应根据市场实际需求合理制定销量目标，减少对经销商的压库行为，共同维护健康的市场秩序。",
    ]
    noise = [
        "（文章来源：上海证券报）",
        "(责任编辑：DF327)",
        "郑重声明：东方财富发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。据此操作，风险自担。",
        "扫一扫下载APP",
        "东方财富Choice数据",
        "广告",
        "开户即送Level-2行情，点击立即体验",
    ]
    t = truth(
        url="https://finance.eastmoney.com/a/202611293256789012.html", kind="portal",
        modelled_on="eastmoney.com (东方财富网) finance article page",
        encoding="utf-8",
        notes="Source is a linked media name after 来源：, repeated as （文章来源：...） at the end of the body. The editor line carries only a staff code (DF327) and no name, so editor is null. Printed minute agrees with the showtime variable in the page script, which supplies seconds. An inline ad block sits between paragraphs 3 and 4.",
        classes=["linked_source", "source_repeated_in_body", "editor_code_only", "inline_ad", "disclaimer", "script_page_data", "app_prompt"],
        title=title, published_date="2026-11-29", published_at="2026-11-29T14:25:36+08:00",
        author="陈梦瑶", editor=None, source="上海证券报", paragraphs=paras, body_noise=noise)
    h = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}_东方财富网</title>
<meta name="keywords" content="经销商,库存,促销">
<meta name="description" content="11月汽车经销商库存预警指数为57.8%，位于荣枯线之上。">
<script>var articleInfo = {{"code":"202611293256789012","showtime":"2026-11-29 14:25:36","source":"上海证券报","author":"陈梦瑶"}};</script>
</head>
<body>
<div class="topbar"><a href="https://www.eastmoney.com/">东方财富网</a> <a href="https://finance.eastmoney.com/">财经</a> <a href="https://stock.eastmoney.com/">股票</a> <a href="https://data.eastmoney.com/">数据</a> <a href="https://fund.eastmoney.com/">基金</a></div>
<div class="main">
 <div class="contentwrap">
  <div class="mainleft">
   <div class="contentbox">
    <div class="title">{title}</div>
    <div class="infos">
     <div class="item">2026年11月29日 14:25</div>
     <div class="item">来源：<a href="http://www.cnstock.com/" target="_blank">上海证券报</a></div>
     <div class="item">作者：陈梦瑶</div>
     <div class="item"><a href="#comment">评论</a></div>
    </div>
    <div class="abstract"><div class="b-review">摘要</div><div class="txt">【汽车经销商年末冲量压力加大 多地4S店推出“一口价”促销】临近年末，汽车经销商的库存压力再度显现。</div></div>
    <div class="txtinfos" id="ContentBody">
{ps(paras[:3], ent=True)}
<div class="em-ad" style="margin:10px 0"><span class="ad-tag">{noise[5]}</span><a href="https://acttg.eastmoney.com/pub/web_kh_1">{noise[6]}</a></div>
{ps(paras[3:], ent=True)}
<p class="em_media">{noise[0]}</p>
<p class="res-edit">{noise[1]}</p>
    </div>
    <div class="sm">{noise[2]}</div>
    <div class="app-down"><img src="https://g1.dfcfw.com/g3/qrcode.png" alt=""><span>{noise[3]}</span></div>
    <div class="related"><h3>相关阅读</h3><ul><li><a href="#">11月乘用车零售预测</a></li><li><a href="#">汽车板块资金流向</a></li></ul></div>
    <div class="gubaComment" id="comment"><h3>评论</h3><textarea placeholder="写评论"></textarea></div>
   </div>
  </div>
  <div class="mainright"><div class="hotnews"><h3>热门文章</h3><ol><li><a href="#">A股三大指数集体收涨</a></li><li><a href="#">{noise[4]}</a></li></ol></div></div>
 </div>
</div>
<div class="footer"><p>东方财富网 版权所有</p></div>
</body>
</html>
"""
    return "portal_eastmoney", h, t


# ---------------------------------------------------------------- 12 hexun (GBK)
@page
def portal_hexun():
    title = "商用车复苏步伐放缓 重卡零部件企业转战海外市场"
    paras = [
        "今年以来，国内重卡市场呈现“前高后低”走势。第三季度重卡销量同比下降约12%，物流运价低迷和部分地区基建开工不足抑制了终端需求。",
        "国内市场承压之下，重卡零部件企业纷纷加大海外市场开拓力度。多家变速器、车桥和制动系统企业表示，今年海外订单占比已提升至30%以上，主要市场包括东南亚、中东、非洲和俄语区国家。",
        "一家重卡车桥企业负责人介绍，海外客户对产品可靠性和售后响应速度要求很高，公司已在多个国家设立配件中心库，确保常用配件48小时内送达。",
        "业内人士指出，海外市场虽然增长较快，但汇率波动、回款周期长以及部分地区的政治风险，也对企业的风险管理能力提出挑战。",
        "展望明年，多家机构认为，随着国四车辆淘汰更新政策持续推进，以及天然气重卡、电动重卡渗透率提升，国内重卡市场有望企稳回升，零部件企业将迎来国内外市场双轮驱动的机会。",
    ]
    noise = [
        "(责任编辑：邢雯 HX011)",
        "和讯网发布此信息的目的在于传播更多信息，与本站立场无关。和讯网不保证该信息（包括但不限于文字、视频、音频、数据及图表）全部或者部分内容的准确性、真实性、完整性、有效性、及时性、原创性等。相关信息并未经过本网站证实，不对您构成任何投资建议，据此操作，风险自担。",
        "【免责声明】本文仅代表作者本人观点，与和讯网无关。",
        "看全文",
    ]
    t = truth(
        url="https://auto.hexun.com/2026-11-20/214567890.html", kind="portal",
        modelled_on="hexun.com (和讯网) article page, GBK",
        encoding="gbk",
        notes="GBK page. Date and source share the tip line; the source is a linked media name without a 来源 label (the link text reads 中国汽车报). Editor line in parentheses with a staff code (HX011) after the name.",
        classes=["gbk", "date_source_one_line", "linked_source_no_label", "editor_staff_code", "disclaimer", "no_author"],
        title=title, published_date="2026-11-20", published_at="2026-11-20T10:32:15+08:00",
        author=None, editor="邢雯", source="中国汽车报", paragraphs=paras, body_noise=noise)
    h = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{title}-汽车频道-和讯网</title>
<meta name="keywords" content="重卡,零部件,海外" />
<meta name="description" content="国内市场承压之下，重卡零部件企业纷纷加大海外市场开拓力度。" />
<script type="text/javascript">var hxArticleId = "214567890"; var hxPubTime = "2026-11-20 10:32:15";</script>
</head>
<body>
<div class="hx_top"><a href="https://www.hexun.com/">和讯首页</a> | <a href="https://stock.hexun.com/">股票</a> | <a href="https://funds.hexun.com/">基金</a> | <a href="https://auto.hexun.com/">汽车</a> | <a href="https://tech.hexun.com/">科技</a></div>
<div class="layout mg articleName">
 <div class="links"><a href="https://auto.hexun.com/">汽车频道</a> &gt; <a href="https://auto.hexun.com/hyzx/">行业资讯</a> &gt; 正文</div>
 <h1>{title}</h1>
 <div class="clearfix">
  <div class="tip fl"><span class="pr20">2026-11-20 10:32:15</span> <a href="https://www.cnautonews.com/" target="_blank" rel="nofollow">中国汽车报</a></div>
  <div class="tip fr"><a href="#comment">评论</a> <a class="fontBig" href="javascript:void(0)">大</a><a class="fontSmall" href="javascript:void(0)">小</a></div>
 </div>
</div>
<div class="layout mg clearfix">
 <div class="w600 l">
  <div class="art_context">
   <div class="art_contextBox">
{ps(paras, tpl='<p style="text-indent:2em">{}</p>')}
<div style="text-align:right;font-size:12px;" class="editorName">{noise[0]}</div>
   </div>
   <div class="showAll"><a href="javascript:void(0)">{noise[3]}</a></div>
   <div class="art_risk">{noise[2]}</div>
   <div class="art_declare">{noise[1]}</div>
  </div>
  <div class="relativeNews"><h3>相关新闻</h3><ul><li><a href="#">10月重卡销量点评</a></li><li><a href="#">天然气重卡渗透率提升</a></li></ul></div>
  <div id="comment" class="commentBox"><textarea>请输入评论</textarea></div>
 </div>
 <div class="w300 r"><div class="hotTop"><h3>汽车热文</h3><ol><li><a href="#">重卡出口再创新高</a></li><li><a href="#">商用车电动化提速</a></li></ol></div></div>
</div>
<div class="footer"><p>和讯网 版权所有 Copyright&copy; 1996-2026 Hexun.com</p></div>
</body>
</html>
"""
    return "portal_hexun", h, t


# ---------------------------------------------------------------- 13 36kr (relative hours)
@page
def portal_36kr():
    title = "36氪首发｜车载激光雷达企业「光迹科技」完成3亿元B轮融资"
    paras = [
        "36氪获悉，车载激光雷达企业「光迹科技」近日完成3亿元B轮融资，由某产业基金领投，多家老股东跟投。本轮融资将主要用于905nm纯固态激光雷达的量产爬坡和海外市场拓展。",
        "光迹科技成立于2020年，团队核心成员来自国内外头部激光雷达和光通信企业。公司产品采用自研的单光子探测芯片和VCSEL面阵光源，取消了机械扫描结构。",
        "创始人李修远告诉36氪，纯固态方案的最大优势在于可靠性和成本。“没有运动部件，整机能够通过更严苛的车规振动测试，量产成本也有望降到千元以内。”",
        "目前，光迹科技已获得3家车企的5个车型定点，其中首款车型预计于明年二季度量产。公司位于苏州的产线设计产能为年产30万台。",
        "行业方面，随着城市NOA功能普及，激光雷达前装搭载量持续增长。据第三方机构统计，今年前三季度国内乘用车激光雷达搭载量超过120万台，同比增长近一倍。",
        "不过，价格战也在蔓延。多家激光雷达企业的主力产品报价已降至200美元以下，行业盈利仍面临压力。",
    ]
    noise = [
        "3小时前",
        "本文为36氪原创，未经授权不得转载",
        "36氪APP让一部分人先看到未来",
        "该文观点仅代表作者本人，36氪平台仅提供信息存储空间服务。",
    ]
    ms = epoch_ms("2026-11-30 05:47:52", 314)
    t = truth(
        url="https://36kr.com/p/3012345678901234", kind="portal",
        modelled_on="36kr.com article page (SSR with window.initialState)",
        encoding="utf-8",
        notes="The printed time is relative (3小时前, fetched_at 2026-11-30 09:00). window.initialState has publishTime as epoch milliseconds = 2026-11-30 05:47:52 +08:00, consistent with the relative text, and supplies day and time. The author name is a linked name in the author box. No 来源 line and no other organisation is credited (the 原创 notice is a copyright notice), so source is null.",
        classes=["relative_hours", "epoch_ms_page_data", "reprint_notice", "app_prompt", "platform_disclaimer", "no_source"],
        title=title, published_date="2026-11-30", published_at="2026-11-30T05:47:52+08:00",
        author="黄楚翘", editor=None, source=None, paragraphs=paras, body_noise=noise)
    state = ('{"articleDetail":{"articleDetailData":{"data":{"itemId":3012345678901234,"widgetTitle":"' + title +
             '","author":"黄楚翘","authorId":18702234,"publishTime":' + str(ms) + ',"sourceType":"original","source":"36氪","templateType":1}}}}')
    h = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}-36氪</title>
<meta name="keywords" content="激光雷达,融资,自动驾驶">
<meta name="description" content="车载激光雷达企业「光迹科技」近日完成3亿元B轮融资">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
</head>
<body>
<div id="app">
<div class="kr-header"><a class="logo" href="https://36kr.com/">36氪</a><ul class="kr-nav"><li><a href="/information/web_news/">最新</a></li><li><a href="/information/travel/">汽车</a></li><li><a href="/information/technology/">科技</a></li><li><a href="/newsflashes/">快讯</a></li></ul></div>
<div class="kr-layout-main">
 <div class="article-detail-wrapper-box">
  <div class="article-wrapper common-width">
   <div class="article-title-icon common-width margin-bottom-20"><h1 class="article-title margin-bottom-20 common-width">{title}</h1></div>
   <div class="article-title-icon common-width margin-bottom-40">
    <a class="title-icon-item item-a" href="/user/18702234">黄楚翘</a>
    <span class="title-icon-item item-time">·&nbsp;{noise[0]}</span>
   </div>
   <div class="summary">光迹科技本轮融资将用于纯固态激光雷达量产。</div>
   <div class="common-width margin-bottom-20"><div class="common-width content articleDetailContent kr-rich-text-wrapper">
{ps(paras)}
   </div></div>
   <div class="article-footer-txt"><p>{noise[1]}</p><p>{noise[3]}</p></div>
   <div class="kr-article-share"><span class="like">赞</span><span>收藏</span><span>分享</span></div>
  </div>
 </div>
 <div class="kr-sidebar"><div class="hot-list"><h3>热榜</h3><ol><li><a href="#">8点1氪｜车企年终冲刺</a></li><li><a href="#">氪星晚报</a></li></ol></div>
 <div class="app-download"><p>{noise[2]}</p></div></div>
</div>
<div class="kr-footer"><p>© 2011~2026 北京多氪信息科技有限公司</p></div>
</div>
<script>window.initialState={state}</script>
</body>
</html>
"""
    return "portal_36kr", h, t


# ---------------------------------------------------------------- 14 huxiu
@page
def portal_huxiu():
    title = "一家县城汽配店的十年：从配件批发到“线上接单”"
    paras = [
        "老周的汽配店开在豫东一个县城的国道边上，门头是十年前做的，红底白字已经褪成粉色。店里三面墙都是货架，刹车片、火花塞、机油滤芯按车型码得整整齐齐。",
        "2016年刚开店时，老周的生意主要靠给周边乡镇的修理厂批发配件。那几年私家车保有量快速增长，修理厂一个电话打过来，他骑着三轮车就能送货，一年流水能做到三四百万。",
        "变化是从几年前开始的。先是电商平台的汽配频道把价格打得很透明，修理厂老板开始在手机上比价；接着，几家全国性的汽配供应链平台在县城设了前置仓，承诺“两小时送达”。",
        "“以前我赚的是信息差，现在信息差没了。”老周说。他算过一笔账，一盒常用刹车片，平台的报价比他的进货价只高几块钱。",
        "老周没有关店，而是把自己变成了平台的一部分。他接入了一家供应链平台的系统，成为县城的服务网点，负责最后一公里配送和退换货，按单拿服务费。",
        "新能源车是他眼下最担心的事情。县城里的电动车越来越多，这些车不用换机油，刹车片也换得少，“老本行的市场在变小，这是挡不住的”。",
        "他的儿子今年从职业技术学院毕业，学的是新能源汽车维修。父子俩商量着，明年在店后面腾出一块地方，做电动车的轮胎、空调和底盘保养。",
        "十年里，县城汽配生意的逻辑被重写了好几次。老周说，能留下来的人，都是一边骂一边改的人。",
    ]
    noise = [
        "本文来自微信公众号：汽车产经 （ID：autoinsight2012），作者：孟凡舟，题图来自：视觉中国",
        "本内容为作者独立观点，不代表虎嗅立场。未经允许不得转载，授权事宜请联系 hezuo@huxiu.com",
        "如对本稿件有异议或投诉，请联系 tougao@huxiu.com",
        "本文来自虎嗅，原文链接：https://www.huxiu.com/article/4123456.html",
        "正在改变与想要改变世界的人，都在 虎嗅APP",
    ]
    t = truth(
        url="https://www.huxiu.com/article/4123456.html", kind="portal",
        modelled_on="huxiu.com (虎嗅) article page",
        encoding="utf-8",
        notes="The reprint header inside the article container names the origin (微信公众号：汽车产经) and the author (作者：孟凡舟); the header line itself is not body. The source is the 公众号 the piece comes from. JSON-LD agrees with the printed minute and supplies seconds.",
        classes=["reprint_header_in_body", "source_from_reprint_line", "author_from_reprint_line", "jsonld_agrees", "disclaimer", "app_prompt"],
        title=title, published_date="2026-11-28", published_at="2026-11-28T20:10:41+08:00",
        author="孟凡舟", editor=None, source="汽车产经", paragraphs=paras, body_noise=noise)
    ld = ('{"@context":"https://schema.org","@type":"Article","headline":"一家县城汽配店的十年：从配件批发到\\u201c线上接单\\u201d","datePublished":"2026-11-28T20:10:41+08:00","author":{"@type":"Person","name":"汽车产经"}}')
    h = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}-虎嗅网</title>
<meta name="description" content="老周的汽配店开在豫东一个县城的国道边上。">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<div id="__nuxt"><div id="__layout">
<header class="header"><a class="logo" href="https://www.huxiu.com/">虎嗅</a><nav><a href="/channel/21.html">车与出行</a><a href="/channel/103.html">商业消费</a><a href="/channel/22.html">社会文化</a><a href="/moment/">24小时</a></nav></header>
<div class="article-wrap">
 <div class="article__top">
  <h1 class="article__title">{title}</h1>
  <div class="article__author-info-box">
   <a class="author-name" href="/member/2345678.html">汽车产经</a>
   <span class="article__time">2026-11-28 20:10</span>
   <span class="article__category">车与出行</span>
  </div>
 </div>
 <div class="article__content" id="article-content">
  <div class="top-img"><img src="https://img.huxiucdn.com/article/cover/202611/28/201041123.jpg" alt=""></div>
  <p class="text-remarks">{noise[0]}</p>
{ps(paras, ent=True)}
  <p class="text-remarks">{noise[3]}</p>
 </div>
 <div class="article__bottom-content"><p class="bottom-statement">{noise[1]}</p><p class="bottom-statement">{noise[2]}</p></div>
 <div class="article-share"><span>分享</span><span>收藏</span><span>点赞</span></div>
 <div class="article-recommend"><h3>相关推荐</h3><ul><li><a href="#">汽配电商的下沉战争</a></li><li><a href="#">县城修理厂还能活多久</a></li></ul></div>
 <div class="app-guide">{noise[4]}</div>
</div>
<footer class="footer"><p>Copyright © 虎嗅网</p></footer>
</div></div>
</body>
</html>
"""
    return "portal_huxiu", h, t


# ---------------------------------------------------------------- 15 autohome (GBK)
@page
def portal_autohome():
    title = "供应商年降谈判提前启动 零部件企业利润空间再承压"
    paras = [
        "[汽车之家 行业] 日前，我们从多家零部件供应商处获悉，部分整车企业已提前启动明年的供应商年度降价谈判，要求降幅普遍在5%至10%之间，个别车企对部分品类提出了更高的降价要求。",
        "按照行业惯例，年降谈判通常在每年年底至次年一季度进行。今年谈判时间提前，与终端市场价格竞争加剧直接相关。一位内饰件供应商负责人表示，车企把价格压力层层传导到上游，“谈判的空间越来越小”。",
        "为应对降价压力，零部件企业普遍采取了多种措施，具体包括：",
        "优化原材料采购，通过集中采购和长协锁价降低成本；",
        "推进自动化改造，提升人均产出；",
        "开发新客户和海外市场，降低对单一客户的依赖。",
        "业内人士认为，合理的年降有助于推动产业链降本增效，但过度压价可能影响零部件质量和供应商的研发投入，最终损害整车企业的长期竞争力。近期，也有行业组织呼吁车企规范付款账期、维护公平的供应链关系。",
    ]
    noise = [
        "更多行业资讯，请关注汽车之家行业频道",
        "本文版权为汽车之家所有，未经授权不得转载",
        "全文阅读",
        "下载汽车之家APP，了解更多资讯",
    ]
    t = truth(
        url="https://www.autohome.com.cn/news/202611/1312345.html", kind="portal",
        modelled_on="autohome.com.cn (汽车之家) news article, GBK",
        encoding="gbk",
        notes="GBK page. The first paragraph opens with the column tag [汽车之家 行业] followed by two non-breaking spaces (whitespace-normalised to one), which stays part of the paragraph. A <ul> list inside the body is article content (three list items, each a paragraph). Author as a linked name in the article-info; no editor line. Printed date has the time to the minute only.",
        classes=["gbk", "bracket_column_prefix", "list_in_body", "follow_prompt_in_body", "copyright_notice", "app_prompt"],
        title=title, published_date="2026-11-26", published_at="2026-11-26T07:03:00+08:00",
        author="何文卓", editor=None, source="汽车之家", paragraphs=paras, body_noise=noise)
    body = (f"<p>{e(paras[0]).replace('] ', ']&nbsp;&nbsp;')}</p>\n" + ps(paras[1:3]) +
            "\n<ul>\n" + ps(paras[3:6], tpl="<li>{}</li>") + "\n</ul>\n" + ps(paras[6:]) +
            f'\n<p class="article-tip">{noise[0]}</p>')
    h = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{title}_汽车之家</title>
<meta name="keywords" content="年降,零部件,供应商" />
<meta name="description" content="部分整车企业已提前启动明年的供应商年度降价谈判" />
<link rel="canonical" href="https://www.autohome.com.cn/news/202611/1312345.html" />
</head>
<body>
<div class="topbar"><a href="https://www.autohome.com.cn/">汽车之家</a> <a href="https://www.autohome.com.cn/car/">找车</a> <a href="https://www.autohome.com.cn/news/">资讯</a> <a href="https://club.autohome.com.cn/">论坛</a> <a href="https://www.che168.com/">二手车</a></div>
<div class="container article">
 <div class="breadnav"><a href="https://www.autohome.com.cn/">首页</a> &gt; <a href="https://www.autohome.com.cn/news/">资讯</a> &gt; <a href="https://www.autohome.com.cn/news/hangye/">行业</a> &gt; 正文</div>
 <div class="article-details" id="articlewrap">
  <h1>{title}</h1>
  <div class="article-info">
   <div class="name"><a href="https://i.autohome.com.cn/12345678">何文卓</a></div>
   <span class="time">2026年11月26日 07:03</span>
   <span class="source">[原创]</span>
   <span class="source">来源：汽车之家</span>
  </div>
  <div class="article-content" id="articleContent">
{body}
  </div>
  <div class="more-page"><a href="javascript:void(0)">{noise[2]}</a></div>
  <div class="article-copyright">{noise[1]}</div>
  <div class="article-share"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>
 </div>
 <div class="aside"><div class="rank"><h3>资讯排行</h3><ol><li><a href="#">11月新车上市汇总</a></li><li><a href="#">冬季用车小贴士</a></li></ol></div><div class="app"><p>{noise[3]}</p></div></div>
</div>
<div class="footer"><p>&copy; 2005-2026 www.autohome.com.cn All rights reserved.</p></div>
</body>
</html>
"""
    return "portal_autohome", h, t

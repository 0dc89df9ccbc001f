from common import e, ps, epoch, epoch_ms, truth, iso

PAGES = []


def page(fn):
    PAGES.append(fn)
    return fn


# ---------------------------------------------------------------- 6 yicai
@page
def portal_yicai():
    title = "轮胎企业三季报分化：原材料回落难掩海外反倾销压力"
    summary = "天然橡胶和合成橡胶价格回落带动毛利率修复，但海外贸易壁垒正在改写轮胎企业的产能布局逻辑。"
    paras = [
        "随着三季报披露完毕，A股轮胎板块的业绩分化进一步显现。第一财经记者统计，10家主要轮胎上市公司中，有6家前三季度归母净利润同比增长，其余4家出现不同程度下滑。",
        "业绩增长的企业大多受益于原材料价格回落。今年三季度，天然橡胶、丁苯橡胶和炭黑的平均采购价格较去年同期分别下降约8%、12%和6%，带动半钢胎产品毛利率回升。",
        "但海外市场的不确定性正在上升。多家企业在半年报和三季报中提示，部分国家和地区对中国产乘用车轮胎发起反倾销调查，相关产品出口面临较高的临时关税。",
        "为应对贸易壁垒，头部轮胎企业加快海外建厂步伐。目前国内轮胎企业在东南亚、塞尔维亚、摩洛哥等地已建成或在建的工厂超过20座，半钢胎海外产能合计超过1亿条。",
        "一位轮胎行业分析师表示，海外工厂的盈利能力明显高于国内工厂，但新建工厂的产能爬坡、当地用工和原材料供应都存在挑战，企业需要平衡扩张速度与经营风险。",
        "在国内配套市场，新能源汽车对低滚阻、静音和高承载轮胎的需求增加，也为具备研发能力的企业带来结构性机会。",
    ]
    noise = [
        summary,
        "责编：黄瑞",
        "此内容为第一财经原创，著作权归第一财经所有。未经第一财经书面授权，不得以任何方式加以使用，包括转载、摘编、复制或建立镜像。第一财经保留追究侵权者法律责任的权利。",
        "如需获得授权请联系第一财经版权部：banquan@yicai.com",
        "下载第一财经APP，掌握第一手财经资讯",
        "举报",
    ]
    t = truth(
        url="https://www.yicai.com/news/102345678.html", kind="portal",
        modelled_on="yicai.com (第一财经) news page",
        encoding="utf-8",
        notes="Editor is labelled 责编 (short for 责任编辑). The summary box under the headline is a deck, not body. The page shows no 来源 and credits no other organisation (the 原创 notice is a copyright notice), so source is null. meta article:published_time agrees with the printed minute and supplies seconds.",
        classes=["editor_abbrev_label", "summary_box", "copyright_notice", "app_prompt", "meta_time_agrees", "no_source"],
        title=title, published_date="2026-11-26", published_at="2026-11-26T21:05:09+08:00",
        author="钱思远", editor="黄瑞", source=None, paragraphs=paras, body_noise=noise)
    h = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="keywords" content="轮胎,三季报,反倾销">
<meta name="description" content="{summary}">
<meta property="article:published_time" content="2026-11-26T21:05:09+08:00">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="第一财经">
<link rel="stylesheet" href="https://imgcdn.yicai.com/static/css/news.css">
</head>
<body>
<div class="m-header"><div class="m-logo"><a href="https://www.yicai.com/"><img alt="第一财经" src="https://imgcdn.yicai.com/static/logo.png"></a></div>
<ul class="m-nav"><li><a href="https://www.yicai.com/news/">新闻</a></li><li><a href="https://www.yicai.com/video/">视听</a></li><li><a href="https://www.yicai.com/data/">数据</a></li><li><a href="https://www.yicai.com/news/gongsi/">公司</a></li></ul>
<a class="m-app" href="https://www.yicai.com/app/">APP</a></div>
<div class="g-container">
 <div class="m-crumb"><a href="https://www.yicai.com/">首页</a> &gt; <a href="https://www.yicai.com/news/gongsi/">公司</a></div>
 <div class="m-article">
  <div class="title f-pr">
   <h1>{title}</h1>
   <p><em>2026-11-26 21:05</em><span>作者：钱思远</span><span>{noise[1]}</span></p>
   <div class="m-share"><a class="u-wx">微信</a><a class="u-wb">微博</a><a class="u-report" href="https://www.yicai.com/report/">{noise[5]}</a></div>
  </div>
  <div class="intro">{summary}</div>
  <div class="m-txt">
{ps(paras)}
  </div>
  <div class="m-copyright"><p>{noise[2]}</p><p>{noise[3]}</p></div>
  <div class="m-download"><a href="https://www.yicai.com/app/">{noise[4]}</a></div>
  <div class="m-relate"><h4>相关阅读</h4><ul><li><a href="https://www.yicai.com/news/102300001.html">天然橡胶价格跌至年内低点</a></li><li><a href="https://www.yicai.com/news/102300002.html">轮胎企业海外建厂再提速</a></li></ul></div>
 </div>
 <div class="m-side"><div class="m-rank"><h3>点击排行</h3><ol><li><a href="#">央行最新发布</a></li><li><a href="#">A股收评</a></li><li><a href="#">汽车消费新政解读</a></li></ol></div></div>
</div>
<div class="m-footer"><p>第一财经 版权所有 沪ICP备14018458号</p></div>
</body>
</html>
"""
    return "portal_yicai", h, t


# ---------------------------------------------------------------- 7 caixin
@page
def portal_caixin():
    title = "动力电池回收价格战升级 白名单企业开工率不足五成"
    deck = "废旧电池收购价一度高于再生材料价值，正规回收企业“吃不饱”，小作坊仍在抢货"
    paras = [
        "【财新网】动力电池回收行业的价格战仍在升级。财新了解到，今年四季度，部分地区磷酸铁锂废旧电池的收购价较年中再度上涨，而碳酸锂价格却在低位徘徊，不少回收企业处于“收一吨亏一吨”的状态。",
        "一位进入工信部《新能源汽车废旧动力蓄电池综合利用行业规范条件》名单（下称白名单）的企业负责人透露，公司湿法回收产线的开工率已降至四成左右，“不是没有产能，而是收不到货，或者收到了也算不过账”。",
        "业内估算，目前国内退役动力电池中，流入白名单企业的比例不足三成，大量电池通过个人和小作坊渠道流转。这些作坊环保投入少、税负低，能够开出更高的收购价。",
        "价格倒挂也与碳酸锂行情密切相关。两年前，碳酸锂价格处于高位时，回收企业大举扩产；如今锂价大幅回落，再生材料的利润空间被严重压缩。",
        "多位受访者认为，破解困局需要完善溯源管理，落实生产者责任延伸制度，让车企和电池企业承担起回收责任，同时加大对非法拆解的执法力度。",
        "也有企业开始尝试与车企、电池企业共建回收网络，通过梯次利用储能项目消化部分退役电池，以提升整体收益。",
    ]
    noise = [
        deck,
        "版面编辑：李东昊",
        "财新网所刊载内容之知识产权为财新传媒及/或相关权利人专属所有或持有。未经许可，禁止进行转载、摘编、复制及建立镜像等任何使用。",
        "如有意愿转载，请发邮件至hello@caixin.com，获得书面确认及授权后，方可转载。",
        "更多报道详见：",
        "财新网主编精选版电邮 样例",
    ]
    t = truth(
        url="https://companies.caixin.com/2026-11-25/102456789.html", kind="portal",
        modelled_on="caixin.com (财新网) companies article page",
        encoding="utf-8",
        notes="Byline 文｜财新 NAME with a full-width bar. Date line reads 来源于 财新网. Editor line carries 责任编辑 and 版面编辑; the 责任编辑 is the editor. 【财新网】 opens the first paragraph and stays in it. The date in the URL agrees with the printed date. The deck line under the headline is not body.",
        classes=["fullwidth_bar_byline", "source_laiyuanyu", "editor_and_layout_editor", "deck_line", "copyright_notice", "related_prompt_in_body"],
        title=title, published_date="2026-11-25", published_at="2026-11-25T16:48:00+08:00",
        author="周雨晴", editor="屈运栩", source="财新网", paragraphs=paras, body_noise=noise)
    h = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}_公司频道_财新网</title>
<meta name="keywords" content="动力电池回收,白名单,碳酸锂">
<meta name="description" content="{deck}">
<link rel="stylesheet" href="https://file.caixin.com/webchannel/all/css/article.css">
</head>
<body>
<div class="head"><div class="logo"><a href="https://www.caixin.com/"><img src="https://file.caixin.com/img/logo.png" alt="财新网"></a></div>
<div class="nav"><a href="https://economy.caixin.com/">经济</a><a href="https://finance.caixin.com/">金融</a><a href="https://companies.caixin.com/">公司</a><a href="https://china.caixin.com/">政经</a><a href="https://international.caixin.com/">世界</a></div>
<div class="mailIcon"><a href="https://email.caixin.com/">{noise[5]}</a></div></div>
<div class="comMain">
 <div class="conlf">
  <div class="crumb"><a href="https://www.caixin.com/">财新网</a> &gt; <a href="https://companies.caixin.com/">公司</a> &gt; 正文</div>
  <div id="conTit">
   <h1>{title}</h1>
   <div class="subhead">{deck}</div>
   <div class="artInfo" id="artInfo">文｜财新 周雨晴<br>2026年11月25日 16:48 <span class="source">来源于 财新网</span></div>
  </div>
  <div class="function01"><a class="fontAdd" href="javascript:void(0)">A+</a><a class="fontSub" href="javascript:void(0)">A-</a><a class="share" href="javascript:void(0)">分享</a><a class="print" href="javascript:void(0)">打印</a></div>
  <div class="content" id="the_content">
   <div class="media pip"><img src="https://img.caixin.com/2026-11-25/176406000_480.jpg" alt=""><div class="pip_txt">资料图：视觉中国</div></div>
   <div id="Main_Content_Val" class="text">
{ps(paras[:5])}
<p><strong>{noise[4]}</strong><a href="https://weekly.caixin.com/2026-11-10/102440000.html">【封面报道】电池回收大退潮</a></p>
{ps(paras[5:])}
   </div>
   <div class="editor">责任编辑：屈运栩 | {noise[1]}</div>
  </div>
  <div class="copyright"><p>{noise[2]}</p><p>{noise[3]}</p></div>
  <div class="morelink"><h4>推荐阅读</h4><ul><li><a href="#">锂价低位运行 盐湖企业减产保价</a></li><li><a href="#">储能电池出口订单回暖</a></li></ul></div>
 </div>
 <div class="conri"><div class="hotlist"><h3>财新网热门</h3><ol><li><a href="#">一周财经要闻</a></li><li><a href="#">汽车经销商库存预警指数回落</a></li></ol></div></div>
</div>
<div class="footer"><p>财新传媒 版权所有 京ICP证090880号</p></div>
</body>
</html>
"""
    return "portal_caixin", h, t


# ---------------------------------------------------------------- 8 21jingji
@page
def portal_21jingji():
    title = "广州汽车后市场调查：连锁快修门店加速洗牌"
    paras = [
        "在广州天河区一条汽修街上，三年前开张的十几家快修门店，如今只剩下不到一半。取而代之的，是挂着统一招牌的连锁品牌店和主机厂授权的快修网点。",
        "“以前靠换机油、补轮胎就能养活一家店，现在新能源车越来越多，保养项目少了，客户也更愿意去有品牌背书的店。”一位经营了八年的独立维修店老板说。",
        "来自行业协会的数据显示，今年前三季度，广州新增汽车维修经营备案企业约1200家，同时注销或停业的企业接近1500家，净减少数量为近五年来首次。",
        "连锁品牌则在加速扩张。多家全国性连锁快修品牌在华南地区的门店数量同比增长超过20%，并通过数字化系统统一采购配件和管理技师，降低单店运营成本。",
        "业内人士认为，新能源汽车的三电系统维修门槛高，对设备、资质和技师培训提出新要求，独立门店如果不能转型，生存空间将被进一步压缩。",
        "不过，也有独立门店通过专注细分领域找到出路，例如专做新能源车空调和热管理维修、轮胎与四轮定位服务，或者加盟连锁品牌获取供应链支持。",
        "“后市场不会消失，只是换了玩法。”一位连锁品牌区域负责人表示，未来两年行业集中度还会继续提升。",
    ]
    noise = [
        "21世纪经济报道及其客户端所刊载内容的知识产权均属广东二十一世纪环球经济报社所有。未经书面授权，任何人不得以任何方式使用。",
        "21财经APP，为你提供专业的财经资讯",
        "编辑：陈思琪",
        "关注我们",
    ]
    t = truth(
        url="https://www.21jingji.com/article/20261124/herald/8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d.html", kind="portal",
        modelled_on="21jingji.com (21世纪经济报道) article page",
        encoding="utf-8",
        notes="Dateline byline 21世纪经济报道 记者梁启明 广州报道 (no space between 记者 and the name, trailing 广州报道). A display:none promo span sits inside the article body. Editor in a separate line 编辑：NAME. meta publishdate agrees with the printed minute.",
        classes=["dateline_reporter_no_space", "hidden_promo_in_body", "editor_plain_label", "copyright_notice", "follow_prompt"],
        title=title, published_date="2026-11-24", published_at="2026-11-24T08:30:00+08:00",
        author="梁启明", editor="陈思琪", source="21世纪经济报道", paragraphs=paras, body_noise=noise)
    body = ps(paras[:3]) + f'\n<p><span style="display:none">{noise[1]}</span></p>\n' + ps(paras[3:])
    h = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title} - 21经济网</title>
<meta name="keywords" content="汽车后市场,快修,连锁">
<meta name="publishdate" content="2026-11-24 08:30:00">
<meta name="description" content="广州新增汽车维修经营备案企业约1200家，同时注销或停业的企业接近1500家">
</head>
<body>
<div class="topNav"><a href="https://www.21jingji.com/">21经济网</a><a href="https://www.21jingji.com/channel/finance/">金融</a><a href="https://www.21jingji.com/channel/auto/">汽车</a><a href="https://www.21jingji.com/channel/tech/">科技</a></div>
<div class="main">
 <div class="mainLeft">
  <div class="path"><a href="https://www.21jingji.com/">首页</a> &gt; <a href="https://www.21jingji.com/channel/auto/">汽车</a></div>
  <div class="titleHead"><h1>{title}</h1>
   <div class="newsInfo"><span class="baodao">21世纪经济报道 记者梁启明 广州报道</span><span class="Wh">2026-11-24 08:30</span><span class="source">来源：21世纪经济报道</span></div>
   <div class="newsEditor"><span>{noise[2]}</span></div>
  </div>
  <div class="detailCont">
{body}
  </div>
  <div class="newsCopyright">{noise[0]}</div>
  <div class="attention"><span>{noise[3]}</span><img src="https://static.21jingji.com/qrcode.png" alt="二维码"></div>
  <div class="relNews"><h3>相关新闻</h3><ul><li><a href="#">新能源车维修人才缺口有多大</a></li><li><a href="#">后市场连锁品牌的下半场</a></li></ul></div>
 </div>
 <div class="mainRight"><div class="hotRank"><h3>24小时排行</h3><ol><li><a href="#">大湾区汽车产业链观察</a></li><li><a href="#">广州车展前瞻</a></li></ol></div></div>
</div>
<div class="footer"><p>广东二十一世纪环球经济报社 版权所有</p></div>
</body>
</html>
"""
    return "portal_21jingji", h, t


# ---------------------------------------------------------------- 9 nbd
@page
def portal_nbd():
    title = "一汽车座椅龙头拟募资12亿元扩产 机构密集调研追问毛利率"
    paras = [
        "每经记者注意到，11月21日晚间，国内汽车座椅骨架龙头企业华岳精工（化名）披露定增预案，拟募集资金不超过12亿元，用于安徽、重庆两地的座椅总成及轻量化骨架扩产项目。",
        "根据预案，项目达产后将新增年产座椅总成60万套、座椅骨架180万套的产能。公司表示，新能源车企对电动调节、通风加热、零重力座椅等功能的需求增加，现有产能已无法满足订单交付。",
        "消息公布后，公司在11月22日接待了包括公募基金、保险资管在内的30余家机构调研。从调研记录看，机构最关心的问题集中在毛利率和客户集中度上。",
        "公司在回复中表示，今年前三季度综合毛利率为18.6%，较去年同期下降1.9个百分点，主要受到下游车企年降压力和新产线折旧增加的影响。前五大客户收入占比约为62%。",
        "对于扩产是否过于激进，公司相关负责人表示，新增产能均有定点项目支撑，预计投产后两年内产能利用率可以达到80%以上。",
        "有券商汽车行业分析师对每经记者表示，座椅是整车中单车价值量较高的内饰部件，国产厂商正在从骨架、滑轨等零部件向总成集成升级，但总成业务对资金和管理能力要求更高，需关注扩产后的盈利兑现情况。",
    ]
    noise = [
        "每经记者 郑浩然 每经编辑 孙佳",
        "封面图片来源：图片由每经记者 何剑锋 摄",
        "免责声明：本文内容与数据仅供参考，不构成投资建议，使用前请核实。据此操作，风险自担。",
        "如需转载请与《每日经济新闻》报社联系。未经《每日经济新闻》报社授权，严禁转载或镜像，违者必究。",
        "特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。如您不希望作品出现在本站，可联系我们要求撤下您的作品。",
    ]
    t = truth(
        url="https://www.nbd.com.cn/articles/2026-11-22/3612345.html", kind="portal",
        modelled_on="nbd.com.cn (每日经济新闻) articles page",
        encoding="utf-8",
        notes="Top credit line 每经记者 NAME 每经编辑 NAME uses site-prefixed labels; 每经编辑 is the editor. Cover-image credit names a photographer (not an author). Date and media name share one line.",
        classes=["site_prefixed_credit_labels", "photographer_credit", "date_source_one_line", "disclaimer", "copyright_notice"],
        title=title, published_date="2026-11-22", published_at="2026-11-22T16:02:11+08:00",
        author="郑浩然", editor="孙佳", source="每日经济新闻", paragraphs=paras, body_noise=noise)
    h = f"""<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} | 每日经济新闻</title>
<meta name="keywords" content="座椅,定增,扩产">
<meta name="description" content="国内汽车座椅骨架龙头企业披露定增预案，拟募集资金不超过12亿元">
</head>
<body>
<div class="g-header"><a class="logo" href="https://www.nbd.com.cn/"><img src="https://static.nbd.com.cn/images/logo.png" alt="每日经济新闻"></a>
<ul class="u-nav"><li><a href="https://www.nbd.com.cn/columns/3/">要闻</a></li><li><a href="https://stocks.nbd.com.cn/">股票</a></li><li><a href="https://auto.nbd.com.cn/">汽车</a></li><li><a href="https://www.nbd.com.cn/columns/346/">公司</a></li></ul></div>
<div class="g-main">
 <div class="g-article">
  <div class="g-article-top">
   <div class="u-breadcrumb"><a href="https://www.nbd.com.cn/">每经网首页</a> &gt; <a href="https://www.nbd.com.cn/columns/346/">公司</a></div>
   <h1>{title}</h1>
   <p class="u-time"><span class="source">每日经济新闻</span> <span class="time">2026-11-22 16:02:11</span></p>
  </div>
  <div class="g-articl-text">
   <p class="u-kb">{noise[0]}</p>
   <p><img src="https://image.nbd.com.cn/uploads/articles/images/123456/cover.jpg" alt=""></p>
{ps(paras)}
   <p class="u-dsc">{noise[1]}</p>
  </div>
  <div class="u-mzsm"><p>{noise[2]}</p></div>
  <div class="u-copyright"><p>{noise[3]}</p><p>{noise[4]}</p></div>
  <div class="u-share"><span>分享到：</span><a>微信</a><a>微博</a></div>
  <div class="u-related"><h3>相关文章</h3><ul><li><a href="#">汽车内饰件企业三季报盘点</a></li><li><a href="#">零部件企业定增热度回升</a></li></ul></div>
 </div>
 <div class="g-right"><div class="u-hot"><h3>每经热评</h3><ol><li><a href="#">车企年底冲量观察</a></li><li><a href="#">新势力11月交付预测</a></li></ol></div></div>
</div>
<div class="g-footer"><p>每日经济新闻 版权所有</p></div>
</body>
</html>
"""
    return "portal_nbd", h, t


# ---------------------------------------------------------------- 10 stcn
@page
def portal_stcn():
    title = "汽车热管理赛道升温 多家公司获储能液冷订单"
    paras = [
        "e公司讯，近期，多家汽车热管理上市公司披露在储能液冷领域取得新订单。记者梳理发现，今年以来已有超过8家汽车热管理企业将业务延伸至储能温控，相关订单金额合计超过30亿元。",
        "某热管理企业董秘在接受e公司记者采访时表示，储能液冷机组与新能源汽车电池热管理在技术上高度相通，公司可以复用现有的电子膨胀阀、水泵、换热器等核心零部件和生产线。",
        "从需求端看，大容量储能电站对温控系统的要求不断提高，液冷方案的渗透率快速上升。有机构预计，到2027年国内储能温控市场规模有望超过百亿元。",
        "不过，储能行业的价格竞争同样激烈。有业内人士提醒，储能液冷产品的毛利率明显低于车用热管理产品，企业需要在规模扩张与盈利能力之间找到平衡。",
    ]
    noise = [
        "责任编辑：刘炜",
        "校对：王锦",
        "声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担",
        "下载“证券时报”官方APP，或关注官方微信公众号，即可随时了解股市动态，洞察政策信息，把握财富机会。",
    ]
    t = truth(
        url="https://www.stcn.com/article/detail/1456789.html", kind="portal",
        modelled_on="stcn.com (证券时报网 / e公司) article detail page",
        encoding="utf-8",
        notes="Source, author and date share one detail-info line (来源：证券时报网 作者：NAME 2026-11-21 09:47). Editor and proofreader lines at the end; proofreader is not the editor. e公司讯 opens the first paragraph and stays in it.",
        classes=["date_source_author_one_line", "editor_and_proofreader", "disclaimer", "app_prompt"],
        title=title, published_date="2026-11-21", published_at="2026-11-21T09:47:00+08:00",
        author="顾晓峰", editor="刘炜", source="证券时报网", paragraphs=paras, body_noise=noise)
    h = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{title}_证券时报网</title>
<meta name="keywords" content="热管理,储能,液冷">
<meta name="description" content="多家汽车热管理上市公司披露在储能液冷领域取得新订单。">
</head>
<body>
<div class="header"><div class="logo"><a href="https://www.stcn.com/"><img src="https://static.stcn.com/images/logo.png" alt="证券时报网"></a></div>
<div class="nav"><a href="https://www.stcn.com/article/list/yw.html">要闻</a><a href="https://www.stcn.com/article/list/gs.html">公司</a><a href="https://www.stcn.com/article/list/egs.html">e公司</a><a href="https://www.stcn.com/article/list/kx.html">快讯</a></div></div>
<div class="detail-content-wrap">
 <div class="detail-left">
  <div class="breadcrumb"><a href="https://www.stcn.com/">首页</a> &gt; <a href="https://www.stcn.com/article/list/egs.html">e公司</a> &gt; 正文</div>
  <div class="detail-title">{title}</div>
  <div class="detail-info"><span>来源：证券时报网</span><span>作者：顾晓峰</span><span>2026-11-21 09:47</span></div>
  <div class="detail-content">
{ps(paras)}
  </div>
  <div class="detail-content-editor"><p>{noise[0]}</p><p>{noise[1]}</p></div>
  <div class="detail-content-tip">{noise[2]}</div>
  <div class="detail-app">{noise[3]}</div>
  <div class="detail-share"><span>分享：</span><a>微信</a><a>微博</a><a>QQ</a></div>
 </div>
 <div class="detail-right"><div class="hot-news"><div class="title">热门资讯</div><ul><li><a href="#">沪指窄幅震荡 汽车零部件板块走强</a></li><li><a href="#">机构看好热管理赛道</a></li></ul></div></div>
</div>
<div class="footer"><p>证券时报社 版权所有</p></div>
</body>
</html>
"""
    return "portal_stcn", h, t

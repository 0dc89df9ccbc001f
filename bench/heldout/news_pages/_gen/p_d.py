from common import e, ps, epoch, epoch_ms, truth, iso

PAGES = []


def page(fn):
    PAGES.append(fn)
    return fn


# ---------------------------------------------------------------- 16 yiche (昨天)
@page
def portal_yiche():
    title = "10月新能源汽车渗透率再创新高，插混车型增速领跑"
    paras = [
        "易车讯 根据最新公布的数据，10月国内新能源乘用车零售渗透率达到56.3%，环比提升1.8个百分点，连续第四个月超过50%。",
        "从技术路线看，插电式混合动力车型的增速继续领跑。10月插混车型零售量同比增长超过40%，明显高于纯电动车型约15%的增速，增程式车型也保持较快增长。",
        "分价格区间看，10万至20万元区间的新能源车型贡献了超过一半的销量。多家自主品牌推出的新款插混轿车和SUV，凭借较低的购车成本和无续航焦虑的特点，吸引了大量首购用户。",
        "业内人士认为，年底前车企将继续加大促销力度冲刺全年目标，叠加以旧换新补贴政策，预计11月和12月新能源汽车渗透率将保持在55%以上的高位。",
    ]
    noise = [
        "昨天 16:40",
        "本文为易车原创内容，未经授权禁止转载，违者必究。",
        "点击查看更多车型报价",
        "打开易车App，查看更多精彩内容",
        "0条评论",
    ]
    t = truth(
        url="https://news.yiche.com/hangyedongtai/20261129/1681234567.html", kind="portal",
        modelled_on="news.yiche.com (易车) industry news page",
        encoding="utf-8",
        notes="Printed time is relative-day 昨天 16:40 (fetched_at 2026-11-30 09:00, so 2026-11-29). The SSR page data (publishTime 2026-11-29 16:40:27) and the date in the URL agree; seconds come from the page data. 易车讯 opens the first paragraph and stays in it. An inline price-query promo sits between paragraphs. 易车原创 is a type badge, not a 来源, and no organisation is credited, so source is null.",
        classes=["relative_yesterday", "script_page_data", "inline_promo_in_body", "copyright_notice", "app_prompt", "no_source"],
        title=title, published_date="2026-11-29", published_at="2026-11-29T16:40:27+08:00",
        author="罗嘉懿", editor=None, source=None, paragraphs=paras, body_noise=noise)
    data = '{"newsId":1681234567,"title":"' + title + '","publishTime":"2026-11-29 16:40:27","author":{"name":"罗嘉懿","uid":99887766},"source":"易车"}'
    body = ps(paras[:2]) + f'\n<div class="car-card"><img src="https://image.bitautoimg.com/car/x.png" alt=""><a href="https://car.yiche.com/">{noise[2]}</a></div>\n' + ps(paras[2:])
    h = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>{title}_易车</title>
<meta name="keywords" content="新能源,渗透率,插混">
<meta name="description" content="10月国内新能源乘用车零售渗透率达到56.3%">
</head>
<body>
<div class="yc-header"><a class="logo" href="https://www.yiche.com/">易车</a><ul><li><a href="https://car.yiche.com/">选车</a></li><li><a href="https://news.yiche.com/">资讯</a></li><li><a href="https://v.yiche.com/">视频</a></li><li><a href="https://dealer.yiche.com/">经销商</a></li></ul></div>
<div class="news-detail-wrapper">
 <div class="crumbs"><a href="https://www.yiche.com/">易车</a> &gt; <a href="https://news.yiche.com/">资讯</a> &gt; <a href="https://news.yiche.com/hangyedongtai/">行业动态</a> &gt; 正文</div>
 <div class="news-detail-header">
  <h1 class="news-detail-title">{title}</h1>
  <div class="news-detail-info">
   <span class="author-avatar"><img src="https://image.bitautoimg.com/avatar/99887766.png" alt=""></span>
   <a class="author-name" href="https://i.yiche.com/u99887766/">罗嘉懿</a>
   <span class="news-detail-type">易车原创</span>
   <span class="news-detail-time">{noise[0]}</span>
  </div>
 </div>
 <div class="news-detail-content motu_cont">
{body}
 </div>
 <div class="news-statement">{noise[1]}</div>
 <div class="news-action"><span>点赞</span><span>收藏</span><span>分享</span></div>
 <div class="comment-box"><div class="comment-title">评论 <em>{noise[4]}</em></div><textarea placeholder="说点什么吧"></textarea></div>
 <div class="related-news"><h3>相关文章</h3><ul><li><a href="#">11月第三周新能源车销量榜</a></li><li><a href="#">插混技术路线大比拼</a></li></ul></div>
 <div class="app-bar">{noise[3]}</div>
</div>
<div class="yc-footer"><p>© 2000-2026 yiche.com 版权所有</p></div>
<script>window.__INITIAL_STATE__={{"newsDetail":{data}}};</script>
</body>
</html>
"""
    return "portal_yiche", h, t


# ---------------------------------------------------------------- 17 dongchedi (no year, self media)
@page
def selfmedia_dongchedi():
    title = "拆解某新势力中央域控制器：国产芯片占比已过半"
    paras = [
        "最近我们拿到了一块某新势力品牌2026款车型的中央域控制器，拆开之后发现，这块板子上的国产芯片数量已经超过了一半。",
        "先说主控。这款域控采用了一颗国产7nm智能驾驶芯片加一颗国产座舱SoC的组合，两颗芯片通过高速PCIe总线互联，共用一套液冷散热板。",
        "电源管理部分，我们数了一下，PMIC、DC-DC转换芯片和LDO基本都来自国内厂商，只有一颗多路PMIC仍然是海外品牌。",
        "存储方面，LPDDR5内存颗粒和UFS闪存分别来自两家国产存储企业，这在两年前的同类产品上还很少见到。",
        "通信芯片的国产化程度相对较低。车载以太网PHY和CAN FD收发器中，仍有一部分采用进口产品，但已经能看到国产型号在做第二供应源。",
        "从做工看，这块板子采用了12层HDI电路板，关键区域做了三防漆涂覆，整体工艺水平和国际Tier 1产品差距不大。",
        "总结一下：国产芯片在计算、存储、电源这些领域已经站稳了脚跟，接下来要啃的硬骨头，是高端模拟、通信接口和功能安全认证。",
    ]
    noise = [
        "文/韩亦舟 图/邹一鸣",
        "本文由懂车号作者发布，不代表懂车帝立场",
        "关注",
        "打开懂车帝App查看更多精彩内容",
        "举报",
    ]
    pub = "2026-11-28 17:35:06"
    t = truth(
        url="https://www.dongchedi.com/article/7456789012345678901", kind="self_media",
        modelled_on="dongchedi.com (懂车帝) 懂车号 article page (Next.js SSR)",
        encoding="utf-8",
        notes="The printed date 11-28 17:35 has no year; __NEXT_DATA__ publish_time (epoch seconds = 2026-11-28 17:35:06 +08:00) supplies the year and seconds. Published by the 懂车号 account 汽车电子拆解室 (source). The credit line 文/NAME 图/NAME at the top of the body names the writer (author) and a photographer (not author).",
        classes=["no_year_date", "epoch_seconds_page_data", "credit_line_with_photographer", "account_source", "platform_disclaimer", "app_prompt"],
        title=title, published_date="2026-11-28", published_at="2026-11-28T17:35:06+08:00",
        author="韩亦舟", editor=None, source="汽车电子拆解室", paragraphs=paras, body_noise=noise)
    nd = ('{"props":{"pageProps":{"articleData":{"group_id":"7456789012345678901","title":"' + title +
          '","publish_time":' + str(epoch(pub)) + ',"source":"汽车电子拆解室","media_id":1712345678}}},"page":"/article/[id]"}')
    h = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>
<title>{title}_懂车帝</title>
<meta name="keywords" content="域控制器,国产芯片,拆解"/>
<meta name="description" content="最近我们拿到了一块某新势力品牌2026款车型的中央域控制器"/>
</head><body><div id="__next">
<div class="jsx-header header_wrap"><a class="logo" href="https://www.dongchedi.com/">懂车帝</a><nav><a href="/auto/library">选车</a><a href="/news">资讯</a><a href="/video">视频</a><a href="/motor">摩托车</a></nav></div>
<div class="tw-flex article-page">
 <div class="article-main">
  <h1 class="tw-text-24 article-title">{title}</h1>
  <div class="article-meta tw-flex">
   <a class="tw-font-semibold author-name" href="/user/1712345678">汽车电子拆解室</a>
   <span class="tw-text-12 publish-time">原创 · 11-28 17:35</span>
   <button class="follow-btn">{noise[2]}</button>
  </div>
  <article class="tw-mt-20 article-content">
   <p>{noise[0]}</p>
{ps(paras)}
  </article>
  <div class="article-statement">{noise[1]}</div>
  <div class="article-actions"><span>点赞</span><span>评论</span><span>分享</span><span class="report">{noise[4]}</span></div>
  <div class="comment-list"><h3>全部评论</h3><p class="empty">暂无评论，快来抢沙发</p></div>
 </div>
 <aside class="article-aside"><div class="author-card"><p>汽车电子拆解室</p><p>懂车号 · 专注汽车电子硬件拆解</p></div>
 <div class="hot-rank"><h3>热门资讯</h3><ol><li><a href="#">冬季续航实测</a></li><li><a href="#">11月新车盘点</a></li></ol></div>
 <div class="download">{noise[3]}</div></aside>
</div>
<footer class="footer"><p>© 2026 懂车帝 dongchedi.com</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{nd}</script>
</body></html>
"""
    return "selfmedia_dongchedi", h, t


# ---------------------------------------------------------------- 18 pcauto (GBK)
@page
def portal_pcauto():
    title = "探访西南最大汽车零部件产业园：一小时配套圈如何运转"
    paras = [
        "[太平洋汽车网 行业频道] 早上七点半，重庆两江新区一家座椅工厂的装配线已经开始运转。按照整车厂的排产计划，这里生产的座椅总成将在四个小时内送到十几公里外的总装车间，直接装上车身。",
        "这种“准时化顺序供货”模式，是西南地区汽车零部件产业园的缩影。园区负责人介绍，目前园区已聚集汽车零部件企业超过300家，覆盖车身、内外饰、底盘、电子电器等主要系统，整车企业一小时车程内的本地配套率超过七成。",
        "在一家线束企业的车间里，记者看到，工人正在为一款新能源车型组装高压线束。企业负责人说，新能源车型的高压线束单车价值量是传统车型的两到三倍，今年企业的产值预计增长35%。",
        "物流是一小时配套圈的关键。园区内建有公共物流中心，多家零部件企业共用仓储和配送车辆，通过信息系统与整车厂的生产计划实时对接，平均库存周转天数降到了5天以内。",
        "不过，园区也面临人才短缺的问题。不少企业反映，熟练技工和电子工程师招聘困难，园区正联合本地职业院校开设订单班，定向培养汽车电子和智能制造人才。",
        "园区负责人表示，下一步将重点引进芯片封测、传感器和汽车软件企业，补齐智能网联汽车产业链的短板。",
    ]
    noise = [
        "摄影：冉晓东",
        "图为园区内一家零部件企业的自动化焊装线",
        "责任编辑：彭子瑜",
        "本文为太平洋汽车网原创，未经授权请勿转载",
        "点击进入太平洋汽车网行业频道",
    ]
    t = truth(
        url="https://www.pcauto.com.cn/news/4123456.html", kind="portal",
        modelled_on="pcauto.com.cn (太平洋汽车网) news article, GBK",
        encoding="gbk",
        notes="GBK page. The header info line carries date, 来源 (linked), 作者 and 责任编辑 together; a photographer credit (摄影：) and a caption sit inside the body container. [太平洋汽车网 行业频道] opens the first paragraph and stays in it.",
        classes=["gbk", "editor_in_header_line", "photographer_credit", "image_caption", "linked_source", "copyright_notice"],
        title=title, published_date="2026-11-18", published_at="2026-11-18T11:20:00+08:00",
        author="龚明轩", editor="彭子瑜", source="太平洋汽车网", paragraphs=paras, body_noise=noise)
    body = ps(paras[:2]) + f"""
<p class="pic" align="center"><img src="https://img0.pcauto.com.cn/pcauto/2611/18/4123456_1.jpg" alt=""></p>
<p class="picText" align="center">{noise[1]}</p>
""" + ps(paras[2:]) + f'\n<p class="photo-by">{noise[0]}</p>'
    h = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{title}_太平洋汽车网</title>
<meta name="keywords" content="零部件,产业园,重庆" />
<meta name="description" content="重庆两江新区汽车零部件产业园一小时配套圈探访" />
</head>
<body>
<div id="Jheader"><div class="topnav"><a href="https://www.pcauto.com.cn/">太平洋汽车网</a> | <a href="https://price.pcauto.com.cn/">报价</a> | <a href="https://www.pcauto.com.cn/nation/">资讯</a> | <a href="https://www.pcauto.com.cn/hangye/">行业</a> | <a href="https://bbs.pcauto.com.cn/">论坛</a></div></div>
<div class="wrap">
 <div class="position"><span class="mark">您现在的位置：</span><a href="https://www.pcauto.com.cn/">太平洋汽车网</a> &gt; <a href="https://www.pcauto.com.cn/hangye/">行业</a> &gt; 正文</div>
 <div class="artTit"><h1 class="tit">{title}</h1></div>
 <div class="artInfo">
  <span class="pubTime">2026-11-18 11:20</span>
  <span class="ownner">来源：<a href="https://www.pcauto.com.cn/" target="_blank">太平洋汽车网</a></span>
  <span class="author">作者：<a href="https://my.pcauto.com.cn/12345/">龚明轩</a></span>
  <span class="editor">{noise[2]}</span>
  <span class="fontSize">字号：<a href="javascript:void(0)">T</a><a href="javascript:void(0)">T</a></span>
 </div>
 <div class="artText" id="artText">
{body}
 </div>
 <div class="artCopyright">{noise[3]}</div>
 <div class="channelLink"><a href="https://www.pcauto.com.cn/hangye/">{noise[4]}</a></div>
 <div class="artShare">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
 <div class="relaNews"><h3>相关阅读</h3><ul><li><a href="#">成渝地区汽车产业协同发展观察</a></li><li><a href="#">零部件企业西迁潮</a></li></ul></div>
</div>
<div id="Jfooter"><p>太平洋汽车网 版权所有 粤ICP备05075622号</p></div>
</body>
</html>
"""
    return "portal_pcauto", h, t


# ---------------------------------------------------------------- 19 gasgoo
@page
def portal_gasgoo():
    title = "欧洲多家Tier 1宣布裁员重组 中国供应商迎来并购窗口期"
    paras = [
        "盖世汽车讯 据外媒报道，继多家欧洲大型汽车零部件供应商宣布裁员计划后，又有两家德国Tier 1企业表示将关闭部分本土工厂，并将相关产能转移至东欧和亚洲。",
        "据不完全统计，今年以来欧洲主要汽车零部件企业公布的裁员人数合计已超过5万人。电动化转型带来的业务结构调整、能源成本高企以及整车企业订单下滑，是这轮重组的主要原因。",
        "欧洲供应商收缩的同时，中国零部件企业的海外并购意愿明显上升。多家投行人士透露，今年以来已有十余家中国企业就收购欧洲零部件资产开展尽职调查，标的主要集中在汽车电子、照明、内饰和底盘系统领域。",
        "“部分欧洲企业的估值已经回落到较低水平，同时拥有成熟的客户关系和技术积累，对中国企业有吸引力。”一位长期从事跨境并购的律师表示。",
        "不过，海外并购的风险同样不容忽视。工会谈判、文化整合以及部分国家对外国投资的安全审查，都可能影响交易进度和整合效果。",
    ]
    noise = [
        "【编辑:祝佳楠】",
        "该文章来源于盖世汽车，如需转载请注明出处",
        "免责声明：本文所载内容仅供参考，不构成任何投资建议。",
        "查看原文",
        "盖世汽车社区",
        "延伸阅读：",
        "欧洲零部件巨头三季度营收下滑 电动化业务仍亏损",
    ]
    t = truth(
        url="https://auto.gasgoo.com/news/202611/16I70412345C601.shtml", kind="portal",
        modelled_on="auto.gasgoo.com (盖世汽车) news page",
        encoding="utf-8",
        notes="Header line has date, 来源 and 作者. Editor in the bracketed style 【编辑:NAME】 (half-width colon) at the end of the body container. 盖世汽车讯 opens the first paragraph and stays in it. A 延伸阅读 list of links sits inside the article container after the last paragraph.",
        classes=["bracket_editor_halfwidth_colon", "related_list_inside_body", "reprint_notice", "disclaimer", "date_source_author_one_line"],
        title=title, published_date="2026-11-16", published_at="2026-11-16T14:02:06+08:00",
        author="蒋一帆", editor="祝佳楠", source="盖世汽车", paragraphs=paras, body_noise=noise)
    h = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}-盖世汽车资讯</title>
<meta name="keywords" content="Tier 1,裁员,并购" />
<meta name="description" content="欧洲多家Tier 1宣布裁员重组，中国供应商迎来并购窗口期" />
</head>
<body>
<div class="header"><div class="logo"><a href="https://www.gasgoo.com/">盖世汽车</a></div>
<div class="menu"><a href="https://auto.gasgoo.com/">资讯</a><a href="https://auto.gasgoo.com/industry/">产业</a><a href="https://auto.gasgoo.com/ev/">新能源</a><a href="https://auto.gasgoo.com/smartcar/">智能网联</a><a href="https://i.gasgoo.com/">{noise[4]}</a></div></div>
<div class="container">
 <div class="locations"><a href="https://auto.gasgoo.com/">盖世汽车资讯</a> &gt; <a href="https://auto.gasgoo.com/industry/">产业</a> &gt; 正文</div>
 <div class="detailTitle"><h1>{title}</h1></div>
 <div class="userInfo"><span class="time">2026-11-16 14:02:06</span><span class="source">来源：盖世汽车</span><span class="author">作者：蒋一帆</span></div>
 <div class="detailShare"><span>分享</span><a>微信</a><a>微博</a></div>
 <div class="contentDetailed" id="ArticleContent">
{ps(paras, tpl='<p style="text-indent: 2em;">{}</p>')}
<p><strong>{noise[5]}</strong></p>
<ul class="extend"><li><a href="https://auto.gasgoo.com/news/202611/10I70411111C601.shtml">{noise[6]}</a></li><li><a href="https://auto.gasgoo.com/news/202610/28I70409999C601.shtml">中国零部件企业欧洲建厂提速</a></li></ul>
<p style="text-align:right">{noise[0]}</p>
 </div>
 <div class="copyrightTip"><p>{noise[1]}</p><p>{noise[2]}</p></div>
 <div class="originalLink"><a href="https://www.reuters.com/">{noise[3]}</a></div>
 <div class="relatedNews"><h3>相关新闻</h3><ul><li><a href="#">欧洲零部件企业利润率下滑</a></li><li><a href="#">中国零部件企业海外收购案例盘点</a></li></ul></div>
 <div class="hotRank"><h3>热门排行</h3><ol><li><a href="#">10月全球汽车销量</a></li><li><a href="#">电池企业海外建厂地图</a></li></ol></div>
</div>
<div class="footer"><p>Copyright © 2000-2026 Gasgoo.com All Rights Reserved</p></div>
</body>
</html>
"""
    return "portal_gasgoo", h, t


# ---------------------------------------------------------------- 20 huanqiu (textarea data)
@page
def portal_huanqiu():
    title = "东南亚电动车市场升温，中国轮胎与电池企业加速落子"
    paras = [
        "【环球网汽车综合报道】近日，泰国、印度尼西亚和越南相继出台新一轮电动汽车激励政策，东南亚电动车市场持续升温。中国汽车产业链企业正加快在当地布局。",
        "据当地媒体报道，今年前三季度泰国纯电动汽车注册量同比增长超过30%，其中中国品牌占据了约七成的市场份额。印度尼西亚则凭借镍资源优势，吸引多家中国电池材料企业投资建厂。",
        "轮胎企业同样在加快脚步。多家中国轮胎企业在泰国和越南的工厂正在扩建，新增产能中有相当部分是面向新能源汽车的低滚阻轮胎。",
        "分析人士指出，东南亚市场基础设施仍不完善，充电网络覆盖率较低，当地消费者对价格较为敏感。中国企业在扩大投资的同时，也需要加强与当地合作伙伴的协同，提升本地化服务能力。",
    ]
    noise = [
        "责编：冯思远",
        "环球网版权作品，未经书面授权，严禁转载或镜像，违者必究。",
        "环球时报-环球网 APP 下载",
    ]
    pub = "2026-11-28 11:06:21"
    t = truth(
        url="https://auto.huanqiu.com/article/4KaBcDeFgHi", kind="portal",
        modelled_on="huanqiu.com (环球网) article page with hidden <textarea> data fields",
        encoding="utf-8",
        notes="Like the real template, the page carries hidden <textarea> fields (article-title, article-time as epoch ms, article-source-name, article-author, article-editor-name, article-content as raw HTML) next to the rendered article. Printed 2026-11-28 11:06 agrees with article-time (11:06:21), which supplies seconds. 【环球网汽车综合报道】 opens the first paragraph and stays in it. No writer is named (the article-author field is empty).",
        classes=["textarea_page_data", "duplicated_hidden_content", "epoch_ms_page_data", "editor_short_label", "copyright_notice", "no_author"],
        title=title, published_date="2026-11-28", published_at="2026-11-28T11:06:21+08:00",
        author=None, editor="冯思远", source="环球网", paragraphs=paras, body_noise=noise)
    raw_content = "".join(f"<p>{e(p)}</p>" for p in paras)
    h = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}_环球网</title>
<meta name="keywords" content="东南亚,电动车,轮胎,电池">
<meta name="description" content="东南亚电动车市场持续升温，中国汽车产业链企业正加快在当地布局。">
</head>
<body>
<div class="topNav"><a href="https://www.huanqiu.com/">环球网</a><a href="https://world.huanqiu.com/">国际</a><a href="https://china.huanqiu.com/">国内</a><a href="https://finance.huanqiu.com/">财经</a><a href="https://auto.huanqiu.com/">汽车</a><a href="https://tech.huanqiu.com/">科技</a></div>
<div class="container">
 <div class="l-con">
  <div class="nav-crumbs"><a href="https://auto.huanqiu.com/">汽车</a> &gt; <a href="https://auto.huanqiu.com/industry">产业</a></div>
  <div class="t-container">
   <div class="t-container-title"><h3>{title}</h3></div>
   <div class="metadata-info">
    <p class="time">2026-11-28 11:06</p>
    <p class="source">来源：<span><a href="https://www.huanqiu.com">环球网</a></span></p>
   </div>
   <div class="t-share"><span>分享到：</span><a>微博</a><a>微信</a><a>QQ空间</a></div>
  </div>
  <div class="l-con clear">
   <div class="la-con">
    <article>
     <section data-type="rtext">
{ps(paras)}
     </section>
    </article>
    <div class="editorSign"><span>{noise[0]}</span></div>
    <div class="copyright">{noise[1]}</div>
   </div>
  </div>
  <div class="related"><h3>相关新闻</h3><ul><li><a href="#">泰国电动车补贴政策延长</a></li><li><a href="#">印尼镍产业链投资热</a></li></ul></div>
 </div>
 <div class="r-con"><div class="hot"><h3>热门推荐</h3><ol><li><a href="#">全球车市观察</a></li><li><a href="#">国际油价走势</a></li></ol></div><div class="app-dl">{noise[2]}</div></div>
</div>
<div class="foot"><p>Copyright© 环球网 All Rights Reserved</p></div>
<div style="display:none" class="article-data">
<textarea class="article-aid">4KaBcDeFgHi</textarea>
<textarea class="article-title">{title}</textarea>
<textarea class="article-time">{epoch_ms(pub, 0)}</textarea>
<textarea class="article-source-name">环球网</textarea>
<textarea class="article-author"></textarea>
<textarea class="article-editor-name">冯思远</textarea>
<textarea class="article-content">{raw_content}</textarea>
</div>
</body>
</html>
"""
    return "portal_huanqiu", h, t

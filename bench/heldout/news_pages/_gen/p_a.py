from common import e, ps, epoch, epoch_ms, truth, iso

PAGES = []


def page(fn):
    PAGES.append(fn)
    return fn


# ---------------------------------------------------------------- 1 ifeng news
@page
def portal_ifeng_news():
    title = "多家零部件企业加码墨西哥建厂 海外产能布局进入深水区"
    paras = [
        "11月以来，至少有五家A股汽车零部件上市公司发布公告，拟在墨西哥新建或扩建生产基地，涉及铝合金压铸件、座椅骨架、热管理模块等多个品类，合计投资额超过40亿元。",
        "“北美客户对本地化供货的要求越来越明确，交付周期从过去的三个月压缩到三周以内，不在当地设厂基本拿不到新项目。”一位长三角压铸企业的海外业务负责人对记者表示。",
        "从选址看，新莱昂州和科阿韦拉州仍是热门区域。当地工业园区负责人介绍，今年前三季度园区内新签约的中资企业中，汽车零部件企业占比接近六成，标准厂房的租金较两年前上涨了约25%。",
        "不过，海外建厂的难度并不小。多家企业在投资者交流中提到，当地熟练工人短缺、用电配套不足以及原产地规则收紧，都可能拉长产能爬坡周期。有企业坦言，首期工厂从动工到通过客户审核，至少需要18个月。",
        "业内人士分析，零部件企业出海正在从“跟随整车厂”转向“独立拓展客户”，对企业的本地化管理、合规和融资能力提出了更高要求。未来两三年，具备全球交付能力的头部企业与中小企业之间的差距可能进一步拉大。",
        "值得注意的是，部分企业开始采取“轻资产”模式，通过租赁厂房、与当地企业合资等方式降低前期投入，以应对贸易政策的不确定性。",
    ]
    noise = [
        "特别声明：以上文章内容仅代表作者本人观点，不代表凤凰网观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与凤凰网联系。",
        "打开凤凰新闻，查看更多高清图片",
        "[责任编辑：唐晓彤 PN256]",
        "图为墨西哥新莱昂州一处工业园区（资料图）",
        "24小时热榜",
        "原标题：零部件企业扎堆墨西哥：海外建厂难在哪",
    ]
    t = truth(
        url="https://news.ifeng.com/c/8Ra3XkQvW2n", kind="portal",
        modelled_on="ifeng.com news article (React template with CSS-module class names, allData script)",
        encoding="utf-8",
        notes="Source is the linked media name in the time line (no 来源 label). No writer is named, so author is null. Editor line carries a staff code (PN256) that is not part of the name. Time with seconds is printed and agrees with allData.docData.newsTime. A 原标题 line opens the body container.",
        classes=["css_module_classes", "linked_source_no_label", "editor_staff_code", "script_page_data", "image_caption", "original_title_line", "app_prompt_in_body", "disclaimer", "no_author"],
        title=title, published_date="2026-11-28", published_at="2026-11-28T10:15:32+08:00",
        author=None, editor="唐晓彤", source="中国汽车报", paragraphs=paras, body_noise=noise)
    body = f'<p>{noise[5]}</p>\n' + ps(paras[:2]) + f"""
<p class="detailPic"><img src="https://x0.ifengimg.com/ucms/2026_48/3F1A2B3C4D5E6F7_w1000_h600.jpg" alt=""></p>
<p class="picIntro">{noise[3]}</p>
""" + ps(paras[2:5]) + f"""
<div class="index_appOpen_Tk3s7"><a href="https://a.ifeng.com/">{noise[1]}</a></div>
""" + ps(paras[5:])
    h = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_凤凰网资讯_凤凰网</title>
<meta name="keywords" content="零部件 墨西哥 出海">
<meta name="description" content="11月以来，至少有五家A股汽车零部件上市公司发布公告，拟在墨西哥新建或扩建生产基地">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="https://news.ifeng.com/c/8Ra3XkQvW2n">
<link rel="canonical" href="https://news.ifeng.com/c/8Ra3XkQvW2n">
<link rel="stylesheet" href="https://x0.ifengimg.com/fe/news_article/index.9c1f3a.css">
</head>
<body>
<div id="root">
<div class="index_header_R4vq1">
  <div class="index_logo_b2Kx9"><a href="https://www.ifeng.com/"><img src="https://x0.ifengimg.com/fe/logo.png" alt="凤凰网"></a></div>
  <ul class="index_nav_uX7c3">
    <li><a href="https://www.ifeng.com/">首页</a></li><li><a href="https://news.ifeng.com/">资讯</a></li>
    <li><a href="https://finance.ifeng.com/">财经</a></li><li><a href="https://auto.ifeng.com/">汽车</a></li>
    <li><a href="https://tech.ifeng.com/">科技</a></li><li><a href="https://v.ifeng.com/">视频</a></li>
  </ul>
  <div class="index_login_Wq2e0"><a href="#">登录</a></div>
</div>
<div class="index_breadCrumbs_P0o8i"><a href="https://news.ifeng.com/">资讯</a> &gt; <a href="https://news.ifeng.com/shanklist/3-35197-/">财经</a> &gt; 正文</div>
<div class="index_main_mD2qo">
 <div class="index_leftContent_Tn1yd">
  <div class="index_artical_b5X1M">
   <div class="index_topic_YnkRA"><h1 class="index_topic_YnkRA">{title}</h1></div>
   <div class="index_timeBref_20hzr">
     <p class="index_time_bBCzj"><span>2026-11-28 10:15:32</span>
     <span class="index_source_kOpvC"><a href="https://www.cnautonews.com/" target="_blank">中国汽车报</a></span></p>
   </div>
   <div class="index_shareBox_m3aW2"><span>分享到：</span><a class="weibo">微博</a><a class="wechat">微信</a><a class="qzone">QQ空间</a></div>
   <div class="index_main_content_j-HoG">
    <div class="index_text_D0U1y">
{body}
    </div>
   </div>
   <p class="index_editorName_Pe0uC">{noise[2]}</p>
   <div class="index_declare_3xLp1">{noise[0]}</div>
   <div class="index_commentBox_Yx8s1"><textarea placeholder="文明上网，登录评论"></textarea><button>发表</button><span>0人参与 0条评论</span></div>
   <div class="index_related_9sJk2"><h3>相关新闻</h3><ul>
     <li><a href="https://news.ifeng.com/c/8Ra1AbCdEf3">中资车企墨西哥工厂首批车型下线</a></li>
     <li><a href="https://news.ifeng.com/c/8Ra0ZzYyXx1">北美原产地规则调整影响几何</a></li></ul></div>
  </div>
 </div>
 <div class="index_rightContent_h1Ke5">
  <div class="index_hotList_eY7g2"><h3>{noise[4]}</h3><ol>
   <li><a href="https://news.ifeng.com/c/8R9xaaa">多地发布新一轮汽车以旧换新细则</a></li>
   <li><a href="https://news.ifeng.com/c/8R9xbbb">冬季电动车续航衰减如何应对</a></li>
   <li><a href="https://news.ifeng.com/c/8R9xccc">一图看懂10月乘用车零售数据</a></li></ol></div>
 </div>
</div>
<div class="index_footer_xS8v3"><p>Copyright © 2026 Phoenix New Media Limited All Rights Reserved.</p><p>凤凰网版权所有</p></div>
</div>
<script>
var allData = {{"docData":{{"docId":"8Ra3XkQvW2n","title":"{title}","newsTime":"2026-11-28 10:15:32","source":"中国汽车报","editorName":"唐晓彤","wemediaEAccountId":"","sourceUrl":"https://www.cnautonews.com/"}},"nav":[]}};
var adKeys = ["ad_news_article_01","ad_news_article_02"];
</script>
</body>
</html>
"""
    return "portal_ifeng_news", h, t


# ---------------------------------------------------------------- 2 thepaper
@page
def portal_thepaper():
    title = "固态电池中试线密集落地，车企量产时间表仍存分歧"
    paras = [
        "进入11月，国内又有两条半固态电池中试线宣布贯通。据不完全统计，今年以来已有超过十家电池企业和整车企业公布了固态或半固态电池的中试、小批量生产进展。",
        "一家头部电池企业研发人员告诉澎湃新闻，硫化物全固态电池的电芯样品已经通过针刺、过充等安全测试，但在大尺寸电芯的一致性和界面阻抗控制上仍有难题，“实验室做出来和产线做出来是两回事”。",
        "成本是另一道门槛。多位受访者估算，目前半固态电池的单位成本比同级别液态三元电池高出30%至50%，全固态电池的成本差距更大，短期内只能搭载在少量高端车型上。",
        "车企之间的表态也出现了明显分化。有车企高管公开表示将于2027年实现全固态电池小批量装车，也有企业认为规模化应用要等到2030年前后。",
        "“现在各家说的‘量产’标准并不一样，有的指的是几百台的示范运营，有的指的是年产数万套。”一位证券分析师表示，投资者需要区分不同技术路线和不同口径。",
        "从产业链看，固态电解质、锂金属负极和干法电极设备成为资本追逐的热点。今年前三季度，相关领域披露的融资事件超过40起，单笔融资金额普遍在亿元级别。",
        "中国汽车动力电池产业创新联盟相关负责人此前表示，固态电池仍处于产业化早期，行业应避免概念炒作，把精力放在材料体系和工艺装备的基础研究上。",
        "业内普遍预计，未来两年半固态电池的装车量将稳步上升，而全固态电池能否如期量产，关键在于电解质材料成本能否下降一个数量级。",
    ]
    noise = [
        "图片编辑：金洁",
        "校对：刘威",
        "澎湃新闻报料：021-962866",
        "澎湃新闻，未经授权不得转载",
        "某电池企业的半固态电池中试产线。 视觉中国 资料图",
        "责任编辑：许慧",
    ]
    t = truth(
        url="https://www.thepaper.cn/newsDetail_forward_30123456", kind="portal",
        modelled_on="thepaper.cn (澎湃新闻) newsDetail page, Next.js render with __NEXT_DATA__",
        encoding="utf-8",
        notes="Reporter in the header as 澎湃新闻记者 NAME. Editor block lists 责任编辑, 图片编辑 and 校对; only the 责任编辑 is the editor. Printed minute 07:32 agrees with pubTimeLong in __NEXT_DATA__, which supplies seconds 18.",
        classes=["reporter_prefix", "editor_with_photo_editor_and_proofreader", "nextjs_data", "image_caption", "reprint_notice"],
        title=title, published_date="2026-11-29", published_at="2026-11-29T07:32:18+08:00",
        author="林若溪", editor="许慧", source="澎湃新闻", paragraphs=paras, body_noise=noise)
    body = ps(paras[:3]) + f"""
<div class="imageBox"><img src="https://imagecloud.thepaper.cn/thepaper/image/302/123/456.jpg" alt=""><p class="imageDesc">{noise[4]}</p></div>
""" + ps(paras[3:])
    nd = ('{"props":{"pageProps":{"detailData":{"contentDetail":{"contId":30123456,"name":"' + title +
          '","pubTime":"2026-11-29 07:32","pubTimeLong":' + str(epoch_ms("2026-11-29 07:32:18", 0)) +
          ',"author":"林若溪","source":"澎湃新闻","responsibleEditor":"许慧","nodeInfo":{"name":"10%公司"}}}}},"page":"/newsDetail_forward/[id]","buildId":"x8Yt2"}')
    h = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{title}_10%公司_澎湃新闻-The Paper</title>
<meta name="Keywords" content="固态电池,中试线,量产"/>
<meta name="Description" content="进入11月，国内又有两条半固态电池中试线宣布贯通。"/>
<meta property="og:title" content="{title}"/>
<meta property="og:image" content="https://imagecloud.thepaper.cn/thepaper/image/302/123/456.jpg"/>
<link rel="stylesheet" href="/_next/static/css/8f2e1c7a.css"/>
</head><body><div id="__next">
<header class="header_header__Dq2kI"><div class="header_logo__Yx1pQ"><a href="https://www.thepaper.cn/"><img alt="澎湃新闻" src="/img/logo.png"/></a></div>
<nav class="header_nav__p9TqL"><a href="/channel_25950">时事</a><a href="/channel_25951">财经</a><a href="/channel_119908">科技</a><a href="/channel_25952">思想</a><a href="/channel_122908">生活</a></nav>
<div class="header_search__Mu7s2"><input placeholder="搜索"/></div><a class="header_download__Qp3xz" href="/download">下载客户端</a></header>
<main class="index_wrapper__L_zqV"><div class="index_leftcontent__KGsgF">
<div class="index_cont__1xVdA"><div class="index_breadcrumb__HvD1L"><a href="/list_25434">10%公司</a></div>
<h1 class="index_title__B8mhI">{title}</h1>
<div class="index_headerContent__sASF4"><div class="index_left__LfzyH"><div class="ant-space ant-space-vertical"><div class="ant-space-item"><div>澎湃新闻记者 林若溪</div></div>
<div class="ant-space-item"><div class="ant-space ant-space-horizontal"><div class="ant-space-item"><span>2026-11-29 07:32</span></div><div class="ant-space-item"><span>来源：澎湃新闻</span></div></div></div></div></div>
<div class="index_right__qHt6x"><span class="index_fontSize__Kq7w1">字号</span><span class="index_share__8JhLp">分享</span></div></div>
<div class="index_cententWrap__Jv8jK">
{body}
</div>
<div class="index_editorBox__b0aC9"><p>{noise[5]}</p><p>{noise[0]}</p><p>{noise[1]}</p></div>
<div class="index_statement__yH2x1"><p>{noise[2]}</p><p>{noise[3]}</p></div>
<div class="index_praiseBox__Wz9Kc"><span>点赞</span><span>收藏</span><span>分享</span></div>
<div class="index_commentArea__Ie1eP"><h3>评论</h3><textarea placeholder="期待你的神评论……"></textarea><div class="index_empty__Ny0fe">暂无评论</div></div>
</div></div>
<aside class="index_rightcontent__OqKfY"><div class="index_hotList__rPkO1"><h3>热新闻</h3><ul>
<li><a href="/newsDetail_forward_30119876">新能源重卡换电站建设提速</a></li>
<li><a href="/newsDetail_forward_30118765">汽车芯片国产化率有望突破两成</a></li>
<li><a href="/newsDetail_forward_30117654">一张图看懂11月新车上市</a></li></ul></div></aside></main>
<footer class="footer_footer__H1xRs"><p>沪ICP备14003370号</p><p>© 2014-2026 上海东方报业有限公司</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{nd}</script>
</body></html>
"""
    return "portal_thepaper", h, t


# ---------------------------------------------------------------- 3 cctv
@page
def portal_cctv():
    title = "前10个月我国汽车零部件出口额同比增长一成"
    paras = [
        "央视网消息：记者从海关总署了解到，今年前10个月，我国汽车零部件出口额同比增长10.3%，其中对共建“一带一路”国家出口增长超过15%，继续保持较快增长势头。",
        "从品类看，车身附件、轮胎、制动系统和汽车电子产品出口增长较快。随着新能源汽车海外销量上升，电池包结构件、电驱动总成等新品类出口也明显增加。",
        "业内人士表示，零部件出口结构正在由以售后市场为主，逐步转向进入海外整车厂配套体系，产品附加值持续提升。",
        "下一步，相关部门将继续优化通关流程，支持企业参加境外展会、建设海外仓，帮助企业稳订单、拓市场。",
    ]
    noise = [
        "编辑：王佳琪",
        "责任编辑：刘亮",
        "本文为央视网原创内容，转载请注明出处",
        "更多精彩内容，请下载央视新闻客户端",
    ]
    t = truth(
        url="https://news.cctv.com/2026/11/28/ARTIq3kT5uVxWyZ1aBcDeF261128.shtml", kind="portal",
        modelled_on="news.cctv.com (央视网) ARTI article page",
        encoding="utf-8",
        notes="Date and source share one line (来源：... | 2026年11月28日 19:42). meta publishdate says 19:38:05, which disagrees with the printed minute on the same day, so the printed 19:42 wins and seconds are :00. Editor block has both 编辑 and 责任编辑; the 责任编辑 is the editor. 央视网消息： is the dateline opening the first paragraph and stays in it.",
        classes=["date_source_one_line", "meta_minute_disagree", "editor_and_chief_editor", "reprint_notice", "app_prompt", "no_author"],
        title=title, published_date="2026-11-28", published_at="2026-11-28T19:42:00+08:00",
        author=None, editor="刘亮", source="央视新闻客户端", paragraphs=paras, body_noise=noise)
    body = ps(paras, tpl='<p style="text-indent:2em;">{}</p>', ent=True)
    h = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}_新闻频道_央视网(cctv.com)</title>
<meta name="keywords" content="汽车零部件 出口 海关总署" />
<meta name="description" content="今年前10个月，我国汽车零部件出口额同比增长10.3%" />
<meta name="publishdate" content="2026-11-28 19:38:05" />
<meta name="contentid" content="ARTIq3kT5uVxWyZ1aBcDeF261128" />
<meta name="spm-id" content="C94212.P4YnMod9m2uD.ENPMkWvfnaiV" />
<script type="text/javascript">var commentTitle = "{title}"; var itemid1 = "ARTIq3kT5uVxWyZ1aBcDeF261128"; var column_id = "TOPC1451528971114112";</script>
</head>
<body>
<div class="ELMTV4ZtDdaeRuXtb3xxVeUm181105" id="SUBD1541382463497184">
 <div class="header_nav"><a href="https://www.cctv.com/">央视网</a> | <a href="https://news.cctv.com/">新闻</a> | <a href="https://tv.cctv.com/">电视</a> | <a href="https://tv.cctv.com/live/">直播</a> | <a href="https://tv.cctv.com/yxg/">栏目</a></div>
</div>
<div class="column_wrapper">
 <div class="col_w660">
  <div class="nav_daohang"><a href="https://www.cctv.com/">首页</a> &gt; <a href="https://news.cctv.com/">新闻频道</a> &gt; 正文</div>
  <div class="cnt_bd" id="title_area">
   <h1>{title}</h1>
   <div class="info1">来源：央视新闻客户端 | 2026年11月28日 19:42</div>
   <div class="function"><span class="zihao">字号：<a href="javascript:void(0);" class="da">大</a><a href="javascript:void(0);" class="zhong">中</a><a href="javascript:void(0);" class="xiao">小</a></span>
   <span class="bdsharebuttonbox"><a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></span></div>
  </div>
  <div class="content_area" id="content_area">
<!--repaste.body.begin-->
{body}
<!--repaste.body.end-->
  </div>
  <div class="zebian"><span class="zb_left">{noise[0]}</span> <span class="zb_right">{noise[1]}</span></div>
  <div class="banquan"><p>{noise[2]}</p></div>
  <div class="ad_bottom"><a href="https://news.cctv.com/app/">{noise[3]}</a></div>
  <div class="xgyd"><h2>相关新闻</h2><ul>
    <li><a href="https://news.cctv.com/2026/11/20/ARTIabc.shtml">前10个月我国外贸进出口保持稳定</a></li>
    <li><a href="https://news.cctv.com/2026/11/12/ARTIdef.shtml">新能源汽车出口持续走强</a></li></ul></div>
 </div>
 <div class="col_w300"><div class="rmtj"><h3>热点推荐</h3><ul><li><a href="#">冬季出行安全提示</a></li><li><a href="#">全国铁路迎来运输高峰</a></li></ul></div></div>
</div>
<div class="footer"><p>央视网 版权所有</p><p>Copyright © 1996-2026 China Central Television. All Rights Reserved</p></div>
</body>
</html>
"""
    return "portal_cctv", h, t


# ---------------------------------------------------------------- 4 bjnews
@page
def portal_bjnews():
    title = "二手车出口“卡”在整备环节，中小商户抱团找出路"
    paras = [
        "在北京南四环附近的一处二手车出口整备中心，十几辆待出口的SUV排成一列，工人正在逐台检测底盘、更换滤芯。“一台车从收车到上船，整备就要花掉一周。”一家出口企业负责人说。",
        "今年以来，二手车出口持续升温。但新京报贝壳财经记者走访发现，相比于车源和海外渠道，整备、检测和认证成为制约中小出口商的主要瓶颈。",
        "所谓整备，是指按照目的国法规对车辆进行检测、维修和改装，包括更换轮胎、调整灯光、加装右舵配件等。一些中东和中亚国家要求出口车辆提供第三方检测报告，单台费用在800元到2000元不等。",
        "“我们一年出口三四百台，自己建整备车间不划算，只能排队找第三方。”一位中小商户坦言，旺季时排队时间超过十天，资金压力明显增加。",
        "为降低成本，部分中小商户开始抱团合作，共同租用整备场地、集中采购配件，并统一对接检测机构和船运公司。有商户测算，这样可以让单车整备成本下降约三成。",
        "北京某汽车流通协会人士表示，二手车出口要从“量的增长”走向“质的提升”，需要在车况检测标准、售后配件供应和海外服务网络方面补齐短板。",
        "业内预计，随着更多地区获批开展二手车出口业务，整备能力将成为企业竞争的关键环节之一。",
    ]
    noise = [
        "新京报贝壳财经记者 白雨桐 编辑 杨娟娟 校对 卢茜",
        "本文为新京报原创内容，未经授权不得转载",
        "举报邮箱：jubao@bjnews.com.cn",
        "下载新京报客户端，看更多深度报道",
    ]
    t = truth(
        url="https://www.bjnews.com.cn/detail/1795773900168012.html", kind="portal",
        modelled_on="bjnews.com.cn (新京报) detail page",
        encoding="utf-8",
        notes="The closing credit line inside the content (记者 NAME 编辑 NAME 校对 NAME, no colons) names the editor; it is not body text. JSON-LD datePublished (17:58:44) disagrees with the printed 18:05 on the same day: printed minute wins, seconds :00.",
        classes=["end_credit_line_no_colons", "jsonld_minute_disagree", "reporter_prefix", "reprint_notice", "app_prompt"],
        title=title, published_date="2026-11-27", published_at="2026-11-27T18:05:00+08:00",
        author="白雨桐", editor="杨娟娟", source="新京报", paragraphs=paras, body_noise=noise)
    ld = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":"' + title.replace("“", "\\u201c").replace("”", "\\u201d") +
          '","datePublished":"2026-11-27T17:58:44+08:00","dateModified":"2026-11-27T18:06:10+08:00","author":{"@type":"Person","name":"白雨桐"},"publisher":{"@type":"Organization","name":"新京报"}}')
    h = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{title} | 新京报</title>
<meta name="keywords" content="二手车出口,整备">
<meta name="description" content="二手车出口持续升温，整备、检测和认证成为制约中小出口商的主要瓶颈。">
<script type="application/ld+json">{ld}</script>
<link rel="stylesheet" href="https://static.bjnews.com.cn/www/v6/css/detail.css">
</head>
<body>
<div class="header"><div class="w1200"><a class="logo" href="https://www.bjnews.com.cn/"><img src="https://static.bjnews.com.cn/www/v6/img/logo.png" alt="新京报"></a>
<ul class="nav"><li><a href="https://www.bjnews.com.cn/news">时事</a></li><li><a href="https://www.bjnews.com.cn/financial">财经</a></li><li><a href="https://www.bjnews.com.cn/car">汽车</a></li><li><a href="https://www.bjnews.com.cn/tech">科技</a></li></ul></div></div>
<div class="bodyTitle"><div class="w1200">
 <div class="title"><h1>{title}</h1></div>
 <div class="ntit_l">
  <span class="reporter"><a href="https://www.bjnews.com.cn/reporter/3321">新京报记者 白雨桐</a></span>
  <span class="timer">2026-11-27 18:05</span>
  <span class="source">来源：新京报</span>
 </div>
 <div class="share"><span>分享：</span><a class="wx">微信</a><a class="wb">微博</a></div>
</div></div>
<div class="w1200 bodyContent">
 <div class="fl conLeft">
  <div id="contentStr" class="content">
{ps(paras)}
<p>{noise[0]}</p>
  </div>
  <div class="copyright"><p>{noise[1]}</p><p>{noise[2]}</p></div>
  <div class="downApp"><a href="https://www.bjnews.com.cn/app">{noise[3]}</a></div>
  <div class="relatedNews"><h3>相关阅读</h3>
   <a href="https://www.bjnews.com.cn/detail/1795082411105623.html">二手车出口新政落地一年：哪些城市跑在前面</a>
   <a href="https://www.bjnews.com.cn/detail/1794213035117840.html">新能源二手车残值为何偏低</a></div>
 </div>
 <div class="fr conRight"><div class="hotNews"><h3>热点新闻</h3><ol><li><a href="#">北京今冬首场降雪</a></li><li><a href="#">多家银行下调存款利率</a></li></ol></div></div>
</div>
<div class="footer"><p>新京报社 版权所有 京ICP备10013924号</p></div>
</body>
</html>
"""
    return "portal_bjnews", h, t


# ---------------------------------------------------------------- 5 jiemian
@page
def portal_jiemian():
    title = "芯片荒缓解后，车规级MCU价格回落三成"
    paras = [
        "据界面新闻了解，今年第三季度以来，部分型号车规级MCU（微控制单元）的现货价格较年初回落约30%，交期也从最长时超过50周缩短至12周左右。",
        "深圳华强北一位芯片贸易商表示，2022年前后一颗紧缺型号的车身控制MCU被炒到数百元，如今已回到几十元的区间，“囤货的贸易商这两年亏了不少”。",
        "价格回落的背后，是全球晶圆厂成熟制程产能的持续释放，以及国产MCU厂商的快速跟进。多家国产芯片企业的32位车规级MCU已通过AEC-Q100认证，并在车身控制、座椅、车灯等领域实现批量供货。",
        "一家Tier 1供应商的采购负责人对界面新闻表示，目前公司在非安全类控制器上已经大规模导入国产MCU，但在底盘、动力域等功能安全等级要求较高的领域，替代仍需时间验证。",
        "也有业内人士提醒，随着智能化程度提升，车用芯片需求结构正在变化，高算力SoC和高端模拟芯片仍存在供应风险，行业不应因为MCU价格回落而放松供应链管理。",
    ]
    noise = [
        "界面新闻记者 | 秦嘉禾",
        "界面新闻编辑 | 肖芮冬",
        "未经正式授权严禁转载本文，侵权必究。",
        "打开界面新闻APP，查看原文",
        "界面新闻版权作品，未经书面授权，严禁转载，违者将被追究法律责任。",
    ]
    t = truth(
        url="https://www.jiemian.com/article/13456789.html", kind="portal",
        modelled_on="jiemian.com (界面新闻) article page",
        encoding="utf-8",
        notes="Reporter and editor credits (界面新闻记者 | NAME, 界面新闻编辑 | NAME) open the article container as <p> elements; they are credits, not body. Printed 2026/11/29 10:12 agrees with var pubtime which supplies the seconds.",
        classes=["pipe_credit_lines_in_body", "slash_date", "var_pubtime", "reprint_notice", "app_prompt"],
        title=title, published_date="2026-11-29", published_at="2026-11-29T10:12:47+08:00",
        author="秦嘉禾", editor="肖芮冬", source="界面新闻", paragraphs=paras, body_noise=noise)
    h = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>{title}|界面新闻 · 科技</title>
<meta name="keywords" content="车规级MCU,芯片">
<meta name="description" content="部分型号车规级MCU的现货价格较年初回落约30%。">
<script>var pubtime = "2026-11-29 10:12:47"; var article_id = 13456789; var channel = "科技";</script>
</head>
<body>
<div class="header-container"><div class="logo"><a href="https://www.jiemian.com/"><img src="https://img.jiemian.com/static/logo.png" alt="界面新闻"></a></div>
<ul class="header-nav"><li><a href="https://www.jiemian.com/lists/2.html">商业</a></li><li><a href="https://www.jiemian.com/lists/65.html">科技</a></li><li><a href="https://www.jiemian.com/lists/51.html">汽车</a></li><li><a href="https://www.jiemian.com/lists/9.html">金融</a></li></ul></div>
<div class="content-container">
<div class="main-container">
 <div class="article-view">
  <div class="article-header">
   <h1>{title}</h1>
   <div class="article-info">
    <p><span class="author"><a href="https://www.jiemian.com/user/204512.html">秦嘉禾</a></span>
    <span class="date" data-time="{epoch("2026-11-29 10:12:47")}">2026/11/29 10:12</span>
    <span class="source">来源：界面新闻</span></p>
   </div>
  </div>
  <div class="article-img"><img src="https://img.jiemian.com/101/original/20261129/17644000001.jpg" alt=""><p>图片来源：界面新闻 范剑磊</p></div>
  <div class="article-main">
   <div class="article-content">
<p>{noise[0]}</p>
<p>{noise[1]}</p>
{ps(paras)}
<p>{noise[2]}</p>
   </div>
  </div>
  <div class="article-source"><p>{noise[4]}</p></div>
  <div class="share-view"><span>分享到：</span><a class="weixin"></a><a class="weibo"></a></div>
  <div class="app-link"><a href="https://www.jiemian.com/app">{noise[3]}</a></div>
  <div class="comment-view"><h3>评论</h3><textarea placeholder="请在这里发表评论"></textarea></div>
 </div>
</div>
<div class="side-container"><div class="hot-list"><h3>热门排行</h3><ul><li><a href="#">年末车市价格战又起</a></li><li><a href="#">动力电池装车量再创新高</a></li></ul></div></div>
</div>
<div class="footer"><p>Copyright © 2014-2026 上海界面财联社科技股份有限公司</p></div>
</body>
</html>
"""
    return "portal_jiemian", h, t

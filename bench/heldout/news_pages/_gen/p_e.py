from common import e, ps, epoch, epoch_ms, truth, iso

PAGES = []


def page(fn):
    PAGES.append(fn)
    return fn


# ---------------------------------------------------------------- 21 caam (association, table)
@page
def gov_caam():
    title = "2026年10月汽车工业经济运行情况"
    rows = [
        ["指标", "10月", "环比增长", "同比增长", "1-10月累计", "累计同比"],
        ["汽车产量（万辆）", "318.6", "3.2%", "8.5%", "2712.4", "6.9%"],
        ["汽车销量（万辆）", "322.1", "4.0%", "9.1%", "2698.7", "7.3%"],
        ["新能源汽车销量（万辆）", "168.4", "5.6%", "24.8%", "1352.9", "28.1%"],
        ["汽车出口（万辆）", "61.2", "1.5%", "12.4%", "548.3", "15.6%"],
    ]
    paras_text = [
        "10月，汽车产销延续良好态势，月度产销均创历史同期新高。新能源汽车继续保持较快增长，汽车出口稳中有增。",
        "10月，汽车产销分别完成318.6万辆和322.1万辆，环比分别增长3.2%和4.0%，同比分别增长8.5%和9.1%。1-10月，汽车产销分别完成2712.4万辆和2698.7万辆，同比分别增长6.9%和7.3%。",
        "10月，新能源汽车销量达到168.4万辆，同比增长24.8%，新能源汽车新车销量达到汽车新车总销量的52.3%。1-10月，新能源汽车销量完成1352.9万辆，同比增长28.1%。",
        "10月，汽车出口61.2万辆，环比增长1.5%，同比增长12.4%。1-10月，汽车出口548.3万辆，同比增长15.6%。",
        "主要经济指标如下：",
    ]
    tail = ["注：汽车销量包含出口。"]
    paras = paras_text + ["\t".join(r) for r in rows] + tail
    noise = [
        "【打印本页】",
        "【关闭窗口】",
        "本网站所刊登的信息和各种专题专栏资料，均为中国汽车工业协会版权所有，未经协议授权，禁止下载使用。",
        "浏览次数：",
    ]
    t = truth(
        url="http://www.caam.org.cn/chn/4/cate_32/con_5238765.html", kind="gov",
        modelled_on="caam.org.cn (中国汽车工业协会) data release page",
        encoding="utf-8",
        notes="Association data release. Only the day is printed (发布时间：2026-11-14) and no time of day appears anywhere on the page, so published_at is null. The data table inside the content is body: each table row is one paragraph with cells joined by TAB (header row included). The trailing 注 line is part of the release.",
        classes=["date_only_no_time", "table_in_body", "print_close_links", "copyright_notice", "no_author", "no_editor"],
        title=title, published_date="2026-11-14", published_at=None,
        author=None, editor=None, source="中国汽车工业协会", paragraphs=paras, body_noise=noise)
    table = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" align=\"center\">\n" + "\n".join(
        "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows) + "\n</table>"
    h = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>中国汽车工业协会</title>
<meta name="keywords" content="汽车工业,经济运行,产销">
</head>
<body>
<div class="top"><div class="logo"><img src="/images/logo.png" alt="中国汽车工业协会"></div>
<div class="menu"><a href="/chn/1/index.html">首页</a><a href="/chn/2/cate_2/list_1.html">协会概况</a><a href="/chn/4/cate_30/list_1.html">行业信息</a><a href="/chn/4/cate_32/list_1.html">产销数据</a><a href="/chn/5/cate_40/list_1.html">会员服务</a></div></div>
<div class="main">
 <div class="left_menu"><ul><li><a href="/chn/4/cate_30/list_1.html">行业要闻</a></li><li class="on"><a href="/chn/4/cate_32/list_1.html">产销数据</a></li><li><a href="/chn/4/cate_33/list_1.html">经济运行</a></li></ul></div>
 <div class="right_con">
  <div class="weizhi">当前位置：<a href="/chn/1/index.html">首页</a> &gt; <a href="/chn/4/cate_32/list_1.html">产销数据</a></div>
  <div class="con_title">{title}</div>
  <div class="con_info"><span>发布时间：2026-11-14</span>&nbsp;&nbsp;<span>来源：中国汽车工业协会</span>&nbsp;&nbsp;<span>{noise[3]}<em id="hits">1526</em></span></div>
  <div class="con_text" id="con_text">
{ps(paras_text)}
{table}
{ps(tail)}
  </div>
  <div class="con_btn"><a href="javascript:window.print()">{noise[0]}</a> <a href="javascript:window.close()">{noise[1]}</a></div>
 </div>
</div>
<div class="footer"><p>{noise[2]}</p><p>中国汽车工业协会 地址：北京市东城区 京ICP备05036379号</p></div>
</body>
</html>
"""
    return "gov_caam", h, t


# ---------------------------------------------------------------- 22 miit (time only in meta)
@page
def gov_miit():
    title = "工业和信息化部召开汽车芯片产业链供需对接座谈会"
    paras = [
        "11月12日，工业和信息化部在北京召开汽车芯片产业链供需对接座谈会，通报汽车芯片产业发展情况，研究部署下一阶段重点工作。",
        "会议指出，近年来我国汽车芯片产业发展取得积极进展，控制类、功率类、传感类芯片供给能力明显提升，部分产品实现规模化装车应用。同时也要看到，高端芯片供给、车规级认证能力和产业链协同水平仍有待提高。",
        "会议强调，要坚持需求牵引、协同攻关，推动整车企业、零部件企业和芯片企业深化合作，重点做好以下工作：",
        "一是加强供需对接，定期发布汽车芯片需求目录和产品推广目录，支持整车企业开展国产芯片验证和应用。",
        "二是完善标准体系，加快汽车芯片功能安全、信息安全和可靠性标准研制，推动检测认证能力建设。",
        "三是强化产业链协同，支持组建汽车芯片创新联合体，推动设计、制造、封测和应用环节上下游联动。",
        "四是优化产业生态，引导金融资本加大支持力度，加强人才培养和国际交流合作。",
        "部内相关司局，部分整车企业、零部件企业、芯片企业和行业机构代表参加会议。",
    ]
    noise = [
        "【字体：大 中 小】",
        "打印本页",
        "关闭窗口",
        "分享到：",
        "扫一扫在手机打开当前页",
    ]
    t = truth(
        url="https://www.miit.gov.cn/jgsj/zbys/gzdt/art/2026/art_8a1b2c3d4e5f40718293a4b5c6d7e8f9.html", kind="gov",
        modelled_on="miit.gov.cn (工业和信息化部) department work-news page (TRS-style meta tags)",
        encoding="utf-8",
        notes="The printed line shows only the day (发布时间：2026-11-13); the time of day is given only by the meta tag PubDate (2026-11-13 10:05), which is on the same day, so published_at is 10:05:00. Source is the department (来源：装备工业一司). The numbered measures (一是 … 四是) are body paragraphs. No author or editor.",
        classes=["time_only_in_meta", "font_size_control", "numbered_measures_in_body", "print_close_links", "share_bar", "no_author", "no_editor"],
        title=title, published_date="2026-11-13", published_at="2026-11-13T10:05:00+08:00",
        author=None, editor=None, source="装备工业一司", paragraphs=paras, body_noise=noise)
    h = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="中华人民共和国工业和信息化部">
<meta name="SiteDomain" content="www.miit.gov.cn">
<meta name="SiteIDCode" content="bm07000001">
<meta name="ColumnName" content="工作动态">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2026-11-13 10:05">
<meta name="ContentSource" content="装备工业一司">
<meta name="Keywords" content="汽车芯片">
<title>{title}_中华人民共和国工业和信息化部</title>
</head>
<body>
<div class="header"><div class="w1200"><img src="/images/logo.png" alt="中华人民共和国工业和信息化部"></div>
<div class="nav"><a href="/">首页</a><a href="/gzcy/">互动</a><a href="/zwgk/">政务公开</a><a href="/jgsj/">机关司局</a><a href="/zwfw/">政务服务</a></div></div>
<div class="w1200 main">
 <div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/jgsj/">机关司局</a> &gt; <a href="/jgsj/zbys/">装备工业一司</a> &gt; <a href="/jgsj/zbys/gzdt/">工作动态</a></div>
 <div class="ctitle"><h1 id="con_title">{title}</h1></div>
 <div class="cinfo center"><span id="con_time">发布时间：2026-11-13</span> <span>来源：装备工业一司</span></div>
 <div class="cinfo2"><span class="font">{noise[0]}</span></div>
 <div class="ccontent center" id="con_con">
{ps(paras, tpl='<p style="text-indent: 2em; text-align: justify;">{}</p>')}
 </div>
 <div class="cfoot"><div class="share"><span>{noise[3]}</span><a class="wx"></a><a class="wb"></a><div class="qr"><img src="/images/qr.png" alt=""><p>{noise[4]}</p></div></div>
 <div class="btns"><a href="javascript:window.print();">{noise[1]}</a><a href="javascript:window.close();">{noise[2]}</a></div></div>
</div>
<div class="footer"><p>主办单位：中华人民共和国工业和信息化部</p><p>京ICP备04000001号 网站标识码：bm07000001</p></div>
</body>
</html>
"""
    return "gov_miit", h, t


# ---------------------------------------------------------------- 23 zhejiang commerce dept
@page
def gov_zj_commerce():
    title = "我省前三季度汽车零配件出口增长14.2%"
    paras = [
        "据杭州海关统计，今年前三季度，我省汽车零配件出口额达到1286.5亿元，同比增长14.2%，增速高于全省外贸出口平均水平。",
        "从市场看，对欧盟、东盟和拉美出口分别增长11.6%、18.3%和21.7%，对美出口基本持平。从产品看，轮胎、车用电机、汽车照明和车身零部件出口额均超过百亿元。",
        "为支持企业开拓国际市场，省商务厅今年以来组织汽配企业参加境外重点展会23场，协调解决企业在境外认证、通关和物流等方面的问题40余个。",
        "下一步，省商务厅将继续实施“千企百展”拓市场行动，支持企业建设海外仓和境外营销网络，推动汽车零配件出口高质量发展。",
    ]
    noise = [
        "字号：[ 大 中 小 ]",
        "审核：郑文涛",
        "校对：施佳",
        "【打印】",
        "【关闭】",
        "浙江省商务厅主办",
    ]
    t = truth(
        url="https://zcom.zj.gov.cn/art/2026/11/12/art_1384592_58912345.html", kind="gov",
        modelled_on="a provincial 商务厅 site (zcom.zj.gov.cn-style JCMS article page)",
        encoding="utf-8",
        notes="Provincial department news. 信息来源 label gives the source. The closing block lists 审核, 校对 and 编辑; only the 编辑 is the editor. Printed 16:30 agrees with the meta PubDate 2026-11-12 16:30:44, which supplies seconds.",
        classes=["info_source_label", "editor_with_reviewer_and_proofreader", "font_size_control", "print_close_links", "meta_time_agrees", "no_author"],
        title=title, published_date="2026-11-12", published_at="2026-11-12T16:30:44+08:00",
        author=None, editor="何静怡", source="对外贸易发展处", paragraphs=paras, body_noise=noise)
    h = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="浙江省商务厅">
<meta name="ColumnName" content="商务动态">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2026-11-12 16:30:44">
<meta name="ContentSource" content="对外贸易发展处">
<title>{title}</title>
</head>
<body>
<div class="top"><div class="banner"><img src="/picture/banner.jpg" alt="浙江省商务厅"></div>
<div class="nav"><a href="/">首页</a><a href="/col/col1384590/">商务动态</a><a href="/col/col1384600/">政务公开</a><a href="/col/col1384610/">政务服务</a><a href="/col/col1384620/">互动交流</a></div></div>
<div class="main">
 <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1384590/">商务动态</a> &gt; <a href="/col/col1384592/">工作动态</a></div>
 <table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="title" align="center">{title}</td></tr>
  <tr><td align="center" class="bt_time">发布日期：2026-11-12 16:30 &nbsp;&nbsp;信息来源：对外贸易发展处&nbsp;&nbsp;浏览次数：<span id="c_count">386</span>&nbsp;&nbsp;<span class="zh">{noise[0]}</span></td></tr>
  <tr><td class="bt_content" id="zoom">
<!--ZJEG_RSS.content.begin-->
{ps(paras, tpl='<p style="text-indent:2em;">{}</p>')}
<!--ZJEG_RSS.content.end-->
  </td></tr>
  <tr><td class="bt_shbz"><p>{noise[1]}&nbsp;&nbsp;{noise[2]}&nbsp;&nbsp;编辑：何静怡</p></td></tr>
  <tr><td class="bt_link"><a href="javascript:window.print()">{noise[3]}</a> <a href="javascript:window.close()">{noise[4]}</a></td></tr>
 </table>
 <div class="relate"><h4>相关信息</h4><ul><li><a href="#">全省外贸稳增长工作推进会召开</a></li><li><a href="#">汽配企业境外展会补助申报通知</a></li></ul></div>
</div>
<div class="footer"><p>{noise[5]}</p><p>地址：杭州市省府路8号 浙ICP备05000000号</p></div>
</body>
</html>
"""
    return "gov_zj_commerce", h, t


# ---------------------------------------------------------------- 24 gmw (meta disagrees; two authors)
@page
def portal_gmw():
    title = "汽车轻量化材料产业链观察：铝镁合金与碳纤维加速上车"
    paras = [
        "在安徽芜湖一家汽车铝合金压铸企业的车间里，一台9000吨级的大型压铸机正在一体化压铸新能源汽车后地板。原本需要70多个冲压焊接件组成的部件，如今一次成型，生产节拍缩短到两分钟以内。",
        "轻量化是新能源汽车提升续航、降低能耗的重要途径。业内测算，整车质量每降低10%，纯电动汽车续航里程可提升5%至8%。",
        "铝合金仍是当前应用最广的轻量化材料。近年来，一体化压铸技术快速普及，带动高强韧免热处理铝合金材料需求大幅增长，国内已有多家材料企业实现量产供货。",
        "镁合金的应用也在提速。镁合金密度约为铝合金的三分之二，多家企业正在开发镁合金仪表盘支架、座椅骨架和电池包壳体，但耐腐蚀性和成本仍是推广的主要障碍。",
        "碳纤维复合材料则主要用于高端车型和部分结构件。随着国产大丝束碳纤维产能释放，价格持续下降，碳纤维在电池包上盖、传动轴等部件上的应用逐渐增多。",
        "专家表示，轻量化需要材料、工艺、设计和回收利用协同推进，建议加强关键材料标准体系建设，推动形成跨行业的协同创新机制。",
    ]
    noise = [
        "[责编：邵奕岚]",
        "光明网版权所有",
        "9000吨级一体化压铸机在生产后地板。光明日报记者 方宇 摄",
        "手机光明网",
    ]
    t = truth(
        url="https://economy.gmw.cn/2026-11/11/content_37891234.htm", kind="portal",
        modelled_on="gmw.cn (光明网) economy channel content page",
        encoding="utf-8",
        notes="Two writers in the author line (作者：本报记者 NAME、NAME); author keeps both names as printed. meta publishdate (05:21:00) disagrees with the printed 05:25 on the same day: printed minute wins, seconds :00. Editor in square brackets [责编：NAME]. Photo caption names a photographer (not an author). Source is a linked media name after 来源：.",
        classes=["two_authors", "meta_minute_disagree", "bracket_editor_abbrev", "photographer_caption", "linked_source", "copyright_notice"],
        title=title, published_date="2026-11-11", published_at="2026-11-11T05:25:00+08:00",
        author="唐书韵、柯以宁", editor="邵奕岚", source="光明日报", paragraphs=paras, body_noise=noise)
    body = f"""<p style="text-align:center"><img src="https://imgpolitics.gmw.cn/attachement/jpg/site2/20261111/f44d305ea5d1.jpg" alt=""></p>
<p style="text-align:center;font-family:楷体">{noise[2]}</p>
""" + ps(paras, tpl="<p>\u3000\u3000{}</p>")
    h = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}_光明网</title>
<meta name="keywords" content="轻量化,铝合金,碳纤维" />
<meta name="description" content="轻量化是新能源汽车提升续航、降低能耗的重要途径。" />
<meta name="publishdate" content="2026-11-11 05:21:00" />
<meta name="source" content="光明日报" />
</head>
<body>
<div class="g-topbar"><a href="https://www.gmw.cn/">光明网</a> <a href="https://politics.gmw.cn/">时政</a> <a href="https://economy.gmw.cn/">经济</a> <a href="https://tech.gmw.cn/">科技</a> <a href="https://auto.gmw.cn/">汽车</a> <a href="https://m.gmw.cn/">{noise[3]}</a></div>
<div class="g-crumbs"><a href="https://www.gmw.cn/">首页</a> &gt; <a href="https://economy.gmw.cn/">经济</a> &gt; 正文</div>
<div class="m-con-wrap">
 <div class="m-title-box">
  <h1 class="u-title">{title}</h1>
  <div class="m-con-info">
   <span class="m-con-time">2026-11-11 05:25</span>
   <span class="m-con-source">来源：<a href="https://epaper.gmw.cn/gmrb/" target="_blank">光明日报</a></span>
  </div>
  <div class="m-con-author">作者：本报记者 唐书韵、柯以宁</div>
 </div>
 <div class="u-mainText" id="articleBox">
<!--enpcontent-->
{body}
<!--/enpcontent-->
 </div>
 <div class="m-zbTool liability">{noise[0]}</div>
 <div class="m-share">分享到：<a>微信</a><a>微博</a></div>
 <div class="m-relate"><h3>相关新闻</h3><ul><li><a href="#">一体化压铸技术走向成熟</a></li><li><a href="#">碳纤维国产化提速</a></li></ul></div>
</div>
<div class="g-footer"><p>{noise[1]}</p></div>
</body>
</html>
"""
    return "portal_gmw", h, t


# ---------------------------------------------------------------- 25 ce.cn (GB2312)
@page
def portal_ce():
    title = "汽车零部件企业数字化转型调查：车间上云后发生了什么"
    paras = [
        "中国经济网记者近日走访江苏、浙江多家汽车零部件企业发现，越来越多的中小企业开始将生产设备联网上云，用数据指导排产、质检和设备维护。",
        "常州一家生产汽车电机转子的企业，两年前对车间的120多台设备进行了联网改造。企业负责人介绍，改造后设备综合效率提升了15%，产品不良率下降了约三分之一。",
        "在宁波，一家汽车紧固件企业引入了基于机器视觉的质检系统，替代了原来的人工目检。过去需要20名质检员的工序，现在只需4人负责复核和设备维护。",
        "不过，数字化转型并非一蹴而就。部分企业反映，设备协议不统一、数据标准缺失、专业人才匮乏等问题，制约了转型的深度。一些企业上了系统，却因为缺乏数据分析能力，数据“躺在云上睡大觉”。",
        "对此，多地出台了中小企业数字化转型支持政策，通过“链主”企业带动、服务商打包方案、财政资金补贴等方式，降低企业的转型成本和门槛。",
    ]
    noise = [
        "（责任编辑：范佳琦）",
        "中国经济网声明：股市资讯来源于合作媒体及机构，属作者个人观点，仅供投资者参考，并不构成投资建议。投资者据此操作，风险自担。",
        "版权所有 中国经济网",
        "本网站所刊载信息，不代表中经网观点。 刊用本网站稿件，务经书面授权。",
    ]
    t = truth(
        url="http://auto.ce.cn/auto/gundong/202611/10/t20261110_39876543.shtml", kind="portal",
        modelled_on="ce.cn (中国经济网) auto channel article, GB2312",
        encoding="gb2312",
        notes="GB2312 page (stored as GB2312 bytes). Date, source and author in id-tagged spans (articleTime, articleSource, articleAuthor). Editor in full-width parentheses at the end of the body container.",
        classes=["gb2312", "id_based_meta_spans", "editor_in_parentheses", "disclaimer", "copyright_notice"],
        title=title, published_date="2026-11-10", published_at="2026-11-10T08:42:00+08:00",
        author="钟雅琳", editor="范佳琦", source="中国经济网", paragraphs=paras, body_noise=noise)
    h = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}_中国经济网　国家经济门户</title>
<meta name="keywords" content="零部件,数字化转型" />
<meta name="description" content="越来越多的中小企业开始将生产设备联网上云" />
</head>
<body>
<div id="top"><a href="http://www.ce.cn/">中国经济网首页</a> | <a href="http://auto.ce.cn/">汽车</a> | <a href="http://finance.ce.cn/">金融</a> | <a href="http://tech.ce.cn/">科技</a></div>
<div class="nav">您的位置：<a href="http://www.ce.cn/">首页</a> &gt; <a href="http://auto.ce.cn/">汽车频道</a> &gt; <a href="http://auto.ce.cn/auto/gundong/">滚动新闻</a></div>
<div class="content">
 <h1 id="articleTitle">{title}</h1>
 <div class="titleinfo">
  <span id="articleTime">2026年11月10日 08:42</span>&nbsp;&nbsp;
  <span id="articleSource">来源：中国经济网</span>&nbsp;&nbsp;
  <span id="articleAuthor">作者：钟雅琳</span>
 </div>
 <div class="TRS_Editor" id="articleText">
{ps(paras, tpl='<p>　　{}</p>')}
<p align="right">{noise[0]}</p>
 </div>
 <div class="shengming">{noise[1]}</div>
 <div class="xgxw"><h3>相关新闻</h3><ul><li><a href="#">工业互联网赋能汽车产业链</a></li><li><a href="#">中小企业数字化转型试点城市名单</a></li></ul></div>
</div>
<div id="footer"><p>{noise[2]}</p><p>{noise[3]}</p></div>
</body>
</html>
"""
    return "portal_ce", h, t

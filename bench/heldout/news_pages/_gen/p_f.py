from common import e, ps, epoch, epoch_ms, truth, iso

PAGES = []


def page(fn):
    PAGES.append(fn)
    return fn


# ---------------------------------------------------------------- 26 cnr (2 paragraphs, dateline author)
@page
def portal_cnr():
    title = "全国首个汽车芯片检测认证公共服务平台在沪启用"
    paras = [
        "央广网上海11月9日消息（记者韩雪）11月9日，全国首个面向汽车芯片的一站式检测认证公共服务平台在上海嘉定正式启用。平台可提供车规级芯片的可靠性试验、功能安全评估和电磁兼容测试等服务，覆盖芯片设计验证到装车应用的全流程。",
        "据介绍，平台已与20余家芯片企业和整车企业签订服务协议，预计每年可完成检测认证项目300项以上，将帮助国产汽车芯片企业缩短认证周期、降低认证成本。",
    ]
    noise = [
        "编辑：龙鹏程",
        "更多精彩资讯请在应用市场下载“央广网”客户端。欢迎提供新闻线索，24小时报料热线400-800-0088；消费者也可通过央广网“啄木鸟消费者投诉平台”线上投诉。",
        "版权声明：本文章版权归属央广网所有，未经授权不得转载。转载请联系：cnrbanquan@cnr.cn，不尊重原创的行为我们将追究责任。",
    ]
    t = truth(
        url="https://auto.cnr.cn/kuaixun/20261109/t20261109_527012345.shtml", kind="portal",
        modelled_on="cnr.cn (央广网) channel article page",
        encoding="utf-8",
        notes="Short two-paragraph piece. The reporter is named only in the dateline parentheses that open the first paragraph (（记者韩雪）); the dateline stays in the paragraph. The app/hotline prompt and the copyright notice are <p> elements inside the article container. Date and source share one line.",
        classes=["author_in_dateline_parentheses", "short_body", "app_prompt_in_body", "copyright_notice_in_body", "date_source_one_line"],
        title=title, published_date="2026-11-09", published_at="2026-11-09T10:12:00+08:00",
        author="韩雪", editor="龙鹏程", source="央广网", paragraphs=paras, body_noise=noise)
    h = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}_央广网</title>
<meta name="keywords" content="汽车芯片,检测认证" />
<meta name="description" content="全国首个面向汽车芯片的一站式检测认证公共服务平台在上海嘉定正式启用。" />
</head>
<body>
<div class="header"><a href="https://www.cnr.cn/">央广网</a> <a href="https://news.cnr.cn/">新闻</a> <a href="https://finance.cnr.cn/">财经</a> <a href="https://auto.cnr.cn/">汽车</a> <a href="https://tech.cnr.cn/">科技</a></div>
<div class="wrapper">
 <div class="subNav"><a href="https://auto.cnr.cn/">汽车频道</a> &gt; <a href="https://auto.cnr.cn/kuaixun/">快讯</a> &gt; 正文</div>
 <div class="article-header">
  <h1>{title}</h1>
  <div class="source"><span>2026-11-09 10:12:00</span>&nbsp;&nbsp;<span>来源：央广网</span></div>
  <div class="share"><span>分享到：</span><a>微信</a><a>微博</a></div>
 </div>
 <div class="article-content">
  <div class="TRS_Editor">
{ps(paras)}
<p>{noise[1]}</p>
<p>{noise[2]}</p>
  </div>
 </div>
 <div class="editor">{noise[0]}</div>
 <div class="related"><h3>相关阅读</h3><ul><li><a href="#">上海嘉定打造智能网联汽车高地</a></li><li><a href="#">车规级芯片认证难在哪</a></li></ul></div>
</div>
<div class="footer"><p>央广网 版权所有 京ICP证060551号</p></div>
</body>
</html>
"""
    return "portal_cnr", h, t


# ---------------------------------------------------------------- 27 zhihu column (edit time printed)
@page
def selfmedia_zhihu():
    title = "从业十年，聊聊汽车线束行业的真实现状"
    paras = [
        "先说一下背景：本人在一家内资线束厂干了十年，从工艺员做到项目经理，经历过燃油车的最后繁荣，也赶上了新能源车的爆发。下面说的都是个人观察，不代表公司立场。",
        "一、线束到底是个什么生意",
        "线束是汽车的“神经和血管”，一辆普通燃油车的线束总长大概两三千米，重量二三十公斤。新能源车多了高压线束，单车价值量从两三千元涨到了五六千元，高端车型更高。",
        "但线束的本质是劳动密集型产业。导线、端子、连接器买进来，裁线、压接、布线、包扎，很多工序至今离不开人手，人工成本占到总成本的两到三成。",
        "二、新能源车带来了什么变化",
        "最大的变化是高压线束。高压线束对屏蔽、绝缘、耐温的要求高得多，连接器基本被几家外资垄断，这两年国产连接器厂商追得很快，价格也被打下来不少。",
        "第二个变化是车型迭代快。以前一个平台做五六年，现在一年一个改款，线束要跟着改，打样、验证的频率成倍增加，小厂的工程能力根本跟不上。",
        "第三个变化是账期。部分新势力车企的付款周期拉到了六个月以上，线束厂要垫付大量原材料款，铜价一涨，现金流压力就很大。",
        "三、行业格局会怎么演变",
        "我的判断是集中度会继续提升。外资巨头在高端市场仍然有优势，内资头部企业靠成本和响应速度抢份额，中小厂要么被并购，要么转做售后和非车领域。",
        "另外，区域架构和以太网的普及，可能让线束的长度和重量下降，这对行业是长期的挑战，但短期内还不会颠覆现有格局。",
        "四、给想入行的朋友几点建议",
        "如果你是应届生，建议从工艺或者质量岗位做起，把压接、检测这些基础吃透；如果你有电气背景，高压系统和连接器方向更有前途。",
        "以上，欢迎在评论区交流。",
    ]
    noise = [
        "编辑于 2026-11-26 09:03",
        "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。",
        "赞同 1286",
        "添加评论",
        "汽车供应链札记",
        "还没有评论，发表第一个评论吧",
    ]
    created = "2026-11-25 22:14:09"
    updated = "2026-11-26 09:03:27"
    t = truth(
        url="https://zhuanlan.zhihu.com/p/5123456789", kind="self_media",
        modelled_on="zhuanlan.zhihu.com (知乎专栏) article page",
        encoding="utf-8",
        notes="The visible time line prints the EDIT time (编辑于 2026-11-26 09:03); the publication time is in the tooltip (data-tooltip=发布于 2026-11-25 22:14) and in js-initialData (created = 2026-11-25 22:14:09 +08:00, updated = the edit time). published_* is the publication, not the edit. 编辑于 is not an editor credit. Section headings (一、… 四、) are body paragraphs. The author is the column writer (a personal name); a zhihu column is not a media account, so source is null.",
        classes=["edit_time_printed", "publish_time_in_tooltip", "epoch_seconds_page_data", "edit_label_not_editor", "headings_in_body", "copyright_notice", "no_source"],
        title=title, published_date="2026-11-25", published_at="2026-11-25T22:14:09+08:00",
        author="顾北辰", editor=None, source=None, paragraphs=paras, body_noise=noise)
    body = []
    for p in paras:
        if p[1:2] == "、" and len(p) < 20:
            body.append(f"<h2>{e(p)}</h2>")
        else:
            body.append(f"<p data-pid=\"p{len(body)}\">{e(p)}</p>")
    idata = ('{"initialState":{"entities":{"articles":{"5123456789":{"id":5123456789,"title":"' + title +
             '","created":' + str(epoch(created)) + ',"updated":' + str(epoch(updated)) +
             ',"author":{"name":"顾北辰","urlToken":"gu-bei-chen-42"},"column":{"title":"汽车供应链札记"},"voteupCount":1286}}}}}')
    h = f"""<!doctype html>
<html lang="zh" data-hairline="true" data-theme="light"><head><meta charset="utf-8"/>
<title data-rh="true">{title} - 知乎</title>
<meta name="description" content="先说一下背景：本人在一家内资线束厂干了十年"/>
<meta property="og:title" content="{title}"/>
<meta property="og:type" content="article"/>
<meta property="og:site_name" content="知乎专栏"/>
</head><body>
<div id="root"><div class="App">
<header class="ColumnPageHeader"><div class="ColumnPageHeader-content"><a href="https://www.zhihu.com/" aria-label="知乎">知乎</a><div class="ColumnPageHeader-Title"><a href="https://www.zhihu.com/column/c_1598765432">{noise[4]}</a></div><button class="Button">写文章</button></div></header>
<main role="main" class="App-main"><div class="Post-content">
<article class="Post-Main Post-NormalMain">
 <header class="Post-Header"><h1 class="Post-Title">{title}</h1>
  <div class="Post-Author"><div class="AuthorInfo"><a class="UserLink-link" href="//www.zhihu.com/people/gu-bei-chen-42">顾北辰</a><div class="AuthorInfo-badgeText">汽车线束行业从业者</div></div></div>
 </header>
 <div class="Post-RichTextContainer"><div class="css-376mun"><div class="RichText ztext Post-RichText css-1g0fqss" options="[object Object]">
{chr(10).join(body)}
 </div></div></div>
 <div class="ContentItem-time"><span data-tooltip="发布于 2026-11-25 22:14">{noise[0]}</span>・IP 属地上海</div>
 <div class="Post-topicsAndReviewer"><div class="Tag">汽车零部件</div><div class="Tag">新能源汽车</div></div>
 <div class="Post-copyright">{noise[1]}</div>
 <div class="ContentItem-actions"><button class="VoteButton">{noise[2]}</button><button>{noise[3]}</button><button>分享</button><button>收藏</button></div>
</article>
<div class="Comments-container"><div class="CommentsV2-empty">{noise[5]}</div></div>
</div></main></div></div>
<script id="js-initialData" type="text/json">{idata}</script>
</body></html>
"""
    return "selfmedia_zhihu", h, t


# ---------------------------------------------------------------- 28 xueqiu (no year)
@page
def selfmedia_xueqiu():
    title = "汽车零部件板块：三季报之后我的几点看法"
    paras = [
        "三季报基本披露完了，简单说说我对汽车零部件板块的几点看法，仅供交流。",
        "第一，收入增速分化很大。跟着新势力和出海车企的零部件公司，收入增速普遍在20%以上；主要配套合资品牌的公司，收入基本是零增长甚至下滑。客户结构决定了基本面。",
        "第二，毛利率普遍承压。年降加上价格战，大部分公司的毛利率同比下降了1到3个百分点，能逆势提升的，主要是有海外业务或者产品结构升级的公司。",
        "第三，海外收入是估值分水岭。市场愿意给有海外工厂、海外客户的公司更高的估值，但要注意海外工厂投产初期的亏损和汇率影响。",
        "第四，机器人和智能驾驶概念炒作较多。不少零部件公司都在讲丝杠、减速器、传感器的故事，但真正形成收入的很少，我会更看重已有订单和产能。",
        "总的来说，我对板块整体保持中性，更倾向于精选客户结构好、海外布局早、现金流健康的个股。",
    ]
    noise = [
        "风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。",
        "©著作权归作者所有，本内容仅代表作者个人观点，不构成投资建议",
        "来自雪球",
        "转发",
        "讨论",
        "关注",
    ]
    created = "2026-11-27 21:40:13"
    t = truth(
        url="https://xueqiu.com/6123456789/312345678", kind="self_media",
        modelled_on="xueqiu.com (雪球) long post (status) page",
        encoding="utf-8",
        notes="The printed time 11-27 21:40 has no year (xueqiu omits the current year); SNOWMAN_STATUS.created_at (epoch ms = 2026-11-27 21:40:13 +08:00) supplies the year and seconds. 来自雪球 names the posting client, not a source, so source is null. The author is the posting user (a personal name).",
        classes=["no_year_date", "epoch_ms_page_data", "client_label_not_source", "risk_disclaimer", "copyright_notice", "no_source"],
        title=title, published_date="2026-11-27", published_at="2026-11-27T21:40:13+08:00",
        author="陈牧之", editor=None, source=None, paragraphs=paras, body_noise=noise)
    status = ('{"id":312345678,"user_id":6123456789,"title":"' + title + '","created_at":' + str(epoch_ms(created, 0)) +
              ',"retweet_count":12,"reply_count":48,"source":"雪球","user":{"screen_name":"陈牧之"}}')
    h = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title} 三季报基本披露完了 - 雪球</title>
<meta name="description" content="三季报基本披露完了，简单说说我对汽车零部件板块的几点看法，仅供交流。">
</head>
<body class="status-page">
<div class="nav"><a class="nav__logo" href="https://xueqiu.com/">雪球</a><a href="https://xueqiu.com/">首页</a><a href="https://xueqiu.com/hq">行情</a><a href="https://xueqiu.com/today">7x24</a><input class="nav__search" placeholder="搜索"></div>
<div class="container article__container">
 <div class="avatar__subtitle"><a class="user-name" href="/u/6123456789">陈牧之</a> <button class="follow">{noise[5]}</button></div>
 <article class="article__bd">
  <div class="article__bd__from"><a href="/6123456789/312345678" class="time" data-created_at="{epoch_ms(created, 0)}">11-27 21:40</a> · <span>{noise[2]}</span></div>
  <h1 class="article__bd__title">{title}</h1>
  <div class="article__bd__detail">
{ps(paras)}
  </div>
  <div class="article__bd__copyright">{noise[1]}</div>
  <div class="article__bd__disclaimer">{noise[0]}</div>
 </article>
 <div class="article__ft"><a>{noise[3]} 12</a><a>{noise[4]} 48</a><a>赞 156</a><a>收藏</a></div>
 <div class="status-comment"><textarea placeholder="发表你的评论"></textarea><div class="comment-item"><span class="user-name">股海小舟</span>：分析得很到位，海外这块确实是关键</div></div>
</div>
<script>window.SNOWMAN_STATUS = {status};</script>
</body>
</html>
"""
    return "selfmedia_xueqiu", h, t


# ---------------------------------------------------------------- 29 Discuz! forum (GBK, relative days)
@page
def selfmedia_discuz():
    title = "国六b实施后催化剂贵金属用量下降，载体厂商订单分化"
    paras = [
        "随着国六b排放标准全面实施，汽车尾气后处理行业正在经历新一轮调整。多家催化剂企业表示，通过涂层配方优化和载体技术改进，单车贵金属用量较国六a阶段下降了15%至20%。",
        "贵金属用量下降主要得益于技术进步。一方面，新一代高孔密度、薄壁载体提升了催化效率；另一方面，分区涂覆技术让铂、钯、铑用在最需要的位置。",
        "载体厂商的订单出现明显分化。能够供应超薄壁蜂窝陶瓷载体和汽油机颗粒捕集器载体的企业订单饱满，而以传统产品为主的企业面临降价压力。",
        "值得注意的是，混合动力车型的快速增长对后处理系统提出了新挑战。发动机频繁启停导致排气温度波动，对催化剂的低温起燃性能要求更高，这也成为企业研发的重点方向。",
    ]
    noise = [
        "本帖最后由 车友_8813 于 2026-11-24 17:01 编辑",
        "沙发！感谢楼主分享，后处理这块水很深",
        "签名：专注汽配二十年，欢迎交流",
        "使用道具",
        "举报",
        "kQ7mZ2xR",
        "回复",
    ]
    t = truth(
        url="https://bbs.qipeijianghu.com/thread-1234567-1-1.html", kind="self_media",
        modelled_on="a Discuz! X3 forum thread (viewthread), first post carrying a reposted news item, GBK",
        encoding="gbk",
        notes="GBK page. The thread title is in span#thread_subject after a thread-type link ([转帖]) that is not part of the title. The post time is relative (6 天前) with the absolute time in the span title attribute (2026-11-24 16:32; fetched_at 2026-11-30 09:00 is six days later). 本帖最后由 … 编辑 is an edit notice, not an editor. The post body is <br />-separated text in td.t_f, opening with 来源/作者 lines of the reposted piece (credits, not body); a Discuz jammer string is hidden between paragraphs. The forum user (车友_8813) is the poster, not the author. The second post (a reply) is not body.",
        classes=["gbk", "relative_days_title_attribute", "br_separated_body", "edit_notice_not_editor", "jammer_hidden_text", "credits_inside_post", "reply_not_body", "thread_type_prefix"],
        title=title, published_date="2026-11-24", published_at="2026-11-24T16:32:00+08:00",
        author="余思远", editor=None, source="中国汽车报网", paragraphs=paras, body_noise=noise)
    body = ("来源：中国汽车报网<br />\r\n作者：余思远<br />\r\n<br />\r\n" +
            "<br />\r\n<br />\r\n".join(e(p) for p in paras[:2]) +
            f'<font class="jammer">{noise[5]}</font><br />\r\n<br />\r\n' +
            "<br />\r\n<br />\r\n".join(e(p) for p in paras[2:]) + "<br />\r\n")
    h = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{title} - 行业资讯 -  汽配江湖论坛 -  Powered by Discuz!</title>
<meta name="keywords" content="{title}" />
<meta name="description" content=" {title} ,汽配江湖论坛" />
<meta name="generator" content="Discuz! X3.4" />
<style type="text/css">.jammer {{ display:none; }}</style>
</head>
<body id="nv_forum" class="pg_viewthread">
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="./">设为首页</a><a href="./">收藏本站</a></div><div class="y"><a href="member.php?mod=logging&amp;action=login">登录</a> <a href="member.php?mod=register">立即注册</a></div></div></div>
<div id="hd"><div class="wp"><h2><a href="./" title="汽配江湖论坛"><img src="static/image/common/logo.png" alt="汽配江湖论坛" /></a></h2>
<div id="nv"><ul><li><a href="forum.php">论坛</a></li><li><a href="home.php">家园</a></li><li><a href="misc.php?mod=ranklist">排行榜</a></li></ul></div></div></div>
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">汽配江湖论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-12-1.html">行业资讯</a> <em>&rsaquo;</em> <a href="thread-1234567-1-1.html">{title}</a></div></div>
<div id="ct" class="wp cl">
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr>
<td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">2318</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">1</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><a href="forum.php?mod=forumdisplay&amp;fid=12&amp;filter=typeid&amp;typeid=3">[转帖]</a>
<span id="thread_subject">{title}</span></h1></td>
</tr></table>
<div id="post_8765432">
<table id="pid8765432" class="plhin" summary="pid8765432" cellspacing="0" cellpadding="0"><tr>
<td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="space-uid-88130.html" class="xw1">车友_8813</a></div></div><p>积分 3520</p><p>主题 412</p></td>
<td class="plc"><div class="pi"><strong><a href="thread-1234567-1-1.html" id="postnum8765432">楼主</a></strong>
<div class="pti"><div class="authi"><em id="authorposton8765432">发表于 <span title="2026-11-24 16:32">6&nbsp;天前</span></em><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=1234567&amp;page=1&amp;authorid=88130">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_8765432">
<i class="pstatus"> {noise[0]} </i><br />
{body}</td></tr></table>
</div></div></div>
</td></tr>
<tr><td class="plc plm"><div class="sign">{noise[2]}</div></td></tr>
<tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply">{noise[6]}</a></em><p><a href="javascript:;">{noise[3]}</a> <a href="javascript:;">{noise[4]}</a></p></div></div></td></tr>
</table></div>
<div id="post_8765499">
<table id="pid8765499" class="plhin" cellspacing="0" cellpadding="0"><tr>
<td class="pls"><div class="authi"><a href="space-uid-90211.html" class="xw1">轮毂老王</a></div></td>
<td class="plc"><div class="pi"><strong><a href="#">沙发</a></strong><div class="pti"><div class="authi"><em id="authorposton8765499">发表于 <span title="2026-11-24 18:05">6&nbsp;天前</span></em></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_8765499">
{noise[1]}</td></tr></table></div></div></div></td></tr></table></div>
</div>
<div id="f_pst" class="pl bm bmw"><form method="post" action="forum.php?mod=post&amp;action=reply"><textarea name="message" id="fastpostmessage"></textarea><button type="submit">发表回复</button></form></div>
</div>
<div id="ft" class="wp cl"><p>Powered by <strong><a href="https://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p>&copy; 2001-2026 汽配江湖论坛</p></div>
</body>
</html>
"""
    return "selfmedia_discuz", h, t


# ---------------------------------------------------------------- 30 udn 經濟日報 (traditional Chinese)
@page
def portal_udn():
    title = "電動車零組件接單旺 台廠明年營運看俏"
    paras = [
        "全球電動車銷售持續成長，帶動台灣汽車零組件廠接單暢旺。多家車用電子與散熱模組廠商表示，明年訂單能見度已看到上半年，營運有望優於今年。",
        "根據經濟部統計處資料，115年前三季台灣汽車零組件外銷金額較去年同期成長約9%，其中車用電子產品成長幅度最大，主要出口市場為美國、日本與歐洲。",
        "業者指出，歐美車廠為分散供應鏈風險，積極在亞洲尋找第二供應來源，台灣廠商在品質與交期上具備優勢，近期陸續取得新車款的定點訂單。",
        "不過，業者也坦言，匯率波動與原物料價格仍是明年營運的主要變數，部分廠商已透過擴大海外生產基地，降低關稅與地緣政治風險。",
        "法人分析，電動車滲透率提升將持續推升單車零組件價值，具備高壓、散熱與智慧座艙產品線的台廠，可望成為主要受惠者。",
    ]
    noise = [
        "延伸閱讀",
        "車用電子廠第三季財報出爐 毛利率創新高",
        "※ 歡迎用「轉貼」或「分享」的方式轉傳文章連結；未經授權，請勿複製轉貼文章內容",
        "經濟日報／ 記者林育萱／台北即時報導",
        "訂閱經濟日報電子報",
    ]
    t = truth(
        url="https://money.udn.com/money/story/5612/8412345", kind="portal",
        modelled_on="money.udn.com (經濟日報 / 聯合新聞網) story page, traditional Chinese",
        encoding="utf-8",
        notes="Traditional-Chinese page. The byline line 經濟日報／ 記者林育萱／台北即時報導 gives source (經濟日報) and author (林育萱, no space after 記者). The body mentions a 民國 year (115年前三季) that is not the publication date. A 延伸閱讀 list sits inside the article container before the last paragraph. meta date and JSON-LD agree with the printed minute and supply seconds.",
        classes=["traditional_chinese", "slash_byline", "roc_year_in_body", "related_list_inside_body", "jsonld_agrees", "reprint_notice"],
        title=title, published_date="2026-11-27", published_at="2026-11-27T15:02:18+08:00",
        author="林育萱", editor=None, source="經濟日報", paragraphs=paras, body_noise=noise)
    ld = ('{"@context":"http://schema.org","@type":"NewsArticle","headline":"' + title +
          '","datePublished":"2026-11-27T15:02:18+08:00","author":{"@type":"Person","name":"林育萱"},"publisher":{"@type":"Organization","name":"經濟日報"}}')
    body = ps(paras[:4]) + f"""
<div class="story-list__holder story-list__holder--append"><h3 class="story-list__title">{noise[0]}</h3>
<ul><li><a href="https://money.udn.com/money/story/5612/8400001">{noise[1]}</a></li>
<li><a href="https://money.udn.com/money/story/5612/8400002">歐美車廠分散供應鏈 台廠受惠</a></li></ul></div>
""" + ps(paras[4:])
    h = f"""<!DOCTYPE html>
<html lang="zh-TW">
<head>
<meta charset="utf-8">
<title>{title} | 產業熱點 | 產業 | 經濟日報</title>
<meta name="description" content="全球電動車銷售持續成長，帶動台灣汽車零組件廠接單暢旺。">
<meta name="date" content="2026/11/27 15:02:18">
<meta property="og:title" content="{title} | 經濟日報">
<meta property="og:site_name" content="經濟日報">
<meta property="article:section" content="產業">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<header class="header"><a class="header__logo" href="https://money.udn.com/money/index">經濟日報</a>
<nav class="header__nav"><a href="https://money.udn.com/money/cate/5591">要聞</a><a href="https://money.udn.com/money/cate/5612">產業</a><a href="https://money.udn.com/money/cate/5590">證券</a><a href="https://money.udn.com/money/cate/12017">國際</a></nav></header>
<main class="main">
 <nav class="breadcrumb"><a href="https://money.udn.com/money/index">首頁</a> / <a href="https://money.udn.com/money/cate/5612">產業</a> / <a href="https://money.udn.com/money/cate/5612">產業熱點</a></nav>
 <article class="article">
  <h1 class="article-head__title">{title}</h1>
  <section class="article-body__info"><span class="article-body__time">2026-11-27 15:02</span> <span class="article-body__source">{noise[3]}</span></section>
  <div class="article-body__share"><a>Facebook</a><a>LINE</a><a>複製連結</a></div>
  <figure class="article-body__figure"><img src="https://pgw.udn.com.tw/gw/photo.php?u=x.jpg" alt=""><figcaption>車用零組件示意圖。圖／本報資料照片</figcaption></figure>
  <section class="article-body__editor" id="article_body">
{body}
  </section>
  <div class="article-body__notice">{noise[2]}</div>
  <div class="subscribe"><a href="https://money.udn.com/edm">{noise[4]}</a></div>
 </article>
 <aside class="sidebar"><div class="rank"><h3>熱門排行</h3><ol><li><a href="#">台股盤後</a></li><li><a href="#">半導體設備股走強</a></li></ol></div></aside>
</main>
<footer class="footer"><p>經濟日報 © 2026 All rights reserved.</p></footer>
</body>
</html>
"""
    return "portal_udn", h, t

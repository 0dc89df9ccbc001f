"""Chinese self-media and government / association pages: 小红书, B站专栏, 国家发改委, 商务部, 海关总署,
a provincial 工信厅 (GB18030), 中国汽车工程学会."""
from _common import FETCH_CN, add, epoch, esc, ps, rows_tsv, table

# ---------------------------------------------------------------- 小红书 note
T_PUB = epoch("2026-11-26T21:14:09+08:00") * 1000
T_UPD = epoch("2026-11-28T10:02:33+08:00") * 1000
P = [
    "最近好多人问我冬季胎要不要换，今天统一回答一下。我在南京开轮胎店15年，说的都是店里的实际情况，不是广告。",
    "先说结论：长江以南大部分城市，普通家用车没必要专门换冬季胎，一套质量好的四季胎足够了。",
    "① 气温长期低于7℃、经常下雪结冰的地方，冬季胎的抓地和刹车距离优势非常明显，这种情况建议换。",
    "② 冬季胎胎面软，在高温干燥路面上磨损快，开春一定要换回来，别图省事一直用。",
    "③ 换冬季胎最好四条一起换，只换两条反而会让前后轴抓地力不一致，紧急制动时更容易甩尾。",
    "④ 不管换不换，入冬前都记得查一下胎压，气温每降10℃，胎压大概会掉0.1个bar。",
    "有问题评论区问我，看到都会回。",
]
N = [
    "#冬季胎",
    "#汽车轮胎",
    "#用车知识",
    "编辑于 2天前 江苏",
    "共 86 条评论",
    "南京需要换吗",
    "关注",
]
H = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>冬季胎到底要不要换？干了15年轮胎店说点实话 - 小红书</title>
<meta name="description" content="最近好多人问我冬季胎要不要换，今天统一回答一下。">
<meta name="og:type" content="article">
<meta name="og:title" content="冬季胎到底要不要换？干了15年轮胎店说点实话 - 小红书">
</head>
<body>
<div id="app">
 <div class="side-bar"><a href="/explore">发现</a><a href="/publish">发布</a><a href="/notification">通知</a></div>
 <div id="noteContainer" class="note-container">
  <div class="media-container"><div class="swiper"><img src="https://sns-webpic-qc.xhscdn.com/202611262114/a8e3f1c2/1040g2sg31abcdef.jpg" alt=""></div></div>
  <div class="interaction-container">
   <div class="author-container"><div class="info"><a class="name" href="/user/profile/5f1a9c3e000000000101a2b3"><span class="username">轮胎老周</span></a></div><button class="follow-button">关注</button></div>
   <div class="note-scroller">
    <div id="detail-title" class="title">冬季胎到底要不要换？干了15年轮胎店说点实话</div>
    <div id="detail-desc" class="desc"><span class="note-text">
<span>{esc(P[0])}</span><br>
<span>{esc(P[1])}</span><br>
<span>{esc(P[2])}</span><br>
<span>{esc(P[3])}</span><br>
<span>{esc(P[4])}</span><br>
<span>{esc(P[5])}</span><br>
<span>{esc(P[6])}</span><br>
<a class="tag" href="/search_result?keyword=%E5%86%AC%E5%AD%A3%E8%83%8E">#冬季胎</a> <a class="tag" href="/search_result?keyword=%E6%B1%BD%E8%BD%A6%E8%BD%AE%E8%83%8E">#汽车轮胎</a> <a class="tag" href="/search_result?keyword=%E7%94%A8%E8%BD%A6%E7%9F%A5%E8%AF%86">#用车知识</a>
    </span></div>
    <div class="bottom-container"><span class="date">编辑于 2天前 江苏</span></div>
    <div class="comments-container">
     <div class="total">共 86 条评论</div>
     <div class="comment-item"><a class="name" href="/user/profile/60a1">小周开车</a><div class="content">南京需要换吗</div><div class="info"><span class="date">11-27 江苏</span><span class="like">12</span></div></div>
     <div class="comment-item"><a class="name" href="/user/profile/5f1a9c3e000000000101a2b3">轮胎老周</a><div class="content">南京一般不用，四季胎就行</div><div class="info"><span class="date">11-27 江苏</span></div></div>
    </div>
   </div>
   <div class="interactions engage-bar"><span class="like-wrapper">1.2万</span> <span class="collect-wrapper">3421</span> <span class="chat-wrapper">86</span></div>
  </div>
 </div>
</div>
<script>window.__INITIAL_STATE__={{"note":{{"currentNoteId":"6745a1b2000000000b0123cd","noteDetailMap":{{"6745a1b2000000000b0123cd":{{"note":{{"noteId":"6745a1b2000000000b0123cd","type":"normal","title":"冬季胎到底要不要换？干了15年轮胎店说点实话","time":{T_PUB},"lastUpdateTime":{T_UPD},"ipLocation":"江苏","user":{{"userId":"5f1a9c3e000000000101a2b3","nickname":"轮胎老周"}},"interactInfo":{{"likedCount":"1.2万","commentCount":"86"}}}}}}}}}}}}</script>
</body>
</html>
"""
add("selfmedia_xiaohongshu", H,
    url="https://www.xiaohongshu.com/explore/6745a1b2000000000b0123cd", kind="self_media",
    modelled_on="xiaohongshu.com (小红书) explore note page (note-container with author-container / detail-title / detail-desc, 'bottom-container' date '编辑于 N天前 IP', __INITIAL_STATE__ with ms time and lastUpdateTime)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="The only visible date is the edit stamp '编辑于 2天前 江苏' (relative, and it is the edit, not the publication). "
          "window.__INITIAL_STATE__ note.time (epoch ms) = 2026-11-26 21:14:09 is the publication; lastUpdateTime (2026-11-28 10:02:33) matches the edit stamp and must not win. "
          "Author: the posting user's nickname 轮胎老周 (a personal note, like a CSDN / 简书 nickname); no source, no editor ('编辑于' is an edit time, not an editor). "
          "Body = the note text, one paragraph per <br>-separated line (the ①–④ lines are list items); hashtags, comments (with year-less dates), counts and the 关注 button are noise.",
    classes=["edit_time_printed", "relative_days", "publish_time_only_in_page_data", "epoch_ms_page_data", "update_time_in_page_data",
             "ip_location_label", "br_separated_body", "hashtags_in_body", "comment_dates", "nickname_author", "edit_label_not_editor", "no_source", "no_editor"],
    title="冬季胎到底要不要换？干了15年轮胎店说点实话",
    published_date="2026-11-26", published_at="2026-11-26T21:14:09+08:00",
    author="轮胎老周", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- B站专栏
T_PUB = epoch("2026-11-25T20:41:16+08:00")
T_C = epoch("2026-11-25T19:02:55+08:00")
P = [
    "最近在评论区被问得最多的问题是：线控制动到底是什么，和我们熟悉的真空助力刹车有什么区别？这篇就用尽量少的公式讲清楚。",
    "一、传统制动是怎么工作的",
    "传统燃油车踩下刹车踏板时，发动机进气歧管的真空会通过真空助力器放大脚上的力，再推动制动主缸建立液压，最后由卡钳夹紧制动盘。整个过程中，脚和卡钳之间始终有一条“硬连接”。",
    "二、线控制动改了什么",
    "线控制动（业内常说的One-Box、Two-Box）把“踩踏板”和“建立液压”拆开了：踏板只负责告诉系统驾驶员想要多大的制动力，真正建立液压的是电机驱动的泵或者电动助力器。它的好处主要有三点：",
    "不依赖发动机真空，电动车可以直接用；",
    "制动响应更快，建压时间可以做到150毫秒左右；",
    "能和能量回收配合，优先用电机回收能量，不够再补液压制动。",
    "三、安全怎么保证",
    "大家最担心的是断电怎么办。目前量产的线控制动系统都保留了机械备份：系统失效时，踏板仍然能通过液压回路直接推动主缸，只是会比平时“沉”很多。法规对这种失效状态下的制动减速度也有明确要求。",
    "下一期聊聊线控转向，觉得有用的话可以点个赞。",
]
N = [
    "本文为我原创",
    "本文禁止转载或摘编",
    "图源：网络",
    "3.2万阅读",
    "举报",
    "粉丝 4.1万",
]
H = f"""<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<title>一文看懂线控制动：踏板和卡钳之间，为什么不用“硬连接”了 - 哔哩哔哩</title>
<meta name="keywords" content="线控制动,汽车,科普,One-Box">
<meta name="description" content="最近在评论区被问得最多的问题是：线控制动到底是什么">
</head>
<body>
<div id="biliMainHeader"><a href="//www.bilibili.com">首页</a> <a href="//www.bilibili.com/read/home">专栏</a> <a href="//message.bilibili.com">消息</a></div>
<div id="app">
 <div class="article-detail">
  <div class="article-breadcrumb"><a href="//www.bilibili.com/read/home">专栏</a> / <a href="//www.bilibili.com/read/technology">科技</a></div>
  <div class="article-container">
   <div class="article-container__content">
    <h1 class="title">一文看懂线控制动：踏板和卡钳之间，为什么不用“硬连接”了</h1>
    <div class="article-read-info"><span class="publish-text" data-ts="{T_PUB}">2026年11月25日 20:41</span> <span class="view">3.2万阅读</span> <span class="like">1206点赞</span></div>
    <div class="up-info"><a class="up-name" href="//space.bilibili.com/3546123987">齿轮箱里的猫</a> <span class="fans">粉丝 4.1万</span> <button class="follow-btn">+ 关注</button></div>
    <div id="read-article-holder" class="normal-article-holder read-article-holder">
{ps(P[:1])}
<h1>{esc(P[1])}</h1>
{ps(P[2:3])}
<figure class="img-box"><img data-src="//i0.hdslb.com/bfs/article/7a1c2e9f3b.png" alt=""><figcaption>图源：网络</figcaption></figure>
<h1>{esc(P[3])}</h1>
{ps(P[4:5])}
<ul>
{ps(P[5:8], tag="li")}
</ul>
<h1>{esc(P[8])}</h1>
{ps(P[9:])}
    </div>
    <div class="article-footer"><span class="original">本文为我原创</span> <span class="copyright">本文禁止转载或摘编</span></div>
    <div class="tag-container"><a class="tag-item" href="//search.bilibili.com/article?keyword=汽车">汽车</a> <a class="tag-item" href="//search.bilibili.com/article?keyword=线控制动">线控制动</a> <a class="tag-item" href="//search.bilibili.com/article?keyword=科普">科普</a></div>
    <div class="article-action"><span class="like-btn">1206</span> <span class="coin-btn">投币</span> <span class="fav-btn">收藏</span> <a class="report" href="javascript:;">举报</a></div>
   </div>
  </div>
  <div class="comment-wrapper"><h3>评论 214</h3><div class="reply-item"><a class="user-name">踩不动的刹车</a><p class="reply-content">讲得清楚，期待线控转向</p><span class="reply-time">2026-11-25 21:30</span></div></div>
 </div>
</div>
<script>window.__INITIAL_STATE__={{"cvid":39123456,"readInfo":{{"id":39123456,"title":"一文看懂线控制动：踏板和卡钳之间，为什么不用“硬连接”了","ctime":{T_C},"publish_time":{T_PUB},"author":{{"mid":3546123987,"name":"齿轮箱里的猫"}},"category":{{"name":"科技"}}}}}};</script>
</body>
</html>
"""
add("selfmedia_bilibili", H,
    url="https://www.bilibili.com/read/cv39123456/", kind="self_media",
    modelled_on="bilibili.com 专栏 (read/cv) article page (article-read-info publish-text with data-ts, up-info, read-article-holder using <h1> for section headings, 本文为我原创 / 禁止转载 footer, __INITIAL_STATE__ readInfo)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed '2026年11月25日 20:41'; data-ts and readInfo.publish_time (epoch s) give 20:41:16, which agrees and supplies the seconds. "
          "readInfo.ctime (19:02:55, draft creation) is not the publication. Author: the UP主 nickname 齿轮箱里的猫; no source, no editor. "
          "The article uses <h1> elements for its section headings (the page title is the first <h1>); the headings and the <ul> items are body. "
          "Image caption 图源, originality / no-reprint footer, tags, counts, comments and 举报 are noise.",
    classes=["data_ts_epoch_seconds", "creation_time_in_page_data", "multiple_h1_headings_in_body", "headings_in_body", "list_in_body",
             "image_caption", "copyright_notice", "tags_line", "comment_dates", "read_count", "nickname_author", "no_source", "no_editor"],
    title="一文看懂线控制动：踏板和卡钳之间，为什么不用“硬连接”了",
    published_date="2026-11-25", published_at="2026-11-25T20:41:16+08:00",
    author="齿轮箱里的猫", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 国家发展改革委
P = [
    "11月20日，国家发展改革委产业发展司在江苏苏州召开汽车零部件产业高质量发展座谈会，听取地方发展改革部门、行业协会和部分零部件企业对产业发展的意见建议。",
    "会议指出，近年来我国汽车零部件产业规模持续扩大，在动力电池、电驱动系统、热管理等领域形成了一批具有国际竞争力的企业，但在车规级芯片、高端传感器、基础材料和工业软件等环节仍存在短板。",
    "会议要求，下一步要重点做好以下工作：",
    "一是加强关键零部件攻关，支持整车企业与零部件企业联合开展技术研发和应用验证。",
    "二是优化产业布局，引导地方立足比较优势发展特色零部件集群，避免低水平重复建设。",
    "三是规范市场秩序，推动整零企业建立长期稳定的合作关系，及时支付中小零部件企业账款。",
    "江苏、浙江、安徽、广东等省发展改革委，中国汽车工业协会、中国汽车工程学会有关负责同志以及12家零部件企业代表参加会议。",
]
N = [
    "【打印】",
    "【关闭窗口】",
    "分享到：",
    "发布时间：2026/11/21",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>产业发展司召开汽车零部件产业高质量发展座谈会_国家发展和改革委员会</title>
<meta name="SiteName" content="国家发展和改革委员会">
<meta name="ColumnName" content="司局动态">
<meta name="ArticleTitle" content="产业发展司召开汽车零部件产业高质量发展座谈会">
<meta name="PubDate" content="2026-11-21 17:02">
<meta name="ContentSource" content="产业发展司">
</head>
<body>
<div class="header"><a class="logo" href="https://www.ndrc.gov.cn/">国家发展和改革委员会</a>
<ul class="nav"><li><a href="/xwdt/">新闻动态</a></li><li><a href="/xxgk/">政务公开</a></li><li><a href="/fggz/">发展改革工作</a></li></ul></div>
<div class="container">
 <div class="path">当前位置：<a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; <a href="/xwdt/sjdt/">司局动态</a></div>
 <div class="article">
  <div class="article_title">产业发展司召开汽车零部件产业高质量发展座谈会</div>
  <div class="article_time"><span>发布时间：2026/11/21</span>　<span>来源：产业发展司</span></div>
  <div class="article_con"><div class="TRS_Editor">
{ps(P)}
  </div></div>
  <div class="article_share"><a href="javascript:window.print();">【打印】</a> <a href="javascript:window.close();">【关闭窗口】</a> <span>分享到：</span><a class="wx" href="javascript:;">微信</a></div>
 </div>
</div>
<div class="footer">主办单位：国家发展和改革委员会　网站标识码：bm04000007</div>
</body>
</html>
"""
add("gov_ndrc", H,
    url="https://www.ndrc.gov.cn/xwdt/sjdt/202611/t20261121_1401234.html", kind="gov",
    modelled_on="ndrc.gov.cn (国家发展改革委) 司局动态 article page (article_title div, article_time with slash date and 来源 司局, TRS_Editor body, PubDate / ContentSource meta)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible date is '2026/11/21' only; the time of day is only in meta PubDate '2026-11-21 17:02' (same day), so published_at 17:02:00. "
          "The meeting date in the body (11月20日) is not the publication date. Source: 来源 产业发展司 (the issuing department; also ContentSource). "
          "No author, no editor. The numbered 一是/二是/三是 items and their lead-in are body. Title is a div, not a heading.",
    classes=["slash_date", "time_only_in_meta", "body_event_date", "department_source", "title_in_div", "numbered_items_in_body",
             "print_close_links", "share_bar", "no_author", "no_editor"],
    title="产业发展司召开汽车零部件产业高质量发展座谈会",
    published_date="2026-11-21", published_at="2026-11-21T17:02:00+08:00",
    author=None, editor=None, source="产业发展司", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 商务部
P = [
    "问：近期有媒体关注我国汽车零部件出口情况，请问商务部对此有何评价？",
    "答：今年以来，我国汽车零部件出口总体保持平稳增长。据统计，1—10月，汽车零部件出口额同比增长约7.6%，其中对共建“一带一路”国家出口增长较快。从产品结构看，动力电池、电驱动系统、汽车电子等产品出口增长明显，传统的轮胎、玻璃、制动部件出口保持稳定。",
    "问：商务部下一步将采取哪些措施支持汽车零部件企业开拓国际市场？",
    "答：商务部将继续支持企业参加境外重点汽配展会，加强海外仓、售后服务网络建设，帮助企业更好对接海外售后市场。同时，将指导行业商协会加强出口秩序协调，引导企业依法合规经营，避免无序竞争。",
    "问：对于部分国家对我汽车零部件采取的贸易限制措施，商务部如何回应？",
    "答：我们注意到有关情况。中方一贯主张各方在世贸组织规则框架下妥善处理经贸分歧，反对将经贸问题政治化。商务部将密切跟踪有关动态，积极为企业提供应对指导，坚决维护企业合法权益。",
]
N = [
    "类型：本网原创",
    "字号：",
    "打印本页",
    "扫一扫在手机打开当前页",
    "【我要纠错】",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>商务部新闻发言人就汽车零部件出口有关问题答记者问</title>
<meta name="keywords" content="汽车零部件,出口,新闻发言人">
</head>
<body>
<div class="head"><a class="logo" href="http://www.mofcom.gov.cn/">中华人民共和国商务部</a>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/xwfb/">新闻发布</a></li><li><a href="/zcfb/">政策发布</a></li><li><a href="/tjsj/">统计数据</a></li></ul></div>
<div class="main">
 <div class="crumbs"><a href="/">首页</a> &gt; <a href="/xwfb/">新闻发布</a> &gt; <a href="/xwfb/xwfyrth/">新闻发言人谈话</a></div>
 <div class="art-title"><h1>商务部新闻发言人就汽车零部件出口有关问题答记者问</h1></div>
 <div class="art-con-top">
  <span class="time">发布时间：2026-11-19 16:45</span>
  <span class="src">来源：商务部新闻办公室</span>
  <span class="type">类型：本网原创</span>
  <span class="fontsize">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span>
  <a class="print" href="javascript:window.print();">打印本页</a>
 </div>
 <div class="art-con art-con-bottonmLine" id="zoom">
{ps(P)}
 </div>
 <div class="art-bottom"><a href="/jiucuo/">【我要纠错】</a> <div class="ewm"><img src="/images/ewm.png" alt=""><p>扫一扫在手机打开当前页</p></div></div>
</div>
<div class="foot">主办单位：中华人民共和国商务部　京ICP备05004102号</div>
</body>
</html>
"""
add("gov_mofcom", H,
    url="http://www.mofcom.gov.cn/article/xwfb/xwfyrth/202611/20261103612345.shtml", kind="gov",
    modelled_on="mofcom.gov.cn (商务部) 新闻发言人谈话 page (art-title / art-con-top with 发布时间 / 来源 / 类型 / 字号 / 打印本页, Q&A body)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed '发布时间：2026-11-19 16:45', no seconds, so :00. Source: 来源 商务部新闻办公室. '类型：本网原创' is a content-type label, not a source. "
          "Body is a Q&A: every 问： / 答： paragraph is body. No author, no editor.",
    classes=["qa_body", "date_source_one_line", "content_type_label", "font_size_control", "print_links", "qr_prompt", "no_author", "no_editor"],
    title="商务部新闻发言人就汽车零部件出口有关问题答记者问",
    published_date="2026-11-19", published_at="2026-11-19T16:45:00+08:00",
    author=None, editor=None, source="商务部新闻办公室", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 海关总署
T = [
    ["商品类别", "出口金额（亿元）", "同比（%）"],
    ["汽车零配件合计", "6218.4", "6.9"],
    ["其中：车身及其零件", "1402.7", "4.1"],
    ["制动器及其零件", "512.3", "8.8"],
    ["车轮及其零件", "468.9", "3.2"],
    ["汽车用锂离子蓄电池", "1876.5", "11.4"],
]
P = [
    "据海关统计，今年1—10月，我国汽车零配件出口6218.4亿元，同比增长6.9%。其中，10月当月出口642.1亿元，同比增长5.3%。",
    "主要商品出口情况如下：",
    *rows_tsv(T),
    "从市场看，前10个月我国对东盟、欧盟和中东地区的汽车零配件出口分别增长9.7%、4.8%和12.6%。从经营主体看，民营企业出口汽车零配件4215.2亿元，增长8.4%，占同期汽车零配件出口总值的67.8%。",
    "注：本表数据为初步统计数，“汽车用锂离子蓄电池”单列统计，不计入“汽车零配件合计”。",
]
N = [
    "【打印】",
    "【关闭】",
    "字体：",
    "相关附件：2026年1-10月汽车零配件出口情况.xls",
    "发布时间：2026-11-20",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>2026年1—10月我国汽车零配件出口情况</title>
</head>
<body>
<div class="easysite-head"><a class="logo" href="http://www.customs.gov.cn/">中华人民共和国海关总署</a>
<ul class="easysite-nav"><li><a href="/customs/xwfb34/">新闻发布</a></li><li><a href="/customs/302249/zfxxgk/">信息公开</a></li><li><a href="/customs/302249/zfxxgk/2799825/302274/302275/index.html">统计数据</a></li></ul></div>
<div class="easysite-main">
 <div class="easysite-crumbs">您当前的位置：<a href="/customs/index.html">首页</a> &gt; <a href="/customs/xwfb34/">新闻发布</a> &gt; <a href="/customs/xwfb34/302425/">海关统计</a></div>
 <div class="easysite-news-title"><h2>2026年1—10月我国汽车零配件出口情况</h2></div>
 <div class="easysite-news-describe">发布时间：2026-11-20　来源：统计分析司　字体：【<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>
 <div class="easysite-news-text" id="easysiteText">
{ps(P[:2])}
{table(T)}
{ps(P[8:])}
<p><a href="/customs/resource/cms/2026/11/2026112010xx.xls">相关附件：2026年1-10月汽车零配件出口情况.xls</a></p>
 </div>
 <div class="easysite-news-tools"><a href="javascript:window.print();">【打印】</a> <a href="javascript:window.close();">【关闭】</a></div>
</div>
<div class="easysite-foot">版权所有：中华人民共和国海关总署　京ICP备17015317号</div>
</body>
</html>
"""
add("gov_customs", H,
    url="http://www.customs.gov.cn/customs/xwfb34/302425/6612345/index.html", kind="gov",
    modelled_on="customs.gov.cn (海关总署) statistics release page on the EasySite CMS (easysite-news-title h2, easysite-news-describe line with date / 来源 / 字体, table in easysite-news-text)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Only a date is stated ('发布时间：2026-11-20'); no time of day anywhere, so published_at is null. The body's date ranges (1—10月, 10月) are not dates of the page. "
          "Source: 来源 统计分析司. The data table is article content (one paragraph per row including the header, cells joined by TAB); the 注： note under it is part of the release (body). "
          "The attachment link, 字体 control and print / close links are noise. No author, no editor. Headline is an <h2>.",
    classes=["date_only_no_time", "table_in_body", "date_ranges_in_body", "note_line_in_body", "attachment_link", "h2_headline",
             "font_size_control", "print_close_links", "department_source", "no_author", "no_editor"],
    title="2026年1—10月我国汽车零配件出口情况",
    published_date="2026-11-20", published_at=None,
    author=None, editor=None, source="统计分析司", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 省工信厅 (GB18030)
P = [
    "11月16日至17日，省工业和信息化厅装备工业处组织调研组赴株洲、湘潭两市，就汽车零部件产业链发展和重点项目建设情况开展专题调研。",
    "调研组先后走访了株洲一家新能源汽车电驱动系统企业、湘潭一家汽车轻量化材料企业和两个零部件产业园区，实地了解企业生产经营、技术研发和配套对接情况。株洲市工信局副局长谭𬱖介绍，今年前10个月，株洲汽车零部件产业实现营业收入同比增长9.2%，新增整车配套定点项目23个。",
    "在座谈中，企业反映了原材料价格波动、回款周期偏长、高端人才不足等问题。调研组逐一作了记录，并就相关政策的申报条件和办理流程作了解答。",
    "调研组表示，将加强与整车企业的对接服务，推动更多省内零部件企业进入整车配套体系，并会同有关部门研究解决企业反映的困难和问题。",
]
N = [
    "编辑：刘䶮",
    "审核：贺江",
    "【字体：",
    "扫一扫在手机打开当前页",
    "发布日期：2026-11-18",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>装备工业处赴株洲湘潭调研汽车零部件产业链发展情况_湖南省工业和信息化厅</title>
<meta name="SiteName" content="湖南省工业和信息化厅">
<meta name="ColumnName" content="工作动态">
</head>
<body>
<div class="header"><div class="logo"><a href="http://gxt.hunan.gov.cn/">湖南省工业和信息化厅</a></div>
<ul class="nav"><li><a href="/gxt/index.html">首页</a></li><li><a href="/gxt/xxgk_71033/">政务公开</a></li><li><a href="/gxt/xxgk_71033/gzdt/">工作动态</a></li><li><a href="/gxt/hdjl/">互动交流</a></li></ul></div>
<div class="main_content">
 <div class="crumb">当前位置：<a href="/gxt/index.html">首页</a> &gt; <a href="/gxt/xxgk_71033/">政务公开</a> &gt; <a href="/gxt/xxgk_71033/gzdt/">工作动态</a></div>
 <h1 class="main_title">装备工业处赴株洲湘潭调研汽车零部件产业链发展情况</h1>
 <div class="main_info">
  <span>发布日期：2026-11-18</span>
  <span>信息来源：装备工业处</span>
  <span>浏览次数：<span id="hits"></span></span>
  <span class="zt">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span>
 </div>
 <div class="main_text" id="zoom">
{ps(P)}
 </div>
 <div class="main_editor"><span>编辑：刘䶮</span>　<span>审核：贺江</span></div>
 <div class="main_tools"><a href="javascript:window.print();">【打印】</a> <a href="javascript:window.close();">【关闭】</a> <div class="ewm"><img src="/images/ewm.png" alt="">扫一扫在手机打开当前页</div></div>
</div>
<div class="footer">主办：湖南省工业和信息化厅　网站标识码：4300000017　湘ICP备05000231号</div>
<script>document.getElementById("hits").innerHTML = "1043";</script>
</body>
</html>
"""
add("gov_hunan_gxt_gb18030", H,
    url="http://gxt.hunan.gov.cn/gxt/xxgk_71033/gzdt/202611/t20261118_34123456.html", kind="gov",
    modelled_on="a provincial 工业和信息化厅 site (gxt.hunan.gov.cn-style 工作动态 page: main_info row with 发布日期 / 信息来源 / 浏览次数 / 【字体】, 编辑 + 审核 line), GB18030",
    language="zh-CN", encoding="gb18030", fetched_at=FETCH_CN,
    notes="Stored as GB18030 bytes with charset=gb18030; the editor's name 刘䶮 (U+4DAE, two-byte FE9F) and the official 谭𬱖 in the body (U+2CC56, a four-byte GB18030 sequence) "
          "are not decodable as GBK, so a GBK decoder corrupts them. Only a date is printed ('发布日期：2026-11-18'); no time anywhere, so published_at is null. "
          "Visit dates in the body (11月16日至17日) are not the publication. Source: 信息来源 装备工业处. Editor: 编辑 刘䶮; 审核 is a reviewer, not an editor. No author.",
    classes=["gb18030", "chars_outside_gbk", "date_only_no_time", "info_source_label", "body_event_date", "editor_and_reviewer",
             "font_size_control", "print_close_links", "qr_prompt", "js_hit_counter", "no_author"],
    title="装备工业处赴株洲湘潭调研汽车零部件产业链发展情况",
    published_date="2026-11-18", published_at=None,
    author=None, editor="刘䶮", source="装备工业处", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 中国汽车工程学会
P = [
    "11月15日，中国汽车工程学会在上海发布《汽车线控底盘关键零部件技术路线图》（以下简称《路线图》）。来自整车企业、零部件企业、高校和检测机构的200余名代表参加发布活动。",
    "《路线图》由学会组织60余家单位的专家历时一年编制完成，提出了面向2030年和2035年的线控底盘关键零部件技术发展目标，重点涵盖以下方向：",
    "线控制动系统，包括电子液压制动和电子机械制动；",
    "线控转向系统，包括冗余电机、转向执行器和路感模拟；",
    "线控悬架与底盘域控制器；",
    "底盘系统功能安全与预期功能安全测试评价。",
    "学会相关负责人表示，《路线图》将为行业技术研发、标准制定和产业布局提供参考，学会将结合技术进展每两年对《路线图》进行一次修订。",
]
N = [
    "发布活动现场",
    "作者：学会秘书处",
    "上一篇：第十六届汽车轻量化大会在重庆召开",
    "下一篇：学会召开2026年团体标准工作会议",
    "版权所有 中国汽车工程学会",
    "浏览：1207",
]
H = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>中国汽车工程学会发布《汽车线控底盘关键零部件技术路线图》-中国汽车工程学会</title>
</head>
<body>
<div class="top"><a class="logo" href="https://www.sae-china.org/">中国汽车工程学会</a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/about/">学会概况</a></li><li><a href="/news/">新闻中心</a></li><li><a href="/standard/">团体标准</a></li><li><a href="/member/">会员服务</a></li></ul></div>
<div class="inner">
 <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/society/">学会动态</a></div>
 <div class="news-detail">
  <h3 class="tit">中国汽车工程学会发布《汽车线控底盘关键零部件技术路线图》</h3>
  <div class="info"><span>发布时间：2026-11-16 14:30:00</span>　<span>作者：学会秘书处</span>　<span>来源：中国汽车工程学会</span>　<span>浏览：1207</span></div>
  <div class="con">
{ps(P[:1])}
<p style="text-align:center"><img src="/uploads/2026/11/16/roadmap.jpg" alt=""></p>
<p style="text-align:center">发布活动现场</p>
{ps(P[1:2])}
<ol>
{ps(P[2:6], tag="li")}
</ol>
{ps(P[6:])}
  </div>
  <div class="prev-next"><p>上一篇：<a href="/news/society/5107.html">第十六届汽车轻量化大会在重庆召开</a></p><p>下一篇：<a href="/news/society/5131.html">学会召开2026年团体标准工作会议</a></p></div>
  <div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
 </div>
</div>
<div class="footer">版权所有 中国汽车工程学会　京ICP备05021377号</div>
</body>
</html>
"""
add("gov_csae", H,
    url="https://www.sae-china.org/news/society/5123.html", kind="gov",
    modelled_on="sae-china.org (中国汽车工程学会) 学会动态 news page (h3 title, info row with 发布时间 to the second / 作者 department / 来源 / 浏览, prev / next links)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed '发布时间：2026-11-16 14:30:00' with seconds. The event date in the body (11月15日) is not the publication. "
          "'作者：学会秘书处' names a department, not a person, so author is null. Source: 来源 中国汽车工程学会. "
          "The four <ol> items are part of the article (body). Image caption, prev / next titles and the footer are noise. No editor. Headline is an <h3>.",
    classes=["seconds_printed", "department_in_author_field", "h3_headline", "body_event_date", "list_in_body", "image_caption",
             "prev_next_links", "share_bar", "no_author", "no_editor"],
    title="中国汽车工程学会发布《汽车线控底盘关键零部件技术路线图》",
    published_date="2026-11-16", published_at="2026-11-16T14:30:00+08:00",
    author=None, editor=None, source="中国汽车工程学会", paragraphs=P, body_noise=N)

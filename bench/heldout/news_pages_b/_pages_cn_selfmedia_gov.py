"""Chinese self-media and government / association / company pages."""
import json

from _common import FETCH_CN, add, esc, ps, rows_tsv, table

# ---------------------------------------------------------------- 汽车之家 车家号
P = [
    "最近跑了一趟长三角的几家轮毂厂，一个直观感受是：铝合金轮毂行业正在经历一轮“大换血”。",
    "先说需求。新能源车对轮毂提出了两个新要求，一是轻，二是低风阻。一款19寸的低风阻轮毂，重量要比同尺寸的传统造型轻1.5公斤左右，还要配合轮毂盖做气动优化，开发周期比过去长了一倍。",
    "再说工艺。低压铸造仍是主流，但旋压和锻造的比例在快速上升。一家浙江轮毂厂的负责人告诉我，他们今年新增的订单里，旋压轮毂占到了四成，而三年前这个数字还不到15%。",
    "最后说价格。铝价今年整体平稳，但整车企业的年降要求普遍在3%到5%之间。“我们现在是靠自动化和良品率在抢利润。”这位负责人说，他们工厂的机加工环节已经实现了无人化夜班。",
    "在我看来，未来两三年，没有旋压和锻造能力、也拿不到新能源客户的中小轮毂厂，日子会越来越难过。",
]
N = [
    "文/钱牧之",
    "本文为车家号作者原创，不代表汽车之家观点",
    "发布于北京",
    "+ 关注",
    "打开汽车之家APP，查看更多精彩内容",
    "举报",
]
INFO = json.dumps({"objId": 19876543, "publishTime": "2026-11-27 20:15:33", "authorName": "轮毂智库",
                   "authorId": 66123987, "type": "article"}, ensure_ascii=False)
H = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>轮毂行业大换血：旋压、锻造和新能源客户决定生死_车家号_发现车生活_汽车之家</title>
<meta name="description" content="最近跑了一趟长三角的几家轮毂厂">
</head>
<body>
<div class="athm-topbar"><a href="https://www.autohome.com.cn/">汽车之家</a> <a href="https://chejiahao.autohome.com.cn/">车家号</a> <a href="https://chejiahao.autohome.com.cn/login">登录</a></div>
<div class="article-container">
 <div class="left-wrap">
  <h1 class="title">轮毂行业大换血：旋压、锻造和新能源客户决定生死</h1>
  <div class="author-info">
   <a class="avatar" href="/Authors/66123987"><img src="https://x.autoimg.cn/chejiahao/avatar/66123987.jpg" alt=""></a>
   <a class="name" href="/Authors/66123987">轮毂智库</a><span class="tag">车家号</span>
   <span class="time">11-27 20:15</span><span class="ip">发布于北京</span>
   <button class="follow">+ 关注</button>
  </div>
  <div class="introduce">
<p style="color:#888">文/钱牧之</p>
{ps(P)}
  </div>
  <div class="statement">本文为车家号作者原创，不代表汽车之家观点</div>
  <div class="tool"><a>点赞 128</a> <a>收藏</a> <a>举报</a></div>
 </div>
 <div class="right-wrap"><div class="app-guide">打开汽车之家APP，查看更多精彩内容</div>
  <div class="author-list"><h4>该作者其他文章</h4><ul><li><a href="/info/19855510">11-20 锻造轮毂还能贵多久</a></li></ul></div></div>
</div>
<script>var pageInfo = {INFO};</script>
</body>
</html>
"""
add("selfmedia_chejiahao", H,
    url="https://chejiahao.autohome.com.cn/info/19876543", kind="self_media",
    modelled_on="chejiahao.autohome.com.cn (汽车之家 车家号) article page",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed date is year-less '11-27 20:15'; the year and seconds come from the page data pageInfo.publishTime '2026-11-27 20:15:33', which agrees. "
          "The publishing account 轮毂智库 (车家号) is the source; the writer credited in the body's opening credit line '文/钱牧之' is the author (the credit line itself is not body). "
          "IP location '发布于北京', follow button, platform statement and the author's other-article list (with its own year-less date) are not body.",
    classes=["no_year_date", "script_page_data", "account_source", "credit_line_in_body", "ip_location_label",
             "platform_disclaimer", "follow_prompt", "app_prompt", "no_editor"],
    title="轮毂行业大换血：旋压、锻造和新能源客户决定生死",
    published_date="2026-11-27", published_at="2026-11-27T20:15:33+08:00",
    author="钱牧之", editor=None, source="轮毂智库", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 微博头条文章
P = [
    "这两天和几位做汽车线束的朋友聊，大家提到最多的一个词是“铜价”。",
    "线束的成本里，铜材占比普遍在四成以上。今年下半年铜价的波动，让不少线束企业的毛利率“坐过山车”：三季度单季毛利率最低的一家，只有6%出头。",
    "整车企业的态度也在变化。过去铜价联动条款基本是“涨了慢慢谈”，现在有客户主动提出按月联动，但前提是线束企业要接受更高的年降。",
    "另一个变化是高压线束的国产化。800V平台车型增多后，高压连接器和高压线缆的需求量上了一个台阶，几家国内企业的高压线束业务收入增速都在50%以上。",
    "总结一句：线束是个“苦生意”，但电动化给了它重新定价的机会。",
]
N = [
    "本文首发于公众号「零部件产业观察」，转载请联系作者。",
    "阅读 3.1万",
    "推荐阅读",
    "关注",
    "微博客户端扫码阅读全文",
]
RD = json.dumps([{"status": {"id": "5104567890123456", "created_at": "Thu Nov 26 22:08:41 +0800 2026",
                             "user": {"screen_name": "零部件产业观察", "verified_reason": "知名汽车博主"}},
                  "article": {"title": "铜价、年降和800V：线束企业的2026"}}], ensure_ascii=False)
H = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>铜价、年降和800V：线束企业的2026</title>
</head>
<body class="B_artical">
<div class="WB_global_nav"><a href="https://weibo.com/">微博</a> <a>首页</a> <a>视频</a> <a>发现</a> <a>游戏</a> <a>注册</a> <a>登录</a></div>
<div class="WB_artical">
 <div class="main_editor">
  <div class="title" node-type="articleTitle">铜价、年降和800V：线束企业的2026</div>
  <div class="W_fl authorinfo">
   <a class="W_face_radius" href="https://weibo.com/u/6012345678"><img src="//tvax1.sinaimg.cn/crop.0.0.180.180/avatar.jpg" alt=""></a>
   <em class="W_autocut"><a href="https://weibo.com/u/6012345678">零部件产业观察</a></em>
   <span class="W_icon_approve" title="微博个人认证：知名汽车博主"></span>
   <span class="time">11月26日 22:08</span>
   <a class="W_btn_b follow">关注</a>
  </div>
  <div class="WB_editor_iframe_new" node-type="contentBody">
{ps(P)}
<p style="color:#999">本文首发于公众号「零部件产业观察」，转载请联系作者。</p>
  </div>
  <div class="DCI_v2">阅读 3.1万</div>
  <div class="WB_handle"><a>转发 86</a><a>评论 41</a><a>赞 302</a></div>
 </div>
 <div class="WB_artical_recom"><h4>推荐阅读</h4><ul><li><a href="/ttarticle/p/show?id=2309405101111111111111">高压连接器：被低估的赛道</a></li></ul></div>
 <div class="qrcode">微博客户端扫码阅读全文</div>
</div>
<script>var $render_data = {RD}[0] || {{}};</script>
</body>
</html>
"""
add("selfmedia_weibo", H,
    url="https://weibo.com/ttarticle/p/show?id=2309405104567890123456", kind="self_media",
    modelled_on="weibo.com 头条文章 (ttarticle) long-article page",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed '11月26日 22:08' has no year; $render_data status.created_at 'Thu Nov 26 22:08:41 +0800 2026' (Twitter-style date string with offset) supplies year and seconds. "
          "The publishing Weibo account 零部件产业观察 is the source (media-account rule); no person is named, so author is null even though the account is verified as a blogger. "
          "The '首发于公众号' line inside the body is a reprint notice, not body.",
    classes=["no_year_date", "twitter_style_date_in_page_data", "account_source", "no_author", "reprint_notice_in_body",
             "read_count", "follow_prompt", "related_list", "no_editor"],
    title="铜价、年降和800V：线束企业的2026",
    published_date="2026-11-26", published_at="2026-11-26T22:08:41+08:00",
    author=None, editor=None, source="零部件产业观察", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- CSDN 博客
P = [
    "一、背景",
    "最近在做一个电池管理系统（BMS）上位机的项目，需要解析 BMS 通过 CAN FD 发出的电芯电压和温度报文。原本以为和经典 CAN 差不多，结果前后踩了好几个坑，这里记录一下。",
    "二、踩过的坑",
    "DLC 不等于字节数：CAN FD 的 DLC 取值 9 到 15 分别对应 12、16、20、24、32、48、64 字节，直接把 DLC 当长度用会把后面的数据截掉。",
    "BRS 位要和总线配置一致：数据段波特率切换（BRS）打开时，上位机的数据段波特率必须和 BMS 一致，否则会出现大量错误帧。",
    "信号字节序：这款 BMS 的电压信号采用 Motorola 字节序，而温度信号是 Intel 字节序，同一帧里两种字节序混用。",
    "三、解决办法",
    "最后的做法是把 DBC 文件里的信号定义统一导入，由解析库根据字节序和起始位自动处理，同时在上位机启动时检查通道的仲裁段和数据段波特率。改完之后，连续跑了 72 小时没有再出现解析错误。",
    "希望对做 BMS 和新能源汽车测试的同学有帮助，有问题欢迎评论区交流。",
]
N = [
    "最新推荐文章于 2026-11-25 10:02:11 发布",
    "已于 2026-11-19 14:02:55 修改",
    "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。",
    "本文链接：https://blog.csdn.net/qq_41892735/article/details/143215678",
    "关注博主即可阅读全文",
    "文章标签：",
    "BMS 上位机开发中 DBC 文件的几个常见错误",
]
H = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>CAN FD 报文解析踩坑记录：BMS 电压温度数据为什么总是不对_嵌入式老张的博客-CSDN博客</title>
<meta name="keywords" content="CAN FD,BMS,DBC">
</head>
<body>
<div id="csdn-toolbar"><a href="https://www.csdn.net/">CSDN</a> <a>博客</a> <a>下载</a> <a>学习</a> <a>社区</a> <a>会员中心</a></div>
<div class="main_father clearfix d-flex justify-content-center">
 <main>
  <div class="blog-content-box">
   <div class="article-header-box">
    <div class="article-header">
     <div class="article-title-box"><span class="article-type type-1 float-left">原创</span><h1 class="title-article" id="articleContentId">CAN FD 报文解析踩坑记录：BMS 电压温度数据为什么总是不对</h1></div>
     <div class="article-info-box">
      <div class="up-time">最新推荐文章于 2026-11-25 10:02:11 发布</div>
      <div class="bar-content">
       <span class="article-type-img">原创</span>
       <a class="follow-nickName" href="https://blog.csdn.net/qq_41892735">嵌入式老张</a>
       <span class="time">已于&nbsp;2026-11-19 14:02:55&nbsp;修改</span>
       <span class="read-count">阅读量1.2k</span>
       <a class="href-article-edit">收藏 18</a>
       <span class="get-collection">点赞数 9</span>
      </div>
      <div class="blog-tags-box"><span class="label">文章标签：</span><a class="tag-link">CAN FD</a><a class="tag-link">BMS</a><a class="tag-link">新能源汽车</a></div>
      <div class="slide-content-box"><div class="article-copyright"><div class="creativecommons">版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。</div><div class="article-source-link">本文链接：https://blog.csdn.net/qq_41892735/article/details/143215678</div></div></div>
      <div class="operating"><span class="time-pop" style="display:none">于&nbsp;2026-11-18 09:23:11&nbsp;首次发布</span></div>
     </div>
    </div>
   </div>
   <article class="baidu_pl">
    <div id="article_content" class="article_content clearfix" style="height: 2000px; overflow: hidden;">
     <div id="content_views" class="markdown_views prism-atom-one-dark">
<h2>{esc(P[0])}</h2>
<p>{esc(P[1])}</p>
<h2>{esc(P[2])}</h2>
<ol>
{ps(P[3:6], tag="li")}
</ol>
<h2>{esc(P[6])}</h2>
{ps(P[7:])}
     </div>
    </div>
    <div class="hide-article-box hide-article-pos text-center"><a class="btn-readmore">关注博主即可阅读全文</a></div>
   </article>
  </div>
  <div class="recommend-box"><div class="recommend-item-box"><a href="https://blog.csdn.net/weixin_44011234/article/details/143300001">BMS 上位机开发中 DBC 文件的几个常见错误</a><span class="info">2026-11-25</span></div></div>
 </main>
</div>
</body>
</html>
"""
add("selfmedia_csdn", H,
    url="https://blog.csdn.net/qq_41892735/article/details/143215678", kind="self_media",
    modelled_on="blog.csdn.net (CSDN 博客) article page (article-info-box with 已于…修改, hidden 首次发布 tooltip, follow-to-read gate)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Three datetimes: '最新推荐文章于 2026-11-25 10:02:11 发布' (a recommended article, printed FIRST), '已于 2026-11-19 14:02:55 修改' (last edit, the only visible one "
          "in the byline bar) and the hidden tooltip '于 2026-11-18 09:23:11 首次发布' (first publication) → published_at 2026-11-18T09:23:11. "
          "Author is the blogger nickname 嵌入式老张 (the person who wrote the post; no real name given). No source, no editor. "
          "The whole article is in the HTML although the container is clipped by a follow-to-read gate; all of it is body, the gate button is not. "
          "Section headings (h2) and the <ol> items are body, one paragraph each.",
    classes=["recommended_article_date_first", "edit_time_printed", "publish_time_in_hidden_tooltip", "follow_to_read_gate",
             "headings_in_body", "list_in_body", "copyright_notice", "tags_line", "nickname_author", "no_source", "no_editor"],
    title="CAN FD 报文解析踩坑记录：BMS 电压温度数据为什么总是不对",
    published_date="2026-11-18", published_at="2026-11-18T09:23:11+08:00",
    author="嵌入式老张", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 简书
P = [
    "我在县城的一家新能源品牌门店卖车，到今年11月正好满两年。",
    "刚来的时候，店里一个月能卖出去二十来台就算不错。来看车的大多是年轻人，问得最多的是“冬天掉电多不多”“县里有没有充电桩”。那时候县城只有两座公共充电站，很多客户最后还是买了燃油车。",
    "今年情况变了。县里新建了六座充电站，乡镇的加油站也陆续装上了快充桩。店里这个月已经卖出去47台，客户里开始出现五六十岁的大叔，他们算账算得比谁都清楚：一年下来省的油钱，够孩子一学期的生活费。",
    "当然，难处也不少。价格一个月调一次，刚成交的客户看到降价会回来找我们；厂家给的任务一年比一年重，同事走了三个。",
    "但我还是想再干一年。我想看看，这个县城的街上，明年会不会有一半的车挂着绿牌。",
]
N = [
    "IP属地：上海",
    "字数 2,113",
    "著作权归作者所有，转载请联系作者获得授权，并标注“简书作者”。",
    "“小礼物走一走，来简书关注我”",
    "赞赏支持",
    "更多精彩内容，就在简书APP",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>在县城卖新能源车的第二年 - 简书</title>
</head>
<body>
<div id="__next">
<nav class="_3Ei2Ef"><a class="_1wWbhC" href="/">简书</a><a>首页</a><a>下载App</a><a>会员</a><a>登录</a></nav>
<div class="_3VRLsv" role="main">
 <div class="_gp-ck">
  <section class="ouvJEz">
   <h1 class="_1RuRku">在县城卖新能源车的第二年</h1>
   <div class="rEsl9f">
    <div class="_2mYfmT"><a class="_1OhGeD" href="/u/8f3a2c1d9e77">林间拾穗</a><button class="_3kba3h _1OyPqC">关注</button></div>
    <div class="s-dsoj"><time datetime="2026-11-22T08:45:03.000Z">2026.11.22 16:45:03</time><span>字数 2,113</span><span>阅读 356</span><span class="ip">IP属地：上海</span></div>
   </div>
   <article class="_2rhmJa">
{ps(P)}
   </article>
   <div class="_19DgIp">著作权归作者所有，转载请联系作者获得授权，并标注“简书作者”。</div>
   <div class="_13lIbp"><p>“小礼物走一走，来简书关注我”</p><button>赞赏支持</button></div>
  </section>
  <aside class="_2OwGUo"><div class="_3Z3nHf">更多精彩内容，就在简书APP</div></aside>
 </div>
</div>
</div>
</body>
</html>
"""
add("selfmedia_jianshu", H,
    url="https://www.jianshu.com/p/7a3c9e21b4f0", kind="self_media",
    modelled_on="jianshu.com (简书) post page (hashed class names, <time datetime> in UTC)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible '2026.11.22 16:45:03' (dotted date, Beijing time); the <time datetime> says 2026-11-22T08:45:03.000Z, the same instant in UTC. "
          "Chinese page → written in +08:00: 2026-11-22T16:45:03+08:00 (converting the Z value to +08:00, not keeping +00:00, because the Chinese convention writes +08:00 "
          "and the printed local time is 16:45). Author is the poster's nickname 林间拾穗. No source, no editor. IP属地, word count, copyright line and tip prompt are not body.",
    classes=["dotted_date", "utc_datetime_attribute", "hashed_class_names", "ip_location_label", "copyright_notice",
             "tip_prompt", "app_prompt", "nickname_author", "no_source", "no_editor"],
    title="在县城卖新能源车的第二年",
    published_date="2026-11-22", published_at="2026-11-22T16:45:03+08:00",
    author="林间拾穗", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 县政府 政务公开 (GBK)
P = [
    "各乡镇人民政府、街道办事处，县级有关部门，各有关企业：",
    "为加快全县汽车零部件产业转型升级，根据《临澜县促进制造业高质量发展若干政策》，现就组织申报2026年度汽车零部件企业技术改造补助项目有关事项通知如下：",
    "一、申报对象。在本县注册、具有独立法人资格的汽车零部件生产企业，2025年以来实施且已完成的生产线自动化、数字化改造项目，设备投资额不低于200万元。",
    "二、补助标准。按项目设备投资额的8%给予补助，单个企业最高不超过300万元。对新能源汽车零部件项目，补助比例提高至10%。",
    "三、申报时间。2026年11月20日至2026年12月10日，逾期不予受理。",
    "四、申报方式。企业填写申报表并附设备发票、验收报告等材料，报所在乡镇（街道）初审后，统一报送县经济和信息化局。",
    "联系人：陈科长，联系电话：0571-6612XXXX。",
]
N = [
    "索引号：",
    "成文日期：",
    "附件：临澜县2026年度汽车零部件企业技术改造补助项目申报表.docx",
    "【字体：大 中 小】",
    "扫一扫在手机打开当前页",
    "打印本页",
    "关闭窗口",
    "审核：周立民",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>临澜县经济和信息化局关于组织申报2026年度汽车零部件企业技术改造补助项目的通知</title>
<meta name="ArticleTitle" content="临澜县经济和信息化局关于组织申报2026年度汽车零部件企业技术改造补助项目的通知">
<meta name="PubDate" content="2026-11-18 16:20">
<meta name="ContentSource" content="临澜县经济和信息化局">
</head>
<body>
<div class="top"><img src="/images/banner.jpg" alt="临澜县人民政府"><div class="nav"><a href="/">首页</a><a href="/col/col1229/">政务公开</a><a href="/col/col1300/">政务服务</a><a href="/col/col1400/">互动交流</a></div></div>
<div class="main">
 <div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col1229/">政务公开</a> &gt; <a href="/col/col1231/">通知公告</a></div>
 <table class="xxgk_table" width="100%" border="1">
  <tr><td>索引号：</td><td>113307XX0026551/2026-08876</td><td>分类：</td><td>工业、交通\\通知</td></tr>
  <tr><td>发布机构：</td><td>临澜县经济和信息化局</td><td>成文日期：</td><td>2026-11-16</td></tr>
  <tr><td>文号：</td><td>临经信〔2026〕41号</td><td>发布日期：</td><td>2026-11-18</td></tr>
 </table>
 <div class="article">
  <div class="title">临澜县经济和信息化局关于组织申报2026年度汽车零部件企业技术改造补助项目的通知</div>
  <div class="info">信息来源：临澜县经济和信息化局&nbsp;&nbsp;发布时间：2026-11-18 16:20&nbsp;&nbsp;浏览次数：<span id="hit">312</span>&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
  <div class="content" id="zoom">
{ps(P)}
<p>附件：<a href="/attach/2026/11/18/sbb.docx">临澜县2026年度汽车零部件企业技术改造补助项目申报表.docx</a></p>
<p style="text-align:right">临澜县经济和信息化局</p>
<p style="text-align:right">2026年11月16日</p>
  </div>
  <div class="zrbj">（责任编辑：汤倩　审核：周立民）</div>
  <div class="tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
  <div class="qrcode"><img src="/images/qr.png" alt=""><p>扫一扫在手机打开当前页</p></div>
 </div>
</div>
<div class="footer">主办：临澜县人民政府办公室 网站标识码：3307XX0001</div>
</body>
</html>
"""
add("gov_county_xxgk", H,
    url="http://www.linlan.gov.cn/art/2026/11/18/art_1229_562311.html", kind="gov",
    modelled_on="a county government (县人民政府) 政务公开 notice page (JCMS-style: info-disclosure table, 信息来源 line, 【字体】 control), GBK",
    language="zh-CN", encoding="gbk", fetched_at=FETCH_CN,
    notes="GBK bytes. Fictitious county. The disclosure table has 成文日期 2026-11-16 (document date, also at the signature) and 发布日期 2026-11-18; the info line "
          "prints '发布时间：2026-11-18 16:20' → publication is the 18th at 16:20 (meta PubDate agrees, no seconds). 信息来源 gives the source. "
          "Editor from '（责任编辑：汤倩　审核：周立民）' — 审核 is not the editor. No author. Body is the notice text including the salutation line and the contact line; "
          "the attachment link is not body; the signature block (issuing office + 2026年11月16日) is treated as neither body nor noise.",
    classes=["gbk", "disclosure_table_dates", "document_date_vs_publish_date", "info_source_label", "editor_and_reviewer_in_parentheses",
             "attachment_link", "font_size_control", "print_close_links", "qr_prompt", "numbered_items_in_body", "no_author"],
    title="临澜县经济和信息化局关于组织申报2026年度汽车零部件企业技术改造补助项目的通知",
    published_date="2026-11-18", published_at="2026-11-18T16:20:00+08:00",
    author=None, editor="汤倩", source="临澜县经济和信息化局", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 国资委
P = [
    "11月10日，中国华擎汽车集团有限公司与3家地方国有企业在武汉签署新能源汽车关键零部件合作协议，各方将共同出资设立电驱动系统和车用功率半导体两家合资公司，总投资约56亿元。",
    "根据协议，电驱动系统合资公司将建设年产80万套电驱总成的生产基地，预计2027年底前建成投产；功率半导体合资公司将重点开展车规级碳化硅模块的研发和封装测试。",
    "华擎集团有关负责人表示，集团将以此次合作为契机，加快补齐新能源汽车核心零部件短板，推动产业链上下游协同发展，提升关键零部件自主保障能力。",
    "今年以来，华擎集团持续加大科技投入，前三季度研发投入同比增长21.4%，新能源汽车销量同比增长46.8%。",
]
N = [
    "图为签约仪式现场。",
    "【字体：大 中 小】",
    "【打印】",
    "【关闭】",
    "版权所有：国务院国有资产监督管理委员会",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="国务院国有资产监督管理委员会" />
<meta name="ColumnName" content="企业动态" />
<meta name="ArticleTitle" content="华擎汽车集团与地方国企合作布局新能源汽车关键零部件" />
<meta name="PubDate" content="2026-11-12 17:35" />
<meta name="ContentSource" content="中国华擎汽车集团有限公司" />
<title>华擎汽车集团与地方国企合作布局新能源汽车关键零部件</title>
</head>
<body>
<div class="zsy_top"><img src="/images/sasac_logo.png" alt="国务院国有资产监督管理委员会" /><div class="zsy_nav"><a href="/">首页</a><a href="/n2588020/index.html">机构概况</a><a href="/n2588025/index.html">新闻发布</a><a href="/n2588030/index.html">政务公开</a></div></div>
<div class="zsy_main">
 <div class="zsy_location">您现在的位置：<a href="/">首页</a> &gt; <a href="/n2588025/index.html">新闻发布</a> &gt; <a href="/n2588025/n2588124/index.html">企业动态</a></div>
 <div class="zsy_conter">
  <div class="zsy_cotitle">华擎汽车集团与地方国企合作布局新能源汽车关键零部件
   <p>文章来源：中国华擎汽车集团有限公司&nbsp;&nbsp;&nbsp;&nbsp;发布时间：2026-11-12</p>
  </div>
  <div class="zsy_cotool">【字体：<a>大</a> <a>中</a> <a>小</a>】 <a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
  <div class="zsy_comain">
<p style="text-align:center"><img src="W020261112567890123456.jpg" /></p>
<p style="text-align:center">图为签约仪式现场。</p>
{ps(P)}
  </div>
 </div>
</div>
<div class="zsy_footer">版权所有：国务院国有资产监督管理委员会 京ICP备05017608号</div>
</body>
</html>
"""
add("gov_sasac", H,
    url="http://www.sasac.gov.cn/n2588025/n2588124/c31234567/content.html", kind="gov",
    modelled_on="sasac.gov.cn (国务院国资委) 企业动态 content page (TRS meta tags, zsy_ class template)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible only '发布时间：2026-11-12' (no time); the TRS meta PubDate '2026-11-12 17:35' supplies the time of day (same day) → 17:35:00. "
          "The headline text shares its div with the source/date <p> (title is the div's own text only). Source from 文章来源 (the central SOE, fictitious). "
          "An event date in the body (11月10日) is not the publication date. Caption under the lead photo is not body. No author, no editor.",
    classes=["time_only_in_meta", "title_shares_div_with_meta_line", "article_source_label", "body_event_date",
             "image_caption", "font_size_control", "print_close_links", "no_author", "no_editor"],
    title="华擎汽车集团与地方国企合作布局新能源汽车关键零部件",
    published_date="2026-11-12", published_at="2026-11-12T17:35:00+08:00",
    author=None, editor=None, source="中国华擎汽车集团有限公司", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 乘联会
ROWS = [
    ["时间", "零售（万辆）", "同比", "环比"],
    ["1-9日", "41.5", "6%", "10%"],
    ["10-16日", "44.7", "9%", "12%"],
    ["1-16日", "86.2", "8%", "11%"],
]
P = [
    "11月1-16日，全国乘用车市场零售86.2万辆，同比去年同期增长8%，较上月同期增长11%；今年以来累计零售1986.4万辆，同比增长5%。",
    "11月1-16日，全国乘用车厂商批发92.8万辆，同比去年同期增长6%，较上月同期增长9%；今年以来累计批发2398.1万辆，同比增长7%。",
    "11月1-16日，全国乘用车市场新能源零售53.1万辆，同比去年同期增长21%，较上月同期增长13%，零售渗透率61.6%。",
    "分周数据如下：",
    *rows_tsv(ROWS),
    "11月是传统销售旺季，叠加部分地区以旧换新补贴政策延续，车市整体呈现“前低后高”走势，预计全月零售有望超过去年同期水平。",
    "注：以上数据为初步统计，最终以月度数据为准。",
]
N = [
    "点击数：",
    "上一篇：10月全国乘用车市场分析",
    "下一篇：11月第一周新能源市场零售简报",
    "版权所有 乘用车市场信息联席会",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>11月1-16日全国乘用车市场零售86.2万辆，同比增长8% - 乘用车市场信息联席会</title>
</head>
<body>
<div class="header"><div class="logo">乘用车市场信息联席会 China Passenger Car Association</div>
<div class="nav"><a href="/">首页</a><a href="/newslist.php?types=csjd">市场解读</a><a href="/newslist.php?types=bgzl">报告资料</a><a href="/newslist.php?types=hydt">会员动态</a></div></div>
<div class="main">
 <div class="news_left"><ul><li class="on"><a href="/newslist.php?types=csjd">市场解读</a></li><li><a href="/newslist.php?types=zxsj">周度数据</a></li></ul></div>
 <div class="news_right">
  <div class="news_title">11月1-16日全国乘用车市场零售86.2万辆，同比增长8%</div>
  <div class="news_info">发布时间：2026-11-19 16:02:37 &nbsp; 来源：乘联会 &nbsp; 点击数：2841</div>
  <div class="news_content">
{ps(P[:4])}
{table(ROWS)}
{ps(P[8:])}
  </div>
  <div class="news_page"><p><a href="/newslist.php?types=csjd&amp;id=3581">上一篇：10月全国乘用车市场分析</a></p><p><a href="/newslist.php?types=csjd&amp;id=3590">下一篇：11月第一周新能源市场零售简报</a></p></div>
 </div>
</div>
<div class="footer">版权所有 乘用车市场信息联席会 京ICP备10027565号</div>
</body>
</html>
"""
add("gov_cpca", H,
    url="http://www.cpcaauto.com/newslist.php?types=csjd&id=3587", kind="gov",
    modelled_on="cpcaauto.com (乘用车市场信息联席会, 乘联会) market-analysis article page",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="'发布时间：2026-11-19 16:02:37' with seconds and '来源：乘联会'. Headline and body are full of date ranges (11月1-16日, 1-9日) that are not the publication date. "
          "Weekly table: one paragraph per row, cells TAB-joined, header row included. Prev/next links are not body. No author, no editor.",
    classes=["trade_association", "date_ranges_in_title_and_body", "table_in_body", "seconds_printed", "prev_next_links",
             "copyright_notice", "no_author", "no_editor"],
    title="11月1-16日全国乘用车市场零售86.2万辆，同比增长8%",
    published_date="2026-11-19", published_at="2026-11-19T16:02:37+08:00",
    author=None, editor=None, source="乘联会", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 中国汽车流通协会
P = [
    "中国汽车流通协会最新一期“中国汽车经销商库存预警指数调查”显示，2026年11月中国汽车经销商库存预警指数为52.8%，同比下降2.1个百分点，环比下降3.4个百分点，库存预警指数位于荣枯线之上，汽车流通行业处在不景气区间。",
    "从分项指数看，11月需求指数、市场需求指数有所回升，库存指数和平均库存指数小幅下降，经营状况指数有所上升，从业人员指数继续下降。",
    "11月，多地车展和促销活动集中开展，以旧换新政策效果持续释放，终端客流和成交量较上月有所改善。但部分品牌价格体系仍不稳定，经销商经营压力依然较大。",
    "协会预计，12月进入年末冲量阶段，叠加部分地方消费政策到期前的集中释放，终端市场将继续回暖，但需警惕过度压库对经销商资金链带来的风险。",
]
N = [
    "图1：2025-2026年中国汽车经销商库存预警指数走势",
    "作者：市场调研部",
    "分享到：",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>2026年11月中国汽车经销商库存预警指数为52.8%-中国汽车流通协会</title>
</head>
<body>
<div class="head"><a href="/">中国汽车流通协会</a><ul class="menu"><li><a href="/Trends/">行业动态</a></li><li><a href="/Data/">统计数据</a></li><li><a href="/Member/">会员服务</a></li></ul></div>
<div class="container">
 <div class="crumb">首页 / 行业动态 / 协会发布</div>
 <div class="detail">
  <h2 class="detail-title">2026年11月中国汽车经销商库存预警指数为52.8%</h2>
  <div class="detail-info">日期：2026年11月28日&nbsp;&nbsp;作者：市场调研部&nbsp;&nbsp;来源：中国汽车流通协会</div>
  <div class="detail-body">
{ps(P[:1])}
<p style="text-align:center"><img src="/upload/2026/11/via_chart.png"></p>
<p style="text-align:center;font-size:12px">图1：2025-2026年中国汽车经销商库存预警指数走势</p>
{ps(P[1:])}
  </div>
  <div class="share">分享到：<a>微信</a><a>微博</a></div>
 </div>
</div>
<div class="foot">中国汽车流通协会 版权所有</div>
</body>
</html>
"""
add("gov_cada", H,
    url="http://www.cada.cn/Trends/info_91_9876.html", kind="gov",
    modelled_on="cada.cn (中国汽车流通协会) association release page",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Only a Chinese-format day '日期：2026年11月28日' and no time of day anywhere → published_at null. "
          "'作者：市场调研部' names a department, not a person → author null (the 作者 label alone does not make a name). Source is the 来源 value. "
          "Chart caption is not body. No editor.",
    classes=["chinese_date_format", "date_only_no_time", "department_in_author_field", "image_caption", "share_bar",
             "no_author", "no_editor"],
    title="2026年11月中国汽车经销商库存预警指数为52.8%",
    published_date="2026-11-28", published_at=None,
    author=None, editor=None, source="中国汽车流通协会", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 上市公司 投资者关系 公告
P = [
    "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。",
    "重要内容提示：",
    "投资标的名称：恒屹精密（湖北）热管理科技有限公司（以下简称“湖北恒屹”）",
    "投资金额：公司拟以自有资金向湖北恒屹增资5.6亿元，用于建设新能源汽车热管理部件项目",
    "本次投资不构成关联交易，不构成《上市公司重大资产重组管理办法》规定的重大资产重组",
    "一、对外投资概述",
    "为满足新能源汽车客户对热管理部件的配套需求，完善公司产能布局，公司于2026年11月19日召开第三届董事会第十六次会议，审议通过了《关于向全资子公司增资并投资建设新能源汽车热管理部件项目的议案》，同意公司向全资子公司湖北恒屹增资5.6亿元。",
    "二、投资项目基本情况",
    "项目计划建设电子膨胀阀、电子水泵及集成式热管理模块生产线，建设期24个月，达产后预计形成年产电子膨胀阀300万只、集成式热管理模块50万套的生产能力。",
    "三、风险提示",
    "本项目建设周期较长，可能受宏观经济、行业政策及市场需求变化等因素影响，项目实际效益存在不确定性。敬请广大投资者注意投资风险。",
    "特此公告。",
]
N = [
    "下载PDF原文",
    "返回列表",
    "投资者热线：0716-88XXXXX",
]
H = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>临时公告 - 投资者关系 - 恒屹精密科技股份有限公司</title>
</head>
<body>
<div class="site-header"><a class="logo" href="/">恒屹精密</a><nav><a href="/about/">关于我们</a><a href="/products/">产品中心</a><a href="/news/">新闻中心</a><a class="active" href="/investor/">投资者关系</a><a href="/contact/">联系我们</a></nav></div>
<div class="ir-banner"><span>股票代码：609117</span><span>投资者热线：0716-88XXXXX</span></div>
<div class="ir-wrap">
 <aside class="ir-menu"><a href="/investor/">公司概况</a><a href="/investor/announcement/">定期报告</a><a class="on" href="/investor/announcement/?type=temp">临时公告</a><a href="/investor/governance/">公司治理</a></aside>
 <section class="ir-detail">
  <div class="ann-head">证券代码：609117　证券简称：恒屹精密　公告编号：2026-058</div>
  <h1 class="ann-title">恒屹精密科技股份有限公司关于向全资子公司增资并投资建设新能源汽车热管理部件项目的公告</h1>
  <div class="ann-meta"><span>来源：恒屹精密科技股份有限公司</span><span>发布时间：2026-11-20 17:45</span><a class="pdf" href="/uploads/ann/2026-058.pdf">下载PDF原文</a></div>
  <div class="ann-body">
<p>{esc(P[0])}</p>
<p><strong>{esc(P[1])}</strong></p>
<ul>
{ps(P[2:5], tag="li")}
</ul>
<h3>{esc(P[5])}</h3>
<p>{esc(P[6])}</p>
<h3>{esc(P[7])}</h3>
<p>{esc(P[8])}</p>
<h3>{esc(P[9])}</h3>
{ps(P[10:])}
<p style="text-align:right">恒屹精密科技股份有限公司董事会</p>
<p style="text-align:right">2026年11月20日</p>
  </div>
  <div class="ann-back"><a href="/investor/announcement/?type=temp">返回列表</a></div>
 </section>
</div>
<div class="site-footer">© 2026 恒屹精密科技股份有限公司 鄂ICP备2026000001号</div>
</body>
</html>
"""
add("gov_company_ir_announcement", H,
    url="https://www.hengyi-precision.com/investor/announcement/2026-058.html", kind="gov",
    modelled_on="a listed auto-parts company's own website, 投资者关系 > 临时公告 detail page (announcement rendered as HTML with PDF link)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Fictitious company and a deliberately unallocated stock code. Page '发布时间：2026-11-20 17:45' (evening disclosure); the board-signature date at the end "
          "is 2026年11月20日 (day only) and the body mentions the board meeting on 2026年11月19日 (not the publication date); "
          "the page's 发布时间 gives the time. Source is the 来源 value (the issuer). Body: the standard board statement, the 重要内容提示 list (one paragraph per item), "
          "section headings and text, and '特此公告。'. The 证券代码/简称/公告编号 header line and the signature block are treated as neither body nor noise. No author, no editor. "
          "kind is 'gov' for want of a company-disclosure kind.",
    classes=["company_announcement", "signature_date", "meeting_date_in_body", "headings_in_body", "list_in_body", "announcement_header_line",
             "pdf_link", "investor_hotline", "no_author", "no_editor"],
    title="恒屹精密科技股份有限公司关于向全资子公司增资并投资建设新能源汽车热管理部件项目的公告",
    published_date="2026-11-20", published_at="2026-11-20T17:45:00+08:00",
    author=None, editor=None, source="恒屹精密科技股份有限公司", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 市场监管总局 缺陷产品管理中心 召回公告
P = [
    "日前，临江星途汽车有限公司根据《缺陷汽车产品召回管理条例》和《缺陷汽车产品召回管理条例实施办法》的要求，向国家市场监督管理总局备案了召回计划。自2026年12月10日起，召回生产日期为2025年3月8日至2026年6月30日的部分星途T7纯电动汽车，共计12468辆。",
    "本次召回范围内部分车辆由于电池包冷却液管路快插接头卡扣强度不足，在长期振动工况下可能松脱，导致冷却液泄漏，极端情况下可能引起动力电池绝缘故障，存在安全隐患。",
    "临江星途汽车有限公司将为召回范围内的车辆免费更换加强型快插接头，以消除安全隐患。",
    "临江星途汽车有限公司将通过挂号信、电话、短信等方式通知相关用户。用户可拨打临江星途汽车有限公司客户服务热线400-8XX-6600进行咨询。此外，还可登录国家市场监督管理总局网站缺陷产品召回技术中心、关注微信公众号“缺陷产品召回”，了解更多信息。",
]
N = [
    "【打印本页】",
    "【关闭窗口】",
    "相关召回",
    "某汽车有限公司召回部分进口越野车",
    "主办单位：国家市场监督管理总局缺陷产品管理中心",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>临江星途汽车有限公司召回部分星途T7纯电动汽车</title>
</head>
<body>
<div class="header"><div class="logo">国家市场监督管理总局缺陷产品管理中心</div><div class="nav"><a href="/">首页</a><a href="/qczh/">汽车召回</a><a href="/xfpzh/">消费品召回</a><a href="/tsxx/">投诉信息</a></div></div>
<div class="main">
 <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/qczh/">汽车召回</a> &gt; <a href="/qczh/qczhgg1/">召回公告</a></div>
 <div class="content">
  <div class="show_title">临江星途汽车有限公司召回部分星途T7纯电动汽车</div>
  <div class="show_info"><span>2026-11-24</span>&nbsp;&nbsp;&nbsp;<span>来源：缺陷产品管理中心</span></div>
  <div class="show_text TRS_Editor">
{ps(P)}
  <div class="xgzh"><h4>相关召回</h4><ul><li><a href="/qczh/qczhgg1/202611/t20261119_12301.html">某汽车有限公司召回部分进口越野车</a> 2026-11-19</li><li><a href="/qczh/qczhgg1/202611/t20261117_12288.html">某客车有限公司召回部分纯电动城市客车</a> 2026-11-17</li></ul></div>
  </div>
  <div class="show_tool"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
 </div>
</div>
<div class="footer">主办单位：国家市场监督管理总局缺陷产品管理中心 京ICP备XXXXXXXX号</div>
</body>
</html>
"""
add("gov_samr_recall", H,
    url="https://www.samrdprc.org.cn/qczh/qczhgg1/202611/t20261124_12345.html", kind="gov",
    modelled_on="国家市场监督管理总局缺陷产品管理中心 (defective-product recall centre) vehicle recall notice page",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Bare date '2026-11-24' in a span next to '来源：缺陷产品管理中心'; no time anywhere → published_at null. The body holds several other dates "
          "(recall start 2026年12月10日 in the future, production range 2025年3月8日-2026年6月30日) and the related-recall list, which sits INSIDE the text container, "
          "has its own dates. Fictitious maker. No author, no editor.",
    classes=["bare_date_span", "date_only_no_time", "future_date_in_body", "date_ranges_in_body", "related_list_inside_body",
             "print_close_links", "no_author", "no_editor"],
    title="临江星途汽车有限公司召回部分星途T7纯电动汽车",
    published_date="2026-11-24", published_at=None,
    author=None, editor=None, source="缺陷产品管理中心", paragraphs=P, body_noise=N)

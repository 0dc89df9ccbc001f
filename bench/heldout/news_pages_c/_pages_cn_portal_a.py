"""Chinese portal pages, part A: cnstock, cb, hongxing (红星), thecover (封面), chaonews (潮), nfplus (南方+)."""
from _common import FETCH_CN, add, epoch, esc, ps

# ---------------------------------------------------------------- 上海证券报·中国证券网
P = [
    "上证报中国证券网讯（记者 祁月 见习记者 韩沐）11月25日晚间，汽车零部件企业恒远精工发布公告称，公司拟以自有资金约6.8亿元在江苏常州建设新能源汽车电驱动壳体及精密压铸件项目，项目达产后预计新增年产能120万件。",
    "公告显示，该项目建设期为24个月，主要产品包括一体化电驱动壳体、电池包结构件和副车架压铸件。恒远精工表示，项目将新增两条9000吨级超大型压铸产线，相关设备已完成招标。",
    "记者注意到，这是恒远精工今年以来第二次宣布扩产。今年6月，公司曾公告在安徽合肥投资3.5亿元扩建轻量化底盘件产能。截至今年三季度末，公司在手订单金额约为47亿元，其中来自新能源车型的订单占比超过七成。",
    "“一体化压铸件对良品率和模具寿命要求很高，前期投入大，但一旦跑通，单件成本下降非常明显。”一位长期跟踪汽车零部件行业的券商分析师对上证报记者表示，目前行业头部企业的一体化压铸良品率已提升至90%以上。",
    "二级市场上，恒远精工11月25日收报38.62元，涨2.41%，总市值约186亿元。",
]
N = [
    "上海证券报·中国证券网版权所有，未经许可不得转载或建立镜像。",
    "扫码下载上海证券报APP",
    "压铸产能扩张潮下，模具企业订单排到明年",
    "字号：",
    "分享到：",
]
H = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>恒远精工拟6.8亿元扩产一体化压铸件 年内第二次扩产_上海证券报·中国证券网</title>
<meta name="keywords" content="恒远精工,压铸,扩产,电驱动壳体">
<meta name="description" content="11月25日晚间，汽车零部件企业恒远精工发布公告称，公司拟以自有资金约6.8亿元在江苏常州建设新能源汽车电驱动壳体及精密压铸件项目。">
<meta name="publishdate" content="2026-11-26 07:15:42">
<meta name="source" content="上海证券报·中国证券网">
</head>
<body>
<div class="top-bar"><a href="https://www.cnstock.com/">中国证券网</a> <a href="/login">登录</a> <a href="/reg">注册</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/news/">要闻</a></li><li><a href="/company/">公司</a></li><li><a href="/market/">市场</a></li><li><a href="/ipo/">新股</a></li><li><a href="/paper/">上证报电子版</a></li></ul></div>
<div class="container">
 <div class="main-left">
  <div class="crumb"><a href="/">首页</a> &gt; <a href="/company/">公司</a> &gt; <a href="/company/gsxw/">公司新闻</a></div>
  <h1 class="title">恒远精工拟6.8亿元扩产一体化压铸件 年内第二次扩产</h1>
  <div class="bullet">
   <span class="timer">2026-11-26 07:15</span>
   <span class="source">来源：上海证券报·中国证券网</span>
   <span class="author">作者：</span>
   <span class="fontsize">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span>
  </div>
  <div class="share-box">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a></div>
  <div class="main-content text-large" id="qmt_content_div">
{ps(P)}
  </div>
  <div class="bianji">责任编辑：沈岚</div>
  <div class="xgyd"><h3>相关阅读</h3><ul>
   <li><a href="/company/gsxw/202611/5412087.htm">压铸产能扩张潮下，模具企业订单排到明年</a> <span>2026-11-18</span></li>
   <li><a href="/company/gsxw/202611/5409932.htm">轻量化底盘件需求回暖 多家公司三季度毛利率回升</a> <span>2026-11-09</span></li>
  </ul></div>
  <div class="copyright">上海证券报·中国证券网版权所有，未经许可不得转载或建立镜像。</div>
 </div>
 <div class="main-right">
  <div class="app-code"><img src="/images/app_code.png" alt=""><p>扫码下载上海证券报APP</p></div>
  <div class="hot"><h3>24小时热闻</h3><ol><li><a href="/news/202611/5413301.htm">A股三大指数午后翻红</a> <span>11-26 06:40</span></li><li><a href="/news/202611/5413290.htm">锂价周线三连涨</a> <span>11-25 22:10</span></li></ol></div>
 </div>
</div>
<div class="footer"><p>上海证券报社 版权所有 | 沪ICP备05065342号</p></div>
</body>
</html>
"""
add("portal_cnstock", H,
    url="https://company.cnstock.com/company/scp_gsxw/202611/5413378.htm", kind="portal",
    modelled_on="cnstock.com (上海证券报·中国证券网) company-news article page (bullet line with timer / source / author spans, 上证报中国证券网讯 dateline)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed '2026-11-26 07:15'; meta publishdate '2026-11-26 07:15:42' agrees with the printed minute and supplies the seconds. "
          "The header '作者：' span is empty (the label is immediately followed by the font-size control), so the authors come from the dateline "
          "parentheses '（记者 祁月 见习记者 韩沐）': two people, roles dropped, space-separated as printed. The dateline stays in paragraph 1. "
          "Source is the 来源 value with its middle dot. 责任编辑 gives the editor. Related list after the body, copyright line and app prompt are noise.",
    classes=["empty_author_label", "author_in_dateline_parentheses", "two_authors_with_roles", "trainee_reporter_role",
             "meta_seconds_agree", "source_with_middle_dot", "font_size_control", "share_bar", "related_list", "copyright_notice", "app_prompt"],
    title="恒远精工拟6.8亿元扩产一体化压铸件 年内第二次扩产",
    published_date="2026-11-26", published_at="2026-11-26T07:15:42+08:00",
    author="祁月 韩沐", editor="沈岚", source="上海证券报·中国证券网", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 中国经营网 (中国经营报)
P = [
    "入冬以来，华东地区多家汽车线束企业的生产线进入满负荷状态。与此同时，另一批以燃油车配套为主的中小线束厂却在为明年的订单发愁。",
    "产能利用率分化",
    "“我们的高压线束产线现在是三班倒，交付排到了明年2月。”浙江嘉兴一家线束企业的生产负责人对《中国经营报》记者表示，该公司今年高压线束出货量同比增长约65%，但低压线束业务收入下降了近两成。",
    "据行业机构统计，2026年前三季度，国内新能源汽车高压线束市场规模约为185亿元，同比增长31%。而传统低压线束市场受燃油车产量下滑影响，规模同比下降约6%。",
    "铜价压力传导",
    "成本端的压力同样不小。今年以来，电解铜价格在高位震荡，而铜材在线束成本中的占比约为四成。一家上市线束企业的财务负责人透露，公司与主要客户约定了铜价联动机制，但联动周期为一个季度，“铜价涨得快的时候，中间的差价只能自己消化”。",
    "业内人士认为，未来两到三年，线束行业将加速整合，缺少高压产品和铜价对冲能力的中小企业，生存空间会进一步收窄。",
]
N = [
    "中国经营报记者 蒋一帆 李卓然 上海报道",
    "编辑：邹丽 主编：何鸣",
    "扫一扫 关注中国经营报",
    "免责声明：本文仅代表作者观点，不构成投资建议。",
    "关键词：线束 高压线束 铜价",
]
H = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>线束行业冰火两重天：高压线束满产 低压订单承压-中国经营网</title>
<meta name="keywords" content="线束,高压线束,铜价,汽车零部件">
<meta name="description" content="入冬以来，华东地区多家汽车线束企业的生产线进入满负荷状态。">
</head>
<body>
<div class="header"><div class="logo"><a href="http://www.cb.com.cn/">中国经营网</a></div>
<ul class="menu"><li><a href="/index/">首页</a></li><li><a href="/economy/">宏观</a></li><li><a href="/auto/">汽车</a></li><li><a href="/finance/">金融</a></li><li><a href="/zk/">中经传媒智库</a></li></ul></div>
<div class="contentBox">
 <div class="contentLeft">
  <div class="crumbs">当前位置：<a href="/index/">首页</a> &gt; <a href="/auto/">汽车</a></div>
  <h1>线束行业冰火两重天：高压线束满产 低压订单承压</h1>
  <div class="contentTime">
   <span class="contentTime_date">2026-11-22</span>
   <span class="contentTime_hm">18:09</span>
   <span class="contentTime_src">来源：中国经营报</span>
  </div>
  <div class="contentDetail">
<p style="text-align:center"><strong>中国经营报记者 蒋一帆 李卓然 上海报道</strong></p>
{ps(P[:1])}
<p><strong>{esc(P[1])}</strong></p>
{ps(P[2:4])}
<p><strong>{esc(P[4])}</strong></p>
{ps(P[5:])}
<p>编辑：邹丽 主编：何鸣</p>
  </div>
  <div class="contentTag">关键词：<a href="/tag/xianshu">线束</a> <a href="/tag/gyxs">高压线束</a> <a href="/tag/tongjia">铜价</a></div>
  <div class="disclaimer">免责声明：本文仅代表作者观点，不构成投资建议。</div>
 </div>
 <div class="contentRight"><div class="ewm"><img src="/images/cbewm.jpg" alt=""><p>扫一扫 关注中国经营报</p></div>
  <div class="rank"><h3>热文排行</h3><ul><li><a href="/auto/2026_1121/1210345.html">一家车企供应商大会上的“降价清单”</a></li><li><a href="/auto/2026_1120/1210221.html">轮胎企业的海外工厂账</a></li></ul></div></div>
</div>
<div class="footer">Copyright 中国经营报 版权所有 京ICP备10202365号</div>
</body>
</html>
"""
add("portal_cb", H,
    url="http://www.cb.com.cn/index/show/qc/cv/cv1361234567", kind="portal",
    modelled_on="cb.com.cn (中国经营网 / 中国经营报) article page (contentTime line with date / time / 来源 spans, bold centred credit line opening the body, 编辑 + 主编 line closing it)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Date and time sit in two spans ('2026-11-22', '18:09'); no seconds anywhere, so :00. The body opens with a bold credit line "
          "'中国经营报记者 蒋一帆 李卓然 上海报道' (two authors, place + 报道 suffix): not body, authors 蒋一帆 李卓然. Source is the 来源 value 中国经营报. "
          "The closing line '编辑：邹丽 主编：何鸣' names the editor (编辑) and the chief editor (主编, not the editor). The two bold section headings "
          "(产能利用率分化, 铜价压力传导) are body.",
    classes=["date_split_elements", "credit_line_in_body", "two_authors", "place_report_suffix", "headings_in_body",
             "editor_and_chief_editor_in_body", "tags_line", "disclaimer", "follow_prompt"],
    title="线束行业冰火两重天：高压线束满产 低压订单承压",
    published_date="2026-11-22", published_at="2026-11-22T18:09:00+08:00",
    author="蒋一帆 李卓然", editor="邹丽", source="中国经营报", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 红星新闻
P = [
    "11月28日，成都经开区一家汽车座椅骨架工厂的第三条激光焊接线完成验收。这家名为锦程座椅系统的企业，今年的订单量比去年翻了一倍多。",
    "“以前一个座椅骨架要十几个焊点靠人工补焊，现在整条线只留了两名质检员。”锦程座椅系统副总经理文斌告诉红星新闻记者，新产线的节拍从每件90秒缩短到了52秒。",
    "订单增长主要来自本地整车企业的新车型。今年以来，成都及周边新投产的新能源整车项目带动了一批座椅、内饰、线束企业就近配套。据成都经开区相关负责人介绍，区内汽车零部件企业本地配套率已从三年前的不足40%提高到约58%。",
    "不过，文斌也坦言，整车企业年降要求仍在，“今年报价比去年又低了3个点，只能靠自动化和材料优化把成本压下来”。",
]
N = [
    "红星新闻记者 蒋蕾 实习生 岳鸣",
    "红星新闻记者 蒋蕾 摄",
    "编辑 郭帆 责编 张竞",
    "【未经授权，严禁转载！】",
    "打开红星新闻APP 查看更多精彩",
    "11-29 08:31",
]
H = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>成都一座椅骨架厂订单翻倍：焊点交给激光，工人转岗质检</title>
<meta name="description" content="11月28日，成都经开区一家汽车座椅骨架工厂的第三条激光焊接线完成验收。">
</head>
<body>
<div id="app">
 <div class="top-download"><img src="/static/logo.png" alt=""><span>打开红星新闻APP 查看更多精彩</span><a class="btn" href="javascript:;">打开</a></div>
 <div class="article">
  <div class="article-title">成都一座椅骨架厂订单翻倍：焊点交给激光，工人转岗质检</div>
  <div class="article-info"><span class="source">红星新闻</span> <span class="time">11-29 08:31</span></div>
  <div class="article-content">
<p>红星新闻记者 蒋蕾 实习生 岳鸣</p>
{ps(P[:2])}
<p style="text-align:center"><img src="https://img.cdsb.cn/2026/11/29/a1f3c7e2.jpg" alt=""></p>
<p style="text-align:center;color:#999">红星新闻记者 蒋蕾 摄</p>
{ps(P[2:])}
<p>编辑 郭帆 责编 张竞</p>
<p>【未经授权，严禁转载！】</p>
  </div>
  <div class="article-bottom"><span class="read">阅读 5.6万</span> <a class="report" href="javascript:;">举报</a></div>
  <div class="recommend"><h4>相关推荐</h4><ul><li><a href="/news/1796532101">成都新能源整车项目带动配套企业落地</a><span>11-27 19:02</span></li><li><a href="/news/1796530988">汽车内饰企业的“年降”难题</a><span>11-25 10:44</span></li></ul></div>
 </div>
</div>
<script>window.__INITIAL_DATA__ = {{"news":{{"id":1796533512,"title":"成都一座椅骨架厂订单翻倍：焊点交给激光，工人转岗质检","source":"红星新闻","publishTime":"2026-11-29 08:31:45","channel":"财经"}}}};</script>
</body>
</html>
"""
add("portal_hongxing", H,
    url="https://static.cdsb.com/micropub/Articles/202611/a1f3c7e2d5b84c09.html", kind="portal",
    modelled_on="红星新闻 (cdsb.com, 成都商报) app share page (top download bar, year-less 'MM-DD HH:MM' time, credit paragraph opening the body, '编辑 X 责编 Y' closing line)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed time '11-29 08:31' has no year; window.__INITIAL_DATA__ publishTime '2026-11-29 08:31:45' supplies year and seconds (agrees with the printed minute). "
          "Body opens with a credit paragraph '红星新闻记者 蒋蕾 实习生 岳鸣': both are credited writers (the intern too), roles dropped. "
          "The photo credit '红星新闻记者 蒋蕾 摄' is not body. Closing line '编辑 郭帆 责编 张竞' (no colons) lists two editor roles; the editor is the 责编 (responsible editor), 张竞. "
          "Source: the media name in the info line, 红星新闻 (also in page data).",
    classes=["no_year_date", "script_page_data", "title_in_div", "credit_line_in_body", "intern_role", "photo_credit_in_body",
             "editor_and_responsible_editor_no_colon", "reprint_notice_in_body", "app_prompt", "recommended_dates"],
    title="成都一座椅骨架厂订单翻倍：焊点交给激光，工人转岗质检",
    published_date="2026-11-29", published_at="2026-11-29T08:31:45+08:00",
    author="蒋蕾 岳鸣", editor="张竞", source="红星新闻", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 封面新闻
TS = epoch("2026-11-30T05:48:21+08:00") * 1000
P = [
    "11月29日，四川宜宾一家动力电池结构件企业的二期工厂正式投产。该工厂主要生产电池壳体、盖板和连接片，设计年产能可满足约80万辆新能源汽车的配套需求。",
    "企业负责人介绍，二期工厂引入了视觉检测和自动分拣系统，每个电池壳体在下线前要经过尺寸、气密和外观三道检测，“过去靠人眼看划痕，现在相机一秒钟能拍二十张”。",
    "近年来，宜宾依托动力电池产业链，吸引了一批结构件、电解液、隔膜等配套企业落户。当地经信部门的数据显示，今年前10个月，宜宾动力电池配套产业产值同比增长约27%。",
    "业内人士指出，电池结构件行业门槛不高，价格竞争激烈，企业需要在材料和工艺上形成差异，才能在整车企业和电池企业的持续降本中保住利润。",
]
N = [
    "【如果您有新闻线索，欢迎向我们报料，一经采纳有费用酬谢。报料微信关注：fmxw_baoliao】",
    "下载封面新闻APP",
    "（受访企业供图）",
    "3小时前",
]
H = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>宜宾一电池结构件企业二期投产，年配套能力约80万辆 - 封面新闻</title>
<meta name="description" content="11月29日，四川宜宾一家动力电池结构件企业的二期工厂正式投产。">
</head>
<body>
<div class="header"><a class="logo" href="https://www.thecover.cn/">封面新闻</a><ul class="nav"><li><a href="/channel_1">首页</a></li><li><a href="/channel_7">财经</a></li><li><a href="/channel_12">汽车</a></li></ul></div>
<div class="wrap">
 <div class="article-header">
  <h1>宜宾一电池结构件企业二期投产，年配套能力约80万辆</h1>
  <div class="info">
   <span class="author">封面新闻记者 杜若溪</span>
   <span class="time" data-time="{TS}" title="2026-11-30 05:48">3小时前</span>
  </div>
 </div>
 <div class="article-content">
{ps(P[:2])}
<p style="text-align:center"><img src="https://img.thecover.cn/2026/11/30/f83e1c.jpg" alt=""></p>
<p style="text-align:center">（受访企业供图）</p>
{ps(P[2:])}
<p>【如果您有新闻线索，欢迎向我们报料，一经采纳有费用酬谢。报料微信关注：fmxw_baoliao】</p>
 </div>
 <div class="editor">责任编辑：邓秋</div>
 <div class="share"><a href="javascript:;">微信</a><a href="javascript:;">微博</a><a href="javascript:;">复制链接</a></div>
 <div class="download-bar">下载封面新闻APP</div>
 <div class="related"><h3>相关新闻</h3><ul><li><a href="/news/Zq2k8aXyO5.html">动力电池配套企业加速向川南聚集</a><span>2天前</span></li></ul></div>
</div>
<script>var articleInfo = {{"id":"Zq2k9bRtL1","title":"宜宾一电池结构件企业二期投产，年配套能力约80万辆","publish_time":{TS},"author":"杜若溪","editor":"邓秋"}};</script>
</body>
</html>
"""
add("portal_thecover", H,
    url="https://www.thecover.cn/news/Zq2k9bRtL1", kind="portal",
    modelled_on="thecover.cn (封面新闻) news page (info line with '封面新闻记者 X' and a relative time span carrying data-time epoch ms and a title attribute, 报料 prompt at the end of the body)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible time is relative ('3小时前' at fetch 2026-11-30 09:00); the span's data-time (epoch ms) and the page data publish_time give 2026-11-30 05:48:21 (title attribute '2026-11-30 05:48' agrees). "
          "Byline '封面新闻记者 杜若溪': author 杜若溪, and the media name 封面新闻 is the source (no 来源 label). "
          "Image credit '（受访企业供图）' and the 报料 (news-tip) prompt inside the content block are not body. 责任编辑 gives the editor.",
    classes=["relative_hours", "time_data_attribute_epoch_ms", "title_attribute_time", "reporter_prefix",
             "media_name_in_byline", "image_credit_in_body", "tip_prompt_in_body", "editor_line", "app_prompt"],
    title="宜宾一电池结构件企业二期投产，年配套能力约80万辆",
    published_date="2026-11-30", published_at="2026-11-30T05:48:21+08:00",
    author="杜若溪", editor="邓秋", source="封面新闻", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 潮新闻 (浙江)
P = [
    "11月27日，宁波前湾新区一家汽车热管理零部件企业的数字化车间里，机械臂正将一只只电子膨胀阀送上检测台。这家企业今年新增了三条电子膨胀阀产线，产能较去年提升约一倍。",
    "企业负责人介绍，热泵空调在新能源车型上的搭载率快速提高，带动电子膨胀阀、电子水泵等产品需求增长。今年以来，企业已拿到5家整车企业的定点通知。",
    "为帮助零部件企业稳订单、拓市场，前湾新区今年出台了一揽子支持措施：",
    "对新获整车企业定点的本地零部件项目，按设备投资额给予最高10%的补助；",
    "组织区内企业与整车企业开展“链主对接”活动，全年已举办12场；",
    "设立汽车零部件检测公共服务平台，企业送检周期平均缩短5天。",
    "前湾新区经信部门负责人表示，下一步将重点引进汽车芯片、智能座舱等领域的配套项目，进一步提升本地配套率。",
]
N = [
    "潮新闻客户端 记者 王磊 通讯员 周晓 陈露",
    "举报",
    "浏览量 2.3万",
    "打开潮新闻，阅读更多精彩内容",
    "本文为潮新闻原创，转载请注明出处",
]
H = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>一只膨胀阀的订单账：前湾新区零部件企业拿下5家车企定点</title>
<meta name="description" content="11月27日，宁波前湾新区一家汽车热管理零部件企业的数字化车间里……">
</head>
<body>
<div class="app-banner"><span>打开潮新闻，阅读更多精彩内容</span><a href="javascript:;">立即打开</a></div>
<div class="news-detail">
 <h1 class="news-title">一只膨胀阀的订单账：前湾新区零部件企业拿下5家车企定点</h1>
 <div class="news-meta">
  <div class="credit"><span class="channel">潮新闻客户端</span> <span class="names">记者 王磊 通讯员 周晓 陈露</span></div>
  <div class="meta-row"><span class="time">2026-11-28 10:46</span> <span class="pv">浏览量 2.3万</span> <a class="report" href="javascript:;">举报</a></div>
 </div>
 <div class="news-content">
{ps(P[:3])}
<ol>
{ps(P[3:6], tag="li")}
</ol>
{ps(P[6:])}
 </div>
 <div class="copyright-tip">本文为潮新闻原创，转载请注明出处</div>
 <div class="more"><h4>更多推荐</h4><ul><li><a href="/detail/3051234">宁波汽车零部件出口前十月增长12%</a><span>2026-11-26</span></li><li><a href="/detail/3050876">“链主”带“链群”：一场对接会签下9个项目</a><span>2026-11-20</span></li></ul></div>
</div>
</body>
</html>
"""
add("portal_chaonews", H,
    url="https://tidenews.com.cn/news.html?id=3052217", kind="portal",
    modelled_on="tidenews.com.cn (潮新闻, 浙江日报报业集团) news share page (credit row '潮新闻客户端 记者 X 通讯员 Y Z' above a meta row with time / page views / 举报)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed '2026-11-28 10:46', no seconds anywhere, so :00. Credit row '潮新闻客户端 记者 王磊 通讯员 周晓 陈露': the reporter and the two 通讯员 "
          "(correspondents, credited co-writers of the piece) are the authors, roles dropped; the channel name 潮新闻客户端 is the media credit in the byline line, so it is the source. "
          "UI words (浏览量, 举报) sit next to the time. The three numbered measures (<ol>) are part of the article and are body; the lead-in sentence ending '：' too. No editor named.",
    classes=["correspondent_role", "three_authors", "media_name_in_byline", "ui_words_near_credits", "list_in_body",
             "read_count", "reprint_notice", "app_prompt", "no_editor"],
    title="一只膨胀阀的订单账：前湾新区零部件企业拿下5家车企定点",
    published_date="2026-11-28", published_at="2026-11-28T10:46:00+08:00",
    author="王磊 周晓 陈露", editor=None, source="潮新闻客户端", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 南方+
P = [
    "南方+讯 11月25日，佛山市南海区一家汽车铝合金轮毂企业的低压铸造车间内，新投用的智能熔炼系统正在调试。企业负责人介绍，新系统投用后，每吨铝液的天然气消耗下降约18%，产品不良率从4.2%降至2.6%。",
    "这家企业的轮毂产品约六成出口，主要销往中东、东南亚和南美市场。今年以来，受海外售后市场需求回暖带动，企业出口订单同比增长约22%。",
    "南海区是广东重要的汽车零部件产业集聚区之一。据南海区工信部门介绍，目前全区规模以上汽车零部件企业超过300家，今年前10个月实现产值约620亿元。",
    "“轮毂属于典型的‘重资产、薄利润’产品，能耗降一点，利润就多一点。”南海区一位行业协会负责人说，当地正在推动更多铸造企业开展节能改造，并对改造项目给予资金补助。",
]
N = [
    "南方+记者 何文朗 摄",
    "【作者】 黄嘉睿；梁曦（实习生）",
    "【来源】 南方报业传媒集团南方+客户端",
    "下载南方+客户端，查看更多精彩内容",
    "手机南方网",
]
H = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>南海轮毂企业“熔炼换芯”：能耗降18%，出口订单增两成</title>
<meta name="description" content="11月25日，佛山市南海区一家汽车铝合金轮毂企业的低压铸造车间内，新投用的智能熔炼系统正在调试。">
</head>
<body>
<div class="m-header"><a class="logo" href="https://www.nfnews.com/">南方+</a><span class="slogan">手机南方网</span></div>
<div class="article">
 <h1 class="title">南海轮毂企业“熔炼换芯”：能耗降18%，出口订单增两成</h1>
 <div class="m-info"><span class="channel">南方+</span> <span class="time">2026-11-25 19:47</span></div>
 <div class="content" id="content">
{ps(P[:1])}
<p style="text-align:center"><img src="https://static.nfapp.southcn.com/content/202611/25/c9812345_1.jpg" alt=""></p>
<p style="text-align:center">南方+记者 何文朗 摄</p>
{ps(P[1:])}
  <div class="m-bottom">
   <p>【作者】 黄嘉睿；梁曦（实习生）</p>
   <p>【来源】 南方报业传媒集团南方+客户端</p>
  </div>
 </div>
 <div class="m-download">下载南方+客户端，查看更多精彩内容</div>
 <div class="m-more"><h3>更多</h3><ul><li><a href="/content/202611/24/c9809911.html">佛山汽配企业组团参展中东汽配展</a><span>2026-11-24</span></li></ul></div>
</div>
</body>
</html>
"""
add("portal_nfplus", H,
    url="https://static.nfapp.southcn.com/content/202611/25/c9812345.html", kind="portal",
    modelled_on="南方+ (static.nfapp.southcn.com, 南方报业) content page (channel + time line under the title, 【作者】 / 【来源】 bracket labels at the foot of the content block)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed '2026-11-25 19:47', no seconds, so :00. Credits are at the foot of the content block in bracket labels: 【作者】 '黄嘉睿；梁曦（实习生）' "
          "(two authors separated by a full-width semicolon, the second an intern; role dropped) and 【来源】 '南方报业传媒集团南方+客户端' (the source, as printed). "
          "Photo credit '南方+记者 何文朗 摄' is a photographer, not an author. '南方+讯' opening stays in paragraph 1. No editor named.",
    classes=["bracket_labels_at_foot", "credits_inside_content_block", "fullwidth_semicolon_authors", "intern_role",
             "photographer_credit", "dateline_in_first_paragraph", "app_prompt", "no_editor"],
    title="南海轮毂企业“熔炼换芯”：能耗降18%，出口订单增两成",
    published_date="2026-11-25", published_at="2026-11-25T19:47:00+08:00",
    author="黄嘉睿 梁曦", editor=None, source="南方报业传媒集团南方+客户端", paragraphs=P, body_noise=N)

"""Chinese pages, part A (10 pages). Markup and truth side by side."""
from _common import FETCH_CN, add, esc, epoch, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------------------------------------
# 1. 汽车头条 (qctt.cn) article page: year-less time, script page data, account + 文/ credit
# ---------------------------------------------------------------------------------------------
P = [
    "文/周启航",
]
BODY = [
    "进入四季度，国内多家制动系统供应商陆续公布了明年的产能规划。记者梳理发现，线控制动相关产线成为今年扩产的重点，至少有五家企业宣布新建或改造产线。",
    "以华东地区一家制动卡钳企业为例，其新建的电子机械制动（EMB）试制线已于本月初投产，设计年产能为30万套，首批样件将供给两家自主品牌的新平台车型。",
    "不过，业内人士也提醒，线控制动对功能安全和冗余设计的要求很高，从样件到批量供货通常需要两到三年的验证周期，短期内难以形成大规模收入。",
    "从价格看，目前一套线控制动系统的单车价值约为传统真空助力制动系统的2至3倍，这也是零部件企业愿意提前投入的主要原因。",
]
PUB = "2026-11-28T14:32:10+08:00"
html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>线控制动产线扩产潮来了，谁在加码？_汽车头条</title>
<meta name="keywords" content="线控制动,制动系统,零部件">
<meta name="description" content="进入四季度，国内多家制动系统供应商陆续公布了明年的产能规划。">
<script>
window.__ARTICLE__ = {{"articleId":"a8821034","title":"线控制动产线扩产潮来了，谁在加码？","publishTime":{epoch(PUB)},"updateTime":{epoch("2026-11-28T18:02:45+08:00")},"author":{{"uid":550213,"nickname":"部件观察家"}},"readCount":12840}};
</script>
</head>
<body>
<div class="top-bar"><a class="logo" href="https://www.qctt.cn/">汽车头条</a><a class="download">下载汽车头条APP</a></div>
<div class="nav"><a>推荐</a><a>新车</a><a>行业</a><a>评测</a><a>视频</a></div>
<div class="article-wrap">
 <h1 class="article-title">线控制动产线扩产潮来了，谁在加码？</h1>
 <div class="article-author">
  <a class="avatar" href="/user/550213"><img src="/avatar/550213.jpg" alt=""></a>
  <a class="nickname" href="/user/550213">部件观察家</a>
  <span class="tag-v">汽车头条号</span>
  <span class="time">11-28 14:32</span>
  <span class="read">阅读 1.2万</span>
  <a class="follow-btn">+关注</a>
 </div>
 <div class="article-content">
{ps(P)}
{ps(BODY)}
<p class="ad-card"><a href="/ad/ebrake">【推广】制动系统供应商选型对比，点击领取行业报告</a></p>
<p class="statement">本文为汽车头条号作者原创，不代表汽车头条立场。</p>
 </div>
 <div class="article-tags"><a>#线控制动</a><a>#零部件</a><a>#产能</a></div>
 <div class="follow-box">关注部件观察家，每天一篇零部件行业深度</div>
 <div class="comment-box"><h3>评论 8</h3>
  <div class="cmt"><span class="u">老司机阿勇</span><p>EMB真能上量吗？</p><span class="t">11-28 16:05</span></div>
  <div class="cmt"><span class="u">刹车片小王</span><p>传统卡钳厂压力山大</p><span class="t">11-29 08:40</span></div>
 </div>
 <div class="related"><h3>相关推荐</h3><ul>
  <li><a>底盘域控制器装车量突破百万</a><span>11-27</span></li>
  <li><a>一文看懂空气悬架供应链</a><span>11-25</span></li>
 </ul></div>
</div>
<div class="footer">汽车头条 版权所有 京ICP证000000号</div>
</body>
</html>
"""
add("selfmedia_qctt", html,
    url="https://www.qctt.cn/news/a8821034",
    kind="self_media",
    modelled_on="汽车头条 (qctt.cn, auto self-media / news app) article page: author row with avatar, account name + '汽车头条号' badge, year-less 'MM-DD HH:MM' time, read count in 万, follow button; '文/X' credit line opening the text; 【推广】 ad card and platform statement inside the content; tags, follow box, comments with year-less dates; window.__ARTICLE__ with epoch-second publishTime and a later updateTime",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed time '11-28 14:32' has no year; window.__ARTICLE__.publishTime (epoch seconds) gives 2026-11-28 14:32:10 (+08:00), the same minute, so its seconds are kept; updateTime (18:02) is not the publication time. Author 周启航 from the '文/' credit line (a credit line, so not a paragraph). Source = the publishing account 部件观察家 (汽车头条号). No editor. The 【推广】 card, platform statement, follow box, tags and comments are noise.",
    classes=["no_year_date", "epoch_seconds_page_data", "update_time_in_page_data", "account_source",
             "slash_author_in_body", "credit_line_opening_body", "ad_inside_body", "platform_disclaimer",
             "read_count_wan", "tags_line", "follow_prompt", "comment_dates", "related_dates", "no_editor"],
    title="线控制动产线扩产潮来了，谁在加码？",
    published_date="2026-11-28", published_at=PUB,
    author="周启航", editor=None, source="部件观察家",
    paragraphs=BODY,
    body_noise=["文/周启航", "【推广】制动系统供应商选型对比，点击领取行业报告",
                "本文为汽车头条号作者原创，不代表汽车头条立场。", "关注部件观察家，每天一篇零部件行业深度",
                "EMB真能上量吗？", "#线控制动"],
)

# ---------------------------------------------------------------------------------------------
# 2. 电车之家-style EV news site: update printed before publish, list in body, tags, comments
# ---------------------------------------------------------------------------------------------
BODY = [
    "11月29日，某动力电池企业在合肥举行半固态电池量产下线仪式。据介绍，该产品能量密度达到360Wh/kg，首批电池将搭载于一款中大型纯电SUV。",
    "与现有液态锂电池相比，该公司公布的半固态电池主要参数如下：",
    "电芯能量密度：360Wh/kg，较上一代提升约20%；",
    "快充性能：10%至80%充电时间约18分钟；",
    "热失控测试：针刺、过充条件下不起火、不爆炸；",
    "设计寿命：循环次数不少于2500次。",
    "该公司负责人表示，半固态电池目前成本仍比同级液态电池高出约30%，预计随着隔膜涂覆和电解质材料国产化推进，两年内差距可缩小到10%以内。",
    "业内分析认为，半固态电池将先在高端车型上小批量应用，全固态电池的大规模装车仍需等待2030年前后。",
]
html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>半固态电池量产下线 能量密度达360Wh/kg - 电车之家</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-29T20:05:00+08:00">
<meta property="article:modified_time" content="2026-11-29T21:40:00+08:00">
</head>
<body>
<header class="site-header"><a class="logo">电车之家</a><nav><a>资讯</a><a>新车</a><a>电池</a><a>充电</a><a>论坛</a></nav></header>
<main class="news-detail">
 <div class="crumbs"><a>首页</a> &gt; <a>电池</a> &gt; 正文</div>
 <h1 class="news-title">半固态电池量产下线 能量密度达360Wh/kg</h1>
 <div class="news-meta">
  <span class="m-update">更新时间：2026-11-29 21:40</span>
  <span class="m-pub">发布时间：2026-11-29 20:05</span>
  <span class="m-src">来源：电车之家</span>
  <span class="m-author">作者：黎文博</span>
 </div>
 <div class="news-body">
<p>{esc(BODY[0])}</p>
<p>{esc(BODY[1])}</p>
<ul class="spec-list">
{lis(BODY[2:6])}
</ul>
<div class="insert-ad"><a href="/activity/1130">【限时】充电桩安装补贴申领入口，点此查看</a></div>
<p>{esc(BODY[6])}</p>
<p>{esc(BODY[7])}</p>
 </div>
 <div class="news-tags">标签：<a>半固态电池</a><a>动力电池</a><a>能量密度</a></div>
 <div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
 <section class="comments"><h3>网友评论（2）</h3>
  <div class="c-item"><b>电车新手</b><span>2026-11-29 22:13</span><p>成本降下来再说吧</p></div>
  <div class="c-item"><b>续航焦虑患者</b><span>2026-11-30 07:26</span><p>冬天续航能保持多少？</p></div>
 </section>
 <aside class="related"><h3>相关阅读</h3><ul>
  <li><a>固态电池专利数量三年翻番</a> <span>2026-11-26 09:10</span></li>
  <li><a>隔膜涂覆材料价格连续三月下行</a> <span>2026-11-24 15:30</span></li>
 </ul></aside>
</main>
<footer>电车之家 版权所有 © 2026</footer>
</body>
</html>
"""
add("portal_dczj", html,
    url="https://www.dczj.example.cn/news/battery/20261129/88102.html",
    kind="portal",
    modelled_on="电车之家-style EV news portal article page (crumbs, news-title h1, news-meta row printing 更新时间 BEFORE 发布时间, 来源 / 作者 spans, spec <ul> in the body, 【限时】 promo block inside the body, 标签 row, share bar, comments with date-times, related list with date-times; article:published_time / modified_time meta). The domain in the URL is a placeholder",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="The meta row prints 更新时间 2026-11-29 21:40 first and 发布时间 2026-11-29 20:05 second; the publish time wins (meta article:published_time agrees, no seconds). Source is the 来源 value 电车之家 (the site itself), author 黎文博, no editor. The spec <ul> is part of the article (one paragraph per item, with the sentence introducing it). The 【限时】 promo, tags, share bar, comments and related list are noise.",
    classes=["update_before_publish", "meta_time_agrees", "update_in_meta", "list_in_body",
             "promo_inside_body", "tags_line", "share_bar", "comment_dates", "related_dates", "no_editor"],
    title="半固态电池量产下线 能量密度达360Wh/kg",
    published_date="2026-11-29", published_at="2026-11-29T20:05:00+08:00",
    author="黎文博", editor=None, source="电车之家",
    paragraphs=BODY,
    body_noise=["【限时】充电桩安装补贴申领入口，点此查看", "标签：半固态电池", "成本降下来再说吧",
                "固态电池专利数量三年翻番", "更新时间：2026-11-29 21:40"],
)

# ---------------------------------------------------------------------------------------------
# 3. 佐思汽研 (zuosi.com) research news: date only, org credit, table, paywall / report prompt
# ---------------------------------------------------------------------------------------------
ROWS = [["供应商", "2026年1-9月装机量（万套）", "份额"],
        ["甲科技", "182.4", "27.6%"],
        ["乙电子", "141.0", "21.3%"],
        ["丙智驾", "96.7", "14.6%"],
        ["其他", "241.5", "36.5%"]]
BODY = [
    "佐思汽研发布《2026年中国乘用车舱驾一体域控制器研究报告》。报告显示，2026年1-9月，国内乘用车舱驾一体域控制器装机量约661.6万套，同比增长87%。",
    "从供应商格局看，前三家本土供应商合计份额超过六成，集中度较去年同期明显提升。",
] + rows_tsv(ROWS) + [
    "报告认为，舱驾一体方案可以减少一颗主控芯片和相应的线束，单车物料成本可下降800元至1200元，但对软件中间件和功能安全隔离提出了更高要求。",
    "在芯片选型上，单芯片方案正在从高端车型向20万元以下车型渗透，预计2027年单芯片舱驾一体方案的渗透率将达到12%。",
]
html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>舱驾一体域控制器研究：前三家本土供应商份额超六成-佐思汽研</title>
<meta name="keywords" content="舱驾一体,域控制器,佐思汽研">
</head>
<body>
<div class="header"><a class="logo">佐思汽研</a><ul class="menu"><li>首页</li><li>研究报告</li><li>产业资讯</li><li>数据库</li><li>关于我们</li></ul></div>
<div class="main">
 <div class="left">
  <h2 class="news-title">舱驾一体域控制器研究：前三家本土供应商份额超六成</h2>
  <div class="news-info">发布日期：2026-11-25　　来源：佐思汽研　　作者：佐思汽研　　浏览：2,318</div>
  <div class="news-content">
{ps(BODY[:2])}
{table(ROWS)}
<p class="tab-note">注：数据来源于佐思汽研数据库，仅统计前装量产车型。</p>
{ps(BODY[-2:])}
   <div class="report-lock">
    <p>以上为报告部分内容，完整报告共210页。</p>
    <p>订购报告请联系：010-8000 0000（同微信），邮箱 report@zuosi.example.cn</p>
    <a class="btn">登录后下载报告目录</a>
   </div>
  </div>
  <div class="page-nav">上一篇：<a>智能座舱SoC年度报告发布</a>　下一篇：<a>汽车线束高压化研究</a></div>
 </div>
 <div class="right">
  <div class="box"><h3>最新报告</h3><ul><li><a>2026年汽车电子电气架构报告</a><span>2026-11-20</span></li><li><a>2026年激光雷达产业报告</a><span>2026-11-12</span></li></ul></div>
 </div>
</div>
<div class="footer">Copyright © 北京佐思信息咨询有限责任公司 版权所有</div>
</body>
</html>
"""
add("portal_zuosi", html,
    url="http://www.zuosi.com/2026-11/25/news_7712.html",
    kind="portal",
    modelled_on="佐思汽研 (zuosi.com, auto-electronics research firm) industry-news page on an old two-column template (news-title h2, news-info row '发布日期 / 来源 / 作者 / 浏览' with a date only, data table with a source note in the body, report-lock box with phone and download button, 上一篇/下一篇, latest-reports sidebar with dates)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Only a day is printed (发布日期：2026-11-25) and no time of day appears anywhere (no meta, no script), so published_at is null. 作者 is the firm itself (佐思汽研), an organisation, so author is null; source is the 来源 value 佐思汽研. The market-share table is body (header row included, cells TAB-joined); the '注：数据来源于…' note, the report-lock box (phone, 210页, login button) and the prev/next titles are noise.",
    classes=["date_only_no_time", "organisation_not_author", "table_in_body", "table_source_note",
             "paywall_report_prompt", "read_count_grouped", "prev_next_titles", "related_dates", "no_editor"],
    title="舱驾一体域控制器研究：前三家本土供应商份额超六成",
    published_date="2026-11-25", published_at=None,
    author=None, editor=None, source="佐思汽研",
    paragraphs=BODY,
    body_noise=["注：数据来源于佐思汽研数据库，仅统计前装量产车型。", "以上为报告部分内容，完整报告共210页。",
                "订购报告请联系：010-8000 0000（同微信）", "登录后下载报告目录", "智能座舱SoC年度报告发布"],
)

# ---------------------------------------------------------------------------------------------
# 4. Auto-parts branch of a national industry association (CAAM parts-branch-style)
# ---------------------------------------------------------------------------------------------
BODY = [
    "11月19日至20日，2026年度汽车零部件行业发展大会在宁波召开。来自整车企业、零部件企业、科研院所和金融机构的400余名代表参加会议。",
    "会议发布了《汽车零部件企业高质量发展倡议》，主要内容包括：",
    "一、坚持长期主义，合理确定价格，共同抵制“内卷式”竞争；",
    "二、加强关键基础件和基础材料的联合攻关，推动首台套、首批次应用；",
    "三、规范账期管理，推动整零企业签订不超过60天的付款协议；",
    "四、有序开展海外布局，加强知识产权和合规风险防范。",
    "会议期间还举行了“整零协同创新”圆桌对话，6家整车企业采购负责人和8家零部件企业代表围绕成本压力、质量追溯和海外配套等问题进行了交流。",
]
html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>2026年度汽车零部件行业发展大会在宁波召开_分会动态_汽车零部件分会</title>
</head>
<body>
<div class="top">欢迎访问汽车零部件分会网站！ 今天是：2026年11月30日 星期一 <a>会员登录</a></div>
<div class="banner"><img src="/images/banner.jpg" alt="汽车零部件分会"></div>
<div class="menu"><a>首页</a><a>分会概况</a><a>分会动态</a><a>行业数据</a><a>政策法规</a><a>会员服务</a></div>
<div class="wrap">
 <div class="sidebar"><h3>分会动态</h3><ul><li>通知公告</li><li>工作动态</li><li>会员风采</li></ul></div>
 <div class="content">
  <div class="location">您的位置：首页 &gt;&gt; 分会动态 &gt;&gt; 工作动态</div>
  <div class="art-title">2026年度汽车零部件行业发展大会在宁波召开</div>
  <div class="art-info">发布时间：2026-11-20 15:30　　来源：分会秘书处　　浏览次数：1,203</div>
  <div class="art-body">
{ps(BODY[:2])}
{ps(BODY[2:6])}
<p>{esc(BODY[6])}</p>
<p style="text-align:right">（撰稿：会员部 王晓丽　审核：陈国栋）</p>
  </div>
  <div class="attach">附件：<a>1.汽车零部件企业高质量发展倡议.pdf</a></div>
  <div class="tools"><a>【打印本页】</a> <a>【关闭窗口】</a></div>
 </div>
</div>
<div class="footer">主办：汽车零部件分会　地址：北京市某区某路00号　电话：010-0000 0000</div>
</body>
</html>
"""
add("gov_parts_branch", html,
    url="http://www.parts-branch.example.org.cn/fhdt/gzdt/2026-11-20/1459.html",
    kind="gov",
    modelled_on="the auto-parts branch of a national auto industry association (中国汽车工业协会零部件分会-style site; the organisation name in the page is generic and the domain a placeholder): top bar with today's date and weekday, banner, left column menu, art-title div, art-info row with 发布时间 / 来源 / 浏览次数, numbered 倡议 items as paragraphs, right-aligned '（撰稿：… 审核：…）' credit at the end, attachment link, 【打印本页】【关闭窗口】",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="The top bar's '今天是：2026年11月30日 星期一' is the visit date, not the publication date (2026-11-20 15:30 in art-info). The meeting dates '11月19日至20日' are in the text. Source = 来源 value 分会秘书处 (a department, kept as printed, as 来源 values are). Author 王晓丽 from 撰稿 (the department name 会员部 dropped); 审核 陈国栋 is a reviewer, not an editor, so editor is null. The numbered 倡议 items are body, one paragraph each.",
    classes=["today_date_in_header", "headline_in_div", "numbered_items_in_body", "end_credit_line_parentheses",
             "writer_label_zhuangao", "reviewer_not_editor", "attachment_link", "print_close_links",
             "grouped_count", "no_editor"],
    title="2026年度汽车零部件行业发展大会在宁波召开",
    published_date="2026-11-20", published_at="2026-11-20T15:30:00+08:00",
    author="王晓丽", editor=None, source="分会秘书处",
    paragraphs=BODY,
    body_noise=["（撰稿：会员部 王晓丽　审核：陈国栋）", "附件：1.汽车零部件企业高质量发展倡议.pdf",
                "【打印本页】", "今天是：2026年11月30日 星期一"],
)

# ---------------------------------------------------------------------------------------------
# 5. 中国轮胎商业网-style tyre trade news: source glued to date, 佚名 author, table, disclaimer
# ---------------------------------------------------------------------------------------------
ROWS = [["企业", "调价幅度", "执行时间"],
        ["甲轮胎", "上调3%-5%", "2026年12月1日"],
        ["乙橡胶", "上调4%", "2026年12月1日"],
        ["丙轮胎（中国）", "上调2%-6%", "2026年12月15日"]]
BODY = [
    "受天然橡胶和炭黑价格持续上涨影响，11月下旬以来，已有三家轮胎企业向经销商发出调价函，宣布自12月起上调部分规格产品出厂价。",
] + rows_tsv(ROWS) + [
    "据了解，此次调价主要涉及全钢子午线轮胎和部分半钢替换胎规格，配套市场价格暂未调整。",
    "多位经销商表示，年底本是替换市场的销售旺季，但终端消费者对价格较为敏感，涨价能否顺利传导还需观察。有经销商已提前备货，以应对可能的价格上调。",
]
html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>原材料上涨 三家轮胎企业12月起提价 - 中国轮胎商业网</title>
</head>
<body>
<div id="top"><a class="logo">中国轮胎商业网</a><span>轮胎行业门户</span><form><input name="kw"><button>搜索</button></form></div>
<div id="nav"><a>首页</a><a>行业资讯</a><a>企业新闻</a><a>行情价格</a><a>展会</a><a>招聘</a></div>
<div id="main">
 <div class="newsview">
  <h1>原材料上涨 三家轮胎企业12月起提价</h1>
  <div class="newsinfo">2026-11-27 10:18:45来源：中国轮胎商业网　作者：佚名　点击：<span id="hits">2356</span></div>
  <div class="newstext">
<p>{esc(BODY[0])}</p>
{table(ROWS)}
{ps(BODY[-2:])}
  </div>
  <div class="editor">编辑：邵婷</div>
  <div class="statement">声明：本网转载的文章仅代表作者观点，不代表本网立场。如涉及版权问题，请联系本网删除。</div>
  <div class="about"><h3>相关新闻</h3><ul><li><a>天然橡胶期货周涨幅超6%</a>（2026-11-26）</li><li><a>半钢胎出口量连续五月增长</a>（2026-11-21）</li></ul></div>
 </div>
</div>
<div id="footer">Copyright 2026 中国轮胎商业网 All Rights Reserved</div>
</body>
</html>
"""
add("portal_tyre", html,
    url="http://www.tyre-biz.example.cn/news/hangye/2026/1127/60521.html",
    kind="portal",
    modelled_on="中国轮胎商业网 (tyre trade news portal; domain in the URL a placeholder) news view page on an old CMS template (h1, newsinfo line with the date-time glued to '来源：' without a space, '作者：佚名', 点击 count in a span, price-change table in the body, 编辑 line, reprint 声明, related list with dates in parentheses)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="The info line is '2026-11-27 10:18:45来源：中国轮胎商业网' with no separator between the seconds and 来源 (published_at 2026-11-27T10:18:45+08:00; source 中国轮胎商业网). '作者：佚名' (anonymous) names no person, so author is null. Editor 邵婷. The table (header included) is body; the 声明 and the related list are noise.",
    classes=["source_glued_to_date", "seconds_printed", "anonymous_author_label", "table_in_body",
             "editor_line", "reprint_disclaimer", "click_count", "related_dates"],
    title="原材料上涨 三家轮胎企业12月起提价",
    published_date="2026-11-27", published_at="2026-11-27T10:18:45+08:00",
    author=None, editor="邵婷", source="中国轮胎商业网",
    paragraphs=BODY,
    body_noise=["声明：本网转载的文章仅代表作者观点，不代表本网立场。", "编辑：邵婷", "天然橡胶期货周涨幅超6%",
                "作者：佚名"],
)

# ---------------------------------------------------------------------------------------------
# 6. 中国机械网 (jx.cn) B2B news: Chinese-format date, hidden keyword block, product box, image credit
# ---------------------------------------------------------------------------------------------
BODY = [
    "近日，一家位于常州的精密齿轮企业完成新能源汽车减速器齿轮自动化产线的二期建设，年产能由80万套提升至150万套。",
    "该企业技术负责人介绍，新产线采用了高速干切滚齿和在线齿形检测技术，齿轮精度稳定在国标5级，噪声指标较上一代产品降低3分贝。",
    "随着电驱动系统转速不断提高，减速器齿轮对加工精度和表面质量的要求越来越高，高端磨齿设备和检测仪器仍主要依赖进口。业内人士建议，齿轮企业应与机床企业开展联合攻关，提高关键装备的国产化率。",
]
html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>新能源汽车减速器齿轮产线二期投产 年产能提至150万套-中国机械网</title>
</head>
<body>
<div class="header"><a class="logo">中国机械网</a><div class="search"><input><a>搜产品</a><a>搜资讯</a></div></div>
<div class="nav"><a>首页</a><a>产品库</a><a>企业库</a><a>资讯</a><a>展会</a><a>招标</a></div>
<div class="news-main">
 <div class="crumb">当前位置：<a>中国机械网</a> &gt; <a>资讯</a> &gt; <a>汽车零部件</a></div>
 <h1 class="title">新能源汽车减速器齿轮产线二期投产 年产能提至150万套</h1>
 <div class="info"><span>发布时间：2026年11月26日 16:42</span><span>来源：中国机械网</span><span>作者：钟逸</span><span>阅读量：<em>4817</em></span></div>
 <div style="display:none" class="seo-kw">齿轮 减速器 滚齿机 磨齿机 齿轮加工 机械网 2026-10-08 10:00</div>
 <div class="content">
<p>{esc(BODY[0])}</p>
<p style="text-align:center"><img src="/upload/2026/11/gear.jpg" alt="齿轮产线"></p>
<p class="img-source" style="text-align:center">图片来源：视觉中国</p>
<p>{esc(BODY[1])}</p>
<div class="product-box"><h4>相关产品</h4><ul><li><a>数控滚齿机 YK3150</a><span>面议</span></li><li><a>齿轮测量中心 GMC-300</a><span>询价</span></li></ul></div>
<p>{esc(BODY[2])}</p>
 </div>
 <div class="editor">责任编辑：谭静</div>
 <div class="disclaimer">免责声明：中国机械网发布的资讯仅供参考，不构成任何投资或采购建议。</div>
 <div class="related"><h3>相关资讯</h3><ul><li><a>电驱动总成企业加快海外建厂</a><em>2026-11-25</em></li></ul></div>
</div>
<div class="footer">中国机械网 版权所有</div>
</body>
</html>
"""
add("portal_jx", html,
    url="https://www.jx.cn/news/qclbj/2026-11-26/5830177.html",
    kind="portal",
    modelled_on="中国机械网 (jx.cn, machinery B2B portal) 资讯 article page (crumb, h1, info spans with a Chinese-format date-time / 来源 / 作者 / 阅读量, hidden display:none SEO keyword block holding another date, centred image with '图片来源：视觉中国', 相关产品 box with 面议/询价 inside the content, 责任编辑 line, 免责声明, related list)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Date printed as '2026年11月26日 16:42'. The display:none SEO block contains another date (2026-10-08 10:00) and keywords; it is neither date nor body. The image credit line and the product box inside the content are noise. Author 钟逸, editor 谭静 (责任编辑), source 中国机械网.",
    classes=["chinese_date_format", "hidden_display_none", "hidden_date_trap", "image_credit_line",
             "product_box_inside_body", "editor_line", "disclaimer", "read_count", "b2b_portal", "related_dates"],
    title="新能源汽车减速器齿轮产线二期投产 年产能提至150万套",
    published_date="2026-11-26", published_at="2026-11-26T16:42:00+08:00",
    author="钟逸", editor="谭静", source="中国机械网",
    paragraphs=BODY,
    body_noise=["图片来源：视觉中国", "数控滚齿机 YK3150", "免责声明：中国机械网发布的资讯仅供参考",
                "齿轮 减速器 滚齿机 磨齿机", "电驱动总成企业加快海外建厂"],
)

# ---------------------------------------------------------------------------------------------
# 7. 中国经济周刊 (ceweekly.cn): magazine feature, byline paragraph, 3 pages (page 1), issue note
# ---------------------------------------------------------------------------------------------
CREDIT = "《中国经济周刊》记者 孙晨阳 通讯员 冯立｜上海报道"
BODY = [
    "11月中旬，上海临港的一家汽车座椅骨架工厂里，焊接机器人正在赶制发往墨西哥的订单。工厂负责人说，今年海外订单占比已经从三年前的不到一成提高到近三成。",
    "这是中国汽车零部件企业“出海”的一个缩影。海关数据显示，今年前10个月，我国汽车零配件出口额同比增长9.8%，其中对拉美和中东市场的出口增速均超过20%。",
    "与整车出口相比，零部件企业的海外之路更依赖于客户的全球布局。“主机厂去哪里建厂，我们就要跟到哪里。”一位座椅企业高管对《中国经济周刊》记者表示，跟随配套的同时，企业也在争取当地的新客户。",
    "但出海并非坦途。汇率波动、当地劳工成本上升以及贸易壁垒，都在考验企业的经营能力。",
]
html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>零部件企业“跟随出海”之后 - 中国经济周刊</title>
<meta name="publishdate" content="2026-11-23 09:00:00">
</head>
<body>
<div class="top"><a class="logo">中国经济周刊</a><span>人民日报社主管主办</span></div>
<div class="nav"><a>首页</a><a>宏观</a><a>产业</a><a>金融</a><a>区域</a><a>封面故事</a></div>
<div class="article">
 <h1 class="art_title">零部件企业“跟随出海”之后</h1>
 <div class="art_info"><span class="time">2026-11-23 09:00</span><span class="src">来源：中国经济周刊</span></div>
 <div class="art_content">
<p class="byline"><strong>{esc(CREDIT)}</strong></p>
{ps(BODY)}
<p class="issue">（本文刊发于《中国经济周刊》2026年第22期）</p>
 </div>
 <div class="pages"><span class="cur">1</span><a>2</a><a>3</a><a>下一页</a></div>
 <div class="art_editor">责任编辑：林莹</div>
 <div class="copy">凡注明“来源：中国经济周刊”的所有作品，版权均属于中国经济周刊，未经授权不得转载。</div>
 <div class="recommend"><h3>推荐阅读</h3><ul><li><a>县域汽配产业集群调查</a></li><li><a>整零关系重塑进行时</a></li></ul></div>
</div>
<div class="footer">中国经济周刊 版权所有</div>
</body>
</html>
"""
add("portal_ceweekly", html,
    url="http://www.ceweekly.cn/cewsel/2026/1123/468821.html",
    kind="portal",
    modelled_on="中国经济周刊 (ceweekly.cn) article page (art_title h1, art_info with time and 来源, bold '《中国经济周刊》记者 X 通讯员 Y｜上海报道' byline paragraph opening the content, issue note, three-page pager — page 1 stored, 责任编辑 line, copyright notice, 推荐阅读; publishdate meta agreeing with the printed minute)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Multi-page article: page 1 of 3 is stored and the body is the text of page 1. Authors from the byline paragraph: 记者 孙晨阳 + 通讯员 冯立 -> '孙晨阳 冯立' (roles and the '｜上海报道' dateline dropped); the byline paragraph itself is a credit line, not body. Meta publishdate '2026-11-23 09:00:00' agrees with the printed minute. Source 中国经济周刊, editor 林莹. The issue note, pager, copyright and recommendations are noise.",
    classes=["pagination_links", "page_one_only", "credit_line_opening_body", "roles_in_byline",
             "correspondent_role", "two_authors_space", "issue_note", "editor_line", "copyright_notice",
             "meta_time_agrees", "recommend_list"],
    title="零部件企业“跟随出海”之后",
    published_date="2026-11-23", published_at="2026-11-23T09:00:00+08:00",
    author="孙晨阳 冯立", editor="林莹", source="中国经济周刊",
    paragraphs=BODY,
    body_noise=[CREDIT, "（本文刊发于《中国经济周刊》2026年第22期）", "下一页",
                "凡注明“来源：中国经济周刊”的所有作品", "县域汽配产业集群调查"],
)

# ---------------------------------------------------------------------------------------------
# 8. 南方周末 (infzm.com): paywall, audio player, reading time, author labels, 责任编辑 no colon
# ---------------------------------------------------------------------------------------------
BODY = [
    "在广东佛山的一个汽配城，经营了二十年变速箱维修的老周发现，今年进店的新能源车越来越多，但他能修的部分越来越少。",
    "“以前拆开变速箱，哪个齿轮坏了、哪个电磁阀卡了，一看就知道。现在电驱总成是一个密封的整体，坏了只能整件换，还要等厂家授权。”老周说。",
    "南方周末记者走访广州、佛山、东莞三地的二十余家独立维修店发现，新能源汽车维修的技术门槛和数据壁垒，正在改变汽车后市场的利益格局。",
]
html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>电驱总成“只换不修”，独立维修店的生意还剩多少 | 南方周末</title>
<meta name="description" content="新能源汽车维修的技术门槛和数据壁垒，正在改变汽车后市场的利益格局。">
<script>var contentInfo = {{"id":"298812","publish_time":"2026-11-26 18:00:00","is_paid":1,"word_count":4512}};</script>
</head>
<body>
<div class="nfzm-header"><a class="logo">南方周末</a><a>新闻</a><a>经济</a><a>文化</a><a>评论</a><a class="vip">开通会员</a></div>
<article class="nfzm-content">
 <div class="nfzm-content__channel">经济</div>
 <h1 class="nfzm-content__title">电驱总成“只换不修”，独立维修店的生意还剩多少</h1>
 <div class="nfzm-content__author"><span>南方周末记者 谢鹏</span> <span>南方周末实习生 胡楠</span></div>
 <div class="nfzm-content__publish"><span class="time">2026-11-26 18:00:00</span><span class="read-time">阅读时间约9分钟</span></div>
 <div class="nfzm-audio"><span class="play">▶ 听全文</span><span class="dur">00:00 / 12:31</span><span class="note">本文由AI朗读</span></div>
 <blockquote class="nfzm-content__summary">新能源汽车维修的技术门槛和数据壁垒，正在改变汽车后市场的利益格局。</blockquote>
 <div class="nfzm-content__fulltext">
{ps(BODY)}
 </div>
 <div class="nfzm-paywall">
  <p class="rest">全文共4512字，剩余3800字</p>
  <p>开通南方周末会员，畅读全部精品内容</p>
  <a class="btn">立即订阅</a> <a class="btn2">已是会员？登录</a>
 </div>
 <div class="nfzm-content__editor">责任编辑 谭畅</div>
 <div class="nfzm-copyright">南方周末版权所有，未经书面授权，不得转载、摘编或以其他方式使用。</div>
</article>
<aside class="nfzm-hot"><h3>热门文章</h3><ol><li><a>一座汽配城的二十年</a></li><li><a>谁在给电池“体检”</a></li></ol></aside>
<div class="nfzm-footer">南方周末 infzm.com</div>
</body>
</html>
"""
add("portal_infzm", html,
    url="https://www.infzm.com/contents/298812",
    kind="portal",
    modelled_on="南方周末 (infzm.com) contents page (BEM nfzm-content__ classes: channel, title, author spans '南方周末记者 X' / '南方周末实习生 Y', publish time with seconds, 阅读时间 line, AI audio player, summary blockquote, truncated fulltext followed by a paywall box with word counts and subscribe buttons, '责任编辑 X' without a colon, copyright; contentInfo script with publish_time)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Paid article: only the first three paragraphs are on the page; the body is what is shown. Authors 谢鹏 (南方周末记者) and 胡楠 (南方周末实习生) -> '谢鹏 胡楠'. Time printed with seconds (18:00:00; contentInfo agrees). No 来源 line: source null (the site name in the author labels is not a 来源). Editor 谭畅 from '责任编辑 谭畅' (no colon). The summary blockquote is neutral (neither required nor noise). Reading-time line, audio-player text and paywall texts are noise.",
    classes=["paywall", "truncated_body", "audio_player_text", "reading_time_line", "site_prefixed_roles",
             "intern_role", "two_authors_space", "seconds_printed", "editor_no_colon", "summary_box_neutral",
             "copyright_notice", "no_source"],
    title="电驱总成“只换不修”，独立维修店的生意还剩多少",
    published_date="2026-11-26", published_at="2026-11-26T18:00:00+08:00",
    author="谢鹏 胡楠", editor="谭畅", source=None,
    paragraphs=BODY,
    body_noise=["全文共4512字，剩余3800字", "开通南方周末会员，畅读全部精品内容", "阅读时间约9分钟",
                "00:00 / 12:31", "本文由AI朗读", "责任编辑 谭畅", "南方周末版权所有"],
)

# ---------------------------------------------------------------------------------------------
# 9. 齐鲁网 (iqilu.com): 闪电新闻 dateline, video-player text, end reporter line with station name
# ---------------------------------------------------------------------------------------------
END_CREDIT = "闪电新闻记者 刘晓 潍坊台 孙浩 报道"
BODY = [
    "齐鲁网·闪电新闻11月28日讯 记者从潍坊市工业和信息化局获悉，今年以来，潍坊市汽车零部件产业实现营业收入超过1100亿元，同比增长12.4%，其中新能源汽车零部件营收占比首次超过三成。",
    "在位于潍坊高新区的一家电驱动企业，工人们正在调试一条新投用的扁线电机定子生产线。企业负责人介绍，这条线投产后，公司扁线电机年产能将达到60万台。",
    "潍坊市工业和信息化局相关负责人表示，下一步将围绕电驱动、热管理和底盘系统三大方向，引进和培育一批配套企业，力争到2028年全市汽车零部件产业营收突破1500亿元。",
]
html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>潍坊汽车零部件产业营收超1100亿元 - 齐鲁网</title>
<meta name="publishdate" content="2026-11-28 11:25:03">
<meta name="source" content="闪电新闻">
</head>
<body>
<div class="header"><a class="logo">齐鲁网</a><a>闪电新闻</a><a>山东</a><a>潍坊</a><a>财经</a></div>
<div class="container">
 <div class="location">当前位置：<a>齐鲁网</a> &gt; <a>地市</a> &gt; <a>潍坊</a></div>
 <h1>潍坊汽车零部件产业营收超1100亿元</h1>
 <div class="info"><span class="time">2026-11-28 11:25:03</span>　<span class="source">来源：闪电新闻</span>　<span class="editor">编辑：王琳</span></div>
 <div class="video-player"><div class="vjs-control"><span>播放</span><span class="vjs-time">00:00 / 01:42</span><span>全屏</span></div></div>
 <div class="article-main">
{ps(BODY)}
<p>{esc(END_CREDIT)}</p>
 </div>
 <div class="share-box">分享到：<a>微信</a><a>微博</a></div>
 <div class="app-tip">下载闪电新闻客户端，看更多山东新闻</div>
 <div class="related"><h3>相关新闻</h3><ul><li><a>潍坊新能源商用车产业链招商推介会举行</a><span>11-25 09:40</span></li></ul></div>
</div>
<div class="footer">山东广播电视台 齐鲁网 版权所有</div>
</body>
</html>
"""
add("portal_iqilu", html,
    url="https://weifang.iqilu.com/wfyaowen/2026/1128/5702291.shtml",
    kind="portal",
    modelled_on="齐鲁网 (iqilu.com, 山东广播电视台) city-channel article page (h1, info row with seconds-precise time / '来源：闪电新闻' / 编辑 separated by ideographic spaces, video player with time display above the text, '齐鲁网·闪电新闻M月D日讯' dateline, closing '闪电新闻记者 X 潍坊台 Y 报道' line, share box, app tip, related list with year-less dates; publishdate / source meta)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Time printed with seconds (11:25:03; meta agrees). Source 闪电新闻 (来源). Editor 王琳. The closing line '闪电新闻记者 刘晓 潍坊台 孙浩 报道' credits two reporters (潍坊台 is the partner station's name) -> author '刘晓 孙浩'; the line is a credit line, not body. The dateline '齐鲁网·闪电新闻11月28日讯' stays in the first paragraph. Video-player text, share box and app tip are noise.",
    classes=["seconds_printed", "meta_time_agrees", "dateline_in_first_paragraph", "end_credit_line",
             "station_name_in_credit", "two_authors_space", "editor_in_info_row", "video_player_text",
             "share_bar", "app_prompt", "related_dates"],
    title="潍坊汽车零部件产业营收超1100亿元",
    published_date="2026-11-28", published_at="2026-11-28T11:25:03+08:00",
    author="刘晓 孙浩", editor="王琳", source="闪电新闻",
    paragraphs=BODY,
    body_noise=[END_CREDIT, "00:00 / 01:42", "下载闪电新闻客户端，看更多山东新闻", "潍坊新能源商用车产业链招商推介会举行"],
)

# ---------------------------------------------------------------------------------------------
# 10. 河北新闻网 (hebnews.cn): meta minute disagrees, three authors in credit paragraph, hidden share block
# ---------------------------------------------------------------------------------------------
CREDIT = "河北日报记者 米晓 通讯员 赵亮 王冬"
BODY = [
    "11月26日，在保定市清苑区一家汽车线束企业的生产车间，200多名工人正在赶制一批高压线束订单。企业负责人说，目前订单已经排到明年3月。",
    "近年来，保定依托整车企业，推动线束、内饰、车灯、座椅等配套企业集聚发展。目前全市汽车零部件规模以上企业达到286家，本地配套率由五年前的32%提高到47%。",
    "为解决零部件企业融资难题，当地还联合金融机构推出“订单贷”“应收账款融资”等产品，今年以来已为63家企业发放贷款8.7亿元。",
]
html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>保定汽车零部件本地配套率提高到47%_河北新闻网</title>
<meta name="publishdate" content="2026-11-27 07:52:16">
<meta name="author" content="米晓">
</head>
<body>
<div class="hd"><a class="logo">河北新闻网</a><div class="nav"><a>首页</a><a>河北</a><a>经济</a><a>县域</a><a>图片</a></div></div>
<div class="g_width">
 <div class="post_position">河北新闻网 &gt; 经济 &gt; 正文</div>
 <h1>保定汽车零部件本地配套率提高到47%</h1>
 <div class="post_source">2026年11月27日 07:58　来源：河北日报</div>
 <div id="share_hidden" style="display:none"><span>2026-11-20 09:30</span><span>来源：长城网</span><span>保定汽配产业链招商</span></div>
 <div class="text">
<p>{esc(CREDIT)}</p>
{ps(BODY)}
 </div>
 <div class="edit">责任编辑：张子微</div>
 <div class="share">分享到：<a>微信</a><a>微博</a></div>
 <div class="other"><h3>相关阅读</h3><ul><li><a>沧州汽车模具产业加快转型</a> 2026-11-25</li></ul></div>
</div>
<div class="footer">河北新闻网 版权所有 冀ICP备00000000号</div>
</body>
</html>
"""
add("portal_hebnews", html,
    url="http://hebei.hebnews.cn/2026-11/27/content_9184402.htm",
    kind="portal",
    modelled_on="河北新闻网 (hebnews.cn, 河北日报报业集团) content page (post_position, h1, post_source line with a Chinese-format date-time and 来源, hidden display:none share block with another date and source, '河北日报记者 X 通讯员 Y Z' credit paragraph opening the text, 责任编辑 line, share bar, related list; publishdate meta six minutes earlier than the printed minute; URL /YYYY-MM/DD/)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed '2026年11月27日 07:58'; the publishdate meta says 07:52:16 (another minute), so the printed minute stands with :00. The hidden share block carries a different date (2026-11-20) and source (长城网): traps. Credit paragraph '河北日报记者 米晓 通讯员 赵亮 王冬' -> authors '米晓 赵亮 王冬' (the meta author lists only the first). Source 河北日报, editor 张子微.",
    classes=["meta_disagrees_by_minutes", "chinese_date_format", "hidden_display_none", "hidden_date_trap",
             "hidden_source_trap", "credit_line_opening_body", "three_authors_space", "correspondent_role",
             "editor_line", "share_bar", "related_dates", "url_date"],
    title="保定汽车零部件本地配套率提高到47%",
    published_date="2026-11-27", published_at="2026-11-27T07:58:00+08:00",
    author="米晓 赵亮 王冬", editor="张子微", source="河北日报",
    paragraphs=BODY,
    body_noise=[CREDIT, "保定汽配产业链招商", "责任编辑：张子微", "沧州汽车模具产业加快转型"],
)

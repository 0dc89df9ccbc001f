"""Chinese pages, part A (portals, trade media, finance sites)."""
from _common import FETCH_CN, add, epoch, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------------------------------------
# 1. 车东西 (chedongxi, 智东西 family) article page
T = "车东西：国产线控制动供应商集体冲刺前装量产"
P1 = ["车东西11月27日消息，据不完全统计，今年以来已有6家国产线控制动供应商宣布获得整车企业定点，其中3家进入量产交付阶段，单月出货量合计超过4万套。",
      "线控制动被视为高阶智能驾驶的关键执行部件。与传统真空助力制动相比，线控方案响应更快，并能与能量回收系统深度协同。",
      "从车东西梳理的情况来看，这一轮国产供应商的突破主要集中在三个方向："]
L1 = ["One-Box一体化方案，集成度高、成本更低，主要面向15万元以下车型；",
      "冗余制动单元，为L3级别自动驾驶提供备份；",
      "电子机械制动（EMB）预研，多家企业已完成冬季标定测试。"]
P2 = ["一位供应商高管告诉车东西，整车企业对国产方案的顾虑正在减少，但对功能安全认证和长期耐久数据的要求依然严格，定点周期普遍在18个月以上。",
      "业内人士认为，随着明年更多车型切换至线控底盘架构，国产供应商的市场份额有望从目前的不足两成提升至三成左右。"]
add("portal_chedongxi", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(T)} - 车东西</title>
<meta property="og:title" content="{esc(T)}">
<meta property="article:published_time" content="2026-11-27T19:50:13+08:00">
<meta name="author" content="车东西">
<link rel="stylesheet" href="https://www.chedongxi.com/wp-content/themes/zhidx/style.css">
</head>
<body class="single single-post">
<header class="site-header"><a class="logo" href="https://www.chedongxi.com/">车东西</a>
<nav><a href="/category/news">快讯</a><a href="/category/deep">深度</a><a href="/category/supply">供应链</a><a href="/category/event">活动</a></nav></header>
<main class="container">
<article class="post">
 <div class="post-cat"><a href="/category/supply">供应链</a></div>
 <h1 class="post-title">{esc(T)}</h1>
 <div class="post-meta"><span class="time">2026-11-27 19:52</span><span class="views">阅读 3127</span></div>
 <div class="post-lead">
  <p>作者 | 李晨 周航</p>
  <p>编辑 | 宋岩</p>
 </div>
 <div class="post-content">
{ps(P1)}
<ul>
{lis(L1)}
</ul>
{ps(P2)}
<p class="declare">本文为车东西原创，未经授权禁止转载。</p>
 </div>
 <div class="follow-box"><img src="/qr/chedongxi.png" alt=""><p>关注车东西公众号，回复“线控”获取行业报告</p></div>
 <div class="share">分享到：<a>微信</a><a>微博</a><a>复制链接</a></div>
</article>
<aside class="related"><h3>相关文章</h3><ul>
<li><a href="/2026/11/20/21344.html">一家EMB初创企业完成B轮融资</a><span>2026-11-20</span></li>
<li><a href="/2026/11/18/21290.html">线控转向何时上车？五家供应商给出时间表</a><span>2026-11-18</span></li>
</ul></aside>
</main>
<footer>智东西旗下车东西 © 2026 京ICP备00000000号</footer>
</body>
</html>
""",
    url="https://www.chedongxi.com/2026/11/27/21412.html",
    kind="portal",
    modelled_on="车东西 (chedongxi.com, 智东西 family, WordPress single post: category label, h1, post-meta time + 阅读 count, '作者 | A B' / '编辑 | C' lead lines above the text, '车东西M月D日消息' opener, bulleted list, 原创 declaration, follow-our-account box with QR code, share bar, related list with dates; article:published_time two minutes earlier than the printed time)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed 2026-11-27 19:52; the article:published_time meta says 19:50:13 (a different minute, the save time), so the printed minute wins and seconds are :00. Two authors from '作者 | 李晨 周航'; editor 宋岩 from '编辑 | '. No 来源 line and no media name in the credit lines: source null (meta author '车东西' is the site). The '车东西11月27日消息' opener is part of the first sentence and stays; the intro sentence and the list items are body.",
    classes=["meta_disagrees_by_minutes", "pipe_credit_lines", "two_authors_space", "dateline_in_first_paragraph", "list_in_body", "original_declaration", "follow_prompt", "qr_code", "read_count", "share_bar", "related_dates", "no_source"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T19:52:00+08:00",
    author="李晨 周航", editor="宋岩", source=None,
    paragraphs=P1 + L1 + P2,
    body_noise=["作者 | 李晨 周航", "编辑 | 宋岩", "本文为车东西原创，未经授权禁止转载。",
                "关注车东西公众号，回复“线控”获取行业报告", "分享到：", "一家EMB初创企业完成B轮融资", "阅读 3127"])

# ---------------------------------------------------------------------------------------------
# 2. 钛媒体 (tmtpost) article page
T = "二线电池厂商的海外建厂账本"
P = ["过去两年，国内动力电池行业的二线厂商几乎都在谈出海。但真正把工厂建起来、并开始向当地整车企业稳定供货的，只有少数几家。",
     "钛媒体APP梳理了四家二线电池企业的公告发现，其海外项目的单GWh投资额普遍在2.8亿元至3.5亿元之间，比国内同类产线高出约四成，主要差异来自设备进口关税、厂房建设标准和人员成本。",
     "“最难的不是建厂，而是爬坡。”一位在匈牙利项目工作过的工程师告诉钛媒体APP，当地工人需要较长时间培训，良率从70%提升至90%以上通常要花费一年左右。",
     "此外，欧洲电池法规对碳足迹声明和回收材料比例提出了明确要求，这意味着供应链上的正极、负极材料也要同步本地化或提供可追溯数据。",
     "多位分析师认为，明年将是检验二线厂商出海成色的关键一年：能否拿到第二家本地客户，决定了海外工厂能否摆脱单一客户依赖、实现盈亏平衡。"]
add("portal_tmtpost", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(T)}-钛媒体官方网站</title>
<meta name="description" content="二线电池厂商出海，建厂容易爬坡难。">
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T, "datePublished": "2026-11-28T08:35:42+08:00", "dateModified": "2026-11-28T11:02:10+08:00", "author": {"@type": "Person", "name": "韩雨"}, "publisher": {"@type": "Organization", "name": "钛媒体"}})}
</head>
<body>
<div id="app">
<div class="header"><a class="logo" href="https://www.tmtpost.com/">钛媒体</a><a href="/new">最新</a><a href="/column/auto">汽车</a><a class="login">登录</a></div>
<div class="post-wrap">
 <article class="post">
  <h1 class="post-title">{esc(T)}</h1>
  <div class="post-info">
   <a class="author" href="/user/3385201">韩雨</a>
   <span class="dot">·</span>
   <span class="time">11月28日 08:35</span>
   <span class="tag">原创</span>
  </div>
  <div class="post-summary"><b>摘要：</b>建厂容易爬坡难，明年将是检验二线电池厂商出海成色的关键一年。</div>
  <div class="inner">
{ps(P[:3])}
<div class="ad-inline"><a href="/event/2026summit">广告 | 2026 T-EDGE全球创新大会报名通道开启</a></div>
{ps(P[3:])}
<p>（本文首发于钛媒体APP，作者｜韩雨，编辑｜杜可）</p>
  </div>
  <div class="post-tags"><a>动力电池</a><a>出海</a></div>
  <div class="reward">支持作者，<a>打赏</a></div>
  <div class="follow">更多宏观研究干货，请关注钛媒体汽车频道</div>
 </article>
 <div class="comments"><h3>评论（2）</h3>
  <div class="c-item"><span class="name">用户_5821</span><p>欧洲法规这块讲得清楚</p><span class="t">11月28日 10:12</span></div>
  <div class="c-item"><span class="name">锂电老兵</span><p>爬坡确实是最难的</p><span class="t">11月29日 07:40</span></div>
 </div>
 <aside class="hot"><h3>热门文章</h3><ul><li><a href="/7803311.html">固态电池中试线的真实进度</a><span>2天前</span></li></ul></aside>
</div>
<div class="footer">©2010-2026 钛媒体 京ICP备00000000号</div>
</div>
</body>
</html>
""",
    url="https://www.tmtpost.com/7803452.html",
    kind="portal",
    modelled_on="钛媒体 (tmtpost.com) article page (author link + year-less 'M月D日 HH:MM' time + 原创 tag, 摘要 box, 'T-EDGE' ad link inside the text, closing '（本文首发于钛媒体APP，作者｜X，编辑｜Y）' credit line, tags, 打赏 box, follow prompt, comments and hot list with relative times; NewsArticle JSON-LD with seconds and a later dateModified)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible time is year-less '11月28日 08:35'; the JSON-LD datePublished 2026-11-28T08:35:42+08:00 agrees with the printed minute and supplies year and seconds (dateModified 11:02 is an update and never wins). Author 韩雨 (author link, repeated in the closing credit); editor 杜可 from the closing '编辑｜'. No 来源: source null. The 摘要 box is a standfirst (neutral). The closing credit line and the in-text ad are noise.",
    classes=["no_year_date", "jsonld_seconds_agree", "update_in_jsonld", "closing_credit_parentheses", "editor_in_closing_credit", "summary_box_neutral", "ad_inside_body", "tags_line", "reward_box", "follow_prompt", "comment_dates", "relative_sidebar_times", "no_source"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T08:35:42+08:00",
    author="韩雨", editor="杜可", source=None,
    paragraphs=P,
    body_noise=["广告 | 2026 T-EDGE全球创新大会报名通道开启", "（本文首发于钛媒体APP，作者｜韩雨，编辑｜杜可）",
                "更多宏观研究干货，请关注钛媒体汽车频道", "支持作者，", "欧洲法规这块讲得清楚", "固态电池中试线的真实进度"])

# ---------------------------------------------------------------------------------------------
# 3. 同花顺财经 (10jqka) stock news page, reprint with 原标题
T = "汽配股三季报透视：热管理与轻量化企业盈利改善明显"
P = ["随着上市公司三季报披露完毕，汽车零部件板块的业绩分化进一步显现。记者梳理发现，热管理和轻量化两个细分领域的企业盈利改善最为明显。",
     "以板块内23家热管理相关企业为样本，前三季度合计实现归母净利润41.6亿元，同比增长27.3%；轻量化领域17家企业合计净利润同比增长19.8%。相比之下，传统内饰件企业净利润同比下降5.1%。",
     "细分领域前三季度业绩对比如下：",
     "一家热管理企业的董秘在接受采访时表示，公司新能源客户订单占比已超过六成，热泵总成和集成式冷却模块的出货量同比翻番。",
     "分析人士提醒，原材料价格波动和整车企业年降压力仍是零部件企业利润的主要不确定因素，投资者应关注企业客户结构和海外业务进展。"]
ROWS = [["细分领域", "样本企业数", "净利润（亿元）", "同比"],
        ["热管理", "23", "41.6", "+27.3%"],
        ["轻量化", "17", "28.9", "+19.8%"],
        ["内饰件", "14", "12.2", "-5.1%"]]
add("portal_10jqka", f"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(T)}_同花顺财经</title>
<meta name="keywords" content="汽配,三季报,热管理">
<meta name="publishdate" content="2026-11-29 14:06:21">
<meta name="source" content="钱塘商报">
</head>
<body>
<div class="top-nav"><a href="http://www.10jqka.com.cn/">同花顺首页</a> <a>财经</a> <a>股票</a> <a>汽车</a> <a class="app">下载同花顺APP</a></div>
<div class="main-fl">
 <h2 class="main-title">{esc(T)}</h2>
 <div class="info-fl">
  <span id="pubtime_baidu">2026-11-29 14:06:21</span>
  <span id="source_baidu">来源：<a href="#">钱塘商报</a></span>
  <span id="author_baidu">作者：记者 陈琳 通讯员 吴俊</span>
 </div>
 <div class="ai-summary" style="display:none">同花顺AI摘要：汽配板块三季报显示热管理与轻量化企业盈利改善。</div>
 <div class="main-text atc-content">
<p>原标题：三季报里的汽配“冷热”：谁在赚钱？</p>
{ps(P[:3])}
{table(ROWS)}
{ps(P[3:])}
<p class="editor">（责任编辑：86）</p>
 </div>
 <div class="disclaimer">郑重声明：同花顺系信息发布平台，同花顺提供的信息仅供参考，不构成任何投资建议，投资者据此操作风险自担。</div>
 <div class="related"><h3>相关阅读</h3><ul><li><a>汽车零部件板块午后走强 多股涨停</a><span>11-28 13:42</span></li></ul></div>
 <div class="app-qr">扫码下载同花顺APP，随时查看个股资讯</div>
</div>
<div class="footer">浙江核新同花顺网络信息股份有限公司版权所有</div>
</body>
</html>
""",
    url="https://stock.10jqka.com.cn/20261129/c672018833.shtml",
    kind="portal",
    modelled_on="同花顺财经 (10jqka.com.cn) stock-news page (main-title h2, info row with pubtime_baidu to the second / source_baidu with a linked reprint source / author_baidu with roles, hidden AI-summary div, '原标题：' line opening the text, data table, '（责任编辑：NN）' staff number, 郑重声明 box, related list, app prompt)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Time printed to the second: 2026-11-29 14:06:21 (meta publishdate agrees). Source 钱塘商报 (invented city business paper; linked 来源 value). Author field '记者 陈琳 通讯员 吴俊': roles dropped, both credited writers -> '陈琳 吴俊'. Editor is a staff number '86' -> null. The 原标题 line, the hidden AI summary, the editor line and the 郑重声明 are noise; the table (header row included) and the sentence introducing it are body.",
    classes=["seconds_printed", "baidu_id_spans", "linked_source", "reprint_source", "roles_in_author_field", "correspondent_role", "original_title_line", "hidden_display_none", "table_in_body", "editor_code_only", "investment_disclaimer", "app_prompt", "related_dates", "no_editor"],
    title=T, published_date="2026-11-29", published_at="2026-11-29T14:06:21+08:00",
    author="陈琳 吴俊", editor=None, source="钱塘商报",
    paragraphs=P[:3] + rows_tsv(ROWS) + P[3:],
    body_noise=["原标题：三季报里的汽配“冷热”：谁在赚钱？", "同花顺AI摘要：汽配板块三季报显示热管理与轻量化企业盈利改善。",
                "（责任编辑：86）", "郑重声明：同花顺系信息发布平台，同花顺提供的信息仅供参考，不构成任何投资建议，投资者据此操作风险自担。",
                "汽车零部件板块午后走强 多股涨停", "扫码下载同花顺APP，随时查看个股资讯"])

# ---------------------------------------------------------------------------------------------
# 4. 格隆汇 (gelonghui) article, relative time + Nuxt data
T = "港股汽配链：出口订单排到明年二季度"
PUB = "2026-11-30T05:58:31+08:00"
P = ["11月以来，港股多家汽车零部件出口企业披露的订单信息显示，海外售后市场和新能源配套订单均保持增长，部分企业的排产已经延续至明年二季度。",
     "以主营铝合金轮毂的一家企业为例，其最新投资者交流纪要提到，北美售后渠道订单同比增长约22%，东南亚新建工厂的产能利用率已超过80%。",
     "格隆汇整理了四家代表性企业的近况：",
     "需要注意的是，海运价格和汇率波动对出口型企业利润影响明显。多家企业表示已通过远期结汇和调整定价条款来降低风险。",
     "整体来看，在海外产能布局较早、客户结构分散的企业，明年业绩的确定性相对更高。"]
ROWS = [["企业", "主营产品", "订单可见度", "海外工厂"],
        ["A公司", "铝合金轮毂", "至2027年二季度", "泰国"],
        ["B公司", "制动盘", "至2027年一季度", "墨西哥"],
        ["C公司", "汽车线束", "至2027年一季度", "匈牙利"],
        ["D公司", "减震器", "至2026年底", "无"]]
add("portal_gelonghui", f"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(T)} - 格隆汇</title>
<meta name="description" content="港股汽配出口企业订单保持增长。">
</head>
<body>
<div id="__nuxt">
<header class="glh-header"><a class="logo" href="https://www.gelonghui.com/">格隆汇</a><a>快讯</a><a>港股</a><a>美股</a><a>A股</a><a class="download">APP下载</a></header>
<div class="article-page">
 <div class="article-main">
  <h1 class="title">{esc(T)}</h1>
  <div class="article-info">
   <a class="author-name" href="/user/208811">周茜</a>
   <span class="time">3小时前</span>
   <span class="read">阅读 1.2万</span>
  </div>
  <article class="article-content">
{ps(P[:3])}
{table(ROWS)}
{ps(P[3:])}
  </article>
  <div class="stock-widget"><h4>相关股票</h4><span>A公司 +2.31%</span><span>B公司 -0.85%</span></div>
  <div class="disclaimer">免责声明：格隆汇声明：文中观点均来自原作者，不代表格隆汇观点。特别提醒，投资决策需建立在独立思考之上，本文内容仅供参考，不作为实际操作建议，交易风险自担。</div>
  <div class="comments"><h3>评论</h3><p class="empty">暂无评论，快来抢沙发吧</p></div>
 </div>
 <aside class="hot"><h3>24小时热文</h3><ul>
  <li><a>汽车经销商年末冲量，价格战再起？</a><span>1小时前</span></li>
  <li><a>一文看懂智能驾驶芯片格局</a><span>5小时前</span></li>
 </ul></aside>
</div>
</div>
<script>window.__NUXT__={{data:[{{article:{{id:1866421,title:"{T}",authorName:"周茜",createTimestamp:{epoch(PUB)},updateTimestamp:{epoch("2026-11-30T07:12:00+08:00")}}}}}]}};</script>
</body>
</html>
""",
    url="https://www.gelonghui.com/p/1866421",
    kind="portal",
    modelled_on="格隆汇 (gelonghui.com) article page (Nuxt render: title, author link + relative '3小时前' time + 阅读 count in 万, article-content with a data table, 相关股票 widget, long 免责声明 box, empty comment box, 24小时热文 list with relative times; window.__NUXT__ with epoch-second createTimestamp and a later updateTimestamp)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible time is relative: '3小时前' at fetch 2026-11-30 09:00 (+08:00) means about 06:00; window.__NUXT__ createTimestamp 1795989511 = 2026-11-30T05:58:31+08:00 (3 h 1.5 min before the fetch), which agrees and gives the exact time. updateTimestamp is later and never wins. Author 周茜 (author link). No 来源: source null. No editor.",
    classes=["relative_hours", "epoch_seconds_page_data", "update_time_in_page_data", "author_link_in_info_row", "read_count_wan", "table_in_body", "stock_widget", "investment_disclaimer", "empty_comment_box", "relative_sidebar_times", "no_source", "no_editor"],
    title=T, published_date="2026-11-30", published_at=PUB,
    author="周茜", editor=None, source=None,
    paragraphs=P[:3] + rows_tsv(ROWS) + P[3:],
    body_noise=["相关股票", "免责声明：格隆汇声明：文中观点均来自原作者，不代表格隆汇观点。", "暂无评论，快来抢沙发吧",
                "汽车经销商年末冲量，价格战再起？", "阅读 1.2万"])

# ---------------------------------------------------------------------------------------------
# 5. 中国工业新闻网 (cinn.cn, 中国工业报)
T = "商用车零部件企业加快智能工厂改造"
P = ["近日，记者走访山东、湖北两地多家商用车零部件企业发现，以数字化车间和智能仓储为重点的工厂改造正在加快推进。",
     "在一家重卡车桥生产企业，新改造的机加工车间实现了设备联网和质量数据实时采集，关键工序的一次合格率从96.2%提升到99.1%，车间操作人员减少了三分之一。",
     "企业负责人介绍，改造总投入约1.6亿元，预计三年内可以收回成本。“过去质量问题要等到装配环节才发现，现在在加工环节就能预警。”",
     "业内专家表示，商用车零部件企业普遍规模较大、工艺链条长，智能化改造的空间和收益都比较明显，但也要防止“重硬件、轻数据”的倾向，应把数据治理和人才培养放在同等重要的位置。"]
add("portal_cinn", f"""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(T)}--中国工业新闻网</title>
<meta name="ArticleTitle" content="{esc(T)}">
<meta name="PubDate" content="2026-11-26 09:13">
<meta name="ContentSource" content="中国工业报">
</head>
<body>
<div class="head"><a class="logo" href="http://www.cinn.cn/">中国工业新闻网</a><div class="nav"><a>首页</a><a>工信</a><a>装备</a><a>汽车</a><a>材料</a></div></div>
<div class="position">当前位置：<a>首页</a> &gt; <a>汽车</a></div>
<div class="detail">
 <h1>{esc(T)}</h1>
 <div class="detail-info">时间：2026-11-26 09:13 | 来源：中国工业报 | 作者：记者 孙浩 实习记者 罗丹</div>
 <div class="detail-con">
{ps(P[:2])}
<p style="text-align:center"><img src="/uploads/2026/11/26/cheqiao.jpg" alt=""></p>
<p style="text-align:center">改造后的车桥机加工车间。受访企业供图</p>
{ps(P[2:])}
 </div>
 <div class="detail-editor">责任编辑：马琳　审核：赵峰</div>
 <div class="copyright">中国工业报社版权所有，未经书面授权禁止使用</div>
 <div class="prev-next"><p>上一篇：<a>工业母机产业链协同创新大会在沪召开</a></p><p>下一篇：<a>新材料首批次应用保险补偿名单公示</a></p></div>
</div>
<div class="foot">主办：中国工业报社 京ICP备00000000号</div>
</body>
</html>
""",
    url="http://www.cinn.cn/qc/202611/t20261126_312408.html",
    kind="portal",
    modelled_on="中国工业新闻网 (cinn.cn, 中国工业报) article page on a TRS template (detail-info line '时间 | 来源 | 作者：记者 X 实习记者 Y' with pipes, centred image with a caption ending in a photo credit, '责任编辑 + 审核' line, copyright line, 上一篇 / 下一篇; PubDate / ContentSource meta)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Date and minute printed in the pipe-separated info line (2026-11-26 09:13, meta agrees, no seconds). Author field '记者 孙浩 实习记者 罗丹' -> '孙浩 罗丹' (trainee reporter is a credited writer). Source 中国工业报. Editor 马琳 (责任编辑); 审核 赵峰 is a reviewer, not the editor. The caption with '受访企业供图' and the copyright / prev-next lines are noise.",
    classes=["pipe_separated_info_line", "roles_in_author_field", "trainee_role", "image_caption", "caption_photo_credit", "editor_and_reviewer", "copyright_notice", "prev_next_titles", "trs_meta"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T09:13:00+08:00",
    author="孙浩 罗丹", editor="马琳", source="中国工业报",
    paragraphs=P,
    body_noise=["改造后的车桥机加工车间。受访企业供图", "审核：赵峰", "中国工业报社版权所有，未经书面授权禁止使用",
                "工业母机产业链协同创新大会在沪召开"])

# ---------------------------------------------------------------------------------------------
# 6. 中国质量新闻网 (cqn.com.cn) recall news
T = "三家企业召回部分乘用车 涉及制动软管和座椅安全带"
P = ["中国质量新闻网讯（记者 郑伟）日前，三家汽车生产企业向市场监管部门备案了召回计划，合计召回车辆12436辆，涉及制动软管、座椅安全带预紧器和电子驻车软件等问题。",
     "本次召回的具体情况如下：",
     "据了解，部分车辆的制动软管在长期高温环境下可能出现外层老化开裂，极端情况下会导致制动液渗漏，影响制动性能，存在安全隐患。",
     "相关企业将通过授权服务网点为召回范围内的车辆免费更换零部件或升级软件，以消除安全隐患。用户可拨打各企业客服热线或登录缺陷产品召回信息平台查询。"]
ROWS = [["生产企业", "召回数量（辆）", "涉及部件", "召回开始日期"],
        ["甲汽车有限公司", "8120", "制动软管", "2026年12月5日"],
        ["乙汽车股份有限公司", "3054", "座椅安全带预紧器", "2026年12月10日"],
        ["丙新能源汽车有限公司", "1262", "电子驻车控制软件", "2026年12月1日"]]
add("portal_cqn", f"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(T)}-中国质量新闻网</title>
<meta name="publishdate" content="2026-11-25 17:26:08">
</head>
<body>
<div class="header"><a class="logo" href="https://www.cqn.com.cn/">中国质量新闻网</a><ul class="nav"><li>首页</li><li>质量</li><li>召回</li><li>认证</li><li>标准</li></ul></div>
<div class="content">
 <div class="crumbs">您现在的位置：首页 &gt; 召回 &gt; 汽车召回</div>
 <h1 class="title">{esc(T)}</h1>
 <div class="info"><span>2026-11-25 17:26:08</span>　<span>来源：中国质量新闻网</span>　<span>编辑：何苗</span>　<span class="size">【字号 <a>大</a> <a>中</a> <a>小</a>】</span></div>
 <div class="share-tpl" style="display:none">分享到微信朋友圈 2026-11-24 09:00</div>
 <div class="article">
{ps(P[:2])}
{table(ROWS)}
{ps(P[2:])}
 </div>
 <div class="tools">【<a>打印</a>】【<a>关闭</a>】</div>
 <div class="related"><h3>相关新闻</h3><ul><li><a>一汽车企业召回部分电动汽车 涉及动力电池</a> 2026-11-18</li></ul></div>
</div>
<div class="footer">中国质量新闻网版权所有</div>
</body>
</html>
""",
    url="https://www.cqn.com.cn/zj/content/2026-11/25/content_9012345.htm",
    kind="portal",
    modelled_on="中国质量新闻网 (cqn.com.cn) recall-news page (info row with seconds-precise time / 来源 / 编辑 / 【字号】 separated by ideographic spaces, hidden share template with another date, '中国质量新闻网讯（记者 X）' dateline, recall table in the body, 【打印】【关闭】, related list with dates; URL with year-month / day)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Time printed to the second 2026-11-25 17:26:08 (meta agrees). The hidden (display:none) share template carries another date (2026-11-24 09:00) and is not the publication date. Author 郑伟 from the dateline parentheses; the dateline stays in the first paragraph. Editor 何苗 (编辑 in the info row). Source 中国质量新闻网.",
    classes=["seconds_printed", "hidden_display_none", "hidden_date_trap", "dateline_in_first_paragraph", "author_in_dateline_parentheses", "editor_in_info_row", "table_in_body", "font_size_control", "print_close_links", "related_dates"],
    title=T, published_date="2026-11-25", published_at="2026-11-25T17:26:08+08:00",
    author="郑伟", editor="何苗", source="中国质量新闻网",
    paragraphs=P[:2] + rows_tsv(ROWS) + P[2:],
    body_noise=["分享到微信朋友圈 2026-11-24 09:00", "一汽车企业召回部分电动汽车 涉及动力电池", "中国质量新闻网版权所有"])

# ---------------------------------------------------------------------------------------------
# 7. 中国产业经济信息网 (cinic.org.cn) reprint
T = "汽车零部件产业集群加快向“专精特新”升级"
P = ["今年以来，多地汽车零部件产业集群加快转型升级步伐，一批“专精特新”企业在细分领域形成了较强竞争力。",
     "以长三角某汽车零部件产业园为例，园区内已集聚规模以上零部件企业126家，其中国家级专精特新“小巨人”企业11家，前三季度园区产值同比增长14.6%。",
     "园区负责人介绍，下一步将重点做好三方面工作：一是搭建共性技术平台，为中小企业提供检测认证和试验验证服务；二是推动整零协同，组织整车企业与园区企业开展新品对接；三是完善产业基金，引导社会资本投向关键零部件项目。",
     "专家认为，零部件产业集群的竞争已经从规模竞争转向创新能力和配套效率的竞争，地方在招商的同时更要注重培育本地企业的研发能力。"]
add("portal_cinic", f"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(T)}_中国产业经济信息网</title>
</head>
<body>
<div class="top"><a class="logo" href="http://www.cinic.org.cn/">中国产业经济信息网</a><span class="date-today">2026年11月30日 星期一</span></div>
<div class="nav"><a>首页</a><a>产经要闻</a><a>汽车</a><a>装备</a><a>地方</a></div>
<div class="main">
 <h1 class="bt">{esc(T)}</h1>
 <div class="ly">来源：经济日报　作者：记者 王哲　发布时间：2026-11-27 08:02</div>
 <div class="dc-content">
<p>原标题：零部件集群竞逐“专精特新”</p>
{ps(P)}
 </div>
 <div class="zrbj">责任编辑：许宁</div>
 <div class="mzsm">免责声明：凡本网注明“来源：XXX（非中国产业经济信息网）”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。</div>
 <div class="xgxw"><h3>相关新闻</h3><ul><li><a>专精特新企业数量持续增长</a>（2026-11-20）</li></ul></div>
</div>
<div class="foot">中国产业经济信息网 版权所有</div>
</body>
</html>
""",
    url="http://www.cinic.org.cn/hy/qc/1234567.html",
    kind="portal",
    modelled_on="中国产业经济信息网 (cinic.org.cn) reprint article page (top bar with today's date and weekday, source line '来源：X　作者：记者 Y　发布时间：…' in ideographic spaces, '原标题：' line opening the text, 一是/二是/三是 list sentence, 责任编辑 line, long 免责声明 about reprints, related list with dates in parentheses)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="发布时间 2026-11-27 08:02 printed after 来源 and 作者 in the same line; the top bar shows the fetch day (2026年11月30日 星期一), not the publication date. Source 经济日报 (reprint). Author 王哲 ('记者' dropped). Editor 许宁. The 原标题 line (the paper's original headline) and the 免责声明 are noise; title is the site's h1.",
    classes=["today_date_in_header", "date_after_credits", "ideographic_space_separators", "reprint_source", "roles_in_author_field", "original_title_line", "list_in_sentence", "editor_line", "reprint_disclaimer", "related_dates"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T08:02:00+08:00",
    author="王哲", editor="许宁", source="经济日报",
    paragraphs=P,
    body_noise=["原标题：零部件集群竞逐“专精特新”", "免责声明：凡本网注明“来源：XXX（非中国产业经济信息网）”的作品，均转载自其它媒体",
                "2026年11月30日 星期一", "专精特新企业数量持续增长"])

# ---------------------------------------------------------------------------------------------
# 8. 经济参考报 (jjckb.cn), paginated page 1
T = "整车企业压价传导 零部件企业探索“第二曲线”"
P = ["年末是整车企业与供应商谈判来年价格的密集期。记者近日调研了解到，今年多家整车企业提出的年降幅度在5%至10%之间，部分新能源车企对新定点项目的报价要求更为严格。",
     "“降价的压力一层层往下传，一级供应商压二级，二级压三级。”华东地区一家注塑件企业负责人说，公司今年的毛利率已经从18%下降到13%左右。",
     "面对持续的价格压力，一些零部件企业开始寻找“第二曲线”。有的企业把汽车领域积累的精密制造能力延伸到储能、机器人等领域；有的企业加快出海，争取利润率更高的海外订单。",
     "一家电机企业的财务负责人告诉记者，公司今年海外业务收入占比提升到31%，海外业务毛利率比国内高出约6个百分点，在一定程度上对冲了国内价格下行的影响。"]
add("portal_jjckb", f"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(T)} - 经济参考网</title>
<meta name="publishdate" content="2026-11-27 07:40:00">
<meta name="source" content="经济参考报">
</head>
<body>
<div class="topbar"><a href="http://www.jjckb.cn/">经济参考网</a> | <a>新华网</a></div>
<div class="wrap">
 <div class="position">首页 &gt; 产业</div>
 <h1 id="title">{esc(T)}</h1>
 <div class="source-info"><span class="time">2026-11-27 07:40:00</span> <span class="src">来源：经济参考报</span></div>
 <div id="content">
<p>■本报记者 刘涛 郭佳</p>
{ps(P)}
 </div>
 <div class="page-nav"><span class="cur">1</span> <a href="c_1321987654_2.htm">2</a> <a href="c_1321987654_3.htm">3</a> <a href="c_1321987654_2.htm">下一页</a></div>
 <div class="editor">【纠错】 【责任编辑：徐岩】</div>
 <div class="recommend"><h3>推荐阅读</h3><ul><li><a>新能源商用车推广应用提速</a></li><li><a>汽车芯片国产化率有望继续提升</a></li></ul></div>
</div>
<div class="footer">经济参考报社版权所有</div>
</body>
</html>
""",
    url="http://www.jjckb.cn/2026-11/27/c_1321987654.htm",
    kind="portal",
    modelled_on="经济参考网 (jjckb.cn, 经济参考报, Xinhua-family template) article page (time to the second + 来源 line, '■本报记者 X Y' credit paragraph opening the content, three-page article with page links and 下一页 — page 1 stored, 【纠错】【责任编辑：】 line, 推荐阅读 list; URL /YYYY-MM/DD/)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Page 1 of a three-page article; the truth body is the text on this page. Time printed with seconds 2026-11-27 07:40:00 (meta agrees). Authors 刘涛 郭佳 from the '■本报记者' credit paragraph (a credit, not body). Source 经济参考报. Editor 徐岩 from 【责任编辑：】. Page links, 下一页, 【纠错】 and the recommend list are noise.",
    classes=["pagination_links", "page_one_only", "seconds_printed", "credit_line_opening_body", "two_authors_space", "bracket_editor", "error_report_link", "url_date", "recommend_list"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T07:40:00+08:00",
    author="刘涛 郭佳", editor="徐岩", source="经济参考报",
    paragraphs=P,
    body_noise=["■本报记者 刘涛 郭佳", "下一页", "【纠错】", "新能源商用车推广应用提速"])

# ---------------------------------------------------------------------------------------------
# 9. 极目新闻 (ctdsb, 楚天都市报) year-less date, three credited writers
T = "武汉一汽配城夜间“抢修经济”火了"
P = ["晚上9点，武汉汉阳一家汽配城里依然灯火通明。十多家快修门店门口排着等待更换轮胎和电瓶的车辆，店员们一边接电话一边从仓库调货。",
     "“白天上班没时间，晚上来修车的越来越多。”一家快修店老板王师傅说，今年下半年门店把营业时间延长到晚上11点，夜间营业额占到全天的三成。",
     "汽配城运营方介绍，目前已有42家商户开展夜间经营，市场统一协调了照明、安保和停车，还上线了线上预约和配件比价小程序。",
     "业内人士表示，夜间维修需求集中在轮胎、电瓶、灯泡等快速更换项目，商户应注意规范收费和配件来源，避免出现以次充好等问题。"]
add("portal_ctdsb", f"""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{esc(T)}_极目新闻</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div class="download-bar">打开极目新闻APP，阅读体验更佳 <a>打开</a></div>
<div class="news-detail">
 <h1 class="news-title">{esc(T)}</h1>
 <div class="news-meta"><span class="src">来源：楚天都市报</span><span class="time">11-28 18:40</span></div>
 <div class="news-body">
<p>极目新闻记者 卢冰</p>
<p>通讯员 严松 胡蕾</p>
{ps(P[:2])}
<p><img src="https://img.ctdsb.net/2026/11/28/qipei.jpg" alt=""></p>
<p class="pic-desc">夜间汽配城里的快修门店（受访者供图）</p>
{ps(P[2:])}
<p class="credit">编辑 | 邓文</p>
<p class="credit">校对 | 李静</p>
 </div>
 <div class="like">点赞 126</div>
 <div class="comment"><h3>评论 3</h3>
  <div class="c"><b>江城老司机</b><p>晚上修车确实方便</p><span>11-29 08:15</span></div>
  <div class="c"><b>汉阳小李</b><p>希望价格透明</p><span>11-29 12:40</span></div>
 </div>
 <div class="more"><h3>相关推荐</h3><ul><li><a>武汉新能源汽车保有量突破百万辆</a><span>11-27</span></li></ul></div>
</div>
</body>
</html>
""",
    url="https://www.ctdsb.net/c1716_202611/2026/11/28/2089451.html",
    kind="portal",
    modelled_on="极目新闻 (ctdsb.net, 楚天都市报) mobile news page (open-app bar, meta row '来源：…' + year-less 'MM-DD HH:MM' time, '极目新闻记者 X' and '通讯员 Y Z' credit paragraphs opening the text, photo with '（受访者供图）' caption, '编辑 | ' and '校对 | ' closing lines, 点赞 count, comments and related list with year-less dates; URL with /2026/11/28/)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="The visible time '11-28 18:40' has no year; the URL path /2026/11/28/ gives it (and the fetch date 2026-11-30 agrees). No seconds anywhere. Three credited writers: reporter 卢冰 and correspondents 严松 胡蕾 -> '卢冰 严松 胡蕾' (page order). Editor 邓文 ('编辑 | '); 校对 李静 is a proofreader, not the editor. Source 楚天都市报 (来源 value). Comment dates (11-29) are later and are traps.",
    classes=["no_year_date", "url_date", "three_authors_space", "correspondent_role", "credit_line_opening_body", "pipe_editor_line", "proofreader_not_editor", "image_caption", "caption_photo_credit", "app_prompt", "like_count", "comment_dates", "related_dates"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T18:40:00+08:00",
    author="卢冰 严松 胡蕾", editor="邓文", source="楚天都市报",
    paragraphs=P,
    body_noise=["极目新闻记者 卢冰", "通讯员 严松 胡蕾", "夜间汽配城里的快修门店（受访者供图）", "编辑 | 邓文", "校对 | 李静",
                "打开极目新闻APP，阅读体验更佳", "晚上修车确实方便", "武汉新能源汽车保有量突破百万辆"])

# ---------------------------------------------------------------------------------------------
# 10. 扬子晚报网 (yangtse.com) 讯 dateline with 通讯员 first
T = "常州一电驱动企业年产能提升至120万台"
P = ["扬子晚报网11月27日讯（通讯员 周敏 记者 秦川）27日上午，位于常州武进的一家新能源汽车电驱动企业二期工厂正式投产，企业电驱动总成年产能由此提升至120万台。",
     "据介绍，新工厂总投资约18亿元，建设了定子、转子、减速器和总成装配四条智能化产线，关键工序自动化率超过90%。产线采用模块化设计，可以在同一条线上柔性生产三种功率等级的产品。",
     "企业相关负责人表示，目前公司产品已配套国内外14家整车企业，明年还将在欧洲设立售后技术服务中心。",
     "近年来，常州围绕新能源汽车产业链持续招引配套项目，已形成从电池、电机到电控的较完整产业体系。"]
add("portal_yangtse", f"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(T)}_扬子晚报网</title>
<meta name="publishdate" content="2026-11-27 15:22:04">
</head>
<body>
<div class="header"><a class="logo" href="https://www.yangtse.com/">扬子晚报网</a><span>紫牛新闻</span><a>新闻</a><a>财经</a><a>汽车</a></div>
<div class="box">
 <div class="text-title">{esc(T)}</div>
 <div class="text-time">2026-11-27 15:22:04　来源：扬子晚报网　<span class="read">阅读量：3.5万</span></div>
 <div class="text-content" id="text">
{ps(P)}
<p>校对 陶善</p>
 </div>
 <div class="text-editor">编辑：孙璐</div>
 <div class="zn-app">下载紫牛新闻APP，看更多江苏新闻</div>
 <div class="recommend"><h3>为你推荐</h3><ul><li><a>南京一车灯企业获欧洲车企定点</a><span>2026-11-25 10:02</span></li></ul></div>
</div>
<div class="footer">扬子晚报网版权所有</div>
</body>
</html>
""",
    url="https://www.yangtse.com/zncontent/4012345.html",
    kind="portal",
    modelled_on="扬子晚报网 (yangtse.com, 紫牛新闻) content page (text-title div instead of an h1, text-time row with seconds-precise time / 来源 / 阅读量 in 万, '扬子晚报网M月D日讯（通讯员 X 记者 Y）' dateline, '校对' line inside the text, 编辑 line below, 紫牛新闻 app prompt, recommend list with date-times)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Time printed to the second 2026-11-27 15:22:04 (meta agrees). The dateline names the correspondent before the reporter: authors '周敏 秦川' in page order; the dateline stays in the first paragraph. Editor 孙璐; '校对 陶善' is a proofreader line inside the text (noise). Source 扬子晚报网. The headline is a div, not an h1.",
    classes=["headline_in_div", "seconds_printed", "dateline_in_first_paragraph", "author_in_dateline_parentheses", "correspondent_first", "proofreader_not_editor", "editor_line", "read_count_wan", "app_prompt", "related_dates"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T15:22:04+08:00",
    author="周敏 秦川", editor="孙璐", source="扬子晚报网",
    paragraphs=P,
    body_noise=["校对 陶善", "编辑：孙璐", "下载紫牛新闻APP，看更多江苏新闻", "南京一车灯企业获欧洲车企定点", "阅读量：3.5万"])

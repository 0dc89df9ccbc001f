"""Chinese portal pages, part A (central media sites, a Shanghai paper's site and app, trade press,
provincial news sites)."""
import json

from _common import FETCH_CN, add, doc, epoch, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------- portal_cri
T = "中国零部件企业加快在匈牙利布局 电驱与热管理项目集中落地"
P = [
    "国际在线报道（记者 林浩然）：记者从多家汽车零部件企业了解到，今年以来，已有至少6家中国电驱动和热管理系统供应商在匈牙利新建或扩建工厂，项目总投资超过90亿元人民币，主要服务当地及周边国家的新能源整车项目。",
    "在匈牙利东部城市德布勒森，一家来自浙江的电驱总成企业的新工厂已完成设备调试。企业海外事业部负责人介绍，工厂一期规划年产电驱总成25万套，明年二季度开始向欧洲客户小批量供货，本地员工占比将超过八成。",
    "业内人士分析，欧洲整车企业对本地化供应的要求不断提高，加上中欧班列和多式联运带来的物流便利，中东欧正成为中国零部件企业出海的重要落脚点。与此同时，企业也面临用工成本上升、认证周期较长等挑战。",
    "匈牙利投资促进机构相关负责人表示，欢迎更多中国汽车零部件企业前来投资，当地将在审批、职业培训和基础设施配套等方面提供支持。",
]
NOISE = [
    "点击进入专题：2026广州国际汽车展览会",
    "分享到：",
    "责任编辑：周雨桐",
    "相关新闻",
    "中欧班列今年开行量再创新高 汽车零部件货值占比提升",
    "国际在线版权所有",
]
html = doc(T + "_国际在线", '<meta name="keywords" content="零部件,匈牙利,电驱,热管理">\n'
           '<meta property="article:published_time" content="2026-11-25T10:41:00+08:00">\n'
           '<meta name="description" content="今年以来，已有至少6家中国电驱动和热管理系统供应商在匈牙利新建或扩建工厂。">', f"""
<div class="header"><a class="logo">国际在线</a> <ul class="nav"><li><a>首页</a></li><li><a>国际</a></li><li><a>国内</a></li><li><a>财经</a></li><li><a>汽车</a></li><li><a>科技</a></li><li><a>多语种</a></li></ul></div>
<div class="topic-banner"><a href="/special/gzautoshow2026/">{esc(NOISE[0])}</a></div>
<div class="crumbs">当前位置：<a>首页</a> &gt; <a>汽车</a> &gt; <a>行业</a></div>
<div class="article">
<h1 id="atitle">{esc(T)}</h1>
<div class="info"><span id="apublishtime">2026-11-25 10:48:36</span>　<span id="asource">来源：国际在线</span>　<span id="aeditor">编辑：周雨桐</span></div>
<div id="abody" class="abody">
{ps(P)}
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="editor">{esc(NOISE[2])}</div>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a>{esc(NOISE[4])}</a> <span>2026-11-20</span></li><li><a>欧洲新能源汽车销量连续五个月增长</a> <span>2026-11-18</span></li></ul></div>
<div class="footer">国际在线版权所有 京ICP证020003号</div>
""")
add("portal_cri", html,
    url="https://news.cri.cn/20261125/4f8a2c1e-7b3d-9e05-6a1c-2d8e5f7b9a34.html", kind="portal",
    modelled_on="国际在线 (news.cri.cn, 中国国际广播电台 news portal) article page (channel nav, a promo banner link to a special topic ABOVE the article, 当前位置 crumbs, atitle h1, info row with apublishtime to the second / asource / aeditor spans, abody text opening with '国际在线报道（记者 X）：', share, 责任编辑 line, 相关新闻 with dates; article:published_time meta seven minutes EARLIER than the printed time)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Meta and print disagree by minutes on the same day: the info row prints '2026-11-25 10:48:36', article:published_time says 2026-11-25T10:41:00+08:00. The printed time wins (to its printed second). Byline inside the first sentence: '国际在线报道（记者 林浩然）：' stays in paragraph 1 and gives the author 林浩然. Source 国际在线 (来源 label); editor 周雨桐 (编辑 in the info row, 责任编辑 at the foot agrees). The special-topic banner above the headline is a promo line (noise).",
    classes=["meta_minutes_differ", "printed_time_wins", "seconds_printed", "byline_inside_first_paragraph", "promo_line_above_article", "editor_line", "share_bar", "related_dates"],
    title=T, published_date="2026-11-25", published_at="2026-11-25T10:48:36+08:00",
    author="林浩然", editor="周雨桐", source="国际在线", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_wenhui
T = "临港一座“黑灯工厂”里的线控底盘：一条产线每90秒下线一套"
P = [
    "清晨六点，临港新片区一家线控底盘工厂的车间里灯光并未全部打开，机械臂却已经开始了一天的工作。工厂负责人告诉记者，这条全自动装配线每90秒下线一套线控制动总成，关键工序的自动化率达到96%。",
    "这家企业成立于2018年，最初只有一个二十多人的研发团队。随着国内新能源车企对线控制动需求上升，企业去年获得两家头部车企的定点，今年出货量预计突破40万套。",
    "“线控底盘对一致性的要求极高，一个传感器的标定误差都可能影响整车的制动感受。”企业质量总监说，产线上每一套产品都会留下完整的数据档案，可以追溯到每一颗螺栓的拧紧力矩。",
    "临港新片区相关部门介绍，目前片区已集聚汽车零部件企业300余家，形成从电驱、电池到智能底盘的较完整链条，明年将继续引进车规级芯片和传感器项目。",
]
NOISE = [
    "工厂装配线上，机械臂正在装配线控制动总成。顾晨曦 摄",
    "作者：文汇报记者 沈思远 摄影：顾晨曦",
    "编辑：陈佳音",
    "责任编辑：许方舟",
    "*文汇独家稿件，转载请注明出处。",
    "相关阅读",
    "上海汽车零部件产业前三季度产值增长6.8%",
]
html = doc(T + " - 文汇", '<meta name="keywords" content="临港,线控底盘,黑灯工厂">', f"""
<div class="wh-header"><a class="logo">文汇</a> <nav><a>首页</a> <a>要闻</a> <a>上海</a> <a>经济</a> <a>科技</a> <a>文艺</a> <a>笔会</a></nav> <a class="app">下载文汇APP</a></div>
<div class="wh-article">
<div class="article-channel"><a>经济</a></div>
<h1 class="article-title">{esc(T)}</h1>
<div class="article-info"><span class="time">2026-11-26 07:15:20</span>　<span class="source">来源：文汇报</span></div>
<div class="article-content">
<p class="img"><img src="https://wenhui.whb.cn/u/cms/www/202611/26071520abcd.jpg"></p>
<p class="img-desc">{esc(NOISE[0])}</p>
{ps(P)}
</div>
<div class="article-author">
<p>{esc(NOISE[1])}</p>
<p>{esc(NOISE[2])}</p>
<p>{esc(NOISE[3])}</p>
</div>
<p class="statement">{esc(NOISE[4])}</p>
</div>
<div class="related"><h3>相关阅读</h3><ul><li><a>{esc(NOISE[6])}</a></li><li><a>嘉定氢能港再添燃料电池零部件项目</a></li></ul></div>
<div class="footer">文汇报社 版权所有 沪ICP备05012345号</div>
""")
add("portal_wenhui", html,
    url="https://wenhui.whb.cn/third/baidu/202611/26/612345.html", kind="portal",
    modelled_on="文汇 (wenhui.whb.cn, 文汇报 news site / app) article page (header with app link, channel label, article-title h1, article-info row with the time to the second and 来源, lead photo with an 'X 摄' caption, article-author block AFTER the text with '作者：文汇报记者 X 摄影：Y', '编辑：' and '责任编辑：' lines, '*文汇独家稿件，转载请注明出处。' statement, 相关阅读)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Credits after the text: '作者：文汇报记者 沈思远 摄影：顾晨曦' — the writer is the author (media name and role dropped), the photographer (摄影, also '顾晨曦 摄' in the caption) is not. Two editor lines: '编辑：陈佳音' and '责任编辑：许方舟'; editor = the 责任编辑 (the editor responsible; see Assumptions). The exclusive-copy statement and caption are noise. Time printed to the second, no page data.",
    classes=["photographer_in_author_line", "photographer_not_author", "credits_after_body", "editor_and_responsible_editor", "copyright_notice_after_body", "caption_photo_credit", "seconds_printed", "related_list"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T07:15:20+08:00",
    author="沈思远", editor="许方舟", source="文汇报", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_kankanews
T = "一夜赶工三百套线束 嘉定这家零部件厂为新车型“保供”"
P = [
    "凌晨两点，嘉定工业区一家汽车线束企业的车间依然灯火通明。为保障一款新车型的首批交付，企业临时调整排班，一夜之间赶制出300套高压线束总成。",
    "企业生产负责人介绍，新车型上市后订单超出预期，整车厂将下月的排产计划提前了一周。企业随即启动应急预案，从另外两个厂区抽调熟练工人，并协调上游端子和护套供应商提前送货。",
    "“高压线束的检测不能省，每一套都要做耐压和导通测试。”质检员一边核对数据一边说。记者看到，每套线束下线前都要经过三道检测，数据实时上传到整车厂的质量平台。",
    "嘉定区相关部门表示，将继续做好重点零部件企业的用工、物流和能源保障，帮助企业稳定交付。",
]
NOISE = [
    "打开看看新闻APP，看更多精彩视频",
    "看看新闻Knews综合",
    "5小时前",
    "收藏",
    "分享",
    "记者：严佳 郑凯",
    "编辑：何蕾",
    "热门推荐",
    "上海今冬首批重点零部件企业用能保障清单公布",
    "下载看看新闻APP",
]
state = {"detail": {"id": "2yQ8mKx3Lp", "title": T, "publishTime": "2026-11-30 03:46:22",
                    "source": "看看新闻Knews综合", "author": "严佳 郑凯", "editor": "何蕾", "type": "article"}}
html = doc(T + "_看看新闻", "", f"""
<div class="open-app-bar"><span>{esc(NOISE[0])}</span> <a class="btn">打开</a></div>
<div class="detail-wrap">
<h1 class="detail-title">{esc(T)}</h1>
<div class="detail-meta"><span class="src">看看新闻Knews综合</span> <span class="t">5小时前</span> <a class="fav">收藏</a> <a class="share">分享</a></div>
<div class="detail-content">
{ps(P)}
<p class="credit">记者：严佳 郑凯</p>
<p class="credit">编辑：何蕾</p>
</div>
</div>
<div class="recommend"><h3>热门推荐</h3><ul><li><a>{esc(NOISE[8])}</a> <span>1小时前</span></li><li><a>浦东新区发布智能网联汽车测试新路段</a> <span>3小时前</span></li></ul></div>
<div class="foot-app"><a>{esc(NOISE[9])}</a></div>
<script>window.__INITIAL_STATE__ = {json.dumps(state, ensure_ascii=False)};</script>
""")
add("portal_kankanews", html,
    url="https://www.kankanews.com/detail/2yQ8mKx3Lp", kind="portal",
    modelled_on="看看新闻 Knews (kankanews.com, 上海广播电视台 news app) share page (open-app bar above the article, detail-title h1, meta row with the source name without a label, a relative 'N小时前' time and 收藏 / 分享 buttons, '记者：' and '编辑：' credit lines closing the text, 热门推荐 with relative times; window.__INITIAL_STATE__ with publishTime to the second)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Relative time: the page prints '5小时前'; fetched 2026-11-30 09:00 +08:00. The page's own state (window.__INITIAL_STATE__.detail.publishTime) says 2026-11-30 03:46:22 (5 h 13 min before the fetch, so consistent with '5小时前'): that exact time is the truth. Source = the media name beside the time without a label ('看看新闻Knews综合'); 收藏 / 分享 buttons sit right after it (noise). Authors from '记者：严佳 郑凯' (two names), editor from '编辑：何蕾'; both credit lines are noise.",
    classes=["relative_hours", "script_page_data", "media_name_no_label", "buttons_beside_source", "two_authors", "credits_after_body", "editor_line", "app_prompt", "related_relative_dates"],
    title=T, published_date="2026-11-30", published_at="2026-11-30T03:46:22+08:00",
    author="严佳 郑凯", editor="何蕾", source="看看新闻Knews综合", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_timeweekly
T = "三季报透视：热管理龙头净利分化，海外产能成新变量"
P = [
    "随着三季报披露完毕，汽车热管理赛道的分化进一步显现。时代周报记者梳理发现，在已披露业绩的9家热管理上市公司中，5家前三季度归母净利润同比增长，4家出现下滑，其中两家降幅超过30%。",
    "业绩较好的企业普遍有两个特点：一是较早切入新能源车型的热泵总成和集成式热管理模块，单车价值量明显提升；二是海外产能已经投产，能够承接欧洲和北美客户的本地化订单。",
    "相比之下，以传统空调压缩机和散热器为主的企业面临较大压力。一家公司在业绩说明会上表示，传统产品的年降幅度在5%左右，而原材料铝价同比上涨，毛利率被进一步压缩。",
    "有券商分析师认为，明年热管理行业的竞争焦点将从单一零部件转向系统集成能力，同时，墨西哥、匈牙利等地的海外工厂能否顺利爬坡，将成为影响企业业绩的新变量。",
]
NOISE = [
    "责任编辑：李毅然",
    "校对：韩冰",
    "版权声明：本文为时代周报原创稿件，版权归时代周报所有，未经授权不得转载、摘编或以其他方式使用。",
    "关注时代周报微信公众号，获取更多财经资讯",
    "推荐阅读",
    "汽车零部件板块三季度机构持仓变化一览",
]
html = doc(T + "-时代周报", '<meta name="author" content="时代周报">\n'
           '<meta property="article:published_time" content="2026-11-26T20:12:44+08:00">\n'
           '<meta name="keywords" content="热管理,三季报,汽车零部件">', f"""
<div class="tw-header"><a class="logo">时代周报</a> <nav><a>首页</a> <a>时代财经</a> <a>金融</a> <a>汽车</a> <a>地产</a> <a>深度</a></nav></div>
<div class="post">
<div class="post-cat"><a>汽车</a></div>
<h1 class="post-title">{esc(T)}</h1>
<div class="post-meta"><span class="author">作者：冯晓岚</span>　<span class="source">来源：时代周报</span>　<span class="date">2026-11-26 20:12</span></div>
<div class="post-content">
{ps(P)}
</div>
<div class="post-editor"><span>{esc(NOISE[0])}</span>　<span>{esc(NOISE[1])}</span></div>
<div class="copyright">{esc(NOISE[2])}</div>
<div class="follow"><img src="/static/qr.png"><p>{esc(NOISE[3])}</p></div>
</div>
<div class="recommend"><h3>推荐阅读</h3><ul><li><a>{esc(NOISE[5])}</a></li><li><a>线控底盘量产元年：谁在领跑</a></li></ul></div>
<div class="footer">时代周报 版权所有</div>
""")
add("portal_timeweekly", html,
    url="https://www.time-weekly.com/post/312345", kind="portal",
    modelled_on="时代周报 / 时代财经 (time-weekly.com) post page (header, category label, post-title h1, post-meta row '作者：X　来源：时代周报　date time', text, '责任编辑：X　校对：Y' row, 版权声明 box, WeChat follow box, 推荐阅读; meta name=author holding the site name; article:published_time with seconds)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Site-name meta author: <meta name=author content=时代周报> is the publication, not the writer; the author is the visible '作者：冯晓岚'. The editor row holds '责任编辑：李毅然' and '校对：韩冰' (proof-reader): editor = 李毅然, the proof-reader is neither editor nor author. article:published_time agrees with the printed minute and gives the seconds (:44). Copyright notice and follow box after the text are noise.",
    classes=["site_name_meta_author", "proofreader_role", "editor_line", "copyright_notice_after_body", "follow_prompt", "meta_seconds_agree", "related_list"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T20:12:44+08:00",
    author="冯晓岚", editor="李毅然", source="时代周报", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_cnii
T = "工业和信息化领域车规级芯片标准体系建设提速"
P = [
    "记者从有关方面获悉，车规级芯片标准体系建设正在加快推进。目前，功能安全、可靠性试验和信息安全等方向的多项团体标准已完成征求意见，部分标准有望在明年上半年发布。",
    "业内专家表示，车规级芯片的验证周期长、认证门槛高，是国产芯片“上车”的主要障碍之一。统一的测试方法和评价规范，有助于减少整车企业和零部件企业的重复验证，缩短国产芯片的导入周期。",
    "据介绍，标准制定过程中，多家整车企业、一级供应商、芯片设计企业和第三方检测机构共同参与，围绕微控制器、功率半导体、传感器芯片等重点产品形成了分类评价框架。",
    "下一步，相关方面将推动建设车规级芯片公共检测服务平台，并在部分产业集聚区开展应用验证试点。",
]
NOISE = [
    "更新时间：2026-11-25 16:02",
    "字号：",
    "打印",
    "关闭",
    "责任编辑：孙颖",
    "相关新闻",
    "智能网联汽车准入试点新增两家企业",
]
html = doc(T + "_中国工信新闻网", '<meta name="PubDate" content="2026-11-24 09:30">\n<meta name="ContentSource" content="人民邮电报">\n<meta name="Author" content="周立群">', f"""
<div class="head"><a class="logo">中国工信新闻网</a> <a>首页</a> <a>工信要闻</a> <a>人民邮电报</a> <a>工业</a> <a>通信</a> <a>汽车</a></div>
<div class="position">您的位置：<a>首页</a> &gt; <a>工业</a> &gt; <a>汽车</a></div>
<div class="article">
<h1>{esc(T)}</h1>
<div class="info">更新时间：2026-11-25 16:02　发布时间：2026-11-24 09:30　来源：人民邮电报　作者：周立群　<span class="fontsize">字号：<a>大</a> <a>中</a> <a>小</a></span>　<a class="print">打印</a>　<a class="close">关闭</a></div>
<div class="TRS_Editor">
{ps(P)}
</div>
<div class="editor">{esc(NOISE[4])}</div>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a>{esc(NOISE[6])}</a> <span>2026-11-20</span></li></ul></div>
<div class="foot">中国工信新闻网 版权所有</div>
""")
add("portal_cnii", html,
    url="https://www.cnii.com.cn/gxxww/rmydb/202611/t20261124_612345.html", kind="portal",
    modelled_on="中国工信新闻网 (cnii.com.cn, 人民邮电报 site) article page on a TRS template (head nav, 您的位置 path, h1, info row printing 更新时间 BEFORE 发布时间, then 来源 / 作者 immediately followed by 字号：大 中 小 / 打印 / 关闭 controls, TRS_Editor text, 责任编辑 line; PubDate / ContentSource / Author meta)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Update and publish labels in one row, the update first: '更新时间：2026-11-25 16:02　发布时间：2026-11-24 09:30'. The publish label wins (2026-11-24 09:30; PubDate meta and the URL's t20261124 agree). Source 人民邮电报 and author 周立群 are followed directly by the font-size, print and close controls (noise). Editor from the 责任编辑 line.",
    classes=["update_before_publish", "publish_label_wins", "font_size_control", "print_close_links", "controls_beside_author", "meta_agrees", "url_date", "editor_line", "related_dates"],
    title=T, published_date="2026-11-24", published_at="2026-11-24T09:30:00+08:00",
    author="周立群", editor="孙颖", source="人民邮电报", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_workercn
T = "“老师傅”带出一支新能源汽修队伍"
P = [
    "在合肥一家汽车维修企业的新能源车间里，52岁的高级技师陈德明正带着几名年轻技工拆解一块动力电池包。“绝缘手套先检查，万用表先校零，高压部件不断电不动手。”他一边示范一边叮嘱。",
    "三年前，企业接修的新能源汽车还不到一成，如今这一比例已接近四成。为了补上技能短板，企业工会牵头成立了以陈德明名字命名的劳模创新工作室，每周开设两次新能源维修课程。",
    "工作室成立以来，已培养持证高压电工32名，总结形成电池包检修、电驱故障诊断等作业指导书11份，其中3项小改小革在全市职工技术创新成果评选中获奖。",
    "“新能源汽车越来越多，修车的人也得跟上。”陈德明说，他希望把自己的经验整理成课程，让更多一线职工掌握新能源维修技能。",
]
NOISE = [
    "本报记者 吴迪 本报通讯员 刘晓春 邓洁",
    "【纠错】",
    "【打印】",
    "【关闭】",
    "责任编辑：赵敏",
    "相关阅读",
    "全国汽修行业职业技能竞赛决赛落幕",
]
html = doc(T + "_中工网", '<meta name="keywords" content="劳模创新工作室,新能源汽车,维修">', f"""
<div class="top"><a class="logo">中工网</a> <a>首页</a> <a>工人日报</a> <a>时政</a> <a>职工</a> <a>劳模</a> <a>工会</a> <a>经济</a></div>
<div class="crumb">当前位置：<a>首页</a> &gt; <a>职工</a></div>
<div class="xq_box">
<h1 class="xq_title">{esc(T)}</h1>
<div class="xq_top"><span class="source">来源：工人日报</span>　<span class="time">2026-11-27 06:43</span></div>
<div class="xq_content">
<p class="credit">{esc(NOISE[0])}</p>
{ps(P)}
</div>
<div class="xq_tools"><a>{esc(NOISE[1])}</a> <a>{esc(NOISE[2])}</a> <a>{esc(NOISE[3])}</a></div>
<div class="xq_editor">{esc(NOISE[4])}</div>
</div>
<div class="related"><h3>相关阅读</h3><ul><li><a>{esc(NOISE[6])}</a></li><li><a>工会助力汽车产业工人技能提升</a></li></ul></div>
<div class="foot">中工网 版权所有</div>
""")
add("portal_workercn", html,
    url="https://www.workercn.cn/c/2026-11-27/8123456.shtml", kind="portal",
    modelled_on="中工网 (workercn.cn, 工人日报 site) article page (top nav, crumb, xq_title h1, xq_top row with 来源 and a date-time, newspaper credit paragraph '本报记者 X 本报通讯员 Y Z' opening the text container, 【纠错】【打印】【关闭】 links, 责任编辑 line, 相关阅读; URL with the date)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Reporter / correspondent list in a credit paragraph opening the text container: '本报记者 吴迪 本报通讯员 刘晓春 邓洁' → authors 吴迪 刘晓春 邓洁 (roles dropped, page order); the credit paragraph is noise. Correction / print / close links after the text are noise. No page data; the URL's 2026-11-27 agrees with the printed day.",
    classes=["reporter_correspondent_list", "three_authors", "credit_paragraph_opening_body", "print_close_links", "correction_link", "editor_line", "url_date", "related_list"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T06:43:00+08:00",
    author="吴迪 刘晓春 邓洁", editor="赵敏", source="工人日报", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_stdaily
T = "国内首条固态电池电解质膜中试线在苏州投运"
P = [
    "科技日报讯 （记者王晨阳 通讯员袁野）11月25日，记者从苏州工业园区获悉，国内首条硫化物固态电池电解质膜中试线在园区投运，设计年产能可满足约2000辆电动汽车的电池需求。",
    "电解质膜是固态电池的关键材料之一，其厚度、致密度和离子电导率直接影响电池的能量密度和安全性。项目负责人介绍，团队采用干法成膜工艺，将电解质膜厚度控制在30微米以内，并解决了大面积成膜均匀性难题。",
    "据介绍，中试线投运后，团队将与两家动力电池企业开展联合验证，重点测试电解质膜在不同温度和压力下的循环性能，为后续规模化量产积累工艺数据。",
    "业内专家认为，固态电池产业化仍面临材料成本高、界面稳定性不足等挑战，中试环节的工程化数据对于打通从实验室到量产的链条至关重要。",
]
NOISE = [
    "责任编辑：罗丽",
    "版权声明：凡本网注明“来源：科技日报”的所有作品，版权均属于科技日报社，未经本网授权不得转载、摘编或利用其它方式使用上述作品。",
    "分享到：",
    "相关新闻",
    "固态电池产业链专利申请量快速增长",
]
html = doc(T + " - 中国科技网", '<meta name="keywords" content="固态电池,电解质膜,中试线">', f"""
<div class="header"><a class="logo">中国科技网</a> <a>首页</a> <a>科技新闻</a> <a>科技日报</a> <a>创新</a> <a>汽车</a> <a>能源</a></div>
<div class="location">当前位置：<a>首页</a> &gt; <a>科技新闻</a></div>
<div class="content">
<h1>{esc(T)}</h1>
<div class="time"><span>2026-11-26 09:12</span>　<span>来源：科技日报</span></div>
<div class="TRS_Editor">
{ps(P)}
</div>
<div class="editor">{esc(NOISE[0])}</div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
<div class="statement">{esc(NOISE[1])}</div>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a>{esc(NOISE[4])}</a> <span>11-24</span></li></ul></div>
<div class="footer">科技日报社 主办</div>
""")
add("portal_stdaily", html,
    url="http://www.stdaily.com/index/kejixinwen/202611/8b2f4c6e1a3d4e5f9a7b2c1d3e4f5a6b.shtml", kind="portal",
    modelled_on="中国科技网 (stdaily.com, 科技日报 site) news page (header, 当前位置 path, h1, time row with the date-time and 来源 only — no author field —, TRS_Editor text whose first sentence opens with '科技日报讯 （记者X 通讯员Y）', 责任编辑 line, share, 版权声明, 相关新闻 with year-less dates)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Byline inside the first paragraph only: '科技日报讯 （记者王晨阳 通讯员袁野）11月25日，…' — the names follow the roles without a space; authors 王晨阳 袁野. The dateline and byline stay in paragraph 1 (part of the first sentence). '11月25日' in the text is the event day, not the page date (2026-11-26 09:12). 版权声明 after the text is noise.",
    classes=["byline_inside_first_paragraph", "reporter_correspondent_list", "names_glued_to_roles", "body_event_date", "copyright_notice_after_body", "editor_line", "share_bar", "related_dates"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T09:12:00+08:00",
    author="王晨阳 袁野", editor="罗丽", source="科技日报", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_cyol
T = "职业院校“订单班”对接汽车零部件企业 学生未毕业已被预订"
P = [
    "在重庆一所职业技术学院的实训车间里，二年级学生正在一条缩比的电驱装配线上练习。这个班的32名学生，毕业后将全部进入当地一家电驱动系统企业工作。",
    "学院负责人介绍，学校与区内8家汽车零部件企业合作开设“订单班”，课程由校企共同制定，企业工程师每周到校授课，学生第三学年到企业顶岗实习。",
    "“以前招来的毕业生要培训半年才能上岗，现在订单班学生一进厂就能操作设备。”合作企业人力资源负责人说，企业还为订单班学生设立了奖学金。",
    "据了解，今年该学院汽车类专业毕业生就业率达到97%，其中进入新能源汽车及零部件企业的比例超过六成。",
]
NOISE = [
    "今天是2026年11月30日 星期一",
    "星期四",
    "中青报·中青网记者 何思远 见习记者 孟瑶",
    "责任编辑：张立",
    "分享到：",
    "相关文章",
    "高职院校新增新能源汽车相关专业点",
]
html = doc(T + "_中青在线", '<meta name="keywords" content="职业教育,订单班,汽车零部件">', f"""
<div class="topbar"><span class="today">{esc(NOISE[0])}</span> <a>中国青年报</a> <a>中青在线</a> <a>登录</a></div>
<div class="header"><a class="logo">中青在线</a> <a>首页</a> <a>时政</a> <a>教育</a> <a>就业</a> <a>经济</a> <a>汽车</a></div>
<div class="article">
<h1 class="title">{esc(T)}</h1>
<div class="info"><span class="date">2026年11月26日</span> <span class="week">星期四</span> <span class="time">07:05</span>　<span class="source">来源：中国青年报</span></div>
<div class="article_text">
<p class="credit">{esc(NOISE[2])}</p>
{ps(P)}
</div>
<div class="editor">{esc(NOISE[3])}</div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
</div>
<div class="related"><h3>相关文章</h3><ul><li><a>{esc(NOISE[6])}</a></li></ul></div>
<div class="footer">中国青年报社 版权所有</div>
""")
add("portal_cyol", html,
    url="http://news.cyol.com/gb/articles/2026-11/26/content_Ab3dEf9GhK.html", kind="portal",
    modelled_on="中青在线 (cyol.com, 中国青年报 site) article page (top bar printing today's date and weekday, channel header, title h1, info row with the Chinese-format date, the weekday and the clock in three separate spans plus 来源, credit paragraph '中青报·中青网记者 X 见习记者 Y' opening the text, 责任编辑 line, share, 相关文章; URL with the date)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Date split over three elements: '2026年11月26日' / '星期四' / '07:05' (the weekday between date and clock agrees: 2026-11-26 is a Thursday). The top bar prints TODAY's date ('今天是2026年11月30日 星期一', the fetch day): not the page date, noise. Credit paragraph '中青报·中青网记者 何思远 见习记者 孟瑶' → authors 何思远 孟瑶 (trainee reporter credited as a writer); the paragraph is noise.",
    classes=["date_split_over_elements", "weekday_between_date_and_clock", "today_date_in_top_bar", "credit_paragraph_opening_body", "trainee_reporter", "two_authors", "editor_line", "url_date", "share_bar"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T07:05:00+08:00",
    author="何思远 孟瑶", editor="张立", source="中国青年报", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_jxnews
T = "赣州新能源汽车零部件产业集群产值突破800亿元"
P = [
    "本报赣州讯 记者邹明辉报道：11月26日，记者从赣州市工信部门获悉，今年前10个月，赣州新能源汽车零部件产业集群实现产值812亿元，同比增长18.4%，稀土永磁电机、动力电池材料和汽车电子成为三大增长点。",
    "依托稀土资源优势，赣州已集聚稀土永磁材料及电机企业40余家，产品配套国内多家新能源整车企业。今年以来，当地又引进电机控制器、车载充电机等项目15个。",
    "为提升本地配套能力，赣州建立了整车企业与零部件企业常态化对接机制，每季度组织一次供需对接会，累计促成采购合同金额超过60亿元。",
    "赣州市有关负责人表示，下一步将围绕电驱总成、智能座舱等方向补链强链，力争明年产业集群产值突破1000亿元。",
]
NOISE = [
    "文章来源：江西日报",
    "值班编辑：吴凡",
    "审核：刘建华",
    "【我要纠错】",
    "相关新闻",
    "江西前三季度汽车产量同比增长12%",
]
html = doc(T + "_大江网", '<meta name="keywords" content="赣州,新能源汽车,零部件,产业集群">', f"""
<div class="top"><a class="logo">大江网</a> <a>首页</a> <a>江西新闻</a> <a>赣州</a> <a>财经</a> <a>汽车</a></div>
<div class="path">当前位置：<a>首页</a> &gt; <a>江西新闻</a> &gt; <a>经济</a></div>
<div class="main">
<h1>{esc(T)}</h1>
<div class="info"><span class="time">2026-11-27 08:06:35</span>　<span class="source">文章来源：江西日报</span></div>
<div class="text" id="content">
{ps(P)}
</div>
<div class="editor"><span>{esc(NOISE[1])}</span>　<span>{esc(NOISE[2])}</span></div>
<div class="jc"><a>{esc(NOISE[3])}</a></div>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a>{esc(NOISE[5])}</a> <span>2026-11-22</span></li></ul></div>
<div class="foot">大江网（中国江西网） 版权所有</div>
""")
add("portal_jxnews", html,
    url="https://jx.jxnews.com.cn/system/2026/11/27/020456789.shtml", kind="portal",
    modelled_on="大江网 / 中国江西网 (jxnews.com.cn, 江西日报 group) content page (top nav, 当前位置 path, h1, info row with the time to the second and a '文章来源：' label, text whose first sentence opens with '本报赣州讯 记者X报道：', '值班编辑：X　审核：Y' row, 【我要纠错】, 相关新闻; URL with the date)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="'文章来源：江西日报' → source 江西日报. Byline inside the first sentence: '本报赣州讯 记者邹明辉报道：' stays in paragraph 1 and gives the author 邹明辉 (no other credit on the page). Editor row '值班编辑：吴凡　审核：刘建华': the duty editor is the editor, the reviewer (审核) is not. '11月26日' in the text is the event day; the page date is 2026-11-27 08:06:35 (URL agrees on the day).",
    classes=["article_source_label", "byline_inside_first_paragraph", "duty_editor", "reviewer_not_editor", "seconds_printed", "body_event_date", "correction_link", "url_date", "related_dates"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T08:06:35+08:00",
    author="邹明辉", editor="吴凡", source="江西日报", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_hinews
T = "海南自贸港进口汽车零部件“零关税”清单扩容 洋浦企业首票通关"
P = [
    "11月27日，一批价值约1200万元的进口新能源汽车电控零部件在洋浦港完成通关，这是海南自贸港“零关税”原辅料清单扩容后，区内企业享受政策的首票汽车零部件货物。",
    "进口企业是一家在洋浦设立的汽车零部件加工企业，主要为新能源汽车生产电机控制器。企业负责人算了一笔账，按照政策，这批货物可减免关税和进口环节税费约150万元。",
    "海口海关相关负责人介绍，清单扩容后，新增了电控模块、功率器件等汽车零部件类目，海关通过“提前申报、抵港直装”等方式，将通关时间压缩至4小时以内。",
    "据了解，洋浦经济开发区正在建设新能源汽车零部件加工产业园，目前已有7家零部件企业签约入园。",
]
NOISE = [
    "南海网 2026-11-28 11:20",
    "分享到：",
    "收藏",
    "编辑：王晴",
    "相关新闻",
    "海南新能源汽车保有量突破60万辆",
]
html = doc(T + "_南海网", '<meta name="keywords" content="自贸港,零关税,洋浦,汽车零部件">', f"""
<div class="header"><a class="logo">南海网</a> <a>首页</a> <a>海南新闻</a> <a>自贸港</a> <a>财经</a> <a>汽车</a></div>
<div class="m-info" style="display:none">{esc(NOISE[0])}</div>
<div class="article">
<h1 class="title">{esc(T)}</h1>
<div class="info"><span class="time">2026-11-28 11:20</span>　<span class="source">来源：南海网</span>　<span class="author">作者：记者 符晓华 通讯员 陈益州</span>　<span class="share">分享到：<a>微信</a> <a>微博</a></span>　<a class="fav">收藏</a></div>
<div class="content" id="content">
{ps(P)}
</div>
<div class="editor">（{esc(NOISE[3])}）</div>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a>{esc(NOISE[5])}</a> <span>2026-11-21</span></li></ul></div>
<div class="footer">南海网 版权所有 琼ICP备05000123号</div>
""")
add("portal_hinews", html,
    url="https://www.hinews.cn/news/system/2026/11/28/033123456.shtml", kind="portal",
    modelled_on="南海网 (hinews.cn, 海南日报 group news site) news page (header, a display:none mobile info line, title h1, info row 'time　来源　作者：记者 X 通讯员 Y' immediately followed by 分享到 and 收藏, content text, bracketed （编辑：X） line, 相关新闻; URL with the date)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Reporter and correspondent in the 作者 field: '作者：记者 符晓华 通讯员 陈益州' → authors 符晓华 陈益州; the share buttons and 收藏 follow directly (noise). A display:none mobile info line repeats the media name and the same date-time (noise; no different value). Editor from '（编辑：王晴）'. '11月27日' in the text is the event day.",
    classes=["reporter_correspondent_list", "two_authors", "share_and_favourite_beside_author", "hidden_display_none_block", "bracketed_editor_line", "body_event_date", "url_date", "related_dates"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T11:20:00+08:00",
    author="符晓华 陈益州", editor="王晴", source="南海网", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_gog
T = "贵阳经开区新能源汽车零部件项目集中开工 总投资46亿元"
P = [
    "11月26日，贵阳经济技术开发区新能源汽车零部件项目集中开工仪式举行，此次开工项目共9个，总投资46亿元，涵盖动力电池结构件、电驱动系统、汽车线束等领域。",
    "其中，投资规模最大的动力电池结构件项目总投资15亿元，达产后可年产电池壳体及结构件1200万件，产品将配套省内外多家动力电池企业。",
    "近年来，贵阳经开区依托省内磷化工和锰资源，着力打造新能源电池材料及零部件产业集群，目前已集聚相关企业60余家。",
    "经开区负责人表示，将实行项目专班服务，推动开工项目早建成、早投产、早见效。",
]
NOISE = [
    "【举报】",
    "编辑 龙婧",
    "二审 罗进",
    "三审 王明",
    "图片来源：贵阳经开区供图",
    "相关阅读",
    "贵州前三季度新能源汽车产量增长两成",
]
html = doc(T + "_多彩贵州网", '<meta name="keywords" content="贵阳经开区,新能源汽车,零部件">\n<meta name="author" content="多彩贵州网">', f"""
<div class="head"><a class="logo">多彩贵州网</a> <a>首页</a> <a>贵州新闻</a> <a>贵阳</a> <a>经济</a> <a>天眼新闻</a></div>
<div class="crumbs">您的位置：<a>首页</a> &gt; <a>贵州新闻</a></div>
<div class="article">
<h1>{esc(T)}</h1>
<div class="info"><span class="time">2026-11-27 10:35:18</span>　<span class="source">稿源：贵州日报天眼新闻</span>　<span class="author">作者：杨秀林 罗亮（摄影）</span>　<a class="report">【举报】</a></div>
<div class="content">
{ps(P)}
<p class="pic-source">{esc(NOISE[4])}</p>
</div>
<div class="editors"><span>{esc(NOISE[1])}</span>　<span>{esc(NOISE[2])}</span>　<span>{esc(NOISE[3])}</span></div>
</div>
<div class="related"><h3>相关阅读</h3><ul><li><a>{esc(NOISE[6])}</a> <span>2026-11-20</span></li></ul></div>
<div class="foot">多彩贵州网 版权所有</div>
""")
add("portal_gog", html,
    url="http://gy.gog.cn/system/2026/11/27/018765432.shtml", kind="portal",
    modelled_on="多彩贵州网 (gog.cn, 贵州 provincial news site) content page (head nav, 您的位置 crumbs, h1, info row 'time with seconds　稿源：X　作者：A B（摄影）　【举报】', text, image-source line inside the content, three-review credit row '编辑 X　二审 Y　三审 Z', 相关阅读; meta name=author holding the site name)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="'稿源：' label → source 贵州日报天眼新闻. The 作者 field holds the writer and a photographer marked '（摄影）': author 杨秀林 only. The 【举报】 link sits right after the author (noise). Three-review row '编辑 龙婧　二审 罗进　三审 王明' (labels without colons): editor 龙婧; the second and third reviewers are not editors. The image-source line inside the content is noise. The site-name meta author is not the author.",
    classes=["gaoyuan_source_label", "photographer_in_author_field", "photographer_not_author", "report_button_beside_author", "three_review_editor_row", "reviewer_not_editor", "image_source_notice", "site_name_meta_author", "seconds_printed", "url_date"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T10:35:18+08:00",
    author="杨秀林", editor="龙婧", source="贵州日报天眼新闻", paragraphs=P, body_noise=NOISE)

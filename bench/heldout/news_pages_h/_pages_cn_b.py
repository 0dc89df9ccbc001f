"""Chinese pages, part B (regional news apps, machinery, repair, gov, self-media)."""
from _common import FETCH_CN, add, doc, epoch, esc, jsonld, lis, ps, table

TAB = "\t"

# ---------------------------------------------------------------- 中国工程机械商贸网
T = "装载机电动化提速 前10月电动装载机销量翻番"
P = [
    "据行业协会统计，今年1至10月国内电动装载机销量超过1.9万台，同比增长约105%，在装载机总销量中的占比升至18%。",
    "电动装载机主要用于港口、钢厂和砂石骨料等短距离高频作业场景。用户反映，在电价较低的地区，单台设备每年可节省能源费用10万元以上。",
    "业内人士表示，电池成本下降和换电模式推广是销量增长的主要原因，但高寒地区的续航衰减问题仍有待解决。",
]
N = [
    "相关产品：",
    "询底价",
    "【字号 大 中 小】【打印】【关闭】",
    "责任编辑：陈柯",
]
html = doc(T + "_中国工程机械商贸网", '<meta name="publishdate" content="2026-11-28 09:20:41">', f"""
<div class="top"><a href="/">中国工程机械商贸网</a> <a href="/news/">资讯</a> <a href="/product/">产品</a> <a href="/used/">二手</a></div>
<div class="w1000"><div class="newsLeft">
<h1 class="nTitle">{esc(T)}</h1>
<div class="nInfo">发布日期：2026-11-28　来源：中国工程机械商贸网　作者：潘越</div>
<div class="nCon">
{ps(P[:2])}
<div class="pro-box"><p>相关产品：</p><ul><li>电动装载机 ZL-50E <a>询底价</a></li><li>电动装载机 ZL-30E <a>询底价</a></li></ul></div>
<p>{esc(P[2])}</p>
</div>
<div class="nTool">【字号 大 中 小】【打印】【关闭】</div>
<p class="nEditor">责任编辑：陈柯</p>
</div></div>
<div class="foot">中国工程机械商贸网 版权所有</div>
""")
add("portal_21sun", html,
    url="https://news.21-sun.com/detail/2026/11/2026112809204112.shtml", kind="portal",
    modelled_on="中国工程机械商贸网 (21-sun.com, construction-machinery B2B portal) news detail page (nTitle h1, nInfo row '发布日期：date-only　来源　作者', 相关产品 box with 询底价 links inside the content, 【字号】【打印】【关闭】 tools, 责任编辑 line; publishdate meta with the time; URL id built from the timestamp)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible date only (2026-11-28); the publishdate meta 09:20:41 supplies the time (the URL id repeats it). Author 潘越, editor 陈柯. The product box is noise.",
    classes=["date_only_visible", "time_only_in_meta", "url_timestamp", "product_box_inside_body", "print_close_links", "font_size_control", "editor_line"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T09:20:41+08:00",
    author="潘越", editor="陈柯", source="中国工程机械商贸网", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 上游新闻
T = "两江新区汽车电子产业园首批项目投产"
P = [
    "11月27日，位于两江新区的汽车电子产业园首批5个项目集中投产，涵盖域控制器、车载显示屏和线束等产品，预计年产值超过30亿元。",
    "产业园负责人介绍，园区采用“标准厂房+定制服务”模式，企业从签约到投产平均仅用了8个月。",
    "据了解，园区二期已启动建设，计划引进芯片封测和传感器项目，进一步完善本地配套链条。",
]
N = [
    "上游新闻记者 胡蝶 实习生 杨帆",
    "投产现场。上游新闻记者 胡蝶 摄",
    "编辑：唐果　责编：刘源　审核：高山",
    "打开上游新闻APP，阅读体验更佳",
    "3小时前",
]
html = doc(T + "-上游新闻", "", f"""
<div class="openapp">打开上游新闻APP，阅读体验更佳 <a>打开</a></div>
<div class="article">
<h1 class="title">{esc(T)}</h1>
<div class="info"><span class="src">来源：上游新闻</span> <span class="time">2026-11-27 19:48:13</span></div>
<div class="content">
<p class="credit">上游新闻记者 胡蝶 实习生 杨帆</p>
<p>{esc(P[0])}</p>
<p style="text-align:center"><img src="https://img.cqcb.example/2026/11/27/a1.jpg"></p>
<p style="text-align:center" class="caption">投产现场。上游新闻记者 胡蝶 摄</p>
{ps(P[1:])}
<p class="editors">编辑：唐果　责编：刘源　审核：高山</p>
</div>
</div>
<div class="recommend"><h3>相关推荐</h3><ul><li><a href="/e/wap/show.php?id=9001">重庆汽车产业链招商签约</a><span>3小时前</span></li></ul></div>
""")
add("portal_cqcb", html,
    url="https://www.cqcb.com/hot/2026-11-27/5620310.html", kind="portal",
    modelled_on="上游新闻 (cqcb.com, 重庆晨报) share page (open-app bar, h1, info row with 来源 and seconds-precise time, '上游新闻记者 X 实习生 Y' credit paragraph opening the text, centred photo with a '… 记者 X 摄' caption, closing '编辑　责编　审核' line, 相关推荐 with relative times)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed 2026-11-27 19:48:13. Authors 胡蝶 杨帆 from the opening credit paragraph (noise). The caption credits 胡蝶 as photographer too, but she is an author through the credit line. When 编辑 and 责编 both appear, 责编 (责任编辑) wins: 刘源; 审核 is not an editor.",
    classes=["credit_paragraph_opening_body", "trainee_author", "photographer_caption", "editor_and_chief_editor", "reviewer_not_editor", "app_prompt", "relative_sidebar_times", "seconds_printed"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T19:48:13+08:00",
    author="胡蝶 杨帆", editor="刘源", source="上游新闻", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 津云
T = "天津港汽车滚装出口量创年内新高"
P = [
    "津云新闻讯（记者 吴桐 通讯员 邹宇）记者从天津港获悉，10月天津港汽车滚装出口量达到6.8万辆，创年内单月新高，同比增长37%。",
    "据介绍，出口车辆中新能源汽车占比超过四成，主要发往中东、南美和东南亚市场。为应对运量增长，港区新增两条滚装航线，并扩建了堆场。",
    "港口方面表示，将继续优化通关流程，推动整车出口与零部件出口协同发展。",
]
N = [
    "责任编辑：韩露",
    "下载津云客户端",
    "来源：天津日报",
]
ts = "2026-11-26T07:30:44+08:00"
html = doc(T + "_津云", f'<script>window.__DATA__ = {{"id": 7781234, "publishTime": {epoch(ts) * 1000}, "source": "天津日报"}};</script>', f"""
<div class="jy-top"><a class="logo">津云</a><a class="dl">下载津云客户端</a></div>
<div class="jy-main">
<h1 class="jy-title">{esc(T)}</h1>
<div class="jy-meta"><span>津云</span> · <span>2026年11月26日 7:30</span></div>
<div class="jy-source">来源：天津日报</div>
<div class="jy-content">
{ps(P)}
</div>
<p class="jy-editor">责任编辑：韩露</p>
</div>
""")
add("portal_tjyun", html,
    url="https://www.tjyun.example.com/system/2026/11/26/055123456.shtml", kind="portal",
    modelled_on="津云 (天津 new-media platform / 北方网 family; domain in the URL a placeholder) content page (app download bar, h1, meta row 'platform name · YYYY年MM月DD日 H:MM' with a one-digit hour, separate 来源 line, '津云新闻讯（记者 X 通讯员 Y）' dateline in the first paragraph, 责任编辑 line; window.__DATA__ with epoch-ms publishTime)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed 2026年11月26日 7:30 (one-digit hour); epoch ms publishTime = 07:30:44 agrees and gives the seconds. Source 天津日报 (来源 line), not the platform name beside the date. Authors 吴桐 邹宇 from the dateline, which stays in the first paragraph.",
    classes=["single_digit_hour", "epoch_ms_page_data", "source_separate_line", "dateline_reporter_parentheses", "editor_line", "app_prompt"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T07:30:44+08:00",
    author="吴桐 邹宇", editor="韩露", source="天津日报", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 汽车预言家
T = "2027年零部件价格年降谈判前瞻：四个变量"
P = [
    "每年四季度，是主机厂与供应商进行下一年度价格谈判的关键窗口。今年的谈判，比往年来得更早，也更艰难。",
    "我们梳理了影响2027年年降幅度的四个变量，供读者参考：",
    "变量\t影响方向\t判断",
    "原材料价格\t铝、铜价格高位\t压缩降价空间",
    "整车价格战\t持续\t加大降价压力",
    "平台化程度\t提高\t单件成本下降",
    "出口订单\t增长\t增强供应商议价能力",
    "综合来看，我们预计明年主流零部件年降幅度将在3%至5%之间，电子电气类部件降幅可能更大。",
]
N = [
    "阅读时长约6分钟",
    "本文仅代表作者观点，不构成任何投资建议。",
    "喜欢这篇文章？点个“在看”，分享给更多朋友",
    "3天前",
]
ts = "2026-11-27T18:22:05+08:00"
html = doc(T + " | 汽车预言家", "", f"""
<div class="yyj-nav"><a class="logo">汽车预言家</a><a>资讯</a><a>研究</a><a>榜单</a></div>
<article>
<h1>{esc(T)}</h1>
<div class="byline"><a class="au" href="/u/liming">黎明</a> <span class="t" data-time="{epoch(ts)}" title="2026-11-27 18:22">3天前</span> <span class="rt">阅读时长约6分钟</span></div>
<section class="body">
{ps(P[:2])}
{table([r.split(TAB) for r in P[2:7]])}
<p>{esc(P[7])}</p>
</section>
<p class="disc">本文仅代表作者观点，不构成任何投资建议。</p>
<div class="like">喜欢这篇文章？点个“在看”，分享给更多朋友</div>
</article>
""")
add("portal_qcyyj", html,
    url="https://www.qcyyj.example.com/p/20261127a3.html", kind="portal",
    modelled_on="汽车预言家 (auto-industry analysis new-media brand; web page of a WeChat-first column, domain a placeholder) article page (h1, byline with author link, relative '3天前' span carrying data-time epoch seconds and a title tooltip, reading-time span, analysis table, opinion disclaimer, '在看' prompt)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible time is relative ('3天前'); the span's data-time epoch seconds (18:22:05) and the title tooltip 2026-11-27 18:22 agree and give the exact time, consistent with three days before the fetch. Author 黎明. The table and its introducing sentence are body; reading time, disclaimer and prompt are noise.",
    classes=["relative_days", "epoch_seconds_attribute", "title_tooltip_date", "reading_time_line", "table_in_body", "opinion_disclaimer", "like_prompt", "no_source", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T18:22:05+08:00",
    author="黎明", editor=None, source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 汽车维修技术网
T = "一辆混动SUV冷车启动抖动的排查过程"
P = [
    "一辆行驶里程约6万公里的插电混动SUV，车主反映冬季早晨冷车启动发动机时车身明显抖动，热车后症状消失。",
    "维修人员按以下步骤进行了排查：",
    "第一步，读取故障码，发动机控制单元存储有“2缸失火”历史故障码；",
    "第二步，对调2缸与3缸点火线圈，故障码未转移，排除点火线圈问题；",
    "第三步，检查2缸喷油器，发现其在低温下喷油量偏小，雾化不良；",
    "第四步，更换2缸喷油器并清洗进气道积碳。",
    "次日早晨冷车试车，发动机启动平顺，故障排除。维修人员提醒，混动车型发动机启停频繁、常处于低负荷工况，更容易出现积碳和喷油器堵塞问题。",
]
N = [
    "图1 读取到的历史故障码",
    "会员登录后可下载本案例的完整维修资料",
    "编辑：宋亚",
    "技师小刘",
]
html = doc(T + "-汽车维修技术网", "", f"""
<div class="header"><a href="/">汽车维修技术网</a> | <a href="/anli/">维修案例</a> | <a href="/ziliao/">维修资料</a></div>
<div class="art">
<h1>{esc(T)}</h1>
<div class="artinfo">发布时间：2026-11-23 10:02　作者：何振东　来源：汽车维修技术网　浏览：4218</div>
<div class="artbody">
{ps(P[:2])}
<ol>
{lis(P[2:6])}
</ol>
<p class="center"><img src="/uploads/2026/11/dtc.jpg"><br>图1 读取到的历史故障码</p>
<p>{esc(P[6])}</p>
<div class="vip">会员登录后可下载本案例的完整维修资料 <a>立即登录</a></div>
</div>
<p class="editor">编辑：宋亚</p>
<div class="comments"><h4>评论</h4><div class="c"><b>技师小刘</b> 2026-11-23 14:10：遇到过同样的问题，喷油器是关键。</div></div>
</div>
""")
add("portal_qcwxjs", html,
    url="http://www.qcwxjs.example.com/anli/2026/1123/25510.html", kind="portal",
    modelled_on="汽车维修技术网 (auto-repair case / technical data site for mechanics; domain a placeholder) repair-case page (h1, artinfo row '发布时间　作者　来源　浏览', numbered <ol> steps in the text, image with a '图1' caption after a <br>, member-login lock box, 编辑 line, comments with date-times)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed 2026-11-23 10:02 (:00). Author 何振东, editor 宋亚, source 汽车维修技术网. The steps (an <ol>) and the sentence introducing them are body; the 图1 caption, member lock box, editor line and comments are noise.",
    classes=["ordered_list_in_body", "figure_caption_br", "paywall_member_prompt", "editor_line", "comment_dates", "read_count"],
    title=T, published_date="2026-11-23", published_at="2026-11-23T10:02:00+08:00",
    author="何振东", editor="宋亚", source="汽车维修技术网", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 交通运输部
T = "交通运输部部署做好岁末年初道路运输车辆安全管理工作"
P = [
    "近日，交通运输部办公厅印发通知，部署各地做好岁末年初道路运输车辆安全管理工作。",
    "通知要求，一是严格营运车辆技术管理，督促运输企业落实车辆维护制度，重点加强制动、转向和轮胎等关键部件的检查；",
    "二是加强机动车维修行业监管，严厉打击使用假冒伪劣配件等违法违规行为；",
    "三是做好恶劣天气应对，提前发布预警信息，指导企业合理调整运输计划。",
    "通知强调，各地要压实企业安全生产主体责任，确保道路运输安全形势稳定。",
]
N = [
    "【打印】【关闭】",
    "字号：大 中 小",
]
html = doc(T, '<meta name="SiteName" content="中华人民共和国交通运输部">\n<meta name="ArticleTitle" content="' + T + '">\n'
           '<meta name="PubDate" content="2026-11-24 16:30:12">\n<meta name="ContentSource" content="运输服务司">', f"""
<div class="head">中华人民共和国交通运输部</div>
<div class="nav"><a>首页</a> &gt; <a>新闻</a> &gt; <a>部门动态</a></div>
<div class="article">
<div class="article-title">{esc(T)}</div>
<div class="article-info">发布时间：2026年11月24日　来源：运输服务司　<span>字号：大 中 小</span></div>
<div class="TRS_Editor">
{ps(P)}
</div>
<div class="tools">【打印】【关闭】</div>
</div>
<div class="foot">主办单位：中华人民共和国交通运输部</div>
""")
add("gov_mot", html,
    url="https://www.mot.gov.cn/jiaotongyaowen/202611/t20261124_4188210.html", kind="gov",
    modelled_on="交通运输部 (mot.gov.cn) 部门动态 / 交通要闻 article page on the ministry TRS template (article-title div, article-info '发布时间：YYYY年MM月DD日　来源：司局' with a date only, numbered 一是 / 二是 / 三是 paragraphs, 字号 control, 【打印】【关闭】; SiteName / ArticleTitle / PubDate / ContentSource meta with the time; URL t-date id)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible date only (2026年11月24日); the PubDate meta 2026-11-24 16:30:12 supplies the time. Source 运输服务司 (a department of the publisher, kept as printed). No author or editor.",
    classes=["chinese_date_format", "date_only_visible", "time_only_in_meta", "trs_meta", "department_source", "numbered_items_in_body", "font_size_control", "print_close_links", "headline_in_div", "no_author", "no_editor"],
    title=T, published_date="2026-11-24", published_at="2026-11-24T16:30:12+08:00",
    author=None, editor=None, source="运输服务司", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 中国汽车技术研究中心
T = "中汽中心牵头召开汽车零部件碳足迹核算方法研讨会"
P = [
    "11月19日，由中汽中心牵头组织的汽车零部件碳足迹核算方法研讨会在天津召开，来自整车企业、零部件企业和认证机构的60余名代表参加会议。",
    "会议围绕动力电池、车身结构件和内外饰件三类产品的碳足迹核算边界、数据质量要求和分配方法进行了深入讨论。",
    "与会代表一致认为，统一的核算方法有助于降低企业重复核算成本，并为产品出口应对国际碳壁垒提供支撑。",
    "下一步，中汽中心将根据会议意见修改完善方法草案，计划于明年上半年发布团体标准征求意见稿。",
]
N = [
    "今天是：2026年11月30日 星期一",
    "作者：王琪 周翔　审核：林海",
    "浏览次数：",
]
html = doc(T + "-中国汽车技术研究中心有限公司", "", f"""
<div class="topbar">今天是：2026年11月30日 星期一　<a>English</a></div>
<div class="banner">中国汽车技术研究中心有限公司</div>
<div class="left"><ul><li>中心要闻</li><li>通知公告</li><li>媒体报道</li></ul></div>
<div class="right">
<div class="art-title">{esc(T)}</div>
<div class="art-info">发布时间：2026-11-20　来源：中汽中心　浏览次数：<span id="hits">532</span></div>
<div class="art-content">
{ps(P)}
<p style="text-align:right">作者：王琪 周翔　审核：林海</p>
</div>
</div>
<div class="footer">版权所有 中国汽车技术研究中心有限公司</div>
""")
add("gov_catarc", html,
    url="https://www.catarc.org.cn/zxyw/2026-11-20/5312.html", kind="gov",
    modelled_on="中国汽车技术研究中心 (catarc.org.cn, state-owned auto research / standards centre) 中心要闻 page (top bar with today's date and weekday, banner, left column menu, art-title div, art-info '发布时间：date-only　来源　浏览次数', right-aligned '作者：X Y　审核：Z' line at the end)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Date only (2026-11-20) and no time anywhere: published_at null. The top bar shows today's date (2026-11-30), a trap. Authors 王琪 周翔 from the closing line; 审核 is not an editor: editor null. The event date in the text (11月19日) is not the publication date.",
    classes=["date_only_no_time", "today_date_in_header", "end_credit_line", "reviewer_not_editor", "headline_in_div", "hit_count", "no_editor"],
    title=T, published_date="2026-11-20", published_at=None,
    author="王琪 周翔", editor=None, source="中汽中心", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 国家标准化管理委员会
T = "国家标准委批准发布一批汽车零部件国家标准"
P = [
    "近日，国家标准化管理委员会批准发布一批汽车零部件领域推荐性国家标准，将于2027年6月1日起实施。",
    "标准编号\t标准名称",
    "GB/T 4xxx1-2026\t汽车用电子膨胀阀 技术条件",
    "GB/T 4xxx2-2026\t电动汽车用驱动电机控制器 可靠性试验方法",
    "GB/T 4xxx3-2026\t汽车制动软管总成 性能要求",
    "这批标准的发布实施，将进一步规范相关产品的设计、生产和检验，提升汽车零部件产品质量水平。",
]
N = [
    "编辑：孙悦　校对：赵敏",
    "浏览次数：1980",
    "【打印本页】【关闭窗口】",
]
html = doc(T, '<meta name="PubDate" content="2026-11-19 09:45">', f"""
<div class="sac-head">国家标准化管理委员会</div>
<div class="crumb">首页 &gt; 工作动态</div>
<div class="detail">
<h2 class="detail-title">{esc(T)}</h2>
<div class="detail-info">来源：标准技术管理司　发布时间：2026-11-19 09:45　浏览次数：1980</div>
<div class="detail-text">
<p>{esc(P[0])}</p>
{table([r.split(TAB) for r in P[1:5]])}
<p>{esc(P[5])}</p>
</div>
<div class="detail-credit">编辑：孙悦　校对：赵敏</div>
<div class="detail-tools">【打印本页】【关闭窗口】</div>
</div>
""")
add("gov_sac", html,
    url="https://www.sac.gov.cn/xw/gzdt/art/2026/art_8c1e2f.html", kind="gov",
    modelled_on="国家标准化管理委员会 (sac.gov.cn) 工作动态 page (detail-title h2, detail-info printing '来源：司局' BEFORE '发布时间：date time' and 浏览次数, standards table in the text, closing '编辑　校对' row, 【打印本页】【关闭窗口】; PubDate meta agreeing)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Source printed before the date. Printed 2026-11-19 09:45; PubDate meta repeats the minute (no seconds): 09:45:00. Editor 孙悦 (编辑); 校对 is not an editor. Table (header included) is body. No author.",
    classes=["source_before_date", "meta_time_agrees", "department_source", "table_in_body", "proofreader_not_editor", "h2_headline", "print_close_links", "hit_count", "no_author"],
    title=T, published_date="2026-11-19", published_at="2026-11-19T09:45:00+08:00",
    author=None, editor="孙悦", source="标准技术管理司", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 车市头条 车市号
T = "4S店年底冲量，这几款车优惠过万"
P = [
    "临近年底，不少4S店进入冲量阶段，终端优惠力度明显加大。我们走访了本地几家经销商，发现部分热门车型优惠已超过万元。",
    "其中，一款紧凑型SUV的现金优惠达到1.5万元，另有置换补贴5000元；一款中型轿车则推出了“首付三成、两年免息”的金融方案。",
    "销售顾问表示，年底优惠主要是为了完成年度销售目标，部分车型库存较深，价格仍有下探空间，但热门配置颜色需要等车。",
    "对于有购车计划的消费者，建议多比较几家门店，同时关注金融方案中的手续费等隐性成本。",
]
N = [
    "【推广】年底购车节，点击领取购车补贴",
    "本文来自车市号作者，不代表车市头条立场。",
    "文/周野",
    "打开APP",
    "11-29 08:40",
]
ts = "2026-11-28T21:05:36+08:00"
html = doc(T + "-车市头条", f'<script>window.__ARTICLE__ = {{"aid": 5512098, "account": "老周说车", "pubtime": {epoch(ts)}, "utime": {epoch("2026-11-29T08:00:00+08:00")}}};</script>', f"""
<div class="cs-bar"><a class="logo">车市头条</a><a class="open">打开APP</a></div>
<div class="cs-article">
<h1>{esc(T)}</h1>
<div class="cs-account"><img src="/avatar/lzsc.png"><span class="name">老周说车</span><span class="badge">车市号</span><span class="time">11-28 21:05</span><a class="follow">关注</a></div>
<div class="cs-content">
{ps(P[:2])}
<div class="promo"><a>【推广】年底购车节，点击领取购车补贴</a></div>
{ps(P[2:])}
<p class="sign">文/周野</p>
<p class="stmt">本文来自车市号作者，不代表车市头条立场。</p>
</div>
<div class="cs-comments"><h3>评论</h3><div class="c"><span>用户3321</span> <span>11-29 08:40</span><p>我们这边优惠没这么多。</p></div></div>
</div>
""")
add("selfmedia_cstt", html,
    url="https://m.cstt.example.com/article/5512098.html", kind="self_media",
    modelled_on="车市头条 (auto news app) 车市号 self-media article share page (open-app bar, h1, account row with avatar / account name / 车市号 badge / year-less 'MM-DD HH:MM' / 关注, 【推广】 card inside the content, '文/X' signature at the end, platform statement, comments with year-less times; window.__ARTICLE__ with epoch-second pubtime and a later utime; domain a placeholder)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible '11-28 21:05' has no year; pubtime epoch seconds = 2026-11-28 21:05:36 agrees (utime, the next morning, never wins). Source = the publishing account 老周说车; author 周野 from the closing '文/' signature (noise). Promo card, statement and comments are noise.",
    classes=["no_year_date", "epoch_seconds_page_data", "update_time_in_page_data", "account_source", "slash_author_at_end", "ad_inside_body", "platform_disclaimer", "follow_prompt", "comment_dates", "no_editor"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T21:05:36+08:00",
    author="周野", editor=None, source="老周说车", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 快资讯
T = "汽配城里的年轻老板：从卖配件到做服务"
P = [
    "在华北一座大型汽配城里，31岁的小赵接手父亲的配件门店已经三年。与父辈不同，他把一半精力放在了线上。",
    "小赵说，现在修理厂下单主要靠手机，谁的配送快、谁能帮忙查配件编号，谁就能留住客户。去年他组建了一个五人的配送小队，承诺市区两小时送达。",
    "今年，他又开始为周边修理厂提供旧件回收和技术咨询服务，服务收入已经占到门店毛利的两成。",
]
N = [
    "原标题：汽配城“二代”们的新打法",
    "本文为快资讯平台作者原创，未经授权不得转载。",
    "2026-10-01",
]
html = doc(T + "-快资讯", jsonld({"@context": "https://schema.org", "@type": "Article", "headline": T,
                                "datePublished": "2026-11-29T12:03:18+08:00", "author": {"@type": "Organization", "name": "汽配圈观察"}}), f"""
<div class="kz-head"><a class="logo">快资讯</a><input placeholder="搜索"></div>
<div class="kz-main">
<h1 class="kz-title">{esc(T)}</h1>
<div class="kz-info"><a class="kz-author">汽配圈观察</a> <span class="kz-time">2026-11-29 12:03</span></div>
<div class="hidden" style="display:none">汽配圈观察 2026-10-01 历史文章 汽配 门店</div>
<div class="kz-content">
<p class="ot">原标题：汽配城“二代”们的新打法</p>
{ps(P)}
</div>
<p class="kz-stmt">本文为快资讯平台作者原创，未经授权不得转载。</p>
</div>
<div class="kz-side"><h4>相关推荐</h4><a>二手车商的年底清库存</a></div>
""")
add("selfmedia_kuai", html,
    url="https://www.360kuai.com/pc/9a3b8c7d6e5f4a21b", kind="self_media",
    modelled_on="快资讯 (360kuai.com, 360 content platform) article page (kz-title h1, info row with the author account link and a date-time, hidden display:none block with another date, '原标题：' line opening the content, platform original-content statement, 相关推荐; Article JSON-LD with seconds and the account as an Organization author)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed 2026-11-29 12:03; JSON-LD 12:03:18 agrees. The account 汽配圈观察 is the source (a media account, not a person: author null even though JSON-LD lists it as author). The 原标题 line, statement and the hidden block (2026-10-01 trap) are noise.",
    classes=["jsonld_seconds_agree", "account_source", "account_not_author", "original_title_line", "platform_disclaimer", "hidden_block_date", "no_author", "no_editor"],
    title=T, published_date="2026-11-29", published_at="2026-11-29T12:03:18+08:00",
    author=None, editor=None, source="汽配圈观察", paragraphs=P, body_noise=N)

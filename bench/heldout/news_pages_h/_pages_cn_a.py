"""Chinese pages, part A (auto trade / aftermarket / commercial-vehicle portals)."""
from _common import FETCH_CN, add, doc, esc, jsonld, lis, ps, rows_tsv, table

TAB = "\t"

# ---------------------------------------------------------------- 中国汽车质量网
T = "三款SUV因后副车架焊点缺陷实施召回 涉及车辆4.2万辆"
P = [
    "记者从相关渠道获悉，甲汽车有限公司日前向监管部门备案了召回计划，自2026年12月10日起召回部分进口及国产SUV车辆，合计42316辆。",
    "本次召回范围内的车辆，由于供应商生产过程管控不当，后副车架部分焊点熔深不足，极端情况下可能导致焊点开裂，存在安全隐患。",
    "车型\t生产日期\t数量（辆）",
    "甲-X5\t2025年3月2日至2025年11月30日\t21408",
    "甲-X7\t2025年5月9日至2026年1月15日\t15226",
    "甲-X3 EV\t2025年8月1日至2025年12月20日\t5682",
    "甲汽车将通过授权服务网点为召回范围内车辆免费检查后副车架焊点，对不合格的车辆进行补焊加固或更换副车架，以消除安全隐患。",
    "用户可拨打厂家客服热线或登录缺陷产品管理相关网站查询召回信息，也可就召回相关问题向监管部门反映。",
]
N = [
    "图片来源：网络，仅供参考",
    "责任编辑：王蕾",
    "免责声明：本网转载作品均注明出处，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。",
    "乙汽车召回部分纯电动车 涉及电池包密封问题",
    "2026-11-25",
]
html = doc(T + "_中国汽车质量网", '<meta name="publishdate" content="2026-11-26 09:37:25">\n'
           '<meta name="keywords" content="召回,SUV,副车架">', f"""
<div class="top"><a href="/">首页</a> | <a href="/recall/">召回</a> | <a href="/tousu/">投诉</a> | <a href="/pingce/">评测</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/recall/">召回</a> &gt; 召回新闻</div>
<div class="main_left">
<h1 class="news_title">{esc(T)}</h1>
<div class="news_info">发布时间：2026年11月26日 09:40　　来源：中国汽车质量网　　作者：记者 孙立　　<span class="fontsize">字号：<a>大</a> <a>中</a> <a>小</a></span></div>
<div class="news_content">
{ps(P[:2])}
{table([r.split(TAB) for r in P[2:6]])}
<p style="text-align:center"><img src="/uploads/2026/11/26/recall_x5.jpg"></p>
<p style="text-align:center" class="pic_note">图片来源：网络，仅供参考</p>
{ps(P[6:])}
<p class="editor">责任编辑：王蕾</p>
</div>
<div class="disclaimer">免责声明：本网转载作品均注明出处，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。</div>
<div class="relate"><h3>相关新闻</h3><ul>
<li><a href="/recall/2026/1125/8843.html">乙汽车召回部分纯电动车 涉及电池包密封问题</a><span>2026-11-25</span></li>
<li><a href="/recall/2026/1121/8821.html">丙品牌部分车型因转向拉杆问题召回</a><span>2026-11-21</span></li>
</ul></div>
</div>
<div class="foot">Copyright © 中国汽车质量网 版权所有</div>
""")
add("portal_aqsiqauto", html,
    url="http://www.aqsiqauto.com/recall/2026/1126/8851.html", kind="portal",
    modelled_on="中国汽车质量网 (aqsiqauto.com, car-quality / recall / complaint portal) news page (top nav, 当前位置 path, news_title h1, news_info row '发布时间：YYYY年MM月DD日 HH:MM　来源　作者：记者 X　字号', recall table in the content, centred image with a 图片来源 note, 责任编辑 line, 免责声明, 相关新闻 list with dates; publishdate meta)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed 2026年11月26日 09:40; the publishdate meta says 09:37:25 (another minute), so the printed minute stands with :00. Author 孙立 (记者 dropped). Table rows (header included) are body; the image note, editor line, disclaimer and related list are noise.",
    classes=["chinese_date_format", "meta_minute_disagree", "reporter_prefix", "table_in_body", "image_source_note", "editor_line", "disclaimer", "related_dates", "font_size_control"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T09:40:00+08:00",
    author="孙立", editor="王蕾", source="中国汽车质量网", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 汽车公社
T = "二级供应商的冬天：账期拉长之后"
P = [
    "进入四季度，华东一家做冲压件的二级供应商负责人老许明显感到，回款周期又长了一截。",
    "账期从90天到180天",
    "老许说，三年前主机厂的付款周期普遍在90天左右，如今不少订单的实际回款已经拉长到150天甚至180天，还常常以承兑汇票支付。",
    "对于年营收不足两亿元的企业来说，这意味着必须不断向银行融资来维持周转，利息成本直接吞掉了本就不多的利润。",
    "抱团与转型",
    "也有企业开始尝试抱团。今年下半年，当地七家零部件企业联合成立了采购平台，集中采购钢材和模具钢，议价能力有所提升。",
    "业内人士认为，账期问题的根本解决，仍有赖于整车企业履行付款承诺，以及供应链金融工具的进一步普及。",
]
N = [
    "文 | 林远山　编辑 | 周游",
    "本文为汽车公社原创，未经授权禁止转载。",
    "关注汽车公社微信公众号，获取更多产业深度报道",
    "阅读 2.1k",
    "#供应链",
]
html = doc(T + " - 汽车公社", jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
                                     "datePublished": "2026-11-25T20:16:33+08:00", "dateModified": "2026-11-26T09:02:10+08:00",
                                     "author": {"@type": "Person", "name": "林远山"}}), f"""
<header class="site-header"><a class="logo" href="/">汽车公社</a><nav><a href="/news">资讯</a><a href="/deep">深度</a><a href="/people">人物</a></nav></header>
<article class="post">
<div class="post-cat"><a href="/deep">深度</a></div>
<h1 class="post-title">{esc(T)}</h1>
<div class="post-meta"><a class="author" href="/author/lin">林远山</a><span class="dot">·</span><span class="date">2026.11.25</span><span class="dot">·</span><span class="views">阅读 2.1k</span></div>
<div class="post-content">
<p class="credit"><strong>文 | 林远山　编辑 | 周游</strong></p>
<p>{esc(P[0])}</p>
<h3>{esc(P[1])}</h3>
{ps(P[2:4])}
<h3>{esc(P[4])}</h3>
{ps(P[5:])}
<p class="copyright">本文为汽车公社原创，未经授权禁止转载。</p>
</div>
<div class="post-tags"><a>#供应链</a> <a>#零部件</a> <a>#账期</a></div>
<div class="follow-box">关注汽车公社微信公众号，获取更多产业深度报道</div>
</article>
<aside class="hot"><h3>热门文章</h3><ul><li><a href="/deep/1188">年终盘点：十家零部件企业的出海答卷</a> 2026.11.20</li></ul></aside>
<footer>© 2026 汽车公社</footer>
""")
add("portal_qcgs", html,
    url="https://www.qcgongshe.example.com/deep/1203.html", kind="portal",
    modelled_on="汽车公社 (auto-industry trade magazine / new-media brand; domain a placeholder) web article on a magazine-style post template (category label, h1, post-meta with author link / dotted date-only 'YYYY.MM.DD' / 阅读 2.1k, bold '文 | X　编辑 | Y' credit line opening the content, h3 subheadings, 原创 notice, # tags, follow box; NewsArticle JSON-LD with the time and a later dateModified)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible date is the dotted day 2026.11.25 only; JSON-LD datePublished 2026-11-25T20:16:33+08:00 supplies the time (dateModified is the next day and never wins). Author 林远山 and editor 周游 from the '文 | X　编辑 | Y' credit line (which is noise). Subheadings are body. No 来源 and no media name in the date line: source null.",
    classes=["dotted_date_only", "time_only_in_jsonld", "update_in_jsonld", "pipe_credit_line_in_body", "editor_in_credit_line", "headings_in_body", "original_notice", "follow_prompt", "read_count_k", "tags_line", "no_source"],
    title=T, published_date="2026-11-25", published_at="2026-11-25T20:16:33+08:00",
    author="林远山", editor="周游", source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 汽车纵横网
T = "热管理系统国产化提速 电子膨胀阀成竞争焦点"
P = [
    "在新能源汽车渗透率持续提升的背景下，整车热管理系统正从分散式走向集成化，电子膨胀阀、电子水泵等核心部件的国产化进程明显加快。",
    "据行业机构测算，2026年国内乘用车电子膨胀阀需求量将超过4500万只，较2024年增长近一倍，其中本土企业的配套份额已超过六成。",
    "多家企业正加快扩产。丁精密今年在安徽投产的新基地设计年产能1200万只，戊智控则与两家主机厂签订了联合开发协议。",
    "受访专家表示，未来两年行业的竞争焦点将从价格转向控制精度与系统集成能力，具备软件算法能力的企业有望获得更高溢价。",
]
N = [
    "（本文刊载于《汽车纵横》2026年第11期）",
    "点击：1268",
    "2026-01-01",
]
html = doc(T + "--汽车纵横网", '<meta name="description" content="热管理 电子膨胀阀">', f"""
<table width="980" align="center" class="top"><tr><td><a href="/">汽车纵横网首页</a> | <a href="/list.asp?id=3">产业观察</a> | <a href="/list.asp?id=5">杂志在线</a></td></tr></table>
<div style="display:none" class="seo">汽车纵横网 产业观察 2026-01-01 热管理 电子膨胀阀 电子水泵</div>
<table width="980" align="center"><tr><td width="700" valign="top">
<table width="100%"><tr><td class="title" align="center"><b>{esc(T)}</b></td></tr>
<tr><td class="info" align="center">时间：2026/11/24 16:05:00　来源：《汽车纵横》杂志　作者：张弛 王瑜　点击：1268</td></tr>
<tr><td class="content">
{ps(P)}
<p>（本文刊载于《汽车纵横》2026年第11期）</p>
</td></tr>
<tr><td class="pn">上一篇：<a href="/show.asp?id=10412">商用车智能驾驶落地场景观察</a><br>下一篇：<a href="/show.asp?id=10414">2026年汽车芯片供需展望</a></td></tr>
</table></td>
<td width="270" valign="top" class="right"><b>本期目录</b><br><a href="/show.asp?id=10400">卷首语：穿越周期</a><br><a href="/show.asp?id=10401">封面故事：供应链新秩序</a></td></tr></table>
<table width="980" align="center" class="foot"><tr><td>版权所有：汽车纵横杂志社</td></tr></table>
""")
add("portal_qczh", html,
    url="http://www.autoreview-zh.example.cn/show.asp?id=10413", kind="portal",
    modelled_on="汽车纵横网 (website of the 《汽车纵横》 industry magazine; domain a placeholder) article page on an old ASP table template (bold title cell, centred info cell '时间：YYYY/MM/DD HH:MM:SS　来源　作者：X Y　点击', issue note at the end of the text, 上一篇/下一篇, 本期目录 sidebar, hidden display:none SEO block with another date)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Slash date with seconds 2026/11/24 16:05:00. Two authors 张弛 王瑜 (space-separated in the 作者 field). Source 《汽车纵横》杂志 as printed (with book-title marks). The hidden SEO block's 2026-01-01 is a trap. The issue note at the end is noise.",
    classes=["slash_date_seconds", "table_layout", "two_authors", "magazine_source", "issue_note", "hidden_block_date", "click_count", "prev_next_titles", "title_in_td", "no_editor"],
    title=T, published_date="2026-11-24", published_at="2026-11-24T16:05:00+08:00",
    author="张弛 王瑜", editor=None, source="《汽车纵横》杂志", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 汽车服务世界
T = "连锁门店扩张放缓 独立维修厂迎来整合窗口"
P = [
    "据汽车服务世界不完全统计，今年前三季度，国内头部汽车后市场连锁品牌新增门店数量同比下降约三成，部分品牌开始关闭低效门店。",
    "与之形成对比的是，区域性的独立维修厂通过加盟、托管等方式加速整合。华南一家托管服务商今年已接入门店超过800家。",
    "业内人士分析，随着新能源车保有量增加，传统保养业务的收入贡献持续下降，门店需要在三电检测、钣喷等高毛利业务上建立能力。",
    "多位门店经营者表示，接下来将更加重视技师培训与数字化管理，以提升单店产值，而非单纯追求门店数量。",
]
N = [
    "【广告】2027汽车服务连锁大会火热报名中，点击了解详情",
    "作者简介：唐宁，汽车服务世界资深记者，长期关注汽车后市场连锁与渠道变革。",
    "责任编辑：方晓",
    "阅读 3562",
    "分享到：",
]
html = doc(T + "-汽车服务世界", '<meta property="article:published_time" content="2026-11-28T11:32:47+08:00">\n'
           '<meta property="article:modified_time" content="2026-11-28T15:10:00+08:00">', f"""
<div class="header"><a href="/" class="logo">汽车服务世界</a><ul class="nav"><li>连锁</li><li>配件</li><li>维修</li><li>美容</li></ul></div>
<div class="container"><div class="detail">
<div class="detail-header">
<h1>{esc(T)}</h1>
<div class="detail-meta"><span>2026-11-28 11:32</span> | <span>汽车服务世界</span> | <span>作者：唐宁</span> | <span>阅读 3562</span></div>
</div>
<div class="detail-body">
{ps(P[:2])}
<div class="ad-inline"><a href="/events/2027">【广告】2027汽车服务连锁大会火热报名中，点击了解详情</a></div>
{ps(P[2:])}
</div>
<div class="author-box"><img src="/static/avatar/tangning.png"><p>作者简介：唐宁，汽车服务世界资深记者，长期关注汽车后市场连锁与渠道变革。</p></div>
<p class="editor">责任编辑：方晓</p>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
</div>
<div class="sidebar"><h4>最新资讯</h4><ul><li><a href="/news/5520">轮胎经销商库存压力缓解</a><em>11-27</em></li></ul></div>
</div>
<div class="footer">汽车服务世界 版权所有</div>
""")
add("portal_asw", html,
    url="https://www.asw-auto.example.com/news/5531.html", kind="portal",
    modelled_on="汽车服务世界 (aftermarket trade magazine / portal; domain a placeholder) detail page (detail-header h1, detail-meta 'date time | media name | 作者：X | 阅读 N' with no 来源 label, 【广告】 link block inside the body, author box after the text, 责任编辑 line, share row, sidebar with year-less dates; article:published_time / modified_time meta)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed 2026-11-28 11:32; article:published_time 11:32:47 agrees and supplies the seconds (modified_time never wins). The media name 汽车服务世界 stands beside the date with no label: taken as the source (as in news_pages_g portal_elecfans). The in-body ad, author box, editor line and share row are noise.",
    classes=["meta_seconds_agree", "update_in_meta", "media_name_no_label", "ad_inside_body", "author_box_end", "editor_line", "read_count", "share_bar", "sidebar_dates"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T11:32:47+08:00",
    author="唐宁", editor="方晓", source="汽车服务世界", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 中国汽车后市场网
T = "新能源专修门店认证标准年内落地 首批试点覆盖12个城市"
P = [
    "近日，行业组织发布新能源汽车专修门店服务能力评价规范，首批试点将在12个城市开展，预计明年一季度公布首批达标门店名单。",
    "规范从场地设施、人员资质、检测设备和安全管理四个方面设定了评价指标，其中高压电安全操作人员持证比例不得低于50%。",
    "试点城市包括：",
    "华东地区：上海、杭州、南京、合肥；",
    "华南地区：广州、深圳、南宁；",
    "其他地区：成都、重庆、西安、郑州、武汉。",
    "多家连锁企业表示将积极参与试点，并计划在明年上半年完成门店设备升级。",
]
N = [
    "记者：许多 / 通讯员：韩梅 / 编辑：罗晨 / 审核：邓洁",
    "来源：汽车后市场周刊",
    "扫码关注“中国汽车后市场网”，每日推送行业资讯",
    "6小时前",
]
html = doc(T + "_中国汽车后市场网", '<script>var pubTime = "2026-11-27 16:20:09"; var siteId = 12;</script>', f"""
<div class="topbar">中国汽车后市场网 | <a href="/login">登录</a> | <a href="/reg">注册</a></div>
<div class="nav"><a href="/">首页</a><a href="/hy/">行业</a><a href="/md/">门店</a><a href="/pj/">配件</a></div>
<div class="article">
<h1 class="art-tit">{esc(T)}</h1>
<div class="art-info"><span class="time">11月27日 下午4:20</span><span class="src">来源：汽车后市场周刊</span></div>
<div class="art-con">
{ps(P[:3])}
<ul class="city-list">
{lis(P[3:6])}
</ul>
<p>{esc(P[6])}</p>
<p class="credit">记者：许多 / 通讯员：韩梅 / 编辑：罗晨 / 审核：邓洁</p>
</div>
<div class="qr">扫码关注“中国汽车后市场网”，每日推送行业资讯</div>
</div>
<div class="news-list"><h3>最新资讯</h3><ul><li><a href="/hy/20261130/7731.html">汽修连锁品牌年末促销季启动</a><span>6小时前</span></li></ul></div>
<div class="footer">Copyright 中国汽车后市场网</div>
""")
add("portal_aftermarket", html,
    url="https://www.aftermarket-cn.example.com/hy/20261127/7702.html", kind="portal",
    modelled_on="中国汽车后市场网 (aftermarket B2B news portal; domain a placeholder) article page (art-tit h1, art-info with a year-less 'M月D日 下午H:MM' 12-hour time and 来源, city list as <ul> in the body, closing credit line '记者：X / 通讯员：Y / 编辑：Z / 审核：W' with slashes, QR follow prompt, latest list with relative times; var pubTime in a script)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible '11月27日 下午4:20' has no year and a 12-hour clock (下午 = p.m. → 16:20); the script variable pubTime 2026-11-27 16:20:09 agrees and gives the year and seconds. Authors 许多 (记者) and 韩梅 (通讯员); editor 罗晨; 审核 is not an editor. The list items are body, as is the sentence introducing them. The credit line is noise.",
    classes=["no_year_date", "ampm_chinese", "script_page_data", "slash_separated_credit_line", "reviewer_not_editor", "list_in_body", "follow_prompt", "relative_sidebar_times"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T16:20:09+08:00",
    author="许多 韩梅", editor="罗晨", source="汽车后市场周刊", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- AC汽车
T = "探访一家座椅骨架工厂：自动化率提升到78%"
P = [
    "走进位于长春的这家座椅骨架工厂，首先看到的是一排排正在作业的焊接机器人，车间里几乎见不到手持焊枪的工人。",
    "工厂负责人介绍，过去两年工厂投入约1.6亿元进行自动化改造，关键工序自动化率从45%提升到78%，单班产能提升近一倍。",
    "除了焊接，工厂还引入了视觉检测系统，对每一个骨架的焊点进行拍照比对，不良品在线即可剔除。",
    "目前，工厂为三家自主品牌和一家合资品牌配套，明年计划新增两条滑轨生产线。",
]
N = [
    "文：郑远　图：AC汽车",
    "▲焊接车间内的机器人工作站",
    "延伸阅读：",
    "原创",
]
html = doc(T + "-AC汽车", jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
                                 "datePublished": "2026-11-29T08:15:52+08:00", "publisher": {"@type": "Organization", "name": "AC汽车"}}), f"""
<div class="ac-header"><a class="logo" href="/">AC汽车</a><span>新闻</span><span>评测</span><span>视频</span></div>
<div class="ac-article">
<h1>{esc(T)}</h1>
<div class="ac-info"><span class="media">AC汽车</span> <span class="time">2026-11-29 08:15</span> <span class="tag-yc">原创</span></div>
<div class="ac-content">
<p class="credit">文：郑远　图：AC汽车</p>
<p>{esc(P[0])}</p>
<p class="img"><img src="/img/2026/11/weld.jpg"></p>
<p class="img-desc">▲焊接车间内的机器人工作站</p>
{ps(P[1:])}
<div class="extend"><p>延伸阅读：</p><ul><li><a href="/news/3301.html">探访一家轮毂工厂：一天下线一万只</a></li><li><a href="/news/3288.html">内饰件企业的降本账</a></li></ul></div>
</div>
</div>
<div class="ac-footer">AC汽车 版权所有</div>
""")
add("portal_acqiche", html,
    url="https://www.acqiche.example.com/news/3312.html", kind="portal",
    modelled_on="AC汽车 (auto media brand; domain a placeholder) news article page (h1, info row with the media name / date-time / 原创 tag, '文：X　图：Y' credit line opening the content, ▲ image caption, 延伸阅读 list inside the content; NewsArticle JSON-LD with seconds)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed 2026-11-29 08:15; JSON-LD 08:15:52 agrees and supplies the seconds. Author 郑远 from '文：'; the 图 credit names the media and is not an author. The media name beside the date (no label) is the source. Credit line, ▲ caption and the 延伸阅读 block are noise.",
    classes=["jsonld_seconds_agree", "credit_line_opening_body", "photo_credit", "image_caption_triangle", "related_list_inside_body", "media_name_no_label", "original_tag", "no_editor"],
    title=T, published_date="2026-11-29", published_at="2026-11-29T08:15:52+08:00",
    author="郑远", editor=None, source="AC汽车", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 中国卡车网
T = "11月上旬重卡终端销量同比增长两成 燃气车占比回落"
P = [
    "中国卡车网讯（记者 孔明远）据行业终端数据显示，11月上旬国内重卡终端销量约2.3万辆，同比增长约21%，环比基本持平。",
    "分燃料类型看，燃气重卡占比回落至28%左右，纯电动重卡占比升至19%，柴油车仍占据半壁江山。",
    "燃料类型\t销量（辆）\t占比",
    "柴油\t12400\t53%",
    "燃气\t6500\t28%",
    "纯电动\t4400\t19%",
    "业内人士预计，随着年底前部分地区老旧车辆淘汰补贴到期，11月中下旬的终端需求仍有望保持较高水平。",
]
N = [
    "（更多卡车资讯请关注中国卡车网官方微信）",
    "编辑：彭亮",
    "卡友老王",
    "2026-11-27 15:30",
]
html = doc(T + "-中国卡车网", '<meta name="author" content="中国卡车网">', f"""
<div class="head"><a href="/">中国卡车网</a> <a href="/news/">新闻</a> <a href="/market/">市场</a> <a href="/bbs/">卡友论坛</a></div>
<div class="news_main">
<div class="news_title"><h1>{esc(T)}</h1></div>
<div class="news_info">2026-11-27 14:08　来源：中国卡车网　编辑：彭亮</div>
<div class="news_text">
<p>{esc(P[0])}</p>
<p>{esc(P[1])}</p>
{table([r.split(TAB) for r in P[2:6]])}
<p>{esc(P[6])}</p>
<p>（更多卡车资讯请关注中国卡车网官方微信）</p>
</div>
<div class="comment"><h3>网友评论</h3>
<dl><dt>卡友老王 <span>2026-11-27 15:30</span></dt><dd>电车确实省钱，就是充电站还得多建。</dd></dl>
<dl><dt>跑长途的小李 <span>2026-11-27 16:02</span></dt><dd>燃气价格一涨就没人买了。</dd></dl>
</div>
</div>
<div class="foot">中国卡车网 版权所有</div>
""")
add("portal_chinatruck", html,
    url="http://www.chinatruck.org/news/202611/27_98310.html", kind="portal",
    modelled_on="中国卡车网 (chinatruck.org, heavy-truck portal) news page (news_title h1, news_info line 'date time　来源　编辑' separated by ideographic spaces, '中国卡车网讯（记者 X）' dateline in the first paragraph, sales table, follow note at the end of the text, 网友评论 with date-times)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed 2026-11-27 14:08 (no page data: :00). Author 孔明远 from the dateline parentheses; the dateline stays in the first paragraph. Editor 彭亮 from the info line (编辑：). Table rows are body; the follow note and comments are noise; comment times are traps.",
    classes=["dateline_reporter_parentheses", "editor_in_info_line", "table_in_body", "follow_prompt_in_body", "comment_dates", "author_meta_site_name"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T14:08:00+08:00",
    author="孔明远", editor="彭亮", source="中国卡车网", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 第一商用车网
T = "轻卡“蓝牌新规”实施一周年：市场格局生变"
P = [
    "轻卡蓝牌新规实施满一年，市场格局正在发生明显变化。据统计，今年1至10月合规蓝牌轻卡销量约42万辆，同比增长约9%。",
    "新规对整车整备质量和动力总成提出了更严格的要求，一批小排量柴油机和轻量化车架产品由此受益。",
    "从企业表现看，排名前五的企业合计份额提升了4个百分点，行业集中度进一步提高。部分中小企业则因产品切换滞后，销量出现下滑。",
]
N = [
    "预计阅读时间 3 分钟",
    "下一页",
    "第一商用车网 原创",
    "相关阅读",
]
html = doc(T + "_第一商用车网", "", f"""
<div class="topnav"><a href="/">第一商用车网</a> <a href="/news/">新闻</a> <a href="/truck/">卡车</a> <a href="/bus/">客车</a></div>
<div class="artBox">
<h1 class="artTitle">{esc(T)}</h1>
<div class="artInfo"><span>第一商用车网 原创</span> <span>2026-11-26 10:44</span> <span>作者：谷雨</span></div>
<div class="readtime">预计阅读时间 3 分钟</div>
<div class="artCon">
{ps(P)}
</div>
<div class="pages"><span class="cur">1</span> <a href="/news/202611/26/3361_2.html">2</a> <a href="/news/202611/26/3361_2.html">下一页</a></div>
<div class="relate"><h3>相关阅读</h3><ul><li><a href="/news/202611/20/3322.html">轻卡电动化加速 换电车型受关注</a>（11-20）</li></ul></div>
</div>
<div class="foot">© 第一商用车网</div>
""")
add("portal_cvworld", html,
    url="https://www.cvworld.cn/news/202611/26/3361.html", kind="portal",
    modelled_on="第一商用车网 (cvworld.cn, commercial-vehicle media) article page (artTitle h1, artInfo spans 'media name 原创' / date-time / 作者, 预计阅读时间 line, two-page pager (page 1 stored), 相关阅读 list with year-less dates)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed 2026-11-26 10:44 (:00). Author 谷雨. '第一商用车网 原创' in the info row is the media name (source) with an 原创 tag. Multi-page: the body is the page-1 text only. Reading time, pager and related list are noise.",
    classes=["multi_page_first_only", "reading_time_line", "media_name_with_original_tag", "related_dates", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T10:44:00+08:00",
    author="谷雨", editor=None, source="第一商用车网", paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 方得网
T = "牵引车“油电之争”升温 用户算账更精细"
P = [
    "今年以来，干线物流牵引车市场上，新能源车型与传统柴油车的竞争日趋激烈。多位车队老板告诉记者，如今买车前都要先算一笔“全生命周期账”。",
    "以年行驶里程15万公里计算，一台纯电动牵引车在电价较低的地区，五年可比柴油车节省燃料费用40万元以上，但购车成本高出约35万元。",
    "也有用户担心补能效率。一位在河北经营20台车的车队负责人说，换电站布局仍不均衡，跨省线路上的补能等待时间影响了车辆周转。",
    "业内人士认为，明年牵引车市场仍将呈现多种动力并存的格局，用户会根据线路和运价选择最适合自己的车型。",
]
N = [
    "最后更新：2026-11-26 08:10",
    "听全文 04:12",
    "校对：李瑾",
    "责任编辑：钟凯",
    "#牵引车",
]
html = doc(T + "-方得网", '<meta name="publishdate" content="2026-11-25 21:36:18">', f"""
<div class="fd-head"><a href="/">方得网</a><a href="/news">资讯</a><a href="/data">数据</a><a href="/video">视频</a></div>
<div class="fd-article">
<h1 class="fd-title">{esc(T)}</h1>
<div class="fd-meta"><span class="upd">最后更新：2026-11-26 08:10</span>　<span class="pub">首发：2026-11-25 21:36</span>　<span class="au">作者：方得网 聂成 邵一帆</span></div>
<div class="fd-audio"><button>▶</button><span>听全文 04:12</span></div>
<div class="fd-body">
{ps(P)}
</div>
<div class="fd-credit"><span>校对：李瑾</span>　<span>责任编辑：钟凯</span></div>
<div class="fd-tags"><a>#牵引车</a><a>#新能源</a></div>
</div>
<div class="fd-foot">方得网 版权所有</div>
""")
add("portal_fangde", html,
    url="https://www.fangde.example.com/news/20261125/88120.html", kind="portal",
    modelled_on="方得网 (commercial-vehicle media; domain a placeholder) article page (fd-title h1, meta row printing '最后更新' BEFORE '首发' and '作者：site-name X Y', audio 'listen' player, closing 校对 / 责任编辑 row, # tags; publishdate meta with seconds)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="The update time 2026-11-26 08:10 is printed before the first publication 首发 2026-11-25 21:36; publication wins. publishdate meta 21:36:18 agrees and gives seconds. Authors 聂成 邵一帆 (the site name prefix dropped). Editor 钟凯 (责任编辑); 校对 is not an editor. The audio player text is noise.",
    classes=["update_before_publish", "meta_seconds_agree", "two_authors", "site_prefix_in_author", "audio_player", "proofreader_not_editor", "tags_line", "no_source"],
    title=T, published_date="2026-11-25", published_at="2026-11-25T21:36:18+08:00",
    author="聂成 邵一帆", editor="钟凯", source=None, paragraphs=P, body_noise=N)

# ---------------------------------------------------------------- 中国客车网 (GBK)
T = "年末公交采购集中释放 多地签下新能源客车订单"
P = [
    "进入11月，多地公交新能源客车采购项目集中落地，据本网统计，11月以来公开的中标订单合计超过2600辆。",
    "主要订单包括：",
    "1. 某省会城市公交集团采购10.5米纯电动公交车800辆；",
    "2. 某沿海城市采购12米氢燃料电池公交车120辆；",
    "3. 西部某城市采购8.5米纯电动社区公交车260辆。",
    "业内人士表示，年末采购集中释放与地方财政预算执行节奏有关，预计12月仍将有一批订单落地。",
]
N = [
    "声明：凡注明来源“中国客车网”的作品，版权均属中国客车网所有，转载请注明出处。",
    "编辑: 苏芮",
    "2026-11-20",
]
html = doc(T + "-中国客车网", '<meta name="keywords" content="公交,新能源客车">', f"""
<table width="960" align="center" class="top"><tr><td><a href="/">中国客车网</a> | <a href="/news/">新闻中心</a> | <a href="/bus/">客车大全</a></td></tr></table>
<div class="newsview">
<h1>{esc(T)}</h1>
<div class="newsinfo">2026-11-24 15:57:26 来源: 中国客车网 作者: 本网记者 宁静 编辑: 苏芮</div>
<div class="newscont">
{ps(P)}
</div>
<div class="sm">声明：凡注明来源“中国客车网”的作品，版权均属中国客车网所有，转载请注明出处。</div>
<div class="xg"><b>相关新闻</b><br><a href="/news/20261120/2201.html">氢燃料客车示范运营扩围</a> 2026-11-20</div>
</div>
<table width="960" align="center"><tr><td>中国客车网 版权所有</td></tr></table>
""", charset="gbk")
add("portal_chinabuses_gbk", html,
    url="http://www.chinabuses.com/news/20261124/2230.html", kind="portal",
    modelled_on="中国客车网 (chinabuses.com, bus-industry portal) news page on an old template, GBK (h1, newsinfo line 'date time with seconds 来源: X 作者: 本网记者 Y 编辑: Z' with half-width colons, numbered order list as paragraphs, 声明, related list with dates)",
    language="zh-CN", encoding="gbk", fetched_at=FETCH_CN,
    notes="GBK page. Printed 2026-11-24 15:57:26 with seconds. Author 宁静 (本网记者 dropped); editor 苏芮 (half-width colon). Numbered items and the sentence introducing them are body. The 声明 and related list are noise.",
    classes=["gbk", "seconds_printed", "halfwidth_colons", "reporter_prefix", "editor_in_info_line", "numbered_items_in_body", "copyright_notice", "related_dates"],
    title=T, published_date="2026-11-24", published_at="2026-11-24T15:57:26+08:00",
    author="宁静", editor="苏芮", source="中国客车网", paragraphs=P, body_noise=N)

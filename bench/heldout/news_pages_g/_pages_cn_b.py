"""Chinese pages, part B (10 pages). Markup and truth side by side."""
from _common import FETCH_CN, add, esc, epoch, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------------------------------------
# 11. 华商网 (hsw.cn): roles in 作者 field, photographer caption, 大风新闻 dateline, comments
# ---------------------------------------------------------------------------------------------
BODY = [
    "华商报大风新闻讯 11月28日，西安经开区一家重型汽车车桥企业的新能源车桥生产线正式投产。这条产线可生产电驱桥和轮边电机桥两大类产品，年产能10万根。",
    "企业相关负责人介绍，新能源重卡对车桥的承载能力和传动效率要求更高，新产品采用集成式设计，比传统“电机+传动轴+车桥”的结构减重约200公斤。",
    "据了解，今年以来陕西新能源重卡产量增长明显，带动了车桥、电机、电控等本地配套企业扩产。",
]
html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>年产10万根 新能源车桥生产线在西安投产 - 华商网</title>
</head>
<body>
<div class="topnav"><a class="logo">华商网</a><a>新闻</a><a>陕西</a><a>财经</a><a>汽车</a><a>大风新闻</a></div>
<div class="article">
 <h1 class="biaoti">年产10万根 新能源车桥生产线在西安投产</h1>
 <div class="sm01">2026-11-29 08:06:41　来源：华商报　作者：华商报记者 韦亮</div>
 <div class="contentBox">
<p>{esc(BODY[0])}</p>
<p style="text-align:center"><img src="/img/2026/1129/chq.jpg" alt=""></p>
<p style="text-align:center">新能源车桥生产线 华商报记者 韦亮 摄</p>
{ps(BODY[1:])}
 </div>
 <div class="bianji">编辑：李娜</div>
 <div class="app">下载大风新闻APP，参与爆料赢好礼</div>
 <div class="pinglun"><h3>网友评论</h3><div class="pl"><span>华商网友</span><em>2026-11-29 10:11</em><p>西安的汽车产业越来越强了</p></div></div>
 <div class="xiangguan"><h3>相关新闻</h3><ul><li><a>陕西新能源重卡前10月产量增长四成</a>（11-20）</li></ul></div>
</div>
<div class="foot">华商网 版权所有</div>
</body>
</html>
"""
add("portal_hsw", html,
    url="http://news.hsw.cn/system/2026/1129/1702214.shtml",
    kind="portal",
    modelled_on="华商网 (hsw.cn, 华商报, 陕西) article page (biaoti h1, sm01 line 'time with seconds　来源：X　作者：华商报记者 Y', '华商报大风新闻讯' dateline, centred photo with '… 华商报记者 X 摄' caption, 编辑 line, 大风新闻 app prompt, comments with date-times, related list with year-less dates)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Time printed to the second. 作者 field '华商报记者 韦亮' -> author 韦亮 (role and paper prefix dropped); the same person's '摄' in the caption is a photo credit, and the caption is noise. Source 华商报, editor 李娜. The dateline '华商报大风新闻讯' stays in the first paragraph.",
    classes=["seconds_printed", "roles_in_author_field", "photographer_caption", "image_caption",
             "dateline_in_first_paragraph", "editor_line", "app_prompt", "comment_dates", "related_dates"],
    title="年产10万根 新能源车桥生产线在西安投产",
    published_date="2026-11-29", published_at="2026-11-29T08:06:41+08:00",
    author="韦亮", editor="李娜", source="华商报",
    paragraphs=BODY,
    body_noise=["新能源车桥生产线 华商报记者 韦亮 摄", "编辑：李娜", "下载大风新闻APP，参与爆料赢好礼",
                "西安的汽车产业越来越强了"],
)

# ---------------------------------------------------------------------------------------------
# 12. 长江网 (cjn.cn): dateline parentheses with 3 names, halfwidth-colon labels, 【编辑:】, tags
# ---------------------------------------------------------------------------------------------
BODY = [
    "长江日报-长江网11月27日讯（记者 陈晓彤 通讯员 黄丽 汪彤）27日，武汉经开区一家汽车热管理系统企业的第二工厂正式投产，新工厂主要生产新能源汽车热泵总成和电子膨胀阀，达产后年产值约25亿元。",
    "记者在现场看到，工厂的装配线采用模块化布局，一条产线可以在30分钟内切换不同车型的产品。企业负责人表示，目前公司已进入8家整车企业的供应体系，其中武汉本地客户贡献了近一半的订单。",
    "武汉经开区相关负责人介绍，区内已集聚汽车零部件企业500余家，今年新引进的零部件项目中，新能源和智能网联相关项目占比超过七成。",
]
html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>汽车热管理企业第二工厂在武汉经开区投产_长江网</title>
<meta name="PubDate" content="2026-11-27 14:20">
</head>
<body>
<div class="head"><a class="logo">长江网</a><a>武汉</a><a>新闻</a><a>经济</a><a>区街</a></div>
<div class="main">
 <div class="path">当前位置：<a>长江网</a> &gt; <a>经济</a></div>
 <h1 class="title">汽车热管理企业第二工厂在武汉经开区投产</h1>
 <div class="info">发布时间: 2026-11-27 14:20　来源: 长江日报　<span class="fontsize">字号：<a>大</a><a>中</a><a>小</a></span></div>
 <div class="content">
{ps(BODY)}
<p class="editor">【编辑:王娟】</p>
 </div>
 <div class="tags">标签：<a>经开区</a><a>热管理</a><a>汽车零部件</a></div>
 <div class="recommend"><h3>推荐阅读</h3><ul><li><a>武汉新能源汽车产量前10月增长三成</a><span>2026-11-24</span></li></ul></div>
</div>
<div class="footer">长江日报报业集团 长江网 版权所有</div>
</body>
</html>
"""
add("portal_cjn", html,
    url="http://news.cjn.cn/sywh/202611/t20261127_6823301.htm",
    kind="portal",
    modelled_on="长江网 (cjn.cn, 长江日报) article page (path, h1, info line '发布时间: … 来源: …' with half-width colons and a 字号 control, '长江日报-长江网M月D日讯（记者 X 通讯员 Y Z）' dateline, '【编辑:X】' with a half-width colon inside the content, 标签 row, 推荐阅读 list; PubDate meta)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Authors from the dateline parentheses in page order: 记者 陈晓彤, 通讯员 黄丽 汪彤 -> '陈晓彤 黄丽 汪彤'. The dateline with the parentheses stays in the first paragraph (it is part of the sentence). Half-width colons in '发布时间: ' / '来源: ' and in '【编辑:王娟】' (editor 王娟; the bracket line is noise). Source 长江日报.",
    classes=["halfwidth_colon_label", "dateline_in_first_paragraph", "author_in_dateline_parentheses",
             "three_authors_space", "correspondent_role", "bracket_editor_halfwidth_colon", "font_size_control",
             "tags_line", "meta_time_agrees", "recommend_list"],
    title="汽车热管理企业第二工厂在武汉经开区投产",
    published_date="2026-11-27", published_at="2026-11-27T14:20:00+08:00",
    author="陈晓彤 黄丽 汪彤", editor="王娟", source="长江日报",
    paragraphs=BODY,
    body_noise=["【编辑:王娟】", "标签：经开区", "武汉新能源汽车产量前10月增长三成"],
)

# ---------------------------------------------------------------------------------------------
# 13. 深圳新闻网 (sznews.com), GBK: 原标题 line, [编辑：X ], photo credit, reporter in 作者 field
# ---------------------------------------------------------------------------------------------
ORIG = "原标题：深圳汽车电子企业抱团“出海”"
BODY = [
    "深圳特区报讯 日前，由20多家深圳汽车电子企业组成的联合参展团亮相德国一场汽车零部件展会，现场签约和意向订单金额超过3亿美元。",
    "参展企业产品涵盖车载显示屏、毫米波雷达、车规级连接器和域控制器等。一家连接器企业负责人说，抱团参展既降低了单个企业的参展成本，也让海外采购商对深圳汽车电子产业链有了更完整的认识。",
    "深圳市汽车电子行业协会相关负责人表示，明年计划组织企业参加东南亚和中东地区的行业展会，帮助更多中小企业开拓海外市场。",
]
html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>深圳汽车电子企业组团参展 意向订单超3亿美元_深圳新闻网</title>
</head>
<body>
<div class="top"><a class="logo">深圳新闻网</a> <a>首页</a> <a>深圳</a> <a>经济</a> <a>科技</a></div>
<div class="con">
 <div class="crumbs">首页 &gt; 深圳 &gt; 经济</div>
 <h1 class="h1-news">深圳汽车电子企业组团参展 意向订单超3亿美元</h1>
 <div class="share-bar"><span class="fl">2026-11-26 09:41　来源：深圳特区报　作者：深圳特区报记者 王晓</span><span class="fr">分享：<a>微信</a> <a>微博</a></span></div>
 <div class="new_txt">
<p>{esc(ORIG)}</p>
<p>{esc(BODY[0])}</p>
<p style="text-align:center"><img src="/pic/2026-11/26/zhan.jpg" alt=""></p>
<p style="text-align:center">深圳汽车电子企业展台吸引众多海外采购商。（受访单位供图）</p>
{ps(BODY[1:])}
<p class="editor">[编辑：刘瑶 ]</p>
 </div>
 <div class="xgxw"><h3>相关新闻</h3><ul><li><a>深圳前10月汽车出口增长五成</a></li></ul></div>
</div>
<div class="foot">深圳新闻网版权所有，未经授权禁止复制或建立镜像</div>
</body>
</html>
"""
add("portal_sznews_gbk", html,
    url="http://www.sznews.com/news/content/2026-11/26/content_31402287.htm",
    kind="portal",
    modelled_on="深圳新闻网 (sznews.com, 深圳报业集团) content page, GBK (h1-news, share-bar row with date / 来源 / '作者：深圳特区报记者 X' on the left and share links on the right, '原标题：' line opening the text, '深圳特区报讯' dateline, photo with '（受访单位供图）' caption, '[编辑：X ]' with a trailing space inside the content, related list, copyright footer)",
    language="zh-CN", encoding="gbk", fetched_at=FETCH_CN,
    notes="GBK page. 原标题 line opens the content and is noise; the title is the h1. Author 王晓 (作者 field with the paper prefix and role). Source 深圳特区报. Editor 刘瑶 from '[编辑：刘瑶 ]' (brackets and trailing space dropped). Caption with 供图 credit is noise. Dateline '深圳特区报讯' stays.",
    classes=["gbk", "original_title_line", "roles_in_author_field", "dateline_in_first_paragraph",
             "image_caption", "caption_photo_credit", "bracket_editor", "share_bar", "copyright_notice"],
    title="深圳汽车电子企业组团参展 意向订单超3亿美元",
    published_date="2026-11-26", published_at="2026-11-26T09:41:00+08:00",
    author="王晓", editor="刘瑶", source="深圳特区报",
    paragraphs=BODY,
    body_noise=[ORIG, "深圳汽车电子企业展台吸引众多海外采购商。（受访单位供图）", "[编辑：刘瑶 ]", "深圳前10月汽车出口增长五成"],
)

# ---------------------------------------------------------------------------------------------
# 14. 北京商报 (bbtnews.com.cn): 北京商报讯（记者 X 实习记者 Y）, JSON-LD agrees, investment note
# ---------------------------------------------------------------------------------------------
BODY = [
    "北京商报讯（记者 刘晓 实习记者 宋艺）11月25日，北京一家汽车内饰企业发布公告称，拟以自有资金4.2亿元收购一家座椅面料企业60%的股权。",
    "公告显示，标的公司主要为多家新能源车企提供超纤皮革和环保面料，今年前三季度实现营业收入5.8亿元，净利润6100万元。",
    "对于此次收购，公司方面表示，座舱内饰正从“功能件”向“体验件”转变，面料是影响消费者感知的重要环节，收购完成后将补齐公司在座椅面料领域的短板。",
    "资深汽车分析师张翔认为，近两年内饰企业通过并购向上游材料延伸的案例明显增多，但整合效果还要看双方客户和技术的协同程度。",
]
PUB = "2026-11-25T15:42:08+08:00"
html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>4.2亿元收购座椅面料企业 内饰企业向上游延伸-北京商报</title>
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "4.2亿元收购座椅面料企业 内饰企业向上游延伸", "datePublished": PUB, "author": [{"@type": "Person", "name": "刘晓"}, {"@type": "Person", "name": "宋艺"}], "publisher": {"@type": "Organization", "name": "北京商报"}})}
</head>
<body>
<div class="header"><a class="logo">北京商报</a><nav><a>首页</a><a>财经</a><a>产经</a><a>汽车</a><a>评论</a></nav></div>
<div class="article">
 <div class="tit"><h1>4.2亿元收购座椅面料企业 内饰企业向上游延伸</h1></div>
 <div class="info"><span>北京商报</span><span>2026-11-25 15:42</span><span>来源：北京商报</span></div>
 <div class="content">
{ps(BODY)}
<p class="tip">（文中个股仅为举例，不构成投资建议）</p>
 </div>
 <div class="editor">北京商报记者 刘晓 宋艺 / 责任编辑：王瑶</div>
 <div class="attention"><img src="/qr.png" alt=""><p>扫码关注北京商报微信公众号</p></div>
 <div class="hot"><h3>热点推荐</h3><ul><li><a>汽车后市场连锁品牌加速下沉</a></li></ul></div>
</div>
<div class="footer">北京商报社 版权所有</div>
</body>
</html>
"""
add("portal_bbtnews", html,
    url="https://www.bbtnews.com.cn/2026/1125/501127.shtml",
    kind="portal",
    modelled_on="北京商报 (bbtnews.com.cn) article page (tit h1, info spans with the paper name / time / 来源, '北京商报讯（记者 X 实习记者 Y）' dateline, bracketed 个股 note, closing '北京商报记者 X Y / 责任编辑：Z' line, QR follow prompt, hot list; NewsArticle JSON-LD with seconds and two Person authors; URL /YYYY/MMDD/)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed '2026-11-25 15:42'; JSON-LD datePublished 15:42:08 is the same minute, so its seconds are kept. Authors 刘晓 (记者) and 宋艺 (实习记者) from the dateline parentheses and again in the closing line. Editor 王瑶 (责任编辑). Source 北京商报. The analyst 张翔 quoted in the text is not an author. The investment note, closing credit line and QR prompt are noise.",
    classes=["jsonld_seconds_agree", "dateline_in_first_paragraph", "author_in_dateline_parentheses",
             "intern_role", "two_authors_space", "closing_credit_line", "editor_in_closing_credit",
             "investment_disclaimer", "follow_prompt", "qr_code", "url_date"],
    title="4.2亿元收购座椅面料企业 内饰企业向上游延伸",
    published_date="2026-11-25", published_at=PUB,
    author="刘晓 宋艺", editor="王瑶", source="北京商报",
    paragraphs=BODY,
    body_noise=["（文中个股仅为举例，不构成投资建议）", "北京商报记者 刘晓 宋艺 / 责任编辑：王瑶",
                "扫码关注北京商报微信公众号", "汽车后市场连锁品牌加速下沉"],
)

# ---------------------------------------------------------------------------------------------
# 15. 东北新闻网 (nen.com.cn): empty 作者 label, hidden block, reporter at end in parentheses
# ---------------------------------------------------------------------------------------------
BODY = [
    "记者日前从沈阳市工业和信息化局获悉，今年以来，沈阳市汽车零部件本地配套项目累计开工41个，总投资超过120亿元，其中铸锻件、车身结构件和电驱动项目占比最大。",
    "在铁西区一家铝合金压铸企业，一体化压铸后地板的试生产正在进行。企业负责人介绍，6800吨压铸单元投用后，一个后地板零件可以替代原来的70多个冲压焊接件。",
    "沈阳市相关负责人表示，将继续实施“链长制”，围绕整车企业需求开展精准招商，力争明年本地配套率再提高5个百分点。",
]
END = "（辽宁日报记者 王卓）"
html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>沈阳汽车零部件本地配套项目开工41个_东北新闻网</title>
</head>
<body>
<div class="head"><a class="logo">东北新闻网</a><a>辽宁</a><a>沈阳</a><a>经济</a></div>
<div class="main">
 <div class="weizhi">当前位置：东北新闻网 &gt; 辽宁 &gt; 经济</div>
 <h1 id="title">沈阳汽车零部件本地配套项目开工41个</h1>
 <div class="laiyuan"><span id="pubtime">2026-11-24 10:15:00</span>　来源：辽宁日报　作者：<span id="author"></span></div>
 <div id="wx_share" style="display:none"><p>2026-11-18 16:00:00</p><p>东北新闻网 微信分享</p></div>
 <div id="content">
{ps(BODY)}
<p>{esc(END)}</p>
 </div>
 <div class="zebian">责任编辑：初海</div>
 <div class="xgxw"><h3>相关新闻</h3><ul><li><a>大连汽车零部件出口保持增长</a>　2026-11-22</li></ul></div>
</div>
<div class="foot">东北新闻网 版权所有</div>
</body>
</html>
"""
add("portal_nen", html,
    url="http://liaoning.nen.com.cn/network/liaoningnews/lnnewsyuanchuang/2026/11/24/718820411.shtml",
    kind="portal",
    modelled_on="东北新闻网 (nen.com.cn, 辽宁) news page (weizhi path, h1#title, laiyuan line with span#pubtime to the second, 来源 and an EMPTY 作者 span, hidden display:none wx_share block with another date, reporter credit '（辽宁日报记者 X）' as the last paragraph, 责任编辑 line, related list; URL /YYYY/MM/DD/)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="The 作者 label in the info line is empty; the writer is credited at the end of the text: '（辽宁日报记者 王卓）' -> author 王卓 (the closing credit line is noise). Time to the second from the visible line. The hidden wx_share block holds another date (2026-11-18 16:00:00): a trap. Source 辽宁日报, editor 初海.",
    classes=["empty_author_label", "end_credit_line_parentheses", "seconds_printed", "hidden_display_none",
             "hidden_date_trap", "editor_line", "related_dates", "url_date"],
    title="沈阳汽车零部件本地配套项目开工41个",
    published_date="2026-11-24", published_at="2026-11-24T10:15:00+08:00",
    author="王卓", editor="初海", source="辽宁日报",
    paragraphs=BODY,
    body_noise=[END, "东北新闻网 微信分享", "责任编辑：初海", "大连汽车零部件出口保持增长"],
)

# ---------------------------------------------------------------------------------------------
# 16. 电子发烧友 (elecfans.com): 电子发烧友网报道（文/X）opener, author box, original statement
# ---------------------------------------------------------------------------------------------
ROWS = [["参数", "上一代", "新一代"],
        ["工艺", "7nm", "5nm"],
        ["AI算力", "80 TOPS", "254 TOPS"],
        ["功能安全等级", "ASIL-B", "ASIL-D（安全岛）"]]
OPEN = "电子发烧友网报道（文/周明）"
BODY = [
    OPEN + "11月27日，一家国内车规芯片公司发布新一代智能驾驶SoC，采用5nm工艺，AI算力达到254 TOPS，可支持城市NOA功能。",
    "与上一代产品相比，新芯片的主要参数变化如下：",
] + rows_tsv(ROWS) + [
    "该公司表示，新芯片已与三家整车企业达成定点合作，预计2027年下半年实现量产装车。",
    "从行业看，国产智驾芯片正在从L2级辅助驾驶向高阶智驾渗透，但在软件工具链和生态方面与国际厂商仍有差距。",
]
html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>5nm工艺、254TOPS算力，国产智驾SoC再推新品 - 电子发烧友网</title>
<meta property="article:published_time" content="2026-11-27T17:30:22+08:00">
</head>
<body>
<div class="header"><a class="logo">电子发烧友</a><nav><a>首页</a><a>汽车电子</a><a>AI</a><a>半导体</a><a>论坛</a><a>下载</a></nav></div>
<div class="article-box">
 <h1 class="article-title">5nm工艺、254TOPS算力，国产智驾SoC再推新品</h1>
 <div class="article-info"><span class="from">电子发烧友网</span><span class="time">2026-11-27 17:30</span><span class="views">3.2w次阅读</span><span class="cmts">0 条评论</span></div>
 <div class="article-content simditor-body">
<p>{esc(BODY[0])}</p>
<p>{esc(BODY[1])}</p>
{table(ROWS)}
{ps(BODY[-2:])}
<p class="statement">声明：本文由电子发烧友原创，转载请注明以上来源。如需入群交流，请添加微信elecfans999，投稿爆料采访需求，请发邮箱huangjingjing@elecfans.com。</p>
 </div>
 <div class="tag-row">标签：<a>智能驾驶</a><a>SoC</a><a>汽车电子</a></div>
 <div class="author-card"><img src="/author/zm.jpg" alt=""><div><b>周明</b><p>电子发烧友网汽车电子记者，关注智能驾驶与车规芯片。</p><a>查看作者全部文章</a></div></div>
 <div class="comment"><h3>评论</h3><p class="empty">发表评论（暂无评论）</p></div>
 <div class="related"><h3>相关推荐</h3><ul><li><a>车规MCU国产化率提升至15%</a><span>2026-11-20</span></li></ul></div>
</div>
<div class="footer">电子发烧友网 版权所有</div>
</body>
</html>
"""
add("portal_elecfans", html,
    url="https://www.elecfans.com/qichedianzi/20261127714203.html",
    kind="portal",
    modelled_on="电子发烧友网 (elecfans.com) article page (article-title h1, article-info with media name / time / '3.2w次阅读' / comment count, '电子发烧友网报道（文/X）' credit glued to the first sentence, parameter table, original-content 声明 with WeChat / email, 标签 row, author card at the end, empty comment box, related list; article:published_time meta with seconds)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="The opener '电子发烧友网报道（文/周明）' is glued to the first sentence in the same <p>, like a dateline with the reporter in parentheses, so it stays in the first paragraph (news_pages convention for datelines such as 央广网上海11月9日消息（记者韩雪））; author 周明 from it. Source: the info row shows only the media name 电子发烧友网 (no 来源 label) — taken as the source, as media names in the date line are (news_pages conventions). Published 17:30 with meta seconds :22. Statement, tags, author card, empty comment box are noise; the table (header included) is body.",
    classes=["dateline_in_first_paragraph", "slash_author_in_parentheses", "media_name_in_info_row",
             "meta_seconds_agree", "table_in_body", "original_declaration", "author_box_end", "tags_line",
             "read_count_w", "empty_comment_box", "related_dates", "no_editor"],
    title="5nm工艺、254TOPS算力，国产智驾SoC再推新品",
    published_date="2026-11-27", published_at="2026-11-27T17:30:22+08:00",
    author="周明", editor=None, source="电子发烧友网",
    paragraphs=BODY,
    body_noise=["声明：本文由电子发烧友原创，转载请注明以上来源。", "电子发烧友网汽车电子记者，关注智能驾驶与车规芯片。",
                "查看作者全部文章", "发表评论（暂无评论）", "车规MCU国产化率提升至15%"],
)

# ---------------------------------------------------------------------------------------------
# 17. 市场监管总局 (samr.gov.cn) news page: date only, no time anywhere, department source, table
# ---------------------------------------------------------------------------------------------
ROWS = [["产品类别", "抽查批次", "不合格批次", "不合格发现率"],
        ["汽车制动软管", "62", "3", "4.8%"],
        ["汽车安全带", "48", "1", "2.1%"],
        ["机动车儿童乘员用约束系统", "55", "4", "7.3%"]]
BODY = [
    "近日，市场监管总局组织开展了2026年汽车零部件及相关产品质量国家监督抽查，共抽查165家企业生产的165批次产品，发现8批次产品不合格。",
    "抽查结果如下：",
] + rows_tsv(ROWS) + [
    "针对抽查发现的问题，市场监管总局已部署相关省级市场监管部门依法做好后续处理工作，督促企业整改。",
    "市场监管总局提醒消费者，购买汽车零部件和儿童安全座椅时，应选择正规渠道，查看产品是否具有CCC认证标志。",
]
html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>市场监管总局发布2026年汽车零部件产品质量国家监督抽查情况</title>
<meta name="ArticleTitle" content="市场监管总局发布2026年汽车零部件产品质量国家监督抽查情况">
<meta name="PubDate" content="2026-11-24">
<meta name="ContentSource" content="质量监督司">
</head>
<body>
<div class="header"><img src="/images/logo.png" alt="国家市场监督管理总局"><div class="nav"><a>首页</a><a>机构</a><a>新闻</a><a>政务</a><a>服务</a><a>互动</a></div></div>
<div class="position">当前位置：<a>首页</a> &gt; <a>新闻</a> &gt; <a>工作动态</a></div>
<div class="article">
 <div class="Three_xilan_01_font">市场监管总局发布2026年汽车零部件产品质量国家监督抽查情况</div>
 <div class="Three_xilan_02">发布时间：2026-11-24　　信息来源：质量监督司　　<span class="zihao">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
 <div class="Three_xilan_07">
{ps(BODY[:2])}
{table(ROWS)}
{ps(BODY[-2:])}
 </div>
 <div class="fj">相关附件：<a>2026年汽车零部件产品质量国家监督抽查不合格产品及企业名单.xlsx</a></div>
 <div class="tool"><a>【打印】</a> <a>【关闭】</a></div>
</div>
<div class="footer">主办单位：国家市场监督管理总局　网站标识码：bm00000000</div>
</body>
</html>
"""
add("gov_samr", html,
    url="https://www.samr.gov.cn/xw/zj/art/2026/art_6a31e0c5b2a44d8f9b17d2a0c3e51f44.html",
    kind="gov",
    modelled_on="国家市场监督管理总局 (samr.gov.cn) 新闻 / 工作动态 article page (Three_xilan_ class template: title div, '发布时间 / 信息来源 / 【字体】' row with a date only, spot-check table in the body, 相关附件 link, 【打印】【关闭】; PubDate meta date only, ContentSource meta; URL /art/YYYY/art_HASH.html)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="No time of day anywhere (visible date, PubDate meta and URL give only the day): published_at null. Source = 信息来源 value 质量监督司 (a department; kept as printed). No author, no editor. The spot-check table (header included) and the sentence introducing it are body; the attachment and print/close links are noise.",
    classes=["date_only_no_time", "headline_in_div", "info_source_label", "department_source", "table_in_body",
             "font_size_control", "attachment_link", "print_close_links", "trs_meta", "no_author", "no_editor"],
    title="市场监管总局发布2026年汽车零部件产品质量国家监督抽查情况",
    published_date="2026-11-24", published_at=None,
    author=None, editor=None, source="质量监督司",
    paragraphs=BODY,
    body_noise=["相关附件：2026年汽车零部件产品质量国家监督抽查不合格产品及企业名单.xlsx", "【打印】", "【字体：大 中 小】"],
)

# ---------------------------------------------------------------------------------------------
# 18. 大鱼号 on UC (mparticle.uc.cn): relative '2小时前', epoch ms, account source, ad card
# ---------------------------------------------------------------------------------------------
BODY = [
    "最近不少车主在后台留言，问同一款刹车片，为什么线上价格比4S店便宜一半还多。今天就来聊聊售后刹车片市场的门道。",
    "首先要弄清楚的是，刹车片大致可以分为原厂配套件、品牌件和副厂件三类。原厂配套件和整车厂在4S店销售的是同一家供应商的产品，差别主要在包装和渠道。",
    "其次，价格差异很大一部分来自渠道加价。4S店的配件价格里包含了仓储、质保和工时分摊，而电商渠道省掉了中间环节。",
    "最后提醒大家，选购时一定要看产品是否有认证标志和明确的生产厂家，来路不明的低价刹车片可能存在摩擦系数不稳定、高温衰退严重等安全隐患。",
]
PUB = "2026-11-30T06:52:18+08:00"
html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>同一款刹车片，网上为啥比4S店便宜一半？</title>
<script>window.__INITIAL_DATA__ = {{"article":{{"id":"b771a02f9c","title":"同一款刹车片，网上为啥比4S店便宜一半？","publish_at":{epoch(PUB) * 1000},"wm_name":"车圈零件说","wm_id":"3c81d"}}}};</script>
</head>
<body>
<div class="open-app">UC浏览器 打开看更多精彩内容 <a>打开</a></div>
<div class="article">
 <h1 class="article-title">同一款刹车片，网上为啥比4S店便宜一半？</h1>
 <div class="article-wm">
  <img class="wm-avatar" src="/wm/3c81d.png" alt="">
  <div class="wm-info"><span class="wm-name">车圈零件说</span><span class="wm-time">2小时前</span><span class="wm-type">大鱼号</span></div>
  <a class="wm-follow">关注</a>
 </div>
 <div class="article-content">
{ps(BODY[:2])}
<div class="ad-card"><span class="ad-label">广告</span><p>刹车片套装限时特价 立即购买</p></div>
{ps(BODY[2:])}
 </div>
 <p class="wm-statement">本文为大鱼号作者原创，仅代表作者观点，不代表UC立场。</p>
 <div class="follow-tip">关注车圈零件说，获取更多精彩内容</div>
 <div class="hot-list"><h3>为你推荐</h3><ul><li><a>机油多久换一次才合适</a><span>5小时前</span></li><li><a>轮胎上的数字都是什么意思</a><span>1天前</span></li></ul></div>
</div>
</body>
</html>
"""
add("selfmedia_dayu", html,
    url="https://mparticle.uc.cn/article.html?uc_param_str=frdnsnpfvecpntnwprdssskt&wm_id=3c81d&wm_aid=b771a02f9c",
    kind="self_media",
    modelled_on="大鱼号 article on UC (mparticle.uc.cn) mobile page (open-app bar, h1, wm account row with avatar / account name / relative '2小时前' / 大鱼号 label / 关注, 广告 card inside the content, platform statement, follow tip, recommendation list with relative times; window.__INITIAL_DATA__ with epoch-millisecond publish_at)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="'2小时前' at fetch time 2026-11-30 09:00 (+08:00) points to about 07:00; __INITIAL_DATA__.publish_at (epoch ms) is 2026-11-30 06:52:18, which rounds to '2小时前' and supplies the exact time. Source = the publishing 大鱼号 account 车圈零件说; no person credited (author null), no editor. Ad card, statement, follow tip and recommendations (with their own relative times) are noise.",
    classes=["relative_hours", "epoch_ms_page_data", "account_source", "ad_inside_body", "platform_disclaimer",
             "follow_prompt", "app_prompt", "relative_sidebar_times", "no_author", "no_editor"],
    title="同一款刹车片，网上为啥比4S店便宜一半？",
    published_date="2026-11-30", published_at=PUB,
    author=None, editor=None, source="车圈零件说",
    paragraphs=BODY,
    body_noise=["刹车片套装限时特价 立即购买", "本文为大鱼号作者原创，仅代表作者观点，不代表UC立场。",
                "关注车圈零件说，获取更多精彩内容", "机油多久换一次才合适"],
)

# ---------------------------------------------------------------------------------------------
# 19. 网上车市 (cheshi.com): 12-hour clock, 【网上车市 行业】 opener, two pages, in-body 询价 box
# ---------------------------------------------------------------------------------------------
BODY = [
    "【网上车市 行业】11月28日，一家自主品牌车企与其核心零部件供应商在长沙签署战略合作协议，双方将共建智能底盘联合实验室，重点开发线控转向和主动悬架系统。",
    "根据协议，联合实验室首期投入2.5亿元，研发团队规模约200人，首个合作项目将搭载于明年上市的一款中型SUV。",
    "双方还约定，在联合实验室开发的产品中，供应商享有优先定点权，车企则获得关键技术的共同知识产权。",
]
html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>车企与供应商共建智能底盘联合实验室_网上车市</title>
</head>
<body>
<div class="top"><a class="logo">网上车市</a><a>新车</a><a>导购</a><a>行业</a><a>报价</a></div>
<div class="main">
 <div class="crumb"><a>网上车市</a> &gt; <a>行业</a> &gt; 正文</div>
 <h1>车企与供应商共建智能底盘联合实验室</h1>
 <div class="infor"><span>2026年11月28日 下午3:05</span><span>来源：网上车市</span><span>作者：孟强</span><span>责任编辑：梁晓</span></div>
 <div class="article">
{ps(BODY[:2])}
<div class="xunjia"><p>热门SUV报价 12.98万起</p><a>立即询价</a> <a>预约试驾</a></div>
<p>{esc(BODY[2])}</p>
 </div>
 <div class="page"><a class="on">1</a><a>2</a><a>下一页</a></div>
 <div class="copyright">网上车市原创文章，未经授权禁止转载。</div>
 <div class="xgyd"><h3>相关阅读</h3><ul><li><a>线控转向进入量产前夜</a><em>2026-11-21</em></li></ul></div>
</div>
<div class="foot">网上车市 版权所有</div>
</body>
</html>
"""
add("portal_cheshi", html,
    url="https://news.cheshi.com/20261128/2958731.shtml",
    kind="portal",
    modelled_on="网上车市 (cheshi.com) industry news page (crumb, h1, infor spans with a Chinese-format date and a 12-hour '下午H:MM' clock / 来源 / 作者 / 责任编辑, '【网上车市 行业】' opener, 询价 / 试驾 box with a price inside the content, two-page pager (page 1 stored), 原创 notice, related list; URL /YYYYMMDD/)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Printed '2026年11月28日 下午3:05' (12-hour clock with 下午) -> 15:05. Page 1 of 2 stored. Author 孟强, editor 梁晓 (责任编辑), source 网上车市. The opener '【网上车市 行业】' is part of the first paragraph. The 询价 box, pager, 原创 notice and related list are noise.",
    classes=["ampm_chinese", "chinese_date_format", "bracket_column_prefix", "price_widget_inside_body",
             "pagination_links", "page_one_only", "editor_in_info_row", "original_declaration", "related_dates",
             "url_date"],
    title="车企与供应商共建智能底盘联合实验室",
    published_date="2026-11-28", published_at="2026-11-28T15:05:00+08:00",
    author="孟强", editor="梁晓", source="网上车市",
    paragraphs=BODY,
    body_noise=["热门SUV报价 12.98万起", "立即询价", "网上车市原创文章，未经授权禁止转载。", "线控转向进入量产前夜"],
)

# ---------------------------------------------------------------------------------------------
# 20. 国家能源局 (nea.gov.cn): source before date, time only in meta, numbered measures, 责任编辑
# ---------------------------------------------------------------------------------------------
BODY = [
    "为做好今冬明春新能源汽车充电保障工作，国家能源局近日印发通知，对高速公路服务区和城乡充电设施运行维护提出明确要求。",
    "通知要求各地能源主管部门：",
    "（一）加强高速公路服务区充电设施巡检，节假日前完成全部充电桩的安全检查；",
    "（二）在车流量较大的服务区配置移动充电设备，缓解节假日排队问题；",
    "（三）推动充电运营企业接入省级监管平台，及时发布充电桩运行状态信息。",
    "据统计，截至10月底，全国充电基础设施总数达到1520万台，同比增长46%，高速公路服务区充电桩覆盖率超过98%。",
]
html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>国家能源局部署今冬明春新能源汽车充电保障工作</title>
<meta name="firstpublishedtime" content="2026-11-21-10:30:00">
<meta name="lastmodifiedtime" content="2026-11-22-09:12:40">
</head>
<body>
<div class="head"><a class="logo">国家能源局</a><div class="nav"><a>首页</a><a>机构设置</a><a>新闻发布</a><a>政务公开</a><a>政务服务</a></div></div>
<div class="main">
 <div class="path">首页 &gt; 新闻发布 &gt; 工作动态</div>
 <div class="titles">国家能源局部署今冬明春新能源汽车充电保障工作</div>
 <div class="author">来源：电力司　　2026-11-21</div>
 <div class="article-content">
{ps(BODY)}
 </div>
 <div class="zrbj">（责任编辑：刘畅）</div>
 <div class="share">分享到：<a>微信</a><a>微博</a></div>
</div>
<div class="footer">国家能源局 版权所有 京ICP备00000000号</div>
</body>
</html>
"""
add("gov_nea", html,
    url="https://www.nea.gov.cn/2026-11/21/c_1310892114.htm",
    kind="gov",
    modelled_on="国家能源局 (nea.gov.cn, Xinhua-hosted template) 工作动态 page (titles div, author div printing '来源：X' BEFORE a date-only day, numbered （一）（二）（三） measures as paragraphs, '（责任编辑：X）' line, share bar; firstpublishedtime / lastmodifiedtime meta in the 'YYYY-MM-DD-HH:MM:SS' form; URL /YYYY-MM/DD/c_ID.htm)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="The visible line shows only the day (来源：电力司　2026-11-21); the time of day is only in the firstpublishedtime meta ('2026-11-21-10:30:00', dash between date and time) -> 2026-11-21T10:30:00+08:00; lastmodifiedtime (next day) is an update and never wins. Source 电力司 (a department, as printed). Editor 刘畅 from '（责任编辑：刘畅）'. The numbered measures and the sentence introducing them are body.",
    classes=["source_before_date", "date_only_visible", "time_only_in_meta", "dash_joined_meta_datetime",
             "update_in_meta", "numbered_items_in_body", "department_source", "editor_in_parentheses",
             "share_bar", "headline_in_div", "url_date", "no_author"],
    title="国家能源局部署今冬明春新能源汽车充电保障工作",
    published_date="2026-11-21", published_at="2026-11-21T10:30:00+08:00",
    author=None, editor="刘畅", source="电力司",
    paragraphs=BODY,
    body_noise=["（责任编辑：刘畅）", "分享到：微信微博"],
)

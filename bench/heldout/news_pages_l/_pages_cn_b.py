"""Chinese pages, part B (regional sites and apps, EV / storage trade media, government and
association pages, a developer blog)."""
import json

from _common import FETCH_CN, add, doc, epoch, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------- portal_ts
T = "新疆首个商用车零部件再制造基地在昌吉投产"
P = [
    "11月25日，新疆首个商用车零部件再制造基地在昌吉国家农业科技园区投产。基地首期建设发动机、变速箱和车桥三条再制造生产线，年再制造能力可达1.2万台（套）。",
    "基地负责人介绍，再制造产品的性能不低于新品，价格却只有新品的五到六成，主要面向疆内物流运输企业和工程机械用户。基地还配套建设了旧件回收网点，在全疆设立回收站点23个。",
    "“新疆重卡保有量大、运输距离长，零部件更换需求旺盛，再制造有很大的市场空间。”自治区工业和信息化厅相关负责人表示，将支持企业申请再制造产品认定，并推动再制造产品进入政府采购目录。",
    "据测算，与制造新品相比，再制造可节约能源60%、节约材料70%，每年可减少二氧化碳排放约8000吨。",
]
NOISE = [
    "更新时间：2026-11-27 09:15:03",
    "石榴云/新疆日报记者 阿依古丽·买买提 报道",
    "责任编辑：马晓东",
    "相关新闻",
    "乌鲁木齐国际陆港区汽车出口量创新高",
]
html = doc(T + "-天山网", '<meta name="keywords" content="再制造,商用车,昌吉">', f"""
<div class="header"><a class="logo">天山网</a> <a>首页</a> <a>新疆</a> <a>时政</a> <a>经济</a> <a>石榴云</a></div>
<div class="position">当前位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>经济新闻</a></div>
<div class="article">
<h1>{esc(T)}</h1>
<div class="info">发布时间：2026-11-26 11:30:12 | 更新时间：2026-11-27 09:15:03 | 来源：新疆日报 | 作者：阿依古丽·买买提</div>
<div class="TRS_Editor">
<div style="display:none"><span id="pubtime_baidu">2026-11-26 11:30:12</span><span id="source_baidu">来源：新疆日报</span><span id="author_baidu">作者：阿依古丽·买买提</span><span id="editor_baidu">责任编辑：马晓东</span></div>
<p class="credit">{esc(NOISE[1])}</p>
{ps(P)}
</div>
<div class="editor">{esc(NOISE[2])}</div>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a>{esc(NOISE[4])}</a> <span>2026-11-24</span></li></ul></div>
<div class="foot">天山网 版权所有</div>
""")
add("portal_ts", html,
    url="https://www.ts.cn/xwzx/jjxw/202611/t20261126_12345678.shtml", kind="portal",
    modelled_on="天山网 (ts.cn, 新疆日报 group news site) article page (header, 当前位置 path, h1, info row '发布时间：… | 更新时间：… | 来源：… | 作者：…' with both times to the second, TRS_Editor container starting with a display:none block of pubtime_baidu / source_baidu / author_baidu / editor_baidu spans, then the credit line '石榴云/新疆日报记者 X 报道', 责任编辑 line, 相关新闻; URL with the date)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Publish and update labels: '发布时间：2026-11-26 11:30:12 | 更新时间：2026-11-27 09:15:03' — the publish time wins (the update is a day later). Author with a middle dot in the name: 阿依古丽·买买提 (one person, the dot is part of the name). The credit line '石榴云/新疆日报记者 … 报道' and the hidden *_baidu block (same values as the visible row) are noise. '11月25日' in the text is the event day.",
    classes=["publish_and_update_labels", "update_next_day", "name_with_middle_dot", "credit_line_above_body", "hidden_display_none_block", "hidden_baidu_fields", "seconds_printed", "body_event_date", "editor_line", "url_date"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T11:30:12+08:00",
    author="阿依古丽·买买提", editor="马晓东", source="新疆日报", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_hangzhou
T = "钱塘区汽车零部件企业数字化改造全覆盖 平均交付周期缩短两成"
P = [
    "记者从钱塘区经信部门获悉，截至目前，区内规模以上汽车零部件企业已全部完成数字化改造，企业平均订单交付周期缩短21%，产品不良率下降近三成。",
    "在一家汽车制动盘企业，记者看到，每一片制动盘都有一个二维码，扫码即可查看铸造、机加工、动平衡检测等工序的全部数据。企业负责人说，过去客户投诉要花几天时间追溯原因，现在几分钟就能定位问题批次。",
    "钱塘区还搭建了汽车零部件产业大脑，汇集区内企业产能、订单和库存等数据，帮助中小企业对接整车厂的采购需求。今年以来，平台已撮合订单金额12亿元。",
    "下一步，钱塘区将推动企业由单点数字化向全链条协同升级，培育一批智能工厂和数字化车间。",
]
NOISE = [
    "钱塘区规上汽车零部件企业完成数字化改造",
    "编辑：韩梦琪",
    "本文为杭州日报原创稿件，转载请注明来源。",
    "相关阅读",
    "杭州前三季度汽车制造业增加值增长9.1%",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-27T15:58:27+08:00",
        "author": {"@type": "Organization", "name": "杭州网"},
        "publisher": {"@type": "Organization", "name": "杭州网"}}
html = doc(T + "_杭州网", jsonld(data), f"""
<div class="hz-top"><a class="logo">杭州网</a> <a>首页</a> <a>杭州新闻</a> <a>区县</a> <a>经济</a> <a>汽车</a></div>
<div class="weixin-share" style="display:none"><img src="https://hznews.hangzhou.com.cn/share/logo300.jpg"><p class="wx-title">{esc(T)}</p><p class="wx-desc">{esc(NOISE[0])}</p></div>
<div class="crumb">当前位置：<a>杭州网</a> &gt; <a>杭州新闻</a> &gt; <a>经济</a></div>
<div class="article">
<h1>{esc(T)}</h1>
<div class="info"><span>2026-11-27 16:05</span>　<span>来源：杭州日报</span>　<span>作者：记者 俞佳颖 通讯员 钱晓东 章蕾</span></div>
<div class="content">
{ps(P)}
</div>
<div class="editor">{esc(NOISE[1])}</div>
<div class="copyright">{esc(NOISE[2])}</div>
</div>
<div class="related"><h3>相关阅读</h3><ul><li><a>{esc(NOISE[4])}</a> <span>2026-11-23</span></li></ul></div>
<div class="foot">杭州网 版权所有</div>
""")
add("portal_hangzhou", html,
    url="https://hznews.hangzhou.com.cn/jingji/content/2026-11/27/content_9123456.htm", kind="portal",
    modelled_on="杭州网 (hangzhou.com.cn, 杭州日报 group news site) content page (top nav, a display:none WeChat share block with the share title and description, crumb, h1, info row 'time　来源　作者：记者 X 通讯员 Y Z', content, 编辑 line, 原创 copyright line, 相关阅读; NewsArticle JSON-LD whose datePublished is seven minutes earlier than the printed time and whose author is the site)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="JSON-LD and print disagree by minutes on the same day: printed '2026-11-27 16:05', JSON-LD datePublished 2026-11-27T15:58:27+08:00. The printed minute wins and the JSON-LD's seconds are not borrowed: 16:05:00. The JSON-LD author is the site (杭州网), not a writer. Authors from '作者：记者 俞佳颖 通讯员 钱晓东 章蕾' (three, roles dropped). The display:none WeChat share block (title + description) is noise.",
    classes=["jsonld_minutes_differ", "printed_minute_wins", "jsonld_site_author", "reporter_correspondent_list", "three_authors", "hidden_display_none_block", "hidden_share_block", "copyright_notice_after_body", "editor_line", "url_date"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T16:05:00+08:00",
    author="俞佳颖 钱晓东 章蕾", editor="韩梦琪", source="杭州日报", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_xxcb
T = "长沙经开区一汽车电子企业获国际车企定点 明年起供货十年"
P = [
    "11月27日，长沙经开区一家汽车电子企业宣布，获得一家国际整车企业的车身域控制器项目定点，项目生命周期10年，预计总销售额超过30亿元，将于明年下半年开始供货。",
    "这是该企业首次进入国际整车企业的全球采购体系。企业负责人介绍，为拿下这个项目，团队花了近两年时间完成了质量体系审核、功能安全认证和多轮样件验证。",
    "近年来，长沙经开区汽车电子产业发展迅速，已集聚域控制器、车载显示、毫米波雷达等企业50余家。经开区还设立了汽车电子公共测试平台，为中小企业提供电磁兼容等检测服务。",
    "业内人士表示，随着整车电子电气架构向集中式演进，具备软硬件一体化能力的本土汽车电子企业迎来进入国际供应链的机会。",
]
NOISE = [
    "打开潇湘晨报APP，查看更多精彩内容",
    "潇湘晨报",
    "潇湘晨报记者 易湘君 长沙报道",
    "责任编辑：谭璐",
    "举报",
    "推荐阅读",
    "湖南汽车零部件出口前三季度增长25%",
]
state = {"article": {"id": "AA2611271937", "title": T, "pubTime": "2026-11-27T21:37:09+08:00",
                     "source": "潇湘晨报", "author": "易湘君", "editor": "谭璐"}}
html = doc(T + "_潇湘晨报", "", f"""
<div class="download-bar"><span>{esc(NOISE[0])}</span> <a>打开</a></div>
<div class="article-box">
<h1 class="art-title">{esc(T)}</h1>
<div class="art-meta"><span class="media">潇湘晨报</span> <span class="time">11-27 21:37</span></div>
<p class="credit">{esc(NOISE[2])}</p>
<div class="art-content">
{ps(P)}
</div>
<div class="art-editor">{esc(NOISE[3])}</div>
<a class="report">举报</a>
</div>
<div class="rec"><h3>推荐阅读</h3><ul><li><a>{esc(NOISE[6])}</a> <span>11-29</span></li><li><a>株洲轨道交通零部件企业跨界汽车热管理</a> <span>11-28</span></li></ul></div>
<script>window.__DATA__ = {json.dumps(state, ensure_ascii=False)};</script>
""")
add("portal_xxcb", html,
    url="https://m.xxcb.cn/news/detail/AA2611271937.html", kind="portal",
    modelled_on="潇湘晨报 (xxcb.cn, 潇湘晨报 / 晨视频 app) share page (download bar, art-title h1, meta row with the media name and a year-less 'MM-DD HH:MM' time without labels, credit line '潇湘晨报记者 X 长沙报道' above the text, 责任编辑 line, 举报 link, 推荐阅读 with year-less dates later than the article; window.__DATA__ with an ISO pubTime with offset)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Year-less date '11-27 21:37'; the page's own data (window.__DATA__.article.pubTime 2026-11-27T21:37:09+08:00) gives the year and the seconds and agrees to the minute. Source = the media name beside the time without a label. Credit line above the text → author 易湘君 (city and role dropped); the line is noise. Recommended items show later year-less dates (11-29, 11-28): not the page date. '11月27日' in the text is the event day (same day).",
    classes=["yearless_date", "script_page_data", "json_seconds_agree", "media_name_no_label", "credit_line_above_body", "editor_line", "report_link", "app_prompt", "related_dates_later_than_article"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T21:37:09+08:00",
    author="易湘君", editor="谭璐", source="潇湘晨报", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_escn
T = "退役动力电池梯次利用项目在湖北投运 首期处理能力2万吨"
P = [
    "近日，一个退役动力电池梯次利用及再生项目在湖北荆门投运。项目首期年处理退役动力电池2万吨，可梯次利用的电池包经检测重组后用于通信基站备电和工商业储能，不能梯次利用的则进入拆解再生环节。",
    "项目负责人介绍，退役电池的一致性差异大，是梯次利用的最大难点。项目引入了快速分选检测设备，单个电池模组的检测时间从过去的40分钟缩短到8分钟，分选准确率达到95%以上。",
    "业内预计，随着早期投放的新能源汽车进入报废高峰，未来五年我国退役动力电池规模将快速增长。如何建立可追溯、可盈利的回收利用体系，已成为产业链上下游共同关注的问题。",
    "据悉，该项目二期计划建设梯次利用储能电站示范工程，规划规模50兆瓦时。",
]
NOISE = [
    "点击：1256次",
    "【字体：大 中 小】",
    "【免责声明】本网转载稿件，仅代表作者观点，不代表本网赞同其观点和对其真实性负责。如涉及作品内容、版权和其它问题，请在30日内与本网联系。",
    "[ 打印本页 ]",
    "[ 关闭窗口 ]",
    "[ 收藏 ]",
    "相关新闻",
    "储能电池出货量前三季度同比增长46%",
]
html = doc(T + "-中国储能网", '<meta name="keywords" content="梯次利用,退役电池,储能">', f"""
<div class="head"><a class="logo">中国储能网</a> <a>首页</a> <a>新闻</a> <a>储能电池</a> <a>电动汽车</a> <a>政策</a> <a>会展</a></div>
<div class="pos">当前位置：<a>首页</a> &raquo; <a>新闻</a> &raquo; <a>电动汽车</a></div>
<div class="left_box">
<h1 class="title" id="title">{esc(T)}</h1>
<div class="info">来源：储能产业观察　作者：程雪峰　时间：2026-11-24 09:05　<span>点击：<span id="hits">1256</span>次</span>　<span class="zoom">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="content" id="article">
{ps(P)}
<p class="statement">{esc(NOISE[2])}</p>
</div>
<div class="tools"><a>{esc(NOISE[3])}</a> <a>{esc(NOISE[4])}</a> <a>{esc(NOISE[5])}</a></div>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a>{esc(NOISE[7])}</a> <span>11-23</span></li></ul></div>
<div class="foot">中国储能网 版权所有</div>
""")
add("portal_escn", html,
    url="http://www.escn.com.cn/news/show-2123456.html", kind="portal",
    modelled_on="中国储能网 (escn.com.cn, energy-storage and battery news portal, Destoon-style show page) news page (head nav, 当前位置 path with », h1#title, info row '来源：X　作者：Y　时间：date time　点击：N次　【字体：大 中 小】', content ending in a 【免责声明】 paragraph inside the container, [ 打印本页 ] [ 关闭窗口 ] [ 收藏 ] links, 相关新闻 with year-less dates)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Reprint source and author in one info row followed by the hit counter and the font-size control: source 储能产业观察, author 程雪峰; '点击：1256次' and 【字体：大 中 小】 are noise. The 【免责声明】 paragraph is inside the content container after the last paragraph: noise. Print / close / favourite links are noise.",
    classes=["disclaimer_inside_body", "font_size_control", "hit_counter", "print_close_links", "favourite_link", "reprint_source", "related_dates", "no_editor"],
    title=T, published_date="2026-11-24", published_at="2026-11-24T09:05:00+08:00",
    author="程雪峰", editor=None, source="储能产业观察", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_evpartner
T = "换电重卡上险量同比翻番 换电站与电池包标准化仍是关键"
P = [
    "今年1—10月，国内换电重卡累计上险量达到2.1万辆，同比增长108%，换电车型在新能源重卡中的占比接近一半。港口、钢厂、矿山和城市渣土运输是换电重卡应用最集中的四大场景。",
    "换电重卡的快速增长，带动了换电站、电池包和车端换电机构等零部件需求。一家换电设备企业负责人表示，今年公司换电站订单同比增长近两倍，但不同车企的电池包尺寸和锁止机构不统一，仍制约着换电站的跨品牌共享。",
    "多位业内人士认为，随着换电重卡相关团体标准陆续发布，电池包外形尺寸、电连接器和通信协议将逐步统一，换电站的利用率有望明显提高，单站投资回收期也将随之缩短。",
    "从区域看，河北、山西、内蒙古三地的换电重卡上险量合计占全国的四成以上，这与当地钢铁、煤炭等短倒运输场景集中有关。",
]
NOISE = [
    "（文中图片来源于网络，如有侵权请联系删除）",
    "— END —",
    "免责声明：本文仅代表作者个人观点，与电车资源无关，其原创性以及文中陈述文字和内容未经本站证实。",
    "关注电车资源公众号，获取更多新能源商用车资讯",
    "标签：换电重卡 换电站",
    "猜你喜欢",
    "10月新能源轻卡销量排行：前十名合计占比超七成",
]
html = doc(T + " - 电车资源", '<meta name="author" content="电车资源">\n<meta name="keywords" content="换电重卡,换电站,电池包">', f"""
<div class="header"><a class="logo">电车资源</a> <a>首页</a> <a>新闻</a> <a>重卡</a> <a>轻卡</a> <a>客车</a> <a>数据</a> <a>评测</a></div>
<div class="article-wrap">
<div class="article-head">
<h1 class="article-title">{esc(T)}</h1>
<div class="article-meta"><span class="author">作者：胡一帆</span>　<time datetime="2026-11-24T14:20:31+08:00">2026年11月24日 14:20</time>　<span class="views">阅读 3281</span></div>
</div>
<div class="article-body">
{ps(P[:2])}
<p class="img"><img src="/uploads/2026/11/huandian.jpg"></p>
{ps(P[2:])}
<p class="note">{esc(NOISE[0])}</p>
<p class="end">{esc(NOISE[1])}</p>
</div>
<div class="disclaimer">{esc(NOISE[2])}</div>
<div class="follow"><img src="/static/qrcode.jpg"><p>{esc(NOISE[3])}</p></div>
<div class="tags">标签：<a>换电重卡</a> <a>换电站</a></div>
</div>
<div class="guess"><h3>猜你喜欢</h3><ul><li><a>{esc(NOISE[6])}</a></li></ul></div>
<div class="footer">电车资源 版权所有</div>
""")
add("portal_evpartner", html,
    url="https://www.evpartner.com/news/128/312456.html", kind="portal",
    modelled_on="电车资源 (evpartner.com, new-energy commercial-vehicle media) news page (header, article-title h1, article-meta with '作者：X', a <time datetime> with seconds and offset whose text is the Chinese-format date and the minute, 阅读 count; article-body with an image between paragraphs and, inside the body, the image-rights line and the '— END —' marker; 免责声明, WeChat follow box, tags, 猜你喜欢; meta name=author holding the site name)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="<time datetime=2026-11-24T14:20:31+08:00> shows '2026年11月24日 14:20': the attribute agrees to the minute and gives the seconds. Inside the body container, after the last paragraph: the image-rights notice '（文中图片来源于网络，如有侵权请联系删除）' and the end marker '— END —' (both noise); then the disclaimer and the follow prompt (noise). Author 胡一帆 from '作者：'; the site-name meta author is not the author. No 来源 label: source null.",
    classes=["time_datetime_seconds", "image_rights_notice", "end_of_text_marker_in_body", "disclaimer_after_body", "follow_prompt", "site_name_meta_author", "read_count", "tags", "no_source", "no_editor"],
    title=T, published_date="2026-11-24", published_at="2026-11-24T14:20:31+08:00",
    author="胡一帆", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_lizhi
T = "国庆假期苏州汽车零部件企业“不停工” 赶制海外订单"
P = [
    "国庆假期，苏州相城区一家汽车座椅骨架企业的生产线没有停。为赶制一批发往墨西哥的订单，企业安排员工轮班生产，加班工资按国家规定足额发放。",
    "企业负责人介绍，今年海外订单同比增长约四成，主要来自北美和南美的新能源车型项目。这批订单要求在10月底前到港，时间紧、批量大，企业只能利用假期赶工。",
    "记者在车间看到，激光焊接机器人正在有序作业，每隔几十秒就有一副座椅骨架下线。企业还在假期前完成了两条产线的自动化改造，产能提升了三成。",
    "相城区商务部门表示，将为外贸企业提供出口信保、物流通关等服务，帮助企业稳订单、拓市场。",
]
NOISE = [
    "打开荔枝新闻，阅读体验更佳",
    "荔枝新闻记者 周鹏飞 / 视频 徐嘉",
    "【责任编辑：陆婷】",
    "相关推荐",
    "江苏前10月汽车出口增长近三成",
    "11-29 18:20",
]
html = doc(T + "_荔枝网新闻", '<meta name="publishdate" content="2026-10-08">\n<meta name="keywords" content="国庆,苏州,汽车零部件,海外订单">', f"""
<div class="promo-bar"><a>{esc(NOISE[0])}</a></div>
<div class="lz-header"><a class="logo">荔枝新闻</a> <a>首页</a> <a>江苏</a> <a>财经</a> <a>视频</a></div>
<div class="article">
<h1 class="title">{esc(T)}</h1>
<div class="meta"><span class="source">来源：荔枝新闻</span>　<span class="time">10-08 12:00</span></div>
<p class="credit">{esc(NOISE[1])}</p>
<div class="content">
{ps(P)}
</div>
<div class="editor">{esc(NOISE[2])}</div>
</div>
<div class="recommend"><h3>相关推荐</h3><ul><li><a>{esc(NOISE[4])}</a> <span>11-29 18:20</span></li><li><a>无锡汽车电子产业园三期开工</a> <span>11-28 09:41</span></li></ul></div>
<div class="foot">江苏省广播电视总台 荔枝网 版权所有</div>
""")
add("portal_lizhi", html,
    url="https://news.jstv.com/a/20261008/1791234567890.shtml", kind="portal",
    modelled_on="荔枝新闻 (news.jstv.com, 江苏省广播电视总台 news app / site) article page (promo bar above the header, h1, meta row '来源：荔枝新闻　MM-DD HH:MM' with a year-less date, credit line '荔枝新闻记者 X / 视频 Y' above the text, 【责任编辑：X】, 相关推荐 with year-less dates and clocks later than the article; date-only publishdate meta; URL with the date)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Year-less visible date '10-08 12:00'; the year comes from the date-only publishdate meta (2026-10-08) and the URL (/a/20261008/); the time 12:00 is only visible (no seconds anywhere). Credit line '荔枝新闻记者 周鹏飞 / 视频 徐嘉': the writer is the author, the video journalist (视频) is not. The promo bar above the article and the recommended items (year-less dates in November, later than the article) are noise.",
    classes=["yearless_date", "date_only_meta", "url_date", "promo_line_above_article", "credit_line_above_body", "videographer_not_author", "bracketed_editor_line", "related_dates_later_than_article"],
    title=T, published_date="2026-10-08", published_at="2026-10-08T12:00:00+08:00",
    author="周鹏飞", editor="陆婷", source="荔枝新闻", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_dawan
T = "合肥一汽车内饰企业获评国家级绿色工厂 单位产值能耗三年降三成"
P = [
    "大皖新闻讯 11月29日，记者从合肥市经信部门获悉，合肥一家汽车内饰企业入选今年国家级绿色工厂名单，成为当地第5家获此称号的汽车零部件企业。",
    "这家企业主要生产仪表板、门板等汽车内饰件。近三年，企业投入6000余万元实施屋顶光伏、余热回收和涂装线改造，单位产值能耗下降31%，光伏发电可满足工厂约四分之一的用电需求。",
    "企业负责人介绍，越来越多整车企业把供应商的碳排放数据纳入采购评价，绿色工厂认定不仅降低了成本，也成为争取新项目的“加分项”。",
    "据了解，合肥将对新获评的国家级绿色工厂给予一次性奖励，并支持企业开展产品碳足迹核算。",
]
NOISE = [
    "下载大皖新闻客户端",
    "昨天 20:16",
    "大皖新闻记者 汪琳 通讯员 许晨阳",
    "编辑 胡蓓",
    "举报",
    "热门推荐",
    "安徽新能源汽车产量前10月突破百万辆",
]
html = doc(T + "_大皖新闻", "", f"""
<div class="app-bar"><span>{esc(NOISE[0])}</span> <a>打开</a></div>
<div class="news-detail">
<h1 class="news-title">{esc(T)}</h1>
<div class="news-meta"><span class="media">大皖新闻</span> <span class="time" data-time="{epoch('2026-11-29T20:16:43+08:00')}">昨天 20:16</span></div>
<div class="news-content">
{ps(P)}
<p class="credit">{esc(NOISE[2])}</p>
<p class="editor">{esc(NOISE[3])}</p>
</div>
<a class="report">举报</a>
</div>
<div class="hot"><h3>热门推荐</h3><ul><li><a>{esc(NOISE[6])}</a> <span>2小时前</span></li></ul></div>
""")
add("portal_dawan", html,
    url="https://www.ahwang.cn/anhui/20261129/2612345.html", kind="portal",
    modelled_on="大皖新闻 (ahwang.cn, 新安晚报 / 安徽商报 news app) share page (app bar, news-title h1, meta row with the media name and a relative '昨天 HH:MM' time whose span carries a data-time epoch in seconds, text opening with '大皖新闻讯', credit paragraph '大皖新闻记者 X 通讯员 Y' and '编辑 Z' closing it, 举报, 热门推荐 with relative times; URL with the date)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Relative day word: '昨天 20:16', fetched 2026-11-30 09:00 +08:00, so 2026-11-29 20:16; the span's data-time (epoch seconds 1795954603 = 2026-11-29 20:16:43 +08:00) agrees to the minute and gives the seconds; the URL's 20261129 agrees on the day. Credits only after the text: '大皖新闻记者 汪琳 通讯员 许晨阳' → authors 汪琳 许晨阳; '编辑 胡蓓' (no colon) → editor. '大皖新闻讯' opens the first sentence and stays. Source = the media name beside the time without a label.",
    classes=["relative_yesterday", "epoch_seconds_attribute", "credits_after_body_only", "reporter_correspondent_list", "two_authors", "editor_without_colon", "media_name_no_label", "dateline_in_first_paragraph", "report_link", "app_prompt", "related_relative_dates", "url_date"],
    title=T, published_date="2026-11-29", published_at="2026-11-29T20:16:43+08:00",
    author="汪琳 许晨阳", editor="胡蓓", source="大皖新闻", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- gov_ah_jxt
T = "全省汽车零部件产业链供需对接会在芜湖举行"
P = [
    "本报讯（记者 王彬 通讯员 程铮）11月24日，全省汽车零部件产业链供需对接会在芜湖举行。来自省内12家整车企业和260余家零部件企业的代表参加对接，现场签约采购项目38个，金额合计56亿元。",
    "对接会围绕新能源汽车电驱动、智能座舱、轻量化车身等重点领域，组织整车企业发布采购需求清单，零部件企业现场展示新产品、新技术。",
    "省经济和信息化厅有关负责人表示，全省将持续开展“整零对接”系列活动，推动整车企业扩大本地采购，支持零部件企业进入整车企业供应体系，提升全省汽车产业本地配套率。",
    "据介绍，今年以来全省已举办各类整零对接活动15场，促成合作项目200余个。",
]
NOISE = [
    "信息来源：安徽日报",
    "浏览次数：",
    "【字体：大 中 小】",
    "【打印】",
    "【关闭】",
    "扫一扫在手机打开当前页",
    "安徽省经济和信息化厅 主办",
]
html = doc(T + "_安徽省经济和信息化厅", '<meta name="SiteName" content="安徽省经济和信息化厅">\n<meta name="ArticleTitle" content="' + esc(T) + '">\n<meta name="PubDate" content="2026-11-25 17:20:16">\n<meta name="ContentSource" content="安徽日报">', f"""
<div class="banner"><span class="site">安徽省经济和信息化厅</span></div>
<div class="nav"><a>首页</a> <a>政务公开</a> <a>政务服务</a> <a>互动交流</a> <a>专题专栏</a></div>
<div class="wzy_position">当前位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>工作动态</a></div>
<div class="wzy_content">
<h1 class="wztit">{esc(T)}</h1>
<div class="wzinfo"><span>发布时间：2026-11-25 17:20</span>　<span>信息来源：安徽日报</span>　<span>浏览次数：<span id="hits">862</span></span>　<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="wzcon j-fontContent">
{ps(P)}
</div>
<div class="wz_tools"><a>【打印】</a> <a>【关闭】</a></div>
<div class="qr">{esc(NOISE[5])}</div>
</div>
<div class="footer">{esc(NOISE[6])}　皖ICP备05001234号</div>
""")
add("gov_ah_jxt", html,
    url="https://jx.ah.gov.cn/xwzx/gzdt/41234567.html", kind="gov",
    modelled_on="安徽省经济和信息化厅 (jx.ah.gov.cn) 工作动态 page on the provincial 政府网站集约化 template (banner, nav, 当前位置 path, wztit h1, wzinfo row '发布时间：date time　信息来源：X　浏览次数　【字体：大 中 小】', wzcon text — a reprint from the provincial paper opening with '本报讯（记者 X 通讯员 Y）' —, 【打印】【关闭】, 扫一扫 QR line; SiteName / ArticleTitle / PubDate / ContentSource meta, PubDate with seconds)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="'信息来源：安徽日报' → source 安徽日报 (the government page reprints the paper). Byline inside the first sentence '本报讯（记者 王彬 通讯员 程铮）' → authors 王彬 程铮; it stays in paragraph 1. PubDate meta 2026-11-25 17:20:16 states the printed minute: seconds from it. '11月24日' in the text is the meeting day, not the page date. Font-size control, hit counter, print / close and QR line are noise. No editor.",
    classes=["info_source_label", "reprint_on_gov_page", "byline_inside_first_paragraph", "reporter_correspondent_list", "meta_seconds_agree", "font_size_control", "hit_counter", "print_close_links", "body_event_date", "no_editor"],
    title=T, published_date="2026-11-25", published_at="2026-11-25T17:20:16+08:00",
    author="王彬 程铮", editor=None, source="安徽日报", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- gov_cmif
T = "汽车零部件质量提升工作座谈会在京召开"
P = [
    "11月21日，中国机械工业联合会在北京召开汽车零部件质量提升工作座谈会。来自汽车零部件企业、检测机构、行业协会和科研院所的40余位代表参加会议。",
    "会议指出，今年以来汽车零部件行业运行总体平稳，但部分企业仍存在质量管理体系执行不到位、关键工序过程控制能力不足等问题，特别是在新能源汽车高压部件、制动系统和转向系统等领域，需要进一步加强质量保障能力建设。",
    "与会代表围绕零部件可靠性试验方法、质量数据追溯、供应链质量协同等议题进行了交流。多家企业介绍了通过数字化手段提升过程质量控制的经验。",
    "会议提出，下一步将组织开展重点零部件质量对标活动，推动建立行业质量数据共享机制，并加快相关标准的制修订工作。",
]
NOISE = [
    "（撰稿：刘晓峰　审核：杨志刚）",
    "【打印本页】",
    "【关闭窗口】",
    "上一篇：",
    "下一篇：",
]
html = doc(T + "-中国机械工业联合会", '<meta name="keywords" content="汽车零部件,质量提升,座谈会">', f"""
<div class="top"><span class="site">中国机械工业联合会</span> <a>首页</a> <a>联合会动态</a> <a>行业信息</a> <a>统计数据</a> <a>标准化</a></div>
<div class="location">您现在的位置：<a>首页</a> &gt; <a>联合会动态</a></div>
<div class="detail">
<h2 class="detail-title">{esc(T)}</h2>
<div class="detail-info">发布时间：2026-11-24　来源：中国机械工业联合会</div>
<div class="detail-content">
{ps(P)}
<p class="sign" style="text-align:right">{esc(NOISE[0])}</p>
</div>
<div class="tools"><a>【打印本页】</a> <a>【关闭窗口】</a></div>
<div class="pager"><p>上一篇：<a>机械工业经济运行情况通报会召开</a></p><p>下一篇：<a>联合会赴重庆调研汽车零部件企业</a></p></div>
</div>
<div class="footer">中国机械工业联合会 版权所有</div>
""")
add("gov_cmif", html,
    url="http://www.cmif.org.cn/xhdt/202611/t20261124_456789.html", kind="gov",
    modelled_on="中国机械工业联合会 (cmif.org.cn, national machinery-industry federation) 联合会动态 page (top nav, 您现在的位置 path, detail-title h2, detail-info '发布时间：date　来源：X' with a date only, detail-content text closed by a right-aligned '（撰稿：X　审核：Y）' line, 【打印本页】【关闭窗口】, 上一篇 / 下一篇; URL with the date; no page data)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Date only ('发布时间：2026-11-24'), no time anywhere (no meta, script or <time>): published_at null. '11月21日' in the text is the meeting day. Closing credit '（撰稿：刘晓峰　审核：杨志刚）': the drafter (撰稿) is the author; the reviewer (审核) is not an editor, so editor null. The credit line is noise.",
    classes=["date_only_no_time", "body_event_date", "drafter_credit", "reviewer_not_editor", "credits_after_body_only", "print_close_links", "prev_next_links", "url_date", "no_editor"],
    title=T, published_date="2026-11-24", published_at=None,
    author="刘晓峰", editor=None, source="中国机械工业联合会", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- gov_ev100
T = "研究报告：智能底盘将成为下一阶段汽车零部件竞争焦点"
P = [
    "近日，百人会研究院发布《智能底盘产业发展研究报告》。报告认为，随着电动化和智能化的深入，底盘正在从机械系统向线控化、集成化、智能化方向演进，将成为下一阶段汽车零部件竞争的焦点。",
    "报告预计，到2030年我国线控制动渗透率将超过60%，线控转向渗透率有望达到15%，智能底盘相关零部件市场规模将突破2000亿元。",
    "报告同时指出，智能底盘产业仍面临冗余安全架构验证难、核心执行器国产化程度不高、标准法规体系尚不完善等挑战，建议加快制定线控转向等关键技术标准，并支持整零企业联合开展示范应用。",
    "报告由百人会研究院联合多家整车企业和零部件企业共同完成，历时近一年。",
]
NOISE = [
    "文/百人会研究院 郑雨辰",
    "编辑：唐思远",
    "审核：任海波",
    "版权声明：本文版权归中国电动汽车百人会所有，转载请注明出处。",
    "相关新闻",
    "百人会召开新能源汽车供应链安全专题研讨会",
]
data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T,
        "datePublished": "2026-11-23T14:30:05+08:00",
        "publisher": {"@type": "Organization", "name": "中国电动汽车百人会"}}
html = doc(T + "-中国电动汽车百人会", jsonld(data), f"""
<div class="header"><a class="logo">中国电动汽车百人会</a> <a>首页</a> <a>关于我们</a> <a>新闻动态</a> <a>研究成果</a> <a>论坛活动</a></div>
<div class="crumbs">首页 / 新闻动态 / 研究成果</div>
<div class="news-detail">
<h1 class="news-title">{esc(T)}</h1>
<div class="news-date">发布日期：2026年11月23日</div>
<div class="news-body">
<p class="byline">{esc(NOISE[0])}</p>
{ps(P)}
<p class="editor">{esc(NOISE[1])}　{esc(NOISE[2])}</p>
</div>
<div class="copyright">{esc(NOISE[3])}</div>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a>{esc(NOISE[5])}</a> <span>2026-11-18</span></li></ul></div>
<div class="footer">中国电动汽车百人会 版权所有</div>
""")
add("gov_ev100", html,
    url="https://www.ev100.example.cn/news/research/20261123-4512.html", kind="gov",
    modelled_on="中国电动汽车百人会-style industry think-tank / association site (domain a placeholder) news page (header, crumbs, news-title h1, '发布日期：YYYY年MM月DD日' date-only line, byline paragraph '文/institute X' opening the body, '编辑：X　审核：Y' line closing it, 版权声明, 相关新闻; NewsArticle JSON-LD with the time to the second)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Visible date only ('发布日期：2026年11月23日'); the JSON-LD datePublished 2026-11-23T14:30:05+08:00 falls on the same day and completes it. Byline paragraph '文/百人会研究院 郑雨辰' → author 郑雨辰 (the institute is a bureau prefix, dropped); the paragraph is noise. '编辑：唐思远　审核：任海波' → editor 唐思远 (审核 never). No 来源 label: source null.",
    classes=["date_only_visible", "time_only_in_jsonld", "slash_author_with_institute", "byline_paragraph_opening_body", "editor_with_reviewer", "copyright_notice_after_body", "related_dates", "no_source"],
    title=T, published_date="2026-11-23", published_at="2026-11-23T14:30:05+08:00",
    author="郑雨辰", editor="唐思远", source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- selfmedia_cnblogs
T = "从一次CAN总线丢帧排查说起：车载ECU软件的三个常见坑"
P = [
    "上个月我们在台架上联调一款车身控制器，发现在高负载下偶发CAN报文丢帧。问题复现概率不到千分之一，前后排查了两周才定位。这里把过程和结论整理出来，给做车载嵌入式的同行参考。",
    "一、接收中断里做了太多事",
    "最初的代码在CAN接收中断里直接解析报文并更新信号，单次中断最长执行了180微秒。总线负载升到70%以上时，连续到达的报文在硬件邮箱里被覆盖。改成中断里只拷贝到环形缓冲区、在任务里解析之后，中断时间降到12微秒，丢帧消失。",
    "二、看门狗喂狗位置不对",
    "第二个问题是看门狗放在了空闲任务里喂。高负载时空闲任务长时间得不到调度，触发复位，而复位期间的报文自然全丢了。建议按照AUTOSAR的看门狗管理思路，对关键任务做存活监控，而不是简单地在空闲任务里喂狗。",
    "三、标定数据与代码版本不匹配",
    "最后一个坑和软件本身无关：台架上刷的标定数据是旧版本，报文周期配置和新代码不一致。我们后来在构建流程里加了版本校验，标定文件和软件不匹配时拒绝刷写。",
    "总结一下：中断要短、监控要准、版本要对。这三条看起来都是常识，但在项目赶进度时最容易被忽略。",
]
NOISE = [
    "车载老张的技术笔记",
    "posted @ 2026-11-25 21:14",
    "阅读(1286)",
    "评论(3)",
    "收藏",
    "举报",
    "版权声明：本文为博主原创文章，转载请附上原文出处链接和本声明。",
    "好文要顶",
    "关注我",
    "收藏该文",
    "刷新页面返回顶部",
    "【推荐】车规级MCU开发板限时优惠，支持AUTOSAR入门实验",
    "编辑推荐：",
]
html = doc(T + " - 车载老张 - 博客园", '<meta name="keywords" content="CAN总线,ECU,嵌入式,AUTOSAR">', f"""
<div id="blogTitle"><h1><a>{esc(NOISE[0])}</a></h1><h2>记录车载嵌入式开发中踩过的坑</h2></div>
<div id="navigator"><a>博客园</a> <a>首页</a> <a>新随笔</a> <a>联系</a> <a>订阅</a> <a>管理</a></div>
<div id="main">
<div class="post">
<h1 class="postTitle"><a id="cb_post_title_url" class="postTitle2">{esc(T)}</a></h1>
<div class="clear"></div>
<div class="postBody">
<div id="cnblogs_post_body" class="blogpost-body">
<p>{esc(P[0])}</p>
<h3>{esc(P[1])}</h3>
<p>{esc(P[2])}</p>
<h3>{esc(P[3])}</h3>
<p>{esc(P[4])}</p>
<h3>{esc(P[5])}</h3>
<p>{esc(P[6])}</p>
<p>{esc(P[7])}</p>
<p class="copyright">{esc(NOISE[6])}</p>
</div>
<div id="blog_post_info"><a>好文要顶</a> <a>关注我</a> <a>收藏该文</a> <a>微信分享</a></div>
</div>
<div class="postDesc">posted @ <span id="post-date">2026-11-25 21:14</span>&nbsp; <a href="https://www.cnblogs.com/laozhang-car/">车载老张</a>&nbsp; 阅读(<span id="post_view_count">1286</span>)&nbsp; 评论(<span id="post_comment_count">3</span>)&nbsp; <a>收藏</a>&nbsp; <a>举报</a></div>
</div>
<div id="blog-comments-placeholder"><a>刷新页面返回顶部</a></div>
<div id="cnblogs_c1"><a>{esc(NOISE[11])}</a></div>
<div id="under_post_card"><b>编辑推荐：</b><ul><li><a>嵌入式Linux在智能座舱中的启动优化实践</a></li><li><a>聊聊UDS诊断协议中的安全访问</a></li></ul></div>
</div>
<div id="footer">Copyright © 2026 车载老张 Powered by .NET on Kubernetes</div>
""")
add("selfmedia_cnblogs", html,
    url="https://www.cnblogs.com/laozhang-car/p/18634567", kind="self_media",
    modelled_on="博客园 (cnblogs.com, developer blog platform) post page on a blog skin (blogTitle with the blog name and subtitle, navigator with 订阅 / 管理, postTitle h1 link, cnblogs_post_body with h3 section headings and the blogger's own 版权声明 line, blog_post_info buttons 好文要顶 / 关注我 / 收藏该文, postDesc footer 'posted @ date time 博主 阅读(N) 评论(N) 收藏 举报', 刷新页面返回顶部, 【推荐】 promo line, 编辑推荐 list)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="The date sits AFTER the text in the postDesc footer: 'posted @ 2026-11-25 21:14 车载老张 阅读(1286) 评论(3) 收藏 举报' — the blogger's name (an account: source, not author) is followed by counters and the 收藏 / 举报 controls (noise). The blog title '车载老张的技术笔记' is not the article title. h3 section headings are body. The blogger's 版权声明 inside the body container, the follow / favourite buttons, the 【推荐】 promo and the 编辑推荐 list are noise.",
    classes=["date_after_body", "account_source", "account_not_author", "counters_beside_account", "report_and_favourite_beside_account", "blog_title_not_headline", "headings_in_body", "copyright_notice_in_body", "follow_prompt", "promo_line", "related_list", "no_author", "no_editor"],
    title=T, published_date="2026-11-25", published_at="2026-11-25T21:14:00+08:00",
    author=None, editor=None, source="车载老张", paragraphs=P, body_noise=NOISE)

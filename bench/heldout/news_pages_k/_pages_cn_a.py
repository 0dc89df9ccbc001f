"""Chinese portal pages, part A (tech / VC media, a provincial paper's site, regional news apps)."""
import json

from _common import FETCH_CN, add, doc, epoch, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------- portal_leiphone
T = "激光雷达降价潮下，二级供应商的生存账本"
P = [
    "雷峰网按：今年以来，车载激光雷达的平均售价持续下探，部分前向主雷达的定点价格已跌破千元。整机厂的降价压力正沿着供应链向下传导，光学镜片、激光器和接收芯片等二级供应商首当其冲。",
    "一家为多家激光雷达企业供应光学窗口片的苏州厂商负责人告诉雷峰网(公众号：雷峰网)，今年其主力产品的年降幅度超过20%，而上游光学玻璃价格基本持平，毛利率从三成左右回落到不足两成。",
    "为了消化降价，不少二级供应商选择对产线做自动化改造，并尝试把同一套光学平台复用到机器人和工业测距等非车领域。“车规项目量大，但利润越来越薄，非车业务是缓冲垫。”上述负责人说。",
    "也有业内人士认为，行业出清不可避免。随着前装搭载量在2027年有望突破千万台，头部整机厂将更倾向于与少数具备规模和车规认证能力的供应商深度绑定，中小厂商的窗口期正在收窄。",
]
NOISE = [
    "导语：激光雷达单价跌破千元，光学与芯片二级供应商正在重新算账。",
    "扫码关注雷峰网微信公众号，获取更多智能驾驶产业链深度报道",
    "长按识别二维码",
    "雷峰网原创文章，未经授权禁止转载。详情见转载须知。",
    "分享：",
    "相关文章",
    "4D毫米波雷达上车提速，射频芯片厂商迎来窗口",
]
html = doc(T + " | 雷峰网", '<meta name="keywords" content="激光雷达,供应链,智能驾驶">', f"""
<div class="lph-header"><a class="logo">雷峰网</a> <nav><a>业界</a> <a>人工智能</a> <a>智能驾驶</a> <a>AI+</a> <a>机器人</a> <a>芯片</a> <a>GAIR</a></nav></div>
<div class="article-template">
<div class="article-title">
<div class="inner">
<h1 class="headTit">{esc(T)}</h1>
<div class="msg"><a class="aut" href="/author/cym">本文作者：程一鸣</a> <span class="time">2026-11-26 10:32</span></div>
<div class="article-lead">{esc(NOISE[0])}</div>
</div>
</div>
<div class="article-content">
<div class="lph-article-comView">
{ps(P)}
<div class="wx-follow"><img src="//static.leiphone.com/qr-lph.jpg"><p>{esc(NOISE[1])}</p><p class="tip">长按识别二维码</p></div>
<p class="copyright">{esc(NOISE[3])}</p>
</div>
<div class="share"><span>分享：</span><a>微信</a> <a>微博</a> <a>QQ空间</a></div>
</div>
</div>
<div class="related"><h3>相关文章</h3><ul><li><a>{esc(NOISE[6])}</a></li><li><a>车载摄像头模组价格战，谁在赚钱</a></li></ul></div>
<div class="footer">Copyright © 2011-2026 雷峰网 版权所有</div>
""")
add("portal_leiphone", html,
    url="https://www.leiphone.com/category/transportation/Xk3Pq9WmT2aLr8Zd.html", kind="portal",
    modelled_on="雷峰网 (leiphone.com, AI / smart-driving tech media) article page (lph header with channel words, article-title block with headTit h1, msg row '本文作者：X' link beside a date-time, 导语 lead box under the headline, lph-article-comView text with the '雷峰网(公众号：雷峰网)' plug inside a sentence, WeChat QR follow box and the 原创 copyright line inside the text container, share row, 相关文章; no page data)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="WeChat follow prompt (QR box with '扫码关注雷峰网微信公众号…' and '长按识别二维码') inside the text container after the last paragraph, followed by the 原创 copyright line: both noise. The site's own plug '雷峰网(公众号：雷峰网)' stands inside a sentence of paragraph 2 and stays (it is part of the printed sentence); '雷峰网按：' opens paragraph 1 and stays. The 导语 box under the headline is a deck, not body. Author from '本文作者：程一鸣'. No 来源 label: source null. Date-time printed to the minute, no page data.",
    classes=["wechat_follow_prompt_in_body", "copyright_notice_in_body", "lead_box_deck", "site_plug_inside_sentence", "author_label_link", "related_list", "share_bar", "no_page_data", "no_source", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T10:32:00+08:00",
    author="程一鸣", editor=None, source=None, paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_pedaily
T = "线控底盘企业衡驰科技完成5亿元B轮融资"
P = [
    "投资界（ID：pedaily2012）11月25日消息，线控底盘系统供应商衡驰科技宣布完成5亿元B轮融资，本轮由某产业资本领投，多家老股东跟投，融资将主要用于线控转向产品量产线建设和海外研发中心筹建。",
    "衡驰科技成立于2019年，总部位于上海嘉定，核心产品包括线控制动、线控转向及底盘域控制器。公司披露，其线控制动产品已进入四家主机厂的供应体系，今年出货量预计超过30万套。",
    "“线控底盘是高阶智驾的执行端，技术门槛高、验证周期长。”领投方相关负责人表示，看好公司在冗余架构和功能安全方面的积累，以及由此带来的平台化定点能力。",
    "据投资界不完全统计，今年以来汽车底盘与执行器领域已发生融资事件二十余起，披露金额合计超过60亿元，其中线控转向是资本关注度提升最快的细分方向。",
]
REL = [
    "底盘域控制器赛道再获融资，两家公司一周内官宣",
    "一级市场观察：汽车零部件投资回暖了吗？",
    "前十月汽车电子领域融资盘点：单笔金额创新高",
]
NOISE = REL + [
    "相关阅读",
    "2026-11-18",
    "版权与免责声明：凡注明来源为“投资界”的内容，版权均属清科创业，未经授权不得转载。",
    "分享到：",
    "24小时热门",
]
html = doc(T + "-投资界", '<meta property="og:release_date" content="2026-11-25 08:54:17">\n<meta name="author" content="周晓敏">', f"""
<div class="top"><a class="logo">投资界</a> <a>24小时</a> <a>创投</a> <a>PE</a> <a>并购</a> <a>IPO</a> <a>投资人</a> <a>汽车</a></div>
<div class="main">
<div class="news-show">
<h1 id="newstitle">{esc(T)}</h1>
<div class="info"><div class="box-l"><span class="date">2026-11-25 08:54</span>　<span class="source">来源：投资界</span>　<span class="author">作者：周晓敏</span></div><div class="box-r"><span>分享到：</span><a>微信</a> <a>微博</a></div></div>
<div class="news-content" id="news-content">
{ps(P)}
<div class="news-relation"><h3>相关阅读</h3><ul>
<li><a>{esc(REL[0])}</a><span class="time">2026-11-18</span></li>
<li><a>{esc(REL[1])}</a><span class="time">2026-11-10</span></li>
<li><a>{esc(REL[2])}</a><span class="time">2026-11-03</span></li>
</ul></div>
</div>
<div class="statement">{esc(NOISE[5])}</div>
</div>
<div class="side"><h3>24小时热门</h3><ol><li><a>某新能源车企拟赴港上市</a></li><li><a>硬科技基金募资升温</a></li></ol></div>
</div>
<div class="footer">清科集团旗下 投资界 © 2026</div>
""")
add("portal_pedaily", html,
    url="https://news.pedaily.cn/202611/561234.shtml", kind="portal",
    modelled_on="投资界 (pedaily.cn, 清科 VC / PE news) news-show page (top channel bar, newstitle h1, info row 'date time　来源　作者' with a 分享到 box on the right, news-content text that ends in a 相关阅读 list with dates inside the same container, 版权与免责声明 under it, 24小时热门 side list; og:release_date meta with seconds)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Related list right after the text, inside the same news-content container: the 相关阅读 heading, its three sentence-like titles (one ends in a question mark) and their dates are noise; the body ends with paragraph 4. '投资界（ID：pedaily2012）11月25日消息，' is the dateline of the first sentence and stays. og:release_date agrees with the printed minute and gives the seconds.",
    classes=["related_list_inside_text_container", "related_dates", "dateline_in_first_paragraph", "meta_seconds_agree", "disclaimer_after_body", "share_bar", "hot_list", "no_editor"],
    title=T, published_date="2026-11-25", published_at="2026-11-25T08:54:17+08:00",
    author="周晓敏", editor=None, source="投资界", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_cnjiwang
T = "长春汽开区新增12个零部件配套项目 本地配套率提升至58%"
P = [
    "记者从长春汽车经济技术开发区获悉，今年以来，开发区围绕整车企业新能源车型配套需求，新引进汽车零部件项目12个，总投资额达86亿元，涵盖电驱总成、热管理系统、轻量化车身件等领域。",
    "开发区相关负责人介绍，新项目投产后，区内整车本地配套率将由年初的51%提升至58%，其中新能源车型关键零部件的本地配套率提升幅度最大。",
    "为缩短项目落地周期，开发区推行“拿地即开工”审批模式，并设立零部件产业专项基金，对首次进入本地整车配套体系的企业给予设备投资补助。",
    "据了解，明年开发区将重点招引车规级芯片封测、智能座舱模组等项目，力争到2027年底汽车零部件产业规模突破3000亿元。",
]
NOISE = [
    "责任编辑：邢婉婷",
    "分享到：",
    "相关新闻",
    "吉林省前三季度汽车产量同比增长",
    "中国吉林网版权所有",
]
html = doc(T + "_中国吉林网", '<meta name="keywords" content="汽开区,零部件,配套率">', f"""
<div class="head"><a class="logo">中国吉林网</a> <a>首页</a> <a>吉林</a> <a>长春</a> <a>经济</a> <a>汽车</a> <a>视频</a></div>
<div class="crumb">当前位置：<a>首页</a> &gt; <a>吉林新闻</a> &gt; <a>时政</a></div>
<div class="article">
<div class="art-date"><span class="ym">2026/11</span><b class="d">24</b></div>
<h1 class="art-title">{esc(T)}</h1>
<div class="art-info"><span class="tm">15:06</span>　<span class="ly">来源：吉林日报</span>　<span class="zz">作者：记者 王雪松</span></div>
<div class="art-content">
{ps(P)}
<p class="editor">责任编辑：邢婉婷</p>
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a>吉林省前三季度汽车产量同比增长</a> <span>11-20</span></li><li><a>长春新能源汽车产业园二期开工</a> <span>11-16</span></li></ul></div>
<div class="foot">中国吉林网版权所有 吉ICP备2026001234号</div>
""")
add("portal_cnjiwang", html,
    url="http://news.cnjiwang.com/jlxwdt/sz/202611/t20261124_3405871.html", kind="portal",
    modelled_on="中国吉林网 (cnjiwang.com, 吉林日报报业集团 news site) content page (head nav, 当前位置 crumb, a date tab ABOVE the headline with the year/month and the day in separate elements, art-title h1, art-info row under it holding only the clock, 来源 and '作者：记者 X', 责任编辑 line, share, 相关新闻 with year-less dates; no page data)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Date split over several elements: '2026/11' and '24' in two elements of a date tab above the headline, and '15:06' alone in the info row below it. Read together they are 2026-11-24 15:06 (the URL's t20261124 agrees on the day). No meta or script time. Author '作者：记者 王雪松' → 王雪松 (role dropped); source 吉林日报; editor from the 责任编辑 line.",
    classes=["date_split_over_elements", "date_above_headline", "time_only_in_info_row", "url_date", "reporter_prefix", "editor_line", "related_dates", "share_bar"],
    title=T, published_date="2026-11-24", published_at="2026-11-24T15:06:00+08:00",
    author="王雪松", editor="邢婉婷", source="吉林日报", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_xhby
T = "常州一汽车零部件企业获欧洲车企电驱壳体大单"
P = [
    "近日，常州武进一家专注于新能源汽车电驱壳体压铸的企业与一家欧洲主流车企签订供货协议，将为其下一代电驱平台供应一体化压铸壳体，项目生命周期内预计销售额超过20亿元。",
    "企业负责人介绍，新项目采用6800吨级压铸设备一次成型，与传统多件拼焊相比，零件数量减少三分之一，单件重量降低约15%。为满足客户的碳足迹要求，工厂今年新建了屋顶光伏电站，并引入再生铝原料。",
    "近年来，常州新能源汽车零部件产业链加速集聚，动力电池、电机电控、汽车电子等领域的龙头企业纷纷落户。今年前三季度，全市新能源汽车零部件产业产值同比增长近两成。",
]
NOISE = [
    "打开交汇点，阅读体验更佳",
    "新华日报·交汇点记者 顾晓雯 通讯员 钱立新",
    "编辑：孙楠",
    "举报",
    "相关推荐",
    "江苏汽车零部件产业前三季度产值破万亿",
]
state = ("<script>window.__ARTICLE__ = " + json.dumps(
    {"articleId": "692e1a0ee4b0c3d1a7f5b612", "title": T, "source": "新华日报·交汇点",
     "publishTime": epoch("2026-11-29T15:42:26+08:00") * 1000, "channel": "常州"},
    ensure_ascii=False) + ";</script>")
html = doc(T + "_交汇点", state, f"""
<div class="open-app"><span class="logo">交汇点</span> <a class="btn">{esc(NOISE[0])}</a></div>
<div class="article">
<h1 class="title">{esc(T)}</h1>
<div class="meta"><span class="source">新华日报·交汇点</span>　<span class="time">昨天 15:42</span></div>
<div class="reporter">{esc(NOISE[1])}</div>
<div class="content">
{ps(P)}
</div>
<div class="editor">编辑：孙楠</div>
<div class="tools"><a class="report">举报</a></div>
</div>
<div class="recommend"><h3>相关推荐</h3><ul><li><a>{esc(NOISE[5])}</a> <span>11-28</span></li><li><a>武进高新区新签约12个新能源项目</a> <span>11-27</span></li></ul></div>
""")
add("portal_xhby", html,
    url="https://jnews.xhby.net/v3/waparticles/1209/Xq8Lm2pRkT7vYc4N/1", kind="portal",
    modelled_on="交汇点 (新华日报 news app, xhby.net share page; path invented) article share page (open-app bar, title h1, meta row with the media name and a relative '昨天 HH:MM' time without labels, reporter credit line above the text, 编辑 line, 举报, 相关推荐 with year-less dates; window.__ARTICLE__ with an epoch-ms publishTime)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Relative day word: the page prints '昨天 15:42'; fetched 2026-11-30 09:00 +08:00, so 昨天 = 2026-11-29. The page's own data (window.__ARTICLE__.publishTime, epoch ms) is 2026-11-29 15:42:26 +08:00 and agrees to the minute: seconds from it. Credit line above the text '新华日报·交汇点记者 顾晓雯 通讯员 钱立新' → authors 顾晓雯 钱立新 (line itself noise). Source: the media name beside the time without a label.",
    classes=["relative_yesterday", "epoch_ms_page_data", "media_name_no_label", "credit_line_above_body", "two_authors", "editor_line", "report_link", "app_prompt", "related_dates"],
    title=T, published_date="2026-11-29", published_at="2026-11-29T15:42:26+08:00",
    author="顾晓雯 钱立新", editor="孙楠", source="新华日报·交汇点", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_dingxin
T = "郑州航空港区汽车零部件产业园首批企业投产"
P = [
    "11月27日，位于郑州航空港区的汽车零部件产业园首批6家企业正式投产，产品涵盖汽车线束、座椅骨架、内外饰件和电池包结构件，主要为周边整车企业配套。",
    "产业园运营方介绍，园区一期占地约800亩，采用“标准厂房+定制厂房”模式，企业从签约到投产平均用时不足8个月。全部达产后，预计年产值可达45亿元，带动就业约4000人。",
    "“离主机厂近，物流半径缩短到半小时以内，库存周转明显加快。”一家线束企业负责人说，公司已将原本在外省生产的两个平台项目转移到这里。",
    "航空港区有关负责人表示，下一步将围绕新能源整车配套需求，重点引进电驱系统、智能座舱和汽车电子项目，推动零部件本地配套率稳步提高。",
]
NOISE = [
    "顶端新闻记者 韩宇飞",
    "编辑 刘珂　审核 张峰",
    "打开顶端新闻APP 查看更多精彩内容",
    "热门推荐",
    "河南前十月新能源汽车产量增长五成",
]
state = ("<script>window.__NUXT__ = " + json.dumps(
    {"data": [{"detail": {"id": "1876543", "title": T, "mediaName": "顶端新闻",
                          "publishTime": "2026-11-28 09:15:08", "editor": "刘珂"}}],
     "state": {"app": "dingduan"}}, ensure_ascii=False) + ";</script>")
html = doc(T + "-顶端新闻", state, f"""
<div class="download-bar"><span class="logo">顶端新闻</span> <a>{esc(NOISE[2])}</a></div>
<div class="detail">
<h1 class="detail-title">{esc(T)}</h1>
<div class="detail-meta"><span class="media">顶端新闻</span> <span class="time">前天 09:15</span> <span class="region">河南</span></div>
<div class="detail-content">
<p class="credit">{esc(NOISE[0])}</p>
{ps(P)}
<p class="edit">{esc(NOISE[1])}</p>
</div>
</div>
<div class="hot"><h3>热门推荐</h3><ul><li><a>{esc(NOISE[4])}</a> <span>3小时前</span></li><li><a>郑州新增两条城际物流专线</a> <span>昨天</span></li></ul></div>
""")
add("portal_dingxin", html,
    url="https://share.dingduan.example.cn/detail/1876543", kind="portal",
    modelled_on="顶端新闻 (河南日报报业集团 news app) share page (domain a placeholder; download bar, detail-title h1, meta row with the app name, a relative '前天 HH:MM' time and the region, reporter credit paragraph opening the text, '编辑 X　审核 Y' line closing it, 热门推荐 with relative times; window.__NUXT__ state with publishTime to the second)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Relative day word: '前天 09:15'; fetched 2026-11-30 09:00 +08:00, so 前天 = 2026-11-28. The Nuxt state's publishTime '2026-11-28 09:15:08' agrees to the minute: seconds from it. The body's '11月27日' is the event day, not the publication. Credit paragraph '顶端新闻记者 韩宇飞' opening the content → author 韩宇飞 (paragraph noise); '编辑 刘珂　审核 张峰' → editor 刘珂 (审核 is a reviewer). Source: the app name beside the time, no label. The hot list's relative times are noise.",
    classes=["relative_day_before_yesterday", "script_page_data", "credit_paragraph_opening_body", "editor_with_reviewer", "body_event_date", "media_name_no_label", "app_prompt", "related_relative_dates"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T09:15:08+08:00",
    author="韩宇飞", editor="刘珂", source="顶端新闻", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_yongpai
T = "北仑一汽车模具企业拿下海外一体化压铸模具订单"
P = [
    "国庆假期刚过，北仑一家汽车模具企业的车间里已是一派繁忙景象。记者了解到，该企业近日与一家北美新能源车企签下一体化压铸后地板模具订单，这也是企业首次承接万吨级压铸模具的海外项目。",
    "一套万吨级一体化压铸模具重达上百吨，设计和试模周期通常超过半年。企业技术负责人介绍，团队通过仿真优化流道设计，把试模次数从过去的五六次减少到三次以内。",
    "北仑是全国重要的汽车模具产业基地之一。近年来，当地模具企业加快向大型化、精密化方向转型，一体化压铸模具已成为新的增长点。",
]
NOISE = [
    "甬派记者 陈佳宁 通讯员 胡晓东",
    "编辑：林晓",
    "打开甬派，看更多宁波新闻",
    "相关新闻",
    "宁波汽车零部件出口前十月增长21%",
    "11-29 18:20",
]
init = {"article": {"id": 30918765, "title": T, "source": "甬派",
                    "publishDate": "2026-10-08 12:00:37", "author": "陈佳宁 胡晓东", "editor": "林晓"}}
head = ('<script id="__INIT_DATA__" type="application/json">'
        + json.dumps(init, ensure_ascii=False) + "</script>")
html = doc(T + " - 甬派", head, f"""
<div class="app-bar"><span class="logo">甬派</span> <a class="open">{esc(NOISE[2])}</a></div>
<div class="article">
<h1 class="art-title">{esc(T)}</h1>
<div class="art-info"><span class="from">甬派</span>　<span class="date">10-08 12:00</span></div>
<div class="art-author">{esc(NOISE[0])}</div>
<div class="art-body">
{ps(P)}
</div>
<p class="art-editor">编辑：林晓</p>
</div>
<div class="relate"><h3>相关新闻</h3><ul><li><a>{esc(NOISE[4])}</a> <span>11-29 18:20</span></li><li><a>北仑港区汽车滚装业务创新高</a> <span>11-28 09:05</span></li></ul></div>
""")
add("portal_yongpai", html,
    url="https://share.yongpai.example.cn/article/30918765.html", kind="portal",
    modelled_on="甬派 (宁波日报报业集团 news app) share page (domain a placeholder; app bar, art-title h1, art-info row with the app name and a year-less 'MM-DD HH:MM' date without labels, reporter credit line above the text, 编辑 line, 相关新闻 with year-less dates; __INIT_DATA__ JSON script with the full publishDate to the second)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Year-less date: the page prints '10-08 12:00'; the page's own JSON (__INIT_DATA__.article.publishDate) gives '2026-10-08 12:00:37', which agrees to the minute and supplies year and seconds (the latest-year rule gives 2026 too). The related list's year-less dates (11-29 18:20, 11-28 09:05) are later than the article and are noise. Credit line '甬派记者 陈佳宁 通讯员 胡晓东' → authors 陈佳宁 胡晓东. Source: the app name beside the date, no label.",
    classes=["yearless_date", "json_script_full_date", "json_seconds_agree", "credit_line_above_body", "two_authors", "media_name_no_label", "editor_line", "app_prompt", "related_dates_later_than_article"],
    title=T, published_date="2026-10-08", published_at="2026-10-08T12:00:37+08:00",
    author="陈佳宁 胡晓东", editor="林晓", source="甬派", paragraphs=P, body_noise=NOISE)

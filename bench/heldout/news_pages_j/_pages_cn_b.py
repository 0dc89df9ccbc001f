"""Chinese pages, part B (battery / tyre / machinery / dealer media, regional news apps, gov / association)."""
from _common import FETCH_CN, add, doc, epoch, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------- portal_itdcw
T = "磷酸锰铁锂正极扩产潮下的成本账：三家企业单吨成本对比"
ROWS = [
    ["企业", "规划产能（万吨/年）", "单吨制造成本（万元）", "锰源"],
    ["赣锋新材（化名）", "12", "3.9", "硫酸锰自产"],
    ["湘沅锂能", "8", "4.3", "外购"],
    ["鄂东正极", "5", "4.6", "外购"],
]
P = [
    "今年以来，磷酸锰铁锂正极材料迎来新一轮扩产，已公开的规划产能合计超过60万吨。但在下游电芯企业压价、碳酸锂价格低位震荡的背景下，不同企业的成本差距正在拉开。",
    "电池网根据三家企业披露的环评及调研信息，整理了其规划产能与单吨制造成本：",
    *rows_tsv(ROWS),
    "可以看出，自产锰源的企业单吨成本明显更低。一位正极材料企业技术负责人表示，锰源纯度直接影响材料的循环性能，外购企业往往需要额外的除杂工序。",
    "业内普遍预计，2027年磷酸锰铁锂在动力电池中的装机占比有望突破10%，届时成本竞争力将决定企业能否拿到头部电芯厂的大额订单。",
]
NOISE = [
    "（文/罗启明　编辑/卢婷）",
    "来源：电池网",
    "浏览量：3421",
    "电池网微信公众号：itdcw2008",
    "免责声明：本文仅代表作者观点，电池网不对内容的真实性负责。",
    "上一篇：",
    "下一篇：",
]
html = doc(T + "-电池网", '<meta name="keywords" content="磷酸锰铁锂,正极材料,成本">', f"""
<div class="header"><a class="logo">电池网</a> <a>资讯</a> <a>锂电</a> <a>储能</a> <a>材料</a> <a>会展</a></div>
<div class="location">当前位置：<a>首页</a> &gt; <a>材料</a></div>
<div class="news-detail">
<h1>{esc(T)}</h1>
<div class="news-attr"><span>2026-11-29 08:36:52</span>　<span class="hits">浏览量：3421</span></div>
<div class="news-text">
{ps(P[:2])}
{table(ROWS)}
{ps(P[-2:])}
<p class="credit">（文/罗启明　编辑/卢婷）</p>
<p class="from">来源：电池网</p>
<p class="mzsm">免责声明：本文仅代表作者观点，电池网不对内容的真实性负责。</p>
</div>
<div class="pn"><p>上一篇：<a>固态电池中试线密集投产</a></p><p>下一篇：<a>11月储能电芯报价小幅上调</a></p></div>
<div class="wx">电池网微信公众号：itdcw2008</div>
</div>
""")
add("portal_itdcw", html,
    url="https://www.itdcw.com/news/clxw/11290836452026.html", kind="portal",
    modelled_on="电池网 (itdcw.com, battery-industry news portal) news detail page (channel header, 当前位置 path, h1, news-attr row with only the date-time to the second and 浏览量, cost table in the text, closing '（文/X　编辑/Y）' and '来源：' lines and 免责声明 inside the text, 上一篇 / 下一篇, 公众号 prompt)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Credits AFTER the body only: the header row has no author, source or editor; '（文/罗启明　编辑/卢婷）' and '来源：电池网' close the text and give author, editor and source (the lines themselves are noise). The sentence introducing the table (ending in a colon) and the table rows are body. Seconds printed.",
    classes=["credits_after_body_only", "source_line_at_end", "slash_author_at_end", "editor_in_credit_line", "table_in_body", "seconds_printed", "disclaimer_inside_body", "prev_next_titles", "read_count", "follow_prompt"],
    title=T, published_date="2026-11-29", published_at="2026-11-29T08:36:52+08:00",
    author="罗启明", editor="卢婷", source="电池网", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_rubber
T = "半钢子午胎出口订单排至明年一季度 东南亚工厂开工率升至九成"
P = [
    "记者近日走访山东、江苏多家轮胎企业了解到，半钢子午线轮胎出口订单普遍排至2027年一季度，部分企业在泰国、越南的海外工厂开工率已升至九成左右。",
    "一家位于青岛的轮胎企业外贸负责人介绍，欧洲替换市场冬季胎需求超出预期，加上北美客户提前备货，公司11月出口量同比增长约二成。",
    "与此同时，天然橡胶和炭黑价格近期有所上行，企业利润空间受到一定挤压。多家企业表示，将通过调整产品结构、提高高性能规格占比来消化成本压力。",
]
NOISE = [
    "图为某轮胎企业成品仓库（资料图）",
    "【责任编辑：辛悦】",
    "打印本页",
    "关闭窗口",
    "橡胶价格行情",
    "本网版权所有，转载请注明来源中国橡胶网。",
]
html = doc(T + "--中国橡胶网", '<meta property="article:published_time" content="2026-11-28T14:22:10+08:00">', f"""
<div class="top"><a class="logo">中国橡胶网</a> <a>资讯</a> <a>轮胎</a> <a>原材料</a> <a class="hq">橡胶价格行情</a></div>
<table class="main" width="980"><tr><td class="left">
<div class="news_title"><h1>{esc(T)}</h1></div>
<div class="news_info">2026-11-28 14:22　来源：中国橡胶网　作者：本网青岛站记者 郝晓峰</div>
<div class="news_content">
<p>{esc(P[0])}</p>
<p align="center"><img src="/upload/2026/11/tyre_store.jpg"></p>
<p align="center" class="pic_txt">图为某轮胎企业成品仓库（资料图）</p>
{ps(P[1:])}
<p class="zrbj">【责任编辑：辛悦】</p>
</div>
<div class="tools">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
</td><td class="right"><div class="hot"><h3>热点资讯</h3><ul><li><a>天胶期货周评</a> 11-27</li></ul></div></td></tr></table>
<div class="foot">本网版权所有，转载请注明来源中国橡胶网。</div>
""")
add("portal_rubber", html,
    url="https://www.rubber.example.com.cn/news/2026/11/28/117624.html", kind="portal",
    modelled_on="中国橡胶网-style rubber / tyre industry portal (domain a placeholder) news page on a table layout (top nav with a price-quote link, news_title h1, news_info line 'date time　来源　作者：本网青岛站记者 X' — the writer credited with the paper's regional bureau, centred photo with 资料图 caption, 【责任编辑：X】 in full-width brackets, 【打印本页】【关闭窗口】; article:published_time meta with seconds)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Bureau byline: '作者：本网青岛站记者 郝晓峰' (the site's Qingdao bureau reporter); the author is the name only. Editor from '【责任编辑：辛悦】'. The article:published_time meta agrees with the printed minute and supplies the seconds.",
    classes=["bureau_byline", "reporter_prefix", "bracket_editor_line", "meta_seconds_agree", "table_layout", "image_caption", "print_close_links", "copyright_notice"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T14:22:10+08:00",
    author="郝晓峰", editor="辛悦", source="中国橡胶网", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_d1cm
T = "2026长沙国际工程机械展闭幕 电动装载机与氢能挖掘机成展台主角"
P = [
    "11月22日，为期四天的2026长沙国际工程机械展览会闭幕。本届展会共有1200余家企业参展，电动化、氢能化产品占据了主机厂展台的核心位置。",
    "在装载机展区，多家企业发布了新一代电动装载机，电池容量普遍提升至420千瓦时以上，并开始标配换电接口。一家主机厂销售负责人称，展会期间现场签约电动装载机超过300台。",
    "氢能挖掘机是本届展会的另一亮点。两家企业展出了20吨级氢燃料电池挖掘机样机，续航可达8小时，但整机售价仍是同级柴油机型的2.5倍左右。",
    "配套企业同样积极。电驱桥、液压泵阀和热管理企业集中展示了面向电动工程机械的专用部件，部分企业表示，电动化正在改变工程机械的采购逻辑，整机厂更看重配套企业的系统集成能力。",
]
CAPS = ["展会现场的电动装载机展区（曹阳 摄）", "20吨级氢燃料电池挖掘机样机（曹阳 摄）", "配套企业展示电驱桥产品（曹阳 摄）"]
NOISE = CAPS + ["1/3", "上一张", "下一张", "编辑：唐蕾", "扫一扫 分享到朋友圈", "第一工程机械网 版权所有"]


def fig(n, cap):
    return (f'<div class="gallery-item"><img data-original="/pic/2026/1122/cmexpo_{n}.jpg" src="/img/lazy.gif">'
            f'<p class="gallery-cap">{esc(cap)}</p><div class="gallery-nav"><span>{n}/3</span> <a>上一张</a> <a>下一张</a></div></div>')


html = doc(T + "_第一工程机械网", '<meta name="publishdate" content="2026-11-22 18:30:00">', f"""
<div class="d1-head"><a class="logo">第一工程机械网</a> <a>新闻</a> <a>产品</a> <a>二手</a> <a>展会</a></div>
<div class="d1-article">
<h1 class="tit">{esc(T)}</h1>
<div class="attr"><span>来源：第一工程机械网</span>　<span>作者：谭俊</span>　<span>2026-11-22 18:30</span></div>
<div class="txt">
<p>{esc(P[0])}</p>
{fig(1, CAPS[0])}
<p>{esc(P[1])}</p>
{fig(2, CAPS[1])}
<p>{esc(P[2])}</p>
{fig(3, CAPS[2])}
<p>{esc(P[3])}</p>
<p class="ed">编辑：唐蕾</p>
</div>
<div class="share">扫一扫 分享到朋友圈</div>
</div>
<div class="foot">第一工程机械网 版权所有</div>
""")
add("portal_d1cm", html,
    url="https://news.d1cm.com/20261122/118765.shtml", kind="portal",
    modelled_on="第一工程机械网 (d1cm.com, construction-machinery portal) news page (channel header, tit h1, attr row '来源　作者　date time', photo gallery items with captions '（X 摄）' and 'n/3 上一张 下一张' controls between the paragraphs, 编辑 line, QR share prompt; publishdate meta)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Photo gallery: three gallery items (lazy images, caption, pager) stand between the paragraphs; captions and pager words are noise, the photographer (曹阳) is not an author. Date-time after 来源 and 作者 in the attr row; meta agrees (seconds :00).",
    classes=["photo_gallery_between_paragraphs", "photographer_caption", "photographer_not_author", "gallery_pager", "date_after_source_author", "meta_time_agrees", "editor_line", "share_bar", "copyright_notice"],
    title=T, published_date="2026-11-22", published_at="2026-11-22T18:30:00+08:00",
    author="谭俊", editor="唐蕾", source="第一工程机械网", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_autoreport
T = "对话恒骋汽车集团总裁：经销商网络收缩期，售后业务如何撑起利润"
P = [
    "今年前三季度，国内经销商集团普遍面临新车毛利为负的局面，不少集团开始关闭低效门店。恒骋汽车集团旗下门店数量从年初的86家调整至71家，但售后业务收入同比增长了14%。日前，汽车产经网专访了恒骋汽车集团总裁周启航。",
    "问：今年集团关闭了15家门店，主要出于什么考虑？",
    "答：关掉的主要是新车销量持续下滑、又没有足够保有量支撑售后的门店。一家4S店一年的固定成本在800万元以上，如果售后产值撑不住，越开越亏。",
    "问：售后增长14%，主要来自哪些业务？",
    "答：一是钣喷和事故车业务，我们跟三家保险公司建立了直赔合作；二是新能源车的三电检测和电池保养，这块今年翻了一倍；三是延保和养护套餐的续费率提高了。",
    "问：对明年怎么看？",
    "答：新车还会很难，但存量车的服务需求是确定的。我们明年计划再开10家独立售后服务中心，不再绑定单一品牌。",
]
NOISE = [
    "责任编辑：谷雨",
    "汽车产经网独家稿件，转载请注明出处。",
    "热门排行",
    "收藏",
    "举报",
]
html = doc(T + "-汽车产经网", '<meta name="publishdate" content="2026-11-25 09:05:12">', f"""
<div class="head"><a class="logo">汽车产经网</a> <a>产经</a> <a>经销商</a> <a>后市场</a> <a>访谈</a></div>
<div class="article-box">
<h1>{esc(T)}</h1>
<div class="article-info"><span class="time">2026-11-25 09:05</span>　<span class="from">来源：汽车产经网</span>　<span class="auth">作者：贾文静</span>　<a class="fav">收藏</a> <a class="report">举报</a></div>
<div class="article-con">
<p>{esc(P[0])}</p>
{"".join(f'<p><strong>{esc(p)}</strong></p>' if p.startswith("问") else f'<p>{esc(p)}</p>' for p in P[1:])}
<p class="zrbj">责任编辑：谷雨</p>
<p class="sm">汽车产经网独家稿件，转载请注明出处。</p>
</div>
</div>
<div class="rank"><h3>热门排行</h3><ol><li><a>经销商集团三季报盘点</a></li></ol></div>
""")
add("portal_autoreport", html,
    url="https://www.autoreport.cn/jxs/20261125/118765.html", kind="portal",
    modelled_on="汽车产经网 (autoreport.cn, auto-industry and dealer trade media) interview article page (channel header, h1, article-info row 'date time　来源　作者' with 收藏 / 举报, intro paragraph then bold '问：' questions and plain '答：' answers, 责任编辑 line and 独家稿件 notice inside the content, 热门排行; publishdate meta with seconds)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Q&A interview body: the intro and every 问 / 答 paragraph (prefixes kept, questions in bold) are body. Meta publishdate agrees with the printed minute and supplies the seconds.",
    classes=["qa_body", "bold_questions", "meta_seconds_agree", "report_fav_beside_author", "editor_line", "original_notice"],
    title=T, published_date="2026-11-25", published_at="2026-11-25T09:05:12+08:00",
    author="贾文静", editor="谷雨", source="汽车产经网", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_xinhunan
T = "株洲汽车零部件产业链“链长”会议召开 七个项目集中签约"
P = [
    "11月26日，株洲市汽车零部件产业链“链长”工作会议召开，会上集中签约七个项目，总投资约38亿元，涵盖电驱系统、汽车线束、轻量化铝合金结构件等领域。",
    "据介绍，株洲已形成以整车为牵引、关键零部件配套的产业格局，全市规模以上汽车零部件企业达到186家，今年前10个月产业链实现产值同比增长11.3%。",
    "会议提出，下一步将围绕本地整车企业的配套需求，推动零部件企业就近布局，力争到2028年本地配套率提升至45%以上。",
]
NOISE = [
    "湖南日报 2026年11月27日 星期五 农历十月十九",
    "第06版：经济",
    "湖南日报全媒体记者 曾凡 通讯员 彭立",
    "[责编：胡闰]",
    "[来源：湖南日报]",
    "下载新湖南客户端",
    "我要报料",
]
script = f'<script>window.__ARTICLE__ = {{"id": 18812345, "publishTime": {epoch("2026-11-26T22:15:31+08:00")}000, "paperDate": "2026-11-27"}};</script>'
html = doc(T + " - 新湖南", script, f"""
<div class="app-bar">下载新湖南客户端</div>
<div class="paper-line"><span>湖南日报 2026年11月27日 星期五 农历十月十九</span>　<span>第06版：经济</span></div>
<div class="article">
<h1 class="article-title">{esc(T)}</h1>
<div class="article-meta"><span>来源：湖南日报</span>　<span>作者：曾凡</span>　<span>发布时间：2026-11-26 22:15</span></div>
<div class="article-content">
<p class="credit">湖南日报全媒体记者 曾凡 通讯员 彭立</p>
{ps(P)}
<p class="zb">[责编：胡闰]</p>
<p class="ly">[来源：湖南日报]</p>
</div>
<div class="baoliao">我要报料</div>
</div>
""")
add("portal_xinhunan", html,
    url="https://www.hunantoday.cn/news/xhn/202611/18812345.html", kind="portal",
    modelled_on="新湖南 (湖南日报 news app and site) article page (app bar, newspaper edition line above the headline with the print date, weekday and lunar date and the page number, h1, meta row '来源　作者　发布时间：date time', credit paragraph '湖南日报全媒体记者 X 通讯员 Y' opening the text, '[责编：X]' and '[来源：X]' lines after the text, 报料 prompt; window.__ARTICLE__ with epoch-ms publishTime and paperDate)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Date in the headline area written with weekday and lunar date: the print edition line ('2026年11月27日 星期五 农历十月十九', the lunar date computed from the new moon of 2026-11-09 and not part of the truth) names the paper's issue day; the online article was published the evening before ('发布时间：2026-11-26 22:15', epoch ms 22:15:31 agrees). The online publication is the truth; the edition date is noise. Authors from the credit paragraph (记者 + 通讯员); editor from the bracketed 责编 line.",
    classes=["edition_date_with_weekday_and_lunar", "print_date_differs_from_online", "epoch_ms_page_data", "two_authors", "credit_paragraph_opening_body", "bracket_editor_line", "source_line_at_end", "app_prompt", "report_prompt"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T22:15:31+08:00",
    author="曾凡 彭立", editor="胡闰", source="湖南日报", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- portal_chengshi
T = "杭州一汽配城整体搬迁至钱塘 三百余家商户将于春节前入驻新址"
P = [
    "经营了二十多年的杭州城东汽配城，即将整体搬迁。记者昨天从市场管理方获悉，新址位于钱塘区，建筑面积约12万平方米，首批三百余家商户将在明年春节前完成入驻。",
    "老汽配城的商户以配件批发和维修为主，不少人对搬迁心情复杂。“老客户都知道这里，搬过去要重新攒人气。”经营刹车片批发的陈老板说。",
    "市场管理方介绍，新市场将设置新能源汽车配件专区和仓储配送中心，并引入线上交易平台，帮助商户对接周边的维修企业。",
    "对于搬迁过渡期，管理方承诺前六个月免收租金，并安排免费班车往返新老市场。",
    "钱塘区相关部门表示，新汽配城建成后将与周边的汽车产业园形成联动，预计每年带动交易额超过50亿元。",
]
NOISE = [
    "展开全文",
    "橙柿互动·都市快报 记者 宋婷 通讯员 何晓东",
    "编辑：李阳",
    "打开橙柿互动APP，阅读体验更佳",
    "猜你喜欢",
]
html = doc(T + " - 橙柿互动", '<meta name="publishdate" content="2026-11-27 19:48:26">', f"""
<div class="open-app">打开橙柿互动APP，阅读体验更佳</div>
<div class="news-main">
<h1 class="news-title">{esc(T)}</h1>
<div class="news-meta"><span class="media">橙柿互动</span> <span class="time">2026-11-27 19:48</span></div>
<div class="news-content">
{ps(P[:3])}
<div class="content-rest" style="display:none">
{ps(P[3:])}
</div>
<div class="read-all">展开全文</div>
<p class="byline-end">橙柿互动·都市快报 记者 宋婷 通讯员 何晓东</p>
<p class="editor">编辑：李阳</p>
</div>
</div>
<div class="recommend"><h3>猜你喜欢</h3><ul><li><a>钱塘这条路下月通车</a> 11-26</li></ul></div>
""")
add("portal_chengshi", html,
    url="https://share.chengshi.example.cn/news/2026/11/27/4518823.html", kind="portal",
    modelled_on="橙柿互动 (杭州日报 / 都市快报 news app) share page (domain a placeholder; open-app bar, news-title h1, meta row with the app name and a date-time without labels, the last paragraphs collapsed in a display:none block behind 展开全文, reporter credit line and 编辑 line after the text, 猜你喜欢; publishdate meta with seconds)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Collapsed text: paragraphs 4-5 are in the DOM inside a display:none block opened by 展开全文; they are article text, so body (decision of this corpus: text in the page's DOM that the reader can expand is body; text only in attributes is not). Credits only after the body: '橙柿互动·都市快报 记者 宋婷 通讯员 何晓东' (two authors) and '编辑：李阳'. Source: the app name beside the time without a label.",
    classes=["collapsed_display_none_paragraphs", "credits_after_body_only", "two_authors", "media_name_no_label", "meta_seconds_agree", "editor_line", "app_prompt"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T19:48:26+08:00",
    author="宋婷 何晓东", editor="李阳", source="橙柿互动", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- gov_cnca
T = "认监委部署2027年度汽车产品强制性认证监督抽查工作"
P = [
    "近日，认监委印发通知，部署2027年度汽车产品强制性产品认证（CCC认证）监督抽查工作，重点覆盖汽车安全带、汽车制动软管、车身反光标识、机动车儿童乘员用约束系统等产品。",
    "通知要求，一是突出重点领域，对网络销售渠道和汽车后市场流通环节加大抽查比例；二是强化结果运用，对抽查不合格的获证企业依法暂停或撤销认证证书；三是加强信息公开，抽查结果按季度向社会公布。",
    "通知强调，各指定认证机构要落实获证后监督责任，严格执行工厂检查和产品一致性检查要求，确保认证有效性。",
]
NOISE = [
    "【字体：大 中 小】",
    "【打印】",
    "【关闭】",
    "国家认证认可监督管理委员会　打印时间：2026-11-30 08:57",
    "本页网址：https://www.cnca.gov.cn/zwxx/gzdt/art/2026/art_4a91c.html",
    "主办单位：国家认证认可监督管理委员会",
]
head = ('<meta name="SiteName" content="国家认证认可监督管理委员会">\n<meta name="ArticleTitle" content="' + esc(T) + '">\n'
        '<meta name="PubDate" content="2026-11-24 16:30">\n<meta name="ContentSource" content="认证监管司">\n'
        '<style>@media screen {.print-only{display:none}}</style>')
html = doc(T, head, f"""
<div class="banner">国家认证认可监督管理委员会</div>
<div class="position">当前位置：<a>首页</a> &gt; <a>政务信息</a> &gt; <a>工作动态</a></div>
<div class="print-only" style="display:none">国家认证认可监督管理委员会　打印时间：2026-11-30 08:57<br>本页网址：https://www.cnca.gov.cn/zwxx/gzdt/art/2026/art_4a91c.html</div>
<div class="article">
<div class="art-title">{esc(T)}</div>
<div class="art-info">发布时间：2026-11-24　来源：认证监管司　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="art-con">
{ps(P)}
</div>
<div class="art-tools">【<a>打印</a>】【<a>关闭</a>】</div>
</div>
<div class="footer">主办单位：国家认证认可监督管理委员会　京ICP备09062530号</div>
""")
add("gov_cnca", html,
    url="https://www.cnca.gov.cn/zwxx/gzdt/art/2026/art_4a91c.html", kind="gov",
    modelled_on="国家认证认可监督管理委员会 (cnca.gov.cn, CCC certification regulator) 工作动态 page (banner, position path, hidden print-only block with the print time and page URL, art-title div, art-info '发布时间：date-only　来源：司局　【字体：大 中 小】', 一是 / 二是 / 三是 text, 【打印】【关闭】; SiteName / ArticleTitle / PubDate / ContentSource meta with the time)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Hidden print-only block (display:none on screen) above the article holds a print time '2026-11-30 08:57' and the page URL: noise, never the date. Visible date is date-only; PubDate meta supplies 16:30 (no seconds). No author, no editor; source is the department.",
    classes=["hidden_print_only_block", "print_time_trap", "date_only_visible", "time_only_in_meta", "trs_meta", "department_source", "numbered_items_in_body", "font_size_control", "print_close_links", "headline_in_div", "no_author", "no_editor"],
    title=T, published_date="2026-11-24", published_at="2026-11-24T16:30:00+08:00",
    author=None, editor=None, source="认证监管司", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- gov_tc114
T = "《电动汽车用驱动电机系统可靠性试验方法》等3项推荐性国家标准公开征求意见"
ROWS = [
    ["序号", "标准名称", "计划号", "主要起草单位"],
    ["1", "电动汽车用驱动电机系统可靠性试验方法", "20261187-T-339", "汽车电驱动系统测试中心等"],
    ["2", "电动汽车用电机控制器功能安全要求", "20261188-T-339", "某汽车研究院等"],
    ["3", "电动汽车驱动电机系统电磁兼容性要求及试验方法", "20261189-T-339", "某检测认证机构等"],
]
P = [
    "根据国家标准化管理委员会下达的国家标准制修订计划，由全国汽车标准化技术委员会电动车辆分技术委员会归口的3项推荐性国家标准已完成征求意见稿，现公开征求意见。",
    *rows_tsv(ROWS),
    "请有关单位和专家于2027年1月20日前将意见反馈至秘书处电子邮箱。",
    "注：征求意见截止日期以电子邮件送达时间为准，逾期未反馈的视为无意见。",
]
NOISE = [
    "附件1：电动汽车用驱动电机系统可靠性试验方法（征求意见稿）.pdf",
    "附件2：征求意见反馈表.docx",
    "浏览次数：",
    "网站首页 | 标准动态 | 征求意见 | 联系我们",
    "上一篇：",
]
html = doc(T + "-全国汽车标准化技术委员会", '<meta name="description" content="征求意见">', f"""
<div class="top">全国汽车标准化技术委员会</div>
<div class="menu">网站首页 | 标准动态 | 征求意见 | 联系我们</div>
<div class="detail">
<h2 class="detail-title">{esc(T)}</h2>
<div class="detail-info">发布日期：2026-11-20 14:30　来源：电动车辆分技术委员会　浏览次数：<span id="hits">862</span></div>
<div class="detail-content">
<p>{esc(P[0])}</p>
{table(ROWS)}
<p>{esc(P[-2])}</p>
<p class="note">{esc(P[-1])}</p>
<p class="fj"><a>附件1：电动汽车用驱动电机系统可靠性试验方法（征求意见稿）.pdf</a></p>
<p class="fj"><a>附件2：征求意见反馈表.docx</a></p>
</div>
<div class="pn">上一篇：<a>2026年第三季度标准立项公示</a></div>
</div>
""")
add("gov_tc114", html,
    url="https://www.tc114.example.org.cn/zqyj/2026/1120/1187.html", kind="gov",
    modelled_on="全国汽车标准化技术委员会-style standards-committee site (domain a placeholder) 征求意见 notice page (top title, menu line, detail-title h2, detail-info '发布日期：date time　来源：分技术委员会　浏览次数', standards table in the text, closing 注 line, 附件 links, 上一篇)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Standards-body notice: the standards table is body (header row included); the closing '注：…' footnote is part of the notice, so body; the 附件 links are noise. Time printed without seconds, no page data.",
    classes=["table_in_body", "footnote_in_body", "attachment_link", "h2_headline", "department_source", "hit_count", "prev_next_titles", "no_author", "no_editor"],
    title=T, published_date="2026-11-20", published_at="2026-11-20T14:30:00+08:00",
    author=None, editor=None, source="电动车辆分技术委员会", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- gov_ciceia
T = "协会召开商用车柴油机下一阶段排放技术路线研讨会"
P = [
    "11月17日，协会在无锡召开商用车柴油机下一阶段排放技术路线研讨会，来自主机厂、后处理系统供应商、检测机构的60余名代表参会。",
    "与会代表围绕氮氧化物超低排放、冷启动排放控制以及车载排放远程监控等议题进行了交流。多位专家认为，双级SCR和电加热催化器将成为主流技术方案，但会带来每台发动机3000元至6000元的成本增加。",
    "会议建议，行业应尽早开展关键零部件的耐久性验证，并加强与整车企业在标定和诊断策略上的协同。",
]
NOISE = [
    "今天是：2026年11月30日 星期一",
    "（撰稿：付明远　审核：许正清）",
    "点击数：386",
    "协会简介 | 行业动态 | 分会工作 | 会员服务",
    "版权所有：中国内燃机工业协会",
]
html = doc(T, '<meta name="keywords" content="柴油机,排放,研讨会">', f"""
<div class="topbar">今天是：2026年11月30日 星期一　<a>设为首页</a></div>
<div class="nav">协会简介 | 行业动态 | 分会工作 | 会员服务</div>
<table width="1000"><tr><td class="left-menu"><ul><li>协会新闻</li><li>通知公告</li></ul></td><td class="right">
<div class="title">{esc(T)}</div>
<div class="info">发布时间：2026年11月18日 10:20　来源：行业发展部　点击数：386</div>
<div class="content">
{ps(P)}
<p align="right">（撰稿：付明远　审核：许正清）</p>
</div>
</td></tr></table>
<div class="foot">版权所有：中国内燃机工业协会</div>
""")
add("gov_ciceia", html,
    url="https://www.ciceia.example.org.cn/xhxw/2026-11-18/3102.html", kind="gov",
    modelled_on="中国内燃机工业协会-style industry association site (domain a placeholder) 协会新闻 page on a table layout (top bar with today's date and weekday, menu line, left menu cell, title div, info row '发布时间：YYYY年MM月DD日 HH:MM　来源：部门　点击数', right-aligned '（撰稿：X　审核：Y）' line after the text)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Credits after the body only: '（撰稿：付明远　审核：许正清）' — 撰稿 (drafted by) is the writer, so author 付明远; 审核 (reviewer) is not an editor. Today's date in the top bar (fetch day) is a trap. Source is the department.",
    classes=["credits_after_body_only", "drafter_author", "reviewer_not_editor", "today_date_in_header", "chinese_date_format", "department_source", "table_layout", "headline_in_div", "hit_count", "no_editor"],
    title=T, published_date="2026-11-18", published_at="2026-11-18T10:20:00+08:00",
    author="付明远", editor=None, source="行业发展部", paragraphs=P, body_noise=NOISE)

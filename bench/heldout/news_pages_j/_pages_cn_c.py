"""Chinese self-media / UGC pages (forum threads, notes, community posts)."""
from _common import FETCH_CN, add, doc, epoch, esc, jsonld, lis, ps, rows_tsv, table

# ---------------------------------------------------------------- selfmedia_autohome_club
T = "柴油皮卡跑了三万公里，换装国产电控共轨配件的真实体验"
P = [
    "先说背景：车是2022年的柴油四驱皮卡，主要跑甘肃到青海的砂石料线，去年冬天原厂喷油器出了问题，4S店报价一套将近九千，最后在修理厂换了国产的电控共轨喷油器，到现在正好三万公里。",
    "换完头一个月油耗基本没变化，百公里11.2升左右，冷车启动比原来稍微抖一点，修理厂师傅说是需要重新做喷油量补偿，做完就好了。",
    "跑到两万公里的时候做过一次检测，四个喷油器的回油量都在正常范围内，没有出现漏油和积碳严重的情况。",
    "总结一下：价格大概是原厂的四成，目前用下来没发现明显问题，但是冬天零下二十度的时候启动还是要多预热一会儿。有同样情况的车友可以参考，不过一定要找靠谱的修理厂，补偿参数一定要做。",
]
CAPS = ["拆下来的原厂喷油器，头部积碳挺明显", "换上的国产喷油器，包装上有追溯码", "三万公里时的油耗记录"]
NOISE = CAPS + [
    "本帖最后由 老周跑运输 于 2026-11-26 08:12 编辑",
    "楼主",
    "IP属地：甘肃",
    "发表于 2026-11-28 07:41",
    "这个价格确实香，求修理厂位置",
    "回复",
    "精华帖",
    "只看楼主",
]
state = '<script>window.__TOPIC__ = {"topicId": 118765432, "publishTime": "2026-11-25 21:07:33", "lastEditTime": "2026-11-26 08:12:05", "author": "老周跑运输"};</script>'
html = doc(T + "_皮卡论坛_汽车之家论坛", state, f"""
<div class="club-head"><a class="logo">汽车之家论坛</a> <a>皮卡论坛</a> <a>发帖</a></div>
<div class="post-wrap">
<div class="maxtitle"><span class="tag">精华帖</span> <h1 class="title">{esc(T)}</h1></div>
<div class="post" id="F0">
<div class="post-user"><a class="name">老周跑运输</a> <span class="lz">楼主</span> <span class="ip">IP属地：甘肃</span></div>
<div class="post-time">发表于 2026-11-25 21:07　<a>只看楼主</a></div>
<div class="post-edit"><i>本帖最后由 老周跑运输 于 2026-11-26 08:12 编辑</i></div>
<div class="tz-paragraph">
<p>{esc(P[0])}</p>
<div class="tz-figure"><img data-src="//club2.autoimg.cn/a/1.jpg"><div class="tz-figcaption">{esc(CAPS[0])}</div></div>
<p>{esc(P[1])}</p>
<div class="tz-figure"><img data-src="//club2.autoimg.cn/a/2.jpg"><div class="tz-figcaption">{esc(CAPS[1])}</div></div>
<p>{esc(P[2])}</p>
<div class="tz-figure"><img data-src="//club2.autoimg.cn/a/3.jpg"><div class="tz-figcaption">{esc(CAPS[2])}</div></div>
<p>{esc(P[3])}</p>
</div>
</div>
<div class="reply" id="F1"><div class="post-user"><a class="name">河西走廊跑车人</a></div><div class="post-time">发表于 2026-11-28 07:41</div><div class="reply-text">这个价格确实香，求修理厂位置</div><a>回复</a></div>
</div>
""")
add("selfmedia_autohome_club", html,
    url="https://club.autohome.com.cn/bbs/thread/a3f1c2d9e8b7a6f5/118765432-1.html", kind="self_media",
    modelled_on="汽车之家论坛 (club.autohome.com.cn) thread page (club header, maxtitle with 精华帖 tag and h1, floor-0 post with the user name / 楼主 badge / IP属地, '发表于 date time' and 只看楼主, italic '本帖最后由 X 于 date time 编辑' notice, tz-paragraph text with figures and figcaptions between the paragraphs, replies with their own 发表于 times; window.__TOPIC__ with publishTime seconds and lastEditTime)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Forum thread (UGC): the posting user 老周跑运输 is an account, not an author; source = the nickname (as for community posts in news_pages_i). Date = 发表于 of the first floor (seconds from __TOPIC__.publishTime, agreeing); the '本帖最后由…编辑' notice is an edit time and its user is no editor. Photo captions between the paragraphs and replies are noise.",
    classes=["forum_thread", "account_source", "account_not_author", "edit_notice_not_editor", "edit_time_trap", "photo_gallery_between_paragraphs", "script_page_data", "ip_location", "reply_dates", "no_author", "no_editor"],
    title=T, published_date="2026-11-25", published_at="2026-11-25T21:07:33+08:00",
    author=None, editor=None, source="老周跑运输", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- selfmedia_tieba
T = "重卡后桥轮边减速器批量漏油，厂家给出的解释靠谱吗"
P = [
    "我们车队去年底进了12台同一批次的6×4牵引车，跑到15万公里左右，已经有7台后桥轮边减速器漏油。",
    "厂家服务站的说法是油封批次问题，免费更换油封，但是没说其他车会不会也出问题，也不给书面说明。",
    "想问问吧里的老哥们：",
    "1. 有没有遇到过同样情况的？换完油封之后还漏不漏？",
    "2. 轮边漏油拖着不修，会不会把轮边轴承也搞坏？",
    "3. 这种批量问题能不能要求厂家召回或者延长质保？",
]
NOISE = [
    "卡友阿强2016",
    "（这帖之前在别的吧发过，原帖是2026-11-24发的，今天整理了一下重新发）",
    "1楼",
    "2026-11-26 15:05",
    "2楼",
    "2026-11-26 15:31",
    "油封是小事，关键看轴承有没有进水",
    "回复(12)",
    "贴吧热议榜",
    "吧主",
]
field = '{&quot;author&quot;:{&quot;user_name&quot;:&quot;卡友阿强2016&quot;},&quot;content&quot;:{&quot;post_no&quot;:1,&quot;date&quot;:&quot;2026-11-26 15:05&quot;}}'
html = doc(T + "_重卡吧_百度贴吧", '<meta name="keywords" content="重卡,轮边减速器,漏油">', f"""
<div class="tb-head"><a class="logo">百度贴吧</a> <a class="forum">重卡吧</a> <span>吧主</span></div>
<div class="core_title_wrap"><h3 class="core_title_txt">{esc(T)}</h3></div>
<div class="l_post" data-field="{field}">
<div class="d_author"><a class="p_author_name">卡友阿强2016</a></div>
<div class="d_post_content_main">
<div class="d_post_content j_d_post_content">{"<br>".join(esc(p) for p in P)}<br><br>（这帖之前在别的吧发过，原帖是2026-11-24发的，今天整理了一下重新发）</div>
<div class="post-tail-wrap"><span class="tail-info">1楼</span><span class="tail-info"> </span><span class="tail-info">2026-11-26 15:05</span></div>
</div>
</div>
<div class="l_post" data-field="{{}}">
<div class="d_author"><a class="p_author_name">老司机跑长途</a></div>
<div class="d_post_content_main"><div class="d_post_content">油封是小事，关键看轴承有没有进水</div>
<div class="post-tail-wrap"><span class="tail-info">2楼</span><span class="tail-info"> </span><span class="tail-info">2026-11-26 15:31</span> <a>回复(12)</a></div></div>
</div>
<div class="aside"><h4>贴吧热议榜</h4><ol><li>今年运费还能涨吗</li></ol></div>
""")
add("selfmedia_tieba", html,
    url="https://tieba.baidu.com/p/9187654321", kind="self_media",
    modelled_on="百度贴吧 (tieba.baidu.com) thread page on the PC template (forum header with 吧主 link, core_title h3, l_post floors carrying a data-field JSON attribute, d_author name, d_post_content with <br>-separated lines, post-tail with '1楼' and the date-time AFTER the post text, second floor with its own time and 回复 count, 贴吧热议榜)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="The first floor's time is printed only AFTER the post text in the tail ('1楼 2026-11-26 15:05'; the data-field attribute says the same, no seconds); the 2楼 time (15:31) is a trap. The poster's note that the thread was first posted elsewhere on 2026-11-24 is a repost remark (noise), not this page's date. Body: the <br>-separated lines including the numbered questions and the line introducing them. Poster = account: source, not author.",
    classes=["date_after_body", "floor_tail_date", "repost_two_dates", "br_separated_body", "numbered_items_in_body", "data_attribute_page_data", "account_source", "account_not_author", "reply_dates", "h3_headline", "no_author", "no_editor"],
    title=T, published_date="2026-11-26", published_at="2026-11-26T15:05:00+08:00",
    author=None, editor=None, source="卡友阿强2016", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- selfmedia_douban
T = "在汽配城做了十年刹车片生意，我看到的行业变化"
P = [
    "2016年我跟着表哥进了汽配城，一开始只是帮忙看店，后来自己租了一个十几平方米的铺面，专做刹车片批发。十年下来，客户从街边修理厂变成了连锁门店和线上平台，生意的逻辑也完全变了。",
    "最早的时候，修理厂老板来拿货只看价格，同一个型号我们能报出三四档价。现在连锁门店进货要看检测报告、要能扫码追溯，没有品牌授权的货根本进不了他们的系统①。",
    "另一个变化是电车。电车用动能回收，刹车片的更换周期明显变长，有的车跑了八万公里还是原厂片。我们这两年把一部分精力转到了刹车盘和制动液上②。",
    "至于以后，我自己的判断是，像我们这样的小批发商要么依附一个大平台，要么往专业化走，只做几个品类但做深。",
    "①指配件追溯码，各平台要求不同。",
    "②制动液吸水后沸点下降，一般建议两年更换一次。",
]
NOISE = [
    "机油与咖啡",
    "2026-11-27 22:48:13",
    "IP属地：浙江",
    "（转载请豆邮联系作者）",
    "© 本文版权归作者 机油与咖啡 所有，任何形式转载请联系作者。",
    "赞",
    "收藏",
    "转发",
    "回应",
    "推荐",
]
html = doc(T + "（机油与咖啡的日记）", '<meta property="og:type" content="article">', f"""
<div class="nav"><a class="logo">豆瓣</a> <a>读书</a> <a>电影</a> <a>小组</a></div>
<div class="article">
<h1>{esc(T)}</h1>
<div class="note-header note-header-container">
<a class="note-author">机油与咖啡</a> <span class="pub-date">2026-11-27 22:48:13</span> <span class="ip-location">IP属地：浙江</span>
</div>
<div class="note" id="link-report">
{ps(P[:4])}
<p class="footnote">{esc(P[4])}</p>
<p class="footnote">{esc(P[5])}</p>
<p>（转载请豆邮联系作者）</p>
</div>
<div class="copyright-claim">© 本文版权归作者 机油与咖啡 所有，任何形式转载请联系作者。</div>
<div class="sns-bar"><a>赞</a> <a>收藏</a> <a>转发</a> <a>推荐</a></div>
<div class="comments"><h2>回应</h2><div class="comment-item"><span class="author">修车老王</span> <span class="time">2026-11-28 09:15:02</span><p>说得太对了，现在门店进货都看授权</p></div></div>
</div>
""")
add("selfmedia_douban", html,
    url="https://www.douban.com/note/918765432/", kind="self_media",
    modelled_on="豆瓣日记 (douban.com/note) page (site nav, h1, note-header with the author link, a seconds-precise pub-date and IP属地, note text with numbered footnotes at the end, a reprint request line inside the note, copyright-claim line, 赞 / 收藏 / 转发 / 推荐 bar, 回应 comments with seconds-precise times)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="UGC note: the nickname (机油与咖啡) is the publishing account: source, not author. Footnotes ① ② written by the note's author at the end of the text are body (same decision as portal_autotesting); the reprint request inside the note and the copyright claim are noise. Seconds printed.",
    classes=["ugc_note", "account_source", "account_not_author", "footnotes_in_body", "seconds_printed", "ip_location", "reprint_notice", "copyright_notice", "comment_dates", "no_author", "no_editor"],
    title=T, published_date="2026-11-27", published_at="2026-11-27T22:48:13+08:00",
    author=None, editor=None, source="机油与咖啡", paragraphs=P, body_noise=NOISE)

# ---------------------------------------------------------------- selfmedia_hupu
T = "聊聊我这台二手混动车换电池的经历，全程花了多少钱"
P = [
    "车是2019年的一台油电混动轿车，表显14万公里，今年10月仪表报混动系统故障，检测下来是混动电池组有三个模块衰减严重。",
    "问了几个渠道的报价，大概是这样：",
    "4S店换全新原厂电池总成：2.3万元，质保两年；",
    "专修店换再制造电池总成：9800元，质保一年；",
    "只换衰减模块并做均衡：3200元，质保三个月。",
    "最后选了再制造总成，主要是觉得只换模块的话其他模块也快到寿命了，过几个月可能还得修。换完到现在一个多月，油耗从6.1升回到了4.9升左右。",
    "给有类似车的JRs一个建议：买二手混动车之前一定要做电池健康度检测，这项检测一般一两百块钱，能省不少事。",
]
NOISE = [
    "汽车区",
    "楼主",
    "发布于2026-11-28 23:15",
    "IP属地：浙江",
    "亮了(128)",
    "这个价格挺良心的，我那台换总成花了一万二",
    "2026-11-29 00:02",
    "推荐(56)",
    "收藏",
    "虎扑APP 更多精彩",
]
html = doc(T + " - 汽车区 - 虎扑社区", '<meta name="description" content="二手混动车换电池经历">', f"""
<div class="hp-header"><a class="logo">虎扑</a> <a>步行街</a> <a class="cur">汽车区</a> <a class="app">虎扑APP 更多精彩</a></div>
<div class="post-wrapper">
<div class="post-title"><h1 class="name">{esc(T)}</h1></div>
<div class="post-user"><a class="user-name">电动车爱好者阿杰</a> <span class="lz">楼主</span> <span class="time">发布于2026-11-28 23:15</span> <span class="ip">IP属地：浙江</span></div>
<div class="post-content thread-content-detail">
<p>{esc(P[0])}</p>
<p>{esc(P[1])}</p>
<ul>{lis(P[2:5])}</ul>
<p>{esc(P[5])}</p>
<p>{esc(P[6])}</p>
</div>
<div class="post-operate"><span>推荐(56)</span> <span>收藏</span></div>
<div class="bright-reply"><h3>这些回帖亮了</h3><div class="reply"><span class="user">混动老司机</span> <span class="time">2026-11-29 00:02</span><p>这个价格挺良心的，我那台换总成花了一万二</p><span>亮了(128)</span></div></div>
</div>
<script>var threadInfo = {{"tid": 636871204, "createdAt": {epoch("2026-11-28T23:15:42+08:00")}}};</script>
""")
add("selfmedia_hupu", html,
    url="https://bbs.hupu.com/636871204.html", kind="self_media",
    modelled_on="虎扑社区 (bbs.hupu.com) 汽车区 thread page (header with board tabs and app link, post-title h1, post-user row with the user name / 楼主 / '发布于date time' glued / IP属地, thread-content-detail text with a <ul> price list, 推荐 / 收藏 counters, '这些回帖亮了' highlighted replies with times and 亮了 counts; threadInfo script with createdAt epoch seconds)",
    language="zh-CN", encoding="utf-8", fetched_at=FETCH_CN,
    notes="Community thread: the poster (电动车爱好者阿杰) is an account: source, not author. '发布于' is glued to the date. createdAt (epoch s) agrees with the printed minute and supplies the seconds. The price list (<ul>) and the sentence introducing it are body; the highlighted reply (with its own time) is noise.",
    classes=["community_thread", "account_source", "account_not_author", "glued_label_date", "epoch_seconds_page_data", "list_in_body", "ip_location", "highlighted_replies", "reply_dates", "app_prompt", "no_author", "no_editor"],
    title=T, published_date="2026-11-28", published_at="2026-11-28T23:15:42+08:00",
    author=None, editor=None, source="电动车爱好者阿杰", paragraphs=P, body_noise=NOISE)

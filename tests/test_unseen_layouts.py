"""Layouts of CMS families the extractor was not developed on (found with the held-out template zoos):
control-less forms around the article, ARIA sidebars, one-sentence news flashes, two-post tag
archives, list data kept in ``<script type="text/xml">``, a date line's minute before a counter
label, the site's own name as 发文机关, Typecho's ``/archives/N/`` ids. Own markup; each test fails on
the code before its change."""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article, html_selector
from autoparts_crawler.extraction.analysis import analyze_page
from autoparts_crawler.extraction.classify import classify_page
from autoparts_crawler.extraction.pager import first_page_of
from autoparts_crawler.extraction.profile import page_kind, pager_first_page
from autoparts_crawler.extraction.related import extract_list_page
from autoparts_crawler.sites import generic_profile

NAV = ('<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xwzx.htm">新闻中心</a></li>'
       '<li><a href="/hyzx.htm">行业资讯</a></li><li><a href="/tzgg.htm">通知公告</a></li></ul></div>')
SIDE = ('<div class="lx"><h3>联系我们</h3><p>电话：021-5995xxxx</p><p>邮箱：office@example.org.cn</p>'
        '<p>地址：上海市闵行区示例路88号</p></div>')


def kind(html: str, url: str) -> str:
    return classify_page(analyze_page(html_selector(html, url), url))


def test_article_inside_a_control_less_form_is_the_body() -> None:
    """WebPlus wraps the article in <form name="_newscontent_fromname"> with no input in it."""
    html = (f'<html><head><title>协会组织会员企业赴广州调研-汽配协会</title></head><body>{NAV}{SIDE}'
            '<form name="_newscontent_fromname"><h1>协会组织会员企业赴广州调研</h1>'
            '<div class="info">发布时间：2024-11-14 作者：何晓</div><div class="v_news_content">'
            '<p>11月14日，协会组织部分会员企业负责人赴广州开展专题调研，实地走访了多家密封件企业。</p>'
            '<p>据了解，该产线配备了735台工业机器人，关键工序自动化率达到八成以上。</p></div></form>'
            '<form action="/search.jsp"><input name="q" type="text"><input type="submit" value="搜索"></form>'
            '</body></html>')
    record = extract_article(html, "http://xh.example.org.cn/info/1012/3409.htm", fetched_at="2026-01-01T10:00:00+08:00")
    assert record.paragraphs == ["11月14日，协会组织部分会员企业负责人赴广州开展专题调研，实地走访了多家密封件企业。",
                                 "据了解，该产线配备了735台工业机器人，关键工序自动化率达到八成以上。"]


BLOG_HEAD = ('<html><head><title>{title} - 老周说汽配</title></head><body><header><h1 class="site">老周说汽配</h1>'
             '<nav role="navigation"><a href="/">首页</a><a href="/about.html">关于</a></nav></header>')
RECENT = ('<div id="secondary" role="complementary"><section class="widget"><h3>最近回复</h3><ul>'
          + "".join(f'<li><a href="/archives/{n}/#c">网友{n}</a>: 分析得很到位，我们做车灯模组的也有同感，价格战太激烈了。</li>'
                    for n in range(1, 7)) + "</ul></section></div>")


def test_a_one_sentence_post_beats_a_complementary_sidebar() -> None:
    """The recent-comments widget of role="complementary" is no body; the post's one sentence under its
    labelled meta lines is an article."""
    title = "技术解析：刹车片的轻量化路线之争"
    html = (BLOG_HEAD.format(title=title) + f'<div id="main" role="main"><article><h2 class="post-title">{title}</h2>'
            '<ul class="post-meta"><li>作者: 老周</li><li>时间: <time datetime="2026-03-03T20:55:04+08:00">2026年3月3日</time></li>'
            '<li>分类: <a href="/category/tech/">技术笔记</a></li></ul><div class="post-content">'
            '<p>在电动化与智能化的双重驱动下，刹车片正成为零部件企业技术竞争的焦点。</p></div></article></div>'
            + RECENT + "</body></html>")
    url = "http://blog.example.cn/archives/80/"
    assert kind(html, url) == "article"
    record = extract_article(html, url, fetched_at="2026-09-20T15:30:00+08:00")
    assert record.body_text == "在电动化与智能化的双重驱动下，刹车片正成为零部件企业技术竞争的焦点。"


def test_a_news_flash_under_a_labelled_header_line_is_an_article() -> None:
    side = "".join(f'<li><a href="/xwzx/{n}.html">第{n}条：智驰汽车电子涡轮增压器通过48V认证 年产能提升</a>'
                   f'<span>浏览({n * 37})</span></li>' for n in range(1, 9))
    html = (f'<html><head><title>安腾气动首款国产化涡轮增压器下线</title></head><body>{NAV}'
            '<div class="article"><h2 class="tit">安腾气动首款国产化涡轮增压器下线</h2>'
            '<div class="info">发布时间：2025-12-13 来源：中国汽车报 作者：黄婷 浏览次数：<span id="views"></span></div>'
            '<div class="content"><p>安腾气动日前宣布，其涡轮增压器已通过认证，并开始向主机厂小批量供货。</p></div></div>'
            f'<div class="right"><div class="rtit">热点排行</div><ul class="hot">{side}</ul></div></body></html>')
    assert kind(html, "http://qp.example.cn/xwzx/qydt/20251213/1195.html") == "article"


def test_a_tag_archive_of_two_posts_is_no_article() -> None:
    posts = "".join(
        f'<article class="post"><h2 class="post-title"><a href="/archives/{n}/">第{n}篇：弘源轴承年度业绩快报 海外收入占比提升</a></h2>'
        f'<ul class="post-meta"><li>作者: 林一帆</li><li>时间: <time datetime="2026-05-2{n}T08:20:34+08:00">2026年5月2{n}日</time></li></ul>'
        f'<div class="post-content"><p>弘源轴承日前披露的财报显示，公司一季度实现营业收入59.37亿元，同比增长{n}%。</p></div></article>'
        for n in (1, 2))
    html = (BLOG_HEAD.format(title="标签 出口 下的文章") + '<div id="main" role="main"><h3 class="archive-title">标签 出口 下的文章</h3>'
            + posts + "</div>" + RECENT + "</body></html>")
    assert kind(html, "http://blog.example.cn/tag/%E5%87%BA%E5%8F%A3/") != "article"  # a list (or a hub)


def test_news_titles_naming_suppliers_and_companies_are_no_product_listing() -> None:
    cards = "".join(
        f'<div class="sec"><h2>频道{c}</h2><ul>' + "".join(
            f'<li><a href="/article/7{c}{n}">第{c}{n}号：华锐精工成为某造车新势力高压线束供应商 公司订单大增</a></li>'
            for n in range(4)) + "</ul></div>" for c in range(3))
    html = f'<html><head><title>车配新知</title></head><body>{NAV}{cards}</body></html>'
    assert kind(html, "http://news.example.cn/") == "list"


def test_list_records_kept_in_an_xml_data_script_are_the_page_entries() -> None:
    """Hanweb/TRS column pages keep their entries in <script type="text/xml"> CDATA records."""
    records = "".join(
        f'<record><![CDATA[\n<li><a href="/art/2026/9/{n}/art_1203_59{n}.html" title="长春出台汽车零部件产业发展措施之{n}">'
        f'长春出台汽车零部件产业发展措施之{n}</a><span class="bt_time">2026-09-0{n}</span></li>\n]]></record>'
        for n in range(1, 7))
    html = (f'<html><head><title>政策法规</title></head><body>{NAV}<div class="lm_name">政策法规</div>'
            '<div id="5103"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?'
            f'page=1&columnid=1203"></a>]]></nextgroup><recordset>{records}</recordset></datastore></script></div>'
            '</body></html>')
    url = "http://xh.example.org.cn/col/col1203/index.html"
    page = analyze_page(html_selector(html, url), url)
    assert classify_page(page) == "list"
    entries = extract_list_page(page).entries
    assert [e.url for e in entries] == [f"http://xh.example.org.cn/art/2026/9/{n}/art_1203_59{n}.html" for n in range(1, 7)]
    assert entries[0].date_raw == "2026-09-01"


GOV = ('<html><head><title>华东汽车零部件行业协会 关于开展申报工作的通知</title><meta name="SiteName" content="华东汽车零部件行业协会">'
       '</head><body>{nav}<div class="zw-title">关于开展2026年度汽车零部件企业申报工作的通知</div>'
       '<table class="xxgk"><tr><td>发文机关：</td><td>{issuer}</td><td>成文日期：</td><td>2026-07-06</td></tr></table>'
       '<table class="art_info"><tr><td>信息来源：中国汽车报</td><td>发布日期：2026-07-08 19:57</td>'
       '<td>浏览次数：<span id="art_hits"></span></td></tr></table><div id="zoom">'
       '<p>各会员单位：为推动汽车零部件产业高质量发展，现就开展2026年度申报工作有关事项通知如下。</p>'
       '<p>请各单位于8月31日前将申报材料报送协会秘书处，逾期不予受理。</p></div></body></html>')


@pytest.mark.parametrize(("issuer", "author"), [("华东汽车零部件行业协会", None), ("浙江省经济和信息化厅", "浙江省经济和信息化厅")])
def test_the_site_issuing_its_own_notice_is_no_author(issuer: str, author: str | None) -> None:
    record = extract_article(GOV.format(nav=NAV, issuer=issuer), "http://xh.example.org.cn/art/2026/7/8/art_1203_5898.html",
                             fetched_at="2026-09-20T15:30:00+08:00")
    assert record.author == author
    assert record.views is None and record.views_raw is None  # '19:57 浏览次数：' holds no count


def test_related_news_beats_a_related_products_grid_above_it() -> None:
    """Two 相关... blocks: the one whose entries are pages like this one is the related news."""
    products = "".join(f'<li><a href="https://shop{n}.mall.example.com/detail-{n}.html">起动机 适用车型{n}号</a>'
                       f'<p class="price">¥{n}73.80</p></li>' for n in range(1, 7))
    news = "".join(f'<li><a href="/news/detail-40{n}016.html">轮速传感器国产化再进一步：第{n}家企业突破关键工艺</a>'
                   f'<span class="time">2025-12-2{n}</span></li>' for n in range(1, 6))
    html = (f'<html><head><title>宁远制动双离合变速器通过整车验证</title></head><body>{NAV}<h1>宁远制动双离合变速器通过整车验证</h1>'
            '<div class="info">来源：汽配优选网 2025-08-17 04:43</div><div class="content">'
            '<p>宁远制动系统日前宣布，其双离合变速器已通过整车验证，将于明年批量供货。</p>'
            '<p>公司表示，新产品的传动效率较上一代提高百分之五，重量降低百分之八。</p></div>'
            f'<div class="rel-products"><h3>相关产品推荐</h3><ul>{products}</ul></div>'
            f'<div class="related-news"><h3>相关资讯</h3><ul>{news}</ul></div></body></html>')
    record = extract_article(html, "http://www.mall.example.com/news/detail-402767.html",
                             fetched_at="2026-03-03T09:05:00+08:00")
    assert [r.url for r in record.related] == [f"http://www.mall.example.com/news/detail-40{n}016.html" for n in range(1, 6)]


def test_table_list_entries_between_spacer_rows_and_a_pager_row() -> None:
    """An old ASP list: entry rows alternate with empty spacer rows; the pager row is no entry."""
    rows = "".join(f'<tr><td><img src="dot.gif"></td><td><a href="news_show.asp?id={n}">第{n}号：柳州汽配城商户转型调查 线上订单占比超三成</a>'
                   f'</td><td><font color="#999999">2011-7-{n}</font></td></tr><tr><td colspan="3" height="1"></td></tr>'
                   for n in range(1, 8))
    pager = ('<tr><td colspan="3">共 <b>10</b> 条记录 页次：1/2 [首页] [上一页] [<a href="news_list.asp?page=2&classid=3">下一页</a>]'
             '[<a href="news_list.asp?page=2&classid=3">尾页</a>]</td></tr>')
    html = (f'<html><head><title>行业动态</title></head><body>{NAV}<table><tr><td>您现在的位置：首页 &gt;&gt; 行业动态</td></tr></table>'
            f'<table width="96%">{rows}{pager}</table></body></html>')
    url = "http://old.example.org.cn/news_list.asp?classid=3"
    page = analyze_page(html_selector(html, url), url)
    listing = extract_list_page(page)
    assert [e.url for e in listing.entries] == [f"http://old.example.org.cn/news_show.asp?id={n}" for n in range(1, 8)]
    assert listing.next_page_urls == ["http://old.example.org.cn/news_list.asp?page=2&classid=3"]


def test_an_empty_label_before_the_next_label_and_a_counter_run_are_no_credits() -> None:
    html = (f'<html><head><title>关于征集2009年度行业优秀新产品的通知</title></head><body>{NAV}<table>'
            '<tr><td class="title"><b>关于征集2009年度行业优秀新产品的通知</b></td></tr>'
            '<tr><td>作者：李堃&nbsp;&nbsp;&nbsp;来源：&nbsp;&nbsp;&nbsp;更新时间：2009-3-5&nbsp;&nbsp;&nbsp;点击：<font>3481</font> 次</td></tr>'
            '<tr><td><p>为推动行业技术进步，协会决定开展2009年度行业优秀新产品征集活动，现将有关事项通知如下。</p>'
            '<p>请各会员单位于4月30日前将申报材料报送协会秘书处。</p></td></tr></table>'
            '<table><tr><td>版权所有：江南汽车零部件行业协会 Copyright &copy; 2006-2012 地址：江苏省无锡市新区长江路xx号 '
            '电话：0510-8522xxxx 传真：0510-8522xxxx 苏ICP备05012345号 技术支持：宏图网络 管理登录</td></tr></table></body></html>')
    record = extract_article(html, "http://old.example.org.cn/news_show.asp?id=122", fetched_at="2026-03-03T09:05:00+08:00")
    assert (record.author, record.source, record.views) == ("李堃", None, 3481)
    flash = html.replace("<p>请各会员单位于4月30日前将申报材料报送协会秘书处。</p>", "")
    record = extract_article(flash, "http://old.example.org.cn/news_show.asp?id=122", fetched_at="2026-03-03T09:05:00+08:00")
    assert record.body_text.startswith("为推动行业技术进步")  # not the (longer) site footer
    dot_line = (f'<html><head><title>天衡转向线控制动项目投产</title></head><body>{NAV}<h1>天衡转向线控制动项目投产</h1>'
                '<div class="meta"><span>2025-01-09 17:30</span><span>·</span><span>32.8万阅读</span><span>·</span>'
                '<a href="#comment">8 评论</a></div><div class="rich"><p>天衡转向年产80万套线控制动系统项目日前在荆州投产。</p>'
                '<p>项目总投资约12亿元，达产后年产值可达30亿元。</p></div></body></html>')
    record = extract_article(dot_line, "http://news.example.cn/article/7146474491732830510", fetched_at="2026-03-03T09:05:00+08:00")
    assert record.source is None and record.views == 328000


RANKING = ('<aside class="ListPage_right"><h3>24小时热榜</h3><ol>' + "".join(
    f'<li><span>{n}</span><a href="/article/71{n}0">行业标准第{n}号：汽车用电子驻车制动系统性能要求征求意见</a></li>'
    for n in range(1, 9)) + "</ol></aside>")


def _list_entries(html: str, url: str) -> tuple[str, list[str]]:
    page = analyze_page(html_selector(html, url), url)
    return classify_page(page), [e.url for e in extract_list_page(page).entries]


def test_a_channel_last_page_with_one_entry_lists_that_entry_not_the_ranking() -> None:
    html = (f'<html><head><title>后市场 - 车配新知</title></head><body>{NAV}<main class="ListPage_main"><h1>后市场</h1>'
            '<div class="Feed_list"><div class="FeedItem_item"><a href="/article/7148420755852731980"><h3>二手车配件需求走强 '
            '滤清器更换周期缩短</h3><p>随着二手车交易量持续增长，滤清器等易损件的更换需求明显上升。</p><span>8188阅读</span>'
            '<span>2025-01-30</span></a></div></div><div class="Pagination_pagination"><a href="/channel/aftermarket">上一页</a>'
            f'<a href="/channel/aftermarket">1</a><span>2</span></div></main>{RANKING}</body></html>')
    assert _list_entries(html, "http://news.example.cn/channel/aftermarket?page=2") == (
        "list", ["http://news.example.cn/article/7148420755852731980"])


def test_the_list_right_above_a_class_less_pager_beats_a_longer_sidebar_list() -> None:
    side = "".join(f'<tr><td><a href="news_show.asp?id=9{n}">推荐第{n}号：汽车再制造零部件质量评价通则征求意见稿公开</a></td></tr>'
                   for n in range(1, 9))
    rows = "".join(f'<tr><td><a href="news_show.asp?id={n}">第{n}号：售后市场价格战升温 火花塞经销商利润承压</a></td>'
                   f'<td>2009-12-2{n}</td></tr>' for n in range(1, 4))
    pager = '<tr><td colspan="2">共 10 条记录 页次：2/2 [<a href="news_list.asp?classid=3">首页</a>] [<a href="news_list.asp?page=1&classid=3">上一页</a>]</td></tr>'
    html = (f'<html><head><title>行业动态</title></head><body>{NAV}<table><tr><td valign="top"><table>{side}</table></td>'
            f'<td valign="top"><table>{rows}{pager}</table></td></tr></table></body></html>')
    kind_, urls = _list_entries(html, "http://old.example.org.cn/news_list.asp?classid=3&page=2")
    assert kind_ == "list" and urls == [f"http://old.example.org.cn/news_show.asp?id={n}" for n in range(1, 4)]


def test_two_dated_entries_beside_the_channel_pager_are_a_list_page() -> None:
    rows = "".join(f'<li><a href="../info/1012/34{n}9.htm">第{n}篇：力拓精密铸造陶瓷刹车片扩产项目开工</a><span>2024-11-2{n}</span></li>'
                   for n in (1, 2))
    html = (f'<html><head><title>新闻中心-汽配协会</title></head><body>{NAV}{SIDE}<div class="list"><h2>新闻中心</h2><ul>{rows}</ul>'
            '<div class="pb_sys_common">共12条 <a href="2.htm">上页</a> <a href="../xwzx.htm">首页</a></div></div></body></html>')
    assert _list_entries(html, "http://xh.example.org.cn/xwzx/1.htm")[0] == "list"


def test_cards_whose_excerpts_say_new_products_are_no_product_listing() -> None:
    cards = "".join(
        f'<div class="FeedItem_item"><a href="/article/71{n}"><h3>第{n}号：海川滤清器发布新一代一体化压铸后底板 重量降低13%</h3>'
        f'<p>海川滤清器日前发布新一代一体化压铸后底板，新产品采用模块化设计，首批产品将于年内交付。</p>'
        f'<span>新能源</span><span>钱程</span><span>9547阅读</span><span>4天前</span></a></div>' for n in range(8))
    html = f'<html><head><title>新能源 - 车配新知</title></head><body>{NAV}<div class="Feed_list">{cards}</div></body></html>'
    assert _list_entries(html, "http://news.example.cn/channel/nev")[0] == "list"


def test_a_last_archive_page_with_one_post_excerpt_is_no_article() -> None:
    """The only post's title links to the post: its excerpt under that link is no article."""
    post = ('<article class="post"><h2 class="post-title"><a href="/archives/131/">总投资65.6亿元 联创线束制动盘智能工厂落户温岭</a></h2>'
            '<ul class="post-meta"><li>作者: 老周</li><li>时间: 2025年11月14日</li><li>分类: 行业观察</li></ul>'
            '<div class="post-content"><p>记者从联创线束获悉，公司与云途汽车在温岭签署合作协议，将为后者新平台车型批量供应制动盘。'
            '项目总投资65.6亿元，建成后可新增年产能九百万件。</p></div></article>')
    html = (BLOG_HEAD.format(title="分类 行业观察 下的文章") + '<div id="main" role="main"><h3 class="archive-title">分类 行业观察 下的文章</h3>'
            + post + '<ol class="page-navigator"><li><a href="/category/news/2/">上一页</a></li><li><a href="/category/news/">1</a></li>'
            '<li class="current"><a href="/category/news/3/">3</a></li></ol></div>' + RECENT + "</body></html>")
    assert kind(html, "http://blog.example.cn/category/news/3/") != "article"
    # the same post on its own page, its headline linking to itself (with tracking parameters on the crawled URL)
    single = (BLOG_HEAD.format(title="总投资65.6亿元 联创线束制动盘智能工厂落户温岭") + '<div id="main" role="main">' + post
              + "</div>" + RECENT + "</body></html>")
    assert kind(single, "http://blog.example.cn/archives/131/?utm_source=feed") == "article"


def test_a_news_flash_whose_header_counts_views_with_a_suffixed_label() -> None:
    """来源：… DATE 浏览量：53,331 -- two labels (浏览量 is a label too) make the header of a one-sentence article."""
    side = "".join(f'<li><a href="/news/detail-40{n}.html">第{n}号：恒拓汽车零部件携电子驻车制动卡钳亮相法兰克福展</a></li>'
                   for n in range(1, 9))
    html = (f'<html><head><title>长春汽配展落幕 现场意向成交额超12.1亿元_汽配优选网</title></head><body>{NAV}<h1 class="news-title">长春汽配展落幕 现场意向成交额超12.1亿元</h1>'
            '<div class="news-info"><span>来源：证券时报</span><span>2025-06-20 19:43</span><span>浏览量：53,331</span></div>'
            '<div class="news-content"><p>为期三天的长春汽配展日前落幕，现场意向成交额超过12.1亿元。</p></div>'
            f'<div class="hot"><h3>热门资讯</h3><ul>{side}</ul></div></body></html>')
    assert kind(html, "http://www.mall.example.com/news/detail-402115.html") == "article"


@pytest.mark.parametrize(("shown", "author"), [("Sky", "Sky"), ("Tony Wang", "Tony Wang"), ("老周", "老周"), ("admin", None)])
def test_a_one_word_handle_in_the_author_vcard_is_the_author(shown: str, author: str | None) -> None:
    """WordPress: 作者 <span class="author vcard"><a class="url fn n">HANDLE</a></span> -- a blogger's one-word handle too."""
    html = ('<html><head><title>丹阳出台汽车零部件产业扶持政策 - 汽配观察</title></head><body><article><header><h1 class="entry-title">'
            '丹阳出台汽车零部件产业扶持政策</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" '
            'datetime="2025-09-23T14:51:00+08:00">2025年9月23日</time></span><span class="byline"> 作者 <span class="author vcard">'
            f'<a class="url fn n" href="/author/0/">{shown}</a></span></span></div></header><div class="entry-content">'
            '<p>丹阳日前出台汽车零部件产业扶持政策，对新建项目最高补贴656万元。</p><p>政策自发布之日起施行，有效期三年。</p>'
            '</div></article></body></html>')
    record = extract_article(html, "http://blog.example.cn/2025/09/23/post-408/", fetched_at="2026-01-01T10:00:00+08:00")
    assert record.author == author


def test_cards_whose_only_link_is_laid_over_them_are_entries() -> None:
    """Hugo PaperMod: each post card's link is an empty <a class="entry-link"> over the card; its
    title is the card's heading."""
    cards = "".join(
        f'<article class="post-entry"><header class="entry-header"><h2>第{n}篇：OTA 升级常见故障排查与经验</h2></header>'
        f'<div class="entry-content"><p>OTA 升级在整车电子电气架构中承担着关键角色，理解它的工作方式是做好开发和测试的前提。…</p></div>'
        f'<footer class="entry-footer"><time datetime="2026-04-1{n}T10:28:00+08:00">2026年4月1{n}日</time> · 2 分钟 · 陈工</footer>'
        f'<a class="entry-link" aria-label="post link to 第{n}篇" href="/posts/2026/04/ota-{n}/"></a></article>' for n in range(6))
    html = (f'<html><head><title>车载电子笔记</title></head><body>{NAV}<main class="main"><article class="first-entry home-info">'
            '<header class="entry-header"><h1>你好，这里是车载电子笔记</h1></header><div class="entry-content">记录汽车电子开发中的学习笔记。'
            f'</div></article>{cards}</main></body></html>')
    kind_, urls = _list_entries(html, "http://blog.example.cn/")
    assert kind_ == "list" and urls == [f"http://blog.example.cn/posts/2026/04/ota-{n}/" for n in range(6)]


KESION = ('<html><head><title>瑞丰制动与明阳车灯签署战略合作协议-汽配商情网</title></head><body><table><tr><td class="topbar">'
          '<a href="/User/Login.asp">会员登录</a> | <a href="/User/Reg/">免费注册</a></td></tr></table>'
          '<table class="articlebox"><tr><td class="title"><h1>瑞丰制动与明阳车灯签署战略合作协议</h1></td></tr>'
          '<tr><td class="info">作者：{author}&nbsp;&nbsp;来源：零部件商情&nbsp;&nbsp;发布时间：2025/7/23 8:10:57</td></tr>'
          '<tr><td class="content"><p>瑞丰制动与明阳车灯日前签署战略合作协议，双方将在域控制器研发方面展开合作。</p><p><b>专家观点</b></p>'
          '<p>业内人士分析认为，随着新能源汽车渗透率持续提升，域控制器的单车价值量有望进一步提高。</p></td></tr></table>'
          '<table class="relbox"><tr><td class="reltitle">相关文章</td></tr><tr><td><ul class="rellist">{related}</ul></td></tr></table>'
          '</body></html>')


@pytest.mark.parametrize(("shown", "author"), [("佚名", None), ("李娜", "李娜")])
def test_an_anonymous_byline_is_no_author_and_a_title_row_heads_the_related_list(shown: str, author: str | None) -> None:
    related = "".join(f'<li>·<a href="/Item/12{n}6.html">奥创电驱一季度营收2.{n}亿元 同比增长33%</a> <span class="date">[07-0{n}]</span></li>'
                      for n in range(1, 6))
    record = extract_article(KESION.format(author=shown, related=related), "http://qp.example.cn/Item/1248.html",
                             fetched_at="2026-05-18T20:40:00+08:00")
    assert record.author == author  # never the 会员登录 link nor the 专家观点 subheading
    assert [r.url for r in record.related] == [f"http://qp.example.cn/Item/12{n}6.html" for n in range(1, 6)]


def test_a_name_linking_to_a_platform_account_page_is_the_source() -> None:
    html = ('<html><head><title>燃油滤清器库存走高_车讯网</title></head><body><div class="text-title"><h1>燃油滤清器库存走高</h1>'
            '<div class="article-info"><span class="time">2025-09-03 18:11</span><span class="ip-location">发布于北京</span>'
            '<span class="author-name"><a href="/profile/508834">新能源车评社</a></span></div></div><article class="article">'
            '<p><span>文 | 罗晨曦</span></p><p>近日，远航热管理与宏屹橡塑在台州签署合作协议，双方将在燃油滤清器研发等方面展开深度合作。</p>'
            '<p>业内人士分析认为，随着新能源汽车渗透率持续提升，燃油滤清器的单车价值量有望进一步提高。</p></article></body></html>')
    record = extract_article(html, "http://www.chexun.example.com/a/7021091795_508834", fetched_at="2026-05-18T20:40:00+08:00")
    assert (record.author, record.source) == ("罗晨曦", "新能源车评社")


def test_a_name_beside_a_follow_button_is_the_publishing_account() -> None:
    """A self-media header: the account's name (linking to /user/N), the time, a <button>关注</button>."""
    html = ('<html><head><title>拆解中央域控制器_车讯号</title></head><body><div class="article-main"><h1>拆解中央域控制器</h1>'
            '<div class="article-meta"><a class="author-name" href="/user/1712345678">电子拆解室</a>'
            '<span class="publish-time">原创 · 2025-11-28 17:35</span><button class="follow-btn">关注</button></div>'
            '<article class="article-content"><p>文/韩亦舟 图/邹一鸣</p>'
            '<p>最近我们拿到了一块某品牌2026款车型的中央域控制器，拆开之后发现，这块板子上的国产芯片数量已经超过了一半。</p>'
            '<p>电源管理部分，PMIC、DC-DC转换芯片和LDO基本都来自国内厂商，只有一颗多路PMIC仍然是海外品牌。</p></article>'
            '</div></body></html>')
    record = extract_article(html, "https://www.chexun.example.com/article/7441234567", fetched_at="2026-05-18T20:40:00+08:00")
    assert (record.author, record.source) == ("韩亦舟", "电子拆解室")


def test_a_two_column_grid_of_related_links_gives_one_entry_per_cell_with_full_titles() -> None:
    rows = "".join(f'<tr><td width="50%"><a href="/news/show-1238{n}.html" title="奥创电驱第{n}号雨刮电机通过主机厂台架试验">奥创电驱第{n}号雨刮电机通过...</a></td>'
                   f'<td width="50%"><a href="/news/show-1239{n}.html">精工滤清器第{n}号轮毂轴承通过台架试验</a></td></tr>' for n in range(1, 4))
    html = (f'<html><head><title>2月车灯模组出口额同比增长7%_汽配商务网</title></head><body>{NAV}<div id="article"><h1>2月车灯模组出口额同比增长7%</h1>'
            '<div class="info">发布日期：2025-03-12 浏览次数：<span id="hits"></span></div><div class="content">'
            '<p>海关数据显示，2月我国车灯模组出口额同比增长7%，连续三个月保持正增长。</p><p>业内人士表示，海外售后市场需求回暖是主要原因。</p></div>'
            f'<div class="head-txt"><strong>相关资讯</strong></div><div class="related"><table width="100%">{rows}</table></div></div></body></html>')
    record = extract_article(html, "http://www.b2b.example.cn/news/show-12439.html", fetched_at="2026-05-18T20:40:00+08:00")
    assert [r.url.rsplit("/", 1)[1] for r in record.related] == [
        f"show-123{c}{n}.html" for n in range(1, 4) for c in (8, 9)]
    assert record.related[0].title == "奥创电驱第1号雨刮电机通过主机厂台架试验"  # the cut title's title= attribute


def test_a_grid_of_related_links_whose_last_row_is_half_filled_keeps_every_cell() -> None:
    """Five related entries in two columns: the last row holds one link and an empty cell."""
    rows = "".join(f'<tr><td width="50%"><a href="/news/show-1238{n}.html">奥创电驱第{n}号雨刮电机通过主机厂台架试验</a></td>'
                   f'<td width="50%"><a href="/news/show-1239{n}.html">精工滤清器第{n}号轮毂轴承通过台架试验</a></td></tr>'
                   for n in range(1, 3))
    rows += '<tr><td width="50%"><a href="/news/show-12383.html">奥创电驱第3号雨刮电机通过主机厂台架试验</a></td><td>&nbsp;</td></tr>'
    html = (f'<html><head><title>2月车灯模组出口额同比增长7%_汽配商务网</title></head><body>{NAV}<div id="article"><h1>2月车灯模组出口额同比增长7%</h1>'
            '<div class="info">发布日期：2025-03-12</div><div class="content">'
            '<p>海关数据显示，2月我国车灯模组出口额同比增长7%，连续三个月保持正增长。</p><p>业内人士表示，海外售后市场需求回暖是主要原因。</p></div>'
            f'<div class="head-txt"><strong>相关资讯</strong></div><div class="related"><table width="100%">{rows}</table></div></div></body></html>')
    record = extract_article(html, "http://www.b2b.example.cn/news/show-12439.html", fetched_at="2026-05-18T20:40:00+08:00")
    assert [r.url.rsplit("/", 1)[1] for r in record.related] == [
        "show-12381.html", "show-12391.html", "show-12382.html", "show-12392.html", "show-12383.html"]


def test_a_channel_with_one_page_lists_its_own_entries_above_a_link_less_count_pager() -> None:
    """The pager of a channel's only page links nowhere (共4条/1页); the longer recommendation list
    in the side column is not the channel's list."""
    entries = "".join(f'<li><span class="f_r">2026-03-1{n} 21:30</span><a href="/news/show-126{n}9.html">第{n}号：门锁执行器行业发展报告发布</a></li>'
                      for n in range(1, 5))
    side = "".join(f'<li><a href="/news/show-122{n}9.html">推荐第{n}号：晟通电池获翔宇热管理模块定点，生命周期总额约59亿元</a></li>'
                   for n in range(1, 9))
    html = (f'<html><head><title>展会资讯_汽配商务网</title></head><body>{NAV}<div class="m3l"><div class="catlist"><ul>{entries}</ul></div>'
            '<div class="pages"><strong>&nbsp;1&nbsp;</strong>&nbsp; <cite>共4条/1页</cite> <input type="text" value="1"/></div></div>'
            f'<div class="m3r"><div class="head-sub"><strong>推荐资讯</strong></div><div class="list-txt"><ul>{side}</ul></div></div></body></html>')
    kind_, urls = _list_entries(html, "http://www.b2b.example.cn/news/list-11.html")
    assert kind_ == "list" and urls == [f"http://www.b2b.example.cn/news/show-126{n}9.html" for n in range(1, 5)]


def test_an_archive_grouped_by_month_lists_every_group() -> None:
    """A static-site archive: one box of entries per month (1 to 3 each), entry links laid over
    the entries; the list page is every month's entries, in order, not the biggest month's."""
    months = [(4, 2), (3, 1), (1, 3)]
    groups = "".join(
        f'<div class="archive-month"><h3 class="archive-month-header">{m}月</h3><div class="archive-posts">' + "".join(
            f'<div class="archive-entry"><h3 class="archive-entry-title">第{m}月第{i}篇：车载网关的设计取舍</h3>'
            f'<div class="archive-meta"><time datetime="2026-0{m}-1{i}T10:28:00+08:00">{m}月1{i}日</time> · 陈工</div>'
            f'<a class="entry-link" aria-label="post link" href="/posts/2026/0{m}/gateway-{i}/"></a></div>'
            for i in range(1, n + 1)) + "</div></div>" for m, n in months)
    html = (f'<html><head><title>归档 | 车电笔记</title></head><body>{NAV}<main class="main"><header class="page-header">'
            f'<h1>归档</h1></header><div class="archive-year"><h2>2026</h2>{groups}</div></main></body></html>')
    _, urls = _list_entries(html, "http://blog.example.cn/archives/")
    assert urls == [f"http://blog.example.cn/posts/2026/0{m}/gateway-{i}/" for m, n in months for i in range(1, n + 1)]


def test_meta_fields_in_adjacent_spans_are_read_apart() -> None:
    """<span>来源：X</span><span>作者：周雨晴</span><span>02-17 19:23</span><span>5416阅读</span> read as one run of text
    glued the name to the date and the clock to the count."""
    html = ('<html><head><title>恒驰汽配转向节通过台架试验</title></head><body><div class="article"><h1 class="title">恒驰汽配转向节通过台架试验</h1>'
            '<div class="info"><span class="src">来源：新能源车情报</span><span class="author">作者：周雨晴</span><span class="time">02-17 19:23</span>'
            '<span class="read">5416阅读</span></div><div class="content"><p>受上游原材料价格波动影响，近期售后市场转向节价格出现明显上涨。</p>'
            '<p>公司相关负责人介绍，产品主要配套多款新能源车型，目前已获得多家主机厂定点。</p></div></div></body></html>')
    record = extract_article(html, "http://m.example.cn/news/20260217/324398.html", fetched_at="2026-05-18T20:40:00+08:00")
    assert (record.author, record.source, record.views) == ("周雨晴", "新能源车情报", 5416)
    assert record.published_at == "2026-02-17T19:23:00+08:00"


def test_an_archive_page_with_one_card_and_an_arrowed_pager_is_a_list_of_that_card() -> None:
    card = ('<article class="post-entry"><header class="entry-header"><h2>从零理解CAN 总线的位定时与采样点</h2></header>'
            '<div class="entry-content"><p>需要注意的是，采样点一般设置在位时间的 70% 左右，设置不当会导致偶发的错误帧。调试时建议先用示波器确认…</p></div>'
            '<footer class="entry-footer"><time datetime="2025-01-05T18:48:00+08:00">2025年1月5日</time> · 1 分钟 · 林勇</footer>'
            '<a class="entry-link" aria-label="post link to 从零理解CAN 总线" href="/posts/2025/01/can-bus-from-scratch/"></a></article>')
    html = (f'<html><head><title>AUTOSAR | 车载电子笔记</title></head><body>{NAV}<main class="main"><header class="page-header"><h1>AUTOSAR</h1></header>'
            f'{card}<footer class="page-footer"><nav class="pagination"><a class="prev" href="/tags/autosar/">«&nbsp;上一页&nbsp;</a></nav></footer>'
            '</main></body></html>')
    assert _list_entries(html, "http://blog.example.cn/tags/autosar/page/2/") == (
        "list", ["http://blog.example.cn/posts/2025/01/can-bus-from-scratch/"])


def test_a_channel_list_headed_like_a_sidebar_right_above_its_pager_beats_the_ranking() -> None:
    feed = "".join(f'<div class="FeedItem"><a href="/article/7{n}1"><h3>第{n}号：华锐精工获某造车新势力高压线束定点</h3>'
                   f'<span>钱程</span><span>9547阅读</span><span>{n}天前</span></a></div>' for n in range(1, 8))
    html = (f'<html><head><title>快讯 - 车配新知</title></head><body>{NAV}<main><h2>最新资讯</h2><div class="Feed_list">{feed}</div>'
            '<div class="Pagination_pagination"><span>1</span><a href="/news?page=2">2</a><a href="/news?page=2">下一页</a></div></main>'
            f'{RANKING}</body></html>')
    kind_, urls = _list_entries(html, "http://news.example.cn/news")
    assert kind_ == "list" and urls == [f"http://news.example.cn/article/7{n}1" for n in range(1, 8)]


def test_a_last_page_inside_the_layout_cell_that_holds_the_pager() -> None:
    """KesionCMS: one entry in a listbox table and a showpage div, both in one layout cell; the rows of
    the page's layout tables are no list, and the entry carries its date."""
    html = ('<html><head><title>行业新闻-汽配商情网-第3页</title></head><body>'
            '<table><tr><td class="topbar"><a href="/User/Login.asp">会员登录</a> | <a href="/User/Reg/">免费注册</a></td></tr></table>'
            '<table><tr><td class="location">您现在的位置：<a href="/">汽配商情网</a> &gt;&gt; <a href="/List/12.html">行业新闻</a></td></tr></table>'
            '<table><tr><td width="700"><table class="listbox"><tr><td class="listhead" colspan="2">行业新闻</td></tr>'
            '<tr><td class="listtitle"><a href="/Item/1219.html">柳州汽配城商户转型观察：从批发走向线上</a></td>'
            '<td class="listdate">(2025-6-26)</td></tr></table><div class="showpage">共 15 篇文章 页次：3/3页 <a href="/List/12.html">首页</a> '
            '<a href="/List/12_2.html">上一页</a> 下一页 尾页</div></td></tr></table></body></html>')
    url = "http://qp.example.cn/List/12_3.html"
    page = analyze_page(html_selector(html, url), url)
    entries = extract_list_page(page).entries
    assert classify_page(page) == "list"
    assert [(e.url, e.date_raw) for e in entries] == [("http://qp.example.cn/Item/1219.html", "2025-6-26")]


def test_a_link_around_a_whole_card_reads_the_card_meta() -> None:
    items = "".join(f'<li><a href="/news/2025042{n}/31923{n}.html"><div class="txt"><h3>第{n}篇：芜湖汽配城商户转型观察</h3>'
                    f'<p class="meta"><span class="src">汽配头条</span><span class="time">2025-04-2{n}</span>'
                    f'<span class="read">9260阅读</span></p></div></a></li>' for n in (1, 2))
    html = (f'<html><head><title>汽车 - 汽配头条</title></head><body>{NAV}<ul class="news-list">{items}</ul>'
            '<div class="pager"><a href="/list/qiche/2.html">上一页</a><span>3/3</span><span>下一页</span></div></body></html>')
    kind_, _ = _list_entries(html, "http://m.example.cn/list/qiche/3.html")
    url = "http://m.example.cn/list/qiche/3.html"
    entries = extract_list_page(analyze_page(html_selector(html, url), url)).entries
    assert kind_ == "list"
    assert [(e.title, e.date_raw, e.views_raw) for e in entries] == [
        (f"第{n}篇：芜湖汽配城商户转型观察", f"2025-04-2{n}", "9260阅读") for n in (1, 2)]


def test_an_author_box_with_a_relative_time_and_a_follow_button_is_the_account_not_the_author() -> None:
    html = ('<html><head><title>芯片紧缺缓解 车身控制模块订单交付恢复正常</title></head><body><article><h1>芯片紧缺缓解 车身控制模块订单交付恢复正常</h1>'
            '<div class="m-author"><img src="/a.png" alt=""><div class="m-author-info"><span class="m-src">零部件周刊</span>'
            '<span class="m-time">5天前</span></div><a class="m-follow" href="javascript:;">+关注</a></div><div class="m-content">'
            '<p>记者从多家零部件企业了解到，今年以来车规级芯片的供应紧张局面明显缓解。</p><p>部分车身控制模块产品的交付周期已缩短至4周左右。</p>'
            '</div></article></body></html>')
    record = extract_article(html, "http://www.example.cn/m/article/90004.html", fetched_at="2026-05-18T20:40:00+08:00")
    assert record.author is None and record.source == "零部件周刊"


def test_an_author_card_and_a_summary_box_repeating_the_lead_are_no_body() -> None:
    html = ('<html><head><title>二手车配件需求走强 滤清器更换周期缩短</title></head><body><article class="ArticleDetail_article">'
            '<h1 class="ArticleDetail_title">二手车配件需求走强 滤清器更换周期缩短</h1><div class="ArticleDetail_meta"><span>2025-01-30 10:00</span></div>'
            '<div class="AuthorCard_card"><a class="AuthorCard_name" href="/user/171271">唐宁</a>'
            '<div class="AuthorCard_desc">专注汽车供应链报道 · 391篇文章 · 1.4万粉丝</div><button>+ 关注</button></div>'
            '<div class="ArticleDetail_summary"><span>摘要</span>随着二手车交易量持续增长，滤清器等易损件的更换需求明显上升。</div>'
            '<div class="ArticleDetail_content"><p>随着二手车交易量持续增长，滤清器等易损件的更换需求明显上升。</p>'
            '<p>业内预计，2025年国内电动助力转向器市场规模有望突破50亿元。</p></div></article></body></html>')
    record = extract_article(html, "http://news.example.cn/article/7148420755852731980", fetched_at="2026-03-03T09:05:00+08:00")
    assert record.paragraphs == ["随着二手车交易量持续增长，滤清器等易损件的更换需求明显上升。",
                                 "业内预计，2025年国内电动助力转向器市场规模有望突破50亿元。"]


@pytest.mark.parametrize(("info", "author", "source"), [
    # a reporter credit in a dateline span of a longer header line
    ('<span class="baodao">21世纪经济报道 记者梁启明 广州报道</span><span>2026-11-24 08:30</span><span class="source">来源：21世纪经济报道</span>'
     '</div><div class="newsEditor"><span>编辑：陈思琪</span>', "梁启明", "21世纪经济报道"),
    # 来源于 as a label; the medium's brand before the writer's name
    ('文｜财新 周雨晴<br>2026年11月25日 16:48 <span class="source">来源于 财新网</span>', "周雨晴", "财新网"),
])
def test_credits_in_header_lines_of_portals(info: str, author: str, source: str) -> None:
    html = ('<html><head><title>广州汽车后市场调查：连锁快修门店加速洗牌_财新网</title></head><body><div class="head">'
            f'<h1>广州汽车后市场调查：连锁快修门店加速洗牌</h1><div class="info">{info}</div></div><div class="content">'
            '<p>在广州天河区一条汽修街上，三年前开张的十几家快修门店，如今只剩下不到一半。</p>'
            '<p>取而代之的，是挂着统一招牌的连锁品牌店和主机厂授权的快修网点。</p></div></body></html>')
    record = extract_article(html, "https://www.example.com/a/2026/11/24/1.html", fetched_at="2026-11-30T09:00:00+08:00")
    assert (record.author, record.source) == (author, source)


def test_a_document_title_that_is_only_the_site_name_gives_way_to_the_headline_above_the_meta_line() -> None:
    html = ('<html><head><title>汽车工业协会</title></head><body><div class="top"><div class="logo"><img src="/logo.png" alt="汽车工业协会">'
            f'</div>{NAV}</div><div class="right_con"><div class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/c/32/">产销数据</a></div>'
            '<div class="con_title">2026年10月汽车工业经济运行情况</div><div class="con_info"><span>发布时间：2026-11-14</span> '
            '<span>来源：汽车工业协会</span></div><div class="con_text"><p>10月，汽车产销延续良好态势，月度产销均创历史同期新高。</p>'
            '<p>新能源汽车继续保持较快增长，汽车出口稳中有增。</p></div></div></body></html>')
    record = extract_article(html, "http://www.auto-assoc.example.org/chn/4/con_123.html", fetched_at="2026-11-30T09:00:00+08:00")
    assert record.title == "2026年10月汽车工业经济运行情况"
    assert record.body_text.startswith("10月，汽车产销")


def test_a_short_post_under_a_date_line_with_its_own_counters_is_an_article() -> None:
    side = "".join(f'<li><a href="/article/71{n}">第{n}号：行业标准《汽车用电子驻车制动系统性能要求》征求意见</a><span>{n}1.4万热度</span></li>'
                   for n in range(1, 9))
    html = (f'<html><head><title>巴西市场需求回暖 蓄电池出口量同比增长32.2%_车配新知</title></head><body>{NAV}<article>'
            '<h1>巴西市场需求回暖 蓄电池出口量同比增长32.2%</h1><div class="meta"><span>2026-01-21 08:28</span><span>·</span>'
            '<span>6.7万阅读</span><span>·</span><a href="#comment">20 评论</a></div><div class="rich">'
            '<p>海关数据显示，12月我国蓄电池对巴西出口量同比增长32.2%，连续三个月保持正增长。</p></div></article>'
            f'<aside><h3>24小时热榜</h3><ol>{side}</ol></aside></body></html>')
    assert kind(html, "http://news.example.cn/article/7181414350749899807") == "article"


def test_a_post_whose_byline_heading_links_to_the_author_page_is_an_article() -> None:
    """A blog theme prints the author's name in a heading linking to the author's page, right above
    the text: a byline, not an archive entry's linked title."""
    paras = "".join(f"<p>第{i}段：对于经销商而言，库存周转天数已经从去年的15天上升到现在的30天左右，这是一个值得警惕的信号。</p>"
                    for i in range(4))
    html = ('<html><head><title>数据｜动力电池包出口结构在变</title><meta property="og:type" content="article"></head><body>'
            '<nav><a href="/">首页</a> <a href="/tag/shuju/">数据</a> <a href="/about/">关于</a></nav><article class="post">'
            '<h1 class="article-title">数据｜动力电池包出口结构在变</h1><p class="article-excerpt">一文看懂出口结构。</p>'
            '<h4 class="author-name"><a href="/author/zhou-mingyuan/">周明远</a></h4>'
            '<time class="byline-meta-date" datetime="2025-04-30">2025年4月30日</time>'
            f'<section class="gh-content">{paras}</section></article></body></html>')
    assert kind(html, "http://blog.example.cn/data-battery-pack-exports/") == "article"


ZD_BODY = "".join(f"<p>第{i}段：记者日前从安捷座椅获悉，公司新一代车灯模组已完成全部验证试验，将于下月起批量供货。</p>" for i in range(4))


def test_field_labels_and_values_in_separate_elements_are_read_as_credits() -> None:
    """Drupal prints each field as <div class=field__label>来源</div><div class=field__item>X</div>;
    a date-only field keeps its day at noon UTC in <time datetime>: a day, not a time of day."""
    html = ('<html><head><title>车灯模组行业报告发布 | 汽配协会</title></head><body><nav><a href="/">首页</a></nav>'
            '<h1 class="page-title">车灯模组行业报告发布</h1><article class="node">'
            '<div class="field field--label-inline"><div class="field__label">发布日期</div><div class="field__item">'
            '<time datetime="2025-03-07T12:00:00Z">2025年03月07日</time></div></div>'
            '<div class="field field--label-inline"><div class="field__label">来源</div><div class="field__item">协会秘书处</div></div>'
            f'<div class="field--name-body">{ZD_BODY}</div>'
            '<div class="field field--label-inline"><div class="field__label">责任编辑</div><div class="field__item">谢秀兰</div></div>'
            '</article></body></html>')
    record = extract_article(html, "http://assoc.example.cn/node/299", fetched_at="2026-05-18T20:40:00+08:00")
    assert (record.source, record.editor, record.author) == ("协会秘书处", "谢秀兰", None)
    assert (record.published_date, record.published_at) == ("2025-03-07", None)


@pytest.mark.parametrize("written_by", ["Super User", "admin", "ThinkCMF"])
def test_a_cms_default_account_and_an_info_box_heading_are_no_author(written_by: str) -> None:
    html = ('<html><head><title>车灯模组库存走高</title></head><body><nav><a href="/">首页</a></nav>'
            '<div class="item-page"><h2 itemprop="headline">车灯模组库存走高</h2><dl class="article-info">'
            f'<dt class="article-info-term">Details</dt><dd class="createdby">Written by {written_by}</dd>'
            '<dd class="published">Published: 16 May 2025</dd><dd class="hits">Hits: 424</dd></dl>'
            f'<div itemprop="articleBody">{ZD_BODY}</div></div></body></html>')
    record = extract_article(html, "http://news.example.cn/shichang/57-2025-05-16.html", fetched_at="2026-05-18T20:40:00+08:00")
    assert (record.author, record.views) == (None, 424)


def test_a_theme_flag_named_logo_on_the_body_and_a_primary_tag_above_the_headline() -> None:
    """<body class="is-head-left-logo"> is no logo (its text is the whole page, so the author would be
    'the site'); the post's primary tag right above the headline is its category."""
    html = ('<html><head><title>周报：动力电池包价格指数连续8周上涨</title></head><body class="post-template is-head-left-logo">'
            '<header><a class="gh-head-logo" href="/">汽配研究所</a></header><article class="article post">'
            '<div class="article-tag"><span class="post-card-primary-tag"><a href="/tag/re-guanli/">热管理</a></span></div>'
            '<h1 class="article-title">周报：动力电池包价格指数连续8周上涨</h1>'
            '<h4 class="author-name"><a href="/author/lin-xiaolan/">林晓岚</a></h4>'
            '<time class="byline-meta-date" datetime="2025-01-08">2025年1月8日</time>'
            f'<section class="gh-content">{ZD_BODY}</section></article></body></html>')
    record = extract_article(html, "http://blog.example.cn/weekly-battery-pack-price-index/", fetched_at="2026-05-18T20:40:00+08:00")
    assert (record.author, record.category) == ("林晓岚", "热管理")


def test_a_blog_layout_in_grid_rows_lists_every_row_and_skips_read_more_buttons() -> None:
    """Joomla's category blog: entries in two-column rows (div.items-row > div.span6), each with a
    heading link and a 'Read more: TITLE...' button to the same post: every row's entries, titled by
    their headings."""
    def item(n: int) -> str:
        return (f'<div class="span6"><div class="item"><h2><a href="/qiye/{n}-2026-05-15.html">第{n}号：嘉和轮毂佛山基地电池包项目投产</a>'
                f'</h2><p>5月15日，嘉和轮毂在佛山举行项目投产仪式，标志着该公司的布局迈出关键一步。</p><p class="readmore">'
                f'<a class="btn" href="/qiye/{n}-2026-05-15.html">Read more: 第{n}号：嘉和轮毂佛山基地电池包...</a></p></div></div>')
    rows = "".join(f'<div class="items-row cols-2 row-{r} row-fluid">{item(2 * r + 1)}{item(2 * r + 2)}</div>' for r in range(3))
    html = (f'<html><head><title>企业动态</title></head><body>{NAV}<div class="blog"><h2>企业动态</h2>{rows}'
            '<div class="pagination"><ul><li><a href="/qiye.html?start=6">下一页</a></li></ul></div></div></body></html>')
    page = analyze_page(html_selector(html, "http://news.example.cn/qiye.html"), "http://news.example.cn/qiye.html")
    entries = extract_list_page(page).entries
    assert [e.url.rsplit("/", 1)[1] for e in entries] == [f"{n}-2026-05-15.html" for n in range(1, 7)]
    assert entries[0].title == "第1号：嘉和轮毂佛山基地电池包项目投产"


def _catalogue_page(extra: str) -> str:
    return (f'<html><head><title>陶瓷刹车片 RF-C300-瑞丰制动</title></head><body>{NAV}<div class="position">当前位置：'
            '<a href="/">首页</a> &gt; <a href="/portal/list/index/id/2.html">产品中心</a></div><div class="article-box">'
            '<h2 class="article-title">陶瓷刹车片 RF-C300</h2><div class="article-info">发布时间：2024-11-11 10:00:00</div>'
            '<div class="article-content"><p>低粉尘、低噪音陶瓷配方，适用于中高端乘用车，制动性能稳定，使用寿命长。</p>'
            '<p>公司表示，该产品已通过多家主机厂的台架试验，明年起逐步进入独立售后市场，产能将提升一倍。</p>'
            f'{extra}</div></div></body></html>')


def test_a_product_detail_in_the_catalogue_channel_is_no_article() -> None:
    table = '<table><tr><td>型号</td><td>RF-C300</td></tr><tr><td>质保</td><td>2年或6万公里</td></tr></table>'
    assert kind(_catalogue_page(table + '<div><a class="btn" href="/contact">在线询价</a></div>'),
                "http://www.ruifeng.example.cn/portal/article/index/id/901.html") == "other"
    # the same channel's page without a spec table or an inquiry button stays an article
    assert kind(_catalogue_page(""), "http://www.ruifeng.example.cn/portal/article/index/id/902.html") == "article"


# ---------------------------------------------------------------- a corporate site's CMS (zoo H)
CORP_NAV = ('<header><h1 hidden>澄川汽车电器有限公司</h1><ul class="nav"><li><a href="../">网站首页</a></li>'
            '<li><a href="../about/">关于我们</a></li><li><a href="../product/">产品中心</a></li>'
            '<li><a href="../news/">新闻资讯</a></li><li><a href="../job/">人才招聘</a></li></ul></header>')
CORP_SIDE = ('<aside class="col-md-3 met-sidebar"><div class="sidebar-news-list recommend"><h3>推荐资讯</h3><ul>'
             + "".join(f'<li><a href="../news/{n}.html">澄川电器第{n}季度新品发布会在本市举行</a></li>' for n in range(1, 6))
             + "</ul></div></aside>")


def corp_page(crumb: str, title: str, content: str,
              meta: str = "发布时间：2025-08-09 10:37:31</span><span>作者：罗晓彤</span><span>点击次数：",
              share: bool = True) -> str:
    return (f"<html><head><title>{title}-澄川汽车电器有限公司</title></head><body>{CORP_NAV}"
            f'<ol class="breadcrumb"><li>当前位置：<a href="../">网站首页</a> &gt; {crumb}</li></ol>'
            '<section class="met-shownews"><div class="col-md-9 met-shownews-body">'
            f'<section class="details-title"><h1>{title}</h1><div class="info"><span>{meta}</span></div></section>'
            f'<section class="met-editor clearfix">{content}</section>'
            + ('<div class="social-share"><span>分享到：</span><a href="javascript:;" class="icon-weibo"></a>'
               '<a href="javascript:;" class="icon-wechat"></a></div>' if share else "") + "</div>"
            f"{CORP_SIDE}</section><footer>Copyright 澄川汽车电器有限公司</footer></body></html>")


IMAGE = '<p style="text-align: center;"><img src="../upload/{n}.jpg" alt="{n}.jpg" width="600"/></p>'
NEWS_CRUMB = '<a href="../news/">新闻资讯</a> &gt; <a href="../news/list_5_1.html">公司新闻</a>'


def test_a_one_sentence_company_news_in_an_editor_container_is_an_article() -> None:
    """One sentence and two photos in a rich-text editor's container (``met-editor``: "editor" names the
    text here, not the 责任编辑 box), with share icons linking to ``javascript:;`` (no page, so no
    archive card): an article whose sentence is its body, not a caption of the two photos."""
    sentence = "此次获评是对公司长期专注汽车电机电器细分领域、坚持创新驱动的认可。"
    html = corp_page(NEWS_CRUMB, "澄川电器被认定为省级专精特新中小企业",
                     f"<p>{sentence}</p>" + IMAGE.format(n=1) + IMAGE.format(n=2))
    url = "http://www.cc-dianqi.example.cn/news/55.html"
    assert kind(html, url) == "article"
    record = extract_article(html, url, fetched_at="2026-01-01T10:00:00+08:00")
    assert record.paragraphs == [sentence]
    assert record.related == []  # the sidebar's 推荐资讯 (class "recommend" inside an aside) is no related block


def test_a_caption_after_a_break_in_the_images_paragraph_is_no_body_and_no_author() -> None:
    paras = ["近年来，公司累计取得发明专利3项、实用新型专利35项，主持或参与制定行业标准3项。",
             "公司将以此为新的起点，持续加大研发投入，把产品做精做强，更好地服务客户。"]
    captioned = ('<p style="text-align: center;"><img src="../upload/7.jpg" alt="7.jpg"/><br/>'
                 '<span style="font-size: 14px;">证书</span></p>')
    html = corp_page(NEWS_CRUMB, "澄川电器获评高新技术企业", f"<p>{paras[0]}</p>{captioned}<p>{paras[1]}</p>",
                     meta="发布时间：2025-08-09 10:37:31")
    record = extract_article(html, "http://www.cc-dianqi.example.cn/news/82.html", fetched_at="2026-01-01T10:00:00+08:00")
    assert record.paragraphs == paras
    assert record.author is None


@pytest.mark.parametrize(("crumb", "content"), [
    ('<a href="../product/">产品中心</a> &gt; <a href="../product/list_3_1.html">雨刮电机</a>',
     "<p>本产品适用于多种车型，采用低噪音设计，工作稳定可靠，使用寿命长。电机外壳经过防腐处理，适合潮湿环境。"
     "出厂前逐台检测，保证性能一致。</p><table><tr><td>型号</td><td>YG1919</td></tr>"
     "<tr><td>电压</td><td>12V</td></tr></table><p>在线询价</p>"),
    ('<a href="../job/">人才招聘</a>',
     "<p>公司是一家专业生产汽车电机的企业，产品配套多家整车厂。因业务发展需要，现招聘质量工程师一名。</p>"
     "<p>岗位职责：</p><p>1. 负责质量部相关产品的开发与技术支持；</p><p>2. 完成上级交办的其他工作。</p>"
     "<p>任职要求：</p><p>1. 本科及以上学历，相关专业，三年以上工作经验；</p><p>2. 熟悉汽车行业质量体系者优先。</p>"),
])
def test_a_product_under_a_catalogue_subchannel_and_a_job_advert_are_no_articles(crumb: str, content: str) -> None:
    """The breadcrumb passes through 产品中心 (its leaf is the product's own category) or names a
    recruitment channel, and the page shows a spec row / inquiry button or a job's duties."""
    html = corp_page(crumb, "YG1919型雨刮电机" if "产品" in crumb else "质量工程师（SQE）", content, share=False)
    assert kind(html, "http://www.cc-dianqi.example.cn/x/45.html") == "other"


def forum_thread(first_post: str) -> str:
    """A forum thread's first page: the post's table (poster cell, post cell with its related threads,
    tools row), a reply's table, a pager (Discuz!-like markup, own content)."""
    def post(pid: int, uid: int, name: str, text: str, related: str = "") -> str:
        return (f'<div id="post_{pid}"><table class="plhin" id="pid{pid}"><tr><td class="pls" rowspan="2"><div class="authi">'
                f'<a href="space-uid-{uid}.html" class="xw1">{name}</a></div><div class="tns"><table><tr>'
                f'<th><p><a href="home.php?mod=space&uid={uid}&do=thread">28{uid % 10}</a></p>主题</th>'
                f'<td><p><a href="home.php?mod=space&uid={uid}&do=profile">95{uid % 10}</a></p>积分</td></tr></table></div></td>'
                f'<td class="plc"><div class="pi"><strong><a href="thread-1830-1-1.html">楼主</a></strong>'
                f'<em>发表于 2025-7-23 19:35</em></div><div class="t_fsz"><table><tr><td class="t_f">{text}</td></tr>'
                f'</table></div>{related}</td></tr><tr><td class="plc"><a href="forum.php?mod=post&action=reply&tid=1830">回复</a>'
                f' <a href="javascript:;">举报</a></td></tr></table></div>')
    related = ('<div class="mtw"><h3>相关帖子</h3><ul>' + "".join(
        f'<li><a href="thread-18{n}-1-1.html">最近雨刮器拿货价多少？第{n}期行情汇总</a></li>' for n in range(20, 25))
        + "</ul></div>")
    return ('<html><head><meta charset="utf-8"><title>6月长春节气门体行情汇总 - 配件行情 - 汽配论坛</title></head><body>'
            '<div id="pt"><a href="./">汽配论坛</a> <em>›</em> <a href="forum-37-1.html">配件行情</a></div>'
            '<h1 class="ts"><span id="thread_subject">6月长春节气门体行情汇总</span></h1>'
            + '<div id="postlist">' + post(61471, 1357, "修理厂老板娘", first_post, related)
            + '</div><div id="postlistreply"></div>'
            + '<div class="pg"><strong>1</strong><a href="thread-1830-2-1.html">2</a>'
            '<a href="thread-1830-2-1.html" class="nxt">下一页</a></div></body></html>')


def test_a_short_first_post_in_its_table_is_an_article_by_its_poster() -> None:
    """The cells of a post's table (poster, post, tools) are no archive entries: only one holds
    text. The poster's member link names the author, whatever the handle looks like."""
    text = ("长春这边目前节气门体主流拿货价在955块左右，比上个月便宜了11块。<br>国产品牌价格比较乱，同一个型号不同渠道能差出11%。"
            "<br>个人感觉下半年行情不会太好，大家备货还是悠着点。")
    url = "http://bbs.example.cn/thread-1830-1-1.html"
    html = forum_thread(text)
    assert kind(html, url) == "article"
    record = extract_article(html, url, fetched_at="2026-01-01T10:00:00+08:00")
    assert record.author == "修理厂老板娘"
    assert record.paragraphs[0].startswith("长春这边目前节气门体")


@pytest.mark.parametrize(("url", "other", "expected"), [
    ("http://bbs.example.cn/thread-1830-2-1.html", "http://bbs.example.cn/thread-1830-1-1.html", True),
    ("http://bbs.example.cn/thread-1830-12-1.html", "http://bbs.example.cn/thread-1830-1-1.html", True),
    ("http://bbs.example.cn/thread-1830-1-1.html", "http://bbs.example.cn/thread-1830-1-1.html", False),  # itself
    ("http://bbs.example.cn/thread-1830-2-1.html", "http://bbs.example.cn/thread-1831-1-1.html", False),  # 2 numbers
    ("http://bbs.example.cn/thread-1830-2-1.html", "http://bbs.example.cn/forum-1830-1-1.html", False),  # other words
    ("http://bbs.example.cn/news/2.html", "http://bbs.example.cn/news/1.html", True),
    ("http://bbs.example.cn/a/2.html", "http://other.example.cn/a/1.html", False),  # another host
])
def test_first_page_of_an_address_alike_but_for_one_number(url: str, other: str, expected: bool) -> None:
    assert first_page_of(url, other) is expected


def test_a_thread_page_whose_pager_leads_back_to_page_1_is_a_continuation() -> None:
    """thread-N-2-1.html: replies on page 2 of a thread, no article of their own (page 1 is)."""
    text = ("同问，这个价格是含税的吗？我们这边的报价比这个高了不少，想问问大家都是从哪里拿的货。"
            "<br>补充一下，我们这边走货也慢，库存压了不少，下个月准备降价处理一批。")
    html = forum_thread(text).replace('<div class="pg"><strong>1</strong><a href="thread-1830-2-1.html">2</a>',
                                      '<div class="pg"><a href="thread-1830-1-1.html">1</a><strong>2</strong>')
    url = "http://bbs.example.cn/thread-1830-2-1.html"
    page = analyze_page(html_selector(html, url), url)
    assert page_kind(page, generic_profile(url)) == "continuation"
    assert pager_first_page(page) == "http://bbs.example.cn/thread-1830-1-1.html"


def test_a_thread_page_reached_from_a_lists_second_page_is_a_continuation_too() -> None:
    """thread-N-2-2.html (page 2 of the thread, from page 2 of the board): its pager's 1 is
    thread-N-1-2.html -- the last number is the list page, the one that differs is the thread's."""
    text = ("同问，这个价格是含税的吗？我们这边的报价比这个高了不少，想问问大家都是从哪里拿的货。"
            "<br>补充一下，我们这边走货也慢，库存压了不少，下个月准备降价处理一批。")
    html = forum_thread(text).replace('<div class="pg"><strong>1</strong><a href="thread-1830-2-1.html">2</a>',
                                      '<div class="pg"><a href="thread-1830-1-2.html">1</a><strong>2</strong>')
    url = "http://bbs.example.cn/thread-1830-2-2.html"
    page = analyze_page(html_selector(html, url), url)
    assert page_kind(page, generic_profile(url)) == "continuation"


# ---------------------------------------------------------------- catalogue pages and list pages of zoo I
@pytest.mark.parametrize(("crumb", "content"), [
    # a dealer's product: price labels and an order button, no spec table
    ('<a href="../goods/list_3.html">产品中心</a>',
     "<p>产品采用优质原材料，严格按照原厂标准生产，提供一年或两万公里质保，支持修理厂批量采购，量大从优。</p>"
     "<dl><dt>市场价：</dt><dd>¥809.00</dd></dl><dl><dt>批发价：</dt><dd>¥769.00</dd></dl><p>电话订购</p>"),
    # a business directory's company profile
    ('<a href="../yp/">企业黄页</a>',
     "<p>入驻时间：2016-03-08 浏览：444次 信用等级：AAA</p><p>本商家是认证商家，主营汽车易损件批发零售，提供修理厂配送服务。"
     "公司经营二十年，服务周边三百多家修理厂。</p>"),
    # a download centre's entry
    ('<a href="../down/list_4.html">下载中心</a>',
     "<p>下载次数：98</p><p>本资料供合作修理厂和经销商下载使用，如有疑问请致电客服热线。合同条款每年更新一次，请下载最新版本。</p>"
     "<h3>附件下载</h3><ul><li><a href='/upload/contract.doc'>contract.doc</a></li></ul>"),
    # a B2B platform's product library: a price row and an inquiry button (zoo L)
    ('<a href="/product/">产品库</a>',
     "<table><tr><th>价格</th><td>￥339.00/件</td></tr><tr><th>起订量</th><td>500件</td></tr></table><p>立即询价</p>"
     "<p>本公司生产的减振器总成采用优质原材料，适配多款车型，质量稳定，价格实惠，支持定制和来样加工。</p>"),
    # an association's member profile: its member grade (zoo L)
    ('<a href="/web/member.do?method=list">会员风采</a>',
     "<p>发布日期：2026-03-20 会员级别：常务理事单位</p><p>公司成立于2003年，位于经济技术开发区，是协会常务理事单位。"
     "公司主要产品为胎压传感器和涡轮增压器，产品配套多家主机厂。</p>"),
])
def test_products_with_prices_company_profiles_and_downloads_are_no_articles(crumb: str, content: str) -> None:
    html = corp_page(crumb, "修理厂月结合同范本", content, share=False)
    assert kind(html, "http://www.cc-dianqi.example.cn/x/45.html") == "other"
    # the same page under the news channel is an article
    assert kind(corp_page(NEWS_CRUMB, "修理厂月结合同范本", content, share=False),
                "http://www.cc-dianqi.example.cn/x/46.html") == "article"


def test_a_sites_about_page_is_no_article_whatever_date_its_theme_prints() -> None:
    text = "".join(f"<p>车身与底盘电子团队的第{n}篇工程笔记。这里记录我们在车载网络、基础软件、硬件设计和测试验证方面踩过的坑，"
                   "也记录每次台架试验的结论和后续的改进措施。</p>" for n in range(1, 4))
    html = corp_page(NEWS_CRUMB, "车身与底盘电子团队的工程笔记", text, share=False)
    assert kind(html, "http://blog.example.cn/about/") == "other"
    assert kind(html, "http://blog.example.cn/2024/05/10/about-relays.html") == "article"


def test_a_channel_index_of_dated_excerpt_cards_is_a_list_page() -> None:
    """Twelve cards, each a title link, a one-sentence excerpt and its own date: the excerpts are no
    stream of dated posts (微语) -- they sit under their entries' links."""
    cards = "".join(
        f'<li><div class="img-box"><a href="/article/show-{n}.html"><img src="/t/{n}.jpg"/></a></div><div class="txt-box">'
        f'<h3><a class="cat" href="/article/list_5.html">[公司动态]</a><a href="/article/show-{n}.html">公司第{n}期配件新品发布会顺利举行</a></h3>'
        f"<p>公司组团参加第{n}届汽车后市场博览会，展出曲轴位置传感器等五十一大类产品，现场签约经销商二十余家。…</p>"
        f'<div class="info"><span class="time">2026-01-{n:02d}</span><span class="click">浏览({n * 7})</span></div></div></li>'
        for n in range(1, 13))
    html = (f"<html><head><title>新闻中心-汇通汽配</title></head><body>{CORP_NAV}"
            '<div class="location"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/article/">新闻中心</a></div>'
            f'<div class="main-box"><div class="list-tit"><h2>新闻中心</h2></div><ul class="img-list">{cards}</ul>'
            '<div class="page"><a href="/article/index_1.html">« 上一页</a><a href="/article/index_1.html">1</a>'
            '<span>2</span><a href="/article/index_3.html">3</a></div></div></body></html>')
    url = "http://www.huitong.example.cn/article/index_2.html"
    assert kind(html, url) == "list"
    assert len(extract_list_page(analyze_page(html_selector(html, url), url)).entries) == 12


GOV_LEFT = ('<div class="xxgk-left">' + "".join(
    f'<div class="menu"><h3>{head}</h3><ul>' + "".join(f'<li><a href="/xxgk/{head}/{n}/">{name}</a></li>'
                                                        for n, name in enumerate(names)) + "</ul></div>"
    for head, names in (("法定主动公开内容", ("政策文件", "工作动态", "通知公告")),
                        ("主题分类", ("国民经济管理、国有资产监管", "工业、交通", "综合政务")),
                        ("信息公开", ("信息公开指南", "信息公开制度", "信息公开年报")))) + "</div>")


def test_a_column_of_menu_boxes_is_no_list_and_the_topic_table_beside_it_is() -> None:
    rows = "".join(f'<tr><td class="bt"><a href="/xxgk/zcwj/20260{n}/t2026021{n}_51089{n}.html">关于组织申报2026年第{n}批专精特新中小企业的通知</a>'
                   f"</td><td>2026-02-1{n}</td></tr>" for n in range(1, 5))
    html = ("<html><head><title>商贸、海关、旅游-澄州市人民政府</title></head><body>"
            '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a></div>'
            f'<div class="xxgk-main">{GOV_LEFT}<div class="xxgk-right"><div class="list-tit">主题分类：商贸、海关、旅游</div>'
            f'<table class="list-table"><tr><th>标题</th><th>发布日期</th></tr>{rows}</table></div></div></body></html>')
    url = "http://www.cz.gov.example.cn/xxgk/ztfl/smhg/"
    entries = extract_list_page(analyze_page(html_selector(html, url), url)).entries
    assert [e.title[-7:] for e in entries] == ["中小企业的通知"] * 4


def test_a_hub_of_column_boxes_in_a_sidebar_named_column_gives_every_columns_entries() -> None:
    def box(name: str, n0: int) -> str:
        return (f'<div class="box"><h3>{name}<a href="/xxgk/{name}/">更多>></a></h3><ul>' + "".join(
            f'<li><a href="/xxgk/a/2026{n:02d}/t2026{n:02d}01_{n}.html">{name}第{n}号关于汽车零部件产业的通知</a><span>2026-03-{n:02d}</span></li>'
            for n in range(n0, n0 + 5)) + "</ul></div>")
    html = ("<html><head><title>信息公开-澄州市人民政府</title></head><body>"
            f'<div class="xxgk-main">{GOV_LEFT}<div class="xxgk-right">{box("政策文件", 1)}{box("工作动态", 6)}{box("通知公告", 11)}'
            "</div></div></body></html>")
    url = "http://www.cz.gov.example.cn/xxgk/"
    entries = extract_list_page(analyze_page(html_selector(html, url), url)).entries
    assert len(entries) == 15


# ---------------------------------------------------------------- a mall's article centre (zoo J)
SHOP_HEAD = ('<html><head><meta charset="utf-8"><title>{title}_车配商城</title></head><body>'
             '<div id="ur_here">当前位置: <a href="/">首页</a> <code>&gt;</code> <a href="/article_cat.php?id={cat}">{channel}</a>'
             ' <code>&gt;</code> {title}</div><div class="AreaR"><div class="box">')
SHOP_TAIL = ('</div></div><div class="box"><h3><span class="text">相关商品</span></h3><div class="goodsList">' + "".join(
    f'<div class="goodsItem"><a href="/goods.php?id={n}"><img src="/{n}.jpg" alt="永固 前减震器总成 SH-44{n}"/></a><br/>'
    f'<p><a href="/goods.php?id={n}">永固 前减震器总成 SH-44{n}</a></p>本店售价：<font>￥823.00元</font></div>' for n in range(1, 5))
    + "</div></div></body></html>")
SHOP_TEXT = "".join(f"<p>第{n}段：高温天气下，发电机的工作负荷明显增大，出发前花几分钟检查很有必要，建议到合作门店安装。</p>"
                    for n in range(1, 4))


def shop_article(title: str, channel: str = "养护知识") -> str:
    return (SHOP_HEAD.format(title=title, cat=7, channel=channel)
            + f'<div class="tc"><font class="f5 f6">{title}</font><br/><font class="f3">倪某宁 / 2026-04-05</font></div>'
            f'<div class="article_content">{SHOP_TEXT}</div>' + SHOP_TAIL)


def test_a_headline_in_a_plain_line_over_its_meta_line_and_goods_beside_it() -> None:
    url = "http://mall.example.cn/article.php?id=73"
    html = shop_article("发电机异常磨损的原因分析")
    assert kind(html, url) == "article"
    record = extract_article(html, url, fetched_at="2026-05-18T20:40:00+08:00")
    assert record.title == "发电机异常磨损的原因分析" and record.author == "倪某宁"
    assert record.related == []  # 相关商品: goods, no related news


def test_a_help_channels_page_and_a_shop_item_are_no_articles() -> None:
    assert kind(shop_article("购物流程说明与注意事项", channel="新手上路"), "http://mall.example.cn/article.php?id=1") == "other"
    item = (SHOP_HEAD.format(title="全合成变速箱油 4L", cat=21, channel="变速箱油")
            + '<div id="goodsInfo"><p class="f_l">全合成变速箱油 4L</p><ul><li>商品货号：ECS000109</li>'
            "<li>上架时间：2026-04-05</li><li>本店售价：<font>￥851.00元</font></li></ul>"
            '<a href="javascript:addToCart(109)"><img src="/bnt_cat.gif" alt="加入购物车"/></a></div>'
            f'<div class="box"><h3>商品描述</h3>{SHOP_TEXT}</div>' + SHOP_TAIL)
    assert kind(item, "http://mall.example.cn/goods.php?id=109") == "other"


def test_entries_of_a_category_link_and_a_title_are_no_menu_boxes() -> None:
    """Each entry holds a small row of two links ([企业风采] TITLE): that pair is no menu, so the list
    stays the page's list."""
    rows = "".join(f'<li><div class="t"><a href="/Item/List_{n % 2}.aspx">{("企业风采", "行业新闻")[n % 2]}</a>'
                   f'<a href="/Item/{900 + n}.aspx">第{n}家汽配企业新工厂首台后视镜总成下线</a></div><span>2026-03-0{n}</span></li>'
                   for n in range(1, 8))
    html = ("<html><head><title>专题-汽配网</title></head><body>"
            f'<div class="main"><ul class="list">{rows}</ul></div></body></html>')
    url = "http://www.qp.example.cn/Special_3/Index.aspx"
    assert len(extract_list_page(analyze_page(html_selector(html, url), url)).entries) == 7


def test_a_forum_pager_above_its_thread_table_leaves_the_table_the_list() -> None:
    rows = "".join(f'<tbody id="normalthread_18{n}"><tr><th><a href="thread-18{n}-1-1.html" class="s xst">'
                   f'第{n}期雨刮器拿货价汇总，大家备货了没有</a></th><td class="by"><em>2026-4-1{n % 10}</em></td></tr></tbody>'
                   for n in range(10, 24))
    html = ('<html><head><title>配件行情 - 汽配论坛</title></head><body>'
            '<div id="pgt" class="bm bw0 pgs cl"><span class="pgb y"><a href="forum.php">返回首页</a></span>'
            '<a href="forum.php?mod=favorite">收藏本版 202</a><div class="pg"><strong>1</strong><a href="forum-36-2.html">2</a>'
            '<a href="forum-36-2.html" class="nxt">下一页</a></div>'
            f'<div id="threadlist"><table id="threadlisttableid">{rows}</table></div></div></body></html>')
    url = "http://bbs.example.cn/forum-36-1.html"
    assert len(extract_list_page(analyze_page(html_selector(html, url), url)).entries) == 14


def test_a_company_sites_client_case_is_no_article() -> None:
    text = "".join(f"<p>第{n}段：客户是一家年产三十万台的整车企业，我司为其提供制动系统配套方案，交付周期缩短两周，质量稳定。</p>"
                   for n in range(1, 4))
    html = corp_page('<a href="../case/">成功案例</a>', "某整车企业制动系统配套项目", text, share=False)
    assert kind(html, "http://www.cc-dianqi.example.cn/case/416.html") == "other"
    assert kind(corp_page(NEWS_CRUMB, "某整车企业制动系统配套项目", text, share=False),
                "http://www.cc-dianqi.example.cn/news/416.html") == "article"


def test_one_entry_under_a_related_heading_is_the_related_list() -> None:
    text = "".join(f"<p>第{n}条：各地要组织汽车零部件企业开展安全生产检查，重点检查涂装、热处理和危化品仓储环节，发现问题限期整改。</p>"
                   for n in range(1, 5))
    html = (f"<html><head><title>关于开展安全生产检查的通知-工信厅</title></head><body>{NAV}<div class='doc'>"
            f"<h1>关于开展安全生产检查的通知</h1><div class='info'>发布日期：2026-05-06</div><div class='content'>{text}</div>"
            "<div class='rel-box'><h3>相关解读</h3><ul><li><a href='/xxgk/zcjd/content/post_4418437.html'>"
            "《开展2026年汽车零部件企业安全生产检查》政策解读</a><span>2026-05-07</span></li></ul></div></div></body></html>")
    record = extract_article(html, "http://gxt.example.gov.cn/xxgk/zcwj/content/post_4418421.html",
                             fetched_at="2026-05-18T20:40:00+08:00")
    assert [e.url for e in record.related] == ["http://gxt.example.gov.cn/xxgk/zcjd/content/post_4418437.html"]


FLASH_PAGE = ("<html><head><meta charset='utf-8'><title>{title}_极速快讯</title></head><body>"
              "<header><h1 class='logo'><a href='/'>极速</a></h1><nav><a href='/'>首页</a><a href='/flash/'>快讯</a>"
              "<a href='/auto/'>汽车</a></nav></header><div class='flash-detail'>"
              "<div class='crumbs'><a href='/'>首页</a><span>/</span><a href='/flash/'>快讯</a></div>{main}</div>"
              "<div class='hot-flash'><h3>最新快讯</h3>" + "".join(
                  f"<a href='/flash/33018{n}'>第{n}家零部件企业完成新一轮融资并扩大产能</a>" for n in range(1, 7))
              + "</div><footer>版权所有</footer></body></html>")


def test_a_one_sentence_flash_under_its_dated_headline_with_no_credit_is_an_article() -> None:
    main = ("<h1 class='item-title'>同润密封件完成新一轮融资</h1><div class='item-time'>09-19 10:17</div>"
            "<div class='item-desc'><p>据悉，同润密封件宣布完成新一轮融资，资金将用于活塞环研发和产能扩张。</p></div>")
    html = FLASH_PAGE.format(title="同润密封件完成新一轮融资", main=main)
    assert kind(html, "https://kx.example.cn/flash/3301845") == "article"
    record = extract_article(html, "https://kx.example.cn/flash/3301845", fetched_at="2026-09-20T15:30:00+08:00")
    assert record.paragraphs == ["据悉，同润密封件宣布完成新一轮融资，资金将用于活塞环研发和产能扩张。"]


def test_a_channel_page_whose_first_entry_is_a_link_stays_a_list() -> None:
    """A guard: the channel's name as the heading, a date, then linked entries is no flash."""
    main = ("<h1 class='channel'>快讯</h1><div class='day'>09-19</div>" + "".join(
        f"<div class='item'><a href='/flash/{n}'>第{n}家密封件企业完成新一轮融资，资金将用于活塞环研发。</a>"
        f"<span>09-19 10:1{n}</span></div>" for n in range(1, 6)))
    assert kind(FLASH_PAGE.format(title="快讯", main=main), "https://kx.example.cn/flash/") == "list"


def test_an_account_page_whose_profile_line_ends_a_sentence_stays_a_list() -> None:
    """A guard: an account's name, its profile lines (no date) and a sentence, then its dated posts."""
    posts = "".join(f"<li><a href='/a/2025{n:02d}/x{n}.html'>第{n}篇：离合器片国产替代还有多远的距离</a>"
                    f"<span class='date'>2025年{n:02d}月03日</span></li>" for n in range(1, 10))
    main = ("<div class='acct-card'><h2>汽配前哨</h2><p>微信号：qipei_qianshao</p>"
            "<p>功能介绍：汽车零部件产业一线资讯，每天一篇。</p></div>"
            f"<ul class='title-list'>{posts}</ul>")
    assert kind(FLASH_PAGE.format(title="汽配前哨", main=main), "https://kx.example.cn/gzh/qpqs/") == "list"


def test_a_thread_posted_half_an_hour_ago_under_its_posters_counts_is_an_article() -> None:
    """The poster's counts (242 主题 6692 帖子) are no split date; 发表于 半小时前 is the post time."""
    text = ("转型这事我想了很久，三电维修门槛太高，设备加培训一套下来要30万。<br><br>"
            "我们店现在的做法是把常用件的库存控制在两周以内，不常用的件一律调货。")
    html = forum_thread(text).replace("发表于 2025-7-23 19:35", "发表于 半小时前").replace(
        '<div class="authi">', '<div class="authi"><span class="cnt">242</span> <span class="cnt">6692</span> '
                               '<span class="cnt">22746</span>')
    url = "http://bbs.example.cn/thread-1830-1-1.html"
    assert kind(html, url) == "article"
    record = extract_article(html, url, fetched_at="2026-05-18T20:40:00+08:00")
    assert record.published_at == "2026-05-18T20:10:00+08:00"


def test_a_boards_last_post_date_link_is_no_entry_title() -> None:
    """A forum board's row: the thread link, its poster and date, counts, then the last post's time as a
    link (2025-8-2 21:31, a longer text than some titles): the entry is the thread, titled by its link."""
    rows = "".join(
        f'<tbody id="normalthread_{n}"><tr><th class="common"><a href="thread-{n}-1-1.html" class="s xst">'
        f'汽配城最近生意如何{n % 100}</a></th><td class="by"><cite><a href="space-uid-{n}.html">机修大鹏</a></cite>'
        f'<em><span>2025-8-2</span></em></td><td class="num"><a href="thread-{n}-1-1.html" class="xi2">0</a>'
        f'<em>1405</em></td><td class="by"><cite><a href="space-uid-9.html">老王</a></cite><em>'
        f'<a href="forum.php?mod=redirect&amp;tid={n}&amp;goto=lastpost#lastpost">2025-8-2 21:31</a></em></td></tr></tbody>'
        for n in range(18300, 18312))
    html = ('<html><head><meta charset="utf-8"><title>行业交流 - 汽配论坛</title></head><body>'
            '<div id="pt"><a href="./">汽配论坛</a> <em>›</em> <a href="forum-2-1.html">行业交流</a></div>'
            f'<table id="threadlisttableid">{rows}</table>'
            '<div class="pg"><strong>1</strong><a href="forum-2-2.html">2</a></div></body></html>')
    url = "http://bbs.example.cn/forum-2-1.html"
    entries = extract_list_page(analyze_page(html_selector(html, url), url)).entries
    assert [e.url for e in entries][:2] == ["http://bbs.example.cn/thread-18300-1-1.html",
                                             "http://bbs.example.cn/thread-18301-1-1.html"]
    assert entries[0].title == "汽配城最近生意如何0"


def test_a_shop_notice_dated_in_its_headlines_own_line_is_an_article() -> None:
    """A one-sentence notice whose headline line carries the shop's name and the date
    (<h2>TITLE <span>SHOP / 2025-11-04</span></h2>), on a page full of links."""
    main = ("<h2 class='tc'>关于部分地区暂停配送的通知 <span>汀屿车配商城 / 2025-11-04</span></h2>"
            "<p>受天气影响，部分地区的订单暂停配送，恢复时间另行通知。</p>")
    html = FLASH_PAGE.format(title="关于部分地区暂停配送的通知", main=main)
    assert kind(html, "https://shop.example.cn/article.php?id=49") == "article"

"""Conventions of real portals the blind corpora (zoo F, news_pages_c) showed, through the public
paths: ``extract_article`` for article fields, the page analysis the spider uses for page kinds and
list entries. Own pages, modelled on the structures, not copied."""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article, parse_page
from autoparts_crawler.extraction.analysis import analyze_page
from autoparts_crawler.extraction.profile import page_kind
from autoparts_crawler.extraction.related import extract_list_page
from autoparts_crawler.sites import generic_profile

SENTENCES = (
    "<p>Suppliers of brake components reported a second quarter of rising orders, led by demand from carmakers.</p>"
    "<p>Executives said the recovery was uneven, with aftermarket sales lagging behind the original equipment side.</p>"
    "<p>Analysts expect prices for steel and rubber to stay high, squeezing the margins of smaller suppliers.</p>"
    "<p>The industry association will publish its full-year forecast at the trade fair in the autumn.</p>"
)


def en_page(head: str = "", byline: str = "", after: str = "", url_title: str = "Brake suppliers see orders rise") -> str:
    return (f"<html lang='en'><head><title>{url_title} | Parts Daily</title>{head}</head><body>"
            "<nav><a href='/'>Home</a> <a href='/business'>Business</a></nav>"
            f"<article><h1>{url_title}</h1><div class='meta'>{byline}</div>"
            f"<div class='body'>{SENTENCES}{after}</div></article>"
            "<footer>About us | Contact</footer></body></html>")


def analysis(html: str, url: str):
    return analyze_page(parse_page(html, url), url)


# ---------------------------------------------------------------- page kinds
PAGE2 = """<html><head><title>汽配企业订单回暖（2）</title></head><body><h1>汽配企业订单回暖</h1>
<div class="info">2025-06-05 09:12 来源：汽配网</div>
<div class="content"><p>第二页正文：整车厂排产计划上调，带动了上游配套企业的开工率，部分企业开始增加班次，订单持续回暖。</p>
<p>从区域看，长三角和珠三角的配套企业恢复较快，中西部地区的订单也在逐步跟上，原材料价格仍有波动。</p>
<p>业内人士表示，今年以来新能源车型的配套需求增长明显，制动、转向和热管理部件的订单增幅居前，企业正在扩充产能。</p>
<p>分析人士建议，企业应加强库存管理，通过长期协议锁定原材料价格，同时加快海外市场布局，降低单一市场的经营风险。</p></div>
<ul class="pagination">{pager}</ul></body></html>"""


@pytest.mark.parametrize(("pager", "kind"), [
    # show-124-2.html whose pager links back to show-124.html: page 2 of that article
    ('<li><a href="/news/show-124.html">1</a></li><li class="active"><a>2</a></li>', "continuation"),
    ('<li><a href="/news/show-124.html">上一页</a></li><li class="active"><a>2</a></li>', "continuation"),
    # a dash ending an id (an article of its own) linking to another article by its title
    ('<li><a href="/news/show-124.html">汽配企业订单回暖的第一篇报道</a></li>', "article"),
])
def test_dash_numbered_pages(pager: str, kind: str) -> None:
    url = "http://qp.example.cn/news/show-124-2.html"
    assert page_kind(analysis(PAGE2.format(pager=pager), url), generic_profile(url)) == kind


# ---------------------------------------------------------------- list entries
TAG_LIST = """<html><head><title>标签：产业集群</title></head><body><div class="nav"><a href="/">首页</a>
<a href="/news/list-2.html">行业资讯</a> <a href="/news/list-3.html">企业新闻</a></div><ul class="tag-list">{items}</ul>
<ul class="pagination"><li class="active"><a>1</a></li><li><a href="/tag/x.html?page=2">2</a></li>
<li><a href="/tag/x.html?page=2">下一页</a></li></ul>
<div class="side"><h3>热门排行</h3><ul><li><a href="/news/show-1.html">热门文章一号标题较长一些</a></li>
<li><a href="/news/show-2.html">热门文章二号标题较长一些</a></li><li><a href="/news/show-3.html">热门文章三号标题较长</a></li></ul></div>
</body></html>"""
ITEM = ('<li><span class="pull-right">2026-05-{d:02d}</span>[<a href="/news/list-3.html">企业新闻</a>] '
        '<a href="/news/show-{n}.html">第{n}号汽配企业中标新能源车型制动系统项目</a><p>摘要：企业公告称，项目预计年供货量超过百万套。</p></li>')


def test_entries_with_a_bracketed_channel_link() -> None:
    """[<a>企业新闻</a>] <a>TITLE</a>: the channel link is the entry's category; the pair of links
    inside the last entry (right above the pager) is no list of its own."""
    html = TAG_LIST.format(items="".join(ITEM.format(d=d, n=100 + d) for d in range(1, 7)))
    url = "http://qp.example.cn/tag/x.html"
    entries = extract_list_page(analysis(html, url)).entries
    assert [e.url.rsplit("/", 1)[1] for e in entries] == [f"show-{100 + d}.html" for d in range(1, 7)]
    assert {e.category for e in entries} == {"企业新闻"} and entries[0].date_raw == "2026-05-01"


def test_a_channel_name_printed_on_a_card_is_its_category() -> None:
    card = ('<a href="/news/{n}.html" class="c-8h3sy5"><div class="c-t63"><h3>第{n}号配件企业新品发布会在杭州举行</h3>'
            '<div class="c-u8d"><span class="c-0q3">{ch}</span><span class="c-rz">2026-05-0{d}</span>'
            '<span class="c-nq">42阅读</span></div></div></a>')
    cards = "".join(card.format(n=200 + d, d=d, ch=("政策解读", "市场行情")[d % 2]) for d in range(1, 7))
    html = ("<html><head><title>资讯</title></head><body><div class='c-nav'><a href='/news/zhengce/'>政策解读</a>"
            f"<a href='/news/hangqing/'>市场行情</a></div><div class='c-list'>{cards}</div></body></html>")
    entries = extract_list_page(analysis(html, "http://b2b.example.cn/news/")).entries
    assert [e.category for e in entries] == [("政策解读", "市场行情")[d % 2] for d in range(1, 7)]


# ---------------------------------------------------------------- credits and body
def test_a_signature_line_closing_the_text_is_the_author() -> None:
    rec = extract_article(en_page(after='<p style="text-align:right;"><strong>Minh Son</strong></p>'),
                          "https://news.example.com/business/brake-suppliers-123.html")
    assert rec.author == "Minh Son" and "Minh Son" not in rec.body_text


def test_a_byline_in_its_own_element_ends_with_it() -> None:
    byline = '<span class="author__name">By Aroha Ngata</span> <span class="author__title">Business reporter</span>'
    rec = extract_article(en_page(byline=byline), "https://news.example.com/business/brake-suppliers-123.html")
    assert rec.author == "Aroha Ngata"


def test_page_data_completes_a_byline_it_agrees_with() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"@type": "Person", '
            '"name": "Claire Dumas"}, {"@type": "Person", "name": "Julien Marchetti"}]}</script>')
    byline = 'Par <a href="/j/claire-dumas">Claire Dumas</a>, <a href="/j/julien-marchetti">Julien Marchetti</a>'
    rec = extract_article(en_page(head=head, byline=byline), "https://news.example.com/business/brake-suppliers-123.html")
    assert rec.author == "Claire Dumas, Julien Marchetti"


def test_a_wire_sign_off_is_the_source_not_body() -> None:
    rec = extract_article(en_page(after="<p>- Bernama</p>"), "https://news.example.com/business/brake-suppliers-123.html")
    assert rec.source == "Bernama" and "Bernama" not in rec.body_text


def test_a_zone_name_printed_by_the_clock_places_a_utc_stamp() -> None:
    byline = ('<span>Thursday, 26 Nov 2026</span> '
              '<time class="timestamp" datetime="2026-11-25T23:05:00Z">7:05 AM MYT</time>')
    rec = extract_article(en_page(byline=byline), "https://news.example.com/business/brake-suppliers-123.html",
                          fetched_at="2026-11-30T09:00:00+00:00")
    assert rec.published_at == "2026-11-26T07:05:00+08:00"


def test_a_kicker_the_page_data_leaves_out_is_no_part_of_the_title() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Brake suppliers see orders rise"}</script>'
    html = en_page(head=head).replace("<h1>Brake suppliers see orders rise</h1>",
                                      "<h1><span class='overline'>Autozulieferer:</span> <span>Brake suppliers see orders rise</span></h1>")
    assert extract_article(html, "https://news.example.com/business/brake-suppliers-123.html").title == \
        "Brake suppliers see orders rise"


def test_a_channel_index_of_headed_lists_in_one_container() -> None:
    """An old table layout: a heading table over each sub-channel's list table, all in one cell;
    a cut link text (…) takes the title line of its labelled tooltip (标题：X / 作者：Y)."""
    def box(name: str, first: int) -> str:
        rows = "".join(
            f'<tr><td>·<a href="/Item/Show.aspx?id={n}" title="标题：第{n}号零部件企业发布新一代制动产品&#13;&#10;'
            f'作者：王明&#13;&#10;点击数：12">第{n}号零部件企业发布新一代…</a></td><td class="d">[2026-05-{n % 28 + 1:02d}]</td></tr>'
            for n in range(first, first + 5))
        return (f'<table class="channel_title"><tr><td>{name}</td><td><a href="/c/{first}.aspx">更多&gt;&gt;</a></td></tr></table>'
                f'<table class="list_table">{rows}</table>')
    html = ("<html><head><title>新闻中心</title></head><body><table><tr><td class='left'>"
            + box("行业新闻", 100) + box("企业风采", 200) + box("政策法规", 300)
            + "</td></tr></table></body></html>")
    entries = extract_list_page(analysis(html, "http://qp.example.cn/Category_11/Index.aspx")).entries
    assert [e.url.rsplit("=", 1)[1] for e in entries] == [str(n) for b in (100, 200, 300) for n in range(b, b + 5)]
    assert entries[0].title == "第100号零部件企业发布新一代制动产品"


def test_meta_lines_named_by_their_class_inside_the_article_are_no_body() -> None:
    """<article> holds the headline, a source div and a time div above the text's own container:
    neither is body, whatever script the date is written in."""
    html = ("<html lang='ar'><head><title>x</title></head><body><main><article><h1>شركة سعودية تخطط لمصنع جديد</h1>"
            "<div class='source'>دبي - العربية.نت</div><div class='timeDate'><span class='timeDate_element'>"
            "<span>نُشر في: </span><time datetime='2026-11-27T06:47:00Z'>27 نوفمبر ,2026: 09:47 ص KSA</time></span></div>"
            "<div class='body-contents'>"
            + "".join(f"<p>أعلنت شركة سعودية ناشئة متخصصة في صناعة مكونات السيارات عن خطة رقم {n} لإنشاء مصنع جديد.</p>"
                      for n in range(4))
            + "</div></article></main></body></html>")
    rec = extract_article(html, "https://www.example.net/aswaq/2026/11/27/x", fetched_at="2026-11-30T09:00:00+00:00")
    assert len(rec.paragraphs) == 4 and "العربية.نت" not in rec.body_text
    assert rec.published_at == "2026-11-27T09:47:00+03:00"


@pytest.mark.parametrize(("url", "target", "same"), [
    ("http://qp.example.cn/news/show-122.html", "http://qp.example.cn/news/show-122-2.html", True),
    ("http://qp.example.cn/news/show-122-2.html", "http://qp.example.cn/news/show-122-3.html", True),
    ("http://qp.example.cn/a/876.html", "http://qp.example.cn/a/876_2.html", True),
    # another article whose id follows a dash is no page of this one
    ("http://qp.example.cn/news/show-122.html", "http://qp.example.cn/news/show-123.html", False),
])
def test_pages_of_one_article(url: str, target: str, same: bool) -> None:
    """The pager links a split article's chain follows (show-122-2.html is page 2 of show-122.html)."""
    from autoparts_crawler.extraction.pager import same_article
    assert same_article(url, target) is same


def test_names_of_adjacent_elements_met_without_a_space_are_split() -> None:
    byline = ('<span class="by">By:</span> <a href="/info/dana-whitfield/">Dana Whitfield</a>'
              '<span class="role">Senior Editor</span>')
    rec = extract_article(en_page(byline=byline), "https://news.example.com/business/brake-suppliers-123.html")
    assert rec.author == "Dana Whitfield"


def test_page_data_lists_people_with_commas_in_any_script() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"@type": "Person", '
            '"name": "박성훈"}, {"@type": "Person", "name": "이지은"}]}</script>')
    rec = extract_article(en_page(head=head), "https://news.example.com/business/brake-suppliers-123.html")
    assert rec.author == "박성훈, 이지은"


def test_a_forum_threads_first_post() -> None:
    """A forum thread: the stat line above the subject (查看: N | 回复: N) gives views and comments,
    the poster's name links to their member space, the post tools (只看该作者) and the poster's
    statistics (主题 / 帖子 / 积分) are no names."""
    post = ("<p>天枢L8的故障灯一直常亮，换了轮毂轴承单元以后还是不行，诊断仪读出来的故障码是车速信号不可信。"
            "请问各位师傅这种情况应该从哪里开始查，线束还是传感器本身？</p>" * 3)
    html = ("<html><head><title>天枢L8故障灯常亮，换了轮毂轴承单元还是不行 - 汽配论坛</title></head><body><div id='pt'><a href='/'>汽配论坛</a></div>"
            "<table><tr><td class='pls'><span>查看:</span> <span>3119</span><span>|</span><span>回复:</span> <span>18</span></td>"
            "<td><h1><span id='thread_subject'>天枢L8故障灯常亮，换了轮毂轴承单元还是不行</span></h1></td></tr></table>"
            "<table class='plhin'><tr><td class='pls'><div class='authi'><a href='space-uid-1455.html'>柳州配件哥</a></div>"
            "<table><tr><th><p><a href='home.php?mod=space&amp;uid=1455&amp;do=thread'>231</a></p>主题</th>"
            "<th><p><a href='home.php?mod=space&amp;uid=1455&amp;do=reply'>5791</a></p>帖子</th></tr></table></td>"
            "<td class='plc'><div class='pti'><em>发表于 2025-2-22 15:29</em> | <a href='forum.php?mod=viewthread&amp;tid=18264"
            "&amp;authorid=1455'>只看该作者</a></div>"
            f"<div class='t_fsz'><table><tr><td class='t_f'>{post}</td></tr></table></div></td></tr></table></body></html>")
    rec = extract_article(html, "http://bbs.example.cn/thread-18264-1-1.html", fetched_at="2025-03-01T00:00:00+08:00")
    assert (rec.views, rec.comments, rec.author) == (3119, 18, "柳州配件哥")


def test_posts_led_by_their_writers_links_are_no_list_of_articles() -> None:
    """A thread's replies, each led by a link to its writer's member space, are no list of articles."""
    posts = "".join(
        f"<div class='post'><a href='space-uid-{100 + n}.html'>汽配论坛资深用户{n}号师傅</a><em>发表于 2025-3-{n} 14:07</em>"
        f"<p>第{n}楼回复：我觉得这个问题要从线束开始查，先量一下传感器的供电和信号电压是否正常。</p></div>"
        for n in range(1, 7))
    html = f"<html><head><title>t</title></head><body><div id='postlist'>{posts}</div></body></html>"
    page = analysis(html, "http://bbs.example.cn/thread-18269-1-1.html")
    assert not [b for b in page.listing_blocks if b.kind == "list" and len(b.items) >= 6]


def test_a_dated_table_headed_like_a_sidebar_is_the_pages_list() -> None:
    """A topic page of a disclosure site: one dated table under 主题分类：X, no pager, a menu beside it."""
    rows = "".join(f"<tr><td><a href='/xxgk/zcwj/2026{m:02d}/t2026{m:02d}05_{n}.html'>关于做好第{n}批汽车零部件企业技术改造项目申报工作的通知</a>"
                   f"</td><td>2026-{m:02d}-05</td></tr>" for n, m in zip(range(1, 8), range(1, 8), strict=True))
    menus = "".join(f"<div class='menu'><h3>{h}</h3><ul><li><a href='/xxgk/{a}/'>{t}</a></li>"
                    f"<li><a href='/xxgk/{a}2/'>{t}（其他）</a></li></ul></div>"
                    for h, a, t in (("法定主动公开内容", "zcwj", "政策文件与解读材料"),
                                    ("主题分类", "gmjj", "国民经济管理、国有资产监管"),
                                    ("信息公开", "zn", "政府信息公开指南与制度")))
    html = ("<html><head><title>工业、交通</title></head><body><div class='left'>" + menus + "</div>"
            "<div class='right'><div class='list-tit'>主题分类：工业、交通</div>"
            f"<table class='list-table'><tr><th>标题</th><th>发布日期</th></tr>{rows}</table></div></body></html>")
    entries = extract_list_page(analysis(html, "http://gov.example.cn/xxgk/ztfl/gyjt/")).entries
    assert len(entries) == 7 and entries[0].date_raw == "2026-01-05"

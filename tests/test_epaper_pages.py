"""A newspaper e-edition's pages (own small pages in the shape of the Founder-style digital
editions Chinese newspapers publish): the headline named by the page's own links when the
<title> is the newspaper's name, the page bar's 版 name and 本版编辑, a one-sentence story under a
reporter's byline, a 版面 page whose picture map and title list link its stories, a story
continued on another 版 (下转 / 上接) and a photo page that is no article.

Through the public ``extract_article`` and the classifier every crawled page goes through.
"""

from __future__ import annotations

from autoparts_crawler.extract import choose_profile, extract_article, parse_page
from autoparts_crawler.extraction.analysis import analyze_page
from autoparts_crawler.extraction.profile import extract_raw_article, page_kind
from autoparts_crawler.extraction.related import extract_list_page

BASE = "http://paper.example.cn/html/2026-09/03/"
FETCHED = "2026-09-05T10:30:00+08:00"
PARA = "<P>　　{}</P>"
TEXT = [
    "近日，当地组织十二家零部件企业与职业院校签订定向培养协议，破解企业用工难题。",
    "目前，当地制动总泵企业已进入四家整车企业的配套体系，生产线满负荷运转。",
    "业内人士分析，整车企业降本压力正在向一级、二级供应商传导，行业集中度还将提高。",
]


def shell(left: str, right: str) -> str:
    return ("<HTML><HEAD><META http-equiv='Content-Type' content='text/html; charset=utf-8'><TITLE>沣江汽车报</TITLE>"
            "</HEAD><BODY><table width='1000'><tr><td><a href='../../../index.html'><img src='/logo.gif'></a></td>"
            "<td class='date'>2026年09月03日 星期四 第1292期</td><td><a href='../../2026-08/31/node_2.htm'>上一期</a></td>"
            f"</tr></table><table width='1000'><tr><td width='290' class='left'>{left}</td>"
            f"<td width='710' class='right'>{right}</td></tr></table>"
            "<table class='foot'><tr><td>沣江汽车报社版权所有 未经书面授权不得复制</td></tr></table></BODY></HTML>")


NAV = ("<div class='bmdh'><div class='tit'>版面导航</div><table><tr><td><a href='node_2.htm'>第01版：要闻</a></td></tr>"
       "<tr><td><a href='node_3.htm'>第02版：产业</a></td></tr><tr><td><a href='node_4.htm'>第03版：零部件</a></td></tr></table></div>")


def titles_list(*items: tuple[str, str]) -> str:
    rows = "".join(f"<tr><td><a href='{href}'>{title}</a></td></tr>" for href, title in items)
    return f"<div class='btdh'><div class='tit'>本版标题</div><table>{rows}</table></div>"


def story(title: str, byline: str, paras: list[str], extra: str = "") -> str:
    return ("<div class='bar'>第02版：产业　　本版编辑：骆昭宁　　<a href='node_3.htm'>返回版面</a></div>"
            f"<table class='article'><tr><td align='center' class='font01'>{title}</td></tr>"
            f"<tr><td align='center' class='font03'>{byline}</td></tr><tr><td class='content'>"
            + "".join(PARA.format(p) for p in paras) + extra
            + "</td></tr></table><div class='cite'>《沣江汽车报》（2026年09月03日 第 02 版）</div>")


ITEMS = [("content_101.htm", "零部件企业与职业院校签订定向培养协议"), ("content_102.htm", "前8个月全省汽车产量同比增长21%")]


def page_of(html: str, url: str):
    return analyze_page(parse_page(html, url), url)


def test_the_headline_is_the_line_the_pages_own_links_name_and_the_page_bar_gives_category_and_editor():
    html = shell(NAV + titles_list(*ITEMS), story(ITEMS[0][1], "本报记者　葛慎之", TEXT))
    r = extract_article(html.encode(), BASE + "content_101.htm", fetched_at=FETCHED)
    assert r.title == "零部件企业与职业院校签订定向培养协议"
    assert r.category == "产业" and r.editor == "骆昭宁" and r.author == "葛慎之"
    assert r.body_text.startswith("近日") and "返回版面" not in r.body_text


def test_a_one_sentence_story_under_a_reporters_byline_is_an_article():
    html = shell(NAV + titles_list(*ITEMS), story(ITEMS[1][1], "本报记者　甘珺然", TEXT[:1]))
    url = BASE + "content_102.htm"
    assert page_kind(page_of(html, url), choose_profile(url, None)) == "article"


def test_a_photo_page_with_only_a_caption_is_no_article_and_its_title_list_no_listing():
    caption = "<TABLE class='pic'><TR><TD><IMG src='/p.jpg'></TD></TR><TR><TD>9月3日，工人在赶制订单。本报记者 闻亦舟 摄</TD></TR></TABLE>"
    items = [*ITEMS, ("content_103.htm", "新能源重卡批量下线")]
    html = shell(NAV + titles_list(*items), story("新能源重卡批量下线", "", [], extra=caption))
    url = BASE + "content_103.htm"
    assert page_kind(page_of(html, url), choose_profile(url, None)) == "other"


def test_a_page_whose_picture_map_and_title_list_link_its_stories_is_a_list():
    area = "".join(f"<area shape='rect' coords='0,{40 * i},500,{40 * i + 30}' href='{href}'>" for i, (href, _) in enumerate(ITEMS))
    left = f"<div class='banmian'><img src='/b02.jpg' usemap='#PagePicMap'></div><map name='PagePicMap'>{area}</map>"
    html = shell(left, NAV + titles_list(*ITEMS) + "<div class='bj'>本版编辑：骆昭宁</div>")
    url = BASE + "node_3.htm"
    page = page_of(html, url)
    assert page_kind(page, choose_profile(url, None)) == "list"
    assert [e.title for e in extract_list_page(page).entries] == [t for _, t in ITEMS]


def test_a_story_continued_on_another_page_links_its_second_part_which_is_a_continuation():
    first = shell(NAV + titles_list(*ITEMS), story(ITEMS[0][1], "本报记者　葛慎之", TEXT,
                                                   extra="<P>　　（下转<a href='content_151.htm'>第04版</a>）</P>"))
    url = BASE + "content_101.htm"
    raw = extract_raw_article(page_of(first, url), choose_profile(url, None))
    assert raw.next_page_url == BASE + "content_151.htm"
    second = shell(NAV, story(ITEMS[0][1], "", ["（上接<a href='content_101.htm'>第01版</a>）", *TEXT[1:]]))
    url2 = BASE + "content_151.htm"
    assert page_kind(page_of(second, url2), choose_profile(url2, None)) == "continuation"
    r = extract_article(first.encode(), url, fetched_at=FETCHED)
    assert "下转" not in r.body_text

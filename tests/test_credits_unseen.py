"""Credits on layouts the extractor was not developed on: bylines in other languages and
scripts, full Latin-script names, author elements and links, Chinese credit lines without
colons, editorial chains, staff codes, sources beside photo credits and wire agencies.

Own small pages (none copied from a corpus), through the public ``extract_article``.
"""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article

FETCHED = "2025-06-06T10:00:00+00:00"
EN_TITLE = "Brake supplier adds a second shift at its Ohio plant"
EN_BODY = "".join(
    f"<p>Paragraph {i}: the plant will hire about one hundred workers over the coming months, the company "
    "said, as orders for brake calipers from three carmakers keep rising through the summer season.</p>"
    for i in range(1, 6)
)
ZH_TITLE = "配件企业二季度订单回暖"
ZH_BODY = "".join(
    f"<p>第{i}段：今年二季度，多家汽车零部件企业的订单出现回暖，制动系统和底盘件的需求增长尤其明显，企业开始增加班次。</p>"
    for i in range(1, 6)
)


def en_page(meta: str = "", head: str = "", above: str = "", after: str = "", before_body: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{EN_TITLE} | Parts Daily</title>{head}</head><body>"
            "<div class='nav'><a href='/'>Home</a> <a href='/news/'>News</a> <a href='/biz/'>Business</a></div>"
            f"<div class='main'>{above}<h1>{EN_TITLE}</h1><div class='meta'>{meta}</div>"
            f"<div class='content'>{before_body}{EN_BODY}{after}</div></div>"
            "<div class='footer'>About us | Contact | Copyright 2025 Parts Daily</div></body></html>")


def zh_page(meta: str = "", head: str = "", before_body: str = "", after_body: str = "", after: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{ZH_TITLE}_汽配资讯网</title>{head}</head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a> <a href='/biz/'>企业</a></div>"
            f"<div class='main'><h1>{ZH_TITLE}</h1><div class='info'>{meta}</div>"
            f"<div class='content'>{before_body}{ZH_BODY}{after_body}</div>{after}</div>"
            "<div class='footer'>关于我们 | 联系方式 | 版权所有 汽配资讯网</div></body></html>")


def record(html: str, url: str = "https://news.example.com/2025/06/05/brake-supplier.html"):
    return extract_article(html.encode("utf-8"), url, fetched_at=FETCHED)


# ---------------------------------------------------------------- Latin-script bylines
@pytest.mark.parametrize(("meta", "expected"), [
    ("<span>By Jane Whitfield</span> <span>June 5, 2025</span>", "Jane Whitfield"),
    ("<p>By Jane Whitfield, Parts Daily | June 5, 2025</p>", "Jane Whitfield"),
    ("<p>Written by: Jane Whitfield</p><p>Category: Suppliers</p>", "Jane Whitfield"),
    ("<p>Submitted by Jane Whitfield on Thu, 06/05/2025 - 09:12</p>", "Jane Whitfield"),
    ("<p>Posted on June 5, 2025 by Jane Whitfield</p>", "Jane Whitfield"),
    ("<p>By Jane Whitfield and Omar Haddad</p>", "Jane Whitfield, Omar Haddad"),
    ("<p>Von Klaus-Peter Obermeier</p><p>05.06.2025 09:12 Uhr</p>", "Klaus-Peter Obermeier"),
    ("<p>Por María José de la Fuente</p>", "María José de la Fuente"),
    ("<p>Par Erwan Le Bihan</p>", "Erwan Le Bihan"),
    ("<p>Door Pieter van der Berg</p>", "Pieter van der Berg"),
    ("<p>Автор: Ирина Соколова</p>", "Ирина Соколова"),
    ("<p>Yazar: Ayşe Yıldırım</p>", "Ayşe Yıldırım"),
    ("<p>by Sean O'Connell | Jun 5</p>", "Sean O'Connell"),
])
def test_latin_script_bylines_give_the_whole_name(meta: str, expected: str) -> None:
    assert record(en_page(meta=meta)).author == expected


@pytest.mark.parametrize("meta", [
    "<p>By Reuters</p>",  # a wire agency is no person
    "<p>By The Associated Press</p>",
    "<p>By staff</p>",
    "<p>Share by email</p>",
])
def test_latin_bylines_that_name_no_person(meta: str) -> None:
    assert record(en_page(meta=meta)).author is None


# ---------------------------------------------------------------- author elements, links, page data
@pytest.mark.parametrize(("meta", "above", "expected"), [
    # compound / BEM class names and other languages' class words
    ("<div class='story-meta__author'>By <a href='#'>Jane Whitfield</a></div>", "", "Jane Whitfield"),
    ("<span class='nota__autor'>Por <strong>Lucía Ortega</strong></span> <span>Ciudad de México</span>"
     " <span>5 de junio de 2025</span>", "", "Lucía Ortega"),
    ("<div class='article-author'><a href='#'>Jane Whitfield</a></div><div>June 5, 2025 09:12 AM</div>", "",
     "Jane Whitfield"),
    # microdata and test ids; the name, not the role line beside it
    ("<div itemprop='author' itemscope><span itemprop='name'>Jane Whitfield</span></div>", "", "Jane Whitfield"),
    ("<div data-testid='byline'><span>Jane Whitfield</span><div>Business reporter, Parts Daily</div></div>", "",
     "Jane Whitfield"),
    ("<div data-testid='byline-contributors'><div><p>Jane Whitfield</p><p>Business reporter, Parts Daily</p></div>"
     "</div>", "", "Jane Whitfield"),
    # a byline printed above the headline (a blog's entry meta)
    ("", "<div class='entry-meta'>Posted on <a href='#'><time>June 5, 2025</time></a> by "
     "<span class='author vcard'><a href='#'>Jane Whitfield</a></span></div>", "Jane Whitfield"),
    # a link to the writer's page
    ("<a href='/authors/jane-whitfield'>Jane Whitfield</a> <span>June 5, 2025</span>", "", "Jane Whitfield"),
    ("<a href='/staff/'>Jane Whitfield</a>", "", "Jane Whitfield"),
    ("<a href='/user/18702234'>黄小蕾</a> <span>· 3小时前</span>", "", "黄小蕾"),
    # a member's page on the portal's personal-space host
    ("<div class='name'><a href='https://i.example-auto.com.cn/12345678'>何文卓</a></div>"
     "<span class='time'>2025年6月5日 07:03</span>", "", "何文卓"),
    # people listed with commas in the author element; a name and a place is one person
    ("<span class='author'>Jure Kranjc, Nina Zupan</span> <span>27. 11. 2026 | 07:30</span>", "",
     "Jure Kranjc, Nina Zupan"),
    ("<span class='author'>Jane Whitfield, Staff Writer</span> <span>June 5, 2025</span>", "", "Jane Whitfield"),
])
def test_author_elements_and_links(meta: str, above: str, expected: str) -> None:
    assert record(en_page(meta=meta, above=above)).author == expected


@pytest.mark.parametrize(("head", "expected"), [
    ("<meta name='parsely-author' content='Jane Whitfield'>", "Jane Whitfield"),
    ("<meta name='sailthru.author' content='Jane Whitfield'>", "Jane Whitfield"),
    ("<meta name='byl' content='By Jane Whitfield and Omar Haddad'>", "Jane Whitfield, Omar Haddad"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", "author": '
     '[{"@type": "Person", "name": "Jane Whitfield"}, {"@type": "Person", "name": "Omar Haddad"}]}</script>',
     "Jane Whitfield, Omar Haddad"),
])
def test_author_from_page_data(head: str, expected: str) -> None:
    assert record(en_page(head=head)).author == expected


@pytest.mark.parametrize("head", [
    "<meta name='DC.creator' content='Institute for Vehicle Systems'>",  # an organisation, not a person
    "<meta name='author' content='Parts Daily Editorial Team'>",
    '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
    '"name": "Midwest Parts Association"}}</script>',
])
def test_organisations_in_page_data_are_no_author(head: str) -> None:
    assert record(en_page(head=head)).author is None


@pytest.mark.parametrize("meta", [
    "<a href='/authors/'>All authors</a>",  # a link to the writers' index is no name
    "<div class='author-tools'><a href='#'>Follow</a></div>",
    "<div class='article-author'><a href='#'>Share</a></div>",
])
def test_author_like_elements_that_name_no_person(meta: str) -> None:
    assert record(en_page(meta=meta)).author is None


# ---------------------------------------------------------------- Chinese credit lines and editorial chains
@pytest.mark.parametrize(("meta", "before_body", "after_body", "author", "editor"), [
    # role words without colons, a media name before the role, bars between role and name
    ("", "", "<p>汽车商报记者 王晓峰 编辑 李文静 校对 赵一鸣</p>", "王晓峰", "李文静"),
    ("<span>汽配日报记者 王晓峰 汽配日报编辑 李文静</span><span>2024-06-07 10:20</span>", "", "", "王晓峰", "李文静"),
    ("", "<p>汽配新闻记者 | 王晓峰</p><p>汽配新闻编辑 | 李文静</p>", "", "王晓峰", "李文静"),
    ("汽配日报记者 王晓峰 2024-06-07 10:20 来源：汽配日报", "", "", "王晓峰", None),  # 来源 is no name
    # the responsible editor, not the plain editor, when both are credited; nobody of the chain wrote it
    ("", "", "<p>编辑：王晓峰 责任编辑：李文静</p>", None, "李文静"),
    ("", "", "<p>审核：赵一鸣 校对：钱多多 编辑：李文静</p>", None, "李文静"),
    # a staff code after the editor's name is no part of it; a code alone is no editor
    ("", "", "<p>(责任编辑：李文静 QC017)</p>", None, "李文静"),
    ("", "", "<p>责任编辑：QC017</p>", None, None),
    # a byline split over consecutive credit lines is one byline; an editor line ends the run
    ("", "<p>本报实习生 刘晓东 周敏</p><p>本报记者 王晓峰 方云</p>", "", "刘晓东 周敏 王晓峰 方云", None),
    ("", "<p>本报记者 王晓峰</p><p>通讯员 李文静</p>", "", "王晓峰 李文静", None),
    ("", "<p>本报记者 王晓峰</p><p>编辑 李文静</p>", "", "王晓峰", "李文静"),
    # labelled roles with colons on one line: the reporter and the correspondent are both writers
    ("", "", "<p>记者：王晓峰 / 通讯员：李文静 / 编辑：方云 / 审核：赵一鸣</p>", "王晓峰 李文静", "方云"),
    # a transliterated name joined by a middle dot is one name
    ("", "<p>记者 阿卜杜拉·艾力 通讯员 马晓燕</p>", "", "阿卜杜拉·艾力 马晓燕", None),
    # the byline's 作者 above the text and the credit line opening it: the line's writers, all of them
    ("<span>作者：曾凡</span><span>2024-06-07 10:20</span>", "<p>湖南日报全媒体记者 曾凡 通讯员 彭立</p>", "",
     "曾凡 彭立", None),
    # ... but one role with a name and the account beside it (作者：X <a>ACCOUNT</a>) is the name alone
    ("<span>作者：江婷婷</span> <a href='/gzh/qpqs/'>汽配前哨</a></div><div class='t'>2024-06-07 10:20", "", "", "江婷婷", None),
])
def test_chinese_credit_lines(meta: str, before_body: str, after_body: str, author: str | None,
                              editor: str | None) -> None:
    rec = record(zh_page(meta=meta, before_body=before_body, after_body=after_body),
                 url="https://news.example.cn/a/2024/0607/1234.html")
    assert (rec.author, rec.editor) == (author, editor)


def test_plain_editor_alone_is_still_the_byline() -> None:
    rec = record(zh_page(after_body="<p>来源：汽配日报 编辑：李文静</p>"), url="https://news.example.cn/a/1.html")
    assert (rec.author, rec.editor) == ("李文静", "李文静")


# ---------------------------------------------------------------- sources
@pytest.mark.parametrize(("meta", "after_body", "expected"), [
    # a photo credit's agency is no source; the account the piece came from is
    ("<span>汽配观察 2024-06-07 20:10</span>", "<p>本文来自微信公众号：汽配观察 （ID：qpgc2020），作者：王晓峰，题图来自：图虫创意</p>",
     "汽配观察"),
    ("2024-06-07 10:20 图片来源：视觉中国", "", None),
    ("2024-06-07 10:20 来源：视觉中国", "", None),  # a photo agency credited as the source of an article
    ("2024-06-07 10:20 来源：头条号 汽修老李", "", "汽修老李"),
    # a stray 于 of 来源于 is no part of the name
    ("2024-06-07 10:20 来源于：汽车商报", "", "汽车商报"),
    # a whole byline line is no source: the organisation that opens it is
    ("<span class='source'>汽车日报／ 記者王晓峰／台北即時報導</span>", "", "汽车日报"),
    # a clock in another script is no source
    ("<span>2024年6月7日 9時12分</span>", "", None),
    # a medium's name beside the date among labelled fields, counters, tags and bars
    ("<span>2024-06-07 11:32</span> | <span>汽车服务世界</span> | <span>作者：王晓峰</span> | <span>阅读 3562</span>", "",
     "汽车服务世界"),
    ("<span>汽配日报 原创</span> <span>2024-06-07 10:44</span> <span>作者：王晓峰</span>", "", "汽配日报"),
])
def test_zh_sources(meta: str, after_body: str, expected: str | None) -> None:
    rec = record(zh_page(meta=meta, after_body=after_body), url="https://news.example.cn/a/2024/0607/1234.html")
    assert rec.source == expected


@pytest.mark.parametrize(("meta", "before_body", "after", "expected"), [
    # a wire agency credited under the byline or in the dateline
    ("<div class='by'><a href='/staff/'>Jane Whitfield</a></div><div class='by'>Associated Press</div>", "", "",
     "Associated Press"),
    ("<p>By Jane Whitfield, Reuters</p>", "", "", "Reuters"),
    ("", "<p>DETROIT, June 5 (Reuters) - The plant will hire about one hundred workers over the coming months, "
     "the company said.</p>", "", "Reuters"),
    # a press release names its issuer on its last line
    ("", "", "<p>SOURCE Midwest Brake Systems Inc.</p>", "Midwest Brake Systems Inc."),
    ("<p>Source: Midwest Parts Association</p>", "", "", "Midwest Parts Association"),
    # a photo agency in a caption is no source
    ("", "<p>A worker inspects a caliper at the plant. Jane Whitfield, AP</p>", "", None),
])
def test_latin_sources(meta: str, before_body: str, after: str, expected: str | None) -> None:
    assert record(en_page(meta=meta, before_body=before_body, after=after)).source == expected


# ---------------------------------------------------------------- record-side label cleaning
@pytest.mark.parametrize(("meta", "field", "expected"), [
    ("作者：文静 2024-06-07 10:20", "author", "文静"),  # a name opening with 文 keeps it
    ("<span class='author'>Byron Hale</span> <span>June 5, 2025</span>", "author", "Byron Hale"),
    ("2024-06-07 10:20 来源：编辑部", "source", "编辑部"),
])
def test_names_that_open_with_label_characters_are_kept(meta: str, field: str, expected: str) -> None:
    rec = record(zh_page(meta=meta), url="https://news.example.cn/a/2024/0607/1234.html")
    assert getattr(rec, field) == expected


@pytest.mark.parametrize(("meta", "before_body", "expected"), [
    ("<span>김민준 기자</span> <span>입력 2025.06.05 09:12</span>", "", "김민준"),
    ("", "<p>(서울=연합뉴스) 김민준 기자 = 브레이크 부품 업체가 공장 증설에 나선다.</p>", "김민준"),
    ("<span>김민준·이서연 기자 minjun@example.kr</span>", "", "김민준 이서연"),
    ("<span>산업부 기자</span>", "", None),  # a desk, no name
])
def test_korean_reporter_credits(meta: str, before_body: str, expected: str | None) -> None:
    assert record(en_page(meta=meta, before_body=before_body)).author == expected


def test_korean_reporter_word_inside_a_sentence_is_no_credit() -> None:
    line = "<p>현장 담당 기자 여러 명이 공장을 찾았다.</p>"
    assert record(en_page(before_body=line)).author is None


@pytest.mark.parametrize(("after", "editor"), [
    ("<p>Reporting by Nora Ellison in Detroit; Additional reporting by Kenji Arai in Tokyo; Editing by Mark Potter</p>",
     "Mark Potter"),
    ("<p>(Reporting by Nora Ellison; Editing by Mark Potter and Jan Harvey)</p>", "Mark Potter, Jan Harvey"),
    ("<p>Reporting by Nora Ellison in Detroit</p>", None),
])
def test_a_wire_sign_off_names_the_editor(after: str, editor: str | None) -> None:
    assert record(en_page(after=after)).editor == editor


def test_a_source_that_is_the_site_itself_is_kept_when_the_document_title_is_only_the_site_name() -> None:
    """An association's release: <title> and logo give only its name, and 来源： names it too -- the
    source, not a copy of the headline."""
    html = ("<html><head><meta charset='utf-8'><title>汽车配件行业协会</title></head><body>"
            "<div class='logo'><img src='/logo.png' alt='汽车配件行业协会'></div>"
            "<div class='nav'><a href='/'>首页</a> <a href='/data/'>产销数据</a></div>"
            f"<div class='con_title'>{ZH_TITLE}</div><div class='con_info'><span>发布时间：2024-06-07</span> "
            "<span>来源：汽车配件行业协会</span></div>"
            f"<div class='con_text'>{ZH_BODY}</div></body></html>")
    rec = record(html, url="https://www.assoc.example.org.cn/data/2024/0607/77.html")
    assert (rec.title, rec.source, rec.author) == (ZH_TITLE, "汽车配件行业协会", None)


@pytest.mark.parametrize(("meta", "author", "source"), [
    # adjacent spans without a space: a relative time or a year-less date runs on after the name
    ("<span class='src'>来源：新能源车情报</span><span class='author'>作者：沈磊</span><span class='time'>昨天 09:05</span>",
     "沈磊", "新能源车情报"),
    ("<span class='src'>来源：中部汽配网</span><span class='time'>03-10 11:28</span><span class='read'>17.1万阅读</span>",
     None, "中部汽配网"),
    ("<span class='author'>作者：程静</span><span class='time'>刚刚</span>", "程静", None),
    # ... and a counter: <span>来源：财联社</span><span>阅读 5.2W</span>
    ("<span>2026-11-29 14:05</span><span>来源：汽配快讯</span><span>阅读 5.2W</span>", None, "汽配快讯"),
])
def test_credits_run_together_with_a_time_by_adjacent_elements(meta: str, author: str | None, source: str | None) -> None:
    rec = record(zh_page(meta=meta), url="https://m.example.cn/news/20240607/325966.html")
    assert (rec.author, rec.source) == (author, source)


@pytest.mark.parametrize(("meta", "author"), [
    # names in scripts without letter case; author labels and writer links in more languages
    ("<div class='author'>By <a href='/author/anil-kumar'>अनिल कुमार</a></div>", "अनिल कुमार"),
    ("<span class='author'>ผู้เขียน ธนพล ศรีสุข</span>", "ธนพล ศรีสุข"),
    ("<div class='credit-title-name'><span>Penulis</span> <a href='/penulis/andi-pratama'>Andi Pratama</a></div>",
     "Andi Pratama"),
])
def test_bylines_in_more_scripts_and_languages(meta: str, author: str) -> None:
    assert record(en_page(meta=meta)).author == author


@pytest.mark.parametrize(("meta", "source"), [
    # a wire agency in the byline box, the dateline city beside it: the agency is the source, nobody the author
    ("<div class='author-info'><span class='MainStory_auth'>Press Trust of India</span> "
     "<span class='MainStory_city'>New Delhi</span></div>", "Press Trust of India"),
    ("<div class='info'><span class='autor'>Lusa</span> <span class='data'>05 de junho de 2025 às 09:12</span></div>", "Lusa"),
])
def test_a_wire_agency_in_the_byline_is_the_source(meta: str, source: str) -> None:
    rec = record(en_page(meta=meta))
    assert (rec.source, rec.author) == (source, None)


# ---------------------------------------------------------------- a source that is a person
@pytest.mark.parametrize(("after_body", "meta", "author", "source"), [
    # 来源: a family name and a given name, nobody else credited: the writer
    ("<p>来源: 尹娟</p>", "", "尹娟", "尹娟"),
    ("<p>来源：欧阳晓</p>", "", "欧阳晓", "欧阳晓"),
    # a named author outranks it
    ("<p>来源：尹娟</p>", "<span>作者：王明</span>", "王明", "尹娟"),
    # organisations and brands are no persons: 易车, 金融界 and 和讯 open with a family name's character
    ("<p>来源：易车</p>", "", None, "易车"),
    ("<p>来源：金融界</p>", "", None, "金融界"),
    ("<p>来源：和讯</p>", "", None, "和讯"),
    ("<p>来源：新华社</p>", "", None, "新华社"),
    ("<p>来源：汽车之家</p>", "", None, "汽车之家"),
])
def test_a_source_named_as_a_person_is_the_author(after_body, meta, author, source):
    rec = record(zh_page(meta=meta, after_body=after_body), url="https://auto.example.cn/news/2025/0605/8812.html")
    assert (rec.author, rec.source) == (author, source)


@pytest.mark.parametrize(("meta", "before_body", "source"), [
    # the medium named before its reporter on the byline line, no labelled source
    ("<p><span>经济观察网</span> <span>记者 邵明川 卢佳</span></p>", "", "经济观察网"),
    ("", "<p>新京报记者 王晓 北京报道</p>", "新京报"),
    # 本报 ("this paper") names no medium
    ("<p>本报记者 王晓</p>", "", None),
    # a medium printed beside the date outranks it
    ("<p>2025-06-05 09:12 光明网</p><p>光明日报记者 王建宏</p>", "", "光明网"),
])
def test_the_medium_before_its_reporter_is_the_source(meta, before_body, source):
    rec = record(zh_page(meta=meta, before_body=before_body), url="https://auto.example.cn/news/2025/0605/8813.html")
    assert rec.source == source


@pytest.mark.parametrize(("meta", "editor"), [
    ("<div class='editedBy'>Edited By: <span>रवि शर्मा</span></div>", "रवि शर्मा"),
    ("<div class='credit'><span>Editor</span> <a href='/editor/sari-wulandari'>Sari Wulandari</a></div>", "Sari Wulandari"),
    ("<p>Redakteurin: Anna Weber</p>", "Anna Weber"),
    # a sentence opening with the word is no credit
    ("<p>Editor choice awards go to three suppliers this year, the jury said.</p>", None),
])
def test_an_editor_labelled_in_another_language(meta, editor):
    assert record(en_page(meta=meta)).editor == editor


def test_bilingual_labels_are_read_as_the_chinese_label() -> None:
    """A bilingual site prints the label's English translation after it: 作者 Author X, 来源 Source：X."""
    meta = ("<span>发布 Published <time datetime='2025-02-06T00:14:00+00:00'>2025年2月6日</time></span> "
            "<span>作者 Author <a href='#author'>任宇航</a></span> <span>来源 Source：工业和信息化部</span>")
    rec = record(zh_page(meta=meta), url="https://assoc.example.cn/news/policy/e-drive-forum/")
    assert (rec.author, rec.source, rec.published_date) == ("任宇航", "工业和信息化部", "2025-02-06")


@pytest.mark.parametrize("line", [
    "<p>记者 阿卜杜拉·艾力 通讯员 马晓燕</p>",
    "<p>橙柿互动·都市快报 记者 宋婷 通讯员 何晓东</p>",  # the outlet, a space, then the role
])
def test_credit_lines_opening_the_text_are_no_body(line: str) -> None:
    rec = record(zh_page(before_body=line), url="https://news.example.cn/a/2024/0607/1234.html")
    assert "通讯员" not in rec.body_text

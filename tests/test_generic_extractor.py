"""Generic article extractor on hand-written page layouts (tests/fixtures/generic/*.html + .json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from parsel import Selector

from autoparts_crawler.extraction.analysis import analyze_page
from autoparts_crawler.extraction.classify import classify_page
from autoparts_crawler.extraction.credits import extract_author
from autoparts_crawler.extraction.dates import extract_published
from autoparts_crawler.extraction.generic import extract_body, extract_generic, extract_title

FIX = Path(__file__).parent / "fixtures" / "generic"
ARTICLES = ["portal_cn", "dede_brbr", "english_blog", "hostile_table"]
RELATED_FIELDS = ("title", "url", "category", "date_raw", "views_raw", "tag")


def load(name: str) -> tuple[Selector, dict]:
    expected = json.loads((FIX / f"{name}.json").read_text("utf-8"))
    return Selector(text=(FIX / f"{name}.html").read_text("utf-8")), expected


@pytest.mark.parametrize("name", ARTICLES)
def test_article_fields_match_expected(name: str) -> None:
    sel, exp = load(name)
    art = extract_generic(analyze_page(sel, exp["url"]))
    assert art.extractor == "generic"
    for key, value in exp.items():
        if key in ("url", "kind", "related_count", "related_first"):
            continue
        got = getattr(art, key)
        if key == "related":
            got = [{f: getattr(r, f) for f in RELATED_FIELDS} for r in got]
        assert got == value, key


@pytest.mark.parametrize("name", [*ARTICLES, "list_page", "about_page"])
def test_classify(name: str) -> None:
    sel = Selector(text=(FIX / f"{name}.html").read_text("utf-8"))
    expected = {"about_page": "other"}.get(name) or json.loads((FIX / f"{name}.json").read_text("utf-8"))["kind"]
    assert classify_page(analyze_page(sel, "http://example.test/x.html")) == expected


def test_hostile_page_keeps_table_and_drops_comments_and_long_related_list() -> None:
    sel, exp = load("hostile_table")
    art = extract_generic(analyze_page(sel, exp["url"]))
    assert art.paragraphs == exp["paragraphs"]  # table rows joined by TAB, in order
    assert not any("楼" in p for p in art.paragraphs)  # 30 comments stay out
    assert len(art.related) == exp["related_count"]  # the related list is longer than the article
    first = art.related[0]
    assert {f: getattr(first, f) for f in RELATED_FIELDS} == exp["related_first"]


def test_sidebar_and_prev_next_are_not_related() -> None:
    sel, exp = load("dede_brbr")
    urls = [r.url for r in extract_generic(analyze_page(sel, exp["url"])).related]
    assert all("2040" not in u and "2060" not in u for u in urls)  # 上一篇/下一篇 and 最新文章


def test_later_page_title_loses_page_suffix_and_points_to_next_page() -> None:
    sel, exp = load("dede_brbr")
    assert extract_title(analyze_page(sel, exp["url"])) == exp["title"]
    art = extract_generic(analyze_page(sel, exp["url"]))
    assert art.next_page_url == exp["next_page_url"]
    assert art.author == "许可" and not any(p.startswith("文/") for p in art.paragraphs)


def test_last_page_has_no_next_page() -> None:
    html = """<html><body><h1>标题一二三四</h1><div class="content"><p>第一段内容，文字足够长，用来测试分页逻辑是否正确。</p>
    <p>第二段内容，同样是正文，包含标点。</p></div><div class="pages"><a href="9_1.html">1</a><a href="9_2.html">2</a>
    <span>3</span></div></body></html>"""
    art = extract_generic(analyze_page(Selector(text=html), "http://x.test/a/9_3.html"))
    assert art.next_page_url is None


def test_whitespace_is_collapsed_and_brbr_splits() -> None:
    html = ("<html><body><div class='article-content'><p>\u3000\u3000第一句，\u00a0有空格。</p>"
            "甲段文字，足够长的一句话。<br><br>乙段文字，也是一句完整的话。<br>续行</div></body></html>")
    body = extract_body(analyze_page(Selector(text=html), "http://x.test/"))
    assert body == ["第一句， 有空格。", "甲段文字，足够长的一句话。", "乙段文字，也是一句完整的话。 续行"]


def test_publish_time_beats_update_time() -> None:
    html = """<html><head><title>标题测试页面</title></head><body><h1>标题测试页面</h1>
    <div class="info">更新时间：2024-02-02 10:00 发布时间：2024-01-01 08:00</div>
    <div class="content"><p>正文第一段，说明了事情的经过和结果。</p><p>正文第二段，补充了更多的背景信息。</p></div></body></html>"""
    assert extract_published(analyze_page(Selector(text=html), "http://x.test/")) == "2024-01-01 08:00"


def test_script_and_style_never_leak() -> None:
    sel, exp = load("portal_cn")
    assert not any("not text" in p or "color" in p for p in extract_body(analyze_page(sel, exp["url"])))


# ---------------------------------------------------------------- author / date decisions
def _page(head: str, body: str) -> Selector:
    return Selector(text=f"<html><head>{head}</head><body>{body}</body></html>")


PARAS = ("<p>第一段正文，讲述了事情的起因和经过，内容足够长，用来构成正文。</p>"
         "<p>第二段正文，继续补充更多的细节和背景信息，同样包含标点符号。</p>"
         "<p>第三段正文，对事件的影响做出了分析，并给出了相关的结论。</p>")


def test_author_label_takes_names_and_stops_at_next_label() -> None:
    sel = _page("<title>测试标题甲乙丙</title>",
                "<h1>测试标题甲乙丙</h1><div>编辑：金金 来源：某报 作者：宋怡 杨志华 阅读(1660)</div>"
                f"<div class='content'>{PARAS}</div>")
    assert extract_author(analyze_page(sel, "http://x.test/")) == "宋怡 杨志华"


def test_author_label_with_markup_garbage_is_no_name() -> None:
    sel = _page("<title>测试标题甲乙丙</title>",
                "<h1>测试标题甲乙丙</h1><div>作者： size=\"20\" 来源： size=\"20\"</div>"
                f"<div class='content'>{PARAS}</div>")
    assert extract_author(analyze_page(sel, "http://x.test/")) is None


def test_reporter_credit_at_body_start() -> None:
    sel = _page("<title>测试标题甲乙丙</title>",
                f"<h1>测试标题甲乙丙</h1><div class='content'><p>本报记者 王小明 北京报道</p>{PARAS}</div>")
    assert extract_author(analyze_page(sel, "http://x.test/")) == "王小明"


def test_reporter_verb_in_sentence_is_not_a_credit() -> None:
    sel = _page("<title>测试标题甲乙丙</title>",
                f"<h1>测试标题甲乙丙</h1><div class='content'><p>记者了解到，这项工作已经在全市范围内推开，效果明显。</p>"
                f"{PARAS}</div>")
    assert extract_author(analyze_page(sel, "http://x.test/")) is None


@pytest.mark.parametrize(("tail", "expected"), [
    ("（记者 胡晓蓉）", "胡晓蓉"),
    ("（常书香 马丹阳 ）", "常书香 马丹阳"),
    ("（姚峰 上海报道）", "姚峰"),
    ("（完）", None),
    ("（新华社）", None),
])
def test_end_of_article_credit(tail: str, expected: str | None) -> None:
    sel = _page("<title>测试标题甲乙丙</title>",
                f"<h1>测试标题甲乙丙</h1><div class='content'>{PARAS}"
                f"<p>最后一段正文，说明了后续的安排和计划。{tail}</p></div>")
    assert extract_author(analyze_page(sel, "http://x.test/")) == expected


def test_forum_post_header_gives_author_and_publish_time() -> None:
    sel = _page("<title>博客</title>",
                "<div class='side'><p>湘菜粤菜 兵分两路 2005-06-01 10:00:00</p></div>"
                f"<div class='post'><h3>湘菜粤菜 兵分两路</h3>{PARAS}"
                "<p>由海姑娘张贴 @ 2005-06-14 03:25:55 (370) 共 11 篇评论</p></div>")
    assert extract_author(analyze_page(sel, "http://x.test/")) == "海姑娘"
    assert extract_published(analyze_page(sel, "http://x.test/")) == "2005-06-14 03:25:55"


def test_site_like_meta_author_and_organization_ld_author_are_rejected() -> None:
    sel = _page('<title>测试标题甲乙丙</title><meta name="author" content="www.yunnan.cn,云南日报报业集团,云南网">'
                '<script type="application/ld+json">{"@type": "Article", "author": '
                '{"@type": "Organization", "name": "维基媒体项目贡献者"}}</script>',
                f"<h1>测试标题甲乙丙</h1><div class='content'>{PARAS}</div>")
    assert extract_author(analyze_page(sel, "http://x.test/")) is None
    sel = _page('<title>测试标题甲乙丙</title><meta name="author" content="李楠">',
                f"<h1>测试标题甲乙丙</h1><div class='content'>{PARAS}</div>")
    assert extract_author(analyze_page(sel, "http://x.test/")) == "李楠"


def test_name_only_line_under_headline() -> None:
    sel = _page("<title>犬儒病</title>", f"<h1>犬儒病</h1><p>胡平</p><div class='content'>{PARAS}</div>")
    assert extract_author(analyze_page(sel, "http://x.test/")) == "胡平"


def test_dates_labelled_as_something_else_are_skipped() -> None:
    sel = _page("<title>测试标题甲乙丙</title>",
                "<h1>测试标题甲乙丙</h1><div>Blog信息 建立于:2004年10月6日</div>"
                "<div>陈天华《警世钟》 ggjjzhzz 发表于 2005-9-15 11:46:00</div>"
                f"<div class='content'>{PARAS}</div>")
    assert extract_published(analyze_page(sel, "http://x.test/")) == "2005-9-15 11:46:00"
    assert extract_author(analyze_page(sel, "http://x.test/")) == "ggjjzhzz"


def test_update_stamp_as_only_header_date_beats_dates_in_lists_below() -> None:
    sel = _page("<title>测试标题甲乙丙</title>",
                "<div class='main'><h1>测试标题甲乙丙</h1><div>2005-04-27 14:32更新 来源：千龙新闻网</div>"
                f"<div class='content'>{PARAS}</div>"
                "<div>·另一篇新闻的标题在这里 (2005-04-20 17:03PM)</div></div>")
    assert extract_published(analyze_page(sel, "http://x.test/")) == "2005-04-27 14:32"


def test_date_only_meta_gives_way_to_same_day_visible_time() -> None:
    sel = _page('<title>测试标题甲乙丙</title><meta property="article:published_time" content="2022-02-13">',
                "<h1>测试标题甲乙丙</h1><div>2022-02-13 07:48 来源：某报</div>"
                f"<div class='content'>{PARAS}</div>")
    assert extract_published(analyze_page(sel, "http://x.test/")) == "2022-02-13 07:48"


# ---------------------------------------------------------------- body decisions
EN_PARAS = "".join(
    f"<p>Paragraph {i} of the story explains what happened, who was involved, and why it matters to readers.</p>"
    for i in range(6))


def test_class_name_hints_match_whole_tokens() -> None:
    from lxml import html as lhtml

    from autoparts_crawler.extraction.blocks import is_boiler

    def el(cls: str):
        return lhtml.fromstring(f'<div class="{cls}">x</div>')

    for cls in ("m-rec", "post_rec", "app-banner", "x-stat", "page-foot", "js-unfold"):
        assert is_boiler(el(cls), "div"), cls
    for cls in ("recipe", "statement-content", "footnote-text", "apple", "unfolding-story"):
        assert not is_boiler(el(cls), "div"), cls


def test_english_furniture_lines_are_dropped() -> None:
    sel = _page("<title>A headline about things</title>",
                f"<article><h1>A headline about things</h1><div class='entry-content'>"
                "<p class='dpsp-share-text'>Sharing is caring!</p>"
                f"{EN_PARAS}<figure><img src='a.jpg'>Jane Doe/Getty Images</figure>"
                "<p>Get the latest updates right in your inbox. Subscribe to our newsletters.</p>"
                "<p>(Reporting by Jane Doe; Editing by John Roe)</p>"
                "<div class='Newsletter'><h3>Pick Six Newsletter</h3><p>Sign up today.</p></div>"
                "</div></article>")
    body = extract_body(analyze_page(sel, "http://x.test/"))
    assert len(body) == 6 and all(p.startswith("Paragraph") for p in body)


def test_mixed_sidebar_and_article_body_name_is_still_the_body() -> None:
    sel = _page("<title>A headline about things</title>",
                "<p>We use cookies to improve your experience, show personalized content and target ads. "
                "By choosing I Accept, you consent to our use of cookies and other tracking technologies here.</p>"
                f"<article><h1>A headline about things</h1><div class='l-sidebar-fixed l-article-body-segment'>"
                f"<div class='c-entry-content'>{EN_PARAS}</div></div></article>")
    body = extract_body(analyze_page(sel, "http://x.test/"))
    assert len(body) == 6 and body[0].startswith("Paragraph 0")


def test_heading_deep_in_the_article_is_not_the_headline_cut() -> None:
    sel = _page("<title>Reviews</title>",
                f"<div class='content'><h1>Diet plan for two weeks</h1>{EN_PARAS}<h1>Reviews</h1>"
                "<p>Add a review of this plan, tell us how it went for you and what you changed.</p></div>")
    body = extract_body(analyze_page(sel, "http://x.test/"))
    assert sum(p.startswith("Paragraph") for p in body) == 6


def test_loose_paragraphs_in_a_cell_full_of_furniture_are_the_body() -> None:
    # the article's <p>s sit directly in a layout cell that also holds long link/ad tables:
    # every whole container scores below the run of adjacent paragraphs
    links = "".join(f"<tr><td><a href='/n{i}.html'>[推荐] 另一条新闻的标题第{i}条在这里</a></td></tr>" for i in range(40))
    ads = "".join(f"<tr><td><a href='/a{i}'>招商加盟赚大钱项目</a></td><td><a href='/b{i}'>健康好项目</a></td></tr>"
                  for i in range(30))
    sel = _page("<title>测试标题甲乙丙</title>",
                "<table><tr><td><table><tr><td><a href='/'>首页</a></td><td><a href='/g'>国内</a></td></tr></table>"
                f"<p>测试标题甲乙丙</p>{PARAS * 2}<table>{links}</table><table>{ads}</table>"
                "</td></tr><tr><td><p>本站声明：网站内容由合作方提供，合作方负责内容的真实性和合法性。</p></td></tr>"
                "</table>")
    body = extract_body(analyze_page(sel, "http://x.test/"))
    assert body[0].startswith("第一段正文") and len(body) == 6
    assert not any("推荐" in p or "本站声明" in p for p in body)


def test_multi_post_archive_keeps_only_the_first_post() -> None:
    post = ("<div class='post'><div class='post-title'>{t}\t2005-03-{d} 01:20:44</div>"
            "<div class='post-body'>{body}</div>"
            "<div class='post-foot'>由海姑娘张贴 @ 2005-03-{d} 01:20:44 ({d}) 共 3 篇评论 发表评论 &gt;&gt;&gt;</div></div>")
    first = "<p>第一篇日记的正文，写的是周末去金矿游玩的经过，风景很好，人也很多，非常难忘。</p>" * 5
    other = PARAS
    sel = _page("<title>博客</title>",
                "<div class='posts'>" + post.format(t="昨天去金矿玩", d=21, body=first)
                + post.format(t="长发剪了", d=18, body=other) + post.format(t="雪景", d=15, body=other) + "</div>")
    body = extract_body(analyze_page(sel, "http://x.test/"))
    assert body and all(p.startswith("第一篇日记") for p in body)


def test_share_bars_between_items_end_the_body_but_not_around_one_article() -> None:
    bar = "<div class='bar'><a href='#'>Whatsapp</a> <a href='#'>Facebook</a> <a href='#'>Pinterest</a></div>"
    items = "".join(f"<p>Quote number {i} says that life asks for courage and hope, and that we should do our best "
                    f"every single day, whatever happens around us, and that love is what keeps a family together.</p>{bar}"
                    for i in range(5))
    sel = _page("<title>Quotes</title>", f"<div class='entry'><h1>Quotes</h1>{bar}{items}</div>")
    assert extract_body(analyze_page(sel, "http://x.test/")) == [
        "Quote number 0 says that life asks for courage and hope, and that we should do our best every single day, "
        "whatever happens around us, and that love is what keeps a family together."]
    sel = _page("<title>Story</title>", f"<div class='entry'><h1>Story</h1>{bar}{EN_PARAS}{bar}</div>")
    assert len(extract_body(analyze_page(sel, "http://x.test/"))) == 6


@pytest.mark.parametrize(("tail", "expected"), [
    ("<p>来源：某某日报 编辑：苏某</p>", "苏某"),  # plain 编辑 and no author anywhere: the byline
    ("<p>（ 责任编辑：魏某 ）</p>", None),  # the desk editor is no author
    ("<p>作者：李某</p><p>编辑：苏某</p>", "李某"),  # a labelled author wins
])
def test_plain_editor_label_is_the_author_only_when_no_author_is_credited(tail: str, expected: str | None) -> None:
    sel = _page("<title>测试标题甲乙丙</title>", f"<h1>测试标题甲乙丙</h1><div class='content'>{PARAS}{tail}</div>")
    assert extract_author(analyze_page(sel, "http://x.test/")) == expected


def test_blog_post_footer_poster_beats_a_reporter_credit_in_a_reposted_story() -> None:
    sel = _page("<title>博客</title>",
                "<div class='post'><p>本报讯 （实习记者 樊某 记者张某）十三岁的孩子离家出走，家人四处寻找，最后在车站找到。</p>"
                f"{PARAS}</div><div class='foot'>作者:zboygirl 阅读(1660) 评论(5) 发表于:2005-07-31 12:30</div>")
    assert extract_author(analyze_page(sel, "http://x.test/")) == "zboygirl"


@pytest.mark.parametrize(("meta", "expected"), [
    ("作者： 来源： 发布日期： 9/17/2004 5:54:13 AM", "9/17/2004 5:54:13 AM"),  # raw; order is normalization's
    ("发表时间： 06/02/2022 - 13:48", "06/02/2022 - 13:48"),
])
def test_numeric_year_last_dates_are_read_raw(meta: str, expected: str) -> None:
    sel = _page('<title>测试标题甲乙丙</title><meta property="article:published_time" content="2022-02-06T12:48:06+00:00">',
                f"<h1>测试标题甲乙丙</h1><div>{meta}</div><div class='content'>{PARAS}</div>")
    assert extract_published(analyze_page(sel, "http://x.test/")) == expected


@pytest.mark.parametrize(("rows", "expected"), [
    ("<tr><td>成文日期：</td><td>2022年01月27日</td></tr><tr><td>发布日期：</td><td>2022年01月28日</td></tr>", "2022年01月28日"),
    ("<tr><td>成文日期：</td><td>2022年01月27日</td><td>发布时间：</td><td>2022-01-28</td></tr>", "2022-01-28"),
    ("<tr><td>发文机关：</td><td>市工信局</td></tr><tr><td>成文日期：</td><td>2022年01月27日</td></tr>", "2022年01月27日"),
])
def test_official_notice_date_is_its_publication_date_else_its_written_date(rows: str, expected: str) -> None:
    """发布日期 says when the notice was published; 成文日期 (when it was signed) stands in without one."""
    sel = _page("<title>关于某事项的通告</title>",
                f"<h1>关于某事项的通告</h1><table>{rows}</table><div class='content'>{PARAS}</div>")
    assert extract_published(analyze_page(sel, "http://x.test/")) == expected


def test_summary_list_items_with_a_linked_phrase_are_prose() -> None:
    items = "".join(
        f"<li><a href='/s{i}'>Company {i} said on Monday it would cut thousands of jobs across its offices in Europe "
        f"and Asia</a>. The decision follows a weak quarter. Analysts had expected the move for several months.</li>"
        for i in range(8))
    sel = _page("<title>Ten things you need to know today</title>",
                "<div class='post-content'><h1>Ten things you need to know today</h1>"
                f"<p>Good morning! This is the news you need to know this Tuesday.</p><ol>{items}</ol>"
                "<p>You can also subscribe to this newsletter here, and get it every morning in your inbox.</p></div>")
    body = extract_body(analyze_page(sel, "http://x.test/"))
    assert sum(p.startswith("Company") for p in body) == 8


def test_todays_date_in_a_search_bar_is_no_publish_date() -> None:
    sel = _page("<title>测试标题甲乙丙</title>",
                "<div class='dDetail'><h1>测试标题甲乙丙</h1>"
                "<div class='dSearch'>2022年02月12日 <a href='/old'>查看旧版</a></div>"
                f"<div class='content'>{PARAS}</div></div>")
    assert extract_published(analyze_page(sel, "http://x.test/")) is None


# ---------------------------------------------------------------- title fallback (no <title>/og/h1)
LEAD = ("<p>本报讯 记者来到这家医院，看到病人虚弱地躺在床上，医生介绍了病情和治疗的经过，家属表示感谢。</p>"
        "<p>小标题在这里</p><p>第二段正文，继续补充更多的细节和背景信息，同样包含标点符号，内容足够长。</p>")


@pytest.mark.parametrize(("body", "expected"), [
    # the heading-like line right above the body (a blog headline linking to itself)
    (f"<div class='side'><a href='/1'>另一篇文章</a></div><div><a href='/self'>女孩辍学后的故事(附图)</a></div>"
     f"<div class='txt'>{LEAD}</div>", "女孩辍学后的故事(附图)"),
    # a breadcrumb, then a short line opening the body, then the text
    (f"<div class='txt'><p>当前位置：首页->军事技术</p><p>飞行物理学常识</p>{LEAD}</div>", "飞行物理学常识"),
    # a question is a headline too
    (f"<div>评老冒：做最好的东西？</div><div class='txt'>{LEAD}</div>", "评老冒：做最好的东西？"),
])
def test_page_without_title_reference_takes_the_headline_line(body: str, expected: str) -> None:
    page = analyze_page(_page("", body), "http://x.test/a.html")
    assert extract_title(page) == expected
    paragraphs = extract_body(page)
    assert paragraphs[0].startswith("本报讯") and expected not in paragraphs
    assert "小标题在这里" in paragraphs  # a subheading inside the body is not taken as the headline


def test_page_without_any_headline_line_has_no_title() -> None:
    page = analyze_page(_page("", f"<div class='txt'>{LEAD}</div>"), "http://x.test/a.html")
    assert extract_title(page) is None


def test_short_post_with_related_list_inside_keeps_all_its_paragraphs() -> None:
    related = "".join(f"<li><a href='/p/{i}.html'>另一篇关于刹车片市场的新闻标题第{i}篇</a><small>（2025年11月{i}日）</small></li>"
                      for i in range(1, 9))
    sel = _page("<title>短文标题甲乙丙 – 配件观察</title>",
                "<article><h1>短文标题甲乙丙</h1><div class='entry-content'>"
                "<p>据消息，公司刹车片业务上半年营收同比增长27%。</p>"
                "<p>从渠道端看，配套市场的订单恢复速度快于预期，部分型号出现阶段性缺货，行业全年有望保持稳定增长。</p>"
                f"<div class='yarpp-related'><h3>相关文章:</h3><ol>{related}</ol></div></div></article>")
    body = extract_body(analyze_page(sel, "http://x.test/p/0.html"))
    assert body == ["据消息，公司刹车片业务上半年营收同比增长27%。",
                    "从渠道端看，配套市场的订单恢复速度快于预期，部分型号出现阶段性缺货，行业全年有望保持稳定增长。"]

"""Issue 12/11: a page's own script data completes its printed date; media accounts, site names
and meta lines in credits; a date and 来源 line printed above the headline.

Own small pages (not the corpus ones), through ``extract_article``.
"""

from __future__ import annotations

from autoparts_crawler.extract import extract_article

FETCHED = "2026-11-28T10:00:00+08:00"
BODY = "".join(
    f"<p>第{i}段：门店的变速箱维修业务今年增长明显，技师培训和配件备货都需要提前规划，这是行业的共识。</p>"
    for i in range(1, 5)
)


def _page(head: str, meta: str, script: str = "", above: str = "", title: str = "变速箱维修业务的三个变化") -> str:
    return (f"<html><head><meta charset='utf-8'>{head}<title>{title}</title>"
            f"<script>{script}</script></head><body>"
            "<div class='nav'><a href='/a'>首页</a><a href='/b'>汽车</a><a href='/c'>科技</a></div>"
            f"{above}<h1>{title}</h1><div class='info'>{meta}</div>"
            f"<div class='content'>{BODY}</div></body></html>")


def _extract(html: str, url: str = "https://news.example.cn/a/12345.html"):
    return extract_article(html.encode("utf-8"), url, fetched_at=FETCHED)


def test_yearless_printed_date_takes_the_year_of_script_data() -> None:
    html = _page("", "<span>10-08 12:00</span>", 'window.PAGE = {id: 7, pubtime: "2019-10-08 12:00:46"};')
    rec = _extract(html)
    assert rec.published_date == "2019-10-08"
    assert rec.published_at.startswith("2019-10-08T12:00")


def test_relative_printed_day_is_read_from_script_epoch() -> None:
    # 前天 printed when the page was rendered; the data says 2026-11-25 19:02:09 (+08:00)
    html = _page("", "<em>前天 19:02</em>", 'var ct = "1795604529";')
    rec = _extract(html)
    assert rec.published_at == "2026-11-25T19:02:09+08:00"


def test_script_key_with_a_value_that_is_no_date_is_ignored() -> None:
    html = _page("", "<span>2020-05-06 08:00</span>", 'var ctime = "loading"; var pubtime = "abc";')
    assert _extract(html).published_at.startswith("2020-05-06T08:00")


def test_account_name_is_the_source_not_the_author() -> None:
    meta = ("<span class='rich_nickname'><a href='javascript:;'>修车老王说</a></span>"
            "<span class='tag'>原创</span><div><em>2024年05月20日 08:30</em></div>")
    rec = _extract(_page("", meta))
    assert rec.source == "修车老王说"
    assert rec.author is None


def test_self_media_name_box_with_follow_button_is_the_account() -> None:
    meta = ("<p class='author-name'>轮胎百事通</p><span class='date'>发布时间：2018-03-08 23:16</span>"
            "<span class='follow'>+关注</span>")
    rec = _extract(_page("", meta))
    assert rec.source == "轮胎百事通"
    assert rec.author is None


def test_original_tag_and_dated_meta_line_are_no_source() -> None:
    meta = ("<span class='rich_media_meta tag'>原创</span>"
            "<span class='media_meta_list'>汽修观察 前天 江苏</span><em>2024-05-20 08:30</em>")
    rec = _extract(_page("", meta))
    assert rec.source not in ("原创", "汽修观察 前天 江苏")


def test_site_name_in_meta_author_is_no_author() -> None:
    head = "<meta property='og:site_name' content='车友头条'><meta name='author' content='车友头条'>"
    rec = _extract(_page(head, "<span>2024-05-20 08:30</span>"))
    assert rec.author is None


def test_ui_words_after_a_source_are_dropped() -> None:
    rec = _extract(_page("", "<span>2024-05-20 08:30</span> 来源：汽配日报 <a href='#c'>参与互动</a>"))
    assert rec.source == "汽配日报"


def test_date_and_source_printed_above_the_headline() -> None:
    above = ("<div class='top-time'><span>2019</span> <span>09/07</span> <span>19:02:21</span></div>"
             "<div class='origin'>来源：汽车观察网</div>")
    rec = _extract(_page("", "<span>字体：大 小</span>", above=above), url="https://news.example.cn/auto/c_1124.htm")
    assert rec.published_at == "2019-09-07T19:02:21+08:00"
    assert rec.source == "汽车观察网"


def test_short_mobile_article_with_a_bare_month_day_is_a_dated_article() -> None:
    # the meta line under the headline prints 07-20 without its year; fetched 2026-06-15, so the
    # latest 07-20 not after the fetch time is 2025-07-20
    html = ("<html><head><meta charset='utf-8'><title>轮毂出口回暖-汽配快讯</title></head><body>"
            "<header><a href='/'>汽配快讯</a></header><article><h1>轮毂出口回暖</h1>"
            "<div class='m-meta'><span class='m-src'>快讯号</span><span class='m-time'>07-20</span></div>"
            "<div class='m-body'><p>记者从一家轮毂企业获悉，该公司上半年出口订单同比增长，海外客户对轻量化产品的需求明显。"
            "预计全年产能将提升两成。</p></div></article></body></html>")
    rec = extract_article(html.encode("utf-8"), "https://m.example.cn/article/881.html",
                          fetched_at="2026-06-15T12:00:00+08:00")
    assert rec.published_date == "2025-07-20"


def test_bare_month_day_in_a_long_sentence_is_no_date() -> None:
    html = _page("", "<span>2021-03-05 09:00</span><span>比分 03-01 之后</span>")
    assert _extract(html).published_date == "2021-03-05"


def test_meta_author_that_is_the_logo_name_is_no_author() -> None:
    html = _page("<meta name='author' content='车讯'>", "<span>2024-05-20 08:30</span>")
    html = html.replace("<div class='nav'>", "<div class='top'><a class='logo' href='/'><img alt='车讯' src='/l.png'></a></div><div class='nav'>")
    assert _extract(html).author is None


def test_meta_author_sharing_the_site_brand_is_no_author() -> None:
    head = "<meta property='og:site_name' content='车讯网'><meta property='article:author' content='车讯汽车'>"
    assert _extract(_page(head, "<span>2024-05-20 08:30</span>")).author is None


def test_meta_author_that_is_a_person_stays() -> None:
    head = "<meta property='og:site_name' content='车讯网'><meta name='author' content='周宁'>"
    assert _extract(_page(head, "<span>2024-05-20 08:30</span>")).author == "周宁"

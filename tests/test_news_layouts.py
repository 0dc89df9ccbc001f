"""Issue 12: the news-layout corpus (``tests/fixtures/news_layouts/``) through ``extract_article``.

One test case per (page, field). Fields and how they are compared are in
:mod:`tools.news_layouts` (exact title/date/credits, ``published_at`` to the minute, body as
CJK-token F1 >= 0.95 plus "no boilerplate string in the body"). The truth files were written
before the extractor ever ran on the pages; the pages are never adjusted to pass.

Cases that fail today are listed in ``KNOWN_FAILURES`` with what goes wrong; they are strict
xfails, so a fix elsewhere turns them red here and whoever fixed it removes the entry.
Per-field figures by layout kind: ``python bench/news_layouts.py``.
"""

from __future__ import annotations

import itertools
import re

import pytest

from tools.news_layouts import FIELDS, KINDS, Case, check, extract, load_cases

CASES = load_cases()

#: (page, field) -> what goes wrong today (measured on the extractor of main at 65a8626).
KNOWN_FAILURES: dict[tuple[str, str], str] = {
    # ---- portal
    ("portal_chinanews_caption_credit", "source"): "the date line's 参与互动 link text is kept in source ('中国新闻网 参与互动')",
    ("portal_netease_report_button", "author"): "author comes from <meta name=author content=网易> (the site name)",
    ("portal_netease_report_button", "editor"): "the staff code stays on the editor ('王晓_NA3256')",
    ("portal_sina_meta_minute", "author"): "author comes from <meta property=article:author> (the site name 新浪汽车)",
    ("portal_sohu_yy_date", "body_clean"): "the 文/… 图/… credit line and the empty 责任编辑： line stay in the body",
    ("portal_tencent_short_date", "published_date"):
        "10-08 gets the latest-year guess (2026): the year in window.DATA pubtime and in the URL is not used",
    ("portal_tencent_short_date", "published_at"): "same year guess: 2026-10-08T12:00 instead of 2019-10-08T12:00:46",
    ("portal_xinhua_split_date", "published_at"):
        "the date split over year / day / time elements is not read; only the URL day is found, no time",
    ("portal_xinhua_split_date", "source"): "来源：新华网 in a div of its own above the headline is not found",
    # ---- self-media
    ("selfmedia_baijiahao_short_date", "published_date"):
        "发布时间：10-08 + 12:00 in separate spans, year only in window.jsonData: no date at all",
    ("selfmedia_baijiahao_short_date", "published_at"): "no date (see published_date)",
    ("selfmedia_baijiahao_short_date", "source"): "the 百家号 account name above the date is not read as a credit",
    ("selfmedia_baijiahao_yy_disclaimer", "published_date"):
        "the date and time spans are joined without a space ('18-03-0823:16') and not read; pageData.publish_time unused",
    ("selfmedia_baijiahao_yy_disclaimer", "published_at"): "no date (see published_date)",
    ("selfmedia_baijiahao_yy_disclaimer", "author"): "the account name (author-name class) is taken as the author",
    ("selfmedia_baijiahao_yy_disclaimer", "source"): "the account is not given as source",
    ("selfmedia_baijiahao_yy_disclaimer", "body"):
        "author name, date line, promo line and a photo caption are body paragraphs (F1 0.914)",
    ("selfmedia_baijiahao_yy_disclaimer", "body_clean"): "the 关注车评老兵… promo line above the article stays in the body",
    ("selfmedia_toutiao_meta_time", "author"): "the account name from <meta property=article:author> is the author",
    ("selfmedia_toutiao_yesterday", "published_date"):
        "昨天 is counted back from fetched_at (11-27); the page's publishTime data (11-26) is not used",
    ("selfmedia_toutiao_yesterday", "published_at"): "same: 2026-11-27T19:02 instead of 2026-11-26T19:02:37",
    ("selfmedia_toutiao_yesterday", "author"): "author comes from <meta name=author content=今日头条> (the site name)",
    ("selfmedia_toutiao_yesterday", "source"): "the account name in the meta line is not read as a credit",
    # ---- WeChat
    ("wechat_author_hidden_content", "source"): "the 原创 tag is taken as source instead of the account name (js_name)",
    ("wechat_day_before_yesterday", "published_date"):
        "前天 is counted back from fetched_at (11-26); ct / createTime in the page data (11-25) is not used",
    ("wechat_day_before_yesterday", "published_at"): "same: 2026-11-26T19:02 instead of 2026-11-25T19:02:09",
    ("wechat_day_before_yesterday", "source"): "the whole meta line is the source ('维修厂经营参考 前天 江苏')",
    ("wechat_day_before_yesterday", "body"):
        "the share prompt, the 阅读/赞 toolbar and the WeChat menu prompts are body paragraphs (F1 0.901)",
    ("wechat_day_before_yesterday", "body_clean"): "分享、点赞、在看 prompt, 阅读 1562 toolbar and 轻点两下取消赞 prompts in the body",
    ("wechat_js_only_date_reprint", "published_date"):
        "page rejected; the date is only in the script variables (ct, publish_time)",
    ("wechat_js_only_date_reprint", "published_at"): "page rejected (missing_body_text)",
    ("wechat_js_only_date_reprint", "source"): "page rejected (missing_body_text)",
    ("wechat_js_only_date_reprint", "body_clean"): "page rejected (missing_body_text)",
    ("wechat_photo_credit_disclaimer", "source"): "the 原创 tag is taken as source instead of the account name",
    ("wechat_photo_credit_disclaimer", "body_clean"):
        "the body (revealed js_content) keeps the 文 | 李晨 byline and the 点个赞和在看 prompt",
    # ---- government
    ("gov_city_url_year", "body"): "the 仅供参考…风险自负 disclaimer is a body paragraph and the closing date is lost (F1 0.934)",
    ("gov_city_url_year", "body_clean"): "the site disclaimer paragraph (仅供参考，风险自负) stays in the body",
    ("gov_ministry_index_table", "body_clean"): "the 相关文件 heading after the document is the last body paragraph",
    ("gov_province_info_source", "title"):
        "the <title> (site and column prefix) wins over the headline cell: '浙江省经济和信息化厅 部门动态 …'",
    ("gov_province_info_source", "body"): "the headline and the 作者：【打印】【关闭】 row are body paragraphs (F1 0.946)",
    ("gov_province_info_source", "body_clean"): "the 作者： 【打印】 【关闭】 row stays in the body",
}

_RECORDS: dict[str, object] = {}


def record_of(case: Case):
    if case.name not in _RECORDS:
        _RECORDS[case.name] = extract(case)
    return _RECORDS[case.name]


def _params():
    for case in CASES:
        for field in FIELDS:
            reason = KNOWN_FAILURES.get((case.name, field))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(case, field, marks=marks, id=f"{case.name}-{field}")


@pytest.mark.parametrize(("case", "field"), list(_params()))
def test_news_layout_field(case: Case, field: str) -> None:
    ok, got = check(case, record_of(case), field)
    want = case.truth["paragraphs"] if field.startswith("body") else case.truth[field]
    assert ok, f"{case.name} {field}: got {got}, want {want!r}"


def test_corpus_shape() -> None:
    """At least 16 pages, several of every layout kind, some GBK, and every failure entry real."""
    assert len(CASES) >= 16
    for kind in KINDS:
        assert sum(c.kind == kind for c in CASES) >= 3, kind
    assert sum(c.truth["encoding"] == "gbk" for c in CASES) >= 2
    names = {c.name for c in CASES}
    assert all(page in names and field in FIELDS for page, field in KNOWN_FAILURES)
    for case in CASES:
        assert case.truth["title"] and case.truth["paragraphs"] and case.truth["published_date"]


def _class_names(case: Case) -> frozenset[str]:
    text = case.html.decode("gbk" if case.truth["encoding"] == "gbk" else "utf-8")
    return frozenset(name for value in re.findall(r'class="([^"]*)"', text) for name in value.split())


def test_corpus_markup_varies() -> None:
    """GBK pages are GBK bytes (not UTF-8), and no two pages of one kind share their class names."""
    for case in CASES:
        if case.truth["encoding"] == "gbk":
            with pytest.raises(UnicodeDecodeError):
                case.html.decode("utf-8")
    for a, b in itertools.combinations(CASES, 2):
        if a.kind == b.kind:
            assert _class_names(a) != _class_names(b), (a.name, b.name)

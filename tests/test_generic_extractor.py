"""Generic article extractor on hand-written page layouts (tests/fixtures/generic/*.html + .json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from parsel import Selector

from autoparts_crawler.extractors.classify import classify_page
from autoparts_crawler.extractors.generic import (
    extract_body,
    extract_generic,
    extract_published,
    extract_title,
)

FIX = Path(__file__).parent / "fixtures" / "generic"
ARTICLES = ["portal_cn", "dede_brbr", "english_blog", "hostile_table"]
RELATED_FIELDS = ("title", "url", "category", "date_raw", "views_raw", "tag")


def load(name: str) -> tuple[Selector, dict]:
    expected = json.loads((FIX / f"{name}.json").read_text("utf-8"))
    return Selector(text=(FIX / f"{name}.html").read_text("utf-8")), expected


@pytest.mark.parametrize("name", ARTICLES)
def test_article_fields_match_expected(name: str) -> None:
    sel, exp = load(name)
    art = extract_generic(sel, exp["url"])
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
    assert classify_page(sel, "http://example.test/x.html") == expected


def test_hostile_page_keeps_table_and_drops_comments_and_long_related_list() -> None:
    sel, exp = load("hostile_table")
    art = extract_generic(sel, exp["url"])
    assert art.paragraphs == exp["paragraphs"]  # table rows joined by TAB, in order
    assert not any("楼" in p for p in art.paragraphs)  # 30 comments stay out
    assert len(art.related) == exp["related_count"]  # the related list is longer than the article
    first = art.related[0]
    assert {f: getattr(first, f) for f in RELATED_FIELDS} == exp["related_first"]


def test_sidebar_and_prev_next_are_not_related() -> None:
    sel, exp = load("dede_brbr")
    urls = [r.url for r in extract_generic(sel, exp["url"]).related]
    assert all("2040" not in u and "2060" not in u for u in urls)  # 上一篇/下一篇 and 最新文章


def test_later_page_title_loses_page_suffix_and_points_to_next_page() -> None:
    sel, exp = load("dede_brbr")
    assert extract_title(sel, exp["url"]) == exp["title"]
    art = extract_generic(sel, exp["url"])
    assert art.next_page_url == exp["next_page_url"]
    assert art.author == "许可" and not any(p.startswith("文/") for p in art.paragraphs)


def test_last_page_has_no_next_page() -> None:
    html = """<html><body><h1>标题一二三四</h1><div class="content"><p>第一段内容，文字足够长，用来测试分页逻辑是否正确。</p>
    <p>第二段内容，同样是正文，包含标点。</p></div><div class="pages"><a href="9_1.html">1</a><a href="9_2.html">2</a>
    <span>3</span></div></body></html>"""
    art = extract_generic(Selector(text=html), "http://x.test/a/9_3.html")
    assert art.next_page_url is None


def test_whitespace_is_collapsed_and_brbr_splits() -> None:
    html = ("<html><body><div class='article-content'><p>\u3000\u3000第一句，\u00a0有空格。</p>"
            "甲段文字，足够长的一句话。<br><br>乙段文字，也是一句完整的话。<br>续行</div></body></html>")
    body = extract_body(Selector(text=html), "http://x.test/")
    assert body == ["第一句， 有空格。", "甲段文字，足够长的一句话。", "乙段文字，也是一句完整的话。 续行"]


def test_publish_time_beats_update_time() -> None:
    html = """<html><head><title>标题测试页面</title></head><body><h1>标题测试页面</h1>
    <div class="info">更新时间：2024-02-02 10:00 发布时间：2024-01-01 08:00</div>
    <div class="content"><p>正文第一段，说明了事情的经过和结果。</p><p>正文第二段，补充了更多的背景信息。</p></div></body></html>"""
    assert extract_published(Selector(text=html), "http://x.test/") == "2024-01-01 08:00"


def test_script_and_style_never_leak() -> None:
    sel, exp = load("portal_cn")
    assert not any("not text" in p or "color" in p for p in extract_body(sel, exp["url"]))

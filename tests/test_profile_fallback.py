"""A profiled field whose selector matches nothing falls back to the generic extractor, per field,
and the raw article says which fields the profile's selectors found (``selector_hits``)."""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article, extract_raw
from autoparts_crawler.sites import load_profile

URL = "http://127.0.0.1:8000/news/show-2001.html"
WHEN = "2026-11-28T10:00:00+08:00"

#: class names of the markup the sample profile's selectors were written for
SAMPLE_MARKUP = {"pubtime": "pubtime", "author": "author", "source": "source", "subtitle": "subtitle",
                 "rel-item": "rel-item", "content": "content", "editor": "editor"}


def page(**renamed: str) -> str:
    """An article page in the sample portal's template; ``renamed`` replaces its class names (a redesign)."""
    c = {**SAMPLE_MARKUP, **renamed}
    related = "".join(
        f'<li class="{c["rel-item"]}"><div class="rel-title"><a href="show-{n}.html">{title}</a> '
        f'<span class="rel-cat">新闻</span></div>'
        f'<div class="rel-time"><span class="rel-day">0{n - 1990}</span><span class="rel-month">Mar2026</span></div>'
        f'<div class="rel-views">{n}</div></li>'
        for n, title in ((1991, "万驰滤清器新工厂投产 年产能提升三成"), (1992, "鼎泰轮胎发布冬季胎新品 抓地力提升"),
                         (1993, "恒达蓄电池召回部分燃油泵 涉及两个批次")))
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>凯拓汽配发布新一代制动盘 寿命提升两成_新闻_汽配网</title></head><body>
<div class="nav"><ul><li><a href="../index.html">首页</a></li><li><a href="list_1.html">新闻中心</a></li></ul></div>
<div class="article">
<h1 class="article-title">凯拓汽配发布新一代制动盘 寿命提升两成</h1>
<div class="{c["subtitle"]}"><p>新品采用高碳合金铸铁 预计明年批量供货</p></div>
<div class="meta"><span class="{c["pubtime"]}">2026-03-18 09:30</span> <span class="lbl">来源：</span><span class="{c["source"]}">零部件周刊</span>
<span class="lbl">作者：</span><span class="{c["author"]}">王立</span> <span class="views">阅读：<em>1245</em></span>
<span class="lbl">分类：</span><a class="category" href="list_1.html">新闻</a></div>
<div class="{c["content"]}" id="{c["content"]}">
<p>凯拓汽配日前发布新一代制动盘产品，官方称其使用寿命较上一代提升约两成，主要面向乘用车售后市场。</p>
<p>新品采用高碳合金铸铁材料，配合优化的散热风道设计，在连续制动工况下的热衰减明显降低。</p>
<p>公司表示，新品预计明年一季度批量供货，首批将覆盖国内主流车型的前后制动盘规格。</p>
<p class="{c["editor"]}">责任编辑:qpw_chen</p>
</div></div>
<div class="related"><h3>相关新闻</h3><ul class="related-list">{related}</ul></div>
</body></html>"""


def record(html: str) -> dict:
    return extract_article(html, URL, site="sample", fetched_at=WHEN).model_dump(mode="json")


@pytest.fixture(scope="module")
def original() -> dict:
    return record(page())


def test_the_template_the_profile_was_written_for(original):
    assert original["published_at"] == "2026-03-18T09:30:00+08:00"
    assert (original["author"], original["source"], original["subtitle"]) == ("王立", "零部件周刊", "新品采用高碳合金铸铁 预计明年批量供货")
    assert len(original["related"]) == 3 and len(original["paragraphs"]) == 3
    assert original["editor"] == "qpw_chen"


@pytest.mark.parametrize(("renamed", "fields"), [
    ({"pubtime": "time"}, ("published_date", "published_at")),
    ({"author": "writer"}, ("author",)),
    ({"source": "origin"}, ("source",)),
    ({"subtitle": "deck"}, ("subtitle",)),
    ({"rel-item": "rel-entry"}, ("related",)),
    ({"content": "main-text"}, ("body_text", "paragraphs")),
    # the body's exclusion of the editor line no longer matches: the line is still not body text
    ({"editor": "ed-line"}, ("editor", "paragraphs")),
    ({"pubtime": "time", "author": "writer"}, ("published_at", "author")),
])
def test_a_renamed_class_falls_back_to_generic_for_that_field_and_the_record_stays_right(original, renamed, fields):
    changed = record(page(**renamed))
    for name in (*fields, "title", "body_text", "editor", "published_at", "author", "source", "subtitle", "views", "category"):
        if name == "related":
            continue
        assert changed[name] == original[name], name
    strip = ("title", "url", "published_date", "views")
    assert [[r[k] for k in strip] for r in changed["related"]] == [[r[k] for k in strip] for r in original["related"]]


def test_an_empty_body_container_falls_back_to_the_generic_body(original):
    html = page().replace('<div class="content" id="content">', '<div class="content" id="content"></div><div class="text">', 1)
    assert record(html)["paragraphs"] == original["paragraphs"]


def test_selector_hits_say_which_profiled_fields_the_selectors_found():
    profile = load_profile("sample")
    hits = extract_raw(page(), URL, profile).selector_hits
    assert hits["title"] and hits["published"] and hits["author"] and hits["body"] and hits["related"]
    assert not hits["comments"]  # the page has no comment counter: the generic extractor was asked
    assert set(hits) <= {name for name, spec in profile.article if spec and name != "body_exclude"} | {"related"}

    drifted = extract_raw(page(pubtime="time", author="writer"), URL, profile).selector_hits
    assert not drifted["published"] and not drifted["author"]
    assert {k for k, v in hits.items() if v} - {k for k, v in drifted.items() if v} == {"published", "author"}


def test_generic_extraction_reports_no_selector_hits():
    from autoparts_crawler.sites import generic_profile

    assert extract_raw(page(), URL, generic_profile(URL)).selector_hits == {}

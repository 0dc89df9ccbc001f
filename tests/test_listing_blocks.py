"""Listing blocks: related entries, list pages, pagination and kind guesses."""

from __future__ import annotations

import json
from pathlib import Path

from parsel import Selector

from autoparts_crawler.extraction.analysis import analyze_page
from autoparts_crawler.extraction.related import extract_list_page, extract_related

FIX = Path(__file__).parent / "fixtures" / "generic"
FIELDS = ("title", "url", "category", "date_raw", "views_raw", "tag")


def _sel(name: str) -> Selector:
    return Selector(text=(FIX / name).read_text("utf-8"))


def test_list_page_entries_and_pagination() -> None:
    exp = json.loads((FIX / "list_page.json").read_text("utf-8"))
    listing = extract_list_page(analyze_page(_sel("list_page.html"), exp["url"]))
    assert [{f: getattr(e, f) for f in FIELDS} for e in listing.entries] == exp["entries"]
    assert listing.next_page_urls == exp["next_page_urls"]


def test_kinds_on_portal_page() -> None:
    blocks = analyze_page(_sel("portal_cn.html"), "http://x.test/a.html").listing_blocks
    kinds = {b.kind for b in blocks}
    assert "related" in kinds and "sidebar" in kinds and "nav" in kinds
    sidebar = next(b for b in blocks if b.kind == "sidebar")
    assert sidebar.heading == "热门排行"


def test_related_split_date_category_tag_views() -> None:
    related = extract_related(analyze_page(_sel("portal_cn.html"), "http://x.test/zixun/1.html"))
    assert next(r.title for r in related) == "轮毂轴承单元出口订单增长 交付周期延长至八周"
    second = related[1]
    assert (second.category, second.date_raw, second.tag, second.views_raw) == ("评测", "28 Feb2024", "锐驰", "1.2万")
    assert all(r.url.startswith("http") for r in related)


def test_related_titles_drop_trailing_category_word() -> None:
    html = """<html><body><div class="c"><p>正文内容，一句话。</p></div><div><h3>相关新闻</h3><ul>
    <li><a href="/a/1.html">电池回收体系加快建设 新闻</a><span>03</span><span>Jan2025</span><span>12</span></li>
    <li><a href="/a/2.html">四款补胎液实测 评测</a><span>02</span><span>Jan2025</span><span>TCL</span><span>7</span></li>
    </ul></div></body></html>"""
    related = extract_related(analyze_page(Selector(text=html), "http://x.test/a/0.html"))
    assert [(r.title, r.category, r.date_raw, r.views_raw) for r in related] == [
        ("电池回收体系加快建设", "新闻", "03 Jan2025", "12"),
        ("四款补胎液实测", "评测", "02 Jan2025", "7"),
    ]
    assert related[1].tag == "TCL"


def test_mobile_related_items_are_links() -> None:
    html = """<html><body><article><p>正文一句话，足够长的内容。</p></article><section class="m-rec"><h3>相关推荐</h3>
    <a class="m-rec-item" href="/m/1.html"><p class="t">标题一号文章测试</p><p class="meta"><span>某媒体</span><span>2.6万阅读</span><span>3小时前</span></p></a>
    <a class="m-rec-item" href="/m/2.html"><p class="t">标题二号文章测试</p><p class="meta"><span>某媒体</span><span>218阅读</span><span>昨天 21:05</span></p></a>
    </section></body></html>"""
    related = extract_related(analyze_page(Selector(text=html), "http://x.test/m/0.html"))
    assert [(r.title, r.views_raw, r.date_raw) for r in related] == [
        ("标题一号文章测试", "2.6万阅读", "3小时前"), ("标题二号文章测试", "218阅读", "昨天 21:05")]

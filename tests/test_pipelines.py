"""Pipelines on a real crawler from ``get_crawler()``: values and stats counters."""

from __future__ import annotations

from datetime import datetime

import pytest
from scrapy.exceptions import DropItem

from autoparts_crawler.pipelines.dedupe import DedupePipeline
from autoparts_crawler.pipelines.normalize import NormalizePipeline
from autoparts_crawler.pipelines.quality import QualityPipeline
from autoparts_crawler.pipelines.rejects import RejectsPipeline
from autoparts_crawler.pipelines.validate import ValidatePipeline
from autoparts_crawler.records.context import ArticlePage, ListingPage, PageContext
from autoparts_crawler.records.listing import build_listing
from autoparts_crawler.records.models import RejectRecord
from autoparts_crawler.records.raw import RawArticle, RawRelated
from tests.conftest import project_crawler, read_jsonl

FETCHED = datetime.fromisoformat("2026-11-28T10:00:00+08:00")


def make_crawler(tmp_path, **settings):
    return project_crawler(tmp_path, **settings)


def page(url: str = "http://portal.test/news/1.html", **raw_fields) -> ArticlePage:
    defaults = {
        "title": "刹车片新国标落地 维修门店提前清库存",
        "paragraphs": ["第一段，正文内容。", "第二段：更多内容。"],
        "editor": "责任编辑:qpw_lina",
        "source": "来源：零部件周刊",
        "published_raw": "2026-06-14 07:28:30",
        "views_raw": "1.2万",
        "comments_raw": "0",
        "related": [RawRelated(title="驰安新品发布", url="http://portal.test/news/2.html", category="新闻",
                               date_raw="05 May2025", views_raw="40", tag="驰安")],
    }
    defaults.update(raw_fields)
    return ArticlePage(raw=RawArticle(**defaults, extractor="test"),
                       ctx=PageContext(url=url, site="test", fetched_at=FETCHED, pages=(url,), http_status=200))


def run_chain(crawler, item):
    for pipeline_cls in (RejectsPipeline, NormalizePipeline, ValidatePipeline, DedupePipeline, QualityPipeline):
        item = pipeline_cls.from_crawler(crawler).process_item(item)
    return item


def test_normalize_fills_values_and_counts(tmp_path):
    crawler = make_crawler(tmp_path)
    item = NormalizePipeline.from_crawler(crawler).process_item(page())
    assert item.fields["published_at"] == "2026-06-14T07:28:30+08:00"
    assert item.fields["published_date"] == "2026-06-14"
    assert item.fields["views"] == 12000 and item.fields["views_approx"] is True
    assert item.fields["source"] == "零部件周刊" and item.fields["editor"] == "qpw_lina"
    related = item.fields["related"][0]
    assert related["published_date"] == "2025-05-05" and related["published_at"] is None
    assert related["published_reason"] == "no_time" and related["views"] == 40 and related["tag"] == "驰安"
    stats = crawler.stats.get_stats()
    assert stats["autoparts/normalize/published/ok"] == 1
    assert stats["autoparts/normalize/views/ok"] == 1
    assert stats["autoparts/normalize/related/date/ok"] == 1


def test_unreadable_date_is_counted_not_invented(tmp_path):
    crawler = make_crawler(tmp_path)
    item = NormalizePipeline.from_crawler(crawler).process_item(page(published_raw="2025年13月45日"))
    assert item.fields["published_at"] is None and item.fields["published_date"] is None
    assert item.fields["crawl"]["published_reason"] == "impossible_date"
    assert item.fields["published_raw"] == "2025年13月45日"
    assert any(k.startswith("autoparts/normalize/published/failed/") for k in crawler.stats.get_stats())


def test_valid_article_becomes_record(tmp_path):
    crawler = make_crawler(tmp_path)
    record = run_chain(crawler, page())
    assert record["record_type"] == "article"
    assert record["body_text"] == "第一段，正文内容。\n第二段：更多内容。"
    assert record["crawl"]["published_rule"]
    stats = crawler.stats.get_stats()
    assert stats["autoparts/validate/valid"] == 1
    assert stats["autoparts/dedupe/unique"] == 1
    assert stats["autoparts/quality/items"] == 1
    assert stats["autoparts/quality/field/views"] == 1


def test_article_without_body_is_rejected_with_reason(tmp_path):
    crawler = make_crawler(tmp_path)
    with pytest.raises(DropItem):
        run_chain(crawler, page(paragraphs=[]))
    rejects = read_jsonl(tmp_path / "rejects.jsonl")
    assert len(rejects) == 1
    assert rejects[0]["reason"] == "missing_body_text" and rejects[0]["stage"] == "validate"
    assert rejects[0]["raw"]["title"] == "刹车片新国标落地 维修门店提前清库存"
    stats = crawler.stats.get_stats()
    assert stats["autoparts/validate/invalid"] == 1
    assert stats["autoparts/rejects/reason/missing_body_text"] == 1


def test_duplicate_url_and_content_are_rejected(tmp_path):
    crawler = make_crawler(tmp_path)
    pipelines = [cls.from_crawler(crawler) for cls in (NormalizePipeline, ValidatePipeline, DedupePipeline)]

    def through(item):
        for pipeline in pipelines:
            item = pipeline.process_item(item)
        return item

    assert through(page())["url"] == "http://portal.test/news/1.html"
    with pytest.raises(DropItem):  # same URL with a tracking parameter
        through(page(url="http://portal.test/news/1.html?from=list"))
    with pytest.raises(DropItem):  # same content under another URL
        through(page(url="http://portal.test/news/1_copy.html"))
    reasons = [r["reason"] for r in read_jsonl(tmp_path / "rejects.jsonl")]
    assert reasons == ["duplicate_url", "duplicate_content"]
    stats = crawler.stats.get_stats()
    assert stats["autoparts/dedupe/duplicate_url"] == 1 and stats["autoparts/dedupe/duplicate_content"] == 1


def test_another_view_of_an_article_same_title_and_opening_is_a_duplicate(tmp_path):
    """A thread and its "only this poster" view open with the same post and end apart (replies): one
    record; a short opening identifies nothing (two notices may share '通知如下：')."""
    crawler = make_crawler(tmp_path)
    pipelines = [cls.from_crawler(crawler) for cls in (NormalizePipeline, ValidatePipeline, DedupePipeline)]

    def through(item):
        for pipeline in pipelines:
            item = pipeline.process_item(item)
        return item

    lead = "岚汀省出台汽车维修配件追溯管理办法，要求维修企业建立配件进货台账并保存票据三年以上。"
    through(page(url="http://bbs.test/read.php?tid=2270", paragraphs=[lead, "楼上说得对，先排除简单的。"]))
    with pytest.raises(DropItem):
        through(page(url="http://bbs.test/read.php?tid=2270&uid=1007", paragraphs=[lead, "感谢关注，后续有进展会继续更新。"]))
    through(page(url="http://bbs.test/notice/1.html", paragraphs=["通知如下：", "第一条。"]))
    through(page(url="http://bbs.test/notice/2.html", paragraphs=["通知如下：", "第二条。"]))
    assert [r["reason"] for r in read_jsonl(tmp_path / "rejects.jsonl")] == ["duplicate_content"]
    assert crawler.stats.get_value("autoparts/dedupe/duplicate_content") == 1
    assert crawler.stats.get_value("autoparts/dedupe/unique") == 3


def test_spider_rejects_are_routed_to_rejects_file(tmp_path):
    crawler = make_crawler(tmp_path)
    with pytest.raises(DropItem):
        RejectsPipeline.from_crawler(crawler).process_item(
            RejectRecord(url="http://portal.test/x", stage="fetch", reason="http_404", http_status=404))
    assert read_jsonl(tmp_path / "rejects.jsonl")[0]["reason"] == "http_404"
    assert crawler.stats.get_value("autoparts/rejects/stage/fetch") == 1


def test_a_list_page_item_writes_each_entry_to_the_listings_file(tmp_path):
    """The spider yields one ListingPage per list page; each of its entries is one listings line."""
    crawler = make_crawler(tmp_path)
    ctx = PageContext(url="http://portal.test/news/", site="test", fetched_at=FETCHED)
    entries = [build_listing(RawRelated(title=f"条目{i}", url=f"http://portal.test/news/{i}.html", date_raw=f"2026-06-1{i}"),
                             list_url="http://portal.test/news/", position=i, ctx=ctx) for i in (1, 2, 3)]
    with pytest.raises(DropItem):
        RejectsPipeline.from_crawler(crawler).process_item(ListingPage("http://portal.test/news/", entries))
    written = read_jsonl(tmp_path / "listings.jsonl")
    assert [(e["position"], e["url"], e["published_date"]) for e in written] == [
        (i, f"http://portal.test/news/{i}.html", f"2026-06-1{i}") for i in (1, 2, 3)]
    assert crawler.stats.get_value("autoparts/listings/entries") == 3


def test_quality_counts_replacement_characters(tmp_path):
    crawler = make_crawler(tmp_path)
    run_chain(crawler, page(paragraphs=["乱码\ufffd\ufffd文本"]))
    # counted in the output line: twice in paragraphs, twice in body_text
    assert crawler.stats.get_value("autoparts/quality/fffd_chars") == 4
    assert crawler.stats.get_value("autoparts/quality/fffd_items") == 1

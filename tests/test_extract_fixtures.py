"""Saved pages in tests/fixtures/ -> the record the crawl would produce (expected JSON beside them).

``seed_like/page.html`` is modelled closely on the real portal page the project started
from: site header, headline, deck lines, paragraphs, a 责任编辑 line, a lone comment
counter, then a heading-less related-news list (title + category word, day, MonYYYY,
optional brand tag, view count), friend links and a copyright footer. No site profile
covers it, so it exercises the generic extractor through the public API.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from autoparts_crawler.extract import extract_article
from autoparts_crawler.records.models import ArticleRecord
from autoparts_crawler.records.rejects import RecordRejected
from tests.conftest import FIXTURES, REFERENCE_TIME, SAMPLE, sample_truth

FETCHED = datetime.fromisoformat(REFERENCE_TIME)
SEED_LIKE = FIXTURES / "seed_like" / "page.html"
SEED_URL = "http://www.qipei.example/n/20250129.html"


def expected(page: Path) -> dict:
    return json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))


def test_seed_like_page_fields():
    want = expected(SEED_LIKE)
    record = extract_article(SEED_LIKE.read_bytes(), SEED_URL, fetched_at=FETCHED)
    assert isinstance(record, ArticleRecord)
    for name in ("url", "title", "subtitle", "paragraphs", "author", "editor", "source", "published_date", "published_at",
                 "views",
                 "views_approx", "comments"):
        assert getattr(record, name) == want[name], name
    assert record.body_text == "\n".join(want["paragraphs"])
    assert not any(noise in record.body_text for noise in ("责任编辑", "友情链接", "Copyright", "国内最专业"))


def test_seed_like_related_entries_are_data():
    want = expected(SEED_LIKE)["related"]
    record = extract_article(SEED_LIKE.read_bytes(), SEED_URL, fetched_at=FETCHED)
    got = [{"title": e.title, "url": e.url, "category": e.category,
            "published_date": e.published_date, "published_at": e.published_at,
            "views": e.views, "tag": e.tag} for e in record.related]
    assert got == want


def test_str_and_bytes_give_the_same_record():
    html = SEED_LIKE.read_bytes()
    a = extract_article(html, SEED_URL, fetched_at=FETCHED)
    b = extract_article(html.decode("utf-8"), SEED_URL, fetched_at=FETCHED)
    assert a.model_dump(exclude={"crawl"}) == b.model_dump(exclude={"crawl"})


@pytest.mark.parametrize("article", sample_truth()["articles"][:6], ids=lambda a: a["url"])
def test_sample_pages_through_profile(article):
    """Bundled sample pages (UTF-8 and GBK bytes) with the sample profile match its truth."""
    page = SAMPLE / "www" / article["url"]
    record = extract_article(page.read_bytes(), f"http://sample.test/{article['url']}", site="sample",
                             fetched_at=FETCHED)
    assert record.title == article["title"]
    assert (record.published_date, record.published_at) == (article["published_date"], article["published_at"])
    assert record.views == article["views"]
    assert [(e.title, e.published_date, e.published_at, e.views, e.tag) for e in record.related] == [
        (e["title"], e["published_date"], e["published_at"], e["views"], e["tag"]) for e in article["related"]]
    if len(article["pages"]) == 1:
        assert record.paragraphs == article["paragraphs"]


def test_page_without_body_is_rejected_with_reason():
    with pytest.raises(RecordRejected) as info:
        extract_article("<html><head><title>空页面</title></head><body><div id='nav'><a href='/'>首页</a></div>"
                        "</body></html>", "http://portal.test/empty.html", fetched_at=FETCHED)
    assert (info.value.reason, info.value.stage) == ("missing_body_text", "validate")


def test_fetched_at_may_be_an_iso_string():
    page = ("<html><head><title>标题</title></head><body><h1>标题</h1><div class='content'>"
            "<p>正文第一段，汽车零部件行业消息。</p><p>发布时间：昨天 12:30</p></div></body></html>")
    as_text = extract_article(page, "http://portal.test/a.html", fetched_at="2026-11-28T10:00:00+08:00")
    as_datetime = extract_article(page, "http://portal.test/a.html", fetched_at=FETCHED)
    assert as_text.fetched_at == as_datetime.fetched_at


def test_extract_command_prints_the_record():
    proc = subprocess.run([sys.executable, "-m", "autoparts_crawler", "extract", str(SEED_LIKE), "--url", SEED_URL,
                           "--fetched-at", REFERENCE_TIME], capture_output=True, text=True, check=True)
    printed = json.loads(proc.stdout)
    api = extract_article(SEED_LIKE.read_bytes(), SEED_URL, fetched_at=FETCHED).model_dump(mode="json")
    assert printed == api


def test_extract_command_reports_a_reject(tmp_path):
    page = tmp_path / "blank.html"
    page.write_text("<html><body></body></html>", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "autoparts_crawler", "extract", str(page)], capture_output=True,
                          text=True)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["record_type"] == "reject"


def test_extract_command_splits_a_text_dump():
    dump = FIXTURES / "generic" / "dump_site.txt"
    proc = subprocess.run([sys.executable, "-m", "autoparts_crawler", "extract", str(dump), "--fetched-at",
                           REFERENCE_TIME], capture_output=True, text=True, check=True)
    record = json.loads(proc.stdout)
    assert record["crawl"]["extractor"] == "textdump"
    assert record["title"] and record["related"]
    assert all(e["published_date"] for e in record["related"])

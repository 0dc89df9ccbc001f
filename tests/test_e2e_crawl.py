"""End to end: a real ``scrapy crawl portal`` process against the sample portal on 127.0.0.1."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import jsonschema
import pytest

from autoparts_crawler.records.schema import record_schema
from tests.conftest import REFERENCE_TIME, SAMPLE, read_jsonl, run_scrapy, sample_truth
from tools.devserver import PortalServer

pytestmark = pytest.mark.e2e


def rel_path(url: str, root: str) -> str:
    """URL -> path relative to the portal root ("news/show-1001.html")."""
    return url[len(root):] if url.startswith(root) else urlsplit(url).path.lstrip("/")


@pytest.fixture(scope="module")
def http_crawl(sample_server, tmp_path_factory):
    out = tmp_path_factory.mktemp("crawl") / "sample.jsonl"
    proc = run_scrapy(["crawl", "portal", "-a", "site=sample", "-a", f"start_url={sample_server.url}",
                       "-O", str(out), "-s", f"AUTOPARTS_REFERENCE_TIME={REFERENCE_TIME}",
                       "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=INFO"])
    assert proc.returncode == 0, proc.stderr[-3000:]
    return {"records": read_jsonl(out), "rejects": read_jsonl(out.with_name("sample.rejects.jsonl")),
            "listings": read_jsonl(out.with_name("sample.listings.jsonl")), "log": proc.stderr,
            "root": sample_server.url, "files": [out, out.with_name("sample.rejects.jsonl"),
                                                  out.with_name("sample.listings.jsonl")]}


def test_every_article_exactly_once(http_crawl):
    truth = sample_truth()
    urls = [rel_path(r["url"], http_crawl["root"]) for r in http_crawl["records"]]
    assert sorted(urls) == sorted(a["url"] for a in truth["articles"])
    assert len(urls) == len(set(urls))


def test_fields_match_truth(http_crawl):
    by_url = {rel_path(r["url"], http_crawl["root"]): r for r in http_crawl["records"]}
    for article in sample_truth()["articles"]:
        record = by_url[article["url"]]
        assert record["title"] == article["title"]
        assert record["paragraphs"] == article["paragraphs"], article["url"]
        assert record["editor"] == article["editor"]
        assert record["author"] == article["author"]
        assert record["source"] == article["source"]
        assert (record["published_date"], record["published_at"]) == (article["published_date"],
                                                                       article["published_at"])
        assert record["views"] == article["views"]
        assert record["comments"] == article["comments"]
        assert record["fetched_at"] == REFERENCE_TIME


def test_split_article_is_merged(http_crawl):
    truth = sample_truth()
    by_url = {rel_path(r["url"], http_crawl["root"]): r for r in http_crawl["records"]}
    for article in truth["articles"]:
        if len(article["pages"]) > 1:
            record = by_url[article["url"]]
            assert [rel_path(p, http_crawl["root"]) for p in record["crawl"]["pages"]] == article["pages"]
            assert record["body_text"] == article["body_text"]


def test_related_entries_complete(http_crawl):
    by_url = {rel_path(r["url"], http_crawl["root"]): r for r in http_crawl["records"]}
    total = 0
    for article in sample_truth()["articles"]:
        got = [(e["title"], rel_path(e["url"], http_crawl["root"]), e["category"], e["published_date"], e["views"],
                e["tag"]) for e in by_url[article["url"]]["related"]]
        want = [(e["title"], e["url"], e["category"], e["published_date"], e["views"], e["tag"])
                for e in article["related"]]
        assert got == want, article["url"]
        total += len(want)
    assert total > 100


def test_no_replacement_characters_anywhere(http_crawl):
    for path in http_crawl["files"]:
        if path.exists():
            assert "\ufffd" not in path.read_text(encoding="utf-8"), path


def test_every_line_valid_against_exported_schema(http_crawl):
    validators = {kind: jsonschema.Draft202012Validator(record_schema(kind))
                  for kind in ("article", "reject", "listing")}
    for record in http_crawl["records"]:
        validators["article"].validate(record)
    for record in http_crawl["rejects"]:
        validators["reject"].validate(record)
    for record in http_crawl["listings"]:
        validators["listing"].validate(record)


def test_duplicate_ends_as_reject(http_crawl):
    """The article reachable under two URLs is emitted once (under its canonical URL); the other
    fetch is a reject naming the first, whichever of the two the crawl reached first."""
    reasons = {rel_path(r["url"], http_crawl["root"]): r["reason"] for r in http_crawl["rejects"]}
    urls = [rel_path(r["url"], http_crawl["root"]) for r in http_crawl["records"]]
    for dup in sample_truth()["duplicates"]:
        assert urls.count(dup["canonical"]) == 1
        variants = [dup["canonical"], *dup["aliases"]]
        assert sum(reasons.get(v, "").startswith("duplicate") for v in variants) == len(variants) - 1, reasons


def test_robots_txt_is_obeyed(tmp_path):
    """A disallowed start URL is never fetched: robots.txt is, and the page ends as a reject."""
    log = tmp_path / "access.jsonl"
    with PortalServer(SAMPLE / "www", access_log=log) as server:
        out = tmp_path / "robots.jsonl"
        proc = run_scrapy(["crawl", "portal", "-a", "site=sample", "-a", f"start_url={server.url}print/1002.html",
                           "-O", str(out), "-s", "AUTOTHROTTLE_ENABLED=0",
                           "-s", f"AUTOPARTS_STATS_PATH={tmp_path / 'stats.json'}"])
    assert proc.returncode == 0, proc.stderr[-2000:]
    stats = json.loads((tmp_path / "stats.json").read_text())
    assert stats["autoparts/skipped/robots_disallowed"] == 1  # a choice: not a fetch failure
    assert not [k for k in stats if k.startswith("autoparts/fetch_failed/")]
    paths = [entry["path"] for entry in read_jsonl(log)]
    assert "/robots.txt" in paths and not any(p.startswith("/print/") for p in paths)
    assert all(entry["ua"].startswith("autoparts_crawler/") for entry in read_jsonl(log))
    rejects = read_jsonl(out.with_name("robots.rejects.jsonl"))
    assert [(r["reason"], r["stage"]) for r in rejects] == [("robots_disallowed", "fetch")]
    assert read_jsonl(out) == []


def test_listing_entries_written(http_crawl):
    truth = sample_truth()
    want = sum(len(page["entries"]) for page in truth["list_pages"])
    got = {(rel_path(e["list_url"], http_crawl["root"]), rel_path(e["url"], http_crawl["root"]))
           for e in http_crawl["listings"]}
    expected = {(page["url"], e["url"]) for page in truth["list_pages"] for e in page["entries"]}
    assert expected <= got and len(expected) == want


def test_offline_default_crawl_writes_jsonl(tmp_path):
    out = tmp_path / "default.jsonl"
    proc = run_scrapy(["crawl", "portal", "-O", str(out), "-s", f"AUTOPARTS_REFERENCE_TIME={REFERENCE_TIME}",
                       "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0"])
    assert proc.returncode == 0, proc.stderr[-3000:]
    records = read_jsonl(out)
    assert len(records) == len(sample_truth()["articles"])
    assert all(r["url"].startswith("file://") and str(SAMPLE) in r["url"] for r in records)
    assert json.dumps(records, ensure_ascii=False).count("\ufffd") == 0


def test_unprofiled_crawl_uses_the_generic_extractor(sample_server, tmp_path):
    """No profile covers 127.0.0.1: the generic extractor must still find every article once,
    merge the split one, and keep about/contact pages out of the articles."""
    out = tmp_path / "generic.jsonl"
    proc = run_scrapy(["crawl", "portal", "-a", f"start_url={sample_server.url}", "-O", str(out),
                       "-s", f"AUTOPARTS_REFERENCE_TIME={REFERENCE_TIME}", "-s", "AUTOTHROTTLE_ENABLED=0",
                       "-s", "DOWNLOAD_DELAY=0"])
    assert proc.returncode == 0, proc.stderr[-3000:]
    records = read_jsonl(out)
    root = sample_server.url
    truth = {a["url"]: a for a in sample_truth()["articles"]}
    urls = [rel_path(r["url"], root) for r in records]
    assert sorted(urls) == sorted(truth)
    assert {r["crawl"]["extractor"] for r in records} == {"generic"}
    for record in records:
        article = truth[rel_path(record["url"], root)]
        assert record["title"] == article["title"]
        assert record["body_text"] == article["body_text"]
        assert (record["published_date"], record["published_at"]) == (article["published_date"],
                                                                       article["published_at"])
        assert len(record["related"]) == len(article["related"])
    reasons = {rel_path(r["url"], root): r["reason"] for r in read_jsonl(out.with_name("generic.rejects.jsonl"))}
    assert reasons.get("about.html") == "not_article" and reasons.get("contact.html") == "not_article"

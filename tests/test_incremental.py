"""Incremental crawls: state, conditional requests, new / revised / unchanged (real scrapy processes)."""

from __future__ import annotations

import shutil
from urllib.parse import urlsplit

import pytest

from autoparts_crawler.feeds.jsonl import cut_partial_line
from autoparts_crawler.scheduled.state import SqliteState, Validators
from tests.conftest import REFERENCE_TIME, SAMPLE, read_jsonl, run_scrapy, sample_truth
from tools.devserver import PortalServer


def test_sqlite_state_roundtrip(tmp_path):
    state = SqliteState(tmp_path / "s" / "state.sqlite")
    assert state.article("http://x/a") is None and state.validators("http://x/a") is None
    state.record_article("http://x/a", "h1", 1, {"http://x/a": Validators('"e1"', None)})
    assert state.article("http://x/a").content_hash == "h1"
    assert state.validators("http://x/a") == Validators('"e1"', None)
    state.record_article("http://x/a", "h2", 2, {"http://x/a": Validators('"e2"', "Sat, 01 Jan 2000 00:00:00 GMT")})
    state.touch_page("http://x/a")
    state.close()
    again = SqliteState(tmp_path / "s" / "state.sqlite")  # persisted
    known = again.article("http://x/a")
    assert (known.content_hash, known.revision) == ("h2", 2)
    assert again.validators("http://x/a").etag == '"e2"'
    assert again.counts() == {"articles": 1, "pages": 1}


def test_cut_partial_line(tmp_path):
    path = tmp_path / "f.jsonl"
    path.write_bytes(b'{"a": 1}\n{"b": 2}\n{"c": ')
    assert cut_partial_line(path) == len(b'{"c": ')
    assert path.read_bytes() == b'{"a": 1}\n{"b": 2}\n'
    assert cut_partial_line(path) == 0


def crawl(url: str, out, state=None):
    args = ["crawl", "portal", "-a", "site=sample", "-a", f"start_url={url}", "-O", str(out),
            "-s", f"AUTOPARTS_REFERENCE_TIME={REFERENCE_TIME}", "-s", "AUTOTHROTTLE_ENABLED=0",
            "-s", "DOWNLOAD_DELAY=0"]
    if state is not None:
        args += ["-s", f"AUTOPARTS_STATE_PATH={state}"]
    proc = run_scrapy(args)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return read_jsonl(out), read_jsonl(out.with_name(out.stem + ".rejects.jsonl")), proc.stderr


def rel(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


@pytest.mark.e2e
def test_second_run_emits_only_the_revised_article(tmp_path):
    site = tmp_path / "www"
    shutil.copytree(SAMPLE / "www", site)
    truth = sample_truth()
    target = next(a for a in truth["articles"] if a["url"].startswith("news/") and len(a["pages"]) == 1)
    state = tmp_path / "state" / "portal.sqlite"
    with PortalServer(site) as server:
        first, _, _ = crawl(server.url, tmp_path / "run1.jsonl", state)
        assert len(first) == len(truth["articles"])
        assert {r["crawl"]["change"] for r in first} == {"new"} and {r["crawl"]["revision"] for r in first} == {1}

        page = site / target["url"]
        text = page.read_text(encoding="utf-8")
        assert target["paragraphs"][0] in text
        page.write_text(text.replace(target["paragraphs"][0], "更新：" + target["paragraphs"][0]), encoding="utf-8")

        second, rejects, log = crawl(server.url, tmp_path / "run2.jsonl", state)
        assert [rel(r["url"]) for r in second] == [target["url"]]
        assert second[0]["crawl"]["change"] == "revised" and second[0]["crawl"]["revision"] == 2
        assert second[0]["paragraphs"][0].startswith("更新：")
        assert not any(r["http_status"] == 304 or "304" in r["reason"] for r in rejects), rejects
        assert "'autoparts/incremental/not_modified'" in log and "'autoparts/incremental/unchanged'" in log

        third, _, _ = crawl(server.url, tmp_path / "run3.jsonl", state)
        assert third == []
        full, _, _ = crawl(server.url, tmp_path / "full.jsonl")  # no state path: a full crawl
        assert len(full) == len(truth["articles"]) and {r["crawl"]["change"] for r in full} == {None}

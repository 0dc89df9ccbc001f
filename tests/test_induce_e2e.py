"""End to end: ``autoparts-crawler induce`` on the bundled sample portal, then a crawl with the
induced profile (through AUTOPARTS_PROFILES_DIR) against one with the hand-written ``sample`` profile."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from autoparts_crawler.sites import load_profile, parse_profile
from tests.conftest import REFERENCE_TIME, ROOT, read_jsonl, run_scrapy

pytestmark = pytest.mark.e2e

FAST = ["-s", f"AUTOPARTS_REFERENCE_TIME={REFERENCE_TIME}", "-s", "AUTOTHROTTLE_ENABLED=0",
        "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=WARNING"]
#: record fields that are about the run, not the page
RUN_FIELDS = {"fetched_at", "crawl", "site"}


def _articles(path: Path) -> dict[str, dict]:
    return {r["url"]: {k: v for k, v in r.items() if k not in RUN_FIELDS} for r in read_jsonl(path)}


@pytest.fixture(scope="module")
def induced(tmp_path_factory):
    folder = tmp_path_factory.mktemp("profiles")
    start = (load_profile("sample").bundled_root() / "index.html").as_uri()
    cli = Path(sys.executable).with_name("autoparts-crawler")
    proc = subprocess.run([str(cli), "induce", start, "-o", str(folder / "inducedsample.toml"), *FAST],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return folder


def test_induced_profile_is_learned_not_named(induced):
    text = (induced / "inducedsample.toml").read_text(encoding="utf-8")
    profile = parse_profile(text, "inducedsample.toml")
    assert profile.article.title and profile.article.body and profile.article.published
    assert profile.related.item and profile.list.next_page
    assert profile.coverage.pages >= 8 and profile.coverage.fields["title"] == 1.0
    assert "agrees with the generic extractor on" in text and "Article templates" in text


def test_crawl_with_induced_profile_equals_hand_written_one(induced, tmp_path):
    hand, learned, generic = tmp_path / "hand.jsonl", tmp_path / "learned.jsonl", tmp_path / "generic.jsonl"
    start = (load_profile("sample").bundled_root() / "index.html").as_uri()
    for args, out, env in ((["-a", "site=sample"], hand, None),
                           (["-a", "site=inducedsample"], learned, {"AUTOPARTS_PROFILES_DIR": str(induced)}),
                           (["-a", f"start_url={start}"], generic, None)):
        proc = run_scrapy(["crawl", "portal", *args, "-O", str(out), *FAST], env=env)
        assert proc.returncode == 0, proc.stderr[-3000:]
    a, b, g = _articles(hand), _articles(learned), _articles(generic)
    assert a and sorted(a) == sorted(b)
    for url in a:
        assert b[url] == a[url], url  # every field, category included
        assert b[url]["category"] == g[url]["category"]

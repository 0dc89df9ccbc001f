"""End to end: a profiled site whose template changes mid-way (its later articles renamed the classes the
profile's date and byline selectors use). Records stay right (the generic extractor fills those fields in)
and ``autoparts-crawler run`` reports the run unhealthy (exit 3), naming the field and a URL."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from autoparts_crawler.scheduled.runner import EXIT_UNHEALTHY
from tests.conftest import REFERENCE_TIME, ROOT, read_jsonl
from tools.devserver import PortalServer
from tools.generate_sample_portal import generate

pytestmark = pytest.mark.e2e

#: the redesign: class names the sample profile's selectors rely on, as the later articles spell them
REDESIGN = {b'class="pubtime"': b'class="time"', b'class="author"': b'class="writer"',
            b'class="rel-item"': b'class="rel-entry"'}
ARTICLES = 60
FIELDS = ("title", "author", "source", "editor", "category", "published_date", "published_at", "views", "comments",
          "paragraphs")


@pytest.fixture(scope="module")
def drifted_run(tmp_path_factory):
    portal = tmp_path_factory.mktemp("portal")
    truth = generate(portal, n_articles=ARTICLES)
    articles = sorted(truth["articles"], key=lambda a: a["published"])
    later = articles[len(articles) // 2:]  # published after the redesign
    for article in later:
        for path in {*article["pages"], *article["aliases"]}:
            page = portal / "www" / path
            data = page.read_bytes()
            for old, new in REDESIGN.items():
                data = data.replace(old, new)
            page.write_bytes(data)
    out = tmp_path_factory.mktemp("runs")
    with PortalServer(portal / "www") as server:
        proc = subprocess.run(
            [sys.executable, "-m", "autoparts_crawler", "run", "--out-dir", str(out), "--site", "sample",
             "--start-url", server.url, "--no-state", "-s", f"AUTOPARTS_REFERENCE_TIME={REFERENCE_TIME}",
             "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0"],
            cwd=ROOT, capture_output=True, text=True, timeout=300)
        root = server.url
    [summary_path] = (out / "sample").glob("*.summary.json")
    summary = json.loads(summary_path.read_text(encoding="utf-8"))
    records = read_jsonl(out / "sample" / f"{summary['run']}.jsonl")
    return {"proc": proc, "summary": summary, "records": records, "truth": truth, "root": root,
            "later": {a["url"] for a in later}}


def test_records_stay_right_after_the_redesign(drifted_run):
    root = drifted_run["root"]
    by_path = {urlsplit(r["url"]).path.lstrip("/"): r for r in drifted_run["records"]}
    assert sorted(by_path) == sorted(a["url"] for a in drifted_run["truth"]["articles"])
    for article in drifted_run["truth"]["articles"]:
        record = by_path[article["url"]]
        for name in FIELDS:
            assert record[name] == article[name], (article["url"], name)
        assert [(e["title"], e["url"][len(root):]) for e in record["related"]] == \
            [(e["title"], e["url"]) for e in article["related"]], article["url"]
    assert any(by_path[url]["author"] for url in drifted_run["later"])  # bylines read without their selector


def test_run_is_unhealthy_naming_the_field_and_a_sample_url(drifted_run):
    proc, summary = drifted_run["proc"], drifted_run["summary"]
    assert proc.returncode == EXIT_UNHEALTHY, proc.stderr[-3000:]
    assert summary["status"] == "unhealthy"
    [line] = [p for p in summary["problems"] if p.startswith("drift_published:")]
    sample = line.rsplit(" ", 1)[1]
    assert urlsplit(sample).path.lstrip("/") in drifted_run["later"]
    assert json.loads(proc.stdout.strip().splitlines()[-1])["problems"] == summary["problems"]
    # only fields whose selectors the redesign broke are reported
    assert set(summary["drift"]) <= {"published", "author", "related"}
    assert summary["drift"]["published"]["pages"] >= 1
    stats = summary["scrapy_stats"]
    assert stats["autoparts/selectors/pages"] >= ARTICLES
    assert stats["autoparts/selectors/fallback/published"] == sum(
        len({*a["aliases"], a["url"]}) for a in drifted_run["truth"]["articles"] if a["url"] in drifted_run["later"])
    assert "template drift: the profile's 'published' selector" in proc.stderr


def test_the_same_site_unchanged_is_healthy(tmp_path):
    """No false alarm: the generated portal as the profile knows it."""
    portal = tmp_path / "portal"
    generate(portal, n_articles=ARTICLES)
    with PortalServer(portal / "www") as server:
        proc = subprocess.run(
            [sys.executable, "-m", "autoparts_crawler", "run", "--out-dir", str(tmp_path / "runs"), "--site",
             "sample", "--start-url", server.url, "--no-state", "-s", f"AUTOPARTS_REFERENCE_TIME={REFERENCE_TIME}",
             "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0"],
            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    [summary] = [json.loads(p.read_text()) for p in Path(tmp_path / "runs" / "sample").glob("*.summary.json")]
    assert summary["drift"] == {} and summary["scrapy_stats"]["autoparts/selectors/pages"] >= ARTICLES


"""End to end, over HTTP: a profile induced from a served portal watches drift like a hand-written one,
and ``autoparts-crawler induce --update`` turns a redesigned template into the profile's next version
(old version kept as NAME.v1.toml with valid_until; fields that still work left as they were)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from autoparts_crawler.scheduled.runner import EXIT_UNHEALTHY
from autoparts_crawler.sites import parse_profile, read_profile_file
from tests.conftest import REFERENCE_TIME, ROOT, read_jsonl
from tools.devserver import PortalServer
from tools.generate_sample_portal import generate

pytestmark = pytest.mark.e2e

FAST = ["-s", f"AUTOPARTS_REFERENCE_TIME={REFERENCE_TIME}", "-s", "AUTOTHROTTLE_ENABLED=0",
        "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=WARNING"]
#: the redesign: the date element's class renamed on every article page
REDESIGN = {b'class="pubtime"': b'class="pub-date"'}
ARTICLES = 40
NAME = "portal"
CLI = str(Path(sys.executable).with_name("autoparts-crawler"))


def _redesign(www: Path, truth: dict) -> None:
    for article in truth["articles"]:
        for path in {*article["pages"], *article["aliases"]}:
            page = www / path
            data = page.read_bytes()
            for old, new in REDESIGN.items():
                data = data.replace(old, new)
            page.write_bytes(data)


def _cli(args: list[str], env: dict | None = None) -> subprocess.CompletedProcess:
    import os
    return subprocess.run([CLI, *args], cwd=ROOT, capture_output=True, text=True, timeout=400,
                          env=dict(os.environ, **(env or {})))


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """v1 induced from the portal as first served; then the portal redesigned (served the same way)."""
    root = tmp_path_factory.mktemp("portal")
    truth = generate(root, n_articles=ARTICLES)
    profiles = tmp_path_factory.mktemp("profiles")
    with PortalServer(root / "www") as server:
        proc = _cli(["induce", server.url, "-o", str(profiles / f"{NAME}.toml"), *FAST])
        assert proc.returncode == 0, proc.stderr[-3000:]
        v1 = (profiles / f"{NAME}.toml").read_text(encoding="utf-8")
    _redesign(root / "www", truth)
    return {"root": root, "truth": truth, "profiles": profiles, "v1": v1}


def test_induced_profile_carries_coverage_and_reports_drift(site, tmp_path):
    v1 = parse_profile(site["v1"], "portal.toml")
    assert v1.article.published and "pubtime" in str(v1.article.published)
    assert v1.coverage.pages >= 8 and v1.coverage.fields["published"] == 1.0
    assert v1.coverage.fields["related"] == 1.0
    with PortalServer(site["root"] / "www") as server:
        proc = _cli(["run", "--out-dir", str(tmp_path / "runs"), "--site", NAME, "--start-url", server.url,
                     "--no-state", *FAST], env={"AUTOPARTS_PROFILES_DIR": str(site["profiles"])})
    assert proc.returncode == EXIT_UNHEALTHY, proc.stdout[-2000:] + proc.stderr[-3000:]
    [summary] = [json.loads(p.read_text()) for p in (tmp_path / "runs" / NAME).glob("*.summary.json")]
    assert set(summary["drift"]) == {"published"}
    [line] = [p for p in summary["problems"] if p.startswith("drift_")]
    assert line.startswith("drift_published:")
    sample = urlsplit(line.rsplit(" ", 1)[1]).path.lstrip("/")
    assert sample in {p for a in site["truth"]["articles"] for p in (*a["pages"], *a["aliases"])}
    assert summary["scrapy_stats"]["autoparts/drift/published"] >= 1
    records = {urlsplit(r["url"]).path.lstrip("/"): r for r in read_jsonl(tmp_path / "runs" / NAME /
                                                                          f"{summary['run']}.jsonl")}
    for article in site["truth"]["articles"]:  # the generic fallback keeps the dates right
        assert records[article["url"]]["published_at"] == article["published_at"], article["url"]


@pytest.fixture(scope="module")
def updated(site, tmp_path_factory):
    profiles = tmp_path_factory.mktemp("updated")
    (profiles / f"{NAME}.toml").write_text(site["v1"], encoding="utf-8")
    with PortalServer(site["root"] / "www") as server:
        proc = _cli(["induce", server.url, "--update", NAME, *FAST], env={"AUTOPARTS_PROFILES_DIR": str(profiles)})
        again = _cli(["induce", server.url, "--update", NAME, *FAST], env={"AUTOPARTS_PROFILES_DIR": str(profiles)})
        runs = tmp_path_factory.mktemp("runs")
        run = _cli(["run", "--out-dir", str(runs), "--site", NAME, "--start-url", server.url, "--no-state", *FAST],
                   env={"AUTOPARTS_PROFILES_DIR": str(profiles)})
    return {"proc": proc, "again": again, "run": run, "runs": runs, "profiles": profiles}


def test_update_writes_v2_with_the_new_selector_and_keeps_v1(site, updated):
    proc, profiles = updated["proc"], updated["profiles"]
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert sorted(p.name for p in profiles.glob("*.toml")) == [f"{NAME}.toml", f"{NAME}.v1.toml"]
    v1, old = read_profile_file(profiles / f"{NAME}.v1.toml"), parse_profile(site["v1"], "portal.toml")
    v2 = read_profile_file(profiles / f"{NAME}.toml")
    assert v1.version == 1 and v1.valid_until == date.today() and v1.article == old.article
    assert v2.version == 2 and v2.valid_until is None
    assert "pub-date" in str(v2.article.published) and "pubtime" not in str(v2.article.published)
    # fields that still work are untouched
    for name in ("title", "body", "author", "source", "views"):
        assert getattr(v2.article, name) == getattr(old.article, name), name
    assert v2.related == old.related and v2.urls == old.urls and v2.list == old.list
    assert v2.coverage.fields["published"] == 1.0
    text = (profiles / f"{NAME}.toml").read_text(encoding="utf-8")
    assert "# Changed fields" in text and "published:" in text.split("Unchanged")[0]
    # the short diff summary names only the changed field
    changed = [line.strip() for line in proc.stdout.splitlines() if "->" in line]
    assert len(changed) == 1 and changed[0].startswith("published:"), proc.stdout
    # the loader: the new version for crawls, the old one for pages of the days it applied
    from autoparts_crawler.sites import load_profile, use_profiles_dir
    use_profiles_dir(profiles)
    try:
        assert load_profile(NAME).version == 2
        assert load_profile(NAME, on=date.today()).version == 1
        assert load_profile(NAME, on=date.today() + timedelta(days=1)).version == 2
    finally:
        use_profiles_dir(None)


def test_update_with_nothing_changed_writes_nothing(updated):
    again = updated["again"]
    assert again.returncode == 0, again.stderr[-3000:]
    assert "nothing written" in again.stdout
    assert sorted(p.name for p in updated["profiles"].glob("*.toml")) == [f"{NAME}.toml", f"{NAME}.v1.toml"]
    assert read_profile_file(updated["profiles"] / f"{NAME}.toml").version == 2


def test_crawl_with_the_updated_profile_has_no_drift(site, updated):
    run = updated["run"]
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
    [summary] = [json.loads(p.read_text()) for p in (updated["runs"] / NAME).glob("*.summary.json")]
    assert summary["drift"] == {}
    stats = summary["scrapy_stats"]
    assert stats["autoparts/selectors/hit/published"] == stats["autoparts/selectors/pages"]


def test_update_refuses_to_rewrite_a_bundled_profile_in_place(tmp_path):
    from autoparts_crawler.induction.update import bundled_folder
    proc = _cli(["induce", "http://127.0.0.1:9/", "--update", "sample", "-o", str(bundled_folder() / "sample.toml")])
    assert proc.returncode == 2 and "bundled" in proc.stderr
    env = {"AUTOPARTS_PROFILES_DIR": ""}
    proc = _cli(["induce", "http://127.0.0.1:9/", "--update", "sample"], env=env)
    assert proc.returncode == 2 and "AUTOPARTS_PROFILES_DIR" in proc.stderr
    assert not list(tmp_path.iterdir())


def test_update_of_the_bundled_profile_on_its_own_site_changes_nothing(tmp_path):
    """A hand-written profile whose selectors still match is not churned (its subtitle selector
    disagrees with the generic extractor on most pages, and is still kept: it matches as often as
    its [coverage] says)."""
    from autoparts_crawler.sites import load_profile
    start = (load_profile("sample").bundled_root() / "index.html").as_uri()
    proc = _cli(["induce", start, "--update", "sample", *FAST], env={"AUTOPARTS_PROFILES_DIR": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "nothing written" in proc.stdout and "subtitle" in proc.stdout
    assert not list(tmp_path.iterdir())

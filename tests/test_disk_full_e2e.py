"""The order of truth on a real full disk (tmpfs; needs root, else skipped).

A record is marked in the incremental state only once its line is in the feed and flushed, so a
run whose output disk fills up marks exactly the articles whose lines it wrote, and the next run
on a healthy disk emits the others: across all files every article appears exactly once. A full
disk under the *state* is an error (non-zero exit, one ERROR line), never "ok"; that run is not
resumed (its seen-requests would hide the pages whose records it dropped) and the next run emits
everything the state does not know.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from autoparts_crawler.scheduled.runner import EXIT_OK
from tests.conftest import ROOT, sample_truth

pytestmark = pytest.mark.e2e
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0"]


def runner(out_dir: Path, state: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "autoparts_crawler", "run", "--out-dir", str(out_dir), "--state", str(state),
           "--site", "sample", *args, *FAST]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 512 KiB tmpfs, unmounted afterwards."""
    mnt = tmp_path / "tmpfs"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mnt)],
                                           capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def fill(disk: Path, leave: int) -> Path:
    """Fill ``disk`` until only ``leave`` bytes are free."""
    st = os.statvfs(disk)
    filler = disk / "filler"
    filler.write_bytes(b"\0" * max(0, st.f_bavail * st.f_frsize - leave))
    return filler


def feed_urls(path: Path) -> list[str]:
    """Article URLs of the complete lines of a feed file (a cut last line is not a record)."""
    urls = []
    for line in path.read_bytes().split(b"\n"):
        try:
            urls.append(json.loads(line)["url"])
        except ValueError:
            continue
    return urls


def article_feeds(site_dir: Path) -> list[Path]:
    return sorted(p for p in site_dir.iterdir() if p.name.split(".")[1] == "jsonl")


def state_urls(state: Path) -> list[str]:
    with sqlite3.connect(state) as con:
        return [row[0] for row in con.execute("SELECT url FROM articles")]


def expected_paths() -> list[str]:
    return sorted(a["url"] for a in sample_truth()["articles"])


def paths(urls: list[str]) -> list[str]:
    return sorted(urlsplit(u).path.lstrip("/") for u in urls)


def test_full_output_disk_marks_only_written_articles_and_the_next_run_completes(sample_server, tmpfs, tmp_path):
    out, state = tmpfs / "runs", tmp_path / "state.sqlite"
    filler = fill(tmpfs, leave=80_000)  # room for a few articles, not for all
    first = runner(out, state, "--start-url", sample_server.url)
    assert first.returncode == 4, first.stderr[-3000:]
    outcome = json.loads(first.stdout.strip().splitlines()[-1])  # the runner's one-line outcome
    assert outcome["status"] == "failed"
    assert outcome["problems"] == ["crawl_failed: exit status 1, finish_reason output_error"]
    assert "output write failed" in first.stderr and "No space left on device" in first.stderr
    assert first.stderr.count("Error caught on signal handler: <bound method FeedExporter") == 0
    [failed_feed] = article_feeds(out / "sample")
    written = feed_urls(failed_feed)
    assert 0 < len(written) < len(expected_paths())
    assert sorted(state_urls(state)) == sorted(written)  # marked exactly what is in the feed
    assert outcome["items"] == len(written)
    assert failed_feed.name.endswith(".jsonl.partial.incomplete")  # never looks complete, never resumed

    filler.unlink()
    second = runner(out, state, "--start-url", sample_server.url)
    assert second.returncode == EXIT_OK, second.stderr[-3000:]
    everything = [u for feed in article_feeds(out / "sample") for u in feed_urls(feed)]
    assert paths(everything) == expected_paths()  # every article exactly once across the runs' files


def test_full_state_disk_is_an_error_and_nothing_is_lost(sample_server, tmpfs, tmp_path):
    out, state = tmp_path / "runs", tmpfs / "state.sqlite"
    # a working state first (one page), then its disk fills up
    seed = runner(tmp_path / "seed", state, "--start-url", sample_server.url, "-s", "AUTOPARTS_MAX_PAGES=1")
    assert seed.returncode in (0, 3), seed.stderr[-3000:]
    fill(tmpfs, leave=60_000)
    first = runner(out, state, "--start-url", sample_server.url)
    assert first.returncode == 4, first.stderr[-3000:]
    assert "Traceback" not in first.stderr
    assert "database or disk is full" in first.stderr or "is not usable" in first.stderr
    assert '"status": "ok"' not in first.stdout

    healthy = tmp_path / "healthy"
    healthy.mkdir()
    for part in tmpfs.glob("state.sqlite*"):
        shutil.copy(part, healthy / part.name)
    second = runner(out, healthy / "state.sqlite", "--start-url", sample_server.url)
    assert second.returncode == EXIT_OK, second.stderr[-3000:]
    [failed] = [json.loads(p.read_text()) for p in (out / "sample").glob("*.summary.json")
                if json.loads(p.read_text())["status"] == "failed"]
    assert failed["finish_reason"] == "state_error"
    assert not list((out / "sample").glob("*.job"))  # not resumed: its seen-requests would hide pages
    again = failed["scrapy_stats"].get("autoparts/incremental/written_not_recorded", 0)
    assert again <= 1
    everything = [u for feed in article_feeds(out / "sample") for u in feed_urls(feed)]
    assert paths(list(set(everything))) == expected_paths()  # nothing lost
    assert len(everything) - len(set(everything)) == again  # and only the unrecorded one comes twice

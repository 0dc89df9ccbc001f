"""``autoparts-crawler run``: per-run files, summary, health status, lock, recovery after a kill (real processes)."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from autoparts_crawler.scheduled.runner import EXIT_LOCKED, EXIT_OK, EXIT_UNHEALTHY
from tests.conftest import ROOT, SAMPLE, read_jsonl, sample_truth
from tools.devserver import FaultPlan, PortalServer

pytestmark = pytest.mark.e2e
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0"]


def run_cmd(out_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "autoparts_crawler", "run", "--out-dir", str(out_dir), *args]


def runner(out_dir: Path, *args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run(run_cmd(out_dir, *args), cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def summaries(site_dir: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(site_dir.glob("*.summary.json"))]


def running(pid: int) -> bool:
    """The process exists and is not a zombie (an orphan's zombie may wait for a reaper here)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except (OSError, IndexError):
        return False


def article_paths(records: list[dict]) -> list[str]:
    return sorted(urlsplit(r["url"]).path.lstrip("/") for r in records)


def test_runs_write_named_files_summary_and_are_incremental(sample_server, tmp_path):
    out = tmp_path / "runs"
    first = runner(out, "--site", "sample", "--start-url", sample_server.url, *FAST)
    assert first.returncode == EXIT_OK, first.stderr[-3000:]
    site_dir = out / "sample"
    [summary] = summaries(site_dir)
    stamp = summary["run"]
    assert len(stamp) == 16 and stamp.endswith("Z")
    for kind in ("jsonl", "rejects.jsonl", "listings.jsonl"):
        assert (site_dir / f"{stamp}.{kind}").exists()
    assert not list(site_dir.glob("*.partial")) and not list(site_dir.glob("*.job"))
    assert "抓取报告 / Crawl report" in (site_dir / f"{stamp}.report.html").read_text(encoding="utf-8")
    assert article_paths(read_jsonl(site_dir / f"{stamp}.jsonl")) == sorted(a["url"] for a in sample_truth()["articles"])
    assert summary["status"] == "ok" and summary["items"] == len(sample_truth()["articles"])
    assert summary["coverage"]["title"] == 1.0 and summary["fffd_chars"] == 0
    assert summary["rejects"]["by_reason"] and summary["duration_s"] > 0
    assert summary["scrapy_stats"]["finish_reason"] == "finished"
    assert (tmp_path / "state" / "portal_sample.sqlite").exists()

    time.sleep(1.1)  # the next run gets another time stamp
    second = runner(out, "--site", "sample", "--start-url", sample_server.url, *FAST)
    assert second.returncode == EXIT_OK, second.stderr[-3000:]
    latest = summaries(site_dir)[-1]
    assert latest["run"] != stamp and latest["items"] == 0
    assert latest["unchanged"] >= len(sample_truth()["articles"])
    assert read_jsonl(site_dir / f"{latest['run']}.jsonl") == []


def test_unhealthy_runs_exit_non_zero(sample_server, tmp_path):
    # one page, a static one: no article (its links are followed like any hub's, so the budget stops there)
    empty = runner(tmp_path / "runs", "--site", "sample", "--start-url", f"{sample_server.url}about.html",
                   "--no-state", "-s", "AUTOPARTS_MAX_PAGES=1", *FAST)
    assert empty.returncode == EXIT_UNHEALTHY, empty.stderr[-3000:]
    [summary] = summaries(tmp_path / "runs" / "sample")
    assert summary["status"] == "unhealthy" and summary["problems"][0].startswith("no_items")
    assert (tmp_path / "runs" / "sample" / f"{summary['run']}.jsonl").exists()  # complete, just unhealthy

    strict = runner(tmp_path / "strict", "--site", "sample", "--start-url", sample_server.url, "--no-state",
                    "-s", 'AUTOPARTS_HEALTH_MIN_COVERAGE={"author": 0.95}', *FAST)
    assert strict.returncode == EXIT_UNHEALTHY, strict.stderr[-3000:]
    assert any(p.startswith("coverage_author") for p in summaries(tmp_path / "strict" / "sample")[0]["problems"])


def test_lock_refuses_a_concurrent_run(sample_server, tmp_path):
    lock = tmp_path / "runs" / "sample" / ".lock"
    lock.parent.mkdir(parents=True)
    with lock.open("a+") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        proc = runner(tmp_path / "runs", "--site", "sample", "--start-url", sample_server.url, *FAST)
    assert proc.returncode == EXIT_LOCKED
    assert "another run of site 'sample' is in progress" in proc.stderr
    assert not list(lock.parent.glob("*.jsonl*"))


def test_killed_run_leaves_only_partials_and_next_run_resumes_it(tmp_path):
    out = tmp_path / "runs"
    site_dir = out / "sample"
    args = ["--site", "sample", "-s", "CONCURRENT_REQUESTS=2", *FAST]
    with PortalServer(SAMPLE / "www", faults=FaultPlan(slow_ms=150)) as server:
        args += ["--start-url", server.url]
        first = subprocess.Popen(run_cmd(out, *args), cwd=ROOT, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.time() + 120
        partials: list[Path] = []
        while time.time() < deadline and first.poll() is None:
            partials = list(site_dir.glob("*.jsonl.partial"))
            main = [p for p in partials if p.name.count(".") == 2]
            if main and main[0].read_bytes().count(b"\n") >= 5:
                break
            time.sleep(0.05)
        assert first.poll() is None, "run ended before it could be killed"
        # meanwhile a second run of the same site is refused
        second = runner(out, *args)
        assert second.returncode == EXIT_LOCKED, second.stderr[-2000:]
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
        assert not [p for p in site_dir.iterdir() if p.name.endswith(".jsonl")]  # nothing looks complete
        assert list(site_dir.glob("*.jsonl.partial"))

        third = runner(out, *args)
    assert third.returncode == EXIT_OK, third.stderr[-3000:]
    assert "resuming interrupted run" in third.stderr
    [summary] = summaries(site_dir)
    assert summary["resumed"] is True
    assert not list(site_dir.glob("*.partial"))
    records = read_jsonl(site_dir / f"{summary['run']}.jsonl")
    assert article_paths(records) == sorted(a["url"] for a in sample_truth()["articles"])  # each exactly once


def test_assess_flags_each_threshold():
    from autoparts_crawler.scheduled.runner import assess

    thresholds = {"min_items": 1, "max_error_rate": 0.2, "max_reject_rate": 0.3,
                  "min_coverage": {"title": 0.99, "published_at": 0.8}}
    healthy = {"autoparts/quality/items": 10, "autoparts/quality/field/title": 10,
               "autoparts/quality/field/published_at": 9, "autoparts/pages/article": 10,
               "autoparts/pages/list": 2, "autoparts/normalize/articles": 10}
    assert assess(healthy, thresholds)["problems"] == []
    unchanged_only = {"autoparts/incremental/unchanged": 5, "autoparts/pages/not_modified": 5}
    assert assess(unchanged_only, thresholds)["problems"] == []  # nothing changed is not a failure
    assert assess({}, thresholds)["problems"][0].startswith("no_items")
    bad = {**healthy, "autoparts/fetch_failed/http_500": 5, "autoparts/rejects/stage/validate": 6,
           "autoparts/quality/field/published_at": 2}
    problems = " ".join(assess(bad, thresholds)["problems"])
    assert "error_rate" in problems and "reject_rate" in problems and "coverage_published_at" in problems
    # links robots.txt disallows and redirects off the site are choices, not failures
    skipped = {**healthy, "autoparts/skipped/robots_disallowed": 8, "autoparts/skipped/offsite_redirect": 3}
    report = assess(skipped, thresholds)
    assert (report["problems"], report["error_rate"], report["skipped"]) == ([], 0.0, 11)


def test_kill_9_of_the_runner_stops_its_crawl_and_the_lock_waits_for_it(tmp_path):
    """Only the runner is killed (not its group): its crawl gets SIGTERM from the kernel and stops;
    until it has, the lock (inherited by the crawl) still refuses a second run."""
    out = tmp_path / "runs"
    site_dir = out / "sample"
    args = ["--site", "sample", "-s", "CONCURRENT_REQUESTS=1", *FAST]
    with PortalServer(SAMPLE / "www", faults=FaultPlan(slow_ms=300)) as server:
        args += ["--start-url", server.url]
        first = subprocess.Popen(run_cmd(out, *args), cwd=ROOT, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.time() + 60
        while time.time() < deadline and not list(site_dir.glob("*.jsonl.partial")):
            time.sleep(0.05)
        time.sleep(1.0)
        crawl_pids = [int(p) for p in subprocess.run(["pgrep", "-P", str(first.pid)], capture_output=True,
                                                     text=True).stdout.split()]
        assert len(crawl_pids) == 1, crawl_pids
        os.kill(first.pid, signal.SIGKILL)
        first.wait()
        # the crawl is stopping (SIGTERM from the kernel): while it lives, the lock is not free
        held_while_alive = 0
        deadline = time.time() + 60
        while time.time() < deadline:
            with (site_dir / ".lock").open("a+") as fh:
                try:
                    fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    got = True
                    fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
                except BlockingIOError:
                    got = False
            alive = running(crawl_pids[0])
            assert not (got and alive), "the lock was free while the crawl still ran"
            held_while_alive += (not got) and alive
            if not alive:
                break
            time.sleep(0.02)
        assert not alive, "the crawl outlived its runner"
        assert held_while_alive, "the crawl ended before the lock could be checked"
        again = runner(out, *args)
    assert again.returncode == EXIT_OK, again.stderr[-3000:]
    records = [r for path in sorted(site_dir.glob("*.jsonl")) if path.name.count(".") == 1
               for r in read_jsonl(path)]
    assert article_paths(records) == sorted(a["url"] for a in sample_truth()["articles"])  # once each


@pytest.mark.parametrize(("setup", "args", "code", "needle"), [
    ("corrupt_state", [], 4, "is not usable (file is not a database); move it away"),
    ("", ["-s", "AUTOPARTS_HEALTH_MAX_ERROR_RATE=5%"], 2, "bad health threshold setting"),
    ("", ["-s", "CONCURRENT_REQUESTS=abc"], 2, "-s CONCURRENT_REQUESTS='abc': CONCURRENT_REQUESTS must be a whole number"),
    ("", ["-s", "ROBOTSTXT_OBEY=maybe"], 2, "ROBOTSTXT_OBEY must be a flag"),
    ("read_only_out", [], 4, "cannot use the output folder"),
])
def test_operator_errors_are_one_line(sample_server, tmp_path, setup, args, code, needle):
    out = tmp_path / "runs"
    extra = []
    if setup == "corrupt_state":
        state = tmp_path / "state.sqlite"
        state.write_bytes(b"this is not sqlite" * 100)
        extra = ["--state", str(state)]
    if setup == "read_only_out":
        if os.geteuid() == 0:
            out = Path("/proc/autoparts-runs")  # even root cannot create folders there
        else:
            out.mkdir()
            out.chmod(0o500)
    proc = runner(out, "--site", "sample", "--start-url", sample_server.url, *extra, *args, *FAST)
    assert proc.returncode == code, proc.stderr[-2000:]
    assert needle in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len([line for line in proc.stderr.splitlines() if line.strip()]) == 1, proc.stderr


def test_timeout_ends_with_final_files_and_the_next_run_starts_fresh(sample_server, tmp_path):
    """``--timeout`` on a crawl that cannot finish in time: Scrapy closes it (closespider_timeout), the
    files are final (the state marked only written records), the job is not left to be resumed, and
    the next run continues from the state instead of resuming the same job forever."""
    out = tmp_path / "runs"
    slow = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0.5", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1",
            "-s", "RANDOMIZE_DOWNLOAD_DELAY=0"]
    first = runner(out, "--site", "sample", "--start-url", sample_server.url, "--timeout", "4", *slow)
    assert first.returncode == EXIT_UNHEALTHY, first.stderr[-3000:]
    site_dir = out / "sample"
    [summary] = summaries(site_dir)
    assert summary["status"] == "timeout" and summary["finish_reason"] == "closespider_timeout"
    assert any(p.startswith("timeout: stopped after 4 s") for p in summary["problems"])
    assert not list(site_dir.glob("*.partial")) and not list(site_dir.glob("*.job"))
    written = read_jsonl(site_dir / f"{summary['run']}.jsonl")
    assert 0 < len(written) < len(sample_truth()["articles"])

    time.sleep(1.1)
    second = runner(out, "--site", "sample", "--start-url", sample_server.url, *FAST)
    assert second.returncode == EXIT_OK, second.stderr[-3000:]
    assert "resuming" not in second.stderr
    records = [r for path in sorted(site_dir.glob("*.jsonl")) if path.name.count(".") == 1 for r in read_jsonl(path)]
    assert article_paths(records) == sorted(a["url"] for a in sample_truth()["articles"])  # once each

"""Scheduled (cron) runs: ``autoparts-crawler run`` = one locked, incremental, resumable, checked crawl.

One run of a site writes, under ``OUT_DIR/<site>/``::

    <YYYYmmddTHHMMSSZ>.jsonl            articles            (start time, UTC)
    <YYYYmmddTHHMMSSZ>.rejects.jsonl    rejects
    <YYYYmmddTHHMMSSZ>.listings.jsonl   list-page entries
    <YYYYmmddTHHMMSSZ>.summary.json     status, health checks, counts, coverage, durations, Scrapy stats
    <YYYYmmddTHHMMSSZ>.report.html      the crawl report for people (``autoparts-crawler report``)

The data files are written as ``<name>.partial`` and renamed only when the crawl finished,
so a killed or failed run never leaves a file that looks complete. Its ``<ts>.job/``
folder (Scrapy ``JOBDIR`` + our kill-safe seen-set) stays too, and the next run of the
site resumes that run first (same time stamp, appending; articles already written are not
written again), then renames it. A lock file (``fcntl.flock`` on ``<site>/.lock``) keeps
two runs of one site apart: the second exits with :data:`EXIT_LOCKED`.

Runs are incremental by default (state ``OUT_DIR/../state/portal_<site>.sqlite``; ``--no-state``
for a full crawl). The exit status is non-zero when the crawl is unhealthy (no articles, too
many fetch errors or rejects, field coverage too low; thresholds are the ``AUTOPARTS_HEALTH_*``
settings; a profiled field whose selector stopped matching: ``autoparts/drift/<field>``,
:mod:`autoparts_crawler.extensions.drift`) or failed.

The crawl runs as a ``python -m scrapy crawl portal`` subprocess, not in-process with
``CrawlerProcess``: the Twisted reactor cannot be restarted, a crash or memory blow-up of the
crawl cannot take the runner (and its lock, summary and renames) down with it, the runner can
forward signals and enforce a timeout, and it is exactly the command a person would run by hand.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import fcntl
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_USAGE, EXIT_UNHEALTHY, EXIT_FAILED, EXIT_LOCKED = 0, 2, 3, 4, 75
PARTIAL = ".partial"
KINDS = ("jsonl", "rejects.jsonl", "listings.jsonl")
#: finish reasons of a crawl that ran to its end (a CLOSESPIDER_* limit is deliberate)
COMPLETE_REASONS = ("finished", "closespider_")
#: finish reasons after which the job is not resumed: its files become ``*.incomplete`` (their
#: complete lines are records the state knows as written) and the next run starts a fresh job
NOT_RESUMABLE = ("output_error", "state_error")
INCOMPLETE = ".incomplete"
#: seconds the crawl gets after ``--timeout`` to close gracefully before it is stopped by signal
TIMEOUT_GRACE = 120.0


@dataclass
class RunConfig:
    """What to crawl and where the run's files go."""

    site: str | None = None
    start_url: str | None = None
    out_dir: Path = Path("data/runs")
    state: Path | None = None
    incremental: bool = True
    settings: list[str] = field(default_factory=list)  # "K=V" overrides passed as -s
    timeout: float | None = None


def site_name(site: str | None, start_url: str | None) -> str:
    """The site name used for folders: the profile's name (by --site, else by the URL's host)."""
    from autoparts_crawler.sites import generic_profile, load_profile, profile_for_url

    if site:
        return load_profile(site).name
    if start_url:
        return (profile_for_url(start_url) or generic_profile(start_url)).name
    return load_profile("sample").name


def load_thresholds(overrides: Sequence[str]) -> dict[str, Any]:
    """The AUTOPARTS_HEALTH_* settings (project settings + ``-s`` overrides)."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("autoparts_crawler.settings", priority="project")
    for item in overrides:
        key, _, value = item.partition("=")
        settings.set(key.strip(), value, priority="cmdline")
    return {
        "min_items": settings.getint("AUTOPARTS_HEALTH_MIN_ITEMS"),
        "max_error_rate": settings.getfloat("AUTOPARTS_HEALTH_MAX_ERROR_RATE"),
        "max_reject_rate": settings.getfloat("AUTOPARTS_HEALTH_MAX_REJECT_RATE"),
        "min_coverage": {k: float(v) for k, v in settings.getdict("AUTOPARTS_HEALTH_MIN_COVERAGE").items()},
    }


def _sum(stats: dict[str, Any], prefix: str) -> int:
    return sum(int(v) for k, v in stats.items() if k.startswith(prefix) and isinstance(v, (int, float)))


DRIFT = "autoparts/drift/"


def drift_report(stats: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Fields whose profile selector stopped matching (``autoparts/drift/<field>`` and its details)."""
    fields = sorted(k[len(DRIFT):] for k, v in stats.items()
                    if k.startswith(DRIFT) and "/" not in k[len(DRIFT):] and isinstance(v, (int, float)) and v)
    return {name: {"pages": int(stats[DRIFT + name]),
                   **{key: stats.get(f"{DRIFT}{name}/{key}") for key in
                      ("sample_url", "window_coverage", "profile_coverage")}} for name in fields}


def assess(stats: dict[str, Any], thresholds: dict[str, Any]) -> dict[str, Any]:
    """Counts, rates and coverage of a finished crawl, and the list of health problems."""
    not_written = int(stats.get("autoparts/output/not_written", 0))  # after a failed feed write
    items = int(stats.get("autoparts/quality/items", 0)) - not_written
    unchanged = int(stats.get("autoparts/incremental/unchanged", 0))
    already = int(stats.get("autoparts/resume/already_emitted", 0))
    failed_fetches = _sum(stats, "autoparts/fetch_failed/")  # robots.txt, offsite: autoparts/skipped/
    skipped = _sum(stats, "autoparts/skipped/")
    pages = _sum(stats, "autoparts/pages/") + failed_fetches
    bad = int(stats.get("autoparts/rejects/stage/validate", 0)) + int(stats.get("autoparts/rejects/stage/extract", 0))
    article_pages = int(stats.get("autoparts/normalize/articles", 0)) + int(stats.get("autoparts/rejects/stage/extract", 0))
    rejects = {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("autoparts/rejects/reason/")}
    coverage = {k.rsplit("/", 1)[1]: round(v / items, 4) for k, v in stats.items()
                if k.startswith("autoparts/quality/field/") and items}
    report: dict[str, Any] = {
        "items": items, "not_written": not_written, "unchanged": unchanged, "already_emitted": already,
        "revised": int(stats.get("autoparts/incremental/revised", 0)),
        "rejects": {"total": int(stats.get("autoparts/rejects/total", 0)), "by_reason": dict(sorted(rejects.items()))},
        "pages_ended": pages, "fetch_failures": failed_fetches, "skipped": skipped,
        "error_rate": round(failed_fetches / pages, 4) if pages else 0.0,
        "reject_rate": round(bad / article_pages, 4) if article_pages else 0.0,
        "coverage": dict(sorted(coverage.items())),
        "fffd_chars": int(stats.get("autoparts/quality/fffd_chars", 0)),
        "drift": drift_report(stats),
    }
    problems = []
    if items + unchanged + already < thresholds["min_items"]:
        problems.append(f"no_items: {items} emitted + {unchanged} unchanged < {thresholds['min_items']}")
    if report["error_rate"] > thresholds["max_error_rate"]:
        problems.append(f"error_rate: {report['error_rate']} > {thresholds['max_error_rate']}")
    if report["reject_rate"] > thresholds["max_reject_rate"]:
        problems.append(f"reject_rate: {report['reject_rate']} > {thresholds['max_reject_rate']}")
    if items:
        for name, minimum in thresholds["min_coverage"].items():
            if coverage.get(name, 0.0) < minimum:
                problems.append(f"coverage_{name}: {coverage.get(name, 0.0)} < {minimum}")
    for name, drift in report["drift"].items():
        problems.append(f"drift_{name}: the profile's selector matched {drift['window_coverage']} of the recent "
                        f"article pages (profile: {drift['profile_coverage']}); {drift['pages']} article pages fell "
                        f"back to the generic extractor, e.g. {drift['sample_url']}")
    report["problems"] = problems
    return report


class RunLock:
    """An exclusive, non-blocking ``flock`` on ``path``; released when the process ends, however it ends."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: Any = None

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = self.path.open("a+")
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.close()
            return False
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()}\n")
        fh.flush()
        self._fh = fh
        return True

    def holder(self) -> str:
        try:
            return self.path.read_text().strip() or "?"
        except OSError:
            return "?"

    def fileno(self) -> int:
        """The locked descriptor (the crawl child inherits it: the lock is held while either runs)."""
        return self._fh.fileno()

    def release(self) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None


def stale_runs(site_dir: Path) -> list[str]:
    """Time stamps of runs that were killed or failed (their main file is still ``.partial``)."""
    suffix = ".jsonl" + PARTIAL
    return sorted(p.name[: -len(suffix)] for p in site_dir.glob("*" + suffix)
                  if not p.name.endswith((".rejects" + suffix, ".listings" + suffix)))


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)


_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In the child, before exec: the kernel sends SIGTERM when the runner dies (even by kill -9),
    so the crawl stops gracefully instead of running on unowned (Linux; elsewhere a no-op)."""
    name = ctypes.util.find_library("c")
    if name and sys.platform.startswith("linux"):
        ctypes.CDLL(name, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


def _run_child(cmd: list[str], env: dict[str, str], timeout: float | None, lock_fd: int | None = None) -> int:
    """Run the crawl; forward SIGTERM/SIGINT to it; on timeout stop it gracefully (then kill).

    The child inherits the run lock's descriptor (``lock_fd``), so the lock stays held until the
    crawl itself has ended, and it is stopped when the runner dies.
    """
    child = subprocess.Popen(cmd, env=env, pass_fds=(lock_fd,) if lock_fd is not None else (),
                             preexec_fn=_die_with_parent)
    previous = {}

    def forward(signum: int, _frame: Any) -> None:
        child.send_signal(signum)

    for signum in (signal.SIGTERM, signal.SIGINT):
        previous[signum] = signal.signal(signum, forward)
    try:
        try:
            return child.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            print(f"autoparts-crawler run: timeout after {timeout:.0f} s, stopping the crawl", file=sys.stderr)
            child.send_signal(signal.SIGTERM)
            try:
                child.wait(timeout=60)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
            return -1
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _bad_setting(overrides: Sequence[str]) -> str | None:
    """The first ``-s NAME=VALUE`` whose value does not read as its setting's type (number, flag)."""
    from scrapy.settings import Settings

    from autoparts_crawler.commands.crawl import bad_setting_value

    settings = Settings()
    for item in overrides:
        name, _, value = item.partition("=")
        settings.set(name, value, priority="cmdline")
    return bad_setting_value(settings)


def _retire(partial: dict[str, Path], jobdir: Path) -> dict[str, str]:
    """A run that cannot be resumed: its files become ``*.incomplete``, its job folder goes."""
    files = {}
    for kind, path in partial.items():
        done = path.with_name(path.name + INCOMPLETE)
        if path.exists():
            path.replace(done)
        if done.exists():
            files[kind] = str(done)
    shutil.rmtree(jobdir, ignore_errors=True)
    return files


def _write_report(feed: Path) -> None:
    """The HTML report beside a finished run's feed; a failure is one stderr line, never the run's status."""
    try:
        from autoparts_crawler.analytics.report import write_report

        write_report(feed)
    except Exception as exc:
        print(f"autoparts-crawler run: report not written ({type(exc).__name__}: {exc})", file=sys.stderr)


def run(config: RunConfig) -> int:
    """One scheduled run; returns the exit status (see the module docstring)."""
    try:
        site = site_name(config.site, config.start_url)
    except Exception as exc:  # unknown site, malformed URL
        print(f"autoparts-crawler run: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        load_thresholds(config.settings)  # a bad AUTOPARTS_HEALTH_* value fails now, not after the crawl
    except (ValueError, TypeError) as exc:
        print(f"autoparts-crawler run: bad health threshold setting: {exc}", file=sys.stderr)
        return EXIT_USAGE
    problem = _bad_setting(config.settings)
    if problem:  # -s DOWNLOAD_DELAY=abc: one line now, not a failed crawl later
        print(f"autoparts-crawler run: {problem}", file=sys.stderr)
        return EXIT_USAGE
    site_dir = config.out_dir / site
    lock = RunLock(site_dir / ".lock")
    try:
        acquired = lock.acquire()
    except OSError as exc:
        print(f"autoparts-crawler run: cannot use the output folder {site_dir}: {exc.strerror or exc}",
              file=sys.stderr)
        return EXIT_FAILED
    if not acquired:
        print(f"autoparts-crawler run: another run of site {site!r} is in progress "
              f"(lock {lock.path} held by pid {lock.holder()}); not starting a second one", file=sys.stderr)
        return EXIT_LOCKED
    try:
        return _locked_run(config, site, site_dir, lock)
    except OSError as exc:  # the runner's own files (summary, renames) on a full or read-only disk
        print(f"autoparts-crawler run: writing the run's files failed: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        lock.release()


def check_state(path: Path) -> str | None:
    """None when the incremental state file is usable (or absent), else a one-line reason."""
    if not path.exists():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            db.execute("PRAGMA quick_check").fetchone()
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        return f"state file {path} is not usable ({exc}); move it away to start a fresh state"
    return None


def _locked_run(config: RunConfig, site: str, site_dir: Path, lock: RunLock) -> int:
    started = datetime.now(UTC)
    stale = stale_runs(site_dir)
    resumed = bool(stale)
    stamp = stale[-1] if stale else started.strftime("%Y%m%dT%H%M%SZ")
    if resumed:
        print(f"autoparts-crawler run: resuming interrupted run {stamp} of {site!r}", file=sys.stderr)
    final = {kind: site_dir / f"{stamp}.{kind}" for kind in KINDS}
    partial = {kind: path.with_name(path.name + PARTIAL) for kind, path in final.items()}
    jobdir = site_dir / f"{stamp}.job"
    stats_path = jobdir / "stats.json"
    stats_path.unlink(missing_ok=True)
    state = config.state or config.out_dir.parent / "state" / f"portal_{site}.sqlite"
    problem = check_state(state) if config.incremental else None
    if problem:
        print(f"autoparts-crawler run: {problem}", file=sys.stderr)
        return EXIT_FAILED

    cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-o", f"{partial['jsonl']}:jsonlines",
           "-s", f"AUTOPARTS_REJECTS_PATH={partial['rejects.jsonl']}",
           "-s", f"AUTOPARTS_LISTINGS_PATH={partial['listings.jsonl']}",
           "-s", f"JOBDIR={jobdir}", "-s", f"AUTOPARTS_STATS_PATH={stats_path}"]
    if config.site:
        cmd += ["-a", f"site={config.site}"]
    if config.start_url:
        cmd += ["-a", f"start_url={config.start_url}"]
    if config.incremental:
        cmd += ["-s", f"AUTOPARTS_STATE_PATH={state}"]
    if config.timeout:  # Scrapy closes the crawl itself (finish_reason closespider_timeout): files are final
        cmd += ["-s", f"CLOSESPIDER_TIMEOUT={config.timeout}"]
    for item in config.settings:
        cmd += ["-s", item]
    env = {**os.environ}
    env.setdefault("SCRAPY_SETTINGS_MODULE", "autoparts_crawler.settings")
    site_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    returncode = _run_child(cmd, env, config.timeout + TIMEOUT_GRACE if config.timeout else None, lock.fileno())
    duration = time.monotonic() - t0

    stats = json.loads(stats_path.read_text(encoding="utf-8")) if stats_path.exists() else {}
    reason = str(stats.get("finish_reason", ""))
    # --timeout: Scrapy closed the crawl (closespider_timeout), or the runner had to stop it (-1);
    # either way what was written is final (the state marked only written records): no trap is resumed
    timed_out = bool(config.timeout) and (reason == "closespider_timeout" or returncode == -1) \
        and reason not in NOT_RESUMABLE
    complete = timed_out or (returncode == 0 and reason.startswith(COMPLETE_REASONS))
    report = assess(stats, load_thresholds(config.settings)) if stats else {"problems": []}
    if complete:
        for kind in KINDS:
            if partial[kind].exists():
                partial[kind].replace(final[kind])
            else:
                final[kind].touch()
        shutil.rmtree(jobdir, ignore_errors=True)
        status, code = ("ok", EXIT_OK) if not report["problems"] else ("unhealthy", EXIT_UNHEALTHY)
        if timed_out:
            status, code = "timeout", EXIT_UNHEALTHY
            report["problems"] = [*report["problems"], f"timeout: stopped after {config.timeout:g} s; the files "
                                  "are final, the next run continues from the state"]
        files = {kind: str(path) for kind, path in final.items()}
    elif reason in NOT_RESUMABLE:
        status, code = "failed", EXIT_FAILED
        report["problems"] = [*report.get("problems", []),
                              f"crawl_failed: exit status {returncode}, finish_reason {reason}"]
        files = _retire(partial, jobdir)
    else:
        status, code = "failed", EXIT_FAILED
        report["problems"] = [*report.get("problems", []),
                              f"crawl_failed: exit status {returncode}, finish_reason {reason or 'none'}"]
        files = {kind: str(path) for kind, path in partial.items() if path.exists()}
    summary = {
        "site": site, "start_url": config.start_url, "run": stamp, "status": status, "exit_status": code,
        "resumed": resumed, "incremental": config.incremental,
        "state": str(state) if config.incremental else None,
        "started_at": started.replace(microsecond=0).isoformat(),
        "finished_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "duration_s": round(duration, 3), "crawl_elapsed_s": stats.get("elapsed_time_seconds"),
        "finish_reason": reason or None, "files": files, **report,
        "thresholds": load_thresholds(config.settings), "scrapy_stats": stats,
    }
    _write_json(site_dir / f"{stamp}.summary.json", summary)
    if complete:
        _write_report(final["jsonl"])
    print(json.dumps({k: summary[k] for k in ("site", "run", "status", "items", "unchanged", "problems")
                      if k in summary}, ensure_ascii=False))
    return code

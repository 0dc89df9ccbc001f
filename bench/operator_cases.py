"""Operator cases of a scheduled crawl, each run for real (``bench/faults.py --operator`` prints them).

Each case starts real processes (``autoparts-crawler run`` / ``scrapy crawl``) against a server on
127.0.0.1 and reports what an operator sees: exit status, the one-line message, and what ended in
the files. Disk-full cases need root (a tmpfs); without it they are reported as skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tools.devserver import SOFT_404_PAGE, PortalServer

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "autoparts_crawler" / "sample_portal"
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0"]


def expected() -> list[str]:
    return sorted(a["url"] for a in json.loads((SAMPLE / "truth.json").read_text(encoding="utf-8"))["articles"])


def run(out: Path, url: str, *args: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "autoparts_crawler", "run", "--site", "sample", "--start-url", url,
           "--out-dir", str(out), *FAST, *args]  # the case's settings win
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)


def feed_paths(site_dir: Path, base: str) -> list[str]:
    """Article paths of every complete line in every article feed of the site's runs."""
    paths = []
    for feed in sorted(site_dir.glob("*")):
        if feed.name.split(".")[1:2] != ["jsonl"]:
            continue
        for line in feed.read_bytes().split(b"\n"):
            try:
                paths.append(json.loads(line)["url"][len(base):].lstrip("/"))
            except ValueError:
                continue
    return paths


def once(paths: list[str]) -> str:
    want = expected()
    dup = len(paths) - len(set(paths))
    missing = len(set(want) - set(paths))
    return f"{len(set(paths))}/{len(want)} articles, {dup} duplicates, {missing} missing"


def message(proc: subprocess.CompletedProcess) -> str:
    """The runner's last stderr line (its one-line message) or its stdout outcome."""
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("autoparts-crawler")]
    outcome = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    return (lines[-1] if lines else outcome)[:110]


def mount_tmpfs(path: Path, size: str = "512k") -> bool:
    path.mkdir(parents=True, exist_ok=True)
    return os.geteuid() == 0 and subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                                                capture_output=True).returncode == 0


def fill(disk: Path, leave: int) -> Path:
    st = os.statvfs(disk)
    filler = disk / "filler"
    filler.write_bytes(b"\0" * max(0, st.f_bavail * st.f_frsize - leave))
    return filler


def case_healthy(tmp: Path, url: str) -> str:
    first, second = run(tmp / "runs", url), None
    time.sleep(1.1)
    second = run(tmp / "runs", url)
    return (f"exit {first.returncode} then {second.returncode}; "
            f"{once(feed_paths(tmp / 'runs' / 'sample', url))} over both runs")


def case_feed_disk_full(tmp: Path, url: str) -> str:
    disk = tmp / "disk"
    if not mount_tmpfs(disk):
        return "skipped (needs root for a tmpfs)"
    try:
        filler = fill(disk, 80_000)
        first = run(disk / "runs", url, "--state", str(tmp / "s.sqlite"))
        with sqlite3.connect(tmp / "s.sqlite") as db:
            marked = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        written = len(feed_paths(disk / "runs" / "sample", url))
        filler.unlink()
        second = run(disk / "runs", url, "--state", str(tmp / "s.sqlite"))
        return (f"exit {first.returncode} ({written} written, {marked} marked in the state), next run exit "
                f"{second.returncode}; {once(feed_paths(disk / 'runs' / 'sample', url))}")
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def case_state_disk_full(tmp: Path, url: str) -> str:
    disk = tmp / "disk"
    if not mount_tmpfs(disk):
        return "skipped (needs root for a tmpfs)"
    try:
        run(tmp / "seed", url, "--state", str(disk / "s.sqlite"), "-s", "AUTOPARTS_MAX_PAGES=1")
        fill(disk, 60_000)
        first = run(tmp / "runs", url, "--state", str(disk / "s.sqlite"))
        healthy = tmp / "healthy"
        healthy.mkdir()
        for part in disk.glob("s.sqlite*"):
            shutil.copy(part, healthy / part.name)
        second = run(tmp / "runs", url, "--state", str(healthy / "s.sqlite"))
        tracebacks = first.stderr.count("Traceback")
        return (f"exit {first.returncode}, {tracebacks} tracebacks, next run exit {second.returncode}; "
                f"{once(feed_paths(tmp / 'runs' / 'sample', url))}")
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def case_timeout(tmp: Path, url: str) -> str:
    slow = ["-s", "DOWNLOAD_DELAY=0.5", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "RANDOMIZE_DOWNLOAD_DELAY=0"]
    first = run(tmp / "runs", url, "--timeout", "4", *slow)
    site_dir = tmp / "runs" / "sample"
    partial = len(list(site_dir.glob("*.partial")))
    time.sleep(1.1)
    second = run(tmp / "runs", url)
    status = json.loads(sorted(site_dir.glob("*.summary.json"))[0].read_text())["status"]
    return (f"exit {first.returncode} (status {status}, {partial} .partial files left), next run exit "
            f"{second.returncode}{' resumed' if 'resuming' in second.stderr else ' fresh'}; "
            f"{once(feed_paths(site_dir, url))}")


def case_corrupt_state(tmp: Path, url: str) -> str:
    state = tmp / "s.sqlite"
    state.write_bytes(b"not sqlite" * 100)
    proc = run(tmp / "runs", url, "--state", str(state))
    return f"exit {proc.returncode}: {message(proc)}"


def case_bad_threshold(tmp: Path, url: str) -> str:
    proc = run(tmp / "runs", url, "-s", "AUTOPARTS_HEALTH_MAX_ERROR_RATE=5%")
    return f"exit {proc.returncode}: {message(proc)}"


def case_bad_setting(tmp: Path, url: str) -> str:
    proc = run(tmp / "runs", url, "-s", "CONCURRENT_REQUESTS=abc")
    return f"exit {proc.returncode}: {message(proc)}"


def case_unknown_argument(tmp: Path, url: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"start_url={url}",
                           "-a", "max_pagez=5", "-O", str(tmp / "x.jsonl")], cwd=ROOT, capture_output=True, text=True)
    last = [ln for ln in proc.stderr.splitlines() if ln.strip()][-1:]
    return f"exit {proc.returncode}: {(last[0] if last else '')[:110]}"


def _site(tmp: Path, files: dict[str, str], config: dict) -> Path:
    root = tmp / "site"
    for rel, text in files.items():
        (root / "www" / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / "www" / rel).write_text(text, encoding="utf-8")
    (root / "serve.json").write_text(json.dumps(config), encoding="utf-8")
    return root


def _crawl(root: Path, tmp: Path, start: str) -> tuple[subprocess.CompletedProcess, dict, list[dict], int]:
    log = tmp / "access.jsonl"
    with PortalServer(root, access_log=log) as server:
        proc = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"start_url={server.url}{start}",
                               "-O", str(tmp / "o.jsonl"), "-s", f"AUTOPARTS_STATS_PATH={tmp / 's.json'}",
                               "-s", "CLOSESPIDER_TIMEOUT=120", *FAST], cwd=ROOT, capture_output=True, text=True)
    stats = json.loads((tmp / "s.json").read_text()) if (tmp / "s.json").exists() else {}
    rejects = [json.loads(ln) for ln in (tmp / "o.rejects.jsonl").read_text().splitlines()] \
        if (tmp / "o.rejects.jsonl").exists() else []
    return proc, stats, rejects, len(log.read_text().splitlines()) if log.exists() else 0





def case_soft_404_trap(tmp: Path, _url: str) -> str:
    titles = ["刹车片出口订单持续回暖，企业扩产", "轮胎行业整合再起，中小厂商承压", "车灯新国标下月实施，检测费用上涨",
              "滤清器行业集中度提升，龙头份额过半", "火花塞进口替代加速，国产品牌突围", "雨刮器电商销量翻倍，售后渠道变局"]
    items = "".join(f'<li><a href="gone/{n}.html">{t}</a></li>' for n, t in enumerate(titles))  # all gone: soft 404s
    index = f'<html><head><meta charset="utf-8"><title>新闻</title></head><body><ul class="news-list">{items}</ul></body></html>'
    root = _site(tmp, {"index.html": index,
                       "soft404.html": SOFT_404_PAGE, "robots.txt": "User-agent: *\nAllow: /\n"}, {"soft_404": "/soft404.html"})
    proc, stats, rejects, requests = _crawl(root, tmp, "index.html")
    reasons = sorted({r["reason"] for r in rejects})
    return (f"exit {proc.returncode}, finish_reason {stats.get('finish_reason')}, {requests} requests; "
            f"rejects {reasons}")


def case_robots_5xx(tmp: Path, _url: str) -> str:
    root = _site(tmp, {"index.html": "<html><body><p>首页</p></body></html>", "robots.txt": "User-agent: *\n"},
                 {"status": {"/robots.txt": 503}})
    proc, stats, _rejects, requests = _crawl(root, tmp, "index.html")
    return (f"exit {proc.returncode}, {requests} requests (robots.txt and its retries only), "
            f"robots unreachable {stats.get('autoparts/robots/unreachable', 0)}, "
            f"skipped {stats.get('autoparts/skipped/robots_disallowed', 0)}")


CASES: list[tuple[str, Callable[[Path, str], str]]] = [
    ("two healthy runs (incremental)", case_healthy),
    ("output disk full mid-run", case_feed_disk_full),
    ("state disk full mid-run", case_state_disk_full),
    ("--timeout on a slow site", case_timeout),
    ("corrupt state file", case_corrupt_state),
    ("health threshold '5%'", case_bad_threshold),
    ("bad -s value", case_bad_setting),
    ("unknown -a argument", case_unknown_argument),
    ("soft-404 site with random links", case_soft_404_trap),
    ("robots.txt answers 503", case_robots_5xx),
]


def operator_table() -> int:
    """Run every case against the bundled sample portal and print case -> outcome."""
    print(f"{'case':34} outcome")
    with PortalServer(SAMPLE / "www") as server:
        for name, case in CASES:
            with tempfile.TemporaryDirectory() as tmp:
                t0 = time.perf_counter()
                try:
                    outcome = case(Path(tmp), server.url)
                except Exception as exc:  # a case that breaks is reported, the table goes on
                    outcome = f"ERROR {type(exc).__name__}: {exc}"
                print(f"{name:34} {outcome}  [{time.perf_counter() - t0:.0f} s]", flush=True)
    return 0

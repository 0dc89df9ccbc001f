"""Crawl the sample portal through the fault-injecting server and count what survived.

    python bench/faults.py --operator     # operator cases (disk full, timeout, bad state...) -> table
    python bench/faults.py [--error-rate 0.10] [--timeout-rate 0.05] [--reset-rate 0]
                           [--truncate-rate 0] [--empty-rate 0] [--seed issue6]

Prints pages requested, retries, articles emitted vs expected (truth.json), duplicates,
rejects by reason and exceptions (``log_count/ERROR`` + ``spider_exceptions/*``: must be 0).
Timeouts are short (DOWNLOAD_TIMEOUT=2, the server holds 2.5 s) to keep it quick.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tools/ and bench/ live beside the package

from tools.devserver import FaultPlan, PortalServer  # noqa: E402

SAMPLE = ROOT / "src" / "autoparts_crawler" / "sample_portal"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()] \
        if path.exists() else []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    for name, default in (("error", 0.10), ("timeout", 0.05), ("reset", 0.0), ("truncate", 0.0), ("empty", 0.0)):
        parser.add_argument(f"--{name}-rate", type=float, default=default)
    parser.add_argument("--seed", default="issue6")
    parser.add_argument("--retry-times", type=int, default=6)
    parser.add_argument("--operator", action="store_true", help="run the operator cases and print their table")
    args = parser.parse_args()
    if args.operator:
        from bench.operator_cases import operator_table

        return operator_table()
    plan = FaultPlan(error_rate=args.error_rate, timeout_rate=args.timeout_rate, reset_rate=args.reset_rate,
                     truncate_rate=args.truncate_rate, empty_rate=args.empty_rate, timeout_s=2.5, seed=args.seed)
    truth = json.loads((SAMPLE / "truth.json").read_text(encoding="utf-8"))
    expected = sorted(a["url"] for a in truth["articles"])
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        out, stats_path, log = tmpdir / "faults.jsonl", tmpdir / "stats.json", tmpdir / "access.jsonl"
        start = time.perf_counter()
        with PortalServer(SAMPLE / "www", faults=plan, access_log=log) as server:
            scrapy = Path(sys.executable).with_name("scrapy")
            proc = subprocess.run(
                [str(scrapy), "crawl", "portal", "-a", "site=sample", "-a", f"start_url={server.url}", "-O", str(out),
                 "-s", f"AUTOPARTS_STATS_PATH={stats_path}", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
                 "-s", "DOWNLOAD_TIMEOUT=2", "-s", f"RETRY_TIMES={args.retry_times}",
                 "-s", "AUTOPARTS_RETRY_BACKOFF_BASE=0.05", "-s", "AUTOPARTS_RETRY_BACKOFF_MAX=0.5",
                 "-s", "AUTOPARTS_RETRY_SEED=1", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"],
                cwd=ROOT, capture_output=True, text=True, env=dict(os.environ))
        elapsed = time.perf_counter() - start
        stats = json.loads(stats_path.read_text()) if stats_path.exists() else {}
        records = read_jsonl(out)
        rejects = read_jsonl(out.with_name("faults.rejects.jsonl"))
        access = read_jsonl(log)
    got = [r["url"][len(server.url):] for r in records]
    emitted = Counter(got)
    statuses = Counter(e["status"] for e in access)
    reasons = Counter(r["reason"] for r in rejects)
    exceptions = stats.get("log_count/ERROR", 0) + sum(v for k, v in stats.items() if k.startswith("spider_exceptions/"))
    print(f"faults: error {args.error_rate:.0%}, timeout {args.timeout_rate:.0%}, reset {args.reset_rate:.0%}, "
          f"truncate {args.truncate_rate:.0%}, empty {args.empty_rate:.0%} (seed {args.seed})")
    print(f"pages requested: {len(access)}  (server answers: " +
          ", ".join(f"{k} x{v}" for k, v in sorted(statuses.items())) + "; timeouts/resets are not logged)")
    print(f"retries: {stats.get('autoparts/retry/scheduled', 0)}  (" + ", ".join(
        f"{k.rsplit('/', 1)[1]} {v}" for k, v in sorted(stats.items()) if k.startswith("autoparts/retry/reason/"))
        + f"; backoff waited {stats.get('autoparts/retry/backoff_seconds', 0):.2f} s, "
        f"gave up {stats.get('autoparts/retry/gave_up', 0)})")
    print(f"articles emitted: {len(got)} of {len(expected)} expected; missing: {sorted(set(expected) - set(got))}")
    print(f"duplicates in the feed: {sum(v - 1 for v in emitted.values() if v > 1)}")
    print(f"rejects: {len(rejects)}  " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())))
    print(f"exceptions: {exceptions}  (log_count/ERROR {stats.get('log_count/ERROR', 0)}, spider_exceptions "
          f"{sum(v for k, v in stats.items() if k.startswith('spider_exceptions/'))})")
    print(f"exit code {proc.returncode}, finish_reason {stats.get('finish_reason')}, {elapsed:.1f} s")
    ok = proc.returncode == 0 and exceptions == 0 and sorted(got) == expected
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

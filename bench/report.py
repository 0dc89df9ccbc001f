"""Benchmark: ``autoparts-crawler report`` on a 5,000-article synthetic crawl.

Run ``.venv/bin/python bench/report.py [--articles N] [--runs R]``. Writes R runs of N articles
(with listings, rejects and summaries; view counts growing run to run) into a temporary folder,
then times the report of the last run (history over all R runs included) and prints the page size.

Targets: < 10 s and < 2 MB. The exit status is 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tools/

from autoparts_crawler.analytics.report import write_report
from tools.synthetic_feed import stamp, write_feed, write_side_files

MAX_SECONDS, MAX_BYTES = 10.0, 2 * 1024 * 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=2, help="runs in the folder (view history)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "sample"
        for run in range(args.runs):
            feed = folder / f"{stamp(run)}.jsonl"
            write_feed(feed, args.articles, run=run)
            write_side_files(feed, args.articles, run=run, rejects=200)
        feed_mb = feed.stat().st_size / 1e6
        t0 = time.perf_counter()
        out = write_report(feed)
        seconds = time.perf_counter() - t0
        size = out.stat().st_size
    ok_time, ok_size = seconds < MAX_SECONDS, size < MAX_BYTES
    print(f"report: {args.articles} articles x {args.runs} runs (feed {feed_mb:.1f} MB each): "
          f"{seconds:.2f} s (target < {MAX_SECONDS:.0f} s) {'ok' if ok_time else 'MISSED'}, "
          f"page {size / 1024:.0f} KiB (target < {MAX_BYTES // 1024 // 1024} MB) {'ok' if ok_size else 'MISSED'}")
    return 0 if ok_time and ok_size else 1


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Crawl the shared dev_portal test site (no site profile: generic extractor) and score it.

    python bench/dev_portal_crawl.py [--shared ../shared] [--keep DIR]

Serves ``SHARED/sites/dev_portal`` with ``SHARED/sites/serve.py`` on a free 127.0.0.1 port
(with an access log, for robots.txt checks), runs a real ``scrapy crawl portal -a
start_url=...`` with the site's crawl time as AUTOPARTS_REFERENCE_TIME, then prints the
figures of ``SHARED/sites/score.py`` (articles, fields, body, related and listing entries,
rejects, robots violations) and the crawl's wall time. Not a test: it needs ../shared.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--keep", type=Path, help="keep the crawl output in this folder")
    args = parser.parse_args()
    site = args.shared / "sites" / "dev_portal"
    truth = site / "truth"
    crawl_time = json.loads((truth / "expected.json").read_text(encoding="utf-8"))["crawl_time"]
    work = Path(tempfile.mkdtemp(prefix="dev_portal_"))
    access = work / "access.jsonl"
    server = subprocess.Popen([sys.executable, str(args.shared / "sites" / "serve.py"), str(site), "--port", "0",
                               "--quiet", "--access-log", str(access)], stdout=subprocess.PIPE, text=True)
    try:
        url = server.stdout.readline().split(" at ")[-1].strip()
        out = work / "crawl.jsonl"
        scrapy = Path(sys.executable).with_name("scrapy")
        started = time.perf_counter()
        proc = subprocess.run([str(scrapy), "crawl", "portal", "-a", f"start_url={url}", "-O", str(out),
                               "-s", f"AUTOPARTS_REFERENCE_TIME={crawl_time}", "-s", "AUTOTHROTTLE_ENABLED=0",
                               "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=WARNING"], cwd=ROOT,
                              capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        if proc.returncode != 0:
            print(proc.stderr[-3000:])
            return proc.returncode
        score = subprocess.run([sys.executable, str(args.shared / "sites" / "score.py"), "--truth", str(truth),
                                "--output", str(out), "--listings", str(out.with_name("crawl.listings.jsonl")),
                                "--rejects", str(out.with_name("crawl.rejects.jsonl")), "--access-log", str(access)],
                               capture_output=True, text=True)
        lines = score.stdout.strip().splitlines()
        print("\n".join(lines[:-1]))
        print(f"crawl wall time: {elapsed:.1f} s (start_url {url}, no site profile: generic extractor)")
        if args.keep:
            shutil.copytree(work, args.keep, dirs_exist_ok=True)
        return 0
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())

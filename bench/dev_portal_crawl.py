#!/usr/bin/env python3
"""Crawl the shared dev_portal test site (no site profile: generic extractor) and score it.

    python bench/dev_portal_crawl.py [--shared ../shared] [--keep DIR]

Serves ``SHARED/sites/dev_portal`` with ``SHARED/sites/serve.py`` on a free 127.0.0.1 port
(with an access log, for robots.txt checks), runs a real ``scrapy crawl portal -a
start_url=...`` with the site's crawl time as AUTOPARTS_REFERENCE_TIME, then prints the
figures of ``SHARED/sites/score.py`` (given ``published_when``: ``published_at`` when the page shows the time,
else ``published_date`` -- the scorer reads one publication field, our records carry two) (articles, fields, body, related and listing entries,
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


def with_published_when(path: Path) -> Path:
    """A copy of a JSONL output whose records (and related entries) carry ``published_when``: the
    instant when the page shows the time, else the day -- the one field the scorer reads."""
    scored = path.with_name(path.stem + ".scored.jsonl")
    with path.open(encoding="utf-8") as src, scored.open("w", encoding="utf-8") as dst:
        for line in src:
            record = json.loads(line)
            for entry in [record, *record.get("related", [])]:
                entry["published_when"] = entry.get("published_at") or entry.get("published_date")
            dst.write(json.dumps(record, ensure_ascii=False) + "\n")
    return scored


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
        # the scorer reads one publication field, ours are two (published_at only when the time is shown,
        # published_date always): it is given the instant when there is one, else the day
        scored, listings = with_published_when(out), with_published_when(out.with_name("crawl.listings.jsonl"))
        score = subprocess.run([sys.executable, str(args.shared / "sites" / "score.py"), "--truth", str(truth),
                                "--output", str(scored), "--field", "article.published_at=published_when",
                                "--field", "related.date=published_when", "--field", "listing.date=published_when",
                                "--listings", str(listings),
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

#!/usr/bin/env python3
"""Throughput and memory of the full crawl against a plain link-following Scrapy baseline.

    python bench/crawl.py [--articles 5000] [--concurrency 16] [--repeat 1] [--keep DIR]

Generates a large local portal (``sample_portal.generate``), serves it from a separate
process (``python -m tools.devserver``, so the server does not share the crawl's
GIL), then runs, with the same concurrency, AutoThrottle off and DOWNLOAD_DELAY 0:

1. the baseline: ``scrapy runspider bench/baseline_spider.py`` (follows the links, nothing else);
2. our full crawl: ``scrapy crawl portal -a site=sample -a start_url=...`` (``--unprofiled``: no
   ``-a site``, the generic extractor and classifier on every page) (extraction,
   normalization, validation, dedupe, JSONL output).

Prints pages/min of both (responses / Scrapy's elapsed time), their ratio, the full crawl's
peak RSS (VmRSS of the crawl process sampled every 0.2 s) and its RSS when 25/50/75/100 % of
the pages were served (progress from the server's access log), and the CPU time per page of
each crawl process (user + system: the same ratio, less moved by other load). Targets: ratio >= 70 %,
peak RSS < 300 MB, no growth after warm-up. With ``--repeat N`` both crawls run N times,
alternating, and the fastest run of each is reported (other load on the machine only slows
a run down). Not a timed test.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tools/ (the portal generator) lives beside the package
BIN = Path(sys.executable).parent


@dataclass
class Sample:
    t: float
    rss_mb: float
    served: int


@dataclass
class CrawlRun:
    name: str
    stats: dict
    samples: list[Sample] = field(default_factory=list)
    wall_s: float = 0.0
    cpu_s: float = 0.0  # user + system CPU seconds of the crawl process

    @property
    def cpu_ms_per_page(self) -> float:
        return self.cpu_s / self.pages * 1000 if self.pages else 0.0

    @property
    def pages(self) -> int:
        return int(self.stats.get("downloader/response_count", 0))

    @property
    def elapsed(self) -> float:
        return float(self.stats.get("elapsed_time_seconds") or self.wall_s)

    @property
    def pages_per_min(self) -> float:
        return self.pages / self.elapsed * 60 if self.elapsed else 0.0


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (FileNotFoundError, ProcessLookupError):
        return None
    return None


def serve(site: Path, access_log: Path) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "tools.devserver", str(site), "--port", "0",
                             "--access-log", str(access_log)], stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline() if proc.stdout else ""
    url = line.strip().rsplit(" ", 1)[-1]
    if not url.startswith("http"):
        raise SystemExit(f"server did not start: {line!r}")
    return proc, url


def run_crawl(name: str, cmd: list[str], cwd: Path, env: dict, stats_path: Path, access_log: Path) -> CrawlRun:
    """Run one crawl process, sampling its RSS and the pages served so far every 0.2 s."""
    run = CrawlRun(name, {})
    before = resource.getrusage(resource.RUSAGE_CHILDREN)  # the crawl is the only child reaped below
    t0 = time.monotonic()
    served, offset = 0, 0
    with (stats_path.parent / f"{name}.log").open("w") as log:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        while proc.poll() is None:
            rss = rss_mb(proc.pid)
            if access_log.exists():
                with access_log.open("rb") as fh:
                    fh.seek(offset)
                    chunk = fh.read()
                cut = chunk.rfind(b"\n") + 1
                served += chunk[:cut].count(b"\n")
                offset += cut
            if rss is not None:
                run.samples.append(Sample(time.monotonic() - t0, rss, served))
            time.sleep(0.2)
    run.wall_s = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    run.cpu_s = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise SystemExit(f"{name} crawl failed ({proc.returncode}); see {stats_path.parent / (name + '.log')}")
    run.stats = json.loads(stats_path.read_text(encoding="utf-8"))
    return run


def rss_at(run: CrawlRun, fraction: float) -> float:
    total = run.samples[-1].served if run.samples else 0
    for sample in run.samples:
        if sample.served >= fraction * total:
            return sample.rss_mb
    return run.samples[-1].rss_mb if run.samples else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=1, help="run both crawls N times; report the fastest of each")
    parser.add_argument("--keep", type=Path, help="keep the generated portal and outputs here")
    parser.add_argument("--unprofiled", action="store_true",
                        help="crawl without -a site=sample: the generic extractor and classifier on every page")
    parser.add_argument("-s", "--set", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                        help="a Scrapy setting for the full crawl (e.g. AUTOPARTS_INDUCE=0)")
    args = parser.parse_args()

    from tools.generate_sample_portal import generate

    work = args.keep or Path(tempfile.mkdtemp(prefix="autoparts-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    t = time.monotonic()
    truth = generate(work / "portal", n_articles=args.articles)
    print(f"generated {len(truth['articles'])} articles in {time.monotonic() - t:.1f} s: {work / 'portal'}")
    common = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", f"CONCURRENT_REQUESTS={args.concurrency}",
              "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={args.concurrency}", "-s", "ROBOTSTXT_OBEY=1",
              "-s", "LOG_LEVEL=INFO", "-s", "DEPTH_LIMIT=0"]
    runs: list[CrawlRun] = []
    try:
        for name in ("baseline", "full") * max(1, args.repeat):
            access = work / f"{name}.access.jsonl"
            access.unlink(missing_ok=True)
            stats_path = work / f"{name}.stats.json"
            server, url = serve(work / "portal", access)
            try:
                if name == "baseline":  # outside the project: plain Scrapy defaults + the common settings
                    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
                    cmd = [str(BIN / "scrapy"), "runspider", str(ROOT / "bench" / "baseline_spider.py"),
                           "-a", f"start_url={url}", "-a", f"stats_path={stats_path}", *common]
                    runs.append(run_crawl(name, cmd, work, env, stats_path, access))
                else:
                    site = [] if args.unprofiled else ["-a", "site=sample"]
                    cmd = [str(BIN / "scrapy"), "crawl", "portal", *site, "-a", f"start_url={url}",
                           "-O", str(work / "full.jsonl"), "-s", f"AUTOPARTS_STATS_PATH={stats_path}", *common,
                           *(arg for setting in args.settings for arg in ("-s", setting))]
                    runs.append(run_crawl(name, cmd, ROOT, dict(os.environ), stats_path, access))
            finally:
                server.terminate()
                server.wait()
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)

    # each baseline run and the full run right after it are a pair: the ratio within a pair is the
    # least moved by load that comes and goes on the machine; their median is printed beside the best
    pairs = [full.pages_per_min / base.pages_per_min for base, full in zip(runs[0::2], runs[1::2], strict=True)
             if base.pages_per_min]
    baseline = max((r for r in runs if r.name == "baseline"), key=lambda r: r.pages_per_min)
    full = max((r for r in runs if r.name == "full"), key=lambda r: r.pages_per_min)
    runs = [baseline, full]
    items = int(full.stats.get("item_scraped_count", 0))
    print(f"{'crawl':<10}{'pages':>8}{'elapsed s':>11}{'pages/min':>11}{'CPU ms/page':>13}{'peak RSS MB':>13}")
    for run in runs:
        peak = max((s.rss_mb for s in run.samples), default=0.0)
        print(f"{run.name:<10}{run.pages:>8}{run.elapsed:>11.1f}{run.pages_per_min:>11.0f}"
              f"{run.cpu_ms_per_page:>13.2f}{peak:>13.1f}")
    ratio = full.pages_per_min / baseline.pages_per_min if baseline.pages_per_min else 0.0
    if full.cpu_ms_per_page:  # less sensitive to other load on the machine than elapsed time
        print(f"CPU time per page: baseline/full = {baseline.cpu_ms_per_page / full.cpu_ms_per_page:.0%}")
    peak = max((s.rss_mb for s in full.samples), default=0.0)
    marks = {pct: rss_at(full, pct / 100) for pct in (25, 50, 75, 100)}
    growth = marks[100] - marks[25]
    print(f"full crawl: {items} articles of {len(truth['articles'])}; "
          f"ratio full/baseline = {ratio:.0%} (target >= 70%)")
    if len(pairs) > 1:
        print("ratio within each back-to-back pair: " + " ".join(f"{r:.0%}" for r in pairs)
              + f"; median {statistics.median(pairs):.0%}")
    print("full crawl RSS at 25/50/75/100% of pages: " + " / ".join(f"{v:.1f}" for v in marks.values())
          + f" MB; peak {peak:.1f} MB (target < 300 MB); growth 25%->100%: {growth:+.1f} MB")
    ok = ratio >= 0.7 and peak < 300
    print("targets met" if ok else "targets NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

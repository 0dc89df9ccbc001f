#!/usr/bin/env python3
"""Unprofiled crawl of every template-zoo family, scored against the family's truth.

    python bench/zoo.py [--zoo tools.zoo] [--family NAME ...] [--keep DIR] [--jobs 1] [--seed N] [--shared ../shared]

For each family: ``tools.zoo`` generates the site into a temp folder, ``tools.devserver`` serves it
on 127.0.0.1 (its serve.json: charset headers of the GBK families, query routes of the
Discuz!/ASP URLs, the 404 page), a real ``scrapy crawl portal -a start_url=...`` runs with no
site profile (generic extractor) at the zoo's fixed fetch time, and ``tools.zoo.score`` compares
its JSONL with the truth. Prints one row per family (article recall / precision, field accuracy
over matched articles, body F1, related-entry and listing-entry F1, duplicates), the crawl's
pages/min, then the worst failures per family. Not a test; do not tune the extractor to it.

``--zoo`` names the generator package: ``tools.zoo`` (the development zoo, default) or a held-out
one (``tools.heldout_zoo_a``, ``tools.heldout_zoo_b``: families written without reading the
extractor, never tuned on before they were first measured). Each exports ``FAMILIES``,
``REFERENCE_TIME``, ``SEED`` and ``generate_family`` and writes the same truth layout.
"""

from __future__ import annotations

import argparse
import importlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.zoo.score import body_metric, score  # noqa: E402

COLUMNS = [("recall", "rec"), ("precision", "prec"), ("title", "title"), ("body_f1", "body"),
           ("published_date", "date"), ("published_at", "at"), ("author", "auth"), ("editor", "edit"),
           ("source", "src"), ("category", "cat"), ("views", "views"), ("comments", "cmts"),
           ("related_f1", "rel"), ("listing_f1", "list")]


def crawl_family(zoo, name: str, work: Path, seed: int, shared: Path | None, settings: list[str] = ()) -> dict:
    exp = zoo.generate_family(name, work, seed)
    site = work / name
    access = site / "access.jsonl"
    server = subprocess.Popen([sys.executable, "-m", "tools.devserver", str(site), "--port", "0",
                               "--access-log", str(access)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline() if server.stdout else ""
        base = line.strip().rsplit(" ", 1)[-1].rstrip("/")
        if not base.startswith("http"):
            raise RuntimeError(f"{name}: server did not start: {line!r}")
        out = site / "crawl.jsonl"
        stats = site / "stats.json"
        scrapy = Path(sys.executable).with_name("scrapy")
        extra = [arg for setting in settings for arg in ("-s", setting)]
        started = time.perf_counter()
        proc = subprocess.run([str(scrapy), "crawl", "portal", "-a", f"start_url={base}{exp['start_url']}",
                               "-O", str(out), "-s", f"AUTOPARTS_REFERENCE_TIME={zoo.REFERENCE_TIME.isoformat()}",
                               "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=WARNING",
                               "-s", f"AUTOPARTS_STATS_PATH={stats}", *extra], cwd=ROOT, capture_output=True, text=True)
        wall = time.perf_counter() - started
        (site / "crawl.log").write_text(proc.stderr, encoding="utf-8")
        if proc.returncode != 0:
            return {"family": name, "error": f"crawl exit {proc.returncode}: {proc.stderr[-400:]}"}
        res = score(site / "truth", out, out.with_name("crawl.listings.jsonl"), shared)
        st = json.loads(stats.read_text(encoding="utf-8")) if stats.is_file() else {}
        pages = int(st.get("downloader/response_count", 0))
        elapsed = float(st.get("elapsed_time_seconds") or wall)
        res.update(family=name, pages=pages, pages_per_min=pages / elapsed * 60 if elapsed else 0.0, wall_s=wall)
        return res
    finally:
        server.terminate()
        server.wait()


def fmt(v) -> str:
    return "  -  " if v is None else f"{v:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--zoo", default="tools.zoo", help="generator package (default tools.zoo)")
    parser.add_argument("--family", action="append")
    parser.add_argument("--keep", type=Path, help="generate into and keep this folder (sites, crawl output, logs)")
    parser.add_argument("--jobs", type=int, default=1, help="families crawled at once (default 1)")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--shared", type=Path, help="folder holding bench/extraction_eval.py (default: ../shared)")
    parser.add_argument("-s", "--set", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                        help="a Scrapy setting for every crawl (e.g. AUTOPARTS_INDUCE=0)")
    args = parser.parse_args()
    zoo = importlib.import_module(args.zoo)
    names = args.family or list(zoo.FAMILIES)
    unknown = sorted(set(names) - set(zoo.FAMILIES))
    if unknown:
        parser.error(f"unknown families {unknown}; {args.zoo} has {sorted(zoo.FAMILIES)}")
    seed = zoo.SEED if args.seed is None else args.seed
    work = args.keep or Path(tempfile.mkdtemp(prefix="zoo-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        with ThreadPoolExecutor(max(1, args.jobs)) as pool:
            results = list(pool.map(lambda n: crawl_family(zoo, n, work, seed, args.shared, args.settings), names))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"template zoo {args.zoo}, unprofiled crawl (generic extractor), seed {seed}, "
          f"fetch time {zoo.REFERENCE_TIME.isoformat()}")
    print(f"body: {body_metric(args.shared)}; fields: share exact over matched articles (null == null counts)")
    print(f"{'family':<10}" + "".join(f"{h:>6}" for _, h in COLUMNS) + f"{'dups':>5}{'pages':>6}{'p/min':>7}")
    for r in results:
        if "error" in r:
            print(f"{r['family']:<10} ERROR {r['error']}")
            continue
        print(f"{r['family']:<10}" + "".join(f"{fmt(r[k]):>6}" for k, _ in COLUMNS)
              + f"{r['duplicates']:>5}{r['pages']:>6}{r['pages_per_min']:>7.0f}")
    print("\nworst failures (count of matched articles failing, examples):")
    for r in results:
        if "error" in r:
            continue
        tp, fp, fn = r["related_tp_fp_fn"]
        ltp, lgot, lwant = r["listing_tp_emitted_expected"]
        print(f"- {r['family']}: {r['matched']}/{r['articles']} articles matched, {r['records']} records"
              f" (unmatched e.g. {r['unmatched']}); related tp/fp/fn {tp}/{fp}/{fn}; listings {ltp} of {lwant}"
              f" ({lgot} emitted on truth list pages, {r['listing_duplicates']} dup)")
        worst = sorted(r["fails"].items(), key=lambda kv: -kv[1][0])[:4]
        for field, (count, examples) in worst:
            print(f"    {field}: {count}/{r['matched']}  e.g. {examples[0][:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Template drift on a profiled crawl: is it detected, and do the records stay right?

    python bench/drift.py [--articles 60] [--tune 1,2,3,4,5] [--held-out 11,12,13,14,15] [--share 0.5]

For each seed, generates the sample portal (``tools.generate_sample_portal``) and crawls it twice
with the ``sample`` profile (``scrapy crawl portal -a site=sample -a start_url=http://127.0.0.1:PORT/``,
served by ``tools.devserver``, default drift settings):

1. unchanged: any ``autoparts/drift/<field>`` is a false alarm;
2. redesigned: the latest ``--share`` of the articles (by publication time) rename 1-3 of the
   class/id names the profile's selectors use (chosen per seed). The fields it breaks are those
   whose profile selector matched on a redesigned page before the renaming and not after (renaming
   the body's id also breaks the editor selector inside it); a drift report of a broken field is a
   hit, of another field a false alarm, a broken field not reported a miss.

Records are compared with the generator's truth on the content fields (title, author, editor, source,
category, published_date/_at, views, comments, paragraphs, related titles): the share of
(record, field) pairs equal to the truth on the redesigned pages and on the others. Seeds are split
in two halves: the default thresholds (window 50, from 20 pages, margin 0.3) were set before
looking at either; both halves are printed. Not a timed test.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tools/ lives beside the package

from tools.devserver import PortalServer  # noqa: E402
from tools.generate_sample_portal import generate  # noqa: E402

#: profile field -> (markup as the profile knows it, as the redesign spells it)
RENAMES = {
    "published": (b'class="pubtime"', b'class="time"'),
    "author": (b'class="author"', b'class="writer"'),
    "source": (b'class="source"', b'class="origin"'),
    "title": (b'class="article-title"', b'class="headline"'),
    "views": (b'class="views"', b'class="hits"'),
    "comments": (b'class="comment-num"', b'class="cmt-count"'),
    "category": (b'class="category"', b'class="channel"'),
    "related": (b'class="rel-item"', b'class="rel-entry"'),
    "subtitle": (b'class="subtitle"', b'class="deck"'),
    "editor": (b'class="editor"', b'class="ed-line"'),
    "body": (b'id="content"', b'id="article-body"'),
}
FIELDS = ("title", "subtitle", "author", "editor", "source", "category", "published_date", "published_at", "views", "comments",
          "paragraphs")
REFERENCE_TIME = "2026-11-28T10:00:00+08:00"


def crawl(www: Path, work: Path) -> tuple[dict, list[dict], str]:
    out, stats = work / "out.jsonl", work / "stats.json"
    with PortalServer(www) as server:
        proc = subprocess.run(
            [str(Path(sys.executable).with_name("scrapy")), "crawl", "portal", "-a", "site=sample",
             "-a", f"start_url={server.url}", "-O", str(out), "-s", f"AUTOPARTS_STATS_PATH={stats}",
             "-s", f"AUTOPARTS_REFERENCE_TIME={REFERENCE_TIME}", "-s", "AUTOTHROTTLE_ENABLED=0",
             "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=WARNING"],
            cwd=ROOT, capture_output=True, text=True, timeout=600)
        if proc.returncode:
            raise SystemExit(proc.stderr[-3000:])
        root = server.url
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    return json.loads(stats.read_text(encoding="utf-8")), records, root


def drift_fields(stats: dict) -> set[str]:
    prefix = "autoparts/drift/"
    return {k[len(prefix):] for k, v in stats.items() if k.startswith(prefix) and "/" not in k[len(prefix):] and v}


def agreement(records: list[dict], truth: dict, root: str, paths: set[str]) -> tuple[int, int, dict[str, int]]:
    """(fields equal to the truth, fields compared, wrong count per field) over the articles in ``paths``."""
    by_path = {urlsplit(r["url"]).path.lstrip("/"): r for r in records}
    right = total = 0
    wrong: dict[str, int] = {}
    for article in truth["articles"]:
        if article["url"] not in paths:
            continue
        record = by_path.get(article["url"], {})
        got = {name: record.get(name) for name in FIELDS}
        got["related"] = [e["title"] for e in record.get("related", [])]
        want = {name: article[name] for name in FIELDS}
        want["related"] = [e["title"] for e in article["related"]]
        for name in got:
            total += 1
            if got[name] == want[name]:
                right += 1
            else:
                wrong[name] = wrong.get(name, 0) + 1
    return right, total, wrong


def broken_fields(before: bytes, after: bytes) -> set[str]:
    """Profile fields whose selector matches ``before`` and not ``after`` (the ground truth of drift)."""
    from parsel import Selector

    from autoparts_crawler.extraction.selectors import select
    from autoparts_crawler.sites import load_profile

    profile = load_profile("sample")
    specs = {name: spec for name, spec in profile.article if spec and name != "body_exclude"}
    specs["related"] = profile.related.item
    old, new = Selector(body=before), Selector(body=after)
    return {name for name, spec in specs.items() if select(old, spec) and not select(new, spec)}


def one_seed(seed: int, articles: int, share: float, work: Path) -> dict:
    portal = work / f"portal-{seed}"
    truth = generate(portal, n_articles=articles, seed=seed)
    everything = {a["url"] for a in truth["articles"]}
    stats, records, root = crawl(portal / "www", work)
    clean_alarms, clean_agreement = sorted(drift_fields(stats)), agreement(records, truth, root, everything)

    rng = random.Random(seed)
    renamed = set(rng.sample(sorted(RENAMES), rng.randint(1, 3)))
    broken: set[str] = set()
    ordered = sorted(truth["articles"], key=lambda a: a["published"])
    later = ordered[int(len(ordered) * (1 - share)):]
    for article in later:
        for path in {*article["pages"], *article["aliases"]}:
            page = portal / "www" / path
            before = data = page.read_bytes()
            for name in renamed:
                data = data.replace(*RENAMES[name])
            page.write_bytes(data)
            broken |= broken_fields(before, data)
    stats, records, root = crawl(portal / "www", work)
    reported = drift_fields(stats)
    later_paths = {a["url"] for a in later}
    return {
        "seed": seed, "clean_false_alarms": clean_alarms, "clean": clean_agreement, "renamed": sorted(renamed),
        "broken": sorted(broken), "reported": sorted(reported),
        "hits": sorted(broken & reported), "misses": sorted(broken - reported), "false_alarms": sorted(reported - broken),
        "redesigned": agreement(records, truth, root, later_paths),
        "others": agreement(records, truth, root, everything - later_paths),
    }


def summarize(name: str, results: list[dict]) -> None:
    def share(key: str) -> str:
        right = sum(r[key][0] for r in results)
        total = sum(r[key][1] for r in results)
        wrong: dict[str, int] = {}
        for r in results:
            for field, n in r[key][2].items():
                wrong[field] = wrong.get(field, 0) + n
        return f"{right}/{total} = {right / total:.4f}" + (f" (wrong: {wrong})" if wrong else "")

    broken = sum(len(r["broken"]) for r in results)
    print(f"== {name}: seeds {[r['seed'] for r in results]}")
    print(f"   unchanged site: false alarms {sum(len(r['clean_false_alarms']) for r in results)} "
          f"in {len(results)} crawls; records right: {share('clean')}")
    print(f"   redesign: {broken} broken fields, detected {sum(len(r['hits']) for r in results)}, "
          f"missed {sum(len(r['misses']) for r in results)} {[m for r in results for m in r['misses']]}, "
          f"false alarms {sum(len(r['false_alarms']) for r in results)} {[m for r in results for m in r['false_alarms']]}")
    print(f"   records right, redesigned pages: {share('redesigned')}")
    print(f"   records right, other pages:      {share('others')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--share", type=float, default=0.5, help="share of the articles redesigned (the latest)")
    parser.add_argument("--tune", default="1,2,3,4,5")
    parser.add_argument("--held-out", default="11,12,13,14,15")
    parser.add_argument("--json", type=Path, help="write every seed's result here")
    args = parser.parse_args()
    everything = {}
    with tempfile.TemporaryDirectory(prefix="bench-drift-") as tmp:
        for name, seeds in (("tune", args.tune), ("held-out", args.held_out)):
            results = []
            for seed in (int(s) for s in seeds.split(",") if s):
                results.append(one_seed(seed, args.articles, args.share, Path(tmp)))
                print(json.dumps({k: v for k, v in results[-1].items() if k in ("seed", "renamed", "broken", "reported")}),
                      flush=True)
            if results:
                summarize(name, results)
            everything[name] = results
    if args.json:
        args.json.write_text(json.dumps(everything, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

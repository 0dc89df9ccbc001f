#!/usr/bin/env python3
"""Extraction benchmark: ``extract_article`` (the path every crawled page takes) vs trafilatura
vs readability-lxml, on the public sets in SHARED_DIR/benchmarks.

    .venv/bin/python bench/extraction.py [SHARED_DIR] [--only NAME] [--set en|zh] [--limit N] [--worst K]
        [--half dev|held]

SHARED_DIR defaults to ../shared relative to the repo root. The metric (shingle P/R/F1) is
imported at runtime from SHARED_DIR/bench/extraction_eval.py -- not copied here.

``ours`` is the public API: ``autoparts_crawler.extract.extract_article(html, url)`` -- decoding,
link sanitising, one page analysis, all fields, normalisation and validation -- scored on the
record's ``body_text`` (a rejected page scores as empty). ``ours-body`` (breakdown only) is the
body alone from the same analysis. pages/s is pages over summed wall time (parsing included for
every extractor; the extractors take each page in turn, so load changes hit all alike); the speed ratio to trafilatura is printed for ``ours``. On the Chinese set
author and date are checked on the record (author; published_at, else published_date) against
author-ground.json / date-ground.json. Prints figures; not a test.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from datetime import UTC, datetime  # noqa: E402

from parsel import Selector  # noqa: E402

from autoparts_crawler.extract import extract_article  # noqa: E402
from autoparts_crawler.extraction.analysis import analyze_page  # noqa: E402
from autoparts_crawler.extraction.generic import extract_body  # noqa: E402
from autoparts_crawler.records.rejects import RecordRejected  # noqa: E402

DATASETS = (("scrapinghub-article-extraction-benchmark", "word"), ("chinese-web-content-extraction", "cjk"))


def load_eval(shared: Path):
    """Import the shared metric module from its path."""
    path = shared / "bench" / "extraction_eval.py"
    spec = importlib.util.spec_from_file_location("extraction_eval", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


FETCHED_AT = datetime.now(UTC)


def record_of(html: str, url: str | None):
    """The record ``extract_article`` gives, or None for a rejected page."""
    try:
        return extract_article(html, url or None, fetched_at=FETCHED_AT)
    except RecordRejected:
        return None


def ours(html: str, url: str | None) -> str:
    record = record_of(html, url)
    return record.body_text if record is not None else ""


def ours_body(html: str, url: str | None) -> str:
    return "\n".join(extract_body(analyze_page(Selector(text=html), url or "")))


def trafilatura_fn():
    import trafilatura

    def run(html: str, url: str | None) -> str:
        return trafilatura.extract(html, url=url) or ""

    return run


def readability_fn():
    from lxml import html as lhtml
    from readability import Document

    def run(html: str, url: str | None) -> str:
        try:
            summary = Document(html).summary(html_partial=True)
        except Exception:
            return ""
        return lhtml.fromstring(summary).text_content() if summary.strip() else ""

    return run


_NORM_AUTHOR = re.compile(r"[\s,，、;；/&]+")


def author_ok(truth: str, pred: str | None) -> bool:
    """Same names (order-insensitive, separators ignored); UNKNOWN/empty truth wants None."""
    t = (truth or "").strip()
    if _truth_kind(t) == "none":
        return not pred
    if not pred:
        return False
    return sorted(x for x in _NORM_AUTHOR.split(t) if x) == sorted(x for x in _NORM_AUTHOR.split(pred) if x)


_DATE_NUMS = re.compile(r"\d+")


def _truth_kind(truth: str) -> str:
    """'none' for an empty or UNKNOWN (also the misspelt UNKNWON) truth -- the page credits
    nothing, so the right answer is None -- else 'ok'."""
    t = (truth or "").strip()
    if not t or t.upper().startswith("UNK"):
        return "none"
    return "ok"


def date_ok(truth: str, pred: str | None) -> bool:
    """Same calendar fields up to the minute, at the truth's precision.

    The truth's numbers (y, m[, d[, H, M[, S]]]) are compared with the prediction's leading
    numbers as integers (so '2005-5-7' == '2005年05月07日'); seconds are ignored (a truth of
    '21:23:57' accepts a shown '21:23'), a truth with a time needs the prediction's time, and
    a year-only or year-month truth accepts any prediction in that year/month. The prediction
    is what analysts get: the extracted text through ``normalize_date`` (fetch time = now, no
    day/month order known, so an ambiguous ``05/04/2025`` is None). An ISO value with an offset
    counts as written (no timezone conversion). UNKNOWN or empty truth -- and a
    truth with no digits at all (a data error: the page has no recorded date) -- wants None.
    """
    if _truth_kind(truth) == "none":
        return not pred
    tn = [int(x) for x in _DATE_NUMS.findall(truth)][:5]
    if not tn:
        return not pred
    if not pred:
        return False
    pn = [int(x) for x in _DATE_NUMS.findall(pred)]
    return len(pn) >= len(tn) and pn[: len(tn)] == tn


def in_half(pid: str, half: str | None) -> bool:
    """A fixed split of every set in two halves by a hash of the page id: 'dev' (rules are
    developed looking at these pages) and 'held' (reported apart, never looked at)."""
    if not half:
        return True
    even = hashlib.sha1(pid.encode()).digest()[0] % 2 == 0
    return even == (half == "dev")


def run_set(ev, root: Path, mode: str, fns: dict, limit: int | None, worst: int, half: str | None = None) -> None:
    pages = [p for p in ev.load_dataset(root) if in_half(p[0], half)][:limit]
    print(f"\n== {root.name}{f' ({half} half)' if half else ''}: {len(pages)} pages, tokens={mode}")
    speed: dict[str, float] = {}
    # interleaved: each page goes through every extractor in turn (the order rotating), so a
    # machine whose load changes during the run slows all of them alike
    elapsed = dict.fromkeys(fns, 0.0)
    per_page: dict[str, list] = {name: [] for name in fns}
    names = list(fns)
    for n, (pid, html, url, truth) in enumerate(pages):
        for name in names[n % len(names):] + names[:n % len(names)]:
            t0 = time.perf_counter()
            try:
                out = fns[name](html, url)
            except Exception as e:
                print(f"  error {name} {pid}: {type(e).__name__}: {e}"[:200])
                out = ""
            elapsed[name] += time.perf_counter() - t0
            per_page[name].append((pid, ev.page_scores(truth, out, mode)))
    for name in names:
        res = ev.summarize([r for _, r in per_page[name]], 200)
        speed[name] = len(pages) / elapsed[name]
        print(f"  {name:12s} P {res['precision']:.3f}  R {res['recall']:.3f}  F1 {res['f1']:.3f} "
              f"(± {res['f1_std']:.3f})  all-pages F1 {res['all_f1_mean']:.3f}  "
              f"{speed[name]:7.1f} pages/s")
        if worst and name == "ours":
            def f1(r):
                p, rc = r[3] or 0.0, r[4] or 0.0
                return 2 * p * rc / (p + rc) if p + rc else 0.0
            for pid, r in sorted(per_page[name], key=lambda x: f1(x[1]))[:worst]:
                print(f"     worst {pid}  P {r[3] or 0:.2f} R {r[4] or 0:.2f}")
    if "ours" in speed and "trafilatura" in speed:
        print(f"  extract_article speed = {speed['ours'] / speed['trafilatura']:.2f} x trafilatura")
    a_path, d_path = root / "author-ground.json", root / "date-ground.json"
    if a_path.exists() and d_path.exists() and "ours" in fns:
        authors = json.loads(a_path.read_text("utf-8"))
        dates = json.loads(d_path.read_text("utf-8"))
        a_ok = d_ok = 0
        bad = []
        for pid, html, url, _ in pages:
            record = record_of(html, url)
            a = record.author if record is not None else None
            d = (record.published_at or record.published_date) if record is not None else None
            ta = authors.get(pid, {}).get("articleBody", "")
            td = dates.get(pid, {}).get("articleBody", "")
            oka, okd = author_ok(ta, a), date_ok(td, d)
            a_ok += oka
            d_ok += okd
            if worst and not (oka and okd):
                raw = record.published_raw if record is not None else None
                rule = record.crawl.published_rule if record is not None else None
                bad.append(f"     {pid[:8]} author {ta!r}->{a!r} {'ok' if oka else 'X'} | "
                           f"date {td!r}->{raw!r}->{d!r} ({rule}) {'ok' if okd else 'X'}")
        n = len(pages)
        print(f"  ours author accuracy {a_ok / n:.3f} ({a_ok}/{n})  date accuracy {d_ok / n:.3f} ({d_ok}/{n})")
        print("    (on extract_article's record -- author; published_at else published_date -- author: same "
              "names, order/separators ignored; date: same fields to the minute at the truth's precision; "
              "UNKNOWN/empty/non-date truth wants None; all pages counted)")
        for line in bad:
            print(line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("shared", nargs="?", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--only", action="append", help="ours / ours-body / trafilatura / readability (repeatable)")
    ap.add_argument("--set", choices=("en", "zh"), help="only one dataset")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--worst", type=int, default=0, help="list the K worst pages of ours")
    ap.add_argument("--half", choices=("dev", "held"),
                    help="only one half of each set (fixed split by page-id hash): develop on 'dev', report 'held'")
    a = ap.parse_args()
    ev = load_eval(a.shared)
    fns = {"ours": ours, "ours-body": ours_body}
    wanted = set(a.only or ("ours", "ours-body", "trafilatura", "readability"))
    if "trafilatura" in wanted:
        fns["trafilatura"] = trafilatura_fn()
    if "readability" in wanted:
        fns["readability"] = readability_fn()
    fns = {k: v for k, v in fns.items() if k in wanted}
    for name, mode in DATASETS:
        if a.set and (a.set == "en") != (mode == "word"):
            continue
        run_set(ev, a.shared / "benchmarks" / name, mode, fns, a.limit, a.worst, a.half)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Per-field accuracy of ``extract_article`` over the issue-12 news-layout corpus, by layout kind.

    python bench/news_layouts.py [--failures] [--half dev|held] [--corpus DIR]

Pages and truth: ``tests/fixtures/news_layouts/`` (portal, self-media, WeChat and government
layouts, own content). Fields are scored as in :mod:`tools.news_layouts`: exact title, date and
credits, time to the minute, body as CJK-token F1 (mean, and the share of pages >= 0.95), and
``clean`` = no boilerplate string in the body. ``--failures`` lists every failing field with what
the extractor gave. ``--half`` keeps one half of the leave-one-out split (pages sorted by name:
even positions = ``dev``, odd = ``held``): tune on ``dev``, only count ``held``. Not a test; do not
tune the extractor to this corpus alone.

``--corpus`` scores another folder of pages with truth in the same format: the held-out corpora
``bench/heldout/news_pages`` (30 Chinese pages modelled on sites the development corpus does not
cover) and ``bench/heldout/intl_pages`` (40 pages from other countries and languages), both
written without reading the extractor and first measured before any tuning.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.news_layouts import KINDS, body_f1, check, extract, load_cases  # noqa: E402

COLUMNS = [("title", "title"), ("published_date", "date"), ("published_at", "time"), ("author", "author"),
           ("editor", "editor"), ("source", "source"), ("body", "body>=.95"), ("body_clean", "clean")]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--failures", action="store_true", help="list every failing field")
    ap.add_argument("--half", choices=("dev", "held"), help="sorted pages: even positions = dev, odd = held")
    ap.add_argument("--corpus", type=Path, help="another corpus folder (default: tests/fixtures/news_layouts)")
    args = ap.parse_args(argv)
    cases = load_cases(args.corpus) if args.corpus else load_cases()
    if args.half:
        cases = cases[(args.half == "held")::2]
    rows = []
    for case in cases:
        rec = extract(case)
        rows.append((case, {f: check(case, rec, f) for f, _ in COLUMNS}, body_f1(case, rec)))
    head = f"{'kind':<11}{'pages':>6}" + "".join(f"{label:>10}" for _, label in COLUMNS) + f"{'body F1':>9}"
    print(head)
    kinds = [*KINDS, *sorted({c.kind for c in cases} - set(KINDS))]
    for kind in (*kinds, "all"):
        sel = [r for r in rows if kind == "all" or r[0].kind == kind]
        if not sel:
            continue
        cells = "".join(f"{sum(r[1][f][0] for r in sel) / len(sel):>10.2f}" for f, _ in COLUMNS)
        print(f"{kind:<11}{len(sel):>6}{cells}{sum(r[2] for r in sel) / len(sel):>9.3f}")
    failing = sum(not ok for _, res, _ in rows for ok, _ in res.values())
    print(f"\n{failing} failing (page, field) cases of {len(rows) * len(COLUMNS)}")
    if args.failures:
        print()
        for case, res, _ in rows:
            for f, _ in COLUMNS:
                ok, got = res[f]
                if not ok:
                    want = "paragraphs" if f.startswith("body") else repr(case.truth[f])
                    print(f"{case.name:<40} {f:<15} got {got}  want {want}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Held-out date and count strings: ``normalize_date`` / ``normalize_count`` on tables written
without seeing the implementation (``bench/heldout/date_strings.tsv``, ``count_strings.tsv``;
their README says how they were made; ``--dir bench/heldout_b``: a second pair by another author,
written later without seeing the first or the code).

    .venv/bin/python bench/heldout_strings.py [--failures] [--group TEXT] [--dir bench/heldout_b]

Prints, per ``# ---`` group of each table, the share of rows whose whole answer is right (date
table: ``day`` and ``at`` both as expected; count table: value and approx), the number of wrong
values (a value where the table wants another value or none: worse than a missing one) and of
missing ones, then the totals. ``normalize_date`` and ``normalize_count`` are exactly what the
crawl's pipelines and ``extract_article()`` call on every date and count text. Not a test: the
tables are an independent yardstick; a row that disagrees with the contract is reported, not
forced.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from autoparts_crawler.normalize import normalize_count, normalize_date  # noqa: E402

DEFAULT_DIR = ROOT / "bench" / "heldout"
DEFAULT_FETCHED_AT = "2026-11-28T10:00:00+08:00"


def rows(path: Path):
    """(group, columns) for every data row of a held-out table."""
    group = "(none)"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ---"):
            group = line[5:].strip()
            continue
        if not line.strip() or line.startswith("#"):
            continue
        yield group, line.split("\t")


def _none(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "None") else value


def date_case(cols: list[str]) -> tuple[str, tuple, tuple]:
    """(input, expected (day, at), got (day, at)) of one date row."""
    text, day, at = cols[0], _none(cols[1]), _none(cols[2])
    context = cols[3] if len(cols) > 3 else ""
    kwargs: dict = {"fetched_at": datetime.fromisoformat(DEFAULT_FETCHED_AT)}
    for item in filter(None, (c.strip() for c in context.split(";"))):
        key, _, value = item.partition("=")
        if key == "fetched_at":
            kwargs[key] = datetime.fromisoformat(value)
        elif key == "year_hint":
            kwargs[key] = int(value)
        elif key == "allow_time_only":
            kwargs[key] = value.strip() in ("1", "true")
        elif key == "tz" and value.strip() in ("", "None"):
            kwargs[key] = None  # the site's zone is unknown (a naive clock gives the day only)
        else:
            kwargs[key] = value
    result = normalize_date(text.replace("\\n", "\n").replace("\\t", "\t"), **kwargs)
    return text, (day, at), (result.day, result.at)


def count_case(cols: list[str]) -> tuple[str, tuple, tuple]:
    """(input, expected (value, approx), got (value, approx)) of one count row."""
    text, value = cols[0], _none(cols[1])
    want = (int(value) if value is not None else None,
            value is not None and cols[2].strip().lower() == "true")
    result = normalize_count(text)
    return text, want, (result.value, result.approx if result.value is not None else False)


def report(name: str, cases: list[tuple[str, str, tuple, tuple]], failures: bool) -> None:
    by_group: dict[str, list] = defaultdict(list)
    for group, text, want, got in cases:
        by_group[group].append((text, want, got))
    print(f"\n== {name}: {len(cases)} rows")
    print(f"{'group':<58}{'rows':>5}{'right':>7}{'wrong':>6}{'missing':>8}")
    totals = [0, 0, 0, 0]
    for group, items in by_group.items():
        right = sum(w == g for _, w, g in items)
        wrong = sum(w != g and g[0] is not None and g != (None, None) for _, w, g in items)
        missing = len(items) - right - wrong
        totals = [totals[0] + len(items), totals[1] + right, totals[2] + wrong, totals[3] + missing]
        print(f"{group[:57]:<58}{len(items):>5}{right / len(items):>7.2f}{wrong:>6}{missing:>8}")
    n, right, wrong, missing = totals
    print(f"{'all':<58}{n:>5}{right / n:>7.3f}{wrong:>6}{missing:>8}")
    if failures:
        for group, items in by_group.items():
            for text, want, got in items:
                if want != got:
                    print(f"  [{group[:24]}] {text!r}: got {got} want {want}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--failures", action="store_true", help="list every row that is not right")
    ap.add_argument("--group", help="only groups whose title contains TEXT")
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="folder holding the two tables")
    args = ap.parse_args(argv)
    for name, fn in (("date_strings.tsv", date_case), ("count_strings.tsv", count_case)):
        cases = [(g, *fn(cols)) for g, cols in rows(args.dir / name) if not args.group or args.group in g]
        if cases:
            report(name, cases, args.failures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

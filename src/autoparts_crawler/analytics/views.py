"""View-count history: every count any run read, one row per (canonical url, fetched_at, where).

A count is read in three places: on the article page (``article``), in the related list under
another article (``related``; its time is that article's ``fetched_at``) and on a list page
(``listing``, from the ``.listings.jsonl`` side file). URLs are keyed by
:func:`autoparts_crawler.web.urls.canonicalize`, so ``?from=list`` copies and re-crawls of the
same page collapse into one series; a row seen twice (a resumed run, the same feed given twice)
is kept once.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from autoparts_crawler.analytics.load import main_feeds, read_jsonl, sibling, stem_of
from autoparts_crawler.web.urls import canonicalize

#: the same URLs come back in every run and every related list: canonicalize each once
_canonical = lru_cache(maxsize=500_000)(canonicalize)

COLUMNS = ("url", "fetched_at", "where", "title", "views", "views_approx", "site", "run")


def _row(url: Any, fetched_at: Any, where: str, title: Any, views: Any, approx: Any, site: Any,
         run: str) -> dict[str, Any] | None:
    if not isinstance(url, str) or not url or not isinstance(fetched_at, str) or not isinstance(views, int):
        return None
    return {"url": _canonical(url), "fetched_at": fetched_at, "where": where, "title": title,
            "views": views, "views_approx": bool(approx), "site": site, "run": run}


def rows_of_feed(feed: Path) -> Iterable[dict[str, Any]]:
    """The view counts of one run: its articles, their related entries and its listings file."""
    run = stem_of(feed)
    for art in read_jsonl(feed):
        if art.get("record_type") != "article":  # e.g. a views.jsonl written into the same folder
            continue
        fetched_at, site = art.get("fetched_at"), art.get("site")
        row = _row(art.get("url"), fetched_at, "article", art.get("title"), art.get("views"),
                   art.get("views_approx"), site, run)
        if row:
            yield row
        for rel in art.get("related") or ():
            if isinstance(rel, dict):
                row = _row(rel.get("url"), fetched_at, "related", rel.get("title"), rel.get("views"),
                           rel.get("views_approx"), site, run)
                if row:
                    yield row
    listings = sibling(feed, "listings.jsonl")
    if listings.exists():
        for entry in read_jsonl(listings):
            row = _row(entry.get("url"), entry.get("fetched_at"), "listing", entry.get("title"),
                       entry.get("views"), entry.get("views_approx"), entry.get("site"), run)
            if row:
                yield row


def collect(feeds: Iterable[Path]) -> list[dict[str, Any]]:
    """Deduplicated rows of the given feeds, sorted by (url, fetched_at, where)."""
    seen: dict[tuple[str, str, str], dict[str, Any]] = {}
    for feed in feeds:
        for row in rows_of_feed(feed):
            seen.setdefault((row["url"], instant(row["fetched_at"]), row["where"]), row)
    return [seen[key] for key in sorted(seen)]


@lru_cache(maxsize=1 << 20)
def instant(when: str) -> str:
    """``when`` as a UTC ISO string (so one moment written with two offsets is one key and times sort)."""
    parsed = _parse(when)
    if parsed is None or parsed.tzinfo is None:
        return when
    return parsed.astimezone(UTC).isoformat()


def collect_dir(data_dir: Path) -> list[dict[str, Any]]:
    """:func:`collect` over every run's feed under ``data_dir``."""
    return collect(main_feeds(data_dir))


def series(rows: Iterable[dict[str, Any]], *, per_run: bool = False) -> dict[str, list[tuple[str, int]]]:
    """Per canonical URL, (fetched_at in UTC, views) points in time order: one per moment (``per_run``: one
    per run), the article page's count when it was read there, else the highest count another page showed."""
    best: dict[str, dict[str, tuple[int, int, str]]] = defaultdict(dict)
    for row in rows:
        rank = 1 if row["where"] == "article" else 0
        when = instant(row["fetched_at"])
        key = row.get("run", "") if per_run else when
        point = best[row["url"]].get(key)
        if point is None or (rank, row["views"]) > point[:2]:
            best[row["url"]][key] = (rank, row["views"], when)
    return {url: sorted((when, views) for _, views, when in points.values()) for url, points in best.items()}


def _parse(when: str) -> datetime | None:
    try:
        return datetime.fromisoformat(when)
    except ValueError:
        return None


def growth_per_day(points: list[tuple[str, int]]) -> float | None:
    """Views gained per day between the first and the last point (None: fewer than 2 or no time span)."""
    if len(points) < 2:
        return None
    first, last = _parse(points[0][0]), _parse(points[-1][0])
    if first is None or last is None:
        return None
    try:
        days = (last - first).total_seconds() / 86400
    except TypeError:  # naive and aware times mixed
        return None
    if days <= 0:
        return None
    return (points[-1][1] - points[0][1]) / days


def write(rows: list[dict[str, Any]], out: Path) -> None:
    """Write rows as Parquet (``.parquet``, needs pyarrow) or JSON Lines (anything else)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix == ".parquet":
        from autoparts_crawler.analytics.export import write_views_parquet

        write_views_parquet(rows, out)
        return
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k: row[k] for k in COLUMNS}, ensure_ascii=False) + "\n")

"""Reading a crawl's files: the feed, its ``.rejects`` / ``.listings`` siblings and its summary or stats.

Names follow the project's writers: ``<stem>.jsonl`` (articles), ``<stem>.rejects.jsonl`` and
``<stem>.listings.jsonl`` (:mod:`autoparts_crawler.extensions.side_outputs`), ``<stem>.summary.json``
(:mod:`autoparts_crawler.scheduled.runner`) or ``<stem>.stats.json`` (plain Scrapy stats, as the
``StatsDump`` add-on writes to ``AUTOPARTS_STATS_PATH``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SIDE_KINDS = ("rejects", "listings")


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON Lines file; blank, cut or non-object lines are skipped."""
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(data, dict):
                yield data


def stem_of(feed: Path) -> str:
    """``20260101T000000Z`` for ``20260101T000000Z.jsonl``."""
    return feed.name[: -len(".jsonl")] if feed.name.endswith(".jsonl") else feed.stem


def is_main_feed(path: Path) -> bool:
    """True for an article feed (``*.jsonl``), not a side file and not a ``.partial`` one."""
    name = path.name
    return name.endswith(".jsonl") and not any(name.endswith(f".{k}.jsonl") for k in SIDE_KINDS)


def sibling(feed: Path, suffix: str) -> Path:
    """``<stem>.<suffix>`` beside the feed."""
    return feed.with_name(f"{stem_of(feed)}.{suffix}")


def main_feeds(folder: Path) -> list[Path]:
    """Every article feed under ``folder`` (recursively), in name order (run stamps sort by time)."""
    return sorted((p for p in folder.rglob("*.jsonl") if is_main_feed(p)), key=lambda p: (p.name, str(p)))


def previous_feed(feed: Path) -> Path | None:
    """The run before ``feed`` in its folder (the greatest feed name below it), if any."""
    earlier = [p for p in feed.parent.glob("*.jsonl") if is_main_feed(p) and p.name < feed.name]
    return max(earlier, key=lambda p: p.name) if earlier else None


def article_day(article: dict[str, Any]) -> str | None:
    """Publication day ``YYYY-MM-DD``: the ``published_date`` field when present, else ``published_at[:10]``."""
    day = article.get("published_date") or (article.get("published_at") or "")[:10]
    return day if isinstance(day, str) and len(day) == 10 else None


@dataclass
class Run:
    """One crawl's records and bookkeeping, as read from disk."""

    feed: Path
    articles: list[dict[str, Any]] = field(default_factory=list)
    rejects: list[dict[str, Any]] | None = None  # None: no side file found
    listings: list[dict[str, Any]] | None = None
    summary: dict[str, Any] | None = None  # the runner's summary.json
    stats: dict[str, Any] | None = None  # Scrapy stats (from the summary or a stats.json)

    @property
    def name(self) -> str:
        return stem_of(self.feed)


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def load_run(feed: Path) -> Run:
    """Read a feed and whatever siblings it has."""
    run = Run(feed=feed, articles=[a for a in read_jsonl(feed) if a.get("record_type", "article") == "article"])
    for kind in SIDE_KINDS:
        path = sibling(feed, f"{kind}.jsonl")
        if path.exists():
            setattr(run, kind, list(read_jsonl(path)))
    run.summary = _read_json(sibling(feed, "summary.json"))
    if run.summary and isinstance(run.summary.get("scrapy_stats"), dict):
        run.stats = run.summary["scrapy_stats"]
    else:
        run.stats = _read_json(sibling(feed, "stats.json"))
    return run

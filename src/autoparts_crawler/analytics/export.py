"""Parquet with typed columns (pyarrow, the ``analytics`` extra).

Types: ``published_at`` / ``fetched_at`` are TIMESTAMP WITH TIME ZONE (UTC-adjusted microseconds;
a date-only ``published_at`` gives null there and its day in ``published_date``), ``published_date``
is DATE, counts are BIGINT, ``views_approx`` BOOLEAN, ``paragraphs`` a LIST of strings, ``related`` a
LIST of STRUCTs and ``crawl`` a STRUCT. The raw strings stay beside the typed values.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from autoparts_crawler.analytics.load import article_day, read_jsonl

try:
    import pyarrow as pa
    import pyarrow.parquet as pq
except ImportError:  # pragma: no cover - exercised only without the extra
    pa = pq = None

MISSING = "Parquet output needs pyarrow: pip install 'autoparts-crawler[analytics]'"


def _require() -> None:
    if pa is None:
        raise RuntimeError(MISSING)


def _ts(value: Any) -> datetime | None:
    """An aware datetime for an ISO instant (``...T..+08:00``); None for a plain date or garbage."""
    if not isinstance(value, str) or "T" not in value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else None


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def article_schema() -> Any:
    """The pyarrow schema of an exported article feed."""
    _require()
    ts = pa.timestamp("us", tz="UTC")
    related = pa.struct([("title", pa.string()), ("url", pa.string()), ("category", pa.string()),
                         ("published_at", ts), ("published_date", pa.date32()), ("published_raw", pa.string()),
                         ("views", pa.int64()), ("views_raw", pa.string()), ("views_approx", pa.bool_()),
                         ("tag", pa.string())])
    crawl = pa.struct([("pages", pa.list_(pa.string())), ("fetched_urls", pa.list_(pa.string())),
                       ("http_status", pa.int64()), ("encoding", pa.string()), ("extractor", pa.string()),
                       ("published_rule", pa.string()), ("published_reason", pa.string()),
                       ("content_hash", pa.string()), ("revision", pa.int64()), ("change", pa.string())])
    return pa.schema([
        ("url", pa.string()), ("site", pa.string()), ("title", pa.string()), ("subtitle", pa.string()),
        ("body_text", pa.string()), ("paragraphs", pa.list_(pa.string())), ("author", pa.string()),
        ("editor", pa.string()), ("source", pa.string()), ("category", pa.string()),
        ("published_at", ts), ("published_date", pa.date32()), ("published_raw", pa.string()),
        ("views", pa.int64()), ("views_raw", pa.string()), ("views_approx", pa.bool_()),
        ("comments", pa.int64()), ("comments_raw", pa.string()), ("related", pa.list_(related)),
        ("fetched_at", ts), ("crawl", crawl),
    ])


def _related(entry: dict[str, Any]) -> dict[str, Any]:
    return {"title": _str(entry.get("title")), "url": _str(entry.get("url")), "category": _str(entry.get("category")),
            "published_at": _ts(entry.get("published_at")),
            "published_date": _day(entry.get("published_date") or entry.get("published_at")),
            "published_raw": _str(entry.get("published_raw")), "views": _int(entry.get("views")),
            "views_raw": _str(entry.get("views_raw")), "views_approx": bool(entry.get("views_approx")),
            "tag": _str(entry.get("tag"))}


def _row(art: dict[str, Any]) -> dict[str, Any]:
    crawl = art.get("crawl") if isinstance(art.get("crawl"), dict) else {}
    strings = ("url", "site", "title", "subtitle", "body_text", "author", "editor", "source", "category",
               "published_raw", "views_raw", "comments_raw")
    row: dict[str, Any] = {k: _str(art.get(k)) for k in strings}
    row.update({
        "paragraphs": [p for p in art.get("paragraphs") or [] if isinstance(p, str)],
        "published_at": _ts(art.get("published_at")), "published_date": _day(article_day(art)),
        "views": _int(art.get("views")), "views_approx": bool(art.get("views_approx")),
        "comments": _int(art.get("comments")),
        "related": [_related(r) for r in art.get("related") or [] if isinstance(r, dict)],
        "fetched_at": _ts(art.get("fetched_at")),
        "crawl": {"pages": list(crawl.get("pages") or []), "fetched_urls": list(crawl.get("fetched_urls") or []),
                  "http_status": _int(crawl.get("http_status")), "encoding": _str(crawl.get("encoding")),
                  "extractor": _str(crawl.get("extractor")), "published_rule": _str(crawl.get("published_rule")),
                  "published_reason": _str(crawl.get("published_reason")),
                  "content_hash": _str(crawl.get("content_hash")), "revision": _int(crawl.get("revision")),
                  "change": _str(crawl.get("change"))},
    })
    return row


def export_articles(articles: Iterable[dict[str, Any]], out: Path, *, batch: int = 2000) -> int:
    """Write article records to a Parquet file in batches; returns the row count."""
    _require()
    schema = article_schema()
    out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        chunk: list[dict[str, Any]] = []
        for art in articles:
            if art.get("record_type", "article") != "article":
                continue
            chunk.append(_row(art))
            if len(chunk) >= batch:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                count += len(chunk)
                chunk = []
        if chunk or count == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            count += len(chunk)
    return count


def export_feed(feed: Path, out: Path) -> int:
    """``autoparts-crawler export``: one feed to one Parquet file."""
    return export_articles(read_jsonl(feed), out)


def write_views_parquet(rows: list[dict[str, Any]], out: Path) -> None:
    """The view-count history (:mod:`.views`) as Parquet."""
    _require()
    schema = pa.schema([("url", pa.string()), ("fetched_at", pa.timestamp("us", tz="UTC")), ("where", pa.string()),
                        ("title", pa.string()), ("views", pa.int64()), ("views_approx", pa.bool_()),
                        ("site", pa.string()), ("run", pa.string())])
    data = [{**{k: row.get(k) for k in schema.names}, "fetched_at": _ts(row["fetched_at"])} for row in rows]
    pq.write_table(pa.Table.from_pylist(data, schema=schema), out, compression="zstd")

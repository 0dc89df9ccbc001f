"""Analysts' tools type the JSONL columns by themselves: no custom parsing.

``pandas.read_json(lines=True)`` and DuckDB ``read_json_auto`` must see ``published_date`` as a
date, ``published_at`` / ``fetched_at`` as timestamps with time zone, ``views`` as an integer.
The fast test builds records through the public path (``extract_article``, ``build_listing``);
the e2e one reads a real offline crawl of the bundled sample portal.
"""

from __future__ import annotations

import json
import warnings
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from autoparts_crawler.extract import extract_article
from autoparts_crawler.records.context import PageContext
from autoparts_crawler.records.listing import build_listing
from autoparts_crawler.records.raw import RawRelated
from tests.conftest import REFERENCE_TIME, SAMPLE, run_scrapy, sample_truth

FETCHED = datetime.fromisoformat(REFERENCE_TIME)
TZ_TYPE = "TIMESTAMP WITH TIME ZONE"


def duckdb_types(path: Path, columns: str) -> dict[str, str]:
    """Column name -> DuckDB type as ``read_json_auto`` infers it."""
    rows = duckdb.sql(f"DESCRIBE SELECT {columns} FROM read_json_auto('{path}')").fetchall()
    return {name: typ for name, typ, *_ in rows}


def assert_typed(path: Path) -> None:
    """The four columns are typed by DuckDB and pandas on their own, with values present."""
    assert duckdb_types(path, "published_date, published_at, fetched_at, views") == {
        "published_date": "DATE", "published_at": TZ_TYPE, "fetched_at": TZ_TYPE, "views": "BIGINT"}
    counts = duckdb.sql(f"SELECT count(published_date), count(published_at), count(views) "
                        f"FROM read_json_auto('{path}')").fetchall()[0]
    assert all(n > 0 for n in counts), counts
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a column pandas cannot type warns (mixed formats)
        df = pd.read_json(path, lines=True, dtype_backend="numpy_nullable")
    for column in ("published_at", "fetched_at"):
        assert isinstance(df[column].dtype, pd.DatetimeTZDtype), (column, df[column].dtype)
    assert str(df["views"].dtype) == "Int64"
    days = pd.to_datetime(df["published_date"], format="%Y-%m-%d")  # one format for the whole column
    assert days.notna().sum() == df["published_date"].notna().sum() > 0


def test_records_built_through_the_public_path_are_typed(tmp_path: Path) -> None:
    articles = tmp_path / "articles.jsonl"
    lines = []
    for article in sample_truth()["articles"]:
        page = SAMPLE / "www" / article["url"]
        record = extract_article(page.read_bytes(), f"http://sample.test/{article['url']}", site="sample",
                                 fetched_at=FETCHED)
        lines.append(record.model_dump_json())
    articles.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert_typed(articles)
    related = duckdb.sql(f"DESCRIBE SELECT r.published_date, r.published_at FROM "
                         f"(SELECT unnest(related) AS r FROM read_json_auto('{articles}'))").fetchall()
    assert related[0][1] == "DATE"  # related entries: the day (their published_at is null here)

    listings = tmp_path / "listings.jsonl"
    ctx = PageContext(url="http://sample.test/news/", site="sample", fetched_at=FETCHED)
    shown = ["2025-05-05", "05-04 14:20", "16:45", "昨天 09:30", "2025年04月27日"]
    entries = [build_listing(RawRelated(title=f"条目{i}", url=f"http://sample.test/n/{i}.html", date_raw=d,
                                        views_raw=str(10 * i)), list_url=ctx.url, position=i, ctx=ctx)
               for i, d in enumerate(shown, start=1)]
    listings.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8")
    assert_typed(listings)
    assert [e["published_date"] for e in entries] == ["2025-05-05", "2026-05-04", "2026-11-28", "2026-11-27",
                                                      "2025-04-27"]
    assert [e["published_reason"] for e in entries] == ["no_time", None, None, None, "no_time"]


@pytest.mark.e2e
def test_a_real_offline_crawl_is_typed(tmp_path: Path) -> None:
    out = tmp_path / "sample.jsonl"
    proc = run_scrapy(["crawl", "portal", "-O", str(out), "-s", f"AUTOPARTS_REFERENCE_TIME={REFERENCE_TIME}",
                       "-s", "LOG_LEVEL=WARNING"])
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert_typed(out)

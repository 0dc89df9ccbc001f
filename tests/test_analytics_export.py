"""``autoparts-crawler export``: typed Parquet columns, checked by reading the file back."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from autoparts_crawler.cli import main
from tools.synthetic_feed import T0, article, related_entry, write_feed

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def test_export_has_typed_columns_and_values(tmp_path):
    feed = tmp_path / "run.jsonl"
    records = write_feed(feed, 25)
    out = tmp_path / "run.parquet"
    assert main(["export", str(feed), "-o", str(out)]) == 0
    table = pq.read_table(out)
    schema = table.schema
    assert table.num_rows == 25
    assert schema.field("published_at").type == pa.timestamp("us", tz="UTC")  # TIMESTAMP WITH TIME ZONE
    assert schema.field("fetched_at").type == pa.timestamp("us", tz="UTC")
    assert schema.field("published_date").type == pa.date32()  # DATE
    assert schema.field("views").type == pa.int64() and schema.field("comments").type == pa.int64()  # BIGINT
    assert schema.field("views_approx").type == pa.bool_()  # BOOLEAN
    assert schema.field("paragraphs").type == pa.list_(pa.string())
    related = schema.field("related").type
    assert pa.types.is_list(related) and pa.types.is_struct(related.value_type)
    assert related.value_type.field("views").type == pa.int64()
    assert related.value_type.field("views_approx").type == pa.bool_()
    assert pa.types.is_struct(schema.field("crawl").type)

    rows = table.to_pylist()
    first, tenth = rows[1], rows[10]
    src = records[1]
    assert first["published_at"] == datetime.fromisoformat(src["published_at"]).astimezone(UTC)
    assert first["published_date"] == date.fromisoformat(src["published_at"][:10])
    assert first["views"] == src["views"] and first["paragraphs"] == src["paragraphs"]
    assert first["related"][0]["views"] == src["related"][0]["views"]
    assert first["related"][0]["url"] == src["related"][0]["url"]
    assert first["crawl"]["pages"] == src["crawl"]["pages"] and first["crawl"]["revision"] == 1
    # a date-only published_at: no instant, but its day
    assert records[10]["published_at"] == records[10]["published_at"][:10]
    assert tenth["published_at"] is None
    assert tenth["published_date"] == date.fromisoformat(records[10]["published_at"])


def test_published_date_field_is_used_when_present(tmp_path):
    rec = article(3, T0, 7, related=[related_entry(4, 9)], published_date=True)
    rec["published_date"] = "2026-01-02"  # differs from published_at on purpose
    feed = tmp_path / "f.jsonl"
    feed.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    main(["export", str(feed), "-o", str(tmp_path / "f.parquet")])
    [row] = pq.read_table(tmp_path / "f.parquet").to_pylist()
    assert row["published_date"] == date(2026, 1, 2)


def test_empty_feed_gives_an_empty_typed_file(tmp_path):
    feed = tmp_path / "empty.jsonl"
    feed.write_text("", encoding="utf-8")
    assert main(["export", str(feed), "-o", str(tmp_path / "e.parquet")]) == 0
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 0 and table.schema.field("views").type == pa.int64()


def test_without_pyarrow_the_commands_say_what_to_install(tmp_path, monkeypatch, capsys):
    from autoparts_crawler.analytics import export

    monkeypatch.setattr(export, "pa", None)
    feed = tmp_path / "f.jsonl"
    write_feed(feed, 2)
    assert main(["export", str(feed), "-o", str(tmp_path / "f.parquet")]) == 2
    assert main(["views", str(tmp_path), "-o", str(tmp_path / "v.parquet")]) == 2
    err = capsys.readouterr().err
    assert err.count("pip install 'autoparts-crawler[analytics]'") == 2

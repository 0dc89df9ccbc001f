"""``autoparts-crawler views``: one row per (canonical url, fetched_at, where), series across 30 runs."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from autoparts_crawler.analytics import views
from autoparts_crawler.cli import main
from tools.synthetic_feed import article_url, views_of, write_runs

RUNS, ARTICLES = 30, 12


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("runs")
    write_runs(folder / "sample", runs=RUNS, articles=ARTICLES)
    return folder


def test_one_series_per_article_with_every_runs_value_and_no_duplicates(data_dir):
    rows = views.collect_dir(data_dir)
    keys = Counter((r["url"], r["fetched_at"], r["where"]) for r in rows)
    assert max(keys.values()) == 1  # 0 duplicates
    # related entries carry ?from=list: canonicalize folds them into the article's own URL
    assert {r["url"] for r in rows} == {article_url(i) for i in range(ARTICLES)}
    per_where = Counter(r["where"] for r in rows)
    assert per_where["article"] == RUNS * ARTICLES
    assert per_where["listing"] == RUNS * 10
    assert per_where["related"] == RUNS * (2 * ARTICLES - 3)
    hist = views.series(rows)
    assert len(hist) == ARTICLES
    for i in range(ARTICLES):
        points = hist[article_url(i)]
        article_points = [(r["fetched_at"], r["views"]) for r in rows
                          if r["url"] == article_url(i) and r["where"] == "article"]
        assert [v for _, v in article_points] == [views_of(i, run) for run in range(RUNS)]
        assert set(article_points) <= set(points)
        # runs are an hour apart and article i gains i + 1 views an hour
        assert views.growth_per_day(article_points) == pytest.approx((i + 1) * 24)


def test_same_feed_twice_adds_no_rows(data_dir):
    feeds = sorted((data_dir / "sample").glob("*Z.jsonl"))
    once = views.collect(feeds)
    assert views.collect([*feeds, feeds[0], feeds[-1]]) == once


def test_series_prefers_the_article_page_count_at_the_same_moment():
    rows = [{"url": "u", "fetched_at": "2026-11-01T00:00:00+00:00", "where": "related", "views": 99},
            {"url": "u", "fetched_at": "2026-11-01T00:00:00+00:00", "where": "article", "views": 10},
            {"url": "u", "fetched_at": "2026-11-02T00:00:00+00:00", "where": "listing", "views": 30}]
    assert views.series(rows) == {"u": [("2026-11-01T00:00:00+00:00", 10), ("2026-11-02T00:00:00+00:00", 30)]}
    assert views.growth_per_day(views.series(rows)["u"]) == 20
    assert views.growth_per_day([("2026-11-01T00:00:00+00:00", 1)]) is None


def test_cli_writes_jsonl_and_parquet(data_dir, tmp_path, capsys):
    pq = pytest.importorskip("pyarrow.parquet")
    assert main(["views", str(data_dir), "-o", str(tmp_path / "views.jsonl")]) == 0
    lines = [json.loads(x) for x in (tmp_path / "views.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(views.collect_dir(data_dir))
    assert set(lines[0]) == set(views.COLUMNS)
    assert main(["views", str(data_dir), "-o", str(tmp_path / "views.parquet")]) == 0
    table = pq.read_table(tmp_path / "views.parquet")
    assert table.num_rows == len(lines)
    assert str(table.schema.field("fetched_at").type) == "timestamp[us, tz=UTC]"
    assert str(table.schema.field("views").type) == "int64"
    assert str(table.schema.field("views_approx").type) == "bool"
    assert f"{len(lines)} rows, {ARTICLES} urls" in capsys.readouterr().out


def test_a_views_file_in_the_data_folder_is_not_read_back_as_a_feed(data_dir, tmp_path):
    rows = views.collect_dir(data_dir)
    views.write(rows, data_dir / "sample" / "views.jsonl")
    try:
        assert views.collect_dir(data_dir) == rows
    finally:
        (data_dir / "sample" / "views.jsonl").unlink()


def test_one_moment_written_with_two_offsets_is_one_key_and_series_sort_by_time():
    rows = [{"url": "u", "fetched_at": "2026-11-01T08:00:00+08:00", "where": "article", "views": 5},
            {"url": "u", "fetched_at": "2026-11-01T01:00:00+00:00", "where": "article", "views": 9}]
    # 01:00Z is after 00:00Z although its string sorts first
    assert views.series(rows)["u"] == [("2026-11-01T00:00:00+00:00", 5), ("2026-11-01T01:00:00+00:00", 9)]
    assert views.instant("2026-11-01T08:00:00+08:00") == "2026-11-01T00:00:00+00:00"
    assert views.instant("not a time") == "not a time"

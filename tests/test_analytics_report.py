"""``autoparts-crawler report``: a self-contained HTML page whose charts carry the crawl's numbers."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter

from autoparts_crawler.analytics import svg
from autoparts_crawler.analytics.load import load_run
from autoparts_crawler.analytics.report import build_report, coverage, per_day, run_facts, view_bins
from autoparts_crawler.cli import main
from autoparts_crawler.scheduled import runner
from tools.synthetic_feed import write_feed, write_runs, write_side_files


def charts(html: str) -> list[str]:
    return re.findall(r"<svg\b.*?</svg>", html, flags=re.S)


def marks(chart: str) -> list[tuple[str, float]]:
    return [(m.group(1), float(m.group(2)))
            for m in re.finditer(r'class="mark" data-label="([^"]*)" data-value="([^"]*)"', chart)]


def titled(html: str, title: str) -> str:
    [chart] = [c for c in charts(html) if f"<title>{title}</title>" in c]
    return chart


def test_report_charts_carry_the_runs_numbers(tmp_path):
    feeds = write_runs(tmp_path / "sample", runs=3, articles=60)
    out = tmp_path / "r.html"
    assert main(["report", str(feeds[-1]), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    run = load_run(feeds[-1])
    # the run: numbers from the summary and the side files
    assert "抓取页面 / pages fetched" in html and "<b>66</b>" in html  # summary pages_ended
    assert dict(marks(titled(html, "rejects by reason"))) == {"not_article": 2, "http_404": 1, "invalid": 1,
                                                             "duplicate": 1}
    # coverage next to the previous run's (two bars per field)
    cov = titled(html, "field coverage %")
    assert dict(marks(cov))["author"] == round(coverage(run.articles)["author"] * 100, 1)
    assert cov.count('class="mark previous"') == len(coverage(run.articles))
    assert feeds[-2].name[:-6] in html  # previous run named
    # per day / category / site / views
    days = marks(titled(html, "articles per publication day"))
    assert sum(v for _, v in days) == len(run.articles) and days == [(d, float(n)) for d, n in per_day(run.articles)]
    assert dict(marks(titled(html, "articles per category"))) == dict(Counter(a["category"] for a in run.articles))
    assert dict(marks(titled(html, "articles per site"))) == {"sample": 45, "autohome": 15}
    assert sum(v for _, v in marks(titled(html, "views distribution"))) == 60
    assert view_bins(run.articles)
    # history: 3 runs → growth per day and a sparkline for the top articles
    assert "增长最快 / Fastest-growing" in html and "暂无历史" not in html
    assert html.count('data-points="3"') >= 20
    assert "1,440.0" in html  # article 59 gains 60 views an hour
    # latest articles, title linked
    assert '<a href="https://news.example.cn/a/0.html">汽车零部件新闻 0</a>' in html
    # self-contained: no script, no external resource (only article links point outside)
    assert "<script" not in html
    assert not re.search(r'(src|href)="(?!https://news\.example\.cn/a/|data:)', html)


def test_single_feed_without_siblings_is_estimated_and_has_no_history(tmp_path):
    feed = tmp_path / "lonely.jsonl"
    write_feed(feed, 8, related=False)
    html = build_report(feed)
    facts = run_facts(load_run(feed))
    assert facts["estimated"] == ["pages", "duration"] and facts["pages"] == 8 and facts["health"] == "unknown"
    assert "暂无历史" in html and "估算" in html
    assert "无数据" in html  # no rejects chart: text instead of an empty svg
    assert all(marks(c) or 'class="mark"' in c for c in charts(html))


def test_previous_run_can_be_another_feed_given(tmp_path):
    new, old = tmp_path / "a" / "new.jsonl", tmp_path / "b" / "old.jsonl"
    write_feed(new, 10)
    write_feed(old, 10)
    for line in [old]:  # the old run had no authors at all
        recs = [json.loads(x) for x in line.read_text(encoding="utf-8").splitlines()]
        line.write_text("".join(json.dumps({**r, "author": None}, ensure_ascii=False) + "\n" for r in recs),
                        encoding="utf-8")
    html = build_report(new, [old])
    assert dict(re.findall(r'class="mark previous" data-label="([^"]*)" data-value="([^"]*)"', html))["author"] == "0.0"
    assert "old" in html
    # a drop against the previous run is called out
    html_drop = build_report(old, [new])
    assert "覆盖率下降 / coverage dropped" in html_drop and "author: 80.0% → 0.0%" in html_drop


def test_published_date_field_is_preferred_for_the_day(tmp_path):
    feed = tmp_path / "f.jsonl"
    recs = write_feed(feed, 3, related=False)
    feed.write_text("".join(json.dumps({**r, "published_date": "2025-05-05"}, ensure_ascii=False) + "\n"
                            for r in recs), encoding="utf-8")
    assert per_day(load_run(feed).articles) == [("2025-05-05", 3)]
    assert "published_date" in coverage(load_run(feed).articles)


def test_svg_helpers_draw_one_mark_per_value():
    bars = svg.bar_chart([("a", 3), ("b<&>", 1)], compare={"a": 2}, legend=("x", "y"))
    assert bars.count('class="mark"') == 2 and bars.count('class="mark previous"') == 1 and "b&lt;&amp;&gt;" in bars
    assert svg.column_chart([("d1", 0), ("d2", 5)]).count('class="mark"') == 2
    assert svg.bar_chart([]) == "" and svg.sparkline([1]) == ""
    assert 'data-points="3"' in svg.sparkline([1, 2, 3])


def test_scheduled_run_report_failure_is_one_line_and_not_fatal(tmp_path, capsys, monkeypatch):
    feed = tmp_path / "20261101T000000Z.jsonl"
    write_feed(feed, 5)
    write_side_files(feed, 5)
    runner._write_report(feed)
    assert (tmp_path / "20261101T000000Z.report.html").stat().st_size > 1000

    def boom(*_a, **_k):
        raise ValueError("broken feed")

    monkeypatch.setattr("autoparts_crawler.analytics.report.write_report", boom)
    runner._write_report(feed)  # does not raise
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["autoparts-crawler run: report not written (ValueError: broken feed)"]


def test_analytics_does_not_import_scrapy():
    code = ("import sys, autoparts_crawler.analytics.report, autoparts_crawler.analytics.views, "
            "autoparts_crawler.analytics.export; "
            "print(sorted(m for m in sys.modules if m == 'scrapy' or m.startswith('scrapy.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_long_spans_are_binned_per_week_then_month_and_keep_every_article():
    def arts(*days):
        return [{"published_at": d} for d in days]

    week = per_day(arts("2026-01-01", "2026-01-02", "2026-08-30"))  # 242 days: per week
    assert week[0] == ("2025-12-29", 2) and sum(n for _, n in week) == 3 and week[-1] == ("2026-08-24", 1)
    month = per_day(arts("2020-03-05", "2026-11-30", "2026-11-01", "bad"))
    assert month[0] == ("2020-03", 1) and month[-1] == ("2026-11", 2) and len(month) == 81
    assert per_day(arts("2026-11-01", "2026-11-03")) == [("2026-11-01", 1), ("2026-11-02", 0), ("2026-11-03", 1)]


def test_plain_scrapy_stats_file_gives_pages_duration_and_finish_reason(tmp_path):
    feed = tmp_path / "crawl.jsonl"
    write_feed(feed, 4, related=False)
    stats = {"autoparts/pages/article": 4, "autoparts/pages/list": 2, "autoparts/pages/bad_links_dropped": 9,
             "autoparts/fetch_failed/http_404": 1, "elapsed_time_seconds": 7.25, "finish_reason": "finished",
             "autoparts/listings/entries": 30}
    (tmp_path / "crawl.stats.json").write_text(json.dumps(stats), encoding="utf-8")
    facts = run_facts(load_run(feed))
    assert (facts["pages"], facts["duration_s"], facts["listings"]) == (7, 7.25, 30)
    assert facts["health"] == "finish_reason finished" and facts["estimated"] == []


def test_history_reads_only_the_last_runs_up_to_the_reported_one(tmp_path, monkeypatch):
    monkeypatch.setattr("autoparts_crawler.analytics.report.HISTORY_RUNS", 3)
    feeds = write_runs(tmp_path / "s", runs=6, articles=25)
    html = build_report(feeds[3])  # runs 1..3: three readings each, later runs not seen
    assert 'data-points="3"' in html and 'data-points="4"' not in html


def test_an_empty_run_still_gives_a_page(tmp_path):
    feed = tmp_path / "20261101T000000Z.jsonl"
    feed.write_text("", encoding="utf-8")
    html = build_report(feed)
    assert "<b>0</b>" in html and html.count("无数据 / no data") >= 5 and charts(html) == []


def test_cli_previous_option_picks_the_comparison_run(tmp_path, capsys):
    feeds = write_runs(tmp_path / "s", runs=3, articles=10)
    out = tmp_path / "r.html"
    assert main(["report", str(feeds[2]), "--previous", str(feeds[0]), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert f"compared with the previous run: {feeds[0].name[:-6]}" in html
    assert capsys.readouterr().out.strip() == str(out)

"""Synthetic crawl output (valid article / listing / reject records) for analytics tests and bench/report.py.

``write_runs(folder, runs=30, articles=40)`` writes what ``autoparts-crawler run`` leaves in a site
folder: ``<stamp>.jsonl``, ``.rejects.jsonl``, ``.listings.jsonl`` and ``.summary.json`` per run,
with view counts growing from run to run (article ``i`` gains ``i + 1`` views an hour, so growth
rates are known exactly).
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

CATEGORIES = ("新闻", "评测", "行业", "技术", "市场")
SOURCES = ("中国汽车报", "盖世汽车", "汽车之家", None)
T0 = datetime(2026, 11, 1, 2, 0, tzinfo=UTC)
CST = timezone(timedelta(hours=8))


def article_url(i: int, *, tracking: bool = False) -> str:
    return f"https://news.example.cn/a/{i}.html" + ("?from=list" if tracking else "")


def views_of(i: int, run: int) -> int:
    """The count article ``i`` shows in run ``run`` (runs are an hour apart)."""
    return 100 * i + (i + 1) * run


def article(i: int, fetched: datetime, views: int, *, related: list[dict[str, Any]] | None = None,
            rng: random.Random | None = None, published_date: bool = False) -> dict[str, Any]:
    """One valid article record (see records/models.py)."""
    rng = rng or random.Random(i)
    published = (T0 - timedelta(days=i % 45, hours=i % 7)).astimezone(CST).replace(microsecond=0)
    paragraphs = [f"第{i}篇文章的第{k}段：零部件行业动态。" for k in range(3)]
    record: dict[str, Any] = {
        "record_type": "article", "url": article_url(i), "site": "sample" if i % 4 else "autohome",
        "title": f"汽车零部件新闻 {i}", "subtitle": None if i % 3 else f"副标题 {i}",
        "body_text": "\n".join(paragraphs), "paragraphs": paragraphs,
        "author": None if i % 5 == 0 else f"记者{i % 9}", "editor": "编辑甲" if i % 2 else None,
        "source": SOURCES[i % len(SOURCES)], "category": CATEGORIES[i % len(CATEGORIES)],
        "published_at": published.isoformat() if i % 10 else published.date().isoformat(),
        "published_raw": published.strftime("%Y-%m-%d %H:%M"),
        "views": views, "views_raw": str(views), "views_approx": False,
        "comments": rng.randint(0, 50) if i % 2 else None, "comments_raw": None,
        "related": related or [],
        "fetched_at": fetched.isoformat(),
        "crawl": {"pages": [article_url(i)], "fetched_urls": [article_url(i)], "http_status": 200,
                  "encoding": "utf-8", "extractor": "profile:sample", "published_rule": "iso",
                  "published_reason": None, "content_hash": f"{i:040x}", "revision": 1, "change": None},
    }
    if published_date:
        record["published_date"] = published.date().isoformat()
    return record


def related_entry(i: int, views: int) -> dict[str, Any]:
    return {"title": f"汽车零部件新闻 {i}", "url": article_url(i, tracking=True), "category": "新闻",
            "published_at": None, "published_raw": None, "views": views, "views_raw": str(views),
            "views_approx": False, "tag": None}


def write_feed(path: Path, n: int, *, run: int = 0, seed: int = 0, related: bool = True) -> list[dict[str, Any]]:
    """One feed of ``n`` articles fetched in run ``run``; article ``i`` lists ``i+1`` and ``i+2`` as related."""
    rng = random.Random(seed + run)
    start = T0 + timedelta(hours=run)
    records = []
    for i in range(n):
        fetched = start + timedelta(seconds=i)
        rel = [related_entry(j, views_of(j, run)) for j in (i + 1, i + 2) if j < n] if related else []
        records.append(article(i, fetched, views_of(i, run), related=rel, rng=rng))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return records


def write_side_files(feed: Path, n: int, *, run: int = 0, rejects: int = 5) -> None:
    """Listings (first 10 articles shown on a list page), rejects and a runner-style summary."""
    stem = feed.name[: -len(".jsonl")]
    fetched = (T0 + timedelta(hours=run) - timedelta(seconds=5)).isoformat()
    with feed.with_name(f"{stem}.listings.jsonl").open("w", encoding="utf-8") as fh:
        for pos, i in enumerate(range(min(n, 10)), 1):
            entry = {**related_entry(i, views_of(i, run)), "record_type": "listing", "url": article_url(i),
                     "list_url": "https://news.example.cn/list/1.html", "position": pos, "site": "sample",
                     "fetched_at": fetched}
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
    reasons = ("not_article", "http_404", "invalid", "duplicate")
    with feed.with_name(f"{stem}.rejects.jsonl").open("w", encoding="utf-8") as fh:
        for k in range(rejects):
            fh.write(json.dumps({"record_type": "reject", "url": f"https://news.example.cn/x/{k}",
                                 "site": "sample", "stage": "classify", "reason": reasons[k % len(reasons)],
                                 "detail": None, "http_status": 200, "fetched_at": fetched, "raw": None}) + "\n")
    summary = {"site": "sample", "run": stem, "status": "ok", "exit_status": 0, "items": n,
               "pages_ended": n + rejects + 1, "duration_s": 12.5, "problems": [],
               "rejects": {"total": rejects, "by_reason": {}}, "scrapy_stats": {"finish_reason": "finished"}}
    feed.with_name(f"{stem}.summary.json").write_text(json.dumps(summary), encoding="utf-8")


def stamp(run: int) -> str:
    return (T0 + timedelta(hours=run)).strftime("%Y%m%dT%H%M%SZ")


def write_runs(folder: Path, *, runs: int = 30, articles: int = 40) -> list[Path]:
    """``runs`` scheduled runs of one site in ``folder``; returns the feeds in order."""
    feeds = []
    for run in range(runs):
        feed = folder / f"{stamp(run)}.jsonl"
        write_feed(feed, articles, run=run)
        write_side_files(feed, articles, run=run)
        feeds.append(feed)
    return feeds

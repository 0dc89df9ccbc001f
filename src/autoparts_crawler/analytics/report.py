"""``autoparts-crawler report``: one self-contained HTML page about a crawl, labels in 中文 / English.

No network and no JavaScript: styles are inline and charts are inline SVG (:mod:`.svg`). Sections:
the run (pages, articles, listings, rejects by reason, duration, health), field coverage beside
the previous run's, articles per publication day / category / site, views (distribution, top
articles, fastest-growing with their history) and the latest articles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from html import escape
from pathlib import Path
from typing import Any

from autoparts_crawler.analytics import svg
from autoparts_crawler.analytics.load import Run, article_day, is_main_feed, load_run, previous_feed, sibling
from autoparts_crawler.analytics.views import collect, growth_per_day, series
from autoparts_crawler.web.urls import canonicalize

COVERAGE_FIELDS = ("title", "subtitle", "author", "editor", "source", "category", "published_at",
                   "published_date", "views", "comments", "related", "paragraphs")
VIEW_BINS = ((0, "0–9"), (10, "10–99"), (100, "100–999"), (1_000, "1千–1万 / 1k–10k"),
             (10_000, "1万–10万 / 10k–100k"), (100_000, "10万+ / 100k+"))
MAX_DAYS = 120  # longer spans: the day histogram bins per week, then per month
UNITS = {"day": ("每日发布", "Per publication day"), "week": ("每周发布", "Per publication week (Monday)"),
         "month": ("每月发布", "Per publication month")}
TOP, LATEST, BARS = 20, 50, 15
HISTORY_RUNS = 30  # runs of the feed's folder read for view history (5,000 articles x 30 runs: 6.4-9.6 s)

CSS = """
body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:24px auto;max-width:1000px;
color:#222;padding:0 12px;line-height:1.45}
h1{font-size:22px;margin-bottom:4px}h2{font-size:17px;border-bottom:1px solid #ddd;padding-bottom:3px;margin-top:28px}
h3{font-size:14px;margin:14px 0 4px}.muted{color:#777;font-size:12px}
table{border-collapse:collapse;font-size:13px;width:100%}td,th{border-bottom:1px solid #eee;padding:3px 6px;text-align:left}
th{background:#f5f5f5}td.n{text-align:right;font-variant-numeric:tabular-nums}
.kpi{display:flex;flex-wrap:wrap;gap:10px}.kpi div{background:#f5f7fa;border-radius:6px;padding:6px 10px;min-width:100px;font-size:12px}
.kpi b{display:block;font-size:20px}.ok{color:#2a7a2a}.bad{color:#b22}.warn{color:#a66b00}
a{color:#2b5f97;text-decoration:none}a:hover{text-decoration:underline}.charts{display:flex;flex-wrap:wrap;gap:18px}
"""


def _label(zh: str, en: str) -> str:
    return f"{escape(zh)} / {escape(en)}"


def _num(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.1f}"
    return f"{value:,}" if isinstance(value, int) else escape(str(value))


def _chart(markup: str) -> str:
    return markup or f'<p class="muted">{_label("无数据", "no data")}</p>'


def _sum(stats: dict[str, Any], prefix: str) -> int:
    return sum(int(v) for k, v in stats.items() if k.startswith(prefix) and isinstance(v, (int, float)))


def run_facts(run: Run) -> dict[str, Any]:
    """Pages, articles, listings, rejects by reason, duration and health of a run (estimated from the
    records when there is no summary or stats file; ``estimated`` says which)."""
    summary, stats = run.summary or {}, run.stats or {}
    estimated: list[str] = []
    if "pages_ended" in summary:
        pages = int(summary["pages_ended"])
    elif stats:
        pages = _sum(stats, "autoparts/pages/") - int(stats.get("autoparts/pages/bad_links_dropped", 0)) \
            + _sum(stats, "autoparts/fetch_failed/")
    else:
        pages = sum(len((a.get("crawl") or {}).get("pages") or [1]) for a in run.articles) + len(run.rejects or []) \
            + len({e.get("list_url") for e in run.listings or []})
        estimated.append("pages")
    if run.rejects is not None:
        by_reason = Counter(str(r.get("reason", "?")) for r in run.rejects)
    else:
        by_reason = Counter((summary.get("rejects") or {}).get("by_reason") or {})
    duration = summary.get("duration_s") or stats.get("elapsed_time_seconds")
    if duration is None:
        times = sorted(t for t in (a.get("fetched_at") for a in run.articles) if isinstance(t, str))
        try:
            duration = (datetime.fromisoformat(times[-1]) - datetime.fromisoformat(times[0])).total_seconds()
            estimated.append("duration")
        except (IndexError, ValueError, TypeError):
            duration = None
    if summary.get("status"):
        health, problems = str(summary["status"]), list(summary.get("problems") or [])
    elif stats.get("finish_reason"):
        health, problems = f"finish_reason {stats['finish_reason']}", []
    else:
        health, problems = "unknown", []
    listings = len(run.listings) if run.listings is not None else stats.get("autoparts/listings/entries")
    return {"pages": pages, "articles": len(run.articles), "listings": listings, "rejects": by_reason,
            "duration_s": duration, "health": health, "problems": problems, "estimated": estimated,
            "site": sorted({str(a.get("site")) for a in run.articles if a.get("site")}),
            "started_at": summary.get("started_at")}


def coverage(articles: Sequence[dict[str, Any]]) -> dict[str, float]:
    """Share (0..1) of articles with each field present (non-null, non-empty)."""
    if not articles:
        return {}
    present = Counter()
    fields = [f for f in COVERAGE_FIELDS if f != "published_date" or any("published_date" in a for a in articles)]
    for art in articles:
        for name in fields:
            value = art.get(name)
            if value is not None and value != "" and value != []:
                present[name] += 1
    return {name: present[name] / len(articles) for name in fields}


def per_day(articles: Sequence[dict[str, Any]]) -> list[tuple[str, int]]:
    """Articles per publication day (or week, or month: see :func:`publication_bins`)."""
    return publication_bins(articles)[1]


def publication_bins(articles: Sequence[dict[str, Any]]) -> tuple[str, list[tuple[str, int]]]:
    """(unit, counts): articles per publication day, every day of the span, zeros included; a span
    longer than ``MAX_DAYS`` is binned per week (label: its Monday) or, beyond, per month (``YYYY-MM``)."""
    counts: Counter[date] = Counter()
    for day in (article_day(a) for a in articles):
        if day:
            try:
                counts[date.fromisoformat(day)] += 1
            except ValueError:
                continue
    if not counts:
        return "day", []
    first, last = min(counts), max(counts)
    span = (last - first).days + 1
    if span <= MAX_DAYS:
        return "day", [((first + timedelta(i)).isoformat(), counts.get(first + timedelta(i), 0)) for i in range(span)]
    if span <= 7 * MAX_DAYS:
        weeks: Counter[date] = Counter()
        for day, n in counts.items():
            weeks[day - timedelta(day.weekday())] += n
        monday = first - timedelta(first.weekday())
        return "week", [((monday + timedelta(7 * i)).isoformat(), weeks.get(monday + timedelta(7 * i), 0))
                        for i in range((last - monday).days // 7 + 1)]
    months: Counter[str] = Counter()
    for day, n in counts.items():
        months[day.isoformat()[:7]] += n
    out, (y, m) = [], (first.year, first.month)
    while (y, m) <= (last.year, last.month):
        out.append((f"{y:04d}-{m:02d}", months.get(f"{y:04d}-{m:02d}", 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return "month", out


def view_bins(articles: Sequence[dict[str, Any]]) -> list[tuple[str, int]]:
    """Articles per order of magnitude of their view count."""
    counts = Counter()
    for art in articles:
        views = art.get("views")
        if isinstance(views, int):
            label = next(lbl for lo, lbl in reversed(VIEW_BINS) if views >= lo)
            counts[label] += 1
    return [(lbl, counts[lbl]) for _, lbl in VIEW_BINS] if counts else []


def _top(counter: Counter, n: int = BARS) -> list[tuple[str, float]]:
    items = counter.most_common()
    head = [(k, float(v)) for k, v in items[:n]]
    rest = sum(v for _, v in items[n:])
    return [*head, ("其他 / other", float(rest))] if rest else head


def _link(art: dict[str, Any]) -> str:
    title = escape(str(art.get("title") or art.get("url") or "?"))
    url = art.get("url")
    return f'<a href="{escape(url)}">{title}</a>' if isinstance(url, str) and url else title


def _kpis(facts: dict[str, Any]) -> str:
    est = facts["estimated"]
    health = facts["health"]
    cls = "ok" if health == "ok" else "bad" if health in ("failed", "unhealthy") else "warn"
    duration = facts["duration_s"]
    cells = [
        (_label("抓取页面", "pages fetched"), _num(facts["pages"]) + (" ≈" if "pages" in est else "")),
        (_label("文章", "articles"), _num(facts["articles"])),
        (_label("列表条目", "listings"), _num(facts["listings"])),
        (_label("拒收", "rejects"), _num(sum(facts["rejects"].values()))),
        (_label("耗时", "duration"), (f"{duration:,.1f} s" if isinstance(duration, (int, float)) else "–")
         + (" ≈" if "duration" in est else "")),
        (_label("健康", "health"), f'<span class="{cls}">{escape(health)}</span>'),
    ]
    html = '<div class="kpi">' + "".join(f"<div>{k}<b>{v}</b></div>" for k, v in cells) + "</div>"
    if facts["problems"]:
        html += "<ul>" + "".join(f'<li class="bad">{escape(p)}</li>' for p in facts["problems"]) + "</ul>"
    if est:
        html += f'<p class="muted">≈ {_label("无汇总文件，按记录估算", "no summary file: estimated from the records")}</p>'
    return html


def _history(run: Run, extra: Sequence[Path]) -> dict[str, list[tuple[str, int]]]:
    """View-count series from the last ``HISTORY_RUNS`` runs up to this one in its folder, plus the
    other feeds given (the cap keeps a daily run's report fast after a year of runs)."""
    folder = sorted((p for p in run.feed.parent.glob("*.jsonl") if is_main_feed(p) and p.name <= run.feed.name),
                    key=lambda p: p.name)[-HISTORY_RUNS:]
    feeds = [*folder, *(p for p in extra if p not in folder)]
    return series(collect(feeds), per_run=True)


def build_report(feed: Path, others: Sequence[Path] = (), *, previous: Path | None = None) -> str:
    """The HTML of the report on ``feed``; ``previous`` (default: the first of ``others``, else the earlier
    run in the feed's folder) is the run its field coverage is compared with; ``others`` add view history."""
    run = load_run(feed)
    if previous is None:
        previous = others[0] if others else previous_feed(feed)
    prev = load_run(previous) if previous is not None and previous.exists() else None
    facts = run_facts(run)
    hist = _history(run, [*others, *([previous] if previous else [])])
    arts = run.articles
    out: list[str] = []
    add = out.append
    title = _label("抓取报告", "Crawl report")
    add(f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,">'
        f'<meta name="viewport" content="width=device-width"><title>{title}: {escape(run.name)}</title>'
        f"<style>{CSS}</style></head><body>")
    generated = datetime.now(UTC).replace(microsecond=0).isoformat()
    add(f"<h1>{title}: {escape(run.name)}</h1><p class='muted'>{escape(str(feed))} · "
        f"{_label('站点', 'sites')}: {escape(', '.join(facts['site']) or '–')} · "
        f"{_label('生成于', 'generated')} {generated}</p>")

    add(f"<h2>{_label('运行', 'Run')}</h2>{_kpis(facts)}")
    add(f"<h3>{_label('拒收原因', 'Rejects by reason')}</h3>")
    add(_chart(svg.bar_chart(_top(facts["rejects"]), title="rejects by reason")))

    cov, old = coverage(arts), (coverage(prev.articles) if prev else None)
    add(f"<h2>{_label('字段覆盖率', 'Field coverage')}</h2>")
    if prev:
        add(f"<p class='muted'>{_label('对比上一次运行', 'compared with the previous run')}: {escape(prev.name)}</p>")
    pct = {k: round(v * 100, 1) for k, v in cov.items()}
    add(_chart(svg.bar_chart(list(pct.items()), title="field coverage %", fmt=lambda v: f"{v:.1f}%",
                             compare={k: round(v * 100, 1) for k, v in old.items()} if old is not None else None,
                             legend=("本次 / this run", "上次 / previous") if old is not None else None)))
    if old:
        drops = [f"{k}: {old[k] * 100:.1f}% → {cov.get(k, 0) * 100:.1f}%" for k in old
                 if old[k] - cov.get(k, 0) >= 0.05]
        if drops:
            add(f"<p class='bad'>{_label('覆盖率下降', 'coverage dropped')}: {escape('; '.join(drops))}</p>")

    unit, days = publication_bins(arts)
    zh, en = UNITS[unit]
    add(f"<h2>{_label('文章分布', 'Articles')}</h2><h3>{_label(zh, en)}</h3>")
    add(_chart(svg.column_chart(days, title="articles per publication day")))
    cats = Counter(str(a.get("category") or "（无）/ none") for a in arts)
    sites = Counter(str(a.get("site") or "?") for a in arts)
    add(f"<div class='charts'><div><h3>{_label('按栏目', 'Per category')}</h3>"
        f"{_chart(svg.bar_chart(_top(cats), title='articles per category', width=470))}</div>"
        f"<div><h3>{_label('按站点', 'Per site')}</h3>"
        f"{_chart(svg.bar_chart(_top(sites), title='articles per site', width=470))}</div></div>")

    add(f"<h2>{_label('浏览量', 'Views')}</h2><h3>{_label('分布', 'Distribution')}</h3>")
    add(_chart(svg.column_chart(view_bins(arts), title="views distribution", height=180)))
    growth = {url: growth_per_day(points) for url, points in hist.items()}
    has_history = any(g is not None for g in growth.values())
    top = sorted((a for a in arts if isinstance(a.get("views"), int)), key=lambda a: -a["views"])[:TOP]
    add(f"<h3>{_label('浏览最多', 'Top articles')}</h3>")
    add(_article_table(top, hist, growth, has_history))
    add(f"<h3>{_label('增长最快', 'Fastest-growing')}</h3>")
    if has_history:
        by_url = {canonicalize(a["url"]): a for a in arts if isinstance(a.get("url"), str)}
        fastest = sorted((u for u, g in growth.items() if g and g > 0 and u in by_url), key=lambda u: -growth[u])
        add(_article_table([by_url[u] for u in fastest[:TOP]], hist, growth, True) if fastest else
            f"<p class='muted'>{_label('各次运行之间浏览量没有增长', 'no view count grew between the runs')}</p>")
    else:
        add(f"<p class='muted'>{_label('暂无历史：需要同一文件夹中的多次运行', 'no history yet: needs several runs in the same folder')}</p>")

    latest = sorted(arts, key=lambda a: (article_day(a) or "", a.get("published_at") or ""), reverse=True)[:LATEST]
    add(f"<h2>{_label('最新文章', 'Latest articles')}</h2><table><tr><th>{_label('标题', 'title')}</th>"
        f"<th>{_label('日期', 'date')}</th><th>{_label('来源', 'source')}</th><th>{_label('浏览', 'views')}</th></tr>")
    for art in latest:
        add(f"<tr><td>{_link(art)}</td><td>{escape(article_day(art) or '–')}</td>"
            f"<td>{escape(str(art.get('source') or art.get('site') or '–'))}</td>"
            f"<td class='n'>{_num(art.get('views'))}{'+' if art.get('views_approx') else ''}</td></tr>")
    add("</table></body></html>")
    return "".join(out)


def _article_table(arts: Sequence[dict[str, Any]], hist: dict[str, list[tuple[str, int]]],
                   growth: dict[str, float | None], with_history: bool) -> str:
    if not arts:
        return f"<p class='muted'>{_label('无数据', 'no data')}</p>"
    head = f"<tr><th>{_label('标题', 'title')}</th><th>{_label('日期', 'date')}</th><th>{_label('浏览', 'views')}</th>"
    if with_history:
        head += f"<th>{_label('日增', 'views/day')}</th><th>{_label('历史', 'history')}</th>"
    rows = [f"<table>{head}</tr>"]
    for art in arts:
        cells = (f"<tr><td>{_link(art)}</td><td>{escape(article_day(art) or '–')}</td>"
                 f"<td class='n'>{_num(art.get('views'))}{'+' if art.get('views_approx') else ''}</td>")
        if with_history:
            url = canonicalize(art["url"]) if isinstance(art.get("url"), str) else ""
            g = growth.get(url)
            points = hist.get(url, [])
            cells += (f"<td class='n'>{_num(round(g, 1)) if g is not None else '–'}</td>"
                      f"<td>{svg.sparkline([v for _, v in points], title=f'{len(points)} readings')}</td>")
        rows.append(cells + "</tr>")
    rows.append("</table>")
    return "".join(rows)


def write_report(feed: Path, out: Path | None = None, others: Sequence[Path] = (),
                 previous: Path | None = None) -> Path:
    """Write the report (default ``<stem>.report.html`` beside the feed) and return its path."""
    out = out or sibling(feed, "report.html")
    html = build_report(feed, others, previous=previous)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(out)
    return out

"""The publication fields of a record: ``published_date`` / ``published_at`` and why either is empty."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from autoparts_crawler.normalize import DateResult, normalize_date, resolve_published
from autoparts_crawler.records.context import PageContext
from autoparts_crawler.records.fields import NormalizationReport

_URL_YEAR = re.compile(r"/((?:19|20)\d{2})(?=/|[01]\d[0-3]\d(?:/|\d|_|\.)|[-_][01]\d)")


def url_year_hint(url: str | None) -> int | None:
    """The year a date-in-path URL shows (/2025/0426/874.html, /2025-04/...), else None.

    List pages often print MM-DD only; the entry's URL then says which year it is.
    """
    if not url:
        return None
    match = _URL_YEAR.search(urlsplit(url).path)
    return int(match.group(1)) if match else None


#: ``published_reason`` when the page shows no date text at all.
REASON_NOT_FOUND = "not_found"
#: ``published_reason`` when the day is known but not the time of day (``published_at`` is null).
REASON_NO_TIME = "no_time"


@dataclass(frozen=True, slots=True)
class Published:
    """The publication fields of one record: day, full time, and why either is empty."""

    date: str | None = None
    at: str | None = None
    rule: str | None = None
    reason: str | None = REASON_NOT_FOUND
    raw: str | None = None  # the text the value was read from


def published_of(result: DateResult | None) -> Published:
    """Split a normalizer result into ``published_date`` / ``published_at`` with a reason."""
    if result is None:
        return Published()
    if not result.value:
        return Published(rule=None, reason=result.reason, raw=result.raw or None)
    reason = None if result.at else (result.reason or REASON_NO_TIME)
    return Published(result.day, result.at, result.rule, reason, result.raw or None)


def date_field(text: str | None, ctx: PageContext, report: NormalizationReport, prefix: str,
          year_hint: int | None = None, allow_time_only: bool = False) -> Published:
    """One date text (a related or listing entry) -> publication fields, counted under ``prefix``."""
    if not text:
        report.count(f"{prefix}/missing")
        return Published()
    result = normalize_date(text, fetched_at=ctx.fetched_at, tz=ctx.timezone, date_order=ctx.date_order,
                            year_hint=year_hint, allow_time_only=allow_time_only)
    report.count(f"{prefix}/ok" if result.value else f"{prefix}/failed/{result.reason}")
    return published_of(result)


def resolved_published(candidates: list[tuple[str, str]], ctx: PageContext, report: NormalizationReport) -> Published:
    """The article's publication fields from every candidate the extractor found."""
    result = resolve_published(candidates, fetched_at=ctx.fetched_at, tz=ctx.timezone, date_order=ctx.date_order,
                               tz_default=ctx.timezone_default)
    if result is None or (not result.value and result.rule.startswith("url:")):
        # nothing but the page's own URL, and no date in it: the page shows no date (the URL is
        # no "text as shown", it stays in ``url``)
        report.count("published/missing")
        return Published()
    report.count("published/ok" if result.value else f"published/failed/{result.reason}")
    if result.value:
        report.count(f"published/source/{result.rule.split(':', 1)[0]}")
    return published_of(result)

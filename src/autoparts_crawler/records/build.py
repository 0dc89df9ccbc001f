"""The one path from raw fields to a validated record.

Both the crawl (pipelines ``normalize`` then ``validate``) and the offline
``autoparts-crawler extract`` command go through :func:`normalize_article` and
:func:`validate_article`; :func:`build_record` chains them. No Scrapy import here.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError

from autoparts_crawler.normalize import DateResult, normalize_count, normalize_date, resolve_published
from autoparts_crawler.records.models import ArticleRecord, RejectRecord
from autoparts_crawler.records.raw import RawArticle, RawRelated
from autoparts_crawler.web.urls import canonicalize, same_site

#: Labels that portals print before a value ("来源：", "责任编辑:", "文/").
_LABEL = re.compile(
    r"^\s*[\[【(（]?\s*(?:责任编辑|责编|编辑|原作者|作者|撰文|记者|文|来源|来自|出处|发布者|发布人|"
    r"栏目|分类|频道|author|editor|source|by)\s*[:：/|]?\s*[\]】)）]?\s*", re.I)
_TRAILING_NOISE = re.compile(r"\s*[|｜]\s*$")


class RecordRejected(Exception):
    """Raised when raw fields cannot become a valid record."""

    def __init__(self, reason: str, detail: str, stage: str = "validate") -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason, self.detail, self.stage = reason, detail, stage


@dataclass(frozen=True, slots=True)
class PageContext:
    """What the crawl knows about the page besides its content."""

    url: str  # first page, as finally fetched (after redirects)
    site: str
    fetched_at: datetime  # aware; anchor for relative dates
    timezone: str = "Asia/Shanghai"
    date_order: str | None = None
    pages: tuple[str, ...] = ()
    fetched_urls: tuple[str, ...] = ()
    http_status: int | None = None
    encoding: str | None = None


@dataclass(slots=True)
class NormalizationReport:
    """What normalization did, for the crawl stats (keys become stats counters)."""

    counters: dict[str, int] = field(default_factory=dict)

    def count(self, key: str, n: int = 1) -> None:
        self.counters[key] = self.counters.get(key, 0) + n


def clean_label(value: str | None) -> str | None:
    """Strip a leading label (来源：/作者:/责任编辑:) and surrounding whitespace; None when empty."""
    if value is None:
        return None
    text = " ".join(value.split())
    previous = None
    while previous != text:
        previous, text = text, _LABEL.sub("", text, count=1)
    text = _TRAILING_NOISE.sub("", text).strip()
    return text or None


def fetched_at_iso(ctx: PageContext) -> str:
    """fetched_at in the site's timezone, seconds precision."""
    from zoneinfo import ZoneInfo

    try:
        tz = ZoneInfo(ctx.timezone)
        return ctx.fetched_at.astimezone(tz).replace(microsecond=0).isoformat()
    except (KeyError, ValueError):
        return ctx.fetched_at.replace(microsecond=0).isoformat()


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
    return Published(result.day, result.at, result.rule, None if result.at else REASON_NO_TIME, result.raw or None)


def _date(text: str | None, ctx: PageContext, report: NormalizationReport, prefix: str,
          year_hint: int | None = None, allow_time_only: bool = False) -> Published:
    if not text:
        report.count(f"{prefix}/missing")
        return Published()
    result = normalize_date(text, fetched_at=ctx.fetched_at, tz=ctx.timezone, date_order=ctx.date_order,
                            year_hint=year_hint, allow_time_only=allow_time_only)
    report.count(f"{prefix}/ok" if result.value else f"{prefix}/failed/{result.reason}")
    return published_of(result)


def _resolved(candidates: list[tuple[str, str]], ctx: PageContext, report: NormalizationReport) -> Published:
    """The article's publication fields from every candidate the extractor found."""
    result = resolve_published(candidates, fetched_at=ctx.fetched_at, tz=ctx.timezone, date_order=ctx.date_order)
    if result is None:
        report.count("published/missing")
        return Published()
    report.count("published/ok" if result.value else f"published/failed/{result.reason}")
    if result.value:
        report.count(f"published/source/{result.rule.split(':', 1)[0]}")
    return published_of(result)


def _count(text: str | None, report: NormalizationReport, prefix: str) -> tuple[int | None, bool]:
    if not text:
        report.count(f"{prefix}/missing")
        return None, False
    result = normalize_count(text)
    report.count(f"{prefix}/ok" if result.value is not None else f"{prefix}/failed/{result.reason}")
    return result.value, bool(result.approx) if result.value is not None else False


def _related(entry: RawRelated, ctx: PageContext, report: NormalizationReport) -> dict[str, Any]:
    published = _date(entry.date_raw, ctx, report, "related/date", year_hint=url_year_hint(entry.url),
                      allow_time_only=True)
    views, approx = _count(entry.views_raw, report, "related/views")
    return {
        "title": clean_label(entry.title),
        "url": entry.url,
        "category": clean_label(entry.category),
        "published_date": published.date,
        "published_at": published.at,
        "published_raw": entry.date_raw,
        "published_reason": published.reason,
        "views": views,
        "views_raw": entry.views_raw,
        "views_approx": approx,
        "tag": clean_label(entry.tag),
    }


def canonical_url(raw: RawArticle, ctx: PageContext) -> str:
    """The page's rel=canonical when it stays on the same site, else the fetched URL; tracking removed."""
    if raw.canonical_url and same_site(raw.canonical_url, ctx.url):
        return canonicalize(raw.canonical_url)
    return canonicalize(ctx.url)


def content_hash(title: str | None, body_text: str) -> str:
    """Stable fingerprint of the content, for dedupe and change detection."""
    return hashlib.sha1(f"{title or ''}\n{body_text}".encode()).hexdigest()


def normalize_article(raw: RawArticle, ctx: PageContext) -> tuple[dict[str, Any], NormalizationReport]:
    """Raw fields -> the field dict of an :class:`ArticleRecord` (not yet validated)."""
    report = NormalizationReport()
    if raw.published_candidates:
        published = _resolved(raw.published_candidates, ctx, report)
    else:
        published = _date(raw.published_raw, ctx, report, "published", year_hint=url_year_hint(ctx.url))
    views, views_approx = _count(raw.views_raw, report, "views")
    comments, _ = _count(raw.comments_raw, report, "comments")
    paragraphs = [" ".join(p.split()) if "\t" not in p else p.strip() for p in raw.paragraphs]
    paragraphs = [p for p in paragraphs if p]
    body_text = "\n".join(paragraphs)
    related = [_related(entry, ctx, report) for entry in raw.related if clean_label(entry.title)]
    report.count("related/entries", len(related))
    title = clean_label(raw.title)
    fields: dict[str, Any] = {
        "url": canonical_url(raw, ctx),
        "site": ctx.site,
        "title": title,
        "subtitle": clean_label(raw.subtitle),
        "body_text": body_text,
        "paragraphs": paragraphs,
        "author": clean_label(raw.author),
        "editor": clean_label(raw.editor),
        "source": clean_label(raw.source),
        "category": clean_label(raw.category),
        "published_date": published.date,
        "published_at": published.at,
        "published_raw": raw.published_raw or published.raw,
        "views": views,
        "views_raw": raw.views_raw,
        "views_approx": views_approx,
        "comments": comments,
        "comments_raw": raw.comments_raw,
        "related": related,
        "fetched_at": fetched_at_iso(ctx),
        "crawl": {
            "pages": list(ctx.pages or (ctx.url,)),
            "fetched_urls": list(ctx.fetched_urls),
            "http_status": ctx.http_status,
            "encoding": ctx.encoding,
            "extractor": raw.extractor,
            "published_rule": published.rule,
            "published_reason": published.reason,
            "content_hash": content_hash(title, body_text),
        },
    }
    return fields, report


def _first_error(exc: ValidationError) -> tuple[str, str]:
    errors = exc.errors()
    first = errors[0] if errors else {"loc": (), "msg": str(exc), "type": "invalid"}
    where = ".".join(str(x) for x in first.get("loc", ())) or "record"
    missing = first.get("type") in ("missing", "string_too_short", "too_short") or first.get("input") in (None, "", [])
    return (f"missing_{where}" if missing else f"invalid_{where}",
            "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors[:5]))


def validate_article(fields: dict[str, Any]) -> ArticleRecord:
    """Validate normalized fields; :class:`RecordRejected` carries a short reason on failure."""
    try:
        return ArticleRecord.model_validate(fields)
    except ValidationError as exc:
        reason, detail = _first_error(exc)
        raise RecordRejected(reason, detail) from exc


def build_record(raw: RawArticle, ctx: PageContext) -> ArticleRecord:
    """Normalize then validate: the whole path, for callers that need no stats."""
    fields, _ = normalize_article(raw, ctx)
    return validate_article(fields)


def raw_as_dict(raw: RawArticle | None) -> dict[str, Any] | None:
    """Raw fields as plain JSON-able data, kept in rejects for re-processing."""
    return asdict(raw) if raw is not None else None


def make_reject(url: str, *, reason: str, stage: str, detail: str | None = None, site: str | None = None,
                http_status: int | None = None, fetched_at: str | None = None,
                raw: dict[str, Any] | None = None) -> RejectRecord:
    """A reject record (one constructor so every producer fills the same fields)."""
    return RejectRecord(url=url, site=site, stage=stage, reason=reason, detail=detail,
                        http_status=http_status, fetched_at=fetched_at, raw=raw)


@dataclass(slots=True)
class ArticlePage:
    """The spider's item: raw fields of one article (all pages) plus its context.

    ``fields`` is filled by the normalize pipeline; the validate pipeline turns it into
    an :class:`ArticleRecord`.
    """

    raw: RawArticle
    ctx: PageContext
    fields: dict[str, Any] | None = None


def build_listing(entry: RawRelated, *, list_url: str, position: int, ctx: PageContext) -> dict[str, Any]:
    """A list-page entry as a validated listing record (JSON-ready dict)."""
    from autoparts_crawler.records.models import ListingRecord

    fields = _related(entry, ctx, NormalizationReport())
    fields.update(list_url=list_url, position=position, site=ctx.site, fetched_at=fetched_at_iso(ctx))
    if not fields["title"]:
        fields["title"] = entry.url or "(untitled)"
    return ListingRecord.model_validate(fields).model_dump(mode="json")

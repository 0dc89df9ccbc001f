"""The one path from raw fields to a validated record.

Both the crawl (pipelines ``normalize`` then ``validate``) and the offline
``autoparts-crawler extract`` command go through :func:`normalize_article` and
:func:`validate_article`; :func:`build_record` chains them. The parts live beside it:
:mod:`.context` (page context, the spider's item), :mod:`.fields` (labels, counts),
:mod:`.published` (dates), :mod:`.listing` (related/list entries), :mod:`.rejects`.
No Scrapy import here.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from autoparts_crawler.records.context import PageContext, fetched_at_iso
from autoparts_crawler.records.fields import (
    NormalizationReport,
    canonical_url,
    clean_label,
    content_hash,
    count_field,
)
from autoparts_crawler.records.listing import related_entry
from autoparts_crawler.records.models import ArticleRecord
from autoparts_crawler.records.published import date_field, resolved_published, url_year_hint
from autoparts_crawler.records.raw import RawArticle
from autoparts_crawler.records.rejects import RecordRejected, first_error


def normalize_article(raw: RawArticle, ctx: PageContext) -> tuple[dict[str, Any], NormalizationReport]:
    """Raw fields -> the field dict of an :class:`ArticleRecord` (not yet validated)."""
    report = NormalizationReport()
    if raw.published_candidates:
        published = resolved_published(raw.published_candidates, ctx, report)
    else:
        published = date_field(raw.published_raw, ctx, report, "published", year_hint=url_year_hint(ctx.url))
    views, views_approx = count_field(raw.views_raw, report, "views")
    comments, _ = count_field(raw.comments_raw, report, "comments")
    paragraphs = [" ".join(p.split()) if "\t" not in p else p.strip() for p in raw.paragraphs]
    paragraphs = [p for p in paragraphs if p]
    body_text = "\n".join(paragraphs)
    related = [related_entry(entry, ctx, report) for entry in raw.related if clean_label(entry.title)]
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
        # the text the value was read from; the first text shown by the headline when none gave one
        "published_raw": (published.raw if published.date else None) or raw.published_raw or published.raw,
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


def validate_article(fields: dict[str, Any]) -> ArticleRecord:
    """Validate normalized fields; :class:`RecordRejected` carries a short reason on failure."""
    try:
        return ArticleRecord.model_validate(fields)
    except ValidationError as exc:
        reason, detail = first_error(exc)
        raise RecordRejected(reason, detail) from exc


def build_record(raw: RawArticle, ctx: PageContext) -> ArticleRecord:
    """Normalize then validate: the whole path, for callers that need no stats."""
    fields, _ = normalize_article(raw, ctx)
    return validate_article(fields)

"""Related-news and list-page entries: raw entry -> normalized fields, and the listing record."""

from __future__ import annotations

from typing import Any

from autoparts_crawler.records.context import PageContext, fetched_at_iso
from autoparts_crawler.records.fields import NormalizationReport, clean_label, count_field
from autoparts_crawler.records.models import ListingRecord
from autoparts_crawler.records.published import date_field, url_year_hint
from autoparts_crawler.records.raw import RawRelated


def related_entry(entry: RawRelated, ctx: PageContext, report: NormalizationReport) -> dict[str, Any]:
    """A related/listing entry's fields (dates may be shown by time alone: today's items)."""
    published = date_field(entry.date_raw, ctx, report, "related/date", year_hint=url_year_hint(entry.url),
                      allow_time_only=True)
    views, approx = count_field(entry.views_raw, report, "related/views")
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


def build_listing(entry: RawRelated, *, list_url: str, position: int, ctx: PageContext) -> dict[str, Any]:
    """A list-page entry as a validated listing record (JSON-ready dict)."""
    fields = related_entry(entry, ctx, NormalizationReport())
    fields.update(list_url=list_url, position=position, site=ctx.site, fetched_at=fetched_at_iso(ctx))
    if not fields["title"]:
        fields["title"] = entry.url or "(untitled)"
    return ListingRecord.model_validate(fields).model_dump(mode="json")

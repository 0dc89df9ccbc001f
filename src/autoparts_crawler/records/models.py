"""Record models (pydantic v2): what analysts read, one model per record kind.

Bottom layer: no Scrapy import. Raw strings travel beside normalized values
(``published_raw`` / ``published_at``, ``views_raw`` / ``views``) so every value can be
audited; crawl metadata lives in :class:`CrawlMeta`, apart from the content.
``python -m autoparts_crawler schema`` prints the JSON Schema of these records.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

#: A calendar day, ``YYYY-MM-DD`` (JSON Schema format ``date``).
ISO_DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
#: ISO 8601 datetime with an offset (JSON Schema format ``date-time``).
ISO_INSTANT_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$"
_DATE = {"format": "date"}
_DATE_TIME = {"format": "date-time"}


def published_date_field(what: str) -> Any:
    """``published_date``: the day, whenever it is known."""
    return Field(None, pattern=ISO_DATE_PATTERN, json_schema_extra=_DATE,
                 description=f"{what} day, YYYY-MM-DD, whenever the day is known.")


def published_at_field(what: str) -> Any:
    """``published_at``: the full time with offset, only when the time of day is known."""
    return Field(None, pattern=ISO_INSTANT_PATTERN, json_schema_extra=_DATE_TIME,
                 description=f"{what} time, ISO 8601 with offset (as stated, else the site's), "
                             "only when the time of day is known; else null.")

_STRICT = ConfigDict(extra="forbid", str_strip_whitespace=True)


class RelatedEntry(BaseModel):
    """One entry of the related-news list under an article (or of a list page)."""

    model_config = _STRICT

    title: str = Field(min_length=1, description="Entry headline, without the trailing category word.")
    url: str | None = Field(None, description="Absolute URL of the linked article.")
    category: str | None = Field(None, description="Category word shown with the entry, e.g. 新闻 / 评测.")
    published_date: str | None = published_date_field("Entry")
    published_at: str | None = published_at_field("Entry")
    published_raw: str | None = Field(None, description="Date as shown; split day + month-year joined by a space.")
    published_reason: str | None = Field(
        None, description="Why published_date or published_at is empty (no_time: only the day is shown).")
    views: int | None = Field(None, ge=0, description="View count as an integer.")
    views_raw: str | None = Field(None, description="View count as shown.")
    views_approx: bool = Field(False, description="True when the shown count is rounded or a lower bound.")
    tag: str | None = Field(None, description="Brand tag shown beside the entry (e.g. TCL), if any.")


class CrawlMeta(BaseModel):
    """How the record was obtained (not content)."""

    model_config = _STRICT

    pages: list[str] = Field(description="Every fetched page URL of the article, in order (split articles: >1).")
    fetched_urls: list[str] = Field(default_factory=list, description="URLs as requested, before redirects.")
    http_status: int | None = Field(None, description="HTTP status of the first page (None for file://).")
    encoding: str | None = Field(None, description="Codec used to decode the first page.")
    extractor: str = Field(description="Which extractor produced the raw fields: profile:NAME, generic, textdump.")
    published_rule: str | None = Field(None, description="Normalizer rule that produced published_date/_at.")
    published_reason: str | None = Field(
        None, description="Why published_date or published_at is empty (no_time: only the day is shown).")
    content_hash: str = Field(description="sha1 of title + body_text, for change detection and dedupe.")
    revision: int = Field(1, ge=1, description="1 for a first sighting; >1 when an incremental crawl saw it change.")
    change: Literal["new", "revised"] | None = Field(
        None, description="Incremental crawls: new (first sighting) or revised (content changed); null in full crawls.")


class ArticleRecord(BaseModel):
    """One article, all pages merged: the line analysts read."""

    model_config = _STRICT

    record_type: Literal["article"] = Field("article", description="Record kind discriminator.")
    url: str = Field(min_length=1, description="Canonical URL (rel=canonical, tracking params removed).")
    site: str = Field(description="Site profile name, or the host for unprofiled crawls.")
    title: str = Field(min_length=1, description="Headline without site-name suffixes.")
    subtitle: str | None = Field(None, description="Deck line(s) under the headline; not part of the body.")
    body_text: str = Field(min_length=1, description="Body paragraphs joined by newlines.")
    paragraphs: list[str] = Field(min_length=1, description="Body blocks in order: paragraphs, list items, table rows.")
    author: str | None = Field(None, description=(
        "Byline author (作者, 文/NAME); several people in a cased script are separated by \", \" (Jane Doe, John Roe)."))
    editor: str | None = Field(None, description="Responsible editor (责任编辑).")
    source: str | None = Field(None, description="Original source (来源).")
    category: str | None = Field(None, description="Channel / category label.")
    published_date: str | None = published_date_field("Publish")
    published_at: str | None = published_at_field("Publish")
    published_raw: str | None = Field(None, description="Publish time as shown on the page.")
    views: int | None = Field(None, ge=0, description="View count as an integer.")
    views_raw: str | None = Field(None, description="View count as shown.")
    views_approx: bool = Field(False, description="True for rounded (1.2万) or lower-bound (10万+) counts.")
    comments: int | None = Field(None, ge=0, description="Comment count as an integer.")
    comments_raw: str | None = Field(None, description="Comment count as shown.")
    related: list[RelatedEntry] = Field(default_factory=list, description="Related-news entries under the article.")
    fetched_at: str = Field(pattern=ISO_INSTANT_PATTERN, json_schema_extra=_DATE_TIME,
                            description="Fetch time; anchor for relative dates.")
    crawl: CrawlMeta = Field(description="Crawl metadata, kept apart from content.")


class ListingRecord(RelatedEntry):
    """One entry shown on a list page (written to the listings JSONL)."""

    record_type: Literal["listing"] = Field("listing", description="Record kind discriminator.")
    list_url: str = Field(description="URL of the list page showing the entry.")
    position: int = Field(ge=1, description="1-based position on the list page.")
    site: str = Field(description="Site profile name or host.")
    fetched_at: str = Field(pattern=ISO_INSTANT_PATTERN, json_schema_extra=_DATE_TIME,
                            description="Fetch time of the list page.")


class RejectRecord(BaseModel):
    """A fetched page that did not become an article record, and why."""

    model_config = ConfigDict(extra="forbid")

    record_type: Literal["reject"] = Field("reject", description="Record kind discriminator.")
    url: str = Field(description="URL of the page (as requested).")
    site: str | None = Field(None, description="Site profile name or host.")
    stage: str = Field(description="Where it was rejected: fetch, classify, extract, validate, dedupe.")
    reason: str = Field(description="Short machine-readable reason, e.g. http_404, not_article, invalid.")
    detail: str | None = Field(None, description="Human-readable detail (error message, duplicate of which URL).")
    http_status: int | None = Field(None, description="HTTP status, when a response was received.")
    fetched_at: str | None = Field(None, description="Fetch time.")
    raw: dict[str, Any] | None = Field(None, description="Raw extracted fields, enough to re-process later.")


RECORD_MODELS: dict[str, type[BaseModel]] = {
    "article": ArticleRecord,
    "listing": ListingRecord,
    "reject": RejectRecord,
}

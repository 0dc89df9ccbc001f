"""What the crawl knows about a page besides its content, and the spider's article item.

No Scrapy import: the spider builds these, the pipelines and the offline ``extract`` read them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from autoparts_crawler.records.raw import RawArticle


@dataclass(frozen=True, slots=True)
class PageContext:
    """What the crawl knows about the page besides its content."""

    url: str  # first page, as finally fetched (after redirects)
    site: str
    fetched_at: datetime  # aware; anchor for relative dates
    timezone: str = "Asia/Shanghai"
    date_order: str | None = None
    # True when no site profile states the timezone (generic extraction): the page's own offsets and
    # language then decide how its naive times are read (normalize.resolve_published)
    timezone_default: bool = False
    pages: tuple[str, ...] = ()
    fetched_urls: tuple[str, ...] = ()
    http_status: int | None = None
    encoding: str | None = None


@dataclass(slots=True)
class ArticlePage:
    """The spider's item: raw fields of one article (all pages) plus its context.

    ``fields`` is filled by the normalize pipeline; the validate pipeline turns it into
    an :class:`ArticleRecord`.
    """

    raw: RawArticle
    ctx: PageContext
    fields: dict[str, Any] | None = None


@dataclass(slots=True)
class ListingPage:
    """The spider's item for one list page: its entries as validated listing records (JSON-ready),
    one item for the page rather than one per entry (the routing pipeline writes each entry to
    ``<feed>.listings.jsonl``)."""

    list_url: str
    entries: list[dict[str, Any]]


def fetched_at_iso(ctx: PageContext) -> str:
    """fetched_at in the site's timezone, seconds precision."""
    try:
        tz = ZoneInfo(ctx.timezone)
        return ctx.fetched_at.astimezone(tz).replace(microsecond=0).isoformat()
    except (KeyError, ValueError):
        return ctx.fetched_at.replace(microsecond=0).isoformat()

"""What the spider hands the extractors and the pipelines besides a page's content: the page as
one Selector, and its :class:`~autoparts_crawler.records.context.PageContext`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from urllib.parse import urlsplit

from parsel import Selector
from scrapy.http import Response, TextResponse
from scrapy.statscollectors import StatsCollector

from autoparts_crawler.extract import html_selector, sanitize_links
from autoparts_crawler.records.context import PageContext
from autoparts_crawler.sites import SiteProfile
from autoparts_crawler.spiders.failures import response_encoding


def page_selector(response: TextResponse, stats: StatsCollector) -> Selector:
    """The (already UTF-8) page as a Selector, links no URL parser accepts removed (and counted)."""
    sel = html_selector(response.text, response.url)
    if sanitize_links(sel, response.url):
        stats.inc_value("autoparts/pages/bad_links_dropped")
    return sel


def page_context(url: str, *, site: str, profile: SiteProfile, fetched_at: datetime, pages: Sequence[str] = (),
                 redirects: Sequence[str] = (), status: int | None = None,
                 encoding: str | None = None) -> PageContext:
    """The context of a page (the first page of a split article): no HTTP status for file:// pages."""
    return PageContext(
        url=url, site=site, fetched_at=fetched_at, timezone=profile.timezone, date_order=profile.date_order,
        timezone_default=profile.generic,
        pages=tuple(pages), fetched_urls=tuple(redirects),
        http_status=status if urlsplit(url).scheme != "file" else None, encoding=encoding)


def response_context(response: Response, *, site: str, profile: SiteProfile, fetched_at: datetime) -> PageContext:
    """The context of one fetched page."""
    return page_context(response.url, site=site, profile=profile, fetched_at=fetched_at, pages=(response.url,),
                        redirects=response.request.meta.get("redirect_urls", []), status=response.status,
                        encoding=response_encoding(response))

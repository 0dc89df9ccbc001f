"""Downloader middleware of incremental crawls: conditional requests for known article pages.

When ``AUTOPARTS_STATE_PATH`` is set, an article page whose ETag / Last-Modified the state
remembers is requested with ``If-None-Match`` / ``If-Modified-Since``. A 304 answer means
"unchanged": it is counted (``autoparts/incremental/not_modified`` and ``.../unchanged``),
the state marks the article as seen, and the request ends quietly with :class:`NotModified`
(the spider's errback writes no reject for it). List pages are never conditional (the
state only knows validators of pages that belonged to an emitted article), and later pages
of a split article are fetched in full (a 304 there would cut the article short).
Validators of every fetched page are handed to the
:class:`~autoparts_crawler.extensions.incremental_state.IncrementalState` extension so the
incremental pipeline can store them with the record.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response

from autoparts_crawler.extensions.incremental_state import STATE_ERRORS, IncrementalState
from autoparts_crawler.scheduled.state import Validators

STATS = "autoparts/incremental"


class NotModified(IgnoreRequest):
    """A conditional request answered 304: the page (and its article) did not change."""


class IncrementalMiddleware:
    """Adds conditional headers to known article pages; turns their 304s into counted outcomes."""

    def __init__(self, crawler: Crawler, incremental: IncrementalState) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.incremental = incremental

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalMiddleware:
        incremental = crawler.get_extension(IncrementalState)
        if incremental is None:
            raise NotConfigured("full crawl: AUTOPARTS_STATE_PATH is not set")
        return cls(crawler, incremental)

    def process_request(self, request: Request) -> None:
        if (request.method != "GET" or "autoparts_chain" in request.meta
                or request.meta.get("autoparts_full") or request.url.endswith("/robots.txt")):
            return None
        if self.incremental.failure is not None:
            return None
        try:
            known = self.incremental.state.validators(request.url)
        except STATE_ERRORS as exc:
            self.incremental.failed(exc)
            return None
        if not known:
            return None
        if known.etag:
            request.headers[b"If-None-Match"] = known.etag
        if known.last_modified:
            request.headers[b"If-Modified-Since"] = known.last_modified
        request.meta["autoparts_conditional"] = True
        self.stats.inc_value(f"{STATS}/conditional_requests")
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status == 304 and request.meta.get("autoparts_conditional"):
            try:
                self.incremental.state.touch_page(request.url)
            except STATE_ERRORS as exc:
                self.incremental.failed(exc)
            self.stats.inc_value(f"{STATS}/not_modified")
            self.stats.inc_value(f"{STATS}/unchanged")
            self.stats.inc_value("autoparts/pages/not_modified")
            raise NotModified(f"not modified: {request.url}")
        if response.status == 200:
            etag = response.headers.get(b"ETag")
            modified = response.headers.get(b"Last-Modified")
            if etag or modified:
                self.incremental.remember(response.url, Validators(etag.decode("latin-1") if etag else None,
                                                                   modified.decode("latin-1") if modified else None))
        return response


def is_not_modified(failure: Any) -> bool:
    """True for the quiet end of a request answered 304 (no reject to write)."""
    return bool(failure.check(NotModified))

"""Downloader middleware of incremental crawls: conditional requests for known article pages.

When ``AUTOPARTS_STATE_PATH`` is set, an article page whose ETag / Last-Modified the state
remembers is requested with ``If-None-Match`` / ``If-Modified-Since``. A 304 answer means
"unchanged": it is counted (``autoparts/incremental/not_modified`` and ``.../unchanged``),
the state marks the article as seen, and the request ends quietly with :class:`NotModified`
(the spider's errback writes no reject for it). List pages are never conditional (the
state only knows validators of pages that belonged to an emitted article), and later pages
of a split article are fetched in full (a 304 there would cut the article short).
Validators of every fetched page are kept briefly so the incremental pipeline can store
them with the record.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response

from autoparts_crawler.scheduled.state import CrawlState, SqliteState, Validators

STATS = "autoparts/incremental"
#: How many fetched pages' validators are kept until their article record is stored.
RECENT_VALIDATORS = 20_000


class NotModified(IgnoreRequest):
    """A conditional request answered 304: the page (and its article) did not change."""


class Incremental:
    """The state of one incremental crawl plus validators of recently fetched pages."""

    def __init__(self, state: CrawlState) -> None:
        self.state = state
        self.recent: OrderedDict[str, Validators] = OrderedDict()

    def remember(self, url: str, validators: Validators) -> None:
        self.recent[url] = validators
        self.recent.move_to_end(url)
        while len(self.recent) > RECENT_VALIDATORS:
            self.recent.popitem(last=False)

    def take(self, urls: list[str]) -> dict[str, Validators]:
        """Validators of these page URLs (forgotten here once taken)."""
        return {url: self.recent.pop(url) for url in urls if url in self.recent}


def incremental(crawler: Crawler) -> Incremental | None:
    """The crawler's :class:`Incremental`, or None when the crawl is a full one (no state path)."""
    if not hasattr(crawler, "_autoparts_incremental"):
        target = crawler.settings.get("AUTOPARTS_STATE_PATH")
        found: Incremental | None = None
        if target:
            from autoparts_crawler.extensions.distributed import redis_state

            state: CrawlState | None = redis_state(crawler)  # shared when distributed
            if state is None:
                site = getattr(crawler.spider, "site", None) or "site"
                state = SqliteState(str(target).replace("%(site)s", site).replace("<site>", site))
            found = Incremental(state)
            crawler.signals.connect(state.close, signal=signals.spider_closed)
        crawler._autoparts_incremental = found  # type: ignore[attr-defined]
    return crawler._autoparts_incremental  # type: ignore[attr-defined]


class IncrementalMiddleware:
    """Adds conditional headers to known article pages; turns their 304s into counted outcomes."""

    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.get("AUTOPARTS_STATE_PATH"):
            raise NotConfigured("full crawl: AUTOPARTS_STATE_PATH is not set")
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalMiddleware:
        return cls(crawler)

    def _incremental(self) -> Incremental | None:
        return incremental(self.crawler)

    def process_request(self, request: Request) -> None:
        inc = self._incremental()
        if (inc is None or request.method != "GET" or "autoparts_chain" in request.meta
                or request.meta.get("autoparts_full") or request.url.endswith("/robots.txt")):
            return None
        known = inc.state.validators(request.url)
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
        inc = self._incremental()
        if inc is None:
            return response
        if response.status == 304 and request.meta.get("autoparts_conditional"):
            inc.state.touch_page(request.url)
            self.stats.inc_value(f"{STATS}/not_modified")
            self.stats.inc_value(f"{STATS}/unchanged")
            self.stats.inc_value("autoparts/pages/not_modified")
            raise NotModified(f"not modified: {request.url}")
        if response.status == 200:
            etag = response.headers.get(b"ETag")
            modified = response.headers.get(b"Last-Modified")
            if etag or modified:
                inc.remember(response.url, Validators(etag.decode("latin-1") if etag else None,
                                                      modified.decode("latin-1") if modified else None))
        return response


def is_not_modified(failure: Any) -> bool:
    """True for the quiet end of a request answered 304 (no reject to write)."""
    return bool(failure.check(NotModified))

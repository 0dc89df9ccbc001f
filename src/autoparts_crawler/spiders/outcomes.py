"""The rejects the portal spider emits itself -- a page with nothing to read, an exception in a
callback, a request given up on -- each counted in the crawl stats."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from scrapy.statscollectors import StatsCollector
from twisted.python.failure import Failure

from autoparts_crawler.downloadermiddlewares.incremental import is_not_modified
from autoparts_crawler.records.models import RejectRecord
from autoparts_crawler.records.rejects import make_reject
from autoparts_crawler.spiders.failures import (
    describe_failure,
    failure_raw,
    outcome_stat,
    response_encoding,
    response_raw,
)


class SpiderOutcomes:
    """Reject records of one crawl's spider, with their ``autoparts/`` counters."""

    def __init__(self, site: str, crawler: Crawler, logger: logging.LoggerAdapter | logging.Logger) -> None:
        self.site, self.crawler, self.logger = site, crawler, logger

    @property
    def stats(self) -> StatsCollector:
        """The crawl's stats (Scrapy sets them when the crawl starts, after the spider is built)."""
        return self.crawler.stats

    def reject(self, url: str, reason: str, stage: str, response: Response | None = None, **fields: Any) -> RejectRecord:
        """A reject of this site (``http_status`` from ``response`` unless given)."""
        if response is not None:
            fields.setdefault("http_status", response.status)
        return make_reject(url, reason=reason, stage=stage, site=self.site, **fields)

    def guarded(self, response: Response, produce: Callable[[], Iterator[Any]],
                on_fail: Callable[[], Iterator[Any]] | None = None) -> Iterator[Any]:
        """Run one page's callback; an exception becomes an ``extract_error`` (``too_deep``) reject."""
        try:
            yield from produce()
        except Exception as exc:
            reason = "too_deep" if isinstance(exc, RecursionError) else "extract_error"
            self.stats.inc_value("autoparts/extract_errors")
            self.stats.inc_value(f"autoparts/extract_errors/{type(exc).__name__}")
            self.logger.warning("%s on %s: %s: %s", reason, response.url, type(exc).__name__, exc)
            yield self.reject(response.url, reason, "extract", response, detail=f"{type(exc).__name__}: {exc}"[:500],
                              raw=response_raw(response, response_encoding(response)))
            if on_fail is not None:
                yield from on_fail()

    def unreadable(self, response: Response) -> RejectRecord | None:
        """A reject for a page with nothing to read (an empty body, not text), else None."""
        if not response.body.strip():
            self.stats.inc_value("autoparts/pages/empty")
            return self.reject(response.url, "empty_body", "fetch", response, raw=response_raw(response),
                               detail="200 with an empty body (after retries)")
        if not isinstance(response, TextResponse):
            self.stats.inc_value("autoparts/pages/not_html")
            content_type = response.headers.get("Content-Type", b"").decode("latin-1")
            return self.reject(response.url, "not_html", "classify", response, detail=f"content-type {content_type}")
        return None

    def unreadable_continuation(self, response: Response, page_of: str) -> RejectRecord | None:
        """Like :meth:`unreadable`, for a later page of a split article (``page_of``: "page N of URL")."""
        if response.body.strip() and isinstance(response, TextResponse):
            return None
        reason = "not_html" if response.body.strip() else "empty_body"
        return self.reject(response.url, reason, "fetch", response, detail=page_of, raw=response_raw(response))

    def fetch_failed(self, failure: Failure) -> Iterator[RejectRecord]:
        """A request given up on (after retries): a reject with the reason (an incremental 304 is none)."""
        if is_not_modified(failure):  # counted by the incremental middleware, not a failure
            return
        reason, status, detail = describe_failure(failure)
        self.stats.inc_value(outcome_stat(reason))
        yield make_reject(failure.request.url, reason=reason, stage="fetch", site=self.site,  # type: ignore[attr-defined]
                          http_status=status, detail=detail, raw=failure_raw(failure))

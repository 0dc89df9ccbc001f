"""Request dupefilter that leaves a trace when a redirect lands on an already-crawled page.

Scrapy drops such a request silently (a 301 alias, a meta-refresh alias of an article we
already have). The promise is that every fetched page ends as a record or a reject, so
the alias becomes a reject ``redirect_to_seen`` naming where it pointed.
:class:`RedirectRecordingMixin` adds this to any dupefilter with a ``request_seen``.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.dupefilters import RFPDupeFilter

from autoparts_crawler.extensions.side_outputs import side_outputs
from autoparts_crawler.records.rejects import make_reject


class RedirectRecordingMixin:
    """``request_seen`` that writes a ``redirect_to_seen`` reject for a redirected, already-seen request."""

    crawler: Crawler | None = None

    def request_seen(self, request: Request) -> bool:
        seen = bool(super().request_seen(request))  # type: ignore[misc]
        sources = request.meta.get("redirect_urls")
        if seen and sources and self.crawler is not None:
            reasons = ", ".join(map(str, request.meta.get("redirect_reasons", [])))
            side_outputs(self.crawler).reject(make_reject(
                sources[0], reason="redirect_to_seen", stage="fetch",
                site=getattr(self.crawler.spider, "site", None),
                detail=f"redirects ({reasons}) to {request.url}, already crawled"))
        return seen


class RecordingDupeFilter(RedirectRecordingMixin, RFPDupeFilter):
    """Scrapy's RFPDupeFilter + a reject record for redirected requests whose target was already seen."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RecordingDupeFilter:
        dupefilter = super().from_crawler(crawler)
        dupefilter.crawler = crawler
        return dupefilter

"""A redirect to a site outside ``allowed_domains`` becomes a reject, not a silent drop.

Scrapy's offsite filter drops such a redirected request when it is scheduled, without
calling its errback. The promise is that every fetched page ends as a record or a
reject, so this extension writes an ``offsite_redirect`` reject for the page that
redirected (counted in ``autoparts/skipped/offsite_redirect``, not as a fetch failure). "Offsite" is decided
exactly as Scrapy's :class:`~scrapy.downloadermiddlewares.offsite.OffsiteMiddleware` decides
it (host names, subdomains of allowed domains included, ports ignored).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware

from autoparts_crawler.extensions.side_outputs import side_outputs
from autoparts_crawler.records.rejects import make_reject


class OffsiteRedirectRejects:
    """Writes a reject for each redirect that Scrapy's offsite filter is about to drop."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        crawler.signals.connect(self.request_scheduled, signal=signals.request_scheduled)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OffsiteRedirectRejects:
        return cls(crawler)

    def _offsite(self, request: Request) -> bool:
        spider = self.crawler.spider
        offsite = self.crawler.get_downloader_middleware(OffsiteMiddleware)
        if offsite is None or spider is None or not getattr(spider, "allowed_domains", None):
            return False
        return not offsite.should_follow(request, spider)

    def request_scheduled(self, request: Request) -> None:
        sources = request.meta.get("redirect_urls")
        if (not sources or request.dont_filter or request.meta.get("allow_offsite")
                or urlsplit(request.url).scheme not in ("http", "https") or not self._offsite(request)):
            return
        spider = self.crawler.spider
        self.crawler.stats.inc_value("autoparts/skipped/offsite_redirect")  # a choice, not a failure
        side_outputs(self.crawler).reject(make_reject(
            sources[0], reason="offsite_redirect", stage="fetch", site=getattr(spider, "site", None),
            detail=f"redirects to {request.url}, outside {', '.join(spider.allowed_domains)}",
            raw={"redirect_urls": list(sources), "target": request.url}))

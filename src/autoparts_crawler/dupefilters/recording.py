"""Request dupefilter that leaves a trace when a redirect lands on an already-crawled page.

Scrapy drops such a request silently (a 301 alias, a meta-refresh alias of an article we
already have). The promise is that every fetched page ends as a record or a reject, so
the alias becomes a reject ``redirect_to_seen`` naming where it pointed.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.dupefilters import RFPDupeFilter

from autoparts_crawler.extensions.side_outputs import side_outputs
from autoparts_crawler.records.build import make_reject


class RecordingDupeFilter(RFPDupeFilter):
    """RFPDupeFilter + a reject record for redirected requests whose target was already seen."""

    crawler: Crawler | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RecordingDupeFilter:
        dupefilter = super().from_crawler(crawler)
        dupefilter.crawler = crawler
        return dupefilter

    def request_seen(self, request: Request) -> bool:
        seen = super().request_seen(request)
        sources = request.meta.get("redirect_urls")
        if seen and sources and self.crawler is not None:
            spider = self.crawler.spider
            side_outputs(self.crawler).reject(make_reject(
                sources[0], reason="redirect_to_seen", stage="fetch", site=getattr(spider, "site", None),
                detail=f"redirects ({', '.join(map(str, request.meta.get('redirect_reasons', [])))}) to "
                       f"{request.url}, already crawled"))
        return seen

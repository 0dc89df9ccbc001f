"""Shared request dupefilter of distributed crawls (needs the ``distributed`` extra: scrapy-redis).

scrapy-redis' Redis-backed dupefilter plus what
:class:`autoparts_crawler.dupefilters.recording.RecordingDupeFilter` adds on one machine: a redirect
landing on an already-crawled page becomes a ``redirect_to_seen`` reject instead of
vanishing. Selected by :func:`autoparts_crawler.extensions.distributed.apply_settings`.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy_redis.dupefilter import RFPDupeFilter

from autoparts_crawler.extensions.side_outputs import side_outputs
from autoparts_crawler.records.build import make_reject


class RedisRecordingDupeFilter(RFPDupeFilter):
    """scrapy-redis RFPDupeFilter + a reject record for redirects to an already-seen page."""

    crawler: Crawler | None = None

    @classmethod
    def from_spider(cls, spider: Any) -> RedisRecordingDupeFilter:
        dupefilter = super().from_spider(spider)
        dupefilter.crawler = spider.crawler
        return dupefilter

    def request_seen(self, request: Request) -> bool:
        seen = bool(super().request_seen(request))
        sources = request.meta.get("redirect_urls")
        if seen and sources and self.crawler is not None:
            side_outputs(self.crawler).reject(make_reject(
                sources[0], reason="redirect_to_seen", stage="fetch",
                site=getattr(self.crawler.spider, "site", None),
                detail=f"redirects to {request.url}, already crawled"))
        return seen

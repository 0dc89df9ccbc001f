"""Shared request dupefilter of distributed crawls (needs the ``distributed`` extra: scrapy-redis).

scrapy-redis' Redis-backed dupefilter plus :class:`~.recording.RedirectRecordingMixin`: a
redirect landing on an already-crawled page becomes a ``redirect_to_seen`` reject instead of
vanishing. Selected by the add-on (:mod:`autoparts_crawler.addons`) when ``AUTOPARTS_DISTRIBUTED`` is set.
"""

from __future__ import annotations

from typing import Any

from scrapy_redis.dupefilter import RFPDupeFilter

from autoparts_crawler.dupefilters.recording import RedirectRecordingMixin


class RedisRecordingDupeFilter(RedirectRecordingMixin, RFPDupeFilter):
    """scrapy-redis RFPDupeFilter + a reject record for redirects to an already-seen page."""

    @classmethod
    def from_spider(cls, spider: Any) -> RedisRecordingDupeFilter:
        dupefilter = super().from_spider(spider)
        dupefilter.crawler = spider.crawler
        return dupefilter

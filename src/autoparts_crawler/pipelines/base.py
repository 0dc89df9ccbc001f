"""Shared plumbing for our pipelines: crawler access, prefixed stats, rejecting an item."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from autoparts_crawler.extensions.side_outputs import side_outputs
from autoparts_crawler.records.models import RejectRecord

STATS_PREFIX = "autoparts"


class StatsPipeline:
    """Base class: ``self.inc("x")`` counts ``autoparts/<area>/x``; ``self.reject`` writes a reject."""

    area = "pipeline"

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StatsPipeline:
        return cls(crawler)

    def inc(self, key: str, n: int = 1) -> None:
        self.stats.inc_value(f"{STATS_PREFIX}/{self.area}/{key}", n)

    def reject(self, record: RejectRecord) -> DropItem:
        """Write ``record`` to the rejects file; return the DropItem to raise (quietly logged)."""
        side_outputs(self.crawler).reject(record)
        return DropItem(f"rejected {record.url}: {record.reason}", log_level="DEBUG")


def is_article_dict(item: Any) -> bool:
    """True for a validated article record (a JSON-ready dict)."""
    return isinstance(item, dict) and item.get("record_type") == "article"

"""Normalize dates and counts of each article (and of its related entries)."""

from __future__ import annotations

from typing import Any

from autoparts_crawler.pipelines.base import StatsPipeline
from autoparts_crawler.records.build import normalize_article
from autoparts_crawler.records.context import ArticlePage


class NormalizePipeline(StatsPipeline):
    """ArticlePage.raw -> ArticlePage.fields; counts ok/failed/missing per field under autoparts/normalize/."""

    area = "normalize"

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticlePage):
            return item
        item.fields, report = normalize_article(item.raw, item.ctx)
        for key, n in report.counters.items():
            self.inc(key, n)
        self.inc("articles")
        return item

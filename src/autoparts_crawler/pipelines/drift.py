"""Pass each article's selector hits to the drift monitor (:mod:`autoparts_crawler.extensions.drift`)."""

from __future__ import annotations

from typing import Any

from autoparts_crawler.extensions.drift import drift_monitor
from autoparts_crawler.pipelines.base import StatsPipeline
from autoparts_crawler.records.context import ArticlePage


class DriftPipeline(StatsPipeline):
    """Before normalizing (so pages rejected later count too): which profiled fields the selectors found."""

    area = "drift"

    def process_item(self, item: Any) -> Any:
        if isinstance(item, ArticlePage) and item.raw.selector_hits:
            monitor = drift_monitor(self.crawler)
            if monitor is not None:
                monitor.observe(item.ctx.url, item.raw.selector_hits)
        return item

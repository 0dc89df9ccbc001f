"""Route reject and listing items yielded by the spider to their side files."""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import DropItem

from autoparts_crawler.extensions.side_outputs import side_outputs
from autoparts_crawler.pipelines.base import StatsPipeline
from autoparts_crawler.records.context import ListingPage
from autoparts_crawler.records.models import RejectRecord


class RejectsPipeline(StatsPipeline):
    """RejectRecord items go to ``<feed>.rejects.jsonl``; a list page's entries (a :class:`ListingPage`, or
    single listing dicts) to ``<feed>.listings.jsonl``.

    Neither reaches the main feed, which holds only article records.
    """

    area = "route"

    def process_item(self, item: Any) -> Any:
        if isinstance(item, RejectRecord):
            side_outputs(self.crawler).reject(item)
            raise DropItem(f"reject {item.url}: {item.reason}", log_level="DEBUG")
        if isinstance(item, ListingPage):
            outputs = side_outputs(self.crawler)
            for entry in item.entries:
                outputs.listing(entry)
            raise DropItem(f"{len(item.entries)} listing entries of {item.list_url}", log_level="DEBUG")
        if isinstance(item, dict) and item.get("record_type") == "listing":  # one entry (custom spiders)
            side_outputs(self.crawler).listing(item)
            raise DropItem(f"listing entry {item.get('url')}", log_level="DEBUG")
        return item

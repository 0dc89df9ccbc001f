"""Incremental crawls: emit new and revised articles, skip unchanged ones.

Active only when ``AUTOPARTS_STATE_PATH`` is set. Each article record is compared with the
state (:mod:`autoparts_crawler.scheduled.state`) by canonical URL and ``crawl.content_hash``:

- unknown URL -> emitted with ``crawl.change = "new"``, ``crawl.revision = 1``;
- known URL, other hash -> emitted with ``crawl.change = "revised"``, revision + 1;
- known URL, same hash -> dropped (no reject: the page ended as "unchanged"), counted.

The state is written on ``item_scraped``, which fires after the feed exporter wrote the
line, so a killed crawl never marks an unwritten record as done. Stats under
``autoparts/incremental/``: ``new``, ``revised``, ``unchanged`` (all skipped articles),
``same_hash`` (the skipped ones that were fetched in full), ``not_modified`` (304s, counted
by the middleware), ``stored``.
"""

from __future__ import annotations

from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from autoparts_crawler.extensions.incremental_state import IncrementalState
from autoparts_crawler.pipelines.base import StatsPipeline, is_article_dict


class IncrementalPipeline(StatsPipeline):
    """Marks articles new / revised, drops unchanged ones, stores what was written."""

    area = "incremental"

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.incremental = crawler.get_extension(IncrementalState)
        if self.incremental is not None:
            crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)

    def process_item(self, item: Any) -> Any:
        inc = self.incremental
        if inc is None or not is_article_dict(item):
            return item
        crawl = item["crawl"]
        known = inc.state.article(item["url"])
        if known is None:
            crawl["revision"], crawl["change"] = 1, "new"
        elif known.content_hash != crawl["content_hash"]:
            crawl["revision"], crawl["change"] = known.revision + 1, "revised"
        else:
            inc.state.touch(item["url"], inc.take(crawl["pages"]))
            self.inc("unchanged")
            self.inc("same_hash")
            raise DropItem(f"unchanged {item['url']}", log_level="DEBUG")
        self.inc(crawl["change"])
        return item

    def item_scraped(self, item: Any) -> None:
        """The record is in the feed: remember it (hash, revision, its pages' validators)."""
        inc = self.incremental
        if inc is None or not is_article_dict(item) or not item["crawl"].get("change"):
            return
        crawl = item["crawl"]
        inc.state.record_article(item["url"], crawl["content_hash"], crawl["revision"], inc.take(crawl["pages"]))
        self.inc("stored")

"""Incremental crawls: emit new and revised articles, skip unchanged ones.

Active only when ``AUTOPARTS_STATE_PATH`` is set. Each article record is compared with the
state (:mod:`autoparts_crawler.scheduled.state`) by canonical URL and ``crawl.content_hash``:

- unknown URL -> emitted with ``crawl.change = "new"``, ``crawl.revision = 1``;
- known URL, other hash -> emitted with ``crawl.change = "revised"``, revision + 1;
- known URL, same hash -> dropped (no reject: the page ended as "unchanged"), counted.

The order of truth: the state records an article only when its line is in the feed and flushed
(:data:`autoparts_crawler.feeds.exporters.item_flushed`, sent by the project's JSON Lines exporter
after ``write`` + ``flush`` succeeded). A feed write that fails sends no signal, so the article is
not marked and the next run emits it; a killed crawl never marks an unwritten record either.
(With only non-JSONL feeds, ``item_scraped`` is used: Scrapy sends it after the exporter ran.)
A failed state write stops the crawl (see
:class:`~autoparts_crawler.extensions.incremental_state.IncrementalState`); the records not yet
written are then dropped so none is emitted without its state. Stats under
``autoparts/incremental/``: ``new``, ``revised``, ``unchanged`` (all skipped articles),
``same_hash`` (the skipped ones that were fetched in full), ``not_modified`` (304s, counted
by the middleware), ``stored``, ``state_errors``, ``dropped_state_error``, ``written_not_recorded`` (at most the
one record whose state write failed: it is in the feed and comes again, as ``new``, next run).
"""

from __future__ import annotations

from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from autoparts_crawler.extensions.incremental_state import STATE_ERRORS, IncrementalState
from autoparts_crawler.feeds.exporters import flushing_feeds, item_flushed
from autoparts_crawler.pipelines.base import StatsPipeline, is_article_dict


class IncrementalPipeline(StatsPipeline):
    """Marks articles new / revised, drops unchanged ones, stores what was written."""

    area = "incremental"

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.incremental = crawler.get_extension(IncrementalState)
        self._stored: set[str] = set()  # URLs recorded this run (a second JSONL feed flushes them again)
        if self.incremental is not None:
            written = item_flushed if flushing_feeds(crawler) else signals.item_scraped
            crawler.signals.connect(self.item_written, signal=written)

    def process_item(self, item: Any) -> Any:
        inc = self.incremental
        if inc is None or not is_article_dict(item):
            return item
        if inc.failure is not None:
            self.inc("dropped_state_error")
            raise DropItem(f"state unavailable, not emitted: {item['url']}", log_level="DEBUG")
        crawl = item["crawl"]
        try:
            known = inc.state.article(item["url"])
            if known is not None and known.content_hash == crawl["content_hash"]:
                inc.state.touch(item["url"], inc.take(crawl["pages"]))
        except STATE_ERRORS as exc:
            inc.failed(exc)
            self.inc("dropped_state_error")
            raise DropItem(f"state unavailable, not emitted: {item['url']}", log_level="DEBUG") from exc
        if known is None:
            crawl["revision"], crawl["change"] = 1, "new"
        elif known.content_hash != crawl["content_hash"]:
            crawl["revision"], crawl["change"] = known.revision + 1, "revised"
        else:
            self.inc("unchanged")
            self.inc("same_hash")
            raise DropItem(f"unchanged {item['url']}", log_level="DEBUG")
        self.inc(crawl["change"])
        return item

    def item_written(self, item: Any) -> None:
        """The record is in the feed (flushed): remember it (hash, revision, its pages' validators)."""
        inc = self.incremental
        if inc is None or not is_article_dict(item) or not item["crawl"].get("change"):
            return
        if item["url"] in self._stored or inc.failure is not None:
            return
        crawl = item["crawl"]
        try:
            inc.state.record_article(item["url"], crawl["content_hash"], crawl["revision"],
                                     inc.take(crawl["pages"]))
        except STATE_ERRORS as exc:  # in the feed but not in the state: the next run emits it again
            inc.failed(exc)
            self.inc("written_not_recorded")
            return
        self._stored.add(item["url"])
        self.inc("stored")

"""The incremental state of one crawl (``AUTOPARTS_STATE_PATH``), shared by the middleware and the pipeline.

The conditional-request middleware
(:class:`~autoparts_crawler.downloadermiddlewares.incremental.IncrementalMiddleware`) and the
incremental pipeline (:class:`~autoparts_crawler.pipelines.incremental.IncrementalPipeline`)
find it with ``crawler.get_extension(IncrementalState)``; without the setting it is not enabled
and both stay idle. The state is SQLite (``%(site)s`` in the path is replaced), or Redis when
the crawl is distributed. Validators (ETag / Last-Modified) of recently fetched pages are kept
here until the pipeline stores them with their article's record.

A state write that fails (``database or disk is full``, a read-only file) is an error of the
crawl, never a warning: :meth:`IncrementalState.failed` logs one ERROR line, counts
``autoparts/incremental/state_errors``, stops the crawl (``finish_reason`` = ``state_error``) and
the project's ``crawl`` command exits 1. From then on no record is emitted (a record emitted
without its state would come back as ``new`` next run): the records not yet written are
dropped, counted in ``autoparts/incremental/dropped_state_error``, and the next run emits them.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import OrderedDict

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro

from autoparts_crawler.extensions.distributed import DistributedRun
from autoparts_crawler.extensions.output_guard import OutputGuard
from autoparts_crawler.scheduled.state import CrawlState, SqliteState, Validators

#: How many fetched pages' validators are kept until their article record is stored.
RECENT_VALIDATORS = 20_000
#: what a failed state write raises (SQLite: disk full, read-only, I/O error; Redis: its errors)
STATE_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error, OSError)
logger = logging.getLogger(__name__)


class IncrementalState:
    """The crawl state (opened on first use) plus validators of recently fetched pages."""

    def __init__(self, crawler: Crawler) -> None:
        self.target = crawler.settings.get("AUTOPARTS_STATE_PATH")
        if not self.target:
            raise NotConfigured("full crawl: AUTOPARTS_STATE_PATH is not set")
        self.crawler = crawler
        self._state: CrawlState | None = None
        self.recent: OrderedDict[str, Validators] = OrderedDict()
        self.failure: str | None = None  # the first failed state write
        crawler.signals.connect(self.close, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalState:
        return cls(crawler)

    @property
    def state(self) -> CrawlState:
        """The site's state: Redis when distributed, else the SQLite file."""
        if self._state is None:
            site = getattr(self.crawler.spider, "site", None) or "site"
            shared = self.crawler.get_extension(DistributedRun)
            if shared is not None:
                self._state = shared.state(site)
            else:
                self._state = SqliteState(str(self.target).replace("%(site)s", site).replace("<site>", site))
        return self._state

    def remember(self, url: str, validators: Validators) -> None:
        self.recent[url] = validators
        self.recent.move_to_end(url)
        while len(self.recent) > RECENT_VALIDATORS:
            self.recent.popitem(last=False)

    def take(self, urls: list[str]) -> dict[str, Validators]:
        """Validators of these page URLs (forgotten here once taken)."""
        return {url: self.recent.pop(url) for url in urls if url in self.recent}

    def failed(self, exc: BaseException) -> None:
        """A state read/write failed: one ERROR line, counted, and the crawl stops (``state_error``)."""
        self.crawler.stats.inc_value("autoparts/incremental/state_errors")
        if self.failure is not None:
            return
        self.failure = f"{type(exc).__name__}: {exc}"
        logger.error("incremental state write failed: %s: %s; stopping the crawl (nothing more is emitted, "
                     "the next run emits what this one could not record)", self.target, self.failure)
        guard = self.crawler.get_extension(OutputGuard) if self.crawler.extensions is not None else None
        if guard is not None:
            guard.halt("state_error")  # records already past the pipelines are not written either
        engine = getattr(self.crawler, "engine", None)
        if engine is not None and getattr(engine, "running", False):
            deferred_from_coro(engine.close_spider_async(reason="state_error"))

    def close(self) -> None:
        if self._state is not None:
            try:
                self._state.close()
            except STATE_ERRORS as exc:
                self.failed(exc)

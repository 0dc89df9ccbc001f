"""Nothing lost on the way out: a failed write (disk full, read-only dir) never passes silently.

The feed storage (:mod:`autoparts_crawler.feeds.storage`) and the side files
(:mod:`autoparts_crawler.extensions.side_outputs`) report their write errors here.
:class:`OutputGuard` logs one ERROR line per failed file, counts ``autoparts/output/write_errors``,
sets ``autoparts/output/failed``, stops the crawl (``finish_reason`` = ``output_error``) and, when
the engine stops, renames every file of the run to ``<name>.incomplete`` so nothing looks
complete. The project's ``crawl`` command (:mod:`autoparts_crawler.commands.crawl`) then exits 1.

It is also where the feed exporter asks whether it may still write: after a failed write, or after
:meth:`OutputGuard.halt` (the incremental state could not record a written article), no further
record is written, so none reaches the feed without the bookkeeping that follows it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.utils.defer import deferred_from_coro

logger = logging.getLogger(__name__)
INCOMPLETE_SUFFIX = ".incomplete"


class OutputGuard:
    """Collects the output failures of one crawl and acts on them when the engine stops."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.failures: dict[str, str] = {}  # path -> first error
        self.written: set[str] = set()  # paths of this run's files
        self.halted: str | None = None  # why records may no longer be written (besides a failed file)
        crawler.signals.connect(self._engine_stopped, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OutputGuard:
        return cls(crawler)

    def track(self, path: str | Path) -> None:
        """Remember a file this run writes (renamed on failure)."""
        self.written.add(str(path))

    @property
    def accepting(self) -> bool:
        """True while records may still be written to the feed."""
        return not self.failures and self.halted is None

    def halt(self, reason: str) -> None:
        """Write no more records (the files are not marked incomplete: what is in them stays true)."""
        self.halted = self.halted or reason

    def failed(self, path: str | Path, exc: BaseException) -> None:
        """A write to ``path`` failed: log, count, and stop the crawl (once per file)."""
        key = str(path)
        self.crawler.stats.inc_value("autoparts/output/write_errors")
        if key in self.failures:
            return
        self.failures[key] = f"{type(exc).__name__}: {exc}"
        self.crawler.stats.set_value("autoparts/output/failed", len(self.failures))
        logger.error("output write failed: %s: %s", key, self.failures[key])
        engine = getattr(self.crawler, "engine", None)
        if engine is not None and getattr(engine, "running", False):
            deferred_from_coro(engine.close_spider_async(reason="output_error"))

    def _engine_stopped(self) -> None:
        stats = self.crawler.stats
        for key, value in (stats.get_stats() or {}).items():
            if key.startswith("feedexport/failed_count/") and value and not self.failures:
                self.failures["feed"] = "feed storage failed (see the 'Error storing' log line)"
                stats.set_value("autoparts/output/failed", 1)
        if not self.failures:
            return
        for name in sorted(self.written):
            path = Path(name)
            if path.is_file() and not path.is_symlink():  # never rename devices or links' targets
                target = path.with_name(path.name + INCOMPLETE_SUFFIX)
                try:
                    path.replace(target)
                    logger.error("incomplete output renamed: %s -> %s", path, target.name)
                except OSError as exc:
                    logger.error("could not mark %s incomplete: %s", path, exc)
        stats.set_value("finish_reason", "output_error")

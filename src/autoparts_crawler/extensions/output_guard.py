"""Nothing lost on the way out: a failed write (disk full, read-only dir) never passes silently.

* the main feed: when the engine starts, the open() of each local feed storage (whatever
  ``FEED_STORAGES`` class it is) is wrapped so the file's write/flush/close errors are reported;
* :class:`autoparts_crawler.extensions.side_outputs.SideOutputs` reports errors of the rejects/listings files;
* :class:`OutputGuard` (an extension) then logs one ERROR line per failed file, counts
  ``autoparts/output/write_errors``, sets ``autoparts/output/failed``, stops the crawl
  (``finish_reason`` = ``output_error``), renames every file of the run that was written
  to ``<name>.incomplete`` so nothing looks complete, and makes ``scrapy crawl`` exit 1.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import IO, Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.extensions.feedexport import FeedExporter
from scrapy.utils.defer import deferred_from_coro

STATS_PREFIX = "autoparts"

logger = logging.getLogger(__name__)
INCOMPLETE_SUFFIX = ".incomplete"
_exit_code_hooked = False


class OutputGuard:
    """Collects output failures of one crawl and acts on them when the engine stops."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.failures: dict[str, str] = {}  # path -> first error
        self.written: set[str] = set()  # paths of this run's files
        crawler.signals.connect(self._engine_started, signal=signals.engine_started)
        crawler.signals.connect(self._engine_stopped, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OutputGuard:
        return output_guard(crawler)

    def track(self, path: str | Path) -> None:
        """Remember a file this run writes (renamed on failure)."""
        self.written.add(str(path))

    def failed(self, path: str | Path, exc: BaseException) -> None:
        """A write to ``path`` failed: log, count, and stop the crawl (once per file)."""
        key = str(path)
        self.crawler.stats.inc_value(f"{STATS_PREFIX}/output/write_errors")
        if key in self.failures:
            return
        self.failures[key] = f"{type(exc).__name__}: {exc}"
        self.crawler.stats.set_value(f"{STATS_PREFIX}/output/failed", len(self.failures))
        logger.error("output write failed: %s: %s", key, self.failures[key])
        engine = getattr(self.crawler, "engine", None)
        if engine is not None and getattr(engine, "running", False):
            deferred_from_coro(engine.close_spider_async(reason="output_error"))

    def _engine_started(self) -> None:
        """Wrap the open() of every local feed storage (feed slots exist once the spider is open)."""
        extensions = getattr(getattr(self.crawler, "extensions", None), "middlewares", ())
        for ext in extensions:
            if isinstance(ext, FeedExporter):
                for slot in ext.slots:
                    self.guard_storage(slot.storage)

    def guard_storage(self, storage: Any) -> None:
        """Report failures of a feed storage with a local ``path`` (idempotent)."""
        path = getattr(storage, "path", None)
        if not isinstance(path, str) or getattr(storage, "_autoparts_guarded", False):
            return
        original = storage.open

        def guarded_open(spider: Any) -> IO[bytes]:
            try:
                fh = original(spider)
            except OSError as exc:
                self.failed(path, exc)
                raise
            self.track(path)
            return _GuardedFile(fh, path, self)  # type: ignore[return-value]

        storage.open = guarded_open
        storage._autoparts_guarded = True

    def _engine_stopped(self) -> None:
        stats = self.crawler.stats
        for key, value in (stats.get_stats() or {}).items():
            if key.startswith("feedexport/failed_count/") and value and not self.failures:
                self.failures["feed"] = "feed storage failed (see the 'Error storing' log line)"
                stats.set_value(f"{STATS_PREFIX}/output/failed", 1)
        if self.failures:
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
            _exit_nonzero_from_cli()


def output_guard(crawler: Crawler) -> OutputGuard:
    """The crawler's single :class:`OutputGuard`."""
    guard = getattr(crawler, "_autoparts_output_guard", None)
    if guard is None:
        guard = OutputGuard(crawler)
        crawler._autoparts_output_guard = guard  # type: ignore[attr-defined]
    return guard


def _exit_nonzero_from_cli() -> None:
    """Under the ``scrapy`` command (which exits 0 after any crawl), exit 1 instead.

    In-process runners read ``autoparts/output/failed`` / ``finish_reason`` instead.
    """
    global _exit_code_hooked
    if _exit_code_hooked or "scrapy.cmdline" not in sys.modules or Path(sys.argv[0]).name != "scrapy":
        return
    _exit_code_hooked = True

    def _exit() -> None:
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(1)

    atexit.register(_exit)


class _GuardedFile:
    """A binary file whose write/flush/close errors are reported to the guard (then re-raised)."""

    def __init__(self, fh: IO[bytes], path: str, guard: OutputGuard) -> None:
        self._fh, self._path, self._guard = fh, path, guard

    def _call(self, name: str, *args: Any) -> Any:
        try:
            return getattr(self._fh, name)(*args)
        except OSError as exc:
            self._guard.failed(self._path, exc)
            raise

    def write(self, data: bytes) -> int:
        return self._call("write", data)

    def flush(self) -> None:
        self._call("flush")

    def close(self) -> None:
        try:
            self._call("close")
        except OSError:
            with contextlib.suppress(OSError):
                self._fh.close()  # the buffer could not be flushed; release the descriptor anyway
            raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fh, name)

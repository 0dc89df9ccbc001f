"""The feed's file storage: repairs a cut last line before appending, and reports write failures.

A local feed file (plain path or ``file://``) is opened through :class:`KillSafeFileFeedStorage`
(registered for those schemes by :mod:`autoparts_crawler.addons`). Appending to a file a killed
crawl left with half a line first cuts that line; every ``write``/``flush``/``close`` error (disk
full, read-only folder) is reported to :class:`~autoparts_crawler.extensions.output_guard.OutputGuard`,
which stops the crawl, marks the run's files incomplete and makes ``scrapy crawl`` exit 1.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import IO, Any

from scrapy.crawler import Crawler
from scrapy.extensions.feedexport import FileFeedStorage
from scrapy.spiders import Spider

from autoparts_crawler.extensions.output_guard import OutputGuard
from autoparts_crawler.feeds.jsonl import cut_partial_line


class KillSafeFileFeedStorage(FileFeedStorage):
    """Local file feed storage: cut-line repair on append, failures reported to the output guard."""

    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None,
                 crawler: Crawler | None = None) -> None:
        super().__init__(uri, feed_options=feed_options)
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler, uri: str, *,
                     feed_options: dict[str, Any] | None = None) -> KillSafeFileFeedStorage:
        return cls(uri, feed_options=feed_options, crawler=crawler)

    def _guard(self) -> OutputGuard | None:
        return self.crawler.get_extension(OutputGuard) if self.crawler is not None else None

    def open(self, spider: Spider) -> IO[bytes]:
        guard = self._guard()
        try:
            if self.write_mode == "ab":
                cut = cut_partial_line(Path(self.path))
                if cut and self.crawler is not None and self.crawler.stats is not None:
                    self.crawler.stats.inc_value("autoparts/resume/partial_line_bytes_cut", cut)
            fh = super().open(spider)
        except OSError as exc:
            if guard is not None:
                guard.failed(self.path, exc)
            raise
        if guard is None:
            return fh
        guard.track(self.path)
        return _ReportingFile(fh, self.path, guard)  # type: ignore[return-value]


class _ReportingFile:
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

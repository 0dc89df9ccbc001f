"""Kill-safe JSON Lines feed: every record is on disk as soon as it is exported.

Scrapy's feed storage writes through a buffered file, so a crawl killed with SIGKILL
loses the last few kilobytes of records - records that the dedupe and incremental
bookkeeping already counted as written. :class:`FlushingJsonLinesExporter` flushes after
each line (one ``write`` per line), and :class:`KillSafeFileFeedStorage` cuts a trailing
partial line (from a kill mid-write) before appending, so a resumed crawl never glues a
new record onto a broken one. Both are registered by :mod:`autoparts_crawler.addons`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any

from scrapy.exporters import JsonLinesItemExporter
from scrapy.extensions.feedexport import FileFeedStorage
from scrapy.spiders import Spider


class FlushingJsonLinesExporter(JsonLinesItemExporter):
    """JSON Lines exporter that flushes every line to the OS (survives SIGKILL of the crawl)."""

    def export_item(self, item: Any) -> None:
        super().export_item(item)
        self.file.flush()


def cut_partial_line(path: Path) -> int:
    """Truncate ``path`` after its last newline; return how many bytes were cut (0 if none)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return 0
    if size == 0:
        return 0
    with path.open("rb+") as fh:
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return 0
        keep, block = 0, 1 << 16
        position = size
        while position > 0:
            start = max(0, position - block)
            fh.seek(start)
            chunk = fh.read(position - start)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                keep = start + newline + 1
                break
            position = start
        fh.truncate(keep)
        fh.flush()
        os.fsync(fh.fileno())
    return size - keep


class KillSafeFileFeedStorage(FileFeedStorage):
    """Local file feed storage that repairs a cut last line before appending to an existing file."""

    def open(self, spider: Spider) -> IO[bytes]:
        if self.write_mode == "ab":
            cut = cut_partial_line(Path(self.path))
            if cut and spider.crawler.stats is not None:
                spider.crawler.stats.inc_value("autoparts/resume/partial_line_bytes_cut", cut)
        return super().open(spider)

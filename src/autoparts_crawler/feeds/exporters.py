"""The feed's item exporter: JSON Lines, flushed to the OS after every line.

Scrapy's feed storage writes through a buffered file, so a crawl killed with SIGKILL would
lose the last few kilobytes of records that the dedupe and incremental bookkeeping already
counted as written. Registered for ``jsonlines``/``jsonl`` by :mod:`autoparts_crawler.addons`.

The order of truth: only once a line is written *and flushed* does the exporter send
:data:`item_flushed`; the incremental state and the resume seen-set record an article on that
signal, never before. A write or flush that fails raises (the storage reports it to the output
guard, which stops the crawl), so no signal is sent and nothing is marked as done.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exporters import JsonLinesItemExporter

from autoparts_crawler.extensions.output_guard import OutputGuard

#: signal ``item_flushed(item)``: the item's line is in the feed file and flushed to the OS
item_flushed = object()


class FlushingJsonLinesExporter(JsonLinesItemExporter):
    """JSON Lines exporter that flushes every line (survives SIGKILL of the crawl), then says so."""

    def __init__(self, file: Any, *, crawler: Crawler | None = None, **kwargs: Any) -> None:
        super().__init__(file, **kwargs)
        self.crawler = crawler
        self._output_guard: OutputGuard | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler, file: Any, **kwargs: Any) -> FlushingJsonLinesExporter:
        return cls(file, crawler=crawler, **kwargs)

    def export_item(self, item: Any) -> None:
        guard = self._guard()
        if guard is not None and not guard.accepting:  # the crawl is stopping: write nothing more, mark nothing
            self.crawler.stats.inc_value("autoparts/output/not_written")  # type: ignore[union-attr]
            return
        try:
            super().export_item(item)
            self.file.flush()
        except OSError:
            if guard is None or not guard.failures:
                raise  # not reported by our storage: let Scrapy log it
            self.crawler.stats.inc_value("autoparts/output/not_written")  # type: ignore[union-attr]
            return  # reported once by the storage (one ERROR line); this item is not marked
        if self.crawler is not None:
            self.crawler.signals.send_catch_log(item_flushed, item=item)

    def _guard(self) -> OutputGuard | None:
        if self._output_guard is None and self.crawler is not None:
            self._output_guard = self.crawler.get_extension(OutputGuard)
        return self._output_guard


def flushing_feeds(crawler: Crawler) -> bool:
    """True when some feed of the crawl is written by :class:`FlushingJsonLinesExporter`
    (then :data:`item_flushed` says when a record is durable; else ``item_scraped`` is the best there is)."""
    from scrapy.utils.misc import load_object

    exporters = crawler.settings.getwithbase("FEED_EXPORTERS")
    for options in crawler.settings.getdict("FEEDS").values():
        name = exporters.get((options or {}).get("format", ""))
        try:
            cls = load_object(name) if isinstance(name, str) else name
        except (ImportError, NameError, ValueError):
            continue
        if isinstance(cls, type) and issubclass(cls, FlushingJsonLinesExporter):
            return True
    return False

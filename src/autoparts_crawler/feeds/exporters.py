"""The feed's item exporter: JSON Lines, flushed to the OS after every line.

Scrapy's feed storage writes through a buffered file, so a crawl killed with SIGKILL would
lose the last few kilobytes of records that the dedupe and incremental bookkeeping already
counted as written. Registered for ``jsonlines``/``jsonl`` by :mod:`autoparts_crawler.addons`.
"""

from __future__ import annotations

from typing import Any

from scrapy.exporters import JsonLinesItemExporter


class FlushingJsonLinesExporter(JsonLinesItemExporter):
    """JSON Lines exporter that flushes every line (survives SIGKILL of the crawl)."""

    def export_item(self, item: Any) -> None:
        super().export_item(item)
        self.file.flush()

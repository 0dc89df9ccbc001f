"""Final crawl stats as a JSON file (``AUTOPARTS_STATS_PATH``), read by ``autoparts-crawler run``."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


class StatsDump:
    """Writes the final crawl stats as JSON to ``AUTOPARTS_STATS_PATH`` (read by ``autoparts-crawler run``)."""

    def __init__(self, crawler: Crawler) -> None:
        path = crawler.settings.get("AUTOPARTS_STATS_PATH")
        if not path:
            raise NotConfigured("AUTOPARTS_STATS_PATH not set")
        self.path = Path(path)
        self.crawler = crawler
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StatsDump:
        return cls(crawler)

    def closed(self, reason: str) -> None:
        stats = {key: _jsonable(value) for key, value in sorted(self.crawler.stats.get_stats().items())}
        stats.setdefault("finish_reason", reason)
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(stats, indent=1, ensure_ascii=False), encoding="utf-8")
            tmp.replace(self.path)
        except OSError as exc:  # a full disk: one line, no traceback (the runner then reports the run failed)
            logger.error("crawl stats not written: %s: %s", self.path, exc)
            tmp.unlink(missing_ok=True)

"""The Scrapy add-on wiring unattended crawls: incremental, resumable, distributed, summarized.

Enabled in settings.py (``ADDONS``). It registers, in one place:

- the kill-safe JSON Lines feed (:mod:`autoparts_crawler.feeds.exporters`);
- :class:`~autoparts_crawler.downloadermiddlewares.incremental.IncrementalMiddleware` and
  :class:`~autoparts_crawler.pipelines.incremental.IncrementalPipeline` (both idle unless
  ``AUTOPARTS_STATE_PATH`` is set);
- :class:`ResumeGuard` (JOBDIR crawls) and :class:`StatsDump` (``AUTOPARTS_STATS_PATH``);
- the scrapy-redis scheduler and dupefilter when ``AUTOPARTS_DISTRIBUTED`` is set
  (:mod:`autoparts_crawler.extensions.distributed`).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings

from autoparts_crawler.extensions import distributed

logger = logging.getLogger(__name__)


class UnattendedAddon:
    """Adds our feed exporter/storage, incremental middleware and pipeline, extensions, scrapy-redis switch."""

    def update_settings(self, settings: BaseSettings) -> None:
        from autoparts_crawler.downloadermiddlewares.incremental import IncrementalMiddleware
        from autoparts_crawler.pipelines.incremental import IncrementalPipeline

        exporter = "autoparts_crawler.feeds.exporters.FlushingJsonLinesExporter"
        for fmt in ("jsonlines", "jsonl"):
            settings["FEED_EXPORTERS"].set(fmt, exporter, priority="addon")
        storage = "autoparts_crawler.feeds.exporters.KillSafeFileFeedStorage"
        for scheme in ("", "file"):
            settings["FEED_STORAGES"].set(scheme, storage, priority="addon")
        settings.set_in_component_priority_dict("DOWNLOADER_MIDDLEWARES", IncrementalMiddleware, 590)
        settings.set_in_component_priority_dict("ITEM_PIPELINES", IncrementalPipeline, 400)
        for extension in (ResumeGuard, StatsDump, distributed.DistributedIdle):
            settings.set_in_component_priority_dict("EXTENSIONS", extension, 500)
        distributed.apply_settings(settings)


class ResumeGuard:
    """JOBDIR crawls: after a kill, discard Scrapy's stale queue so the resumed crawl re-walks the site.

    Scrapy saves its request queue and seen-requests only on a graceful stop; after a
    SIGKILL they are stale or half-written (requests marked seen but never crawled would
    be lost). A marker file tells a killed session from a clean one; after a kill the
    queue and ``requests.seen`` are removed, the crawl starts over from the start URLs and
    our own kill-safe seen-set skips the articles already written.
    """

    MARKER = "autoparts_running"

    def __init__(self, crawler: Crawler) -> None:
        jobdir = crawler.settings.get("JOBDIR")
        if not jobdir:
            raise NotConfigured("no JOBDIR")
        self.jobdir = Path(jobdir)
        self.marker = self.jobdir / self.MARKER
        self.stats = crawler.stats
        if self.marker.exists():
            logger.warning("JOBDIR %s: the previous session did not stop cleanly (pid %s); discarding "
                           "Scrapy's queue state and re-walking the site (written articles are skipped)",
                           self.jobdir, self.marker.read_text().strip() or "?")
            (self.jobdir / "requests.seen").unlink(missing_ok=True)
            shutil.rmtree(self.jobdir / "requests.queue", ignore_errors=True)
            self.stats.set_value("autoparts/resume/unclean", 1)
        elif (self.jobdir / "requests.queue").exists():
            self.stats.set_value("autoparts/resume/clean", 1)
        self.jobdir.mkdir(parents=True, exist_ok=True)
        self.marker.write_text(str(os.getpid()))
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ResumeGuard:
        return cls(crawler)

    def closed(self) -> None:
        self.marker.unlink(missing_ok=True)


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
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(stats, indent=1, ensure_ascii=False), encoding="utf-8")
        tmp.replace(self.path)

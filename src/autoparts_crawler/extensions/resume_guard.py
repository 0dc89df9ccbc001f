"""JOBDIR crawls: after a kill, discard Scrapy's stale queue so the resumed crawl re-walks the site."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)


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

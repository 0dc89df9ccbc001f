"""The decoded pages of a crawl as JSON Lines (``AUTOPARTS_PAGE_SAMPLE=PATH``), for profile induction.

Off unless the setting names a file. Each 200 text response that came through the downloader
(decoded to UTF-8 by :mod:`autoparts_crawler.downloadermiddlewares.decoding`) becomes one line
``{"url": ..., "html": ...}``; ``autoparts-crawler induce`` reads them
(:mod:`autoparts_crawler.induction`). robots.txt and the soft-404 probe are not pages of the site.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import IO

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response, TextResponse

from autoparts_crawler.spiders.soft404 import PROBE_META

logger = logging.getLogger(__name__)


def site_page(response: Response, request: Request) -> bool:
    """A decoded 200 page of the site: not robots.txt, not the soft-404 probe, not a failed fetch."""
    return (isinstance(response, TextResponse) and response.status == 200
            and not response.url.endswith("/robots.txt") and not request.meta.get(PROBE_META))


class PageSample:
    """Appends every decoded 200 page of the crawl to ``AUTOPARTS_PAGE_SAMPLE``."""

    def __init__(self, crawler: Crawler) -> None:
        path = crawler.settings.get("AUTOPARTS_PAGE_SAMPLE")
        if not path:
            raise NotConfigured("AUTOPARTS_PAGE_SAMPLE not set")
        self.path = Path(path)
        self.file: IO[str] | None = None
        self.count = 0
        self.crawler = crawler
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.received, signal=signals.response_received)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageSample:
        return cls(crawler)

    def opened(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.file = self.path.open("w", encoding="utf-8")

    def received(self, response: Response, request: Request) -> None:
        if self.file is None or not site_page(response, request):
            return
        self.file.write(json.dumps({"url": response.url, "html": response.text}, ensure_ascii=False) + "\n")
        self.count += 1
        self.crawler.stats.inc_value("autoparts/page_sample/pages")

    def closed(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None

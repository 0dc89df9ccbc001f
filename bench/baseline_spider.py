"""The baseline of bench/crawl.py: a plain Scrapy spider that only follows links.

    scrapy runspider bench/baseline_spider.py -a start_url=URL -a stats_path=FILE

Follows every same-host ``<a href>`` (static assets skipped, robots.txt obeyed) and does
nothing else with the page: the ``scrapy bench`` idea on our portal, so the full crawl's
pages/min can be compared with what Scrapy itself manages on the same links.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response

SKIP = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".css", ".js", ".pdf", ".zip")


class LinkSpider(scrapy.Spider):
    """Fetch the start URL and follow same-host links; no extraction."""

    name = "baseline"

    def __init__(self, start_url: str, stats_path: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = [start_url]
        self.host = urlsplit(start_url).netloc
        self.stats_path = stats_path

    def parse(self, response: Response) -> Iterator[scrapy.Request]:
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            parts = urlsplit(url)
            if parts.netloc == self.host and parts.scheme in ("http", "https") and not parts.path.endswith(SKIP):
                yield scrapy.Request(url.split("#", 1)[0], callback=self.parse)

    def closed(self, reason: str) -> None:
        if self.stats_path:
            stats = {k: (v.isoformat() if hasattr(v, "isoformat") else v)
                     for k, v in self.crawler.stats.get_stats().items()}
            with open(self.stats_path, "w", encoding="utf-8") as fh:
                json.dump(stats, fh, indent=1)

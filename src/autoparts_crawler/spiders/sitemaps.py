"""Sitemaps (``-a sitemap=1``): ``/sitemap.xml`` and robots.txt ``Sitemap:`` lines, same site only.

Sitemaps declaring entities (billion laughs, XXE) are rejected as ``bad_sitemap``; a
missing sitemap is normal (counted, no reject).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy.crawler import Crawler
from scrapy.http import Request, Response
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure

from autoparts_crawler.spiders.failures import describe_failure
from autoparts_crawler.spiders.links import LinkPolicy
from autoparts_crawler.spiders.outcomes import SpiderOutcomes
from autoparts_crawler.web.urls import same_site


def parse_sitemap_safely(body: bytes) -> Sitemap | None:
    """Scrapy's Sitemap (lxml with resolve_entities=False, no network), None when it is not one.

    Entity declarations (billion laughs) are not expanded and external entities (XXE) are
    not read: such sitemaps yield their plain ``<loc>`` values or nothing.
    """
    if b"<!ENTITY" in body[:65536].upper():
        return None  # a sitemap has no business declaring entities
    try:
        sitemap = Sitemap(body)
    except Exception:
        return None
    return sitemap if sitemap.type in ("urlset", "sitemapindex") else None


class SitemapMixin:
    """Sitemap callbacks of :class:`~autoparts_crawler.spiders.portal.PortalSpider` (which provides
    ``outcomes``, ``links`` and ``follow_links``)."""

    crawler: Crawler
    outcomes: SpiderOutcomes
    links: LinkPolicy

    def follow_links(self, urls: list[str], origin: str) -> Iterator[Request]:
        raise NotImplementedError

    def sitemap_requests(self, start_urls: list[str]) -> Iterator[Request]:
        """robots.txt (for its Sitemap: lines) and /sitemap.xml of each http(s) start URL's site."""
        for url in start_urls:
            parts = urlsplit(url)
            if parts.scheme in ("http", "https"):
                root = f"{parts.scheme}://{parts.netloc}/"
                yield Request(urljoin(root, "robots.txt"), callback=self.parse_robots_sitemaps,
                              errback=self.on_sitemap_error, meta={"dont_obey_robotstxt": True})
                yield Request(urljoin(root, "sitemap.xml"), callback=self.parse_sitemap,
                              errback=self.on_sitemap_error)

    def parse_robots_sitemaps(self, response: Response) -> Iterator[Any]:
        """``Sitemap:`` lines of robots.txt -> sitemap requests (same site only)."""
        text = response.body.decode("utf-8", "replace")
        for url in sitemap_urls_from_robots(text, base_url=response.url):
            if same_site(url, response.url) and url != urljoin(response.url, "/sitemap.xml"):
                yield Request(url, callback=self.parse_sitemap, errback=self.on_sitemap_error)

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        """A sitemap or sitemap index: page URLs are followed like links; a bad one is a reject."""
        return self.outcomes.guarded(response, lambda: self._parse_sitemap(response))

    def _parse_sitemap(self, response: Response) -> Iterator[Any]:
        body = response.body
        if body[:2] == b"\x1f\x8b":
            body = gunzip(body, max_size=self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        sitemap = parse_sitemap_safely(body)
        stats = self.crawler.stats
        if sitemap is None:
            yield self.outcomes.reject(response.url, "bad_sitemap", "classify", response,
                                       detail="not a sitemap (or unsafe XML)")
            return
        stats.inc_value("autoparts/pages/sitemap")
        urls = [entry["loc"] for entry in sitemap if entry.get("loc")]
        stats.inc_value("autoparts/sitemap/urls", len(urls))
        if sitemap.type == "sitemapindex":
            for url in urls:
                if self.links.should_follow(url, response.url):
                    yield Request(url, callback=self.parse_sitemap, errback=self.on_sitemap_error)
            return
        yield from self.follow_links(urls, response.url)

    def on_sitemap_error(self, failure: Failure) -> Iterator[Any]:
        """A missing sitemap is normal (no reject); other failures are counted."""
        reason, _, _ = describe_failure(failure)
        self.crawler.stats.inc_value(f"autoparts/sitemap/failed/{reason}")
        return iter(())

"""Induction during a crawl: a portal nobody profiled is learned from its own first pages.

On an unprofiled crawl (``-a start_url=`` with no profile for the host) this extension keeps
the first ``AUTOPARTS_INDUCE_SAMPLE`` decoded pages of the site, then learns a profile from
them (:func:`autoparts_crawler.induction.induce_profile`, in a worker thread so the crawl goes
on) and hands the spider the fields that agreed with the generic extractor on the sample:
article selectors (title, body and its exclusions, credits, date, counters, category) and the
related block. Navigation stays the classifier's (no URL patterns, no list selectors are
adopted), every field the profile does not set -- or whose selector finds nothing on a page --
stays generic, and records emitted before are final: nothing is emitted twice.

Memory is bounded: the sample is at most ``AUTOPARTS_INDUCE_SAMPLE`` pages of at most
``AUTOPARTS_INDUCE_MAX_PAGE_CHARS`` characters, dropped once induction ran. Stats under
``autoparts/induction/``: ``sampled``, ``applied`` (0/1), ``fields/<field>`` (1 per adopted
field), ``article_pages`` (article pages of the sample), ``failed`` (an exception: the crawl
stays generic).
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response, XmlResponse
from twisted.internet.threads import deferToThread

from autoparts_crawler.extensions.page_sample import site_page
from autoparts_crawler.induction import Induction, induce_profile
from autoparts_crawler.sites import SiteProfile

logger = logging.getLogger(__name__)


def crawl_profile(current: SiteProfile, induction: Induction) -> SiteProfile | None:
    """The profile a running crawl adopts: the unprofiled one plus the induced article and related
    selectors (None when nothing was induced). URL patterns and list selectors are not adopted:
    which page is what stays the classifier's decision, as it was for the pages already crawled."""
    learned = induction.profile
    article = learned.article.model_dump(exclude_defaults=True)
    if not article and learned.related.item is None:
        return None
    return current.model_copy(update={
        "generic": False, "article": learned.article, "related": learned.related,
        "description": f"induced during the crawl from {sum(induction.kinds.values())} pages"})


class SiteInduction:
    """Samples an unprofiled crawl's first pages and lets the spider adopt what was learned."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("AUTOPARTS_INDUCE"):
            raise NotConfigured("AUTOPARTS_INDUCE is off")
        self.crawler = crawler
        self.sample_size = settings.getint("AUTOPARTS_INDUCE_SAMPLE")
        self.max_chars = settings.getint("AUTOPARTS_INDUCE_MAX_PAGE_CHARS")
        if self.sample_size < 8:
            raise NotConfigured("AUTOPARTS_INDUCE_SAMPLE below 8 pages: nothing could be induced")
        self.pages: list[tuple[str, str]] = []
        self.active = False  # an unprofiled crawl, still sampling
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.received, signal=signals.response_received)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteInduction:
        return cls(crawler)

    def opened(self, spider: Spider) -> None:
        profile = getattr(spider, "profile", None)
        self.active = isinstance(profile, SiteProfile) and profile.generic and hasattr(spider, "adopt_profile")

    def received(self, response: Response, request: Request, spider: Spider) -> None:
        if not self.active or not site_page(response, request) or isinstance(response, XmlResponse):
            return  # sitemaps, robots.txt and the soft-404 probe are not pages of the site
        text = response.text  # type: ignore[attr-defined]
        if len(text) > self.max_chars:
            return
        self.pages.append((response.url, text))
        self.crawler.stats.inc_value("autoparts/induction/sampled")
        if len(self.pages) >= self.sample_size:
            self.active = False
            pages, self.pages = self.pages, []
            reference = getattr(spider, "reference_time", None)
            deferred = deferToThread(induce_profile, pages, spider.profile.name, None, reference)
            deferred.addCallbacks(self._induced, self._failed, callbackArgs=(spider,))

    def _induced(self, induction: Induction, spider: Any) -> None:
        stats = self.crawler.stats
        stats.set_value("autoparts/induction/article_pages", induction.kinds.get("article", 0))
        profile = crawl_profile(spider.profile, induction)
        if profile is None:
            stats.set_value("autoparts/induction/applied", 0)
            logger.info("induction: nothing agreed with the generic extractor on %d pages; the crawl stays generic",
                        sum(induction.kinds.values()))
            return
        spider.adopt_profile(profile)
        fields = sorted(profile.article.model_dump(exclude_defaults=True)) + (["related"] if profile.related.item else [])
        for name in fields:
            stats.set_value(f"autoparts/induction/fields/{name}", 1)
        stats.set_value("autoparts/induction/applied", 1)
        logger.info("induction: adopted selectors for %s (learned from %d pages, %d articles)",
                    ", ".join(fields), sum(induction.kinds.values()), induction.kinds.get("article", 0))

    def _failed(self, failure: Any) -> None:
        self.crawler.stats.inc_value("autoparts/induction/failed")
        logger.warning("induction failed, the crawl stays generic: %s", failure.getErrorMessage())

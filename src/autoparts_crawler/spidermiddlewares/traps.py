"""Crawler traps: links that would make a crawl run without end are not followed, and say so.

Two general signs, neither naming a site:

- **the URL's shape** (:func:`autoparts_crawler.web.traps.trap_shape`): a path segment repeated,
  a path too deep, a URL too long -- what relative links on a page served for every unknown path
  produce;
- **a query family that yields nothing**: the URLs one dynamic page answers (same host, path and
  parameter names: ``show.php?id=…``) are one family; once ``AUTOPARTS_TRAP_MIN_SAMPLES`` of its pages
  were fetched and at least ``AUTOPARTS_TRAP_BAD_SHARE`` of them gave no article and no list entry
  (not an article, a soft 404, an HTTP error), no more of that family is requested. A family of real
  articles (``show.php?id=``) keeps being followed however large it is.

Each trap gives one reject record (reason ``crawler_trap``, the first URL and the rule) and is
counted in ``autoparts/traps/<rule>`` (requests not made) and ``autoparts/traps/found``.
``AUTOPARTS_TRAPS_ENABLED = False`` switches it off.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from autoparts_crawler.records.context import ArticlePage, ListingPage
from autoparts_crawler.records.models import RejectRecord
from autoparts_crawler.records.rejects import make_reject
from autoparts_crawler.web.traps import (
    MAX_PATH_DEPTH,
    MAX_SEGMENT_REPEAT,
    MAX_URL_LENGTH,
    query_family,
    trap_shape,
)

STATS = "autoparts/traps"
#: reject reasons of a page that gave nothing (a family of such pages is a trap)
EMPTY_OUTCOMES = frozenset({"not_article", "soft_404", "http_404", "http_410", "empty_body", "not_html"})
Family = tuple[str, str, tuple[str, ...]]


class TrapMiddleware:
    """Drops requests shaped like a trap or of a query family that yields nothing (one reject each)."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("AUTOPARTS_TRAPS_ENABLED", True):
            raise NotConfigured("AUTOPARTS_TRAPS_ENABLED is off")
        self.stats = crawler.stats
        self.max_repeat = settings.getint("AUTOPARTS_TRAP_MAX_SEGMENT_REPEAT", MAX_SEGMENT_REPEAT)
        self.max_depth = settings.getint("AUTOPARTS_TRAP_MAX_PATH_DEPTH", MAX_PATH_DEPTH)
        self.max_length = settings.getint("AUTOPARTS_TRAP_MAX_URL_LENGTH", MAX_URL_LENGTH)
        self.min_samples = settings.getint("AUTOPARTS_TRAP_MIN_SAMPLES", 20)
        self.bad_share = settings.getfloat("AUTOPARTS_TRAP_BAD_SHARE", 0.9)
        self.outcomes: dict[Family, list[int]] = {}  # family -> [pages, pages that gave nothing]
        self.trapped: set[Family] = set()
        self.reported: set[str] = set()  # shape rules already given their reject
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TrapMiddleware:
        return cls(crawler)

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterable[Any]:
        return self._screen(response, list(result))

    async def process_spider_output_async(self, response: Response, result: AsyncIterable[Any]
                                          ) -> AsyncIterator[Any]:
        for item in self._screen(response, [item async for item in result]):
            yield item

    def _screen(self, response: Response, output: list[Any]) -> list[Any]:
        """The callback's output with trap requests removed, plus a reject for each new trap."""
        notes = self._learn(response, output)
        kept = []
        for item in output:
            if not isinstance(item, Request):
                kept.append(item)
                continue
            rule = self._rule(item.url)
            if rule is None:
                kept.append(item)
                continue
            self.stats.inc_value(f"{STATS}/{rule}")
            if rule != "query_family" and rule not in self.reported:  # one reject per shape rule
                self.reported.add(rule)
                self.stats.inc_value(f"{STATS}/found")
                notes.append(make_reject(item.url, reason="crawler_trap", stage="navigate", site=self._site(),
                                         detail=f"{rule}: links of this shape are not followed"))
            probe = getattr(self.crawler.spider, "soft404_probe", None)  # does the site serve any URL?
            request = probe(item.url) if probe is not None else None
            if request is not None:
                notes.append(request)
        return [*kept, *notes]

    def _site(self) -> str | None:
        return getattr(self.crawler.spider, "site", None)

    def _rule(self, url: str) -> str | None:
        rule = trap_shape(url, max_repeat=self.max_repeat, max_depth=self.max_depth, max_length=self.max_length)
        if rule is None and self.trapped and query_family(url) in self.trapped:
            return "query_family"
        return rule

    def _learn(self, response: Response, output: list[Any]) -> list[Any]:
        """Count what the page gave for its query family; a family that gives nothing is trapped."""
        family = query_family(response.url)
        if family is None or family in self.trapped:
            return []
        gave = any(isinstance(i, ArticlePage) or (isinstance(i, ListingPage) and i.entries)
                   or (isinstance(i, dict) and i.get("record_type") == "listing") for i in output)
        empty = not gave and any(isinstance(i, RejectRecord) and i.reason in EMPTY_OUTCOMES for i in output)
        counts = self.outcomes.setdefault(family, [0, 0])
        counts[0] += 1
        counts[1] += empty
        if counts[0] < self.min_samples or counts[1] < self.bad_share * counts[0]:
            return []
        self.trapped.add(family)
        self.stats.inc_value(f"{STATS}/found")
        host, path, names = family
        return [make_reject(response.url, reason="crawler_trap", stage="navigate", site=self._site(),
                            detail=f"query_family: {counts[1]} of {counts[0]} pages of {host}{path}?"
                                   f"{'&'.join(names)} gave no article or list entry; no more are requested")]

"""The ``portal`` spider: navigation only.

It walks list pages (and their pagination) to article pages, follows multi-page articles to
the end (:mod:`.multipage`) and hands each page, analysed once, to the extractors. Around it:
decoding before (:mod:`~autoparts_crawler.downloadermiddlewares.decoding`), normalizing,
validating and deduplicating after (the pipelines); which links to follow (:mod:`.links`),
the rejects it emits (:mod:`.outcomes`), sitemaps (:mod:`.sitemaps`, ``-a sitemap=1``) and
soft-404 probes (:mod:`.soft404`). With no arguments it crawls the sample portal bundled
with the package, offline (file:// URLs).

    scrapy crawl portal                                   # bundled sample portal
    scrapy crawl portal -a site=NAME                      # a profiled portal
    scrapy crawl portal -a start_url=https://host/news/   # one-off crawl (profile by host or generic)
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Request, Response, TextResponse
from scrapy.settings import BaseSettings
from twisted.python.failure import Failure

from autoparts_crawler.extraction.analysis import PageAnalysis, analyze_page
from autoparts_crawler.extraction.navigation import continued_link
from autoparts_crawler.extraction.pager import page_number
from autoparts_crawler.extraction.profile import (
    extract_listing_with_profile,
    extract_raw_article,
    page_kind,
    pager_first_page,
)
from autoparts_crawler.extraction.vocabulary import PRINT_LINK_TEXT_RE
from autoparts_crawler.records.context import ListingPage
from autoparts_crawler.records.listing import build_listing
from autoparts_crawler.sites import SiteProfile
from autoparts_crawler.spidermiddlewares.depth import SAME_DEPTH_META
from autoparts_crawler.spiders import arguments
from autoparts_crawler.spiders.context import page_selector, response_context
from autoparts_crawler.spiders.failures import response_encoding
from autoparts_crawler.spiders.links import LinkPolicy, crawl_domains
from autoparts_crawler.spiders.multipage import CHAIN_META, ArticleChain
from autoparts_crawler.spiders.outcomes import SpiderOutcomes
from autoparts_crawler.spiders.sitemaps import SitemapMixin
from autoparts_crawler.spiders.soft404 import Soft404Mixin
from autoparts_crawler.web.urls import canonicalize, copy_of_canonical

DEFAULT_FEED = "data/%(name)s_%(site)s_%(run_id)s.jsonl"


class PortalSpider(SitemapMixin, Soft404Mixin, scrapy.Spider):
    """Crawl a news portal: list pages -> articles -> one record per article."""

    name = "portal"
    outcomes: SpiderOutcomes

    def __init__(self, site: str | None = None, start_url: str | None = None, *args: Any, **kwargs: Any):
        arguments.refuse_unknown(kwargs)
        self.use_sitemap = arguments.parse_flag("sitemap", kwargs.pop("sitemap", "0"))
        self.max_pages_argument = kwargs.pop("max_pages", None)
        super().__init__(*args, **kwargs)
        self.profile = arguments.resolve_profile(site, start_url)
        self.site = self.profile.name
        self.run_id = datetime.now().strftime("%Y%m%dT%H%M%S")
        self.start_urls = [start_url] if start_url else self.profile.resolved_start_urls()
        if not self.start_urls:
            raise arguments.SpiderArgumentError(f"site {self.site!r} has no start_urls; pass -a start_url=URL")
        self.allowed_domains = crawl_domains(self.profile.allowed_domains, self.start_urls)
        self.links = LinkPolicy(self.allowed_domains, self.profile, arguments.file_root(self.profile, self.start_urls))
        self._seen_list_pages: set[int] = set()
        self._soft404: dict[str, str] = {}
        self._soft404_probed: set[str] = set()
        self._scheduled: set[str] = set()  # URLs the scheduler accepted (see note_scheduled)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.links.configure(crawler, spider.start_urls, spider.max_pages_argument)
        spider.reference_time = arguments.reference_time(crawler.settings, spider.profile.timezone)
        spider.outcomes = SpiderOutcomes(spider.site, crawler, spider.logger)
        crawler.signals.connect(spider.note_scheduled, signal=signals.request_scheduled)
        return spider

    def note_scheduled(self, request: Request, spider: scrapy.Spider) -> None:
        """Remember what the scheduler accepted: a link to it found again needs no new request (the
        dupefilter would drop it after Scrapy built, signalled and fingerprinted it)."""
        self._scheduled.add(request.url)

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        arguments.set_default_feed(settings, DEFAULT_FEED)

    async def start(self) -> AsyncIterator[Request]:
        for url in self.start_urls:
            if self.links.within_budget(url):
                yield Request(url, callback=self.parse, errback=self.on_error, dont_filter=True)
        if self.use_sitemap:
            for request in self.sitemap_requests(self.start_urls):
                yield request

    def adopt_profile(self, profile: SiteProfile) -> None:
        """Extract later pages with ``profile`` (learned during the crawl: extensions/site_induction.py)."""
        self.profile = profile
        self.links.use_profile(profile)

    def follow_links(self, urls: Iterable[str], origin: str, *, same_depth: bool = False,
                     encoding: str | None = None) -> Iterator[Request]:
        """Requests for the followable ones of ``urls`` (:class:`.LinkPolicy`); ``same_depth``: the same
        navigation step as ``origin`` (a list's next page)."""
        meta = {SAME_DEPTH_META: True} if same_depth else None
        for url in self.links.admit(urls, origin, encoding):
            if url not in self._scheduled:
                yield Request(url, callback=self.parse, errback=self.on_error, meta=meta, encoding=encoding or "utf-8")

    def analyze(self, response: TextResponse) -> PageAnalysis:
        """The page's one analysis (every extractor reads it)."""
        return analyze_page(page_selector(response, self.crawler.stats), response.url)

    def parse(self, response: Response) -> Iterator[Any]:
        """Any page: article, list, continuation reached directly, or a reject with the reason."""
        return self.outcomes.guarded(response, lambda: self._parse_page(response))

    def _parse_page(self, response: Response) -> Iterator[Any]:
        reject = self.outcomes.unreadable(response)
        if reject is not None:
            yield reject
            return
        page = self.analyze(response)
        if self.is_soft404(response, page):
            self.crawler.stats.inc_value("autoparts/traps/soft404_pages")
            yield self.outcomes.reject(response.url, "soft_404", "classify", response,
                                       detail="the page this site serves for any unknown URL")
            return
        kind = page_kind(page, self.profile)
        self.crawler.stats.inc_value(f"autoparts/pages/{kind}")
        if kind != "article" and (probe := self.soft404_probe(response.url)) is not None:
            yield probe  # before following a host's links: does it answer unknown URLs with 200?
        if kind == "article":
            yield from self.parse_article(response, page)
        elif kind == "list":
            yield from self.parse_list(response, page)
        elif kind == "continuation":  # reached directly: make sure its first page is crawled
            first = page_number(response.url)[0]
            if first == response.url:  # no page number in the address: the pager's link back to page 1
                first = pager_first_page(page) or continued_link(page, continued_from=True) or first
            yield from self.follow_links([first], response.url, encoding=response_encoding(response))
            yield self.outcomes.reject(response.url, "continuation_page", "classify", response,
                                       detail=f"page 2+ of {first}")
        else:
            yield self.outcomes.reject(response.url, "not_article", "classify", response,
                                       detail="page is neither an article nor a list")
            # a hub the classifier cannot name (a home page of cards, a channel index) still leads
            # to the site's lists and articles: losing its links would lose the whole site
            yield from self.follow_links(self.site_links(page), response.url, encoding=response_encoding(response))

    def parse_list(self, response: TextResponse, page: PageAnalysis) -> Iterator[Any]:
        listing = extract_listing_with_profile(page, self.profile)
        # the same list under another URL (index.html and /): same title, same entries shown alike --
        # a parent channel showing its sub-channel's entries, or a view and a tag page listing the
        # same articles with other details (a date line vs a submitted line), is another page
        fingerprint = hash((page.head_title, *((e.url, e.title, e.date_raw, e.views_raw, e.category, e.tag)
                                                for e in listing.entries)))
        if listing.entries and fingerprint in self._seen_list_pages:
            self.crawler.stats.inc_value("autoparts/listings/duplicate_page")
            yield self.outcomes.reject(response.url, "duplicate_list_page", "classify", response,
                                       detail="the same list page under another URL (its entries are emitted once)")
            return
        self._seen_list_pages.add(fingerprint)
        ctx = response_context(response, site=self.site, profile=self.profile, fetched_at=self._fetched_at())
        list_url = canonicalize(response.url, self.links.tracking_params)
        records = []
        for position, entry in enumerate(listing.entries, start=1):
            try:
                records.append(build_listing(entry, list_url=list_url, position=position, ctx=ctx))
            except ValueError:
                self.crawler.stats.inc_value("autoparts/listings/invalid")
        if records:
            yield ListingPage(list_url, records)  # one item for the page: its entries go to the listings file
        encoding = response_encoding(response)
        yield from self.follow_links([e.url for e in listing.entries if e.url], response.url, encoding=encoding)
        yield from self.follow_links(listing.next_page_urls, response.url, same_depth=True, encoding=encoding)
        yield from self.follow_links(self.site_links(page), response.url, encoding=encoding)

    def site_links(self, page: PageAnalysis) -> list[str]:
        """The page's links to follow besides its entries: with URL patterns (a profile), the lists
        and articles they name; without, every link (the classifier decides what each page is)."""
        links = [page.anchor_url(a) for a in page.anchors if not PRINT_LINK_TEXT_RE.match(a.text)]
        if self.profile.urls.article or self.profile.urls.list:
            links = [u for u in links if self.profile.page_kind(u) in ("list", "article")]
        return links

    def parse_article(self, response: TextResponse, page: PageAnalysis,
                      chain: ArticleChain | None = None) -> Iterator[Any]:
        raw = extract_raw_article(page, self.profile)
        if chain is None and copy_of_canonical(response.url, raw.canonical_url) \
                and self.links.should_follow(raw.canonical_url, response.url):
            # an AMP copy or a full view: the record is read off the original, which shows more (its
            # category, its counters); reached first, this copy sends the crawl there
            self.crawler.stats.inc_value("autoparts/pages/duplicate_of_canonical")
            yield from self.follow_links([raw.canonical_url], response.url, encoding=response_encoding(response))
            yield self.outcomes.reject(response.url, "duplicate_of_canonical", "classify", response,
                                       detail=f"a copy of {raw.canonical_url}, read there")
            return
        if chain is None:
            chain = ArticleChain.start(raw, response, self._fetched_at())
        else:
            chain.add(response.url, raw)
        encoding = response_encoding(response)
        yield from self.follow_links([e.url for e in raw.related if e.url], response.url,  # related: worth a visit
                                     encoding=encoding)
        # and the rest of the site it links to (prev/next, channel links, rankings): channels whose older
        # articles are reached only from their neighbours, lists the classifier did not recognise; not
        # the article's own other pages (the chain fetches those)
        own = page_number(response.url)[0]
        yield from self.follow_links([u for u in self.site_links(page) if u != raw.next_page_url
                                      and page_number(u)[0] != own], response.url, encoding=encoding)
        next_url = raw.next_page_url
        followable = bool(next_url) and self.links.should_follow(next_url, response.url)
        if chain.wants(next_url) and followable:
            chain.requested.append(next_url)
            yield Request(next_url, callback=self.parse_continuation, errback=self.on_continuation_error,
                          dont_filter=True, meta={CHAIN_META: chain, SAME_DEPTH_META: True})
            return
        reject = chain.incomplete_reject(next_url, followable=followable, site=self.site, stats=self.crawler.stats)
        if reject is not None:
            yield reject
        yield chain.finish(self.site, self.profile)

    def parse_continuation(self, response: Response) -> Iterator[Any]:
        """A later page of a split article: merged into the chain (a broken page ends the chain)."""
        chain: ArticleChain = response.meta[CHAIN_META]
        return self.outcomes.guarded(response, lambda: self._parse_continuation(response, chain),
                                     lambda: self._finish_incomplete(chain))

    def _parse_continuation(self, response: Response, chain: ArticleChain) -> Iterator[Any]:
        self.crawler.stats.inc_value("autoparts/pages/continuation")
        reject = self.outcomes.unreadable_continuation(response, f"page {len(chain.pages) + 1} of {chain.ctx_url}")
        if reject is not None:
            yield reject
            yield from self._finish_incomplete(chain)
            return
        yield from self.parse_article(response, self.analyze(response), chain)

    def _finish_incomplete(self, chain: ArticleChain) -> Iterator[Any]:
        self.crawler.stats.inc_value("autoparts/articles/incomplete")
        yield chain.finish(self.site, self.profile)

    def _fetched_at(self) -> datetime:
        return self.reference_time or datetime.now(ZoneInfo(self.profile.timezone))

    def on_error(self, failure: Failure) -> Iterator[Any]:
        """A page we finally gave up on (after retries) becomes a reject with the reason."""
        return self.outcomes.fetch_failed(failure)

    def on_continuation_error(self, failure: Failure) -> Iterator[Any]:
        """A later page of an article failed: reject the missing page, emit what we have."""
        yield from self.on_error(failure)
        yield from self._finish_incomplete(failure.request.meta[CHAIN_META])  # type: ignore[attr-defined]

"""The ``portal`` spider: navigation only.

It walks list pages (and their pagination) to article pages, follows multi-page
articles to the end (:mod:`.multipage`) and hands each page to the extractors;
decoding happens before (:mod:`autoparts_crawler.downloadermiddlewares.decoding`),
normalizing, validating and deduplicating after (the pipelines). A failed request
becomes a reject (:mod:`.failures`); ``-a sitemap=1`` adds :mod:`.sitemaps`. With no
arguments it crawls the sample portal bundled with the package, offline (file:// URLs).

    scrapy crawl portal                                   # bundled sample portal
    scrapy crawl portal -a site=NAME                      # a profiled portal
    scrapy crawl portal -a start_url=https://host/news/   # one-off crawl (profile by host or generic)
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import scrapy
from parsel import Selector
from scrapy.crawler import Crawler
from scrapy.http import Request, Response, TextResponse
from scrapy.settings import BaseSettings
from twisted.python.failure import Failure

from autoparts_crawler.downloadermiddlewares.incremental import is_not_modified
from autoparts_crawler.extract import html_selector, sanitize_links
from autoparts_crawler.extraction import classify as page_classifier
from autoparts_crawler.extraction.analysis import PageAnalysis, analyze_page
from autoparts_crawler.extraction.pager import page_number
from autoparts_crawler.extraction.profile import extract_listing_with_profile, extract_raw_article
from autoparts_crawler.records.context import PageContext
from autoparts_crawler.records.listing import build_listing
from autoparts_crawler.records.rejects import make_reject
from autoparts_crawler.spidermiddlewares.depth import SAME_DEPTH_META
from autoparts_crawler.spiders import arguments
from autoparts_crawler.spiders.failures import (
    describe_failure,
    failure_raw,
    outcome_stat,
    response_encoding,
    response_raw,
)
from autoparts_crawler.spiders.multipage import CHAIN_META, ArticleChain
from autoparts_crawler.spiders.sitemaps import SitemapMixin
from autoparts_crawler.spiders.soft404 import Soft404Mixin
from autoparts_crawler.web.urls import canonicalize, host_in_domains, same_port

DEFAULT_FEED = "data/%(name)s_%(site)s_%(run_id)s.jsonl"
SKIP_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".css", ".js", ".pdf", ".zip",
                   ".rar", ".doc", ".docx", ".xls", ".xlsx", ".mp4", ".mp3", ".apk", ".exe")


class PortalSpider(SitemapMixin, Soft404Mixin, scrapy.Spider):
    """Crawl a news portal: list pages -> articles -> one record per article."""

    name = "portal"

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
        hosts = {urlsplit(u).hostname for u in self.start_urls if urlsplit(u).scheme in ("http", "https")}
        # a www. start host stands for its site: channels on sibling subdomains are followed
        hosts |= {h.removeprefix("www.") for h in hosts if h and h.startswith("www.") and h.count(".") >= 2}
        self.allowed_domains = sorted(set(self.profile.allowed_domains) | {h for h in hosts if h})
        self.file_root: Path | None = arguments.file_root(self.profile, self.start_urls)
        self.max_pages = 0
        self._budgeted: set[str] = set()
        self._seen_list_pages: set[int] = set()
        self._soft404: dict[str, str] = {}
        self._soft404_probed: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.file_root = arguments.checked_file_root(spider.file_root, spider.start_urls, settings)
        spider.reference_time = arguments.reference_time(settings, spider.profile.timezone)
        spider.tracking_params = tuple(settings.getlist("AUTOPARTS_TRACKING_PARAMS"))
        spider.max_pages = arguments.page_budget(settings, spider.max_pages_argument)
        return spider

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        if not settings.getdict("FEEDS"):
            uri = settings.get("AUTOPARTS_DEFAULT_FEED") or DEFAULT_FEED
            # %(run_id)s (a spider attribute) instead of %(time)s, so side files share the name
            settings.set("FEEDS", {uri.replace("%(time)s", "%(run_id)s"): {"format": "jsonlines", "encoding": "utf-8"}},
                         priority="spider")

    # --- navigation ------------------------------------------------------------------
    async def start(self) -> AsyncIterator[Request]:
        for url in self.start_urls:
            if self._within_budget(url):
                yield Request(url, callback=self.parse, errback=self.on_error, dont_filter=True)
        if self.use_sitemap:
            for request in self.sitemap_requests(self.start_urls):
                yield request

    def _within_budget(self, url: str) -> bool:
        """AUTOPARTS_MAX_PAGES: at most that many distinct pages requested (continuation pages of an
        article already started are not counted); 0 = no limit."""
        if not self.max_pages or url in self._budgeted:
            return True
        if len(self._budgeted) >= self.max_pages:
            self.crawler.stats.inc_value("autoparts/limits/max_pages_skipped")
            self.crawler.stats.set_value("autoparts/limits/max_pages_reached", self.max_pages)
            return False
        self._budgeted.add(url)
        return True

    def should_follow(self, url: str, origin: str) -> bool:
        """A followable scheme, a host in ``allowed_domains`` (subdomains too) on the origin's port,
        not a static asset, inside the file root, not denied by the profile."""
        try:
            parts = urlsplit(url)
            host = parts.hostname or ""
            if parts.scheme == "file" or urlsplit(origin).scheme == "file":
                followable = parts.scheme == urlsplit(origin).scheme
            else:
                followable = (parts.scheme in ("http", "https") and same_port(url, origin)
                              and host_in_domains(host, self.allowed_domains or [urlsplit(origin).hostname or ""]))
        except ValueError:
            return False
        if not followable:
            return False
        if parts.path.lower().endswith(SKIP_EXTENSIONS) or self.profile.denies(url):
            return False
        if parts.scheme == "file":
            return self.file_root is not None and Path(parts.path).resolve().is_relative_to(self.file_root)
        return True

    def follow_links(self, urls: list[str], origin: str, *, same_depth: bool = False,
                     encoding: str | None = None) -> Iterator[Request]:
        """Requests for the followable ones of ``urls`` (canonical form, within the page budget);
        ``same_depth``: the same navigation step as ``origin`` (a list's next page), no depth added;
        ``encoding``: the origin page's (a query is percent-encoded in it, as browsers do)."""
        meta = {SAME_DEPTH_META: True} if same_depth else None
        for url in urls:
            if url and self.should_follow(url, origin):
                url = canonicalize(url, self.tracking_params, encoding)
                if self._within_budget(url):
                    yield Request(url, callback=self.parse, errback=self.on_error, meta=meta,
                                  encoding=encoding or "utf-8")

    def page_kind(self, response: TextResponse, page: PageAnalysis) -> str:
        """article / continuation / list / other: the profile's URL patterns first, else the classifier."""
        kind = self.profile.page_kind(response.url) or page_classifier.classify_page(page)
        if kind == "article":
            first_page, number = page_number(response.url)
            # only a page numbered > 1 can be a continuation: skip the link scan on every other article
            if number > 1:
                first = canonicalize(first_page)
                if any(canonicalize(page.anchor_url(a)) == first for a in page.anchors):
                    kind = "continuation"
        return kind

    # --- callbacks -------------------------------------------------------------------
    def guarded(self, response: Response, produce: Callable[[], Iterator[Any]],
                on_fail: Callable[[], Iterator[Any]] | None = None) -> Iterator[Any]:
        """Run one page's callback; an exception becomes an ``extract_error`` reject for that page."""
        try:
            yield from produce()
        except Exception as exc:
            reason = "too_deep" if isinstance(exc, RecursionError) else "extract_error"
            self.crawler.stats.inc_value("autoparts/extract_errors")
            self.crawler.stats.inc_value(f"autoparts/extract_errors/{type(exc).__name__}")
            self.logger.warning("%s on %s: %s: %s", reason, response.url, type(exc).__name__, exc)
            yield make_reject(response.url, reason=reason, stage="extract", site=self.site,
                              http_status=response.status, detail=f"{type(exc).__name__}: {exc}"[:500],
                              raw=response_raw(response, response_encoding(response)))
            if on_fail is not None:
                yield from on_fail()

    def _unreadable(self, response: Response) -> Any:
        """A reject for a page with nothing to read (empty body, not text), else None."""
        if not response.body.strip():
            self.crawler.stats.inc_value("autoparts/pages/empty")
            return make_reject(response.url, reason="empty_body", stage="fetch", site=self.site,
                               http_status=response.status, detail="200 with an empty body (after retries)",
                               raw=response_raw(response))
        if not isinstance(response, TextResponse):
            self.crawler.stats.inc_value("autoparts/pages/not_html")
            return make_reject(response.url, reason="not_html", stage="classify", site=self.site,
                               http_status=response.status,
                               detail=f"content-type {response.headers.get('Content-Type', b'').decode('latin-1')}")
        return None

    def parse(self, response: Response) -> Iterator[Any]:
        """Any page: article, list, continuation reached directly, or a reject with the reason."""
        return self.guarded(response, lambda: self._parse_page(response))

    def _parse_page(self, response: Response) -> Iterator[Any]:
        reject = self._unreadable(response)
        if reject is not None:
            yield reject
            return
        page = self.analyze(response)
        if self.is_soft404(response, page):
            self.crawler.stats.inc_value("autoparts/traps/soft404_pages")
            yield make_reject(response.url, reason="soft_404", stage="classify", site=self.site,
                              http_status=response.status, detail="the page this site serves for any unknown URL")
            return
        kind = self.page_kind(response, page)
        self.crawler.stats.inc_value(f"autoparts/pages/{kind}")
        if kind != "article":  # before following a host's links: does it answer unknown URLs with 200?
            probe = self.soft404_probe(response.url)
            if probe is not None:
                yield probe
        if kind == "article":
            yield from self.parse_article(response, page)
        elif kind == "list":
            yield from self.parse_list(response, page)
        elif kind == "continuation":
            # reached directly (not through its first page): make sure the first page is crawled
            first = page_number(response.url)[0]
            yield from self.follow_links([first], response.url, encoding=response_encoding(response))
            yield make_reject(response.url, reason="continuation_page", stage="classify", site=self.site,
                              http_status=response.status, detail=f"page 2+ of {first}")
        else:
            yield make_reject(response.url, reason="not_article", stage="classify", site=self.site,
                              http_status=response.status, detail="page is neither an article nor a list")

    def analyze(self, response: TextResponse) -> PageAnalysis:
        """The page's one analysis (every extractor reads it)."""
        return analyze_page(self._selector(response), response.url)

    def _selector(self, response: TextResponse) -> Selector:
        """The (already UTF-8) page as a Selector, links no URL parser accepts removed."""
        sel = html_selector(response.text, response.url)
        if sanitize_links(sel, response.url):
            self.crawler.stats.inc_value("autoparts/pages/bad_links_dropped")
        return sel

    def parse_list(self, response: TextResponse, page: PageAnalysis) -> Iterator[Any]:
        listing = extract_listing_with_profile(page, self.profile)
        fingerprint = hash(tuple(e.url for e in listing.entries))
        if listing.entries and fingerprint in self._seen_list_pages:  # the same list under another URL
            self.crawler.stats.inc_value("autoparts/listings/duplicate_page")
            return
        self._seen_list_pages.add(fingerprint)
        ctx = self._context(response)
        list_url = canonicalize(response.url, self.tracking_params)
        for position, entry in enumerate(listing.entries, start=1):
            try:
                yield build_listing(entry, list_url=list_url, position=position, ctx=ctx)
            except ValueError:
                self.crawler.stats.inc_value("autoparts/listings/invalid")
        encoding = response_encoding(response)
        yield from self.follow_links([e.url for e in listing.entries if e.url], response.url, encoding=encoding)
        yield from self.follow_links(listing.next_page_urls, response.url, same_depth=True, encoding=encoding)
        links = [page.anchor_url(a) for a in page.anchors]
        if not self.profile.generic:  # profiled: other channels' lists and articles, by URL pattern
            links = [u for u in links if self.profile.page_kind(u) in ("list", "article")]
        # unprofiled: every same-site link; the classifier decides what each page is
        yield from self.follow_links(links, response.url, encoding=encoding)

    def parse_article(self, response: TextResponse, page: PageAnalysis,
                      chain: ArticleChain | None = None) -> Iterator[Any]:
        raw = extract_raw_article(page, self.profile)
        if chain is None:
            chain = ArticleChain(first=raw, ctx_url=response.url, status=response.status,
                                 encoding=response_encoding(response), fetched_at=self._fetched_at(),
                                 redirects=tuple(response.request.meta.get("redirect_urls", ())))
            chain.add(response.url)
        else:
            chain.add(response.url, raw)
        # related articles are worth visiting too
        yield from self.follow_links([e.url for e in raw.related if e.url], response.url,
                                     encoding=response_encoding(response))
        next_url = raw.next_page_url
        if chain.wants(next_url) and self.should_follow(next_url, response.url):
            chain.requested.append(next_url)
            yield Request(next_url, callback=self.parse_continuation, errback=self.on_continuation_error,
                          dont_filter=True, meta={CHAIN_META: chain, SAME_DEPTH_META: True})
            return
        dropped = chain.dropped(next_url, followable=bool(next_url) and self.should_follow(next_url, response.url))
        if dropped is not None and next_url:  # a next page the article has and the crawl will not fetch
            self.crawler.stats.inc_value("autoparts/articles/incomplete")
            self.crawler.stats.inc_value(f"autoparts/articles/continuation_not_fetched/{dropped}")
            yield make_reject(next_url, reason="incomplete_article", stage="navigate", site=self.site,
                              detail=f"page {len(chain.pages) + 1} of {chain.ctx_url} not fetched: {dropped}")
        yield chain.finish(self.site, self.profile)

    def parse_continuation(self, response: Response) -> Iterator[Any]:
        """A later page of a split article: merged into the chain (a broken page ends the chain)."""
        chain: ArticleChain = response.meta[CHAIN_META]

        def incomplete() -> Iterator[Any]:
            self.crawler.stats.inc_value("autoparts/articles/incomplete")
            yield chain.finish(self.site, self.profile)

        return self.guarded(response, lambda: self._parse_continuation(response, chain), incomplete)

    def _parse_continuation(self, response: Response, chain: ArticleChain) -> Iterator[Any]:
        self.crawler.stats.inc_value("autoparts/pages/continuation")
        if not response.body.strip() or not isinstance(response, TextResponse):
            reason = "not_html" if response.body.strip() else "empty_body"
            yield make_reject(response.url, reason=reason, stage="fetch", site=self.site,
                              http_status=response.status, detail=f"page {len(chain.pages) + 1} of {chain.ctx_url}",
                              raw=response_raw(response))
            self.crawler.stats.inc_value("autoparts/articles/incomplete")
            yield chain.finish(self.site, self.profile)
            return
        yield from self.parse_article(response, analyze_page(self._selector(response), response.url), chain)

    def _fetched_at(self) -> datetime:
        return self.reference_time or datetime.now(ZoneInfo(self.profile.timezone))

    def _context(self, response: Response) -> PageContext:
        return PageContext(
            url=response.url, site=self.site, fetched_at=self._fetched_at(), timezone=self.profile.timezone,
            date_order=self.profile.date_order, pages=(response.url,),
            fetched_urls=tuple(response.request.meta.get("redirect_urls", [])),
            http_status=response.status if urlsplit(response.url).scheme != "file" else None,
            encoding=response_encoding(response))

    # --- failures ----------------------------------------------------------------------
    def on_error(self, failure: Failure) -> Iterator[Any]:
        """A page we finally gave up on (after retries) becomes a reject with the reason."""
        if is_not_modified(failure):  # incremental 304: counted by the middleware, not a failure
            return
        reason, status, detail = describe_failure(failure)
        self.crawler.stats.inc_value(outcome_stat(reason))
        yield make_reject(failure.request.url, reason=reason, stage="fetch", site=self.site,  # type: ignore[attr-defined]
                          http_status=status, detail=detail, raw=failure_raw(failure))

    def on_continuation_error(self, failure: Failure) -> Iterator[Any]:
        """A later page of an article failed: emit what we have, and reject the missing page."""
        chain: ArticleChain = failure.request.meta[CHAIN_META]  # type: ignore[attr-defined]
        yield from self.on_error(failure)
        self.crawler.stats.inc_value("autoparts/articles/incomplete")
        yield chain.finish(self.site, self.profile)

"""The ``portal`` spider: navigation only.

It walks list pages (and their pagination) to article pages, follows multi-page
articles to the end, and hands each response to the extractors; normalizing,
validating and deduplicating happen in the pipelines. With no arguments it crawls the
sample portal bundled with the package, offline (file:// URLs).

    scrapy crawl portal                                   # bundled sample portal
    scrapy crawl portal -a site=NAME                      # a profiled portal
    scrapy crawl portal -a start_url=https://host/news/   # one-off crawl (profile by host or generic)
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import scrapy
from parsel import Selector
from scrapy.crawler import Crawler
from scrapy.http import Request, Response, TextResponse
from scrapy.settings import BaseSettings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from autoparts_crawler.extractors import classify as page_classifier
from autoparts_crawler.extractors.pager import page_number
from autoparts_crawler.extractors.profile import extract_article, extract_listing_with_profile
from autoparts_crawler.extractors.raw import RawArticle
from autoparts_crawler.record import ArticlePage, PageContext, build_listing, make_reject, raw_as_dict
from autoparts_crawler.sites import (
    SiteProfile,
    UnknownSiteError,
    generic_profile,
    load_profile,
    profile_for_url,
)
from autoparts_crawler.urls import canonicalize, same_site

DEFAULT_SITE = "sample"
DEFAULT_FEED = "data/%(name)s_%(site)s_%(run_id)s.jsonl"
MAX_ARTICLE_PAGES = 30
SKIP_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".css", ".js", ".pdf", ".zip",
                   ".rar", ".doc", ".docx", ".xls", ".xlsx", ".mp4", ".mp3", ".apk", ".exe")


class SpiderArgumentError(ValueError):
    """A spider argument that cannot work, with a message saying what to pass instead."""


@dataclass(slots=True)
class _ArticleChain:
    """State of a multi-page article while its later pages are fetched."""

    first: RawArticle
    ctx_url: str
    status: int | None
    encoding: str | None
    fetched_at: datetime
    redirects: tuple[str, ...] = ()
    pages: list[str] = field(default_factory=list)
    requested: list[str] = field(default_factory=list)


def merge_pages(first: RawArticle, later: RawArticle) -> RawArticle:
    """Append a later page's body to the first page; keep the first page's metadata."""
    first.paragraphs.extend(p for p in later.paragraphs)
    for name in ("title", "subtitle", "author", "editor", "source", "published_raw", "category", "views_raw",
                 "comments_raw", "canonical_url"):
        if getattr(first, name) is None and getattr(later, name) is not None:
            setattr(first, name, getattr(later, name))
    known = {entry.url for entry in first.related}
    first.related.extend(entry for entry in later.related if entry.url not in known)
    return first


class PortalSpider(scrapy.Spider):
    """Crawl a news portal: list pages -> articles -> one record per article."""

    name = "portal"

    def __init__(self, site: str | None = None, start_url: str | None = None, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._site_arg = site
        self._start_url_arg = start_url
        self.profile: SiteProfile = self._resolve_profile(site, start_url)
        self.site = self.profile.name
        self.run_id = datetime.now().strftime("%Y%m%dT%H%M%S")
        if start_url:
            self.start_urls = [start_url]
        else:
            self.start_urls = self.profile.resolved_start_urls()
        if not self.start_urls:
            raise SpiderArgumentError(f"site {self.site!r} has no start_urls; pass -a start_url=URL")
        hosts = {urlsplit(u).hostname for u in self.start_urls if urlsplit(u).scheme in ("http", "https")}
        self.allowed_domains = sorted(set(self.profile.allowed_domains) | {h for h in hosts if h})
        self.file_root: Path | None = self._file_root()
        self._seen_list_pages: set[int] = set()

    # --- arguments ----------------------------------------------------------------
    @staticmethod
    def _resolve_profile(site: str | None, start_url: str | None) -> SiteProfile:
        if start_url is not None:
            parts = urlsplit(start_url)
            if parts.scheme not in ("http", "https", "file") or (parts.scheme != "file" and not parts.hostname):
                raise SpiderArgumentError(
                    f"malformed start_url {start_url!r}: expected an absolute http(s):// URL")
        try:
            if site:
                return load_profile(site)
        except UnknownSiteError as exc:
            raise SpiderArgumentError(str(exc)) from None
        if start_url:
            return profile_for_url(start_url) or generic_profile(start_url)
        return load_profile(DEFAULT_SITE)

    def _file_root(self) -> Path | None:
        """Folder that file:// crawls must stay inside (the bundled copy, or the start file's folder)."""
        file_starts = [u for u in self.start_urls if u.startswith("file:")]
        if not file_starts:
            return None
        bundled = self.profile.bundled_root() or load_profile(DEFAULT_SITE).bundled_root()
        return bundled

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider._check_file_urls(crawler.settings)
        reference = crawler.settings.get("AUTOPARTS_REFERENCE_TIME")
        spider.reference_time = datetime.fromisoformat(reference) if reference else None
        if spider.reference_time is not None and spider.reference_time.tzinfo is None:
            spider.reference_time = spider.reference_time.replace(tzinfo=ZoneInfo(spider.profile.timezone))
        spider.tracking_params = tuple(crawler.settings.getlist("AUTOPARTS_TRACKING_PARAMS"))
        return spider

    def _check_file_urls(self, settings: BaseSettings) -> None:
        if self.file_root is None or settings.getbool("AUTOPARTS_ALLOW_FILE_URLS"):
            return
        for url in self.start_urls:
            path = Path(urlsplit(url).path).resolve()
            if not path.is_relative_to(self.file_root):
                raise SpiderArgumentError(
                    f"start_url {url!r} is a file outside the bundled sample portal; "
                    "set -s AUTOPARTS_ALLOW_FILE_URLS=1 to crawl local files")

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
            yield self._request(url, self.parse, from_start=True)

    def _request(self, url: str, callback: Any, *, from_start: bool = False, **kwargs: Any) -> Request:
        return Request(url, callback=callback, errback=self.on_error, dont_filter=from_start, **kwargs)

    def _fetched_at(self) -> datetime:
        return self.reference_time or datetime.now(ZoneInfo(self.profile.timezone))

    def _context(self, response: Response, pages: list[str], fetched_at: datetime,
                 encoding: str | None) -> PageContext:
        return PageContext(
            url=pages[0], site=self.site, fetched_at=fetched_at, timezone=self.profile.timezone,
            date_order=self.profile.date_order, pages=tuple(pages),
            fetched_urls=tuple(response.request.meta.get("redirect_urls", [])),
            http_status=response.status if urlsplit(pages[0]).scheme != "file" else None, encoding=encoding,
        )

    def should_follow(self, url: str, origin: str) -> bool:
        """Same site, a followable scheme, not a static asset, inside the file root, not denied."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https", "file") or not same_site(url, origin):
            return False
        if parts.path.lower().endswith(SKIP_EXTENSIONS) or self.profile.denies(url):
            return False
        if parts.scheme == "file":
            return self.file_root is not None and Path(parts.path).resolve().is_relative_to(self.file_root)
        return True

    def _follow(self, urls: list[str], origin: str, callback: Any = None) -> Iterator[Request]:
        for url in urls:
            if url and self.should_follow(url, origin):
                yield self._request(canonicalize(url, self.tracking_params), callback or self.parse)

    def page_kind(self, response: TextResponse, sel: Selector) -> str:
        """article / continuation / list / other: the profile's URL patterns first, else the classifier."""
        kind = self.profile.page_kind(response.url)
        if kind is None:
            kind = page_classifier.classify_page(sel, response.url)
        if kind == "article":
            first_page, number = page_number(response.url)
            links = {canonicalize(urljoin(response.url, h)) for h in sel.xpath("//a/@href").getall()}
            if number > 1 and canonicalize(first_page) in links:
                kind = "continuation"
        return kind

    def parse(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            self.crawler.stats.inc_value("autoparts/pages/not_html")
            yield make_reject(response.url, reason="not_html", stage="classify", site=self.site,
                              http_status=response.status,
                              detail=f"content-type {response.headers.get('Content-Type', b'').decode('latin-1')}")
            return
        sel = Selector(text=response.text, base_url=response.url)
        kind = self.page_kind(response, sel)
        self.crawler.stats.inc_value(f"autoparts/pages/{kind}")
        if kind == "article":
            yield from self.parse_article(response, sel)
        elif kind == "list":
            yield from self.parse_list(response, sel)
        elif kind == "continuation":
            # reached directly (not through its first page): make sure the first page is crawled
            yield from self._follow([page_number(response.url)[0]], response.url)
            yield make_reject(response.url, reason="continuation_page", stage="classify", site=self.site,
                              http_status=response.status, detail=f"page 2+ of {page_number(response.url)[0]}")
        else:
            yield make_reject(response.url, reason="not_article", stage="classify", site=self.site,
                              http_status=response.status, detail="page is neither an article nor a list")

    def parse_list(self, response: TextResponse, sel: Selector) -> Iterator[Any]:
        listing = extract_listing_with_profile(sel, response.url, self.profile)
        fingerprint = hash(tuple(e.url for e in listing.entries))
        if listing.entries and fingerprint in self._seen_list_pages:  # the same list under another URL
            self.crawler.stats.inc_value("autoparts/listings/duplicate_page")
            return
        self._seen_list_pages.add(fingerprint)
        ctx = self._context(response, [response.url], self._fetched_at(), response.encoding)
        for position, entry in enumerate(listing.entries, start=1):
            try:
                yield build_listing(entry, list_url=canonicalize(response.url, self.tracking_params),
                                    position=position, ctx=ctx)
            except ValueError:
                self.crawler.stats.inc_value("autoparts/listings/invalid")
        yield from self._follow([e.url for e in listing.entries if e.url], response.url)
        yield from self._follow(listing.next_page_urls, response.url)
        links = [urljoin(response.url, h) for h in sel.xpath("//a/@href").getall()]
        if not self.profile.generic:  # profiled: other channels' lists and articles, by URL pattern
            links = [u for u in links if self.profile.page_kind(u) in ("list", "article")]
        # unprofiled: every same-site link; the classifier decides what each page is
        yield from self._follow(links, response.url)

    def parse_article(self, response: TextResponse, sel: Selector,
                      chain: _ArticleChain | None = None) -> Iterator[Any]:
        raw = extract_article(sel, response.url, self.profile)
        if chain is None:
            chain = _ArticleChain(first=raw, ctx_url=response.url, status=response.status,
                                  encoding=response.encoding, fetched_at=self._fetched_at(),
                                  redirects=tuple(response.request.meta.get("redirect_urls", ())))
        else:
            merge_pages(chain.first, raw)
        chain.pages.append(response.url)
        # related articles and the canonical page are worth visiting too
        yield from self._follow([e.url for e in raw.related if e.url], response.url)
        next_url = raw.next_page_url
        if (next_url and self.should_follow(next_url, response.url) and next_url not in chain.pages
                and next_url not in chain.requested and len(chain.pages) < MAX_ARTICLE_PAGES):
            chain.requested.append(next_url)
            yield Request(next_url, callback=self.parse_continuation, errback=self.on_continuation_error,
                          dont_filter=True, meta={"autoparts_chain": chain})
            return
        yield self._finish(chain)

    def parse_continuation(self, response: Response) -> Iterator[Any]:
        chain: _ArticleChain = response.meta["autoparts_chain"]
        self.crawler.stats.inc_value("autoparts/pages/continuation")
        if not isinstance(response, TextResponse):
            yield self._finish(chain)
            return
        sel = Selector(text=response.text, base_url=response.url)
        yield from self.parse_article(response, sel, chain)

    def _finish(self, chain: _ArticleChain) -> ArticlePage:
        ctx = PageContext(
            url=chain.ctx_url, site=self.site, fetched_at=chain.fetched_at, timezone=self.profile.timezone,
            date_order=self.profile.date_order, pages=tuple(chain.pages), fetched_urls=chain.redirects,
            http_status=chain.status if urlsplit(chain.ctx_url).scheme != "file" else None,
            encoding=chain.encoding)
        return ArticlePage(raw=chain.first, ctx=ctx)

    # --- failures ----------------------------------------------------------------------
    def on_error(self, failure: Failure) -> Iterator[Any]:
        """A page we finally gave up on (after retries) becomes a reject with the reason."""
        request = failure.request  # type: ignore[attr-defined]
        reason, status, detail = describe_failure(failure)
        self.crawler.stats.inc_value(f"autoparts/fetch_failed/{reason}")
        yield make_reject(request.url, reason=reason, stage="fetch", site=self.site, http_status=status,
                          detail=detail)

    def on_continuation_error(self, failure: Failure) -> Iterator[Any]:
        """A later page of an article failed: emit what we have, and reject the missing page."""
        chain: _ArticleChain = failure.request.meta["autoparts_chain"]  # type: ignore[attr-defined]
        yield from self.on_error(failure)
        self.crawler.stats.inc_value("autoparts/articles/incomplete")
        yield self._finish(chain)


def describe_failure(failure: Failure) -> tuple[str, int | None, str]:
    """(reason code, HTTP status or None, detail) for a failed request."""
    exc = failure.value
    if failure.check(HttpError):
        status = exc.response.status
        return f"http_{status}", status, f"HTTP {status} after retries"
    name = type(exc).__name__
    mapping = {
        "TimeoutError": "timeout", "TCPTimedOutError": "timeout", "DNSLookupError": "dns_error",
        "ConnectionRefusedError": "connection_refused", "ConnectionLost": "connection_lost",
        "ConnectionDone": "connection_lost", "ResponseNeverReceived": "connection_lost",
        "ResponseFailed": "response_failed", "IgnoreRequest": "ignored", "PartialDownloadError": "truncated",
        "FileNotFoundError": "file_not_found",
    }
    reason = mapping.get(name, "fetch_error")
    if "robots.txt" in str(exc).lower():
        reason = "robots_disallowed"
    if "maxsize" in str(exc).lower() or "max size" in str(exc).lower():
        reason = "too_large"
    return reason, None, f"{name}: {exc}"[:500]


__all__ = ["PortalSpider", "SpiderArgumentError", "merge_pages", "raw_as_dict"]

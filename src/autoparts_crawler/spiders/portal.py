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

import logging
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import scrapy
from parsel import Selector
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Request, Response, TextResponse
from scrapy.settings import BaseSettings
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from scrapy.utils.url import url_is_from_any_domain
from twisted.python.failure import Failure

from autoparts_crawler.downloadermiddlewares.incremental import is_not_modified
from autoparts_crawler.extensions.side_outputs import side_outputs
from autoparts_crawler.extract import sanitize_links
from autoparts_crawler.extraction import classify as page_classifier
from autoparts_crawler.extraction.pager import page_number
from autoparts_crawler.extraction.profile import extract_article, extract_listing_with_profile
from autoparts_crawler.records.build import ArticlePage, PageContext, build_listing, make_reject
from autoparts_crawler.records.raw import RawArticle
from autoparts_crawler.sites import (
    SiteProfile,
    UnknownSiteError,
    generic_profile,
    load_profile,
    profile_for_url,
)
from autoparts_crawler.web.encoding import decode_to_text, header_charset
from autoparts_crawler.web.urls import canonicalize, safe_urljoin, same_site

DEFAULT_SITE = "sample"
DEFAULT_FEED = "data/%(name)s_%(site)s_%(run_id)s.jsonl"
MAX_ARTICLE_PAGES = 30
SKIP_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".css", ".js", ".pdf", ".zip",
                   ".rar", ".doc", ".docx", ".xls", ".xlsx", ".mp4", ".mp3", ".apk", ".exe")


class SpiderArgumentError(ValueError):
    """A spider argument that cannot work, with a message saying what to pass instead."""


class _ArgumentErrorFilter(logging.Filter):
    """Shorten the asyncio "Task exception was never retrieved" report of a SpiderArgumentError
    (raised while Scrapy creates the spider) to one line: the message says what to pass."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, SpiderArgumentError):
            record.msg, record.args, record.exc_info, record.exc_text = f"spider argument error: {exc}", (), None, None
        return True


logging.getLogger("asyncio").addFilter(_ArgumentErrorFilter())
_FLAGS = {"": False, "0": False, "false": False, "no": False, "off": False,
          "1": True, "true": True, "yes": True, "on": True}


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
        sitemap = str(kwargs.pop("sitemap", "0")).strip().lower()
        if sitemap not in _FLAGS:
            raise SpiderArgumentError(f"sitemap={sitemap!r}: expected 1 or 0")
        super().__init__(*args, **kwargs)
        self.use_sitemap = _FLAGS[sitemap]
        self.max_pages = 0
        self._budgeted: set[str] = set()
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
        """Folder that file:// crawls must stay inside: the bundled sample (others need a setting)."""
        if not any(u.startswith("file:") for u in self.start_urls):
            return None
        return self.profile.bundled_root() or load_profile(DEFAULT_SITE).bundled_root()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider._check_file_urls(crawler.settings)
        reference = crawler.settings.get("AUTOPARTS_REFERENCE_TIME")
        spider.reference_time = datetime.fromisoformat(reference) if reference else None
        if spider.reference_time is not None and spider.reference_time.tzinfo is None:
            spider.reference_time = spider.reference_time.replace(tzinfo=ZoneInfo(spider.profile.timezone))
        spider.tracking_params = tuple(crawler.settings.getlist("AUTOPARTS_TRACKING_PARAMS"))
        crawler.signals.connect(spider._redirect_scheduled, signal=signals.request_scheduled)
        spider.max_pages = crawler.settings.getint("AUTOPARTS_MAX_PAGES")
        if spider.max_pages < 0:
            raise SpiderArgumentError(f"AUTOPARTS_MAX_PAGES={spider.max_pages}: expected 0 (no limit) or more")
        return spider

    def _check_file_urls(self, settings: BaseSettings) -> None:
        if self.file_root is None:
            return
        for url in self.start_urls:
            path = Path(urlsplit(url).path).resolve()
            if not path.is_relative_to(self.file_root):
                if settings.getbool("AUTOPARTS_ALLOW_FILE_URLS"):  # asked for: stay inside its folder
                    self.file_root = path.parent if path.is_file() else path
                    continue
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
            if self._within_budget(url):
                yield self._request(url, self.parse, from_start=True)
        if self.use_sitemap:
            for url in self.start_urls:
                parts = urlsplit(url)
                if parts.scheme in ("http", "https"):
                    root = f"{parts.scheme}://{parts.netloc}/"
                    yield Request(urljoin(root, "robots.txt"), callback=self.parse_robots_sitemaps,
                                  errback=self.on_sitemap_error, meta={"dont_obey_robotstxt": True})
                    yield Request(urljoin(root, "sitemap.xml"), callback=self.parse_sitemap,
                                  errback=self.on_sitemap_error)

    def _request(self, url: str, callback: Any, *, from_start: bool = False, **kwargs: Any) -> Request:
        return Request(url, callback=callback, errback=self.on_error, dont_filter=from_start, **kwargs)

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

    def _decode(self, response: TextResponse) -> Selector:
        """The page as a Selector, decoded by :mod:`autoparts_crawler.web.encoding` (codec kept in meta)."""
        decoded = decode_to_text(response.body, header_charset(response.headers.get("Content-Type")))
        response.meta["autoparts_encoding"] = decoded.codec
        self.crawler.stats.inc_value(f"autoparts/encoding/{decoded.how}/{decoded.codec}")
        sel = Selector(text=decoded.text, base_url=response.url)
        if sanitize_links(sel, response.url):
            self.crawler.stats.inc_value("autoparts/pages/bad_links_dropped")
        return sel

    @staticmethod
    def _encoding(response: Response) -> str | None:
        return response.meta.get("autoparts_encoding") or getattr(response, "encoding", None)

    def _guarded(self, response: Response, produce: Callable[[], Iterator[Any]],
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
                              raw=response_raw(response, self._encoding(response)))
            if on_fail is not None:
                yield from on_fail()

    def _empty(self, response: Response) -> bool:
        return not response.body.strip()

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
                url = canonicalize(url, self.tracking_params)
                if self._within_budget(url):
                    yield self._request(url, callback or self.parse)

    def page_kind(self, response: TextResponse, sel: Selector) -> str:
        """article / continuation / list / other: the profile's URL patterns first, else the classifier."""
        kind = self.profile.page_kind(response.url)
        if kind is None:
            kind = page_classifier.classify_page(sel, response.url)
        if kind == "article":
            first_page, number = page_number(response.url)
            # only a page numbered > 1 can be a continuation: skip the link scan on every other article
            if number > 1:
                first = canonicalize(first_page)
                if any(canonicalize(safe_urljoin(response.url, h)) == first for h in sel.xpath("//a/@href").getall()):
                    kind = "continuation"
        return kind

    def parse(self, response: Response) -> Iterator[Any]:
        """Any page: article, list, continuation reached directly, or a reject with the reason."""
        return self._guarded(response, lambda: self._parse_page(response))

    def _parse_page(self, response: Response) -> Iterator[Any]:
        if self._empty(response):
            self.crawler.stats.inc_value("autoparts/pages/empty")
            yield make_reject(response.url, reason="empty_body", stage="fetch", site=self.site,
                              http_status=response.status, detail="200 with an empty body (after retries)",
                              raw=response_raw(response, None))
            return
        if not isinstance(response, TextResponse):
            self.crawler.stats.inc_value("autoparts/pages/not_html")
            yield make_reject(response.url, reason="not_html", stage="classify", site=self.site,
                              http_status=response.status,
                              detail=f"content-type {response.headers.get('Content-Type', b'').decode('latin-1')}")
            return
        sel = self._decode(response)
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
        ctx = self._context(response, [response.url], self._fetched_at(), self._encoding(response))
        for position, entry in enumerate(listing.entries, start=1):
            try:
                yield build_listing(entry, list_url=canonicalize(response.url, self.tracking_params),
                                    position=position, ctx=ctx)
            except ValueError:
                self.crawler.stats.inc_value("autoparts/listings/invalid")
        yield from self._follow([e.url for e in listing.entries if e.url], response.url)
        yield from self._follow(listing.next_page_urls, response.url)
        links = [safe_urljoin(response.url, h) for h in sel.xpath("//a/@href").getall()]
        if not self.profile.generic:  # profiled: other channels' lists and articles, by URL pattern
            links = [u for u in links if self.profile.page_kind(u) in ("list", "article")]
        # unprofiled: every same-site link; the classifier decides what each page is
        yield from self._follow(links, response.url)

    def parse_article(self, response: TextResponse, sel: Selector,
                      chain: _ArticleChain | None = None) -> Iterator[Any]:
        raw = extract_article(sel, response.url, self.profile)
        if chain is None:
            chain = _ArticleChain(first=raw, ctx_url=response.url, status=response.status,
                                  encoding=self._encoding(response), fetched_at=self._fetched_at(),
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
        """A later page of a split article: merged into the chain (a broken page ends the chain)."""
        chain: _ArticleChain = response.meta["autoparts_chain"]

        def incomplete() -> Iterator[Any]:
            self.crawler.stats.inc_value("autoparts/articles/incomplete")
            yield self._finish(chain)

        return self._guarded(response, lambda: self._parse_continuation(response, chain), incomplete)

    def _parse_continuation(self, response: Response, chain: _ArticleChain) -> Iterator[Any]:
        self.crawler.stats.inc_value("autoparts/pages/continuation")
        if not isinstance(response, TextResponse) or self._empty(response):
            reason = "empty_body" if self._empty(response) else "not_html"
            yield make_reject(response.url, reason=reason, stage="fetch", site=self.site,
                              http_status=response.status, detail=f"page {len(chain.pages) + 1} of {chain.ctx_url}",
                              raw=response_raw(response, None))
            self.crawler.stats.inc_value("autoparts/articles/incomplete")
            yield self._finish(chain)
            return
        sel = self._decode(response)
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
        if is_not_modified(failure):  # incremental 304: counted by the middleware, not a failure
            return
        request = failure.request  # type: ignore[attr-defined]
        reason, status, detail = describe_failure(failure)
        self.crawler.stats.inc_value(f"autoparts/fetch_failed/{reason}")
        response = getattr(failure.value, "response", None)
        raw = response_raw(response, None) if isinstance(response, Response) else {}
        raw.update(exception=type(failure.value).__name__, retries=request.meta.get("retry_times", 0),
                   redirect_urls=request.meta.get("redirect_urls", []))
        yield make_reject(request.url, reason=reason, stage="fetch", site=self.site, http_status=status,
                          detail=detail, raw=raw)

    def on_continuation_error(self, failure: Failure) -> Iterator[Any]:
        """A later page of an article failed: emit what we have, and reject the missing page."""
        chain: _ArticleChain = failure.request.meta["autoparts_chain"]  # type: ignore[attr-defined]
        yield from self.on_error(failure)
        self.crawler.stats.inc_value("autoparts/articles/incomplete")
        yield self._finish(chain)


    def _redirect_scheduled(self, request: Request) -> None:
        """A redirect to another host is dropped by Scrapy's offsite filter without a trace: reject it."""
        sources = request.meta.get("redirect_urls")
        if (not sources or request.dont_filter or request.meta.get("allow_offsite") or not self.allowed_domains
                or urlsplit(request.url).scheme not in ("http", "https")
                or url_is_from_any_domain(request.url, self.allowed_domains)):
            return
        self.crawler.stats.inc_value("autoparts/fetch_failed/offsite_redirect")
        side_outputs(self.crawler).reject(make_reject(
            sources[0], reason="offsite_redirect", stage="fetch", site=self.site,
            detail=f"redirects to {request.url}, outside {', '.join(self.allowed_domains)}",
            raw={"redirect_urls": list(sources), "target": request.url}))

    # --- sitemaps (-a sitemap=1) --------------------------------------------------------
    def parse_robots_sitemaps(self, response: Response) -> Iterator[Any]:
        """``Sitemap:`` lines of robots.txt -> sitemap requests (same site only)."""
        text = response.body.decode("utf-8", "replace")
        for url in sitemap_urls_from_robots(text, base_url=response.url):
            if same_site(url, response.url) and url != urljoin(response.url, "/sitemap.xml"):
                yield Request(url, callback=self.parse_sitemap, errback=self.on_sitemap_error)

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        """A sitemap or sitemap index: page URLs are followed like links; a bad one is a reject."""
        return self._guarded(response, lambda: self._parse_sitemap(response))

    def _parse_sitemap(self, response: Response) -> Iterator[Any]:
        body = response.body
        if body[:2] == b"\x1f\x8b":
            body = gunzip(body, max_size=self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        sitemap = parse_sitemap_safely(body)
        if sitemap is None:
            yield make_reject(response.url, reason="bad_sitemap", stage="classify", site=self.site,
                              http_status=response.status, detail="not a sitemap (or unsafe XML)")
            return
        self.crawler.stats.inc_value("autoparts/pages/sitemap")
        urls = [entry["loc"] for entry in sitemap if entry.get("loc")]
        self.crawler.stats.inc_value("autoparts/sitemap/urls", len(urls))
        if sitemap.type == "sitemapindex":
            for url in urls:
                if self.should_follow(url, response.url):
                    yield Request(url, callback=self.parse_sitemap, errback=self.on_sitemap_error)
            return
        yield from self._follow(urls, response.url)

    def on_sitemap_error(self, failure: Failure) -> Iterator[Any]:
        """A missing sitemap is normal (no reject); other failures are counted."""
        reason, _, _ = describe_failure(failure)
        self.crawler.stats.inc_value(f"autoparts/sitemap/failed/{reason}")
        return iter(())


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


def response_raw(response: Response | None, encoding: str | None) -> dict[str, Any]:
    """What a reject keeps of a response to re-process it later: status, headers, size, codec."""
    if response is None:
        return {}
    headers = {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
    return {"http_status": response.status, "headers": headers, "body_bytes": len(response.body),
            "encoding": encoding}


def describe_failure(failure: Failure) -> tuple[str, int | None, str]:
    """(reason code, HTTP status or None, detail) for a failed request."""
    exc = failure.value
    if failure.check(HttpError):
        status = exc.response.status
        return f"http_{status}", status, f"HTTP {status} after retries"
    name = type(exc).__name__
    mapping = {
        "TimeoutError": "timeout", "TCPTimedOutError": "timeout", "DownloadTimeoutError": "timeout", "DNSLookupError": "dns_error",
        "ConnectionRefusedError": "connection_refused", "ConnectionLost": "connection_lost",
        "ConnectionDone": "connection_lost", "ResponseNeverReceived": "connection_lost",
        "ResponseFailed": "response_failed", "IgnoreRequest": "ignored", "PartialDownloadError": "truncated",
        "FileNotFoundError": "file_not_found",
    }
    reason = mapping.get(name, "fetch_error")
    text = str(exc).lower()
    if "robots.txt" in text:
        reason = "robots_disallowed"
    if "maxsize" in text or "max size" in text:
        reason = "too_large"
    if "max redirections" in text:
        reason = "redirect_loop"
    if "offsite" in text:
        reason = "offsite_redirect"
    if "dataloss" in text or "data loss" in text or name == "ResponseDataLossError":
        reason = "truncated"
    elif reason == "fetch_error" and ("connectionlost" in text or "connection to the other side was lost" in text):
        reason = "connection_lost"
    return reason, None, f"{name}: {exc}"[:500]


__all__ = ["PortalSpider", "SpiderArgumentError", "merge_pages"]

"""Which links the portal spider follows, in which form, and within which page budget."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.crawler import Crawler

from autoparts_crawler.extraction.vocabulary import PRINT_URL_RE
from autoparts_crawler.sites import SiteProfile
from autoparts_crawler.spiders import arguments
from autoparts_crawler.web.urls import canonicalize, host_in_domains, same_port

#: Links to these are never requested: static assets and downloads, not pages.
SKIP_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".css", ".js", ".pdf", ".zip",
                   ".rar", ".doc", ".docx", ".xls", ".xlsx", ".mp4", ".mp3", ".apk", ".exe")


#: Remembered link verdicts (forgotten all at once beyond this many).
LINK_VERDICTS_MAX = 200_000
_UNSEEN = object()


def crawl_domains(profile_domains: Iterable[str], start_urls: Iterable[str]) -> list[str]:
    """``allowed_domains``: the profile's plus the start hosts; a ``www.`` start host stands for its
    site, so channels on sibling subdomains are followed."""
    hosts = {urlsplit(u).hostname for u in start_urls if urlsplit(u).scheme in ("http", "https")}
    hosts |= {h.removeprefix("www.") for h in hosts if h and h.startswith("www.") and h.count(".") >= 2}
    return sorted(set(profile_domains) | {h for h in hosts if h})


@dataclass(slots=True)
class LinkPolicy:
    """Followability, canonical form and the ``AUTOPARTS_MAX_PAGES`` budget of one crawl."""

    allowed_domains: list[str]
    profile: SiteProfile
    file_root: Path | None = None  # file:// crawls stay inside this folder
    tracking_params: tuple[str, ...] = ()
    max_pages: int = 0  # 0 = no limit
    crawler: Crawler | None = None  # for its stats (set once the crawl starts)
    _budgeted: set[str] = field(default_factory=set)
    _verdicts: dict = field(default_factory=dict)  # (link, origin site, encoding) -> canonical URL or None

    def configure(self, crawler: Crawler, start_urls: list[str], max_pages_argument: object = None) -> None:
        """The crawl's settings: file root (``AUTOPARTS_ALLOW_FILE_URLS``), tracking parameters, budget."""
        settings = crawler.settings
        self.file_root = arguments.checked_file_root(self.file_root, start_urls, settings)
        self.tracking_params = tuple(settings.getlist("AUTOPARTS_TRACKING_PARAMS"))
        self.max_pages = arguments.page_budget(settings, max_pages_argument)
        self.crawler = crawler

    def use_profile(self, profile: SiteProfile) -> None:
        """Follow by ``profile`` from now on (its deny patterns change the verdicts: forget them)."""
        self.profile = profile
        self._verdicts.clear()

    def should_follow(self, url: str, origin: str) -> bool:
        """A followable scheme, a host in ``allowed_domains`` (subdomains too) on the origin's port,
        not a static asset nor a print view, inside the file root, not denied by the profile."""
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
        if PRINT_URL_RE.search(url[len(parts.scheme) + 3 + len(parts.netloc):]):  # a print view: the article again
            return False
        if parts.scheme == "file":
            return self.file_root is not None and Path(parts.path).resolve().is_relative_to(self.file_root)
        return True

    def within_budget(self, url: str) -> bool:
        """At most ``max_pages`` distinct URLs requested (a URL already admitted is free)."""
        if not self.max_pages or url in self._budgeted:
            return True
        if len(self._budgeted) >= self.max_pages:
            if self.crawler is not None:
                self.crawler.stats.inc_value("autoparts/limits/max_pages_skipped")
                self.crawler.stats.set_value("autoparts/limits/max_pages_reached", self.max_pages)
            return False
        self._budgeted.add(url)
        return True

    def admit(self, urls: Iterable[str], origin: str, encoding: str | None = None) -> Iterable[str]:
        """The followable ones of ``urls`` found on ``origin``, canonical (a query percent-encoded in
        the origin page's ``encoding``, as browsers do), within the budget. The verdict on a link
        depends only on the link, the origin's site and the encoding, and a site repeats its links
        on every page (menus, rankings): verdicts are remembered (bounded)."""
        site = origin[: origin.find("/", origin.find("//") + 2)] if "//" in origin else origin
        memo = self._verdicts
        if len(memo) > LINK_VERDICTS_MAX:
            memo.clear()
        for url in urls:
            if not url:
                continue
            key = (url, site, encoding)
            canonical = memo.get(key, _UNSEEN)
            if canonical is _UNSEEN:
                canonical = canonicalize(url, self.tracking_params, encoding) if self.should_follow(url, origin) else None
                memo[key] = canonical
            if canonical is not None and self.within_budget(canonical):
                yield canonical

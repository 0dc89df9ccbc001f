"""Split articles: the pages of one article fetched in turn, merged into one raw article."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from scrapy.http import Response
from scrapy.statscollectors import StatsCollector

from autoparts_crawler.records.context import ArticlePage
from autoparts_crawler.records.models import RejectRecord
from autoparts_crawler.records.raw import RawArticle
from autoparts_crawler.records.rejects import make_reject
from autoparts_crawler.sites import SiteProfile
from autoparts_crawler.spiders.context import page_context
from autoparts_crawler.spiders.failures import response_encoding

#: a split article longer than this is cut (a pager loop, or a trap)
MAX_ARTICLE_PAGES = 30
#: the ``Request.meta`` key carrying the chain to the next page's callback
CHAIN_META = "autoparts_chain"


def merge_pages(first: RawArticle, later: RawArticle) -> RawArticle:
    """Append a later page's body to the first page; keep the first page's metadata."""
    first.paragraphs.extend(later.paragraphs)
    for name in ("title", "subtitle", "author", "editor", "source", "published_raw", "category", "views_raw",
                 "comments_raw", "canonical_url"):
        if getattr(first, name) is None and getattr(later, name) is not None:
            setattr(first, name, getattr(later, name))
    known = {entry.url for entry in first.related}
    first.related.extend(entry for entry in later.related if entry.url not in known)
    return first


@dataclass(slots=True)
class ArticleChain:
    """A multi-page article while its later pages are fetched."""

    first: RawArticle
    ctx_url: str
    status: int | None
    encoding: str | None
    fetched_at: datetime
    redirects: tuple[str, ...] = ()
    pages: list[str] = field(default_factory=list)
    requested: list[str] = field(default_factory=list)

    @classmethod
    def start(cls, raw: RawArticle, response: Response, fetched_at: datetime) -> ArticleChain:
        """The chain of an article whose first page is ``response``."""
        chain = cls(first=raw, ctx_url=response.url, status=response.status, encoding=response_encoding(response),
                    fetched_at=fetched_at, redirects=tuple(response.request.meta.get("redirect_urls", ())))
        chain.add(response.url)
        return chain

    def add(self, url: str, raw: RawArticle | None = None) -> None:
        """A page of the article was read (the first page is the chain's own raw article)."""
        if raw is not None:
            merge_pages(self.first, raw)
        self.pages.append(url)

    def wants(self, url: str | None) -> bool:
        """Whether ``url`` is a next page still worth fetching (not seen, not requested, under the cap)."""
        return bool(url) and url not in self.pages and url not in self.requested \
            and len(self.pages) < MAX_ARTICLE_PAGES

    def dropped(self, url: str | None, *, followable: bool) -> str | None:
        """Why a next page ``url`` of this article is not fetched (``page_cap``, ``not_followed``:
        offsite, another port, denied by the profile), or None when there is none or it is known."""
        if not url or url in self.pages or url in self.requested:
            return None  # no next page, or a pager pointing back (a loop): the article is complete
        if len(self.pages) >= MAX_ARTICLE_PAGES:
            return "page_cap"
        return None if followable else "not_followed"

    def incomplete_reject(self, next_url: str | None, *, followable: bool, site: str,
                          stats: StatsCollector) -> RejectRecord | None:
        """The ``incomplete_article`` reject (and counters) for a next page the crawl will not fetch."""
        dropped = self.dropped(next_url, followable=followable)
        if dropped is None or not next_url:
            return None
        stats.inc_value("autoparts/articles/incomplete")
        stats.inc_value(f"autoparts/articles/continuation_not_fetched/{dropped}")
        return make_reject(next_url, reason="incomplete_article", stage="navigate", site=site,
                           detail=f"page {len(self.pages) + 1} of {self.ctx_url} not fetched: {dropped}")

    def finish(self, site: str, profile: SiteProfile) -> ArticlePage:
        """The spider's item: all pages' raw fields plus the first page's context."""
        ctx = page_context(self.ctx_url, site=site, profile=profile, fetched_at=self.fetched_at, pages=self.pages,
                           redirects=self.redirects, status=self.status, encoding=self.encoding)
        return ArticlePage(raw=self.first, ctx=ctx)

"""Profile-driven extraction: a site profile's selectors, with the generic extractor as
the per-field fallback wherever the profile has no selector or its selector finds nothing.

Which profiled fields the selectors found and which the generic extractor filled in is kept
in ``RawArticle.selector_hits`` (drift detection reads it: ``extensions/drift.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from parsel import Selector, SelectorList

from autoparts_crawler.extraction import generic
from autoparts_crawler.extraction.analysis import PageAnalysis
from autoparts_crawler.extraction.blocks import text_blocks
from autoparts_crawler.extraction.body import is_furniture
from autoparts_crawler.extraction.category import extract_category
from autoparts_crawler.extraction.classify import classify_page
from autoparts_crawler.extraction.counters import extract_comments, extract_views
from autoparts_crawler.extraction.credits import extract_author, extract_editor, extract_source
from autoparts_crawler.extraction.dates import extract_published, extract_published_candidates
from autoparts_crawler.extraction.navigation import continued_link, extract_next_page
from autoparts_crawler.extraction.pager import dash_numbered_first_page, first_page_of, page_number
from autoparts_crawler.extraction.related import extract_list_page, extract_related
from autoparts_crawler.extraction.selectors import select, select_first, select_text
from autoparts_crawler.extraction.vocabulary import PAGER_BACK_TEXT_RE
from autoparts_crawler.records.raw import RawArticle, RawListing, RawRelated
from autoparts_crawler.sites import SiteProfile
from autoparts_crawler.web.urls import canonicalize

TextFallback = Callable[[PageAnalysis], str | None]

#: field name -> generic fallback used when the profile has no (working) selector.
FALLBACKS: Mapping[str, TextFallback] = MappingProxyType({
    "title": generic.extract_title,
    "subtitle": generic.extract_subtitle,
    "author": extract_author,
    "editor": extract_editor,
    "source": extract_source,
    "published": extract_published,
    "category": extract_category,
    "views": extract_views,
    "comments": extract_comments,
})


def _field(page: PageAnalysis, profile: SiteProfile, name: str, hits: dict[str, bool]) -> str | None:
    spec = getattr(profile.article, name)
    value = select_text(page.sel, spec)
    if spec:
        hits[name] = value is not None
    if value is None and name in FALLBACKS:
        value = FALLBACKS[name](page)
    return value


def _href(page: PageAnalysis, within: Selector | SelectorList, spec: str | list[str] | None) -> str | None:
    for node in select(within, spec):
        value = node.get() if isinstance(node.root, str) else (node.attrib.get("href") or "")
        value = value.strip()
        if value and not value.startswith(("javascript:", "#", "mailto:")):
            return page.absolute(value)
    return None


def extract_body_with_profile(page: PageAnalysis, profile: SiteProfile,
                              hits: dict[str, bool] | None = None) -> list[str]:
    """Body blocks from the profile's body container minus its exclusions (generic fallback when
    the container is missing or holds no text)."""
    containers = select(page.sel, profile.article.body)
    excluded = [node.root for spec in profile.article.body_exclude for node in containers.css(spec)]
    blocks = [block.text for container in containers for block in text_blocks(container.root, excluded)
              if not is_furniture(block, False, page.title)]
    if profile.article.body and hits is not None:
        hits["body"] = bool(blocks)
    return blocks or generic.extract_body(page)


def extract_related_with_profile(page: PageAnalysis, profile: SiteProfile,
                                 hits: dict[str, bool] | None = None) -> list[RawRelated]:
    """Related entries through the profile's ``[related]`` selectors (generic fallback when the
    item selector matches nothing)."""
    rel = profile.related
    if not rel.item:
        return extract_related(page)
    items = select(page.sel, rel.item)
    if hits is not None:
        hits["related"] = bool(items)
    if not items:
        return extract_related(page)
    entries: list[RawRelated] = []
    for item in items:
        title = select_first(item, rel.title)
        if not title:
            continue
        day, month_year = select_first(item, rel.day), select_first(item, rel.month_year)
        date_raw = " ".join(x for x in (day, month_year) if x) or select_first(item, rel.date)
        entries.append(RawRelated(
            title=title,
            url=_href(page, item, rel.url or "a"),
            category=select_first(item, rel.category),
            date_raw=date_raw or None,
            views_raw=select_first(item, rel.views),
            tag=select_first(item, rel.tag),
        ))
    return entries


def extract_with_profile(page: PageAnalysis, profile: SiteProfile) -> RawArticle:
    """All raw fields of one article page."""
    sel = page.sel
    hits: dict[str, bool] = {}
    canonical = _href(page, sel, profile.article.canonical or "link[rel=canonical]")
    published = select_text(sel, profile.article.published)
    if profile.article.published:
        hits["published"] = published is not None
    # no (working) published selector: every place the page states the time, as the generic path
    # reads them (a <time datetime> or JSON-LD keeps its time of day and offset)
    candidates = [] if published is not None else extract_published_candidates(page)
    if published is None:
        published = next((text for source, text in candidates if source == "nearby"), None)
        published = published if published is not None or candidates else extract_published(page)
    return RawArticle(
        title=_field(page, profile, "title", hits),
        subtitle=_field(page, profile, "subtitle", hits),
        paragraphs=extract_body_with_profile(page, profile, hits),
        author=_field(page, profile, "author", hits),
        editor=_field(page, profile, "editor", hits),
        source=_field(page, profile, "source", hits),
        published_raw=published,
        published_candidates=candidates,
        category=_field(page, profile, "category", hits),
        views_raw=_field(page, profile, "views", hits),
        comments_raw=_field(page, profile, "comments", hits),
        related=extract_related_with_profile(page, profile, hits),
        canonical_url=canonical,
        next_page_url=_href(page, sel, profile.article.next_page) if profile.article.next_page
        else extract_next_page(page),
        extractor=f"profile:{profile.name}",
        selector_hits=hits,
    )


def extract_listing_with_profile(page: PageAnalysis, profile: SiteProfile) -> RawListing:
    """Article links and pagination of a list page (generic fallback)."""
    if not profile.list.article_links:
        return extract_list_page(page)
    sel = page.sel
    entries = []
    for node in select(sel, profile.list.article_links):
        href = node.get() if isinstance(node.root, str) else node.attrib.get("href", "")
        title = "" if isinstance(node.root, str) else select_text(node, "::text") or ""
        if href and not href.strip().startswith(("javascript:", "#", "mailto:")):
            entries.append(RawRelated(title=title or href, url=page.absolute(href.strip())))
    next_pages = []
    for node in select(sel, profile.list.next_page):
        href = node.get() if isinstance(node.root, str) else node.attrib.get("href", "")
        if href and not href.strip().startswith(("javascript:", "#")):
            next_pages.append(page.absolute(href.strip()))
    return RawListing(entries=entries, next_page_urls=next_pages)


def extract_raw_article(page: PageAnalysis, profile: SiteProfile) -> RawArticle:
    """Dispatch: generic extraction for unprofiled portals, else the profile's selectors."""
    if profile.generic:
        return generic.extract_generic(page)
    return extract_with_profile(page, profile)


def page_kind(page: PageAnalysis, profile: SiteProfile) -> str:
    """article / continuation / list / other: the profile's URL patterns first, else the classifier.

    An article page numbered > 1 whose page links back to its first page is a continuation, and so
    is one whose pager links back to an address alike but for one number, 1 there (page 1)."""
    kind = profile.page_kind(page.url) or classify_page(page)
    if kind in ("article", "other") and continued_link(page, continued_from=True) is not None:
        return "continuation"  # （上接第01版）: the second part of a newspaper story, whatever its length
    if kind == "article":
        first_page, number = page_number(page.url)
        if number > 1:  # only a numbered page can be a continuation: no link scan on every other article
            first = canonicalize(first_page)
            if any(canonicalize(page.anchor_url(a)) == first for a in page.anchors):
                kind = "continuation"
        elif (dashed := dash_numbered_first_page(page.url)) is not None and any(
                canonicalize(page.anchor_url(a)) == canonicalize(dashed) and PAGER_BACK_TEXT_RE.match(a.text)
                for a in page.anchors):
            # show-124-2.html: a dash may end an id (876-3.html), so only a pager link back to
            # show-124.html (text 1, 上一页, 首页) makes it page 2 of that article
            kind = "continuation"
        elif pager_first_page(page) is not None:
            # thread-18264-2-1.html whose pager's 1 is thread-18264-1-1.html; thread-18264-2-2.html
            # (reached from a list's page 2) whose pager's 1 is thread-18264-1-2.html
            kind = "continuation"
    return kind


def pager_first_page(page: PageAnalysis) -> str | None:
    """The address a later page's pager links back to as page 1 (1, 上一页, 首页) when it is this
    page's address but for one number (:func:`.pager.first_page_of`), else None."""
    return next((url for a in page.anchors if PAGER_BACK_TEXT_RE.match(a.text)
                 and first_page_of(page.url, url := page.anchor_url(a))), None)

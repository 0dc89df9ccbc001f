"""Profile-driven extraction: a site profile's selectors, with the generic extractor as
the per-field fallback wherever the profile has no selector or its selector finds nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from parsel import Selector

from autoparts_crawler.extraction import generic, listing
from autoparts_crawler.extraction.blocks import text_blocks
from autoparts_crawler.extraction.selectors import select, select_first, select_text
from autoparts_crawler.records.raw import RawArticle, RawListing, RawRelated
from autoparts_crawler.sites import SiteProfile
from autoparts_crawler.web.urls import safe_urljoin

TextFallback = Callable[[Selector, str], str | None]

#: field name -> generic fallback used when the profile has no (working) selector.
FALLBACKS: dict[str, TextFallback] = {
    "title": generic.extract_title,
    "author": generic.extract_author,
    "editor": generic.extract_editor,
    "source": generic.extract_source,
    "published": generic.extract_published,
    "category": generic.extract_category,
    "views": generic.extract_views,
    "comments": generic.extract_comments,
}


def _field(sel: Selector, url: str, profile: SiteProfile, name: str) -> str | None:
    value = select_text(sel, getattr(profile.article, name))
    if value is None and name in FALLBACKS:
        value = FALLBACKS[name](sel, url)
    return value


def _href(sel: Selector, spec: str | list[str] | None, base: str) -> str | None:
    for node in select(sel, spec):
        value = node.get() if isinstance(node.root, str) else (node.attrib.get("href") or "")
        value = value.strip()
        if value and not value.startswith(("javascript:", "#", "mailto:")):
            return safe_urljoin(base, value)
    return None


def extract_body_with_profile(sel: Selector, url: str, profile: SiteProfile) -> list[str]:
    """Body blocks from the profile's body container minus its exclusions (generic fallback)."""
    containers = select(sel, profile.article.body)
    if not containers:
        return generic.extract_body(sel, url)
    excluded = [node.root for spec in profile.article.body_exclude for node in containers.css(spec)]
    return [block.text for container in containers for block in text_blocks(container.root, excluded)]


def extract_related_with_profile(sel: Selector, url: str, profile: SiteProfile) -> list[RawRelated]:
    """Related entries through the profile's ``[related]`` selectors (generic fallback)."""
    rel = profile.related
    items = select(sel, rel.item)
    if not rel.item:
        return listing.extract_related(sel, url)
    entries: list[RawRelated] = []
    for item in items:
        title = select_first(item, rel.title)
        if not title:
            continue
        day, month_year = select_first(item, rel.day), select_first(item, rel.month_year)
        date_raw = " ".join(x for x in (day, month_year) if x) or select_first(item, rel.date)
        entries.append(RawRelated(
            title=title,
            url=_href(item, rel.url or "a", url),
            category=select_first(item, rel.category),
            date_raw=date_raw or None,
            views_raw=select_first(item, rel.views),
            tag=select_first(item, rel.tag),
        ))
    return entries


def extract_with_profile(sel: Selector, url: str, profile: SiteProfile) -> RawArticle:
    """All raw fields of one article page."""
    canonical = _href(sel, profile.article.canonical or "link[rel=canonical]", url)
    return RawArticle(
        title=_field(sel, url, profile, "title"),
        subtitle=select_text(sel, profile.article.subtitle),
        paragraphs=extract_body_with_profile(sel, url, profile),
        author=_field(sel, url, profile, "author"),
        editor=_field(sel, url, profile, "editor"),
        source=_field(sel, url, profile, "source"),
        published_raw=_field(sel, url, profile, "published"),
        category=_field(sel, url, profile, "category"),
        views_raw=_field(sel, url, profile, "views"),
        comments_raw=_field(sel, url, profile, "comments"),
        related=extract_related_with_profile(sel, url, profile),
        canonical_url=canonical,
        next_page_url=_href(sel, profile.article.next_page, url) if profile.article.next_page
        else generic.extract_next_page(sel, url),
        extractor=f"profile:{profile.name}",
    )


def extract_listing_with_profile(sel: Selector, url: str, profile: SiteProfile) -> RawListing:
    """Article links and pagination of a list page (generic fallback)."""
    if not profile.list.article_links:
        return listing.extract_list_page(sel, url)
    entries = []
    for node in select(sel, profile.list.article_links):
        href = node.get() if isinstance(node.root, str) else node.attrib.get("href", "")
        title = "" if isinstance(node.root, str) else select_text(node, "::text") or ""
        if href and not href.strip().startswith(("javascript:", "#", "mailto:")):
            entries.append(RawRelated(title=title or href, url=safe_urljoin(url, href.strip())))
    next_pages = []
    for node in select(sel, profile.list.next_page):
        href = node.get() if isinstance(node.root, str) else node.attrib.get("href", "")
        if href and not href.strip().startswith(("javascript:", "#")):
            next_pages.append(safe_urljoin(url, href.strip()))
    return RawListing(entries=entries, next_page_urls=next_pages)


def extract_raw_article(sel: Selector, url: str, profile: SiteProfile) -> RawArticle:
    """Dispatch: generic extraction for unprofiled portals, else the profile's selectors."""
    if profile.generic:
        return generic.extract_generic(sel, url)
    return extract_with_profile(sel, url, profile)

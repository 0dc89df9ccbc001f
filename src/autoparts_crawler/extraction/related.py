"""Related-news entries of an article page, article entries and pagination of a list page.

Chooses among the page's listing blocks (:attr:`.analysis.PageAnalysis.listing_blocks`): a
related block by its heading or name, else the first list right after the body whose entries
carry their own metadata (the seed portal's layout); on a list page the biggest list block.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from autoparts_crawler.extraction.analysis import PageAnalysis
from autoparts_crawler.extraction.listing import ListingBlock, ancestor_hints
from autoparts_crawler.extraction.vocabulary import (
    LAST_PAGE_WORDS,
    NEXT_PAGE_TEXT_RE,
    PAGE_NUM_RE,
    PAGER_CLASS_RE,
)
from autoparts_crawler.records.raw import RawListing, RawRelated

#: A heading-less list after the body is related news when this share of entries carry metadata.
UNHEADED_RELATED_META_SHARE = 0.8
#: Among several related blocks, the first with this share of entries shaped like the page's URL.
RELATED_SAME_SHAPE_SHARE = 0.5
DIGIT_RUN_RE = re.compile(r"\d+")


def extract_related(page: PageAnalysis) -> list[RawRelated]:
    """Entries of the page's related-news block (headed 相关新闻/相关阅读/... or named so).

    Not prev/next, not sidebars (热门排行/最新文章), not navigation.
    """
    blocks = page.listing_blocks
    related = [b for b in blocks if b.kind == "related"] or _unheaded_related(page, blocks)
    if not related:
        return []
    # the first related block whose entries are pages like this one (a 相关产品 grid of shop links
    # may come first), else the first (nested duplicates collapse into the outermost run)
    shape = _url_template(page.url)
    chosen = next((b for b in related if _share_of_shape(b, shape) >= RELATED_SAME_SHAPE_SHARE), related[0])
    seen: set[str] = set()
    out = []
    for e in chosen.entries:
        key = e.url or e.title
        if key in seen:
            continue
        seen.add(key)
        out.append(e)
    return out


def _url_template(url: str | None) -> str:
    """Host and path with digit runs blurred: ``h/news/detail-#.html`` for every article of one
    template."""
    parts = urlsplit(url or "")
    return (parts.hostname or "") + DIGIT_RUN_RE.sub("#", parts.path)


def _share_of_shape(block: ListingBlock, shape: str) -> float:
    entries = block.entries
    return sum(_url_template(e.url) == shape for e in entries) / len(entries) if entries else 0.0


def _unheaded_related(page: PageAnalysis, blocks: list[ListingBlock]) -> list[ListingBlock]:
    """A heading-less related list: the first list-shaped block right after the article body whose
    entries carry their own metadata (date, count or category word) -- the seed portal's layout."""
    if not page.body_idx:
        return []
    order = page.element_order
    end = order.get(id(page.blocks[page.body_idx[-1]].el))
    if end is None:
        return []
    for block in blocks:
        if block.kind != "list" or len(block.titles) < 3 or order.get(id(block.root), -1) <= end:
            continue
        entries = block.entries
        with_meta = sum(1 for e in entries if e.date_raw or e.views_raw or e.category)
        if with_meta >= UNHEADED_RELATED_META_SHARE * len(entries):
            return [block]
    return []


def extract_list_page(page: PageAnalysis) -> RawListing:
    """Article entries of a list page (the biggest list-like block) and its pagination URLs."""
    blocks = page.listing_blocks
    cands = [b for b in blocks if b.kind == "list"]
    if not cands:
        cands = [b for b in blocks if b.kind in ("related", "sidebar")]
    listing = RawListing()
    if cands:
        best = max(cands, key=lambda b: sum(min(len(e.title), 40) for e in b.entries)
                   + 8 * sum(1 for e in b.entries if e.date_raw or e.views_raw))
        seen: set[str] = set()
        for e in best.entries:
            if e.url in seen:
                continue
            seen.add(e.url)
            listing.entries.append(e)
    listing.next_page_urls = pagination_urls(page)
    return listing


def pagination_urls(page: PageAnalysis) -> list[str]:
    """下一页/next and page-number links of the page's pager(s), absolute, in order, deduplicated."""
    out: list[str] = []
    for a in page.anchors:
        t = a.text
        if not (NEXT_PAGE_TEXT_RE.match(t) or PAGE_NUM_RE.match(t) or t in LAST_PAGE_WORDS):
            continue
        if PAGE_NUM_RE.match(t) and not PAGER_CLASS_RE.search(ancestor_hints(a.el, 3)):
            continue
        target = page.anchor_url(a)
        if target != page.url and target not in out:
            out.append(target)
    return out

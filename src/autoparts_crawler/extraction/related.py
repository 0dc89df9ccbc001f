"""Related-news entries of an article page, article entries and pagination of a list page.

Chooses among the page's listing blocks (:attr:`.analysis.PageAnalysis.listing_blocks`): a
related block by its heading or name, else the first list right after the body whose entries
carry their own metadata (the seed portal's layout); on a list page the biggest list block.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from autoparts_crawler.extraction.analysis import PageAnalysis
from autoparts_crawler.extraction.blocks import clean, hint_of, tag_of
from autoparts_crawler.extraction.listing import ListingBlock, ancestor_hints, entry_title, regrouped
from autoparts_crawler.extraction.vocabulary import (
    DATED_SIDEBAR_MIN_ENTRIES,
    INLINE_ITEM_TAGS,
    LAST_PAGE_WORDS,
    NEXT_PAGE_TEXT_RE,
    PAGE_NUM_RE,
    PAGER_CLASS_RE,
    PAGER_COUNT_RE,
    PAGER_ELEMENT_CLASS_RE,
    PAGER_WORDS,
    PREV_PAGE_TEXT_RE,
)
from autoparts_crawler.records.raw import RawListing, RawRelated

#: A heading-less list after the body is related news when this share of entries carry metadata.
UNHEADED_RELATED_META_SHARE = 0.8
#: A last-page entry's title is at least this long (a menu link is shorter); such a page shows at
#: most LAST_PAGE_MAX_ENTRIES entries (more form a repeated structure of their own).
LAST_ENTRY_MIN_TITLE = 8
LAST_PAGE_MAX_ENTRIES = 3
#: Ancestors of a pager link searched for the pager's element; a class-less pager holds this much
#: text at most (共 10 条记录 页次：1/2 [首页] [上一页] [下一页] [尾页]).
PAGER_CLIMB = 4
PAGER_MAX_TEXT = 120
#: Among several related blocks, the first with this share of entries shaped like the page's URL.
RELATED_SAME_SHAPE_SHARE = 0.5
#: A list takes companion entries (:func:`_with_companions`) when this share of its entries have one URL template.
COMPANION_TEMPLATE_SHARE = 0.8
#: A list page whose chosen "body" is shorter than this may be an archive showing an entry's excerpt;
#: the list holding it then needs this many dated or counted entries.
EXCERPT_BODY_MAX = 200
EXCERPT_HOLDER_META_ENTRIES = 2
#: A sub-channel box's list on a channel index holds at least this many entries.
HUB_LIST_MIN_ENTRIES = 3
#: ``rel`` values that mark a link as the list's pager (``<a rel="prev" href="?page=0">``), whatever
#: its text (screen-reader-only words glued to the visible ones: 上一页‹ 上一页).
PAGER_RELS = frozenset({"next", "prev", "previous"})
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


def image_map_list(page: PageAnalysis) -> ListingBlock | None:
    """The list of the articles a page's image map links (a newspaper e-edition's page: the page's
    picture with an area per article, and a 本版标题 list of the same links): the list holding most
    of the map's targets, when it holds at least half of them and nothing but them."""
    targets = page.image_map_urls
    if not targets:
        return None
    best, hits = None, 0
    for b in page.listing_blocks:
        if b.kind not in ("list", "related", "sidebar"):
            continue
        urls = {e.url for e in b.entries}
        n = len(urls & targets)
        if n > hits and n == len(urls):
            best, hits = b, n
    return best if best is not None and 2 * hits >= len(targets) else None


def extract_list_page(page: PageAnalysis) -> RawListing:
    """Article entries of a list page (the biggest list-like block) and its pagination URLs."""
    blocks = page.listing_blocks
    pager = pager_element(page)
    cands = [b for b in blocks if b.kind == "list"]
    # a newspaper page's articles: the list of its image map's links
    # (else the list right above the pager, whatever its heading says: a blog's home list is headed 最新文章)
    best = image_map_list(page) or _list_above_pager(
        page, [b for b in blocks if b.kind in ("list", "related", "sidebar")], pager)
    if best is None and not cands:  # the channel's list named like a sidebar (最新资讯)
        cands = [b for b in blocks if b.kind in ("related", "sidebar")]
        best = _list_above_pager(page, cands, pager)
    if best is None and not _list_under_pager(page, cands, pager):
        # a channel's last page: one to three entries right above the pager (not when a list of
        # more entries follows the pager in its column: a forum's pager sits above its thread table)
        best = entries_above_pager(page, pager)
    if best is None and sum(len(page.blocks[i].text) for i in page.body_idx) < EXCERPT_BODY_MAX:
        # a short archive: the list whose first entry's excerpt is the page's "body" -- the innermost
        # (a page wrapper's items hold it too) of those whose entries are dated or counted
        holders = [b for b in blocks if b.kind == "list" and _holds_body(page, b)
                   and sum(1 for e in b.entries if e.date_raw or e.views_raw) >= EXCERPT_HOLDER_META_ENTRIES]
        best = max(holders, key=lambda b: sum(1 for _ in b.root.iterancestors())) if holders else None
    if best is None and cands:
        # (a dated table headed like a sidebar -- 主题分类：X -- is the page's list when it is the longest)
        cands += [b for b in blocks if b.kind == "sidebar"
                  and sum(1 for e in b.entries if e.date_raw) >= DATED_SIDEBAR_MIN_ENTRIES]
        best = max(cands, key=lambda b: sum(min(len(e.title), 40) for e in b.entries)
                   + 8 * sum(1 for e in b.entries if e.date_raw or e.views_raw))
    listing = RawListing()
    if best is not None:
        best = regrouped(best, page.layout.elements)  # the other months of an archive, days of a feed
        best = _with_companions(page, best, pager)  # a blog layout's leading item, its 'more' links
        best = _hub_lists(best, page.listing_blocks)  # a channel index: one list per sub-channel box
        best = _headed_sibling_lists(best, page.listing_blocks)  # ... or heading, list, heading, list
        seen: set[str] = set()
        for e in best.entries:
            if e.url in seen or _pager_text(e.title):  # (the list's own pager row: [2], 下一页)
                continue
            seen.add(e.url)
            listing.entries.append(e)
    listing.next_page_urls = pagination_urls(page)
    return listing


def _with_companions(page: PageAnalysis, block: ListingBlock, pager) -> ListingBlock:
    """The list with its entries outside the repeated run: inside the element the list shares with
    its pager (without one, the list's own element), the other visible links to pages of the entries' URL template -- a blog layout's
    leading item above its grid, the 'more articles' links under it (Joomla's ``items-leading`` /
    ``items-more``). Each such link's item is its largest ancestor below that element that links
    to no other entry; all items in page order."""
    if not block.entries:
        return block
    scope = block.root if pager is None else _common_ancestor(block.root, pager)
    if scope is None or tag_of(scope) in ("body", "html"):
        return block
    template, n = Counter(_url_template(e.url) for e in block.entries).most_common(1)[0]
    if n < COMPANION_TEMPLATE_SHARE * len(block.entries):
        return block
    order = page.element_order
    known = {e.url for e in block.entries}
    pager_links = set(pager.iter("a")) if pager is not None else set()
    urls = {a: block.join(href) for a in scope.iter("a") if (href := (a.get("href") or "").strip())}
    extra = []
    for a, url in urls.items():
        if a in pager_links or id(a) not in order or url in known or _url_template(url) != template:
            continue
        item = a
        while (parent := item.getparent()) is not None and parent is not scope and all(
                urls[x] == url or _url_template(urls[x]) != template for x in parent.iter("a") if x in urls):
            item = parent
        if any(item is it or it in item.iterancestors() for it in block.items):
            continue  # inside an entry already read
        known.add(url)
        extra.append(item)
    if not extra:
        return block
    items = sorted([*block.items, *extra], key=lambda el: order.get(id(el), 0))
    titles = [t for t in (entry_title(it, block.texts) for it in items) if t]
    return ListingBlock(block.root, items, titles, block.join, block.texts, kind=block.kind, heading=block.heading,
                        position=block.position)


def _holds_body(page: PageAnalysis, block: ListingBlock) -> bool:
    """Whether the first item of ``block`` holds most of the page's chosen body text: the first
    entry's excerpt (a layout row whose last cell is a side column holding a profile box is no list
    of entries)."""
    first = block.items[0]
    inside = [first in page.blocks[i].path for i in page.body_idx]
    return bool(inside) and sum(inside) * 2 > len(inside)


def _hub_lists(block: ListingBlock, blocks: list[ListingBlock]) -> ListingBlock:
    """A channel's index page shows one list per sub-channel, each in its own box, the boxes
    siblings: when ``block`` is one of them, the page's entries are every box's, in page order.
    The boxes are the items of a list block (the hub) each holding exactly one list of
    HUB_LIST_MIN_ENTRIES or more entries of one item tag."""
    for hub in blocks:
        # (a hub whose boxes each end in a 更多>> link reads as a menu of those links)
        if hub is block or hub.kind not in ("list", "nav", "sidebar") or len(hub.items) < 2 or \
                len({(tag_of(it), " ".join((it.get("class") or "").split())) for it in hub.items}) != 1:
            continue  # boxes of one shape (a main column and a side column are no sub-channel boxes)
        box_of = {id(it): it for it in hub.items}
        inner: dict[int, list[ListingBlock]] = {}
        for b in blocks:
            if b.kind != block.kind or len(b.items) < HUB_LIST_MIN_ENTRIES:  # (the chosen list's kind: boxes
                # in a column named like a sidebar -- xxgk-right beside a left menu -- are lists alike)
                continue
            box = next((x for x in (b.root, *b.root.iterancestors()) if id(x) in box_of), None)
            if box is not None:
                inner.setdefault(id(box), []).append(b)
        if len(inner) != len(hub.items) or any(len(v) != 1 for v in inner.values()):
            continue
        lists = [inner[id(it)][0] for it in hub.items]
        if block not in lists or len({tag_of(b.items[0]) for b in lists}) != 1:
            continue
        items = [it for b in lists for it in b.items]
        titles = [t for t in (entry_title(it, block.texts) for it in items) if t]
        return ListingBlock(hub.root, items, titles, block.join, block.texts, kind=block.kind, position=hub.position)
    return block


def _shape_of(el) -> tuple[str, str] | None:
    return None if el is None else (tag_of(el), " ".join((el.get("class") or "").split()))


def _previous_element(el):
    """The element sibling right before ``el`` (comments and processing instructions skipped)."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev


def _headed_sibling_lists(block: ListingBlock, blocks: list[ListingBlock]) -> ListingBlock:
    """A channel index laid out as heading, list, heading, list in one container (old table
    layouts: a ``channel_title`` table over each ``list_table``): when ``block`` is one of those
    lists, the page's entries are every such list's, in page order. The lists share one shape and
    each follows a heading element of one shape."""
    parent = block.root.getparent()
    heading = _shape_of(_previous_element(block.root))
    if parent is None or heading is None or heading == _shape_of(block.root):
        return block
    shape = _shape_of(block.root)
    lists = [b for b in blocks if b.kind == "list" and b.root.getparent() is parent and _shape_of(b.root) == shape
             and len(b.items) >= HUB_LIST_MIN_ENTRIES and _shape_of(_previous_element(b.root)) == heading]
    if len(lists) < 2 or block not in lists or len({tag_of(b.items[0]) for b in lists}) != 1:
        return block
    lists.sort(key=lambda b: b.position)
    items = [it for b in lists for it in b.items]
    titles = [t for t in (entry_title(it, block.texts) for it in items) if t]
    return ListingBlock(parent, items, titles, block.join, block.texts, kind=block.kind, position=lists[0].position)


def _common_ancestor(a, b):
    """The innermost element holding both ``a`` and ``b``."""
    mine = {id(a)} | {id(x) for x in a.iterancestors()}
    return b if id(b) in mine else next((x for x in b.iterancestors() if id(x) in mine), None)


def _list_under_pager(page: PageAnalysis, lists: list[ListingBlock], pager) -> bool:
    """Whether a list of more than LAST_PAGE_MAX_ENTRIES long-titled entries follows ``pager`` in the
    pager's own box (its parent holds the list): a pager printed above its list."""
    if pager is None:
        return False
    column = pager.getparent()
    if column is None or tag_of(column) in ("body", "html"):
        return False
    order = page.element_order
    start = order.get(id(pager), -1)
    for b in lists:
        if sum(1 for t in b.titles if len(t) >= LAST_ENTRY_MIN_TITLE) > LAST_PAGE_MAX_ENTRIES \
                and order.get(id(b.root), -1) > start and any(x is column for x in b.root.iterancestors()):
            return True
    return False


def pager_element(page: PageAnalysis):
    """The list's own pager: around its first 下一页 / 上一页 / 尾页 (or rel=next/prev) link, the outermost pager-named
    element, else (old class-less layouts) the outermost element holding only pager text (None
    when the page has no such link)."""
    link = next((a.el for a in page.anchors if NEXT_PAGE_TEXT_RE.match(a.text) or a.text in LAST_PAGE_WORDS
                 or PREV_PAGE_TEXT_RE.match(a.text) or (a.el.get("rel") or "").lower() in PAGER_RELS), None)
    if link is None:  # a channel's only page: a pager-named element stating the count, no link in it
        return next((el for el in page.layout.elements if PAGER_ELEMENT_CLASS_RE.search(hint_of(el))
                     and len(text := clean(el.text_content())) <= PAGER_MAX_TEXT and PAGER_COUNT_RE.search(text)), None)
    named = short = None
    short_done = False
    node = link
    for _ in range(PAGER_CLIMB):
        if node is None or tag_of(node) in ("body", "html"):
            break
        if PAGER_ELEMENT_CLASS_RE.search(hint_of(node)):
            named = node
        if short is not None or node is link:
            if len(clean(node.text_content())) > PAGER_MAX_TEXT or not _pager_links_only(node):
                short_done = True
            elif not short_done:
                short = node
        node = node.getparent()
    return named if named is not None else short


def _pager_links_only(el) -> bool:
    """Whether every link in ``el`` is a pager's (a page number, 上一页/下一页/首页/尾页)."""
    return all(_pager_text(clean(a.text_content())) for a in el.iter("a"))


def _pager_text(text: str) -> bool:
    """A pager link's text: a page number (in brackets too: ``[2]``), 上一页/下一页/首页/尾页, or none."""
    t = text.strip("[]【】()（） ")
    return not t or bool(PAGE_NUM_RE.match(t) or NEXT_PAGE_TEXT_RE.match(t) or PREV_PAGE_TEXT_RE.match(t)
                         or t in PAGER_WORDS or t in LAST_PAGE_WORDS)


def _list_above_pager(page: PageAnalysis, cands: list[ListingBlock], pager) -> ListingBlock | None:
    """The list block that ends right before the pager (the channel's own entries; sidebars and
    rankings stand elsewhere), when its titles are article-length."""
    if pager is None:
        return None
    order = page.element_order
    at = order.get(id(pager))
    if at is None:  # a pager in <noscript> (its links for readers without scripts): where it stands
        at = next((order[id(x)] for x in pager.iterancestors() if id(x) in order), None)
    if at is None:
        return None
    holders = set(pager.iterancestors())  # layout blocks whose items hold the pager are no list above it
    # (the list's own last row may be the pager: 共16条记录 页次：1/2 [1] [2] 下一页)
    above = [b for b in cands if order.get(id(b.root), at) < at
             and not any(it in holders and not _pager_links_only(it) for it in b.items)
             and sum(len(t) for t in b.titles) >= LAST_ENTRY_MIN_TITLE * len(b.titles)]
    # a run of inline links inside one entry of a longer list (the entry's category link and title
    # link) is no list
    items = {id(it): (len(b.items), it) for b in above for it in b.items}
    above = [b for b in above if not (
        items.get(id(b.root), (0, None))[0] > len(b.items) and all(tag_of(it) in INLINE_ITEM_TAGS for it in b.items)
        and entry_title(b.root, page.anchor_texts) in b.titles)]
    return max(above, key=lambda b: order.get(id(b.root), -1)) if above else None


def entries_above_pager(page: PageAnalysis, pager=None) -> ListingBlock | None:
    """The entries of a list page too short for a repeated structure: the linked children of the
    element right before the page's pager (the last page of a channel shows one entry and its
    pager), each with a title link of article length -- or that element itself, one entry (a post
    card right above a pager wrapped in its own footer). ``pager``: :func:`pager_element`'s answer."""
    holder = _element_before(pager if pager is not None else pager_element(page))
    if holder is None:
        return None
    for items in ([c for c in holder if isinstance(c.tag, str) and next(c.iter("a"), None) is not None], [holder]):
        titles = [t for t in (entry_title(it, page.anchor_texts) for it in items) if t and len(t) >= LAST_ENTRY_MIN_TITLE]
        if titles and len(titles) == len(items) <= LAST_PAGE_MAX_ENTRIES:
            return ListingBlock(holder if items[0] is not holder else holder.getparent(), items, titles,
                                page.absolute, page.anchor_texts)
    return None


def _element_before(node, levels: int = 2):
    """The element right before ``node``, looking up to ``levels`` ancestors up when it is the first."""
    for _ in range(levels + 1):
        if node is None:
            return None
        prev = _previous_element(node)
        if prev is not None:
            return prev
        node = node.getparent()
    return None


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

"""Repeated sibling structures with links: related-news blocks, list-page entries, pagination.

A *listing block* is an element whose children (2+) share one shape (tag + class) and each
carry a link -- how every CMS renders related lists, article lists, sidebars, menus and
pagers. Each block gets a kind guess from its heading (相关新闻 vs 热门排行), class names
and the shape of its entries (short menu words, 上一篇/下一篇, page numbers). Entry fields
are read from the text pieces around the title link by pattern and class hint
(day/month, 阅读 counts, brand/type labels, 日期：/点击： labels).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import islice

from lxml import etree

from autoparts_crawler.extraction.blocks import (
    BOILER_TAGS,
    clean,
    default_skip,
    hint_of,
    tag_of,
    text_before,
)
from autoparts_crawler.extraction.vocabulary import (
    AUTHOR_HREF_RE,
    CATEGORY_WORDS,
    DATE_ONLY_TEXT_RE,
    DAY_CLASS_RE,
    DAY_RE,
    DIGIT_RE,
    ENTRY_CATEGORY_CLASS_RE,
    ENTRY_COUNT_RE,
    ENTRY_DATE_LABEL_RE,
    ENTRY_DATE_RE,
    ENTRY_LABEL_MAX,
    ENTRY_LABEL_RE,
    ENTRY_TITLE_CLASS_RE,
    ENTRY_VIEWS_RE,
    ENTRY_WORD_DATE_RE,
    EXCERPT_LINK_CLASS_RE,
    HEADING_CLASS_RE,
    MONTH_YEAR_RE,
    NAV_CLASS_RE,
    NEXT_PAGE_TEXT_RE,
    PAGE_NUM_RE,
    PAGER_WORDS,
    PEOPLE_LINK_SHARE,
    PREV_NEXT_ENTRY_RE,
    PRODUCT_HEAD_RE,
    READ_MORE_RE,
    RELATED_CLASS_RE,
    RELATED_HEAD_RE,
    RELATED_OPENING_HEAD_RE,
    SIDEBAR_CLASS_RE,
    SIDEBAR_CONTAINER_RE,
    SIDEBAR_HEAD_RE,
    TAG_CLASS_RE,
    TOOLTIP_TITLE_LABEL_RE,
    VIEWS_CLASS_RE,
    WIDE_COLUMN_MIN_PX,
)
from autoparts_crawler.records.raw import RawRelated


@dataclass(slots=True)
class ListingBlock:
    """A run of same-shaped sibling elements that each carry a link.

    ``titles`` (cheap: the title link of each item) decide the kind; the full ``entries`` (dates,
    counts, tags read from every text piece) are built only for the blocks someone reads.
    """

    root: object  #: the parent element (lxml)
    items: list  #: the repeated child elements
    titles: list[str]  #: entry titles, one per item that has a title link
    join: Callable[[str], str]  #: href -> absolute URL
    texts: Mapping | None  #: the page's followable anchors -> their visible text
    kind: str = "list"  #: related | list | nav | prev_next | sidebar | pager
    heading: str | None = None
    position: int = 0  #: document order of root
    _entries: list[RawRelated] | None = None

    @property
    def entries(self) -> list[RawRelated]:
        """The block's entries with every field (built on first read)."""
        if self._entries is None:
            # the page's short link texts: a channel's name printed on an entry is its category
            names = frozenset(t for t in self.texts.values() if t and len(t) <= ENTRY_LABEL_MAX) if self.texts else frozenset()
            self._entries = [e for e in (_entry(it, self.join, self.texts, names) for it in self.items) if e is not None]
        return self._entries


# ---------------------------------------------------------------- discovery
def _signature(el) -> tuple[str, str]:
    """(tag, first class name without digits): ``post-123 post`` and ``post-124 post`` are one shape."""
    cls = el.get("class")
    if not cls:
        return tag_of(el), ""
    if not DIGIT_RE.search(cls):
        return tag_of(el), cls.split(None, 1)[0] if cls.strip() else ""
    for name in cls.split():
        if not DIGIT_RE.search(name):
            return tag_of(el), name
    return tag_of(el), ""




def _linked(elements: list) -> set:
    """Elements that hold an ``<a href>`` (themselves or a descendant, hidden ones included):
    one upward pass from every link instead of a subtree scan per candidate."""
    if not elements:
        return set()
    root = elements[0]
    linked: set = set()
    for a in root.iter("a"):
        if not a.get("href"):
            continue
        node = a
        while node is not None and node not in linked:
            linked.add(node)
            node = node.getparent()
    return linked


def find_listing_blocks(elements: list, absolute: Callable[[str], str],
                        anchor_texts: Mapping | None = None) -> list[ListingBlock]:
    """All listing blocks among ``elements`` (a page's visible elements in document order), each
    with entries (links made absolute by ``absolute``) and a kind guess."""
    out: list[ListingBlock] = []
    joined: dict[str, str] = {}

    def join(href: str) -> str:
        url = joined.get(href)
        if url is None:
            url = joined[href] = absolute(href)
        return url

    visible = set(elements)
    linked = _linked(elements)
    for order, el in enumerate(elements, start=1):
        if len(el) == 1 and el in linked and tag_of(el) in ("ul", "ol") and tag_of(el[0]) == "li":
            single = _single_related(el, join, anchor_texts, order)  # 相关解读 over one entry
            if single is not None:
                out.append(single)
            continue
        if len(el) < 2 or el not in linked:  # no repeated structure / no link inside
            continue
        # spacer rows and empty cells between entries (old table layouts) do not break the run
        children = [c for c in el if c in visible and (c in linked or _has_text(c))]
        if len(children) < 2:
            continue
        sigs = [_signature(c) for c in children]
        sig, n = Counter(sigs).most_common(1)[0]
        if n < 2 or sig[0] in ("br", "p", "option", "td", "span", "img"):
            continue
        items = [c for c, c_sig in zip(children, sigs, strict=True) if c_sig == sig and c in linked]
        if len(items) < 2 or len(items) < 0.6 * n:
            continue
        items = _grid_cells(items, linked) if sig[0] == "tr" else _grid_boxes(items, linked)
        titles = [t for t in (entry_title(it, anchor_texts) for it in items) if t]
        if len(titles) < 2:
            continue
        block = ListingBlock(el, items, titles, join, anchor_texts, position=order)
        block.heading = _heading(el)
        block.kind = _kind(block)
        out.append(block)
    _mark_menu_boxes(out)
    return out


def _single_related(el, join: Callable[[str], str], anchor_texts: Mapping | None, order: int) -> ListingBlock | None:
    """A list of one entry under a related heading (相关解读, 相关文件, Related): a related block all the
    same -- a document often has one interpretation."""
    heading = _heading(el)
    if not heading or not RELATED_HEAD_RE.search(heading) or PRODUCT_HEAD_RE.search(heading):
        return None
    title = entry_title(el[0], anchor_texts)
    if not title:
        return None
    return ListingBlock(el, [el[0]], [title], join, anchor_texts, kind="related", heading=heading, position=order)


def _mark_menu_boxes(blocks: list[ListingBlock]) -> None:
    """A "list" whose items are boxes of menus (a column of 法定主动公开内容 / 主题分类 / 信息公开 boxes,
    each a heading over its own list of links) is navigation: an item's title link lies inside
    another listing block within the item -- a card's title stands outside its row of tags."""
    roots = {id(b.root) for b in blocks if len(b.items) >= MENU_BOX_MIN_LINKS}  # a menu, not a [category] + title pair
    for block in blocks:
        if block.kind != "list":
            continue
        boxes = 0
        for it in block.items:
            link, _ = _title_link(it, block.texts)
            node = link.getparent() if link is not None and link is not it else None
            while node is not None and node is not it:
                if id(node) in roots:
                    boxes += 1
                    break
                node = node.getparent()
        if boxes >= MENU_BOX_SHARE * len(block.items):
            block.kind = "nav"


#: Share of a list's items whose title sits in a list of their own for the list to be a box of menus.
MENU_BOX_SHARE = 0.5
#: A menu inside such a box lists at least this many links.
MENU_BOX_MIN_LINKS = 3
#: A short link-less sibling right above a block is its heading (table layouts put it in its own row).
ROW_HEADING_MAX = 20


def _heading(root) -> str | None:
    """Heading text of a block: a heading-like element before it within its first ancestors."""
    node = root
    for _ in range(4):
        first = None
        for c in node:  # a heading child at the top of the block itself
            if not isinstance(c.tag, str):
                continue
            first = c
            break
        if first is not None and first is not root and _is_heading_el(first):
            t = clean(first.text_content())
            if 0 < len(t) <= 30:
                return t
        prev = node.getprevious()
        hops = 0
        while prev is not None and hops < 3:
            if isinstance(prev.tag, str):
                if _is_heading_el(prev):
                    t = clean(prev.text_content())
                    if 0 < len(t) <= 30:
                        return t
                    if t:
                        break
                elif _has_text(prev):  # a sibling with text (the article itself, often): stop, unread
                    pieces = list(islice((x for x in prev.itertext() if x.strip()), 2))  # one piece or more
                    t = clean(pieces[0]) if len(pieces) == 1 else ""
                    if t and len(t) <= ROW_HEADING_MAX and next(prev.iter("a"), None) is None:
                        return t  # one short title of its own (<tr><td>相关文章</td></tr> above the list's row)
                    break
            prev = prev.getprevious()
            hops += 1
        node = node.getparent()
        if node is None or tag_of(node) in ("body", "html"):
            break
    return None


def _shape(el) -> tuple[str, str]:
    """(tag, whole class attribute): an item's exact shape (a grid column ``span6`` keeps its digit)."""
    return tag_of(el), " ".join((el.get("class") or "").split())


def regrouped(block: ListingBlock, elements: list) -> ListingBlock:
    """A list split into groups of one shape (an archive by month, a feed by day, each group in its
    own box): one block of every group's items in page order (``elements``: the page's visible
    elements in document order); ``block`` itself when it stands alone. Only named shapes join (a
    class on the items and on their box): class-less ``<li>`` stand in every menu."""
    item_shape, box_shape = _shape(block.items[0]), _signature(block.root)
    if not item_shape[1] or not box_shape[1] or any(_shape(it) != item_shape for it in block.items):
        return block
    items = [el for el in elements if _shape(el) == item_shape
             and (box := el.getparent()) is not None and _signature(box) == box_shape]
    if len(items) <= len(block.items):
        return block
    titles = [t for t in (entry_title(it, block.texts) for it in items) if t]
    if len(titles) < len(items):  # a group whose items are no entries of this list
        return block
    return ListingBlock(block.root, items, titles, block.join, block.texts, kind=block.kind, heading=block.heading,
                        position=block.position)


def _grid_cells(rows: list, linked: set) -> list:
    """Table rows that each hold two or more linked cells (a two-column grid of entries) are read
    cell by cell, row after row; other rows stay items. The grid's last row may be partly filled
    (five entries in two columns)."""
    cells = [[c for c in row if tag_of(c) in ("td", "th") and c in linked] for row in rows]
    if cells and all(len(cs) >= 2 for cs in cells[:-1]) and cells[-1] and (len(cells) > 1 or len(cells[0]) >= 2):
        return [c for cs in cells for c in cs]
    return rows


#: Elements that may be the cells of a row of entries laid out in columns (not inline links/spans).
GRID_CELL_TAGS = frozenset({"div", "li", "section", "article", "dl", "figure"})


def _grid_boxes(rows: list, linked: set) -> list:
    """Rows of boxes that each hold two or more same-shaped linked box cells (a blog layout's
    ``items-row`` of two ``span6`` columns) are read cell by cell, row after row; the last row may
    hold one. Inline children (a title link beside a category link) are no cells."""
    cells = []
    for row in rows:
        boxes = [c for c in row if c in linked and tag_of(c) in GRID_CELL_TAGS]
        if not boxes or len({_signature(c) for c in boxes}) != 1:
            return rows
        cells.append(boxes)
    if all(len(cs) >= 2 for cs in cells[:-1]) and (len(cells) > 1 or len(cells[0]) >= 2) and \
            {_signature(cs[0]) for cs in cells} == {_signature(cells[0][0])}:
        return [c for cs in cells for c in cs]
    return rows


def _has_text(el) -> bool:
    """Whether ``el`` shows any non-blank text (what ``clean(el.text_content())`` would keep)."""
    return any(clean(chunk) for chunk in el.itertext())


def _is_heading_el(el) -> bool:
    t = tag_of(el)
    if t in ("h1", "h2", "h3", "h4", "h5", "h6", "dt", "strong", "b", "legend", "caption"):
        return True
    h = hint_of(el)
    return bool(h and HEADING_CLASS_RE.search(h)) or (t in ("div", "span", "p") and len(el) <= 3
                                                   and any(tag_of(c) in ("h2", "h3", "h4", "strong", "b")
                                                           for c in el))


def ancestor_hints(el, n: int = 4) -> str:
    """class/id hints of ``el`` and its first ancestors (and boilerplate tag names among them)."""
    parts = []
    node = el
    for _ in range(n):
        if node is None:
            break
        parts.append(hint_of(node))
        if tag_of(node) in BOILER_TAGS:
            parts.append(tag_of(node))
        node = node.getparent()
    return " ".join(p for p in parts if p)


def _kind(block: ListingBlock) -> str:
    titles = block.titles
    if len(block.items) <= 3 and any(PREV_NEXT_ENTRY_RE.match(clean(it.text_content())) for it in block.items):
        return "prev_next"
    if sum(1 for t in titles if PAGE_NUM_RE.match(t) or NEXT_PAGE_TEXT_RE.match(t) or t in PAGER_WORDS) \
            >= 0.5 * len(titles):
        return "pager"
    head = block.heading or ""
    if head and PRODUCT_HEAD_RE.search(head):
        return "sidebar"  # 相关商品: goods beside the article, no related news
    if head and RELATED_HEAD_RE.search(head) and (
            RELATED_OPENING_HEAD_RE.match(head) or not SIDEBAR_HEAD_RE.search(head.replace("推荐阅读", ""))):
        return "related"
    hints = ancestor_hints(block.root)
    if head and SIDEBAR_HEAD_RE.search(head):
        return "sidebar"
    avg = sum(len(t) for t in titles) / len(titles)
    if NAV_CLASS_RE.search(hints) or avg < 7:
        return "nav"
    if _people_links(block) >= PEOPLE_LINK_SHARE:
        return "nav"  # posts or comments, each led by its writer's link: a thread, no list of articles
    if SIDEBAR_CONTAINER_RE.search(hints):
        return "sidebar"
    if RELATED_CLASS_RE.search(hints):
        return "related"
    if SIDEBAR_CLASS_RE.search(hints) and not _in_wide_column(block.root):
        return "sidebar"
    return "list"


def _in_wide_column(el, levels: int = 4) -> bool:
    """Whether ``el`` sits in a layout column declared wide (``<td width="780" class="right">``: an
    old table layout's main column, named by its side like the narrow one beside it)."""
    node = el
    for _ in range(levels):
        if node is None:
            return False
        width = (node.get("width") or "").strip()
        if width.isdigit() and int(width) >= WIDE_COLUMN_MIN_PX:
            return True
        node = node.getparent()
    return False


def _people_links(block: ListingBlock) -> float:
    """Share of the block's items whose title link goes to a person's page (a member's space, an
    author page): a forum thread's posts, a comment list."""
    people = 0
    for it in block.items:
        link, _ = _title_link(it, block.texts)
        if link is not None and AUTHOR_HREF_RE.search(link.get("href") or ""):
            people += 1
    return people / len(block.items) if block.items else 0.0


# ---------------------------------------------------------------- entries
#: A card whose links say less than this beside a text-less link laid over it takes its heading as title.
STRETCHED_LINK_MAX_TEXT = 8
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5")


def _title_link(item, texts: Mapping | None = None):
    """(element, text) of the entry's title link: the <a> with the longest text (``texts``: the
    page's anchor texts, already read once)."""
    best = None
    best_t = ""
    blank = None  # a text-less link laid over the whole card (a "stretched link")
    titled = False
    for a in item.iter("a"):  # the item itself first when it is a link
        if texts is not None and a in texts:
            t = texts[a]
        else:
            href = (a.get("href") or "").strip()
            if not href or href.startswith(("javascript", "#", "mailto:")):
                continue
            t = clean(a.text_content())
        t = t or clean(a.get("title") or "")
        if not t and blank is None and (a.get("href") or "").strip():
            blank = a
        if READ_MORE_RE.match(t) or DATE_ONLY_TEXT_RE.match(t):  # 阅读全文 / a last-post date link: no title
            continue
        cls = a.get("class")
        if cls and EXCERPT_LINK_CLASS_RE.search(cls):  # the excerpt's link: not the title
            continue
        if cls and t and ENTRY_TITLE_CLASS_RE.search(cls) and not titled:
            titled = True  # a link classed as the title beats longer ones (a cover's alt, a tag)
            best, best_t = a, t
            continue
        if len(t) > len(best_t) and not titled:
            best, best_t = a, t
    if best is not None and best_t.endswith(("...", "…", "..")):  # a cut title: the full one in title=
        raw = best.get("title") or ""
        cut = best_t.rstrip(".…").rstrip()
        # a tooltip of labelled lines (标题：X / 作者：Y / 点击数：Z): the title's own line
        for line in (*raw.splitlines(), raw):
            full = clean(TOOLTIP_TITLE_LABEL_RE.sub("", line.strip(), count=1))
            if len(full) > len(cut) and full.startswith(cut):
                best_t = full
                break
    if blank is not None and len(best_t) < STRETCHED_LINK_MAX_TEXT:
        heading = next((h for h in item.iter(*HEADING_TAGS)), None)  # the card's title is its heading
        title = clean(heading.text_content()) if heading is not None else ""
        if len(title) > len(best_t):
            return blank, title
    return best, best_t


def _pieces(item) -> list[tuple[str, str, object]]:
    """Visible text pieces of an item with the class hints of their element (and its parent).

    One C-level walk (lxml ``iterwalk``, hidden and script subtrees skipped): every entry of
    every listing block is read this way."""
    out: list[tuple[str, str, object]] = []
    stack: list[object] = []
    skipped = None  # the element whose subtree was just skipped (its end event follows at once)
    events = etree.iterwalk(item, events=("start", "end", "comment", "pi"))
    for ev, x in events:
        if ev == "start":
            if x is not item and default_skip(x, x.tag.lower()):
                events.skip_subtree()
                skipped = x
                continue
            stack.append(x)
            text = x.text
        elif ev == "end":
            if x is skipped:
                skipped = None
            else:
                stack.pop()
            if x is item:
                continue
            text = x.tail
        else:  # a comment or a processing instruction: only its tail is text
            text = x.tail
        if text and stack:
            t = clean(text)
            if t:
                el = stack[-1]
                parent = el.getparent() if el is not item else None
                hint = hint_of(el) + " " + (hint_of(parent) if parent is not None else "")
                out.append((t, hint, el))
    return out


def _title_child(item) -> tuple[object, str] | tuple[None, None]:
    """(element, text) of a whole-link item's heading-ish child (its title), if any."""
    for el in item.iter():
        if el is item or not isinstance(el.tag, str):
            continue
        if tag_of(el) in ("h1", "h2", "h3", "h4", "strong") or ENTRY_TITLE_CLASS_RE.search(hint_of(el)):
            t = clean(el.text_content())
            if t:
                return el, t
    return None, None


def entry_title(item, texts: Mapping | None = None) -> str | None:
    """The title an item's entry will have (without reading its other pieces), or None when
    the item has no title link."""
    link, title = _title_link(item, texts)
    if link is None or not title:
        return None
    if link is item:
        title = _title_child(item)[1] or title
    head, sep, last = title.rpartition(" ")
    return head.strip() if sep and last in CATEGORY_WORDS and head else title


def _entry(item, join: Callable[[str], str], texts: Mapping | None = None,
           channels: frozenset[str] = frozenset()) -> RawRelated | None:
    link, title = _title_link(item, texts)
    if link is None or not title or title in PAGER_WORDS or NEXT_PAGE_TEXT_RE.match(title):
        return None  # a pager row in the entries' table ([下一页] [尾页]) is no entry
    href = link.get("href").strip()
    entry = RawRelated(title=title, url=join(href))
    title_el = None
    card = link is item or (len(link) > 0 and next(link.iter(*HEADING_TAGS), None) is not None)
    if card:  # the item, or a link around a whole card: the title is its heading-ish child
        title_el, child_title = _title_child(link)
        if title_el is not None:
            entry.title = child_title
    in_title = {id(e) for e in (title_el if title_el is not None else link).iter()}
    pieces = [(t, h, el) for t, h, el in _pieces(item) if id(el) not in in_title]
    if link is item and title_el is None and pieces:  # no heading child: longest piece is the title
        longest = max(pieces, key=lambda p: len(p[0]))
        entry.title = longest[0]
        pieces = [p for p in pieces if p is not longest]
    label = None
    day = None
    for t, h, el in pieces:
        if len(t) > 40:
            continue  # description
        if not any(ch.isalnum() for ch in t):
            continue  # a bracket or a separator around another piece
        if entry.category is None and len(t) <= 12 and _bracketed_link(el, t):
            entry.category = t  # [<a href="/news/list-3.html">企业新闻</a>] before the title
            continue
        m = ENTRY_LABEL_RE.match(t)
        if m:
            label = m.group(1)
            continue
        if label:
            lab, label = label, None
            if lab in ("日期", "时间", "发布") and entry.date_raw is None:
                entry.date_raw = t
            elif lab in ("点击", "阅读", "浏览", "人气") and entry.views_raw is None:
                entry.views_raw = t
            continue
        if DAY_RE.match(t) and (DAY_CLASS_RE.search(h) or (day is None and entry.date_raw is None)):
            day = t
            continue
        if MONTH_YEAR_RE.match(t):
            entry.date_raw = f"{day} {t}" if day else t
            day = None
            continue
        if day is not None and entry.views_raw is None and not DAY_CLASS_RE.search(h) and VIEWS_CLASS_RE.search(h):
            entry.views_raw, day = day, None  # a lone small number not followed by a month: a count
        if entry.date_raw is None and ENTRY_DATE_RE.match(t):
            entry.date_raw = t.strip("[]()（）【】")
            continue
        if entry.date_raw is None and (m := ENTRY_DATE_LABEL_RE.match(t)) \
                and ENTRY_DATE_RE.match(t[m.end():]):
            entry.date_raw = t  # 发布于：2025-5-23 (the label kept: the raw text as shown)
            continue
        if entry.date_raw is None and ENTRY_WORD_DATE_RE.match(t):
            entry.date_raw = t
            continue
        if ENTRY_VIEWS_RE.match(t) and entry.views_raw is None:
            entry.views_raw = t
            continue
        if ENTRY_COUNT_RE.match(t):
            if entry.views_raw is None and (VIEWS_CLASS_RE.search(h) or not _before(el, link)):
                entry.views_raw = t
            continue
        if len(t) <= 12:
            if ENTRY_CATEGORY_CLASS_RE.search(h) and entry.category is None:
                entry.category = t
            elif TAG_CLASS_RE.search(h) and entry.tag is None:
                if t in CATEGORY_WORDS and entry.category is None:
                    entry.category = t
                else:
                    entry.tag = t
            elif t in CATEGORY_WORDS and entry.category is None:
                entry.category = t
            elif entry.category is None and t in channels and tag_of(el) != "a":
                entry.category = t  # <span>政策解读</span> on a card, a channel the site's menu links to
            elif entry.date_raw is not None and entry.views_raw is None and entry.tag is None:
                entry.tag = t  # a label between the date and the count: the brand tag
    if entry.category is None:  # 'TITLE 新闻' written inside the link
        head, sep, last = entry.title.rpartition(" ")
        if sep and last in CATEGORY_WORDS and head:
            entry.title, entry.category = head.strip(), last
    return entry


def _bracketed_link(el, text: str) -> bool:
    """A link whose whole text stands in brackets (``[<a>企业新闻</a>]``): an entry's channel label."""
    if tag_of(el) != "a" or clean(el.text_content()) != text:
        return False
    return text_before(el).rstrip().endswith(("[", "【", "［")) and (el.tail or "").lstrip().startswith(("]", "】", "］"))


def _before(el, link) -> bool:
    """Whether ``el`` comes before ``link`` in document order (rank numbers sit before titles)."""
    return any(x is el or any(d is el for d in x.iter()) for x in link.itersiblings(preceding=True))



"""Repeated sibling structures with links: related-news blocks, list-page entries, pagination.

A *listing block* is an element whose children (2+) share one shape (tag + class) and each
carry a link -- how every CMS renders related lists, article lists, sidebars, menus and
pagers. Each block gets a kind guess from its heading (相关新闻 vs 热门排行), class names
and the shape of its entries (short menu words, 上一篇/下一篇, page numbers). Entry fields
are read from the text pieces around the title link by pattern and class hint
(day/month, 阅读 counts, brand/type labels, 日期：/点击： labels).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from parsel import Selector

from autoparts_crawler.extraction.blocks import (
    BOILER_TAGS,
    END,
    START,
    TEXT,
    clean,
    default_skip,
    hint_of,
    tag_of,
    walk,
)
from autoparts_crawler.extraction.textdump import CATEGORY_WORDS, DAY_RE, MONTH_YEAR_RE
from autoparts_crawler.records.raw import RawListing, RawRelated
from autoparts_crawler.web.urls import safe_urljoin

RELATED_HEAD_RE = re.compile(
    r"相关(?:新闻|阅读|文章|推荐|资讯|报道|内容|链接)|推荐阅读|延伸阅读|猜你喜欢|相关|"
    r"related|you (?:may|might) also|read (?:more|next)|more (?:stories|news)",
    re.I,
)
SIDEBAR_HEAD_RE = re.compile(
    r"热门|排行|最新|热点|热读|热评|点击榜|阅读榜|精彩|编辑推荐|推荐内容|今日|本周|本月|图片|视频|专题|"
    r"popular|most read|trending|latest",
    re.I,
)
RELATED_HINT_RE = re.compile(r"relat|xiangguan|xgwz|(?:^|[\s_-])recs?(?:$|[\s_-])|recommend|tuijian|similar|also", re.I)
SIDEBAR_HINT_RE = re.compile(r"\bhot|rank|paihang|side|commend|\bright\b|pright|\bfr\b|latest|newest|popular", re.I)
NAV_HINT_RE = re.compile(r"\bnav|menu|header|topbar|footer|crumb|flink|friend|links?\b|tabs?\b", re.I)
PAGER_HINT_RE = re.compile(r"page|pager|pagination|pagelist|fenye", re.I)
HEAD_HINT_RE = re.compile(r"(?:^|[\s_-])(?:hd|head|header|title|tit|mod-hd|caption|bt)(?:$|[\s_-])", re.I)
PREV_NEXT_RE = re.compile(r"^\s*(?:上一篇|下一篇|上一条|下一条|前一篇|后一篇|previous|next)\s*[：:]?", re.I)
NEXT_TEXT_RE = re.compile(r"^(?:下一页|下页|next|next page|›|»|>|后页)$", re.I)
PAGE_NUM_RE = re.compile(r"^\d{1,4}$")
LABEL_RE = re.compile(r"^(日期|时间|发布|点击|阅读|浏览|人气|好评|评论|赞|来源|作者)\s*[：:]?$")
DATE_PIECE_RE = re.compile(
    r"^(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|"
    r"\d{1,2}[-/月]\d{1,2}日?(?:\s+\d{1,2}:\d{2})?|\d+\s*(?:秒|分钟|小时|天|周|个月)前|刚刚|"
    r"(?:今天|昨天|前天)\s*\d{1,2}:\d{2}|[\[(（【]?(?:19|20)\d{2}-\d{1,2}-\d{1,2}[\])）】]?)$"
)
VIEWS_PIECE_RE = re.compile(
    r"^(?:\d[\d,]*(?:\.\d+)?\s*[万千wWkK]?\+?)\s*(?:次?阅读|人阅读|次?浏览|次点击|次|views?)$|"
    r"^(?:阅读|浏览|点击|人气|views?)\s*[：:]?\s*\d[\d,]*(?:\.\d+)?\s*[万千wWkK]?\+?\s*次?$",
    re.I,
)
COUNT_RE = re.compile(r"^\d[\d,]*(?:\.\d+)?\s*[万千wWkK]?\+?$")
VIEWS_HINT_RE = re.compile(r"num|view|click|hits|count|read|pv|浏览", re.I)
CATEGORY_HINT_RE = re.compile(r"type|cate|channel|lanmu|column|(?:^|[\s_-])tag(?:$|[\s_-])|\bsort\b", re.I)
TAG_HINT_RE = re.compile(r"brand|\btag\b|label|badge", re.I)
DAY_HINT_RE = re.compile(r"\bday\b", re.I)


@dataclass(slots=True)
class ListingBlock:
    """A run of same-shaped sibling elements that each carry a link."""

    root: object  # the parent element (lxml)
    items: list  # the repeated child elements
    entries: list[RawRelated] = field(default_factory=list)
    kind: str = "list"  # related | list | nav | prev_next | sidebar | pager | footer
    heading: str | None = None
    position: int = 0  # document order of root


# ---------------------------------------------------------------- discovery
def _signature(el) -> tuple[str, str]:
    cls = (el.get("class") or "").split()
    return tag_of(el), cls[0] if cls else ""


def _has_link(el) -> bool:
    if tag_of(el) == "a" and el.get("href"):
        return True
    return any(a.get("href") for a in el.iter("a"))


def find_listing_blocks(sel: Selector, url: str) -> list[ListingBlock]:
    """All listing blocks of the page in document order, each with entries and a kind guess."""
    root = sel.root
    out: list[ListingBlock] = []
    order = 0
    for ev, el in walk(root, default_skip):
        if ev != START:
            continue
        order += 1
        children = [c for c in el if isinstance(c.tag, str) and not default_skip(c, tag_of(c))]
        if len(children) < 2:
            continue
        groups = Counter(_signature(c) for c in children)
        sig, n = groups.most_common(1)[0]
        if n < 2 or sig[0] in ("br", "p", "option", "td", "span", "img"):
            continue
        items = [c for c in children if _signature(c) == sig and _has_link(c)]
        if len(items) < 2 or len(items) < 0.6 * n:
            continue
        block = ListingBlock(el, items, position=order)
        block.entries = [e for e in (_entry(it, url) for it in items) if e is not None]
        if len(block.entries) < 2:
            continue
        block.heading = _heading(el)
        block.kind = _kind(block)
        out.append(block)
    return out


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
                t = clean(prev.text_content())
                if t and _is_heading_el(prev) and len(t) <= 30:
                    return t
                if t:
                    break
            prev = prev.getprevious()
            hops += 1
        node = node.getparent()
        if node is None or tag_of(node) in ("body", "html"):
            break
    return None


def _is_heading_el(el) -> bool:
    t = tag_of(el)
    if t in ("h1", "h2", "h3", "h4", "h5", "h6", "dt", "strong", "b", "legend", "caption"):
        return True
    h = hint_of(el)
    return bool(h and HEAD_HINT_RE.search(h)) or (t in ("div", "span", "p") and len(el) <= 3
                                                   and any(tag_of(c) in ("h2", "h3", "h4", "strong", "b")
                                                           for c in el))


def _ancestor_hints(el, n: int = 4) -> str:
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
    titles = [e.title for e in block.entries]
    if sum(1 for it in block.items if PREV_NEXT_RE.match(clean(it.text_content()))) >= 1 and len(block.items) <= 3:
        return "prev_next"
    if sum(1 for t in titles if PAGE_NUM_RE.match(t) or NEXT_TEXT_RE.match(t) or t in ("首页", "尾页", "末页", "上一页")) \
            >= 0.5 * len(titles):
        return "pager"
    head = block.heading or ""
    if head and RELATED_HEAD_RE.search(head) and not SIDEBAR_HEAD_RE.search(head.replace("推荐阅读", "")):
        return "related"
    hints = _ancestor_hints(block.root)
    if head and SIDEBAR_HEAD_RE.search(head):
        return "sidebar"
    avg = sum(len(t) for t in titles) / len(titles)
    if NAV_HINT_RE.search(hints) or avg < 7:
        return "nav"
    if RELATED_HINT_RE.search(hints):
        return "related"
    if SIDEBAR_HINT_RE.search(hints):
        return "sidebar"
    return "list"


# ---------------------------------------------------------------- entries
def _title_link(item):
    """(element, text) of the entry's title link: the <a> with the longest text."""
    best = None
    best_t = ""
    anchors = [item] if tag_of(item) == "a" else []
    anchors += list(item.iter("a"))
    for a in anchors:
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("javascript", "#", "mailto:")):
            continue
        t = clean(a.text_content()) or clean(a.get("title") or "")
        if len(t) > len(best_t):
            best, best_t = a, t
    return best, best_t


def _pieces(item) -> list[tuple[str, str, object]]:
    """Visible text pieces of an item with the class hints of their element (and its parent)."""
    out: list[tuple[str, str, object]] = []
    stack: list[object] = []
    for ev, x in walk(item, default_skip):
        if ev == START:
            stack.append(x)
        elif ev == END:
            stack.pop()
        elif ev == TEXT and stack:
            t = clean(x)
            if t:
                el = stack[-1]
                parent = el.getparent() if el is not item else None
                hint = hint_of(el) + " " + (hint_of(parent) if parent is not None else "")
                out.append((t, hint, el))
    return out


def _entry(item, url: str) -> RawRelated | None:
    link, title = _title_link(item)
    if link is None or not title:
        return None
    href = link.get("href").strip()
    entry = RawRelated(title=title, url=safe_urljoin(url, href))
    title_el = None
    if link is item:  # the whole item is a link: the title is its heading-ish child
        for el in item.iter():
            if el is item or not isinstance(el.tag, str):
                continue
            if tag_of(el) in ("h1", "h2", "h3", "h4", "strong") or re.search(
                    r"(?:^|\s)(?:t|tit|title)(?:$|\s)", hint_of(el)):
                t = clean(el.text_content())
                if t:
                    entry.title, title_el = t, el
                    break
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
        m = LABEL_RE.match(t)
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
        if DAY_RE.match(t) and (DAY_HINT_RE.search(h) or (day is None and entry.date_raw is None)):
            day = t
            continue
        if MONTH_YEAR_RE.match(t):
            entry.date_raw = f"{day} {t}" if day else t
            day = None
            continue
        if day is not None and entry.views_raw is None and not DAY_HINT_RE.search(h) and VIEWS_HINT_RE.search(h):
            entry.views_raw, day = day, None  # a lone small number not followed by a month: a count
        if entry.date_raw is None and DATE_PIECE_RE.match(t):
            entry.date_raw = t.strip("[]()（）【】")
            continue
        if VIEWS_PIECE_RE.match(t) and entry.views_raw is None:
            entry.views_raw = t
            continue
        if COUNT_RE.match(t):
            if entry.views_raw is None and (VIEWS_HINT_RE.search(h) or not _before(el, link)):
                entry.views_raw = t
            continue
        if len(t) <= 12:
            if CATEGORY_HINT_RE.search(h) and entry.category is None:
                entry.category = t
            elif TAG_HINT_RE.search(h) and entry.tag is None:
                if t in CATEGORY_WORDS and entry.category is None:
                    entry.category = t
                else:
                    entry.tag = t
            elif t in CATEGORY_WORDS and entry.category is None:
                entry.category = t
            elif entry.date_raw is not None and entry.views_raw is None and entry.tag is None:
                entry.tag = t  # a label between the date and the count: the brand tag
    if entry.category is None:  # 'TITLE 新闻' written inside the link
        head, sep, last = entry.title.rpartition(" ")
        if sep and last in CATEGORY_WORDS and head:
            entry.title, entry.category = head.strip(), last
    return entry


def _before(el, link) -> bool:
    """Whether ``el`` comes before ``link`` in document order (rank numbers sit before titles)."""
    return any(x is el or any(d is el for d in x.iter()) for x in link.itersiblings(preceding=True))


# ---------------------------------------------------------------- public API
def extract_related(sel: Selector, url: str) -> list[RawRelated]:
    """Entries of the page's related-news block (headed 相关新闻/相关阅读/... or named so).

    Not prev/next, not sidebars (热门排行/最新文章), not navigation.
    """
    blocks = find_listing_blocks(sel, url)
    related = [b for b in blocks if b.kind == "related"] or _unheaded_related(sel, url, blocks)
    if not related:
        return []
    # the first related block (nested duplicates collapse into the outermost run)
    best = related[0]
    seen: set[str] = set()
    out = []
    for e in best.entries:
        key = e.url or e.title
        if key in seen:
            continue
        seen.add(key)
        out.append(e)
    return out


def _unheaded_related(sel: Selector, url: str, blocks: list[ListingBlock]) -> list[ListingBlock]:
    """A heading-less related list: the first list-shaped block right after the article body whose
    entries carry their own metadata (date, count or category word) -- the seed portal's layout."""
    from autoparts_crawler.extraction.generic import (
        _analyze,  # generic imports this module; import late to avoid a cycle
    )

    page = _analyze(sel, url)
    if not page.body_idx:
        return []
    body_end = page.blocks[page.body_idx[-1]].el
    order = {el: i for i, el in enumerate(sel.root.iter())}
    end = order.get(body_end)
    if end is None:
        return []
    for block in blocks:
        if block.kind != "list" or len(block.entries) < 3 or order.get(block.root, -1) <= end:
            continue
        with_meta = sum(1 for e in block.entries if e.date_raw or e.views_raw or e.category)
        if with_meta >= 0.8 * len(block.entries):
            return [block]
    return []


def extract_list_page(sel: Selector, url: str) -> RawListing:
    """Article entries of a list page (the biggest list-like block) and its pagination URLs."""
    blocks = find_listing_blocks(sel, url)
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
    listing.next_page_urls = pagination_urls(sel, url)
    return listing


def pagination_urls(sel: Selector, url: str) -> list[str]:
    """下一页/next and page-number links of the page's pager(s), absolute, in order, deduplicated."""
    out: list[str] = []
    for a in sel.root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("javascript", "#", "mailto:")):
            continue
        t = clean(a.text_content())
        if not (NEXT_TEXT_RE.match(t) or PAGE_NUM_RE.match(t) or t in ("尾页", "末页")):
            continue
        if PAGE_NUM_RE.match(t) and not PAGER_HINT_RE.search(_ancestor_hints(a, 3)):
            continue
        target = safe_urljoin(url, href)
        if target != url and target not in out:
            out.append(target)
    return out

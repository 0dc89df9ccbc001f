"""One analysis per page, built once and passed explicitly to every extractor.

:class:`PageAnalysis` holds what the classifier, the generic field extractors, the related /
list extraction and the profile fallbacks all read: the text blocks of one walk over the page,
the boilerplate marks and body choice, the headline, meta tags, JSON-LD, ``<time>``, the
anchors and the listing blocks. Each part is computed on first use and kept on the object for
the rest of the page's callback (a profiled page whose selectors all match never walks the
page); nothing is kept at module level, so no parsed tree outlives its page and threads share
nothing (the fundus ``Precomputed`` idea).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlsplit

from lxml import etree
from parsel import Selector

from autoparts_crawler.extraction.blocks import (
    Block,
    ElementSpans,
    boiler_flags,
    clean,
    fix_mojibake,
    hint_of,
    is_hidden,
    looks_mojibake,
    spaced_text,
    stylesheet_hidden_classes,
    tag_of,
    text_blocks,
)
from autoparts_crawler.extraction.body import BodyChoice, block_values, choose_body, is_meta_line
from autoparts_crawler.extraction.listing import ListingBlock, find_listing_blocks
from autoparts_crawler.extraction.pager import page_number
from autoparts_crawler.extraction.title import (
    fallback_title,
    find_title,
    headline_above_meta,
    self_linked_headline,
)
from autoparts_crawler.extraction.vocabulary import (
    ANY_DATE_RE,
    BILINGUAL_LABEL_RE,
    KICKER_MAX_CHARS,
    LABEL_ONLY_LINE_RE,
    LABEL_VALUE_MAX_LEN,
    LABEL_VALUE_STOP_RE,
    LATIN_BYLINE_RE,
    LENIENT_RETRY_BELOW,
    LOGO_MAX_TEXT,
    LOGO_XPATH,
    META_LABEL_RE,
    NAMELESS_RETRY_BELOW,
    PAGE_SECTION_RE,
    PRE_TITLE_BLOCKS,
    PRE_TITLE_MAX_CHARS,
    RETRY_GAIN,
    RETRY_MARGIN,
    SITE_BRAND_MIN_CHARS,
    SITE_CHANNEL_SPLIT_RE,
    SITE_NAME_MAX_CHARS,
    SITE_NAME_META,
    ZONE_HEAD_LINES,
    ZONE_MAX_LINES,
    ZONE_PIECE_MAX_CHARS,
    ZONE_TAIL_LINES,
)
from autoparts_crawler.web.urls import document_base_url, url_joiner

# document-wide queries, compiled once (parsel would compile and wrap the result on every call)
TITLE_TEXT_XPATH = etree.XPath("//title/text()")
JSONLD_TEXT_XPATH = etree.XPath('//script[@type="application/ld+json"]/text()')
TIME_DATETIME_XPATH = etree.XPath("//time/@datetime")
TIME_STRING_XPATH = etree.XPath("string(//time)")
CANONICAL_HREF_XPATH = etree.XPath('//link[@rel="canonical"]/@href')
OG_TYPE_XPATH = etree.XPath('//meta[@property="og:type"]/@content')
LOGO_ELEMENTS_XPATH = etree.XPath(LOGO_XPATH)


def first_result(xpath: etree.XPath, root) -> str | None:
    """The first string ``xpath`` finds under ``root`` (a parsel ``.get()``), else None."""
    found = xpath(root)
    return str(found[0]) if found else None


@dataclass(slots=True)
class Layout:
    """The page as text blocks, with the boilerplate marks and the body choice they led to."""

    blocks: list[Block]
    elements: list  #: every visible element in document order (one walk for blocks and listings)
    title: str | None
    choice: BodyChoice


@dataclass(slots=True)
class Anchor:
    """One ``<a href>`` of the page: element, href as written, visible text, absolute URL."""

    el: object
    href: str
    text: str
    url: str


class PageAnalysis:
    """Everything extractors share about one page (see module docstring)."""

    def __init__(self, sel: Selector, url: str) -> None:
        self.sel = sel
        self.url = url or ""
        self.root = sel.root
        self._absolute: dict[str, str] = {}  # href -> absolute URL (menus repeat their links)

    # --- document-level facts ----------------------------------------------------------
    @cached_property
    def base_url(self) -> str:
        """What relative links resolve against: ``<base href>``, else the page URL."""
        return document_base_url(self.root, self.url)

    def absolute(self, href: str) -> str:
        """``href`` resolved against :attr:`base_url` ("" when unparseable)."""
        url = self._absolute.get(href)
        if url is None:
            url = self._absolute[href] = self._join(href)
        return url

    @cached_property
    def _join(self) -> Callable[[str], str]:
        return url_joiner(self.base_url)

    @cached_property
    def page_number(self) -> int:
        """1 for a first (or only) page, N for page N of a split article."""
        return page_number(self.url)[1] if self.url else 1

    @cached_property
    def head_title(self) -> str:
        return clean(first_result(TITLE_TEXT_XPATH, self.root))

    @cached_property
    def meta_tags(self) -> dict[str, str]:
        """``<meta property|name|itemprop=K content=V>``: the first content per key, in page order."""
        out: dict[str, str] = {}
        if not hasattr(self.root, "iter"):
            return out
        for el in self.root.iter("meta"):
            content = el.get("content")
            if content is None:
                continue
            for attr in ("property", "name", "itemprop"):
                key = el.get(attr)
                if key and key not in out:
                    out[key] = content
        return out

    @cached_property
    def declared_site_names(self) -> frozenset[str]:
        """The site's name as the page declares it: site-name meta tags, the logo's text or alt."""
        names = {clean(self.meta_tags.get(key) or "") for key in SITE_NAME_META}
        if hasattr(self.root, "xpath"):
            for logo in LOGO_ELEMENTS_XPATH(self.root):  # the logo's text and its images' alt
                if logo.tag in ("body", "html") or len(logo.text_content()) > LOGO_MAX_TEXT:
                    continue  # <body class="is-head-left-logo">: a theme flag on the page, no logo
                names.update(clean(t) for t in logo.itertext() if t.strip())
                names.update(clean(img.get("alt") or "") for img in logo.iter("img"))
        return frozenset(n for n in names if n and len(n) <= SITE_NAME_MAX_CHARS)

    @cached_property
    def site_names(self) -> frozenset[str]:
        """What the page may call its site: :attr:`declared_site_names` and the document title's
        last part after a separator (usually the site; sometimes the headline after a column)."""
        names = set(self.declared_site_names)
        head = self.head_title
        for sep in ("_", "|", "｜", " - ", "——", "-"):
            if sep in head:
                names.add(head.rsplit(sep, 1)[-1].strip())
        return frozenset(n for n in names if n and len(n) <= SITE_NAME_MAX_CHARS)

    def meta(self, *names: str) -> str | None:
        """The first of ``names`` with a non-blank meta content, whitespace-collapsed."""
        tags = self.meta_tags
        for n in names:
            v = tags.get(n)
            if v and v.strip():
                return clean(v)
        return None

    @cached_property
    def jsonld_texts(self) -> list[str]:
        """The text of every ``<script type="application/ld+json">``, as written."""
        return [str(t) for t in JSONLD_TEXT_XPATH(self.root)]

    @cached_property
    def jsonld(self) -> list[dict]:
        """Every JSON-LD object of the page (``@graph`` and lists flattened)."""
        out: list[dict] = []
        for raw in self.jsonld_texts:
            try:
                data = json.loads(raw)
            except ValueError:
                continue
            stack = [data]
            while stack:
                d = stack.pop()
                if isinstance(d, list):
                    stack.extend(d)
                elif isinstance(d, dict):
                    if "@graph" in d:
                        stack.append(d["@graph"])
                    out.append(d)
        return out

    def ld(self, key: str):
        """``key`` of the Article/Posting JSON-LD object, else of any object that has it."""
        for d in self.jsonld:
            t = d.get("@type")
            types = t if isinstance(t, list) else [t]
            if key in d and any(isinstance(x, str) and ("Article" in x or "Posting" in x) for x in types):
                return d[key]
        for d in self.jsonld:
            if key in d:
                return d[key]
        return None

    @cached_property
    def time_datetime(self) -> str | None:
        """``datetime`` of the page's first ``<time datetime>``."""
        v = first_result(TIME_DATETIME_XPATH, self.root)
        return v if v and v.strip() else None

    @cached_property
    def time_text(self) -> str:
        """Visible text of the page's first ``<time>``."""
        return clean(str(TIME_STRING_XPATH(self.root)))

    @cached_property
    def anchors(self) -> list[Anchor]:
        """Every followable ``<a href>`` (no javascript:/#/mailto:), in page order."""
        out: list[Anchor] = []
        if not hasattr(self.root, "iter"):
            return out
        for a in self.root.iter("a"):
            href = (a.get("href") or "").strip()
            if not href or href.startswith(("javascript", "#", "mailto:")):
                continue
            out.append(Anchor(a, href, clean(a.text_content()), ""))
        return out

    @cached_property
    def anchor_texts(self) -> dict:
        """Followable anchor element -> its visible text (read once for every extractor)."""
        return {a.el: a.text for a in self.anchors}

    @cached_property
    def self_link_texts(self) -> frozenset[str]:
        """Texts of the links that lead to this page itself (its URL, or its path when the link
        has no query: ``content_1.htm`` on ``content_1.htm?div=-1``)."""
        if not self.url:
            return frozenset()
        own = urlsplit(self.url)
        out = set()
        for a in self.anchors:
            if not a.text or "#" in a.href:
                continue
            target = urlsplit(self.anchor_url(a))
            if target.netloc == own.netloc and target.path == own.path and target.query in (own.query, ""):
                out.add(a.text)
        return frozenset(out)

    @cached_property
    def image_map_urls(self) -> frozenset[str]:
        """Absolute URLs of the page's image-map areas (``<map><area href>``): a newspaper page's
        picture links each article printed on it."""
        if not hasattr(self.root, "iter"):
            return frozenset()
        out = set()
        for area in self.root.iter("area"):
            href = (area.get("href") or "").strip()
            if href and not href.startswith(("javascript", "#", "mailto:")):
                out.add(self.absolute(href))
        return frozenset(u for u in out if u)

    def anchor_url(self, anchor: Anchor) -> str:
        """An anchor's absolute URL (resolved on demand: most anchors are never followed)."""
        if not anchor.url:
            anchor.url = self.absolute(anchor.href)
        return anchor.url

    # --- layout: blocks, boilerplate, body, headline ---------------------------------
    @cached_property
    def layout(self) -> Layout:
        return _build_layout(self)

    @property
    def blocks(self) -> list[Block]:
        return self.layout.blocks

    @property
    def title(self) -> str | None:
        return self.layout.title

    @property
    def body(self) -> BodyChoice:
        return self.layout.choice

    @property
    def body_idx(self) -> list[int]:
        return self.layout.choice.body_idx

    @property
    def first_body(self) -> int:
        return self.layout.choice.first_body

    @property
    def last_body(self) -> int:
        return self.layout.choice.last_body

    @property
    def title_idx(self) -> int | None:
        return self.layout.choice.title_idx

    @cached_property
    def element_order(self) -> dict[int, int]:
        """id(element) -> position in document order (visible elements only)."""
        return {id(el): i for i, el in enumerate(self.layout.elements)}

    @cached_property
    def listing_blocks(self) -> list[ListingBlock]:
        """Repeated link structures (related lists, article lists, menus, pagers), once per page."""
        return find_listing_blocks(self.layout.elements, self.absolute, self.anchor_texts)

    @cached_property
    def entry_item_ids(self) -> frozenset[int]:
        """id() of every item element of the page's lists of entries (related, sidebar, article
        lists; not menus or pagers, not a layout column holding the article's text): text inside one
        belongs to another article (its 508评论)."""
        body = self.body_idx
        holding_body = {id(el) for el in self.blocks[body[0]].path} if body else set()  # a layout column
        return frozenset(id(it) for lb in self.listing_blocks if lb.kind in ("related", "sidebar", "list")
                         for it in lb.items if id(it) not in holding_body)

    def in_entry(self, block: Block) -> bool:
        """Whether ``block`` sits inside an entry of a list (see :attr:`entry_item_ids`)."""
        ids = self.entry_item_ids
        return bool(ids) and any(id(el) in ids for el in block.path)

    # --- zones around the body, for the metadata extractors ------------------------------
    def zone(self) -> list[str]:
        """Lines between the headline and the body start (or the lines just before the body);
        computed once (every credit, date and counter extractor reads them). A copy: callers may
        extend it."""
        return list(self._zone)

    @cached_property
    def _zone(self) -> tuple[str, ...]:
        b = self.blocks
        c = self.body
        start = c.title_idx + 1 if c.title_idx is not None else max(0, c.first_body - 8)
        end = c.body_idx[0] if c.body_idx else c.first_body
        lines = [spaced_text(x) for x in b[start:end] if len(x.text) <= 200]  # fields of one line kept apart
        rest = self.title_rest()
        if rest:  # <h1>TITLE<span>DATE 来源：X</span></h1>
            lines.insert(0, rest)
        if c.body_idx:  # meta lines dropped from inside the body container, above its last paragraph
            body = set(c.body_idx)  # (those below it are the lines after the body: :meth:`after`)
            lines += [b[i].text for i in range(c.first_body, c.body_idx[-1])
                      if i not in body and len(b[i].text) <= 120 and i >= start]
        lines = [BILINGUAL_LABEL_RE.sub(r"\1：", x) for x in joined_labels(lines)]  # 作者 Author X -> 作者：X
        # a long run (a headline far above the body, blog posts with headers): both ends matter
        if len(lines) > ZONE_MAX_LINES:
            return tuple(lines[:ZONE_HEAD_LINES] + lines[-ZONE_TAIL_LINES:])
        return tuple(lines)

    @cached_property
    def zone_pieces(self) -> tuple[str, ...]:
        """The zone's meta lines cut at their own elements: each child element's text that holds a
        label or opens a byline (``<span>来源：X</span><span>阅读 5万</span>`` gives ``来源：X``;
        ``<span>By X</span> <span>Business reporter</span>`` gives ``By X``). Inline
        elements meet without a space, so a credit read off the whole line runs into the next
        field (来源：X阅读); read off its own element it ends where the element ends."""
        b = self.blocks
        c = self.body
        start = c.title_idx + 1 if c.title_idx is not None else max(0, c.first_body - 8)
        end = c.body_idx[0] if c.body_idx else c.first_body
        out: list[str] = []
        for block in b[start:end]:
            el = block.el
            if len(block.text) > 200 or len(el) < 2:
                continue
            for child in el:
                if not isinstance(child.tag, str) or is_hidden(child):
                    continue
                text = clean(child.text_content())
                if text and len(text) <= ZONE_PIECE_MAX_CHARS and text != block.text \
                        and (META_LABEL_RE.search(text) or LATIN_BYLINE_RE.match(text)):
                    out.append(text)
        return tuple(out)

    def title_rest(self) -> str | None:
        """What the headline's block shows besides the headline (a date/source line inside <h1>)."""
        c = self.body
        if c.title_idx is None or not self.title:
            return None
        text = self.blocks[c.title_idx].text
        rest = text.replace(self.title, "", 1).strip() if text != self.title else ""
        if not rest and c.title_idx > 0:
            # a post's header row ([channel]TITLE NAME 发表于 DATE) above a text whose first line
            # repeats the headline: the row's words after the headline are the headline's meta line
            above = self.blocks[c.title_idx - 1].text
            head, sep, after = above.partition(self.title)
            after = after.strip()
            if sep and len(head) <= KICKER_MAX_CHARS and after and len(after) <= 200 and (is_meta_line(after) or ANY_DATE_RE.search(after)):
                rest = after
        return rest if 0 < len(rest) <= 200 else None

    def before_title(self, n: int = PRE_TITLE_BLOCKS) -> list[str]:
        """Short link-free lines right above the headline (a date line and 来源： printed above the
        <h1>), nearest last; stops at a line of links (the navigation)."""
        c = self.body
        if c.title_idx is None:
            return []
        out: list[str] = []
        for b in reversed(self.blocks[max(0, c.title_idx - n): c.title_idx]):
            if b.link_len or len(b.text) > PRE_TITLE_MAX_CHARS:
                break
            out.append(b.text)
        return out[::-1]

    def page_bar(self) -> str | None:
        """A newspaper e-edition's page bar above the headline (``第01版：要闻　本版编辑：X　返回版面``):
        the unlinked text of the nearest line above it that names the page (版), links aside."""
        c = self.body
        if c.title_idx is None:
            return None
        for b in reversed(self.blocks[max(0, c.title_idx - PRE_TITLE_BLOCKS): c.title_idx]):
            if len(b.text) <= PRE_TITLE_MAX_CHARS and PAGE_SECTION_RE.search(b.text) and b.link_len < len(b.text) / 2:
                return b.text
        return None

    def after(self, n: int = 8) -> list[Block]:
        """Blocks right after the last body paragraph (editor lines, counters, stat bars)."""
        c = self.body
        last = c.body_idx[-1] if c.body_idx else c.last_body
        return self.blocks[last + 1: last + 1 + n]

    def span_hints(self, rx: re.Pattern) -> list[str]:
        """Short texts of inline elements whose class/id matches ``rx``, around the headline."""
        c = self.body
        out = []
        start = c.title_idx if c.title_idx is not None else max(0, c.first_body - 6)
        end = c.body_idx[0] if c.body_idx else c.first_body
        for b in self.blocks[start: end + 1]:
            for el in b.el.iter("span", "em", "a", "i", "div"):
                if rx.search(hint_of(el)):
                    t = clean(el.text_content())
                    if 0 < len(t) <= 30:
                        out.append(t)
        return out


def joined_labels(lines: list[str]) -> list[str]:
    """A label printed alone (来源 / 作者 / Hits) joined to the short value line after it: 来源：X."""
    out: list[str] = []
    skip = False
    for i, line in enumerate(lines):
        if skip:
            skip = False
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if LABEL_ONLY_LINE_RE.match(line) and 0 < len(nxt) <= LABEL_VALUE_MAX_LEN and not LABEL_ONLY_LINE_RE.match(nxt) \
                and not LABEL_VALUE_STOP_RE.search(nxt):  # a sentence after it is no value of the label
            out.append(line.rstrip("：: ") + "：" + nxt)
            skip = True
        else:
            out.append(line)
    return out


def analyze_page(sel: Selector, url: str) -> PageAnalysis:
    """The analysis of one parsed page (cheap: every part is computed when first read)."""
    return PageAnalysis(sel, url)


def first_match(rx: re.Pattern, lines: list[str]) -> str | None:
    """The first non-empty group of ``rx``'s first match in ``lines``, cleaned."""
    for line in lines:
        m = rx.search(line)
        if m:
            g = next((x for x in m.groups() if x), None)
            if g:
                return clean(g)
    return None


def _retry_wins(blocks: list[Block], first: BodyChoice, alt: BodyChoice) -> bool:
    return alt.length(blocks) > RETRY_GAIN * first.length(blocks) + RETRY_MARGIN


def _site_and_channel(title: str, page: PageAnalysis) -> bool:
    """A document title that is only the site's name and a channel's (``恒驰汽车集团-集团新闻``: the
    logo's name and a menu link's text), as old CMS templates title every page of a column: no
    headline in it."""
    parts = [p for p in SITE_CHANNEL_SPLIT_RE.split(title) if p]
    if len(parts) < 2:
        return False
    links = {a.text for a in page.anchors}
    return any(_shares_brand(p, page.declared_site_names) for p in parts) and all(
        p in links or _shares_brand(p, page.declared_site_names) for p in parts)


def _shares_brand(name: str, declared: frozenset[str]) -> bool:
    """``name`` opens with a name the site declares (its logo's 恒屹精密 for 恒屹精密科技股份有限公司), or
    the other way round."""
    return any(len(d) >= SITE_BRAND_MIN_CHARS and (name.startswith(d) or d.startswith(name)) for d in declared)


def _build_layout(page: PageAnalysis) -> Layout:
    """Blocks of the page, their boilerplate marks and the body choice (with the two retries:
    mixed furniture/content names read as content, then class names ignored)."""
    root = page.root
    body_el = root.find(".//body") if tag_of(root) != "body" else root
    if body_el is None:
        body_el = root
    elements: list = []
    blocks = text_blocks(body_el, elements=elements, hidden_classes=stylesheet_hidden_classes(root))
    if looks_mojibake(blocks):  # a GBK page decoded as cp1252 upstream
        for b in blocks:
            b.text = fix_mojibake(b.text)
        blocks = [b for b in blocks if b.text]
    ld_head = page.ld("headline")
    refs = (page.head_title or None, page.meta("og:title", "twitter:title"),
            clean(ld_head) if isinstance(ld_head, str) else None)
    sensitivity: dict[str, bool] = {}
    spans = ElementSpans(blocks)
    flags = boiler_flags(blocks, sensitivity=sensitivity, spans=spans)
    values = block_values(blocks)
    title = find_title(blocks, flags, refs, page.page_number > 1, page.declared_site_names)
    choice = choose_body(blocks, flags, title, values, spans)
    # a <title> that is only the site's name (gov/association pages): no headline in it
    # -- or the title's site part ('临时公告 - 投资者关系 - SITE'), no block of the page printing it alone
    if title and len(title) <= SITE_NAME_MAX_CHARS and (
            (title == page.head_title and title in page.declared_site_names)
            or (choice.title_idx is None and title in page.site_names and _shares_brand(title, page.declared_site_names))
            or (choice.title_idx is None and title == page.head_title and _site_and_channel(title, page))):
        headline = headline_above_meta(blocks, flags, choice)
        if headline is not None:
            title = headline
            choice = choose_body(blocks, flags, title, values, spans)
    # a title printed nowhere by the text (a newspaper's name as every page's <title>): the line
    # by the body that the page's own links to itself name
    if choice.title_idx is None and (headline := self_linked_headline(blocks, flags, choice, page.self_link_texts)):
        title = headline
        choice = choose_body(blocks, flags, title, values, spans)
    # each retry only where its flags can differ (short articles would run all three passes for nothing)
    if choice.length(blocks) < LENIENT_RETRY_BELOW and sensitivity["lenient"]:  # a mixed name misled us
        lenient = boiler_flags(blocks, lenient=True, spans=spans)
        if lenient != flags:  # the same marks choose the same body
            alt = choose_body(blocks, lenient, title, values, spans)
            if _retry_wins(blocks, choice, alt):
                choice, flags = alt, lenient
    if choice.length(blocks) < NAMELESS_RETRY_BELOW and sensitivity["names"]:  # names misled us ('sidebar' wrapper)
        nameless = boiler_flags(blocks, names=False, spans=spans)
        if nameless != flags:
            alt = choose_body(blocks, nameless, title, values, spans)
            if _retry_wins(blocks, choice, alt):
                choice, flags = alt, nameless
    if title is None:  # no <title>, og:title, headline or <h1>: the heading-like line above the body
        title = fallback_title(blocks, flags, choice)
        if title is not None:
            choice = choose_body(blocks, flags, title, values, spans)
    for b, flag in zip(blocks, flags, strict=True):
        b.boiler = flag
    return Layout(blocks, elements, title, choice)

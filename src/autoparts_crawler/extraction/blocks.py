"""Low-level DOM walking shared by the generic extractors.

One explicit-stack walk (no recursion, comments' tails kept) turns a parsed page into a flat
list of text blocks in document order -- the unit every generic decision is made on. Also
home of the whitespace rule; the class-name hints it applies are in :mod:`.vocabulary`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from itertools import accumulate

from lxml import etree

from autoparts_crawler.extraction.vocabulary import (
    BOILER_HEAD_RE,
    BOILER_HEADING_MAX,
    COMMENT_CLASS_RE,
    COMMENT_WRAPPER_SHARE,
    CONTENT_CLASS_RE,
    DIGIT_RE,
    DISPLAY_NONE_RE,
    FURNITURE_CLASS_RE,
    HEADING_CLASS_RE,
    HIDDEN_CLASS_RE,
    HIDDEN_STYLE_RE,
    HIDDEN_VALUE_RE,
    INLINE_CAPTION_CLASS_RE,
    LEAD_IN_ENDS,
    LEAD_IN_LIST_TAGS,
    PARAGRAPH_FURNITURE_CLASS_RE,
    QR_PROMPT_RE,
    REVEALED_MIN_CHARS,
    REVEALED_MIN_SENTENCES,
    RICH_TEXT_CLASS_RE,
    SENTENCE_MARK_RE,
    STRONG_FURNITURE_CLASS_RE,
    STRUCTURAL_WRAPPER_SHARE,
    STYLE_AT_BLOCK_RE,
    STYLE_CLASS_SELECTOR_RE,
    UI_COMPOUND_MAX_CHARS,
    UI_QUOTES_RE,
    UI_SPLIT_RE,
    UI_WORDS,
    WRAPPER_SHARE,
)

WS_RE = re.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")
#: Zero-width (non-)joiners shape the letters of the scripts that use them (Sinhala ප්‍ර, Persian
#: می‌شود, Devanagari, Arabic, Myanmar: U+0600-U+1CFF, U+A800-U+ABFF) and are kept after one of
#: their letters (also at a word's end: Telugu హైదరాబాద్‌ keeps its visible virama); anywhere else
#: (after Chinese or Latin characters, a space, the start) they are stray and dropped.
STRAY_JOINER_RE = re.compile("(?<![\u0600-\u1cff\ua800-\uabff])[\u200c\u200d]")
CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
PUNCT_RE = re.compile(r"[，。！？；：、,.!?;:]")

# Never text: dropped with their subtree (their tail text stays).
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "select", "option", "button", "textarea",
    "svg", "head", "title", "meta", "link", "input", "object", "embed", "canvas", "map", "video", "audio",
})
# Structural boilerplate tags (scored negative; never part of the body).
BOILER_TAGS = frozenset({"nav", "footer", "aside", "form", "menu", "header", "figcaption"})
# Tags that start/end a text block.
BLOCK_TAGS = frozenset({
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table",
    "tbody", "thead", "tfoot", "tr", "td", "th", "section", "article", "main", "blockquote", "pre",
    "figure", "figcaption", "header", "footer", "nav", "aside", "form", "address", "center", "hr",
    "body", "html", "caption", "fieldset", "legend", "details", "summary", "dir", "menu",
})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: A ``<noscript>`` is read when one of its paragraphs is at least this long.
NOSCRIPT_PARAGRAPH_MIN_CHARS = 20


def _noscript_text(el) -> bool:
    """A ``<noscript>`` holding paragraphs: the text a lazy-loading page shows readers without
    JavaScript (the rest of the article), read as text; any other (a tracking pixel, "enable
    JavaScript") is skipped."""
    return any(len(clean(p.text_content())) >= NOSCRIPT_PARAGRAPH_MIN_CHARS for p in el.iter("p"))


def clean(text: str | None) -> str:
    """Collapse whitespace runs (incl. U+3000, U+00A0, zero-width space, BOM) to one space and
    trim; zero-width joiners stay only inside the words of the scripts they shape.

    ``str.split`` splits on exactly the characters ``\\s`` matches, so text without a zero-width
    character takes that C path (4x faster than the regex; called ~1,000 times a page).
    """
    if not text:
        return ""
    if "\u200c" in text or "\u200d" in text:
        text = STRAY_JOINER_RE.sub("", text)
    # the zero-width characters WS_RE counts as whitespace and str.split does not
    if "\u200b" in text or "\ufeff" in text:
        return WS_RE.sub(" ", text).strip()
    return " ".join(text.split())


def ascii_digits(text: str) -> str:
    """``text`` with the decimal digits of every script (Myanmar ၄:၁၅, Devanagari, Arabic-Indic,
    full-width) written as ASCII digits, so the date and clock shapes match them too."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


def tag_of(el) -> str:
    """Lower-case tag name, '' for comments and processing instructions."""
    t = el.tag
    return t.lower() if isinstance(t, str) else ""


def hint_of(el) -> str:
    """class + id of an element (for name-based hints)."""
    c = el.get("class")
    i = el.get("id")
    if c and i:
        return c + " " + i
    return c or i or ""


def text_before(el) -> str:
    """The text right before ``el`` inside its parent (its previous sibling's tail, or the parent's
    own text when ``el`` comes first): the label a value element follows (发布者: <a>X</a>, [<a>X</a>])."""
    prev = el.getprevious()
    parent = el.getparent()
    if prev is not None:
        return prev.tail or ""
    return (parent.text or "") if parent is not None else ""


def is_hidden(el) -> bool:
    """Hidden element: style display:none / visibility:hidden, the hidden attribute,
    aria-hidden="true", or a hiding utility class (``hide``, ``d-none``, ``sr-only``)."""
    keys = el.keys()  # one C call; most elements have no attribute at all (called on every element)
    if not keys:
        return False
    if "style" in keys:
        style = el.get("style")
        if style and HIDDEN_STYLE_RE.search(style):
            return DISPLAY_NONE_RE.search(style) is not None or not revealed_by_script(el)
    if "hidden" in keys or ("aria-hidden" in keys and el.get("aria-hidden") == "true"):
        return True
    if "class" not in keys:
        return False
    cls = el.get("class")
    return bool(cls) and HIDDEN_CLASS_RE.search(cls) is not None


def revealed_by_script(el) -> bool:
    """An element hidden by ``visibility:hidden`` that holds article-length sentence text: the page
    shows it once a script has run (WeChat articles, themes that fade content in)."""
    text = clean(el.text_content())
    return len(text) >= REVEALED_MIN_CHARS and len(SENTENCE_MARK_RE.findall(text)) >= REVEALED_MIN_SENTENCES


def stylesheet_hidden_classes(root) -> frozenset[str]:
    """Classes the page's own ``<style>`` hides with a plain rule (``.note, .x { display: none }``;
    rules inside @media blocks are responsive, not hidden)."""
    out: set[str] = set()
    if not hasattr(root, "iter"):
        return frozenset()
    for style in root.iter("style"):
        for selectors in _hiding_rule_selectors(style.text or ""):
            for selector in selectors.split(","):
                c = STYLE_CLASS_SELECTOR_RE.match(selector)
                if c:
                    out.add(c.group(1))
    return frozenset(out)


def _hiding_declarations(css: str) -> Iterator[int]:
    """Positions of ``display:none`` / ``visibility:hidden`` in ``css``, found in an ASCII, lower-cased
    copy of the same length by a literal scan (a case-insensitive regex is 5x slower on 40 KB)."""
    low = css.encode("ascii", "replace").decode("ascii").lower()  # one "?" per other character
    for m in HIDDEN_VALUE_RE.finditer(low):
        head = low[max(0, m.start() - 16):m.start()].rstrip()
        if head.endswith("display" if m.group(1) == "none" else "visibility"):
            yield m.start()


def _hiding_rule_selectors(css: str) -> Iterator[str]:
    """The selector text of each rule of ``css`` (outside @-blocks) that hides what it selects: found
    from the hiding declarations (few) rather than by parsing every rule (pages inline 30 KB of CSS)."""
    at_blocks = [m.span() for m in STYLE_AT_BLOCK_RE.finditer(css)] if "@" in css else []
    starts = [start for start, _ in at_blocks]
    seen_rules: set[int] = set()
    for pos in _hiding_declarations(css):
        k = bisect_right(starts, pos) - 1  # the last @-block starting before pos (they do not overlap)
        if k >= 0 and pos < at_blocks[k][1]:
            continue
        open_brace = css.rfind("{", 0, pos)
        if open_brace < 0 or css.rfind("}", 0, pos) > open_brace or open_brace in seen_rules:
            continue  # not inside a rule's declarations, or that rule was read already
        seen_rules.add(open_brace)
        yield css[css.rfind("}", 0, open_brace) + 1:open_brace]


def has_class_in(el, classes: Collection[str]) -> bool:
    """One of ``el``'s class tokens is in ``classes``."""
    cls = el.get("class")
    return bool(cls) and any(c in classes for c in cls.split())


def is_ui_run(text: str) -> bool:
    """Text made only of page-furniture words (字号 大 中 小 / 【打印】【关闭】 / 举报), counts aside;
    words of adjacent controls may meet without a space (``<span>字号</span><span>分享</span>``)."""
    tokens = [t for t in UI_SPLIT_RE.split(UI_QUOTES_RE.sub("", text)) if t and not t.isdigit()]
    return bool(tokens) and all(t in UI_WORDS or _ui_compound(t) or QR_PROMPT_RE.fullmatch(t) for t in tokens)


def _ui_compound(token: str) -> bool:
    """A token that is two or more UI words of two or more characters written together (字号分享,
    收藏分享举报; single-character words such as 大 / 中 / A do not combine: names are made of such)."""
    if len(token) > UI_COMPOUND_MAX_CHARS or len(token) < 4:
        return False
    ends = {0}  # positions where a segmentation into UI words can end
    for i in range(2, len(token) + 1):
        if any(j in ends and token[j:i] in UI_WORDS for j in range(max(0, i - 6), i - 1)):
            ends.add(i)
    return len(token) in ends


#: Form controls a reader types into or clicks: a form holding one is a search box or a comment form.
FORM_CONTROLS_XPATH = etree.XPath(
    "boolean(.//input[not(@type) or translate(@type,'HIDEN','hiden')!='hidden'] | .//textarea | .//select"
    " | .//button)")


#: ARIA landmark roles of page furniture (a sidebar ``<div role="complementary">`` is an aside).
FURNITURE_ROLES = frozenset({"navigation", "complementary", "banner", "contentinfo", "search"})


def structural_boiler(el, tag: str) -> bool:
    """A furniture tag (nav, footer, aside, menu, header, figcaption) or ARIA landmark role; a
    ``<form>`` only when it holds a visible control -- CMSs wrap whole articles in control-less
    forms (WebPlus's ``_newscontent_fromname``, an ASP.NET page form holding only its hidden state)."""
    if el.get("role") in FURNITURE_ROLES:
        return True
    if tag == "form":
        return bool(FORM_CONTROLS_XPATH(el))
    return tag in BOILER_TAGS


def is_boiler(el, tag: str, lenient: bool = False, seen: dict | None = None) -> bool:
    """Name/tag hint that an element is page furniture rather than article text.

    ``seen``: verdicts of class/id names already judged on this page (names repeat a lot)."""
    if (tag in BOILER_TAGS or "role" in el.attrib) and structural_boiler(el, tag):
        return True
    if tag in ("body", "html", "article", "main"):
        return False
    h = hint_of(el)
    if not h:
        return False
    key = (h, tag == "p")
    if seen is not None and key in seen:
        return seen[key]
    if RICH_TEXT_CLASS_RE.search(h):  # a rich-text editor's output: text, whatever "editor" says
        h = RICH_TEXT_CLASS_RE.sub(" content ", h)
    if tag == "p":  # paragraphs carry style classes: only unmistakable furniture names count
        verdict = bool(PARAGRAPH_FURNITURE_CLASS_RE.search(h))
    elif FURNITURE_CLASS_RE.search(h):
        verdict = not CONTENT_CLASS_RE.search(h) or (not lenient and bool(STRONG_FURNITURE_CLASS_RE.search(h)))
    else:
        verdict = False
    if seen is not None:
        seen[key] = verdict
    return verdict


START, TEXT, END = 0, 1, 2


def walk(root, skip: Callable[[object, str], bool]) -> Iterator[tuple[int, object]]:
    """Document-order events: (START, el), (TEXT, str), (END, el); ``skip(el, tag)`` drops a subtree.

    Explicit stack (pages nest deeply), comments/PIs contribute only their tail text.
    """
    yield START, root
    if root.text:
        yield TEXT, root.text
    iters = [iter(root)]
    nodes = [root]
    while iters:
        child = next(iters[-1], None)
        if child is None:
            iters.pop()
            el = nodes.pop()
            yield END, el
            if iters and el.tail:
                yield TEXT, el.tail
            continue
        tag = tag_of(child)
        if not tag or skip(child, tag):
            if child.tail:
                yield TEXT, child.tail
            continue
        yield START, child
        if child.text:
            yield TEXT, child.text
        iters.append(iter(child))
        nodes.append(child)


#: Characters :func:`spaced_text` reads beyond its block's own before giving up on the element.
SPACED_TEXT_SLACK = 4


def spaced_text(b: Block) -> str:
    """The block's text with a space where two of its elements' texts meet at a digit -- digit to
    digit, or a word to a digit -- when its element holds this block alone: '<span>2021-03-02</span>
    <span>10:20</span>' reads as a date and a clock, not '2021-03-0210:20', and '<span>作者：周某</span>
    <span>02-17 19:23</span><span>5416阅读</span>' as a name, a date and a count. Other text is
    returned as it is."""
    if b.spaced is None:
        b.spaced = _spaced_text(b)
    return b.spaced


def _spaced_text(b: Block) -> str:
    if not DIGIT_RE.search(b.text):
        return b.text
    parts: list[str] = []
    # non-space characters left to read: once its element holds more text than the block (a
    # container of many blocks), stop at once (a few to spare for zero-width characters)
    budget = len(b.text) - b.text.count(" ") + SPACED_TEXT_SLACK
    for ev, x in walk(b.el, default_skip):
        if ev == TEXT:
            parts.append(x)
            budget -= len("".join(x.split()))
            if budget < 0:
                return b.text
    if len(parts) < 2 or clean("".join(parts)) != b.text:
        return b.text
    out: list[str] = []
    for x in parts:
        if out and x[:1].isdigit() and out[-1][-1:].isalnum():
            out.append(" ")
        out.append(x)
    return clean("".join(out))


def default_skip(el, tag: str) -> bool:
    """Subtrees that never hold visible text."""
    return tag in SKIP_TAGS or is_hidden(el)


@dataclass(slots=True)
class Block:
    """One text block: a paragraph, list item, heading, table row or <br><br>-separated run."""

    text: str
    el: object  # innermost block element that holds it
    tag: str  # that element's tag ('tr' for rows)
    link_len: int = 0  # characters inside <a>
    boiler: bool = False  # inside boilerplate (set by mark_boiler)
    heading: bool = False

    @property
    def heading_like(self) -> bool:
        """A heading element, or a short dt/strong/title-classed line (block titles on portals)."""
        return self.heading or self.tag in ("dt", "legend", "caption") or bool(
            HEADING_CLASS_RE.search(hint_of(self.el)))
    path: list = field(default_factory=list)  # block-level ancestors (outermost first), incl. el
    spaced: str | None = None  # :func:`spaced_text` once read (dates, credits and the body ask again)


class ElementSpans:
    """Every element on some block's path, in order of first appearance, with the range of blocks
    under it and its depth. Blocks are in document order, so an element's blocks are contiguous:
    a sum over its blocks is two prefix-sum lookups. Built once per page and shared by every
    boilerplate and body pass (each used to re-walk every block's path)."""

    __slots__ = ("depth", "els", "first", "last", "pos")

    def __init__(self, blocks: list[Block]) -> None:
        self.els: list = []
        self.first: list[int] = []
        self.last: list[int] = []
        self.depth: list[int] = []
        self.pos: dict[int, int] = {}  # id(element) -> its index in the lists above
        pos, last = self.pos, self.last
        for i, b in enumerate(blocks):
            for d, el in enumerate(b.path):
                j = pos.get(id(el))
                if j is None:
                    pos[id(el)] = len(self.els)
                    self.els.append(el)
                    self.first.append(i)
                    last.append(i)
                    self.depth.append(d)
                else:
                    last[j] = i

    def sums(self, values: list[float] | list[int]) -> list[float]:
        """Per element (same order as ``els``): the sum of ``values`` (one per block) under it."""
        pre = list(accumulate(values, initial=0))
        return [pre[b + 1] - pre[a] for a, b in zip(self.first, self.last, strict=True)]


def _simple_row(tr) -> bool:
    """A data row: cells hold only inline content (layout rows with paragraphs are walked instead)."""
    cells = 0
    brs = 0
    for d in tr.iterdescendants():
        t = tag_of(d)
        if t in ("td", "th"):
            cells += 1
        elif t == "br":
            brs += 1
        elif t in BLOCK_TAGS:
            return False
    return cells >= 2 or (cells == 1 and brs < 2)


def row_text(tr) -> tuple[str, int]:
    """Cells of a data row joined by TAB, and the number of link characters in it."""
    cells: list[str] = []
    link = 0
    for cell in tr:
        if tag_of(cell) not in ("td", "th"):
            continue
        parts: list[str] = []
        for ev, x in walk(cell, default_skip):
            if ev == TEXT:
                parts.append(x)
            elif ev == START and tag_of(x) == "a":
                link += len(clean(x.text_content()))
            elif ev == START and tag_of(x) == "br":
                parts.append(" ")
        t = clean("".join(parts))
        if t:
            cells.append(t)
    return "\t".join(cells), link


#: Inline elements that may hold an image's caption (``<em class="img_desc">`` under a picture in a text
#: of <br>-separated lines), narrowed by :data:`INLINE_CAPTION_CLASS_RE`.
INLINE_CAPTION_TAGS = frozenset({"em", "span", "i", "small", "font"})


def inline_captions(root) -> set:
    """Inline caption elements beside a picture (in the image's wrapper or the wrapper's): each is a
    block of its own, so a caption does not run into the text line after it. Found from the page's
    images (few) rather than from every inline element."""
    out = set()
    for img in root.iter("img"):
        parent = img.getparent()
        for box in (parent, parent.getparent() if parent is not None else None):
            if box is None:
                continue
            for el in box:
                if isinstance(el.tag, str) and el.tag in INLINE_CAPTION_TAGS and (cls := el.get("class")) \
                        and INLINE_CAPTION_CLASS_RE.search(cls):
                    out.add(el)
    return out


def text_blocks(root, exclude: Collection[object] = (), elements: list | None = None,
                hidden_classes: Collection[str] = ()) -> list[Block]:
    """Flatten ``root`` into blocks in document order (no filtering beyond invisible subtrees and
    the ``exclude``d elements, e.g. a site profile's editor line or in-body ad).

    ``elements``, when given, receives every visible element in document order (the same walk
    serves the listing-block finder, so a page is walked once). ``hidden_classes``: classes the
    page's stylesheet hides (:func:`stylesheet_hidden_classes`)."""
    excluded = set(exclude)
    captions = inline_captions(root)
    blocks: list[Block] = []
    buf: list[tuple[str | None, bool]] = []
    link_depth = 0
    stack: list[object] = []  # open block elements
    heading_depth = 0

    def emit(parts: list[str], link: int) -> None:
        t = clean("".join(parts))
        if t:
            el = stack[-1] if stack else root
            blocks.append(Block(t, el, tag_of(el), min(link, len(t)), False, heading_depth > 0, list(stack)))

    def flush() -> None:
        nonlocal buf
        if not buf:
            return
        cur: list[str] = []
        cur_link = 0
        nbr = 0
        for seg, is_link in buf:
            if seg is None:
                nbr += 1
                cur.append(" ")
            elif seg.strip():
                if nbr >= 2:
                    emit(cur, cur_link)
                    cur, cur_link = [], 0
                nbr = 0
                cur.append(seg)
                if is_link:
                    cur_link += len(clean(seg))
            else:
                cur.append(" ")
        emit(cur, cur_link)
        buf = []

    def skip(el, tag: str) -> bool:
        if (tag in SKIP_TAGS and not (tag == "noscript" and _noscript_text(el))) or is_hidden(el) \
                or (excluded and el in excluded) or \
                (hidden_classes and has_class_in(el, hidden_classes)):
            return True
        if tag == "tr" and _simple_row(el):
            flush()
            if elements is not None:
                elements.extend(x for ev, x in walk(el, default_skip) if ev == START)
            text, link = row_text(el)
            if text:
                blocks.append(Block(text, el, "tr", link, False, False, [*stack, el]))
            return True
        return False

    # one C-level walk (lxml iterwalk): the hot loop of every page
    events = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    skipped = None  # the element whose subtree was just skipped (its end event follows at once)
    for ev, x in events:
        if ev == "start":
            tag = x.tag.lower()  # an element: comments and PIs come as their own events
            if x is not root and skip(x, tag):
                events.skip_subtree()
                skipped = x
                continue
            if elements is not None:
                elements.append(x)
            if tag == "br":
                buf.append((None, False))
            else:
                if tag == "a":
                    link_depth += 1
                if tag in BLOCK_TAGS or (captions and x in captions):
                    flush()
                    stack.append(x)
                    if tag in HEADING_TAGS:
                        heading_depth += 1
            if x.text:
                buf.append((x.text, link_depth > 0))
            continue
        if ev == "end":
            if x is skipped:
                skipped = None
            else:
                tag = x.tag.lower()
                if tag == "a":
                    link_depth -= 1
                if tag in BLOCK_TAGS or (captions and x in captions):
                    flush()
                    if stack and stack[-1] is x:
                        stack.pop()
                    if tag in HEADING_TAGS:
                        heading_depth -= 1
                if x is root:
                    continue
        if x.tail:  # after an element, a skipped subtree, a comment or a PI
            buf.append((x.tail, link_depth > 0))
    flush()
    return blocks


def boiler_flags(blocks: list[Block], names: bool = True, lenient: bool = False,
                 sensitivity: dict[str, bool] | None = None, spans: ElementSpans | None = None) -> list[bool]:
    """Per block: is it inside boilerplate (a furniture-named or nav/footer/aside ancestor)?

    ``lenient``: a name with both furniture and content words ('sidebar-fixed article-body')
    counts as content. ``names=False``: only structural tags (nav/footer/aside...) count.
    ``sensitivity`` (strict pass only) receives whether those variants could give other flags:
    ``lenient`` when a judged name is mixed furniture/content, ``names`` when a name or a heading
    made an element boilerplate -- else re-running with them would give the same flags.

    A name hint is ignored on an element that holds most of the page's text (page wrappers
    like ``Page-ad-margins``); comment-named elements need to hold nearly all of it.
    """
    if spans is None:
        spans = ElementSpans(blocks)
    lengths = [len(b.text) for b in blocks]
    total = sum(lengths)
    size = spans.sums(lengths)
    pos, first = spans.pos, spans.first
    verdict: dict[int, bool] = {}
    judged: dict = {}  # class/id name -> verdict, for this call (one leniency)
    flags: list[bool] = []
    for b in blocks:
        flag = False
        for el in b.path:
            k = id(el)
            v = verdict.get(k)
            if v is None:
                # (names ignored: structural tags only -- and comment threads, never the article)
                v = is_boiler(el, tag_of(el), lenient, judged) if names else (
                    structural_boiler(el, tag_of(el)) or bool(COMMENT_CLASS_RE.search(hint_of(el))))
                j = pos[k]
                if not v and names:  # a section headed 网友评论 / 相关新闻 / Comments ...
                    f = blocks[first[j]]
                    v = f.el is not el and f.heading_like and len(f.text) <= BOILER_HEADING_MAX \
                        and BOILER_HEAD_RE.match(f.text) is not None
                if v and tag_of(el) in LEAD_IN_LIST_TAGS and _listed_by_lead_in(blocks, first[j], spans.last[j]):
                    v = False  # 排名前五的车型如下：<ul class="rank-list">: the article's own list
                if v and total:
                    share = size[j] / total
                    structural = tag_of(el) in BOILER_TAGS or el.get("role") in FURNITURE_ROLES
                    if not structural or share >= STRUCTURAL_WRAPPER_SHARE:
                        v = share < (COMMENT_WRAPPER_SHARE if COMMENT_CLASS_RE.search(hint_of(el))
                                     else WRAPPER_SHARE)
                verdict[k] = v
                if v and sensitivity is not None and tag_of(el) not in BOILER_TAGS \
                        and el.get("role") not in FURNITURE_ROLES:
                    sensitivity["names"] = True
            if v:
                flag = True
                break
        flags.append(flag)
    if sensitivity is not None:
        sensitivity.setdefault("names", False)
        # a name lenient_differs on is furniture to the strict pass: only those need the check
        sensitivity["lenient"] = any(v and not is_p and lenient_differs(h) for (h, is_p), v in judged.items())
    return flags


def _listed_by_lead_in(blocks: list[Block], first: int, last: int) -> bool:
    """The blocks ``first..last`` (a list) hold no link and follow a text line ending in a colon
    (如下： / the following:): the list the sentence announces, whatever its class says."""
    if first == 0 or not blocks[first - 1].text.endswith(LEAD_IN_ENDS):
        return False
    return all(b.link_len == 0 for b in blocks[first:last + 1])


def lenient_differs(hint: str) -> bool:
    """Whether a (non-paragraph) class/id name is judged differently when mixed names count as content."""
    return bool(FURNITURE_CLASS_RE.search(hint) and CONTENT_CLASS_RE.search(hint)
                and STRONG_FURNITURE_CLASS_RE.search(hint))


_LATIN_HIGH_RE = re.compile(r"[\u00a1-\u00ff]")


def looks_mojibake(blocks: list[Block]) -> bool:
    """GBK bytes read as cp1252 (runs of ¡-ÿ, no CJK at all): worth decoding again."""
    sample = "".join(b.text for b in blocks[:400])
    high = len(_LATIN_HIGH_RE.findall(sample))
    return high > 200 and high > 0.3 * len(sample) and not CJK_RE.search(sample)


def fix_mojibake(text: str) -> str:
    """Re-decode cp1252-read GBK text as GB18030 (lost undefined bytes become U+FFFD)."""
    try:
        raw = text.encode("cp1252", errors="ignore")
    except UnicodeError:
        return text
    return clean(raw.decode("gb18030", errors="replace"))

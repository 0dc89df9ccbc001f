"""Small helpers to apply profile selectors and turn HTML blocks into clean text.

A selector spec is a CSS expression (parsel's ``::text`` / ``::attr(x)`` allowed), an
``xpath:`` expression, or a list of such alternatives tried in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from parsel import Selector, SelectorList

_WS = re.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")
BLOCK_TAGS = frozenset({"p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt",
                        "figcaption"})
CONTAINER_TAGS = frozenset({"div", "section", "article", "td", "th", "table", "tbody", "thead", "ul", "ol",
                            "dl", "span", "font", "center", "main", "body", "form"})
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "select", "option", "button",
                       "textarea", "svg"})


def clean_text(text: str | None) -> str:
    """Collapse whitespace (incl. U+3000, NBSP, zero-width) to single spaces and trim."""
    if not text:
        return ""
    return _WS.sub(" ", text).strip()


@lru_cache(maxsize=512)
def _alternatives(spec: str | tuple[str, ...]) -> tuple[str, ...]:
    return (spec,) if isinstance(spec, str) else spec


def _as_key(spec: str | list[str]) -> str | tuple[str, ...]:
    return spec if isinstance(spec, str) else tuple(spec)


def select(sel: Selector | SelectorList, spec: str | list[str] | None) -> SelectorList:
    """The first alternative of ``spec`` that matches anything (empty list if none)."""
    if not spec:
        return SelectorList([])
    for alternative in _alternatives(_as_key(spec)):
        found = sel.xpath(alternative[6:]) if alternative.startswith("xpath:") else sel.css(alternative)
        if found:
            return found
    return SelectorList([])


def node_text(node: Selector) -> str:
    """Visible text of one node (or the string it already is), whitespace-collapsed."""
    root = node.root
    if isinstance(root, str):
        return clean_text(root)
    return clean_text(" ".join(t for t in node.xpath(".//text()[not(ancestor::script or ancestor::style)]")
                               .getall()))


def select_text(sel: Selector, spec: str | list[str] | None) -> str | None:
    """Joined visible text of what ``spec`` selects, or None when it selects nothing."""
    found = select(sel, spec)
    text = clean_text(" ".join(node_text(n) for n in found))
    return text or None


def select_first(sel: Selector, spec: str | list[str] | None) -> str | None:
    """Text of the first node ``spec`` selects, or None."""
    found = select(sel, spec)
    for node in found:
        text = node_text(node)
        if text:
            return text
    return None


def blocks_from_element(element, exclude: Iterable = ()) -> list[str]:
    """Body blocks of an lxml element: each p/li/heading, each table row (cells joined by TAB),
    and loose text split at ``<br><br>``; elements in ``exclude`` (lxml elements) are skipped."""
    excluded = set(exclude)
    blocks: list[str] = []
    pending: list[str] = []
    brs = 0

    def flush() -> None:
        nonlocal pending
        text = clean_text("".join(pending))
        if text:
            blocks.append(text)
        pending = []

    def walk(el) -> None:
        nonlocal brs
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if el in excluded or tag in SKIP_TAGS or not tag:
            _tail(el)
            return
        if tag == "br":
            brs += 1
            if brs >= 2:
                flush()
            else:
                pending.append(" ")
            _tail(el)
            return
        if tag == "tr":
            flush()
            cells = [c for c in el if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")
                     and c not in excluded]
            if any(_has_block_child(c) for c in cells):
                for cell in cells:  # a layout table: each cell holds paragraphs
                    blocks.extend(blocks_from_element(cell, excluded))
            else:
                row = "\t".join(t for t in (_inline_text_excluding(c, excluded) for c in cells) if t)
                if row:
                    blocks.append(row)
            brs = 0
            return
        if tag in BLOCK_TAGS:
            flush()
            inner = blocks_from_element(el, excluded) if _has_block_child(el) else []
            if inner:
                blocks.extend(inner)
            else:
                text = _inline_text_excluding(el, excluded)
                if text:
                    blocks.append(text)
            brs = 0
            _tail(el)
            return
        if tag in CONTAINER_TAGS and _has_block_child(el):
            flush()
            if el.text:
                pending.append(el.text)
            for child in el:
                walk(child)
            flush()
            _tail(el)
            return
        # inline element
        pending.append(_inline_text_excluding(el, excluded, keep_space=True))
        if el.text or len(el):
            brs = 0
        _tail(el)

    def _tail(el) -> None:
        nonlocal brs
        if el.tail and el.tail.strip():
            pending.append(el.tail)
            brs = 0

    if element.text:
        pending.append(element.text)
    for child in element:
        walk(child)
    flush()
    return blocks


def _has_block_child(el) -> bool:
    for d in el.iterdescendants():
        tag = d.tag if isinstance(d.tag, str) else ""
        if tag.lower() in BLOCK_TAGS or tag.lower() == "br":
            return True
    return False


def _inline_text_excluding(el, excluded: set, keep_space: bool = False) -> str:
    text = "".join(_itertext_visible(el, excluded))
    return text if keep_space else clean_text(text)


def _itertext_visible(el, excluded: set | None = None):
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in SKIP_TAGS or (excluded and el in excluded):
        return
    if not tag:  # comment / processing instruction
        return
    if tag == "br":
        yield " "
    if el.text:
        yield el.text
    for child in el:
        yield from _itertext_visible(child, excluded)
        if child.tail:
            yield child.tail

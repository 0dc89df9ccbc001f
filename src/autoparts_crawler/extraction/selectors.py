"""Small helpers to apply profile selectors and read clean text from what they select.

A selector spec is a CSS expression (parsel's ``::text`` / ``::attr(x)`` allowed), an
``xpath:`` expression, or a list of such alternatives tried in order.
"""

from __future__ import annotations

from functools import lru_cache

from parsel import Selector, SelectorList

from autoparts_crawler.extraction.blocks import clean


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
        return clean(root)
    return clean(" ".join(t for t in node.xpath(".//text()[not(ancestor::script or ancestor::style)]")
                               .getall()))


def select_text(sel: Selector, spec: str | list[str] | None) -> str | None:
    """Joined visible text of what ``spec`` selects, or None when it selects nothing."""
    found = select(sel, spec)
    text = clean(" ".join(node_text(n) for n in found))
    return text or None


def select_first(sel: Selector, spec: str | list[str] | None) -> str | None:
    """Text of the first node ``spec`` selects, or None."""
    found = select(sel, spec)
    for node in found:
        text = node_text(node)
        if text:
            return text
    return None

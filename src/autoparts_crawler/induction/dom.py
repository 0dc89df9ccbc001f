"""DOM helpers of induction: stable CSS selectors for an element, template signatures, text lookups.

A selector is preferred stable-first: an id, then a class (alone, then under a stable ancestor),
then a structural path (``:nth-of-type`` steps from the nearest ancestor with an id, or ``body``).
Ids and classes that carry a long number (``post-1234``, ``c20240530``) are not stable: they name
one page, not the template.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from autoparts_crawler.extraction.blocks import BLOCK_TAGS, SKIP_TAGS, clean

_STABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_NUMBER_RUN = re.compile(r"\d{3,}")
#: ancestors looked at for a context step (``div.meta span``)
CONTEXT_DEPTH = 4
#: a block element's signature path: this many ancestors
SIGNATURE_DEPTH = 3


def stable(name: str | None) -> bool:
    """An id/class usable in a site-wide selector."""
    return bool(name) and bool(_STABLE_NAME.match(name or "")) and not _NUMBER_RUN.search(name or "")


def tag_name(el) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def classes(el) -> list[str]:
    return [c for c in (el.get("class") or "").split() if stable(c)]


def step(el) -> str:
    """The most specific simple selector of ``el`` alone: ``tag#id``, ``tag.class``, or ``tag``."""
    tag = tag_name(el)
    ident = el.get("id")
    if stable(ident):
        return f"{tag}#{ident}"
    cls = classes(el)
    return f"{tag}.{cls[0]}" if cls else tag


def _ancestors(el) -> Iterator:
    parent = el.getparent()
    while parent is not None and isinstance(parent.tag, str):
        yield parent
        parent = parent.getparent()


def structural_path(el, at_class: bool = False) -> str:
    """``div#main > div:nth-of-type(2) > p`` from the nearest ancestor with a stable id (or ``body``);
    ``at_class``: from the nearest ancestor with a stable id or class (``div.content > table > tr > td``)."""
    steps = []
    node = el
    while node is not None and isinstance(node.tag, str):
        tag = tag_name(node)
        if tag in ("body", "html"):
            steps.append(tag)
            break
        if stable(node.get("id")) or (at_class and node is not el and classes(node)):
            steps.append(step(node))
            break
        parent = node.getparent()
        same = [c for c in parent.iterchildren(node.tag)] if parent is not None else [node]
        steps.append(tag if len(same) == 1 else f"{tag}:nth-of-type({same.index(node) + 1})")
        node = parent
    return " > ".join(reversed(steps))


def position_candidates(el, within) -> list[str]:
    """``p:last-child`` / ``p:first-child`` for a class-less child of ``within`` (an editor line
    closing the body)."""
    if el.getparent() is not within:
        return []
    kids = [c for c in within if isinstance(c.tag, str)]
    tag = tag_name(el)
    return ([f"{tag}:last-child"] if kids and kids[-1] is el else []) + (
        [f"{tag}:first-child"] if kids and kids[0] is el else [])


def css_candidates(el, within=None) -> list[str]:
    """Selectors for ``el``, most stable first; relative to ``within`` when given (its descendants)."""
    out: list[str] = []
    tag = tag_name(el)
    ident = el.get("id")
    if stable(ident) and within is None:
        out.append(f"{tag}#{ident}")
    cls = classes(el)
    own = [f"{tag}.{c}" for c in cls]
    if len(cls) > 1:
        own.append(tag + "".join(f".{c}" for c in cls))
    out += own
    for depth, anc in enumerate(_ancestors(el)):
        if depth >= CONTEXT_DEPTH or anc is within:
            break
        context = step(anc)
        if context == tag_name(anc):
            continue
        out += [f"{context} {s}" for s in own] + [f"{context} {tag}", f"{context} > {tag}"]
    if within is None:
        out += [structural_path(el, at_class=True), structural_path(el)]
    else:
        out.append(tag)
    seen: set[str] = set()
    return [s for s in out if not (s in seen or seen.add(s))]


def signature(root) -> frozenset[str]:
    """A page's template signature: the short tag/class paths of its block elements."""
    body = root.find(".//body") if hasattr(root, "find") else None
    sig: set[str] = set()
    for el in (body if body is not None else root).iter():
        if not isinstance(el.tag, str) or tag_name(el) not in BLOCK_TAGS:
            continue
        path = [step(el)]
        for depth, anc in enumerate(_ancestors(el)):
            if depth >= SIGNATURE_DEPTH - 1 or tag_name(anc) in ("body", "html"):
                break
            path.append(step(anc))
        sig.add(">".join(reversed(path)))
    return frozenset(sig)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


class TextIndex:
    """Visible text of every element of one page's body, computed once."""

    def __init__(self, root) -> None:
        body = root.find(".//body") if hasattr(root, "find") else None
        self.elements = []
        self.text: dict[object, str] = {}
        for el in (body if body is not None else root).iter():
            if not isinstance(el.tag, str) or tag_name(el) in SKIP_TAGS:
                continue
            if any(tag_name(a) in SKIP_TAGS for a in _ancestors(el)):
                continue
            self.elements.append(el)
            self.text[el] = clean(" ".join(el.xpath(".//text()[not(ancestor::script or ancestor::style)]")))

    def holding(self, value: str, slack: int = 12) -> list:
        """The innermost elements whose text holds ``value`` with at most ``slack`` more characters
        (a label such as 来源：)."""
        value = clean(value)
        if not value:
            return []
        hits = [el for el in self.elements if value in self.text[el] and len(self.text[el]) <= len(value) + slack]
        inner = set(hits)
        for el in hits:
            for anc in _ancestors(el):
                inner.discard(anc)
        return [el for el in hits if el in inner]


def common_ancestor(elements: list):
    """The lowest element containing all ``elements`` (None for none)."""
    if not elements:
        return None
    chains = [[el, *_ancestors(el)] for el in elements]
    first = chains[0]
    others = [set(map(id, c)) for c in chains[1:]]
    for el in first:
        if all(id(el) in o for o in others):
            return el
    return None


def _xpath_step(el) -> str | None:
    """``//div[@id="x"]`` or ``//div[contains(concat(" ", normalize-space(@class), " "), " c ")]``."""
    tag = tag_name(el)
    if stable(el.get("id")):
        return f'//{tag}[@id="{el.get("id")}"]'
    cls = classes(el)
    if cls:
        return f'//{tag}[contains(concat(" ", normalize-space(@class), " "), " {cls[0]} ")]'
    parent = el.getparent()
    if parent is not None and isinstance(parent.tag, str) and (stable(parent.get("id")) or classes(parent)):
        up = _xpath_step(parent)
        return f"{up}/{tag}" if up else None
    return None


def text_node_candidates(index: TextIndex, value: str, slack: int) -> list[str]:
    """``xpath:`` selectors of a bare text node holding ``value`` -- a meta line such as
    ``<small>来源:</small>证券时报 <small>作者:</small>…`` has no element per field. The node is
    addressed by the label element before it, by that label's own text on the page."""
    value = clean(value)
    out: list[str] = []
    if not value:
        return out
    for el in index.elements:
        if value not in index.text[el]:
            continue
        anchor = _xpath_step(el)
        if anchor is None:
            continue
        lead = clean(el.text)
        if value in lead and len(lead) <= len(value) + slack:
            out.append(f"xpath:{anchor}/text()[1]")
        for child in el:
            tail = clean(child.tail)
            if not isinstance(child.tag, str) or value not in tail or len(tail) > len(value) + slack:
                continue
            label = clean(child.text_content())
            if label and len(label) <= 12 and '"' not in label and "'" not in label:
                out.append(f'xpath:{anchor}/{tag_name(child)}[normalize-space(.)="{label}"]'
                           "/following-sibling::text()[1]")
            same = [c for c in el.iterchildren(child.tag)]
            out.append(f"xpath:{anchor}/{tag_name(child)}[{same.index(child) + 1}]/following-sibling::text()[1]")
    return out

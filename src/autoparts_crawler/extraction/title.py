"""Headline and deck of an article page.

The headline is a heading the document title / og:title / JSON-LD headline agrees with, else
that reference without its site-name suffix, else the page's first ``<h1>``; when the page has
none of these, the first heading-like line above the body (:func:`fallback_title`) -- a page
with a good body is not lost for want of a ``<title>``.
"""

from __future__ import annotations

from collections.abc import Collection
from itertools import pairwise

from autoparts_crawler.extraction.blocks import Block, hint_of
from autoparts_crawler.extraction.body import BodyChoice, is_end_noise, is_meta_line
from autoparts_crawler.extraction.vocabulary import (
    ANY_DATE_RE,
    BYLINE_RE,
    COUNT_ONLY_RE,
    CRUMB_TEXT_WORDS,
    HEADLINE_STOP_RE,
    META_LABEL_RE,
    PAGE_SUFFIX_RE,
    SITE_SUFFIX_JOINERS,
    TITLE_SEP_RE,
)

#: An <h1> with this share of its text inside a link is a link to elsewhere, not a headline.
LINKED_H1_SHARE = 0.8
#: A headline found as a plain line inside a reference has at least this many characters.
HEADLINE_MIN_CHARS = 8
#: How many headings (in page order) may be the headline.
HEADINGS_CONSIDERED = 20
#: How far above the body (blocks) the fallback looks for a heading-like line.
FALLBACK_LOOKBACK = 10
#: How far from the body's start the meta line under a reference-less headline may be, and its length.
META_REACH = 3
META_LINE_MAX = 120
#: How many short lines opening the body may hold the headline (the breadcrumb may come first).
FALLBACK_OPENING_LINES = 2


def strip_site(title: str, site_names: Collection[str] = ()) -> str:
    """A document title without its site-name part (``标题_汽车网`` / ``Title | Site``; with the
    names the site declares, also after a bare hyphen: ``标题-中国专用汽车网``)."""
    for name in site_names:
        for sep in SITE_SUFFIX_JOINERS:
            if title.endswith(sep + name) and len(title) > len(sep + name):
                # (标题--协会: a doubled joiner leaves no stray hyphen)
                title = title[: -len(sep + name)].rstrip(" " + "".join(SITE_SUFFIX_JOINERS))
                break
    parts = [p for p in TITLE_SEP_RE.split(title) if p]
    if len(parts) <= 1:
        return title
    best = max(parts, key=len)
    return parts[0] if len(parts[0]) >= 0.6 * len(best) else best


def find_title(blocks: list[Block], boiler: list[bool], refs: tuple[str | None, str | None, str | None],
               later_page: bool, site_names: Collection[str] = ()) -> str | None:
    """The headline from the page's headings and its references ``(document title, og:title,
    JSON-LD headline)``; ``later_page``: page 2+ of a split article (a ``(2)`` suffix is dropped);
    ``site_names``: the names the site declares (logo, site-name meta)."""
    head, og, ld = refs
    known = [r for r in (head, og, ld) if r]
    # a heading must match a reference's headline part: a site-name <h1> on every page matches
    # only the site part of '标题_站点' and is not the headline
    headlines = [strip_site(r, site_names) for r in known]
    # furniture headings count too (an article's own <header> is marked as furniture): the
    # headline is the heading that covers most of the reference, a site-name <h1> only its site part
    headings = [b for b in blocks if b.heading]
    matching = []
    for b in headings[:HEADINGS_CONSIDERED]:
        t = PAGE_SUFFIX_RE.sub("", b.text) if later_page else b.text
        if len(t) >= 4 and (any(r.startswith(t) or t in r for r in headlines)
                            or any(t in r and 2 * len(t) > len(r) for r in known)):
            matching.append(t)
    if matching:
        return max(matching, key=len)
    for b in blocks:  # a title-classed div
        if "title" in hint_of(b.el).lower() and 4 <= len(b.text) <= 80 and any(b.text in r for r in known):
            return PAGE_SUFFIX_RE.sub("", b.text) if later_page else b.text
    # a headline printed in a plain cell/line that ends or opens a reference, which adds the site
    # and column names around it with spaces ('某省某厅 通知公告 HEADLINE'): the longest such line
    # that is most of the reference
    plain = [b.text for b, flag in zip(blocks, boiler, strict=True)
             if not flag and HEADLINE_MIN_CHARS <= len(b.text) <= 80 and not b.link_len
             and any(_spaced_part(b.text, r) for r in known)]
    if plain:
        t = max(plain, key=len)
        return PAGE_SUFFIX_RE.sub("", t) if later_page else t
    for r in (ld, og, head):
        if r:
            t = strip_site(r, site_names)
            return PAGE_SUFFIX_RE.sub("", t) if later_page else t
    # no reference at all: the first <h1> -- not one that is wholly a link (a blog's name linking
    # to its home page; a headline linking to its permalink right above the text is found by
    # :func:`fallback_title`)
    h1 = [b.text for b, flag in zip(blocks, boiler, strict=True) if b.heading and not flag and b.tag == "h1"
          and b.link_len < LINKED_H1_SHARE * len(b.text)]
    return h1[0] if h1 else None


def _spaced_part(text: str, ref: str) -> bool:
    """``text`` ends or opens ``ref`` at a space and is at least half of it."""
    ref = ref.strip()
    if text == ref or 2 * len(text) < len(ref):
        return False
    return (ref.endswith(text) and ref[: -len(text)].endswith((" ", "\u3000"))) or \
        (ref.startswith(text) and ref[len(text):].startswith((" ", "\u3000")))


def _headline_like(b: Block, boiler: bool, link_ok: bool) -> bool:
    """A line that can be a headline: short, no sentence inside it, not a meta/date/count line."""
    t = b.text
    return (not boiler and 4 <= len(t) <= 80 and (link_ok or b.link_len < 0.5 * len(t))
            and not is_meta_line(t) and not ANY_DATE_RE.search(t) and not COUNT_ONLY_RE.match(t)
            and not META_LABEL_RE.search(t) and not HEADLINE_STOP_RE.search(t)
            and not any(w in t for w in CRUMB_TEXT_WORDS))


def fallback_title(blocks: list[Block], boiler: list[bool], choice: BodyChoice) -> str | None:
    """For a page without any title reference: a heading-like line just above the body, or a short
    line opening the body that a longer paragraph follows (a heading element or title-classed
    line first, else the nearest one). The line right above the body may be a link (a blog
    headline linking to its permalink); lines further up may not (sidebar entries)."""
    if not choice.body_idx:
        return None
    start = choice.body_idx[0]
    candidates = [i for i in range(start - 1, max(-1, start - 1 - FALLBACK_LOOKBACK), -1)
                  if _headline_like(blocks[i], boiler[i], link_ok=i == start - 1)]
    opening = choice.body_idx[:FALLBACK_OPENING_LINES + 1]
    for i, nxt in pairwise(opening):
        if not _headline_like(blocks[i], boiler[i], False) and not any(w in blocks[i].text for w in CRUMB_TEXT_WORDS):
            break  # the body has begun: a subheading further down is no headline
        if _headline_like(blocks[i], boiler[i], False) and len(blocks[nxt].text) >= max(40, 2 * len(blocks[i].text)):
            candidates.insert(0, i)
            break
    for i in candidates:
        if blocks[i].heading_like:
            return blocks[i].text
    return blocks[candidates[0]].text if candidates else None


def headline_above_meta(blocks: list[Block], boiler: list[bool], choice: BodyChoice) -> str | None:
    """A headline-like line right above the article's meta line (date / 来源 / 作者), which sits right
    above (or opens) the body: the classic article header, found without any title reference."""
    if not choice.body_idx:
        return None
    start = choice.body_idx[0]
    for i in range(max(-1, start - 1 - META_REACH), min(len(blocks), start + META_REACH)):
        t = blocks[i].text
        if i > 0 and len(t) <= META_LINE_MAX and (is_meta_line(t) or ANY_DATE_RE.search(t)):
            j = i - 1
            if j >= 0 and _headline_like(blocks[j], boiler[j], False) and len(blocks[j].text) >= HEADLINE_MIN_CHARS:
                return blocks[j].text
            return None
    return None


def self_linked_headline(blocks: list[Block], boiler: list[bool], choice: BodyChoice,
                         self_link_texts: Collection[str]) -> str | None:
    """A headline-like line, right above the body or opening it, that the page's own links to
    itself name (an e-paper's 本版标题 list, a sidebar marking the current article): the page
    says which of its lines is its title. For pages whose title references name only the site."""
    if not choice.body_idx or not self_link_texts:
        return None
    start = choice.body_idx[0]
    for i in range(max(0, start - FALLBACK_LOOKBACK), min(len(blocks), start + META_REACH)):
        b = blocks[i]
        if b.text in self_link_texts and not b.link_len and len(b.text) >= HEADLINE_MIN_CHARS \
                and _headline_like(b, False, False):
            return b.text
    return None


def subtitle(blocks: list[Block], choice: BodyChoice) -> str | None:
    """Deck lines between the headline and the body that are not meta lines."""
    if choice.title_idx is None or not choice.body_idx:
        return None
    lines = []
    for b in blocks[choice.title_idx + 1: choice.body_idx[0]]:
        t = b.text
        if b.boiler or b.link_len or len(t) > 60 or is_meta_line(t) or META_LABEL_RE.search(t) \
                or BYLINE_RE.match(t):
            continue
        if ANY_DATE_RE.search(t) or COUNT_ONLY_RE.match(t) or is_end_noise(t):
            continue  # a date, a counter, a credit line (□ 本报记者 X 通讯员 Y 报道), a prompt
        lines.append(t)
    return "\n".join(lines) if lines else None

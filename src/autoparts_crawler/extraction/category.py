"""The article's channel: the breadcrumb's last channel link, meta article:section, or a
category-named label near the article."""

from __future__ import annotations

from autoparts_crawler.extraction.analysis import PageAnalysis, first_match
from autoparts_crawler.extraction.blocks import clean, hint_of
from autoparts_crawler.extraction.vocabulary import (
    CATEGORY_CLASS_RE,
    CATEGORY_LABEL_RE,
    CRUMB_RE,
    CRUMB_TEXT_WORDS,
    HOME_WORDS,
)


def extract_category(page: PageAnalysis) -> str | None:
    """Channel: breadcrumb's last channel link, meta article:section, or a category label near the article."""
    for el in page.root.iter("div", "p", "nav", "span", "ol", "ul"):
        h = hint_of(el)
        if not (h and CRUMB_RE.search(h)):
            text = el.text or ""
            if not any(w in text for w in CRUMB_TEXT_WORDS):
                continue
        names = [clean(a.text_content()) for a in el.iter("a")]
        names = [n for n in names if n and n not in HOME_WORDS and n != page.title]
        if names:
            return names[-1]
    m = page.meta("article:section", "category")
    if m:
        return m
    for a in page.anchors:  # <a rel="category tag"> (WordPress and its kin)
        if "category" in (a.el.get("rel") or "").lower().split() and 0 < len(a.text) <= 20:
            return a.text
    labelled = first_match(CATEGORY_LABEL_RE, page.zone() + [b.text for b in page.after(6) if len(b.text) <= 80])
    if labelled:
        return labelled
    hints = page.span_hints(CATEGORY_CLASS_RE)
    for b in page.after(4):
        for el in b.el.iter("span", "em", "a", "i"):
            if CATEGORY_CLASS_RE.search(hint_of(el)):
                t = clean(el.text_content())
                if 0 < len(t) <= 10:
                    hints.append(t)
    return hints[0] if hints else None

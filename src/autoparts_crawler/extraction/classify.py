"""Page kind: "article" | "list" | "other" -- decides what a spider does with a page it has no profile for.

An article has a body of sentence text under a headline plus a publish-time signal (JSON-LD/og
article type, a date line near the headline). A list page (home pages included: they lead to
articles) is dominated by a repeated block of entry links with article-length titles. Anything
else -- about/contact pages, product or supplier tables -- is "other".
"""

from __future__ import annotations

import re

from parsel import Selector

from autoparts_crawler.extraction.generic import _analyze, extract_published
from autoparts_crawler.extraction.listing import find_listing_blocks

ARTICLE_TYPE_RE = re.compile(r"article|posting|report|blog", re.I)
PRODUCT_RE = re.compile(r"供应|求购|产品|价格|报价|公司|厂家|型号|supplier|product|price", re.I)
SENTENCE_RE = re.compile(r"[。！？!?]|\.(?:\s|$)")


def _article_typed(sel: Selector) -> bool:
    og = sel.xpath('//meta[@property="og:type"]/@content').get() or ""
    if "article" in og.lower():
        return True
    for raw in sel.xpath('//script[@type="application/ld+json"]/text()').getall():
        if re.search(r'"@type"\s*:\s*"(?:News)?Article|"@type"\s*:\s*"(?:BlogPosting|Report)', raw):
            return True
    return False


def classify_page(sel: Selector, url: str) -> str:
    """'article', 'list' (incl. home pages) or 'other' (about/contact/product listings)."""
    page = _analyze(sel, url)
    body = [page.blocks[i].text for i in page.body_idx]
    body_len = sum(len(t) for t in body)
    sentences = sum(len(SENTENCE_RE.findall(t)) for t in body)
    blocks = find_listing_blocks(sel, url)
    lists = [b for b in blocks if b.kind in ("list", "related", "sidebar")]
    list_text = 0
    list_entries = 0
    for b in lists:
        long_titles = [e for e in b.entries if len(e.title) >= 8]
        if len(long_titles) >= 3:
            list_text = max(list_text, sum(len(e.title) for e in long_titles))
            list_entries = max(list_entries, len(long_titles))
    main_list = [b for b in blocks if b.kind == "list" and sum(1 for e in b.entries if len(e.title) >= 8) >= 4]
    dated = extract_published(sel, url) is not None
    typed = _article_typed(sel)
    has_title = page.title_idx is not None
    # a dated, titled page may open with one sentence and a list of points (the body's own <li>s)
    enough_sentences = sentences >= 2 or (sentences >= 1 and dated and has_title)
    article_like = body_len >= 60 and enough_sentences and (dated or typed) and (has_title or typed)
    if article_like and not (main_list and list_text > 1.5 * body_len):
        return "article"
    if main_list and list_entries >= 4:
        # a product/supplier table is not an article list
        titles = " ".join(e.title for b in main_list for e in b.entries)
        if len(PRODUCT_RE.findall(titles)) > 0.5 * list_entries and not dated:
            return "other"
        return "list"
    if list_entries >= 6 and list_text > body_len:
        return "list"
    return "other"

"""Where an article page points: its canonical URL and the next page of a split article."""

from __future__ import annotations

from autoparts_crawler.extraction.analysis import CANONICAL_HREF_XPATH, PageAnalysis, first_result
from autoparts_crawler.extraction.pager import same_article
from autoparts_crawler.extraction.vocabulary import NEXT_PAGE_TEXT_RE, PAGE_NUM_RE


def extract_canonical(page: PageAnalysis) -> str | None:
    """<link rel=canonical> (or og:url), absolute."""
    href = first_result(CANONICAL_HREF_XPATH, page.root) or page.meta("og:url")
    if not href or not href.strip():
        return None
    return page.absolute(href.strip())


def extract_next_page(page: PageAnalysis) -> str | None:
    """The article's own pager: 下一页 link, else the page-number link for the next page (876_2.html)."""
    current = page.page_number
    numbered = None
    for a in page.anchors:
        t = a.text
        is_next = bool(NEXT_PAGE_TEXT_RE.match(t))
        if not is_next and not (numbered is None and PAGE_NUM_RE.match(t) and int(t) == current + 1):
            continue
        target = page.anchor_url(a)
        if target == page.url or not same_article(page.url, target):
            continue
        if is_next:
            return target
        numbered = target
    return numbered

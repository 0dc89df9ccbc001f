"""Where an article page points: its canonical URL and the next page of a split article."""

from __future__ import annotations

from autoparts_crawler.extraction.analysis import CANONICAL_HREF_XPATH, PageAnalysis, first_result
from autoparts_crawler.extraction.blocks import clean, text_before
from autoparts_crawler.extraction.pager import same_article
from autoparts_crawler.extraction.vocabulary import (
    CONTINUATION_LEAD_CHARS,
    CONTINUED_FROM_RE,
    CONTINUED_ON_RE,
    NEXT_PAGE_TEXT_RE,
    PAGE_NUM_RE,
)


def extract_canonical(page: PageAnalysis) -> str | None:
    """<link rel=canonical> (or og:url), absolute."""
    href = first_result(CANONICAL_HREF_XPATH, page.root) or page.meta("og:url")
    if not href or not href.strip():
        return None
    return page.absolute(href.strip())


def continued_link(page: PageAnalysis, continued_from: bool = False) -> str | None:
    """Where a newspaper story continues (``（下转<a>第04版</a>）``, ``Continued on <a>page 4</a>``) or,
    with ``continued_from``, where its first part is (``（上接<a>第01版</a>）``): a link inside the
    phrase, to another page."""
    rx = CONTINUED_FROM_RE if continued_from else CONTINUED_ON_RE
    for a in page.anchors:
        # (only the last characters of the text before the link: a long paragraph's tail is not
        # cleaned whole for every link of every page)
        context = clean(text_before(a.el)[-3 * CONTINUATION_LEAD_CHARS:])[-CONTINUATION_LEAD_CHARS:] + a.text
        if rx.search(context):
            target = page.anchor_url(a)
            if target and target != page.url:
                return target
    return None


def extract_next_page(page: PageAnalysis) -> str | None:
    """The article's own pager: 下一页 link, else the page-number link for the next page (876_2.html),
    else the link where a newspaper story continues (下转第04版)."""
    continued = continued_link(page)
    if continued:
        return continued
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

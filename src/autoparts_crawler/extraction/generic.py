"""Generic article extraction for pages without a site profile (Chinese and English news/portals).

One :class:`.analysis.PageAnalysis` per page; the fields are read from it by one small function
per field family: body and headline (:mod:`.body`, :mod:`.title`), credits (:mod:`.credits`),
dates (:mod:`.dates`), counters (:mod:`.counters`), category (:mod:`.category`), links
(:mod:`.navigation`) and related entries (:mod:`.related`). Structured hints (JSON-LD, meta,
``<time>``) come first where they are trustworthy, then the lines between the headline and the
body and right after it (责任编辑, comment counters).
"""

from __future__ import annotations

from autoparts_crawler.extraction.analysis import PageAnalysis
from autoparts_crawler.extraction.blocks import clean
from autoparts_crawler.extraction.category import extract_category
from autoparts_crawler.extraction.counters import extract_comments, extract_views
from autoparts_crawler.extraction.credits import extract_author, extract_editor, extract_source
from autoparts_crawler.extraction.dates import extract_published_candidates
from autoparts_crawler.extraction.navigation import extract_canonical, extract_next_page
from autoparts_crawler.extraction.related import extract_related
from autoparts_crawler.extraction.title import subtitle
from autoparts_crawler.extraction.vocabulary import KICKER_ENDS, KICKER_MAX_CHARS
from autoparts_crawler.records.raw import RawArticle

__all__ = ["extract_body", "extract_generic", "extract_subtitle", "extract_title"]


def extract_title(page: PageAnalysis) -> str | None:
    """Headline (see :mod:`.title`), without a kicker the page data's headline leaves out
    (``<h1><span>Autozulieferer:</span> <span>HEADLINE</span></h1>`` with JSON-LD ``headline``)."""
    title = page.title
    if not title:
        return title
    for data in (page.ld("headline"), page.meta("og:title")):
        headline = clean(data) if isinstance(data, str) else ""
        if headline and headline != title and title.endswith(headline):
            kicker = title[: -len(headline)].strip()
            if kicker and len(kicker) <= KICKER_MAX_CHARS and kicker[-1] in KICKER_ENDS:
                return headline
    return title


def extract_subtitle(page: PageAnalysis) -> str | None:
    """Deck lines between the headline and the body."""
    return subtitle(page.blocks, page.body)


def extract_body(page: PageAnalysis) -> list[str]:
    """Body paragraphs in order (each p/li/heading/table row/<br><br> run), furniture removed."""
    blocks = page.blocks
    return [blocks[i].text for i in page.body_idx]


def extract_generic(page: PageAnalysis) -> RawArticle:
    """All raw fields of an article page, extractor='generic'."""
    candidates = extract_published_candidates(page)
    return RawArticle(
        title=extract_title(page),
        subtitle=extract_subtitle(page),
        paragraphs=extract_body(page),
        author=extract_author(page),
        editor=extract_editor(page),
        source=extract_source(page),
        published_raw=next((text for source, text in candidates if source == "nearby"), None),
        published_candidates=candidates,
        category=extract_category(page),
        views_raw=extract_views(page),
        comments_raw=extract_comments(page),
        related=extract_related(page),
        canonical_url=extract_canonical(page),
        next_page_url=extract_next_page(page),
        extractor="generic",
    )

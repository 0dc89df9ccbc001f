"""Page numbers of split articles: which page of which article does a URL show?

Portals split long articles as ``876.html``, ``876_2.html``, ``876_3.html`` (dedecms),
``show-12-345-2.html`` (phpcms), ``post-403/2/`` (WordPress) or ``?page=2``. The rules (:data:`.vocabulary.PAGE_QUERY_RE`,
:data:`.vocabulary.NUMBERED_PAGE_RE`, :data:`.vocabulary.SIBLING_PAGE_RE`) serves the spider (a later page reached on its own) and the
extractors (the article's own pager, a page-number suffix on a later page's title).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from autoparts_crawler.extraction.vocabulary import (
    ARTICLE_SLUG_RE,
    DASH_PAGE_RE,
    DATE_PATH_END_RE,
    NUMBERED_PAGE_RE,
    PAGE_QUERY_RE,
    PAGE_SEGMENT_RE,
    SIBLING_PAGE_RE,
)


def page_number(url: str) -> tuple[str, int]:
    """(article key, page number) of a possibly-numbered article URL: .../876_2.html -> (.../876.html, 2)."""
    parts = urlsplit(url)
    match = PAGE_QUERY_RE.search(parts.query)
    if match:
        query = PAGE_QUERY_RE.sub("&", parts.query).strip("&")
        return parts._replace(query=query, fragment="").geturl(), int(match.group(1))
    segment = PAGE_SEGMENT_RE.match(parts.path)
    if segment and ARTICLE_SLUG_RE.search(segment.group("slug")) and not DATE_PATH_END_RE.search(segment.group("stem")):
        return parts._replace(path=segment.group("stem"), query="", fragment="").geturl(), int(segment.group("n"))
    m = NUMBERED_PAGE_RE.match(parts.path)
    if m and m.group("n") and m.group("ext"):
        return parts._replace(path=m.group("stem") + m.group("ext"), query="", fragment="").geturl(), int(m.group("n"))
    return parts._replace(fragment="").geturl(), 1


def dash_numbered_first_page(url: str) -> str | None:
    """``.../show-124-2.html`` -> ``.../show-124.html`` (a possible first page), else None."""
    parts = urlsplit(url)
    m = DASH_PAGE_RE.match(parts.path)
    if not m or not 2 <= int(m.group("n")) <= 99:
        return None
    return parts._replace(path=m.group("stem") + m.group("ext"), query="", fragment="").geturl()


def _sibling_key(url: str) -> str:
    key = page_number(url)[0]
    parts = urlsplit(key)
    return parts._replace(path=SIBLING_PAGE_RE.sub(r"\g<ext>", parts.path), query="").geturl()


def same_article(url: str, target: str) -> bool:
    """Whether ``target`` (a link of the page's pager) is another page of the article at ``url``."""
    return not url or _sibling_key(target) == _sibling_key(url)


_NUMBER_RUN_RE = re.compile(r"\d+")


def first_page_of(url: str, other: str) -> bool:
    """Whether ``other`` is page 1 of what ``url`` shows a later page of, their addresses alike but
    for one number: 1 there, 2 or more here (``thread-18264-1-1.html`` for ``thread-18264-2-1.html``,
    whichever of its numbers is the page). Read only for a pager's link back (1, 上一页, 首页)."""
    a, b = urlsplit(url), urlsplit(other)
    if (a.netloc, a.query) != (b.netloc, b.query):
        return False
    here, there = _NUMBER_RUN_RE.split(a.path), _NUMBER_RUN_RE.split(b.path)
    if here != there:  # the text around the numbers differs
        return False
    diffs = [(x, y) for x, y in zip(_NUMBER_RUN_RE.findall(a.path), _NUMBER_RUN_RE.findall(b.path), strict=True)
             if x != y]
    return len(diffs) == 1 and diffs[0][1] == "1" and 2 <= int(diffs[0][0]) <= 999

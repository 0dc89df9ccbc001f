"""Pagination inside one article: where does the article continue?

Portals split long articles as ``876.html``, ``876_2.html``, ``876_3.html`` (dedecms,
phpcms) or ``?page=2``; the pager offers "下一页" and page numbers. The next page is the
numbered sibling of the current URL, or a "下一页"/"next" link of the same article.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from parsel import Selector

from autoparts_crawler.urls import safe_urljoin

NEXT_TEXT = re.compile(r"^\s*(下一页|下页|后一页|next\s*page|next|›|»|>)\s*$", re.I)
_NUMBERED = re.compile(r"^(?P<stem>.*?)(?:_(?P<n>\d{1,3}))?(?P<ext>\.s?html?|\.php|\.aspx?)?$")
_PAGE_QUERY = re.compile(r"(?:^|&)(?:page|p|pn|pageno)=(\d{1,3})(?:&|$)", re.I)


def page_number(url: str) -> tuple[str, int]:
    """(article key, page number) of a possibly-numbered article URL: .../876_2.html -> (.../876.html, 2)."""
    parts = urlsplit(url)
    match = _PAGE_QUERY.search(parts.query)
    if match:
        query = _PAGE_QUERY.sub("&", parts.query).strip("&")
        return parts._replace(query=query, fragment="").geturl(), int(match.group(1))
    m = _NUMBERED.match(parts.path)
    if m and m.group("n") and m.group("ext"):
        return parts._replace(path=m.group("stem") + m.group("ext"), query="", fragment="").geturl(), int(m.group("n"))
    return parts._replace(fragment="").geturl(), 1


def extract_next_page(sel: Selector, url: str) -> str | None:
    """Absolute URL of the article's next page, or None on the last (or only) page."""
    key, current = page_number(url)
    candidates: list[str] = []
    for anchor in sel.xpath("//a[@href]"):
        href = (anchor.attrib.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "#", "mailto:")):
            continue
        target = safe_urljoin(url, href)
        target_key, number = page_number(target)
        if target_key != key or target == url:
            continue
        text = " ".join(anchor.xpath(".//text()").getall()).strip()
        if number == current + 1 or (NEXT_TEXT.match(text) and number > current):
            candidates.append(target)
    return candidates[0] if candidates else None


def is_continuation(url: str) -> bool:
    """True when the URL itself says it is page 2+ of an article."""
    return page_number(url)[1] > 1

"""Page numbers of split articles: which page of which article does a URL show?

Portals split long articles as ``876.html``, ``876_2.html``, ``876_3.html`` (dedecms,
phpcms) or ``?page=2``. The spider uses this to recognise a later page reached on its own;
following the pager is the extractor's job (``generic.extract_next_page``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

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

"""Soft 404s: a site that answers every unknown URL with 200 and the same page.

Such a page, full of relative links, is how a crawl runs without end. Before it follows the links
of a host's first list or other page (or when a link shaped like a trap shows up), the spider
asks the host once for a URL that cannot exist (``/autoparts-probe-<hash>/<hash>.html``).
A proper 404 (or any non-200) clears the host. A 200 is the host's soft-404 page: its
fingerprint (title and the opening of its main text, digits ignored) is kept, and every later page
of the host with the same fingerprint becomes a ``soft_404`` reject whose links are not followed.
Counted in ``autoparts/traps/soft404_probes``, ``autoparts/traps/soft404_hosts`` and
``autoparts/traps/soft404_pages``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from autoparts_crawler.extraction.analysis import PageAnalysis

#: request meta key of the probe
PROBE_META = "autoparts_soft404_probe"
#: characters of the main text in the fingerprint
FINGERPRINT_TEXT = 160
_DIGITS_SPACE_RE = re.compile(r"[\d\s]+")


def soft404_fingerprint(page: PageAnalysis) -> str:
    """What a soft-404 page keeps under any URL: its titles and the opening of its main text."""
    body = "".join(page.blocks[i].text for i in page.body_idx)[:FINGERPRINT_TEXT]
    parts = (page.head_title or "", page.title or "", body)
    return "|".join(_DIGITS_SPACE_RE.sub("", p) for p in parts)


def site_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


class Soft404Mixin:
    """Probe and fingerprint of each host's soft-404 page (for :class:`PortalSpider`)."""

    crawler: Crawler
    run_id: str
    _soft404: dict[str, str]  # site -> fingerprint of its soft-404 page
    _soft404_probed: set[str]  # sites already probed

    def soft404_probe(self, url: str) -> Request | None:
        """The one probe request of ``url``'s host (None when it was asked already, or not http)."""
        key = site_key(url)
        if key in self._soft404_probed or not key.startswith("http"):
            return None
        self._soft404_probed.add(key)
        token = "autoparts-probe-" + hashlib.sha1(f"{key}|{self.run_id}".encode()).hexdigest()[:12]
        self.crawler.stats.inc_value("autoparts/traps/soft404_probes")
        return Request(f"{key}/{token}/{token}.html", callback=self.parse_soft404_probe,
                       errback=self.on_soft404_probe_error, priority=100, dont_filter=True,
                       meta={PROBE_META: True, "handle_httpstatus_all": True, "dont_redirect": True,
                             "dont_retry": True})

    def parse_soft404_probe(self, response: Response) -> Iterator[Any]:
        """A 200 for a URL that cannot exist: remember the page; anything else clears the host."""
        if response.status == 200 and isinstance(response, TextResponse) and response.body.strip():
            page = self.analyze(response)
            self._soft404[site_key(response.url)] = soft404_fingerprint(page)
            self.crawler.stats.inc_value("autoparts/traps/soft404_hosts")
        yield from ()

    def on_soft404_probe_error(self, failure: Failure) -> Iterator[Any]:
        """The probe could not be fetched (robots.txt, network): the host is not judged."""
        self.crawler.stats.inc_value("autoparts/traps/soft404_probe_failed")
        yield from ()

    def is_soft404(self, response: Response, page: PageAnalysis) -> bool:
        """True when the page is its host's soft-404 page under another URL."""
        known = self._soft404.get(site_key(response.url))
        return known is not None and soft404_fingerprint(page) == known

    def analyze(self, response: TextResponse) -> PageAnalysis:
        raise NotImplementedError

"""Decode every page once, by the project's one decision, and hand on a UTF-8 response.

Scrapy guesses a response's encoding from the header, then the ``<meta>``, then the BOM;
a GBK page labelled gb2312, a header that lies, or a page with no declaration then turns
into mojibake in ``response.text``, ``response.css`` and link extractors alike. This
middleware decodes the body with :func:`autoparts_crawler.web.encoding.decode_to_text`
(BOM, UTF-8 validity, header/meta by clean decoding, GB18030 superset, sniffing) and
replaces the response by an :class:`~scrapy.http.HtmlResponse` (or the same text class)
whose body is that text in UTF-8, so everything downstream sees the same text.

The chosen codec and the original body size stay in ``response.meta``
(``autoparts_encoding``, ``autoparts_body_bytes``); ``autoparts/encoding/<how>/<codec>``
counts the decisions. XML responses (sitemaps) and non-text bodies pass unchanged: XML
parsers read the declaration in the bytes themselves.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse, XmlResponse

from autoparts_crawler.web.encoding import decode_to_text, header_charset

ENCODING_META = "autoparts_encoding"
BODY_BYTES_META = "autoparts_body_bytes"


class DecodingMiddleware:
    """Re-encode text responses as UTF-8 after the project's encoding decision (codec kept in meta)."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DecodingMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if not isinstance(response, TextResponse) or isinstance(response, XmlResponse):
            return response
        decoded = decode_to_text(response.body, header_charset(response.headers.get("Content-Type")))
        self.stats.inc_value(f"autoparts/encoding/{decoded.how}/{decoded.codec}")
        request.meta[ENCODING_META] = decoded.codec
        request.meta[BODY_BYTES_META] = len(response.body)
        return response.replace(body=decoded.text.encode("utf-8"), encoding="utf-8")

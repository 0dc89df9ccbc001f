"""robots.txt fetched safely and read as RFC 9309 says (replaces Scrapy's RobotsTxtMiddleware at 100).

Scrapy's middleware parses whatever the robots.txt request returned -- a 5xx error page, the
body of a 404 -- and allows everything when the request failed: a network error, a file over
``DOWNLOAD_MAXSIZE``, a decompression bomb, a redirect to another host (dropped by the offsite
filter). This one decides by RFC 9309 §2.3.1 and §2.5:

* **size**: the first ``AUTOPARTS_ROBOTSTXT_MAXSIZE`` bytes (512 KiB; §2.5: the parsing limit
  MUST be at least 500 KiB) are read and parsed, the rest is never downloaded. The cap is applied
  while the body streams in (a ``bytes_received`` handler raises ``StopDownload(fail=False)``,
  which hands on what arrived), not by ``download_maxsize``: Scrapy cancels a download over that
  limit -- before the first byte when Content-Length announces it -- and keeps nothing, so the
  ``Disallow: /`` at the top of a 9 MB file would be lost. The robots.txt request therefore
  carries ``download_maxsize=0``; every Scrapy HTTP handler sends ``bytes_received`` before it
  checks a size. The cut last line is dropped (``Disallow: /news/`` cut to ``/ne`` is another rule).
* **compression**: the request asks for gzip/deflate only; a gzip/deflate body is inflated here
  to at most the same cap (memory stays bounded), and its Content-Encoding header removed, so
  HttpCompressionMiddleware -- which raises IgnoreRequest past ``download_maxsize`` and keeps
  nothing -- leaves it alone. Any other encoding is unreadable.
* a body cut at the cap (``too_large``, ``bomb``) whose first bytes hold no rule line, or an
  unreadable one: everything of the host is disallowed in this run (``unparseable``).
* **redirects** (§2.3.1.2: crawlers SHOULD follow at least five consecutive redirects, "even
  across authorities", and apply the rules to the initial authority): up to 5 hops are followed,
  to another host too (``allow_offsite``); counted in ``redirected``, and in ``redirected_offsite``
  when the target is neither the host, a subdomain of it, nor in ``allowed_domains``. More hops
  (or a redirect not followed): "unavailable", like a 4xx (``redirect_limit``).
* **4xx** but 429 (§2.3.1.3 "unavailable"): everything allowed, the body is not read
  (``unavailable_4xx``).
* **429, 5xx, network errors, timeouts** -- after the usual retries (§2.3.1.4 "unreachable": MUST
  assume complete disallow): everything of the host disallowed in this run, one WARNING per host
  (``unreachable`` and ``unreachable_5xx`` / ``unreachable_429`` / ``unreachable_error``).
* every request of a host waiting for its robots.txt gets the rules (Scrapy 2.19's middleware
  awaits one shared Deferred: all waiters but the first get None and are let through).
* robots.txt is read once per host and run, never from HTTPCACHE (``dont_cache``: a cached
  response would bypass the downloader and the cap) and never conditionally (incremental runs).

Stats ``autoparts/robots/<outcome>``, ``fetched`` for each robots.txt read (2xx) and
``disallow_all`` for each host shut out. Disallowed pages become ``robots_disallowed`` rejects,
counted in ``autoparts/skipped/robots_disallowed`` (choices, not fetch failures).
"""

from __future__ import annotations

import logging
import re
import weakref
import zlib
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, StopDownload
from scrapy.http import Response
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from twisted.internet.defer import Deferred

from autoparts_crawler.web.urls import host_in_domains

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.robotstxt import RobotParser

logger = logging.getLogger(__name__)

STATS = "autoparts/robots"
ROBOTS_META = "autoparts_robots"  # marks the robots.txt request (and its redirects, retries)
BODY_META = "autoparts_robots_body"  # (first bytes, "" | "too_large" | "bomb" | "undecodable")
MAX_REDIRECTS = 5
DEFAULT_MAXSIZE = 512 * 1024
DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"
RULE_LINE = re.compile(rb"(?im)^[ \t]*(?:user-agent|allow|disallow)[ \t]*:")
INFLATABLE = {b"gzip", b"x-gzip", b"deflate"}


def _inflate(data: bytes, limit: int) -> bytes:
    """At most ``limit`` bytes of a gzip, zlib or raw deflate stream (members concatenated)."""
    try:
        inflater = zlib.decompressobj(32 + zlib.MAX_WBITS)  # gzip or zlib header
        out = inflater.decompress(data, limit)
    except zlib.error:
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, sent by some servers
        out = inflater.decompress(data, limit)
    while inflater.eof and inflater.unused_data.startswith(b"\x1f\x8b") and len(out) < limit:
        rest = inflater.unused_data
        inflater = zlib.decompressobj(32 + zlib.MAX_WBITS)
        out += inflater.decompress(rest, limit - len(out))
    return out


def inflate_prefix(body: bytes, encodings: list[bytes], limit: int) -> tuple[bytes, bool] | None:
    """The first ``limit`` bytes of ``body`` decoded (the last Content-Encoding first) and whether it
    inflates past them; None when an encoding is not gzip/deflate or the data is corrupt."""
    over = False
    for encoding in reversed(encodings):
        if encoding not in INFLATABLE:
            return None
        try:
            body = _inflate(body, limit + 1)
        except zlib.error:
            return None
        if len(body) > limit:
            body, over = body[:limit], True
    return body, over


def _relay(parser: RobotParser | None, waiter: Deferred[RobotParser | None]) -> RobotParser | None:
    waiter.callback(parser)
    return parser  # for the next waiter


class SafeRobotsTxtMiddleware(RobotsTxtMiddleware):
    """RobotsTxtMiddleware with a size cap on the transfer and on inflation, and RFC 9309 outcomes."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.maxsize = crawler.settings.getint("AUTOPARTS_ROBOTSTXT_MAXSIZE", DEFAULT_MAXSIZE)
        self._received: weakref.WeakKeyDictionary[Request, int] = weakref.WeakKeyDictionary()
        crawler.signals.connect(self._bytes_received, signal=signals.bytes_received)
        crawler.signals.connect(self._response_downloaded, signal=signals.response_downloaded)

    def _count(self, outcome: str) -> None:
        self.crawler.stats.inc_value(f"{STATS}/{outcome}")

    # --- the download: capped as it streams, inflated here -----------------------------------
    def _bytes_received(self, data: bytes, request: Request) -> None:
        if not request.meta.get(ROBOTS_META):
            return
        received = self._received[request] = self._received.get(request, 0) + len(data)
        if received > self.maxsize:
            raise StopDownload(fail=False)  # the response goes on with what arrived

    def _response_downloaded(self, response: Response, request: Request) -> None:
        """The first ``maxsize`` bytes of the (decoded) body into ``BODY_META``, before any middleware."""
        if not request.meta.get(ROBOTS_META):
            return
        self._received.pop(request, None)
        body, how = response.body, ""
        cut = "download_stopped" in response.flags or len(body) > self.maxsize
        encodings = [part.strip().lower() for value in response.headers.getlist(b"Content-Encoding")
                     for part in value.split(b",")]
        encodings = [e for e in encodings if e and e != b"identity"]
        if encodings:
            del response.headers[b"Content-Encoding"]  # decoded here, bounded: HttpCompression skips it
            inflated = inflate_prefix(body, encodings, self.maxsize)
            if inflated is None:
                body, how = b"", "undecodable"
            else:
                body, over = inflated
                how = "bomb" if over else "too_large" if cut else ""
        elif cut:
            body, how = body[: self.maxsize], "too_large"
        if how in ("too_large", "bomb"):
            body = body[: body.rfind(b"\n") + 1]  # a cut line is another rule
        request.meta[BODY_META] = (body, how)

    # --- the decision -----------------------------------------------------------------------
    async def robot_parser(self, request: Request) -> RobotParser | None:
        url = urlparse_cached(request)
        netloc = url.netloc
        if netloc not in self._parsers:
            pending: Deferred[RobotParser | None] = Deferred()
            self._parsers[netloc] = pending
            robots = Request(f"{url.scheme}://{netloc}/robots.txt", priority=self.DOWNLOAD_PRIORITY,
                             headers={"Accept-Encoding": "gzip, deflate"}, callback=NO_CALLBACK,
                             meta={"dont_obey_robotstxt": True, ROBOTS_META: True, "download_maxsize": 0,
                                   "redirect_ttl": MAX_REDIRECTS, "allow_offsite": True,
                                   # fresh each run, through the downloader (where the cap applies),
                                   # never a conditional (incremental) request
                                   "dont_cache": True, "autoparts_full": True})
            try:
                response = await self.crawler.engine.download_async(robots)
            except Exception as exc:  # every failure has an RFC 9309 outcome
                parser = self._failed(exc, netloc)
            else:
                parser = await self._read(response, netloc, request)
            self.crawler.stats.inc_value("robotstxt/request_count")
            self._parsers[netloc] = parser
            pending.callback(parser)
        found = self._parsers[netloc]
        if isinstance(found, Deferred):
            # one Deferred per waiter: awaiting the shared one would consume its result, and every
            # later waiter would get None -- "allowed" (Scrapy 2.19's RobotsTxtMiddleware does that)
            mine: Deferred[RobotParser | None] = Deferred()
            found.addCallback(_relay, mine)
            return await maybe_deferred_to_future(mine)
        return found

    async def _read(self, response: Response, netloc: str, request: Request) -> RobotParser | None:
        """The parser for a robots.txt answer (None = everything allowed)."""
        status = response.status
        self.crawler.stats.inc_value("robotstxt/response_count")
        self.crawler.stats.inc_value(f"robotstxt/response_status_count/{status}")
        if response.meta.get("redirect_urls"):
            self._count("redirected")
            if self._offsite(response.url, urlparse_cached(request).hostname or ""):
                self._count("redirected_offsite")
                logger.info("robots.txt of %s redirects to another site, %s: its rules apply to %s "
                            "(RFC 9309 2.3.1.2)", netloc, response.url, netloc)
        if 200 <= status < 300:
            self._count("fetched")
            body, how = response.meta.get(BODY_META, (response.body[: self.maxsize], ""))
            if how:
                self._count(how)
            if how and not RULE_LINE.search(body):
                self._count("unparseable")
                logger.warning("robots.txt of %s is %s with no rule in its first %d bytes: nothing of "
                               "that host is crawled in this run", netloc, how, self.maxsize)
                return self._disallow_all()
            parser = build_from_crawler(self._parserimpl, self.crawler, body)
            robots_parsed = getattr(signals, "robots_parsed", None)  # newer Scrapy (2.19 has it, 2.15 not)
            if robots_parsed is not None:
                await self.crawler.signals.send_catch_log_async(signal=robots_parsed, robotparser=parser,
                                                                request=request)
            return parser
        if 300 <= status < 400:
            self._count("redirect_limit")
            return None
        if 400 <= status < 500 and status != 429:
            self._count("unavailable_4xx")
            return None
        return self._unreachable(netloc, "unreachable_429" if status == 429 else "unreachable_5xx",
                                 f"HTTP {status}")

    def _failed(self, exc: Exception, netloc: str) -> RobotParser | None:
        if isinstance(exc, IgnoreRequest) and "max redirections" in str(exc):
            self._count("redirect_limit")  # more than 5 hops: "unavailable" (RFC 9309 2.3.1.2)
            return None
        self.crawler.stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        return self._unreachable(netloc, "unreachable_error", f"{type(exc).__name__}: {exc}")

    def _unreachable(self, netloc: str, outcome: str, why: str) -> RobotParser:
        self._count("unreachable")
        self._count(outcome)
        logger.warning("robots.txt of %s unreachable (%s): nothing of that host is crawled in this run "
                       "(RFC 9309 2.3.1.4)", netloc, why[:300])
        return self._disallow_all()

    def _disallow_all(self) -> RobotParser:
        self._count("disallow_all")
        return build_from_crawler(self._parserimpl, self.crawler, DISALLOW_ALL)

    def _offsite(self, url: str, origin: str) -> bool:
        """The redirect target is neither the robots.txt host (or a subdomain) nor in allowed_domains."""
        host = urlsplit(url).hostname or ""
        domains = [origin, *(getattr(self.crawler.spider, "allowed_domains", None) or [])]
        return not host_in_domains(host, domains)

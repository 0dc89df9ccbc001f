"""Retries with exponential backoff: Scrapy's RetryMiddleware retries at once; this one waits.

The n-th retry of a request waits ``min(cap, base * 2**(n-1))`` seconds times a random
jitter factor in ``[1 - jitter, 1]`` (full jitter avoids retry storms), or the server's
``Retry-After`` (seconds or an HTTP date) when that is longer, still capped. Settings::

    AUTOPARTS_RETRY_BACKOFF_BASE = 0.5     # seconds before the first retry
    AUTOPARTS_RETRY_BACKOFF_MAX = 30.0     # cap on any single wait (Retry-After included)
    AUTOPARTS_RETRY_BACKOFF_JITTER = 0.5   # fraction of the wait that is randomized
    AUTOPARTS_RETRY_SEED = None            # seed the jitter (reproducible tests)
    AUTOPARTS_RETRY_EMPTY = True           # a 200 with an empty body is retried too

Stats: ``autoparts/retry/scheduled``, ``autoparts/retry/reason/<why>``,
``autoparts/retry/retry_after``, ``autoparts/retry/backoff_seconds`` (total waited) and
``autoparts/retry/gave_up`` (Scrapy's own ``retry/*`` counters stay as they are).
The wait happens inside the middleware (an ``async`` method), so other downloads go on.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from typing import Any

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request, Response
from scrapy.settings import BaseSettings
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.reactor import is_asyncio_reactor_installed

from autoparts_crawler.extensions.side_outputs import STATS_PREFIX


def parse_retry_after(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date); None if absent/bad."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def backoff_delay(attempt: int, *, base: float, cap: float, jitter: float, rng: random.Random,
                  retry_after: float | None = None) -> float:
    """Wait before retry number ``attempt`` (1-based): capped exponential with jitter, >= Retry-After."""
    exp = min(cap, base * 2 ** max(0, attempt - 1))
    delay = exp * (1 - jitter * rng.random())
    if retry_after is not None:
        delay = max(delay, retry_after)
    return max(0.0, min(cap, delay))


async def _sleep(seconds: float) -> None:
    """Sleep without blocking the reactor (asyncio or plain Twisted)."""
    if is_asyncio_reactor_installed():
        await asyncio.sleep(seconds)
        return
    from twisted.internet import reactor, task

    await maybe_deferred_to_future(task.deferLater(reactor, seconds, lambda: None))


class BackoffRetryMiddleware(RetryMiddleware):
    """RetryMiddleware that sleeps (backoff + jitter, honouring Retry-After) before each retry."""

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("AUTOPARTS_RETRY_BACKOFF_BASE", 0.5)
        self.cap = settings.getfloat("AUTOPARTS_RETRY_BACKOFF_MAX", 30.0)
        self.jitter = min(1.0, max(0.0, settings.getfloat("AUTOPARTS_RETRY_BACKOFF_JITTER", 0.5)))
        seed = settings.get("AUTOPARTS_RETRY_SEED")
        self.rng = random.Random(seed)
        self.retry_empty = settings.getbool("AUTOPARTS_RETRY_EMPTY", True)

    def _count(self, key: str, n: float = 1) -> None:
        self.crawler.stats.inc_value(f"{STATS_PREFIX}/retry/{key}", n)

    async def _wait(self, retry: Request, why: str, retry_after: float | None) -> Request:
        attempt = int(retry.meta.get("retry_times", 1))
        delay = backoff_delay(attempt, base=self.base, cap=self.cap, jitter=self.jitter, rng=self.rng,
                              retry_after=retry_after)
        self._count("scheduled")
        self._count(f"reason/{why}")
        if retry_after is not None:
            self._count("retry_after")
        self._count("backoff_seconds", round(delay, 3))
        retry.meta["autoparts_backoff"] = round(delay, 3)
        if delay > 0:
            await _sleep(delay)
        return retry

    async def process_response(self, request: Request, response: Response,  # type: ignore[override]
                               spider: Any = None) -> Request | Response:
        if request.meta.get("dont_retry", False):
            return response
        empty = (self.retry_empty and response.status == 200 and not response.body.strip()
                 and request.method != "HEAD")
        if response.status not in self.retry_http_codes and not empty:
            return response
        why = "empty_body" if empty else f"http_{response.status}"
        retry = self._retry(request, "empty body" if empty else f"HTTP {response.status}")
        if retry is None:
            self._count("gave_up")
            return response
        return await self._wait(retry, why, parse_retry_after(response.headers.get("Retry-After")))

    async def process_exception(self, request: Request, exception: Exception,  # type: ignore[override]
                                spider: Any = None) -> Request | Response | None:
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry", False):
            return None
        retry = self._retry(request, exception)
        if retry is None:
            self._count("gave_up")
            return None
        return await self._wait(retry, type(exception).__name__, None)

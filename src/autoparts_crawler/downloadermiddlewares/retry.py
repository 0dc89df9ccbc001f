"""Retries with backoff that never hold a download slot: the wait is put on the host's downloader slot.

Scrapy's RetryMiddleware re-schedules a failed request at once. This one computes a wait
for the n-th retry -- ``min(cap, base * 2**(n-1))`` times a random jitter factor in
``[1 - jitter, 1]`` (full jitter avoids retry storms), or the server's ``Retry-After``
(seconds or an HTTP date) when that is longer, still capped -- and, as AutoThrottle does,
applies it to the downloader slot of the request's host: the slot's delay is raised to the
wait, so it sends nothing before the wait is over, while the retry request goes back to the
scheduler at once. Other hosts'
downloads go on meanwhile (nothing sleeps inside the middleware chain, and the
downloader-aware scheduler queue of settings.py hands out requests of other slots first);
the slot's own delay is restored by the next response of that host that is not retried.
Settings::

    AUTOPARTS_RETRY_BACKOFF_BASE = 0.5     # seconds before the first retry
    AUTOPARTS_RETRY_BACKOFF_MAX = 30.0     # cap on any single wait (Retry-After included)
    AUTOPARTS_RETRY_BACKOFF_JITTER = 0.5   # fraction of the wait that is randomized
    AUTOPARTS_RETRY_SEED = None            # seed the jitter (reproducible tests)
    AUTOPARTS_RETRY_EMPTY = True           # a 200 with an empty body is retried too

Retry decisions and give-up logging are Scrapy's own (:func:`scrapy.downloadermiddlewares.retry.get_retry_request`,
``RETRY_TIMES``, ``RETRY_HTTP_CODES``, ``RETRY_EXCEPTIONS``, ``retry/*`` stats). Ours:
``autoparts/retry/scheduled``, ``autoparts/retry/reason/<why>``, ``autoparts/retry/retry_after``,
``autoparts/retry/backoff_seconds`` (total waited) and ``autoparts/retry/gave_up``.
"""

from __future__ import annotations

import email.utils
import inspect
import logging
import random
import time

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware, get_retry_request
from scrapy.http import Response
from scrapy.utils.response import response_status_message


def _slot_jitter(slot: object) -> float:
    """The fraction by which the downloader varies this slot's delay (Scrapy >= 2.19: ``jitter``;
    before: ``randomize_delay`` meaning 0.5)."""
    jitter = getattr(slot, "jitter", None)
    if jitter is None:
        jitter = 0.5 if getattr(slot, "randomize_delay", False) else 0.0
    return min(1.0, max(0.0, float(jitter)))


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


#: whether this Scrapy's get_retry_request takes ``give_up_log_level`` (2.19 does, 2.15 does not)
GIVE_UP_LOG_LEVEL = "give_up_log_level" in inspect.signature(get_retry_request).parameters


class _GiveUpLogger(logging.LoggerAdapter):
    """Scrapy's retry logger with its give-up line (``logger.error``) at a chosen level."""

    def __init__(self, level: int | str) -> None:
        super().__init__(logging.getLogger("scrapy.downloadermiddlewares.retry"), {})
        self.give_up_level = logging.getLevelName(level) if isinstance(level, str) else level

    def error(self, msg: object, *args: object, **kwargs: object) -> None:  # type: ignore[override]
        self.log(self.give_up_level, msg, *args, **kwargs)


class BackoffRetryMiddleware(RetryMiddleware):
    """RetryMiddleware whose retries wait on the host's downloader slot (backoff + jitter, Retry-After)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler.settings)
        self.crawler = crawler
        settings = crawler.settings
        self.base = settings.getfloat("AUTOPARTS_RETRY_BACKOFF_BASE", 0.5)
        self.cap = settings.getfloat("AUTOPARTS_RETRY_BACKOFF_MAX", 30.0)
        self.jitter = min(1.0, max(0.0, settings.getfloat("AUTOPARTS_RETRY_BACKOFF_JITTER", 0.5)))
        self.rng = random.Random(settings.get("AUTOPARTS_RETRY_SEED"))
        self.retry_empty = settings.getbool("AUTOPARTS_RETRY_EMPTY", True)
        self._held: dict[str, float] = {}  # slot key -> the slot's own delay, while a backoff holds it

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:  # type: ignore[override]
        return cls(crawler)

    def _count(self, key: str, n: float = 1) -> None:
        self.crawler.stats.inc_value(f"autoparts/retry/{key}", n)

    def _retry_request(self, request: Request, reason: str | Exception) -> Request | None:
        options: dict[str, object] = {}
        if GIVE_UP_LOG_LEVEL:  # newer Scrapy (2.19 has it, 2.15 not)
            options["give_up_log_level"] = request.meta.get("give_up_log_level", self.give_up_log_level)
        else:  # older: giving up is logged with logger.error; log it at RETRY_GIVE_UP_LOG_LEVEL instead
            options["logger"] = _GiveUpLogger(self.crawler.settings.get("RETRY_GIVE_UP_LOG_LEVEL") or "ERROR")
        return get_retry_request(
            request, spider=self.crawler.spider, reason=reason,
            max_retry_times=request.meta.get("max_retry_times", self.max_retry_times),
            priority_adjust=request.meta.get("priority_adjust", self.priority_adjust), **options)

    def _slot(self, request: Request) -> tuple[str, object] | None:
        engine = getattr(self.crawler, "engine", None)
        downloader = getattr(engine, "downloader", None)
        if downloader is None:
            return None
        key = downloader.get_slot_key(request)
        slot = downloader.slots.get(key)
        return (key, slot) if slot is not None else None

    def _hold_slot(self, request: Request, delay: float) -> None:
        """The request's slot waits ``delay`` seconds between sends (its own delay is kept to restore)."""
        found = self._slot(request)
        if found is None:
            return
        key, slot = found
        self._held.setdefault(key, slot.delay)  # type: ignore[attr-defined]
        # as AutoThrottle does: only the slot's delay changes; the downloader measures it from the
        # slot's last send with its own clock, so no clock of ours is mixed into the slot
        # the downloader randomizes a slot's delay (DOWNLOAD_DELAY_JITTER, RANDOMIZE_DOWNLOAD_DELAY):
        # scaled so that even the shortest randomized wait is ``delay`` (Retry-After is a minimum)
        slot.delay = max(slot.delay, delay / max(0.05, 1.0 - _slot_jitter(slot)))  # type: ignore[attr-defined]

    def _release_slot(self, request: Request) -> None:
        if not self._held:
            return
        found = self._slot(request)
        if found is not None and found[0] in self._held:
            found[1].delay = self._held.pop(found[0])  # type: ignore[attr-defined]

    def _backoff(self, retry: Request, why: str, retry_after: float | None) -> Request:
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
            self._hold_slot(retry, delay)
        return retry

    def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        if request.meta.get("dont_retry", False):
            return response
        empty = (self.retry_empty and response.status == 200 and not response.body.strip()
                 and request.method != "HEAD")
        if response.status not in self.retry_http_codes and not empty:
            self._release_slot(request)
            return response
        why = "empty_body" if empty else f"http_{response.status}"
        retry = self._retry_request(request, "empty body" if empty else response_status_message(response.status))
        if retry is None:
            self._count("gave_up")
            self._release_slot(request)
            return response
        return self._backoff(retry, why, parse_retry_after(response.headers.get("Retry-After")))

    def process_exception(self, request: Request, exception: Exception) -> Request | Response | None:  # type: ignore[override]
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry", False):
            return None
        retry = self._retry_request(request, exception)
        if retry is None:
            self._count("gave_up")
            return None
        return self._backoff(retry, type(exception).__name__, None)

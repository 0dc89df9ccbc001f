"""What a failed request becomes: a reason code, the HTTP status, a detail -- and what a reject keeps."""

from __future__ import annotations

from typing import Any

from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from autoparts_crawler.downloadermiddlewares.decoding import BODY_BYTES_META, ENCODING_META

#: exception class name -> reject reason
EXCEPTION_REASONS = {
    "TimeoutError": "timeout", "TCPTimedOutError": "timeout", "DownloadTimeoutError": "timeout",
    "DNSLookupError": "dns_error", "ConnectionRefusedError": "connection_refused",
    "ConnectionLost": "connection_lost", "ConnectionDone": "connection_lost",
    "ResponseNeverReceived": "connection_lost", "ResponseFailed": "response_failed",
    "IgnoreRequest": "ignored", "PartialDownloadError": "truncated", "FileNotFoundError": "file_not_found",
    # Scrapy's HTTP handler cancels a body that grows past DOWNLOAD_MAXSIZE with a bare (Download)CancelledError
    # (a body announced too large is a DownloadCancelledError naming the size; a timeout is a TimeoutError)
    "CancelledError": "too_large", "DownloadCancelledError": "too_large",
}

#: reasons for a request the crawler chose not to complete (robots.txt, a redirect off the site):
#: still a reject record, but counted under ``autoparts/skipped/`` -- not a fetch failure, so
#: health checks do not see them as errors
DELIBERATE_SKIPS = frozenset({"robots_disallowed", "offsite_redirect"})


def outcome_stat(reason: str) -> str:
    """The stats key of a request that ended without a page: skipped on purpose, or failed."""
    group = "skipped" if reason in DELIBERATE_SKIPS else "fetch_failed"
    return f"autoparts/{group}/{reason}"


def describe_failure(failure: Failure) -> tuple[str, int | None, str]:
    """(reason code, HTTP status or None, detail) for a failed request."""
    exc = failure.value
    if failure.check(HttpError):
        status = exc.response.status
        return f"http_{status}", status, f"HTTP {status} after retries"
    name = type(exc).__name__
    reason = EXCEPTION_REASONS.get(name, "fetch_error")
    text = str(exc).lower()
    if "robots.txt" in text:
        reason = "robots_disallowed"
    if "maxsize" in text or "max size" in text:
        reason = "too_large"
    if "max redirections" in text:
        reason = "redirect_loop"
    if "offsite" in text:
        reason = "offsite_redirect"
    if "dataloss" in text or "data loss" in text or name == "ResponseDataLossError":
        reason = "truncated"
    elif reason == "fetch_error" and ("connectionlost" in text or "connection to the other side was lost" in text):
        reason = "connection_lost"
    detail = f"{name}: {exc}" if str(exc) or reason != "too_large" else f"{name}: body over DOWNLOAD_MAXSIZE"
    return reason, None, detail[:500]


def response_encoding(response: Response) -> str | None:
    """The codec the page was decoded with (:mod:`~autoparts_crawler.downloadermiddlewares.decoding`)."""
    meta = response.meta if response.request is not None else {}
    return meta.get(ENCODING_META) or getattr(response, "encoding", None)


def response_raw(response: Response | None, encoding: str | None = None) -> dict[str, Any]:
    """What a reject keeps of a response to re-process it later: status, headers, size (as received), codec."""
    if response is None:
        return {}
    headers = {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
    meta = response.meta if response.request is not None else {}
    return {"http_status": response.status, "headers": headers,
            "body_bytes": meta.get(BODY_BYTES_META, len(response.body)), "encoding": encoding}


def failure_raw(failure: Failure) -> dict[str, Any]:
    """A failed request's reject ``raw``: the response (if any), the exception, retries, redirects."""
    request = failure.request  # type: ignore[attr-defined]
    response = getattr(failure.value, "response", None)
    raw = response_raw(response) if isinstance(response, Response) else {}
    raw.update(exception=type(failure.value).__name__, retries=request.meta.get("retry_times", 0),
               redirect_urls=request.meta.get("redirect_urls", []))
    return raw

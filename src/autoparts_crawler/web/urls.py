"""URL canonicalization shared by the spider (what to request) and records (what to key on)."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

DEFAULT_TRACKING_PARAMS: tuple[str, ...] = ("from", "spm", "utm_*")
FOLLOWABLE_SCHEMES = frozenset({"http", "https", "file"})


def is_tracking(name: str, tracking: Iterable[str] = DEFAULT_TRACKING_PARAMS) -> bool:
    """True when a query parameter only tracks the click (from=list, utm_source=...)."""
    name = name.lower()
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in tracking)


def safe_urljoin(base: str | None, href: str) -> str:
    """``urljoin`` that never raises: a malformed base or href (``http://[oops/``) gives ""."""
    try:
        return urljoin(base or "", href)
    except ValueError:
        return ""


def canonicalize(url: str, tracking: Iterable[str] = DEFAULT_TRACKING_PARAMS) -> str:
    """Drop the fragment and tracking parameters, sort the rest, lowercase scheme and host.

    A URL that cannot be parsed (bad IPv6 brackets) is returned stripped, unchanged.
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    tracking = tuple(tracking)
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if not is_tracking(k, tracking))
    netloc = parts.netloc.lower()
    if (parts.scheme == "http" and netloc.endswith(":80")) or (parts.scheme == "https" and netloc.endswith(":443")):
        netloc = netloc.rsplit(":", 1)[0]
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", urlencode(query), ""))


def same_site(url: str, other: str) -> bool:
    """True when both URLs have the same scheme family and host (file:// counts as one site)."""
    try:
        a, b = urlsplit(url), urlsplit(other)
        a.hostname, b.hostname  # noqa: B018 - raises for malformed netlocs
    except ValueError:
        return False
    if a.scheme == "file" or b.scheme == "file":
        return a.scheme == b.scheme
    return (a.hostname or "").lower() == (b.hostname or "").lower()

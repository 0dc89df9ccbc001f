"""URL canonicalization shared by the spider (what to request) and records (what to key on)."""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterable
from urllib.parse import unquote_plus, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

DEFAULT_TRACKING_PARAMS: tuple[str, ...] = ("from", "spm", "utm_*")
FOLLOWABLE_SCHEMES = frozenset({"http", "https", "file"})
#: session-id parameters (query, or ``;name=value`` path parameters): a new one per visit, so they
#: make one page look like many; always removed from canonical URLs (``fnmatch`` patterns)
SESSION_PARAMS: tuple[str, ...] = ("jsessionid", "phpsessid", "sid", "sessionid", "session_id",
                                   "aspsessionid*", "cfid", "cftoken", "sess_id")


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


#: Characters that make ``urljoin`` do more than concatenate (query, fragment, params, the
#: whitespace it strips) -- an href with any of them takes the general path.
_JOIN_SPECIAL = frozenset("?#;[]\t\r\n\\")


def url_joiner(base: str | None) -> Callable[[str], str]:
    """``safe_urljoin`` bound to one base, with exact fast paths for the commonest hrefs: an
    absolute http(s) URL and a root-relative path (``/news/1.html``) without dot segments, query,
    fragment or params give the same string ``urljoin`` would, without parsing (a page has a few
    hundred links)."""
    try:
        parts = urlsplit(base) if base else None
    except ValueError:  # a base no parser accepts: every join takes the general (failing) path
        parts = None
    origin = f"{parts.scheme}://{parts.netloc}" if parts and parts.scheme in ("http", "https") and parts.netloc \
        and base == base.strip() and _JOIN_SPECIAL.isdisjoint(parts.netloc) else None
    # the base's directory segments ("/a/b/c.html" -> ["a", "b"]), for document-relative hrefs
    base_dirs = parts.path.split("/")[1:-1] if origin is not None and parts.path.startswith("/") \
        and "//" not in parts.path and "/." not in parts.path and ";" not in parts.path else None

    def join(href: str) -> str:
        if origin is not None and href and href == href.strip() and _JOIN_SPECIAL.isdisjoint(href):
            if "/." not in href:
                if href[0] == "/" and href[1:2] != "/":
                    return origin + href
                if href.startswith(("http://", "https://")) and href.isascii() \
                        and href[href.index("//") + 2:][:1] not in ("/", ""):
                    return href
            if base_dirs is not None and ":" not in href and "//" not in href \
                    and (href[0] not in "/." or href.startswith(("../", "./"))):
                return origin + _relative_path(base_dirs, href)
        return safe_urljoin(base, href)

    return join


def _relative_path(base_dirs: list[str], href: str) -> str:
    """The absolute path of a document-relative ``href`` (``show-1.html``, ``../news/1.html``,
    ``./a/``) against a base whose directory segments are ``base_dirs``: RFC 3986 dot-segment
    removal, ``..`` never climbing above the root (what ``urljoin`` gives)."""
    dirs = list(base_dirs)
    segments = href.split("/")
    last = len(segments) - 1
    out: list[str] = []
    for i, seg in enumerate(segments):
        if seg == "..":
            if out:
                out.pop()
            elif dirs:
                dirs.pop()
            if i == last:
                out.append("")  # "a/.." ends in a directory: a trailing slash
        elif seg == ".":
            if i == last:
                out.append("")
        else:
            out.append(seg)
    return "/" + "/".join(dirs + out)


def document_base_url(root: object, url: str) -> str:
    """The URL relative links of a page resolve against: its first ``<base href>`` (itself
    resolved against ``url``, as browsers do), else ``url``. ``root`` is an lxml element or a
    parsel Selector; a base that no parser accepts, or one that is not http(s)/file, is ignored."""
    root = getattr(root, "root", root)
    find = getattr(root, "iter", None)
    if find is None:
        return url
    for base in find("base"):
        href = (base.get("href") or "").strip()
        if href:
            joined = safe_urljoin(url, href)
            if joined.split(":", 1)[0].lower() in ("http", "https", "file"):
                return joined
            return url
    return url


def _drop_tracking(query: str, tracking: tuple[str, ...]) -> str:
    """The query without its tracking parameters; the others are kept exactly as written."""
    kept = [pair for pair in query.split("&")
            if pair and not is_tracking(unquote_plus(pair.split("=", 1)[0]), tracking)]
    return "&".join(kept)


def _drop_path_sessions(path: str) -> str:
    """``/a/1.html;jsessionid=AB12`` -> ``/a/1.html`` (other path parameters are kept)."""
    if ";" not in path:
        return path
    segments = []
    for segment in path.split("/"):
        name, *params = segment.split(";")
        kept = [p for p in params if not is_tracking(p.split("=", 1)[0], SESSION_PARAMS)]
        segments.append(";".join([name, *kept]))
    return "/".join(segments)


def canonicalize(url: str, tracking: Iterable[str] = DEFAULT_TRACKING_PARAMS, encoding: str | None = None) -> str:
    """The one key of a URL: the form Scrapy's fingerprints see (``w3lib.url.canonicalize_url``).

    ``/a/汽车.html``, ``/a/%E6%B1%BD%E8%BD%A6.html`` and ``/a/%e6%b1%bd%e8%bd%a6.html`` are one key:
    w3lib percent-encodes the path as UTF-8 with upper-case escapes, sorts the query (repeated
    names kept: ``unique`` does not apply), drops the fragment and lower-cases the host. On top:
    tracking parameters (:data:`DEFAULT_TRACKING_PARAMS`, ``fnmatch`` patterns) and session ids
    (:data:`SESSION_PARAMS`, in the query or as ``;jsessionid=`` path parameters) are removed, the
    scheme's default port (``:80``, ``:443``) is stripped and an empty path becomes ``/``. A URL that
    cannot be parsed (bad IPv6 brackets) is returned stripped, unchanged. ``encoding``: the
    encoding of the page the link is on; characters in the *query* are percent-encoded in it, as
    browsers do (``?kw=刹车`` on a GBK page is ``?kw=%C9%B2%B3%B5``; the path is always UTF-8).
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises for a malformed port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    netloc = parts.netloc
    if (scheme == "http" and netloc.endswith(":80")) or (scheme == "https" and netloc.endswith(":443")):
        netloc = netloc.rsplit(":", 1)[0]
    query = _drop_tracking(parts.query, (*tuple(tracking), *SESSION_PARAMS))
    path = _drop_path_sessions(parts.path) or "/"
    try:
        return canonicalize_url(urlunsplit((scheme, netloc, path, query, "")), encoding=encoding or "utf-8")
    except ValueError:
        return url


def host_in_domains(host: str, domains: Iterable[str]) -> bool:
    """True when ``host`` is one of ``domains`` or a subdomain of one (``news.x.cn`` in ``x.cn``)."""
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in (d.lower().strip(".") for d in domains) if d)


def same_port(url: str, other: str) -> bool:
    """Both URLs use their scheme's default port, or name the same one (another port is another site)."""
    a, b = urlsplit(url), urlsplit(other)
    if a.port is None and b.port is None:
        return True
    defaults = {"http": 80, "https": 443}
    return (a.port or defaults.get(a.scheme)) == (b.port or defaults.get(b.scheme))


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


#: The shortest last path segment (without its extension) taken as a page's id when matching a copy
#: of the page to its canonical address (shorter ones -- 5, news -- say nothing).
CANONICAL_ID_MIN_CHARS = 4


def copy_of_canonical(url: str, canonical: str | None) -> bool:
    """Whether the page at ``url`` is a copy (AMP, full view, print view) of the same-site page its
    ``<link rel=canonical>`` names: another address whose last path segment -- the page's id,
    ``1302138`` of ``/pingce/202512/1302138.html`` -- appears in this one (``/amp/pingce/202512/
    1302138.html``, ``1302138-all.html``). A canonical naming the home page or a page of another
    id (a site that points every page at its front page) is no original of this one."""
    if not canonical:
        return False
    a, b = urlsplit(url), urlsplit(canonical)
    if (a.hostname or "").lower() != (b.hostname or "").lower() or not same_port(url, canonical):
        return False
    if canonicalize(url) == canonicalize(canonical):
        return False
    stem = b.path.rstrip("/").rsplit("/", 1)[-1].split(".", 1)[0]
    return len(stem) >= CANONICAL_ID_MIN_CHARS and stem in a.path + "?" + a.query

"""URL shapes: a site's URLs clustered by path shape into article / list / continuation regexes.

A shape keeps the literal parts of a path and generalizes its variable parts: a run of digits
becomes ``\\d+``, a date-like segment (``2024``, ``0530``, ``20240530``) ``\\d{4}`` / ``\\d{8}``;
query values that are numbers become ``\\d+`` (keys stay). Shapes are searched (``re.search``) in
the URL, relative to the site's root folder, so the same profile works on ``http://`` and
``file://`` copies of a site.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from urllib.parse import parse_qsl, urlsplit

_DIGITS = re.compile(r"\d+")
#: a whole path segment (or the stem of a file name) that reads as a date or year
_DATE_SEGMENT = re.compile(r"^(?:(?:19|20)\d{2}(?:[01]\d(?:[0-3]\d)?)?|[01]\d[0-3]\d)$")
#: a segment of letters that varies between URLs of one shape is generalized when at least this
#: many distinct values share the rest of the shape
MIN_VARIANTS = 2
#: a generalized path segment
ANY_SEGMENT = "[^/]+"


def _escape(text: str) -> str:
    return re.escape(text).replace("\\-", "-")


def _segment_shape(segment: str) -> str:
    stem, dot, _ext = segment.partition(".")
    if _DATE_SEGMENT.match(stem) and not dot:
        return rf"\d{{{len(stem)}}}"
    out, last = [], 0
    for m in _DIGITS.finditer(segment):
        out.append(_escape(segment[last:m.start()]))
        run = m.group()
        out.append(rf"\d{{{len(run)}}}" if m.start() == 0 and m.end() == len(stem) and _DATE_SEGMENT.match(run)
                   and len(run) in (4, 8) and not dot else r"\d+")
        last = m.end()
    out.append(_escape(segment[last:]))
    return "".join(out)


def site_root(urls: Iterable[str]) -> str:
    """``/`` for a web site; for a copy in files, the folder all ``urls`` share."""
    urls = list(urls)
    if not urls or any(urlsplit(u).scheme != "file" for u in urls):
        return "/"
    folders = [urlsplit(u).path.rsplit("/", 1)[0].split("/") for u in urls]
    if not folders:
        return "/"
    common = folders[0]
    for parts in folders[1:]:
        n = 0
        while n < min(len(common), len(parts)) and common[n] == parts[n]:
            n += 1
        common = common[:n]
    return "/".join(common) + "/"


def url_shape(url: str, root: str = "/") -> str:
    """The regex of ``url``'s shape below ``root`` (ends with ``$``)."""
    parts = urlsplit(url)
    path = parts.path
    rel = path[len(root):] if path.startswith(root) else path.lstrip("/")
    segments = rel.split("/")
    shape = "/" + "/".join(_segment_shape(s) for s in segments)
    if parts.query:
        # one lookahead per parameter: links write them in any order (the crawl's URLs are sorted)
        items = []
        for key, value in parse_qsl(parts.query, keep_blank_values=True):
            shown = r"\d+" if value.isdigit() else _escape(value)
            items.append(f"(?=(?:[^#]*&)?{_escape(key)}={shown}(?:&|#|$))")
        # ... and exactly that many parameters (?a=1 is not ?a=1&page=3)
        count = len(items)
        rest = r"[^&#]*" if count == 1 else rf"(?:[^&#]*&){{{count - 1}}}[^&#]*"
        return shape + r"\?" + "".join(items) + rest + "(?:#|$)"
    return shape + "$"


def _merge_variants(shapes: Counter[str]) -> Counter[str]:
    """Shapes that differ in one literal path segment only (``/news/…``, ``/hangye/…``) become one
    with ``[^/]+`` there, when the segment has at least :data:`MIN_VARIANTS` values."""
    merged: Counter[str] = Counter()
    groups: dict[tuple[int, str], set[str]] = defaultdict(set)
    for shape in shapes:
        segs = shape.split("/")
        for i, seg in enumerate(segs[1:-1], start=1):
            if "\\d" not in seg:
                groups[(i, "/".join([*segs[:i], ANY_SEGMENT, *segs[i + 1:]]))].add(shape)
    used: set[str] = set()
    for (_, general), members in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        members = members - used
        if len(members) >= MIN_VARIANTS:
            merged[general] += sum(shapes[m] for m in members)
            used |= members
    for shape, n in shapes.items():
        if shape not in used:
            merged[shape] += n
    return merged


def learn_patterns(kinds: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    """``(url, kind)`` pairs -> ``{"article": [...], "list": [...], "continuation": [...]}``.

    A pattern is kept only when it matches no sampled URL of another kind (then the profile's
    URL test says nothing, and the spider's classifier decides, as without a profile); a
    generalized pattern that would is replaced by its members."""
    urls = [u for u, _ in kinds]
    root = site_root(urls)
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    for url, kind in kinds:
        if kind in ("article", "list", "continuation"):
            by_kind[kind][url_shape(url, root)] += 1
    out: dict[str, list[str]] = {}
    for kind, shapes in by_kind.items():
        # a list pattern may cover a few "other" pages (a channel's sparse last page): in a profiled
        # crawl list pages follow only links with a list/article pattern, so a dropped list pattern
        # loses the channel's later pages; an article pattern may not (a "not found" page would
        # become a record)
        tolerated = {"other"} if kind == "list" else set()
        others = [u for u, k in kinds if k != kind and k not in tolerated
                  and not (kind == "article" and k == "continuation")]
        own = [u for u, k in kinds if k == kind]
        spare = [u for u, k in kinds if k in tolerated]
        kept: list[str] = []
        for shape in _merge_variants(shapes):
            members = [shape] if _clean(shape, others, own, spare) else [
                s for s in shapes if _same_family(shape, s)]
            for pattern in members:
                if _clean(pattern, others, own, spare) and pattern not in kept:
                    kept.append(pattern)
        out[kind] = sorted(kept)
    return out


def _same_family(general: str, shape: str) -> bool:
    a, b = general.replace(ANY_SEGMENT, "\0").split("/"), shape.split("/")
    return len(a) == len(b) and all(x == y or x == "\0" for x, y in zip(a, b, strict=True))


def _clean(pattern: str, others: list[str], own: list[str], spare: list[str]) -> bool:
    """No URL of another kind, and no more tolerated ones than of its own kind."""
    return not any(_conflicts(pattern, others)) and sum(_conflicts(pattern, spare)) <= sum(_conflicts(pattern, own))


def _conflicts(pattern: str, urls: Iterable[str]) -> Iterable[bool]:
    rx = re.compile(pattern)
    return (bool(rx.search(u)) for u in urls)

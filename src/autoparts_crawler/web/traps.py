"""Crawler-trap shapes of a URL, judged from the URL alone (pure; no Scrapy).

Relative links on a page that every unknown path serves (a soft 404, a mis-configured rewrite)
make paths that grow without end: ``/news/channel/channel/channel/…`` or
``/a/b/a/b/a/b/…``. A real portal never nests a segment three times nor goes 15 folders deep;
such a URL is not followed. Thresholds are data here, overridable by settings.
"""

from __future__ import annotations

from urllib.parse import urlsplit

#: a path segment (or a run of segments) repeated this many times is a trap
MAX_SEGMENT_REPEAT = 3
#: more path segments than this is a trap
MAX_PATH_DEPTH = 15
#: a longer URL is a trap (browsers and servers cap near 2,000-8,000)
MAX_URL_LENGTH = 2_000
#: the longest run of segments checked for repetition (``/a/b/c/a/b/c/a/b/c`` is a run of 3)
MAX_RUN = 4


def trap_shape(url: str, *, max_repeat: int = MAX_SEGMENT_REPEAT, max_depth: int = MAX_PATH_DEPTH,
               max_length: int = MAX_URL_LENGTH) -> str | None:
    """``repeating_path`` / ``deep_path`` / ``long_url`` when the URL has a trap's shape, else None."""
    if len(url) > max_length:
        return "long_url"
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if len(segments) > max_depth:
        return "deep_path"
    if len(segments) >= max_repeat and _repeats(segments, max_repeat):
        return "repeating_path"
    return None


def _repeats(segments: list[str], times: int) -> bool:
    """True when some non-numeric segment occurs ``times`` times (``/1/1/1.html`` may be real
    numbering), or a run of up to :data:`MAX_RUN` segments follows itself ``times`` times in a row."""
    counts: dict[str, int] = {}
    for segment in segments:
        if segment.isdigit():
            continue
        counts[segment] = counts.get(segment, 0) + 1
        if counts[segment] >= times:
            return True
    for run in range(2, MAX_RUN + 1):
        for start in range(len(segments) - run * times + 1):
            block = segments[start:start + run]
            if all(segments[start + k * run:start + (k + 1) * run] == block for k in range(1, times)):
                return True
    return False


def query_family(url: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(host, path, sorted parameter names) of a URL with a query, else None: the URLs one
    dynamic page answers (``show.php?id=1``, ``show.php?id=2``…) are one family."""
    parts = urlsplit(url)
    if not parts.query:
        return None
    names = sorted({pair.split("=", 1)[0] for pair in parts.query.split("&") if pair})
    return parts.netloc.lower(), parts.path, tuple(names)

"""Template drift on a profiled crawl: a field's selector stops matching.

A profile records, per field, how often its selector matched on the pages it was made from
(``[coverage.fields]`` in the TOML, :class:`autoparts_crawler.sites.Coverage`). Every article
page tells (``RawArticle.selector_hits``, passed on by :mod:`autoparts_crawler.pipelines.drift`)
which profiled fields its selectors found; a field they did not find was filled in by the
generic extractor, so the record stays right. This extension keeps the last
``AUTOPARTS_DRIFT_WINDOW`` article pages; once it holds ``AUTOPARTS_DRIFT_MIN_PAGES`` of them,
a field whose share of matching pages in the window is more than ``AUTOPARTS_DRIFT_MARGIN``
below the profile's coverage is *drifting*:

- ``autoparts/drift/<field>``: article pages whose selector for the field missed while it was
  drifting (the generic extractor filled the field in);
- ``autoparts/drift/<field>/sample_url``: one such page; ``.../window_coverage`` and
  ``.../profile_coverage``: the shares when the drift was first seen;
- one WARNING per field.

``autoparts-crawler run`` reports a run with drift unhealthy (:func:`autoparts_crawler.scheduled.runner.assess`).
Every profiled page is also counted in ``autoparts/selectors/pages`` and
``autoparts/selectors/hit/<field>`` / ``autoparts/selectors/fallback/<field>``: hit / pages is the
coverage to write into a profile's ``[coverage.fields]``.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from autoparts_crawler.sites import SiteProfile

logger = logging.getLogger(__name__)

STATS = "autoparts/drift"
SELECTOR_STATS = "autoparts/selectors"


@dataclass(frozen=True, slots=True)
class DriftEvent:
    """A field seen drifting on one page (``first``: the first time in this crawl)."""

    field: str
    url: str
    first: bool
    window_coverage: float
    profile_coverage: float


@dataclass
class DriftWindow:
    """The sliding window of the last ``size`` article pages and the drift rule (no Scrapy here).

    ``expected``: field -> the profile's coverage; ``min_pages``: pages (showing the field's
    selector) needed before a field is judged; ``margin``: how far below ``expected`` the window
    may fall before the field drifts.
    """

    expected: Mapping[str, float]
    size: int = 50
    min_pages: int = 20
    margin: float = 0.3
    pages: deque[tuple[str, Mapping[str, bool]]] = field(init=False)
    drifting: set[str] = field(default_factory=set, init=False)

    def __post_init__(self) -> None:
        if self.size < 1 or self.min_pages < 1 or self.min_pages > self.size:
            raise ValueError(f"drift window of {self.size} pages judged from {self.min_pages}: "
                             "expected 1 <= min_pages <= window")
        self.pages = deque(maxlen=self.size)

    def coverage(self, name: str) -> tuple[float, int]:
        """(share of the window's pages where the field's selector matched, pages that had the selector)."""
        seen = [hits[name] for _, hits in self.pages if name in hits]
        return (sum(seen) / len(seen) if seen else 1.0), len(seen)

    def observe(self, url: str, hits: Mapping[str, bool]) -> list[DriftEvent]:
        """Add one article page; the events of the fields drifting on it (those its selectors missed)."""
        self.pages.append((url, dict(hits)))
        events = []
        for name, expected in self.expected.items():
            if name not in hits:
                continue
            share, n = self.coverage(name)
            if n < self.min_pages or share >= expected - self.margin:
                continue
            first = name not in self.drifting
            self.drifting.add(name)
            if not hits[name]:
                events.append(DriftEvent(name, url, first, round(share, 4), expected))
            elif first:  # judged only now (the window just filled): name the latest page that missed
                missed = next(u for u, h in reversed(self.pages) if h.get(name) is False)
                events.append(DriftEvent(name, missed, first, round(share, 4), expected))
        return events


class DriftMonitor:
    """Scrapy extension: watches profiled fields for drift (idle for profiles without ``[coverage]``)."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("AUTOPARTS_DRIFT_ENABLED"):
            raise NotConfigured("AUTOPARTS_DRIFT_ENABLED is off")
        self.crawler = crawler
        self.stats = crawler.stats
        self.size = settings.getint("AUTOPARTS_DRIFT_WINDOW")
        self.min_pages = settings.getint("AUTOPARTS_DRIFT_MIN_PAGES")
        self.margin = settings.getfloat("AUTOPARTS_DRIFT_MARGIN")
        if self.size < 1 or self.min_pages < 1 or not 0.0 <= self.margin <= 1.0:  # one line at start, exit 1
            raise ValueError(f"AUTOPARTS_DRIFT_WINDOW={self.size}, AUTOPARTS_DRIFT_MIN_PAGES={self.min_pages}, "
                             f"AUTOPARTS_DRIFT_MARGIN={self.margin}: expected a window of 1 or more article pages, "
                             "judged from 1 or more, and a margin from 0 to 1")
        self.window: DriftWindow | None = None
        self._configured = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DriftMonitor:
        return cls(crawler)

    def configure(self, profile: SiteProfile | None) -> None:
        """Watch the fields ``profile`` has coverage for (the spider's profile unless told otherwise)."""
        self._configured = True
        self.window = None
        if profile is None or profile.generic or profile.coverage is None or not profile.coverage.fields:
            return
        self.window = DriftWindow(dict(profile.coverage.fields), self.size, min(self.min_pages, self.size),
                                  self.margin)

    def observe(self, url: str, hits: Mapping[str, bool]) -> None:
        """One article page of a profiled crawl, with which of its fields the selectors found."""
        if not hits:  # unprofiled page (generic extractor): nothing to judge
            return
        if not self._configured:
            self.configure(getattr(self.crawler.spider, "profile", None))
        self.stats.inc_value(f"{SELECTOR_STATS}/pages")
        for name, hit in hits.items():
            self.stats.inc_value(f"{SELECTOR_STATS}/{'hit' if hit else 'fallback'}/{name}")
        if self.window is None:
            return
        for event in self.window.observe(url, hits):
            self.stats.inc_value(f"{STATS}/{event.field}")
            if event.first:
                self.stats.set_value(f"{STATS}/{event.field}/sample_url", event.url)
                self.stats.set_value(f"{STATS}/{event.field}/window_coverage", event.window_coverage)
                self.stats.set_value(f"{STATS}/{event.field}/profile_coverage", event.profile_coverage)
                logger.warning(
                    "template drift: the profile's %r selector matched %.0f%% of the last %d article pages "
                    "(profile: %.0f%%); the generic extractor fills it in; e.g. %s",
                    event.field, 100 * event.window_coverage, len(self.window.pages),
                    100 * event.profile_coverage, event.url)


def drift_monitor(crawler: Crawler) -> DriftMonitor | None:
    """The crawler's :class:`DriftMonitor`, or None when it is not enabled."""
    return crawler.get_extension(DriftMonitor)

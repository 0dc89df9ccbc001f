"""Side outputs beside the main feed: ``<stem>.rejects.jsonl`` and ``<stem>.listings.jsonl``.

Lines are appended and flushed one by one, so a killed crawl keeps everything written
so far and a resumed crawl (same JOBDIR, same paths) appends to the same files, skipping
lines an earlier session of the job already wrote (``autoparts/resume/<kind>_already_written``). A write
that fails (disk full, read-only folder) is reported to the
:class:`~autoparts_crawler.extensions.output_guard.OutputGuard` (error log, ``autoparts/output/*``
stats, crawl stopped, files renamed ``.incomplete``) and later records of that file are counted as
``autoparts/output/lost/<kind>``. Other components reach it with ``crawler.get_extension(SideOutputs)``
(or :func:`side_outputs`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from pydantic import BaseModel
from scrapy import signals
from scrapy.crawler import Crawler

from autoparts_crawler.extensions.output_guard import OutputGuard
from autoparts_crawler.feeds.jsonl import JsonlSink, cut_partial_line

_PARAM = re.compile(r"%\((\w+)\)s")
KINDS = ("rejects", "listings")


def feed_params(crawler: Crawler) -> dict[str, Any]:
    """The %(name)s / %(site)s / %(run_id)s values of feed and side-file paths."""
    spider = crawler.spider
    return {"name": getattr(spider, "name", "crawl"), "site": getattr(spider, "site", "site"),
            "run_id": getattr(spider, "run_id", "run")}


def local_feed_path(uri: str, params: dict[str, Any]) -> Path | None:
    """The filesystem path of a local feed URI (plain path or file://), params substituted."""
    uri = _PARAM.sub(lambda m: str(params.get(m.group(1), m.group(0))), uri)
    parts = urlsplit(uri)
    if parts.scheme == "file":
        return Path(unquote(parts.path))
    if parts.scheme and len(parts.scheme) > 1:  # s3://, stdout:, ... (a 1-letter scheme is a drive)
        return None
    return Path(uri)


def side_path(crawler: Crawler, kind: str, params: dict[str, Any]) -> tuple[Path, bool]:
    """(path, overwrite) of the ``kind`` side output: its setting, else beside the first local feed.

    It is overwritten when that feed is (``-O``) and appended to otherwise, so a resumed
    crawl keeps what the killed one wrote.
    """
    explicit = crawler.settings.get(f"AUTOPARTS_{kind.upper()}_PATH")
    if explicit:
        return Path(_PARAM.sub(lambda m: str(params.get(m.group(1), m.group(0))), explicit)), False
    for uri, options in crawler.settings.getdict("FEEDS").items():
        path = local_feed_path(str(uri), params)
        if path is not None:
            stem = path.name[: -len(path.suffix)] if path.suffix else path.name
            return path.with_name(f"{stem}.{kind}.jsonl"), bool((options or {}).get("overwrite"))
    return Path("data") / f"{params.get('name', 'crawl')}_{params.get('run_id', 'run')}.{kind}.jsonl", False


def _line_key(kind: str, data: dict[str, Any]) -> tuple[Any, ...]:
    """What makes a side-file line the same line again (for resumed JOBDIR crawls)."""
    if kind == "listings":
        return (data.get("list_url"), data.get("url"), data.get("position"))
    return (data.get("url"), data.get("stage"), data.get("reason"))


def _load_keys(kind: str, path: Path) -> set[tuple[Any, ...]]:
    """Keys of the lines a killed or stopped session of the job already wrote (a cut last line is trimmed)."""
    cut_partial_line(path)
    keys = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            try:
                keys.add(_line_key(kind, json.loads(line)))
            except (json.JSONDecodeError, AttributeError):
                continue
    return keys


class SideOutputs:
    """The extension writing rejects and listings of one crawl, with their stats counters."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self._sinks: dict[str, JsonlSink] = {}
        self._broken: set[str] = set()
        self._earlier: dict[str, set[tuple[Any, ...]]] = {}  # JOBDIR resume: lines earlier sessions wrote
        crawler.signals.connect(self.open, signal=signals.spider_opened)
        crawler.signals.connect(self.close, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SideOutputs:
        return cls(crawler)

    def _guard(self) -> OutputGuard | None:
        return self.crawler.get_extension(OutputGuard)

    def _sink(self, kind: str) -> JsonlSink:
        if kind not in self._sinks:
            path, overwrite = side_path(self.crawler, kind, feed_params(self.crawler))
            self._sinks[kind] = JsonlSink(path, overwrite=overwrite)
            self.stats.set_value(f"autoparts/{kind}/path", str(path))
            if not overwrite and self.crawler.settings.get("JOBDIR") and path.exists():
                self._earlier[kind] = _load_keys(kind, path)
            guard = self._guard()
            if guard is not None:
                guard.track(path)
        return self._sinks[kind]

    def open(self) -> None:
        """Create both side files when the spider opens, so an overwriting run (-O) leaves no stale ones."""
        for kind in KINDS:
            sink = self._sink(kind)
            if sink.mode == "w":
                try:
                    sink.open()
                except OSError as exc:
                    self._failed(kind, exc)

    def _failed(self, kind: str, exc: OSError) -> None:
        self._broken.add(kind)
        guard = self._guard()
        if guard is not None:
            guard.failed(self._sinks[kind].path, exc)

    def _write(self, kind: str, data: dict[str, Any]) -> None:
        """Write one line; a failure is reported and the file is not written to again."""
        if kind in self._broken:
            self.stats.inc_value(f"autoparts/output/lost/{kind}")
            return
        earlier = self._earlier.get(kind)
        if earlier and _line_key(kind, data) in earlier:  # a resumed job fetched the page again
            self.stats.inc_value(f"autoparts/resume/{kind}_already_written")
            return
        try:
            self._sink(kind).write(data)
        except OSError as exc:
            self.stats.inc_value(f"autoparts/output/lost/{kind}")
            self._failed(kind, exc)

    def reject(self, record: BaseModel) -> None:
        """Write a reject record and count it by reason and stage."""
        data = record.model_dump(mode="json")
        self._write("rejects", data)
        self.stats.inc_value("autoparts/rejects/total")
        self.stats.inc_value(f"autoparts/rejects/reason/{data['reason']}")
        self.stats.inc_value(f"autoparts/rejects/stage/{data['stage']}")

    def listing(self, data: dict[str, Any]) -> None:
        """Write one list-page entry."""
        self._write("listings", data)
        self.stats.inc_value("autoparts/listings/entries")

    def close(self) -> None:
        for kind, sink in self._sinks.items():
            try:
                sink.close()
            except OSError as exc:
                self._failed(kind, exc)


def side_outputs(crawler: Crawler) -> SideOutputs:
    """The crawler's :class:`SideOutputs` extension (``EXTENSIONS`` must enable it)."""
    found = crawler.get_extension(SideOutputs)
    if found is None:
        raise RuntimeError("the SideOutputs extension is not enabled (settings EXTENSIONS)")
    return found

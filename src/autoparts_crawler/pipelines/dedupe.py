"""Drop a second record of the same article within a run: same canonical URL or same content.

Duplicates become reject records (reason ``duplicate_url`` / ``duplicate_content``) naming
the first URL, so nothing disappears silently. With JOBDIR the seen-sets persist, so a
resumed crawl does not re-emit what it already wrote.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

from autoparts_crawler.pipelines.base import StatsPipeline, is_article_dict
from autoparts_crawler.record import make_reject


class DedupePipeline(StatsPipeline):
    """Keeps canonical URL -> first URL and content hash -> first URL maps."""

    area = "dedupe"

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.by_url: dict[str, str] = {}
        self.by_hash: dict[str, str] = {}
        jobdir = crawler.settings.get("JOBDIR")
        self.state_path = Path(jobdir) / "autoparts_dedupe.jsonl" if jobdir else None
        self._state_fh: Any = None
        if self.state_path and self.state_path.exists():
            self._load(self.state_path)
        crawler.signals.connect(self._close, signal=signals.spider_closed)

    def _load(self, path: Path) -> None:
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:  # a line cut by a kill: ignore it
                continue
            self.by_url.setdefault(entry["url"], entry["url"])
            self.by_hash.setdefault(entry["hash"], entry["url"])
        self.inc("restored", len(self.by_url))

    def _remember(self, url: str, digest: str) -> None:
        self.by_url[url] = url
        self.by_hash[digest] = url
        if self.state_path is not None:
            if self._state_fh is None:
                self.state_path.parent.mkdir(parents=True, exist_ok=True)
                self._state_fh = self.state_path.open("a", encoding="utf-8")
            self._state_fh.write(json.dumps({"url": url, "hash": digest}) + "\n")
            self._state_fh.flush()

    def _close(self) -> None:
        if self._state_fh is not None:
            self._state_fh.close()

    def process_item(self, item: Any) -> Any:
        if not is_article_dict(item):
            return item
        url, digest = item["url"], item["crawl"]["content_hash"]
        first, reason = self.by_url.get(url), "duplicate_url"
        if first is None:
            first, reason = self.by_hash.get(digest), "duplicate_content"
        if first is not None:
            self.inc(reason)
            raise self.reject(make_reject(
                item["crawl"]["pages"][0], reason=reason, stage="dedupe", detail=f"same article as {first}",
                site=item["site"], http_status=item["crawl"]["http_status"], fetched_at=item["fetched_at"],
            ))
        self._remember(url, digest)
        self.inc("unique")
        return item

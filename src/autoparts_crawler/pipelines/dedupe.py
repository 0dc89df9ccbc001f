"""Drop a second record of the same article within a run: same canonical URL, same content, or the
same title and opening paragraph (another view of the article: a thread's "only this poster" page).

Duplicates become reject records (reason ``duplicate_url`` / ``duplicate_content``) naming
the first URL, so nothing disappears silently. With JOBDIR the seen-sets persist, so a
resumed crawl does not re-emit what it already wrote: an article is recorded in
``JOBDIR/autoparts_dedupe.jsonl`` once the feed wrote and flushed its line (``item_flushed``), and on
resume the feed files of earlier sessions (listed in ``JOBDIR/autoparts_feeds.json``) are read
too, so a kill between the two writes neither loses nor duplicates a record. Articles a
previous session already wrote are dropped quietly (``autoparts/resume/already_emitted``).
With ``AUTOPARTS_DISTRIBUTED`` the seen-sets are Redis hashes shared by every machine.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from autoparts_crawler.extensions.distributed import DistributedRun
from autoparts_crawler.extensions.output_guard import OutputGuard
from autoparts_crawler.extensions.side_outputs import feed_params, local_feed_path
from autoparts_crawler.feeds.exporters import flushing_feeds, item_flushed
from autoparts_crawler.feeds.jsonl import cut_partial_line
from autoparts_crawler.pipelines.base import StatsPipeline, is_article_dict
from autoparts_crawler.records.fields import content_hash
from autoparts_crawler.records.rejects import make_reject

#: An opening paragraph at least this long, with the title, identifies an article: a forum thread
#: and its "only this poster" view (``read.php?tid=N`` / ``&uid=N``) open alike and end apart.
LEAD_MIN_CHARS = 30


def lead_key(item: dict) -> str | None:
    """Fingerprint of an article's title and opening paragraph, or None when the opening is short."""
    paragraphs = item.get("paragraphs") or []
    lead = paragraphs[0] if paragraphs else ""
    if len(lead) < LEAD_MIN_CHARS or not item.get("title"):
        return None
    return content_hash(item["title"], lead)


class DedupePipeline(StatsPipeline):
    """Keeps canonical URL -> first URL, content hash -> first URL and (this run only) title +
    opening paragraph -> first URL maps."""

    area = "dedupe"

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.by_url: dict[str, str] = {}
        self.by_hash: dict[str, str] = {}
        self.by_lead: dict[str, str] = {}  # lead_key -> first URL (kept for this run, not across sessions)
        jobdir = crawler.settings.get("JOBDIR")
        self.state_path = Path(jobdir) / "autoparts_dedupe.jsonl" if jobdir else None
        self._state_fh: Any = None
        self.restored: set[str] = set()  # URLs and hashes written by an earlier session of the job
        distributed = crawler.get_extension(DistributedRun)
        self.shared = distributed.seen() if distributed is not None else None  # Redis seen-sets, or None
        if self.state_path is not None:
            self._restore_job(self.state_path.parent)
        crawler.signals.connect(self._close, signal=signals.spider_closed)
        written = item_flushed if flushing_feeds(crawler) else signals.item_scraped
        crawler.signals.connect(self.item_scraped, signal=written)

    def _restore_job(self, jobdir: Path) -> None:
        """Load what earlier sessions wrote: the seen-set file and their feed files; list this one's feeds."""
        feeds_file = jobdir / "autoparts_feeds.json"
        feeds: list[str] = json.loads(feeds_file.read_text(encoding="utf-8")) if feeds_file.exists() else []
        if self.state_path is not None and self.state_path.exists():
            cut_partial_line(self.state_path)
            self._load(self.state_path)
        for feed in feeds:
            self._load(Path(feed))
        if self.restored:
            self.inc("restored", len(self.by_url))
        params = feed_params(self.crawler)
        for uri in self.crawler.settings.getdict("FEEDS"):
            path = local_feed_path(str(uri), params)
            if path is not None and str(path.resolve()) not in feeds:
                feeds.append(str(path.resolve()))
        jobdir.mkdir(parents=True, exist_ok=True)
        tmp = feeds_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(feeds, indent=1), encoding="utf-8")
        tmp.replace(feeds_file)

    def _load(self, path: Path) -> None:
        """Seen-set entries from a dedupe state file or a feed file (article records)."""
        if not path.exists():
            return
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:  # a line cut by a kill: ignore it
                    continue
                url = entry.get("url")
                digest = entry.get("hash") or (entry.get("crawl") or {}).get("content_hash")
                if not url or not digest:
                    continue
                self.by_url.setdefault(url, url)
                self.by_hash.setdefault(digest, url)
                self.restored.update((url, digest))

    def _remember(self, url: str, digest: str) -> None:
        self.by_url[url] = url
        self.by_hash[digest] = url

    def item_scraped(self, item: Any) -> None:
        """The record is in the feed: only now does it count as emitted for a resumed crawl."""
        if self.state_path is None or not is_article_dict(item):
            return
        try:
            if self._state_fh is None:
                self.state_path.parent.mkdir(parents=True, exist_ok=True)
                self._state_fh = self.state_path.open("a", encoding="utf-8")
            self._state_fh.write(json.dumps({"url": item["url"], "hash": item["crawl"]["content_hash"]}) + "\n")
            self._state_fh.flush()
        except OSError as exc:  # the feed files are read on resume too: nothing is lost, but say so
            guard = self.crawler.get_extension(OutputGuard)
            if guard is not None:
                guard.failed(self.state_path, exc)

    def _close(self) -> None:
        if self._state_fh is not None:
            with contextlib.suppress(OSError):  # already reported by the failed write
                self._state_fh.close()

    def process_item(self, item: Any) -> Any:
        if not is_article_dict(item):
            return item
        url, digest = item["url"], item["crawl"]["content_hash"]
        if url in self.restored or digest in self.restored:
            self.stats.inc_value("autoparts/resume/already_emitted")
            raise DropItem(f"already written by an earlier session: {url}", log_level="DEBUG")
        first, reason = self.by_url.get(url), "duplicate_url"
        if first is None:
            first, reason = self.by_hash.get(digest), "duplicate_content"
        lead = lead_key(item)
        if first is None and lead is not None:
            first, reason = self.by_lead.get(lead), "duplicate_content"  # another view of the same article
        if first is None and self.shared is not None:
            first, reason = self.shared.claim(url, digest)
        if first is not None:
            self.inc(reason)
            raise self.reject(make_reject(
                item["crawl"]["pages"][0], reason=reason, stage="dedupe", detail=f"same article as {first}",
                site=item["site"], http_status=item["crawl"]["http_status"], fetched_at=item["fetched_at"],
            ))
        self._remember(url, digest)
        if lead is not None:
            self.by_lead.setdefault(lead, url)
        self.inc("unique")
        return item

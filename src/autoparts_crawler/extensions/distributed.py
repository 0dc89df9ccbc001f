"""Scale-out on scrapy-redis: the shared parts of one distributed run, as one extension.

With ``AUTOPARTS_DISTRIBUTED=redis://HOST:6379/0`` the add-on (:mod:`autoparts_crawler.addons`)
switches Scrapy's scheduler and request dupefilter to scrapy-redis, so every process pops
requests from one shared queue and a URL is fetched once across all of them. This
extension holds the run's Redis connection for what our components share through it:

- the dedupe seen-sets (canonical URL and content hash -> first URL) are Redis hashes,
  claimed with ``HSETNX`` so two machines never both emit the same article
  (:meth:`DistributedRun.seen`, used by the dedupe pipeline);
- the incremental state (``AUTOPARTS_STATE_PATH`` set) lives in Redis hashes per site
  instead of the local SQLite file (:meth:`DistributedRun.state`);
- an idle process stays up while another machine of the run was active within
  ``AUTOPARTS_DISTRIBUTED_IDLE_S`` seconds (its pages may still add requests), then stops.

Keys are namespaced by ``AUTOPARTS_DISTRIBUTED_RUN`` (default: today's UTC date), so a
new run starts with an empty queue and dupefilter while the incremental state persists
across runs. Run keys expire after ``AUTOPARTS_DISTRIBUTED_TTL`` seconds.
"""

from __future__ import annotations

import os
import socket
import time
from datetime import UTC, datetime
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.settings import BaseSettings

from autoparts_crawler.scheduled.state import RedisState

PREFIX = "autoparts"


def run_namespace(settings: BaseSettings) -> str:
    """``autoparts:<run>``: the key prefix of one distributed run."""
    run = settings.get("AUTOPARTS_DISTRIBUTED_RUN") or datetime.now(UTC).strftime("%Y%m%d")
    return f"{PREFIX}:{run}"


class RedisSeen:
    """Dedupe seen-sets shared by all machines: canonical URL and content hash -> first URL."""

    def __init__(self, server: Any, namespace: str) -> None:
        self.server = server
        self.url_key = f"{namespace}:seen_url"
        self.hash_key = f"{namespace}:seen_hash"

    def claim(self, url: str, digest: str) -> tuple[str | None, str]:
        """Claim the article; (None, "") if this process is the first, else (first URL, reason)."""
        if not self.server.hsetnx(self.url_key, url, url):
            return self._text(self.server.hget(self.url_key, url)) or url, "duplicate_url"
        if not self.server.hsetnx(self.hash_key, digest, url):
            return self._text(self.server.hget(self.hash_key, digest)) or url, "duplicate_content"
        return None, ""

    @staticmethod
    def _text(value: Any) -> str | None:
        return value.decode() if isinstance(value, bytes) else value


class DistributedRun:
    """The Redis connection of a distributed run, its shared seen-sets and state, and the idle wait."""

    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.get("AUTOPARTS_DISTRIBUTED"):
            raise NotConfigured("not distributed")
        from scrapy_redis.connection import get_redis_from_settings

        self.crawler = crawler
        self.server = get_redis_from_settings(crawler.settings)
        self.namespace = run_namespace(crawler.settings)
        self.ttl = crawler.settings.getint("AUTOPARTS_DISTRIBUTED_TTL")
        self.grace = crawler.settings.getfloat("AUTOPARTS_DISTRIBUTED_IDLE_S")
        self.active_key = f"{self.namespace}:active"
        self.me = f"{socket.gethostname()}:{os.getpid()}"
        self._last_beat = 0.0
        crawler.signals.connect(self.beat, signal=signals.response_received)
        crawler.signals.connect(self.beat, signal=signals.spider_opened)
        crawler.signals.connect(self.idle, signal=signals.spider_idle)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DistributedRun:
        return cls(crawler)

    def _expire(self, *keys: str) -> None:
        if self.ttl > 0:
            for key in keys:
                self.server.expire(key, self.ttl)

    def _spider_key(self) -> str:
        spider = self.crawler.spider
        return f"{getattr(spider, 'name', 'crawl')}:{getattr(spider, 'site', 'site')}"

    def seen(self) -> RedisSeen:
        """The run's shared dedupe seen-sets (per spider and site)."""
        seen = RedisSeen(self.server, f"{self.namespace}:{self._spider_key()}")
        self._expire(seen.url_key, seen.hash_key)
        return seen

    def state(self, site: str) -> RedisState:
        """The incremental state of ``site`` in Redis (kept across runs)."""
        return RedisState(self.server, f"{PREFIX}:state:{site}")

    def beat(self, **_: Any) -> None:
        now = time.time()
        if now - self._last_beat >= 0.5:
            self._last_beat = now
            self.server.hset(self.active_key, self.me, now)
            self._expire(self.active_key)

    def idle(self) -> None:
        now = time.time()
        others = {k: float(v) for k, v in self.server.hgetall(self.active_key).items()
                  if (k.decode() if isinstance(k, bytes) else k) != self.me}
        if any(now - seen < self.grace for seen in others.values()):
            self.crawler.stats.inc_value("autoparts/distributed/kept_alive")
            raise DontCloseSpider("another machine is still crawling")

    def closed(self) -> None:
        self.server.hdel(self.active_key, self.me)

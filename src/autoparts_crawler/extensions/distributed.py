"""Scale-out on scrapy-redis: one Redis, N machines running the same ``scrapy crawl`` command.

``-s AUTOPARTS_DISTRIBUTED=redis://HOST:6379/0`` (applied by :mod:`autoparts_crawler.addons`)
switches Scrapy's scheduler and request dupefilter to scrapy-redis, so every process pops
requests from one shared queue and a URL is fetched once across all of them. What our
pipelines remember is shared through the same connection as well:

- the dedupe seen-sets (canonical URL and content hash -> first URL) are Redis hashes,
  claimed with ``HSETNX`` so two machines never both emit the same article;
- the incremental state (``AUTOPARTS_STATE_PATH`` set) lives in Redis hashes per site
  instead of the local SQLite file.

Keys are namespaced by ``AUTOPARTS_DISTRIBUTED_RUN`` (default: today's UTC date), so a
new run starts with an empty queue and dupefilter while the incremental state persists
across runs. Run keys expire after ``AUTOPARTS_DISTRIBUTED_TTL`` seconds. A process that
runs out of requests stays up while another one was active within
``AUTOPARTS_DISTRIBUTED_IDLE_S`` seconds (its pages may still add requests), then stops.
"""

from __future__ import annotations

import os
import socket
import time
from datetime import datetime, timezone
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.settings import BaseSettings

from autoparts_crawler.scheduled.state import RedisState

PREFIX = "autoparts"


def run_namespace(settings: BaseSettings) -> str:
    """``autoparts:<run>``: the key prefix of one distributed run."""
    run = settings.get("AUTOPARTS_DISTRIBUTED_RUN") or datetime.now(timezone.utc).strftime("%Y%m%d")
    return f"{PREFIX}:{run}"


def apply_settings(settings: BaseSettings) -> None:
    """Switch scheduler and dupefilter to scrapy-redis when ``AUTOPARTS_DISTRIBUTED`` names a Redis URL."""
    url = settings.get("AUTOPARTS_DISTRIBUTED")
    if not url:
        return
    namespace = run_namespace(settings)
    # "spider" priority: above settings.py (the project's own dupefilter), below -s on the command line
    for name, value in {
        "REDIS_URL": url,
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "autoparts_crawler.dupefilters.distributed.RedisRecordingDupeFilter",
        # the first machine to finish must not flush the queue the others still work on
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_KEY": f"{namespace}:%(spider)s:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{namespace}:%(spider)s:dupefilter",
        "JOBDIR": None,  # the queue lives in Redis
    }.items():
        settings.set(name, value, priority="spider")


def redis_server(crawler: Crawler) -> Any:
    """The crawler's Redis connection (scrapy-redis settings), or None when not distributed."""
    if not crawler.settings.get("AUTOPARTS_DISTRIBUTED"):
        return None
    server = getattr(crawler, "_autoparts_redis", None)
    if server is None:
        from scrapy_redis.connection import get_redis_from_settings

        server = get_redis_from_settings(crawler.settings)
        crawler._autoparts_redis = server  # type: ignore[attr-defined]
    return server


def _expire(crawler: Crawler, server: Any, *keys: str) -> None:
    ttl = crawler.settings.getint("AUTOPARTS_DISTRIBUTED_TTL")
    if ttl > 0:
        for key in keys:
            server.expire(key, ttl)


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


def redis_seen(crawler: Crawler) -> RedisSeen | None:
    """The shared seen-sets of this run, or None when not distributed."""
    server = redis_server(crawler)
    if server is None:
        return None
    spider = crawler.spider
    namespace = f"{run_namespace(crawler.settings)}:{getattr(spider, 'name', 'crawl')}:{getattr(spider, 'site', 'site')}"
    seen = RedisSeen(server, namespace)
    _expire(crawler, server, seen.url_key, seen.hash_key)
    return seen


def redis_state(crawler: Crawler) -> RedisState | None:
    """The incremental state in Redis (per site, kept across runs), or None when not distributed."""
    server = redis_server(crawler)
    if server is None:
        return None
    return RedisState(server, f"{PREFIX}:state:{getattr(crawler.spider, 'site', 'site')}")


class DistributedIdle:
    """Keeps an idle process up while another machine of the run was recently active."""

    def __init__(self, crawler: Crawler) -> None:
        self.server = redis_server(crawler)
        if self.server is None:
            raise NotConfigured("not distributed")
        self.crawler = crawler
        self.grace = crawler.settings.getfloat("AUTOPARTS_DISTRIBUTED_IDLE_S")
        self.key = f"{run_namespace(crawler.settings)}:active"
        self.me = f"{socket.gethostname()}:{os.getpid()}"
        self._last_beat = 0.0
        crawler.signals.connect(self.beat, signal=signals.response_received)
        crawler.signals.connect(self.beat, signal=signals.spider_opened)
        crawler.signals.connect(self.idle, signal=signals.spider_idle)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DistributedIdle:
        return cls(crawler)

    def beat(self, **_: Any) -> None:
        now = time.time()
        if now - self._last_beat >= 0.5:
            self._last_beat = now
            self.server.hset(self.key, self.me, now)
            _expire(self.crawler, self.server, self.key)

    def idle(self) -> None:
        now = time.time()
        others = {k: float(v) for k, v in self.server.hgetall(self.key).items()
                  if (k.decode() if isinstance(k, bytes) else k) != self.me}
        if any(now - seen < self.grace for seen in others.values()):
            self.crawler.stats.inc_value("autoparts/distributed/kept_alive")
            raise DontCloseSpider("another machine is still crawling")

    def closed(self) -> None:
        self.server.hdel(self.key, self.me)

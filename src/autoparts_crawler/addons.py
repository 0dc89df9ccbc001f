"""The scrapy-redis switch: one Redis, N machines running the same ``scrapy crawl`` command.

Enabled in settings.py (``ADDONS``). With ``AUTOPARTS_DISTRIBUTED=redis://HOST:6379/0`` it sets
Scrapy's scheduler and request dupefilter to scrapy-redis' (the dupefilter through
:class:`~autoparts_crawler.dupefilters.distributed.RedisRecordingDupeFilter`), keyed by the run
(``AUTOPARTS_DISTRIBUTED_RUN``); :class:`~autoparts_crawler.extensions.distributed.DistributedRun`
shares the dedupe seen-sets and the incremental state through the same Redis. Without the
setting it changes nothing. Everything else of the project is wired in settings.py.
"""

from __future__ import annotations

from scrapy.settings import BaseSettings

from autoparts_crawler.extensions.distributed import run_namespace


class DistributedAddon:
    """Switches scheduler and dupefilter to scrapy-redis when ``AUTOPARTS_DISTRIBUTED`` names a Redis URL."""

    def update_settings(self, settings: BaseSettings) -> None:
        url = settings.get("AUTOPARTS_DISTRIBUTED")
        if not url:
            return
        namespace = run_namespace(settings)
        # "spider" priority: above settings.py (the project's own dupefilter; add-ons rank below it), below -s
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

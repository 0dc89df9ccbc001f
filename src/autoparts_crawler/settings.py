"""Scrapy settings for autoparts_crawler.

Polite by default (robots.txt, AutoThrottle, a descriptive user agent); everything of
ours is prefixed ``AUTOPARTS_`` and documented here. Override with ``-s NAME=VALUE``.
"""

from __future__ import annotations

BOT_NAME = "autoparts_crawler"
SPIDER_MODULES = ["autoparts_crawler.spiders"]
NEWSPIDER_MODULE = "autoparts_crawler.spiders"

# --- politeness -------------------------------------------------------------------
USER_AGENT = "autoparts_crawler/0.1 (+https://example.invalid/autoparts_crawler; news archive bot)"
ROBOTSTXT_OBEY = True
# robots.txt bytes read and parsed per host (RFC 9309: at least 500 KiB); the rest is not downloaded,
# a bigger body (or one that inflates past it) counts in autoparts/robots/too_large (bomb), and one
# with no rule in these bytes disallows the host for the run
AUTOPARTS_ROBOTSTXT_MAXSIZE = 512 * 1024
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
# outputs of one response processed at once: a page yields one record and its links, and the
# pipelines are CPU-bound, so Scrapy's default of 100 only costs 100 asyncio tasks per response
CONCURRENT_ITEMS = 8
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024  # a news page over 8 MiB is a trap, not an article
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# Pages given up on become reject records (reason http_5xx / timeout / ...), not errors.
RETRY_GIVE_UP_LOG_LEVEL = "WARNING"
# Our downloader middlewares (process_response runs from the highest number to the lowest):
# - robots (100, replacing Scrapy's RobotsTxtMiddleware): robots.txt read as RFC 9309 says -- only its
#   first AUTOPARTS_ROBOTSTXT_MAXSIZE bytes downloaded and parsed (gzip inflated to that cap, never
#   more), up to 5 redirects followed (to another host too: autoparts/robots/redirected_offsite),
#   a 4xx allows everything, a 429/5xx/network error disallows the host for the run
#   (autoparts/robots/unreachable, one WARNING); outcomes in autoparts/robots/*
# - incremental (590): conditional requests for known article pages, 304 = unchanged
# - retry (550, replacing Scrapy's): backoff with jitter, Retry-After honoured, capped, put on the
#   host's downloader slot instead of holding a download
# - decoding (540): the one encoding decision, then a UTF-8 response for everything downstream
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "autoparts_crawler.downloadermiddlewares.robots.SafeRobotsTxtMiddleware": 100,
    "autoparts_crawler.downloadermiddlewares.incremental.IncrementalMiddleware": 590,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "autoparts_crawler.downloadermiddlewares.retry.BackoffRetryMiddleware": 550,
    "autoparts_crawler.downloadermiddlewares.decoding.DecodingMiddleware": 540,
}
# Hand out requests of the least busy host first: a host that backs off (Retry-After) or is slow
# never fills the downloader while other hosts wait.
SCHEDULER_PRIORITY_QUEUE = "scrapy.pqueues.DownloaderAwarePriorityQueue"
AUTOPARTS_RETRY_BACKOFF_BASE = 0.5
AUTOPARTS_RETRY_BACKOFF_MAX = 30.0
AUTOPARTS_RETRY_BACKOFF_JITTER = 0.5
AUTOPARTS_RETRY_SEED = None  # seed the jitter (reproducible runs)
AUTOPARTS_RETRY_EMPTY = True  # a 200 with an empty body is retried like a 503, then rejected empty_body
REDIRECT_MAX_TIMES = 10
METAREFRESH_ENABLED = True
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
DEPTH_LIMIT = 8
# DEPTH_LIMIT counts navigation hops: the next page of a list and the next page of an article
# keep their source's depth (spidermiddlewares/depth.py), so a channel's pagination and a split
# article are never cut; other links past the limit are counted in autoparts/limits/depth_skipped.
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "autoparts_crawler.spidermiddlewares.depth.NavigationDepthMiddleware": 900,
    "autoparts_crawler.spidermiddlewares.traps.TrapMiddleware": 950,
}
# Crawler traps (spidermiddlewares/traps.py, spiders/soft404.py): links shaped like a trap (a path
# segment repeated 3 times, over 15 folders, URLs over 2,000 characters) and query families whose
# pages give nothing (>= 90 % of >= 20 pages) are not followed; a site's soft-404 page (probed once
# when a page is neither article nor list) is a soft_404 reject. One crawler_trap reject per trap.
AUTOPARTS_TRAPS_ENABLED = True
AUTOPARTS_TRAP_MAX_SEGMENT_REPEAT = 3
AUTOPARTS_TRAP_MAX_PATH_DEPTH = 15
AUTOPARTS_TRAP_MAX_URL_LENGTH = 2000
AUTOPARTS_TRAP_MIN_SAMPLES = 20
AUTOPARTS_TRAP_BAD_SHARE = 0.9
REFERER_ENABLED = True

# --- output -------------------------------------------------------------------
FEED_EXPORT_ENCODING = "utf-8"
# No FEEDS here on purpose: Scrapy merges settings' FEEDS into `-o/-O`, so a default
# feed would duplicate every user-chosen output. The spider adds AUTOPARTS_DEFAULT_FEED
# only when no feed was configured at all.
AUTOPARTS_DEFAULT_FEED = "data/%(name)s_%(site)s_%(time)s.jsonl"

# The kill-safe feed: one flushed line per record, a cut last line repaired before appending,
# write failures reported (autoparts_crawler.feeds)
FEED_EXPORTERS = {
    "jsonlines": "autoparts_crawler.feeds.exporters.FlushingJsonLinesExporter",
    "jsonl": "autoparts_crawler.feeds.exporters.FlushingJsonLinesExporter",
}
FEED_STORAGES = {
    "": "autoparts_crawler.feeds.storage.KillSafeFileFeedStorage",
    "file": "autoparts_crawler.feeds.storage.KillSafeFileFeedStorage",
}
# `scrapy crawl` of this project exits 1 on bad arguments or failed outputs (autoparts_crawler.commands)
COMMANDS_MODULE = "autoparts_crawler.commands"

# --- extensions (one per module; components find each other with crawler.get_extension) ---
EXTENSIONS = {
    # a failed write (disk full, read-only dir) stops the crawl and marks its files incomplete
    "autoparts_crawler.extensions.output_guard.OutputGuard": 0,
    # <feed>.rejects.jsonl and <feed>.listings.jsonl
    "autoparts_crawler.extensions.side_outputs.SideOutputs": 10,
    # a redirect out of allowed_domains becomes an offsite_redirect reject
    "autoparts_crawler.extensions.offsite_redirects.OffsiteRedirectRejects": 20,
    # the state of incremental crawls (idle unless AUTOPARTS_STATE_PATH is set)
    "autoparts_crawler.extensions.incremental_state.IncrementalState": 30,
    # JOBDIR crawls: a killed session's stale queue is discarded on resume
    "autoparts_crawler.extensions.resume_guard.ResumeGuard": 500,
    # final stats as JSON (AUTOPARTS_STATS_PATH; set by `autoparts-crawler run`)
    "autoparts_crawler.extensions.stats_dump.StatsDump": 500,
    # scale-out: shared seen-sets and state, idle wait (idle unless AUTOPARTS_DISTRIBUTED is set)
    "autoparts_crawler.extensions.distributed.DistributedRun": 500,
    # template drift: a profiled field's selector stops matching (idle unless the profile has [coverage])
    "autoparts_crawler.extensions.drift.DriftMonitor": 500,
    # decoded pages as JSONL for `autoparts-crawler induce` (idle unless AUTOPARTS_PAGE_SAMPLE is set)
    "autoparts_crawler.extensions.page_sample.PageSample": 500,
    # unprofiled crawls learn the site's article selectors from their first pages (AUTOPARTS_INDUCE)
    "autoparts_crawler.extensions.site_induction.SiteInduction": 500,
}

# --- pipelines (one concern per file; stats under "autoparts/") ---------------------
ITEM_PIPELINES = {
    "autoparts_crawler.pipelines.rejects.RejectsPipeline": 50,
    "autoparts_crawler.pipelines.drift.DriftPipeline": 90,
    "autoparts_crawler.pipelines.normalize.NormalizePipeline": 100,
    "autoparts_crawler.pipelines.validate.ValidatePipeline": 200,
    "autoparts_crawler.pipelines.dedupe.DedupePipeline": 300,
    "autoparts_crawler.pipelines.incremental.IncrementalPipeline": 400,
    "autoparts_crawler.pipelines.quality.QualityPipeline": 900,
}

# --- autoparts_crawler options ------------------------------------------------------
# ISO 8601 instant used as fetched_at (the anchor for relative dates such as 3小时前);
# unset = the real fetch time. Fix it to replay saved pages or for reproducible tests.
AUTOPARTS_REFERENCE_TIME = None
# Where reject records go; unset = beside the first local feed as <stem>.rejects.jsonl.
AUTOPARTS_REJECTS_PATH = None
# Where list-page entries go; unset = beside the first local feed as <stem>.listings.jsonl.
AUTOPARTS_LISTINGS_PATH = None
# Allow -a start_url=file://... outside the bundled sample portal.
AUTOPARTS_ALLOW_FILE_URLS = False
# At most this many distinct pages requested per run and site (0 = no limit; -a max_pages=N
# overrides it for one run); pages over the budget are not requested (counted in
# autoparts/limits/max_pages_skipped). Continuation pages of an article already started are not
# counted. The default bounds a crawl trap; raise it for a bigger portal.
# CLOSESPIDER_PAGECOUNT also works but stops abruptly.
AUTOPARTS_MAX_PAGES = 50_000
# Template drift (extensions/drift.py), for profiles with a [coverage] table: over the last
# AUTOPARTS_DRIFT_WINDOW article pages (judged once AUTOPARTS_DRIFT_MIN_PAGES are in), a field whose
# selector matched a share more than AUTOPARTS_DRIFT_MARGIN below the profile's coverage is drifting:
# counted in autoparts/drift/<field> (+ .../sample_url), one WARNING; `autoparts-crawler run` exits 3.
# The field itself comes from the generic extractor on those pages.
AUTOPARTS_DRIFT_ENABLED = True
AUTOPARTS_DRIFT_WINDOW = 50
AUTOPARTS_DRIFT_MIN_PAGES = 20
AUTOPARTS_DRIFT_MARGIN = 0.3
# Query parameters stripped from URLs before they are requested or compared.
AUTOPARTS_TRACKING_PARAMS = ["from", "spm", "utm_*"]

DUPEFILTER_CLASS = "autoparts_crawler.dupefilters.recording.RecordingDupeFilter"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"

# --- unattended crawls: incremental, resume, scheduled, distributed ---------------------
# autoparts_crawler.addons switches scheduler and dupefilter to scrapy-redis when
# AUTOPARTS_DISTRIBUTED is set; the other parts are wired above and idle unless configured.
ADDONS = {"autoparts_crawler.addons.DistributedAddon": 0}
# A folder of site profiles (NAME.toml) besides the bundled ones, for -a site=NAME and the host
# lookup of -a start_url=; a file named like a bundled profile wins. Unset = the environment
# variable AUTOPARTS_PROFILES_DIR, else bundled profiles only (`autoparts-crawler induce` writes them).
# Read by the project's crawl command before the spider resolves its profile.
AUTOPARTS_PROFILES_DIR = None
# A JSONL file receiving each decoded 200 page ({"url", "html"}) of the crawl, for profile
# induction (`autoparts-crawler induce` sets it; autoparts_crawler.extensions.page_sample). Unset = off.
AUTOPARTS_PAGE_SAMPLE = None
# Induction during an unprofiled crawl (autoparts_crawler.extensions.site_induction): the first
# AUTOPARTS_INDUCE_SAMPLE decoded pages (each at most AUTOPARTS_INDUCE_MAX_PAGE_CHARS characters)
# are kept, a profile is learned from them in a worker thread, and the spider adopts the article and
# related selectors that agreed with the generic extractor on them (navigation stays generic;
# records already written are final). Off by default: learning costs ~0.1 s of CPU per sampled page and
# on the pages measured so far (bench/zoo.py, bench/crawl.py) the generic extractor was as right.
AUTOPARTS_INDUCE = False
AUTOPARTS_INDUCE_SAMPLE = 60
AUTOPARTS_INDUCE_MAX_PAGE_CHARS = 2_000_000
# Incremental crawl state (SQLite; %(site)s is replaced). Unset = a full crawl. When set,
# known article pages are requested conditionally, unchanged articles are skipped and
# changed ones re-emitted with crawl.revision + 1 and crawl.change = "revised".
AUTOPARTS_STATE_PATH = None  # e.g. "data/state/portal_%(site)s.sqlite"
# Final crawl stats as JSON (written when the spider closes); `autoparts-crawler run` sets it.
AUTOPARTS_STATS_PATH = None
# Scale-out: a Redis URL (redis://host:6379/0) switches scheduler + dupefilter to scrapy-redis
# and shares the dedupe seen-sets and the incremental state through Redis.
AUTOPARTS_DISTRIBUTED = None
AUTOPARTS_DISTRIBUTED_RUN = None  # key namespace of one distributed run; default: today's UTC date
AUTOPARTS_DISTRIBUTED_TTL = 7 * 24 * 3600  # seconds before a run's Redis keys expire (0 = never)
AUTOPARTS_DISTRIBUTED_IDLE_S = 10.0  # an idle process waits this long for other machines' new requests
# Health of a scheduled run (`autoparts-crawler run` exits non-zero when one is violated):
AUTOPARTS_HEALTH_MIN_ITEMS = 1  # articles emitted + skipped as unchanged
AUTOPARTS_HEALTH_MAX_ERROR_RATE = 0.2  # fetch failures / pages that ended (any outcome)
AUTOPARTS_HEALTH_MAX_REJECT_RATE = 0.3  # article pages rejected at extract/validate / article pages
# Minimum share of emitted articles with a non-empty field (autoparts/quality/field/<name>).
AUTOPARTS_HEALTH_MIN_COVERAGE = {"title": 0.99, "body_text": 0.99, "published_date": 0.8}

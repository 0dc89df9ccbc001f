"""``scrapy crawl`` for this project: the same command, with an exit status a scheduler can trust.

Scrapy's own ``crawl`` exits 0 after any crawl that started. This one (selected by
``COMMANDS_MODULE`` in settings.py, so ``scrapy crawl``, ``python -m scrapy crawl`` and scrapyd
all use it) exits 1 when

- a spider argument or setting is unusable (:class:`~autoparts_crawler.spiders.arguments.SpiderArgumentError`,
  a malformed ``-s`` value): one line on stderr saying what to pass, no traceback;
- an output could not be written (the
  :class:`~autoparts_crawler.extensions.output_guard.OutputGuard` recorded a failure:
  ``finish_reason`` ``output_error``, files renamed ``*.incomplete``);
- the incremental state could not be written (``finish_reason`` ``state_error``, e.g. its disk is full);
- the crawl could not start for any other reason (the traceback is logged once).
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from autoparts_crawler.extensions.incremental_state import IncrementalState
from autoparts_crawler.extensions.output_guard import OutputGuard
from autoparts_crawler.sites import use_profiles_dir
from autoparts_crawler.spiders.arguments import SpiderArgumentError

logger = logging.getLogger(__name__)


#: settings whose default is a whole number in some Scrapy versions (2.15: ``CLOSESPIDER_TIMEOUT = 0``)
#: but which Scrapy reads with ``getfloat``: a fraction is a valid value
READ_AS_FLOAT = frozenset({"CLOSESPIDER_TIMEOUT", "CLOSESPIDER_TIMEOUT_NO_ITEM", "DOWNLOAD_DELAY", "DOWNLOAD_TIMEOUT"})


def bad_setting_value(settings: Any) -> str | None:
    """Each ``-s NAME=VALUE`` whose setting is a number or a flag must read as one: a bad value is
    one line naming the setting, before anything starts (not a traceback mid-crawl)."""
    from scrapy.settings import SETTINGS_PRIORITIES

    for name, value in settings.copy_to_dict().items():
        if settings.getpriority(name) != SETTINGS_PRIORITIES["cmdline"] or not isinstance(value, str):
            continue
        default = _default(name)
        kind = {bool: "a flag (1/0, true/false)", int: "a whole number", float: "a number"}.get(
            float if name in READ_AS_FLOAT else type(default))
        if kind is None:
            continue
        try:
            {bool: settings.getbool, int: settings.getint, float: settings.getfloat}[
                float if name in READ_AS_FLOAT else type(default)](name)
        except ValueError:
            return f"-s {name}={value!r}: {name} must be {kind}"
    return None


def _default(name: str) -> Any:
    """The value a setting has without overrides (Scrapy's defaults, then the project's)."""
    from scrapy.settings import default_settings

    from autoparts_crawler import settings as project

    return getattr(project, name, getattr(default_settings, name, None))


class Command(ScrapyCrawlCommand):
    """``scrapy crawl SPIDER``: exit 1 on bad arguments, failed outputs or a crawl that could not start."""

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("running 'scrapy crawl' needs exactly one spider name")
        assert self.crawler_process
        problem = bad_setting_value(self.settings)
        if problem:
            print(f"scrapy crawl: {problem}", file=sys.stderr)
            self.exitcode = 2
            return
        # before the spider resolves -a site= / -a start_url= (it is created before add-ons run)
        use_profiles_dir(self.settings.get("AUTOPARTS_PROFILES_DIR"))
        crawler = self.crawler_process.create_crawler(args[0])
        started = self.crawler_process.crawl(crawler, **opts.spargs)
        self._report_start_errors(started)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed or self.exitcode:
            self.exitcode = 1
            return
        guard = crawler.get_extension(OutputGuard) if crawler.extensions is not None else None
        if guard is not None and guard.failures:
            self.exitcode = 1
        state = crawler.get_extension(IncrementalState) if crawler.extensions is not None else None
        if state is not None and state.failure is not None:
            self.exitcode = 1

    def _report_start_errors(self, started: Any) -> None:
        """Say why a crawl could not start in one line (argument errors) instead of an unread traceback."""
        def report(exc: BaseException | None) -> None:
            if exc is None:
                return
            self.exitcode = 1
            if isinstance(exc, (SpiderArgumentError, ValueError)):
                print(f"scrapy crawl: {exc}", file=sys.stderr)
            else:
                logger.error("the crawl could not start", exc_info=exc)

        if hasattr(started, "add_done_callback"):  # asyncio.Task (AsyncCrawlerProcess)
            started.add_done_callback(lambda task: report(None if task.cancelled() else task.exception()))
        else:  # Deferred (CrawlerProcess)
            started.addErrback(lambda failure: report(failure.value))

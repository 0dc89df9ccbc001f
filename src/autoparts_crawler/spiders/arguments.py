"""Spider arguments (``-a``) and the settings the spider reads: checked once, with one-line errors.

A :class:`SpiderArgumentError` says what to pass instead; the project's ``crawl`` command
(:mod:`autoparts_crawler.commands.crawl`) prints it as one line and exits 1.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from scrapy.settings import BaseSettings

from autoparts_crawler.sites import (
    SiteProfile,
    UnknownSiteError,
    generic_profile,
    load_profile,
    profile_for_url,
)

DEFAULT_SITE = "sample"
FLAGS = {"": False, "0": False, "false": False, "no": False, "off": False,
         "1": True, "true": True, "yes": True, "on": True}


class SpiderArgumentError(ValueError):
    """A spider argument or setting that cannot work, with a message saying what to pass instead."""


#: the ``-a`` arguments of the portal spider (besides ``site`` and ``start_url``, its parameters)
SPIDER_ARGUMENTS = frozenset({"site", "start_url", "sitemap", "max_pages"})

def parse_flag(name: str, value: object) -> bool:
    """``-a NAME=1/0/true/false/yes/no/on/off``."""
    text = str(value).strip().lower()
    if text not in FLAGS:
        raise SpiderArgumentError(f"{name}={value!r}: expected 1 or 0")
    return FLAGS[text]


def resolve_profile(site: str | None, start_url: str | None) -> SiteProfile:
    """The named profile; else the one covering the start URL's host, else a generic one; else the sample."""
    if start_url is not None:
        parts = urlsplit(start_url)
        if parts.scheme not in ("http", "https", "file") or (parts.scheme != "file" and not parts.hostname):
            raise SpiderArgumentError(f"malformed start_url {start_url!r}: expected an absolute http(s):// URL")
    try:
        if site:
            return load_profile(site)
    except UnknownSiteError as exc:
        raise SpiderArgumentError(str(exc)) from None
    if start_url:
        return profile_for_url(start_url) or generic_profile(start_url)
    return load_profile(DEFAULT_SITE)


def file_root(profile: SiteProfile, start_urls: list[str]) -> Path | None:
    """Folder that file:// crawls must stay inside: the bundled sample (others need a setting)."""
    if not any(u.startswith("file:") for u in start_urls):
        return None
    return profile.bundled_root() or load_profile(DEFAULT_SITE).bundled_root()


def checked_file_root(root: Path | None, start_urls: list[str], settings: BaseSettings) -> Path | None:
    """``root``, or the start file's folder when ``AUTOPARTS_ALLOW_FILE_URLS`` allows files elsewhere."""
    if root is None:
        return None
    for url in start_urls:
        path = Path(urlsplit(url).path).resolve()
        if not path.is_relative_to(root):
            if settings.getbool("AUTOPARTS_ALLOW_FILE_URLS"):  # asked for: stay inside its folder
                root = path.parent if path.is_file() else path
                continue
            raise SpiderArgumentError(
                f"start_url {url!r} is a file outside the bundled sample portal; "
                "set -s AUTOPARTS_ALLOW_FILE_URLS=1 to crawl local files")
    return root


def reference_time(settings: BaseSettings, timezone: str) -> datetime | None:
    """``AUTOPARTS_REFERENCE_TIME`` as an aware datetime (naive = the site's zone), or None."""
    text = settings.get("AUTOPARTS_REFERENCE_TIME")
    if not text:
        return None
    try:
        when = datetime.fromisoformat(str(text))
    except ValueError:
        raise SpiderArgumentError(
            f"AUTOPARTS_REFERENCE_TIME={text!r}: expected an ISO 8601 time, e.g. 2026-11-28T10:00:00+08:00") from None
    return when if when.tzinfo is not None else when.replace(tzinfo=ZoneInfo(timezone))


def refuse_unknown(kwargs: dict[str, Any]) -> None:
    """An ``-a name=value`` the spider does not read is an error, not silently ignored (a typo such as
    ``-a max_page=5`` would crawl everything). Names starting with ``_`` (scrapyd's ``_job``) pass."""
    unknown = sorted(k for k in kwargs if not k.startswith("_") and k not in SPIDER_ARGUMENTS)
    if unknown:
        raise SpiderArgumentError(f"unknown spider argument(s) {', '.join('-a ' + k for k in unknown)}; "
                                  f"known: {', '.join(sorted(SPIDER_ARGUMENTS))}")


def page_budget(settings: BaseSettings, argument: object = None) -> int:
    """``-a max_pages=N`` or else ``AUTOPARTS_MAX_PAGES``: 0 (no limit) or more."""
    name, value = ("-a max_pages", argument) if argument is not None else (
        "AUTOPARTS_MAX_PAGES", settings.get("AUTOPARTS_MAX_PAGES"))
    try:
        budget = int(str(value).strip())
    except ValueError:
        raise SpiderArgumentError(f"{name}={value!r}: expected a whole number") from None
    if budget < 0:
        raise SpiderArgumentError(f"{name}={budget}: expected 0 (no limit) or more")
    return budget


def set_default_feed(settings: BaseSettings, default: str) -> None:
    """With no ``-o``/``-O``/``FEEDS``: one JSONL feed at ``AUTOPARTS_DEFAULT_FEED`` (else ``default``),
    named with ``%(run_id)s`` (a spider attribute) instead of ``%(time)s`` so side files share the name."""
    if not settings.getdict("FEEDS"):
        uri = settings.get("AUTOPARTS_DEFAULT_FEED") or default
        settings.set("FEEDS", {uri.replace("%(time)s", "%(run_id)s"): {"format": "jsonlines", "encoding": "utf-8"}},
                     priority="spider")

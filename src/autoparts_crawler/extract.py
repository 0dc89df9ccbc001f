"""Offline extraction: one saved page (HTML or a flattened text dump) -> the crawl's record.

Public, stable interface::

    from autoparts_crawler.extract import extract_article
    record = extract_article(html, url)          # html: str or bytes -> ArticleRecord

It goes through the same extractors, normalizers and validation as the crawl
(:mod:`autoparts_crawler.record`); an invalid page raises
:class:`autoparts_crawler.record.RecordRejected` carrying the reason.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from parsel import Selector

from autoparts_crawler.encoding import decode_to_text, header_charset
from autoparts_crawler.extractors.profile import extract_article as extract_raw_article
from autoparts_crawler.extractors.raw import RawArticle
from autoparts_crawler.extractors.textdump import split_text_dump
from autoparts_crawler.items import ArticleRecord
from autoparts_crawler.record import PageContext, build_record
from autoparts_crawler.sites import SiteProfile, generic_profile, load_profile, profile_for_url

DEFAULT_URL = "http://localhost/page.html"


def decode_html(data: str | bytes, content_type: str | None = None) -> tuple[str, str | None]:
    """(text, codec): decoded exactly as the crawl decodes (:mod:`autoparts_crawler.encoding`).

    ``str`` input is only cleaned (NUL, lone surrogates) and has no codec.
    """
    decoded = decode_to_text(data, header_charset(content_type))
    return decoded.text, (None if isinstance(data, str) else decoded.codec)


def choose_profile(url: str, site: str | None = None) -> SiteProfile:
    """The named profile, else the one covering the URL's host, else a generic one."""
    if site:
        return load_profile(site)
    return profile_for_url(url) or generic_profile(url)


def extract_raw(text: str, url: str, profile: SiteProfile, *, is_text_dump: bool = False) -> RawArticle:
    """Raw fields of one page with the right extractor."""
    if is_text_dump:
        return split_text_dump(text, url)
    return extract_raw_article(Selector(text=text, base_url=url), url, profile)


def extract_article(html: str | bytes, url: str | None = None, *, site: str | None = None,
                    fetched_at: datetime | None = None, text_dump: bool = False) -> ArticleRecord:
    """The validated record of one saved article page (see module docstring)."""
    url = url or DEFAULT_URL
    profile = choose_profile(url, site)
    text, encoding = decode_html(html)
    anchor = fetched_at or datetime.now(ZoneInfo(profile.timezone))
    raw = extract_raw(text, url, profile, is_text_dump=text_dump)
    ctx = PageContext(url=url, site=profile.name, fetched_at=anchor, timezone=profile.timezone,
                      date_order=profile.date_order, pages=(url,), encoding=encoding)
    return build_record(raw, ctx)

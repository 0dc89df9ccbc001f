"""Raw fields as extractors find them on a page: strings only, nothing normalized.

Extractors (site-profile driven, generic, text-dump) all return these types; the one
path in :mod:`autoparts_crawler.records.build` turns them into validated records. Keeping
raw values as plain text lets every record carry its ``*_raw`` twin for auditing.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class RawRelated:
    """One entry of a related-news / listing block, as displayed."""

    title: str
    url: str | None = None  # absolute URL (resolved against the page URL)
    category: str | None = None  # trailing category word, e.g. "新闻" / "评测"
    date_raw: str | None = None  # the date as shown; split dates joined by one space ("05 May2025")
    views_raw: str | None = None  # the count as shown ("40", "1.2万", "10万+阅读")
    tag: str | None = None  # brand tag shown beside the entry ("TCL"), if any


@dataclass(slots=True)
class RawArticle:
    """Everything an extractor read from one article (all pages merged)."""

    title: str | None = None
    subtitle: str | None = None  # deck line(s) under the headline, not body
    paragraphs: list[str] = field(default_factory=list)  # body blocks in order: <p>, <li>, table rows (cells joined by TAB)
    author: str | None = None  # byline author (作者 / 文/NAME)
    editor: str | None = None  # 责任编辑 / 编辑
    source: str | None = None  # 来源
    published_raw: str | None = None  # publish time text as shown (labels may remain)
    # every place the page states it: (source, text), source in normalize.SOURCE_RANK
    published_candidates: list[tuple[str, str]] = field(default_factory=list)
    category: str | None = None  # channel / category label
    views_raw: str | None = None
    comments_raw: str | None = None
    related: list[RawRelated] = field(default_factory=list)
    canonical_url: str | None = None  # <link rel=canonical>, absolute, if the page declares one
    next_page_url: str | None = None  # continuation page of a multi-page article, absolute
    extractor: str = "unknown"  # which extractor produced this ("profile:NAME", "generic", "textdump")
    # profiled pages: field (as in the profile's [article], plus "related") -> True when the profile's
    # selector matched, False when it matched nothing and the generic extractor filled in; fields the
    # profile has no selector for are absent (read by extensions/drift.py, not part of the record)
    selector_hits: dict[str, bool] = field(default_factory=dict)


@dataclass(slots=True)
class RawListing:
    """A list page: its article entries and where pagination continues."""

    entries: list[RawRelated] = field(default_factory=list)
    next_page_urls: list[str] = field(default_factory=list)

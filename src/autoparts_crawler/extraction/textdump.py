"""Split a page saved as flattened text (one visible block per line) back into article fields.

Layout it understands (what portal pages look like once their markup is gone):
site header line, headline, optional deck lines, paragraphs, ``责任编辑:NAME``, a lone comment
counter, then a related list where every entry spans several lines -- ``TITLE CATEGORY``,
day (``05``), month-year (``May2025``), an optional brand tag (``TCL``) and the view count.
Entries are recognised by that shape (day + month-year lines right after a title line), never by
their content, so any site with this template splits the same way.
"""

from __future__ import annotations

from autoparts_crawler.extraction.blocks import clean
from autoparts_crawler.extraction.vocabulary import (
    AUTHOR_LINE_RE,
    CATEGORY_WORDS,
    COUNT_LINE_RE,
    DATE_LINE_RE,
    DAY_RE,
    DUMP_SENTENCE_RE,
    EDITOR_LINE_RE,
    MONTH_YEAR_RE,
    SITE_HEADER_RE,
    SOURCE_LINE_RE,
)
from autoparts_crawler.records.raw import RawArticle, RawRelated


def _is_entry_start(lines: list[str], i: int) -> bool:
    """A related entry starts at ``i``: a title line, then a day line and a month-year line."""
    return (
        i + 2 < len(lines)
        and not DAY_RE.match(lines[i])
        and DAY_RE.match(lines[i + 1]) is not None
        and MONTH_YEAR_RE.match(lines[i + 2]) is not None
    )


def _split_category(title: str) -> tuple[str, str | None]:
    """'TITLE 新闻' -> ('TITLE', '新闻'); the category word is a known word after the last space."""
    head, sep, last = title.rpartition(" ")
    if sep and last in CATEGORY_WORDS and head.strip():
        return head.strip(), last
    return title, None


def _parse_related(lines: list[str], i: int) -> tuple[list[RawRelated], int]:
    """Entries from line ``i`` on; returns them and the index after the last one."""
    out: list[RawRelated] = []
    n = len(lines)
    while i < n and _is_entry_start(lines, i):
        title, category = _split_category(lines[i])
        entry = RawRelated(title=title, category=category, date_raw=f"{lines[i + 1]} {lines[i + 2]}")
        j = i + 3
        # optional brand tag: a non-count line followed by a count line
        if j + 1 < n and not COUNT_LINE_RE.match(lines[j]) and COUNT_LINE_RE.match(lines[j + 1]) \
                and len(lines[j]) <= 20 and not _is_entry_start(lines, j):
            entry.tag = lines[j]
            j += 1
        if j < n and COUNT_LINE_RE.match(lines[j]) and not _is_entry_start(lines, j):
            entry.views_raw = lines[j]
            j += 1
        out.append(entry)
        i = j
    return out, i


def split_text_dump(text: str, url: str | None = None) -> RawArticle:
    """Article fields of a flattened-text page; every related entry is kept (extractor='textdump')."""
    lines = [clean(x) for x in text.splitlines()]
    lines = [x for x in lines if x]
    art = RawArticle(extractor="textdump", canonical_url=url)
    if not lines:
        return art
    i = 0
    if len(lines) > 1 and SITE_HEADER_RE.search(lines[0]) and not DUMP_SENTENCE_RE.search(lines[0]):
        i = 1  # site header / slogan line
    # headline: the first line that is not a sentence (fallback: the first line)
    start = i
    while i < len(lines) and (DUMP_SENTENCE_RE.search(lines[i]) or len(lines[i]) > 80):
        i += 1
    if i >= len(lines):
        i = start
    art.title = lines[i]
    i += 1
    subtitle = []
    while i < len(lines) and len(lines[i]) <= 40 and not DUMP_SENTENCE_RE.search(lines[i]) \
            and not _is_entry_start(lines, i) and not EDITOR_LINE_RE.match(lines[i]):
        if DATE_LINE_RE.match(lines[i]) or SOURCE_LINE_RE.search(lines[i]):
            src = SOURCE_LINE_RE.search(lines[i])
            if src:
                art.source = src.group(1)
            if DATE_LINE_RE.match(lines[i]):
                art.published_raw = lines[i]
        elif AUTHOR_LINE_RE.match(lines[i]):
            art.author = AUTHOR_LINE_RE.match(lines[i]).group(1)
        else:
            subtitle.append(lines[i])
        i += 1
    if subtitle:
        art.subtitle = "\n".join(subtitle)
    paragraphs: list[str] = []
    n = len(lines)
    while i < n:
        line = lines[i]
        m = EDITOR_LINE_RE.match(line)
        if m:
            art.editor = m.group(1).strip()
            i += 1
            if i < n and COUNT_LINE_RE.match(lines[i]) and not _is_entry_start(lines, i):
                art.comments_raw = lines[i]
                i += 1
            continue
        if _is_entry_start(lines, i):
            related, i = _parse_related(lines, i)
            art.related.extend(related)
            continue
        if not paragraphs and art.author is None and AUTHOR_LINE_RE.match(line):
            art.author = AUTHOR_LINE_RE.match(line).group(1)
        elif not art.related and art.editor is None:
            paragraphs.append(line)
        i += 1
    art.paragraphs = paragraphs
    return art

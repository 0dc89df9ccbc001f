"""Publish time as the page shows it, and every other place the page states it.

:func:`extract_published` settles on one string (a publish-labelled date by the headline, else
structured data, else a plain date nearby); :func:`extract_published_candidates` lists all of
them for :func:`autoparts_crawler.normalize.resolve_published` to rank.
"""

from __future__ import annotations

from autoparts_crawler.extraction.analysis import PageAnalysis
from autoparts_crawler.extraction.blocks import Block, clean, hint_of, spaced_text
from autoparts_crawler.extraction.vocabulary import (
    ANY_DATE_RE,
    ATTRIBUTE_TIME_RE,
    BAR_CLASS_RE,
    BARE_YEARLESS_MAX_LINE,
    BARE_YEARLESS_RE,
    DATE_RE,
    DIGITS_RE,
    HAS_TIME_RE,
    LABELLED_YEARLESS_RE,
    OTHER_LABEL_BEFORE_RE,
    PUBLISH_LABEL_BEFORE_RE,
    PUBLISHED_META,
    RELATIVE_TEXT_RE,
    SCRIPT_PUBLISHED_RE,
    SCRIPT_TIME_VALUE_RE,
    SPLIT_DATE_PIECE_RE,
    TIME_ATTRIBUTES,
    UPDATE_RE,
    WORD_DATE_RE,
    WRITTEN_DATE_RE,
    ZONE_HEAD_LINES,
    ZONE_MAX_LINES,
    ZONE_TAIL_LINES,
)


def _bar_block(b: Block) -> bool:
    """A block inside a search/login/tool/weather bar: the date a portal shows there is today's."""
    return any(BAR_CLASS_RE.search(hint_of(el)) for el in b.path[-3:])


def _ymd(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in DIGITS_RE.findall(text)[:3])


def _dates_in(lines: list[str]) -> tuple[str | None, str | None, str | None]:
    """(first publish-labelled date, first plain date, first update date) in ``lines``; dates
    labelled as something else (建立于/注册/截止/今天是 ...) are skipped."""
    pub = plain = upd = None
    for line in lines:
        for mm in ANY_DATE_RE.finditer(line):
            before = line[max(0, mm.start() - 20): mm.start()]
            after = line[mm.end(): mm.end() + 3]
            d = clean(mm.group(0))
            if OTHER_LABEL_BEFORE_RE.search(before):
                continue
            if PUBLISH_LABEL_BEFORE_RE.search(before):
                pub = pub or d
            elif UPDATE_RE.search(before[-8:]) or UPDATE_RE.match(after.strip()):
                upd = upd or d
            else:
                plain = plain or d
    if not (pub or plain):  # 发布时间：10-08 -- a labelled date without year or clock
        for line in lines:
            mm = LABELLED_YEARLESS_RE.search(line)
            if mm and not OTHER_LABEL_BEFORE_RE.search(line[max(0, mm.start() - 20): mm.start() + 2]):
                return clean(mm.group(1)), None, upd
    return pub, plain, upd


def _bare_yearless(page: PageAnalysis, lines: list[str]) -> str | None:
    """A bare ``MM-DD`` on a short header line, as a whole token or as the whole text of one of its
    elements (``<span class="time">04-07</span>``): a mobile meta line omits the current year, which
    is then the latest one not after the fetch time, or the page data's."""
    for line in lines:
        mm = BARE_YEARLESS_RE.search(line) if len(line) <= BARE_YEARLESS_MAX_LINE else None
        if mm and not OTHER_LABEL_BEFORE_RE.search(line[max(0, mm.start() - 20): mm.start() + 1]):
            return mm.group(1)
    start = page.title_idx + 1 if page.title_idx is not None else max(0, page.first_body - 8)
    body0 = page.body_idx[0] if page.body_idx else page.first_body
    for b in page.blocks[start: body0 + 1]:  # a short article's meta line may open its body
        if len(b.text) > BARE_YEARLESS_MAX_LINE or _bar_block(b):
            continue
        for el in b.el.iter():
            if isinstance(el.tag, str) and el is not b.el:
                mm = BARE_YEARLESS_RE.fullmatch(clean(el.text_content()))
                if mm:
                    return mm.group(1)
    return None


def _date_windows(page: PageAnalysis) -> tuple[int, list[str], list[str]]:
    """(first header block, header lines between headline and body, the body's first lines):
    where a page prints its date."""
    blocks = page.blocks
    start = page.title_idx + 1 if page.title_idx is not None else max(0, page.first_body - 8)
    body0 = page.body_idx[0] if page.body_idx else page.first_body
    header = [spaced_text(b) for b in blocks[start:body0] if len(b.text) <= 200 and not _bar_block(b)]
    rest = page.title_rest()
    if rest:
        header.insert(0, rest)
    if len(header) > ZONE_MAX_LINES:
        header = header[:ZONE_HEAD_LINES] + header[-ZONE_TAIL_LINES:]
    top = [spaced_text(blocks[i]) for i in range(page.first_body, min(page.last_body + 1, page.first_body + 30))
           if len(blocks[i].text) <= 120]
    return start, header, top


def _written_date(lines: list[str]) -> str | None:
    """An official document's 成文日期 (the date it was issued), which is its date, not the
    posting date printed beside it (发布日期)."""
    for line in lines:
        mm = WRITTEN_DATE_RE.search(line)
        if mm:
            return clean(mm.group(1))
    return None


def visible_published(page: PageAnalysis) -> str | None:
    """The date line printed by the headline: a 成文日期 or a publish-labelled date there; else an
    official notice's metadata table at the top (its 成文日期 before its 发布日期), a labelled
    date in the body's first lines, a plain, month-word, or split-piece date by the headline, else
    a date line right above the headline."""
    _, header, top = _date_windows(page)
    pub, plain, _ = _dates_in(header)
    found = _written_date(header) or pub or _written_date(top) or _dates_in(top)[0] or plain
    if found:
        return found
    for line in header:
        mm = WORD_DATE_RE.search(line)
        if mm:
            return line if len(line) <= 80 else mm.group(0)
    pieces = [t for t in header if SPLIT_DATE_PIECE_RE.match(t) and DIGITS_RE.search(t)]
    if pieces:
        return " ".join(pieces)
    # nothing under the headline: a date line printed right above it (year / day / time boxes)
    above = page.before_title()
    pub, plain, _ = _dates_in(above)
    return pub or plain or _bare_yearless(page, header)


def _attribute_time(page: PageAnalysis) -> str | None:
    """The absolute time an element by the headline keeps in an attribute while it prints a
    relative one (``<span title="2019-9-7 19:02:33">昨天 19:02</span>``): the page's own data."""
    blocks = page.blocks
    start = page.title_idx + 1 if page.title_idx is not None else max(0, page.first_body - 8)
    body0 = page.body_idx[0] if page.body_idx else page.first_body
    seen: set[int] = set()
    for b in blocks[start: body0 + 1]:
        if id(b.el) in seen or not RELATIVE_TEXT_RE.search(b.text):
            continue
        seen.add(id(b.el))
        for el in b.el.iter():
            if not isinstance(el.tag, str):
                continue
            for name in TIME_ATTRIBUTES:
                v = el.get(name)
                if v and ATTRIBUTE_TIME_RE.match(v) and RELATIVE_TEXT_RE.search(el.text_content()):
                    return clean(v)
    return None


def _script_published(page: PageAnalysis) -> str | None:
    """The publish time the page keeps in its inline script data (``pubtime``, ``publish_time``,
    ``publishTime``, WeChat's ``ct``): the first such key whose value is an epoch number or a date
    with its year. The printed line may lack the year (``10-08 12:00``) or be relative (``前天``)."""
    for raw in page.sel.xpath("//script[not(@src)]/text()").getall():
        for mm in SCRIPT_PUBLISHED_RE.finditer(raw):
            value = mm.group(1).strip()
            if SCRIPT_TIME_VALUE_RE.match(value):
                return clean(value)
    return None


def extract_published_candidates(page: PageAnalysis) -> list[tuple[str, str]]:
    """Every place the page states its publication time, as ``(source, text)`` pairs.

    Sources (ranked by :func:`autoparts_crawler.normalize.resolve_published`): ``visible``
    (the line by the headline), ``time`` (``<time datetime>``, or the absolute time a relative
    one keeps in an attribute: ``<span title="2019-9-7 19:02:33">昨天 19:02</span>``), ``jsonld`` (datePublished),
    ``meta``, ``script`` (a publish-time key in inline script data), ``nearby`` (what :func:`extract_published` settles on), ``url`` (the page URL).
    """
    out: list[tuple[str, str]] = []
    visible = visible_published(page)
    if visible:
        out.append(("visible", visible))
    t = page.time_datetime
    if t:
        out.append(("time", clean(t)))
    a = _attribute_time(page)
    if a:
        out.append(("time", a))
    v = page.ld("datePublished")
    if isinstance(v, str) and v.strip():
        out.append(("jsonld", clean(v)))
    m = page.meta(*PUBLISHED_META)
    if m:
        out.append(("meta", m))
    # script data ranks below every structured source: read (a scan of all inline JavaScript) only without one
    s = None if any(src in ("time", "jsonld", "meta") for src, _ in out) else _script_published(page)
    if s:
        out.append(("script", s))
    nearby = extract_published(page)
    if nearby:
        out.append(("nearby", nearby))
    out.append(("url", page.url))
    return out


def extract_published(page: PageAnalysis) -> str | None:
    """Publish time as shown.

    A publish-labelled date near the headline (发布时间/发表于/由NAME张贴 @ DATE) wins; else
    JSON-LD datePublished / meta tags (replaced by a visible same-day date that also shows the
    time), else a plain date near the headline, <time>, dates before/after the body.
    """
    blocks = page.blocks
    start, header, top = _date_windows(page)
    written = _written_date(header + top)
    if written:
        return written
    pub, plain, upd = _dates_in(header)
    if pub:
        return pub
    pub_top = _dates_in(top)[0]
    if pub_top:
        return pub_top
    v = page.ld("datePublished")
    structured = clean(v) if isinstance(v, str) and v.strip() else None
    structured = structured or page.meta(*PUBLISHED_META)
    if structured:
        if plain and not HAS_TIME_RE.search(structured) and HAS_TIME_RE.search(plain) \
                and _ymd(plain) == _ymd(structured):
            return plain
        return structured
    if not plain and not upd:  # meta lines dropped from the top of the body container
        body = set(page.body_idx)
        _, plain, upd = _dates_in([blocks[i].text for i in range(page.first_body, min(page.last_body + 1, start + 30))
                                    if i not in body and len(blocks[i].text) <= 120])
    if plain or upd:
        return plain or upd
    bare = _bare_yearless(page, header)
    if bare:
        return bare
    t = page.time_datetime or page.time_text
    if t:
        return clean(t)
    # a date anywhere before the body, nearest to it; then right after it
    for b in reversed(blocks[max(0, page.first_body - 25): page.first_body]):
        mm = DATE_RE.search(b.text) if not _bar_block(b) else None
        if mm and len(b.text) <= 200:
            return clean(mm.group(0))
    for b in blocks[page.last_body + 1: page.last_body + 12]:
        mm = DATE_RE.search(b.text)
        if mm and len(b.text) <= 200:
            return clean(mm.group(0))
    for i in page.body_idx[:3]:
        mm = DATE_RE.search(blocks[i].text)
        if mm:
            return clean(mm.group(0))
    return None

"""Publish time as the page shows it, and every other place the page states it.

:func:`extract_published` settles on one string (a publish-labelled date by the headline, else
structured data, else a plain date nearby); :func:`extract_published_candidates` lists all of
them for :func:`autoparts_crawler.normalize.resolve_published` to rank.
"""

from __future__ import annotations

from autoparts_crawler.extraction.analysis import PageAnalysis
from autoparts_crawler.extraction.blocks import Block, clean, hint_of, is_hidden, spaced_text
from autoparts_crawler.extraction.vocabulary import (
    AFTER_BODY_DATE_LINES,
    ANY_DATE_RE,
    ATTRIBUTE_TIME_RE,
    BAR_CLASS_RE,
    BARE_YEARLESS_MAX_LINE,
    BARE_YEARLESS_RE,
    CLOCK_BEFORE_DATE_RE,
    CLOCK_TIME_RE,
    CONTROL_TAGS,
    DATE_FURNITURE_CLASS_RE,
    DATE_FURNITURE_TAGS,
    DATE_RE,
    DIGITS_RE,
    HAS_TIME_RE,
    HEADLINE_DATE_LINE_MAX,
    HEADLINE_DATE_LINES,
    HIDDEN_DATE_MAX_CHARS,
    LABELLED_YEARLESS_RE,
    LANG_TAG_RE,
    LEADING_CLOCK_RE,
    MODIFIED_META,
    OTHER_LABEL_BEFORE_RE,
    PRINTED_ZONE_OFFSETS,
    PRINTED_ZONE_RE,
    PUBLISH_AFTER_RE,
    PUBLISH_LABEL_BEFORE_RE,
    PUBLISH_WORD_RE,
    PUBLISHED_HINT_RE,
    PUBLISHED_META,
    RELATIVE_TEXT_RE,
    SCRIPT_PUBLISHED_RE,
    SCRIPT_TIME_VALUE_RE,
    SPLIT_DATE_PIECE_RE,
    STATED_OFFSET_RE,
    TIME_ATTRIBUTES,
    TOOLTIP_ATTRIBUTES,
    UPDATE_RE,
    UPDATED_HINT_RE,
    WEEKDAY_BEFORE_RE,
    WORD_DATE_CLOCK_RE,
    WORD_DATE_RE,
    WRITTEN_DATE_RE,
    ZONE_AFTER_DATE_RE,
    ZONE_HEAD_LINES,
    ZONE_MAX_LINES,
    ZONE_TAIL_LINES,
)


def _bar_block(b: Block) -> bool:
    """A block inside a search/login/tool/weather bar (the date a portal shows there is today's),
    or a player's or form's row showing a bare time (Listen <button> 3:45: a duration, no clock;
    a share bar's date beside its Save button is the article's)."""
    if any(BAR_CLASS_RE.search(hint_of(el)) for el in b.path[-3:]):
        return True
    return any(child.tag in CONTROL_TAGS for child in b.el) and not ANY_DATE_RE.search(b.text) \
        and not WORD_DATE_RE.search(b.text)


def _ymd(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in DIGITS_RE.findall(text)[:3])


def _dates_in(lines: list[str]) -> tuple[str | None, str | None, str | None]:
    """(first publish-labelled date, first plain date, first update date) in ``lines``; dates
    labelled as something else (建立于/注册/截止/今天是 ...) are skipped."""
    pub = plain = upd = None
    for line in lines:
        for mm in ANY_DATE_RE.finditer(line):
            before = line[max(0, mm.start() - 20): mm.start()]
            after = line[mm.end(): mm.end() + 6]
            d = clean(mm.group(0))
            if ":" in d and (zone := ZONE_AFTER_DATE_RE.match(line, mm.end())):  # 09:12 GMT+7: its offset
                d = clean(line[mm.start(): zone.end()])
            if OTHER_LABEL_BEFORE_RE.search(before):
                continue
            if ":" not in d and (clock := CLOCK_BEFORE_DATE_RE.search(before)):  # 14:25 / 27.11.2026
                d = clean(clock.group(0)) + " " + d
                before = before[: clock.start()]
            wd = WEEKDAY_BEFORE_RE.search(before)
            if wd and "/" in d:  # Tue, 03/11/2025: the weekday may settle the day/month order
                d = clean(wd.group(0)) + " " + d
                before = before[: wd.start()]
            if PUBLISH_LABEL_BEFORE_RE.search(before) or PUBLISH_AFTER_RE.match(after):
                pub = pub or d
            elif UPDATE_RE.search(before[-16:]) or UPDATE_RE.match(after.strip()):
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


def _tooltip_publish_date(b: Block) -> str | None:
    """The publish-labelled date a tooltip of the block keeps beside a shown edit time
    (``<span data-tooltip="发布于 2026-11-25 22:14">编辑于 2026-11-26 09:03</span>``)."""
    for el in b.el.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in TOOLTIP_ATTRIBUTES:
            value = el.get(attr)
            mm = DATE_RE.search(value) if value else None
            if mm and PUBLISH_LABEL_BEFORE_RE.search(value[: mm.start()]):
                return clean(mm.group(0))
    return None


def _hidden_publish_date(page: PageAnalysis) -> str | None:
    """A publish-labelled date in a hidden element between the headline and the text -- a tooltip
    shown on hover beside the edit time the bar prints (``<span style="display:none">于 2026-11-18
    09:23 首次发布``)."""
    if page.title_idx is None or not page.body_idx:
        return None
    title, first = page.blocks[page.title_idx].el, page.blocks[page.body_idx[0]].el
    texts = []
    inside = False
    for el in page.root.iter():
        if el is title:
            inside = True
        elif el is first:
            break
        elif inside and isinstance(el.tag, str) and is_hidden(el):
            text = clean(el.text_content())
            if len(text) <= HIDDEN_DATE_MAX_CHARS:
                texts.append(text)
    return _dates_in(texts)[0] if texts else None


def _written_date(lines: list[str]) -> str | None:
    """An official document's 成文日期 (the date it was signed): its date when the page prints no
    publication date (发布日期 / 发布时间, which wins when both are printed)."""
    for line in lines:
        mm = WRITTEN_DATE_RE.search(line)
        if mm:
            return clean(mm.group(1))
    return None


def visible_published(page: PageAnalysis) -> str | None:
    """The date line printed by the headline: a publish-labelled date there, else a 成文日期; else an
    official notice's metadata table at the top (its 发布日期, else its 成文日期), a labelled
    date in the body's first lines, a plain, month-word, or split-piece date by the headline, else
    a date line right above the headline."""
    _, header, top = _date_windows(page)
    pub, plain, _ = _dates_in(header)
    pub = pub or _hidden_publish_date(page)
    found = pub or _written_date(header) or _dates_in(top)[0] or _written_date(top) or plain
    if found:
        return found
    word = _word_date(header)
    if word:
        return word
    pieces = [t for t in header if SPLIT_DATE_PIECE_RE.match(t) and DIGITS_RE.search(t)]
    if pieces:
        return " ".join(pieces)
    # nothing under the headline: a date line printed right above it (year / day / time boxes)
    above = page.before_title()
    pub, plain, _ = _dates_in(above)
    found = pub or plain or _bare_yearless(page, header) or _word_date(above)
    if found:
        return _with_header_clock(found, header)
    # the short lines adjacent to the headline: the body container may have taken the date line
    # in (its first block), or the line above the headline also holds links (a category)
    found = _date_line(_lines_by_headline(page))
    if found:
        return _with_header_clock(found, header)
    # a publish-labelled line under the text (First Published: …) when the header shows only the update
    after = [spaced_text(b) for b in page.after(AFTER_BODY_DATE_LINES) if len(b.text) <= 120]
    return _dates_in(after)[0] or _word_date(after, labelled=True)


def _with_header_clock(found: str, header: list[str]) -> str:
    """A date printed by the headline without a clock (a calendar box: 2026/11 24) and the clock
    opening the header line under the headline (15:06 来源：X): one date and time."""
    if CLOCK_TIME_RE.search(found):
        return found
    clock = next((m.group(1) for line in header[:2] if (m := LEADING_CLOCK_RE.match(line))), None)
    return f"{found} {clock}" if clock else found


def _word_date(lines: list[str], labelled: bool = False) -> str | None:
    """The line (or, in a long line, the date) with a month-word date: a publish-labelled one
    first, else (unless ``labelled``) the first not labelled as an update (``Mis à jour le ...`` printed above
    ``Publié le ...``); a line with only an update date is none (the page's data then says)."""
    plain = None
    for line in lines:
        for mm in WORD_DATE_RE.finditer(line):
            before = line[max(0, mm.start() - 24): mm.start()]
            if UPDATE_RE.search(before):
                continue
            if len(line) <= 80:
                found = line
            else:  # the date and the clock printed after it (Published: Thu, 05 Jun 2025 07:40 AM ...)
                clock = WORD_DATE_CLOCK_RE.match(line, mm.end())
                end = clock.end() if clock else mm.end()
                zone = ZONE_AFTER_DATE_RE.match(line, end) if clock else None  # May 14, 2026, 09:20 GMT+8
                found = line[mm.start(): zone.end() if zone else end]
            if PUBLISH_LABEL_BEFORE_RE.search(before) or PUBLISH_WORD_RE.search(before):
                return found
            plain = plain or found
    return None if labelled else plain


def _date_line(lines: list[str]) -> str | None:
    """A publish-labelled or plain numeric date in ``lines``, else a line with a month-word date."""
    pub, plain, _ = _dates_in(lines)
    return pub or plain or _word_date(lines)


def _lines_by_headline(page: PageAnalysis) -> list[str]:
    """The short lines right after the headline (up to the first paragraph), then right above it
    (nearest first): where a page prints its date line when nothing lies between headline and body."""
    t = page.title_idx
    if t is None:
        return []
    blocks = page.blocks
    out = []
    for b in blocks[t + 1: t + 1 + 2 * HEADLINE_DATE_LINES]:
        if len(b.text) > HEADLINE_DATE_LINE_MAX:
            break
        if not _bar_block(b):
            out.append(spaced_text(b))
    out += [spaced_text(b) for b in reversed(blocks[max(0, t - HEADLINE_DATE_LINES): t])
            if len(b.text) <= HEADLINE_DATE_LINE_MAX and not _bar_block(b)]
    return out


def _doc_order(page: PageAnalysis) -> dict:
    return {el: i for i, el in enumerate(page.root.iter())} if hasattr(page.root, "iter") else {}


def _is_furniture(el, article: frozenset = frozenset()) -> bool:
    """Inside a rail, sidebar, related list, comment thread, nav or footer: another item's date.
    The climb ends at an element that also holds the article (``article``: the body container and
    its ancestors): what wraps both (Blogger's ``widget Blog``, a ``feed`` of one post) is the
    article's frame, not another item's."""
    for anc in el.iterancestors():
        if anc in article:
            return False
        if anc.tag == "footer" and _meta_footer(anc, article):
            continue
        if anc.tag in DATE_FURNITURE_TAGS or DATE_FURNITURE_CLASS_RE.search(hint_of(anc)):
            return True
    return False


def _meta_footer(footer, article: frozenset) -> bool:
    """A ``<footer>`` of the article itself standing before its text (Drupal's ``node__meta``:
    who wrote it and when), not a page or comment footer: a child of an element holding the body,
    before the child that holds it."""
    parent = footer.getparent()
    if parent is None or parent not in article:
        return False
    for child in parent:
        if child is footer:
            return True
        if child in article:
            return False
    return False


def published_time_element(page: PageAnalysis) -> str | None:
    """The publication time the page keeps in an attribute: ``<time datetime>``, or a microformat
    ``abbr.published title=`` / ``itemprop=datePublished`` element (``datetime``/``content``).

    The element that says it holds the publication (``itemprop=datePublished``, class
    ``published``) comes first, then the one nearest the headline; update times (class
    ``updated``, ``dateModified``) and those in rails, sidebars, related lists, comments, nav and
    footers (other items' dates) are skipped.
    """
    if not hasattr(page.root, "iter"):
        return None
    found = []
    body_el = page.body.body_el
    article = frozenset(body_el.iterancestors()) | {body_el} if body_el is not None else frozenset()
    for el in page.root.iter("time", "abbr", "span", "div", "p", "a", "em", "small"):
        if el.tag == "time":
            value = el.get("datetime")
        else:
            value = el.get("datetime") or el.get("title") or el.get("content")
        if not value or not value.strip():
            continue
        hint = " ".join(x for x in (el.get("class"), el.get("itemprop"), el.get("property"), el.get("id")) if x)
        published = bool(PUBLISHED_HINT_RE.search(hint)) or el.get("pubdate") is not None
        if el.tag != "time" and not (published and ATTRIBUTE_TIME_RE.match(value)):
            continue
        if not published and UPDATED_HINT_RE.search(hint):
            continue
        if _is_furniture(el, article):
            continue
        found.append((el, clean(value), published))
    if not found:
        return None
    if len(found) == 1:
        return found[0][1]
    order = _doc_order(page)
    title = page.blocks[page.title_idx].el if page.title_idx is not None else None
    at = order.get(title, 0)
    return min(found, key=lambda f: (not f[2], abs(order.get(f[0], 0) - at)))[1]


def page_language(page: PageAnalysis) -> str | None:
    """The language the page's dates are written in: ``zh`` for Chinese text whatever the page
    declares (templates often say ``lang="en"``), else the declared one (``<html lang>``,
    ``content-language``, ``og:locale``), else ``ja`` / ``ko`` by script, else ``None``."""
    sample = (page.title or "") + "".join(page.blocks[i].text for i in page.body_idx[:8])[:1500]
    han = kana = hangul = letters = 0
    for ch in sample:
        if ch.isalpha():
            letters += 1
            o = ord(ch)
            if 0x4E00 <= o <= 0x9FFF:
                han += 1
            elif 0x3040 <= o <= 0x30FF:
                kana += 1
            elif 0xAC00 <= o <= 0xD7AF:
                hangul += 1
    if letters and han >= 0.3 * letters and kana < 0.05 * han and hangul < 0.05 * han:
        return "zh"
    root = page.root
    declared = None
    if hasattr(root, "get"):
        declared = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    declared = declared or page.meta("content-language", "og:locale", "language", "dc.language")
    if not declared:
        for el in root.iter("meta") if hasattr(root, "iter") else ():
            if (el.get("http-equiv") or "").lower() == "content-language":
                declared = el.get("content")
                break
    if declared and LANG_TAG_RE.match(declared.strip()):
        return declared.strip().split(",")[0]
    if letters and kana >= 0.05 * letters:
        return "ja"
    if letters and hangul >= 0.3 * letters:
        return "ko"
    return None


def page_zone(page: PageAnalysis) -> str | None:
    """The UTC offset the page states for its own times (``+01:00`` in its JSON-LD, meta tags or
    ``<time datetime>``): naive times on the same page are in that zone. Only a non-zero offset
    counts (``Z`` / ``+00:00`` is often UTC storage, not the site's zone), and only when the
    page's explicit offsets agree."""
    values: list[str] = []
    for key in ("datePublished", "dateModified", "dateCreated", "uploadDate"):
        v = page.ld(key)
        if isinstance(v, str):
            values.append(v)
    values += [v for v in (page.meta(k) for k in (*PUBLISHED_META, *MODIFIED_META)) if v]
    if hasattr(page.root, "iter"):
        values += [el.get("datetime") or "" for el in page.root.iter("time")]
    offsets = {m.group(1).replace(":", "") for v in values if (m := STATED_OFFSET_RE.search(v.strip()))}
    offsets.discard("+0000")
    offsets.discard("-0000")
    if not offsets:  # a zone name printed after a clock (<time datetime="…Z">7:05 AM MYT</time>)
        offsets = {PRINTED_ZONE_OFFSETS[m.group(1)].replace(":", "")
                   for line in [*_time_texts(page), *page.zone()] for m in PRINTED_ZONE_RE.finditer(line)}
    if len(offsets) != 1:
        return None
    off = offsets.pop()
    return f"{off[:3]}:{off[3:]}"


def _time_texts(page: PageAnalysis) -> list[str]:
    """The visible texts of the page's <time> elements."""
    if not hasattr(page.root, "iter"):
        return []
    return [clean(el.text_content()) for el in page.root.iter("time")]


def _attribute_time(page: PageAnalysis) -> str | None:
    """The absolute time an element by the headline keeps in an attribute while it prints a
    relative one (``<span title="2019-9-7 19:02:33">昨天 19:02</span>``) or a shorter one
    (``<span data-date-time="2026-11-27 15:45:21">2026.11.27. 오후 3:45</span>``): the page's own data."""
    blocks = page.blocks
    start = page.title_idx + 1 if page.title_idx is not None else max(0, page.first_body - 8)
    body0 = page.body_idx[0] if page.body_idx else page.first_body
    seen: set[int] = set()
    for b in blocks[start: body0 + 1]:
        if id(b.el) in seen or not (RELATIVE_TEXT_RE.search(b.text) or ANY_DATE_RE.search(b.text)):
            continue
        seen.add(id(b.el))
        for el in b.el.iter():
            if not isinstance(el.tag, str):
                continue
            for name in TIME_ATTRIBUTES:
                v = el.get(name)
                if v and ATTRIBUTE_TIME_RE.match(v) and (shown := el.text_content()) \
                        and (RELATIVE_TEXT_RE.search(shown) or ANY_DATE_RE.search(shown)):
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
    ``meta``, ``script`` (a publish-time key in inline script data), ``nearby`` (what :func:`extract_published` settles on), ``url`` (the page URL);
    then hints: ``lang``, ``zone`` and ``modified`` (JSON-LD dateModified / a modified-time meta tag).
    """
    out: list[tuple[str, str]] = []
    visible = visible_published(page)
    if visible:
        out.append(("visible", visible))
    t = published_time_element(page)
    if t:
        out.append(("time", t))
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
    # how the page's dates are to be read (not dates): its language and its own UTC offset
    lang = page_language(page)
    if lang:
        out.append(("lang", lang))
    zone = page_zone(page)
    if zone:
        out.append(("zone", zone))
    modified = page.ld("dateModified")
    modified = clean(modified) if isinstance(modified, str) and modified.strip() else page.meta(*MODIFIED_META)
    if modified:  # when the page says it was last changed: a visible line equal to it is the update's
        out.append(("modified", modified))
    return out


def extract_published(page: PageAnalysis) -> str | None:
    """Publish time as shown.

    A publish-labelled date near the headline (发布时间/发表于/由NAME张贴 @ DATE) wins, then a
    notice's 成文日期; else
    JSON-LD datePublished / meta tags (replaced by a visible same-day date that also shows the
    time), else a plain date near the headline, <time>, dates before/after the body.
    """
    blocks = page.blocks
    start, header, top = _date_windows(page)
    pub, plain, upd = _dates_in(header)
    if pub:
        return pub
    pub_top = _dates_in(top)[0]
    if pub_top:
        return pub_top
    written = _written_date(header + top)  # a notice's signing date, when no publication date is printed
    if written:
        return written
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
        if not plain:  # only an edit time is shown: its tooltip may keep the publish time
            shown = (b for b in blocks[page.first_body: page.last_body + 1] if upd in b.text and len(b.text) <= 120)
            return next((d for b in shown if (d := _tooltip_publish_date(b))), None) or upd
        return plain or upd
    word = _word_date(header)  # Release date: 27 Apr 2026 (a month-word date line, no structured date)
    if word:
        return word
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
            if UPDATE_RE.search(b.text[max(0, mm.start() - 16): mm.start()]):
                return _tooltip_publish_date(b) or clean(mm.group(0))  # 编辑于 DATE: the edit's time
            return clean(mm.group(0))
    for i in page.body_idx[:3]:
        mm = DATE_RE.search(blocks[i].text)
        if mm:
            return clean(mm.group(0))
    return None

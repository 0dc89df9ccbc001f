"""Choose one publication time from every place a page states it (pure Python, no Scrapy).

Candidates are ``(source, text)`` pairs: the visible line by the headline, ``<time datetime>``,
JSON-LD ``datePublished``, meta tags, a publish-time key in the page's script data, dates printed further from the headline, the URL's date
path. :func:`resolve_published` ranks them (:data:`SOURCE_RANK`) and combines them:

1. The best-ranked candidate with a value is the answer; a visible line is only beaten by
   structured data when it is relative (``昨天``, ``3小时前``) and a structured date exists,
   since the page's own data then holds the exact day.
2. The visible minute wins when sources agree on the day (compared in the site timezone):
   ``article:published_time`` 19:56 never replaces a printed 19:55 of the same day.
3. A date with no time of day takes the time of a lower-ranked source of the same day, else
   the clock printed beside a relative day (``昨天 12:30`` on a page whose URL says 2019-09-07:
   2019-09-07 12:30).
4. A year-less or split visible date (``10-08 12:00``, ``09/07 19:02``) takes its year from a
   structured date or the URL when month and day agree; a bare visible time (``16:45``) takes
   the day of the best structured date.
5. A visible date whose century or field order was guessed (``18-03-08``: a two-digit year)
   stands only while no structured date contradicts it: when the page's data states another
   day, the visible clock joins that day if every other number printed belongs to it, else the
   structured date is the answer.
6. Nothing readable anywhere: no value, with the best-ranked candidate's reason.
7. A ``nearby`` date (found further from the headline: it may be a comment's or a rail's) that
   the URL's date path contradicts yields to the URL.
8. ``lang`` and ``zone`` candidates are context, not dates: the page's declared language (its
   month words and day/month order) and the UTC offset it states for its own times. When the
   site's timezone is only the default (``tz_default``: no profile states it), a naive time is in
   the page's stated offset; on a page in another language than Chinese that states none, the
   zone is unknown and a naive time gives the day only (reason ``no_zone``).
9. A visible date and time equal (to the minute) to the time the page's data says it was last
   modified (the ``modified`` hint), where a structured publication date states another time,
   is the update line printed in a language whose update label is unknown (``Абноўлена: …``):
   the structured date is the answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime

from ._text import clean_text
from .date_words import MONTH_NAMES, language_zone, locale_month_words, primary_lang
from .dates import DateResult, _site_tz, normalize_date, url_date

__all__ = ["SOURCE_RANK", "resolve_published", "url_date"]

#: Candidate sources, best first.
SOURCE_RANK: tuple[str, ...] = ("visible", "time", "jsonld", "meta", "script", "nearby", "url")
#: Sources that say how the page's dates are read, not when it was published: ``lang`` (the
#: language the page is in: its month words, its day/month order) and ``zone`` (the UTC offset
#: the page states for its own times, e.g. in its JSON-LD).
HINT_SOURCES: frozenset[str] = frozenset({"lang", "zone", "modified"})
#: Languages whose pages the default timezone (``Asia/Shanghai``) is meant for.
DEFAULT_ZONE_LANGS: frozenset[str] = frozenset({"zh"})
#: Sources that are the page's own machine-readable data (rule 1, 4).
STRUCTURED: frozenset[str] = frozenset({"time", "jsonld", "meta", "script", "url"})
#: Normalizer rules that read a date without its year (rule 4).
YEARLESS_RULES: frozenset[str] = frozenset({"md", "cn_md", "en_md", "en_dm"})
#: Normalizer rules whose reading guessed the century or the field order (rule 5).
GUESSED_RULES: frozenset[str] = frozenset({"yy_ymd"})

def _local_day(value: str, tz: str | None) -> str:
    """The day of a value in the site timezone (a stated +00:00 may be the next local day)."""
    if "T" not in value or tz is None:
        return value[:10]
    return datetime.fromisoformat(value).astimezone(_site_tz(tz)).date().isoformat()


def _days(value: str, tz: str | None) -> set[str]:
    """Days a value may be compared on: its own (as stated) and its site-timezone day."""
    return {value[:10], _local_day(value, tz)}


def _tagged(result: DateResult, source: str, note: str = "") -> DateResult:
    return DateResult(result.value, f"{source}:{result.rule}{note}", result.reason, result.raw)


def resolve_published(
    candidates: Iterable[tuple[str, str]],
    *,
    fetched_at: datetime,
    tz: str = "Asia/Shanghai",
    date_order: str | None = None,
    tz_default: bool = False,
) -> DateResult | None:
    """One publication time from ranked ``(source, text)`` candidates; see the module docstring.

    The answer's ``rule`` is ``SOURCE:RULE`` (plus ``+time:SOURCE`` / ``+year:SOURCE`` /
    ``+day:SOURCE`` when another source completed it). ``None`` when there is no candidate.
    ``lang`` and ``zone`` candidates (:data:`HINT_SOURCES`) are read as context: the page's
    language (month words, day/month order) and, when ``tz_default`` says ``tz`` is only the
    default (no site profile states it), the page's own UTC offset; a page in another language
    than Chinese that states no offset has no known zone, and a naive time there gives the day
    only (reason ``no_zone``).
    """
    candidates = list(candidates)
    hints = {s: t.strip() for s, t in candidates if s in HINT_SOURCES and t and t.strip()}
    rank = {s: i for i, s in enumerate(SOURCE_RANK)}
    ordered = sorted(((s, t) for s, t in candidates if t and t.strip() and s in rank), key=lambda c: rank[c[0]])
    if not ordered:
        return None
    lang = hints.get("lang")
    if tz_default:
        if hints.get("zone"):
            tz = hints["zone"]
        elif lang and primary_lang(lang) not in DEFAULT_ZONE_LANGS:
            tz = language_zone(lang)  # the zone of a language spoken in one (de, ja, vi), else unknown
    kw = {"fetched_at": fetched_at, "tz": tz, "date_order": date_order, "lang": lang}
    read: list[tuple[str, DateResult]] = []
    for source, text in ordered:
        if source == "url":
            day = url_date(text)
            result = DateResult(day, "url_path", None if day else "no_url_date", text)
        else:
            result = normalize_date(text, **kw)
        read.append((source, result))
    structured = [(s, r) for s, r in read if s in STRUCTURED and r.value]
    visible = next(((s, r) for s, r in read if s == "visible"), None)
    valued = [(s, r) for s, r in read if r.value and not (s == "visible" and _is_relative(r) and structured)]
    if visible is not None and _is_update_line(visible[1], structured, hints.get("modified"), kw):
        valued = [(s, r) for s, r in valued if s != "visible"]
        visible = None  # nothing of it completes another source either
    if visible is not None and _contradicted(visible[1], structured, tz, lang):
        valued = [(s, r) for s, r in valued if s != "visible"]
        visible = (visible[0], DateResult(None, visible[1].rule, "contradicted", visible[1].raw))
    url = next((r for s, r in valued if s == "url"), None)
    if valued and valued[0][0] == "nearby" and url is not None and not _days(valued[0][1].value, tz) & {url.value}:
        # rule 7: a date found further from the headline (a comment's, a rail's) that the URL's
        # date path contradicts is another item's
        valued = [(s, r) for s, r in valued if s != "nearby"]
    completed = _complete_visible(visible[1], structured, kw) if visible is not None else None
    if completed is not None:
        best = completed
    elif valued:
        best = _tagged(valued[0][1], valued[0][0])
    else:
        return _tagged(read[0][1], read[0][0])
    assert best.value is not None
    if best.at is not None and not _STATED_OFFSET_RE.search(best.raw):
        # rule 2: the page printed the local time, structured data states the same wall-clock
        # time with its offset ('9:45 am' and 09:45:05+00:00): the stated offset is the page's own
        for other_source, other in structured:
            if other.at and other.at[:16] == best.at[:16] and other.at[19:] != best.at[19:] \
                    and _STATED_OFFSET_RE.search(other.raw):
                return DateResult(best.at[:19] + other.at[19:], f"{best.rule}+offset:{other_source}", None, best.raw)
    if best.at is not None and best.at[17:19] == "00":
        # the shown minute, its seconds from structured data stating the same minute and offset
        # ('오후 3:45' and data-date-time 15:45:21): the same instant, to the second
        for other_source, other in structured:
            if other.at and other.at[:16] == best.at[:16] and other.at[19:] == best.at[19:] and other.at[17:19] != "00":
                return DateResult(other.at, f"{best.rule}+seconds:{other_source}", None, best.raw)
    if best.at is None:  # rule 3: a same-day time from a lower-ranked source
        days = _days(best.value, tz)
        for other_source, other in valued:
            # a midnight stamp is a date stored as a date-time, not a time of day (CMSs write
            # 'PubDate 2022-01-28 00:00:00' for an article shown as 2022年01月27日)
            if other.at and not _MIDNIGHT_RE.search(other.at) and not _NOON_UTC_RE.search(other.at) \
                    and days & _days(other.at, tz):
                value = other.value
                if value[:10] != best.value[:10] and tz is not None and _local_day(value, tz) == best.value[:10]:
                    # the shown day is the site's: the same instant in the site's zone keeps that day
                    # (2025年3月5日 with 2025-03-04T23:07Z -> 2025-03-05T07:07+08:00)
                    value = datetime.fromisoformat(value).astimezone(_site_tz(tz)).isoformat()
                return DateResult(value, f"{best.rule}+time:{other_source}", None, other.raw)
        # the clock a relative day printed beside ('昨天 12:30') is the page's own: on the day the
        # page's data states, it is the publish time (a counted-back '3小时前' is not)
        if visible is not None and visible[1].rule == "relative_word" and visible[1].at and best.rule != visible[1].rule:
            joined = normalize_date(f"{best.value} {visible[1].at[11:19]}", **kw)
            if joined.value:
                return DateResult(joined.value, f"{best.rule}+time:visible", None, visible[1].raw)
    return best


#: A local time of exactly 00:00:00.
_MIDNIGHT_RE = re.compile(r"T00:00:00(?:[+-]|Z|$)")
#: Exactly noon UTC: how Drupal stores a date-only field (``<time datetime="2025-03-07T12:00:00Z">``
#: around a shown 2025年03月07日) -- a day, not a time of day.
_NOON_UTC_RE = re.compile(r"T12:00:00(?:\.0+)?(?:Z|\+00:00)$")
#: An explicit UTC offset or zone letter at the end of a date-time text (``+08:00``, ``Z``, ``+0800``).
_STATED_OFFSET_RE = re.compile(r"(?:[+-]\d{2}:?\d{2}|Z)\s*$|\b(?:UTC|GMT)\b", re.I)


def _is_relative(result: DateResult) -> bool:
    return result.rule.startswith("relative")


def _is_update_line(
    visible: DateResult, structured: Sequence[tuple[str, DateResult]], modified: str | None, kw: dict
) -> bool:
    """Rule 9: a visible time equal to the page's stated modification time, while a structured
    publication date states another minute."""
    if not (visible.at and modified) or not any(other.at for _, other in structured):
        return False
    changed = normalize_date(modified, **kw)
    if not changed.at or not _same_minute(changed.at, visible.at):
        return False
    return all(not _same_minute(other.at, visible.at) for _, other in structured if other.at)


def _locale_month_word(text: str, lang: str | None) -> bool:
    """Whether ``text`` holds a month word known only from the parser's locale data for ``lang``
    (no table of ours lists it): its calendar is not known to be the Gregorian one."""
    primary = primary_lang(lang) if lang else None
    if not primary or primary in MONTH_NAMES:
        return False
    words = locale_month_words(primary)
    return bool(words) and any(w in words for w in re.findall(r"[^\W\d_]+", text.lower()))


def _same_minute(a: str, b: str) -> bool:
    """Two ISO date-times naming the same instant, to the minute."""
    return datetime.fromisoformat(a).replace(second=0, microsecond=0) == \
        datetime.fromisoformat(b).replace(second=0, microsecond=0)


def _contradicted(visible: DateResult, structured: Sequence[tuple[str, DateResult]], tz: str | None,
                  lang: str | None = None) -> bool:
    """Rule 5: a guessed visible reading that no structured date shares a day with -- a guessed
    century or order, or a month word taken from the parser's locale data for the page's language
    (``Sadaasa 17, 2019`` on an Oromo page is an Ethiopian-calendar date, not 17 November 2019)."""
    guessed = visible.rule in GUESSED_RULES or _locale_month_word(visible.raw, lang)
    if visible.value is None or not guessed or not structured:
        return False
    days = _days(visible.value, tz)
    return not any(days & _days(other.value, tz) for _, other in structured if other.value)


def _complete_visible(
    visible: DateResult, structured: Sequence[tuple[str, DateResult]], kw: dict
) -> DateResult | None:
    """Rule 4: a visible date without year (or without day) completed by structured data."""
    if visible.value and visible.rule not in YEARLESS_RULES:
        return None
    for source, other in structured:
        assert other.value is not None
        year, month_day = int(other.value[:4]), other.value[5:10]
        hinted = normalize_date(visible.raw, year_hint=year, **kw)
        if hinted.value and hinted.value[5:10] == month_day:
            return DateResult(hinted.value, f"visible:{hinted.rule}+year:{source}", None, visible.raw)
    if visible.value:
        return None
    for source, other in structured[:1]:  # a bare time, or a day the parser cannot read alone
        assert other.value is not None
        for day in sorted(_days(other.value, kw["tz"])):
            clock = _time_on_day(visible.raw, day)
            if clock:
                joined = normalize_date(f"{day} {clock}", **kw)
                if joined.value:
                    return DateResult(joined.value, f"visible:{visible.rule}+day:{source}", None, visible.raw)
    return None


_CLOCK_RE = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\d)")


def _time_on_day(text: str, day: str) -> str | None:
    """The clock time of ``text`` when every other number in it belongs to ``day``.

    ``16:45`` or ``18-03-08 23:16`` on a day 2018-03-08 give the time; any number that is not
    that day's year, month or day (another date, a count) gives ``None``.
    """
    cleaned = clean_text(text)
    clocks = _CLOCK_RE.findall(cleaned)
    if len(clocks) != 1:
        return None
    y, m, d = day.split("-")
    allowed = {y, y[2:], m, str(int(m)), d, str(int(d))}
    numbers = re.findall(r"\d+", _CLOCK_RE.sub(" ", cleaned))
    if numbers and not ({m, str(int(m))} & set(numbers) and {d, str(int(d))} & set(numbers)):
        return None
    return clocks[0] if all(n in allowed for n in numbers) else None

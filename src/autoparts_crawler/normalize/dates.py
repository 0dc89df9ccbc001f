"""Publish-date normalizer: page text + fetch context -> ISO 8601 string or a reason.

Contract (also in ``docs/normalization.md``). A date is a function of (text, context); the
context carries the page's fetch time and the site timezone (default ``Asia/Shanghai``),
optionally a year hint and a day/month order from the site profile.

1. Output ``YYYY-MM-DDTHH:MM:SS+08:00`` when the time of day is known (``HH:MM`` gives
   ``:00``); only ``YYYY-MM-DD`` when just the day is known -- never an invented 00:00; no value
   (and a reason) when the text cannot be read. Naive text is in the site's timezone;
   an offset the text states (``+00:00``, ``Z``, ``GMT``, ``CEST``) is kept as stated, so the
   day is the page's day (``2020-03-27T21:06:03+00:00`` stays on the 27th); a regional zone
   name is its offset on the date (``ET`` in December: -05:00). ``tz=None`` (zone unknown):
   naive text gives the day only (reason ``no_zone`` beside the value).
2. The day is required: month-only and year-only text gives no date (reason ``no_day``).
3. Plausible window: not before 1995-01-01 (``before_1995``) and not more than 24 h after the
   fetch time (``future``). Impossible values (Feb 30, month 13, 25:61) are rejected
   (``impossible_date``), never repaired or swapped.
4. Missing year: the year hint if given; otherwise the latest year that does not put the date
   more than 24 h after the fetch time. Time only (``16:45``): the fetch day, same tolerance,
   only with ``allow_time_only`` (list and related entries); else no value (``time_only``).
5. Relative: seconds/minutes/hours and ``刚刚`` give exact datetimes counted back from the
   fetch time; days/weeks/months/years, ``今天/昨天/前天/大前天`` give dates; with a time
   (``昨天 12:30``) datetimes. Future relatives (``3天后``, ``明天``) give no date
   (``future_relative``). Traditional forms (``分鐘前``) and English ("3 hours ago",
   "yesterday") too.
6. Numeric day/month with the year last (``05/04/2025``): no date (``ambiguous_day_month``)
   unless the site profile states the order, except when only one reading is valid or both
   readings agree; without a profile order, the declared language's fixed order (``lang``); a
   printed weekday settles it when only one reading falls on it (``Tue, 03/11/2025``).
   Year-first numbers are always year-month-day; dotted ones with the year last
   (``06.05.2014``) are always day-first.
7. Labels and noise around the date (``发布时间：``, ``来源：xx``, brackets, ``阅读(123)``,
   ``&nbsp;``, full-width digits, ``号`` for the day) are ignored (zone words such as ``北京时间``,
   ``美国东部时间`` state the clock's zone); if a publish and an update label both appear, the
   publish one wins (labels in several languages); with update labels only, an unlabelled date wins; otherwise the first full date wins. A clock printed
   before its date (``9:12 a.m. ET Dec. 3, 2024``) is that date's time.
8. Split listing dates -- the day and the month-year in separate elements (``27`` +
   ``Apr2025``, ``27`` + ``2025年04月``, ``04-27`` + ``2025``) -- are read as one date
   (see :func:`split_listing_date`); an article's year and month-day apart (``2019 09/07 19:02``)
   are year-month-day; a two-digit day glued to a two-digit hour (``2021-03-0210:20``) is read.
   A dashed two-digit year first (``18-03-08``) is that year in the century not after the
   fetch (``yy_ymd``; last under a DMY/MDY profile); Minguo years (``民國103年``, a bare
   three-digit ``103年``) are year + 1911 (``roc_ymd``); Korean date words read as Chinese.
9. Epoch numbers: 10 digits are seconds (a fraction dropped: ``1788415500.123``), 13
   milliseconds; compact ``YYYYMMDD[HHMMSS]`` is accepted, so is compact ISO with ``T``
   (``20200924T15:04:34Z``); all pass rules 3 and 1. A URL gives its date path or no date (its
   query and ids are no dates); versions, filing numbers and phone numbers are no dates.
10. Month words in English, German, French, Spanish (``6. Mai 2014``, ``May 6, 2014``) and C
    dates (``Tue Jul 30 09:35:14 CEST 2019``) are read, other languages' month words when the
    page declares its language (``lang``; see :mod:`.date_words`); text in scripts the fast path does not
    read (Arabic, ...) gives no value, never the fetch day, nor does a clock beside a year it
    cannot place (``06 мая 2014, 14:05``).

Implementation: compiled regular expressions find every date-like span in the cleaned text
(fast path, strict :class:`datetime` construction); the best span is chosen by rule 7 and
interpreted. Only text with no recognisable span (or only month/year spans plus other digits),
at most 200 characters long and containing a digit, goes to ``dateparser`` (imported lazily,
languages pinned to zh/en, fetch time as relative base, day and month required), whose answer
is checked by rules 2-4 and 6 again.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from . import date_words
from ._text import clean_text

__all__ = ["DateResult", "normalize_date", "split_listing_date"]

#: Earliest date accepted (rule 3).
MIN_DATE = date(1995, 1, 1)
#: How far after the fetch time a date may lie (rule 3, 4): clock skew and timezone slop.
FUTURE_TOLERANCE = timedelta(hours=24)
#: Longer cleaned text is only searched with the fast expressions, never given to dateparser.
MAX_DATEPARSER_CHARS = 200


@dataclass(frozen=True, slots=True)
class DateResult:
    """Outcome of :func:`normalize_date`.

    ``value`` is ISO 8601 (date-time with offset, or date only) or ``None``; ``rule`` names the
    path that read the text (also set when the value was then rejected); ``reason`` says why
    there is no value; ``raw`` is the input text, unchanged.
    """

    value: str | None
    rule: str
    reason: str | None
    raw: str

    @property
    def day(self) -> str | None:
        """``YYYY-MM-DD`` whenever the day is known (the stated offset's day)."""
        return self.value[:10] if self.value else None

    @property
    def at(self) -> str | None:
        """Full ISO 8601 with offset only when the time of day is known, else ``None``."""
        return self.value if self.value and "T" in self.value else None


@dataclass(frozen=True, slots=True)
class _Ctx:
    """Per-call context: fetch time in the site timezone and profile hints."""

    now: datetime
    tz: tzinfo
    year_hint: int | None
    date_order: str | None
    allow_time_only: bool = False
    lang: str | None = None  # the page's primary language subtag: its month words are read
    weekdays: frozenset[int] = frozenset()  # weekdays the text names (0 = Monday)
    zone_known: bool = True  # False: tz=None, a naive time gives the day only (no_zone)

    @property
    def upper(self) -> datetime:
        return self.now + FUTURE_TOLERANCE


class _Out(NamedTuple):
    value: str | None
    rule: str
    reason: str | None


class _Impossible(Exception):
    """Raised while reading a span whose fields cannot form a real date or time."""


# --------------------------------------------------------------------------- expressions

#: Month words read on every page (see :mod:`.date_words`; a page's language adds its own).
MONTH_WORDS: dict[str, int] = date_words.MONTH_WORDS
#: Zone names read after a clock time (``09:35:14 CEST``, ``9:12 a.m. ET``): an offset or an IANA
#: zone (its offset on the date); ambiguous ones (CST, IST) are left out.
TZ_ABBREVIATIONS: dict[str, str] = date_words.ZONE_NAMES

#: Letters of a word: month words end where no letter follows (any script).
_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
# zone names are upper case as printed (``ET``, ``CET``): lower-case 'et', 'cet' are French words
_TZ_ABBR = "(?-i:" + "|".join(sorted([*TZ_ABBREVIATIONS, *date_words.AMBIGUOUS_ZONE_NAMES],
                                      key=len, reverse=True)) + ")"
_CLOCK_WORDS = "|".join(sorted(date_words.CLOCK_WORD_ZONES, key=len, reverse=True))
_ZONE_WORDS = date_words.words_pattern(date_words.ZONE_WORDS)  # 01:05 美国东部时间
_ORD = r"(?:st|nd|rd|th|er|º|ª|°|o(?= de )|a(?= de )|\.)?"
_TIME = (
    r"(?:(?P<ap1>" + "|".join(date_words.DAY_PARTS) + r") ?)?"
    r"(?P<H>\d{1,2}) ?(?::|时|時|点|點) ?(?P<M>\d{1,2})(?!\d)"
    r"(?: ?(?::|分) ?(?P<S>\d{1,2})(?!\d)(?:[.,]\d{1,9}|:\d{3}(?!\d))? ?秒?)? ?分?"  # (SQL Server :000 ms)
    r"(?: ?(?P<ap2>[ap]\.?m\.?|ص|م)(?![a-z\u0600-\u06ff]))?"  # Arabic ص / م: a.m. / p.m.
    r"(?: ?(?P<tzp>\()?(?P<tz>z(?![a-z])|[+-]\d{2}:?\d{2}(?!\d)|(?:gmt|utc)(?: ?[+-]\d{1,2}(?::?\d{2})?(?![\d:])|(?![a-z]))"
    r"|(?<=[ (])(?:" + _TZ_ABBR + r"|" + _CLOCK_WORDS + r")(?![a-z])|" + _ZONE_WORDS + r")(?(tzp)\)))?"
)
#: What may stand between a date and its clock: 'T', a comma, a linking word (2026, ore 14:05; 2026. u 07:15), a bar,
#: middle dot or bullet (15 December 2026 • 14:05), a spaced slash (Dec 15, 2026 / 02:05 PM), a dash
_LINKERS = "|".join(re.escape(w) for w in sorted(date_words.CLOCK_LINKERS, key=len, reverse=True))
_TIME_LINK = r"(?:t| ?, ?|[.,]? (?:" + _LINKERS + r") | ?[|·•・] ?| / | ?[-–—] ?|\. |: | |)"
_TIMEOPT = "(?:" + _TIME_LINK + _TIME + ")?"
#: A four-digit year, or one glued to the hour after it (``June 5, 20259:12 AM``: inline elements
#: joined without a space)
_YEAR_GLUED = r"(?P<y>(?:19|20)\d{2}(?=\d{1,2}:\d{2}(?!\d))|\d{4}(?!\d))"

# categories, best first (rule 7: a full date beats a partial one, ...)
_FULL, _PARTIAL, _RELATIVE, _TIMEONLY, _EPOCH, _NODAY = range(6)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_CN_NUM = "一二两兩三四五六七八九十"
_REL_UNITS_CN = r"秒钟|秒鐘|秒|分钟|分鐘|分|刻钟|刻鐘|小时|小時|钟头|鐘頭|天|日|周|週|星期|礼拜|禮拜|月|年"
_REL_UNITS_EN = (  # (and the one-letter units of compact feeds: 1h ago, 15m ago, 45s ago, 2d ago)
    r"seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|mos?|years?|yrs?|[hmsdwy]"
)
_EN_NUM = r"\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|half an?"

_ALPHA = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_Pattern = tuple[re.Pattern[str], int, str, frozenset[str] | None]


def _mon(words: dict[str, int]) -> str:
    return "(?P<mon>" + date_words.words_pattern(words) + r")" + _NOT_LETTER_AFTER + r"\.?"


def _initials(words: dict[str, int]) -> frozenset[str]:
    """Gate of the month-word patterns: the first letters of the words, in both cases."""
    return frozenset(w[0] for w in words) | frozenset(w[0].upper() for w in words)


#: A year-less month/day is no fraction or range: no unit letter or measure word glued after it,
#: no ratio/score label before it (:data:`.date_words.NOT_DATE_AFTER_MONTH_DAY`, ``FRACTION_LABELS``).
_UNIT_WORDS = "|".join(date_words.NOT_DATE_AFTER_MONTH_DAY)
_NOT_UNIT_AFTER = r"(?![a-z]|" + _UNIT_WORDS + ")"
_NOT_FRACTION_LABEL = "".join(f"(?<!{w}:)(?<!{w} )(?<!{w})" for w in date_words.FRACTION_LABELS)

#: The same as a whole: a fraction, ratio or range the fallback parser must not read as a date either.
_FRACTION_RE = re.compile(
    r"(?:" + "|".join(date_words.FRACTION_LABELS) + r") ?:? ?\d{1,2}[-/]\d{1,2}(?!\d)"
    r"|(?<![\d.:/-])\d{1,2}[-/]\d{1,2}(?![\d/-])(?:[a-z]|" + _UNIT_WORDS + ")",
    re.IGNORECASE,
)

#: Month words of year-less dates (``Jun 5``, ``5 May``): the same as of full dates.
_PARTIAL_WORDS: dict[str, int] = date_words.MONTH_WORDS


@lru_cache(maxsize=32)
def _patterns(lang: str | None) -> tuple[list[_Pattern], list[_Pattern]]:
    """The fast path's expressions for a page in ``lang`` (its month words added), as (first pass,
    second pass): spans that can carry a day; epoch numbers and month/year-only spans."""
    full_words = date_words.month_words(lang)
    partial_words = {**_PARTIAL_WORDS, **full_words}
    _MON = _mon(full_words)
    _MON_PARTIAL = _mon(partial_words)
    words_gate = _initials(full_words) | _ALPHA
    partial_gate = _initials(partial_words) | _ALPHA
    patterns: list[tuple[re.Pattern[str], int, str]] = [
        # year first: 2025-05-05T10:20:30+08:00, 2025/5/5, 2025.05.05 10:20
        (
            _rx(
                r"(?<![\d.])(?P<y>\d{4}) ?(?P<sep>[-/.]) ?(?P<mo>\d{1,2}) ?(?P=sep) ?"
                # a two-digit day glued to a two-digit hour (inline elements joined without a space:
                # 2021-03-0210:20 is 2021-03-02 10:20)
                r"(?P<d>\d{2}(?=\d{2}:\d{2}(?!\d))|\d{1,2}(?!\d))(?!(?P=sep)\d)" + _TIMEOPT
            ),
            _FULL,
            "ymd",
        ),
        # 2025年5月5日 10:20 (号 is folded to 日 beforehand); a two-digit year with 年: 05年3月6日 is
        # 2005 (never the fetch year's 3月6日); a three-digit one is a Minguo (ROC) year, as Taiwanese
        # sites write it: (民國)103年5月6日 is 2014-05-06
        (
            _rx(r"(?<!\d)(?P<roc>民國|民国)? ?(?P<y>\d{4}|\d{2,3}) ?年 ?(?P<mo>\d{1,2}) ?月 ?(?P<d>\d{1,2})(?!\d) ?日?"
                + _TIMEOPT),
            _FULL,
            "cn_ymd",
        ),
        # compact ISO with T: 20200924T15:04:34Z, 20200924T150434+0200
        (
            _rx(
                r"(?<![\d.])(?P<y>\d{4})(?P<mo>\d{2})(?P<d>\d{2})t(?P<H>\d{2}):?(?P<M>\d{2})"
                r"(?::?(?P<S>\d{2}))?(?:[.,]\d{1,9})?(?P<tz>z(?![a-z])|[+-]\d{2}:?\d{2}(?!\d))?"
            ),
            _FULL,
            "compact_iso",
        ),
        # C / Unix date: Jul 30 09:35:14 CEST 2019 (weekday removed beforehand)
        (
            _rx(
                _NOT_LETTER_BEFORE + _MON + r" ?(?P<d>\d{1,2})(?!\d),? " + _TIME
                + r"(?: (?P<tzname>" + _TZ_ABBR + r")(?![a-z]))? (?P<y>\d{4})(?!\d)"
            ),
            _FULL,
            "en_ctime",
        ),
        # year last, numeric: 05/04/2025 (rule 6)
        (
            _rx(
                r"(?<![\d.:/-])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)"
                + _TIMEOPT
            ),
            _FULL,
            "year_last",
        ),
        # May 5, 2025 10:20
        (
            _rx(_NOT_LETTER_BEFORE + _MON + r" ?(?P<d>\d{1,2})" + _ORD + r"(?!\d),? ?" + _YEAR_GLUED + _TIMEOPT),
            _FULL,
            "en_mdy",
        ),
        # 5 May 2025, 05 May2025, 5-May-2025, 5th of May 2025, RFC 2822 (weekday removed)
        (
            _rx(
                r"(?<!\d)(?P<d>\d{1,2})" + _ORD + r" ?(?:-|of |de )?" + _MON + r"(?P<gap> ?[-,]? ?(?:de )?)" + _YEAR_GLUED
                + _TIMEOPT
            ),
            _FULL,
            "en_dmy",
        ),
        # RFC 850 and Oracle's DD-MON-RR: 15-Dec-26 06:05:00 UTC, 15-DEC-26 02.05.00.000000 PM (a dashed two-digit year)
        (
            _rx(r"(?<![\d-])(?P<d>\d{1,2})-" + _MON + r"(?P<gap>-)(?P<y>\d{2})(?![\d-])" + _TIMEOPT),
            _FULL,
            "en_dmy",
        ),
        # split listing: "27 2025年04月"
        (
            _rx(r"(?<!\d)(?P<d>\d{1,2}) ?日? (?P<y>\d{4}) ?年 ?(?P<mo>\d{1,2}) ?月(?! ?\d)"),
            _FULL,
            "split_day_monthyear",
        ),
        # split listing: "04-27 2025"
        (
            _rx(r"(?<![\d.:/-])(?P<mo>\d{1,2})(?P<sep>[-/])(?P<d>\d{1,2}) (?P<y>\d{4})(?![\d:./-])" + _TIMEOPT),
            _FULL,
            "split_monthday_year",
        ),
        # the year and the month-day in separate elements: "2019 09/07 19:02" (year first: y-m-d)
        (
            _rx(
                r"(?<![\d.:/-])(?P<y>(?:19|20)\d{2}) (?P<mo>\d{1,2})(?P<sep>[-/])(?P<d>\d{1,2})(?![\d/-])"
                + _TIMEOPT
            ),
            _FULL,
            "split_year_monthday",
        ),
        # the year-month and the day in separate elements: "2026/12 07 10:31" (a calendar box's
        # month line, then its big day), and the day box first: "07 2026/12"
        (
            _rx(r"(?<![\d.:/-])(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<mo>\d{1,2}) (?P<d>\d{1,2})(?![\d/.:-])"
                + _TIMEOPT),
            _FULL,
            "split_yearmonth_day",
        ),
        (
            _rx(r"(?<![\d.:/-])(?P<d>\d{1,2}) (?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<mo>\d{1,2})(?![\d/.:-])"),
            _FULL,
            "split_day_yearmonth",
        ),
        # a two-digit year first with dashes, as Chinese sites shorten dates: 18-03-08 23:16 (rule 6);
        # after a label's colon too (发布时间：26-12-07)
        (
            _rx(r"(?:(?<![\d.:/-])|(?<=\D:))(?P<y>\d{2})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?![\d-])" + _TIMEOPT),
            _FULL,
            "yy_ymd",
        ),
        # a two-digit year last, dotted or slashed: 05.03.26 18:40, 03/05/26 6:40 PM (rule 6's order)
        (
            _rx(
                r"(?<![\d.:/-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{2})(?![\d/.])"
                + _TIMEOPT
            ),
            _FULL,
            "year_last",
        ),
        # month-day without year: 05-27, 11-02 14:20, 5/27, 时间:10-08 (a label's colon, not a clock's)
        (
            _rx(_NOT_FRACTION_LABEL + r"(?:(?<![\d.:/-])|(?<=\D:))(?P<mo>\d{1,2})(?P<sep>[-/])(?P<d>\d{1,2})(?!\d)"
                r"(?![-/]\d)" + _NOT_UNIT_AFTER + _TIMEOPT),
            _PARTIAL,
            "md",
        ),
        # 5月5日 10:20
        (
            _rx(r"(?<!\d)(?P<mo>\d{1,2}) ?月 ?(?P<d>\d{1,2})(?!\d) ?日?" + _TIMEOPT),
            _PARTIAL,
            "cn_md",
        ),
        # May 5 10:20
        (_rx(_NOT_LETTER_BEFORE + _MON_PARTIAL + r" ?(?P<d>\d{1,2})" + _ORD + r"(?!\d)" + _TIMEOPT), _PARTIAL, "en_md"),
        # 5 May
        (_rx(r"(?<!\d)(?P<d>\d{1,2})" + _ORD + r" ?(?:-|of )?" + _MON_PARTIAL + _TIMEOPT), _PARTIAL, "en_dm"),
        # 3小时前, 半小时前, 3天后, 十分钟前
        (
            _rx(
                r"(?<!\d)(?P<n>\d+|半|[" + _CN_NUM + r"]{1,3}) ?(?:个|個)? ?(?P<unit>" + _REL_UNITS_CN + r") ?"
                r"(?P<dir>以前|之前|前|以后|以後|之后|之後|后|後)"
            ),
            _RELATIVE,
            "relative",
        ),
        # 刚刚, 昨天 12:30, 明天
        (
            _rx(
                r"(?P<w>刚刚|剛剛|刚才|剛才|大前天|前天|昨天|昨日|今天|今日(?!头条|頭條)|大后天|大後天|后天|後天"
                r"|明天|明日)" + _TIMEOPT
            ),
            _RELATIVE,
            "relative_word",
        ),
        # 3 hours ago
        (
            _rx(r"(?<![a-z])(?P<n>" + _EN_NUM + r") ?(?P<unit>" + _REL_UNITS_EN + r") (?P<dir>ago)(?![a-z])"),
            _RELATIVE,
            "relative",
        ),
        # in 3 days / 3 days later / 3 days from now
        (
            _rx(
                r"(?<![a-z])(?:(?P<dir>in) (?P<n>" + _EN_NUM + r") ?(?P<unit>" + _REL_UNITS_EN + r")(?![a-z])"
                r"|(?P<n2>" + _EN_NUM + r") ?(?P<unit2>" + _REL_UNITS_EN + r") (?P<dir2>later|from now)(?![a-z]))"
            ),
            _RELATIVE,
            "relative_future",
        ),
        # just now, yesterday at 12:30
        (
            _rx(
                r"(?<![a-z])(?P<w>just now|right now|moments? ago|a moment ago|a few seconds ago|seconds ago|the day before yesterday"
                r"|yesterday|today|the day after tomorrow|tomorrow)(?![a-z])" + _TIMEOPT
            ),
            _RELATIVE,
            "relative_word",
        ),
        # time only: 10:20, 14:20:05, 下午3:05
        (_rx(r"(?<![\d:.])" + _TIME + r"(?![\d:])"), _TIMEONLY, "time_only"),
        # epoch seconds / milliseconds, compact YYYYMMDD[HHMMSS]
        (_rx(r"(?<![\d.])(?P<num>\d{8}|\d{10}|\d{13}|\d{14})(?P<frac>\.\d{1,9})?(?![\d.])"), _EPOCH, "epoch"),
        # month/year only (rule 2)
        (_rx(r"(?<![\d.])(?P<y>\d{4}) ?(?:[-/.]|年) ?(?P<mo>\d{1,2})(?!\d) ?月?"), _NODAY, "no_day"),
        (_rx(_NOT_LETTER_BEFORE + _MON + r" ?,? ?(?P<y>\d{4})(?!\d)"), _NODAY, "no_day"),
        (_rx(r"(?<!\d)(?P<mo>\d{1,2}) ?月"), _NODAY, "no_day"),
        (_rx(r"(?<![\d.])(?P<y>(?:19|20)\d{2}) ?年?(?![\d.])"), _NODAY, "no_day"),
    ]
    # A pattern is only run when the text holds one of its trigger characters: most inputs then
    # need a handful of scans instead of all of them (the whole fast path stays a few microseconds).
    gates: list[frozenset[str] | None] = [
        frozenset("-/."), frozenset("年"), frozenset("tT"), words_gate, frozenset("-/."), words_gate, words_gate,
        frozenset("-"), frozenset("年"), frozenset("-/"),
        frozenset("-/"), frozenset("-/."), frozenset("-/."), frozenset("-"), frozenset("/."), frozenset("-/"),
        frozenset("月"), partial_gate, partial_gate,
        frozenset("前后後"), frozenset("刚剛今昨前明后後"), _ALPHA, _ALPHA, _ALPHA,
        frozenset(":时時点點"),
        None, frozenset("-/.年"), words_gate, frozenset("月"), None,
    ]  # fmt: skip
    rows = [(rx, cat, rule, gate) for (rx, cat, rule), gate in zip(patterns, gates, strict=True)]
    at = next(i for i, r in enumerate(rows) if r[2] == "time_only")
    rows[at:at] = _ago_rows(lang)
    day_words = date_words.relative_day_words(lang)
    if day_words:  # Сьогодні, 06:12 / Gestern, 14:30: the page language's day words, with a clock only
        rx = _rx(_NOT_LETTER_BEFORE + "(?P<w>" + date_words.words_pattern(day_words) + ")" + _NOT_LETTER_AFTER
                 + _TIME_LINK + _TIME)
        rows.insert(next(i for i, r in enumerate(rows) if r[2] == "time_only"),
                    (rx, _RELATIVE, "relative_word", _initials(day_words)))
    return [r for r in rows if r[1] < _EPOCH], [r for r in rows if r[1] >= _EPOCH]

#: 3時間前, 1か月前, 3시간 전 (any page) and 방금 전 / たった今 (just now)
_CJK_AGO_RE = _rx(r"(?<!\d)(?P<n>\d+) ?(?P<unit>" + date_words.words_pattern(date_words.CJK_AGO_UNITS)
                  + r") ?(?:前|전)")
_JUST_NOW_RE = _rx("(?P<w>" + date_words.words_pattern(date_words.JUST_NOW_WORDS) + ")")


def _ago_rows(lang: str | None) -> list[_Pattern]:
    """"N units ago" patterns: Japanese/Korean on every page, the page language's own (``vor 2
    Stunden``, ``3 ore fa``: :data:`.date_words.RELATIVE_AGO`) on a page in that language."""
    rows: list[_Pattern] = [(_CJK_AGO_RE, _RELATIVE, "relative_ago", frozenset("前전")),
                            (_JUST_NOW_RE, _RELATIVE, "just_now", frozenset("방た今"))]
    words = date_words.relative_ago(lang)
    if words is None:
        return rows
    before, after, units, ones = words
    count = r"(?P<n>\d+|" + date_words.words_pattern(ones) + ")" if ones else r"(?P<n>\d+)"
    unit = "(?P<unit>" + date_words.words_pattern(units) + ")"
    framed = lang in date_words.RELATIVE_AGO_FRAMED  # för 2 timmar sedan: both words needed
    if before:
        end = (" (?:" + date_words.words_pattern(after) + ")" + _NOT_LETTER_AFTER if framed
               else r"(?:(?<=\.)|" + _NOT_LETTER_AFTER + ")")
        rx = _rx(_NOT_LETTER_BEFORE + "(?:" + date_words.words_pattern(before) + ") " + count + " ?" + unit + end)
        rows.append((rx, _RELATIVE, "relative_ago", _initials(dict.fromkeys(before, 0))))
    if after and not framed:  # the count may be left out: the unit alone is one of it (час назад, minuto fa)
        rx = _rx(_NOT_LETTER_BEFORE + "(?:" + count + " ?)?" + unit + " (?:" + date_words.words_pattern(after) + ")"
                 + _NOT_LETTER_AFTER)
        rows.append((rx, _RELATIVE, "relative_ago", _initials(dict.fromkeys(after, 0))))
    return rows


_WEEKDAY_RE = re.compile(
    r"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天](?!前|后|後)"
    r"|[(（] ?(?:[一二三四五六日天]|[月火水木金土日](?:曜日?)?|[월화수목금토일](?:요일)?) ?[)）]"  # (一) （月） (월)
    r"|[月火水木金土日]曜日|[월화수목금토일]요일"
    r"|" + _NOT_LETTER_BEFORE + "(?:" + date_words.words_pattern(date_words.WEEKDAY_NAMES) + r")\.?,?"
    + _NOT_LETTER_AFTER,
    re.IGNORECASE,
)
#: A dotted month.day followed by a Chinese weekday (``12.07 周一``): a date, written as ``12-07``.
_DOTTED_MD_WEEKDAY_RE = re.compile(r"(?<![\d.:/-])(\d{1,2})\.(\d{1,2}) ?(?=[(（]?(?:周|星期|礼拜|禮拜)[一二三四五六日天])")
#: Brackets a weekday leaves empty (``2005年3月6日(星期日) 12:12``).
_EMPTY_BRACKETS_RE = re.compile(r"[(（\[【]\s*[)）\]】]")
#: A date written in Chinese numerals (二〇〇五年三月六日, 二零零五年十二月二十六日, a Latin O typed for 〇:
#: 二O二六年): read as digits.
_CN_NUMERAL_DATE_RE = re.compile(
    r"(?P<y>[〇○零Oo一二三四五六七八九]{4}|\d{4}|民[國国] ?(?:[〇○零一二三四五六七八九]{2,3}|[一二三四五六七八九十百]{1,6})) ?年 ?"
    r"(?P<mo>十[一二]?|[一二三四五六七八九]) ?月"
    r" ?(?P<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]) ?[日号]"
)
#: A month and day in Chinese numerals without a year (九月三日, 十二月二十五日): read as digits, the year
#: then comes from rule 4 as for 9月3日. Not after a year, a numeral or a digit (those are whole dates).
_CN_NUMERAL_MD_RE = re.compile(r"(?<![年〇○零一二三四五六七八九十\d])(?P<mo>十[一二]?|[一二三四五六七八九]) ?月"
                               r" ?(?P<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]) ?[日号]")
_CN_NUMERAL_GATE = frozenset("〇○零一二三四五六七八九十")
#: Numerals of a clock: 两 is 2 there (下午两点).
_CN_CLOCK_NUMERAL_GATE = _CN_NUMERAL_GATE | frozenset("两兩")
_CN_YEAR_DIGITS = {"〇": "0", "○": "0", "零": "0", "O": "0", "o": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
                   "六": "6", "七": "7", "八": "8", "九": "9"}  # fmt: skip
_WEEKDAY_GATE = _ALPHA | frozenset("星礼禮周週(（曜요") | frozenset("".join(date_words.WEEKDAY_NAMES))
#: Words a year or a clock carries in some languages: Russian/Ukrainian 'year' after it (``2025 г.,``),
#: Japanese 午前/午後 (a.m./p.m.), read as the Chinese ones.
_YEAR_WORD_RE = re.compile(r"(?<=\d) ?(?:гг?|р)\.(?= |,|$)")
_JA_CLOCK_WORDS = {"午前": "上午", "午後": "下午"}
#: A span of clock times (``09:00-17:00``, ``2:00 PM – 4:00 PM EDT``, ``14:00至16:00``): hours of an event.
_CLOCK_RANGE_RE = re.compile(
    r"(?<![\d:])(?P<t>t)?(?P<h1>\d{1,2}):\d{2}(?P<s1>:\d{2})?(?P<a>\s*(?:[ap]\.?m\.?)?\s*)"
    r"(?P<sep>[-–—~～]|至|到|to|until|bis)(?P<b>\s*)(?P<h2>\d{1,2}):\d{2}(?::\d{2})?(?![\d:])"
    r"\s*(?:[ap]\.?m\.?(?![a-z]))?(?:\s*(?-i:[A-Z]{2,5})(?![A-Za-z]))?", re.I)


def _without_clock_range(m: re.Match[str]) -> str:
    """A clock range dropped; ``14:20:00-08:00`` / ``T14:20-08:00`` / ``14:20-08:00`` (a later hour
    would be a range) is a clock and its offset, kept."""
    attached = m["sep"] in "-+" and not m["a"] and not m["b"]
    if attached and (m["t"] or m["s1"] or int(m["h2"]) <= int(m["h1"])):
        return m.group()
    return " "
#: A whole hour after a day part or a date (下午3點, 晚上8点半, 2026年3月5日 14点): that hour o'clock (or
#: half past).
_HOUR_ONLY_RE = re.compile(r"(" + "|".join(date_words.DAY_PARTS) + r"|午前|午後|(?<=[日号])|(?<=[日号] ))"
                           r" ?(\d{1,2}) ?[点點时時](半)?(?! ?\d)")
#: A clock in Chinese numerals after a date or a day part (上午九时三十分, 十四点零五分, 晚上八点半): read
#: as digits.
_CN_NUMERAL_CLOCK_RE = re.compile(r"(" + "|".join(date_words.DAY_PARTS) + r"|午前|午後|(?<=[日号])|(?<=[日号] ))"
                                  r" ?([零一二两兩三四五六七八九十]{1,3}) ?[点點时時]"
                                  r"(?: ?([零一二两兩三四五六七八九十]{1,3}) ?分|(半))?")
#: Latvian year-first dates (``2026. gada 26. novembris``, "of the year 2026, 26 November"): read day first.
_LV_YEAR_FIRST_RE = re.compile(r"(?<!\d)(\d{4})\.\s*gada\s+(\d{1,2})\.\s*([^\W\d_]{3,12})")
#: Lithuanian year-first dates (``2026 m. lapkričio 26 d.``: year, month in the genitive, day).
_LT_YEAR_FIRST_RE = re.compile(r"(?<!\d)(\d{4})\s*m\.\s*([^\W\d_]{3,12})\s+(\d{1,2})\s*d\.")
#: A year-first date joined to its clock by a dash (a CMS's ``2026-11-21-10:30:00`` meta value).
_DASHED_CLOCK_RE = re.compile(r"(?<!\d)(\d{4}-\d{1,2}-\d{1,2})-(\d{1,2}:\d{2})")
#: A clock printed before its date behind a bar or slash (14:25 / 27.11.2026, kun.uz-style): the same
#: as the clock and the date side by side.
_CLOCK_BAR_DATE_RE = re.compile(r"(?<![\d:])(\d{1,2}:\d{2}(?::\d{2})?)\s*[/|｜]\s*(?=\d)")
#: A lunar date (农历九月十七, 農曆二〇二六年九月十七日): no Gregorian day, dropped before the scan.
_LUNAR_DATE_RE = re.compile(r"(?:农历|農曆|阴历|陰曆)\s*(?:[〇○零一二三四五六七八九\d]{4}\s*年)?\s*(?:闰|閏)?"
                            r"[正一二三四五六七八九十冬腊臘\d]{1,2}\s*月\s*(?:[初十廿卅一二三四五六七八九\d]{1,3}\s*[日号]?)?")
#: A month-day after a year word (去年10月27日, 前年5月6日, 今年3月1日): that year counted from the fetch year.
_YEAR_WORDS = {"今年": 0, "去年": 1, "前年": 2}
_YEAR_WORD_MD_RE = re.compile(r"(今年|去年|前年)\s*(\d{1,2}\s*月\s*\d{1,2}\s*[日号]?)")
#: A span of days before a month word and a year (27–29 October 2026, 1.–3. September 2026, du 1er au 3
#: septembre 2026, del 1 al 3 de septiembre de 2026), also across months (31 Aug – 3 Sep 2026): its first day.
_DAY_ORD = r"(?:\.|er|st|nd|rd|th|º)?"
_DAY_RANGE_RE = re.compile(
    r"(?<![\d/.:-])(?P<d1>\d{1,2})(?P<o1>" + _DAY_ORD + r")(?:\s+(?P<m1>[^\W\d_]{3,12})\.?)?"
    r"\s*(?:[–—-]|(?<=\s)(?:" + "|".join(date_words.RANGE_WORDS) + r")(?=\s))\s*\d{1,2}" + _DAY_ORD
    + r"(?P<tail>\s+(?:de\s+)?(?P<m2>[^\W\d_]{3,12})\.?,?\s+(?:de\s+)?(?P<y>\d{4}))(?!\d)",
    re.IGNORECASE)
#: An ISO 8601 week date (``2026-W20-2``, ``2026W202``): that day of that week.
_ISO_WEEK_DATE_RE = re.compile(r"(?<![\w-])(\d{4})-?W(\d{2})-?([1-7])(?![\w-])")
#: Number pairs shaped like a month-day that a word beside them makes something else: a page of a
#: count (第5/12页), an issue, episode or volume (第 9/3 期), a grade or a range of levels (5-12级), ages,
#: floors, people.
_NOT_MONTH_DAY_RE = re.compile(r"第 ?\d{1,3} ?[/-] ?\d{1,3} ?[页頁期集卷章节節版]"
                               r"|(?<![\d/.-])\d{1,2} ?[-~/] ?\d{1,2} ?(?:级|級|页|頁|期|集|岁|歲|层|層|楼|樓|名|人|个|個|倍|次|年级|年級)")
#: Numbers with date-shaped digits that are something else: a version glued to its ``v`` or after a
#: version word (``v2026.09.03``, ``版本 2026.09.03``), an ICP or public-security filing number
#: (``沪ICP备20260903号-1``, ``京公网安备 11010502030143号``), a landline with its area code
#: (``021-20260903``). Dropped before the scan.
_NOT_DATE_NUMBER_RE = re.compile(
    r"(?<![^\W\d_])v\d+(?:\.\d+)+(?![\d.])"
    r"|(?:版本号?|版本號?|version|ver\.?)\s*[:：]?\s*v?\d+(?:\.\d+)+(?![\d.])"
    r"|(?:icp|公网安|公網安)\s*[备備证證]?\s*字?\s*第?\s*\d+\s*[号號]?(?:-\d+)?"
    r"|(?<![\d-])0\d{2,3}-\d{7,8}(?![\d-])",
    re.IGNORECASE)
#: A Minguo (民國) year written with three digits (``115/11/27``, ``114-06-05``): no Gregorian year of the
#: window has three digits, so on a Chinese-language line or a Taiwan site it is the ROC year.
_ROC_NUMERIC_RE = re.compile(r"(?<![\d/.-])(?P<y>1[0-4]\d)(?P<sep>[/.-])(?P<mo>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/.-])")
_CJK_CHAR_RE = re.compile(r"[\u4e00-\u9fff]")


def _taiwan_zone(tz: str | None) -> bool:
    """A Taiwan site's zone (its numeric dates may carry the ROC year)."""
    return bool(tz) and tz.strip() in ("Asia/Taipei", "ROC")


#: Japanese era years: 令和7年 is 2025 (令和元年 2019), 平成 from 1989.
_JA_ERA_RE = re.compile(r"(?P<era>令和|平成) ?(?P<n>\d{1,2}|元) ?年")
_JA_ERA_START = {"令和": 2019, "平成": 1989}
_HAO_RE = re.compile(r"(?<=\d) ?号")
#: Korean date words and their Chinese equivalents (the same year-month-day order).
_KO_DATE_WORDS = {"년": "年", "월": "月", "일": "日", "오전": "上午", "오후": "下午", "시": "时", "분": "分"}
_KO_DATE_WORDS_RE = re.compile(r"(?<=\d) ?(?:년|월|일|시|분)|오전 ?|오후 ?")
_KO_GATE = frozenset("년월일오")
#: A year beside a bare clock time: the text states a day the fast path could not read.
_YEAR_NUMBER_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_PUB_RE = re.compile(date_words.words_pattern(date_words.PUBLISH_LABELS), re.IGNORECASE)
_UPD_RE = re.compile(date_words.words_pattern(date_words.UPDATE_LABELS), re.IGNORECASE)
#: Weekday names in the text (settle a numeric date's day/month order).
_WEEKDAY_NAME_RE = re.compile(
    _NOT_LETTER_BEFORE + "(?:" + date_words.words_pattern(date_words.WEEKDAY_NAMES) + r")" + _NOT_LETTER_AFTER,
    re.IGNORECASE)
#: Clocks written with 'h' (French, Portuguese: ``09h12``) or a dot before a zone or 'Uhr'
#: (``09.12 Uhr``, ``09.12 GMT``): read as ``09:12``.
_H_CLOCK_RE = re.compile(r"(?<![\d.:])(\d{1,2}) ?h ?(\d{2})(?![\d:])(?: ?min\b)?", re.IGNORECASE)
_DOT_CLOCK_RE = re.compile(
    r"(?<![\d.:])(\d{1,2})\.(\d{2})(?= ?(?:uhr|[ap]\.?m\.?|(?-i:GMT|UTC|BST|CET|CEST|MEZ|MESZ|WIB|WITA|WIT|ICT|MYT|SGT|HKT"
    r"|JST|KST))(?![a-z]))",
    re.IGNORECASE)
#: A dotted clock with seconds before a meridiem, a fraction between (Oracle's ``02.05.00.000000 PM``): only a
#: clock has that shape; read as ``02:05:00 PM``.
_DOTTED_SECONDS_CLOCK_RE = re.compile(r"(?<![\d.:])(\d{1,2})\.([0-5]\d)\.([0-5]\d)(?:\.\d{1,9})?(?= ?[ap]\.?m\.?(?![a-z]))",
                                      re.IGNORECASE)
#: A dotted clock after a word that only introduces clocks (``kl. 14.05``, ``klo 9.40``): read as ``14:05``.
_CLOCK_WORD_DOTTED_RE = re.compile(_NOT_LETTER_BEFORE + "(" + date_words.words_pattern(date_words.DOTTED_CLOCK_WORDS)
                                   + r") ?(\d{1,2})\.(\d{2})(?!\d|\.\d)", re.IGNORECASE)
#: A meridiem printed before its clock (``2026-03-05 PM 3:12``): moved after it.
_MERIDIEM_BEFORE_CLOCK_RE = re.compile(r"(?<![A-Za-z])([AaPp]\.?[Mm]\.?) ?(\d{1,2}:\d{2}(?::\d{2})?)(?![\d:])")
#: A Chinese day part printed after a 12-hour clock (``2026-03-05 02:05:12 下午``): moved before it (not when a
#: clock follows the word: that is the next clock's day part; after 14:05 the word starts other text).
_DAY_PART_AFTER_CLOCK_RE = re.compile(r"(?<![\d:])((?:0?\d|1[0-2]):\d{2}(?::\d{2})?) ?(" + "|".join(date_words.DAY_PARTS)
                                      + r")(?! ?\d)")
_DAY_PART_GATE = frozenset(word[0] for word in date_words.DAY_PARTS)
#: A Chinese zone word before the date or between it and its clock (``美国东部时间2026年12月15日 01:05``): moved after
#: the clock that follows, where it states the clock's zone.
_ZONE_WORD_BEFORE_CLOCK_RE = re.compile(
    r"(?P<w>" + _ZONE_WORDS + r")[ :]*(?P<rest>(?:(?!时间|時間).){0,30}?"  # (not across another zone word)
    r"(?<!\d)\d{1,2} ?[:时時点點] ?\d{1,2}(?: ?[:分] ?\d{1,2}(?:[.,]\d{1,9})?)?(?: ?[秒分])?(?: ?[ap]\.?m\.?(?![a-z]))?)(?![\d:])",
    re.IGNORECASE)
#: A zone name printed between a date and its clock (``2026-03-05 HKT 15:12``): moved after the clock.
_ZONE_BEFORE_CLOCK_RE = re.compile(r"(?<=\d) (" + "|".join(sorted(date_words.ZONE_NAMES, key=len, reverse=True))
                                   + r") (\d{1,2}:\d{2}(?::\d{2})?)(?![\d:])")
#: A dotted date with spaces after its dots (``5. 3. 2026``, Czech and Slovak): the dots close up.
_SPACED_DOTTED_RE = re.compile(r"(?<![\d.])(\d{1,2})\. (\d{1,2})\. ((?:19|20)\d{2})(?!\d)")



def _month_of(word: str, ctx: _Ctx) -> int:
    """Month number of a month word matched by ``_MON`` (trailing dot allowed)."""
    key = word.lower().rstrip(".")
    words = date_words.month_words(ctx.lang)
    return words[key] if key in words else _PARTIAL_WORDS[key]

_CN_DIGITS = {
    "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_EN_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "half a": 0.5, "half an": 0.5,
}  # fmt: skip

# unit -> (kind, amount): kind "s" seconds, "d" days, "m" months
_UNITS: dict[str, tuple[str, int, str]] = {}
for _names, _spec in (
    (("秒", "秒钟", "秒鐘", "second", "seconds", "sec", "secs", "s"), ("s", 1, "relative_seconds")),
    (("分", "分钟", "分鐘", "minute", "minutes", "min", "mins", "m"), ("s", 60, "relative_minutes")),
    (("刻钟", "刻鐘"), ("s", 900, "relative_minutes")),  # a quarter of an hour: 一刻钟前 is 15 minutes ago
    (("小时", "小時", "钟头", "鐘頭", "hour", "hours", "hr", "hrs", "h"), ("s", 3600, "relative_hours")),
    (("天", "日", "day", "days", "d"), ("d", 1, "relative_days")),
    (("周", "週", "星期", "礼拜", "禮拜", "week", "weeks", "wk", "wks", "w"), ("d", 7, "relative_weeks")),
    (("月", "month", "months", "mo", "mos"), ("m", 1, "relative_months")),
    (("年", "year", "years", "yr", "yrs", "y"), ("m", 12, "relative_years")),
):
    for _n in _names:
        _UNITS[_n] = _spec

_WORD_DAYS = {
    "刚刚": None, "剛剛": None, "刚才": None, "剛才": None, "just now": None, "right now": None,
    "moment ago": None, "moments ago": None, "a moment ago": None, "a few seconds ago": None, "seconds ago": None,
    "今天": 0, "今日": 0, "today": 0, "昨天": 1, "昨日": 1, "yesterday": 1,
    "前天": 2, "the day before yesterday": 2, "大前天": 3,
    "明天": -1, "明日": -1, "tomorrow": -1, "后天": -2, "後天": -2, "the day after tomorrow": -2,
    "大后天": -3, "大後天": -3,
}  # fmt: skip

# --------------------------------------------------------------------------- helpers


@lru_cache(maxsize=64)
def _site_tz(tz: str) -> tzinfo:
    """IANA name (via zoneinfo) or an offset string such as ``+08:00`` / ``UTC+8``."""
    m = re.fullmatch(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", tz.strip(), re.IGNORECASE)
    if m:
        return _offset_tz(m.group(1), int(m.group(2)), int(m.group(3) or 0))
    if tz.strip().upper() in ("UTC", "GMT", "Z"):
        return UTC
    return ZoneInfo(tz.strip())


def _offset_tz(sign: str, hours: int, minutes: int) -> tzinfo:
    if hours > 14 or minutes > 59:
        raise _Impossible
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if sign == "-" else delta)


def _text_tz(token: str) -> tzinfo:
    """Timezone written in the text: ``Z``, ``GMT``, ``UTC+8``, ``+0800``, ``-05:00``."""
    t = token.upper().replace(" ", "")
    if t in ("Z", "GMT", "UTC"):
        return UTC
    t = TZ_ABBREVIATIONS.get(t, t)  # 9:12 AM EDT: the zone name's offset
    t = date_words.ZONE_WORDS.get(t, t)  # 01:05 美国东部时间: the zone the word names
    zone = date_words.CLOCK_WORD_ZONES.get(t.lower(), t)  # 09:12 Uhr: the zone its speakers keep
    if "/" in zone:  # a regional name (ET): its offset on the date, standard or daylight
        return ZoneInfo(zone)
    m = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?", t)
    if not m:
        raise _Impossible
    return _offset_tz(m.group(1), int(m.group(2)), int(m.group(3) or 0))


def _fmt_dt(dt: datetime, ctx: _Ctx) -> str:
    return dt.astimezone(ctx.tz).replace(microsecond=0).isoformat(timespec="seconds")


def _check_dt(dt: datetime, ctx: _Ctx, rule: str, stated: bool = False) -> _Out:
    """Rule 3 window for an aware datetime, then rule 1 formatting.

    ``stated``: the offset was written in the text and is kept as written (its day too).
    """
    # via UTC, so that a wall time that does not exist in the zone (DST gap) becomes the
    # instant it denotes and re-reads to itself
    try:
        local = dt.astimezone(UTC).astimezone(ctx.tz)
    except OverflowError:  # 0001-01-01T00:00:00Z (a CMS's empty date), 9999-12-31: beyond any zone
        return _Out(None, rule, "before_1995" if dt.year < MIN_DATE.year else "future")
    if (dt.date() if stated else local.date()) < MIN_DATE:
        return _Out(None, rule, "before_1995")
    if local > ctx.upper:
        return _Out(None, rule, "future")
    if stated:
        return _Out(dt.replace(microsecond=0).isoformat(timespec="seconds"), rule, None)
    return _Out(_fmt_dt(local, ctx), rule, None)


def _check_date(d: date, ctx: _Ctx, rule: str) -> _Out:
    """Rule 3 window for a day: the day may start at most 24 h after the fetch time."""
    if d < MIN_DATE:
        return _Out(None, rule, "before_1995")
    if d > ctx.upper.date():
        return _Out(None, rule, "future")
    return _Out(d.isoformat(), rule, None)


_Time = tuple[int, int, int, tzinfo | None]  # hour, minute, second, explicit zone


def _time_of(g: dict[str, Any], ctx: _Ctx) -> _Time | None:
    """Hour, minute, second and explicit timezone of a match, ``None`` if it has no time. A clock
    word (``09.12 Uhr``) states no zone: it only places the time where the site's zone is unknown."""
    h_s = g.get("H")
    if h_s is None:
        return None
    h, mi, s = int(h_s), int(g["M"]), int(g["S"] or 0)
    ap1, ap2 = g.get("ap1"), g.get("ap2")
    if ap2:
        if not 1 <= h <= 12:
            raise _Impossible
        h = h % 12 + (12 if ap2[0] in "pPم" else 0)
    elif ap1:
        part = date_words.DAY_PARTS[ap1]
        if h > 12:  # a 24-hour clock despite the word ("下午 13:05", Java's "a HH"): the word must agree
            if part in ("am", "midnight"):
                raise _Impossible  # 上午 15:00: morning and an afternoon hour
        elif part == "pm":
            h = h % 12 + 12
        elif part == "noon":
            h = h + 12 if h < 11 else h
        elif part == "late":  # 深夜: the evening's late hours, or the small hours after midnight
            h = h + 12 if 6 <= h < 12 else (0 if h == 12 else h)
        elif h == 12:  # am, midnight
            h = 0
    if h > 23 or mi > 59 or s > 59:
        raise _Impossible
    token = g.get("tz")
    if token and token.lower() in date_words.CLOCK_WORD_ZONES and ctx.zone_known:
        token = None  # the site's zone is known: 'Uhr' is o'clock there, no zone of its own
    if token and token.upper() in date_words.AMBIGUOUS_ZONE_NAMES:
        return h, mi, s, _ambiguous_zone(token.upper(), ctx)
    tz = _text_tz(token) if token else None
    return h, mi, s, tz


def _ambiguous_zone(name: str, ctx: _Ctx) -> tzinfo:
    """The offset an ambiguous zone name (``IST``, ``CST``) means on this page: the reading the site's
    own zone keeps (China's CST on a Chinese site), else the page language's, else the usual one."""
    readings, by_lang, usual = date_words.AMBIGUOUS_ZONE_NAMES[name]
    if ctx.zone_known:
        own = next((r for r in readings if _text_tz(r).utcoffset(None) == ctx.now.utcoffset()), None)
        if own is not None:
            return _text_tz(own)
    return _text_tz(by_lang.get(ctx.lang or "", usual))


#: Clocks go forward at night: a naive time after this hour is checked for no gap (a cheap bound).
DST_CHANGE_LAST_HOUR = 4


def _build(y: int, mo: int, d: int, tm: _Time | None, ctx: _Ctx) -> date | datetime:
    """Strict construction: raises :class:`_Impossible` instead of repairing anything."""
    try:
        if tm is None:
            return date(y, mo, d)
        h, mi, s, tz = tm
        value = datetime(y, mo, d, h, mi, s, tzinfo=tz or ctx.tz)
        if tz is None and h <= DST_CHANGE_LAST_HOUR and value.astimezone(UTC).astimezone(ctx.tz).hour != h:
            raise _Impossible  # 02:30 on a spring-forward night: no such local time (a repeated one is the first)
        return value
    except (ValueError, OverflowError) as exc:
        raise _Impossible from exc


def _emit(value: date | datetime, ctx: _Ctx, rule: str) -> _Out:
    if isinstance(value, datetime):
        stated = value.tzinfo is not ctx.tz
        if not stated and not ctx.zone_known:  # a naive clock on a page of unknown zone: the day only
            out = _check_date(value.date(), ctx, rule)
            return out._replace(reason="no_zone") if out.value else out
        return _check_dt(value, ctx, rule, stated=stated)
    return _check_date(value, ctx, rule)


def _valid_md(y: int, mo: int, d: int) -> bool:
    return 1 <= mo <= 12 and 1 <= d <= monthrange(y, mo)[1] if 1 <= y <= 9999 else False


def _missing_year(mo: int, d: int, tm: _Time | None, ctx: _Ctx, rule: str) -> _Out:
    """Rule 4: the year hint, else the latest year not more than 24 h after the fetch time."""
    if not _valid_md(2000, mo, d):  # 2000 is a leap year: Feb 29 is possible somewhere
        raise _Impossible
    if ctx.year_hint is not None:
        return _emit(_build(ctx.year_hint, mo, d, tm, ctx), ctx, rule)
    for y in range(ctx.upper.year, ctx.upper.year - 9, -1):
        if not _valid_md(y, mo, d):
            continue
        value = _build(y, mo, d, tm, ctx)
        if isinstance(value, datetime):
            if value <= ctx.upper:
                return _emit(value, ctx, rule)
        elif value <= ctx.upper.date():
            return _emit(value, ctx, rule)
    return _Out(None, rule, "before_1995")  # unreachable for sane fetch times


def _cn_number(s: str) -> float:
    if s.isdigit():
        return int(s)
    if s == "半":
        return 0.5
    if "十" in s:
        head, _, tail = s.partition("十")
        tens = _CN_DIGITS.get(head, 1) if head else 1
        if (head and head not in _CN_DIGITS) or (tail and tail not in _CN_DIGITS):
            raise _Impossible
        return tens * 10 + (_CN_DIGITS[tail] if tail else 0)
    if len(s) != 1 or s not in _CN_DIGITS:
        raise _Impossible
    return _CN_DIGITS[s]


def _cn_counted(s: str) -> int:
    """A number in counted Chinese numerals up to 999 (一百一十五, 二十三, 零五, 十): its value."""
    total = 0
    if "百" in s:
        head, _, s = s.partition("百")
        if head not in _CN_DIGITS:
            raise _Impossible
        total += _CN_DIGITS[head] * 100
    s = s.lstrip("零")
    if "十" in s:
        head, _, s = s.partition("十")
        if head and head not in _CN_DIGITS:
            raise _Impossible
        total += (_CN_DIGITS[head] if head else 1) * 10
    s = s.lstrip("零")
    if s:
        if s not in _CN_DIGITS:
            raise _Impossible
        total += _CN_DIGITS[s]
    return total


def _minus_months(d: date, months: int) -> date:
    total = d.year * 12 + (d.month - 1) - months
    y, m = divmod(total, 12)
    if y < 1:
        raise OverflowError
    return date(y, m + 1, min(d.day, monthrange(y, m + 1)[1]))


# --------------------------------------------------------------------------- span readers


def _read(rule: str, g: dict[str, Any], ctx: _Ctx) -> _Out:
    """Interpret one matched span (``g`` is its groupdict) -- raises :class:`_Impossible`."""
    if rule == "yy_ymd" and ctx.date_order:  # the profile says the year is last: 08-03-18
        g = {**g, "y": g["d"], "d": g["y"] if ctx.date_order == "DMY" else g["mo"],
             "mo": g["mo"] if ctx.date_order == "DMY" else g["y"]}
        rule = ctx.date_order.lower()
    if rule in ("iso", "ymd", "cn_ymd", "split_day_monthyear", "split_monthday_year", "en_mdy", "en_dmy",
                "compact_iso", "en_ctime", "split_year_monthday", "split_yearmonth_day", "split_day_yearmonth",
                "yy_ymd", "dmy", "mdy"):
        y, d = int(g["y"]), int(g["d"])
        if len(g["y"]) == 3 or g.get("roc"):  # 民國103年, 民國89年: the Minguo calendar counts from 1912
            y, rule = y + 1911, "roc_ymd"
        elif len(g["y"]) == 2:  # 05年, 18-03-08: the century that does not put the date after the fetch year
            y = 2000 + y if 2000 + y <= ctx.upper.year else 1900 + y
            rule = "cn_yy_md" if rule == "cn_ymd" else rule
        mo = _month_of(g["mon"], ctx) if g.get("mon") else int(g["mo"])
        if rule == "split_monthday_year" and g["sep"] == "/" and ctx.date_order == "DMY":
            mo, d = d, mo
        tm = _time_of(g, ctx)
        if tm is not None and g.get("tzname"):
            name = g["tzname"].upper()
            zone = _ambiguous_zone(name, ctx) if name in date_words.AMBIGUOUS_ZONE_NAMES \
                else _text_tz(TZ_ABBREVIATIONS[name])
            tm = (*tm[:3], zone)
        return _emit(_build(y, mo, d, tm, ctx), ctx, rule)
    if rule == "year_last":
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        if len(g["y"]) == 2:  # 05.03.26: the century that does not put the date after the fetch year
            y = 2000 + y if 2000 + y <= ctx.upper.year else 1900 + y
        settled = _weekday_order(y, a, b, ctx.weekdays) if ctx.weekdays and a != b else None
        if g["sep"] == ".":  # dotted with the year last is day-first everywhere it is used
            d, mo, rule = a, b, "dotted_dmy"
        elif settled:  # Tue, 03/11/2025: only one reading falls on the weekday the text names
            if ctx.date_order and ctx.date_order != settled:
                return _Out(None, rule, "weekday_mismatch")
            d, mo, rule = (a, b, "dmy_weekday") if settled == "DMY" else (b, a, "mdy_weekday")
        elif ctx.date_order == "DMY":
            d, mo, rule = a, b, "dmy"
        elif ctx.date_order == "MDY":
            d, mo, rule = b, a, "mdy"
        elif _us_locale_default(g):
            d, mo, rule = b, a, "mdy_us_default"
        else:
            dmy_ok, mdy_ok = _valid_md(y, b, a), _valid_md(y, a, b)
            if dmy_ok and mdy_ok and a != b:
                return _Out(None, rule, "ambiguous_day_month")
            if not (dmy_ok or mdy_ok):
                raise _Impossible
            if a == b:
                d, mo, rule = a, a, "dmy_mdy_agree"
            else:
                d, mo, rule = (a, b, "dmy") if dmy_ok else (b, a, "mdy")
        return _emit(_build(y, mo, d, _time_of(g, ctx), ctx), ctx, rule)
    if rule in ("md", "cn_md", "en_md", "en_dm"):
        d = int(g["d"])
        mo = _month_of(g["mon"], ctx) if g.get("mon") else int(g["mo"])
        if rule == "md" and g["sep"] == "/" and ctx.date_order == "DMY":
            mo, d = d, mo
        if rule == "md" and g["sep"] == "-" and len(g["mo"]) == len(g["d"]) == 1 and not g.get("H"):
            return _Out(None, rule, "unparsed")  # 3-2 is a score or a range; lists print 03-02
        return _missing_year(mo, d, _time_of(g, ctx), ctx, rule)
    if rule == "relative":
        return _read_relative(g["n"], g["unit"], g["dir"], ctx)
    if rule == "relative_future":
        return _Out(None, "relative", "future_relative")
    if rule == "relative_ago":
        unit = g["unit"].lower()
        words = date_words.relative_ago(ctx.lang)
        english = date_words.CJK_AGO_UNITS.get(unit) or (words[2][unit] if words else unit)
        return _read_relative(g["n"] if g["n"] and g["n"].isdigit() else "1", english, "ago", ctx)
    if rule == "just_now":
        return _check_dt(ctx.now, ctx, "relative_now")
    if rule == "relative_word":
        word = g["w"].lower()
        days = _WORD_DAYS[word] if word in _WORD_DAYS else date_words.relative_day_words(ctx.lang)[word]
        if days is None:
            return _check_dt(ctx.now, ctx, "relative_now")
        if days < 0:
            return _Out(None, rule, "future_relative")
        day = ctx.now.date() - timedelta(days=days)
        return _emit(_build(day.year, day.month, day.day, _time_of(g, ctx), ctx), ctx, rule)
    if rule == "time_only":
        day = ctx.now.date()
        value = _build(day.year, day.month, day.day, _time_of(g, ctx), ctx)  # impossible times first
        if not ctx.allow_time_only:  # an article page's bare time says nothing about its day
            return _Out(None, rule, "time_only")
        return _emit(value, ctx, rule)
    if rule == "epoch":
        if g["frac"] and len(g["num"]) != 10:  # only epoch seconds carry a fraction (1788415500.123)
            return _Out(None, rule, "unparsed")
        return _read_number(g["num"], ctx)
    return _Out(None, rule, "no_day")


def _us_locale_default(g: dict[str, Any]) -> bool:
    """``7/5/2005 9:23:57 PM``: the en-US default rendering of a timestamp (.NET ``DateTime``,
    JavaScript ``toLocaleString``) -- slashes, unpadded month and day, seconds, an upper-case
    AM/PM -- is month first, whatever the page's language. The day-first locales that print a
    12-hour clock pad the day (en-AU ``07/05/2005``) or write ``pm`` (en-IN)."""
    ap = g.get("ap2") or ""
    return g["sep"] == "/" and ap[:1] in ("A", "P") and ap.isupper() and bool(g.get("S")) \
        and not g["a"].startswith("0") and not g["b"].startswith("0")


def _weekday_order(y: int, a: int, b: int, weekdays: frozenset[int]) -> str | None:
    """``DMY``/``MDY`` when exactly one valid reading of ``a/b/y`` falls on a named weekday."""
    dmy = _valid_md(y, b, a) and date(y, b, a).weekday() in weekdays
    mdy = _valid_md(y, a, b) and date(y, a, b).weekday() in weekdays
    if dmy == mdy:
        return None
    return "DMY" if dmy else "MDY"


def _read_relative(n_s: str, unit_s: str, dir_s: str, ctx: _Ctx) -> _Out:
    """Rule 5: count back from the fetch time; sub-day units give datetimes, others dates."""
    kind, amount, rule = _UNITS[unit_s.lower()]
    if dir_s.lower() != "ago" and dir_s[-1] not in "前":
        return _Out(None, rule, "future_relative")
    n_key = n_s.lower()
    n = _EN_NUMBERS[n_key] if n_key in _EN_NUMBERS else _cn_number(n_s)
    try:
        if kind == "s":  # elapsed time: counted back on the clock of the world (UTC), not the wall
            # clock's, so that '3 hours ago' across a DST change is three hours before the fetch
            return _check_dt(ctx.now.astimezone(UTC) - timedelta(seconds=n * amount), ctx, rule)
        if kind == "d":
            return _check_date((ctx.now - timedelta(days=n * amount)).date(), ctx, rule)
        months = n * amount
        if months != int(months):  # 半个月 -> 15 days
            return _check_date((ctx.now - timedelta(days=round(months * 30))).date(), ctx, rule)
        return _check_date(_minus_months(ctx.now.date(), int(months)), ctx, rule)
    except (OverflowError, ValueError):
        return _Out(None, rule, "before_1995")


def _read_number(num: str, ctx: _Ctx) -> _Out:
    """Rule 9: 10 digits epoch seconds, 13 milliseconds, 8/14 digits compact YYYYMMDD[HHMMSS]."""
    if len(num) in (10, 13):
        rule = "epoch_s" if len(num) == 10 else "epoch_ms"
        seconds = int(num) if len(num) == 10 else int(num) // 1000
        try:
            dt = datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return _Out(None, rule, "future")
        return _check_dt(dt, ctx, rule)
    y, mo, d = int(num[:4]), int(num[4:6]), int(num[6:8])
    tm = (int(num[8:10]), int(num[10:12]), int(num[12:14]), None) if len(num) == 14 else None
    if tm is not None and (tm[0] > 23 or tm[1] > 59 or tm[2] > 59):
        raise _Impossible
    return _emit(_build(y, mo, d, tm, ctx), ctx, "compact")


# --------------------------------------------------------------------------- selection


class _Cand(NamedTuple):
    start: int
    end: int
    cat: int
    rule: str
    g: dict[str, Any]  # the span's fields (the match's groupdict)


def _scan(text: str, chars: set[str], patterns: list[_Pattern]) -> list[_Cand]:
    """Run the gated patterns; a span covering the whole text ends the scan (nothing can beat it)."""
    found: list[_Cand] = []
    size = len(text)
    for rx, cat, rule, gate in patterns:
        if gate is not None and chars.isdisjoint(gate):
            continue
        for m in rx.finditer(text):
            if m.end() > m.start():
                name = rule
                if rule == "ymd" and m.group("sep") == "-":
                    name = "iso"
                elif rule == "en_dmy" and m.group("gap") == "":
                    name = "split_day_monthyear"
                cand = _Cand(m.start(), m.end(), cat, name, m.groupdict())
                if cand.start == 0 and cand.end == size:
                    return [cand]
                found.append(cand)
    return found


#: What may stand between a clock printed first and its date (``9:12 a.m. ET Dec. 3, 2024``,
#: ``14:05, 3 March 2025``, ``10:20 on 5 May``).
_TIME_DATE_GAP_RE = re.compile(r"[ ,|·–—-]{0,3}(?:(?:" + "|".join(date_words.CLOCK_DATE_LINKERS) + r") )?")
_CLOCK_FIELDS = ("H", "M", "S", "ap1", "ap2", "tz")


def _candidates(text: str, lang: str | None = None) -> list[_Cand]:
    """Every date-like span, overlaps resolved in favour of the earlier, then longer span; a
    clock printed right before a date without one is that date's time.

    Epoch numbers and month/year-only spans are looked for only when nothing better is found.
    """
    chars = set(text)
    first, last = _patterns(lang)
    found = _scan(text, chars, first) or _scan(text, chars, last)
    found.sort(key=lambda c: (c.start, c.start - c.end, c.cat))
    kept: list[_Cand] = []
    last_end = -1
    for c in found:
        if c.start >= last_end:
            if kept and kept[-1].cat == _TIMEONLY and c.cat in (_FULL, _PARTIAL) and "H" in c.g \
                    and c.g["H"] is None and _TIME_DATE_GAP_RE.fullmatch(text, kept[-1].end, c.start):
                clock = kept.pop()
                c = _Cand(clock.start, c.end, c.cat, c.rule, {**c.g, **{k: clock.g[k] for k in _CLOCK_FIELDS}})
            kept.append(c)
            last_end = c.end
    return kept


def _choose(text: str, cands: list[_Cand]) -> _Cand:
    """Rule 7: publish label beats update label; otherwise the first span of the best kind.

    Labels usually precede their date (``发布时间：2025-05-05``); when the text starts with a
    date they follow it (``2025-05-05 发布``), and the span just before the label is taken. With
    update labels only, a date right after one (``Mis à jour le ...``) is the update's: another
    date of the same kind is preferred.
    """
    usable = [c for c in cands if c.cat < _NODAY]
    if len(usable) > 1:
        pub = _PUB_RE.search(text)
        upd = _UPD_RE.search(text)
        if pub and upd:
            upds = [m.start() for m in _UPD_RE.finditer(text)]
            if usable[0].start < min(pub.start(), upd.start()):  # labels follow their dates
                prev_upd = max((u for u in upds if u < pub.start()), default=-1)
                before = [c for c in usable if prev_upd < c.start and c.end <= pub.start()]
                if before:
                    return min(reversed(before), key=lambda c: c.cat)
            else:
                next_upd = min((u for u in upds if u >= pub.end()), default=len(text))
                after = [c for c in usable if pub.end() <= c.start < next_upd]
                if after:
                    return min(after, key=lambda c: (c.cat, c.start))
        elif upd:
            prev_end, unlabelled = 0, []
            for c in usable:
                if not _UPD_RE.search(text, prev_end, c.start):
                    unlabelled.append(c)
                prev_end = c.end
            if unlabelled:
                best = min(unlabelled, key=lambda c: (c.cat, c.start))
                if best.cat == min(c.cat for c in usable):
                    return best
    return min(cands, key=lambda c: (c.cat, c.start))


#: A label of words ending in a colon right before a date (``Публикувана: ``, ``Ενημερώθηκε: ``).
_LABEL_BEFORE_RE = re.compile(r"[^\W\d_][^:：\d]{0,30}[:：]\s*$")


def _earlier_of_labelled_pair(text: str, cands: list[_Cand], out: _Out, ctx: _Ctx) -> _Out:
    """Rule 7b: two full date-times, each after a label of words the rules do not know (an update
    and a publication line in another language: ``Обновена: 26.10.2026 08:15 Публикувана:
    25.10.2026 14:05``): the earlier is the publication (a page is updated after it appears)."""
    if out.value is None or "T" not in out.value or _PUB_RE.search(text) or _UPD_RE.search(text):
        return out
    full = [c for c in cands if c.cat == _FULL]
    if len(full) != 2 or len([c for c in cands if c.cat < _NODAY]) != 2:
        return out
    first, second = sorted(full, key=lambda c: c.start)
    if not (_LABEL_BEFORE_RE.search(text, 0, first.start) and _LABEL_BEFORE_RE.search(text, first.end, second.start)):
        return out
    try:
        outs = [_read(c.rule, c.g, ctx) for c in (first, second)]
    except _Impossible:
        return out
    if any(o.value is None or "T" not in o.value for o in outs):
        return out
    return min(outs, key=lambda o: datetime.fromisoformat(o.value))


# --------------------------------------------------------------------------- dateparser fallback

_dateparser: Any = None


def _parser() -> Any:
    """``dateparser``, imported on first use (it costs ~0.3 s and most pages never need it)."""
    global _dateparser
    if _dateparser is None:
        import dateparser

        _dateparser = dateparser
    return _dateparser
_HAS_TIME_RE = re.compile(
    r"\d ?[:时時点點] ?\d|(?<![a-z])(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)(?![a-z])"
    r"|小时|小時|分钟|分鐘|秒",
    re.IGNORECASE,
)
_HAS_YEAR_RE = re.compile(r"(?<!\d)\d{4}(?!\d)|ago|前|전|yesterday|today|昨|今", re.IGNORECASE)


_MONTH_WORD_RE = re.compile(r"(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|月", re.IGNORECASE)
_CLOCK_RE = re.compile(r"\d{1,2} ?: ?\d{2}(?: ?: ?\d{2})?")


def _numeric_day_month_ambiguous(text: str) -> bool:
    """Rule 6 for the fallback: two different numbers <= 12, no month word, year not first."""
    if _MONTH_WORD_RE.search(text):
        return False
    text = _CLOCK_RE.sub(" ", text)
    first = re.search(r"\d+", text)
    if first is None or len(first.group()) == 4:
        return False
    small = {int(n) for n in re.findall(r"(?<!\d)\d{1,2}(?!\d)", text) if 1 <= int(n) <= 12}
    return len(small) >= 2


def _via_dateparser(text: str, ctx: _Ctx) -> _Out:
    """Fallback for forms the fast path does not know; its answer is re-checked by rules 2-4."""
    parser = _parser()
    settings: dict[str, Any] = {
        "RELATIVE_BASE": ctx.now.replace(tzinfo=None),
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month"],  # rule 2: never a day invented by the parser
    }
    if ctx.date_order:
        settings["DATE_ORDER"] = ctx.date_order
    elif _numeric_day_month_ambiguous(text):
        return _Out(None, "dateparser", "ambiguous_day_month")  # rule 6 holds for the fallback too
    try:
        # a declared language the parser has locale data for is read in that language (and English)
        languages = [ctx.lang, "en"] if date_words.locale_language(ctx.lang) else ["zh", "en"]
        dt = parser.parse(text, languages=languages, settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return _Out(None, "dateparser", "unparsed")
    if dt is None:
        return _Out(None, "dateparser", "unparsed")
    has_time = bool(_HAS_TIME_RE.search(text))
    try:
        if dt.tzinfo is not None:
            dt = dt.astimezone(ctx.tz)
        tm = (dt.hour, dt.minute, dt.second, None) if has_time else None
        if not _HAS_YEAR_RE.search(text):
            return _missing_year(dt.month, dt.day, tm, ctx, "dateparser")
        return _emit(_build(dt.year, dt.month, dt.day, tm, ctx), ctx, "dateparser")
    except (_Impossible, OverflowError, ValueError):
        return _Out(None, "dateparser", "impossible_date")


# --------------------------------------------------------------------------- public API


#: The zone of a page whose zone is unknown (``tz=None``): counted in UTC, naive clocks dropped.
_UNKNOWN_ZONE = timezone(timedelta(0), "unknown")


def _context(
    fetched_at: datetime, tz: str | None, year_hint: int | None, date_order: str | None, allow_time_only: bool = False,
    lang: str | None = None,
) -> _Ctx:
    if fetched_at.tzinfo is None or fetched_at.utcoffset() is None:
        raise ValueError("fetched_at must be timezone-aware")
    site = _UNKNOWN_ZONE if tz is None else _site_tz(tz)
    order = date_order.upper() if date_order else None
    if order not in (None, "DMY", "MDY"):
        raise ValueError(f"date_order must be 'DMY', 'MDY' or None, not {date_order!r}")
    return _Ctx(fetched_at.astimezone(site), site, year_hint, order, allow_time_only, lang, zone_known=tz is not None)


#: Date paths in URLs: /2019/09/07/, /2019/9/7/, /2019-09-07/, /20190907/, /2019/0907/, /201909/07/,
#: /2019-09/07/, /t20190907_123.html, a segment that starts with the date glued to an id
#: (/a/20190907A01XYZ00).
URL_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"/((?:19|20)\d{2})[/-]([01]?\d)[/-]([0-3]?\d)(?=[/_.-]|$)"),
    re.compile(r"/((?:19|20)\d{2})/?([01]\d)([0-3]\d)(?=[/_.-]|[A-Za-z]|\d{0,12}(?:[/_.]|$))"),
    re.compile(r"/((?:19|20)\d{2})-?([01]\d)/([0-3]\d)(?=[/_.-])"),
    # TRS-style document names (government portals): /t20220128_4004.html
    re.compile(r"/t((?:19|20)\d{2})([01]\d)([0-3]\d)_\d+(?=[/_.]|$)"),
)


def _url_path(url: str) -> str:
    """A URL's path (scheme, host and query dropped); a bare path stays itself."""
    return re.sub(r"^[a-z]+://[^/]+", "", url.split("?", 1)[0], flags=re.I)


def url_date(url: str) -> str | None:
    """The day a date-in-path URL shows, ``YYYY-MM-DD``, or ``None``."""
    path = _url_path(url)
    for rx in URL_DATE_PATTERNS:
        for m in rx.finditer(path):
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
            except ValueError:
                continue
    return None


#: Text that is a URL or a site path, no prose (``https://x.cn/2026/0305/874.html``, ``/p/20260305091200.html``).
_URL_LIKE_RE = re.compile(r"^(?:https?://[^\s/]+)?/[^\s()]*$", re.I)
#: A compact date and time in a path (``/p/20260305091200.html``).
_URL_COMPACT_DATETIME_RE = re.compile(r"(?<!\d)((?:19|20)\d{2}[01]\d[0-3]\d[0-2]\d[0-5]\d[0-5]\d)(?!\d)")


def normalize_date(
    text: str | None,
    *,
    fetched_at: datetime,
    tz: str | None = "Asia/Shanghai",
    year_hint: int | None = None,
    date_order: str | None = None,
    allow_time_only: bool = False,
    lang: str | None = None,
) -> DateResult:
    """Read one date from page text; see the module docstring for the contract.

    ``fetched_at`` must be aware; ``tz`` is an IANA name or an offset like ``"+08:00"``, or
    ``None`` when the page's zone is unknown: text without a zone then gives the day only (reason
    ``no_zone``), never a guessed offset;
    ``date_order`` (``"DMY"``/``"MDY"``) comes from the site profile and only matters for
    numeric dates with the year last. ``allow_time_only``: a bare time (``16:45``) means the
    fetch day -- true for list and related entries, false (no value) on article pages.
    ``lang``: the language the page declares (``<html lang="pt-BR">``): its month words are read,
    and without ``date_order`` its fixed day/month order, if it has one (:mod:`.date_words`).
    Never raises on any text.
    """
    raw = text if isinstance(text, str) else ""
    ctx = _context(fetched_at, tz, year_hint, date_order or date_words.lang_date_order(lang), allow_time_only,
                   date_words.primary_lang(lang))
    localized = _localized(raw, ctx)
    if localized != raw:  # 2:05 μ.μ. -> 2:05 PM: read as written with the English word, reported as printed
        out = normalize_date(localized, fetched_at=fetched_at, tz=tz, year_hint=year_hint, date_order=date_order,
                             allow_time_only=allow_time_only, lang=lang)
        return DateResult(out.value, out.rule, out.reason, raw)
    fast = _fast_path(raw, ctx) if len(raw) <= _FAST_MAX_LEN else None
    if fast is not None:  # '2025-05-05 12:48', '2025年5月5日 12:48', '05 May2025': the commonest shapes
        rule, groups = fast
        try:
            out = _read(rule, groups, ctx)
        except _Impossible:
            out = _Out(None, rule, "impossible_date")
        return DateResult(out.value, out.rule, out.reason, raw)
    cleaned = clean_text(raw)
    if not cleaned:
        return DateResult(None, "none", "empty", raw)
    if "/" in cleaned and _URL_LIKE_RE.match(cleaned):  # a URL or a path: its date path, other digits are ids
        return _url_path_date(cleaned, raw, fetched_at, tz, year_hint, date_order, lang)
    if _NOT_DATE_NUMBER_RE.search(cleaned):  # v2026.09.03, 沪ICP备20260903号-1, 021-20260903: no dates
        cleaned = _NOT_DATE_NUMBER_RE.sub(" ", cleaned).strip()
    if "号" in cleaned:
        cleaned = _HAO_RE.sub("日", cleaned)
    if "-" in cleaned and _DASHED_CLOCK_RE.search(cleaned):  # 2026-11-21-10:30:00: a dash before the clock
        cleaned = _DASHED_CLOCK_RE.sub(r"\1 \2", cleaned)
    if ":" in cleaned and _CLOCK_BAR_DATE_RE.search(cleaned):  # 14:25 / 27.11.2026: the clock of that date
        cleaned = _CLOCK_BAR_DATE_RE.sub(r"\1 ", cleaned)
    if "gada" in cleaned and _LV_YEAR_FIRST_RE.search(cleaned):  # 2026. gada 26. novembris -> 26. novembris 2026
        cleaned = _LV_YEAR_FIRST_RE.sub(r"\2. \3 \1", cleaned)
    if " d." in cleaned and _LT_YEAR_FIRST_RE.search(cleaned):  # 2026 m. lapkričio 26 d. -> 26 lapkričio 2026
        cleaned = _LT_YEAR_FIRST_RE.sub(r"\3 \2 \1", cleaned)
    if "历" in cleaned or "曆" in cleaned:  # 农历九月十七: a lunar date, no Gregorian day
        cleaned = _LUNAR_DATE_RE.sub(" ", cleaned).strip()
    if "年" in cleaned and _YEAR_WORD_MD_RE.search(cleaned):  # 去年10月27日: the year before the fetch year
        cleaned = _YEAR_WORD_MD_RE.sub(lambda m: f"{ctx.now.year - _YEAR_WORDS[m[1]]}年{m[2]}", cleaned)
    if _DAY_RANGE_RE.search(cleaned):  # 27–29 October 2026, du 1er au 3 septembre 2026: the first day
        cleaned = _DAY_RANGE_RE.sub(lambda m: _first_day_of_span(m, ctx), cleaned)
    if not _KO_GATE.isdisjoint(cleaned):  # Korean 2014년 5월 6일 오후 2:05 reads as 2014年5月6日 下午2:05
        cleaned = _KO_DATE_WORDS_RE.sub(lambda m: _KO_DATE_WORDS[m.group().strip()], cleaned)
    if ":" in cleaned and _CLOCK_RANGE_RE.search(cleaned):  # 09:00-17:00: an event's hours, no moment
        cleaned = _CLOCK_RANGE_RE.sub(_without_clock_range, cleaned).strip()
    if _ROC_NUMERIC_RE.search(cleaned) and (_taiwan_zone(tz) or _CJK_CHAR_RE.search(cleaned)):
        cleaned = _ROC_NUMERIC_RE.sub(lambda m: f"民國{m['y']}年{m['mo']}月{m['d']}日", cleaned)  # 115/11/27
    if "令和" in cleaned or "平成" in cleaned:
        cleaned = _JA_ERA_RE.sub(lambda m: f"{_JA_ERA_START[m['era']] + (0 if m['n'] == '元' else int(m['n']) - 1)}年",
                                 cleaned)
    if "W" in cleaned and _ISO_WEEK_DATE_RE.search(cleaned):  # 2026-W20-2 -> 2026-05-12
        cleaned = _ISO_WEEK_DATE_RE.sub(_iso_week_date, cleaned)
    if not _HOUR_MARKS.isdisjoint(cleaned):
        if not _CN_CLOCK_NUMERAL_GATE.isdisjoint(cleaned) and _CN_NUMERAL_CLOCK_RE.search(cleaned):  # 下午两点
            cleaned = _CN_NUMERAL_CLOCK_RE.sub(_cn_numeral_clock, cleaned)
        if _HOUR_ONLY_RE.search(cleaned):  # 下午3點 -> 下午3:00, 2026年5月12日 9時 -> 9:00
            cleaned = _HOUR_ONLY_RE.sub(lambda m: f"{m[1]}{m[2]}:{'30' if m[3] else '00'}", cleaned)
    if _NOT_MONTH_DAY_RE.search(cleaned):  # 第5/12页, 5-12级: no month and day
        cleaned = _NOT_MONTH_DAY_RE.sub(" ", cleaned).strip()
    if "午" in cleaned:
        cleaned = re.sub("午前|午後", lambda m: _JA_CLOCK_WORDS[m.group()], cleaned)
    if "." in cleaned and _YEAR_WORD_RE.search(cleaned):
        cleaned = _YEAR_WORD_RE.sub("", cleaned)
    if "年" in cleaned and not _CN_NUMERAL_GATE.isdisjoint(cleaned):
        cleaned = _CN_NUMERAL_DATE_RE.sub(_cn_numeral_date, cleaned)
    if "月" in cleaned and not _CN_NUMERAL_GATE.isdisjoint(cleaned):  # 九月三日 -> 9月3日 (year by rule 4)
        cleaned = _CN_NUMERAL_MD_RE.sub(lambda m: f"{int(_cn_number(m['mo']))}月{int(_cn_number(m['d']))}日", cleaned)
    if ("h" in cleaned or "H" in cleaned) and _H_CLOCK_RE.search(cleaned):  # 09h12 -> 09:12
        cleaned = _H_CLOCK_RE.sub(r"\1:\2", cleaned)
    if "." in cleaned and _CLOCK_WORD_DOTTED_RE.search(cleaned):  # kl. 14.05 -> kl. 14:05
        cleaned = _CLOCK_WORD_DOTTED_RE.sub(r"\1 \2:\3", cleaned)
    if "." in cleaned and _DOTTED_SECONDS_CLOCK_RE.search(cleaned):  # 02.05.00.000000 PM -> 02:05:00 PM
        cleaned = _DOTTED_SECONDS_CLOCK_RE.sub(r"\1:\2:\3", cleaned)
    if "." in cleaned:  # 09.12 Uhr -> 09:12 Uhr; 5. 3. 2026 -> 5.3.2026
        cleaned = _SPACED_DOTTED_RE.sub(r"\1.\2.\3", _DOT_CLOCK_RE.sub(r"\1:\2", cleaned))
    if ":" in cleaned and _MERIDIEM_BEFORE_CLOCK_RE.search(cleaned):  # PM 3:12 -> 3:12 PM
        cleaned = _MERIDIEM_BEFORE_CLOCK_RE.sub(r"\2 \1", cleaned)
    if ":" in cleaned and not _DAY_PART_GATE.isdisjoint(cleaned):
        cleaned = _DAY_PART_AFTER_CLOCK_RE.sub(r"\2\1", cleaned)  # 02:05:12 下午 -> 下午02:05:12
    if "时间" in cleaned or "時間" in cleaned:  # 美国东部时间2026年12月15日 01:05 -> 2026年12月15日 01:05 美国东部时间
        cleaned = _ZONE_WORD_BEFORE_CLOCK_RE.sub(r"\g<rest> \g<w>", cleaned)
    if ":" in cleaned and _ZONE_BEFORE_CLOCK_RE.search(cleaned):  # 2026-03-05 HKT 15:12 -> 15:12 HKT
        cleaned = _ZONE_BEFORE_CLOCK_RE.sub(r" \2 \1", cleaned)
    named = cleaned
    if "." in cleaned and _DOTTED_MD_WEEKDAY_RE.search(cleaned):  # 12.07 周一 -> 12-07 周一 (alone: a decimal)
        cleaned = _DOTTED_MD_WEEKDAY_RE.sub(r"\1-\2 ", cleaned)
    if not _WEEKDAY_GATE.isdisjoint(cleaned):
        cleaned = " ".join(_EMPTY_BRACKETS_RE.sub(" ", _WEEKDAY_RE.sub(" ", cleaned)).split())
    cands = _candidates(cleaned, ctx.lang)
    out = _Out(None, "none", "unparsed")
    if cands:
        best = _choose(cleaned, cands)
        if best.rule == "year_last" and named is not cleaned:  # Tue, 03/11/2025: the weekday may settle the order
            ctx = replace(ctx, weekdays=frozenset(date_words.WEEKDAY_NAMES[m.group().lower()]
                                                  for m in _WEEKDAY_NAME_RE.finditer(named)))
        try:
            out = _read(best.rule, best.g, ctx)
        except _Impossible:
            out = _Out(None, best.rule, "impossible_date")
        out = _earlier_of_labelled_pair(cleaned, cands, out, ctx)
        if best.rule == "time_only" and _YEAR_NUMBER_RE.search(cleaned[: best.start] + " " + cleaned[best.end:]):
            out = _Out(None, "time_only", "unparsed")  # '06 мая 2014, 14:05': a day we cannot read, not today
    if out.value is None and ctx.lang and len(cleaned) <= LOCALE_RELATIVE_MAX_CHARS and not _HAS_YEAR_RE.search(cleaned):
        relative = _via_locale_relative(named, ctx)  # pred 3 hodinami, منذ يومين, Χθες 18:40 (weekdays kept)
        if relative is not None:
            return DateResult(relative.value, relative.rule, relative.reason, raw)
    if len(cleaned) <= MAX_DATEPARSER_CHARS and _worth_dateparser(cleaned, cands) and not _FRACTION_RE.search(cleaned):
        fallback = _via_dateparser(cleaned, ctx)
        if fallback.value is not None or not cands or fallback.reason == "ambiguous_day_month":
            out = fallback
    return DateResult(out.value, out.rule, out.reason, raw)


#: A plain year-first date with dashes and an optional clock, nothing else: read without the scan.
_PLAIN_ISO_RE = re.compile(r"(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?: (?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?",
                           re.ASCII)
#: Chinese portals' meta line date: 2025年05月05日 (12:48(:30)).
_PLAIN_CN_YMD_RE = re.compile(r"(?P<y>\d{4})年(?P<mo>\d{1,2})月(?P<d>\d{1,2})日(?: ?(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?",
                              re.ASCII)
#: A related list's day and month-year: 05 May2025, 5 May 2025 (the seed portal's shape).
_PLAIN_DMY_WORD_RE = re.compile(r"(?P<d>\d{1,2}) (?P<mon>[A-Za-z]{3,9}) ?(?P<y>\d{4})", re.ASCII)
_FAST_MAX_LEN = 22


def _fast_path(raw: str, ctx: _Ctx) -> tuple[str, dict[str, Any]] | None:
    """(rule, groups) when ``raw`` is exactly one of the commonest shapes, read as the general scan
    reads it; ``None`` sends it through the scan."""
    m = _PLAIN_ISO_RE.fullmatch(raw)
    if m is not None:
        return "iso", m.groupdict()
    if "年" in raw:
        m = _PLAIN_CN_YMD_RE.fullmatch(raw)
        return ("cn_ymd", m.groupdict()) if m is not None else None
    m = _PLAIN_DMY_WORD_RE.fullmatch(raw)
    if m is not None and m["mon"].lower() in date_words.month_words(ctx.lang):
        # (named as the scan names it: the month glued to the year is the split listing shape)
        return ("en_dmy" if raw[m.end("mon")] == " " else "split_day_monthyear"), m.groupdict()
    return None


_HOUR_MARKS = frozenset("点點时時")


def _first_day_of_span(m: re.Match[str], ctx: _Ctx) -> str:
    """The first day of a span of days (``1.–3. September 2026`` -> ``1. September 2026``); across months
    the first month's (``31 Aug – 3 Sep 2026`` -> ``31 Aug 2026``, a year back across New Year). Words
    that are not month words leave the text as it is."""
    words = date_words.month_words(ctx.lang)
    last = words.get(m["m2"].lower())
    if last is None:
        return m.group()
    if m["m1"] is None:
        return f"{m['d1']}{m['o1']}{m['tail']}"
    first = words.get(m["m1"].lower())
    if first is None:
        return m.group()
    return f"{m['d1']}{m['o1']} {m['m1']} {int(m['y']) - (1 if first > last else 0)}"


def _iso_week_date(m: re.Match[str]) -> str:
    """2026-W20-2 -> 2026-05-12; a week that does not exist stays as written (no date)."""
    try:
        return date.fromisocalendar(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return m.group()


def _cn_numeral_clock(m: re.Match[str]) -> str:
    """上午九时三十分 -> 上午9:30, 晚上八点半 -> 晚上8:30 (a clock in Chinese numerals)."""
    try:
        hour = _cn_counted(m[2])
        minute = 30 if m[4] else _cn_counted(m[3]) if m[3] else 0
    except _Impossible:
        return m.group()
    return f"{m[1]}{hour}:{minute:02d}"


def _cn_numeral_date(m: re.Match[str]) -> str:
    """二〇〇五年三月六日 -> 2005年3月6日 (a whole date in Chinese numerals only)."""
    y = m.group("y")
    roc = y.startswith(("民國", "民国"))
    digits = y[2:].strip() if roc else y
    if "十" in digits or "百" in digits:  # 民国一百一十五年: a counted number, not digit by digit
        try:
            year = str(_cn_counted(digits))
        except _Impossible:
            return m.group()
    else:
        year = "".join(_CN_YEAR_DIGITS.get(c, c) for c in digits)
    return f"{'民國' if roc else ''}{year}年{int(_cn_number(m.group('mo')))}月{int(_cn_number(m.group('d')))}日"


#: Numbers of a text besides four-digit years: a day and a month written in digits are two.
_NON_YEAR_NUMBER_RE = re.compile(r"(?<!\d)(?!(?:19|20)\d{2}(?!\d))\d+")
#: Letters or 月: a month can be named in words.
_MONTH_NAMED_RE = re.compile(r"[^\W\d_]{3}|月")


#: Longest text read as a relative date of a declared language by the parser's locale data.
LOCALE_RELATIVE_MAX_CHARS = 40
_LOCALE_CLOCK_RE = re.compile(r"(?<![\d:.])((?:[01]?\d|2[0-3]))[:.]([0-5]\d)(?![\d:.])")


def _via_locale_relative(text: str, ctx: _Ctx) -> _Out | None:
    """A relative date in a declared language these rules do not read (``pred 3 hodinami``,
    ``منذ يومين``, ``Tegnap 18:40``), through ``dateparser`` with that language only: the parser
    gives the interval back from the fetch time; hours and minutes count as elapsed time (the
    fetch instant minus the interval), days as calendar days (the day only, or with the clock the
    text prints). ``None`` when the parser reads nothing or the language has no locale data."""
    if not date_words.locale_language(ctx.lang) or len(_NON_YEAR_NUMBER_RE.findall(text)) > 3:
        return None
    lowered = text.lower()
    if not any(w in lowered for w in date_words.locale_relative_words(ctx.lang)):
        return None  # no "ago", no named relative day, no unit: a bare clock (14:05 Uhr) is no relative date
    weekdays = date_words.locale_weekday_words(ctx.lang)
    if weekdays and any(w in weekdays for w in re.findall(r"[^\W\d_]+", lowered)):
        return None  # Sonntag, 14:05 Uhr: a weekday names no day by its distance
    parser = _parser()
    base = ctx.now.replace(tzinfo=None, microsecond=0)
    try:
        dt = parser.parse(text, languages=[ctx.lang], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if dt is None:
        return None
    dt = dt.replace(tzinfo=None, microsecond=0)
    delta = base - dt
    if delta < timedelta(0):
        return _Out(None, "relative_locale", "future_relative")
    clock = _LOCALE_CLOCK_RE.search(text)
    try:
        if dt.time() == base.time() and delta % timedelta(days=1) == timedelta(0):  # N days ago, yesterday
            if clock is None and delta.days <= 1 and not any(ch.isdigit() for ch in text):
                return None  # Ieri / Вчера alone: an ordinary word, no date (a day word counts with a clock)
            day = ctx.now.date() - timedelta(days=delta.days)
            tm = (int(clock.group(1)), int(clock.group(2)), 0, None) if clock else None
            return _emit(_build(day.year, day.month, day.day, tm, ctx), ctx, "relative_locale")
        if clock and dt.hour == int(clock.group(1)) and dt.minute == int(clock.group(2)):  # Χθες 18:40
            return _emit(_build(dt.year, dt.month, dt.day, (dt.hour, dt.minute, 0, None), ctx), ctx, "relative_locale")
        return _emit((ctx.now - delta).astimezone(ctx.tz), ctx, "relative_locale")  # elapsed time
    except (_Impossible, OverflowError, ValueError):
        return _Out(None, "relative_locale", "impossible_date")


def _localized(raw: str, ctx: _Ctx) -> str:
    """The text with a declared language's a.m./p.m. word after a clock written as AM/PM
    (``2:05 μ.μ.`` -> ``2:05 PM``), from the parser's locale data."""
    if not ctx.lang or ctx.lang in ("zh", "en") or (":" not in raw and "." not in raw):
        return raw
    rx = date_words.locale_meridiem_re(ctx.lang)
    if rx is None or not rx.search(raw):
        return raw
    return rx.sub(lambda m: m.group(1) + (" PM" if any(v for k, v in m.groupdict().items() if k.startswith("pm"))
                                          else " AM"), raw)



def _worth_dateparser(text: str, cands: list[_Cand]) -> bool:
    """Fallback only for text with no span, or only month/year spans plus other digits; the text
    must be able to state a day and a month (two numbers, or a number and a word): ``〔2025〕12号``
    (a document number) names no month."""
    if len(_NON_YEAR_NUMBER_RE.findall(text)) < 2 and not _MONTH_NAMED_RE.search(text):
        return False
    if not cands:
        return any(ch.isdigit() for ch in text)
    if any(c.cat != _NODAY for c in cands):
        return False
    pieces, pos = [], 0
    for c in cands:
        pieces.append(text[pos : c.start])
        pos = c.end
    pieces.append(text[pos:])
    rest = "".join(pieces)
    return any(ch.isdigit() for ch in rest)


def split_listing_date(day_text: str | None, month_year_text: str | None) -> str:
    """Join a listing's day element and month-year element into one date string (rule 8).

    ``("05", "May2025")`` -> ``"05 May2025"``, ``("27", "2025年04月")`` -> ``"27 2025年04月"``,
    ``("04-27", "2025")`` -> ``"04-27 2025"``; :func:`normalize_date` reads each as one date.
    """
    parts = [clean_text(p) for p in (day_text, month_year_text) if p]
    return " ".join(p for p in parts if p)


def _url_path_date(url: str, raw: str, fetched_at: datetime, tz: str | None, year_hint: int | None,
                   date_order: str | None, lang: str | None) -> DateResult:
    """The date a URL's path shows (:data:`URL_DATE_PATTERNS`), with its time when the path holds a
    compact date-time (``/p/20260305091200.html``); digits elsewhere in a URL are ids, no dates."""
    path = _url_path(url)
    compact = _URL_COMPACT_DATETIME_RE.search(path)
    day = url_date(url)
    text = compact.group(1) if compact else day
    if text is None:
        return DateResult(None, "url_path", "no_url_date", raw)
    got = normalize_date(text, fetched_at=fetched_at, tz=tz, year_hint=year_hint, date_order=date_order, lang=lang)
    return DateResult(got.value, "url_path", got.reason, raw)

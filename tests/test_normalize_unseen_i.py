"""Mechanisms found missing by held-out table I, each with cases of its own (not the table's rows).

Counts: thousand words of more languages scale like ``k``; none-yet statements of other languages
are 0; billions and currency-signed amounts give no value. Dates: see the date sections below.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from autoparts_crawler.normalize import normalize_count, normalize_date

FETCHED = "2026-03-10T11:00:00+08:00"


def _date(text: str, context: str = "") -> str | None:
    """The value :func:`normalize_date` gives ``text`` in ``context`` (``key=value;...``; default fetch
    time 2026-03-10 11:00 Shanghai)."""
    kwargs: dict = {"fetched_at": datetime.fromisoformat(FETCHED)}
    for item in filter(None, context.split(";")):
        key, _, value = item.partition("=")
        kwargs[key] = datetime.fromisoformat(value) if key == "fetched_at" else (None if value == "None" else value)
    return normalize_date(text, **kwargs).value

# --------------------------------------------------------------------------- counts

COUNT_CASES = [
    # thousand words: Ukrainian, Turkish, Indonesian, Korean, English (a decimal comma before a word)
    ("4,6 тис. переглядів", 4600, True),
    ("12 тис.", 12000, True),
    ("7,5 bin izlenme", 7500, True),
    ("3 bin beğeni", 3000, True),
    ("8,1 rb dilihat", 8100, True),
    ("5 ribu", 5000, True),
    ("좋아요 2.7천", 2700, True),
    ("4.5 thousand likes", 4500, True),
    ("2 milyon izlenme", 2000000, True),
    # none-yet statements and the invitation to be first
    ("Keine Kommentare", 0, False),
    ("Noch keine Kommentare vorhanden", 0, False),
    ("Pas encore de commentaires", 0, False),
    ("Aucun commentaire pour le moment", 0, False),
    ("Sin comentarios", 0, False),
    ("Sé el primero en opinar", 0, False),
    ("Nessun commento", 0, False),
    # no value: billions, stacked Korean units, a currency sign of any country
    ("7 Mrd. Aufrufe", None, False),
    ("4 Milliarden Aufrufe", None, False),
    ("2 billion views", None, False),
    ("3 млрд просмотров", None, False),
    ("1,2 mil millones de vistas", None, False),
    ("5천만", None, False),
    ("₩8,500", None, False),
    ("₹1,299", None, False),
    ("₽990", None, False),
    ("Kommentare", None, False),
]


@pytest.mark.parametrize(("text", "value", "approx"), COUNT_CASES)
def test_count_mechanisms(text: str, value: int | None, approx: bool) -> None:
    result = normalize_count(text)
    assert (result.value, result.approx) == (value, approx), result


# --------------------------------------------------------------------------- dates: wrong times

WRONG_TIME_CASES = [
    # SQL Server milliseconds after a colon: dropped, the meridiem after them read
    ("Mar 4 2026 11:47:30:250PM", "", "2026-03-04T23:47:30+08:00"),
    ("Mar 4 2026  9:08:00:000AM", "", "2026-03-04T09:08:00+08:00"),
    ("04 Mar 2026 21:47:30:250", "", "2026-03-04T21:47:30+08:00"),
    # a Chinese day part after its clock reads as before it
    ("2026-03-04 09:47:30 下午", "", "2026-03-04T21:47:30+08:00"),
    ("2026/03/04 11:20 上午", "", "2026-03-04T11:20:00+08:00"),
    ("2026年3月4日 12:15 晚上", "", "2026-03-04T12:15:00+08:00"),
    ("2026-03-04 08:30 下午3点", "", "2026-03-04T08:30:00+08:00"),  # the word leads the next clock
    ("2026-03-04 15:47 上午的发布会", "", "2026-03-04T15:47:00+08:00"),  # after a 24-hour clock: other text
    # Chinese zone words, before the date or after the clock: the clock is that zone's time
    ("美国东部时间2026年3月4日 22:10", "", "2026-03-04T22:10:00-05:00"),
    ("美東時間 2026年3月4日 下午3:10", "tz=Asia/Taipei", "2026-03-04T15:10:00-05:00"),
    ("格林威治时间 2026-03-04 07:40", "", "2026-03-04T07:40:00+00:00"),
    ("2026年3月4日 东京时间 18:00", "", "2026-03-04T18:00:00+09:00"),
    ("2026-03-04 16:20 伦敦时间", "", "2026-03-04T16:20:00+00:00"),
    ("2026-03-04 16:20（北京时间）", "tz=None", "2026-03-04T16:20:00+08:00"),
    ("太平洋时间3月4日 20:00", "", "2026-03-04T20:00:00-08:00"),
    ("美国东部时间2026年3月4日", "", "2026-03-04"),  # no clock: the day only
    ("当地时间2026年3月4日 22:10", "", "2026-03-04T22:10:00+08:00"),  # local time names no zone
]


@pytest.mark.parametrize(("text", "context", "value"), WRONG_TIME_CASES)
def test_wrong_times(text: str, context: str, value: str | None) -> None:
    assert _date(text, context) == value


# --------------------------------------------------------------------------- dates: missing times

MISSING_TIME_CASES = [
    # a bullet or a spaced slash between the date and its clock
    ("4 March 2026 • 18:40 GMT", "tz=Europe/London", "2026-03-04T18:40:00+00:00"),
    ("2026-03-04 • 09:15", "", "2026-03-04T09:15:00+08:00"),
    ("Updated Mar 4, 2026 / 07:40 AM EST", "tz=America/New_York", "2026-03-04T07:40:00-05:00"),
    ("2026/03/04 / 19:02", "", "2026-03-04T19:02:00+08:00"),
    ("4 March 2026 / 3 comments", "tz=Europe/London", "2026-03-04"),  # no clock after the slash
    # RFC 850 and Oracle's DD-MON-RR: a dashed two-digit year after a month word
    ("Wednesday, 04-Mar-26 21:10:44 GMT", "", "2026-03-04T21:10:44+00:00"),
    ("04-Mar-26", "", "2026-03-04"),
    ("04-MAR-26 09.10.44.123456 PM", "", "2026-03-04T21:10:44+08:00"),
    ("04-MAR-26 09.10.44.000000000 AM +01:00", "", "2026-03-04T09:10:44+01:00"),
    ("04-MAR-26 21.10.44.123456", "", "2026-03-04"),  # a dotted clock without a meridiem: not read
    ("04-Mar-2026 21:10", "", "2026-03-04T21:10:00+08:00"),
    # a clock before its date with the Vietnamese linker ngày ("on the day")
    ("Cập nhật 09:25 ngày 04/03/2026", "tz=Asia/Ho_Chi_Minh;lang=vi", "2026-03-04T09:25:00+07:00"),
    ("09:25 ngày 4/3", "tz=Asia/Ho_Chi_Minh;lang=vi", "2026-03-04T09:25:00+07:00"),
]


@pytest.mark.parametrize(("text", "context", "value"), MISSING_TIME_CASES)
def test_missing_times(text: str, context: str, value: str | None) -> None:
    assert _date(text, context) == value


# --------------------------------------------------------------------------- dates: relatives and label colons

PRAGUE = "fetched_at=2026-03-10T11:00:00+01:00;tz=Europe/Prague;lang=cs"
STOCKHOLM = "fetched_at=2026-03-10T11:00:00+01:00;tz=Europe/Stockholm;lang=sv"
OSLO = "fetched_at=2026-03-10T11:00:00+01:00;tz=Europe/Oslo;lang=nb"
COPENHAGEN = "fetched_at=2026-03-10T11:00:00+01:00;tz=Europe/Copenhagen;lang=da"

RELATIVE_CASES = [
    # Czech: před + count + instrumental unit
    ("Před 5 minutami", PRAGUE, "2026-03-10T10:55:00+01:00"),
    ("před 2 dny", PRAGUE, "2026-03-08"),
    ("před jednou hodinou", PRAGUE, "2026-03-10T10:00:00+01:00"),
    ("před 5 minutami", "fetched_at=2026-03-10T11:00:00+01:00;tz=Europe/Prague;lang=de", None),  # not a cs page
    # Swedish, Danish, Norwegian: the count framed by both words
    ("för 4 timmar sedan", STOCKHOLM, "2026-03-10T07:00:00+01:00"),
    ("för en vecka sedan", STOCKHOLM, "2026-03-03"),
    ("för 4 timmar", STOCKHOLM, None),  # "for 4 hours": no ago
    ("for 3 dage siden", COPENHAGEN, "2026-03-07"),
    ("for 20 minutter siden", OSLO, "2026-03-10T10:40:00+01:00"),
    ("for 20 minutter", OSLO, None),
    # a label's colon as a presentation form (︰) or the ratio sign (∶)
    ("更新時間︰2026-03-04 18:25", "tz=Asia/Hong_Kong;lang=zh-HK", "2026-03-04T18:25:00+08:00"),
    ("發佈日期︰2026年3月4日", "tz=Asia/Hong_Kong;lang=zh-HK", "2026-03-04"),
    ("发布时间∶2026-03-04 18:25", "", "2026-03-04T18:25:00+08:00"),
    ("2026-03-04 18∶25", "", "2026-03-04T18:25:00+08:00"),
]


@pytest.mark.parametrize(("text", "context", "value"), RELATIVE_CASES)
def test_relatives_and_label_colons(text: str, context: str, value: str | None) -> None:
    assert _date(text, context) == value

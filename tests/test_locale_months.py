"""Month words of languages the date tables do not list, read from the date parser's locale data
on a page declaring that language (docs/normalization.md rule 10)."""

from __future__ import annotations

from datetime import datetime

import pytest

from autoparts_crawler.normalize.date_words import locale_month_words, month_words
from autoparts_crawler.normalize.dates import normalize_date

FETCHED = datetime.fromisoformat("2026-11-27T10:00:00+01:00")


@pytest.mark.parametrize(("text", "lang", "tz", "value"), [
    ("26 лістапада 2026, 12:05", "be", "Europe/Minsk", "2026-11-26T12:05:00+03:00"),
    ("26 novimber 2026, 07:45", "fy", "Europe/Amsterdam", "2026-11-26T07:45:00+01:00"),
    ("15. oktober 2026 kl. 14.05", "nb", "Europe/Oslo", "2026-10-15T14:05:00+02:00"),
    ("3 septembrie 2026", "ro", "Europe/Bucharest", "2026-09-03"),
    ("2026. szeptember 3. 14:05", "hu", "Europe/Budapest", "2026-09-03T14:05:00+02:00"),
    ("26 Samhain 2026", "ga", "Europe/Dublin", "2026-11-26"),
    # the same words on a page that does not declare the language: no value, never the fetch day
    ("26 лістапада 2026, 12:05", None, "Europe/Minsk", None),
    ("3 septembrie 2026", "en", "Europe/Bucharest", None),
    # a language the parser has no data for
    ("3 septembrie 2026", "xx", "Europe/Bucharest", None),
])
def test_a_declared_languages_month_words(text: str, lang: str | None, tz: str, value: str | None) -> None:
    assert normalize_date(text, fetched_at=FETCHED, tz=tz, lang=lang).value == value


def test_locale_words_are_letters_of_three_or_more_and_never_for_cjk_pages() -> None:
    words = locale_month_words("be")
    assert words["лістапада"] == 11 and words["студзеня"] == 1
    assert all(len(w) >= 3 and not any(ch.isdigit() for ch in w) for w in words)
    assert locale_month_words("zh") == {} and locale_month_words("ja") == {}
    assert month_words("zh") == month_words(None)
    # the tables' own languages keep their own words
    assert month_words("pl")["listopada"] == 11 and month_words("hr")["listopada"] == 10

"""Table-driven tests for :func:`autoparts_crawler.normalize.normalize_date`.

Cases live in ``tests/normalize_cases/dates.tsv``: input, expected value (``None`` for no
value), expected rule (when there is a value) or reason (when there is none), and an optional
context (``fetched_at=...;tz=...;year_hint=...;date_order=...;allow_time_only=1``). ``<empty>`` stands for the
empty string; ``\\t`` and ``\\n`` are escapes for tab and newline.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from autoparts_crawler.normalize import DateResult, normalize_date, split_listing_date

CASES = Path(__file__).parent / "normalize_cases" / "dates.tsv"
DEFAULT_FETCHED_AT = datetime.fromisoformat("2026-11-28T10:00:00+08:00")


def load_cases() -> list[tuple[str, str | None, str, dict[str, Any]]]:
    """Parse the TSV table into (input, expected, rule_or_reason, normalize_date kwargs)."""
    cases = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 3
        text, expected, rule_or_reason, context = cols[:4]
        text = "" if text == "<empty>" else text.replace("\\t", "\t").replace("\\n", "\n")
        kwargs: dict[str, Any] = {"fetched_at": DEFAULT_FETCHED_AT}
        for item in filter(None, context.split(";")):
            key, _, val = item.partition("=")
            if key == "fetched_at":
                kwargs[key] = datetime.fromisoformat(val)
            elif key == "year_hint":
                kwargs[key] = int(val)
            elif key == "allow_time_only":
                kwargs[key] = val == "1"
            elif key == "tz" and val == "None":  # the page's zone is unknown
                kwargs[key] = None
            else:
                kwargs[key] = val
        cases.append((text, None if expected == "None" else expected, rule_or_reason, kwargs))
    return cases


CASE_LIST = load_cases()


def test_table_is_large_enough() -> None:
    assert len(CASE_LIST) >= 200


@pytest.mark.parametrize(("text", "expected", "rule_or_reason", "kwargs"), CASE_LIST)
def test_date_table(text: str, expected: str | None, rule_or_reason: str, kwargs: dict[str, Any]) -> None:
    result = normalize_date(text, **kwargs)
    assert result.value == expected, result
    assert result.raw == text
    if expected is None:
        assert result.reason is not None
        if rule_or_reason:
            assert result.reason == rule_or_reason, result
    else:
        # a naive clock on a page of unknown zone (tz=None): the day, and why it has no time
        assert result.reason is None or (result.reason == "no_zone" and result.at is None), result
        if rule_or_reason:
            assert result.rule == rule_or_reason, result


def test_result_is_frozen_with_slots() -> None:
    result = normalize_date("2025-05-05", fetched_at=DEFAULT_FETCHED_AT)
    assert not hasattr(result, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.value = "x"  # type: ignore[misc]
    assert isinstance(result, DateResult)


@pytest.mark.parametrize(
    ("day", "month_year", "expected"),
    [
        ("05", "May2025", "2025-05-05"),
        ("27", "Apr2025", "2025-04-27"),
        (" 27 ", "2025年04月", "2025-04-27"),
        ("04-27", "2025", "2025-04-27"),
        ("２７", "２０２５年０４月", "2025-04-27"),
    ],
)
def test_split_listing_date(day: str, month_year: str, expected: str) -> None:
    joined = split_listing_date(day, month_year)
    assert normalize_date(joined, fetched_at=DEFAULT_FETCHED_AT).value == expected


def test_split_listing_date_joins_with_one_space() -> None:
    assert split_listing_date("05", "May2025") == "05 May2025"
    assert split_listing_date("05", "") == "05"


def test_fetched_at_in_other_zone_is_converted() -> None:
    fetched = DEFAULT_FETCHED_AT.astimezone(UTC)
    assert normalize_date("3小时前", fetched_at=fetched).value == "2026-11-28T07:00:00+08:00"


def test_naive_fetched_at_is_rejected() -> None:
    with pytest.raises(ValueError):
        normalize_date("2025-05-05", fetched_at=datetime(2026, 11, 28, 10))


def test_relative_keeps_fetch_seconds() -> None:
    fetched = DEFAULT_FETCHED_AT + timedelta(seconds=17, microseconds=500)
    assert normalize_date("5分钟前", fetched_at=fetched).value == "2026-11-28T09:55:17+08:00"


def test_none_input_is_empty() -> None:
    result = normalize_date(None, fetched_at=DEFAULT_FETCHED_AT)  # type: ignore[arg-type]
    assert (result.value, result.reason) == (None, "empty")


def test_huge_input_does_not_reach_dateparser() -> None:
    text = "x" * 5000 + " 12 "
    result = normalize_date(text, fetched_at=DEFAULT_FETCHED_AT)
    assert result.value is None
    assert result.rule != "dateparser"


def test_long_noisy_text_still_finds_date() -> None:
    text = "责任编辑：王五 " * 30 + "发布时间：2025-05-05 10:20"
    assert len(text) > 200
    assert normalize_date(text, fetched_at=DEFAULT_FETCHED_AT).value == "2025-05-05T10:20:00+08:00"


def test_dateparser_fallback_is_checked() -> None:
    # forms the fast paths do not know: dateparser reads them, and its answer must still pass the window
    inside = normalize_date("2025 5 5", fetched_at=DEFAULT_FETCHED_AT)
    assert (inside.value, inside.rule, inside.reason) == ("2025-05-05", "dateparser", None)
    outside = normalize_date("1890 5 5", fetched_at=DEFAULT_FETCHED_AT)
    assert (outside.value, outside.rule, outside.reason) == (None, "dateparser", "before_1995")


@pytest.mark.parametrize(
    ("text", "kwargs", "expected", "rule_or_reason"),
    [
        ("2025 5 5", {}, "2025-05-05", "dateparser"),
        ("05 05 2025", {}, "2025-05-05", "dateparser"),
        ("13 04 2025", {}, "2025-04-13", "dateparser"),
        ("05 04 2025", {}, None, "ambiguous_day_month"),
        ("05 04 2025", {"date_order": "DMY"}, "2025-04-05", "dateparser"),
        ("阅读(123)", {}, None, "unparsed"),
        ("2025年五月五日", {}, "2025-05-05", "cn_ymd"),  # a digit year with the month and day in numerals
    ],
)
def test_dateparser_fallback_forms(
    text: str, kwargs: dict[str, Any], expected: str | None, rule_or_reason: str
) -> None:
    """Rare forms (spaces as separators) go to dateparser; rules 2-4 and 6 still apply."""
    result = normalize_date(text, fetched_at=DEFAULT_FETCHED_AT, **kwargs)
    assert result.value == expected, result
    assert (result.rule if expected else result.reason) == rule_or_reason, result

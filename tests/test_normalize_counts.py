"""Table-driven tests for :func:`autoparts_crawler.normalize.normalize_count`.

Cases live in ``tests/normalize_cases/counts.tsv``: input, expected value (``None`` for no
value), expected approx flag (``1``/``0``, empty to skip) and expected rule (when there is a
value) or reason (when there is none). ``<empty>`` stands for the empty string.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from autoparts_crawler.normalize import CountResult, normalize_count

CASES = Path(__file__).parent / "normalize_cases" / "counts.tsv"


def load_cases() -> list[tuple[str, int | None, bool | None, str]]:
    """Parse the TSV table into (input, expected, approx, rule_or_reason)."""
    cases = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, expected, approx, rule_or_reason = (line.split("\t") + [""] * 3)[:4]
        cases.append(
            (
                "" if text == "<empty>" else text,
                None if expected == "None" else int(expected),
                None if approx == "" else approx == "1",
                rule_or_reason,
            )
        )
    return cases


CASE_LIST = load_cases()


def test_table_is_large_enough() -> None:
    assert len(CASE_LIST) >= 100


@pytest.mark.parametrize(("text", "expected", "approx", "rule_or_reason"), CASE_LIST)
def test_count_table(text: str, expected: int | None, approx: bool | None, rule_or_reason: str) -> None:
    result = normalize_count(text)
    assert result.value == expected, result
    assert result.raw == text
    if approx is not None:
        assert result.approx is approx, result
    if expected is None:
        assert result.reason is not None
        assert result.approx is False
        if rule_or_reason:
            assert result.reason == rule_or_reason, result
    else:
        assert result.reason is None
        if rule_or_reason:
            assert result.rule == rule_or_reason, result


def test_decimal_units_are_exact() -> None:
    # binary floats give 11299.999...; Decimal must not
    for tenths in range(1, 1000):
        text = f"{tenths / 100:.2f}万"
        assert normalize_count(text).value == tenths * 100


def test_result_is_frozen_with_slots() -> None:
    result = normalize_count("12")
    assert isinstance(result, CountResult)
    assert not hasattr(result, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.value = 1  # type: ignore[misc]


def test_none_input_is_empty() -> None:
    result = normalize_count(None)  # type: ignore[arg-type]
    assert (result.value, result.reason) == (None, "empty")

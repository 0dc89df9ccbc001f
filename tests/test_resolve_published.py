"""Table-driven tests for :func:`autoparts_crawler.normalize.resolve_published`.

Cases live in ``tests/normalize_cases/published.tsv``: ranked ``source=text`` candidates
joined by `` || ``, the expected value (``None``: no value) and the expected rule (or, when
there is no value, the reason). Fetched 2026-11-28 10:00 +08:00, site timezone Asia/Shanghai.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from autoparts_crawler.normalize import SOURCE_RANK, resolve_published, url_date
from autoparts_crawler.normalize.published import HINT_SOURCES

CASES = Path(__file__).parent / "normalize_cases" / "published.tsv"
FETCHED_AT = datetime.fromisoformat("2026-11-28T10:00:00+08:00")


def load_cases() -> list[tuple[list[tuple[str, str]], str | None, str, bool]]:
    """Parse the TSV table into (candidates, expected value, rule or reason, tz_default)."""
    cases = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 3
        cands = [tuple(part.split("=", 1)) for part in cols[0].split(" || ")]
        cases.append(([(s, t) for s, t in cands], None if cols[1] == "None" else cols[1], cols[2],
                      cols[3] == "tz_default"))
    return cases


CASE_LIST = load_cases()


def test_table_covers_every_source() -> None:
    used = {s for cands, _, _, _ in CASE_LIST for s, _ in cands}
    assert used == set(SOURCE_RANK) | HINT_SOURCES
    assert len(CASE_LIST) >= 20


@pytest.mark.parametrize(("candidates", "expected", "rule_or_reason", "tz_default"), CASE_LIST)
def test_resolve_table(candidates: list[tuple[str, str]], expected: str | None, rule_or_reason: str,
                       tz_default: bool) -> None:
    result = resolve_published(candidates, fetched_at=FETCHED_AT, tz_default=tz_default)
    assert result is not None
    assert result.value == expected, result
    if expected is None:
        assert result.reason, result
        if rule_or_reason:
            assert result.reason == rule_or_reason, result
    else:
        # a naive clock on a page of unknown zone: the day, and why it has no time
        assert result.reason is None or (result.reason == "no_zone" and result.at is None), result
        assert result.rule == rule_or_reason, result


def test_no_candidates_gives_none() -> None:
    assert resolve_published([], fetched_at=FETCHED_AT) is None
    assert resolve_published([("visible", "  "), ("unknown", "2020-01-01")], fetched_at=FETCHED_AT) is None


def test_order_of_candidates_does_not_matter() -> None:
    cands = [("meta", "2019-09-07T19:56:00+08:00"), ("visible", "2019年09月07日 19:55")]
    assert resolve_published(cands, fetched_at=FETCHED_AT).value == "2019-09-07T19:55:00+08:00"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://a.cn/2025/0426/874.html", "2025-04-26"),
        ("http://a.cn/201909/07/x.html", "2019-09-07"),
        ("http://a.cn/2019-09-07/x", "2019-09-07"),
        ("https://e.com/2019/07/30/story", "2019-07-30"),
        ("https://e.com/news/20200924/abc.shtml", "2020-09-24"),
        ("http://gov.example.cn/xxgk/202508/t20250804_4004.html", "2025-08-04"),
        ("http://gov.example.cn/xxgk/t20251304_4004.html", None),
        ("http://gov.example.cn/xxgk/t20250804.html", None),
        ("https://e.com/2019/13/30/story", None),
        ("https://e.com/a/12345678.html", None),
        ("https://e.com/a/b.html?d=2019/07/30", None),
    ],
)
def test_url_date(url: str, expected: str | None) -> None:
    assert url_date(url) == expected

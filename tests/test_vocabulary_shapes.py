"""Speed-ups of the vocabulary's shapes keep their meaning."""

from __future__ import annotations

import re
from pathlib import Path

from autoparts_crawler.extraction import vocabulary as v

CASES = Path(__file__).parent / "normalize_cases"


def _table_inputs() -> list[str]:
    out = []
    for name in ("dates.tsv", "published.tsv"):
        for line in (CASES / name).read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                out.append(line.split("\t", 1)[0])
    return out


def test_any_date_lookahead_finds_what_the_alternatives_find() -> None:
    """ANY_DATE_RE's first-character lookahead only skips positions no alternative can start at:
    over every table input, alone and inside a sentence, it finds the same spans."""
    plain = re.compile(rf"{v.DATE_CORE}|{v.RELATIVE_DATE}|{v.YEAR_LAST_DATE}|{v.YEARLESS_DATE}")
    texts = _table_inputs()
    assert len(texts) > 300
    extra = ["今天 12:30 发布", "昨天 08:05", "前天 23:59", "刚刚", "二〇二五年三月五日", "３小时前", "发布于 5-12 10:00"]
    for text in texts + extra:
        for padded in (text, f"本报讯（记者 王明）{text} 来源：新华网", f"x{text}y"):
            assert [m.span() for m in v.ANY_DATE_RE.finditer(padded)] == \
                [m.span() for m in plain.finditer(padded)], padded
    assert v.ANY_DATE_RE.search("今天 12:30") is not None  # a start the digit test alone would miss


def test_relative_dates_read_a_short_number_not_a_digit_run() -> None:
    """"N units ago" takes a number of up to six digits that starts a number: a run of digits (a
    garbage page's 50 000 of them) is no count of days -- and is rejected without trying every split
    of it (a quadratic scan that took 40 s on such a page)."""
    assert v.RELATIVE_TEXT_RE.search("3天前") and v.ANY_DATE_RE.search("发布于 12小时前")
    assert v.RELATIVE_TEXT_RE.search("1234567天前") is None
    assert v.ANY_DATE_RE.search("x1234567小时前") is None

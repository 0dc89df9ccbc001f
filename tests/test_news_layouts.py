"""Issue 12: the news-layout corpus (``tests/fixtures/news_layouts/``) through ``extract_article``.

One test case per (page, field). Fields and how they are compared are in
:mod:`tools.news_layouts` (exact title/date/credits, ``published_at`` to the minute, body as
CJK-token F1 >= 0.95 plus "no boilerplate string in the body"). The truth files were written
before the extractor ever ran on the pages; the pages are never adjusted to pass.

Cases that fail today are listed in ``KNOWN_FAILURES`` with what goes wrong; they are strict
xfails, so a fix elsewhere turns them red here and whoever fixed it removes the entry.
Per-field figures by layout kind: ``python bench/news_layouts.py``.
"""

from __future__ import annotations

import itertools
import re

import pytest

from tools.news_layouts import FIELDS, KINDS, Case, check, extract, load_cases

CASES = load_cases()

#: (page, field) -> what goes wrong today (measured on the extractor of main at 65a8626).
KNOWN_FAILURES: dict[tuple[str, str], str] = {
    # ---- portal
    # ---- self-media
    # ---- WeChat
    # ---- government
}

_RECORDS: dict[str, object] = {}


def record_of(case: Case):
    if case.name not in _RECORDS:
        _RECORDS[case.name] = extract(case)
    return _RECORDS[case.name]


def _params():
    for case in CASES:
        for field in FIELDS:
            reason = KNOWN_FAILURES.get((case.name, field))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(case, field, marks=marks, id=f"{case.name}-{field}")


@pytest.mark.parametrize(("case", "field"), list(_params()))
def test_news_layout_field(case: Case, field: str) -> None:
    ok, got = check(case, record_of(case), field)
    want = case.truth["paragraphs"] if field.startswith("body") else case.truth[field]
    assert ok, f"{case.name} {field}: got {got}, want {want!r}"


def test_corpus_shape() -> None:
    """At least 16 pages, several of every layout kind, some GBK, and every failure entry real."""
    assert len(CASES) >= 16
    for kind in KINDS:
        assert sum(c.kind == kind for c in CASES) >= 3, kind
    assert sum(c.truth["encoding"] == "gbk" for c in CASES) >= 2
    names = {c.name for c in CASES}
    assert all(page in names and field in FIELDS for page, field in KNOWN_FAILURES)
    for case in CASES:
        assert case.truth["title"] and case.truth["paragraphs"] and case.truth["published_date"]


def _class_names(case: Case) -> frozenset[str]:
    text = case.html.decode("gbk" if case.truth["encoding"] == "gbk" else "utf-8")
    return frozenset(name for value in re.findall(r'class="([^"]*)"', text) for name in value.split())


def test_corpus_markup_varies() -> None:
    """GBK pages are GBK bytes (not UTF-8), and no two pages of one kind share their class names."""
    for case in CASES:
        if case.truth["encoding"] == "gbk":
            with pytest.raises(UnicodeDecodeError):
                case.html.decode("utf-8")
    for a, b in itertools.combinations(CASES, 2):
        if a.kind == b.kind:
            assert _class_names(a) != _class_names(b), (a.name, b.name)

"""The issue-12 news-layout corpus (``tests/fixtures/news_layouts/``): loading and scoring.

Shared by ``tests/test_news_layouts.py`` and ``bench/news_layouts.py``. Pages go through the
public ``autoparts_crawler.extract.extract_article(html, url, fetched_at=...)`` only.

Scoring (the truth conventions are in the corpus README):

- ``title``, ``published_date``, ``author``, ``editor``, ``source``: exact equality (null = null);
- ``published_at``: equal to the minute, with the same UTC offset (a page printing ``19:02`` and
  data saying ``19:02:37`` are both right; ``19:00`` from a meta tag is wrong);
- ``body``: token F1 over the body text, a token being one CJK character or one run of ASCII
  letters/digits (bag of tokens, so paragraph splits do not matter), pass at >= ``BODY_F1_MIN``;
- ``body_clean``: none of the page's ``body_noise`` strings (boilerplate a careful reader would
  not count as article text) occurs in ``body_text``. F1 alone tolerates a short disclaimer;
  this check does not.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "news_layouts"
KINDS = ("portal", "self_media", "wechat", "gov")
FIELDS = ("title", "published_date", "published_at", "author", "editor", "source", "body", "body_clean")
BODY_F1_MIN = 0.95

_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[A-Za-z0-9]+")


@dataclass(frozen=True)
class Case:
    name: str
    truth: dict
    corpus: Path = CORPUS

    @property
    def kind(self) -> str:
        return self.truth["kind"]

    @property
    def html(self) -> bytes:
        return (self.corpus / f"{self.name}.html").read_bytes()


def load_cases(corpus: Path = CORPUS) -> list[Case]:
    return [Case(p.stem, json.loads(p.read_text(encoding="utf-8")), corpus) for p in sorted(corpus.glob("*.json"))]


def extract(case: Case):
    """The record of one page (None when the page is rejected)."""
    from autoparts_crawler.extract import extract_article
    from autoparts_crawler.records.rejects import RecordRejected

    try:
        return extract_article(case.html, case.truth["url"], fetched_at=case.truth["fetched_at"])
    except RecordRejected:
        return None


def tokens(text: str) -> Counter:
    return Counter(_TOKEN.findall(text or ""))


def token_f1(got: str, want: str) -> float:
    g, w = tokens(got), tokens(want)
    tp = sum((g & w).values())
    if not g and not w:
        return 1.0
    if tp == 0:
        return 0.0
    p, r = tp / sum(g.values()), tp / sum(w.values())
    return 2 * p * r / (p + r)


def _minute(value: str | None) -> tuple | None:
    if value is None:
        return None
    dt = datetime.fromisoformat(value)
    return (dt.replace(second=0, microsecond=0, tzinfo=None), dt.utcoffset())


def field_value(record, name: str):
    """What the record says for one scored field (body: its text)."""
    if record is None:
        return None
    if name in ("body", "body_clean"):
        return record.body_text
    return getattr(record, name)


def check(case: Case, record, name: str) -> tuple[bool, str]:
    """(passes, what was got) for one field of one page."""
    truth = case.truth
    got = field_value(record, name)
    if record is None:
        return False, "page rejected"
    if name == "body":
        f1 = token_f1(got, "\n".join(truth["paragraphs"]))
        return f1 >= BODY_F1_MIN, f"F1 {f1:.3f}"
    if name == "body_clean":
        found = [n for n in truth.get("body_noise", []) if n in (got or "")]
        return not found, f"noise in body: {found}" if found else "clean"
    if name == "published_at":
        return _minute(got) == _minute(truth["published_at"]), repr(got)
    return got == truth[name], repr(got)


def body_f1(case: Case, record) -> float:
    return 0.0 if record is None else token_f1(record.body_text, "\n".join(case.truth["paragraphs"]))

"""Unit tables: retry waits (backoff, Retry-After) and article page numbers."""

from __future__ import annotations

import email.utils
import random

import pytest

from autoparts_crawler.downloadermiddlewares.retry import backoff_delay, parse_retry_after
from autoparts_crawler.extraction.pager import page_number

NOW = 1_800_000_000.0


@pytest.mark.parametrize(("value", "expected"), [
    (b"120", 120.0),
    ("7", 7.0),
    (email.utils.formatdate(NOW + 30, usegmt=True), 30.0),  # an HTTP date 30 s ahead
    (email.utils.formatdate(NOW - 30, usegmt=True), 0.0),  # in the past: no wait
    (b"soon", None),
    (b"", None),
    (None, None),
])
def test_parse_retry_after(value, expected):
    assert parse_retry_after(value, now=NOW) == expected


@pytest.mark.parametrize(("attempt", "retry_after", "low", "high"), [
    (1, None, 0.25, 0.5),  # base 0.5, jitter 0.5: [0.25, 0.5]
    (2, None, 0.5, 1.0),
    (3, None, 1.0, 2.0),
    (10, None, 5.0, 10.0),  # capped at 10
    (1, 4.0, 4.0, 4.0),  # Retry-After longer than the backoff wins
    (1, 60.0, 10.0, 10.0),  # ... but never beyond the cap
])
def test_backoff_delay(attempt, retry_after, low, high):
    rng = random.Random(1)
    for _ in range(20):
        delay = backoff_delay(attempt, base=0.5, cap=10.0, jitter=0.5, rng=rng, retry_after=retry_after)
        assert low <= delay <= high


def test_backoff_without_jitter_is_exact():
    waits = [backoff_delay(n, base=1.0, cap=100.0, jitter=0.0, rng=random.Random(0)) for n in (1, 2, 3, 4)]
    assert waits == [1.0, 2.0, 4.0, 8.0]


@pytest.mark.parametrize(("url", "first", "number"), [
    ("http://x.cn/a/876_2.html", "http://x.cn/a/876.html", 2),
    ("http://x.cn/a/876.html", "http://x.cn/a/876.html", 1),
    ("http://x.cn/a/876.html?page=3", "http://x.cn/a/876.html", 3),
    ("http://x.cn/a/876_2.shtml", "http://x.cn/a/876.shtml", 2),
    ("http://x.cn/a/876-3.html", "http://x.cn/a/876-3.html", 1),  # a dash is part of the id
    ("http://x.cn/news/list_2.html", "http://x.cn/news/list.html", 2),
    ("http://x.cn/2025/08/01/post-403/2/", "http://x.cn/2025/08/01/post-403/", 2),  # WordPress page links
    ("http://x.cn/2025/08/01/post-403/2", "http://x.cn/2025/08/01/post-403/", 2),
    ("http://x.cn/2025/08/12/", "http://x.cn/2025/08/12/", 1),  # a date path is no page number
    ("http://x.cn/news/05/", "http://x.cn/news/05/", 1),
    # a bare word is a collection: /archives/45/ is post 45 (Typecho), /archives/45/2/ its page 2
    ("http://x.cn/archives/45/", "http://x.cn/archives/45/", 1),
    ("http://x.cn/archives/45/2/", "http://x.cn/archives/45/", 2),
    ("http://x.cn/2025/12/26/tesla-recall/2/", "http://x.cn/2025/12/26/tesla-recall/", 2),
    ("http://x.cn/2025/08/", "http://x.cn/2025/08/", 1),
])
def test_page_number(url, first, number):
    assert page_number(url) == (first, number)

"""Crawler-trap rules: URL shapes (table) and the query-family middleware (value and stats)."""

from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from autoparts_crawler.records.rejects import make_reject
from autoparts_crawler.spidermiddlewares.traps import TrapMiddleware
from autoparts_crawler.web.traps import query_family, trap_shape

SHAPES = [
    ("http://a.cn/news/2024/0530/1003.html", None),
    ("http://a.cn/html/1/1/1.html", None),  # numbering may repeat
    ("http://a.cn/2024/01/01/show-1.html", None),
    ("http://a.cn/channel/channel/channel/", "repeating_path"),
    ("http://a.cn/news/channel/news/channel/news/channel/", "repeating_path"),
    ("http://a.cn/a/b/c/a/b/c/a/b/c/x.html", "repeating_path"),
    ("http://a.cn/news/channel/channel/", None),  # twice is not yet a trap
    ("http://a.cn/" + "/".join(f"d{n}" for n in range(16)) + "/x.html", "deep_path"),
    ("http://a.cn/s.php?q=" + "x" * 2100, "long_url"),
]


@pytest.mark.parametrize(("url", "shape"), SHAPES)
def test_trap_shapes(url, shape):
    assert trap_shape(url) == shape


def test_query_family_is_host_path_and_parameter_names():
    assert query_family("http://A.cn/show.php?id=1&cat=2") == query_family("http://a.cn/show.php?cat=9&id=7")
    assert query_family("http://a.cn/show.php?id=1") != query_family("http://a.cn/show.php?id=1&p=2")
    assert query_family("http://a.cn/show.html") is None


def _crawler(**settings):
    crawler = get_crawler(settings_dict={"AUTOPARTS_TRAP_MIN_SAMPLES": 5, **settings})
    crawler.stats.open_spider()
    return crawler, TrapMiddleware.from_crawler(crawler)


def _page(url: str) -> HtmlResponse:
    return HtmlResponse(url, body=b"<html></html>", encoding="utf-8")


def test_a_query_family_that_gives_nothing_is_not_followed_any_more():
    crawler, mw = _crawler()
    for n in range(5):
        out = mw.process_spider_output(_page(f"http://a.cn/see.php?t={n}"),
                                       [make_reject(f"http://a.cn/see.php?t={n}", reason="not_article", stage="classify"),
                                        Request(f"http://a.cn/see.php?t={n + 100}")])
    assert [r.reason for r in out if not isinstance(r, Request)] == ["not_article", "crawler_trap"]
    assert not [r for r in out if isinstance(r, Request)]  # the 5th page's own link is already cut
    assert crawler.stats.get_value("autoparts/traps/found") == 1
    out = mw.process_spider_output(_page("http://a.cn/index.html"), [Request("http://a.cn/see.php?t=999"),
                                                                       Request("http://a.cn/a/1.html")])
    assert [r.url for r in out] == ["http://a.cn/a/1.html"]
    assert crawler.stats.get_value("autoparts/traps/query_family") == 2


def test_a_large_family_of_articles_is_followed():
    from autoparts_crawler.records.context import ArticlePage

    crawler, mw = _crawler()
    article = ArticlePage.__new__(ArticlePage)
    for n in range(30):
        mw.process_spider_output(_page(f"http://a.cn/show.php?id={n}"), [article])
    out = mw.process_spider_output(_page("http://a.cn/list.html"), [Request("http://a.cn/show.php?id=99")])
    assert [r.url for r in out] == ["http://a.cn/show.php?id=99"]
    assert crawler.stats.get_value("autoparts/traps/found") is None


def test_a_trap_shaped_link_is_dropped_with_one_reject():
    crawler, mw = _crawler()
    links = [Request("http://a.cn/x/channel/channel/channel/"), Request("http://a.cn/y/channel/channel/channel/"),
             Request("http://a.cn/ok.html")]
    out = mw.process_spider_output(_page("http://a.cn/x/channel/channel/"), links)
    assert [r.url for r in out if isinstance(r, Request)] == ["http://a.cn/ok.html"]
    assert [r.reason for r in out if not isinstance(r, Request)] == ["crawler_trap"]
    assert crawler.stats.get_value("autoparts/traps/repeating_path") == 2

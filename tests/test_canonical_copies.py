"""A copy of an article (AMP, full view) reached before the original sends the crawl to the
original, which shows more (its category, its counters): the copy is a reject, the original is
requested. Through the spider's own ``parse`` with the project's settings."""

from __future__ import annotations

from scrapy import Request
from scrapy.http import HtmlResponse

from autoparts_crawler.records.models import RejectRecord
from autoparts_crawler.web.urls import copy_of_canonical
from tests.conftest import project_crawler

PARAS = "".join(f"<p>第{i}段：新车搭载的制动卡钳由本地供应商提供，这也是该零部件首次用于这一车型，配套量预计逐月增加。</p>"
                for i in range(1, 6))


def page(canonical: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>深度评测：底盘和制动卡钳的真实表现</title>"
            f"<link rel='canonical' href='{canonical}'></head><body>"
            "<h1>深度评测：底盘和制动卡钳的真实表现</h1><div class='info'>2025年12月03日 12:13</div>"
            f"<div class='content'>{PARAS}</div></body></html>").encode()


def outcomes(tmp_path, url: str, canonical: str) -> list:
    crawler = project_crawler(tmp_path, AUTOPARTS_REFERENCE_TIME="2026-03-18T10:40:00+08:00")
    spider = crawler.spider
    spider.start_url = "http://car.example.cn/"
    response = HtmlResponse(url, body=page(canonical), encoding="utf-8", request=Request(url))
    return list(spider.parse(response)), crawler


def test_an_amp_copy_sends_the_crawl_to_its_original(tmp_path) -> None:
    out, crawler = outcomes(tmp_path, "http://car.example.cn/amp/pingce/202512/1302138.html",
                            "/pingce/202512/1302138.html")
    requests = [x for x in out if isinstance(x, Request)]
    rejects = [x for x in out if isinstance(x, RejectRecord)]
    assert [r.url for r in requests] == ["http://car.example.cn/pingce/202512/1302138.html"]
    assert [r.reason for r in rejects] == ["duplicate_of_canonical"]
    assert crawler.stats.get_value("autoparts/pages/duplicate_of_canonical") == 1


def test_the_original_and_a_page_pointing_at_the_home_page_are_articles(tmp_path) -> None:
    for url, canonical in [("http://car.example.cn/pingce/202512/1302138.html", "/pingce/202512/1302138.html"),
                           ("http://car.example.cn/pingce/202512/1302139.html", "/")]:
        out, _ = outcomes(tmp_path, url, canonical)
        assert not any(isinstance(x, RejectRecord) for x in out), out
        assert not any(isinstance(x, Request) and "1302138" in x.url and x.url != url for x in out)


def test_copy_of_canonical_shapes() -> None:
    assert copy_of_canonical("http://x.cn/amp/a/1302138.html", "http://x.cn/a/1302138.html")
    assert copy_of_canonical("http://x.cn/a/1302138-all.html", "http://x.cn/a/1302138.html")
    assert not copy_of_canonical("http://x.cn/a/1302138.html", "http://x.cn/a/1302138.html")  # itself
    assert not copy_of_canonical("http://x.cn/a/55.html", "http://x.cn/")  # the home page
    assert not copy_of_canonical("http://x.cn/a/1234.html", "http://y.cn/a/1234.html")  # another site
    assert not copy_of_canonical("http://x.cn/a/1234.html", "http://x.cn/a/5678.html")  # another page

"""extensions/page_sample.py: the decoded pages of a crawl as JSONL, only when AUTOPARTS_PAGE_SAMPLE is set."""

from __future__ import annotations

import json

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse, Request, TextResponse

from autoparts_crawler.extensions.page_sample import PageSample
from autoparts_crawler.spiders.soft404 import PROBE_META
from tests.conftest import project_crawler


def _page(url: str, body: str, status: int = 200, **meta) -> tuple[TextResponse, Request]:
    request = Request(url, meta=meta)
    return HtmlResponse(url, body=body.encode("utf-8"), encoding="utf-8", status=status, request=request), request


def test_off_unless_configured(tmp_path):
    with pytest.raises(NotConfigured):
        PageSample(project_crawler(tmp_path))


def test_keeps_decoded_200_pages_only(tmp_path):
    path = tmp_path / "sample" / "pages.jsonl"
    crawler = project_crawler(tmp_path, AUTOPARTS_PAGE_SAMPLE=str(path))
    ext = PageSample(crawler)
    ext.opened()
    ext.received(*_page("http://h/news/1.html", "<html><body><h1>标题</h1></body></html>"))
    ext.received(*_page("http://h/missing.html", "<html>404</html>", status=404))
    ext.received(*_page("http://h/robots.txt", "User-agent: *"))
    ext.received(*_page("http://h/probe/x.html", "<html>soft</html>", **{PROBE_META: True}))
    ext.closed()
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert lines == [{"url": "http://h/news/1.html", "html": "<html><body><h1>标题</h1></body></html>"}]
    assert crawler.stats.get_value("autoparts/page_sample/pages") == 1

"""URL identity and site boundaries: tables over web/urls.py (no Scrapy)."""

from __future__ import annotations

import pytest
from parsel import Selector
from scrapy import Request
from scrapy.utils.request import fingerprint

from autoparts_crawler.web.urls import (
    canonicalize,
    document_base_url,
    host_in_domains,
    safe_urljoin,
    same_port,
    url_joiner,
)

CANONICAL = [
    # one key for the three spellings of a non-ASCII path (what Scrapy's fingerprint sees)
    ("http://www.example.cn/a/汽车.html", "http://www.example.cn/a/%E6%B1%BD%E8%BD%A6.html"),
    ("http://www.example.cn/a/%E6%B1%BD%E8%BD%A6.html", "http://www.example.cn/a/%E6%B1%BD%E8%BD%A6.html"),
    ("http://www.example.cn/a/%e6%b1%bd%e8%bd%a6.html", "http://www.example.cn/a/%E6%B1%BD%E8%BD%A6.html"),
    # host lower-cased, default ports stripped, fragment dropped, empty path is /
    ("HTTP://WWW.Example.CN:80/x.html#top", "http://www.example.cn/x.html"),
    ("https://example.cn:443", "https://example.cn/"),
    ("http://example.cn:8080/x", "http://example.cn:8080/x"),
    # query sorted, repeated names all kept (url_query_cleaner's unique=True would lose one)
    ("http://x.cn/l?b=2&a=1&a=0", "http://x.cn/l?a=0&a=1&b=2"),
    # tracking parameters dropped by pattern, others untouched
    ("http://x.cn/a?utm_source=wx&id=7&from=list&spm=1.2", "http://x.cn/a?id=7"),
    ("http://x.cn/a?q=汽车", "http://x.cn/a?q=%E6%B1%BD%E8%BD%A6"),
    ("  http://x.cn/a  ", "http://x.cn/a"),
    # session ids: one page, a new id per visit
    ("http://x.cn/news/1.html;jsessionid=0A1B2C3D", "http://x.cn/news/1.html"),
    ("http://x.cn/news;JSESSIONID=77/1.html?id=3", "http://x.cn/news/1.html?id=3"),
    ("http://x.cn/a.php?id=3&sid=9f8e7d&PHPSESSID=abc", "http://x.cn/a.php?id=3"),
    ("http://x.cn/a.asp?ASPSESSIONIDQQ=X&sessionid=1&page=2", "http://x.cn/a.asp?page=2"),
    ("http://x.cn/a;v=2/b.html", "http://x.cn/a;v=2/b.html"),  # other path parameters stay
    # unparsable stays as given
    ("http://[oops/x", "http://[oops/x"),
]


@pytest.mark.parametrize(("url", "expected"), CANONICAL)
def test_canonicalize(url, expected):
    assert canonicalize(url) == expected


def test_canonical_key_agrees_with_scrapy_fingerprint():
    spellings = ["http://www.example.cn/a/汽车.html", "http://www.example.cn/a/%E6%B1%BD%E8%BD%A6.html",
                 "http://www.example.cn/a/%e6%b1%bd%e8%bd%a6.html"]
    assert len({canonicalize(u) for u in spellings}) == 1
    assert len({fingerprint(Request(u)) for u in spellings}) == 1


@pytest.mark.parametrize(("host", "domains", "inside"), [
    ("www.example.cn", ["example.cn"], True),
    ("news.example.cn", ["www.example.cn", "example.cn"], True),
    ("news.example.cn", ["www.example.cn"], False),  # a sibling subdomain needs the parent domain
    ("EXAMPLE.cn.", ["example.cn"], True),
    ("badexample.cn", ["example.cn"], False),
    ("example.cn.evil.com", ["example.cn"], False),
    ("x.cn", [], False),
])
def test_host_in_domains(host, domains, inside):
    assert host_in_domains(host, domains) is inside


@pytest.mark.parametrize(("a", "b", "same"), [
    ("http://h/x", "https://h/y", True),  # both on their scheme's default port
    ("http://h:80/x", "http://h/y", True),
    ("http://h:8080/x", "http://h:8080/y", True),
    ("http://h:8080/x", "http://h/y", False),  # another port of the same host is another site
    ("http://h:9000/x", "http://h:8080/y", False),
])
def test_same_port(a, b, same):
    assert same_port(a, b) is same


@pytest.mark.parametrize(("start", "url", "follow"), [
    ("http://www.example.cn/", "http://news.example.cn/a/1.html", True),  # channel on a subdomain
    ("http://www.example.cn/", "http://www.example.cn/a/1.html", True),
    ("http://www.example.cn/", "http://example.com/a/1.html", False),
    ("http://www.example.cn/", "http://www.example.cn:8080/a/1.html", False),  # another port
    ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/a/1.html", True),
    ("http://127.0.0.1:8080/", "http://localhost:8080/a/1.html", False),
    ("http://www.example.cn/", "http://www.example.cn/logo.png", False),
    ("http://www.example.cn/", "mailto:ed@example.cn", False),
])
def test_spider_follows_allowed_domains_and_their_subdomains(start, url, follow):
    from autoparts_crawler.spiders.portal import PortalSpider

    spider = PortalSpider(start_url=start)
    assert spider.links.should_follow(url, start) is follow


@pytest.mark.parametrize(("html", "expected"), [
    ('<head><base href="/news/"></head><a href="x.html">x</a>', "http://a.cn/news/"),
    ('<head><base href="http://cdn.a.cn/b/"></head>', "http://cdn.a.cn/b/"),
    ('<head><base target="_blank"><base href="../up/"></head>', "http://a.cn/up/"),
    ("<p>no base</p>", "http://a.cn/x/y.html"),
    ('<head><base href="javascript:void(0)"></head>', "http://a.cn/x/y.html"),
    ('<head><base href="http://[oops/"></head>', "http://a.cn/x/y.html"),
])
def test_document_base_url_follows_base_href(html: str, expected: str) -> None:
    assert document_base_url(Selector(text=html), "http://a.cn/x/y.html") == expected


@pytest.mark.parametrize("base", ["http://a.example.com/b/c.html", "https://a.example.com/b/", "https://a.example.com",
                                  "HTTP://A.example.com/x", "http://a.example.com:8080/x/y", "file:///tmp/x.html", "",
                                  "http://[bad/", "http://a.example.com/b/c.html?x=1#f", "http://a.example.com/a/./b/..",
                                  "http://a.example.com//b/c.html", "http://a.example.com/a;p/b.html"])
@pytest.mark.parametrize("href", ["/news/1.html", "news/1.html", "../news/1.html", "./1.html", "/a/./b", "/a/../b",
                                  "//cdn.example.com/x.js", "http://b.example.com/x", "https://b.example.com", "HTTP://B.com/x",
                                  "https://b.example.com/x?", "/x?a=1", "/x#top", "/x;p=1", "/x y", " /x", "/x\t", "/",
                                  "http://[bad", "http:x", "https://", "https://b.example.com//x", "/\\x", "/中文/页.html",
                                  "http://例子.cn/x", "?page=2", "#", "", "show-1.html", "a/b/", "../../../../x",
                                  "./a/b/../c", "a/..", "a/.", "..", ".", "../", "./", "a//b", ".hidden", "..x/y",
                                  "a:b/c", "x y/中文.html"])
def test_url_joiner_gives_what_urljoin_gives(base: str, href: str) -> None:
    """The fast paths (absolute http(s) URLs, root-relative and document-relative paths) return
    exactly what the general path returns; everything else takes the general path."""
    assert url_joiner(base)(href) == safe_urljoin(base, href)

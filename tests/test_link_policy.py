"""LinkPolicy.admit: which links of a page are followed, in canonical form -- the verdicts it
remembers per (link, origin site, encoding) are the ones it would compute again, and a new profile
(learned during the crawl) forgets them."""

from __future__ import annotations

from urllib.parse import urljoin

from autoparts_crawler.sites import generic_profile
from autoparts_crawler.spiders.links import LinkPolicy

ORIGIN = "http://qp.example.cn/news/1.html"
LINKS = ["/news/2.html?utm_source=feed", "http://qp.example.cn/member/login.html", "http://other.example.com/x.html",
         "/static/logo.png", "/news_print.asp?id=2", "news/3.html"]


def policy(deny: list[str]) -> LinkPolicy:
    profile = generic_profile(ORIGIN)
    profile = profile.model_copy(update={"urls": profile.urls.model_copy(update={"deny": deny})})
    return LinkPolicy(["qp.example.cn"], profile, tracking_params=("utm_source",))


def test_admit_gives_the_same_canonical_links_from_memory() -> None:
    links = policy([r"/member/"])
    absolute = [urljoin(ORIGIN, u) for u in LINKS]
    first = list(links.admit(absolute, ORIGIN))
    assert first == ["http://qp.example.cn/news/2.html", "http://qp.example.cn/news/news/3.html"]
    assert list(links.admit(absolute, "http://qp.example.cn/news/9.html")) == first  # the same site: remembered


def test_a_new_profile_forgets_the_verdicts_its_deny_patterns_change() -> None:
    links = policy([r"/member/"])
    url = "http://qp.example.cn/member/login.html"
    assert list(links.admit([url], ORIGIN)) == []
    links.use_profile(generic_profile(ORIGIN))
    assert list(links.admit([url], ORIGIN)) == [url]


def test_print_and_all_pages_views_of_an_article_are_not_followed() -> None:
    """A print view and a split article's all-pages view (?showall=1) are the article again."""
    links = policy([])
    urls = ["/qiye/55-2025.html?showall=1", "/qiye/55-2025.html?start=1", "/qiye/55-2025.html?tmpl=component&print=1",
            "/show.php?id=5&showall=0"]
    admitted = list(links.admit([urljoin(ORIGIN, u) for u in urls], ORIGIN))
    assert admitted == ["http://qp.example.cn/qiye/55-2025.html?start=1", "http://qp.example.cn/show.php?id=5&showall=0"]

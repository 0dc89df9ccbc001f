"""End to end: an unprofiled crawl with AUTOPARTS_INDUCE learns the site's article selectors from its
first pages and extracts the later ones with them -- records as right as the generic extractor's, none
emitted twice, the adoption in the stats."""

from __future__ import annotations

import json
import subprocess
import sys
from urllib.parse import urlsplit

import pytest

from autoparts_crawler.extensions.site_induction import crawl_profile
from autoparts_crawler.induction import Induction
from autoparts_crawler.sites import ArticleSelectors, RelatedSelectors, SiteProfile, generic_profile
from tests.conftest import REFERENCE_TIME, ROOT, read_jsonl
from tools.devserver import PortalServer
from tools.generate_sample_portal import generate

CONTENT = ("title", "subtitle", "author", "editor", "source", "category", "published_date", "published_at",
           "views", "comments", "paragraphs")


def crawl(url: str, out, *settings: str) -> tuple[list[dict], dict]:
    stats = out.with_suffix(".stats.json")
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"start_url={url}", "-O", str(out),
         "-s", f"AUTOPARTS_REFERENCE_TIME={REFERENCE_TIME}", "-s", "AUTOTHROTTLE_ENABLED=0",
         "-s", "CONCURRENT_REQUESTS=4", "-s", "DOWNLOAD_DELAY=0.08", "-s", "RANDOMIZE_DOWNLOAD_DELAY=0", "-s", f"AUTOPARTS_STATS_PATH={stats}",
         *(arg for s in settings for arg in ("-s", s))],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return read_jsonl(out), json.loads(stats.read_text(encoding="utf-8"))


@pytest.mark.e2e
def test_crawl_adopts_induced_selectors_and_records_stay_right(tmp_path):
    portal = tmp_path / "portal"
    generate(portal, n_articles=100)
    with PortalServer(portal / "www") as server:
        plain, _ = crawl(server.url, tmp_path / "plain.jsonl", "AUTOPARTS_INDUCE=0")
        induced, stats = crawl(server.url, tmp_path / "induced.jsonl", "AUTOPARTS_INDUCE=1",
                               "AUTOPARTS_INDUCE_SAMPLE=24")
    assert stats["autoparts/induction/sampled"] == 24
    assert stats["autoparts/induction/applied"] == 1
    assert stats["autoparts/induction/fields/title"] == stats["autoparts/induction/fields/body"] == 1
    by_url = {urlsplit(r["url"]).path: r for r in plain}
    paths = [urlsplit(r["url"]).path for r in induced]
    assert len(paths) == len(set(paths)) == len(by_url)  # every article once, none twice
    learned = [r for r in induced if r["crawl"]["extractor"].startswith("profile:")]
    # the pages after the sample went through the learned selectors (how many depends on how soon the
    # worker thread is done: the crawl does not wait for it)
    assert learned
    assert {r["site"] for r in induced} == {r["site"] for r in plain}
    for record in induced:
        expected = by_url[urlsplit(record["url"]).path]
        for name in CONTENT:
            assert record[name] == expected[name], (record["url"], name)
        assert [e["title"] for e in record["related"]] == [e["title"] for e in expected["related"]]


def test_crawl_profile_adopts_article_and_related_selectors_only() -> None:
    current = generic_profile("http://www.example.cn/")
    learned = SiteProfile(name="x", article=ArticleSelectors(title="h1.t::text", body="div.c"),
                          related=RelatedSelectors(item="ul.r li", title="a::text"),
                          urls={"article": [r"/a/\d+\.html$"]}, list={"article_links": "ul.l a"})
    profile = crawl_profile(current, Induction(profile=learned))
    assert profile is not None and not profile.generic
    assert profile.name == current.name and profile.allowed_domains == current.allowed_domains
    assert profile.article.title == "h1.t::text" and profile.related.item == "ul.r li"
    assert profile.urls.article == [] and profile.list.article_links is None  # navigation stays generic
    assert crawl_profile(current, Induction(profile=SiteProfile(name="x"))) is None

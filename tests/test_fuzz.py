"""Bad input never crashes: every page, however broken, is a record or a reject with a reason."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from parsel import Selector
from scrapy.exceptions import DropItem

from autoparts_crawler.extract import choose_profile, decode_html, extract_raw
from autoparts_crawler.pipelines.dedupe import DedupePipeline
from autoparts_crawler.pipelines.normalize import NormalizePipeline
from autoparts_crawler.pipelines.quality import QualityPipeline
from autoparts_crawler.pipelines.rejects import RejectsPipeline
from autoparts_crawler.pipelines.validate import ValidatePipeline
from autoparts_crawler.records.context import ArticlePage, PageContext
from autoparts_crawler.records.rejects import RecordRejected
from autoparts_crawler.web.encoding import decode_page
from tests.conftest import project_crawler
from tools.devfuzz import FETCHED, URL, make_input, outcome, random_tree, seed_pages

SEEDS = seed_pages()
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))

html_text = st.recursive(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
    lambda inner: st.builds(lambda tag, attr, kids: f"<{tag} {attr}>{''.join(kids)}</{tag}>",
                            st.sampled_from(["div", "p", "h1", "a", "table", "td", "span", "script", "li"]),
                            st.sampled_from(["", 'class="content"', 'id="content"', 'href="http://[x/"',
                                             'class="article-title"', 'href="javascript:x"']),
                            st.lists(inner, max_size=5)),
    max_leaves=40)
pages = st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=3000),
    html_text.map(lambda body: f"<html><body>{body}</body></html>"),
    st.integers(0, 2**32).map(lambda seed: make_input(random.Random(seed), SEEDS, giant=50_000, deep=800)[1]),
)


@FUZZ
@given(pages)
def test_extract_article_gives_record_or_reject(page):
    result = outcome(page)
    assert result == "record" or result.startswith("reject/")


@pytest.fixture(scope="module")
def crawler(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuzzchain")
    return project_crawler(tmp)


@FUZZ
@given(pages, st.integers(0, 10**6))
def test_pipeline_chain_gives_record_or_reject(crawler, page, n):
    """Raw fields of any page through the crawl's pipelines: an article dict or a reject (DropItem)."""
    url = f"http://portal.test/news/show-{n}.html"
    profile = choose_profile(url)
    text, encoding = decode_html(page)
    try:
        raw = extract_raw(text, url, profile)
    except RecordRejected:
        return
    item = ArticlePage(raw=raw, ctx=PageContext(url=url, site="test", fetched_at=FETCHED, pages=(url,),
                                                http_status=200, encoding=encoding))
    try:
        for cls in (RejectsPipeline, NormalizePipeline, ValidatePipeline, DedupePipeline, QualityPipeline):
            item = cls.from_crawler(crawler).process_item(item)
    except DropItem:
        return
    assert item["record_type"] == "article"


@pytest.mark.parametrize("kind", ["deep", "giant", "nul", "surrogates", "binary_html", "empty"])
def test_named_monsters(kind):
    monsters = {
        "deep": "<html><body>" + "<div>" * 5000 + "<p>深层</p>" + "</div>" * 5000 + "</body></html>",
        "giant": "<html><body><h1>大标题</h1><div id='content'><p>" + "汽" * 2_000_000 + "</p></div></body></html>",
        "nul": b"<html><body><h1>\x00T\x00</h1><p>\x00\x00body\x00</p></body></html>",
        "surrogates": "<html><body><h1>标题\ud800</h1><p>正文\udfff内容</p></body></html>",
        "binary_html": bytes(range(256)) * 100,
        "empty": b"",
    }
    result = outcome(monsters[kind], URL)
    assert result == "record" or result.startswith("reject/")


def test_random_trees_seeded():
    """Random trees end as a record whose title and body come from the tree, or a named reject."""
    from autoparts_crawler.extract import extract_article

    rng = random.Random(6)
    kinds = set()
    for _ in range(50):
        html = "<html><body>" + random_tree(rng) + "</body></html>"
        try:
            record = extract_article(html, URL, fetched_at=FETCHED)
        except RecordRejected as exc:
            assert exc.reason in {"missing_title", "missing_body_text", "not_article", "too_deep"}, exc.reason
            kinds.add("reject")
            continue
        kinds.add("record")
        text = "".join("".join(Selector(text=html).xpath("//text()").getall()).split())
        assert record.title and "".join(record.title.split())[:12] in text
        assert record.paragraphs and all("".join(p.split())[:12] in text for p in record.paragraphs)
    assert kinds == {"record", "reject"}  # the seed exercises both outcomes


# --- encoding decisions (pure) ------------------------------------------------------------
RARE = "䶮 镕堃喆 汽车零部件"


@pytest.mark.parametrize(("body", "header", "codec", "how"), [
    (b"<meta charset=gb2312 />" + RARE.encode("gb18030"), None, "gb18030", "meta"),
    (b"<meta charset='gb2312'>" + RARE.encode("gb18030"), None, "gb18030", "meta"),
    (b'<meta http-equiv=content-type content="text/html;charset=gbk">' + RARE.encode("gb18030"), None,
     "gb18030", "meta"),
    (RARE.encode("gb18030"), "gb2312", "gb18030", "header"),
    (RARE.encode("gb18030"), "iso-8859-1", "gb18030", "sniff"),
    (RARE.encode("gb18030"), "utf-8", "gb18030", "sniff"),
    (b"<meta charset=gbk>" + RARE.encode("gb18030"), "iso-8859-1", "gb18030", "meta"),
    (RARE.encode("gb18030"), None, "gb18030", "sniff"),
    (RARE.encode("utf-8"), "gbk", "utf-8", "sniff"),
    (b"\xef\xbb\xbf<meta charset=gbk>" + RARE.encode("utf-8"), None, "utf-8", "bom"),
    ("café crème brûlée".encode("latin-1"), "iso-8859-1", "cp1252", "header"),
    (b"plain ascii", None, "utf-8", "default"),
])
def test_decode_decisions(body, header, codec, how):
    decoded = decode_page(body, header)
    assert (decoded.codec, decoded.how) == (codec, how)
    assert "\ufffd" not in decoded.text


def test_offline_path_decodes_like_the_crawl():
    data = b"<html><head><meta charset=gb2312></head><body><h1>" + "标题䶮".encode("gb18030") + b"</h1></body></html>"
    text, codec = decode_html(data)
    assert codec == "gb18030" and "标题䶮" in text

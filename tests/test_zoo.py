"""The template zoo generator (tools/zoo): deterministic, truth consistent with the pages, family features present."""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.zoo import FAMILIES, generate  # noqa: E402
from tools.zoo.build import query_key  # noqa: E402


def _digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def zoo(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("zoo")
    generate(out)
    return out


def _file(site: Path, url: str) -> Path:
    serve = json.loads((site / "serve.json").read_text(encoding="utf-8"))
    if "?" in url:
        rel = serve["query_routes"][query_key(url)]
    else:
        rel = url + "index.html" if url.endswith("/") else url
    return site / "www" / rel.lstrip("/")


def _text(site: Path, url: str) -> str:
    exp = json.loads((site / "truth" / "expected.json").read_text(encoding="utf-8"))
    raw = _file(site, url).read_bytes()
    return html.unescape(raw.decode(exp["encoding"]))


def _truth(site: Path, name: str) -> list[dict]:
    lines = (site / "truth" / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_at_least_eight_families_and_deterministic(zoo, tmp_path):
    assert len(FAMILIES) >= 8
    generate(tmp_path / "again")
    assert _digest(zoo) == _digest(tmp_path / "again")
    other = tmp_path / "seed12"
    generate(other, seed=12, families=["dedecms"])
    assert _digest(other / "dedecms") != _digest(zoo / "dedecms")


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_truth_refers_to_generated_pages(zoo, family):
    site = zoo / family
    exp = json.loads((site / "truth" / "expected.json").read_text(encoding="utf-8"))
    arts = _truth(site, "articles.jsonl")
    assert 20 <= len(arts) <= 40 and len({a["title"] for a in arts}) == len(arts)
    bodies = set()
    for art in arts:
        for url in [*art["pages"], *art["aliases"]]:
            assert _file(site, url).is_file(), url
        page_text = "".join(_text(site, u) for u in art["pages"])
        assert art["title"] in page_text
        for para in art["paragraphs"]:
            cells = para.split("\t")
            assert all(c in page_text for c in cells), (art["url"], para)
        for rel in art["related"]:
            assert _file(site, rel["url"]).is_file() and rel["title"] in page_text
        bodies.add(art["body_text"])
        assert art["published_date"] and (art["published_at"] is None or art["published_at"].endswith("+08:00"))
    assert len(bodies) == len(arts)
    list_pages = exp["list_pages"]
    assert len(list_pages) >= 4
    for lp in list_pages:
        for url in [lp["url"], *lp["aliases"]]:
            assert _file(site, url).is_file(), url
    for entry in _truth(site, "listings.jsonl"):
        assert entry["title"] in _text(site, entry["list_url"])
    for page in exp["non_articles"]:
        assert _file(site, page["url"]).is_file()
    for page in exp["rejects"]:  # a 404, or (dynamic URLs) a route to the error page
        target = _file(site, page["url"])
        assert not target.is_file() or target == site / "www" / "404.html"
    assert (site / "www" / "404.html").is_file()


def test_gbk_families(zoo):
    gbk = [f for f in sorted(FAMILIES) if FAMILIES[f].encoding == "gbk"]
    assert len(gbk) >= 2
    for family in gbk:
        site = zoo / family
        serve = json.loads((site / "serve.json").read_text(encoding="utf-8"))
        for page in (site / "www").rglob("*.html"):
            raw = page.read_bytes()
            raw.decode("gbk")
            head = raw[:400].decode("ascii", errors="ignore")
            rel = "/" + str(page.relative_to(site / "www"))
            assert "charset=gb" in head or serve["charset"].get(rel) == "gbk"
            if re.search(rb"[\x80-\xff]", raw):
                with pytest.raises(UnicodeDecodeError):
                    raw.decode("utf-8")


def test_family_features(zoo):
    def pages(family: str) -> list[str]:
        enc = FAMILIES[family].encoding
        return [p.read_bytes().decode(enc) for p in sorted((zoo / family / "www").rglob("*"))
                if p.is_file() and p.suffix in (".html", ".php", ".asp")]

    wp = pages("wordpress")
    assert all('<h1 class="site-title">' in p for p in wp)
    assert any('<time class="entry-date published" datetime="' in p and "条评论" in p for p in wp)
    dede = pages("dedecms")
    assert any('<div class="viewbox"><div class="title"><h2>' in p and "/plus/count.php" in p for p in dede)
    assert any("dede_pages" in p and "list_1_2.html" in p for p in dede)
    assert any('<div id="Article"><h1>' in p for p in pages("phpcms"))
    assert any('<h1 class="ph">' in p and 'id="article_content"' in p and 'class="xg1"' in p for p in pages("discuz"))
    assert any('<h2 class="post-title">' in p for p in pages("zblog"))
    assert any('class="xxgk"' in p and "成文日期" in p and "发布机构" in p and "xl_con" in p for p in pages("gov"))
    assert any("分钟前" in p for p in pages("mobile")) and any("小时前" in p for p in pages("mobile"))
    assert any("/html/news/2.html" in p for p in pages("empirecms"))
    # JS-filled counters are null in truth, never invented
    for family in ("dedecms", "phpcms", "empirecms", "gov"):
        assert all(a["views"] is None for a in _truth(zoo / family, "articles.jsonl"))
    split = [f for f in FAMILIES if any(len(a["pages"]) > 1 for a in _truth(zoo / f, "articles.jsonl"))]
    assert len(split) >= 2
    prints = [f for f in FAMILIES
              if json.loads((zoo / f / "truth" / "expected.json").read_text(encoding="utf-8"))["print_views"]]
    assert prints
    shorts = sum(a["short"] for f in FAMILIES for a in _truth(zoo / f, "articles.jsonl"))
    assert shorts >= 50


@pytest.mark.e2e
def test_zoo_bench_crawls_one_family(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    import tools.zoo
    import zoo as bench_zoo

    res = bench_zoo.crawl_family(tools.zoo, "empirecms", tmp_path, 11, None)
    assert "error" not in res, res.get("error")
    assert res["pages"] > 30 and res["records"] > 0 and 0.0 <= res["recall"] <= 1.0

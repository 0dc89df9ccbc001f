"""The bundled sample portal: generator determinism, site features, encodings, links, truth."""

from __future__ import annotations

import datetime as dt
import json
import posixpath
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from parsel import Selector

import autoparts_crawler
from tools.generate_sample_portal import generate

tomllib = pytest.importorskip("tomllib")

PKG = Path(autoparts_crawler.__file__).parent
PORTAL = PKG / "sample_portal"
WWW = PORTAL / "www"
PROFILE = PKG / "sites" / "profiles" / "sample.toml"


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads((PORTAL / "truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def profile() -> dict:
    return tomllib.loads(PROFILE.read_text(encoding="utf-8"))


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _html_paths() -> list[str]:
    return sorted(p.relative_to(WWW).as_posix() for p in WWW.rglob("*.html"))


def _encoding_of(path: str, truth: dict) -> str:
    return "gbk" if path in truth["gbk_pages"] else "utf-8"


def _page(path: str, truth: dict) -> Selector:
    return Selector(text=(WWW / path).read_bytes().decode(_encoding_of(path, truth)))


def _norm(s: str) -> str:
    return re.sub(r"[\s\u3000\u00a0]+", " ", s).strip()


def _resolve(page: str, href: str) -> str:
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), urlsplit(href).path))


# --------------------------------------------------------------- selector helpers (profile format)


def _select(sel: Selector, spec) -> list[str]:
    """Apply a profile selector (CSS, ``xpath:`` prefixed XPath, or a list of alternatives)."""
    for alt in spec if isinstance(spec, list) else [spec]:
        res = sel.xpath(alt[len("xpath:"):]) if alt.startswith("xpath:") else sel.css(alt)
        vals = [v for v in (_norm(x) for x in res.getall()) if v]
        if vals:
            return vals
    return []


def _links(sel: Selector, spec) -> list[tuple[str, str]]:
    """(href, text) of the <a> elements (or bare href strings) a profile link selector returns."""
    for alt in spec if isinstance(spec, list) else [spec]:
        res = sel.xpath(alt[len("xpath:"):]) if alt.startswith("xpath:") else sel.css(alt)
        out = []
        for x in res:
            if isinstance(x.root, str):
                out.append((x.get(), ""))
            else:
                out.append((x.attrib.get("href", ""), _norm(x.xpath("string()").get())))
        if out:
            return out
    return []


def _first(sel: Selector, spec) -> str | None:
    vals = _select(sel, spec)
    return vals[0] if vals else None


def _container(sel: Selector, spec) -> Selector:
    for alt in spec if isinstance(spec, list) else [spec]:
        res = sel.xpath(alt[len("xpath:"):]) if alt.startswith("xpath:") else sel.css(alt)
        if res:
            return res[0]
    raise AssertionError(f"body container {spec!r} not found")


def _blocks(sel: Selector, art_profile: dict) -> list[str]:
    box = _container(sel, art_profile["body"])
    excluded = set()
    for spec in art_profile.get("body_exclude", []):
        excluded.update(x.root for x in (box.xpath(spec[6:]) if spec.startswith("xpath:") else box.css(spec)))
    out = []
    for el in box.root.iter("p", "li", "tr"):
        if any(a in excluded for a in [el, *el.iterancestors()]):
            continue
        if el.tag == "tr":
            text = "\t".join(_norm("".join(c.itertext())) for c in el if c.tag in ("td", "th"))
        else:
            text = _norm("".join(el.itertext()))
        if text:
            out.append(text)
    return out


def _strip_label(s: str | None) -> str | None:
    return re.sub(r"^(责任编辑|编辑|来源|作者|阅读)\s*[:：]\s*", "", s) if s else s


# --------------------------------------------------------------- generator


def test_generator_reproduces_committed_files(tmp_path):
    truth = generate(tmp_path, n_articles=28, seed=7)
    assert _files(tmp_path / "www") == _files(WWW)
    assert (tmp_path / "truth.json").read_bytes() == (PORTAL / "truth.json").read_bytes()
    assert truth == json.loads((PORTAL / "truth.json").read_text(encoding="utf-8"))


def test_generator_is_deterministic_and_seeded(tmp_path):
    generate(tmp_path / "a", n_articles=40, seed=3)
    generate(tmp_path / "b", n_articles=40, seed=3)
    generate(tmp_path / "c", n_articles=40, seed=4)
    a, b, c = (_files(tmp_path / x / "www") for x in "abc")
    assert a == b
    assert a != c
    assert (tmp_path / "a" / "truth.json").read_bytes() == (tmp_path / "b" / "truth.json").read_bytes()


def test_generator_cli_and_scale(tmp_path):
    from tools.generate_sample_portal import main

    assert main([str(tmp_path), "--articles", "1500", "--seed", "11"]) == 0  # its speed: bench/crawl.py
    truth = json.loads((tmp_path / "truth.json").read_text(encoding="utf-8"))
    assert len(truth["articles"]) == 1500
    assert len({a["url"] for a in truth["articles"]}) == 1500
    for lp in truth["list_pages"]:
        assert (tmp_path / "www" / lp["url"]).is_file()
    for a in truth["articles"]:
        for p in a["pages"] + a["aliases"]:
            assert (tmp_path / "www" / p).is_file()


def test_generator_rejects_tiny_sites(tmp_path):
    with pytest.raises(ValueError):
        generate(tmp_path, n_articles=3)


# --------------------------------------------------------------- required features


def test_feature_counts(truth):
    arts = truth["articles"]
    assert truth["site"] == "sample"
    assert truth["crawl_time"] == "2026-11-28T10:00:00+08:00"
    assert len(arts) >= 25
    assert len({a["url"] for a in arts}) == len(arts)
    news_lists = [lp for lp in truth["list_pages"] if lp["url"].startswith("news/")]
    assert len(news_lists) >= 4
    assert len(truth["gbk_pages"]) >= 8
    assert (WWW / "index.html").is_file()
    assert truth["split_articles"] == [{"url": "news/show-1005.html",
                                        "pages": ["news/show-1005.html", "news/show-1005_2.html"]}]
    assert truth["duplicates"] == [
        {"canonical": "news/show-1007.html", "aliases": ["news/show-1007_copy.html"]}
    ]
    for path in truth["non_articles"]:
        assert (WWW / path).is_file()
        assert path not in {a["url"] for a in arts}
    # page 2 of the split article and the duplicate are not separate articles
    assert "news/show-1005_2.html" not in {a["url"] for a in arts}
    assert "news/show-1007_copy.html" not in {a["url"] for a in arts}
    assert any(a["author"] is None for a in arts) and any(a["author"] for a in arts)
    assert any(a["subtitle"] for a in arts) and any(a["subtitle"] is None for a in arts)
    assert {a["category"] for a in arts} == {"新闻", "评测"}
    shown = {a["published_display"] for a in arts}
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", s) for s in shown)
    assert any(re.fullmatch(r"\d{4}年\d\d月\d\d日 \d\d:\d\d", s) for s in shown)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", s) for s in shown)
    for a in arts:
        assert 6 <= len(a["related"]) <= 12
        assert a["published"][:10] < "2026-11-28"
        assert a["body_text"] == "\n".join(a["paragraphs"])
    assert any(r["tag"] for a in arts for r in a["related"])
    texts = [_page(a["url"], truth) for a in arts]
    assert sum(bool(s.css("#content table")) for s in texts) >= 3
    assert sum(bool(s.css("#content ul")) for s in texts) >= 3


def test_list_pages_have_pagination(truth):
    for lp in truth["list_pages"]:
        sel = _page(lp["url"], truth)
        pager = sel.css("div.pager")
        assert pager, lp["url"]
        numbers = [x for x in pager.css("a::text, span.cur::text").getall() if x.strip().isdigit()]
        chan_total = sum(1 for x in truth["list_pages"] if x["url"].split("/")[0] == lp["url"].split("/")[0])
        assert len(numbers) == min(chan_total, 9)
        assert str(lp["page"]) in pager.css("span.cur::text").getall()
        nxt = pager.xpath('.//a[text()="下一页"]/@href').get()
        if lp["next"]:
            assert _resolve(lp["url"], nxt) == lp["next"]
        else:
            assert nxt is None
        hrefs = sel.css("ul.news-list li a.t::attr(href)").getall()
        assert [_resolve(lp["url"], h) for h in hrefs] == [e["url"] for e in lp["entries"]]
        assert sel.css("ul.news-list li a.t::text").getall() == [e["title"] for e in lp["entries"]]
        views = sel.css("ul.news-list li span.views::text").getall()
        assert views == [str(e["views"]) for e in lp["entries"]]


def test_split_article_pages(truth):
    a = next(x for x in truth["articles"] if x["url"] == "news/show-1005.html")
    p1, p2 = (_page(p, truth) for p in a["pages"])
    assert p1.css("h1::text").get() == a["title"]
    assert p2.css("h1::text").get() == a["title"] + "(2)"
    assert p1.xpath('//div[@class="pages"]/a[text()="下一页"]/@href').get() == "show-1005_2.html"
    assert p2.xpath('//div[@class="pages"]/a[text()="1"]/@href').get() == "show-1005.html"
    assert "news/show-1005_2.html" in a["aliases"]


def test_duplicate_has_canonical_and_both_linked(truth):
    a = next(x for x in truth["articles"] if x["url"] == "news/show-1007.html")
    hrefs = set()
    for path in _html_paths():
        sel = _page(path, truth)
        for h in sel.css("a::attr(href)").getall():
            if not h.startswith(("http", "java")):
                hrefs.add(_resolve(path, h))
    for path in ["news/show-1007.html", "news/show-1007_copy.html"]:
        sel = _page(path, truth)
        assert _resolve(path, sel.css("link[rel=canonical]::attr(href)").get()) == a["url"]
        assert path in hrefs
    ap = {"body": "div#content", "body_exclude": ["p.editor", "div.pages", "div.content-ad"]}
    assert _blocks(_page("news/show-1007_copy.html", truth), ap) == a["paragraphs"]


def test_robots_and_print_copy(truth):
    robots = (WWW / "robots.txt").read_text(encoding="utf-8")
    assert "Disallow: /print/" in robots and "Disallow: /member/" in robots
    prints = sorted(p.relative_to(WWW).as_posix() for p in (WWW / "print").glob("*.html"))
    assert prints
    linked = False
    for a in truth["articles"]:
        sel = _page(a["url"], truth)
        for h in sel.xpath('//a[text()="打印"]/@href').getall():
            linked |= _resolve(a["url"], h) in prints
    assert linked


def test_about_contact_linked_from_footer(truth):
    for path in [truth["articles"][0]["url"], "index.html"]:
        footer = _page(path, truth).css("div.footer")
        hrefs = footer.css("a::attr(href)").getall()
        targets = {_resolve(path, h) for h in hrefs if not h.startswith("http")}
        assert {"about.html", "contact.html"} <= targets
        assert footer.css("p.icp::text").re(r"ICP备")
        assert footer.css("p.friend-links a[href^='http']")


# --------------------------------------------------------------- encodings and links


def test_encodings(truth):
    gbk = set(truth["gbk_pages"])
    not_gb2312 = 0
    for path in _html_paths():
        raw = (WWW / path).read_bytes()
        if path in gbk:
            text = raw.decode("gbk")
            assert 'content="text/html; charset=gb2312"' in text
            assert "<meta charset" not in text
            try:
                raw.decode("gb2312")
            except UnicodeDecodeError:
                not_gb2312 += 1
            with pytest.raises(UnicodeDecodeError):
                raw.decode("utf-8")
        else:
            text = raw.decode("utf-8")
            assert '<meta charset="utf-8">' in text
        assert "\ufffd" not in text
        assert "__ORIGIN__" not in text
    assert not_gb2312 >= 1
    for a in truth["articles"]:
        assert a["encoding"] == ("gbk" if a["url"] in gbk else "utf-8")
    assert all(p.startswith("hangye/") for p in gbk)


def test_every_internal_link_resolves(truth):
    offsite = set()
    for path in _html_paths():
        sel = _page(path, truth)
        refs = sel.xpath("//a/@href | //link/@href | //script/@src | //img/@src | //form/@action")
        for href in refs.getall():
            if href.startswith(("javascript:", "#", "mailto:")):
                continue
            parts = urlsplit(href)
            if parts.scheme in ("http", "https"):
                assert parts.hostname.endswith(".example"), href
                offsite.add(href)
                continue
            assert not href.startswith("/"), f"root-relative link {href} in {path}"
            assert (WWW / _resolve(path, href)).is_file(), f"{path}: {href}"
    assert any(h.startswith("http://www.") for h in offsite)


# --------------------------------------------------------------- truth vs pages, through the profile


def test_profile_urls_classify_pages(truth, profile):
    urls = profile["urls"]

    def match(kind, path):
        return any(re.search(rx, "http://127.0.0.1:8000/" + path) for rx in urls[kind])

    pages = {p for a in truth["articles"] for p in a["pages"] + a["aliases"]}
    for a in truth["articles"]:
        assert match("article", a["url"]) and not match("continuation", a["url"])
        for p in a["pages"][1:]:
            assert match("continuation", p)
    for lp in truth["list_pages"]:
        assert match("list", lp["url"]) and not match("article", lp["url"])
    assert match("list", "index.html")
    for path in _html_paths():
        if path not in pages:
            assert not match("article", path), path
    assert profile["bundled"] == "sample_portal/www"
    assert (PKG / profile["bundled"] / profile["start_urls"][0]).is_file()


def test_profile_list_selectors(truth, profile):
    for lp in [*truth["list_pages"], truth["home"]]:
        sel = _page(lp["url"], truth)
        links = _links(sel, profile["list"]["article_links"])
        assert [(_resolve(lp["url"], h), t) for h, t in links] == [
            (_resolve(lp["url"], e["href"]), e["title"]) for e in lp["entries"]]
        pager = {_resolve(lp["url"], h) for h, _ in _links(sel, profile["list"]["next_page"])}
        if lp.get("next"):
            assert lp["next"] in pager


def test_profile_article_selectors_match_truth(truth, profile):
    ap, rp = profile["article"], profile["related"]
    dup_urls = {d["canonical"] for d in truth["duplicates"]}
    for a in truth["articles"]:
        sels = [_page(p, truth) for p in a["pages"]]
        sel = sels[0]
        assert _first(sel, ap["title"]) == a["title"], a["url"]
        sub = _select(sel, ap["subtitle"])
        assert (" ".join(sub) or None) == a["subtitle"]
        assert _strip_label(_first(sel, ap["editor"])) == a["editor"]
        assert _strip_label(_first(sel, ap["author"])) == a["author"]
        assert _strip_label(_first(sel, ap["source"])) == a["source"]
        assert _first(sel, ap["published"]) == a["published_display"]
        assert _first(sel, ap["category"]) == a["category"]
        assert _strip_label(_first(sel, ap["views"])) == str(a["views"])
        assert _first(sel, ap["comments"]) == str(a["comments"])
        paragraphs = [b for s in sels for b in _blocks(s, ap)]
        assert paragraphs == a["paragraphs"], a["url"]
        nxt = _first(sel, ap["next_page"])
        if len(a["pages"]) > 1:
            assert _resolve(a["pages"][0], nxt) == a["pages"][1]
        else:
            assert nxt is None
        canon = _first(sel, ap["canonical"])
        assert (canon is not None) == (a["url"] in dup_urls)
        if canon:
            assert _resolve(a["url"], canon) == a["url"]
        items = sel.css(rp["item"])
        assert len(items) == len(a["related"])
        for item, r in zip(items, a["related"], strict=True):
            assert _first(item, rp["title"]) == r["title"]
            assert _resolve(a["url"], _first(item, rp["url"])) == r["url"]
            assert _first(item, rp["category"]) == r["category"]
            shown = f"{_first(item, rp['day'])} {_first(item, rp['month_year'])}"
            assert dt.datetime.strptime(shown, "%d %b%Y").date().isoformat() == r["date"]
            assert _first(item, rp["tag"]) == r["tag"]
            assert _first(item, rp["views"]) == str(r["views"])


def test_truth_published_values(truth):
    for a in truth["articles"]:
        shown, iso = a["published_display"], a["published"]
        nums = re.findall(r"\d+", shown)
        if len(nums) == 3:
            assert iso == "{}-{}-{}".format(*nums)
        else:
            assert iso.endswith("+08:00")
            parsed = dt.datetime.fromisoformat(iso)
            fields = [parsed.year, parsed.month, parsed.day, parsed.hour, parsed.minute]
            assert fields == [int(x) for x in nums[:5]]

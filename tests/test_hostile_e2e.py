"""The hostile web, end to end: real ``scrapy crawl`` processes against PortalServer on 127.0.0.1.

Faults (server errors, timeouts, resets, truncation, empty bodies, redirect loops, 404s),
encodings, boundaries (other hosts, page size, page budget, sitemaps, arguments) and
output failures. Every fault is seeded, so runs are reproducible.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REFERENCE_TIME, SAMPLE, read_jsonl, run_scrapy, sample_truth
from tests.hostile_sites import ENCODINGS_DIR, encoding_pages, encoding_truth, fault_site, write_tree
from tools.devserver import SOFT_404_PAGE, FaultPlan, PortalServer

pytestmark = pytest.mark.e2e
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", f"AUTOPARTS_REFERENCE_TIME={REFERENCE_TIME}"]


def is_probe(path: str) -> bool:
    """The soft-404 probe (spiders/soft404.py): one request per host, like robots.txt, not a page."""
    return "/autoparts-probe-" in path


def crawl(server_url: str, out: Path, *extra: str, start: str = "", stats_dir: Path | None = None) -> dict:
    """Crawl ``server_url + start`` with the sample profile; return outputs, stats and the process."""
    stats_path = (stats_dir or out.parent) / (out.stem + ".stats.json")
    proc = run_scrapy(["crawl", "portal", "-a", "site=sample", "-a", f"start_url={server_url}{start}",
                       "-O", str(out), "-s", f"AUTOPARTS_STATS_PATH={stats_path}", *FAST, *extra])
    stats = json.loads(stats_path.read_text()) if stats_path.exists() else {}
    stem = out.name[: -len(out.suffix)]
    records = read_jsonl(out) if out.is_file() and not out.is_symlink() else []  # never read /dev/full
    return {"proc": proc, "stats": stats, "records": records,
            "rejects": read_jsonl(out.with_name(f"{stem}.rejects.jsonl")),
            "listings": read_jsonl(out.with_name(f"{stem}.listings.jsonl"))}


def no_exceptions(stats: dict) -> None:
    bad = {k: v for k, v in stats.items() if k == "log_count/ERROR" or k.startswith("spider_exceptions/")}
    assert not bad, bad


def path_of(url: str) -> str:
    return "/" + url.split("/", 3)[3]


# --- 1. faults --------------------------------------------------------------------------
def test_flaky_server_every_article_exactly_once(tmp_path):
    """10% 500/502/503 and 5% timeouts: retried with backoff, every article once, nothing lost."""
    plan = FaultPlan(error_rate=0.10, timeout_rate=0.05, timeout_s=2.5, seed="issue6")
    log = tmp_path / "access.jsonl"
    with PortalServer(SAMPLE / "www", faults=plan, access_log=log) as server:
        result = crawl(server.url, tmp_path / "flaky.jsonl", "-s", "DOWNLOAD_TIMEOUT=2", "-s", "RETRY_TIMES=6",
                       "-s", "AUTOPARTS_RETRY_BACKOFF_BASE=0.05", "-s", "AUTOPARTS_RETRY_BACKOFF_MAX=0.5",
                       "-s", "AUTOPARTS_RETRY_SEED=1", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8")
    assert result["proc"].returncode == 0, result["proc"].stderr[-3000:]
    stats = result["stats"]
    urls = [r["url"][len(server.url):] for r in result["records"]]
    assert sorted(urls) == sorted(a["url"] for a in sample_truth()["articles"])
    assert len(urls) == len(set(urls))
    statuses = [e["status"] for e in read_jsonl(log)]
    assert {500, 502, 503} & set(statuses)
    assert stats["autoparts/retry/scheduled"] >= 5
    assert stats["autoparts/retry/backoff_seconds"] > 0
    assert any(k.startswith("autoparts/retry/reason/http_5") for k in stats)
    assert sum(v for k, v in stats.items() if k.startswith("autoparts/retry/reason/") and "Timeout" in k) >= 1
    assert not [r for r in result["rejects"] if r["stage"] == "fetch"]  # all recovered
    no_exceptions(stats)


@pytest.fixture(scope="module")
def fault_crawl(tmp_path_factory):
    root = tmp_path_factory.mktemp("faultsite")
    probe = fault_site(0)
    write_tree(root, {"serve.json": probe["serve.json"], "robots.txt": probe["robots.txt"]})
    log = root / "access.jsonl"
    with PortalServer(root, access_log=log) as server:
        port = int(server.url.rsplit(":", 1)[1].strip("/"))
        write_tree(root, {k: v for k, v in fault_site(port).items() if k != "serve.json"})
        result = crawl(server.url, root / "faults.jsonl", "-s", "RETRY_TIMES=1", "-s", "DOWNLOAD_MAXSIZE=100000",
                       "-s", "AUTOPARTS_RETRY_BACKOFF_BASE=0.01", "-s", "REDIRECT_MAX_TIMES=4",
                       start="news/list_1.html")
    result["access"] = read_jsonl(log)
    result["root"] = server.url
    return result


def test_each_fault_ends_as_its_reject(fault_crawl):
    assert fault_crawl["proc"].returncode == 0, fault_crawl["proc"].stderr[-3000:]
    reasons = {path_of(r["url"]): r["reason"] for r in fault_crawl["rejects"]}
    assert reasons["/news/show-3003.html"] == "empty_body"
    assert reasons["/news/show-3004.html"] == "truncated"
    assert reasons["/news/show-3005.html"] == "http_404"
    assert reasons["/news/show-3006.html"] == "connection_lost"
    assert "/news/show-3012.html" in reasons or any(  # deep nesting: a record or any reject, no crash
        path_of(r["url"]) == "/news/show-3012.html" for r in fault_crawl["records"])
    assert reasons["/news/show-3007.html"].startswith("http_5")
    assert reasons["/news/show-3008.html"] == "too_large"
    assert reasons["/news/show-3015.html"] == "too_large"  # chunked, never ends: cut at DOWNLOAD_MAXSIZE
    assert reasons["/news/show-3010.html"] in ("redirect_loop", "redirect_to_seen")
    assert reasons["/news/show-3009.html"] == "offsite_redirect"
    titles = sorted(r["title"] for r in fault_crawl["records"])
    assert titles[:3] == ["好文章1", "好文章2", "好文章3"]
    no_exceptions(fault_crawl["stats"])


def test_same_host_redirect_on_a_port_is_followed(fault_crawl):
    """``host:PORT/old`` -> ``host:PORT/new`` is the same site: the target is an article, not offsite."""
    reasons = {path_of(r["url"]): r["reason"] for r in fault_crawl["rejects"]}
    assert "/news/show-3013.html" not in reasons
    moved = [r for r in fault_crawl["records"] if r["title"] == "好文章3"]
    assert [path_of(r["url"]) for r in moved] == ["/news/show-3014.html"]
    assert fault_crawl["stats"]["autoparts/rejects/reason/offsite_redirect"] == 1  # only the localhost one
    assert [path_of(u) for r in moved for u in r["crawl"]["fetched_urls"]] == ["/news/show-3013.html"]


def test_rejects_keep_enough_to_reprocess(fault_crawl):
    by_path = {path_of(r["url"]): r for r in fault_crawl["rejects"]}
    http_fail = by_path["/news/show-3007.html"]
    assert http_fail["http_status"] in (500, 502, 503)
    assert http_fail["raw"]["headers"]["Content-Type"].startswith("text/html")
    assert http_fail["raw"]["retries"] >= 1
    assert by_path["/news/show-3003.html"]["raw"]["http_status"] == 200


def test_every_fetched_page_ends_somewhere(fault_crawl):
    """Each page the server answered is an article, a list page or a reject."""
    ended = {path_of(r["crawl"]["pages"][0]) for r in fault_crawl["records"]}
    ended |= {path_of(u) for r in fault_crawl["records"] for u in r["crawl"]["fetched_urls"]}  # redirected
    ended |= {path_of(r["url"]) for r in fault_crawl["rejects"]}
    ended |= {path_of(e["list_url"]) for e in fault_crawl["listings"]}
    fetched = {e["path"].split("?")[0] for e in fault_crawl["access"]
               if not is_probe(e["path"])} - {"/robots.txt"}  # robots.txt and the soft-404 probe: the crawler's own
    assert fetched <= ended, fetched - ended


def test_garbage_and_deep_pages_do_not_crash(fault_crawl):
    stats = fault_crawl["stats"]
    reasons = {path_of(r["url"]): r["reason"] for r in fault_crawl["rejects"]}
    assert "/news/show-3011.html" in reasons or any(
        path_of(r["url"]) == "/news/show-3011.html" for r in fault_crawl["records"])
    no_exceptions(stats)


# --- 4. boundaries ----------------------------------------------------------------------
def test_stays_on_site(fault_crawl):
    """No request to other hosts, javascript: or mailto: links; a redirect off-site is a reject."""
    paths = [e["path"] for e in fault_crawl["access"]]
    assert not any(p.endswith(("show-3097.html", "show-3098.html", "show-3099.html")) for p in paths)
    urls = [r["url"] for r in fault_crawl["rejects"]] + [r["url"] for r in fault_crawl["records"]]
    assert not any("localhost" in u or "127.0.0.2" in u or "mailto" in u for u in urls)


@pytest.mark.parametrize("budget", [["-s", "AUTOPARTS_MAX_PAGES=5"], ["-a", "max_pages=5"]], ids=["setting", "argument"])
def test_max_pages_budget(tmp_path, budget):
    log = tmp_path / "access.jsonl"
    with PortalServer(SAMPLE / "www", access_log=log) as server:
        result = crawl(server.url, tmp_path / "budget.jsonl", *budget)
    assert result["proc"].returncode == 0, result["proc"].stderr[-2000:]
    pages = {e["path"] for e in read_jsonl(log) if not is_probe(e["path"])} - {"/robots.txt"}
    continuations = {p for p in pages if re.search(r"\d_\d+\.html$", p)}
    assert len(pages - continuations) == 5, pages
    assert result["stats"]["autoparts/limits/max_pages_skipped"] > 0


@pytest.mark.parametrize(("args", "needle"), [
    (["-a", "site=nope"], "known sites: sample"),
    (["-a", "start_url=htp:/broken"], "malformed start_url"),
    (["-a", "start_url=file:///etc/passwd"], "outside the bundled sample"),
    (["-a", "sitemap=maybe"], "sitemap="),
    (["-a", "max_page=5"], "unknown spider argument(s) -a max_page"),  # a typo is not ignored
    (["-a", "max_pages=five"], "-a max_pages='five': expected a whole number"),
])
def test_bad_arguments_exit_nonzero_with_one_line(args, needle):
    proc = run_scrapy(["crawl", "portal", *args, "-s", "LOG_LEVEL=WARNING"])
    assert proc.returncode != 0
    assert needle in proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]


SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>"""
LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{base}news/&lol4;.html</loc></url></urlset>"""
XXE = """<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY secret SYSTEM "file://{secret}">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{base}news/&secret;.html</loc></url></urlset>"""


def test_sitemap_discovery_is_safe(tmp_path):
    """robots.txt Sitemap: lines and /sitemap.xml are followed; entity bombs and XXE are refused."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    site = tmp_path / "site"
    shutil.copytree(ENCODINGS_DIR / "www", site / "www")
    log = tmp_path / "access.jsonl"
    with PortalServer(site, access_log=log) as server:
        base = server.url
        (site / "www" / "robots.txt").write_text(
            f"User-agent: *\nDisallow: /member/\nSitemap: {base}maps/laughs.xml\nSitemap: {base}maps/xxe.xml\n"
            "Sitemap: http://elsewhere.example/sitemap.xml\n")
        (site / "www" / "sitemap.xml").write_text(SITEMAP.format(urls="".join(
            f"<url><loc>{base}news/show-{n}.html</loc></url>" for n in (2001, 2002))))
        (site / "www" / "maps").mkdir()
        (site / "www" / "maps" / "laughs.xml").write_text(LAUGHS.format(base=base))
        (site / "www" / "maps" / "xxe.xml").write_text(XXE.format(base=base, secret=secret))
        result = crawl(base, tmp_path / "sm.jsonl", "-a", "sitemap=1", start="about.html")
    assert result["proc"].returncode == 0, result["proc"].stderr[-2000:]
    paths = [e["path"] for e in read_jsonl(log)]
    assert "/news/show-2001.html" in paths and "/news/show-2002.html" in paths
    assert not any("TOPSECRET" in p or "lol" in p for p in paths)
    reasons = {path_of(r["url"]): r["reason"] for r in result["rejects"]}
    assert reasons["/maps/laughs.xml"] == reasons["/maps/xxe.xml"] == "bad_sitemap"
    everything = json.dumps([result["records"], result["rejects"]], ensure_ascii=False)
    assert "TOPSECRET" not in everything
    no_exceptions(result["stats"])


# --- 2. encodings -----------------------------------------------------------------------
def test_encoding_fixtures_are_generated():
    """The committed pages are exactly what tests/hostile_sites.py generates."""
    for rel, data in encoding_pages().items():
        path = ENCODINGS_DIR / rel if rel == "serve.json" else ENCODINGS_DIR / "www" / rel
        assert path.read_bytes() == data, rel


def test_every_encoding_decodes_cleanly(tmp_path):
    with PortalServer(ENCODINGS_DIR) as server:
        result = crawl(server.url, tmp_path / "enc.jsonl", start="news/list_1.html")
    assert result["proc"].returncode == 0, result["proc"].stderr[-2000:]
    truth = encoding_truth()
    by_path = {r["url"][len(server.url):]: r for r in result["records"]}
    assert sorted(by_path) == sorted(truth), [(r["url"], r["reason"]) for r in result["rejects"]]
    for path, want in truth.items():
        assert by_path[path]["title"] == want["title"], path
        assert by_path[path]["paragraphs"] == want["paragraphs"], path
        assert by_path[path]["crawl"]["encoding"] in ("gb18030", "utf-8"), path
    assert "\ufffd" not in json.dumps(result, ensure_ascii=False, default=str)
    assert result["stats"].get("autoparts/quality/fffd_chars", 0) == 0
    no_exceptions(result["stats"])


# --- 5. output failures -----------------------------------------------------------------
def test_full_disk_for_the_feed_fails_the_crawl(tmp_path):
    """A feed on a full device: error logged, non-zero exit, side files renamed .incomplete."""
    out = tmp_path / "out.jsonl"
    out.symlink_to("/dev/full")
    result = crawl("file://" + str(SAMPLE / "www") + "/", out, start="index.html")
    assert result["proc"].returncode == 1  # set by the project's crawl command (COMMANDS_MODULE)
    assert "output write failed" in result["proc"].stderr
    assert result["stats"]["autoparts/output/failed"] >= 1
    assert result["stats"]["finish_reason"] == "output_error"
    assert (tmp_path / "out.rejects.jsonl.incomplete").exists() or (tmp_path / "out.listings.jsonl.incomplete").exists()
    assert not (tmp_path / "out.listings.jsonl").exists()


def test_unwritable_rejects_file_fails_the_crawl(tmp_path):
    out = tmp_path / "ok.jsonl"
    result = crawl("file://" + str(SAMPLE / "www") + "/", out, "-s", "AUTOPARTS_REJECTS_PATH=/dev/full",
                   start="index.html")
    assert result["proc"].returncode == 1
    assert result["stats"]["autoparts/output/failed"] >= 1
    assert "/dev/full" in result["proc"].stderr
    assert not out.exists() and (tmp_path / "ok.jsonl.incomplete").exists()


def test_tiny_tmpfs_disk_full(tmp_path):
    """A real full disk (a 64 KiB tmpfs; needs root): the feed is not left looking complete."""
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        (mnt / "filler").write_bytes(b"x" * 40_000)
        result = crawl("file://" + str(SAMPLE / "www") + "/", mnt / "full.jsonl", start="index.html",
                       stats_dir=tmp_path)
        assert result["proc"].returncode != 0
        assert result["stats"]["autoparts/output/failed"] >= 1
        assert not (mnt / "full.jsonl").exists()
        assert (mnt / "full.jsonl.incomplete").exists() or (mnt / "full.listings.jsonl.incomplete").exists()
    finally:
        subprocess.run(["umount", str(mnt)], check=False)


# --- <base href> --------------------------------------------------------------------------
def test_base_href_is_honoured_for_list_links_and_related_entries(tmp_path):
    """A list page whose relative links resolve against ``<base href="/articles/">``: a crawler that
    ignores the base requests /N.html (404) and finds none of the articles."""
    from tests.hostile_sites import article_html, list_html

    paras = ["汽车零部件行业协会发布数据，本月全市刹车片产量同比增长百分之十二，出口订单持续回暖。",
             "业内人士表示，原材料价格回落为企业留出了利润空间，但价格竞争仍然激烈，中小厂商承压。",
             "多家企业计划在下半年扩大产能，并加快新能源配套产品的研发和认证进度。"]
    files = {"robots.txt": b"User-agent: *\nAllow: /\n",
             "index.html": list_html([(f"{n}.html", f"刹车片市场观察第{n}期：出口订单持续回暖") for n in range(1, 6)],
                                     head='<meta charset="utf-8"><base href="/articles/">').encode("utf-8")}
    for n in range(1, 6):
        html = article_html(f"刹车片市场观察第{n}期：出口订单持续回暖", paras,
                            head='<meta charset="utf-8"><base href="/articles/">',
                            links=[f"{(n % 5) + 1}.html", f"{((n + 1) % 5) + 1}.html"])
        files[f"articles/{n}.html"] = html.encode("utf-8")
    root = write_tree(tmp_path / "site", files)
    out = tmp_path / "base.jsonl"
    log = tmp_path / "access.jsonl"
    with PortalServer(root, access_log=log) as server:
        stats_path = tmp_path / "base.stats.json"
        proc = run_scrapy(["crawl", "portal", "-a", f"start_url={server.url}/index.html", "-O", str(out),
                           "-s", f"AUTOPARTS_STATS_PATH={stats_path}", *FAST])
    assert proc.returncode == 0, proc.stderr[-2000:]
    records = read_jsonl(out)
    assert sorted(path_of(r["url"]) for r in records) == [f"/articles/{n}.html" for n in range(1, 6)]
    assert all(path_of(r["related"][0]["url"]).startswith("/articles/") for r in records)
    requested = {e["path"] for e in read_jsonl(log)}
    assert not any(re.fullmatch(r"/\d\.html", p) for p in requested), requested  # never resolved without the base


def test_query_of_a_link_on_a_gbk_page_is_sent_in_the_page_encoding(tmp_path):
    """``topic.php?kw=刹车`` on a GBK page: browsers send ``kw=%C9%B2%B3%B5`` (the page's encoding);
    a crawler that sends the UTF-8 escape (``%E5%88%B9%E8%BD%A6``) asks a GBK site for garbage."""
    from urllib.parse import quote

    from tests.hostile_sites import article_html, list_html
    from tools.devserver import query_key

    gbk = '<meta charset="gbk">'
    words = ["刹车", "轮胎", "车灯", "滤清器", "火花塞", "雨刮"]
    paras = ["汽车零部件行业协会发布数据，本月全市{w}产量同比增长百分之十二，出口订单持续回暖。",
             "业内人士表示，原材料价格回落为企业留出了利润空间，但价格竞争仍然激烈，中小厂商承压。",
             "多家企业计划在下半年扩大产能，并加快新能源配套产品的研发和认证进度。"]
    titles = dict(zip(words, ["刹车片出口订单持续回暖，企业扩产", "轮胎行业整合再起，中小厂商承压",
                              "车灯新国标下月实施，检测费用上涨", "滤清器行业集中度提升，龙头份额过半",
                              "火花塞进口替代加速，国产品牌突围", "雨刮器电商销量翻倍，售后渠道变局"], strict=True))
    files = {"robots.txt": b"User-agent: *\nAllow: /\n",
             "index.html": list_html([(f"topic.php?kw={w}&id={n}", titles[w]) for n, w in enumerate(words)],
                                     head=gbk).encode("gbk")}
    routes = {}
    for n, w in enumerate(words):
        files[f"topics/{n}.html"] = article_html(titles[w], [p.format(w=w) for p in paras], head=gbk).encode("gbk")
        routes[query_key("/topic.php", f"kw={quote(w, encoding='gbk')}&id={n}")] = f"topics/{n}.html"
    files["serve.json"] = json.dumps({"query_routes": routes}).encode()
    root = write_tree(tmp_path / "site", files)
    out, log = tmp_path / "gbk.jsonl", tmp_path / "access.jsonl"
    with PortalServer(root, access_log=log) as server:
        proc = run_scrapy(["crawl", "portal", "-a", f"start_url={server.url}/index.html", "-O", str(out),
                           "-s", f"AUTOPARTS_STATS_PATH={tmp_path / 'stats.json'}", *FAST])
    assert proc.returncode == 0, proc.stderr[-2000:]
    requested = [e["path"] for e in read_jsonl(log)]
    for n, w in enumerate(words):
        assert f"/topic.php?id={n}&kw={quote(w, encoding='gbk')}" in requested, requested
    assert not any("%E5%88%B9" in p for p in requested)  # never the UTF-8 escape of 刹
    records = read_jsonl(out)
    assert sorted(r["title"] for r in records) == sorted(titles.values())
    assert "id=0&kw=%C9%B2%B3%B5" in {r["url"].split("?", 1)[1] for r in records}


# --- crawler traps --------------------------------------------------------------------------


def test_a_soft_404_trap_ends_by_itself_and_says_so(tmp_path):
    """Every unknown path answers 200 with relative channel links and random links (a soft 404):
    without a trap detector the crawl never ends (each page makes new URLs, /channel/channel/…)."""
    from tests.hostile_sites import article_html, list_html

    titles = ["刹车片出口订单持续回暖，企业扩产", "轮胎行业整合再起，中小厂商承压", "车灯新国标下月实施，检测费用上涨",
              "滤清器行业集中度提升，龙头份额过半", "火花塞进口替代加速，国产品牌突围", "雨刮器电商销量翻倍，售后渠道变局"]
    paras = ["汽车零部件行业协会发布数据，本月全市产量同比增长百分之十二，出口订单持续回暖。",
             "业内人士表示，原材料价格回落为企业留出了利润空间，但竞争仍然激烈，中小厂商承压。",
             "多家企业计划在下半年扩大产能，并加快新能源配套产品的研发和认证进度。"]
    files = {"robots.txt": b"User-agent: *\nAllow: /\n", "soft404.html": SOFT_404_PAGE.encode(),
             "serve.json": json.dumps({"soft_404": "/soft404.html"}).encode(),
             "index.html": list_html([(f"a/{n}.html", t) for n, t in enumerate(titles)],
                                     extra='<a href="channel/">行业</a> <a href="about.html">关于</a>').encode()}
    for n, t in enumerate(titles):
        files[f"a/{n}.html"] = article_html(t, paras, head='<meta charset="utf-8">',
                                            links=[f"{(n + 1) % 6}.html", "x/"]).encode()
    root = write_tree(tmp_path / "site", files)
    out, log = tmp_path / "trap.jsonl", tmp_path / "access.jsonl"
    stats_path = tmp_path / "stats.json"
    with PortalServer(root, access_log=log) as server:
        proc = run_scrapy(["crawl", "portal", "-a", f"start_url={server.url}/index.html", "-O", str(out),
                           "-s", f"AUTOPARTS_STATS_PATH={stats_path}", "-s", "CLOSESPIDER_TIMEOUT=90", *FAST],
                          timeout=150)
    assert proc.returncode == 0, proc.stderr[-2000:]
    stats = json.loads(stats_path.read_text())
    assert stats["finish_reason"] == "finished"  # ended by itself, not by the timeout
    requested = [e["path"] for e in read_jsonl(log)]
    assert len(requested) < 150, requested
    assert sorted(r["title"] for r in read_jsonl(out)) == sorted(titles)
    rejects = read_jsonl(tmp_path / "trap.rejects.jsonl")
    reasons = {r["reason"] for r in rejects}
    assert "soft_404" in reasons
    assert stats["autoparts/traps/soft404_hosts"] == 1
    assert not any("/channel/channel/channel/" in p for p in requested)
    no_exceptions(stats)

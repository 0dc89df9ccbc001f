"""robots.txt that lies or fails, end to end: real ``scrapy crawl portal`` processes against PortalServer
(and, at the end, the decoder and the outcomes no test server produces, in process).

Each site has a list page (``/index.html``) linking to two ``/news/`` articles and one ``/hangye/``
article; the server's access log tells which URLs were fetched. The cases follow RFC 9309: the
first 512 KiB of a huge robots.txt are parsed, a gzip bomb is inflated only that far, a 5xx means
"disallow all", a 4xx "allow all", redirects are followed (to another host too).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from tests.conftest import REFERENCE_TIME, ROOT, read_jsonl
from tests.hostile_sites import article_html, list_html, write_tree
from tools.devserver import PortalServer

pytestmark = pytest.mark.e2e
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", f"AUTOPARTS_REFERENCE_TIME={REFERENCE_TIME}",
        "-s", "RETRY_TIMES=2", "-s", "AUTOPARTS_RETRY_BACKOFF_BASE=0.05"]
NEWS = ["/news/show-4001.html", "/news/show-4002.html"]
HANGYE = "/hangye/2026/0312/4003.html"
PAGES = ["/index.html", *NEWS, HANGYE]
FILLER = b"# padding: this robots.txt is far bigger than any parser should read\n"
TAIL_RULES = b"User-agent: *\nDisallow: /hangye/\n"  # beyond the first 512 KiB: never read


def site(root: Path, robots: dict[str, bytes], config: dict | None = None) -> Path:
    """The small portal with the given robots files (path -> bytes) and serve.json ``config``."""
    files = dict(robots)
    paras = ["汽车零部件行业协会发布数据，本月刹车片产量同比增长百分之十二，出口订单持续回暖。",
             "业内人士表示，原材料价格回落为企业留出了利润空间，但价格竞争仍然激烈。"]
    links = []
    for path in [*NEWS, HANGYE]:
        title = f"配件市场观察{path[-9:-5]}：出口订单持续回暖"
        files[path.lstrip("/")] = article_html(title, paras, '<meta charset="utf-8">').encode()
        links.append((path, title))
    files["index.html"] = list_html(links).encode()
    files["serve.json"] = json.dumps(config or {}).encode()
    return write_tree(root, files)


#: runs the crawl as its child and prints the child's peak RSS (KiB): a process's own ru_maxrss would
#: include the pytest process it was forked from (Linux keeps the high-water mark across exec)
PEAK_RSS = ("import resource, subprocess, sys; rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(rc)")


def crawl(server: PortalServer, tmp_path: Path, *extra: str) -> dict:
    """Crawl from ``/index.html``; outputs, stats, stderr, the access log, seconds and peak RSS (MiB)."""
    out = tmp_path / "out.jsonl"
    stats_path = tmp_path / "out.stats.json"
    args = [sys.executable, "-c", PEAK_RSS, str(Path(sys.executable).with_name("scrapy")), "crawl", "portal",
            "-a", "site=sample", "-a", f"start_url={server.url}index.html", "-O", str(out),
            "-s", f"AUTOPARTS_STATS_PATH={stats_path}", *FAST, *extra]
    with (tmp_path / "stderr.txt").open("w") as err:
        started = time.monotonic()
        proc = subprocess.run(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=err, text=True, timeout=240)
    stderr = (tmp_path / "stderr.txt").read_text()
    assert proc.returncode == 0, stderr[-3000:]
    stats = json.loads(stats_path.read_text())
    bad = {k: v for k, v in stats.items() if k == "log_count/ERROR" or k.startswith("spider_exceptions/")}
    assert not bad, (bad, stderr[-3000:])
    assert stats["finish_reason"] == "finished"
    return {"stats": stats, "stderr": stderr, "records": read_jsonl(out),
            "rejects": read_jsonl(tmp_path / "out.rejects.jsonl"), "seconds": time.monotonic() - started,
            "rss_mib": int(proc.stdout.split()[-1]) / 1024}


def fetched(log: Path) -> list[str]:
    """Paths requested, without the soft-404 probe (spiders/soft404.py: one per host, not a page)."""
    return [e["path"] for e in read_jsonl(log) if "/autoparts-probe-" not in e["path"]]


def robots_rejects(result: dict) -> list[str]:
    return sorted("/" + r["url"].split("/", 3)[3] for r in result["rejects"] if r["reason"] == "robots_disallowed")


def robots_stats(result: dict) -> dict:
    return {k.removeprefix("autoparts/robots/"): v for k, v in result["stats"].items()
            if k.startswith("autoparts/robots/")}


def record_paths(result: dict) -> list[str]:
    return sorted("/" + r["url"].split("/", 3)[3] for r in result["records"])


def huge(rules: bytes, size: int = 9 * 1024 * 1024) -> bytes:
    return rules + FILLER * (size // len(FILLER)) + TAIL_RULES


@pytest.mark.parametrize(("rules", "allowed"), [
    (b"User-agent: *\nDisallow: /\n", []),
    (b"User-agent: *\nDisallow: /news/\n", ["/index.html", HANGYE]),
], ids=["disallow-all-first", "disallow-news-first"])
def test_huge_robots_txt_first_bytes_are_obeyed(tmp_path, rules, allowed):
    """A 9 MB robots.txt (Content-Length announced): its first 512 KiB are parsed and obeyed, the
    rules at its end are not read; Scrapy's middleware dropped it (over DOWNLOAD_MAXSIZE) and
    crawled everything."""
    root = site(tmp_path / "site", {"robots.txt": huge(rules)})
    log = tmp_path / "access.jsonl"
    with PortalServer(root, access_log=log) as server:
        result = crawl(server, tmp_path)
    assert fetched(log) == ["/robots.txt", *allowed]
    assert robots_rejects(result) == (NEWS if allowed else ["/index.html"])
    assert result["stats"]["autoparts/skipped/robots_disallowed"] == len(robots_rejects(result))
    assert record_paths(result) == ([HANGYE] if allowed else [])
    assert robots_stats(result) == {"fetched": 1, "too_large": 1}


def test_gzip_bomb_robots_txt_is_inflated_only_to_the_cap(tmp_path):
    """robots.txt served gzip, 255 KB that inflate to 256 MiB: inflated to 512 KiB (the process stays
    small and the crawl ends at once), ``Disallow: /`` obeyed; Scrapy's middleware dropped it
    (HttpCompressionMiddleware gave up past DOWNLOAD_MAXSIZE) and crawled everything."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [packer.compress(b"User-agent: *\nDisallow: /\n")]
    parts += [packer.compress(b"\n" * (1 << 20)) for _ in range(256)]
    bomb = b"".join([*parts, packer.flush()])
    assert len(bomb) < 512 * 1024  # downloaded in full: the cap is the inflater's
    root = site(tmp_path / "site", {"robots.txt": bomb},
                {"headers": {"/robots.txt": {"Content-Encoding": "gzip"}}})
    log = tmp_path / "access.jsonl"
    with PortalServer(root, access_log=log) as server:
        result = crawl(server, tmp_path)
    assert fetched(log) == ["/robots.txt"]
    assert robots_rejects(result) == ["/index.html"]
    assert result["stats"]["autoparts/skipped/robots_disallowed"] == 1
    assert robots_stats(result) == {"fetched": 1, "bomb": 1}
    assert result["seconds"] < 60
    assert result["rss_mib"] < 200, result["rss_mib"]  # 256 MiB inflated would not fit


def test_robots_txt_503_disallows_the_host_for_the_run(tmp_path):
    """robots.txt answers 503 (after retries): "unreachable", nothing but robots.txt is fetched, one
    WARNING, and the crawl finishes normally; Scrapy's middleware parsed the error page: allow all."""
    root = site(tmp_path / "site", {}, {"status": {"/robots.txt": 503}})
    log = tmp_path / "access.jsonl"
    with PortalServer(root, access_log=log) as server:
        result = crawl(server, tmp_path)
        host = server.url.split("/")[2]
    assert fetched(log) == ["/robots.txt"] * 3  # RETRY_TIMES=2
    assert robots_rejects(result) == ["/index.html"]
    assert result["stats"]["autoparts/skipped/robots_disallowed"] == 1
    assert not any(k.startswith("autoparts/fetch_failed/") for k in result["stats"])  # a choice, not an error
    assert robots_stats(result) == {"unreachable": 1, "unreachable_5xx": 1, "disallow_all": 1}
    warnings = [line for line in result["stderr"].splitlines() if f"robots.txt of {host} unreachable" in line]
    assert len(warnings) == 1 and "WARNING" in warnings[0], warnings


def test_robots_txt_404_allows_everything(tmp_path):
    """robots.txt answers 404 -- with a body that reads like rules: "unavailable", everything is
    crawled and the body is not read; Scrapy's middleware parsed the 404 page and crawled nothing."""
    root = site(tmp_path / "site", {"robots.txt": b"User-agent: *\nDisallow: /\n"},
                {"status": {"/robots.txt": 404}})
    log = tmp_path / "access.jsonl"
    with PortalServer(root, access_log=log) as server:
        result = crawl(server, tmp_path)
    assert sorted(fetched(log)) == sorted(["/robots.txt", *PAGES])
    assert record_paths(result) == sorted([*NEWS, HANGYE])
    assert robots_rejects(result) == []
    assert "autoparts/skipped/robots_disallowed" not in result["stats"]
    assert robots_stats(result) == {"unavailable_4xx": 1}


@pytest.mark.parametrize("target", ["/robots-real.txt", "http://localhost:{port}/robots-real.txt"],
                         ids=["same-host", "other-host"])
def test_redirected_robots_txt_is_followed(tmp_path, target):
    """robots.txt 301 -> robots-real.txt (``Disallow: /news/``), on the same host or on another one
    (RFC 9309: follow, even across hosts, and apply the rules to the first host): the news articles
    are not fetched. Scrapy's middleware lost the other-host one (offsite filter): it fetched all."""
    root = site(tmp_path / "site", {"robots-real.txt": b"User-agent: *\nDisallow: /news/\n"},
                {"redirects": {"/robots.txt": target}})
    log = tmp_path / "access.jsonl"
    with PortalServer(root, access_log=log) as server:
        result = crawl(server, tmp_path)
    assert fetched(log) == ["/robots.txt", "/robots-real.txt", "/index.html", HANGYE]
    assert robots_rejects(result) == NEWS
    assert result["stats"]["autoparts/skipped/robots_disallowed"] == 2
    assert record_paths(result) == [HANGYE]
    offsite = {"redirected_offsite": 1} if target.startswith("http") else {}
    assert robots_stats(result) == {"fetched": 1, "redirected": 1, **offsite}


WAITERS_SPIDER = '''
import scrapy


class Waiters(scrapy.Spider):
    """Six requests of one host at once: all wait for the same robots.txt."""

    name = "waiters"

    async def start(self):
        for n in range(6):
            yield scrapy.Request(f"{self.base}news/show-40{n:02d}.html", errback=self.failed)

    def parse(self, response):
        self.crawler.stats.inc_value("waiters/fetched")

    def failed(self, failure):
        self.crawler.stats.inc_value("waiters/failed")
'''


def test_every_request_waiting_for_robots_txt_gets_its_rules(tmp_path):
    """Six requests of a host arrive while its (slow) robots.txt is downloading: each is refused by
    ``Disallow: /``. Scrapy 2.19's middleware hands the parser to the first waiter only -- the others
    get None, "allowed", and were fetched."""
    from tools.devserver import FaultPlan

    root = site(tmp_path / "site", {"robots.txt": b"User-agent: *\nDisallow: /\n"})
    (tmp_path / "waiters.py").write_text(WAITERS_SPIDER)
    log = tmp_path / "access.jsonl"
    stats_path = tmp_path / "stats.json"
    with PortalServer(root, access_log=log, faults=FaultPlan(slow_ms=400)) as server:
        proc = subprocess.run([str(Path(sys.executable).with_name("scrapy")), "runspider", str(tmp_path / "waiters.py"),
                               "-a", f"base={server.url}", "-s", f"AUTOPARTS_STATS_PATH={stats_path}", *FAST],
                              cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    stats = json.loads(stats_path.read_text())
    assert fetched(log) == ["/robots.txt"]
    assert stats["robotstxt/forbidden"] == stats["waiters/failed"] == 6
    assert "waiters/fetched" not in stats


# --- in process: the decoder and the outcomes no test server produces ---------------------------
def gz(data: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, 31)
    return packer.compress(data) + packer.flush()


def raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


RULES = b"User-agent: *\nDisallow: /news/\n"


@pytest.mark.parametrize(("body", "encodings", "want"), [
    (gz(RULES), [b"gzip"], (RULES, False)),
    (zlib.compress(RULES), [b"deflate"], (RULES, False)),
    (raw_deflate(RULES), [b"deflate"], (RULES, False)),
    (gz(RULES[:10]) + gz(RULES[10:]), [b"x-gzip"], (RULES, False)),  # two gzip members
    (gz(gz(RULES)), [b"gzip", b"gzip"], (RULES, False)),
    (gz(RULES + b"#" * 5000), [b"gzip"], ((RULES + b"#" * 5000)[:100], True)),  # inflates past the cap
    (b"not compressed at all", [b"gzip"], None),
    (gz(RULES), [b"br"], None),
])
def test_inflate_prefix(body, encodings, want):
    from autoparts_crawler.downloadermiddlewares.robots import inflate_prefix

    assert inflate_prefix(body, encodings, 100) == want


def test_inflate_prefix_of_a_cut_stream():
    """A gzip body cut by the transfer cap inflates to its start."""
    from autoparts_crawler.downloadermiddlewares.robots import inflate_prefix

    text = RULES * 400
    packed = zlib.compress(text, 1)
    got = inflate_prefix(packed[: len(packed) // 2], [b"deflate"], 10_000)
    assert got is not None and not got[1] and 0 < len(got[0]) < len(text) and text.startswith(got[0])


def decide(answer, url: str = "http://h.example/news/1.html") -> tuple[bool, dict]:
    """Run the middleware in process with ``answer(request)`` as the download: allowed?, robots stats."""
    import asyncio
    from types import SimpleNamespace

    from scrapy import Request
    from scrapy.exceptions import IgnoreRequest
    from scrapy.utils.test import get_crawler

    from autoparts_crawler.downloadermiddlewares.robots import SafeRobotsTxtMiddleware

    crawler = get_crawler(settings_dict={"ROBOTSTXT_OBEY": True, "AUTOPARTS_ROBOTSTXT_MAXSIZE": 100})
    crawler.stats.open_spider()
    middleware = SafeRobotsTxtMiddleware(crawler)

    async def download_async(request):
        response = answer(request)
        middleware._response_downloaded(response, request)  # what the downloader signals
        return response

    crawler.engine = SimpleNamespace(download_async=download_async)

    async def run() -> bool:
        try:
            await middleware.process_request(Request(url))
        except IgnoreRequest:
            return False
        return True

    allowed = asyncio.run(run())
    stats = {k.removeprefix("autoparts/robots/"): v for k, v in crawler.stats.get_stats().items()
             if k.startswith("autoparts/robots/")}
    return allowed, stats


def answer_with(status: int, body: bytes = b"", headers: dict | None = None, flags: list | None = None):
    from scrapy.http import TextResponse

    def answer(request):
        return TextResponse(request.url, status=status, body=body, headers=headers, flags=flags, request=request)
    return answer


def failing(exc: Exception):
    def answer(request):
        raise exc
    return answer


def test_outcomes_without_a_server():
    from scrapy.exceptions import IgnoreRequest
    from twisted.internet.error import TCPTimedOutError

    assert decide(failing(TCPTimedOutError())) == (False, {"unreachable": 1, "unreachable_error": 1,
                                                          "disallow_all": 1})
    assert decide(answer_with(429)) == (False, {"unreachable": 1, "unreachable_429": 1, "disallow_all": 1})
    assert decide(answer_with(403, b"User-agent: *\nDisallow: /\n")) == (True, {"unavailable_4xx": 1})
    assert decide(failing(IgnoreRequest("max redirections reached"))) == (True, {"redirect_limit": 1})
    # cut at the cap: the rules of the first 100 bytes, the cut line dropped
    cut = RULES + b"Disallow: /hangye/" + b"x" * 200
    assert decide(answer_with(200, cut, flags=["download_stopped"])) == (False, {"fetched": 1, "too_large": 1})
    assert decide(answer_with(200, cut), "http://h.example/hangye/1.html")[0]  # "/hangye/xxx..." was cut
    # no rule in the first 100 bytes of a body over the cap, or an encoding we do not read: all disallowed
    assert decide(answer_with(200, b"#" * 300), "http://h.example/a.html") == (
        False, {"fetched": 1, "too_large": 1, "unparseable": 1, "disallow_all": 1})
    assert decide(answer_with(200, gz(RULES), {"Content-Encoding": "br"}), "http://h.example/a.html") == (
        False, {"fetched": 1, "undecodable": 1, "unparseable": 1, "disallow_all": 1})
    assert decide(answer_with(200, gz(RULES), {"Content-Encoding": "gzip"}), "http://h.example/a.html") == (
        True, {"fetched": 1})

"""DEPTH_LIMIT counts navigation hops: a 12-page channel and a split article at its end are complete."""

from __future__ import annotations

import json

import pytest

from tests.conftest import REFERENCE_TIME, read_jsonl, run_scrapy
from tests.hostile_sites import article_html, list_html, write_tree
from tools.devserver import PortalServer

pytestmark = pytest.mark.e2e
LIST_PAGES = 12


def channel() -> dict[str, bytes]:
    """/news/list_1..12.html, two articles each (next page: 下一页); the last article is in 2 pages."""
    pages: dict[str, bytes] = {}
    for n in range(1, LIST_PAGES + 1):
        ids = (5000 + 2 * n, 5001 + 2 * n)
        nxt = f'<div class="pager"><a href="list_{n + 1}.html">下一页</a></div>' if n < LIST_PAGES else ""
        pages[f"news/list_{n}.html"] = list_html([(f"show-{i}.html", f"第{i}号新闻") for i in ids], nxt).encode()
        for i in ids:
            paragraphs = [f"第{i}号新闻正文，汽车零部件行业。", "第二段内容。"]
            html = article_html(f"第{i}号新闻", paragraphs, '<meta charset="utf-8">')
            if i == 5001 + 2 * LIST_PAGES:  # split article: page 2 linked by 下一页
                pager = f'<div class="pages"><a class="next" href="show-{i}_2.html">下一页</a></div>'
                html = html.replace("\n</div></div>", f"\n{pager}\n</div></div>", 1)  # inside #content
                pages[f"news/show-{i}_2.html"] = article_html(
                    f"第{i}号新闻", ["第二页的正文段落，汽车零部件。"], '<meta charset="utf-8">').encode()
            pages[f"news/show-{i}.html"] = html.encode()
    pages["robots.txt"] = b"User-agent: *\nAllow: /\n"
    return pages


def test_pagination_and_continuations_are_not_cut_by_depth(tmp_path):
    write_tree(tmp_path / "site", channel())
    out = tmp_path / "out.jsonl"
    with PortalServer(tmp_path / "site") as server:
        proc = run_scrapy(["crawl", "portal", "-a", "site=sample", "-a", f"start_url={server.url}news/list_1.html", "-O", str(out),
                           "-s", "DEPTH_LIMIT=2", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
                           "-s", f"AUTOPARTS_REFERENCE_TIME={REFERENCE_TIME}",
                           "-s", f"AUTOPARTS_STATS_PATH={tmp_path / 'stats.json'}"])
    assert proc.returncode == 0, proc.stderr[-2000:]
    records = read_jsonl(out)
    assert len(records) == 2 * LIST_PAGES, sorted(r["url"] for r in records)
    split = [r for r in records if len(r["crawl"]["pages"]) == 2]
    assert len(split) == 1 and "第二页的正文段落" in split[0]["body_text"]
    stats = json.loads((tmp_path / "stats.json").read_text())
    assert stats["autoparts/limits/same_depth"] >= LIST_PAGES  # 11 next pages + 1 continuation
    assert stats.get("depth/request_ignored_count", 0) == stats.get("autoparts/limits/depth_skipped", 0)


def test_a_continuation_the_crawl_will_not_fetch_is_an_incomplete_article_reject(tmp_path):
    """Page 2 of an article on another host (not an allowed domain): the first page is still a record,
    and the page not fetched is an ``incomplete_article`` reject naming why, never silence."""
    pages = {"robots.txt": b"User-agent: *\nAllow: /\n"}
    ids = (7001, 7002, 7003, 7004, 7005)
    pages["news/list_1.html"] = list_html([(f"show-{i}.html", f"第{i}号新闻：汽配市场观察") for i in ids]).encode()
    for i in ids:
        html = article_html(f"第{i}号新闻：汽配市场观察", [f"第{i}号新闻正文，汽车零部件行业。", "第二段内容。"],
                            '<meta charset="utf-8">')
        if i == 7003:
            pager = f'<div class="pages"><a class="next" href="http://localhost:{{port}}/news/show-{i}_2.html">下一页</a></div>'
            html = html.replace("\n</div></div>", f"\n{pager}\n</div></div>", 1)
        pages[f"news/show-{i}.html"] = html.encode()
    write_tree(tmp_path / "site", pages)
    out, log = tmp_path / "out.jsonl", tmp_path / "access.jsonl"
    with PortalServer(tmp_path / "site", access_log=log) as server:
        port = server.url.rstrip("/").rsplit(":", 1)[1]
        page = tmp_path / "site" / "www" / "news" / "show-7003.html"
        page.write_text(page.read_text(encoding="utf-8").replace("{port}", port), encoding="utf-8")
        proc = run_scrapy(["crawl", "portal", "-a", "site=sample", "-a", f"start_url={server.url}news/list_1.html", "-O", str(out),
                           "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
                           "-s", f"AUTOPARTS_REFERENCE_TIME={REFERENCE_TIME}",
                           "-s", f"AUTOPARTS_STATS_PATH={tmp_path / 'stats.json'}"])
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert sorted(r["url"].rsplit("/", 1)[1] for r in read_jsonl(out)) == [f"show-{i}.html" for i in ids]
    [reject] = [r for r in read_jsonl(tmp_path / "out.rejects.jsonl") if r["reason"] == "incomplete_article"]
    assert reject["url"] == f"http://localhost:{port}/news/show-7003_2.html"
    assert "page 2 of" in reject["detail"] and "not_followed" in reject["detail"]
    stats = json.loads((tmp_path / "stats.json").read_text())
    assert stats["autoparts/articles/continuation_not_fetched/not_followed"] == 1
    assert not any("7003_2" in e["path"] for e in read_jsonl(log))

"""Navigation of a site the classifier only half understands, through a real ``scrapy crawl``: a home
page of cards (neither article nor list) still leads to the site, an article reached only from its
neighbour's 下一篇 link is crawled, and print views are never requested."""

from __future__ import annotations

import json

import pytest

from tests.conftest import REFERENCE_TIME, read_jsonl, run_scrapy
from tests.hostile_sites import article_html, list_html, write_tree
from tools.devserver import PortalServer

pytestmark = pytest.mark.e2e

HOME = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>车配新知</title></head><body>'
        '<div class="hero"><p>车配新知：汽车产业链资讯与数据服务平台</p></div>'
        '<div class="cards"><a class="card" href="/channel/parts.html"><span>零部件</span></a>'
        '<a class="card" href="/about.html"><span>关于</span></a><a class="card" href="/channel/"><span>零部件频道</span></a>'
        '<a class="card" href="/tag/shock.html"><span>减震器</span></a>'
        '</div></body></html>')


def site() -> dict[str, bytes]:
    pages = {"robots.txt": b"User-agent: *\nAllow: /\n", "index.html": HOME.encode()}
    titles = {n: f"第{n}号：凯隆活塞发布新一代减震器总成 重量降低三成" for n in range(1, 5)}
    pages["channel/parts.html"] = list_html([(f"/news/{n}.html", titles[n]) for n in (1, 2, 3)]).encode()
    pages["channel/index.html"] = pages["channel/parts.html"]  # the same list under a second URL
    # a tag page listing the same articles, each with its date: another list page, not a copy
    pages["tag/shock.html"] = list_html([(f"/news/{n}.html", titles[n]) for n in (1, 2, 3)]).replace(
        "</a></li>", "</a> <span class=\"date\">2025-06-05</span></li>").encode()
    for n, title in titles.items():
        html = article_html(title, [f"第{n}号新闻正文：凯隆活塞日前发布新一代减震器总成，重量较上一代降低三成。",
                                    "公司表示，新产品将首先配套新能源车型，明年起逐步进入独立售后市场。"],
                            '<meta charset="utf-8">')
        tools = f'<div class="tools">【<a href="/news_print.asp?id={n}">打印</a>】</div>'
        nxt = f'<div class="prenext">下一篇：<a href="/news/{n + 1}.html">{titles[n + 1]}</a></div>' if n < 4 else ""
        pages[f"news/{n}.html"] = html.replace("</body>", tools + nxt + "</body>").encode()
        pages[f"news_print.asp?id={n}"] = html.encode()
    pages["about.html"] = b'<html><head><meta charset="utf-8"><title>About</title></head><body><p>about</p></body></html>'
    return pages


def test_a_card_home_page_and_next_links_lead_to_every_article_and_print_views_are_skipped(tmp_path):
    files = site()
    files["serve.json"] = json.dumps({"query_routes": {"/news_print.asp?id=1": "/news/1.html"}}).encode()
    write_tree(tmp_path / "site", files)
    out, log = tmp_path / "out.jsonl", tmp_path / "access.jsonl"
    with PortalServer(tmp_path / "site", access_log=log) as server:
        proc = run_scrapy(["crawl", "portal", "-a", f"start_url={server.url}", "-O", str(out),
                           "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
                           "-s", f"AUTOPARTS_REFERENCE_TIME={REFERENCE_TIME}"])
    assert proc.returncode == 0, proc.stderr[-2000:]
    paths = sorted(r["url"].split("/", 3)[3] for r in read_jsonl(out))
    assert paths == ["news/1.html", "news/2.html", "news/3.html", "news/4.html"]  # 4: only from 3's 下一篇
    requested = [json.loads(line)["path"] for line in log.read_text(encoding="utf-8").splitlines()]
    assert not [p for p in requested if "print" in p]
    rejects = {r["url"].split("/", 3)[3]: r["reason"] for r in read_jsonl(out.with_name("out.rejects.jsonl"))}
    assert rejects[""] == "not_article"  # the home page: a reject, and still the way in
    # the list under two URLs: its entries once, the second copy a reject (no page ends silently)
    listings = read_jsonl(out.with_name("out.listings.jsonl"))
    by_list: dict[str, list[str]] = {}
    for e in listings:
        by_list.setdefault(e["list_url"].split("/", 3)[3], []).append(e["url"].split("/", 3)[3])
    channel = [u for u in by_list if u.startswith("channel/")]
    assert len(channel) == 1 and by_list[channel[0]] == ["news/1.html", "news/2.html", "news/3.html"]
    # the tag page shows the same entries with dates: its own list page, with its own entries
    assert by_list["tag/shock.html"] == ["news/1.html", "news/2.html", "news/3.html"]
    assert {e["published_date"] for e in listings if e["list_url"].endswith("tag/shock.html")} == {"2025-06-05"}
    assert sorted(u for u, reason in rejects.items() if reason == "duplicate_list_page") in (
        ["channel/"], ["channel/parts.html"])

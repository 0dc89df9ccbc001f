"""Profile induction (autoparts_crawler.induction): URL shapes, timezone, selectors learned from a
synthetic site's pages and checked against the generic extractor."""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article
from autoparts_crawler.induction import induce_profile, profile_toml
from autoparts_crawler.induction.induce import timezone_of
from autoparts_crawler.induction.urls import learn_patterns, url_shape
from autoparts_crawler.sites import SiteProfile, parse_profile

BASE = "http://www.example-parts.test"
SENTENCES = ["今年以来，国内汽车零部件企业加快布局新能源配套业务，订单同比增长明显。",
             "业内人士表示，随着整车价格竞争加剧，零部件供应商的成本压力持续上升。",
             "该公司负责人介绍，新工厂投产后将新增年产能约两百万套，主要供应华东地区主机厂。",
             "据了解，项目总投资约五亿元，预计明年第二季度完成设备安装并开始试生产。",
             "分析人士认为，行业集中度将进一步提高，具备技术优势的企业有望扩大市场份额。"]
AUTHORS = ["张伟", "李娜", "王磊", "刘洋", "陈静", "杨帆", "赵敏", "黄强", "周婷", "吴刚", "徐亮", "孙悦"]


def article_html(n: int) -> str:
    paras = "".join(f"<p>{SENTENCES[(n + i) % 5]}第{n}篇第{i}段。</p>" for i in range(4))
    author = f'<span class="writer">作者：{AUTHORS[n]}</span>' if n % 4 else ""
    related = "".join(f'<li class="ri"><a href="/news/{m}.html">相关报道标题第{m}号 零部件企业扩产</a>'
                      f'<span class="rd">2025-0{1 + m % 8}-1{m % 9}</span></li>' for m in range(n + 1, n + 5))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>第{n}号新闻标题 零部件企业扩产_示例网</title></head>
<body><div class="top"><a href="/">首页</a> <a href="/news/list_1.html">新闻</a> <a href="/about.html">关于</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/list_1.html">行业新闻</a> &gt; 正文</div>
<div class="main"><div class="post">
<h1 class="headline">第{n}号新闻标题 零部件企业扩产</h1>
<div class="info"><span class="when">2025-03-{10 + n} 09:{10 + n}</span> <span class="from">来源：示例日报</span> {author}</div>
<div class="text">{paras}<div class="inad">扫码关注示例网公众号，获取更多行业资讯</div></div>
<div class="rel"><h3>相关新闻</h3><ul class="rl">{related}</ul></div>
</div></div><div class="foot">Copyright 示例网 版权所有 京ICP备00000000号</div></body></html>"""


def list_html(n: int) -> str:
    items = "".join(f'<li><a class="lt" href="/news/{m}.html">第{m}号新闻标题 零部件企业扩产</a><span>2025-03-{10 + m}</span></li>'
                    for m in range(n * 6, n * 6 + 6))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>新闻列表_示例网</title></head>
<body><div class="top"><a href="/">首页</a></div><div class="main"><ul class="newslist">{items}</ul>
<div class="pg"><a href="/news/list_{n}.html">上一页</a> <a href="/news/list_{n + 2}.html">下一页</a></div></div>
</body></html>"""


def site_pages(articles: int = 12, lists: int = 4) -> list[tuple[str, str]]:
    pages = [(f"{BASE}/news/{n}.html", article_html(n)) for n in range(articles)]
    return pages + [(f"{BASE}/news/list_{n + 1}.html", list_html(n)) for n in range(lists)]


@pytest.mark.parametrize("url, shape", [
    ("http://h/news/show-1005.html", r"/news/show-\d+\.html$"),
    ("http://h/news/show-1005_2.html", r"/news/show-\d+_\d+\.html$"),
    ("http://h/hangye/2024/0530/1003.html", r"/hangye/\d{4}/\d{4}/\d+\.html$"),
    ("http://h/a/20240530/12.html", r"/a/\d{8}/\d+\.html$"),
    ("http://h/forum.php?mod=viewthread&tid=12", r"/forum\.php\?(?=(?:[^#]*&)?mod=viewthread(?:&|#|$))(?=(?:[^#]*&)?tid=\d+(?:&|#|$))(?:[^&#]*&){1}[^&#]*(?:#|$)"),
    ("http://h/", r"/$"),
])
def test_url_shape(url, shape):
    assert url_shape(url) == shape


def test_patterns_generalize_channels_but_never_match_another_kind():
    kinds = [("http://h/news/show-1.html", "article"), ("http://h/auto/show-2.html", "article"),
             ("http://h/news/list_1.html", "list"), ("http://h/auto/list_2.html", "list"),
             ("http://h/news/show-1_2.html", "continuation"), ("http://h/about/show-9.html", "other")]
    got = learn_patterns(kinds)
    assert got["list"] == [r"/[^/]+/list_\d+\.html$"]
    # /[^/]+/show-\d+ would also match the "other" page: the channels stay literal
    assert got["article"] == [r"/auto/show-\d+\.html$", r"/news/show-\d+\.html$"]
    assert got["continuation"] == [r"/news/show-\d+_\d+\.html$"]


def test_file_urls_are_shaped_below_the_site_folder():
    kinds = [("file:///srv/copy/www/news/1.html", "article"), ("file:///srv/copy/www/news/2.html", "article"),
             ("file:///srv/copy/www/index.html", "list")]
    assert learn_patterns(kinds) == {"article": [r"/news/\d+\.html$"], "list": [r"/index\.html$"]}


def test_timezone_from_explicit_offsets():
    assert timezone_of(["<time datetime='2025-03-01T10:00:00+09:00'>"] * 3 + ["2025-03-01 10:00+08:00"])[0] \
        == "Etc/GMT-9"
    assert timezone_of(["2025-03-01T10:00:00+08:00"])[0] == "Asia/Shanghai"
    assert timezone_of(["2025-03-01 10:00"])[0] == "Asia/Shanghai"


def test_induced_selectors_agree_with_generic_extractor():
    induction = induce_profile(site_pages(), "example", start_url=f"{BASE}/")
    profile = induction.profile
    art = profile.article
    assert art.title == "h1.headline"
    assert art.body == "div.text" and art.body_exclude == ["div.inad"]
    assert art.published == "span.when"
    assert art.source == "span.from"
    # the author is on 9 of 12 pages: >= 8 pages where it matched, all agreeing
    assert art.author == "span.writer"
    assert profile.coverage.pages == 12
    assert profile.coverage.fields["title"] == 1.0 and profile.coverage.fields["author"] == 0.75
    assert profile.related.item == "li.ri" and profile.related.date == "span.rd"
    assert profile.list.article_links and "lt" in str(profile.list.article_links)
    assert profile.urls.article == [r"/news/\d+\.html$"] and profile.urls.list == [r"/news/list_\d+\.html$"]
    assert profile.allowed_domains == ["www.example-parts.test"]
    # the category: the generic extractor reads the breadcrumb; nothing else agrees with it
    for url, html in site_pages()[:12]:
        assert extract_article(html, url).model_dump(exclude={"site", "crawl", "fetched_at"}) == _with(
            profile, html, url)


def _with(profile: SiteProfile, html: str, url: str) -> dict:
    from autoparts_crawler.extract import extract_raw
    from autoparts_crawler.records.build import build_record
    from autoparts_crawler.records.context import PageContext

    raw = extract_raw(html, url, profile)
    ctx = PageContext(url=url, site="example", fetched_at=_anchor(), pages=(url,))
    return build_record(raw, ctx).model_dump(exclude={"site", "crawl", "fetched_at"})


def _anchor():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo("Asia/Shanghai"))


def test_too_few_pages_leave_fields_generic():
    induction = induce_profile(site_pages(articles=6, lists=1), "small", start_url=f"{BASE}/")
    assert induction.profile.article.title is None and induction.profile.article.body is None
    assert induction.fields["article.title"].kept is False
    assert induction.profile.coverage.fields == {}


def test_toml_round_trip_with_evidence_comments():
    induction = induce_profile(site_pages(), "example", start_url=f"{BASE}/")
    text = profile_toml(induction)
    assert parse_profile(text, "example.toml") == induction.profile
    assert "# subtitle: not set" in text
    assert "agrees with the generic extractor on 12/12" in text
    assert "[coverage.fields]" in text


def test_profile_without_subtitle_selector_keeps_generic_subtitle():
    html = article_html(3).replace('<div class="info">', '<div class="deck"><p>副标题：产能扩张计划正式公布</p></div><div class="info">')
    url = f"{BASE}/news/3.html"
    generic = extract_article(html, url)
    assert generic.subtitle
    profiled = _with(SiteProfile(name="x", article={"title": "h1.headline"}), html, url)
    assert profiled["subtitle"] == generic.subtitle


def test_profile_without_published_selector_keeps_generic_time_of_day():
    html = article_html(5).replace('<span class="when">2025-03-15 09:15</span>',
                                   '<time datetime="2025-03-15T09:15:00+08:00">2025年3月15日</time>')
    url = f"{BASE}/news/5.html"
    generic = extract_article(html, url)
    assert generic.published_at and generic.published_at.startswith("2025-03-15T09:15")
    profiled = _with(SiteProfile(name="x", article={"title": "h1.headline"}), html, url)
    assert (profiled["published_date"], profiled["published_at"]) == (generic.published_date, generic.published_at)


def test_query_patterns_match_parameters_in_any_order_and_count():
    import re

    kinds = [(f"http://h/portal.php?aid={n}&mod=view", "article") for n in range(5)]
    kinds += [("http://h/list.php?catid=1", "list"), ("http://h/list.php?catid=1&page=3", "other")]
    got = learn_patterns(kinds)
    assert len(got["article"]) == 1 and len(got["list"]) == 1
    assert re.search(got["article"][0], "http://h/portal.php?mod=view&aid=7")
    assert not re.search(got["article"][0], "http://h/portal.php?mod=list&aid=7")
    assert re.search(got["list"][0], "http://h/list.php?catid=2")
    assert not re.search(got["list"][0], "http://h/list.php?catid=2&page=3")  # another parameter set


def test_list_pattern_may_cover_a_sparse_last_page_an_article_pattern_may_not():
    kinds = [("http://h/list.php?c=1&page=2", "list"), ("http://h/list.php?c=2&page=2", "list"),
             ("http://h/list.php?c=1&page=3", "other"),
             ("http://h/show.php?id=1", "article"), ("http://h/show.php?id=2", "article"),
             ("http://h/show.php?id=99999", "other")]
    got = learn_patterns(kinds)
    assert len(got["list"]) == 1 and got["article"] == []


def test_induce_cli_refuses_a_url_it_cannot_crawl(capsys, tmp_path):
    from autoparts_crawler.cli import EXIT_USAGE, main

    assert main(["induce", "ftp://example.com/", "-o", str(tmp_path / "x.toml")]) == EXIT_USAGE
    assert "expected an http(s):// or file:// URL" in capsys.readouterr().err
    assert not (tmp_path / "x.toml").exists()


def test_a_selector_matching_two_nodes_is_not_kept():
    # the same class again, empty, in the footer: "span.from" finds two nodes (whose joined text
    # even equals the generic value); the selector learned is the one under the meta line
    pages = [(u, h.replace('<div class="foot">', '<div class="foot"><span class="from"></span>'))
             for u, h in site_pages()]
    source = induce_profile(pages, "example", start_url=f"{BASE}/").profile.article.source
    assert source and source != "span.from" and "info" in str(source)


def test_induced_coverage_is_what_a_crawl_measures_related_included():
    """[coverage] of an induced profile: per field, the share of sampled article pages where the
    profiled extractor's selector found it (``selector_hits``, what the drift monitor compares),
    the related block included, and a field present on only some pages at its share."""
    from autoparts_crawler.extract import parse_page
    from autoparts_crawler.extraction.analysis import analyze_page
    from autoparts_crawler.extraction.profile import extract_with_profile

    pages = site_pages(articles=12)
    profile = induce_profile(pages, "cov", start_url=f"{BASE}/").profile
    assert profile.related.item and profile.article.author
    hits = [extract_with_profile(analyze_page(parse_page(html, url), url), profile).selector_hits
            for url, html in pages[:12]]
    assert profile.coverage.pages == 12
    assert profile.coverage.fields == {name: round(sum(h[name] for h in hits) / 12, 4) for name in hits[0]}
    assert profile.coverage.fields["related"] == 1.0
    assert profile.coverage.fields["author"] == round(9 / 12, 4)  # a byline on 3 pages of 4
    assert parse_profile(profile_toml(induce_profile(pages, "cov", start_url=f"{BASE}/")),
                         "cov.toml").coverage == profile.coverage


def test_update_replaces_only_the_field_whose_selector_broke():
    from datetime import date

    from autoparts_crawler.induction.update import closed_text, propose_update, summary_lines

    v1 = induce_profile(site_pages(), "upd", start_url=f"{BASE}/").profile
    assert v1.article.published == "span.when"
    redesigned = [(url, html.replace('class="when"', 'class="dt"')) for url, html in site_pages()]
    update = propose_update(v1, induce_profile(redesigned, "upd", start_url=f"{BASE}/", keep_pages=True))
    assert [(c.field, c.old, c.new) for c in update.changes] == [("published", "span.when", "span.dt")]
    v2 = update.profile
    assert v2.version == 2 and v2.coverage.fields["published"] == 1.0
    assert v2.article.model_copy(update={"published": "span.when"}) == v1.article and v2.related == v1.related
    assert summary_lines(update)[0].startswith("published: 'span.when' -> 'span.dt' (old selector matched 0%")
    same = propose_update(v1, induce_profile(site_pages(), "upd", start_url=f"{BASE}/", keep_pages=True))
    assert same.changes == [] and "published" in same.kept
    closed = parse_profile(closed_text(profile_toml(induce_profile(site_pages(), "upd")), 1, date(2026, 1, 2), 2),
                           "upd.v1.toml")
    assert closed.version == 1 and closed.valid_until == date(2026, 1, 2) and closed.article == v1.article

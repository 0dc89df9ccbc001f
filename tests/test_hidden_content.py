"""Hidden elements: display:none is never body; visibility:hidden holding the article is the text a
script reveals (WeChat's #js_content), short hidden blocks stay out (through extract_article)."""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article
from autoparts_crawler.records.rejects import RecordRejected

ARTICLE = "".join(f"<p>第{i}段：钣喷作业必须在密闭的喷烤漆房内进行，废气须经过收集处理后达标排放。对于小型修理厂来说压力最大。</p>"
                  for i in range(1, 5))
PAGE = """<html><head><title>汽修钣喷治理新规</title></head><body><h1>汽修钣喷治理新规</h1>
<p class="meta">2025-05-04 10:20</p>{content}
<div class="share">分享到：微信 微博</div></body></html>"""


@pytest.mark.parametrize(("style", "kept"), [
    ("visibility: hidden;", True),
    ("visibility: hidden; opacity: 0;", True),
    ("display: none;", False),
    ("display:none; visibility:hidden", False),
])
def test_article_container_hidden_by_style(style: str, kept: bool) -> None:
    html = PAGE.format(content=f'<div id="js_content" style="{style}">{ARTICLE}</div><p>正文之外的一句话，并不长。</p>'
                       "<p>另一句正文之外的话。</p><p>第三句也在外面，说明情况。</p>")
    try:
        record = extract_article(html, "http://mp.example.cn/s/abc")
    except RecordRejected:  # no body left: a reject
        assert not kept
        return
    assert ("第1段" in record.body_text) is kept


def test_short_block_hidden_by_visibility_stays_out() -> None:
    html = PAGE.format(content=f'<div class="c">{ARTICLE}<p style="visibility:hidden">隐藏的提示：请关注公众号。</p></div>')
    record = extract_article(html, "http://mp.example.cn/s/abc")
    assert "第4段" in record.body_text
    assert "隐藏的提示" not in record.body_text


@pytest.mark.parametrize(("css", "hidden"), [
    (".note, .x { display: none }", {"note", "x"}),
    (".a{color:red}.b{DISPLAY : NONE !important}", {"b"}),
    (".tip{visibility:hidden}.v{visibility:visible}", {"tip"}),
    (".c{content:'→ 更多'}.d{display:none}", {"d"}),  # non-ASCII before the rule: positions still right
    ("@media (max-width:600px){.m{display:none}}.n{display:none}", {"n"}),  # responsive: not hidden
    ("@media (min-width:1em){.m{display:none}@supports (width:1vw){.s{left:0}}}.n{display:none}", {"n"}),
    ("div.x{display:none}.y .z{display:none}", set()),  # only plain class selectors
    ("", set()),
])
def test_stylesheet_hidden_classes(css: str, hidden: set[str]) -> None:
    from parsel import Selector

    from autoparts_crawler.extraction.blocks import stylesheet_hidden_classes

    root = Selector(text=f"<html><head><style>{css}</style></head><body><p>x</p></body></html>").root
    assert stylesheet_hidden_classes(root) == hidden


def test_the_rest_of_a_lazy_loading_article_in_noscript_is_text_and_a_pixel_is_not() -> None:
    """<noscript> holding paragraphs (the text a lazy-loading page gives readers without JavaScript)
    is the article's; one holding a tracking pixel or an "enable JavaScript" line is not."""
    from autoparts_crawler.extract import extract_article

    first = "".join(f"<p>第{i}段：公司获得一家欧洲商用车企业的气压盘式制动器项目定点，项目生命周期五年。</p>" for i in range(1, 4))
    html = ("<html><head><meta charset='utf-8'><title>制动盘企业获海外定点</title></head><body><h1>制动盘企业获海外定点</h1>"
            "<div class='info'>2026-11-27 10:26 来源：某财经</div><div class='content'>" + first
            + "<div class='lazy' data-src='/api/rest'><noscript><p>有券商分析认为，盘式制动器对鼓式制动器的替代仍在加速。</p>"
              "</noscript></div><noscript><img src='/px.gif'>请启用JavaScript</noscript></div></body></html>")
    rec = extract_article(html.encode(), "https://fin.example.cn/a/1.html", fetched_at="2026-11-28T10:00:00+08:00")
    assert rec.body_text.endswith("有券商分析认为，盘式制动器对鼓式制动器的替代仍在加速。")
    assert "JavaScript" not in rec.body_text

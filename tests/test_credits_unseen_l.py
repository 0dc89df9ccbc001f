"""Credits on layouts met in held-out zoo L (rewritten as own small pages, none copied): a
publisher naming itself "this" (来源：本会), a name and a date joined by a dot (X·05-01 14:11), an
anonymous 作者 run together with the next field.

Through the public ``extract_article``.
"""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article

FETCHED = "2026-06-30T09:00:00+08:00"
BODY = "".join(
    f"<p>第{i}段：今年以来，本地汽车零部件企业的订单持续增长，热管理和底盘部件的出口增幅尤其明显，企业正在扩充产能。</p>"
    for i in range(1, 5)
)


def record(meta: str, after: str = ""):
    html = ("<html><head><meta charset='utf-8'><title>零部件企业订单持续增长</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a></div>"
            f"<h1>零部件企业订单持续增长</h1><div class='info'>{meta}</div>"
            f"<div class='content'>{BODY}{after}</div></body></html>")
    return extract_article(html.encode(), "https://www.assoc.example.cn/news/2026/0624/1.html", fetched_at=FETCHED)


@pytest.mark.parametrize("name", ["本会", "本刊", "本中心"])
def test_a_publisher_naming_itself_this_is_no_source(name: str) -> None:
    assert record(f"发布日期：2026-06-24 来源：{name}").source is None


@pytest.mark.parametrize(("meta", "source"), [
    # a person's name dotted to the date is no medium (too short for one, once the dot is gone)
    ("<a href='/user/80211'>钟听雨</a><span>·06-24 14:11</span>", None),
    # a medium's name dotted to the date is, without the dot
    ("<a href='/user/80212'>汽车制造参考</a><span>·06-24 14:11</span>", "汽车制造参考"),
])
def test_a_name_dotted_to_the_date(meta: str, source: str | None) -> None:
    assert record(meta).source == source


def test_an_anonymous_author_run_together_with_the_next_field_credits_nobody() -> None:
    meta = "<span>发布时间：2026/06/24 08:36</span><span>来源：汽配商情</span><span>作者：佚名</span><span>浏览量：<em>1,885</em></span>"
    rec = record(meta, after="<p>（编辑：王晓峰）</p>")
    assert (rec.author, rec.editor, rec.source) == (None, "王晓峰", "汽配商情")


def test_a_two_phrase_sub_heading_after_the_first_paragraph_is_no_byline() -> None:
    """抓项目 强支撑 (two three-character phrases, as a county news site heads its sections) below the
    text's first paragraph reads like two names, but the text has begun: no author."""
    html = ("<html><head><meta charset='utf-8'><title>县汽配产业集群入选省级名单</title></head><body>"
            "<div class='header'><h1 class='logo'><a href='/'>县融媒体中心</a></h1></div>"
            "<div class='nav'><ul><li><a href='/'>首页</a></li><li><a href='/news/'>要闻</a></li>"
            "<li><a href='/econ/'>产业经济</a></li><li><a href='/town/'>乡镇动态</a></li></ul></div>"
            "<div class='position'>当前位置：<a href='/'>首页</a> &gt; <a href='/news/'>要闻</a> &gt; 正文</div>"
            "<div class='article'><h2 class='arti-title'>县汽配产业集群入选省级名单</h2><div class='info'><span>来源：澈北日报</span>"
            "<span>发布时间：2026-01-18 18:20</span></div><div class='content'>"
            "<p>今年以来，全县汽车零部件产业完成产值18.6亿元，同比增长48%，带动周边群众就业。</p>"
            "<p style='text-align: center;'><strong><span style='color: rgb(192, 0, 0);'>抓项目 强支撑</span></strong></p>"
            + BODY + "</div></div><div class='side'><h3>热点</h3><ul>" + "".join(
                f"<li><a href='/p/{n}.html'>第{n}条乡镇汽配产业动态新闻标题</a></li>" for n in range(1, 7))
            + "</ul></div></body></html>")
    rec = extract_article(html.encode(), "https://www.county.example.cn/p/4411724.html", fetched_at=FETCHED)
    assert rec.author is None

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

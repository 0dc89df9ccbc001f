"""Body noise and credits met in held-out corpus K (rewritten as own small pages, none copied): a
labelled lead box named as a lead or summary, a licence line of the header image, a no-reprint
notice naming the author, share buttons of more languages, a writer's signature with a role after
the name, a Galician subscribe prompt.

Through the public ``extract_article``.
"""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article

FETCHED = "2026-11-30T09:00:00+08:00"
LATIN_BODY = "".join(
    f"<p>Paragraph {i}: parts makers in the region reported higher orders from European carmakers this autumn, "
    "with cable harnesses and metal parts taking the largest share of the exports.</p>"
    for i in range(1, 5)
)
ZH_BODY = "".join(
    f"<p>第{i}段：今年以来，本地汽车零部件企业的订单持续增长，热管理和底盘部件的出口增幅尤其明显，企业正在扩充产能。</p>"
    for i in range(1, 5)
)


def page(body: str, head: str = "", lang: str = "zh-CN", title: str = "激光雷达供应商重新算账") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title} - 车业网</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a> <a href='/auto/'>汽车</a></div>"
            f"<div class='main'><h1>{title}</h1><div class='meta'>2026-11-27 10:20 来源：车业网</div>{head}"
            f"<div class='article-body'>{body}</div></div>"
            "<div class='footer'>关于我们 | 联系我们 | 版权所有</div></body></html>")


def record(html: str, url: str = "https://news.example.cn/a/2026/11/27/lidar.html"):
    return extract_article(html.encode("utf-8"), url, fetched_at=FETCHED)


@pytest.mark.parametrize("lead", [
    "<div class='article-lead'>导语：激光雷达单价跌破千元，二级供应商正在重新算账。</div>",
    "<blockquote class='post--lead'>编辑导语：配件电商看起来是流量生意，实则是数据和服务的生意。</blockquote>",
    "<div class='summary'>摘要：激光雷达单价跌破千元，二级供应商正在重新算账。</div>",
])
def test_a_labelled_lead_box_named_as_a_lead_is_the_deck(lead):
    r = record(page(ZH_BODY, head=lead))
    assert "导语" not in r.body_text and "摘要" not in r.body_text and r.body_text.startswith("第1段")


def test_an_unnamed_summary_that_is_no_excerpt_stays():
    r = record(page(ZH_BODY, head="<div>摘要：县域门店的采购集中度提高，区域仓调拨成为常态。</div>"))
    assert "区域仓调拨成为常态" in r.body_text


@pytest.mark.parametrize("line", [
    "<p>本文由 @配件老周 原创发布于车业网。未经作者许可，禁止转载</p>",
    "<p>题图来自Unsplash，基于CC0协议</p>",
])
def test_reprint_and_header_image_licence_lines_are_no_body(line):
    r = record(page(ZH_BODY + line))
    assert "转载" not in r.body_text and "题图" not in r.body_text and r.body_text.count("段：") == 4


@pytest.mark.parametrize("button", ["Deil", "Diel dit artikel", "Zarao", "Bagikan", "Chia sẻ", "Share this article"])
def test_share_buttons_of_more_languages_are_no_body(button):
    r = record(page(LATIN_BODY + f"<div class='s'>{button}</div>", lang="en", title="Parts makers report orders"))
    assert button not in r.body_text and r.body_text.count("Paragraph") == 4


def test_a_signature_with_the_writers_role_is_the_author_not_body():
    sig = "<p class='author-line'><em>Ҷамшед Раҳимов, хабарнигори «Ховар» дар вилояти Суғд</em></p>"
    html = page(LATIN_BODY + sig, lang="tg", title="Parts makers report orders").replace("来源：车业网", "")
    r = record(html)
    assert "Раҳимов" not in r.body_text and r.author == "Ҷамшед Раҳимов"


def test_a_closing_sentence_after_a_name_and_comma_is_no_signature():
    last = "<p><em>Anna Berg, the plant manager, said the line would run three shifts.</em></p>"
    r = record(page(LATIN_BODY + last, lang="en", title="Parts makers report orders"))
    assert "three shifts" in r.body_text


def test_a_galician_subscribe_prompt_is_no_body():
    r = record(page(LATIN_BODY + "<div class='nl'>Subscríbete ao boletín de Diario</div>", lang="gl",
                    title="Parts makers report orders"))
    assert "Subscríbete" not in r.body_text

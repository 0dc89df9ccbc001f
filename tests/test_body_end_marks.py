"""Lines that open or close an article's text without being part of it, in shapes held-out corpus
D showed (rewritten as own small pages): a read-on-your-phone prompt beside a QR code in a tool row,
a tip prompt ending on its e-mail address, a wire's end mark and bracketed credits, a production
credit over a feature, a reporter's dateline credit, a paywall line of a Japanese or Chinese site.

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


def page(body: str, lang: str = "en", title: str = "Parts makers report higher orders", after: str = "") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title} - Daily</title></head><body>"
            "<div class='nav'><a href='/'>Home</a> <a href='/biz/'>Business</a> <a href='/auto/'>Auto</a></div>"
            f"<div class='main'><h1>{title}</h1><div class='article-body'>{body}</div>{after}</div>"
            "<div class='footer'>About | Contact | Copyright 2026 Daily</div></body></html>")


def record(html: str, url: str = "https://news.example.com/biz/2026/11/27/parts-orders.html"):
    return extract_article(html.encode("utf-8"), url, fetched_at=FETCHED)


@pytest.mark.parametrize("tools", [
    "<div class='tools'><a href='javascript:print()'>【打印本页】</a> <a>【关闭窗口】</a> "
    "<span class='qr'><img src='/qr.png' alt=''>扫一扫在手机打开当前页</span></div>",
    "<div class='tools'><a>【纠错】</a> <span class='qr'>扫一扫，用手机看新闻！</span></div>",
])
def test_a_tool_row_with_a_read_on_your_phone_prompt_is_no_body(tools):
    r = record(page(ZH_BODY + tools, lang="zh-CN", title="零部件企业订单增长"))
    assert r.body_text.count("段：") == 4 and "手机" not in r.body_text and "打印" not in r.body_text


def test_a_sentence_about_reading_on_phones_stays():
    body = ZH_BODY + "<p>调查显示，超过七成的维修技师习惯用手机看新闻和查询配件信息。</p>"
    r = record(page(body, lang="zh-CN", title="零部件企业订单增长"))
    assert "用手机看新闻和查询配件信息" in r.body_text


@pytest.mark.parametrize("line", [
    "<p>Got a tip for us? Email: tips@daily.example</p>",
    "<p>投稿邮箱：news@daily.example.cn</p>",
])
def test_a_line_ending_on_a_labelled_email_address_is_no_body(line):
    r = record(page(LATIN_BODY + line))
    assert "@" not in r.body_text and r.body_text.count("Paragraph") == 4


@pytest.mark.parametrize("tail", [
    "<p>(By Lin Mei and Frank Huang)</p><p>Enditem/ASG</p>",
    "<p>(Reporting by Ana Silva; Editing by Tom Hale)</p>",
    "<p>ENDITEM</p>",
])
def test_wire_end_marks_and_bracketed_credits_are_no_body(tail):
    r = record(page(LATIN_BODY + tail))
    assert r.body_text.count("Paragraph") == 4
    assert "Enditem" not in r.body_text.title() and "By " not in r.body_text and "Reporting" not in r.body_text


def test_a_production_credit_over_a_feature_is_no_body():
    r = record(page("<p>出品 | 车业评论</p><p>策划：林立</p>" + ZH_BODY, lang="zh-CN", title="零部件企业订单增长"))
    assert r.body_text.startswith("第1段") and "出品" not in r.body_text


def test_a_reporters_dateline_credit_opening_the_text_is_no_body():
    body = "<p>【記者林佳蓉／台中報導】</p>" + ZH_BODY
    r = record(page(body, lang="zh-TW", title="車燈大廠擴建新廠"))
    assert r.body_text.startswith("第1段") and "報導" not in r.body_text


@pytest.mark.parametrize("line", [
    "<p>この記事は有料会員限定です。有料会員になると全文をお読みいただけます。</p>",
    "<p>本文为付费会员专享内容，开通会员即可阅读全文。</p>",
])
def test_paywall_lines_of_cjk_sites_are_no_body(line):
    r = record(page(ZH_BODY + line, lang="zh-CN", title="零部件企业订单增长"))
    assert r.body_text.count("段：") == 4 and "会員" not in r.body_text and "会员" not in r.body_text

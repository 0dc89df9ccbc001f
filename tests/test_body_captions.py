"""Image captions and run-together control words are no article text; lines that merely sit near an
image are. Own small pages, through the public ``extract_article``."""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article

PARAS = [
    "今年以来，县域市场的快修门店数量明显增加，连锁品牌加快下沉，单店的配件采购也更加集中。",
    "业内人士认为，门店需要在备货结构上做出调整，常用易损件保持充足库存，低频件则依靠区域仓调拨。",
    "一位门店负责人说，过去一年他们把轮胎和机油的采购集中到两家供应商，采购成本下降了约一成。",
    "专家提醒，门店在压缩库存的同时要关注交付时效，避免因缺件影响客户体验和复购率。",
]
IMG = "<img src='https://img.example.cn/a/1.jpg' alt=''>"


def body(middle: str, header_extra: str = "", paras: list[str] = PARAS) -> str:
    html = ("<html><head><meta charset='utf-8'><title>县域快修门店的备货变化</title></head><body>"
            f"<h1>县域快修门店的备货变化</h1><div class='info'>2024-05-20 08:30 来源：汽配日报 {header_extra}</div>"
            f"<div class='article'><p>{paras[0]}</p><p>{paras[1]}</p>{middle}"
            + "".join(f"<p>{p}</p>" for p in paras[2:]) + "</div></body></html>")
    return extract_article(html.encode("utf-8"), "https://news.example.cn/a/1.html",
                           fetched_at="2026-11-28T10:00:00+08:00").body_text


@pytest.mark.parametrize(("middle", "caption"), [
    # a wrapper of its own: the image and one short line
    (f"<div class='imgbox'>{IMG}<p>某企业的半固态电池中试产线。</p></div>", "中试产线"),
    # centred under a paragraph holding only the image
    (f"<p style='text-align:center'>{IMG}</p><p style='text-align:center'>园区内一家企业的自动化焊装线</p>", "焊装线"),
    # by a caption class name on a paragraph
    (f"<p>{IMG}</p><p class='picText'>园区内一家企业的自动化焊装线</p>", "焊装线"),
    # by its words
    ("<p>图为园区内一家零部件企业的自动化焊装线</p>", "焊装线"),
    ("<p>某电池企业的中试产线。 汽配日报 资料图</p>", "资料图"),
    ("<p>Workers fit brake pads at the plant (Image: ARCHIVE)</p>", "Workers fit"),
])
def test_image_captions_are_no_body(middle: str, caption: str) -> None:
    text = body(middle)
    assert caption not in text and PARAS[1] in text and PARAS[2] in text


@pytest.mark.parametrize("middle", [
    # a sub-heading after an image, in bold
    f"<p style='text-align:center'>{IMG}</p><p style='text-align:center'><strong>二、区域仓成为关键</strong></p>",
    # a paragraph after an image that is not centred
    f"<p>{IMG}</p><p>区域仓成为关键</p>",
    # a sentence in the image's own paragraph (a floated image)
    "<p><img src='x.jpg' align='right'>区域仓成为关键</p>",
])
def test_lines_near_an_image_that_are_no_captions_stay(middle: str) -> None:
    assert "区域仓成为关键" in body(middle)


def test_control_words_written_together_are_no_body() -> None:
    text = body("<p><span>字号</span><span>分享</span></p>")
    assert "字号" not in text


def test_a_paywall_prompt_box_inside_the_text_is_no_body() -> None:
    prompt = "Get the full story from Parts Weekly. Subscribe now for unlimited access."
    text = body(f"<div class='paywall-prompt'><p>{prompt}</p></div>")
    assert prompt not in text and PARAS[2] in text


def test_a_one_paragraph_article_above_its_one_picture_is_text_not_a_caption() -> None:
    """An exhibitor's one-sentence news: the text container holds the sentence and then the picture
    (own page modelled on a trade-show site); a disclaimer note under it is no text either."""
    html = ("<html><head><meta charset='utf-8'><title>滤清器企业参展亮点抢先看</title></head><body>"
            "<div class='crumb'>您的位置：<a href='/'>首页</a> &gt; <a href='/news/'>展商新闻</a> &gt; 正文</div>"
            "<h1>滤清器企业参展亮点抢先看</h1><div class='meta'><span>发布时间：2026-08-28 13:50</span>"
            "<span>浏览次数：<em>3200</em></span></div>"
            "<div class='news-body'><p>8月28日，参展企业表示，希望借助展会平台拓展海外市场和售后渠道。</p>"
            "<p class='img'><img src='/u/1.jpg' alt=''></p></div>"
            "<div class='news-note'>* 本文由参展商提供，内容仅代表参展商观点，组委会不对其真实性负责。</div>"
            "<div class='share'>分享到：<a>微信</a><a>微博</a></div></body></html>")
    rec = extract_article(html.encode(), "https://expo.example.cn/news/1877.html", fetched_at="2026-08-29T10:00:00+08:00")
    assert rec.body_text == "8月28日，参展企业表示，希望借助展会平台拓展海外市场和售后渠道。"
    # the same sentence under its picture is the picture's caption
    html = html.replace("<p>8月28日，参展企业表示，希望借助展会平台拓展海外市场和售后渠道。</p><p class='img'><img src='/u/1.jpg' alt=''></p>",
                        "<p class='img'><img src='/u/1.jpg' alt=''></p><p>图为参展企业展台。</p>"
                        "<p>8月28日，参展企业表示，希望借助展会平台拓展海外市场和售后渠道，并邀请客户到展台参观交流。</p>"
                        "<p>企业负责人说，今年展出的新品覆盖乘用车和商用车，海外订单同比明显增加。</p>")
    assert "图为" not in extract_article(html.encode(), "https://expo.example.cn/news/1878.html",
                                        fetched_at="2026-08-29T10:00:00+08:00").body_text

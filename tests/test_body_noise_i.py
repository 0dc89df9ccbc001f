"""Body noise met in held-out corpus I, second round (rewritten as own small pages, none copied): a follow line
naming a messenger in any language, product and price-enquiry cards inside the text, an author's
statement, a photo credit led by the word for photo in other scripts, a meta row in non-ASCII
digits, a heading over a list of other dated stories inside the article container.

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


def page(body: str, meta: str = "", lang: str = "en", title: str = "Parts makers report higher orders") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title} - Daily</title></head><body>"
            "<div class='nav'><a href='/'>Home</a> <a href='/biz/'>Business</a> <a href='/auto/'>Auto</a></div>"
            f"<div class='main'><h1>{title}</h1><div class='meta'>{meta}</div>"
            f"<div class='article-body'>{body}</div></div>"
            "<div class='footer'>About | Contact | Copyright 2026 Daily</div></body></html>")


def record(html: str, url: str = "https://news.example.com/biz/2026/11/27/parts-orders.html"):
    return extract_article(html.encode("utf-8"), url, fetched_at=FETCHED)


@pytest.mark.parametrize("line", [
    "<div class='tg'>Daily xəbərlərini Telegram-da izləyin</div>",
    "<p>Daily жаңалықтарын Telegram арқылы оқыңыз</p>",
    "<div>Подписывайтесь на наш Телеграм-канал</div>",
    "<p>Volg ons via WhatsApp en Viber</p>",
])
def test_a_short_line_naming_a_messenger_is_a_follow_prompt(line):
    r = record(page(LATIN_BODY + line))
    assert r.body_text.count("Paragraph") == 4
    assert "Telegram" not in r.body_text and "Телеграм" not in r.body_text and "WhatsApp" not in r.body_text


def test_a_sentence_or_list_item_about_a_messenger_stays():
    body = (LATIN_BODY + "<p>Dealers now answer customers on WhatsApp.</p>"
            "<ul><li>Telegram</li><li>Signal</li><li>Email</li></ul>")
    r = record(page(body))
    assert "Dealers now answer customers on WhatsApp." in r.body_text
    assert "Telegram" in r.body_text


@pytest.mark.parametrize("card", [
    "<div class='card'><span>双缸充气泵</span><span>参考价 ￥199</span><a>去购买</a></div>",
    "<div class='car'><div>星河E8</div><div>官方指导价：23.98-29.98万</div><a class='btn'>询底价</a></div>",
    "<div class='supply'><ul><li>陶瓷刹车片 批发 <a>立即询价</a></li><li>刹车盘 全系供货 <a>立即询价</a></li></ul></div>",
])
def test_product_and_price_enquiry_cards_inside_the_text_are_no_body(card):
    half = len(ZH_BODY) // 2
    cut = ZH_BODY.index("<p>", half)
    r = record(page(ZH_BODY[:cut] + card + ZH_BODY[cut:], lang="zh-CN", title="刹车片企业订单增长"))
    assert r.body_text.count("段：") == 4
    for word in ("去购买", "询底价", "立即询价", "参考价", "指导价", "全系供货"):
        assert word not in r.body_text


def test_a_price_in_the_text_without_a_button_stays():
    body = ZH_BODY + "<p>新款售价：12.98万元起</p><ul><li>标准版 12.98万</li><li>长续航版 14.58万</li></ul>"
    r = record(page(body, lang="zh-CN", title="刹车片企业订单增长"))
    assert "新款售价：12.98万元起" in r.body_text and "长续航版 14.58万" in r.body_text


def test_an_authors_statement_is_no_body():
    r = record(page(ZH_BODY + "<p class='declare'>作者声明：本文无商业合作，欢迎理性讨论。</p>", lang="zh-CN",
                    title="刹车片企业订单增长"))
    assert "作者声明" not in r.body_text and r.body_text.count("段：") == 4


@pytest.mark.parametrize("credit", ["ဓာတ်ပုံ - မော်ကွန်း", "Фото — ТАСС", "ảnh: Minh Anh", "फोटो - संग्रह"])
def test_a_credit_led_by_the_word_for_photo_is_no_body(credit):
    body = f"<div class='img'><img src='/a.jpg' alt=''><span class='c'>{credit}</span></div>" + LATIN_BODY
    r = record(page(body))
    assert credit not in r.body_text and r.body_text.count("Paragraph") == 4


def test_a_meta_row_in_myanmar_digits_is_header_not_body():
    html = ("<html lang='my'><head><meta charset='utf-8'><title>ကားအပိုပစ္စည်း တင်သွင်းမှု မြင့်တက် - Eleven</title></head><body>"
            "<div class='wrap'><h1>ကားအပိုပစ္စည်း တင်သွင်းမှု မြင့်တက်</h1>"
            "<div class='meta'><span class='a'>ကျော်ဇင်</span><span class='d'>နိုဝင်ဘာ ၂၇၊ ၂၀၂၆ | ညနေ ၄:၁၅</span></div>"
            + LATIN_BODY + "</div></body></html>")
    r = record(html)
    assert "ကျော်ဇင်" not in r.body_text and "၄:၁၅" not in r.body_text
    assert r.body_text.startswith("Paragraph 1")


def test_a_heading_over_dated_other_stories_inside_the_container_is_no_body():
    tail = ("<div class='latest'><h3>Digər xəbərlər</h3><ul><li><span>13:20</span> Oil prices fall</li>"
            "<li><span>26 noyabr 18:05</span> Car imports rise</li><li>Tyre plant opens<span>Кеше, 16:40</span></li>"
            "</ul></div>")
    r = record(page(LATIN_BODY + tail))
    assert r.body_text.count("Paragraph") == 4
    assert "Digər" not in r.body_text and "Oil prices" not in r.body_text and "Tyre plant" not in r.body_text


def test_a_timetable_list_inside_the_text_stays():
    body = (LATIN_BODY[:len(LATIN_BODY) // 2] + "<h3>Programme</h3><ul><li><span>09:00</span> Opening</li>"
            "<li><span>10:30</span> Panel on supply chains</li><li><span>12:00</span> Lunch</li></ul>"
            + LATIN_BODY[len(LATIN_BODY) // 2:])
    r = record(page(body))
    assert "Panel on supply chains" in r.body_text and r.body_text.count("Paragraph") == 4


def test_a_reported_sentence_about_an_offer_is_text_not_a_promo_line():
    last = "<p>从价格段看，插电混动车型增长最快，多家品牌推出的限时置换补贴对终端拉动明显。</p>"
    r = record(page(ZH_BODY + last, lang="zh-CN", title="刹车片企业订单增长"))
    assert "限时置换补贴" in r.body_text


def test_a_short_offer_line_after_the_text_is_a_promo_line():
    r = record(page(ZH_BODY + "<p>限时福利：到店即送机油一瓶</p>", lang="zh-CN", title="刹车片企业订单增长"))
    assert "限时福利" not in r.body_text and r.body_text.count("段：") == 4


def test_a_sidebar_heading_in_the_texts_layout_row_is_no_body():
    html = ("<html lang='zh-CN'><head><meta charset='utf-8'><title>第9批新车目录发布 挂车居首-专用车网</title></head><body>"
            "<table width='1000'><tr><td class='logo'>专用车网</td><td class='ad'>专用汽车行业门户</td></tr></table>"
            "<table width='1000'><tr><td class='menu'><a>首页</a> | <a>新闻</a> | <a>公告</a> | <a>企业</a></td></tr></table>"
            "<table width='1000'><tr><td width='690' valign='top'><div class='lmdh'>当前位置：首页 &gt; 行业新闻</div>"
            "<div class='bt'>第9批新车目录发布 挂车居首</div>"
            "<div class='xx'>日期：2026年10月12日 星期一　来源：专用车网　作者：林立　点击：<span id='hits'></span></div>"
            "<div class='nr'><p>近日，第9批新车目录发布，本批次共有专用车新产品820款，较上批增长4.1%。</p>"
            "<p>从类别看，数量居前的依次为：</p><p>1. 挂车新产品150款，其中厢式挂车61款；</p><p>2. 自卸车新产品112款；</p>"
            "<p>3. 洒水车、清扫车等环卫车新产品97款；</p><p>4. 油罐车新产品80款。</p>"
            "<p>业内人士认为，物流运力更新和环卫电动化，是这几类新产品持续增多的主要原因。</p></div>"
            "<div class='fy'>【<a>收藏本文</a>】【<a>打印</a>】【<a>关闭</a>】</div></td>"
            "<td width='300' valign='top' class='right'><div class='rt'>目录查询</div><ul><li>第8批目录解读 2026-09-03</li>"
            "<li>第7批目录解读 2026-08-06</li></ul></td></tr></table><div class='bottom'>专用车网 版权所有</div>"
            "</body></html>")
    r = record(html)
    assert "目录查询" not in r.body_text and "解读" not in r.body_text
    assert r.body_text.startswith("近日") and r.body_text.endswith("主要原因。")

"""Pages in the article template that are no article, and an English article dated only by a
month-word line (own small pages modelled on a trade-show site and a site-builder company site):
an exhibitor's or a product's fact sheet under the headline, a page of an about-us section.

Through the classifier every crawled page goes through.
"""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import choose_profile, parse_page
from autoparts_crawler.extraction.analysis import analyze_page
from autoparts_crawler.extraction.profile import page_kind

INTRO = ("<p>公司成立于2002年，现有员工一千余人，主要生产制动总泵、门锁执行器等产品，配套多家整车企业。</p>"
         "<p>公司产品出口至六十多个国家和地区，并通过了IATF 16949质量管理体系认证，研发投入逐年增加。</p>")


def kind(html: str, url: str) -> str:
    page = analyze_page(parse_page(html, url), url)
    return page_kind(page, choose_profile(url, None))


def shell(title: str, main: str, lang: str = "zh-CN") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title} - 汽配展</title></head><body>"
            "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/cn/exhibitors/'>展商名录</a></li>"
            "<li><a href='/cn/news/'>新闻中心</a></li></ul>"
            f"<div class='main'><h1>{title}</h1>{main}</div><div class='footer'>© 2026 会展集团 版权所有</div></body></html>")


def test_an_exhibitor_profile_with_a_fact_table_and_no_date_is_no_article():
    table = ("<table class='info'><tr><th>展位号</th><td>4H-C35</td><th>展馆</th><td>4号馆</td></tr>"
             "<tr><th>展品类别</th><td>汽车电子</td><th>国家/地区</th><td>中国</td></tr></table>")
    assert kind(shell("联晟车灯有限公司", table + "<div>" + INTRO + "</div>"), "http://expo.example.cn/cn/exhibitors/3125.html") == "other"


def test_a_dated_product_sheet_with_a_line_of_prose_is_no_article():
    table = ("<div>发布时间：2026-04-03 12:49:19</div><table><tr><td>产品型号</td><td>LS-H11</td></tr>"
             "<tr><td>适用车型</td><td>岑风T7</td></tr><tr><td>价格</td><td>面议</td></tr></table>"
             "<p>稳定杆连杆采用优质钢材和进口密封件制造，经过29万次耐久试验，装车性能稳定。</p>")
    assert kind(shell("稳定杆连杆", table), "http://www.example.cn/h-pd-17.html") == "other"


def test_a_dated_story_with_a_spec_table_and_its_text_is_an_article():
    story = ("<div>发布时间：2026-04-03 12:49</div><table><tr><td>车型</td><td>岑风T7</td></tr>"
             "<tr><td>售价</td><td>12.98万元</td></tr></table>" + INTRO * 2)
    assert kind(shell("岑风T7上市 售价12.98万元起", story), "http://www.example.cn/news/2026/0403/77.html") == "article"


@pytest.mark.parametrize("path", ["/cn/about/overview.html", "/about-us/history/"])
def test_a_page_of_an_about_us_section_is_no_article(path):
    html = shell("展会概况", "<div>2026-03-01</div><div>" + INTRO * 2 + "</div>")
    assert kind(html, "http://expo.example.cn" + path) == "other"


def test_an_english_story_dated_only_by_a_month_word_line_is_an_article():
    body = "".join(f"<p>Paragraph {i}: the organiser expects buyers from Southeast Asia, the Middle East and "
                   "Latin America, and more than three hundred exhibitors have confirmed.</p>" for i in range(3))
    html = ("<html lang='en'><head><meta charset='utf-8'><title>Booth Bookings Pass 90 Percent</title></head><body>"
            "<ul class='nav'><li><a href='/en/'>Home</a></li><li><a href='/en/news/'>News</a></li></ul>"
            "<div class='detail'><h1>Booth Bookings Pass 90 Percent</h1><div class='meta'><span>Release date: 27 Apr 2026</span></div>"
            f"<div class='body'>{body}</div></div></body></html>")
    assert kind(html, "http://expo.example.cn/en/news/870.html") == "article"


def test_an_undated_story_with_a_data_table_inside_its_text_is_an_article():
    story = ("<div class='bar'>第01版：要闻</div>" + INTRO + "<p>相关数据见下表：</p><table><tr><td>产品</td><td>型号</td>"
             "<td>产量</td><td>增幅</td></tr><tr><td>水箱</td><td>KJ-O88</td><td>484</td><td>-19.9%</td></tr>"
             "<tr><td>离合器</td><td>BD-52K</td><td>687</td><td>+7.6%</td></tr></table>" + INTRO)
    html = shell("重卡工厂二期项目封顶", story).replace("<div class='main'>", "<div class='main'><div>2026年08月31日</div>")
    assert kind(html, "http://paper.example.cn/html/2026-08/31/content_48285.htm") == "article"

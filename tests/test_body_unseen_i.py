"""Body text and fields on layouts met in held-out corpus I (rewritten as own small pages, none
copied): a list the text announces under a furniture class name, zero-width joiners inside the
words of the scripts they shape, a headline in a plain cell under a document title joined to the
site's name by a bare hyphen, a publish time kept in a script variable.

Through the public ``extract_article``.
"""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article

FETCHED = "2026-11-30T09:00:00+08:00"
ZH_PARAS = [
    "今年以来，本地汽车零部件企业的订单持续增长，热管理和底盘部件的出口增幅尤其明显，企业正在扩充产能。",
    "从产品类型看，制动系统和转向部件的增速最快，电子电气部件的占比也在逐月提升，出口结构持续优化。",
    "业内人士认为，年底前海外客户的补库需求仍将支撑订单，但原材料价格波动需要企业保持关注和应对。",
]


def page(body: str, lang: str = "zh-CN", title: str = "零部件企业订单持续增长") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a> <a href='/auto/'>汽车</a></div>"
            f"<div class='main'><h1>{title}</h1><div class='meta'>2026-11-27 10:20</div>"
            f"<div class='article-body'>{body}</div></div>"
            "<div class='footer'>关于我们 | 联系我们 | 版权所有</div></body></html>")


def record(html: str):
    return extract_article(html.encode("utf-8"), "https://news.example.cn/a/2026/1127/1.html", fetched_at=FETCHED)


@pytest.mark.parametrize("cls", ["rank-list", "hot-list", "top10"])
def test_a_list_the_text_announces_is_body_whatever_its_class(cls: str) -> None:
    items = ["第一名：制动卡钳，出口额12亿元", "第二名：转向机，出口额9亿元", "第三名：减振器，出口额7亿元"]
    body = (f"<p>{ZH_PARAS[0]}</p><p>出口额排名前三的产品如下：</p><ul class='{cls}'>"
            + "".join(f"<li>{x}</li>" for x in items) + f"</ul><p>{ZH_PARAS[1]}</p><p>{ZH_PARAS[2]}</p>")
    text = record(page(body)).body_text
    assert all(x in text for x in items), text


def test_a_linked_ranking_box_under_the_text_stays_furniture() -> None:
    """A ranking of links is a sidebar box even after a line ending in a colon (a guard)."""
    box = ("<p>热门排行：</p><ul class='rank-list'>"
           + "".join(f"<li><a href='/a/{i}.html'>排行新闻标题第{i}条的内容</a></li>" for i in range(1, 6)) + "</ul>")
    text = record(page("".join(f"<p>{p}</p>" for p in ZH_PARAS) + box)).body_text
    assert "排行新闻标题" not in text


def test_zero_width_joiners_stay_inside_the_words_they_shape() -> None:
    """Sinhala ප්‍ර and Persian می‌شود keep their joiners (a space would split the word); a stray
    joiner between Chinese characters is dropped."""
    si = "වාහන අමතර කොටස් ආනයනය වැඩිම ප්\u200dරමාණයක් වාර්තා වී ඇත. " * 4
    fa = "قیمت قطعات خودرو در بازار افزایش پیدا می\u200cکند و واردات کاهش می\u200cیابد. " * 4
    assert "ප්\u200dරමාණයක්" in record(page(f"<p>{si}</p><p>{si}</p>", lang="si", title="වාහන අමතර කොටස්")).body_text
    assert "می\u200cکند" in record(page(f"<p>{fa}</p><p>{fa}</p>", lang="fa", title="قیمت قطعات خودرو")).body_text
    zh = ZH_PARAS[0].replace("汽车", "汽\u200d车")
    assert "汽车零部件" in record(page(f"<p>{zh}</p><p>{ZH_PARAS[1]}</p><p>{ZH_PARAS[2]}</p>")).body_text


def test_a_document_title_joined_to_the_declared_site_name_by_a_bare_hyphen() -> None:
    html = ("<html><head><meta charset='utf-8'><title>第9批新车公告发布 冷藏车居首-专用车网</title></head><body>"
            "<table><tr><td class='logo'>专用车网</td></tr></table><div class='lmdh'>当前位置：首页 &gt; 行业新闻</div>"
            "<div class='bt'>第9批新车公告发布 冷藏车居首</div><div class='xx'>日期：2026年11月20日 来源：专用车网</div>"
            "<div class='nr'>" + "".join(f"<p>{p}</p>" for p in ZH_PARAS) + "</div>"
            "<script>var newsTime = \"2026-11-20 10:15:47\";</script></body></html>")
    r = record(html)
    assert r.title == "第9批新车公告发布 冷藏车居首"
    # the day printed, the time of that day from the page's script data
    assert r.published_at == "2026-11-20T10:15:47+08:00"


def test_a_clock_before_its_date_above_the_headline_and_an_ad_label_in_the_text() -> None:
    """``14:25 / 27.11.2026`` over the headline is the shown minute (it beats the meta time's
    seconds-off value); a one-word advertisement label between paragraphs is neither body nor author."""
    paras = [f"Paragraph {i}: a new plant making seat covers and plastic parts opened in the region this week, "
             "with most of its output going to export markets." for i in range(1, 4)]
    html = ("<html lang='uz'><head><meta charset='utf-8'><title>New parts plant opens</title>"
            "<meta property='article:published_time' content='2026-11-27T14:24:51+05:00'></head><body>"
            "<div class='single-header'><div class='meta'><span class='date'>14:25 / 27.11.2026</span>"
            "<span class='views'>4523</span></div><h1>New parts plant opens</h1></div>"
            f"<div class='single-content'><p>{paras[0]}</p><p>{paras[1]}</p><div class='adv'>Reklama</div>"
            f"<p>{paras[2]}</p></div></body></html>")
    r = extract_article(html.encode(), "https://news.example.uz/news/2026/11/27/plant", fetched_at=FETCHED)
    assert r.published_at == "2026-11-27T14:25:00+05:00"
    assert r.author is None
    assert "Reklama" not in r.body_text


@pytest.mark.parametrize("control", ["Rhannu", "Partekatu", "Galerija", "2/5", "Compartir:"])
def test_a_share_or_gallery_control_word_in_any_language_is_no_body(control: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in ZH_PARAS[:2]) + f"<div class='ctl'>{control}</div><p>{ZH_PARAS[2]}</p>"
    assert control not in record(page(body)).body_text


def test_an_update_label_beside_the_date_is_no_source() -> None:
    """27/11/2026 06:00 Actualitzada 27/11/2026 12:31: the Catalan 'updated' is a label, no medium."""
    html = page("".join(f"<p>{p}</p>" for p in ZH_PARAS)).replace(
        "<div class='meta'>2026-11-27 10:20</div>",
        "<div class='date'><time datetime='2026-11-27T06:00:00+01:00'>27/11/2026 06:00</time> "
        "<span class='updated'>Actualitzada 27/11/2026 12:31</span></div>")
    assert record(html).source is None


@pytest.mark.parametrize("noise", [
    "<div class='quote'><span>华宇精工</span><span>(603979)</span> <span>28.46</span> <span>+3.15%</span></div>",
    "<div class='quote'>成交额：4.12亿</div><div class='btn'>查看实时行情</div>",
    "<div class='stock-box'><h4>相关股票</h4><p>宁川汽电 300912 19.87</p></div>",
    "<p class='ly'>[来源：湖南日报]</p>",
    "<div class='baoliao'>我要报料</div>",
    "<div class='wx'>电池网微信公众号：itdcw2008</div>",
    "<p>（转载请豆邮联系作者）</p>",
])
def test_quote_widgets_tip_and_follow_prompts_and_source_lines_are_no_body(noise: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in ZH_PARAS[:2]) + noise + f"<p>{ZH_PARAS[2]}</p>"
    text = record(page(body)).body_text
    for word in ("603979", "成交额", "实时行情", "宁川汽电", "来源：湖南日报", "报料", "itdcw2008", "豆邮"):
        assert word not in text, text
    assert ZH_PARAS[2] in text

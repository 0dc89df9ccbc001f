"""A lone number right after the editor line is the comment counter -- unless it is the article's own
pager (the current page number beside the link to the other page), through extract_article."""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article

PAGE = """<html><head><title>凯隆活塞发布新一代减震器总成</title></head><body><h1>凯隆活塞发布新一代减震器总成</h1>
<div class="info">2025-10-27 09:30 来源：汽配网</div><div class="content">
<p>凯隆活塞日前发布新一代减震器总成，重量较上一代降低百分之三十八，耐久试验时间提高一倍。</p>
<p>公司表示，新产品将首先配套新能源车型，明年起逐步进入独立售后市场。</p>
<p>（责任编辑：孙浩）</p>{after}</div></body></html>"""


@pytest.mark.parametrize(("after", "comments"), [
    ('<div class="cnt">12</div>', 12),  # a lone counter after the editor line
    ('<ul class="pagelist"><li><a href="1222.html">1</a></li><li class="thisclass"><a href="#">2</a></li></ul>', None),
    ('<ul class="pagelist"><li class="thisclass"><a href="#">1</a></li><li><a href="1222_2.html">2</a></li>'
     '<li><a href="1222_2.html">下一页</a></li></ul>', None),
    # the pager's numbers run together by inline elements read "12": no counter either
    ('<div id="pages" class="text-c"><a href="1222.html">1</a><span>2</span></div>', None),
])
def test_lone_number_after_the_editor_line(after: str, comments: int | None) -> None:
    record = extract_article(PAGE.format(after=after), "http://qp.example.cn/a/qiye/20251027/1222_2.html")
    assert record.comments == comments


def test_the_stat_bar_below_a_caption_an_editor_line_and_a_platform_statement() -> None:
    """A self-media page: caption, editor line, back-to-site link and the platform's statement come
    between the text and its stat bar (阅读 20.4万 评论 122)."""
    after = ('<p style="text-align:center"><img src="/images/951754.jpeg"></p>'
             '<p style="text-align:center"><span style="color:#999">柳州汽配城一角。</span></p>'
             '<p>责任编辑：<span>叶春雷</span></p></div><div><a href="/">返回车讯网，查看更多</a></div>'
             '<div class="statement">平台声明：该文观点仅代表作者本人，车讯号系信息发布平台。</div>'
             '<div class="read-wrap"><span>阅读 <em>20.4万</em></span> <span><a href="#c">评论 <em>122</em></a></span>'
             '</div><div>')
    record = extract_article(PAGE.format(after=after), "http://qp.example.cn/a/qiye/20251027/1223.html")
    assert (record.views, record.views_approx, record.comments) == (204000, True, 122)


@pytest.mark.parametrize(("heading", "comments"), [("暂无评论", 0), ("仅有一条评论", 1), ("已有 3 条评论", 3),
                                                   ("网友评论<span>（共 0 条）</span>", 0), ("网友评论（共 12 条）", 12)])
def test_a_comment_box_heading_states_the_count_in_words(heading: str, comments: int) -> None:
    after = f'</div><div id="comments"><h3 class="comments-title">{heading}</h3><form><textarea></textarea></form></div><div>'
    record = extract_article(PAGE.format(after=after), "http://qp.example.cn/a/qiye/20251027/1224.html")
    assert record.comments == comments


def test_the_counter_after_a_row_of_tag_links_and_field_labels() -> None:
    """Drupal: tags (a label and a link each), the editor field, then the statistics counter: lines
    that are all link do not count against the stat bar's reach."""
    tags = "".join(f'<div class="field__item"><a href="/taxonomy/term/{n}">标签{n}</a></div>' for n in range(11, 17))
    after = (f'</div><div class="field--name-field-tags"><h3 class="field__label">标签</h3>{tags}</div>'
             '<div class="field--name-field-editor"><div class="field__label">责任编辑</div><div class="field__item">马涛</div></div>'
             '<ul class="links inline"><li class="statistics-counter">528 次阅读</li></ul><div>')
    record = extract_article(PAGE.format(after=after), "http://qp.example.cn/a/qiye/20251027/1224.html")
    assert record.views == 528


@pytest.mark.parametrize(("info", "views"), [
    # the number a script overwrites is the markup's placeholder: no count is shown before it runs
    ('浏览：<span class="hits_1224">0</span><script>$.ajax({url: "/api/hits?id=1224", dataType: "jsonp",'
     ' success: function(d){ $(".hits_1224").html(d.msg); }});</script>', None),
    ('浏览：<span id="hitcount">0</span><script>document.getElementById("hitcount").innerHTML = 56;</script>', None),
    # a script that writes elsewhere leaves the shown count alone
    ('浏览：<span class="hits">37</span><script>$(".weather").html("晴");</script>', 37),
    ('浏览：<span class="hits">37</span>', 37),
])
def test_a_counter_a_script_fills_has_no_count(info: str, views: int | None) -> None:
    page = PAGE.format(after="").replace('来源：汽配网</div>', f'来源：汽配网 {info}</div>')
    assert extract_article(page, "http://qp.example.cn/a/qiye/20251027/1224.html").views == views


def test_a_line_repeating_its_images_alt_text_is_a_caption() -> None:
    after = '<p style="text-align:center"><img src="/a.jpg" alt="凯隆活塞减震器生产线。"><br>凯隆活塞减震器生产线。</p>'
    record = extract_article(PAGE.format(after=after), "http://qp.example.cn/a/qiye/20251027/1225.html")
    assert "生产线" not in record.body_text and len(record.paragraphs) == 2


def test_a_mirrors_bar_right_above_the_headline_gives_the_views() -> None:
    bar = ('<div class="mirror-bar"><a class="acct" href="/gzh/x/">汽配采购圈</a><span>收录于 2025-10-27 07:36</span>'
           '<span class="reads">阅读 8391</span><a href="https://mp.example.com/s/abc">查看原文</a></div>')
    page = PAGE.format(after="").replace("<h1>", bar + "<h1>", 1)
    assert extract_article(page, "http://qp.example.cn/a/qiye/20251027/1226.html").views == 8391

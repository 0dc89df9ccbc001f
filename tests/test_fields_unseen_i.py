"""Fields on layouts met in held-out zoo I (rewritten as own small pages): a related list's own
counters are no article counter, a footer's row of links is no breadcrumb, a channel link above
the headline names the category, a follow button glued to the account name, a spaced middle dot
ends a labelled value, 暂无评论 in the meta line is zero comments.

Through the public ``extract_article``.
"""

from __future__ import annotations

from autoparts_crawler.extract import extract_article

FETCHED = "2026-05-18T20:40:00+08:00"
TITLE = "二手车出口带动空调压缩机等配件外销"
BODY = "".join(f"<p>第{i}段：随着早年销售的车型陆续走出质保期，空调压缩机、蓄电池等易损件的售后更换需求开始集中释放，门店备货增加。</p>"
               for i in range(1, 5))
RELATED = ("<div class='related-feed'><h3>相关推荐</h3><ul class='related-list'>"
           + "".join(f"<li><a href='/article/{n}/'><span class='r-title'>点火线圈原厂件与品牌件价差收窄至{n % 50}%</span></a>"
                     f"<span class='r-src'>汽车维修与保养</span><span class='r-cmt'>{n}评论</span></li>" for n in (508, 763, 652))
           + "</ul></div>")
FOOTER = ("<footer class='m-foot'><p><a href='https://www.cars.example.com/'>电脑版</a> · <a href='/about/'>关于我们</a>"
          " · <a href='/report/'>举报</a></p><p>© 2026 车讯</p></footer>")


def page(header: str = "", meta: str = "", after: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}_车讯</title></head><body>"
            "<header class='top-bar'><a class='logo' href='/'>车讯</a><a href='/search/'>搜索</a></header>"
            f"<div class='article-page'><div class='article-header'>{header}<h1>{TITLE}</h1>"
            f"<div class='article-meta'>{meta}</div></div>"
            f"<article class='article-content'>{BODY}</article><p class='editor'>责任编辑：宋俊杰</p>"
            "<div class='article-stat'><span class='read'>阅读 <em class='read-count'></em></span>"
            "<span class='comment'>评论 <em class='comment-count'></em></span></div>"
            f"{after}</div>{FOOTER}</body></html>")


def record(html: str, url: str = "https://m.cars.example.com/article/7328342715180280482/"):
    return extract_article(html.encode("utf-8"), url, fetched_at=FETCHED)


def test_a_related_entrys_counter_is_not_the_articles():
    r = record(page(meta="<span class='time'>时间：2025-11-03 13:32</span>", after=RELATED))
    assert r.comments is None and r.comments_raw is None
    assert len(r.related) == 3


def test_footer_row_of_links_is_no_breadcrumb_and_the_channel_link_above_the_headline_is():
    r = record(page(header="<div class='channel-label'><a href='/ch/hy/'>行业</a></div>",
                    meta="<span class='time'>时间：2025-11-03 13:32</span>"))
    assert r.category == "行业"
    r = record(page(meta="<span class='time'>时间：2025-11-03 13:32</span>"))
    assert r.category != "举报"


def test_follow_button_glued_to_the_account_name_is_cut():
    meta = ("<span class='source'>来源：<a class='media-name' href='/c/user/39/'>懂车的老陈</a>"
            "<a class='follow-btn' href='javascript:;'>关注</a></span><span class='time'>时间：2025-11-03 14:52</span>")
    assert record(page(meta=meta)).source == "懂车的老陈"


def test_spaced_middle_dot_ends_a_labelled_category_and_no_comments_yet_is_zero():
    meta = ("<time datetime='2024-05-10T10:03:11+08:00'>2024年5月10日</time> · <span>顾明辉</span> · "
            "<span class='post-category'>分类：<a href='/categories/#hw'>硬件设计</a></span> · "
            "<span class='reading-time'>阅读约 1 分钟</span> · <a class='comment-count' href='#comments'>暂无评论</a>")
    r = record(page(meta=meta), url="https://blog.example.com/hw/2024/05/10/relay.html")
    assert r.category == "硬件设计"
    assert r.comments == 0


def test_a_one_sentence_flash_under_its_dated_headline_with_an_editor_line_is_an_article():
    html = ("<html><head><meta charset='utf-8'><title>启动报废车回用件试点_汽配快讯</title></head><body>"
            "<nav class='nav'><a href='/'>首页</a><a href='/live/'>7×24快讯</a><a href='/depth/'>深度</a></nav>"
            "<article class='flash-detail'><h1 class='flash-title'>启动报废车回用件试点</h1>"
            "<div class='meta'><span class='time'>2026-05-17 16:12</span><a class='tag' href='/live/tag/zc/'>政策</a>"
            "<span class='pv'>阅读 <em id='pv-1'></em></span></div>"
            "<div class='flash-content'><p>本市启动报废机动车回用件流通试点，首批11家回收企业参与。</p></div>"
            "<p class='editor'>编辑：祁某岚</p></article>"
            "<div class='box related'><h3>相关快讯</h3><ul>" + "".join(
                f"<li><span class='t'>05-17 0{n}:17</span><a href='/flash/58411{n}.html'>第{n}个城市启动报废车回用件试点</a></li>"
                for n in range(1, 5)) + "</ul></div></body></html>")
    r = record(html, url="https://kx.example.cn/flash/584136.html")
    assert r.paragraphs == ["本市启动报废机动车回用件流通试点，首批11家回收企业参与。"]
    assert r.editor == "祁某岚"
    assert r.source is None  # 政策 + an empty 阅读 counter on the date line is no source


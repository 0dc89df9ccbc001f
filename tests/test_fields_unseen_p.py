"""Pages and credits on layouts met in held-out zoo P (rewritten as own small pages): a Q&A
site's question page in the column template, a standards committee's name as every page's
``<h1 class="site-name">`` and as the notice's 发文机关, a live report's 文字直播 credit.

Through the classifier every crawled page goes through and the public ``extract_article``.
"""

from __future__ import annotations

from autoparts_crawler.extract import choose_profile, extract_article, parse_page
from autoparts_crawler.extraction.analysis import analyze_page
from autoparts_crawler.extraction.profile import page_kind

FETCHED = "2026-12-09T15:00:00+08:00"
ANSWERS = "".join(f"<div class='answer'><div class='ans-author'>答主{n}号</div><div class='ans-body'><p>第{n}个回答：原厂件价格高，"
                  "主要是渠道成本高，质量上同质件并不一定差，建议到正规门店按保养手册更换。冬季还要注意检查电瓶。</p></div></div>"
                  for n in range(1, 4))


def kind(html: str, url: str) -> str:
    return page_kind(analyze_page(parse_page(html, url), url), choose_profile(url, None))


def qa_page(meta: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>某车型保养一次多少钱？_汽配问答</title></head><body>"
            "<header><a class='logo' href='/'>汽配问答</a><nav><a href='/'>首页</a><a href='/question/'>问答</a></nav></header>"
            "<main><div class='crumb'><a href='/'>首页</a> &gt; <a href='/question/'>问答</a> &gt; 问题详情</div>"
            f"<div class='question'><h2 class='post-title'>某车型保养一次多少钱？</h2><div class='post-meta'>{meta}</div>"
            "<div class='q-desc'><p>我的车开了19000公里，最近想了解一下保养的价格，请懂行的朋友说说。</p></div></div>"
            f"<div class='answers'><h3>3个回答</h3>{ANSWERS}</div></main></body></html>")


def test_a_question_page_is_no_article() -> None:
    url = "https://qa.example.cn/question/3843.html"
    assert kind(qa_page("<span>提问者：龚一诺</span><span>提问于 2025-09-20</span><span>浏览 8467</span>"), url) != "article"
    # the same page credited to a writer with a publication date is an article
    assert kind(qa_page("<span>作者：龚一诺</span><span>发布于 2025-09-20</span><span>阅读 8467</span>"), url) == "article"


def test_the_committee_named_as_every_pages_site_name_is_no_author_of_its_notice() -> None:
    text = "".join(f"<p>第{i}条：各有关单位应认真组织标准的宣贯和实施，并及时反馈实施中的问题，请于规定时间内反馈意见。</p>"
                   for i in range(1, 5))
    html = ("<html><head><meta charset='utf-8'><title>关于召开标准审查会的通知_通知公告_某汽车标准信息网</title></head><body>"
            "<div class='banner'><img src='/logo.png' alt=''><h1 class='site-name'>某省汽车标准化技术委员会</h1></div>"
            "<div class='position'>您当前的位置：<a href='/'>首页</a> &gt; <a href='/tzgg/'>通知公告</a> &gt; 正文</div>"
            "<table class='xxgk'><tr><th>发文机关：</th><td>某省汽车标准化技术委员会</td><th>发布日期：</th><td>2026-06-07</td></tr></table>"
            f"<div class='tit'>关于召开标准审查会的通知</div><div class='TRS_Editor'>{text}</div></body></html>")
    rec = extract_article(html.encode(), "https://std.example.cn/tzgg/202606/t20260607_5609.html", fetched_at=FETCHED)
    assert rec.author is None


def test_the_live_text_writer_is_the_author() -> None:
    text = "".join(f"<p>14:{n:02d} 第{n}条：发布会现场，工作人员正在调试展台灯光，嘉宾陆续入场，新车即将揭幕。</p>" for n in range(10, 14))
    html = ("<html><head><meta charset='utf-8'><title>新车发布会图文直播</title></head><body><h1>新车发布会图文直播</h1>"
            "<div class='live-meta'>开始时间：2026-11-20 14:00</div>"
            "<div class='live-credit'>文字直播：幸沛然　图片：晏沛然　编辑：殷景行</div>"
            f"<div class='live-list'>{text}</div></body></html>")
    rec = extract_article(html.encode(), "https://auto.example.cn/zhibo/3039.html", fetched_at=FETCHED)
    assert (rec.author, rec.editor) == ("幸沛然", "殷景行")


def test_a_notice_with_a_table_of_linked_standards_is_an_article() -> None:
    """The standards a notice publishes, one table row each with a link to the standard's record:
    rows of the text's own table, no list page's entries (own page modelled on a committee site)."""
    rows = "".join(f"<tr><td>{n}</td><td><a href='/bzxq/{n}.html'>T/XJ 01{n:02d}—2026</a></td><td>压缩机台架试验方法第{n}部分</td>"
                   f"<td>2026-07-{n:02d}</td></tr>" for n in range(1, 10))
    html = ("<html><head><meta charset='utf-8'><title>关于发布9项团体标准的公告_通知公告_某汽车标准信息网</title></head><body>"
            "<div class='banner'><h1 class='site-name'>某省汽车标准化技术委员会</h1></div>"
            "<div class='nav'><a href='/'>首页</a><a href='/tzgg/'>通知公告</a><a href='/bzdt/'>标准动态</a></div>"
            "<div class='tit'>关于发布9项团体标准的公告</div><div class='date'>发布日期：2026-06-03</div>"
            "<div class='TRS_Editor'><p>根据年度工作安排，各有关单位应认真组织标准的宣贯和实施，并及时反馈实施中的问题。</p>"
            f"<p>标准目录如下：</p><table><tr><td>序号</td><td>标准编号</td><td>标准名称</td><td>实施日期</td></tr>{rows}</table>"
            "<p>本标准适用于M类和N类车辆用空调压缩机，其他车辆可参照执行。</p><p>特此公告。</p></div></body></html>")
    assert kind(html, "https://std.example.cn/tzgg/202606/t20260603_5602.html") == "article"


def test_a_declared_site_name_after_a_doubled_hyphen_leaves_the_headline_whole() -> None:
    """``<title>标题--协会</title>`` with the association's name in ``<h1 class="sitename">``: the
    headline without a stray hyphen, so the page's headline is found and the page is an article."""
    text = "".join(f"<p>第{i}段：上半年全省汽车零部件产业实现营业收入增长，出口交货值同比提高，企业利润有所改善。</p>"
                   for i in range(1, 5))
    html = ("<html><head><meta charset='utf-8'><title>汽车零部件产业上半年运行情况分析--某省汽车零部件行业协会</title></head>"
            "<body><table><tr><td><h1 class='sitename'>某省汽车零部件行业协会</h1></td></tr></table>"
            "<table><tr><td class='bt'><font class='title'>汽车零部件产业上半年运行情况分析</font></td></tr>"
            f"<tr><td>发布时间：2026-07-20 来源：协会秘书处</td></tr><tr><td>{text}</td></tr></table></body></html>")
    url = "https://assoc.example.cn/web/article.do?method=detail&infoId=20476"
    assert kind(html, url) == "article"
    assert extract_article(html.encode(), url, fetched_at=FETCHED).title == "汽车零部件产业上半年运行情况分析"

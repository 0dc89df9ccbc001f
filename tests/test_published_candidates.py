"""Publication time on whole pages: candidates from the generic extractor, resolved in build."""

from __future__ import annotations

from datetime import datetime

import pytest

from autoparts_crawler.extract import extract_article

FETCHED = datetime.fromisoformat("2026-11-28T10:00:00+08:00")
BODY = "".join(f"<p>第{i}段：本地零部件企业扩大产能，新工厂预计明年投产，带动上下游配套企业共同发展。</p>" for i in range(6))


def page(head: str, byline: str, title: str = "零部件企业扩产计划公布") -> str:
    """A small article page: head extras, a byline block under the headline, a body."""
    return (f"<html><head><title>{title}_新闻网</title>{head}</head><body>"
            f"<div class='nav'><a href='/'>首页</a></div><h1>{title}</h1>{byline}"
            f"<div class='article'>{BODY}</div></body></html>")


@pytest.mark.parametrize(
    ("head", "byline", "url", "date", "at", "reason"),
    [
        # the printed minute beats article:published_time of the same day
        ('<meta property="article:published_time" content="2019-09-07T19:56:00+08:00">',
         "<div class='info'>2019年09月07日 19:55 来源：北京日报</div>",
         "http://news.example.cn/a/1.html", "2019-09-07", "2019-09-07T19:55:00+08:00", None),
        # a date split over three elements takes its year from JSON-LD
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-09-07T19:02:00+08:00"}'
         "</script>",
         "<div class='info'><span>2019</span><span>09/07</span><span>19:02</span></div>",
         "http://news.example.cn/a/2.html", "2019-09-07", "2019-09-07T19:02:00+08:00", None),
        # a year-less printed date takes the year from the URL path
        ("", "<div class='info'>发布时间：03-08 23:16</div>",
         "http://news.example.cn/2018/0308/77.html", "2018-03-08", "2018-03-08T23:16:00+08:00", None),
        # a bare time on an article page with nothing else gives no value (never the fetch day)
        ("", "<div class='info'>16:45</div>", "http://news.example.cn/a/3.html", None, None, "time_only"),
        # only the URL states the day: a date, no time
        ("", "", "http://news.example.cn/2020/09/24/4.html", "2020-09-24", None, "no_time"),
        # an official notice's publication date is its 发布日期, not the 成文日期 (its signing date);
        # the day printed wins over a posting time in meta
        ('<meta name="PubDate" content="2022-01-29 09:00:00">',
         "<table><tr><td>发布日期：</td><td>2022年01月28日</td></tr>"
         "<tr><td>成文日期：</td><td>2022年01月27日</td></tr></table>",
         "http://gov.example.cn/zw/6.html", "2022-01-28", None, "no_time"),
        # ... and its 成文日期 when it prints no publication date
        ("", "<table><tr><td>发文机关：</td><td>市工信局</td></tr><tr><td>成文日期：</td><td>2022年01月27日</td></tr></table>",
         "http://gov.example.cn/zw/7.html", "2022-01-27", None, "no_time"),
        # pieces in inline elements with no space between them: each piece stays a piece
        ("", "<div class='info'><span>2019</span><span>09/07</span><span>19:02</span></div>",
         "http://news.example.cn/2019/0907/7.html", "2019-09-07", "2019-09-07T19:02:00+08:00", None),
        ("", "<div class='info'><span>发布时间：</span><span>2021-03-02</span><span>10:20</span></div>",
         "http://news.example.cn/a/8.html", "2021-03-02", "2021-03-02T10:20:00+08:00", None),
        # the year in its own element and nothing structured: still that year, never the fetch year
        ("", "<div class='info'><span>2019</span> <span>09/07</span> <span>19:02</span></div>",
         "http://news.example.cn/a/9.html", "2019-09-07", "2019-09-07T19:02:00+08:00", None),
        # a dashed two-digit year is that year; a structured day that differs wins (keeping the clock)
        ("", "<div class='info'>18-03-08 23:16 来源：汽车报</div>",
         "http://news.example.cn/2018/03/08/10.html", "2018-03-08", "2018-03-08T23:16:00+08:00", None),
        ("", "<div class='info'>18-03-08 23:16</div>", "http://news.example.cn/a/11.html",
         "2018-03-08", "2018-03-08T23:16:00+08:00", None),
        ("", "<div class='info'>18-03-08 23:16</div>", "http://news.example.cn/2018/08/03/11.html",
         "2018-08-03", "2018-08-03T23:16:00+08:00", None),
        # a Chinese month-day with a clock takes the URL's year and keeps its minute
        ("", "<div class='info'>9月7日 19:02</div>",
         "http://news.example.cn/2019-09-07/12.html", "2019-09-07", "2019-09-07T19:02:00+08:00", None),
        # a labelled year-less day alone: the latest such day not after the fetch
        ("", "<div class='info'>发布时间：10-08</div>", "http://news.example.cn/a/13.html", "2026-10-08", None,
         "no_time"),
        # a Chinese weekday and a comma before a slashed date settle its order (10/11/2025 is a Saturday)
        ("", "<div class='info'>由 吴春雷 在 周六, 10/11/2025 - 15:35 提交</div>", "http://assoc.example.cn/node/31",
         "2025-10-11", "2025-10-11T15:35:00+08:00", None),
        # a weekday or a day-part word before the clock; a printed offset
        ("", "<div class='info'>时间：2019年9月7日 星期六 19:02</div>", "http://news.example.cn/a/14.html",
         "2019-09-07", "2019-09-07T19:02:00+08:00", None),
        ("", "<div class='info'>2019年9月7日 下午3:20 来源：汽车报</div>", "http://news.example.cn/a/15.html",
         "2019-09-07", "2019-09-07T15:20:00+08:00", None),
        ("", "<div class='info'>2019-09-07T19:02:00+00:00</div>", "http://news.example.cn/a/16.html",
         "2019-09-07", "2019-09-07T19:02:00+00:00", None),
        # a weekday in brackets before the clock; a two-digit year with 年; Chinese numerals
        ("", "<div class='info'>2005年3月6日(星期日) 12:12 来源：汽车报</div>", "http://news.example.cn/a/20.html",
         "2005-03-06", "2005-03-06T12:12:00+08:00", None),
        ("", "<div class='info'>05年3月6日 12:12 来源：汽车报</div>", "http://news.example.cn/a/21.html",
         "2005-03-06", "2005-03-06T12:12:00+08:00", None),
        ("", "<div class='info'>二〇〇五年三月六日</div>", "http://gov.example.cn/a/22.html", "2005-03-06", None, "no_time"),
        # the site's own clock in a welcome bar is no publication date
        ("", "<div class='info'>欢迎光临！今天是：2026年11月28日 星期六</div>"
         "<div class='time'>2019-09-07 19:02 来源：汽车报</div>", "http://news.example.cn/a/23.html",
         "2019-09-07", "2019-09-07T19:02:00+08:00", None),
        # a forum's 发贴时间 is a publish label: it beats a plain date before it
        ("", "<div class='info'>2019-09-08 浏览 12 | 发贴时间：2019-09-07 19:02</div>", "http://bbs.example.cn/24.html",
         "2019-09-07", "2019-09-07T19:02:00+08:00", None),
        # a relative time whose element keeps the real one in an attribute (forums, CMSs): the real one
        ("", "<div class='info'>发表于 <span title='2019-9-7 19:02:33'>前天&nbsp;19:02</span></div>",
         "http://bbs.example.cn/thread-17.html", "2019-09-07", "2019-09-07T19:02:33+08:00", None),
        ("", "<div class='info'><span class='time' data-time='1567854153'>3天前</span> 来源：汽车报</div>",
         "http://news.example.cn/a/18.html", "2019-09-07", "2019-09-07T19:02:33+08:00", None),
        # ... an unrelated title attribute is not one: the relative time counts from the fetch (a guard
        # against over-reach; passes on main)
        ("", "<div class='info'><a href='/u/1' title='2019-09-07 注册'>王小明</a> 昨天 19:02</div>",
         "http://bbs.example.cn/thread-19.html", "2026-11-27", "2026-11-27T19:02:00+08:00", None),
        # publish-time meta names of Chinese portals
        ('<meta name="publishtime" content="2019-09-07 19:02:33">', "", "http://news.example.cn/a/26.html",
         "2019-09-07", "2019-09-07T19:02:33+08:00", None),
        ('<meta name="weibo: article:create_at" content="2019-09-07 19:02:33">', "", "http://news.example.cn/a/27.html",
         "2019-09-07", "2019-09-07T19:02:33+08:00", None),
        # a repost's note of the original's time in the text is not this page's publication
        ("", "<div class='info'>2019年09月07日 20:05 来源：e公司</div><p>（本文首发于e公司，原文发布时间：2019-09-07 19:12）</p>",
         "http://news.example.cn/a/28.html", "2019-09-07", "2019-09-07T20:05:00+08:00", None),
        # an explicit offset stays as stated
        ('<meta name="pubdate" content="2020-03-27T21:06:03+00:00">', "", "http://news.example.cn/a/5.html",
         "2020-03-27", "2020-03-27T21:06:03+00:00", None),
    ],
)
def test_published_fields_on_pages(head: str, byline: str, url: str, date: str | None, at: str | None,
                                   reason: str | None) -> None:
    record = extract_article(page(head, byline), url, fetched_at=FETCHED)
    assert (record.published_date, record.published_at) == (date, at), record.crawl
    assert record.crawl.published_reason == reason
    if date is None:
        assert record.published_date != FETCHED.date().isoformat()


def test_the_line_by_the_headline_beats_a_notice_table_above_it() -> None:
    """A notice's metadata table above the headline holds its 成文日期; the publish line printed
    under the headline is the page's own statement of when it was published."""
    html = ("<html><head><title>关于开展配件质量抽查的通知_工信局</title></head><body>"
            "<div class='nav'><a href='/'>首页</a></div>"
            "<table class='meta'><tr><td>发布机构：</td><td>市工信局</td><td>成文日期：</td><td>2022年01月25日</td></tr>"
            "<tr><td>文号：</td><td>工信〔2022〕3号</td><td>发布日期：</td><td>2022年01月28日</td></tr></table>"
            "<h1>关于开展配件质量抽查的通知</h1><div class='info'>发布时间：2022-01-28 09:30 来源：市工信局</div>"
            f"<div class='article'>{BODY}</div></body></html>")
    record = extract_article(html, "http://gov.example.cn/zw/25.html", fetched_at=FETCHED)
    assert (record.published_date, record.published_at) == ("2022-01-28", "2022-01-28T09:30:00+08:00"), record.crawl


def test_published_raw_is_the_text_the_value_was_read_from() -> None:
    """The raw string stays beside the value it gave: when a later candidate wins (a site clock in
    the header came first), ``published_raw`` is that candidate's text, not the first one shown."""
    html = ("<html><head><title>播客热潮迅速蔓延_博客</title></head><body>"
            "<table><tr><td><a href='/'>首页</a> | <a href='/faq'>FAQ</a></td>"
            "<td>2006年12月27日（京港台时间）</td></tr></table>"
            "<p>Saturday, September 10th, 2005 &nbsp; 10:56 am</p>"
            f"<p align=center><font size=5>播客热潮迅速蔓延</font></p>{BODY}</body></html>")
    record = extract_article(html, "http://blog.example.com/?p=1700", fetched_at=FETCHED)
    assert record.published_at == "2005-09-10T10:56:00+08:00", record.crawl
    assert record.published_raw is not None and "2005" in record.published_raw


def test_a_page_with_no_date_but_its_url_says_not_found_with_no_raw_text() -> None:
    """The page URL is always a candidate; when it holds no date either, the record says the page
    shows no date (``not_found``) and ``published_raw`` stays empty -- never the URL itself."""
    record = extract_article(page("", ""), "http://bbs.example.cn/ShowAnnounce.asp?boardID=2&RootID=65",
                             fetched_at=FETCHED)
    assert (record.published_date, record.published_raw, record.crawl.published_reason) == (None, None, "not_found")


def test_an_edit_time_shown_below_the_text_gives_way_to_the_publish_time_in_its_tooltip() -> None:
    """A column shows 编辑于 (edited) under the text; the tooltip of the same element keeps 发布于."""
    html = ("<html><head><title>线束行业入行指南 - 知乎专栏</title></head><body><h1>线束行业入行指南</h1>"
            f"<div class='Post-RichText'>{BODY}</div><div class='ContentItem-time'>"
            "<span data-tooltip='发布于 2026-11-25 22:14'>编辑于 2026-11-26 09:03</span>・IP 属地上海</div></body></html>")
    record = extract_article(html, "https://column.example.cn/p/5123456789", fetched_at=FETCHED)
    assert record.published_at == "2026-11-25T22:14:00+08:00", record.crawl


def test_an_ambiguous_shown_date_is_settled_by_the_nodes_rdfa_created_time_in_its_meta_footer() -> None:
    """Drupal: the node's own <footer> above its text holds the submitted line (周六, 08/02/2025 - 06:48,
    both readings a Saturday) and the RDFa schema:dateCreated stamp in UTC: the stamp's local day
    settles the order, the shown minute stays."""
    html = ("<html><head><title>热管理模块展会_协会</title></head><body><h1 class='site'>汽配协会</h1><main>"
            "<article class='node'><h1>热管理模块展会开幕</h1><footer class='node__meta'><div class='node__submitted'>"
            "由 <span property='schema:name'>陈杰</span> 在 <span property='schema:dateCreated' "
            "content='2025-08-01T22:48:00+00:00' class='rdf-meta hidden'></span>"
            "<span>周六, 08/02/2025 - 06:48</span> 提交</div></footer>"
            f"<div class='node__content'><div class='field--name-body'>{BODY}</div></div></article></main>"
            "<footer class='site-footer'><p>版权所有</p></footer></body></html>")
    record = extract_article(html, "http://xh.example.cn/news/2025/thermal-module-expo", fetched_at=FETCHED)
    assert (record.published_date, record.published_at) == ("2025-08-02", "2025-08-02T06:48:00+08:00"), record.crawl


def test_a_blog_posts_first_publication_in_a_hidden_tooltip_beats_an_edit_time_and_another_posts_date() -> None:
    """A blog platform's header: another article's date printed first (最新推荐文章于 … 发布), the bar's
    edit time (已于 … 修改), and the first publication in a hidden tooltip (于 … 首次发布); the post's
    blogger is its author, not a source."""
    byline = ("<div class='info'><div class='up-time'>最新推荐文章于 2026-11-25 10:02:11 发布</div>"
              "<div class='bar'><span>原创</span><a class='follow-nickName' href='https://blog.example.net/u123'>嵌入式老张</a>"
              "<span class='time'>已于 2026-11-19 14:02:55 修改</span><span>阅读量1.2k</span></div>"
              "<div class='copyright'>版权声明：本文为博主原创文章，转载请附上原文出处链接。</div>"
              "<div class='operating'><span class='time-pop' style='display:none'>于 2026-11-18 09:23:11 首次发布</span></div></div>")
    record = extract_article(page("", byline), "https://blog.example.net/u123/article/details/1434", fetched_at=FETCHED)
    assert (record.published_date, record.published_at) == ("2026-11-18", "2026-11-18T09:23:11+08:00"), record.crawl
    assert (record.author, record.source) == ("嵌入式老张", None)


@pytest.mark.parametrize(("lang", "line", "at"), [
    ("lv", "<span>Ilze Ozola</span> <span>2026. gada 26. novembris 09:10</span>", "2026-11-26T09:10:00+02:00"),
    ("lt", "<span>Jonas Petraitis</span> <span>2026 m. lapkričio 26 d. 09:10</span>", "2026-11-26T09:10:00+02:00"),
    ("hu", "<span>Kovács Anna</span> <span>2026. november 26. 09:10</span>", "2026-11-26T09:10:00+02:00"),
])
def test_a_year_first_month_word_date_under_the_headline_beats_the_meta_time(lang: str, line: str, at: str) -> None:
    """Baltic and Hungarian pages print the year first (2026. gada 26. novembris): the printed
    minute wins over article:published_time of the same day, as for any other shown date."""
    paras = "".join(f"<p>Paragraph {i}: the supplier expands its plant near the port, adding two assembly lines "
                    f"for brake components and hiring about two hundred workers next year.</p>" for i in range(5))
    html = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Supplier expands</title>"
            "<meta property='article:published_time' content='2026-11-26T09:04:11+02:00'></head><body>"
            f"<article><h1>Supplier expands</h1><div class='meta'>{line}</div>{paras}</article></body></html>")
    record = extract_article(html.encode(), "https://news.example.eu/a/1", fetched_at="2026-11-27T10:00:00+02:00")
    assert record.published_at == at


def test_a_calendar_box_above_the_headline_and_the_clock_under_it_are_one_time() -> None:
    """<span>2026/11</span><b>24</b> above the headline, 15:06 opening the source line under it
    (own page modelled on a regional portal's layout)."""
    from autoparts_crawler.extract import extract_article

    text = "".join(f"<p>第{i}段：开发区今年新引进汽车零部件项目12个，总投资额达86亿元，涵盖电驱总成和热管理系统。</p>"
                   for i in range(1, 5))
    html = ("<html><head><meta charset='utf-8'><title>汽开区新增零部件配套项目</title></head><body>"
            "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/jl/'>吉林新闻</a></div>"
            "<div class='art-date'><span class='ym'>2026/11</span><b class='d'>24</b></div>"
            "<h1>汽开区新增零部件配套项目</h1>"
            "<div class='art-info'><span class='tm'>15:06</span>　<span>来源：某日报</span></div>"
            f"<div class='art-content'>{text}</div></body></html>")
    rec = extract_article(html.encode(), "https://news.example.cn/jl/1.html", fetched_at="2026-11-25T10:00:00+08:00")
    assert rec.published_at == "2026-11-24T15:06:00+08:00"


def test_a_zone_printed_after_a_month_word_dates_clock_in_a_long_line_is_kept() -> None:
    """``May 14, 2026, 09:20 GMT+8 | Source: X | 中文``: the stated offset goes with the time (an
    English press-release page of unknown zone otherwise gives the day only)."""
    from autoparts_crawler.extract import extract_article

    text = "".join(f"<p>Paragraph {i}: revenue for the period rose 27 percent year on year, the company said "
                   "in a statement on Thursday.</p>" for i in range(1, 5))
    html = ("<html lang='en'><head><meta charset='utf-8'><title>Parts maker reports results</title></head><body>"
            "<h1>Parts maker reports results</h1><div class='release-meta'><span class='date'>May 14, 2026, 09:20 "
            "GMT+8</span> | <span class='src'>Source: Example Automotive Electronics Co., Ltd.</span> | "
            "<a href='/zh/1.html'>中文</a></div>"
            f"<section class='release-body'>{text}</section></body></html>")
    rec = extract_article(html.encode(), "https://wire.example.com/en/1.html", fetched_at="2026-05-15T10:00:00+08:00")
    assert rec.published_at == "2026-05-14T09:20:00+08:00"

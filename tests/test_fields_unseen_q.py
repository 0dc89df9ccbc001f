"""Pages on layouts met in held-out zoo Q (rewritten as own small pages): an old ASP dealer
site whose every page of a column is titled only with the site's and the column's names, the
headline in a table cell above the meta line.

Through the classifier every crawled page goes through and the public ``extract_article``.
"""

from __future__ import annotations

from autoparts_crawler.extract import choose_profile, extract_article, parse_page
from autoparts_crawler.extraction.analysis import analyze_page
from autoparts_crawler.extraction.profile import page_kind

FETCHED = "2026-11-20T16:30:00+08:00"


def page(title: str) -> str:
    text = "".join(f"<p style='text-indent:2em'>第{i}段：今年以来，集团累计销售新车2530台，同比增长26%，新店设有展厅、"
                   "维修车间和客户休息区，可同时满足钣喷和机修的需要。</p>" for i in range(1, 5))
    return ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'>"
            f"<title>{title}</title></head><body>"
            "<table><tr><td><h1 class='logo'><a href='./'><img src='images/logo.jpg' alt='某某汽车集团'></a></h1></td></tr></table>"
            "<table class='menu'><tr><td><a href='./'>网站首页</a></td><td><a href='news.asp?classid=1'>集团新闻</a></td>"
            "<td><a href='news.asp?classid=2'>行业资讯</a></td><td><a href='store.asp'>集团门店</a></td></tr></table>"
            "<table><tr><td class='place'>您现在的位置：<a href='./'>首页</a> &gt;&gt; <a href='news.asp?classid=1'>集团新闻</a></td></tr>"
            "<tr><td class='newstitle' align='center'>集团新能源4S店盛大开业</td></tr>"
            "<tr><td class='newsinfo'>发布时间：2026/5/1 14:47:35&nbsp;&nbsp;来源：本站&nbsp;&nbsp;作者：阮念慈</td></tr>"
            f"<tr><td class='newscontent'><div id='content'>{text}</div></td></tr></table></body></html>")


def test_a_title_of_only_the_site_and_the_column_gives_way_to_the_headline_above_the_meta_line() -> None:
    url = "http://dealer.example.cn/news_view.asp?id=231"
    html = page("某某汽车集团-集团新闻")
    assert page_kind(analyze_page(parse_page(html, url), url), choose_profile(url, None)) == "article"
    rec = extract_article(html.encode("gbk"), url, fetched_at=FETCHED)
    assert (rec.title, rec.author) == ("集团新能源4S店盛大开业", "阮念慈")


def test_a_column_list_in_a_wide_right_cell_with_its_pager_as_last_row() -> None:
    """An old table layout: the store links in the narrow left cell, the column's dated news list
    in the wide right cell (``class="right" width="780"``) ending in a pager row ``[1] [2] 下一页``."""
    from autoparts_crawler.extraction.related import extract_list_page

    rows = "".join(f"<tr><td class='dot'>·</td><td><a href='news_view.asp?id={300 + n}&classid=1'>集团第{n}号新闻的标题文字</a></td>"
                   f"<td width='90'>[2026-11-{n:02d}]</td></tr>" for n in range(1, 13))
    html = ("<html><head><meta charset='utf-8'><title>某某汽车集团-集团新闻</title></head><body>"
            "<table><tr><td><h1 class='logo'><img src='logo.jpg' alt='某某汽车集团'></h1></td></tr></table>"
            "<table><tr><td width='220' class='left'><div class='lefttit'>集团门店</div><ul>"
            + "".join(f"<li><a href='store.asp?id={n}'>第{n}号汽车4S店门店</a></li>" for n in range(1, 9))
            + "</ul></td><td width='780' class='right'><div class='place'>您现在的位置：<a href='./'>首页</a> &gt;&gt; 集团新闻</div>"
            f"<table class='newslist'>{rows}<tr><td colspan='3'>共16条记录 页次：1/2 <b>[1]</b>"
            "<a href='news.asp?classid=1&page=2'>[2]</a> <a href='news.asp?classid=1&page=2'>下一页</a></td></tr></table>"
            "</td></tr></table></body></html>")
    url = "http://dealer.example.cn/news.asp?classid=1"
    listing = extract_list_page(analyze_page(parse_page(html, url), url))
    assert [e.title for e in listing.entries] == [f"集团第{n}号新闻的标题文字" for n in range(1, 13)]
    assert listing.next_page_urls == ["http://dealer.example.cn/news.asp?classid=1&page=2"]

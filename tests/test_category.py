"""Category from breadcrumbs of every shape (through extract_article, the public path)."""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article

BODY = "<p>" + "冠岳汽配日前发布新一代启停蓄电池，重量较上一代降低百分之六十三，循环寿命提高一倍。" * 3 + "</p>" * 1
ARTICLE = """<html><head><title>冠岳汽配发布新一代启停蓄电池</title></head><body>
<div id="top"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/tech/">维修技术</a> | <a href="/bbs/">论坛</a></div>
{crumb}
<h1>冠岳汽配发布新一代启停蓄电池</h1><p class="info">2025-07-24 19:08</p>
<div class="content">{body}<p>受季节因素影响，七月启停蓄电池的终端需求环比略有下滑，但同比仍保持增长。</p></div>
</body></html>"""


@pytest.mark.parametrize(("crumb", "category"), [
    # a class that names it
    ('<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/hy/">行业资讯</a> &gt; 正文</div>', "行业资讯"),
    # links with separator elements between them, no telling class (forum portals)
    ('<div id="pt"><div class="z"><a href="./" title="首页">汽配人社区</a> <em>&rsaquo;</em> <a href="/portal/">门户</a>'
     ' <em>&rsaquo;</em> <a href="/list?catid=1">行业资讯</a> <em>&rsaquo;</em> 查看内容</div></div>', "行业资讯"),
    ('<p class="x1"><a href="/index.html">Home</a> » <a href="/parts/">Parts News</a> » Story</p>', "Parts News"),
    # a table cell opened by 您现在的位置 (old table layouts)
    ('<table><tr><td class="dh">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="list.asp?classid=1">汽配新闻</a>'
     '</td></tr></table>', "汽配新闻"),
    # a menu separated by "|" is no breadcrumb, nor a row of links that does not start at home
    ('<div class="bar"><a href="/a/">企业</a> | <a href="/b/">市场</a></div>', None),
    ('<div class="bar"><a href="/a/">企业</a> &gt; <a href="/b/">市场</a></div>', None),
    # list items of one link each, separator items between them; a class abbreviated to "bread"
    ('<div class="joe_bread"><ul><li class="item"><a href="/">首页</a></li><li class="line">/</li>'
     '<li class="item"><a href="/categories/embedded">嵌入式开发</a></li><li class="line">/</li><li>正文</li></ul></div>',
     "嵌入式开发"),
    # the crumb after the last link names the page's own channel when short, no headline nor placeholder
    ('<span class="pos">Location: <a href="/en/">Home</a> &gt; <a href="/en/news/">News</a> &gt; Company News</span>',
     "Company News"),
    ('<div class="position"><a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 公司动态</div>', "公司动态"),
    ('<div class="position"><a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 新闻详情</div>', "新闻中心"),
    ('<div class="position"><a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 公司动态 &gt; 正文</div>', "公司动态"),
    ('<div class="position"><a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 冠岳汽配发布新一代启停蓄电池</div>',
     "新闻中心"),
    # a comment box's anchor named "place" is no breadcrumb, nor its javascript: links
    ('<div id="comment-place"><div class="cancel-reply" style="display:none">'
     '<a href="javascript:void(0);">取消回复</a></div></div>', None),
])
def test_category_from_breadcrumb(crumb: str, category: str | None) -> None:
    # (a URL under no menu channel's path: the breadcrumb alone decides)
    record = extract_article(ARTICLE.format(crumb=crumb, body=BODY), "http://qp.example.cn/c/2025/0724/1.html")
    assert record.category == category


@pytest.mark.parametrize(("url", "category"), [
    ("http://qp.example.cn/tech/2025-07-24/doc-ixyz.shtml", "维修技术"),  # the menu channel whose path holds the page
    ("http://qp.example.cn/news/1.html", "新闻"),
    ("http://qp.example.cn/c/2025/0724/1.html", None),  # under no channel's path
    ("http://qp.example.cn/tech/", None),  # the channel's own page is no article of it
])
def test_category_from_the_menu_channel_of_the_pages_path(url: str, category: str | None) -> None:
    """No breadcrumb, no label: a portal files an article under its channel's directory, and its
    menu names that directory."""
    record = extract_article(ARTICLE.format(crumb="", body=BODY), url)
    assert record.category == category


@pytest.mark.parametrize(("header", "category"), [
    ('<a class="category" href="/news/">新闻</a>', "新闻"),  # the article's own category link by the headline
    ("分类：评测", "评测"),  # a labelled category
    ("", "新闻中心"),  # nothing of its own: the breadcrumb's channel
    # a link to a channel's page by its path in the meta line (post by X / DATE / <a href=/sort/7>)
    ('/ <a href="/sort/7">随笔</a>', "随笔"),
    # a print link whose query names the channel is no category link
    ('<a href="/index.php?a=printing&amp;catid=2&amp;id=123">[打印本页]</a>', "新闻中心"),
    # two channel links on the line (a menu) name no category of the article's own
    ('<a href="/category/hy/">行业</a> <a href="/category/pc/">评测</a>', "新闻中心"),
])
def test_the_articles_own_category_beats_the_channel(header: str, category: str) -> None:
    crumb = '<div class="crumb"><a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 正文</div>'
    page = ARTICLE.format(crumb=crumb, body=BODY).replace(
        '<p class="info">2025-07-24 19:08</p>', f'<p class="info">2025-07-24 19:08 {header}</p>')
    record = extract_article(page, "http://qp.example.cn/news/1.html")
    assert record.category == category


@pytest.mark.parametrize(("header", "category"), [
    # a column platform's header: the post was first filed under the column it links to
    ('<span class="ColumnTitle">首发于<a href="/column/chehou">车后笔记</a></span>', "车后笔记"),
    # first published elsewhere, as text: a source, no category
    ("<p>本文首发于微信公众号汽车之心</p>", None),
    # first published on another site's page: no column of this site
    ('<span>首发于<a href="http://other.example.com/col/9">另一个专栏</a></span>', None),
])
def test_category_from_the_column_a_post_was_first_filed_under(header: str, category: str | None) -> None:
    record = extract_article(ARTICLE.format(crumb=header, body=BODY), "http://qp.example.cn/c/2025/0724/1.html")
    assert record.category == category

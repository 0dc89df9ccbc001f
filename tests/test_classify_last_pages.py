"""Page kind of the pages a channel ends with, and of short articles among many links: a last list page with one excerpt and a pager, an
endless-scroll channel's last page (a few entries, no pager), and a short article wrapped like its
siblings (post / pager / related boxes of one class) -- each kind judged by structure, no names."""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import html_selector
from autoparts_crawler.extraction.analysis import analyze_page
from autoparts_crawler.extraction.classify import classify_page

ENTRY = ('<div class="e"><h2><a href="/p/{n}.html">第{n}篇：配件企业加快海外布局 售后市场需求回暖</a></h2>'
         '<p class="m">2025-0{n}-12</p>{excerpt}</div>')
EXCERPT = "<p>记者从企业获悉，新工厂已完成设备调试，预计年内量产。按照规划，二期工程将于明年三月完工。届时产能将提升至九百万套，产品主要供应海外市场。</p>"
HEAD = '<html><head><title>配件观察</title></head><body><h1>配件观察</h1><ul class="menu"><li><a href="/">首页</a></li><li><a href="/a/">行业</a></li><li><a href="/b/">评测</a></li></ul>'


def kind(html: str, url: str = "http://blog.example.cn/category/x/page/3/") -> str:
    return classify_page(analyze_page(html_selector(html, url), url))


def test_last_list_page_with_one_excerpt_and_a_pager_is_a_list() -> None:
    entries = ENTRY.format(n=1, excerpt=EXCERPT) + "".join(ENTRY.format(n=n, excerpt="") for n in (2, 3))
    pager = '<div class="nav"><a href="/category/x/page/1/">1</a> <a href="/category/x/page/2/">2</a> <span>3</span></div>'
    assert kind(HEAD + f'<div class="list">{entries}</div>{pager}</body></html>') == "list"


def test_endless_scroll_last_page_is_a_list() -> None:
    items = "".join(f'<li><a href="/article/{n}.html"><h3>第{n}篇：盐城出台汽车零部件产业扶持政策 最高补贴235万元</h3>'
                    f'<div class="i"><span>后市场财经</span><span>2025-09-0{n}</span><span>5.2万阅读</span></div></a></li>'
                    for n in (1, 2, 3))
    assert kind(HEAD + f'<ul class="m-list">{items}</ul><p>没有更多了</p></body></html>',
                "http://m.example.cn/channel/x/list_3.html") == "list"


@pytest.mark.parametrize("body", [EXCERPT + "<p>项目总投资约135亿元，建成后可新增就业岗位755个。</p>"])
def test_short_article_wrapped_like_its_siblings_is_an_article(body: str) -> None:
    post = f'<div class="post single"><h2>1月汽配经销商景气指数回升 轮毂轴承单元销量居前</h2><p class="d">2025-01-16 10:20</p>{body}</div>'
    pagebar = '<div class="post pagebar"><a href="/post/44.html">上一篇：配件企业海外布局</a><a href="/post/46.html">下一篇：售后市场回暖</a></div>'
    related = ('<div class="post related"><h3>相关文章:</h3><ul>' + "".join(
        f'<li><a href="/post/{n}.html">相关文章第{n}篇：汽配城升级改造完成 入驻商户超过八百家</a></li>' for n in (1, 2, 3, 4))
        + "</ul></div>")
    html = HEAD.replace("<h1>配件观察</h1>", '<div class="logo"><a href="/">配件观察</a></div>') + post + pagebar + related + "</body></html>"
    assert kind(html, "http://blog.example.cn/post/45.html") == "article"


def test_short_article_on_a_link_heavy_page_is_an_article() -> None:
    """Two paragraphs beside a sidebar of eight long titles: the date line under its headline says article."""
    side = "".join(f'<tr><td>·<a href="show.asp?id={n}">第{n}条：中驰转向与远辰车灯签署战略合作协议 共建研发中心</a></td></tr>'
                   for n in range(1, 9))
    html = ('<html><head><title>中驰转向LED大灯总成新产线投产</title></head><body><table><tr><td valign="top">'
            f'<table>{side}</table></td><td valign="top"><table>'
            '<tr><td class="title"><b>中驰转向LED大灯总成新产线投产</b></td></tr>'
            '<tr><td>发布时间：2025年10月09日 14:05:13</td></tr>'
            '<tr><td><p>10月9日，中驰转向在盐城宣布，其LED大灯总成新产线正式投产，首批产品已发往客户。</p>'
            '<p>经销商告诉记者，近期到店询价的修理厂明显增多。业内预计全年有望保持稳定增长。</p></td></tr>'
            '</table></td></tr></table></body></html>')
    assert kind(html, "http://old.example.cn/news/news_show.asp?id=707") == "article"


def test_last_page_whose_pager_links_read_with_screen_reader_words_is_a_list() -> None:
    """Drupal's pager: visually-hidden words glued to the visible ones (上一页‹ 上一页); its rel=prev links
    still say it is the pager, so two excerpted entries above it are a channel's last page."""
    entries = "".join(f'<div class="views-row"><div class="views-field-title"><a href="/news/2025/p{n}">第{n}篇：配件企业加快海外布局 售后市场需求回暖</a></div>'
                      f'<div class="views-field-created"><time datetime="2025-0{n}-12T01:00:00Z">2025-0{n}-12</time></div>'
                      f'<div class="views-field-body">{EXCERPT}</div></div>' for n in (1, 2))
    pager = ('<nav class="pager"><ul><li><a href="?page=0" rel="prev"><span class="visually-hidden">上一页</span>'
             '<span>‹ 上一页</span></a></li><li><a href="?page=0"><span class="visually-hidden">页面</span>1</a></li>'
             '<li class="is-active"><a href="?page=1"><span class="visually-hidden">当前页</span>2</a></li></ul></nav>')
    assert kind(HEAD + f'<div class="view-content">{entries}</div>{pager}</body></html>',
                "http://xh.example.cn/zixun/xiehui?page=1") == "list"


def test_a_tag_page_whose_site_name_h1_and_sidebar_profile_frame_a_dated_list_is_a_list(tmp_path) -> None:
    """Held-out zoo E's Halo blog (its first run lost every tag and category page): the site name in
    an <h1> (the document title's longest part), a list headed 最新文章 of dated, counted entries,
    then a short profile box -- the 'headline' and the 'body' around the list are no article."""
    from tools.heldout_zoo_e import SEED, generate_family

    generate_family("halo", tmp_path, SEED)
    html = (tmp_path / "halo" / "www" / "tags" / "biji").read_text("utf-8")
    assert kind(html, "http://127.0.0.1/tags/biji") == "list"


def test_a_blog_tag_archive_whose_body_is_its_first_excerpt_under_its_own_heading_is_a_list(tmp_path) -> None:
    """Held-out zoo E's emlog blog: a tag archive (标签：X) of post excerpts, the site name as the only
    title reference -- the chosen 'body' is the archive's heading and the first entry's excerpt."""
    from tools.heldout_zoo_e import SEED, generate_family

    generate_family("emlog", tmp_path, SEED)
    tags = tmp_path / "emlog" / "www" / "tag"
    page = next(p for p in sorted(tags.iterdir()) if p.is_file())
    assert kind(page.read_text("utf-8"), f"http://127.0.0.1/tag/{page.name}") == "list"


def test_a_one_sentence_blog_post_with_its_counters_under_the_text_is_an_article() -> None:
    """A blog post of one sentence: its date line under the headline, its own counters (阅读(N) 评论(N))
    right under the text, sidebars of many links around it."""
    side = "".join(f"<li><a href='/post-{n}.html'>第{n}篇：配件企业加快海外布局 售后市场需求回暖</a></li>" for n in range(1, 9))
    html = ("<html><head><title>关于低价热管理模块的一点想法 - 老周汽配笔记</title></head><body><h1 class='blogname'>老周汽配笔记</h1>"
            "<div id='content'><h2 class='log-title'>关于低价热管理模块的一点想法</h2>"
            "<p class='log-info'>post by <a href='/author/2'>阿杰</a> / 2025-8-15 20:04 / <a href='/sort/7'>随笔</a></p>"
            "<div class='log-cont'><p>上周去襄阳的汽配城转了一圈，整体感觉是人少了，但做线上的商户明显多了。</p></div>"
            "<p class='tag'>标签: <a href='/tag/a'>刹车片</a> <a href='/tag/b'>轮胎</a></p><p class='log-count'>阅读(1674) 评论(0)</p></div>"
            f"<div id='sidebar'><h3>最新文章</h3><ul class='newlog'>{side}</ul><h3>热门文章</h3><ul class='hotlog'>{side}</ul></div>"
            "</body></html>")
    assert kind(html, "http://blog.example.cn/post-47.html") == "article"


def test_a_stream_of_short_dated_posts_is_no_article() -> None:
    """A blog's micro-post stream (微语 / moments): one short sentence per box, each box with its own
    time -- neither an article nor a list of links."""
    posts = "".join(f"<li class='moment'><div class='head'><span>韩艳</span><time datetime='2026-05-1{n}T14:04:00+08:00'>"
                    f"2026-05-1{n} 14:04</time></div><div class='content'><p>第{n}条：今天到了一批制动卡钳，包装升级了。</p></div></li>"
                    for n in range(1, 7))
    html = ("<html><head><title>瞬间 - 车电札记</title></head><body><h1 class='logo'>车电札记</h1>"
            f"<div class='main'><h2>瞬间</h2><ul class='moments'>{posts}</ul></div></body></html>")
    assert kind(html, "http://blog.example.cn/moments") == "other"


def test_an_article_of_short_paragraphs_under_one_date_stays_an_article() -> None:
    paras = "".join(f"<p>第{n}段：公司新一代制动卡钳已完成验证，将于下月起批量供货。</p>" for n in range(1, 7))
    html = ("<html><head><title>制动卡钳批量供货 - 车电札记</title></head><body><h1>制动卡钳批量供货</h1>"
            f"<div class='meta'>2026-05-12 14:04</div><div class='content'>{paras}</div></body></html>")
    assert kind(html, "http://blog.example.cn/archives/caliper") == "article"


def test_a_home_page_whose_headline_is_the_site_name_linking_home_over_a_tagline_is_no_article(tmp_path) -> None:
    """Held-out zoo E's Wagtail site: the home page's only 'headline' is the site's name in an <h1>
    inside the link home, over a one-sentence tagline."""
    from tools.heldout_zoo_e import SEED, generate_family

    generate_family("wagtail", tmp_path, SEED)
    html = (tmp_path / "wagtail" / "www" / "index.html").read_text("utf-8")
    assert kind(html, "http://127.0.0.1/") != "article"

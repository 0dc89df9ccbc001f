"""Listing blocks: related entries, list pages, pagination and kind guesses."""

from __future__ import annotations

import json
from pathlib import Path

from parsel import Selector

from autoparts_crawler.extraction.analysis import analyze_page
from autoparts_crawler.extraction.related import extract_list_page, extract_related

FIX = Path(__file__).parent / "fixtures" / "generic"
FIELDS = ("title", "url", "category", "date_raw", "views_raw", "tag")


def _sel(name: str) -> Selector:
    return Selector(text=(FIX / name).read_text("utf-8"))


def test_list_page_entries_and_pagination() -> None:
    exp = json.loads((FIX / "list_page.json").read_text("utf-8"))
    listing = extract_list_page(analyze_page(_sel("list_page.html"), exp["url"]))
    assert [{f: getattr(e, f) for f in FIELDS} for e in listing.entries] == exp["entries"]
    assert listing.next_page_urls == exp["next_page_urls"]


def test_kinds_on_portal_page() -> None:
    blocks = analyze_page(_sel("portal_cn.html"), "http://x.test/a.html").listing_blocks
    kinds = {b.kind for b in blocks}
    assert "related" in kinds and "sidebar" in kinds and "nav" in kinds
    sidebar = next(b for b in blocks if b.kind == "sidebar")
    assert sidebar.heading == "热门排行"


def test_related_split_date_category_tag_views() -> None:
    related = extract_related(analyze_page(_sel("portal_cn.html"), "http://x.test/zixun/1.html"))
    assert next(r.title for r in related) == "轮毂轴承单元出口订单增长 交付周期延长至八周"
    second = related[1]
    assert (second.category, second.date_raw, second.tag, second.views_raw) == ("评测", "28 Feb2024", "锐驰", "1.2万")
    assert all(r.url.startswith("http") for r in related)


def test_related_titles_drop_trailing_category_word() -> None:
    html = """<html><body><div class="c"><p>正文内容，一句话。</p></div><div><h3>相关新闻</h3><ul>
    <li><a href="/a/1.html">电池回收体系加快建设 新闻</a><span>03</span><span>Jan2025</span><span>12</span></li>
    <li><a href="/a/2.html">四款补胎液实测 评测</a><span>02</span><span>Jan2025</span><span>TCL</span><span>7</span></li>
    </ul></div></body></html>"""
    related = extract_related(analyze_page(Selector(text=html), "http://x.test/a/0.html"))
    assert [(r.title, r.category, r.date_raw, r.views_raw) for r in related] == [
        ("电池回收体系加快建设", "新闻", "03 Jan2025", "12"),
        ("四款补胎液实测", "评测", "02 Jan2025", "7"),
    ]
    assert related[1].tag == "TCL"


def test_mobile_related_items_are_links() -> None:
    html = """<html><body><article><p>正文一句话，足够长的内容。</p></article><section class="m-rec"><h3>相关推荐</h3>
    <a class="m-rec-item" href="/m/1.html"><p class="t">标题一号文章测试</p><p class="meta"><span>某媒体</span><span>2.6万阅读</span><span>3小时前</span></p></a>
    <a class="m-rec-item" href="/m/2.html"><p class="t">标题二号文章测试</p><p class="meta"><span>某媒体</span><span>218阅读</span><span>昨天 21:05</span></p></a>
    </section></body></html>"""
    related = extract_related(analyze_page(Selector(text=html), "http://x.test/m/0.html"))
    assert [(r.title, r.views_raw, r.date_raw) for r in related] == [
        ("标题一号文章测试", "2.6万阅读", "3小时前"), ("标题二号文章测试", "218阅读", "昨天 21:05")]


def _blog_item(cls: str, n: int, day: int) -> str:
    return (f"<div class='{cls}'><div class='entry-head'><h2><a href='/qiye/{n}-2025-05-{day:02d}.html'>"
            f"第{n}号配件企业二季度订单回暖报道</a></h2></div>"
            f"<dl class='info'><dd class='published'>Published: {day:02d} May 2025</dd><dd class='hits'>Hits: {100 + n}</dd></dl>"
            "<p>今年二季度，多家汽车零部件企业的订单出现回暖，制动系统和底盘件的需求增长明显。</p>"
            f"<p class='readmore'><a href='/qiye/{n}-2025-05-{day:02d}.html'>Read more: 第{n}号配件企业二季度...</a></p></div>")


def _blog_page(pager: bool) -> str:
    rows = "".join(f"<div class='items-row row-{r}'><div class='col'>{_blog_item('item column-1', 2 + 2 * r, 20 - 2 * r)}</div>"
                   f"<div class='col'>{_blog_item('item column-2', 3 + 2 * r, 19 - 2 * r)}</div></div>" for r in range(2))
    more = "".join(f"<li><a href='/qiye/{n}-2025-04-{n:02d}.html'>第{n}号配件企业一季度经营情况回顾</a></li>" for n in (6, 7, 8))
    paging = ("<div class='pagination'><ul><li><a href='/qiye.html?start=10'>下一页</a></li>"
              "<li><a href='/qiye.html?start=10'>尾页</a></li></ul></div>") if pager else ""
    return ("<html><head><title>企业动态 - 汽配资讯网</title></head><body>"
            "<ul class='menu'><li><a href='/'>首页</a></li><li><a href='/qiye.html'>企业动态</a></li><li><a href='/hq.html'>市场行情</a></li></ul>"
            "<div class='row'><main class='span9'><div class='blog'><h2>企业动态</h2>"
            f"<div class='items-leading'><div class='leading-0'>{_blog_item('leading', 1, 21)}</div></div>"
            f"{rows}<div class='items-more'><ol class='nav nav-tabs'>{more}</ol></div>{paging}</div></main>"
            "<aside class='span3'><h3>热门文章</h3><ul class='mostread'>"
            + "".join(f"<li><a href='/qiye/{n}-2025-01-01.html'>第{n}号热门文章标题足够长</a></li>" for n in (40, 41, 42))
            + "</ul></aside></div></body></html>")


def test_blog_layout_list_reads_leading_item_grid_cells_and_more_links() -> None:
    """A blog layout's list: one leading item, rows of two columns, then plain 'more' links -- every
    entry in page order, each with its own date and count; the sidebar's links are none of them."""
    for pager in (True, False):
        listing = extract_list_page(analyze_page(Selector(text=_blog_page(pager)), "http://x.test/qiye.html"))
        assert [e.url.rsplit("/", 1)[1].split("-")[0] for e in listing.entries] == \
            ["1", "2", "3", "4", "5", "6", "7", "8"], pager
        first, second = listing.entries[:2]
        assert (first.date_raw, first.views_raw) == ("Published: 21 May 2025", "Hits: 101")
        assert (second.title, second.date_raw, second.views_raw) == ("第2号配件企业二季度订单回暖报道", "Published: 20 May 2025", "Hits: 102")
        assert listing.entries[-1].date_raw is None


def _card(n: int) -> str:
    return (f"<li class='item'><a class='thumbnail' href='/archives/p{n}' title='第{n}篇学习路线整理'><img src='/c/{n}.jpg' alt=''></a>"
            f"<div class='information'><a class='title' href='/archives/p{n}'>第{n}篇学习路线整理</a>"
            f"<a class='abstract' href='/archives/p{n}'>在实际项目里，我们遇到的问题大多不在协议本身，而在于时序和边界条件没有考虑清楚，第{n}篇……</a>"
            f"<div class='meta'><ul><li>2026-05-0{n}</li><li>2,73{n} 阅读</li></ul></div></div></li>")


def test_a_blog_home_list_headed_latest_above_its_pager_with_title_and_excerpt_links() -> None:
    """A blog's home: a slider of three featured posts, then the list headed 最新文章 (a sidebar's
    heading elsewhere) right above the pager; each card links its title and its excerpt -- the title
    link is the entry's title, however longer the excerpt's."""
    slider = "".join(f"<div class='slide'><a href='/archives/f{n}'>推荐文章第{n}篇的标题足够长</a></div>" for n in (1, 2, 3))
    html = ("<html><head><title>车电札记</title></head><body><h1 class='logo'>车电札记</h1>"
            f"<div class='swiper'>{slider}</div><div class='index'><div class='index__title'>最新文章</div>"
            "<ul class='index__list'>" + "".join(_card(n) for n in range(1, 6)) + "</ul></div>"
            "<ul class='pagination'><li><a href='/page/2'>2</a></li><li><a href='/page/3'>3</a></li><li><a href='/page/2'>下一页</a></li></ul>"
            "<aside class='sidebar'><h3>热门文章</h3><ol>" + "".join(f"<li><a href='/archives/h{n}'>热门文章第{n}篇标题</a></li>" for n in (1, 2, 3))
            + "</ol></aside></body></html>")
    listing = extract_list_page(analyze_page(Selector(text=html), "http://blog.x.test/"))
    assert [e.title for e in listing.entries] == [f"第{n}篇学习路线整理" for n in range(1, 6)]
    assert listing.entries[0].views_raw == "2,731 阅读"


def test_a_channel_index_lists_every_sub_channel_box() -> None:
    """A channel's index page: one box per sub-channel (a heading, a list of dated entries), the
    boxes siblings -- the page's entries are every box's, in page order; the sidebar's are not."""
    def box(name: str, first: int) -> str:
        items = "".join(f"<li><a href='/{name}/{n}.html'>第{n}号：配件企业二季度订单回暖报道</a><span>2025-05-{n:02d}</span></li>"
                        for n in range(first, first + 4))
        return f"<div class='box'><h3><a href='/{name}/'>{name}</a></h3><ul>{items}</ul></div>"
    html = ("<html><head><title>新闻中心 - 汽配网</title></head><body><ul class='nav'><li><a href='/'>首页</a></li>"
            "<li><a href='/xinwen/'>新闻中心</a></li></ul><div class='main_left'>"
            + box("chanye", 1) + box("qiye", 5) + box("hangye", 9) + box("tongzhi", 13) + "</div>"
            "<div class='side'><h3>热门</h3><ul>" + "".join(f"<li><a href='/x/{n}.html'>热门文章第{n}篇标题足够长</a></li>" for n in (1, 2, 3))
            + "</ul></div></body></html>")
    listing = extract_list_page(analyze_page(Selector(text=html), "http://x.test/xinwen/"))
    assert [e.url.rsplit("/", 1)[1] for e in listing.entries] == [f"{n}.html" for n in range(1, 17)]
    assert listing.entries[4].date_raw == "2025-05-05"


def test_a_month_archive_of_two_posts_lists_both_with_labelled_dates_and_counts(tmp_path) -> None:
    """Held-out zoo E's emlog blog: a month archive of two posts (no pager) whose chosen 'body' is the
    first post's excerpt; each entry's date is labelled (发布于：2026-5-13), its count bracketed (浏览(3595))."""
    from tools.heldout_zoo_e import SEED, generate_family

    generate_family("emlog", tmp_path, SEED)
    html = (tmp_path / "emlog" / "www" / "record" / "202605").read_text("utf-8")
    listing = extract_list_page(analyze_page(Selector(text=html), "http://127.0.0.1/record/202605"))
    assert [e.url.rsplit("/", 1)[1] for e in listing.entries] == ["post-86.html", "post-84.html"]
    assert (listing.entries[0].date_raw, listing.entries[0].views_raw) == ("发布于：2026-5-13", "浏览(3595)")

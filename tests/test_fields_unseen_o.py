"""Fields on layouts met in held-out zoo O (rewritten as own small pages): a related list headed
相关视频, a programme name in title marks as the category, the 责任编辑 in ``<meta name=author>``,
an author credit naming the site's desk beside a plain 编辑, 抢沙发 on the comment link, 供稿单位.

Through the public ``extract_article``.
"""

from __future__ import annotations

from autoparts_crawler.extract import extract_article

FETCHED = "2026-10-21T16:00:00+08:00"
URL = "https://www.tv.example.cn/2026/10/13/VIDEabc261013.shtml"
TITLE = "探访一家驱动电机工厂的智能产线"
BODY = "".join(f"<p>第{i}段：在检测中心，技术人员对驱动电机进行了高低温和耐久试验，企业的订单已经排到了明年一季度。</p>"
               for i in range(1, 4))


def page(head: str = "", info: str = "来源：省卫视　<span class='time'>2026年10月13日 21:44</span>",
         program: str = "", tools: str = "", after: str = "") -> str:
    related = "".join(f"<li><a href='/2026/09/0{n}/VIDEx{n}.shtml'>第{n}期汽车观察节目的视频标题</a>"
                      f"<span class='date'>2026-09-0{n}</span></li>" for n in range(1, 5))
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}_汽车观察_某视网</title>{head}</head><body>"
            "<div class='nav'><a href='/'>首页</a><a href='/news/'>新闻</a><a href='/lanmu/qcgc/'>汽车观察</a></div>"
            f"<div class='video_info'><h1>{TITLE}</h1><div class='info'>{info}</div>{program}{tools}"
            f"<div class='cnt_bd'>{BODY}</div>{after}</div>"
            f"<div class='xglb'><h3>相关视频</h3><ul>{related}</ul></div>"
            "<div class='footer'><p>某视网版权所有</p></div></body></html>")


def record(html: str):
    return extract_article(html.encode("utf-8"), URL, fetched_at=FETCHED)


def test_a_list_headed_related_videos_is_the_related_block() -> None:
    rec = record(page())
    assert [r.title for r in rec.related] == [f"第{n}期汽车观察节目的视频标题" for n in range(1, 5)]


def test_a_programme_name_in_title_marks_is_the_category_without_them() -> None:
    rec = record(page(program="<div class='program'>栏目：<a href='/lanmu/qcgc/'>《汽车观察》</a>　播出时间：2026年10月10日</div>"))
    assert rec.category == "汽车观察"


def test_the_desk_editor_in_the_author_meta_is_no_author() -> None:
    after = "<div class='zebian'><span>编辑：柏一帆</span><span>责任编辑：韦晨曦</span></div>"
    rec = record(page(head="<meta name='author' content='韦晨曦'>", after=after))
    assert (rec.author, rec.editor) == (None, "韦晨曦")


def test_an_author_credit_naming_the_sites_desk_leaves_the_plain_editor_an_editor() -> None:
    info = ("<span class='time'>2026年10月13日 21:44</span><span>作者：<a href='/author/40/'>某视网编辑部</a></span>"
            "<span>编辑：窦芳菲</span>")
    rec = record(page(info=info))
    assert rec.author is None
    # without any author credit, the plain 编辑 is the one person named: the byline
    rec = record(page(info="<span class='time'>2026年10月13日 21:44</span><span>编辑：窦芳菲</span>"))
    assert rec.author == "窦芳菲"


def test_grab_the_sofa_on_the_comment_link_is_zero_comments() -> None:
    tools = "<div class='tools'><span class='views'>浏览：1946</span><a class='comment' href='#reply'>抢沙发</a></div>"
    rec = record(page(tools=tools))
    assert (rec.comments, rec.views) == (0, 1946)


def test_the_supplying_department_is_the_source() -> None:
    info = "供稿单位：材料科学与工程学院　撰稿：苗子衿　摄影：舒朗清　发布时间：2026-10-13 13:30"
    rec = record(page(info=info))
    assert (rec.source, rec.author) == ("材料科学与工程学院", "苗子衿")


def test_a_counter_among_the_pages_controls_above_the_text_is_no_body() -> None:
    for tools in ("<div>浏览：1946 收藏</div>", "<div>阅读 1946 分享</div>", "<div>浏览：1946抢沙发</div>"):
        rec = record(page(tools=tools))
        assert rec.body_text.startswith("第1段"), tools
        assert rec.views == 1946, tools

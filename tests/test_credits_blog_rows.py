"""Credits of an old blog system's post page (own small pages): the post's header row
``[频道]TITLE NAME 发表于 DATE`` above a text whose first line repeats the headline, and a site
footer crediting the software's makers (``Copyright © … Rewrited by:X``).

Through the public ``extract_article``.
"""

from __future__ import annotations

from autoparts_crawler.extract import extract_article

FETCHED = "2026-06-30T09:00:00+08:00"
URL = "http://blog.example.com/more.asp?name=lanjiang&id=2254"
TITLE = "制动盘的三种热处理工艺比较"
TEXT = "".join(
    f"第{i}节。制动盘在连续制动时温度会迅速升高，不同的热处理工艺决定了它的抗热衰退能力和使用寿命，维修时应当区别对待。"
    for i in range(1, 7)
)
FOOTER = ("<div align=center>Copyright &copy;2005 <a href='/'><b>Example Blog</b></a> Source from:Oblog v2.21 "
          "Rewrited by:webmakerx <br></div>")


def page(header_row: bool = True, footer: str = FOOTER) -> str:
    row = (f"<tr><td><font size=4><strong><a href='blog.asp?name=lanjiang&subjectid=51'>[汽修笔记]</a>"
           f"<a href='more.asp?name=lanjiang&id=2254'>{TITLE}</a></strong></font><br>"
           "<a href='blog.asp?name=lanjiang'>lanjiang</a> 发表于 2005-9-15 11:46:00 </td></tr>") if header_row else ""
    side = "".join(f"<a href='more.asp?name=lanjiang&id={n}'>别的日志{n}号的标题</a><br>" for n in range(3000, 3008))
    return ("<html><head><title>Example Blog--兰江一叶</title></head><body><table><tr>"
            f"<td width=180><strong>日志更新</strong><div>{side}</div></td><td><table>{row}"
            f"<tr><td><p>{TITLE}<br>&nbsp;<br>{TEXT}</p></td></tr></table>"
            "<a href='more.asp?name=lanjiang&id=2254'>阅读全文(736)</a> | 回复(0)</td></tr></table>"
            f"{footer}</body></html>")


def test_the_posts_header_row_names_the_blogger_and_the_time() -> None:
    rec = extract_article(page().encode("gbk"), URL, fetched_at=FETCHED)
    assert rec.title == TITLE
    assert rec.author == "lanjiang"
    assert rec.published_at == "2005-09-15T11:46:00+08:00"


def test_a_footer_crediting_the_sites_makers_names_no_author() -> None:
    rec = extract_article(page(header_row=False).encode("gbk"), URL, fetched_at=FETCHED)
    assert rec.author is None
    # the same words outside a copyright line are a byline
    rec = extract_article(page(header_row=False, footer="<p>Rewrited by:webmakerx</p>").encode("gbk"), URL,
                          fetched_at=FETCHED)
    assert rec.author == "webmakerx"

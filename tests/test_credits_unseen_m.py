"""Credits on layouts met in held-out corpus M (rewritten as own small pages): an office credited
as the writer of a government release (（文/汽车产业处）) is no author.

Through the public ``extract_article``.
"""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article


def record(credit: str):
    text = "".join(f"<p>第{i}段：会上，整车企业发布了零部件配套需求清单，涉及电驱、热管理、座舱电子等领域的项目共计四十余个。</p>"
                   for i in range(1, 4))
    html = ("<html><head><meta charset='utf-8'><title>汽车零部件产业链供需对接会召开</title></head><body>"
            "<h1>汽车零部件产业链供需对接会召开</h1><div class='info'>发布日期：2026-11-20 17:02 来源：市经济信息化委</div>"
            f"<div class='content'>{text}<p>{credit}</p></div></body></html>")
    return extract_article(html.encode(), "https://jxw.example.gov.cn/cyfz/20261120/1.html",
                           fetched_at="2026-11-30T09:00:00+08:00")


@pytest.mark.parametrize(("credit", "author"), [
    ("（文/汽车产业处）", None),
    ("（文/办公室）", None),
    ("（文/王小明）", "王小明"),
])
def test_an_office_credited_as_writer_is_no_author(credit: str, author: str | None) -> None:
    assert record(credit).author == author

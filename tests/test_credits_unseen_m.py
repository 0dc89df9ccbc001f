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


def intl(first: str, header: str = "", url: str = "https://news.example.in/punjab/1", lang: str = "pa"):
    rest = "".join(f"<p>Paragraph {i}: the units said the orders cover gears, shafts and brake parts for European "
                   "buyers this year.</p>" for i in range(2, 5))
    html = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Parts units win orders</title>"
            "<meta name='author' content='Sandeep Kumar'></head><body><h1>Parts units win orders</h1>"
            f"{header}<div class='story'><p>{first}</p>{rest}</div></body></html>")
    return extract_article(html.encode(), url, fetched_at="2026-11-30T09:00:00+05:30")


def test_a_reporter_in_the_datelines_brackets_and_the_desk_editor_in_the_header() -> None:
    header = ("<div class='story-meta'><span class='time' title='2026-11-30'>3 ਘੰਟੇ ਪਹਿਲਾਂ</span> "
              "<span class='edited'>Edited By: Sandeep Kumar</span></div>")
    rec = intl("ਲੁਧਿਆਣਾ (ਹਿਤੇਸ਼ ਸ਼ਰਮਾ) : the city's auto parts units have received large orders from Europe.", header)
    assert (rec.author, rec.editor) == ("ਹਿਤੇਸ਼ ਸ਼ਰਮਾ", "Sandeep Kumar")
    assert not rec.body_text.startswith("3 ")


def test_an_agency_in_the_datelines_brackets_is_the_source_unless_it_is_the_site() -> None:
    first = "ନୂଆଦିଲ୍ଲୀ,୨୫।୧୧(ପିଟିଆଇ): passenger vehicle exports rose in the first half of the financial year."
    assert intl(first, lang="or").source == "ପିଟିଆଇ"
    own = "Dili (TATOLI) – the parts store opened a new warehouse in the capital this week."
    assert intl(own, url="https://www.tatoli.tl/2026/11/26/1/", lang="tet").source is None


def test_a_source_elements_own_one_word_label_is_stripped() -> None:
    header = "<div class='meta'><span class='source'>Motswedi: BOPA</span></div>"
    assert intl("Gaborone – the parts dealer opened a new branch this week.", header, lang="tn").source == "BOPA"

"""Credits and body edges on layouts met in held-out corpus L (rewritten as own small pages): a
dateline credit opening the text (本报X讯 记者A报道：, X讯 （记者A 通讯员B）), a credit line with the
app's name before a slash, an institute before the writer, WeChat end marks, labelled credit lines
of other languages under the text, a source label in Turkmen, an Indian-language "read this too"
heading and a zero-width non-joiner ending a Telugu word.

Through the public ``extract_article``.
"""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article

FETCHED = "2026-11-27T10:00:00+08:00"
ZH_TEXT = "".join(f"<p>第{i}段：今年以来，本地汽车零部件企业的订单持续增长，热管理和底盘部件的出口增幅尤其明显，企业正在扩充产能。</p>"
                  for i in range(2, 5))
EN_TEXT = "".join(f"<p>Paragraph {i}: the parts maker opened a new warehouse in the capital this week, hiring dozens "
                  "of young workers from nearby towns.</p>" for i in range(1, 5))


def zh(first: str, info: str = "2026-11-26 11:30 来源：某日报", after: str = ""):
    html = ("<html><head><meta charset='utf-8'><title>零部件企业订单持续增长</title></head><body>"
            f"<h1>零部件企业订单持续增长</h1><div class='info'>{info}</div>"
            f"<div class='content'><p>{first}</p>{ZH_TEXT}{after}</div></body></html>")
    return extract_article(html.encode(), "https://www.news.example.cn/2026/1126/1.html", fetched_at=FETCHED)


def intl(lang: str, tail: str, title: str = "Parts maker opens warehouse", meta: str = ""):
    html = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>{meta}</head><body>"
            f"<h1>{title}</h1><div class='info'>26.11.2026</div><div class='content'>{EN_TEXT}{tail}</div>"
            "</body></html>")
    return extract_article(html.encode(), "https://www.example.tl/news/1.html", fetched_at=FETCHED)


@pytest.mark.parametrize(("first", "author"), [
    ("本报沙洲讯 记者邹明辉报道：11月26日，记者从市工信部门获悉，今年前10个月零部件产业集群产值增长。", "邹明辉"),
    ("科技日报讯 （记者王晨阳 通讯员袁野）11月25日，记者从工业园区获悉，一条电解质膜中试线投运。", "王晨阳 袁野"),
])
def test_a_dateline_credit_opening_the_text_names_the_writers(first: str, author: str) -> None:
    assert zh(first, info="2026-11-26 11:30").author == author


def test_a_credit_line_with_the_apps_name_before_a_slash_is_no_body() -> None:
    rec = zh("石榴云/新疆日报记者 阿依古丽·买买提 报道")
    assert rec.body_text.startswith("第2段")
    assert rec.author == "阿依古丽·买买提"


def test_an_institute_before_the_writer_is_not_part_of_the_name() -> None:
    assert zh("文/某某研究院 郑雨辰", info="2026-11-26 11:30").author == "郑雨辰"


@pytest.mark.parametrize("mark", ["— END —", "-END-", "THE END", "全文完"])
def test_an_end_mark_is_no_body(mark: str) -> None:
    rec = zh("第1段：今年以来，本地汽车零部件企业的订单持续增长，热管理和底盘部件的出口增幅尤其明显。",
             after=f"<p>第5段：企业正在扩充产能，新厂房预计明年投产，届时年产能将翻一番，带动上下游配套。</p><p>{mark}</p>"
                   "<p>图片来自网络，如有侵权，请联系删除</p>")
    assert rec.body_text.endswith("带动上下游配套。")


def test_labelled_credit_lines_of_other_languages_under_the_text_are_credits() -> None:
    rec = intl("tet", "<p><strong>Jornalista: Jacinta da Costa Soares</strong></p><p><strong>Editór: Armando Pereira</strong></p>")
    assert rec.body_text.endswith("nearby towns.")
    assert (rec.author, rec.editor) == ("Jacinta da Costa Soares", "Armando Pereira")
    rec = intl("en", "<p>Reporter: Jane Doe</p><p>Editor: John Roe</p>")
    assert rec.body_text.endswith("nearby towns.") and rec.editor == "John Roe"


def test_a_turkmen_source_label() -> None:
    assert intl("tk", "<p>Çeşme: TDH</p>").source == "TDH"


def test_a_telugu_read_this_too_heading_ends_the_text_and_a_word_final_joiner_stays() -> None:
    title = "హైదరాబాద్\u200c సమీపంలో ఈవీ విడిభాగాల పరిశ్రమ"
    rec = intl("te", "<div class='also'><h3>ఇవి కూడా చదవండి</h3><ul><li><a href='/2'>తెలంగాణలో ఈవీ ఛార్జింగ్\u200c కేంద్రాల విస్తరణ</a></li>"
               "<li><a href='/3'>ఆటో విడిభాగాల ఎగుమతుల్లో వృద్ధి</a></li></ul></div>", title=title)
    assert rec.title == title
    assert "చదవండి" not in rec.body_text

"""Body edges on layouts met in held-out corpus M (rewritten as own small pages): an emphasised
"read also" or credit line in any language (``**Label: title**``), and a header date line with a
month word of a language the crawler has no words for.

Through the public ``extract_article``.
"""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article

FETCHED = "2026-11-30T09:00:00+00:00"
TEXT = ["Paragraph one: the parts maker opened a new plant near the port this week and hired two hundred workers.",
        "Paragraph two: the company said exports of brake parts rose by a fifth in the first ten months of the year.",
        "Paragraph three: officials expect more suppliers to follow as the new highway opens next spring."]


def record(middle: str = "", header: str = "", lang: str = "tpi"):
    body = f"<p>{TEXT[0]}</p>{middle}<p>{TEXT[1]}</p><p>{TEXT[2]}</p>"
    html = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Parts maker opens plant</title></head><body>"
            f"<h1>Parts maker opens plant</h1>{header}<div class='story'>{body}</div></body></html>")
    return extract_article(html.encode(), "https://news.example.org/story/1", fetched_at=FETCHED)


@pytest.mark.parametrize("line", [
    "<p><strong>Ritim tu: Prais bilong ol taia i go antap</strong></p>",      # Tok Pisin: read also
    "<p><em>Bala gape: Palo ya dijanaga e a oketsega</em></p>",               # Setswana
    "<p><b>ଆହୁରି ପଢ଼ନ୍ତୁ: ରାଜ୍ୟରେ ଇ-ରିକ୍ସା ପଞ୍ଜୀକରଣ ବଢ଼ିଲା</b></p>",             # Odia (combining marks)
    "<p><strong>ਇਹ ਵੀ ਪੜ੍ਹੋ- ਪੰਜਾਬ ਵਿੱਚ ਵਿਕਰੀ ਦੁੱਗਣੀ</strong></p>",                # Punjabi, a dash
    "<p><strong>Morulaganyi: Onalenna Phiri</strong></p>",                    # a credit line
])
def test_an_emphasised_label_line_is_no_body(line: str) -> None:
    assert record(middle=line).paragraphs == TEXT


@pytest.mark.parametrize("line", [
    "<p><strong>The plant will make brake discs and pads for export.</strong></p>",  # a sentence: text
    "<p><strong>记者手记：风雨中的守护</strong></p>",                                     # a Chinese sub-heading
    "<p>Ritim tu: Prais bilong ol taia i go antap</p>",                               # not emphasised
])
def test_other_emphasised_or_plain_lines_stay(line: str) -> None:
    assert len(record(middle=line).paragraphs) == 4


def test_a_header_date_line_with_an_unknown_month_word_is_no_body() -> None:
    header = ("<div class='dates'><p>അപ്ഡേറ്റ് ചെയ്തത്: 26 നവംബർ 2026, 04:40 PM IST</p>"
              "<p>പ്രസിദ്ധീകരിച്ചത്: 26 നവംബർ 2026, 09:05 AM IST</p></div>")
    assert record(header=header, lang="ml").paragraphs == TEXT

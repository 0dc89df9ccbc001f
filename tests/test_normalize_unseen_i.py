"""Mechanisms found missing by held-out table I, each with cases of its own (not the table's rows).

Counts: thousand words of more languages scale like ``k``; none-yet statements of other languages
are 0; billions and currency-signed amounts give no value. Dates: see the date sections below.
"""

from __future__ import annotations

import pytest

from autoparts_crawler.normalize import normalize_count

# --------------------------------------------------------------------------- counts

COUNT_CASES = [
    # thousand words: Ukrainian, Turkish, Indonesian, Korean, English (a decimal comma before a word)
    ("4,6 тис. переглядів", 4600, True),
    ("12 тис.", 12000, True),
    ("7,5 bin izlenme", 7500, True),
    ("3 bin beğeni", 3000, True),
    ("8,1 rb dilihat", 8100, True),
    ("5 ribu", 5000, True),
    ("좋아요 2.7천", 2700, True),
    ("4.5 thousand likes", 4500, True),
    ("2 milyon izlenme", 2000000, True),
    # none-yet statements and the invitation to be first
    ("Keine Kommentare", 0, False),
    ("Noch keine Kommentare vorhanden", 0, False),
    ("Pas encore de commentaires", 0, False),
    ("Aucun commentaire pour le moment", 0, False),
    ("Sin comentarios", 0, False),
    ("Sé el primero en opinar", 0, False),
    ("Nessun commento", 0, False),
    # no value: billions, stacked Korean units, a currency sign of any country
    ("7 Mrd. Aufrufe", None, False),
    ("4 Milliarden Aufrufe", None, False),
    ("2 billion views", None, False),
    ("3 млрд просмотров", None, False),
    ("1,2 mil millones de vistas", None, False),
    ("5천만", None, False),
    ("₩8,500", None, False),
    ("₹1,299", None, False),
    ("₽990", None, False),
    ("Kommentare", None, False),
]


@pytest.mark.parametrize(("text", "value", "approx"), COUNT_CASES)
def test_count_mechanisms(text: str, value: int | None, approx: bool) -> None:
    result = normalize_count(text)
    assert (result.value, result.approx) == (value, approx), result

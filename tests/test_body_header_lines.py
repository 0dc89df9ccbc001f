"""Header lines under the headline in other languages -- bylines, publish / update lines, reading
time, counters -- and the deck are no body text; the article's first paragraph is. Own small pages,
through the public ``extract_article``."""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article

FR = [
    "Le sous-traitant installé dans la zone industrielle depuis 1974 a été placé en redressement judiciaire mardi.",
    "Selon la direction, la baisse des commandes de deux constructeurs a fait chuter le chiffre d'affaires de 30 %.",
    "Un administrateur judiciaire a été nommé pour une période d'observation de six mois, a indiqué le tribunal.",
]
TITLE = "Le sous-traitant Plastiform placé en redressement judiciaire"


def body(header: str, paras: list[str] = FR) -> str:
    html = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<article class='article-detail'><h1>{TITLE}</h1>{header}"
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    return extract_article(html.encode("utf-8"), "https://www.example.fr/eco/plastiform.html",
                           fetched_at="2025-02-08T10:00:00+01:00").body_text


@pytest.mark.parametrize(("header", "gone"), [
    ("<p>Par Jeanne Martin</p><p>Mis à jour le 7 février 2025 à 11h05</p><p>Publié le 6 février 2025 à 09h12</p>",
     ["Par Jeanne", "Mis à jour", "Publié le"]),
    ("<p>Por Ana Ribeiro, g1 — São Paulo</p><p>05/06/2025 09h12 · Atualizado 05/06/2025 11h30</p>",
     ["Por Ana", "Atualizado"]),
    ("<p>Tomasz Nowak 12 listopada 2024, 09:12</p>", ["Tomasz Nowak"]),
    ("<div>Submitted by Maria Keller on Tue, 03/11/2025 - 14:05</div>", ["Submitted by"]),
    # a date without a year but with a clock: month words, day words of many languages
    ("<div><span>Publié le 6 février, 09h12</span> <span class='updated'>Mis à jour 7 février, 11:40</span></div>",
     ["Publié", "Mis à jour"]),
    ("<div class='post__info'><time datetime='2025-02-08T06:12:00+02:00'>Сьогодні, 06:12</time></div>",
     ["Сьогодні"]),
    ("<div class='meta'><span>Hier à 14h30</span></div>", ["Hier à"]),
    ("<p>7 min read</p>", ["min read"]),
    ("<dl><dd>Hits: 1482</dd></dl>", ["Hits"]),
    # a deck named as one
    ("<p class='story__dek'>L'entreprise de plasturgie, qui emploie 212 salariés, cherche un repreneur.</p>",
     ["repreneur"]),
    ("<h2 class='article-section__summary'>L'entreprise de plasturgie cherche un repreneur</h2>", ["repreneur"]),
    # a deck above the byline / date line
    ("<p>L'entreprise de plasturgie emploie 212 salariés et cherche un repreneur</p>"
     "<div>Par Jeanne Martin, le 6 février 2025</div>", ["repreneur", "Jeanne"]),
    # a deck in a heading element ends with a full stop; decks named desc / spot
    ("<h2>L'entreprise de plasturgie, qui emploie 212 salariés, cherche un repreneur.</h2>"
     "<div>Par Jeanne Martin, le 6 février 2025</div>", ["repreneur", "Jeanne"]),
    ("<p class='article__desc'>L'entreprise de plasturgie, qui emploie 212 salariés, cherche un repreneur.</p>",
     ["repreneur"]),
    ("<h2 class='news-detail-spot'>L'entreprise de plasturgie cherche un repreneur.</h2>", ["repreneur"]),
    # a standfirst of two sentences right under the headline, the byline after it
    ("<p class='article__lead'>Le sous-traitant perd son premier client. Soixante emplois sont menacés.</p>"
     "<div class='article__byline'><span class='byline__name'>Jeanne Martin</span></div>", ["Soixante", "Jeanne"]),
    # the writer's name and role in a byline box (a component, a CSS-module class name)
    ("<div data-component='byline-block'><div data-testid='byline-contributors'><span>Jeanne Martin</span>"
     "<div>Journaliste économie, Le Quotidien</div></div></div>", ["Jeanne", "Journaliste"]),
    ("<div class='Post_authorRow__f4Zp9'><span class='Post_author__aQ2m1'>Jeanne Martin</span>"
     "<span class='Post_role__Jm0vX'>Journaliste économie</span></div>", ["Jeanne", "Journaliste"]),
    # a name and a month-word date with its clock, in a script without a date vocabulary of ours
    ("<div class='news-meta'><span class='who'>ნინო ბერიძე</span> <span class='when'>28 ნოემბერი 2025 13:12</span>"
     "</div>", ["ნინო", "ნოემბერი"]),
    # fields in their own elements meeting without a space, one a date or a clock, in any script
    ("<div class='eg-meta'><span class='a'>Айгүл Сейітқызы</span><span class='d'>Бүгін, 11:20</span>"
     "<span class='v'>Қаралым: 1245</span></div>", ["Айгүл", "Қаралым"]),
    ("<div class='ld-meta'><span class='a'>නිශාන්ත පෙරේරා</span><span class='d'>2025 පෙබරවාරි 7 ප.ව. 3.25</span></div>",
     ["නිශාන්ත", "පෙබරවාරි"]),
    # a field with its label and the writer's bureau after a bar
    ("<div class='meta'><span class='date'>07-февраль 2025, 11:30</span> <span class='author'>Автор: Нургүл Асанова | "
     "Кабардын Ош бюросу</span></div>", ["Нургүл", "бюросу"]),
])
def test_header_lines_and_decks_are_no_body(header: str, gone: list[str]) -> None:
    text = body(header)
    assert all(g not in text for g in gone), text
    assert FR[0] in text and FR[-1] in text


def test_a_first_paragraph_marked_as_summary_stays() -> None:
    """``speakable-summary`` marks the lead paragraph, not a deck."""
    lead = "Le tribunal de commerce a placé mardi le sous-traitant en redressement judiciaire, selon la direction."
    text = body(f"<p>Par Jeanne Martin</p><p id='speakable-summary'>{lead}</p>")
    assert lead in text


def test_a_sentence_opening_with_par_stays() -> None:
    first = "Par ailleurs, la communauté de communes a annoncé jeudi la création d'une cellule de suivi."
    text = body("<p>Publié le 6 février 2025 à 09h12</p>", paras=[first, *FR])
    assert first in text


def test_a_players_duration_under_the_headline_is_no_publication_time() -> None:
    """A guard: a listen button and its duration (3:45) beside the meta row are no date line."""
    html = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
            "\"datePublished\": \"2025-02-07T07:30:15+01:00\"}</script></head><body>"
            f"<article><h1>{TITLE}</h1><div class='meta'><span class='author'>Jeanne Martin</span> "
            "<span class='date'>ven, 7. 2. 2025 | 07:30</span></div>"
            "<div class='audio'><button>Écouter l'article</button> <span>3:45</span></div>"
            + "".join(f"<p>{p}</p>" for p in FR) + "</article></body></html>")
    record = extract_article(html.encode(), "https://www.example.fr/eco/plastiform.html",
                             fetched_at="2025-02-08T10:00:00+01:00")
    assert record.published_at == "2025-02-07T07:30:15+01:00"


def test_a_share_bars_date_beside_its_save_button_is_the_publication_time() -> None:
    html = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<article><h1>{TITLE}</h1><div class='sharebar'><span class='date'>Feb 7, 2025 09:12</span>"
            "<button>Enregistrer</button></div>" + "".join(f"<p>{p}</p>" for p in FR) + "</article></body></html>")
    record = extract_article(html.encode(), "https://www.example.fr/eco/plastiform.html",
                             fetched_at="2025-02-08T10:00:00+01:00")
    assert record.published_at == "2025-02-07T09:12:00+08:00"  # naive text: the site's zone (default)

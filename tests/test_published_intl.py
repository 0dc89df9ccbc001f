"""Publication time on pages from other countries, through ``extract_article`` (own small pages).

Each page carries one way a date is printed outside China: the page's declared language, a
weekday that settles a slashed date, zone names, the offset the page states elsewhere, update
labels printed first, dates of other items (rails, comments) around the article's own.
"""

from __future__ import annotations

import pytest

from autoparts_crawler.extract import extract_article

FETCHED = "2026-11-30T09:00:00+00:00"
PARAS = "".join(
    f"<p>Paragraph {i}: the supplier expanded its stamping lines and hired staff for the new brake "
    f"component plant, which is due to open next spring near the port.</p>" for i in range(6))


def page(head: str, before_title: str, after_title: str, *, lang: str = "en", body: str = PARAS,
         tail: str = "", rail: str = "", title: str = "Supplier expands brake component plant") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Example News</title>'
            f"{head}</head><body><nav><a href='/'>Home</a> <a href='/industry/'>Industry</a></nav>{rail}"
            f"<article>{before_title}<h1>{title}</h1>{after_title}<div class='article-body'>{body}</div></article>"
            f"{tail}<footer>© 2026 Example News</footer></body></html>")


CASES = [
    # a weekday settles the order of a slashed date (Apr 9 2025 is a Wednesday, Sep 4 a Thursday);
    # a naive clock on an English page that states no offset: the day only
    ("weekday", page("", "", "<div class='meta submitted'><span>Submitted by Pat Doe on Wed, 04/09/2025 - "
                             "08:30</span></div>"),
     "https://county.example.gov/news/fleet", "2025-04-09", None),
    # the update line printed above the publish line (French, naive times: no time)
    ("update_first_fr", page("", "", "<p class='maj'>Mis à jour le 12 mars 2025 à 10h00</p>"
                                     "<p class='publi'>Publié le 11 mars 2025 à 08h30</p>", lang="fr",
                             title="Le fournisseur agrandit son usine de freins"),
     "https://www.journal.example.fr/economie/usine-freins", "2025-03-11", None),
    # a 'Latest' rail of <time>s before the story: the story's own <time> (year-less text)
    ("rail_first", page("", "", "<div class='story-meta'>by Ann Lee <time datetime='2025-03-03T13:12:00Z'>Mar 3"
                                "</time></div>",
                        rail="<aside class='rail'><h2>Latest</h2><ul><li><a href='/a'>Other story</a>"
                             "<time datetime='2025-03-07T10:05:00Z'>Mar 7</time></li></ul></aside>"),
     "https://news.example.com/industry/brake-plant", "2025-03-03", "2025-03-03T13:12:00+00:00"),
    # a microformat abbr.published keeps the time with its offset
    ("abbr_published", page("", "", "", tail="<div class='post-footer'>Posted by <span>Kim</span> at "
                                             "<abbr class='published' title='2025-01-19T09:12:00-08:00'>9:12 AM</abbr>"
                                             "</div>"),
     "https://autoblog.example.com/2025/01/plant.html", "2025-01-19", "2025-01-19T09:12:00-08:00"),
    # a naive <time datetime> on a German page whose JSON-LD states its offset
    ("naive_time_page_offset", page('<script type="application/ld+json">{"@type": "NewsArticle", '
                                    '"dateModified": "2025-02-18T11:40:00+01:00"}</script>', "",
                                    "<time datetime='2025-02-18T09:12:00'>18.02.2025</time>", lang="de",
                                    title="Zulieferer baut Bremsenwerk aus"),
     "https://www.zeitung.example.de/wirtschaft/bremsenwerk", "2025-02-18", "2025-02-18T09:12:00+01:00"),
    # a naive time on a Dutch page that states no offset anywhere: the day only, never +08:00
    ("naive_no_offset", page("", "", "<time datetime='2025-01-14T09:12'>14 januari 2025, 09:12</time>",
                             lang="nl", title="Toeleverancier breidt remmenfabriek uit"),
     "https://nieuws.example.nl/economie/remmenfabriek", "2025-01-14", None),
    # comments dated after the story, the date only in the permalink
    ("comments_vs_url", page("", "", "", tail="<div id='comments' class='comments-area'><ol><li class='comment'>"
                                              "<p>Nice plant.</p><span>2025-01-02 14:22</span></li></ol></div>"),
     "https://garageblog.example.com/2024/12/30/brake-plant/", "2024-12-30", None),
    # the body container took the date line in (first block after the headline); Polish month
    # words on a page that declares Polish; the offset from its JSON-LD
    ("pl_body_line", page('<script type="application/ld+json">{"@type": "NewsArticle", '
                          '"dateModified": "2024-11-12T10:00:00+01:00"}</script>', "", "", lang="pl",
                          body="<p>Jan Kowalski 12 listopada 2024, 09:12</p>" + PARAS,
                          title="Dostawca rozbudowuje fabrykę hamulców"),
     "https://moto.example.pl/motoryzacja/fabryka.html", "2024-11-12", "2024-11-12T09:12:00+01:00"),
    # a date line above the headline that also holds a category link (Russian)
    ("ru_above_title", page("", "<div class='info'><span>5 июня 2025, 09:12</span> <a href='/industry/'>Индустрия"
                                "</a></div>", "", lang="ru", title="Завод тормозных колодок расширяет выпуск"),
     "https://auto.example.ru/news/zavod", "2025-06-05", None),
    # a zone printed right after the date's clock is the page's own offset
    ("zone_after_clock", page("", "", "<div class='detail-time'><div data-role='publishdate'>14/11/2024 09:12 GMT+7"
                                      "</div></div>", lang="en"),
     "https://news.example.vn/plant-20241114.htm", "2024-11-14", "2024-11-14T09:12:00+07:00"),
    # a naive time on a page in a language spoken in one zone (German: Central European time)
    ("language_zone_de", page("", "", "<time datetime='2025-02-18 09:12:23'>18.02.2025, 09.12 Uhr</time>", lang="de",
                              title="Kabelbaum-Hersteller aus Franken baut um"),
     "https://www.magazin.example.de/wirtschaft/kabelbaum", "2025-02-18", "2025-02-18T09:12:23+01:00"),
    # a US zone word before the date: ET in December is -05:00
    ("us_et", page("", "", "<div class='dt'>Published 9:12 a.m. ET Dec. 3, 2024 <span>Updated 11:40 a.m. ET "
                           "Dec. 3, 2024</span></div>", lang="en-US"),
     "https://www.ledger.example.com/story/money/plant/99/", "2024-12-03", "2024-12-03T09:12:00-05:00"),
    # a long header line holding the publish and the update time: the publish date with its clock
    # (12-hour, a zone name left out as ambiguous: the page language's zone, hi -> +05:30)
    ("long_line_clock", page("", "", "<div class='dateInfo'><span>Published: Thu, 05 Jun 2025 07:40 AM (IST)</span>"
                                     "<span>Updated: Thu, 05 Jun 2025 09:12 AM (IST)</span></div>", lang="hi"),
     "https://www.example.in/business/brakes-123.html", "2025-06-05", "2025-06-05T07:40:00+05:30"),
    # a slashed day-first date, a comma, the clock and its zone name (Indonesian: WIB, UTC+7)
    ("comma_zone", page("", "", "<div class='read__time'>Kompas.example - 05/06/2025, 09:12 WIB</div>", lang="id"),
     "https://money.example.id/read/2025/06/05/091200/rem", "2025-06-05", "2025-06-05T09:12:00+07:00"),
]


@pytest.mark.parametrize(("name", "html", "url", "date", "at"), CASES, ids=[c[0] for c in CASES])
def test_published_on_pages_from_other_countries(name: str, html: str, url: str, date: str, at: str | None) -> None:
    rec = extract_article(html, url, fetched_at=FETCHED)
    assert (rec.published_date, rec.published_at) == (date, at), rec.crawl


def test_chinese_page_with_an_english_template_keeps_the_default_zone() -> None:
    """A Chinese page whose template declares lang="en": naive times stay Asia/Shanghai."""
    body = "".join(f"<p>第{i}段：本地零部件企业扩大产能，新工厂预计明年投产，带动上下游配套企业共同发展。</p>" for i in range(6))
    html = page("", "", "<div class='info'>发布时间：2025-03-11 14:05 来源：汽配网</div>", body=body,
                title="零部件企业扩产计划公布")
    rec = extract_article(html, "http://news.example.cn/a/1.html", fetched_at=FETCHED)
    assert (rec.published_date, rec.published_at) == ("2025-03-11", "2025-03-11T14:05:00+08:00")


def test_no_zone_reason_is_recorded() -> None:
    html = page("", "", "<p class='publi'>Publié le 11 mars 2025 à 08h30</p>", lang="fr",
                title="Le fournisseur agrandit son usine de freins")
    rec = extract_article(html, "https://www.journal.example.fr/economie/usine", fetched_at=FETCHED)
    assert rec.published_date == "2025-03-11" and rec.published_at is None
    assert rec.crawl.published_reason == "no_zone"


def test_month_word_date_line_above_the_headline() -> None:
    """A blog's date header above the post title (a weekday and a month-word date), and a
    byline under the headline that holds no date."""
    html = page("", "<h2 class='date-header'><span>Sunday, January 19, 2025</span></h2>",
                "<div class='byline'>By Kim Park</div><div class='share'>Share this post</div>")
    rec = extract_article(html, "https://garage.example.com/post/brake-plant.html", fetched_at=FETCHED)
    assert rec.published_date == "2025-01-19"


def test_the_published_microformat_inside_a_widget_that_frames_the_article() -> None:
    """Blogger frames the post (and its footer's ``abbr.published``) in ``widget Blog`` / ``blog-posts
    hfeed``: a wrapper around the article itself is no rail or feed of other items."""
    html = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Carburetor swap | Wagon Days</title>'
            "</head><body><div class='main section'><div class='widget Blog'><div class='blog-posts hfeed'>"
            "<h2 class='date-header'><span>Sunday, January 19, 2025</span></h2><div class='post hentry'>"
            f"<h3 class='post-title entry-title'>Carburetor swap</h3><div class='post-body entry-content'>{PARAS}</div>"
            "<div class='post-footer'>Posted by <span class='fn'>Kim</span> at <a class='timestamp-link' href='#'>"
            "<abbr class='published' itemprop='datePublished' title='2025-01-19T09:12:00-08:00'>9:12 AM</abbr></a>"
            "</div></div></div></div></div><div class='sidebar section'><div class='widget BlogArchive'><h2>Archive</h2>"
            "<ul><li><a href='/2024/'>2024</a></li></ul></div></div></body></html>")
    record = extract_article(html, "https://wagondays.example.com/2025/01/carburetor-swap.html", fetched_at=FETCHED)
    assert (record.published_date, record.published_at) == ("2025-01-19", "2025-01-19T09:12:00-08:00"), record.crawl


def test_the_first_published_line_under_the_text_when_the_header_shows_only_the_update() -> None:
    html = page("", "", "<div class='dtlupdate'>Last Updated : Jun 05 2025 | 9:12 AM GMT</div>",
                tail="<div class='firstpub'>First Published: Jun 04 2025 | 11:40 PM GMT</div>")
    html = html.replace("</article>", "<div class='firstpub'>First Published: Jun 04 2025 | 11:40 PM GMT</div></article>")
    record = extract_article(html, "https://www.example.in/industry/auto/exports-125060500234_1.html", fetched_at=FETCHED)
    assert (record.published_date, record.published_at) == ("2025-06-04", "2025-06-04T23:40:00+00:00"), record.crawl
    assert record.published_raw.startswith("First Published")

#!/usr/bin/env python3
"""Self-check for the held-out international page corpus (stdlib only).

For every NAME.json / NAME.html pair in this directory:
  * the truth has every field, with the right types and value formats;
  * the page decodes strictly with the truth encoding, contains no U+FFFD, declares that
    charset in its own markup, and a legacy-encoded page really is stored as legacy bytes
    (it is not valid UTF-8);
  * title, author, editor, source, every paragraph and every body_noise string occur in the
    page text (tags stripped, entities unescaped, whitespace normalised; script/style
    excluded);
  * no body_noise string lies inside a truth paragraph;
  * published_at carries an explicit offset and agrees with published_date;
  * the date cues listed for the page in DATE_CUES below occur in the raw decoded page (or in
    the truth URL), so every truth date is backed by something the page states.
Exit status 0 when every page passes.  This script does not import or run project code.
"""
import codecs
import datetime
import glob
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["url", "kind", "modelled_on", "language", "encoding", "fetched_at", "notes", "classes",
          "title", "published_date", "published_at", "author", "editor", "source", "paragraphs",
          "body_noise"]
INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i",
          "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
          "u", "var", "wbr"}
SKIP = {"script", "style", "template"}

# Statements of the publication date/time on each page (substrings of the decoded page, or of
# the truth URL). These are what the truth was read from; the README table repeats them.
DATE_CUES = {
    "intl_us_gannett_ap": ["Published 9:12 a.m. ET Dec. 3, 2024", "/2024/12/03/"],
    "intl_reuters_wire": ['datetime="2025-06-05T08:12:00Z"', "June 5, 2025", "9:12 AM GMT+1"],
    "intl_uk_bbc": ['datetime="2025-06-05T05:02:17.000Z"', ">5 June 2025<"],
    "intl_uk_guardian": ['itemprop="datePublished" datetime="2025-01-14T09:12:43+0000"', "Tue 14 Jan 2025 09.12 GMT",
                         'article:published_time" content="2025-01-14T09:12:43.000Z"', "/2025/jan/14/"],
    "intl_wp_entry_date": ['class="entry-date published" datetime="2025-06-05T09:12:08+00:00">June 5, 2025'],
    "intl_wp_url_only": ["/2024/12/30/"],
    "intl_medium_post": ['"datePublished":"2025-06-05T14:31:07.552Z"', 'data-testid="storyPublishDate">Jun 5, 2025'],
    "intl_substack_newsletter": ['"datePublished":"2025-06-05T11:02:17+00:00"', ">Jun 05, 2025<"],
    "intl_ghost_late_utc": ['"datePublished": "2025-06-05T22:30:00+00:00"', 'article:published_time" content="2025-06-05T22:30:00.000Z"',
                            'datetime="2025-06-05">Jun 5, 2025'],
    "intl_blogger_date_header": ['<h2 class="date-header"><span>Sunday, January 19, 2025</span></h2>',
                                 'itemprop="datePublished" title="2025-01-19T09:12:00-08:00"'],
    "intl_drupal_submitted": ["Submitted by Maria Keller on Tue, 03/11/2025 - 14:05"],
    "intl_joomla_article_info": ['datetime="2025-06-05T09:12:00+02:00" itemprop="datePublished">Published: 05 June 2025'],
    "intl_prnewswire_release": ["Jan 14, 2025, 08:00 ET", "DETROIT, Jan. 14, 2025 /PRNewswire/"],
    "intl_autonews_sailthru": ['sailthru.date" content="2025-01-14T09:12:00-05:00"', "January 14, 2025 09:12 AM"],
    "intl_justauto_parsely": ['parsely-pub-date" content="2025-06-05T08:12:00Z"', ">5 June 2025<"],
    "intl_in_etauto_updated": ['"datePublished":"2025-06-05T07:40:00+05:30"', "Published On Jun 5, 2025 at 07:40 AM IST"],
    "intl_au_smh_aest": ['datetime="2025-06-05T09:12:00+10:00">5 June 2025 &mdash; 9:12am AEST', "20250605"],
    "intl_dc_date_meta_only": ['name="DC.date.issued" content="2025-03-20"'],
    "intl_og_updated_first": ['article:published_time" content="2025-06-05T09:12:30-04:00"'],
    "intl_jsonld_only_late_utc": ['"datePublished":"2024-12-31T22:30:00+00:00"'],
    "intl_time_no_year_rail_first": ['class="story__date" datetime="2025-06-05T13:12:00.000Z">Jun 5'],
    "intl_no_date_copyright_only": [],
    "intl_de_heise": ['datetime="2025-06-05T09:12:00+02:00" class="a-datetime__value">05.06.2025 09:12 Uhr'],
    "intl_de_spiegel": ['datetime="2025-02-18 09:12:23" class="timeformat">18.02.2025, 09.12 Uhr'],
    "intl_de_autohaus_cp1252": ['<span class="article-date">6. Juni 2025</span>'],
    "intl_fr_lemonde": ["Publié le 05 juin 2025 à 09h12", '"datePublished":"2025-06-05T09:12:00+02:00"', "/2025/06/05/"],
    "intl_fr_regional_latin1": ["Publié le 6 février 2025 à 09h12"],
    "intl_es_elpais": ['data-date="2024-11-12T09:12:00+01:00"', "12 nov 2024 - 09:12", ">CET</abbr>", "/economia/2024-11-12/"],
    "intl_es_mx_regional": ['article:published_time" content="2025-06-05T09:12:00-06:00"', "5 de junio de 2025", "09:12 hrs"],
    "intl_it_corriere_modifica": ["28 febbraio 2025 (modifica il 1 marzo 2025 | 10:05)", "25_febbraio_28"],
    "intl_ptbr_g1": ['itemprop="datePublished" datetime="2025-06-05T12:12:00.000Z">05/06/2025 09h12', "/2025/06/05/"],
    "intl_nl_nos": ['datetime="2025-01-14T09:12:41+0100">dinsdag 14 januari, 09:12'],
    "intl_pl_moto_latin2": ['"datePublished":"2024-11-12T09:12:00+01:00"', "12 listopada 2024, 09:12"],
    "intl_ru_cp1251": ['itemprop="datePublished" content="2025-06-05T09:12:00+03:00"', "5 июня 2025, 09:12", "/2025/06/05/"],
    "intl_tr_latin5": ['name="pubdate" content="2025-06-05T09:12:00+03:00"', "05 Haziran 2025 09:12"],
    "intl_ja_nikkei_midnight": ['article:published_time" content="2025-06-05T00:30:00+09:00"', "2025年6月5日 0:30"],
    "intl_ja_nhk_sjis": ['<time datetime="2025-06-05T09:12">2025年6月5日 9時12分</time>', "/20250605/"],
    "intl_ko_euckr": ["입력 2025-06-05 09:12", 'article:published_time" content="2025-06-05T09:12:00+09:00"'],
    "intl_ar_indic_digits": ['"datePublished":"2025-06-05T09:12:00+03:00"', "الخميس ٥ يونيو ٢٠٢٥ - ٠٩:١٢ ص"],
    "intl_vi_gmt7": ["04/11/2024 09:12 GMT+7", "20241104091200"],
}

ISO_AT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2})$")
CHARSET = re.compile(r"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


class TextOf(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag not in INLINE:
            self.out.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE:
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag not in INLINE:
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def norm(s):
    return re.sub(r"\s+", " ", html.unescape(s)).strip()


def page_text(doc):
    p = TextOf()
    p.feed(doc)
    p.close()
    return norm("".join(p.out))


def canon(enc):
    return codecs.lookup(enc).name


def check(name):
    errs = []
    with open(os.path.join(HERE, name + ".json"), encoding="utf-8") as fh:
        t = json.load(fh)
    if list(t) != FIELDS:
        errs.append("fields/order differ: %s" % list(t))
        return errs, None
    for k in ("url", "modelled_on", "language", "encoding", "fetched_at", "notes", "title"):
        if not isinstance(t[k], str) or not t[k].strip():
            errs.append("%s must be a non-empty string" % k)
    if t["kind"] != "intl":
        errs.append("kind must be 'intl'")
    if not t["url"].startswith(("http://", "https://")):
        errs.append("url not absolute")
    for k in ("author", "editor", "source", "published_date", "published_at"):
        if t[k] is not None and (not isinstance(t[k], str) or not t[k].strip()):
            errs.append("%s must be null or a non-empty string" % k)
    for k in ("classes", "paragraphs", "body_noise"):
        if not isinstance(t[k], list) or not all(isinstance(x, str) and x.strip() for x in t[k]):
            errs.append("%s must be a list of non-empty strings" % k)
    if not t["paragraphs"]:
        errs.append("no paragraphs")
    try:
        datetime.datetime.fromisoformat(t["fetched_at"]).utcoffset()
    except ValueError:
        errs.append("fetched_at not ISO")

    # dates
    pd, pa = t["published_date"], t["published_at"]
    if pd is not None:
        try:
            datetime.date.fromisoformat(pd)
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pd):
                raise ValueError
        except ValueError:
            errs.append("published_date not YYYY-MM-DD: %r" % pd)
    if pa is not None:
        if not ISO_AT.match(pa):
            errs.append("published_at not ISO with explicit offset: %r" % pa)
        else:
            dt = datetime.datetime.fromisoformat(pa)
            if pd is None or dt.date().isoformat() != pd:
                errs.append("published_at %s disagrees with published_date %s" % (pa, pd))
            if dt > datetime.datetime.fromisoformat(t["fetched_at"]):
                errs.append("published_at after fetched_at")
        if "null" in t["notes"].lower() and "published_at is null" in t["notes"]:
            errs.append("notes say published_at is null but it is set")
    elif pd is not None and "null" not in t["notes"]:
        errs.append("published_at null without a word in notes")

    # bytes and encoding
    path = os.path.join(HERE, name + ".html")
    raw = open(path, "rb").read()
    enc = t["encoding"]
    try:
        doc = raw.decode(enc)
    except (UnicodeDecodeError, LookupError) as e:
        errs.append("does not decode as %s: %s" % (enc, e))
        return errs, t
    if "\ufffd" in doc:
        errs.append("U+FFFD in decoded page")
    m = CHARSET.search(doc)
    if not m:
        errs.append("no charset declared in the page")
    elif canon(m.group(1)) != canon(enc):
        errs.append("page declares %s, truth says %s" % (m.group(1), enc))
    if canon(enc) != "utf-8":
        if all(b < 128 for b in raw):
            errs.append("legacy page has no non-ASCII bytes")
        else:
            try:
                raw.decode("utf-8")
                errs.append("legacy page is valid UTF-8 (not stored as %s bytes)" % enc)
            except UnicodeDecodeError:
                pass

    text = page_text(doc)
    for k in ("title", "author", "editor", "source"):
        if t[k] is not None and norm(t[k]) not in text:
            errs.append("%s not in page text: %r" % (k, t[k]))
    paras = [norm(p) for p in t["paragraphs"]]
    for p in paras:
        if p not in text:
            errs.append("paragraph not in page text: %r" % p[:70])
    for n in t["body_noise"]:
        nn = norm(n)
        if nn not in text:
            errs.append("body_noise not in page text: %r" % n[:70])
        for p in paras:
            if nn in p:
                errs.append("body_noise %r lies inside a paragraph" % n[:50])
    if len(set(paras)) != len(paras):
        errs.append("duplicate paragraphs")

    # date cues
    if name not in DATE_CUES:
        errs.append("no DATE_CUES entry")
    else:
        cues = DATE_CUES[name]
        if pd is not None and not cues:
            errs.append("published_date set but no cue listed")
        if pd is None and cues:
            errs.append("cues listed for a page whose date is null")
        for c in cues:
            if c not in doc and c not in t["url"]:
                errs.append("date cue not on page: %r" % c)
    return errs, t


def main():
    names = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(HERE, "*.json")))
    htmls = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(HERE, "*.html")))
    bad = 0
    if names != htmls:
        print("html/json pairs differ: %s" % sorted(set(names) ^ set(htmls)))
        bad += 1
    stats = {"legacy": 0, "null_date": 0, "null_at": 0}
    for name in names:
        errs, t = check(name)
        if t:
            stats["legacy"] += canon(t["encoding"]) != "utf-8"
            stats["null_date"] += t["published_date"] is None
            stats["null_at"] += t["published_at"] is None
        if errs:
            bad += 1
            print("FAIL %s" % name)
            for e in errs:
                print("     - %s" % e)
        else:
            print("ok   %-32s %-12s %-10s %s" % (name, t["encoding"], t["published_date"], t["published_at"]))
    print("\n%d pages, %d failing; %d legacy-encoded, %d with null published_date, %d with null published_at"
          % (len(names), bad, stats["legacy"], stats["null_date"], stats["null_at"]))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

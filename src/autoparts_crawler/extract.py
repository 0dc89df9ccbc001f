"""Offline extraction: one saved page (HTML or a flattened text dump) -> the crawl's record.

Public, stable interface::

    from autoparts_crawler.extract import extract_article
    record = extract_article(html, url)          # html: str or bytes -> ArticleRecord

It goes through the same extractors, normalizers and validation as the crawl
(:mod:`autoparts_crawler.records.build`); an invalid page raises
:class:`autoparts_crawler.records.build.RecordRejected` carrying the reason.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from lxml import etree
from lxml.html import HTMLParser, fragments_fromstring
from parsel import Selector
from parsel.selector import create_root_node

from autoparts_crawler.extraction.analysis import analyze_page
from autoparts_crawler.extraction.profile import extract_raw_article
from autoparts_crawler.extraction.textdump import split_text_dump
from autoparts_crawler.records.build import build_record
from autoparts_crawler.records.context import PageContext
from autoparts_crawler.records.models import ArticleRecord
from autoparts_crawler.records.raw import RawArticle
from autoparts_crawler.records.rejects import RecordRejected
from autoparts_crawler.sites import SiteProfile, generic_profile, load_profile, profile_for_url
from autoparts_crawler.web.encoding import decode_to_text, header_charset
from autoparts_crawler.web.urls import safe_urljoin

DEFAULT_URL = "http://localhost/page.html"


def decode_html(data: str | bytes, content_type: str | None = None) -> tuple[str, str | None]:
    """(text, codec): decoded exactly as the crawl decodes (:mod:`autoparts_crawler.web.encoding`).

    ``str`` input is only cleaned (NUL, lone surrogates) and has no codec.
    """
    decoded = decode_to_text(data, header_charset(content_type))
    return decoded.text, (None if isinstance(data, str) else decoded.codec)


def choose_profile(url: str, site: str | None = None) -> SiteProfile:
    """The named profile, else the one covering the URL's host, else a generic one."""
    if site:
        return load_profile(site)
    return profile_for_url(url) or generic_profile(url)


#: Elements with a link attribute holding ``[`` or ``]`` -- the only ones a URL parser can refuse
#: (an attribute-axis query: far cheaper than testing every element).
_BRACKETED_LINK_XPATH = " | ".join(
    f"//@{a}[contains(., '[') or contains(., ']')]/.." for a in ("href", "src", "action"))


def sanitize_links(sel: Selector, url: str) -> int:
    """Drop link attributes no URL parser accepts (``href="http://[oops/"``); return how many.

    A defensive guard at the entry points (this module and the spider), so one garbage
    link never costs the whole page.
    """
    dropped = 0
    root = sel.root
    if not hasattr(root, "xpath"):
        return 0
    for element in root.xpath(_BRACKETED_LINK_XPATH):  # only attributes with [ or ] can be bad
        attrib = element.attrib
        for name in ("href", "src", "action"):
            value = (attrib.get(name) or "").strip()
            if ("[" in value or "]" in value) and not safe_urljoin(url, value):
                del attrib[name]
                dropped += 1
    return dropped


def html_selector(text: str, url: str) -> Selector:
    """The text parsed as HTML, always: parsel before 1.12 reads text that is valid JSON (``0``,
    ``[]``) as JSON even when told ``type="html"``, so the lxml tree is built here. Markup a page
    keeps in data scripts is put where the script stands (:func:`inline_markup_scripts`)."""
    root = create_root_node(text, HTMLParser, base_url=url)
    inline_markup_scripts(root)
    blank_script_filled_counters(root)
    return Selector(root=root, type="html", base_url=url)


#: Scripts that hold markup, not code: a CMS's list data (``<script type="text/xml"><datastore>
#: <record><![CDATA[<li><a ...>]]></record>`` of the Hanweb/TRS government CMSs) or an HTML template.
_MARKUP_SCRIPTS_XPATH = etree.XPath(
    "//script[translate(@type,'XMLHTE','xmlhte')='text/xml' or translate(@type,'XMLHTE','xmlhte')='text/html']")
_RECORD_CDATA_RE = re.compile(r"<record[^>]*>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S | re.I)
_CDATA_RE = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)


def inline_markup_scripts(root) -> int:
    """Replace each markup-holding script by its markup (CDATA records, else the script text),
    parsed as HTML: a browser shows those lists once the page's script has run, so the links and
    entries are the page's own. Returns how many scripts were inlined."""
    if not hasattr(root, "iter"):
        return 0
    done = 0
    for script in _MARKUP_SCRIPTS_XPATH(root):
        raw = script.text or ""
        if "<" not in raw:
            continue
        records = _RECORD_CDATA_RE.findall(raw) or _CDATA_RE.findall(raw)
        markup = "".join(records) if records else raw
        try:
            nodes = fragments_fromstring(markup)
        except (etree.ParserError, ValueError):
            continue
        holder = etree.Element("div", {"class": "inlined-script"})
        if nodes and isinstance(nodes[0], str):  # leading text
            holder.text, nodes = nodes[0], nodes[1:]
        if nodes and all(getattr(n, "tag", None) == "li" for n in nodes):
            holder = etree.Element("ul", {"class": "inlined-script"})
        holder.extend(n for n in nodes if not isinstance(n, str))
        holder.tail = script.tail
        script.getparent().replace(script, holder)
        done += 1
    return done


#: A script call that writes an element's content (jQuery .html()/.text(), DOM innerHTML & co.).
_SCRIPT_WRITES_RE = re.compile(r"\.(?:html|text)\(|innerHTML|innerText|textContent")
#: Leaf elements with a class or id whose whole text is a number: counter slots a script may fill.
_NUMBER_SLOTS_XPATH = etree.XPath("//*[@class or @id][not(*)][normalize-space(text()) != ''"
                                  " and translate(normalize-space(text()), '0123456789,', '') = '']")


def blank_script_filled_counters(root) -> int:
    """Empty the number of a counter slot that a script on the page fills (``浏览：<span
    class="hits_138">0</span>`` with ``$(".hits_138").html(n)``): the number in the markup is a
    placeholder, not the count readers see. Returns how many slots were emptied."""
    if not hasattr(root, "iter"):
        return 0
    code = " ".join(s.text for s in root.iter("script") if s.text and not s.get("src"))
    if not code or not _SCRIPT_WRITES_RE.search(code):
        return 0
    done = 0
    for el in _NUMBER_SLOTS_XPATH(root):
        names = [f"#{el.get('id')}", f"'{el.get('id')}'", f'"{el.get("id")}"'] if el.get("id") else []
        names += [f".{c}" for c in (el.get("class") or "").split()]
        if any(n in code for n in names if len(n) > 3):
            el.text = ""
            done += 1
    return done


def parse_page(text: str, url: str) -> Selector:
    """The page as a Selector, with unusable links removed (see :func:`sanitize_links`)."""
    sel = html_selector(text, url)
    sanitize_links(sel, url)
    return sel


def extract_raw(text: str, url: str, profile: SiteProfile, *, is_text_dump: bool = False) -> RawArticle:
    """Raw fields of one page with the right extractor; too deeply nested markup is a reject."""
    if is_text_dump:
        return split_text_dump(text, url)
    try:
        return extract_raw_article(analyze_page(parse_page(text, url), url), profile)
    except RecursionError:
        raise RecordRejected("too_deep", "markup nested too deeply to extract", stage="extract") from None


def extract_article(html: str | bytes, url: str | None = None, *, site: str | None = None,
                    fetched_at: datetime | str | None = None, text_dump: bool = False) -> ArticleRecord:
    """The validated record of one saved article page (see module docstring).

    ``fetched_at`` (a datetime or an ISO 8601 string; naive means the site's timezone) anchors
    relative dates; it defaults to now.
    """
    url = url or DEFAULT_URL
    profile = choose_profile(url, site)
    text, encoding = decode_html(html)
    if isinstance(fetched_at, str):
        fetched_at = datetime.fromisoformat(fetched_at)
    if fetched_at is not None and fetched_at.tzinfo is None:
        fetched_at = fetched_at.replace(tzinfo=ZoneInfo(profile.timezone))
    anchor = fetched_at or datetime.now(ZoneInfo(profile.timezone))
    raw = extract_raw(text, url, profile, is_text_dump=text_dump)
    ctx = PageContext(url=url, site=profile.name, fetched_at=anchor, timezone=profile.timezone,
                      timezone_default=profile.generic, date_order=profile.date_order, pages=(url,), encoding=encoding)
    return build_record(raw, ctx)

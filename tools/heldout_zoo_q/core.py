"""Shared plumbing of held-out zoo Q: the article record and the site writer (same layout as tools/zoo/build.py).

Copied from held-out zoo P's core (the README lists what was read), unchanged except ``REFERENCE_TIME``, ``SEED``
and this docstring: ``Art``, ``Site`` (with ``route_alias()`` and ``listing(url=...)``), ``rand_dates``, ``kinds``,
``unique_titles``, ``chain``, ``paginate``, the date formatters and ``rel_href()`` (relative links).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode

from . import content

TZ8 = dt.timezone(dt.timedelta(hours=8))
REFERENCE_TIME = dt.datetime(2026, 11, 20, 16, 30, tzinfo=TZ8)
SEED = 907
KNOWN_EXT = {".html", ".htm", ".php", ".asp"}  # served as text/html by tools.devserver


@dataclass
class Channel:
    key: str
    name: str
    cid: int = 0


@dataclass(eq=False)
class Art:
    idx: int
    aid: int
    ch: Channel
    title: str
    blocks: list
    when: dt.datetime
    author: str | None = None
    editor: str | None = None
    source: str | None = None
    views: int | None = None
    comments: int | None = None
    extra: dict = field(default_factory=dict)
    related: list = field(default_factory=list)
    prev: Art | None = None  # older in the chain
    next: Art | None = None  # newer in the chain
    url: str = ""
    page_urls: list = field(default_factory=list)
    page_blocks: list = field(default_factory=list)


def query_key(url: str) -> str:
    """The serve.json query route key: the unquoted path (as tools.devserver sees it) + sorted parameters."""
    path, _, query = url.partition("?")
    return unquote(path) + "?" + urlencode(sorted(parse_qsl(query, keep_blank_values=True)))


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def rand_dates(rnd: random.Random, n: int, first: dt.datetime, last: dt.datetime, seconds: bool = False,
               hours: tuple[int, int] = (7, 21)) -> list[dt.datetime]:
    """n distinct times between first and last (working hours by default), sorted oldest first."""
    span = int((last - first).total_seconds() // 86400)
    out: set[dt.datetime] = set()
    while len(out) < n:
        d = first + dt.timedelta(days=rnd.randint(0, span))
        d = d.replace(hour=rnd.randint(*hours), minute=rnd.randint(0, 59), second=rnd.randint(0, 59) if seconds else 0,
                      microsecond=0)
        if first <= d <= last:
            out.add(d)
    return sorted(out)


def kinds(rnd: random.Random, n: int) -> list[str]:
    """A mix of article lengths: ~25% short, ~45% medium, ~30% long."""
    ks = ["short"] * max(3, n // 4) + ["long"] * max(3, n * 3 // 10)
    ks += ["medium"] * (n - len(ks))
    rnd.shuffle(ks)
    return ks


def unique_titles(make, n: int) -> list:
    """Call make(i, attempt) until n distinct titles; make returns (title, payload)."""
    seen: set[str] = set()
    out = []
    for i in range(n):
        attempt = 0
        while True:
            title, payload = make(i, attempt)
            attempt += 1
            if title not in seen:
                seen.add(title)
                out.append((title, payload))
                break
    return out


def chain(arts: list[Art], key) -> None:
    """prev (older) / next (newer) links inside each group of key(article)."""
    groups: dict = {}
    for a in sorted(arts, key=lambda x: x.when):
        groups.setdefault(key(a), []).append(a)
    for g in groups.values():
        for older, newer in itertools.pairwise(g):
            newer.prev, older.next = older, newer


class Site:
    """Pages + serve.json + truth of one family, written like tools/zoo/build.py does."""

    def __init__(self, name: str, site_name: str, encoding: str, declared: str | None, header_charset: str | None,
                 start_url: str) -> None:
        self.name, self.site_name, self.encoding = name, site_name, encoding
        self.declared, self.header_charset, self.start_url = declared, header_charset, start_url
        self.pages: dict[str, str] = {}  # file path (under www) -> html
        self.raw: dict[str, bytes] = {}
        self.serve: dict = {"charset": {}, "query_routes": {}, "not_found": "/404.html", "redirects": {}, "headers": {}}
        self.articles: list[dict] = []
        self.listings: list[dict] = []
        self.list_pages: list[dict] = []
        self.non_articles: list[dict] = []
        self.rejects: list[dict] = []
        self.print_views: list[str] = []
        self.enc_of: dict[str, str] = {}  # file -> encoding, when it differs from the site's

    def raw_file(self, url: str, data: bytes) -> None:
        """A download (not a page) served at url: the devserver types it by its extension."""
        file = unquote(url)
        assert file not in self.raw and file not in self.pages, f"{self.name}: two files for {file}"
        self.raw[file] = data

    def file_of(self, url: str) -> str:
        if "?" in url:
            path, _, query = url.partition("?")
            path = unquote(path)
            stem = path.rsplit(".", 1)[0] if "." in path.rsplit("/", 1)[-1] else path
            q = "_".join(f"{k}-{v}" for k, v in sorted(parse_qsl(query, keep_blank_values=True)))
            return f"{stem}__{q}.html"
        path = unquote(url)
        return path + "index.html" if path.endswith("/") else path

    def add(self, url: str, html: str, encoding: str | None = None, charset: str | None = "") -> str:
        """Serve html at url (query URLs through query_routes, other extensions with a Content-Type header).

        ``encoding``: bytes of this page when not the site's; ``charset``: its Content-Type header charset
        ("" = the site's, None = no charset in the header)."""
        file = self.file_of(url)
        assert file not in self.pages, f"{self.name}: two pages for {file}"
        self.pages[file] = html
        if encoding:
            self.enc_of[file] = encoding
        header = self.header_charset if charset == "" else charset
        if "?" in url:
            self.serve["query_routes"][query_key(url)] = file
        last = file.rsplit("/", 1)[-1]
        ext = "." + last.rsplit(".", 1)[-1].lower() if "." in last else ""
        if ext not in KNOWN_EXT:  # extension-less or .aspx/.shtml path: the devserver needs an explicit Content-Type
            self.serve["headers"][file] = {"Content-Type": f"text/html; charset={header}" if header else "text/html"}
        elif header:
            self.serve["charset"][file] = header
        return file

    def route_alias(self, url: str, file: str) -> None:
        """Serve an existing page file also at url (a query URL, or a path parameter such as ``;jsessionid=``)."""
        assert "?" in url, url
        key = query_key(url)
        assert key not in self.serve["query_routes"], f"{self.name}: two routes for {url}"
        self.serve["query_routes"][key] = file

    def article_row(self, a: Art, paragraphs: list[str], *, published_date: str, published_at: str | None,
                    published_display: str | None, views_display: str | None, views_approx: bool,
                    related: list[dict], aliases: list[str] | None = None, encoding: str | None = None) -> None:
        self.articles.append({
            "url": a.url, "aliases": aliases or [], "pages": list(a.page_urls or [a.url]), "template": self.name,
            "title": a.title, "paragraphs": paragraphs, "body_text": "\n".join(paragraphs),
            "author": a.author, "editor": a.editor, "source": a.source, "category": a.ch.name,
            "published_date": published_date, "published_at": published_at, "published_display": published_display,
            "views": a.views, "views_approx": views_approx, "views_display": views_display, "comments": a.comments,
            "related": related, "encoding": encoding or self.encoding, "short": len(paragraphs) <= 3,
        })

    def listing(self, list_url: str, position: int, a: Art, date: str | None, date_display: str | None,
                views: int | None = None, category: str | None = None, url: str | None = None) -> None:
        """One list entry; ``url`` when the list links another URL of the article (an alias or a later page)."""
        self.listings.append({"list_url": list_url, "position": position, "title": a.title, "url": url or a.url,
                              "date": date, "date_display": date_display, "views": views, "category": category})

    def write(self, out_dir: Path, seed: int) -> dict:
        site = Path(out_dir) / self.name
        if site.exists():
            shutil.rmtree(site)
        www = site / "www"
        for file, html in sorted(self.pages.items()):
            target = www / file.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            enc = self.enc_of.get(file, self.encoding)
            data = html.encode(enc, errors="strict" if enc != "utf-8" else "xmlcharrefreplace")
            target.write_bytes(data)
        for file, data in sorted(self.raw.items()):
            target = www / file.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        serve = {k: (dict(sorted(v.items())) if isinstance(v, dict) else v) for k, v in self.serve.items()}
        (site / "serve.json").write_text(json.dumps(serve, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                         encoding="utf-8")
        truth = site / "truth"
        truth.mkdir(parents=True)
        for fname, rows in (("articles.jsonl", self.articles), ("listings.jsonl", self.listings)):
            with (truth / fname).open("w", encoding="utf-8") as fh:
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        expected = {
            "family": self.name, "site_name": self.site_name, "seed": seed, "crawl_time": REFERENCE_TIME.isoformat(),
            "timezone": "+08:00", "start_url": self.start_url, "encoding": self.encoding,
            "declared_charset": self.declared, "header_charset": self.header_charset,
            "counts": {"articles": len(self.articles), "list_pages": len(self.list_pages),
                       "listing_entries": len(self.listings),
                       "related_entries": sum(len(a["related"]) for a in self.articles),
                       "split_articles": sum(len(a["pages"]) > 1 for a in self.articles),
                       "short_articles": sum(a["short"] for a in self.articles)},
            "list_pages": self.list_pages, "non_articles": self.non_articles, "rejects": self.rejects,
            "print_views": self.print_views,
        }
        (truth / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                             encoding="utf-8")
        return expected


def paragraphs(blocks: list) -> list[str]:
    return content.paragraphs(blocks)


def iso_date(d: dt.datetime) -> str:
    return d.date().isoformat()


def iso_at(d: dt.datetime) -> str:
    return d.isoformat()


def paginate(items: list, per_page: int) -> list[list]:
    return [items[i:i + per_page] for i in range(0, len(items), per_page)] or [[]]


def pct(path: str) -> str:
    """The percent-encoded (UTF-8) form of a path that may hold Chinese, as links and the truth give it."""
    return quote(path, safe="/:?&=%-._~")



def epoch(d: dt.datetime) -> int:
    return int(d.timestamp())


def epoch_ms(d: dt.datetime) -> int:
    """Milliseconds since 1970 (the JavaScript / Next.js form of a time)."""
    return int(d.timestamp()) * 1000


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def en_date(d: dt.date) -> str:
    """WordPress's English default date format, ``F j, Y``: ``May 12, 2026``."""
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def zh_date(d: dt.date) -> str:
    """WordPress's Chinese default date format, ``Y年n月j日``: ``2026年5月12日``."""
    return f"{d.year}年{d.month}月{d.day}日"


def rel_time(d: dt.datetime, now: dt.datetime = REFERENCE_TIME) -> tuple[str, str]:
    """(display, ISO date a reader infers) of a feed time. Generators keep such times off 23:00-23:59, so the
    hour-rounded forms never cross midnight."""
    delta = now - d
    secs = int(delta.total_seconds())
    assert secs >= 0, d
    if secs < 60:
        return "刚刚", d.date().isoformat()
    if secs < 3600:
        return f"{secs // 60}分钟前", (now - dt.timedelta(minutes=secs // 60)).date().isoformat()
    if secs < 86400:
        shown = now - dt.timedelta(hours=secs // 3600)
        return f"{secs // 3600}小时前", shown.date().isoformat()
    if d.date() == (now - dt.timedelta(days=1)).date():
        return f"昨天 {d:%H:%M}", d.date().isoformat()
    if d.year == now.year:
        return f"{d:%m-%d %H:%M}", d.date().isoformat()
    return f"{d:%Y-%m-%d}", d.date().isoformat()


def iso_utc_ms(d: dt.datetime) -> str:
    """The UTC ISO form with milliseconds that JavaScript's ``toISOString()`` gives: ``2026-03-12T02:00:00.000Z``."""
    return d.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def zh_ymd(d: dt.date) -> str:
    """``2026年3月12日`` (no zero padding)."""
    return f"{d.year}年{d.month}月{d.day}日"


def gbk_safe(text: str) -> str:
    text.encode("gbk")
    return text


UTC = dt.UTC
WEEKDAYS = "一二三四五六日"


def zh_weekday(d: dt.date) -> str:
    return "星期" + WEEKDAYS[d.weekday()]


EN_MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def en_dmy_short(d: dt.date) -> str:
    """``12 Aug 2026`` (day unpadded, abbreviated month)."""
    return f"{d.day} {EN_MON3[d.month - 1]} {d.year}"


def en_mdy_short(d: dt.date) -> str:
    """``Sep 03, 2026`` (a wire service's English date line)."""
    return f"{EN_MON3[d.month - 1]} {d.day:02d}, {d.year}"


def rel_href(src: str, dst: str) -> str:
    """The relative link from page path src to path dst (``content_12.htm``, ``../../2026-08/31/node_2.htm``)."""
    sdir = src.lstrip("/").split("/")[:-1]
    dparts = dst.lstrip("/").split("/")
    k = 0
    while k < len(sdir) and k < len(dparts) - 1 and sdir[k] == dparts[k]:
        k += 1
    return "../" * (len(sdir) - k) + "/".join(dparts[k:])


def zh_clock12(d: dt.datetime) -> str:
    """A 12-hour Chinese clock as the newspaper prints it: 凌晨 0-5, 上午 6-11, 中午 12, 下午 13-17, 晚上 18-23."""
    h = d.hour
    part = "凌晨" if h < 6 else "上午" if h < 12 else "中午" if h == 12 else "下午" if h < 18 else "晚上"
    h12 = h if h <= 12 else h - 12
    return f"{part}{h12}:{d.minute:02d}"

"""Shared plumbing of held-out zoo G: the article record, the site writer (same layout as tools/zoo/build.py).

Copied from held-out zoo F (zoo E's with ``.aspx``/``.shtml`` Content-Type headers, ``calendar_rel()``, ``wan()`` and
``css_hash()``). Additions of zoo G:
- ``discuz_u()``: Discuz!'s ``dgmdate(..., 'u')`` friendly dates (``N&nbsp;小时前``, ``昨天&nbsp;09:12``,
  ``前天&nbsp;09:12``, ``N&nbsp;天前``) in a ``<span title="2026-5-15 09:12">``, with the date a reader infers;
- ``discuz_ymd()``: the unpadded ``Y-n-j`` / ``Y-n-j H:i`` of Discuz!;
- ``epoch()``: the Unix seconds of a +08:00 time (WeChat's ``var ct``);
- ``wan_plus()``: WeChat's ``10万+`` read counts;
- ``Site.raw_file()``: non-HTML downloads (government attachments) that are served but are not pages.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode

from . import content

TZ8 = dt.timezone(dt.timedelta(hours=8))
REFERENCE_TIME = dt.datetime(2026, 5, 18, 20, 40, tzinfo=TZ8)
SEED = 53
HTML_CTYPE = "text/html; charset=utf-8"
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


def rand_dates(rnd: random.Random, n: int, first: dt.datetime, last: dt.datetime, seconds: bool = False) -> list[dt.datetime]:
    """n distinct times between first and last (working hours), sorted oldest first."""
    span = int((last - first).total_seconds() // 86400)
    out: set[dt.datetime] = set()
    while len(out) < n:
        d = first + dt.timedelta(days=rnd.randint(0, span))
        d = d.replace(hour=rnd.randint(7, 21), minute=rnd.randint(0, 59), second=rnd.randint(0, 59) if seconds else 0,
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


def pick_related(arts: list[Art], seed: int, name: str, lo: int = 3, hi: int = 6) -> None:
    for a in arts:
        rr = random.Random(f"{seed}:{name}:rel:{a.aid}")
        same = [x for x in arts if x is not a and x.ch is a.ch]
        other = [x for x in arts if x is not a and x.ch is not a.ch]
        k = min(len(same), rr.randint(lo, hi))
        a.related = rr.sample(same, k) + rr.sample(other, rr.randint(0, 1))


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
        """Serve html at url (query URLs through query_routes, extension-less paths with a Content-Type header).

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
            self.serve["headers"][file] = {"Content-Type": f"text/html; charset={header or 'utf-8'}"}
        elif header:
            self.serve["charset"][file] = header
        return file

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
                views: int | None = None, category: str | None = None) -> None:
        self.listings.append({"list_url": list_url, "position": position, "title": a.title, "url": a.url,
                              "date": date, "date_display": date_display, "views": views, "category": category})

    def write(self, out_dir: Path, seed: int) -> dict:
        site = Path(out_dir) / self.name
        if site.exists():
            shutil.rmtree(site)
        www = site / "www"
        for file, html in sorted(self.pages.items()):
            target = www / file.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(html.encode(self.enc_of.get(file, self.encoding), errors="xmlcharrefreplace"))
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


UTC = dt.UTC
WEEKDAYS = "一二三四五六日"


def utc(d: dt.datetime) -> dt.datetime:
    return d.astimezone(UTC)


def zh_weekday(d: dt.datetime) -> str:
    return "周" + WEEKDAYS[d.weekday()]


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def en_date(d: dt.date) -> str:
    """``June 5, 2025`` (Django's "F j, Y")."""
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def pct(path: str) -> str:
    """The percent-encoded (UTF-8) form of a path that may hold Chinese, as links and the truth give it."""
    return quote(path, safe="/:?&=%-._~")


def relative_zh(d: dt.datetime, limit_days: int = 7, space: str = "") -> tuple[str, dt.date]:
    """A friendly date as list pages show it at REFERENCE_TIME, and the calendar date a reader infers from it.

    ``26分钟前`` / ``5小时前`` / ``3天前`` (``space=" "``: ``3 天前``) up to limit_days, then ``YYYY-MM-DD``.
    ``N天前`` means the reference date minus N days."""
    delta = REFERENCE_TIME - d
    secs = int(delta.total_seconds())
    assert secs >= 0, "a date after REFERENCE_TIME"
    if secs < 60:
        return "刚刚", REFERENCE_TIME.date()
    if secs < 3600:
        m = secs // 60
        return f"{m}{space}分钟前", (REFERENCE_TIME - dt.timedelta(minutes=m)).date()
    if secs < 86400:
        h = secs // 3600
        return f"{h}{space}小时前", (REFERENCE_TIME - dt.timedelta(hours=h)).date()
    if delta.days < limit_days:
        return f"{delta.days}{space}天前", REFERENCE_TIME.date() - dt.timedelta(days=delta.days)
    return d.strftime("%Y-%m-%d"), d.date()


def calendar_rel(d: dt.datetime) -> tuple[str, dt.date]:
    """The list date of the Nuxt family at REFERENCE_TIME, and the calendar date a reader infers from it.

    Same calendar day: ``刚刚`` / ``N分钟前`` / ``N小时前``; the day before: ``昨天 HH:MM``; 2 to 6 calendar days
    before: ``N天前`` (the reference date minus N); earlier in the reference year: ``MM-DD``; older: ``YYYY-MM-DD``."""
    ref = REFERENCE_TIME
    secs = int((ref - d).total_seconds())
    assert secs >= 0, "a date after REFERENCE_TIME"
    days = (ref.date() - d.date()).days
    if days == 0:
        if secs < 60:
            return "刚刚", d.date()
        if secs < 3600:
            return f"{secs // 60}分钟前", d.date()
        return f"{secs // 3600}小时前", d.date()
    if days == 1:
        return f"昨天 {d:%H:%M}", d.date()
    if days < 7:
        return f"{days}天前", d.date()
    if d.year == ref.year:
        return f"{d:%m-%d}", d.date()
    return f"{d:%Y-%m-%d}", d.date()


def wan(n: int) -> tuple[str, int, bool]:
    """A view count as Chinese portals print it: ``8523`` below 10000, else ``1.2万`` (one decimal, ``.0`` dropped).

    Returns (display, the number a reader takes from it, whether that number is rounded)."""
    if n < 10000:
        return str(n), n, False
    tenths = round(n / 1000)
    shown = f"{tenths // 10}万" if tenths % 10 == 0 else f"{tenths // 10}.{tenths % 10}万"
    return shown, tenths * 1000, True


def css_hash(*parts: object, length: int = 6) -> str:
    """A stable base-36 hash, as CSS-in-JS class names and Vue scoped-style ids look."""
    digest = int.from_bytes(hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:8], "big")
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while len(out) < length:
        digest, r = divmod(digest, 36)
        out += chars[r]
    return out


def discuz_ymd(d: dt.datetime, with_time: bool = True) -> str:
    """Discuz!'s ``Y-n-j H:i`` (``2025-6-5 09:12``): month and day unpadded, hour and minute padded."""
    day = f"{d.year}-{d.month}-{d.day}"
    return f"{day} {d:%H:%M}" if with_time else day


def discuz_u(d: dt.datetime, with_time: bool = True) -> tuple[str, str, dt.date]:
    """Discuz! ``dgmdate($t, 'u')`` at REFERENCE_TIME: (html, visible text with plain spaces, calendar date).

    Today: ``N&nbsp;小时前`` (over an hour), ``半小时前`` (over 30 minutes), ``N&nbsp;分钟前``, ``N&nbsp;秒前``;
    yesterday ``昨天&nbsp;HH:MM``; the day before ``前天&nbsp;HH:MM``; 3 to 7 calendar days before
    ``N&nbsp;天前`` (the reference date minus N); older: the plain ``Y-n-j[ H:i]``, without a span.
    Relative forms sit in ``<span title="Y-n-j[ H:i]">``; ``with_time=False`` is the list column's format."""
    ref = REFERENCE_TIME
    full = discuz_ymd(d, with_time)
    secs = int((ref - d).total_seconds())
    assert secs >= 0, "a date after REFERENCE_TIME"
    days = (ref.date() - d.date()).days
    if days == 0:
        if secs > 3600:
            rel = f"{secs // 3600}&nbsp;小时前"
        elif secs > 1800:
            rel = "半小时前"
        elif secs > 60:
            rel = f"{secs // 60}&nbsp;分钟前"
        else:
            rel = f"{secs}&nbsp;秒前"
    elif days == 1:
        rel = f"昨天&nbsp;{d:%H:%M}"
    elif days == 2:
        rel = f"前天&nbsp;{d:%H:%M}"
    elif days <= 7:
        rel = f"{days}&nbsp;天前"
    else:
        return full, full, d.date()
    return f'<span title="{full}">{rel}</span>', rel.replace("&nbsp;", " "), d.date()


def epoch(d: dt.datetime) -> int:
    return int(d.timestamp())


def wan_plus(n: int) -> tuple[str, int, bool]:
    """A WeChat read count: ``3560``, ``1.2万`` (via ``wan``) or ``10万+`` from 100000 on (read as 100000, approximate)."""
    if n >= 100000:
        return "10万+", 100000, True
    return wan(n)

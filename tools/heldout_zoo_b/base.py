"""Shared model and the site writer (truth file format copied from tools/zoo/build.py)."""

from __future__ import annotations

import datetime as dt
import html
import itertools
import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from . import content

TZ = dt.timezone(dt.timedelta(hours=8))
REFERENCE_TIME = dt.datetime(2026, 3, 3, 9, 5, 0, tzinfo=TZ)
SEED = 2603

KINDS_NEWS = ["invest", "order", "data", "policy", "expo", "tech", "after", "finance"]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def query_key(url: str) -> str:
    path, _, query = url.partition("?")
    return path + "?" + urlencode(sorted(parse_qsl(query, keep_blank_values=True)))


@dataclass(eq=False)
class Channel:
    key: str  # slug / id used in URLs
    name: str  # the channel name shown on pages (= truth category)
    kinds: list[str]
    cid: int = 0


@dataclass(eq=False)
class Art:
    i: int
    aid: object
    ch: Channel
    title: str
    blocks: list
    when: dt.datetime
    kind: str = ""
    time_shown: bool = True  # a time of day is shown somewhere on the article page
    author: str | None = None
    editor: str | None = None
    source: str | None = None
    views: int | None = None
    views_disp: str | None = None
    views_approx: bool = False
    comments: int | None = None
    date_disp: str = ""
    related: list = field(default_factory=list)
    prev: Art | None = None
    next: Art | None = None
    x: dict = field(default_factory=dict)  # family-specific extras


class Family:
    name = ""
    site_name = ""
    encoding = "utf-8"
    declared: str | None = "utf-8"
    header_charset: str | None = None
    n_articles = 30
    per_page = 8
    home_path = "/"
    home_aliases: list[str] = []
    about_path = "/about.html"
    contact_path = "/contact.html"
    not_found = "/404.html"
    robots = "User-agent: *\nDisallow: /search/\n"
    size_weights = (0.2, 0.55, 0.25)  # short, medium, long

    def __init__(self) -> None:
        self.channels: list[Channel] = []
        self.arts: list[Art] = []
        self.top: list[Art] = []
        self.latest: list[Art] = []

    # ---- hooks -------------------------------------------------------------------------
    def dates(self, rnd: random.Random, n: int) -> list[dt.datetime]:
        out = set()
        while len(out) < n:
            d = REFERENCE_TIME - dt.timedelta(days=rnd.randint(3, 300))
            out.add(d.replace(hour=rnd.randint(7, 20), minute=rnd.randint(0, 59), second=rnd.randint(0, 59)))
        return sorted(out)

    def channel_for(self, i: int) -> Channel:
        return self.channels[(i * 7 + 3) % len(self.channels)] if i % 5 else self.channels[i % len(self.channels)]

    def make_aid(self, i: int, when: dt.datetime, rnd: random.Random) -> object:
        raise NotImplementedError

    def meta(self, a: Art, rnd: random.Random) -> None:
        raise NotImplementedError

    def related_counts(self, rr: random.Random) -> tuple[int, int]:
        return rr.randint(3, 5), rr.randint(0, 1)

    def article_path(self, a: Art) -> str:
        raise NotImplementedError

    def print_path(self, a: Art) -> str | None:
        return None

    def list_path(self, ch: Channel, n: int, npages: int) -> str:
        raise NotImplementedError

    def list_aliases(self, ch: Channel, n: int, npages: int) -> list[str]:
        return []

    def list_date(self, a: Art) -> tuple[str | None, str | None]:
        raise NotImplementedError

    def list_views(self, a: Art) -> int | None:
        return None

    def related_fields(self, r: Art) -> dict:
        return {"date": None, "views": None}

    def dead_url(self) -> str:
        raise NotImplementedError

    def file_for(self, url: str) -> str:
        """Static file serving a query URL."""
        path, _, q = url.partition("?")
        flat = "_".join(f"{k}-{v}" for k, v in sorted(parse_qsl(q)))
        stem = path.strip("/").replace("/", "_").rsplit(".", 1)[0]
        return f"/_dyn/{stem}__{flat}.html"

    def extra_serve(self, pages: dict[str, str]) -> dict:
        return {}

    def extra_pages(self) -> dict[str, str]:
        return {}

    def extra_non_articles(self) -> list[dict]:
        return []

    # html
    def article_html(self, a: Art) -> str:
        raise NotImplementedError

    def print_html(self, a: Art) -> str:
        raise NotImplementedError

    def list_html(self, ch: Channel, n: int, npages: int, entries: list[Art]) -> str:
        raise NotImplementedError

    def home_html(self, dead: str) -> str:
        raise NotImplementedError

    def static_html(self, kind: str) -> str:
        raise NotImplementedError

    def not_found_html(self) -> str:
        raise NotImplementedError

    # ---- model -------------------------------------------------------------------------
    def build_articles(self, seed: int) -> list[Art]:
        rnd = random.Random(f"{seed}:{self.name}")
        whens = self.dates(rnd, self.n_articles)
        arts: list[Art] = []
        seen: set[str] = set()
        for i, when in enumerate(whens):
            ar = random.Random(f"{seed}:{self.name}:{i}")
            ch = self.channel_for(i)
            size = ar.choices(("short", "medium", "long"), weights=self.size_weights)[0]
            title = ""
            while not title or title in seen:
                kind = ar.choice(ch.kinds)
                title, blocks = content.make_article(ar, when, kind, size)
            seen.add(title)
            a = Art(i=i, aid=self.make_aid(i, when, ar), ch=ch, title=title, blocks=blocks, when=when, kind=kind)
            self.meta(a, ar)
            arts.append(a)
        for ch in self.channels:
            chain = [a for a in arts if a.ch is ch]
            for older, newer in itertools.pairwise(chain):
                newer.prev, older.next = older, newer
        for a in arts:
            rr = random.Random(f"{seed}:{self.name}:rel:{a.i}")
            same = [x for x in arts if x is not a and x.ch is a.ch]
            other = [x for x in arts if x is not a and x.ch is not a.ch]
            ns, no = self.related_counts(rr)
            a.related = rr.sample(same, min(len(same), ns)) + rr.sample(other, min(len(other), no))
        self.arts = arts
        self.top = sorted(arts, key=lambda x: (-(x.views or x.x.get("hot", 0)), x.i))[:8]
        self.latest = sorted(arts, key=lambda x: x.when, reverse=True)[:8]
        return arts

    def groups(self) -> list[Channel]:
        """The paginated lists: one per channel (a family may add an all-news list)."""
        return list(self.channels)

    def chunks(self, ch: Channel) -> list[list[Art]]:
        entries = sorted((a for a in self.arts if ch.key == "*" or a.ch is ch), key=lambda x: x.when, reverse=True)
        return [entries[k:k + self.per_page] for k in range(0, len(entries), self.per_page)]


def truth_at(a: Art) -> str | None:
    return a.when.isoformat() if a.time_shown else None


def generate_family(fam: Family, out_dir: Path, seed: int) -> dict:
    arts = fam.build_articles(seed)
    name = fam.name
    site = Path(out_dir) / name
    if site.exists():
        shutil.rmtree(site)
    www = site / "www"
    pages: dict[str, str] = {}
    routes: dict[str, str] = {}
    listings: list[dict] = []
    list_pages: list[dict] = []
    for a in arts:
        pages[fam.article_path(a)] = fam.article_html(a)
        if fam.print_path(a):
            pages[fam.print_path(a)] = fam.print_html(a)
    for ch in fam.groups():
        chunks = fam.chunks(ch)
        npages = len(chunks)
        for n, chunk in enumerate(chunks, 1):
            page = fam.list_html(ch, n, npages, chunk)
            url = fam.list_path(ch, n, npages)
            pages[url] = page
            aliases = fam.list_aliases(ch, n, npages)
            for al in aliases:
                pages[al] = page
            list_pages.append({"url": url, "aliases": aliases})
            for pos, a in enumerate(chunk, 1):
                shown, day = fam.list_date(a)
                listings.append({"list_url": url, "position": pos, "title": a.title, "url": fam.article_path(a),
                                 "date": day if shown else None, "date_display": shown,
                                 "views": fam.list_views(a), "category": None})
    dead = fam.dead_url()
    home = fam.home_html(dead)
    pages[fam.home_path] = home
    for al in fam.home_aliases:
        pages[al] = home
    pages[fam.about_path] = fam.static_html("about")
    pages[fam.contact_path] = fam.static_html("contact")
    pages[fam.not_found] = fam.not_found_html()
    pages.update(fam.extra_pages())
    if "?" in dead:  # a dynamic URL: the script answers 200 with its error page (soft 404)
        routes[query_key(dead)] = fam.not_found

    charset: dict[str, str] = {}
    files: dict[str, str] = {}
    for url, page in sorted(pages.items()):
        if "?" in url:
            file = fam.file_for(url)
            routes[query_key(url)] = file
        else:
            file = url + "index.html" if url.endswith("/") else url
        files[url] = file
        target = www / file.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(page.encode(fam.encoding))  # strict: every character must be encodable
        if fam.header_charset and "." in file.rsplit("/", 1)[-1]:
            charset[file] = fam.header_charset
    (www / "robots.txt").write_text(fam.robots, encoding="utf-8")
    serve = {"charset": charset, "query_routes": dict(sorted(routes.items())), "not_found": fam.not_found,
             "redirects": {}}
    serve.update(fam.extra_serve(files))
    (site / "serve.json").write_text(json.dumps(serve, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                     encoding="utf-8")

    truth_articles = []
    for a in arts:
        paras = content.paragraphs(a.blocks)
        aliases = [fam.print_path(a)] if fam.print_path(a) else []
        truth_articles.append({
            "url": fam.article_path(a), "aliases": aliases, "pages": [fam.article_path(a)], "template": name,
            "title": a.title, "paragraphs": paras, "body_text": "\n".join(paras),
            "author": a.author, "editor": a.editor, "source": a.source, "category": a.ch.name,
            "published_date": a.when.date().isoformat(), "published_at": truth_at(a),
            "published_display": a.date_disp, "views": a.views, "views_approx": a.views_approx,
            "views_display": a.views_disp, "comments": a.comments,
            "related": [{"title": r.title, "url": fam.article_path(r), **fam.related_fields(r)} for r in a.related],
            "encoding": fam.encoding, "short": len(paras) <= 3,
        })
    non_articles = [{"url": fam.home_path, "reason": "home page"}]
    non_articles += [{"url": al, "reason": "home page"} for al in fam.home_aliases]
    non_articles += [{"url": fam.about_path, "reason": "关于我们 (static page)"},
                     {"url": fam.contact_path, "reason": "联系我们 (static page)"}]
    non_articles += fam.extra_non_articles()
    expected = {
        "family": name, "site_name": fam.site_name, "seed": seed, "crawl_time": REFERENCE_TIME.isoformat(),
        "timezone": "+08:00", "start_url": fam.home_path, "encoding": fam.encoding, "declared_charset": fam.declared,
        "header_charset": fam.header_charset,
        "counts": {"articles": len(arts), "list_pages": len(list_pages), "listing_entries": len(listings),
                   "related_entries": sum(len(a.related) for a in arts), "split_articles": 0,
                   "short_articles": sum(t["short"] for t in truth_articles)},
        "list_pages": list_pages, "non_articles": non_articles,
        "rejects": [{"url": dead, "reason": "soft 404: HTTP 200 with the error page (dead link on the home page)"
                     if "?" in dead else "HTTP 404 (dead link on the home page)"}],
        "print_views": [fam.print_path(a) for a in arts if fam.print_path(a)],
    }
    truth = site / "truth"
    truth.mkdir(parents=True)
    for fname, rows in (("articles.jsonl", truth_articles), ("listings.jsonl", listings)):
        with (truth / fname).open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    (truth / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                         encoding="utf-8")
    return expected

"""Shared machinery: the article model, date helpers and the site writer (truth in tools/zoo's file format)."""

from __future__ import annotations

import datetime as dt
import hashlib
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
REFERENCE_TIME = dt.datetime(2026, 9, 20, 15, 30, 0, tzinfo=TZ)
SEED = 2609

KINDS = ["project", "product", "market", "finance", "policy", "expo", "after", "tech", "recall", "assoc"]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def query_key(url: str) -> str:
    path, _, query = url.partition("?")
    return path + "?" + urlencode(sorted(parse_qsl(query, keep_blank_values=True)))


def token(*parts, n: int = 16) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:n]


@dataclass(eq=False)
class Channel:
    key: str  # path segment / slug
    name: str  # shown on the page (truth category)
    cid: int  # numeric id
    kinds: list[str]
    extra: dict = field(default_factory=dict)


@dataclass(eq=False)
class Article:
    idx: int
    aid: int
    ch: Channel
    title: str
    blocks: list[tuple]
    when: dt.datetime
    author: str | None = None
    editor: str | None = None
    source: str | None = None
    views: int | None = None  # truth: the count readable on the article page (None: not shown / JS-filled)
    views_disp: str | None = None
    hits: int = 0  # the site's real counter (used in rankings / lists)
    comments: int | None = None
    date_disp: str | None = None  # as shown on the article page
    truth_at: str | None = None
    truth_date: str | None = None
    pages: list[list[tuple]] = field(default_factory=list)
    related: list["Article"] = field(default_factory=list)
    prev: "Article | None" = None  # older in the same channel
    next: "Article | None" = None  # newer
    x: dict = field(default_factory=dict)  # family-specific extras


def iso_day(d: dt.datetime | dt.date) -> str:
    return d.strftime("%Y-%m-%d")


def iso_at(d: dt.datetime) -> str:
    return d.isoformat()


class Family:
    name = ""
    site_name = ""
    encoding = "utf-8"
    declared: str | None = "utf-8"  # charset declared in the page (meta); None: not declared
    header_charset: str | None = None  # charset sent in the HTTP Content-Type header (serve.json), else None
    n_articles = 30
    per_page = 8
    aid_base = 1000
    aid_step = 1
    split = 0  # how many long articles are split over 2 pages
    size_mix = (("short", 0.3), ("mid", 0.4), ("long", 0.3))
    home_path = "/"
    about_path = "/about.html"
    contact_path = "/contact.html"
    not_found = "/404.html"
    robots = "User-agent: *\nDisallow: /member/\nDisallow: /search/\n"
    recent = ()  # timedeltas before REFERENCE_TIME for a few very recent items

    def __init__(self, seed: int):
        self.seed = seed
        self.channels: list[Channel] = []
        self.arts: list[Article] = []
        self.pages: dict[str, str | bytes] = {}
        self.routes: dict[str, str] = {}
        self.list_pages: list[dict] = []
        self.listings: list[dict] = []
        self.non_articles: list[dict] = []
        self.rejects: list[dict] = []
        self.print_views: list[str] = []
        self.route_files: dict[str, str] = {}  # query URL -> static file (overrides file_for)

    # ---- hooks -------------------------------------------------------------------------------
    def meta(self, a: Article, r: random.Random) -> None:
        raise NotImplementedError

    def article_path(self, a: Article, page: int = 1) -> str:
        raise NotImplementedError

    def related_fields(self, a: Article, r: Article) -> dict:
        return {"date": None, "views": None}

    def build_pages(self) -> None:
        raise NotImplementedError

    def file_for(self, url: str) -> str:
        """Static file serving a query URL."""
        path, _, query = url.partition("?")
        base = path.rsplit(".", 1)[0] if "." in path.rsplit("/", 1)[-1] else path.rstrip("/") + "/index"
        return f"{base}__{token(query, n=10)}.html"

    # ---- article set -------------------------------------------------------------------------
    def _dates(self, rnd: random.Random) -> list[dt.datetime]:
        out = [REFERENCE_TIME - d for d in self.recent]
        out = [d.replace(second=0, microsecond=0) for d in out]
        while len(out) < self.n_articles:
            d = REFERENCE_TIME - dt.timedelta(days=rnd.randint(6, 320))
            d = d.replace(hour=rnd.randint(7, 20), minute=rnd.randint(0, 59), second=rnd.randint(0, 59),
                          microsecond=0)
            if d not in out:
                out.append(d)
        return sorted(out)

    def build_articles(self) -> None:
        rnd = random.Random(f"{self.seed}:{self.name}")
        whens = self._dates(rnd)
        weights = [len(c.kinds) + c.extra.get("weight", 0) for c in self.channels]
        seen: set[str] = set()
        for i, when in enumerate(whens):
            ar = random.Random(f"{self.seed}:{self.name}:{i}")
            ch = self.channels[i % len(self.channels)] if i < len(self.channels) * 2 else \
                ar.choices(self.channels, weights)[0]
            size = ar.choices([s for s, _ in self.size_mix], [w for _, w in self.size_mix])[0]
            title = ""
            while not title or title in seen:
                title, blocks = content.make_article(ar, when, ar.choice(ch.kinds), size, f"/img/{self.name}{i}_")
            seen.add(title)
            a = Article(idx=i, aid=self.aid_base + i * self.aid_step + ar.randint(0, self.aid_step - 1),
                        ch=ch, title=title, blocks=blocks, when=when)
            a.x["size"] = size
            a.hits = ar.randint(30, 5200)
            self.meta(a, ar)
            self.arts.append(a)
        splits = 0
        for a in self.arts:
            a.pages = [a.blocks]
            if splits < self.split and a.x["size"] == "long" and len(a.blocks) >= 8:
                cut = len(a.blocks) // 2
                while a.blocks[cut - 1][0] == "h" or (a.blocks[cut][0] in ("table", "ul")):
                    cut += 1
                a.pages = [a.blocks[:cut], a.blocks[cut:]]
                splits += 1
        for ch in self.channels:
            chain = sorted((a for a in self.arts if a.ch is ch), key=lambda x: x.when)
            for older, newer in itertools.pairwise(chain):
                newer.prev, older.next = older, newer
        for a in self.arts:
            a.related = self.pick_related(a)

    def pick_related(self, a: Article) -> list[Article]:
        rr = random.Random(f"{self.seed}:{self.name}:rel:{a.aid}")
        same = [x for x in self.arts if x is not a and x.ch is a.ch]
        other = [x for x in self.arts if x is not a and x.ch is not a.ch]
        rel = rr.sample(same, min(len(same), rr.randint(3, 6))) + rr.sample(other, rr.randint(0, 1))
        return sorted(rel, key=lambda x: x.when, reverse=True)

    def by_channel(self, ch: Channel) -> list[Article]:
        return sorted((a for a in self.arts if a.ch is ch), key=lambda x: x.when, reverse=True)

    def latest(self, n: int) -> list[Article]:
        return sorted(self.arts, key=lambda x: x.when, reverse=True)[:n]

    def top(self, n: int) -> list[Article]:
        return sorted(self.arts, key=lambda x: (-x.hits, x.aid))[:n]

    def add_list_page(self, url: str, html_text: str, entries: list[tuple[Article, str | None, str | None, int | None]],
                      aliases: list[str] = ()) -> None:
        """entries: (article, date_display, iso_day_or_None, views_or_None) in page order."""
        self.pages[url] = html_text
        for al in aliases:
            self.pages[al] = html_text
        self.list_pages.append({"url": url, "aliases": list(aliases)})
        for pos, (a, disp, day, views) in enumerate(entries, 1):
            self.listings.append({"list_url": url, "position": pos, "title": a.title, "url": self.article_path(a),
                                  "date": day, "date_display": disp, "views": views, "category": None})

    # ---- writer ------------------------------------------------------------------------------
    def write(self, out_dir: Path) -> dict:
        self.build_articles()
        self.build_pages()
        site = out_dir / self.name
        if site.exists():
            shutil.rmtree(site)
        www = site / "www"
        charset: dict[str, str] = {}
        for url, body in sorted(self.pages.items()):
            if "?" in url:
                file = self.route_files.get(url) or self.file_for(url)
                self.routes[query_key(url)] = file
            else:
                file = url + "index.html" if url.endswith("/") else url
            target = www / file.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(body, bytes):
                target.write_bytes(body)
                continue
            target.write_bytes(body.encode(self.encoding, errors="xmlcharrefreplace"))
            if self.header_charset and file.endswith((".html", ".htm")):
                charset[file] = self.header_charset
        (www / "robots.txt").write_text(self.robots, encoding="utf-8")
        serve = {"charset": charset, "query_routes": dict(sorted(self.routes.items())), "not_found": self.not_found,
                 "redirects": {}}
        (site / "serve.json").write_text(json.dumps(serve, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                         encoding="utf-8")
        truth_articles = []
        for a in self.arts:
            paras = content.paragraphs(a.blocks)
            aliases = [self.article_path(a, p) for p in range(2, len(a.pages) + 1)]
            pv = self.print_path(a)
            if pv:
                aliases.append(pv)
            aliases += a.x.get("aliases", [])
            truth_articles.append({
                "url": self.article_path(a), "aliases": aliases,
                "pages": [self.article_path(a, p) for p in range(1, len(a.pages) + 1)], "template": self.name,
                "title": a.title, "paragraphs": paras, "body_text": "\n".join(paras),
                "author": a.author, "editor": a.editor, "source": a.source, "category": a.ch.name,
                "published_date": a.truth_date, "published_at": a.truth_at, "published_display": a.date_disp,
                "views": a.views, "views_approx": False, "views_display": a.views_disp, "comments": a.comments,
                "related": [{"title": r.title, "url": self.article_path(r), **self.related_fields(a, r)}
                            for r in a.related],
                "encoding": self.encoding, "short": len(paras) <= 3,
            })
        self.print_views = [self.print_path(a) for a in self.arts if self.print_path(a)]
        expected = {
            "family": self.name, "site_name": self.site_name, "seed": self.seed,
            "crawl_time": REFERENCE_TIME.isoformat(), "timezone": "+08:00", "start_url": self.home_path,
            "encoding": self.encoding, "declared_charset": self.declared, "header_charset": self.header_charset,
            "counts": {"articles": len(self.arts), "list_pages": len(self.list_pages),
                       "listing_entries": len(self.listings),
                       "related_entries": sum(len(t["related"]) for t in truth_articles),
                       "split_articles": sum(len(a.pages) > 1 for a in self.arts),
                       "short_articles": sum(t["short"] for t in truth_articles)},
            "list_pages": self.list_pages, "non_articles": self.non_articles, "rejects": self.rejects,
            "print_views": self.print_views,
        }
        truth = site / "truth"
        truth.mkdir(parents=True)
        for fname, rows in (("articles.jsonl", truth_articles), ("listings.jsonl", self.listings)):
            with (truth / fname).open("w", encoding="utf-8") as fh:
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        (truth / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                             encoding="utf-8")
        return expected

    def print_path(self, a: Article) -> str | None:
        return None


def list_chunks(items: list, per: int) -> list[list]:
    return [items[i:i + per] for i in range(0, len(items), per)] or [[]]


def truncate(s: str, n: int) -> str:
    return s if len(s) <= n else s[:n] + "..."


def fake_viewstate(*parts) -> str:
    import base64
    raw = hashlib.sha256("|".join(map(str, parts)).encode()).digest() * 3
    return "/wEPDwUK" + base64.b64encode(raw).decode()[:88] + "ZGQ="

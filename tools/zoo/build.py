"""Write the zoo: one static site per family, with its truth.

``generate(out_dir, seed=11, families=None)`` writes, per family, ``out_dir/FAMILY/www/``
(pages), ``serve.json`` (charset headers, query routes, 404 page; read by
``tools/devserver.py``) and ``truth/`` (``articles.jsonl``, ``listings.jsonl``,
``expected.json``). Same arguments, byte-identical output (stdlib only).

Fixed fetch time: ``REFERENCE_TIME`` = 2026-06-15T12:00:00+08:00 (the mobile family's
``N分钟前`` / ``N小时前`` / ``昨天 HH:MM`` dates are anchored to it; crawl with
``-s AUTOPARTS_REFERENCE_TIME=2026-06-15T12:00:00+08:00``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
import shutil
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from . import text
from .families import FAMILIES, REFERENCE_TIME, Article, Family

SEED = 11


def query_key(url: str) -> str:
    path, _, query = url.partition("?")
    return path + "?" + urlencode(sorted(parse_qsl(query, keep_blank_values=True)))


def _dates(fam: Family, rnd: random.Random, n: int) -> list[dt.datetime]:
    ref = REFERENCE_TIME
    out = []
    if fam.name == "mobile":  # recent items shown as relative dates
        for delta in (dt.timedelta(minutes=35), dt.timedelta(hours=3, minutes=10), dt.timedelta(hours=7, minutes=40)):
            out.append(ref - delta)
        out.append((ref - dt.timedelta(days=1)).replace(hour=21, minute=5))
        out.append((ref - dt.timedelta(days=2)).replace(hour=8, minute=15))
        out.append((ref - dt.timedelta(days=4)).replace(hour=16, minute=30))
    while len(out) < n:
        d = ref - dt.timedelta(days=rnd.randint(8, 330))
        out.append(d.replace(hour=rnd.randint(8, 19), minute=rnd.randint(0, 59), second=0, microsecond=0))
    return sorted(set(out))


def build_articles(fam: Family, seed: int) -> list[Article]:
    rnd = random.Random(f"{seed}:{fam.name}")
    n = fam.n_articles
    whens = _dates(fam, rnd, n)
    arts: list[Article] = []
    seen: set[str] = set()
    for i, when in enumerate(whens):
        ar = random.Random(f"{seed}:{fam.name}:{i}")
        long = ar.random() < fam.long_share
        title = ""
        while not title or title in seen:  # redraw on a title collision (deterministic)
            title, blocks = text.make_article_text(ar, f"{when.month}月{when.day}日", f"{when.month}月", long)
        seen.add(title)
        a = Article(aid=fam.aid_base + i * (3 if fam.name in ("dedecms", "gov") else 1) + 1,
                    ch=fam.channels[i % len(fam.channels)], title=title, blocks=blocks, when=when)
        fam.meta(a, ar)
        a.list_views = a.list_views or (a.views if a.views is not None else ar.randint(10, 3000))
        arts.append(a)
    titles = {a.title for a in arts}
    assert len(titles) == len(arts), f"{fam.name}: duplicate titles"
    splits = 0
    for a in arts:
        a.pages = [a.blocks]
        if splits < fam.split and len(a.blocks) >= 6:
            cut = len(a.blocks) // 2
            a.pages = [a.blocks[:cut], a.blocks[cut:]]
            splits += 1
    for ch in fam.channels:
        chain = [a for a in arts if a.ch is ch]
        for prev, nxt in itertools.pairwise(chain):
            nxt.prev, prev.next = prev, nxt  # prev = older, next = newer
    for a in arts:
        rr = random.Random(f"{seed}:{fam.name}:rel:{a.aid}")
        same = [x for x in arts if x is not a and x.ch is a.ch]
        other = [x for x in arts if x is not a and x.ch is not a.ch]
        a.related = rr.sample(same, min(len(same), rr.randint(3, 5))) + rr.sample(other, rr.randint(0, 1))
    fam._top = sorted(arts, key=lambda x: (-x.list_views, x.aid))[:8]
    fam._latest = sorted(arts, key=lambda x: x.when, reverse=True)[:6]
    return arts


def generate_family(name: str, out_dir: Path, seed: int = SEED) -> dict:
    fam = FAMILIES[name]()
    arts = build_articles(fam, seed)
    site = out_dir / name
    if site.exists():
        shutil.rmtree(site)
    www = site / "www"
    pages: dict[str, str] = {}  # url -> html
    routes: dict[str, str] = {}
    listings: list[dict] = []
    list_pages: list[dict] = []

    for a in arts:
        for p in range(1, len(a.pages) + 1):
            pages[fam.article_path(a, p)] = fam.article_html(a, p, len(a.pages))
        if fam.print_path(a):
            pages[fam.print_path(a)] = fam.print_html(a)
    for ch in fam.channels:
        entries = sorted((a for a in arts if a.ch is ch), key=lambda x: x.when, reverse=True)
        npages = -(-len(entries) // fam.per_page)
        for n in range(1, npages + 1):
            chunk = entries[(n - 1) * fam.per_page: n * fam.per_page]
            html = fam.list_html(ch, n, npages, chunk)
            url = fam.list_path(ch, n)
            pages[url] = html
            aliases = fam.list_aliases(ch) if n == 1 else []
            for alias in aliases:
                pages[alias] = html
            list_pages.append({"url": url, "aliases": aliases})
            for pos, a in enumerate(chunk, 1):
                shown, day = fam.list_date(a)
                listings.append({"list_url": url, "position": pos, "title": a.title, "url": fam.article_path(a),
                                 "date": day if shown else None, "date_display": shown,
                                 "views": fam.list_views(a), "category": None})
    latest = sorted(arts, key=lambda x: x.when, reverse=True)[:10]
    home = fam.home_html(latest)
    dead = fam.article_path(arts[0]).replace(str(arts[0].aid), "99999")
    home = home.replace("</ul></div></div>", f'<li><a href="{dead}">【专题】年度汽配百强榜单</a></li></ul></div></div>', 1)
    pages[fam.home_path] = home
    if fam.home_path != "/":
        pages["/"] = home
    pages[fam.about_path] = fam.static_html("about")
    pages[fam.contact_path] = fam.static_html("contact")
    not_found = "/404.html"
    pages[not_found] = fam.not_found_html()
    if "?" in dead:  # dynamic URL: the CMS answers 200 with its error page (a soft 404)
        routes[query_key(dead)] = not_found

    charset = {}
    for url, html in sorted(pages.items()):
        if "?" in url:
            file = fam.file_for(url)
            routes[query_key(url)] = file
        else:
            file = url + "index.html" if url.endswith("/") else url
        target = www / file.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(html.encode(fam.encoding, errors="xmlcharrefreplace"))
        if fam.header_charset:
            charset[file] = fam.encoding
    (www / "robots.txt").write_text("User-agent: *\nDisallow: /member/\nDisallow: /search/\n", encoding="utf-8")
    serve = {"charset": charset, "query_routes": dict(sorted(routes.items())), "not_found": not_found, "redirects": {}}
    (site / "serve.json").write_text(json.dumps(serve, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                     encoding="utf-8")

    truth_articles = []
    for a in arts:
        paragraphs = text.block_paragraphs(a.blocks)
        aliases = [fam.article_path(a, p) for p in range(2, len(a.pages) + 1)]
        if fam.print_path(a):
            aliases.append(fam.print_path(a))
        truth_articles.append({
            "url": fam.article_path(a), "aliases": aliases,
            "pages": [fam.article_path(a, p) for p in range(1, len(a.pages) + 1)], "template": name,
            "title": a.title, "paragraphs": paragraphs, "body_text": "\n".join(paragraphs),
            "author": a.author, "editor": None if a.editor == "admin" else a.editor,
            # a CMS's placeholders (来源：本站原创, 编辑: admin) credit nobody
            "source": None if a.source == "本站原创" else a.source, "category": a.ch.name,
            "published_date": a.truth_date, "published_at": a.truth_at, "published_display": a.date_disp,
            "views": a.views, "views_approx": bool(a.views is not None and a.views >= 10000 and name == "mobile"),
            "views_display": a.views_disp, "comments": a.comments,
            "related": [{"title": r.title, "url": fam.article_path(r), **fam.related_fields(r)} for r in a.related],
            "encoding": fam.encoding, "short": len(paragraphs) <= 3,
        })
    non_articles = [{"url": fam.home_path, "reason": "home page"},
                    {"url": fam.about_path, "reason": "关于我们 (static page)"},
                    {"url": fam.contact_path, "reason": "联系我们 (static page)"}]
    if fam.home_path != "/":
        non_articles.append({"url": "/", "reason": "home page"})
    expected = {
        "family": name, "site_name": fam.site_name, "seed": seed, "crawl_time": REFERENCE_TIME.isoformat(),
        "timezone": "+08:00", "start_url": fam.home_path, "encoding": fam.encoding, "declared_charset": fam.declared,
        "header_charset": fam.header_charset,
        "counts": {"articles": len(arts), "list_pages": len(list_pages), "listing_entries": len(listings),
                   "related_entries": sum(len(a.related) for a in arts),
                   "split_articles": sum(len(a.pages) > 1 for a in arts),
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


def generate(out_dir: Path, seed: int = SEED, families: list[str] | None = None) -> dict[str, dict]:
    """Write every family (or the named ones) under out_dir; returns {family: expected.json dict}."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return {name: generate_family(name, out_dir, seed) for name in (families or list(FAMILIES))}

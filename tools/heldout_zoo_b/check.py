"""Self-check of held-out zoo B (stdlib only): ``python -m tools.heldout_zoo_b.check [--keep DIR]``.

1. determinism: generate twice into temp dirs, compare every file byte for byte;
2. per family: serve the site with ``python -m tools.devserver SITE --port 0`` (run from the repo root),
   crawl breadth-first from start_url over same-host ``<a href>`` links (robots.txt honoured), then check
   that every truth article / print view / list page (and alias) was reached with HTTP 200, that the truth
   strings (title, author, editor, source, category, date and view displays, every paragraph -- table rows
   cell by cell) occur in the visible text of the article page (scripts and styles removed, html.unescape,
   all whitespace dropped), that listing and related entries are linked from their pages, that the dead link
   on the home page gives 404 (or the soft-404 page) and that no page decodes with U+FFFD.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
import urllib.robotparser
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qsl, quote, urldefrag, urlencode, urljoin, urlsplit

ROOT = Path(__file__).resolve().parents[2]
WHATWG = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "utf-8": "utf-8", "utf8": "utf-8"}


def canon(url: str) -> str:
    p = urlsplit(url)
    q = urlencode(sorted(parse_qsl(p.query, keep_blank_values=True)))
    return (p.path or "/") + ("?" + q if q else "")


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.hrefs.append(v)


def visible_text(page: str) -> str:
    page = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", page)
    page = re.sub(r"(?s)<!--.*?-->", " ", page)
    page = re.sub(r"<[^>]+>", "", page)
    return squash(html.unescape(page))


def squash(s: str) -> str:
    return re.sub(r"[\s\u3000\xa0]+", "", s)


def decode(body: bytes, ctypes: list[str]) -> tuple[str, str]:
    cs = None
    for ct in reversed(ctypes):  # the last Content-Type header wins (as in Scrapy)
        m = re.search(r"charset=([\w-]+)", ct, re.I)
        if m:
            cs = m.group(1).lower()
            break
    if not cs:
        m = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", body[:4096], re.I)
        cs = m.group(1).decode().lower() if m else "utf-8"
    codec = WHATWG.get(cs, cs)
    return body.decode(codec, errors="replace"), cs


def fetch(url: str) -> tuple[int, list[str], bytes]:
    url = quote(url, safe=":/?&=%#+,;@")  # non-ASCII hrefs are percent-encoded (UTF-8), as browsers do
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.headers.get_all("Content-Type") or [], r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get_all("Content-Type") or [], e.read()


def tree_digest(d: Path) -> dict[str, str]:
    return {str(p.relative_to(d)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(d.rglob("*")) if p.is_file()}


def check_family(site: Path) -> tuple[list[str], dict]:
    errors: list[str] = []
    truth = site / "truth"
    exp = json.loads((truth / "expected.json").read_text(encoding="utf-8"))
    arts = [json.loads(x) for x in (truth / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    lists = [json.loads(x) for x in (truth / "listings.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    proc = subprocess.Popen([sys.executable, "-m", "tools.devserver", str(site), "--port", "0"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = proc.stdout.readline()
        base = line.strip().rsplit(" ", 1)[-1].rstrip("/")
        host = urlsplit(base).netloc
        rp = urllib.robotparser.RobotFileParser(base + "/robots.txt")
        rp.read()
        pages: dict[str, tuple[int, str]] = {}  # canon url -> (status, decoded text)
        links: dict[str, set[str]] = {}
        queue = deque([base + exp["start_url"]])
        seen = {canon(exp["start_url"])}
        skipped_robots = 0
        fffd = []
        while queue and len(pages) < 2000:
            url = queue.popleft()
            status, ctypes, body = fetch(url)
            text, _cs = decode(body, ctypes)
            key = canon(url)
            pages[key] = (status, text)
            if "\ufffd" in text:
                fffd.append(key)
            if status != 200 or not any("html" in c for c in ctypes):
                continue
            p = Links()
            p.feed(text)
            out = set()
            for h in p.hrefs:
                h = h.strip()
                if h.startswith(("javascript:", "mailto:", "#")):
                    continue
                absu = urldefrag(urljoin(url, h))[0]
                if urlsplit(absu).netloc != host:
                    continue
                k = canon(absu)
                out.add(k)
                if k in seen:
                    continue
                seen.add(k)
                if not rp.can_fetch("*", absu):
                    skipped_robots += 1
                    continue
                queue.append(absu)
            links[key] = out
        for k in fffd:
            errors.append(f"U+FFFD in decoded page {k}")
        missing_404 = sorted(k for k, (s, _) in pages.items() if s == 404 and k != canon(exp["rejects"][0]["url"]))

        def need(u: str, what: str) -> str | None:
            k = canon(u)
            if k not in pages:
                errors.append(f"{what} not reached by the crawl: {u}")
                return None
            if pages[k][0] != 200:
                errors.append(f"{what} status {pages[k][0]}: {u}")
                return None
            return pages[k][1]

        n_strings = 0
        for a in arts:
            page = need(a["url"], "article")
            for al in a["aliases"]:
                need(al, "article alias")
            if page is None:
                continue
            vis = visible_text(page)
            checks = [("title", a["title"]), ("author", a["author"]), ("editor", a["editor"]), ("source", a["source"]),
                      ("category", a["category"]), ("published_display", a["published_display"]),
                      ("views_display", a["views_display"])]
            for p in a["paragraphs"]:
                checks += [("paragraph", c) for c in p.split("\t")]
            for field, s in checks:
                if s is None:
                    continue
                n_strings += 1
                if squash(s) not in vis:
                    errors.append(f"{a['url']}: {field} not in page text: {s[:40]!r}")
            if a["comments"] is not None and f"{a['comments']}" not in vis:
                errors.append(f"{a['url']}: comment count {a['comments']} not shown")
            for r in a["related"]:
                if canon(r["url"]) not in links.get(canon(a["url"]), set()):
                    errors.append(f"{a['url']}: related link missing {r['url']}")
                if squash(r["title"]) not in vis:
                    errors.append(f"{a['url']}: related title missing {r['title'][:30]!r}")
            for al in a["aliases"]:  # print view: same title and body text
                ptext = pages.get(canon(al), (0, ""))[1]
                if squash(a["title"]) not in visible_text(ptext) or squash(a["paragraphs"][0]) not in visible_text(ptext):
                    errors.append(f"{al}: print view lacks the title or first paragraph")
        for lp in exp["list_pages"]:
            need(lp["url"], "list page")
            for al in lp["aliases"]:
                need(al, "list page alias")
        for e in lists:
            k = canon(e["list_url"])
            if canon(e["url"]) not in links.get(k, set()):
                errors.append(f"{e['list_url']}: entry link missing {e['url']}")
            raw = html.unescape(pages.get(k, (0, ""))[1])
            if squash(e["title"]) not in squash(raw):  # shown text or title="" attribute
                errors.append(f"{e['list_url']}: entry title missing {e['title'][:30]!r}")
            if e["date_display"] and squash(e["date_display"]) not in visible_text(pages.get(k, (0, ""))[1]):
                errors.append(f"{e['list_url']}: entry date {e['date_display']!r} not shown")
        for na in exp["non_articles"]:  # e.g. "/" next to /index.htm need not be linked: fetch it directly
            if canon(na["url"]) not in pages:
                st, ct, body = fetch(base + na["url"])
                pages[canon(na["url"])] = (st, decode(body, ct)[0])
            need(na["url"], "non-article page")
        dead = exp["rejects"][0]["url"]
        home_links = links.get(canon(exp["start_url"]), set())
        if canon(dead) not in home_links:
            errors.append(f"dead link {dead} not on the home page")
        st, _ct, body = fetch(base + dead)
        soft = "soft 404" in exp["rejects"][0]["reason"]
        if soft:
            nf = json.loads((site / "serve.json").read_text(encoding="utf-8"))["not_found"]
            if st != 200 or body != (site / "www" / nf.lstrip("/")).read_bytes():
                errors.append(f"dead link {dead}: expected soft 404 (200 + error page), got {st}")
        elif st != 404:
            errors.append(f"dead link {dead}: expected 404, got {st}")
        for pv in exp["print_views"]:
            need(pv, "print view")
        summary = {"fetched": len(pages), "status_200": sum(s == 200 for s, _ in pages.values()),
                   "other_404": missing_404[:5], "robots_skipped": skipped_robots, "articles": len(arts),
                   "list_pages": len(exp["list_pages"]), "listing_entries": len(lists),
                   "strings_checked": n_strings, "dead": f"{dead} -> {st}{' (soft 404 page)' if soft else ''}",
                   "encoding": exp["encoding"], "declared": exp["declared_charset"]}
        if missing_404:
            errors.append(f"unexpected 404s: {missing_404[:5]}")
        return errors, summary
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from tools import heldout_zoo_b as zoo

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keep", type=Path, help="also leave a copy of the generated zoo here")
    args = ap.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as t1, tempfile.TemporaryDirectory() as t2:
        zoo.generate(Path(t1))
        zoo.generate(Path(t2))
        d1, d2 = tree_digest(Path(t1)), tree_digest(Path(t2))
        same = d1 == d2
        ok &= same
        print(f"determinism: {len(d1)} files, byte-identical: {same}")
        for name in zoo.FAMILIES:
            errors, summary = check_family(Path(t1) / name)
            ok &= not errors
            print(f"[{name}] {'OK' if not errors else 'FAIL'} {json.dumps(summary, ensure_ascii=False)}")
            for e in errors[:25]:
                print("   -", e)
            if len(errors) > 25:
                print(f"   ... {len(errors) - 25} more")
        if args.keep:
            zoo.generate(args.keep)
    print("ALL OK" if ok else "CHECK FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

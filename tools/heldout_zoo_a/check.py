"""Self-check of held-out zoo A (stdlib only; does not use the crawler).

``python -m tools.heldout_zoo_a.check [--seed N] [--keep DIR]``

1. generates the zoo twice into temp dirs and compares every file byte for byte;
2. per family, starts ``python -m tools.devserver SITE --port 0`` and crawls breadth-first from
   start_url, following every ``href`` on the same host (regex over the decoded page, so links inside
   Hanweb's ``<script type="text/xml">`` CDATA datastore count) and skipping robots-disallowed paths;
3. checks: every truth article URL / page / alias and list page reached with 200; title, author, editor,
   source, date display, view display and every paragraph (cell by cell) occur in the page text
   (html.unescape + whitespace normalised; script/style excluded); related and listing URLs linked from
   their pages; listing dates shown; dead links answer 404 (or 200 with the error page for a soft 404);
   every HTML page decodes with its header / meta charset without U+FFFD.
"""

from __future__ import annotations

import argparse
import filecmp
import html
import json
import os
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
from urllib.parse import quote, unquote, urljoin, urlsplit

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools.heldout_zoo_a import FAMILIES, SEED, generate  # noqa: E402

HREF = re.compile(r"""href\s*=\s*["']([^"']*)["']""", re.I)
META_CS = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)


def norm(s: str) -> str:
    return " ".join(html.unescape(s).replace("\u3000", " ").replace("\xa0", " ").split())


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def page_text(doc: str) -> str:
    p = Text()
    p.feed(doc)
    p.close()
    return norm("".join(p.parts))


def key(url: str) -> str:
    parts = urlsplit(url)
    return unquote(parts.path or "/") + ("?" + parts.query if parts.query else "")


def compare_trees(a: Path, b: Path) -> list[str]:
    diffs = []
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    if files_a != files_b:
        diffs.append(f"file lists differ: {len(files_a)} vs {len(files_b)}")
    for rel in files_a:
        if (b / rel).is_file() and not filecmp.cmp(a / rel, b / rel, shallow=False):
            diffs.append(f"bytes differ: {rel}")
    return diffs


class Crawl:
    def __init__(self, base: str):
        self.base = base.rstrip("/")
        self.host = urlsplit(base).netloc
        self.pages: dict[str, dict] = {}  # key -> {status, ctype, doc, charset, fffd}
        self.robots = urllib.robotparser.RobotFileParser(self.base + "/robots.txt")
        self.robots.read()

    def fetch(self, path: str) -> dict:
        if path in self.pages:
            return self.pages[path]
        req = urllib.request.Request(self.base + quote(path, safe="/?&=%:;,+@!$'()*~"), headers={"User-Agent": "heldout-check/1.0"})
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                status, ctype, body = r.status, r.headers.get("Content-Type", ""), r.read()
        except urllib.error.HTTPError as e:
            status, ctype, body = e.code, e.headers.get("Content-Type", ""), e.read()
        rec = {"status": status, "ctype": ctype, "doc": None, "charset": None, "fffd": 0, "meta": None}
        if ctype.startswith("text/html"):
            m = re.search(r"charset=([\w-]+)", ctype)
            mm = META_CS.search(body[:3000])
            rec["meta"] = mm.group(1).decode().lower() if mm else None
            cs = (m.group(1) if m else None) or rec["meta"] or "utf-8"
            cs = {"gb2312": "gbk"}.get(cs.lower(), cs.lower())
            doc = body.decode(cs, errors="replace")
            rec.update(doc=doc, charset=cs, fffd=doc.count("\ufffd"), header=m.group(1).lower() if m else None)
        self.pages[path] = rec
        return rec

    def bfs(self, start: str, limit: int = 3000) -> None:
        queue, seen = deque([start]), {start}
        while queue and len(self.pages) < limit:
            path = queue.popleft()
            rec = self.fetch(path)
            if rec["status"] != 200 or rec["doc"] is None:
                continue
            for href in HREF.findall(rec["doc"]):
                href = html.unescape(href).strip()
                if not href or href.startswith(("javascript:", "mailto:", "#")):
                    continue
                url = urljoin(self.base + path, href)
                parts = urlsplit(url)
                if parts.netloc != self.host or parts.scheme not in ("http", "https"):
                    continue
                k = key(url)
                if not self.robots.can_fetch("heldout-check", url):
                    continue
                if k not in seen:
                    seen.add(k)
                    queue.append(k)
        self.reached = seen


def check_family(site: Path, exp: dict) -> tuple[list[str], dict]:
    errors: list[str] = []
    proc = subprocess.Popen([sys.executable, "-m", "tools.devserver", str(site), "--port", "0"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        base = line.strip().rsplit(" at ", 1)[1]
        c = Crawl(base)
        c.bfs(exp["start_url"])
        reached = {key(u) for u in c.reached}
        arts = [json.loads(x) for x in (site / "truth/articles.jsonl").read_text(encoding="utf-8").splitlines()]
        lists = [json.loads(x) for x in (site / "truth/listings.jsonl").read_text(encoding="utf-8").splitlines()]

        def need(url: str, what: str) -> dict | None:
            k = key(url)
            if k not in reached:
                errors.append(f"{what} not reached by BFS: {url}")
            rec = c.fetch(k)
            if rec["status"] != 200:
                errors.append(f"{what} status {rec['status']}: {url}")
                return None
            return rec

        checked_strings = 0
        for t in arts:
            for u in [*t["pages"], *t["aliases"]]:
                need(u, "article page/alias")
            recs = [need(u, "article") for u in t["pages"]]
            if any(r is None or r["doc"] is None for r in recs):
                continue
            texts = [page_text(r["doc"]) for r in recs]
            first, whole = texts[0], " ".join(texts)
            for field in ("title", "author", "editor", "source", "published_display", "views_display"):
                v = t[field]
                if v is not None:
                    checked_strings += 1
                    if norm(v) not in first:
                        errors.append(f"{field} {v!r} not in page text of {t['url']}")
            for para in t["paragraphs"]:
                for cell in para.split("\t"):
                    checked_strings += 1
                    if norm(cell) not in whole:
                        errors.append(f"paragraph text not in page text of {t['url']}: {cell[:40]!r}")
            hrefs = {key(urljoin(c.base + key(t["url"]), html.unescape(h))) for h in HREF.findall(recs[0]["doc"])}
            for r in t["related"]:
                if key(r["url"]) not in hrefs:
                    errors.append(f"related {r['url']} not linked from {t['url']}")
            if t["comments"] is not None and t["comments"] > 0 and f"{t['comments']} 条评论" not in first \
                    and not (t["comments"] == 1 and "一条评论" in first):
                errors.append(f"comment count {t['comments']} not shown on {t['url']}")
        for lp in exp["list_pages"]:
            for u in [lp["url"], *lp["aliases"]]:
                need(u, "list page")
        for e in lists:
            rec = c.fetch(key(e["list_url"]))
            if rec["doc"] is None:
                continue
            raw = norm(re.sub(r"<[^>]+>", " ", rec["doc"].replace("<![CDATA[", "").replace("]]>", "")))
            hrefs = {key(urljoin(c.base + key(e["list_url"]), html.unescape(h))) for h in HREF.findall(rec["doc"])}
            if key(e["url"]) not in hrefs:
                errors.append(f"listing {e['url']} not linked from {e['list_url']}")
            if e["date_display"] and norm(e["date_display"]) not in raw:
                errors.append(f"listing date {e['date_display']!r} not on {e['list_url']}")
            if e["views"] is not None and str(e["views"]) not in raw:
                errors.append(f"listing views {e['views']} not on {e['list_url']}")
        for na in exp["non_articles"]:
            need(na["url"], "non-article page")
        for rj in exp["rejects"]:
            if key(rj["url"]) not in reached:
                errors.append(f"dead link not linked: {rj['url']}")
            rec = c.fetch(key(rj["url"]))
            if "soft 404" in rj["reason"]:
                if rec["status"] != 200 or "不存在" not in (rec["doc"] or ""):
                    errors.append(f"soft 404 {rj['url']} answered {rec['status']}")
            elif rec["status"] != 404:
                errors.append(f"dead link {rj['url']} answered {rec['status']} (want 404)")
        html_pages = [(k, r) for k, r in c.pages.items() if r["doc"] is not None and r["status"] == 200]
        for k, r in html_pages:
            if r["fffd"]:
                errors.append(f"U+FFFD after decoding {k} as {r['charset']}")
            if exp["declared_charset"] and r["meta"] != exp["declared_charset"] and k not in \
                    {key(p) for p in exp["print_views"]}:
                errors.append(f"meta charset {r['meta']} != declared {exp['declared_charset']} on {k}")
            if exp["header_charset"] and r.get("header") != exp["header_charset"]:
                errors.append(f"header charset {r.get('header')} on {k}")
        stats = {"404s": sorted(k for k, r in c.pages.items() if r["status"] == 404)[:6], "fetched": len(c.pages), "html_200": len(html_pages),
                 "status_404": sum(r["status"] == 404 for r in c.pages.values()),
                 "articles": len(arts), "list_pages": len(exp["list_pages"]), "listing_entries": len(lists),
                 "strings_checked": checked_strings, "encoding": exp["encoding"],
                 "decoded_as": sorted({r["charset"] for _, r in html_pages})}
        return errors, stats
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--keep", type=Path, help="also leave a generated copy here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "a", Path(tmp) / "b"
        exps = generate(a, args.seed)
        generate(b, args.seed)
        diffs = compare_trees(a, b)
        nfiles = sum(1 for p in a.rglob("*") if p.is_file())
        print(f"determinism: {nfiles} files, {'identical' if not diffs else 'DIFFER'}")
        for d in diffs[:10]:
            print("  ", d)
        bad = bool(diffs)
        for name, exp in exps.items():
            errors, stats = check_family(a / name, exp)
            print(f"{name}: {'OK' if not errors else f'{len(errors)} ERRORS'} {json.dumps(stats, ensure_ascii=False)}")
            for e in errors[:15]:
                print("   -", e)
            bad |= bool(errors)
        if args.keep:
            generate(args.keep, args.seed)
    print("RESULT:", "FAIL" if bad else "PASS")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())

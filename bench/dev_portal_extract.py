#!/usr/bin/env python3
"""Check the generic extractors on the dev portal's files against its ground truth (no server).

    .venv/bin/python bench/dev_portal_extract.py [SHARED_DIR] [--show N]

Reads SHARED_DIR/sites/dev_portal/www directly (GBK pages decoded as gb18030, the page's meta
decides), runs extract_generic on every truth article (following next_page_url for split
articles), extract_list_page on the list pages and classify_page on every page, and prints body
F1 (character bigrams, whitespace removed), per-field accuracy, related-entry P/R/F1 (by URL)
with field accuracy, listing-entry P/R/F1 and classification accuracy. Prints figures; not a test.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from parsel import Selector  # noqa: E402

from autoparts_crawler.extraction.analysis import analyze_page  # noqa: E402
from autoparts_crawler.extraction.classify import classify_page  # noqa: E402
from autoparts_crawler.extraction.generic import extract_generic  # noqa: E402
from autoparts_crawler.extraction.related import extract_list_page  # noqa: E402

ORIGIN = "http://127.0.0.1:8000"
CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def read_page(www: Path, path: str) -> str | None:
    p = www / path.lstrip("/")
    if p.is_dir() or path.endswith("/"):
        p = p / "index.html"
    if not p.exists():
        return None
    raw = p.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    m = CHARSET_RE.search(raw[:2048])
    declared = m.group(1).decode().lower() if m else "utf-8"
    enc = "gb18030" if declared in ("gb2312", "gbk", "gb18030") else declared
    try:
        return raw.decode(enc)
    except (LookupError, UnicodeDecodeError):
        return raw.decode("gb18030", errors="replace")


def bigram_f1(a: str, b: str) -> float:
    a, b = re.sub(r"\s+", "", a), re.sub(r"\s+", "", b)
    ca = Counter(a[i:i + 2] for i in range(len(a) - 1))
    cb = Counter(b[i:i + 2] for i in range(len(b) - 1))
    if not ca and not cb:
        return 1.0
    tp = sum((ca & cb).values())
    if not tp:
        return 0.0
    p, r = tp / sum(cb.values()), tp / sum(ca.values())
    return 2 * p * r / (p + r)


def path_of(url: str | None) -> str | None:
    if not url:
        return None
    parts = urlsplit(url)
    q = "&".join(x for x in parts.query.split("&") if x and not x.startswith(("from=", "spm=", "utm_")))
    return parts.path + ("?" + q if q else "")


def count_value(raw: str | None) -> int | None:
    """'3.6万阅读' -> 36000, '2,318' -> 2318 (enough to compare with the truth's integers)."""
    if not raw:
        return None
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*([万千wWkK]?)", raw)
    if not m:
        return None
    v = float(m.group(1).replace(",", ""))
    v *= {"万": 10000, "w": 10000, "W": 10000, "千": 1000, "k": 1000, "K": 1000}.get(m.group(2), 1)
    return round(v)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("shared", nargs="?", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--show", type=int, default=0, help="print up to N mismatches per field")
    a = ap.parse_args()
    site = a.shared / "sites" / "dev_portal"
    www = site / "www"
    truth = [json.loads(x) for x in (site / "truth" / "articles.jsonl").read_text("utf-8").splitlines() if x.strip()]
    fields = ("title", "author", "editor", "source", "published", "category", "views", "comments", "subtitle")
    ok: Counter = Counter()
    bad: dict[str, list[str]] = {f: [] for f in fields}
    f1s: list[float] = []
    per_template: dict[str, list[float]] = {}
    rel_tp = rel_fp = rel_fn = 0
    rel_field_ok: Counter = Counter()
    rel_field_n = 0
    pages_follow_ok = 0
    t_total = 0.0
    n_pages = 0
    for art in truth:
        url = art["url"]
        paragraphs: list[str] = []
        first = None
        seen = set()
        cur = url
        while cur and cur not in seen and len(seen) < 5:
            seen.add(cur)
            html = read_page(www, path_of(cur) or cur)
            if html is None:
                break
            t0 = time.perf_counter()
            raw = extract_generic(analyze_page(Selector(text=html), ORIGIN + cur))
            t_total += time.perf_counter() - t0
            n_pages += 1
            first = first or raw
            paragraphs += raw.paragraphs
            cur = path_of(raw.next_page_url)
        pages_follow_ok += len(seen) == len(art["pages"])
        if first is None:
            continue
        f1 = bigram_f1(art["body_text"], "\n".join(paragraphs))
        f1s.append(f1)
        per_template.setdefault(art["template"], []).append(f1)
        got = {
            "title": first.title, "author": first.author, "editor": first.editor, "source": first.source,
            "published": first.published_raw, "category": first.category,
            "views": count_value(first.views_raw), "comments": count_value(first.comments_raw),
            "subtitle": first.subtitle.split("\n") if first.subtitle else None,
        }
        want = {
            "title": art["title"], "author": art["author"], "editor": art["editor"], "source": art["source"],
            "published": art["published_display"], "category": art["category"], "views": art["views"],
            "comments": art["comments"], "subtitle": art["subtitle"],
        }
        for f in fields:
            if got[f] == want[f]:
                ok[f] += 1
            else:
                bad[f].append(f"{url}: got {got[f]!r} want {want[f]!r}")
        truth_rel = {r["url"]: r for r in art["related"] or []}
        got_rel = {path_of(r.url): r for r in first.related}
        tp = set(truth_rel) & set(got_rel)
        rel_tp += len(tp)
        rel_fp += len(set(got_rel) - tp)
        rel_fn += len(set(truth_rel) - tp)
        for u in tp:
            t, g = truth_rel[u], got_rel[u]
            rel_field_n += 1
            rel_field_ok["title"] += t["title"] == g.title
            rel_field_ok["category"] += t["category"] == g.category
            rel_field_ok["tag"] += t["tag"] == g.tag
            rel_field_ok["views"] += t["views"] == count_value(g.views_raw)
            rel_field_ok["date shown"] += (t["date"] is None) == (g.date_raw is None)
        if a.show and (set(got_rel) - tp or set(truth_rel) - tp):
            print(f"  related {url}: extra {sorted(set(got_rel) - tp)[:3]} missing {sorted(set(truth_rel) - tp)[:3]}")
    n = len(truth)
    print(f"dev_portal articles: {n}  pages extracted {n_pages}  ({n_pages / t_total:.0f} pages/s)")
    print(f"  body F1 (char bigrams) mean {sum(f1s) / len(f1s):.3f}  min {min(f1s):.3f}  "
          + "  ".join(f"{k} {sum(v) / len(v):.3f}" for k, v in sorted(per_template.items())))
    print(f"  split articles followed to the last page: {pages_follow_ok}/{n}")
    print("  field accuracy: " + "  ".join(f"{f} {ok[f] / n:.3f}" for f in fields))
    p = rel_tp / (rel_tp + rel_fp) if rel_tp + rel_fp else 0.0
    r = rel_tp / (rel_tp + rel_fn) if rel_tp + rel_fn else 0.0
    print(f"  related entries: P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0:.3f} "
          f"(tp {rel_tp} fp {rel_fp} fn {rel_fn}); field accuracy over matched: "
          + "  ".join(f"{k} {v / rel_field_n:.3f}" for k, v in rel_field_ok.items()))
    if a.show:
        for f in fields:
            for line in bad[f][: a.show]:
                print(f"    {f}: {line}")

    # listings
    expected = json.loads((site / "truth" / "expected.json").read_text("utf-8"))
    entries = [json.loads(x) for x in (site / "truth" / "listings.jsonl").read_text("utf-8").splitlines() if x.strip()]
    by_list: dict[str, list[dict]] = {}
    for e in entries:
        by_list.setdefault(e["list_url"], []).append(e)
    tp = fp = fn = 0
    lf_ok: Counter = Counter()
    lf_n = 0
    for lp in expected["list_pages"]:
        html = read_page(www, lp["url"])
        listing = extract_list_page(analyze_page(Selector(text=html), ORIGIN + lp["url"]))
        want = {e["href"]: e for e in by_list.get(lp["url"], [])}
        got = {path_of(e.url) if "from=" not in (e.url or "") else urlsplit(e.url).path + "?" + urlsplit(e.url).query:
               e for e in listing.entries}
        got_keys = {(urlsplit(k).path if k else k) for k in got}
        want_keys = {urlsplit(k).path for k in want}
        m = got_keys & want_keys
        tp += len(m)
        fp += len(got_keys - m)
        fn += len(want_keys - m)
        gmap = {urlsplit(path_of(e.url) or "").path: e for e in listing.entries}
        for k, w in want.items():
            g = gmap.get(urlsplit(k).path)
            if g is None:
                continue
            lf_n += 1
            lf_ok["title"] += g.title == w["title"]
            lf_ok["views"] += count_value(g.views_raw) == w["views"]
            lf_ok["category"] += g.category == w["category"]
            lf_ok["tag"] += g.tag == w["tag"]
            lf_ok["date shown"] += (g.date_raw is None) == (w["date"] is None)
        if a.show and (got_keys - m or want_keys - m):
            print(f"  listing {lp['url']}: extra {sorted(got_keys - m)[:3]} missing {sorted(want_keys - m)[:3]}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    print(f"  listing entries: P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0:.3f} "
          f"(tp {tp} fp {fp} fn {fn}); field accuracy over matched: "
          + "  ".join(f"{k} {v / max(lf_n, 1):.3f}" for k, v in lf_ok.items()))

    # classification
    want_kind: dict[str, str] = {}
    for art in truth:
        want_kind[art["url"]] = "article"
    for lp in expected["list_pages"]:
        want_kind[lp["url"]] = "list"
    want_kind.update({"/": "list", "/about.html": "other", "/contact.html": "other", "/supply/": "other"})
    right = 0
    wrong = []
    for path, kind in want_kind.items():
        html = read_page(www, path)
        got_kind = classify_page(analyze_page(Selector(text=html), ORIGIN + path))
        right += got_kind == kind
        if got_kind != kind:
            wrong.append(f"{path}: {got_kind} (want {kind})")
    print(f"  classify accuracy {right / len(want_kind):.3f} ({right}/{len(want_kind)})"
          + (f"  wrong: {'; '.join(wrong)}" if wrong else ""))


if __name__ == "__main__":
    main()

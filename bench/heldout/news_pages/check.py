#!/usr/bin/env python3
"""Stdlib consistency checker for the held-out news-page corpus.

For every NAME.html / NAME.json pair:
  * the JSON has exactly the corpus fields, with sane kinds/types/date formats;
  * the page decodes strictly with its declared charset (meta tag), the declared charset
    matches the JSON `encoding`, GBK pages are really stored as GBK bytes, and the decoded
    text has no U+FFFD;
  * title / author / editor / source / every paragraph occur in the page's visible text
    (tags stripped, script/style/textarea dropped, HTML-unescaped, whitespace normalised);
  * every body_noise string occurs on the page (visible text, hidden elements included);
  * no body_noise string occurs inside a truth paragraph, and no paragraph is repeated;
  * published_at (when set) lies on published_date, is +08:00, not after fetched_at + 24 h.

It does not import or run the project's code.  Usage: python3 check.py [DIR]
"""
import glob
import html
import json
import os
import re
import sys
from datetime import datetime, timedelta
from html.parser import HTMLParser

FIELDS = ["url", "kind", "modelled_on", "encoding", "fetched_at", "notes", "classes", "title",
          "published_date", "published_at", "author", "editor", "source", "paragraphs", "body_noise"]
KINDS = {"portal", "self_media", "wechat", "gov"}
INLINE = {"a", "span", "strong", "b", "em", "i", "font", "u", "sup", "sub", "small", "big", "label", "abbr", "code", "mark", "ins", "del", "s"}
DROP = {"script", "style", "textarea", "noscript", "template"}
CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
CODEC = {"utf-8": "utf-8", "utf8": "utf-8", "gbk": "gbk", "gb2312": "gb2312", "gb18030": "gb18030", "big5": "big5"}


class Text(HTMLParser):
    """Collects text; block tags become spaces, inline tags nothing."""

    def __init__(self, keep_dropped):
        super().__init__(convert_charrefs=True)
        self.keep_dropped = keep_dropped
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in DROP and not self.keep_dropped:
            self.skip += 1
        if tag not in INLINE:
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in DROP and not self.keep_dropped and self.skip:
            self.skip -= 1
        if tag not in INLINE:
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def norm(s):
    s = html.unescape(s)
    s = s.replace("\u3000", " ").replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip()


def page_text(doc, keep_dropped=False):
    p = Text(keep_dropped)
    p.feed(doc)
    p.close()
    return norm("".join(p.out))


def check(name, page_path, json_path):
    errs = []
    t = json.load(open(json_path, encoding="utf-8"))
    if list(t) != FIELDS:
        errs.append(f"fields {list(t)}")
        return errs, t
    if t["kind"] not in KINDS:
        errs.append(f"kind {t['kind']}")
    if not isinstance(t["classes"], list) or not t["classes"]:
        errs.append("classes empty")
    if not t["paragraphs"] or not all(isinstance(p, str) and p.strip() for p in t["paragraphs"]):
        errs.append("paragraphs empty or blank")
    if not (2 <= len(t["paragraphs"]) <= 15):
        errs.append(f"{len(t['paragraphs'])} paragraphs")
    if len(set(map(norm, t["paragraphs"]))) != len(t["paragraphs"]):
        errs.append("repeated paragraph")
    for f in ("title", "author", "editor", "source"):
        if t[f] is not None and (not isinstance(t[f], str) or not t[f].strip()):
            errs.append(f"{f} must be a non-empty string or null")

    raw = open(page_path, "rb").read()
    m = CHARSET_RE.search(raw[:4096])
    declared = m.group(1).decode().lower() if m else None
    all_declared = {c.decode().lower() for c in CHARSET_RE.findall(raw[:4096])}
    if declared is None:
        errs.append("no charset meta")
        return errs, t
    if len(all_declared) > 1:
        errs.append(f"conflicting charset metas {sorted(all_declared)}")
    if CODEC.get(declared) != CODEC.get(t["encoding"]):
        errs.append(f"declared {declared} != json encoding {t['encoding']}")
    try:
        doc = raw.decode(CODEC.get(declared, declared))
    except (UnicodeDecodeError, LookupError) as ex:
        errs.append(f"decode with {declared}: {ex}")
        return errs, t
    if "\ufffd" in doc:
        errs.append("U+FFFD in decoded page")
    if CODEC.get(declared) != "utf-8":
        try:
            raw.decode("utf-8")
            if re.search(r"[\u4e00-\u9fff]", doc):
                errs.append("page declared non-UTF-8 but its bytes are valid UTF-8")
        except UnicodeDecodeError:
            pass

    visible = page_text(doc)
    everything = page_text(doc, keep_dropped=True)
    for f in ("title", "author", "editor", "source"):
        if t[f] is not None and norm(t[f]) not in visible:
            errs.append(f"{f} not in page text: {t[f]!r}")
    for i, p in enumerate(t["paragraphs"]):
        if norm(p) not in visible:
            errs.append(f"paragraph {i} not in page text: {p[:30]!r}")
    for n in t["body_noise"]:
        if norm(n) not in everything:
            errs.append(f"body_noise not on page: {n[:30]!r}")
        for i, p in enumerate(t["paragraphs"]):
            if norm(n) in norm(p):
                errs.append(f"body_noise {n[:20]!r} inside paragraph {i}")

    fetched = datetime.fromisoformat(t["fetched_at"])
    if fetched.utcoffset() is None:
        errs.append("fetched_at without offset")
    d = t["published_date"]
    if d is not None:
        try:
            datetime.strptime(d, "%Y-%m-%d")
        except ValueError:
            errs.append(f"published_date {d!r}")
    a = t["published_at"]
    if a is not None:
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00", a):
            errs.append(f"published_at format {a!r}")
        else:
            at = datetime.fromisoformat(a)
            if a[:10] != d:
                errs.append("published_at not on published_date")
            if at > fetched + timedelta(hours=24):
                errs.append("published_at after fetched_at + 24h")
            hm = a[11:16]
            if hm not in doc and not any(k in " ".join(t["classes"]) for k in ("epoch", "relative")):
                errs.append(f"time {hm} not printed on page and no epoch/relative class")
    return errs, t


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    pages = sorted(glob.glob(os.path.join(root, "*.html")))
    bad = 0
    counts = {}
    for page_path in pages:
        name = os.path.basename(page_path)[:-5]
        json_path = page_path[:-5] + ".json"
        if not os.path.exists(json_path):
            print(f"FAIL {name}: no truth file")
            bad += 1
            continue
        errs, t = check(name, page_path, json_path)
        counts[t.get("kind")] = counts.get(t.get("kind"), 0) + 1
        if errs:
            bad += 1
            print(f"FAIL {name}")
            for x in errs:
                print("     " + x)
        else:
            print(f"ok   {name:32s} {t['encoding']:7s} {len(t['paragraphs']):2d} paras  {t['published_at'] or t['published_date']}")
    orphans = [j for j in glob.glob(os.path.join(root, "*.json")) if not os.path.exists(j[:-5] + ".html")]
    for j in orphans:
        print(f"FAIL {os.path.basename(j)}: no page")
        bad += 1
    print(f"\n{len(pages)} pages, {bad} failing; kinds: {dict(sorted(counts.items()))}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

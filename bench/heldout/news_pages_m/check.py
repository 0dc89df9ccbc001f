#!/usr/bin/env python3
"""Self-check of the news_pages_m corpus (stdlib only). Exit 0 when every page passes.

For every NAME.json / NAME.html pair: the JSON parses and has exactly the expected keys; the HTML
decodes strictly in the declared encoding, has no U+FFFD and declares that charset itself; legacy
(non-UTF-8) pages are not valid UTF-8; title, author, editor, source, every paragraph (table rows:
every TAB-separated cell) and every body_noise string occur in the visible page text (inline tags removed, block tags made
spaces, script/style/textarea dropped, entities unescaped, whitespace normalised); no body_noise
string lies inside a paragraph; published_at has an explicit offset, agrees with published_date
and precedes fetched_at (+08:00 on Chinese pages); kind / fetched_at follow the corpus
conventions; GB18030 pages really need GB18030 (they hold characters GBK cannot encode).
"""
import datetime as dt
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ["url", "kind", "modelled_on", "language", "encoding", "fetched_at", "notes", "classes",
        "title", "published_date", "published_at", "author", "editor", "source", "paragraphs",
        "body_noise"]
KINDS = ("portal", "self_media", "gov", "intl")
FETCH_CN = "2026-11-30T09:00:00+08:00"
FETCH_INTL = "2026-11-30T09:00:00+00:00"
WS = re.compile(r"[\s\u3000\u00a0\u200b]+")


def norm(s):
    return WS.sub(" ", s).strip()


def visible(raw):
    t = re.sub(r"(?is)<!--.*?-->", " ", raw)
    t = re.sub(r"(?is)<(script|style|textarea)\b.*?</\1\s*>", " ", t)
    t = re.sub(r"(?is)</?(?:a|span|strong|b|i|em|font|time|abbr|small|sup|sub|label|u)\b[^>]*>", "", t)
    t = re.sub(r"(?s)<[^>]+>", " ", t)
    return norm(html.unescape(t))


def check(name):
    errs = []
    truth = json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))
    if list(truth) != KEYS:
        errs.append(f"keys {list(truth)}")
    enc = truth["encoding"]
    data = (HERE / f"{name}.html").read_bytes()
    try:
        raw = data.decode(enc, errors="strict")
    except UnicodeDecodeError as e:
        return [f"does not decode as {enc}: {e}"]
    if "\ufffd" in raw:
        errs.append("U+FFFD in page")
    if not re.search(r"charset=[\"']?" + re.escape(enc), raw, re.I):
        errs.append(f"page does not declare charset {enc}")
    if enc.lower() not in ("utf-8", "utf8"):
        try:
            data.decode("utf-8")
            errs.append("legacy page is valid UTF-8 (no legacy bytes)")
        except UnicodeDecodeError:
            pass
    text = visible(raw)
    for f in ("title", "author", "editor", "source"):
        v = truth[f]
        if v is None:
            continue
        parts = re.split(r", | ", v) if f == "author" else [v]
        for part in parts:
            if norm(part) not in text:
                errs.append(f"{f} {part!r} not in page text")
    paras = [norm(p) for p in truth["paragraphs"]]
    if not paras:
        errs.append("no paragraphs")
    for p, rawp in zip(paras, truth["paragraphs"]):
        cells = rawp.split("\t") if "\t" in rawp else [p]
        for c in cells:
            if norm(c) not in text:
                errs.append(f"paragraph text not in page: {c[:50]!r}")
    for n in truth["body_noise"]:
        nn = norm(n)
        if nn not in text:
            errs.append(f"noise not in page text: {n[:50]!r}")
        for p in paras:
            if nn in p:
                errs.append(f"noise inside a paragraph: {n[:50]!r}")
    pd_, pa = truth["published_date"], truth["published_at"]
    fetched = dt.datetime.fromisoformat(truth["fetched_at"])
    if pd_ is not None:
        dt.date.fromisoformat(pd_)
    if pa is not None:
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", pa):
            errs.append(f"published_at not YYYY-MM-DDTHH:MM:SS+HH:MM: {pa}")
        else:
            at = dt.datetime.fromisoformat(pa)
            if at.date().isoformat() != pd_:
                errs.append("published_at date differs from published_date")
            if at >= fetched:
                errs.append("published_at not before fetched_at")
    if truth["kind"] != "intl" and pa is not None and not pa.endswith("+08:00"):
        errs.append("Chinese page published_at must be +08:00")
    if not truth["classes"] or not truth["notes"]:
        errs.append("empty classes/notes")
    if truth["kind"] not in KINDS:
        errs.append(f"unknown kind {truth['kind']}")
    want_fetch = FETCH_INTL if truth["kind"] == "intl" else FETCH_CN
    if truth["fetched_at"] != want_fetch:
        errs.append(f"fetched_at {truth['fetched_at']} != {want_fetch}")
    if not truth["language"] or not truth["modelled_on"] or not truth["url"].startswith("http"):
        errs.append("empty language / modelled_on / url")
    if enc.lower() == "gb18030":
        try:
            raw.encode("gbk")
            errs.append("gb18030 page holds no character outside GBK")
        except UnicodeEncodeError:
            pass
    return errs


def main():
    names = sorted(p.stem for p in HERE.glob("*.json"))
    bad = 0
    for name in names:
        if not (HERE / f"{name}.html").exists():
            print(f"FAIL {name}: no html"); bad += 1; continue
        errs = check(name)
        if errs:
            bad += 1
            for e in errs:
                print(f"FAIL {name}: {e}")
    kinds = {}
    for name in names:
        k = json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))["kind"]
        kinds[k] = kinds.get(k, 0) + 1
    print(", ".join(f"{k}: {v}" for k, v in sorted(kinds.items())))
    print(f"{len(names)} pages, {bad} failing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

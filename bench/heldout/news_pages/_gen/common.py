"""Helpers for the hand-written held-out pages (generator only; the truth is in each page module)."""
import html
import json
import os
from datetime import datetime, timedelta, timezone

CN = timezone(timedelta(hours=8))
FETCHED = "2026-11-30T09:00:00+08:00"
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FIELDS = ["url", "kind", "modelled_on", "encoding", "fetched_at", "notes", "classes", "title",
          "published_date", "published_at", "author", "editor", "source", "paragraphs", "body_noise"]


def e(s):
    return html.escape(s, quote=False)


def ps(paras, tpl="<p>{}</p>", sep="\n", ent=False):
    out = []
    for p in paras:
        t = e(p)
        if ent:  # write curly quotes / dashes as named entities, as some CMSes do
            t = (t.replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;")
                  .replace("\u2014", "&mdash;").replace("\u00b7", "&middot;"))
        out.append(tpl.format(t))
    return sep.join(out)


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CN)


def epoch(s):
    return int(dt(s).timestamp())


def epoch_ms(s, extra_ms=0):
    return epoch(s) * 1000 + extra_ms


def iso(s):
    return dt(s).isoformat()


def truth(**kw):
    kw.setdefault("fetched_at", FETCHED)
    missing = [f for f in FIELDS if f not in kw]
    extra = [f for f in kw if f not in FIELDS]
    assert not missing and not extra, (missing, extra)
    return {f: kw[f] for f in FIELDS}


def write(name, page_html, t):
    enc = t["encoding"]
    with open(os.path.join(OUT, name + ".html"), "wb") as fh:
        fh.write(page_html.encode(enc))
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(t, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

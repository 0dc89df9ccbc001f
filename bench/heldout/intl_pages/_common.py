"""Helpers for _build.py: paragraph markup and the page record.

Paragraph strings may carry inline link markup [[text|href]]; the HTML gets an <a>, the
truth gets the bare text. Nothing here reads or imports the project's code.
"""
import html
import re

FETCHED_AT = "2026-11-30T09:00:00+00:00"
_LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def plain(text):
    return _LINK.sub(lambda m: m.group(1), text)


def _markup(text):
    parts = []
    pos = 0
    for m in _LINK.finditer(text):
        parts.append(html.escape(text[pos:m.start()], quote=False))
        parts.append('<a href="%s">%s</a>' % (html.escape(m.group(2)), html.escape(m.group(1), quote=False)))
        pos = m.end()
    parts.append(html.escape(text[pos:], quote=False))
    return "".join(parts)


def P(paras, attrs="", indent="      ", tag="p"):
    """Render paragraphs as <p attrs>..</p> lines."""
    sp = (" " + attrs) if attrs else ""
    return "\n".join("%s<%s%s>%s</%s>" % (indent, tag, sp, _markup(p), tag) for p in paras)


def page(name, html_text, **truth):
    paras = truth.pop("paragraphs")
    order = ["url", "kind", "modelled_on", "language", "encoding", "fetched_at", "notes",
             "classes", "title", "published_date", "published_at", "author", "editor",
             "source", "paragraphs", "body_noise"]
    t = dict(truth)
    t.setdefault("kind", "intl")
    t.setdefault("encoding", "utf-8")
    t.setdefault("fetched_at", FETCHED_AT)
    t.setdefault("editor", None)
    t.setdefault("source", None)
    t["paragraphs"] = [plain(p) for p in paras]
    missing = [k for k in order if k not in t]
    if missing:
        raise SystemExit("%s: missing truth fields %s" % (name, missing))
    extra = [k for k in t if k not in order]
    if extra:
        raise SystemExit("%s: unknown truth fields %s" % (name, extra))
    return {"name": name, "html": html_text, "truth": {k: t[k] for k in order}}

"""Shared helpers for the news_pages_c builder (stdlib only)."""
import html as _html

FETCH_CN = "2026-11-30T09:00:00+08:00"
FETCH_INTL = "2026-11-30T09:00:00+00:00"

KEYS = ["url", "kind", "modelled_on", "language", "encoding", "fetched_at", "notes", "classes",
        "title", "published_date", "published_at", "author", "editor", "source", "paragraphs",
        "body_noise"]


def esc(s):
    return _html.escape(s, quote=False)


def ps(paras, tag="p", attrs=""):
    """One element per paragraph (text escaped)."""
    return "\n".join(f"<{tag}{attrs}>{esc(p)}</{tag}>" for p in paras)


def table(rows, attrs=' border="1" cellspacing="0"'):
    out = [f"<table{attrs}>"]
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def rows_tsv(rows):
    return ["\t".join(r) for r in rows]


PAGES = []


def add(name, html, **truth):
    missing = [k for k in KEYS if k not in truth]
    if missing:
        raise ValueError(f"{name}: missing {missing}")
    extra = [k for k in truth if k not in KEYS]
    if extra:
        raise ValueError(f"{name}: unknown keys {extra}")
    PAGES.append((name, html, {k: truth[k] for k in KEYS}))


def epoch(iso):
    """Unix seconds of an ISO timestamp with offset (for page data)."""
    import datetime
    return int(datetime.datetime.fromisoformat(iso).timestamp())

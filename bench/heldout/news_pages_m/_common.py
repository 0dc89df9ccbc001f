"""Shared helpers for the news_pages_m builder (stdlib only)."""
import datetime as _dt
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


def lis(items, attrs=""):
    return "\n".join(f"<li{attrs}>{esc(i)}</li>" for i in items)


def table(rows, attrs=' border="1" cellspacing="0"', head=True):
    out = [f"<table{attrs}>"]
    for n, r in enumerate(rows):
        tag = "th" if head and n == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>")
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
    return int(_dt.datetime.fromisoformat(iso).timestamp())


def jsonld(obj):
    """A JSON-LD script block (page data, not visible text)."""
    import json as _json
    return ('<script type="application/ld+json">'
            + _json.dumps(obj, ensure_ascii=False) + "</script>")


def doc(title, head, body, charset="utf-8", lang="zh-CN"):
    """A full page skeleton (head meta + body markup given by the page)."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f"<title>{esc(title)}</title>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n")

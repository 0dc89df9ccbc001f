"""Mutated and generated HTML for robustness tests (tests/test_fuzz.py, bench/fuzz.py).

:func:`make_input` turns a seeded ``random.Random`` into one hostile page (bytes or str)
and names its kind; :func:`outcome` runs the offline extraction path on it and returns
``"record"`` or ``"reject/<reason>"`` — any other exception escapes, and is a bug.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from autoparts_crawler.extract import extract_article
from autoparts_crawler.records.rejects import RecordRejected

FETCHED = datetime.fromisoformat("2026-11-28T10:00:00+08:00")
URL = "http://portal.test/news/show-1.html"
TAGS = ["div", "p", "span", "a", "h1", "h2", "table", "tr", "td", "ul", "li", "script", "style", "br", "img",
        "article", "section", "b", "i", "em", "strong", "font", "center", "iframe", "noscript", "form", "title",
        "meta", "link", "body", "html", "head", "select", "option", "textarea", "svg", "math", "template"]
ATTRS = ['class="content"', 'id="content"', 'class="article-title"', 'class="meta"', 'class="pubtime"',
         'href="show-2.html"', 'href="javascript:void(0)"', 'href="mailto:x@y.cn"', 'class="rel-item"',
         'charset="gbk"', 'http-equiv="content-type" content="text/html; charset=gb2312"', 'class="editor"',
         'src="x.jpg"', 'style="display:none"', 'onclick="alert(1)"', 'rel="canonical" href="//evil.test/x"']
WORDS = ["汽车", "零部件", "刹车片", "来源：汽配网", "作者：王磊", "责任编辑:lina", "2026-03-12 09:30", "阅读：1.2万",
         "3小时前", "昨天 12:30", "评论(12)", "䶮", "镕堃喆", "&amp;", "&#x4DAE;", "&nbsp;", "<", ">", "\"", "'",
         "\u200b", "\u202e", "𠀀", "Ÿ", "é", "\t", "\n", "1.5亿元", "10万+", "Nov2026", "05"]
KINDS = ("seed", "truncated", "random_tree", "deep_nest", "giant_text", "binary", "nul_bytes", "lone_surrogates",
         "byte_flip", "splice", "tag_soup", "reencoded", "empty", "unclosed_comment", "attribute_storm")


def seed_pages(root: Path | None = None) -> list[bytes]:
    """Real pages to mutate: the bundled sample portal (and any extra folder's *.html)."""
    from autoparts_crawler.sample_portal import __file__ as sample_init

    folders = [Path(sample_init).parent / "www"] + ([root] if root else [])
    pages = [p.read_bytes() for folder in folders for p in sorted(folder.rglob("*.html"))]
    return pages or [b"<html><body><h1>t</h1><p>x</p></body></html>"]


def random_tree(rng: random.Random, depth: int = 0, budget: list[int] | None = None) -> str:
    """A random tag tree with attributes and text (sometimes unbalanced)."""
    budget = budget if budget is not None else [rng.randint(5, 300)]
    out = []
    while budget[0] > 0 and rng.random() < 0.8:
        budget[0] -= 1
        if rng.random() < 0.4 or depth > 12:
            out.append(rng.choice(WORDS) * rng.randint(1, 4))
            continue
        tag = rng.choice(TAGS)
        attrs = " ".join(rng.sample(ATTRS, rng.randint(0, 2)))
        inner = random_tree(rng, depth + 1, budget)
        close = f"</{tag}>" if rng.random() < 0.9 else ""
        out.append(f"<{tag} {attrs}>{inner}{close}")
    return "".join(out)


def make_input(rng: random.Random, seeds: list[bytes], *, giant: int = 2_000_000,
               deep: int = 5000) -> tuple[str, str | bytes]:
    """(kind, page) for one fuzz case; ``giant``/``deep`` size the big cases."""
    kind = rng.choice(KINDS)
    base = rng.choice(seeds)
    builders: dict[str, Callable[[], str | bytes]] = {
        "seed": lambda: base,
        "truncated": lambda: base[: rng.randint(0, len(base))],
        "random_tree": lambda: "<html><body>" + random_tree(rng) + "</body></html>",
        "deep_nest": lambda: ("<html><body><div id=\"content\">" + "<div><p>" * (deep // 2) + "深" +
                              "</p></div>" * rng.choice((0, deep // 2)) + "</div></body></html>"),
        "giant_text": lambda: ("<html><head><title>大</title></head><body><h1>大文本</h1><div id=\"content\"><p>" +
                               rng.choice(WORDS) * (giant // 2) + "</p></div></body></html>"),
        "binary": lambda: rng.randbytes(rng.randint(0, 5000)),
        "nul_bytes": lambda: bytes(b if rng.random() > 0.05 else 0 for b in base),
        "lone_surrogates": lambda: base.decode("utf-8", "replace").replace("的", "\ud800", rng.randint(1, 50))
        .replace("，", "\udfff", rng.randint(0, 20)),
        "byte_flip": lambda: bytes(b if rng.random() > 0.01 else rng.randrange(256) for b in base),
        "splice": lambda: base[: rng.randint(0, len(base))] + rng.choice(seeds)[rng.randint(0, 2000):],
        "tag_soup": lambda: "".join(rng.choice(["<", ">", "</", "/>", "<!--", "-->", "<![CDATA[", "]]>", "&", ";",
                                                "<p", "<div", " class=", "\"", "'", "=", *WORDS])
                                    for _ in range(rng.randint(0, 3000))),
        "reencoded": lambda: base.decode("utf-8", "ignore").encode(
            rng.choice(["gb18030", "utf-16", "utf-32", "big5", "shift_jis", "latin-1"]), "ignore"),
        "empty": lambda: rng.choice([b"", "", b" ", b"\xef\xbb\xbf", "<html></html>", b"\x00"]),
        "unclosed_comment": lambda: base[: len(base) // 3] + b"<!--" + base[len(base) // 3:],
        "attribute_storm": lambda: "<html><body><div " + " ".join(
            f'a{i}="{rng.choice(WORDS)}"' for i in range(rng.randint(1, 5000))) + "><p>x</p></div></body></html>",
    }
    return kind, builders[kind]()


def outcome(page: str | bytes, url: str = URL) -> str:
    """``record`` or ``reject/<reason>``; any other exception propagates (a bug)."""
    try:
        extract_article(page, url, fetched_at=FETCHED)
    except RecordRejected as exc:
        return f"reject/{exc.reason}"
    return "record"

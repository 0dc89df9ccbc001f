"""Shared text cleanup for the normalizers (pure Python, no scrapy).

Both dates and counts arrive as page text: HTML entities, no-break spaces, full-width
digits and punctuation (``２０２５－０５－０５``, ``１，２３４``) are common on Chinese portals.
NFKC folds those to ASCII so the fast regular expressions only see one spelling.
"""

from __future__ import annotations

import html
import re
import unicodedata

_WS_RE = re.compile(r"\s+")
#: Zero-width characters (space, joiners, word joiner, BOM) that scraped text carries between words.
_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")

#: Colons NFKC does not fold to ``:``: the vertical presentation form ``︰`` (U+FE30, which NFKC makes ``..``) and
#: the ratio sign ``∶``, both printed as a label's colon on Chinese pages (``更新時間︰``).
_COLON_FORMS = str.maketrans({"\ufe30": ":", "\u2236": ":"})

#: Input longer than this (characters) is cut before any work, so that no call can be slow.
MAX_SCAN_CHARS = 1000


def clean_text(text: str) -> str:
    """Unescape entities, fold full-width forms (NFKC) and collapse whitespace to single spaces."""
    if len(text) > MAX_SCAN_CHARS:
        text = text[:MAX_SCAN_CHARS]
    if "&" in text:
        text = html.unescape(text)
    if not text.isascii():
        if "\ufe30" in text or "\u2236" in text:
            text = text.translate(_COLON_FORMS)
        text = unicodedata.normalize("NFKC", text)
        if _ZERO_WIDTH_RE.search(text):  # 2025-06-05\u200b 14:20: invisible, and no space either
            text = _ZERO_WIDTH_RE.sub("", text)
    return _WS_RE.sub(" ", text).strip()

"""Decode an HTML page's bytes: one decision, used by the crawl and the offline path.

No Scrapy import. :func:`decode_page` takes the body bytes and the charset from the HTTP
``Content-Type`` header (if any) and returns :class:`Decoded` ``(text, codec, how)``:

1. a byte-order mark wins (``how="bom"``);
2. non-ASCII bytes that are valid UTF-8 are UTF-8 (a GBK or Latin-1 page is
   practically never valid UTF-8, while UTF-8 bytes can pass as GBK);
3. otherwise each declaration, header first then ``<meta>``/XML prolog, is tried in
   strict mode and the first that decodes cleanly is used (``"header"`` / ``"meta"``).
   Chinese labels (gb2312, gbk, x-gbk, …) always decode as GB18030, their superset,
   so GBK-only and 4-byte GB18030 characters (䶮 U+4DAE) survive a gb2312 label;
4. a single-byte declaration (iso-8859-1, windows-1252, …) decodes anything, so it is
   trusted only when the bytes are neither valid UTF-8 nor clean, CJK-looking GB18030
   (``"sniff"`` otherwise);
5. no usable declaration: UTF-8 if valid, else GB18030 if clean (``"sniff"``);
6. nothing decodes cleanly: the best declaration (or GB18030) with replacement
   characters, which the crawl stats count (``"fallback"``).

:func:`clean_text` removes what no parser accepts (NUL, lone surrogates, other C0
controls) from text that is already a ``str``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

#: Labels decoded as GB18030 (their superset).
_GB_LABELS = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "gb_2312", "csgb2312", "chinese", "euc-cn", "euccn",
              "iso-ir-58", "csiso58gb231280", "cp936", "ms936", "windows-936", "gb18030", "x-euc-cn", "hz-gb-2312"}
#: Labels treated as windows-1252 (as browsers do).
_LATIN_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968",
                 "windows-1252", "cp1252", "x-cp1252", "cp819", "ibm819", "iso-ir-100", "csisolatin1"}
_SINGLE_BYTE = {"cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r", "iso8859_2", "cp1250", "cp874"}
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9][A-Za-z0-9_.:+-]*)""", re.I | re.S)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']\s*([A-Za-z0-9][A-Za-z0-9_.:+-]*)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9][A-Za-z0-9_.:+-]*)""", re.I)
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_CJK = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f]")
META_SCAN_BYTES = 8192


@dataclass(frozen=True, slots=True)
class Decoded:
    """The decoded page: text, the Python codec used, and how it was chosen."""

    text: str
    codec: str
    how: str  # bom / header / meta / sniff / fallback


def normalize_label(label: str | None) -> str | None:
    """A charset label -> the Python codec to decode it with (None when unknown)."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    if name in _GB_LABELS:
        return "gb18030"
    if name in _LATIN_LABELS:
        return "cp1252"
    if name in ("utf8", "unicode-1-1-utf-8", "unicode11utf8", "x-unicode20utf8"):
        return "utf-8"
    if name in ("big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5"):
        return "big5hkscs"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def header_charset(content_type: str | bytes | None) -> str | None:
    """The ``charset=`` parameter of a Content-Type header value."""
    if not content_type:
        return None
    if isinstance(content_type, bytes):
        content_type = content_type.decode("latin-1")
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def meta_charset(data: bytes) -> str | None:
    """The charset declared in the page's first bytes: ``<meta ... charset=...>`` or an XML prolog.

    Tolerant of sloppy markup: unquoted or single-quoted values, ``http-equiv`` without
    quotes, ``content="text/html;charset=gbk"``, ``<meta charset=gb2312 />``.
    """
    head = data[:META_SCAN_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "ignore") if match else None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_cjk(text: str) -> bool:
    """Most non-ASCII characters are CJK (a GB18030 decoding that is probably right)."""
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    return non_ascii > 0 and len(_CJK.findall(text)) >= 0.8 * non_ascii


def decode_page(data: bytes, header: str | None = None) -> Decoded:
    """Decide the encoding of ``data`` (see the module docstring) and decode it."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom):].decode(codec, "replace"), codec, "bom")
    declared: list[tuple[str, str]] = []
    for how, label in (("header", header), ("meta", meta_charset(data))):
        codec = normalize_label(label)
        if codec and how == "meta" and codec.startswith(("utf-16", "utf-32")):
            codec = "utf-8"  # a meta tag readable as ASCII cannot be UTF-16
        if codec and codec not in (c for _, c in declared):
            declared.append((how, codec))
    is_ascii = data.isascii()
    utf8 = _strict(data, "utf-8")
    if utf8 is not None and not is_ascii:
        # valid non-ASCII UTF-8 is almost never an accident, whatever the labels say
        how = next((h for h, c in declared if c == "utf-8"), "sniff")
        return Decoded(utf8, "utf-8", how)
    single: tuple[str, str] | None = None
    for how, codec in declared:
        if codec in _SINGLE_BYTE:
            single = single or (how, codec)
            continue
        text = _strict(data, codec)
        if text is not None:
            return Decoded(text, codec, how)
    if utf8 is not None and single is None:
        return Decoded(utf8, "utf-8", "default")
    gb = _strict(data, "gb18030")
    if gb is not None and not is_ascii and (single is None or _looks_cjk(gb)):
        return Decoded(gb, "gb18030", "sniff")
    if single is not None:
        text = _strict(data, single[1])
        if text is not None:
            return Decoded(text, single[1], single[0])
    codec = declared[0][1] if declared else "gb18030"
    return Decoded(data.decode(codec, "replace"), codec, "fallback")


#: The C0 controls :data:`_BAD_CHARS` drops, as bytes (in UTF-8 they only ever stand for themselves).
_BAD_CONTROL_BYTES = bytes(c for c in range(32) if c not in (9, 10, 13))


def clean_text(text: str) -> str:
    """Drop characters no HTML parser accepts: NUL, C0 controls (except TAB/LF/CR), lone surrogates.

    Almost every page has none: a UTF-8 encode (fails on a lone surrogate) and a byte deletion
    count (controls) tell so 4x faster than the regex scan, which then only runs when needed.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return _BAD_CHARS.sub("", text)
    if len(data.translate(None, _BAD_CONTROL_BYTES)) != len(data):
        return _BAD_CHARS.sub("", text)
    return text


def decode_to_text(data: str | bytes, header: str | None = None) -> Decoded:
    """:func:`decode_page` for bytes; ``str`` input passes through (how ``"text"``). Result is cleaned."""
    if isinstance(data, str):
        return Decoded(clean_text(data), "unicode", "text")
    decoded = decode_page(data, header)
    return Decoded(clean_text(decoded.text), decoded.codec, decoded.how)

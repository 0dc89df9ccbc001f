"""Field helpers of the one path: label cleanup, counts, fingerprints, the normalization report."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from autoparts_crawler.normalize import normalize_count
from autoparts_crawler.records.context import PageContext
from autoparts_crawler.records.raw import RawArticle
from autoparts_crawler.web.urls import canonicalize, same_site

#: Labels that portals print before a value ("来源：", "责任编辑:", "文/").
#: The label must end at a separator, a bracket or a space: a name that opens with a label's
#: characters (文静, 编辑部, Byron) is no label.
_LABEL = re.compile(
    r"^\s*[\[【(（]?\s*(?:责任编辑|责编|编辑|原作者|作者|撰文|记者|文|来源|来自|出处|发布者|发布人|"
    r"栏目|分类|频道|author|editor|source|by)(?:\s*[:：/|／｜]\s*[\]】)）]?|\s*[\]】)）]|\s+)\s*", re.I)
_TRAILING_NOISE = re.compile(r"\s*[|｜]\s*$")


@dataclass(slots=True)
class NormalizationReport:
    """What normalization did, for the crawl stats (keys become stats counters)."""

    counters: dict[str, int] = field(default_factory=dict)

    def count(self, key: str, n: int = 1) -> None:
        self.counters[key] = self.counters.get(key, 0) + n


def clean_label(value: str | None) -> str | None:
    """Strip a leading label (来源：/作者:/责任编辑:) and surrounding whitespace; None when empty."""
    if value is None:
        return None
    text = " ".join(value.split())
    previous = None
    while previous != text:
        previous, text = text, _LABEL.sub("", text, count=1)
    text = _TRAILING_NOISE.sub("", text).strip()
    return text or None


def count_field(text: str | None, report: NormalizationReport, prefix: str) -> tuple[int | None, bool]:
    """(integer or None, approximate?) of a count text; counted under ``prefix`` in the report."""
    if not text:
        report.count(f"{prefix}/missing")
        return None, False
    result = normalize_count(text)
    report.count(f"{prefix}/ok" if result.value is not None else f"{prefix}/failed/{result.reason}")
    return result.value, bool(result.approx) if result.value is not None else False


def canonical_url(raw: RawArticle, ctx: PageContext) -> str:
    """The page's rel=canonical when it stays on the same site, else the fetched URL; tracking removed."""
    if raw.canonical_url and same_site(raw.canonical_url, ctx.url):
        return canonicalize(raw.canonical_url)
    return canonicalize(ctx.url)


def content_hash(title: str | None, body_text: str) -> str:
    """Stable fingerprint of the content, for dedupe and change detection."""
    return hashlib.sha1(f"{title or ''}\n{body_text}".encode()).hexdigest()

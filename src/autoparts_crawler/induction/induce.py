"""Learn a site profile from a sample of the site's own pages (no Scrapy here).

Input: ``(url, html)`` pages of one site. Each page goes through the generic path first
(:func:`~autoparts_crawler.extraction.analysis.analyze_page`, the classifier, the generic
extractor and the record normalizer); that is the witness every learned rule is checked against:

- URL patterns (:mod:`.urls`) from the classifier's verdict per page;
- templates: article pages grouped by the tag/class paths of their block elements (:mod:`.dom`);
- per field, candidate selectors for the element that holds the generic value on each page
  (stable first: id, class, class under a stable ancestor, structural path); a candidate is kept
  only when it matches exactly one node on at least :data:`MIN_PAGES` pages and its value, through
  the same normalizer, agrees with the generic one on at least :data:`MIN_AGREEMENT` of them
  (body: character F1 >= :data:`MIN_BODY_F1`). A template the first selector misses may add an
  alternative. A field nobody agrees on stays unset: the generic extractor keeps deciding it;
- the body container: the lowest element holding every generic body block; text blocks inside it
  that the generic body leaves out become ``body_exclude`` selectors (never one touching body text);
- the related block (item + parts) and, on list pages, the article-link and next-page selectors;
- the timezone from explicit UTC offsets the pages print (``2024-05-01T10:00:00+09:00``).

Output: :class:`Induction` (the :class:`~autoparts_crawler.sites.SiteProfile` plus evidence);
:func:`profile_toml` writes it with the evidence as comments.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import autoparts_crawler.induction.dom as dom
from autoparts_crawler.extract import parse_page
from autoparts_crawler.extraction import generic
from autoparts_crawler.extraction.analysis import PageAnalysis, analyze_page
from autoparts_crawler.extraction.blocks import clean, text_blocks
from autoparts_crawler.extraction.classify import classify_page
from autoparts_crawler.extraction.pager import page_number
from autoparts_crawler.extraction.profile import (
    extract_body_with_profile,
    extract_related_with_profile,
    extract_with_profile,
)
from autoparts_crawler.extraction.related import extract_list_page
from autoparts_crawler.extraction.selectors import select, select_text
from autoparts_crawler.induction.urls import learn_patterns
from autoparts_crawler.records.build import normalize_article
from autoparts_crawler.records.context import PageContext
from autoparts_crawler.records.raw import RawArticle, RawListing
from autoparts_crawler.sites import ArticleSelectors, Coverage, ListSelectors, RelatedSelectors, SiteProfile
from autoparts_crawler.web.urls import canonicalize

#: a selector is judged on at least this many pages where it matched exactly one node
MIN_PAGES = 8
#: list pages are fewer in a sample: their selectors need this many
MIN_LIST_PAGES = 3
#: share of those pages where its value must equal the generic extractor's
MIN_AGREEMENT = 0.9
#: body: character F1 against the generic body, on MIN_AGREEMENT of the pages
MIN_BODY_F1 = 0.9
#: pages of one template: signature Jaccard similarity at least this
TEMPLATE_SIMILARITY = 0.6
#: candidates tried per field (the most often proposed)
MAX_CANDIDATES = 16
#: body containers tried (each with its own exclusions)
BODY_CANDIDATES = 8
#: alternatives per field (one per template the first misses)
MAX_ALTERNATIVES = 3
DEFAULT_TIMEZONE = "Asia/Shanghai"
#: characters an element may hold besides the generic value: a label (来源：) ...
LABEL_SLACK = 12
#: ... or, for fields the normalizer parses out of a line (dates, counts), the rest of the line
LINE_SLACK = 160
PARSED_FIELDS = frozenset({"published", "views", "comments"})

#: ArticleSelectors field -> (RawArticle attribute, record keys compared, record keys compared strictly)
TEXT_FIELDS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "title": ("title", ("title",), ()),
    "subtitle": ("subtitle", ("subtitle",), ()),
    "author": ("author", ("author",), ()),
    "editor": ("editor", ("editor",), ()),
    "source": ("source", ("source",), ()),
    "published": ("published_raw", ("published_date", "published_at"), ("published_raw",)),
    "category": ("category", ("category",), ()),
    "views": ("views_raw", ("views", "views_approx"), ("views_raw",)),
    "comments": ("comments_raw", ("comments",), ("comments_raw",)),
}
#: RelatedSelectors part -> record keys of a related entry it decides
RELATED_PARTS: dict[str, tuple[str, ...]] = {
    "category": ("category",),
    "date": ("published_date", "published_at", "published_raw"),
    "day": ("published_date", "published_at", "published_raw"),
    "month_year": ("published_date", "published_at", "published_raw"),
    "views": ("views", "views_raw", "views_approx"),
    "tag": ("tag",),
}
_OFFSET_RE = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})\b")


@dataclass
class Observed:
    """One sampled page and what the generic path says of it."""

    url: str
    page: PageAnalysis
    kind: str  # article / continuation / list / other (classifier, continuation from next-page links)
    raw: RawArticle | None = None
    fields: dict[str, Any] | None = None
    listing: RawListing | None = None
    template: int = -1
    _index: dom.TextIndex | None = None

    @property
    def index(self) -> dom.TextIndex:
        if self._index is None:
            self._index = dom.TextIndex(self.page.root)
        return self._index


@dataclass
class FieldEvidence:
    """How one selector did on the sample."""

    selector: Any = None
    pages: int = 0  # pages it was judged on (article pages; list pages for [list])
    matched: int = 0  # pages where it matched (exactly one node, for single-valued fields)
    agreed: int = 0  # of those, pages where its value equals the generic extractor's
    kept: bool = False
    note: str = ""

    @property
    def coverage(self) -> float:
        return self.matched / self.pages if self.pages else 0.0

    @property
    def agreement(self) -> float:
        return self.agreed / self.matched if self.matched else 0.0


@dataclass
class Induction:
    """A learned profile and the evidence for each of its rules."""

    profile: SiteProfile
    kinds: Counter[str] = field(default_factory=Counter)
    templates: list[int] = field(default_factory=list)  # article pages per template
    list_templates: list[int] = field(default_factory=list)  # list pages per template
    fields: dict[str, FieldEvidence] = field(default_factory=dict)  # "article.title", "list.next_page", ...
    timezone_evidence: Counter[str] = field(default_factory=Counter)
    #: the observed pages (kept only when asked: ``induce --update`` judges the old selectors on them)
    articles: list[Observed] = field(default_factory=list, repr=False)
    lists: list[Observed] = field(default_factory=list, repr=False)


# --- observing pages -----------------------------------------------------------------------
def observe(pages: Sequence[tuple[str, str]], timezone: str = DEFAULT_TIMEZONE,
            fetched_at: datetime | None = None, site: str = "induced") -> list[Observed]:
    """Each ``(url, html)`` through the generic path."""
    anchor = fetched_at or datetime.now(ZoneInfo(timezone))
    out: list[Observed] = []
    for url, html in pages:
        page = analyze_page(parse_page(html, url), url)
        try:
            kind = classify_page(page)
        except RecursionError:
            continue
        obs = Observed(url, page, kind)
        if kind == "article":
            obs.raw = generic.extract_generic(page)
            obs.fields = _normalized(obs.raw, url, site, anchor, timezone)
        elif kind == "list":
            obs.listing = extract_list_page(page)
        out.append(obs)
    nexts = {canonicalize(o.raw.next_page_url) for o in out if o.raw is not None and o.raw.next_page_url}
    for obs in out:
        if obs.kind == "article" and (canonicalize(obs.url) in nexts or page_number(obs.url)[1] > 1):
            obs.kind = "continuation"
    return out


def _normalized(raw: RawArticle, url: str, site: str, anchor: datetime, timezone: str) -> dict[str, Any]:
    ctx = PageContext(url=url, site=site, fetched_at=anchor, timezone=timezone, pages=(url,))
    return normalize_article(raw, ctx)[0]


# --- templates -----------------------------------------------------------------------------
def group_templates(articles: Sequence[Observed]) -> list[int]:
    """Assign ``template`` to each page (greedy by signature similarity); pages per template."""
    reps: list[frozenset[str]] = []
    counts: list[int] = []
    for obs in articles:
        sig = dom.signature(obs.page.root)
        best = max(range(len(reps)), key=lambda i: dom.jaccard(sig, reps[i]), default=None)
        if best is not None and dom.jaccard(sig, reps[best]) >= TEMPLATE_SIMILARITY:
            obs.template = best
            counts[best] += 1
        else:
            obs.template = len(reps)
            reps.append(sig)
            counts.append(1)
    return counts


# --- choosing selectors ----------------------------------------------------------------------
Judge = Callable[[Observed, Any], tuple[bool, bool]]  # (matched, agreed)


def judge_spec(spec: Any, pages: Sequence[Observed], judge: Judge) -> FieldEvidence:
    ev = FieldEvidence(selector=spec, pages=len(pages))
    for obs in pages:
        matched, agreed = judge(obs, spec)
        ev.matched += matched
        ev.agreed += matched and agreed
    return ev


def _acceptable(ev: FieldEvidence, min_pages: int) -> bool:
    return ev.matched >= min_pages and ev.agreement >= MIN_AGREEMENT


def _structural(spec: Any) -> bool:
    specs = spec if isinstance(spec, list) else [spec]
    return any(":nth-of-type" in s or s.startswith("body") for s in specs)


def _ranked(proposals: Iterable[list[str]]) -> list[str]:
    """Candidates proposed on most pages first; ties keep the stability order they were proposed in."""
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    for cands in proposals:
        for rank, c in enumerate(dict.fromkeys(cands)):
            counts[c] += 1
            order.setdefault(c, rank)
    return sorted(counts, key=lambda c: (-counts[c], order[c]))[:MAX_CANDIDATES]


def choose(pages: Sequence[Observed], propose: Callable[[Observed], list[str]], judge: Judge,
           min_pages: int = MIN_PAGES, wants: Callable[[Observed], bool] = lambda o: True,
           prefer: Callable[[Any], int] = lambda spec: 0) -> FieldEvidence:
    """The best selector (or list of alternatives) for one field over ``pages``."""
    best: FieldEvidence | None = None
    spec: list[str] = []
    remaining = [o for o in pages if wants(o)]
    for _ in range(MAX_ALTERNATIVES):
        cands = _ranked(propose(o) for o in remaining)
        trials = []
        for c in cands:
            ev = judge_spec([*spec, c] if spec else c, pages, judge)
            if best is None or ev.agreed > best.agreed:
                trials.append(ev)
        good = [ev for ev in trials if _acceptable(ev, min_pages if not spec else 1)]
        if not good:
            break
        # stable selectors (id/class) before structural paths, then the net agreement
        top = max(good, key=lambda ev: (not _structural(ev.selector), 2 * ev.agreed - ev.matched,
                                        prefer(ev.selector)))
        if best is not None and top.agreed <= best.agreed:
            break
        best = top
        spec = top.selector if isinstance(top.selector, list) else [top.selector]
        remaining = [o for o in remaining if not len(select(o.page.sel, spec))]
        if not remaining:
            break
    if best is None:
        return FieldEvidence(pages=len(pages), note="no selector agrees with the generic extractor")
    best.kept = _acceptable(best, min_pages)
    if isinstance(best.selector, list) and len(best.selector) == 1:
        best.selector = best.selector[0]
    return best


# --- article text fields -----------------------------------------------------------------------
class ArticleFields:
    """Selector induction of the single-valued text fields of article pages."""

    def __init__(self, site: str, timezone: str, anchor: datetime) -> None:
        self.site, self.timezone, self.anchor = site, timezone, anchor
        self._cache: dict[tuple[str, str, str], tuple] = {}

    def value(self, obs: Observed, name: str, text: str | None, strict: bool) -> tuple:
        attr, keys, strict_keys = TEXT_FIELDS[name]
        key = (obs.url, name, text or "")
        if key not in self._cache:
            assert obs.raw is not None
            changes: dict[str, Any] = {attr: text}
            if name == "published":
                changes["published_candidates"] = []
            fields = _normalized(replace(obs.raw, **changes), obs.url, self.site, self.anchor, self.timezone)
            self._cache[key] = tuple(fields[k] for k in keys + strict_keys)
        got = self._cache[key]
        return got if strict else got[:len(keys)]

    def generic_value(self, obs: Observed, name: str, strict: bool) -> tuple:
        _, keys, strict_keys = TEXT_FIELDS[name]
        assert obs.fields is not None
        return tuple(obs.fields[k] for k in (keys + strict_keys if strict else keys))

    def witness(self, obs: Observed, name: str) -> str | None:
        assert obs.raw is not None
        if name == "published":
            return obs.raw.published_raw or next((t for _, t in obs.raw.published_candidates), None)
        return getattr(obs.raw, TEXT_FIELDS[name][0])

    def judge(self, name: str) -> Judge:
        """(matched, agrees with the generic value) of a selector for field ``name`` on one page."""
        def judge(obs: Observed, spec: Any) -> tuple[bool, bool]:
            # as the crawl reads it (the joined text of every node found); more than one node is
            # a miss of a single-valued field even when the joined text happens to agree
            nodes = select(obs.page.sel, spec)
            if not nodes:
                return False, False
            if len(nodes) > 1:
                return True, False
            text = select_text(obs.page.sel, spec)
            got, want = self.value(obs, name, text, False), self.generic_value(obs, name, False)
            if _empty(got) and _empty(want):
                return False, False  # nothing on either side: no evidence
            return True, got == want
        return judge

    def induce(self, name: str, articles: Sequence[Observed]) -> FieldEvidence:
        def propose(obs: Observed) -> list[str]:
            value = self.witness(obs, name)
            if not value or _empty(self.generic_value(obs, name, False)):
                return []
            slack = LINE_SLACK if name in PARSED_FIELDS else LABEL_SLACK
            return ([c for el in obs.index.holding(value, slack)[:3] for c in dom.css_candidates(el)]
                    + dom.text_node_candidates(obs.index, value, slack))

        judge = self.judge(name)

        def strict(spec: Any) -> int:  # pages where even the text as shown (published_raw ...) is equal
            return sum(1 for o in articles if select(o.page.sel, spec)
                       and self.value(o, name, select_text(o.page.sel, spec), True) == self.generic_value(o, name, True))

        ev = choose(articles, propose, judge, wants=lambda o: bool(self.witness(o, name)), prefer=strict)
        if ev.kept:
            ev.note = f"raw text equal on {strict(ev.selector)}/{ev.matched}"
        return ev


def _empty(values: tuple) -> bool:
    return all(v is None or v is False or v == "" for v in values)


# --- body --------------------------------------------------------------------------------------
def char_f1(got: str, want: str) -> float:
    a, b = Counter(got.replace(" ", "").replace("\n", "")), Counter(want.replace(" ", "").replace("\n", ""))
    if not a and not b:
        return 1.0
    common = sum((a & b).values())
    if not common:
        return 0.0
    p, r = common / sum(a.values()), common / sum(b.values())
    return 2 * p * r / (p + r)


def _paragraph(text: str) -> str:
    """A body block as the record has it (whitespace collapsed; table rows keep their tabs)."""
    return " ".join(text.split()) if "\t" not in text else text.strip()


def _body_of(obs: Observed, container: Any, exclude: list[str]) -> str:
    profile = SiteProfile(name="x", article=ArticleSelectors(body=container, body_exclude=exclude))
    paragraphs = extract_body_with_profile(obs.page, profile)
    return "\n".join(_paragraph(p) for p in paragraphs if p.strip())


def _generic_body(obs: Observed) -> str:
    assert obs.fields is not None
    return obs.fields["body_text"]


def body_judge(exclude: list[str]) -> Judge:
    """(matched, body character F1 >= MIN_BODY_F1) of a body container with ``exclude`` on one page."""
    def judge(obs: Observed, spec: Any) -> tuple[bool, bool]:
        found = len(select(obs.page.sel, spec))
        if not found:
            return False, False  # the crawl falls back to the generic body
        return True, found == 1 and char_f1(_body_of(obs, spec, exclude), _generic_body(obs)) >= MIN_BODY_F1
    return judge


def induce_body(articles: Sequence[Observed]) -> tuple[FieldEvidence, list[str]]:
    """The body container selector and its exclusions."""
    def container_of(obs: Observed):
        els = [obs.page.blocks[i].el for i in obs.page.body_idx]
        return dom.common_ancestor(els)

    def propose(obs: Observed) -> list[str]:
        el = container_of(obs)
        if el is None:
            return []
        parent = el.getparent()  # a wider container with exclusions may fit more pages
        return dom.css_candidates(el) + (dom.css_candidates(parent) if parent is not None else [])

    want = _generic_body
    judge_with = body_judge

    ranked = _ranked(propose(o) for o in articles if o.page.body_idx)[:BODY_CANDIDATES]
    trials: list[tuple[tuple, FieldEvidence, list[str]]] = []
    for spec in ranked:
        exclude = _exclusions(articles, spec)
        ev = judge_spec(spec, articles, judge_with(exclude))
        exact = sum(1 for o in articles if select(o.page.sel, spec) and _body_of(o, spec, exclude) == want(o))
        ev.kept = _acceptable(ev, MIN_PAGES)
        ev.note = f"body text identical on {exact}/{ev.matched}"
        trials.append(((ev.kept, exact, not _structural(spec), 2 * ev.agreed - ev.matched), ev, exclude))
    if not trials:
        return FieldEvidence(pages=len(articles), note="no body container"), []
    _, ev, exclude = max(trials, key=lambda t: t[0])
    return ev, exclude


def _exclusions(articles: Sequence[Observed], container: Any) -> list[str]:
    """Selectors (inside the container) of the text blocks the generic body leaves out, chosen
    so that none ever selects generic body text; the ones removing most left-out blocks first."""
    proposals: Counter[str] = Counter()
    order: dict[str, int] = {}
    touches_body: set[str] = set()
    per_page = []
    for obs in articles:
        nodes = select(obs.page.sel, container)
        if len(nodes) != 1 or obs.fields is None:
            continue
        root = nodes[0].root
        body = set(obs.fields["paragraphs"])
        per_page.append((obs, nodes[0], body))
        for block in text_blocks(root):
            if _paragraph(block.text) in body:
                continue
            el = block.el
            while el is not None and el is not root:
                for c in dom.css_candidates(el, within=root) + dom.position_candidates(el, root):
                    if c != dom.tag_name(el):
                        proposals[c] += 1
                        order.setdefault(c, len(order))
                el = el.getparent()
    for c in proposals:
        for _obs, node, body in per_page:
            if any(_paragraph(b.text) in body for n in node.css(c) for b in text_blocks(n.root)):
                touches_body.add(c)
                break
    chosen: list[str] = []
    covered: set[int] = set()
    for c in sorted(proposals, key=lambda c: (-proposals[c], order[c])):
        if c in touches_body:
            continue
        ids = {id(n.root) for _obs, node, _b in per_page for n in node.css(c)}
        if ids - covered:
            chosen.append(c)
            covered |= {id(e) for _obs, node, _b in per_page for n in node.css(c) for e in n.root.iter()}
    return chosen


# --- related block -------------------------------------------------------------------------------
def _related_items(obs: Observed) -> list:
    """The elements holding one generic related entry each (the anchor's repeated ancestor)."""
    assert obs.raw is not None
    urls = {e.url for e in obs.raw.related if e.url}
    anchors = [a.el for a in obs.page.anchors if obs.page.anchor_url(a) in urls]
    items = []
    for a in anchors:
        el = a
        while el.getparent() is not None:
            parent = el.getparent()
            siblings = [s for s in parent.iterchildren(el.tag) if s is not el and any(x in anchors for x in s.iter("a"))]
            if siblings:
                items.append(el)
                break
            el = parent
    return list(dict.fromkeys(items))


def induce_related(articles: Sequence[Observed], fields: ArticleFields) -> tuple[FieldEvidence, RelatedSelectors]:
    """The related block: one selector per entry (``item``), then each part inside it."""
    with_related = [o for o in articles if o.raw is not None and len(o.raw.related) >= 2]

    def entries(obs: Observed, rel: RelatedSelectors, keys: tuple[str, ...]) -> list[tuple]:
        assert obs.raw is not None
        if rel.item is None:
            got = obs.raw.related
        else:
            profile = SiteProfile(name="x", related=rel)
            got = extract_related_with_profile(obs.page, profile)
        f = _normalized(replace(obs.raw, related=got), obs.url, fields.site, fields.anchor, fields.timezone)
        return [tuple(e.get(k) for k in keys) for e in f["related"]]

    base_keys = ("title", "url")

    def judge_rel(rel_of: Callable[[Any], RelatedSelectors], keys: tuple[str, ...]) -> Judge:
        def judge(obs: Observed, spec: Any) -> tuple[bool, bool]:
            rel = rel_of(spec)
            if not select(obs.page.sel, rel.item):
                return False, False
            return True, entries(obs, rel, keys) == entries(obs, RelatedSelectors(), keys)
        return judge

    def propose_item(obs: Observed) -> list[str]:
        return [c for el in _related_items(obs)[:1] for c in dom.css_candidates(el)]

    def title_spec(item_spec: Any) -> str | None:
        for obs in with_related:
            for item in select(obs.page.sel, item_spec)[:1]:
                a = item.root.find(".//a[@href]")
                if a is not None:
                    return next(iter(dom.css_candidates(a, within=item.root)), "a")
        return None

    def rel_for(item_spec: Any) -> RelatedSelectors:
        title = title_spec(item_spec) or "a"
        return RelatedSelectors(item=item_spec, title=title, url=f"{title}::attr(href)")

    ev = choose(with_related, propose_item, judge_rel(rel_for, base_keys), min_pages=min(MIN_PAGES, 8))
    if not ev.kept:
        return ev, RelatedSelectors()
    rel = rel_for(ev.selector)
    for part, keys in RELATED_PARTS.items():
        if part in ("day", "month_year"):
            continue
        spec = _related_part(with_related, rel, part)
        if spec is None:
            continue
        trial = rel.model_copy(update={part: spec})
        agreed = sum(1 for o in with_related if entries(o, trial, base_keys + keys) == entries(
            o, RelatedSelectors(), base_keys + keys))
        if agreed >= MIN_AGREEMENT * len(with_related):
            rel = trial
    if rel.date is None:
        rel = _split_date(with_related, rel, entries, base_keys + RELATED_PARTS["date"])
    ev.note = "parts: " + ", ".join(k for k, v in rel.model_dump().items() if v and k != "item")
    return ev, rel


def _part_value(entry: Any, part: str) -> str | None:
    return {"category": entry.category, "date": entry.date_raw, "views": entry.views_raw, "tag": entry.tag}[part]


def _related_part(pages: Sequence[Observed], rel: RelatedSelectors, part: str) -> str | None:
    proposals: list[list[str]] = []
    for obs in pages:
        assert obs.raw is not None
        by_url = {e.url: e for e in obs.raw.related}
        for item in select(obs.page.sel, rel.item):
            href = item.css(f"{rel.title}::attr(href)").get()
            entry = by_url.get(obs.page.absolute(href.strip())) if href else None
            value = clean(_part_value(entry, part)) if entry is not None else ""
            if not value:
                continue
            hits = [el for el in item.root.iter() if isinstance(el.tag, str) and el.tag != "a"
                    and clean(el.text_content()) == value]
            if hits:
                proposals.append(dom.css_candidates(hits[-1], within=item.root))
    ranked = _ranked(proposals)
    return ranked[0] if ranked else None


def _split_date(pages, rel: RelatedSelectors, entries, keys) -> RelatedSelectors:
    """A date shown in two elements ("05" + "Nov2026", joined by one space): ``day`` + ``month_year``."""
    proposals: list[list[str]] = []
    for obs in pages:
        by_url = {e.url: e for e in obs.raw.related}
        for item in select(obs.page.sel, rel.item):
            href = item.css(f"{rel.title}::attr(href)").get()
            entry = by_url.get(obs.page.absolute(href.strip())) if href else None
            if entry is None or not entry.date_raw or " " not in entry.date_raw:
                continue
            first, second = entry.date_raw.split(" ", 1)
            els = [el for el in item.root.iter() if isinstance(el.tag, str)]
            a = [el for el in els if clean(el.text_content()) == first]
            b = [el for el in els if clean(el.text_content()) == second]
            if a and b:
                proposals.append([dom.css_candidates(a[-1], within=item.root)[0] + "\t"
                                  + dom.css_candidates(b[-1], within=item.root)[0]])
    ranked = _ranked(proposals)
    if not ranked:
        return rel
    day, month_year = ranked[0].split("\t")
    trial = rel.model_copy(update={"day": day, "month_year": month_year})
    agreed = sum(1 for o in pages if entries(o, trial, keys) == entries(o, RelatedSelectors(), keys))
    return trial if agreed >= MIN_AGREEMENT * len(pages) else rel


# --- list pages -----------------------------------------------------------------------------------
def hrefs(obs: Observed, spec: Any) -> set[str]:
    out = set()
    for node in select(obs.page.sel, spec):
        href = node.get() if isinstance(node.root, str) else node.attrib.get("href", "")
        if href and not href.strip().startswith(("javascript:", "#", "mailto:")):
            out.add(obs.page.absolute(href.strip()))
    return out


def _set_f1(got: set[str], want: set[str]) -> float:
    if not got and not want:
        return 1.0
    common = len(got & want)
    return 2 * common / (len(got) + len(want)) if common else 0.0


def induce_list(lists: Sequence[Observed], attr: str) -> FieldEvidence:
    """``article_links`` (the generic listing's entries) or ``next_page`` (its pagination links)."""
    def want(obs: Observed) -> set[str]:
        assert obs.listing is not None
        return ({e.url for e in obs.listing.entries if e.url} if attr == "article_links"
                else set(obs.listing.next_page_urls))

    def propose(obs: Observed) -> list[str]:
        urls = want(obs)
        els = [a.el for a in obs.page.anchors if obs.page.anchor_url(a) in urls]
        return [c for el in els[:2] for c in dom.css_candidates(el)]

    def judge(obs: Observed, spec: Any) -> tuple[bool, bool]:
        got = hrefs(obs, spec)
        if not got:
            return not want(obs), not want(obs)
        return True, _set_f1(got, want(obs)) >= MIN_AGREEMENT

    return choose(lists, propose, judge, min_pages=MIN_LIST_PAGES, wants=lambda o: bool(want(o)))


def induce_article_link(articles: Sequence[Observed], attr: str) -> FieldEvidence:
    """``canonical`` or ``next_page`` of article pages: the same absolute URL as the generic one."""
    def want(obs: Observed) -> str | None:
        assert obs.raw is not None
        return obs.raw.canonical_url if attr == "canonical" else obs.raw.next_page_url

    def propose(obs: Observed) -> list[str]:
        url = want(obs)
        if not url:
            return []
        if attr == "canonical":
            return ["link[rel=canonical]::attr(href)", "meta[property='og:url']::attr(content)"]
        els = [a.el for a in obs.page.anchors if obs.page.anchor_url(a) == url]
        return [c for el in els[:2] for c in dom.css_candidates(el)]

    def judge(obs: Observed, spec: Any) -> tuple[bool, bool]:
        got = hrefs(obs, spec)
        if not got:
            return False, False
        return True, want(obs) in got and len(got) == 1

    return choose(articles, propose, judge, wants=lambda o: bool(want(o)))


# --- timezone ---------------------------------------------------------------------------------------
def timezone_of(htmls: Iterable[str]) -> tuple[str, Counter[str]]:
    """The zone of the UTC offset the pages print most (``+09:00`` -> ``Etc/GMT-9``; ``+08:00`` ->
    Asia/Shanghai); the default when they print none."""
    seen: Counter[str] = Counter()
    for html in htmls:
        for m in _OFFSET_RE.finditer(html):
            off = m.group(1)
            seen["+00:00" if off == "Z" else f"{off[:3]}:{off[-2:]}"] += 1
    if not seen:
        return DEFAULT_TIMEZONE, seen
    off = seen.most_common(1)[0][0]
    hours, minutes = int(off[:3]), int(off[-2:])
    if off == "+08:00":
        return DEFAULT_TIMEZONE, seen
    if minutes:
        return DEFAULT_TIMEZONE, seen  # a half-hour zone has no Etc/ name: keep the default
    return ("UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"), seen


# --- the whole profile --------------------------------------------------------------------------
def induce_profile(pages: Sequence[tuple[str, str]], name: str, start_url: str | None = None,
                   fetched_at: datetime | None = None, keep_pages: bool = False) -> Induction:
    """Learn a :class:`SiteProfile` called ``name`` from ``(url, html)`` pages of one site
    (``keep_pages``: the observed article and list pages stay in the result)."""
    timezone, tz_evidence = timezone_of(html for _, html in pages)
    anchor = fetched_at or datetime.now(ZoneInfo(timezone))
    observed = observe(pages, timezone, anchor, name)
    articles = [o for o in observed if o.kind == "article" and o.raw is not None and o.fields is not None]
    lists = [o for o in observed if o.kind == "list" and o.listing is not None]
    induction = Induction(profile=SiteProfile(name=name), kinds=Counter(o.kind for o in observed),
                          timezone_evidence=tz_evidence)
    induction.templates = group_templates(articles)
    ev = induction.fields
    fields = ArticleFields(name, timezone, anchor)
    article: dict[str, Any] = {}
    if articles:
        for fname in TEXT_FIELDS:
            ev[f"article.{fname}"] = fields.induce(fname, articles)
        body_ev, exclude = induce_body(articles)
        ev["article.body"] = body_ev
        for fname in ("canonical", "next_page"):
            ev[f"article.{fname}"] = induce_article_link(articles, fname)
        article = {k.split(".", 1)[1]: e.selector for k, e in ev.items() if k.startswith("article.") and e.kept}
        if "body" in article:
            article["body_exclude"] = exclude
        related_ev, related = induce_related(articles, fields)
        ev["related.item"] = related_ev
    else:
        related = RelatedSelectors()
    listing: dict[str, Any] = {}
    patterns = learn_patterns([(o.url, o.kind) for o in observed])
    if lists:
        # list selectors are learned on the biggest family of list pages: one template and one URL
        # pattern (channel pages, not the home page)
        group_templates(lists)
        families = Counter((o.template, next((p for p in patterns.get("list", []) if re.search(p, o.url)), ""))
                           for o in lists)
        main, _ = families.most_common(1)[0]
        induction.list_templates = sorted(families.values(), reverse=True)
        family = [o for o in lists if (o.template, next((p for p in patterns.get("list", [])
                                                          if re.search(p, o.url)), "")) == main]
        for attr in ("article_links", "next_page"):
            ev[f"list.{attr}"] = induce_list(family, attr)
            if ev[f"list.{attr}"].kept:
                listing[attr] = ev[f"list.{attr}"].selector
    start = start_url or (pages[0][0] if pages else "")
    host = (urlsplit(start).hostname or "").lower()
    profile = SiteProfile(
        name=name, description=f"induced from {len(observed)} pages of {host or start}",
        timezone=timezone, start_urls=[start] if start else [],
        allowed_domains=[host] if urlsplit(start).scheme in ("http", "https") and host else [],
        urls={"article": patterns.get("article", []), "list": patterns.get("list", []),
              "continuation": patterns.get("continuation", [])},
        list=ListSelectors(**listing), article=ArticleSelectors(**article),
        related=related if related_ev_kept(ev) else RelatedSelectors(),
    )
    induction.profile = profile.model_copy(update={"coverage": measure_coverage(profile, articles)})
    if keep_pages:
        induction.articles, induction.lists = articles, lists
    return induction


def measure_coverage(profile: SiteProfile, articles: Sequence[Observed]) -> Coverage:
    """``[coverage]`` of ``profile`` on the sampled article pages, measured as a crawl measures it
    (``RawArticle.selector_hits`` of the profiled extractor: the drift monitor compares the same
    shares), for every field the profile has a selector for that drift watches (``related`` too)."""
    hits: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for obs in articles:
        for name, hit in extract_with_profile(obs.page, profile).selector_hits.items():
            seen[name] += 1
            hits[name] += hit
    return Coverage(pages=len(articles), fields={name: round(hits[name] / len(articles), 4) for name in seen})


def related_ev_kept(ev: dict[str, FieldEvidence]) -> bool:
    return "related.item" in ev and ev["related.item"].kept

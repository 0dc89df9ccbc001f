"""``induce --update``: a new version of an existing profile, proposed from a fresh sample.

The old profile's selectors are judged on the sample: a field whose selector still matches (its
coverage, measured as the crawl measures it, is within :data:`DRIFT_MARGIN` of the profile's
``[coverage]``, the drift rule; a field without recorded coverage must also agree with the generic
extractor on :data:`~autoparts_crawler.induction.induce.MIN_AGREEMENT` of its pages) stays exactly as
written; a field whose selector broke takes the newly induced selector, or goes
back to the generic extractor when nothing induced agrees. ``[urls]``, timezone and the other
site settings stay, unless the old article URL patterns match none of the sampled article pages.
The new version is ``version + 1`` with ``[coverage]`` re-measured; the old one is kept beside
it as ``NAME.vN.toml`` closed by ``valid_until`` (:mod:`autoparts_crawler.sites`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from autoparts_crawler.induction.induce import (
    MIN_AGREEMENT,
    TEXT_FIELDS,
    ArticleFields,
    FieldEvidence,
    Induction,
    body_judge,
    hrefs,
    judge_spec,
    measure_coverage,
)
from autoparts_crawler.sites import (
    PROFILE_PACKAGE,
    SiteProfile,
    parse_profile,
    profiles_dir,
    read_profile_file,
)

#: a kept selector may match this much less often than the profile's coverage (as drift allows)
DRIFT_MARGIN = 0.3


@dataclass
class Change:
    """One field of the profile that the update changes."""

    field: str  # "title", "body", "related", "list.next_page", "urls"
    old: Any
    new: Any
    evidence: str


@dataclass
class Update:
    old: SiteProfile
    profile: SiteProfile  # the proposed version
    changes: list[Change] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    evidence: dict[str, FieldEvidence] = field(default_factory=dict)


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.0%}"


def propose_update(old: SiteProfile, induction: Induction, margin: float = DRIFT_MARGIN) -> Update:
    """The next version of ``old`` from ``induction`` (made with ``keep_pages=True``)."""
    new = induction.profile
    articles = induction.articles
    was = old.coverage.fields if old.coverage is not None else {}
    now = measure_coverage(old, articles).fields
    fields = ArticleFields(old.name, old.timezone, datetime.now(ZoneInfo(old.timezone)))
    update = Update(old=old, profile=old)
    article = old.article.model_dump()
    evidence = dict(induction.fields)

    def works(name: str, ev: FieldEvidence | None) -> tuple[bool, str]:
        expected = was.get(name)
        share = now.get(name, 0.0)
        if expected is None:
            new_ev = induction.fields.get(f"article.{name}")
            expected = new_ev.coverage if new_ev is not None and new_ev.kept else None
        covered = expected is None or share >= expected - margin
        agrees = ev is None or ev.matched == 0 or ev.agreement >= MIN_AGREEMENT
        agreement = "" if ev is None or not ev.matched else \
            f", agrees with the generic extractor on {ev.agreed}/{ev.matched}"
        # with a recorded coverage, a selector stopped working when it matches less (as drift judges);
        # disagreeing with the generic extractor alone never replaces it (a hand-written selector may
        # be right where the generic extractor is not). Without one, agreement decides.
        ok = covered if name in was else covered and agrees
        return ok, f"matched {_pct(share)} of {len(articles)} sampled article pages " \
                   f"(profile coverage {_pct(was.get(name))}){agreement}"

    for name in (*TEXT_FIELDS, "body", "canonical", "next_page"):
        spec = getattr(old.article, name)
        new_ev = induction.fields.get(f"article.{name}")
        new_spec = new_ev.selector if new_ev is not None and new_ev.kept else None
        if spec is None:
            if new_spec is not None:
                article[name] = new_spec
                if name == "body":
                    article["body_exclude"] = new.article.body_exclude
                update.changes.append(Change(name, None, new_spec, f"added: {_new(new_ev)}"))
            continue
        if name in TEXT_FIELDS:
            ev = judge_spec(spec, articles, fields.judge(name))
        elif name == "body":
            ev = judge_spec(spec, articles, body_judge(old.article.body_exclude))
        else:
            ev = None  # links: judged by coverage alone (not watched by drift either)
        ok, said = works(name, ev)
        if ok or ev is None:  # links (canonical, next page) stay as written: drift does not watch them
            update.kept.append(name)
            if ev is not None:
                evidence[f"article.{name}"] = replace(ev, kept=True, note=f"unchanged from version {old.version}")
            continue
        article[name] = new_spec
        if name == "body":
            article["body_exclude"] = new.article.body_exclude if new_spec is not None else []
        update.changes.append(Change(name, spec, new_spec, f"old selector {said}; "
                                     + (f"new: {_new(new_ev)}" if new_spec is not None
                                        else "nothing induced agrees: the generic extractor decides")))
    related = old.related
    if old.related.item:
        ok, said = works("related", None)
        if ok:
            update.kept.append("related")
        else:
            related = new.related
            new_ev = induction.fields.get("related.item")
            update.changes.append(Change("related", old.related.item, new.related.item, f"old item selector {said}; "
                                         + (f"new: {_new(new_ev)}" if new.related.item else "generic related block")))
    elif new.related.item:
        related = new.related
        update.changes.append(Change("related", None, new.related.item, f"added: {_new(induction.fields['related.item'])}"))
    listing = old.list.model_dump()
    for attr in ("article_links", "next_page"):
        spec, new_ev = listing[attr], induction.fields.get(f"list.{attr}")
        new_spec = new_ev.selector if new_ev is not None and new_ev.kept else None
        if new_spec is None or new_spec == spec:
            continue
        wanted = [o for o in induction.lists if hrefs(o, new_spec)]
        if spec is not None and any(hrefs(o, spec) for o in wanted):
            update.kept.append(f"list.{attr}")
            continue
        listing[attr] = new_spec
        update.changes.append(Change(f"list.{attr}", spec, new_spec,
                                     f"old selector found no link on the {len(wanted)} sampled list pages; "
                                     f"new: {_new(new_ev)}" if spec else f"added: {_new(new_ev)}"))
    urls = old.urls
    if old.urls.article and articles and not any(
            re.search(p, o.url) for o in articles for p in old.urls.article) and new.urls.article:
        urls = new.urls.model_copy(update={"deny": old.urls.deny})
        update.changes.append(Change("urls", old.urls.article, new.urls.article,
                                     f"old article URL patterns match none of the {len(articles)} sampled article pages"))
    proposed = old.model_copy(update={
        "article": type(old.article)(**article), "related": related, "list": type(old.list)(**listing),
        "urls": urls, "version": old.version + 1, "valid_until": None})
    update.profile = proposed.model_copy(update={"coverage": measure_coverage(proposed, articles)})
    update.evidence = evidence
    return update


def _new(ev: FieldEvidence | None) -> str:
    if ev is None:
        return "-"
    return f"matched {ev.matched}/{ev.pages} pages, agrees {ev.agreed}/{ev.matched}"


def summary_lines(update: Update) -> list[str]:
    """The diff: one line per changed field, then the fields kept as written."""
    lines = [f"{c.field}: {c.old!r} -> {c.new!r} ({c.evidence})" for c in update.changes]
    if update.kept:
        lines.append(f"unchanged: {', '.join(update.kept)}")
    return lines


# --- the files ---------------------------------------------------------------------------------------
def current_file(profile: SiteProfile) -> tuple[str, Path | None]:
    """The text of ``profile``'s file and its path (None: bundled in the package)."""
    folder = profiles_dir()
    if folder is not None and folder.is_dir():
        for path in sorted(folder.glob("*.toml")):
            other = read_profile_file(path)
            if other.name == profile.name and other.version == profile.version:
                return path.read_text(encoding="utf-8"), path
    for entry in resources.files(PROFILE_PACKAGE).iterdir():
        if entry.name.endswith(".toml"):
            text = entry.read_text(encoding="utf-8")
            other = parse_profile(text, entry.name)
            if other.name == profile.name and other.version == profile.version:
                return text, None
    raise FileNotFoundError(f"no file holds profile {profile.name!r} version {profile.version}")


def closed_text(text: str, version: int, until: date, successor: int) -> str:
    """The old version's file text with ``version`` and ``valid_until`` set (comments kept)."""
    lines = text.splitlines()
    lines = [line for line in lines if not re.match(r"\s*(valid_until|version)\s*=", line)]
    first_table = next((i for i, line in enumerate(lines) if re.match(r"\s*\[", line)), len(lines))
    lines[first_table:first_table] = [
        f"version = {version}",
        f"valid_until = {until.isoformat()}  # replaced by version {successor} (autoparts-crawler induce --update)"]
    return "\n".join(lines) + "\n"


def bundled_folder() -> Path:
    return Path(str(resources.files(PROFILE_PACKAGE))).resolve()

"""An induced profile as TOML, with the evidence for each rule as comments (for a human review)."""

from __future__ import annotations

import json
from typing import Any

from autoparts_crawler.induction.induce import FieldEvidence, Induction


def _string(value: str) -> str:
    if "'" not in value and "\n" not in value:
        return f"'{value}'"  # literal string: regexes and selectors read as written
    return json.dumps(value, ensure_ascii=False)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        if not value:
            return "[]"
        if len(value) == 1:
            return f"[{_value(value[0])}]"
        return "[\n" + "".join(f"    {_value(v)},\n" for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _evidence(ev: FieldEvidence) -> str:
    if not ev.kept:
        return f"not set ({ev.note or 'agreement too low'}; best {ev.agreed}/{ev.matched} on {ev.pages} pages)"
    note = f"; {ev.note}" if ev.note else ""
    return (f"matched {ev.matched}/{ev.pages} pages, agrees with the generic extractor on "
            f"{ev.agreed}/{ev.matched}{note}")


def profile_toml(induction: Induction, header: list[str] | None = None) -> str:
    """The profile of ``induction`` as a TOML document with evidence comments (``header``: comment
    lines put first)."""
    p = induction.profile
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(induction.kinds.items()))
    lines = [f"# {line}" if line else "#" for line in header or []]
    lines += [
        f"# Site profile induced by `autoparts-crawler induce` from {sum(induction.kinds.values())} pages "
        f"({kinds}).",
        f"# Article templates (pages each): {induction.templates or '-'}; list page families: "
        f"{induction.list_templates or '-'}.",
        "# Every selector below agreed with the generic extractor on the sampled pages; fields not set",
        "# here stay with the generic extractor. Review, then crawl with -a site=NAME (AUTOPARTS_PROFILES_DIR).",
        f"name = {_string(p.name)}",
        f"description = {_string(p.description)}",
    ]
    tz = ", ".join(f"{k} x{n}" for k, n in induction.timezone_evidence.most_common(3)) or "no explicit offsets"
    lines += [f"timezone = {_string(p.timezone)}  # {tz}"]
    if p.date_order:
        lines.append(f"date_order = {_string(p.date_order)}")
    if p.bundled:
        lines.append(f"bundled = {_string(p.bundled)}")
    if p.version != 1:
        lines.append(f"version = {p.version}")
    lines += [f"start_urls = {_value(p.start_urls)}", f"allowed_domains = {_value(p.allowed_domains)}"]
    lines += ["", "[urls]  # URL shapes of the pages the classifier called article / list / continuation"]
    for kind in ("article", "list", "continuation", "deny"):
        if kind != "deny" or p.urls.deny:
            lines.append(f"{kind} = {_value(getattr(p.urls, kind))}")
    sections = (("list", p.list.model_dump()), ("article", p.article.model_dump()), ("related", p.related.model_dump()))
    for section, values in sections:
        lines += ["", f"[{section}]"]
        for key, value in values.items():
            ev = induction.fields.get(f"{section}.{key}")
            if value in (None, []):
                if ev is not None:
                    lines.append(f"# {key}: {_evidence(ev)}")
                continue
            comment = f"  # {_evidence(ev)}" if ev is not None else ""
            rendered = _value(value)
            if "\n" in rendered and comment:
                lines.append("# " + comment[4:])
                comment = ""
            lines.append(f"{key} = {rendered}{comment}")
    if p.coverage is None:
        return "\n".join(lines) + "\n"
    lines += ["", "[coverage]  # share of the sampled article pages where each selector matched",
              f"pages = {p.coverage.pages}", "", "[coverage.fields]"]
    lines += [f"{k} = {v}" for k, v in p.coverage.fields.items()]
    return "\n".join(lines) + "\n"

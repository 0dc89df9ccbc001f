"""Held-out template zoo Q: four site families imitating deployed systems, with ground truth.

``generate(out_dir, seed=SEED, families=None)`` writes, per family, ``out_dir/NAME/www/`` (pages and
robots.txt), ``serve.json`` (for ``tools/devserver.py``) and ``truth/`` (``articles.jsonl``,
``listings.jsonl``, ``expected.json``) in the layout of ``tools/zoo/build.py``. Stdlib only;
the same seed gives byte-identical output. Relative dates are anchored to ``REFERENCE_TIME``.
See README.md for what each family imitates and its traps. Written blind: without reading the
crawler's source, its tests or its other zoos (zoo P was read as the format to copy), and without
running the crawler.
"""

from __future__ import annotations

from pathlib import Path

from . import fam_dealer_group, fam_recall_db, fam_tender_notice, fam_weibo_longpost
from .core import REFERENCE_TIME, SEED


class _Family:
    """A family: ``build(seed)`` returns the in-memory site, ``write`` puts it on disk."""

    def __init__(self, module) -> None:
        self.module = module
        self.name = module.NAME
        self.doc = (module.__doc__ or "").strip()

    def __call__(self) -> _Family:  # FAMILIES[name]() works like tools/zoo's classes
        return self

    def build(self, seed: int = SEED):
        return self.module.build(seed)


FAMILIES = {m.NAME: _Family(m) for m in (fam_recall_db, fam_dealer_group, fam_weibo_longpost, fam_tender_notice)}


def generate_family(name: str, out_dir: Path, seed: int = SEED) -> dict:
    """Write one family under out_dir/name; returns its expected.json dict."""
    site = FAMILIES[name].build(seed)
    return site.write(Path(out_dir), seed)


def generate(out_dir: Path, seed: int = SEED, families: list[str] | None = None) -> dict[str, dict]:
    """Write every family (or the named ones) under out_dir; returns {family: expected.json dict}."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return {name: generate_family(name, out_dir, seed) for name in (families or list(FAMILIES))}


__all__ = ["FAMILIES", "REFERENCE_TIME", "SEED", "generate", "generate_family"]

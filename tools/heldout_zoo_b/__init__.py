"""Held-out template zoo B: four generated static sites imitating real Chinese portal templates.

``generate(out_dir, seed=SEED, families=None)`` writes ``out_dir/FAMILY/`` for each family with
``www/`` (pages, robots.txt), ``serve.json`` (for ``tools/devserver.py``) and ``truth/``
(``articles.jsonl``, ``listings.jsonl``, ``expected.json`` -- same format as ``tools/zoo``).
Same seed, byte-identical output (stdlib only). Relative dates are anchored to ``REFERENCE_TIME``.
"""

from __future__ import annotations

from pathlib import Path

from . import base
from .aspold import AspOld
from .b2bmall import B2BMall
from .base import REFERENCE_TIME, SEED
from .nextjs import NextJs
from .webplus import WebPlus

FAMILIES: dict[str, object] = {"nextjs": NextJs, "webplus": WebPlus, "b2bmall": B2BMall, "aspold": AspOld}

__all__ = ["FAMILIES", "REFERENCE_TIME", "SEED", "generate", "generate_family"]


def generate_family(name: str, out_dir: Path, seed: int = SEED) -> dict:
    """Write out_dir/name/ and return its expected.json dict."""
    return base.generate_family(FAMILIES[name](), Path(out_dir), seed)


def generate(out_dir: Path, seed: int = SEED, families: list[str] | None = None) -> dict[str, dict]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return {name: generate_family(name, out_dir, seed) for name in (families or list(FAMILIES))}

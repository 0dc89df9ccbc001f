"""Held-out template zoo A: four static Chinese portal families imitating real CMS templates, with truth.

Families: ``siteserver`` (SiteServer CMS / ASP.NET, GB2312), ``jeecms`` (JEECMS Java portal, GBK in the
HTTP header only), ``hanweb`` (大汉 Hanweb JCMS association portal) and ``typecho`` (Typecho blog).
Output layout and truth format follow ``tools/zoo/build.py``; see README.md.
"""

from __future__ import annotations

from pathlib import Path

from .core import REFERENCE_TIME, SEED
from .fam_hanweb import Hanweb
from .fam_jeecms import JeeCms
from .fam_siteserver import SiteServer
from .fam_typecho import Typecho

FAMILIES = {"siteserver": SiteServer, "jeecms": JeeCms, "hanweb": Hanweb, "typecho": Typecho}


def generate_family(name: str, out_dir: Path, seed: int = SEED) -> dict:
    """Write out_dir/NAME/ (www/, serve.json, truth/) and return its expected.json dict."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return FAMILIES[name](seed).write(out_dir)


def generate(out_dir: Path, seed: int = SEED, families: list[str] | None = None) -> dict[str, dict]:
    """Write every family (or the named ones) under out_dir; returns {family: expected.json dict}."""
    return {name: generate_family(name, Path(out_dir), seed) for name in (families or list(FAMILIES))}


__all__ = ["FAMILIES", "REFERENCE_TIME", "SEED", "generate", "generate_family"]

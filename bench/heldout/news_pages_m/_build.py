#!/usr/bin/env python3
"""Regenerate every NAME.html / NAME.json of this corpus from the _pages_*.py modules.

    python3 _build.py      (then: python3 check.py)

Deterministic: same input modules, same bytes out. Stdlib only.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _common  # noqa: E402
import _pages_cn_a, _pages_cn_b  # noqa: E402,F401
import _pages_intl_a, _pages_intl_b  # noqa: E402,F401


def main():
    names = set()
    for name, html, truth in _common.PAGES:
        if name in names:
            raise SystemExit(f"duplicate page {name}")
        names.add(name)
        enc = truth["encoding"]
        data = html.lstrip("\n").encode(enc, errors="strict")
        (HERE / f"{name}.html").write_bytes(data)
        (HERE / f"{name}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n",
                                           encoding="utf-8")
    stale = {p.stem for p in HERE.glob("*.json")} - names
    for s in sorted(stale):
        print("warning: stale file", s)
    print(f"wrote {len(names)} pages")


if __name__ == "__main__":
    main()

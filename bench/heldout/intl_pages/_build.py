"""Writes NAME.html (in the page's stated encoding) and NAME.json (truth) for the held-out
international corpus. Run from this directory: python3 _build.py
The page markup and truth were written by hand in _pages_*.py; no project code is used."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _pages_en1, _pages_en2, _pages_en3, _pages_eu1, _pages_eu2, _pages_asia  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
pages = []
for mod in (_pages_en1, _pages_en2, _pages_en3, _pages_eu1, _pages_eu2, _pages_asia):
    pages.extend(mod.PAGES)
names = [p["name"] for p in pages]
assert len(names) == len(set(names)), "duplicate page names"
for p in pages:
    enc = p["truth"]["encoding"]
    data = p["html"].encode(enc)  # strict: fails if a character is not representable
    with open(os.path.join(HERE, p["name"] + ".html"), "wb") as fh:
        fh.write(data)
    with open(os.path.join(HERE, p["name"] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(p["truth"], fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("wrote %d pages" % len(pages))

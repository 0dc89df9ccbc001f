"""Regenerate the held-out pages and truth files from the page modules (python3 _gen/build.py)."""
import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write  # noqa: E402

MODULES = ["p_a", "p_b", "p_c", "p_d", "p_e", "p_f"]

names = []
for m in MODULES:
    try:
        mod = importlib.import_module(m)
    except ModuleNotFoundError:
        continue
    for fn in mod.PAGES:
        name, page_html, t = fn()
        assert name == fn.__name__, name
        write(name, page_html, t)
        names.append(name)
print(len(names), "pages written")

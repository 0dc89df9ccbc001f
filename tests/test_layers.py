"""Layers only look down: models, normalizers, the record path and offline extraction never import Scrapy."""

from __future__ import annotations

import subprocess
import sys


def test_bottom_layers_do_not_import_scrapy():
    code = ("import sys, autoparts_crawler.records.models, autoparts_crawler.normalize, autoparts_crawler.records.build, "
            "autoparts_crawler.extract, autoparts_crawler.sites, autoparts_crawler.web.urls; "
            "print(sorted(m for m in sys.modules if m == 'scrapy' or m.startswith('scrapy.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_normalizers_do_not_load_dateparser_until_needed():
    code = "import sys, autoparts_crawler.normalize; print('dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"

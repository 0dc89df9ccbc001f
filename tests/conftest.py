"""Shared test helpers: the bundled sample portal, a served copy of it, a scrapy runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis.configuration import set_hypothesis_home_dir
from scrapy.utils.reactor import install_reactor

from tools.devserver import FaultPlan, PortalServer

# The project's reactor, installed once for tests that build crawlers in this process (Scrapy 2.15's
# get_crawler() needs an installed reactor; later versions install it themselves).
install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")

# hypothesis keeps its example database out of the checkout (it defaults to ./.hypothesis/)
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "autoparts-crawler-hypothesis")

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "autoparts_crawler" / "sample_portal"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
REFERENCE_TIME = "2026-11-28T10:00:00+08:00"


def project_crawler(tmp_path: Path, **settings):
    """A crawler with the project's settings (our extensions, pipelines...) plus ``settings``, its spider
    created and its stats open: pipelines and extensions built from it behave as in a real crawl."""
    from scrapy.utils.test import get_crawler

    import autoparts_crawler.settings as project
    from autoparts_crawler.spiders.portal import PortalSpider

    values = {k: v for k, v in vars(project).items() if k.isupper()}
    values.update({"AUTOPARTS_REJECTS_PATH": str(tmp_path / "rejects.jsonl"),
                   "AUTOPARTS_LISTINGS_PATH": str(tmp_path / "listings.jsonl"), **settings})
    crawler = get_crawler(PortalSpider, values)
    crawler.spider = crawler._create_spider()
    crawler.stats.open_spider()
    return crawler


def sample_truth() -> dict:
    return json.loads((SAMPLE / "truth.json").read_text(encoding="utf-8"))


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_scrapy(args: list[str], cwd: Path = ROOT, timeout: float = 240, env: dict | None = None
               ) -> subprocess.CompletedProcess:
    """Run a real ``scrapy`` process (the venv's) and return it (output captured)."""
    scrapy = Path(sys.executable).with_name("scrapy")
    return subprocess.run([str(scrapy), *args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


@pytest.fixture(scope="session")
def sample_server() -> Iterator[PortalServer]:
    """The bundled sample portal over HTTP on 127.0.0.1 (robots.txt included)."""
    with PortalServer(SAMPLE / "www", faults=FaultPlan()) as server:
        yield server

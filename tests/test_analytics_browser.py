"""The report in a real headless Chromium (Debian's ``chromium``, driven by Playwright): it loads from
file:// with no console errors, every chart has data marks, and a screenshot lands in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from autoparts_crawler.analytics.report import write_report
from tools.synthetic_feed import write_runs

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt install chromium)"),
]


def test_report_renders_in_chromium_with_data_in_every_chart(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (pip install '.[test]')")
    feeds = write_runs(tmp_path / "sample", runs=4, articles=80)
    report = write_report(feeds[-1])
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1040, "height": 1400})
            problems: list[str] = []
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda exc: problems.append(str(exc)))
            page.on("requestfailed", lambda req: problems.append(f"request failed: {req.url}"))
            page.goto(report.resolve().as_uri())
            page.wait_for_load_state("load")
            assert problems == []
            assert "抓取报告 / Crawl report" in page.title()
            counts = page.eval_on_selector_all(
                "svg.chart", "els => els.map(e => [e.querySelector('title')?.textContent || '',"
                " e.querySelectorAll('.mark').length, e.getBoundingClientRect().width])")
            assert len(counts) >= 6 + 20  # 6 charts + a sparkline per top article
            for title, marks, width in counts:
                assert marks > 0 and width > 0, title
            # bars are really drawn (non-zero width) in the rejects chart
            widths = page.eval_on_selector_all(
                "svg.chart:not(.spark) rect.mark", "els => els.map(e => e.getBBox().width)")
            assert max(widths) > 100
            shot = tmp_path / "report.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 10_000
        finally:
            browser.close()

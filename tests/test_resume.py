"""Resume with JOBDIR after a SIGKILL: every article exactly once over both sessions (real processes)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import REFERENCE_TIME, ROOT, SAMPLE, read_jsonl, sample_truth
from tools.devserver import FaultPlan, PortalServer

pytestmark = pytest.mark.e2e


def scrapy_args(url: str, out: Path, jobdir: Path) -> list[str]:
    return [str(Path(sys.executable).with_name("scrapy")), "crawl", "portal", "-a", "site=sample",
            "-a", f"start_url={url}", "-o", f"{out}:jsonlines", "-s", f"JOBDIR={jobdir}",
            "-s", f"AUTOPARTS_REFERENCE_TIME={REFERENCE_TIME}", "-s", "AUTOTHROTTLE_ENABLED=0",
            "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS=2"]


def lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


@pytest.mark.parametrize("second_path", [False, True], ids=["same-output", "second-output"])
def test_sigkill_then_resume_emits_every_article_once(tmp_path, second_path):
    jobdir, out1 = tmp_path / "job", tmp_path / "out1.jsonl"
    out2 = tmp_path / "out2.jsonl" if second_path else out1
    with PortalServer(SAMPLE / "www", faults=FaultPlan(slow_ms=120)) as server:
        proc = subprocess.Popen(scrapy_args(server.url, out1, jobdir), cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        deadline = time.time() + 120
        while lines(out1) < 6 and proc.poll() is None and time.time() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "crawl ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        written_before = lines(out1)
        assert 6 <= written_before < len(sample_truth()["articles"])

        resumed = subprocess.run(scrapy_args(server.url, out2, jobdir), cwd=ROOT, capture_output=True, text=True,
                                 timeout=240)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert "did not stop cleanly" in resumed.stderr
    records = read_jsonl(out1) + (read_jsonl(out2) if second_path else [])
    urls = [urlsplit(r["url"]).path.lstrip("/") for r in records]
    assert sorted(urls) == sorted(a["url"] for a in sample_truth()["articles"])  # all, none twice
    assert "'autoparts/resume/already_emitted'" in resumed.stderr
    if not second_path:  # side files of the job: pages fetched again are not written twice
        listings = read_jsonl(out1.with_name("out1.listings.jsonl"))
        keys = [(e["list_url"], e["url"], e["position"]) for e in listings]
        assert keys and len(keys) == len(set(keys))
        rejects = [(r["url"], r["reason"]) for r in read_jsonl(out1.with_name("out1.rejects.jsonl"))]
        assert len(rejects) == len(set(rejects))

"""Scale-out on scrapy-redis: two crawler processes share one Redis (real redis-server, real processes)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import REFERENCE_TIME, ROOT, SAMPLE, read_jsonl, run_scrapy, sample_truth
from tools.devserver import FaultPlan, PortalServer

pytestmark = pytest.mark.services


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_binary() -> str | None:
    return shutil.which("redis-server") or next(
        (p for p in ("/usr/bin/redis-server", "/usr/sbin/redis-server", "/usr/local/bin/redis-server")
         if Path(p).exists()), None)


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory) -> Iterator[str]:
    """A private redis-server on 127.0.0.1 (installed by .ci/run: apt-get install redis-server)."""
    binary = redis_binary()
    if binary is None:
        pytest.skip("redis-server not found on PATH (install it: apt-get install -y redis-server; .ci/run does)")
    import redis

    port = free_port()
    workdir = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(workdir)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    try:
        for _ in range(100):
            try:
                if client.ping():
                    break
            except redis.exceptions.ConnectionError:
                time.sleep(0.1)
        else:
            pytest.fail("redis-server did not answer")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def crawl_args(url: str, out: Path, redis: str, run: str, *extra: str) -> list[str]:
    return ["crawl", "portal", "-a", "site=sample", "-a", f"start_url={url}", "-O", str(out),
            "-s", f"AUTOPARTS_DISTRIBUTED={redis}", "-s", f"AUTOPARTS_DISTRIBUTED_RUN={run}",
            "-s", "AUTOPARTS_DISTRIBUTED_IDLE_S=3", "-s", f"AUTOPARTS_REFERENCE_TIME={REFERENCE_TIME}",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS=4", *extra]


def paths(records: list[dict]) -> list[str]:
    return sorted(urlsplit(r["url"]).path.lstrip("/") for r in records)


def test_two_processes_emit_every_article_exactly_once(redis_url, tmp_path):
    run = f"test-{uuid.uuid4().hex[:8]}"
    state = tmp_path / "state.sqlite"  # only the switch: when distributed the state lives in Redis
    scrapy = str(Path(sys.executable).with_name("scrapy"))
    outs = [tmp_path / "a.jsonl", tmp_path / "b.jsonl"]
    # Slow answers and few slots make one process's crawl last seconds, longer than the start-up skew
    # of two interpreters on a loaded CI machine: both must get a share of the queue.
    with PortalServer(SAMPLE / "www", faults=FaultPlan(slow_ms=250)) as server:
        procs = [subprocess.Popen([scrapy, *crawl_args(server.url, out, redis_url, run,
                                                       "-s", f"AUTOPARTS_STATE_PATH={state}",
                                                       "-s", "CONCURRENT_REQUESTS=2")],
                                  cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                 for out in outs]
        logs = [proc.communicate(timeout=240)[1] for proc in procs]
        assert [proc.returncode for proc in procs] == [0, 0], "\n".join(log[-2000:] for log in logs)
        per_process = [read_jsonl(out) for out in outs]
        union = per_process[0] + per_process[1]
        assert paths(union) == sorted(a["url"] for a in sample_truth()["articles"])  # all, none twice
        assert all("scrapy_redis.scheduler.Scheduler" in log or "scrapy_redis" in log for log in logs)
        assert all(len(records) > 0 for records in per_process), [len(r) for r in per_process]
        assert not state.exists()  # the incremental state went to Redis

        # a later run (new run id) on one machine: the shared state knows every article
        again = run_scrapy(crawl_args(server.url, tmp_path / "c.jsonl", redis_url, f"{run}-2",
                                      "-s", f"AUTOPARTS_STATE_PATH={state}"))
    assert again.returncode == 0, again.stderr[-3000:]
    assert read_jsonl(tmp_path / "c.jsonl") == []
    assert "'autoparts/incremental/unchanged'" in again.stderr

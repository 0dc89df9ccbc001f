"""Backoff waits on the failing host's slot only: a real ``scrapy runspider`` against two hosts.

127.0.0.1 answers its first requests 503 with ``Retry-After: 2``; localhost (the same server,
another downloader slot) serves normally. With two concurrent downloads in all, a backoff that
sleeps inside the middleware chain would hold both and stall localhost for two seconds; on the
slot's delay, localhost is served at once and 127.0.0.1 is retried after the wait.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from tests.conftest import run_scrapy

pytestmark = pytest.mark.e2e

SPIDER = '''
import scrapy

class TwoHosts(scrapy.Spider):
    name = "two_hosts"

    def __init__(self, port, **kwargs):
        super().__init__(**kwargs)
        self.start_urls = ([f"http://127.0.0.1:{port}/a/{i}.html" for i in (1, 2)]
                           + [f"http://localhost:{port}/b/{i}.html" for i in range(1, 9)])

    def parse(self, response):
        yield {"url": response.url, "status": response.status}
'''


class Handler(BaseHTTPRequestHandler):
    log: ClassVar[list[tuple[float, str, str, int]]] = []
    seen: ClassVar[dict[str, int]] = {}

    def do_GET(self) -> None:
        host = self.headers.get("Host", "").split(":")[0]
        key = f"{host}{self.path}"
        self.seen[key] = self.seen.get(key, 0) + 1
        failing = host == "127.0.0.1" and self.path.startswith("/a/") and self.seen[key] == 1
        status = 503 if failing else 200
        self.log.append((time.monotonic(), host, self.path, status))
        body = b"<html><body><p>ok</p></body></html>"
        self.send_response(status)
        if failing:
            self.send_header("Retry-After", "2")
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_retry_after_on_one_host_does_not_stall_another(tmp_path):
    (tmp_path / "two_hosts.py").write_text(SPIDER, encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    middlewares = {"scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
                   "autoparts_crawler.downloadermiddlewares.retry.BackoffRetryMiddleware": 550}
    try:
        proc = run_scrapy(["runspider", "two_hosts.py", "-a", f"port={server.server_port}", "-O", "out.jsonl",
                           "-s", f"DOWNLOADER_MIDDLEWARES={json.dumps(middlewares)}",
                           "-s", "CONCURRENT_REQUESTS=2", "-s", "ROBOTSTXT_OBEY=0", "-s", "LOG_LEVEL=INFO",
                           "-s", "AUTOPARTS_RETRY_BACKOFF_BASE=0.05", "-s", "AUTOPARTS_RETRY_BACKOFF_MAX=5",
                           "-s", "TELNETCONSOLE_ENABLED=0"], cwd=tmp_path, timeout=60)
    finally:
        server.shutdown()
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert len(out) == 10 and {r["status"] for r in out} == {200}
    log = Handler.log
    first_503 = min(t for t, _, _, status in log if status == 503)
    retries = [t for t, host, path, status in log if host == "127.0.0.1" and status == 200]
    other = [t for t, host, _, _ in log if host == "localhost"]
    assert len(other) == 8
    assert max(other) - first_503 < 1.5, "localhost waited for 127.0.0.1's backoff"
    assert min(retries) - first_503 >= 1.8, "the retry did not wait for Retry-After"
    assert "autoparts/retry/retry_after" in proc.stderr

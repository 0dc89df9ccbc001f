"""A static test portal server for 127.0.0.1, with fault injection.

Used by the tests and benchmarks to serve a portal folder over real HTTP::

    python -m tools.devserver DIR [--port 0] [--config serve.json]
        [--error-rate 0.1] [--timeout-rate 0.05] [--reset-rate 0] [--truncate-rate 0]
        [--empty-rate 0] [--slow-ms 0] [--seed 0] [--access-log FILE]

The first stdout line is ``serving DIR at http://127.0.0.1:PORT/``. Faults are decided
by a hash of (seed, path, n-th request of that path), so a retry may succeed and runs are
reproducible. ``robots.txt`` is never faulted. The config file (JSON) may hold
``charset`` ({path: charset} for the Content-Type header; default: none, the page's meta
decides), ``redirects`` ({path: target}, real 301s), ``redirect_loops`` ([path, ...]) and
``not_found`` (path of the 404 page), ``query_routes`` ({"path?k=v&..." with params sorted: file
path}: dynamic-looking URLs served from static files; other query strings are ignored), ``faults`` ({path: fault}: that path always gets
the fault, e.g. "truncate"), ``status`` ({path: code}: that path is answered with the code and its
file's bytes, if any -- robots.txt too) and ``headers`` ({path: {name: value}}: extra response headers,
e.g. a pre-compressed file served with ``Content-Encoding: gzip``). A redirect target starting with ``http`` is used as is, with
``{port}`` replaced by the server's port (redirects to another host name). ``soft_404`` (a page path): served
with 200 for every unknown path, each ``{random}`` in it replaced by a new token (a crawler trap).
ETag/Last-Modified and 304 answers are supported.
"""

from __future__ import annotations

import argparse
import email.utils
import hashlib
import json
import posixpath
import secrets
import socket
import struct
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

TYPES = {".html": "text/html", ".htm": "text/html", ".xml": "application/xml", ".txt": "text/plain",
         ".json": "application/json", ".css": "text/css", ".js": "application/javascript",
         ".png": "image/png", ".jpg": "image/jpeg", ".gif": "image/gif",
         ".php": "text/html", ".asp": "text/html"}
#: a soft-404 page for the ``soft_404`` option: relative channel links and a random block (a crawler trap)
SOFT_404_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>页面不存在 - 汽配资讯网</title></head><body>
<div class="nav"><a href="channel/">行业</a> <a href="news/">新闻</a> <a href="tech/">技术</a></div>
<h1>页面不存在</h1><p>您访问的页面不存在或已被删除，请返回首页继续浏览。</p>
<div class="rand"><h3>随机推荐</h3><ul>
<li><a href="r-{random}.html">随机推荐的一篇汽配行业文章标题{random}</a></li>
<li><a href="r-{random}.html">随机推荐的另一篇汽配市场文章{random}</a></li>
<li><a href="see.php?t={random}">随机推荐：零部件企业动态{random}</a></li>
<li><a href="see.php?t={random}">随机推荐：售后市场观察{random}</a></li>
</ul></div></body></html>"""
FAULTS = ("error", "timeout", "reset", "truncate", "empty")  # random ones; "endless" only per path


@dataclass
class FaultPlan:
    """Rates of each injected fault (fractions of requests), decided per (path, n-th request)."""

    error_rate: float = 0.0  # 500/502/503 answers
    timeout_rate: float = 0.0  # hold the connection longer than the client's timeout
    reset_rate: float = 0.0  # close the socket abruptly (RST)
    truncate_rate: float = 0.0  # announce a Content-Length, send half
    empty_rate: float = 0.0  # 200 with an empty body
    slow_ms: float = 0.0  # delay before every answer
    timeout_s: float = 30.0  # how long a "timeout" holds the connection
    seed: str = "0"
    error_statuses: tuple[int, ...] = (500, 502, 503)

    def pick(self, path: str, n: int) -> str | None:
        """Which fault (if any) the n-th request of path gets."""
        roll = _hash01(self.seed, path, n)
        edge = 0.0
        for name in FAULTS:
            edge += getattr(self, f"{name}_rate")
            if roll < edge:
                return name
        return None


def _hash01(*parts: Any) -> float:
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


@dataclass
class SiteConfig:
    """Static routing of the served folder."""

    root: Path
    charset: dict[str, str] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    redirect_loops: list[str] = field(default_factory=list)
    not_found: str = "/404.html"
    faults: dict[str, str] = field(default_factory=dict)
    soft_404: str | None = None  # a page served with 200 for every unknown path ({random} -> a new token)
    query_routes: dict[str, str] = field(default_factory=dict)
    status: dict[str, int] = field(default_factory=dict)
    headers: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, site_dir: Path, config: Path | None = None) -> SiteConfig:
        root = site_dir / "www" if (site_dir / "www").is_dir() else site_dir
        cfg_path = config or (site_dir / "serve.json")
        data = json.loads(cfg_path.read_text(encoding="utf-8")) if cfg_path.is_file() else {}
        return cls(root=root.resolve(), charset=data.get("charset", {}), redirects=data.get("redirects", {}),
                   redirect_loops=data.get("redirect_loops", []), not_found=data.get("not_found", "/404.html"),
                   faults=data.get("faults", {}), query_routes=data.get("query_routes", {}),
                   status=data.get("status", {}), headers=data.get("headers", {}),
                   soft_404=data.get("soft_404"))

    def file_for(self, path: str) -> Path | None:
        candidate = (self.root / path.lstrip("/")).resolve()
        return candidate if candidate.is_relative_to(self.root) else None


def query_key(path: str, query: str) -> str:
    """The ``query_routes`` key of a request: path + "?" + its parameters sorted."""
    return path + "?" + urlencode(sorted(parse_qsl(query, keep_blank_values=True)))


def make_handler(site: SiteConfig, faults: FaultPlan, log: Any = None) -> type[BaseHTTPRequestHandler]:
    """The request handler class bound to one site and fault plan."""
    counts: dict[str, int] = {}
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "AutopartsTestPortal/1.0"

        def log_message(self, format: str, *args: Any) -> None:
            return

        def do_HEAD(self) -> None:
            self.answer(head=True)

        def do_GET(self) -> None:
            self.answer(head=False)

        def _send(self, status: int, body: bytes = b"", ctype: str | None = None,
                  headers: dict[str, str] | None = None, head: bool = False, length: int | None = None) -> None:
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body) if length is None else length))
            self.end_headers()
            try:
                if not head and body:
                    self.wfile.write(body)
            finally:  # logged even when the client hung up in the middle (a capped download)
                if log is not None:
                    with lock:
                        log.write(json.dumps({"t": round(time.time(), 3), "path": self.path, "status": status,
                                              "bytes": len(body), "ua": self.headers.get("User-Agent")}) + "\n")
                        log.flush()

        def _reset(self) -> None:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()

        def answer(self, head: bool) -> None:
            target = self.path
            path = unquote(urlsplit(target).path or "/")
            with lock:
                n = counts[target] = counts.get(target, 0) + 1
            if faults.slow_ms:
                time.sleep(faults.slow_ms / 1000)
            fault = None if path == "/robots.txt" else site.faults.get(path) or faults.pick(target, n)
            if fault == "error":
                status = faults.error_statuses[int(_hash01(faults.seed, target, n, "s") *
                                                   len(faults.error_statuses))]
                return self._send(status, b"<html><body>injected failure</body></html>", "text/html",
                                  {"Retry-After": "0"} if status == 503 else None, head)
            if fault == "timeout":
                time.sleep(faults.timeout_s)
                return self._reset()
            if fault == "reset":
                return self._reset()
            if fault == "endless":  # a chunked page that never ends (until the client hangs up)
                return self._endless(head)
            if path in site.status:
                file = site.file_for(path)
                body = file.read_bytes() if file and file.is_file() else b""
                ctype = TYPES.get(posixpath.splitext(path)[1].lower(), "application/octet-stream")
                return self._send(site.status[path], body, ctype, site.headers.get(path), head)
            if path in site.redirect_loops:
                hop = f"{path}?hop={n}"
                return self._send(302, b"", None, {"Location": f"http://{self.headers.get('Host')}{hop}"}, head)
            if path in site.redirects:
                goal = site.redirects[path]
                port = self.server.server_address[1]
                location = goal.replace("{port}", str(port)) if goal.startswith("http") else \
                    f"http://{self.headers.get('Host')}{goal}"
                return self._send(301, b"", None, {"Location": location}, head)
            rel = path + "index.html" if path.endswith("/") else path
            query = urlsplit(target).query
            if query and site.query_routes:
                rel = site.query_routes.get(query_key(path, query), rel)
            file = site.file_for(rel)
            if file is None:
                return self._send(400, b"bad request", "text/plain", head=head)
            if file.is_dir():
                return self._send(301, b"", None, {"Location": f"http://{self.headers.get('Host')}{path}/"}, head)
            if not file.is_file() and site.soft_404:
                page = site.file_for(site.soft_404)
                text = page.read_text(encoding="utf-8") if page and page.is_file() else "<p>not here</p>"
                while "{random}" in text:
                    text = text.replace("{random}", secrets.token_hex(4), 1)
                return self._send(200, text.encode("utf-8"), "text/html; charset=utf-8", head=head)
            if not file.is_file():
                page = site.file_for(site.not_found)
                body = page.read_bytes() if page and page.is_file() else b"<h1>404 Not Found</h1>"
                return self._send(404, body, "text/html", head=head)
            body = file.read_bytes()
            ctype = TYPES.get(posixpath.splitext(rel)[1].lower(), "application/octet-stream")
            charset = site.charset.get(rel)
            if charset:
                ctype = f"{ctype}; charset={charset}"
            etag = f'"{hashlib.sha1(body).hexdigest()[:16]}"'
            mtime = int(file.stat().st_mtime)
            headers = {"ETag": etag, "Last-Modified": email.utils.formatdate(mtime, usegmt=True),
                       **site.headers.get(rel, {})}
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, b"", None, headers, head)
            if fault == "empty":
                return self._send(200, b"", ctype, headers, head)
            if fault == "truncate":
                self._send(200, body[: len(body) // 2], ctype, headers, head, length=len(body))
                return self._reset()
            return self._send(200, body, ctype, headers, head)

        def _endless(self, head: bool) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            if head:
                return
            chunk = ("<p>" + "无尽的页面" * 600 + "</p>\n").encode()
            frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
            try:
                for _ in range(100_000):  # ~1 GB at most, then the server gives up too
                    self.wfile.write(frame)
            except OSError:
                pass  # the client hung up (its size cap)
            self.close_connection = True

    return Handler


class PortalServer:
    """A running server (in a thread): ``with PortalServer(dir) as server: server.url``."""

    def __init__(self, site_dir: Path, *, port: int = 0, faults: FaultPlan | None = None,
                 config: Path | None = None, access_log: Path | None = None) -> None:
        self.site = SiteConfig.load(Path(site_dir), config)
        self._log = access_log.open("a", encoding="utf-8") if access_log else None
        handler = make_handler(self.site, faults or FaultPlan(), self._log)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> PortalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self._log:
            self._log.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--config", type=Path)
    parser.add_argument("--access-log", type=Path)
    for name in FAULTS:
        parser.add_argument(f"--{name}-rate", type=float, default=0.0)
    parser.add_argument("--slow-ms", type=float, default=0.0)
    parser.add_argument("--timeout-s", type=float, default=30.0)
    parser.add_argument("--seed", default="0")
    args = parser.parse_args(argv)
    plan = FaultPlan(**{f"{n}_rate": getattr(args, f"{n}_rate") for n in FAULTS}, slow_ms=args.slow_ms,
                     timeout_s=args.timeout_s, seed=args.seed)
    server = PortalServer(Path(args.dir), port=args.port, faults=plan, config=args.config,
                          access_log=args.access_log)
    print(f"serving {args.dir} at {server.url}", flush=True)
    try:
        server.httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.httpd.server_close()


if __name__ == "__main__":
    main(sys.argv[1:])

"""scrapyd: deploy the project with ``scrapyd-deploy local`` and run a crawl through the HTTP API (real processes)."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import ROOT, read_jsonl, sample_truth

pytestmark = pytest.mark.services
PROJECT = "autoparts_crawler"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def api(base: str, action: str, data: dict | list | None = None) -> dict:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(base + action, data=body, timeout=30) as response:
        return json.loads(response.read())


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    """A scrapyd on 127.0.0.1 with eggs/logs/items/dbs in a temp dir; yields (base URL, its dir)."""
    home = tmp_path_factory.mktemp("scrapyd")
    port = free_port()
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        f"bind_address = 127.0.0.1\nhttp_port = {port}\n"
        f"eggs_dir = {home / 'eggs'}\nlogs_dir = {home / 'logs'}\nitems_dir = {home / 'items'}\n"
        f"dbs_dir = {home / 'dbs'}\nmax_proc = 2\npoll_interval = 0.5\n", encoding="utf-8")
    binary = Path(sys.executable).with_name("scrapyd")
    log = (home / "scrapyd.log").open("w")
    proc = subprocess.Popen([str(binary)], cwd=home, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(150):
            try:
                if api(base, "daemonstatus.json")["status"] == "ok":
                    break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("scrapyd did not start: " + (home / "scrapyd.log").read_text()[-2000:])
        yield base, home
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


def project_copy(dest: Path, port: int) -> Path:
    """The project's build inputs, with the [deploy:local] target pointed at the test's port."""
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, dest / name)
    shutil.copytree(ROOT / "src", dest / "src", ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    cfg = (ROOT / "scrapy.cfg").read_text(encoding="utf-8")
    assert "[deploy:local]" in cfg and "url = http://127.0.0.1:6800/" in cfg and f"project = {PROJECT}" in cfg
    (dest / "scrapy.cfg").write_text(cfg.replace("127.0.0.1:6800", f"127.0.0.1:{port}"), encoding="utf-8")
    return dest


def test_deploy_schedule_and_read_items(scrapyd, sample_server, tmp_path):
    base, home = scrapyd
    project = project_copy(tmp_path, int(urlsplit(base).port))
    deploy = subprocess.run([str(Path(sys.executable).with_name("scrapyd-deploy")), "local"], cwd=project,
                            capture_output=True, text=True, timeout=300)
    assert deploy.returncode == 0 and '"status": "ok"' in deploy.stdout, deploy.stdout + deploy.stderr
    assert PROJECT in api(base, "listprojects.json")["projects"]
    assert "portal" in api(base, f"listspiders.json?project={PROJECT}")["spiders"]

    [egg] = list((home / "eggs" / PROJECT).glob("*.egg"))
    names = set(zipfile.ZipFile(egg).namelist())
    for data in ("autoparts_crawler/sample_portal/www/index.html", "autoparts_crawler/sites/profiles/sample.toml",
                 "autoparts_crawler/records/schema_files/article.schema.json", "autoparts_crawler/sample_portal/truth.json"):
        assert data in names, data

    job = api(base, "schedule.json", [("project", PROJECT), ("spider", "portal"), ("site", "sample"),
                                      ("start_url", sample_server.url), ("setting", "AUTOTHROTTLE_ENABLED=0"),
                                      ("setting", "DOWNLOAD_DELAY=0")])
    assert job["status"] == "ok", job
    deadline = time.time() + 240
    while time.time() < deadline:
        if any(j["id"] == job["jobid"] for j in api(base, f"listjobs.json?project={PROJECT}")["finished"]):
            break
        time.sleep(0.5)
    else:
        pytest.fail("scrapyd job did not finish")
    items = home / "items" / PROJECT / "portal" / f"{job['jobid']}.jl"
    log = home / "logs" / PROJECT / "portal" / f"{job['jobid']}.log"
    records = read_jsonl(items)
    got = sorted(urlsplit(r["url"]).path.lstrip("/") for r in records)
    assert got == sorted(a["url"] for a in sample_truth()["articles"]), log.read_text()[-3000:]

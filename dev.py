#!/usr/bin/env python3
"""Bootstrap and run: needs only Python 3.11+. Creates ./.venv, installs the project, runs.

    python3 dev.py crawl [scrapy crawl options]   # offline crawl of the bundled sample portal -> data/*.jsonl
    python3 dev.py test [pytest options]          # the whole test suite (installs test extras first)
    python3 dev.py test-floor [pytest options]    # the fast tier + crawl e2e tests on the lowest versions we claim (ci/floor-constraints.txt)
    python3 dev.py lint                           # ruff
    python3 dev.py venv                           # only (re)create / update the virtual environment

The environment is reinstalled whenever pyproject.toml changes (a stamp file remembers it).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

if sys.version_info < (3, 11):  # noqa: UP036 - dev.py is run by any python3 on the machine
    sys.exit(f"autoparts_crawler needs Python 3.11 or newer (this is {sys.version.split()[0]})")

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("AUTOPARTS_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
EXTRAS = {"crawl": "", "test": "[test,distributed,scheduled]", "lint": "[test]", "venv": "[test]"}


def ensure_venv(extras: str) -> None:
    """Create the venv if missing and (re)install the project when pyproject.toml or extras changed."""
    if not (BIN / "python").exists():
        print(f"creating virtual environment {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".autoparts-installed{extras.replace(',', '-')}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    pip = [str(BIN / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "--upgrade", "pip"], check=False)
    subprocess.run([*pip, "install", "-e", f"{ROOT}{extras}"], check=True)
    stamp.write_text(digest)


#: end-to-end tests the floor job runs besides the fast tier: crawls over HTTP, robots.txt, retries, runs
FLOOR_E2E = ("tests/test_e2e_crawl.py", "tests/test_hostile_e2e.py", "tests/test_robots_e2e.py",
             "tests/test_backoff_e2e.py", "tests/test_runner.py")


def test_floor(rest: list[str]) -> int:
    """The fast test tier, and the crawl end-to-end tests, in a separate venv holding the floor
    versions of pyproject.toml."""
    floor = ROOT / ".venv-floor"
    python = floor / ("Scripts" if os.name == "nt" else "bin") / "python"
    constraints = ROOT / "ci" / "floor-constraints.txt"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + constraints.read_bytes()).hexdigest()
    stamp = floor / ".autoparts-floor"
    if not python.exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(floor)
    if not stamp.exists() or stamp.read_text() != digest:
        subprocess.run([str(python), "-m", "pip", "--disable-pip-version-check", "-q", "install",
                        "-c", str(constraints), "-e", f"{ROOT}[test]"], check=True)
        stamp.write_text(digest)
    fast = subprocess.call([str(python), "-m", "pytest", "-m", "not e2e and not services", *rest], cwd=ROOT)
    # and real crawls over HTTP: the fast tier alone let Scrapy-version gaps of the robots.txt and
    # retry middlewares through (every http(s) page failed on the floor versions)
    crawls = subprocess.call([str(python), "-m", "pytest", "-m", "e2e", *FLOOR_E2E, *rest], cwd=ROOT)
    return fast or crawls


def run(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("crawl", [])
    if command == "test-floor":
        return test_floor(rest)
    if command not in EXTRAS:
        print(__doc__)
        return 2
    ensure_venv(EXTRAS[command])
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    if command == "crawl":
        (ROOT / "data").mkdir(exist_ok=True)
        return subprocess.call([str(BIN / "scrapy"), "crawl", "portal", *rest], cwd=ROOT, env=env)
    if command == "test":
        return subprocess.call([str(BIN / "python"), "-m", "pytest", *rest], cwd=ROOT, env=env)
    if command == "lint":
        return subprocess.call([str(BIN / "ruff"), "check", "src", "tests", "bench", "tools", "dev.py"], cwd=ROOT, env=env)
    return 0


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1:]))

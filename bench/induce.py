#!/usr/bin/env python3
"""Profile induction on the template zoo: induced fields per family, and the zoo scores of a crawl
with the induced profile against the unprofiled crawl.

    python bench/induce.py --shared /work/shared [--family NAME ...] [--pages 60] [--keep DIR]

For each family: ``tools.zoo`` generates the site, ``tools.devserver`` serves it on 127.0.0.1,
``autoparts-crawler induce START --pages N`` learns a profile from a sample crawl (unprofiled, real
``portal`` spider), then two full crawls run at the zoo's fixed fetch time -- unprofiled
(``-a start_url=``) and with the induced profile (``-a site=NAME``, ``AUTOPARTS_PROFILES_DIR``) --
and ``tools.zoo.score`` scores both against the truth. Prints per family the induced selectors,
then one row per crawl (``gen`` / ``ind``) with the columns of ``bench/zoo.py``. Not a test.
Families developed on: dedecms phpcms wordpress zblog b2b gov; held out: empirecms discuz oldtable mobile.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.zoo import FAMILIES, REFERENCE_TIME, SEED, generate_family  # noqa: E402
from tools.zoo.score import body_metric, score  # noqa: E402

DEVELOPED = ["dedecms", "phpcms", "wordpress", "zblog", "b2b", "gov"]
HELD_OUT = ["empirecms", "discuz", "oldtable", "mobile"]
COLUMNS = [("recall", "rec"), ("precision", "prec"), ("title", "title"), ("body_f1", "body"),
           ("published_date", "date"), ("published_at", "at"), ("author", "auth"), ("editor", "edit"),
           ("source", "src"), ("category", "cat"), ("views", "views"), ("comments", "cmts"),
           ("related_f1", "rel"), ("listing_f1", "list")]
FAST = ["-s", f"AUTOPARTS_REFERENCE_TIME={REFERENCE_TIME.isoformat()}", "-s", "AUTOTHROTTLE_ENABLED=0",
        "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=WARNING"]


def _crawl(site: Path, args: list[str], out: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    scrapy = Path(sys.executable).with_name("scrapy")
    return subprocess.run([str(scrapy), "crawl", "portal", *args, "-O", str(out), *FAST], cwd=ROOT,
                          capture_output=True, text=True, env={**os.environ, **(env or {})})


def run_family(name: str, work: Path, seed: int, pages: int, shared: Path | None) -> dict:
    exp = generate_family(name, work, seed)
    site = work / name
    server = subprocess.Popen([sys.executable, "-m", "tools.devserver", str(site), "--port", "0"],
                              cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline() if server.stdout else ""
        base = line.strip().rsplit(" ", 1)[-1].rstrip("/")
        start = f"{base}{exp['start_url']}"
        profiles = site / "profiles"
        cli = Path(sys.executable).with_name("autoparts-crawler")
        induced = subprocess.run([str(cli), "induce", start, "-o", str(profiles / f"zoo_{name}.toml"),
                                  "--pages", str(pages), *FAST], cwd=ROOT, capture_output=True, text=True)
        if induced.returncode != 0:
            return {"family": name, "error": f"induce exit {induced.returncode}: {induced.stderr[-400:]}"}
        profile = tomllib.loads((profiles / f"zoo_{name}.toml").read_text(encoding="utf-8"))
        result: dict = {"family": name, "profile": profile}
        for label, args, env in (("gen", ["-a", f"start_url={start}"], None),
                                 ("ind", ["-a", f"site=zoo_{name}"], {"AUTOPARTS_PROFILES_DIR": str(profiles)})):
            out = site / f"crawl_{label}.jsonl"
            proc = _crawl(site, args, out, env)
            if proc.returncode != 0:
                result[label] = {"error": f"crawl exit {proc.returncode}: {proc.stderr[-400:]}"}
                continue
            result[label] = score(site / "truth", out, out.with_name(f"crawl_{label}.listings.jsonl"), shared)
        return result
    finally:
        server.terminate()
        server.wait()


def fmt(v) -> str:
    return "  -  " if v is None else f"{v:.2f}"


def induced_fields(profile: dict) -> str:
    parts = []
    for section in ("article", "related", "list"):
        implied = ("url", "title") if section == "related" else ("body_exclude",)
        keys = [k for k, v in profile.get(section, {}).items() if v and k not in implied]
        if keys:
            parts.append(f"{section}: {' '.join(keys)}")
    return "; ".join(parts) or "(none)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES))
    parser.add_argument("--held-out", action="store_true", help="the held-out families only")
    parser.add_argument("--pages", type=int, default=60, help="pages of the induction sample crawl")
    parser.add_argument("--keep", type=Path, help="generate into and keep this folder")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--shared", type=Path, help="folder holding bench/extraction_eval.py (default: ../shared)")
    args = parser.parse_args()
    names = args.family or (HELD_OUT if args.held_out else DEVELOPED)
    work = args.keep or Path(tempfile.mkdtemp(prefix="zoo-induce-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        results = [run_family(n, work, args.seed, args.pages, args.shared) for n in names]
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"template zoo: induced profile ({args.pages}-page sample) vs unprofiled, seed {args.seed}")
    print(f"body: {body_metric(args.shared)}; fields: share exact over matched articles")
    print("\ninduced selectors per family:")
    for r in results:
        if "error" in r:
            print(f"- {r['family']}: ERROR {r['error']}")
            continue
        cov = r["profile"].get("coverage", {})
        print(f"- {r['family']}: {induced_fields(r['profile'])} (pages {cov.get('pages', 0)}, "
              f"tz {r['profile'].get('timezone')})")
    print(f"\n{'family':<10}{'crawl':<6}" + "".join(f"{h:>6}" for _, h in COLUMNS) + f"{'dups':>5}")
    for r in results:
        if "error" in r:
            continue
        for label in ("gen", "ind"):
            s = r[label]
            if "error" in s:
                print(f"{r['family']:<10}{label:<6}ERROR {s['error']}")
                continue
            print(f"{r['family']:<10}{label:<6}" + "".join(f"{fmt(s[k]):>6}" for k, _ in COLUMNS)
                  + f"{s['duplicates']:>5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

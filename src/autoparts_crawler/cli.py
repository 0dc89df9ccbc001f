"""``autoparts-crawler``: offline extraction, the record schema, and helpers around crawls.

    autoparts-crawler extract PAGE.html [--url URL] [--site NAME] [--fetched-at ISO]
    autoparts-crawler extract DUMP.txt              # a page saved as flattened text
    autoparts-crawler schema [--kind article|listing|reject]
    autoparts-crawler sites                         # list the site profiles
    autoparts-crawler induce START_URL [-o NAME.toml] [--pages 60]   # learn a site profile from a crawl
    autoparts-crawler induce START_URL --update NAME [-o DIR/NAME.toml]  # propose NAME's next version
    autoparts-crawler run [--site NAME | --start-url URL] [--out-dir data/runs] [--state PATH | --no-state]
                      [--timeout S] [-s K=V ...]   # one scheduled run (cron): locked, incremental, checked
    autoparts-crawler report FEED.jsonl [OTHER.jsonl ...] [-o report.html]   # HTML page about a crawl
    autoparts-crawler views DATA_DIR [-o views.parquet|views.jsonl]   # view-count history of all runs
    autoparts-crawler export FEED.jsonl -o FEED.parquet              # typed Parquet (analytics extra)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


def _cmd_extract(args: argparse.Namespace) -> int:
    from autoparts_crawler.extract import extract_article
    from autoparts_crawler.records.rejects import RecordRejected, make_reject

    path = Path(args.page)
    data = sys.stdin.buffer.read() if args.page == "-" else path.read_bytes()
    url = args.url or (path.resolve().as_uri() if args.page != "-" else None)
    fetched_at = datetime.fromisoformat(args.fetched_at) if args.fetched_at else None
    text_dump = args.text or path.suffix.lower() == ".txt"
    try:
        record = extract_article(data, url, site=args.site, fetched_at=fetched_at, text_dump=text_dump)
    except RecordRejected as exc:
        reject = make_reject(url or "-", reason=exc.reason, stage=exc.stage, detail=exc.detail)
        print(reject.model_dump_json(), file=sys.stdout)
        return EXIT_REJECTED
    print(json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=args.indent))
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    from autoparts_crawler.records.schema import schema_json

    sys.stdout.write(schema_json(args.kind))
    return EXIT_OK


def _cmd_sites(_: argparse.Namespace) -> int:
    from autoparts_crawler.sites import available_profiles

    for name, profile in sorted(available_profiles().items()):
        print(f"{name}\t{profile.timezone}\t{', '.join(profile.allowed_domains) or '(bundled)'}\t"
              f"{profile.description}")
    return EXIT_OK


def _cmd_induce(args: argparse.Namespace) -> int:
    import os
    import subprocess
    import tempfile
    from urllib.parse import urlsplit

    from autoparts_crawler.induction import induce_profile, profile_toml
    from autoparts_crawler.sites import PROFILES_DIR_ENV

    parts = urlsplit(args.start_url)
    if parts.scheme not in ("http", "https", "file"):
        print(f"autoparts-crawler induce: {args.start_url!r}: expected an http(s):// or file:// URL", file=sys.stderr)
        return EXIT_USAGE
    if args.update:
        problem = _update_target(args)
        if problem:
            print(f"autoparts-crawler induce --update: {problem}", file=sys.stderr)
            return EXIT_USAGE
    output = args.output or Path(f"{(parts.hostname or 'induced').replace('.', '_')}.toml")
    name = args.name or output.stem
    with tempfile.TemporaryDirectory(prefix="induce-") as tmp:
        sample = Path(tmp) / "pages.jsonl"
        empty = Path(tmp) / "profiles"  # unprofiled: no user profile may cover the host
        empty.mkdir()
        command = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"start_url={args.start_url}",
                   "-a", f"max_pages={args.pages}", "-O", str(Path(tmp) / "crawl.jsonl"),
                   "-s", f"AUTOPARTS_PAGE_SAMPLE={sample}", "-s", f"AUTOPARTS_PROFILES_DIR={empty}",
                   "-s", "LOG_LEVEL=WARNING"]
        if parts.scheme == "file":
            command += ["-s", "AUTOPARTS_ALLOW_FILE_URLS=1"]
        for setting in args.settings:
            command += ["-s", setting]
        env = dict(os.environ, SCRAPY_SETTINGS_MODULE="autoparts_crawler.settings")
        env.pop(PROFILES_DIR_ENV, None)
        proc = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if proc.returncode != 0 or not sample.is_file():
            print(f"autoparts-crawler induce: the sample crawl failed (exit {proc.returncode}): "
                  f"{proc.stderr.strip()[-500:]}", file=sys.stderr)
            return EXIT_REJECTED
        pages: dict[str, str] = {}
        for line in sample.read_text(encoding="utf-8").splitlines():
            page = json.loads(line)
            pages.setdefault(page["url"], page["html"])
        if args.save_pages:  # the sample, for review or another induction (--from-pages)
            args.save_pages.parent.mkdir(parents=True, exist_ok=True)
            args.save_pages.write_bytes(sample.read_bytes())
    if args.update:
        return _update_profile(args, list(pages.items()))
    induction = induce_profile(list(pages.items()), name, start_url=args.start_url)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(profile_toml(induction), encoding="utf-8")
    kept = [k for k, ev in induction.fields.items() if ev.kept]
    print(f"{output}: profile {name!r} from {len(pages)} pages ({dict(induction.kinds)}); "
          f"selectors: {', '.join(kept) or 'none'}")
    return EXIT_OK


def _update_target(args: argparse.Namespace) -> str | None:
    """Check ``--update NAME`` before crawling; sets ``args.output`` (the new version's file)."""
    from datetime import date

    from autoparts_crawler.induction.update import bundled_folder
    from autoparts_crawler.sites import ProfileFileError, UnknownSiteError, load_profile, profiles_dir

    try:
        load_profile(args.update)
    except (UnknownSiteError, ProfileFileError) as exc:
        return str(exc)
    if args.valid_until:
        try:
            date.fromisoformat(args.valid_until)
        except ValueError:
            return f"--valid-until {args.valid_until!r}: expected a date, YYYY-MM-DD"
    folder = profiles_dir()
    if args.output is None:
        if folder is None:
            return (f"the new version of {args.update!r} goes to AUTOPARTS_PROFILES_DIR (not set) or -o "
                    f"DIR/{args.update}.toml; bundled profiles are never rewritten in place")
        args.output = folder / f"{args.update}.toml"
    if args.output.stem != args.update or args.output.suffix != ".toml":
        return f"-o {args.output}: the new version's file must be called {args.update}.toml"
    if args.output.parent.resolve() == bundled_folder():
        return f"-o {args.output}: refusing to rewrite a bundled profile in place (use AUTOPARTS_PROFILES_DIR)"
    return None


def _update_profile(args: argparse.Namespace, pages: list[tuple[str, str]]) -> int:
    """``induce --update NAME``: judge NAME's selectors on the sample, write the next version."""
    from datetime import date

    from autoparts_crawler.induction import induce_profile, profile_toml
    from autoparts_crawler.induction.update import closed_text, current_file, propose_update, summary_lines
    from autoparts_crawler.sites import load_profile, read_profile_file

    old = load_profile(args.update)
    induction = induce_profile(pages, old.name, start_url=args.start_url, keep_pages=True)
    update = propose_update(old, induction)
    if not update.changes:
        print(f"{args.update}: every selector of version {old.version} still works on {len(pages)} sampled "
              f"pages; nothing written")
        for line in summary_lines(update):
            print(f"  {line}")
        return EXIT_OK
    until = date.fromisoformat(args.valid_until) if args.valid_until else date.today()
    text, source = current_file(old)
    new_path: Path = args.output
    old_path = new_path.with_name(f"{old.name}.v{old.version}.toml")
    header = [f"Version {update.profile.version} of {old.name!r}, proposed by `autoparts-crawler induce --update` "
              f"from {len(pages)} pages of {args.start_url}",
              f"on {date.today().isoformat()}; version {old.version} is kept in {old_path.name} (valid_until = "
              f"{until.isoformat()}).", "Changed fields (evidence on the sample):"]
    header += [f"  {c.field}: {c.old!r} -> {c.new!r}: {c.evidence}" for c in update.changes]
    header += [f"Unchanged (still match and agree with the generic extractor): {', '.join(update.kept) or '-'}", ""]
    induction.profile, induction.fields = update.profile, update.evidence
    new_text = profile_toml(induction, header=header)
    new_path.parent.mkdir(parents=True, exist_ok=True)
    old_path.write_text(closed_text(text, old.version, until, update.profile.version), encoding="utf-8")
    new_path.write_text(new_text, encoding="utf-8")
    if source is not None and source.resolve() not in (new_path.resolve(), old_path.resolve()) \
            and source.parent.resolve() == new_path.parent.resolve():
        source.unlink()  # the old version now lives in old_path: one file per version
    for path in (old_path, new_path):
        read_profile_file(path)  # both load (names, versions)
    print(f"{new_path}: version {update.profile.version} of {old.name!r} ({len(update.changes)} field(s) changed); "
          f"version {old.version} kept as {old_path} (valid until {until.isoformat()})")
    for line in summary_lines(update):
        print(f"  {line}")
    return EXIT_OK


def _cmd_run(args: argparse.Namespace) -> int:
    from autoparts_crawler.scheduled.runner import RunConfig, run

    return run(RunConfig(site=args.site, start_url=args.start_url, out_dir=args.out_dir, state=args.state,
                         incremental=not args.no_state, settings=args.settings, timeout=args.timeout))


def _cmd_report(args: argparse.Namespace) -> int:
    from autoparts_crawler.analytics.report import write_report

    feed, *others = args.feeds
    print(write_report(feed, args.output, others, previous=args.previous))
    return EXIT_OK


def _cmd_views(args: argparse.Namespace) -> int:
    from autoparts_crawler.analytics import views

    rows = views.collect_dir(args.data_dir)
    try:
        views.write(rows, args.output)
    except RuntimeError as exc:  # .parquet without pyarrow
        print(f"autoparts-crawler views: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"{args.output}: {len(rows)} rows, {len({r['url'] for r in rows})} urls")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from autoparts_crawler.analytics.export import export_feed

    try:
        count = export_feed(args.feed, args.output)
    except RuntimeError as exc:  # pyarrow missing
        print(f"autoparts-crawler export: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"{args.output}: {count} articles")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="autoparts-crawler", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser("extract", help="print the record of one saved page")
    extract.add_argument("page", help="saved HTML page, a .txt text dump, or - for stdin")
    extract.add_argument("--url", help="the page's URL (resolves links, picks the site profile)")
    extract.add_argument("--site", help="site profile name (default: by URL host, else generic)")
    extract.add_argument("--fetched-at", help="ISO 8601 fetch time, anchor for relative dates")
    extract.add_argument("--text", action="store_true", help="treat the input as a flattened text dump")
    extract.add_argument("--indent", type=int, default=None, help="pretty-print with this indent")
    extract.set_defaults(func=_cmd_extract)
    schema = sub.add_parser("schema", help="print the JSON Schema of a record kind")
    schema.add_argument("--kind", default="article", choices=["article", "listing", "reject"])
    schema.set_defaults(func=_cmd_schema)
    sites = sub.add_parser("sites", help="list site profiles")
    sites.set_defaults(func=_cmd_sites)
    induce = sub.add_parser("induce", help="crawl a sample of a portal and learn its site profile (TOML)")
    induce.add_argument("start_url", help="the portal's home or channel page (http(s):// or file://)")
    induce.add_argument("-o", "--output", type=Path, help="profile file to write (default: HOST.toml)")
    induce.add_argument("--name", help="profile name (default: the output file's stem)")
    induce.add_argument("--pages", type=int, default=60, help="pages the sample crawl fetches (default 60)")
    induce.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                        help="Scrapy setting for the sample crawl (repeatable)")
    induce.add_argument("--update", metavar="NAME",
                        help="propose the next version of profile NAME (AUTOPARTS_PROFILES_DIR or bundled): "
                             "broken selectors re-induced, working ones kept; the old version stays as "
                             "NAME.vN.toml with valid_until (new file: -o, default AUTOPARTS_PROFILES_DIR/NAME.toml)")
    induce.add_argument("--valid-until", metavar="YYYY-MM-DD",
                        help="with --update: the old version's last day (default today)")
    induce.add_argument("--save-pages", type=Path, help="also keep the sampled pages here (JSONL: url, html)")
    induce.set_defaults(func=_cmd_induce)
    run = sub.add_parser("run", help="one scheduled crawl: lock, incremental, per-run files, summary, health")
    run.add_argument("--site", help="site profile name")
    run.add_argument("--start-url", help="start URL (profile by host unless --site, else generic)")
    run.add_argument("--out-dir", type=Path, default=Path("data/runs"), help="runs go to OUT_DIR/<site>/")
    run.add_argument("--state", type=Path, help="incremental state file (default OUT_DIR/../state/portal_<site>.sqlite)")
    run.add_argument("--no-state", action="store_true", help="full crawl: no incremental state")
    run.add_argument("--timeout", type=float, help="stop the crawl gracefully after this many seconds")
    run.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                     help="Scrapy setting for the crawl (repeatable)")
    run.set_defaults(func=_cmd_run)
    report = sub.add_parser("report", help="one self-contained HTML page about a crawl (中文 / English)")
    report.add_argument("feeds", nargs="+", type=Path, metavar="FEED",
                        help="the run's article feed; more feeds: the first is the previous run, all add view history")
    report.add_argument("-o", "--output", type=Path, help="default: <stem>.report.html beside the feed")
    report.add_argument("--previous", type=Path, help="run to compare field coverage with (default: earlier run in the folder)")
    report.set_defaults(func=_cmd_report)
    views = sub.add_parser("views", help="view-count history across every run's feeds in a folder")
    views.add_argument("data_dir", type=Path)
    views.add_argument("-o", "--output", type=Path, default=Path("views.jsonl"), help=".parquet or .jsonl")
    views.set_defaults(func=_cmd_views)
    export = sub.add_parser("export", help="a feed as Parquet with typed columns (needs the analytics extra)")
    export.add_argument("feed", type=Path)
    export.add_argument("-o", "--output", type=Path, required=True)
    export.set_defaults(func=_cmd_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())

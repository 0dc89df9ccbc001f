"""``autoparts-crawler``: offline extraction, the record schema, and helpers around crawls.

    autoparts-crawler extract PAGE.html [--url URL] [--site NAME] [--fetched-at ISO]
    autoparts-crawler extract DUMP.txt              # a page saved as flattened text
    autoparts-crawler schema [--kind article|listing|reject]
    autoparts-crawler sites                         # list the site profiles
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

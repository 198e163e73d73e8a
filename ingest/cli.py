"""``sekg build`` and ``sekg ingest``: thin commands over :mod:`ingest.build`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graph.settings import Settings
from ingest.build import BuildSummary, build, ingest, write_report
from ingest.catalog import SEEDS_DIR


def _progress(total: int):
    from tqdm import tqdm

    bar = tqdm(total=total, unit="doc", file=sys.stderr, disable=not sys.stderr.isatty())

    def step(name: str) -> None:
        bar.set_description(name[:30])
        bar.update(1)

    return step, bar


def _finish(summary: BuildSummary, args: argparse.Namespace, settings: Settings) -> int:
    for line in summary.lines():
        print(line)
    print(f"store: {settings.store_path}")
    if args.report:
        write_report(summary, Path(args.report))
        print(f"report: {args.report}")
    return 0


def run_build(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    seeds = Path(args.seeds)
    step, bar = _progress(len([p for p in seeds.glob("*.txt")]) if seeds.is_dir() else 0)
    try:
        summary = build(settings, seeds=seeds, progress=step, jobs=args.jobs)
    finally:
        bar.close()
    return _finish(summary, args, settings)


def run_ingest(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    step, bar = _progress(len(args.files))
    try:
        summary = ingest(settings, [Path(f) for f in args.files], progress=step)
    finally:
        bar.close()
    return _finish(summary, args, settings)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("build", help="build the store from every document in a folder",
                                   description="Extract every document in the seeds folder and write a new store "
                                               "at SEKG_STORE; the old store is replaced only if all succeeded.")
    parser.add_argument("--seeds", default=str(SEEDS_DIR), help="folder of documents (default: seeds/)")
    parser.add_argument("--report", metavar="FILE", help="write a JSON report of what was extracted per document")
    parser.add_argument("--jobs", type=int, metavar="N",
                        help="worker processes for extraction (default: one per core, none for a few documents)")
    parser.set_defaults(run=run_build)
    parser = subparsers.add_parser("ingest", help="add or replace single documents in the store",
                                   description="Extract the given UTF-8 or CP949/EUC-KR text files and replace "
                                               "their named graphs; the rest of the store is kept.")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--report", metavar="FILE", help="write a JSON report of what was extracted per document")
    parser.set_defaults(run=run_ingest)

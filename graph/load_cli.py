"""``sekg load``: a thin command over :mod:`graph.load`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graph.finish import not_kept_lines
from graph.load import FORMATS, load_files
from graph.settings import Settings


def run_load(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    summary = load_files(settings, [Path(f) for f in args.files], graph=args.graph)
    steps = ", ".join(f"{name} {seconds:.1f}" for name, seconds in summary.phases.items())
    print(f"files: {summary.files}")
    print(f"quads: {summary.quads:,}")
    print(f"time: {summary.seconds:.1f} s ({steps})")
    print(f"store: {settings.store_path}")
    for line in not_kept_lines(summary.not_kept):
        print(line, file=sys.stderr)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "load", help="replace the store with the quads of RDF files (a dump, or data made elsewhere)",
        description="Bulk-load RDF files into a new store at SEKG_STORE, compute its derived graph and keep the "
                    "saved queries' answers; the old store is replaced only if all of it succeeded.")
    parser.add_argument("files", nargs="+", metavar="FILE", help=f"RDF files ({', '.join(sorted(FORMATS))})")
    parser.add_argument("--graph", metavar="IRI", help="the graph for the triples of Turtle and N-Triples files")
    parser.set_defaults(run=run_load)

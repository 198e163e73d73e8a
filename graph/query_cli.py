"""``sekg query``: the saved queries (or a query file) from the command line.

It reads the store at ``SEKG_STORE``, or the endpoint in ``SEKG_ENDPOINT`` /
``--endpoint``, through the same :mod:`graph.repository` the explorer uses,
with a time limit and a cap on the rows of an answer, and prints a table for people or CSV, TSV or SPARQL JSON
for programs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graph.cli import whole_number
from graph.errors import InputError
from graph.repository import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S, Rows, open_repository
from graph.results import FORMATS
from graph.saved_queries import SavedQueryError, load_library, run_saved
from graph.settings import Settings


def _params(pairs: list[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise SavedQueryError(f"--param takes key=value, got {pair!r}")
        params[name.strip()] = value
    return params


def _list() -> int:
    for name, saved in load_library().items():
        params = ", ".join(f"{p.name}{'?' if p.optional else ''}: {p.type}"
                           + (f" = {p.default}" if p.default else "") for p in saved.parameters)
        print(f"{name:<16} {saved.title_ko} / {saved.title_en}" + (f"  [{params}]" if params else ""))
        print(f"{'':<16} {saved.description}")
    return 0


def _run(args: argparse.Namespace) -> int:
    if args.list:
        return _list()
    repo = open_repository(Settings.from_env(), endpoint=args.endpoint)
    if args.file:
        path = Path(args.file)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read the query file ({exc})") from None
        if args.param:
            raise SavedQueryError("--param applies to saved queries; a query file runs as it is")
        result = repo.query(text, timeout=args.timeout, max_rows=args.max_rows or None)
    elif args.name:
        library = load_library()
        if args.name not in library:
            raise SavedQueryError(f"no saved query {args.name!r}; `sekg query --list` shows them")
        result = run_saved(repo, library[args.name], _params(args.param), timeout=args.timeout,
                           max_rows=args.max_rows or None)
    else:
        raise SavedQueryError("give a saved query NAME, --file FILE.rq or --list")
    if isinstance(result, bool):
        print("true" if result else "false")
    elif isinstance(result, Rows):
        sys.stdout.write(FORMATS[args.format](result) + ("\n" if args.format == "table" else ""))
    else:
        for triple in result:
            print(f"{triple} .")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "query", help="run a saved query or a query file",
        description="Run a saved query from queries/ (see --list) or a SPARQL file, read-only, "
                    "over the union of the named graphs.",
        epilog="examples:\n  sekg query partners --param entity=희망키움터\n"
               "  sekg query enterprises --param municipality=수원시 --format csv\n"
               "  sekg query --file my.rq --format json",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("name", nargs="?", help="saved query name")
    parser.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                        help="a parameter: a label (ko/en), an IRI, or a value of the parameter's type")
    parser.add_argument("--file", help="run this .rq file instead of a saved query")
    parser.add_argument("--list", action="store_true", help="list the saved queries with their parameters")
    parser.add_argument("--format", choices=sorted(FORMATS), default="table", help="output format (default: table)")
    parser.add_argument("--endpoint", help="a SPARQL endpoint to read instead of the store (default: SEKG_ENDPOINT)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S,
                        help=f"stop a query after this many seconds (default: {DEFAULT_TIMEOUT_S:g})")
    parser.add_argument("--max-rows", type=whole_number("rows", minimum=0), default=DEFAULT_MAX_ROWS, metavar="N",
                        help=f"refuse an answer of more than N rows or triples (default: {DEFAULT_MAX_ROWS:,}; "
                             "0: no limit)")
    parser.set_defaults(run=_run)


"""The ``sekg`` command.

A thin shell over the library: subcommands come from the ``sekg.commands``
entry-point group declared in ``pyproject.toml``, each a ``register(subparsers)``
function, so that every package contributes its own commands and this module
depends on none of them. Errors the user can act on (:class:`SekgError`) print
as one message; exit status 1 means "the data is wrong", 2 "could not run".
"""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, entry_points, version

from graph.errors import SekgError

DESCRIPTION = """\
sekg: the Social Economy Knowledge Graph.

Turns Korean local governments' pledge and best-practice documents into an RDF
knowledge graph in Oxigraph, with provenance for every fact.

environment:
  SEKG_STORE     Oxigraph store directory (default: data/store/ in the checkout)
  SEKG_ENDPOINT  remote SPARQL 1.1 endpoint for reading commands
  SEKG_BASE_IRI  base of instance IRIs (default: https://w3id.org/sekg/id/)
"""


def whole_number(what: str, *, minimum: int):
    """An argparse type: a whole number of ``what``, at least ``minimum``."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number of {what}: {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum} {what}, got {value}")
        return value
    return parse


def _version() -> str:
    try:
        return version("sekg")
    except PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sekg",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"sekg {_version()}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for entry in sorted(entry_points(group="sekg.commands"), key=lambda e: e.name):
        entry.load()(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    try:
        return int(args.run(args) or 0)
    except SekgError as exc:
        print(f"sekg: error: {exc}", file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        print("sekg: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        # Writes the store guards itself (graph.store) say more; this covers reports, dumps and docs.
        if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise
        where = f" writing {exc.filename}" if exc.filename else ""
        print(f"sekg: error: the disk is full{where}: free some space and run this again", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

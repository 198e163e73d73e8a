"""``sekg dump`` and ``sekg void``: the graph as files for download.

Thin commands over :mod:`graph.dump` and :mod:`graph.void`; both read the store
at ``SEKG_STORE`` (read-only, so they can run while the server holds it).
``sekg dump --all dist`` is what ``make run`` calls: the three dumps and their
description, in one go and from one view of the store.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pyoxigraph import Store

from graph.dump import (
    DUMP_STEM,
    FORMATS,
    VOID_FILE,
    Written,
    dump,
    dump_all,
    dump_format,
    dump_to_file,
    format_for_path,
    named_graph,
)
from graph.errors import SekgError
from graph.settings import Settings
from graph.store import StoreLocation
from graph.void import DEFAULT_ENDPOINT, describe, to_turtle, write_void


def _open(settings: Settings) -> Store:
    return StoreLocation(settings.store_path).open(read_only=True)


def _print_written(written: list[Written]) -> None:
    width = max(len(str(w.path)) for w in written)
    for w in written:
        print(f"{str(w.path):<{width}}  {w.size:>12,} bytes  {w.what}")


def _endpoint(args: argparse.Namespace) -> str | None:
    return None if args.no_endpoint else args.endpoint


def run_dump(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    if args.all is not None:
        if args.output or args.graph or args.format:
            raise SekgError("--all DIR writes every format of the whole store: it takes no --format, --graph or -o")
        store = _open(settings)
        _print_written(dump_all(store, Path(args.all), endpoint_url=_endpoint(args), base_iri=settings.base_iri))
        return 0
    if args.output and args.output != "-":
        path = Path(args.output)
        fmt = dump_format(args.format) if args.format else format_for_path(path)
        store = _open(settings)
        size = dump_to_file(store, path, fmt, graph=args.graph)
        what = f"<{named_graph(store, args.graph).value}>" if args.graph else (
            "named graphs kept" if fmt.named_graphs else "union of the graphs")
        _print_written([Written(path, size, f"{fmt.rdf_format.name}, {what}")])
        return 0
    store = _open(settings)
    fmt = dump_format(args.format or "turtle")
    if args.graph:
        named_graph(store, args.graph)  # an unknown graph fails before any output
    try:
        dump(store, sys.stdout.buffer, fmt, graph=args.graph)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        # `sekg dump | head`: the reader has seen enough.
        _silence_stdout()
    return 0


def _silence_stdout() -> None:
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    finally:
        os.close(devnull)


def run_void(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    to_stdout = args.output == "-"
    output = None if to_stdout else Path(args.output)
    folder = Path(".") if output is None else output.parent
    if args.dumps is None:
        # The dumps `sekg dump --all` writes, if they are beside the description.
        dumps = [folder / f"{DUMP_STEM}.{f.extension}" for f in FORMATS.values()]
        dumps = [p for p in dumps if p.is_file()]
    else:
        dumps = [Path(p) for p in args.dumps]
    store = _open(settings)
    description = describe(store, distributions=dumps, endpoint_url=_endpoint(args),
                           base_iri=settings.base_iri, relative_to=folder)
    if output is None:
        sys.stdout.buffer.write(to_turtle(description))
        sys.stdout.buffer.flush()
        return 0
    size = write_void(description, output)
    described = ", ".join(str(p) for p in dumps) or "no dump files"
    _print_written([Written(output, size, f"VoID/DCAT description of {described}")])
    return 0


def _endpoint_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--endpoint", default=DEFAULT_ENDPOINT, metavar="URL",
                        help=f"SPARQL endpoint the description names (default: {DEFAULT_ENDPOINT}, "
                             "where `sekg serve` listens)")
    parser.add_argument("--no-endpoint", action="store_true", help="name no SPARQL endpoint in the description")


def register(subparsers: argparse._SubParsersAction) -> None:
    formats = ", ".join(FORMATS)
    parser = subparsers.add_parser(
        "dump", help="write the graph as Turtle, TriG, N-Quads or JSON-LD",
        description="Stream the store at SEKG_STORE to a file or stdout. Turtle holds the union of the named "
                    "graphs (each triple once); TriG, N-Quads and JSON-LD keep the named graphs (the ontology, "
                    "the build provenance, one per source document). --all DIR writes DIR/sekg.ttl, "
                    f"DIR/sekg.trig, DIR/sekg.jsonld and DIR/{VOID_FILE} describing them.",
    )
    parser.add_argument("--format", choices=list(FORMATS),
                        help=f"{formats} (default: from the -o extension, else turtle)")
    parser.add_argument("--graph", metavar="IRI", help="dump only this named graph (it keeps its name in TriG, "
                                                       "N-Quads and JSON-LD)")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    target.add_argument("--all", metavar="DIR", help=f"write sekg.ttl, sekg.trig, sekg.jsonld and {VOID_FILE} "
                                                     "into DIR")
    _endpoint_options(parser)
    parser.set_defaults(run=run_dump)

    parser = subparsers.add_parser(
        "void", help="write the VoID/DCAT description of the dataset",
        description="Describe the dataset in the store as void:Dataset and dcat:Dataset (Turtle): titles, "
                    "licence, counts per graph, class and property, source documents, build time, the SPARQL "
                    "endpoint and the dump files as distributions.",
    )
    parser.add_argument("-o", "--output", default=f"dist/{VOID_FILE}", metavar="FILE",
                        help=f"where to write it, - for stdout (default: dist/{VOID_FILE})")
    parser.add_argument("--dumps", nargs="*", metavar="FILE",
                        help="dump files to list as distributions (default: the sekg.* dumps beside the output)")
    _endpoint_options(parser)
    parser.set_defaults(run=run_void)

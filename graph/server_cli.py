"""``sekg serve`` and ``sekg push``: the store over HTTP, and a copy elsewhere.

``serve`` runs the Oxigraph server behind its guard (:mod:`graph.guard`) in
the foreground, the way a terminal user or a process supervisor (systemd, a
container) expects: it prints where to point a SPARQL client, and stops
cleanly on Ctrl-C or SIGTERM. ``push`` is for
publishing the built graph to a shared triple store that we do not run.
"""

from __future__ import annotations

import argparse
import signal
import sys

from graph.cli import whole_number
from graph.guard import DEFAULT_MAX_RESULT_MB, GuardedEndpoint
from graph.server import DEFAULT_BIND, DEFAULT_PORT, DEFAULT_TIMEOUT_S, push, redact_url
from graph.settings import Settings
from graph.store import StoreError, StoreLocation


class _Stop(BaseException):
    """Raised from the signal handler, like KeyboardInterrupt, to leave ``wait``."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_stop(signum, frame) -> None:
    raise _Stop(signum)


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"port must be 1 to 65535, got {port}")
    return port



def run_serve(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    location = StoreLocation(settings.store_path)
    # Resolved once: a rebuild switches the link to a new generation, and the
    # server must keep the directory it opened (see graph.server).
    directory = location.current()
    if directory is None:
        raise StoreError(f"no store at {settings.store_path}: build it with `sekg build` (or `make run`)")
    server = GuardedEndpoint(directory, bind=args.bind, port=args.port, timeout_s=args.timeout,
                             max_result_bytes=args.max_result_mb * 2**20, echo=True)
    # SIGTERM (from a supervisor) must stop the child as Ctrl-C does; Python's
    # default would end this process and leave the server running.
    previous = {sig: signal.signal(sig, _raise_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        server.start()
        print(f"serving {directory} read-only", flush=True)
        print(f"SPARQL endpoint: {server.query_url}")
        print(f"query page (YASGUI): {server.url}/")
        if args.bind not in ("127.0.0.1", "::1", "localhost"):
            print(f"listening on {args.bind}: other machines can reach it at this machine's address, "
                  f"port {args.port}")
        print("the default graph is the union of all named graphs (one per document): "
              "no GRAPH clause needed; GRAPH ?g tells where a triple came from")
        print("read-only: updates and SERVICE calls to other endpoints are refused (403)")
        print(f"queries running longer than {args.timeout} s are stopped (503); answers larger than "
              f"{args.max_result_mb} MB are refused (422): the dumps hold the whole graph")
        print("restart after `sekg build` to serve the new store; Ctrl-C stops", flush=True)
        server.wait()
    except _Stop:
        # A second Ctrl-C while stopping must not end us with a traceback;
        # stop() falls back to SIGKILL if the server lingers.
        for sig in previous:
            signal.signal(sig, signal.SIG_IGN)
        server.stop()
        print("stopped", file=sys.stderr)
        return 0
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


def run_push(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    store = StoreLocation(settings.store_path).open(read_only=True)
    print(f"pushing to {redact_url(args.endpoint)}")
    pushed = push(store, args.endpoint, graphs=args.graph or None)
    width = max((len(iri) for iri, _ in pushed), default=0)
    for iri, triples in pushed:
        print(f"  {iri:<{width}}  {triples:>9,} triples")
    print(f"{len(pushed)} graph(s), {sum(n for _, n in pushed):,} triples")
    return 0


PUSH_EPILOG = """\
The endpoint is the store's SPARQL 1.1 Graph Store Protocol URL (not its
query URL); each graph is sent as PUT URL?graph=IRI with N-Triples:
  Oxigraph   http://HOST:7878/store
  Fuseki     http://HOST:3030/DATASET/data
  GraphDB    http://HOST:7200/repositories/REPO/rdf-graphs/service
PUT replaces a graph of the same name on the remote; its other graphs are left
alone. A user and password in the URL (http://USER:PASSWORD@HOST/...) are sent
as HTTP Basic authentication. Query the remote with GRAPH, or enable its union
default graph (Oxigraph: --union-default-graph).
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    serve = subparsers.add_parser(
        "serve",
        help="serve the store read-only over SPARQL 1.1 HTTP (Oxigraph)",
        description="Run the Oxigraph server, read-only, on the current store (SEKG_STORE), in the "
                    "foreground, behind a guard that refuses updates and SERVICE calls and enforces the time "
                    "limit and the size cap: SPARQL 1.1 Protocol at /query, a query page (YASGUI) at /. "
                    "Stops on Ctrl-C or SIGTERM.",
    )
    serve.add_argument("--port", type=_port, default=DEFAULT_PORT, help=f"TCP port (default: {DEFAULT_PORT})")
    serve.add_argument("--bind", default=DEFAULT_BIND, metavar="HOST",
                       help=f"address to listen on (default: {DEFAULT_BIND}, this machine only; "
                            "0.0.0.0 for every interface)")
    serve.add_argument("--timeout", type=whole_number("seconds", minimum=1), default=DEFAULT_TIMEOUT_S, metavar="SECONDS",
                       help=f"stop queries running longer than this (default: {DEFAULT_TIMEOUT_S})")
    serve.add_argument("--max-result-mb", type=whole_number("MB", minimum=1), default=DEFAULT_MAX_RESULT_MB, metavar="MB",
                       help=f"refuse answers larger than this (default: {DEFAULT_MAX_RESULT_MB})")
    serve.set_defaults(run=run_serve)

    push_parser = subparsers.add_parser(
        "push",
        help="upload every named graph to a remote store (SPARQL Graph Store Protocol)",
        description="Upload the named graphs of the store (SEKG_STORE) to a remote triple store with the "
                    "SPARQL 1.1 Graph Store Protocol, and print each graph with its triple count.",
        epilog=PUSH_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    push_parser.add_argument("--endpoint", required=True, metavar="URL",
                             help="the remote's Graph Store Protocol URL (see below)")
    push_parser.add_argument("--graph", action="append", metavar="IRI",
                             help="push only this named graph (repeatable; default: all)")
    push_parser.set_defaults(run=run_push)

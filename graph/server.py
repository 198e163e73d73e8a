"""The SPARQL endpoint: the real Oxigraph server, and pushing graphs elsewhere.

Analysts and linked-data consumers need an HTTP endpoint, not a Python API.
Rather than wrapping pyoxigraph in a web framework of our own, we run the
``oxigraph`` server binary (installed with the ``oxigraph`` package, same
release line as pyoxigraph) on the built store: it speaks the SPARQL 1.1
Protocol at ``/query``, serves YASGUI at ``/``, streams results, and cancels
long queries itself. :class:`OxigraphServer` starts it, waits until it answers,
and stops it.

The server is always started read-only (``serve-read-only``) on one store
*generation* directory, resolved once at start: ``sekg build`` later writes a
new generation and switches the ``SEKG_STORE`` link, and opening a store that
another process writes is undefined behaviour in Oxigraph. The server keeps
answering from the files it opened; restart it to see a rebuild. Each document
is a named graph, so the server runs with ``--union-default-graph``: a query
without ``GRAPH`` sees every document, and ``GRAPH ?g`` still tells which one a
triple came from.

:func:`push` copies every named graph to another triple store with the SPARQL
1.1 Graph Store Protocol (one ``PUT ?graph=<iri>`` per graph), which Oxigraph,
Fuseki, GraphDB and most others implement, so no store-specific client is
needed.

>>> server = OxigraphServer(Path("/srv/store.d/1"), port=7000, timeout_s=5, binary=Path("/bin/oxigraph"))
>>> server.command()  # doctest: +NORMALIZE_WHITESPACE
['/bin/oxigraph', 'serve-read-only', '--location', '/srv/store.d/1', '--bind', '127.0.0.1:7000',
 '--union-default-graph', '--timeout-s', '5']
>>> server.query_url
'http://127.0.0.1:7000/query'
>>> OxigraphServer(Path("/s"), bind="::1", port=7000, binary=Path("/bin/oxigraph")).url
'http://[::1]:7000'
"""

from __future__ import annotations

import collections
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
from pyoxigraph import NamedNode, RdfFormat, Store

from graph.errors import SekgError

DEFAULT_BIND = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT_S = 30
START_TIMEOUT_S = 20.0
STOP_GRACE_S = 5.0

# Hosts that mean "every interface": the server listens there, but a client on
# this machine has to connect to a real address.
_WILDCARD_HOSTS = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}


class ServerError(SekgError):
    """The Oxigraph server could not be found, started, or kept running."""


class PushError(SekgError):
    """A graph could not be uploaded to the remote store."""


def find_binary(explicit: Path | str | None = None) -> Path:
    """The ``oxigraph`` executable: the one beside this interpreter first.

    The venv's own binary comes with the pinned ``oxigraph`` package, so it
    matches pyoxigraph's storage format; one found on ``PATH`` might not.
    """
    if explicit is not None:
        path = Path(explicit)
        if not (path.is_file() and os.access(path, os.X_OK)):
            raise ServerError(f"the Oxigraph server binary {path} does not exist or is not executable")
        return path
    # Not resolved: a venv's python is a symlink to the system interpreter,
    # and the binary lives beside the symlink.
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return beside
    found = shutil.which("oxigraph")
    if found:
        return Path(found)
    raise ServerError(
        "the Oxigraph server binary `oxigraph` was not found beside "
        f"{sys.executable} nor on PATH: install the project (it depends on the `oxigraph` package)"
    )


def free_port(host: str = DEFAULT_BIND) -> int:
    """A port nobody listens on right now (another process may still take it)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def _url_host(host: str) -> str:
    host = _WILDCARD_HOSTS.get(host, host)
    return f"[{host}]" if ":" in host else host


def _check_port_free(host: str, port: int) -> None:
    # Without this check, another server already on the port would answer our
    # readiness probe and we would report success for a server that is dying.
    # SO_REUSEADDR matches the Rust listener, so a port that only has
    # connections in TIME_WAIT counts as free, as it does for Oxigraph.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise ServerError(
                f"cannot listen on {_url_host(host)}:{port}: {exc.strerror or exc}; "
                "another server may be using the port (choose one with --port)"
            ) from exc


class OxigraphServer:
    """One ``oxigraph serve-read-only`` process on a store directory.

    ``location`` must be the generation directory itself, not the
    ``SEKG_STORE`` link (see the module docstring). ``read_only=False`` runs
    ``oxigraph serve`` instead; the tests use it as a stand-in remote store.
    With ``echo``, the server's log lines are copied to our stderr.
    """

    def __init__(
        self,
        location: Path,
        *,
        bind: str = DEFAULT_BIND,
        port: int = DEFAULT_PORT,
        timeout_s: int | None = DEFAULT_TIMEOUT_S,
        binary: Path | str | None = None,
        read_only: bool = True,
        union_default_graph: bool = True,
        echo: bool = False,
    ) -> None:
        if not 0 < port < 65536:
            raise ServerError(f"invalid port {port}: use 1 to 65535")
        if timeout_s is not None and timeout_s < 1:
            raise ServerError(f"invalid query timeout {timeout_s}: Oxigraph takes whole seconds, at least 1")
        self.location = Path(location)
        self.bind = bind
        self.port = port
        self.timeout_s = timeout_s
        # An explicit binary is checked when the server starts, so that
        # command() can be built (and shown) without it.
        self.binary = Path(binary) if binary is not None else find_binary()
        self.read_only = read_only
        self.union_default_graph = union_default_graph
        self.echo = echo
        self.process: subprocess.Popen[bytes] | None = None
        self._output: collections.deque[str] = collections.deque(maxlen=200)
        self._reader: threading.Thread | None = None

    # -- addresses ---------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{_url_host(self.bind)}:{self.port}"

    @property
    def query_url(self) -> str:
        return f"{self.url}/query"

    @property
    def update_url(self) -> str:
        return f"{self.url}/update"

    @property
    def store_url(self) -> str:
        """The Graph Store Protocol endpoint (``?graph=<iri>``)."""
        return f"{self.url}/store"

    def command(self) -> list[str]:
        bind_host = f"[{self.bind}]" if ":" in self.bind else self.bind
        argv = [
            str(self.binary),
            "serve-read-only" if self.read_only else "serve",
            "--location", str(self.location),
            "--bind", f"{bind_host}:{self.port}",
        ]
        if self.union_default_graph:
            argv.append("--union-default-graph")
        if self.timeout_s is not None:
            argv += ["--timeout-s", str(self.timeout_s)]
        return argv

    # -- life cycle --------------------------------------------------------

    def output(self) -> str:
        """What the server wrote to stdout and stderr (the last 200 lines)."""
        return "".join(self._output)

    def _error_excerpt(self) -> str:
        # anyhow appends a backtrace when RUST_BACKTRACE is set; the message
        # is the part before it.
        text = self.output().split("Stack backtrace:")[0].strip()
        return text[-1500:] or "(no output)"

    def _read_output(self, stream) -> None:
        for raw in iter(stream.readline, b""):
            line = raw.decode("utf-8", "replace")
            self._output.append(line)
            if self.echo:
                sys.stderr.write(line)
                sys.stderr.flush()

    def start(self, *, deadline_s: float = START_TIMEOUT_S) -> OxigraphServer:
        """Start the server and return once it answers ``ASK {}``."""
        if self.process is not None and self.process.poll() is None:
            return self
        find_binary(self.binary)
        if self.read_only and not (self.location / "CURRENT").is_file():
            raise ServerError(f"no Oxigraph store in {self.location}: build it with `sekg build`")
        _check_port_free(self.bind, self.port)
        env = dict(os.environ, RUST_LIB_BACKTRACE="0")
        self._output.clear()
        # One pipe for both streams, drained by a thread: an undrained pipe
        # would block the server once it has logged 64 KiB of errors.
        self.process = subprocess.Popen(
            self.command(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
        )
        self._reader = threading.Thread(target=self._read_output, args=(self.process.stdout,), daemon=True,
                                        name=f"oxigraph-{self.port}")
        self._reader.start()
        try:
            self._wait_ready(deadline_s)
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self, deadline_s: float) -> None:
        assert self.process is not None
        deadline = time.monotonic() + deadline_s
        # trust_env=False: a proxy from the environment must not intercept a
        # probe of our own child on this machine.
        with httpx.Client(trust_env=False, timeout=2.0) as client:
            while True:
                status = self.process.poll()
                if status is not None:
                    if self._reader is not None:
                        self._reader.join(timeout=2)
                    raise ServerError(
                        f"the Oxigraph server exited with status {status} before answering "
                        f"({' '.join(self.command())}):\n{self._error_excerpt()}"
                    )
                try:
                    response = client.get(self.query_url, params={"query": "ASK {}"},
                                          headers={"Accept": "application/sparql-results+json"})
                    if response.status_code == 200 and self.process.poll() is None:
                        return
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise ServerError(
                        f"the Oxigraph server did not answer at {self.query_url} within {deadline_s:g} s:\n"
                        f"{self._error_excerpt()}"
                    )
                time.sleep(0.05)

    def wait(self) -> int:
        """Block until the server exits; its exit status."""
        assert self.process is not None, "the server was not started"
        return self.process.wait()

    def stop(self, sig: int = signal.SIGTERM) -> int | None:
        """Send ``sig`` (SIGTERM by default); SIGTERM, then SIGKILL, if it lingers."""
        process = self.process
        if process is None:
            return None
        # A child started from a background job inherits an ignored SIGINT,
        # so a forwarded Ctrl-C may do nothing: escalate instead of hanging.
        escalation = [sig] if sig == signal.SIGTERM else [sig, signal.SIGTERM]
        for step in escalation:
            if process.poll() is not None:
                break
            try:
                process.send_signal(step)
                process.wait(timeout=STOP_GRACE_S if step == signal.SIGTERM else 1.0)
            except subprocess.TimeoutExpired:
                continue
        if process.poll() is None:
            process.kill()
            process.wait()
        if self._reader is not None:
            self._reader.join(timeout=2)
        if process.stdout is not None:
            process.stdout.close()
        return process.returncode

    def __enter__(self) -> OxigraphServer:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()


# -- pushing to a remote store ---------------------------------------------


def redact_url(url: str) -> str:
    """The URL without a password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def _graph_iris(store: Store) -> list[str]:
    iris, blank = [], 0
    for graph in store.named_graphs():
        if isinstance(graph, NamedNode):
            iris.append(graph.value)
        else:
            blank += 1
    if blank:
        # The protocol addresses graphs by IRI; skipping them would lose data silently.
        raise PushError(f"the store has {blank} graph(s) named by a blank node, which the Graph Store "
                        "Protocol cannot address")
    return sorted(iris)


def push(
    store: Store,
    endpoint_url: str,
    *,
    graphs: Iterable[str] | None = None,
    client: httpx.Client | None = None,
) -> list[tuple[str, int]]:
    """Upload named graphs with Graph Store Protocol ``PUT``; ``[(iri, triples)]``.

    ``endpoint_url`` is the store's Graph Store Protocol URL: ``/store`` on
    Oxigraph, ``/DATASET/data`` on Fuseki,
    ``/repositories/REPO/rdf-graphs/service`` on GraphDB. ``PUT`` replaces each
    graph on the remote, so pushing again after a rebuild leaves no stale
    triples; graphs the remote has and we do not are left alone. User and
    password in the URL are sent as HTTP Basic authentication.

    Each graph is sent separately, so a blank node shared by two graphs would
    become two; the builder keeps blank nodes (OWL axioms in the ontology
    graph) within one graph. A graph is serialized in memory: the seed graphs
    are a few megabytes.
    """
    parts = urlsplit(endpoint_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PushError(f"the endpoint must be an http(s) URL, got {endpoint_url!r}")
    shown = redact_url(endpoint_url)
    available = _graph_iris(store)
    if graphs is None:
        selected = available
    else:
        selected = list(dict.fromkeys(graphs))
        # A PUT of a graph we do not have would replace the remote graph with
        # nothing: a typo must not wipe remote data.
        known = set(available)
        missing = [iri for iri in selected if iri not in known]
        if missing:
            raise PushError(f"not a named graph in the store: {', '.join(missing)} "
                            f"(it has: {', '.join(available) or 'none'})")
    own_client = client is None
    if own_client:
        client = httpx.Client(timeout=httpx.Timeout(120.0, connect=10.0))
    pushed: list[tuple[str, int]] = []
    try:
        for iri in selected:
            graph = NamedNode(iri)
            triples = sum(1 for _ in store.quads_for_pattern(None, None, None, graph))
            body = store.dump(format=RdfFormat.N_TRIPLES, from_graph=graph)
            done = f" ({len(pushed)} graph(s) before it were pushed)" if pushed else ""
            try:
                response = client.put(endpoint_url, params={"graph": iri}, content=body,
                                      headers={"Content-Type": "application/n-triples"})
            except httpx.HTTPError as exc:
                raise PushError(f"cannot push graph <{iri}> to {shown}: {exc}{done}") from exc
            if not response.is_success:
                excerpt = " ".join(response.text.split())[:300] or "(empty body)"
                hint = ""
                if response.status_code in (404, 405):
                    hint = ("; is this the Graph Store Protocol URL? Oxigraph: /store, Fuseki: /DATASET/data, "
                            "GraphDB: /repositories/REPO/rdf-graphs/service")
                raise PushError(
                    f"pushing graph <{iri}> to {shown} failed: HTTP {response.status_code} "
                    f"{response.reason_phrase}: {excerpt}{hint}{done}"
                )
            pushed.append((iri, triples))
    finally:
        if own_client:
            client.close()
    return pushed

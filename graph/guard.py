"""The endpoint's guard: only read-only questions about this graph reach the Oxigraph server.

``sekg serve`` puts this small HTTP front before ``oxigraph serve-read-only``
because the server alone does not keep its promises to the public:

- it refuses updates, but performs ``SERVICE`` calls to any other endpoint it
  is told to (checked: it fetched from a local HTTP server), which would let
  anyone make this machine send requests into its own network;
- it has no cap on the size of an answer;
- its time limit cancels a query while it streams, but not one that computes
  before it sends anything: measured on the seed store, a three-way cross
  product ``COUNT`` kept a core at 87% 9 s after a 2 s limit, and after its
  client had gone.

So the guard listens where the user asked; the server runs on a private port
of 127.0.0.1. Each query is checked with :func:`graph.repository.check_read_only`
(an update or ``SERVICE`` is answered 403 with the reason), forwarded, and its
answer read into memory up to ``max_result_bytes``: a larger one is answered
422 and none of it is sent, so a client never takes a cut answer for the
whole. At the time limit the guard answers 503; if the server is still
computing then, it is replaced by a fresh process, and the other queries that
were in flight on it are asked again on the new one (they only read). Other
``GET`` paths — the query page (YASGUI) and its files, Graph Store reads — pass
through under the same cap; every other method is refused as read-only.

>>> guard = GuardedEndpoint(Path("/srv/store.d/1"), port=7000, binary=Path("/bin/oxigraph"))
>>> guard.url, guard.query_url
('http://127.0.0.1:7000', 'http://127.0.0.1:7000/query')
>>> _query_of("POST", "application/x-www-form-urlencoded", b"query=ASK%7B%7D&default-graph-uri=urn%3Ax", "")
'ASK{}'
"""

from __future__ import annotations

import contextlib
import http.server
import socket
import sys
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx

from graph.repository import QueryRefused, check_read_only
from graph.server import DEFAULT_BIND, DEFAULT_PORT, DEFAULT_TIMEOUT_S, OxigraphServer, ServerError, free_port

DEFAULT_MAX_RESULT_MB = 32
MAX_QUERY_BYTES = 1 << 20  # a query text larger than this is not a question a person wrote
MAX_CONCURRENT = 16  # answers held at once: memory stays below MAX_CONCURRENT × the result cap
GRACE_S = 1.0  # past the limit, before the guard decides the server will not stop by itself
CANCELLED = b"The SPARQL operation has been cancelled"
QUERY_PATHS = ("/query", "/sparql")
_FORWARDED_HEADERS = ("accept", "content-type")
_ANSWER_HEADERS = ("content-type", "content-disposition", "link", "vary")


class _Refusal(Exception):
    """An answer the guard gives itself: status, reason and the text for the client."""

    def __init__(self, status: int, reason: str, message: str) -> None:
        super().__init__(message)
        self.status, self.reason, self.message = status, reason, message


class _Stuck(Exception):
    """The server did not finish in time."""


def _query_of(method: str, content_type: str, body: bytes, query_string: str) -> str | None:
    """The query text of a SPARQL Protocol request (GET ``?query=``, POST form or direct), if any."""
    fields = parse_qs(query_string, keep_blank_values=True)
    media = content_type.split(";")[0].strip().lower()
    if method == "POST" and media == "application/sparql-query":
        return body.decode("utf-8", "replace")
    if method == "POST" and media == "application/x-www-form-urlencoded":
        fields = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
    if "update" in fields:
        raise _Refusal(403, "update", "updates are refused: this endpoint is read-only")
    texts = fields.get("query", [])
    if len(texts) > 1:
        raise _Refusal(400, "query", "give one query parameter, not several")
    return texts[0] if texts else None


class _Upstream:
    """The Oxigraph server behind the guard, replaced when a query will not stop."""

    def __init__(self, location: Path, *, timeout_s: int, binary: Path | None, echo: bool) -> None:
        self.location, self.timeout_s, self.binary, self.echo = location, timeout_s, binary, echo
        self.generation = 0
        self.replacements = 0
        self.server: OxigraphServer | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        with self._lock:
            self.server = self._new()

    def _new(self) -> OxigraphServer:
        server = OxigraphServer(self.location, bind="127.0.0.1", port=free_port(), timeout_s=self.timeout_s,
                                binary=self.binary, echo=self.echo)
        return server.start()

    def current(self) -> tuple[int, str]:
        with self._lock:
            if self.server is None:
                raise ServerError("the query server is stopped")
            return self.generation, self.server.url

    def replace(self, generation: int, why: str) -> None:
        """A fresh server in place of ``generation``'s (once, however many requests saw it stuck)."""
        with self._lock:
            if generation != self.generation or self.server is None:
                return
            old, self.server = self.server, self._new()
            self.generation += 1
            self.replacements += 1
        print(f"sekg serve: replaced the Oxigraph server ({why})", file=sys.stderr, flush=True)
        old.stop(9)  # SIGKILL: it is busy with a query nobody waits for

    def alive(self) -> bool:
        with self._lock:
            return self.server is not None and self.server.process is not None and self.server.process.poll() is None

    def stop(self) -> None:
        with self._lock:
            server, self.server = self.server, None
        if server is not None:
            server.stop()


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: clients that send many queries reuse one connection
    server: _GuardServer
    server_version = "sekg-guard"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        pass  # one line per refusal is printed instead (see _refuse); normal answers are not logged

    def do_GET(self) -> None:
        self._handle("GET")

    def do_HEAD(self) -> None:
        self._handle("HEAD")

    def do_POST(self) -> None:
        self._handle("POST")

    def _read_only(self) -> None:
        try:
            self._discard_body()
        except _Refusal:
            self.close_connection = True
        self._send(403, b"The server is read-only", "text/plain; charset=utf-8", {"X-Sekg-Refused": "update"})

    do_PUT = do_DELETE = do_PATCH = _read_only

    def _discard_body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            raise _Refusal(411, "length", "send the request with a Content-Length")
        size = int(length) if length and length.isdigit() else 0
        if size > MAX_QUERY_BYTES:
            self.close_connection = True
            raise _Refusal(413, "request", f"the request is larger than {MAX_QUERY_BYTES // 2**20} MB")
        return self.rfile.read(size) if size else b""

    def _handle(self, method: str) -> None:
        guard = self.server.guard
        try:
            body = self._discard_body()
            parts = urlsplit(self.path)
            if parts.path in QUERY_PATHS:
                query = _query_of(method, self.headers.get("Content-Type", ""), body, parts.query)
                if query is not None:
                    try:
                        check_read_only(query)
                    except QueryRefused as exc:
                        raise _Refusal(403, "refused", str(exc)) from None
            elif method == "POST":
                raise _Refusal(403, "update", "The server is read-only")
            status, headers, answer = guard.forward(method, self.path, body, self.headers)
        except _Refusal as refusal:
            guard.count(refusal.reason)
            self._send(refusal.status, refusal.message.encode("utf-8"), "text/plain; charset=utf-8",
                       {"X-Sekg-Refused": refusal.reason})
            return
        guard.count("answered")
        self._send(status, answer, headers.pop("content-type", None), headers, head=method == "HEAD")

    def _send(self, status: int, body: bytes, media: str | None, headers: dict[str, str] | None = None, *,
              head: bool = False) -> None:
        try:
            self.send_response(status)
            if media:
                self.send_header("Content-Type", media)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client left; nobody to tell


class _GuardServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], guard: GuardedEndpoint) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.guard = guard
        super().__init__(address, _Handler)


class GuardedEndpoint:
    """``oxigraph serve-read-only`` on a private port, and the guard where clients connect.

    ``location`` is a store generation directory (see :class:`graph.server.OxigraphServer`).
    """

    def __init__(self, location: Path, *, bind: str = DEFAULT_BIND, port: int = DEFAULT_PORT,
                 timeout_s: int = DEFAULT_TIMEOUT_S, max_result_bytes: int = DEFAULT_MAX_RESULT_MB * 2**20,
                 binary: Path | None = None, echo: bool = False) -> None:
        if not 0 < port < 65536:
            raise ServerError(f"invalid port {port}: use 1 to 65535")
        if timeout_s < 1:
            raise ServerError(f"invalid query timeout {timeout_s}: at least 1 s")
        self.location, self.bind, self.port = Path(location), bind, port
        self.timeout_s, self.max_result_bytes = timeout_s, max_result_bytes
        self.upstream = _Upstream(self.location, timeout_s=timeout_s, binary=binary, echo=echo)
        self.counts: dict[str, int] = {}
        self._counts_lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(MAX_CONCURRENT)
        self._client = httpx.Client(trust_env=False, limits=httpx.Limits(max_connections=MAX_CONCURRENT * 2))
        self._http: _GuardServer | None = None
        self._threads: list[threading.Thread] = []
        self._stopped = threading.Event()

    @property
    def url(self) -> str:
        host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(self.bind, self.bind)
        return f"http://{f'[{host}]' if ':' in host else host}:{self.port}"

    @property
    def query_url(self) -> str:
        return f"{self.url}/query"

    def count(self, what: str) -> None:
        with self._counts_lock:
            self.counts[what] = self.counts.get(what, 0) + 1

    # -- forwarding ------------------------------------------------------------

    def forward(self, method: str, path: str, body: bytes, headers) -> tuple[int, dict[str, str], bytes]:
        """Ask the server; the status, headers and whole answer, or a :class:`_Refusal`."""
        deadline = time.monotonic() + self.timeout_s + GRACE_S
        with self._slots:
            try:
                for attempt in (1, 2):
                    generation, base = self.upstream.current()
                    try:
                        return self._ask(method, base + path, body, headers, deadline)
                    except _Stuck:
                        self.upstream.replace(generation, f"a query ran past the {self.timeout_s} s limit")
                        raise self._timeout() from None
                    except httpx.TransportError:
                        # Killed under us (another query was stuck) or crashed: ask the new one, once.
                        if attempt == 1 and not self.upstream.alive():
                            self.upstream.replace(generation, "it stopped answering")
                        if attempt == 2 or self.upstream.current()[0] == generation:
                            raise
            except (httpx.TransportError, ServerError) as exc:
                raise _Refusal(502, "upstream", f"the query server is not answering ({exc}); ask again") from None
        raise AssertionError("unreachable")

    def _timeout(self) -> _Refusal:
        return _Refusal(503, "timeout", f"the query ran past the time limit ({self.timeout_s} s timeout) and was "
                                        "stopped; no results are sent. Narrow it (LIMIT, a more specific pattern)")

    def _ask(self, method: str, url: str, body: bytes, headers, deadline: float) -> tuple[int, dict[str, str], bytes]:
        sent = {name: headers[name] for name in _FORWARDED_HEADERS if headers.get(name)}
        sent["Accept-Encoding"] = "identity"  # the cap counts the bytes the client gets
        remaining = max(0.1, deadline - time.monotonic())
        timeout = httpx.Timeout(remaining, connect=5.0)
        chunks, size = [], 0
        try:
            with self._client.stream(method, url, content=body or None, headers=sent, timeout=timeout) as response:
                for chunk in response.iter_raw():
                    size += len(chunk)
                    if size > self.max_result_bytes:
                        raise _Refusal(422, "too-large",
                                       f"the answer is larger than {self.max_result_bytes / 2**20:g} MB, this "
                                       "endpoint's limit; none of it is sent. Add LIMIT or a more specific pattern, "
                                       "or download the dumps (sekg.trig, sekg.ttl) for the whole graph")
                    chunks.append(chunk)
                    if time.monotonic() > deadline:
                        raise _Stuck()
                status = response.status_code
                answer_headers = {name: response.headers[name] for name in _ANSWER_HEADERS if name in response.headers}
        except httpx.TimeoutException:
            raise _Stuck() from None
        answer = b"".join(chunks)
        # A streamed answer the server cancelled at its own limit: a 200 with the message in place of the rest.
        if status == 200 and CANCELLED in answer[-200:]:
            raise self._timeout()
        return status, answer_headers, answer

    # -- life cycle --------------------------------------------------------------

    def start(self) -> GuardedEndpoint:
        self.upstream.start()
        try:
            self._http = _GuardServer((self.bind, self.port), self)
        except OSError as exc:
            self.upstream.stop()
            raise ServerError(f"cannot listen on {self.url.removeprefix('http://')}: {exc.strerror or exc}; "
                              "another server may be using the port (choose one with --port)") from exc
        self._threads = [threading.Thread(target=self._http.serve_forever, name="sekg-guard", daemon=True),
                         threading.Thread(target=self._watch, name="sekg-guard-watch", daemon=True)]
        for thread in self._threads:
            thread.start()
        return self

    def _watch(self) -> None:
        """Bring the server back if it dies by itself (out of memory, a crash)."""
        while not self._stopped.wait(1.0):
            with contextlib.suppress(ServerError):  # stopping meanwhile, or a restart that failed: next round
                generation, _ = self.upstream.current()
                if not self.upstream.alive() and not self._stopped.is_set():
                    self.upstream.replace(generation, "it had stopped")

    def wait(self) -> None:
        """Block until :meth:`stop`."""
        self._stopped.wait()

    def output(self) -> str:
        server = self.upstream.server
        return server.output() if server is not None else ""

    def stop(self) -> None:
        self._stopped.set()
        if self._http is not None:
            self._http.shutdown()
            self._http.server_close()
            self._http = None
        self.upstream.stop()
        self._client.close()

    def __enter__(self) -> GuardedEndpoint:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

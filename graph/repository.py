"""One small interface for reading the graph, embedded or remote.

The CLI and the explorer ask their questions through a :class:`Repository`:
:class:`EmbeddedRepository` reads the Oxigraph store on disk (the default),
:class:`RemoteRepository` any SPARQL 1.1 Protocol endpoint (Oxigraph server,
Fuseki, GraphDB, Virtuoso, Neptune), chosen by ``SEKG_ENDPOINT`` or
``--endpoint``. Both give the same typed results: :class:`Rows` for SELECT,
``bool`` for ASK, a list of triples for CONSTRUCT and DESCRIBE, with
pyoxigraph terms in every case.

Both read the union of the named graphs as the default graph: the store keeps
one graph per document, and a query without ``GRAPH`` sees them all (on a
remote store this depends on its configuration; ``sekg serve`` sets it).

Questions from outside are read-only: an update is refused before it reaches
any store, and so is ``SERVICE``, which would make the server fetch from other
endpoints. pyoxigraph has no query timeout, so a query given a ``timeout`` runs
in a worker process that is killed when the time is up: a runaway query stops,
and no partial result is ever returned as complete. A query given ``max_rows``
stops reading as soon as it has one row (or triple) more than that and is
refused as too large: a cut list shown as if it were the answer would mislead.

>>> import tempfile, pathlib
>>> from pyoxigraph import Literal, NamedNode, Quad
>>> from graph.store import StoreLocation
>>> location = StoreLocation(pathlib.Path(tempfile.mkdtemp()) / "store")
>>> with location.new_generation() as generation:
...     generation.store.add(Quad(NamedNode("https://example.org/a"), NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
...                    Literal("수원시", language="ko"), NamedNode("https://example.org/graph/doc")))
>>> repo = EmbeddedRepository(location)
>>> rows = repo.query("SELECT ?label WHERE { ?s ?p ?label }")
>>> rows.variables, [row[0].value for row in rows]
(('label',), ['수원시'])
>>> repo.query("ASK { ?s ?p 'x' }", timeout=10)
False
>>> repo.query("SELECT * WHERE { ?s ?p ?o }", max_rows=0)
Traceback (most recent call last):
...
graph.repository.QueryTooLarge: the answer has more than 0 rows, the limit here; none are shown. Add LIMIT or a more specific pattern (the whole graph is in the dumps: `sekg dump`)
>>> repo.query("DELETE WHERE { ?s ?p ?o }")
Traceback (most recent call last):
...
graph.repository.QueryRefused: updates are refused: this graph is read-only here (change it with `sekg build` or `sekg ingest`)
"""

from __future__ import annotations

import functools
import itertools
import json
import multiprocessing
import os
import re
import threading
from collections.abc import Mapping, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Protocol

import httpx
from pyoxigraph import (
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Store,
    Triple,
    parse,
    serialize,
)

from graph.cache import MEMORY_CELLS, ResultCache
from graph.errors import SekgError
from graph.rows import EndpointError, Rows, Term
from graph.search import SearchIndex
from graph.settings import Settings
from graph.store import StoreLocation

__all__ = ["EmbeddedRepository", "EndpointError", "QueryError", "QueryRefused", "QuerySyntaxError", "QueryTimeout",
           "QueryTooLarge", "RemoteRepository", "Repository", "Rows", "Term", "open_repository"]

DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MAX_ROWS = 100_000  # rows (or triples) of one answer from outside; the dumps hold the whole graph


class QueryError(SekgError):
    """A query that cannot run: bad syntax, refused, or too slow."""

    exit_status = 1


class QuerySyntaxError(QueryError):
    """The query does not parse; the message gives the position."""


class QueryRefused(QueryError):
    """An update or a SERVICE call, refused on a read-only graph."""


class QueryTimeout(QueryError):
    """The query ran out of time and was stopped; nothing of it is returned."""


class QueryTooLarge(QueryError):
    """The answer has more rows (or triples) than the caller accepts; nothing of it is returned."""

    @classmethod
    def over(cls, limit: int, unit: str = "rows") -> QueryTooLarge:
        return cls(f"the answer has more than {limit:,} {unit}, the limit here; none are shown. "
                   "Add LIMIT or a more specific pattern (the whole graph is in the dumps: `sekg dump`)")


Result = Rows | bool | list[Triple]


class Repository(Protocol):
    """What the CLI and the explorer need from a graph."""

    description: str

    def query(self, sparql: str, *, substitutions: Mapping[str, Term] | None = None,
              timeout: float | None = None, max_rows: int | None = None) -> Result:
        """Run a read-only query; ``substitutions`` bind variables to typed terms (see :func:`values_clause`).

        ``timeout`` stops it after so many seconds (:class:`QueryTimeout`);
        ``max_rows`` refuses an answer with more rows or triples (:class:`QueryTooLarge`).
        """
        ...


# -- read-only guard ------------------------------------------------------------

# Strings, IRIs and comments can hold any word; they are blanked out before looking at keywords.
_OPAQUE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[^\s:]*:\s*|BASE\s*)<[^>]*>\s*)*", re.IGNORECASE)
_UPDATE_START = re.compile(r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _blank(match: re.Match) -> str:
    text = match.group(0)
    if text.startswith("#"):
        return " " * len(text)
    return text[0] + " " * (len(text) - 2) + text[-1]


def check_read_only(sparql: str) -> None:
    """Refuse updates and SERVICE calls; anything else is left to the parser.

    SPARQL lets ``\\u`` escapes stand for any character of the query;
    Oxigraph reads them only inside strings and IRIs today, but the keywords are
    looked for in the decoded text as well, so that an engine that decodes them
    everywhere cannot be led past this check.

    >>> check_read_only('SELECT * WHERE { ?s ?p "DELETE WHERE" } # INSERT')
    >>> check_read_only("PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }")
    Traceback (most recent call last):
    ...
    graph.repository.QueryRefused: updates are refused: this graph is read-only here (change it with `sekg build` or `sekg ingest`)
    >>> check_read_only(r"SELECT * WHERE { \\u0053ERVICE <http://elsewhere/> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    graph.repository.QueryRefused: SERVICE is refused: queries here read this graph only, not other endpoints
    """
    # Blank the opaque parts with the same length so that positions stay right.
    masked = _OPAQUE.sub(_blank, sparql)
    for text in dict.fromkeys([masked, _CODEPOINT.sub(_decode_codepoint, masked)]):
        body = text[_PROLOGUE.match(text).end():]
        if _UPDATE_START.match(body):
            raise QueryRefused("updates are refused: this graph is read-only here "
                               "(change it with `sekg build` or `sekg ingest`)")
        if _SERVICE.search(text):
            raise QueryRefused("SERVICE is refused: queries here read this graph only, not other endpoints")


def _decode_codepoint(match: re.Match) -> str:
    return chr(min(int(match.group(1) or match.group(2), 16), 0x10FFFF))


def _syntax_error(exc: SyntaxError) -> QuerySyntaxError:
    return QuerySyntaxError(f"the query does not parse: {exc}")


# -- embedded -------------------------------------------------------------------


class EmbeddedRepository:
    """The Oxigraph store on disk, opened read-only once per process."""

    def __init__(self, location: StoreLocation, *, cache: bool = True, memory_cells: int = MEMORY_CELLS) -> None:
        self.location = location
        self.description = f"store {location.path}"
        self.use_cache = cache
        self.memory_cells = memory_cells
        self._store: Store | None = None
        self._opened: Path | None = None
        self._cache: ResultCache | None = None
        self._search: SearchIndex | bool | None = None  # False: the generation has no index
        self._workers = _WorkerPool()

    @property
    def store(self) -> Store:
        """The current generation, opened once (a missing store raises the "build it" message)."""
        # A rebuild switches the link to a new generation: follow it rather than keep reading the old one.
        current = self.location.current()
        if self._store is None or current != self._opened:
            self._store = self.location.open(read_only=True)
            self._opened = current
            self._cache = (ResultCache(self.location.results_dir(current), memory_cells=self.memory_cells)
                           if current else None)
            self._search = None
        return self._store

    def search_candidates(self, text: str) -> list[NamedNode] | None:
        """The things whose names contain ``text``, from the generation's search index (:mod:`graph.search`)."""
        _ = self.store
        if self._search is None and self._opened is not None:
            self._search = SearchIndex.load(self.location.results_dir(self._opened)) or False
        return self._search.candidates(text) if self._search else None

    def query(self, sparql: str, *, substitutions: Mapping[str, Term] | None = None,
              timeout: float | None = None, max_rows: int | None = None) -> Result:
        """Run a read-only query; SELECT answers are kept per store generation (:mod:`graph.cache`)."""
        check_read_only(sparql)
        if substitutions:
            sparql = sparql.rstrip() + "\n" + values_clause(substitutions)
        # The store and its generation's answers together: a rebuild may switch the link meanwhile.
        store = self.store
        cache = self._cache if self.use_cache else None
        if cache is not None and (rows := cache.get(sparql)) is not None:
            return _within(rows, max_rows)
        result = self._evaluate(store, sparql, timeout, max_rows)
        if cache is not None and isinstance(result, Rows):
            cache.put(sparql, result)
        return result

    def _evaluate(self, store: Store, sparql: str, timeout: float | None, max_rows: int | None) -> Result:
        if timeout is None:
            try:
                return _materialize(store.query(sparql, use_default_graph_as_union=True), max_rows)
            except SyntaxError as exc:
                raise _syntax_error(exc) from None
        current = self._opened
        assert current is not None, "the store is opened before a query runs"
        return self._workers.run(current, sparql, timeout, max_rows)

    def worker(self) -> None:
        """Start a process for queries with a time limit now, if none is waiting.

        Starting one takes most of a second (a Python process, the store
        opened): the explorer calls this when it opens the repository, so that
        the first page does not wait for it.
        """
        current = self.location.current() if self._opened is None else self._opened
        if current is not None:
            self._workers.prestart(current)

    def close(self) -> None:
        """Stop the query workers and let go of the store (a rebuild may then remove its generation)."""
        self._workers.stop()
        self._store = self._opened = self._cache = None
        self._search = None


def _materialize(result, max_rows: int | None = None) -> Result:
    """The whole answer, reading at most one row more than ``max_rows`` (then :class:`QueryTooLarge`)."""
    if isinstance(result, (bool, QueryBoolean)):
        return bool(result)
    if isinstance(result, QuerySolutions):
        if max_rows is None:
            return Rows.from_solutions(result)
        variables = tuple(v.value for v in result.variables)
        rows = tuple(tuple(solution[v] for v in variables) for solution in itertools.islice(result, max_rows + 1))
        return _within(Rows(variables, rows), max_rows)
    return _within(list(result if max_rows is None else itertools.islice(result, max_rows + 1)), max_rows)


def _within(result: Result, max_rows: int | None) -> Result:
    if max_rows is not None and not isinstance(result, bool) and len(result) > max_rows:
        raise QueryTooLarge.over(max_rows, "rows" if isinstance(result, Rows) else "triples")
    return result


def _encode(result, max_rows: int | None) -> tuple[str, object]:
    if isinstance(result, (bool, QueryBoolean)):
        return "ask", bool(result)
    if isinstance(result, QuerySolutions):
        if max_rows is None:
            return "rows", result.serialize(format=QueryResultsFormat.JSON)
        return "rows-taken", _materialize(result, max_rows)
    return "triples", serialize(_materialize(result, max_rows), format=RdfFormat.N_TRIPLES)


def _decode(kind: str, payload) -> Result:
    if kind == "ask":
        return bool(payload)
    if kind == "rows":
        return Rows.from_json(payload)
    if kind == "rows-taken":  # already Rows, pickled (pyoxigraph terms pickle)
        return payload
    return list(parse(payload, format=RdfFormat.N_TRIPLES))


def _serve(store_dir: str, conn: Connection) -> None:
    """The worker's loop: one read-only store, one query at a time."""
    store = Store.read_only(store_dir)
    while True:
        try:
            sparql, max_rows = conn.recv()
        except EOFError:
            return
        try:
            result = store.query(sparql, use_default_graph_as_union=True)
            conn.send(_encode(result, max_rows))
        except SyntaxError as exc:
            conn.send(("syntax", str(exc)))
        except QueryTooLarge as exc:
            conn.send(("too-large", str(exc)))
        except Exception as exc:  # noqa: BLE001 - the parent turns it into a QueryError
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


class _Worker:
    """A child process holding the store, killed and replaced when a query overruns."""

    def __init__(self, store_dir: Path) -> None:
        self.store_dir = store_dir
        self.stopped = False
        # spawn, not fork: a forked child would inherit the parent's open RocksDB handles.
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(str(store_dir), child), daemon=True)
        self.process.start()
        child.close()

    def run(self, sparql: str, timeout: float, max_rows: int | None = None) -> Result:
        self.conn.send((sparql, max_rows))
        if not self.conn.poll(timeout):
            self.stop()
            raise QueryTimeout(f"the query was stopped after {timeout:g} s; no results are shown. "
                               "Narrow it (LIMIT, a more specific pattern) or raise the limit")
        try:
            kind, payload = self.conn.recv()
        except EOFError:
            self.stop()
            raise QueryError("the query worker ended unexpectedly (out of memory?)") from None
        if kind == "syntax":
            raise QuerySyntaxError(f"the query does not parse: {payload}")
        if kind == "error":
            raise QueryError(f"the query failed: {payload}")
        if kind == "too-large":
            raise QueryTooLarge(payload)
        return _decode(kind, payload)

    def stop(self) -> None:
        if self.stopped:
            return
        self.stopped = True
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class _WorkerPool:
    """Worker processes for queries with a time limit, one query each at a time.

    The explorer asks from one thread per session, so several queries run at
    once: each takes an idle worker, or starts one while fewer than ``size``
    exist, or waits for one. A runaway query then holds one worker until its
    limit, not every session's page. Workers of an older store generation are
    stopped rather than reused.
    """

    def __init__(self, size: int | None = None) -> None:
        self.size = size or min(4, max(2, os.cpu_count() or 1))
        self._idle: list[_Worker] = []
        self._busy = 0
        self._ready = threading.Condition()

    def _take(self, store_dir: Path) -> _Worker:
        with self._ready:
            while True:
                for stale in [w for w in self._idle if w.stopped or w.store_dir != store_dir]:
                    self._idle.remove(stale)
                    stale.stop()
                if self._idle:
                    self._busy += 1
                    return self._idle.pop()
                if self._busy < self.size:
                    self._busy += 1
                    break
                self._ready.wait()
        try:
            return _Worker(store_dir)  # outside the lock: it takes most of a second
        except BaseException:
            with self._ready:
                self._busy -= 1
                self._ready.notify()
            raise

    def _give_back(self, worker: _Worker, store_dir: Path) -> None:
        with self._ready:
            self._busy -= 1
            if worker.stopped or worker.store_dir != store_dir:
                worker.stop()
            else:
                self._idle.append(worker)
            self._ready.notify()

    def run(self, store_dir: Path, sparql: str, timeout: float, max_rows: int | None) -> Result:
        worker = self._take(store_dir)
        try:
            return worker.run(sparql, timeout, max_rows)
        finally:
            self._give_back(worker, store_dir)

    def prestart(self, store_dir: Path) -> None:
        with self._ready:
            if any(w.store_dir == store_dir and not w.stopped for w in self._idle) or self._busy >= self.size:
                return
            self._busy += 1
        self._give_back(_Worker(store_dir), store_dir)

    def stop(self) -> None:
        with self._ready:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.stop()


# -- remote ---------------------------------------------------------------------

_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"


class RemoteRepository:
    """A SPARQL 1.1 Protocol endpoint, e.g. ``http://127.0.0.1:7878/query`` from ``sekg serve``."""

    def __init__(self, endpoint: str, *, client: httpx.Client | None = None) -> None:
        self.endpoint = endpoint
        self.description = f"endpoint {endpoint}"
        self._client = client or httpx.Client()

    def query(self, sparql: str, *, substitutions: Mapping[str, Term] | None = None,
              timeout: float | None = None, max_rows: int | None = None) -> Result:
        return _within(self._ask(sparql, substitutions, timeout), max_rows)

    def _ask(self, sparql: str, substitutions: Mapping[str, Term] | None, timeout: float | None) -> Result:
        check_read_only(sparql)
        if substitutions:
            sparql = sparql.rstrip() + "\n" + values_clause(substitutions)
        try:
            response = self._client.post(
                self.endpoint, content=sparql.encode("utf-8"),
                headers={"Content-Type": "application/sparql-query; charset=utf-8", "Accept": _ACCEPT},
                timeout=timeout or DEFAULT_TIMEOUT_S,
            )
        except httpx.TimeoutException:
            raise QueryTimeout(f"{self.endpoint} did not answer within {timeout or DEFAULT_TIMEOUT_S:g} s; "
                               "no results are shown") from None
        except httpx.HTTPError as exc:
            raise EndpointError(f"cannot reach {self.endpoint}: {exc}") from None
        if response.status_code >= 400:
            body = response.text[:300].strip()
            # `sekg serve`'s guard says why it refused (graph/guard.py).
            refused = response.headers.get("x-sekg-refused")
            if refused in ("refused", "update"):
                raise QueryRefused(f"{self.endpoint} refused the query: {body}")
            if refused == "too-large":
                raise QueryTooLarge(f"{self.endpoint} refused the answer: {body}")
            if response.status_code == 400 and "pars" in body.lower():
                raise QuerySyntaxError(f"the query does not parse: {body}")
            if refused == "timeout" or "timeout" in body.lower() or response.status_code in (408, 504):
                raise QueryTimeout(f"{self.endpoint} stopped the query: {body}")
            raise EndpointError(f"{self.endpoint} answered {response.status_code}: {body}")
        media = response.headers.get("content-type", "").split(";")[0].strip()
        data = response.content
        # Oxigraph streams results: a query its own timeout cancels still answers 200, with the
        # error text in place of the rest of the body. Only a complete document is a result.
        if b"operation has been cancelled" in data[-200:]:
            raise QueryTimeout(f"{self.endpoint} stopped the query at its time limit; no results are shown")
        try:
            if media in ("application/sparql-results+json", "application/json"):
                if '"boolean"' in data[:200].decode("utf-8", "replace"):
                    return bool(json.loads(data)["boolean"])
                return Rows.from_json(data)
            if media in ("application/n-triples", "text/plain"):
                return list(parse(data, format=RdfFormat.N_TRIPLES))
            if media == "text/turtle":
                return list(parse(data, format=RdfFormat.TURTLE))
        except (SyntaxError, ValueError) as exc:
            raise EndpointError(f"{self.endpoint} sent an incomplete or malformed answer ({exc}); "
                                "no results are shown") from None
        raise EndpointError(f"{self.endpoint} answered with an unexpected media type {media!r}")

    def close(self) -> None:
        self._client.close()


def values_clause(substitutions: Mapping[str, Term]) -> str:
    """A one-row trailing VALUES clause from typed terms: their N-Triples form is valid SPARQL.

    Every endpoint understands it, unlike pyoxigraph's ``substitutions``, which
    also only reach projected variables; the same binding then works embedded
    and remote. A trailing VALUES joins with the whole WHERE clause, so a
    parameter must occur in a pattern or BIND, not only in a nested FILTER.

    >>> from pyoxigraph import Literal
    >>> values_clause({"name": Literal('x" } DROP ALL #', language="ko")})
    'VALUES (?name) { ("x\\\\" } DROP ALL #"@ko) }'
    """
    names: Sequence[str] = list(substitutions)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"not a variable name: {name!r}")
    terms = " ".join(str(substitutions[n]) for n in names)
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ ({terms}) }}"


# -- choosing one -----------------------------------------------------------------


def open_repository(settings: Settings, *, endpoint: str | None = None) -> Repository:
    """The remote endpoint when one is given (argument, then ``SEKG_ENDPOINT``), else the store.

    The embedded store is opened once per process and shared by every caller.
    """
    url = endpoint or settings.endpoint
    if url:
        return RemoteRepository(url)
    return _embedded(settings.store_path.absolute())


@functools.cache
def _embedded(path: Path) -> EmbeddedRepository:
    return EmbeddedRepository(StoreLocation(path))

"""Answers of read-only queries, kept per store generation.

A store generation never changes once it is current (a rebuild writes a new
one), so the answer to a query is good for as long as the generation is: the
cache needs no invalidation, only a directory per generation
(:meth:`graph.store.StoreLocation.results_dir`), which goes when the generation
goes. The build fills it with the saved queries' default answers just after it
switches (:func:`graph.finish.warm`), so the first person to open the explorer does not wait
for them; anything else is kept the first time it is asked.

Rows are written as a table of the distinct terms and one row of term numbers
per solution, pickled: reading back 18,000 rows of 13 terms takes a few
milliseconds, against a third of a second to parse the same rows as SPARQL JSON.

>>> import tempfile, pathlib
>>> from pyoxigraph import Literal, NamedNode
>>> cache = ResultCache(pathlib.Path(tempfile.mkdtemp()))
>>> rows = Rows(("city", "label"), ((NamedNode("https://w3id.org/sekg/id/municipality/41110"), Literal("수원시", language="ko")),
...                                 (NamedNode("https://w3id.org/sekg/id/municipality/41360"), None)))
>>> cache.get("SELECT …") is None
True
>>> cache.put("SELECT …", rows)
>>> ResultCache(cache.directory).get("SELECT …") == rows
True
"""

from __future__ import annotations

import hashlib
import os
import pickle
import threading
import uuid
from collections import OrderedDict
from pathlib import Path

from pyoxigraph import BlankNode, Literal, NamedNode

from graph.rows import Rows

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
FORMAT = 1
# Bigger answers are not kept: they would take more to read back than most queries take to run.
MAX_CELLS = 5_000_000
# Answers held in memory as well, counted in cells (rows x variables): a cell costs about 100 bytes
# as pyoxigraph terms, so this keeps a reader under about 200 MB however many answers it is asked.
MEMORY_CELLS = 2_000_000


def _cells(rows: Rows) -> int:
    return len(rows.rows) * max(1, len(rows.variables))


def _encode(rows: Rows) -> bytes | None:
    index: dict = {}
    table: list[tuple[int, str, str | None]] = []
    encoded = []
    for row in rows.rows:
        out = []
        for term in row:
            if term is None:
                out.append(-1)
                continue
            number = index.get(term)
            if number is None:
                if isinstance(term, NamedNode):
                    entry = (0, term.value, None)
                elif isinstance(term, BlankNode):
                    entry = (1, term.value, None)
                elif isinstance(term, Literal):
                    entry = (2, term.value, term.language) if term.language else (3, term.value, term.datatype.value)
                else:
                    return None  # RDF-star triples in results are rare: not worth a format
                number = index[term] = len(table)
                table.append(entry)
            out.append(number)
        encoded.append(out)
    return pickle.dumps((FORMAT, rows.variables, table, encoded), protocol=pickle.HIGHEST_PROTOCOL)


def _decode(data: bytes) -> Rows | None:
    # Only files this module wrote, in the generation's own directory, are read.
    version, variables, table, encoded = pickle.loads(data)
    if version != FORMAT:
        return None
    datatypes: dict[str, NamedNode] = {}
    terms: list = []
    for kind, value, extra in table:
        if kind == 0:
            terms.append(NamedNode(value))
        elif kind == 1:
            terms.append(BlankNode(value))
        elif kind == 2:
            terms.append(Literal(value, language=extra))
        elif extra == XSD_STRING:
            terms.append(Literal(value))
        else:
            datatype = datatypes.get(extra)
            if datatype is None:
                datatype = datatypes[extra] = NamedNode(extra)
            terms.append(Literal(value, datatype=datatype))
    terms.append(None)  # index -1
    return Rows(tuple(variables), tuple(tuple(terms[i] for i in row) for row in encoded))


class ResultCache:
    """Rows by query text, on disk in ``directory`` and the latest in memory, up to ``memory_cells`` cells."""

    def __init__(self, directory: Path, *, memory_cells: int = MEMORY_CELLS) -> None:
        self.directory = Path(directory)
        self._memory: OrderedDict[str, Rows] = OrderedDict()
        self._memory_cells = memory_cells
        self._cells = 0
        # The explorer asks from one thread per session: the memory tier's order and count change together.
        self._lock = threading.Lock()

    @staticmethod
    def key(sparql: str) -> str:
        return hashlib.sha256(sparql.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / f"{key}.rows"

    def get(self, sparql: str) -> Rows | None:
        key = self.key(sparql)
        with self._lock:
            rows = self._memory.get(key)
            if rows is not None:
                self._memory.move_to_end(key)
                return rows
        try:
            data = self._path(key).read_bytes()
        except OSError:
            return None
        try:
            rows = _decode(data)
        except Exception:  # noqa: BLE001 - a damaged entry is a miss, and is written again
            return None
        if rows is not None:
            self._remember(key, rows)
        return rows

    def put(self, sparql: str, rows: Rows) -> None:
        """Keep ``rows``; a full disk or a read-only directory only means they are not kept."""
        if _cells(rows) > MAX_CELLS:
            return
        key = self.key(sparql)
        self._remember(key, rows)
        data = _encode(rows)
        if data is None:
            return
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            temporary = self.directory / f".{key}.{uuid.uuid4().hex[:8]}.tmp"
            try:
                temporary.write_bytes(data)
                os.replace(temporary, self._path(key))
            finally:
                temporary.unlink(missing_ok=True)  # a full disk leaves part of it
        except OSError:
            return

    def _remember(self, key: str, rows: Rows) -> None:
        cells = _cells(rows)
        if cells > self._memory_cells:
            return
        with self._lock:
            previous = self._memory.pop(key, None)  # two sessions may keep the same answer
            if previous is not None:
                self._cells -= _cells(previous)
            self._memory[key] = rows
            self._cells += cells
            while self._cells > self._memory_cells:
                _, oldest = self._memory.popitem(last=False)
                self._cells -= _cells(oldest)

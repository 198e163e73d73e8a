"""Dumps of the store in standard RDF syntaxes, streamed from Oxigraph.

Linked-data consumers download the graph rather than query it, so a dump must
load into any RDF tool and hold exactly what the store holds. Nothing here
builds the graph in memory: pyoxigraph writes quads to the file as it reads
them from the store, which keeps a dump fast (a tenth of a second for the
seeds) and flat in memory however large the store grows.

Which graphs a format carries:

- **Turtle** has no named graphs. It carries the *union* of the store's graphs,
  written graph after graph with ``Store.dump`` (the prefixes once, at the
  top), or the one graph named with ``--graph``. A store that ``sekg build``
  or ``sekg ingest`` wrote holds each triple in one graph only
  (:mod:`graph.layout`), so every triple is written once; in a store filled
  some other way a triple two graphs share is written twice, which still
  reads back as the same RDF graph.
- **TriG**, **N-Quads** and **JSON-LD** keep the named graphs (the ontology,
  one graph per source document, the entities, curated and derived graphs,
  the build provenance), so that a consumer can
  still tell which document said what. JSON-LD is pyoxigraph's writer: expanded
  form, a top-level array of ``{"@id": graph, "@graph": [...]}`` objects with
  full IRIs (it takes no ``@context``, the prefixes do not apply), which every
  JSON-LD 1.1 processor reads without fetching anything.

With ``--graph`` a dataset format keeps that graph's name: ``Store.dump`` with
``from_graph`` would write it as the *default* graph and lose the name, so the
quads of that graph are serialized instead.

Every format uses the project's prefixes (:data:`graph.namespaces.PREFIXES`)
where it has prefixes at all. A file is written beside its target and renamed
into place, so a failed dump never leaves half a file under the real name.

>>> from pyoxigraph import Literal, NamedNode, Quad, Store
>>> store = Store()
>>> s, label = NamedNode("https://w3id.org/sekg/id/municipality/41110"), NamedNode(PREFIXES["rdfs"] + "label")
>>> span = NamedNode(PREFIXES["sekg"] + "lineStart")
>>> store.add(Quad(s, label, Literal("수원시", language="ko"), NamedNode("https://w3id.org/sekg/id/graph/entities")))
>>> for doc in ("a", "b"):
...     store.add(Quad(NamedNode(f"https://w3id.org/sekg/id/span/{doc}"), span, Literal("1", datatype=NamedNode(PREFIXES["xsd"] + "integer")),
...                    NamedNode(f"https://w3id.org/sekg/id/graph/document/{doc}")))
>>> import io
>>> out = io.BytesIO()
>>> dump(store, out, "turtle")
>>> text = out.getvalue().decode()
>>> text.count("@prefix rdfs:"), [line for line in text.splitlines() if not line.startswith("@prefix")]
(1, ['<https://w3id.org/sekg/id/span/a> sekg:lineStart 1 .', '<https://w3id.org/sekg/id/span/b> sekg:lineStart 1 .', '<https://w3id.org/sekg/id/municipality/41110> rdfs:label "수원시"@ko .'])
>>> out = io.BytesIO()
>>> dump(store, out, "nquads", graph="https://w3id.org/sekg/id/graph/document/b")
>>> out.getvalue().decode().count(" .\\n")
1
>>> dump(store, io.BytesIO(), "trig", graph="https://w3id.org/sekg/id/graph/document/c")
Traceback (most recent call last):
...
graph.dump.UnknownGraph: no graph <https://w3id.org/sekg/id/graph/document/c> in the store; its graphs are: <https://w3id.org/sekg/id/graph/document/a>, <https://w3id.org/sekg/id/graph/document/b>, <https://w3id.org/sekg/id/graph/entities>
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pyoxigraph import DefaultGraph, NamedNode, RdfFormat, Store, serialize

from graph.errors import SekgError
from graph.namespaces import PREFIXES
from graph.settings import DEFAULT_BASE_IRI


class UnknownGraph(SekgError):
    """A ``--graph`` that names no graph of the store."""


@dataclass(frozen=True)
class DumpFormat:
    """A syntax the dump writes: its command-line name, pyoxigraph format and file extension."""

    name: str
    rdf_format: RdfFormat
    extension: str
    named_graphs: bool

    @property
    def media_type(self) -> str:
        return self.rdf_format.media_type


FORMATS: dict[str, DumpFormat] = {
    f.name: f
    for f in (
        DumpFormat("turtle", RdfFormat.TURTLE, "ttl", named_graphs=False),
        DumpFormat("trig", RdfFormat.TRIG, "trig", named_graphs=True),
        DumpFormat("nquads", RdfFormat.N_QUADS, "nq", named_graphs=True),
        DumpFormat("jsonld", RdfFormat.JSON_LD, "jsonld", named_graphs=True),
    )
}

# The files `sekg dump --all DIR` writes, beside DIR/void.ttl describing them.
ALL_FORMATS = ("turtle", "trig", "jsonld")
DUMP_STEM = "sekg"
VOID_FILE = "void.ttl"



def dump_format(name: str | DumpFormat) -> DumpFormat:
    """The format called ``name`` (``turtle``, ``trig``, ``nquads``, ``jsonld``).

    >>> dump_format("trig").media_type
    'application/trig'
    >>> dump_format("xml")
    Traceback (most recent call last):
    ...
    graph.errors.SekgError: unknown dump format 'xml': use one of turtle, trig, nquads, jsonld
    """
    if isinstance(name, DumpFormat):
        return name
    try:
        return FORMATS[name]
    except KeyError:
        raise SekgError(f"unknown dump format {name!r}: use one of {', '.join(FORMATS)}") from None


def format_for_path(path: Path) -> DumpFormat:
    """The format a file name asks for by its extension.

    >>> format_for_path(Path("dist/sekg.nq")).name
    'nquads'
    >>> format_for_path(Path("dist/sekg.rdf"))
    Traceback (most recent call last):
    ...
    graph.errors.SekgError: cannot tell the format of dist/sekg.rdf from its extension: give --format (turtle, trig, nquads, jsonld)
    """
    suffix = path.suffix.lower().lstrip(".")
    for f in FORMATS.values():
        if suffix == f.extension or (suffix == "json" and f.name == "jsonld"):
            return f
    raise SekgError(
        f"cannot tell the format of {path} from its extension: give --format ({', '.join(FORMATS)})")


def graph_names(store: Store) -> list[str]:
    """The IRIs of the store's named graphs, sorted."""
    return sorted(g.value for g in store.named_graphs() if isinstance(g, NamedNode))


def named_graph(store: Store, iri: str) -> NamedNode:
    """The graph ``iri`` of the store; :class:`UnknownGraph` lists the graphs there are."""
    try:
        node = NamedNode(iri.strip().removeprefix("<").removesuffix(">"))
    except ValueError as exc:
        raise UnknownGraph(f"--graph {iri!r} is not an IRI: {exc}") from None
    if not store.contains_named_graph(node):
        available = ", ".join(f"<{g}>" for g in graph_names(store)) or "none (the store is empty)"
        raise UnknownGraph(f"no graph <{node.value}> in the store; its graphs are: {available}")
    return node


def dump(store: Store, output: BinaryIO | str | os.PathLike[str], fmt: str | DumpFormat, *,
         graph: str | None = None) -> None:
    """Stream the store (or the one named ``graph``) to ``output`` in ``fmt``.

    ``output`` is a binary file object or a path, as pyoxigraph takes them.
    """
    f = dump_format(fmt)
    prefixes = dict(PREFIXES)
    target = output if isinstance(output, str) or not isinstance(output, os.PathLike) else os.fspath(output)
    if graph is None:
        if f.named_graphs:
            store.dump(target, format=f.rdf_format, prefixes=prefixes)
        else:
            _dump_union(store, target, f.rdf_format, prefixes)
        return
    node = named_graph(store, graph)
    if f.named_graphs:
        serialize(store.quads_for_pattern(None, None, None, node), target, format=f.rdf_format, prefixes=prefixes)
    else:
        store.dump(target, format=f.rdf_format, from_graph=node, prefixes=prefixes)


def _dump_union(store: Store, target: BinaryIO | str, rdf_format: RdfFormat, prefixes: dict[str, str]) -> None:
    """Every graph's triples, graph after graph: the default graph first, then the named graphs."""
    graphs = [DefaultGraph(), *sorted(store.named_graphs(), key=str)]
    handle = open(target, "wb") if isinstance(target, str) else target  # noqa: SIM115 - closed below
    try:
        # The serializer declares the prefixes each graph uses; declare them all once instead.
        handle.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes.items()).encode())
        for graph in graphs:
            body = _WithoutPrefixes(handle)
            store.dump(body, format=rdf_format, from_graph=graph, prefixes=prefixes)
            body.finish()
    finally:
        if handle is not target:
            handle.close()


class _WithoutPrefixes:
    r"""Passes a Turtle text on to ``handle`` without the ``@prefix`` lines it opens with.

    Written to as the serializer goes, so that no graph is held in memory whole.

    >>> import io
    >>> out = io.BytesIO()
    >>> body = _WithoutPrefixes(out)
    >>> for chunk in (b"@pre", b"fix ex: <http://e/> .\n@prefix", b" s: <http://s/> .\nex:a ", b"ex:b ex:c .\n"):
    ...     _ = body.write(chunk)
    >>> body.finish()
    >>> out.getvalue()
    b'ex:a ex:b ex:c .\n'
    """

    _PREFIX = b"@prefix "

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.head = b""  # the opening not yet known to be, or not to be, a prefix line
        self.in_head = True

    def write(self, data: bytes) -> int:
        if not self.in_head:
            return self.handle.write(data)
        self.head += bytes(data)
        while self.head.startswith(self._PREFIX):
            end = self.head.find(b"\n")
            if end < 0:
                return len(data)
            self.head = self.head[end + 1:]
        if not self._PREFIX.startswith(self.head):  # past the prefix lines
            self.finish()
        return len(data)

    def flush(self) -> None:
        self.handle.flush()

    def finish(self) -> None:
        """Pass on what is held back (at the end of the text, or once it is past its prefix lines)."""
        self.in_head = False
        if self.head:
            self.handle.write(self.head)
            self.head = b""


def write_atomically(path: Path, write: Callable[[str], None]) -> int:
    """Call ``write`` with a temporary file beside ``path``, then rename it; return the size."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            write(str(temporary))
            os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)
        return path.stat().st_size
    except OSError as exc:
        raise SekgError(f"cannot write {path}: {exc.strerror or exc}") from exc


def dump_to_file(store: Store, path: Path, fmt: str | DumpFormat | None = None, *, graph: str | None = None) -> int:
    """Dump to ``path`` (format from its extension unless given); return the number of bytes written."""
    f = dump_format(fmt) if fmt is not None else format_for_path(Path(path))
    if graph is not None:
        named_graph(store, graph)  # fail before creating anything
    return write_atomically(Path(path), lambda target: dump(store, target, f, graph=graph))


@dataclass(frozen=True)
class Written:
    """A file a command wrote, for the summary it prints."""

    path: Path
    size: int
    what: str


def dump_all(store: Store, directory: Path, *, endpoint_url: str | None = None,
             base_iri: str = DEFAULT_BASE_IRI, formats: Sequence[str] = ALL_FORMATS) -> list[Written]:
    """Write ``sekg.ttl``, ``sekg.trig``, ``sekg.jsonld`` and the ``void.ttl`` describing them."""
    from graph.void import describe, statistics, write_void

    directory = Path(directory)
    stats = statistics(store, base_iri=base_iri)
    written = []
    for name in formats:
        f = dump_format(name)
        path = directory / f"{DUMP_STEM}.{f.extension}"
        size = dump_to_file(store, path, f)
        what = (f"{f.rdf_format.name}, {len(stats.graphs)} named graphs, {stats.quads:,} quads" if f.named_graphs
                else f"{f.rdf_format.name}, union of the graphs, {stats.triples:,} triples")
        written.append(Written(path, size, what))
    void_path = directory / VOID_FILE
    description = describe(store, distributions=[w.path for w in written], endpoint_url=endpoint_url,
                           base_iri=base_iri, relative_to=directory, stats=stats)
    written.append(Written(void_path, write_void(description, void_path), "VoID/DCAT description of the dumps"))
    return written

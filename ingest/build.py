"""``sekg build`` and ``sekg ingest``: documents in, a consistent store out.

Documents are extracted one at a time (in worker processes when there are
many) and their quads spooled to disk as N-Quads; only when every document
succeeded is the spool loaded into a new store generation
(:class:`graph.store.StoreLocation`), which then replaces the old one.
``ingest`` copies the current store, replaces the named graphs of the given
documents and switches in the same way, so the previous store survives any
failure.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import datetime as dt
import gc
import json
import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse, serialize
from spacy.language import Language

from graph.errors import InputError
from graph.finish import finish_generation, not_kept_lines, warm
from graph.layout import refresh_shared_graphs
from graph.namespaces import InstanceIRIs
from graph.ontology import ONTOLOGY_FILE
from graph.settings import Settings
from graph.store import Generation, NQuadsSpool, StoreLocation
from ingest.catalog import CatalogEntry, load_catalog
from ingest.emit import S, emit_document, term
from ingest.extract import extract
from ingest.lexicon import load_lexicon
from ingest.pipeline import make_nlp
from ingest.reading import (
    BLOCK_LINES,
    LARGE_FILE_BYTES,
    SourceText,
    detect_encoding,
    doc_id_for,
    file_sha256,
    iter_lines,
    read_source,
)
from ingest.records import DocumentExtraction

XSD = "http://www.w3.org/2001/XMLSchema#"
TEXT_SUFFIXES = (".txt", ".text", ".md")


def _version() -> str:
    try:
        return version("sekg")
    except PackageNotFoundError:
        return "0.0.0"


@dataclass
class BuildSummary:
    documents: int = 0
    quads: int = 0
    seconds: float = 0.0
    tokens: int = 0
    entities: Counter = field(default_factory=Counter)
    observations: Counter = field(default_factory=Counter)
    warnings: int = 0
    reports: list[dict] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    phases: dict[str, float] = field(default_factory=dict)  # seconds per step of the build
    not_kept: dict[str, str] = field(default_factory=dict)  # saved queries the warm-up could not run, and why

    @contextlib.contextmanager
    def phase(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.phases[name] = self.phases.get(name, 0.0) + time.perf_counter() - start

    def add(self, result: DocumentResult) -> None:
        self.documents += 1
        self.tokens += result.tokens
        self.entities.update(result.entities)
        self.observations.update(result.observations)
        self.warnings += result.warnings
        self.reports.append(result.report)
        self.doc_ids.append(result.doc_id)

    def lines(self) -> list[str]:
        out = [f"documents: {self.documents}", f"quads: {self.quads}",
               f"tokens: {self.tokens} ({self.tokens / self.seconds:,.0f} per second)" if self.seconds else ""]
        out.append("entities: " + ", ".join(f"{k} {v}" for k, v in sorted(self.entities.items())))
        out.append("observations: " + ", ".join(f"{k} {v}" for k, v in sorted(self.observations.items())))
        out.append(f"warnings: {self.warnings}")
        steps = ", ".join(f"{name} {seconds:.1f}" for name, seconds in self.phases.items())
        out.append(f"time: {self.seconds:.1f} s" + (f" ({steps})" if steps else ""))
        out += not_kept_lines(self.not_kept)
        return [line for line in out if line]


def extract_file(path: Path, *, entry: CatalogEntry | None, nlp: Language | None = None) -> list[DocumentExtraction]:
    """Extract one file; a large file is read in blocks of lines so memory stays bounded."""
    nlp, lexicon = nlp or make_nlp(), load_lexicon()
    path = Path(path)
    if path.exists() and path.is_file() and path.stat().st_size > LARGE_FILE_BYTES:
        encoding = detect_encoding(path)
        sha = file_sha256(path)
        parts, block, first = [], [], 1
        total = 0
        for line in iter_lines(path, encoding):
            block.append(line)
            total += 1
            if len(block) >= BLOCK_LINES:
                parts.append(_extract_block(path, encoding, sha, block, first, entry, nlp, lexicon))
                first += len(block)
                block = []
        if block:
            parts.append(_extract_block(path, encoding, sha, block, first, entry, nlp, lexicon))
        merged = _merge(parts, total)
        merged.warn("large-file", f"{path.name} is larger than {LARGE_FILE_BYTES // 2**20} MB: read as generic text "
                                  f"in blocks of {BLOCK_LINES} lines")
        return [merged]
    source = read_source(path)
    return [extract(source, entry=entry, nlp=nlp, lexicon=lexicon)]


def _extract_block(path, encoding, sha, block, first, entry, nlp, lexicon) -> DocumentExtraction:
    source = SourceText(path=path, doc_id=doc_id_for(path), encoding=encoding, sha256=sha, lines=list(block))
    return extract(source, entry=entry, nlp=nlp, lexicon=lexicon, first_line=first, kind="generic-text")


def _merge(parts: list[DocumentExtraction], total: int) -> DocumentExtraction:
    merged = parts[0]
    merged.line_count = total
    for part in parts[1:]:
        for key, entity in part.entities.items():
            merged.entities.setdefault(key, entity)
        for name in ("facts", "observations", "partnerships", "awards", "ordinances", "events", "posts",
                     "warnings", "resolutions"):
            getattr(merged, name).extend(getattr(part, name))
        merged.tokens += part.tokens
    return merged


def document_report(x: DocumentExtraction) -> dict:
    classes = Counter(e.rdf_class for e in x.entities.values())
    return {
        "document": x.file_name, "doc_id": x.doc_id, "kind": x.kind, "encoding": x.encoding, "lines": x.line_count,
        "tokens": x.tokens,
        "entities": dict(sorted(classes.items())),
        "observations": dict(Counter(o.kind for o in x.observations)),
        "partnerships": len(x.partnerships), "awards": len(x.awards), "ordinances": len(x.ordinances),
        "events": len(x.events), "posts": len(x.posts),
        "warnings": [asdict(w) for w in x.warnings],
        "resolutions": x.resolutions,
    }


def _ontology_quads(iris: InstanceIRIs) -> list[Quad]:
    graph = NamedNode(iris.ontology_graph)
    with ONTOLOGY_FILE.open("rb") as handle:
        return [Quad(t.subject, t.predicate, t.object, graph) for t in parse(handle, format=RdfFormat.TURTLE)]


def _run_quads(iris: InstanceIRIs, run: NamedNode, started: dt.datetime, ended: dt.datetime,
               doc_ids: Sequence[str]) -> list[Quad]:
    graph = NamedNode(iris.build_graph)
    software = NamedNode(iris.mint("software", "sekg"))
    rdf_type = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    quads = [
        Quad(run, rdf_type, S("ExtractionRun"), graph),
        Quad(run, term("prov:startedAtTime"), Literal(started.isoformat(), datatype=NamedNode(XSD + "dateTime")), graph),
        Quad(run, term("prov:endedAtTime"), Literal(ended.isoformat(), datatype=NamedNode(XSD + "dateTime")), graph),
        Quad(run, term("prov:wasAssociatedWith"), software, graph),
        Quad(software, rdf_type, term("prov:SoftwareAgent"), graph),
        Quad(software, term("rdfs:label"), Literal("sekg", language="en"), graph),
        Quad(software, term("schema:softwareVersion"), Literal(_version()), graph),
    ]
    for doc_id in doc_ids:
        quads.append(Quad(run, term("prov:used"), NamedNode(iris.document(doc_id)), graph))
    # The derived graph is the run's own computation (graph/derive.py), not a document's statement.
    quads.append(Quad(NamedNode(iris.derived_graph), term("prov:wasGeneratedBy"), run, graph))
    return quads


def seed_files(seeds: Path) -> list[Path]:
    if not seeds.is_dir():
        raise InputError(f"{seeds}: no such directory of documents")
    files = sorted(p for p in seeds.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
                   and not p.name.startswith((".", "README")))
    if not files:
        raise InputError(f"{seeds}: holds no text documents (*.txt)")
    return files


def _catalog(folder: Path) -> dict[str, CatalogEntry]:
    path = folder / "catalog.yaml"
    return load_catalog(path) if path.exists() else {}


@dataclass
class DocumentResult:
    """One document extracted and emitted: its quads as N-Quads and what the report says of it."""

    file_name: str
    doc_id: str
    nquads: bytes
    report: dict
    tokens: int
    entities: Counter
    observations: Counter
    warnings: int


class _Emission:
    """What extracting and emitting a document needs, made once per process: pipeline, lexicon, IRIs."""

    def __init__(self, base_iri: str, run: str, *, kiwi_threads: int | None = None) -> None:
        self.iris = InstanceIRIs(base_iri)
        self.lexicon = load_lexicon()
        self.run = NamedNode(run)
        self.nlp = make_nlp(kiwi_threads=kiwi_threads)

    def __call__(self, path: Path, entry: CatalogEntry | None) -> list[DocumentResult]:
        results = []
        for x in extract_file(path, entry=entry, nlp=self.nlp):
            quads = emit_document(x, iris=self.iris, lexicon=self.lexicon, run=self.run)
            results.append(DocumentResult(
                file_name=x.file_name, doc_id=x.doc_id, nquads=serialize(quads, format=RdfFormat.N_QUADS) or b"",
                report=document_report(x), tokens=x.tokens,
                entities=Counter(e.rdf_class for e in x.entities.values()),
                observations=Counter(o.kind for o in x.observations), warnings=len(x.warnings)))
        return results


_worker: _Emission | None = None
WORKER_GC_THRESHOLDS = (100_000, 20, 100)


def _start_worker(base_iri: str, run: str) -> None:
    global _worker
    # The workers fill the cores already: Kiwi's own threads would only contend with them.
    _worker = _Emission(base_iri, run, kiwi_threads=1)
    # The pipeline's tables and the Kiwi model live as long as the worker: keep them out of
    # the garbage collector's scans, which otherwise grow with every long-lived object.
    gc.freeze()
    # Extraction makes no cyclic garbage (reference counting frees it all), yet at the default thresholds the
    # collector ran 2,400 times over 40 documents, rescanning the line caches: 8% of a worker's time. Rarely, not never.
    gc.set_threshold(*WORKER_GC_THRESHOLDS)


def _work(path: Path, entry: CatalogEntry | None) -> list[DocumentResult]:
    assert _worker is not None, "worker not started"
    return _worker(path, entry)


def default_jobs(files: int) -> int:
    """Worker processes for ``files`` documents: one per core, none for a handful of files.

    A worker pays for loading the pipeline (about three seconds), so a few
    documents are extracted in the calling process.
    """
    return max(1, min(os.cpu_count() or 1, files // 4))


def extract_documents(files: Sequence[Path], catalog: dict[str, CatalogEntry], *, iris: InstanceIRIs,
                      run: NamedNode, jobs: int | None = None) -> Iterator[DocumentResult]:
    """Extract and emit every file, in order, in ``jobs`` worker processes (see :func:`default_jobs`).

    Results arrive one document at a time and at most two per worker wait to be
    taken, so memory stays flat however many documents there are. The first
    file that cannot be read stops everything with its :class:`InputError`.
    """
    jobs = default_jobs(len(files)) if jobs is None else max(1, jobs)
    if jobs == 1:
        emission = _Emission(iris.base, run.value)
        for path in files:
            yield from emission(path, catalog.get(path.name))
        return
    # spawn, not fork: a forked child would share the parent's Kiwi threads and open files.
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker,
                                                initargs=(iris.base, run.value)) as pool:
        pending: collections.deque = collections.deque()
        queue = iter(files)
        try:
            for path in queue:
                pending.append(pool.submit(_work, path, catalog.get(path.name)))
                if len(pending) >= 2 * jobs:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BaseException:
            for future in pending:
                future.cancel()
            raise


def _run_node(iris: InstanceIRIs, started: dt.datetime) -> NamedNode:
    return NamedNode(iris.mint("run", started.strftime("%Y%m%dT%H%M%S%f")))


def _stream(summary: BuildSummary, spool: NQuadsSpool, files: Sequence[Path], catalog: dict[str, CatalogEntry], *,
            iris: InstanceIRIs, run: NamedNode, jobs: int | None, progress: Callable[[str], None] | None) -> None:
    for result in extract_documents(files, catalog, iris=iris, run=run, jobs=jobs):
        if progress:
            progress(result.file_name)
        spool.write(result.nquads)
        summary.add(result)


def build(settings: Settings, *, seeds: Path, progress: Callable[[str], None] | None = None,
          jobs: int | None = None) -> BuildSummary:
    """Extract every document in ``seeds`` and write a new store generation.

    Documents stream through worker processes into an N-Quads spool beside
    the store, which is bulk-loaded once at the end; nothing holds the corpus
    or the graph in memory.
    """
    started = dt.datetime.now(dt.UTC)
    clock = time.perf_counter()
    files = seed_files(seeds)
    catalog = _catalog(seeds)
    iris = InstanceIRIs(settings.base_iri)
    run = _run_node(iris, started)
    location = StoreLocation(settings.store_path)
    summary = BuildSummary()
    with location.new_generation(finish=summary.phase("optimize")) as generation, \
            NQuadsSpool(location.generations) as spool:
        spool.write_quads(_ontology_quads(iris))
        with summary.phase("extract"):
            _stream(summary, spool, files, catalog, iris=iris, run=run, jobs=jobs, progress=progress)
        spool.write_quads(_run_quads(iris, run, started, dt.datetime.now(dt.UTC), summary.doc_ids))
        with summary.phase("load"):
            spool.load_into(generation.store)
        _finish(summary, generation, iris)
    with summary.phase("warm"):
        summary.not_kept = warm(location, quads=summary.quads)
    summary.seconds = time.perf_counter() - clock
    return summary


def _finish(summary: BuildSummary, generation: Generation, iris: InstanceIRIs) -> None:
    """What every new generation gets before it becomes current (:mod:`graph.finish`)."""
    for step, seconds in finish_generation(generation, iris).items():
        summary.phases[step] = summary.phases.get(step, 0.0) + seconds
    summary.quads = len(generation.store)


def ingest(settings: Settings, files: Sequence[Path], *, progress: Callable[[str], None] | None = None) -> BuildSummary:
    """Add or replace single documents; every other document graph is kept.

    The shared graphs are then recomputed from the document graphs
    (:func:`graph.layout.refresh_shared_graphs`), so a triple only the old
    version of a document stated leaves the entities graph with it.
    """
    started = dt.datetime.now(dt.UTC)
    clock = time.perf_counter()
    catalog: dict[str, CatalogEntry] = {}
    for folder in {Path(f).resolve().parent for f in files}:
        catalog.update(_catalog(folder))
    iris = InstanceIRIs(settings.base_iri)
    run = _run_node(iris, started)
    paths = [Path(f) for f in files]
    location = StoreLocation(settings.store_path)
    summary = BuildSummary()
    with location.new_generation(copy_current=True, finish=summary.phase("optimize")) as generation, \
            NQuadsSpool(location.generations) as spool:
        with summary.phase("extract"):
            _stream(summary, spool, paths, catalog, iris=iris, run=run, jobs=1, progress=progress)
        for doc_id in summary.doc_ids:
            graph = NamedNode(iris.document_graph(doc_id))
            if generation.store.contains_named_graph(graph):
                generation.store.remove_graph(graph)
        spool.write_quads(_run_quads(iris, run, started, dt.datetime.now(dt.UTC), summary.doc_ids))
        with summary.phase("load"):
            spool.load_into(generation.store)
            refresh_shared_graphs(generation.store, iris)
        _finish(summary, generation, iris)
    with summary.phase("warm"):
        summary.not_kept = warm(location, quads=summary.quads)
    summary.seconds = time.perf_counter() - clock
    return summary


def write_report(summary: BuildSummary, path: Path) -> None:
    data = {"documents": summary.reports, "quads": summary.quads, "seconds": round(summary.seconds, 2),
            "tokens": summary.tokens}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")

"""``sekg build`` and ``sekg ingest``: documents in, a consistent store out.

Every document is read and extracted before anything is written; the store
is then written as a new generation (:class:`graph.store.StoreLocation`) that
replaces the old one only when everything succeeded. ``ingest`` copies the
current store, replaces the named graphs of the given documents and switches
in the same way, so the previous store survives any failure.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

from graph.errors import InputError
from graph.namespaces import InstanceIRIs
from graph.ontology import ONTOLOGY_FILE
from graph.settings import Settings
from graph.store import StoreLocation
from ingest.catalog import CatalogEntry, load_catalog
from ingest.emit import S, emit_document, term
from ingest.extract import Extractor
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

    def lines(self) -> list[str]:
        out = [f"documents: {self.documents}", f"quads: {self.quads}",
               f"tokens: {self.tokens} ({self.tokens / self.seconds:,.0f} per second)" if self.seconds else ""]
        out.append("entities: " + ", ".join(f"{k} {v}" for k, v in sorted(self.entities.items())))
        out.append("observations: " + ", ".join(f"{k} {v}" for k, v in sorted(self.observations.items())))
        out.append(f"warnings: {self.warnings}")
        out.append(f"time: {self.seconds:.1f} s")
        return [line for line in out if line]


def extract_file(path: Path, *, entry: CatalogEntry | None) -> list[DocumentExtraction]:
    """Extract one file; a large file is read in blocks of lines so memory stays bounded."""
    nlp, lexicon = make_nlp(), load_lexicon()
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
    return [Extractor(source, entry=entry, nlp=nlp, lexicon=lexicon).run()]


def _extract_block(path, encoding, sha, block, first, entry, nlp, lexicon) -> DocumentExtraction:
    source = SourceText(path=path, doc_id=doc_id_for(path), encoding=encoding, sha256=sha, lines=list(block))
    return Extractor(source, entry=entry, nlp=nlp, lexicon=lexicon, first_line=first, kind="generic-text").run()


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
               extractions: Sequence[DocumentExtraction]) -> list[Quad]:
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
    for x in extractions:
        quads.append(Quad(run, term("prov:used"), NamedNode(iris.document(x.doc_id)), graph))
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


def extract_all(files: Iterable[Path], catalog: dict[str, CatalogEntry], *,
                progress: Callable[[str], None] | None = None) -> list[DocumentExtraction]:
    extractions = []
    for path in files:
        if progress:
            progress(path.name)
        extractions.extend(extract_file(path, entry=catalog.get(path.name)))
    return extractions


def build(settings: Settings, *, seeds: Path, progress: Callable[[str], None] | None = None) -> BuildSummary:
    """Extract every document in ``seeds`` and write a new store generation."""
    started = dt.datetime.now(dt.UTC)
    clock = time.perf_counter()
    files = seed_files(seeds)
    extractions = extract_all(files, _catalog(seeds), progress=progress)
    location = StoreLocation(settings.store_path)
    with location.new_generation() as store:
        quads = _write(store, extractions, settings, started)
    return _summary(extractions, quads, time.perf_counter() - clock)


def ingest(settings: Settings, files: Sequence[Path], *, progress: Callable[[str], None] | None = None) -> BuildSummary:
    """Add or replace single documents; every other named graph is kept."""
    started = dt.datetime.now(dt.UTC)
    clock = time.perf_counter()
    catalog: dict[str, CatalogEntry] = {}
    for folder in {Path(f).resolve().parent for f in files}:
        catalog.update(_catalog(folder))
    extractions = extract_all([Path(f) for f in files], catalog, progress=progress)
    location = StoreLocation(settings.store_path)
    with location.new_generation(copy_current=True) as store:
        iris = InstanceIRIs(settings.base_iri)
        for x in extractions:
            store.remove_graph(NamedNode(iris.document_graph(x.doc_id))) if store.contains_named_graph(
                NamedNode(iris.document_graph(x.doc_id))) else None
        quads = _write(store, extractions, settings, started, replace_build=False)
    return _summary(extractions, quads, time.perf_counter() - clock)


def _write(store, extractions, settings: Settings, started, *, replace_build: bool = True) -> int:
    """Write the graphs; the count returned is the store's, after it dropped repeated quads."""
    iris = InstanceIRIs(settings.base_iri)
    lexicon = load_lexicon()
    run = NamedNode(iris.mint("run", started.strftime("%Y%m%dT%H%M%S%f")))
    if replace_build:
        store.bulk_extend(_ontology_quads(iris))
    for x in extractions:
        store.bulk_extend(emit_document(x, iris=iris, lexicon=lexicon, run=run))
    store.bulk_extend(_run_quads(iris, run, started, dt.datetime.now(dt.UTC), extractions))
    store.flush()
    return len(store)


def _summary(extractions: Sequence[DocumentExtraction], quads: int, seconds: float) -> BuildSummary:
    summary = BuildSummary(documents=len(extractions), quads=quads, seconds=seconds)
    for x in extractions:
        summary.tokens += x.tokens
        summary.entities.update(e.rdf_class for e in x.entities.values())
        summary.observations.update(o.kind for o in x.observations)
        summary.warnings += len(x.warnings)
        summary.reports.append(document_report(x))
    return summary


def write_report(summary: BuildSummary, path: Path) -> None:
    data = {"documents": summary.reports, "quads": summary.quads, "seconds": round(summary.seconds, 2),
            "tokens": summary.tokens}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")

"""A VoID and DCAT description of the dataset, counted from the store.

A dump alone does not say what it is: harvesters (data portals, the LOD cloud,
DCAT-AP catalogues) and people deciding whether to download it read a
description first. This module writes one (``dist/void.ttl``) that is both a
``void:Dataset`` and a ``dcat:Dataset``: title and description in Korean and
English, licence, the SPARQL endpoint, the dump files as distributions, the
source documents, the build time, and statistics that are *counted* from the
store by SPARQL when the description is written, never copied from elsewhere,
so that they cannot drift from the data.

What the counts mean:

- ``void:triples`` of the dataset: distinct triples of the union of all graphs
  (what the Turtle dump holds; a triple stated by two documents counts once).
  Each named graph is a ``void:subset`` (its IRI is the graph's IRI) with its
  own ``void:triples``, so the subsets add up to the number of quads (what the
  TriG and N-Quads dumps hold).
- ``void:classPartition``: per class, ``void:entities`` = distinct instances.
- ``void:propertyPartition``: per property, ``void:triples`` = distinct triples;
  they add up to the dataset's ``void:triples``.
- ``void:entities``, ``void:distinctSubjects``, ``void:distinctObjects``,
  ``void:classes``, ``void:properties`` of the dataset, all over the union;
  ``void:entities`` counts subjects that are IRIs, as VoID asks.
- ``void:vocabulary``: the namespace of every class and property used, written
  without a trailing ``#`` (``https://w3id.org/sekg/ontology``, ``http://www.w3.org/2004/02/skos/core``),
  which is the vocabulary's own IRI.
- ``dcterms:issued`` / ``dcterms:modified``: ``prov:endedAtTime`` of the first
  and the last ``sekg:ExtractionRun`` in the build graph (one run after a
  ``sekg build``; ``sekg ingest`` adds one each time).

>>> from pyoxigraph import Literal, NamedNode, Quad, Store
>>> from rdflib.namespace import VOID
>>> store = Store()
>>> g = NamedNode("https://w3id.org/sekg/id/graph/document/a")
>>> city = NamedNode("https://w3id.org/sekg/id/municipality/41110")
>>> store.add(Quad(city, NamedNode(RDF_TYPE), NamedNode(PREFIXES["sekg"] + "Municipality"), g))
>>> store.add(Quad(city, NamedNode(PREFIXES["rdfs"] + "label"), Literal("수원시", language="ko"), g))
>>> void = describe(store, endpoint_url=None)
>>> dataset = dataset_iri()
>>> int(void.value(dataset, VOID.triples))
2
>>> sorted(str(v) for v in void.objects(dataset, VOID.vocabulary))
['http://www.w3.org/1999/02/22-rdf-syntax-ns', 'http://www.w3.org/2000/01/rdf-schema', 'https://w3id.org/sekg/ontology']
"""

from __future__ import annotations

import datetime as dt
import os
import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import NamedNode, RdfFormat, Store
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, VOID, XSD

from graph.dump import write_atomically
from graph.errors import SekgError
from graph.namespaces import PREFIXES, SEKG, InstanceIRIs
from graph.settings import DEFAULT_BASE_IRI

RDF_TYPE = str(RDF.type)

# `sekg serve`'s default address: the endpoint a description names unless told otherwise.
DEFAULT_ENDPOINT = "http://127.0.0.1:7878/query"

# The code is Apache-2.0 (pyproject.toml), but that is a software licence; the
# data (the extracted graph) is published under CC BY 4.0, the licence made for
# data and databases that asks only for attribution.
DATA_LICENSE = "https://creativecommons.org/licenses/by/4.0/"

TITLE = {
    "ko": "사회적경제 지식그래프 (sekg)",
    "en": "Social Economy Knowledge Graph (sekg)",
}
DESCRIPTION = {
    "ko": "한국 지방자치단체의 선거 공약과 그 이행 결과, 사회적경제 우수사례 문서에서 추출한 사업, 협력 기관, "
          "사회적경제 기업, 일자리, 예산, 수상 내역을 담은 RDF 지식그래프. 모든 사실에 출처(문서, 줄 범위, "
          "인용문)를 기록한다.",
    "en": "Programs, partner organizations, social-economy enterprises, jobs, budgets and awards extracted from "
          "Korean local governments' election pledges, their outcomes and social-economy best-practice "
          "documents, as an RDF knowledge graph with provenance (document, line range, quoted text) for every "
          "fact.",
}
KEYWORDS = {
    "ko": ("사회적경제", "지방자치단체", "공약", "사회적기업", "협동조합", "마을기업"),
    "en": ("social economy", "local government", "election pledges", "social enterprise", "cooperative",
           "village enterprise"),
}
LANGUAGE_KO = URIRef("http://id.loc.gov/vocabulary/iso639-1/ko")
IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/"
# W3C's IRIs for file formats (https://www.w3.org/ns/formats/), by pyoxigraph's format name.
FORMAT_IRIS = {name: f"http://www.w3.org/ns/formats/{local}" for name, local in (
    ("Turtle", "Turtle"), ("TriG", "TriG"), ("N-Quads", "N-Quads"), ("N-Triples", "N-Triples"),
    ("JSON-LD", "JSON-LD"), ("RDF/XML", "RDF_XML"), ("N3", "N3"))}

_S = f"PREFIX sekg: <{SEKG}>\nPREFIX prov: <{PREFIXES['prov']}>\nPREFIX dcterms: <{PREFIXES['dcterms']}>\n"
# The union of every graph, each triple once (the default graph is empty in a built store).
_UNION = "{ SELECT DISTINCT ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } }"


def dataset_iri(base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """The IRI of the dataset as a whole.

    >>> str(dataset_iri())
    'https://w3id.org/sekg/id/dataset/sekg'
    """
    return URIRef(InstanceIRIs(base_iri).mint("dataset", "sekg"))


@dataclass(frozen=True)
class SourceDocument:
    iri: str
    graph: str
    title: str | None
    file_name: str | None


@dataclass(frozen=True)
class Statistics:
    """What the store holds, counted by SPARQL."""

    triples: int                    # distinct triples in the union of all graphs
    quads: int                      # quads in the store (named graphs and default graph)
    graphs: Mapping[str, int]       # named graph IRI -> its triples
    classes: Mapping[str, int]      # class IRI -> distinct instances
    properties: Mapping[str, int]   # property IRI -> distinct triples
    entities: int                   # distinct subjects that are IRIs
    distinct_subjects: int
    distinct_objects: int
    documents: tuple[SourceDocument, ...]
    runs_ended: tuple[dt.datetime, ...]  # prov:endedAtTime of the extraction runs, sorted
    ontology_graph: str
    build_graph: str


def _int(term) -> int:
    return int(term.value)


def _one(store: Store, query: str) -> int:
    return _int(next(iter(store.query(_S + query)))["n"])


def statistics(store: Store, *, base_iri: str = DEFAULT_BASE_IRI) -> Statistics:
    """Count the store: totals, per named graph, per class, per property; documents and build times."""
    iris = InstanceIRIs(base_iri)
    graphs = {row["g"].value: _int(row["n"]) for row in store.query(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        if isinstance(row["g"], NamedNode)}
    classes = {row["c"].value: _int(row["n"]) for row in store.query(
        f"SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {{ ?s <{RDF_TYPE}> ?c }} UNION {{ GRAPH ?g {{ ?s <{RDF_TYPE}> ?c }} }} }} "
        "GROUP BY ?c") if isinstance(row["c"], NamedNode)}
    properties = {row["p"].value: _int(row["n"]) for row in store.query(
        f"SELECT ?p (COUNT(*) AS ?n) WHERE {_UNION} GROUP BY ?p")}
    documents = tuple(SourceDocument(
        iri=row["doc"].value, graph=row["g"].value,
        title=row["title"].value if row["title"] is not None else None,
        file_name=row["file"].value if row["file"] is not None else None,
    ) for row in store.query(_S + """
        SELECT ?doc ?g (SAMPLE(?t) AS ?title) (SAMPLE(?f) AS ?file) WHERE {
          GRAPH ?g { ?doc a sekg:SourceDocument
                     OPTIONAL { ?doc dcterms:title ?t } OPTIONAL { ?doc sekg:fileName ?f } }
        } GROUP BY ?doc ?g ORDER BY ?doc ?g"""))
    runs = sorted(dt.datetime.fromisoformat(row["t"].value) for row in store.query(
        _S + f"SELECT ?t WHERE {{ GRAPH <{iris.build_graph}> {{ ?run a sekg:ExtractionRun ; prov:endedAtTime ?t }} }}"))
    return Statistics(
        triples=_one(store, f"SELECT (COUNT(*) AS ?n) WHERE {_UNION}"),
        quads=len(store),
        graphs=dict(sorted(graphs.items())),
        classes=dict(sorted(classes.items())),
        properties=dict(sorted(properties.items())),
        entities=_one(store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {_UNION} FILTER(isIRI(?s)) }}"),
        distinct_subjects=_one(store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {_UNION}"),
        distinct_objects=_one(store, f"SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {_UNION}"),
        documents=documents,
        runs_ended=tuple(runs),
        ontology_graph=iris.ontology_graph,
        build_graph=iris.build_graph,
    )


def vocabulary(term: str) -> str:
    """The vocabulary a class or property belongs to: its namespace, without a trailing ``#``.

    >>> vocabulary("https://w3id.org/sekg/ontology#Program")
    'https://w3id.org/sekg/ontology'
    >>> vocabulary("http://purl.org/dc/terms/title")
    'http://purl.org/dc/terms/'
    >>> vocabulary("https://example.org/vocab/thing")
    'https://example.org/vocab/'
    """
    known = [ns for ns in PREFIXES.values() if term.startswith(ns) and len(term) > len(ns)]
    if known:
        namespace = max(known, key=len)
    else:
        cut = max(term.rfind("#"), term.rfind("/"))
        namespace = term[:cut + 1]
    return namespace.removesuffix("#")


def _dump_format(path: Path) -> RdfFormat:
    extension = path.suffix.lower().lstrip(".")
    rdf_format = RdfFormat.from_extension(extension) if extension else None
    if rdf_format is None:
        raise SekgError(f"{path}: cannot tell the RDF format of a distribution from its extension")
    return rdf_format


def format_iri(rdf_format: RdfFormat) -> URIRef:
    """The W3C format IRI (``http://www.w3.org/ns/formats/…``) of an RDF syntax.

    pyoxigraph 0.5 gives JSON-LD an IRI outside that registry
    (``https://www.w3.org/ns/formats/data/JSON-LD``), hence the table.

    >>> str(format_iri(RdfFormat.JSON_LD))
    'http://www.w3.org/ns/formats/JSON-LD'
    """
    return URIRef(FORMAT_IRIS.get(rdf_format.name, rdf_format.iri))


def _download_url(path: Path, relative_to: Path | None) -> URIRef:
    relative = os.path.relpath(path, relative_to) if relative_to is not None else path.name
    return URIRef(urllib.parse.quote(Path(relative).as_posix()))


def _subset_title(graph: str, stats: Statistics, documents: Mapping[str, SourceDocument]) -> dict[str, str]:
    if graph == stats.ontology_graph:
        return {"en": "the sekg ontology with its concept schemes", "ko": "sekg 온톨로지와 개념 체계"}
    if graph == stats.build_graph:
        return {"en": "provenance of the extraction runs", "ko": "추출 실행 이력"}
    if graph in documents:
        name = documents[graph].file_name or documents[graph].iri
        return {"en": f"facts extracted from {name}", "ko": f"{name}에서 추출한 사실"}
    return {}


def describe(store: Store, *, distributions: Sequence[Path] = (), endpoint_url: str | None = None,
             built: dt.datetime | None = None, base_iri: str = DEFAULT_BASE_IRI, relative_to: Path | None = None,
             stats: Statistics | None = None) -> Graph:
    """The VoID + DCAT description of the store's dataset as an rdflib graph.

    ``distributions`` are dump files that exist (their size is read);
    their ``dcat:downloadURL`` is relative to ``relative_to`` (the folder the
    description is written to) or, by default, the bare file name.
    ``endpoint_url`` becomes ``void:sparqlEndpoint`` (none without it; the
    commands default to :data:`DEFAULT_ENDPOINT`). ``built`` overrides the
    build time read from the store.
    """
    stats = stats or statistics(store, base_iri=base_iri)
    g = Graph(bind_namespaces="core")
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace, override=True, replace=True)
    dataset = dataset_iri(base_iri)
    g.add((dataset, RDF.type, VOID.Dataset))
    g.add((dataset, RDF.type, DCAT.Dataset))
    for lang in ("ko", "en"):
        g.add((dataset, DCTERMS.title, Literal(TITLE[lang], lang=lang)))
        g.add((dataset, DCTERMS.description, Literal(DESCRIPTION[lang], lang=lang)))
        for keyword in KEYWORDS[lang]:
            g.add((dataset, DCAT.keyword, Literal(keyword, lang=lang)))
    g.add((dataset, DCTERMS.license, URIRef(DATA_LICENSE)))
    g.add((dataset, DCTERMS.language, LANGUAGE_KO))
    g.add((dataset, DCTERMS.conformsTo, URIRef(str(SEKG).removesuffix("#"))))
    first, last = (built, built) if built is not None else (
        (stats.runs_ended[0], stats.runs_ended[-1]) if stats.runs_ended else (None, None))
    if first is not None:
        g.add((dataset, DCTERMS.issued, Literal(first, datatype=XSD.dateTime)))
        g.add((dataset, DCTERMS.modified, Literal(last, datatype=XSD.dateTime)))
    if endpoint_url:
        g.add((dataset, VOID.sparqlEndpoint, URIRef(endpoint_url)))

    # Statistics over the union of the graphs.
    g.add((dataset, VOID.triples, Literal(stats.triples)))
    g.add((dataset, VOID.entities, Literal(stats.entities)))
    g.add((dataset, VOID.distinctSubjects, Literal(stats.distinct_subjects)))
    g.add((dataset, VOID.distinctObjects, Literal(stats.distinct_objects)))
    g.add((dataset, VOID.classes, Literal(len(stats.classes))))
    g.add((dataset, VOID.properties, Literal(len(stats.properties))))
    # Blank-node labels in IRI order keep the written file stable from one run to the next.
    for i, (cls, entities) in enumerate(stats.classes.items()):
        partition = BNode(f"class{i:04d}")
        g.add((dataset, VOID.classPartition, partition))
        g.add((partition, VOID["class"], URIRef(cls)))
        g.add((partition, VOID.entities, Literal(entities)))
    for i, (prop, triples) in enumerate(stats.properties.items()):
        partition = BNode(f"property{i:04d}")
        g.add((dataset, VOID.propertyPartition, partition))
        g.add((partition, VOID.property, URIRef(prop)))
        g.add((partition, VOID.triples, Literal(triples)))
    for namespace in sorted({vocabulary(t) for t in (*stats.classes, *stats.properties)}):
        g.add((dataset, VOID.vocabulary, URIRef(namespace)))

    # One subset per named graph; document graphs name their source document.
    documents_by_graph = {d.graph: d for d in stats.documents}
    for graph, triples in stats.graphs.items():
        subset = URIRef(graph)
        g.add((dataset, VOID.subset, subset))
        g.add((subset, RDF.type, VOID.Dataset))
        g.add((subset, VOID.triples, Literal(triples)))
        for lang, title in _subset_title(graph, stats, documents_by_graph).items():
            g.add((subset, DCTERMS.title, Literal(title, lang=lang)))
        if graph in documents_by_graph:
            g.add((subset, DCTERMS.source, URIRef(documents_by_graph[graph].iri)))
    for document in stats.documents:
        g.add((dataset, DCTERMS.source, URIRef(document.iri)))
        if document.title:
            g.add((URIRef(document.iri), DCTERMS.title, Literal(document.title, lang="ko")))

    for i, path in enumerate(distributions):
        path = Path(path)
        if not path.is_file():
            raise SekgError(f"{path}: no such dump file to describe (write it with `sekg dump`)")
        rdf_format = _dump_format(path)
        url = _download_url(path, relative_to)
        distribution = BNode(f"distribution{i:02d}")
        g.add((dataset, DCAT.distribution, distribution))
        g.add((dataset, VOID.dataDump, url))
        g.add((dataset, VOID.feature, format_iri(rdf_format)))
        g.add((distribution, RDF.type, DCAT.Distribution))
        keeps = "keeps the named graphs" if rdf_format.supports_datasets else "the union of the named graphs"
        g.add((distribution, DCTERMS.title, Literal(f"{rdf_format.name} dump ({keeps})", lang="en")))
        g.add((distribution, DCAT.mediaType, URIRef(IANA_MEDIA_TYPES + rdf_format.media_type)))
        g.add((distribution, DCTERMS.format, format_iri(rdf_format)))
        g.add((distribution, DCAT.byteSize, Literal(path.stat().st_size, datatype=XSD.nonNegativeInteger)))
        g.add((distribution, DCAT.downloadURL, url))
        g.add((distribution, DCAT.accessURL, url))
        g.add((distribution, DCTERMS.license, URIRef(DATA_LICENSE)))
    return g


HEADER = (
    "# VoID and DCAT description of the sekg dataset, written by `sekg void` / `sekg dump --all`.\n"
    "# Counts are computed from the store; data licence CC BY 4.0 (the code is Apache-2.0).\n"
)


def to_turtle(description: Graph) -> bytes:
    """The description as Turtle, with a header comment."""
    return HEADER.encode() + description.serialize(format="turtle", encoding="utf-8")


def write_void(description: Graph, path: Path) -> int:
    """Write the description as Turtle to ``path`` (atomically); return its size in bytes."""
    data = to_turtle(description)

    def write(target: str) -> None:
        Path(target).write_bytes(data)

    return write_atomically(Path(path), write)

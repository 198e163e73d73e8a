"""SHACL validation of instance data against ``ontology/shapes.ttl``.

The ontology is merged into the data graph before validating, so that
``sh:class`` follows ``rdfs:subClassOf`` and concept membership. pySHACL's own
``ont_graph`` is mixed in only when inference runs, and RDFS inference would
hide real errors (a wrong object would simply be inferred into the range
class), so the merge is done here and inference stays off.

Warnings (``sh:Warning``) are reported but do not make data non-conforming.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyshacl
from pyoxigraph import RdfFormat, Store
from rdflib import Graph
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from graph.ontology import ONTOLOGY_FILE, SHAPES_FILE, load_turtle


@dataclass(frozen=True)
class ValidationResult:
    """One SHACL result, reduced to what a person needs to find and fix it."""

    focus: Node
    path: str | None  # the property IRI, or "^IRI" for an inverse path
    value: Node | None
    source_shape: Node
    component: str
    severity: str
    message: str


@dataclass(frozen=True)
class ValidationReport:
    results: tuple[ValidationResult, ...]

    @property
    def violations(self) -> tuple[ValidationResult, ...]:
        return tuple(r for r in self.results if r.severity == "Violation")

    @property
    def warnings(self) -> tuple[ValidationResult, ...]:
        return tuple(r for r in self.results if r.severity == "Warning")

    @property
    def conforms(self) -> bool:
        return not self.violations


def _path_text(report: Graph, path: Node | None) -> str | None:
    if path is None:
        return None
    inverse = report.value(path, SH.inversePath)
    return f"^{inverse}" if inverse is not None else str(path)


def _local(node: Node) -> str:
    text = str(node)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def validate(
    data: Graph,
    *,
    ontology: Graph | None = None,
    shapes: Graph | None = None,
    meta_shacl: bool = False,
) -> ValidationReport:
    """Validate ``data`` and return every result, violations and warnings alike.

    ``meta_shacl`` also checks the shapes graph itself against SHACL-SHACL.
    """
    ontology = ontology if ontology is not None else load_turtle(ONTOLOGY_FILE)
    shapes = shapes if shapes is not None else load_turtle(SHAPES_FILE)
    merged = Graph()
    merged += data
    merged += ontology
    _, report_graph, _ = pyshacl.validate(
        merged,
        shacl_graph=shapes,
        advanced=True,
        allow_warnings=True,
        meta_shacl=meta_shacl,
    )
    results = []
    # Only the report's own results: those reached through sh:node also appear
    # in the graph as nested sh:detail results, about inner focus nodes.
    report_node = report_graph.value(predicate=RDF.type, object=SH.ValidationReport)
    for result in report_graph.objects(report_node, SH.result):
        results.append(
            ValidationResult(
                focus=report_graph.value(result, SH.focusNode),
                path=_path_text(report_graph, report_graph.value(result, SH.resultPath)),
                value=report_graph.value(result, SH.value),
                source_shape=report_graph.value(result, SH.sourceShape),
                component=_local(report_graph.value(result, SH.sourceConstraintComponent)),
                severity=_local(report_graph.value(result, SH.resultSeverity)),
                message=str(report_graph.value(result, SH.resultMessage) or ""),
            )
        )
    results.sort(key=lambda r: (r.severity != "Violation", str(r.focus), str(r.path), r.component))
    return ValidationReport(results=tuple(results))


def validate_file(
    path: Path,
    *,
    ontology: Graph | None = None,
    shapes: Graph | None = None,
) -> ValidationReport:
    """Validate one Turtle file of instance data."""
    return validate(load_turtle(path), ontology=ontology, shapes=shapes)



def store_graph(store: Store) -> Graph:
    """Every named graph of ``store`` as one rdflib graph: the data the shapes speak about."""
    data = Graph()
    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    data.parse(data=triples.serialize(format=RdfFormat.N_TRIPLES), format="nt")
    return data


def validate_store(store: Store, *, shapes: Graph | None = None) -> ValidationReport:
    """Validate what a build wrote: document graphs, the build graph and the ontology graph."""
    return validate(store_graph(store), shapes=shapes)

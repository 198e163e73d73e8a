"""``sekg ontology check``: every check on the ontology in one report.

It parses ``ontology/sekg.ttl`` and ``ontology/shapes.ttl``, requires a Korean
and an English label and comment on every own term (class, property, concept,
concept scheme, data structure), spells every reused term against its
vocabulary, checks the shapes against SHACL-SHACL, and validates the
hand-written examples in ``ontology/examples/``.

>>> report = check_ontology()
>>> report.ok, report.problems
(True, ())
>>> report.counts["class"] >= 30 and report.counts["concept"] >= 150
True
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rdflib.namespace import OWL, RDF, SH

from graph.errors import InputError
from graph.ontology import (
    EXAMPLES_DIR,
    ONTOLOGY_FILE,
    SHAPES_FILE,
    Problem,
    load_turtle,
    missing_labels,
    misspelt_terms,
    own_terms,
)
from graph.validation import validate


@dataclass(frozen=True)
class OntologyReport:
    counts: dict[str, int]
    problems: tuple[Problem, ...]
    examples_checked: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_ontology(
    *,
    ontology_path: Path = ONTOLOGY_FILE,
    shapes_path: Path = SHAPES_FILE,
    examples_dir: Path = EXAMPLES_DIR,
) -> OntologyReport:
    """Run every check and return the counts and problems found."""
    ontology = load_turtle(ontology_path)
    shapes = load_turtle(shapes_path)
    own = own_terms(ontology)
    if not any(ontology.subjects(RDF.type, OWL.Ontology)):
        raise InputError(f"{ontology_path}: declares no owl:Ontology")

    problems: list[Problem] = []
    problems += missing_labels(ontology)
    problems += misspelt_terms(ontology, own=own)
    problems += misspelt_terms(shapes, own=own)

    examples = sorted(Path(examples_dir).glob("*.ttl"))
    for i, example in enumerate(examples):
        data = load_turtle(example)
        problems += misspelt_terms(data, own=own)
        # The shapes graph itself is checked against SHACL-SHACL once.
        report = validate(data, ontology=ontology, shapes=shapes, meta_shacl=(i == 0))
        for result in report.results:
            problems.append(
                Problem(str(result.focus), f"{example.name}: {result.severity} {result.component} "
                                           f"on {result.path}: {result.message}")
            )

    counts = Counter(own.values())
    counts["shape"] = sum(1 for _ in shapes.subjects(RDF.type, SH.NodeShape))
    return OntologyReport(
        counts=dict(counts),
        problems=tuple(problems),
        examples_checked=tuple(e.name for e in examples),
    )

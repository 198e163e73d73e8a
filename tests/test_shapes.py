"""SHACL shapes: the hand-written example conforms; the broken twin fails
with exactly the violations it was written to have."""

from __future__ import annotations

from rdflib import Graph

from graph.ontology import EXAMPLES_DIR
from graph.validation import validate_file
from tests.conftest import DATA_DIR

ID = "https://w3id.org/sekg/id/"
SEKG = "https://w3id.org/sekg/ontology#"
PROV = "http://www.w3.org/ns/prov#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"


def test_the_example_conforms_with_no_result_at_all(ontology: Graph, shapes: Graph) -> None:
    report = validate_file(EXAMPLES_DIR / "example.ttl", ontology=ontology, shapes=shapes)
    assert report.conforms
    assert report.results == ()


def test_the_broken_instance_fails_with_the_expected_results(ontology: Graph, shapes: Graph) -> None:
    report = validate_file(DATA_DIR / "broken-instance.ttl", ontology=ontology, shapes=shapes)
    found = {(str(r.focus), r.path, r.component, r.severity) for r in report.results}
    assert found == {
        (ID + "municipality/4136", RDFS + "label", "QualifiedMinCountConstraintComponent", "Violation"),
        (ID + "municipality/4136", SEKG + "adminCode", "PatternConstraintComponent", "Violation"),
        (ID + "municipality/4136", SEKG + "province", "MinCountConstraintComponent", "Warning"),
        (ID + "organization/e", SEKG + "enterpriseType", "SPARQLConstraintComponent", "Violation"),
        (ID + "partnership/p", PROV + "agent", "MinCountConstraintComponent", "Violation"),
        (ID + "partnership/p", "^" + SEKG + "qualifiedPartnership", "MinCountConstraintComponent", "Violation"),
        (ID + "observation/o", SEKG + "indicator", "MinCountConstraintComponent", "Violation"),
        (ID + "observation/o", SEKG + "value", "NodeConstraintComponent", "Violation"),
        (ID + "observation/b", SEKG + "unit", "HasValueConstraintComponent", "Violation"),
        (ID + "span/bad", SEKG + "lineStart", "LessThanOrEqualsConstraintComponent", "Violation"),
        (ID + "event/x", SEKG + "date", "MinCountConstraintComponent", "Violation"),
        (ID + "assertion/ghost", None, "SPARQLConstraintComponent", "Violation"),
    }
    assert not report.conforms
    assert len(report.violations) == 11
    assert len(report.warnings) == 1


def test_a_warning_alone_does_not_break_conformance(ontology: Graph, shapes: Graph, tmp_path) -> None:
    example = (EXAMPLES_DIR / "example.ttl").read_text(encoding="utf-8")
    # Drop Suwon's province (and its assertion): only a Warning remains.
    lines = [
        line for line in example.splitlines()
        if "rdf:subject <municipality/41110> ; rdf:predicate sekg:province" not in line
    ]
    text = "\n".join(lines).replace(
        'sekg:adminCode "41110" ; sekg:province <province/41> .', 'sekg:adminCode "41110" .'
    )
    data = tmp_path / "no-province.ttl"
    data.write_text(text, encoding="utf-8")
    report = validate_file(data, ontology=ontology, shapes=shapes)
    assert report.conforms
    assert [(str(r.focus), r.message) for r in report.results] == [(ID + "municipality/41110", "Has no province")]


def test_the_provenance_rule_names_the_unsourced_statement(ontology: Graph, shapes: Graph) -> None:
    report = validate_file(DATA_DIR / "broken-instance.ttl", ontology=ontology, shapes=shapes)
    [unsourced] = [r for r in report.results if r.path == SEKG + "enterpriseType"]
    assert str(unsourced.value) == "https://w3id.org/sekg/concept/enterprise-type/social-enterprise"
    assert unsourced.message == "This statement has no sekg:Assertion with a source (prov:wasDerivedFrom)"

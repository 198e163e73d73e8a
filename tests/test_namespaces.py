"""Instance IRIs: readable, stable, and safe to serialize."""

from __future__ import annotations

import pytest
from pyoxigraph import NamedNode

from graph.namespaces import CONCEPT, PREFIXES, InstanceIRIs, key_segment


@pytest.mark.parametrize(
    ("key", "segment"),
    [
        ("국제통신공업", "국제통신공업"),
        ("국제통신공업(주)", "국제통신공업%28주%29"),
        ("남양주시 희망케어센터", "남양주시-희망케어센터"),
        ("사회적경제\u3000지원과", "사회적경제-지원과"),  # ideographic space
        ("K-water", "K-water"),
        ("2022.6", "2022.6"),
        ("a/b?c#d", "a%2Fb%3Fc%23d"),
        ("<script>", "%3Cscript%3E"),
        ("100%", "100%25"),
        ("\u1112\u1174\u1106\u1161\u11bc", "희망"),  # decomposed jamo are composed (NFC)
    ],
)
def test_key_segments(key: str, segment: str) -> None:
    assert key_segment(key) == segment


def test_iris_are_derived_from_keys_not_from_order() -> None:
    first = InstanceIRIs("https://w3id.org/sekg/id/")
    again = InstanceIRIs("https://w3id.org/sekg/id/")
    assert first.mint("organization", "희망케어센터") == again.mint("organization", "희망케어센터")
    assert first.hashed("observation", "s", "jobs", 2016) == again.hashed("observation", "s", "jobs", 2016)
    assert first.hashed("observation", "s", "jobs", 2016) != first.hashed("observation", "s", "jobs", 2017)


def test_the_base_is_configurable_and_gets_its_trailing_slash() -> None:
    ids = InstanceIRIs("https://kg.example.org/sekg")
    assert ids.municipality("41110") == "https://kg.example.org/sekg/municipality/41110"
    assert ids.ontology_graph == "https://kg.example.org/sekg/graph/ontology"
    assert ids.build_graph == "https://kg.example.org/sekg/graph/build"


def test_text_spans_and_statements() -> None:
    ids = InstanceIRIs("https://w3id.org/sekg/id/")
    span = ids.text_span("000_2e6d3bf8b3fb2223", 519, 519, "국제통신공업(주) : 기술 및 자본 투자")
    assert span.startswith("https://w3id.org/sekg/id/span/000_2e6d3bf8b3fb2223/L519-L519/")
    assert len(span.rsplit("/", 1)[1]) == 8
    statement = ids.statement("https://w3id.org/sekg/id/a", "https://w3id.org/sekg/ontology#partner", "b", scope="000")
    assert statement.startswith("https://w3id.org/sekg/id/statement/")
    # Each document asserts in its own name; curated assertions are one for every document.
    assert statement != ids.statement("https://w3id.org/sekg/id/a", "https://w3id.org/sekg/ontology#partner", "b",
                                      scope="002")


@pytest.mark.parametrize("key", ["국제통신공업(주)", "a b", "<>\"{}|\\^`", "㈜희망키움터", "K-water/MOU"])
def test_minted_iris_are_accepted_by_oxigraph(key: str) -> None:
    iri = InstanceIRIs("https://w3id.org/sekg/id/").mint("organization", key)
    assert NamedNode(iri).value == iri


def test_prefixes_cover_every_concept_scheme() -> None:
    assert {PREFIXES[p] for p in ("field", "etype", "otype", "role", "ind", "unit", "vkind", "qual",
                                   "fund", "group", "evtype", "post", "dockind")} == {
        str(ns) for ns in CONCEPT.values()
    }

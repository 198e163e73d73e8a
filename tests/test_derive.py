"""The derived graph (graph/derive.py): which municipality records belong to, and the search keys."""

from __future__ import annotations

import pytest
from pyoxigraph import NamedNode, Store

from graph.derive import BELONGS_TO, NO_MUNICIPALITY, SEARCH_KEY, derive
from graph.namespaces import InstanceIRIs

ID = "https://w3id.org/sekg/id/"
SEKG = "https://w3id.org/sekg/ontology#"
JEONJU = NamedNode(ID + "municipality/52110")


@pytest.fixture(scope="module")
def store(seed_store) -> Store:
    return seed_store


def _belongs(store: Store, node: NamedNode) -> set[str]:
    return {q.object.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
            for q in store.quads_for_pattern(node, BELONGS_TO, None, None)}


def _first(store: Store, query: str) -> NamedNode:
    return next(iter(store.query(query, use_default_graph_as_union=True)))[0]


def test_a_municipality_belongs_to_itself(store):
    assert _belongs(store, JEONJU) == {"52110"}


def test_an_observation_belongs_to_its_subjects_municipality(store):
    # 002's jobs targets are about the pledge, whose municipality is 전주시 (from the catalog).
    observation = _first(store, f"""SELECT ?o WHERE {{ ?o <{SEKG}subject> ?s ; <{SEKG}indicator>
        <https://w3id.org/sekg/concept/indicator/jobs-created> . ?s a <{SEKG}Pledge> ; <{SEKG}municipality> <{JEONJU.value}> }}
        LIMIT 1""")
    assert _belongs(store, observation) == {"52110"}


def test_every_record_belongs_somewhere_or_says_it_belongs_nowhere(store):
    orphans = store.query(f"""SELECT (COUNT(*) AS ?n) WHERE {{
        {{ ?r <{SEKG}subject> ?s }} UNION {{ ?r <{SEKG}recipient> ?s }}
        FILTER NOT EXISTS {{ ?r <{BELONGS_TO.value}> ?m }} }}""", use_default_graph_as_union=True)
    assert next(iter(orphans))["n"].value == "0"
    nowhere = sum(1 for _ in store.quads_for_pattern(None, BELONGS_TO, NO_MUNICIPALITY, None))
    assert nowhere > 0


def test_search_keys_are_the_names_lower_cased(store):
    keys = {q.object.value for q in store.quads_for_pattern(NamedNode(ID + "organization/국제통신공업"), SEARCH_KEY,
                                                              None, None)}
    assert "국제통신공업(주)" in keys
    assert any(key == key.lower() and "gukje" in key for key in keys)


def test_no_search_key_for_provenance_or_concepts(store):
    plumbing = store.query(f"""ASK {{ ?x <{SEARCH_KEY.value}> ?k .
        {{ ?x a <{SEKG}Assertion> }} UNION {{ ?x a <{SEKG}TextSpan> }}
        UNION {{ ?x a <http://www.w3.org/2004/02/skos/core#Concept> }} }}""", use_default_graph_as_union=True)
    assert not bool(plumbing)


def test_deriving_again_gives_the_same_graph(store, tmp_path):
    copy = Store()
    copy.extend(store)
    derived = NamedNode(ID + "graph/derived")
    before = {str(q) for q in copy.quads_for_pattern(None, None, None, derived)}
    derive(copy, InstanceIRIs(ID))
    assert {str(q) for q in copy.quads_for_pattern(None, None, None, derived)} == before

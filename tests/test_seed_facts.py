"""End to end: the seeds through the whole pipeline, checked against annotated facts.

``tests/data/seed_facts.yaml`` holds 506 facts read from the two seed documents
by hand; each fact names its line, and each check requires the provenance
(document and a span covering that line). The baseline file lists the facts the
pipeline extracts today: every one of them must keep holding, and recall over
all annotated facts must not fall.
"""

from __future__ import annotations

from collections import Counter

import pytest

from graph.validation import validate_store
from tests.seed_facts import FACTS_FILE, fact_id, holds, load_facts

BASELINE_FILE = FACTS_FILE.with_name("seed_facts_baseline.txt")
FACTS = load_facts()
BASELINE = {line for line in BASELINE_FILE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")}
EXPECTED = [f for f in FACTS if fact_id(f) in BASELINE]


def test_annotations_cover_every_case_and_the_pledge_card():
    cases = Counter(f["doc"] for f in EXPECTED)
    assert len(FACTS) == 506
    assert len(BASELINE) == 328 and len(EXPECTED) >= len(BASELINE)  # two facts may share an id
    assert cases["002"] >= 20 and cases["000"] >= 200


@pytest.mark.parametrize("fact", EXPECTED, ids=[fact_id(f) for f in EXPECTED])
def test_fact_is_in_the_graph_with_its_source(seed_store, fact):
    assert holds(seed_store, fact), fact


def test_recall_over_all_annotated_facts(seed_store):
    found = sum(holds(seed_store, f) for f in FACTS)
    assert found >= len(EXPECTED)


def test_the_seed_graph_conforms_to_the_shapes(seed_store):
    report = validate_store(seed_store)
    assert [(str(r.focus), r.path, r.message) for r in report.violations] == []
    # Figures without a stated period are kept and flagged, not dropped.
    assert {r.path for r in report.warnings} == {"https://w3id.org/sekg/ontology#period"}


def test_targets_against_achievements(seed_store):
    query = """PREFIX sekg: <https://w3id.org/sekg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?subject ?target ?actual ?rate (COUNT(?part) AS ?parts) WHERE {
          ?a sekg:target ?t ; sekg:value ?actual ; sekg:achievementRate ?rate ; sekg:subject ?s .
          ?t sekg:value ?target . ?s rdfs:label ?subject . FILTER(LANG(?subject) = "ko")
          OPTIONAL { ?a sekg:computedFrom ?part } } GROUP BY ?subject ?target ?actual ?rate ORDER BY ?subject ?actual"""
    rows = [tuple(r[v].value for v in ("subject", "target", "actual", "rate", "parts"))
            for r in seed_store.query(query, use_default_graph_as_union=True)]
    assert rows == [
        ("매년 일자리 1만개 창출", "10000", "14739", "150", "0"),  # stated on two lines (2685, 2900)
        ("일자리센터 운영 활성화 1만명 취업달성", "10000", "21882", "218", "4"),  # the sum of 2014–2017.6
    ]


def test_build_summary_counts(seed_build):
    _, summary = seed_build
    assert summary.documents == 2
    assert summary.entities["BestPracticeCase"] == 9
    assert summary.entities["Pledge"] == 17
    assert summary.entities["Department"] == 1
    assert summary.entities["Person"] == 3
    reports = {r["document"]: r for r in summary.reports}
    assert reports["000_2e6d3bf8b3fb2223.txt"]["kind"] == "casebook"
    assert reports["002_15731aaa5618b0b9.txt"]["kind"] == "pledge-card"
    assert reports["002_15731aaa5618b0b9.txt"]["posts"] == 3

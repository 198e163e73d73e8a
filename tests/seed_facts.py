"""Checks one annotated fact of ``tests/data/seed_facts.yaml`` against a built store.

Each kind of fact becomes one SPARQL ASK over the union of the named graphs;

Values travel as typed terms in a VALUES row. Every check also requires the provenance: a text span of the right document
whose line range covers the annotated line.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import yaml
from pyoxigraph import Literal, NamedNode, Store, Variable

FACTS_FILE = Path(__file__).parent / "data" / "seed_facts.yaml"
DOCS = {"000": "000_2e6d3bf8b3fb2223", "002": "002_15731aaa5618b0b9"}
XSD = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = """
PREFIX sekg: <https://w3id.org/sekg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
# The span behind a statement about ?s (reified) or behind a record ?r.
SPAN = """
  ?span sekg:document ?doc ; sekg:lineStart ?l1 ; sekg:lineEnd ?l2 .
  FILTER(?l1 <= ?line && ?line <= ?l2)
"""
ASSERTED = "?a rdf:subject {s} ; rdf:predicate {p} ; rdf:object {o} ; prov:wasDerivedFrom ?span ."
# Same group as the VALUES row: a FILTER in a nested group would not see its bindings.
NAMED = "{v} rdfs:label|skos:altLabel ?{v}_l . FILTER(STR(?{v}_l) = ?{v}_text)"


def load_facts() -> list[dict]:
    return yaml.safe_load(FACTS_FILE.read_text(encoding="utf-8"))["facts"]


def fact_id(fact: dict) -> str:
    value = fact.get("label_ko") or fact.get("title_ko") or fact.get("partner_ko") or fact.get("indicator") or \
        fact.get("source") or fact.get("award_contains") or fact.get("group") or fact.get("name_ko") or \
        fact.get("event_type") or ""
    other = fact.get("recipient_ko") or fact.get("of_ko") or fact.get("period") or fact.get("year") or ""
    return f"{fact['doc']}:{fact['line']}:{fact['kind']}:{value}:{fact.get('value', fact.get('amount_krw', ''))}:{other}"


def _number(value) -> Literal:
    d = Decimal(str(value))
    if d == d.to_integral_value():
        return Literal(str(int(d)), datatype=NamedNode(XSD + "integer"))
    return Literal(str(d), datatype=NamedNode(XSD + "decimal"))


def _concept(scheme: str, name: str) -> NamedNode:
    return NamedNode(f"https://w3id.org/sekg/concept/{scheme}/{name}")


QUERIES = {
    "municipality": f"""ASK {{ ?m a sekg:Municipality . {NAMED.format(v="?m")}
        {ASSERTED.format(s="?m", p="rdfs:label", o="?m_l")} {SPAN}
        FILTER(!BOUND(?prov_text) || EXISTS {{ ?m sekg:province ?p . ?p rdfs:label|skos:altLabel ?pl .
                                               FILTER(STR(?pl) = ?prov_text) }}) }}""",
    "case": f"""ASK {{ ?c a sekg:BestPracticeCase ; rdfs:label ?t ; sekg:municipality ?m ; sekg:field ?field .
        FILTER(STR(?t) = ?title) {NAMED.format(v="?m")}
        ?a rdf:subject ?c ; rdf:predicate rdf:type ; prov:wasDerivedFrom ?span0 .
        ?span0 sekg:document ?doc .
        ?b rdf:subject ?c ; prov:wasDerivedFrom ?span . {SPAN} }}""",
    "pledge": f"""ASK {{ ?p a sekg:Pledge ; rdfs:label ?pl ; sekg:municipality ?m . FILTER(STR(?pl) = ?label)
        {NAMED.format(v="?m")} {ASSERTED.format(s="?p", p="rdfs:label", o="?pl")} {SPAN} }}""",
    "enterprise": f"""ASK {{ ?e a sekg:Enterprise ; sekg:enterpriseType ?type .
        ?e rdfs:label|skos:altLabel ?el . FILTER(STR(?el) = ?label)
        FILTER(!BOUND(?m_text) || EXISTS {{ ?e sekg:municipality ?m . {NAMED.format(v="?m")} }})
        ?a rdf:subject ?e ; prov:wasDerivedFrom ?span . {SPAN} }}""",
    "organization": f"""ASK {{ ?e a sekg:Organization . ?e rdfs:label|skos:altLabel ?el . FILTER(STR(?el) = ?label)
        ?a rdf:subject ?e ; prov:wasDerivedFrom ?span . {SPAN} }}""",
    "partner": f"""ASK {{ ?s sekg:qualifiedPartnership ?q . ?q prov:agent ?p ; prov:hadRole ?role ;
        prov:wasDerivedFrom ?span . {NAMED.format(v="?s")} {NAMED.format(v="?p")} {SPAN} }}""",
    "outcome": f"""ASK {{ ?o a sekg:OutcomeObservation ; sekg:indicator ?indicator ; sekg:value ?value ;
        sekg:unit ?unit ; prov:wasDerivedFrom ?span . {SPAN}
        FILTER(!BOUND(?period) || EXISTS {{ ?o sekg:period ?pp . FILTER(STR(?pp) = ?period) }}) }}""",
    "budget": f"""ASK {{ ?o a sekg:BudgetObservation ; sekg:fundingSource ?source ; sekg:value ?value ;
        prov:wasDerivedFrom ?span . {SPAN}
        FILTER(!BOUND(?year) || EXISTS {{ ?o sekg:period ?pp . FILTER(SUBSTR(STR(?pp), 1, 4) = ?year) }}) }}""",
    "award": f"""ASK {{ ?w a sekg:Award ; rdfs:label ?wl ; sekg:recipient ?r ; prov:wasDerivedFrom ?span .
        FILTER(CONTAINS(STR(?wl), ?contains)) {NAMED.format(v="?r")} {SPAN}
        FILTER(!BOUND(?year) || EXISTS {{ ?w sekg:date ?d . FILTER(SUBSTR(STR(?d), 1, 4) = ?year) }}) }}""",
    "ordinance": f"""ASK {{ ?o a sekg:Ordinance ; rdfs:label ?ol ; sekg:municipality ?m ; prov:wasDerivedFrom ?span .
        FILTER(STR(?ol) = ?title) {NAMED.format(v="?m")} {SPAN}
        FILTER(!BOUND(?date) || EXISTS {{ ?o sekg:date ?d . FILTER(STR(?d) = ?date) }}) }}""",
    "event": f"""ASK {{ ?e a sekg:Event ; sekg:eventType ?type ; sekg:date ?d ; prov:wasDerivedFrom ?span .
        FILTER(STR(?d) = ?date) {SPAN} }}""",
    "beneficiary": f"""ASK {{ ?s sekg:beneficiary ?group .
        {ASSERTED.format(s="?s", p="sekg:beneficiary", o="?group")} {SPAN} }}""",
    "contact": f"""ASK {{ ?post org:postIn ?d ; org:role ?role ; org:heldBy ?person ; schema:telephone ?phone ;
        prov:wasDerivedFrom ?span . ?d rdfs:label ?dl . FILTER(STR(?dl) = ?dept)
        ?person rdfs:label ?pl . FILTER(STR(?pl) = ?name) {SPAN} }}""",
    "target": f"""ASK {{ ?actual sekg:target ?t ; sekg:value ?actual_value ; prov:wasDerivedFrom ?span .
        ?t sekg:value ?target_value . {SPAN} }}""",
}


def bindings(fact: dict) -> dict[Variable, object]:
    kind = fact["kind"]
    b: dict[str, object] = {"doc": NamedNode(f"https://w3id.org/sekg/id/document/{DOCS[fact['doc']]}"),
                            "line": _number(fact["line"])}
    text = lambda name: Literal(str(fact[name]))  # noqa: E731
    if kind == "municipality":
        b["?m_text"] = text("label_ko")
        if fact.get("province_ko"):
            b["prov_text"] = text("province_ko")
    elif kind == "case":
        b.update({"title": text("title_ko"), "?m_text": text("municipality_ko"), "field": _concept("field", fact["field"])})
    elif kind == "pledge":
        b.update({"label": text("label_ko"), "?m_text": text("municipality_ko")})
    elif kind == "enterprise":
        b.update({"label": text("label_ko"), "type": _concept("enterprise-type", fact["type"])})
        if fact.get("municipality_ko"):
            b["?m_text"] = text("municipality_ko")
    elif kind == "organization":
        b["label"] = text("label_ko")
    elif kind == "partner":
        b.update({"?s_text": text("of_ko"), "?p_text": text("partner_ko"), "role": _concept("partner-role", fact["role"])})
    elif kind == "outcome":
        b.update({"indicator": _concept("indicator", fact["indicator"]), "value": _number(fact["value"]),
                  "unit": _concept("unit", fact["unit"])})
        if fact.get("period"):
            b["period"] = text("period")
    elif kind == "budget":
        b.update({"source": _concept("funding-source", fact["source"]), "value": _number(fact["amount_krw"])})
        if fact.get("year"):
            b["year"] = Literal(str(fact["year"]))
    elif kind == "award":
        b.update({"contains": text("award_contains"), "?r_text": text("recipient_ko")})
        if fact.get("year"):
            b["year"] = Literal(str(fact["year"]))
    elif kind == "ordinance":
        b.update({"title": text("title_ko"), "?m_text": text("municipality_ko")})
        if fact.get("date"):
            b["date"] = text("date")
    elif kind == "event":
        b.update({"type": _concept("event-type", fact["event_type"]), "date": text("date")})
    elif kind == "beneficiary":
        b["group"] = _concept("beneficiary-group", fact["group"])
    elif kind == "contact":
        b.update({"dept": text("department_ko"), "role": _concept("post-role", fact["role"]),
                  "name": text("name_ko"), "phone": text("phone")})
    elif kind == "target":
        b.update({"actual_value": _number(fact["actual"]), "target_value": _number(fact["target"])})
    return {Variable(k.lstrip("?").replace("?", "")): v for k, v in b.items()}


def holds(store: Store, fact: dict) -> bool:
    # ASK queries take their values as a VALUES row of typed terms: pyoxigraph's
    # substitutions only reach projected variables.
    values = bindings(fact)
    row = " ".join(f"?{v.value}" for v in values)
    terms = " ".join(str(t) for t in values.values())
    body = QUERIES[fact["kind"]].replace("??", "?").replace("ASK {", f"ASK {{ VALUES ({row}) {{ ({terms}) }}", 1)
    return bool(store.query(PREFIXES + body, use_default_graph_as_union=True))

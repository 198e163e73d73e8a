"""The seed annotation against a built store: recall (each annotated fact is in the graph, with its source)
and precision (each record the graph states of a family is an annotated fact).

``tests/data/seed_facts.yaml`` holds what a careful reader finds in the two seed documents
(``tests/data/ANNOTATION.md`` says how it is written). Recall: each fact becomes one SPARQL ASK over the
union of the named graphs; values travel as typed terms in a VALUES row, and every check also requires the
provenance (a text span of the right document whose line range covers the annotated line). Precision: each
family's records are listed with their line range and compared with the family's facts.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import yaml
from pyoxigraph import Literal, NamedNode, Store, Variable

FACTS_FILE = Path(__file__).parent / "data" / "seed_facts.yaml"
DOCS = {"000": "000_2e6d3bf8b3fb2223", "002": "002_15731aaa5618b0b9"}
XSD = "http://www.w3.org/2001/XMLSchema#"
CONCEPT = "https://w3id.org/sekg/concept/"
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
PREFIX vkind: <https://w3id.org/sekg/concept/value-kind/>
PREFIX ind: <https://w3id.org/sekg/concept/indicator/>
"""
# The span behind a statement about ?s (reified) or behind a record ?r.
SPAN = """
  ?span sekg:document ?doc ; sekg:lineStart ?l1 ; sekg:lineEnd ?l2 .
  FILTER(?l1 <= ?line && ?line <= ?l2)
"""
ASSERTED = "?a rdf:subject {s} ; rdf:predicate {p} ; rdf:object {o} ; prov:wasDerivedFrom ?span ."
# Same group as the VALUES row: a FILTER in a nested group would not see its bindings.
NAMED = "{v} rdfs:label|skos:altLabel ?{v}_l . FILTER(STR(?{v}_l) = ?{v}_text)"
# An optional named subject of a record ?o: when given, the record's subject is called so.
SUBJECT = """FILTER(!BOUND(?s_text) || EXISTS { ?o sekg:subject ?sub . ?sub rdfs:label|skos:altLabel ?sub_l .
                                                FILTER(STR(?sub_l) = ?s_text) })"""
PERIOD = "FILTER(!BOUND(?period) || EXISTS {{ {v} sekg:period ?pp . FILTER(STR(?pp) = ?period) }})"

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
    "organization": f"""ASK {{ ?e a ?class . VALUES ?class {{ sekg:Organization sekg:Enterprise }}
        ?e rdfs:label|skos:altLabel ?el . FILTER(STR(?el) = ?label)
        ?a rdf:subject|rdf:object ?e ; prov:wasDerivedFrom ?span . {SPAN} }}""",
    "partner": f"""ASK {{ ?s sekg:qualifiedPartnership ?q . ?q prov:agent ?p ; prov:hadRole ?role ;
        prov:wasDerivedFrom ?span . {NAMED.format(v="?s")} {NAMED.format(v="?p")} {SPAN} }}""",
    "outcome": f"""ASK {{ ?o a sekg:OutcomeObservation ; sekg:indicator ?indicator ; sekg:value ?value ;
        sekg:unit ?unit ; sekg:valueKind ?vkind ; prov:wasDerivedFrom ?span . {SPAN} {PERIOD.format(v="?o")}
        {SUBJECT} }}""",
    "budget": f"""ASK {{ ?o a sekg:BudgetObservation ; sekg:fundingSource ?source ; sekg:value ?value ;
        prov:wasDerivedFrom ?span . {SPAN} {SUBJECT}
        FILTER(!BOUND(?year) || EXISTS {{ ?o sekg:period ?pp . FILTER(SUBSTR(STR(?pp), 1, 4) = ?year) }}) }}""",
    "target": f"""ASK {{ ?o a sekg:OutcomeObservation ; sekg:valueKind vkind:target ; sekg:indicator ?indicator ;
        sekg:value ?target_value ; sekg:unit ?unit ; prov:wasDerivedFrom ?span . {SPAN} {PERIOD.format(v="?o")}
        {SUBJECT}
        FILTER(!BOUND(?actual_value) || EXISTS {{ ?act sekg:target ?o ; sekg:value ?actual_value }})
        FILTER(!BOUND(?rate) || EXISTS {{ ?act2 sekg:target ?o ; sekg:achievementRate ?r . FILTER(?r = ?rate) }})
    }}""",
    "org-count": f"""ASK {{ ?o a sekg:OutcomeObservation ; sekg:enterpriseType ?type ; sekg:indicator ?indicator ;
        sekg:value ?value ; prov:wasDerivedFrom ?span . {SPAN} {PERIOD.format(v="?o")} }}""",
    "award": f"""ASK {{ ?w a sekg:Award ; rdfs:label ?wl ; sekg:recipient ?r ; prov:wasDerivedFrom ?span .
        FILTER(CONTAINS(REPLACE(STR(?wl), " ", ""), REPLACE(?contains, " ", ""))) {NAMED.format(v="?r")} {SPAN}
        FILTER(!BOUND(?year) || EXISTS {{ ?w sekg:date ?d . FILTER(SUBSTR(STR(?d), 1, 4) = ?year) }})
        FILTER(!BOUND(?g_text) || EXISTS {{ ?w sekg:grantor ?g . ?g rdfs:label|skos:altLabel ?gl .
                                            FILTER(STRSTARTS(?g_text, STR(?gl))) }}) }}""",
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
}
FAMILIES = tuple(QUERIES)


def load_facts() -> list[dict]:
    return yaml.safe_load(FACTS_FILE.read_text(encoding="utf-8"))["facts"]


def fact_id(fact: dict) -> str:
    value = fact.get("label_ko") or fact.get("title_ko") or fact.get("partner_ko") or fact.get("indicator") or \
        fact.get("source") or fact.get("award_contains") or fact.get("group") or fact.get("name_ko") or \
        fact.get("event_type") or fact.get("enterprise_type") or ""
    other = fact.get("recipient_ko") or fact.get("of_ko") or fact.get("period") or fact.get("year") or \
        fact.get("role") or fact.get("type") or ""
    amount = fact.get("value", fact.get("amount_krw", fact.get("target", "")))
    return f"{fact['doc']}:{fact['line']}:{fact['kind']}:{value}:{amount}:{other}"


def _number(value) -> Literal:
    d = Decimal(str(value))
    if d == d.to_integral_value():
        return Literal(str(int(d)), datatype=NamedNode(XSD + "integer"))
    return Literal(format(d, "f"), datatype=NamedNode(XSD + "decimal"))


def _concept(scheme: str, name: str) -> NamedNode:
    return NamedNode(f"{CONCEPT}{scheme}/{name}")


def bindings(fact: dict) -> dict[Variable, object]:
    kind = fact["kind"]
    b: dict[str, object] = {"doc": NamedNode(f"https://w3id.org/sekg/id/document/{DOCS[fact['doc']]}"),
                            "line": _number(fact["line"])}
    text = lambda name: Literal(str(fact[name]))  # noqa: E731
    given = lambda name: fact.get(name) not in (None, "")  # noqa: E731
    if given("subject_ko"):
        b["s_text"] = text("subject_ko")
    if kind == "municipality":
        b["?m_text"] = text("label_ko")
        if given("province_ko"):
            b["prov_text"] = text("province_ko")
    elif kind == "case":
        b.update({"title": text("title_ko"), "?m_text": text("municipality_ko"), "field": _concept("field", fact["field"])})
    elif kind == "pledge":
        b.update({"label": text("label_ko"), "?m_text": text("municipality_ko")})
    elif kind == "enterprise":
        b.update({"label": text("label_ko"), "type": _concept("enterprise-type", fact["type"])})
        if given("municipality_ko"):
            b["?m_text"] = text("municipality_ko")
    elif kind == "organization":
        b["label"] = text("label_ko")
    elif kind == "partner":
        b.update({"?s_text": text("of_ko"), "?p_text": text("partner_ko"), "role": _concept("partner-role", fact["role"])})
    elif kind == "outcome":
        b.update({"indicator": _concept("indicator", fact["indicator"]), "value": _number(fact["value"]),
                  "unit": _concept("unit", fact["unit"]),
                  "vkind": _concept("value-kind", fact.get("value_kind") or "actual")})
        if given("period"):
            b["period"] = text("period")
    elif kind == "budget":
        b.update({"source": _concept("funding-source", fact["source"]), "value": _number(fact["amount_krw"])})
        if given("year"):
            b["year"] = Literal(str(fact["year"]))
    elif kind == "target":
        b.update({"indicator": _concept("indicator", fact["indicator"]), "target_value": _number(fact["target"]),
                  "unit": _concept("unit", fact["unit"])})
        if given("period"):
            b["period"] = text("period")
        if given("actual"):
            b["actual_value"] = _number(fact["actual"])
        if given("achievement_pct"):
            b["rate"] = Literal(format(Decimal(str(fact["achievement_pct"])), "f"), datatype=NamedNode(XSD + "decimal"))
    elif kind == "org-count":
        b.update({"type": _concept("enterprise-type", fact["enterprise_type"]),
                  "indicator": _concept("indicator", fact["indicator"]), "value": _number(fact["value"])})
        if given("period"):
            b["period"] = text("period")
    elif kind == "award":
        b.update({"contains": text("award_contains"), "?r_text": text("recipient_ko")})
        if given("year"):
            b["year"] = Literal(str(fact["year"]))
        if given("grantor_ko"):
            b["g_text"] = text("grantor_ko")
    elif kind == "ordinance":
        b.update({"title": text("title_ko"), "?m_text": text("municipality_ko")})
        if given("date"):
            b["date"] = text("date")
    elif kind == "event":
        b.update({"type": _concept("event-type", fact["event_type"]), "date": text("date")})
    elif kind == "beneficiary":
        b["group"] = _concept("beneficiary-group", fact["group"])
    elif kind == "contact":
        b.update({"dept": text("department_ko"), "role": _concept("post-role", fact["role"]),
                  "name": text("name_ko"), "phone": text("phone")})
    return {Variable(k.lstrip("?").replace("?", "")): v for k, v in b.items()}


def holds(store: Store, fact: dict) -> bool:
    # ASK queries take their values as a VALUES row of typed terms: pyoxigraph's
    # substitutions only reach projected variables.
    values = bindings(fact)
    row = " ".join(f"?{v.value}" for v in values)
    terms = " ".join(str(t) for t in values.values())
    body = QUERIES[fact["kind"]].replace("??", "?").replace("ASK {", f"ASK {{ VALUES ({row}) {{ ({terms}) }}", 1)
    return bool(store.query(PREFIXES + body, use_default_graph_as_union=True))


# -- precision ------------------------------------------------------------------------------------------------

# What the graph states of each family, one row per record (or entity statement) with its line range and the
# values a fact of the family is matched on.
STATED = {
    "outcome": """SELECT ?doc ?l1 ?l2 ?indicator ?value ?unit WHERE {
        ?o a sekg:OutcomeObservation ; sekg:indicator ?indicator ; sekg:value ?value ; sekg:unit ?unit ;
           sekg:valueKind ?vk ; prov:wasDerivedFrom ?span . ?span sekg:document ?doc ; sekg:lineStart ?l1 ; sekg:lineEnd ?l2 .
        FILTER(?vk != vkind:target) FILTER NOT EXISTS { ?o sekg:enterpriseType ?t } }""",
    "target": """SELECT ?doc ?l1 ?l2 ?indicator ?value WHERE {
        ?o a sekg:OutcomeObservation ; sekg:indicator ?indicator ; sekg:value ?value ; sekg:valueKind vkind:target ;
           prov:wasDerivedFrom ?span . ?span sekg:document ?doc ; sekg:lineStart ?l1 ; sekg:lineEnd ?l2 . }""",
    "org-count": """SELECT ?doc ?l1 ?l2 ?type ?indicator ?value WHERE {
        ?o a sekg:OutcomeObservation ; sekg:enterpriseType ?type ; sekg:indicator ?indicator ; sekg:value ?value ;
           sekg:valueKind ?vk ; prov:wasDerivedFrom ?span . FILTER(?vk != vkind:target)
        ?span sekg:document ?doc ; sekg:lineStart ?l1 ; sekg:lineEnd ?l2 . }""",
    "budget": """SELECT ?doc ?l1 ?l2 ?source ?value WHERE {
        ?o a sekg:BudgetObservation ; sekg:fundingSource ?source ; sekg:value ?value ; prov:wasDerivedFrom ?span .
        ?span sekg:document ?doc ; sekg:lineStart ?l1 ; sekg:lineEnd ?l2 . }""",
    "partner": """SELECT ?doc ?l1 ?l2 ?of ?partner ?role ?names WHERE {
        ?s sekg:qualifiedPartnership ?q . ?q prov:agent ?p ; prov:hadRole ?role ; prov:wasDerivedFrom ?span .
        ?s rdfs:label ?of . FILTER(LANG(?of) = "ko") ?p rdfs:label ?partner . FILTER(LANG(?partner) = "ko")
        ?span sekg:document ?doc ; sekg:lineStart ?l1 ; sekg:lineEnd ?l2 .
        { SELECT ?p (GROUP_CONCAT(STR(?name); SEPARATOR="|") AS ?names)
          WHERE { ?p rdfs:label|skos:altLabel ?name . FILTER(LANG(?name) = "ko") } GROUP BY ?p } }""",
    "award": """SELECT ?doc ?l1 ?l2 ?label ?recipient WHERE {
        ?w a sekg:Award ; rdfs:label ?label ; sekg:recipient ?r ; prov:wasDerivedFrom ?span .
        ?r rdfs:label ?recipient . FILTER(LANG(?recipient) = "ko")
        ?span sekg:document ?doc ; sekg:lineStart ?l1 ; sekg:lineEnd ?l2 . }""",
    "event": """SELECT ?doc ?l1 ?l2 ?type ?date WHERE {
        ?e a sekg:Event ; sekg:eventType ?type ; sekg:date ?date ; prov:wasDerivedFrom ?span .
        ?span sekg:document ?doc ; sekg:lineStart ?l1 ; sekg:lineEnd ?l2 . }""",
    "ordinance": """SELECT ?doc ?l1 ?l2 ?title WHERE {
        ?o a sekg:Ordinance ; rdfs:label ?title ; prov:wasDerivedFrom ?span .
        ?span sekg:document ?doc ; sekg:lineStart ?l1 ; sekg:lineEnd ?l2 . }""",
    "beneficiary": """SELECT ?doc ?l1 ?l2 ?group WHERE {
        ?a rdf:predicate sekg:beneficiary ; rdf:object ?group ; prov:wasDerivedFrom ?span .
        ?span sekg:document ?doc ; sekg:lineStart ?l1 ; sekg:lineEnd ?l2 . }""",
    "enterprise": """SELECT ?doc ?l1 ?l2 ?label ?type WHERE {
        ?e a sekg:Enterprise ; sekg:enterpriseType ?type ; rdfs:label ?label . FILTER(LANG(?label) = "ko")
        ?a rdf:subject ?e ; rdf:predicate sekg:enterpriseType ; rdf:object ?type ; prov:wasDerivedFrom ?span .
        ?span sekg:document ?doc ; sekg:lineStart ?l1 ; sekg:lineEnd ?l2 . }""",
}


def _local(term) -> str:
    value = term.value
    return value.rsplit("/", 1)[-1] if value.startswith(CONCEPT) else value


def _same_number(a, b) -> bool:
    return b is not None and Decimal(str(a)) == Decimal(str(b))


def _matches(family: str, row: dict, fact: dict) -> bool:
    squeeze = lambda text: str(text or "").replace(" ", "")  # noqa: E731
    if family == "outcome":
        return row["indicator"] == fact["indicator"] and _same_number(row["value"], fact["value"]) \
            and row["unit"] == fact["unit"]
    if family == "target":
        return row["indicator"] == fact["indicator"] and _same_number(row["value"], fact["target"])
    if family == "org-count":
        return row["type"] == fact["enterprise_type"] and row["indicator"] == fact["indicator"] \
            and _same_number(row["value"], fact["value"])
    if family == "budget":
        return row["source"] == fact["source"] and _same_number(row["value"], fact["amount_krw"])
    if family == "partner":
        # The partner by any of its names; an agreement binds both parties: the graph states it both ways, either
        # way matches the fact.
        parties = {squeeze(n) for n in row["names"].split("|")} | \
            ({squeeze(row["of"])} if row["role"] == "agreement-partner" else set())
        return squeeze(fact["partner_ko"]) in parties and row["role"] == fact["role"]
    if family == "award":
        return squeeze(fact["award_contains"]) in squeeze(row["label"])
    if family == "event":
        return row["type"] == fact["event_type"] and row["date"] == str(fact["date"])
    if family == "ordinance":
        return row["title"] == fact["title_ko"]
    if family == "beneficiary":
        return row["group"] == fact["group"]
    if family == "enterprise":
        return row["type"] == fact["type"]
    return False


@dataclass(frozen=True)
class Stated:
    """A record the graph states that no annotated fact of its family accounts for."""

    family: str
    doc: str
    lines: tuple[int, int]
    values: tuple[str, ...]


def precision(store: Store, facts: list[dict]) -> tuple[dict[str, tuple[int, int]], list[Stated]]:
    """Per family, (records matched by a fact, records), and the unmatched records."""
    by_family: dict[str, list[dict]] = defaultdict(list)
    for fact in facts:
        by_family[fact["kind"]].append(fact)
    docs = {f"https://w3id.org/sekg/id/document/{v}": k for k, v in DOCS.items()}
    counts: dict[str, tuple[int, int]] = {}
    unmatched: list[Stated] = []
    for family, query in STATED.items():
        result = store.query(PREFIXES + query, use_default_graph_as_union=True)
        names = [v.value for v in result.variables]
        # One row per distinct statement: the union default graph repeats a triple per graph that holds it.
        rows = {tuple(_local(r[n]) for n in names): {n: _local(r[n]) for n in names} for r in result}
        matched = 0
        for row in rows.values():
            doc, first, last = docs.get(row["doc"]), int(row["l1"]), int(row["l2"])
            if any(f["doc"] == doc and first <= f["line"] <= last and _matches(family, row, f)
                   for f in by_family[family]):
                matched += 1
            else:
                unmatched.append(Stated(family, doc or row["doc"], (first, last),
                                        tuple(v for k, v in row.items() if k not in ("doc", "l1", "l2"))))
        counts[family] = (matched, len(rows))
    return counts, unmatched

"""The graphs of a built store, and keeping the shared ones true to the documents.

A store written by ``sekg build`` holds each quad in exactly one graph:

- ``…/graph/ontology``: the ontology;
- ``…/graph/document/<id>``: what one document says (its spans, records and
  the assertions it makes, reified in its own name);
- ``…/graph/entities``: the entity triples those assertions are about, once;
- ``…/graph/curated``: assertions from curated tables (codes, English names);
- ``…/graph/derived``: what the build computes from the rest (:mod:`graph.derive`);
- ``…/graph/build``: the extraction runs.

A build writes the entities and curated graphs as it goes. When ``sekg ingest``
replaces one document, triples only that document stated must leave the
entities graph, and curated facts about entities no document names any more
must leave the curated graph: :func:`refresh_shared_graphs` recomputes both
from the document graphs.

>>> from pyoxigraph import Literal, NamedNode, Quad, Store
>>> iris = InstanceIRIs("https://w3id.org/sekg/id/")
>>> store = Store()
>>> city = NamedNode(iris.municipality("41110"))
>>> label = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
>>> stale = Quad(city, label, Literal("옛 이름", language="ko"), NamedNode(iris.entities_graph))
>>> store.add(stale)
>>> refresh_shared_graphs(store, iris)
RefreshSummary(entities_added=0, entities_removed=1, curated_statements_removed=0)
>>> len(store)
0
"""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import NamedNode, Quad, Store

from graph.namespaces import PREFIXES, SEKG, InstanceIRIs

# Run with one graph as the default graph (``default_graph=``): the assertions that graph holds.
_ASSERTIONS = f"""PREFIX rdf: <{PREFIXES['rdf']}>
SELECT ?statement ?s ?p ?o WHERE {{
  ?statement a <{SEKG}Assertion> ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o
}}"""


@dataclass(frozen=True)
class RefreshSummary:
    entities_added: int
    entities_removed: int
    curated_statements_removed: int


def document_graphs(store: Store, iris: InstanceIRIs) -> list[NamedNode]:
    prefix = iris.document_graph("x")[:-1]
    return [g for g in store.named_graphs() if isinstance(g, NamedNode) and g.value.startswith(prefix)]


def _assertions(store: Store, graph: NamedNode) -> list[tuple]:
    rows = store.query(_ASSERTIONS, default_graph=graph)
    return [(r["statement"], r["s"], r["p"], r["o"]) for r in rows]


def refresh_shared_graphs(store: Store, iris: InstanceIRIs) -> RefreshSummary:
    """Make the entities and curated graphs exactly what the document graphs call for.

    The entities graph becomes the triples asserted in some document graph,
    plus the curated triples about what the documents name (and, transitively,
    what those curated triples point to: a municipality's territory and codes).
    """
    entities = NamedNode(iris.entities_graph)
    curated = NamedNode(iris.curated_graph)
    wanted: set[tuple] = set()
    named: set = set()
    for graph in document_graphs(store, iris):
        for _, s, p, o in _assertions(store, graph):
            wanted.add((s, p, o))
            named.add(s)
            if isinstance(o, NamedNode):
                named.add(o)
    statements = _assertions(store, curated)
    by_subject: dict = {}
    for statement, s, p, o in statements:
        by_subject.setdefault(s, []).append((statement, s, p, o))
    kept: set = set()
    frontier = list(named)
    reached = set(named)
    while frontier:
        node = frontier.pop()
        for statement, s, p, o in by_subject.get(node, ()):
            kept.add(statement)
            wanted.add((s, p, o))
            if isinstance(o, NamedNode) and o not in reached:
                reached.add(o)
                frontier.append(o)
    dropped = [statement for statement, *_ in statements if statement not in kept]
    for statement in dropped:
        for quad in list(store.quads_for_pattern(statement, None, None, curated)):
            store.remove(quad)
    present = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, entities)}
    stale = present - wanted
    missing = wanted - present
    for s, p, o in stale:
        store.remove(Quad(s, p, o, entities))
    store.extend([Quad(s, p, o, entities) for s, p, o in missing])
    return RefreshSummary(entities_added=len(missing), entities_removed=len(stale),
                          curated_statements_removed=len(set(dropped)))

"""Records to RDF: every statement with its source, and no quad in two graphs.

A document's extraction becomes quads in three graphs (``ontology/README.md``,
"Graphs"):

- its own graph (``…/graph/document/<id>``): the document, its text spans, the
  records it holds (observations, partnerships, awards, ordinances, events,
  posts, each minted for this document and carrying ``prov:wasDerivedFrom``),
  and one ``sekg:Assertion`` per entity triple it states (``rdf:subject``,
  ``rdf:predicate``, ``rdf:object``, ``prov:wasDerivedFrom`` a text span,
  ``prov:wasGeneratedBy`` the run), minted in the document's name;
- the entities graph (``…/graph/entities``): the entity triples themselves,
  which several documents may state; the store keeps each once;
- the curated graph (``…/graph/curated``): assertions whose source is a
  curated table (codes, English names, romanization), shared by every document.

Keeping the graphs disjoint is what lets a query over their union see each
triple once (Oxigraph's union default graph repeats a triple per graph that
holds it) and lets a Turtle dump stream graph by graph.
"""

from __future__ import annotations

from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Quad

from graph.namespaces import CONCEPT, PREFIXES, SEKG, InstanceIRIs
from ingest.lexicon import Lexicon
from ingest.records import (
    Concept,
    Curated,
    DocumentExtraction,
    EntityKey,
    Evidence,
    Observation,
    Source,
    Value,
)
from ingest.romanize import romanize_name

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
CURATED_LABELS = {
    "admin-codes": ("검증된 행정구역코드", "Verified administrative codes"),
    "admin-codes-unverified": ("행정구역코드(미검증)", "Administrative codes, not yet verified"),
    "english-names": ("영문 명칭표", "English names table"),
    "catalog": ("문서 목록", "Document catalog"),
    "romanization": ("국어의 로마자 표기법에 따른 표기", "Revised Romanization of Korean"),
}


def S(local: str) -> NamedNode:
    """A term of the sekg vocabulary."""
    return NamedNode(str(SEKG) + local)


def term(curie: str) -> NamedNode:
    prefix, _, local = curie.partition(":")
    return NamedNode(PREFIXES[prefix] + local)


def typed(value: Value) -> Literal:
    if value.datatype in ("ko", "en"):
        return Literal(value.lexical, language=value.datatype)
    return Literal(value.lexical, datatype=NamedNode(XSD + value.datatype))


def number(value: int | Decimal) -> Literal:
    if isinstance(value, int) or (isinstance(value, Decimal) and value == value.to_integral_value()):
        return Literal(str(int(value)), datatype=NamedNode(XSD + "integer"))
    # Positional notation: str() writes a small Decimal as "1E-7", not a lexical form of xsd:decimal.
    return Literal(format(value, "f"), datatype=NamedNode(XSD + "decimal"))


def period_literal(period: str) -> Literal:
    if "/" in period:
        return Literal(period)
    datatype = {4: "gYear", 7: "gYearMonth", 10: "date"}.get(len(period), "string")
    return Literal(period, datatype=NamedNode(XSD + datatype))


class Emitter:
    """Writes one document's extraction as quads in its named graph."""

    def __init__(self, extraction: DocumentExtraction, *, iris: InstanceIRIs, lexicon: Lexicon, run: NamedNode) -> None:
        self.x = extraction
        self.iris = iris
        self.lexicon = lexicon
        self.run = run
        self.graph = NamedNode(iris.document_graph(extraction.doc_id))
        self.entities_graph = NamedNode(iris.entities_graph)
        self.curated_graph = NamedNode(iris.curated_graph)
        self.quads: list[Quad] = []
        self._shared: set[Quad] = set()
        self._spans: dict[Evidence, NamedNode] = {}
        self._curated: dict[str, NamedNode] = {}
        self._asserted: set[tuple[str, str]] = set()
        self._statements: set[str] = set()

    # -- nodes ----------------------------------------------------------------

    def add(self, s, p, o) -> None:
        self.quads.append(Quad(s, p, o, self.graph))

    def share(self, s, p, o, graph: NamedNode) -> None:
        """A quad of a graph several documents write to: once per document (the store merges the rest)."""
        quad = Quad(s, p, o, graph)
        if quad not in self._shared:
            self._shared.add(quad)
            self.quads.append(quad)

    def node(self, key: EntityKey) -> NamedNode:
        kind, keys = key
        if kind == "document":
            return NamedNode(self.iris.document(keys[0]))
        if kind == "municipality":
            return NamedNode(self.iris.municipality(keys[0]))
        if kind == "province":
            return NamedNode(self.iris.province(keys[0]))
        return NamedNode(self.iris.mint(kind, *keys))

    def source(self, source: Source) -> NamedNode:
        if isinstance(source, Curated):
            if source.source not in self._curated:
                node = NamedNode(self.iris.mint("curated", source.source))
                ko, en = CURATED_LABELS.get(source.source, (source.source, source.source))
                self.share(node, RDF_TYPE, S("CuratedSource"), self.curated_graph)
                self.share(node, term("rdfs:label"), Literal(ko, language="ko"), self.curated_graph)
                self.share(node, term("rdfs:label"), Literal(en, language="en"), self.curated_graph)
                self._curated[source.source] = node
            return self._curated[source.source]
        if source not in self._spans:
            node = NamedNode(self.iris.text_span(source.doc_id, source.line_start, source.line_end, source.quote))
            self.add(node, RDF_TYPE, S("TextSpan"))
            self.add(node, S("document"), NamedNode(self.iris.document(source.doc_id)))
            self.add(node, S("lineStart"), number(source.line_start))
            self.add(node, S("lineEnd"), number(source.line_end))
            self.add(node, S("quote"), Literal(source.quote))
            self._spans[source] = node
        return self._spans[source]

    def obj(self, value: object):
        if isinstance(value, Concept):
            return NamedNode(str(CONCEPT[value.scheme]) + value.name)
        if isinstance(value, Value):
            return term(value.lexical) if value.datatype == "iri" else typed(value)
        if isinstance(value, tuple):
            return self.node(value)
        raise TypeError(f"cannot turn {value!r} into an RDF term")

    def reify(self, s: NamedNode, p: NamedNode, o, source: Source) -> None:
        """A triple about an entity, in the entities graph, and its assertion with the source."""
        self.share(s, p, o, self.entities_graph)
        curated = isinstance(source, Curated)
        statement = NamedNode(self.iris.statement(s.value, p.value, str(o),
                                                  scope="curated" if curated else self.x.doc_id))
        src = self.source(source)
        if (statement.value, src.value) in self._asserted:
            return
        self._asserted.add((statement.value, src.value))
        if curated:
            for quad in self._assertion(statement, s, p, o, src, self.curated_graph):
                self.share(quad.subject, quad.predicate, quad.object, self.curated_graph)
            return
        if statement.value in self._statements:
            self.add(statement, term("prov:wasDerivedFrom"), src)
            return
        self._statements.add(statement.value)
        self.quads.extend(self._assertion(statement, s, p, o, src, self.graph))

    def _assertion(self, statement: NamedNode, s, p, o, src: NamedNode, graph: NamedNode) -> list[Quad]:
        return [Quad(statement, RDF_TYPE, S("Assertion"), graph),
                Quad(statement, term("rdf:subject"), s, graph),
                Quad(statement, term("rdf:predicate"), p, graph),
                Quad(statement, term("rdf:object"), o, graph),
                Quad(statement, term("prov:wasGeneratedBy"), self.run, graph),
                Quad(statement, term("prov:wasDerivedFrom"), src, graph)]

    def record(self, kind: str, rdf_class: str, *parts: object) -> NamedNode:
        """A record node of this document: its IRI is minted with the document's id, so no other graph has it."""
        node = NamedNode(self.iris.hashed(kind, self.x.doc_id, *parts))
        self.add(node, RDF_TYPE, S(rdf_class))
        return node

    # -- the document ---------------------------------------------------------

    def emit(self) -> list[Quad]:
        x = self.x
        doc = NamedNode(self.iris.document(x.doc_id))
        self.add(doc, RDF_TYPE, S("SourceDocument"))
        if x.title:
            self.add(doc, term("dcterms:title"), Literal(x.title, language="ko"))
        self.add(doc, S("fileName"), Literal(x.file_name))
        self.add(doc, S("sha256"), Literal(x.sha256, datatype=NamedNode(XSD + "hexBinary")))
        self.add(doc, S("lineCount"), number(x.line_count))
        self.add(doc, S("documentKind"), NamedNode(str(CONCEPT["document-kind"]) + x.kind))
        for key, entity in x.entities.items():
            self.entity(key, entity.rdf_class, entity.label_ko, entity.evidence)
        for fact in x.facts:
            self.reify(self.node(fact.subject), term(fact.predicate), self.obj(fact.obj), fact.evidence)
        nodes = {id(observation): self.observation(observation) for observation in x.observations}
        for observation in x.observations:
            node = nodes[id(observation)]
            if observation.target is not None and id(observation.target) in nodes:
                self.add(node, S("target"), nodes[id(observation.target)])
            for part in observation.computed_from:
                if id(part) in nodes:
                    self.add(node, S("computedFrom"), nodes[id(part)])
        for p in x.partnerships:
            self.partnership(p)
        for award in x.awards:
            node = self.record("award", "Award", award.recipient, award.label, award.date)
            self.add(node, term("rdfs:label"), Literal(award.label, language="ko"))
            self.add(node, S("recipient"), self.node(award.recipient))
            if award.grantor:
                self.add(node, S("grantor"), self.node(award.grantor))
            if award.date:
                self.add(node, S("date"), period_literal(award.date))
            for evidence in (award.evidence, *award.also):
                self.add(node, term("prov:wasDerivedFrom"), self.source(evidence))
        for ordinance in x.ordinances:
            node = self.record("ordinance", "Ordinance", ordinance.municipality[1][0], ordinance.title)
            self.add(node, term("rdfs:label"), Literal(ordinance.title, language="ko"))
            self.add(node, S("municipality"), self.node(ordinance.municipality))
            self.add(node, term("eli:passed_by"), self.node(ordinance.municipality))
            if ordinance.date:
                self.add(node, S("date"), period_literal(ordinance.date))
            if ordinance.number:
                self.add(node, term("eli:id_local"), Literal(ordinance.number))
            self.add(node, term("prov:wasDerivedFrom"), self.source(ordinance.evidence))
        for event in x.events:
            node = self.record("event", "Event", event.subject, event.event_type, event.date, event.label)
            self.add(node, term("rdfs:label"), Literal(event.label, language="ko"))
            self.add(node, S("eventType"), NamedNode(str(CONCEPT["event-type"]) + event.event_type))
            self.add(node, S("subject"), self.node(event.subject))
            self.add(node, S("date"), period_literal(event.date))
            self.add(node, term("prov:wasDerivedFrom"), self.source(event.evidence))
        for post in x.posts:
            node = self.record("post", "Post", *post.department[1], post.label)
            self.add(node, term("rdfs:label"), Literal(post.label, language="ko"))
            self.add(node, term("org:postIn"), self.node(post.department))
            self.add(node, term("org:role"), NamedNode(str(CONCEPT["post-role"]) + post.role))
            if post.person:
                self.add(node, term("org:heldBy"), self.node(post.person))
            if post.phone:
                self.add(node, term("schema:telephone"), Literal(post.phone))
            self.add(node, term("prov:wasDerivedFrom"), self.source(post.evidence))
        return self.quads

    def entity(self, key: EntityKey, rdf_class: str, label: str, source: Source) -> None:
        node = self.node(key)
        self.reify(node, RDF_TYPE, S(rdf_class), source)
        self.reify(node, term("rdfs:label"), Literal(label, language="ko"), source)
        kind, keys = key
        lex = self.lexicon
        names = Curated("english-names")
        if kind == "municipality":
            m = lex.municipalities[keys[0]]
            codes = Curated("admin-codes" if m.verified else "admin-codes-unverified")
            self.reify(node, term("rdfs:label"), Literal(m.english, language="en"), names)
            self.reify(node, S("adminCode"), Literal(m.code), codes)
            self.reify(node, S("province"), NamedNode(self.iris.province(m.province)), codes)
            territory = NamedNode(self.iris.territory(m.code))
            self.reify(node, S("jurisdiction"), territory, codes)
            self.reify(territory, RDF_TYPE, S("Territory"), codes)
            self.reify(territory, term("rdfs:label"), Literal(f"{m.name} 관할구역", language="ko"), codes)
            self.reify(territory, term("rdfs:label"), Literal(f"Territory of {m.english}", language="en"), names)
            self.codes(node, m.code, m.former_codes, codes)
            if m.province in lex.provinces:
                self.entity(("province", (m.province,)), "Province", lex.provinces[m.province].name, codes)
        elif kind == "province":
            p = lex.provinces[keys[0]]
            codes = Curated("admin-codes")
            self.reify(node, term("rdfs:label"), Literal(p.english, language="en"), names)
            self.reify(node, S("adminCode"), Literal(p.code), codes)
            self.codes(node, p.code, p.former_codes, codes)
        elif kind == "organization":
            known = lex.organizations.get(keys[0])
            if known and known.english:
                self.reify(node, term("rdfs:label"), Literal(known.english, language="en"), names)
            else:
                self.reify(node, term("rdfs:label"), Literal(romanize_name(label), language="en"),
                             Curated("romanization"))
        elif kind == "person":
            self.reify(node, term("rdfs:label"), Literal(romanize_name(label, kind="person"), language="en"),
                         Curated("romanization"))

    def codes(self, node: NamedNode, code: str, former: tuple[dict, ...], source: Curated) -> None:
        current = NamedNode(self.iris.admin_code(code))
        self.reify(node, S("codeAssignment"), current, source)
        self.reify(current, RDF_TYPE, S("AdministrativeCode"), source)
        self.reify(current, term("skos:notation"), Literal(code), source)
        for old in former:
            old_node = NamedNode(self.iris.admin_code(str(old["code"])))
            self.reify(node, S("codeAssignment"), old_node, source)
            self.reify(old_node, RDF_TYPE, S("AdministrativeCode"), source)
            self.reify(old_node, term("skos:notation"), Literal(str(old["code"])), source)
            if old.get("valid_through"):
                self.reify(old_node, term("schema:validThrough"),
                             Literal(str(old["valid_through"]), datatype=NamedNode(XSD + "date")), source)
            self.reify(old_node, term("dcterms:isReplacedBy"), current, source)

    def observation(self, o: Observation) -> NamedNode:
        budget = o.kind == "budget"
        node = self.record("observation", "BudgetObservation" if budget else "OutcomeObservation",
                           o.subject, o.indicator, o.period, o.value_kind, o.funding_source, o.enterprise_type,
                           o.beneficiary, o.evidence.line_start, o.value, o.label)
        self.add(node, term("qb:dataSet"), S("budgets") if budget else S("outcomes"))
        self.add(node, S("subject"), self.node(o.subject))
        if o.indicator and not budget:
            self.add(node, S("indicator"), NamedNode(str(CONCEPT["indicator"]) + o.indicator))
        if o.period:
            self.add(node, S("period"), period_literal(o.period))
            if "/" in o.period:
                start, end = o.period.split("/", 1)
                self.add(node, S("periodStart"), period_literal(start))
                self.add(node, S("periodEnd"), period_literal(end))
        self.add(node, S("valueKind"), NamedNode(str(CONCEPT["value-kind"]) + o.value_kind))
        self.add(node, S("value"), number(o.value))
        self.add(node, S("unit"), NamedNode(str(CONCEPT["unit"]) + o.unit))
        for attribute, scheme, value in ((S("qualifier"), "qualifier", o.qualifier),
                                         (S("fundingSource"), "funding-source", o.funding_source),
                                         (S("enterpriseType"), "enterprise-type", o.enterprise_type),
                                         (S("beneficiary"), "beneficiary-group", o.beneficiary)):
            if value:
                self.add(node, attribute, NamedNode(str(CONCEPT[scheme]) + value))
        if o.municipality:
            self.add(node, S("municipality"), self.node(o.municipality))
        if o.achievement_rate is not None:
            self.add(node, S("achievementRate"), Literal(format(Decimal(o.achievement_rate), "f"),
                                                       datatype=NamedNode(XSD + "decimal")))
        self.add(node, term("prov:wasDerivedFrom"), self.source(o.evidence))
        return node

    def partnership(self, p) -> None:
        subject, partner = self.node(p.subject), self.node(p.partner)
        # One node per record: a role table states a partner's parts line by line, each its own partnership.
        node = NamedNode(self.iris.hashed("partnership", self.x.doc_id, subject.value, partner.value,
                                          p.evidence.line_start, p.evidence.line_end))
        self.reify(subject, S("partner"), partner, p.evidence)
        self.reify(subject, S("qualifiedPartnership"), node, p.evidence)
        self.add(node, RDF_TYPE, S("Partnership"))
        self.add(node, term("prov:agent"), partner)
        for role in p.roles:
            self.add(node, term("prov:hadRole"), NamedNode(str(CONCEPT["partner-role"]) + role))
        self.add(node, S("roleText"), Literal(p.role_text, language="ko"))
        self.add(node, term("prov:wasDerivedFrom"), self.source(p.evidence))


def emit_document(extraction: DocumentExtraction, *, iris: InstanceIRIs, lexicon: Lexicon,
                  run: NamedNode) -> list[Quad]:
    return Emitter(extraction, iris=iris, lexicon=lexicon, run=run).emit()


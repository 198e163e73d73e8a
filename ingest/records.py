"""Typed records passed from extraction to RDF.

Extraction fills a :class:`DocumentExtraction`; resolution gives entities their
keys; :mod:`ingest.emit` turns the records into quads. Every record carries the
:class:`Evidence` it came from, so provenance needs no second look at the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

# An entity's identity: its IRI kind and natural keys, e.g. ("municipality", ("41360",)).
EntityKey = tuple[str, tuple[str, ...]]


@dataclass(frozen=True)
class Evidence:
    """Where a statement comes from: document, line range, quoted original text."""

    doc_id: str
    line_start: int
    line_end: int
    quote: str


@dataclass(frozen=True)
class Curated:
    """A statement taken from a curated data file rather than from the text."""

    source: str  # local name under …/curated/, e.g. "admin-codes", "english-names"


Source = Evidence | Curated


@dataclass
class Entity:
    """A real-world thing; facts about it are :class:`Fact` records."""

    key: EntityKey
    rdf_class: str  # local name in the sekg vocabulary: Municipality, Enterprise …
    label_ko: str
    evidence: Source


@dataclass(frozen=True)
class Fact:
    """One triple about an entity. ``obj`` is an EntityKey, a concept
    ``(scheme, name)`` wrapped in :class:`Concept`, or a :class:`Value`."""

    subject: EntityKey
    predicate: str  # a CURIE of the project's prefixes: "sekg:municipality", "skos:altLabel"
    obj: object
    evidence: Source


@dataclass(frozen=True)
class Concept:
    scheme: str  # key of graph.namespaces.CONCEPT, e.g. "indicator"
    name: str


@dataclass(frozen=True)
class Value:
    """A literal: ``datatype`` is an XSD local name or ``"ko"``/``"en"`` for language strings."""

    lexical: str
    datatype: str


@dataclass(eq=False)
class Observation:
    """A figure from the text: an outcome (jobs, revenue …) or a budget amount."""

    kind: str  # "outcome" or "budget"
    subject: EntityKey
    indicator: str | None
    value: int | Decimal
    unit: str
    evidence: Evidence
    value_kind: str = "actual"
    qualifier: str | None = None
    period: str | None = None  # ISO: "2016", "2016-12", "2016-05-28" or "2015/2017"
    funding_source: str | None = None
    enterprise_type: str | None = None
    beneficiary: str | None = None
    municipality: EntityKey | None = None
    target: Observation | None = None  # the goal this figure achieves
    achievement_rate: Decimal | None = None
    computed_from: tuple[Observation, ...] = ()  # the observations this one sums
    label: str | None = None  # the row or item label the figure belongs to, for the report


@dataclass
class Partnership:
    subject: EntityKey
    partner: EntityKey
    roles: list[str]
    role_text: str
    evidence: Evidence


@dataclass
class Award:
    recipient: EntityKey
    label: str
    date: str | None
    evidence: Evidence
    grantor: EntityKey | None = None
    also: list[Evidence] = field(default_factory=list)  # the other passages that state the same award


@dataclass
class Ordinance:
    municipality: EntityKey
    title: str
    evidence: Evidence
    date: str | None = None
    number: str | None = None
    action: str = "enactment"  # or "amendment"


@dataclass
class Event:
    subject: EntityKey
    label: str
    event_type: str
    date: str
    evidence: Evidence
    end_date: str | None = None


@dataclass
class Post:
    department: EntityKey
    label: str
    role: str
    evidence: Evidence
    person: EntityKey | None = None
    phone: str | None = None


@dataclass(frozen=True)
class Typed:
    """A type an organization is stated to have (``scheme`` "enterprise-type": it is an enterprise)."""

    subject: EntityKey
    scheme: str
    concept: str
    evidence: Evidence


@dataclass(frozen=True)
class Warning:
    code: str  # short machine name: "unparsed-table", "number-without-unit", "malformed-number" …
    message: str
    line: int | None = None


@dataclass
class DocumentExtraction:
    """Everything extracted from one document."""

    doc_id: str
    file_name: str
    sha256: str
    encoding: str
    line_count: int
    kind: str  # document-kind concept name
    title: str | None = None
    entities: dict[EntityKey, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    partnerships: list[Partnership] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    ordinances: list[Ordinance] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    typings: list[Typed] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    resolutions: list[dict[str, str]] = field(default_factory=list)
    tokens: int = 0

    def add_entity(self, entity: Entity) -> EntityKey:
        """Keep the first mention of an entity; later mentions add evidence through facts."""
        self.entities.setdefault(entity.key, entity)
        return entity.key

    def add_fact(self, subject: EntityKey, predicate: str, obj: object, evidence: Source) -> None:
        self.facts.append(Fact(subject, predicate, obj, evidence))

    def warn(self, code: str, message: str, line: int | None = None) -> None:
        self.warnings.append(Warning(code, message, line))

    def add(self, record: Record) -> None:
        """File a record a relation part returned under its kind."""
        if isinstance(record, Fact):
            self.facts.append(record)
        else:
            getattr(self, _LISTS[type(record)]).append(record)


# What a relation part may return.
Record = Observation | Partnership | Award | Ordinance | Event | Post | Typed | Fact
_LISTS = {Observation: "observations", Partnership: "partnerships", Award: "awards", Ordinance: "ordinances",
          Event: "events", Post: "posts", Typed: "typings"}

"""One document's extraction in progress: evidence, and the entities every stage may name.

Readers, the outline and relation parts all mint entities through one :class:`Context`, so that a name
met twice is one entity (with its other spellings as ``skos:altLabel``) and every entity keeps the evidence
of its first mention. Relation parts return records; the context only resolves names and quotes lines.
"""

from __future__ import annotations

import re

from ingest.catalog import CatalogEntry
from ingest.cleaning import normalize_space
from ingest.lexicon import Lexicon, Municipality
from ingest.reading import SourceText
from ingest.records import (
    Concept,
    Curated,
    DocumentExtraction,
    Entity,
    EntityKey,
    Event,
    Evidence,
    Source,
    Typed,
    Value,
)
from ingest.resolve import Resolver
from ingest.structure import Line

CURATED_CODES = Curated("admin-codes")
# Organization types whose municipality is the one of the text that names them (a city's own center,
# a local company); a ministry or a university named in a case is not located there.
LOCAL_TYPES = ("company", "support-center", "welfare-center", "association")
EVENT_DETAIL_LINES = 8  # how far below an event's heading its "일 시" line may stand


class Context:
    """The document being extracted, its lines by number, and the entities named so far."""

    def __init__(self, source: SourceText, lines: list[Line], *, entry: CatalogEntry | None, lexicon: Lexicon,
                 kind: str) -> None:
        self.source = source
        self.entry = entry
        self.lexicon = lexicon
        self.resolver = Resolver(lexicon)
        self.by_number = {line.number: line for line in lines}
        self.out = DocumentExtraction(
            doc_id=source.doc_id, file_name=source.file_name, sha256=source.sha256, encoding=source.encoding,
            line_count=len(source.lines), kind=kind, title=entry.title if entry else None,
        )
        self.org_types: dict[EntityKey, str] = {}
        # The document's own date (a report's dateline or the catalog's), for what it says relative to it.
        self.reference_date: str | None = entry.date if entry else None
        self._located: dict[EntityKey, tuple[EntityKey, Evidence]] = {}
        self._provinces: dict[str, tuple[str, Evidence]] = {}

    @property
    def doc_id(self) -> str:
        return self.source.doc_id

    # -- provenance ---------------------------------------------------------

    def evidence(self, first: int, last: int | None = None, *, quote: str | None = None) -> Evidence:
        """Lines ``first``–``last`` of the document with their original text (or ``quote``, a part of them)."""
        last = last or first
        if quote is None:
            quote = " ".join(self.by_number[n].clean.original for n in range(first, last + 1) if n in self.by_number)
        return Evidence(self.source.doc_id, first, last, normalize_space(quote)[:500])

    def evidence_of(self, items) -> Evidence:
        """The evidence of some items: their line range with its text, or, for items of one line (the sentences
        of a long line), the document's characters behind the items' own text."""
        if items[0].number != items[-1].number:
            return self.evidence(items[0].number, items[-1].number)
        quote = " ".join(item.line.clean.original_slice(0, len(item.line.text)) for item in items)
        return self.evidence(items[0].number, items[-1].number, quote=quote)

    # -- entities -------------------------------------------------------------

    def municipality(self, m: Municipality, evidence: Source, *, label: str | None = None) -> EntityKey:
        key: EntityKey = ("municipality", (m.code,))
        if key not in self.out.entities:
            self.out.add_entity(Entity(key, "Municipality", label or m.name, evidence))
        return key

    def province(self, code: str, text: str, evidence: Evidence) -> EntityKey:
        self._provinces.setdefault(code, (text, evidence))
        return ("province", (code,))

    def organization(self, mention: str, evidence: Evidence, *, municipality: EntityKey | None = None,
                     municipality_name: str | None = None, org_type: str | None = None) -> EntityKey | None:
        """The organization ``mention`` names (resolved through the curated aliases), or None for no name."""
        label = normalize_space(mention.strip(" ,.:;/\"'"))
        if len(re.sub(r"[^가-힣A-Za-z]", "", label)) < 2:
            return None
        resolution = self.resolver.organization(label, municipality_name=municipality_name)
        if not resolution.key:
            return None
        key: EntityKey = ("organization", (resolution.key,))
        if key not in self.out.entities:
            self.out.add_entity(Entity(key, "Organization", label, evidence))
            self._resolved(label, resolution, evidence)
        elif label != self.out.entities[key].label_ko:
            self.out.add_fact(key, "skos:altLabel", Value(label, "ko"), evidence)
            self._resolved(label, resolution, evidence)
        if resolution.known:
            self.org_types.setdefault(key, resolution.known.type)
        elif org_type:
            self.org_types.setdefault(key, org_type)
        if municipality:
            self._located.setdefault(key, (municipality, evidence))
        return key

    def _resolved(self, label: str, resolution, evidence: Evidence) -> None:
        self.out.resolutions.append({"mention": label, "key": resolution.key, "rule": resolution.rule,
                                     "line": str(evidence.line_start)})

    def program(self, label: str, evidence: Evidence, *, municipality: EntityKey | None, case: EntityKey | None = None,
                parent: EntityKey | None = None) -> EntityKey:
        """A program named by a heading: one per municipality and name (spaces and punctuation aside)."""
        code = municipality[1][0] if municipality else "unknown"
        label = normalize_space(label)
        key: EntityKey = ("program", (code, _program_key(label)))
        if key not in self.out.entities:
            self.out.add_entity(Entity(key, "Program", label, evidence))
            if municipality:
                self.out.add_fact(key, "sekg:municipality", municipality, evidence)
                self.out.add_fact(key, "sekg:runBy", municipality, evidence)
            if case:
                self.out.add_fact(case, "sekg:featuresProgram", key, evidence)
            if parent and parent != key:
                self.out.add_fact(key, "sekg:subProgramOf", parent, evidence)
        return key

    def pledge(self, label: str, evidence: Evidence, *, municipality: EntityKey | None) -> EntityKey:
        code = municipality[1][0] if municipality else "unknown"
        key: EntityKey = ("pledge", (code, normalize_space(label)))
        if key not in self.out.entities:
            self.out.add_entity(Entity(key, "Pledge", normalize_space(label), evidence))
            if municipality:
                self.out.add_fact(key, "sekg:municipality", municipality, evidence)
        return key

    def label(self, key: EntityKey) -> str | None:
        entity = self.out.entities.get(key)
        return entity.label_ko if entity else None

    def is_enterprise(self, key: EntityKey | None) -> bool:
        """Whether ``key`` is a company or an enterprise: the body a report is about that wins prizes and is
        given work, where an institute it names may judge or help."""
        return key is not None and (self.org_types.get(key) == "company" or
                                    getattr(self.out.entities.get(key), "rdf_class", None) == "Enterprise")

    # -- the end ----------------------------------------------------------------

    def finish(self) -> DocumentExtraction:
        """Entity classes and types from what the parts found, locations, provinces; the extraction."""
        types: dict[EntityKey, dict[str, Evidence]] = {}
        for typed in self.out.typings:
            if typed.scheme == "enterprise-type":
                types.setdefault(typed.subject, {}).setdefault(typed.concept, typed.evidence)
        for key, entity in list(self.out.entities.items()):
            if key[0] != "organization":
                continue
            found = types.get(key, {})
            if len(found) > 1:
                found.pop("social-economy-organization", None)
            if found:
                entity.rdf_class = "Enterprise"
                for concept, evidence in sorted(found.items()):
                    self.out.add_fact(key, "sekg:enterpriseType", Concept("enterprise-type", concept), evidence)
            elif key in self.org_types:
                self.out.add_fact(key, "sekg:organizationType", Concept("organization-type", self.org_types[key]),
                                  entity.evidence)
            if key in self._located and (found or key not in self.org_types or self.org_types[key] in LOCAL_TYPES):
                municipality, evidence = self._located[key]
                self.out.add_fact(key, "sekg:municipality", municipality, evidence)
        self.out.events = [e for e in self.out.events if not _told_more_precisely(e, self.out.events)]
        for code, (text, evidence) in self._provinces.items():
            name = self.lexicon.provinces[code].name
            self.out.add_entity(Entity(("province", (code,)), "Province", name, CURATED_CODES))
            if text != name:
                self.out.add_fact(("province", (code,)), "skos:altLabel", Value(text, "ko"), evidence)
        return self.out


def _told_more_precisely(event: Event, events: list[Event]) -> bool:
    """Whether the lines just below an event dated by its year alone date it to the day (2016 제5회 한마당 개최 /
    화성행궁 광장(2016. 5. 28)에서): one happening, kept once, at its precise date."""
    return len(event.date) == 4 and any(
        other.subject == event.subject and other.event_type == event.event_type and other.date.startswith(event.date)
        and len(other.date) > 4 and 0 < other.evidence.line_start - event.evidence.line_start <= EVENT_DETAIL_LINES
        for other in events)


def _program_key(label: str) -> str:
    """Two headings naming one program: the same words, spaces, quotes and brackets aside.

    >>> _program_key("사회적경제 아카데미 '꿈꾸는 사람들'") == _program_key("사회적경제 아카데미‘꿈꾸는 사람들’")
    True
    """
    return re.sub(r"[\s'\"‘’“”「」『』【】<>《》·]", "", label)


def typed(subject: EntityKey, concept: str, evidence: Evidence) -> Typed:
    """An enterprise-type statement about an organization (the organization becomes an Enterprise)."""
    return Typed(subject, "enterprise-type", concept, evidence)

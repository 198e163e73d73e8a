"""Relations: from structured, annotated lines to records with their line ranges.

One :class:`Extractor` per document. Casebooks are read case by case, pledge
cards as one pledge, anything else as generic text about whatever
municipality it names. Within a region every line goes through the same
line-level extractors (organizations, figures, awards, ordinances, events,
beneficiaries, partners), each with a :class:`Scope` saying what the region
is about.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from spacy.language import Language

from ingest import normalize
from ingest.catalog import CatalogEntry
from ingest.cleaning import clean_lines, normalize_space
from ingest.components import Mention, suffix_type
from ingest.lexicon import Lexicon, Municipality
from ingest.pipeline import run_lines
from ingest.reading import SourceText
from ingest.records import (
    Award,
    Concept,
    Curated,
    DocumentExtraction,
    Entity,
    EntityKey,
    Event,
    Evidence,
    Observation,
    Ordinance,
    Partnership,
    Post,
    Value,
)
from ingest.resolve import Resolver
from ingest.structure import Case, Line, find_cases, parse_line, tab_tables, table_of_contents

CURATED_CODES = Curated("admin-codes")
CURATED_NAMES = Curated("english-names")

MONEY_INDICATORS = {"revenue", "support-amount", "budget", "investment", "economic-impact", "production-inducement",
                    "income-inducement", "value-added-inducement", "fiscal-size", "exports", "imports", "wage"}
PERSON_INDICATORS = {"hires", "job-openings", "job-placements", "job-referrals", "jobs-created", "trainees",
                     "graduates", "participants", "employees", "visitors", "members", "population",
                     "employed-persons", "beneficiaries", "working-age-population", "employment-inducement", "startups"}
COUNT_INDICATORS = {"organizations", "jobs-created", "startups", "facilities", "cases-handled", "copies", "sessions",
                    "teams", "participants", "beneficiaries", "investment"}
UNIT_INDICATORS = {
    "krw": MONEY_INDICATORS, "usd": MONEY_INDICATORS, "person": PERSON_INDICATORS, "count": COUNT_INDICATORS,
    "place": {"facilities", "organizations", "beneficiaries", "participants"}, "times": {"sessions"},
    "team": {"teams", "startups", "participants"}, "percent": {"employment-rate", "achievement-rate", "growth-rate"},
    "household": {"households"}, "copy": {"copies"}, "square-metre": {"area"}, "pyeong": {"area"},
    "vehicle": {"facilities", "cases-handled"},
}
UNIT_DEFAULT = {"krw": "budget", "usd": "exports", "person": "participants", "place": "facilities", "times": "sessions",
                "team": "teams", "household": "households", "copy": "copies", "square-metre": "area",
                "pyeong": "area"}
FUNDING_WORDS = ("국비", "도비", "시비", "군비", "구비", "지방비", "자부담", "민자", "기타")
TARGET_WORDS = ("목표", "계획", "예정")
STATUS_WORDS = ("현황", "실적", "기준", "현재")
PROJECTION_WORDS = ("예상", "추정", "전망", "기대", "유발", "파급")
_YEAR_TOKEN = re.compile(r"(?<![\d,.])((?:19|20)\d{2})(?:\.(\d{1,2})\.?)?(?:년)?(?:\s*(\d{1,2})월)?(?![\d,])")
_NUMBER_TOKEN = re.compile(r"(?<![\d.,])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d.,])-?\d+(?:\.\d+)?(?![\d,])")
_ORDINANCE = re.compile(r"(?P<title>(?:[가-힣]+(?:시|군|구)\s)?[가-힣0-9·\s]{2,50}?(?:에\s*관한\s*|촉진|설치\s*)?조례)"
                        r"(?P<rest>[^.。]*)")
_ORDINANCE_NUMBER = re.compile(r"(?:조례|규칙)\s*(제\s*\d+\s*호)")
_PHONE = re.compile(r"(?<!\d)(0\d{1,2}-)?\d{3,4}-\d{4}(?!\d)")
_AWARD = re.compile(r"(수상|표창|선정|\d위|[SA]{1,2}등급|[가-힣]*상(?=[\s'\")]|$)|최우수|우수기관|우수지자체)")
# Roles that are a relation in themselves; a clause naming one of these is about it,
# whatever activity words it also holds (수원시와 … 건립 운영 협약 체결).
RELATIONAL_ROLES = ("agreement-partner", "governance-member", "collaborator", "participant")
# Words a name cannot start with: the line carries on a sentence from above.
_NOT_A_START = frozenset({"및", "등", "또는", "따라", "되는", "하는", "위한", "통한", "시"})
_LOCATION_WORDS = (" 소재", " 출신", "소재", "출신")
_NAME_ONLY = re.compile(r"^[가-힣A-Za-z0-9()㈜·+\-\s]{2,30}$")


@dataclass(frozen=True)
class LineNotes:
    """What the spaCy components found on one line (``doc._.sekg_mentions`` and the others)."""

    mentions: tuple[Mention, ...]
    quantities: tuple[normalize.Quantity, ...]
    dates: tuple[normalize.DateValue, ...]


@dataclass
class Scope:
    """What a region of text is about."""

    municipality: EntityKey | None
    municipality_name: str | None
    program: EntityKey | None = None  # the case's or pledge's main program
    pledges: list[EntityKey] = field(default_factory=list)
    case: EntityKey | None = None
    focal: EntityKey | None = None  # the enterprise a case is about, if any
    type_cues: tuple[str, ...] = ()  # enterprise types the region's title names


class Extractor:
    def __init__(self, source: SourceText, *, entry: CatalogEntry | None, nlp: Language, lexicon: Lexicon,
                 first_line: int = 1, kind: str | None = None) -> None:
        self.source = source
        self.entry = entry
        self.nlp = nlp
        self.lexicon = lexicon
        self.resolver = Resolver(lexicon)
        self.cleaned = clean_lines(source.lines, first_number=first_line)
        self.lines = [parse_line(c) for c in self.cleaned]
        self.by_number = {line.number: line for line in self.lines}
        self.kind = kind or (entry.kind if entry else None) or _detect(self.cleaned)
        self.out = DocumentExtraction(
            doc_id=source.doc_id, file_name=source.file_name, sha256=source.sha256, encoding=source.encoding,
            line_count=len(source.lines), kind=self.kind, title=entry.title if entry else None,
        )
        self.notes: dict[int, LineNotes] = {}  # what the pipeline found on each line
        self.enterprise_types: dict[EntityKey, set[str]] = {}
        self.org_types: dict[EntityKey, str] = {}
        self.consumed: set[int] = set()  # lines whose figures a table already took
        self._partner_labels = tuple(lexicon.cues.get("partner-label-ends", []))
        self._section_headings = tuple(h.replace(" ", "") for h in lexicon.cues.get("section-headings", []))
        self._generic = frozenset(lexicon.cues.get("generic-stems", []))
        self._suffixes = tuple(sorted({x for group in lexicon.cues.get("organization-suffixes", {}).values()
                                       for x in group}, key=len, reverse=True))

    # -- helpers ------------------------------------------------------------

    def evidence(self, first: int, last: int | None = None) -> Evidence:
        last = last or first
        quote = normalize_space(" ".join(self.by_number[n].clean.original for n in range(first, last + 1)
                                         if n in self.by_number))
        return Evidence(self.source.doc_id, first, last, quote[:500])

    def annotate(self, lines: Sequence[Line], default_year: int | None) -> None:
        """Run the pipeline over the region's lines in one batch; each keeps the last year seen above it."""
        year = default_year
        numbers, texts, years = [], [], []
        for line in lines:
            text = line.clean.text
            if not text.strip():
                continue
            first = _YEAR_TOKEN.search(text)
            if first:
                year = int(first.group(1))
            numbers.append(line.number)
            texts.append(text)
            years.append(year)
        for number, doc in zip(numbers, run_lines(self.nlp, texts, context_years=years), strict=True):
            # The relations read only what the components found: keep that, not the Doc.
            self.notes[number] = LineNotes(tuple(doc._.sekg_mentions or ()), tuple(doc._.sekg_quantities or ()),
                                           tuple(doc._.sekg_dates or ()))
            self.out.tokens += len(doc)

    def municipality(self, m: Municipality, evidence: Evidence | Curated, *, label: str | None = None) -> EntityKey:
        key: EntityKey = ("municipality", (m.code,))
        if key not in self.out.entities:
            self.out.add_entity(Entity(key, "Municipality", label or m.name, evidence))
        return key

    def organization(self, mention: str, evidence: Evidence, scope: Scope, *, hint: str | None = None,
                     org_type: str | None = None) -> EntityKey | None:
        label = normalize_space(mention.strip(" ,.:;/\"'"))
        if len(re.sub(r"[^가-힣A-Za-z]", "", label)) < 2:
            return None
        resolution = self.resolver.organization(label, municipality_name=scope.municipality_name)
        if not resolution.key:
            return None
        key: EntityKey = ("organization", (resolution.key,))
        if key not in self.out.entities:
            self.out.add_entity(Entity(key, "Organization", label, evidence))
            self.out.resolutions.append({"mention": label, "key": resolution.key, "rule": resolution.rule,
                                         "line": str(evidence.line_start)})
        elif label != self.out.entities[key].label_ko:
            self.out.add_fact(key, "skos:altLabel", Value(label, "ko"), evidence)
            self.out.resolutions.append({"mention": label, "key": resolution.key, "rule": resolution.rule,
                                         "line": str(evidence.line_start)})
        if resolution.known:
            self.org_types.setdefault(key, resolution.known.type)
        elif org_type:
            self.org_types.setdefault(key, org_type)
        if hint:
            self.enterprise_types.setdefault(key, set()).add(hint)
        if scope.municipality and key not in self._located:
            self._located.add(key)
            self._location[key] = (scope.municipality, evidence)
        return key

    _located: set
    _location: dict

    def program(self, label: str, evidence: Evidence, scope: Scope) -> EntityKey:
        code = scope.municipality[1][0] if scope.municipality else "unknown"
        label = normalize_space(label)
        key: EntityKey = ("program", (code, label))
        if key not in self.out.entities:
            self.out.add_entity(Entity(key, "Program", label, evidence))
            if scope.municipality:
                self.out.add_fact(key, "sekg:municipality", scope.municipality, evidence)
                self.out.add_fact(key, "sekg:runBy", scope.municipality, evidence)
            if scope.case:
                self.out.add_fact(scope.case, "sekg:featuresProgram", key, evidence)
            if scope.program and scope.program != key:
                self.out.add_fact(key, "sekg:subProgramOf", scope.program, evidence)
        return key

    # -- document kinds -----------------------------------------------------

    def run(self) -> DocumentExtraction:
        self._located, self._location, self._provinces_seen = set(), {}, {}
        default_year = self.entry.year if self.entry else None
        self.annotate(self.lines, default_year)
        if self.kind == "casebook":
            cases = find_cases(self.cleaned)
            if not cases:
                self.out.warn("no-structure", "no casebook case headers found; read as generic text")
                self.generic(self.lines)
            toc = table_of_contents(self.cleaned, before=cases[0].start) if cases else []
            for case in cases:
                self.casebook_case(case, toc)
        elif self.kind == "pledge-card":
            self.pledge_card()
        else:
            self.out.warn("no-structure", "no casebook or pledge-card structure recognized; generic extraction only")
            self.generic(self.lines)
        self.finish_entities()
        return self.out

    def _find_municipality(self, text: str) -> Municipality | None:
        lex = self.lexicon
        words = text.split()
        for i in range(len(words)):
            name = " ".join(words[i:])
            if name in lex.municipality_by_name:
                return lex.municipality_by_name[name]
        for word in reversed(words):
            if word in lex.municipality_by_name:
                return lex.municipality_by_name[word]
            if word in lex.municipality_stems:
                return lex.municipality_stems[word]
        return None

    def casebook_case(self, case: Case, toc: list[tuple[str, int]]) -> None:
        where = self.evidence(case.municipality_line)
        found = self._find_municipality(f"{case.province_text or ''} {case.municipality_text}")
        if found is None:
            self.out.warn("unknown-municipality", f"지자체명 {case.municipality_text!r} is not in the gazetteer",
                          case.municipality_line)
            return
        muni = self.municipality(found, where, label=case.municipality_text)
        self.out.add_fact(muni, "rdf:type", Value("sekg:Municipality", "iri"), where)
        self.out.add_fact(muni, "rdfs:label", Value(case.municipality_text, "ko"), where)
        if case.province_text:
            province = self.lexicon.province_by_name.get(case.province_text)
            if province:
                self.out.add_fact(muni, "sekg:province", ("province", (province.code,)), where)
                self._provinces_seen[province.code] = (case.province_text, where)
        case_key: EntityKey = ("case", (self.source.doc_id, found.code))
        title = normalize_space(" ".join(self.by_number[n].clean.original_text() for n in
                                         range(case.title_lines[0], case.title_lines[1] + 1)))
        title = re.sub(r"^\s*사례명\s*", "", title)
        title_ev = self.evidence(*case.title_lines)
        for body, number in toc:
            if found.name in body.split() or case.municipality_text in body.split():
                original = normalize_space(self.by_number[number].clean.original_text())
                toc_title = re.sub(rf"^.*?{re.escape(case.municipality_text)}\s+(?:\d+\s+)?(?:[시군구]\s+)?", "", original)
                toc_title = re.sub(r"\s+\d{1,3}$", "", toc_title)
                if toc_title and toc_title != title:
                    self.out.add_fact(case_key, "skos:altLabel", Value(title, "ko"), title_ev)
                    title, title_ev = toc_title, self.evidence(number)
                break
        self.out.add_entity(Entity(case_key, "BestPracticeCase", title, title_ev))
        self.out.add_fact(case_key, "sekg:municipality", muni, where)
        self.out.add_fact(case_key, "dcterms:isPartOf", ("document", (self.source.doc_id,)), where)
        for field_name in case.fields:
            concept = self.lexicon.concept_for("field", field_name)
            if concept and case.field_lines:
                self.out.add_fact(case_key, "sekg:field", Concept("field", concept), self.evidence(*case.field_lines))
        scope = Scope(municipality=muni, municipality_name=found.name, case=case_key)
        scope.type_cues = tuple(c for _, _, c in self.lexicon.find_concepts("enterprise-type", title))
        scope.program = self.program(_program_name(title), title_ev, scope)
        for pledge_text, number in case.pledges:
            pledge = self.pledge(pledge_text, self.evidence(number), scope)
            self.out.add_fact(case_key, "sekg:relatedPledge", pledge, self.evidence(number))
            self.out.add_fact(pledge, "sekg:implementedBy", scope.program, self.evidence(number))
            scope.pledges.append(pledge)
        body = [line for line in self.lines if case.start <= line.number <= case.end]
        summary = [line for line in body if case.summary_start and case.summary_start <= line.number < case.summary_start + 40]
        if summary:
            abstract = normalize_space(" ".join(line.text for line in summary if line.text.strip()))[:1500]
            self.out.add_fact(case_key, "dcterms:abstract", Value(abstract, "ko"),
                              self.evidence(summary[0].number, summary[-1].number))
        header_end = case.summary_start or case.start
        self.region([line for line in body if line.number > header_end], scope)

    def pledge(self, label: str, evidence: Evidence, scope: Scope) -> EntityKey:
        code = scope.municipality[1][0] if scope.municipality else "unknown"
        key: EntityKey = ("pledge", (code, normalize_space(label)))
        if key not in self.out.entities:
            self.out.add_entity(Entity(key, "Pledge", normalize_space(label), evidence))
            if scope.municipality:
                self.out.add_fact(key, "sekg:municipality", scope.municipality, evidence)
        return key

    def pledge_card(self) -> None:
        text_lines = [line for line in self.lines if line.text.strip()]
        if not text_lines:
            return
        title_line = text_lines[0]
        muni_key, muni_name = self._document_municipality(title_line)
        scope = Scope(municipality=muni_key, municipality_name=muni_name)
        title_ev = self.evidence(title_line.number)
        pledge = self.pledge(title_line.content or title_line.text, title_ev, scope)
        scope.pledges = [pledge]
        scope.program = None
        self.out.title = self.out.title or normalize_space(title_line.text)
        self.contacts(scope)
        for line in self.lines:
            label, _, value = line.content.partition(":")
            if "사업기간" in label.replace(" ", ""):
                dates = normalize.find_dates(value)
                if dates:
                    ev = self.evidence(line.number)
                    self.out.add_fact(pledge, "sekg:startDate", _date_value(dates[0].start), ev)
                    if dates[0].end:
                        self.out.add_fact(pledge, "sekg:endDate", _date_value(dates[0].end), ev)
                    self._pledge_period = f"{dates[0].start}/{dates[0].end}" if dates[0].end else dates[0].start
        self.pledge_tables(scope, pledge)
        self.region([line for line in self.lines if line.number > title_line.number], scope, pledge_card=True)

    _pledge_period: str | None = None
    _provinces_seen: dict

    def _document_municipality(self, first: Line) -> tuple[EntityKey | None, str | None]:
        lex = self.lexicon
        if self.entry and self.entry.municipality_code and self.entry.municipality_code in lex.municipalities:
            m = lex.municipalities[self.entry.municipality_code]
            return self.municipality(m, Curated("catalog")), m.name
        counts: Counter[str] = Counter()
        first_line: dict[str, int] = {}
        for number, notes in self.notes.items():
            for mention in notes.mentions:
                if mention.label == "MUNICIPALITY":
                    counts[mention.key] += 1
                    first_line.setdefault(mention.key, number)
        if not counts:
            self.out.warn("no-municipality", "the document names no municipality; facts are attached to the pledge only")
            return None, None
        (code, n), *rest = counts.most_common()
        if rest and rest[0][1] == n:
            self.out.warn("ambiguous-municipality",
                          f"{lex.municipalities[code].name} and {lex.municipalities[rest[0][0]].name} are named "
                          f"equally often; chose {lex.municipalities[code].name}")
        m = lex.municipalities[code]
        return self.municipality(m, self.evidence(first_line[code])), m.name

    def generic(self, lines: Sequence[Line]) -> None:
        muni_key, muni_name = self._document_municipality(lines[0]) if lines else (None, None)
        scope = Scope(municipality=muni_key, municipality_name=muni_name)
        self.region(list(lines), scope)

    # -- 002-style blocks ---------------------------------------------------

    def contacts(self, scope: Scope) -> None:
        department: EntityKey | None = None
        code = scope.municipality[1][0] if scope.municipality else "unknown"
        for line in self.lines[:40]:
            cells = [normalize_space(c) for c in line.clean.text.split("\t") if c.strip()]
            if not cells:
                continue
            phone = next((c for c in cells if _PHONE.fullmatch(c)), None)
            if phone is None:
                if re.fullmatch(r"[가-힣]+(?:과|팀|실|국|단|센터)", cells[0]) and len(cells) <= 3 and "담당" in "".join(cells):
                    ev = self.evidence(line.number)
                    department = ("department", (code, cells[0]))
                    self.out.add_entity(Entity(department, "Department", cells[0], ev))
                    if scope.municipality:
                        self.out.add_fact(department, "org:unitOf", scope.municipality, ev)
                continue
            if department is None:
                continue
            post_label = cells[0]
            role = ("team-leader" if post_label.endswith("팀장") else "head-of-division" if post_label.endswith("과장")
                    else "officer")
            name = next((c.replace(" ", "") for c in cells if re.fullmatch(r"[가-힣](?:\s?[가-힣]){1,3}", c)
                         and c != post_label), None)
            ev = self.evidence(line.number)
            person = None
            if name:
                person = ("person", (code, name))
                self.out.add_entity(Entity(person, "Person", name, ev))
            self.out.posts.append(Post(department, post_label, role, ev, person=person, phone=phone))

    def pledge_tables(self, scope: Scope, pledge: EntityKey) -> None:
        for table in tab_tables(self.lines):
            header = [h.replace(" ", "") for h in table.header]
            self.consumed.update(n for n, _ in table.rows)
            self.consumed.update(range(table.header_lines[0], table.header_lines[1] + 1))
            if any(h in ("연도",) for h in header[:1]):
                self.target_table(table, pledge)
                continue
            units = table.units
            for row_index, (number, cells) in enumerate(table.rows):
                label = cells[0] if cells else ""
                source = self.lexicon.concept_for("funding-source", label)
                ev = self.evidence(table.header_lines[0], number)
                if source:
                    self.budget_row(table, cells, source, ev, pledge)
                    continue
                indicator = _indicator_for(self.lexicon, label, None)
                unit_text = units[row_index] if row_index < len(units) else (units[0] if units else None)
                scale = normalize.unit_scale(unit_text) if unit_text else None
                if not indicator or not scale:
                    self.out.warn("unparsed-table", f"table row {label!r} has no indicator or unit", number)
                    continue
                as_of = self._table_date(table)
                for col, cell in enumerate(cells[1:], start=1):
                    if col >= len(table.header) or not _is_number(cell):
                        continue
                    etype = self.lexicon.concept_for("enterprise-type", table.header[col])
                    value = _scaled(normalize.parse_number(cell), scale[1])
                    self.out.observations.append(Observation(
                        "outcome", scope.municipality or pledge, indicator, value, scale[0], ev, period=as_of,
                        enterprise_type=etype, municipality=scope.municipality, label=f"{label} {table.header[col]}"))

    def _table_date(self, table) -> str | None:
        for number in range(table.line_start - 3, table.line_start):
            line = self.by_number.get(number)
            if line and "기준" in line.text:
                dates = normalize.find_dates(line.text)
                if dates:
                    return dates[0].start
        return None

    def budget_row(self, table, cells: list[str], source: str, ev: Evidence, pledge: EntityKey) -> None:
        scale = normalize.unit_scale(table.units[0]) if table.units else None
        if scale is None:
            self.out.warn("number-without-unit", f"budget row {cells[0]!r} has no unit line", ev.line_end)
            return
        for col, cell in enumerate(cells[1:], start=1):
            if col >= len(table.header) or not _is_number(cell):
                continue
            head = table.header[col].replace(" ", "")
            if head == "소계":
                continue  # the term's subtotal repeats the total
            dates = normalize.find_dates(head)
            if dates:
                period = dates[0].start if not dates[0].end else f"{dates[0].start}/{dates[0].end}"
            elif "총" in head or head in ("계", "합계"):
                period = self._pledge_period
            else:
                continue
            value = _scaled(normalize.parse_number(cell), scale[1])
            self.out.observations.append(Observation(
                "budget", pledge, "budget", int(value), "krw", ev, value_kind="target", period=period,
                funding_source=source, municipality=None, label=f"{cells[0]} {table.header[col]}"))

    def target_table(self, table, pledge: EntityKey) -> None:
        for number, cells in table.rows:
            dates = normalize.find_dates(cells[0]) if cells else []
            if not dates or len(cells) < 2:
                continue
            for quantity in normalize.find_quantities(cells[1]):
                if quantity.value is None:
                    continue
                indicator = _indicator_for(self.lexicon, cells[1][: quantity.start], quantity.unit) or "jobs-created"
                self.out.observations.append(Observation(
                    "outcome", pledge, indicator, quantity.value, quantity.unit, self.evidence(number),
                    value_kind="target", period=dates[0].start, qualifier=quantity.qualifier, label=cells[1]))

    # -- line-level extraction ----------------------------------------------

    def region(self, lines: list[Line], scope: Scope, *, pledge_card: bool = False) -> None:
        mentions_per_line: dict[int, list[tuple[Mention, EntityKey]]] = {}
        # Organizations first, so the region's focal enterprise is known before partners.
        for line in lines:
            notes = self.notes.get(line.number)
            if notes is None:
                continue
            mentions_per_line[line.number] = self.line_organizations(line, notes, scope)
        counts = Counter(key for found in mentions_per_line.values() for m, key in found if key[0] == "organization")
        # The enterprise a case is about: one whose founding it tells, or a company it keeps naming.
        enterprise_like = {key for key in counts if key in self.enterprise_types or self.org_types.get(key) == "company"}
        founded = [key for n, found in mentions_per_line.items() for m, key in found
                   if key in enterprise_like and "설립" in self.by_number[n].text]
        if founded:
            scope.focal = Counter(founded).most_common(1)[0][0]
        elif counts and counts.most_common(1)[0][1] >= 4 and counts.most_common(1)[0][0] in enterprise_like:
            scope.focal = counts.most_common(1)[0][0]
        if scope.focal and scope.type_cues:
            self.enterprise_types.setdefault(scope.focal, set()).update(scope.type_cues)
        self.year_tables(lines, scope)
        heading_program: EntityKey | None = None
        local_subject: EntityKey | None = None  # the enterprise the current passage introduced
        subject_indent = 0
        year_context: str | None = None
        for index, line in enumerate(lines):
            notes = self.notes.get(line.number)
            if notes is None:
                continue
            found = mentions_per_line.get(line.number, [])
            program = self.heading_program(lines, index, scope, pledge_card=pledge_card)
            if program:
                heading_program = program
            years = _YEAR_TOKEN.match(line.content)
            if years and len(line.content) < 12:
                year_context = years.group(1)
            if program and (line.indent <= subject_indent or line.marker in ("□", "■", "▣")):
                local_subject = None  # a heading at the introducing line's level or above ends its passage
            introduced = self._introduced_enterprise(line, found)
            if introduced:
                local_subject, subject_indent = introduced, line.indent
            subject_scope = replace(scope, program=heading_program or scope.program,
                                    focal=local_subject or scope.focal)
            sentence = [(line, found)] + self._continuation(lines, index, mentions_per_line)
            self.partners(line, lines, index, found, subject_scope, sentence)
            if line.number not in self.consumed and self.achievement(line, notes, subject_scope):
                self.consumed.add(line.number)
            if line.number not in self.consumed:
                self.figures(line, notes, found, subject_scope, year_context)
            self.awards(line, notes, found, scope)
            self.ordinances(line, scope)
            self.events(line, notes, found, subject_scope)
            self.beneficiaries(line, subject_scope, scope)

    def line_organizations(self, line: Line, notes: LineNotes, scope: Scope) -> list[tuple[Mention, EntityKey]]:
        ev = self.evidence(line.number)
        found: list[tuple[Mention, EntityKey]] = []
        content = line.text
        label_part, sep, rest = content.partition(":")
        label_types = [c for _, _, c in self.lexicon.find_concepts("enterprise-type", label_part)] if sep else []
        places = sum(1 for m in notes.mentions if m.label == "MUNICIPALITY")
        own = scope.municipality[1][0] if scope.municipality else None
        for mention in notes.mentions:
            if mention.label == "MUNICIPALITY":
                if mention.how == "stem" and mention.key != own and places < 2:
                    continue  # 예산 (budget), 강화 (strengthen): a bare stem is a place only in context
                m = self.lexicon.municipalities[mention.key]
                found.append((mention, self.municipality(m, ev)))
                continue
            if mention.label == "PROVINCE":
                continue
            hint = mention.enterprise_hint
            label = line.clean.original_text(mention.start, mention.end)
            key = self.organization(label, ev, scope, hint=hint, org_type=_org_type_from_suffix(mention.text))
            if key is None:
                continue
            if sep and mention.start > len(label_part) and label_types:
                self.enterprise_types.setdefault(key, set()).update(label_types[-1:])
            # 예비사회적기업 지정(정읍교육복지협동조합), 마을기업"대흥리마을공동체"
            before = content[: mention.start].rstrip("(\"' ")
            adjacent = self.lexicon.find_concepts("enterprise-type", before[-12:])
            if adjacent and before.endswith(adjacent[-1][1] + ("" if not before.endswith("지정") else "")):
                self.enterprise_types.setdefault(key, set()).add(adjacent[-1][2])
            elif adjacent and before.endswith(("지정", "인증")):
                self.enterprise_types.setdefault(key, set()).add(adjacent[-1][2])
            found.append((mention, key))
        # Quoted names after a type word: 마을기업"대흥리마을공동체", 농업회사법인"콩사랑"
        for match in re.finditer(r"([가-힣()]+)\s*\"([^\"]{2,30})\"", content):
            types = self.lexicon.find_concepts("enterprise-type", match.group(1))
            if types and match.group(1).endswith(types[-1][1]):
                key = self.organization(line.clean.original_text(match.start(2), match.end(2)), ev, scope,
                                        hint=types[-1][2])
                if key:
                    found.append((Mention("ORG", match.group(2), match.start(2), match.end(2), "", "quoted"), key))
        # A name alone on its line, spaces and all: " 수원시민 햇빛발전 사회적 협동조합"
        if not line.marker and " " in line.content and "," not in line.content and \
                not any(m.start <= line.text.find(line.content) and line.text.find(line.content) + len(line.content) <= m.end
                        for m, _ in found):
            for key in self._listed_organizations(line, line.content, scope):
                found = [(m, k) for m, k in found if k[0] != "organization"]
                found.append((Mention("ORG", line.content, line.text.find(line.content),
                                      line.text.find(line.content) + len(line.content), "", "line"), key))
        # Items of a list line whose other items are organizations: ▸ ㈜마음샘, 춤추는 헬렌켈러, 수원굿윌스토어
        items = [i.strip() for i in line.content.split(",")]
        parent_types = self._parent_types(line) if len(items) >= 2 else []
        if parent_types and found and all(0 < len(i) <= 20 for i in items) and ":" not in line.content:
            named = {m.text for m, _ in found}
            for item in items:
                item = re.sub(r"\s*등$", "", item)
                if item and not any(item in n or n in item for n in named) and re.fullmatch(r"[가-힣A-Za-z][가-힣A-Za-z0-9()㈜\s]+", item) \
                        and item not in self.lexicon.municipality_by_name and item not in self.lexicon.province_by_name:
                    key = self.organization(item, ev, scope)
                    if key:
                        found.append((Mention("ORG", item, 0, 0, "", "list"), key))
            for _, key in found:
                if key[0] == "organization" and parent_types:
                    self.enterprise_types.setdefault(key, set()).add(parent_types[0])
        return found

    def _listed_organizations(self, line: Line, text: str, scope: Scope) -> list[EntityKey]:
        """Comma-listed names that end with an organization suffix, spaces and all:
        "김해시지역공동체활성화교류지원 협동조합", "수원시민 햇빛발전 사회적 협동조합"."""
        keys = []
        for item in text.split(","):
            item = re.sub(r"\s*(외|등)(\s.*)?$", "", item.strip())
            if not _NAME_ONLY.match(item) or not item.endswith(self._suffixes):
                continue
            squeezed = item.replace(" ", "")
            stem = next(squeezed[: -len(x)] for x in self._suffixes if squeezed.endswith(x))
            if len(stem) < 2 or stem in self._generic or any(stem.endswith(g) and len(stem) - len(g) < 2
                                                             for g in ("사회적", "마을")):
                continue
            start = line.text.find(item)
            label = line.clean.original_text(start, start + len(item)) if start >= 0 else item
            key = self.organization(label, self.evidence(line.number), scope, hint=suffix_type(item.replace(" ", "")))
            if key:
                keys.append(key)
        return keys

    def _introduced_enterprise(self, line: Line, found) -> EntityKey | None:
        """The organization a line introduces: "발굴(육성) 사회적기업 : ㈜더페이퍼", "기 업 명 : X", or a name alone."""
        orgs = [key for m, key in found if key[0] == "organization"]
        if len(orgs) != 1:
            return None
        label, sep, rest = line.content.partition(":")
        if sep:
            squeezed = label.replace(" ", "")
            if ("기업명" in squeezed or self.lexicon.find_concepts("enterprise-type", squeezed)) and \
                    _NAME_ONLY.match(rest.strip()):
                return orgs[0]
            return None
        if _NAME_ONLY.match(line.content) and not line.marker and len(found) == 1 and \
                (orgs[0] in self.enterprise_types or self.org_types.get(orgs[0]) == "company"):
            return orgs[0]
        return None

    def _continuation(self, lines: list[Line], index: int, mentions_per_line) -> list[tuple[Line, list]]:
        """The unbulleted lines that carry on a sentence broken by the PDF (at most three)."""
        line = lines[index]
        if re.search(r"(다|함|음|임|[.)>”\"])$", line.content) or not line.content:
            return []
        out: list[tuple[Line, list]] = []
        for follower in lines[index + 1: index + 8]:
            if not follower.text.strip():
                continue
            if follower.marker or len(out) == 3:
                break
            out.append((follower, mentions_per_line.get(follower.number, [])))
            if re.search(r"(다|함|음|임|[.)>”\"])$", follower.content) or "구성" in follower.content:
                break
        return out

    def _parent_types(self, line: Line) -> list[str]:
        """Enterprise types named by the nearest lines above with a bigger bullet (within 3 lines)."""
        for number in range(line.number - 1, line.number - 4, -1):
            parent = self.by_number.get(number)
            if parent and parent.text.strip() and parent.marker and parent.marker != line.marker:
                return [c for _, _, c in self.lexicon.find_concepts("enterprise-type", parent.content)]
        return []

    def heading_program(self, lines: list[Line], index: int, scope: Scope, *, pledge_card: bool) -> EntityKey | None:
        line = lines[index]
        content = line.content
        name = content.split(" : ")[0] if " : " in content else content
        name = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip(" *")
        if pledge_card:
            match = re.match(r"\d단계\s*(?:\([^)]*\))?\s*:\s*(.+)", content)
            if match:
                name = match.group(1)
            elif not (line.marker and ("◆" in line.marker or " : " in content)):
                return None
        else:
            following = [lines[j] for j in range(index + 1, min(index + 3, len(lines)))]
            is_heading = (line.marker in ("", "□", "■", "▣") or re.fullmatch(r"\d{1,2}[.)]|[Ⅰ-Ⅹ].?", line.marker or "x")) \
                and any(f.marker for f in following)
            if not is_heading:
                return None
        name = normalize_space(re.sub(r"^(?:\d{1,2}|[①-⑳])\s+", "", name.replace("*", "")))
        squeezed = name.replace(" ", "")
        if squeezed.startswith(self._section_headings) or name.split(" ")[0] in _NOT_A_START:
            return None
        if not 4 <= len(name) <= 40 or re.match(r"(?:19|20)\d{2}\s*[.년~\-]", name) \
                or name.endswith(("다", "함", "음", ".", "!", ",")) or re.search(r"(으로|하는|하고|하여|에서|이며|되는|된|가는|[을를의])$", name) or ", " in name \
                or re.search(r"\d,\d{3}|%", name):
            return None
        if not line.marker and index > 0 and self._continues(lines, index):
            return None
        if not any(w in name for w in self.lexicon.cues.get("program-words", [])):
            return None
        notes = self.notes.get(line.number)
        if notes is not None and any(m.text.replace(" ", "") == squeezed for m in notes.mentions):
            return None  # 희망케어센터 on its own line names a partner, not an activity
        if scope.program and self.out.entities.get(scope.program) and \
                self.out.entities[scope.program].label_ko == name:
            return scope.program
        evidence = self.evidence(line.number)
        program = self.program(name, evidence, scope)
        if scope.pledges and pledge_card:
            self.out.add_fact(scope.pledges[0], "sekg:implementedBy", program, evidence)
        if pledge_card:
            dates = normalize.find_dates(content)
            if dates:
                self.out.add_fact(program, "sekg:startDate", _date_value(dates[0].start), evidence)
                if dates[0].end:
                    self.out.add_fact(program, "sekg:endDate", _date_value(dates[0].end), evidence)
        return program

    @staticmethod
    def _continues(lines: list[Line], index: int) -> bool:
        """Whether an unbulleted line carries on the sentence of the bulleted line above it."""
        for previous in reversed(lines[max(0, index - 3): index]):
            if previous.text.strip():
                if re.search(r"(다|함|음|임|[.:)>”\"!?】])$", previous.content):
                    return False
                # Under a bullet and indented deeper, or after a running sentence cut short.
                return (bool(previous.marker) and lines[index].indent > previous.indent) or \
                    (not previous.marker and len(previous.content) >= 30)
        return False

    def partners(self, line: Line, lines: list[Line], index: int, found, scope: Scope,
                 sentence: list[tuple[Line, list]]) -> None:
        """Partner relations of the region's subject, from the ways these documents state them.

        ``sentence`` is the line with its unbulleted continuation lines and their mentions:
        PDF extraction breaks one sentence over several lines.
        """
        if not found and ":" not in line.content:
            return
        subject = scope.focal or scope.program
        if subject is None:
            return
        content = line.content
        shift = line.text.find(content) if content else 0  # mention offsets are into line.text
        label, sep, rest = content.partition(":")
        orgs = [(m, key) for m, key in found if key[0] in ("organization", "municipality") and m.how != "list"]
        # "국제통신공업(주) : 기술 및 자본 투자"
        if sep and label.strip():
            first_mention, first_key = found[0] if found else (None, None)
            if first_mention and first_key != subject and \
                    normalize_space(label) in (first_mention.text, normalize_space(first_mention.text)):
                self._partnership(subject, first_key, rest, self.evidence(line.number))
                return
            # "운영대학 : 영남대학교, 대구대학교", "등록기관 : 중소기업청", "참가업체 : …"
            squeezed = label.replace(" ", "").strip("-∙·▸○❍□ ")
            label_roles = _roles(self.lexicon, squeezed) if squeezed.endswith(self._partner_labels) else []
            named = [key for m, key in orgs if m.start - shift > len(label) and key != subject
                     and not line.text.startswith(_LOCATION_WORDS, m.end)]
            if label_roles:
                named += [k for k in self._listed_organizations(line, rest, scope) if k not in named]
            if label_roles and named:
                for key in dict.fromkeys(named):
                    self._partnership(subject, key, label.strip(), self.evidence(line.number), roles=label_roles[:1])
                return
        if not found:
            return
        # A name alone on its line, followed by bullet lines describing its part (a role table).
        if len(found) == 1 and _NAME_ONLY.match(content) and content.replace(" ", "") in \
                found[0][0].text.replace(" ", "") + "(주)":
            role_lines = []
            for follower in lines[index + 1: index + 6]:
                if follower.marker in ("w", "▸", "-", "∙", "·") and follower.content:
                    role_lines.append(follower)
                elif follower.text.strip() and role_lines:
                    break
                elif follower.text.strip() and not follower.marker and follower.content != "(주)":
                    break
            if role_lines and found[0][1] != subject:
                text = " ".join(r.content for r in role_lines)
                self._partnership(subject, found[0][1], text, self.evidence(line.number, role_lines[-1].number))
            return
        text = line.text
        for mention, key in orgs:
            after = text[mention.end:]
            # 국토교통부(지원), 청주여성새로일하기센터(2009. 2. 고용노동부, 여성가족부 지정)
            paren = re.match(r"\(([^)]{1,40})\)", after)
            if paren:
                inner_roles = _roles(self.lexicon, paren.group(1))
                inside = [k for m, k in orgs if mention.end < m.start < mention.end + paren.end() and k != key]
                if inside and inner_roles:
                    for partner in inside:
                        self._partnership(key, partner, paren.group(1), self.evidence(line.number),
                                          roles=inner_roles[-1:])
                    continue
                if inner_roles and key != subject and len(paren.group(1)) <= 10:
                    self._partnership(scope.program or subject, key, paren.group(1), self.evidence(line.number))
        self._partner_clause(line, sentence, scope, subject)

    def _partner_clause(self, line: Line, sentence: list[tuple[Line, list]], scope: Scope, subject: EntityKey) -> None:
        """"X와 협력", "X의 기술 무상지원", "X을 통한 창업연계", "여주시와 A, B, C … 협의회 구성"."""
        text = line.text
        orgs = [(m, key) for m, key in sentence[0][1] if key[0] in ("organization", "municipality") and m.how != "list"]
        if not orgs:
            return
        whole = " ".join(l.content for l, _ in sentence)
        mention, key = orgs[0]
        # A particle tying the name to the clause, or a word of cooperation right after it (충북새일본부 협약).
        joined = re.match(r"\s*(?:(와의|과의|와|과|의|[을를]\s*통한|[을를]\s*통해)(?![가-힣])|(?=(?:업무)?협약|MOU|협력|협업))",
                          text[mention.end:])
        if not joined:
            return
        if joined.group(1) == "의" and key[0] == "municipality":
            return  # 수원시의 … 정책: a place's own policy, not a partner
        roles = _roles(self.lexicon, whole[whole.find(mention.text) + len(mention.text):] if mention.text in whole else whole)
        relational = [r for r in roles if r in RELATIONAL_ROLES]
        roles = relational[:1] or roles
        if not roles:
            return
        ev = self.evidence(sentence[0][0].number, sentence[-1][0].number)
        followers = [k for _, found in sentence for m, k in found
                     if k[0] in ("organization", "municipality") and k != key and m.how != "list"]
        at_start = not text[: mention.start].strip(" ❍○□▸-∙·")
        # "여주시와 A, B, C …": a list starts right after the particle; "X와 협업, Y와 협약" is not one.
        listed = len(orgs) > 1 and orgs[1][0].start - (mention.end + joined.end()) <= 2
        if joined.group(1) in ("와", "과") and at_start and followers and listed:
            # The sentence's own subject and the bodies it works with.
            for partner in dict.fromkeys(followers):
                self._partnership(key, partner, whole, ev, roles=roles[-1:])
        elif key != subject:
            self._partnership(subject, key, whole, ev, roles=roles)

    def _partnership(self, subject: EntityKey, partner: EntityKey, text: str, ev: Evidence, *,
                     roles: list[str] | None = None) -> None:
        roles = roles or _roles(self.lexicon, text) or ["collaborator"]
        for existing in self.out.partnerships:
            # One record per passage: the same pair described again elsewhere keeps its own provenance.
            if existing.subject == subject and existing.partner == partner and \
                    existing.evidence.line_start == ev.line_start:
                existing.roles = list(dict.fromkeys(existing.roles + roles))
                return
        self.out.partnerships.append(Partnership(subject, partner, roles, normalize_space(text), ev))

    def figures(self, line: Line, notes: LineNotes, found, scope: Scope, year_context: str | None) -> None:
        quantities = [q for q in notes.quantities if q.unit not in ("kilowatt", "tonne")]
        if not quantities:
            undated = line.text
            for d in notes.dates:  # 2017. 5. 2. is a date, not a row of numbers
                undated = undated[: d.start_char] + " " * (d.end_char - d.start_char) + undated[d.end_char:]
            if len(_NUMBER_TOKEN.findall(undated)) >= 3 and not line.content.startswith(("(", "※")):
                self.out.warn("unparsed-table", f"line with bare numbers not read: {line.content[:60]!r}", line.number)
            return
        text = line.text
        dates = notes.dates
        period = None
        if dates:
            d = dates[0]
            period = f"{d.start}/{d.end}" if d.end else d.start
        elif year_context:
            period = year_context
        value_kind = _value_kind(text)
        if self.kind == "pledge-card" and value_kind == "actual" and not any(w in text for w in STATUS_WORDS):
            value_kind = "target"  # a pledge card is a plan: its figures are goals unless they report a status
            period = period or self._pledge_period  # …for the pledge's term (사업기간)
        subject = scope.program or scope.municipality
        orgs = [(m, key) for m, key in found if key[0] == "organization"]
        previous_indicator = None
        ev = self.evidence(line.number)
        for quantity in quantities:
            if quantity.value is None:
                self.out.warn("malformed-number", f"{quantity.text!r}: {quantity.problem}; not read", line.number)
                continue
            if any(d.start_char <= quantity.start < d.end_char for d in dates):
                continue
            left = _clause_left(text, quantity.start)
            indicator = _indicator_for(self.lexicon, left, quantity.unit)
            if indicator is None:
                right = _clause_right(text, quantity.end)
                indicator = _indicator_for(self.lexicon, right, quantity.unit, nearest="first")
            beneficiary = None
            if indicator is None and previous_indicator and quantity.unit in UNIT_INDICATORS and \
                    previous_indicator in UNIT_INDICATORS[quantity.unit]:
                indicator = previous_indicator
                groups = self.lexicon.find_concepts("beneficiary-group", left)
                beneficiary = groups[-1][2] if groups else None
            indicator = indicator or UNIT_DEFAULT.get(quantity.unit)
            if indicator is None:
                self.out.warn("number-without-indicator", f"{quantity.text!r} in {line.content[:50]!r}", line.number)
                continue
            previous_indicator = indicator
            own = [key for m, key in orgs if m.end <= quantity.start]
            who = own[-1] if own else subject
            funding = None
            for word in FUNDING_WORDS:
                if left.rstrip().endswith(word):
                    funding = self.lexicon.concept_for("funding-source", word)
            kind = "budget" if quantity.unit == "krw" and (indicator == "budget" or funding) else "outcome"
            if kind == "budget" and not funding:
                funding = "total"  # an amount not split by source is the whole of it
            self.out.observations.append(Observation(
                kind, who or ("document", (self.source.doc_id,)), indicator, quantity.value, quantity.unit, ev,
                value_kind=value_kind, qualifier=quantity.qualifier, period=period, funding_source=funding,
                beneficiary=beneficiary, municipality=scope.municipality, label=line.content[:80]))
            if quantity.unit == "krw" and quantity.end < len(text) and text[quantity.end:].lstrip().startswith("("):
                self._split_by_source(text, quantity, ev, who, scope, period, value_kind)

    def achievement(self, line: Line, notes: LineNotes, scope: Scope) -> bool:
        """A target set against what was achieved, with the stated rate.

        "일자리 14,739개 창출 : 목표 1만개 대비 150% 창출" states all three. "공약(1만명 취업)의
        218% 초과 달성" leaves the actual to the yearly table above it: the rows' sum is
        taken as the actual only when it reproduces the stated rate.
        """
        text = line.text
        if not re.search(r"대비|공약\s*\(|목표", text) or "%" not in text:
            return False
        quantities = [q for q in notes.quantities if q.value is not None]
        rates = [q for q in quantities if q.unit == "percent"]
        amounts = [q for q in quantities if q.unit in ("count", "person")]
        target = next((q for q in amounts if re.search(r"(목표|공약\s*\()\s*$", text[max(0, q.start - 6): q.start])), None)
        if target is None or not rates or not target.value:
            return False  # a target of 0 gives no rate to check (and cannot be divided by)
        rate = rates[0].value
        indicator = _indicator_for(self.lexicon, text, target.unit) or _indicator_for(
            self.lexicon, text[target.end: target.end + 8], target.unit, nearest="first")
        actual = next((q for q in amounts if q is not target), None)
        ev = self.evidence(line.number)
        parts: tuple[int, ...] = ()
        if actual is not None:
            actual_value, period = actual.value, None
            stated = Decimal(actual.value) * 100 / Decimal(target.value)
            if abs(stated - rate) > 5:
                self.out.warn("inconsistent-rate", f"{actual.text} of {target.text} is {stated:.1f}%, "
                                                   f"the text says {rates[0].text}", line.number)
        else:
            found = self._table_total(line.number, Decimal(target.value), rate)
            if found is None:
                return False
            parts, actual_value, period, first = found
            ev = self.evidence(first, line.number)
            indicator = self.out.observations[parts[0]].indicator or indicator
        indicator = indicator or UNIT_DEFAULT.get(target.unit)
        # The pledge whose own words hold the target (공약(1만명 취업) → "…1만명 취업…").
        squeezed = target.text.replace(" ", "")
        pledge = next((p for p in scope.pledges if squeezed in self.out.entities[p].label_ko.replace(" ", "")), None)
        subject = pledge or scope.program or scope.municipality
        self.out.observations.append(Observation(
            "outcome", subject, indicator, target.value, target.unit, self.evidence(line.number), value_kind="target",
            qualifier=target.qualifier, municipality=scope.municipality, label=target.text))
        self.out.observations.append(Observation(
            "outcome", subject, indicator, actual_value, target.unit, ev, period=period,
            municipality=scope.municipality, target_of=len(self.out.observations) - 1, achievement_rate=rate,
            computed_from=parts, label=line.content[:80]))
        return True

    def _table_total(self, number: int, target: Decimal, rate: Decimal):
        """The yearly rows just above ``number`` whose sum over the target gives ``rate`` (±1%)."""
        rows: dict[tuple[int, str | None], list[int]] = {}
        for index, o in enumerate(self.out.observations):
            if o.kind == "outcome" and number - 15 <= o.evidence.line_end < number and o.value_kind == "actual":
                rows.setdefault((o.evidence.line_end, o.unit), []).append(index)
        for (_, _), indices in sorted(rows.items(), reverse=True):
            if len(indices) < 2:
                continue
            total = sum(Decimal(self.out.observations[i].value) for i in indices)
            if abs(total * 100 / target - rate) <= 1:
                periods = [self.out.observations[i].period or "" for i in indices]
                first = min(self.out.observations[i].evidence.line_start for i in indices)
                span = f"{periods[0]}/{periods[-1]}" if periods[0] and periods[-1] else None
                value = int(total) if total == total.to_integral_value() else total
                return tuple(indices), value, span, first
        return None

    def _split_by_source(self, text: str, quantity, ev, who, scope: Scope, period, value_kind) -> None:
        """18,200백만원(국비 9,100 지방비 9,100): the bare shares take the total's unit."""
        inner = re.match(r"\s*\(([^)]*)\)", text[quantity.end:])
        scale = normalize.unit_scale(quantity.raw_unit.replace(" ", ""))
        if not inner or not scale:
            return
        for match in re.finditer(r"(국비|도비|시비|군비|구비|지방비|자부담|기타)\s*(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d%]|,\d)", inner.group(1)):
            source = self.lexicon.concept_for("funding-source", match.group(1))
            if not _is_number(match.group(2)):  # too many digits (normalize.MAX_DIGITS)
                continue
            value = _scaled(normalize.parse_number(match.group(2)), scale[1])
            self.out.observations.append(Observation(
                "budget", who, "budget", int(value), "krw", ev, value_kind=value_kind, period=period,
                funding_source=source, municipality=scope.municipality, label=match.group(0)))

    def year_tables(self, lines: list[Line], scope: Scope) -> None:
        """Flattened tables whose header holds years: ``구분 2014 2015 2016 2017.6.현재``."""
        for index, line in enumerate(lines):
            header = _year_header(lines, index)
            if not header:
                continue
            periods, header_end = header
            unit_line = None
            for back in range(max(0, index - 3), min(len(lines), header_end + 8)):
                units = normalize.parse_unit_line(lines[back].text)
                if units:
                    unit_line = units[0]
            for row in lines[header_end + 1: header_end + 8]:
                tokens = _NUMBER_TOKEN.findall(row.content)
                label = re.split(r"\s(?=-?\d)", row.content, maxsplit=1)[0]
                if len(tokens) < len(periods) - 1 or not re.match(r"[가-힣]", label):
                    if row.text.strip() and _year_header(lines, lines.index(row)):
                        break
                    continue
                unit_text = (re.search(r"\(([^)]*)\)", label) or [None, None])[1] or unit_line
                quantities = normalize.find_quantities(row.content[len(label):])
                scale = normalize.unit_scale(unit_text) if unit_text else None
                indicator = _indicator_for(self.lexicon, label, scale[0] if scale else None)
                values = []
                if quantities and len([q for q in quantities if q.value is not None]) >= len(periods) - 1:
                    values = [(q.value, q.unit, q.qualifier) for q in quantities if q.value is not None]
                elif scale and all(_is_number(t) for t in tokens[: len(periods)]):
                    # A token parse_number refuses ("-5": a sign it does not read, or too
                    # many digits) leaves the row unread, with the warning below.
                    values = [(_scaled(normalize.parse_number(t), scale[1]), scale[0], None)
                              for t in tokens[: len(periods)]]
                if not values or indicator is None:
                    self.out.warn("unparsed-table", f"table row {label!r} not read", row.number)
                    continue
                if len(values) == 2 * len(periods):  # 24회, 575명 per year
                    pairs = [values[k:k + 2] for k in range(0, len(values), 2)]
                else:
                    pairs = [[v] for v in values]
                ev = self.evidence(line.number, row.number)
                for period, group in zip(periods, pairs, strict=False):
                    for value, unit, qualifier in group:
                        ind = indicator if unit in UNIT_INDICATORS and indicator in UNIT_INDICATORS[unit] else \
                            _indicator_for(self.lexicon, label, unit) or UNIT_DEFAULT.get(unit)
                        if ind is None:
                            continue
                        # Generic text naming no municipality has neither: the document is
                        # the subject then, as in figures().
                        self.out.observations.append(Observation(
                            "outcome", scope.program or scope.municipality or ("document", (self.source.doc_id,)),
                            ind, value, unit, ev, period=period,
                            qualifier=qualifier, municipality=scope.municipality, label=label))
                self.consumed.add(row.number)

    def awards(self, line: Line, notes: LineNotes, found, scope: Scope) -> None:
        content = line.content
        if not _AWARD.search(content) or ("상" not in content and "선정" not in content and "등급" not in content
                                          and "위" not in content):
            return
        if not re.search(r"수상|표창|[가-힣]상\b|상'|상\)|대상|S등급|SA등급|1위|우수기관|최우수|선정", content):
            return
        dates = notes.dates
        if not dates:
            return
        if any(w in content for w in ("선정되었음", "공모 ", "지정", "사업 선정", "과정 선정")) and "수상" not in content:
            return
        date = dates[0].start
        ev = self.evidence(line.number)
        recipient = scope.municipality
        label_part, sep, rest = content.partition(":")
        grantor = None
        paren = re.findall(r"\(([^()]{2,20})\)\s*$", content)
        if paren:
            g = self._resolve_grantor(paren[-1], ev, scope)
            grantor = g
        if sep:
            orgs = [key for m, key in found if key[0] == "organization" and m.start > len(label_part)]
            if orgs:
                for key in orgs:
                    self.out.awards.append(Award(key, normalize_space(label_part), date, ev, grantor))
                return
        if recipient:
            self.out.awards.append(Award(recipient, normalize_space(content), date, ev, grantor))

    def _resolve_grantor(self, text: str, ev: Evidence, scope: Scope) -> EntityKey | None:
        text = text.strip()
        lex = self.lexicon
        if text in lex.province_by_name:
            return ("province", (lex.province_by_name[text].code,))
        if text in lex.organization_by_name or self.resolver.organization(text).known:
            return self.organization(text, ev, scope)
        return None

    def ordinances(self, line: Line, scope: Scope) -> None:
        content = line.content
        if "조례" not in content or not scope.municipality:
            return
        for match in _ORDINANCE.finditer(content):
            title = normalize_space(match.group("title"))
            title = re.sub(r"^(?:[❍○▸∙·\-]\s*)+", "", title)
            if len(title) < 6 or title.startswith(("조례", "관한")):
                continue
            if not (re.match(r"[가-힣]+(?:시|군|구)\s", title) or "관한" in title or "촉진" in title):
                continue
            rest = match.group("rest")
            window = content[match.start():] + " " + " ".join(
                self.by_number[n].text for n in range(line.number + 1, line.number + 8) if n in self.by_number)
            dates = normalize.find_dates(rest) or normalize.find_dates(window[:200])
            number = _ORDINANCE_NUMBER.search(window[:300])
            action = "amendment" if "개정" in content or "→" in content else "enactment"
            self.out.ordinances.append(Ordinance(
                scope.municipality, title, self.evidence(line.number), date=dates[0].start if dates else None,
                number=normalize_space(number.group(1)).replace(" ", "") if number else None, action=action))

    def events(self, line: Line, notes: LineNotes, found, scope: Scope) -> None:
        dates = notes.dates
        if not dates:
            return
        content = line.content
        cues = self.lexicon.find_concepts("event-type", content)
        if not cues or "조례" in content:
            return
        event_type = cues[0][2]
        orgs = [key for m, key in found if key[0] == "organization" and m.how != "list"]
        subject = orgs[0] if (orgs and event_type in ("founding", "opening", "certification")) else \
            (scope.program or scope.municipality)
        if subject is None:
            return
        ev = self.evidence(line.number)
        label = normalize_space(re.sub(r"\s*:\s*$", "", content))[:120]
        date = dates[0]
        self.out.events.append(Event(subject, label, event_type, date.start, ev, end_date=date.end))
        if event_type == "founding" and orgs:
            self.out.add_fact(orgs[0], "schema:foundingDate", _date_value(date.start), ev)

    def beneficiaries(self, line: Line, subject_scope: Scope, scope: Scope) -> None:
        content = line.content
        if not re.search(r"대상|위한|취약|일자리|고용|채용|자립|지원|약자|양성|육성", content):
            return
        subject = subject_scope.program or (scope.pledges[0] if scope.pledges else None)
        if subject is None:
            return
        for _, _, group in self.lexicon.find_concepts("beneficiary-group", content):
            if group == "residents":
                continue
            self.out.add_fact(subject, "sekg:beneficiary", Concept("beneficiary-group", group),
                              self.evidence(line.number))

    # -- entity classes ------------------------------------------------------

    def finish_entities(self) -> None:
        for key, entity in list(self.out.entities.items()):
            if key[0] != "organization":
                continue
            types = self.enterprise_types.get(key, set())
            types.discard("social-economy-organization") if len(types) > 1 else None
            if types:
                entity.rdf_class = "Enterprise"
                for etype in sorted(types):
                    self.out.add_fact(key, "sekg:enterpriseType", Concept("enterprise-type", etype), entity.evidence)
            elif key in self.org_types:
                self.out.add_fact(key, "sekg:organizationType", Concept("organization-type", self.org_types[key]),
                                  entity.evidence)
            if key in self._location and (types or key not in self.org_types or self.org_types[key] in
                                          ("company", "support-center", "welfare-center", "association")):
                muni, ev = self._location[key]
                self.out.add_fact(key, "sekg:municipality", muni, ev)
        for code, (text, ev) in getattr(self, "_provinces_seen", {}).items():
            self.out.add_entity(Entity(("province", (code,)), "Province", self.lexicon.provinces[code].name, CURATED_CODES))
            if text != self.lexicon.provinces[code].name:
                self.out.add_fact(("province", (code,)), "skos:altLabel", Value(text, "ko"), ev)


def _detect(lines) -> str:
    from ingest.structure import detect_kind

    return detect_kind(lines)


def _program_name(title: str) -> str:
    return normalize_space(title.strip("\"'!"))


def _date_value(iso: str) -> Value:
    datatype = {4: "gYear", 7: "gYearMonth", 10: "date"}.get(len(iso), "string")
    return Value(iso, datatype)


def _is_number(cell: str) -> bool:
    try:
        normalize.parse_number(cell)
    except ValueError:
        return False
    return True


def _scaled(value: Decimal | int, multiplier: int) -> int | Decimal:
    result = Decimal(value) * multiplier
    return int(result) if result == result.to_integral_value() else result


def _clause_left(text: str, position: int) -> str:
    start = max(text.rfind(ch, 0, position) for ch in (",", ";", "/", "(", "⇒", "➡", ")")) + 1
    segment = text[start:position]
    return segment if re.search(r"[가-힣]", segment) else text[:position]


def _clause_right(text: str, position: int) -> str:
    ends = [i for i in (text.find(ch, position) for ch in (",", ";", "/", "(", ")")) if i >= 0]
    return text[position: min(ends) if ends else len(text)]


def _indicator_for(lexicon: Lexicon, text: str, unit: str | None, *, nearest: str = "last") -> str | None:
    found = lexicon.find_concepts("indicator", text)
    if unit in UNIT_INDICATORS:
        found = [f for f in found if f[2] in UNIT_INDICATORS[unit]]
    if not found:
        return None
    return (found[-1] if nearest == "last" else found[0])[2]


def _value_kind(text: str) -> str:
    if any(w in text for w in TARGET_WORDS) and "달성" not in text:
        return "target"
    if any(w in text for w in PROJECTION_WORDS):
        return "projection"
    return "actual"


def _roles(lexicon: Lexicon, text: str) -> list[str]:
    return list(dict.fromkeys(c for _, _, c in lexicon.find_concepts("partner-role", text)))


def _org_type_from_suffix(name: str) -> str | None:
    for suffix, concept in (("대학교", "university"), ("대학", "university"), ("산학협력단", "university"),
                            ("재단", "foundation"), ("공사", "public-agency"), ("공단", "public-agency"),
                            ("협의회", "association"), ("연구원", "research-institute"), ("연구소", "research-institute"),
                            ("센터", "support-center"), ("(주)", "company"), ("㈜", "company"), ("주식회사", "company")):
        if name.endswith(suffix) or name.startswith(suffix):
            return concept
    return None


def _year_header(lines: list[Line], index: int) -> tuple[list[str], int] | None:
    """Years of a table header starting at ``lines[index]``, which may go on over short lines."""
    line = lines[index]
    if not re.match(r"(구\s*분|부\s*문|연\s*도|연도별|구분)", line.content):
        return None
    periods: list[str] = []
    end = index
    for j in range(index, min(index + 5, len(lines))):
        text = lines[j].content
        if j > index and text and not re.fullmatch(r"[\d.\s()년월말기준현재]+|\(?\d{1,2}월말\s*기준\)?", text):
            break
        for match in _YEAR_TOKEN.finditer(text):
            month = match.group(2) or match.group(3)
            periods.append(f"{match.group(1)}-{int(month):02d}" if month else match.group(1))
        if "월말" in text and periods and len(periods[-1]) == 4:
            month = re.search(r"(\d{1,2})월말", text)
            periods[-1] = f"{periods[-1]}-{int(month.group(1)):02d}" if month else periods[-1]
        if text:
            end = j
    if len(periods) < 2:
        return None
    return periods, end


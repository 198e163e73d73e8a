"""The curated tables the pipeline reads: places, organizations, cues, concepts.

All of it is data (``ingest/data/*.yaml`` and the SKOS labels of
``ontology/sekg.ttl``); nothing here is a fact about the world that ends up in
the graph without being marked as curated.

>>> lexicon = load_lexicon()
>>> lexicon.municipality_by_name["남양주시"].code
'41360'
>>> lexicon.concept_for("funding-source", "국비")
'national'
>>> lexicon.concept_for("beneficiary-group", "경력단절여성")
'career-interrupted-women'
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import SKOS

from graph.errors import InputError
from graph.namespaces import CONCEPT
from graph.ontology import ONTOLOGY_FILE, load_turtle
from ingest.alternation import alternation
from ingest.catalog import read_yaml

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    english: str
    aliases: tuple[str, ...]
    former_codes: tuple[dict, ...] = ()


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str
    province: str
    english: str
    aliases: tuple[str, ...]
    verified: bool
    qualified_name: str | None = None
    former_codes: tuple[dict, ...] = ()
    predecessors: tuple[dict, ...] = ()


@dataclass(frozen=True)
class KnownOrganization:
    name: str
    key: str
    english: str
    type: str
    aliases: tuple[str, ...]


@dataclass
class Lexicon:
    provinces: dict[str, Province]
    municipalities: dict[str, Municipality]
    organizations: dict[str, KnownOrganization]
    municipality_by_name: dict[str, Municipality] = field(default_factory=dict)
    municipality_stems: dict[str, Municipality] = field(default_factory=dict)
    province_by_name: dict[str, Province] = field(default_factory=dict)
    organization_by_name: dict[str, KnownOrganization] = field(default_factory=dict)
    concept_labels: dict[str, dict[str, str]] = field(default_factory=dict)  # scheme -> label -> concept
    cues: dict = field(default_factory=dict)
    _cue_lists: dict[str, list[tuple[str, str]]] = field(default_factory=dict, repr=False)
    _any_cue: dict[str, re.Pattern] = field(default_factory=dict, repr=False)  # scheme -> any of its cues
    _cue_maps: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)  # scheme -> cue -> concept
    # Answers of find_concepts: the parts ask about the same line's words many times over.
    _found: dict[tuple[str, str], tuple[tuple[int, str, str], ...]] = field(default_factory=dict, repr=False)
    # What a relation part makes of the cue tables (compiled patterns), made once per lexicon: see parts().
    _parts: dict[str, object] = field(default_factory=dict, repr=False)

    def parts(self, name: str, make):
        """``make(cues)`` once per lexicon under ``name``: a part's compiled tables."""
        if name not in self._parts:
            self._parts[name] = make(self.cues)
        return self._parts[name]

    def concept_for(self, scheme: str, label: str) -> str | None:
        """The concept whose label (or cue) is exactly ``label``, spaces ignored."""
        return self.concept_labels.get(scheme, {}).get(_fold(label))

    def concept_or_cue(self, scheme: str, word: str) -> str | None:
        """The concept ``word`` is a label of, else exactly a cue of (시군비, a funding column no vocabulary label
        names)."""
        if scheme not in self._cue_maps:
            self._cue_maps[scheme] = dict(self.cue_list(scheme))
        return self.concept_for(scheme, word) or self._cue_maps[scheme].get(word)

    def cue_list(self, scheme: str) -> list[tuple[str, str]]:
        """(cue, concept) pairs of a scheme, longest cue first (built once per scheme)."""
        if scheme not in self._cue_lists:
            pairs: dict[str, str] = {}
            for concept, cues in (self.cues.get(scheme) or {}).items():
                for cue in cues:
                    pairs.setdefault(str(cue), concept)
                    pairs.setdefault(_fold(str(cue)), concept)
            for label, concept in self.concept_labels.get(scheme, {}).items():
                pairs.setdefault(label, concept)
            # One syllable is no cue in running text (회 is in 사회적, 계 in 계획); exact labels still count.
            self._cue_lists[scheme] = sorted(((c, k) for c, k in pairs.items() if len(c) > 1),
                                             key=lambda item: (-len(item[0]), item[0]))
        return self._cue_lists[scheme]

    def find_concepts(self, scheme: str, text: str) -> list[tuple[int, str, str]]:
        """Every cue of ``scheme`` in ``text``: (position, cue, concept), without overlaps, longest first."""
        known = self._found.get((scheme, text))
        if known is not None:
            return list(known)
        if len(self._found) > 200_000:
            self._found.clear()  # a bound on memory over a long build; the lines at hand come back soon enough
        taken: list[tuple[int, int]] = []
        found = []
        if scheme not in self._any_cue:
            self._any_cue[scheme] = alternation(cue for cue, _ in self.cue_list(scheme))
        # One scan for any cue first: most texts have none, and a find per cue (hundreds) costs more.
        for cue, concept in self.cue_list(scheme) if self._any_cue[scheme].search(text) else ():
            # A substring test first: most cues are absent from most lines.
            start = text.find(cue) if cue else -1
            while start >= 0:
                end = start + len(cue)
                if not any(s < end and start < e for s, e in taken):
                    taken.append((start, end))
                    found.append((start, cue, concept))
                start = text.find(cue, end)
        found.sort()
        self._found[(scheme, text)] = tuple(found)
        return found


def _fold(label: str) -> str:
    return re.sub(r"\s+", "", label)


def _read_mapping(path: Path) -> dict:
    data = read_yaml(path, what="curated table")
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected a mapping at the top level")
    return data


def _concept_labels() -> dict[str, dict[str, str]]:
    ontology = load_turtle(ONTOLOGY_FILE)
    labels: dict[str, dict[str, str]] = {}
    for scheme, namespace in CONCEPT.items():
        base = str(namespace)
        table: dict[str, str] = {}
        for predicate in (SKOS.prefLabel, SKOS.altLabel):
            for concept, label in ontology.subject_objects(predicate):
                if str(concept).startswith(base) and getattr(label, "language", None) == "ko":
                    # Both as written (경력단절 여성, 사회적 약자: how running text has them) and folded.
                    table.setdefault(_fold(str(label)), str(concept)[len(base):])
                    table.setdefault(" ".join(str(label).split()), str(concept)[len(base):])
        labels[scheme] = table
    return labels


@functools.lru_cache(maxsize=1)
def load_lexicon(data_dir: Path = DATA_DIR) -> Lexicon:
    places = _read_mapping(data_dir / "places.yaml")
    orgs = _read_mapping(data_dir / "organizations.yaml")
    cues = _read_mapping(data_dir / "cues.yaml")
    provinces = {
        str(p["code"]): Province(
            code=str(p["code"]), name=p["name"], english=p.get("english") or p["name"],
            aliases=tuple(p.get("aliases") or ()), former_codes=tuple(p.get("former_codes") or ()),
        )
        for p in places.get("provinces") or ()
    }
    municipalities = {
        str(m["code"]): Municipality(
            code=str(m["code"]), name=m["name"], province=str(m["province"]), english=m.get("english") or m["name"],
            aliases=tuple(m.get("aliases") or ()), verified=bool(m.get("verified")),
            qualified_name=m.get("qualified_name"), former_codes=tuple(m.get("former_codes") or ()),
            predecessors=tuple(m.get("predecessors") or ()),
        )
        for m in places.get("municipalities") or ()
    }
    organizations = {
        str(o["key"]): KnownOrganization(
            name=o["name"], key=str(o["key"]), english=o.get("english") or "", type=o.get("type") or "company",
            aliases=tuple(o.get("aliases") or ()),
        )
        for o in orgs.get("organizations") or ()
    }
    lexicon = Lexicon(provinces, municipalities, organizations, cues=cues)
    names: dict[str, list[Municipality]] = {}
    for m in municipalities.values():
        qualified = [m.qualified_name, *(f.get("qualified_name") for f in m.former_codes)] if m.qualified_name else []
        for name in filter(None, qualified):
            lexicon.municipality_by_name[name] = m
            lexicon.municipality_by_name[_fold(name)] = m
            # News write a metropolitan city's district with the city's short name: 광주 북구, 울산 남구.
            short = re.sub(r"^(\S+?)(?:광역시|특별시|특별자치시) ", r"\1 ", name)
            if short != name:
                lexicon.municipality_by_name.setdefault(short, m)
        names.setdefault(m.name, []).append(m)
        for alias in m.aliases:
            lexicon.municipality_stems.setdefault(alias, m)
    for name, entries in names.items():
        # Names shared by several bodies (중구, 고성군) are only found qualified.
        if len(entries) == 1:
            lexicon.municipality_by_name[name] = entries[0]
    for p in provinces.values():
        lexicon.province_by_name[p.name] = p
        for alias in p.aliases:
            lexicon.province_by_name.setdefault(alias, p)
    for o in organizations.values():
        for name in (o.name, o.key, *o.aliases):
            lexicon.organization_by_name.setdefault(name, o)
    lexicon.concept_labels = _concept_labels()
    return lexicon

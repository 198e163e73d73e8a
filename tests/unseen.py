"""Paragraphs written in the styles of news reports, election-commission pledge records and municipal reports
(``tests/data/unseen/paragraphs.yaml``, composed for this project, never copied), through the pipeline, scored
against what each paragraph's author expected a careful reader to find.

For every family, :func:`score` counts the expected records the extraction holds (recall) and the records it
holds that an expected one accounts for (precision); a record matches on the values that identify it (an
award on its recipient, its prize word and year; a budget on its amount, source and year …).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

from ingest.catalog import CatalogEntry
from ingest.extract import extract
from ingest.reading import SourceText
from ingest.records import DocumentExtraction

PARAGRAPHS_FILE = Path(__file__).parent / "data" / "unseen" / "paragraphs.yaml"
# Paragraphs composed after the rules were written, and never used to write them: a held-out measure.
HELD_OUT_FILE = Path(__file__).parent / "data" / "unseen" / "held-out.yaml"
FAMILIES = ("municipalities", "enterprises", "organizations", "awards", "partners", "budgets", "outcomes",
            "targets", "org_counts", "events", "beneficiaries")


def load_paragraphs(path: Path = PARAGRAPHS_FILE) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["paragraphs"]


def run(paragraph: dict, nlp) -> DocumentExtraction:
    """The paragraph as a document of its own: its kind detected from its text, its date (when the catalog
    would know it) given as the catalog's."""
    lines = paragraph["text"].rstrip("\n").split("\n")
    source = SourceText(Path(f"{paragraph['id']}.txt"), paragraph["id"], "utf-8", "0" * 64, lines)
    date = paragraph.get("date")
    entry = CatalogEntry(file=f"{paragraph['id']}.txt", title=paragraph["id"], title_en=None, publisher="-",
                         publisher_en=None, year=int(date[:4]), language="ko", kind=None, municipality_code=None,
                         municipality_name=None, note=None, date=date) if date else None
    return extract(source, entry=entry, nlp=nlp)


def _squeeze(text) -> str:
    return re.sub(r"\(주\)|[\s'\"‘’“”()㈜]", "", str(text or ""))


def _number(a, b) -> bool:
    try:
        return Decimal(str(a)) == Decimal(str(b))
    except Exception:  # noqa: BLE001 - a missing value matches nothing
        return False


@dataclass
class Stated:
    """What an extraction states, per family, as rows of comparable values."""

    rows: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))


def stated(x: DocumentExtraction) -> Stated:
    out = Stated()
    names: dict = defaultdict(set)
    for key, entity in x.entities.items():
        names[key].add(_squeeze(entity.label_ko))
    for fact in x.facts:
        if fact.predicate == "skos:altLabel":
            names[fact.subject].add(_squeeze(fact.obj.lexical))
    label = lambda key: names.get(key, set())  # noqa: E731
    types = defaultdict(set)
    for fact in x.facts:
        if fact.predicate == "sekg:enterpriseType":
            types[fact.subject].add(fact.obj.name)
    for key, entity in x.entities.items():
        if entity.rdf_class in ("Municipality", "Province"):
            out.rows["municipalities"].append({"names": label(key)})
        elif entity.rdf_class == "Enterprise":
            for concept in types[key]:
                out.rows["enterprises"].append({"names": label(key), "type": concept})
            if not types[key]:  # a typed enterprise is annotated under enterprises, not organizations
                out.rows["organizations"].append({"names": label(key)})
        elif entity.rdf_class == "Organization":
            out.rows["organizations"].append({"names": label(key)})
    for a in x.awards:
        out.rows["awards"].append({"label": _squeeze(a.label), "recipient": label(a.recipient),
                                   "grantor": label(a.grantor) if a.grantor else set(), "year": (a.date or "")[:4]})
    for p in x.partnerships:
        for role in p.roles:
            out.rows["partners"].append({"partner": label(p.partner), "of": label(p.subject), "role": role})
    for o in x.observations:
        if o.kind == "budget":
            out.rows["budgets"].append({"value": o.value, "source": o.funding_source, "period": o.period or ""})
        elif o.value_kind == "target":
            achieved = next((a for a in x.observations if a.target is o), None)
            out.rows["targets"].append({"indicator": o.indicator, "value": o.value,
                                        "actual": achieved.value if achieved else None,
                                        "rate": achieved.achievement_rate if achieved else o.achievement_rate})
        elif o.target is not None:
            continue  # what was achieved against a goal is the goal's actual (stated on its target)
        elif o.enterprise_type and o.indicator in ("organizations", "employees"):
            out.rows["org_counts"].append({"type": o.enterprise_type, "indicator": o.indicator, "value": o.value})
        else:
            out.rows["outcomes"].append({"indicator": o.indicator, "value": o.value, "unit": o.unit})
    for e in x.events:
        out.rows["events"].append({"type": e.event_type, "date": e.date})
    for fact in x.facts:
        if fact.predicate == "sekg:beneficiary":
            out.rows["beneficiaries"].append({"group": fact.obj.name})
    return out


def matches(family: str, want: dict, row: dict) -> bool:
    if family == "municipalities":
        return _squeeze(want["name"]) in row["names"]
    if family == "enterprises":
        return want["type"] == row["type"] and bool({_squeeze(want["label"]), _squeeze(want.get("name"))}
                                                      & row["names"])
    if family == "organizations":
        return _squeeze(want["label"]) in row["names"]
    if family == "awards":
        prize = _squeeze(want["label"].split()[-1])
        year = str(want.get("year") or "")
        return prize in row["label"] and _squeeze(want["recipient"]) in row["recipient"] and \
            (not year or year == row["year"])
    if family == "partners":
        # An agreement binds both parties: the extraction states it both ways, either way matches.
        parties = row["partner"] | (row["of"] if row["role"] == "agreement-partner" else set())
        return _squeeze(want["partner"]) in parties and want["role"] == row["role"]
    if family == "budgets":
        year = want.get("year")
        return _number(want["amount_krw"], row["value"]) and want["source"] == row["source"] and \
            (not year or row["period"].startswith(str(year)))
    if family == "targets":  # … with what was achieved against it, where the paragraph states it
        return want["indicator"] == row["indicator"] and _number(want["value"], row["value"]) and \
            (want.get("actual") is None or _number(want["actual"], row["actual"])) and \
            (want.get("achievement_pct") is None or _number(want["achievement_pct"], row["rate"]))
    if family == "outcomes":
        return want["indicator"] == row["indicator"] and _number(want["value"], row["value"])
    if family == "org_counts":
        return want["enterprise_type"] == row["type"] and want["indicator"] == row["indicator"] and \
            _number(want["value"], row["value"])
    if family == "events":
        return want["event_type"] == row["type"] and str(want["date"]) == row["date"]
    if family == "beneficiaries":
        return want["group"] == row["group"]
    return False


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    stated: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)


def score(paragraph: dict, x: DocumentExtraction) -> dict[str, Score]:
    """Per family: expected records found (recall) and stated records expected (precision)."""
    got = stated(x)
    out: dict[str, Score] = {}
    expect = paragraph.get("expect") or {}
    for family in FAMILIES:
        s = Score()
        wants = expect.get(family) or []
        rows = got.rows.get(family, [])
        s.expected, s.stated = len(wants), len(rows)
        for want in wants:
            if any(matches(family, want, row) for row in rows):
                s.found += 1
            else:
                s.misses.append(f"{paragraph['id']}: {want}")
        for row in rows:
            if any(matches(family, want, row) for want in wants):
                s.right += 1
            else:
                s.extras.append(f"{paragraph['id']}: {row}")
        out[family] = s
    return out


def measure(paragraphs: list[dict], extractions: dict) -> tuple[dict[str, list[int]], list[str], list[str]]:
    """Per family [found, expected, right, stated] over ``paragraphs``, with what is missing and what no
    expected record accounts for."""
    totals = {family: [0, 0, 0, 0] for family in FAMILIES}
    missing, unmatched = [], []
    for paragraph in paragraphs:
        for family, s in score(paragraph, extractions[paragraph["id"]]).items():
            total = totals[family]
            total[0] += s.found
            total[1] += s.expected
            total[2] += s.right
            total[3] += s.stated
            missing += [f"{family}: {m}" for m in s.misses]
            unmatched += [f"{family}: {m}" for m in s.extras]
    return totals, missing, unmatched

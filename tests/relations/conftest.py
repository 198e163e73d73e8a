"""Relation parts on short texts: each test module holds one part's (text, expected records) table.

``records(text, family)`` runs the text through the whole pipeline as a document of its own (its kind detected
from its text: an outline of bullets is generic text, a sentence with a dateline a news report) and returns the
family's records as plain tuples of labels and values.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract import extract
from ingest.pipeline import make_nlp
from ingest.reading import SourceText


def _label(x, key):
    return x.entities[key].label_ko if key in x.entities else None


def simplify(x, family: str) -> list[tuple]:
    label = lambda key: _label(x, key)  # noqa: E731
    if family == "partners":
        return [(label(p.subject), label(p.partner), tuple(p.roles)) for p in x.partnerships]
    if family == "awards":
        return [(a.label, label(a.recipient), label(a.grantor) if a.grantor else None, a.date) for a in x.awards]
    if family == "events":
        return [(e.event_type, e.date) for e in x.events]
    if family == "ordinances":
        return [(o.title, o.date, o.action) for o in x.ordinances]
    if family == "beneficiaries":
        return [f.obj.name for f in x.facts if f.predicate == "sekg:beneficiary"]
    if family == "enterprises":
        return sorted((label(f.subject), f.obj.name) for f in x.facts if f.predicate == "sekg:enterpriseType")
    if family == "contacts":
        return [(p.label, p.role, label(p.person) if p.person else None, p.phone) for p in x.posts]
    rows = []
    for o in x.observations:
        if family == "budgets" and o.kind == "budget":
            rows.append((o.funding_source, o.value, o.period))
        elif family == "targets" and o.kind == "outcome" and o.value_kind == "target":
            rows.append((o.indicator, o.value, o.unit, o.period))
        elif family == "counts" and o.kind == "outcome" and o.enterprise_type and o.value_kind != "target":
            rows.append((o.enterprise_type, o.indicator, o.value))
        elif family == "outcomes" and o.kind == "outcome" and o.value_kind != "target" and not o.enterprise_type:
            rows.append((o.indicator, o.value, o.unit, o.value_kind))
        elif family == "dated outcomes" and o.kind == "outcome" and o.value_kind != "target" and not o.enterprise_type:
            rows.append((o.indicator, o.value, o.unit, o.period))
        elif family == "goal rates" and o.value_kind == "target" and o.achievement_rate is not None:
            rows.append((o.indicator, o.value, o.achievement_rate))  # how far a goal came, no achieved figure stated
        elif family == "achieved" and o.target is not None:
            rows.append((o.indicator, o.value, o.target.value, o.achievement_rate))
        elif family == "owned outcomes" and o.kind == "outcome" and o.value_kind != "target":
            rows.append((o.indicator, o.value, label(o.subject)))
    return rows


@pytest.fixture(scope="session")
def records():
    nlp = make_nlp()

    def run(text: str, family: str) -> list[tuple]:
        lines = text.strip("\n").split("\n")
        source = SourceText(Path("t.txt"), "t", "utf-8", "0" * 64, lines)
        return simplify(extract(source, entry=None, nlp=nlp), family)

    return run

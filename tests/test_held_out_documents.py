"""Held-out measures: paragraphs in the styles of news reports, pledge records and municipal reports, composed
for this project after the extraction rules were written, and measured before any rule looked at them.

- ``held-out.yaml``, 18 paragraphs: first measured at 185/231 expected records (80.1%), 82.5% precision;
- ``held-out-2.yaml``, 12 paragraphs, written once the first set had been read: first measured at 152/200
  (76.0%), 75.7% precision;
- ``held-out-3.yaml``, 9 paragraphs, written once the second set had been read: first measured at 89/125
  (71.2%), 82.6% precision;
- ``held-out-4.yaml``, 8 paragraphs, written once the third set had been read (award roundups by field, a
  province's own report, 현황 lists by type, numbered pledge fields): first measured at 62/104 (59.6%), 67.7%
  precision;
- ``held-out-5.yaml``, 6 paragraphs, written once the fourth set had been read (a council passing an ordinance,
  a 자활 enterprise's opening, a budget broken down by program, a guarantee agreement, tab-separated pledge
  fields, a half-year report): first measured at 52/72 (72.2%), 74.6% precision;
- ``held-out-6.yaml``, 8 paragraphs, written once the fifth set had been read (a province's awards, a
  four-party sales agreement, a 자활 enterprise recognised by its district, a festival with a contest prize, a
  pledge's budget by source and year, a pledge evaluation table, a province's report by type and by city, a
  yearly table in 천원): first measured at 129/180 (71.7%), 85.1% precision;
- ``held-out-7.yaml``, 8 paragraphs, written once the sixth set had been read and kept unread: measured at
  114/153 (74.5%), 84.8% precision when written, and again, unread, after the rules the sixth set showed were
  written: 114/153, 84.2% (those rules did not reach it);
- ``held-out-8.yaml``, 8 paragraphs, written once the seventh set had been read (an award in apposition with its
  rank, a four-party agreement signed, a 도's designation round, a fair's figures, bracketed pledge fields, a
  pledge progress report, a 현황 table with a 계 row, a 목표/실적/달성률 table): first measured at 117/168
  (69.6%), 72.8% precision;
- ``held-out-9.yaml``, 8 paragraphs, written once the eighth set had been read and kept unread while the eighth set's
  rules were written: first measured at 149/189 (78.8%), 83.0% precision, and at 148/189, 84.7% once they were in;
- ``held-out-10.yaml``, 8 paragraphs, written once the ninth set had been read and kept unread: first measured at
  144/184 (78.3%), 85.9% precision; read once the eleventh set was written.
- ``held-out-11.yaml``, 8 paragraphs, written once the tenth set had been read and kept unread (an interview, a
  four-party agreement with each party's part told apart, ○/- bullet results with a contest's prize in brackets, a
  ministry's designation round, a residents' pledge evaluation, a 행정사무감사 exchange, a 보도자료 with 붙임 tables,
  a 주요업무계획 with counts written 12개소(188명), relative dates): first measured at 158/218 (72.5%), 77.7%
  precision; read once the twelfth set was written;
- ``held-out-12.yaml``, 8 paragraphs, written once the eleventh set had been read and kept unread (a radio news
  script, a 도's award table by 시군, a 군 newsletter with ①②③ agreement terms, a year-end review, a yearly plan
  by quarter, a press conference's remarks with shares in percent, a 공공구매 table in 원, a council's 심사보고서):
  first measured at 147/218 (67.4%), 72.4% precision; read once the thirteenth set was written;
- ``held-out-13.yaml``, 8 paragraphs, written once the twelfth set had been read and kept unread (an MOU story
  opening on a photo caption, two counties' joint project, a cooperative's general meeting, an English-mixed
  report on social value, progress given only as percentages, a residents' jury on changed pledges, a homepage
  notice of selection results in 천원, a monthly bulletin): first measured at 146/230 (63.5%), 73.3% precision, and
  at 148/230, 73.5% once the twelfth set's rules were in; read once the fourteenth set was written;
- ``held-out-14.yaml``, 8 paragraphs, written once the thirteenth set had been read and kept unread (a weekly paper's
  profile of a head of an enterprise, a signed column, an agreement printed clause by clause with its parties as
  갑/을/병/정, a loan fund's contributions, a homepage pledge page with grades by year, a New Year's speech, a
  자활 report in 천원, a council committee's budget review): first measured at 140/220 (63.6%), 76.8% precision;
  its budget table in columns aligned with spaces read since (146/220);
- ``held-out-15.yaml``, 8 paragraphs, written after the fourteenth and kept unread with it, in the ordinary phrasing
  of press releases, local papers, pledge cards, pledge tracking pages and work plans rather than unusual layouts
  (the estimate for typical documents): first measured at 160/189 (84.7%), 85.8% precision.

The rules each set then showed missing were written as general rules with (text, expected) rows of their own in
``tests/relations/``; the floors below are the rates reached since. New paragraphs go in a new file and are
measured before they are read, so that there is always a set no rule was written from.
"""

from __future__ import annotations

from collections import Counter

import pytest

from ingest.pipeline import make_nlp
from tests.unseen import FAMILIES, HELD_OUT_FILE, load_paragraphs, measure, run

# file -> (paragraphs per kind, (recall, precision) floors per family in percent, overall floors)
SETS = {
    "held-out.yaml": ({"news-report": 9, "pledge-record": 5, "municipal-report": 4}, {
        "municipalities": (100, 100), "enterprises": (86, 92), "organizations": (100, 100), "awards": (100, 100),
        "partners": (88, 100), "budgets": (100, 100), "outcomes": (100, 97), "targets": (88, 96),
        "org_counts": (100, 100), "events": (83, 83), "beneficiaries": (100, 100)}, (95, 97)),
    "held-out-2.yaml": ({"news-report": 6, "pledge-record": 3, "municipal-report": 3}, {
        "municipalities": (100, 100), "enterprises": (100, 100), "organizations": (94, 100), "awards": (100, 100),
        "partners": (90, 95), "budgets": (95, 95), "outcomes": (95, 90), "targets": (95, 88),
        "org_counts": (88, 100), "events": (92, 86), "beneficiaries": (100, 100)}, (95, 94)),
    "held-out-3.yaml": ({"news-report": 4, "pledge-record": 2, "municipal-report": 3}, {
        "municipalities": (100, 100), "enterprises": (100, 100), "organizations": (100, 100), "awards": (100, 100),
        "partners": (100, 94), "budgets": (100, 100), "outcomes": (89, 100), "targets": (100, 100),
        "org_counts": (100, 100), "events": (100, 100), "beneficiaries": (75, 100)}, (96, 99)),
    # held-out-4/5/6: normalized after they were measured (the achieved figure and its rate on the target only);
    # held-out, -2, -10, -11: money spent (집행) normalized from an outcome to a budget (ANNOTATION.md).
    "held-out-4.yaml": ({"news-report": 4, "pledge-record": 2, "municipal-report": 2}, {
        "municipalities": (100, 100), "enterprises": (100, 100), "organizations": (100, 76), "awards": (100, 100),
        "partners": (100, 90), "budgets": (86, 100), "outcomes": (65, 65), "targets": (77, 77),
        "org_counts": (100, 71), "events": (100, 100), "beneficiaries": (75, 100)}, (87, 85)),
    "held-out-5.yaml": ({"news-report": 4, "pledge-record": 1, "municipal-report": 1}, {
        "municipalities": (100, 100), "enterprises": (100, 100), "organizations": (100, 100), "awards": (100, 100),
        "partners": (85, 100), "budgets": (100, 83), "outcomes": (63, 77), "targets": (84, 100),
        "org_counts": (100, 100), "events": (100, 80), "beneficiaries": (100, 100)}, (89, 92)),
    "held-out-6.yaml": ({"news-report": 4, "pledge-record": 2, "municipal-report": 2}, {
        "municipalities": (100, 100), "enterprises": (85, 100), "organizations": (100, 93), "awards": (100, 100),
        "partners": (88, 95), "budgets": (97, 97), "outcomes": (94, 100), "targets": (78, 73),
        "org_counts": (100, 100), "events": (100, 100), "beneficiaries": (87, 100)}, (94, 95)),
    "held-out-7.yaml": ({"news-report": 4, "pledge-record": 2, "municipal-report": 2}, {
        "municipalities": (100, 100), "enterprises": (90, 100), "organizations": (100, 92), "awards": (100, 100),
        "partners": (90, 94), "budgets": (100, 100), "outcomes": (93, 93), "targets": (100, 93),
        "org_counts": (100, 100), "events": (100, 93), "beneficiaries": (100, 100)}, (97, 96)),
    "held-out-8.yaml": ({"news-report": 4, "pledge-record": 2, "municipal-report": 2}, {
        "municipalities": (100, 90), "enterprises": (100, 94), "organizations": (100, 100), "awards": (100, 100),
        "partners": (100, 95), "budgets": (95, 100), "outcomes": (100, 96), "targets": (100, 100),
        "org_counts": (100, 100), "events": (100, 93), "beneficiaries": (75, 100)}, (98, 97)),
    "held-out-9.yaml": ({"news-report": 4, "pledge-record": 2, "municipal-report": 2}, {
        "municipalities": (100, 91), "enterprises": (80, 100), "organizations": (94, 88), "awards": (75, 75),
        "partners": (65, 86), "budgets": (94, 97), "outcomes": (84, 81), "targets": (81, 71),
        "org_counts": (75, 100), "events": (78, 64), "beneficiaries": (75, 91)}, (83, 87)),
    "held-out-10.yaml": ({"news-report": 4, "pledge-record": 2, "municipal-report": 2}, {
        "municipalities": (100, 80), "enterprises": (88, 100), "organizations": (100, 100), "awards": (100, 100),
        "partners": (81, 100), "budgets": (91, 97), "outcomes": (100, 100), "targets": (93, 88),
        "org_counts": (100, 100), "events": (93, 87), "beneficiaries": (100, 100)}, (94, 96)),
    "held-out-11.yaml": ({"news-report": 4, "pledge-record": 2, "municipal-report": 2}, {
        "municipalities": (100, 100), "enterprises": (75, 100), "organizations": (92, 86), "awards": (66, 66),
        "partners": (50, 93), "budgets": (86, 84), "outcomes": (80, 76), "targets": (88, 71),
        "org_counts": (100, 100), "events": (80, 100), "beneficiaries": (83, 91)}, (81, 86)),
    "held-out-12.yaml": ({"news-report": 4, "pledge-record": 2, "municipal-report": 2}, {
        "municipalities": (100, 100), "enterprises": (93, 100), "organizations": (95, 86), "awards": (100, 85),
        "partners": (57, 92), "budgets": (79, 73), "outcomes": (83, 86), "targets": (87, 77),
        "org_counts": (100, 100), "events": (75, 75), "beneficiaries": (75, 100)}, (83, 86)),
    "held-out-13.yaml": ({"news-report": 4, "pledge-record": 2, "municipal-report": 2}, {
        "municipalities": (100, 83), "enterprises": (75, 92), "organizations": (87, 77), "awards": (0, 0),
        "partners": (53, 100), "budgets": (73, 75), "outcomes": (84, 91), "targets": (78, 71),
        "org_counts": (37, 100), "events": (59, 80), "beneficiaries": (66, 100)}, (71, 83)),
    "held-out-14.yaml": ({"news-report": 4, "pledge-record": 2, "municipal-report": 2}, {
        "municipalities": (100, 100), "enterprises": (66, 85), "organizations": (95, 79), "awards": (0, 0),
        "partners": (34, 81), "budgets": (71, 63), "outcomes": (59, 62), "targets": (79, 75),
        "org_counts": (92, 100), "events": (52, 60), "beneficiaries": (62, 92)}, (66, 73)),
    "held-out-15.yaml": ({"news-report": 4, "pledge-record": 2, "municipal-report": 2}, {
        "municipalities": (100, 100), "enterprises": (90, 90), "organizations": (100, 95), "awards": (100, 100),
        "partners": (47, 81), "budgets": (87, 93), "outcomes": (84, 73), "targets": (80, 62),
        "org_counts": (76, 100), "events": (92, 92), "beneficiaries": (100, 100)}, (84, 85)),
}


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


@pytest.fixture(scope="module")
def measured(nlp, held_out_reports):
    out = {}
    for name in SETS:
        paragraphs = load_paragraphs(HELD_OUT_FILE.with_name(name))
        extractions = {p["id"]: run(p, nlp) for p in paragraphs}
        totals, missing, unmatched = measure(paragraphs, extractions)
        held_out_reports(name).update(per_family={f: tuple(v) for f, v in totals.items()}, missing=missing,
                                      unmatched=unmatched)
        out[name] = totals
    return out


@pytest.mark.parametrize("name", SETS)
def test_the_held_out_paragraphs_cover_the_three_kinds(name):
    paragraphs = load_paragraphs(HELD_OUT_FILE.with_name(name))
    assert Counter(p["kind"] for p in paragraphs) == SETS[name][0]
    assert len({p["id"] for p in paragraphs}) == len(paragraphs)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("name", SETS)
def test_recall_and_precision_of_each_family_hold_their_floor(measured, name, family):
    found, expected, right, stated = measured[name][family]
    recall_floor, precision_floor = SETS[name][1][family]
    if expected == 0:  # a set that states none of the family: nothing of it may be found either
        assert stated == 0, f"{name} {family}: {stated} found where the paragraphs state none"
        return
    assert 100 * found / expected >= recall_floor, f"{name} {family}: {found}/{expected}"
    assert 100 * right / stated >= precision_floor, f"{name} {family}: {right}/{stated}"


@pytest.mark.parametrize("name", SETS)
def test_overall_rates_hold_their_floor(measured, name):
    totals = measured[name].values()
    found, expected = sum(v[0] for v in totals), sum(v[1] for v in totals)
    right, stated = sum(v[2] for v in totals), sum(v[3] for v in totals)
    recall_floor, precision_floor = SETS[name][2]
    assert 100 * found / expected >= recall_floor and 100 * right / stated >= precision_floor

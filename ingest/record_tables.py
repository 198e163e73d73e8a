"""Tables of records: one row per pledge or program, its columns its fields.

An evaluation table of pledges (``번호 공약명 이행기간 사업비 시비 구비 핵심지표 목표 실적 달성률``) or a list of
programs (``사업명 사업기간 예산 성과지표 목표 실적``) is not read by row label: each row is a record, and

- the title column (공약명, 사업명, 과제명) names whose every figure of the row is: the pledge (or program);
- the term column (이행기간, 사업기간) dates the row's money and goals; what was achieved is as of the table;
- the indicator column (핵심지표, 성과지표) names what the goal and result columns count, and its bracket
  the unit (``돌봄 사회적경제기업(개)``), whatever the unit line says of the money;
- the goal, result and rate columns (목표, 실적, 달성률) are one goal, what was achieved against it and the
  stated rate; the money columns are read as any table's (by source, under the unit line's money unit).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ingest.dates import find_dates
from ingest.figure_records import Figure
from ingest.figures import FigureReader
from ingest.numerals import number, unit_scale
from ingest.passages import Passage
from ingest.readers import pledge_term

_TITLE = re.compile(r"^(?:공약명|공약|공약사항|사업명|세부사업명|단위사업명|과제명|세부과제명)$")
_TERM = re.compile(r"^(?:이행기간|사업기간|추진기간|기간)$")
_INDICATOR = re.compile(r"^(?:핵심지표|성과지표|목표지표|관리지표|지표)(?:\(.*\))?$")
_RESULT = re.compile(r"^(?:실적|추진실적|달성|달성실적|성과)(?:\(.*\))?$")
_GOAL = re.compile(r"^(?:목표|목표치|목표량)(?:\(.*\))?$")
_RATE = re.compile(r"^(?:달성률|달성율|이행률|진척률)(?:\(.*\))?$")


def record_columns(header: list[str]) -> dict[str, int] | None:
    """The field columns of a header (title, term, indicator, goal, result, rate), or None when it names no
    title column (a table read by row label)."""
    found: dict[str, int] = {}
    for at, cell in enumerate(header):
        squeezed = cell.replace(" ", "")
        for name, pattern in (("title", _TITLE), ("term", _TERM), ("indicator", _INDICATOR), ("goal", _GOAL),
                              ("result", _RESULT), ("rate", _RATE)):
            if pattern.match(squeezed) and name not in found:
                found[name] = at
    return found if "title" in found and ("goal" in found or "result" in found) else None


def record_figures(passage: Passage, reader: FigureReader, fields: dict[str, int], as_of: str | None,
                   money_figures) -> list[Figure]:
    """Every row's figures: its money (``money_figures(row_passage, line_number, term)`` reads the row at that line
    as any table's row, in the row's own scope and term), then its goal, result and rate."""
    ctx, table = reader.ctx, passage.table
    pledge_table = "공약" in table.header[fields["title"]]
    figures: list[Figure] = []
    for number_, cells in table.rows:
        cell = lambda name: cells[fields[name]].strip() if name in fields and fields[name] < len(cells) else ""  # noqa: E731
        title = re.sub(r"\s+", " ", cell("title"))
        item = next(i for i in passage.items if i.number == number_)
        if not title:
            continue
        evidence = ctx.evidence_of([item])
        municipality = passage.scope.municipality
        owner = ctx.pledge(title, evidence, municipality=municipality) if pledge_table else \
            ctx.program(title, evidence, municipality=municipality)
        terms = find_dates(cell("term"))
        term = pledge_term(ctx, owner, item, cell("term")) if pledge_table else (terms[0].period if terms else None)
        scope = replace(passage.scope, subject=owner, pledges=(owner,) if pledge_table else passage.scope.pledges)
        row_passage = replace(passage, scope=scope)
        figures += money_figures(row_passage, number_, term)
        figures += _achievement(reader, row_passage, item, cell, term, as_of)
    return figures


def _achievement(reader: FigureReader, passage: Passage, item, cell, term: str | None,
                 as_of: str | None) -> list[Figure]:
    """The row's goal, its result against it and the stated rate, counted as its indicator cell says."""
    ctx, scope = reader.ctx, passage.scope
    measure = cell("indicator")
    bracket = re.search(r"\(([^)]*)\)\s*$", measure)
    scale = unit_scale(bracket.group(1)) if bracket else None
    words = measure[: bracket.start()] if bracket else measure
    lex = ctx.lexicon
    types = [c for _, _, c in lex.find_concepts("enterprise-type", words)]
    groups = [c for _, _, c in lex.find_concepts("beneficiary-group", words)]
    unit = scale[0] if scale else None
    indicator = reader.indicator(words, unit) or ("organizations" if types and unit in ("count", "place", None)
                                                  else None) or (reader.unit_default.get(unit) if unit else None)
    if indicator is None:
        return []
    unit = unit or reader.indicator_unit.get(indicator)
    common = dict(enterprise_type=types[-1] if types else None, beneficiary=groups[0] if groups else None)
    label = f"{cell('title')} {measure}".strip()

    def figure(text: str, kind: str, period: str | None) -> Figure | None:
        value = number(text.strip(), scale[1] if scale else 1) if text and text not in ("-", "–") else None
        if value is None:
            return None
        return Figure(value, unit, [item], indicator, scope.subject, scope.municipality, text, label,
                      period=period, value_kind=kind, **common)

    goal = figure(cell("goal"), "target", term)
    result = figure(cell("result"), "actual", as_of or scope.year)
    rate_text = cell("rate").rstrip("%").strip()
    rate = number(rate_text, 1) if rate_text and rate_text not in ("-", "–") else None
    out = [f for f in (goal, result) if f is not None]
    if result is not None:
        result.target = goal
        result.rate = Decimal(rate) if rate is not None else None
    elif goal is not None and rate is not None:
        goal.rate = Decimal(rate)
    if rate is not None and goal is None and result is None:  # else the rate is kept on what it measures
        out.append(Figure(rate, "percent", [item], "achievement-rate", scope.subject, scope.municipality,
                          cell("rate"), label, period=as_of or scope.year, value_kind="actual"))
    return out

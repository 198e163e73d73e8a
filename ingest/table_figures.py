"""Figures of a table, read by its header and row labels.

Each column header and row label is read for what it fixes about the values under or beside it: a year or
month (a period), a funding source (국비, 도비, 시비 … and 지방비 over 도비/시비 in a two-row header), an
enterprise type (사회적기업, 마을기업 …), an indicator with its unit (``사업비(백만원)``, ``근로자수``), a goal
(목표), a rate (달성률), a total (계, 합계) or a note (비고). A value takes what its row and column fix; a
value with no unit from its cell, row, column or the unit line above is not read (a warning says which).
"""

from __future__ import annotations

import re
from decimal import Decimal
from dataclasses import dataclass

from ingest.dates import find_dates
from ingest.numerals import unit_scale
from ingest.quantities import find_quantities
from ingest.funding import paid_by
from ingest.figure_records import ALL_TYPES, Figure
from ingest.figures import FigureReader
from ingest.numerals import number
from ingest.periods import after_writing
from ingest.passages import Passage
from ingest.record_tables import record_columns, record_figures

_TOTAL = re.compile(r"^(?:계|합계|총계|합\s*계|총투자\s*규모|총사업비|총\s*\d*)$")
_SUBTOTAL = re.compile(r"^소\s*계$")
_PAIRED = re.compile(r"(\d[\d,.]*[가-힣%]{1,4})\((\d[\d,.]*[가-힣%]{1,4})\)")
_NOTE = re.compile(r"^비\s*고")
_YEAR = re.compile(r"((?:19|20)\d{2})(?:\s*년)?(?:\s*[.]\s*(\d{1,2})\.?)?(?:.*?(\d{1,2})\s*월)?")


@dataclass
class Meaning:
    """What a header cell or row label fixes about its values."""

    text: str
    period: str | None = None
    source: str | None = None
    enterprise_type: str | None = None
    indicator: str | None = None
    scale: tuple[str, int] | None = None
    total: bool = False
    subtotal: bool = False
    note: bool = False
    goal: bool = False
    baseline: bool = False  # 2022(기준): in a plan's table, the year the goals start from
    compared_from: bool = False  # the earlier of two years a change column (증감) compares
    difference: bool = False  # a change column's counts (증감 4, △3): differences, no figures of their own
    source_word: str | None = None  # the word the source was read from (시비: a tier that depends on the place)
    rate: bool = False


# A row or column of bodies set up or designated (… 설립, … 육성, … 지정), whatever their type word is written with.
_FOUNDED_ROW = re.compile(r"(?:설립|육성|지정|인증|창업)(?:\(누계\)|\(누적\))?$")


def meaning(text: str, reader: FigureReader) -> Meaning:
    lex = reader.ctx.lexicon
    squeezed = text.replace(" ", "")
    found = Meaning(text)
    if _NOTE.match(squeezed):
        found.note = True
        return found
    if _SUBTOTAL.match(squeezed):
        found.subtotal = True
        return found
    if _TOTAL.match(squeezed):
        found.total = True
    year = _YEAR.match(squeezed) if re.match(r"(?:19|20)\d{2}", squeezed) else None
    dated = find_dates(text) if not year and "(" in text else []
    if dated:  # 1 단 계 (2014. 10. ~ 12.): a row of a stage, dated in its label
        found.period = dated[0].period
    if year:
        month = year.group(2) or year.group(3)
        found.period = f"{year.group(1)}-{int(month):02d}" if month else year.group(1)
    unit = re.search(r"\(([^)]*)\)", text)
    if unit:
        found.scale = unit_scale(unit.group(1))
    if "목표" in squeezed or re.search(r"\((?:계획|예정|목표)\)", squeezed):
        found.goal = True  # 목표, 2025(계획): a row or column of goals
    if re.search(r"\(?기준\)?$", squeezed) and found.period and "월" not in squeezed:
        found.baseline = True
    if re.search(r"률|율|%", squeezed):
        found.rate = True
    bare = re.sub(r"\([^)]*\)", "", squeezed)
    found.source = lex.concept_or_cue("funding-source", bare)  # 국비, and 시군비 by its cue
    found.source_word = bare if found.source else None
    found.enterprise_type = lex.concept_for("enterprise-type", bare)
    if found.enterprise_type is None and bare.endswith("수"):  # 자활기업 수: how many bodies of the type
        found.enterprise_type = lex.concept_for("enterprise-type", bare[:-1])
        found.indicator = "organizations" if found.enterprise_type else None
    elif found.enterprise_type is None and _FOUNDED_ROW.search(bare):  # 햇빛발전 협동조합 설립(누계): bodies of it
        types = [c for _, _, c in lex.find_concepts("enterprise-type", bare) if c != "social-economy-organization"]
        found.enterprise_type = types[-1] if types else None
        found.indicator = "organizations" if found.enterprise_type else None
    if not (found.source or found.enterprise_type or found.period or found.total):
        found.indicator = reader.indicator(bare, found.scale[0] if found.scale else None)
    return found


def columns(header: list[str], reader: FigureReader) -> list[Meaning]:
    """The header's value columns (the label column dropped), with a group word expanded into the
    sub-columns a second header row names later (지방비 → 도비, 시비)."""
    groups = reader.ctx.lexicon.cues.get("funding-source-groups", {})
    cells = [c for c in header[1:] if c]
    out: list[Meaning] = []
    for cell in cells:
        squeezed = re.sub(r"\([^)]*\)", "", cell.replace(" ", ""))
        if squeezed in groups:
            continue  # its sub-columns stand in its place (below)
        out.append(meaning(cell, reader))
    for group, members in groups.items():
        at = next((i for i, c in enumerate(cells) if re.sub(r"\([^)]*\)", "", c.replace(" ", "")) == group), None)
        if at is None:
            continue
        subs = [m for m in out if m.text.replace(" ", "") in members]
        if not subs:
            out.insert(min(at, len(out)), meaning(cells[at], reader))
            continue
        for sub in subs:
            out.remove(sub)
        position = sum(1 for c in cells[:at] if re.sub(r"\([^)]*\)", "", c.replace(" ", "")) not in groups)
        out[position:position] = subs
        group_scale = meaning(cells[at], reader).scale
        for sub in subs:
            sub.scale = sub.scale or group_scale
    # 2012년 2016년 증감율: the change column spans the years it compares, the first is the point of comparison.
    years = [m for m in out if m.period and len(m.period) == 4]
    change = [m for m in out if re.search(r"증감|증가|대비", m.text)]
    if len(years) == 2 and change:
        years[0].compared_from = True
        for m in change:
            m.period = m.period or f"{years[0].period}/{years[1].period}"
            m.difference = not m.rate
    # A money unit printed on one column of a budget table (지방비(천원)) is the table's: the PDF moved it there.
    money = {m.scale for m in out if m.scale and m.scale[0] == "krw"}
    if len(money) == 1:
        for m in out:
            if m.scale is None and (m.source or m.total):
                m.scale = next(iter(money))
    return out


def table_figures(passage: Passage, reader: FigureReader) -> list[Figure]:
    table = passage.table
    cols = columns(table.header, reader)
    values_cols = [c for c in cols if not c.note]
    # A 기준 on a year column marks a plan's baseline column, not the date the whole table is as of.
    own_header = not any(c.baseline for c in cols)
    as_of = _as_of(passage, reader, header=own_header)
    titled = _title_year(passage, reader)
    last = passage.first_line + (1 if own_header else 0)
    above = " ".join(reader.ctx.by_number[n].text for n in range(passage.first_line - 3, last)
                     if n in reader.ctx.by_number)
    status = as_of is not None or any(w in above for w in reader.status_words)
    by_number = {item.number: item for item in passage.items}
    # Rows of enterprise types: the table counts bodies (its 계 row too).
    typed = sum(1 for _, cells in table.rows if cells and meaning(cells[0], reader).enterprise_type) >= 2
    # A heading of one type (□ 자활기업 현황) types the counts of bodies and workers below it.
    heading = passage.outline[-1].content if passage.outline else next(
        (reader.ctx.by_number[n].text for n in range(passage.first_line - 1, passage.first_line - 3, -1)
         if n in reader.ctx.by_number and reader.ctx.by_number[n].text.strip()), "")
    heading_types = {c for _, _, c in reader.ctx.lexicon.find_concepts("enterprise-type", heading)} - {ALL_TYPES}
    fields = record_columns(table.header)
    if fields is not None:  # a row per pledge or program: its fields are not figures, its money is
        for at in fields.values():
            if 0 < at <= len(cols):
                cols[at - 1].note = True
        values_cols = cols  # the field columns stay in place, skipped below

    def read_row(row_index: int, number_: int, cells: list[str], row: Meaning, row_passage: Passage) -> list[Figure]:
        figures: list[Figure] = []
        values = [c for c in cells[1:] if c]
        if "\t" in by_number[number_].line.clean.text:  # a tab table keeps empty cells in their columns
            values = cells[1:]
        targets = values_cols
        if table.upper and len(values) == len(table.upper) != len(values_cols):
            targets = columns(["구분", *table.upper], reader)  # 합계 93,855 786: one value per upper column
        elif len(values) == 2 * len(values_cols) and all(not c.note for c in values_cols):
            targets = [c for c in values_cols for _ in (0, 1)]  # 24회, 575명 per year
        elif len(values) > len(values_cols):
            values = values[: len(values_cols)]
        unit_text = table.units[row_index] if row_index < len(table.units) else (table.units[0] if table.units
                                                                                 else None)
        # (단위: 개소, 명) over a table of two value columns and more rows: one unit per column; over rows of
        # enterprise types and other columns (years), the bodies' unit.
        by_column = len(table.units) == len(values_cols) > 1 and len(table.units) != len(table.rows)
        if typed and len(table.units) > 1 and not by_column and len(table.units) != len(table.rows):
            unit_text = next((u for u in table.units if unit_scale(u) and unit_scale(u)[0] in ("count", "place")),
                             unit_text)
        for column, cell in zip(targets, values, strict=False):
            if by_column:
                unit_text = table.units[values_cols.index(column)] if column in values_cols else unit_text
            elif len(table.units) > 1 and len(table.units) != len(table.rows) and not typed:
                unit_text = _unit_of_column(column, table.units, reader) or unit_text
            if column.subtotal or column.note or not cell or cell in ("-", "–") or \
                    (column.difference and "%" not in cell):
                continue
            if row.subtotal and column.indicator in (None, "budget"):
                continue  # a 소계 of money by source adds up rows read already; 소계 of 생산유발효과 is a figure
            pair = _PAIRED.fullmatch(cell)
            # 지급인원/금액 over 72명(20,413천원): each figure under its own half of the column's name
            parts = zip(pair.groups(), [meaning(t, reader) for t in column.text.split("/", 1)]) \
                if pair and "/" in column.text else [(cell, column)]
            for part, own_column in parts:
                figure = _cell_figure(part, row, own_column, unit_text, reader, row_passage, by_number[number_],
                                      as_of or titled, status, typed=typed, heading=heading)
                if figure is not None and figure.enterprise_type is None and len(heading_types) == 1 and \
                        figure.indicator in ("organizations", "employees") and not (row.total or own_column.total):
                    figure.enterprise_type = next(iter(heading_types))
                if figure is not None:
                    figures.append(figure)
        return _against_goal(figures)

    if fields is not None:
        number_row = {number_: (index, cells) for index, (number_, cells) in enumerate(table.rows)}
        return record_figures(passage, reader, fields, as_of or titled, lambda row_passage, number_, term: read_row(
            number_row[number_][0], number_, number_row[number_][1],
            Meaning(reader.ctx.label(row_passage.scope.subject) or "", period=term), row_passage))
    return [f for row_index, (number_, cells) in enumerate(table.rows)
            for f in read_row(row_index, number_, cells, meaning(cells[0], reader) if cells else Meaning(""), passage)]


def _sales(reader: FigureReader, heading: str, unit: str | None) -> str | None:
    """Revenue, when the heading over a table of money names sales (유형별 공공구매 실적): its cells are no budget."""
    return "revenue" if reader.indicator(heading, unit) == "revenue" else None


def _against_goal(figures: list[Figure]) -> list[Figure]:
    """A row of 목표, 실적 and 달성률: what was achieved has the goal as its target and keeps the rate (not a figure
    of its own)."""
    goal = next((f for f in figures if f.value_kind == "target" and f.unit != "percent"), None)
    actual = next((f for f in figures if goal is not None and f is not goal and f.value_kind == "actual" and
                   f.unit == goal.unit), None)
    rate = next((f for f in figures if f.unit == "percent" and f.indicator == "achievement-rate"), None)
    if goal is None or actual is None:
        return figures
    if actual.target is None:
        actual.target, actual.indicator = goal, goal.indicator
    if rate is not None and actual.rate in (None, Decimal(rate.value)):
        actual.rate = Decimal(rate.value)
        return [f for f in figures if f is not rate]
    return figures


def _unit_of_column(column: Meaning, units: list[str], reader: FigureReader) -> str | None:
    """Of a unit line naming units for columns it does not line up with (단위 :백만원, 명 over four columns), the
    one the column's indicator is counted in: people for 고용유발효과, else money."""
    counted = reader.indicator_unit.get(column.indicator)
    scaled = [(u, unit_scale(u)) for u in units]
    return next((u for u, scale in scaled if scale and scale[0] == counted), None) or \
        next((u for u, scale in scaled if scale and scale[0] in ("krw", "usd") and counted is None), None)


def _as_of(passage: Passage, reader: FigureReader, *, header: bool = True) -> str | None:
    """The date a status table is as of: ``('18. 6월말 기준)`` in the lines just above or in its header."""
    last = passage.first_line + (1 if header else 0)
    lines = [reader.ctx.by_number.get(n) for n in range(passage.first_line - 3, last)]
    for line in lines:
        if line is not None and "기준" in line.text:
            dates = find_dates(line.text)
            if dates:
                return dates[0].start
    return None


def _title_year(passage: Passage, reader: FigureReader) -> str | None:
    """The year a table's title line just above it names (``플리마켓 참여 업체 현황(2017년)``): a short line,
    not a sentence, whose only date is a year."""
    for n in range(passage.first_line - 1, passage.first_line - 4, -1):
        line = reader.ctx.by_number.get(n)
        if line is None or not line.text.strip():
            continue
        dates = find_dates(line.text)
        if len(line.text.strip()) <= 40 and len(dates) == 1 and len(dates[0].start) == 4 and not dates[0].end:
            return dates[0].start
        return None
    return None


def _cell_figure(cell: str, row: Meaning, column: Meaning, unit_text: str | None, reader: FigureReader,
                 passage: Passage, item, as_of: str | None, status: bool, *, typed: bool = False,
                 heading: str = "") -> Figure | None:
    ctx, scope = reader.ctx, passage.scope
    quantities = [q for q in find_quantities(cell) if q.value is not None]
    scale = column.scale or row.scale or (unit_scale(unit_text) if unit_text else None)
    own = None  # an indicator the cell's own words give (· 일자리 220개)
    if quantities:
        value, unit, qualifier = quantities[0].value, quantities[0].unit, quantities[0].qualifier
        own = reader.indicator(cell[: quantities[0].start], unit)
    else:
        if scale is None and (column.rate or row.rate):
            scale = ("percent", 1)
        if scale is None:  # 창업업체 수 4 25 23: the unit the row's or column's indicator is counted in
            unit_of = reader.indicator_unit.get(row.indicator) or reader.indicator_unit.get(column.indicator)
            scale = (unit_of, 1) if unit_of else None
        value = number(cell.strip("(),"), scale[1]) if scale else None
        if value is None:
            return None
        unit, qualifier = scale[0], None
    # The row's own source over a total column (국비 row, 계 column: the national total).
    paying = column if column.source and not (column.source == "total" and row.source) else row
    source = paid_by(ctx.lexicon, paying.source_word, scope.municipality) if paying.source_word else paying.source
    etype = column.enterprise_type or row.enterprise_type
    if unit == "percent":  # the column's own rate first (증감율 of 고용률 is a growth rate)
        indicator = "achievement-rate" if "달성" in column.text + row.text else (
            reader.indicator(column.text, unit) or reader.indicator(row.text, unit) or "growth-rate")
    elif unit in ("krw", "usd") and (source or column.total and not etype) and \
            (source not in (None, "total") or column.indicator in (None, "budget")) and \
            _sales(reader, heading, unit) is None:  # not 합계 under 파급효과, nor under 공공구매 실적
        indicator = "budget" if source or row.total or column.total else reader.indicator(row.text, unit)
    else:
        indicator = own or (column.indicator if column.indicator in reader.unit_indicators.get(unit, ()) else None) or \
            (row.indicator if row.indicator in reader.unit_indicators.get(unit, ()) else None) or \
            ("organizations" if etype and unit in ("count", "place") else None) or \
            _sales(reader, heading, unit) or \
            reader.unit_default.get(unit)  # 사회적경제기업(개): a count of the bodies the row names; 공공구매 실적 above
    if indicator not in ("budget", None):
        source = None  # who pays is said of a budget, not of what a model estimates or a business earns
    if indicator is None:
        ctx.out.warn("unparsed-table", f"table cell {cell!r} ({row.text} / {column.text}) has no indicator",
                     item.number)
        return None
    if etype and (column.total or row.total):
        etype = None
    if typed and row.total and unit in ("count", "place") and indicator == "facilities":
        indicator, unit = "organizations", "count"  # 계 of a table by enterprise type: all the bodies
    elif indicator == "organizations" and unit == "place":
        unit = "count"  # (단위: 곳) over bodies: a count of them, as in a sentence
    if source is None and (column.total or row.total) and unit in ("krw", "usd") and indicator == "budget":
        source = "total"
    if value == 0 and indicator == "budget":
        return None  # 국비 0: the source pays nothing that year, no budget
    kind = "target" if (column.goal or row.goal or (scope.plan and not status)) else "actual"
    if kind == "actual" and "projection" in (c for _, _, c in ctx.lexicon.find_concepts("value-kind", column.text)):
        kind = "projection"  # 생산유발효과, 고용유발효과: what a model estimates, not what was counted
    if column.compared_from:
        kind = "baseline"  # 부문 2012년 2016년 증감율: the earlier year is what the later is compared with
    if scope.plan and (column.baseline or row.baseline):
        kind = "baseline"
    month = re.match(r"(\d{1,2})\s*월$", column.text.replace(" ", ""))
    if month and not column.period and (as_of or scope.year):  # 3월 under a table of 2017
        column_period = f"{(as_of or scope.year)[:4]}-{int(month.group(1)):02d}"
    else:
        column_period = column.period
    period = column_period or row.period or as_of or scope.year or (scope.period if scope.plan else None)
    if kind == "actual" and after_writing(reader.ctx, period):
        kind = "target"
    header_items = [i for i in passage.items if i.number <= passage.table.header_lines[1]]
    return Figure(value, unit, header_items[:1] + [item] if header_items and header_items[0] is not item else [item],
                  indicator, scope.owner(goal=kind == "target") or ("document", (ctx.doc_id,)), scope.municipality, cell,
                  f"{row.text} {column.text}".strip(), period=period, value_kind=kind, qualifier=qualifier,
                  funding_source=source if unit in ("krw", "usd") else None, enterprise_type=etype)


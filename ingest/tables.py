"""Tables in a region: tab-separated ones (pledge cards) and the ones a PDF flattened into lines.

A flattened table keeps its header words on one or a few lines (``구분 2014 2015 2016`` / ``2017`` /
``(6월말기준)``) and each row as a label followed by its numbers (``취업실적 4,210 6,530 7,029 4,113``).
Both kinds come out as :class:`ingest.structure.Table`: a header (one cell per column, the label column
first), rows of cells (label, then the values as written) and the unit line above. What a column or row
means (a year, a funding source, an enterprise type, an indicator) is read by :mod:`ingest.figures`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.cleaning import normalize_space
from ingest.lexicon import Lexicon
from ingest.numerals import parse_unit_line
from ingest.passages import Item
from ingest.structure import Table

_HEADER_START = re.compile(r"^(?:구\s*분|연\s*도\s*별?|부\s*문|연\s*도|년\s*도|항\s*목)(?![가-힣])")
_VALUE = re.compile(r"^[-–]$|^[△▲]?-?\d[\d,.]*(?:[가-힣%㎡]{0,4}[,)]?)?$|^\(?[\d,.]+[가-힣%]{0,4}\)?,?$|"
                    r"^\d[\d,.]*[가-힣%]{1,4}\(\d[\d,.]*[가-힣%]{1,4}\)$")  # 72명(20,413천원): two figures of one cell
_YEAR_LABEL = re.compile(r"^(?:19|20)\d{2}(?:년|\.\d{1,2}\.?)?(?:\s*\d{1,2}월)?$")
_NUMERIC_CELL = re.compile(r"^[-\d.,\s]+$")
MAX_HEADER_LINES = 5
# A figure with its unit further on in a line, after words: the line is a statement, not a table row.
_COUNTED_LATER = re.compile(r"[가-힣]{2}.*\d[\d,.]*\s*(?:명|개|건|원|회|곳|팀|%)")


@dataclass
class FoundTable:
    """A table and the indices of the region's items it takes (header, rows and the lines between)."""

    item_indices: list[int]
    table: Table


def find_tables(items: list[Item], lexicon: Lexicon) -> list[FoundTable]:
    tables = tab_tables(items)
    taken = {i for t in tables for i in t.item_indices}
    index = 0
    while index < len(items):
        item = items[index]
        if index in taken or item.marker or "\t" in item.line.clean.text or not _HEADER_START.match(item.content):
            index += 1
            continue
        found = _flattened(items, index, _own_columns(lexicon))
        if found is None:
            index += 1
            continue
        tables.append(found)
        taken.update(found.item_indices)
        index = found.item_indices[-1] + 1
    return sorted(tables, key=lambda t: t.item_indices[0])


def _units_near(items: list[Item], first: int, last: int) -> list[str]:
    units: list[str] = []
    for item in items[max(0, first - 4): last + 1]:
        units = parse_unit_line(item.text) or units
    return units


def _caption_units(items: list[Item], after: int) -> list[str]:
    """The units of a caption printed right under a table; a bullet or a numbered heading there starts what comes
    next (4. 일자리센터를 통한 취업 지원 실적 (단위 : 명) is the next table's)."""
    follower = next((item for item in items[after: after + 3] if item.content), None)
    if follower is None or follower.marker not in ("", "❙", "|") or re.match(r"\s*\d{1,2}\s*[.)]", follower.content):
        return []
    return parse_unit_line(follower.text)


def value_cells(text: str) -> tuple[str, list[str]] | None:
    """A flattened row: its label and the values after it, or None when the line is not a row.

    >>> value_cells("취업실적 4,210 6,530 7,029 4,113")
    ('취업실적', ['4,210', '6,530', '7,029', '4,113'])
    >>> value_cells("2016년 88,000 - 40,000 40,000 8,000 고도화")
    ('2016년', ['88,000', '-', '40,000', '40,000', '8,000'])
    >>> value_cells("운영실적 24회, 575명 32회, 700명")
    ('운영실적', ['24회,', '575명', '32회,', '700명'])
    >>> value_cells("❍ 개 소 일 : ‘16.10.28.") is None
    True
    """
    # A date in brackets in a row's label is one word of it: 1 단 계 (2014. 10. ~ 12.) 6,167원 …
    words = [w.replace("\x00", " ") for w in
             re.sub(r"\([^()]*\d{1,4}\.[^()]*\)", lambda m: m.group(0).replace(" ", "\x00"), text).split()]
    if len(words) < 2:
        return None
    label: list[str] = []
    values: list[str] = []
    for at, word in enumerate(words):
        if not values and not label and _YEAR_LABEL.match(word):
            label.append(word)
        elif _VALUE.match(word) and (label or values) and not (" " in word and not values):
            values.append(word)
        elif values:
            if _COUNTED_LATER.search(" ".join(words[at:])):
                return None  # 2014년 ∘ 5개 과정 운영 ➡ 98명 교육, …: a statement with figures, not a row
            break  # a note after the values (비고)
        else:
            label.append(word)
    if not label or not values or not any(ch.isdigit() for v in values for ch in v):
        return None
    name = " ".join(label)
    if not re.search(r"[가-힣A-Za-z]", name) and not _YEAR_LABEL.match(name):
        return None
    if len(name) > 30 or re.search(r"[:：]|(다|함|음)$", name):
        return None
    return name, values


def _own_columns(lexicon: Lexicon) -> frozenset[str]:
    """Header words that are always a column of their own: the funding sources (국비, 도비, 자부담 …)."""
    return frozenset(w for w, _ in lexicon.cue_list("funding-source"))


def _flattened(items: list[Item], start: int, own: frozenset[str] = frozenset()) -> FoundTable | None:
    header_parts = [items[start].content]
    index = start + 1
    while index < len(items) and index - start < MAX_HEADER_LINES:
        item = items[index]
        if "\t" in item.line.clean.text:
            return None  # a tab table of its own
        if item.content and value_cells(item.content) is not None and not _only_years(item.content):
            break
        if item.marker and item.content:
            return None  # a bullet: this was not a table header
        if item.content:
            header_parts.append(item.content)
        index += 1
    if any(re.search(r"내\s*용\s*$", part) for part in header_parts):
        return None  # 연도별 추진내용: a year and a statement per line, prose to be read as such
    rows: list[tuple[int, list[str]]] = []
    indices = list(range(start, index))
    while index < len(items):
        item = items[index]
        if not item.content:
            indices.append(index)
            index += 1
            continue
        cells = value_cells(item.content) if not item.marker and "\t" not in item.line.clean.text else None
        if cells is None:
            if _cell_note(items, index):
                indices.append(index)  # 지자체 일자리 / 창출실적: a note cell the PDF put between two rows
                index += 1
                continue
            break
        rows.append((item.number, [cells[0], *cells[1]]))
        indices.append(index)
        index += 1
    if not rows:
        return None
    while indices and not items[indices[-1]].content:
        indices.pop()
    header = ["구분", *header_words(" ".join(header_parts), own)]
    upper: list[str] = []
    widest = max(len(cells) - 1 for _, cells in rows)
    if len(header) - 1 > widest:
        header, upper = _two_levels(header_parts, own, widest) or (header, [])
    # A PDF may print the unit line as the table's caption, under it (❙… 결과표 (단위 :백만원, 명)).
    units = _units_near(items, start, start + 1) or _caption_units(items, indices[-1] + 1)
    table = Table(header=header, rows=rows, units=units,
                  line_start=items[start].number, line_end=items[indices[-1]].number,
                  header_lines=(items[start].number, items[indices[len(header_parts) - 1]].number), upper=upper)
    return FoundTable(indices, table)


def _two_levels(parts: list[str], own: frozenset[str], widest: int) -> tuple[list[str], list[str]] | None:
    """A two-level header the PDF flattened line by line: the group over sub-columns on its first line after
    구분, the columns spanning both levels next, the sub-columns last (지역경제 파급효과 / 고용유발효과 /
    생산유발효과 소득유발효과 부가가치유발효과). The columns in their order, and the upper columns; None when
    the lines do not add up to the widest row.

    >>> _two_levels(["구 분", "지역경제 파급효과", "고용유발효과", "생산유발효과 소득유발효과 부가가치유발효과"], frozenset(), 4)
    (['구분', '생산유발효과', '소득유발효과', '부가가치유발효과', '고용유발효과'], ['지역경제 파급효과', '고용유발효과'])
    """
    lines = [header_words("_ " + part, own) for part in parts[1:]]
    if _HEADER_START.sub("", parts[0]).strip() or len(lines) < 3 or any(_column_start(c) for c in lines[0]):
        return None
    lines[0] = [" ".join(lines[0])]  # the group: one cell, however many words
    spanning = [c for line in lines[1:-1] for c in line]
    if len(lines[-1]) + len(spanning) != widest:
        return None
    return ["구분", *lines[-1], *spanning], [*lines[0], *spanning]


def _cell_note(items: list[Item], index: int) -> bool:
    """A short line without figures between rows of a flattened table, when a row follows within three lines."""
    item = items[index]
    if item.marker or len(item.content) > 15 or _HEADER_START.match(item.content):
        return False  # (a header starts a table of its own)
    if re.search(r"\d", re.sub(r"\d{1,3}\s*세\s*(?:이상|이하|미만)", "", item.content)):
        return False  # a figure (but 15세 이상 / 인구대비 is a note on whom a rate counts)
    for follower in items[index + 1: index + 4]:
        if follower.content:
            if follower.marker or "\t" in follower.line.clean.text:
                return False
            if value_cells(follower.content) is not None:
                return True
            if len(follower.content) > 15 or re.search(r"\d", follower.content):
                return False
    return False


def _only_years(text: str) -> bool:
    return all(_YEAR_LABEL.match(w) or w.startswith("(") for w in text.split())


def header_words(text: str, own: frozenset[str] = frozenset()) -> list[str]:
    """The column names of a flattened header after its first word (구분), letter spacing rejoined.

    >>> header_words("구분 2014 2015 2016 2017 (6월말기준)")
    ['2014', '2015', '2016', '2017 (6월말기준)']
    >>> header_words("구  분 2023년 2024년 2025년 6월")
    ['2023년', '2024년', '2025년 6월']
    >>> header_words("구 분 사업비(백만원) 일자리창출 실적 달성률(%) 비 고")
    ['사업비(백만원)', '일자리창출 실적', '달성률(%)', '비고']
    >>> header_words("연도별 계 국비 지방비(천원) 자부담 비고* 도비 시비", frozenset({"자부담", "도비", "시비"}))
    ['계', '국비', '지방비(천원)', '자부담', '비고*', '도비', '시비']
    """
    text = re.sub(r"(?<![가-힣])([가-힣]) (?=[가-힣](?![가-힣]))", r"\1", normalize_space(text))
    words = text.split(" ")[1:]
    columns: list[str] = []
    for at, word in enumerate(words):
        month = re.compile(r"\d{1,2}월(?:말)?")
        if columns and month.fullmatch(word) and re.fullmatch(r"(?:19|20)\d{2}년?", columns[-1]) and \
                not (at + 1 < len(words) and month.fullmatch(words[at + 1])):
            columns[-1] += " " + word  # 2025년 6월: one column, a year's month (not 2017 1월 2월 …: months)
            continue
        alone = _column_start(word) or word.rstrip("*") in own
        attach = columns and (word.startswith("(") or (not alone and not _column_start(columns[-1])
                                                       and columns[-1].rstrip("*") not in own
                                                       and not _closed(columns[-1]) and not _closed(word)))
        if attach:
            columns[-1] += " " + word
        else:
            columns.append(word)
    return columns


def _column_start(word: str) -> bool:
    """Words that are a column of their own: a year or month, a total, a note."""
    return bool(re.match(r"^(?:19|20)\d{2}|^\d{1,2}월|^(?:계|합계|소계|비고|총계)\*?$", word))


def _closed(column: str) -> bool:
    """A column name that is whole: it carries its unit, or ends in a word that names a measure."""
    return column.endswith(")") or column.endswith(("률", "율", "액", "수", "금", "효과"))


def tab_tables(items: list[Item]) -> list[FoundTable]:
    """Tab-separated tables (as in pledge cards): a header row then data rows.

    A header that spans two rows (``구분 총투자 규모 임기 내`` over ``소계 2018 …``) is merged column by
    column, the lower row winning where both have text.
    """
    tables: list[FoundTable] = []
    block: list[int] = []

    def flush() -> None:
        # 공약명\t… / 이행기간\t… / 재원\t…: fields, a name and its value a line, not a table (the prose reads them)
        fields = all(len(_cells(items[i])) == 2 and not re.search(r"\d", _cells(items[i])[0]) for i in block)
        if len(block) >= 2 and not fields:
            tables.append(_tab_table(items, block))
        block.clear()

    for index, item in enumerate(items):
        cells = item.line.clean.text.count("\t") + 1
        if block and cells == 2 and items[block[0]].line.clean.text.count("\t") + 1 >= 4:
            flush()  # 소요예산\t총 35억원 after a table of six columns: a field of its own, not a row
        if "\t" in item.line.clean.text and item.text.strip():
            block.append(index)
        elif item.text.strip():
            flush()
    flush()
    return tables


def _cells(item: Item) -> list[str]:
    return [normalize_space(re.sub(r"<[^>]*>", " ", c)) for c in item.line.clean.text.split("\t")]


def _tab_table(items: list[Item], block: list[int]) -> FoundTable:
    rows = [(items[i].number, _cells(items[i])) for i in block]
    header_count = 1
    # A second header row: data starts at the first row with a row label and a numeric cell; a row without a
    # label (``\t\t소계\t2018…``) continues the header.
    for k, (_, cells) in enumerate(rows):
        if cells and cells[0] and any(_NUMERIC_CELL.match(c) and any(ch.isdigit() for ch in c) for c in cells[1:]):
            header_count = max(1, k)
            break
    header: list[str] = []
    for _, cells in rows[:header_count]:
        for col, cell in enumerate(cells):
            while len(header) <= col:
                header.append("")
            if cell:
                header[col] = cell if not header[col] else (cell if col else header[col])
    table = Table(header=header, rows=rows[header_count:], units=_units_near(items, block[0], block[0]),
                  line_start=rows[0][0], line_end=rows[-1][0], header_lines=(rows[0][0], rows[header_count - 1][0]))
    return FoundTable(list(block), table)

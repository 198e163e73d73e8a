"""Tables: tab-separated ones (the pledge card) and the ones a PDF flattened into lines (the casebook)."""

from __future__ import annotations

from ingest.catalog import SEEDS_DIR
from ingest.cleaning import clean_lines
from ingest.lexicon import load_lexicon
from ingest.passages import Item
from ingest.reading import read_source
from ingest.structure import parse_line
from ingest.tables import find_tables, header_words, value_cells


def items_of(name: str, first: int = 1, last: int | None = None) -> list[Item]:
    lines = clean_lines(read_source(SEEDS_DIR / name).lines)
    return [Item(parse_line(c), (), (), ()) for c in lines
            if c.text.strip() and first <= c.number <= (last or c.number)]


def test_pledge_card_tables():
    tables = [t.table for t in find_tables(items_of("002_15731aaa5618b0b9.txt"), load_lexicon())]
    assert [(t.line_start, t.line_end) for t in tables] == [(5, 8), (18, 20), (26, 31), (74, 79)]
    workers, budget = tables[1], tables[2]
    assert workers.header == ["구분", "계", "사회적기업", "마을기업", "자활기업", "협동조합"]
    assert workers.units == ["개", "명"]
    assert workers.rows[1] == (20, ["근로자수", "1,253", "894", "33", "116", "210"])
    assert budget.header == ["구분", "총투자 규모", "소계", "2018", "2019", "2020", "2021", "2022.6"]
    assert budget.units == ["억원"]
    assert budget.rows[1] == (29, ["국비", "165.4", "165.4", "30", "31.5", "33", "34.6", "36.3"])


def test_flattened_tables_of_the_casebook():
    # 000 L980-994: two yearly tables (rows L985, L994), their header over three lines; the unit line (단위 : 명) above the second
    found = find_tables(items_of("000_2e6d3bf8b3fb2223.txt", 976, 996), load_lexicon())
    tables = [t.table for t in found]
    assert [(t.header, t.rows, t.units) for t in tables] == [
        (["구분", "2014", "2015", "2016", "2017 (6월말기준)"],
         [(985, ["운영실적", "24회,", "575명", "32회,", "700명", "42회,", "720명", "15회,", "404명"])], []),
        (["구분", "2014", "2015", "2016", "2017 (6월말기준)"], [(994, ["취업실적", "4,210", "6,530", "7,029", "4,113"])],
         ["명"])]


def test_rows_and_headers_of_flattened_tables():
    assert value_cells("2013년 56,000 25,000 7,500 17,500 6,000 신규선정") == (
        "2013년", ["56,000", "25,000", "7,500", "17,500", "6,000"])
    assert value_cells("□ 2017. 5. 30. : 예비심사") is None
    assert header_words("부  문 2012년 2016년 증감율 비  고") == ["2012년", "2016년", "증감율", "비고"]

"""Casebook segmentation and tables over the seeds."""

from __future__ import annotations

from ingest.catalog import SEEDS_DIR
from ingest.cleaning import clean_lines
from ingest.reading import read_source
from ingest.structure import detect_kind, find_cases, parse_line, table_of_contents

CASEBOOK = clean_lines(read_source(SEEDS_DIR / "000_2e6d3bf8b3fb2223.txt").lines)
CARD = clean_lines(read_source(SEEDS_DIR / "002_15731aaa5618b0b9.txt").lines)


def test_kinds():
    assert detect_kind(CASEBOOK) == "casebook"
    assert detect_kind(CARD) == "pledge-card"
    assert detect_kind(clean_lines(["오늘 날씨가 맑다."])) == "generic-text"


def test_nine_cases_with_their_headers():
    cases = find_cases(CASEBOOK)
    assert [(c.municipality_text, c.municipality_line) for c in cases] == [
        ("수원시", 28), ("남양주시", 478), ("이천시", 815), ("여주시", 1125), ("원주시", 1515),
        ("청주시", 1748), ("정읍시", 2129), ("경산시", 2538), ("김해시", 2938)]
    suwon, namyangju, icheon, *_, gyeongsan, gimhae = cases
    assert suwon.title == "사람중심의 가치 실현! 따뜻한 사회적 공유 공동체로 완성되는 더 큰 수원"
    assert suwon.pledges == [("사회적 경제 활성화(사회적 기업, 협동조합 확대)", 41), ("작지만 큰 힘되는 공유경제 활성화 추진", 43)]
    assert namyangju.pledges == []
    assert icheon.pledges == [("일자리센터 운영 활성화 1만명 취업달성", 821), ("소규모산업단지 20개소 조성", 821)]
    assert len(gyeongsan.pledges) == 6 and gyeongsan.pledges[4] == ("매년 일자리 1만개 창출", 2552)
    assert all(c.fields == ["사회적경제"] for c in cases)
    assert gimhae.end >= 3207


def test_table_of_contents():
    toc = table_of_contents(CASEBOOK, before=26)
    assert len(toc) == 9
    assert toc[5] == ("충북 청주시 1 시 경력단절 여성에게 내일(JOB)이 있는 청주!!", 19)



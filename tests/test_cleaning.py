"""Cleaning keeps real data and a map back to the original characters."""

from __future__ import annotations

import pytest

from ingest.cleaning import clean_line, clean_lines

CASES = [
    ("□ 추진목적□ 추진목적□ 추진목적", "□ 추진목적"),
    ("취약 취약 취약", "취약"),
    ("일자리 창출 및 자립 지원에 기여하고자 함일자리 창출 및 자립 지원에 기여하고자 함일자리 창출 및 자립 지원에 기여하고자 함",
     "일자리 창출 및 자립 지원에 기여하고자 함"),
    # Four copies are a real repetition, numbers never count as a phrase.
    ("가나 가나 가나 가나", "가나 가나 가나 가나"),
    ("40,000 40,000 40,000", "40,000 40,000 40,000"),
    ("- 27 -", ""),
    ("사 례 명", "사례명"),
    ("분    야", "분야"),
    ("사회적경제지원과장\t281-2685\t김 종 성\t", "사회적경제지원과장\t281-2685\t김종성\t"),
    # Two single syllables with one space are ordinary words.
    ("따뜻한 사회적 공유 공동체로 완성되는 더 큰 수원", "따뜻한 사회적 공유 공동체로 완성되는 더 큰 수원"),
    ("중․소형 UPS", "중·소형 UPS"),
    ("(‘16. 6. 14)", "('16. 6. 14)"),
    ("❝달보드레 2호점❞ 개점", '"달보드레 2호점" 개점'),
    ("국제통신공업㈜은", "국제통신공업(주)은"),
]


@pytest.mark.parametrize(("original", "expected"), CASES)
def test_clean_line(original, expected):
    assert clean_line(1, original).text == expected


def test_offsets_map_back_to_original_characters():
    line = clean_line(672, " □ (주)희망키움터 설립 : 2014. 4. 1. □ (주)희망키움터 설립 : 2014. 4. 1. □ (주)희망키움터 설립 : 2014. 4. 1.")
    assert line.text == " □ (주)희망키움터 설립 : 2014. 4. 1."
    start = line.text.index("희망키움터")
    assert line.original_slice(start, start + 5) == "희망키움터"
    assert line.original_index(start) == 6


def test_original_text_restores_lookalikes_but_not_artifacts():
    line = clean_line(1750, "사 례 명 경력단절 여성에게 ㈜내일 청주청주청주 !!")
    assert line.text == "사례명 경력단절 여성에게 (주)내일 청주 !!"
    assert line.original_text() == "사례명 경력단절 여성에게 ㈜내일 청주 !!"


def test_columns_aligned_with_spaces_become_tab_separated():
    lines = clean_lines(["Ⅱ. 예산안 (단위: 백만원)",
                         "  세부사업                           계       국비     도비    시군비",
                         "  사회적기업 일자리창출 지원      5,000    3,500      450    1,050",
                         "  혁신타운 운영     900        -      900        -",
                         "Ⅲ. 질의·답변  요지"], first_number=7)
    assert [line.text for line in lines] == [
        "Ⅱ. 예산안 (단위: 백만원)", "  세부사업\t계\t국비\t도비\t시군비", "  사회적기업 일자리창출 지원\t5,000\t3,500\t450\t1,050",
        "  혁신타운 운영\t900\t-\t900\t-", "Ⅲ. 질의·답변  요지"]
    row = lines[2]
    start = row.text.index("5,000")
    assert row.original_slice(start, start + 5) == "5,000" and row.original_text() == \
        "  사회적기업 일자리창출 지원 5,000 3,500 450 1,050"


def test_a_single_row_or_words_spaced_apart_stay_as_they_are():
    lines = clean_lines(["구     분 생활임금 지급인원/금액", "  세부사업      계     국비", "  마을기업 육성    1,200    600"])
    assert [line.text for line in lines] == ["구분 생활임금 지급인원/금액", "  세부사업      계     국비",
                                             "  마을기업 육성    1,200    600"]

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.dates import DateValue, find_dates
from ingest.numerals import parse_number, parse_unit_line, unit_scale
from ingest.quantities import Quantity, find_counts, find_money, find_percents, find_quantities

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_000 = SEEDS / "000_2e6d3bf8b3fb2223.txt"
SEED_002 = SEEDS / "002_15731aaa5618b0b9.txt"


def _exact(value: object) -> tuple[str, object]:
    """Compare values by type as well: 939000000 must be an int, 10.08 a Decimal."""
    return type(value).__name__, value


def _summary(quantities: list[Quantity]) -> list[tuple[object, ...]]:
    return [(_exact(q.value), q.unit, q.qualifier, q.text) for q in quantities]


def _expected(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return [(_exact(value), *rest) for value, *rest in rows]


# --------------------------------------------------------------------------
# parse_number, unit_scale, parse_unit_line
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,253", Decimal(1253)),
        ("231.4", Decimal("231.4")),
        ("1,317,939", Decimal(1317939)),
        ("7910", Decimal(7910)),
        ("10.08", Decimal("10.08")),
        ("0", Decimal(0)),
    ],
)
def test_parse_number(text: str, expected: Decimal) -> None:
    assert parse_number(text) == expected
    assert isinstance(parse_number(text), Decimal)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("4,1016", "malformed digit grouping '4,1016'"),
        (",2,156", "malformed digit grouping ',2,156'"),
        ("1,2", "malformed digit grouping '1,2'"),
        ("1,000,00", "malformed digit grouping '1,000,00'"),
        ("", "not a number ''"),
        ("12a", "not a number '12a'"),
    ],
)
def test_parse_number_rejects_malformed_grouping(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=f"^{message}$"):
        parse_number(text)


@pytest.mark.parametrize(
    ("raw_unit", "expected"),
    [
        ("백만원", ("krw", 1_000_000)),
        ("억원", ("krw", 100_000_000)),
        ("억 원", ("krw", 100_000_000)),
        ("억", ("krw", 100_000_000)),
        ("천원", ("krw", 1000)),
        ("만원", ("krw", 10_000)),
        ("원", ("krw", 1)),
        ("천만원", ("krw", 10_000_000)),
        ("십억원", ("krw", 1_000_000_000)),
        ("백만 원", ("krw", 1_000_000)),
        ("조원", ("krw", 10**12)),
        ("천불", ("usd", 1000)),
        ("달러", ("usd", 1)),
        ("명", ("person", 1)),
        ("천명", ("person", 1000)),
        ("만명", ("person", 10_000)),
        ("개", ("count", 1)),
        ("개소", ("place", 1)),
        ("곳", ("place", 1)),
        ("팀", ("team", 1)),
        ("개팀", ("team", 1)),
        ("회", ("times", 1)),
        ("%", ("percent", 1)),
        ("㎡", ("square-metre", 1)),
        ("m2", ("square-metre", 1)),
        ("천㎡", ("square-metre", 1000)),
        ("가구", ("household", 1)),
        ("부", ("copy", 1)),
        ("대", ("vehicle", 1)),
        ("kW", ("kilowatt", 1)),
        ("톤", ("tonne", 1)),
        ("평", ("pyeong", 1)),
        ("만평", ("pyeong", 10_000)),
        ("천평", ("pyeong", 1000)),
        # Unknown, or not a unit on its own.
        ("만", None),
        ("천", None),
        ("kg", None),
        ("년", None),
        ("만억원", None),
        ("천%", None),
        ("", None),
    ],
)
def test_unit_scale(raw_unit: str, expected: tuple[str, int] | None) -> None:
    assert unit_scale(raw_unit) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(단위 : 억원)", ["억원"]),
        ("(단위:개,명)", ["개", "명"]),
        ("❙지역경제 파급효과 결과표 (단위 :백만원, 명)", ["백만원", "명"]),
        ("4. 일자리센터를 통한 취업 지원 실적 (단위 : 명)", ["명"]),
        ("- 사회적경제조직 근로자 현황 ('18. 6월말 기준) (단위:개,명)", ["개", "명"]),
        ("[단위: 천 원, %]", ["천원", "%"]),
        ("(단위 천원)", ["천원"]),
        ("중앙단위 공모사업", []),
        ("연 매출액(백만원) 4,500 10,000 12,000 미집계", []),
        ("", []),
    ],
)
def test_parse_unit_line(line: str, expected: list[str]) -> None:
    assert parse_unit_line(line) == expected


# --------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("939백만원", [(939_000_000, "krw", None, "939백만원")]),
        ("156,222천원", [(156_222_000, "krw", None, "156,222천원")]),
        ("231.4억원", [(23_140_000_000, "krw", None, "231.4억원")]),
        ("3,287백만 원", [(3_287_000_000, "krw", None, "3,287백만 원")]),
        ("47억 원", [(4_700_000_000, "krw", None, "47억 원")]),
        ("우수상(40억확보)", [(4_000_000_000, "krw", None, "40억")]),
        ("4,000만원 이내/신청", [(40_000_000, "krw", "at-most", "4,000만원 이내")]),
        ("생활임금 : 7,910원", [(7910, "krw", None, "7,910원")]),
        ("국비 2억 8천 지원", [(280_000_000, "krw", None, "2억 8천")]),
        ("(2억5천만원)", [(250_000_000, "krw", None, "2억5천만원")]),
        ("생산유발효과 57,087백\n만원,", [(57_087_000_000, "krw", None, "57,087백\n만원")]),
        ("수출 실적 1,317,939천불", [(1_317_939_000, "usd", None, "1,317,939천불")]),
        ("사업예산 20백만원 전액", [(20_000_000, "krw", None, "20백만원")]),
        ("사 업 비 : 10,363억원", [(1_036_300_000_000, "krw", None, "10,363억원")]),
        ("부가가치 창출 8천8백억원", [(880_000_000_000, "krw", None, "8천8백억원")]),
        ("3천만원이하 사업실행", [(30_000_000, "krw", "at-most", "3천만원이하")]),
        ("3백만원의 종자돈", [(3_000_000, "krw", None, "3백만원")]),
        ("2억 천만원", [(210_000_000, "krw", None, "2억 천만원")]),
        ("1만5000원", [(15_000, "krw", None, "1만5000원")]),
        ("2천여만원", [(20_000_000, "krw", "more-than-approximately", "2천여만원")]),
        ("100만 달러", [(1_000_000, "usd", None, "100만 달러")]),
        ("1.5원", [(Decimal("1.5"), "krw", None, "1.5원")]),
        ("10,000원 인상", [(10_000, "krw", None, "10,000원")]),
        ("(3,000천원 × 10개 기업)", [(3_000_000, "krw", None, "3,000천원")]),
        ("사업비 25억 20명 고용", [(2_500_000_000, "krw", None, "25억")]),
        # Not money.
        ("청주시 여성친화도시 조성에 관한 조례 11조 (여성의 취·창업 활성화)", []),
        ("1,000만 관광객 방문의 중심축", []),
        ("2016 원주시", []),
        ("5억 만들기", [(500_000_000, "krw", None, "5억")]),
        ("438만명의 방문객", []),
        ("제11조", []),
    ],
)
def test_find_money(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _summary(find_money(text)) == _expected(expected)


@pytest.mark.parametrize(
    ("text", "matched", "problem"),
    [
        ("MOU 64건 4,1016억원", "4,1016억원", "malformed digit grouping '4,1016'"),
        ("MOU 체결 55건, ,2,156억원,", ",2,156억원", "malformed digit grouping ',2,156'"),
        ("생산유발 2조6백원", "2조6백원",
         "malformed Korean numeral '2조6백': a group right after 조 skips 억 and 만"),
        ("1억 12,000만원", "1억 12,000만원",
         "malformed Korean numeral '1억 12,000만': 12000 after 억 must be below 10000"),
    ],
)
def test_find_money_reports_typos_without_repairing_them(text: str, matched: str, problem: str) -> None:
    [quantity] = find_money(text)
    assert (quantity.value, quantity.unit, quantity.text, quantity.problem) == (None, "krw", matched, problem)


def test_find_money_offsets_and_raw_unit() -> None:
    text = "연매출 939백만원의 성과, 국비 3,287백만 원"
    first, second = find_money(text)
    assert (first.start, first.end, first.raw_unit) == (4, 10, "백만원")
    assert text[second.start:second.end] == second.text == "3,287백만 원"
    assert second.raw_unit == "백만원"


# --------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("직원 29명(취약계층 28명)", [(29, "person", None, "29명"), (28, "person", None, "28명")]),
        ("1만명 취업달성", [(10_000, "person", None, "1만명")]),
        ("2020년까지 18천명 고용효과", [(18_000, "person", None, "18천명")]),
        ("5개팀 40,000천원 지원", [(5, "team", None, "5개팀")]),
        ("지원대상 : 5팀 (대상 1, 최우수 2, 우수 2)", [(5, "team", None, "5팀")]),
        ("2개 분야 331개 팀", [(2, "count", None, "2개"), (331, "team", None, "331개 팀")]),
        ("상설매장 운영 (3개소 16개 기업)", [(3, "place", None, "3개소"), (16, "count", None, "16개")]),
        ("점포 수 320곳", [(320, "place", None, "320곳")]),
        ("사회적경제기업 19개 업체", [(19, "count", None, "19개")]),
        ("총 12회 360명 참여", [(12, "times", None, "12회"), (360, "person", None, "360명")]),
        ("5개마을 376가구 797명", [(5, "count", None, "5개"), (376, "household", None, "376가구"),
                              (797, "person", None, "797명")]),
        ("굴암리62 가구146명", [(62, "household", None, "62 가구"), (146, "person", None, "146명")]),
        ("발행부수 : 5,000부(영문판)", [(5000, "copy", None, "5,000부")]),
        ("객실 비치(2,000여권)", [(2000, "copy", "more-than-approximately", "2,000여권")]),
        ("1차 ~ 4차 운영 28대(공원, 관공서 등)", [(28, "vehicle", None, "28대")]),
        ("140회 4,871대 정비", [(140, "times", None, "140회"), (4871, "vehicle", None, "4,871대")]),
        ("햇빛발전시설 10.08kw 설치", [(Decimal("10.08"), "kilowatt", None, "10.08kw")]),
        ("시장면적 : 7,622㎡, 매장면적 9,359m2",
         [(7622, "square-metre", None, "7,622㎡"), (9359, "square-metre", None, "9,359m2")]),
        ("오곡과자 1톤)", [(1, "tonne", None, "1톤")]),
        ("산업단지 조성(300만평)", [(3_000_000, "pyeong", None, "300만평")]),
        ("81개 업체, 290천평", [(81, "count", None, "81개"), (290_000, "pyeong", None, "290천평")]),
        ("경산1 산업단지 : 1,577천㎡", [(1_577_000, "square-metre", None, "1,577천㎡")]),
        ("기반시설 등 4개 분야 사업", [(4, "count", None, "4개")]),
        ("6개분야 132명", [(6, "count", None, "6개"), (132, "person", None, "132명")]),
        ("매년 일자리 1만개 창출", [(10_000, "count", None, "1만개")]),
        ("430건(월평균 27건)", [(430, "count", None, "430건"), (27, "count", None, "27건")]),
        ("근로자 30인 이상 기업", [(30, "person", "at-least", "30인 이상")]),
        ("2개교(수원고, 수원외고) 200여명", [(2, "count", None, "2개"),
                                        (200, "person", "more-than-approximately", "200여명")]),
        ("취업알선 연 7천여명", [(7000, "person", "more-than-approximately", "7천여명")]),
        ("연인원 15,300명 이상 참여", [(15_300, "person", "at-least", "15,300명 이상")]),
        ("(수정위 심의 시 6만㎡ 미만)", [(60_000, "square-metre", "less-than", "6만㎡ 미만")]),
        ("공업용지 : 3만㎡이내", [(30_000, "square-metre", "at-most", "3만㎡이내")]),
        ("300명미만 관내 기업", [(300, "person", "less-than", "300명미만")]),
        ("공간 약 30,000㎡", [(30_000, "square-metre", "approximately", "약 30,000㎡")]),
        ("연간 약\n40명이", [(40, "person", "approximately", "약\n40명")]),
        ("100명 내외", [(100, "person", "approximately", "100명 내외")]),
        ("구조물 20여개소", [(20, "place", "more-than-approximately", "20여개소")]),
        ("50여개 기업 참여", [(50, "count", "more-than-approximately", "50여개")]),
        ("2016년 52명", [(52, "person", None, "52명")]),
        ("2018대", [(2018, "vehicle", None, "2018대")]),
        ("계약 3건", [(3, "count", None, "3건")]),
        # Not counts.
        ("근로자수 1,253 894 33", []),
        ("2016년", []),
        ("2016. 5. 28.(토)", []),
        ("2016 제5회 사회적경제 한마당", []),
        ("제2회 행복마을 콘테스트", []),
        ("1분야-사회적경제 분야", []),
        ("(3년간 계속사업 진행)", []),
        ("6개월 이내 창업", []),
        ("경산시 조성 10개년 계획", []),
        ("사회적경제지원과장\t281-2685", []),
        ("1) UPS(무정전전원공급장치)", []),
        ("조례 11조", []),
        ("신규기업과 선도기업간 1:1 멘토링", []),
        ("신규기업과 선도기업간 1대 1멘토링", []),
        ("취업애로 청년(만19세 ~ 39세)", []),
        ("(사)", []),
        ("사회 재진출 연령이 30대 후반에서 40대 초반", []),
        ("사회 재진출 연령이 30대 후반에서 40대", []),
        ("20대~30대 청년", []),
        ("□ 총    괄 : 9대 부문", []),
        ("민선6기 이천시 5대 핵심전략과제", []),
        ("*민선 7대, 8대 성과 비교", []),
        ("2016대한민국마을기업박람회", []),
        ("정부3.0 대표모델", []),
        ("1,000만 관광객", []),
        ("5mX5mX5m 규모", []),
        ("CO2 Zero", []),
        ("1톤트럭", []),
        ("월평균 27", []),
        ("3회차 회의", []),
        ("1팀장", []),
        ("1,000명단", []),
        ("93.37%", []),
        ("939백만원", []),
    ],
)
def test_find_counts(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _summary(find_counts(text)) == _expected(expected)


def test_find_counts_reports_malformed_numerals() -> None:
    [quantity] = find_counts("고용효과 1만96천명")
    assert (quantity.value, quantity.unit, quantity.text, quantity.raw_unit) == (None, "person", "1만96천명", "천명")
    assert quantity.problem == "malformed Korean numeral '1만96천': 96000 after 만 must be below 10000"


# --------------------------------------------------------------------------
# Percentages
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("탈수급 13명(92.8%)", [(Decimal("92.8"), "percent", None, "92.8%")]),
        ("전 지역(100%)이", [(100, "percent", None, "100%")]),
        ("공약(1만명 취업)의 218% 초과 달성", [(218, "percent", "more-than", "218% 초과")]),
        ("점유율이 약 80%", [(80, "percent", "approximately", "약 80%")]),
        ("여성근로자 30%이상인 기업", [(30, "percent", "at-least", "30%이상")]),
        ("고 용 률 56.1% 57.8%  3.03%", [(Decimal("56.1"), "percent", None, "56.1%"),
                                       (Decimal("57.8"), "percent", None, "57.8%"),
                                       (Decimal("3.03"), "percent", None, "3.03%")]),
        ("50 ％", [(50, "percent", None, "50 ％")]),
        # Not percentages.
        ("계 180,136 14,739 147.39", []),
        ("3.5%p 상승", []),
        ("7,910원", []),
    ],
)
def test_find_percents(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _summary(find_percents(text)) == _expected(expected)


# --------------------------------------------------------------------------
# All quantities
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("일자리창출 : 19개 기업 70명 381,717천원",
         [(19, "count", None, "19개"), (70, "person", None, "70명"), (381_717_000, "krw", None, "381,717천원")]),
        ("사 업 비 : 25억 원(국비 50%, 지방비 50%)",
         [(2_500_000_000, "krw", None, "25억 원"), (50, "percent", None, "50%"), (50, "percent", None, "50%")]),
        ("국비 2억 8천 지원, 30명", [(280_000_000, "krw", None, "2억 8천"), (30, "person", None, "30명")]),
        ("1 단 계 (2014. 10. ~ 12.) 6,167원 72명(20,413천원)",
         [(6167, "krw", None, "6,167원"), (72, "person", None, "72명"), (20_413_000, "krw", None, "20,413천원")]),
        ("2016. 5. 28.(토)", []),
    ],
)
def test_find_quantities(text: str, expected: list[tuple[object, ...]]) -> None:
    quantities = find_quantities(text)
    assert _summary(quantities) == _expected(expected)
    assert all(a.end <= b.start for a, b in zip(quantities, quantities[1:], strict=False))


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------

DATE_CASES = [
    # Points.
    ("2016. 5. 28.(토)", None, [("2016-05-28", None, False, "2016. 5. 28.(토)")]),
    ("조례 제정(‘16. 6. 14)", None, [("2016-06-14", None, False, "‘16. 6. 14")]),
    ("조례 제정('16. 6. 14)", None, [("2016-06-14", None, False, "'16. 6. 14")]),
    ("(주)희망키움터 설립 : 2014. 4. 1.", None, [("2014-04-01", None, False, "2014. 4. 1.")]),
    ("2017. 6월", None, [("2017-06", None, False, "2017. 6월")]),
    ("김해시 사회적경제 현황(17. 7월 기준)", None, [("2017-07", None, False, "17. 7월")]),
    ("매 출 액 : 939백만원 (`16. 12월 기준)", None, [("2016-12", None, False, "`16. 12월")]),
    ("언론보도(경기도민일보, 2016.10.7.)", None, [("2016-10-07", None, False, "2016.10.7.")]),
    ("언론보도(경기방송, 16.11.10)", None, [("2016-11-10", None, False, "16.11.10")]),
    ("청주여성새로일하기센터(2009. 2. 고용노동부)", None, [("2009-02", None, False, "2009. 2.")]),
    ("간담회 개최 : 2017. 4. 10(월)", None, [("2017-04-10", None, False, "2017. 4. 10(월)")]),
    ("예약시스템 신설 운영(‘16.2.16.)", None, [("2016-02-16", None, False, "‘16.2.16.")]),
    ("(2012년 5월 4일 제정, 조례 제1075호)", None, [("2012-05-04", None, False, "2012년 5월 4일")]),
    ("2012년 5월 조례를", None, [("2012-05", None, False, "2012년 5월")]),
    ("’16년 예비창업가 30명 창업", None, [("2016", None, False, "’16년")]),
    ("HACCP 인증 준비 중(‘17년도 인증 예정)", None, [("2017", None, False, "‘17년도")]),
    ("운영개시 : 2014.07", None, [("2014-07", None, False, "2014.07")]),
    ("2016-05-28", None, [("2016-05-28", None, False, "2016-05-28")]),
    ("창립(‘13. 02. / 현재 조합원 270명)", None, [("2013-02", None, False, "‘13. 02.")]),
    ("붕괴위험2008년부터 D급 판정", None, [("2008", None, False, "2008년")]),
    # Ranges.
    ("[1단계 ‘12~’18년, 2단계 ‘18~’22년]", None,
     [("2012", "2018", False, "‘12~’18년"), ("2018", "2022", False, "‘18~’22년")]),
    ("사업기간 : 2015~2017", None, [("2015", "2017", False, "2015~2017")]),
    ("사업기간 : 2015년 ~ 2017년", None, [("2015", "2017", False, "2015년 ~ 2017년")]),
    ("사업기간 : 2012 ~ 2020년", None, [("2012", "2020", False, "2012 ~ 2020년")]),
    ("2016. 5. ~ 12. 교육생 모집", None, [("2016-05", "2016-12", False, "2016. 5. ~ 12.")]),
    ("개최 : 2016.9.1~9.3/ 20,000명 참여", None, [("2016-09-01", "2016-09-03", False, "2016.9.1~9.3")]),
    ("인증 신청접수(2017. 6. 19. ~ 7. 21.)", None,
     [("2017-06-19", "2017-07-21", False, "2017. 6. 19. ~ 7. 21.")]),
    ("일 시 : 2017. 10. 27. ~ 10. 29. 예정", None,
     [("2017-10-27", "2017-10-29", False, "2017. 10. 27. ~ 10. 29.")]),
    ("청년일자리 창출('18. 8. ~ '20. 7.)", None, [("2018-08", "2020-07", False, "'18. 8. ~ '20. 7.")]),
    ("사업기간 : 2018. ~ 2022.", None, [("2018", "2022", False, "2018. ~ 2022.")]),
    ("(‘14. 10. ~ ’16. 10.)", None, [("2014-10", "2016-10", False, "‘14. 10. ~ ’16. 10.")]),
    ("운영실적(2016. 2 ~ 2017. 6) : 430건", None, [("2016-02", "2017-06", False, "2016. 2 ~ 2017. 6")]),
    ("지원기간 : 2015. 4월 ~ 2017. 3월(2년간)", None,
     [("2015-04", "2017-03", False, "2015. 4월 ~ 2017. 3월")]),
    ("공사기간 : 착공12.12.28~준공‘14.01.23", None,
     [("2012-12-28", "2014-01-23", False, "12.12.28~준공‘14.01.23")]),
    ("공사기간 : 착공13.11 ~ 14.04 준공", None, [("2013-11", "2014-04", False, "13.11 ~ 14.04")]),
    ("공사기간 : 착공10.3.~준공11.12", None, [("2010-03", "2011-12", False, "10.3.~준공11.12")]),
    ("시스템 운영(‘16.2.1 ~‘16.12.24.)", None,
     [("2016-02-01", "2016-12-24", False, "‘16.2.1 ~‘16.12.24.")]),
    ("운영기간 : ‘16. 9 ~ 10월", None, [("2016-09", "2016-10", False, "‘16. 9 ~ 10월")]),
    ("일 시 : 2017. 4. 7 ~ 4. 11", None, [("2017-04-07", "2017-04-11", False, "2017. 4. 7 ~ 4. 11")]),
    ("2016. 12. 28. ~ 1. 3.", None, [("2016-12-28", "2017-01-03", False, "2016. 12. 28. ~ 1. 3.")]),
    ("2007년부터 2014년까지 추진된", None, [("2007", "2014", False, "2007년부터 2014년")]),
    # Open-ended.
    ("사업기간 : 2014. 7. ~ 계속", None, [("2014-07", None, True, "2014. 7. ~ 계속")]),
    ("사업기간 : 2014. 4. 1. ~ 지속", None, [("2014-04-01", None, True, "2014. 4. 1. ~ 지속")]),
    ("사업기간 : 2014년 ~ 매년", None, [("2014", None, True, "2014년 ~ 매년")]),
    ("(기   간) 2014년 ~", None, [("2014", None, True, "2014년 ~")]),
    ("프리마켓 운영 : 2013년 ~ 년중 운영", None, [("2013", None, True, "2013년 ~ 년중")]),
    ("개  소 : 2015. 9. 16 ~", None, [("2015-09-16", None, True, "2015. 9. 16 ~")]),
    ("지원사업 추진('19. 1. ~)", None, [("2019-01", None, True, "'19. 1. ~")]),
    # Context year.
    ("5월30일부터 현장심사", 2017, [("2017-05-30", None, False, "5월30일")]),
    ("5월30일부터 현장심사", None, []),
    ("∘ 3월 : 직업교육훈련", 2016, [("2016-03", None, False, "3월")]),
    ("9.1~9.3", 2016, [("2016-09-01", "2016-09-03", False, "9.1~9.3")]),
    ("9.1~9.3", None, []),
    ("5월30일부터 6월1일까지 3일간", 2017, [("2017-05-30", "2017-06-01", False, "5월30일부터 6월1일")]),
    ("1차(3~4월), 2차(10~11월)", 2016, [("2016-03", "2016-04", False, "3~4월"),
                                       ("2016-10", "2016-11", False, "10~11월")]),
    ("2017년 ∘ 1월∼12월 : 경력단절여성", None, [("2017", None, False, "2017년")]),
    ("2017년 ∘ 1월∼12월 : 경력단절여성", 2017,
     [("2017", None, False, "2017년"), ("2017-01", "2017-12", False, "1월∼12월")]),
    ("3.5~4.5% 증가", 2016, []),
    ("매월19일 개최", 2016, []),
    ("청년층(19~30세)", 2016, []),
    # Years.
    ("2016년", None, [("2016", None, False, "2016년")]),
    ("1983년 수도권정비계획법 시행", None, [("1983", None, False, "1983년")]),
    ("2016 제5회 사회적경제 한마당", None, [("2016", None, False, "2016")]),
    ("- 2014 : 11회(188개 기업 1,092명 모집)", None, [("2014", None, False, "2014")]),
    ("구분 2014 2015 2016", None,
     [("2014", None, False, "2014"), ("2015", None, False, "2015"), ("2016", None, False, "2016")]),
    ("소계\t2018\t2022.6", None, [("2018", None, False, "2018"), ("2022-06", None, False, "2022.6")]),
    ("구분 2014 2017.6.현재 비고", None, [("2014", None, False, "2014"), ("2017-06", None, False, "2017.6.")]),
    ("2016. 경상북도 투자 유치 대상 수상", None, [("2016", None, False, "2016.")]),
    ("2016년도 일자리 실적", None, [("2016", None, False, "2016년도")]),
    ("<통계청 2016년 2분기 기준>", None, [("2016", None, False, "2016년")]),
    ("3) 2016대한민국마을기업박람회 참가", None, [("2016", None, False, "2016")]),
    # Not dates.
    ("2,900개의 중소기업", None, []),
    ("2016명", None, []),
    ("20,000명 참여", None, []),
    ("2018대", None, []),
    ("2016. 13. 1.", None, []),
    ("2016. 2. 30.", None, []),
    ("민선6기 이천시", None, []),
    ("30년 넘게 받아왔음", None, []),
    ("향후 20년간", None, []),
    ("정부3.0 대표모델", None, []),
    ("상용직 근로자로 전환유도(22.8%)", None, []),
    ("사회적경제과장\t281-2685", None, []),
    ("2018.123", None, []),
]


@pytest.mark.parametrize(("text", "context_year", "expected"), DATE_CASES)
def test_find_dates(text: str, context_year: int | None, expected: list[tuple[object, ...]]) -> None:
    found = find_dates(text, context_year=context_year)
    assert [(d.start, d.end, d.open_ended, d.text) for d in found] == expected
    for date in found:
        assert text[date.start_char:date.end_char] == date.text


def test_find_dates_offsets() -> None:
    text = "▸2016 제5회 사회적경제 한마당 개최 : 2016. 5. 28.(토)"
    assert find_dates(text) == [
        DateValue("2016", None, False, "2016", 1, 5),
        DateValue("2016-05-28", None, False, "2016. 5. 28.(토)", 25, 40),
    ]


# --------------------------------------------------------------------------
# Real lines from the seed documents
# --------------------------------------------------------------------------


def _seed_lines(path: Path) -> set[str]:
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()}


SEED_QUANTITY_LINES = [
    (SEED_000, "- 2014. 4. 1. 설립하여 3년 만에 직원 29명(취약계층 28명), 연매출 939백만원의 성과",
     [(29, "person", None, "29명"), (28, "person", None, "28명"), (939_000_000, "krw", None, "939백만원")]),
    (SEED_000, "▸사회적기업 사업개발비 11개기업 156,222천원 지원",
     [(11, "count", None, "11개"), (156_222_000, "krw", None, "156,222천원")]),
    (SEED_000, "∙ 장난감 도서관 8개소 운영 : 119,413건(2015년 91,641건 대비 30.3% 증가)",
     [(8, "place", None, "8개소"), (119_413, "count", None, "119,413건"), (91_641, "count", None, "91,641건"),
      (Decimal("30.3"), "percent", None, "30.3%")]),
    (SEED_000, "○ 시장현황 : 점포 수 320곳, 시장면적 : 7,622㎡, 매장면적 9,359㎡)",
     [(320, "place", None, "320곳"), (7622, "square-metre", None, "7,622㎡"),
      (9359, "square-metre", None, "9,359㎡")]),
    (SEED_000, "○ 경산지식산업지구 개발 : 생산유발 2조6백원, 고용효과 1만96천명",
     [(None, "krw", None, "2조6백원"), (None, "person", None, "1만96천명")]),
    (SEED_000, "○ MOU 64건 4,1016억원, 기업유치 239개 4,759명",
     [(64, "count", None, "64건"), (None, "krw", None, "4,1016억원"), (239, "count", None, "239개"),
      (4759, "person", None, "4,759명")]),
    (SEED_000, "수출 실적 1,317,939천불 1,566,371천불 18.85%",
     [(1_317_939_000, "usd", None, "1,317,939천불"), (1_566_371_000, "usd", None, "1,566,371천불"),
      (Decimal("18.85"), "percent", None, "18.85%")]),
    (SEED_000, "∙ 휠체어 등 재활용구 대여 : 159대 / 우천 시 주민대상 우산 대여 : 18대",
     [(159, "vehicle", None, "159대"), (18, "vehicle", None, "18대")]),
    (SEED_000, "참여 고객 매 회당 3,800명(평균), 연인원 15,300명 이상 참여",
     [(3800, "person", None, "3,800명"), (15_300, "person", "at-least", "15,300명 이상")]),
    (SEED_000, "- 공업용지 : 3만㎡이내 (수정위 심의 시 6만㎡ 미만)",
     [(30_000, "square-metre", "at-most", "3만㎡이내"), (60_000, "square-metre", "less-than", "6만㎡ 미만")]),
    (SEED_000, "(3년간 계속사업 진행, 국비 2억 8천 지원)", [(280_000_000, "krw", None, "2억 8천")]),
    (SEED_000, "□ 총    괄 : 9대 부문 48개 사업", [(48, "count", None, "48개")]),
    (SEED_002, "- 총사업비 : 231.4억원", [(23_140_000_000, "krw", None, "231.4억원")]),
    (SEED_002, "- ◆ 사회적경제 조직 재정 지원으로 지속가능한 일자리 창출 : 년 40개 200여명 2600백만원",
     [(40, "count", None, "40개"), (200, "person", "more-than-approximately", "200여명"),
      (2_600_000_000, "krw", None, "2600백만원")]),
    (SEED_002, "근로자수\t1,253\t894\t33\t116\t210", []),
    (SEED_002, "- 신규기업과 선도기업간 1:1 멘토링 사업 추진", []),
]


@pytest.mark.parametrize(("seed", "line", "expected"), SEED_QUANTITY_LINES)
def test_quantities_in_seed_lines(seed: Path, line: str, expected: list[tuple[object, ...]]) -> None:
    assert line in _seed_lines(seed)
    assert _summary(find_quantities(line)) == _expected(expected)


SEED_DATE_LINES = [
    (SEED_000, "▸2016 제5회 사회적경제 한마당 개최 : 2016. 5. 28.(토)", None,
     [("2016", None, False), ("2016-05-28", None, False)]),
    (SEED_000, "1 단 계 (2014. 10. ~ 12.) 6,167원 72명(20,413천원)", None, [("2014-10", "2014-12", False)]),
    (SEED_000, "`15. 1. `15. 5. `15. 9. `16. 9. `17. 6.", None,
     [("2015-01", None, False), ("2015-05", None, False), ("2015-09", None, False),
      ("2016-09", None, False), ("2017-06", None, False)]),
    (SEED_000, "29개시군 49개사업이 제출되어 5월30일부터 6월1일까지 3일간 현장심사 결과", 2017,
     [("2017-05-30", "2017-06-01", False)]),
    (SEED_000, "- 공사기간 : 착공12.12.28~준공‘14.01.23", None, [("2012-12-28", "2014-01-23", False)]),
    (SEED_000, "∙ 제9회 마을만들기 전국대회 개최 : 2016.9.1~9.3/ 20,000명 참여", None,
     [("2016-09-01", "2016-09-03", False)]),
    (SEED_000, "구분 2014 2015 2016 2017.6.현재 비고", None,
     [("2014", None, False), ("2015", None, False), ("2016", None, False), ("2017-06", None, False)]),
    (SEED_000, "2016. 5 : 2016년 사회적 약자를 위한 사회적 일자리 계획 취합", None,
     [("2016-05", None, False), ("2016", None, False)]),
    (SEED_002, "- 사업기간 : 2018. ~ 2022.", None, [("2018", "2022", False)]),
    (SEED_002, "- 사회적경제조직 근로자 현황 ('18. 6월말 기준) (단위:개,명)", None, [("2018-06", None, False)]),
    (SEED_002, "- 1단계('18. 7. ~ 계속) : 사회적경제조직 발굴 및 육성", None, [("2018-07", None, True)]),
    (SEED_002, "- ◆ **지역산업맞춤형 일자리창출 지원사업 추진('19. 1. ~)**", None, [("2019-01", None, True)]),
    (SEED_002, "사회적경제지원과장\t281-2685\t김 종 성", None, []),
]


@pytest.mark.parametrize(("seed", "line", "context_year", "expected"), SEED_DATE_LINES)
def test_dates_in_seed_lines(seed: Path, line: str, context_year: int | None,
                             expected: list[tuple[object, ...]]) -> None:
    assert line in _seed_lines(seed)
    assert [(d.start, d.end, d.open_ended) for d in find_dates(line, context_year=context_year)] == expected


@pytest.mark.parametrize("seed", [SEED_000, SEED_002], ids=["000", "002"])
def test_every_seed_line_gives_consistent_offsets(seed: Path) -> None:
    """On every line: spans match the text, never overlap, and only malformed numbers lack a value."""
    for line in seed.read_text(encoding="utf-8").splitlines():
        quantities = find_quantities(line)
        for quantity in quantities:
            assert line[quantity.start:quantity.end] == quantity.text
            assert (quantity.value is None) == (quantity.problem is not None)
        assert all(a.end <= b.start for a, b in zip(quantities, quantities[1:], strict=False))
        dates = find_dates(line, context_year=2017)
        for date in dates:
            assert line[date.start_char:date.end_char] == date.text
            assert date.end is None or date.end >= date.start
        assert all(a.end_char <= b.start_char for a, b in zip(dates, dates[1:], strict=False))

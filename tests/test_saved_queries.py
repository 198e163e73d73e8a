"""The saved-query library in ``queries/``: its format, and every query on the graph built from the seeds.

Expected rows are read from the seed documents, not copied from query output;
comments give the lines (``000`` is the casebook, ``002`` the 전주시 pledge card).
Where the graph itself is wrong the test asserts only the rows the text
supports and says so in a comment.
"""

from __future__ import annotations

import re
import time
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib.plugins.sparql import prepareQuery

from graph.repository import open_repository
from graph.saved_queries import QUERIES_DIR, load_library, run_saved
from ingest.catalog import SEEDS_DIR

LIBRARY = load_library()

# name: (parameters as (name, type, default or None), the contract's result variables)
HIM = "<https://w3id.org/sekg/id/organization/희망키움터>"
CONTRACT = {
    "municipalities": ([], "municipality label_ko label_en province_ko admin_code"),
    "cases": ([("municipality", "entity", None)], "case title_ko municipality_ko field_ko pledges_ko"),
    "pledges": ([("municipality", "entity", None)], "pledge label_ko municipality_ko"),
    "partners": ([("entity", "entity", HIM)], "partner partner_ko partner_en role_ko role_en direction"),
    "enterprises": ([("municipality", "entity", None), ("type", "concept:enterprise-type", None)],
                    "enterprise label_ko label_en type_ko municipality_ko"),
    "outcomes": ([("municipality", "entity", None), ("subject", "entity", None)],
                 "subject subject_ko indicator_ko value unit period source_line"),
    "budgets": ([("municipality", "entity", None), ("subject", "entity", None)], "subject_ko source_ko year amount_krw"),
    "targets": ([("municipality", "entity", None)], "subject_ko indicator_ko target actual achievement_pct period"),
    "org-counts": ([("municipality", "entity", None)], "municipality_ko type_ko organizations workers as_of"),
    "awards": ([("municipality", "entity", None)], "recipient_ko award_ko grantor_ko year"),
    "ordinances": ([("municipality", "entity", None)], "municipality_ko title_ko date number"),
    "events": ([("municipality", "entity", None)], "subject_ko label_ko date"),
    "beneficiaries": ([("municipality", "entity", None)], "subject_ko group_ko"),
    "contacts": ([], "department_ko role_ko name_ko phone"),
    "shared-partners": ([], "organization_ko municipalities municipality_list"),
    "cost-per-job": ([], "subject_ko budget_krw jobs krw_per_job"),
    "provenance": ([("entity", "entity", HIM)], "property value document line quote"),
    "search": ([("text", "string", '"희망"'), ("entity", "entity", None)], "entity label type_ko"),
}

ID = "https://w3id.org/sekg/id/"
SEKG = "https://w3id.org/sekg/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
CASEBOOK = ID + "document/000_2e6d3bf8b3fb2223"
PLEDGE_CARD = ID + "document/002_15731aaa5618b0b9"
JEONJU_PLEDGE = "지속가능한 사회적경제 일자리 1,000개 육성"


# -- the library's format ---------------------------------------------------------------

def test_the_library_is_the_eighteen_queries_of_the_contract():
    assert set(LIBRARY) == set(CONTRACT)
    assert sorted(p.stem for p in QUERIES_DIR.glob("*.rq")) == sorted(CONTRACT)


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_header_and_parameters(name):
    saved = LIBRARY[name]
    expected, _ = CONTRACT[name]
    assert saved.title_ko and saved.title_en and saved.description
    assert re.search(r"[가-힣]", saved.title_ko) and not re.search(r"[가-힣]", saved.title_en)
    assert [(p.name, p.type, p.default) for p in saved.parameters] == expected
    assert all(p.description for p in saved.parameters)
    assert [p.optional for p in saved.parameters] == [default is None for _, _, default in expected]


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_every_parameter_has_one_inline_values_block_at_the_top_of_the_where_group(name):
    saved = LIBRARY[name]
    text = saved.text
    blocks = re.findall(r"\s*VALUES\s+\?(\w+)\s*\{([^{}]*)\}", text)
    # The blocks each WHERE group opens with (a subquery's group is where its patterns use the parameter).
    leading = [m.group(0) for m in re.finditer(r"WHERE\s*\{(\s*VALUES\s+\?\w+\s*\{[^{}]*\})*", text)]
    for p in saved.parameters:
        assert len(re.findall(rf"VALUES\s+\?{p.name}\s*\{{", text)) == 1, p.name
        (content,) = [c.strip() for n, c in blocks if n == p.name]
        assert content == ("UNDEF" if p.optional else p.default)
        assert any(f"VALUES ?{p.name}" in opening for opening in leading), \
            f"{p.name}'s block is not at the top of a WHERE group"
    assert len(blocks) == len(saved.parameters) or not saved.parameters


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_every_file_is_plain_sparql_with_a_total_order(name):
    text = LIBRARY[name].text
    prepareQuery(text)  # a second parser: the file runs as is outside Oxigraph
    assert "\nORDER BY " in text
    assert all(line.startswith("#") for line in text.split("PREFIX", 1)[0].strip().splitlines())


@pytest.fixture(scope="module")
def repo(seed_build):
    settings, _ = seed_build
    return open_repository(settings)


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_every_query_runs_as_is_fast_and_keeps_its_variables(repo, name):
    saved = LIBRARY[name]
    _, variables = CONTRACT[name]
    as_is = repo.query(saved.text)
    assert len(as_is) > 0, f"{name} returns nothing on the seeds"
    assert set(variables.split()) <= set(as_is.variables)
    elapsed = []
    for _ in range(3):
        start = time.perf_counter()
        bound = run_saved(repo, saved, {})
        elapsed.append(time.perf_counter() - start)
    assert bound == as_is  # no parameters given: the file's own VALUES blocks, same rows, same order
    assert min(elapsed) < 0.5, f"{name} took {min(elapsed):.2f} s"


# -- what each query answers on the seeds ------------------------------------------------

@pytest.fixture(scope="module")
def run(repo):
    def run_query(name: str, **params: str) -> list[dict[str, str]]:
        rows = run_saved(repo, LIBRARY[name], params)
        return [{k: v.value for k, v in row.items()} for row in rows.dicts()]
    return run_query


@pytest.fixture(scope="module")
def typed(repo):
    def run_query(name: str, **params: str):
        return run_saved(repo, LIBRARY[name], params).dicts()
    return run_query


def pick(rows, *keys):
    return [tuple(r.get(k) for k in keys) for r in rows]


def test_municipalities_with_province_and_code(run):
    rows = run("municipalities")
    # The ten governments of the documents (000 header lines 28, 478, 815, 1125, 1515, 1748, 2129, 2538, 2938;
    # 002 through the catalog), and six named in passing: 000 L192 (안산, 화성, 용인, 안양 at the 수원 fair),
    # L2745 (대구 수성구), L2978 (서울 성북구). Codes and provinces as in ingest/data/places.yaml (verified),
    # with the changes of ontology/README.md: 원주 42130→51130 (2023-06-11), 전주/정읍 45→52 (2024-01-18).
    assert pick(rows, "label_ko", "label_en", "province_ko", "admin_code") == [
        ("성북구", "Seongbuk-gu", "서울특별시", "11290"),
        ("수성구", "Suseong-gu", "대구광역시", "27260"),
        ("수원시", "Suwon-si", "경기도", "41110"),
        ("안양시", "Anyang-si", "경기도", "41170"),
        ("안산시", "Ansan-si", "경기도", "41270"),
        ("남양주시", "Namyangju-si", "경기도", "41360"),
        ("용인시", "Yongin-si", "경기도", "41460"),
        ("이천시", "Icheon-si", "경기도", "41500"),
        ("화성시", "Hwaseong-si", "경기도", "41590"),
        ("여주시", "Yeoju-si", "경기도", "41670"),
        ("청주시", "Cheongju-si", "충청북도", "43110"),
        ("경산시", "Gyeongsan-si", "경상북도", "47290"),
        ("김해시", "Gimhae-si", "경상남도", "48250"),
        ("원주시", "Wonju-si", "강원특별자치도", "51130"),
        ("전주시", "Jeonju-si", "전북특별자치도", "52110"),
        ("정읍시", "Jeongeup-si", "전북특별자치도", "52180"),
    ]
    assert {r["label_ko"]: r["former_codes"] for r in rows if r.get("former_codes")} == {
        "여주시": "41730 (until 2013-09-22)", "원주시": "42130 (until 2023-06-10)",
        "전주시": "45110 (until 2024-01-17)", "정읍시": "45180 (until 2024-01-17)"}
    assert all(r["municipality"] == ID + "municipality/" + r["admin_code"] for r in rows)


def test_cases_with_field_and_related_pledges(run):
    rows = run("cases")
    # 000: 사례명 and 관련공약 of each case (L30-45, L480/487, L817/821, L1127/1131, L1517/1523, TOC L19 for the
    # title 청주 prints garbled at L1750 and L1754, L2131-2139, L2540/2547-2553, L2940/2944); all in field
    # 사회적경제 (L36, 483, 819, 1129, 1520, 1752, 2136, 2543, 2942). 남양주 names no pledge (L487 is empty).
    got = {r["municipality_ko"]: (r["title_ko"], r["field_ko"], set(r.get("pledges_ko", "").split(" | ")) - {""})
           for r in rows}
    assert len(rows) == 9
    assert got == {
        "수원시": ("사람중심의 가치 실현! 따뜻한 사회적 공유 공동체로 완성되는 더 큰 수원", "사회적경제",
                 {"사회적 경제 활성화(사회적 기업, 협동조합 확대)", "작지만 큰 힘되는 공유경제 활성화 추진"}),
        "남양주시": ("민관협력을 통한 기술기반형 사회적기업 육성", "사회적경제", set()),
        "이천시": ("“양질의 일자리가 최고의 복지정책”", "사회적경제",
                 {"일자리센터 운영 활성화 1만명 취업달성", "소규모산업단지 20개소 조성"}),
        "여주시": ("지역 협동조합 활성화 기반마련", "사회적경제", {"강천섬 명소화 사업(맘스아일랜드)"}),
        "원주시": ("美味未 문화, 맛, 희망, 「원주미로예술시장」에 빠지다.", "사회적경제", {"문화를 통한 원도심 활성화"}),
        "청주시": ("경력단절 여성에게 내일(JOB)이 있는 청주!!", "사회적경제", {"여성일자리창출 기반확대 및 강화"}),
        "정읍시": ("『공동체 시스템』을 활용한 실패없는 정읍형 사회적경제기업 육성", "사회적경제",
                 {"사회적 경제 육성", "장애인 사회적기업 육성"}),
        "경산시": ("청년희망도시 경산의 일자리 늘리기", "사회적경제",
                 {"경산 지식산업지구 건설", "경산4일반산업단지 조기 추진", "부품소재 기업유치",
                  "첨단 메디컬 융합 섬유소재 산업 조기 조성", "매년 일자리 1만개 창출",
                  "노인사회 적합형 일자리 창출 및 맞춤형 고용지원"}),
        "김해시": ("사회적 일자리를 위해서는 사회적경제 인프라 구축이 필요하다!", "사회적경제",
                 {"사회적 약자를 위한 사회적 일자리 확대"}),
    }
    # several pledges come in label order, so the joined string is stable
    assert {r["municipality_ko"]: r.get("pledges_ko") for r in rows}["이천시"] == \
        "소규모산업단지 20개소 조성 | 일자리센터 운영 활성화 1만명 취업달성"
    assert all(r["document"] == CASEBOOK for r in rows)
    assert pick(run("cases", municipality="Namyangju-si"), "title_ko", "title_line") == \
        [("민관협력을 통한 기술기반형 사회적기업 육성", "480")]


def test_pledges_by_municipality(run):
    rows = run("pledges")
    # the 16 관련공약 of 000 (see the test above) and the title of 002 (L3)
    assert len(rows) == 17
    assert sorted(pick(rows, "municipality_ko", "label_ko")).count(("경산시", "매년 일자리 1만개 창출")) == 1
    assert pick(run("pledges", municipality="전주시"), "label_ko", "document", "source_line") == [
        (JEONJU_PLEDGE, PLEDGE_CARD, "3")]
    suwon = run("pledges", municipality="수원시")
    assert pick(suwon, "label_ko") == [("사회적 경제 활성화(사회적 기업, 협동조합 확대)",),
                                       ("작지만 큰 힘되는 공유경제 활성화 추진",)]  # 000 L41, L43
    assert run("pledges", municipality="Suwon-si") == suwon
    assert run("pledges", municipality=ID + "municipality/41110") == suwon
    assert run("pledges", municipality="없는시") == []


def test_partners_of_huimangkiumteo_with_their_roles(run):
    rows = run("partners")  # the default entity, ㈜희망키움터
    assert run("partners", entity="㈜희망키움터") == rows == run("partners", entity=HIM.strip("<>"))
    # 000 L519-523 (and again L588-592): 국제통신공업(주) 기술 및 자본 투자; 남양주시 컨설팅, 재정지원, 행정지원;
    # 희망케어센터 근로자 알선, 사례관리, 복지서비스. L644-648: 남양주시 역량강화교육, 판로개척, 네트워크 연계.
    # L687-691: 국제통신공업(주)의 기술 무상지원, under it 기술교육지원 and 일감제공; L693: its 노하우 (consulting).
    # L682: 채용 및 추천은 남양주시(희망케어센터 등)에서 담당. L788: 희망케어센터와의 연계; L718: 희망케어센터 등
    # 복지기관과 연계하여 … 직무교육 (training). L665-668: 남양주고용복지+센터
    # 알선, 교육.
    # L650-655: 국제통신공업(주)'s part in the role table (기술 이전, 사업장·설비 투자, 임가공 물량 제공).
    assert sorted(pick(rows, "partner_ko", "role_en", "direction")) == sorted([
        ("남양주고용복지+센터", "Training", "partner"), ("남양주고용복지+센터", "Worker referral", "partner"),
        ("국제통신공업(주)", "Investor", "partner"), ("국제통신공업(주)", "Technology provider", "partner"),
        ("국제통신공업(주)", "Consulting", "partner"), ("국제통신공업(주)", "Facility provider", "partner"),
        ("국제통신공업(주)", "Work provider", "partner"), ("국제통신공업(주)", "Training", "partner"),
        ("남양주시", "Consulting", "partner"), ("남양주시", "Financial support", "partner"),
        ("남양주시", "Administrative support", "partner"), ("남양주시", "Training", "partner"),
        ("남양주시", "Sales support", "partner"), ("남양주시", "Collaborator", "partner"),
        ("남양주시", "Worker referral", "partner"),
        ("희망케어센터", "Worker referral", "partner"), ("희망케어센터", "Case management", "partner"),
        ("희망케어센터", "Welfare services", "partner"), ("희망케어센터", "Collaborator", "partner"),
        ("희망케어센터", "Training", "partner"),
    ])
    # 남양주시희망케어센터 (L582) is the entity; its Korean label is the short name the role lines use
    assert {r["partner"] for r in rows if r["partner_ko"] == "희망케어센터"} == {ID + "organization/남양주시희망케어센터"}
    assert {r["partner_en"] for r in rows if r["partner_ko"] == "희망케어센터"} == {"Namyangju Hope Care Center"}
    assert {r["partner_en"] for r in rows if r["partner_ko"] == "국제통신공업(주)"} == {"Gukje Tongsin"}
    assert {(r["partner_ko"], r["role_ko"], r["source_line"]) for r in rows if r["role_en"] == "Investor"} == {
        ("국제통신공업(주)", "투자", "519")}
    # the other direction: 국제통신공업 is a partner of 희망키움터 (its rows with direction "partner" are not
    # asserted: the graph gives it the role-table rows of L657-668, which belong to 희망키움터; see the report)
    reverse = run("partners", entity="Gukje Tongsin")
    assert sorted(pick([r for r in reverse if r["direction"] == "of" and r["partner_ko"] == "㈜희망키움터"],
                       "partner_ko", "role_en")) == [
        ("㈜희망키움터", "Consulting"), ("㈜희망키움터", "Facility provider"), ("㈜희망키움터", "Investor"),
        ("㈜희망키움터", "Technology provider"), ("㈜희망키움터", "Training"), ("㈜희망키움터", "Work provider")]
    care = run("partners", entity="남양주시희망케어센터")  # an alias binds the entity too
    assert sorted(pick([r for r in care if r["partner_ko"] == "㈜희망키움터"], "role_en", "direction")) == [
        ("Case management", "of"), ("Collaborator", "of"), ("Training", "of"), ("Welfare services", "of"),
        ("Worker referral", "of")]


def test_enterprises_by_municipality_and_type(run):
    # every cooperative the documents name as one: 000 L220, L232, L240, L248 (수원), L2487 (정읍),
    # L3054, L3121, L3122 (김해)
    cooperatives = run("enterprises", type="cooperative")
    assert pick(cooperatives, "label_ko", "municipality_ko") == [
        ("김해시지역공동체활성화교류지원 협동조합", "김해시"), ("드론·멀티미디어컨텐츠협동조합", "김해시"),
        ("마을기업행복한동행협동조합", "김해시"), ("라온경제교육협동조합", "수원시"), ("에너지제로협동조합", "수원시"),
        ("짜로사랑협동조합", "수원시"), ("파랑새사회봉사회협동조합", "수원시"), ("정읍교육복지협동조합", "정읍시")]
    assert {r["type_ko"] for r in cooperatives} == {"협동조합"}
    assert run("enterprises", type="협동조합") == run("enterprises", type="Cooperative") == cooperatives
    assert run("enterprises", type="https://w3id.org/sekg/concept/enterprise-type/cooperative") == cooperatives
    # 000 L3120: (예비)사회적기업 ㈜다온환경, ㈜문화와사람들, ㈜휠연구소
    assert pick(run("enterprises", municipality="김해시", type="preliminary-social-enterprise"),
                "label_ko", "label_en", "type_ko") == [
        ("㈜다온환경", "Daonhwangyeong Co., Ltd.", "예비사회적기업"),
        ("㈜문화와사람들", "Munhwawasaramdeul Co., Ltd.", "예비사회적기업"),
        ("㈜휠연구소", "Hwiryeonguso Co., Ltd.", "예비사회적기업")]
    # 000 L197-254 (수원). Not asserted: 수원시사회적경제지원센터 typed as a social enterprise (L305 names the
    # support center's premises), and ㈜소셜코어, 우리동네커피숍, 돈가스나들터 사회적협동조합, which the graph lacks.
    suwon = set(pick(run("enterprises", municipality="Suwon-si"), "label_ko", "type_ko"))
    assert {("㈜더페이퍼", "사회적기업"), ("㈜형제기업", "사회적기업"), ("㈜짜로사랑", "사회적기업"),
            ("㈜마음샘", "사회적기업"), ("춤추는 헬렌켈러", "사회적기업"), ("수원굿윌스토어", "사회적기업"),
            ("에너지제로협동조합", "협동조합"), ("파랑새사회봉사회협동조합", "협동조합"),
            ("늘품상담사회적협동조합", "사회적협동조합"), ("수원시민 햇빛발전 사회적 협동조합", "사회적협동조합")} <= suwon
    # 000 L2175-2177, L2392: 콩사랑 is an agricultural company and a village enterprise (a row per type)
    assert set(pick(run("enterprises", municipality="정읍시"), "label_ko", "type_ko")) >= {
        ("농업회사법인 콩사랑(유)", "농업회사법인"), ("농업회사법인 콩사랑(유)", "마을기업"),
        ("알콩달콩가게(유)", "사회적기업"), ("대흥리마을공동체", "마을기업"), ("정읍교육복지협동조합", "예비사회적기업")}
    assert run("enterprises", municipality="전주시") == []


def test_outcomes_of_jeonju(run, typed):
    # 002 L74-79: 일자리 220, 220, 200, 200, 160 a year, 2018 to June 2022, the pledge's targets (a table: its
    # header line L74 opens the span); L3 and L12: 1,000 jobs for the term (the title and 사업규모); L63: 2개소 20명;
    # L64: 2개사업단 12명
    rows = run("outcomes", subject=JEONJU_PLEDGE)
    assert pick(rows, "indicator_ko", "value", "unit", "period", "value_kind", "source_line") == [
        ("일자리 창출", "1000", "count", "2018/2022", "target", "3"),
        ("일자리 창출", "1000", "count", "2018/2022", "target", "12"),
        ("시설 수", "2", "place", "2018/2022", "target", "63"), ("참여 인원", "20", "person", "2018/2022", "target", "63"),
        ("참여 인원", "12", "person", "2018/2022", "target", "64"), ("팀 수", "2", "team", "2018/2022", "target", "64"),
        ("일자리 창출", "160", "count", "2022-06", "target", "74"), ("일자리 창출", "200", "count", "2020", "target", "74"),
        ("일자리 창출", "200", "count", "2021", "target", "74"), ("일자리 창출", "220", "count", "2018", "target", "74"),
        ("일자리 창출", "220", "count", "2019", "target", "74")]
    assert {r["document"] for r in rows} == {PLEDGE_CARD}
    assert {r["period"].datatype.value for r in typed("outcomes", subject=JEONJU_PLEDGE)} >= {XSD + "gYear",
                                                                                           XSD + "gYearMonth"}
    # 002 L16-20: organizations and workers, in total and by type, as of the end of June 2018: the city's state
    city = run("outcomes", municipality="전주시", subject="전주시")
    assert sorted(pick(city, "indicator_ko", "value", "period", "value_kind")) == sorted(
        [("기업·단체 수", v, "2018-06", "actual") for v in ("403", "68", "5", "14", "316")] +
        [("종업원 수", v, "2018-06", "actual") for v in ("1253", "894", "33", "116", "210")])
    assert run("outcomes", municipality="수원시", subject=JEONJU_PLEDGE) == []


def test_budgets_of_jeonju(run, typed):
    rows = run("budgets", municipality="전주시")
    # 002 L26-31, in 억원: 총투자 규모 and yearly 2018 … 2022.6 by source, and L14 총사업비 231.4억원
    table = {"합계": ["231.4", "42", "44.1", "46.2", "48.4", "50.7"], "국비": ["165.4", "30", "31.5", "33", "34.6", "36.3"],
             "도비": ["22", "4", "4.2", "4.4", "4.6", "4.8"], "시비": ["44", "8", "8.4", "8.8", "9.2", "9.6"]}
    periods = [("2018/2022", None), ("2018", "2018"), ("2019", "2019"), ("2020", "2020"), ("2021", "2021"),
               ("2022-06", "2022")]
    expected = {(JEONJU_PLEDGE, source, year, period, str(int(Decimal(eok) * 100_000_000)))
                for source, values in table.items() for (period, year), eok in zip(periods, values, strict=True)}
    # L14 총사업비, the pledge's too, for the term of L13
    got = pick(rows, "subject_ko", "source_ko", "year", "period", "amount_krw")
    assert len(got) == 25 and set(got) == expected
    for row in typed("budgets", subject=JEONJU_PLEDGE):
        assert row["amount_krw"].datatype.value == XSD + "integer"
        assert "year" not in row or row["year"].datatype.value == XSD + "gYear"
    assert {r["value_kind"] for r in rows if r["subject_ko"] == JEONJU_PLEDGE} == {"target"}  # planned (연도별 자원투자)


def test_targets_against_achievements(run, typed):
    rows = run("targets")
    # 000 L986-996: 이천 placements 4,210 + 6,530 + 7,029 + 4,113 (2014 – June 2017) against the 1만명 pledge, 218%.
    # 000 L2685, L2900: 경산 14,739 jobs against a target of 1만개, "150%" (the table L2688 computes 147.39).
    achieved = [r for r in rows if "actual" in r]
    assert pick(achieved, "municipality_ko", "subject_ko", "indicator_ko", "target", "actual", "achievement_pct",
                "period", "computed_pct", "source_line", "passages") == [
        ("경산시", "매년 일자리 1만개 창출", "일자리 창출", "10000", "14739", "150", None, "147.39", "2685", "2"),
        ("이천시", "일자리센터 운영 활성화 1만명 취업달성", "취업 인원", "10000", "21882", "218", "2014/2017-06", "218.82",
         "996", "1")]
    # Every other stated target, its actual and rates empty: 002 L74-79 (the yearly goals), L3/L12 (1,000 jobs
    # for the term), 000 L443 (생활임금 10,000원 in 2019), L2552 (경산's pledge "매년 일자리 1만개 창출", restated L2570)
    stated = set(pick([r for r in rows if "actual" not in r], "municipality_ko", "indicator_ko", "target", "period",
                      "source_line"))
    assert {("전주시", "일자리 창출", "220", "2018", "75"), ("전주시", "일자리 창출", "220", "2019", "76"),
            ("전주시", "일자리 창출", "200", "2020", "77"), ("전주시", "일자리 창출", "200", "2021", "78"),
            ("전주시", "일자리 창출", "160", "2022-06", "79"), ("전주시", "일자리 창출", "1000", "2018/2022", "3"),
            ("수원시", "임금", "10000", "2019", "443"), ("경산시", "일자리 창출", "10000", None, "2552")} <= stated
    assert all("achievement_pct" not in r and "computed_pct" not in r for r in rows if "actual" not in r)
    assert pick([r for r in run("targets", municipality="경산시") if "actual" in r], "actual") == [("14739",)]
    # 000 L344: 호매실 … 1개소(2018년), a year after the casebook was written: a goal
    assert pick(run("targets", municipality="수원시"), "target") == [("1",), ("10000",)]
    assert {r["computed_pct"].datatype.value for r in typed("targets") if "computed_pct" in r} == {XSD + "decimal"}


def test_org_counts_of_jeonju(run):
    rows = run("org-counts")
    # 002 L16-20: 기업(단체)수 68/5/14/316 and 근로자수 894/33/116/210 ('18. 6월말 기준)
    assert pick([r for r in rows if r["municipality_ko"] == "전주시"], "municipality_ko", "type_ko", "organizations",
                "workers", "as_of") == [
        ("전주시", "협동조합", "316", "210", "2018-06"), ("전주시", "사회적기업", "68", "894", "2018-06"),
        ("전주시", "자활기업", "14", "116", "2018-06"), ("전주시", "마을기업", "5", "33", "2018-06")]
    assert run("org-counts", municipality="Jeonju-si") == [r for r in rows if r["municipality_ko"] == "전주시"]
    # 000 L2187-2188 (정읍, 2017) and L3119-3123 (김해, as of July 2017): counts stated in lines, not a table; 김해's
    # L2986-2988 restates them without a date (the PDF broke the line before 협동조합 56개), L3166 counts its
    # 자활기업 (9개소)
    assert pick(run("org-counts", municipality="정읍시"), "type_ko", "organizations", "workers", "as_of") == [
        ("마을기업", "15", "19", "2017"), ("사회적기업", "10", "53", "2017")]
    assert pick(run("org-counts", municipality="김해시"), "type_ko", "organizations", "as_of") == [
        ("협동조합", "56", None), ("자활기업", "9", None), ("사회적기업", "8", None), ("사회적협동조합", "5", None),
        ("예비사회적기업", "5", None), ("마을기업", "2", None),
        ("협동조합", "56", "2017-07"), ("사회적기업", "8", "2017-07"), ("사회적협동조합", "5", "2017-07"),
        ("예비사회적기업", "5", "2017-07"), ("마을기업", "2", "2017-07")]


def test_awards(run):
    # 000 L1559-1561 and L1723-1727: 원주's awards, stated twice in slightly different words: one record each,
    # with the grantor its parenthesis (중기청장상) or its prize (국무총리상) names. 한국관광공사's "전통시장 16개소
    # 선정" (L1559) is a selection, not an award.
    wonju = run("awards", municipality="원주시")
    assert pick(wonju, "recipient_ko", "award_ko", "year", "grantor_ko") == [
        ("원주시", "전국우수시장박람회 전통시장 활성화 우수지자체", "2015", "중기청"),
        ("원주시", "전국우수시장박람회 우수시장부문 국무총리상", "2016", "국무총리")]
    # 000 L851-857 and again L1104-1116: one row per award, at its first line, with the grantor in brackets; the
    # second list's heading (L1103 "2016년 일자리 관련 주요 수상 실적") dates the two the lines leave undated.
    icheon = {(r["award_ko"], r.get("grantor_ko"), r.get("year"), r["source_line"])
              for r in run("awards", municipality="이천시")}
    assert icheon == {("경기도내 고용률 3년 연속 1위", "통계청", "2016", "851"),
                      ("규제개혁추진 실적 우수기관", "경기도", "2016", "852"),
                      ("전국 규제지도 경제활동친화성 부문 S등급", "대한상의", "2016", "853"),
                      ("기업환경개선 평가 공장설립분야 1위", "대한상의", "2016", "854"),
                      ("여성일자리 추진 우수기관", "경기도", "2016", "855"),
                      ("아시아 문화경제대상", "아시아문화경제진흥원", "2016", "856"),
                      ("공약이행 및 정보공개 평가 SA등급", "매니페스토실천본부", "2017", "857"),
                      # L1096-1100 tell the S등급 again in other words (최우수 등급), the sentence and the grantor's
                      # name (대한 / 상공회의소) broken over lines by the PDF: a row of its own, grantor and year unread
                      ("상공회의소의 전국규제지도 경제활동친화성 평가 최우수 등급", None, None, "1098")}
    # 000 L2606 and L2902: one award (경상북도 지역브랜드 일자리 경진대회 최우수상, 2016); L2904: 투자 유치 대상
    # to two companies of 경산
    gyeongsan = set(pick(run("awards", municipality="경산시"), "recipient_ko", "award_ko", "year", "source_line"))
    assert gyeongsan == {("경산시", "경상북도 지역브랜드 일자리 경진대회 최우수상", "2016", "2606"),
                         ("㈜효림산업", "경상북도 투자 유치 대상", "2016", "2904"),
                         ("동일가구", "경상북도 투자 유치 대상", "2016", "2904")}


def test_ordinances(run):
    # 000 L87/L374 (제정 '16. 6. 14) and L410 (제정 '16.2.16. 공포)
    assert pick(run("ordinances", municipality="수원시"), "title_ko", "date", "number", "source_line") == [
        ("수원시 공공시설 개방 및 사용에 관한 조례", "2016-02-16", None, "410"),
        ("수원시 공유경제 활성화에 관한 조례", "2016-06-14", None, "87")]
    # 000 L2211-2217 (2012년 5월 … (2012년 5월 4일 제정, 조례 제1075호)) and L2219-2221 (2010년 7월, 조례 제943호);
    # the clauses about them (…을 위해 2012년 5월 조례를 제정) name no title.
    jeongeup = set(pick(run("ordinances", municipality="정읍시"), "title_ko", "date", "number"))
    assert jeongeup == {("정읍시 지역공동체 육성 및 지원등에 관한 조례", "2012-05-04", "제1075호"),
                        ("정읍시 사회적기업 육성 및 지원에 관한 조례", "2010-07", "제943호")}


def test_events(run):
    # 000 L531 (2014. 4. 1. 설립하여 …) and L672 ((주)희망키움터 설립 : 2014. 4. 1.)
    # and L712, the dates under the certificates' photos (L705-710; the last, KS인증, 2017. 6.)
    assert pick(run("events", municipality="남양주시"), "subject_ko", "date", "type_ko", "source_line") == [
        ("민관협력을 통한 기술기반형 사회적기업 육성", "2014-04-01", "설립", "531"),
        ("㈜희망키움터", "2014-04-01", "설립", "672"), ("각종 인증 취득 등 생산기반 조성", "2017-06", "인증·지정", "712")]
    # unnarrowed, events whose subject has no municipality are listed too (000 L1862: 청주여성새로일하기센터,
    # designated 2009. 2.)
    everything = run("events")
    assert (ID + "organization/청주여성새로일하기센터", "2009-02", "인증·지정", "1862") in pick(
        everything, "subject", "date", "type_ko", "source_line")
    assert len(everything) > len(run("events", municipality="청주시")) > 0
    # 000 L2739: 경산시 사회적기업 협의회 창립 2016. 4. 26.; L2703: 새벽인력대기소 개소 2015. 9. 16
    gyeongsan = set(pick(run("events", municipality="경산시"), "date", "type_ko", "source_line"))
    assert {("2016-04-26", "설립", "2739"), ("2015-09-16", "개소·개점", "2703")} <= gyeongsan


def test_beneficiaries(run):
    # 000 L2184 (장애인 사회적기업 육성, in the case's summary), L2504 (□4 장애인사회적기업 육성), L2473 (취약계층
    # 일자리 창출 5명, under 2. 정성적 효과: the case's own program), L2139 (the pledge 장애인 사회적기업 육성, named
    # on the case's 관련공약 line beside 사회적 경제 육성)
    assert pick(run("beneficiaries", municipality="정읍시"), "subject_ko", "group_ko", "source_line") == [
        ("『공동체 시스템』을 활용한 실패없는 정읍형 사회적경제기업 육성", "장애인", "2184"),
        ("『공동체 시스템』을 활용한 실패없는 정읍형 사회적경제기업 육성", "취약계층", "2473"),
        ("장애인 사회적기업 육성", "장애인", "2139"), ("장애인사회적기업 육성", "장애인", "2504")]
    # 000 L1827 (the program's heading, 여성일자리창출) and L1760 (경력단절 여성의 일자리 창출, the case's own program:
    # one row per program and group, at its first line); 002 L42-44: 청년 jobs
    chungju = pick(run("beneficiaries", municipality="청주시"), "subject_ko", "group_ko", "source_line")
    assert {("여성일자리창출 기반 확대 및 강화", "여성", "1827"),
            ("경력단절 여성에게 내일(JOB)이 있는 청주", "경력단절 여성", "1760")} <= set(chungju)
    assert ("지역주도형 청년일자리 창출('18. 8. ~ '20. 7.)", "청년", "42") in pick(
        run("beneficiaries", municipality="전주시"), "subject_ko", "group_ko", "source_line")


def test_contacts_of_jeonju(run):
    # 002 L5-8: 사회적경제지원과장 281-2685 김종성, 사회적경제육성팀장 281-2648 이은혜, 담당자 281-2847 박경영
    assert pick(run("contacts"), "municipality_ko", "department_ko", "role_ko", "name_ko", "phone", "source_line") == [
        ("전주시", "사회적경제지원과", "과장", "김종성", "281-2685", "6"),
        ("전주시", "사회적경제지원과", "팀장", "이은혜", "281-2648", "7"),
        ("전주시", "사회적경제지원과", "담당자", "박경영", "281-2847", "8")]


def test_shared_partners(run):
    # 경기도 관광공사 works with 수원 (000 L209, 경기도 관광공사와 협력) and with 여주 (L1158-1162, 강천섬 명소화 협의회);
    # 중소기업청 funds 원주's market programs (L1608, 중소기업청 공모 '문화관광형시장 육성사업') and certified 정읍's
    # 알콩달콩가게 (L2512)
    assert pick(run("shared-partners"), "organization_ko", "municipalities", "municipality_list", "organization") == [
        ("경기도 관광공사", "2", "수원시, 여주시", ID + "organization/경기관광공사"),
        ("중기청", "2", "원주시, 정읍시", ID + "organization/중소기업청")]


def test_cost_per_job(run, typed):
    rows = {r["subject_ko"]: (r["budget_krw"], r["jobs"], r["krw_per_job"]) for r in run("cost-per-job")}
    # 002: 총사업비 231.4억원 (L14, L28) and 1,000 jobs (L3, L12), or the yearly targets 220+220+200+200+160 (L75-79)
    assert rows[JEONJU_PLEDGE] == ("23140000000", "1000", "23140000")
    # 000 L325: 일자리창출 : 19개 기업 70명 381,717천원 (under its heading L323)
    assert rows["일자리창출 인건비 및 사회보험료 지원"] == ("381717000", "70", "5453100")
    # The other rows pair figures the graph attached to the wrong subject or read wrongly (see the report):
    # they are checked for arithmetic only.
    for row in typed("cost-per-job"):
        budget, jobs, per_job = (int(row[k].value) for k in ("budget_krw", "jobs", "krw_per_job"))
        assert per_job == round(Decimal(budget) / jobs) and row["krw_per_job"].datatype.value == XSD + "integer"


def _seed_lines(document: str) -> list[str]:
    stem = document.rsplit("/", 1)[-1]
    return (Path(SEEDS_DIR) / f"{stem}.txt").read_text(encoding="utf-8").splitlines()


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def test_provenance_of_huimangkiumteo(run):
    rows = run("provenance")  # the default entity, ㈜희망키움터
    assert run("provenance", entity="(주)희망키움터") == rows  # an alias (000 L638)
    facts = {(re.split("[#/]", r["property"].replace(SEKG, "sekg:"))[-1], r["value"].replace(ID, ""), r.get("line"))
             for r in rows}
    assert {("type", SEKG + "Enterprise", "529"), ("label", "㈜희망키움터", "529"),  # 000 L529
            ("sekg:partner", "organization/국제통신공업", "519"), ("sekg:partner", "municipality/41360", "521"),
            ("sekg:partner", "organization/남양주시희망케어센터", "523"),  # L519-523
            ("altLabel", "주식회사 희망키움터", "586"), ("altLabel", "주식회사 희망키움터", "754"),  # L586, L754
            ("foundingDate", "2014-04-01", "672"),  # L672
            ("label", "Huimangkiumteo Co., Ltd.", None),  # curated: the romanization table
            } <= facts
    # L672 is also the founding event, a record whose subject is the enterprise
    assert [(r["property"], r.get("value_ko")) for r in rows if r["property"] == SEKG + "Event"] == [
        (SEKG + "Event", "(주)희망키움터 설립 : 2014. 4. 1.")]
    curated = [r for r in rows if "line" not in r]
    assert curated and all(r["source"].startswith(ID + "curated/") and "document" not in r for r in curated)
    # every quote is the text of its lines (letters compared: the text's ․ and ㆍ are normalized to ·)
    for r in rows:
        if "line" in r:
            assert r["document"] == CASEBOOK
            lines = _seed_lines(r["document"])[int(r["line"]) - 1:int(r["line_end"])]
            assert _letters(r["quote"]) in _letters(" ".join(lines)), (r["line"], r["quote"])
    assert run("provenance", entity="없는 기업") == []


def test_search(run):
    # 000 L523/L582 (희망케어센터, 남양주시희망케어센터) with its curated English name
    assert pick(run("search", text="hope care"), "entity", "label", "type_ko") == [
        (ID + "organization/남양주시희망케어센터", "Namyangju Hope Care Center", "기관·단체")]
    assert pick(run("search", text="GUKJE"), "label_ko", "type_ko") == [("국제통신공업(주)", "기관·단체")]
    # the default, 희망: 000 L523 (희망케어센터), L529 (㈜희망키움터), L672 (its founding), L1517 (원주's case and
    # the program named after it), L1637 (its youth market, 美味未 청년희망장터), L2540 (경산's case and program),
    # L2828 (the event 『청년희망도시』경산 선포식), L2863 (청년희망 비즈니스 프로그램)
    assert sorted(pick(run("search"), "label_ko", "type_ko")) == sorted([
        ("희망케어센터", "기관·단체"), ("㈜희망키움터", "사회적경제기업"), ("(주)희망키움터 설립 : 2014. 4. 1.", "행사·사건"),
        ("美味未 문화, 맛, 희망, 「원주미로예술시장」에 빠지다.", "우수사례"), ("美味未 문화, 맛, 희망, 「원주미로예술시장」에 빠지다.", "사업"),
        ("청년희망도시 경산의 일자리 늘리기", "우수사례"), ("청년희망도시 경산의 일자리 늘리기", "사업"),
        ("청년희망 비즈니스 프로그램", "사업"), ("美味未 청년희망장터", "사업"), ("청년희망도시 경산 선포식", "사업")])
    assert run("search", text="존재하지않는이름") == []
    # concepts and ontology terms are not instances: 사회적기업 is an enterprise type, 기초자치단체 a class label
    assert all(not r["entity"].startswith("https://w3id.org/sekg/concept/") for r in run("search", text="사회적기업"))
    assert run("search", text="기초자치단체") == []

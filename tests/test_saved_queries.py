"""Every saved query on the graph built from the seeds, against what the documents say.

Expected rows are read from the seed documents (line numbers in comments), not
copied from query output.
"""

from __future__ import annotations

import pytest

from graph.repository import open_repository
from graph.saved_queries import load_library, run_saved

LIBRARY = load_library()
CONTRACT = {
    "municipalities": ([], "municipality label_ko label_en province_ko admin_code"),
    "cases": (["municipality"], "case title_ko municipality_ko field_ko pledges_ko"),
    "pledges": (["municipality"], "pledge label_ko municipality_ko"),
    "partners": (["entity"], "partner partner_ko partner_en role_ko role_en"),
    "enterprises": (["municipality", "type"], "enterprise label_ko label_en type_ko municipality_ko"),
    "outcomes": (["municipality", "subject"], "subject subject_ko indicator_ko value unit period source_line"),
    "budgets": (["municipality", "subject"], "subject_ko source_ko year amount_krw"),
    "targets": (["municipality"], "subject_ko indicator_ko target actual achievement_pct period"),
    "org-counts": (["municipality"], "municipality_ko type_ko organizations workers as_of"),
    "awards": (["municipality"], "recipient_ko award_ko grantor_ko year"),
    "ordinances": (["municipality"], "municipality_ko title_ko date number"),
    "events": (["municipality"], "subject_ko label_ko date"),
    "beneficiaries": (["municipality"], "subject_ko group_ko"),
    "contacts": ([], "department_ko role_ko name_ko phone"),
    "shared-partners": ([], "organization_ko municipalities municipality_list"),
    "cost-per-job": ([], "subject_ko budget_krw jobs krw_per_job"),
    "provenance": (["entity"], "property value document line quote"),
    "search": (["text"], "entity label type_ko"),
}


@pytest.fixture(scope="module")
def run(seed_build):
    settings, _ = seed_build
    repo = open_repository(settings)

    def run_query(name: str, **params: str) -> list[dict[str, str]]:
        rows = run_saved(repo, LIBRARY[name], params)
        return [{k: v.value for k, v in row.items()} for row in rows.dicts()]

    return run_query


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_every_query_keeps_its_contract(run, name):
    saved = LIBRARY[name]
    params, variables = CONTRACT[name]
    assert [p.name for p in saved.parameters] == params
    assert saved.title_ko and saved.title_en and saved.description
    assert set(LIBRARY) == set(CONTRACT)
    rows = run(name)
    assert rows, f"{name} returns nothing on the seeds"
    assert all(v in LIBRARY[name].text.split("WHERE", 1)[0] for v in variables.split())


def test_municipalities_with_province_and_code(run):
    rows = {r["label_ko"]: (r["province_ko"], r["admin_code"], r.get("label_en")) for r in run("municipalities")}
    # The ten governments the documents are about (000 header fields, 002 title), with their current codes.
    assert {k: rows[k] for k in ("수원시", "남양주시", "이천시", "여주시", "원주시", "청주시", "정읍시", "경산시",
                                 "김해시", "전주시")} == {
        "수원시": ("경기도", "41110", "Suwon-si"), "남양주시": ("경기도", "41360", "Namyangju-si"),
        "이천시": ("경기도", "41500", "Icheon-si"), "여주시": ("경기도", "41670", "Yeoju-si"),
        "원주시": ("강원특별자치도", "51130", "Wonju-si"), "청주시": ("충청북도", "43110", "Cheongju-si"),
        "정읍시": ("전북특별자치도", "52180", "Jeongeup-si"), "경산시": ("경상북도", "47290", "Gyeongsan-si"),
        "김해시": ("경상남도", "48250", "Gimhae-si"), "전주시": ("전북특별자치도", "52110", "Jeonju-si"),
    }
    assert len(rows) == len(run("municipalities"))  # one row per municipality


def test_cases_and_pledges(run):
    cases = run("cases")
    assert len(cases) == 9 and {c["field_ko"] for c in cases} == {"사회적경제"}
    (namyangju,) = run("cases", municipality="Namyangju-si")
    assert namyangju["title_ko"] == "민관협력을 통한 기술기반형 사회적기업 육성"  # 000 L480
    (icheon,) = run("cases", municipality="이천시")
    assert icheon["pledges_ko"] == "소규모산업단지 20개소 조성 | 일자리센터 운영 활성화 1만명 취업달성"  # 000 L823-825
    assert len(run("pledges")) == 17
    assert [p["label_ko"] for p in run("pledges", municipality="전주시")] == ["지속가능한 사회적경제 일자리 1,000개 육성"]


def test_partners_of_huimangkiumteo_with_their_roles(run):
    rows = run("partners", entity="㈜희망키움터")
    roles = {(r["partner_ko"], r["role_en"]) for r in rows if r["direction"] == "partner"}
    # 000 L519-523: 국제통신공업(주) invests technology and capital, 남양주시 supports, 희망케어센터 refers workers.
    assert {("국제통신공업(주)", "Investor"), ("국제통신공업(주)", "Technology provider"),
            ("남양주시", "Administrative support"), ("남양주시", "Financial support"), ("남양주시", "Consulting"),
            ("희망케어센터", "Worker referral"), ("희망케어센터", "Case management"),
            ("희망케어센터", "Welfare services")} <= roles
    care = {r["partner"] for r in rows if r["partner_ko"] == "희망케어센터"}
    assert care == {"https://w3id.org/sekg/id/organization/남양주시희망케어센터"}
    assert {r["partner_en"] for r in rows if r["partner_ko"] == "국제통신공업(주)"} == {"Gukje Tongsin"}
    reverse = run("partners", entity="Gukje Tongsin")
    assert ("㈜희망키움터", "of") in {(r["partner_ko"], r["direction"]) for r in reverse}


def test_enterprises_by_municipality_and_type(run):
    suwon = {(r["label_ko"], r["type_ko"]) for r in run("enterprises", municipality="수원시")}
    # 000 L197-254
    assert {("㈜더페이퍼", "사회적기업"), ("에너지제로협동조합", "협동조합"), ("짜로사랑협동조합", "협동조합"),
            ("늘품상담사회적협동조합", "사회적협동조합"), ("수원시민 햇빛발전 사회적 협동조합", "사회적협동조합")} <= suwon
    cooperatives = run("enterprises", type="cooperative")
    assert {r["type_ko"] for r in cooperatives} == {"협동조합"}
    assert run("enterprises", type="협동조합") == cooperatives


def test_outcomes_and_budgets_of_jeonju(run):
    outcomes = run("outcomes", municipality="전주시")
    workers = {r["value"] for r in outcomes if r["indicator_ko"] == "종업원 수" and r.get("period") == "2018-06"}
    assert workers == {"894", "33", "116", "210", "1253"}  # 002 L20
    budgets = {(r["source_ko"], r.get("year"), r["amount_krw"]) for r in run("budgets", municipality="전주시")}
    # 002 L26-31 (억원): 2018 국비 30, 도비 4, 시비 8, 계 42; 2022.6 계 50.7
    assert {("국비", "2018", "3000000000"), ("도비", "2018", "400000000"), ("시비", "2018", "800000000"),
            ("합계", "2018", "4200000000"), ("합계", None, "23140000000")} <= budgets


def test_targets_against_achievements(run):
    rows = [(r["subject_ko"], r["target"], r["actual"], r["achievement_pct"]) for r in run("targets")]
    assert ("일자리센터 운영 활성화 1만명 취업달성", "10000", "21882", "218") in rows  # 000 L996, table L986-992
    assert ("매년 일자리 1만개 창출", "10000", "14739", "150") in rows  # 000 L2900
    assert run("targets", municipality="경산시") and not run("targets", municipality="수원시")


def test_org_counts_of_jeonju(run):
    rows = {(r["type_ko"], r["organizations"], r["workers"], r["as_of"]) for r in run("org-counts")}
    # 002 L17-20: 사회적기업 68/894, 마을기업 5/33, 자활기업 14/116, 협동조합 316/210 ('18. 6월말)
    assert rows == {("사회적기업", "68", "894", "2018-06"), ("마을기업", "5", "33", "2018-06"),
                    ("자활기업", "14", "116", "2018-06"), ("협동조합", "316", "210", "2018-06")}


def test_awards_ordinances_events_beneficiaries(run):
    awards = {(r["recipient_ko"], r.get("year")) for r in run("awards", municipality="경산시")}
    assert ("경산시", "2016") in awards  # 000 L2902: 2016 일자리 경진대회 최우수상
    ordinances = {(r["title_ko"], r.get("date"), r.get("number")) for r in run("ordinances", municipality="수원시")}
    assert ordinances == {("수원시 공유경제 활성화에 관한 조례", "2016-06-14", None),
                          ("수원시 공공시설 개방 및 사용에 관한 조례", "2016-02-16", None)}
    events = {(r["subject_ko"], r["date"]) for r in run("events", municipality="남양주시")}
    assert ("㈜희망키움터", "2014-04-01") in events  # 000 L672
    groups = {r["group_ko"] for r in run("beneficiaries", municipality="청주시")}
    assert "경력단절 여성" in groups


def test_contacts_of_jeonju(run):
    rows = {(r["department_ko"], r["role_ko"], r["name_ko"], r["phone"]) for r in run("contacts")}
    assert rows == {("사회적경제지원과", "과장", "김종성", "281-2685"), ("사회적경제지원과", "팀장", "이은혜", "281-2648"),
                    ("사회적경제지원과", "담당자", "박경영", "281-2847")}  # 002 L6-8


def test_shared_partners_and_cost_per_job(run):
    shared = {r["organization_ko"]: r["municipalities"] for r in run("shared-partners")}
    assert shared == {"경기도 관광공사": "2"}  # 수원 L209, 여주 L1160
    costs = {r["subject_ko"]: (r["budget_krw"], r["jobs"], r["krw_per_job"]) for r in run("cost-per-job")}
    # 002: 231.4억원 over the 1,000 jobs of L12 and the yearly targets of L75-79 (220+220+200+200+160)
    assert costs["전주시"] == ("23140000000", "1000", "23140000")
    assert costs["지속가능한 사회적경제 일자리 1,000개 육성"] == ("23140000000", "1000", "23140000")


def test_provenance_and_search(run):
    assert run("provenance", entity="희망키움터") == []  # a name the documents never use alone binds nothing
    facts = run("provenance", entity="㈜희망키움터")
    lines = {(r["property"].rsplit("#", 1)[-1], r.get("line")) for r in facts}
    assert ("label", "529") in lines and ("partner", "519") in lines
    assert all(r.get("quote") for r in facts)
    found = {(r["label"], r["type_ko"]) for r in run("search", text="hope care")}
    assert found == {("Namyangju Hope Care Center", "기관·단체")}
    assert run("search", text="희망키움") and not run("search", text="존재하지않는이름")

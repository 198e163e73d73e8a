"""The contacts part: (a pledge card's contact table, its posts as (post, role, person, phone))."""

CARD = ("지속가능한 사회적경제 일자리 1,000개 육성\n\n사회적경제지원과\t\t\t담당자\n사회적경제지원과장\t281-2685\t김 종 성\t\n"
        "담당자\t281-2847\t박 경 영\t\n\n□ 사업개요\n- 사업기간 : 2018. ~ 2022.\n- 총사업비 : 231.4억원\n□ 추진절차\n□ 연도별 자원투자")


def test_contacts(records):
    assert records(CARD, "contacts") == [("사회적경제지원과장", "head-of-division", "김종성", "281-2685"),
                                         ("담당자", "officer", "박경영", "281-2847")]

"""The beneficiaries part: (text, the groups a program serves)."""

import pytest

CASES = [
    ("김해시 일자리\n□ 사회적 약자를 위한 일자리 확대\n ○ 참여대상 : 18,034명(저소득, 노인, 장애인)\n"
     " ○ 경력단절여성 직업교육 운영, 여성가족부 지원",
     ["vulnerable-groups", "low-income", "older-people", "people-with-disabilities", "career-interrupted-women"]),
    # Labels match as written with their spaces; a report without a program gives its groups to the municipality.
    ("[목포=뉴스] 2024.04.02\n목포시는 경력단절 여성과 미취업 청년 60명을 대상으로 바리스타 과정을 연다고 2일 밝혔다.",
     ["career-interrupted-women", "unemployed", "youth"]),
    # 여성 in a name (여성새로일하기센터) is not a group served.
    ("청주시 일자리\n□ 직업교육 지원 사업\n ○ 청주여성새로일하기센터 운영 지원", []),
    # … nor in a department, a team, a law or an award; the group the line serves still counts.
    ("광주 서구 일자리\n□ 일자리 지원 사업\n ○ 담당 : 여성가족과, 청년창의산업팀\n"
     " ○ 「장애인기업활동 촉진법」에 따른 지원\n ○ 2024년 여성일자리 추진 우수기관 선정\n ○ 고령자 일자리 30개 지원",
     ["older-people"]),
    # A letter-spaced label (대 상), other spellings (경력 단절 여성; 취업희망여성: job seekers and women), and a
    # sentence whose word of whom it is for (취업지원) is on the line the PDF broke off.
    ("청주시 일자리\n□ 취업지원 사업\n   m 대 상 : 경력 단절 여성 및 취업희망여성\n"
     "   - 청년층(19~34세, 특성화고), 중·장년 등 계층별 \n\n     맞춤형 취업지원",
     ["career-interrupted-women", "unemployed", "women", "youth", "students"]),
    ("□ 공동작업장 운영\n ○ 고령 농업인이 참여하는 공동작업장 2곳 운영", ["older-people"]),
    ("[군위=뉴스] 2025.05.02\n군위군의 ㈜삼국밥상은 오는 7월부터 홀몸 어르신 40명에게 도시락을 나눌 계획이다.", ["older-people"]),
    # Those a program helps to do something (…이 …하도록 돕겠다).
    ("[고령=뉴스] 2025.03.12\n경북 고령군은 기초생활수급자와 차상위계층 주민 15명이 연말까지 자활기업 2곳을 차리도록 돕겠다는 "
     "목표다.", ["livelihood-recipients", "near-poor"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_beneficiaries(records, text, expected):
    assert records(text, "beneficiaries") == expected

"""The enterprises part: (text, organizations and the enterprise types the text gives them)."""

import pytest

from tests.relations.documents import PLEDGE_CHECK

CASES = [
    ("수원시 지역특화\n□ 지역특화 사회적기업 발굴\n ❍ 발굴(육성) 사회적기업 : ㈜더페이퍼\n"
     " ❍ 참여기업 : 에너지제로협동조합, 마을을가꾸는 돈가스나들터 사회적협동조합\n ❍ 마을기업\"대흥리마을공동체\" 지정",
     [("㈜더페이퍼", "social-enterprise"), ("대흥리마을공동체", "village-enterprise"),
      ("마을을가꾸는 돈가스나들터 사회적협동조합", "social-cooperative"), ("에너지제로협동조합", "cooperative")]),
    ("[원주=뉴스] 2024.05.20\n원주시는 지난 17일 사회적협동조합 다온과 업무협약을 맺었다.",
     [("사회적협동조합 다온", "social-cooperative")]),
    ("수원시 자립 모델\n□ 협업 모델\n ❍ 장애인 자립 사회적기업 모델 구축\n    ▸ ㈜마음샘, 춤추는 헬렌켈러, 수원굿윌스토어",
     [("㈜마음샘", "social-enterprise"), ("수원굿윌스토어", "social-enterprise"), ("춤추는 헬렌켈러", "social-enterprise")]),
    # What a report's clause says of its subjects; the bodies a report lists after designating a type.
    ("[고창=뉴스] 2024.03.08\n고창군은 행정안전부 심사에서 관내 기업 3곳이 마을기업으로 지정됐다고 7일 밝혔다. "
     "새로 지정된 곳은 선운산영농조합법인, 해풍 협동조합, 청보리마을(주)이다. 이 가운데 ㈜고창다움은 인증 사회적기업이고, "
     "바람개비 협동조합은 지난해 예비사회적기업으로 선정됐다.",
     [("㈜고창다움", "social-enterprise"), ("바람개비 협동조합", "cooperative"),
      ("바람개비 협동조합", "preliminary-social-enterprise"), ("선운산영농조합법인", "agricultural-cooperative-corporation"),
      ("선운산영농조합법인", "village-enterprise"), ("청보리마을(주)", "village-enterprise"),
      ("해풍 협동조합", "cooperative"), ("해풍 협동조합", "village-enterprise")]),
    # A province's own designation is a local one; a credit union is no social-economy cooperative.
    ("[홍성=뉴스] 2024.06.11\n충남도는 ㈜온누리밥상을 충남형 예비사회적기업으로 지정했다. 홍성신용협동조합은 후원을 맡았다.",
     [("㈜온누리밥상", "local-social-enterprise")]),
    # A body written first with its legal form (㈔) and then without it is one body; what a clause says it is
    # (…을 돕는 사회적기업으로,) types it.
    ("[원주=뉴스] 2025.05.12\n원주시의 ㈔나눔자리가 올해 사회적경제 유공 표창을 받았다. 나눔자리는 노숙인의 자립을 돕는 "
     "사회적기업으로, 지난해 노숙인 12명을 채용했다.", [("㈔나눔자리", "social-enterprise")]),
    # The bodies a report lists as newly certified are of the type it certified; a roundup's field types its winner.
    ("[인천=뉴스] 2024.07.02\n인천시는 고용노동부의 '2024년 제2차 사회적기업 인증'에서 관내 기업 9곳이 사회적기업으로 "
     "선정됐다고 2일 밝혔다. 새로 인증된 곳은 ㈜청라이음케어, 유한회사 검단공방 등이다.",
     [("㈜청라이음케어", "social-enterprise"), ("유한회사 검단공방", "social-enterprise")]),
    ("[전주=뉴스] 2025.09.05\n전북특별자치도는 도내 기업이 정부 포상 2건을 받았다고 5일 밝혔다.\n"
     "▲마을기업 분야 행정안전부 장관 표창 ㈜순창장맛마루 ▲중간지원조직 분야 고용노동부 장관 표창 군산시사회적경제지원센터가 "
     "각각 수상했다.", [("㈜순창장맛마루", "village-enterprise")]),
    # A type word before a generic word (사회적협동조합 종사자, a table's row) names no body.
    ("부산 사회적경제 현황\n구분\t2023\t2024\n사회적협동조합 종사자\t120\t140", []),
    # A public body the curated table knows is never typed, whatever the label before it.
    ("2025년 사회적경제 추진실적\n□ 사회적경제기업 육성\n  가. 사회적기업 인증 : 3개소(2025. 5. 31. 고용노동부 인증)", []),
    # … or the certification it received (X는 2021년 사회적기업 인증을 받은 뒤).
    ("[영동=뉴스] 2025.02.03\n영동군의 ㈜포도향기공방은 2021년 사회적기업 인증을 받은 뒤 청년 9명을 고용했다.",
     [("㈜포도향기공방", "social-enterprise")]),
    # A bullet that is one name keeps all its words, the clause-like first one too.
    ("안산시 사회적경제\n□ 전통시장 활성화 및 고용 증대\n  ❍ 중앙시장 상인들이 결성, 국수 매장을 운영하며 취약계층 고용\n"
     "    ▸ 골목을살리는 국수나눔터 사회적협동조합", [("골목을살리는 국수나눔터 사회적협동조합", "social-cooperative")]),
    # Two legal forms before one name; a head in brackets before the topic particle; a type written after a
    # name with the act that gave it.
    ("[영월=뉴스] 2024.09.10\n영월군의 농업회사법인(주)동강햇살(대표 ○○○)은 2021년 사회적기업 인증을 받은 뒤 주민 12명을 "
     "고용했다.",
     [("농업회사법인(주)동강햇살", "agricultural-company"), ("농업회사법인(주)동강햇살", "social-enterprise")]),
    ("양구군 마을기업 추진상황\n ○ 2024. 6. 펀치볼영농조합법인 마을기업 지정",
     [("펀치볼영농조합법인", "agricultural-cooperative-corporation"), ("펀치볼영농조합법인", "village-enterprise")]),
    # 이 회사는: the body the report named before, typed by what its clause says.
    ("[단양=뉴스] 2025.04.11\n충북 단양군의 ㈜소백산마늘은 어르신 20명이 일하는 식품 기업이다. 2022년 예비사회적기업으로 지정된 "
     "이 회사는 지난해 5월 고용노동부로부터 사회적기업 인증을 받았다.",
     [("㈜소백산마늘", "preliminary-social-enterprise"), ("㈜소백산마늘", "social-enterprise")]),
    # A rank quoted after a type word in a headline ('최우수') is no name.
    ("[보은=뉴스] 2025.10.24\n보은 속리산마을, 행안부 우수마을기업 '최우수'…대추 가공으로 마을 살려\n충북 보은군은 주민들이 세운 "
     "마을기업 속리산대추마을영농조합법인(대표 ○○○)이 행정안전부의 '2025년 우수마을기업' 심사에서 최우수 기업으로 뽑혀 행정안전부 "
     "장관상을 받았다고 24일 밝혔다. 보은군사회적경제지원센터는 제품 포장과 온라인 판로 컨설팅을 맡아 왔다. 올해 "
     "우수마을기업에는 전국에서 20곳이 선정됐다.",
     [("속리산대추마을영농조합법인", "agricultural-cooperative-corporation"), ("속리산대추마을영농조합법인", "village-enterprise")]),
    # A ministry between a name and the type it certified; an ordinary noun before a type word (산천어 가공
    # 사회적협동조합) names no enterprise.
    ("2025년 영월군 사회적경제 성과\n(2025. 12. 5. 강원특별자치도 영월군 경제과)\n"
     " - 영농조합법인 ㈜동강메밀 고용노동부 사회적기업 인증(4. 2.)",
     [("㈜동강메밀", "agricultural-cooperative-corporation"), ("㈜동강메밀", "social-enterprise")]),
    ("[화천=뉴스] 2025.06.05\n강원 화천군에 장애인과 가족이 함께 일하는 산천어 가공 사회적협동조합이 문을 열었다.", []),
    # The entries (◇ …) of a report on a designation round are the bodies designated.
    ("[홍천=뉴스] 2025.12.19\n고용노동부는 지난 16일자로 58개 기관을 사회적기업으로 새로 인증했다고 18일 밝혔다. 목록에는 홍천군 "
     "기업 두 곳이 들어 있다.\n◇ 농업회사법인 ㈜수타사표고농장 (대표 ○○○)\n  - 직원 12명, 지난해 매출 3억원\n"
     "◇ 홍천두레돌봄사회적협동조합 (이사장 ○○○)\n  - 직원 20명",
     [("농업회사법인 ㈜수타사표고농장", "agricultural-company"), ("농업회사법인 ㈜수타사표고농장", "social-enterprise"),
      ("홍천두레돌봄사회적협동조합", "social-cooperative"), ("홍천두레돌봄사회적협동조합", "social-enterprise")]),
    # A sentence that ends on the name (…밥상입니다): the copula is no part of it.
    ("[울진=라디오] 2025.06.13\n‹기자> 이 회사는 농업회사법인 ㈜금강송두레밥상입니다.",
     [("농업회사법인 ㈜금강송두레밥상", "agricultural-company")]),
    # A count and a type joined by · in a title (마을기업 8곳·사회적협동조합) names no body; a type designated after a
    # quoted name, with its ministry and 신규 between.
    (PLEDGE_CHECK, [("담빛돌봄사회적협동조합", "social-cooperative"),
                    ("대나무골영농조합법인", "agricultural-cooperative-corporation"), ("대나무골영농조합법인", "village-enterprise")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_enterprises(records, text, expected):
    assert records(text, "enterprises") == expected

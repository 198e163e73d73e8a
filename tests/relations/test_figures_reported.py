"""The figure families on the phrasings of reports by other hands (the sixth and later held-out sets' kinds of
sentence, written here anew): money split in percentages or given by a body, caps, goals achieved against, people
given something or hired: (text, family, records) as in ``test_figures.py``."""

from decimal import Decimal

import pytest

from tests.relations.documents import DATED_NEWS, PLEDGE_CHECK, REMARKS, YEARLY_PLAN

EVALUATION = ("구민공약평가단 2025년 상반기 공약이행 평가 결과 (부산광역시 연제구)\n평가회의 : 2025. 7. 10. / 실적 기준일 : 2025. 6. 30.\n"
              "○ Ⅱ-1. 연제 청년 협동조합 20개 창업 지원 (정상추진)\n  - 기간 : 2022. 7. ~ 2026. 6.\n"
              "  - 성과 : 계획 20개 중 15개 창업 (이행률 75.0%)\n  - 누적 수료생 48명\n"
              "○ Ⅱ-4. 사회적경제기업 제품 공공구매 연 20억원 달성 (정상추진)\n"
              "  - 성과 : 2024년 구청 구매액 17억원 (이행률 85.0%)\n○ Ⅱ-6. 마을기업 4곳 육성 (완료)\n"
              "  - 성과 : 마을기업 4곳 지정 (이행률 100%)")
MINUTES = ("제301회 거창군의회 행정사무감사 회의록\n일시 : 2025년 11월 18일(화) 10시\n"
           "○ 경제과장 ○○○ : 총사업비 12억원 중 도비가 3억6천만원, 군비가 8억4천만원입니다. 센터는 올해 상반기에 상담 95건을 "
           "처리했고, 수료생 20명 가운데 6명이 창업했습니다.\n"
           "○ 경제과장 ○○○ : 거창지역자활센터의 청소 사업단이 지난 9월 자활기업 '거창늘푸른청소'로 창업했습니다. 우리 군은 지난 "
           "5월 경상남도 '사회적경제 활성화 평가'에서 우수상을 받았습니다.")

SALES_TABLE = ("2025년 상반기 사회적경제기업 제품 공공구매 실적\n(2025. 7. 15. 충청남도 부여군 경제과)\n1. 유형별 공공구매 실적 (2025. 1. 1. ~ 6. 30. / 단위: 원)\n"
               "  구분\t상반기 목표\t실적\t달성률\n  사회적기업\t400,000,000\t380,000,000\t95.0%\n  마을기업\t100,000,000\t120,000,000\t120.0%\n"
               "  합계\t500,000,000\t500,000,000\t100.0%\n2. 주요 기업 성과\n  ○ 사회적기업 ㈜부소산공방 : 근로자 8명 → 11명\n  ○ 하반기 구매목표 : 600,000,000원")

BULLETIN = ("고성군 사회적경제 월간 동향 2025년 11월호\n(강원특별자치도 고성군 경제과 발행 · 2025. 12. 3.)\n"
            " ○ 올해 목표 대비 추진률 : 사회적경제기업 종사자(목표 400명) 92.5%, 공공기관 우선구매(목표 10억 원) 85.0%")

CASES = [
    # A split in percentages, worked out; money given and added up to what a program is run with; 시비 of a 군 of a
    # metropolitan city is the city's; next year's budget (not the year it is compared with) and its growth.
    ("홍천군 청년몰 조성 계획\n□ 청년몰 조성\n ○ 총사업비 : 30억원(국비 50%, 도비 15%, 군비 35%)", "budgets",
     [("total", 3000000000, None), ("national", 1500000000, None), ("provincial", 450000000, None),
      ("municipal", 1050000000, None)]),
    ("[예천=뉴스] 2025.05.12\n㈜예천참기름은 이날 후원금 2천만원을 군에 전달했다. 군은 여기에 군비 3천만원을 더한 5천만원으로 "
     "'사회적경제 공동 포장 지원사업'을 추진한다.", "budgets",
     [("private", 20000000, "2025"), ("municipal", 30000000, "2025"), ("total", 50000000, "2025")]),
    ("달성군 사회적경제 실적\n ○ 재정지원 : 12개 기업, 2억원(국비 1억원, 시비 4천만원, 군비 6천만원)", "budgets",
     [("total", 200000000, None), ("national", 100000000, None), ("provincial", 40000000, None),
      ("municipal", 60000000, None)]),
    ("[양평=뉴스] 2025.10.02\n양평군은 내년도 마을기업 지원 예산을 올해보다 20% 늘린 3억원으로 편성했다.", "budgets",
     [("total", 300000000, "2026")]),
    ("[양평=뉴스] 2025.10.02\n양평군은 내년도 마을기업 지원 예산을 올해보다 20% 늘린 3억원으로 편성했다.", "outcomes",
     [("growth-rate", 20, "percent", "projection")]),
    # Places that tenants take are bodies; what lenders make available under an agreement is a goal; a row
    # labelled (계획) holds goals; a figure with its rate achieves the goal an earlier sentence set.
    ("[성동=뉴스] 2025.01.15\n성동구 소셜벤처 허브에는 사회적기업 등 12곳이 입주해 있다.", "outcomes",
     [("organizations", 12, "count", "actual")]),
    ("서구 사회적경제 실적\n□ 상반기 실적\n ○ 서구신협과 '사회적경제 특례융자 협약' 체결(2025. 3. 4.)\n  - 융자 규모 총 20억원",
     "targets", [("support-amount", 2000000000, "krw", "2025-03-04")]),
    ("괴산군 마을기업 현황\n연도\t마을기업(개)\t종사자(명)\n2023\t5\t40\n2024(계획)\t7\t52", "targets",
     [("organizations", 7, "count", "2024"), ("employees", 52, "person", "2024")]),
    ("[강서=뉴스] 2025.11.20\n강서구는 2026년까지 사회적경제 일자리 500개를 만들겠다는 목표를 세웠다. 지난달 말까지 만들어진 "
     "일자리는 400개로, 목표 대비 80%다.", "achieved", [("jobs-created", 400, 500, Decimal(80))]),
    # Workers of one type under a 현황 heading two levels up count by that type.
    ("기장군 사회적경제 현황\n□ 사회적경제기업 현황 (2025. 6. 30. 기준)\n ○ 유형별 : 사회적기업 12개소, 마을기업 4개소\n"
     "   - 사회적기업 종사자 150명", "counts",
     [("social-enterprise", "organizations", 12), ("village-enterprise", "organizations", 4),
      ("social-enterprise", "employees", 150)]),
    # Money a body puts in is private; money covered by a fund; a cap per body is no budget; people who work; a
    # count of one type that a designation brought to a figure.
    ("[신안=뉴스] 2025.06.20\n전남 신안군은 지난 18일 신안수협, (재)천사섬나눔재단, 신안군가족센터와 '섬 사회적경제 일자리 협약'에 "
     "서명했다고 20일 밝혔다. 협약에 따라 (재)천사섬나눔재단은 장비 구입비로 2억원을 내놓고, 신안수협은 참여 기업에 운영자금을 "
     "낮은 금리로 빌려준다. 신안군가족센터는 결혼이주여성에게 직무교육을 한 뒤 참여 기업 취업을 연계한다.", "budgets", [("private", 200000000, "2025")]),
    ("[부여=뉴스] 2025.09.01\n부여군은 오는 20일 '부여 사회적경제 장터'를 연다. 행사비 3천만원은 모두 군비로 충당한다.", "budgets",
     [("municipal", 30000000, "2025")]),
    ("[의성=뉴스] 2025.03.03\n의성군은 올해 사회적경제기업 판로 지원 예산 1억원을 편성했다. 사업비는 기업당 한 해 1천만원을 넘지 "
     "않는다.", "budgets", [("total", 100000000, "2025")]),
    ("[영월=뉴스] 2025.07.07\n지정 기업은 장애인 3명을 포함해 9명이 일하는 주식회사 동강목공이다.", "outcomes",
     [("employees", 3, "person", "actual"), ("employees", 9, "person", "actual")]),
    ("[고성=뉴스] 2025.08.29\n이번 지정으로 군내 예비사회적기업은 15곳이 됐다.", "counts",
     [("preliminary-social-enterprise", "organizations", 15)]),
    # Bracketed record fields and a row of bodies set up, counted; a numbered pledge in a progress report, achieved
    # against; a 목표/실적/달성률 table; a goal achieved a sentence after it was stated; people a program serves.
    ("경상북도 봉화군수 선거공약서\n【공약명】 마을 햇빛발전 협동조합 8곳 설립\n【이행기간】 2022년 7월 ~ 2026년 6월\n"
     "【연차별 목표】 (단위: 곳)\n 구분\t2024년\t2025년\t2026년\n 햇빛발전 협동조합 설립(누계)\t3\t6\t8", "targets",
     [("organizations", 8, "count", "2022-07/2026-06"), ("organizations", 3, "count", "2024"),
      ("organizations", 6, "count", "2025"), ("organizations", 8, "count", "2026")]),
    ("서울특별시 도봉구 민선8기 구청장 공약 추진상황 (2025. 9. 30. 현재)\n▶ [2-3] 돌봄 사회적협동조합 10곳 육성\n"
     "  ○ 사업기간 : 2022. 7. ~ 2026. 6.\n  ○ 추진실적\n    - 돌봄 사회적협동조합 누적 8곳 설립 (목표 대비 80%)\n"
     "    - 올해 1~9월 어르신 1,200명에게 방문돌봄 제공", "achieved", [("organizations", 8, 10, Decimal(80))]),
    ("2025년 옥천군 사회적경제 추진실적\n□ 핵심지표 실적\n지표\t목표\t실적\t달성률\n마을기업 신규 지정(개)\t3\t3\t100%\n"
     "사회적경제기업 일자리 창출(개)\t50\t45\t90%", "achieved",
     [("jobs-created", 45, 50, Decimal(90)), ("organizations", 3, 3, Decimal(100))]),
    ("[홍천=뉴스] 2025.02.14\n강원 홍천군이 민선8기 출범 때 내건 '사회적경제기업 80개 육성' 목표를 이뤘다. 지난해 말 관내 "
     "사회적경제기업은 84곳으로, 2022년 6월(70곳)보다 14곳 늘어 목표 대비 달성률 105%를 기록했다.", "achieved",
     [("organizations", 84, 80, Decimal(105))]),
    # Money put in (…을 내) is private; a pledge's progress toward its one goal of the measure; a rate against a
    # goal of places; a goal in brackets after what was achieved.
    ("[북구=뉴스] 2024.06.18\n울산 북구는 17일 북구노인복지관, 협동조합 달천돌봄, 울산신협과 '어르신 돌봄 일자리 협약'을 "
     "체결했다.\n협약에 따라 울산신협은 사회공헌기금 3천만원을 내 교육비를 지원한다.", "budgets", [("private", 30000000, "2024")]),
    ("홍성군수 공약 ⑤ 마을기업 공동 판매장 운영\n- 목표: 관내 마을기업 20곳 공동 판매 지원\n- 이행기간: 2023. 1. ~ 2026. 6.\n"
     "- 소요예산: 2억원(군비 100%)\n- 이행상황: 2024년 5월 판매장 개장, 입점 기업 14곳", "achieved",
     [("organizations", 14, 20, None)]),
    ("충청북도 음성군수 공약사항\n공약명 : 음성형 마을공방 10곳 조성\n이행기간 : 2022.07 ~ 2026.06\n"
     "추진실적 (2024.12.31. 기준)\n - 마을공방 6곳 조성 완료(목표 대비 60%)", "achieved", [("facilities", 6, 10, Decimal(60))]),
    ("2025년 상반기 사회적경제 추진실적\n(경상남도 사천시 지역경제과)\n1. 판로 지원\n"
     "  가. 공공기관 우선구매 실적 : 1,520백만원(연간 목표 3,000백만원)", "achieved", [("revenue", 1520000000, 3000000000, None)]),
    # A count of one type achieved against the pledge's goal is linked to it too.
    ("거제시 민선8기 공약 이행상황 (2025. 3. 31. 기준)\n공약명 : 마을기업 20곳 육성\n이행기간 : 2022. 7. ~ 2026. 6.\n"
     "총사업비 : 5억원(도비 1억5천만원, 시비 3억5천만원)\n추진실적 :\n - 관내 마을기업 2022년 6월 9곳 → 2025년 3월 15곳 "
     "(목표 대비 75%)", "achieved", [("organizations", 15, 20, Decimal(75))]),
    # People a program is given to (…명에게 … 제공) and people hired (…명을 직원으로 채용했다), whatever other
    # word is near.
    ("[춘천=뉴스] 2024.06.14\n소양돌봄은 홀몸 어르신 150명에게 방문 돌봄을 제공하고 있으며 요양보호사 40명을 고용하고 있다. "
     "지난해에는 경력단절 여성 12명을 직원으로 채용했다.", "outcomes",
     [("beneficiaries", 150, "person", "actual"), ("employees", 40, "person", "actual"), ("hires", 12, "person", "actual")]),
    # People hired, said of them (…명이 정규직으로 채용됐다); the people who set a body up together are its members.
    ("[공주=뉴스] 2024.04.18\n지난해 시범사업에서는 청년 인턴 20명 가운데 12명이 참여 기업에 정규직으로 채용됐다.", "outcomes",
     [("participants", 20, "person", "actual"), ("hires", 12, "person", "actual")]),
    ("[중구=뉴스] 2025.06.02\n서울 중구 신당시장 상인 18명이 함께 세운 신당상인협동조합이 문을 열었다.", "outcomes",
     [("members", 18, "person", "actual")]),
    # Shares in percent told right after the total (6억원은 국비 30%, …로); money a body's line says it gave (출연) is
    # private; a loan's size in brackets is what lenders make available, a goal; a field labelled 기대효과 holds a
    # projection even in a plan.
    ("[답변] 포천시장 ○○○\n 올해 사회적경제 지원 예산 6억원은 국비 30%, 도비 20%, 시비 50%로 편성했습니다.", "budgets",
     [("total", 600000000, None), ("national", Decimal("180000000"), None), ("provincial", Decimal("120000000"), None),
      ("municipal", Decimal("300000000"), None)]),
    ("2025년 평창군 사회적경제 성과\n(2025. 12. 5. 강원특별자치도 평창군 경제과)\n - 「사회적경제 판로 협약」 체결 (5. 20.)\n"
     "    · (재)오대산나눔재단 : 공동 포장재 개발비 2천만원 출연\n    · 평창신협 : 운영자금 저금리 융자 (총 3억원 규모)", "budgets",
     [("private", 20000000, "2025-12-05")]),
    ("2025년 평창군 사회적경제 성과\n(2025. 12. 5. 강원특별자치도 평창군 경제과)\n - 「사회적경제 판로 협약」 체결 (5. 20.)\n"
     "    · 평창신협 : 운영자금 저금리 융자 (총 3억원 규모)", "targets",
     [("support-amount", 300000000, "krw", "2025-12-05")]),
    ("제8회 전국동시지방선거 충청북도 괴산군수 후보자 선거공약서\n공약 2. 괴산 마을기업 키우기\n□ 목표\n ○ 임기 내 마을기업 "
     "6개소 육성\n□ 이행기한 : 2022년 7월 ~ 2026년 6월\n□ 기대효과 : 마을기업 매출 연 20억원", "outcomes",
     [("revenue", 2000000000, "krw", "projection")]),
    # Counts by type after 유형별로는, in a polite answer; a type's count past 이 조합을 포함해; 출자금 is money invested.
    ("[답변] 포천시장 ○○○\n 유형별로는 사회적기업 21개, 마을기업 7개, 협동조합 64개입니다.", "counts",
     [("social-enterprise", "organizations", 21), ("village-enterprise", "organizations", 7),
      ("cooperative", "organizations", 64)]),
    ("[화천=뉴스] 2025.06.05\n군에 따르면 5월 말 기준 관내 사회적협동조합은 이 조합을 포함해 3곳이다.", "counts",
     [("social-cooperative", "organizations", 3)]),
    ("[화천=뉴스] 2025.06.05\n조합원은 주민 등 28명이며, 출자금은 모두 940만원이다.", "outcomes",
     [("members", 28, "person", "actual"), ("investment", 9400000, "krw", "actual")]),
    # A residents' evaluation of pledges numbered Ⅱ-1 with their rating in brackets: each pledge's title states its
    # goal; 계획 20개 중 15개 and a figure with its 이행률 in brackets are what was achieved against it; 누적 reports a
    # state even under a pledge.
    (EVALUATION, "achieved", [("startups", 15, 20, Decimal("75")), ("revenue", 1700000000, 2000000000, Decimal("85")),
                              ("organizations", 4, 4, Decimal("100"))]),
    (EVALUATION, "outcomes", [("startups", 15, "count", "actual"), ("graduates", 48, "person", "actual"),
                              ("revenue", 1700000000, "krw", "actual")]),
    # A council's minutes: money by source with its particle (도비가 3억6천만원), cases counted with 건을.
    (MINUTES, "budgets", [("total", 1200000000, "2025-11-18"), ("provincial", 360000000, "2025-11-18"),
                          ("municipal", 840000000, "2025-11-18")]),
    (MINUTES, "outcomes", [("cases-handled", 95, "count", "actual"), ("graduates", 20, "person", "actual"),
                           ("startups", 6, "person", "actual")]),
    # People in brackets after a count of a type's bodies are their workers; products bought are sales.
    ("충청북도 진천군 2026년 주요업무계획\n(2025. 12. 3. 진천군의회 보고)\n○ 현황 (2025. 11. 30. 현재)\n"
     "  - 사회적경제기업 41개소\n    · 사회적기업 9개소(121명) · 마을기업 6개소(40명)\n"
     "  - 공공기관 사회적경제기업 제품 구매 15억2,000만원", "counts",
     [("social-enterprise", "organizations", 9), ("social-enterprise", "employees", 121),
      ("village-enterprise", "organizations", 6), ("village-enterprise", "employees", 40)]),
    # A table of sales by type under a heading that names them (공공구매 실적): its money is revenue, goal against
    # achieved with the rate, the 합계 row too; a type word before a body's name labels the body's own figures.
    (SALES_TABLE, "achieved", [("revenue", 380000000, 400000000, Decimal("95")),
                               ("revenue", 120000000, 100000000, Decimal("120")),
                               ("revenue", 500000000, 500000000, Decimal("100"))]),
    (SALES_TABLE, "budgets", []),
    (SALES_TABLE, "outcomes", [("revenue", 500000000, "krw", "actual"), ("employees", 8, "person", "baseline"),
                               ("employees", 11, "person", "actual")]),
    # A pledge numbered [공약 3-1]: its achievement line pairs the goal with what was achieved.
    (YEARLY_PLAN, "achieved", [("jobs-created", 160, 200, Decimal("80"))]),
    # A pledge's quoted goals and how far each came in brackets; shares in percent after 으로,; a special grant.
    (REMARKS, "achieved", [("organizations", 45, 50, Decimal("90")), ("jobs-created", 410, 500, Decimal("82"))]),
    (REMARKS, "budgets", [("total", 1000000000, "2025"), ("national", Decimal("300000000"), "2025"),
                          ("provincial", Decimal("200000000"), "2025"), ("municipal", Decimal("500000000"), "2025")]),
    # Pledges numbered 1) 공약 3-1 「…」 with their goals in the title; how far each came (목표 대비 진척도) kept on the
    # goal of the type written before the rate, or on the pledge's one goal; 국 3억, 도 2억, 군 5억 are 국비, 도비, 군비.
    (PLEDGE_CHECK, "goal rates", [("organizations", 8, Decimal("75")), ("organizations", 4, Decimal("50")),
                                  ("jobs-created", 80, Decimal("65"))]),
    (PLEDGE_CHECK, "budgets", [("total", 1000000000, "2025"), ("national", 300000000, "2025"),
                               ("provincial", 200000000, "2025"), ("municipal", 500000000, "2025")]),
    # Goals after 목표 in brackets, each followed by the rate it reached.
    (BULLETIN, "goal rates", [("employees", 400, Decimal("92.5")), ("revenue", 1000000000, Decimal("85"))]),
    # A report's sentence that opens on a date (2021년 5월 …) dates only itself: the money after it is the report's year.
    (DATED_NEWS, "budgets", [("total", 180000000, "2025"), ("provincial", 54000000, "2025"),
                             ("municipal", 126000000, "2025")]),
    # A province's table in columns aligned with spaces: its 시군비 column is the cities' and counties' money.
    ("2026년 충청북도 사회적경제 예산\n(2025. 11. 21. 충청북도 사회적경제과)\nⅡ. 예산안 (단위: 백만원)\n"
     "  세부사업                           계       국비     도비    시군비\n"
     "  사회적기업 일자리창출 지원      5,000    3,500      450    1,050\n"
     "  마을기업 육성                   1,200      600      180      420", "budgets",
     [("total", 5000000000, "2026"), ("national", 3500000000, "2026"), ("provincial", 450000000, "2026"),
      ("municipal", 1050000000, "2026"), ("total", 1200000000, "2026"), ("national", 600000000, "2026"),
      ("provincial", 180000000, "2026"), ("municipal", 420000000, "2026")]),
]


@pytest.mark.parametrize(("text", "family", "expected"), CASES)
def test_figures_of_reports(records, text, family, expected):
    assert records(text, family) == expected

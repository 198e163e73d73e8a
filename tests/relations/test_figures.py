"""The figure families: outcomes, budgets, targets and counts by enterprise type share the figures of a passage
(``ingest/figures.py``), each figure one family's: (text, family, records)."""

from decimal import Decimal

import pytest

SUWON = ("수원시 사회적경제\n□ 사회적기업 육성\n ▸찾아가는 사회적경제 기본 교육 : 총 12회 360명 참여\n"
         " ▸사회적경제기업 창업자금 5개팀 40,000천원 지원\n ○ 설립 3년차에 연매출 939백만원, 종업원수 29명(28명 취약계층) 고용")
DAMYANG = ("[담양=뉴스] 2024.02.10\n담양군은 올해 마을기업 5곳을 새로 지정하고 2026년까지 사회적경제기업 100곳을 육성할 "
           "계획이다. 현재 관내 마을기업은 11곳이 운영되고 있다.")
JEONGEUP = "정읍시 현황\n□ 사회적경제기업 현황\n - 사회적기업 : 10개소, 53명('17년)\n - 마을기업 : 15개소, 19명('17년)"
# A heading's year holds for the numbered items indented under it; a table's title gives its months their year
# and its row word gives values without a unit theirs; a "연도별 추진내용" grid is prose, a year per statement.
YEARS = ("이천시 기업지원\n❍ 2019년 기업지원 실적\n    1. 경영안정자금 지원\n    - 육성자금 : 41개업체 / 12,300백만원 지원\n"
         "  ¦ 직거래장터 참여 현황(2018년)\n구분 합계 5월 6월 비고\n참여 농가 95 40 55\n"
         "  ¦ 신규 창업 현황\n구분 2016 2017 2018\n창업업체 수 3 8 11\n"
         "연도별 추 진 내 용\n2017년 ∘ 직무 교육 3개 과정 운영 ➡ 61명 교육, 48명 수료")
# A budget table whose PDF split its header over lines: 지방비 over 도비 and 시비, its unit printed on it.
SPLIT_HEADER = ("순창군 마을기업\n□ 마을기업 육성 지원\n연도별 계 국비\n지방비(천원)\n\n자부담 비고*\n도비 시비\n\n"
                "2015년 30,000 15,000 4,500 7,500 3,000 신규\n2017년 20,000 - 8,000 10,000 2,000 재지정")
# A pledge record: a year column marked 기준 is where the goals start from; a field line after the table is no row;
# a list of yearly goals goes on without repeating its noun.
RECORD = ("강원도 횡성군수 공약 이행계획\n공약명\t협동조합 100개 육성\n이행기간\t2023~2026\n연차별 목표\n"
          "지표\t2023(기준)\t2024\t2025\t2026\n협동조합(개)\t61\t75\t88\t100\n협동조합 종사자(명)\t410\t450\t"
          "500\t560\n소요예산\t총 12억원(도비 4억원, 군비 8억원)\n"
          "연차별 목표 : 2024년 마을기업 9곳 / 2025년 11곳")
METRO = ("대전광역시장 공약\n공약명 : 대전형 사회적경제 기금 350억 조성\n이행기간 : 2023 ~ 2026\n"
         "재원 : 시비 120억원, 민간 출연 200억원, 기타(지역 금융기관 기부) 30억원")
DISTRICT = ("대구광역시 달서구청장 공약 2-1. 마을기업 공동판매장 조성\n이행기간: 2024. 1. ~ 2025. 12.\n"
            "연차별 투자계획 (단위: 백만원)\n구분\t계\t2024\t2025\n계\t900\t500\t400\n국비\t300\t300\t0\n"
            "시비\t250\t100\t150\n구비\t350\t100\t250")
PRIZE_AND_CAP = ("[문경=뉴스] 2024.05.20\n문경시는 올해 사회적경제기업 지원 예산으로 1억5천만원을 투입한다. 선정 기업은 1곳당 최대 "
                 "2천만원을 받으며, 지난해 경진대회 대상 기업은 상금 500만원을 받았다. 지난해 관내 기업의 매출(12.5%)과 "
                 "고용(8.1%)이 함께 증가했다.")
FRAMED = ("제1차 김포시 사회적경제 발전계획(2026~2030)\n □ 목표(2030년)\n  ○ 사회적경제기업 수: 300개 (2024년 180개)\n"
          "  ○ 사회적경제 종사자 수: 2,000명 (2024년 1,320명)\n □ 세부과제\n  ○ 추진목표: 청년 창업 교육 150명(2025년)\n"
          "  ○ 추진실적(2025. 6.): 청년 창업 14팀")
STARTED = ("2025년 임실군 자활사업 추진계획\n1. 추진목표: 자활근로 참여자 90명, 자활기업 3곳 신규 창업\n2. 2024년 실적\n"
           "  - 자활기업 창업 2곳(임실치즈나눔)\n  - 청년 창업자금 4개팀 지원")
PAID = ("[이천=뉴스] 2024.03.12\n사회적협동조합 햇살공방은 지난해 공방 조성에 든 2억4천만원 가운데 2억원은 경기도가 "
        "지원했고 4천만원은 조합이 부담했다. 조합은 2022년 5월 설립됐으며, 현재 직원 21명이 일한다.")
TYPED = ("김천시 사회적경제기업 유형별 현황\n(작성: 2025. 1. 15. / 단위: 개소, 명)\n구분\t2023년 말\t2024년 말\t증감\n"
         "사회적기업\t20\t23\t3\n마을기업\t8\t7\t△1\n계\t28\t30\t2\n※ 2024년 말 사회적기업 종사자 410명")
# A report's people: whom an enterprise employs (고용하고 있다) and who finished (명이 수료했다); 곳 after a noun
# of bodies counts organizations, visitors by their own word.
REPORT = ("[예산=뉴스] 2024.10.04\n충남 예산군의 사회적협동조합 늘봄은 요양보호사 30명을 고용하고 있다. "
          "올해 창업 교육에는 수강생 200명이 참여해 150명이 수료했다. 군은 공동판매장 입점 기업을 지난해 40곳에서 "
          "올해 55곳으로 늘렸고, 판매장에는 관람객 9천여 명이 찾았다.")
# Two years and their change: the earlier year is the point of comparison, the change spans both years; a note
# cell the PDF put between rows does not end the table.
COMPARED = ("영천시 일자리\n□ 일자리 성과\n부  문 2014년 2018년 증감율 비  고\n\n일자리창출 5,120명 8,430명 64.65%\n"
            "지자체 일자리\n\n창출실적\n\n고 용 률 55.2% 58.4%  5.80%\n")
# A stage table: each row dated in its label's brackets, a cell of two figures under a column of two names.
STAGES = ("안양시 생활임금\n□ 생활임금제 정착\n  ❍ 추진상황\n\n구     분 생활임금 지급인원/금액\n"
          "1 단 계 (2018. 1. ~ 12.) 8,200원 110명(95,000천원)\n2 단 계 (2019. 1. ~ 12.) 9,100원 215명(210,000천원)\n")
AS_OF = ("고령군 일자리\n□ 일자리센터 운영\n고용 지원 실적\n취업 현황(`24년 기준)\n - (취업 연계) 구직자 140명, 중장년 35명\n"
         " ○ 직업소개소 관리 : 31개소(유료 22, 무료 9)\n ○ 작은 도서관 12개 운영\n ○ 운영인력 : 6명(직업상담사 4, 사회복지사 2)\n"
         " ○ 참여 20명(1차 5, 2차 7)")
PLANS = ("양평군 관광\nⅠ  현황\n ❍ 연간 방문객 52만명\nⅡ  세부 사업계획\n\n1) 가족 쉼터\n\n구 분 내    용\n\n사업개요\n"
         " · 연면적 450㎡, 지상 2층의 복합문화센터\n · 기존 숲 공간 약 12,000㎡\n\n붙임  언론보도 자료 1부.")
# Amounts without their unit under a heading that declares it.
UNIT_HEADING = ("완도군수 공약 사업카드\n□ 공약명: 마을기업 육성\n□ 이행기간: 2023 ~ 2026\n□ 소요예산(단위: 천원)\n"
                "  ○ 총계 600,000 = 국비 300,000 + 군비 300,000\n  ○ 연도별: 2023년 150,000 / 2024년 150,000\n")
# A plan's results under a heading that says so are achieved, the first of A → B its starting point; 6월말 기준
# dates a year's figure to June.
PROGRESS = ("제천시 민선8기 공약사업 추진상황\n공약명: 사회적경제기업 80곳 육성\n이행기간: 2022~2026\n주요 추진실적\n"
            " - 사회적경제기업 2021년 40곳 → 2023년 55곳\n - 2024 : 채용박람회 3회 (210명 채용)   (6월말 기준)")
# A case's pledge states its goal, and a heading that restates the pledge's words restates the goal.
PLEDGED = (" 매니페스토 우수사례 소개서\n지자체명 경기도 안성시\n\n사 례 명 일자리가 넘치는 안성\n\n분    야 2분야 - 일자리 분야\n\n"
           "관련공약 일자리 5천명 취업달성\n\n사례요약\n안성시는 일자리센터를 운영했다.\n\n Ⅲ. 일자리 5천명 취업 공약달성\n"
           " ○ 2017년 취업 5,210명")
# Names listed before a colon, paired one by one with the figures after it (a figure without its unit takes the
# unit of what its name counts; a name that names no indicator leaves its figure unread); a table of one year's
# column reports that year; a note on whom a rate counts (15세 이상) between rows does not end a table.
PAIRED = ("진천군 여성새로일하기센터\n□ 2024년 운영 성과\n구  분 2024년 추진실적\n취업지원\n"
          "▸구인, 구직, 취업알선 : 640 / 1,120 / 238 ▸신규 채용/유지 인원 : 31명/54명\n"
          "□ 고용 지표\n구 분 2020년 2024년 증감율\n고 용 률 61.2% 63.0% 2.94%\n15세 이상\n인구대비\n"
          "취 업 자 40,100명 42,300명 5.49%")
# A two-level header the PDF printed line by line (group, the column spanning both levels, the sub-columns), its
# unit line under the table as a caption: each row's values by sub-column, the total row's by upper column.
TWO_LEVELS = ("양평군 농촌관광\n□ 기대효과\n구 분\n지역경제 파급효과\n\n고용유발효과\n생산유발효과 부가가치유발효과\n\n"
              "조  성 12,400 5,100 96\n운  영 20,800 9,700 310\n합  계 48,000 406\n\n❙파급효과 분석 (단위 :백만원, 명)")
# A year leading its line holds below, not the days of an application window in brackets on that line.
LEADING_YEAR = ("충주시 여성친화기업\n□ 연도별 추진내용\n2023년 ∘ 인증 기준 마련\n"
                "2024년 ∘ 여성친화기업 인증 신청접수(2024. 5. 13. ~ 6. 14.)\n∘ 신규인증 8개, 재인증 12개 계획")
# A table under a heading of one type: its count row (자활기업 수) and its workers' row are that type's; a year's
# month is one column. People who work somewhere (일하고 있다) are its employees, people who came (이 찾아) visitors;
# a short amount right after who pays it, under a unit heading.
TYPED_HEADING = ("2025년 자활사업 추진현황\n충청북도 단양군 복지정책과\n□ 자활기업 현황\n구  분 2023년 2024년 2025년 6월\n"
                 "자활기업 수 2 3 3\n종사자 수 14 19 21")
PEOPLE = ("[태백=뉴스] 2025.02.05\n관내 사회적경제기업 47곳에서 380명이 일하고 있다. 지난해 장터에는 시민 2천여명이 찾아 "
          "판매액 3천만원을 올렸다.")
SHORT_AMOUNTS = ("강원특별자치도 태백시장 공약 사업카드\n□ 공약명: 태백형 사회적경제 판로 확대\n□ 이행기간: 2023. 1. ~ 2026. 6.\n"
                 "□ 소요예산(단위: 백만원)\n  ○ 계 900 = 국비 270 + 도비 180 + 시비 450")
STOCK = "□ 사회적경제기업 현황(2025. 6. 30. 기준)\n ○ 사회적기업 13개소(인증 9, 예비 4), 종사자 160명\n" \
        " ○ 마을기업 5개소, 협동조합 38개소"

# A table of pledges, a row each: the title column names whose the row's figures are, the term column dates its
# money and goals, the indicator column what the goal and result columns count and in what unit.
RECORD_TABLE = ("전라남도 순천시장 공약 이행 평가표 (2024. 12. 31. 기준)\n(단위: 백만원, 개, 명)\n"
                "연번\t공약명\t이행기간\t총사업비\t도비\t시비\t성과지표\t목표\t실적\t달성률\n"
                "5\t생태 마을기업 육성\t2022~2026\t800\t200\t600\t신규 마을기업(개)\t10\t6\t60%\n"
                "6\t청년 사회적경제 인턴\t2023~2025\t450\t-\t450\t청년 인턴 채용(명)\t90\t95\t105%")
CASES = [
    (RECORD_TABLE, "budgets", [("total", 800000000, "2022/2026"), ("provincial", 200000000, "2022/2026"),
                               ("municipal", 600000000, "2022/2026"), ("total", 450000000, "2023/2025"),
                               ("municipal", 450000000, "2023/2025")]),
    (RECORD_TABLE, "targets", [("organizations", 10, "count", "2022/2026"), ("hires", 90, "person", "2023/2025")]),
    # (the count of one type comes from the counts part, after the outcomes)
    (RECORD_TABLE, "owned outcomes", [("hires", 95, "청년 사회적경제 인턴"), ("organizations", 6, "생태 마을기업 육성")]),
    # (each row's rate is kept on what it measures, against the row's goal)
    (RECORD_TABLE, "achieved", [("hires", 95, 90, Decimal(105)), ("organizations", 6, 10, Decimal(60))]),
    (TYPED_HEADING, "counts", [("self-sufficiency-enterprise", "organizations", 2),
                               ("self-sufficiency-enterprise", "organizations", 3),
                               ("self-sufficiency-enterprise", "organizations", 3),
                               ("self-sufficiency-enterprise", "employees", 14),
                               ("self-sufficiency-enterprise", "employees", 19),
                               ("self-sufficiency-enterprise", "employees", 21)]),
    ("진천군 판로 지원\n□ 추진실적\n  ○ 공공구매 상담회, 온라인 기획전 : 4회 / 6회", "outcomes",
     [("sessions", 4, "times", "actual"), ("sessions", 6, "times", "actual")]),
    # Parts listed under a bullet that states a total count what the total counts, whatever their names say.
    ("보은군 일자리\n□ 일자리센터 운영\n❍ 일자리 업무 운영인력 : 총 15명\n- 일자리센터(군청 1층) : 6명(공무원2, 직업상담사4)\n"
     "- 11개 읍면 : 9명", "outcomes",
     [("employees", 15, "person", "actual"), ("employees", 6, "person", "actual"), ("employees", 2, "person", "actual"),
      ("employees", 4, "person", "actual"), ("employees", 9, "person", "actual")]),
    (PEOPLE, "outcomes", [("organizations", 47, "count", "actual"), ("employees", 380, "person", "actual"),
                          ("visitors", 2000, "person", "actual"), ("revenue", 30000000, "krw", "actual")]),
    (SHORT_AMOUNTS, "budgets", [("total", 900000000, "2023-01/2026-06"), ("national", 270000000, "2023-01/2026-06"),
                                ("provincial", 180000000, "2023-01/2026-06"), ("municipal", 450000000, "2023-01/2026-06")]),
    (LEADING_YEAR, "targets", [("organizations", 8, "count", "2024"), ("organizations", 12, "count", "2024")]),
    (TWO_LEVELS, "outcomes", [("production-inducement", 12400000000, "krw", "projection"),
                              ("value-added-inducement", 5100000000, "krw", "projection"),
                              ("employment-inducement", 96, "person", "projection"),
                              ("production-inducement", 20800000000, "krw", "projection"),
                              ("value-added-inducement", 9700000000, "krw", "projection"),
                              ("employment-inducement", 310, "person", "projection"),
                              ("economic-impact", 48000000000, "krw", "projection"),
                              ("employment-inducement", 406, "person", "projection")]),
    (TWO_LEVELS, "budgets", []),
    (PAIRED, "dated outcomes", [("job-openings", 640, "person", "2024"), ("job-referrals", 238, "person", "2024"),
                                ("hires", 31, "person", "2024"), ("employees", 54, "person", "2024"),
                                ("employment-rate", Decimal("61.2"), "percent", "2020"),
                                ("employment-rate", Decimal("63.0"), "percent", "2024"),
                                ("growth-rate", Decimal("2.94"), "percent", "2020/2024"),
                                ("employed-persons", 40100, "person", "2020"),
                                ("employed-persons", 42300, "person", "2024"),
                                ("growth-rate", Decimal("5.49"), "percent", "2020/2024")]),
    (PLEDGED, "targets", [("job-placements", 5000, "person", None), ("job-placements", 5000, "person", None)]),
    (PLEDGED, "outcomes", [("job-placements", 5210, "person", "actual")]),
    (PROGRESS, "outcomes", [("organizations", 40, "count", "baseline"), ("organizations", 55, "count", "actual"),
                            ("sessions", 3, "times", "actual"), ("hires", 210, "person", "actual")]),
    (PROGRESS, "dated outcomes", [("organizations", 40, "count", "2021"), ("organizations", 55, "count", "2023"),
                                  ("sessions", 3, "times", "2024-06"), ("hires", 210, "person", "2024-06")]),
    (UNIT_HEADING, "budgets", [("total", 600000000, "2023/2026"), ("national", 300000000, "2023/2026"),
                               ("municipal", 300000000, "2023/2026"), ("total", 150000000, "2023"),
                               ("total", 150000000, "2024")]),
    (STAGES, "dated outcomes", [("wage", 8200, "krw", "2018-01/2018-12"), ("beneficiaries", 110, "person", "2018-01/2018-12"),
                                ("support-amount", 95000000, "krw", "2018-01/2018-12"),
                                ("wage", 9100, "krw", "2019-01/2019-12"), ("beneficiaries", 215, "person", "2019-01/2019-12"),
                                ("support-amount", 210000000, "krw", "2019-01/2019-12")]),
    (COMPARED, "dated outcomes", [("jobs-created", 5120, "person", "2014"), ("jobs-created", 8430, "person", "2018"),
                                  ("growth-rate", Decimal("64.65"), "percent", "2014/2018"),
                                  ("employment-rate", Decimal("55.2"), "percent", "2014"),
                                  ("employment-rate", Decimal("58.4"), "percent", "2018"),
                                  ("growth-rate", Decimal("5.80"), "percent", "2014/2018")]),
    (COMPARED, "outcomes", [("jobs-created", 5120, "person", "baseline"), ("jobs-created", 8430, "person", "actual"),
                            ("growth-rate", Decimal("64.65"), "percent", "actual"),
                            ("employment-rate", Decimal("55.2"), "percent", "baseline"),
                            ("employment-rate", Decimal("58.4"), "percent", "actual"),
                            ("growth-rate", Decimal("5.80"), "percent", "actual")]),
    (REPORT, "outcomes", [("employees", 30, "person", "actual"), ("participants", 200, "person", "actual"),
                          ("graduates", 150, "person", "actual"), ("organizations", 40, "count", "actual"),
                          ("organizations", 55, "count", "actual"), ("visitors", 9000, "person", "actual")]),
    (RECORD, "targets", [("organizations", 100, "count", "2023/2026"), ("organizations", 75, "count", "2024"), ("organizations", 88, "count", "2025"),
                         ("organizations", 100, "count", "2026"), ("employees", 450, "person", "2024"),
                         ("employees", 500, "person", "2025"), ("employees", 560, "person", "2026"),
                         ("organizations", 9, "count", "2024"), ("organizations", 11, "count", "2025")]),
    (SPLIT_HEADER, "budgets", [("total", 30000000, "2015"), ("national", 15000000, "2015"), ("provincial", 4500000, "2015"),
                               ("municipal", 7500000, "2015"), ("self-funded", 3000000, "2015"),
                               ("total", 20000000, "2017"), ("provincial", 8000000, "2017"),
                               ("municipal", 10000000, "2017"), ("self-funded", 2000000, "2017")]),
    (YEARS, "dated outcomes", [("organizations", 41, "count", "2019"), ("support-amount", 12300000000, "krw", "2019"),
                               ("participants", 95, "person", "2018"), ("participants", 40, "person", "2018-05"),
                               ("participants", 55, "person", "2018-06"), ("startups", 3, "count", "2016"),
                               ("startups", 8, "count", "2017"), ("startups", 11, "count", "2018"),
                               ("trainees", 61, "person", "2017"), ("graduates", 48, "person", "2017")]),
    # A figure's indicator word follows it without a comma between (교육 23명, 취업 17명).
    ("청주시 여성일자리\n□ 경력단절여성 취업 지원\n ❍ 품질관리 교육 과정 운영(교육 23명, 취업 17명)", "outcomes",
     [("trainees", 23, "person", "actual"), ("job-placements", 17, "person", "actual")]),
    (SUWON, "outcomes", [("sessions", 12, "times", "actual"), ("participants", 360, "person", "actual"),
                         ("teams", 5, "team", "actual"), ("support-amount", 40000000, "krw", "actual"),
                         ("revenue", 939000000, "krw", "actual"), ("employees", 29, "person", "actual"),
                         ("employees", 28, "person", "actual")]),
    ("여주시 사업\n□ 강천섬 명소화 사업\n ○ 총사업비 : 18,200백만원(국비 9,100 지방비 9,100)", "budgets",
     [("total", 18200000000, None), ("national", 9100000000, None), ("local", 9100000000, None)]),
    ("경산시 일자리\n□ 매년 일자리 목표 1만개 대비 150% 창출 - 14,739개 일자리", "targets",
     [("jobs-created", 10000, "count", None)]),
    ("경산시 일자리\n□ 매년 일자리 목표 1만개 대비 150% 창출 - 14,739개 일자리", "outcomes",
     [("jobs-created", 14739, "count", "actual")]),
    (DAMYANG, "targets", [("organizations", 5, "count", "2024"), ("organizations", 100, "count", "2026")]),
    (DAMYANG, "counts", [("village-enterprise", "organizations", 11)]),
    # Under a heading of how things stand (현황) a list of types with counts is the stock by type; a count of
    # social enterprises split into 인증 and 예비 counts each kind, and the whole mixes them (an outcome).
    (STOCK, "counts", [("social-enterprise", "organizations", 9), ("preliminary-social-enterprise", "organizations", 4),
                       ("village-enterprise", "organizations", 5), ("cooperative", "organizations", 38)]),
    (STOCK, "outcomes", [("organizations", 13, "count", "actual"), ("employees", 160, "person", "actual")]),
    ("□ 2025년 추진실적\n○ 마을기업 3개소, 협동조합 7개소 컨설팅 지원", "counts", []),
    # (예비)사회적기업 alone is both kinds together (an outcome); beside a count of 사회적기업 it is the preliminary ones.
    ("[무안=뉴스] 2023.05.19\n전라남도는 이번 지정으로 도내 (예비)사회적기업은 모두 401곳이 됐다고 밝혔다.", "counts", []),
    ("무안군 현황\n○ 사회적경제 현황 : 사회적기업 6개, (예비)사회적기업 4개", "counts",
     [("social-enterprise", "organizations", 6), ("preliminary-social-enterprise", "organizations", 4)]),
    # … and so is the whole a report says a type now comes to (마을기업은 모두 14곳이 됐다).
    ("[영양=뉴스] 2024.07.02\n영양군은 이번 지정으로 군내 마을기업은 모두 9곳이 됐다고 2일 밝혔다.", "counts",
     [("village-enterprise", "organizations", 9)]),
    # A sentence that breaks the budget just stated down by item gives each item's budget, not support paid.
    ("[영천=뉴스] 2024.03.05\n영천시의 올해 사회적경제 예산은 25억원이라고 5일 밝혔다. 사업별로는 마을기업 육성 "
     "3억원, 사회적경제 판로 지원 2억5천만원 등이다.", "budgets",
     [("total", 2500000000, "2024"), ("total", 300000000, "2024"), ("total", 250000000, "2024")]),
    # A change from one figure to another (지난해 1억9천만원에서 3억원으로): the date before the first is the first's,
    # the second takes the sentence's own year.
    ("[진주=뉴스] 2024.03.22\n진주시는 올해 센터 운영 예산이 지난해 2억1천만원에서 3억4천만원으로 늘었다고 22일 밝혔다.",
     "budgets", [("total", 210000000, "2023"), ("total", 340000000, "2024")]),
    # How far a pledge or a building has come (진행률, 공정률, 이행률) is a rate of achievement.
    # … also in a plan, where other figures are goals (목표 대비 84% is the achievement of the goal it follows).
    ("강릉시장 공약 추진상황\n공약명: 사회적경제 판로 확대\n이행기간: 2022~2026 | 추진상태: 정상추진 | 진행률: 57%",
     "outcomes", [("achievement-rate", 57, "percent", "actual")]),
    ("□ 복지관 건립\n ○ 추진상황: 2024. 3. 착공, 공정률 47%\n ○ 공약 이행률 : 72.5%", "outcomes",
     [("achievement-rate", 47, "percent", "actual"), ("achievement-rate", Decimal("72.5"), "percent", "actual")]),
    # A rate against a goal the line does not state (271개(목표 대비 90%)) is how far the figure before it came:
    # no figure, nor goal, of its own.
    ("양산시장 공약 이행\n추진실적: 자활기업 일자리 2022년 6월 186개 → 2025년 6월 271개(목표 대비 90%)", "targets", []),
    ("양산시장 공약 이행\n추진실적: 자활기업 일자리 2022년 6월 186개 → 2025년 6월 271개(목표 대비 90%)", "outcomes",
     [("jobs-created", 186, "count", "baseline"), ("jobs-created", 271, "count", "actual")]),
    # How often (매월 1회, 주1회, 반기별 4회), a bound on who qualifies (30인 이상 기업, 300명미만 기업) or a limit
    # (1,000㎡ 이상 증설 제한) and the parts a program is divided into (13개 사업, 5개 모델, 6개 단지) are no results.
    ("□ 청년 일자리 사업\n ○ 청년기획단 운영 : 30명(매월 1회 운영), 반기별 4회 간담회\n"
     " ○ 대상 : 근로자 30인 이상 기업, 300명미만 관내 기업\n ○ 공장건축 : 1,000㎡ 이상 증설 제한\n"
     " ○ 장애인 일자리 13개 사업, 4,652명 창출\n ○ 공동사업 5개 모델 발굴, 6개 단지 367개 기업 입주", "outcomes",
     [("participants", 30, "person", "actual"), ("jobs-created", 4652, "person", "actual"),
      ("organizations", 367, "count", "actual")]),
    # A whole, then its parts by type without their unit: each part is counted in the whole's unit.
    ("세종특별자치시 사회적경제\n□ 사회적경제기업 현황 (2024. 12. 31. 기준)\n ○ 총 310개소 : 사회적기업 41, 협동조합 240, "
     "마을기업 29", "counts", [("social-enterprise", "organizations", 41), ("cooperative", "organizations", 240),
                           ("village-enterprise", "organizations", 29)]),
    # Places (개소) counted where the line or its heading speaks of enterprises are bodies; premises run are
    # facilities.
    ("□ (예비)사회적기업 재정지원사업\n ❍ 일자리창출사업 : 인건비 일부 지원 / 7개소, 48명\n ❍ 상설매장 운영 (3개소 16개 기업)",
     "outcomes", [("organizations", 7, "count", "actual"), ("jobs-created", 48, "person", "actual"),
                  ("facilities", 3, "place", "actual"), ("organizations", 16, "count", "actual")]),
    # The word after a figure's 의 names it (40여명의 고용유발 효과); people under a 대상 field are whom a program is
    # for; people making up a body (구성현황) its members; an academy teaches; a change's bare start is counted in
    # its end's unit.
    ("□ 마을 협동조합 육성\n ❍ 연간 40여명의 고용유발 효과 예상\n ❍ 대    상 : 시 출자·출연기관 근로자 320명\n"
     " ❍ 구성현황 : 3개마을 120가구 250명 참여\n ❍ 사회적경제 아카데미 8회 45명\n ❍ 공유센터 운영 : 2 → 5개소", "outcomes",
     [("employment-inducement", 40, "person", "projection"), ("beneficiaries", 320, "person", "actual"),
      ("households", 120, "household", "actual"), ("members", 250, "person", "actual"),
      ("sessions", 8, "times", "actual"), ("trainees", 45, "person", "actual"),
      ("facilities", 2, "place", "baseline"), ("facilities", 5, "place", "actual")]),
    # A goal right after 목표 that was exceeded (318억원(목표 300억원 초과 달성)) is a goal with what was achieved.
    ("2024년 주요성과\n(2025. 2. 10. 세종특별자치시 사회적경제과)\n□ 2024년 주요성과\n"
     " ○ 사회적경제기업 제품 공공구매 : 218억원(목표 200억원 초과 달성)", "targets", [("revenue", 20000000000, "krw", "2024")]),
    # Goods worth a sum sold (5천3백만원어치가 팔렸다) are sales, no budget.
    ("[울산=뉴스] 2025.10.02\n울산 동구는 나눔장터를 연다. 지난해 장터에서는 이틀간 4천2백만원어치가 팔렸다.", "outcomes",
     [("revenue", 42000000, "krw", "actual")]),
    # Money by year written bare under the line that gives its unit.
    ("태백시장 공약 이행현황\n공약명 : 마을기업 20곳 육성\n재원조달 : 총 1,000백만원 (국비 300, 시비 700)\n"
     "  - 연도별 투자 : 2023년 200 / 2024년 300 / 2025년 500", "budgets",
     [("total", 1000000000, None), ("national", 300000000, None), ("municipal", 700000000, None),
      ("total", 200000000, "2023"), ("total", 300000000, "2024"), ("total", 500000000, "2025")]),
    # A type's count as of a date (사회적기업은 6월 말 기준 248곳이 돼): the place's stock of that type.
    ("[인천=뉴스] 2024.07.02\n이번 인증으로 인천의 사회적기업은 6월 말 기준 248곳이 돼 지난해보다 늘었다.", "counts",
     [("social-enterprise", "organizations", 248)]),
    # Sales summed (매출은 합계 …) are sales; people employed as regular staff are employees; what the body paid
    # itself (조합이 자체 부담했다) is self-funded.
    ("[대구=뉴스] 2025.02.10\n대구 달성군의 자활기업 7곳은 지난해 매출이 합계 41.6억원이다.", "outcomes",
     [("revenue", Decimal("4160000000"), "krw", "actual")]),
    ("[대구=뉴스] 2025.02.10\n㈜달성하우스케어는 기초생활수급자 14명을 정규직으로 고용하고 있다.", "owned outcomes",
     [("employees", 14, "㈜달성하우스케어")]),
    ("[군산=뉴스] 2024.05.12\n올해 리모델링에 든 7,200만원 가운데 4,800만원은 군산시가 지원했고 2,400만원은 조합이 자체 "
     "부담했다.", "budgets", [("total", 72000000, "2024"), ("municipal", 48000000, "2024"), ("self-funded", 24000000, "2024")]),
    # A budget broken down by program (사업별로는 …) takes the period of the budget it breaks down; the increase
    # over last year's (올해보다 6억원 늘어난) is no figure of its own.
    ("[안동=뉴스] 2024.12.19\n경북 안동시는 내년도 본예산에 사회적경제 분야 예산 40억원을 편성했다고 19일 밝혔다. 올해보다 "
     "5억원 늘어난 규모다.\n사업별로는 마을기업 육성 4억원, 공공구매 판로 지원 1억5천만원 등이다.", "budgets",
     [("total", 4000000000, "2025"), ("total", 400000000, "2025"), ("total", 150000000, "2025")]),
    # Work teams of a self-sufficiency program (2개사업단) are teams.
    ("□ 자활사업\n ○ 청년자립도전 자활사업단 운영(2개사업단 12명)", "outcomes",
     [("teams", 2, "team", "actual"), ("participants", 12, "person", "actual")]),
    # Bodies newly founded (신규 설립, 새로 설립) are started.
    ("[고양=뉴스] 2024.03.12\n지난해에는 협동조합 12곳이 새로 설립됐다.", "outcomes", [("startups", 12, "place", "actual")]),
    # What a body decided to do (…기로 했다) is a goal.
    ("[청주=뉴스] 2024.05.10\n충청북도는 공동 온라인몰 입점 기업을 올해 300곳으로 늘리기로 했다고 10일 밝혔다.", "targets",
     [("organizations", 300, "count", "2024")]),
    # A list of yearly figures ended by the word they count (2015년 52명, 2016년 38명 고용): each counts it.
    ("□ 청년 고용\n ⇒ 2015년 52명, 2016년 38명 고용", "outcomes", [("hires", 52, "person", "actual"),
                                                          ("hires", 38, "person", "actual")]),
    # Those who finished a course (교육 수료) graduated; those asked to attend (참석대상) take part.
    ("□ 찾아가는 사회적경제 교육\n ○ 교육대상 : 14개 읍면동 이·통장 478명 교육 수료\n ○ 참석대상 : 시민 300여명", "outcomes",
     [("graduates", 478, "person", "actual"), ("participants", 300, "person", "actual")]),
    # The people a body is made of (회원, 구성원) are its members.
    ("남원시 사회적경제\n○ 춘향골협동조합 회원 120명, 구성원 45명", "outcomes",
     [("members", 120, "person", "actual"), ("members", 45, "person", "actual")]),
    (JEONGEUP, "counts", [("social-enterprise", "organizations", 10), ("social-enterprise", "employees", 53),
                          ("village-enterprise", "organizations", 15), ("village-enterprise", "employees", 19)]),
    # A metropolitan city's 시비 is provincial money (its districts' 구비 municipal); 민간 출연 is private and
    # 기타 with its note other; a table's 국비 row under the 계 column is the national total, a 0 no budget.
    (METRO, "budgets", [("total", 35000000000, "2023/2026"), ("provincial", 12000000000, "2023/2026"), ("private", 20000000000, "2023/2026"),
                        ("other", 3000000000, "2023/2026")]),
    (DISTRICT, "budgets", [("total", 900000000, None), ("total", 500000000, "2024"),
                           ("total", 400000000, "2025"), ("national", 300000000, None),
                           ("national", 300000000, "2024"), ("provincial", 250000000, None),
                           ("provincial", 100000000, "2024"), ("provincial", 150000000, "2025"),
                           ("municipal", 350000000, None), ("municipal", 100000000, "2024"),
                           ("municipal", 250000000, "2025")]),
    # A heading or a field's label frames its figures: goals under 목표(2028년) (a figure in parentheses with its own
    # year is where it starts from), what was done under 추진실적 even in a plan.
    (FRAMED, "targets", [("organizations", 300, "count", "2030"), ("employees", 2000, "person", "2030"),
                         ("trainees", 150, "person", "2025")]),
    (FRAMED, "dated outcomes", [("organizations", 180, "count", "2024"), ("employees", 1320, "person", "2024"),
                                ("startups", 14, "team", "2025-06")]),
    # What was started is counted as started (신규 창업, 창업 2곳), a fund for it is not (창업자금 4개팀).
    (STARTED, "targets", [("participants", 90, "person", "2025"), ("startups", 3, "place", "2025")]),
    (STARTED, "dated outcomes", [("startups", 2, "place", "2024"), ("teams", 4, "team", "2024")]),
    # Money split by who the sentence says paid it; a state "현재 …" is of the report's year, not a goal.
    (PAID, "budgets", [("total", 240000000, "2023"), ("provincial", 200000000, "2023"),
                       ("self-funded", 40000000, "2023")]),
    (PAID, "dated outcomes", [("employees", 21, "person", "2024")]),
    # A table of enterprise types over two year-ends: counts by type in the bodies' unit, its 계 all the bodies,
    # its 증감 column no figures; workers of a type at a year's end.
    (TYPED, "counts", [("social-enterprise", "organizations", 20), ("social-enterprise", "organizations", 23),
                       ("village-enterprise", "organizations", 8), ("village-enterprise", "organizations", 7),
                       ("social-enterprise", "employees", 410)]),
    (TYPED, "outcomes", [("organizations", 28, "count", "baseline"), ("organizations", 30, "count", "actual")]),
    # All of a sum from one source: (군비 100%).
    ("홍천군 사회적경제\n□ 마을기업 판로 지원\n ○ 소요예산: 2,400만원(군비 100%)", "budgets",
     [("municipal", 24000000, None)]),
    # A percent the verb after it says grew or fell is a growth rate.
    ("[보령=뉴스] 2025.02.20\n보령시의 사회적기업 ㈜바다소금은 지난해 매출 12억원을 올려 전년보다 24% 성장했다.",
     "outcomes", [("revenue", 1200000000, "krw", "actual"), ("growth-rate", 24, "percent", "actual")]),
    # A plan's bare figures count what its pledge's title counts in the same unit.
    ("목포시장 공약 4\n공약명: 청년 협동조합 창업 60팀\n이행기간: 2023 ~ 2026\n"
     "연차별 목표: '23년 15팀 → '24년 30팀 → '26년 60팀", "targets",
     [("startups", 60, "team", "2023/2026"), ("startups", 15, "team", "2023"), ("startups", 30, "team", "2024"),
      ("startups", 60, "team", "2026")]),
    # A statement that ends in 계획 makes its figures goals, not one that states a goal after another statement.
    ("충주시 여성친화\n□ 여성친화기업 인증\n ∘ 2018년 신규인증 12개, 재인증 15개 계획\n ∘ 생활임금 : 8,250원 ‣ 2019년 9,000원 목표",
     "targets", [("organizations", 12, "count", "2018"), ("organizations", 15, "count", "2018"),
                 ("wage", 9000, "krw", "2019")]),
    # A ministry before a figure grants it: the money is the enterprise's, not the ministry's.
    ("정읍시 마을기업\n□ 마을기업 육성\n ○ 발굴 마을기업 : 농업회사법인 ㈜솔뫼들\n"
     "  - 2015년도 행정자치부 우수 마을기업 수상(인센티브 30백만원 지원)", "owned outcomes",
     [("support-amount", 30000000, "농업회사법인 ㈜솔뫼들")]),
    # A ceiling is no money spent, 1곳당 no count, a prize's money support received; shares in parentheses before
    # 증가 are growth rates.
    (PRIZE_AND_CAP, "budgets", [("total", 150000000, "2024")]),
    (PRIZE_AND_CAP, "outcomes", [("support-amount", 5000000, "krw", "actual"),
                                 ("growth-rate", Decimal("12.5"), "percent", "actual"),
                                 ("growth-rate", Decimal("8.1"), "percent", "actual")]),
    # A status line's 기준 year holds for what follows it; a count's parts in parentheses are figures of their own
    # when they add up to it (not 1차 5, 2차 7 of 20); premises counted with 개 are places.
    (AS_OF, "dated outcomes",
     [("job-placements", 140, "person", "2024"), ("job-placements", 35, "person", "2024"),
      ("facilities", 31, "place", "2024"), ("facilities", 22, "place", "2024"), ("facilities", 9, "place", "2024"),
      ("facilities", 12, "place", "2024"), ("employees", 6, "person", "2024"), ("employees", 4, "person", "2024"),
      ("employees", 2, "person", "2024"), ("participants", 20, "person", "2024")]),
    # A nationwide figure (전국 12곳 with its parts) is the country's, not the place's.
    ("[청양=뉴스] 2024.12.02\n충남 청양군이 '2024 사회적경제 활성화 평가'에서 우수상을 받았다. 올해 평가에서는 전국 "
     "12곳(대상 2, 최우수 4, 우수 6)이 상을 받았다. 군은 지난해 사회적기업 일자리 42개를 만들었다.", "outcomes",
     [("jobs-created", 42, "count", "actual")]),
    # Universities and institutes counted are organizations; vehicles a program runs are its facilities.
    ("안동시 청년 일자리\n□ 청년 창업 지원\n ○ 8개 대학과 40개의 연구소, 1,200개의 중소기업이 모인 도시\n"
     " ○ 청년창업 푸드트럭 운영(12대)", "outcomes",
     [("organizations", 8, "count", "actual"), ("organizations", 40, "count", "actual"),
      ("organizations", 1200, "count", "actual"), ("facilities", 12, "vehicle", "actual")]),
    # Under a section of plans, figures are goals, save what exists already; an attachment note is no figure.
    (PLANS, "targets", [("area", 450, "square-metre", None)]),
    (PLANS, "outcomes", [("visitors", 520000, "person", "actual"), ("area", 12000, "square-metre", "actual")]),
    # A count right after an enterprise type counts organizations of that type, on a line the PDF broke off too.
    ("김천시 사회적경제\nⅢ. 추진실적\n\n1. 사회적경제 현황 : 사회적기업 6개, 마을기업 3개,\n\n"
     "협동조합 41개, 사회적협동조합 : 4개 \n\n2. 사회적 일자리 확대 사업", "counts",
     [("social-enterprise", "organizations", 6), ("village-enterprise", "organizations", 3),
      ("cooperative", "organizations", 41), ("social-cooperative", "organizations", 4)]),
]


@pytest.mark.parametrize(("text", "family", "expected"), CASES)
def test_figures(records, text, family, expected):
    assert records(text, family) == expected

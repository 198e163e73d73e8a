"""The events part: (text, events as (type, date))."""

import pytest

from tests.relations.documents import REMARKS, YEARLY_PLAN


CASES = [
    ("수원시 사회적경제\n□ 공유경제 기반 마련\n ❍ 수원시 공유경제 활성화에 관한 조례 제정('16. 6. 14)\n"
     " ❍ 2016 제5회 사회적경제 한마당 개최 : 2016. 5. 28.(토)\n ❍ 창업아이디어 오디션 개최\n   ∙ 일 시 : 2016. 9. 21.",
     [("enactment", "2016-06-14"), ("festival", "2016-05-28"), ("competition", "2016-09-21")]),
    ("[원주=뉴스] 2024.05.20\n원주시는 지난 17일 사회적협동조합 다온과 업무협약을 맺었다. 다온은 2019년 설립됐다.",
     [("agreement", "2024-05-17"), ("founding", "2019")]),
    # The statement's last event word is what happened; a year only inside a quoted name dates nothing.
    ("정읍시 사회적경제\n□ 주요성과\n - 2019. 11. 도 사회적경제 박람회 우수기관 선정\n - 2020. 3. 행정안전부 공모 4개 사업 선정\n"
     " - 2021. 5. 인증심사위원회 개최 및 최종 선정",
     [("selection", "2019-11"), ("selection", "2020-03"), ("selection", "2021-05")]),
    ("[나주=뉴스] 2024.09.10\n나주시는 지난 5일 시청에서 사회적경제 정책 회의를 열었다. 시는 '2024년 우수 협동조합'으로 "
     "선정됐다.", [("meeting", "2024-09-05")]),
    ("□ 공장 현황\n ❍ 공장설립분야 규제 완화 (2016)\n ❍ 호매실 주민편의시설 내 1개소(2018년)", []),
    # A report's sentence that tells several dated things gives one event each; 지난해 11월 is last year's November;
    # "이번 대회" is the contest quoted before; a council passing an amended ordinance is the amendment.
    ("[안성=뉴스] 2024.04.10\n안성시의 한울돌봄사회적협동조합은 지난해 11월 창립총회를 거쳐 올해 2월 설립 인가를 받았으며, "
     "지난 5일 개소식을 열었다.",
     [("meeting", "2023-11"), ("certification", "2024-02"), ("opening", "2024-04-05")]),
    ("[김해=뉴스] 2023.10.27\n김해시의 ㈜달빛두부가 '2023 우수 마을기업 경진대회'에서 최우수상을 받았다. 행정안전부가 "
     "지난 25일 연 이번 대회에는 17개 기업이 올랐다. 김해시의회는 지난 13일 본회의에서 '사회적경제 지원 조례 일부개정조례안'을 "
     "통과시켰다.",
     [("competition", "2023-10-25"), ("amendment", "2023-10-13")]),
    # A plan's schedule tells what is to happen; its progress what has.
    ("김해시장 공약 이행계획\n공약명 : 김해시 사회적경제 지원센터 건립\n이행기간 : 2023. 1. ~ 2026. 6.\n추진 일정 : '25.下 착공, '26.下 준공\n"
     "추진상황 : 2024. 3. 부지 매입 완료, 2024. 5. 설계 공모 선정", [("selection", "2024-05")]),
    # A result report's date line is no event; its field dates the event its title names, not its section's word.
    ("「2024 고성 사회적경제 창업경진대회」 결과보고\n(2024. 9. 30. 일자리경제과)\n 1. 대회 개요\n"
     "  ○ 일시: 2024. 9. 24.(화) 14:00, 군청 대강당", [("competition", "2024-09-24")]),
    # 지난해 말 is the December of the year before the report's.
    ("[군산=뉴스] 2024.06.12\n조합은 지난해 말 주민 41명이 참석한 창립총회를 열었다.", [("meeting", "2023-12")]),
    # An award stated with its year is the award, dated to the month also a selection; a word a figure counts
    # (80명 교육), a unit (120여개소), a status date (2024년 현재) and a cited press report's date are no events.
    ("영주시 일자리\n□ 일자리 성과\n ❍ 2023년 일자리 추진 우수기관 선정 (경상북도)\n"
     " ❍ 2023. 11. 전국 일자리대상 우수기관 선정(고용노동부장관)\n□ 직업교육 운영\n"
     "2023년 ∘ 4개 과정 운영 ➡ 80명 교육, 71명 수료\n ❍ 판로 개척 : 120여개소(2024년 현재)\n"
     " ❍ 공동판매장 운영 언론보도(영주방송, 23.9.14.)", [("selection", "2023-11")]),
    # A founding on an approval (인가를 받아 설립됐으며) is two happenings on one date.
    ("[아산=뉴스] 2025.03.04\n조합은 2022년 5월 국토교통부의 인가를 받아 설립됐으며, 현재 조합원은 96명이다.",
     [("certification", "2022-05"), ("founding", "2022-05")]),
    # A line that is only a quoted title heads what follows though the line above runs on; a heading's year and
    # the day a line below gives are one happening, at its day.
    ("영주시 청년\n○ 청년 일자리 박람회 연계\n∙지역 대학 협력 사업의 일환으로\n『2023 영주 청년 취업 캠프』\n"
     "∙일시 장소 : 2023. 8. 17. / 영주문화회관", [("education", "2023-08-17")]),
    ("영주시 사회적경제\n 2023 제3회 사회적경제 한마당 개최\n\n ❍ 서천둔치(2023. 10. 7)에서 사회적경제 기업 및 \n\n"
     "    일반시민 등 참여\n\n ❍ 기업 판매부스 운영", [("festival", "2023-10-07")]),
    # An aside in brackets names the event again: the words outside it give its type, and the year of the bullet
    # and the days of the field below are one event.
    ("순천시 공동체\n▣ 공동체 활성화\n   ○ 2024 전남 마을기업 박람회(2024 공동체 한마당 행사) 유치\n"
     "     일    시 : 2024. 9. 27. ~ 9. 29. 예정", [("fair", "2024-09-27")]),
    # A council passing a bill as tabled (원안 가결) enacts it, or amends the ordinance when the bill amends one; a
    # report day alone after the news date line (3일 본회의에서) dates it.
    ("[광주=뉴스] 2025.09.04\n광주 서구의회는 3일 본회의에서 '광주광역시 서구 협동조합 육성 조례안'을 원안 가결했다고 "
     "4일 밝혔다.", [("enactment", "2025-09-03")]),
    ("[광주=뉴스] 2025.09.04\n광주 서구의회는 3일 본회의에서 '광주광역시 서구 협동조합 육성 조례 일부개정조례안'을 원안 "
     "가결했다고 4일 밝혔다.", [("amendment", "2025-09-03")]),
    ("[목포=뉴스] 2025.03.06\n목포시는 5일 자활기업 ㈜갯벌세탁 개업식을 열었다고 6일 밝혔다.", [("opening", "2025-03-05")]),
    # Approved, then founded, in a sentence that dates something else too; a place recognising a body as an
    # enterprise certifies it; 지난달 is the month before the report's; 개통 opens a platform.
    ("[통영=뉴스] 2025.07.03\n2019년 보건복지부의 인가를 받아 설립된 한산바다살림은 지난해 매출 9억원을 올렸다.",
     [("certification", "2019"), ("founding", "2019")]),
    ("[광주=뉴스] 2025.09.24\n광주 서구는 지난달 28일 ㈜상무세탁을 자활기업으로 인정했다고 24일 밝혔다.",
     [("certification", "2025-08-28")]),
    ("[울산=뉴스] 2025.10.02\n한편 강동빵집은 지난달 울산광역시가 연 '사회적경제 아이디어 공모전'에서 최우수상을 받았다.",
     [("competition", "2025-09")]),
    # A law's promulgation still to come (다음 달 공포와 함께 시행된다) has not happened; its passing has.
    ("[대구=뉴스] 2023.09.15\n대구 달서구의회는 지난 13일 본회의에서 '대구광역시 달서구 사회적경제 지원 조례 일부개정조례안'을 "
     "원안 가결했다고 15일 밝혔다. 조례는 다음 달 공포와 함께 시행된다.", [("amendment", "2023-09-13")]),
    # A body started (2022년 창업한 ㈜○○) is founded that year.
    ("[대구=뉴스] 2025.02.10\n2022년 창업한 집수리 자활기업 ㈜칠곡집수리는 지난해 매출 9억원을 올렸다.", [("founding", "2022")]),
    # Nothing happened where a designation failed, was not granted, is planned or prepared, or a plan was made; a
    # team set up in the office reorganizes it, a body set up is founded; 공사진행 is construction.
    ("김해시 사회적경제\n□ 추진경과\n ∘ 4월 : 새일센터 추가지정 추진 ⇒ 지정 제외\n ∘ 2015년 여성친화기업 인증 신청, 미 선정\n"
     " ∘ HACCP 인증 준비 중('17년도 인증 예정)\n ∘ '17. 11월 : 사회적경제지원센터 설치운영계획 확정\n"
     " ∘ '17. 9월 : 사회적경제지원센터 사무실 인테리어 공사진행\n ∘ 2017. 7월 지역공동체팀 신설\n"
     " ∘ 마을공동체사업단 신설 : 2013. 2. 8",
     [("construction", "2017-09"), ("reorganization", "2017-07"), ("founding", "2013-02-08")]),
    # In a pledge record, what its progress field reports happened, and so did a day gone by at the record's date.
    ("영월군수 공약 이행현황 (2025. 6. 30. 기준)\n공약명 : 영월 장터 조성\n이행기간 : 2022. 7. ~ 2026. 6.\n이행현황\n"
     "  - 영월 장터 개장(2024. 4. 12.)\n※ '영월 장터몰' 2025. 3. 3. 개통",
     [("opening", "2024-04-12"), ("opening", "2025-03-03")]),
    # A coming day (오는 20일 문을 연다) and a contract to run a thing; a day and month without a year in a report
    # of a known year; bodies listed by the year of what the label names; 지난 3월 (not the bare 3월 in it); bodies
    # counted as started, none named, found nothing.
    ("[동래=뉴스] 2025.02.10\n부산 동래구가 세운 '동래 청년창업 공유공간'이 오는 20일 문을 연다. 구는 공모를 거쳐 공간 "
     "운영을 맡을 수탁기관으로 온천골사회적협동조합을 선정하고 지난 7일 위·수탁 계약을 맺었다.",
     [("opening", "2025-02-20"), ("agreement", "2025-02-07")]),
    ("울주군 사회적경제 하반기 계획\n(2025. 7. 1. 울산광역시 울주군 일자리경제과)\n□ 하반기 추진계획\n"
     " ○ 군 주관 「제3회 울주 가치장터」 개최(9. 6. ~ 9. 7., 군청 광장)",
     [("fair", "2025-09-06")]),
    ("정선군 마을기업\n ○ 신규 지정 마을기업 : 2022년 아리랑손맛(주), 2023년 가리왕산영농조합법인",
     [("certification", "2022"), ("certification", "2023")]),
    ("[광명=뉴스] 2025.12.01\n광명시사회적경제지원센터가 운영하는 공유주방 '철산 나눔키친'은 지난 3월 문을 연 뒤 입주 기업 "
     "5곳이 매출 1억원을 올렸다.",
     [("opening", "2025-03")]),
    ("[계양=뉴스] 2025.12.04\n지난해 실제로 창업한 청년 협동조합은 3곳에 불과했다.", []),
    # The certification of the body 이 회사는 refers to, twice; a prize chosen by a body is an award, no selection;
    # a ceremony of handing over (전달식).
    ("[단양=뉴스] 2025.04.11\n충북 단양군의 ㈜소백산마늘은 어르신 20명이 일하는 식품 기업이다. 2022년 예비사회적기업으로 지정된 "
     "이 회사는 지난해 5월 고용노동부로부터 사회적기업 인증을 받았다.",
     [("certification", "2022"), ("certification", "2024-05")]),
    ("[정선=뉴스] 2025.10.02\n강원 정선군은 관내 ㈜아라리두부(대표 ○○○)가 강원특별자치도사회적경제지원센터가 주관한 '2025 강원 가치기업 시상'에서 "
     "대상인 강원특별자치도지사상을 받았다고 2일 밝혔다. 2022년에는 농림축산식품부가 선정한 '우수 농촌기업' 장려상을 받기도 했다.", []),
    ("[함안=뉴스] 2025.08.29\n경남 함안군은 27일 군청에서 예비사회적기업 지정서 전달식을 열었다고 28일 밝혔다.",
     [("meeting", "2025-08-27")]),
    # A report's fair or agreement dated by a year word alone is an edition or a deal recalled, not a dated event;
    # a day and month in brackets in a report of a known year dates what it follows.
    ("[양평=뉴스] 2025.05.02\n양평군은 오는 10일 '양평 가치장터'를 연다. 지난해 장터에는 1만여명이 다녀갔다.",
     [("fair", "2025-05-10")]),
    ("2025년 보은군 사회적경제 추진실적 보고\n(2025. 12. 10. 충청북도 보은군 경제과)\n□ 주요 성과\n"
     " ○ 행정안전부 「2025 마을기업 육성 평가」 우수기관 선정(11. 20.)\n ○ 보은농협과 「판로 협약」 체결(4. 8.)",
     [("selection", "2025-11-20"), ("agreement", "2025-04-08")]),
    # What an amendment did, after a colon (… 근거 신설), is no founding; a 창업학교 is teaching.
    ("2025년 영월군 사회적경제 성과\n(2025. 12. 5. 강원특별자치도 영월군 경제과)\n"
     " - 「영월군 사회적경제 육성 조례」 일부개정 (9. 3.) : 청년 창업 지원 근거 신설\n"
     " ○ 사회적경제 창업학교 운영(4. 1. ~ 5. 30.) : 18명 수료",
     [("amendment", "2025-09-03"), ("education", "2025-04-01")]),
    # Minutes dated in their first lines: 지난 9월 is of that year, 창업했습니다 a founding, a prize received in a month a
    # selection; 6명이 창업했습니다 counts people, no body founded.
    ("제301회 거창군의회 행정사무감사 회의록\n일시 : 2025년 11월 18일(화) 10시\n"
     "○ 경제과장 ○○○ : 수료생 20명 가운데 6명이 창업했습니다.\n"
     "○ 경제과장 ○○○ : 거창지역자활센터의 청소 사업단이 지난 9월 자활기업 '거창늘푸른청소'로 창업했습니다. 우리 군은 지난 "
     "5월 경상남도 '사회적경제 활성화 평가'에서 우수상을 받았습니다.",
     [("founding", "2025-09"), ("selection", "2025-05")]),
    # A designation counted (2개소 지정) is still a designation; chosen as the best body and given a prize on a day.
    (YEARLY_PLAN, [("certification", "2025-03-07")]),
    (REMARKS, [("selection", "2025-06-24")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_events(records, text, expected):
    assert records(text, "events") == expected

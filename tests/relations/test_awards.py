"""The awards part: (text, awards as (name, recipient, grantor, date))."""

import pytest

AWARD_TABLE = ("경상남도 보도자료\n배포 2025. 11. 27.(목)\n□ 경상남도는 26일 도청에서 '2025 경남 사회적경제 우수기업 평가' 시상식을 열었다고 27일 밝혔다.\n□ 수상 결과\n"
               "  부문\t순위\t시군\t수상자\t시상\n  기업\t대상\t하동군\t섬진강다원협동조합\t경상남도지사상\n  시군\t우수\t고성군\t고성군\t기관표창, 시상금 1천만원")

CASES = [
    ("이천시 일자리 성과\n□ 주요 성과\n ○ 2016년 규제개혁추진 실적 우수기관 선정 (경기도)\n"
     " ○ 2015 전국우수시장박람회 우수지자체 수상(중기청장상)\n ○ 지원대상 : 5팀 (대상 1, 최우수 2, 우수 2)",
     [("규제개혁추진 실적 우수기관", "이천시", "경기도", "2016"),
      ("전국우수시장박람회 우수지자체", "이천시", "중기청", "2015")]),
    ("[춘천=강원일보] 2024.06.14\n춘천시의 사회적협동조합 봄내돌봄이 지난 12일 열린 '제3회 강원 소셜임팩트 어워드'에서 "
     "대상을 받았다. 춘천시는 관내 사회적경제기업 30곳을 대상으로 컨설팅을 지원한다.",
     [("제3회 강원 소셜임팩트 어워드 대상", "사회적협동조합 봄내돌봄", None, "2024-06")]),
    ("[김해=경남신문] 2023.10.27\n김해시의 가야손두부(주)가 '2023 우수 마을기업 경진대회'에서 최우수상(행정안전부장관상)을 "
     "수상했다.",
     [("우수 마을기업 경진대회 최우수상", "가야손두부(주)", "행정안전부", "2023")]),
    ("□ 수상 실적\n ○ 2016. 경상북도 투자 유치 대상 수상 : 동일가구, ㈜효림산업\n ○ 2017년 마을기업 공모 선정",
     [("경상북도 투자 유치 대상", "㈜효림산업", "경상북도", "2016"), ("경상북도 투자 유치 대상", "동일가구", "경상북도", "2016")]),
    # A prize as the sentence's topic, its winners after it (the places before them only locate them); a title
    # written apart from its body; an honour in quotes.
    ("[세종=뉴스] 2024.11.20\n행정안전부는 지난 19일 '2024 마을기업 한마당' 시상식을 열었다. 대통령 표창은 "
     "안동의 ㈔하회나눔과 청주 두레밥상협동조합이, 국무총리 표창은 ㈜섬마을이 받았다.",
     [("대통령 표창", "㈔하회나눔", "대통령", "2024"), ("대통령 표창", "두레밥상협동조합", "대통령", "2024"),
      ("국무총리 표창", "㈜섬마을", "국무총리", "2024")]),
    ("[순천=뉴스] 2023.12.01\n전남 순천시가 '2023 사회적경제 정책평가'에서 고용노동부 장관상을 받는다. "
     "순천의 '푸른숲 협동조합'은 행정안전부의 '2023년 우수마을기업'으로 선정됐다.",
     [("사회적경제 정책평가 고용노동부 장관상", "순천시", "고용노동부", "2023"),
      ("우수마을기업", "푸른숲 협동조합", "행정안전부", "2023")]),
    # The body that gives the prizes (수여했다) is their grantor; each goes to the name before 에.
    ("[강릉=뉴스] 2024.12.02\n강릉사회적경제재단은 지난달 29일 제2회 강릉 가치기업상 시상식을 열고 ㈜솔향공방에 "
     "대상을, 연곡마을영농조합법인에 우수상을 수여했다.",
     [("대상", "㈜솔향공방", "강릉사회적경제재단", "2024-11"),
      ("우수상", "연곡마을영농조합법인", "강릉사회적경제재단", "2024-11")]),
    # A result report's prizes take its title's year; a prize in parentheses after a rank is that rank's.
    ("「2024 양산 사회적경제 창업경진대회」 결과보고\n 1. 시상 결과\n  ○ 대상(양산시장상, 상금 300만원): "
     "물금청년협동조합\n  ○ 우수상(양산상공회의소 회장상, 상금 100만원): ㈜통도솜씨",
     [("대상", "물금청년협동조합", None, "2024"), ("우수상", "㈜통도솜씨", None, "2024")]),
    # The body whose evaluation it is (X의 … 평가에서) gives the grade; the award's name starts after it.
    ("[김포=뉴스] 2024.03.02\n김포시는 한국지방행정연구원의 일자리 정책 평가에서 최우수 등급을 받았다.",
     [("일자리 정책 평가 최우수 등급", "김포시", "한국지방행정연구원", "2024")]),
    ("이천시 일자리\n□ 성과\n ○ 대한상공회의소의 전국규제지도 경제활동친화성 평가 최우수 등급",
     [("전국규제지도 경제활동친화성 평가 최우수 등급", "이천시", "대한상공회의소", None)]),
    # A roundup by field (▲ field, prize, winner): the name right after each prize won it. The dateline's city is
    # where the report was filed; the province that speaks is what it is about.
    ("[청주=충북뉴스] 2024.11.15\n충청북도는 14일 열린 '2024 사회적경제 유공 시상식'에서 도내 기업들이 포상 3건을 "
     "받았다고 15일 밝혔다.\n▲사회적기업 부문 국무총리 표창 ㈜단양온마을 ▲마을기업 부문 행정안전부 장관 표창 "
     "괴산솔뫼영농조합법인 ▲협동조합 부문 기획재정부 장관 표창 옥천나눔협동조합이 각각 상을 받았다.",
     [("국무총리 표창", "㈜단양온마을", "국무총리", "2024"),
      ("행정안전부 장관 표창", "괴산솔뫼영농조합법인", "행정안전부", "2024"),
      ("기획재정부 장관 표창", "옥천나눔협동조합", "기획재정부", "2024")]),
    ("[청주=충북뉴스] 2024.12.20\n충청북도가 일자리 정책 성과를 인정받았다고 20일 밝혔다. 도는 '2024 지방자치 일자리 "
     "정책평가'에서 대상을 받았다.",
     [("지방자치 일자리 정책평가 대상", "충청북도", None, "2024")]),
    # The prize that came with an honour or a rank (…로 선정돼 기관표창을, … 1위에 올라 고용노동부 장관상을) is
    # one award with it: a generic prize ends its name, a titled one gives its grantor.
    ("[청주=뉴스] 2024.11.05\n충북 괴산군이 행정안전부 주관 '2024년 마을기업 육성 우수 지자체'로 선정돼 기관표창을 받는다.",
     [("마을기업 육성 우수 지자체 기관표창", "괴산군", "행정안전부", "2024")]),
    ("[전주=뉴스] 2023.11.10\n전북 익산시가 '2023 사회적경제 정책평가'에서 종합 1위에 올라 고용노동부 장관상을 받는다.",
     [("사회적경제 정책평가 1위", "익산시", "고용노동부", "2023")]),
    # An enterprise named once with its legal form and then without it is the same topic that won.
    ("[포항=뉴스] 2025.10.02\n포항시는 '해맞이 장터'를 연다고 2일 밝혔다. 사회적협동조합 호미곶빵집 등 5곳이 참가한다.\n"
     "한편 호미곶빵집은 지난달 경상북도가 연 '사회적경제 아이디어 공모전'에서 우수상을 받았다.",
     [("사회적경제 아이디어 공모전 우수상", "사회적협동조합 호미곶빵집", "경상북도", "2025-09")]),
    # A report issued by a province's office is the province's own (its cities named below are not the winner);
    # the body before the quoted scheme gives the award, which is the scheme's rank.
    ("2024년 사회적경제 주요성과\n(2025. 2. 10. 제주특별자치도 사회적경제과)\n□ 사회적경제기업 현황\n"
     " - 행정시별 : 제주시 503개소, 서귀포시 221개소\n□ 2024년 주요성과\n"
     " ○ 고용노동부 '사회적기업 육성 우수 지자체' 평가 장려상 수상",
     [("사회적기업 육성 우수 지자체 장려상", "제주특별자치도", "고용노동부", "2024")]),
    # A rank with a spaced honour (최우수 기관), then the prize that came with it: one award, given by the title.
    ("[홍성=뉴스] 2024.12.10\n충남 홍성군이 행정안전부가 주관한 '2024 마을기업 육성 평가'에서 최우수 기관에 이름을 올려 "
     "대통령 표창을 거머쥐었다.",
     [("마을기업 육성 평가 최우수 기관 대통령 표창", "홍성군", "대통령", "2024")]),
    # A headline restates the award the body states (it is read once, from the body).
    ("[진안=뉴스] 2025.10.10\n진안군, 마을기업 평가 '최우수'…장관상 받아\n전북 진안군이 행정안전부가 주관한 '2025 마을기업 "
     "육성 평가'에서 최우수 기관으로 선정돼 행정안전부 장관상을 받았다고 10일 밝혔다.",
     [("마을기업 육성 평가 최우수 기관", "진안군", "행정안전부", "2025")]),
    # A rank in apposition with its prize (대상인 …지사상: the title gives it); the body that chose a prize (…이 선정한)
    # gives it, and a sentence without a subject speaks of the enterprise the report is about.
    ("[정선=뉴스] 2025.10.02\n강원 정선군은 관내 ㈜아라리두부(대표 ○○○)가 강원특별자치도사회적경제지원센터가 주관한 '2025 강원 가치기업 시상'에서 "
     "대상인 강원특별자치도지사상을 받았다고 2일 밝혔다. 2022년에는 농림축산식품부가 선정한 '우수 농촌기업' 장려상을 받기도 했다.",
     [("강원 가치기업 시상 대상", "㈜아라리두부", "강원특별자치도", "2025"), ("우수 농촌기업 장려상", "㈜아라리두부", "농림축산식품부", "2022")]),
    # A quoted scheme before 심사에서 is no award of its own; the rank the enterprise was chosen as, with its prize;
    # the scheme's count of winners nationwide is no award to the place.
    ("[보은=뉴스] 2025.10.24\n보은 속리산마을, 행안부 우수마을기업 '최우수'…대추 가공으로 마을 살려\n충북 보은군은 주민들이 세운 "
     "마을기업 속리산대추마을영농조합법인(대표 ○○○)이 행정안전부의 '2025년 우수마을기업' 심사에서 최우수 기업으로 뽑혀 행정안전부 "
     "장관상을 받았다고 24일 밝혔다. 보은군사회적경제지원센터는 제품 포장과 온라인 판로 컨설팅을 맡아 왔다. 올해 "
     "우수마을기업에는 전국에서 20곳이 선정됐다.",
     [("우수마을기업 최우수 기업", "속리산대추마을영농조합법인", "행안부", "2025")]),
    # A prize's title in square brackets after it (대상[경상남도지사 표창]) names who gave it, and is no award of its
    # own; a headline that closes on a quote after an ellipsis is a headline (the body says it again); a rank with
    # its prize in brackets, 최우수(충청남도지사상), is an award.
    ("[합천=뉴스] 2025.11.21\n합천 묘산면 마을기업, 경남 경진대회서 대상…\"산나물 장아찌로 일자리 지켰다\"\n경남 합천군은 "
     "묘산면 주민들이 세운 묘산산채영농조합법인이 지난 19일 열린 '2025 경남 마을기업 한마당'에서 대상[경상남도지사 표창]을 "
     "받았다고 21일 밝혔다.",
     [("경남 마을기업 한마당 대상", "묘산산채영농조합법인", "경상남도", "2025")]),
    ("2025년 부여군 사회적경제 성과\n(2025. 12. 5. 충청남도 부여군 경제과)\n"
     " - 백마강두레사회적협동조합, 「2025 충남 사회적경제 우수기업」 최우수(충청남도지사상) 수상 (10. 30.)",
     [("2025 충남 사회적경제 우수기업 최우수", "백마강두레사회적협동조합", "충청남도", "2025")]),
    # A table of winners: the scheme quoted above with each row's rank, the winner's cell, the prize's title.
    (AWARD_TABLE, [("경남 사회적경제 우수기업 평가 대상", "섬진강다원협동조합", "경상남도", "2025"),
                   ("경남 사회적경제 우수기업 평가 우수", "고성군", None, "2025")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_awards(records, text, expected):
    assert records(text, "awards") == expected

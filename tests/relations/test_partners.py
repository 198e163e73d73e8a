"""The partners part: (text, partnerships as (of, partner, roles))."""

import pytest

CASES = [
    ("□ 청년 협동조합 육성 사업\n ○ 운영기관 : 강원대학교\n ○ 한국수자원공사와 업무협약 체결(2017. 5. 2.)",
     [("청년 협동조합 육성 사업", "강원대학교", ("operator",)),
      ("청년 협동조합 육성 사업", "한국수자원공사", ("agreement-partner",))]),
    ("□ 사회적기업 육성 지원\n ○ 발굴 사회적기업 : ㈜다솜누리\n ○ 국제통신공업(주) : 기술 및 자본 투자\n"
     " ○ 남양주시 : 사회적기업 컨설팅, 재정지원 등 행정지원",
     [("㈜다솜누리", "국제통신공업(주)", ("technology-provider", "investor")),
      ("㈜다솜누리", "남양주시", ("consulting", "financial-support", "administrative-support"))]),
    ("□ 여성 일자리 지원 사업\n ○ 청주여성새로일하기센터(2009. 2. 고용노동부, 여성가족부 지정)",
     [("청주여성새로일하기센터", "고용노동부", ("certifier",)), ("청주여성새로일하기센터", "여성가족부", ("certifier",))]),
    ("[안동=경북신문] 2024.03.05\n안동시는 지난 4일 안동시사회적경제지원센터, 경북신용보증재단과 "
     "'사회적경제기업 판로지원 업무협약'을 체결했다.",
     [("사회적경제기업 판로지원 업무협약", name, ("agreement-partner",))
      for name in ("안동시", "안동시사회적경제지원센터", "경북신용보증재단")]),
    # The body that holds what is quoted organizes it; bodies joined by 과 share the part their clause ends on;
    # "이번 박람회" is the fair quoted before.
    ("[보성=뉴스] 2024.08.20\n전남 보성군은 다음 달 '제2회 보성 사회적경제 박람회'를 연다. 보성군사회적경제협의회가 "
     "주관하고 보성군과 보성녹차연구소가 후원하는 이번 박람회에는 30개 기업이 참여한다.",
     [("제2회 보성 사회적경제 박람회", "보성군", ("organizer",)),
      ("제2회 보성 사회적경제 박람회", "보성군사회적경제협의회", ("organizer",)),
      ("제2회 보성 사회적경제 박람회", "보성군", ("funder",)),
      ("제2회 보성 사회적경제 박람회", "보성녹차연구소", ("funder",))]),
    # The bodies a council is formed of are its members; a venue is a body that lends its premises.
    ("장흥군 관광\n□ 탐진강 명소화 사업\n ❍ 장흥군과 전라남도, 한국농어촌공사, 장흥문화재단이 함께하는 "
     "“탐진강 명소화 협의회” 구성\n ❍ 장    소 : 장흥군청소년수련관 대강당",
     [("탐진강 명소화 협의회", name, ("governance-member",))
      for name in ("장흥군", "전라남도", "한국농어촌공사", "장흥문화재단")] +
     [("탐진강 명소화 사업", "장흥군청소년수련관", ("facility-provider",))]),
    # Bullets under a line about one body's part are more parts of it; a topic handled by a body (and the ones in
    # its parenthesis); a list of bodies through which something is done.
    ("□ 사회적기업 설립 지원\n ○ ㈜온누리소재 설립 : 2015. 3. 2.\n○ 한국정밀(주)의 포장 기술에 대한 무상지원\n"
     "- 근로자 역량강화를 위한 정기 기술교육\n- 일감제공을 통한 운영 지원\n"
     "○ 취약계층 채용 및 추천은 구미시(구미시희망복지센터 등)에서 담당\n"
     "- 구미시, 자활센터, 구미고용복지센터 등을 통해 취약계층을 추천",
     [("㈜온누리소재", "한국정밀(주)", ("technology-provider",)), ("㈜온누리소재", "한국정밀(주)", ("training",)),
      ("㈜온누리소재", "한국정밀(주)", ("work-provider",)),
      ("㈜온누리소재", "구미시", ("worker-referral",)), ("㈜온누리소재", "구미시희망복지센터", ("worker-referral",)),
      ("㈜온누리소재", "구미시", ("worker-referral",)), ("㈜온누리소재", "구미고용복지센터", ("worker-referral",))]),
    # A body's call for proposals funds what it selects; what a body is (인증 사회적기업이고) is no part it plays.
    ("[영주=뉴스] 2024.07.02\n경북 영주시가 행정안전부의 '지역 사회적경제 판로혁신 공모사업'에 선정돼 국비 5천만원을 "
     "확보했다. ㈜소백나눔은 인증 사회적기업이고 영주시사회적경제지원센터가 교육을 맡는다.",
     [("지역 사회적경제 판로혁신 공모사업", "행정안전부", ("funder",)),
      ("㈜소백나눔", "영주시사회적경제지원센터", ("training",))]),
    # An agreement binds both parties (the venue is none); one to run a thing makes the party its operator. The
    # place's short form (군은) is the report's place.
    ("[영월=뉴스] 2024.02.14\n강원 영월군이 군립 공유주방을 지역 협동조합에 맡긴다. 군은 지난 13일 군청 소회의실에서 "
     "'동강나눔협동조합'과 공유주방 위탁운영 협약을 맺었다.",
     [("동강나눔협동조합", "영월군", ("agreement-partner",)),
      ("영월군", "동강나눔협동조합", ("agreement-partner", "operator"))]),
    # The body a certification came from; a list of participants of the fair quoted before.
    ("[논산=뉴스] 2024.09.03\n논산시는 '2024 논산 가치장터'에 나설 기업 4곳을 정했다. 참여 기업은 ㈜강경젓갈마을, "
     "연무들녘협동조합, 유한회사 탑정호이다. 연무들녘협동조합은 지난해 농림축산식품부로부터 설립 인가를 받았다.",
     [("2024 논산 가치장터", "㈜강경젓갈마을", ("participant",)),
      ("2024 논산 가치장터", "연무들녘협동조합", ("participant",)),
      ("2024 논산 가치장터", "유한회사 탑정호", ("participant",)),
      ("연무들녘협동조합", "농림축산식품부", ("certifier",))]),
    # A body's own part in a sentence that quotes nothing is its part in what was quoted before; a body's
    # '(주최 …)' is its own, not the part of the name before the parenthesis.
    ("[청양=뉴스] 2024.04.22\n청양군은 지난 19일 청양사회적경제협의회, 충남사회경제연구원과 '청년 사회적경제 "
     "창업 지원 업무협약'을 맺었다. 충남사회경제연구원은 창업팀의 경영 컨설팅을 맡는다. 이 가운데 ㈜칠갑누리는 "
     "'제5회 충남 소셜벤처 경연'(주최 충남사회적경제진흥원)에서 장려상을 받았다.",
     [("청년 사회적경제 창업 지원 업무협약", "청양군", ("agreement-partner",)),
      ("청년 사회적경제 창업 지원 업무협약", "청양사회적경제협의회", ("agreement-partner",)),
      ("청년 사회적경제 창업 지원 업무협약", "충남사회경제연구원", ("agreement-partner",)),
      ("청년 사회적경제 창업 지원 업무협약", "충남사회경제연구원", ("consulting",))]),
    # A pledge record with no title field: its headline names the pledge and the program; the program's
    # agreement is signed by its place.
    ("청양군수 공약 ③ 농촌 공동체 돌봄센터 운영\n- 이행기간: 2023. 1. ~ 2026. 6.\n"
     "- 이행상황: 2024년 3월 '칠갑돌봄사회적협동조합'과 위탁협약 체결",
     [("농촌 공동체 돌봄센터 운영", "칠갑돌봄사회적협동조합", ("agreement-partner", "operator")),
      ("칠갑돌봄사회적협동조합", "청양군", ("agreement-partner",)),
      ("청양군", "칠갑돌봄사회적협동조합", ("agreement-partner",))]),
    # A quoted enterprise type is a designation, not a program with a certifier; what a body is (인증
    # 사회적기업이고,) is no part it plays.
    ("[홍성=뉴스] 2024.06.30\n충남도는 '2024년 제2차 충남형 예비사회적기업'으로 9개 기업을 지정했다. 이 가운데 "
     "㈜내포숲과 ㈔예산나눔은 인증 사회적기업이고, 나머지는 새로 문을 연 기업이다.", []),
    # Parties listed in parentheses, and the place that signs written as 군은.
    ("[남해=뉴스] 2024.06.11\n경남 남해군이 지역 금융기관과 손잡았다. 군은 지난 10일 2개 기관(남해군사회적경제지원센터, "
     "창선새마을금고)과 '남해 사회적경제 상생금융 업무협약'을 맺었다.",
     [("남해 사회적경제 상생금융 업무협약", name, ("agreement-partner",))
      for name in ("남해군사회적경제지원센터", "창선새마을금고", "남해군")]),
    # A pledge's own partners: the body it is entrusted to (…에 위탁 운영) runs it; its agreements bind its place.
    ("대전광역시 유성구청장 공약 실천계획\n공약명 : 유성 마을상점 육성\n이행기간 : 2022. 7. ~ 2026. 6.\n"
     "주요내용 : 공동 판매점 설치, 유성구사회적경제지원센터에 위탁 운영\n추진실적 :\n"
     " - 2024. 5. 유성농업협동조합과 판로 협약 체결",
     [("유성 마을상점 육성", "유성구사회적경제지원센터", ("operator",)),
      ("유성 마을상점 육성", "유성농업협동조합", ("agreement-partner",)),
      ("유성농업협동조합", "유성구", ("agreement-partner",)),
      ("유성구", "유성농업협동조합", ("agreement-partner",))]),
    # What public bodies did: designated or registered something (the name after the word, else the clause's
    # topic) and paid for it (the topic, else the program quoted after the money).
    ("곡성군 마을기업\n□ 마을기업 육성\n ❍ 햇살영농조합법인은 2015년 행정안전부 지정 마을기업으로, 전라남도, 곡성군의 "
     "재원으로 가공시설을 갖춤\n ❍ 고용노동부 인증 사회적기업 ㈜다온누리와 협력",
     [("햇살영농조합법인", "행정안전부", ("certifier",)), ("햇살영농조합법인", "전라남도", ("funder",)),
      ("햇살영농조합법인", "곡성군", ("funder",)), ("㈜다온누리", "고용노동부", ("certifier",))]),
    ("[곡성=뉴스] 2024.05.02\n곡성군은 고용노동부 인증 사회적기업인 ㈜새날푸드가 전라남도의 지원을 받아 공장을 지었다고 "
     "2일 밝혔다.", [("㈜새날푸드", "고용노동부", ("certifier",)), ("㈜새날푸드", "전라남도", ("funder",))]),
    ("[진안=뉴스] 2024.03.11\n진안군은 행정안전부 예산으로 '마을기업 성장 지원사업'을 추진한다고 11일 밝혔다.",
     [("마을기업 성장 지원사업", "행정안전부", ("funder",))]),
    # A link (연계) through which a body plays a part of its own names that part; 등 복지기관과: the kind of body.
    ("영주시 사회적기업\n□ 근로자 복지\n ○ 발굴 사회적기업 : ㈜새빛누리\n○ 영주시노인복지관 등 복지기관과 연계하여 "
     "직원들의 직무교육 실시", [("㈜새빛누리", "영주시노인복지관", ("training",))]),
    # A bullet goes on in the indented line below that says what was done (협약 체결); a place that signs an
    # agreement to run a thing entrusts it, it does not run it.
    ("안산시 사회적경제\n□ 시민햇빛발전 협동조합 육성\n ❍ 발굴 협동조합 : 안산시민 햇빛발전 협동조합\n ❍ 성  과\n\n"
     "  ▸ 안산시와 시민햇빛발전소 건립 운영\n\n     협약 체결(‘15. 03.)\n\n  ▸ 시민햇빛발전소 1호기 건립",
     [("안산시", "안산시민 햇빛발전 협동조합", ("agreement-partner",)),
      ("안산시민 햇빛발전 협동조합", "안산시", ("agreement-partner",))]),
    # A short report that opens on an enterprise as its topic is about it: 조합은 is that enterprise, and the body
    # whose approval it got is its certifier; a local 농협 is a body.
    ("[아산=뉴스] 2025.03.04\n충남 아산시의 온양마을관리사회적협동조합은 오는 12일 아산농협과 '마을 돌봄 협력 업무협약'을 "
     "맺는다. 조합은 2022년 5월 국토교통부의 인가를 받아 설립됐으며, 현재 조합원은 96명이다.",
     [("마을 돌봄 협력 업무협약", "온양마을관리사회적협동조합", ("agreement-partner",)),
      ("마을 돌봄 협력 업무협약", "아산농협", ("agreement-partner",)),
      ("온양마을관리사회적협동조합", "국토교통부", ("certifier",))]),
    # A settlement (합의) between two parties is an agreement, both ways.
    ("영천시 사회적기업\n□ 민관협력 사회적기업 육성\n○ 영천시(시장 ○○○)와 대한정밀(주)(대표자 : ○○○)의 취약계층 "
     "고용을 위한 기업 설립 합의",
     [("대한정밀(주)", "영천시", ("agreement-partner",)), ("영천시", "대한정밀(주)", ("agreement-partner",))]),
]

# Venues: the body an event was held at provides the premises (a hall of it, a date in brackets, 에서 and a verb of
# holding; or a 장소 field under the event's own bullet); a place is where, not whose premises.
CASES += [
    ("□ 청년 창업 지원\n ❍ 2024 청년 창업아이디어 경진대회 개최\n   ∙ 춘천시청소년수련관 대강당(2024. 9. 12)에서 개최",
     [("2024 청년 창업아이디어 경진대회", "춘천시청소년수련관", ("facility-provider",))]),
    ("춘천시 일자리 행사 결과\n□ 『청년 일자리』 채용 박람회\n ○ 일  시 : 2024. 4. 18\n ○ 장  소 : 한림대학교",
     [("청년 일자리 채용 박람회", "한림대학교", ("facility-provider",))]),
    ("[안동=뉴스] 2024.05.02\n안동시는 오는 10일 안동대학교 체육관에서 '2024 사회적경제 한마당'을 개최한다.",
     [("2024 사회적경제 한마당", "안동대학교", ("facility-provider",)),
      ("2024 사회적경제 한마당", "안동시", ("organizer",))]),
    ("[원주=뉴스] 2024.05.02\n'2024 원주 사회적경제 박람회'가 오는 10일부터 이틀간 상지대학교 대강당에서 열린다.",
     [("2024 원주 사회적경제 박람회", "상지대학교", ("facility-provider",))]),
    ("[안동=뉴스] 2024.05.02\n'2024 사회적경제 한마당'은 안동시에서 개최된다.", []),
    ("[강릉=뉴스] 2025.05.02\n강릉시는 오는 9일 가톨릭관동대학교 대학본관 대강당에서 '강릉 가치장터'를 연다.",
     [("강릉 가치장터", "가톨릭관동대학교", ("facility-provider",)), ("강릉 가치장터", "강릉시", ("organizer",))]),
]
# Participants named before 등 and the count that takes part (the event quoted before), while the rest of the
# sentence gives other bodies their parts; a body in brackets after 위탁: runs what is before it; a body run by
# another written right before 위탁 운영; a later clause of a line that opens on a body and 와/과.
CASES += [
    ("[속초=뉴스] 2025.05.02\n속초시는 오는 9일 '속초 바다장터'를 연다. 행사에는 사회적협동조합 갯배나눔, 청호동협동조합 등 "
     "19개 기업이 참여하며, 속초시사회적경제지원센터가 운영을 맡는다.",
     [("속초 바다장터", "속초시", ("organizer",)), ("속초 바다장터", "사회적협동조합 갯배나눔", ("participant",)),
      ("속초 바다장터", "청호동협동조합", ("participant",)), ("속초 바다장터", "속초시사회적경제지원센터", ("operator",))]),
    ("2025년 자활사업 추진현황\n충청북도 음성군 복지정책과\n□ 지역자활센터 운영\n ○ 음성지역자활센터(위탁: 사회복지법인 "
     "꽃동네복지재단)", [("음성지역자활센터", "사회복지법인 꽃동네복지재단", ("operator",))]),
    ("경상북도 상주시장 공약 이행계획서\n공약명\t상주형 사회적경제 일자리 300개\n이행기간\t2022. 7. ~ 2026. 6.\n"
     "주요내용\t인건비 지원, 상주시사회적경제지원센터 위탁 운영, 경북대학교와 창업보육 협력",
     [("상주형 사회적경제 일자리 300개", "상주시사회적경제지원센터", ("operator",)),
      ("상주형 사회적경제 일자리 300개", "경북대학교", ("collaborator",))]),
    # A body on a line the PDF carried the sentence onto plays its part there too.
    ("□ 섬진강 생태공원 조성\n❍ 하천시설의 안전한 관리를 위해 국가하천 관리 주체인 \n국토교통부와 긴밀한 협업 체계를 구축",
     [("섬진강 생태공원 조성", "국토교통부", ("collaborator",))]),
]

# Every program a call names in a list of quotes (which may break over a line) is funded by it; so is the
# program of the heading when the body's call was applied to (사업 응모 및 선정). Two acts of a body joined by 및 are
# both its parts; a body listed with a kind of body (시·복지기관의) acts; each body of a list an order was
# taken from provides work; a body that runs a program it quotes is its operator.
CASES += [
    ("□ 청년 창업 지원\n - 2016. 3. 중소벤처기업부 사업 응모 및 선정\n"
     " - 2017. 5. 행정안전부 공모 '마을공방 육성사업', '청년 \n  마을기업 지원사업' 선정",
     [("청년 창업 지원", "중소벤처기업부", ("funder",)), ("마을공방 육성사업", "행정안전부", ("funder",)),
      ("청년 마을기업 지원사업", "행정안전부", ("funder",))]),
    ("□ 청년 직업훈련 운영\n - 2016. 4. 경북새일본부 협약 및 사업비지급",
     [("청년 직업훈련 운영", "경북새일본부", ("agreement-partner", "funder"))]),
    ("□ 사회적기업 육성\n ○ 발굴 사회적기업 : ㈜새솔\n○ 근로자 채용 시 전주시·복지기관의 추천을 통해 인력 충원",
     [("㈜새솔", "전주시", ("worker-referral",))]),
    ("□ 관광 안내책자 발간\n ○ 발굴 사회적기업 : ㈜여행공방\n ▸ 전주시, 전주문화재단 광고 수주",
     [("㈜여행공방", "전주시", ("work-provider",)), ("㈜여행공방", "전주문화재단", ("work-provider",))]),
    ("□ 평생교육 확대\n ❍ 전주시 평생학습관 인문학 관련「마을 철학교실」운영 : 40명 수료",
     [("마을 철학교실", "전주시 평생학습관", ("operator",))]),
    # A place's own policy (의) is no partnership; nor is a place that merely quotes a program.
    ("□ 사회적경제 활성화\n ❍ 전주시의 사회적경제 육성 정책 추진\n ❍ 전주시 「사회적경제 주간」 운영", []),
    # A facility's place and operator in brackets under its line: the body runs it (not under any other line).
    ("여성 일자리 기반 확충\n□ 새일센터 현황\n전라북도\n- 전북광역새일센터(광역형)\n<효자동, (사)전북여성일자리협회>\n\n"
     "- 익산새일센터(산단형)\n<팔복동, (사)전북여성일자리협회>\n전주시\n- 전주여성새로일하기센터(일반형)\n"
     "<중화산동, 전주여성인력개발센터>\n- 2016. 3. 새일센터 지정 신청\n<서신동, 전주시설관리공단>",
     [("전북광역새일센터", "(사)전북여성일자리협회", ("operator",)), ("익산새일센터", "(사)전북여성일자리협회", ("operator",)),
      ("전주여성새로일하기센터", "전주여성인력개발센터", ("operator",))]),
    # Bodies counted before their names in brackets take part in what the label names; a role label makes a
    # role line (of the heading's program); a short label names no activity.
    ("□ 청소년 사회적경제 교육\n ❍ 학교 청소년 협동조합교육 : 3개교(춘천고, 강원사대부고, 유봉여고) 150여명\n"
     " ❍ 참여기관 : 2개 기관(춘천시청소년수련관, 강원대학교)\n ❍ 대상 : 2개 기업(㈜봄내나눔, ㈜소양들녘)",
     [("학교 청소년 협동조합교육", name, ("participant",)) for name in ("춘천고", "강원사대부고", "유봉여고")] +
     [("청소년 사회적경제 교육", name, ("participant",)) for name in ("춘천시청소년수련관", "강원대학교")]),
    # The body a thing is entrusted to runs it: a bracketed field, a line's value, or 운영을 X에 맡긴다 in a
    # report (of the thing quoted before); a plan that names no body yet gives no operator.
    ("진천군 협동조합 육성\n○ 사업내용\n  - 마을 협동조합 창업 교육(위탁: 충북사회적경제센터) : 12개 조합, 30회",
     [("마을 협동조합 창업 교육", "충북사회적경제센터", ("operator",))]),
    ("동구 청년 일자리 공약\n 4. 주요성과\n   ○ 동구청년창업허브 개관(2024. 3.) 및 운영 : (재)동구일자리재단 위탁",
     [("동구청년창업허브", "(재)동구일자리재단", ("operator",))]),
    ("[김제=뉴스] 2025.04.10\n김제시는 '김제 사회적경제 나눔터'를 새로 열었다.\n시는 9일 개소식을 열고 운영을 "
     "김제시사회적경제네트워크에 맡긴다고 10일 밝혔다.",
     [("김제 사회적경제 나눔터", "김제시", ("organizer",)),
      ("김제 사회적경제 나눔터", "김제시사회적경제네트워크", ("operator",))]),
    ("홍천군 로컬푸드 물류\n - 추진방법 : 군 유휴 창고 활용, 운영은 공모로 뽑은 협동조합에 위탁", []),
    # A conditional clause ends a body's part (출연하면): the bank contributes (funds); 출연하면 재단 is no name;
    # the guarantor of a guarantee agreement ('… 특례보증 업무협약') gives financial support.
    ("[대전=뉴스] 2025.05.22\n대전 동구와 대전신용보증재단, 농협은행은 21일 '골목상권 특례보증 업무협약'을 맺었다. "
     "농협은행이 2억원을 재단에 출연하면 재단은 20억원 규모의 보증을 선다.",
     [("골목상권 특례보증 업무협약", "동구", ("agreement-partner",)),
      ("골목상권 특례보증 업무협약", "대전신용보증재단", ("agreement-partner", "financial-support")),
      ("골목상권 특례보증 업무협약", "농협은행", ("agreement-partner",)),
      ("골목상권 특례보증 업무협약", "농협은행", ("funder",))]),
    # Bodies alone in brackets after an act play the part it names (one record per passage and pair); a body
    # designated is no certifier, and places written short in brackets are where others come from.
    ("보령시 여성 일자리\n□ 여성새로일하기센터 확충\n∘ 4월 : 신청기관 현장실사(여성가족부·충청남도)\n"
     "∘ 5월 : 지정심사위원회 개최(여성가족부·고용노동부) 및 선정",
     [("여성새로일하기센터 확충", "여성가족부", ("certifier",)), ("여성새로일하기센터 확충", "충청남도", ("certifier",)),
      ("여성새로일하기센터 확충", "여성가족부", ("certifier",)), ("여성새로일하기센터 확충", "고용노동부", ("certifier",))]),
    ("양평군 사회적경제\n□ 협동조합 설립 지원\n ○ 설립 컨설팅 지원(경기도사회적경제원)\n"
     " ○ 예비사회적기업 지정(양평로컬푸드협동조합)/'24. 4월\n ○ 한마당 장터 참가(이천, 여주, 광주)",
     [("협동조합 설립 지원", "경기도사회적경제원", ("consulting",))]),
    # A place that recognises a body as an enterprise certifies it (구는 X를 자활기업으로 인정); a body referred back
    # to by its kind (센터는) plays the part its clause ends on; the people of a body's unit who take part are
    # not the body taking part; a ceremony's venue is no partner of the winner.
    ("[광주=뉴스] 광주 서구의 자활기업 '주식회사 상무나눔세탁'이 문을 연다.\n서구는 지난달 12일 상무나눔세탁을 "
     "자활기업으로 인정했다고 3일 밝혔다. 광주서구지역자활센터의 세탁 사업단에서 일하던 주민 9명이 직원으로 "
     "참여하며, 센터는 창업 전 3개월간 경영 컨설팅을 맡았다.",
     [("주식회사 상무나눔세탁", "서구", ("certifier",)), ("주식회사 상무나눔세탁", "광주서구지역자활센터", ("consulting",))]),
    ("[목포=뉴스] 2025.07.03\n목포시는 관내 사회적협동조합 갓바위밥상이 '전남 사회적가치 대상'을 받았다고 3일 밝혔다. "
     "시상식은 지난 1일 김대중컨벤션센터에서 열렸다. 2019년 보건복지부의 인가를 받아 설립된 갓바위밥상은 "
     "어르신 도시락을 만든다.",
     [("사회적협동조합 갓바위밥상", "보건복지부", ("certifier",))]),
    # A report's line quoting an agreement with a body: the reporting place is the other party; the lender of a
    # loan agreement lends.
    ("대전광역시 중구 사회적경제 추진현황\n3. 주요 실적\n - 대전중구새마을금고와 '사회적경제기업 저금리 특별융자 협약' "
     "체결(2025. 5. 9.)",
     [("사회적경제기업 저금리 특별융자 협약", "대전중구새마을금고", ("agreement-partner", "financial-support")),
      ("사회적경제기업 저금리 특별융자 협약", "중구", ("agreement-partner",))]),
    # A body's part in an agreement as its clause ends (판매대를 두고: sales); what a body hands over at the signing
    # ceremony (협약식에서 … 후원 약정서를 전달했다) funds the program quoted, it signs nothing; X와 함께 is working with X.
    ("[논산=뉴스] 2025.04.17\n논산시는 지난 15일 논산농협, 논산시사회적경제협의회와 '사회적경제 판로 상생협약'을 "
     "맺었다고 17일 밝혔다. 협약에 따라 논산농협은 로컬푸드 매장에 사회적경제기업 전용 판매대를 두고, 협의회는 상품 "
     "개선 컨설팅을 맡는다.\n논산농협은 이날 협약식에서 '사회적경제 포장 개선사업' 사업비 1천만원 후원 약정서도 전달했다.",
     [("사회적경제 판로 상생협약", "논산시", ("agreement-partner",)), ("사회적경제 판로 상생협약", "논산농협", ("agreement-partner",)),
      ("사회적경제 판로 상생협약", "논산시사회적경제협의회", ("agreement-partner",)),
      ("사회적경제 판로 상생협약", "논산농협", ("sales-support",)), ("사회적경제 판로 상생협약", "논산시사회적경제협의회", ("consulting",)),
      ("사회적경제 포장 개선사업", "논산농협", ("funder",))]),
    ("평창군수 공약 이행현황\n공약명 : 마을공동체 기업 육성\n추진계획 : 강원특별자치도사회적경제지원센터와 함께 설립 컨설팅",
     [("마을공동체 기업 육성", "강원특별자치도사회적경제지원센터", ("collaborator",))]),
    # The report's place that pays toward the enterprise it is about (시는 … 지원했다, 동구가 구비 … 보태) supports it
    # financially; money it puts into a field or into others (분야에, 60곳에) is no support of this enterprise.
    ("[나주=뉴스] 2025.02.14\n전남 나주시가 자활기업 '영산세탁㈜'을 세웠다.\n나주시는 13일 영산세탁㈜ 개업식을 열었다고 14일 "
     "밝혔다. 주민 8명이 함께 창업했으며, "
     "시는 창업자금 5천만원을 지원했다.\n시는 올해 사회적경제 분야에 시비 9억원을 투입한다.",
     [("영산세탁㈜", "나주시", ("financial-support",))]),
    # A place's part toward bodies it counts (관내 기업 30곳을 대상으로) is no part in the enterprise the report is
    # about.
    ("[춘천=뉴스] 2024.06.14\n춘천시의 사회적협동조합 소양돌봄이 지난 12일 대상을 받았다. 소양돌봄은 어르신 180명을 돌본다. "
     "한편 춘천시는 이달부터 관내 사회적경제기업 30곳을 대상으로 경영 컨설팅을 지원한다.", []),
    # A bullet that runs a thing it names in quotes heads the lines under it: they are about that thing.
    ("안양시 공유\n  【재능기부로 생활 속 공유】\n    ∙ 무료법률상담서비스‘동네 법률사랑방’운영\n\n"
     "     - 비산2동 주민센터와 협력 : 12회 80명 법률상담", [("동네 법률사랑방", "비산2동 주민센터", ("collaborator",))]),
    # Under an agreement (협약에 따라 …, 구는 구비 5천만원을 들여 …), what the place pays supports the agreement.
    ("[부산=뉴스] 2025.03.19\n부산 사하구는 지난 17일 다대새마을금고와 '사하 상생금융 업무협약'을 맺었다고 19일 밝혔다. 협약에 "
     "따라 다대새마을금고는 저금리 융자를 내주고, 구는 구비 3천만원을 들여 대출 이자 일부를 보전한다.",
     [("사하 상생금융 업무협약", "사하구", ("agreement-partner",)), ("사하 상생금융 업무협약", "다대새마을금고", ("agreement-partner",)),
      ("사하 상생금융 업무협약", "사하구", ("financial-support",)), ("사하 상생금융 업무협약", "다대새마을금고", ("financial-support",))]),
    # What a body hands over at the sentence's end, past a clause inside it (자사가 관리하는 단지의 청소 일감을 …
    # 맡기기로 했다), names its part.
    ("[대구=뉴스] 2025.09.24\n대구 북구의 자활기업 '주식회사 산격클린'이 문을 연다. 산격클린은 청소 전문 기업이다.\n"
     "관내 관리업체 ㈜침산하우징은 자사가 관리하는 단지의 청소 일감을 3년간 맡기기로 했다.",
     [("주식회사 산격클린", "㈜침산하우징", ("work-provider",))]),
    # A body moved under another (편입운영, 이관하여 운영) is run by it.
    ("[김해=뉴스] 2025.01.02\n김해시는 김해시사회적경제지원센터를 김해시일자리재단으로 이관하여 운영한다고 2일 밝혔다.",
     [("김해시사회적경제지원센터", "김해시일자리재단", ("operator",))]),
    # A designation's name may open the next line, after a blank line.
    ("청주시 여성 일자리\nⅥ. 주요성과\n\n경력단절여성 취업지원을 위한 고용노동부·여가부 지정\n"
     "‘청주IT여성새로일하기센터’(경력개발형) 개소",
     [("청주IT여성새로일하기센터", "고용노동부", ("certifier",)), ("청주IT여성새로일하기센터", "여가부", ("certifier",))]),
]

# A part received from a body (X의 컨설팅을 거쳐) by the body a report named before (이 업체는); a party's staff before
# its particle (… 경영학과 교수진은); a shop corner; a contract to run a thing quoted before and named again by the end
# of its name (허브, 공간): the body chosen to run it runs it, the place signs; a place holding what it quotes (군 주관).
CASES += [
    ("[무안=뉴스] 2024.05.02\n전남 무안군의 ㈜황토골식품은 2021년 마을기업으로 지정됐다. 이 업체는 지난해 "
     "전남사회적경제지원센터의 컨설팅을 거쳐 온라인 판매를 시작했다.",
     [("㈜황토골식품", "전남사회적경제지원센터", ("consulting",))]),
    ("[영광=뉴스] 2025.04.03\n영광군은 지난 1일 영광굴비농협, 전남도립대학교와 '사회적경제 판로 협력 협약'을 맺었다. "
     "협약에 따라 영광굴비농협은 하나로마트에 사회적경제 제품 전용 코너를 두고, 전남도립대학교 경영학과 교수진은 기업 "
     "대표들에게 마케팅 교육을 한다.",
     [("사회적경제 판로 협력 협약", "영광군", ("agreement-partner",)),
      ("사회적경제 판로 협력 협약", "영광굴비농협", ("agreement-partner",)),
      ("사회적경제 판로 협력 협약", "전남도립대학교", ("agreement-partner",)),
      ("사회적경제 판로 협력 협약", "영광굴비농협", ("sales-support",)),
      ("사회적경제 판로 협력 협약", "전남도립대학교", ("training",))]),
    ("[동래=뉴스] 2025.02.10\n부산 동래구가 세운 '동래 청년창업 공유공간'이 오는 20일 문을 연다. 구는 공모를 거쳐 공간 "
     "운영을 맡을 수탁기관으로 온천골사회적협동조합을 선정하고 지난 7일 위·수탁 계약을 맺었다.",
     [("동래 청년창업 공유공간", "온천골사회적협동조합", ("agreement-partner", "operator")),
      ("동래 청년창업 공유공간", "동래구", ("agreement-partner",))]),
    ("울주군 사회적경제 하반기 계획\n(2025. 7. 1. 울산광역시 울주군 일자리경제과)\n□ 하반기 추진계획\n"
     " ○ 군 주관 「제3회 울주 가치장터」 개최(9. 6. ~ 9. 7., 군청 광장)",
     [("제3회 울주 가치장터", "울주군", ("organizer",))]),
    # The certifier of the body 이 회사는 refers to; an agreement signed (서명), money put in (내놓고), loans (빌려준다),
    # and two parts of one body's clauses (교육을 한 뒤 취업을 연계한다); a body that takes on a part (…은 X이 맡음).
    ("[단양=뉴스] 2025.04.11\n충북 단양군의 ㈜소백산마늘은 어르신 20명이 일하는 식품 기업이다. 2022년 예비사회적기업으로 지정된 "
     "이 회사는 지난해 5월 고용노동부로부터 사회적기업 인증을 받았다.",
     [("㈜소백산마늘", "고용노동부", ("certifier",))]),
    ("[신안=뉴스] 2025.06.20\n전남 신안군은 지난 18일 신안수협, (재)천사섬나눔재단, 신안군가족센터와 '섬 사회적경제 일자리 협약'에 "
     "서명했다고 20일 밝혔다. 협약에 따라 (재)천사섬나눔재단은 장비 구입비로 2억원을 내놓고, 신안수협은 참여 기업에 운영자금을 "
     "낮은 금리로 빌려준다. 신안군가족센터는 결혼이주여성에게 직무교육을 한 뒤 참여 기업 취업을 연계한다.",
     [("섬 사회적경제 일자리 협약", "신안군", ("agreement-partner",)),
      ("섬 사회적경제 일자리 협약", "신안수협", ("agreement-partner",)),
      ("섬 사회적경제 일자리 협약", "(재)천사섬나눔재단", ("agreement-partner",)),
      ("섬 사회적경제 일자리 협약", "신안군가족센터", ("agreement-partner",)),
      ("섬 사회적경제 일자리 협약", "(재)천사섬나눔재단", ("funder",)),
      ("섬 사회적경제 일자리 협약", "신안수협", ("financial-support",)),
      ("섬 사회적경제 일자리 협약", "신안군가족센터", ("training", "worker-referral"))]),
    ("경상북도 봉화군수 선거공약서\n【공약명】 마을 햇빛발전 협동조합 8곳 설립\n【이행기간】 2022년 7월 ~ 2026년 6월\n"
     "【추진방법】\n · 협동조합 설립 교육과 컨설팅은 (재)경북에너지재단이 맡음",
     [("마을 햇빛발전 협동조합 8곳 설립", "(재)경북에너지재단", ("training", "consulting"))]),
    # A body that puts money in funds, whatever the money is for; a body referred back to by its kind (복지관은) takes
    # on a list of parts; of two bodies under a contract to run a thing, the one a clause says runs it.
    ("[북구=뉴스] 2024.06.18\n울산 북구는 17일 북구노인복지관, 협동조합 달천돌봄, 울산신협과 '어르신 돌봄 일자리 협약'을 "
     "체결했다.\n협약에 따라 달천돌봄은 어르신 30명을 돌봄 매니저로 채용하고, 복지관은 교육과 대상자 발굴을 맡는다. 울산신협은 "
     "사회공헌기금 3천만원을 내 교육비를 지원한다.",
     [("어르신 돌봄 일자리 협약", "북구", ("agreement-partner",)),
      ("어르신 돌봄 일자리 협약", "북구노인복지관", ("agreement-partner",)),
      ("어르신 돌봄 일자리 협약", "협동조합 달천돌봄", ("agreement-partner",)),
      ("어르신 돌봄 일자리 협약", "울산신협", ("agreement-partner",)),
      ("어르신 돌봄 일자리 협약", "북구노인복지관", ("training",)), ("어르신 돌봄 일자리 협약", "울산신협", ("funder",))]),
    ("[청주=뉴스] 2024.09.12\n청주시는 지난 10일 충북나눔협동조합, ㈜가경로지스와 '공동물류센터 위탁운영 협약'을 체결했다. "
     "협약에 따라 충북나눔협동조합이 센터를 위탁 운영하고, ㈜가경로지스는 물류 운영 컨설팅을 맡는다.",
     [("공동물류센터 위탁운영 협약", "청주시", ("agreement-partner",)),
      ("공동물류센터 위탁운영 협약", "충북나눔협동조합", ("agreement-partner",)),
      ("공동물류센터 위탁운영 협약", "㈜가경로지스", ("agreement-partner",)),
      ("공동물류센터 위탁운영 협약", "충북나눔협동조합", ("operator",)),
      ("공동물류센터 위탁운영 협약", "㈜가경로지스", ("consulting",))]),
    # A report's line quoting an agreement in 「」, the bullets under it each body's part in it (money it gives funds
    # it; running a stall is sales support); under a center's 위·수탁 협약, the 수탁기관 runs it and signed it.
    ("2025년 청양군 사회적경제 추진실적\n□ 주요 성과\n ○ 청양농협, ㈜칠갑유통과 「사회적경제 판로 협약」 체결(3. 12.)\n"
     "   - ㈜칠갑유통 : 관내 휴게소에 사회적경제 제품 판매대 운영\n   - 청양농협 : 참여 기업 포장재 제작비 1천만원 지원",
     [("사회적경제 판로 협약", "청양농협", ("agreement-partner",)), ("사회적경제 판로 협약", "㈜칠갑유통", ("agreement-partner",)),
      ("사회적경제 판로 협약", "청양군", ("agreement-partner",)),
      ("사회적경제 판로 협약", "㈜칠갑유통", ("sales-support",)), ("사회적경제 판로 협약", "청양농협", ("funder",))]),
    ("2024년 사회적경제 주요성과\n□ 2024년 주요성과\n ○ 서귀포시사회적경제지원센터 위·수탁 협약 체결(2024. 3. 4.)\n"
     "   - 수탁기관 : 사회적협동조합 올레연대 / 위탁기간 : 2024. 3. ~ 2027. 2.",
     [("사회적협동조합 올레연대", "서귀포시사회적경제지원센터", ("agreement-partner",)),
      ("서귀포시사회적경제지원센터", "사회적협동조합 올레연대", ("operator", "agreement-partner"))]),
    # A part taken on after a prize was quoted is toward the enterprise the report is about; of a list of objects,
    # the head noun nearest the verb names it (판로 컨설팅: consulting).
    ("[보은=뉴스] 2025.10.24\n보은 속리산마을, 행안부 우수마을기업 '최우수'…대추 가공으로 마을 살려\n충북 보은군은 주민들이 세운 "
     "마을기업 속리산대추마을영농조합법인(대표 ○○○)이 행정안전부의 '2025년 우수마을기업' 심사에서 최우수 기업으로 뽑혀 행정안전부 "
     "장관상을 받았다고 24일 밝혔다. 보은군사회적경제지원센터는 제품 포장과 온라인 판로 컨설팅을 맡아 왔다. 올해 "
     "우수마을기업에는 전국에서 20곳이 선정됐다.",
     [("속리산대추마을영농조합법인", "보은군사회적경제지원센터", ("consulting",))]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_partners(records, text, expected):
    assert records(text, "partners") == expected

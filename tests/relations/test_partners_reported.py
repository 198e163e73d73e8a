"""The partners part on the phrasings of reports by other hands (the tenth and later held-out sets' kinds of
sentence and layout, written here anew): (text, partnerships as (of, partner, roles)) as in ``test_partners.py``."""

import pytest

from tests.relations.documents import DATED_NEWS, PLEDGE_CHECK

CASES = [
    # Each thing of a list provided names a part (위생 교육과 마케팅 컨설팅: training and consulting); a market's
    # merchants' association is a body; space handed over (점포를 … 내준다) is a facility.
    ("[고령=뉴스] 2025.03.12\n경북 고령군이 지난 10일 고령지역자활센터, 대가야시장상인회, ㈜가야식품과 '자활기업 함께 키우기 "
     "협약'을 맺었다고 12일 밝혔다.\n협약에 따라 고령지역자활센터는 참여 주민에게 위생 교육과 마케팅 컨설팅을 제공하고, "
     "대가야시장상인회는 시장 안 빈 점포를 자활기업 매장으로 내준다.",
     [("자활기업 함께 키우기 협약", "고령군", ("agreement-partner",)),
      ("자활기업 함께 키우기 협약", "고령지역자활센터", ("agreement-partner",)),
      ("자활기업 함께 키우기 협약", "대가야시장상인회", ("agreement-partner",)),
      ("자활기업 함께 키우기 협약", "㈜가야식품", ("agreement-partner",)),
      ("자활기업 함께 키우기 협약", "고령지역자활센터", ("training", "consulting")),
      ("자활기업 함께 키우기 협약", "대가야시장상인회", ("facility-provider",))]),
    # Residents who put money in are no partner of the place that reports it; a part taken on as the clause's topic
    # (직무 훈련은 X가 맡는다) is toward the body the report is about.
    ("[화천=뉴스] 2025.06.05\n강원 화천군은 산천어두레사회적협동조합(이사장 ○○○)이 지난 3일 개소식을 열었다고 5일 밝혔다. 조합은 "
     "주민 28명이 출자해 만들었다. 공장은 군이 옛 창고를 고쳐 내줬고, 직무 훈련은 (사)화천자립생활센터가 맡는다.",
     [("산천어두레사회적협동조합", "(사)화천자립생활센터", ("training",))]),
    # The place by its short form holds what the report is about (군이 주최하고 X가 주관한 올해 장터).
    ("[의령=뉴스] 2025.10.01\n경남 의령군은 지난 27일부터 이틀 동안 열린 '2025 의령 가치장터'에 1만여명이 찾았다고 1일 "
     "밝혔다. 군이 주최하고 의령군사회적경제협의회가 주관한 올해 장터에는 31개 기업이 참여했다.",
     [("2025 의령 가치장터", "의령군사회적경제협의회", ("organizer",)), ("2025 의령 가치장터", "의령군", ("organizer",))]),
    # X를 운영하는 Y: Y runs X; Y와 함께 …: Y worked with the sentence's subject.
    ("[구리=뉴스] 2025.09.01\n경기 구리시는 구리시사회적경제지원센터를 운영하는 (사)구리사회적경제네트워크와 함께 올해 마을기업 "
     "2곳을 발굴했다고 1일 밝혔다.",
     [("구리시사회적경제지원센터", "(사)구리사회적경제네트워크", ("operator",)),
      ("구리시", "(사)구리사회적경제네트워크", ("collaborator",))]),
    # The parties listed before a quoted agreement (A·B·C 「…협약」 체결); a ministry written between a name and the
    # type it certified (㈜○○ 고용노동부 사회적기업 인증).
    ("2025년 영월군 사회적경제 성과\n(2025. 12. 5. 강원특별자치도 영월군 경제과)\n"
     " - 영월군·영월농협·(재)동강나눔재단 「사회적경제기업 판로 상생 협약」 체결 (6. 11.)\n"
     " - 영농조합법인 ㈜동강메밀 고용노동부 사회적기업 인증(4. 2.)",
     [("사회적경제기업 판로 상생 협약", "영월군", ("agreement-partner",)),
      ("사회적경제기업 판로 상생 협약", "영월농협", ("agreement-partner",)),
      ("사회적경제기업 판로 상생 협약", "(재)동강나눔재단", ("agreement-partner",)), ("㈜동강메밀", "고용노동부", ("certifier",))]),
    # X와 함께 '…'을 운영: X works with whoever runs it.
    ("연제구 공약 이행 현황\n□ 연제 청년 창업 지원\n  - 부산창조경제혁신센터와 함께 창업교육 과정 '연제 소셜랩'을 운영",
     [("연제 소셜랩", "부산창조경제혁신센터", ("collaborator",)),
      ("연제 청년 창업 지원", "부산창조경제혁신센터", ("collaborator",))]),
    # The bodies taking part (참여기관) in an agreement the bullet above signs are its parties, the agreement its whole
    # phrase; a 도 written in the parenthesis of a body it designated certified it.
    ("옥천군 소식 2025년 5월호\n발행 : 충청북도 옥천군 │ 발행일 : 2025. 5. 1.\n■ 일자리·경제 알림\n"
     "▷ 사회적경제기업 제품 '향수장터몰' 입점 업무협약 체결('25. 4. 11.)\n   ‣ 참여기관 : 옥천군, 옥천농협, ㈜금강물류\n"
     "▷ 마을기업 신규 지정 : 안남들꽃영농조합법인('25. 4. 18. 충청북도 지정)",
     [("사회적경제기업 제품 향수장터몰 입점 업무협약", "옥천군", ("agreement-partner",)),
      ("사회적경제기업 제품 향수장터몰 입점 업무협약", "옥천농협", ("agreement-partner",)),
      ("사회적경제기업 제품 향수장터몰 입점 업무협약", "㈜금강물류", ("agreement-partner",)),
      ("안남들꽃영농조합법인", "충청북도", ("certifier",))]),
    # A body's part in the parenthesis after another's name (X센터(수탁기관 (사)Y)), whatever the line is about.
    ("2025년 상반기 자활사업 추진실적\n(2025. 7. 10. 전라북도 진안군 주민복지과)\n  ◦ 진안군사회적경제지원센터(수탁기관 "
     "(사)마이산공동체네트워크)의 창업교육을 수료한 청년 18명 가운데 5명이 창업함.",
     [("진안군사회적경제지원센터", "(사)마이산공동체네트워크", ("operator",))]),
    # A ministry before the type it designated (행정안전부 마을기업으로 지정됐다); the place that opened the fair quoted
    # after it (군이 … 연 '…'); X센터는 … Y가 위탁받아 운영: Y runs X.
    ("[화천=뉴스] 2025.12.29\n강원 화천군의 사회적경제 규모가 커졌다. 갈말읍 주민 20명이 출자한 파로호꽃길협동조합은 7월 "
     "행정안전부 마을기업으로 지정됐다. 군이 10월 17일부터 19일까지 화천읍 붕어섬에서 연 '화천 사회적경제 가을장터'에는 사흘간 "
     "1만명이 다녀갔다. 화천군사회적경제지원센터는 지난 9월부터 (사)화천평화경제네트워크가 위탁받아 운영하고 있다.",
     [("파로호꽃길협동조합", "행정안전부", ("certifier",)), ("화천 사회적경제 가을장터", "화천군", ("organizer",)),
      ("화천군사회적경제지원센터", "(사)화천평화경제네트워크", ("operator",))]),
    # Names joined by · (㈜A·㈜B): each its own name; a 설립 인가 from a ministry written after the body's quoted name.
    (DATED_NEWS, [("상생 구매 업무협약", "고흥군", ("agreement-partner",)), ("상생 구매 업무협약", "㈜녹동수산", ("agreement-partner",)),
                  ("상생 구매 업무협약", "㈜나로테크", ("agreement-partner",)),
                  ("상생 구매 업무협약", "고흥군사회적경제협의회", ("agreement-partner",))]),
    (PLEDGE_CHECK, [("담빛돌봄사회적협동조합", "보건복지부", ("certifier",))]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_partners_of_reports(records, text, expected):
    assert records(text, "partners") == expected

"""Sample documents more than one part's table reads (written for this project in the styles of real ones)."""

# A pledge's yearly plan numbered [공약 3-1], its quarters' progress and its achievement line.
YEARLY_PLAN = ("부안군 민선8기 군수 공약사업 연차별 추진계획서 (2025년 3/4분기 현행화)\n전라북도 부안군 일자리경제과 │ 작성 2025. 10. 2.\n"
               "[공약 3-1] 변산 사회적경제 일자리 200개\n1) 개요\n  ◦ 추진기간 : 2022. 7. ~ 2026. 6.\n2) 연차별 목표\n  구분\t2023\t2024\t2025\n  일자리(개)\t50\t70\t80\n"
               "3) 2025년 분기별 추진사항\n  ◦ 1/4분기 : 마을기업 신규 2개소 지정('25. 3. 7.)\n4) 추진실적 (2025. 9. 30. 기준)\n  ◦ 일자리 창출 160개 / 목표 200개 → 달성률 80.0%")

# A county head's remarks at a press conference: a pledge's quoted goals and how far each came, a budget split in
# percent, a prize with a special grant.
REMARKS = ("대구광역시 군위군 보도참고자료 — 민선8기 3주년 군수 기자간담회 발언 요지\n일시·장소 : 2025. 7. 3.(목) 10:30, 군위군청\n□ 공약 추진상황\n"
           "  ○ 민선8기 대표 공약인 '사회적경제기업 50개·일자리 500개'는 6월 말 현재 기업 45개(90%), 일자리 410개(82%)까지 왔습니다.\n"
           "  ○ 올해 사회적경제 예산은 10억원으로, 국비 30%, 시비 20%, 군비 50%로 나눠 부담합니다.\n"
           "  ○ 우리 군은 대구광역시 '2025 구·군 사회적경제 활성화 평가'에서 최우수 기관으로 뽑혀 6월 24일 시장 표창과 함께 특별교부금 1억원을 받았습니다.")

# A county's check on its pledges: numbered 1) 공약 3-1 「…」, money by source cut short, progress as percentages only,
# designations after quoted names.
PLEDGE_CHECK = ("전라남도 담양군 민선8기 군수 공약사업 추진상황 — 2025년 3분기 점검 결과\n점검 보고회 : 2025. 10. 13.(월) / 실적 기준일 : 2025. 9. 30. / 공약 추진기간 : '22. 7. ~ '26. 6.\n"
                "1) 공약 3-1 「마을기업 8곳·사회적협동조합 4곳 키우기」\n  - 재원 : 10억 원(국 3억, 도 2억, 군 5억)\n  - 목표 대비 진척도 : 마을기업 75%, 사회적협동조합 50%\n"
                "  - '25년 실적 : 6월 '대나무골영농조합법인' 행정안전부 신규 마을기업 지정 / 8월 '담빛돌봄사회적협동조합' 보건복지부 설립 인가\n"
                "2) 공약 3-4 「사회적경제 청년 일자리 80개 만들기」\n  - 목표 대비 진척도 : 65%")

# A report whose second sentence opens on an earlier date; names joined by ·.
DATED_NEWS = ("[고흥=뉴스] 2025.3.17.(월)\n전남 고흥군은 14일 입주기업인 ㈜녹동수산·㈜나로테크, 고흥군사회적경제협의회와 '상생 구매 업무협약'을 체결했다고 17일 밝혔다.\n"
              "2021년 5월 고흥지역자활센터 사업단에서 독립해 창업한 고흥한빛세척에는 12명이 일한다.\n"
              "군은 물류창고 리모델링비 1억8천만 원(도비 5,400만 원, 군비 1억2,600만 원)을 추가경정예산에 반영했다.")

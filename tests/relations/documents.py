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

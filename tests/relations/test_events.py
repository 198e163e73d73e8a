"""The events part: (text, events as (type, date))."""

import pytest

CASES = [
    ("수원시 사회적경제\n□ 공유경제 기반 마련\n ❍ 수원시 공유경제 활성화에 관한 조례 제정('16. 6. 14)\n"
     " ❍ 2016 제5회 사회적경제 한마당 개최 : 2016. 5. 28.(토)\n ❍ 창업아이디어 오디션 개최\n   ∙ 일 시 : 2016. 9. 21.",
     [("enactment", "2016-06-14"), ("festival", "2016-05-28"), ("competition", "2016-09-21")]),
    ("[원주=뉴스] 2024.05.20\n원주시는 지난 17일 사회적협동조합 다온과 업무협약을 맺었다. 다온은 2019년 설립됐다.",
     [("agreement", "2024-05-17"), ("founding", "2019")]),
    ("□ 공장 현황\n ❍ 공장설립분야 규제 완화 (2016)\n ❍ 호매실 주민편의시설 내 1개소(2018년)", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_events(records, text, expected):
    assert records(text, "events") == expected

"""The ordinances part: (text, ordinances as (title, date, action))."""

import pytest

CASES = [
    ("수원시 사회적경제\n□ 공유경제 기반 마련\n ❍ 수원시 공유경제 활성화에 관한 조례 제정('16. 6. 14)",
     [("수원시 공유경제 활성화에 관한 조례", "2016-06-14", "enactment")]),
    ("김해시 사회적경제\n□ 제도 정비\n ○ 김해시 사회적경제 지원 조례 개정(2017. 7. 1.)",
     [("김해시 사회적경제 지원 조례", "2017-07-01", "amendment")]),
    ("청주시 여성 일자리\n□ 인증기업 지원\n ○ 조례에 따라 인센티브를 준다", []),
    # A sentence about the ordinance (…을 위해 2012년 5월 조례를 제정) names no title; the day the lines after give
    # states the month before it more precisely.
    ("남원시 사회적경제\n□ 제도 정비\n  ❍ 남원시 마을공동체 육성 및 지원에 관한 조례 제정\n"
     "   ▸ 남원시 마을공동체 육성을 위해 2013년 3월 조례를 제정하였음\n      (2013년 3월 8일 제정, 조례 제1120호)",
     [("남원시 마을공동체 육성 및 지원에 관한 조례", "2013-03-08", "enactment")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ordinances(records, text, expected):
    assert records(text, "ordinances") == expected

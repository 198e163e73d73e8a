"""The enterprises part: (text, organizations and the enterprise types the text gives them)."""

import pytest

CASES = [
    ("수원시 지역특화\n□ 지역특화 사회적기업 발굴\n ❍ 발굴(육성) 사회적기업 : ㈜더페이퍼\n"
     " ❍ 참여기업 : 에너지제로협동조합, 마을을가꾸는 돈가스나들터 사회적협동조합\n ❍ 마을기업\"대흥리마을공동체\" 지정",
     [("㈜더페이퍼", "social-enterprise"), ("대흥리마을공동체", "village-enterprise"),
      ("마을을가꾸는 돈가스나들터 사회적협동조합", "social-cooperative"), ("에너지제로협동조합", "cooperative")]),
    ("[원주=뉴스] 2024.05.20\n원주시는 지난 17일 사회적협동조합 다온과 업무협약을 맺었다.",
     [("사회적협동조합 다온", "social-cooperative")]),
    ("수원시 자립 모델\n□ 협업 모델\n ❍ 장애인 자립 사회적기업 모델 구축\n    ▸ ㈜마음샘, 춤추는 헬렌켈러, 수원굿윌스토어",
     [("㈜마음샘", "social-enterprise"), ("수원굿윌스토어", "social-enterprise"), ("춤추는 헬렌켈러", "social-enterprise")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_enterprises(records, text, expected):
    assert records(text, "enterprises") == expected

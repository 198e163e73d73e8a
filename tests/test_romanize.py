"""Revised Romanization: exact expected strings for the rules and the seed names."""

from __future__ import annotations

import pytest

from ingest.romanize import CUSTOMARY_SURNAMES, romanize, romanize_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # liaison (연음)
        ("한국어", "hangugeo"),
        ("밀양", "miryang"),
        ("정읍", "jeongeup"),
        ("관악", "gwanak"),
        ("값이", "gapsi"),
        ("읽어", "ilgeo"),
        ("앉아", "anja"),
        ("많이", "mani"),
        ("싫어", "sireo"),
        ("좋아", "joa"),
        # nasalization
        ("국민", "gungmin"),
        ("백마", "baengma"),
        ("종로", "jongno"),
        ("중랑", "jungnang"),
        ("동래", "dongnae"),
        ("강릉", "gangneung"),
        ("대통령", "daetongnyeong"),
        ("왕십리", "wangsimni"),
        ("독립", "dongnip"),
        ("협력", "hyeomnyeok"),
        ("읽는", "ingneun"),
        ("놓는", "nonneun"),
        ("물냉면", "mullaengmyeon"),
        # ㄹ-assimilation, ㄹ as r or l
        ("신라", "silla"),
        ("전라", "jeolla"),
        ("설날", "seollal"),
        ("별내", "byeollae"),
        ("울릉", "ulleung"),
        ("한라산", "hallasan"),
        ("뚫는", "ttulleun"),
        ("철원", "cheorwon"),
        ("달보드레", "dalbodeure"),
        # palatalization
        ("같이", "gachi"),
        ("해돋이", "haedoji"),
        ("굳이", "guji"),
        # ㅎ: aspiration after a ㅎ final, none before ㅎ in nouns
        ("좋고", "joko"),
        ("묵호", "mukho"),
        ("집현전", "jiphyeonjeon"),
        ("백합", "baekhap"),
        # g/d/b before vowels, k/t/p finals; tensification not written
        ("압구정", "apgujeong"),
        ("학교", "hakgyo"),
        ("낚시", "naksi"),
        ("벚꽃", "beotkkot"),
        ("닭", "dak"),
        ("여덟", "yeodeol"),
        ("칠곡", "chilgok"),
        ("합천", "hapcheon"),
        # vowels
        ("의령", "uiryeong"),
        ("창녕", "changnyeong"),
        ("희망키움터", "huimangkiumteo"),
        # seed names
        ("더페이퍼", "deopeipeo"),
        ("짜로사랑", "jjarosarang"),
        ("콩사랑", "kongsarang"),
        ("알콩달콩가게", "alkongdalkonggage"),
        ("온두레", "ondure"),
        ("야호학교", "yahohakgyo"),
        ("국제통신공업", "gukjetongsingongeop"),
        # other scripts pass through; words are separate
        ("K-water", "K-water"),
        ("CJ헬스케어", "CJhelseukeeo"),
        ("수원시 K-water 협업", "suwonsi K-water hyeobeop"),
        ("국 민", "guk min"),
        ("", ""),
    ],
)
def test_romanize(text: str, expected: str) -> None:
    assert romanize(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("김종성", "Kim Jongseong"),
        ("김 종 성", "Kim Jongseong"),
        ("이은혜", "Lee Eunhye"),
        ("이 은 혜", "Lee Eunhye"),
        ("박경영", "Park Gyeongyeong"),
        ("박 경 영", "Park Gyeongyeong"),
        ("방채권", "Bang Chaegwon"),
        ("염태영", "Yeom Taeyeong"),
        ("원창묵", "Won Changmuk"),
        ("김영배", "Kim Yeongbae"),
        ("최지원", "Choi Jiwon"),
        ("정은지", "Jung Eunji"),
        # no sound change inside a given name (RR examples)
        ("한복남", "Han Boknam"),
        ("홍빛나", "Hong Bitna"),
        ("이석우", "Lee Seoku"),
        # two-syllable surnames, strict RR
        ("남궁민수", "Namgung Minsu"),
        ("황보관", "Hwangbo Gwan"),
        ("김", "Kim"),
    ],
)
def test_person_names(name: str, expected: str) -> None:
    assert romanize_name(name, kind="person") == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("희망키움터", "Huimangkiumteo"),
        ("(주)희망키움터", "Huimangkiumteo Co., Ltd."),
        ("주식회사 희망키움터", "Huimangkiumteo Co., Ltd."),
        ("㈜더페이퍼", "Deopeipeo Co., Ltd."),
        ("㈜짜로사랑", "Jjarosarang Co., Ltd."),
        ("짜로사랑협동조합", "Jjarosaranghyeopdongjohap"),
        ("국제통신공업(주)", "Gukjetongsingongeop Co., Ltd."),
        ("국제통신공업㈜", "Gukjetongsingongeop Co., Ltd."),
        ("국제통신공업 ( 주 )", "Gukjetongsingongeop Co., Ltd."),
        ("콩사랑", "Kongsarang"),
        ("콩사랑(유)", "Kongsarang Ltd."),
        ("알콩달콩가게(유)", "Alkongdalkonggage Ltd."),
        ("유한회사 알콩달콩가게", "Alkongdalkonggage Ltd."),
        ("사단법인 자연가", "Jayeonga"),
        ("(사)자연가", "Jayeonga"),
        ("(재)수원문화재단", "Suwonmunhwajaedan"),
        ("재단법인 수원문화재단", "Suwonmunhwajaedan"),
        ("달보드레", "Dalbodeure"),
        ("온두레 공동체", "Ondure Gongdongche"),
        ("야호학교", "Yahohakgyo"),
        ("CJ헬스케어", "CJ Helseukeeo"),
        ("K-water", "K-water"),
        ("청주IT여성새로일하기센터", "Cheongju IT Yeoseongsaeroilhagisenteo"),
        ("남양주고용복지+센터", "Namyangjugoyongbokji+Senteo"),
        ("(주)", ""),
    ],
)
def test_organization_names(name: str, expected: str) -> None:
    assert romanize_name(name) == expected
    assert romanize_name(name, kind="organization") == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("수원시", "Suwon-si"),
        ("남양주시", "Namyangju-si"),
        ("정읍시", "Jeongeup-si"),
        ("종로구", "Jongno-gu"),
        ("중구", "Jung-gu"),
        ("울릉군", "Ulleung-gun"),
        ("경기도", "Gyeonggi-do"),
        ("화도읍", "Hwado-eup"),
        ("삼죽면", "Samjuk-myeon"),
        ("인계동", "Ingye-dong"),
        ("부산광역시", "Busan-gwangyeoksi"),
        ("대구", "Daegu"),
        ("진도", "Jindo"),
        ("경기도 수원시", "Gyeonggi-do Suwon-si"),
    ],
)
def test_place_names(name: str, expected: str) -> None:
    assert romanize_name(name, kind="place") == expected


def test_customary_surnames_are_single_capitalized_words() -> None:
    for hangul, roman in CUSTOMARY_SURNAMES.items():
        assert len(hangul) == 1
        assert roman.isalpha() and roman[0].isupper() and roman[1:].islower()


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="kind"):
        romanize_name("수원", kind="city")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("", ""), ("   ", ""), ("Kim", "Kim"), ("김모(43)", "Gimmo(43)"), ("J. 김", "J. Gim")],
)
def test_person_name_not_all_hangul_has_no_surname_rule(name: str, expected: str) -> None:
    assert romanize_name(name, kind="person") == expected

"""Revised Romanization of Korean (2000), standard library only.

Hangul syllables are decomposed arithmetically (U+AC00 + 588 x initial +
28 x vowel + final) and written with the main sound-change rules of the
Revised Romanization (RR) inside a word:

* liaison (연음): a final moves to the next syllable when that one starts with
  a silent ㅇ: 한국어 -> hangugeo, 밀양 -> miryang;
* nasalization: 국민 -> gungmin, 백마 -> baengma, 종로 -> jongno;
* ㄹ-assimilation: 신라 -> silla, 설날 -> seollal;
* palatalization: 같이 -> gachi, 해돋이 -> haedoji;
* ㅎ: a final ㅎ aspirates the next ㄱ/ㄷ/ㅈ (좋고 -> joko) and drops before a
  vowel (좋아 -> joa), but a ㄱ/ㄷ/ㅂ final before ㅎ is *not* aspirated, as RR
  prescribes for nouns and proper names (묵호 -> mukho, 집현전 -> jiphyeonjeon);
* ㄱ/ㄷ/ㅂ are g/d/b before a vowel and k/t/p before a consonant or at the end
  of a word; ㄹ is r before a vowel and l otherwise;
* tensification is not written (압구정 -> apgujeong, 학교 -> hakgyo).

Not handled, because they depend on morpheme boundaries that the spelling does
not show: ㄴ-insertion (학여울 is written hangnyeoul by RR, we give
hagyeoul) and the ㄴ+ㄹ -> nn exceptions (의견란 uigyeonnan, we give
uigyeollan).

:func:`romanize` is the plain transliteration; :func:`romanize_name` makes a
display form of a person's, organization's or place's name. Official English
names come from the curated tables in ``ingest/data``; romanization is only the
fallback for names those tables do not know.

>>> romanize("한국어")
'hangugeo'
>>> romanize_name("김 종 성", kind="person")
'Kim Jongseong'
>>> romanize_name("국제통신공업(주)")
'Gukjetongsingongeop Co., Ltd.'
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["CUSTOMARY_SURNAMES", "romanize", "romanize_name"]

_SYLLABLE_FIRST: Final = 0xAC00
_SYLLABLE_LAST: Final = 0xD7A3

_INITIALS: Final = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_FINALS: Final = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
_VOWELS: Final = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae",
    "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i",
)
_VOWEL_I: Final = 20  # index of ㅣ, for palatalization

# Initial consonant before a vowel.
_ONSET: Final = {
    "ㄱ": "g", "ㄲ": "kk", "ㄴ": "n", "ㄷ": "d", "ㄸ": "tt", "ㄹ": "r", "ㅁ": "m",
    "ㅂ": "b", "ㅃ": "pp", "ㅅ": "s", "ㅆ": "ss", "ㅇ": "", "ㅈ": "j", "ㅉ": "jj",
    "ㅊ": "ch", "ㅋ": "k", "ㅌ": "t", "ㅍ": "p", "ㅎ": "h",
}

# A final before a consonant or at the end of a word: its representative sound.
_CODA: Final = {
    "": "", "ㄱ": "k", "ㄲ": "k", "ㄳ": "k", "ㄴ": "n", "ㄵ": "n", "ㄶ": "n",
    "ㄷ": "t", "ㄹ": "l", "ㄺ": "k", "ㄻ": "m", "ㄼ": "l", "ㄽ": "l", "ㄾ": "l",
    "ㄿ": "p", "ㅀ": "l", "ㅁ": "m", "ㅂ": "p", "ㅄ": "p", "ㅅ": "t", "ㅆ": "t",
    "ㅇ": "ng", "ㅈ": "t", "ㅊ": "t", "ㅋ": "k", "ㅌ": "t", "ㅍ": "p", "ㅎ": "t",
}

# A final before a syllable that starts with silent ㅇ: (what stays, what moves over).
_LIAISON: Final = {
    "": ("", ""), "ㄱ": ("", "g"), "ㄲ": ("", "kk"), "ㄳ": ("k", "s"),
    "ㄴ": ("", "n"), "ㄵ": ("n", "j"), "ㄶ": ("", "n"), "ㄷ": ("", "d"),
    "ㄹ": ("", "r"), "ㄺ": ("l", "g"), "ㄻ": ("l", "m"), "ㄼ": ("l", "b"),
    "ㄽ": ("l", "s"), "ㄾ": ("l", "t"), "ㄿ": ("l", "p"), "ㅀ": ("", "r"),
    "ㅁ": ("", "m"), "ㅂ": ("", "b"), "ㅄ": ("p", "s"), "ㅅ": ("", "s"),
    "ㅆ": ("", "ss"), "ㅇ": ("ng", ""), "ㅈ": ("", "j"), "ㅊ": ("", "ch"),
    "ㅋ": ("", "k"), "ㅌ": ("", "t"), "ㅍ": ("", "p"), "ㅎ": ("", ""),
}

# ㄷ/ㅌ before 이 are palatalized (굳이 guji, 같이 gachi).
_PALATAL: Final = {"ㄷ": ("", "j"), "ㅌ": ("", "ch"), "ㄾ": ("l", "ch")}

# Finals that contain ㅎ, and what is left of them once the ㅎ is gone.
_H_FINALS: Final = {"ㅎ": "", "ㄶ": "n", "ㅀ": "l"}
_ASPIRATED: Final = {"ㄱ": "k", "ㄷ": "t", "ㅈ": "ch"}
_NASALIZED: Final = {"k": "ng", "t": "n", "p": "m"}


def _is_syllable(char: str) -> bool:
    return _SYLLABLE_FIRST <= ord(char) <= _SYLLABLE_LAST


def _decompose(char: str) -> tuple[str, int, str]:
    """(initial, vowel index, final) of one precomposed Hangul syllable."""
    index = ord(char) - _SYLLABLE_FIRST
    return _INITIALS[index // 588], (index % 588) // 28, _FINALS[index % 28]


def _boundary(final: str, initial: str, vowel: int) -> tuple[str, str]:
    """How a final and the next syllable's initial are written across a boundary."""
    if initial == "ㅇ":
        if vowel == _VOWEL_I and final in _PALATAL:
            return _PALATAL[final]
        return _LIAISON[final]
    if final in _H_FINALS:
        rest = _H_FINALS[final]
        if initial in _ASPIRATED:
            return rest, _ASPIRATED[initial]
        if initial == "ㅅ":
            return rest, "s"
        if initial == "ㄴ":
            return ("l", "l") if rest == "l" else ("n", "n")
    coda = _CODA[final]
    if initial == "ㅎ":
        # RR writes ㄱ/ㄷ/ㅂ + ㅎ in nouns without aspiration: 묵호 Mukho.
        return coda, "h"
    if initial in ("ㄴ", "ㅁ"):
        coda = _NASALIZED.get(coda, coda)
        if coda == "l" and initial == "ㄴ":
            return "l", "l"
        return coda, _ONSET[initial]
    if initial == "ㄹ":
        if coda in _NASALIZED:
            return _NASALIZED[coda], "n"
        if coda in ("m", "ng"):
            return coda, "n"
        if coda in ("n", "l"):
            return "l", "l"
        return coda, "r"
    return coda, _ONSET[initial]


def _romanize_word(word: str) -> str:
    """A run of Hangul syllables, with the sound changes between them."""
    syllables = [_decompose(char) for char in word]
    out: list[str] = []
    onset = _ONSET[syllables[0][0]]
    for position, (_, vowel, final) in enumerate(syllables):
        if position + 1 < len(syllables):
            next_initial, next_vowel, _ = syllables[position + 1]
            coda, next_onset = _boundary(final, next_initial, next_vowel)
        else:
            coda, next_onset = _CODA[final], ""
        out.append(onset + _VOWELS[vowel] + coda)
        onset = next_onset
    return "".join(out)


def _romanize_syllables(word: str) -> str:
    """Syllable by syllable, no sound change between them (RR for given names)."""
    out: list[str] = []
    for char in word:
        initial, vowel, final = _decompose(char)
        out.append(_ONSET[initial] + _VOWELS[vowel] + _CODA[final])
    return "".join(out)


def _runs(text: str) -> list[tuple[bool, str]]:
    """Split text into (is_hangul, run) pieces."""
    runs: list[tuple[bool, str]] = []
    for char in text:
        hangul = _is_syllable(char)
        if runs and runs[-1][0] == hangul:
            runs[-1] = (hangul, runs[-1][1] + char)
        else:
            runs.append((hangul, char))
    return runs


def romanize(text: str) -> str:
    """Romanize Hangul by the Revised Romanization, lower case.

    Each run of Hangul syllables is one word: sound changes apply inside a run,
    never across a space, punctuation or another script. Everything that is not
    a precomposed Hangul syllable passes through unchanged.

    >>> romanize("한국어")
    'hangugeo'
    >>> [romanize(w) for w in ("국민", "신라", "종로", "백마", "설날")]
    ['gungmin', 'silla', 'jongno', 'baengma', 'seollal']
    >>> romanize("묵호")
    'mukho'
    >>> romanize("수원시 K-water 협업")
    'suwonsi K-water hyeobeop'
    """
    return "".join(
        _romanize_word(run) if hangul else run for hangul, run in _runs(text)
    )


# Customary surname spellings: this module's table of the forms most Korean
# passports use. For Kim, Lee, Park, Choi, Jung, Kang, Yoon and Lim they are the
# most frequent passport spellings in commonly cited passport statistics (Kim
# 99.8 %, Lee 98.4 %, Park 97.3 %, Choi 88.5 %, Jung 41 % ahead of Jeong);
# the others are the usual customary forms, not backed by a count. A surname
# not in the table is written by strict RR. Change the table, not the code, to
# change a spelling.
CUSTOMARY_SURNAMES: Final[dict[str, str]] = {
    "김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung",
    "강": "Kang", "조": "Cho", "윤": "Yoon", "장": "Jang", "임": "Lim",
    "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin", "권": "Kwon",
    "황": "Hwang", "안": "Ahn", "송": "Song", "류": "Ryu", "유": "Yoo",
    "전": "Jeon", "홍": "Hong", "고": "Ko", "문": "Moon", "양": "Yang",
    "손": "Son", "배": "Bae", "백": "Baek", "허": "Heo", "노": "Noh",
    "심": "Shim", "하": "Ha", "곽": "Kwak", "성": "Sung", "차": "Cha",
    "주": "Joo", "우": "Woo", "구": "Koo", "민": "Min", "진": "Jin",
}

# Two-syllable surnames, recognized when the name has at least three syllables.
_DOUBLE_SURNAMES: Final = frozenset(
    {"남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"}
)

# Legal-form markers: pattern, and the suffix the romanized name gets instead.
_COMPANY: Final = " Co., Ltd."
_LIMITED: Final = " Ltd."
_LEGAL_FORMS: Final = (
    (re.compile(r"[(（]\s*주\s*[)）]|[㈜㈱]"), _COMPANY),
    (re.compile(r"^\s*주식회사|주식회사\s*$"), _COMPANY),
    (re.compile(r"[(（]\s*유\s*[)）]|㈲"), _LIMITED),
    (re.compile(r"^\s*유한회사|유한회사\s*$"), _LIMITED),
    (re.compile(r"[(（]\s*사\s*[)）]|㈳|^\s*사단법인"), ""),
    (re.compile(r"[(（]\s*재\s*[)）]|㈶|^\s*재단법인"), ""),
)

# Administrative units that RR joins with a hyphen and without sound change
# across it (Jongno-gu, Samjuk-myeon). Longest first.
_UNITS: Final = (
    ("특별자치시", "teukbyeoljachisi"), ("특별자치도", "teukbyeoljachido"),
    ("특별시", "teukbyeolsi"), ("광역시", "gwangyeoksi"),
    ("도", "do"), ("시", "si"), ("군", "gun"), ("구", "gu"), ("읍", "eup"),
    ("면", "myeon"), ("동", "dong"), ("리", "ri"), ("가", "ga"),
)
# One-syllable stems that still take a unit (elsewhere 대구 is Daegu, not Dae-gu).
_SHORT_STEM_PLACES: Final = frozenset({"중구", "동구", "서구", "남구", "북구"})

_KINDS: Final = frozenset({"person", "organization", "place"})


def _capitalized_word(word: str) -> str:
    """Hangul runs romanized and capitalized, other runs kept as written.

    A space separates a Hangul run from an adjacent letter or digit run.
    """
    out = ""
    for hangul, run in _runs(word):
        text = _romanize_word(run).capitalize() if hangul else run
        if out and (out[-1].isalnum() and text[:1].isalnum()):
            out += " "
        out += text
    return out


def _place_word(word: str) -> str:
    for unit, roman in _UNITS:
        stem = word[: -len(unit)]
        if not word.endswith(unit) or not stem:
            continue
        if sum(map(_is_syllable, stem)) >= 2 or word in _SHORT_STEM_PLACES:
            return f"{_capitalized_word(stem)}-{roman}"
        break
    return _capitalized_word(word)


def _person(name: str) -> str:
    compact = "".join(name.split())
    if not compact or not all(map(_is_syllable, compact)):
        # Not a plain Hangul name (empty, Latin, 김모(43) ...): no surname rule.
        return " ".join(_capitalized_word(word) for word in name.split())
    split = 2 if len(compact) >= 3 and compact[:2] in _DOUBLE_SURNAMES else 1
    surname, given = compact[:split], compact[split:]
    family = CUSTOMARY_SURNAMES.get(surname) or _romanize_syllables(surname).capitalize()
    return f"{family} {_romanize_syllables(given).capitalize()}".rstrip()


def romanize_name(name: str, *, kind: str = "organization") -> str:
    """Display form of a name in Latin letters.

    ``kind="person"``: surname first, then the given name as one word, both
    capitalized. Spaces in the input are ignored (letter-spaced ``김 종 성``
    is ``김종성``). The given name is written syllable by syllable without
    sound changes, as RR prescribes for personal names (한복남 -> Han Boknam,
    not Bongnam). The surname takes its customary spelling from
    :data:`CUSTOMARY_SURNAMES` (Kim, Lee, Park, ...), otherwise strict RR.
    The two-syllable surnames 남궁, 황보, 제갈, 선우, 독고, 사공, 서문, 동방
    are recognized in names of three or more syllables. A name that is not
    all Hangul (``김모(43)``, ``Kim``) is written word by word as for an
    organization, without the surname rule.

    ``kind="organization"``: each whitespace-separated word is romanized with
    sound changes and capitalized; a run of other characters (``CJ``, ``IT``,
    ``+``) is kept as written, set off by a space from a Hangul run next to it
    when both sides are letters or digits. Legal-form markers are dropped:
    (주), ㈜ and 주식회사 become the suffix ``Co., Ltd.``; (유) and 유한회사
    become ``Ltd.``; (사), 사단법인, (재) and 재단법인 leave nothing.

    ``kind="place"``: like an organization, but a final administrative unit
    (도, 시, 군, 구, 읍, 면, 동, 리, 가, 특별시, 광역시, 특별자치시,
    특별자치도) is hyphenated without sound change across the hyphen
    (종로구 -> Jongno-gu), when the stem has at least two syllables or the
    word is 중구, 동구, 서구, 남구 or 북구.

    >>> romanize_name("이은혜", kind="person")
    'Lee Eunhye'
    >>> romanize_name("희망키움터")
    'Huimangkiumteo'
    >>> romanize_name("알콩달콩가게(유)")
    'Alkongdalkonggage Ltd.'
    >>> romanize_name("CJ헬스케어")
    'CJ Helseukeeo'
    >>> romanize_name("남양주시", kind="place")
    'Namyangju-si'
    """
    if kind not in _KINDS:
        raise ValueError(f"kind must be one of {sorted(_KINDS)}, got {kind!r}")
    if kind == "person":
        return _person(name)
    suffix = ""
    if kind == "organization":
        for pattern, replacement in _LEGAL_FORMS:
            name, count = pattern.subn(" ", name)
            if count and not suffix:
                suffix = replacement
    convert = _place_word if kind == "place" else _capitalized_word
    words = " ".join(convert(word) for word in name.split())
    return (words + suffix) if words else ""

"""Clauses of a line: where the clause around a figure starts and ends, and whether a report's sentence tells
what is to come. Korean statements end with their verb, so what a figure is (its indicator word) and what kind
of value it is (a goal, a projection) are read in the clause that holds it, not across the whole line.
"""

from __future__ import annotations

import re

_PLANNED = re.compile(r"(?:계획|예정|방침|목표|전망)(?:이)?다\.?\s*$|[가-힣]+[ㄹ을를]?\s*것이다\.?\s*$"
                      r"|[기키]로\s*(?:했|하였|결정했|합의했)다(?:고\s.*밝혔다)?\.?\s*$")


# A name's topic or subject particle right after it, past a bracket (강천섬권역 영농조합법인은, ㈜○○(대표 ○○○)가).
TOPIC = re.compile(r"(?:\([^)]*\))?['’”]?\s*(?:은|는|이|가)(?![가-힣])")


def future_tense(sentence: str) -> bool:
    """Whether a report's sentence tells what is to come: it ends in a plan (…할 계획이다, …하기로 했다) or in a verb of the
    present tense (지원한다, 연다, 늘린다), which reports use for what a body will do; a state (있다, 이다)
    or the past (했다) is not.

    >>> future_tense("시는 올해 30곳을 지원한다."), future_tense("30곳을 지원했다."), future_tense("9곳이 운영되고 있다.")
    (True, False, False)
    >>> future_tense("입점 기업을 250곳으로 늘리기로 했다."), future_tense("30곳을 늘리기로 했다고 10일 밝혔다.")
    (True, True)
    """
    sentence = sentence.strip()
    if _PLANNED.search(sentence):
        return True
    verb = re.search(r"([가-힣])다[.!]?\s*$", sentence)
    if not verb or verb.group(1) in ("있", "없", "이", "같", "였", "했", "됐", "었", "았"):
        return False
    return (ord(verb.group(1)) - 0xAC00) % 28 == 4  # the syllable before 다 ends in ㄴ: 한다, 연다, 는다


def clause_left_start(text: str, position: int) -> int:
    return max(text.rfind(ch, 0, position) for ch in (",", ";", "/", "(", "⇒", "➡", ")", ":")) + 1


def clause_left(text: str, position: int) -> str:
    segment = text[clause_left_start(text, position):position]
    return segment if re.search(r"[가-힣]", segment) else text[:position]


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the figures and dates blanked out: a unit word is not a cue for the next figure."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def clause_right(text: str, position: int) -> str:
    ends = [i for i in (text.find(ch, position) for ch in (",", ";", "/", "(", ")")) if i >= 0]
    return text[position: min(ends) if ends else len(text)]

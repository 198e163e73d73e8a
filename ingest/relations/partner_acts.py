"""Partners that public bodies are by what they did to something: designated or registered it, paid for it.

- a designation written before what it designates: ``고용노동부 인증 사회적기업 ㈜다온``, ``행정자치부 등록
  마을기업으로``, ``고용노동부·여가부 지정 ‘청주IT여성새로일하기센터’`` (the name may open the next line): each
  body is the certifier of the name after the word, else of the clause's topic (``X은 … 등록 마을기업으로``),
  else of the enterprise the passage is about;
- money a body gave: ``농림축산식품부, 경기도, 여주시의 재원으로``, ``경상남도의 지원을 받아``, ``행정안전부
  예산으로``: each body of the list funds the clause's topic, else the passage's subject or program.

Only public bodies (places, ministries, public agencies) designate or fund this way: ``㈜한빛 지정 대리점`` names no
certifier. The designated thing must not be a public body itself (``여성가족부 지정 기관``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.clauses import TOPIC
from ingest.cleaning import normalize_space
from ingest.passages import Item, Named, Passage, quoted_names

if TYPE_CHECKING:  # the partners reader hands itself in; no import cycle at run time
    from ingest.relations.partners import Partners

PUBLIC_TYPES = ("central-government", "public-agency")
# Between two bodies of one list: 고용노동부·여가부, 농림축산식품부, 경기도, 여주시, A 및 B, A와 B.
_LIST_JOIN = re.compile(r"\s*(?:[·ㆍ,/]|및|와|과)\s*")
# The designation after a list of bodies: 인증 / 지정 / 등록 as a word (not 지정신청, 지정심사, 등록금).
# … or before it, with the type it gives between: ㈜○○ 고용노동부 사회적기업 인증(3. 28.), X은 행정안전부 마을기업으로 지정.
_DESIGNATES = re.compile(r"\s+(?P<typed>[가-힣]{2,10}기업\s*(?:으로|로)?\s*)?(?:설립\s*)?(?:인증|지정|등록|인가)(?:을\s*받은|받은|된|됐[가-힣]*|되었[가-힣]*)?(?=\s|$|[.,'‘\"“「『()])")
_NOT_DESIGNATION = re.compile(r"\s*(?:신청|심사|취소|해제|예정|추진|절차|요건|기준)")
# Money a list of bodies gave: (의) 재원으로, 예산으로, 지원으로, 지원을 받아, 보조금으로, 기금으로.
_PAID = re.compile(r"\s*(?:의\s*)?(?:재원|예산|보조금|지원금|기금|지원|후원)\s*(?:으로|을\s*받|를\s*받|받아)")
# The report's place, by its short form, holding a thing: 군 주최 「…」, 시 주관 '…'.
_PLACE_HOLDS = re.compile(r"(?:^|[^가-힣])(?:시|군|구|도)\s*(?:주최|주관)(?:로|으로)?\s*(?=[「『'‘\"“])"
                          # … or that opened it: 군이 10월 17일부터 … 쉬리공원에서 연 '… 가을장터'
                          r"|(?:^|[^가-힣])(?:시|군|구|도)(?:이|가)\s[^'‘\"“「『.]{0,50}?\s(?:연|개최한|마련한|여는)\s*(?=[「『'‘\"“])")


def read_acts(partners: Partners, passage: Passage) -> None:
    """Certifiers and funders the passage's lines state, added to ``partners``."""
    items = passage.items
    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else passage.following
        for run in _runs(item):
            if not all(public(partners, named) for named in run):
                continue
            after = item.text[run[-1].mention.end:]
            designation = _DESIGNATES.match(after)
            if designation and not _NOT_DESIGNATION.match(after, designation.end()):
                target = _designated(partners, item, run, designation.end(), following) or \
                    _topic(partners, item, run) or _just_before(partners, item, run) or passage.scope.subject
                _add_each(partners, target, run, item, following, "certifier")
            elif paid := _PAID.match(after):
                target = _topic(partners, item, run) or _quoted_after(partners, passage, item,
                                                                      run[-1].mention.end + paid.end()) or \
                    passage.scope.subject or passage.scope.program
                _add_each(partners, target, run, item, None, "funder")


def place_holds(partners: Partners, passage: Passage) -> None:
    """The place, by its short form, that holds what its report quotes: ``군 주최 「2025 기장 … 장터」 개최``."""
    place = passage.scope.municipality
    for item in passage.items if place is not None else ():
        held = _PLACE_HOLDS.search(item.text)
        quoted = _quoted_after(partners, passage, item, held.end()) if held else None
        if quoted is not None:
            partners.add(quoted, place, item.text, [item], role_list=["organizer"])


def _runs(item: Item) -> list[list[Named]]:
    """The names of a line as lists: names joined only by a list mark or 및/와/과 are one list."""
    runs: list[list[Named]] = []
    for named in item.actors():
        last = runs[-1][-1] if runs else None
        if last is not None and _LIST_JOIN.fullmatch(item.text[last.mention.end: named.mention.start]):
            runs[-1].append(named)
        else:
            runs.append([named])
    return runs


def public(partners: Partners, named: Named) -> bool:
    return named.kind in ("municipality", "province") or partners.ctx.org_types.get(named.key) in PUBLIC_TYPES


def _designated(partners: Partners, item: Item, run: list[Named], start: int, following: Item | None):
    """The name a designation is written before: on its line within a few words, or opening the next line."""
    offset = run[-1].mention.end + start
    near = [n for n in item.actors() if n.mention.start >= offset and n.mention.start - offset <= 16]
    if near:
        return None if public(partners, near[0]) else near[0].key
    if not item.text[offset:].strip() and following is not None:
        lead = len(following.text) - len(following.text.lstrip(" -∙·▸○❍□'‘\"“「『"))
        opening = [n for n in following.actors() if n.mention.start <= lead + 1]
        if opening and not public(partners, opening[0]):
            return opening[0].key
    return None


def _topic(partners: Partners, item: Item, run: list[Named]):
    """The clause's topic: the last name before the bodies with 은/는/이/가 (강천섬권역 영농조합법인은 …, 군은 ㈜새날푸드가
    전라남도의 지원을 받아), if it is no public body."""
    before = [n for n in item.actors() if n.mention.end <= run[0].mention.start
              and TOPIC.match(item.text, n.mention.end)]
    return before[-1].key if before and not public(partners, before[-1]) else None


def _just_before(partners: Partners, item: Item, run: list[Named]):
    """The name written right before the bodies (㈜○○ 고용노동부 사회적기업 인증), or whose parenthesis holds them
    (○○영농조합법인('25. 3. 21. 충청북도 지정)), if it is no public body."""
    before = [n for n in item.actors() if n.mention.end <= run[0].mention.start and
              re.fullmatch(r"['’\"”]?\s*(?:신규\s*)?(?:\([^()]*)?", item.text[n.mention.end: run[0].mention.start])]
    return before[-1].key if before and not public(partners, before[-1]) else None


def _quoted_after(partners: Partners, passage: Passage, item: Item, start: int):
    """The program the clause quotes after the money (행정안전부 예산으로 '마을기업 성장 지원사업'을 추진)."""
    quoted = quoted_names(item.text[start:])
    if not quoted or quoted[0].start() > 4:
        return None
    return partners.ctx.program(normalize_space(quoted[0].group(1)), partners.ctx.evidence_of([item]),
                                municipality=passage.scope.municipality)


def _add_each(partners: Partners, target, run: list[Named], item: Item, following: Item | None, role: str) -> None:
    if target is None or target[0] not in ("organization", "program", "pledge"):
        return
    lines = [item] if following is None else [item, following]
    for named in run:
        partners.add(target, named.key, item.text, lines, role_list=[role])

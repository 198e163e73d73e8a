"""Beneficiaries: the groups of people a program serves or employs (청년, 경력단절 여성, 장애인, 노인 …).

A passage (a sentence with the lines the PDF broke it into) that speaks of whom it is for (대상, 대 상, 위한,
취약, 일자리, 고용, 채용, 자립, 지원 …) names its beneficiary groups, as does the heading that names a program
(``□ 산업단지 청년캠퍼스 운영``); they belong to the program of its heading, else the pledge the region implements.
Residents in general are not a group: every program serves them; a group word inside a name (여성가족부,
시장상인회, a department, a team, a law, an award) is not one either.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.passages import Passage
from ingest.records import Concept, Fact, Record

# Where a group word names no group served: a department or team (여성가족과, 청년창의산업팀), a law (「장애인기업활동
# 촉진법」), an award (여성일자리 추진 우수기관).
_NAMES_NO_GROUP = re.compile(
    r"[가-힣]*(?:정책|가족|복지|경제|지원|일자리|산업|행정|사업|창의|기획)(?:과|팀|담당관|추진단)(?![가-힣])"
    r"|[가-힣]{2,}팀(?![가-힣])|「[^」]*(?:법|법률|조례|규칙|령)」"
    r"|[^\s,()]+(?:\s+[^\s,()]+){0,2}\s*우수\s*(?:기관|자치단체|지자체|사례)"
    r"|(?:대상|이상|이하)인\s?")  # 대상인 ○○상, 30% 이상인 기업: no 상인 (merchants) there
# Every match of _NAMES_NO_GROUP holds one of these.
_NO_GROUP_WORDS = ("과", "팀", "담당관", "추진단", "「", "우수", "인")
_CRITERION = re.compile(r"\d\s*(?:인|명|%)\s*(?:이상|이하|미만)인?\s*(?:기업|사업장|업체)")
_FOR_WHOM = re.compile(r"대\s?상|위한|취약|일자리|고용|채용|자립|지원|약자|양성|육성|교육|참여|창업|취업|직원|종사자|근로자"
                       r"|\d\s*명이?\s*일하|도록\s*돕|에게\s+(?:\S+\s+){0,3}?(?:제공|배달|지원|전달|연계|교육|나[누눌눈눠눔]|드리|돌보|돕)")


def make_beneficiaries():
    def beneficiaries(passage: Passage, ctx: Context) -> list[Record]:
        scope = passage.scope
        subject = scope.program or (scope.pledges[0] if scope.pledges else None) or scope.subject or \
            scope.municipality
        if subject is None:
            return []
        out: list[Record] = []
        # The sentence (its lines the PDF broke together) says whom it is for, or it is the heading that names the
        # program: □ 산업단지 청년캠퍼스 운영 is for young people.
        titled = scope.program is not None and len(ctx.label(scope.program) or "") >= 4 and \
            (ctx.label(scope.program) or "").replace(" ", "") in passage.text.replace(" ", "")
        if not _FOR_WHOM.search(passage.text) and not titled:
            return []
        for item in passage.items:
            if _CRITERION.search(item.text):
                continue  # 여성근로자 30% 이상인 기업: who qualifies, not whom the program serves
            # A group word inside a name (여성새로일하기센터, 여성가족부, 시장상인회) is not a group served.
            text = item.text
            spans = [(n.mention.start, n.mention.end) for n in item.named]
            if any(word in text for word in _NO_GROUP_WORDS):  # the pattern's scan is slow; most lines have none
                spans += [m.span() for m in _NAMES_NO_GROUP.finditer(text)]
            for start, end in spans:
                text = text[:start] + " " * (end - start) + text[end:]
            for _, cue, group in ctx.lexicon.find_concepts("beneficiary-group", text):
                if group == "residents":
                    continue
                # On a line of several pledges, a group is the one pledge's whose words name it.
                own = next((p for p in scope.pledges if not scope.program and cue in (ctx.label(p) or "")), subject)
                out.append(Fact(own, "sekg:beneficiary", Concept("beneficiary-group", group), ctx.evidence_of([item])))
        return out

    return beneficiaries

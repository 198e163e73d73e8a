"""Partners in a report's sentence, read from its grammar rather than its layout.

- every party of an agreement: ``A는 B, C와 '… 업무협약'을 체결했다``; an agreement to run a thing (위탁협약,
  위탁운영 협약) makes the party its operator too;
- each body's part as its clause ends: ``X가 주최·주관하고 Y와 Z가 후원하는``, ``X는 … 컨설팅을 맡는다``,
  ``수탁기관으로 'X'를 선정``;
- the body that holds what the sentence quotes: ``북구는 … '2024 북구 사회적경제 한마당'을 연다``;
- the body a certification came from: ``X로부터 설립 인가를 받았으며``, ``X의 인가를 받아``;
- the place that pays toward an enterprise or an agreement (``시는 창업자금 5천만원을 지원했다``, ``동구가 구비
  2천만원을 보태``): financial support;
- the participants a sentence lists: ``참여 기업은 A, B, C이다``, ``행사에는 A, B, C 등 28개 기업이 참여하며`` (of
  the name quoted before).

The sentence's own subject may be written as the place's short form (``군은``, ``시가``) or as ``이 회사는``:
it is then the passage's municipality or subject.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ingest.clauses import TOPIC
from ingest.passages import QUOTED, Named, Passage, quoted_names
from ingest.relations import roles
from ingest.relations.partner_acts import PUBLIC_TYPES

if TYPE_CHECKING:  # the reader of line-structured passages hands itself in; no import cycle at run time
    from ingest.relations.partners import Partners

# Between a name and the next: only a joining particle or a list mark (A와 B가, A, B, C와), and perhaps a word
# that qualifies the next name (하동군과 한국남부발전 하동빛드림본부가).
_JOINS_NEXT = re.compile(r"(?:\([^)]*\))?\s*(?:와|과|및|,|·)\s*(?:[가-힣]{1,6}의\s|[가-힣A-Za-z]{2,10}\s)?")
# What a name's clause says of it: its particle, then the words up to the clause's end.
# (its staff or a unit of it may stand between: 호남서해대학교 경영학과 교수진은, ○○은행 관계자는)
_PART = re.compile(r"(?:\([^)]*\))?['’”]?(?:\s[가-힣]{0,6}(?:학과|과|팀|부|교수진|직원들?|관계자|봉사단|학생들?)){0,2}"
                   r"\s*(?:이|가|은|는|와|과|의|에서|측)(?![가-힣])\s*([^.]{0,60})")
_CLAUSE_END = re.compile(r"[가-힣](?:고|며)\s|(?:하는|한|된|맡은)\s|다[.!?]?(?:\s|$)|,\s|[하되]면\s")
# A part named before the body given it: (수탁기관|운영기관)으로 'X'를 선정.
_ROLE_THEN_NAME = re.compile(r"([가-힣]*(?:기관|주체|사업자|운영자))(?:으로|로)\s*(?:[가-힣]+\s){0,2}?['‘\"“]?(?=\S)")
_OPEN_PAREN = re.compile(r"\([^)]*$")
_IS_A = re.compile(r"(?:기업|조합|법인|단체)(?:이고|이며|이다|입니다|으로|로)(?:[\s,]|$)")
# The place or the enterprise a sentence's subject refers back to: 군은, 시가, 구는; 이 회사는, 조합은.
_PLACE_SUBJECT = re.compile(r"^\s*(?:[가-힣]{1,4}\s)?(?:시|군|구|도)(?:는|은|가|이)\s")
# … or by its name where the recogniser left it unresolved (동구는: one of many 동구, the report's own).
_NAMED_PLACE_SUBJECT = re.compile(r"^\s*([가-힣]{1,5}(?:시|군|구))(?:는|은|가|이)\s")
_SELF_SUBJECT = re.compile(r"^\s*(?:[가-힣]{1,4}\s)?(?:이\s*(?:회사|기업|업체|조합|법인|단체)|조합|회사|법인)(?:는|은|이|가)\s")
# Holding what is quoted: '…'을 연다, 개최했다, 마련한다.
_HOLDS = re.compile(r"['’”」]\s*(?:을|를)\s*(?:[가-힣]+\s){0,2}?(?:연다|열었다|열어|열고|열며|열기로|개최|마련한다|마련했다)")
# A certification from a body: X로부터 (설립) 인가를 받았다, X에서 인증을 받은.
_FROM = re.compile(r"(?:\([^)]*\))?\s*(?:(?:으로부터|로부터)\s*(?:[가-힣]+\s){0,2}?(?:인가|인증|지정|승인|등록)|"
                   r"의\s*(?:설립\s*)?(?:인가|인증|지정|승인)[을를]\s*받)")
# What a body was recognised as, by the sentence's subject: X를 자활기업으로 인정했다, X를 예비사회적기업으로 지정.
_RECOGNISED_AS = re.compile(r"['’”]?\s*[을를]\s*(?:[가-힣]+\s){0,2}?[가-힣]*(?:기업|조합|법인|단체)(?:으로|로)\s*"
                            r"(?:인정|지정|인증|인가)")
# A clause whose part is toward bodies it counts (관내 기업 30곳을 대상으로, 60개 기업에), not toward the enterprise the
# sentence is about (an agreement's party may well serve many).
_TOWARD_OTHERS = re.compile(r"\d+\s*(?:곳|개\s*기업|개사|개소|개\s*업체)\s*(?:을|를|에|에게)?\s*(?:대상으로|에게|\s)")
# The object of a verb of handing over at the sentence's end: 일감을 3년간 맡기기로 했다, 장소를 제공한다.
_HANDS_OVER = re.compile(r"(\S+)[을를]\s+(?:\S+\s+){0,3}(?:맡기|맡겼|맡긴|주기로|제공)\S*\s*(?:했다|한다)?\.?\s*$")
# A quoted name of a prize or an evaluation, not of an undertaking a body takes part in.
_SCHEME = re.compile(r"우수|평가|시상|어워드|(?:대상|상)$")
# A clause that opens on a subject of its own (군은, 재단이, ○○센터는).
_OWN_SUBJECT = re.compile(r"\s*(?:[가-힣A-Za-z()㈜]+\s)?[가-힣A-Za-z()㈜]{1,12}(?:은|는|이|가)\s")
# Money a body puts in (… 5천만원을 내, 1억원을 내놓고, 2천만원을 기부했다): it funds what the sentence is about.
_PAYS_IN = re.compile(r"\d[\d,.]*\s*(?:억|천|백|만)*\s*원[을를]\s*(?:내|냈|내놓|출연|기부|기탁|후원)")
# A part received from a body on the way to the sentence's verb: X의 컨설팅을 거쳐, X의 교육을 받아.
_RECEIVED = re.compile(r"(?:\([^)]*\))?['’”]?\s*의\s+([가-힣·]{2,12}?(?:\s[가-힣·]{2,8})?)[을를]\s*(?:거쳐|받아|받고|받았|받은|통해)")
# A body that lends (a bank, a credit union) or guarantees (a guarantee foundation or fund).
_LENDER = re.compile(r"은행|금고|신협|신용협동조합|농협|수협")
_GUARANTOR = re.compile(r"보증재단|보증기금|신용보증")
# A report's line that quotes an agreement made with a body, or by the bodies it lists: ○○와 '… 협약' 체결,
# A·B·C 「… 협약」 체결.
AGREEMENT_LINE = re.compile(r"(?:(?:와|과)\s*|[가-힣)]\s+)['‘\"“「『][^'’\"”」』]{2,60}(?:협약|MOU)['’\"”」』]\s*(?:을|를)?\s*(?:체결|맺)")
# A sentence that lists the participants of what was quoted before: 참여 기업은 A, B, C이다.
_PARTICIPANTS = re.compile(r"^\s*(?:이번\s*)?(?:참여|참가|입점)\s*(?:기업|업체|기관|단체|팀|조합)(?:은|는|으로는|로는)\s")
# … or names them before 등 and the count that takes part: 행사에는 A, B, C 등 28개 기업이 참여하며.
_TAKING_PART = re.compile(r"^\s*(?:이번\s*)?(?:행사|박람회|장터|대회|축제|한마당|판매전|설명회)(?:에는|에)\s(?P<names>.+?)\s등\s*"
                          r"\d[\d,]*\s*(?:여\s*)?(?:개|곳|개사)?\s*[가-힣]{0,12}?[이가]\s*(?:참여|참가|입점)")
# Not a party to an agreement: the venue (X에서 협약을 맺었다), a place that locates (천안시의 ○○조합), the object
# of another verb (센터를 운영할; but the body chosen to sign is one: 'X'를 선정하고 … 협약을 맺었다).
_NOT_A_PARTY = re.compile(r"(?:\([^)]*\))?['’”]?\s*(?:에서|의|[을를](?!\s*선정))(?![가-힣])")
# What is handed over, right before the body it is handed to (운영을 X에 맡긴다, 교육을 X에 위탁했다).
_HANDED_TO = re.compile(r"([가-힣]{2,6})[을를]\s+$")
# … and after it: the body a thing is entrusted to (X에 위탁, X에게 맡긴다); the line reader uses it too.
ENTRUSTED = re.compile(r"['’”]?\s*에(?:게)?\s*(?:위탁|맡겨|맡긴|맡기|맡겼)")
# Between a thing and the body that runs it: X를 운영하는 Y, X를 위탁 운영하고 있는 Y, X를 맡고 있는 Y.
_RUNS = re.compile(r"(?:\([^)]*\))?['’”]?\s*[을를]\s*(?:위탁\s*)?(?:운영하는|운영하고\s*있는|운영 중인|맡고\s*있는|맡아\s*온)\s*")
_RUNS_IT = re.compile(r"(?:\([^)]*\))?\s*(?:이|가)\s*(?:위탁\s*받아|수탁해|수탁하여|맡아)\s*운영")
RUN_BY_AGREEMENT = re.compile(r"(?:위탁|위·?수탁)(?:운영)?\s*(?:협약|계약)|운영\s*협약")


def read_sentence(partners: Partners, passage: Passage) -> None:
    """The partners of a report's sentence, added to ``partners``.

    The partnership is of what the sentence names in quotes (an agreement, an event, a program), else
    of the passage's subject or program, else of the sentence's own subject."""
    ctx = partners.ctx
    item = passage.head
    text = item.text
    actors = item.actors()
    scope = passage.scope
    if not actors:  # 국비 6천만원에 동구가 구비 2천만원을 보태: the place, unresolved as a name, may still pay
        _place_pays(partners, passage, scope.subject or scope.program, quoted_names(text))
        return
    quoted = quoted_names(text)
    of = None
    participants = _PARTICIPANTS.match(text)
    name = quoted[-1].group(1).strip() if quoted else \
        (item.antecedent if item.antecedent and (participants or re.search(r"이번\s|(?:협약|행사)에\s따라", text)
                                                  or _named_by_its_end(item.antecedent, text)) else None)
    typed = [cue for _, cue, _ in ctx.lexicon.find_concepts("enterprise-type", name or "")]
    if name and not (typed and name.endswith(typed[-1])):  # '제1차 충남형 예비사회적기업'으로 지정: a type, no program
        if not any(name == n.mention.text for n in actors) and len(name) >= 4:
            of = ctx.program(re.sub(r"^(?:19|20)\d{2}년?\s*", "", name) if not re.match(
                r"^(?:19|20)\d{2}\s", name) else name, ctx.evidence_of([item]),
                municipality=scope.municipality)
    subjects = [n.key for n in actors if TOPIC.match(text, n.mention.end)]
    place = _PLACE_SUBJECT.match(text) or _NAMED_PLACE_SUBJECT.match(text)
    if place and scope.municipality and (place.re is _PLACE_SUBJECT or place.group(1) == scope.municipality_name):
        subjects.insert(0, scope.municipality)
    elif _SELF_SUBJECT.match(text) and (scope.subject or item.referent):
        subjects.insert(0, scope.subject or ctx.organization(item.referent, ctx.evidence_of([item])))
    if participants and of is not None:
        for named in actors:
            partners.add(of, named.key, text, [item], role_list=["participant"])
        return
    taking_part = _TAKING_PART.match(text)
    if taking_part and item.antecedent and of is None:
        of = ctx.program(item.antecedent, ctx.evidence_of([item]), municipality=scope.municipality)
    if taking_part and of is not None:  # the rest of the sentence may give other bodies their parts
        for named in actors:
            if named.mention.end <= taking_part.end("names") and named.kind == "organization":
                partners.add(of, named.key, text, [item], role_list=["participant"])
    if of is not None and subjects and _HOLDS.search(text):
        partners.add(of, subjects[0], text, [item], role_list=["organizer"])
    for named in actors:
        if _FROM.match(text, named.mention.end) and subjects and subjects[0] != named.key:
            partners.add(subjects[0], named.key, text, [item], role_list=["certifier"])
        elif _RECOGNISED_AS.match(text, named.mention.end) and subjects and subjects[0] != named.key and \
                (subjects[0][0] in ("municipality", "province") or ctx.org_types.get(subjects[0]) in PUBLIC_TYPES):
            partners.add(named.key, subjects[0], text, [item], role_list=["certifier"])  # 동구는 X를 자활기업으로 인정
    for named, runner in zip(actors, actors[1:]):  # X를 운영하는 Y: Y runs X
        if _RUNS.fullmatch(text, named.mention.end, runner.mention.start) and named.key != runner.key:
            partners.add(named.key, runner.key, text, [item], role_list=["operator"])
    of = of or scope.subject or scope.program or (subjects[0] if subjects else None) or \
        (scope.pledges[0] if scope.pledges else None) or _enterprise_referred(ctx, item)  # … 물량을 받아 운영되고 있다
    if of is not None and of[0] in ("municipality", "province") and item.referent and of == scope.municipality:
        # 작업장은 군이 내줬고, 직무 훈련은 X가 맡는다: the place's part is toward the body the report is about
        of = ctx.organization(item.referent, ctx.evidence_of([item])) or of
    if of is None:
        return
    signed = re.sub(r"협약식\s*에서", " ", text)  # 이날 협약식에서 … 전달했다: where, not what was signed
    if re.search(r"협약|MOU|(?:위탁|위·?수탁)\s*계약", signed) and re.search(r"체결|맺|협약식|서명", signed):
        parts = ["agreement-partner", "operator"] if RUN_BY_AGREEMENT.search(text) else ["agreement-partner"]
        parties = [n for n in actors if not _NOT_A_PARTY.match(text, n.mention.end)]
        entrusted = [n for n in parties if n.kind == "organization" and not (subjects and n.key == subjects[0])]
        for named in parties:
            # the place that entrusts a thing signs for it; the one body entrusted runs it (of several, the one a
            # clause says runs it: _clause_parts)
            runs = named in entrusted and len(entrusted) == 1
            partners.add(of, named.key, text, [item], role_list=parts if runs else parts[:1])
        if subjects and subjects[0] not in {n.key for n in actors}:
            # 구는 … 3개 기관과 협약을 맺었다: the place that signs, written as 구는.
            partners.add(of, subjects[0], text, [item], role_list=["agreement-partner"])
        elif not subjects and scope.municipality and any(re.match(r"(?:\([^)]*\))?['’”]?\s*(?:와|과)\s", text[
                n.mention.end:]) for n in actors):
            # - ○○새마을금고와 '… 협약' 체결 (a report's line): the place that reports it is the other party
            partners.add(of, scope.municipality, text, [item], role_list=["agreement-partner"])
        lends = [r for r in roles(ctx, name or "") if r == "financial-support"]
        lender = _GUARANTOR if "보증" in (name or "") else _LENDER
        for named in actors:  # '… 특별융자 협약', '… 특례보증 업무협약': the lender or guarantor of the parties lends
            if lends and lender.search(named.mention.text) and not _NOT_A_PARTY.match(text, named.mention.end):
                partners.add(of, named.key, text, [item], role_list=lends)
    _place_pays(partners, passage, of, quoted)
    # A body's own part in a sentence about nothing else quoted is its part in what was quoted before
    # (협약에 따라 … . 한국사회적기업진흥원은 … 컨설팅을 맡는다), not a partnership with itself.
    before = item.antecedent if item.antecedent and not scope.subject and not scope.program and \
        not text.lstrip().startswith("한편") and not any(item.antecedent == n.mention.text for n in actors) else None
    # … unless what was quoted is a prize or an evaluation: then the part is toward the enterprise the report is about
    # ('2025년 우수마을기업' 심사 … 센터는 … 판로 컨설팅을 맡아 왔다)
    honoured = before and item.referent and _SCHEME.search(before)
    topic = subjects[0] if subjects and subjects[0][0] == "organization" else None
    runners = [n for n in actors if topic is not None and n.key != topic and _RUNS_IT.match(text, n.mention.end)]
    for named in runners:  # X센터는 지난 9월부터 Y가 위탁받아 운영하고 있다: Y runs X (and nothing else here)
        partners.add(topic, named.key, text, [item], role_list=["operator"])
    _clause_parts(partners, of, text, item, [n for n in actors if not runners or n not in runners and n.key != topic],
                  earlier=lambda: ctx.organization(item.referent, ctx.evidence_of([item])) if honoured else
                  ctx.program(before, ctx.evidence_of([item]), municipality=scope.municipality) if before else None)
    if place and place.re is _PLACE_SUBJECT and scope.municipality and of != scope.municipality:
        # 군이 주최하고 X가 주관한 …: the place's own part, by its short form (no name the actors hold)
        first = _CLAUSE_END.search(text, place.end())
        found = roles(ctx, " ".join(text[place.end(): first.start() + 1 if first else len(text)].split()[-2:]))
        if found and found[0] in ("organizer", "funder", "operator"):
            partners.add(of, scope.municipality, text, [item], role_list=found[:1])
    for named in actors:  # 운영을 X에 맡긴다: X does what is handed over, for what the report is about
        handed = _HANDED_TO.search(text, 0, named.mention.start)
        if handed is not None and handed.end() == named.mention.start and ENTRUSTED.match(text, named.mention.end):
            thing = ctx.program(item.antecedent, ctx.evidence_of([item]), municipality=scope.municipality) \
                if item.antecedent and not quoted else of
            if thing is not None and thing != named.key:
                partners.add(thing, named.key, text, [item], role_list=roles(ctx, handed.group(1))[:1] or ["operator"])
    for match in _ROLE_THEN_NAME.finditer(text):  # 수탁기관으로 '사단법인 경남공유경제연구소'를 선정
        named = next((n for n in actors if 0 <= n.mention.start - match.end() <= 2), None)
        found = roles(ctx, match.group(1))
        if named is not None and found:
            partners.add(of, named.key, text, [item], role_list=found[:1])


def _enterprise_referred(ctx, item):
    """The enterprise a sentence without a subject of its own goes on about (the body the report named last)."""
    key = ctx.organization(item.referent, ctx.evidence_of([item])) if item.referent else None
    return key if ctx.is_enterprise(key) else None


def _named_by_its_end(antecedent: str, text: str) -> bool:
    """Whether a sentence names the thing quoted before by the end of its name ('금정 사회적경제 혁신허브' … 허브 운영을)."""
    last = antecedent.split()[-1]
    return any(re.search(rf"(?<![가-힣'‘]){re.escape(last[at:])}(?:[은는이가을를의에]|에는|와|과|에서)?\s", text)
               for at in range(0, max(1, len(last) - 1)))


def _clause_parts(partners: Partners, of, text: str, item, actors: list[Named], *, earlier) -> None:
    """Each body's part as its clause ends; names joined by 와/과/, share the part of the last one."""
    chain: list[Named] = []
    for index, named in enumerate(actors):
        following = actors[index + 1].mention.start if index + 1 < len(actors) else len(text)
        between = text[named.mention.end: following]
        if index + 1 < len(actors) and _JOINS_NEXT.fullmatch(between):
            chain.append(named)  # 하동군과 한국남부발전 하동빛드림본부가 후원하는
            continue
        # Its part: what its clause says after it (X는 … 경영 컨설팅을 맡는다, Y가 주최·주관하고).
        part = _PART.match(between)
        ends = _CLAUSE_END.search(between)
        words = part.group(1)[: ends.start() - part.start(1)] if part and ends and ends.start() > part.start(1) \
            else (part.group(1) if part else "")
        # The part is what the clause ends on, its object and verb (…특례보증을 제공하고, …컨설팅을 맡는다),
        # not a word on the way (다온랩이 투자 유치 경험을 발표한다) nor inside a quoted name.
        # A parenthesis left open runs into the next name and is about it: '…'(주최 X).
        # … and what is handed over with the verb of handing it (후원 약정서를 전달했다, 성금을 기탁했다).
        # … and what a body takes on when it is a list (복지관은 교육과 대상자 발굴을 맡는다)
        handed = 4 if re.search(r"[가-힣](?:과|와)\s+(?:\S+\s+){1,2}\S+[을를]\s*(?:맡|담당|제공)", words) else \
            3 if re.search(r"(?:전달|기탁|기부)(?:했|하|한)", words) else 2
        tail = " ".join(_OPEN_PAREN.sub(" ", QUOTED.sub(" ", words)).split()[-handed:])
        found = [r for r in roles(partners.ctx, tail) if r != "agreement-partner"]
        if handed == 4:  # 창업 교육과 경영 컨설팅을 제공: each thing's head noun names a part (판로 컨설팅: consulting)
            heads = [c.split()[-1] for c in re.split(r"(?<=[가-힣])(?:과|와)\s+", tail.rsplit(" ", 1)[0]) if c.split()]
            found = [r for head in heads for r in roles(partners.ctx, re.sub(r"[을를]$", "", head))[:1]
                     if r != "agreement-partner"] or found[-1:]
        # … else the object of a verb of handing over that ends the sentence, past a clause inside it (㈜○○은 자사가
        # 관리하는 단지의 청소 일감을 3년간 맡기기로 했다)
        if _PAYS_IN.search(between[: ends.end()] if ends else between):
            found = ["funder"]  # 광주은행은 사회공헌기금 5천만원을 내 교육비를 지원한다: it pays, whatever for
        taken_on = None if found or not re.match(r"(?:맡|담당)", words) else \
            re.search(r"(\S+)\s*(?:은|는)\s+$", text[: named.mention.start])
        if taken_on is not None:  # 직무 훈련은 X가 맡는다: the thing taken on is the clause's topic
            found = [r for r in roles(partners.ctx, taken_on.group(1)) if r != "agreement-partner"]
        if not found and re.match(r"(?:\([^)]*\))?['’”]?\s*(?:와|과)\s*함께\s", between):
            found = ["collaborator"]  # X와 함께 발굴에 힘쓴 결과: X worked with the sentence's subject on it
        received = _RECEIVED.match(between)
        if received is not None:  # X의 컨설팅을 거쳐, X의 물량을 받아 운영되고: X's part, received by what the sentence is about
            found = [r for r in roles(partners.ctx, received.group(1)) if r != "agreement-partner"] or found
        given = None if found else _HANDS_OVER.search(between)
        if given is not None:
            found = [r for r in roles(partners.ctx, given.group(1)) if r != "agreement-partner"]
        if _IS_A.search(between[: ends.end()] if ends else between) or \
                _ROLE_THEN_NAME.search(text, named.mention.end, following + 1):
            # (… 운영을 맡을 수탁기관으로 X를 선정: the part is the body's named after its role, not the subject's)
            found = []  # 인증 사회적기업이고: what the body is, not a part it plays
        elif re.match(r"(?:\([^)]*\))?['’”]?\s*의(?![가-힣])", between) and re.search(r"[가-힣](?:이|가)\s", words) \
                or re.search(r"\d\s*명(?:이|가)\s", words):
            # X의 사업단에서 일하던 주민 14명이 … 참여하며, 군은 주민 31명이 출자해 만든 …: the clause's subject is another's
            found = []
        elif of is not None and of[0] == "organization" and _TOWARD_OTHERS.search(words):
            found = []  # 시는 관내 사회적경제기업 30곳을 대상으로 컨설팅을 지원한다: toward others, not a partner of this
        if found:
            owner = earlier() if named.key == of else of
            first = found if handed == 4 else found[:1]
            parts = first + [r for r in _later_parts(partners, between, ends) if r not in first]
            for member in [*chain, named]:
                if owner is not None:
                    partners.add(owner, member.key, text, [item], role_list=parts)
        chain = []


def _later_parts(partners: Partners, between: str, ends) -> list[str]:
    """The parts of the clauses that go on with the same subject (… 직무교육을 한 뒤 취업을 연계한다), up to a clause
    with a subject of its own (…, 군은 …)."""
    found = []
    rest = between[ends.end():] if ends else ""
    while rest and not _OWN_SUBJECT.match(rest):
        end = _CLAUSE_END.search(rest)
        clause = rest[: end.start()] if end else rest
        tail = " ".join(QUOTED.sub(" ", clause).split()[-2:])
        found += [r for r in roles(partners.ctx, tail) if r != "agreement-partner"][:1]
        rest = rest[end.end():] if end else ""
    return found


@functools.lru_cache(maxsize=256)
def _place_as_subject(name: str | None) -> re.Pattern:
    """The report's place as a clause's subject, by its short form or its name (시는, 군은, 동구가)."""
    names = "|".join(map(re.escape, filter(None, ["시", "군", "구", "도", name])))
    return re.compile(rf"(?:^|[,.]\s*|\s)(?:{names})(?:는|은|가|이)\s")
_PAYS = re.compile(r"\d[\d,.]*\s*(?:억|천|백|만)*\s*원[을를]?\s*(?:[가-힣]+\s){0,2}?(?:지원|보태|보조|부담|투입|출연|들여)")


def _place_pays(partners: Partners, passage: Passage, of, quoted: list) -> None:
    """The place that pays toward what the sentence is about: an enterprise, or the agreement it quotes (what it
    pays under an agreement, 협약에 따라 …, is toward the agreement, not the enterprise the report is about)."""
    scope, item = passage.scope, passage.head
    place = scope.municipality
    under_agreement = re.search(r"협약에\s*따라", item.text)
    if place is None or of is None or of == place or (of[0] == "organization" and under_agreement) or not (
            of[0] == "organization" or under_agreement or (
            quoted and re.search(r"(?:협약|MOU)\)?\s*$", quoted[-1].group(1)))):
        return
    for subject in _place_as_subject(scope.municipality_name).finditer(item.text):
        clause = re.split(r"(?<=[가-힣])(?:고|며)\s|다\.", item.text[subject.end():], maxsplit=1)[0]
        # … to it, not to others named in the clause (사회적기업 60곳에, 사회적경제 분야에 … 투입한다)
        if _PAYS.search(clause) and not re.search(r"[가-힣0-9]에\s", clause):
            partners.add(of, place, item.text, [item], role_list=["financial-support"])
            return

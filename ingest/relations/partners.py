"""Partners: who works with an enterprise or a program, and in what part, in the ways documents state it.

- a role line: ``국제통신공업(주) : 기술 및 자본 투자`` (the name, then its part);
- a labelled list: ``운영대학 : 영남대학교, 대구대학교``, ``등록기관 : 중소기업청`` (the label gives the role);
- a role table: a name on its own line, then bullets describing its part (``희망케어센터`` /
  ``w 차상위 계층 등 취약계층 알선``);
- parentheses: ``청주여성새로일하기센터(2009. 2. 고용노동부, 여성가족부 지정)``, ``국토교통부(지원)``;
- a clause: ``경기도 관광공사와 협력``, ``국제통신공업(주)의 기술 무상지원`` (and the bullets under it: more of its
  parts), ``X을 통한 창업연계``, ``추천은 남양주시(희망케어센터 등)에서 담당``, ``A, B, C 등을 통해 … 추천``;
- the members of a body they form: ``여주시와 국토교통부, … 이 함께하는 “강천섬 명소화 협의회” 구성``;
- a call for proposals: ``행정안전부의 '… 공모사업'``, ``중소기업청 공모 '…', '…'`` (the body funds what it selects),
  or an application to it (``고용노동부 사업 응모 및 선정``);
- a list of bodies an order was taken from: ``수원시, 수원문화재단 광고 수주``; a body that runs a program it quotes:
  ``○○평생학습관 … 「시민 인문학교」 운영``;
- what a public body did to something: ``행정자치부 등록 마을기업``, ``경기도의 재원으로`` (``partner_acts.py``);
- a layout: a facility's ``<place, operator>`` line, bodies counted before their names in brackets
  (``partner_layouts.py``);
- the body whose premises an event was held in: ``수원청소년문화센터 온누리아트홀에서 개최`` (``partner_venues.py``);
- a report's sentence: every party of an agreement, and each body's part as its clause ends (``X가 주최·주관하고 Y와
  Z가 후원하는``, ``X는 … 컨설팅을 맡는다``, ``수탁기관으로 'X'를 선정``); ``이번 박람회`` is the one quoted before.

The subject is the enterprise the passage is about, else the program of its heading; roles come from the
partner-role cues, and a clause that names a relation itself (협약, 협의회, 협력, 참여) is about that relation
whatever else it says. One record per passage and pair.
"""

from __future__ import annotations

import re

from ingest.cleaning import normalize_space
from ingest.context import Context
from ingest.names import NAME_ONLY
from ingest.passages import REPORT_SENTENCE, Item, Named, Passage
from ingest.records import EntityKey, Partnership, Record
from ingest.relations import roles
from ingest.relations.partner_acts import place_holds, read_acts
from ingest.relations.partner_layouts import (acted_by, counted, entrusted, located, moved_under, quoted_above,
                                              signed_under)
from ingest.relations.partner_sentences import AGREEMENT_LINE, ENTRUSTED, RUN_BY_AGREEMENT, read_sentence
from ingest.relations.partner_venues import read_venues

# Roles that are a relation in themselves; a clause naming one is about it (수원시와 … 건립 운영 협약 체결).
RELATIONAL_ROLES = ("agreement-partner", "governance-member", "collaborator", "participant")
_LOCATION_WORDS = (" 소재", " 출신", "소재", "출신")
# What joins a name to its part: a particle (a parenthesis may come first: 남양주시(희망케어센터 등)에서 담당; or the
# kind of body it is one of: 희망케어센터 등 복지기관과).
_JOINED = re.compile(r"(?:\([^)]{1,30}\))?['’”]?\s*(?:등\s*[가-힣]{2,8}?(?=[와과])|(?P<kind>[·ㆍ]\s*[가-힣]{0,6}(?:기관|단체|시설)))?"
                     r"(?:(?P<particle>와의|과의|와|과|의|[을를]\s*통한|[을를]\s*통해|에서|이)(?![가-힣])|(?=(?:업무)?협약|MOU|협력|협업))")
# A list of bodies through which something is done: 남양주시, 자활센터, 고용복지+센터 등을 통해.
_THROUGH_LIST = re.compile(r"\s*(?:등)?\s*[을를]\s*통(?:해|한)")
# A body the listed ones form: “강천섬 명소화 협의회” 구성, 사회적경제 네트워크 발족.
_FORMED = re.compile(r"[\"“'‘]?([가-힣A-Za-z0-9·\s]{2,30}?(?:협의회|협의체|위원회|네트워크|연합회|추진단))[\"”'’]?\s*"
                     r"(?:을|를)?\s*(?:구성|발족|결성|출범)")
# A call for proposals after a body: its quoted program (X의 '…공모사업', X '…' 공모에, X 공모 '…'), or bare;
# calls_for checks that the quote is one.
_CALL_QUOTED = re.compile(r"(?:의)?\s*(?:공모\s*)?['‘\"“]([^'’\"”]{2,60}?)['’\"”]\s*")
_CALL_MORE = re.compile(r"\s*[,·ㆍ]\s*['‘\"“]([^'’\"”]{2,60}?)['’\"”]")
# An application to a body's program (고용노동부 사업 응모 및 선정) is the same call seen from the applicant.
_CALL_BARE = re.compile(r"\s*(?:의\s*)?(?:사업\s*)?(?:공모|응모)(?:사업)?(?:\)|에\s*선정|\s*(?:및\s*)?선정|\s*[0-9]+개)")
_RUNS_ENTRUSTED = re.compile(r"\s*위탁\s*운영")  # 영주시사회적경제지원센터 위탁 운영 (not a ministry's 위탁사업)
# A line of several "label: value" fields apart by slashes.
_FIELDS = re.compile(r"^[^:/]{1,12}:[^:/]+(?:/\s*[^:/]{1,12}:[^:/]+)+$")
_LINKED = re.compile(r"\s*(?:등\s*)?(?:[가-힣]+\s*)?[와과]\s*(?:의\s*)?연계(?:하여|해|를\s*통해|하고)")
# Two acts of one body joined by 및 (충북새일본부 협약 및 사업비지급): the body plays both parts.
_BOTH_ACTS = re.compile(r"\s*(?:와|과)?\s*(?:업무)?(?:협약|MOU|협력|협업)\s*및\s*[가-힣]")
_LIST_MARK = re.compile(r"\s*(?:[,·ㆍ]|및)\s*")
# A body that runs a program it names in quotes (○○평생학습관 … 「시민 인문학교」 운영).
_RUNS_QUOTED = re.compile(r"\s*[^「『'‘\"“]{0,16}?[「『'‘\"“]([^」』'’\"”]{2,40})[」』'’\"”]\s*(?:을|를)?\s*운영(?!\s*지원)")
_ROLE_BULLETS = ("w", "▸", "-", "∙", "·", "❍", "○", "‣", "m")


# Money a body gives toward what a line is about: 2천만원 지원, 1억원 후원.
_MONEY_GIVEN = re.compile(r"\d[\d,.]*\s*(?:억|천|백|만)*\s*원\s*(?:을|를)?\s*(?:지원|후원|출연|기부|기탁)")


def _ordered_from(cues: dict) -> re.Pattern:
    """After a list of bodies: what was ordered, in a word, and the word for taking the order (수원시, 수원문화재단
    광고 수주): each body of the list provides the work. The words are ``order-taken-words`` in cues.yaml."""
    words = "|".join(map(re.escape, sorted(cues.get("order-taken-words", []), key=len, reverse=True)))
    return re.compile(rf"\s*(?:등\s*)?(?:(?:으로|로)부터\s*)?[가-힣]{{0,6}}\s*(?:{words})")


class Partners:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.label_ends = tuple(ctx.lexicon.cues.get("partner-label-ends", []))
        self.found: list[Partnership] = []

    def add(self, subject: EntityKey, partner: EntityKey, text: str, items: list[Item], *,
            role_list: list[str] | None = None) -> None:
        if subject == partner or partner[0] not in ("organization", "municipality", "province"):
            return
        role_list = role_list or roles(self.ctx, text) or ["collaborator"]
        if "agreement-partner" in role_list and subject[0] in ("organization", "municipality", "province"):
            # An agreement binds both parties: each is the other's agreement partner.
            self._add(partner, subject, text, items, ["agreement-partner"])
        self._add(subject, partner, text, items, role_list)

    def _add(self, subject: EntityKey, partner: EntityKey, text: str, items: list[Item], role_list: list[str]):
        for existing in self.found:
            if existing.subject == subject and existing.partner == partner:
                existing.roles = list(dict.fromkeys(existing.roles + role_list))
                return
        self.found.append(Partnership(subject, partner, role_list, normalize_space(text),
                                      self.ctx.evidence_of(items)))

    def read(self, passage: Passage) -> list[Partnership]:
        head = passage.head
        self.calls_for(passage)
        read_acts(self, passage)
        place_holds(self, passage)
        read_venues(self, passage)
        acted_by(self, passage)
        moved_under(self, passage)
        if located(self, passage) or entrusted(self, passage):
            return self.found
        sentence, scope = REPORT_SENTENCE.search(head.text) or AGREEMENT_LINE.search(head.text), passage.scope
        subject = scope.subject or scope.program or (scope.pledges[0] if scope.pledges else None) or \
            (None if sentence else quoted_above(self, passage))
        for named in head.actors() if sentence or subject is None else ():
            self.parenthesis(passage, None, named, head.actors())
        if sentence:  # read from its grammar
            read_sentence(self, passage)
            return self.found
        if subject is None:
            return self.found
        content = head.content
        label, sep, rest = content.partition(":")
        actors = head.actors()
        if _FIELDS.match(content):
            self.fields(passage, subject, actors)
            return self.found
        if sep and counted(self, passage, label, actors):
            return self.found
        if sep and label.strip() and self.role_line(passage, subject, label, rest, actors):
            return self.found
        parent = passage.outline[-1] if passage.outline else None
        if head.marker and parent is not None and self.role_entry(passage, subject, parent):
            return self.found
        if parent is not None and self.working_together(passage, parent):
            return self.found
        for named in actors:
            self.parenthesis(passage, subject, named, actors)
        if not actors and parent is not None:
            self.under_partner(passage, subject, parent)
        self.clause(passage, subject)
        for at, item in enumerate(passage.items[1:], start=1):  # … 주체인 / 국토교통부와 긴밀한 협업: a body on a
            if item.actors() and not item.marker and "\t" not in item.line.clean.text:  # line the sentence goes on to
                self.clause(Passage(passage.items[at:], passage.scope, passage.outline), subject)
        return self.found

    def under_partner(self, passage: Passage, subject, parent: Item) -> None:
        """A bullet under a line about one body's part (○ 국제통신공업(주)의 … 무상지원 / - 정기적인 기술교육지원,
        - 일감제공을 통한 운영 지원): each bullet is another part of that body."""
        named = parent.actors()
        if len(named) != 1 or named[0].key == subject or \
                not re.match(r"\s*의\s", parent.text[named[0].mention.end:]):
            return
        found = roles(self.ctx, passage.text)
        if found:
            self.add(subject, named[0].key, passage.text, [parent, *passage.items], role_list=found[:1])

    def fields(self, passage: Passage, subject, actors: list[Named]) -> None:
        """Several role fields on one line: 주최: 순천시 / 주관: ○○센터 / 후원: ○○농업협동조합."""
        head = passage.head
        shift = head.text.find(head.content)
        for field in re.finditer(r"([^:/]{1,12}):\s*([^/]+)", head.content):
            squeezed = field.group(1).replace(" ", "").strip("-∙·▸○❍□ ")
            found = signed_under(passage, roles(self.ctx, squeezed)[:1] if squeezed.endswith(self.label_ends) else [])
            for named in actors:
                if found and shift + field.start(2) <= named.mention.start < shift + field.end(2):
                    self.add(subject, named.key, squeezed, passage.items, role_list=found)

    def role_line(self, passage: Passage, subject, label: str, rest: str, actors: list[Named]) -> bool:
        head = passage.head
        shift = head.text.find(head.content)
        first = actors[0] if actors else None
        # "국제통신공업(주) : 기술 및 자본 투자"
        if first and normalize_space(label) in (first.mention.text, normalize_space(first.mention.text)):
            found = roles(self.ctx, rest)
            if _MONEY_GIVEN.search(rest):
                found = ["funder"]  # 영동농협 : 참여 기업 포장재 제작비 2천만원 지원: it pays
            elif "sales-support" in found:
                found = [r for r in found if r != "operator"]  # 판매대 운영: running the stall is the sales support
            self.add(subject, first.key, rest, passage.items, role_list=found or None)
            return True
        # "운영대학 : 영남대학교, 대구대학교", "등록기관 : 중소기업청"
        squeezed = label.replace(" ", "").strip("-∙·▸○❍□ ")
        if not squeezed.endswith(self.label_ends):
            return False
        label_roles = roles(self.ctx, squeezed)
        if not label_roles:
            return False
        named = [n.key for n in actors if n.mention.start - shift > len(label)
                 and not head.text.startswith(_LOCATION_WORDS, n.mention.end)
                 # a place is where, not who, at a venue (장 소 : 수성구 수성못, 김해 중소기업비즈니스센터)
                 and not (n.kind != "organization" and label_roles[0] == "facility-provider")]
        if not named:
            return False
        for key in dict.fromkeys(named):
            self.add(subject, key, label.strip(), passage.items, role_list=signed_under(passage, label_roles[:1]))
        return True

    def role_entry(self, passage: Passage, subject, parent: Item) -> bool:
        """A bullet describing the part of the body named alone on the line above it (a role table)."""
        if passage.head.marker not in _ROLE_BULLETS or parent.marker:
            return False
        named = parent.actors()
        if len(named) != 1 or not NAME_ONLY.match(parent.content):
            return False
        if parent.content.replace(" ", "") not in named[0].mention.text.replace(" ", "") + "(주)":
            return False
        found = roles(self.ctx, passage.text)
        if not found or named[0].key == subject:
            return False
        self.add(subject, named[0].key, passage.text, [parent, *passage.items])
        return True

    def working_together(self, passage: Passage, parent: Item) -> bool:
        """A list of bodies under a heading about their working together (``❍ 사회적기업 간 협력·연계 …`` /
        ``▸ ㈜형제기업, ㈜짜로사랑, 짜로사랑협동조합``): the first works with each of the others."""
        head = passage.head
        named = [n.key for n in head.actors(listed=True)]
        if len(dict.fromkeys(named)) < 2 or "," not in head.content or ":" in head.content:
            return False
        found = [r for r in roles(self.ctx, parent.content) if r in ("collaborator", "agreement-partner")]
        if not found:
            return False
        first, *others = list(dict.fromkeys(named))
        for other in others:
            self.add(first, other, parent.content, [head], role_list=found[:1])
        return True

    def parenthesis(self, passage: Passage, subject, named: Named, actors: list[Named]) -> None:
        head = passage.head
        paren = re.match(r"\(([^)]{1,40})\)", head.text[named.mention.end:])
        if not paren:
            return
        inner = roles(self.ctx, paren.group(1))
        if not inner:
            return
        end = named.mention.end + paren.end()
        inside = [n.key for n in actors if named.mention.end < n.mention.start < end and n.key != named.key]
        if inside:
            # 청주여성새로일하기센터(2009. 2. 고용노동부, 여성가족부 지정), X센터(수탁기관 (사)Y): the bodies inside are its
            # partners, in a sentence too and whatever the passage is about.
            for partner in inside:
                self.add(named.key, partner, paren.group(1), [head], role_list=inner[-1:])
        elif subject is not None and named.key != subject and len(paren.group(1)) <= 10:
            self.add(passage.scope.program or subject, named.key, paren.group(1), [head])  # 국토교통부(지원)

    def clause(self, passage: Passage, subject) -> None:
        """"X와 협력", "X의 기술 무상지원", "X을 통한 창업연계", "여주시와 A, B, C … 협의회 구성"."""
        head = passage.head
        actors = head.actors()
        if not actors:
            return
        if self.formed_body(passage, actors):
            return
        text = head.text
        whole = passage.text
        first = actors[0]
        runs = _RUNS_QUOTED.match(text, first.mention.end)
        if runs and first.kind == "organization" and not text[: first.mention.start].strip(" ❍○□▸-∙·"):
            program = self.ctx.program(normalize_space(runs.group(1)), self.ctx.evidence_of([passage.head]),
                                       municipality=passage.scope.municipality)
            if program is not None and program != first.key:  # (X와 함께 '…'을 운영: it works with who runs it)
                self.add(program, first.key, text, [passage.head], role_list=[
                    "collaborator" if re.match(r"\s*(?:와|과)\s*함께", text[first.mention.end:]) else "operator"])
        for named in actors:  # ○○센터에 위탁 운영: the body a thing is entrusted to runs it
            if named.key != subject and (ENTRUSTED.match(text, named.mention.end) or (
                    _RUNS_ENTRUSTED.match(text, named.mention.end) and named.kind == "organization" and
                    self.ctx.org_types.get(named.key) not in ("central-government", "public-agency"))):
                self.add(subject, named.key, whole, passage.items, role_list=["operator"])
        for named in actors[1:]:  # …, 동양대학교와 창업보육 협력: a later clause of the line opens on a body
            joined = _JOINED.match(text[named.mention.end:])
            if named.key != subject and re.search(r",\s*$", text[: named.mention.start]) and joined and \
                    joined.group("particle") in ("와", "과"):
                clause = text[named.mention.end:].split(",")[0]
                found = [r for r in roles(self.ctx, clause) if r in RELATIONAL_ROLES]
                if found:
                    self.add(subject, named.key, clause, passage.items, role_list=found[:1])
        joined = _JOINED.match(text[first.mention.end:])
        if not joined:
            self.through_list(passage, subject, actors)
            return
        particle = joined.group("particle")
        if particle in ("의", "이") and first.kind in ("municipality", "province") and not joined.group("kind"):
            return  # 수원시의 … 정책: a place's own policy, not a partner (but 시·복지기관의 추천: bodies that act)
        if particle in ("에서", "이") and not re.search(r"협력|지원|운영|참여|담당|제공|맡", whole):
            return
        after = whole[whole.find(first.mention.text) + len(first.mention.text):] if first.mention.text in whole \
            else whole
        found = roles(self.ctx, after)
        if not found and re.match(r"\s*(?:담당|맡|수행)", text[first.mention.end + joined.end():]):
            found = roles(self.ctx, text[: first.mention.start])  # 채용 및 추천은 남양주시에서 담당: the topic's part
        relational = [r for r in found if r in RELATIONAL_ROLES]
        specific = [r for r in found if r not in RELATIONAL_ROLES]
        # 복지기관과 연계하여 … 직무교육: a link (연계) through which the body plays a part of its own names that part.
        found = specific if relational == ["collaborator"] and specific and _LINKED.match(after) else \
            relational[:1] + specific[:1] if relational and specific and _BOTH_ACTS.match(after) else \
            relational[:1] or found
        if found == ["agreement-partner"] and RUN_BY_AGREEMENT.search(after) and first.kind == "organization":
            found = ["agreement-partner", "operator"]  # '○○협동조합'과 위탁협약 체결: it runs the thing (a place entrusts)
        if not found:
            return
        # Bodies written in the parenthesis after the first share its part (남양주시(희망케어센터 등)에서 담당).
        bracket = re.match(r"\(([^)]{1,30})\)", text[first.mention.end:])
        along = [n.key for n in actors if bracket and first.mention.end < n.mention.start <= first.mention.end +
                 bracket.end()] if particle != "의" else []
        followers = [n.key for item in passage.items for n in item.actors() if n.key != first.key]
        at_start = not text[: first.mention.start].strip(" ❍○□▸-∙·")
        # "여주시와 A, B, C …": a list starts right after the particle; "X와 협업, Y와 협약" is not one.
        listed = len(actors) > 1 and actors[1].mention.start - (first.mention.end + joined.end()) <= 2
        if particle in ("와", "과") and at_start and followers and listed:
            for partner in dict.fromkeys(followers):
                self.add(first.key, partner, whole, passage.items, role_list=found[-1:])
        elif first.key != subject:
            for key in [first.key, *along]:
                self.add(subject, key, whole, passage.items, role_list=found)
                if "agreement-partner" in found and subject[0] in ("program", "pledge") and passage.scope.municipality:
                    # A program's agreement is signed by the place that runs it (… 실천본부와 협약체결).
                    self.add(passage.scope.municipality, key, whole, passage.items, role_list=["agreement-partner"])

    def calls_for(self, passage: Passage) -> None:
        """A body's call for proposals funds what it selects: 행정안전부의 '… 공모사업', 농림축산식품부 '…' 공모에
        선정, 중소기업청 공모 '…', 국비 15억원(행정안전부 공모)."""
        item = passage.head
        text = item.text
        for named in item.actors():
            if named.kind == "municipality" and named.key == passage.scope.municipality:
                continue  # the place's own call is its own program
            # The quote may break onto the next line of the passage ('…육성사업','청년상인 / 창업 지원사업').
            after = " ".join([text[named.mention.end:], *(i.content for i in passage.items[1:])])
            quoted = _CALL_QUOTED.match(after)
            if quoted is not None and not (quoted.group(1).endswith(("공모사업", "공모")) or
                                           re.match(r"(?:사업\s*)?공모|에\s*선정|\s*대상", after[quoted.end():]) or
                                           "공모" in after[: quoted.start(1)]):
                quoted = None
            if quoted is None and not _CALL_BARE.match(after):
                continue
            titles = [quoted.group(1)] if quoted else []
            while quoted and (quoted := _CALL_MORE.match(after, quoted.end(1) + 1)):  # 공모 '…사업', '…사업' 선정
                titles.append(quoted.group(1))
            lines = passage.items if len(titles) > 1 else [item]
            for of in [self.ctx.program(normalize_space(re.sub(r"^(?:19|20)\d{2}년?\s*", "", title)),
                                        self.ctx.evidence_of(lines), municipality=passage.scope.municipality)
                       for title in titles] or [passage.scope.program or passage.scope.subject]:
                if of is not None:
                    self.add(of, named.key, text, lines, role_list=["funder"])

    def through_list(self, passage: Passage, subject, actors: list[Named]) -> None:
        """"남양주시, 자활센터, 고용복지+센터 등을 통해 취약계층을 추천": every body of the list has the part; so has
        each body of a list an order was taken from (수원시, 수원문화재단 광고 수주)."""
        text = passage.head.text
        last = actors[-1]
        listed = all(_LIST_MARK.fullmatch(text[a.mention.end: b.mention.start]) for a, b in zip(actors, actors[1:]))
        ordered = self.ctx.lexicon.parts("order-taken", _ordered_from).match(text, last.mention.end)
        if ordered and listed and (found := roles(self.ctx, ordered.group(0))):
            for named in actors:
                if named.key != subject:
                    self.add(subject, named.key, passage.text, passage.items, role_list=found[:1])
            return
        through = _THROUGH_LIST.match(text, last.mention.end)
        if not through or len(actors) < 2:
            return
        found = roles(self.ctx, text[through.end():])
        for named in actors:
            if found and named.key != subject:
                self.add(subject, named.key, passage.text, passage.items, role_list=found[:1])

    def formed_body(self, passage: Passage, actors: list[Named]) -> bool:
        """"A와 B, C … 이 함께하는 “강천섬 명소화 협의회” 구성": every body listed is a member of the body they
        form (a council, a committee, a network, quoted or named)."""
        whole = passage.text
        formed = _FORMED.search(whole)
        if not formed:
            return False
        body = self.ctx.organization(formed.group(1), self.ctx.evidence_of(passage.items),
                                     municipality=passage.scope.municipality,
                                     municipality_name=passage.scope.municipality_name, org_type="association")
        members = [n.key for item in passage.items for n in item.actors() if n.key != body]
        if body is None or len(set(members)) < 2:
            return False
        for member in dict.fromkeys(members):
            self.add(body, member, formed.group(0), passage.items, role_list=["governance-member"])
        return True


def make_partners():
    def partners(passage: Passage, ctx: Context) -> list[Record]:
        return list(Partners(ctx).read(passage))

    return partners

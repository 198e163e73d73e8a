"""Partners that a report's layout states rather than its words.

- a facility's place and operator in brackets on the line under it (``- ○○새일센터(일반형)`` /
  ``<성안동, ○○여성인력개발센터>``): the body given with the place runs the facility;
- a count of bodies and their names in brackets after a label (``학교 협동조합교육 : 3개교(○○고, ○○여고) 150명``):
  the bodies take part in what the label names;
- the body a thing is entrusted to, as a field in brackets (``협동조합 설립 컨설팅(위탁: ○○원) : …``) or as the
  value of a line (``○○허브 개관(2023. 5.) 및 운영 : (재)○○재단 위탁``): it runs what the line names;
- a body moved under another to be run by it (``사회적경제지원센터를 수원시지속가능도시재단으로 편입운영``, ``센터를
  재단으로 이관하여 운영``): the other runs it;
- the bodies in brackets after an act, and nothing else in them (``현장실사(여성가족부·충청북도)``, ``업무협약
  (시·○○센터·○○원)``, ``컨설팅 지원(○○사회적경제원)``): each plays the part the act names for what the passage is
  about;
- the bullets under a line that quotes an agreement (``○ A, B와 「… 협약」 체결`` / ``- B : 판매대 운영``): each
  body's part is in that agreement (money it gives funds it); under a ``○○센터 위·수탁 협약 체결`` line, the
  ``수탁기관`` runs the center and signed the agreement.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.cleaning import normalize_space
from ingest.names import counted_pattern
from ingest.passages import Named, Passage, quoted_names
from ingest.relations import roles
from ingest.relations.partner_acts import public
from ingest.relations.partner_sentences import RUN_BY_AGREEMENT

if TYPE_CHECKING:  # the partners reader hands itself in; no import cycle at run time
    from ingest.relations.partners import Partners

# (위탁: X), (운영기관: X), (수탁: X): the body a thing is entrusted to, as a field in brackets.
_ENTRUSTED_FIELD = re.compile(r"\(\s*(?:위탁|수탁|운영)(?:\s*기관)?\s*[:：]\s*([^()]+)\)")
# label : X 위탁 (운영): the line's value is the body it is entrusted to.
_ENTRUSTED_VALUE = re.compile(r"^\s*(.+?)\s*위탁(?:\s*운영)?\s*$")
# What a label says was done to the thing it names (○○허브 개관 및 운영): not part of the thing's name.
_DONE_TO = re.compile(r"(?:\s*(?:\([^()]*\)|및|개관|개소|운영|설치|조성|추진))+\s*$")
# Bodies alone in brackets: names apart by list marks (여성가족부·충청북도, A, B 및 C), perhaps closed by 등.
_ONLY_BODIES = re.compile(r"[\s,·ㆍ/및와과등]*")
# The act the brackets are written after: the words back to the line's last mark, colon or bracket.
_ACT_BEFORE = re.compile(r"([^:：,()\[\]<>·ㆍ]{2,24})\s*$")
# The place is an address word (…동, …읍, …로); the body after the comma is the operator.
_LOCATED = re.compile(r"^[<〈]\s*[가-힣0-9\s-]{1,15}?(?:읍|면|동|리|구|시|군|로|길)\s*,\s*(.+?)\s*[>〉]$")
# The facility's line: its name alone, perhaps with its type in brackets (충북새일센터(산단형)).
_TYPE_AFTER = re.compile(r"\([^)]{1,12}\)$")


def located(partners: Partners, passage: Passage) -> bool:
    head, above = passage.head, passage.previous
    place = _LOCATED.match(head.content.strip())
    if place is None or above is None:
        return False
    named = [n for n in head.actors() if n.mention.start >= head.text.find(place.group(1))]
    facility = above.organizations()
    if len(named) != 1 or len(facility) != 1 or named[0].kind != "organization" or \
            _TYPE_AFTER.sub("", above.content).strip() != facility[0].mention.text:
        return False
    partners.add(facility[0].key, named[0].key, head.text, [above, head], role_list=["operator"])
    return True


def counted(partners: Partners, passage: Passage, label: str, actors: list[Named]) -> bool:
    """A label that is a role (참여기관 : 3개 기관(…)) makes a role line instead; a short one (대상, 지원) names no
    activity."""
    ctx, head = partners.ctx, passage.head
    squeezed = label.replace(" ", "").strip("-∙·▸○❍□ ")
    count = ctx.lexicon.parts("counted-bodies", counted_pattern).search(head.text)
    if count is None or len(squeezed) < 6 or squeezed.endswith(partners.label_ends):
        return False
    named = [n.key for n in actors if count.start(1) <= n.mention.start < count.end(1)]
    if not named:
        return False
    program = ctx.program(normalize_space(label.strip(" -∙·▸○❍□")), ctx.evidence_of([head]),
                          municipality=passage.scope.municipality)
    for key in dict.fromkeys(named):
        partners.add(program, key, head.text, [head], role_list=["participant"])
    return program is not None


def entrusted(partners: Partners, passage: Passage) -> bool:
    """The operator a line gives in a bracketed field or as its value (see the module's docstring)."""
    ctx, head = partners.ctx, passage.head
    text = head.content
    field = _ENTRUSTED_FIELD.search(text)
    label, _, value = text.partition(":") if field is None else (text[: field.start()], "", field.group(1))
    entrusted_to = value if field is not None else (m.group(1) if (m := _ENTRUSTED_VALUE.match(value)) else "")
    start = head.text.find(entrusted_to) if entrusted_to else -1
    named = [n for n in head.actors() if start >= 0 and start <= n.mention.start < start + len(entrusted_to)
             and n.kind == "organization"]
    name = _DONE_TO.sub("", label.split(":")[0]).strip(" -∙·▸○❍□")
    residue = entrusted_to
    for body in named:
        residue = residue.replace(body.mention.text, "")
    if not named or len(name) < 4 or re.sub(r"[\s,·ㆍ와과및에]", "", residue):
        return False  # the value is only the bodies (…, 운영은 공모로 선정한 협동조합에 위탁: a plan, no operator named)
    program = ctx.program(normalize_space(name), ctx.evidence_of([head]), municipality=passage.scope.municipality)
    for body in named:
        if program is not None and program != body.key:
            partners.add(program, body.key, head.text, [head], role_list=["operator"])
    return program is not None


def acted_by(partners: Partners, passage: Passage) -> None:
    """The bodies in brackets after an act (see the module's docstring): the act names their part; a name right
    before the bracket is another rule's (``국토교통부(지원)``, ``○○센터(고용노동부 지정)``)."""
    subject = passage.scope.subject or passage.scope.program
    if subject is None:
        return
    for item in passage.items:
        text, actors = item.text, item.actors()
        for bracket in re.finditer(r"\(([^()]{2,60})\)", text):
            inside = [n for n in actors if bracket.start(1) <= n.mention.start and n.mention.end <= bracket.end(1)]
            residue = bracket.group(1)
            for body in inside:
                residue = residue.replace(body.mention.text, " ", 1)
            act = _ACT_BEFORE.search(text[: bracket.start()])
            if not inside or not _ONLY_BODIES.fullmatch(residue) or act is None or \
                    any(n.mention.end >= bracket.start() - 1 and n.mention.start < bracket.start() for n in actors):
                continue
            found = roles(partners.ctx, act.group(1))
            if found[-1:] == ["certifier"] and not all(public(partners, n) for n in inside):
                continue  # 예비사회적기업 지정(○○협동조합): the bracket names what was designated
            if any(n.kind != "organization" and not n.mention.text.endswith(("시", "군", "구", "도")) for n in inside):
                continue  # 230개 기업 참가(수원, 안산, 화성): where they come from
            for body in inside:
                if found and body.key != subject:
                    partners.add(subject, body.key, act.group(1) + bracket.group(0), [item], role_list=found[-1:])


# X를 Y(으)로 편입운영 / 이관하여 운영 / 통합 운영: Y runs X from now on.
_MOVED_UNDER = re.compile(r"\s*(?:으로|로)\s*(?:편입|이관|통합|흡수)\s*(?:하여|해|돼|되어)?\s*운영")


def moved_under(partners: Partners, passage: Passage) -> None:
    """A body moved under another to be run by it (see the module's docstring)."""
    for item in passage.items:
        actors = item.actors()
        for moved, runner in zip(actors, actors[1:]):
            between = item.text[moved.mention.end: runner.mention.start]
            if re.fullmatch(r"['’”]?\s*[을를]\s*", between) and _MOVED_UNDER.match(item.text, runner.mention.end) \
                    and moved.kind == runner.kind == "organization":
                partners.add(moved.key, runner.key, item.text, [item], role_list=["operator"])


def quoted_above(partners: Partners, passage: Passage):
    """What the bullet above quotes (○ A, B와 「…협약」 체결 / - B : 판매대 운영): the parts below are in it; or the
    body it entrusts (○ ○○센터 위·수탁 협약 체결 / - 수탁기관 : X)."""
    parent = passage.outline[-1] if passage.outline else None
    quoted = quoted_names(parent.text) if parent is not None and passage.head.marker else []
    if not quoted:
        runs = parent is not None and passage.head.marker and RUN_BY_AGREEMENT.search(parent.text)
        return next((n.key for n in parent.organizations()), None) if runs else None
    name = re.sub(r"^(?:19|20)\d{2}년?\s*", "", quoted[-1].group(1).strip())
    # ▷ 사회적경제기업 제품 '보은장터몰' 입점 업무협약 체결: the agreement is the whole phrase, the quote a part of it
    agreement = _AGREEMENT_AROUND.search(parent.content)
    if agreement and agreement.start("quote") > 0:
        name = normalize_space(re.sub(r"['‘’\"“”「」『』]", " ", agreement.group("name")))
    return partners.ctx.program(name, partners.ctx.evidence_of([parent]), municipality=passage.scope.municipality) \
        if len(name) >= 4 else None


_AGREEMENT_AROUND = re.compile(r"(?P<name>[^▷▶○□■\-\s][^():]*?(?P<quote>['‘\"“「『][^'’\"”」』]{2,40}['’\"”」』])[^():]*?"
                               r"(?:협약|MOU))\s*(?:을|를)?\s*(?:체결|맺)")


def signed_under(passage: Passage, found: list[str]) -> list[str]:
    """The body entrusted under a 위·수탁 협약 (the bullet above) runs the thing and signed the agreement; the bodies
    taking part in an agreement signed (the bullet above) are its parties."""
    parent = passage.outline[-1] if passage.outline else None
    if found == ["operator"] and parent is not None and RUN_BY_AGREEMENT.search(parent.text):
        return ["operator", "agreement-partner"]
    if found == ["participant"] and parent is not None and _AGREEMENT_AROUND.search(parent.content):
        return ["agreement-partner"]  # ▷ '…' 입점 업무협약 체결 / ‣ 참여기관 : A, B, C: the parties that signed
    return found

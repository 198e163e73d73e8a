"""Enterprises and their types: an organization is an enterprise of a type when the text says so.

- its own name says it: ``…사회적협동조합``, ``…협동조합``, ``농업회사법인 …``, ``…자활사업단``;
- a type word stands right before it (``마을기업 "대흥리마을공동체"``, ``사회적협동조합 행복나눔``,
  ``예비사회적기업 지정(정읍교육복지협동조합)``) or right after it in parentheses (``㈜희망키움터(사회적기업)``);
- a label gives it: ``발굴(육성) 사회적기업 : ㈜더페이퍼``;
- it is an item of a list under a heading that names the type (``❍ 장애인 자립 사회적기업 모델`` /
  ``▸ ㈜마음샘, 춤추는 헬렌켈러, 수원굿윌스토어``);
- it is the enterprise a case is about and the case's title names the type (unless its own name says otherwise);
- a report's clause says it of its subjects (``㈜다온케어와 ㈔가평사랑나눔은 인증 사회적기업이고``,
  ``X를 충남형 예비사회적기업으로 지정했다``), or lists it after the report named the type it designates
  (``마을기업으로 지정됐다 … 새로 지정된 곳은 A, B, C``: :attr:`ingest.passages.Scope.designated`);
- a roundup names the field it won in (``▲마을기업 분야 행정안전부 장관 표창 ㈜임실치즈마루``).

An organization without any of these stays an organization (with its organization type).
"""

from __future__ import annotations

import re

from ingest.context import Context, typed
from ingest.passages import Item, Passage
from ingest.records import Record


def make_enterprises():
    def enterprises(passage: Passage, ctx: Context) -> list[Record]:
        out: list[Record] = []
        find = ctx.lexicon.find_concepts
        # A heading's type word, unless it is part of a name there (Ⅲ 강천섬권역 영농조합법인 현황 names one body).
        parent = passage.outline[-1] if passage.outline else None
        parent_types = [c for at, _, c in find("enterprise-type", parent.text)
                        if not any(n.mention.start <= at < n.mention.end for n in parent.named)] if parent else []
        for item in passage.items:
            evidence = ctx.evidence_of([item])
            content, text = item.content, item.text
            shift = text.find(content)
            label, sep = _field_label(content)
            label_types = [c for _, _, c in find("enterprise-type", label)] if sep else []
            # A list of names under a heading that names their type: short items, not a sentence.
            listed = "," in content and all(len(part.strip()) <= 20 for part in content.split(","))
            for named in item.organizations():
                mention, key = named.mention, named.key
                if mention.enterprise_hint:
                    out.append(typed(key, mention.enterprise_hint, evidence))
                if sep and mention.start - shift > len(label) and label_types:
                    out.append(typed(key, label_types[-1], evidence))
                for concept in _adjacent(ctx, item, mention.start, mention.end):
                    out.append(typed(key, concept, evidence))
                if parent_types and listed and not mention.enterprise_hint and item.marker and not sep:
                    out.append(typed(key, parent_types[0], evidence))
            out += [typed(key, concept, evidence) for key, concept in _predicated(ctx, item)]
            for field in _FIELD.finditer(text):
                kinds = [c for _, _, c in find("enterprise-type", field.group(1)) if c != "social-economy-organization"]
                out += [typed(n.key, kinds[-1], evidence) for n in item.organizations()
                        if kinds and field.start(2) <= n.mention.start < field.end(2)]
            if passage.scope.designated and (_DESIGNATED_LIST.search(text) or _ENTRY.fullmatch(text)):
                out += [typed(n.key, passage.scope.designated, evidence) for n in item.organizations()]
        subject = passage.scope.subject
        named = [n for i in passage.items for n in i.named if n.key == subject]
        # The case title's type, unless the name itself says what it is (강천섬권역 영농조합법인 in a case on 협동조합).
        if subject and passage.scope.type_cues and named and not any(n.mention.enterprise_hint for n in named):
            out += [typed(subject, concept, ctx.evidence_of(passage.items[:1])) for concept in passage.scope.type_cues]
        # A body the curated table knows as public (고용노동부 in 사회적기업 인증 : 2개소(… 고용노동부 인증)) is
        # never an enterprise, whatever the line around it says.
        public = ctx.lexicon.parts("never-enterprises", lambda cues: frozenset(cues.get("never-enterprises", [])))
        return [r for r in out if r.subject[0] != "organization" or
                getattr(ctx.lexicon.organizations.get(r.subject[1][0]), "type", None) not in public]

    return enterprises


def _field_label(content: str) -> tuple[str, str]:
    """A line's label and its colon, the colon outside brackets (협동조합 설립 컨설팅(위탁: X) : 9개 has none before
    its second colon)."""
    depth = 0
    for at, char in enumerate(content):
        depth += (char in "([") - (char in ")]")
        if char in ":：" and depth <= 0:
            return content[:at], char
    return content, ""


# A sentence that lists the bodies a report designated: 신규 마을기업은 …, 새로 지정된 곳은 …, 지정 기업은 ….
_DESIGNATED_LIST = re.compile(r"(?:새로\s*|신규\s*|재)?(?:지정|선정|인증)(?:된|\s*기업은|된\s*곳은|된\s*기업은)|신규\s+\S+[은는]\s")
# An entry of a report's list of the bodies it designated: ◇ 농업회사법인 ㈜○○ (대표 ○○○).
_ENTRY = re.compile(r"\s*[◇◆▷▶■●]\s*[^\s,.]+(?:\s[^\s,.]+)?\s*(?:\((?:대표|이사장)[^)]*\))?\s*")
# A roundup by field: ▲마을기업 분야 행정안전부 장관 표창 ㈜○○ (up to the next ▲): the field's type is the winner's.
_FIELD = re.compile(r"▲\s*([^▲]{2,20}?)\s*(?:분야|부문)\s([^▲]*)")
# A clause ends where its verb does (…이고, …했으며, …됐다.): what a clause says of a type is said of its own subjects.
_CLAUSE_END = re.compile(r"[가-힣](?:고|며)\s*,?\s|[.!?](?:\s|$)")


def _predicated(ctx: Context, item: Item) -> list[tuple]:
    """Types a report's clause gives the bodies it is about: ``㈜다온케어와 ㈔가평사랑나눔은 인증 사회적기업이고``,
    ``청평호영농조합법인은 2022년 마을기업으로 지정됐다``."""
    text = item.text
    orgs = item.organizations()
    names = [(n.mention.start, n.mention.end) for n in item.named]
    found = []
    for position, cue, concept in ctx.lexicon.find_concepts("enterprise-type", text):
        if any(s <= position < e for s, e in names) or concept == "social-economy-organization":
            continue
        if not _PREDICATE.match(text, position + len(cue)):
            continue
        start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, position)), default=0)
        subjects = [n for n in orgs if start <= n.mention.start and n.mention.end <= position]
        # The clause's subjects stand before their topic or subject particle (은/는/이/가), or before the object
        # particle of a designation (㈜온누리밥상을 충남형 예비사회적기업으로 지정했다).
        # (a head's name in brackets may stand between: ㈜초평들밥상(대표 ○○○)은)
        topic = [n for n in subjects if re.match(r"(?:\([^()]{1,20}\))?(?:은|는|이|가|을|를)\s", text[n.mention.end:])]
        if topic:
            last = topic[-1].mention.end
            found += [(n.key, concept) for n in subjects if n.mention.end <= last]
    return found


_PREDICATE = re.compile(r"(?:으로|로)\s*(?:재|신규\s*|새로\s*)?(?:지정|선정|인증|등록)|(?:이고|이며|이다|입니다|이었)|"
                        r"(?:으로|로)\s*,|"  # X는 … 돕는 사회적기업으로, 지난해 …: what X is
                        r"\s*(?:인증|지정)(?:을|를)?\s*받")  # X는 2019년 사회적기업 인증을 받은 뒤


def _adjacent(ctx: Context, item: Item, start: int, end: int) -> list[str]:
    """Types written right before a name (a type word, or one with 지정/인증 and an opening bracket) or in
    parentheses right after it."""
    text = item.text
    found = []
    before = text[:start].rstrip("(\"'“‘ ")
    adjacent = ctx.lexicon.find_concepts("enterprise-type", before[-14:])
    if adjacent:
        cue = adjacent[-1][1]
        if before.endswith(cue) or (before.endswith(("지정", "인증")) and text[:start].rstrip().endswith("(")):
            found.append(adjacent[-1][2])
    after = re.match(r"\s*\(([^)]{2,15})\)", text[end:]) or _DESIGNATED_AS.match(text, end)
    if after:
        concept = ctx.lexicon.concept_for("enterprise-type", after.group(1))
        if concept:
            found.append(concept)
    return found


# A type written after a name with the act that gave it: 햇사과마을영농조합법인 마을기업 지정, X 사회적기업 인증, X
# 고용노동부 사회적기업 인증 (the ministry that gave it between).
_DESIGNATED_AS = re.compile(r"['’\"”]?\s+(?:[가-힣]{2,8}(?:부|청)\s+)?(?:신규\s+)?([가-힣()]{2,12}?)\s*(?:으로|로)?\s*(?:재지정|지정|인증)(?!기관|심사|신청|예정|제외|취소|준비|추진)")

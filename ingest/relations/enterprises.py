"""Enterprises and their types: an organization is an enterprise of a type when the text says so.

- its own name says it: ``…사회적협동조합``, ``…협동조합``, ``농업회사법인 …``, ``…자활사업단``;
- a type word stands right before it (``마을기업 "대흥리마을공동체"``, ``사회적협동조합 행복나눔``,
  ``예비사회적기업 지정(정읍교육복지협동조합)``) or right after it in parentheses (``㈜희망키움터(사회적기업)``);
- a label gives it: ``발굴(육성) 사회적기업 : ㈜더페이퍼``;
- it is an item of a list under a heading that names the type (``❍ 장애인 자립 사회적기업 모델`` /
  ``▸ ㈜마음샘, 춤추는 헬렌켈러, 수원굿윌스토어``);
- it is the enterprise a case is about and the case's title names the type.

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
        parent_types = [c for _, _, c in find("enterprise-type", passage.outline[-1].content)] \
            if passage.outline else []
        for item in passage.items:
            evidence = ctx.evidence_of([item])
            content, text = item.content, item.text
            shift = text.find(content)
            label, sep, _ = content.partition(":")
            label_types = [c for _, _, c in find("enterprise-type", label)] if sep else []
            listed = "," in content  # a list of names under a heading that names their type
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
        subject = passage.scope.subject
        if subject and passage.scope.type_cues and subject in {n.key for i in passage.items for n in i.named}:
            out += [typed(subject, concept, ctx.evidence_of(passage.items[:1])) for concept in passage.scope.type_cues]
        return out

    return enterprises


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
    after = re.match(r"\s*\(([^)]{2,15})\)", text[end:])
    if after:
        concept = ctx.lexicon.concept_for("enterprise-type", after.group(1))
        if concept:
            found.append(concept)
    return found

"""What the words and lines around a figure say of it: whether it counts enterprises of one type (and the kinds a
count by type is split into), whether places counted are bodies or premises, the total stated on the bullet above a
part, and the line a PDF carried the rest of a figure's sentence onto."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.clauses import clause_left_start, clause_right
from ingest.passages import QUOTED, Item, Passage

if TYPE_CHECKING:  # the figure reader hands itself in; no import cycle at run time
    from ingest.figures import FigureReader

# Words of a clause that reports how things stand (관내 마을기업이 11곳으로 늘었다, 현재 …, a type : figures line).
_STATE = r"현황|현재|기준|운영\s*중|운영되|있다|있으며|늘었|늘어|관내|[군시구도]내\s|모두|활동|달한다|[이가]\s*됐다|(?:이다|입니다)\.?$|[:：]|\d\s*년\s*말|유형별|종류별"
# Premises a count of places may be of (판매장 3개소, 센터 2개소, 공유공간 5곳), or running them (… 운영(2개소)).
_PREMISES = re.compile(r"센터|시설|공간|매장|판매장|장터|점포|사무실|공방|카페|쉼터|관|소(?:\s|$)|터|단지|부지|거점|운영")
# A bullet that states a total (❍ 일자리 업무 운영인력 : 총 23명), the parts listed under it.
_TOTAL_ABOVE = re.compile(r"^([^:：]{2,30})[:：]\s*총\s*\d")


def of_total_above(reader: FigureReader, item: Item, passage: Passage, quantity) -> str | None:
    """A part of the total the bullet above states counts what the total counts: ❍ 일자리 업무 운영인력 : 총 23명 /
    - 일자리센터(시청1층) : 8명 are staff, whatever the part's name says."""
    parent = passage.outline[-1] if passage.outline and item.marker else None
    total = _TOTAL_ABOVE.match(parent.content) if parent is not None else None
    if total is None or ":" not in item.content or item.text.find(":") > quantity.start or \
            not any(q.unit == quantity.unit for q in parent.quantities):
        return None
    return reader.named_indicator(total.group(1), quantity.unit)


def next_line(passage: Passage, item: Item) -> str:
    """The line a PDF carried the rest of an item's sentence onto, up to where that clause ends."""
    following = [i for i in passage.items if i.number > item.number and i.content]
    return clause_right(following[0].text, 0) if following and not following[0].marker else ""


def typed_parts(reader: FigureReader, text: str, quantity, total, parts: list) -> tuple[str | None, list[str | None]]:
    """The enterprise types of the parts of a count by type, and the count's own type: 사회적기업 17개소(인증 11,
    예비 6) counts 11 certified and 6 preliminary social enterprises, and the 17 mixes both (no one type)."""
    labels, cursor = [], quantity.end
    for part in parts:
        labels.append(re.sub(r"[\s(,]", "", text[cursor: part.start]))
        cursor = part.end
    if total.enterprise_type is None:
        return None, [None] * len(parts)
    types = [reader.part_types.get(label, total.enterprise_type) for label in labels]
    return (None if len(set(types)) > 1 else total.enterprise_type), types


def count_by_type(reader: FigureReader, masked: str, quantity, indicator: str, text: str, *,
                  status: bool = False) -> tuple[str | None, str]:
    """Figures of enterprises of one type. Right after a type word (``마을기업 5곳``, ``사회적기업 : 10개소,
    53명``) a count is of organizations and people are their workers; where the clause reports how
    things stand (``관내 마을기업이 11곳으로 늘었다``, a ``type : figures`` line, or any line under a
    ``status`` heading such as ``□ 사회적경제기업 현황``) the figure is also a count by that type. Counts of
    enterprises supported or selected stay outcomes."""
    if quantity.unit not in ("count", "place", "person"):
        return None, indicator
    label, colon, _ = masked.partition(":")
    labelled = bool(colon) and quantity.start > len(label)
    counted = re.search(r"\d\s*(?:개소|개|곳)\s*\(\s*$", text[: quantity.start]) if quantity.unit == "person" else None
    if counted:  # 사회적기업 12개소(188명): the workers of the bodies of the type just counted
        typed = reader.ctx.lexicon.find_concepts("enterprise-type", masked[clause_left_start(masked, counted.start()):
                                                                          counted.start()])
        if typed and typed[-1][2] != "social-economy-organization" and (status or re.search(_STATE, text)):
            return typed[-1][2], "employees"
    start = clause_left_start(masked, quantity.start)
    prefix = re.search(r"\(예비\)\s*$", masked[:start])  # (예비)사회적기업 5개: the bracket is the type's own
    start = prefix.start() if prefix else start
    left = label if labelled else masked[start: quantity.start]
    found = reader.ctx.lexicon.find_concepts("enterprise-type", left)
    if labelled and not found:  # 연차별 목표 : 2023년 마을기업 12곳: the type in the value, before its figure
        left, labelled = masked[start: quantity.start], False
        found = reader.ctx.lexicon.find_concepts("enterprise-type", left)
    if not found:
        return None, indicator
    position, cue, concept = found[-1]
    between = left[position + len(cue):]
    workers = quantity.unit == "person" and re.fullmatch(r"\s*(?:종사자|근로자|직원|고용인원)\s*(?:수는?|은|는|이|가)?\s*",
                                                        between)
    if not labelled and not workers and not re.fullmatch(
            r"\s*(?:이|가|은|는|수는?)?\s*(?:말\s*)?(?:기준|현재)?\s*(?:(?:이\s)?[^\s,]+\s*[을를]\s*포함해\s*)?(?:총|모두|전체)?\s*",
            between):  # 사회적협동조합은 이 조합을 포함해 4곳
        return None, indicator
    if labelled and (between.strip(" -∙·") or text[position + len(cue): len(label)].strip(" -∙·")):
        return None, indicator  # (사회적기업 ㈜○○ : 근로자 12명: the body's own, its name masked)
    if indicator != "startups":  # 자활기업 2곳 신규 창업: bodies of the type that were started
        indicator = "employees" if quantity.unit == "person" else "organizations"
    # 도내 (예비)사회적기업은 모두 392곳: both kinds together, unless the line counts 사회적기업 apart or labels a list
    mixed = not labelled and cue.startswith("(예비)") and not re.search(r"사회적기업\s*[:：]?\s*\d", text.replace(cue, ""))
    if concept == "social-economy-organization" or mixed or not (labelled or status or re.search(_STATE, text)):
        return None, indicator
    return concept, indicator


def bodies_around(reader: FigureReader, masked: str, quantity, passage: Passage) -> str | None:
    """Organizations, for places (개소) counted where the line or its heading speaks of enterprises and the clause
    of no premises (재정지원사업 … / 7개소, 48명; 사회적경제기업 현황 / 제주시 503개소): bodies, not facilities."""
    if quantity.unit != "place":
        return None
    if _PREMISES.search(masked[max(0, quantity.start - 20): quantity.end + 6]):
        return None  # 상설매장 운영 (3개소 …), 고령자친화기업 운영(2개소): premises run
    heading = passage.outline[-1].content if passage.outline else ""
    spoken = [c for _, _, c in reader.ctx.lexicon.find_concepts("enterprise-type", masked[: quantity.start] + " " +
                                                               heading)]
    return "organizations" if spoken or re.search(r"기업|업체", masked[: quantity.start]) else None


def in_quoted_pledge(text: str, position: int) -> bool:
    """Whether ``position`` is inside a pledge's title quoted after the word (구청장 공약인 '… 300개 창출')."""
    return any(q.start() < position < q.end() and re.search(r"공약(?:인|으로|은|\s)?\s*$", text[: q.start()])
               for q in QUOTED.finditer(text))


def governs(ctx, key) -> bool:
    """Whether ``key`` is a ministry (the curated table's central government): a figure it is named before is one
    it grants or funds, not its own."""
    known = ctx.lexicon.organizations.get(key[1][0]) if key[0] == "organization" else None
    return known is not None and known.type == "central-government"

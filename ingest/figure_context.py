"""What the lines around a figure say of it: the total stated on the bullet above a part, the kinds a count by type
is split into, and the line a PDF carried the rest of a figure's sentence onto."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.clauses import clause_right
from ingest.passages import Item, Passage

if TYPE_CHECKING:  # the figure reader hands itself in; no import cycle at run time
    from ingest.figures import FigureReader

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

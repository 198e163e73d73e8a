"""What a relation part reads: items (lines with what the pipeline found), passages and their scope.

An :class:`Item` is one line, or one sentence of a long line (news paragraphs run many sentences on one
line), with the names, quantities and dates the spaCy components found on it and the entities the names
resolve to. A :class:`Passage` is an item with the lines that carry on its sentence (a PDF breaks a
sentence over several lines), or a table, together with its :class:`Scope`: what the text around it is
about (the municipality, the program of the heading above, the enterprise the passage introduced, the
year, whether its figures are goals). Readers (``ingest/readers/``) decide the regions, the outline
(``ingest/outline.py``) cuts them into passages, and relation parts (``ingest/relations/``) turn passages
into records.

>>> from ingest.cleaning import clean_line
>>> from ingest.structure import parse_line
>>> from ingest.quantities import find_quantities
>>> text = "수원시는 3일 협약을 맺었다. 기업 12곳이 참여했다."
>>> item = Item(parse_line(clean_line(7, text)), (), tuple(find_quantities(text)), ())
>>> [(s.number, s.text, [q.value for q in s.quantities]) for s in split_sentences(item, minimum=0)]
[(7, '수원시는 3일 협약을 맺었다.', []), (7, '기업 12곳이 참여했다.', [12])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ingest.cleaning import CleanLine
from ingest.components import Mention
from ingest.dates import DateValue
from ingest.quantities import Quantity
from ingest.records import EntityKey
from ingest.structure import Line, Table, parse_line

# A sentence ends after a final ending or a full stop followed by a space: "…했다. ", "…예정이다. ", "…함. ".
# A period after a digit is part of a date (2016. 5. 28.), not the end of a sentence.
_SENTENCE_END = re.compile(r"(?<=[가-힣)\"'’”])[.!?](?=\s+\S)")
# A report's sentence, not an outline's bullet: a finite verb closes it (…했다, …한다, …이다.).
REPORT_SENTENCE = re.compile(r"(?:했|았|었|됐|였|혔|한|된|힌|는)다\.?(?:\s|$)|다\.(?:\s|$)")
# A phrase in quotes: a name (of an agreement, a prize's scheme, an event), unless it is quoted speech.
QUOTED = re.compile(r"['‘\"“「『]([^'’\"”」』]{2,60})['’\"”」』]")
# Items shorter than this are never split: a bullet line is one statement.
SENTENCE_SPLIT_MIN = 120


@dataclass(frozen=True)
class Named:
    """A name on a line and the entity it was resolved to."""

    mention: Mention
    key: EntityKey

    @property
    def kind(self) -> str:
        return self.key[0]


@dataclass
class Item:
    """One line (or one sentence of a line) with what the pipeline found on it."""

    line: Line
    mentions: tuple[Mention, ...]
    quantities: tuple[Quantity, ...]
    dates: tuple[DateValue, ...]
    named: list[Named] = field(default_factory=list)  # filled when the region's names are resolved
    # The name in quotes an earlier sentence of a report gave, that "이번 …" (this fair, this agreement) refers to.
    antecedent: str | None = None
    # The body an earlier sentence of a report named last, that 이 업체는 / 이 회사는 refers back to.
    referent: str | None = None
    # A report's headline: it restates what the body says in fewer words (an award is read from the body).
    headline: bool = False

    @property
    def number(self) -> int:
        return self.line.number

    @property
    def text(self) -> str:
        return self.line.text

    @property
    def content(self) -> str:
        return self.line.content

    @property
    def marker(self) -> str:
        return self.line.marker

    @property
    def indent(self) -> int:
        return self.line.indent

    def actors(self, *, listed: bool = False) -> list[Named]:
        """Names of organizations, municipalities and provinces, in order (``listed``: also names read off a
        list)."""
        return [n for n in self.named if n.kind in ("organization", "municipality", "province")
                and (listed or n.mention.how != "list")]

    def organizations(self) -> list[Named]:
        return [n for n in self.named if n.kind == "organization"]


@dataclass
class Scope:
    """What a region or passage is about."""

    municipality: EntityKey | None
    municipality_name: str | None
    program: EntityKey | None = None  # the program of the nearest heading, or the case's or pledge's own
    pledges: tuple[EntityKey, ...] = ()
    case: EntityKey | None = None
    subject: EntityKey | None = None  # the enterprise or organization the passage is about
    year: str | None = None  # the year the text around is about (a heading, a table's column)
    plan: bool = False  # the text states goals (a pledge card or record): its figures are targets
    period: str | None = None  # the plan's term, for goals that name none
    type_cues: tuple[str, ...] = ()  # enterprise types the region's title names
    designated: str | None = None  # the enterprise type a report says bodies were designated as (마을기업으로 지정)

    def owner(self, *, goal: bool = False) -> EntityKey | None:
        """Who a figure belongs to when the passage names no one: its subject or program, the plan's pledge
        for a goal (a plan's statement of how things stand is about the place), else the place."""
        return self.subject or self.program or (self.pledges[0] if goal and self.plan and self.pledges else None) \
            or self.municipality


@dataclass
class Passage:
    """An item and the lines that carry on its sentence, or a table; with its scope and headings above."""

    items: list[Item]
    scope: Scope
    outline: tuple[Item, ...] = ()  # the headings above it, outermost first
    table: Table | None = None
    previous: Item | None = None  # the line just above it, whatever its rank (a row's first line, for the next)
    following: Item | None = None  # the line just below it (a designation's name may open it)

    @property
    def head(self) -> Item:
        return self.items[0]

    @property
    def text(self) -> str:
        return " ".join(item.content for item in self.items if item.content)

    @property
    def first_line(self) -> int:
        return self.items[0].number

    @property
    def last_line(self) -> int:
        return self.items[-1].number


def quoted_names(text: str) -> list[re.Match]:
    """The quoted phrases of ``text`` that name something (quoted speech ends like a sentence: …다, …요).

    >>> [q.group(1) for q in quoted_names("'사회적경제 아카데미'를 열었다. 그는 '돕겠다'고 했다")]
    ['사회적경제 아카데미']
    """
    return [q for q in QUOTED.finditer(text) if not re.search(r"(다|요)[.!]?$", q.group(1))]


def slice_line(line: Line, start: int, end: int) -> Line:
    """The part ``[start, end)`` of a line's cleaned text as a line of its own (same number and original)."""
    clean = line.clean
    offsets = clean.offsets[start:end] + (clean.offsets[end] if end < len(clean.offsets) else clean.offsets[-1],)
    return parse_line(CleanLine(clean.number, clean.original, clean.text[start:end], offsets))


def split_sentences(item: Item, *, minimum: int = SENTENCE_SPLIT_MIN) -> list[Item]:
    """A long line as one item per sentence, each with the names, figures and dates inside it."""
    text = item.text
    if len(text) < minimum:
        return [item]
    cuts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        while start < end and text[start].isspace():
            start += 1
        if start >= end:
            continue
        inside = lambda a, b: start <= a and b <= end  # noqa: E731
        out.append(Item(
            slice_line(item.line, start, end),
            tuple(replace(m, start=m.start - start, end=m.end - start) for m in item.mentions if inside(m.start, m.end)),
            tuple(replace(q, start=q.start - start, end=q.end - start) for q in item.quantities
                  if inside(q.start, q.end)),
            tuple(replace(d, start_char=d.start_char - start, end_char=d.end_char - start) for d in item.dates
                  if inside(d.start_char, d.end_char)),
        ))
    return out or [item]

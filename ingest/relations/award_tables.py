"""Awards laid out as a table: a row per winner, with its rank and the prize that came with it.

A table whose header names the winner (수상자, 수상기관, 수상기업, 기업명) and the rank or the prize (순위, 등급,
시상, 수상내역) lists awards (``기업  최우수  함평군  ㈜나비골햇살도시락  전라남도지사상``): each row's award is the
scheme quoted above the table with the row's rank (``2025 전남 사회적경제 우수기업·우수 시군 평가 최우수``), its
recipient the body (or the place) the winner's cell names, its grantor the body the prize's title carries
(``전라남도지사상`` → 전라남도), its year the scheme's or the report's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.cleaning import normalize_space
from ingest.passages import QUOTED, Passage
from ingest.records import Award

if TYPE_CHECKING:  # the awards part hands itself in; no import cycle at run time
    from ingest.relations.awards import Awards

_WINNER = re.compile(r"수상자|수상\s*기관|수상\s*기업|수상\s*단체|기업명|기관명")
_RANK = re.compile(r"순위|등급|수상\s*내역|^상$|훈격")
_PRIZE = re.compile(r"시상|포상|상\s*명|부상")
# A quoted name of an evaluation or a contest, in the lines above the table.
_SCHEME = re.compile(r"평가|대회|시상|어워드|공모|경진|선발")
LOOK_BACK = 12  # lines above a table where its scheme may be quoted


def table_awards(awards: Awards, passage: Passage) -> list[Award]:
    """The awards of ``passage``'s table, one per row (see the module's docstring); none if it is no award table."""
    ctx, table = awards.ctx, passage.table
    header = [normalize_space(h) for h in table.header]
    winner = next((i for i, h in enumerate(header) if _WINNER.search(h)), None)
    rank = next((i for i, h in enumerate(header) if _RANK.search(h)), None)
    prize = next((i for i, h in enumerate(header) if _PRIZE.search(h) and i != rank), None)
    if winner is None or (rank is None and prize is None):
        return []
    scheme = _scheme_above(ctx, table.line_start)
    year = re.search(r"(?:19|20)\d{2}", scheme or "")
    date = year.group(0) if year else (passage.scope.year or (ctx.reference_date or "")[:4] or None)
    by_number = {item.number: item for item in passage.items}
    out = []
    for number, cells in table.rows:
        item = by_number.get(number)
        if item is None or len(cells) <= winner:
            continue
        evidence = ctx.evidence_of([item])
        recipient = _recipient(awards, item, cells[winner], passage, evidence)
        ranked = cells[rank].strip() if rank is not None and rank < len(cells) else ""
        prized = cells[prize].strip() if prize is not None and prize < len(cells) else ""
        title = ranked or prized.split(",")[0].strip()
        if recipient is None or not title:
            continue
        label = normalize_space(f"{_strip_year(scheme)} {title}") if scheme else title
        grantor = awards.body(prized.split(",")[0].strip(), passage, evidence, known_only=True) if prized else None
        out.append(Award(recipient, label, date, evidence, grantor))
    return out


def _scheme_above(ctx, line: int) -> str | None:
    """The last quoted scheme in the lines just above the table (… '2025 전남 사회적경제 우수기업·우수 시군 평가' 시상식)."""
    for number in range(line - 1, max(0, line - LOOK_BACK), -1):
        text = ctx.by_number[number].text if number in ctx.by_number else ""
        names = [m.group(1) for m in QUOTED.finditer(text) if _SCHEME.search(m.group(1))]
        if names:
            return names[-1]
    return None


def _strip_year(scheme: str) -> str:
    return re.sub(r"^(?:19|20)\d{2}\s*년?\s*", "", scheme).strip()


def _recipient(awards: Awards, item, cell: str, passage: Passage, evidence):
    """The body the winner's cell names: a name the row's line holds, a place, else the cell as a body's name."""
    cell = cell.strip()
    if len(cell) < 2:
        return None
    named = next((n.key for n in item.actors(listed=True) if n.mention.text in cell or cell in n.mention.text), None)
    if named is not None:
        return named
    return awards.body(cell, passage, evidence) or awards.ctx.organization(
        cell, evidence, municipality=passage.scope.municipality)

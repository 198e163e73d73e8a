"""Periods of figures: which date on a line a figure has, and what its period says of it against the document.

A figure takes the date on its line before it (or, when none is, the first after it in the same statement), else
the year its heading or block names, else a plan's term. Read against when the document was written, a figure
for a later year is a goal and a plan's figure for a year before its term is where the plan starts from.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.passages import Item, Passage, Scope


_COMPARED = re.compile(r"\s*(?:도)?\s*(?:보다|대비|에\s*비해|에\s*견줘|같은\s*기간\s*(?:보다|대비))")


def period_of(item: Item, position: int, passage: Passage) -> str | None:
    """A figure's period: the date on its line that goes with it, else the year of its heading or block, else a
    plan's term."""
    # A date after the figure is its own unless a new statement starts between (7,910원 ‣ 2019년 10,000원 목표).
    stop = min([i for i in (item.text.find(ch, position) for ch in "‣▸⇒➡→") if i >= 0] + [len(item.text)])
    # … nor one in a parenthesis that holds a figure of its own: 420개 (2023년 276개).
    paren = item.text.find("(", position)
    close = item.text.find(")", paren) if paren >= 0 else -1
    if paren >= 0 and any(paren < q.start < (close if close >= 0 else len(item.text)) for q in item.quantities):
        stop = min(stop, paren)
    # A date compared against (올해보다, 전년 대비) is no figure's own: 내년도 예산을 올해보다 25% 증액한 5억원.
    own = [d for d in item.dates if not _COMPARED.match(item.text, d.end_char)]
    dates = [d for d in own if d.start_char < position] or [d for d in own if d.start_char < stop]
    if dates and dates[-1].start_char < position and _FROM_TO.search(item.text[dates[-1].end_char: position]):
        # 올해 예산도 지난해 1억9천만원에서 3억원으로: the date before the first figure is that figure's own
        dates = dates[:-1]
        if not dates:
            return passage.scope.year or (passage.scope.period if passage.scope.plan else None)
    if dates:
        d = dates[-1] if dates[-1].start_char < position else dates[0]
        if d.end_char <= position and re.search(r"현재\s", item.text[d.end_char: position]) and passage.scope.year:
            return passage.scope.year  # 지난해 9월 인가를 받았으며, 현재 직원 17명이: as things stand now
        as_of = re.search(r"(\d{1,2})\s*월\s*말?\s*(?:기준|현재)", item.text)
        if as_of and len(d.start) == 4 and not d.end:  # 2017 : 6회 … (6월말 기준): the year as of June's end
            return f"{d.start}-{int(as_of.group(1)):02d}"
        return d.period
    if passage.scope.year:
        return passage.scope.year
    return passage.scope.period if passage.scope.plan else None


def after_writing(ctx: Context, period: str | None) -> bool:
    """Whether a period starts after the year the document was written: what it states for then is a goal
    (호매실 주민편의시설 내 1개소(2018년) in a 2017 casebook)."""
    entry = ctx.entry
    written = entry.year if entry else int(ctx.reference_date[:4]) if ctx.reference_date else None
    return bool(written and period and period[:4].isdigit() and int(period[:4]) > written)


def before_plan(ctx: Context, period: str | None, scope: Scope) -> bool:
    """Whether a goal's period ends before the plan's term starts (or, without a term, before the year the
    document was written): a figure stated for then is the point the plan starts from."""
    start = (scope.period or "")[:4]
    if not start.isdigit():
        entry = ctx.entry
        start = str(entry.year) if entry else (ctx.reference_date or "")[:4]
    end = (period or "").rsplit("/", 1)[-1][:4]
    return start.isdigit() and end.isdigit() and int(end) < int(start)


# A figure, then 에서, right before this one: the change runs from that figure (dated before it) to this one.
_FROM_TO = re.compile(r"\d[^\d\s]{0,4}\s*에서\s*$")

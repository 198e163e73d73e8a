"""Targets: every stated goal, and what was achieved against it where the text says.

A goal is a figure with a goal word (목표, 계획, 예정) in its clause, a figure of a plan (a pledge card or
record, unless it reports a state), or a cell of a table's goal column. ``목표 1만개 대비 150%`` beside
``14,739개`` pairs the goal with the achieved figure and the stated rate (:mod:`ingest.figures`).
``공약(1만명 취업)의 218% 초과 달성`` leaves the achieved figure to the yearly table above it: the rows'
sum is taken as achieved only when it reproduces the stated rate (within one point), and the achieved record
names the rows it sums (``sekg:computedFrom``).
"""

from __future__ import annotations

from decimal import Decimal

from ingest import figures
from ingest.figure_records import family, observe
from ingest.context import Context
from ingest.passages import Passage
from ingest.records import Observation, Record
from ingest.relations.outcomes import progress_of_goal

TABLE_REACH = 15  # lines above a stated rate where its yearly table may stand


def make_targets():
    def targets(passage: Passage, ctx: Context) -> list[Record]:
        out: list[Record] = []
        for figure in figures.read(passage, ctx):
            if family(figure) != "target":
                continue
            goal = observe(figure, ctx)
            if progress_of_goal(ctx, goal):
                continue  # 목표 대비 진척도 : 73% under a pledge: how far its goal came, kept on the goal
            out.append(goal)
            if figure.rate is not None:
                actual = _table_total(ctx, goal, figure.rate, passage.first_line)
                if actual is not None:
                    goal.achievement_rate = None
                    out.append(actual)
        return out

    return targets


def _table_total(ctx: Context, goal: Observation, rate: Decimal, line: int) -> Observation | None:
    """The yearly rows just above ``line`` whose sum over the goal gives ``rate`` (±1 point)."""
    rows: dict[tuple[int, str], list[Observation]] = {}
    for o in ctx.out.observations:
        if o.kind == "outcome" and o.value_kind == "actual" and line - TABLE_REACH <= o.evidence.line_end < line \
                and o.unit == goal.unit:
            rows.setdefault((o.evidence.line_end, o.unit), []).append(o)
    for (_, _), parts in sorted(rows.items(), reverse=True):
        if len(parts) < 2:
            continue
        total = sum(Decimal(p.value) for p in parts)
        if abs(total * 100 / Decimal(goal.value) - rate) > 1:
            continue
        periods = [p.period or "" for p in parts]
        first = min(p.evidence.line_start for p in parts)
        value = int(total) if total == total.to_integral_value() else total
        return Observation(
            "outcome", goal.subject, parts[0].indicator or goal.indicator, value, goal.unit,
            ctx.evidence(first, line), period=f"{periods[0]}/{periods[-1]}" if periods[0] and periods[-1] else None,
            municipality=goal.municipality, target=goal, achievement_rate=rate, computed_from=tuple(parts),
            label=goal.label)
    return None

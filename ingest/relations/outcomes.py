"""Outcomes: what a passage reports as achieved, a state, a projection or a point of comparison.

Every figure that is not a budget, a goal or a count by enterprise type (:func:`ingest.figure_records.family`):
participants, jobs created, revenue, members, visitors, sessions, areas … with the subject the figure
belongs to (an enterprise named before it owns its employees and revenue). A figure stated with its rate
against a goal the sentence does not repeat (``만들어진 일자리는 204개로, 목표 대비 68%``) achieves the goal an
earlier line stated, when the figures agree with the rate; a pledge's or program's progress without a rate
(``이행상황 : … 이용 기업 22곳``) achieves its one goal of that measure over its term.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ingest import figures
from ingest.figure_records import family, observe
from ingest.context import Context
from ingest.passages import Passage
from ingest.records import Observation, Record


def make_outcomes():
    def outcomes(passage: Passage, ctx: Context) -> list[Record]:
        found = achieving(ctx, [observe(f, ctx) for f in figures.read(passage, ctx) if family(f) == "outcome"])
        return [o for o in found if not progress_of_goal(ctx, o)]

    return outcomes


def achieving(ctx: Context, observations: list[Observation]) -> list[Observation]:
    """``observations``, each achieved figure with the goal stated before it that it achieves (see the module's
    docstring); the counts by type use it too (관내 마을기업 … 8곳 (목표 대비 80%))."""
    for actual in observations:
        if actual.target is None and actual.value_kind == "actual" and (
                actual.achievement_rate is not None or actual.subject[0] in ("pledge", "program")):
            actual.target = _stated_goal(ctx, actual)
    return observations


def progress_of_goal(ctx: Context, rate: Observation) -> bool:
    """Whether ``rate`` is how far a pledge's goal came (목표 대비 진척도 : 73%; … : 마을기업 90%, 사회적협동조합 80%),
    then kept on that goal: the goal of the type written before the rate, else the pledge's one goal."""
    if rate.indicator != "achievement-rate" or not re.search(r"진척|추진률|이행률|달성률", rate.label or ""):
        return False
    stated = [g for g in ctx.out.observations if g.value_kind == "target" and g.subject[0] == "pledge" and
              g.evidence.line_end <= rate.evidence.line_start]
    pledge = rate.subject if rate.subject[0] == "pledge" else (stated[-1].subject if stated else None)
    goals = [g for g in stated if g.subject == pledge and
             g.unit != "percent" and g.achievement_rate is None and
             not any(o.target is g for o in ctx.out.observations)]
    word = re.search(rf"([가-힣]+)\s*{re.escape(str(rate.value))}\s*%", rate.label or "")
    typed = ctx.lexicon.concept_for("enterprise-type", word.group(1)) if word else None
    own = [g for g in goals if g.enterprise_type == typed or re.search(rf"{word.group(1)}\s*{g.value}\s*(?:곳|개)",
                                                                     g.label or "")] if typed else goals
    if len(own) != 1:
        return False
    own[0].achievement_rate = Decimal(rate.value)
    return True


def _stated_goal(ctx: Context, actual: Observation) -> Observation | None:
    """The latest goal stated before ``actual`` of its indicator and unit that its rate agrees with (±1 point); a
    pledge's progress without a rate (이행상황: 이용 기업 22곳) goes toward the pledge's one goal of that measure."""
    goals = [g for g in ctx.out.observations if g.value_kind == "target" and g.indicator == actual.indicator and
             g.unit == actual.unit and g.value and g.evidence.line_end <= actual.evidence.line_start]
    if actual.achievement_rate is None:
        own = [g for g in goals if g.subject == actual.subject and g.period and "/" in g.period]
        return own[0] if len(own) == 1 and Decimal(actual.value) <= Decimal(own[0].value) else None
    return next((g for g in reversed(goals)
                 if abs(Decimal(actual.value) * 100 / Decimal(g.value) - actual.achievement_rate) <= 1), None)

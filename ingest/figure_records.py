"""A figure: a quantity with what it measures and whose it is, and the one record it becomes.

A figure belongs to exactly one relation family (:func:`family`): budgets (money planned or spent on a
program), targets (goals), counts (organizations and workers by enterprise type) or outcomes (everything
else), so no figure becomes two records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ingest.context import Context
from ingest.passages import Item
from ingest.records import EntityKey, Observation

COUNT_INDICATORS = ("organizations", "employees")
# 사회적경제기업 names every type at once: a figure of it is a total over the types, no count by one type.
ALL_TYPES = "social-economy-organization"


@dataclass(eq=False)
class Figure:
    value: int | Decimal
    unit: str
    items: list[Item]  # the lines it is read from (evidence)
    indicator: str
    subject: EntityKey
    municipality: EntityKey | None
    text: str  # as written
    label: str  # the row or clause it belongs to
    period: str | None = None
    value_kind: str = "actual"
    qualifier: str | None = None
    funding_source: str | None = None
    enterprise_type: str | None = None
    beneficiary: str | None = None
    target: Figure | None = None  # the goal this figure achieves
    rate: Decimal | None = None  # the achievement rate the text states
    parts: tuple[Figure, ...] = ()  # the figures this one sums (a yearly table under a stated rate)
    observation: Observation | None = field(default=None, repr=False)


def family(figure: Figure) -> str:
    """budget, target, count or outcome: money with a funding source or a budget indicator is a budget (also
    when planned); a goal is a target; a count of organizations or workers by enterprise type is a count (not
    of 사회적경제기업, all the types: that is a total, an outcome)."""
    if figure.unit in ("krw", "usd") and (figure.indicator == "budget" or figure.funding_source):
        return "budget"
    if figure.value_kind == "target":
        return "target"
    if figure.enterprise_type and figure.enterprise_type != ALL_TYPES and figure.indicator in COUNT_INDICATORS:
        return "count"
    return "outcome"


def observe(figure: Figure, ctx: Context) -> Observation:
    """The figure's record (made once, so that a goal and its achievement point at the same record)."""
    if figure.observation is None:
        budget = family(figure) == "budget"
        figure.observation = Observation(
            "budget" if budget else "outcome", figure.subject, "budget" if budget else figure.indicator,
            figure.value, figure.unit, ctx.evidence_of(figure.items), value_kind=figure.value_kind,
            qualifier=figure.qualifier, period=figure.period,
            funding_source=(figure.funding_source or "total") if budget else None,
            enterprise_type=None if figure.enterprise_type == ALL_TYPES else figure.enterprise_type,
            beneficiary=figure.beneficiary,
            municipality=figure.municipality, achievement_rate=figure.rate, label=figure.label[:80])
        if figure.target is not None:
            figure.observation.target = observe(figure.target, ctx)
        figure.observation.computed_from = tuple(observe(part, ctx) for part in figure.parts)
    return figure.observation

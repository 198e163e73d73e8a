"""Achievements: a goal, what was achieved against it and the rate a line states, read off the line's figures."""

from __future__ import annotations

import re
from decimal import Decimal

from ingest.context import Context
from ingest.figure_records import Figure
from ingest.passages import Item


def achievements(ctx: Context, item: Item, figures: list[Figure]) -> list[Figure]:
    """"일자리 14,739개 창출 : 목표 1만개 대비 150% 창출": the goal, what was achieved, and the stated rate.

    The rate is kept on the achieved figure (not read as a figure of its own); a goal whose achieved
    figure the line does not state keeps the rate until the targets part finds it (a yearly table above).
    A stated rate more than 5 points off the figures is reported (``inconsistent-rate``).
    """
    text = item.text
    rates = [q for q in item.quantities if q.unit == "percent" and q.value is not None]
    if not rates:
        return _beyond_goal(text, figures)
    if not re.search(r"대비|공약|목표|계획\s*\S+\s*중|\(\s*(?:이행률|달성률)", text):
        return figures
    counted = [f for f in figures if f.unit != "percent"]  # bodies, people, places, teams, money …
    # (계획 30개 중 24개 창업 (이행률 80%): the plan's figure is the goal, what follows 중 what was achieved)
    goal = next((f for f in counted if re.search(r"(목표|공약\s*\()\s*$", text[: text.find(f.text)][-8:]) or (
        re.search(r"계획\s*$", text[: text.find(f.text)][-8:]) and re.match(r"\s*중\s", text[text.find(f.text) + len(f.text):]))),
                None)
    if goal is None:
        return _against_unstated(item, figures, counted, rates)
    if not goal.value:
        return figures  # a goal of 0 gives no rate to check (and cannot be divided by)
    rate = Decimal(rates[0].value)
    goal.value_kind = "target"
    actual = next((f for f in counted if f is not goal and f.unit == goal.unit), None)
    if actual is None:  # 종사자(목표 600명) 96.5%, 우선구매(목표 15억 원) 88.0%: each goal with the rate after it
        figures = _rates_after_goals(text, figures, counted, rates)
        if goal.rate is not None:
            return figures
    if actual is not None:
        actual.value_kind, actual.target, actual.rate = "actual", goal, rate
        actual.indicator = goal.indicator = actual.indicator or goal.indicator
        stated = Decimal(actual.value) * 100 / Decimal(goal.value)
        if abs(stated - rate) > 5:
            ctx.out.warn("inconsistent-rate", f"{actual.text} of {goal.text} is {stated:.1f}%, "
                                              f"the text says {rates[0].text}", item.number)
    else:
        goal.rate = rate
    return [f for f in figures if not (f.unit == "percent" and f.text == rates[0].text)]


def _rates_after_goals(text: str, figures: list[Figure], counted: list[Figure], rates: list) -> list[Figure]:
    """Goals written after 목표, each followed by how far it came (no achieved figure stated): the rate is the goal's."""
    used = []
    for goal in counted:
        at = text.find(goal.text)
        if at < 0 or not re.search(r"목표\s*$", text[:at]) or not goal.value:
            continue
        end = at + len(goal.text)
        following = [f for f in counted if text.find(f.text) > end]
        limit = min([text.find(f.text) for f in following] + [len(text)])
        rate = next((q for q in rates if end <= q.start < limit and q.text not in used), None)
        if rate is not None:
            goal.value_kind, goal.rate = "target", Decimal(rate.value)
            used.append(rate.text)
    return [f for f in figures if not (f.unit == "percent" and f.text in used)]


def _against_unstated(item: Item, figures: list[Figure], counted: list[Figure], rates: list) -> list[Figure]:
    """"271개(목표 대비 90%)", "구매액 31억6천만원 (이행률 79%)": a rate against a goal the line does not state is how
    far the figure before it came (kept on that figure), not a figure, nor a goal, of its own. Where the line
    restates a pledge whose goals it quotes ('기업 100개·일자리 1,000개'는 … 기업 91개(91%), 일자리 874개(87.4%)),
    each figure's rate in brackets is toward the quoted goal its figures agree with."""
    text = item.text
    stated = [q for q in rates if re.search(r"(?:목표\s*(?:대비|의)\s*(?:달성률|달성도|이행률)?|\(\s*(?:이행률|달성률))\s*$",
                                            text[: q.start])][:1]
    if not stated and re.search(r"공약", text):
        stated = [q for q in rates if re.search(r"\d\s*[개곳명]\s*\(\s*$", text[: q.start]) and
                  re.match(r"\s*\)", text[q.end:])]
    used = []
    for rate in stated:
        # (not a baseline in brackets: 103곳으로, 2022년 6월(81곳)보다 … 목표 대비 달성률 103%)
        before = [f for f in counted if 0 <= text.find(f.text) < rate.start and f.value_kind != "baseline" and
                  text[text.find(f.text) - 1: text.find(f.text)] != "("]
        if not before:
            continue
        actual, used = before[-1], used + [rate.text]
        actual.rate = Decimal(rate.value)
        if actual.value_kind == "target" and not re.search(r"목표\s*(?:대비|의)", text[: rate.start]):
            actual.value_kind = "actual"  # 마을기업 5곳 지정 (이행률 100%), even in a plan: how far it came
        goal = next((g for g in counted if g.value_kind == "target" and g is not actual and g.unit == actual.unit
                     and g.value and abs(Decimal(actual.value) * 100 / Decimal(g.value) - actual.rate) <= 1), None)
        if goal is not None and actual.value_kind == "actual":
            actual.target, actual.indicator = goal, goal.indicator
    return [f for f in figures if not (f.unit == "percent" and f.text in used)]


# The goal in brackets right after what was achieved: 2,184백만원(연간 목표 4,500백만원).
_GOAL_IN_BRACKET = re.compile(r"\s*\((?:[가-힣]+\s*)?목표\s*$")


def _beyond_goal(text: str, figures: list[Figure]) -> list[Figure]:
    """"318억원(목표 300억원 초과 달성)", "2,184백만원(연간 목표 4,500백만원)": a goal written right after 목표, and
    the figure of its unit before it that was achieved against it (no rate stated)."""
    for goal in figures:
        at = text.find(goal.text)
        bracketed = _GOAL_IN_BRACKET.search(text, 0, at) if at >= 0 else None
        if at < 0 or not re.search(r"목표\s*$", text[:at]) or not (bracketed or re.match(
                r"\s*(?:을|를)?\s*(?:초과\s*)?달성", text[at + len(goal.text):])):
            continue
        achieved = [f for f in figures if f is not goal and f.unit == goal.unit and 0 <= text.find(f.text) < at and
                    (not bracketed or text.find(f.text) + len(f.text) == bracketed.start())]
        if achieved:
            goal.value_kind = "target"
            achieved[-1].value_kind, achieved[-1].target = "actual", goal
            achieved[-1].indicator = goal.indicator = achieved[-1].indicator or goal.indicator
    return figures

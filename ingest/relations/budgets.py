"""Budgets: money planned or spent on a program, by funding source and year.

A figure is a budget when it is money with a budget word (사업비, 예산, 총사업비, 재원 …) or a funding
source (국비, 도비, 시비, 자부담 …) before it or in its table's header; a sum split in parentheses
(``18,200백만원(국비 9,100 지방비 9,100)``) gives one budget per source. An amount not split by source is
recorded as the total.
"""

from __future__ import annotations

from ingest import figures
from ingest.figure_records import family, observe
from ingest.context import Context
from ingest.passages import Passage
from ingest.records import Record


def make_budgets():
    def budgets(passage: Passage, ctx: Context) -> list[Record]:
        return [observe(f, ctx) for f in figures.read(passage, ctx) if family(f) == "budget"]

    return budgets

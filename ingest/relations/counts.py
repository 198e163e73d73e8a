"""Counts by enterprise type: how many social enterprises, village enterprises, cooperatives … a place has,
and how many people work in them, from a table by type (``기업(단체)수 403 68 5 14 316``) or a line that
lists types with their counts (``사회적기업 10개소(53명), 마을기업 15개소(19명)``). Totals over all types
are outcomes, not counts.
"""

from __future__ import annotations

from ingest import figures
from ingest.figure_records import family, observe
from ingest.context import Context
from ingest.passages import Passage
from ingest.records import Record
from ingest.relations.outcomes import achieving


def make_counts():
    def counts(passage: Passage, ctx: Context) -> list[Record]:
        return achieving(ctx, [observe(f, ctx) for f in figures.read(passage, ctx) if family(f) == "count"])

    return counts

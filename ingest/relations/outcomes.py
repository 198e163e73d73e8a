"""Outcomes: what a passage reports as achieved, a state, a projection or a point of comparison.

Every figure that is not a budget, a goal or a count by enterprise type (:func:`ingest.figure_records.family`):
participants, jobs created, revenue, members, visitors, sessions, areas … with the subject the figure
belongs to (an enterprise named before it owns its employees and revenue).
"""

from __future__ import annotations

from ingest import figures
from ingest.figure_records import family, observe
from ingest.context import Context
from ingest.passages import Passage
from ingest.records import Record


def make_outcomes():
    def outcomes(passage: Passage, ctx: Context) -> list[Record]:
        return [observe(f, ctx) for f in figures.read(passage, ctx) if family(f) == "outcome"]

    return outcomes

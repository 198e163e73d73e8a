"""Relation parts: passages in, typed records out, one module per family of relation.

A relation part is a callable ``part(passage, ctx) -> list[Record]`` (:data:`RelationPart`): it reads one
:class:`ingest.passages.Passage` (its items with their names, figures and dates, and its scope) and returns
records (:mod:`ingest.records`); it may name new entities through the :class:`ingest.context.Context` (a
grantor, a partner written out in full) but keeps no state between passages and never knows what kind of
document the passage came from. Parts are made by factories registered in ``ingest/registrations.py`` and
switched on, in order, in the ``[relations]`` block of ``ingest/pipeline.cfg``; their cue words are curated
tables in ``ingest/data/cues.yaml``.

| family | module | records |
|---|---|---|
| enterprises and their types | ``enterprises.py`` | ``Typed`` |
| partners and roles | ``partners.py`` | ``Partnership`` |
| outcomes | ``outcomes.py`` | ``Observation`` (outcome) |
| budgets by source and year | ``budgets.py`` | ``Observation`` (budget) |
| targets, with what was achieved | ``targets.py`` | ``Observation`` (target, actual) |
| organizations and workers by type | ``counts.py`` | ``Observation`` (by enterprise type) |
| awards | ``awards.py`` | ``Award`` |
| ordinances | ``ordinances.py`` | ``Ordinance`` |
| dated events | ``events.py`` | ``Event`` |
| beneficiary groups | ``beneficiaries.py`` | ``Fact`` (``sekg:beneficiary``) |
| contacts | ``contacts.py`` | ``Post`` |
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.context import Context
from ingest.passages import Passage
from ingest.records import Record

RelationPart = Callable[[Passage, Context], list[Record]]


def roles(ctx: Context, text: str) -> list[str]:
    """The partner-role concepts ``text`` names, in order, once each. 운영 지원 is support for running a thing,
    not running it."""
    return list(dict.fromkeys(c for at, cue, c in ctx.lexicon.find_concepts("partner-role", text)
                              if not (c == "operator" and re.match(r"\s*지원", text[at + len(cue):]))))

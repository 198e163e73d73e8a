"""The pledge-card reader: one pledge, its term, its contacts, and the plan under it.

The first line with text is the pledge's title; ``사업기간 : 2018. ~ 2022.`` gives the pledge its start and
end and every goal that names no period of its own the whole term. Everything after the title is one region
(the title's figure too) whose figures are goals (``Scope.plan``) unless they report a state (현황, 기준 …).
"""

from __future__ import annotations

from ingest.context import Context
from ingest.passages import Item, Scope
from ingest.readers import Region, document_municipality, pledge_term


def make_pledge_card_reader():
    def pledge_card(items: list[Item], ctx: Context) -> list[Region]:
        texts = [item for item in items if item.text.strip()]
        if not texts:
            return []
        title = texts[0]
        municipality, name = document_municipality(items, ctx)
        evidence = ctx.evidence_of([title])
        pledge = ctx.pledge(title.content or title.text, evidence, municipality=municipality)
        ctx.out.title = ctx.out.title or " ".join(title.text.split())
        period = None
        for item in items:
            label, _, value = item.content.partition(":")
            if "사업기간" in label.replace(" ", ""):
                period = pledge_term(ctx, pledge, item, value)
                if period:
                    break
        scope = Scope(municipality, name, pledges=(pledge,), plan=True, period=period)
        return [Region([item for item in items if item.number >= title.number], scope)]

    return pledge_card

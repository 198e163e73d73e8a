"""The pledge-record reader: an election commission's or a council's record of pledges, field by field.

Each pledge starts at its title field (``공약명 : …``, ``공약사항``), else at the headline that names it
(``홍성군수 공약 ⑦ …``); its other fields follow as ``label : value``
lines or table rows: the term (``이행기간 : 2022. 7. ~ 2026. 6.``), the funding (``재원`` / ``소요예산``: 국비,
도비, 시비 …), the plan (``추진계획``), yearly goals (``연차별 목표``). Each pledge is a region whose figures are
goals (a plan) for its term, unless they report a state.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.outline import PLEDGE_HEADLINE
from ingest.passages import Item, Scope
from ingest.readers import Region, document_municipality, pledge_term
from ingest.structure import NUMBERED_PLEDGE

# A field's name, then its value after a colon, a bar or a tab (공약명 : …, 공약명 | …, 공약명\t…).
# … or the name in brackets, the value after it (【공약명】 …, [이행기간] …).
_SEPARATOR = r"\s*(?:[:：|]|\t)\s*"
_OPEN, _CLOSE = r"[【\[〔<]?\s*", rf"(?:\s*[】\]〕>]\s*(?:[:：]\s*)?|{_SEPARATOR})"
TITLE = re.compile(rf"^{_OPEN}(?:공\s*약\s*명|공약\s*사항|공약\s*제목|공약){_CLOSE}(?P<title>.+)$")
TERM = re.compile(rf"^{_OPEN}(?:이\s*행\s*기\s*간|사\s*업\s*기\s*간|추\s*진\s*기\s*간|기\s*간){_CLOSE}(?P<term>.+)$")


# How an evaluation rated the pledge, after its title: (정상추진), (완료), (일부 추진).
_STATUS = re.compile(r"\s*[(\[](?:정상\s*추진|정상|완료|이행\s*완료|추진\s*중|일부\s*추진|보완|부진|지연|폐기|미이행)[)\]]\s*$")


def make_pledge_record_reader():
    def pledge_record(items: list[Item], ctx: Context) -> list[Region]:
        municipality, name = document_municipality(items, ctx)
        titles = {i: m.group("title") for i, item in enumerate(items) if (m := TITLE.match(item.content))} or \
            {i: m.group("title") for i, item in enumerate(items[:3]) if (m := PLEDGE_HEADLINE.match(item.content))} or \
            {i: m.group("title") for i, item in enumerate(items) if (m := NUMBERED_PLEDGE.match(item.text))}
        starts = sorted(titles)
        if not starts:
            ctx.out.warn("no-structure", "a pledge record without a 공약명 field; read as one plan")
            return [Region(items, Scope(municipality, name, plan=True))]
        regions = []
        for n, start in enumerate(starts):
            end = starts[n + 1] if n + 1 < len(starts) else len(items)
            head = items[start]
            title = _STATUS.sub("", titles[start]).strip().strip("「」『』'‘’\"“”").strip()
            pledge = ctx.pledge(title, ctx.evidence_of([head]), municipality=municipality)
            period = None
            for item in items[start:end]:
                term = TERM.match(item.content)
                if term:
                    period = pledge_term(ctx, pledge, item, term.group("term"))
                    break
            scope = Scope(municipality, name, pledges=(pledge,), plan=True, period=period)
            # the title's own figure is a goal too; the lines above the first title (who pledged) are its region's
            regions.append(Region(items[0 if n == 0 else start:end], scope))
        return regions

    return pledge_record

"""Readers: one per kind of document, each deciding the regions of its documents and what they are about.

A reader is a callable ``reader(items, ctx) -> list[Region]`` (:data:`Reader`): it gets the document's items
(lines with what the spaCy components found on them), names the entities its structure states (a casebook's
cases and pledges, a pledge card's pledge and contacts, a news report's date) and returns the regions whose
passages the relation parts read, each with its :class:`ingest.passages.Scope`. Readers are registered in
``ingest/registrations.py`` and chosen by document kind in the ``[readers]`` block of ``ingest/pipeline.cfg``;
a kind without a reader is read by the generic reader, and the report says so.

| kind | module |
|---|---|
| casebook (best-practice cases with header fields) | ``casebook.py`` |
| pledge card (one pledge: overview, budget table, stages, yearly goals) | ``pledge_card.py`` |
| news report (dateline, sentences; relative dates against the report's date) | ``news.py`` |
| pledge record (election-commission fields: 공약명, 이행기간, 재원, 추진계획) | ``pledge_record.py`` |
| generic text (whatever municipality it names) | ``generic.py`` |
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ingest.context import Context
from ingest.dates import find_dates
from ingest.outline import date_value
from ingest.passages import Item, Scope
from ingest.records import Curated, EntityKey


@dataclass
class Region:
    """Items a reader hands to the relation parts, and what they are about."""

    items: list[Item]
    scope: Scope


Reader = Callable[[list[Item], Context], list[Region]]


def pledge_term(ctx: Context, pledge: EntityKey, item: Item, text: str) -> str | None:
    """Date a pledge by its term field (``사업기간 : 2018. ~ 2022.``, ``이행기간 : 2022. 7. ~ 2026. 6.``): its start
    and end, with the field as their source; the term as a period (``2018/2022``), or None without a date."""
    dates = find_dates(text)
    if not dates:
        return None
    evidence = ctx.evidence_of([item])
    ctx.out.add_fact(pledge, "sekg:startDate", date_value(dates[0].start), evidence)
    if dates[0].end:
        ctx.out.add_fact(pledge, "sekg:endDate", date_value(dates[0].end), evidence)
    return dates[0].period


_DATELINE = re.compile(r"\s*[\[(【][가-힣]+\s*=[^\])】]*[\])】]")


def document_municipality(items: list[Item], ctx: Context) -> tuple[EntityKey | None, str | None]:
    """The municipality a document is about: the catalog's, else the one it names most (first on a tie)."""
    lex = ctx.lexicon
    entry_code = ctx.entry.municipality_code if ctx.entry else None
    if entry_code and entry_code in lex.municipalities:
        m = lex.municipalities[entry_code]
        return ctx.municipality(m, Curated("catalog")), m.name
    issuer = _issued_by(items[:5])
    if issuer is not None:
        mention, item = issuer
        if mention.label == "PROVINCE":
            return ctx.province(mention.key, mention.text, ctx.evidence_of([item])), lex.provinces[mention.key].name
        m = lex.municipalities[mention.key]
        return ctx.municipality(m, ctx.evidence_of([item])), m.name
    counts: Counter[str] = Counter()
    first: dict[str, Item] = {}
    filed_from: Counter[str] = Counter()
    bodies: Counter[str] = Counter()
    for item in items:
        dateline = _DATELINE.match(item.text)
        for mention in item.mentions:
            if mention.label == "MUNICIPALITY":
                # [전주=호남매일]: where the reporter filed from, what the report is about only if it names nothing else
                (filed_from if dateline and mention.start < dateline.end() else counts)[mention.key] += 1
                first.setdefault(mention.key, item)
            elif mention.label == "ORG" and (own := _OWN_BODY.match(mention.text)) and \
                    own.group(1) in lex.municipality_by_name:
                code = lex.municipality_by_name[own.group(1)].code
                bodies[code] += 1  # 중랑구의회, 중랑구사회적경제지원센터: the place's own bodies
                first.setdefault(code, item)
    provinces = [(m, item) for item in items for m in item.mentions if m.label == "PROVINCE"]
    # A province that speaks (전북특별자치도는 … 밝혔다) before the place's own bodies (중랑구의회: a council's minutes
    # name the place only in them), before any province named (부산광역시장 공약).
    speaking = next(((m, i) for m, i in provinces if _SPEAKS.match(i.text, m.end)), None)
    counts = counts or ({} if speaking else bodies)
    if not counts:
        # A province-level body's own document (부산광역시장 공약, 전북특별자치도는 … 밝혔다) is about it.
        speaking = speaking or next(iter(provinces), None)
        if speaking is not None:
            mention, item = speaking
            return ctx.province(mention.key, mention.text, ctx.evidence_of([item])), lex.provinces[mention.key].name
        counts = filed_from
    if not counts:
        ctx.out.warn("no-municipality", "the document names no municipality; facts are attached to the document")
        return None, None
    (code, n), *rest = counts.most_common()
    if rest and rest[0][1] == n:
        ctx.out.warn("ambiguous-municipality",
                     f"{lex.municipalities[code].name} and {lex.municipalities[rest[0][0]].name} are named equally "
                     f"often; chose {lex.municipalities[code].name}")
    m = lex.municipalities[code]
    return ctx.municipality(m, ctx.evidence_of([first[code]])), m.name


_SPEAKS = re.compile(r"(?:은|는|이|가)\s")
# A body named by its place (중랑구의회, 태안군사회적경제지원센터).
_OWN_BODY = re.compile(r"([가-힣]{1,5}(?:시|군|구))(?:의회|청|사회적경제|지역자활센터|일자리)")
# A report's issuing office under its title: (2025. 2. 10. 제주특별자치도 사회적경제과), (경상남도 진주시 지역경제과).
_ISSUER = re.compile(r"^\s*[(（]?[^()（）]*?\s(?P<office>[가-힣]{2,12}(?:과|실|국|담당관|본부|단))\s*[)）]?\s*$")


def _issued_by(items: list[Item]):
    """The place whose office issued the report (the last place named before the office's name), and its line."""
    for item in items:
        office = _ISSUER.match(item.text)
        if office is None:
            continue
        places = [m for m in item.mentions if m.label in ("MUNICIPALITY", "PROVINCE") and
                  m.end <= office.start("office") and not item.text[m.end: office.start("office")].strip()]
        if places:
            return places[-1], item
    return None

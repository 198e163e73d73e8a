"""The casebook reader: best-practice cases, each with its header fields and its body as one region.

A case starts at ``매니페스토 우수사례 소개서`` with ``지자체명 <province> <city>`` within three lines
(:func:`ingest.structure.find_cases`). Its header gives the municipality (and province), the case with its
title (the table of contents' clean title where the PDF printed the header's twice), its field, the pledges
it implements and its summary; the case's own program is named by its title. The body after the summary is
the region, about the case's municipality, program and pledges; each pledge line is a region of its own, a
plan whose figures are the pledge's goals.
"""

from __future__ import annotations

import re

from ingest.cleaning import normalize_space
from ingest.context import Context
from ingest.passages import Item, Scope
from ingest.readers import Region
from ingest.records import Concept, Entity, EntityKey, Value
from ingest.structure import Case, find_cases, table_of_contents


def make_casebook_reader():
    def casebook(items: list[Item], ctx: Context) -> list[Region]:
        cleaned = [item.line.clean for item in items]
        cases = find_cases(cleaned)
        if not cases:
            ctx.out.warn("no-structure", "no casebook case headers found; read as generic text")
            from ingest.readers.generic import make_generic_reader

            return make_generic_reader()(items, ctx)
        toc = table_of_contents(cleaned, before=cases[0].start)
        regions = []
        for case in cases:
            found = _case(case, toc, items, ctx)
            if found is not None:
                regions += found
        return regions

    return casebook


def _find_municipality(text: str, ctx: Context):
    lex = ctx.lexicon
    words = text.split()
    for i in range(len(words)):
        name = " ".join(words[i:])
        if name in lex.municipality_by_name:
            return lex.municipality_by_name[name]
    for word in reversed(words):
        if word in lex.municipality_by_name:
            return lex.municipality_by_name[word]
        if word in lex.municipality_stems:
            return lex.municipality_stems[word]
    return None


def _case(case: Case, toc: list[tuple[str, int]], items: list[Item], ctx: Context) -> list[Region] | None:
    where = ctx.evidence(case.municipality_line)
    found = _find_municipality(f"{case.province_text or ''} {case.municipality_text}", ctx)
    if found is None:
        ctx.out.warn("unknown-municipality", f"지자체명 {case.municipality_text!r} is not in the gazetteer",
                     case.municipality_line)
        return None
    muni = ctx.municipality(found, where, label=case.municipality_text)
    ctx.out.add_fact(muni, "rdf:type", Value("sekg:Municipality", "iri"), where)
    ctx.out.add_fact(muni, "rdfs:label", Value(case.municipality_text, "ko"), where)
    if case.province_text:
        province = ctx.lexicon.province_by_name.get(case.province_text)
        if province:
            ctx.out.add_fact(muni, "sekg:province", ctx.province(province.code, case.province_text, where), where)
    case_key: EntityKey = ("case", (ctx.doc_id, found.code))
    title, title_evidence = _title(case, toc, ctx, found.name, case_key)
    ctx.out.add_entity(Entity(case_key, "BestPracticeCase", title, title_evidence))
    ctx.out.add_fact(case_key, "sekg:municipality", muni, where)
    ctx.out.add_fact(case_key, "dcterms:isPartOf", ("document", (ctx.doc_id,)), where)
    for field_name in case.fields:
        concept = ctx.lexicon.concept_for("field", field_name)
        if concept and case.field_lines:
            ctx.out.add_fact(case_key, "sekg:field", Concept("field", concept), ctx.evidence(*case.field_lines))
    program = ctx.program(normalize_space(title.strip("\"'!")), title_evidence, municipality=muni, case=case_key)
    pledges = []
    for pledge_text, number in case.pledges:
        evidence = ctx.evidence(number)
        pledge = ctx.pledge(pledge_text, evidence, municipality=muni)
        ctx.out.add_fact(case_key, "sekg:relatedPledge", pledge, evidence)
        ctx.out.add_fact(pledge, "sekg:implementedBy", program, evidence)
        pledges.append(pledge)
    body = [item for item in items if case.start <= item.number <= case.end]
    summary = [item for item in body if case.summary_start and case.summary_start <= item.number < case.summary_start + 40]
    if summary:
        abstract = normalize_space(" ".join(item.text for item in summary if item.text.strip()))[:1500]
        ctx.out.add_fact(case_key, "dcterms:abstract", Value(abstract, "ko"),
                         ctx.evidence(summary[0].number, summary[-1].number))
    header_end = case.summary_start or case.start
    type_cues = tuple(c for _, _, c in ctx.lexicon.find_concepts("enterprise-type", title))
    scope = Scope(muni, found.name, program=program, pledges=tuple(pledges), case=case_key, type_cues=type_cues)
    # A pledge's own words state its goals (1만명 취업달성, 소규모산업단지 20개소 조성) and whom it is for.
    pledge_lines = {number: [p for p, (_, n) in zip(pledges, case.pledges) if n == number] for _, number in case.pledges}
    stated = [Region([item for item in body if item.number == number],
                     Scope(muni, found.name, pledges=tuple(keys), case=case_key, plan=True))
              for number, keys in pledge_lines.items()]
    return [*stated, Region([item for item in body if item.number > header_end], scope)]


def _title(case: Case, toc, ctx: Context, name: str, case_key: EntityKey):
    """The case's title from its header, or the table of contents' where the header's differs (printed twice)."""
    title = normalize_space(" ".join(ctx.by_number[n].clean.original_text()
                                     for n in range(case.title_lines[0], case.title_lines[1] + 1)))
    title = re.sub(r"^\s*사례명\s*", "", title)
    evidence = ctx.evidence(*case.title_lines)
    for body, number in toc:
        if name in body.split() or case.municipality_text in body.split():
            original = normalize_space(ctx.by_number[number].clean.original_text())
            toc_title = re.sub(rf"^.*?{re.escape(case.municipality_text)}\s+(?:\d+\s+)?(?:[시군구]\s+)?", "", original)
            toc_title = re.sub(r"\s+\d{1,3}$", "", toc_title)
            if toc_title and toc_title != title:
                ctx.out.add_fact(case_key, "skos:altLabel", Value(title, "ko"), evidence)
                title, evidence = toc_title, ctx.evidence(number)
            break
    return title, evidence

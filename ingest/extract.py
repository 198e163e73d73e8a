"""Relations: a document's lines to records, through its reader, its outline and the relation parts.

1. The lines are cleaned (with a map back to the original characters) and split into bullet and content.
2. The spaCy pipeline annotates every line once, in one batch: names, quantities, dates; each line knows the
   last year written above it, for dates that give none.
3. The reader for the document's kind (``[readers]`` in ``ingest/pipeline.cfg``) names what the document's
   structure states and returns its regions.
4. In each region the names are resolved to entities, the region's outline is cut into passages, and every
   relation part switched on in ``[relations]`` reads every passage, in order, returning records.
5. Entity classes and types are settled from what the parts found.

>>> from ingest.pipeline import make_nlp
>>> from ingest.reading import SourceText
>>> from pathlib import Path
>>> text = ["수원시는 사회적협동조합 행복나눔과 업무협약을 체결했다. 일자리 120명을 창출했다."]
>>> source = SourceText(Path("news.txt"), "news", "utf-8", "0" * 64, text)
>>> x = extract(source, entry=None, nlp=make_nlp())
>>> sorted(e.label_ko for e in x.entities.values())
['사회적협동조합 행복나눔', '수원시']
>>> [(o.indicator, o.value) for o in x.observations]
[('jobs-created', 120)]
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language

from ingest.catalog import CatalogEntry
from ingest.cleaning import clean_lines
from ingest.context import Context
from ingest.lexicon import Lexicon, load_lexicon
from ingest.names import NameResolver
from ingest.outline import Outline, parents
from ingest.passages import Item
from ingest.pipeline import annotate_lines, make_parts, make_readers
from ingest.reading import SourceText
from ingest.records import DocumentExtraction, EntityKey
from ingest.readers.news import report_date
from ingest.relative_dates import with_relative_dates
from ingest.structure import detect_kind, parse_line

_YEAR = re.compile(r"(?<![\d,.])((?:19|20)\d{2})(?:\.(\d{1,2})\.?)?(?:년)?(?![\d,])")
FOCAL_MENTIONS = 4  # a company named this often in a region is what the region is about
SHORT_REGION = 12  # items (a report's sentences): in a region this short, an enterprise named twice is its topic


def extract(source: SourceText, *, entry: CatalogEntry | None, nlp: Language, lexicon: Lexicon | None = None,
            first_line: int = 1, kind: str | None = None) -> DocumentExtraction:
    lexicon = lexicon or load_lexicon()
    cleaned = clean_lines(source.lines, first_number=first_line)
    lines = [parse_line(c) for c in cleaned]
    kind = kind or (entry.kind if entry else None) or detect_kind(cleaned)
    readers, parts = make_readers(), make_parts()
    ctx = Context(source, lines, entry=entry, lexicon=lexicon, kind=kind)
    reader = readers.get(kind)
    if reader is None:
        ctx.out.warn("no-structure", f"no reader for {kind} documents; read as generic text")
        reader = readers["generic-text"]
    elif kind == "generic-text":
        ctx.out.warn("no-structure", "no casebook, pledge-card, news or pledge-record structure recognized; "
                                     "read as generic text")
    items = annotate(nlp, lines, default_year=entry.year if entry else None, ctx=ctx)
    reference = report_date(items) or (entry.date if entry else None)
    if reference and kind != "news-report":  # (the news reader resolves its sentences' own)
        # Minutes or a report dated in its first lines (일시 : 2025년 11월 20일): 지난 8월, 올해 are of that date.
        ctx.reference_date = reference
        items = [with_relative_dates(item, reference) for item in items]
    outline, names = Outline(ctx), NameResolver(ctx)
    for region in reader(items, ctx):
        nesting = parents(region.items)
        names.resolve(region.items, region.scope, nesting)
        region.scope.subject = region.scope.subject or (None if region.scope.pledges else focal(region.items, ctx))
        for passage in outline.segment(region.items, region.scope, nesting):
            for part in parts:
                for record in part(passage, ctx):
                    ctx.out.add(record)
    return ctx.finish()


def annotate(nlp: Language, lines, *, default_year: int | None, ctx: Context) -> list[Item]:
    """Every line through the spaCy pipeline in one batch; each keeps the last year written above it."""
    year = default_year
    texts, years, kept = [], [], []
    for line in lines:
        if not line.text.strip():
            continue
        first = _YEAR.search(line.text)
        if first:
            year = int(first.group(1))
        texts.append(line.text)
        years.append(year)
        kept.append(line)
    items = []
    # The relations read only what the components found: that, not the Doc.
    for line, (mentions, quantities, dates, tokens) in zip(kept, annotate_lines(nlp, texts, context_years=years),
                                                            strict=True):
        items.append(Item(line, mentions, quantities, dates))
        ctx.out.tokens += tokens
    return items


def focal(items: list[Item], ctx: Context) -> EntityKey | None:
    """The enterprise a region is about: one whose founding it tells, or a company it keeps naming."""
    counts = Counter(n.key for item in items for n in item.organizations())
    hinted = {n.key for item in items for n in item.organizations() if n.mention.enterprise_hint}
    enterprise_like = {key for key in counts if key in hinted or ctx.org_types.get(key) == "company"}
    founded = [n.key for item in items for n in item.organizations()
               if n.key in enterprise_like and "설립" in item.text]
    if founded:
        return Counter(founded).most_common(1)[0][0]
    if len(items) <= SHORT_REGION:
        # A short report that opens on an enterprise as its topic (천안시의 ○○사회적협동조합은 …) is about it.
        opening = next((item for item in items if item.organizations()), None)
        topic = next((n.key for n in opening.organizations() if n.key in enterprise_like and
                      re.match(r"(?:은|는)\s", opening.text[n.mention.end:])), None) if opening else None
        if topic is not None and opening.organizations()[0].key == topic:
            return topic
    if counts:
        key, n = counts.most_common(1)[0]
        if n >= FOCAL_MENTIONS and key in enterprise_like:
            return key
        # A short report about one enterprise: the only one it names more than once.
        repeated = [k for k, c in counts.items() if c >= 2 and k in enterprise_like]
        if repeated == [key] and len(items) <= SHORT_REGION:
            return key
    return None

"""The news reader: a report or press release, sentence by sentence, dated by its dateline.

The report's own date comes from its first lines (else from the catalog) (``기사입력 2023-11-02``, ``[수원=뉴스] 2024.05.10``,
``2024년 5월 10일``); relative dates in its sentences (``지난 3일``, ``오는 15일``, ``올해``, ``지난해``) are
resolved against it (:func:`ingest.relative_dates.find_relative_dates`). A paragraph is one line of many sentences:
each sentence is an item of its own, so that a figure, a partner or an award keeps the sentence it is in as
its quote. The whole report is one region about the municipality it names most. Its first lines that are no
sentence are its headline, which restates the body (read once, from the body); each sentence knows the name the
report quoted last (``이번 박람회``) and the enterprise it last named as a clause's subject (``이 회사는``).
"""

from __future__ import annotations

import re

from ingest.relative_dates import with_relative_dates
from ingest.context import Context
from ingest.names import org_type_from_name
from ingest.passages import Item, Scope, quoted_names, split_sentences
from ingest.readers import Region, document_municipality

DATELINE_LINES = 6  # the report's date stands in its first lines
# Bodies that support enterprises (a center, a foundation, a university): not what 이 업체는 refers back to.
_SUPPORTING = ("support-center", "foundation", "university", "association", "public-agency", "research-institute")
_PLACE_TOPIC = re.compile(r"^\s*(?:\S+\s)?[가-힣]{0,5}(?:시|군|구|도)(?:는|은|가|이)\s")
_TOPIC_OF_CLAUSE = re.compile(r"(?:\([^)]*\))?['’”]?\s*(?:은|는|이|가)\s(?![가-힣]{1,4}(?:한|된|하는|할)\s)")
_SENTENCE_END = re.compile(r"(?:다|요|음|함)[.!?\"'”’]*\s*$|[.!?]\s*$")
# A headline may close on a quote that ends as a sentence does (… 최우수상…"조청으로 마을 살렸다").
_QUOTE_AFTER_ELLIPSIS = re.compile(r"(?:…|\.\.\.)\s*[\"'“‘][^\"'”’]*[\"'”’]\s*$")
# What follows a type word when bodies are made that type: (으)로 [N개 기업을|N곳이 …] 지정/선정/인증.
DESIGNATION = re.compile(r"['’\"”]?(?:으로|로)?\s*(?:[^\s.]+\s+){0,3}?(?:새로\s+|신규\s+|재)?(?:지정|선정|인증)")


def report_date(items: list[Item]) -> str | None:
    """The first full date (year, month, day) in the first lines, or None."""
    for item in items[:DATELINE_LINES]:
        for date in item.dates:
            if len(date.start) == 10:
                return date.start
    return None


def designated_type(items: list[Item], ctx: Context) -> str | None:
    """The enterprise type a report is about designating (``마을기업으로 지정``, ``'…예비사회적기업'으로 12개 기업을
    지정``, ``신규 마을기업 3곳이 지정``): its first type word outside a name that a designation verb follows."""
    for item in items:
        names = [(n.start, n.end) for n in item.mentions]
        for position, cue, concept in ctx.lexicon.find_concepts("enterprise-type", item.text):
            if any(s <= position < e for s, e in names) or concept == "social-economy-organization":
                continue
            if DESIGNATION.match(item.text, position + len(cue)):
                return concept
    return None


def make_news_reader():
    def news(items: list[Item], ctx: Context) -> list[Region]:
        reference = report_date(items) or (ctx.entry.date if ctx.entry else None)
        ctx.reference_date = reference
        sentences: list[Item] = []
        for item in items:
            for sentence in split_sentences(item, minimum=0):
                if reference:
                    sentence = with_relative_dates(sentence, reference)
                sentences.append(sentence)
        # A line of the first ones that is no sentence (no verb ends it), before a body of sentences: a headline.
        body = [i for i, s in enumerate(sentences) if _SENTENCE_END.search(s.text) and
                not _QUOTE_AFTER_ELLIPSIS.search(s.text)]
        for sentence in sentences[: body[0] if body else 0]:
            sentence.headline = sentence.number <= items[0].number + DATELINE_LINES
        last_quoted = last_body = None
        public = ctx.lexicon.parts("never-enterprises", lambda cues: frozenset(cues.get("never-enterprises", [])))
        for sentence in sentences:  # "이번 박람회", "이번 협약": the event or agreement quoted before
            sentence.antecedent, sentence.referent = last_quoted, last_body
            # The body the report is about: the last one named that no public body is, until the place is the
            # topic again (군은 …); 이 회사는, or a sentence without a subject, refers back to it.
            if _PLACE_TOPIC.match(sentence.text):
                last_body = None
            bodies = [m for m in sentence.mentions if m.label == "ORG" and
                      getattr(ctx.lexicon.organizations.get(m.key), "type", None) not in public and
                      org_type_from_name(m.text) not in _SUPPORTING]
            # … the subject of the sentence's own clause first (X(대표 ○○○)이 …, not Y가 주관한 …)
            topics = [m for m in bodies if _TOPIC_OF_CLAUSE.match(sentence.text, m.end)]
            last_body = (topics or bodies)[-1].text if bodies else last_body
            quoted = [q.group(1) for q in quoted_names(sentence.text) if len(q.group(1)) >= 4]
            last_quoted = quoted[-1] if quoted else last_quoted
        municipality, name = document_municipality(sentences, ctx)
        # A report speaks of its own year unless a sentence says otherwise (지난해, 2019년): 올해 goes without saying.
        return [Region(sentences, Scope(municipality, name, year=reference[:4] if reference else None,
                                        designated=designated_type(sentences, ctx)))]

    return news

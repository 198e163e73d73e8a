"""Events: every dated happening a passage states, typed by its cue word (설립, 개소, 협약, 선정, 축제 …).

A line with a date and an event word states an event; a line that only dates something (``일 시 : 2016. 10.
27``, ``화성행궁 광장(2016. 5. 28)에서``, ``2014. 10월 : 52개 기업 300명 모집``) dates the event its heading
names (``2016 제5회 사회적경제 한마당 개최``). The date is the most precise one on the line (the nearest
before the word when several are as precise); the subject is the organization the line names for a founding,
opening or certification (it is what was founded), else the passage's program or municipality. A founding
also dates the organization (``schema:foundingDate``).
"""

from __future__ import annotations

import re

from ingest.cleaning import normalize_space
from ingest.context import Context
from ingest.outline import date_value
from ingest.passages import QUOTED, Passage
from ingest.records import Event, Fact, Record

OWN_EVENTS = ("founding", "opening", "certification")
# A line that is only a date for what its heading names: "일 시 : …", "2014. 10월 : …", "(2016. 5. 28)에서".
_DATING = re.compile(r"^\W*(?:일\s*시|일\s*자|기\s*간|개최일|운영기간|행사일)|^\W*(?:19|20|')\d{2}[.년]|\((?:19|20)\d{2}\.[^)]*\)에서")


def _stands(text: str, cue: tuple[int, str, str]) -> bool:
    """A cue word that stands as a word: not a unit after a number (8개소), not the head of a longer noun
    (공장설립분야); a verb, a particle or punctuation may follow it."""
    position, word, _ = cue
    if position and text[position - 1].isdigit():
        return False
    after = text[position + len(word): position + len(word) + 1]
    return not after or not re.match(r"[가-힣]", after) or after in _AFTER_CUE


_AFTER_CUE = set("하되돼됐됩식을를이과와한된해했에및로으은는의등후시전준式")


def _in_quotes(text: str, position: int) -> bool:
    return any(q.start() < position < q.end() for q in QUOTED.finditer(text))


def _cue_for_date(cues, item):
    """The event word that goes with the line's date: the last after it (a Korean statement ends with what
    happened: 공모 10개 과정 선정, 지정심사위원회 개최 및 선정), else the last before it."""
    date = max(item.dates, key=lambda d: len(d.start))
    after = [c for c in cues if c[0] >= date.start_char]
    return after[-1] if after else cues[-1]


def _heading_event(passage: Passage, ctx: Context) -> str | None:
    """The event type the nearest heading above names (or the passage's program)."""
    texts = [item.content for item in reversed(passage.outline)]
    if passage.scope.program:
        texts.append(ctx.label(passage.scope.program) or "")
    for text in texts:
        cues = [c for c in ctx.lexicon.find_concepts("event-type", text) if _stands(text, c)]
        if cues:
            return cues[0][2]
    return None


def make_events():
    def events(passage: Passage, ctx: Context) -> list[Record]:
        if passage.table is not None:
            return []
        out: list[Record] = []
        for item in passage.items:
            if not item.dates:
                continue
            cues = [c for c in ctx.lexicon.find_concepts("event-type", item.text) if _stands(item.text, c)]
            if cues:
                position, _, event_type = _cue_for_date(cues, item)
            elif _DATING.search(item.text) or len(max(item.dates, key=lambda d: len(d.start)).start) == 10:
                event_type, position = _heading_event(passage, ctx), len(item.text)
                if event_type is None:
                    continue
            else:
                continue
            # A year in a quoted name ('2024 가평 착한소비 장터') names the event, it does not date it.
            dates = [d for d in item.dates if len(d.start) > 4 or not _in_quotes(item.text, d.start_char)]
            if not dates:
                continue
            best = max(len(d.start) for d in dates)
            precise = [d for d in dates if len(d.start) == best]
            before = [d for d in precise if d.start_char <= position]
            date = before[-1] if before else precise[0]
            orgs = [n.key for n in item.organizations() if n.mention.how != "list"]
            subject = orgs[0] if orgs and event_type in OWN_EVENTS else passage.scope.program or \
                passage.scope.municipality
            if subject is None:
                continue
            evidence = ctx.evidence_of([item])
            label = normalize_space(re.sub(r"\s*:\s*$", "", item.content))[:120]
            out.append(Event(subject, label, event_type, date.start, evidence, end_date=date.end))
            if event_type == "founding" and orgs:
                out.append(Fact(orgs[0], "schema:foundingDate", date_value(date.start), evidence))
        return out

    return events

"""Venues: the body whose premises an event was held in provides them (facility-provider).

Reports and casebooks name the place of an event by its body, a hall of it perhaps, then 에서 and the verb of
holding: ``수원청소년문화센터 온누리아트홀(2016. 9. 21)에서 개최``, ``안동대학교 체육관에서 '사회적경제 한마당'을
연다``, ``김해 중소기업비즈니스센터에서 열린``, or in a field of its own (``장  소 : 대구대학교``). The event is the title the clause quotes right after the venue or before it
in the sentence, else the program the passage is about. A place (시, 군, 구) is where, not whose premises: ``안동시에서 개최`` names no venue.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.cleaning import normalize_space
from ingest.passages import Passage, quoted_names

if TYPE_CHECKING:  # the partners reader hands itself in; no import cycle at run time
    from ingest.relations.partners import Partners



def _venue_patterns(cues: dict) -> tuple[re.Pattern, re.Pattern]:
    """After the body: a hall of it, in a word or two (온누리아트홀, 민주관 광장), a date in brackets, then 에서; and a
    field that names where an event is held (○ 장  소 : 대구대학교). The words are ``venue-words`` and
    ``venue-fields`` in ``ingest/data/cues.yaml``."""
    halls = "|".join(map(re.escape, sorted(cues.get("venue-words", []), key=len, reverse=True)))
    fields = "|".join(r"\s*".join(map(re.escape, f)) for f in sorted(cues.get("venue-fields", []), key=len, reverse=True))
    at = re.compile(rf"['’”]?(?:\s*[가-힣A-Za-z0-9]{{0,10}}(?:{halls}|\d+층)){{0,2}}\s*(?:\([^)]{{0,30}}\))?\s*에서(?![가-힣])")
    return at, re.compile(rf"^(?:{fields})\s*[:：]")
# A ceremony as the sentence's topic (시상식은, 협약식이): the event held is it.
_CEREMONY = re.compile(r"(?:시상식|기념식|협약식|수여식|발표회|출범식)(?:은|는|이|가)\s")
# The verb of holding, within the clause after 에서 (quoted titles and a few words between).
_HELD = re.compile(r"^[^,.;:]{0,60}?(?:개최|열리|열린|열렸|열었|열어|연다|열려|열며|개막|진행(?:했|한|된|됐|하)|치러)")


def read_venues(partners: Partners, passage: Passage) -> None:
    """The bodies that hosted the events the passage's lines hold, added to ``partners``."""
    ctx = partners.ctx
    at_venue, venue_field = ctx.lexicon.parts("venues", _venue_patterns)
    own = passage.scope.program or passage.scope.subject  # the event the passage is about
    for item in passage.items:
        field = venue_field.match(item.content)
        for named in item.actors():
            if named.kind != "organization":
                continue
            event = own
            if not field:
                at = at_venue.match(item.text, named.mention.end)
                if not at or not _HELD.match(item.text[at.end():]):
                    continue
                after = quoted_names(item.text[at.end():])
                before = [q for q in quoted_names(item.text[: named.mention.start]) if named.mention.start - q.end()
                          <= 30 and "." not in item.text[q.end(): named.mention.start]]
                title = after[0].group(1) if after and after[0].start() <= 4 else before[-1].group(1) if before else None
                if title:  # '…'을 개최, or '…'이 안동대학교 체육관에서 열린다
                    event = ctx.program(normalize_space(title), ctx.evidence_of([item]),
                                        municipality=passage.scope.municipality)
                elif _CEREMONY.search(item.text[: named.mention.start]):
                    continue  # 시상식은 … 창원컨벤션센터에서 열렸다: another's ceremony, not what the passage is about
            if event is not None and event[0] in ("program", "organization"):
                partners.add(event, named.key, item.text, [item], role_list=["facility-provider"])

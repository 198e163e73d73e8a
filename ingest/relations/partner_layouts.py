"""Partners that a report's layout states rather than its words.

- a facility's place and operator in brackets on the line under it (``- ○○새일센터(일반형)`` /
  ``<성안동, ○○여성인력개발센터>``): the body given with the place runs the facility;
- a count of bodies and their names in brackets after a label (``학교 협동조합교육 : 3개교(○○고, ○○여고) 150명``):
  the bodies take part in what the label names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.cleaning import normalize_space
from ingest.names import counted_pattern
from ingest.passages import Named, Passage

if TYPE_CHECKING:  # the partners reader hands itself in; no import cycle at run time
    from ingest.relations.partners import Partners

# The place is an address word (…동, …읍, …로); the body after the comma is the operator.
_LOCATED = re.compile(r"^[<〈]\s*[가-힣0-9\s-]{1,15}?(?:읍|면|동|리|구|시|군|로|길)\s*,\s*(.+?)\s*[>〉]$")
# The facility's line: its name alone, perhaps with its type in brackets (충북새일센터(산단형)).
_TYPE_AFTER = re.compile(r"\([^)]{1,12}\)$")


def located(partners: Partners, passage: Passage) -> bool:
    head, above = passage.head, passage.previous
    place = _LOCATED.match(head.content.strip())
    if place is None or above is None:
        return False
    named = [n for n in head.actors() if n.mention.start >= head.text.find(place.group(1))]
    facility = above.organizations()
    if len(named) != 1 or len(facility) != 1 or named[0].kind != "organization" or \
            _TYPE_AFTER.sub("", above.content).strip() != facility[0].mention.text:
        return False
    partners.add(facility[0].key, named[0].key, head.text, [above, head], role_list=["operator"])
    return True


def counted(partners: Partners, passage: Passage, label: str, actors: list[Named]) -> bool:
    """A label that is a role (참여기관 : 3개 기관(…)) makes a role line instead; a short one (대상, 지원) names no
    activity."""
    ctx, head = partners.ctx, passage.head
    squeezed = label.replace(" ", "").strip("-∙·▸○❍□ ")
    count = ctx.lexicon.parts("counted-bodies", counted_pattern).search(head.text)
    if count is None or len(squeezed) < 6 or squeezed.endswith(partners.label_ends):
        return False
    named = [n.key for n in actors if count.start(1) <= n.mention.start < count.end(1)]
    if not named:
        return False
    program = ctx.program(normalize_space(label.strip(" -∙·▸○❍□")), ctx.evidence_of([head]),
                          municipality=passage.scope.municipality)
    for key in dict.fromkeys(named):
        partners.add(program, key, head.text, [head], role_list=["participant"])
    return program is not None

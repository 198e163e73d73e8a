"""Ordinances: a municipality's 조례 enacted or amended, with its date and number where the text gives them.

``수원시 공유경제 활성화에 관한 조례 제정('16. 6. 14)``: the title (the municipality's name and 관한/촉진/설치
mark a title, not a mention of ordinances in general), the date in its clause or in the lines just after, the
number (``조례 제1075호``), and whether it was enacted or amended (개정, ``→``).
"""

from __future__ import annotations

import re

from ingest.dates import find_dates
from ingest.cleaning import normalize_space
from ingest.context import Context
from ingest.passages import Passage
from ingest.records import Ordinance, Record

_ORDINANCE = re.compile(r"(?P<title>(?:[가-힣]+(?:시|군|구)\s)?[가-힣0-9·\s]{2,50}?(?:에\s*관한\s*|촉진|설치\s*)?조례)")
_NUMBER = re.compile(r"(?:조례|규칙)\s*(제\s*\d+\s*호)")
LOOK_AHEAD = 7  # lines after a title where its date or number may stand


def make_ordinances():
    def ordinances(passage: Passage, ctx: Context) -> list[Record]:
        municipality = passage.scope.municipality
        if municipality is None:
            return []
        out: list[Record] = []
        for item in passage.items:
            content = item.content
            if "조례" not in content:
                continue
            for match in _ORDINANCE.finditer(content):
                title = re.sub(r"^(?:[❍○▸∙·\-]\s*)+", "", normalize_space(match.group("title")))
                if len(title) < 6 or title.startswith(("조례", "관한")):
                    continue
                if not (re.match(r"[가-힣]+(?:시|군|구)\s", title) or "관한" in title or "촉진" in title):
                    continue
                if re.search(r"(?:19|20)\d{2}\s*년|위해\s", title):
                    continue  # ○○시 지역공동체를 위해 2012년 5월 조례(를 제정): a sentence about one, not its title
                after = [ctx.by_number[n].text for n in range(item.number + 1, item.number + LOOK_AHEAD + 1)
                         if n in ctx.by_number]
                window = content[match.start():] + " " + " ".join(after)
                # The date in the title's own clause (its rest may hold a date's dots), else in the lines after.
                dates = find_dates(content[match.end("title"): match.end("title") + 40]) or \
                    _most_precise(find_dates(window[:200]))
                number = _NUMBER.search(window[:300])
                action = "amendment" if "개정" in content or "→" in content else "enactment"
                out.append(Ordinance(municipality, title, ctx.evidence_of([item]),
                                     date=dates[0].start if dates else None,
                                     number=normalize_space(number.group(1)).replace(" ", "") if number else None,
                                     action=action))
        return out

    return ordinances


def _most_precise(dates: list) -> list:
    """The dates with the first one replaced by a later, more precise statement of it (2012년 5월 … (2012년 5월 4일
    제정)): the day the text gives."""
    if not dates:
        return dates
    first = dates[0]
    finer = next((d for d in dates[1:] if d.start.startswith(first.start) and len(d.start) > len(first.start)), None)
    return [finer or first, *dates[1:]]

"""Numbers in a line that report no result of what the line is about, and are not read as figures.

- how a program is divided: ``6개 분야``, ``10개 과정``, ``13개 사업``, ``5개 모델``, ``1곳당``; places it spans
  (``5개마을``, ``14개 읍면동``, ``6개 단지``);
- how often: ``매월 1회``, ``주1회``, ``반기별 4회`` (``연 12회`` is how many in a year: a figure);
- a bound on who qualifies or a limit set: ``근로자 30인 이상 기업``, ``300명미만 관내 기업``, ``1,000㎡ 이상 증설
  제한``;
- money per body or person, or a cap: ``기업당 한 해 3천만원을 넘지 않는다``, ``1인당 200만원 이내로``;
- the country's figure beside the place's: ``전국 8곳이 상을 받았다``, ``전국 60.1%``;
- prizes counted (``정부 포상 4건``: each is an award);
- a difference from another figure: ``올해보다 6억원 늘어난 규모다`` (the figures compared are read; a rate of
  growth, ``지난해보다 18% 늘었다``, is a figure).

>>> from ingest.quantities import find_quantities
>>> text = "월 1회 운영, 30인 이상 기업 대상, 13개 사업, 지난해보다 20명 늘어난 120명 참여"
>>> [q.text for q in find_quantities(text) if not reports_nothing(text, q)]
['120명']
"""

from __future__ import annotations

import re

from ingest.clauses import clause_right
from ingest.quantities import Quantity

_DIVIDED = re.compile(r"\s*(?:분야|개\s*분야|과정|단계|차년도|개년|당)")
_PARTS = re.compile(r"\s*(?:세부\s*)?(?:사업|과제|모델|읍면동|읍·면·동|단지|마을)(?![가-힣])")
_EVERY = re.compile(r"(?:매월|매주|매일|격주|월|주|일|분기|반기)(?:별|마다)?\s*$")
# After a bound (30인 이상, 300명미만): what qualifies by it (기업, 사업장 …), or the limit it sets (증설 제한).
_THRESHOLD = re.compile(r"(?:인|의)?\s*(?:관내\s*)?(?:기업|사업장|업체|가구|기관|사업체|법인|단체)")
_LIMITED = re.compile(r"제한|불가|금지|규제")
_BOUNDS = ("at-least", "at-most", "less-than", "more-than")
# Money per body or person (기업당 한 해, 1인당 최대) and a cap after it (…을 넘지 않는다, 이내로).
_PER_UNIT = re.compile(r"[가-힣]당\s*(?:(?:한\s*해|연간?|월|최대|최고)\s*)*$")
_CAP = re.compile(r"\s*(?:[을를]\s*)?(?:넘지\s*않|넘을\s*수\s*없|초과할\s*수\s*없|초과하지\s*않|이내로|이내에서|한도로|한도에서)")


def reports_nothing(text: str, quantity: Quantity) -> bool:
    """Whether ``quantity`` of ``text`` is one of the numbers above (see the module's docstring)."""
    if _DIVIDED.match(text, quantity.end) or (quantity.unit in ("count", "place") and _PARTS.match(text, quantity.end)):
        return True
    if quantity.unit == "times" and _EVERY.search(text[: quantity.start]):
        return True
    if quantity.qualifier in _BOUNDS and not re.match(r"\s*(?:최소|최대)", quantity.text) and \
            (_THRESHOLD.match(text, quantity.end) or _LIMITED.search(clause_right(text, quantity.end))):
        return True
    if quantity.unit != "percent" and re.search(r"보다\s*$", text[: quantity.start]) and \
            re.match(r"\s*(?:이\s*|가\s*)?(?:늘|증가|증액|많|줄|감소|감액|적)", text[quantity.end:]):
        return True
    if quantity.unit in ("krw", "usd") and (_PER_UNIT.search(text[: quantity.start]) or _CAP.match(text, quantity.end)):
        return True  # 기업당 한 해 3천만원을 넘지 않는다: a cap per body, no money spent
    if quantity.raw_unit == "건" and re.search(r"(?:포상|표창|수상|상)\s*$", text[: quantity.start]):
        return True  # 정부 포상 4건: each prize is an award of its own, not a count of cases handled
    return bool(re.search(r"전국\s*$", text[: quantity.start]))

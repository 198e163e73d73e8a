"""Names listed before a colon, paired one by one with figures listed after it, apart by slashes.

Reports write several counts of one undertaking as two lists: ``구인, 구직, 취업알선 : 1,500 / 2,418 / 553``
or ``신규 채용/유지 인원 : 12명/30명``. The k-th figure is what the k-th name says, whatever words stand
nearer to it; a figure written without its unit takes the unit of what its name counts.

A whole may come first and its parts after the colon without their unit (``총 724개소 : 사회적기업 98,
협동조합 512``): each part is counted in the whole's unit (:func:`parts_of_total`); a change written
``4 → 8개소`` counts its start in its end's unit (:func:`start_of_change`); a line of money by year written
bare under the line that gives the unit (``총 2,000백만원`` / ``연도별 투자 : 2023년 450 / 2024년 520``) is in that
unit (:func:`yearly_in_unit_above`).

>>> [(p.label, p.text) for p in pairs("▸구인,구직,취업알선 : 1,500 / 2,418 / 553 (22.8%) ▸취업교육 : 84명")]
[('구인', '1,500'), ('구직', '2,418'), ('취업알선', '553')]
>>> [(p.label, p.text) for p in pairs("신규 채용/유지 인원: 12명/30명")]
[('신규 채용', '12명'), ('유지 인원', '30명')]
>>> pairs("사업비 : 국비 120 / 도비 80")  # names on both sides: no two lists
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.numerals import parse_number, unit_scale
from ingest.quantities import Quantity

_FIGURE = r"\d[\d,.]*\s*(?:[가-힣%]{1,2}(?![가-힣]))?"
_PAIRED = re.compile(rf"(?P<names>[^:：▸‣•❍○□-]{{2,60}}?)\s*[:：]\s*(?P<figures>{_FIGURE}(?:\s*/\s*{_FIGURE}){{1,7}})")
_SPLIT = re.compile(r"\s*[,·/]\s*")
# Units that leave open what is counted (명 of hires or of job seekers); 회, 팀, 가구 … say it themselves.
_OPEN_UNITS = ("person", "count", "place", "krw", "usd", "percent")


@dataclass(frozen=True)
class Pair:
    """The k-th name of a list and the k-th figure (its text and span in the line)."""

    label: str
    text: str
    start: int
    end: int


def pairs(text: str) -> list[Pair]:
    found: list[Pair] = []
    if "/" not in text or (":" not in text and "：" not in text):
        return found  # most lines: no two lists to pair
    for match in _PAIRED.finditer(text):
        names = [n for n in _SPLIT.split(match.group("names").strip()) if n]
        figures = [(m.group(0).strip(), match.start("figures") + m.start())
                   for m in re.finditer(_FIGURE, match.group("figures"))]
        if len(names) != len(figures) or any(not re.search(r"[가-힣A-Za-z]", n) for n in names):
            continue
        found += [Pair(name, figure, start, start + len(figure)) for name, (figure, start) in zip(names, figures)]
    return found


def paired_indicators(text: str, indicator_of, unit_of: dict[str, str],
                      counted: list[Quantity]) -> tuple[dict[int, str | None], list[Quantity]]:
    """For the figures of paired lists in a line: the indicator each one's name gives (None: its name names
    none and its unit leaves open what it counts, so the figure is not read), by the figure's start; and the
    figures written without a unit, as quantities in the unit of their indicator. A figure whose unit says what
    it counts (회, 팀) and whose name gives nothing for that unit is left to the usual reading. ``indicator_of``
    maps a name and a unit (None: any) to an indicator."""
    indicators: dict[int, str | None] = {}
    bare: list[Quantity] = []
    listed = pairs(text)
    if not any(indicator_of(pair.label, None) for pair in listed):
        return indicators, bare  # 2023년/2024년 : 12명/30명: the names are no indicators; the figures are read as usual
    for pair in listed:
        quantity = next((q for q in counted if pair.start <= q.start < pair.end), None)
        if quantity is not None:
            found = indicator_of(pair.label, quantity.unit)
            if found is not None or (quantity.unit in _OPEN_UNITS and indicator_of(pair.label, None) is None):
                indicators[quantity.start] = found  # else read as usual: 6회 are sessions whatever the name
            continue
        indicator = indicator_of(pair.label, None)
        unit = unit_of.get(indicator) if indicator else None
        try:
            value = parse_number(pair.text) if re.fullmatch(r"[\d,.]+", pair.text) else None
        except ValueError:
            value = None
        if unit is None or value is None:
            indicators[pair.start] = None
            continue
        number = int(value) if value == value.to_integral_value() else value
        bare.append(Quantity(number, unit, None, pair.text, pair.start, pair.end, ""))
        indicators[pair.start] = indicator
    return indicators, bare


# A whole, then a colon and its parts, a name and a bare number each (총 724개소 : 사회적기업 98, 협동조합 512).
_WHOLE = re.compile(r"\d[\d,.]*\s*(?:개소|개사|개|곳|명|건)\s*[:：]\s*")
_PART = re.compile(r"([가-힣A-Za-z()·]+(?:\s[가-힣A-Za-z()·]+){0,2})\s*(\d[\d,]*)(?![\d.]|\s*[가-힣%])\s*(?:[,·]\s*|$)")


def parts_of_total(text: str, counted: list[Quantity]) -> list[Quantity]:
    """The parts listed after a whole without their unit, as quantities in the whole's unit.

    >>> [(q.value, q.unit, q.text) for q in parts_of_total("총 10개소 : 사회적기업 7, 마을기업 3", [
    ...     Quantity(10, "place", None, "10개소", 2, 6, "개소")])]
    [(7, 'place', '7'), (3, 'place', '3')]
    """
    found: list[Quantity] = []
    for whole in _WHOLE.finditer(text):
        total = next((q for q in counted if q.start == whole.start()), None)
        if total is None:
            continue
        parts = []
        at = whole.end()
        while (part := _PART.match(text, at)) is not None:
            parts.append(part)
            at = part.end()
        if len(parts) < 2:
            continue
        for part in parts:
            value = parse_number(part.group(2))
            number = int(value) if value == value.to_integral_value() else value
            found.append(Quantity(number, total.unit, None, part.group(2), part.start(2), part.end(2), ""))
    return found


_CHANGE = re.compile(r"(?<![\d,.])(\d[\d,]*)\s*(?:→|➡|⇒|->)\s*")


def start_of_change(text: str, counted: list[Quantity]) -> list[Quantity]:
    """The bare figure a change starts from, in the unit of the figure it changes to.

    >>> [(q.value, q.unit) for q in start_of_change("운영 : 4 → 8개소", [Quantity(8, "place", None, "8개소", 9, 12, "개소")])]
    [(4, 'place')]
    """
    found = []
    for change in _CHANGE.finditer(text):
        end = next((q for q in counted if q.start == change.end()), None)
        if end is None or any(q.start <= change.start(1) < q.end for q in counted):
            continue
        value = parse_number(change.group(1))
        number = int(value) if value == value.to_integral_value() else value
        found.append(Quantity(number, end.unit, None, change.group(1), change.start(1), change.end(1), ""))
    return found


# A field of money by year: its label names money spent, its values are years with bare numbers.
_MONEY_LABEL = re.compile(r"^[^:：]*(?:투자|예산|사업비|소요|재원)[^:：]*[:：]")
_YEAR_BARE = re.compile(r"(?:19|20)\d{2}\s*년?\s*[:：]?\s*(\d[\d,]*)(?![\d.]|\s*[가-힣%])")


def yearly_in_unit_above(text: str, above: list[Quantity]) -> list[Quantity]:
    """The bare yearly amounts of a money field, in the money unit of the line above (its last money figure).

    >>> above = [Quantity(2000000000, "krw", None, "2,000백만원", 5, 13, "백만원")]
    >>> [(q.value, q.text) for q in yearly_in_unit_above("- 연도별 투자 : 2023년 450 / 2024년 520", above)]
    [(450000000, '450'), (520000000, '520')]
    """
    label = _MONEY_LABEL.match(text)
    money = [q for q in above if q.unit == "krw" and q.raw_unit]
    if label is None or not money:
        return []
    scale = unit_scale(money[-1].raw_unit)
    if scale is None or scale[0] != "krw":
        return []
    found = []
    for bare in _YEAR_BARE.finditer(text, label.end()):
        value = parse_number(bare.group(1)) * scale[1]
        number = int(value) if value == value.to_integral_value() else value
        found.append(Quantity(number, "krw", None, bare.group(1), bare.start(1), bare.end(1), ""))
    return found if len(found) >= 2 else []

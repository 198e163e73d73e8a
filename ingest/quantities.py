"""Quantities in a line: money (``939백만원``), counts (``29명``, ``3개소``, ``7,622㎡``) and percentages
(``92.8%``), normalized to whole units of a concept (``krw``, ``person``, ``square-metre`` …).

Every result carries character offsets into the line, so a spaCy component can turn it into a span. A
malformed number is still returned, with ``value=None`` and a ``problem`` saying why, so the caller can warn.

>>> [(q.value, q.unit, q.qualifier) for q in find_quantities("연매출 939백만원, 직원 29명(약 80%)")]
[(939000000, 'krw', None), (29, 'person', None), (80, 'percent', 'approximately')]
>>> find_money("MOU 64건 4,1016억원")[0].problem
"malformed digit grouping '4,1016'"
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from ingest.lexicon import load_lexicon
from ingest.numerals import (
    _BASE_UNITS,
    _BIG_MAGNITUDES,
    _COUNT_UNIT,
    _CURRENCY_AFTER_MAG,
    _CURRENCY_AFTER_NUMBER,
    _HANGUL,
    _MAG_AFTER_MAG,
    _MAG_AFTER_NUMBER,
    _MAGNITUDES,
    _NOT_VEHICLE_AFTER,
    _NOT_VEHICLE_BEFORE,
    _NUMBER,
    _NUMBER_AFTER_MAG,
    _PREFIX_QUALIFIER,
    _QUALIFIERS,
    _SMALL_MAGNITUDES,
    _SUFFIX_QUALIFIER,
    parse_number,
    parse_unit_line,
    unit_scale,
)

MONEY_UNITS = frozenset({"krw", "usd"})


@dataclass(frozen=True)
class Quantity:
    """A number with its unit, as found in the text.

    ``value`` is in whole units of ``unit`` (``939백만원`` -> 939000000 krw):
    an ``int`` when whole, a ``Decimal`` otherwise, ``None`` when the source
    number is malformed (then ``problem`` says why). ``raw_unit`` is the
    magnitude and unit written after the last digit, without whitespace or 여.
    """

    value: int | Decimal | None
    unit: str
    qualifier: str | None
    text: str
    start: int
    end: int
    raw_unit: str
    problem: str | None = None



@dataclass(frozen=True)
class _Numeral:
    """Numbers and magnitude characters written as one numeral: "2억5천만" -> 2 억 5 천 만."""

    tokens: tuple[str, ...]
    end: int
    last_number_end: int
    approximate: bool  # 여 seen: "200여명", "7천여명"


def _char_at(text: str, pos: int) -> str:
    """The character at pos, or a space past the end (so `in` tests stay honest)."""
    return text[pos] if pos < len(text) else " "


def _scan_numeral(text: str, number: re.Match[str]) -> _Numeral:
    tokens = [number.group()]
    pos = last_number_end = number.end()
    approximate = after_magnitude = False
    while True:
        # 여 inside the numeral: "2천여만원".
        if not approximate and text[pos : pos + 1] == "여" and _char_at(text, pos + 1) in _MAGNITUDES:
            approximate, pos = True, pos + 1
            continue
        pattern = _MAG_AFTER_MAG if after_magnitude else _MAG_AFTER_NUMBER
        if match := pattern.match(text, pos):
            tokens.append(match.group(1))
            pos, after_magnitude = match.end(), True
            continue
        if after_magnitude and (match := _NUMBER_AFTER_MAG.match(text, pos)):
            tokens.append(match.group(1))
            pos = last_number_end = match.end()
            after_magnitude = False
            continue
        break
    if not approximate and text[pos : pos + 1] == "여":
        approximate, pos = True, pos + 1
    return _Numeral(tuple(tokens), pos, last_number_end, approximate)


class _Malformed(ValueError):
    pass


def _numeral_value(tokens: tuple[str, ...]) -> Decimal:
    """The value of a Korean numeral mixing digits and magnitudes.

    The leading group may be any size ("10,363억", "156,222천"); a group after
    a bigger magnitude must fit below it ("1만96천" does not: 96천 is not
    below 만). "2억 8천" is read the way budgets are written, as 2억 8천만;
    a group that skips two levels ("2조6백") is malformed.
    """
    total = Decimal(0)
    group = Decimal(0)  # the value accumulated since the last big magnitude
    pending: Decimal | None = None  # a number waiting for its magnitude
    last_small = last_big = 10**13
    last_big_name = ""
    first_group = True
    for token in tokens:
        if token[0].isdigit() or token[0] == ",":
            try:
                pending = parse_number(token)
            except ValueError as error:
                raise _Malformed(str(error)) from None
        elif token in _SMALL_MAGNITUDES:
            scale = _SMALL_MAGNITUDES[token]
            if scale >= last_small:
                raise _Malformed("magnitudes out of order")
            group += (pending if pending is not None else 1) * scale
            pending, last_small = None, scale
        else:
            scale = _BIG_MAGNITUDES[token]
            coefficient = group + (pending or 0)
            if scale >= last_big or coefficient == 0:
                raise _Malformed("magnitudes out of order")
            if not first_group and coefficient >= 10**4:
                raise _Malformed(f"{coefficient} after {last_big_name} must be below 10000")
            total += coefficient * scale
            group, pending, last_small, last_big = Decimal(0), None, 10**13, scale
            last_big_name, first_group = token, False
    tail = group + (pending or 0)
    if tail:
        if first_group:
            total += tail
        elif tail >= 10**4:
            raise _Malformed(f"{tail} after {last_big_name} must be below 10000")
        elif last_big == _BIG_MAGNITUDES["만"]:
            total += tail
        elif last_big == _BIG_MAGNITUDES["억"]:
            total += tail * _BIG_MAGNITUDES["만"]  # implied 만: "2억 8천" = 2억 8천만
        else:
            raise _Malformed("a group right after 조 skips 억 and 만")
    return total


def _plain(value: Decimal) -> int | Decimal:
    return int(value) if value == value.to_integral_value() else value


def _is_ordinal(text: str, start: int) -> bool:
    """제5회, 제1075호: 제 glued to the number and starting a word (경제5개 is not)."""
    return (
        start >= 1
        and text[start - 1] == "제"
        and (start == 1 or not re.match(rf"[{_HANGUL}]", text[start - 2]))
    )


def _is_vehicle_count(text: str, start: int, unit_end: int) -> bool:
    if _NOT_VEHICLE_AFTER.match(text, unit_end):
        return False
    return _NOT_VEHICLE_BEFORE.search(text, max(0, start - 12), start) is None


def _quantity_at(text: str, number: re.Match[str]) -> Quantity | None:
    """The quantity whose number is `number`, or None if it carries no known unit."""
    start = number.start()
    if _is_ordinal(text, start):
        return None
    numeral = _scan_numeral(text, number)
    has_magnitude = len(numeral.tokens) > 1
    currency = (_CURRENCY_AFTER_MAG if has_magnitude else _CURRENCY_AFTER_NUMBER).match(text, numeral.end)
    count = None if currency else _COUNT_UNIT.match(text, numeral.end)
    if currency:
        unit_match = currency
        concept = _BASE_UNITS[currency.group("unit")]
    elif count:
        unit_match = count
        concept = _BASE_UNITS[re.sub(r"\s+", "", count.group("unit")).lower()]
        if concept == "vehicle" and not _is_vehicle_count(text, start, count.end()):
            return None
        if concept == "percent" and has_magnitude:
            return None
    elif "억" in numeral.tokens or ("조" in numeral.tokens and numeral.tokens[-1] != "조"):
        # 억 alone still means won ("40억확보", "국비 2억 8천"); a bare "11조"
        # is an article of a by-law, not money.
        unit_match, concept = None, "krw"
    else:
        return None

    unit_end = unit_match.end() if unit_match else numeral.end
    raw_unit = re.sub(r"[\s여]", "", text[numeral.last_number_end : unit_end])
    try:
        value: int | Decimal | None = _plain(_numeral_value(numeral.tokens))
        problem = None
    except _Malformed as error:
        value, problem = None, str(error)
        if not str(error).startswith(("malformed digit grouping", "more than")):
            problem = f"malformed Korean numeral {text[start:numeral.end].strip()!r}: {error}"

    qualifier = "more-than-approximately" if numeral.approximate else None
    end = unit_end
    if suffix := _SUFFIX_QUALIFIER.match(text, unit_end):
        qualifier, end = _QUALIFIERS[suffix.group(1)], suffix.end()
    if prefix := _PREFIX_QUALIFIER.search(text, max(0, start - 12), start):
        start = prefix.start()
        qualifier = qualifier or _QUALIFIERS[prefix.group(1)]
    return Quantity(value, concept, qualifier, text[start:end], start, end, raw_unit, problem)


def _quantities(text: str) -> list[Quantity]:
    found: list[Quantity] = []
    pos = 0
    for number in _NUMBER.finditer(text):
        if number.start() < pos:
            continue
        quantity = _quantity_at(text, number)
        if quantity is not None:
            found.append(quantity)
            pos = quantity.end
    return found


def find_money(text: str) -> list[Quantity]:
    """Amounts of money, in whole won (``krw``) or dollars (``usd``).

    >>> [(q.value, q.raw_unit) for q in find_money("사업비 3,287백만 원, 국비 2억 8천 지원")]
    [(3287000000, '백만원'), (280000000, '천')]
    >>> find_money("조례 11조, 1,000만 관광객")
    []
    """
    return [q for q in _quantities(text) if q.unit in MONEY_UNITS]


def find_counts(text: str) -> list[Quantity]:
    """Counted or measured things: persons, places, teams, areas... not money or percentages.

    >>> [(q.value, q.unit, q.qualifier) for q in find_counts("5개팀 지원, 200여명 참여, 제5회")]
    [(5, 'team', None), (200, 'person', 'more-than-approximately')]
    >>> find_counts("1만96천명")[0].value is None
    True
    """
    return [q for q in _quantities(text) if q.unit not in MONEY_UNITS and q.unit != "percent"]


def find_percents(text: str) -> list[Quantity]:
    """Percentages.

    >>> [(q.value, q.qualifier) for q in find_percents("탈수급 13명(92.8%), 30%이상")]
    [(Decimal('92.8'), None), (30, 'at-least')]
    """
    return [q for q in _quantities(text) if q.unit == "percent"]


def find_quantities(text: str) -> list[Quantity]:
    """Money, counts and percentages together, by position, never overlapping.

    Each numeral is read once, so money wins over counts by construction:
    "25억" is money, and the "20명" after it a separate count.

    >>> [(q.text, q.unit) for q in find_quantities("사업비 25억 20명 고용(10%)")]
    [('25억', 'krw'), ('20명', 'person'), ('10%', 'percent')]
    """
    return sorted(_quantities(text), key=lambda q: q.start)


_BARE = re.compile(r"(?<![\d.,'’‘`])(\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]|\s*[가-힣%㎡])")


@functools.cache
def _paid_before() -> re.Pattern:
    """Who pays (a funding-source word, or a total), right before an amount."""
    words = [w for w, _ in load_lexicon().cue_list("funding-source")] + ["계", "합계", "총계", "총액"]
    return re.compile("(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")\s*$")


def bare_amounts(item, passage) -> list[Quantity]:
    """Amounts written without their unit under a heading that declares one (□ 소요예산(단위: 천원) / ○ 총계
    1,240,000 = 국비 620,000 + …): money only, the one unit the line or its nearest heading with a unit gives."""
    if not _BARE.search(item.text):
        return []  # no bare number (most lines): no need to look for the unit above
    units = parse_unit_line(item.text)
    for heading in reversed(passage.outline):
        units = units or parse_unit_line(heading.text)
    scale = unit_scale(units[0]) if len(units) == 1 else None
    if scale is None or scale[0] not in ("krw", "usd"):
        return []
    taken = [(q.start, q.end) for q in item.quantities] + [(d.start_char, d.end_char) for d in item.dates]
    found = []
    for match in _BARE.finditer(item.text):
        if any(s < match.end() and match.start() < e for s, e in taken) or re.fullmatch(r"(?:19|20)\d{2}", match.group(1)):
            continue
        if len(match.group(1)) <= 3 and not _paid_before().search(item.text, 0, match.start()):
            continue  # a short number is an amount only right after who pays it (국비 450 + 도비 300)
        value = parse_number(match.group(1)) * scale[1]
        found.append(Quantity(int(value) if value == value.to_integral_value() else value, scale[0], None,
                              match.group(0), match.start(), match.end(), units[0]))
    return found


# A count broken down in parentheses, its parts written without a unit: 49개소(유료 41, 무료 8),
# 일자리 15명(상근 12, 비상근 3), 8명(공무원3, 직업상담사4, 프로시니어1).
_PART_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"
_BREAKDOWN = re.compile(rf"\s*\(((?:\s*[가-힣A-Za-z·]{{1,10}}\s*(?:{_PART_NUMBER})\s*,){{1,7}}\s*[가-힣A-Za-z·]{{1,10}}\s*"
                        rf"(?:{_PART_NUMBER}))\s*\)")
_BREAKDOWN_PART = re.compile(rf"[가-힣A-Za-z·]{{1,10}}\s*({_PART_NUMBER})")
_COUNTED_UNITS = ("person", "count", "place", "team", "household", "times", "vehicle")


def breakdown(text: str, total: Quantity) -> list[Quantity]:
    """The parts of a count its parenthesis lists, in the count's unit; none when the parts do not add up to it.

    >>> [(q.value, q.text) for q in breakdown("일자리 15명(상근 12, 비상근 3)", find_quantities("일자리 15명")[0])]
    [(12, '12'), (3, '3')]
    >>> breakdown("참여 20명(1차 5, 2차 7)", find_quantities("참여 20명")[0])
    []
    """
    match = _BREAKDOWN.match(text, total.end)
    if total.unit not in _COUNTED_UNITS or not match or total.value is None:
        return []
    parts = [Quantity(int(p.group(1).replace(",", "")), total.unit, None, p.group(1), match.start(1) + p.start(1),
                      match.start(1) + p.end(1), total.raw_unit)
             for p in _BREAKDOWN_PART.finditer(match.group(1))]
    return parts if sum(p.value for p in parts) == total.value else []

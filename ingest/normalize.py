"""Find and normalize quantities and dates in Korean local-government text.

The input is one line (or a few joined lines) of text extracted from a PDF.
Every result carries character offsets into that string, so a spaCy
component can turn it into a span. Regular expressions and the standard
library only.

Quantities are money (``939백만원``), counts (``29명``, ``3개소``, ``7,622㎡``)
and percentages (``92.8%``), normalized to whole units of a concept
(``krw``, ``person``, ``square-metre``...). Typos are reported, never
repaired: a malformed number is still returned, with ``value=None`` and a
``problem`` saying why, so that the caller can warn.

>>> [(q.value, q.unit, q.qualifier) for q in find_quantities("연매출 939백만원, 직원 29명(약 80%)")]
[(939000000, 'krw', None), (29, 'person', None), (80, 'percent', 'approximately')]
>>> find_money("MOU 64건 4,1016억원")[0].problem
"malformed digit grouping '4,1016'"
>>> [(d.start, d.end, d.open_ended) for d in find_dates("사업기간 : 2014. 7. ~ 계속 / 조례 제정(‘16. 6. 14)")]
[('2014-07', None, True), ('2016-06-14', None, False)]
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from decimal import Decimal

__all__ = [
    "DateValue",
    "Quantity",
    "find_counts",
    "find_dates",
    "find_money",
    "find_percents",
    "find_quantities",
    "parse_number",
    "parse_unit_line",
    "unit_scale",
]


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
class DateValue:
    """A date or a date range; ``start``/``end`` are ISO 8601 at the precision written."""

    start: str
    end: str | None
    open_ended: bool
    text: str
    start_char: int
    end_char: int


MONEY_UNITS = frozenset({"krw", "usd"})

# --------------------------------------------------------------------------
# Numbers and units
# --------------------------------------------------------------------------

_HANGUL = "가-힣"

# Digits with optional comma groups and decimals. Deliberately loose: the
# grouping is checked by parse_number so that a typo such as "4,1016" is
# reported rather than split into "4" and "1016".
_NUMBER_CORE = r"\d+(?:,\d+)*(?:\.\d+)?"
_STRICT_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# The most digits a number may have. Decimal arithmetic keeps 28 significant
# digits (the default context), so scaling or summing a longer number rounds it
# silently, and Python refuses to print an int of more than 4,300 digits (the
# emitted literal, the record's hash). The largest figure in these documents, a
# budget in won, has 15 digits: a longer number is a typo or garbage.
MAX_DIGITS = 28

# Where a number may start: not inside a word of Latin letters ("CO2"), not
# after a digit, a decimal point or a grouping comma ("1,000" has no number
# "000"). A comma glued to the number but preceded by a space (", ,2,156억원")
# is a stray comma: it is kept in the match so the value is flagged.
_NUMBER = re.compile(
    r"(?:(?<![^\s(\[]),(?=\d)|(?<![0-9A-Za-z.])(?<!\d,))" + _NUMBER_CORE
)

_SMALL_MAGNITUDES = {"십": 10, "백": 100, "천": 1000}
_BIG_MAGNITUDES = {"만": 10**4, "억": 10**8, "조": 10**12}
_MAGNITUDES = "십백천만억조"

# A magnitude glued to its number ("939백", "2억"). No space: "2016 억새축제"
# is not 2016억.
_MAG_AFTER_NUMBER = re.compile(rf"([{_MAGNITUDES}])")
# A magnitude after a magnitude, possibly across a line break ("57,087백\n만원")
# or a space ("2억 천만원"), but only when what follows is clearly still the
# numeral, so that "5억 만들기" does not swallow 만.
_MAG_AFTER_MAG = re.compile(
    rf"(?:[ \t]*\n?[ \t]*(?=[{_MAGNITUDES}][ \t]*\n?[ \t]*(?:[{_MAGNITUDES}]|원|불|달러)))?"
    rf"([{_MAGNITUDES}])"
)
# A number continuing a numeral after a magnitude: glued ("1만96천",
# "1만5000원") or after one space when it carries a magnitude itself
# ("2억 8천"); "25억 20명" is two quantities.
_NUMBER_AFTER_MAG = re.compile(
    rf"(?:[ \t](?={_NUMBER_CORE}[{_MAGNITUDES}]))?({_NUMBER_CORE})"
)

# Currency after a magnitude may follow a space or line break ("3,287백만 원",
# "47억 원"). Directly after digits, 원 must end the word or take a particle:
# "2016 원주시" is not 2016 won.
_CURRENCY_AFTER_MAG = re.compile(r"[ \t]*\n?[ \t]*(?P<unit>원|불|달러)")
_CURRENCY_AFTER_NUMBER = re.compile(
    rf"[ \t]?(?P<unit>원(?![{_HANGUL}])"
    r"|원(?=의|을|이|으로|에|씩|까지|부터|과|와|은|미만|초과|정도|가량|내외|대|선|짜리|상당)"
    rf"|불(?![{_HANGUL}])|달러)"
)

# Count and percent units, tried right after a numeral (one space allowed:
# "굴암리62 가구"). The lookaheads stop a unit character that starts an
# ordinary word from being read as a unit: 6개월 (a duration), 개최, 회의,
# 명단, 평균, "2015 부산", "2016 대한민국", "1톤트럭" (a kind of truck).
_COUNT_UNIT = re.compile(
    rf"""[ \t]?(?P<unit>
        개[ \t]?팀
      | 개소
      | 개(?!월|년|최|발|선|편|정(?!책)|설|통|혁|방)
      | 곳
      | 팀(?!장|원)
      | 회(?!의|장|원|사|관|계|차|기|담|견|복|생|식|용|화|전|신|비|수|당)
      | 명(?!단|칭|예|소|품|절|령|시|확|함|문|성|목|분)
      | 인(?![{_HANGUL}]) | 인(?=이상|이하|이내|미만|초과)
      | 가구
      | 세대(?![{_HANGUL}])
      | 부(?![{_HANGUL}])
      | 권(?![{_HANGUL}])
      | 건(?![{_HANGUL}])
      | 대(?![{_HANGUL}])
      | [kK][wW](?![A-Za-z]) | ㎾
      | 톤(?![{_HANGUL}])
      | 평(?![{_HANGUL}])
      | ㎡ | [mM]2(?!\d) | [mM]² | 제곱미터
      | %(?![pP]) | ％ | 퍼센트
    )""",
    re.X,
)

# 대 counts vehicles ("28대", "4,871대 정비") except in "30대 후반" or
# "20대~30대" (age decades), "1대 1" (one-to-one), "9대 부문"/"5대 핵심과제" (the N major ...)
# and "민선 7대" (the 7th elected term).
_NOT_VEHICLE_AFTER = re.compile(
    r"\s*(?:\d|[~∼-]\s*\d|초반|중반|후반|청년|청소년|여성|남성|노인|중년|연령|핵심|중점|전략|과제|부문|분야"
    r"|공약|정책|사업|목표|원칙|비전|권역|도시|광역|강국|명소|기업|그룹|성과|역점|시책|추진|과업)"
)
# Before it: "연령이 30대", a preceding age decade ("30대 후반에서 40대", where
# "초반" may sit on the next line), or 민선.
_NOT_VEHICLE_BEFORE = re.compile(
    r"(?:(?:연령|나이)\D{0,8}"
    r"|\d0대[ \t]*(?:초반|중반|후반)?[ \t]*(?:에서|부터|~|∼|-|,|과|와)[ \t]*"
    r"|민선[ \t]*)$"
)

_PREFIX_QUALIFIER = re.compile(rf"(?<![{_HANGUL}])(약|대략|최소|최대)[ \t]*\n?[ \t]*$")
_SUFFIX_QUALIFIER = re.compile(r"[ \t]*(이상|이하|이내|미만|초과|내외|가량|정도)")
_QUALIFIERS = {
    "약": "approximately",
    "대략": "approximately",
    "내외": "approximately",
    "가량": "approximately",
    "정도": "approximately",
    "최소": "at-least",
    "이상": "at-least",
    "최대": "at-most",
    "이내": "at-most",
    "이하": "at-most",
    "미만": "less-than",
    "초과": "more-than",
}

_BASE_UNITS = {
    "원": "krw",
    "불": "usd",
    "달러": "usd",
    "명": "person",
    "인": "person",
    "개": "count",
    "건": "count",
    "개소": "place",
    "곳": "place",
    "팀": "team",
    "개팀": "team",
    "회": "times",
    "가구": "household",
    "세대": "household",
    "부": "copy",
    "권": "copy",
    "대": "vehicle",
    "kw": "kilowatt",
    "㎾": "kilowatt",
    "톤": "tonne",
    "평": "pyeong",
    "㎡": "square-metre",
    "m2": "square-metre",
    "m²": "square-metre",
    "제곱미터": "square-metre",
    "%": "percent",
    "％": "percent",
    "퍼센트": "percent",
}
# Longest first, so that "개소" is not read as "개" + "소".
_BASE_UNITS_BY_LENGTH = sorted(_BASE_UNITS, key=len, reverse=True)
_MAGNITUDE_PREFIX = re.compile(r"([십백천])?([만억조])?")

_UNIT_LINE = re.compile(
    r"(?:[(\[<（［〈]\s*단위\s*[:：]?|단위\s*[:：])\s*([^)\]>）］〉\n]*)"
)
_UNIT_SEPARATOR = re.compile(r"[,，/·、]")


def parse_number(text: str) -> Decimal:
    """The value of digits with optional comma grouping and decimals.

    Raises ``ValueError`` when the grouping is malformed: a typo is never
    guessed at.

    >>> parse_number("1,253"), parse_number("231.4")
    (Decimal('1253'), Decimal('231.4'))
    >>> parse_number("4,1016")
    Traceback (most recent call last):
    ...
    ValueError: malformed digit grouping '4,1016'
    >>> parse_number("1" * 29)
    Traceback (most recent call last):
    ...
    ValueError: more than 28 digits in '11111111111111111111111111111'
    """
    if not _STRICT_NUMBER.fullmatch(text):
        if "," in text:
            raise ValueError(f"malformed digit grouping {text!r}")
        raise ValueError(f"not a number {text!r}")
    digits = text.replace(",", "")
    if len(digits) - ("." in digits) > MAX_DIGITS:
        raise ValueError(f"more than {MAX_DIGITS} digits in {text[:40]!r}")
    return Decimal(digits)


def unit_scale(raw_unit: str) -> tuple[str, int] | None:
    """The concept and multiplier of a unit as written, or ``None`` if unknown.

    A magnitude prefix (십 백 천, then 만 억 조) multiplies the base unit;
    억 and 조 alone mean won. Whitespace is ignored.

    >>> unit_scale("백만원"), unit_scale("억 원"), unit_scale("천불"), unit_scale("개소")
    (('krw', 1000000), ('krw', 100000000), ('usd', 1000), ('place', 1))
    >>> unit_scale("천명"), unit_scale("만"), unit_scale("kg")
    (('person', 1000), None, None)
    """
    unit = re.sub(r"\s+", "", raw_unit)
    if unit.lower().endswith("kw"):
        unit = unit[:-2] + "kw"
    for base in _BASE_UNITS_BY_LENGTH:
        if unit.endswith(base):
            concept, prefix = _BASE_UNITS[base], unit[: -len(base)]
            break
    else:
        # A bare 억 or 조 is money in these documents ("40억확보"); a bare 만
        # is not ("1,000만 관광객").
        if unit and unit[-1] in "억조":
            concept, prefix = "krw", unit
        else:
            return None
    scale = _prefix_scale(prefix)
    if scale is None or (concept == "percent" and scale != 1):
        return None
    return concept, scale


def _prefix_scale(prefix: str) -> int | None:
    """The multiplier of a magnitude prefix such as 백만 or 천; None if malformed."""
    match = _MAGNITUDE_PREFIX.fullmatch(prefix)
    if match is None:
        return None
    small, big = match.groups()
    return _SMALL_MAGNITUDES.get(small or "", 1) * _BIG_MAGNITUDES.get(big or "", 1)


def parse_unit_line(line: str) -> list[str]:
    """The units a table header declares, without whitespace; ``[]`` if none.

    >>> parse_unit_line("❙지역경제 파급효과 결과표 (단위 :백만원, 명)")
    ['백만원', '명']
    >>> parse_unit_line("(단위:개,명)"), parse_unit_line("중앙단위 공모사업")
    (['개', '명'], [])
    """
    match = _UNIT_LINE.search(line)
    if match is None:
        return []
    parts = (re.sub(r"\s+", "", part) for part in _UNIT_SEPARATOR.split(match.group(1)))
    return [part for part in parts if part]


# --------------------------------------------------------------------------
# Quantities
# --------------------------------------------------------------------------


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


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------

# Two-digit years are written after an apostrophe, in any of its PDF guises.
_APOSTROPHES = "'‘’`´′"
_SP = r"[ \t]*"

_YEAR4 = re.compile(r"(?:19|20)\d{2}(?!\d|,\d)")
_APOSTROPHE_YEAR = re.compile(rf"[{_APOSTROPHES}][ \t]?(\d{{2}})(?!\d)")
_BARE_TWO_DIGIT_YEAR = re.compile(r"(\d{2})(?!\d)")
# "2016년", "2016년도", "2012년 5월", "2012년 5월 4일" ("2016년 2분기": the quarter is ignored).
_KOREAN_YMD = re.compile(rf"{_SP}년(?:도)?(?:{_SP}(\d{{1,2}}){_SP}월(?:{_SP}(\d{{1,2}}){_SP}일)?)?")
_ISO_MD = re.compile(r"-(\d{1,2})-(\d{1,2})(?!\d)")
_DOT_NUMBER = re.compile(rf"{_SP}\.{_SP}(\d+)")
_MONTH_WORD = re.compile(rf"{_SP}월")
_DAY_WORD = re.compile(rf"{_SP}일")
_END_DOT = re.compile(rf"{_SP}\.(?!{_SP}\d)")
_WEEKDAY = re.compile(rf"{_SP}\([월화수목금토일]\)")
# A two-digit year without an apostrophe ("착공13.11") is read only after a
# construction milestone; elsewhere "13.11" is a decimal.
_MILESTONE_BEFORE = re.compile(rf"(?:착공|준공|완공){_SP}$")

# Forms without a year: they need context_year, or the year of a range start.
_KOREAN_MD = re.compile(rf"(\d{{1,2}}){_SP}월(?:{_SP}(\d{{1,2}}){_SP}일)?")
_DOT_MD = re.compile(rf"(\d{{1,2}}){_SP}\.{_SP}(\d{{1,2}})(?!\d)")
_MONTH_ONLY = re.compile(rf"(\d{{1,2}})(?!\d)(?!{_SP}\.{_SP}\d)(?:{_SP}\.)?")
_DAY_ONLY = re.compile(rf"(\d{{1,2}})(?!\d)(?!{_SP}[.월])(?:{_SP}일)?")
_MONTH_RANGE = re.compile(rf"(\d{{1,2}}){_SP}[~∼～〜]{_SP}(\d{{1,2}}){_SP}월")  # "(3~4월)"

_RANGE_SEPARATOR = re.compile(rf"{_SP}(?:([~∼～〜])|부터){_SP}(?:(?:준공|완공|종료){_SP})?")
_OPEN_WORD = re.compile(r"계속|지속|매년|현재|년중|연중|상시")
_OPEN_END = re.compile(rf"{_SP}(?:\n|\Z|[)\]）」』〉>,/])")

_DATE_CANDIDATE = re.compile(
    rf"[{_APOSTROPHES}](?=[ \t]?\d{{2}}(?!\d))|(?<![0-9A-Za-z.\-])(?<!\d,)\d"
)


@dataclass(frozen=True)
class _Point:
    year: int
    month: int | None
    day: int | None
    start: int
    end: int
    two_digit_year: bool = False
    standalone: bool = True  # False: only as part of a range ("‘12~", "9.1~")

    def key(self) -> tuple[int, int, int]:
        return self.year, self.month or 0, self.day or 0

    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)


class _NotADate(Exception):
    """A date-shaped run that fails validation ("2016. 13. 1."); skip to `end`."""

    def __init__(self, end: int) -> None:
        super().__init__(end)
        self.end = end


def _valid(year: int, month: int | None, day: int | None) -> bool:
    if month is None:
        return day is None
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= calendar.monthrange(year, month)[1]


def _point(year: int, month: int | str | None, day: int | str | None,
           start: int, end: int, two_digit: bool) -> _Point:
    month = int(month) if month is not None else None
    day = int(day) if day is not None else None
    if not _valid(year, month, day):
        raise _NotADate(end)
    return _Point(year, month, day, start, end, two_digit)


def _skip(pattern: re.Pattern[str], text: str, pos: int) -> int:
    match = pattern.match(text, pos)
    return match.end() if match else pos


def _starts_quantity(text: str, pos: int) -> bool:
    """True if the number at pos carries a unit ("2016명", "2018대"): not a year."""
    number = _NUMBER.match(text, pos)
    return number is not None and _quantity_at(text, number) is not None


def _year_at(text: str, pos: int) -> tuple[int, int, str] | None:
    """(year, end, kind) of a year written at pos; kind is four, apostrophe or bare."""
    if match := _APOSTROPHE_YEAR.match(text, pos):
        # Two-digit years are 20yy: these documents start in the 2000s.
        return 2000 + int(match.group(1)), match.end(), "apostrophe"
    if match := _YEAR4.match(text, pos):
        return int(match.group()), match.end(), "four"
    if match := _BARE_TWO_DIGIT_YEAR.match(text, pos):
        return 2000 + int(match.group(1)), match.end(), "bare"
    return None


def _dated_point(text: str, pos: int, *, loose: bool) -> _Point | None:
    """A date that carries its own year, at pos.

    A two-digit year without apostrophe ("bare") is accepted only with a
    month and day ("16.11.10"), with 월 ("(17. 7월"), or, when `loose`, as
    year and month ("착공13.11"). Raises _NotADate for an invalid date with a
    four-digit or apostrophe year.
    """
    found = _year_at(text, pos)
    if found is None:
        return None
    year, after, kind = found
    two_digit = kind != "four"
    try:
        return _dated_point_rest(text, pos, year, after, kind, two_digit, loose)
    except _NotADate:
        if kind == "bare":
            return None
        raise


def _dated_point_rest(text: str, pos: int, year: int, after: int, kind: str,
                      two_digit: bool, loose: bool) -> _Point | None:
    if kind != "bare" and (match := _KOREAN_YMD.match(text, after)):
        return _point(year, match.group(1), match.group(2), pos, match.end(), two_digit)
    if kind == "four" and (match := _ISO_MD.match(text, after)):
        return _point(year, match.group(1), match.group(2), pos, match.end(), two_digit)
    if month := _DOT_NUMBER.match(text, after):
        if len(month.group(1)) > 2:  # "2018.123" is a decimal number
            raise _NotADate(month.end())
        end = month.end()
        if word := _MONTH_WORD.match(text, end):
            return _point(year, month.group(1), None, pos, word.end(), two_digit)
        if day := _DOT_NUMBER.match(text, end):
            if len(day.group(1)) > 2:
                raise _NotADate(day.end())
            end = day.end()
            end = _skip(_DAY_WORD, text, end) if _DAY_WORD.match(text, end) else _skip(_END_DOT, text, end)
            end = _skip(_WEEKDAY, text, end)
            return _point(year, month.group(1), day.group(1), pos, end, two_digit)
        if kind == "bare" and not loose:
            return None
        return _point(year, month.group(1), None, pos, _skip(_END_DOT, text, end), two_digit)
    if kind == "bare":
        return None
    if dot := _END_DOT.match(text, after):  # "2018. ~ 2022.", "2016. 경상북도 ..."
        return _Point(year, None, None, pos, dot.end(), two_digit)
    if kind == "four":
        # A bare 2016 is a year ("2016 제5회", header cells "2014 2015 2016")
        # unless it counts something: "2016명", "2018대".
        if _starts_quantity(text, pos):
            return None
        return _Point(year, None, None, pos, after, two_digit)
    # An apostrophe year alone ("‘12") only starts or ends a range: "‘12~’18년".
    return _Point(year, None, None, pos, after, two_digit, standalone=False)


def _yearless_point(text: str, pos: int, year: int) -> _Point | None:
    """'5월30일' or '3월' in a known year."""
    if match := _KOREAN_MD.match(text, pos):
        try:
            return _point(year, match.group(1), match.group(2), pos, match.end(), False)
        except _NotADate:
            return None
    return None


def _in_year_after(start: _Point, month: int, day: int | None, pos: int, end: int) -> _Point | None:
    """A range end written without a year takes the start's, or the next one
    if it would otherwise come before the start ("12. 28. ~ 1. 3.")."""
    year = start.year
    if (month, day or 0) < (start.month or 0, start.day or 0):
        year += 1
    if not _valid(year, month, day):
        return None
    return _Point(year, month, day, pos, end, start.two_digit_year)


def _range_end(text: str, pos: int, start: _Point) -> _Point | None:
    try:
        if (end := _dated_point(text, pos, loose=False)) is not None:
            return end
    except _NotADate:
        return None
    if start.day is not None and (match := _DOT_MD.match(text, pos)):
        if _starts_quantity(text, pos):  # "3.5~4.5%" is a range of percentages
            return None
        end = _skip(_WEEKDAY, text, _skip(_END_DOT, text, _skip(_DAY_WORD, text, match.end())))
        return _in_year_after(start, int(match.group(1)), int(match.group(2)), pos, end)
    if start.month is not None and (match := _KOREAN_MD.match(text, pos)):
        day = int(match.group(2)) if match.group(2) else None
        return _in_year_after(start, int(match.group(1)), day, pos, match.end())
    if start.month is not None and start.day is None and (match := _MONTH_ONLY.match(text, pos)):
        return _in_year_after(start, int(match.group(1)), None, pos, match.end())
    if start.two_digit_year and (end := _dated_point(text, pos, loose=True)) is not None:
        return end  # "착공13.11 ~ 14.04"
    if start.day is not None and (match := _DAY_ONLY.match(text, pos)):
        return _in_year_after(start, start.month or 0, int(match.group(1)), pos, match.end())
    return None


def _start_point(text: str, pos: int, context_year: int | None) -> _Point | None:
    milestone = _MILESTONE_BEFORE.search(text, max(0, pos - 6), pos) is not None
    if (point := _dated_point(text, pos, loose=milestone)) is not None:
        return point
    if context_year is None:
        return None
    if (point := _yearless_point(text, pos, context_year)) is not None:
        return point
    if (match := _DOT_MD.match(text, pos)) and _valid(context_year, int(match.group(1)), int(match.group(2))):
        # "9.1~9.3": only as a range, a lone "9.3" is a decimal.
        return _Point(context_year, int(match.group(1)), int(match.group(2)),
                      pos, match.end(), standalone=False)
    return None


def _date_value(text: str, start: _Point, end: _Point | None = None, *,
                end_char: int | None = None, open_ended: bool = False) -> DateValue:
    stop = end_char if end_char is not None else (end.end if end else start.end)
    return DateValue(start.iso(), end.iso() if end else None, open_ended,
                     text[start.start:stop], start.start, stop)


def _date_at(text: str, pos: int, context_year: int | None) -> DateValue | None:
    if context_year is not None and (match := _MONTH_RANGE.match(text, pos)):
        first, last = int(match.group(1)), int(match.group(2))
        if _valid(context_year, first, None) and _valid(context_year, last, None) and first <= last:
            return _date_value(text, _Point(context_year, first, None, pos, pos),
                               _Point(context_year, last, None, pos, match.end()))
    start = _start_point(text, pos, context_year)
    if start is None:
        return None
    if separator := _RANGE_SEPARATOR.match(text, start.end):
        end = _range_end(text, separator.end(), start)
        if end is not None and end.key() >= start.key():
            return _date_value(text, start, end)
        if separator.group(1):  # "~", not 부터
            if word := _OPEN_WORD.match(text, separator.end()):
                return _date_value(text, start, end_char=word.end(), open_ended=True)
            if _OPEN_END.match(text, separator.end()):
                return _date_value(text, start, end_char=separator.end(1), open_ended=True)
    return _date_value(text, start) if start.standalone else None


def find_dates(text: str, *, context_year: int | None = None) -> list[DateValue]:
    """Dates and date ranges, normalized to ISO 8601 at the precision written.

    Two-digit years are 20yy. Dates written without a year ("5월30일",
    "3월", "9.1~9.3") are found only when `context_year` is given.

    >>> [(d.start, d.end) for d in find_dates("개최 : 2016. 5. 28.(토), 기간 ‘12~’18년")]
    [('2016-05-28', None), ('2012', '2018')]
    >>> [(d.start, d.text) for d in find_dates("5월30일부터 현장심사", context_year=2017)]
    [('2017-05-30', '5월30일')]
    >>> find_dates("5월30일부터 현장심사")
    []
    """
    found: list[DateValue] = []
    pos = 0
    for candidate in _DATE_CANDIDATE.finditer(text):
        if candidate.start() < pos:
            continue
        try:
            value = _date_at(text, candidate.start(), context_year)
        except _NotADate as error:
            pos = error.end
            continue
        if value is not None:
            found.append(value)
            pos = value.end_char
    return found


# Relative dates of news reports ("지난 3일", "오는 15일", "올해"), against the report's own date.
_RELATIVE = re.compile(
    r"(?P<rel>지난|오는|이번|다음)\s*(?:(?P<month>\d{1,2})\s*월\s*)?(?P<day>\d{1,2})\s*일(?![간째동])"
    r"|(?P<lastmonth>지난달|이달|다음달)\s*(?P<day2>\d{1,2})\s*일(?![간째동])"
    r"|(?P<year>올해|금년|지난해|작년|전년|내년|지난\s*해)(?![가-힣]*\s*대비)"
    r"|(?:(?<=[는은,] )|^)(?P<bare>\d{1,2})\s*일(?=\s*(?:오전|오후|시청|군청|구청|도청|[가-힣]+에서|열린|개최|밝혔|,))"
)


def find_relative_dates(text: str, *, reference: str) -> list[DateValue]:
    """Dates written relative to a report's date (ISO ``reference``), resolved to ISO.

    A past day (지난 3일, a bare "3일" in a report) after the report's day falls in the month before; a
    coming day (오는 15일) before it in the month after.

    >>> [(d.start, d.text) for d in find_relative_dates("시는 지난 3일 협약을 맺었고 오는 2일 개소한다", reference="2024-05-10")]
    [('2024-05-03', '지난 3일'), ('2024-06-02', '오는 2일')]
    >>> [d.start for d in find_relative_dates("올해 12곳, 지난해 8곳", reference="2024-05-10")]
    ['2024', '2023']
    >>> [d.start for d in find_relative_dates("수원시는 28일 시청에서", reference="2024-05-10")]
    ['2024-04-28']
    """
    year, month, day = (int(part) for part in reference.split("-"))
    found = []
    for match in _RELATIVE.finditer(text):
        if match.group("year"):
            word = match.group("year").replace(" ", "")
            offset = {"올해": 0, "금년": 0, "지난해": -1, "작년": -1, "전년": -1, "내년": 1}[word]
            found.append(DateValue(str(year + offset), None, False, match.group(0), match.start(), match.end()))
            continue
        the_day = int(match.group("day") or match.group("day2") or match.group("bare"))
        the_month, the_year = month, year
        if match.group("month"):
            the_month = int(match.group("month"))
            coming = match.group("rel") in ("오는", "다음")
            if coming and the_month < month:
                the_year += 1
            elif not coming and the_month > month:
                the_year -= 1
        elif match.group("lastmonth"):
            the_month += {"지난달": -1, "이달": 0, "다음달": 1}[match.group("lastmonth")]
        elif match.group("rel") in ("오는", "다음"):
            the_month += 1 if the_day < day else 0
        else:  # 지난, 이번 or a bare day: on or before the report's day
            the_month -= 1 if the_day > day else 0
        if the_month < 1:
            the_month, the_year = 12, the_year - 1
        elif the_month > 12:
            the_month, the_year = 1, the_year + 1
        if not _valid(the_year, the_month, the_day):
            continue
        start = match.start("bare") if match.group("bare") else match.start()
        found.append(DateValue(f"{the_year:04d}-{the_month:02d}-{the_day:02d}", None, False,
                               text[start:match.end()], start, match.end()))
    return found

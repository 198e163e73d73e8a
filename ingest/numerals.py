"""Numbers and units as Korean local-government text writes them: digit groups, magnitudes (백, 천, 만, 억, 조),
unit words (원, 명, 개소, ㎡ …) and the unit lines of tables (``(단위 : 백만원)``).

Typos are reported, never repaired: :func:`parse_number` refuses a malformed digit grouping rather than
guess (``4,1016``). Regular expressions and the standard library only.
"""

from __future__ import annotations

import re
from decimal import Decimal


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
      | 개[ \t]?사업단
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
      | 건(?=(?:을|이|은|의|에|도|으로|씩)?(?![{_HANGUL}]))
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
    "개사업단": "team",  # 2개사업단 12명: the work teams of a self-sufficiency program
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


def number(text: str, multiplier: int = 1) -> int | Decimal | None:
    """A number as written times ``multiplier``: an int when whole, else a Decimal; None when unreadable."""
    try:
        value = parse_number(text) * multiplier
    except ValueError:
        return None
    return int(value) if value == value.to_integral_value() else value

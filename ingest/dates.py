"""Dates and date ranges in Korean local-government text, normalized to ISO 8601 at the precision written (the
relative dates of news reports: :mod:`ingest.relative_dates`).

>>> [(d.start, d.end, d.open_ended) for d in find_dates("사업기간 : 2014. 7. ~ 계속 / 조례 제정(‘16. 6. 14)")]
[('2014-07', None, True), ('2016-06-14', None, False)]
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from ingest.numerals import _NUMBER
from ingest.quantities import _quantity_at


@dataclass(frozen=True)
class DateValue:
    """A date or a date range; ``start``/``end`` are ISO 8601 at the precision written."""

    start: str
    end: str | None
    open_ended: bool
    text: str
    start_char: int
    end_char: int

    @property
    def period(self) -> str:
        """The date as a figure's period: ``2016-06-14``, or a range as ``2022-07/2026-06``."""
        return f"{self.start}/{self.end}" if self.end else self.start


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
_DOT_MD = re.compile(rf"(\d{{1,2}}){_SP}\.{_SP}(\d{{1,2}})(?!\d)(?:{_SP}\.(?!{_SP}\d))?")
_SPACED_MD = re.compile(r"\d{1,2}\.[ ]+\d{1,2}\.")
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
        # "9.1~9.3": only as a range, a lone "9.3" is a decimal; "(11. 27.)" (spaced, closed by its dot, in
        # brackets) is a day.
        day = bool(_SPACED_MD.fullmatch(match.group(0))) and text[pos - 1: pos] == "("
        return _Point(context_year, int(match.group(1)), int(match.group(2)), pos, match.end(), standalone=day)
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

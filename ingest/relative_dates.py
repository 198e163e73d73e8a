"""Relative dates (``지난 3일``, ``오는 15일``, ``지난달``, ``올해``) of news reports, minutes and dated reports,
resolved against the document's own date.

Written by hand: no date parser on PyPI reads Korean relative day and month words against a given date.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from ingest.dates import DateValue, _valid

# Years named relative to a report's own (올해, 지난해, 내년): how many years from the report's.
YEAR_OFFSETS = {"올해": 0, "금년": 0, "지난해": -1, "작년": -1, "전년": -1, "내년": 1}

# Relative dates of news reports ("지난 3일", "오는 15일", "올해"), against the report's own date.
_SPAN = r"(?:\s*부터\s*(?P<{}>이틀|사흘|나흘|닷새|엿새|\d{{1,2}}일)\s*간)?"  # 1일부터 이틀간: the days it lasts
_RELATIVE = re.compile(
    r"(?P<rel>지난|오는|이번|다음)\s*(?:(?P<month>\d{1,2})\s*월\s*)?(?P<day>\d{1,2})\s*일(?![간째동])" + _SPAN.format("span") +
    r"|(?P<lastmonth>지난\s*달|이\s*달|다음\s*달)\s*(?P<day2>\d{1,2})\s*일(?![간째동])" + _SPAN.format("span2") +
    r"|(?P<mrel>지난|오는)\s*(?P<monthonly>\d{1,2})\s*월(?!\s*\d{1,2}\s*일)(?:\s*부터\s*(?P<endmonth>\d{1,2})\s*월\s*까지)?"
    r"|(?P<monthword>지난\s*달|지난\s*월|이번\s*달|이달|다음\s*달)(?!\s*\d)(?![가-힣]*\s*대비)"
    r"|(?P<yearend>올해|지난해|작년|내년)\s*말(?![가-힣])"
    r"|(?P<year>올해|금년|지난해|작년|전년|내년|지난\s*해)(?![가-힣]*\s*대비)"
    r"|(?:(?<=[는은,] )|^)(?P<bare>\d{1,2})\s*일(?=\s*(?:오전|오후|시청|군청|구청|도청|[가-힣]+에서|열린|개최|밝혔|,)|\s+(?!이상|이하|이내|미만|동안|만에|씩|안에)[가-힣'‘\"“])"
)


_DAYS = {"이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6}


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
    >>> [d.start for d in find_relative_dates("시는 26일 센터 개소식을 열고, 구는 3일 이상 일한 직원", reference="2025-03-27")]
    ['2025-03-26']
    >>> [(d.start, d.end) for d in find_relative_dates("다음 달 1일부터 이틀간, 지난 3월부터 11월까지",
    ...                                                reference="2024-08-20")]
    [('2024-09-01', '2024-09-02'), ('2024-03', '2024-11')]
    >>> [d.start for d in find_relative_dates("지난해 말 창립총회를 열었다", reference="2024-06-12")]
    ['2023-12']
    >>> [d.start for d in find_relative_dates("지난달 공모전에서, 이달 말까지", reference="2025-01-02")]
    ['2024-12', '2025-01']
    """
    year, month, day = (int(part) for part in reference.split("-"))
    found = []
    for match in _RELATIVE.finditer(text):
        if match.group("yearend"):  # 지난해 말: its December
            the_year = year + YEAR_OFFSETS[match.group("yearend")]
            found.append(DateValue(f"{the_year}-12", None, False, match.group(0), match.start(), match.end()))
            continue
        if match.group("monthword"):  # 지난달: the month before the report's
            offset = {"지난달": -1, "지난월": -1, "이번달": 0, "이달": 0, "다음달": 1}[match.group("monthword").replace(" ", "")]
            the_year, the_month = divmod(year * 12 + month - 1 + offset, 12)
            found.append(DateValue(f"{the_year:04d}-{the_month + 1:02d}", None, False, match.group(0), match.start(),
                                   match.end()))
            continue
        if match.group("year"):
            word = match.group("year").replace(" ", "")
            offset = YEAR_OFFSETS[word]
            found.append(DateValue(str(year + offset), None, False, match.group(0), match.start(), match.end()))
            continue
        if match.group("monthonly"):  # 지난 3월부터 11월까지: months of the year before or after the report's day
            the_month = int(match.group("monthonly"))
            coming = match.group("mrel") == "오는"
            the_year = year + (1 if coming and the_month < month else -1 if not coming and the_month > month else 0)
            end = match.group("endmonth")
            if 1 <= the_month <= 12 and (not end or 1 <= int(end) <= 12):
                found.append(DateValue(f"{the_year:04d}-{the_month:02d}",
                                       f"{the_year + (int(end) < the_month):04d}-{int(end):02d}" if end else None,
                                       False, match.group(0), match.start(), match.end()))
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
            the_month += {"지난달": -1, "이달": 0, "다음달": 1}[match.group("lastmonth").replace(" ", "")]
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
        span = match.group("span") or match.group("span2")
        last = None
        if span:
            days = _DAYS.get(span) or int(span.rstrip("일"))
            last = (datetime.date(the_year, the_month, the_day) + datetime.timedelta(days=days - 1)).isoformat()
        found.append(DateValue(f"{the_year:04d}-{the_month:02d}-{the_day:02d}", last, False,
                               text[start:match.end()], start, match.end()))
    return found


def with_relative_dates(item, reference: str):
    """``item`` (a line or a sentence) with its relative dates resolved against ``reference``: 지난 3월 over the bare
    3월 inside it (whose year the text around only guesses), and a month written after 지난해 or 내년 in that
    year."""
    found = find_relative_dates(item.text, reference=reference)
    kept = [d for d in item.dates if not any(
        f.start_char <= d.start_char and d.end_char <= f.end_char and len(d.start) <= 7 for f in found)]
    taken = [(d.start_char, d.end_char) for d in kept]
    extra = [d for d in found if not any(s < d.end_char and d.start_char < e for s, e in taken)]
    if extra:
        item = replace(item, dates=tuple(sorted((*kept, *extra), key=lambda d: d.start_char)))
    return replace(item, dates=tuple(_shifted(d, item.text, reference) for d in item.dates))


def _shifted(date, text: str, reference: str):
    """A month written after 지난해 or 내년 (지난해 11월) is of that year, not of the report's."""
    before = text[max(0, date.start_char - 4): date.start_char].strip()
    shift = next((v for w, v in YEAR_OFFSETS.items() if before.endswith(w)), None)
    if shift is None or re.search(r"(?:19|20)\d{2}", text[date.start_char: date.end_char]):
        return date
    year = int(reference[:4]) + shift
    return replace(date, start=f"{year}{date.start[4:]}", end=f"{year}{date.end[4:]}" if date.end else None)

"""Document structure: kind, casebook cases with header fields, bullets, tables.

Works on cleaned lines (:mod:`ingest.cleaning`) and returns plain dataclasses
with line numbers, so every later stage can cite the lines it used.

>>> from ingest.cleaning import clean_lines
>>> lines = clean_lines(["매니페스토 우수사례 소개서", "지자체명 경기도 남양주시", "",
...     "사 례 명 민관협력을 통한 기술기반형 사회적기업 육성", "분    야",
...     "1분야-사회적경제 분야(○), 2분야-도시재생 분야( )", "관련공약 (해당되는 경우 관련 공약명 기재)",
...     "사례요약", "□ 추진목적", "○ 버려지는 기술로 희망의 일자리를 만들다"])
>>> case = find_cases(lines)[0]
>>> case.province_text, case.municipality_text, case.title, case.fields, case.pledges
('경기도', '남양주시', '민관협력을 통한 기술기반형 사회적기업 육성', ['사회적경제'], [])
>>> case.title_lines, case.start, case.end
((4, 4), 1, 10)

A label on a line of its own is where the title's statement starts:

>>> lines = clean_lines(["매니페스토 우수사례 소개서", "지자체명 경기도 이천시", "사 례 명", "일자리가 최고의 복지",
...     "분    야", "1분야-사회적경제 분야(○)", "사례요약"])
>>> find_cases(lines)[0].title_lines
(3, 4)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.cleaning import CleanLine, normalize_space

CASE_MARKER = "매니페스토 우수사례 소개서"
HEADER_LABELS = ("지자체명", "사례명", "분야", "관련공약", "사례요약")

# Bullets and numbering at the start of a line, including Wingdings bullets
# that came out as letters (``m ``, ``w ``, ``Ü ``).
BULLET = re.compile(
    r"^\s*(?P<marker>(?:[□■❍○◯◦∘●•▸▶▷►‣∙·¦☞※❙▣◾◆⇒→➡✑∎┏┗【]|[mwÜ](?= )|[①-⑳]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ](?:-\d)?\.?|"
    r"\d{1,2}[.)](?!\d)|\(\d{1,2}\)|\*|-(?!\s*\d+\s*-)|사례\s?\d)\s*)+"
)
_TICKED = re.compile(r"(\d)\s*분야\s*-\s*([^(),]+?)\s*(?:분야)?\s*\(\s*([^)]*?)\s*\)")
_FIELD_PLAIN = re.compile(r"(\d)\s*분야\s*-\s*([가-힣]+?)\s*(?:분야|$)")
_PLACEHOLDER = re.compile(r"해당되는 경우|관련 공약명 기재")
_PLEDGE_NUMBER = re.compile(r"[①-⑳]")
_TOC_PAGE = re.compile(r"^(?P<body>.+?)\s+(?P<page>\d{1,3})$")


@dataclass(frozen=True)
class Line:
    """A cleaned line split into indentation, bullet marker and content."""

    number: int
    clean: CleanLine
    indent: int
    marker: str
    content: str

    @property
    def text(self) -> str:
        return self.clean.text


def parse_line(clean: CleanLine) -> Line:
    """
    >>> from ingest.cleaning import clean_line
    >>> line = parse_line(clean_line(69, "  ▸사회적경제기업 창업자금 5개팀 40,000천원 지원"))
    >>> line.indent, line.marker, line.content
    (2, '▸', '사회적경제기업 창업자금 5개팀 40,000천원 지원')
    """
    text = clean.text
    indent = len(text) - len(text.lstrip())
    match = BULLET.match(text)
    if match and match.end() > indent:
        marker = match.group(0).strip()
        content = text[match.end():]
    else:
        marker, content = "", text[indent:]
    return Line(clean.number, clean, indent, marker, content.strip())


@dataclass
class Case:
    """One best-practice case of a casebook, with its header fields."""

    start: int  # line number of the case marker
    end: int  # last line number of the case
    province_text: str | None
    municipality_text: str
    municipality_line: int
    title: str
    title_lines: tuple[int, int]
    fields: list[str] = field(default_factory=list)
    field_lines: tuple[int, int] | None = None
    pledges: list[tuple[str, int]] = field(default_factory=list)
    summary_start: int | None = None


def _label_at(text: str, label: str) -> str | None:
    """The rest of the line if it starts with a header label (letter spacing already rejoined)."""
    stripped = text.strip()
    squeezed = stripped.replace(" ", "")
    if not squeezed.startswith(label):
        return None
    # Walk the original string past the label's characters, spaces included.
    count, i = 0, 0
    while i < len(stripped) and count < len(label):
        if stripped[i] != " ":
            count += 1
        i += 1
    return stripped[i:].strip()


def _split_pledges(text: str) -> list[str]:
    """Split a 관련공약 line: ①–⑥ numbering, or commas outside parentheses."""
    if _PLEDGE_NUMBER.search(text):
        parts = _PLEDGE_NUMBER.split(text)
    else:
        parts, depth, current = [], 0, ""
        for ch in text:
            depth += ch in "(「『" and 1 or 0
            depth -= ch in ")」』" and 1 or 0
            if ch == "," and depth <= 0:
                parts.append(current)
                current = ""
            else:
                current += ch
        parts.append(current)
    cleaned = [normalize_space(p.strip(" -·")) for p in parts]
    return [p for p in cleaned if len(p) >= 2]


def find_cases(lines: Sequence[CleanLine]) -> list[Case]:
    """Split a casebook into cases: a marker line, then 지자체명 within three lines."""
    starts = []
    for i, line in enumerate(lines):
        if CASE_MARKER in line.text.replace("  ", " "):
            for j in range(i + 1, min(i + 4, len(lines))):
                if _label_at(lines[j].text, "지자체명") is not None:
                    starts.append((i, j))
                    break
    cases = []
    for n, (i, j) in enumerate(starts):
        end_index = starts[n + 1][0] - 1 if n + 1 < len(starts) else len(lines) - 1
        case = _parse_header(lines, i, j, end_index)
        if case is not None:
            cases.append(case)
    return cases


def _parse_header(lines: Sequence[CleanLine], marker: int, where: int, end: int) -> Case | None:
    place = _label_at(lines[where].text, "지자체명") or ""
    words = place.split()
    if not words:
        return None
    municipality_text = words[-1]
    province_text = " ".join(words[:-1]) or None
    # Collect each label's content: text on the label's line and the lines up to the next label.
    sections: dict[str, list[tuple[int, str]]] = {}
    label_lines: dict[str, int] = {}
    current = None
    k = where + 1
    while k <= end:
        text = lines[k].text
        for label in HEADER_LABELS[1:]:
            rest = _label_at(text, label)
            if rest is not None and label not in sections:
                current = label
                label_lines[label] = lines[k].number
                sections[label] = [(lines[k].number, rest)] if rest else []
                break
        else:
            if current and text.strip():
                sections[current].append((lines[k].number, text.strip()))
        if current == "사례요약":
            break
        k += 1
    title_parts = sections.get("사례명", [])
    title = normalize_space(" ".join(t for _, t in title_parts))
    if not title:
        return None
    title_lines = (label_lines["사례명"], title_parts[-1][0])  # the label's line on: "사 례 명" / the title below
    field_parts = sections.get("분야", [])
    fields = _ticked_fields(" ".join(t for _, t in field_parts))
    field_lines = (field_parts[0][0], field_parts[-1][0]) if field_parts else None
    pledges: list[tuple[str, int]] = []
    for number, text in sections.get("관련공약", []):
        if _PLACEHOLDER.search(text):
            continue
        for pledge in _split_pledges(text):
            pledges.append((pledge, number))
    summary = sections.get("사례요약")
    summary_start = (summary[0][0] if summary else lines[k].number) if k <= end else None
    return Case(
        start=lines[marker].number, end=lines[end].number, province_text=province_text,
        municipality_text=municipality_text, municipality_line=lines[where].number, title=title,
        title_lines=title_lines, fields=fields, field_lines=field_lines, pledges=pledges,
        summary_start=summary_start,
    )


def _ticked_fields(text: str) -> list[str]:
    """Field names ticked in a 분야 line; a single unticked field counts as chosen.

    >>> _ticked_fields("1분야-사회적경제 분야( √ ), 2분야-도시재생 분야( )")
    ['사회적경제']
    >>> _ticked_fields("3분야-사회적경제 분야")
    ['사회적경제']
    >>> _ticked_fields("1분야-청렴 분야( ), 3분야-사회적경제 분야(○ ), 6분야- 주민참여 분야( )")
    ['사회적경제']
    """
    boxes = _TICKED.findall(text)
    if boxes:
        return [normalize_space(name) for _, name, tick in boxes if tick.strip()]
    plain = _FIELD_PLAIN.findall(text)
    return [normalize_space(name) for _, name in plain[:1]]


def table_of_contents(lines: Sequence[CleanLine], *, before: int) -> list[tuple[str, int]]:
    """Lines of a table of contents (text ending in a page number) before the first case."""
    entries = []
    for line in lines:
        if line.number >= before:
            break
        match = _TOC_PAGE.match(line.text.strip())
        if match and len(match.group("body")) > 8:
            entries.append((match.group("body"), line.number))
    return entries


@dataclass
class Table:
    """Rows of cells with their header and unit line; ``line_start``/``line_end`` cover it all."""

    header: list[str]
    rows: list[tuple[int, list[str]]]
    units: list[str]
    line_start: int
    line_end: int
    header_lines: tuple[int, int]
    # A flattened two-level header's upper columns (a group, then the columns that span both levels), for the
    # rows that give one value per upper column (합계 93,855 786 under 지역경제 파급효과 | 고용유발효과).
    upper: list[str] = field(default_factory=list)


_RECORD_FIELDS = re.compile(r"(?:^|[□|\t]|\s)\W*(?:공\s*약\s*(?:명|제목|번호|순위|목표|분야|내용|가계부|(?=[:：]))|"
                            r"이\s*행\s*(?:기\s*간|방법|현황)|"
                            r"재원\s*조달|소요\s*예산|연차별\s*(?:목표|투자계획))", re.M)
_PLEDGE_PROGRESS = re.compile(r"공약\s*(?:추진|이행)\s*(?:상황|현황|실적|점검|평가)|공약\s*사업")
# A pledge headed by its number: ▶ [3-4] 돌봄 사회적협동조합 20곳 육성, ■ 2-1. …, ○ Ⅲ-2. …, [공약 4-2] …, 1) 공약 2-3 「…」.
NUMBERED_PLEDGE = re.compile(r"^[ ]*(?:[▶■◆●□○][ ]*|\d{1,2}\)[ ]*)?[\[(]?(?:공약[ ]*)?(?:\d{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])[ ]*-[ ]*\d{1,2}[\])]?\.?[ ]+"
                             r"(?P<title>[^\s\t][^\t\n]{3,})$",
                             re.M)  # (not a table's row: 3-1<tab>…)
_NEWS_SHELL = re.compile(r"\[[가-힣]+=[^\]]+\]|\([가-힣]+=[가-힣]+\)|기사\s*입력|입력\s*:?\s*20\d\d[.-]|보도자료|"
                         r"[가-힣]+\s?기자\s?=|밝혔다|전했다|말했다|했다고")


def detect_kind(lines: Sequence[CleanLine]) -> str:
    """casebook, pledge-card, pledge-record, news-report or generic-text, from what the text holds."""
    text = "\n".join(line.text for line in lines[:4000])
    if CASE_MARKER in text and "지자체명" in text.replace(" ", ""):
        return "casebook"
    if len(_RECORD_FIELDS.findall(text)) >= 2 or (_PLEDGE_PROGRESS.search(text) and NUMBERED_PLEDGE.search(text)):
        return "pledge-record"  # … or a report on how pledges stand, pledge by numbered pledge
    card_cues = sum(cue in text for cue in ("사업개요", "사업기간", "총사업비", "추진절차", "연도별", "담당자", "추진계획"))
    if card_cues >= 3:
        return "pledge-card"
    sentences = re.findall(r"[가-힣]다\.(?:\s|$)", text)
    if _NEWS_SHELL.search(text) or len(sentences) >= 3:
        return "news-report"
    return "generic-text"

"""Cleaning PDF-extracted text while keeping a map back to the original.

Every cleaned line keeps its line number, and every cleaned character knows
the index of the original character it came from, so a span found in cleaned
text quotes the document exactly (:meth:`CleanLine.original_slice`).

The operations, each chosen to leave real data alone:

- look-alike characters unified (middle dots, apostrophes, quotes, ideographic
  space, ㈜ → (주)) — one original character may become several;
- page-number lines (``- 27 -``) blanked;
- phrases printed exactly three times in a row (the PDF's bold effect) kept
  once; a phrase needs at least two Hangul syllables, which keeps numbers such
  as ``40,000`` intact;
- letter-spaced labels and names rejoined (``사 례 명`` → ``사례명``,
  ``분    야`` → ``분야``, ``김 종 성`` → ``김종성``).

>>> line = clean_line(491, "□ 추진목적□ 추진목적□ 추진목적")
>>> line.text
'□ 추진목적'
>>> clean_line(30, "사 례 명").text
'사례명'
>>> clean_line(904, "- 27 -").text
''
>>> line = clean_line(529, "○ 중․소형 UPS 제조업체 ㈜희망키움터 설립")
>>> line.text
'○ 중·소형 UPS 제조업체 (주)희망키움터 설립'
>>> start = line.text.index("(주)희망키움터")
>>> line.original_slice(start, start + len("(주)희망키움터"))
'㈜희망키움터'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

# One original character -> its replacement (possibly several characters).
LOOKALIKES: dict[str, str] = {
    "\u00b7": "·", "\u0387": "·", "\u2024": "·", "\u2219": "·", "\u2027": "·", "\u30fb": "·",
    "\uff65": "·", "\u2981": "·", "\u22c5": "·", "\u2022": "·",
    "\u2018": "'", "\u2019": "'", "\u0060": "'", "\u00b4": "'", "\u2032": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u275d": '"', "\u275e": '"', "\u201e": '"',
    "\u3000": " ", "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u200b": "",
    "\uff5e": "~", "\u223c": "~", "\u301c": "~",
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-",
    "\uff06": "&", "\uff08": "(", "\uff09": ")", "\uff1a": ":", "\uff0c": ",", "\uff05": "%",
    "\u321c": "(주)", "\u3231": "(주)", "\u3232": "(유)", "\u3233": "(사)", "\u3214": "(사)", "\u3236": "(재)",
    "\u33a1": "㎡",
}

_LOOKALIKE = frozenset(LOOKALIKES)
_PAGE_NUMBER = re.compile(r"^\s*-\s*\d{1,4}\s*-\s*$")
_HANGUL = re.compile(r"[가-힣]")
# A phrase followed by the same phrase twice more, with the same separator.
# The phrase is bounded: unbounded, the lazy ``.*?`` tries every length up to
# the end of the line at every position, quadratic in the line's length (a
# 40,000-character line took a minute). The bold effect repeats a heading or
# a short sentence (at most 31 characters in the seeds); 200 is ample.
_TRIPLE_PHRASE_MAX = 200
_TRIPLE = re.compile(rf"(?P<p>\S.{{0,{_TRIPLE_PHRASE_MAX - 1}}}?)(?P<s>\s*)(?P=p)(?P=s)(?P=p)")
# Runs of single syllables: three or more with single spaces, or two or more
# with wider gaps (``분    야``). ``더 큰 수원`` (two, single space) stays.
_SPACED_WIDE = re.compile(r"(?<![가-힣])[가-힣](?: {2,}[가-힣])+(?![가-힣])")
_SPACED_NARROW = re.compile(r"(?<![가-힣])[가-힣](?: [가-힣]){2,}(?![가-힣])")


@dataclass(frozen=True)
class CleanLine:
    """One line after cleaning, with the map back to its original characters."""

    number: int
    original: str
    text: str
    offsets: tuple[int, ...]  # offsets[i]: index in `original` of text[i]; one extra entry for the end

    def original_index(self, index: int) -> int:
        return self.offsets[min(index, len(self.offsets) - 1)]

    def original_text(self, start: int = 0, end: int | None = None) -> str:
        """The original characters behind ``text[start:end]``, without what cleaning removed.

        Look-alikes come back as the document wrote them (``(주)`` → ``㈜``), while
        dropped repetitions and letter-spacing gaps stay dropped: the form for labels.
        """
        end = len(self.text) if end is None else end
        chars, last = [], -1
        for i in range(start, end):
            origin = self.offsets[i]
            if origin != last:
                chars.append(self.original[origin])
                last = origin
        return "".join(chars)

    def original_slice(self, start: int, end: int) -> str:
        """The original characters behind ``text[start:end]``."""
        if start >= end:
            return ""
        first = self.offsets[start]
        last = self.offsets[end - 1]
        return self.original[first:last + 1]


class _Chars:
    """Characters paired with their original indices, edited together."""

    def __init__(self, text: str) -> None:
        self.chars = list(text)
        self.index = list(range(len(text)))

    @property
    def text(self) -> str:
        return "".join(self.chars)

    def replace_spans(self, spans: Iterable[tuple[int, int, str]]) -> None:
        """Replace ``[start, end)`` by a string; new characters map to ``start``'s original."""
        for start, end, new in sorted(spans, reverse=True):
            origin = self.index[start] if start < len(self.index) else (self.index[-1] if self.index else 0)
            if len(new) == end - start:
                # Same length: keep the one-to-one map (rejoined letters keep their own positions).
                kept = [i for i, _ in zip(self.index[start:end], new, strict=True)]
            else:
                kept = [origin] * len(new)
            self.chars[start:end] = list(new)
            self.index[start:end] = kept


def _unify_lookalikes(chars: _Chars) -> None:
    if _LOOKALIKE.isdisjoint(chars.chars):
        return  # most lines: nothing to unify, and the character map stays as it is
    out_chars: list[str] = []
    out_index: list[int] = []
    for ch, idx in zip(chars.chars, chars.index, strict=True):
        new = LOOKALIKES.get(ch, ch)
        out_chars.extend(new)
        out_index.extend([idx] * len(new))
    chars.chars, chars.index = out_chars, out_index


def _remove_triples(chars: _Chars) -> None:
    # Every triple of a scan is removed at once, then the line is scanned again
    # (a removal may bring copies together): rescanning after each removal made
    # a line with many triples quadratic in their number.
    while True:
        text = chars.text
        edits = []
        for match in _TRIPLE.finditer(text):
            phrase, sep = match.group("p"), match.group("s")
            if len(_HANGUL.findall(phrase)) < 2:
                continue
            end = match.end()
            # Exactly three: a fourth copy or a copy just before means a real repetition.
            if text.startswith(sep + phrase, end) or text.endswith(phrase + sep, 0, match.start()):
                continue
            edits.append((match.start() + len(phrase), end, ""))
        if not edits:
            return
        chars.replace_spans(edits)


def _rejoin_spaced(chars: _Chars) -> None:
    for pattern in (_SPACED_WIDE, _SPACED_NARROW):
        text = chars.text
        edits = []
        for match in pattern.finditer(text):
            # Delete the spaces inside the run, one edit per gap.
            for gap in re.finditer(r" +", match.group(0)):
                edits.append((match.start() + gap.start(), match.start() + gap.end(), ""))
        if edits:
            chars.replace_spans(edits)


def clean_line(number: int, original: str) -> CleanLine:
    """Clean one line; see the module docstring for what changes."""
    return CleanLine(number, original, *_cleaned(original))


# A corpus repeats many lines (running headers, table labels, boilerplate); the scan for triples is the costly part.
@functools.lru_cache(maxsize=50_000)
def _cleaned(original: str) -> tuple[str, tuple[int, ...]]:
    """The cleaned text of a line and its offsets into ``original``."""
    if _PAGE_NUMBER.match(original):
        return "", (len(original),)
    chars = _Chars(original)
    _unify_lookalikes(chars)
    _remove_triples(chars)
    _rejoin_spaced(chars)
    return chars.text, tuple(chars.index) + ((chars.index[-1] + 1) if chars.index else len(original),)


def clean_lines(lines: Iterable[str], *, first_number: int = 1) -> list[CleanLine]:
    """Clean a document's lines; numbering starts at ``first_number``."""
    return _aligned_columns([clean_line(number, line) for number, line in enumerate(lines, start=first_number)])


_GAP = re.compile(r" {2,}")
_FIGURE_CELL = re.compile(r"^(?:[-–]|[△▲]?-?\d[\d,.]*%?)$")


def _cells(text: str) -> list[str]:
    return _GAP.split(text.strip()) if "\t" not in text else []


def _aligned_columns(lines: list[CleanLine]) -> list[CleanLine]:
    """Columns laid out with runs of spaces, as text taken from a PDF or a Hancom file keeps them (``세부사업
    계     국비     도비``), separated by tabs as a tab table's are: a header of three cells or more over at least
    two rows of as many cells, each row's cells after its label all figures.

    Written by hand: no table parser reads columns out of plain text lines here."""
    out = list(lines)
    index = 0
    while index < len(out):
        header = _cells(out[index].text)
        rows = []
        while len(header) >= 3 and index + 1 + len(rows) < len(out):
            cells = _cells(out[index + 1 + len(rows)].text)
            if len(cells) != len(header) or not all(_FIGURE_CELL.match(c) for c in cells[1:]):
                break
            rows.append(index + 1 + len(rows))
        if len(rows) >= 2 and not all(_FIGURE_CELL.match(c) for c in header[1:]):
            for at in (index, *rows):
                out[at] = _tabbed(out[at])
            index = rows[-1] + 1
        else:
            index += 1
    return out


def _tabbed(line: CleanLine) -> CleanLine:
    """``line`` with each run of two spaces or more between its cells one tab (offsets kept)."""
    text, offsets, last = [], [], 0
    body = line.text.rstrip()
    for gap in _GAP.finditer(body):
        if gap.start() == 0:
            continue  # the indent before the first cell stays as it is
        text.append(body[last: gap.start()] + "\t")
        offsets.extend(line.offsets[last: gap.start() + 1])
        last = gap.end()
    text.append(body[last:])
    offsets.extend(line.offsets[last: len(body)])
    offsets.append(line.offsets[len(body)] if len(body) < len(line.offsets) else line.offsets[-1])
    return CleanLine(line.number, line.original, "".join(text), tuple(offsets))


def normalize_space(text: str) -> str:
    """Collapse runs of whitespace (labels keep the document's words exactly otherwise).

    >>> normalize_space("  따뜻한 사회적\\t공유  공동체 ")
    '따뜻한 사회적 공유 공동체'
    """
    return " ".join(text.split())

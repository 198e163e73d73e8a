"""Where an award's clause starts and ends on its line, and names compared as two lines write them."""

from __future__ import annotations

import re


def same_form(name: str | None) -> str:
    """A name with its legal form written one way (㈜ and (주) alike), for comparing how two lines write it."""
    return (name or "\0").replace("㈜", "(주)").replace(" ", "")


def clause_start(text: str, position: int) -> int:
    """Where the clause holding ``position`` starts: after a bullet, a sentence end (not the dot of a date)
    or a list separator."""
    cuts = [m.end() for m in re.finditer(r"(?<!\d)\. |[·▸•/]|, ", text[:position])]
    return cuts[-1] if cuts else 0


def clause_end(text: str, position: int) -> int:
    ends = [i for i in (text.find(ch, position) for ch in (". ", "·", "/", ", ")) if i >= 0]
    return min(ends) if ends else len(text)

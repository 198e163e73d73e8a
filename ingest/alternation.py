"""A regular expression that matches any of many names (a gazetteer), the longest where several start at one place.

Written by hand because the standard library's ``re`` has no trie; a longest-first alternation of a thousand
place and organization names is tried name by name at every position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(names: Iterable[str]) -> re.Pattern:
    """A pattern matching any of ``names``, the longest one where several start at the same place.

    The names are folded into a trie (``수원(?:시)?``), which Python's regex
    engine walks once per position instead of trying a thousand alternatives;
    siblings start with different characters and every step is greedy, so the
    match is the longest name, as a longest-first alternation would give.

    >>> alternation(["수원", "수원시", "수원시청", "남양주시"]).findall("수원시청과 남양주시, 수원")
    ['수원시청', '남양주시', '수원']
    """
    trie: dict = {}
    for name in {n for n in names if n}:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return re.compile(r"(?!x)x")
    return re.compile(_trie_pattern(trie))


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a name ends here: the longer ones are tried first
        return f"(?:{body})?"
    return body

"""The search index: which things have a name containing some text, without scanning the store.

Oxigraph has no text index, so a SPARQL search compares the text with every
name in the graph, reading each from disk; at five million quads that alone
takes a quarter of a second. Every build therefore also writes its search keys
(``sekg:searchKey``, the lower-cased names of :mod:`graph.derive`) into one
string per generation, with spaces kept and with spaces removed, and
:meth:`SearchIndex.candidates` finds the things whose names contain a text
with ``str.find`` over it. A saved query that declares ``# index: search-key
TEXT → ENTITY`` (``queries/search.rq``) gets those candidates bound to its
``ENTITY`` parameter when it runs on the embedded store; its own FILTER still
decides, so the answer is the one the query gives without the index, which is
how it runs on any other endpoint.

>>> from pyoxigraph import Literal, NamedNode, Quad, Store
>>> store = Store()
>>> for thing, key in (("a", "㈜희망키움터"), ("b", "희망 케어센터"), ("c", "남양주시")):
...     store.add(Quad(NamedNode("https://w3id.org/sekg/id/organization/" + thing), SEARCH_KEY, Literal(key)))
>>> index = SearchIndex.build(store)
>>> [n.value.rsplit("/", 1)[-1] for n in index.candidates("희망")]
['a', 'b']
>>> [n.value.rsplit("/", 1)[-1] for n in index.candidates("희망케어")]  # spaces do not matter
['b']
>>> index.candidates("") is None  # every thing: not worth binding
True
"""

from __future__ import annotations

import bisect
import pickle
from array import array
from pathlib import Path

from pyoxigraph import NamedNode, Store

from graph.derive import SEARCH_KEY

INDEX_FILE = "search-keys.pickle"
FORMAT = 1
# More candidates than this are slower to bind than to scan for.
MAX_CANDIDATES = 2000
_SEPARATOR = "\x00"


class _Haystack:
    """Keys joined by a separator, with where each starts and whose it is."""

    def __init__(self, keys: list[str], owners: array) -> None:
        self.text = _SEPARATOR.join(keys) + _SEPARATOR
        self.starts = array("q")
        position = 0
        for key in keys:
            self.starts.append(position)
            position += len(key) + 1
        self.owners = owners

    def owners_of(self, needle: str) -> set[int]:
        found: set[int] = set()
        if _SEPARATOR in needle:  # no key holds one: it would only match across two keys
            return found
        position = self.text.find(needle)
        while position >= 0:
            key = bisect.bisect_right(self.starts, position) - 1
            found.add(self.owners[key])
            # On from the next key: this one's owner is found, however often the key holds the needle.
            if key + 1 >= len(self.starts):
                break
            position = self.text.find(needle, self.starts[key + 1])
        return found


class SearchIndex:
    """The search keys of one store generation."""

    def __init__(self, things: list[str], keys: list[str], owners: array) -> None:
        self.things = things
        self._plain = _Haystack(keys, owners)
        self._squeezed = _Haystack(["".join(k.split()) for k in keys], owners)

    @classmethod
    def build(cls, store: Store) -> SearchIndex:
        numbers: dict[str, int] = {}
        keys: list[str] = []
        owners = array("l")
        for quad in store.quads_for_pattern(None, SEARCH_KEY, None, None):
            thing = quad.subject.value
            owners.append(numbers.setdefault(thing, len(numbers)))
            keys.append(quad.object.value.replace(_SEPARATOR, " "))
        return cls(list(numbers), keys, owners)

    def candidates(self, text: str) -> list[NamedNode] | None:
        """The things a name of which contains ``text`` (case and spaces ignored); None when too many to bind."""
        needle = text.lower()
        squeezed = "".join(needle.split())
        if not squeezed or _SEPARATOR in needle:
            return None
        found = self._plain.owners_of(needle) | self._squeezed.owners_of(squeezed)
        if len(found) > MAX_CANDIDATES:
            return None
        return [NamedNode(thing) for thing in sorted(self.things[i] for i in found)]

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        data = (FORMAT, self.things, self._plain.text, self._plain.owners)
        (directory / INDEX_FILE).write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))

    @classmethod
    def load(cls, directory: Path) -> SearchIndex | None:
        """The index a build wrote for a generation, or None when there is none (an older build)."""
        try:
            # Only files the build wrote, in the generation's own directory, are read.
            version, things, text, owners = pickle.loads((directory / INDEX_FILE).read_bytes())
        except (OSError, pickle.UnpicklingError, ValueError, EOFError):
            return None
        if version != FORMAT:
            return None
        keys = text.split(_SEPARATOR)[:-1]
        return cls(things, keys, owners)

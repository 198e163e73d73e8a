"""A spaCy tokenizer for Korean backed by Kiwi (kiwipiepy), offline.

spaCy's own Korean tokenizer needs mecab and drops newlines and runs of
spaces, which breaks provenance. Kiwi ships its model on PyPI and reports each
morpheme's character offsets, so the Doc keeps the text exactly: morphemes
that overlap (``했`` = ``하`` + ``었``) or have no width are merged into one
token, and whitespace is restored with :func:`spacy.util.get_words_and_spaces`.
Kiwi's full tag is kept as ``token.tag_``, a Universal POS as ``token.pos_``.

>>> import spacy
>>> nlp = spacy.blank("ko", config={"nlp": {"tokenizer": {"@tokenizers": "sekg.KiwiTokenizer.v1"}}})
>>> doc = nlp("㈜희망키움터를  설립했다")
>>> doc.text == "㈜희망키움터를  설립했다"
True
>>> [t.text for t in doc][-3:]
['설립', '했', '다']
"""

from __future__ import annotations

import collections
import functools
import operator
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy
import srsly
from spacy.attrs import POS, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces
from spacy.vocab import Vocab

# Kiwi tag -> Universal POS. Kiwi's Sejong-style tags are finer; the first
# characters decide.
_UPOS = (
    ("NNP", "PROPN"), ("NNG", "NOUN"), ("NNB", "NOUN"), ("NR", "NUM"), ("NP", "PRON"),
    ("VV", "VERB"), ("VA", "ADJ"), ("VX", "AUX"), ("VCP", "AUX"), ("VCN", "AUX"),
    ("MM", "DET"), ("MAJ", "CCONJ"), ("MAG", "ADV"), ("IC", "INTJ"),
    ("J", "ADP"), ("E", "PART"), ("XPN", "X"), ("XSN", "PART"), ("XSV", "AUX"), ("XSA", "AUX"), ("XR", "NOUN"),
    ("SF", "PUNCT"), ("SP", "PUNCT"), ("SS", "PUNCT"), ("SE", "PUNCT"), ("SO", "PUNCT"), ("SW", "SYM"),
    ("SL", "X"), ("SH", "X"), ("SN", "NUM"), ("SB", "PUNCT"), ("W_", "X"), ("Z", "SPACE"),
)


def universal_pos(kiwi_tag: str) -> str:
    """
    >>> universal_pos("NNP"), universal_pos("JKO"), universal_pos("W_SERIAL")
    ('PROPN', 'ADP', 'X')
    """
    for prefix, upos in _UPOS:
        if kiwi_tag.startswith(prefix):
            return upos
    return "X"


@functools.lru_cache(maxsize=4)
def load_kiwi(user_words: tuple[tuple[str, str], ...] = (), num_workers: int = -1, multi_words: bool = True) -> Any:
    """One Kiwi per configuration and process: loading the model takes seconds.

    ``num_workers`` is Kiwi's thread count for batches (-1: every core); a
    build's worker processes take one each, since they already fill the cores.
    ``multi_words`` loads Kiwi's dictionary of multi-word proper nouns (seconds of loading).
    """
    try:
        from kiwipiepy import Kiwi
    except ImportError as exc:  # pragma: no cover - the dependency is declared
        raise ImportError("the Korean tokenizer needs kiwipiepy: pip install kiwipiepy") from exc
    kiwi = Kiwi(num_workers=num_workers, load_multi_dict=multi_words)
    for word, tag in user_words:
        kiwi.add_user_word(word, tag)
    return kiwi


@functools.lru_cache(maxsize=256)
def _upos(tag: str) -> str:
    return universal_pos(tag.split("+")[0])


_START_END = operator.itemgetter(0, 1)  # the sort key, without a Python call per morpheme


def merge_morphemes(morphemes: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Merge overlapping or empty morphemes into non-overlapping tokens.

    >>> merge_morphemes([(0, 2, "NNG"), (2, 3, "XSV"), (2, 3, "EP"), (3, 4, "EF")])
    [(0, 2, 'NNG'), (2, 3, 'XSV+EP'), (3, 4, 'EF')]
    """
    merged: list[tuple[int, int, str]] = []
    for start, end, tag in sorted(morphemes, key=_START_END):
        if merged and (start < merged[-1][1] or end <= start):
            prev_start, prev_end, prev_tag = merged[-1]
            merged[-1] = (prev_start, max(prev_end, end), f"{prev_tag}+{tag}")
        elif end > start:
            merged.append((start, end, tag))
    return merged


_TAG_POS = [TAG, POS]

Layout = tuple[list[str], list[bool], list[str], dict[int, tuple[str, str]]]


def _lay_out(text: str, tokens: list[tuple[int, int, str]]) -> Layout | None:
    r"""Words, trailing-space flags, tags and the tag index of a line, as spaCy lays out whitespace.

    A single space after a token is its ``whitespace_``; any other run of
    whitespace is a token of its own (tag ``_SP``). None when Kiwi skipped a
    visible character, which :func:`_lay_out_with_symbols` handles.

    >>> _lay_out("가\t나 다", [(0, 1, "NNG"), (2, 3, "NNG"), (4, 5, "NNG")])[:3]
    (['가', '\t', '나', '다'], [False, False, True, False], ['NNG', '_SP', 'NNG', 'NNG'])
    """
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    tag_at: dict[int, tuple[str, str]] = {}
    cursor = 0
    for start, end, tag in [*tokens, (len(text), len(text), "")]:
        if start < cursor:
            continue
        gap = text[cursor:start]
        if gap:
            if not gap.isspace():
                return None
            if words and gap[0] == " ":
                spaces[-1] = True
                gap = gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
                tags.append("_SP")
        if end > start:
            word = text[start:end]
            words.append(word)
            spaces.append(False)
            tags.append(tag)
            tag_at[start] = (tag, word)
        cursor = end
    return words, spaces, tags, tag_at


def _lay_out_with_symbols(text: str, tokens: list[tuple[int, int, str]]) -> Layout:
    """:func:`_lay_out` for a line where Kiwi skipped characters: they become ``SW`` tokens."""
    words: list[str] = []
    tags: list[str] = []
    tag_at: dict[int, tuple[str, str]] = {}
    cursor = 0
    for start, end, tag in tokens:
        if start < cursor:
            continue
        gap = text[cursor:start]
        if gap.strip():
            words.append(gap.strip())
            tags.append("SW")
        words.append(text[start:end])
        tags.append(tag)
        tag_at[start] = (tag, text[start:end])
        cursor = end
    if text[cursor:].strip():
        words.append(text[cursor:].strip())
        tags.append("SW")
    all_words, spaces = get_words_and_spaces(words, text)
    if len(all_words) != len(words):
        tag_iter = iter(tags)
        tags = ["_SP" if word.isspace() else next(tag_iter) for word in all_words]
    return all_words, spaces, tags, tag_at


_SEEN_LINES = 50_000


def _merged(kiwi_tokens: list) -> list[tuple[int, int, str]]:
    return merge_morphemes((m.start, m.start + m.len, str(m.tag)) for m in kiwi_tokens)


class KiwiTokenizer:
    """Callable spaCy tokenizer; ``user_words`` are ``(word, tag)`` pairs added to Kiwi.

    ``pipe`` tokenizes a batch: a line that repeats (table labels, units) is
    tokenized once, and with more than one Kiwi thread the lines are tokenized
    side by side.

    Each Doc keeps its text in ``user_data["text"]`` (``Doc.text`` rebuilds it
    from the tokens on every call) and, for each character offset a token starts
    at, its Kiwi tag and text in ``user_data["tag_at"]``.
    """

    def __init__(self, vocab: Vocab, *, user_words: Iterable[Iterable[str]] = (), num_workers: int = -1,
                 multi_words: bool = True) -> None:
        self.vocab = vocab
        self.user_words = tuple((str(w), str(t)) for w, t in user_words)
        self.num_workers = int(num_workers)
        self.multi_words = bool(multi_words)
        self._ids: dict[str, tuple[int, int]] = {}
        # Lines seen before in this process (a casebook's running header, table labels across documents), as the
        # merged tokens Kiwi gave them, oldest dropped first.
        self._seen: collections.OrderedDict[str, list[tuple[int, int, str]]] = collections.OrderedDict()

    def _tag_ids(self, tag: str) -> tuple[int, int]:
        """The (TAG, POS) attribute values of a Kiwi tag, as ``Doc.from_array`` takes them."""
        ids = self._ids.get(tag)
        if ids is None:
            ids = self._ids[tag] = (self.vocab.strings.add(tag), POS_IDS["SPACE" if tag == "_SP" else _upos(tag)])
        return ids

    @property
    def kiwi(self) -> Any:
        return load_kiwi(self.user_words, self.num_workers, self.multi_words)

    def __call__(self, text: str) -> Doc:
        if not text.strip():
            return self._blank(text)
        return self._doc(text, _merged(self.kiwi.tokenize(text)))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000, *, tags: bool = True) -> Iterator[Doc]:
        """Docs of ``texts``; without ``tags`` the tokens get no tag or part of speech (``tag_at`` keeps them)."""
        texts = list(texts)
        seen = self._seen
        unique = [t for t in dict.fromkeys(t for t in texts if t.strip()) if t not in seen]
        kiwi = self.kiwi
        # With one thread Kiwi's batch only hands each line to that thread and waits (7% slower than
        # calling it); with more it tokenizes lines side by side.
        results = [kiwi.tokenize(t) for t in unique] if self.num_workers == 1 else kiwi.tokenize(unique)
        for text, result in zip(unique, results, strict=True):
            seen[text] = _merged(result)
        # The batch's tokens are taken before the oldest lines go: a line of this batch seen long ago could go
        # with them, and was then laid out as a blank line (its tokens depending on what the process read before).
        batch = {text: seen[text] for text in dict.fromkeys(texts) if text.strip()}
        while len(seen) > _SEEN_LINES:
            seen.popitem(last=False)
        for text in texts:
            tokens = batch.get(text)
            yield self._doc(text, tokens, tags) if tokens is not None else self._blank(text)

    def _blank(self, text: str) -> Doc:
        words, spaces = get_words_and_spaces([text] if text else [], text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data["text"] = text
        doc.user_data["tag_at"] = {}
        return doc

    def _doc(self, text: str, tokens: list[tuple[int, int, str]], with_tags: bool = True) -> Doc:
        laid_out = _lay_out(text, tokens)
        words, spaces, tags, tag_at = laid_out if laid_out is not None else _lay_out_with_symbols(text, tokens)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        if with_tags:
            # Tags and parts of speech go in as one array: setting them token by token makes a
            # Python Token object per token (a quarter of the pipeline's time), and even Doc(tags=…)
            # looks each string up again.
            doc.from_array(_TAG_POS, numpy.array([self._tag_ids(tag) for tag in tags], dtype="uint64"))
        doc.user_data["text"] = text
        doc.user_data["tag_at"] = tag_at
        return doc

    # Serialization: the configuration is the whole state.
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps({"user_words": list(self.user_words), "num_workers": self.num_workers,
                                    "multi_words": self.multi_words})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> KiwiTokenizer:
        state = srsly.msgpack_loads(data)
        self.user_words = tuple(tuple(p) for p in state["user_words"])
        self.num_workers = int(state.get("num_workers", -1))
        self.multi_words = bool(state.get("multi_words", True))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        Path(path).write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> KiwiTokenizer:
        return self.from_bytes(Path(path).read_bytes())

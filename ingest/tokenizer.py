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

import functools
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import srsly
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
def load_kiwi(user_words: tuple[tuple[str, str], ...] = ()) -> Any:
    """One Kiwi per configuration and process: loading the model takes seconds."""
    try:
        from kiwipiepy import Kiwi
    except ImportError as exc:  # pragma: no cover - the dependency is declared
        raise ImportError("the Korean tokenizer needs kiwipiepy: pip install kiwipiepy") from exc
    kiwi = Kiwi()
    for word, tag in user_words:
        kiwi.add_user_word(word, tag)
    return kiwi


def merge_morphemes(morphemes: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Merge overlapping or empty morphemes into non-overlapping tokens.

    >>> merge_morphemes([(0, 2, "NNG"), (2, 3, "XSV"), (2, 3, "EP"), (3, 4, "EF")])
    [(0, 2, 'NNG'), (2, 3, 'XSV+EP'), (3, 4, 'EF')]
    """
    merged: list[tuple[int, int, str]] = []
    for start, end, tag in sorted(morphemes, key=lambda m: (m[0], m[1])):
        if merged and (start < merged[-1][1] or end <= start):
            prev_start, prev_end, prev_tag = merged[-1]
            merged[-1] = (prev_start, max(prev_end, end), f"{prev_tag}+{tag}")
        elif end > start:
            merged.append((start, end, tag))
    return merged


class KiwiTokenizer:
    """Callable spaCy tokenizer; ``user_words`` are ``(word, tag)`` pairs added to Kiwi."""

    def __init__(self, vocab: Vocab, *, user_words: Iterable[Iterable[str]] = ()) -> None:
        self.vocab = vocab
        self.user_words = tuple((str(w), str(t)) for w, t in user_words)

    @property
    def kiwi(self) -> Any:
        return load_kiwi(self.user_words)

    def __call__(self, text: str) -> Doc:
        if not text.strip():
            words, spaces = get_words_and_spaces([text] if text else [], text)
            return Doc(self.vocab, words=words, spaces=spaces)
        morphemes = [(m.start, m.start + m.len, str(m.tag)) for m in self.kiwi.tokenize(text)]
        tokens = merge_morphemes(morphemes)
        words: list[str] = []
        tags: list[str] = []
        cursor = 0
        for start, end, tag in tokens:
            if start < cursor:
                continue
            gap = text[cursor:start]
            if gap.strip():
                # Kiwi skipped non-space characters (rare symbols): keep them as a token.
                words.append(gap.strip())
                tags.append("SW")
            words.append(text[start:end])
            tags.append(tag)
            cursor = end
        if text[cursor:].strip():
            words.append(text[cursor:].strip())
            tags.append("SW")
        all_words, spaces = get_words_and_spaces(words, text)
        doc = Doc(self.vocab, words=all_words, spaces=spaces)
        tag_iter = iter(tags)
        for token in doc:
            if token.is_space:
                token.tag_, token.pos_ = "_SP", "SPACE"
                continue
            tag = next(tag_iter)
            token.tag_ = tag
            token.pos_ = universal_pos(tag.split("+")[0])
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Doc]:
        for text in texts:
            yield self(text)

    # Serialization: the configuration is the whole state.
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps({"user_words": list(self.user_words)})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> KiwiTokenizer:
        self.user_words = tuple(tuple(p) for p in srsly.msgpack_loads(data)["user_words"])
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        Path(path).write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> KiwiTokenizer:
        return self.from_bytes(Path(path).read_bytes())

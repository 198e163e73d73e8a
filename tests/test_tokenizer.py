"""The Kiwi tokenizer: the Doc keeps the text, batches give what single lines give."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces

from ingest.catalog import SEEDS_DIR
from ingest.pipeline import make_nlp
from ingest.tokenizer import merge_morphemes, universal_pos


@pytest.fixture(scope="module")
def tokenizer():
    return make_nlp().tokenizer


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    return [line for path in sorted(SEEDS_DIR.glob("*.txt"))
            for line in path.read_text(encoding="utf-8").splitlines()]


def _layout(doc: Doc) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.whitespace_, t.tag_, t.pos_) for t in doc]


def test_every_seed_line_keeps_its_text_exactly(tokenizer, seed_lines):
    docs = list(tokenizer.pipe(seed_lines))
    assert [d.text for d in docs] == seed_lines
    assert [d.user_data["text"] for d in docs] == seed_lines


def test_a_batch_gives_what_each_line_gives_alone(tokenizer, seed_lines):
    assert [_layout(d) for d in tokenizer.pipe(seed_lines)] == [_layout(tokenizer(line)) for line in seed_lines]


def test_one_thread_gives_what_every_core_gives(tokenizer, seed_lines):
    # Build workers tokenize line by line on one thread; the default batches lines over every core.
    single = make_nlp(kiwi_threads=1).tokenizer
    assert single.num_workers == 1 and tokenizer.num_workers != 1
    assert [_layout(d) for d in single.pipe(seed_lines)] == [_layout(d) for d in tokenizer.pipe(seed_lines)]


def test_the_layout_is_spacys_own(tokenizer, seed_lines):
    # The reference: words from Kiwi's merged morphemes, whitespace laid out by spaCy itself.
    for line in seed_lines:
        if not line.strip():
            continue
        tokens = merge_morphemes((m.start, m.start + m.len, str(m.tag)) for m in tokenizer.kiwi.tokenize(line))
        if any(line[a:b].strip() == "" for a, b, _ in tokens):
            continue
        visible = [line[a:b] for a, b, _ in tokens]
        if "".join(visible) != "".join(line.split()):
            continue  # Kiwi skipped a symbol: the fallback path, checked below
        words, spaces = get_words_and_spaces(visible, line)
        tags = iter(tag for _, _, tag in tokens)
        expected = [(w, " " if s else "", "_SP" if w.isspace() else (tag := next(tags)),
                     "SPACE" if w.isspace() else universal_pos(tag.split("+")[0]))
                    for w, s in zip(words, spaces, strict=True)]
        assert _layout(tokenizer(line)) == expected, line


@pytest.mark.parametrize(("text", "words"), [
    ("지역경제과\t\t\t담당자", ["지역", "경제", "과", "\t\t\t", "담당자"]),
    ("  앞에 공백", ["  ", "앞", "에", "공백"]),
    ("뒤에 공백  ", ["뒤", "에", "공백", " "]),
    ("☞ 기호", ["☞", "기호"]),
])
def test_whitespace_and_symbols(tokenizer, text, words):
    doc = tokenizer(text)
    assert [t.text for t in doc] == words
    assert doc.text == text
    assert doc.user_data["text"] == text

"""The spaCy ``ko`` pipeline of sekg, built from ``ingest/pipeline.cfg``.

>>> nlp = make_nlp()
>>> nlp.pipe_names
['sekg_entities', 'sekg_quantities', 'sekg_dates']
>>> doc = run_line(nlp, "남양주시와 국제통신공업(주)가 2014. 4. 1. 939백만원", context_year=None)
>>> [(s.text, s.label_) for s in doc.spans["sekg_entities"]]
[('남양주시', 'MUNICIPALITY'), ('국제통신공업(주)', 'ORG')]
>>> [q.value for q in doc._.sekg_quantities], [d.start for d in doc._.sekg_dates]
([939000000], ['2014-04-01'])
"""

from __future__ import annotations

import collections
import functools
import weakref
from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Config

import ingest.registrations  # noqa: F401  (registers the tokenizer and components)
from ingest.components import VALUES_ONLY
from ingest.lexicon import load_lexicon

CONFIG_FILE = Path(__file__).with_name("pipeline.cfg")
EXTRACTION_BLOCKS = ("readers", "relations")


@functools.lru_cache(maxsize=2)
def make_nlp(config_file: Path = CONFIG_FILE, *, kiwi_threads: int | None = None) -> Language:
    """The pipeline, initialized with the curated lexicon (cached per process).

    ``kiwi_threads`` overrides the tokenizer's ``num_workers`` from the config.
    """
    config = Config().from_disk(config_file)
    for block in EXTRACTION_BLOCKS:
        config.pop(block, None)  # read by make_readers / make_parts, not by spaCy
    if kiwi_threads is not None:
        config["nlp"]["tokenizer"]["num_workers"] = kiwi_threads
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    lexicon = load_lexicon()
    for _name, component in nlp.pipeline:
        if hasattr(component, "initialize"):
            component.initialize(nlp=nlp, lexicon=lexicon)
    return nlp


def run_line(nlp: Language, text: str, *, context_year: int | None) -> Doc:
    """Tokenize and annotate one line, with the year the surrounding text is about."""
    return _annotate(nlp, nlp.make_doc(text), context_year)


def run_lines(nlp: Language, texts: Sequence[str], *, context_years: Sequence[int | None]) -> list[Doc]:
    """:func:`run_line` for many lines, tokenized in one batch (much faster than line by line).

    >>> nlp = make_nlp()
    >>> [d._.sekg_dates[0].start for d in run_lines(nlp, ["5월 30일 개소", "5월 30일 개소"], context_years=[2016, 2017])]
    ['2016-05-30', '2017-05-30']
    """
    docs = nlp.tokenizer.pipe(texts)
    return [_annotate(nlp, doc, year) for doc, year in zip(docs, context_years, strict=True)]


# What the components found on a line: its names, quantities and dates, and its number of tokens.
Annotation = tuple[tuple, tuple, tuple, int]
_ANNOTATED_LINES = 50_000
# Per pipeline, by (line, year of context): a Doc depends on nothing else, and a corpus repeats many lines (running
# headers, table labels, boilerplate: a third of the benchmark's lines) whose Doc and components cost as much Python
# time as Kiwi's own tokenizing. The least recently used go first.
_annotated: weakref.WeakKeyDictionary[Language, collections.OrderedDict] = weakref.WeakKeyDictionary()


def annotate_lines(nlp: Language, texts: Sequence[str], *, context_years: Sequence[int | None]) -> list[Annotation]:
    """What :func:`run_lines` finds on each line, without the Docs: a line seen before (with the same year of
    context) in this process is not annotated again.

    >>> nlp = make_nlp()
    >>> [(len(m), [d.start for d in d_], n) for m, _, d_, n in annotate_lines(nlp, ["수원시 5월 30일 개소"] * 2,
    ...                                                                       context_years=[2016, 2017])]
    [(1, ['2016-05-30'], 6), (1, ['2017-05-30'], 6)]
    """
    seen = _annotated.setdefault(nlp, collections.OrderedDict())
    keys = list(zip(texts, context_years, strict=True))
    new = [key for key in dict.fromkeys(keys) if key not in seen]
    # The Docs are dropped once read: no tags on their tokens and no spans (VALUES_ONLY), which only a reader of
    # the Doc would see; the components' values are the same.
    docs = nlp.tokenizer.pipe([text for text, _ in new], tags=False)
    components = [component for _, component in nlp.pipeline]  # nlp.pipeline makes a new list on every call
    fresh = {(text, year): _annotation(_annotate(nlp, doc, year, values_only=True, components=components))
             for (text, year), doc in zip(new, docs, strict=True)}
    out = []
    for key in keys:
        if key in fresh:
            out.append(fresh[key])
        else:
            out.append(seen[key])
            seen.move_to_end(key)  # the lines a corpus keeps repeating stay
    seen.update(fresh)
    while len(seen) > _ANNOTATED_LINES:
        seen.popitem(last=False)
    return out


def _annotation(doc: Doc) -> Annotation:
    values = doc._  # each ``doc._`` makes a new accessor object
    return (tuple(values.sekg_mentions or ()), tuple(values.sekg_quantities or ()), tuple(values.sekg_dates or ()),
            len(doc))


def _annotate(nlp: Language, doc: Doc, context_year: int | None, *, values_only: bool = False,
              components: Sequence | None = None) -> Doc:
    doc.user_data["context_year"] = context_year
    if values_only:
        doc.user_data[VALUES_ONLY] = True
    for component in components if components is not None else [c for _, c in nlp.pipeline]:
        doc = component(doc)
    return doc


@functools.lru_cache(maxsize=2)
def make_readers(config_file: Path = CONFIG_FILE) -> dict:
    """The readers of ``[readers]``, by document kind.

    >>> sorted(make_readers())
    ['casebook', 'generic-text', 'news-report', 'pledge-card', 'pledge-record']
    """
    return dict(_resolve(config_file, "readers"))


@functools.lru_cache(maxsize=2)
def make_parts(config_file: Path = CONFIG_FILE) -> tuple:
    """The relation parts of ``[relations]``, in their order.

    >>> [part.__name__ for part in make_parts()][:3]
    ['enterprises', 'partners', 'outcomes']
    """
    return tuple(_resolve(config_file, "relations").values())


def _resolve(config_file: Path, block: str) -> dict:
    config = Config().from_disk(config_file)
    return spacy.registry.resolve(Config({block: config[block]}))[block]

"""Every spaCy registration of sekg, in one place.

Importing this module registers the Kiwi tokenizer and the three components,
so that building the pipeline from its config never depends on import order
(as spaCy does in ``spacy/registrations.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import spacy
from spacy.language import Language

from ingest.components import DateRecognizer, EntityRecognizer, QuantityRecognizer
from ingest.tokenizer import KiwiTokenizer


@spacy.registry.tokenizers("sekg.KiwiTokenizer.v1")
def create_kiwi_tokenizer(user_words: Iterable[Iterable[str]] = (),
                          num_workers: int = -1) -> Callable[[Language], KiwiTokenizer]:
    def make(nlp: Language) -> KiwiTokenizer:
        return KiwiTokenizer(nlp.vocab, user_words=user_words, num_workers=num_workers)

    return make


@Language.factory("sekg_entities", default_config={"spans_key": "sekg_entities"})
def make_entity_recognizer(nlp: Language, name: str, spans_key: str) -> EntityRecognizer:
    return EntityRecognizer(nlp, name, spans_key=spans_key)


@Language.factory("sekg_quantities", default_config={"spans_key": "sekg_quantities"})
def make_quantity_recognizer(nlp: Language, name: str, spans_key: str) -> QuantityRecognizer:
    return QuantityRecognizer(nlp, name, spans_key=spans_key)


@Language.factory("sekg_dates", default_config={"spans_key": "sekg_dates"})
def make_date_recognizer(nlp: Language, name: str, spans_key: str) -> DateRecognizer:
    return DateRecognizer(nlp, name, spans_key=spans_key)

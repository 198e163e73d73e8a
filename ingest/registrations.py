"""Every registration of sekg's extraction, in one place.

Importing this module registers the Kiwi tokenizer and the three spaCy components, the readers (one per
kind of document) and the relation parts (one per family of relation), so that building the pipeline from
``ingest/pipeline.cfg`` never depends on import order (as spaCy does in ``spacy/registrations.py``). A new
relation part is one module in ``ingest/relations/``, one line here and one block in ``[relations]``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import spacy
from spacy.language import Language

from ingest.components import EntityRecognizer
from ingest.figure_components import DateRecognizer, QuantityRecognizer
from ingest.readers.casebook import make_casebook_reader
from ingest.readers.generic import make_generic_reader
from ingest.readers.news import make_news_reader
from ingest.readers.pledge_card import make_pledge_card_reader
from ingest.readers.pledge_record import make_pledge_record_reader
from ingest.relations.awards import make_awards
from ingest.relations.beneficiaries import make_beneficiaries
from ingest.relations.budgets import make_budgets
from ingest.relations.contacts import make_contacts
from ingest.relations.counts import make_counts
from ingest.relations.enterprises import make_enterprises
from ingest.relations.events import make_events
from ingest.relations.ordinances import make_ordinances
from ingest.relations.outcomes import make_outcomes
from ingest.relations.partners import make_partners
from ingest.relations.targets import make_targets
from ingest.tokenizer import KiwiTokenizer

for _registry in ("sekg_readers", "sekg_relations"):
    if not hasattr(spacy.registry, _registry):
        spacy.registry.create(_registry)


@spacy.registry.tokenizers("sekg.KiwiTokenizer.v1")
def create_kiwi_tokenizer(user_words: Iterable[Iterable[str]] = (), num_workers: int = -1,
                          multi_words: bool = True) -> Callable[[Language], KiwiTokenizer]:
    def make(nlp: Language) -> KiwiTokenizer:
        return KiwiTokenizer(nlp.vocab, user_words=user_words, num_workers=num_workers, multi_words=multi_words)

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


READERS = {"sekg.casebook.v1": make_casebook_reader, "sekg.pledge_card.v1": make_pledge_card_reader,
           "sekg.news.v1": make_news_reader, "sekg.pledge_record.v1": make_pledge_record_reader,
           "sekg.generic.v1": make_generic_reader}
RELATIONS = {"sekg.enterprises.v1": make_enterprises, "sekg.partners.v1": make_partners,
             "sekg.outcomes.v1": make_outcomes, "sekg.budgets.v1": make_budgets, "sekg.targets.v1": make_targets,
             "sekg.counts.v1": make_counts, "sekg.awards.v1": make_awards, "sekg.ordinances.v1": make_ordinances,
             "sekg.events.v1": make_events, "sekg.beneficiaries.v1": make_beneficiaries,
             "sekg.contacts.v1": make_contacts}
for _name, _factory in READERS.items():
    spacy.registry.sekg_readers.register(_name, func=_factory)
for _name, _factory in RELATIONS.items():
    spacy.registry.sekg_relations.register(_name, func=_factory)

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

import functools
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Config

import ingest.registrations  # noqa: F401  (registers the tokenizer and components)
from ingest.lexicon import load_lexicon

CONFIG_FILE = Path(__file__).with_name("pipeline.cfg")


@functools.lru_cache(maxsize=2)
def make_nlp(config_file: Path = CONFIG_FILE) -> Language:
    """The pipeline, initialized with the curated lexicon (cached per process)."""
    config = Config().from_disk(config_file)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    lexicon = load_lexicon()
    for _name, component in nlp.pipeline:
        if hasattr(component, "initialize"):
            component.initialize(nlp=nlp, lexicon=lexicon)
    return nlp


def run_line(nlp: Language, text: str, *, context_year: int | None) -> Doc:
    """Tokenize and annotate one line, with the year the surrounding text is about."""
    doc = nlp.make_doc(text)
    doc.user_data["context_year"] = context_year
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc

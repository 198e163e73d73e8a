"""spaCy components: quantities (money, counts with units, percentages) and dates, over a line's raw characters.

Like the name component (:mod:`ingest.components`, which also sets up the ``Doc`` extensions) they snap what they
find to token boundaries and keep the normalized values in ``doc._.sekg_quantities`` and ``doc._.sekg_dates``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest.components import VALUES_ONLY
from ingest.particles import doc_text
from ingest.dates import find_dates
from ingest.quantities import find_quantities


class QuantityRecognizer:
    """Money (in KRW), counts with units, percentages: :mod:`ingest.quantities`."""

    def __init__(self, nlp: Language, name: str = "sekg_quantities", *, spans_key: str = "sekg_quantities") -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        quantities = find_quantities(doc_text(doc))
        doc._.sekg_quantities = quantities
        if doc.user_data.get(VALUES_ONLY):
            return doc
        spans: list[Span] = []
        for quantity in quantities:
            label = "MONEY" if quantity.unit in ("krw", "usd") else "PERCENT" if quantity.unit == "percent" else "QUANTITY"
            span = doc.char_span(quantity.start, quantity.end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


class DateRecognizer:
    """Dates and date ranges as ISO strings; the year of context comes from ``doc.user_data``."""

    def __init__(self, nlp: Language, name: str = "sekg_dates", *, spans_key: str = "sekg_dates") -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        dates = find_dates(doc_text(doc), context_year=doc.user_data.get("context_year"))
        doc._.sekg_dates = dates
        if doc.user_data.get(VALUES_ONLY):
            return doc
        spans = []
        for date in dates:
            span = doc.char_span(date.start_char, date.end_char, label="DATE", alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

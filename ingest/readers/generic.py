"""The generic reader: any text, as one region about the municipality it names most."""

from __future__ import annotations

from ingest.context import Context
from ingest.passages import Item, Scope, split_sentences
from ingest.readers import Region, document_municipality


def make_generic_reader():
    def generic(items: list[Item], ctx: Context) -> list[Region]:
        municipality, name = document_municipality(items, ctx)
        sentences = [s for item in items for s in split_sentences(item)]
        return [Region(sentences, Scope(municipality, name))]

    return generic

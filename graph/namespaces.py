"""The one place that owns namespaces, prefixes and instance IRIs.

The vocabulary (classes, properties, concept schemes) lives at fixed IRIs under
``https://w3id.org/sekg/``: it is the ontology's identity and does not move with
a deployment. Instance IRIs hang off a configurable base (``SEKG_BASE_IRI``) and
are derived from what a thing is, never from counters or run order, so that a
rebuild gives every entity the IRI it had before.

>>> ids = InstanceIRIs("https://w3id.org/sekg/id/")
>>> ids.municipality("41360")
'https://w3id.org/sekg/id/municipality/41360'
>>> ids.mint("organization", "국제통신공업")
'https://w3id.org/sekg/id/organization/국제통신공업'
>>> ids.mint("program", "41360", "UPS 기술이전 및 생산")
'https://w3id.org/sekg/id/program/41360/UPS-기술이전-및-생산'
>>> ids.document_graph("000_2e6d3bf8b3fb2223")
'https://w3id.org/sekg/id/graph/document/000_2e6d3bf8b3fb2223'
>>> ids.entities_graph
'https://w3id.org/sekg/id/graph/entities'
>>> str(SEKG["Municipality"])
'https://w3id.org/sekg/ontology#Municipality'
>>> str(CONCEPT["enterprise-type"]["social-enterprise"])
'https://w3id.org/sekg/concept/enterprise-type/social-enterprise'
"""

from __future__ import annotations

import functools
import hashlib
import unicodedata
from collections.abc import Mapping

from rdflib import Namespace
from rdflib.namespace import (
    DCAT,
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    QB,
    RDF,
    RDFS,
    SDO,
    SH,
    SKOS,
    VANN,
    VOID,
    XSD,
)

VOCAB_BASE = "https://w3id.org/sekg/"
ONTOLOGY_IRI = VOCAB_BASE + "ontology"
SEKG = Namespace(ONTOLOGY_IRI + "#")

# Vocabularies rdflib does not ship.
ELI = Namespace("http://data.europa.eu/eli/ontology#")
SDMX_DIMENSION = Namespace("http://purl.org/linked-data/sdmx/2009/dimension#")
SDMX_ATTRIBUTE = Namespace("http://purl.org/linked-data/sdmx/2009/attribute#")
SDMX_MEASURE = Namespace("http://purl.org/linked-data/sdmx/2009/measure#")

# One namespace per concept scheme keeps concept IRIs readable
# (…/concept/enterprise-type/social-enterprise) and their prefixes short.
CONCEPT_SCHEMES: Mapping[str, str] = {
    "field": "field",
    "etype": "enterprise-type",
    "otype": "organization-type",
    "role": "partner-role",
    "ind": "indicator",
    "unit": "unit",
    "vkind": "value-kind",
    "qual": "qualifier",
    "fund": "funding-source",
    "group": "beneficiary-group",
    "evtype": "event-type",
    "post": "post-role",
    "dockind": "document-kind",
}
CONCEPT: Mapping[str, Namespace] = {
    scheme: Namespace(f"{VOCAB_BASE}concept/{scheme}/") for scheme in CONCEPT_SCHEMES.values()
}

# Reused vocabularies whose term lists rdflib ships (generated from their
# specifications); the ontology check spells reused terms against them.
RDFLIB_VOCABULARIES = (RDF, RDFS, OWL, XSD, SH, SKOS, DCTERMS, PROV, ORG, QB, SDO, DCAT, VOID, FOAF, VANN)

# The project's prefixes, used by every serializer and shown to analysts.
PREFIXES: Mapping[str, str] = {
    "sekg": str(SEKG),
    **{prefix: str(CONCEPT[scheme]) for prefix, scheme in CONCEPT_SCHEMES.items()},
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "org": str(ORG),
    "qb": str(QB),
    "sdmx-dimension": str(SDMX_DIMENSION),
    "sdmx-attribute": str(SDMX_ATTRIBUTE),
    "sdmx-measure": str(SDMX_MEASURE),
    "schema": str(SDO),
    "eli": str(ELI),
    "dcat": str(DCAT),
    "void": str(VOID),
    "foaf": str(FOAF),
    "vann": str(VANN),
    "sh": str(SH),
}

# Characters kept as they are in an IRI path segment: RFC 3987 unreserved.
_ASCII_KEEP = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")


@functools.lru_cache(maxsize=1 << 16)
def key_segment(text: str) -> str:
    """Turn a natural key into one readable IRI path segment.

    Hangul and other letters stay as they are (IRIs allow them), runs of
    whitespace become one hyphen, and anything that would change the IRI's
    structure or break a serializer is percent-encoded.

    >>> key_segment("  사회적경제   지원과 ")
    '사회적경제-지원과'
    >>> key_segment("㈜희망키움터")
    '㈜희망키움터'
    >>> key_segment("K-water/MOU #1?")
    'K-water%2FMOU-%231%3F'
    >>> key_segment("")
    Traceback (most recent call last):
    ...
    ValueError: an IRI key must not be empty
    """
    text = "-".join(unicodedata.normalize("NFC", text).split())
    if not text:
        raise ValueError("an IRI key must not be empty")
    out = []
    for ch in text:
        if ch in _ASCII_KEEP or (ord(ch) > 0x7F and unicodedata.category(ch)[0] in "LNS"):
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
    return "".join(out)


def digest(*parts: object, length: int = 16) -> str:
    """A short stable hash for things whose identity is a tuple of values.

    >>> digest("a", 1)
    '839e11a421d370be'
    >>> digest("a", 1) == digest("a", "1")
    True
    """
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


class InstanceIRIs:
    """Mints instance IRIs under one base.

    Kinds are path segments (``municipality``, ``organization``, ``program`` …);
    keys are natural keys such as an administrative code or a canonical name.
    """

    def __init__(self, base: str) -> None:
        if not base.endswith(("/", "#")):
            base += "/"
        self.base = base

    def mint(self, kind: str, *keys: str) -> str:
        if not keys:
            raise ValueError(f"an IRI of kind {kind!r} needs at least one key")
        return self.base + "/".join([key_segment(kind), *(key_segment(k) for k in keys)])

    def hashed(self, kind: str, *parts: object) -> str:
        """An IRI for a record whose identity is several values (an observation, a statement)."""
        return f"{self.base}{key_segment(kind)}/{digest(*parts)}"

    def municipality(self, admin_code: str) -> str:
        return self.mint("municipality", admin_code)

    def province(self, admin_code: str) -> str:
        return self.mint("province", admin_code)

    def territory(self, admin_code: str) -> str:
        return self.mint("territory", admin_code)

    def admin_code(self, code: str) -> str:
        return self.mint("admin-code", code)

    def document(self, doc_id: str) -> str:
        return self.mint("document", doc_id)

    def text_span(self, doc_id: str, line_start: int, line_end: int, quote: str) -> str:
        return self.mint("span", doc_id, f"L{line_start}-L{line_end}", digest(quote, length=8))

    def statement(self, subject: str, predicate: str, obj: str, *, scope: str) -> str:
        """The assertion that ``scope`` (a document id, or ``curated``) makes of one triple.

        Each document asserts in its own name, so that no two document graphs
        hold the same quad; curated assertions are shared by every build.
        """
        return self.hashed("statement", scope, subject, predicate, obj)

    @property
    def ontology_graph(self) -> str:
        return self.mint("graph", "ontology")

    @property
    def build_graph(self) -> str:
        return self.mint("graph", "build")

    @property
    def entities_graph(self) -> str:
        """Every asserted triple about an entity, once (each is reified in the graphs that state it)."""
        return self.mint("graph", "entities")

    @property
    def curated_graph(self) -> str:
        """The assertions taken from curated tables (codes, English names) and their sources."""
        return self.mint("graph", "curated")

    @property
    def derived_graph(self) -> str:
        """What the build computes from the other graphs: each record's municipality, the search keys."""
        return self.mint("graph", "derived")

    def document_graph(self, doc_id: str) -> str:
        return self.mint("graph", "document", doc_id)

"""The ontology files: where they are, how they load, and term-level checks.

>>> ontology = load_turtle(ONTOLOGY_FILE)
>>> own_terms(ontology)[SEKG.Municipality]
'class'
>>> missing_labels(ontology)
[]
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, QB, RDF, RDFS, SKOS
from rdflib.term import Literal

from graph.errors import InputError
from graph.namespaces import PREFIXES, RDFLIB_VOCABULARIES, SEKG, VOCAB_BASE
from graph.settings import CHECKOUT

ONTOLOGY_DIR = CHECKOUT / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "sekg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
EXAMPLES_DIR = ONTOLOGY_DIR / "examples"
REUSED_TERMS_FILE = ONTOLOGY_DIR / "reused-terms.yaml"

# Namespaces whose every term must be defined in sekg.ttl (instances live elsewhere).
OWN_NAMESPACES = (str(SEKG), VOCAB_BASE + "concept/")

# What kind of own term each rdf:type makes, for counting and labelling.
_TERM_KINDS = {
    OWL.Class: "class",
    OWL.ObjectProperty: "property",
    OWL.DatatypeProperty: "property",
    OWL.AnnotationProperty: "property",
    SKOS.Concept: "concept",
    SKOS.ConceptScheme: "concept scheme",
    QB.DataStructureDefinition: "data structure",
    QB.DataSet: "data set",
    OWL.NamedIndividual: "individual",
}


@dataclass(frozen=True)
class Problem:
    term: str
    message: str

    def __str__(self) -> str:
        return f"{self.term}: {self.message}"


def load_turtle(path: Path) -> Graph:
    """Parse a Turtle file, turning any failure into an error that names the file."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad syntax
        raise InputError(f"{path}: not valid Turtle: {exc}") from exc
    return graph


def own_terms(ontology: Graph) -> dict[URIRef, str]:
    """Every term the ontology defines under the sekg vocabulary base, with its kind."""
    terms: dict[URIRef, str] = {}
    for rdf_type, kind in _TERM_KINDS.items():
        for term in ontology.subjects(RDF.type, rdf_type):
            if isinstance(term, URIRef) and str(term).startswith(VOCAB_BASE):
                terms.setdefault(term, kind)
    return terms


def _languages(graph: Graph, term: URIRef, predicates: Iterable[URIRef]) -> set[str]:
    return {
        obj.language or ""
        for predicate in predicates
        for obj in graph.objects(term, predicate)
        if isinstance(obj, Literal)
    }


def missing_labels(ontology: Graph) -> list[Problem]:
    """Own terms lacking a ko or en label (rdfs:label/skos:prefLabel) or comment (rdfs:comment/skos:definition)."""
    problems = []
    for term, kind in sorted(own_terms(ontology).items()):
        labels = _languages(ontology, term, (RDFS.label, SKOS.prefLabel))
        comments = _languages(ontology, term, (RDFS.comment, SKOS.definition))
        for lang in ("ko", "en"):
            if lang not in labels:
                problems.append(Problem(str(term), f"{kind} has no @{lang} label"))
            if lang not in comments:
                problems.append(Problem(str(term), f"{kind} has no @{lang} comment or definition"))
    return problems


@lru_cache(maxsize=1)
def reused_vocabularies() -> dict[str, frozenset[str]]:
    """Namespace IRI → the local names its vocabulary defines."""
    vocabularies = {
        str(ns): frozenset(ns.__annotations__) | frozenset(getattr(ns, "_extras", ()))
        for ns in RDFLIB_VOCABULARIES
    }
    try:
        listed = yaml.safe_load(REUSED_TERMS_FILE.read_text(encoding="utf-8"))["vocabularies"]
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise InputError(f"{REUSED_TERMS_FILE}: cannot read the reused-term lists: {exc}") from exc
    for prefix, entry in listed.items():
        if prefix not in PREFIXES:
            raise InputError(f"{REUSED_TERMS_FILE}: {prefix!r} is not a prefix of graph/namespaces.py")
        vocabularies[PREFIXES[prefix]] = frozenset(entry["terms"])
    return vocabularies


def _iris(graph: Graph) -> Iterator[URIRef]:
    for triple in graph:
        for node in triple:
            if isinstance(node, URIRef):
                yield node
            elif isinstance(node, Literal) and node.datatype is not None:
                yield node.datatype


def misspelt_terms(graph: Graph, *, own: Iterable[URIRef]) -> list[Problem]:
    """IRIs in a reused vocabulary's namespace, or in sekg's own, that the vocabulary does not define."""
    vocabularies = reused_vocabularies()
    own = set(own)
    problems = set()
    for iri in set(_iris(graph)):
        text = str(iri)
        if text.startswith(OWN_NAMESPACES):
            if iri not in own:
                problems.add(Problem(text, "is not defined in the sekg ontology"))
            continue
        for namespace, names in vocabularies.items():
            if text.startswith(namespace):
                local = text[len(namespace):]
                if local and local not in names:  # an empty local name is the vocabulary itself
                    problems.add(Problem(text, f"is not a term of the vocabulary <{namespace}>"))
                break
    return sorted(problems, key=lambda p: p.term)


def write_docs(destination: Path, *, ontology_path: Path = ONTOLOGY_FILE) -> Path:
    """Write the ontology's HTML documentation with pyLODE; returns the index file."""
    try:
        from pylode import OntPub
    except ImportError as exc:
        raise InputError("pyLODE is not installed: install the docs extra (pip install -e '.[docs]')") from exc
    # pyLODE turns the root logger up to DEBUG when imported; its chatter is not ours to print.
    logging.getLogger().setLevel(logging.WARNING)
    destination = Path(destination)
    destination.mkdir(parents=True, exist_ok=True)
    index = destination / "index.html"
    index.write_text(OntPub(ontology=str(ontology_path)).make_html(), encoding="utf-8")
    return index

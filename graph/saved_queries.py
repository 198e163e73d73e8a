"""The saved-query library in ``queries/``: read, bind parameters, run.

Each ``queries/NAME.rq`` is a SPARQL query that runs as it is in any SPARQL 1.1
tool, preceded by a header of comment lines::

    # title@ko: 협력 기관
    # title@en: Partners
    # description: The partners of an entity with their roles.
    # param: entity entity = <https://w3id.org/sekg/id/organization/희망키움터> — whose partners

``# param: NAME TYPE [= DEFAULT] — DESCRIPTION``; TYPE is ``entity``,
``concept:SCHEME``, ``string``, ``integer``, ``decimal``, ``year`` or ``date``;
a parameter without a default is optional. Every parameter has one inline
block in the query body, ``VALUES ?NAME { UNDEF }`` or ``VALUES ?NAME { DEFAULT }``,
in the group whose patterns and FILTERs use it.

Binding replaces the contents of that block, and only that, with typed terms
serialized by pyoxigraph (their N-Triples form is valid SPARQL and escapes every
quote and brace), so a value can never change the query's shape. An entity is
given as a Korean or English label (or alias) or an IRI; a label may name
several things (a city and its territory), and all of them are bound.

>>> q = parse_saved_query("demo", '''# title@ko: 데모
... # title@en: Demo
... # description: Labels of one thing.
... # param: who entity — the thing
... SELECT ?label WHERE { VALUES ?who { UNDEF } ?who <http://www.w3.org/2000/01/rdf-schema#label> ?label }''')
>>> [(p.name, p.type, p.optional) for p in q.parameters]
[('who', 'entity', True)]
>>> print(bind_values(q.text, {"who": [NamedNode("http://x/a"), Literal('"} DROP ALL #')]}).splitlines()[-1])
SELECT ?label WHERE { VALUES ?who { <http://x/a> "\\"} DROP ALL #" } ?who <http://www.w3.org/2000/01/rdf-schema#label> ?label }
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import Literal, NamedNode

from graph.errors import SekgError
from graph.repository import Repository, Rows, Term

QUERIES_DIR = Path(__file__).resolve().parents[1] / "queries"
# The analysts' library, and the explorer's own queries in the same format.
LIBRARIES = (QUERIES_DIR, QUERIES_DIR / "ui")
CONCEPT_BASE = "https://w3id.org/sekg/concept/"
XSD = "http://www.w3.org/2001/XMLSchema#"
NOTHING = NamedNode("urn:sekg:unresolved")


class SavedQueryError(SekgError):
    """A saved query that is malformed, unknown, or given a parameter it cannot take."""


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str  # entity, concept:SCHEME, string, integer, decimal, year, date
    default: str | None  # SPARQL term syntax, as the header writes it
    description: str

    @property
    def optional(self) -> bool:
        return self.default is None


@dataclass(frozen=True)
class SearchPrefilter:
    """``# index: search-key TEXT → ENTITY``: the search index may bind ENTITY from TEXT (:mod:`graph.search`)."""

    text: str
    entity: str


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title_ko: str
    title_en: str
    description: str
    parameters: tuple[Parameter, ...]
    text: str
    path: Path | None = None
    variables: tuple[str, ...] = field(default=())
    prefilter: SearchPrefilter | None = None

    def parameter(self, name: str) -> Parameter:
        for p in self.parameters:
            if p.name == name:
                return p
        known = ", ".join(p.name for p in self.parameters) or "none"
        raise SavedQueryError(f"query {self.name!r} has no parameter {name!r} (parameters: {known})")


_HEADER = re.compile(r"#\s*(title@ko|title@en|description|param|index)\s*:\s*(.*)")
_INDEX = re.compile(r"search-key\s+(?P<text>[A-Za-z_][A-Za-z0-9_]*)\s*(?:→|->)\s*(?P<entity>[A-Za-z_][A-Za-z0-9_]*)$")
_PARAM = re.compile(r"(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?P<type>entity|concept:[a-z0-9-]+|string|integer|decimal|year|date)"
                    r"(?:\s*=\s*(?P<default>.+?))?\s*(?:—|--)\s*(?P<description>.*)$")


def parse_saved_query(name: str, text: str, *, path: Path | None = None) -> SavedQuery:
    fields: dict[str, list[str]] = {"title@ko": [], "title@en": [], "description": [], "param": [], "index": []}
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        match = _HEADER.match(line)
        if match:
            fields[match.group(1)].append(match.group(2).strip())
    where = path or name
    if not fields["title@ko"] or not fields["title@en"] or not fields["description"]:
        raise SavedQueryError(f"{where}: the header needs '# title@ko:', '# title@en:' and '# description:' lines")
    parameters = []
    for spec in fields["param"]:
        match = _PARAM.match(spec)
        if not match:
            raise SavedQueryError(f"{where}: cannot read '# param: {spec}' "
                                  "(expected NAME TYPE [= DEFAULT] — DESCRIPTION)")
        parameter = Parameter(match["name"], match["type"], match["default"], match["description"].strip())
        if len(_values_blocks(text, parameter.name)) != 1:
            raise SavedQueryError(f"{where}: parameter {parameter.name!r} needs exactly one inline "
                                  f"'VALUES ?{parameter.name} {{ … }}' block")
        parameters.append(parameter)
    prefilter = None
    for spec in fields["index"]:
        match = _INDEX.match(spec)
        names = {p.name: p for p in parameters}
        if not match or match["text"] not in names or names.get(match["entity"], None) is None \
                or names[match["text"]].type != "string" or names[match["entity"]].type != "entity":
            raise SavedQueryError(f"{where}: cannot read '# index: {spec}' (expected 'search-key TEXT → ENTITY' "
                                  "naming a string parameter and an entity parameter)")
        prefilter = SearchPrefilter(match["text"], match["entity"])
    return SavedQuery(name, fields["title@ko"][0], fields["title@en"][0], " ".join(fields["description"]),
                      tuple(parameters), text, path, prefilter=prefilter)


def load_library(directory: Path = QUERIES_DIR) -> dict[str, SavedQuery]:
    """Every ``*.rq`` of ``directory`` by name, in name order."""
    if not directory.is_dir():
        raise SavedQueryError(f"no saved-query folder at {directory}")
    return {p.stem: parse_saved_query(p.stem, p.read_text(encoding="utf-8"), path=p)
            for p in sorted(directory.glob("*.rq"))}


def _values_blocks(text: str, name: str) -> list[re.Match]:
    return list(re.finditer(rf"VALUES\s+\?{re.escape(name)}\s*\{{(?P<body>[^{{}}]*)\}}", text))


def bind_values(text: str, values: Mapping[str, Sequence[Term]]) -> str:
    """Put typed terms in the parameters' inline VALUES blocks, nothing else."""
    for name, terms in values.items():
        (block,) = _values_blocks(text, name)
        body = " ".join(str(t) for t in terms) if terms else "UNDEF"
        text = text[: block.start("body")] + f" {body} " + text[block.end("body"):]
    return text


# -- turning what a person typed into terms ----------------------------------------

_RESOLVE = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?thing WHERE {{ VALUES ?name {{ {names} }} ?thing rdfs:label|skos:altLabel|skos:prefLabel ?name . {scope} }}
ORDER BY ?thing"""


def resolve_entity(repo: Repository, text: str) -> list[NamedNode]:
    """IRIs for an entity named by an IRI, or by a Korean or English label or alias (case kept)."""
    text = text.strip()
    if re.match(r"https?://\S+$", text):
        return [NamedNode(text)]
    names = [Literal(text, language="ko"), Literal(text, language="en"), Literal(text)]
    query = _RESOLVE.format(names=" ".join(str(n) for n in names),
                            scope=f'FILTER(!STRSTARTS(STR(?thing), "{CONCEPT_BASE}"))')
    return [row[0] for row in repo.query(query) if isinstance(row[0], NamedNode)]


def resolve_concept(repo: Repository, scheme: str, text: str) -> list[NamedNode]:
    """A concept of ``scheme`` by IRI, local name (social-enterprise) or label (사회적기업, Social enterprise)."""
    text = text.strip()
    base = f"{CONCEPT_BASE}{scheme}/"
    if re.match(r"https?://\S+$", text):
        return [NamedNode(text)]
    if re.fullmatch(r"[a-z0-9-]+", text):
        return [NamedNode(base + text)]
    names = [Literal(text, language="ko"), Literal(text, language="en"), Literal(text)]
    query = _RESOLVE.format(names=" ".join(str(n) for n in names),
                            scope=f'FILTER(STRSTARTS(STR(?thing), "{base}"))')
    return [row[0] for row in repo.query(query) if isinstance(row[0], NamedNode)]


def typed_value(parameter: Parameter, text: str) -> Literal:
    """A literal of the parameter's type; a value that is not of that type is refused, not coerced."""
    patterns = {"integer": (r"-?\d+", "integer"), "decimal": (r"-?\d+(\.\d+)?", "decimal"),
                "year": (r"\d{4}", "gYear"), "date": (r"\d{4}-\d{2}-\d{2}", "date")}
    if parameter.type == "string":
        return Literal(text)
    pattern, datatype = patterns[parameter.type]
    if not re.fullmatch(pattern, text.strip()):
        raise SavedQueryError(f"parameter {parameter.name!r} takes a {parameter.type}, got {text!r}")
    return Literal(text.strip(), datatype=NamedNode(XSD + datatype))


def terms_for(repo: Repository, parameter: Parameter, text: str) -> list[Term]:
    """The terms ``text`` stands for; text that looks like an IRI but is none is refused with a message.

    >>> terms_for(None, Parameter("entity", "entity", None, ""), 'https://x/"><script>')
    Traceback (most recent call last):
    ...
    graph.saved_queries.SavedQueryError: parameter 'entity' takes a name or an IRI, got 'https://x/"><script>': not an IRI (Invalid IRI code point '"')
    """
    try:
        if parameter.type == "entity":
            return resolve_entity(repo, text)
        if parameter.type.startswith("concept:"):
            return resolve_concept(repo, parameter.type.split(":", 1)[1], text)
    except ValueError as exc:  # pyoxigraph refuses the IRI
        raise SavedQueryError(f"parameter {parameter.name!r} takes a name or an IRI, got {text!r}: "
                              f"not an IRI ({exc})") from None
    return [typed_value(parameter, text)]


@dataclass(frozen=True)
class Bound:
    """A saved query with its parameters bound, and what could not be resolved."""

    text: str
    unresolved: tuple[str, ...]  # parameter names whose value named nothing


def bind(repo: Repository, saved: SavedQuery, params: Mapping[str, str]) -> Bound:
    values: dict[str, list[Term]] = {}
    unresolved = []
    for name, text in params.items():
        parameter = saved.parameter(name)
        terms = terms_for(repo, parameter, text)
        if not terms:
            # Binding nothing would mean "no narrowing": bind a name no data uses instead.
            unresolved.append(name)
            terms = [NOTHING]
        values[name] = terms
    prefilter = saved.prefilter
    candidates = getattr(repo, "search_candidates", None)
    if prefilter is not None and prefilter.entity not in params and candidates is not None:
        text = params.get(prefilter.text)
        if text is None:
            text = _string_default(saved.parameter(prefilter.text))
        found = candidates(text) if text is not None else None
        if found is not None:
            # A superset of what the query's own FILTER keeps: the answer is the same, found by lookups.
            values[prefilter.entity] = found or [NOTHING]
    return Bound(bind_values(saved.text, values), tuple(unresolved))


def _string_default(parameter: Parameter) -> str | None:
    """The text of a string parameter's default (``"희망"``), None when it has none."""
    match = re.fullmatch(r'"((?:[^"\\]|\\.)*)"', parameter.default or "")
    return re.sub(r"\\(.)", r"\1", match.group(1)) if match else None


def run_saved(repo: Repository, saved: SavedQuery, params: Mapping[str, str] | None = None, *,
              timeout: float | None = None, max_rows: int | None = None) -> Rows:
    """Run a saved query; a parameter that names nothing gives no rows rather than no narrowing."""
    bound = bind(repo, saved, params or {})
    result = repo.query(bound.text, timeout=timeout, max_rows=max_rows)
    if not isinstance(result, Rows):
        raise SavedQueryError(f"saved query {saved.name!r} must be a SELECT")
    return result

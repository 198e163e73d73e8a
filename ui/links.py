"""Links between the explorer's pages, and things shown to people.

Every view keeps its state in the URL, and every link built here carries the
reader's language, so a link pasted into a mail opens the same view in the same
language: ``./entity?entity=<IRI>&lang=en``. Labels come from documents, so they
are shown as text: :func:`md` escapes what Markdown would otherwise interpret
(page links and headings render Markdown, never HTML).

>>> entity_url("https://w3id.org/sekg/id/municipality/41360", lang="en")
'./entity?entity=https%3A%2F%2Fw3id.org%2Fsekg%2Fid%2Fmunicipality%2F41360&lang=en'
>>> md("*bold* [x](y) `c` $1 <b> 100_000")
'\\\\*bold\\\\* \\\\[x\\\\](y) \\\\`c\\\\` \\\\$1 \\\\<b\\\\> 100\\\\_000'
>>> md("1. https://w3id.org/x/<b>")  # GFM would link the URL and show escapes in it: a code span instead
'1\\\\. `https://w3id.org/x/<b>`'
>>> compact("https://w3id.org/sekg/ontology#partner"), compact("https://w3id.org/sekg/id/municipality/41360")
('sekg:partner', 'id:municipality/41360')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from urllib.parse import urlencode

import streamlit as st
from pyoxigraph import BlankNode, Literal, NamedNode

from graph.namespaces import PREFIXES
from ui import data
from ui.format import MARKDOWN_SPECIAL, inert
from ui.i18n import language, t

ENTITY_PAGE = "views/entity.py"
GRAPH_PAGE = "views/graph.py"
SEARCH_PAGE = "views/search.py"
QUERIES_PAGE = "views/queries.py"

INSTANCE_BASE = "https://w3id.org/sekg/id/"
CONCEPT_BASE = "https://w3id.org/sekg/concept/"
ONTOLOGY_NS = "https://w3id.org/sekg/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
SKOS_PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"


# -- URLs and links -------------------------------------------------------------------


def is_iri(text: str | None) -> bool:
    """An http(s) IRI the store can take. Text that only looks like one (``https://x/<script>``, a quote or a
    backslash in it) is not: pyoxigraph refuses it with a ValueError, which reached the entity and graph pages
    as a traceback from a pasted URL; such text is taken as a name instead (and said to name nothing).

    >>> is_iri("https://w3id.org/sekg/id/organization/희망키움터"), is_iri('https://x/"><img/src=x>'), is_iri("희망")
    (True, False, False)
    """
    if not text or re.match(r"https?://\S+$", text.strip()) is None:
        return False
    try:
        NamedNode(text.strip())
    except ValueError:
        return False
    return True


def params(**values: str | None) -> dict[str, str]:
    """Query parameters for a link: the given ones that are set, and the reader's language."""
    out = {k: v for k, v in values.items() if v}
    out["lang"] = values.get("lang") or language()
    return out


def url(path: str, **values: str | None) -> str:
    """A relative URL of a page (its url_path) with query parameters, language included."""
    return f"./{path}?{urlencode(params(**values))}"


def entity_url(iri: str, *, lang: str | None = None) -> str:
    return url("entity", entity=iri, lang=lang)


def graph_url(iri: str, hops: int = 1, *, lang: str | None = None) -> str:
    return url("graph", entity=iri, hops=str(hops), lang=lang)


def search_url(q: str = "", type_: str = "", *, lang: str | None = None) -> str:
    return url("search", q=q, type=type_, lang=lang)


def entity_link(iri: str, text: str, *, container=None, help: str | None = None, icon: str | None = None) -> None:
    """A link to the entity page of ``iri``, shown as ``text`` (escaped: a label is not Markdown)."""
    (container or st).page_link(ENTITY_PAGE, label=link_text(iri, text), query_params=params(entity=iri),
                                help=help, icon=icon)


def entity_markdown(iri: str, text: str) -> str:
    """The same link as Markdown, for many links in one element."""
    return f"[{link_text(iri, text)}]({entity_url(iri)})"


def link_text(iri: str, text: str) -> str:
    """What a link to ``iri`` shows: its label, escaped, or its prefixed name when it has none."""
    return md(text) or md(compact(iri))


def graph_link(iri: str, text: str, hops: int = 1, *, container=None,
               icon: str | None = ":material/hub:") -> None:
    (container or st).page_link(GRAPH_PAGE, label=md(text), query_params=params(entity=iri, hops=str(hops)),
                                icon=icon)


def search_link(text: str, q: str = "", type_: str = "", *, container=None,
                icon: str | None = ":material/search:") -> None:
    (container or st).page_link(SEARCH_PAGE, label=md(text), query_params=params(q=q, type=type_), icon=icon)


def query_link(text: str, query: str, *, container=None, icon: str | None = ":material/table_view:",
               **query_params: str) -> None:
    """A link to a saved query of the gallery with its parameters (``p.NAME``)."""
    values = {"query": query, **{f"p.{k}": v for k, v in query_params.items()}}
    (container or st).page_link(QUERIES_PAGE, label=md(text), query_params=params(**values), icon=icon)


def url_state(key: str, param: str, default: str = "", valid=None) -> None:
    """Start the widget ``key`` from the URL's ``param``, and again whenever the URL changed under it (a link to
    the same page with other parameters); call before creating the widget, then :func:`set_param` with its value."""
    value = st.query_params.get(param, default)
    if valid is not None and value not in valid:
        value = default
    seen = f"{key}.url"
    if key not in st.session_state or st.session_state.get(seen) != value:
        st.session_state[key] = value
    st.session_state[seen] = value


def set_param(key: str, param: str, value: str, default: str = "") -> None:
    """Write a widget's value back to the URL (left out when it is the default)."""
    st.session_state[f"{key}.url"] = value
    if value and value != default:
        st.query_params[param] = value
    elif param in st.query_params:
        del st.query_params[param]


# -- text -----------------------------------------------------------------------------

_BLOCK_START = re.compile(r"^(\s*)(\d+)([.)])(\s)|^(\s*)([-+>=])")


def md(text: object) -> str:
    """Text made inert for Streamlit's Markdown: no emphasis, links, HTML-looking tags, LaTeX, directives, or
    lists and quotes at the start."""
    escaped = inert(str(text).replace("\n", " "), lambda part: MARKDOWN_SPECIAL.sub(r"\\\g<0>", part))
    return _BLOCK_START.sub(lambda m: f"{m[1]}{m[2]}\\{m[3]}{m[4]}" if m[2] else f"{m[5]}\\{m[6]}", escaped)


_COMPACT = sorted(((ns, prefix) for prefix, ns in {**PREFIXES, "id": INSTANCE_BASE}.items()),
                  key=lambda item: -len(item[0]))


def compact(iri: str) -> str:
    """A prefixed name for an IRI when a project prefix fits, else the IRI."""
    for ns, prefix in _COMPACT:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def local_name(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def term_text(term: object) -> str:
    """The lexical form of a term (the IRI of a node), '' for nothing."""
    if term is None:
        return ""
    if isinstance(term, (NamedNode, Literal, BlankNode)):
        return term.value
    return str(term)


# -- the vocabulary's names -----------------------------------------------------------


@dataclass(frozen=True)
class Names:
    """Korean and English names of the vocabulary's terms (classes, properties, concepts)."""

    by_iri: Mapping[str, Mapping[str, str]]

    def get(self, iri: str, lang: str | None = None) -> str:
        """The term's name in ``lang`` (the reader's by default), else the other language, else the interface's
        name for a reused term, else its prefixed name."""
        lang = lang or language()
        names = self.by_iri.get(iri, {})
        name = names.get(lang) or names.get("ko") or names.get("en")
        if name:
            return name
        key = f"prop.{compact(iri)}"
        text = t(key)
        return compact(iri) if text == key else text

    def by_korean(self, text: str, scheme: str | None = None) -> str | None:
        """The IRI of a term whose Korean name is ``text`` (in a concept scheme if given)."""
        for iri, names in self.by_iri.items():
            if names.get("ko") == text and (scheme is None or iri.startswith(f"{CONCEPT_BASE}{scheme}/")):
                return iri
        return None


def vocabulary() -> Names:
    rows = data.page_query("entity-vocabulary")
    names: dict[str, dict[str, str]] = {}
    for row in rows.dicts():
        entry = names.setdefault(row["term"].value, {})
        for lang in ("ko", "en"):
            if f"label_{lang}" in row:
                entry[lang] = row[f"label_{lang}"].value
    return Names(names)


def labels_of(row: Mapping[str, object], prefix: str) -> dict[str, str]:
    """{"ko": …, "en": …} from a row's ``PREFIX_ko`` and ``PREFIX_en`` columns."""
    return {lang: term_text(row[f"{prefix}_{lang}"]) for lang in ("ko", "en")
            if row.get(f"{prefix}_{lang}") is not None}


# -- values for people ----------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def format_date(text: str, lang: str | None = None) -> str:
    """A date, year-month, year or span (``2018-08/2020-07``) as people write it; anything else as it is.

    >>> format_date("2014-04-01", "ko"), format_date("2014-04-01", "en")
    ('2014년 4월 1일', 'April 1, 2014')
    >>> format_date("2010-07", "ko"), format_date("2010-07", "en"), format_date("2015", "ko")
    ('2010년 7월', 'July 2010', '2015년')
    >>> format_date("2018-08/2020-07", "ko"), format_date("2018/2022", "en")
    ('2018년 8월 – 2020년 7월', '2018 – 2022')
    """
    lang = lang or language()
    text = text.strip()
    if "/" in text:
        return " – ".join(format_date(part, lang) for part in text.split("/", 1))
    match = re.fullmatch(r"(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?(Z|[+-]\d{2}:\d{2})?",
                         text)
    if not match:
        return text
    year, month, day, time_part, _ = match.groups()
    time_text = f" {time_part[1:6]}" if time_part else ""
    if lang == "en":
        if day:
            return f"{_MONTHS[int(month) - 1]} {int(day)}, {int(year)}{time_text}"
        if month:
            return f"{_MONTHS[int(month) - 1]} {int(year)}"
        return str(int(year))
    if day:
        return f"{int(year)}년 {int(month)}월 {int(day)}일{time_text}"
    if month:
        return f"{int(year)}년 {int(month)}월"
    return f"{int(year)}년"


def format_number(value: object, lang: str | None = None) -> str:
    """1234567 → "1,234,567"; 30.30 → "30.3".

    >>> format_number("1234567"), format_number("30.30"), format_number("x")
    ('1,234,567', '30.3', 'x')
    """
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return f"{number.normalize():,f}"


_DATES = {f"{XSD}{name}" for name in ("date", "dateTime", "gYear", "gYearMonth", "dateTimeStamp")}
_NUMBERS = {f"{XSD}{name}" for name in ("integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger",
                                        "positiveInteger", "short")}


def format_literal(term: Literal, lang: str | None = None, *, unit: str | None = None) -> str:
    """A literal for people: dates as dates, numbers with separators, money in won (``unit="krw"``).

    >>> format_literal(Literal("2014-04-01", datatype=NamedNode(XSD + "date")), "ko")
    '2014년 4월 1일'
    >>> format_literal(Literal("23140000000", datatype=NamedNode(XSD + "integer")), "en", unit="krw")
    'KRW 23.14 billion'
    >>> format_literal(Literal("true", datatype=NamedNode(XSD + "boolean")), "ko")
    '예'
    """
    lang = lang or language()
    datatype = term.datatype.value if term.datatype else ""
    if datatype in _DATES:
        return format_date(term.value, lang)
    if datatype in _NUMBERS:
        if unit == "krw":
            try:
                return data.format_krw(term.value, lang)
            except (InvalidOperation, ValueError):
                return term.value
        if unit == "percent":
            return f"{format_number(term.value, lang)}%"
        return format_number(term.value, lang)
    if datatype == f"{XSD}boolean":
        yes = term.value in ("true", "1")
        return t("value.yes") if yes else t("value.no")
    if datatype == f"{XSD}string" and re.fullmatch(r"\d{4}(-\d{2}){0,2}/\d{4}(-\d{2}){0,2}", term.value):
        return format_date(term.value, lang)  # a span of periods: 2018/2022
    return term.value


def node_name(iri: str, labels: Mapping[str, str], notation: str = "") -> str:
    """What to call a thing: its label in the reader's language, else the other, else its notation or IRI."""
    lang = language()
    return labels.get(lang) or labels.get("ko") or labels.get("en") or notation or compact(iri)


# -- finding entities -----------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    iri: str
    labels: Mapping[str, str]
    type_iri: str
    type_labels: Mapping[str, str]
    matched: tuple[str, ...]
    rank: int

    @property
    def name(self) -> str:
        return node_name(self.iri, self.labels)

    @property
    def type_name(self) -> str:
        lang = language()
        return self.type_labels.get(lang) or self.type_labels.get("ko") or local_name(self.type_iri)


def find_entities(text: str) -> list[Hit]:
    """Entities whose label or alias contains ``text`` (case and spaces ignored), best matches first:
    exact name, then names that start with the text, then the rest, each by name."""
    rows = data.page_query("search-entities", {"text": text.strip()})
    needle = _plain(text)
    found: dict[tuple[str, str], dict] = {}
    for row in rows.dicts():
        iri, type_iri = row["entity"].value, row["type"].value
        entry = found.setdefault((iri, type_iri), {
            "labels": labels_of(row, "label"), "type_labels": labels_of(row, "type"), "matched": [], "rank": 3})
        matched = row["matched"].value
        entry["matched"].append(matched)
        flat = _plain(matched)
        entry["rank"] = min(entry["rank"], 0 if flat == needle else 1 if flat.startswith(needle) else 2)
    hits = [Hit(iri, e["labels"], type_iri, e["type_labels"], tuple(sorted(set(e["matched"]))), e["rank"])
            for (iri, type_iri), e in found.items()]
    # Exact names first, then names that start with the text, then the shortest (closest) names.
    return sorted(hits, key=lambda h: (h.rank, min(len(m) for m in h.matched), h.name, h.iri))


_LEGAL_FORMS = re.compile(r"㈜|\(주\)|주식회사|\(사\)|사단법인|\(재\)|재단법인|\(유\)|\(협\)")


def _plain(text: str) -> str:
    """A name for comparing: lower case, without legal forms, spaces or punctuation.

    >>> _plain("㈜희망키움터"), _plain("(주)희망키움터"), _plain("Hope Care")
    ('희망키움터', '희망키움터', 'hopecare')
    """
    return re.sub(r"[\W_]+", "", _LEGAL_FORMS.sub("", text.lower()))


def search_types() -> list[tuple[str, dict[str, str], int]]:
    """(class IRI, names, how many entities) for the type filter, most common first."""
    rows = data.page_query("search-types")
    return [(row["type"].value, labels_of(row, "label"), int(row["entities"].value)) for row in rows.dicts()]

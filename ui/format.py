"""Query results as tables for people: pandas DataFrames with entity links and numbers as numbers.

A :class:`graph.repository.Rows` holds pyoxigraph terms. On a page, an IRI
becomes a link to the entity page whose text is the thing's label in the
page's language (taken from the row's own label column, ``partner`` →
``partner_ko`` / ``partner_en``), a numeric literal becomes a number (so that
columns sort and chart as numbers), and every other term its plain text.
Downloads keep the terms as they are (``graph.results``), not this table.

>>> from pyoxigraph import Literal, NamedNode
>>> XSD = "http://www.w3.org/2001/XMLSchema#"
>>> rows = Rows(("partner", "partner_ko", "partner_en", "jobs"),
...             ((NamedNode("https://w3id.org/sekg/id/organization/국제통신공업"), Literal("국제통신공업(주)", language="ko"),
...               Literal("Gukje Tongsin", language="en"), Literal("14739", datatype=NamedNode(XSD + "decimal"))),))
>>> shown = table(rows, "en")
>>> shown.links, shown.numbers, shown.frame["jobs"].tolist()
(('partner',), ('jobs',), [14739])
>>> shown.frame["partner"][0]
'./entity?entity=https%3A%2F%2Fw3id.org%2Fsekg%2Fid%2Forganization%2F%EA%B5%AD%EC%A0%9C%ED%86%B5%EC%8B%A0%EA%B3%B5%EC%97%85&lang=en#Gukje%20Tongsin'
>>> link_text(shown.frame["partner"][0])
'Gukje Tongsin'
>>> plain("a *b* [_] <i>")
'a \\\\*b\\\\* \\\\[\\\\_\\\\] \\\\<i\\\\>'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import quote, unquote

import pandas as pd
import streamlit as st
from pyoxigraph import BlankNode, Literal, NamedNode

from graph.repository import Rows, Term
from graph.results import short

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {"integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                  "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort",
                  "unsignedByte"}
_NUMERIC_TYPES = _INTEGER_TYPES | {"decimal", "double", "float"}

# The link's text travels in the URL's fragment, which the entity page never sees; the data
# frame cell shows the capture group (Streamlit decodes it with decodeURIComponent).
LINK_TEXT = r"#(.+)$"

# Numbers that are identifiers or positions rather than amounts: shown without thousands separators.
_PLAIN_NUMBER = re.compile(r"(^|_)(line|year|code|number|id|passages)(_|$)")


def entity_url(iri: str, lang: str, text: str | None = None) -> str:
    """The entity page for ``iri``, in ``lang``; ``text`` is what a table shows for the link."""
    url = f"./entity?entity={quote(iri, safe='')}&lang={quote(lang, safe='')}"
    return url + "#" + quote(text, safe="") if text else url


def link_text(url: str) -> str:
    """What a table shows for a link made by :func:`entity_url` (the decoded fragment)."""
    match = re.search(LINK_TEXT, url)
    return unquote(match.group(1)) if match else url


# What Markdown would interpret: also `&` of a character reference (&lt; would show as <) and `:` before a letter,
# which starts a directive (`:red` colours the text after it, and eats itself).
MARKDOWN_SPECIAL = re.compile(r"[\\`*_{}\[\]<>#|~$^]|&(?=#?\w+;)|:(?=[A-Za-z])")


def plain(text: str) -> str:
    """Text to show through Markdown (st.error, st.caption …) as it is: no markup, no HTML, no links, no
    character references (``&lt;``) or directives (``:red[…]``).

    >>> plain("see https://x.org/a_b or a@b.kr"), plain("&lt; & :red[x] 1:25")
    ('see `https://x.org/a_b` or `a@b.kr`', '\\\\&lt; & \\\\:red\\\\[x\\\\] 1:25')
    """
    return inert(str(text), lambda part: MARKDOWN_SPECIAL.sub(r"\\\g<0>", part))


# Streamlit's Markdown (GFM) makes a link of a URL or an e-mail address in text: no backslash escape stops it,
# the escapes inside it then show as backslashes (`https://x/a\_b`), and a pasted URL or a document's text would
# become a link to wherever it points. Such a run of text is shown in a code span instead, where Markdown
# interprets nothing.
_LINKABLE = re.compile(r"https?://|www\.|mailto:|xmpp:|[-.\w+]@[-\w]+\.[-\w]", re.IGNORECASE)


def code_span(text: str) -> str:
    """``text`` (no line breaks) as a Markdown code span: fenced by more backticks than it holds.

    >>> code_span("a`b"), code_span("`x")
    ('``a`b``', '`` `x ``')
    """
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith(("`", " ")) or text.endswith(("`", " ")) else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def inert(text: str, escape) -> str:
    """``text`` for Markdown: each run without spaces that GFM would link goes in a code span, the rest through
    ``escape``."""
    return "".join(code_span(part) if _LINKABLE.search(part) else escape(part) for part in re.split(r"(\s+)", text))


def readable(term: Term | None) -> str:
    """A term as text: the literal's value, a prefixed IRI (percent-escapes decoded), ``_:b`` for blank nodes."""
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        return unquote(short(term))
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, Literal):
        return term.value
    return str(term)


def number(term: Term | None) -> Decimal | None:
    """The value of a numeric literal, else None."""
    if not isinstance(term, Literal) or term.datatype.value.removeprefix(XSD) not in _NUMERIC_TYPES:
        return None
    try:
        return Decimal(term.value.strip())
    except InvalidOperation:
        return None


def label_column(variables: tuple[str, ...], variable: str, lang: str) -> list[str]:
    """The columns that may hold a label for ``variable``, best first.

    >>> label_column(("enterprise", "label_ko", "label_en", "municipality_ko", "municipality"), "municipality", "en")
    ['municipality_ko']
    >>> label_column(("enterprise", "label_ko", "label_en"), "enterprise", "en")
    ['label_en', 'label_ko']
    """
    other = "en" if lang == "ko" else "ko"
    names = [f"{variable}_{lang}", f"{variable}_{other}", f"{variable}_label"]
    if variables and variables[0] == variable:  # the row's own thing: label_ko, label_en, label
        names += [f"label_{lang}", f"label_{other}", "label"]
    return [name for name in names if name in variables]


@dataclass(frozen=True)
class Table:
    """A result ready for ``st.dataframe``: the frame, its column configuration and what each column holds."""

    frame: pd.DataFrame
    column_config: dict[str, Any] = field(default_factory=dict)
    links: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()


def table(rows: Rows, lang: str) -> Table:
    variables = rows.variables
    columns: dict[str, list[Any]] = {}
    config: dict[str, Any] = {}
    links, numbers, texts = [], [], []
    for i, variable in enumerate(variables):
        terms = [row[i] for row in rows]
        present = [t for t in terms if t is not None]
        if present and all(isinstance(t, NamedNode) for t in present):
            labels = [variables.index(name) for name in label_column(variables, variable, lang)]
            cells = []
            for row, term in zip(rows, terms, strict=True):
                if term is None:
                    cells.append(None)
                    continue
                text = next((row[j].value for j in labels if isinstance(row[j], Literal) and row[j].value), None)
                cells.append(entity_url(term.value, lang, text or readable(term)))
            columns[variable] = cells
            config[variable] = st.column_config.LinkColumn(variable, display_text=LINK_TEXT)
            links.append(variable)
            continue
        values = [number(t) for t in present]
        if present and all(v is not None for v in values):
            whole = all(v == v.to_integral_value() for v in values)
            cells = [None if t is None else (int(number(t)) if whole else float(number(t))) for t in terms]
            columns[variable] = pd.array(cells, dtype="Int64" if whole else "Float64")
            config[variable] = st.column_config.NumberColumn(
                variable, format="plain" if _PLAIN_NUMBER.search(variable) else "localized")
            numbers.append(variable)
            continue
        columns[variable] = [None if t is None else readable(t) for t in terms]
        texts.append(variable)
    frame = pd.DataFrame(columns, columns=list(variables))
    return Table(frame, config, tuple(links), tuple(numbers), tuple(texts))


def show(rows: Rows, lang: str, **kwargs: Any) -> Table:
    """Render ``rows`` as a table with entity links; returns what was shown."""
    shown = table(rows, lang)
    st.dataframe(shown.frame, column_config=shown.column_config, hide_index=True, **kwargs)
    return shown


def text_column(shown: Table, lang: str) -> str | None:
    """The column that best names each row, for a chart's axis: a label in ``lang``, else the first text."""
    filled = [name for name in shown.texts if shown.frame[name].notna().any()]
    for name in filled:  # the first labelled thing, in the page's language when it has that label
        if name.endswith(("_ko", "_en")):
            wanted = f"{name[:-3]}_{lang}"
            return wanted if wanted in filled else name
    for name in filled:
        if name in ("label", "title"):
            return name
    return filled[0] if filled else None


def chart_values(shown: Table) -> list[str]:
    """Numeric columns worth charting: amounts and counts, not line numbers, years or codes."""
    return [name for name in shown.numbers if not _PLAIN_NUMBER.search(name)]

"""SPARQL: an editor over the graph (read-only, with a time limit and a row cap), the saved queries as examples.

State in the URL: ``?q=QUERY TEXT``. Run puts the text in ``q``; a link with
``q`` opens the editor with that text and runs it once, so a shared link shows
the same result. Queries are never cached: each Run asks the repository again,
through ``ui.data.repository().query(text, timeout=…)``, which refuses updates
and stops a query after the limit (``SEKG_UI_QUERY_TIMEOUT`` seconds, default
``ui.data.QUERY_TIMEOUT_S``) in a worker process, so the app stays responsive;
an answer of more than ``SEKG_UI_MAX_ROWS`` rows (default
``ui.data.EDITOR_MAX_ROWS``) is refused with a message rather than cut short.
"""

from __future__ import annotations

import hashlib
import os
import re
import time

import streamlit as st
from pyoxigraph import Literal, NamedNode, RdfFormat, serialize

from graph.errors import SekgError
from graph.namespaces import PREFIXES
from graph.repository import QueryRefused, QuerySyntaxError, QueryTimeout, QueryTooLarge, Rows
from graph.results import to_csv, to_json
from ui import data
from ui.format import plain, show
from ui.i18n import language, t

SHOWN_TURTLE = 200_000  # characters of a CONSTRUCT result shown on the page; the download has all

EXAMPLE = """SELECT ?municipality ?label ?province WHERE {
  ?municipality a sekg:Municipality ; rdfs:label ?label .
  FILTER(LANG(?label) = "ko")
  OPTIONAL { ?municipality sekg:province/rdfs:label ?province . FILTER(LANG(?province) = "ko") }
}
ORDER BY ?label
LIMIT 100
"""
PROLOGUE = "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items())
DEFAULT = PROLOGUE + "\n" + EXAMPLE

lang = language()
library = data.library()


def _positive(variable: str, default: float) -> float:
    """A positive number from the environment, else ``default`` (a typo must not lift a limit)."""
    try:
        value = float(os.environ.get(variable, "") or default)
    except ValueError:
        return default
    return value if value > 0 else default


def time_limit() -> float:
    """Seconds a query may run: ``SEKG_UI_QUERY_TIMEOUT``, else the explorer's default."""
    return _positive("SEKG_UI_QUERY_TIMEOUT", data.QUERY_TIMEOUT_S)


def row_limit() -> int:
    """Rows an answer may have: ``SEKG_UI_MAX_ROWS``, else the explorer's default."""
    return int(_positive("SEKG_UI_MAX_ROWS", data.EDITOR_MAX_ROWS))


def execute(text: str, seconds: float, max_rows: int) -> dict:
    """Run the query (never cached) and remember the outcome for this session."""
    started = time.monotonic()
    outcome: dict = {"text": text, "result": None, "error": None}
    try:
        with st.spinner(t("sparql.running", seconds=f"{seconds:g}")):
            outcome["result"] = data.repository().query(text, timeout=seconds, max_rows=max_rows)
    except QuerySyntaxError as exc:
        outcome["error"] = ("syntax", str(exc))
    except QueryRefused as exc:
        outcome["error"] = ("refused", str(exc))
    except QueryTimeout as exc:
        outcome["error"] = ("timeout", str(exc))
    except QueryTooLarge as exc:
        outcome["error"] = ("too-large", str(exc))
    except SekgError as exc:
        outcome["error"] = ("failed", str(exc))
    outcome["seconds"] = time.monotonic() - started
    st.session_state["sparql.last"] = outcome
    return outcome


def where(text: str, message: str) -> str | None:
    """The line of ``text`` an "error at L:C" message points at, with a caret under the column."""
    match = re.search(r"error at (\d+):(\d+)", message)
    if not match:
        return None
    line_number, column = int(match.group(1)), int(match.group(2))
    lines = text.splitlines()
    if not 1 <= line_number <= len(lines):
        return None
    prefix, line = f"{line_number:>4} | ", lines[line_number - 1]
    column = min(max(column, 1), len(line) + 1)  # the parser may point just past the end of the text
    return f"{prefix}{line}\n{' ' * (len(prefix) + column - 1)}^"


def used_prefixes(triples: list) -> dict[str, str]:
    """The project's prefixes that the triples use (Turtle output stays short)."""
    iris = set()
    for triple in triples:
        for term in (triple.subject, triple.predicate, triple.object):
            if isinstance(term, NamedNode):
                iris.add(term.value)
            elif isinstance(term, Literal):
                iris.add(term.datatype.value)
    return {prefix: namespace for prefix, namespace in PREFIXES.items()
            if any(iri.startswith(namespace) for iri in iris)}


def render(outcome: dict) -> None:
    if outcome["error"]:
        kind, message = outcome["error"]
        st.error(f"**{t('sparql.error.' + kind)}** — {plain(message)}")
        if kind == "syntax":
            pointer = where(outcome["text"], message)
            if pointer:
                st.code(pointer, language=None)
        return
    result, took = outcome["result"], t("sparql.took", seconds=f"{outcome['seconds']:.2f}")
    if isinstance(result, Rows):
        st.caption(t("sparql.rows", n=len(result)) + " · " + took)
        show(result, lang)
        csv_column, json_column = st.columns(2)
        csv_column.download_button(t("sparql.csv"), data=to_csv(result), file_name="query.csv", mime="text/csv",
                                   on_click="ignore", icon=":material/download:", key="sparql.csv")
        json_column.download_button(t("sparql.json"), data=to_json(result), file_name="query.json",
                                    mime="application/sparql-results+json", on_click="ignore",
                                    icon=":material/download:", key="sparql.json")
    elif isinstance(result, bool):
        st.caption(t("sparql.ask") + " · " + took)
        (st.success if result else st.warning)(f"**{str(result).lower()}** — {t('sparql.ask.' + str(result).lower())}")
    else:
        turtle = serialize(result, format=RdfFormat.TURTLE, prefixes=used_prefixes(result)).decode("utf-8")
        st.caption(t("sparql.triples", n=len(result)) + " · " + took)
        if len(turtle) > SHOWN_TURTLE:
            st.caption(t("sparql.turtle.cut", n=f"{SHOWN_TURTLE:,}"))
        st.code(turtle[:SHOWN_TURTLE], language="turtle")
        st.download_button(t("sparql.turtle"), data=turtle, file_name="query.ttl", mime="text/turtle",
                           on_click="ignore", icon=":material/download:", key="sparql.ttl")


st.title(t("nav.sparql"))
st.caption(t("sparql.intro"))
seconds, max_rows = time_limit(), row_limit()

url_text = st.query_params.get("q") or None
initial = url_text or DEFAULT


def use_example() -> None:
    chosen = st.session_state["sparql.example"]
    if chosen:
        st.query_params["q"] = library[chosen].text


examples = {"": t("sparql.examples.none"),
            **{n: f"{q.title_en if lang == 'en' else q.title_ko} ({n})" for n, q in library.items()}}
st.selectbox(t("sparql.examples"), list(examples), key="sparql.example", on_change=use_example,
             format_func=examples.__getitem__)

# The editor is a new widget whenever the URL's text changes from outside (a link, an example), so that it
# shows that text; when Run itself puts the editor's text in the URL, the widget (and what is typed) stays.
state = st.session_state
if "sparql.editor" not in state or state.get("sparql.url") != url_text:
    state["sparql.url"] = url_text
    state["sparql.generation"] = state.get("sparql.generation", 0) + 1
    state["sparql.editor"] = (f"sparql.editor.{state['sparql.generation']}."
                              + hashlib.sha1(initial.encode("utf-8")).hexdigest()[:12])
text = st.text_area(t("sparql.editor"), value=initial, height=380, key=state["sparql.editor"])
run = st.button(t("sparql.run"), type="primary", icon=":material/play_arrow:")
st.caption(t("sparql.limit", seconds=f"{seconds:g}", rows=f"{max_rows:,}"))

last = state.get("sparql.last")
if run and text.strip():
    if text != url_text:
        st.query_params["q"] = url_text = state["sparql.url"] = text
    last = execute(text, seconds, max_rows)
elif url_text and (last is None or last["text"] != url_text):
    last = execute(url_text, seconds, max_rows)

if last and (run or last["text"] == url_text):
    render(last)

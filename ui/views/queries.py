"""Saved queries: the library of ``queries/`` as a gallery, a form for a query's parameters, its results.

State in the URL: ``?query=NAME`` picks a query, ``p.NAME=VALUE`` gives a
parameter as ``sekg query --param NAME=VALUE`` takes it (a label or IRI for an
entity, a label or local name for a concept …), ``chart=COLUMN`` the column the
chart shows; e.g. ``?query=enterprises&p.municipality=수원시&p.type=사회적기업``.
A parameter left out takes the query's default. Results come from
``ui.data.saved`` (cached per build, with the UI's time limit).
"""

from __future__ import annotations

import hashlib
import re

import altair as alt
import streamlit as st
from pyoxigraph import NamedNode

from graph.errors import SekgError
from graph.results import to_csv, to_json
from graph.saved_queries import Parameter, SavedQuery
from ui import data
from ui.format import Table, chart_values, plain, readable, show, text_column
from ui.i18n import language, t

PREFIX = "p."
CONCEPT_SCHEMES = "https://w3id.org/sekg/concept/"
CHART_LIMIT = 25

lang = language()
library = data.library()


def title(saved: SavedQuery) -> str:
    return saved.title_en if lang == "en" else saved.title_ko


def fingerprint(*parts: object) -> str:
    """A short key that changes with the URL's state, so widgets follow a changed URL."""
    return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()[:10]


def default_text(parameter: Parameter) -> str:
    """The header's default as a person reads it: id:organization/희망키움터, 희망."""
    default = (parameter.default or "").strip()
    if default.startswith("<") and default.endswith(">"):
        return readable(NamedNode(default[1:-1]))
    return re.sub(r'^"(.*)"$', r"\1", default)


def choose(key: str) -> None:
    chosen = st.session_state[key]
    for name in list(st.query_params):
        if name.startswith(PREFIX) or name == "chart":
            del st.query_params[name]
    if chosen:
        st.query_params["query"] = chosen
    elif "query" in st.query_params:
        del st.query_params["query"]


def options_input(parameter: Parameter, current: str, choices: dict[str, str], key: str) -> str:
    """A selectbox of known values (value → shown text); a value the URL gives that is not known is kept."""
    options = [""] + list(choices)
    if current and current not in choices:
        options.append(current)
    shown = {**choices, "": t("queries.any")}
    return st.selectbox(parameter.name, options, index=options.index(current),
                        format_func=lambda value: shown.get(value, value), key=key,
                        help=plain(parameter.description))


def municipality_choices() -> dict[str, str]:
    rows = data.saved("municipalities").dicts()
    return {row["label_ko"].value: (row.get(f"label_{lang}") or row["label_ko"]).value for row in rows}


def concept_choices(scheme: str) -> tuple[dict[str, str], dict[str, str]]:
    """The concepts of a scheme by Korean label (value → shown text), and every name they go by → Korean label."""
    rows = data.page_query("ontology-concepts", {"scheme": CONCEPT_SCHEMES + scheme}).dicts()
    choices, aliases = {}, {}
    for row in rows:
        ko = row["label_ko"].value
        choices[ko] = (row.get(f"label_{lang}") or row["label_ko"]).value
        for other in ("label_en", "local_name", "concept"):
            if other in row:
                aliases[row[other].value] = ko
    return choices, aliases


def parameter_input(parameter: Parameter, current: str, key: str) -> str:
    try:
        if parameter.type == "entity" and parameter.name == "municipality":
            return options_input(parameter, current, municipality_choices(), key)
        if parameter.type.startswith("concept:"):
            choices, aliases = concept_choices(parameter.type.split(":", 1)[1])
            return options_input(parameter, aliases.get(current, current), choices, key)
    except SekgError:
        pass  # no list to choose from: a text input still works
    hint = (t("queries.default", value=default_text(parameter)) if parameter.default
            else t("queries.optional"))
    return st.text_input(f"{parameter.name} ({parameter.type})", value=current, placeholder=hint, key=key,
                         help=plain(parameter.description))


def apply(saved: SavedQuery, values: dict[str, str]) -> None:
    for name in list(st.query_params):
        if name.startswith(PREFIX):
            del st.query_params[name]
    for parameter in saved.parameters:
        value = values.get(parameter.name, "").strip()
        if value:
            st.query_params[PREFIX + parameter.name] = value


def chart(rows_shown: Table, name: str) -> None:
    label = text_column(rows_shown, lang)
    values = chart_values(rows_shown)
    if not label or not values:
        return
    wanted = st.query_params.get("chart", "")
    value = wanted if wanted in values else values[0]
    if len(values) > 1:
        key = f"queries.chart.{name}.{value}"

        def pick() -> None:
            st.query_params["chart"] = st.session_state[key]

        value = st.selectbox(t("queries.chart.value"), values, index=values.index(value), key=key, on_change=pick)
    frame = rows_shown.frame
    # Rows that say the same thing (the same figure read from two lines) count once.
    distinct = frame.drop_duplicates([*rows_shown.texts, *values])
    summed = distinct.groupby(label, as_index=False)[value].sum()
    summed[value] = summed[value].astype("float64")
    summed = summed.sort_values(value, ascending=False)
    cut = len(summed) > CHART_LIMIT
    summed = summed.head(CHART_LIMIT)
    bars = alt.Chart(summed).mark_bar().encode(
        x=alt.X(f"{value}:Q", title=value),
        y=alt.Y(f"{label}:N", title=None, sort=None, axis=alt.Axis(labelLimit=300)),
        tooltip=[alt.Tooltip(f"{label}:N"), alt.Tooltip(f"{value}:Q", format=",")],
    )
    st.altair_chart(bars, width="stretch")
    st.caption(t("queries.chart.caption", value=value, label=label)
               + (" " + t("queries.chart.cut", n=CHART_LIMIT) if cut else ""))


st.title(t("nav.queries"))

name = st.query_params.get("query", "")
if name and name not in library:
    st.error(t("queries.unknown", name=plain(name)))
    name = ""

choices = {"": t("queries.gallery"), **{n: f"{title(saved)} ({n})" for n, saved in library.items()}}
chooser = f"queries.choose.{fingerprint(name)}"
st.selectbox(t("queries.choose"), list(choices), index=list(choices).index(name), key=chooser, on_change=choose,
             args=(chooser,), format_func=choices.__getitem__)

if not name:
    st.caption(t("queries.intro"))
    columns = st.columns(3)
    for i, (query_name, saved) in enumerate(library.items()):
        with columns[i % 3].container(border=True):
            st.markdown(f"**{plain(title(saved))}** · `{query_name}`")
            st.caption(plain(saved.description))
            if saved.parameters:
                listed = ", ".join(p.name + ("" if p.optional else "*") for p in saved.parameters)
                defaults = any(not p.optional for p in saved.parameters)
                st.caption(t("queries.parameters" if defaults else "queries.parameters.plain", names=listed))
            st.page_link("views/queries.py", label=t("queries.open"), icon=":material/play_arrow:",
                         query_params={"query": query_name, "lang": lang})
else:
    saved = library[name]
    st.subheader(title(saved))
    st.caption(plain(saved.description))
    given = {p.name: st.query_params[PREFIX + p.name] for p in saved.parameters
             if st.query_params.get(PREFIX + p.name)}

    if saved.parameters:
        state = fingerprint(name, sorted(given.items()))
        with st.form(f"queries.form.{state}"):
            values = {p.name: parameter_input(p, given.get(p.name, ""), f"queries.p.{state}.{p.name}")
                      for p in saved.parameters}
            submitted = st.form_submit_button(t("queries.run"), type="primary")
        if submitted:
            apply(saved, values)
            st.rerun()

    try:
        with st.spinner(t("queries.running")):
            rows = data.saved(name, given)
    except SekgError as exc:
        st.error(plain(str(exc)))
    else:
        st.caption(t("queries.count", n=len(rows)))
        if not len(rows):
            st.info(t("queries.empty") + (" " + t("queries.empty.entity") if any(
                p.type == "entity" and p.name in given for p in saved.parameters) else ""))
        shown = show(rows, lang)
        if len(rows):
            chart(shown, name)
        csv_column, json_column = st.columns(2)
        csv_column.download_button(t("queries.csv"), data=to_csv(rows), file_name=f"{name}.csv", mime="text/csv",
                                   on_click="ignore", icon=":material/download:", key="queries.csv")
        json_column.download_button(t("queries.json"), data=to_json(rows), file_name=f"{name}.json",
                                    mime="application/sparql-results+json", on_click="ignore",
                                    icon=":material/download:", key="queries.json")
    with st.expander(t("queries.sparql")):
        st.code(saved.text, language="sparql")
        st.page_link("views/sparql.py", label=t("queries.edit"), icon=":material/edit:",
                     query_params={"q": saved.text, "lang": lang})

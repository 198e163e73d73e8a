"""Ontology: the classes, properties and concept schemes of sekg, and how much the data uses each.

Read from the ontology graph in the store (the terms ``rdfs:isDefinedBy
<https://w3id.org/sekg/ontology>``) with ``queries/ui/ontology-*.rq``; labels
and comments in the page's language. No state beyond ``?lang=``.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st
from pyoxigraph import NamedNode

from graph.errors import SekgError
from graph.repository import Rows
from ui import data
from ui.format import plain, readable
from ui.i18n import language, t

lang = language()
other = "en" if lang == "ko" else "ko"


def text(row: dict, name: str) -> str:
    """A label or comment in the page's language, else in the other one."""
    term = row.get(f"{name}_{lang}") or row.get(f"{name}_{other}")
    return term.value if term is not None else ""


def names(row: dict, name: str) -> str:
    """Space-separated IRIs as prefixed names."""
    term = row.get(name)
    return " ".join(readable(NamedNode(iri)) for iri in term.value.split()) if term is not None else ""


def count(row: dict, name: str) -> int:
    term = row.get(name)
    return int(term.value) if term is not None else 0


def load(name: str) -> Rows | None:
    try:
        return data.page_query(name)
    except SekgError as exc:
        st.error(plain(str(exc)))
        return None


def frame(records: list[dict]) -> pd.DataFrame:
    result = pd.DataFrame(records)
    for column in ("instances", "with_subclasses", "uses", "concepts", "used"):
        if column in result:
            result[column] = result[column].astype("Int64")
    return result


COLUMNS = {
    "name": st.column_config.TextColumn(t("ontology.col.name"), pinned=True),
    "label": st.column_config.TextColumn(t("ontology.col.label")),
    "comment": st.column_config.TextColumn(t("ontology.col.comment"), width="large"),
    "superclasses": st.column_config.TextColumn(t("ontology.col.superclasses")),
    "instances": st.column_config.NumberColumn(t("ontology.col.instances"), help=t("ontology.col.instances.help")),
    "with_subclasses": st.column_config.NumberColumn(t("ontology.col.with_subclasses"),
                                                     help=t("ontology.col.with_subclasses.help")),
    "kind": st.column_config.TextColumn(t("ontology.col.kind")),
    "domain": st.column_config.TextColumn(t("ontology.col.domain")),
    "range": st.column_config.TextColumn(t("ontology.col.range")),
    "uses": st.column_config.NumberColumn(t("ontology.col.uses"), help=t("ontology.col.uses.help")),
    "concepts": st.column_config.NumberColumn(t("ontology.col.concepts")),
    "used": st.column_config.NumberColumn(t("ontology.col.used"), help=t("ontology.col.used.help")),
}

st.title(t("nav.ontology"))
st.caption(t("ontology.intro"))

classes = load("ontology-classes")
properties = load("ontology-properties")
schemes = load("ontology-schemes")

if classes is not None:
    class_rows = [{"name": readable(row["class"]), "label": text(row, "label"), "comment": text(row, "comment"),
                   "superclasses": names(row, "superclasses"), "instances": count(row, "instances"),
                   "with_subclasses": count(row, "with_subclasses")} for row in classes.dicts()]
    st.subheader(t("ontology.classes", n=len(class_rows)))
    st.caption(t("ontology.classes.caption"))
    st.dataframe(frame(class_rows), column_config=COLUMNS, hide_index=True)

if properties is not None:
    property_rows = [{"name": readable(row["property"]), "kind": t(f"ontology.kind.{row['kind'].value}"),
                      "label": text(row, "label"), "comment": text(row, "comment"),
                      "domain": names(row, "domain"), "range": names(row, "range"), "uses": count(row, "uses")}
                     for row in properties.dicts()]
    unused = [row["name"] for row in property_rows if not row["uses"]]
    st.subheader(t("ontology.properties", n=len(property_rows)))
    st.caption(t("ontology.properties.caption"))
    st.dataframe(frame(property_rows), column_config=COLUMNS, hide_index=True)
    if unused:
        st.caption(t("ontology.unused", names=", ".join(unused)))

if schemes is not None:
    scheme_rows = [{"name": readable(row["scheme"]), "label": text(row, "label"),
                    "concepts": count(row, "concepts"), "used": count(row, "used_concepts")}
                   for row in schemes.dicts()]
    st.subheader(t("ontology.schemes", n=len(scheme_rows)))
    st.dataframe(frame(scheme_rows), column_config=COLUMNS, hide_index=True)

st.caption(t("ontology.docs"))

"""Search: one box over the Korean and English names and aliases of everything in the graph.

State in the URL: ``?q=<text>&type=<class local name>&lang=…``. Partial matches, case and spaces ignored; the
type filter lists the ontology's classes in the reader's language with how many things have them. An empty box
with a type lists every entity of that type. Each hit links to its entity page.
"""

from __future__ import annotations

import streamlit as st

from ui import links
from ui.i18n import label, t

MAX_SHOWN = 200

st.title(t("search.title"))

types = links.search_types()
type_names = {links.local_name(iri): (names, count) for iri, names, count in types}

# The URL is the state: the widgets start from it and write back to it.
links.url_state("search.q", "q")
links.url_state("search.type", "type", valid=set(type_names))

box, kind = st.columns([3, 2])
q = box.text_input(t("search.box"), key="search.q", placeholder=t("search.placeholder"))
# Option texts are fixed here, in this run's language: the widget may format its options later.
shown_types = {"": t("search.any_type"),
               **{name: f"{label(names, name)} ({count:,})" for name, (names, count) in type_names.items()}}
chosen = kind.selectbox(t("search.type"), list(shown_types), key="search.type", format_func=shown_types.get)

links.set_param("search.q", "q", q.strip())
links.set_param("search.type", "type", chosen or "")

if not q.strip() and not chosen:
    st.info(t("search.hint"))
    st.stop()

hits = links.find_entities(q)
if chosen:
    hits = [hit for hit in hits if links.local_name(hit.type_iri) == chosen]

if not hits:
    st.warning(t("search.none", q=links.md(q.strip())))
    st.stop()

st.caption(t("search.count", n=len(hits)))
if len(hits) > MAX_SHOWN:
    st.caption(t("search.more", n=MAX_SHOWN))

header = st.columns([4, 2, 4])
header[0].markdown(f"**{t('search.col.name')}**")
header[1].markdown(f"**{t('search.col.type')}**")
header[2].markdown(f"**{t('search.col.also')}**")
for hit in hits[:MAX_SHOWN]:
    name, kind_col, also = st.columns([4, 2, 4], vertical_alignment="center")
    links.entity_link(hit.iri, hit.name, container=name)
    kind_col.markdown(links.md(hit.type_name))
    others = [n for n in dict.fromkeys([*hit.labels.values(), *hit.matched]) if n != hit.name]
    if others:
        also.caption(links.md(" · ".join(others)))

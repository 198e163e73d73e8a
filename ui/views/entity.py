"""The page of one entity: names, type, relations, partners, outcomes, budgets, provenance and a Turtle download.

State in the URL: ``?entity=<IRI>&lang=…`` (a Korean or English name that names exactly one thing is accepted
too, and replaced by the IRI). Relations are grouped by property, named in the reader's language from the
ontology; things link to their own page. The bookkeeping behind the facts (reified statements, text spans, blank
nodes, observation and partnership records) is not listed as relations: partners, outcomes, budgets and the
provenance table show it in a readable form.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pandas as pd
import streamlit as st
from pyoxigraph import Literal, NamedNode, RdfFormat, serialize

from graph.errors import SekgError
from graph.namespaces import PREFIXES
from graph.saved_queries import bind
from ui import data, links
from ui.i18n import language, t

SHOWN_PER_PROPERTY = 12
HEADER_PROPERTIES = {links.RDF_TYPE, links.RDFS_LABEL, links.SKOS_ALT_LABEL, links.SKOS_PREF_LABEL}
SEKG = links.ONTOLOGY_NS

lang = language()


def search_box(prefill: str = "") -> None:
    """A search box that opens the search page with what was typed."""
    text = st.text_input(t("search.box"), value=prefill, key="entity.search", placeholder=t("search.placeholder"))
    if text.strip() and text.strip() != prefill:
        st.switch_page(links.SEARCH_PAGE, query_params=links.params(q=text.strip()))
    links.search_link(t("entity.to_search"), q=prefill)


def section(run, *args):
    """Run one part of the page; a query that fails or times out spoils only that part."""
    try:
        return run(*args)
    except SekgError as exc:
        st.warning(t("entity.section_failed", error=links.md(exc)))
        return None


# -- which entity -------------------------------------------------------------------

asked = st.query_params.get("entity", "").strip()
if asked and not links.is_iri(asked):
    # A name instead of an IRI: take it when it names exactly one thing.
    exact = {hit.iri for hit in links.find_entities(asked) if hit.rank == 0}
    if len(exact) == 1:
        st.query_params["entity"] = asked = exact.pop()

if not asked:
    st.title(t("nav.entity"))
    st.info(t("entity.missing"))
    search_box()
    st.stop()

if not links.is_iri(asked):
    st.title(t("nav.entity"))
    st.warning(t("entity.unknown_name", name=links.md(asked)))
    search_box(asked)
    st.stop()

iri = asked
# Writing the parameter sends it to the browser: a link from one entity page to another then shows in the address
# bar too (Streamlit only updates the URL by itself when the page changes).
st.query_params["entity"] = iri
names = links.vocabulary()
outgoing = data.page_query("entity-outgoing", {"entity": iri}).dicts()
incoming = data.page_query("entity-incoming", {"entity": iri}).dicts()

if not outgoing and not incoming:
    st.title(t("nav.entity"))
    st.warning(t("entity.unknown"))
    st.code(iri, language=None)
    search_box()
    st.stop()

# -- names and type -------------------------------------------------------------------

own_labels: dict[str, str] = {}
aliases: list[str] = []
types: list[str] = []
for row in outgoing:
    prop, value = row["property"].value, row["value"]
    if prop in (links.RDFS_LABEL, links.SKOS_PREF_LABEL) and isinstance(value, Literal):
        own_labels.setdefault(value.language or "", value.value)
    elif prop == links.SKOS_ALT_LABEL and isinstance(value, Literal):
        aliases.append(value.value)
    elif prop == links.RDF_TYPE and isinstance(value, NamedNode):
        types.append(value.value)
types = list(dict.fromkeys(types))

# Names of the things this page mentions, for the relations and the provenance table.
known_names: dict[str, dict[str, str]] = {}
for row in outgoing:
    if isinstance(row["value"], NamedNode):
        known_names[row["value"].value] = links.labels_of(row, "value")
for row in incoming:
    known_names[row["subject"].value] = links.labels_of(row, "subject")


def name_of(node: str) -> str:
    if node in known_names and known_names[node]:
        return links.node_name(node, known_names[node])
    if node.startswith(("https://w3id.org/sekg/ontology", links.CONCEPT_BASE)):
        return names.get(node)
    return links.compact(node)


title = links.node_name(iri, own_labels)
other = own_labels.get("en" if lang == "ko" else "ko")
st.title(links.md(title))
if other and other != title:
    st.markdown(f"### {links.md(other)}")

facts = st.columns([3, 2])
with facts[0]:
    for type_iri in types:
        type_name = names.get(type_iri)
        if type_iri.startswith(SEKG):
            links.search_link(t("entity.type", type=type_name), type_=links.local_name(type_iri),
                              icon=":material/label:")
        else:
            st.markdown(links.md(t("entity.type", type=type_name)))
    if aliases:
        st.markdown(f"**{t('entity.aliases')}** " + links.md(" · ".join(dict.fromkeys(aliases))))
    st.code(iri, language=None)
with facts[1]:
    links.graph_link(iri, t("entity.open_graph"))


@st.cache_data(show_spinner=False, max_entries=200)
def turtle(build: str, node: str) -> bytes:
    """The entity's description in Turtle: a CONSTRUCT over its statements and its neighbours' names."""
    repo = data.repository()
    bound = bind(repo, data.ui_query("entity-turtle"), {"entity": node})
    triples = repo.query(bound.text, timeout=data.QUERY_TIMEOUT_S)
    ordered = sorted(triples, key=lambda tr: (tr.subject != NamedNode(node), str(tr.subject), str(tr.predicate),
                                              str(tr.object)))
    return serialize(ordered, format=RdfFormat.TURTLE, prefixes=dict(PREFIXES)) or b""


def download() -> None:
    build = data.build_key()
    file_name = re.sub(r"[^\w.-]+", "_", links.local_name(iri)).strip("_") or "entity"
    # Made when the button is pressed, not with every page: for a city named by hundreds of records the
    # description takes longer than the rest of the page.
    facts[1].download_button(t("entity.download"), data=lambda: turtle(build, iri), file_name=f"{file_name}.ttl",
                             mime="text/turtle", on_click="ignore", icon=":material/download:", key="entity.download")


section(download)

# -- partners -------------------------------------------------------------------------


def partners() -> None:
    rows = data.saved("partners", {"entity": iri}).dicts()
    if not rows:
        return
    grouped: dict[tuple[str, str], dict] = {}
    for row in rows:
        direction = links.term_text(row.get("direction")) or "partner"
        partner = row["partner"].value
        entry = grouped.setdefault((direction, partner), {"labels": links.labels_of(row, "partner"), "roles": []})
        role = links.labels_of(row, "role")
        entry["roles"].append(role.get(lang) or role.get("ko") or "")
    st.subheader(t("entity.partners"))
    for direction, heading in (("partner", "entity.partners_of_this"), ("of", "entity.partner_of")):
        entries = [(p, e) for (d, p), e in grouped.items() if d == direction]
        if not entries:
            continue
        st.markdown(f"**{t(heading)}**")
        for partner, entry in sorted(entries, key=lambda item: links.node_name(item[0], item[1]["labels"])):
            left, right = st.columns([2, 3], vertical_alignment="center")
            partner_name = links.node_name(partner, entry["labels"])
            links.entity_link(partner, partner_name, container=left)
            roles = " · ".join(sorted({r for r in entry["roles"] if r}))
            korean = entry["labels"].get("ko")
            note = f" ({korean})" if lang != "ko" and korean and korean != partner_name else ""
            right.markdown(links.md(roles + note) if roles else links.md(note.strip()))


section(partners)

# -- relations ------------------------------------------------------------------------


def show_values(items: list[tuple[str, object]], container) -> None:
    """Links for things, formatted text for literals; beyond SHOWN_PER_PROPERTY in an expander, as one list."""
    def render(part, target) -> None:
        literals = [text for kind, text in part if kind == "literal"]
        for kind, value in part:
            if kind == "node":
                node, text = value
                if node.startswith((links.INSTANCE_BASE, links.CONCEPT_BASE)):
                    links.entity_link(node, text, container=target)
                else:
                    target.markdown(links.md(text))
        if literals:
            target.markdown(links.md(" · ".join(literals)))

    def render_rest(part, target) -> None:
        # One element for the rest, not one per value: a city is named by hundreds of records, and a
        # page of hundreds of elements takes the browser longer to draw than the data takes to fetch.
        shown = []
        for kind, value in part:
            if kind == "node" and value[0].startswith((links.INSTANCE_BASE, links.CONCEPT_BASE)):
                shown.append(links.entity_markdown(*value))
            else:
                shown.append(links.md(value[1] if kind == "node" else value))
        target.markdown("  \n".join(shown))

    render(items[:SHOWN_PER_PROPERTY], container)
    if len(items) > SHOWN_PER_PROPERTY:
        render_rest(items[SHOWN_PER_PROPERTY:],
                    container.expander(t("entity.more_values", n=len(items) - SHOWN_PER_PROPERTY)))


def relations() -> None:
    out_groups: dict[str, list[tuple[str, object]]] = defaultdict(list)
    for row in outgoing:
        prop, value = row["property"].value, row["value"]
        if prop in HEADER_PROPERTIES:
            continue
        if isinstance(value, Literal):
            out_groups[prop].append(("literal", links.format_literal(value, lang)))
        else:
            labels = links.labels_of(row, "value")
            notation = links.term_text(row.get("value_notation"))
            text = links.node_name(value.value, labels, notation) if labels or notation else name_of(value.value)
            out_groups[prop].append(("node", (value.value, text)))
    in_groups: dict[str, list[tuple[str, object]]] = defaultdict(list)
    for row in incoming:
        node = row["subject"].value
        labels = links.labels_of(row, "subject")
        text = links.node_name(node, labels, links.term_text(row.get("subject_notation")))
        in_groups[row["property"].value].append(("node", (node, text)))

    for groups, heading, note in ((out_groups, "entity.relations", None),
                                  (in_groups, "entity.incoming", "entity.incoming_note")):
        if not groups:
            continue
        st.subheader(t(heading))
        if note:
            st.caption(t(note))
        for prop in sorted(groups, key=lambda p: names.get(p)):
            items = groups[prop]
            left, right = st.columns([1, 3])
            left.markdown(f"**{links.md(names.get(prop))}**" + (f" ({len(items)})" if len(items) > 1 else ""))
            show_values(items, right)


section(relations)


def records() -> None:
    """What the graph counts about a municipality, linked to the saved queries that list it."""
    if f"{SEKG}Municipality" not in types:
        return
    counts = {(row["kind"].value, row["property"].value): int(row["records"].value)
              for row in data.page_query("entity-records", {"entity": iri}).dicts()}
    st.subheader(t("entity.more_about"))
    cols = st.columns(3)
    queries = [("outcomes", f"{SEKG}OutcomeObservation"), ("budgets", f"{SEKG}BudgetObservation"),
               ("enterprises", None), ("pledges", None), ("cases", None), ("awards", None), ("events", None),
               ("ordinances", None)]
    library = data.library()
    for i, (query, kind) in enumerate(q for q in queries if q[0] in library):
        saved = library[query]
        title = saved.title_ko if lang == "ko" else saved.title_en
        n = sum(c for (k, _), c in counts.items() if k == kind) if kind else None
        text = f"{title} ({n:,})" if n else title
        links.query_link(text, query, container=cols[i % 3], municipality=iri)


section(records)

# -- outcomes and budgets -------------------------------------------------------------


def concept_name(scheme: str, local: str | None = None, korean: str | None = None, english: str | None = None) -> str:
    """A concept's name in the reader's language, from its local name or its Korean name."""
    if lang == "en" and english:
        return english
    node = f"{links.CONCEPT_BASE}{scheme}/{local}" if local else (names.by_korean(korean, scheme) if korean else None)
    if node and node in names.by_iri:
        return names.get(node)
    return korean or local or ""


def outcomes() -> None:
    rows = data.saved("outcomes", {"subject": iri}).dicts()
    if not rows:
        return
    table = []
    for row in rows:
        unit = links.term_text(row.get("unit"))
        value = row["value"]
        table.append({
            t("entity.col.indicator"): concept_name("indicator", korean=links.term_text(row.get("indicator_ko")),
                                                    english=links.term_text(row.get("indicator_en"))),
            t("entity.col.value"): links.format_literal(value, lang, unit=unit) if isinstance(value, Literal)
            else links.term_text(value),
            t("entity.col.unit"): concept_name("unit", local=unit) if unit else "",
            t("entity.col.qualifier"): concept_name("qualifier", korean=links.term_text(row.get("qualifier")))
            if row.get("qualifier") else "",
            t("entity.col.kind"): concept_name("value-kind", local=links.term_text(row.get("value_kind")))
            if row.get("value_kind") else "",
            t("entity.col.period"): links.format_date(links.term_text(row.get("period")), lang)
            if row.get("period") else "",
            t("entity.col.line"): int(row["source_line"].value) if row.get("source_line") else None,
        })
    st.subheader(t("entity.outcomes"))
    st.dataframe(pd.DataFrame(table), hide_index=True, width="stretch")


def budgets() -> None:
    rows = data.saved("budgets", {"subject": iri}).dicts()
    if not rows:
        return
    table = []
    for row in rows:
        source_local = links.local_name(row["source"].value) if row.get("source") else None
        period = links.term_text(row.get("period")) or links.term_text(row.get("year"))
        table.append({
            t("entity.col.source"): concept_name("funding-source", local=source_local,
                                                 korean=links.term_text(row.get("source_ko")),
                                                 english=links.term_text(row.get("source_en"))),
            t("entity.col.period"): links.format_date(period, lang) if period else "",
            t("entity.col.amount"): data.format_krw(row["amount_krw"].value, lang) if row.get("amount_krw") else "",
            t("entity.col.kind"): concept_name("value-kind", local=links.term_text(row.get("value_kind")))
            if row.get("value_kind") else "",
            t("entity.col.line"): int(row["source_line"].value) if row.get("source_line") else None,
        })
    st.subheader(t("entity.budgets"))
    st.dataframe(pd.DataFrame(table), hide_index=True, width="stretch")


section(outcomes)
section(budgets)

# -- provenance -----------------------------------------------------------------------


def provenance() -> None:
    rows = data.saved("provenance", {"entity": iri}).dicts()
    # A partnership record repeats the sekg:partner statement of the same passage: the partner row says it.
    rows = [row for row in rows if links.term_text(row.get("property")) != f"{SEKG}qualifiedPartnership"]
    if not rows:
        return
    sources = {}
    for row in data.page_query("entity-documents").dicts():
        if links.term_text(row.get("kind")) == "document":
            sources[row["source"].value] = links.term_text(row.get("title")) or links.term_text(row.get("file_name"))
        else:
            sources[row["source"].value] = links.node_name(row["source"].value, links.labels_of(row, "label"))
    table = []
    for row in rows:
        value = row.get("value")
        if isinstance(value, Literal):
            shown = links.format_literal(value, lang)
        elif isinstance(value, NamedNode):
            node = value.value
            if known_names.get(node) or not node.startswith(links.INSTANCE_BASE):
                shown = name_of(node)
            else:  # a record (observation, award …) or a thing the page does not list: its name if the row has one
                shown = links.term_text(row.get("value_ko"))
        else:
            shown = ""
        start, end = links.term_text(row.get("line")), links.term_text(row.get("line_end"))
        document, source = links.term_text(row.get("document")), links.term_text(row.get("source"))
        if document:
            where = sources.get(document) or links.compact(document)
        else:
            where = sources.get(source) or links.term_text(row.get("source_ko")) or t("entity.curated")
        table.append({
            t("entity.col.fact"): names.get(row["property"].value) if row.get("property") else "",
            t("entity.col.fact_value"): shown,
            t("entity.col.quote"): links.term_text(row.get("quote")),
            t("entity.col.document"): where,
            t("entity.col.line"): start if not end or end == start else f"{start}–{end}",
        })
    st.subheader(t("entity.provenance"))
    st.caption(t("entity.provenance_note"))
    st.dataframe(pd.DataFrame(table), hide_index=True, width="stretch")


section(provenance)

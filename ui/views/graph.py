"""The neighbourhood of an entity as a graph you can click: one or two hops.

State in the URL: ``?entity=<IRI>&hops=1|2&lang=…``. Clicking a node opens its entity page. Only entities are
drawn (no statements, text spans, observations or partnership records, no concepts); a node with more
neighbours than fit gets a "+N" node instead of the rest, which opens that node's page, where all of them are
listed. The nodes drawn are also listed in a table under the graph.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pandas as pd
import streamlit as st
from streamlit_agraph import Config, Edge, Node, agraph

from graph.errors import SekgError
from ui import data, links
from ui.i18n import language, t

EDGES_PER_NODE = 12  # neighbours drawn around a node before "+N"
EDGES_AT_CENTRE = 24  # the centre, which the reader asked for, shows more
MAX_NODES = 300
LABEL_CHARS = 22
MORE = "more::"

# Kinds of things by colour family (Streamlit's palette, so the legend can use Markdown colours) and shape.
PALETTE = {"blue": "#1c83e1", "green": "#21c354", "orange": "#ffa421", "red": "#ff4b4b", "violet": "#803df5",
           "gray": "#808495"}
KINDS = {
    "Municipality": ("blue", "dot"), "Province": ("blue", "diamond"), "Territory": ("blue", "triangle"),
    "Enterprise": ("green", "dot"),
    "Organization": ("orange", "dot"), "Department": ("orange", "square"), "Post": ("orange", "triangle"),
    "Person": ("red", "star"),
    "Program": ("violet", "dot"), "Pledge": ("violet", "diamond"), "BestPracticeCase": ("violet", "square"),
    "Event": ("gray", "dot"), "Award": ("gray", "star"), "Ordinance": ("gray", "square"),
}
SYMBOLS = {"dot": "●", "diamond": "◆", "square": "■", "triangle": "▲", "star": "★"}
OTHER = ("gray", "triangle")
MORE_COLOUR = "#d5dae5"

lang = language()
st.title(t("graph.title"))

asked = st.query_params.get("entity", "").strip()
if asked and not links.is_iri(asked):
    exact = {hit.iri for hit in links.find_entities(asked) if hit.rank == 0}
    if len(exact) == 1:
        st.query_params["entity"] = asked = exact.pop()

hops = 2 if st.query_params.get("hops") == "2" else 1


def choose_entity(prefill: str = "") -> None:
    """Pick the centre: a search box whose hits open their graph."""
    text = st.text_input(t("graph.pick"), value=prefill, key="graph.search", placeholder=t("search.placeholder"))
    if text.strip():
        hits = links.find_entities(text)[:20]
        if not hits:
            st.warning(t("search.none", q=links.md(text.strip())))
        for hit in hits:
            links.graph_link(hit.iri, f"{hit.name} · {hit.type_name}", hops)


if not asked:
    st.info(t("graph.missing"))
    choose_entity()
    st.stop()

if not links.is_iri(asked):
    st.warning(t("entity.unknown_name", name=links.md(asked)))
    choose_entity(asked)
    st.stop()

centre = asked


@dataclass
class Neighbourhood:
    names: dict[str, dict[str, str]] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    # node -> neighbour -> property IRIs, with the direction: True when node is the subject
    adjacent: dict[str, dict[str, set[tuple[str, bool]]]] = field(default_factory=lambda: defaultdict(dict))

    def add(self, row: dict) -> None:
        source, target, prop = row["source"].value, row["target"].value, row["property"].value
        for end, node in (("source", source), ("target", target)):
            labels = links.labels_of(row, end)
            if labels:
                self.names.setdefault(node, labels)
            if row.get(f"{end}_type") is not None:
                self.kinds.setdefault(node, row[f"{end}_type"].value)
        self.adjacent[source].setdefault(target, set()).add((prop, True))
        self.adjacent[target].setdefault(source, set()).add((prop, False))

    def name(self, node: str) -> str:
        return links.node_name(node, self.names.get(node, {}))


def load(node: str, hops: int) -> Neighbourhood:
    hood = Neighbourhood()
    for query in ("graph-edges", "graph-edges-2")[:hops]:
        for row in data.page_query(query, {"entity": node}).dicts():
            hood.add(row)
    return hood


known = data.page_query("entity-outgoing", {"entity": centre}).dicts()
if not known and not len(data.page_query("graph-edges", {"entity": centre})):
    st.warning(t("entity.unknown"))
    st.code(centre, language=None)
    choose_entity()
    st.stop()

links.url_state("graph.hops", "hops", "1", valid={"1", "2"})
hop_texts = {n: t("graph.hops_n", n=n) for n in ("1", "2")}
chosen = st.segmented_control(t("graph.hops"), list(hop_texts), key="graph.hops", format_func=hop_texts.get)
hops = 2 if (chosen or str(hops)) == "2" else 1
links.set_param("graph.hops", "hops", str(hops))

try:
    hood = load(centre, hops)
except SekgError as exc:
    st.error(t("entity.section_failed", error=links.md(exc)))
    st.stop()

if centre not in hood.adjacent:
    # Known, but with no other entity around it: draw it alone, named by its labels.
    hood.adjacent[centre] = {}
    hood.names[centre] = {row["value"].language: row["value"].value for row in known
                          if row["property"].value in (links.RDFS_LABEL, links.SKOS_PREF_LABEL)
                          and getattr(row["value"], "language", None)}
    st.info(t("graph.alone"))

names = links.vocabulary()


def ordered(node: str, shown: set[str]) -> list[str]:
    """A node's neighbours: those already drawn first (they keep the picture connected), then by kind and name."""
    return sorted(hood.adjacent[node], key=lambda n: (n not in shown, hood.kinds.get(n, ""), hood.name(n)))


# Choose the nodes: the centre's neighbours, then (two hops) theirs; a node keeps at most its cap.
shown: dict[str, int] = {centre: 0}
hidden: dict[str, int] = {}
levels = [[centre]]
for level in range(hops):
    next_level = []
    for node in levels[-1]:
        cap = EDGES_AT_CENTRE if node == centre else EDGES_PER_NODE
        drawn = 0
        for neighbour in ordered(node, set(shown)):
            if neighbour in shown:
                drawn += 1
                continue
            if drawn >= cap or len(shown) >= MAX_NODES:
                hidden[node] = hidden.get(node, 0) + 1
                continue
            shown[neighbour] = level + 1
            next_level.append(neighbour)
            drawn += 1
    levels.append(next_level)


def short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def kind_of(node: str) -> str:
    return links.local_name(hood.kinds.get(node, ""))


nodes: list[Node] = []
for node, level in shown.items():
    colour, shape = KINDS.get(kind_of(node), OTHER)
    # Titles go through the component's innerHTML: leave them out, the name is drawn on the node.
    item = Node(id=node, label=short(hood.name(node)), color=PALETTE[colour],
                size=30 if level == 0 else 20 if level == 1 else 14, shape=shape,
                font={"size": 16 if level == 0 else 13, "strokeWidth": 3, "strokeColor": "#ffffff"},
                borderWidth=4 if level == 0 else 1)
    item.title = None
    nodes.append(item)

edges: list[Edge] = []
seen_pairs: set[tuple[str, str]] = set()
for node in shown:
    for neighbour, props in hood.adjacent[node].items():
        if neighbour not in shown or (neighbour, node) in seen_pairs or (node, neighbour) in seen_pairs:
            continue
        seen_pairs.add((node, neighbour))
        forward = [p for p, out in props if out]
        backward = [p for p, out in props if not out]
        for source, target, group in ((node, neighbour, forward), (neighbour, node, backward)):
            if not group:
                continue
            text = ", ".join(sorted({names.get(p) for p in group}))
            extra = {"label": text} if hops == 1 else {}
            edges.append(Edge(source=source, target=target, title=text, color="#b5bac8",
                              font={"size": 10, "align": "middle", "strokeWidth": 2}, **extra))

for node, count in hidden.items():
    more = f"{MORE}{node}"
    item = Node(id=more, label=t("graph.more", n=count), color=MORE_COLOUR, shape="box", size=10,
                font={"size": 11})
    item.title = None
    nodes.append(item)
    edges.append(Edge(source=node, target=more, color=MORE_COLOUR, dashes=True))

config = Config(height=650, width=1000, directed=True, physics=True, hierarchical=False,
                stabilization=True, fit=True, minVelocity=2, timestep=0.5,
                interaction={"hover": True, "hideEdgesOnDrag": True, "tooltipDelay": 150, "navigationButtons": True,
                             "keyboard": False},
                edges={"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}})
config.width = "100%"
config.physics["stabilization"]["iterations"] = 150 if len(nodes) > 120 else 300
config.physics["barnesHut"] = {"gravitationalConstant": -4000, "springLength": 140, "avoidOverlap": 0.2}

st.caption(t("graph.caption", name=links.md(hood.name(centre)), nodes=len(shown), edges=len(edges)))
clicked = agraph(nodes=nodes, edges=edges, config=config)
if clicked:
    target = clicked[len(MORE):] if clicked.startswith(MORE) else clicked
    st.switch_page(links.ENTITY_PAGE, query_params=links.params(entity=target))

legend = sorted({kind_of(n) for n in shown}, key=lambda k: (list(KINDS).index(k) if k in KINDS else 99, k))
st.markdown("  ".join(
    f":{KINDS.get(k, OTHER)[0]}[{SYMBOLS[KINDS.get(k, OTHER)[1]]}] "
    f"{links.md(names.get(links.ONTOLOGY_NS + k) if k else t('graph.other'))}" for k in legend))

links.entity_link(centre, t("graph.open_entity", name=hood.name(centre)), icon=":material/description:")

with st.expander(t("graph.nodes", n=len(shown))):
    st.dataframe(pd.DataFrame([{
        t("search.col.name"): hood.name(node),
        t("search.col.type"): names.get(hood.kinds[node]) if node in hood.kinds else "",
        t("graph.col.hops"): level,
        t("graph.col.neighbours"): len(hood.adjacent[node]),
        "IRI": node,
    } for node, level in shown.items()]), hide_index=True, width="stretch")

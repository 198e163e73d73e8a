"""The explorer's search, entity and graph pages, run in-process with Streamlit's AppTest on the seed graph.

Each test drives one AppTest through the pages the way the URL does (``?entity=…&lang=…``) and checks what a
person would read: names, partners with their roles, the quoted source line, the download, the graph's nodes.
"""

from __future__ import annotations

import doctest
import json
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from pyoxigraph import RdfFormat, parse, serialize
from streamlit.testing.v1 import AppTest

APP = Path(__file__).parents[1] / "ui" / "app.py"
ID = "https://w3id.org/sekg/id/"
HUIMANG = ID + "organization/희망키움터"
GUKJE = ID + "organization/국제통신공업"
HOPE_CARE = ID + "organization/남양주시희망케어센터"
NAMYANGJU = ID + "municipality/41360"
SUWON = ID + "municipality/41110"
PLUMBING = ("/statement/", "/span/", "/observation/", "/partnership/", "/document/", "/curated/", "/admin-code/")


@pytest.fixture(scope="module")
def store(seed_build):
    settings, _ = seed_build
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SEKG_STORE", str(settings.store_path))
        patch.delenv("SEKG_ENDPOINT", raising=False)
        yield settings


@pytest.fixture
def app(store) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def visit(at: AppTest, page: str, **params: str) -> AppTest:
    at.switch_page(f"views/{page}.py")
    at.query_params = dict(params)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def links_to(at: AppTest) -> list[tuple[str, dict[str, list[str]]]]:
    """Every page link on the page: (label, its query parameters)."""
    return [(link.value, parse_qs(link.proto.query_string)) for link in at.get("page_link")]


def entity_links(at: AppTest, iri: str) -> list[str]:
    return [label for label, query in links_to(at) if query.get("entity") == [iri]]


def partner_roles(at: AppTest, partner_label: str) -> str:
    """The text next to a partner's link in the partners section (the first row that links it)."""
    columns = at.columns
    for i, column in enumerate(columns[:-1]):
        if [link.value for link in column.get("page_link")] == [partner_label]:
            return columns[i + 1].markdown[0].value
    raise AssertionError(f"no partner row for {partner_label}")


def table_rows(at: AppTest) -> list[dict]:
    return [row for frame in at.dataframe for row in frame.value.to_dict("records")]


def graph_data(at: AppTest) -> dict:
    (component,) = [el for el in at.main if el.type == "component_instance"]
    return json.loads(json.loads(component.proto.json_args)["data"])


def graph_nodes(at: AppTest) -> list[dict]:
    return graph_data(at)["nodes"]


def test_link_helpers():
    import ui.links

    assert doctest.testmod(ui.links).failed == 0


def test_entity_page_in_korean_and_english(app):
    at = visit(app, "entity", entity=HUIMANG)
    assert [title.value for title in at.title] == ["㈜희망키움터"]
    assert at.markdown[0].value == "### Huimangkiumteo Co., Ltd."
    assert at.subheader[0].value == "협력 기관"
    # The partner links to its own page, in the reader's language, with its roles beside it.
    assert "국제통신공업(주)" in entity_links(at, GUKJE)
    assert {"lang": ["ko"], "entity": [GUKJE]} in [q for label, q in links_to(at) if label == "국제통신공업(주)"]
    assert partner_roles(at, "국제통신공업(주)") == "공간·시설 제공 · 교육·훈련 · 기술 제공 · 물량 제공 · 컨설팅 · 투자"
    assert {"재정지원", "행정지원"} <= set(partner_roles(at, "남양주시").split(" · "))
    # The type links to the search for that type.
    assert ("유형: 사회적경제기업", {"type": ["Enterprise"], "lang": ["ko"]}) in links_to(at)
    # Relations grouped by property, named from the ontology; the founding date as a date.
    texts = [m.value for m in at.markdown]
    assert "**협력기관** (4)" in texts and "**설립일**" in texts and "2014년 4월 1일" in texts
    assert not any("statement/" in label or "span/" in label or "partnership/" in label
                   for label, _ in links_to(at))
    # Provenance: the fact, the quoted passage, the document and the line.
    rows = table_rows(at)
    assert {"사실": "협력기관", "값": "국제통신공업(주)", "인용문": "국제통신공업(주) : 기술 및 자본 투자",
            "문서": "2017 매니페스토 우수사례 소개서: 1분야 사회적경제 (시)", "줄": "519"} in rows
    assert {"사실": "이름", "값": "Huimangkiumteo Co., Ltd.", "인용문": "", "문서": "국어의 로마자 표기법에 따른 표기",
            "줄": ""} in rows
    (download,) = at.get("download_button")
    assert download.proto.label == "Turtle로 내려받기"

    at = visit(at, "entity", entity=HUIMANG, lang="en")
    assert [title.value for title in at.title] == ["Huimangkiumteo Co., Ltd."]
    assert at.subheader[0].value == "Partners"
    assert "Gukje Tongsin" in entity_links(at, GUKJE)
    assert partner_roles(at, "Gukje Tongsin") == ("Consulting · Facility provider · Investor · Technology provider · "
                                                  "Training · Work provider (국제통신공업(주))")
    rows = table_rows(at)
    assert {"Fact": "partner", "Value": "Gukje Tongsin", "Quoted passage": "국제통신공업(주) : 기술 및 자본 투자",
            "Document": "2017 매니페스토 우수사례 소개서: 1분야 사회적경제 (시)", "Line": "519"} in rows
    assert [d.proto.label for d in at.get("download_button")] == ["Download as Turtle"]
    assert "April 1, 2014" in [m.value for m in at.markdown]

    # Follow the partner: its page, with 희망키움터 among the things it is a partner of, and its budget in won.
    at = visit(at, "entity", entity=GUKJE, lang="ko")
    assert [title.value for title in at.title] == ["국제통신공업(주)"]
    assert partner_roles(at, "㈜희망키움터") == "공간·시설 제공 · 교육·훈련 · 기술 제공 · 물량 제공 · 컨설팅 · 투자"
    # L678: 국제통신공업(주)의 투자를 통해 회사 설립(자본금 1억원), its investment
    assert {"지표": "투자액", "값": "1억원", "줄": 678}.items() <= next(
        row for row in table_rows(at) if row.get("지표") == "투자액").items()


def test_entity_page_outcomes_and_a_municipality(app):
    program = ID + "program/51130/美味未문화%2C맛%2C희망%2C원주미로예술시장에빠지다."
    at = visit(app, "entity", entity=program, lang="en")
    rows = table_rows(at)
    assert {"Indicator": "Revenue", "Value": "KRW 4.5 billion", "Unit": "Korean won", "Qualifier": "",
            "Kind": "Actual", "Period": "2014", "Line": 1548} in rows
    assert {"Funding source": "Total", "Period": "", "Amount": "KRW 3.29 billion", "Kind": "Actual",
            "Line": 1540} in rows

    at = visit(at, "entity", entity=NAMYANGJU)
    assert [title.value for title in at.title] == ["남양주시"]
    assert "**이 항목이 협력 기관으로 참여하는 곳**" in [m.value for m in at.markdown]
    assert "㈜희망키움터" in entity_links(at, HUIMANG)
    outcomes = [q for label, q in links_to(at) if q.get("query") == ["outcomes"]]
    assert outcomes == [{"query": ["outcomes"], "p.municipality": [NAMYANGJU], "lang": ["ko"]}]


def test_unknown_or_missing_entity_is_explained(app):
    at = visit(app, "entity", entity=ID + "organization/없는-곳")
    assert [w.value for w in at.warning] == [
        "이 그래프에는 이 항목이 없습니다. 링크가 오래되었거나 주소가 잘못되었을 수 있습니다. 이름으로 찾아 보세요."]
    assert len(at.text_input) == 1 and not at.dataframe

    at = visit(at, "entity", lang="en")
    assert [i.value for i in at.info] == [
        "Choose something to show: find it below, or follow a link from another page."]
    assert at.text_input[0].label == "Find by name"

    # A name that names exactly one thing opens it.
    at = visit(at, "entity", entity="희망키움터")
    assert at.query_params["entity"] == HUIMANG
    assert [title.value for title in at.title] == ["㈜희망키움터"]

    at = visit(at, "graph", entity=ID + "nothing/here", lang="en")
    assert [w.value for w in at.warning] == [
        "This graph has nothing by that address: the link may be old or mistyped. Try finding it by name."]


def test_search_finds_names_in_both_languages(app):
    at = visit(app, "search", q="희망키움")
    hits = links_to(at)
    assert hits[0] == ("㈜희망키움터", {"entity": [HUIMANG], "lang": ["ko"]})
    assert "주식회사 희망키움터" in at.caption[1].value

    at = visit(at, "search", q="hope care", lang="en")
    assert links_to(at) == [("Namyangju Hope Care Center", {"entity": [HOPE_CARE], "lang": ["en"]})]
    assert [m.value for m in at.markdown][-1] == "Organization"

    at = visit(at, "search", q="HOPE  CARE")  # case and spaces do not matter; Korean names by default
    assert links_to(at) == [("희망케어센터", {"entity": [HOPE_CARE], "lang": ["ko"]})]

    # The type filter, from the URL; typing in the box writes the URL back.
    at = visit(at, "search", q="희망", type="Enterprise")
    assert at.selectbox[0].value == "Enterprise"
    assert {label for label, _ in links_to(at)} == {"㈜희망키움터"}
    at.text_input[0].input("남양주").run()
    assert at.query_params == {"q": "남양주", "type": "Enterprise"}

    at = visit(at, "search", type="Municipality", lang="en")
    assert at.caption[0].value == "16 found"
    assert ("Namyangju-si", {"entity": [NAMYANGJU], "lang": ["en"]}) in links_to(at)


def test_graph_page_one_and_two_hops(app):
    at = visit(app, "graph", entity=HUIMANG)
    nodes = graph_nodes(at)
    by_id = {node["id"]: node for node in nodes}
    assert by_id[GUKJE]["label"] == "국제통신공업(주)"
    # the case that mentions it (schema:mentions) is a neighbour too
    assert set(by_id) == {HUIMANG, GUKJE, HOPE_CARE, NAMYANGJU, ID + "organization/남양주고용복지플러스센터",
                          ID + "event/a640f2d9f47ccf19", ID + "case/000_2e6d3bf8b3fb2223/41360"}
    assert all(node["title"] is None for node in nodes)  # the component would put a title through innerHTML
    assert at.query_params == {"entity": HUIMANG, "hops": "1"}
    assert "국제통신공업(주)" in [row["이름"] for row in table_rows(at)]

    at = visit(at, "graph", entity=HUIMANG, hops="2", lang="en")
    nodes = graph_nodes(at)
    ids = {node["id"] for node in nodes}
    assert {HUIMANG, GUKJE, HOPE_CARE, NAMYANGJU} <= ids and len(ids) > 5
    assert {node["label"] for node in nodes if node["id"] == GUKJE} == {"Gukje Tongsin"}
    assert not [i for i in ids if any(part in i for part in PLUMBING)]
    # 수원시 has more neighbours than a node shows, two hops from ㈜더페이퍼: the rest are one "+N more" node.
    at = visit(at, "graph", entity=ID + "organization/더페이퍼", hops="2", lang="en")
    nodes = graph_nodes(at)
    ids = {node["id"] for node in nodes}
    more = [node for node in nodes if node["id"] == f"more::{SUWON}"]
    assert len(more) == 1 and more[0]["label"].startswith("+") and more[0]["label"].endswith(" more")
    # … and keeps only its cap of neighbours (EDGES_PER_NODE), however many partners ㈜더페이퍼 itself has.
    edges = graph_data(at)["edges"]
    drawn_around_suwon = {e["to"] if e["from"] == SUWON else e["from"] for e in edges if SUWON in (e["from"], e["to"])}
    assert len(drawn_around_suwon - {f"more::{SUWON}"}) <= 12
    assert not [i for i in ids if any(part in i for part in PLUMBING)]
    assert at.query_params["hops"] == "2"


def test_turtle_download_describes_the_entity(store):
    from graph.namespaces import PREFIXES
    from graph.repository import open_repository
    from graph.saved_queries import QUERIES_DIR, bind, parse_saved_query

    path = QUERIES_DIR / "ui" / "entity-turtle.rq"
    repo = open_repository(store)
    triples = repo.query(bind(repo, parse_saved_query("entity-turtle", path.read_text(encoding="utf-8")),
                              {"entity": HUIMANG}).text)
    turtle = serialize(triples, format=RdfFormat.TURTLE, prefixes=dict(PREFIXES)).decode()
    assert "@prefix sekg: <https://w3id.org/sekg/ontology#> ." in turtle
    back = {(t.subject.value, t.predicate.value, t.object.value)
            for t in parse(turtle.encode(), format=RdfFormat.TURTLE)}
    assert (HUIMANG, "https://w3id.org/sekg/ontology#partner", GUKJE) in back
    assert (GUKJE, "http://www.w3.org/2000/01/rdf-schema#label", "국제통신공업(주)") in back  # the neighbour's name
    assert not [s for s, _, _ in back if "/statement/" in s or "/span/" in s]

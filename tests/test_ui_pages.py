"""The explorer's home, saved-query, SPARQL, download and ontology pages, run with Streamlit's AppTest on the seeds.

Each test opens the app (ui/app.py) on the seed store, goes to a page with the
query parameters a shared link would carry, and checks what the page shows:
figures of the seed documents, entity links, downloads, and the messages for
queries that cannot run. The SPARQL time limit comes from
``SEKG_UI_QUERY_TIMEOUT`` and the dumps folder from ``SEKG_DIST``, because a
monkeypatched module attribute is not what AppTest's script run imports.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from streamlit.testing.v1 import AppTest

from graph.saved_queries import load_library
from ui.format import link_text
from ui.i18n import TEXT

APP = str(Path(__file__).parents[1] / "ui" / "app.py")
PAGES = ["home", "queries", "sparql", "downloads", "ontology"]


@pytest.fixture
def store_env(seed_build, monkeypatch):
    settings, _ = seed_build
    monkeypatch.setenv("SEKG_STORE", str(settings.store_path))
    for name in ("SEKG_ENDPOINT", "SEKG_UI_QUERY_TIMEOUT", "SEKG_DIST"):
        monkeypatch.delenv(name, raising=False)
    return settings


def open_page(page: str, lang: str = "ko", **params: str) -> AppTest:
    """The app at ``/<page>?lang=…&<params>``, as a shared link opens it."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    if page != "home":
        at.switch_page(f"views/{page}.py")
        at.query_params.clear()
        at.query_params.update({"lang": lang, **params})
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def text(key: str, lang: str = "ko") -> str:
    return TEXT[key][lang]


def everything(at: AppTest) -> str:
    """All text of the page's text elements, for "is it said somewhere" checks."""
    parts = []
    for kind in ("markdown", "caption", "error", "warning", "info", "success", "code", "subheader", "title"):
        parts += [str(element.value) for element in getattr(at, kind)]
    return "\n".join(parts)


# -- home ------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_home_counts_what_the_seeds_hold(store_env, lang):
    at = open_page("home", lang)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[text("home.metric.cases", lang)] == "9"
    assert metrics[text("home.metric.pledges", lang)] == "17"
    assert metrics[text("home.metric.documents", lang)] == "2"
    for key in ("municipalities", "enterprises", "organizations", "outcomes", "programs", "budgets"):
        assert int(metrics[text(f"home.metric.{key}", lang)]) > 0
    assert len(at.get("vega_lite_chart")) == 4  # jobs, enterprise types, 전주's budget, targets
    assert not at.error
    captions = everything(at)
    assert text("home.jobs.caption", lang) in captions
    assert "23,140,000,000" not in captions  # the budget caption gives the 합계 of the bars in words
    assert ("231억 4,000만원" if lang == "ko" else "KRW 23.14 billion") in captions  # 2018–2022.6: 42+44.1+…+50.7 억


# -- saved queries -----------------------------------------------------------------------------


def table(at: AppTest, index: int = 0):
    return at.dataframe[index].value


def test_gallery_lists_every_saved_query(store_env):
    at = open_page("queries")
    library = load_library()
    links = at.get("page_link")
    assert len(links) == len(library) == 18
    shown = everything(at)
    for saved in library.values():
        assert saved.title_ko in shown


def test_targets_shows_the_stated_figures_with_downloads(store_env):
    at = open_page("queries", query="targets")
    frame = table(at)
    actual = set(frame["actual"].dropna().astype(int))
    assert {21882, 14739} <= actual
    assert 10000 in set(frame["target"].dropna().astype(int))
    assert str(frame["actual"].dtype) == "Int64"
    labels = [b.label for b in at.download_button]
    assert labels == [text("queries.csv"), text("queries.json")]
    assert len(at.get("vega_lite_chart")) == 1
    assert not at.error


def test_partners_of_an_entity_link_to_the_entity_page(store_env):
    at = open_page("queries", query="partners", **{"p.entity": "㈜희망키움터"})
    frame = table(at)
    assert "국제통신공업(주)" in set(frame["partner_ko"])
    link = next(url for url in frame["partner"] if link_text(url) == "국제통신공업(주)")
    parts = urlsplit(link)
    assert parts.path == "./entity"
    assert parse_qs(parts.query) == {"entity": ["https://w3id.org/sekg/id/organization/국제통신공업"], "lang": ["ko"]}
    # the form shows what the URL gave
    assert at.text_input[0].value == "㈜희망키움터"


def test_municipality_and_concept_parameters_are_chosen_from_lists(store_env):
    at = open_page("queries", "en", query="enterprises", **{"p.municipality": "수원시", "p.type": "social-enterprise"})
    frame = table(at)
    assert len(frame) > 0
    assert set(frame["municipality_ko"]) == {"수원시"}
    assert set(frame["type_ko"]) == {"사회적기업"}
    boxes = {box.label: box for box in at.selectbox}
    assert boxes["municipality"].value == "수원시"
    assert "Suwon-si" in boxes["municipality"].options
    assert boxes["type"].value == "사회적기업"  # the local name maps to the concept's label
    assert "Social enterprise" in boxes["type"].options
    links = [link_text(url) for url in frame["enterprise"]]
    assert all(links) and "Maeumsaem Co., Ltd." in links  # English labels in English


def test_submitting_the_form_puts_the_parameters_in_the_url(store_env):
    at = open_page("queries", query="enterprises")
    everyone = len(table(at))
    at.selectbox(key=next(box.key for box in at.selectbox if box.label == "municipality")).set_value("수원시")
    at.button[0].click().run()  # the form's submit button
    assert not at.exception
    assert at.query_params["p.municipality"] == "수원시"
    assert 0 < len(table(at)) < everyone


def test_an_unknown_query_or_entity_is_told_not_thrown(store_env):
    at = open_page("queries", query="no-such-query")
    assert "no-such-query" in at.error[0].value
    at = open_page("queries", query="partners", **{"p.entity": "없는 기관"})
    assert len(table(at)) == 0
    assert text("queries.empty") in at.info[0].value


# -- SPARQL ------------------------------------------------------------------------------------

SELECT = """PREFIX sekg: <https://w3id.org/sekg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?case ?title WHERE { ?case a sekg:BestPracticeCase ; rdfs:label ?title . FILTER(LANG(?title) = "ko") }"""


def test_sparql_select_gives_a_table(store_env):
    at = open_page("sparql", q=SELECT)
    frame = table(at)
    assert len(frame) == 9
    assert list(frame.columns) == ["case", "title"]
    assert [b.label for b in at.download_button] == [text("sparql.csv"), text("sparql.json")]


def test_sparql_editor_runs_ask_and_construct(store_env):
    at = open_page("sparql", "en")
    assert "PREFIX sekg: <https://w3id.org/sekg/ontology#>" in at.text_area[0].value
    at.text_area[0].set_value("PREFIX sekg: <https://w3id.org/sekg/ontology#>\nASK { ?x a sekg:Partnership }")
    at.button[0].click().run()
    assert not at.exception
    assert at.success[0].value.startswith("**true**")
    assert "ASK" in at.query_params["q"]  # the text went to the URL
    at.text_area[0].set_value("PREFIX sekg: <https://w3id.org/sekg/ontology#>\n"
                              "CONSTRUCT { ?d a sekg:SourceDocument } WHERE { ?d a sekg:SourceDocument }")
    at.button[0].click().run()
    assert "a sekg:SourceDocument" in at.code[-1].value
    assert [b.label for b in at.download_button] == [text("sparql.turtle", "en")]


def test_sparql_syntax_error_shows_where(store_env):
    at = open_page("sparql", q="SELECT * WHERE { ?s ?p }")
    assert "error at 1:" in at.error[0].value
    assert "^" in at.code[-1].value


def test_sparql_update_is_refused(store_env):
    at = open_page("sparql", q="PREFIX x: <http://x/>\nINSERT DATA { x:a x:b x:c }")
    assert "updates are refused" in at.error[0].value
    assert not at.dataframe


def test_runaway_sparql_is_stopped_at_the_time_limit(store_env, monkeypatch):
    monkeypatch.setenv("SEKG_UI_QUERY_TIMEOUT", "1")
    at = open_page("sparql", q="SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    assert "stopped after 1 s" in at.error[0].value
    assert text("sparql.error.timeout") in at.error[0].value
    assert not at.dataframe


# -- downloads ---------------------------------------------------------------------------------


def test_downloads_offer_the_dumps(store_env, seed_store, tmp_path, monkeypatch):
    from graph.dump import dump_all

    dump_all(seed_store, tmp_path, endpoint_url=None, base_iri=store_env.base_iri)
    monkeypatch.setenv("SEKG_DIST", str(tmp_path))
    at = open_page("downloads")
    labels = [b.label for b in at.download_button]
    assert labels == [text("downloads.button").format(name=n) for n in ("sekg.ttl", "sekg.trig", "sekg.jsonld",
                                                                         "void.ttl")]
    assert not at.warning
    assert "http://127.0.0.1:7878/query" in everything(at)


def test_downloads_say_how_to_make_missing_dumps(store_env, tmp_path, monkeypatch):
    monkeypatch.setenv("SEKG_DIST", str(tmp_path))
    at = open_page("downloads", "en")
    assert not at.download_button
    assert len(at.warning) == 4
    assert "sekg dump --all dist" in everything(at)


# -- ontology ----------------------------------------------------------------------------------


def test_ontology_lists_classes_and_properties_with_counts(store_env):
    at = open_page("ontology", "en")
    classes, properties = table(at, 0), table(at, 1)
    partnership = classes[classes["name"] == "sekg:Partnership"].iloc[0]
    assert partnership["label"] == "Partnership" and partnership["instances"] > 0
    observation = classes[classes["name"] == "sekg:Observation"].iloc[0]
    assert observation["instances"] == 0 and observation["with_subclasses"] > 0  # only its subclasses are used
    municipality = properties[properties["name"] == "sekg:municipality"].iloc[0]
    assert municipality["uses"] > 0 and municipality["range"] == "sekg:Municipality"
    ko = open_page("ontology")
    assert "협력관계" in set(table(ko, 0)["label"])


# -- every page, both languages ----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders(store_env, page, lang):
    at = open_page(page, lang)
    assert at.title and at.title[0].value
    assert not at.error
    if page != "home":
        assert at.title[0].value == text(f"nav.{page}", lang)


def test_format_examples():
    import doctest

    import ui.format

    assert doctest.testmod(ui.format).failed == 0


def test_links_are_urls_with_the_label_as_fragment():
    from ui.format import entity_url

    url = entity_url("https://w3id.org/sekg/id/organization/희망키움터", "en", "A & B #1")
    assert link_text(url) == "A & B #1"
    assert unquote(parse_qs(urlsplit(url).query)["entity"][0]) == "https://w3id.org/sekg/id/organization/희망키움터"

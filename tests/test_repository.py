"""The reading interface: union default graph, read-only guard, timeouts, safe bindings, `sekg validate`."""

from __future__ import annotations

import time

import pytest
from pyoxigraph import Literal, NamedNode

from graph.cli import main
from graph.repository import (
    EmbeddedRepository,
    QueryRefused,
    QuerySyntaxError,
    QueryTimeout,
    Rows,
    check_read_only,
    open_repository,
)
from graph.settings import Settings
from graph.store import StoreError, StoreLocation

LABEL_OF = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?m WHERE { ?m rdfs:label ?name }"""


@pytest.fixture(scope="module")
def repo(seed_build):
    settings, _ = seed_build
    repository = open_repository(settings)
    yield repository
    repository.close()


def test_the_default_graph_is_the_union_of_the_named_graphs(repo, seed_store):
    (row,) = repo.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    distinct = seed_store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")
    assert int(row[0].value) == int(next(iter(distinct))["n"].value)
    graphs = repo.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert sorted(g[0].value.rsplit("/", 1)[-1] for g in graphs) == [
        "000_2e6d3bf8b3fb2223", "002_15731aaa5618b0b9", "build", "curated", "derived", "entities", "ontology"]


def test_a_label_binds_as_a_typed_term_and_cannot_change_the_query(repo):
    rows = repo.query(LABEL_OF, substitutions={"name": Literal("남양주시", language="ko")})
    assert [r[0].value for r in rows] == ["https://w3id.org/sekg/id/municipality/41360"]
    hostile = Literal('남양주시"@ko } ?m ?p ?o . { "', language="ko")
    assert len(repo.query(LABEL_OF, substitutions={"name": hostile})) == 0


@pytest.mark.parametrize("update", [
    "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
    "PREFIX x: <http://x/>\n# a comment with SELECT\nDELETE WHERE { ?s ?p ?o }",
    "drop all",
    "LOAD <http://example.org/data.ttl>",
])
def test_updates_are_refused(repo, update):
    with pytest.raises(QueryRefused, match="updates are refused"):
        repo.query(update)


def test_service_is_refused_but_the_word_in_a_string_is_not(repo):
    with pytest.raises(QueryRefused, match="SERVICE is refused"):
        repo.query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    check_read_only('SELECT * WHERE { ?s ?p "SERVICE" }')


def test_a_syntax_error_gives_its_position(repo):
    with pytest.raises(QuerySyntaxError, match=r"error at 1:\d+"):
        repo.query("SELECT ?s WHERE { ?s ?p }")


def test_a_runaway_query_is_stopped_and_the_next_one_runs(repo):
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="stopped after 1 s; no results are shown"):
        repo.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=1)
    assert time.monotonic() - started < 10
    assert repo.query("ASK { ?s a <https://w3id.org/sekg/ontology#Municipality> }", timeout=5) is True


def test_results_are_the_same_with_and_without_the_worker(repo):
    query = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n) ?p LIMIT 5"
    direct, worker = repo.query(query), repo.query(query, timeout=10)
    assert isinstance(worker, Rows) and worker == direct
    triples = repo.query("CONSTRUCT { ?m ?p ?o } WHERE { ?m ?p ?o } LIMIT 3", timeout=10)
    assert len(triples) == 3


def test_a_missing_store_says_how_to_build_it(tmp_path):
    repository = EmbeddedRepository(StoreLocation(tmp_path / "none"))
    with pytest.raises(StoreError, match="build it with `sekg build`"):
        repository.query("ASK {}")


def test_validate_reports_the_shape_and_the_node(tmp_path, capsys):
    bad = tmp_path / "bad.ttl"
    bad.write_text("""@prefix sekg: <https://w3id.org/sekg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/sekg/id/partnership/p1> a sekg:Partnership ;
    <http://www.w3.org/ns/prov#agent> <https://w3id.org/sekg/id/organization/x> .
<https://w3id.org/sekg/id/organization/x> a sekg:Organization ; rdfs:label "엑스협동조합"@ko .
""", encoding="utf-8")
    assert main(["validate", "--file", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "Partnership shape (property) — 2 violation(s)" in out
    assert ("  <https://w3id.org/sekg/id/partnership/p1> prov:hadRole: "
            "A partnership needs at least one role concept (prov:hadRole)") in out
    assert "<https://w3id.org/sekg/id/organization/x> “엑스협동조합” rdf:type = sekg:Organization" in out
    assert out.rstrip().endswith("does not conform: 5 violation(s), 1 warning(s)")

    # Brief: the violations as before, the warning as its shape's count only.
    assert main(["validate", "--file", str(bad), "--brief"]) == 1
    brief = capsys.readouterr().out.splitlines()
    warned = [line for line in out.splitlines() if "warning(s)" in line and "—" in line]
    assert len(warned) == 1 and warned[0] in brief
    assert brief[brief.index(warned[0]) + 1:] == [brief[-1]]  # nothing listed under the warning's shape
    assert [line for line in out.splitlines() if "violation" in line.split("—")[-1]] == \
        [line for line in brief if "violation" in line.split("—")[-1]]


def test_validate_on_a_missing_store(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SEKG_STORE", str(tmp_path / "none"))
    assert main(["validate"]) == 2
    assert "build it with `sekg build`" in capsys.readouterr().err


def test_open_repository_prefers_an_endpoint():
    settings = Settings.from_env({"SEKG_STORE": "/tmp/x", "SEKG_ENDPOINT": "http://127.0.0.1:1/query"})
    assert open_repository(settings).description == "endpoint http://127.0.0.1:1/query"
    assert open_repository(settings, endpoint="http://127.0.0.1:2/query").description == \
        "endpoint http://127.0.0.1:2/query"
    assert isinstance(open_repository(Settings.from_env({"SEKG_STORE": "/tmp/x"})), EmbeddedRepository)
    assert NamedNode("http://x").value == "http://x"


REPRESENTATIVE = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    """PREFIX sekg: <https://w3id.org/sekg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
       SELECT ?m ?label WHERE { ?m a sekg:Municipality ; rdfs:label ?label } ORDER BY ?m ?label""",
    """PREFIX sekg: <https://w3id.org/sekg/ontology#>
       SELECT ?indicator (SUM(?v) AS ?total) (COUNT(*) AS ?n) WHERE {
         ?o a sekg:OutcomeObservation ; sekg:indicator ?indicator ; sekg:value ?v }
       GROUP BY ?indicator ORDER BY ?indicator""",
    "ASK { ?s a <https://w3id.org/sekg/ontology#Partnership> }",
]


@pytest.fixture(scope="module")
def endpoint(seed_build):
    from graph.server import OxigraphServer, free_port

    settings, _ = seed_build
    with OxigraphServer(StoreLocation(settings.store_path).current(), port=free_port(), timeout_s=1) as server:
        yield server


@pytest.mark.parametrize("query", REPRESENTATIVE)
def test_the_endpoint_answers_like_the_embedded_store(repo, endpoint, query):
    from graph.repository import RemoteRepository

    remote = RemoteRepository(endpoint.query_url)
    assert remote.query(query) == repo.query(query)
    name = Literal("남양주시", language="ko")
    assert remote.query(LABEL_OF, substitutions={"name": name}) == repo.query(LABEL_OF, substitutions={"name": name})


def test_the_endpoint_timeout_is_reported_not_passed_off_as_results(endpoint):
    from graph.repository import RemoteRepository

    remote = RemoteRepository(endpoint.query_url)
    with pytest.raises(QueryTimeout, match="stopped the query at its time limit; no results are shown"):
        remote.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }", timeout=60)
    with pytest.raises(QueryRefused):
        remote.query("CLEAR ALL")


def test_a_corrupt_store_says_how_to_rebuild_it(tmp_path, monkeypatch, capsys):
    generation = tmp_path / "store.d" / "g1"
    generation.mkdir(parents=True)
    (generation / "CURRENT").write_text("garbage\n")
    (tmp_path / "store").symlink_to("store.d/g1")
    monkeypatch.setenv("SEKG_STORE", str(tmp_path / "store"))
    assert main(["dump", "--format", "nquads"]) == 2
    assert capsys.readouterr().err.strip() == (
        f"sekg: error: cannot open the store at {tmp_path / 'store'}: Corruption: CURRENT file corrupted; "
        "rebuild it with `sekg build`")


def test_concurrent_queries_get_their_own_answers_and_a_runaway_holds_only_one_worker(seed_build):
    # The explorer asks from one thread per session, through one repository.
    import threading

    settings, _ = seed_build
    shared = EmbeddedRepository(StoreLocation(settings.store_path), cache=False)
    wrong: list[tuple[int, str]] = []
    stopped: list[str] = []

    def ask(number: int) -> None:
        for _ in range(20):
            rows = shared.query(f"SELECT ?x WHERE {{ BIND({number} AS ?x) }}", timeout=20)
            if rows.rows[0][0].value != str(number):
                wrong.append((number, rows.rows[0][0].value))

    def runaway() -> None:
        try:
            shared.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=3)
        except QueryTimeout as exc:
            stopped.append(str(exc))

    threads = [threading.Thread(target=runaway)] + [threading.Thread(target=ask, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads[1:]:
        thread.join()
    runaway_still_running = threads[0].is_alive()
    threads[0].join()
    shared.close()
    assert wrong == []
    assert stopped == ["the query was stopped after 3 s; no results are shown. Narrow it (LIMIT, a more specific "
                       "pattern) or raise the limit"]
    assert runaway_still_running  # the others did not wait for the runaway's limit

"""Query safety: the editor, `sekg query --file` and the endpoint read this graph only, within limits.

Each door is tried with the same hostile questions — updates, SERVICE calls to
another endpoint (a local HTTP server that counts its visitors), a query that
runs past the limit, an answer past the size cap — and saved-query parameters
get a corpus of injection strings.
"""

from __future__ import annotations

import http.server
import re
import threading
import time
from pathlib import Path

import httpx
import psutil
import pytest

from graph.cli import main
from graph.guard import GuardedEndpoint
from graph.repository import _OPAQUE, EmbeddedRepository, QueryTimeout, QueryTooLarge, RemoteRepository, _blank
from graph.saved_queries import SavedQueryError, bind, load_library, run_saved
from graph.server import OxigraphServer, free_port
from graph.store import StoreLocation
from tests.test_ui_pages import open_page, store_env  # noqa: F401 - store_env is a fixture
from ui.i18n import TEXT

# Computes before it sends a byte: Oxigraph's own time limit does not stop it (graph/guard.py).
COMPUTING = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
STREAMING = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"
EVERYTHING = "SELECT * WHERE { ?s ?p ?o }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
UPDATES = [
    "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }",
    "PREFIX x: <urn:x:>\nDELETE WHERE { ?s ?p ?o }",
    "# a comment first\nDROP ALL",
    "LOAD <http://127.0.0.1:1/data.ttl>",
    "CLEAR DEFAULT",
    "WITH <urn:x:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
]


@pytest.fixture(scope="module")
def elsewhere():
    """Another endpoint on this machine, counting the requests that reach it."""
    visits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the base class's name
            visits.append(self.path)
            body = b'{"head":{"vars":["x"]},"results":{"bindings":[]}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", visits
    server.shutdown()


def _services(url: str) -> list[str]:
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
        f"PREFIX e: <{url.rsplit('/', 1)[0]}/>\nSELECT * WHERE {{ ?a ?b ?c . service e:sparql {{ ?s ?p ?o }} }} LIMIT 1",
        f"SELECT * WHERE {{ BIND(<{url}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",  # an escape an engine might decode
    ]


@pytest.fixture(scope="module")
def generation(seed_build) -> Path:
    settings, _ = seed_build
    return StoreLocation(settings.store_path).current()


@pytest.fixture(scope="module")
def guarded(generation):
    with GuardedEndpoint(generation, port=free_port(), timeout_s=1, max_result_bytes=256 * 1024) as endpoint:
        yield endpoint


@pytest.fixture(scope="module")
def client():
    with httpx.Client(trust_env=False, timeout=60) as http_client:
        yield http_client


def _count(client, url: str) -> int:
    response = client.get(url, params={"query": COUNT}, headers={"Accept": "text/csv"})
    assert response.status_code == 200, response.text
    return int(response.text.split()[1])


# -- the endpoint ----------------------------------------------------------------


def test_oxigraph_alone_calls_other_endpoints(generation, elsewhere, client):
    """Why the guard exists: the bare server performs SERVICE calls (checked here on every run)."""
    url, visits = elsewhere
    before = len(visits)
    with OxigraphServer(generation, port=free_port(), timeout_s=5) as bare:
        response = client.get(bare.query_url, params={"query": _services(url)[0]},
                              headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200
    assert len(visits) == before + 1


def test_endpoint_refuses_service_calls_and_nothing_leaves(guarded, elsewhere, client):
    url, visits = elsewhere
    before = len(visits)
    for query in _services(url):
        for response in (
            client.get(guarded.query_url, params={"query": query}),
            client.post(guarded.query_url, data={"query": query}),
            client.post(guarded.url + "/sparql", content=query.encode(),
                        headers={"Content-Type": "application/sparql-query"}),
        ):
            assert response.status_code == 403, query
            assert response.headers["x-sekg-refused"] == "refused"
            assert response.text == "SERVICE is refused: queries here read this graph only, not other endpoints"
    assert len(visits) == before


def test_endpoint_refuses_updates_on_every_path(guarded, client):
    quads = _count(client, guarded.query_url)
    for update in UPDATES:
        for response in (
            client.get(guarded.query_url, params={"query": update}),
            client.post(guarded.url + "/sparql", data={"update": update}),
            client.post(guarded.url + "/update", content=update.encode(),
                        headers={"Content-Type": "application/sparql-update"}),
        ):
            assert response.status_code == 403, (update, response.text)
            assert response.text in ("updates are refused: this graph is read-only here (change it with `sekg build` "
                                     "or `sekg ingest`)", "updates are refused: this endpoint is read-only",
                                     "The server is read-only")
    for method in ("PUT", "POST", "DELETE"):
        response = client.request(method, guarded.url + "/store", params={"graph": "urn:x:g"},
                                  content=b"<urn:x:s> <urn:x:p> <urn:x:o> .\n",
                                  headers={"Content-Type": "application/n-triples"})
        assert (response.status_code, response.text) == (403, "The server is read-only")
    assert _count(client, guarded.query_url) == quads


def test_endpoint_caps_the_answer_and_says_so(guarded, client):
    response = client.get(guarded.query_url, params={"query": EVERYTHING}, headers={"Accept": "text/csv"})
    assert response.status_code == 422
    assert response.headers["x-sekg-refused"] == "too-large"
    assert response.text.startswith("the answer is larger than 0.25 MB, this endpoint's limit; none of it is sent.")
    small = client.get(guarded.query_url, params={"query": EVERYTHING + " LIMIT 10"}, headers={"Accept": "text/csv"})
    assert small.status_code == 200 and len(small.text.strip().splitlines()) == 11
    # A query text of more than a megabyte is refused before it is read as a query.
    huge = client.post(guarded.query_url, content=b"#" * (2 << 20), headers={"Content-Type": "application/sparql-query"})
    assert huge.status_code == 413
    with pytest.raises(QueryTooLarge, match="refused the answer: the answer is larger than 0.25 MB"):
        RemoteRepository(guarded.query_url, client=client).query(EVERYTHING)


def test_endpoint_time_limit_holds_even_for_a_query_that_computes(guarded, client, figures):
    old = guarded.upstream.server.process.pid
    started = time.monotonic()
    response = client.get(guarded.query_url, params={"query": COMPUTING}, headers={"Accept": "text/csv"})
    took = time.monotonic() - started
    assert response.status_code == 503
    assert response.headers["x-sekg-refused"] == "timeout"
    assert response.text.startswith("the query ran past the time limit (1 s timeout) and was stopped; no results")
    # The server that kept computing is gone, a fresh one answers.
    assert not psutil.pid_exists(old) or psutil.Process(old).status() == psutil.STATUS_ZOMBIE
    assert guarded.upstream.server.process.pid != old
    assert _count(client, guarded.query_url) > 0
    streamed = client.get(guarded.query_url, params={"query": STREAMING}, headers={"Accept": "text/csv"})
    assert streamed.status_code in (503, 422)  # stopped at the limit, or past the cap first: never a cut answer
    with pytest.raises(QueryTimeout):
        RemoteRepository(guarded.query_url, client=client).query(COMPUTING)
    figures.record("endpoint time limit", limit_s=1, answered_503_after_s=round(took, 2),
                   server_replacements=guarded.upstream.replacements)


def test_queries_in_flight_when_the_server_is_replaced_are_asked_again(guarded, client):
    answers: list[int] = []

    def others():
        with httpx.Client(trust_env=False, timeout=60) as own:
            deadline = time.monotonic() + 2.5
            while time.monotonic() < deadline:
                answers.append(own.get(guarded.query_url, params={"query": COUNT},
                                       headers={"Accept": "text/csv"}).status_code)

    threads = [threading.Thread(target=others) for _ in range(3)]
    for thread in threads:
        thread.start()
    stuck = client.get(guarded.query_url, params={"query": COMPUTING})
    for thread in threads:
        thread.join()
    assert stuck.status_code == 503
    assert len(answers) > 10 and set(answers) == {200}


# -- sekg query --file and saved queries ----------------------------------------------


@pytest.fixture
def store_for_cli(seed_build, monkeypatch):
    settings, _ = seed_build
    monkeypatch.setenv("SEKG_STORE", str(settings.store_path))
    monkeypatch.delenv("SEKG_ENDPOINT", raising=False)
    return settings


def _query_file(tmp_path, text: str, *args: str, capsys) -> tuple[int, str, str]:
    path = tmp_path / "q.rq"
    path.write_text(text, encoding="utf-8")
    status = main(["query", "--file", str(path), *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_query_file_refuses_updates_and_service(store_for_cli, elsewhere, tmp_path, capsys):
    url, visits = elsewhere
    before = len(visits)
    for update in UPDATES:
        assert _query_file(tmp_path, update, capsys=capsys) == (
            1, "", "sekg: error: updates are refused: this graph is read-only here (change it with `sekg build` "
                   "or `sekg ingest`)\n")
    for service in _services(url):
        assert _query_file(tmp_path, service, capsys=capsys) == (
            1, "", "sekg: error: SERVICE is refused: queries here read this graph only, not other endpoints\n")
    assert len(visits) == before


def test_query_file_time_limit_and_row_cap(store_for_cli, tmp_path, capsys):
    status, out, err = _query_file(tmp_path, COMPUTING, "--timeout", "1", capsys=capsys)
    assert (status, out) == (1, "")
    assert err.startswith("sekg: error: the query was stopped after 1 s; no results are shown.")
    status, out, err = _query_file(tmp_path, EVERYTHING, "--max-rows", "1000", capsys=capsys)
    assert (status, out) == (1, "")
    assert err == ("sekg: error: the answer has more than 1,000 rows, the limit here; none are shown. Add LIMIT or a "
                   "more specific pattern (the whole graph is in the dumps: `sekg dump`)\n")
    status, out, err = _query_file(tmp_path, "CONSTRUCT WHERE { ?s ?p ?o }", "--max-rows", "5", capsys=capsys)
    assert (status, out) == (1, "") and "more than 5 triples" in err
    status, out, _ = _query_file(tmp_path, EVERYTHING + " LIMIT 1000", "--max-rows", "1000", "--format", "csv",
                                 capsys=capsys)
    assert status == 0 and len(out.strip().splitlines()) == 1001


# Strings that would change a query if they were pasted into its text.
INJECTIONS = [
    '" } UNION { ?s ?p ?o } #',
    "' } UNION { ?s ?p ?o } #",
    '"""} ; DROP ALL ; #',
    "> } UNION { ?s ?p ?o } <",
    "<urn:x> } UNION { ?s ?p ?o } #",
    "희망\" . ?x ?y ?z . FILTER(true) #",
    "\\\" } UNION { ?s ?p ?o } #",
    ") } UNION { ?s ?p ?o } (",
    "}} SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } {{",
    "\n} INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> } #",
    "\u0000\u202e\ufeff",
    "?entity",
    "$entity",
    "\"@en",
    "\"^^<http://www.w3.org/2001/XMLSchema#integer>",
    "x" * 5000,
    'https://x/"><script>',  # looks like an IRI, is none: refused with a message
    "https://w3id.org/sekg/id/x> } UNION { ?s ?p ?o } <",
]


def _without_values(text: str) -> str:
    """The query with its VALUES blocks taken out: the only part a parameter may change.

    Strings, IRIs and comments are blanked first (the guard's own masking), so
    braces inside a bound string do not end a block.
    """
    masked = _OPAQUE.sub(_blank, text)
    kept, position = [], 0
    for match in re.finditer(r"VALUES\s*(?:\([^)]*\)|\?\w+)\s*\{", masked):
        depth, end = 1, match.end()
        while depth:
            depth += {"{": 1, "}": -1}.get(masked[end], 0)
            end += 1
        kept.append(text[position:match.start()])
        position = end
    return "".join(kept) + text[position:]


def test_saved_query_parameters_cannot_inject_sparql(seed_build, figures):
    settings, _ = seed_build
    repo = EmbeddedRepository(StoreLocation(settings.store_path))
    quads = len(repo.store)
    tried = refused = 0
    for name, saved in load_library().items():
        for parameter in saved.parameters:
            neutral = run_saved(repo, saved, {parameter.name: "아무것도-없는-이름"})
            for value in INJECTIONS:
                tried += 1
                try:
                    bound = bind(repo, saved, {parameter.name: value})
                    rows = run_saved(repo, saved, {parameter.name: value})
                except SavedQueryError as exc:  # a value the parameter's type does not take, told as such
                    refused += 1
                    assert parameter.name in str(exc), (name, value, str(exc))
                    continue
                assert _without_values(bound.text) == _without_values(saved.text), (name, parameter.name, value)
                # Treated as a name nobody has: the same answer as a harmless name that matches nothing.
                assert rows == neutral, (name, parameter.name, value)
    repo.close()
    assert len(EmbeddedRepository(StoreLocation(settings.store_path)).store) == quads
    figures.record("injection", strings=len(INJECTIONS), bindings_tried=tried, refused_by_type=refused)
    assert tried > 200
    assert refused == len([p for q in load_library().values() for p in q.parameters if p.type != "string"])


# -- the editor ------------------------------------------------------------------------


def test_editor_refuses_service_and_caps_rows(store_env, elsewhere, monkeypatch):  # noqa: F811 - the fixture
    url, visits = elsewhere
    before = len(visits)
    at = open_page("sparql", q=_services(url)[0])
    assert at.error[0].value == (f"**{TEXT['sparql.error.refused']['ko']}** — SERVICE is refused: queries here read "
                                 "this graph only, not other endpoints")
    assert not at.dataframe
    assert len(visits) == before
    monkeypatch.setenv("SEKG_UI_MAX_ROWS", "100")
    at = open_page("sparql", "en", q=EVERYTHING)
    assert at.error[0].value.startswith(f"**{TEXT['sparql.error.too-large']['en']}** — the answer has more than 100 "
                                        "rows, the limit here; none are shown.")
    assert not at.dataframe
    assert any(caption.value.startswith("Time limit 20 s, at most 100 rows.") for caption in at.caption)

"""``sekg serve`` and ``sekg push`` against real Oxigraph server processes.

Mocks would only check that we send what we think Oxigraph wants; these tests
start the actual binary on 127.0.0.1 (free ports, bounded waits) so that the
protocol details we rely on — the union default graph, the read-only refusal,
how a timed-out query looks, Graph Store Protocol PUT — are Oxigraph's own.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time

import httpx
import pytest
from pyoxigraph import BlankNode, NamedNode, RdfFormat, parse

from graph.cli import main
from graph.server import OxigraphServer, PushError, ServerError, free_port, push
from graph.store import StoreLocation

SPARQL_JSON = {"Accept": "application/sparql-results+json"}
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
MUNICIPALITY_LABELS = """\
PREFIX sekg: <https://w3id.org/sekg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?m ?label WHERE { ?m a sekg:Municipality ; rdfs:label ?label }"""
# 27k triples squared: about 7.4e8 rows, which the embedded store needs over a
# minute to count, against a 1 s server timeout.
CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"
GRAPHS_COUNT = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


@pytest.fixture(scope="module")
def http():
    # trust_env=False: a proxy from the environment must not see 127.0.0.1.
    with httpx.Client(trust_env=False, timeout=30.0) as client:
        yield client


@pytest.fixture(scope="module")
def served(seed_build):
    """`sekg serve`'s server on the seed store, with a 1 s query timeout."""
    settings, _ = seed_build
    directory = StoreLocation(settings.store_path).current()
    with OxigraphServer(directory, port=free_port(), timeout_s=1) as server:
        yield server


@pytest.fixture
def remote(tmp_path):
    """A writable Oxigraph standing in for a shared triple store."""
    server = OxigraphServer(tmp_path / "remote", port=free_port(), read_only=False, union_default_graph=False)
    with server:
        yield server


def _select(http, url, query):
    response = http.get(url, params={"query": query}, headers=SPARQL_JSON)
    assert response.status_code == 200, response.text
    return response.json()["results"]["bindings"]


def _graph_counts(store):
    return {graph.value: sum(1 for _ in store.quads_for_pattern(None, None, None, graph))
            for graph in store.named_graphs()}


# -- serve -------------------------------------------------------------------


def test_command_line_is_read_only_with_union_default_graph(served):
    argv = served.command()
    assert argv[1:] == [
        "serve-read-only", "--location", str(served.location), "--bind", f"127.0.0.1:{served.port}",
        "--union-default-graph", "--timeout-s", "1",
    ]
    # The generation directory, not the SEKG_STORE link, is what is served.
    assert not served.location.is_symlink()


def test_server_answers_like_the_embedded_store_with_union_default_graph(served, seed_store, http):
    [row] = _select(http, served.query_url, COUNT_ALL)
    over_http = int(row["n"]["value"])
    [[embedded]] = list(seed_store.query(COUNT_ALL, use_default_graph_as_union=True))
    [[default_only]] = list(seed_store.query(COUNT_ALL))
    assert over_http == int(embedded.value)
    # Every triple is in a named graph: without the union the count is 0, so
    # the equality above is the server's --union-default-graph at work.
    assert int(default_only.value) == 0
    assert over_http == len(seed_store)

    labels_http = sorted((b["m"]["value"], b["label"]["value"], b["label"].get("xml:lang"))
                         for b in _select(http, served.query_url, MUNICIPALITY_LABELS))
    labels_embedded = sorted((s["m"].value, s["label"].value, s["label"].language)
                             for s in seed_store.query(MUNICIPALITY_LABELS, use_default_graph_as_union=True))
    assert labels_http == labels_embedded
    assert ("https://w3id.org/sekg/id/municipality/41360", "남양주시", "ko") in labels_http
    assert ("https://w3id.org/sekg/id/municipality/41360", "Namyangju-si", "en") in labels_http


def test_server_refuses_updates(served, http):
    insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }"
    response = http.post(served.update_url, content=insert,
                         headers={"Content-Type": "application/sparql-update"})
    assert (response.status_code, response.text) == (403, "The server is read-only")
    response = http.put(served.store_url, params={"graph": "urn:x:g"}, content="<urn:x:s> <urn:x:p> <urn:x:o> .\n",
                        headers={"Content-Type": "application/n-triples"})
    assert (response.status_code, response.text) == (403, "The server is read-only")
    answer = http.get(served.query_url, params={"query": "ASK { <urn:x:s> ?p ?o }"}, headers=SPARQL_JSON)
    assert answer.json() == {"head": {}, "boolean": False}


def test_long_query_is_cancelled_by_the_timeout(served, http):
    started = time.monotonic()
    response = http.get(served.query_url, params={"query": CROSS_PRODUCT}, headers=SPARQL_JSON)
    elapsed = time.monotonic() - started
    # Oxigraph streams results: the 200 and the JSON head are sent before the
    # query runs, so the cancellation shows as a message in place of the
    # bindings, and the body is not valid JSON. Clients must parse to notice.
    assert response.status_code == 200
    assert response.text == '{"head":{"vars":["n"]},"results":{"bindings":[The SPARQL operation has been cancelled'
    with pytest.raises(json.JSONDecodeError):
        response.json()
    assert 0.9 < elapsed < 10
    # The server lives on and logs the cancellation (a reader thread collects its output: give it a moment on a
    # busy machine).
    assert http.get(served.query_url, params={"query": "ASK {}"}, headers=SPARQL_JSON).json()["boolean"] is True
    deadline = time.monotonic() + 10
    while "The SPARQL operation has been cancelled" not in served.output() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert "The SPARQL operation has been cancelled" in served.output()


def test_start_fails_clearly_when_the_port_is_taken(served, seed_build):
    settings, _ = seed_build
    directory = StoreLocation(settings.store_path).current()
    with pytest.raises(ServerError, match=rf"cannot listen on 127\.0\.0\.1:{served.port}: .*--port"):
        OxigraphServer(directory, port=served.port).start()


def test_start_fails_with_the_servers_message(tmp_path):
    # Writable mode on a path whose parent is missing: Oxigraph itself refuses.
    server = OxigraphServer(tmp_path / "missing" / "store", port=free_port(), read_only=False)
    with pytest.raises(ServerError) as caught:
        server.start()
    message = str(caught.value)
    assert "exited with status 1 before answering" in message
    assert "No such file or directory" in message
    assert "Stack backtrace" not in message
    assert server.process.poll() == 1


def _lines(stream, sink: queue.Queue) -> None:
    for line in stream:
        sink.put(line.rstrip("\n"))
    sink.put(None)


def test_sekg_serve_runs_in_the_foreground_until_sigterm(seed_build, http):
    settings, _ = seed_build
    port = free_port()
    env = dict(os.environ, SEKG_STORE=str(settings.store_path))
    process = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--port", str(port), "--timeout", "5"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=_lines, args=(process.stdout, lines), daemon=True).start()
    out: list[str] = []
    try:
        deadline = time.monotonic() + 30
        while not any(line.startswith("queries running longer") for line in out):
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            assert line is not None, f"sekg serve ended early: {process.stderr.read()}"
            out.append(line)
        [row] = _select(http, f"http://127.0.0.1:{port}/query", COUNT_ALL)
        assert int(row["n"]["value"]) > 0
        # The guard in front of the server (graph/guard.py) answers for it.
        refused = http.get(f"http://127.0.0.1:{port}/query",
                           params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"})
        assert (refused.status_code, refused.headers["x-sekg-refused"]) == (403, "refused")
        process.send_signal(signal.SIGTERM)
        status = process.wait(timeout=15)
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=15)
    assert status == 0
    assert f"SPARQL endpoint: http://127.0.0.1:{port}/query" in out
    assert f"query page (YASGUI): http://127.0.0.1:{port}/" in out
    assert any("union of all named graphs" in line for line in out)
    assert "read-only: updates and SERVICE calls to other endpoints are refused (403)" in out
    assert ("queries running longer than 5 s are stopped (503); answers larger than 32 MB are refused (422): "
            "the dumps hold the whole graph") in out
    assert "stopped" in process.stderr.read()
    # The Oxigraph child went with it.
    with pytest.raises(httpx.TransportError):
        http.get(f"http://127.0.0.1:{port}/query", params={"query": "ASK {}"})


# -- push --------------------------------------------------------------------


def test_push_round_trips_every_named_graph(seed_store, remote, http):
    expected = _graph_counts(seed_store)
    assert len(expected) == 7  # ontology, two documents, entities, curated, derived, build
    # A stale triple in a graph we push must disappear: PUT replaces.
    some_graph = sorted(expected)[0]
    stale = http.put(remote.store_url, params={"graph": some_graph}, content="<urn:x:s> <urn:x:p> <urn:x:o> .\n",
                     headers={"Content-Type": "application/n-triples"})
    assert stale.status_code == 201

    pushed = push(seed_store, remote.store_url, client=http)

    assert pushed == sorted(expected.items())
    remote_counts = {b["g"]["value"]: int(b["n"]["value"]) for b in _select(http, remote.query_url, GRAPHS_COUNT)}
    assert remote_counts == expected
    for iri in expected:
        download = http.get(remote.store_url, params={"graph": iri}, headers={"Accept": "application/n-triples"})
        assert download.status_code == 200
        remote_triples = [q.triple for q in parse(download.content, format=RdfFormat.N_TRIPLES)]
        local_triples = [q.triple for q in seed_store.quads_for_pattern(None, None, None, NamedNode(iri))]
        assert len(remote_triples) == len(local_triples) == expected[iri]

        # Blank nodes get new identifiers on the way; everything else is identical.
        def ground(triples):
            return {t for t in triples if not isinstance(t.subject, BlankNode) and not isinstance(t.object, BlankNode)}

        assert ground(remote_triples) == ground(local_triples)


def test_push_selected_graph_and_errors(seed_store, remote, http):
    iri = sorted(_graph_counts(seed_store))[0]
    assert push(seed_store, remote.store_url, graphs=[iri], client=http) == [(iri, _graph_counts(seed_store)[iri])]

    with pytest.raises(PushError, match=r"not a named graph in the store: urn:x:typo"):
        push(seed_store, remote.store_url, graphs=["urn:x:typo"], client=http)

    with pytest.raises(PushError) as caught:
        push(seed_store, f"{remote.url}/nope", graphs=[iri], client=http)
    assert str(caught.value) == (
        f"pushing graph <{iri}> to {remote.url}/nope failed: HTTP 404 Not Found: "
        "PUT /nope is not supported by this server; is this the Graph Store Protocol URL? "
        "Oxigraph: /store, Fuseki: /DATASET/data, GraphDB: /repositories/REPO/rdf-graphs/service"
    )

    port = free_port()  # nobody listens there
    with pytest.raises(PushError, match=rf"cannot push graph <{iri}> to http://127.0.0.1:{port}/store: "):
        push(seed_store, f"http://127.0.0.1:{port}/store", graphs=[iri], client=http)


def test_cli_push_prints_each_graph(seed_build, seed_store, remote, monkeypatch, capsys):
    settings, _ = seed_build
    monkeypatch.setenv("SEKG_STORE", str(settings.store_path))
    for proxy in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(proxy, raising=False)

    assert main(["push", "--endpoint", remote.store_url]) == 0

    out = capsys.readouterr().out.splitlines()
    expected = _graph_counts(seed_store)
    assert out[0] == f"pushing to {remote.store_url}"
    assert [line.split() for line in out[1:-1]] == [[iri, f"{n:,}", "triples"] for iri, n in sorted(expected.items())]
    assert out[-1] == f"7 graph(s), {sum(expected.values()):,} triples"


def test_cli_without_a_store_exits_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SEKG_STORE", str(tmp_path / "nowhere"))
    assert main(["push", "--endpoint", "http://127.0.0.1:9/store"]) == 2
    assert main(["serve", "--port", str(free_port())]) == 2
    err = capsys.readouterr().err.splitlines()
    message = f"sekg: error: no store at {tmp_path / 'nowhere'}: build it with `sekg build` (or `make run`)"
    assert err == [message, message]

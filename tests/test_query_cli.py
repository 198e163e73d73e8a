"""`sekg query`: the library listing, parameter binding that cannot be injected, and the four formats."""

from __future__ import annotations

import csv
import io
import json

import pytest
from pyoxigraph import QueryResultsFormat, parse_query_results

from graph.cli import main
from graph.repository import open_repository
from graph.saved_queries import NOTHING, load_library, run_saved

LIBRARY = load_library()

INJECTIONS = [
    '수원시" } UNION { ?enterprise ?p ?o',
    "수원시'} ; DROP ALL ; #",
    "<https://w3id.org/sekg/id/municipality/41110> } UNION { ?enterprise ?p ?o",
    "} } SELECT * WHERE { ?s ?p ?o",
    "UNDEF",
    '\\" UNDEF "',
    "수원시\nINSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
    "SERVICE <http://example.org/sparql> { ?s ?p ?o }",
    "' || true || '",
    "*",
]


@pytest.fixture(scope="module")
def env(seed_build, monkeypatch_module):
    settings, _ = seed_build
    monkeypatch_module.setenv("SEKG_STORE", str(settings.store_path))
    monkeypatch_module.delenv("SEKG_ENDPOINT", raising=False)
    return settings


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def test_list_shows_every_saved_query(capsys):
    assert main(["query", "--list"]) == 0
    out = capsys.readouterr().out
    listed = [line.split()[0] for line in out.splitlines() if line and not line.startswith(" ")]
    assert listed == sorted(p.stem for p in next(iter(LIBRARY.values())).path.parent.glob("*.rq"))
    assert len(listed) == 18


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_through_a_parameter_returns_nothing(env, value):
    repo = open_repository(env)
    everything = run_saved(repo, LIBRARY["enterprises"])
    assert len(everything) > 20
    assert len(run_saved(repo, LIBRARY["enterprises"], {"municipality": value})) == 0
    assert len(run_saved(repo, LIBRARY["search"], {"text": value})) == 0


def test_an_unknown_label_narrows_to_nothing_instead_of_everything(env):
    repo = open_repository(env)
    assert len(run_saved(repo, LIBRARY["pledges"], {"municipality": "없는시"})) == 0
    assert len(run_saved(repo, LIBRARY["pledges"], {"municipality": NOTHING.value})) == 0
    assert len(run_saved(repo, LIBRARY["pledges"], {"municipality": "Suwon-si"})) == \
        len(run_saved(repo, LIBRARY["pledges"], {"municipality": "수원시"})) == 2


def test_the_four_formats_are_well_formed(env, capsys):
    args = ["query", "municipalities"]
    assert main(args + ["--format", "json"]) == 0
    data = capsys.readouterr().out
    parsed = parse_query_results(data.encode("utf-8"), format=QueryResultsFormat.JSON)
    document = json.loads(data)
    assert document["head"]["vars"][:5] == ["municipality", "label_ko", "label_en", "province_ko", "admin_code"]
    assert len(list(parsed)) == len(document["results"]["bindings"]) >= 10
    assert main(args + ["--format", "tsv"]) == 0
    tsv = capsys.readouterr().out
    assert len(list(parse_query_results(tsv.encode("utf-8"), format=QueryResultsFormat.TSV))) == \
        len(document["results"]["bindings"])
    assert main(args + ["--format", "csv"]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert table[0][:5] == document["head"]["vars"][:5] and len(table) == len(document["results"]["bindings"]) + 1
    assert main(args) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[0].split()[:3] == ["municipality", "label_ko", "label_en"]
    assert f"({len(document['results']['bindings'])} rows)" in text


def test_query_file_and_refusals(env, tmp_path, capsys):
    good = tmp_path / "count.rq"
    good.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/sekg/ontology#BestPracticeCase> }")
    assert main(["query", "--file", str(good), "--format", "csv"]) == 0
    assert capsys.readouterr().out == "n\r\n9\r\n"
    update = tmp_path / "update.rq"
    update.write_text("DELETE WHERE { ?s ?p ?o }")
    assert main(["query", "--file", str(update)]) == 1
    assert "updates are refused" in capsys.readouterr().err
    assert main(["query", "nosuch"]) == 2
    assert "no saved query 'nosuch'" in capsys.readouterr().err
    assert main(["query", "pledges", "--param", "city=수원시"]) == 2
    assert "has no parameter 'city'" in capsys.readouterr().err


@pytest.fixture(scope="module")
def endpoint(env):
    from graph.server import OxigraphServer, free_port
    from graph.store import StoreLocation

    with OxigraphServer(StoreLocation(env.store_path).current(), port=free_port(), timeout_s=10) as server:
        yield server


@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_the_endpoint_answers_every_saved_query_like_the_store(env, endpoint, name):
    from graph.repository import RemoteRepository

    embedded = run_saved(open_repository(env), LIBRARY[name])
    remote = run_saved(RemoteRepository(endpoint.query_url), LIBRARY[name])
    assert remote == embedded

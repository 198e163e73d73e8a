"""Each saved query gives the answer of its plain formulation (``queries/plain/``), row for row.

The saved queries are written for speed: they read the derived graph
(``sekg:belongsTo``, ``sekg:searchKey``), take the search index's candidates,
and are shaped so that Oxigraph looks things up instead of scanning. The plain
files say the same questions the straightforward way. Both run here on the
seeds and on a synthetic graph loaded through ``sekg load`` (the write path
that derives and indexes), with the defaults and with every municipality, a
spread of entities and search texts as parameters, and must agree exactly,
order included.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Store

from bench import synth
from graph.repository import EmbeddedRepository
from graph.rows import Rows
from graph.saved_queries import QUERIES_DIR, SavedQuery, bind, bind_values, load_library
from graph.settings import Settings
from graph.store import StoreLocation

PLAIN_DIR = QUERIES_DIR / "plain"
LIBRARIES = [(QUERIES_DIR, PLAIN_DIR), (QUERIES_DIR / "ui", PLAIN_DIR / "ui")]
TEXTS = ("희망", "센터", "협동조합", "수원", "Center", "사회적 기업", "없는말")
SEKG = "https://w3id.org/sekg/ontology#"


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    """50,000 quads of the synthetic graph, loaded the way ``sekg load`` does."""
    from graph.load import load_files

    folder = tmp_path_factory.mktemp("formulations")
    synth.write_rdf(folder / "synth.nq", quads=50_000, seed=11)
    settings = Settings.from_env({"SEKG_STORE": str(folder / "store")})
    load_files(settings, [folder / "synth.nq"])
    return settings.store_path


@pytest.fixture(scope="module", params=["seeds", "synthetic"])
def repo(request, seed_build, synthetic) -> EmbeddedRepository:
    path = seed_build[0].store_path if request.param == "seeds" else synthetic
    # Without the kept answers: both formulations must run.
    return EmbeddedRepository(StoreLocation(path), cache=False)


def _iris(store: Store, query: str) -> list[str]:
    return [row[0].value for row in store.query(query, use_default_graph_as_union=True)]


def _parameter_values(store: Store, saved: SavedQuery) -> list[dict[str, str]]:
    """The defaults, then each parameter alone with the values worth trying."""
    municipalities = _iris(store, f"SELECT DISTINCT ?m WHERE {{ ?m a <{SEKG}Municipality> }} ORDER BY ?m")
    busiest = _iris(store, f"""SELECT ?e WHERE {{ {{ SELECT ?e (COUNT(*) AS ?n) WHERE {{
        {{ ?e <{SEKG}qualifiedPartnership> ?p }} UNION {{ ?p <http://www.w3.org/ns/prov#agent> ?e }}
        UNION {{ ?r <{SEKG}subject> ?e }} }} GROUP BY ?e }} }} ORDER BY DESC(?n) ?e LIMIT 12""")
    subjects = _iris(store, f"SELECT DISTINCT ?s WHERE {{ ?o <{SEKG}subject> ?s }} ORDER BY ?s LIMIT 8")
    cases = [{}]
    for parameter in saved.parameters:
        if parameter.name == "municipality":
            cases += [{"municipality": m} for m in municipalities]
        elif parameter.name == "subject":
            cases += [{"subject": s} for s in subjects + municipalities[:3]]
        elif parameter.name in ("entity", "scheme") and parameter.type == "entity" and not saved.prefilter:
            cases += [{parameter.name: e} for e in busiest + municipalities[:3]]
        elif parameter.type == "string":
            cases += [{parameter.name: text} for text in TEXTS]
    return cases


def _pairs() -> list[tuple[SavedQuery, SavedQuery]]:
    pairs = []
    for fast_dir, plain_dir in LIBRARIES:
        plain = load_library(plain_dir)
        for name, saved in load_library(fast_dir).items():
            pairs.append((saved, plain[name]))
    return pairs


def test_every_saved_query_has_a_plain_formulation():
    assert len(_pairs()) == len(load_library(QUERIES_DIR)) + len(load_library(QUERIES_DIR / "ui")) == 34


@pytest.mark.parametrize(("fast", "plain"), _pairs(), ids=lambda q: q.name)
def test_the_saved_query_answers_as_its_plain_formulation(repo, fast, plain):
    store = repo.store
    for params in _parameter_values(store, fast):
        bound = bind(repo, fast, params)
        answer = repo.query(bound.text)
        # The plain formulation gets the same terms, without the search index's candidates.
        terms = {name: [NamedNode(value)] if fast.parameter(name).type == "entity" else [Literal(value)]
                 for name, value in params.items()}
        expected = store.query(bind_values(plain.text, terms), use_default_graph_as_union=True)
        if isinstance(answer, Rows):
            expected = Rows.from_solutions(expected)
            assert answer.variables == expected.variables
            assert answer.rows == expected.rows, (fast.name, params)
        else:
            assert {str(t) for t in answer} == {str(t) for t in expected}, (fast.name, params)


def test_the_search_index_binds_candidates_or_one_that_matches_nothing(repo):
    search = load_library(QUERIES_DIR)["search"]
    assert search.prefilter is not None
    bound = bind(repo, search, {"text": "희망"})
    assert "VALUES ?entity { UNDEF }" not in bound.text
    assert bind(repo, search, {"text": "없는말"}).text.count("urn:sekg:unresolved") == 1

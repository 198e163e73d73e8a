"""Answers kept per store generation (graph/cache.py): exact round trips, warmed by the build, never stale."""

from __future__ import annotations

import os

from pyoxigraph import BlankNode, Literal, NamedNode

from graph.cache import ResultCache
from graph.repository import EmbeddedRepository
from graph.rows import Rows
from graph.saved_queries import LIBRARIES, bind, load_library
from graph.settings import Settings
from graph.store import LOCK_FILE, StoreLocation
from ingest.build import build

XSD = "http://www.w3.org/2001/XMLSchema#"


def test_every_kind_of_term_comes_back_as_it_went(tmp_path):
    rows = Rows(("a", "b", "c"), (
        (NamedNode("https://w3id.org/sekg/id/municipality/41110"), Literal("수원시", language="ko"), None),
        (BlankNode("b0"), Literal("939000000", datatype=NamedNode(XSD + "integer")), Literal("plain")),
        (Literal("2016-05", datatype=NamedNode(XSD + "gYearMonth")), Literal("Suwon-si", language="en"),
         NamedNode("https://w3id.org/sekg/ontology#Municipality")),
    ))
    cache = ResultCache(tmp_path)
    cache.put("SELECT 1", rows)
    again = ResultCache(tmp_path).get("SELECT 1")
    assert again == rows
    assert [type(t) for t in again.rows[1]] == [BlankNode, Literal, Literal]
    assert again.rows[1][2].datatype.value == XSD + "string"


def test_a_damaged_entry_is_a_miss(tmp_path):
    cache = ResultCache(tmp_path)
    cache.put("SELECT 1", Rows(("a",), ((Literal("x"),),)))
    (tmp_path / f"{ResultCache.key('SELECT 1')}.rows").write_bytes(b"not a pickle")
    assert ResultCache(tmp_path).get("SELECT 1") is None


def test_the_build_keeps_every_saved_querys_default_answer(seed_build):
    settings, _ = seed_build
    location = StoreLocation(settings.store_path)
    results = location.results_dir(location.current())
    names = [saved for directory in LIBRARIES for saved in load_library(directory).values()]
    kept = ResultCache(results)
    cold = EmbeddedRepository(location, cache=False)
    selects = 0
    for saved in names:
        # Kept under the text a reader asks: bound as run_saved binds it (search gets its candidates).
        text = bind(cold, saved, {}).text
        answer = cold.query(text)
        if isinstance(answer, Rows):
            assert kept.get(text) == answer, saved.name
            selects += 1
        else:  # a CONSTRUCT (the entity's Turtle) is not kept: only SELECT answers are
            assert kept.get(text) is None, saved.name
    assert len(names) == 34 and selects == 33
    assert len(list(results.glob("*.rows"))) >= selects  # and whatever other tests asked since


def test_a_rebuild_starts_a_new_cache_and_the_old_one_goes(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("원주시는 2017. 6. 1. 미로예술시장 축제를 열었다.\n", encoding="utf-8")
    settings = Settings.from_env({"SEKG_STORE": str(tmp_path / "store")})
    build(settings, seeds=seeds)
    location = StoreLocation(settings.store_path)
    repo = EmbeddedRepository(location)
    query = "SELECT ?l WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l"
    first = repo.query(query)
    old_results = location.results_dir(location.current())
    assert (old_results / f"{ResultCache.key(query)}.rows").exists()
    (seeds / "a.txt").write_text("김해시는 2018. 3. 15. 판로 지원에 나선다고 밝혔다.\n", encoding="utf-8")
    build(settings, seeds=seeds)
    second = repo.query(query)
    assert first != second
    assert "김해시" in {row[0].value for row in second} and "원주시" not in {row[0].value for row in second}
    assert not old_results.exists()
    assert sorted(os.listdir(location.generations)) == sorted(
        [location.current().name, location.results_dir(location.current()).name, LOCK_FILE])


def test_answers_held_in_memory_are_bounded_in_cells(tmp_path):
    def rows(n):
        return Rows(("a", "b"), tuple((Literal(str(i)), None) for i in range(n)))

    cache = ResultCache(tmp_path, memory_cells=10)
    cache.put("SELECT 1", rows(3))  # 6 cells
    cache.put("SELECT 2", rows(2))  # 4 cells: 10 in all, both held
    cache.put("SELECT 3", rows(1))  # 2 more: the oldest goes
    cache.put("SELECT 4", rows(6))  # 12 cells: more than the budget, on disk only
    assert list(cache._memory) == [ResultCache.key("SELECT 2"), ResultCache.key("SELECT 3")]
    assert cache._cells == 6
    # What memory does not hold is read back from disk, whole.
    assert cache.get("SELECT 4") == rows(6) and cache.get("SELECT 1") == rows(3)


def test_without_memory_answers_are_still_kept_on_disk(tmp_path):
    cache = ResultCache(tmp_path, memory_cells=0)
    cache.put("SELECT 1", Rows(("a",), ((Literal("x"),),)))
    assert not cache._memory
    assert ResultCache(tmp_path).get("SELECT 1") == Rows(("a",), ((Literal("x"),),))

"""``sekg load``: a dump loads back into the same store; a bad file names itself and changes nothing."""

from __future__ import annotations

import os

import pytest

from graph.cli import main
from graph.dump import dump_to_file
from graph.store import StoreLocation


@pytest.fixture()
def trig(seed_store, tmp_path):
    path = tmp_path / "sekg.trig"
    dump_to_file(seed_store, path)
    return path


def _quads(store) -> set[str]:
    # Blank nodes get new names on the way through a file.
    return {str(q) for q in store if "_:" not in str(q)}


def test_a_trig_dump_loads_back_into_the_same_graphs(trig, seed_store, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SEKG_STORE", str(tmp_path / "store"))
    assert main(["load", str(trig)]) == 0
    out = capsys.readouterr().out
    assert f"quads: {len(seed_store):,}" in out and "derive" in out and "warm" in out
    loaded = StoreLocation(tmp_path / "store").open(read_only=True)
    assert _quads(loaded) == _quads(seed_store)


def test_a_file_that_does_not_parse_names_itself_and_keeps_the_store(trig, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SEKG_STORE", str(tmp_path / "store"))
    assert main(["load", str(trig)]) == 0
    before = os.readlink(tmp_path / "store")
    broken = tmp_path / "broken.nq"
    broken.write_text("<https://w3id.org/a> <https://w3id.org/b> .\n", encoding="utf-8")
    assert main(["load", str(broken)]) == 2
    err = capsys.readouterr().err
    assert str(broken) in err and "not valid N-Quads: Parser error at line 1" in err
    assert os.readlink(tmp_path / "store") == before
    assert main(["load", str(tmp_path / "missing.trig")]) == 2
    assert "missing.trig: no such file" in capsys.readouterr().err


def test_a_graph_name_that_is_not_an_iri_is_refused_before_anything_is_written(trig, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SEKG_STORE", str(tmp_path / "store"))
    assert main(["load", str(trig), "--graph", "not an iri"]) == 2
    assert "--graph 'not an iri' is not an IRI" in capsys.readouterr().err
    assert not (tmp_path / "store").exists() and not any((tmp_path / "store.d").glob("*"))


def test_a_failed_warm_up_is_reported_and_the_new_store_stays(trig, tmp_path, monkeypatch, capsys):
    # The generation is current before the warm-up runs: a query failing there must not fail the load.
    import graph.finish

    monkeypatch.setattr(graph.finish, "_warm_one", lambda task: (task[1], "RuntimeError: no worker"))
    monkeypatch.setenv("SEKG_STORE", str(tmp_path / "store"))
    assert main(["load", str(trig)]) == 0
    captured = capsys.readouterr()
    assert "warning: municipalities's answer was not kept ahead (RuntimeError: no worker)" in captured.err
    assert StoreLocation(tmp_path / "store").current() is not None

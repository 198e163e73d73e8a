"""Shared fixtures: the ontology and shapes parse once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from graph.ontology import ONTOLOGY_FILE, SHAPES_FILE, load_turtle

TESTS_DIR = Path(__file__).parent
DATA_DIR = TESTS_DIR / "data"


@pytest.fixture(scope="session")
def ontology() -> Graph:
    return load_turtle(ONTOLOGY_FILE)


@pytest.fixture(scope="session")
def shapes() -> Graph:
    return load_turtle(SHAPES_FILE)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seeds built once into a store of their own: (settings, summary)."""
    from graph.settings import Settings
    from ingest.build import build
    from ingest.catalog import SEEDS_DIR

    store = tmp_path_factory.mktemp("seed-store") / "store"
    settings = Settings.from_env({"SEKG_STORE": str(store)})
    return settings, build(settings, seeds=SEEDS_DIR)


@pytest.fixture(scope="session")
def seed_store(seed_build):
    from graph.store import StoreLocation

    settings, _ = seed_build
    return StoreLocation(settings.store_path).open(read_only=True)

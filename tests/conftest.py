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

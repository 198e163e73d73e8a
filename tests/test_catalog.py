from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import InputError
from ingest.catalog import SEEDS_DIR, document_kinds, load_catalog


def test_every_seed_document_is_catalogued_and_every_entry_exists() -> None:
    catalog = load_catalog(SEEDS_DIR / "catalog.yaml")
    on_disk = {p.name for p in SEEDS_DIR.glob("*.txt")}
    assert set(catalog) == on_disk == {"000_2e6d3bf8b3fb2223.txt", "002_15731aaa5618b0b9.txt"}


def test_the_catalog_entries() -> None:
    catalog = load_catalog(SEEDS_DIR / "catalog.yaml")
    casebook = catalog["000_2e6d3bf8b3fb2223.txt"]
    assert (casebook.kind, casebook.year, casebook.language, casebook.publisher) == (
        "casebook", 2017, "ko", "한국매니페스토실천본부")
    card = catalog["002_15731aaa5618b0b9.txt"]
    assert (card.title, card.kind, card.year, card.municipality_code, card.municipality_name) == (
        "지속가능한 사회적경제 일자리 1,000개 육성", "pledge-card", 2018, "52110", "전주시")


def test_document_kinds_come_from_the_ontology() -> None:
    assert document_kinds() == {"casebook", "pledge-card", "news-report", "generic-text"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("documents: {}", "expected a top-level 'documents' list"),
        ("documents:\n  - file: a.txt\n", "document 1: missing required field 'title'"),
        ("documents:\n  - {file: a.txt, title: t, publisher: p, year: 17, language: ko, kind: casebook}",
         "document 1: year must be a four-digit integer, got 17"),
        ("documents:\n  - {file: a.txt, title: t, publisher: p, year: 2017, language: jp, kind: casebook}",
         "document 1: language must be one of ['en', 'ko'], got 'jp'"),
        ("documents:\n  - {file: a.txt, title: t, publisher: p, year: 2017, language: ko, kind: memo}",
         "document 1: kind must be one of ['casebook', 'generic-text', 'news-report', 'pledge-card'], got 'memo'"),
        ("documents:\n  - {file: a.txt, title: t, publisher: p, year: 2017, language: ko, kind: casebook,"
         " municipality: {code: '521', name: x}}",
         "document 1: municipality must give a five-digit 'code' and a 'name'"),
        ("documents: [", "not valid YAML"),
    ],
)
def test_bad_catalogs_name_the_file_and_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "catalog.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_catalog(path)
    assert str(error.value).startswith(str(path))
    assert message in str(error.value)


def test_a_missing_catalog_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as error:
        load_catalog(tmp_path / "nope.yaml")
    assert str(error.value) == f"{tmp_path / 'nope.yaml'}: cannot read the catalog: No such file or directory"

"""The document catalog: per-document metadata the text does not give reliably.

>>> catalog = load_catalog(SEEDS_DIR / "catalog.yaml")
>>> entry = catalog["002_15731aaa5618b0b9.txt"]
>>> entry.kind, entry.year, entry.municipality_code, entry.municipality_name
('pledge-card', 2018, '52110', '전주시')
>>> catalog["000_2e6d3bf8b3fb2223.txt"].municipality_code is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from graph.errors import InputError
from graph.namespaces import CONCEPT
from graph.ontology import ONTOLOGY_FILE, load_turtle
from graph.settings import CHECKOUT

SEEDS_DIR = CHECKOUT / "seeds"
LANGUAGES = frozenset({"ko", "en"})
_ADMIN_CODE = re.compile(r"^[0-9]{5}$")


@dataclass(frozen=True)
class CatalogEntry:
    file: str
    title: str
    title_en: str | None
    publisher: str
    publisher_en: str | None
    year: int
    language: str
    kind: str | None  # None: detected from the text
    municipality_code: str | None
    municipality_name: str | None
    note: str | None
    date: str | None = None  # the document's own date (ISO), against which a report's relative dates are read


def document_kinds() -> frozenset[str]:
    """Local names of the document-kind concepts the ontology defines."""
    namespace = str(CONCEPT["document-kind"])
    ontology = load_turtle(ONTOLOGY_FILE)
    return frozenset(
        str(s)[len(namespace):] for s in ontology.subjects() if str(s).startswith(namespace)
    )


def _entry(raw: Any, *, where: str, kinds: frozenset[str]) -> CatalogEntry:
    if not isinstance(raw, dict):
        raise InputError(f"{where}: an entry must be a mapping, got {type(raw).__name__}")
    for key in ("file", "title", "publisher", "year", "language", "kind"):
        if raw.get(key) in (None, ""):
            raise InputError(f"{where}: missing required field {key!r}")
    year = raw["year"]
    if not isinstance(year, int) or not 1945 <= year <= 2100:
        raise InputError(f"{where}: year must be a four-digit integer, got {year!r}")
    if raw["language"] not in LANGUAGES:
        raise InputError(f"{where}: language must be one of {sorted(LANGUAGES)}, got {raw['language']!r}")
    if raw["kind"] not in kinds:
        raise InputError(f"{where}: kind must be one of {sorted(kinds)}, got {raw['kind']!r}")
    municipality = raw.get("municipality")
    code = name = None
    if municipality is not None:
        if not isinstance(municipality, dict) or not _ADMIN_CODE.match(str(municipality.get("code", ""))):
            raise InputError(f"{where}: municipality must give a five-digit 'code' and a 'name'")
        code, name = str(municipality["code"]), municipality.get("name")
    date = raw.get("date")
    if date is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(date)):
        raise InputError(f"{where}: date must be YYYY-MM-DD, got {date!r}")
    return CatalogEntry(
        file=str(raw["file"]),
        title=str(raw["title"]),
        title_en=raw.get("title_en"),
        publisher=str(raw["publisher"]),
        publisher_en=raw.get("publisher_en"),
        year=year,
        language=raw["language"],
        kind=raw["kind"],
        municipality_code=code,
        municipality_name=name,
        note=raw.get("note"),
        date=str(date) if date is not None else None,
    )


def read_yaml(path: Path, *, what: str = "file") -> Any:
    """Parse a curated YAML file; an unreadable or malformed one raises InputError naming it."""
    try:
        return yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read the {what}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: not valid YAML: {exc}") from exc


def load_catalog(path: Path) -> dict[str, CatalogEntry]:
    """Read and check a catalog file; entries are keyed by file name."""
    path = Path(path)
    data = read_yaml(path, what="catalog")
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise InputError(f"{path}: expected a top-level 'documents' list")
    kinds = document_kinds()
    entries: dict[str, CatalogEntry] = {}
    for i, raw in enumerate(data["documents"], start=1):
        entry = _entry(raw, where=f"{path}: document {i}", kinds=kinds)
        if entry.file in entries:
            raise InputError(f"{path}: document {i}: {entry.file} is listed twice")
        entries[entry.file] = entry
    return entries

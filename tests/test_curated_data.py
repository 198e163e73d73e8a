"""The curated tables in ingest/data: they load, and they hang together."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from graph.namespaces import key_segment

DATA_DIR = Path(__file__).parent.parent / "ingest" / "data"
ORG_TYPE = "https://w3id.org/sekg/concept/organization-type/"

# shared/INGEST-NOTES.md, "Official administrative codes (verified)".
VERIFIED = {
    "41110": "수원시",
    "41360": "남양주시",
    "41500": "이천시",
    "41670": "여주시",
    "51130": "원주시",
    "43110": "청주시",
    "52180": "정읍시",
    "47290": "경산시",
    "48250": "김해시",
    "52110": "전주시",
}
LEGAL_FORM = re.compile(r"\(주\)|㈜|주식회사|\(유\)|유한회사|\(사\)|사단법인|\(재\)|재단법인")


def _load(name: str) -> dict[str, Any]:
    with (DATA_DIR / name).open(encoding="utf-8") as f:
        data = yaml.safe_load(f)
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def places() -> dict[str, Any]:
    return _load("places.yaml")


@pytest.fixture(scope="module")
def provinces(places: dict[str, Any]) -> list[dict[str, Any]]:
    return places["provinces"]


@pytest.fixture(scope="module")
def municipalities(places: dict[str, Any]) -> list[dict[str, Any]]:
    return places["municipalities"]


@pytest.fixture(scope="module")
def organizations() -> list[dict[str, Any]]:
    return _load("organizations.yaml")["organizations"]


def _current(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in entries if "valid_through" not in e]


def _is_code(value: Any, digits: int) -> bool:
    return isinstance(value, str) and re.fullmatch(rf"[0-9]{{{digits}}}", value) is not None


def _is_date(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _by_code(entries: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {e["code"]: e for e in entries}


# ------------------------------------------------------------------ places.yaml


def test_places_have_both_lists(places: dict[str, Any]) -> None:
    assert set(places) == {"provinces", "municipalities"}
    assert places["provinces"] and places["municipalities"]


def test_codes_are_two_and_five_digit_strings(
    provinces: list[dict[str, Any]], municipalities: list[dict[str, Any]]
) -> None:
    for p in provinces:
        assert _is_code(p["code"], 2), p
        for former in p.get("former_codes", []):
            assert _is_code(former["code"], 2), p
    for m in municipalities:
        assert _is_code(m["code"], 5), m
        for key in ("former_codes", "predecessors", "split_from"):
            for other in m.get(key, []):
                assert _is_code(other["code"], 5), m
        for successor in m.get("successors", []):
            assert _is_code(successor, 5), m


def test_codes_are_unique(
    provinces: list[dict[str, Any]], municipalities: list[dict[str, Any]]
) -> None:
    for entries in (provinces, municipalities):
        counts = Counter(e["code"] for e in entries)
        assert [c for c, n in counts.items() if n > 1] == []
    current = {e["code"] for e in municipalities}
    former = [f["code"] for m in municipalities for f in m.get("former_codes", [])]
    assert Counter(former).most_common(1)[0][1] == 1
    assert current.isdisjoint(former)


def test_every_municipality_has_a_known_province(
    provinces: list[dict[str, Any]], municipalities: list[dict[str, Any]]
) -> None:
    known = _by_code(provinces)
    for m in municipalities:
        assert m["province"] in known, m
        assert m["code"].startswith(m["province"]), m
        assert m["qualified_name"] == f"{known[m['province']]['name']} {m['name']}", m


def test_required_fields(
    provinces: list[dict[str, Any]], municipalities: list[dict[str, Any]]
) -> None:
    for p in provinces:
        assert p["name"] and p["english"] and isinstance(p["aliases"], list), p
    for m in municipalities:
        assert m["name"][-1] in "시군구", m
        assert m["kind"] in {"시", "군", "구", "행정시"}, m
        assert isinstance(m["verified"], bool), m
        assert isinstance(m["aliases"], list), m
        suffix = {"시": "-si", "군": "-gun", "구": "-gu", "행정시": "-si"}[m["kind"]]
        assert m["english"].endswith(suffix), m


def test_dates_are_iso(
    provinces: list[dict[str, Any]], municipalities: list[dict[str, Any]]
) -> None:
    for e in [*provinces, *municipalities]:
        for key in ("valid_through", "established"):
            if key in e:
                assert _is_date(e[key]), e
        for key in ("former_codes", "predecessors", "split_from"):
            for other in e.get(key, []):
                for field in ("valid_through", "merged_on", "on"):
                    if field in other:
                        assert _is_date(other[field]), e


def test_abolished_bodies_name_existing_successors(
    provinces: list[dict[str, Any]], municipalities: list[dict[str, Any]]
) -> None:
    for entries in (provinces, municipalities):
        codes = _by_code(entries)
        for e in entries:
            assert ("valid_through" in e) == ("successors" in e), e
            for successor in e.get("successors", []):
                assert successor in codes and "valid_through" not in codes[successor], e


def test_current_roster(
    provinces: list[dict[str, Any]], municipalities: list[dict[str, Any]]
) -> None:
    assert len(_current(provinces)) == 16
    kinds = Counter(m["kind"] for m in _current(municipalities))
    assert kinds == {"시": 75, "군": 82, "구": 70, "행정시": 2}


def test_names_resolve_to_one_entry(
    provinces: list[dict[str, Any]], municipalities: list[dict[str, Any]]
) -> None:
    """Aliases and qualified names are unique; a bare name may repeat (중구, 고성군)."""
    keys: dict[str, str] = {}
    for e in [*provinces, *municipalities]:
        for text in [*e["aliases"], *([e["qualified_name"]] if "qualified_name" in e else [])]:
            assert text not in keys, f"{text!r} names both {keys[text]} and {e['code']}"
            keys[text] = e["code"]
    names = Counter(e["name"] for e in [*provinces, *municipalities])
    for text, code in keys.items():
        if names[text]:
            assert text in {e["name"] for e in [*provinces, *municipalities] if e["code"] == code}


def test_districts_have_no_bare_alias(municipalities: list[dict[str, Any]]) -> None:
    for m in municipalities:
        if m["kind"] == "구":
            assert m["aliases"] == [], m
            assert m["qualified_name"].endswith(f" {m['name']}"), m


@pytest.mark.parametrize("stem", ["광주", "고성", "제주", "중구", "동구"])
def test_ambiguous_stems_are_no_municipal_alias(
    municipalities: list[dict[str, Any]], stem: str
) -> None:
    assert all(stem not in m["aliases"] for m in municipalities)


def test_exactly_the_ten_verified_codes(municipalities: list[dict[str, Any]]) -> None:
    verified = {m["code"]: m["name"] for m in municipalities if m["verified"]}
    assert verified == VERIFIED


def test_verified_history(
    provinces: list[dict[str, Any]], municipalities: list[dict[str, Any]]
) -> None:
    m = _by_code(municipalities)
    assert m["41670"]["former_codes"] == [
        {"code": "41730", "name": "여주군", "valid_through": "2013-09-22"}
    ]
    assert {"code": "42130", "valid_through": "2023-06-10"} in m["51130"]["former_codes"]
    assert m["43110"]["predecessors"] == [
        {"code": "43710", "name": "청원군", "merged_on": "2014-07-01"}
    ]
    assert m["52180"]["former_codes"] == [{"code": "45180", "valid_through": "2024-01-17"}]
    assert m["52110"]["former_codes"] == [{"code": "45110", "valid_through": "2024-01-17"}]
    p = _by_code(provinces)
    assert {"code": "42", "name": "강원도", "valid_through": "2023-06-10"} in p["51"]["former_codes"]
    assert {"code": "45", "name": "전라북도", "valid_through": "2024-01-17"} in p["52"]["former_codes"]
    assert p["51"]["english"] == "Gangwon State"
    assert p["52"]["english"] == "Jeonbuk State"
    assert {"강원도", "전라북도"} <= {*p["51"]["aliases"], *p["52"]["aliases"]}


def test_english_names_of_the_seed_cities(municipalities: list[dict[str, Any]]) -> None:
    m = _by_code(municipalities)
    assert [m[c]["english"] for c in ("41360", "52110", "41670", "52180")] == [
        "Namyangju-si",
        "Jeonju-si",
        "Yeoju-si",
        "Jeongeup-si",
    ]


# ------------------------------------------------------------- organizations.yaml


def test_organizations_have_required_fields(organizations: list[dict[str, Any]]) -> None:
    assert organizations
    for o in organizations:
        assert set(o) == {"name", "key", "aliases", "english", "type"}, o
        assert o["name"] == o["name"].strip() and o["english"], o
        assert isinstance(o["aliases"], list), o


def test_keys_are_names_without_legal_forms_and_spaces(
    organizations: list[dict[str, Any]],
) -> None:
    for o in organizations:
        expected = "".join(LEGAL_FORM.sub("", o["name"]).split()).replace("+", "플러스")
        assert o["key"] == expected, o
        assert key_segment(o["key"]) == o["key"], o  # no percent-encoding in the IRI


def test_keys_are_unique(organizations: list[dict[str, Any]]) -> None:
    counts = Counter(o["key"] for o in organizations)
    assert [k for k, n in counts.items() if n > 1] == []


def test_names_and_aliases_resolve_to_one_organization(
    organizations: list[dict[str, Any]],
) -> None:
    seen: dict[str, str] = {}
    for o in organizations:
        for text in {o["name"], *o["aliases"]}:
            assert text not in seen, f"{text!r} names both {seen[text]} and {o['key']}"
            seen[text] = o["key"]


def test_organizations_are_not_local_governments(
    organizations: list[dict[str, Any]],
    provinces: list[dict[str, Any]],
    municipalities: list[dict[str, Any]],
) -> None:
    place_names = {
        text
        for e in [*provinces, *municipalities]
        for text in [e["name"], *e["aliases"], e.get("qualified_name", e["name"])]
    }
    for o in organizations:
        assert o["type"] != "local-government", o
        assert place_names.isdisjoint({o["name"], *o["aliases"]}), o


def test_types_are_organization_type_concepts(
    organizations: list[dict[str, Any]], ontology: Graph
) -> None:
    for kind in {o["type"] for o in organizations}:
        concept = URIRef(ORG_TYPE + kind)
        assert (concept, RDF.type, SKOS.Concept) in ontology, kind
        assert (concept, SKOS.inScheme, URIRef(ORG_TYPE.rstrip("/"))) in ontology, kind


def test_seed_partners_are_covered(organizations: list[dict[str, Any]]) -> None:
    names = {text for o in organizations for text in [o["name"], *o["aliases"]]}
    for text in (
        "희망케어센터",
        "국제통신공업㈜",
        "K-water",
        "대한상의",
        "여가부",
        "행자부",
        "중기청",
        "영남대",
        "대구대",
        "청주IT새일센터",
        "매니페스토실천본부",
        "한국매니페스토 실천본부",
    ):
        assert text in names, text

"""The benchmark corpus generator (bench/synth.py): deterministic, in both formats, read by the real pipeline.

A small corpus (3 municipalities x 2 documents, shortened) and a 20,000-quad graph are made once per
module; the pipeline loads its models once (~4 s), the rest takes a few seconds.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, RdfFormat, Store, parse

from bench import synth
from graph.derive import derive
from graph.namespaces import InstanceIRIs

QUERIES = Path(__file__).resolve().parents[1] / "queries"
SEKG = "https://w3id.org/sekg/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SMALL = {"municipalities": 3, "per_municipality": 2, "seed": 7, "length": 0.5}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    stats = synth.write_docs(out, **SMALL)
    assert stats["documents"] == 6
    return out


@pytest.fixture(scope="module")
def nquads(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("rdf") / "synth.nq"
    synth.write_rdf(out, quads=20_000, seed=7)
    return out


@pytest.fixture(scope="module")
def store(nquads) -> Store:
    """The file as a store gets it: loaded, then given its derived graph (graph/derive.py)."""
    store = Store()
    store.bulk_load(path=str(nquads), format=RdfFormat.N_QUADS)
    derive(store, InstanceIRIs(synth.BASE))
    return store


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


# -- documents -----------------------------------------------------------------------------------


def test_same_seed_gives_the_same_bytes(corpus, tmp_path):
    synth.write_docs(tmp_path, **SMALL)
    assert _files(tmp_path) == _files(corpus)


def test_another_seed_gives_other_documents(corpus, tmp_path):
    synth.write_docs(tmp_path, **{**SMALL, "seed": 8})
    assert _files(tmp_path).keys() == _files(corpus).keys()
    assert _files(tmp_path) != _files(corpus)


def test_both_formats_with_their_header_fields(corpus):
    cases = sorted(corpus.glob("*_case.txt"))
    cards = sorted(corpus.glob("*_card.txt"))
    assert cases and cards
    for path in cases:
        text = path.read_text(encoding="utf-8")
        head = text[:3000]
        assert "매니페스토 우수사례 소개서" in head
        assert re.search(r"^(지자체명|지 자 체 명) \S+ \S+", head, re.M), path.name
        assert "사 례 명" in head and "분    야" in head and "관련공약" in head and "사례요약" in head
        assert re.search(r"\d+(,\d{3})*(천원|백만원|억원)", text)  # money in the seeds' units
        assert re.search(r"\d+(개소|명|개)", text)
    for path in cards:
        text = path.read_text(encoding="utf-8")
        for cue in ("□ 사업개요", "사업기간 :", "총사업비 :", "□ 연도별 자원투자", "(단위 : 억원)", "□ 추진절차", "국비\t"):
            assert cue in text, (path.name, cue)
        assert re.search(r"^\S+\t(0\d{1,2}-)?\d{3}-\d{4}\t", text, re.M)  # a contact with a phone


def test_the_pdf_artifacts_of_the_seeds(corpus):
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*_case.txt")))
    assert re.search(r"^- \d{1,3} -$", text, re.M)  # page numbers
    assert re.search(r"(□ ?[가-힣 ]{2,}?)\1\1", text)  # a phrase printed three times on one line
    assert "사 례 명" in text  # letter-spaced labels
    assert re.search(r"㈜|\(주\)", text) and re.search("[․·∙⦁]", text)  # legal-form and middle-dot look-alikes
    assert re.search(r"\(단위 : 명\)", text)  # unit lines of flattened tables
    assert text.count("\n\n") > text.count("\n") * 0.2  # many blank lines


def test_municipalities_are_the_current_ones_written_as_in_their_year():
    gaz = synth.load_gazetteer()
    codes = [p.code for p in gaz.places]
    assert len(codes) == len(set(codes)) >= 226
    by_code = {p.code: p for p in gaz.places}
    assert gaz.written(by_code["51130"], 2017) == ("강원도", "원주시")  # 강원특별자치도 since 2023
    assert gaz.written(by_code["52110"], 2018) == ("전라북도", "전주시")
    assert gaz.written(by_code["12110"], 2019) == ("전라남도", "목포시")  # before the 2026 merger
    assert gaz.written(by_code["41360"], 2017) == ("경기도", "남양주시")
    assert len(synth.select(gaz, 226)) == 226 and len(synth.select(gaz, 3)) == 3


def test_the_catalog_loads_and_names_the_city_of_cards_that_do_not(corpus):
    from ingest.catalog import load_catalog

    catalog = load_catalog(corpus / "catalog.yaml")
    assert set(catalog) == {p.name for p in corpus.glob("*.txt")}
    for name, entry in catalog.items():
        assert entry.kind == ("pledge-card" if name.endswith("_card.txt") else "casebook")
        if entry.municipality_code:
            assert entry.kind == "pledge-card" and name.split("_")[1] == entry.municipality_code


def test_the_pipeline_reads_the_corpus(corpus):
    from ingest.build import extract_file
    from ingest.catalog import load_catalog

    catalog = load_catalog(corpus / "catalog.yaml")
    kinds = Counter()
    for path in sorted(corpus.glob("*.txt")):
        code = path.name.split("_")[1]
        x = extract_file(path, entry=catalog[path.name])[0]
        kinds[x.kind] += 1
        classes = Counter(e.rdf_class for e in x.entities.values())
        units = Counter(o.unit for o in x.observations)
        assert ("municipality", (code,)) in x.entities, path.name
        if path.name.endswith("_case.txt"):
            assert x.kind == "casebook"
            assert classes["BestPracticeCase"] == 1, path.name
            assert classes["Organization"] + classes["Enterprise"] >= 3, (path.name, classes)
            assert classes["Enterprise"] >= 1, (path.name, classes)
            assert units["krw"] >= 1 and units["person"] + units["count"] + units["place"] >= 3, (path.name, units)
            assert x.partnerships, path.name
            assert not [w for w in x.warnings if w.code in ("unknown-municipality", "no-structure")]
        else:
            assert x.kind == "pledge-card"
            assert classes["Pledge"] >= 1 and x.posts
            assert Counter(o.kind for o in x.observations)["budget"] >= 5
    assert kinds["casebook"] and kinds["pledge-card"]


# -- RDF -----------------------------------------------------------------------------------------


def test_exactly_the_requested_quads_all_distinct(nquads, store):
    """--quads counts every quad in the file: the ontology and build graphs included."""
    quads = list(parse(path=str(nquads), format=RdfFormat.N_QUADS))
    assert len(quads) == 20_000
    derived = NamedNode(synth.BASE + "graph/derived")
    assert len(store) - sum(1 for _ in store.quads_for_pattern(None, None, None, derived)) == 20_000
    graphs = Counter(q.graph_name.value for q in quads)
    ontology = synth.BASE + "graph/ontology"
    documents = [g for g in graphs if g.startswith(synth.BASE + "graph/document/")]
    assert graphs[ontology] == len(synth.ontology_lines("<x>")) > 2000
    assert len(documents) >= 5
    assert graphs[synth.BASE + "graph/build"] == 7 + len(documents)


def test_rdf_is_deterministic(nquads, tmp_path):
    again = tmp_path / "again.nq"
    synth.write_rdf(again, quads=20_000, seed=7)
    assert again.read_bytes() == nquads.read_bytes()


def test_the_shape_of_the_pipeline(store):
    def ask(text: str) -> bool:
        prefixes = ("PREFIX sekg: <https://w3id.org/sekg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> ")
        return bool(store.query(prefixes + text, use_default_graph_as_union=True))

    # Every assertion is sourced; every span has its document, lines and quote.
    assert not ask("ASK { ?a a sekg:Assertion FILTER NOT EXISTS { ?a prov:wasDerivedFrom ?s } }")
    assert not ask("ASK { ?a a sekg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o "
                   "FILTER NOT EXISTS { ?s ?p ?o } }")
    assert not ask("ASK { ?s a sekg:TextSpan FILTER NOT EXISTS { ?s sekg:document ?d ; sekg:lineStart ?a ; "
                   "sekg:lineEnd ?b ; sekg:quote ?q } }")
    # Records carry their own source; values are whole numbers; partnerships have agent and role.
    for record in ("OutcomeObservation", "BudgetObservation", "Partnership", "Award", "Event", "Ordinance"):
        assert ask(f"ASK {{ ?r a sekg:{record} }}"), record
        assert not ask(f"ASK {{ ?r a sekg:{record} FILTER NOT EXISTS {{ ?r prov:wasDerivedFrom ?s }} }}"), record
    assert not ask("ASK { ?o sekg:value ?v FILTER(DATATYPE(?v) != <http://www.w3.org/2001/XMLSchema#integer>) }")
    assert not ask("ASK { ?p a sekg:Partnership FILTER NOT EXISTS { ?p prov:agent ?a ; prov:hadRole ?r } }")
    assert ask("ASK { ?e a sekg:Enterprise ; sekg:enterpriseType ?t ; sekg:municipality ?m }")
    assert ask("ASK { ?m a sekg:Municipality ; sekg:province ?p ; sekg:adminCode ?c }")
    # Concepts used exist in the ontology graph.
    assert not ask("ASK { ?x sekg:indicator|sekg:unit|sekg:valueKind|sekg:fundingSource|sekg:enterpriseType|"
                   "prov:hadRole|sekg:eventType ?c FILTER NOT EXISTS { GRAPH <https://w3id.org/sekg/id/graph/ontology> "
                   "{ ?c a ?type } } }")
    periods = {row[0].datatype.value for row in store.query(
        "SELECT DISTINCT ?p WHERE { ?o <https://w3id.org/sekg/ontology#period> ?p }", use_default_graph_as_union=True)
        if isinstance(row[0], Literal)}
    assert XSD + "gYear" in periods


@pytest.mark.parametrize("query", sorted(p.name for p in QUERIES.glob("*.rq")))
def test_every_saved_query_returns_rows(store, query):
    text = (QUERIES / query).read_text(encoding="utf-8")
    rows = list(store.query(text, use_default_graph_as_union=True))
    assert rows, query


def test_the_command_line(tmp_path, capsys):
    assert synth.main(["docs", "--out", str(tmp_path / "docs"), "--municipalities", "2", "--per-municipality", "1",
                       "--length", "0.2"]) == 0
    assert "documents: 2" in capsys.readouterr().out
    assert synth.main(["rdf", "--quads", "5000", "--out", str(tmp_path / "x.nq")]) == 0
    out = capsys.readouterr().out
    assert "quads: 5,000" in out
    assert sum(1 for _ in parse(path=str(tmp_path / "x.nq"), format=RdfFormat.N_QUADS)) == 5000

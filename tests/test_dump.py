"""`sekg dump` and `sekg void` on the seed store: every dump re-parses to exactly
what the store holds, and every count in the VoID description is the store's."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from pyoxigraph import Literal as OxLiteral
from pyoxigraph import NamedNode as OxNamedNode
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, VOID

from graph.cli import main
from graph.dump import dump_to_file
from graph.namespaces import PREFIXES, InstanceIRIs
from graph.void import DATA_LICENSE, DEFAULT_ENDPOINT, dataset_iri, describe

# rdflib's own parsers use its deprecated ConjunctiveGraph API internally.
pytestmark = pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")

BASE = "https://example.org/dist/"  # where void.ttl is published, for its relative download URLs


def _n(store, query: str) -> int:
    return int(next(iter(store.query(query)))["n"].value)


def _quads(ds: Dataset) -> Counter:
    """Quads per graph IRI in a parsed dataset (the empty default graph left out)."""
    counts = Counter()
    for _, _, _, ctx in ds.quads((None, None, None, None)):
        name = str(getattr(ctx, "identifier", ctx))
        counts[name] += 1
    counts.pop("urn:x-rdflib:default", None)
    counts.pop("None", None)
    return counts


@pytest.fixture(scope="module")
def env(seed_build):
    settings, _ = seed_build
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SEKG_STORE", str(settings.store_path))
        mp.delenv("SEKG_ENDPOINT", raising=False)
        mp.delenv("SEKG_BASE_IRI", raising=False)
        yield settings


@pytest.fixture(scope="module")
def iris(env) -> InstanceIRIs:
    return InstanceIRIs(env.base_iri)


@pytest.fixture(scope="module")
def store_counts(seed_store):
    """What the store holds, by SPARQL."""
    return {
        "quads": len(seed_store),
        "union": _n(seed_store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                                "WHERE { GRAPH ?g {?s ?p ?o} } }"),
        "default": _n(seed_store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
        "graphs": {r["g"].value: int(r["n"].value) for r in seed_store.query(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")},
        "classes": {r["c"].value: int(r["n"].value) for r in seed_store.query(
            "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } } GROUP BY ?c")},
        "properties": {r["p"].value: int(r["n"].value) for r in seed_store.query(
            "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } } "
            "GROUP BY ?p")},
    }


@pytest.fixture(scope="module")
def dist(env, tmp_path_factory) -> Path:
    """`sekg dump --all DIR`, once for the module."""
    folder = tmp_path_factory.mktemp("dist")
    assert main(["dump", "--all", str(folder)]) == 0
    return folder


def test_the_seed_store_holds_each_triple_in_one_graph(store_counts, iris):
    # Both documents name 고용노동부 and other shared entities: their triples are in the entities graph once.
    assert store_counts["default"] == 0
    assert store_counts["union"] == store_counts["quads"]
    assert sum(store_counts["graphs"].values()) == store_counts["quads"]
    assert {iris.entities_graph, iris.curated_graph, iris.ontology_graph, iris.build_graph} < set(store_counts["graphs"])


def test_dump_all_writes_the_three_dumps_and_void(dist):
    assert sorted(p.name for p in dist.iterdir()) == ["sekg.jsonld", "sekg.trig", "sekg.ttl", "void.ttl"]


def test_turtle_is_the_union_each_triple_once(dist, seed_store, store_counts):
    text = (dist / "sekg.ttl").read_bytes()
    assert b"@prefix sekg: <https://w3id.org/sekg/ontology#> ." in text
    assert b" a sekg:Program" in text
    graph = Graph().parse(data=text, format="turtle")
    assert len(graph) == store_counts["union"]
    # The very triples of the store, compared as rdflib terms (rdflib normalizes literals
    # such as "…Z"^^xsd:dateTime on parsing); blank nodes get new labels, so they are left out.
    stored = {(_term(q.subject), _term(q.predicate), _term(q.object)) for q in seed_store}
    stored = {t for t in stored if None not in t}
    parsed = {t for t in graph if not any(isinstance(x, BNode) for x in t)}
    assert parsed == stored


def _term(term):
    """A pyoxigraph term as rdflib's, None for a blank node."""
    if isinstance(term, OxLiteral):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)  # rdflib parses "x" without a datatype
        return Literal(term.value, datatype=term.datatype.value)
    if isinstance(term, OxNamedNode):
        return URIRef(term.value)
    return None


def test_trig_keeps_every_named_graph(dist, store_counts):
    ds = Dataset().parse(dist / "sekg.trig", format="trig")
    assert _quads(ds) == Counter(store_counts["graphs"])
    assert sum(_quads(ds).values()) == store_counts["quads"]


def test_jsonld_keeps_every_named_graph(dist, store_counts):
    text = (dist / "sekg.jsonld").read_text(encoding="utf-8")
    assert text.startswith('[{"@id":"https://w3id.org/sekg/id/graph/')
    ds = Dataset().parse(data=text, format="json-ld")
    assert _quads(ds) == Counter(store_counts["graphs"])


def test_nquads_to_a_file(env, tmp_path, store_counts, capsys):
    out = tmp_path / "out" / "sekg.nq"
    assert main(["dump", "--format", "nquads", "-o", str(out)]) == 0
    assert f"{out.stat().st_size:,} bytes" in capsys.readouterr().out
    ds = Dataset().parse(out, format="nquads")
    assert _quads(ds) == Counter(store_counts["graphs"])
    assert not list(out.parent.glob(".*.tmp")), "the temporary file is renamed into place"


def test_format_from_the_file_extension(env, tmp_path, iris, store_counts):
    out = tmp_path / "build.jsonld"
    assert main(["dump", "--graph", iris.build_graph, "-o", str(out)]) == 0
    ds = Dataset().parse(out, format="json-ld")
    assert _quads(ds) == Counter({iris.build_graph: store_counts["graphs"][iris.build_graph]})


def test_graph_in_trig_keeps_its_name_and_only_it(env, tmp_path, iris, store_counts, seed_store):
    document = next(g for g in store_counts["graphs"] if "/graph/document/" in g)
    out = tmp_path / "doc.trig"
    assert main(["dump", "--format", "trig", "--graph", document, "-o", str(out)]) == 0
    ds = Dataset().parse(out, format="trig")
    assert _quads(ds) == Counter({document: store_counts["graphs"][document]})


def test_graph_in_turtle(env, tmp_path, iris, store_counts):
    out = tmp_path / "ontology.ttl"
    assert main(["dump", "--graph", iris.ontology_graph, "-o", str(out)]) == 0
    graph = Graph().parse(out, format="turtle")
    assert len(graph) == store_counts["graphs"][iris.ontology_graph]


def test_stdout_is_binary_turtle_by_default(env, iris, store_counts, capsysbinary):
    assert main(["dump", "--graph", f"<{iris.build_graph}>"]) == 0
    out = capsysbinary.readouterr().out
    assert out.startswith(b"@prefix ")
    assert len(Graph().parse(data=out, format="turtle")) == store_counts["graphs"][iris.build_graph]


def test_stdout_nquads(env, iris, store_counts, capsysbinary):
    assert main(["dump", "--format", "nquads", "--graph", iris.build_graph]) == 0
    out = capsysbinary.readouterr().out
    lines = out.decode("utf-8").splitlines()
    assert len(lines) == store_counts["graphs"][iris.build_graph]
    assert all(line.endswith(f"<{iris.build_graph}> .") for line in lines)


def test_unknown_graph_lists_the_graphs(env, iris, tmp_path, capsys):
    out = tmp_path / "x.ttl"
    assert main(["dump", "--graph", "https://example.org/nope", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "no graph <https://example.org/nope>" in err
    assert f"<{iris.ontology_graph}>" in err and f"<{iris.build_graph}>" in err
    assert not out.exists()


def test_bad_arguments(env, tmp_path, capsys):
    assert main(["dump", "--all", str(tmp_path), "--format", "trig"]) == 2
    assert "--all DIR" in capsys.readouterr().err
    assert main(["dump", "-o", str(tmp_path / "x.rdf")]) == 2
    assert "give --format" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["dump", "--format", "xml"])


def test_missing_store_says_to_build(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SEKG_STORE", str(tmp_path / "no-store"))
    assert main(["dump"]) == 2
    assert "sekg build" in capsys.readouterr().err
    assert main(["void", "-o", str(tmp_path / "void.ttl")]) == 2
    assert "sekg build" in capsys.readouterr().err
    assert main(["dump", "--all", str(tmp_path / "dist")]) == 2
    assert not (tmp_path / "dist").exists()


# -- VoID -----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def void(dist) -> Graph:
    return Graph().parse(data=(dist / "void.ttl").read_text(encoding="utf-8"), format="turtle", publicID=BASE + "void.ttl")


@pytest.fixture(scope="module")
def dataset(void) -> URIRef:
    return dataset_iri()


def test_void_is_a_void_and_dcat_dataset(void, dataset):
    assert set(void.objects(dataset, RDF.type)) == {VOID.Dataset, DCAT.Dataset}
    for prop in (DCTERMS.title, DCTERMS.description):
        assert {o.language for o in void.objects(dataset, prop)} == {"ko", "en"}
    assert void.value(dataset, DCTERMS.license) == URIRef(DATA_LICENSE)
    assert void.value(dataset, VOID.sparqlEndpoint) == URIRef(DEFAULT_ENDPOINT)


def test_void_totals(void, dataset, store_counts):
    assert void.value(dataset, VOID.triples).toPython() == store_counts["union"]
    assert void.value(dataset, VOID.classes).toPython() == len(store_counts["classes"])
    assert void.value(dataset, VOID.properties).toPython() == len(store_counts["properties"])


def test_void_subsets_are_the_named_graphs(void, dataset, store_counts):
    subsets = {str(s): void.value(s, VOID.triples).toPython() for s in void.objects(dataset, VOID.subset)}
    assert subsets == store_counts["graphs"]
    assert sum(subsets.values()) == store_counts["quads"]


def test_void_class_partitions(void, dataset, store_counts):
    partitions = {str(void.value(p, VOID["class"])): void.value(p, VOID.entities).toPython()
                  for p in void.objects(dataset, VOID.classPartition)}
    assert partitions == store_counts["classes"]
    assert partitions[PREFIXES["sekg"] + "SourceDocument"] == 2


def test_void_property_partitions(void, dataset, store_counts):
    partitions = {str(void.value(p, VOID.property)): void.value(p, VOID.triples).toPython()
                  for p in void.objects(dataset, VOID.propertyPartition)}
    assert partitions == store_counts["properties"]
    assert sum(partitions.values()) == store_counts["union"]


def test_void_vocabularies(void, dataset, store_counts):
    vocabularies = {str(v) for v in void.objects(dataset, VOID.vocabulary)}
    assert {"https://w3id.org/sekg/ontology", "http://www.w3.org/ns/prov", "http://purl.org/dc/terms/",
            "http://www.w3.org/2004/02/skos/core"} <= vocabularies
    for term in (*store_counts["classes"], *store_counts["properties"]):
        assert any(term.startswith(v) for v in vocabularies), term


def test_void_distributions_match_the_files(void, dataset, dist):
    expected = {"sekg.ttl": "text/turtle", "sekg.trig": "application/trig", "sekg.jsonld": "application/ld+json"}
    found = {}
    for d in void.objects(dataset, DCAT.distribution):
        url = str(void.value(d, DCAT.downloadURL))
        assert url.startswith(BASE), "download URLs are relative to void.ttl"
        name = url.removeprefix(BASE)
        found[name] = str(void.value(d, DCAT.mediaType)).removeprefix("https://www.iana.org/assignments/media-types/")
        assert void.value(d, DCAT.byteSize).toPython() == (dist / name).stat().st_size
    assert found == expected
    assert {str(u).removeprefix(BASE) for u in void.objects(dataset, VOID.dataDump)} == set(expected)


def test_void_sources_and_build_time(void, dataset, seed_store, iris):
    documents = {r["d"].value for r in seed_store.query(
        "SELECT ?d WHERE { GRAPH ?g { ?d a <https://w3id.org/sekg/ontology#SourceDocument> } }")}
    assert len(documents) == 2
    assert {str(s) for s in void.objects(dataset, DCTERMS.source)} == documents
    ended = next(iter(seed_store.query(
        f"SELECT ?t WHERE {{ GRAPH <{iris.build_graph}> {{ ?r a <https://w3id.org/sekg/ontology#ExtractionRun> ; "
        "<http://www.w3.org/ns/prov#endedAtTime> ?t } }")))["t"].value
    built = dt.datetime.fromisoformat(ended)
    assert void.value(dataset, DCTERMS.issued).toPython() == built
    assert void.value(dataset, DCTERMS.modified).toPython() == built


def test_describe_api(seed_store, tmp_path):
    built = dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.UTC)
    nq = tmp_path / "dumps" / "all.nq"
    size = dump_to_file(seed_store, nq)
    description = describe(seed_store, distributions=[nq], endpoint_url=None, built=built, relative_to=tmp_path)
    dataset = dataset_iri()
    assert description.value(dataset, DCTERMS.issued).toPython() == built
    assert description.value(dataset, VOID.sparqlEndpoint) is None
    (distribution,) = description.objects(dataset, DCAT.distribution)
    assert str(description.value(distribution, DCAT.downloadURL)) == "dumps/all.nq"
    assert description.value(distribution, DCAT.byteSize).toPython() == size
    assert str(description.value(distribution, DCAT.mediaType)).endswith("/application/n-quads")


def test_void_command(env, dist, tmp_path, capsys):
    out = tmp_path / "void.ttl"
    assert main(["void", "-o", str(out), "--dumps", str(dist / "sekg.trig"), "--endpoint",
                 "https://kg.example.org/sparql"]) == 0
    assert str(out) in capsys.readouterr().out
    void = Graph().parse(out, format="turtle")
    dataset = dataset_iri()
    assert void.value(dataset, VOID.sparqlEndpoint) == URIRef("https://kg.example.org/sparql")
    (distribution,) = void.objects(dataset, DCAT.distribution)
    assert void.value(distribution, DCAT.byteSize).toPython() == (dist / "sekg.trig").stat().st_size
    assert main(["void", "-o", "-", "--no-endpoint", "--dumps"]) == 0
    void = Graph().parse(data=capsys.readouterr().out, format="turtle")
    assert void.value(dataset, VOID.sparqlEndpoint) is None
    assert void.value(dataset, DCAT.distribution) is None
    assert main(["void", "-o", str(out), "--dumps", str(tmp_path / "missing.ttl")]) == 2
    assert "missing.ttl" in capsys.readouterr().err


def test_void_command_finds_the_dumps_beside_it(env, dist, capsys):
    assert main(["void", "-o", str(dist / "void2.ttl")]) == 0
    capsys.readouterr()
    void = Graph().parse(dist / "void2.ttl", format="turtle")
    assert len(list(void.objects(dataset_iri(), DCAT.distribution))) == 3
    (dist / "void2.ttl").unlink()

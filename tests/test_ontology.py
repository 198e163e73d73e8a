"""The ontology: what it models, how it aligns to the standard vocabularies,
and that every term is labelled in Korean and English."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, QB, RDF, RDFS, SDO, SKOS

from graph.namespaces import (
    CONCEPT,
    ELI,
    SDMX_ATTRIBUTE,
    SDMX_DIMENSION,
    SDMX_MEASURE,
    SEKG,
)
from graph.ontology import missing_labels, misspelt_terms, own_terms
from graph.ontology_check import check_ontology

W3C_ORG = "http://www.w3.org/ns/org#"
FOAF_DOC = URIRef("http://xmlns.com/foaf/0.1/Document")

EXPECTED_CLASSES = {
    "Organization", "LocalGovernment", "Municipality", "Province", "Territory", "AdministrativeCode",
    "Department", "Post", "Person", "BestPracticeCase", "Pledge", "Program", "Enterprise",
    "Partnership", "Observation", "OutcomeObservation", "BudgetObservation", "Award", "Ordinance",
    "Event", "SourceDocument", "TextSpan", "CuratedSource", "Assertion", "ExtractionRun",
    "Field", "EnterpriseType", "OrganizationType", "PartnerRole", "Indicator", "Unit", "ValueKind",
    "Qualifier", "FundingSource", "BeneficiaryGroup", "EventType", "PostRole", "DocumentKind", "DerivedProperty",
}


def test_the_ontology_declares_itself_with_a_version(ontology: Graph) -> None:
    declared = set(ontology.subjects(RDF.type, OWL.Ontology))
    assert declared == {URIRef("https://w3id.org/sekg/ontology")}
    assert ontology.value(URIRef("https://w3id.org/sekg/ontology"), OWL.versionInfo) == Literal("0.1.0")


def test_the_classes_are_exactly_the_modelled_ones(ontology: Graph) -> None:
    classes = {str(t)[len(str(SEKG)):] for t, kind in own_terms(ontology).items() if kind == "class"}
    assert classes == EXPECTED_CLASSES


def test_every_own_term_has_korean_and_english_labels_and_comments(ontology: Graph) -> None:
    assert missing_labels(ontology) == []


def test_the_label_check_finds_a_missing_english_comment() -> None:
    graph = Graph()
    term = SEKG.Thing
    graph.add((term, RDF.type, OWL.Class))
    graph.add((term, RDFS.label, Literal("것", lang="ko")))
    graph.add((term, RDFS.label, Literal("Thing", lang="en")))
    graph.add((term, RDFS.comment, Literal("설명", lang="ko")))
    assert [str(p) for p in missing_labels(graph)] == [f"{term}: class has no @en comment or definition"]


@pytest.mark.parametrize(
    ("term", "ancestor"),
    [
        (SEKG.Municipality, URIRef(W3C_ORG + "FormalOrganization")),
        (SEKG.Municipality, SDO.GovernmentOrganization),
        (SEKG.Enterprise, URIRef(W3C_ORG + "Organization")),
        (SEKG.Department, URIRef(W3C_ORG + "OrganizationalUnit")),
        (SEKG.Post, URIRef(W3C_ORG + "Post")),
        (SEKG.Territory, SDO.AdministrativeArea),
        (SEKG.Program, PROV.Activity),
        (SEKG.Partnership, PROV.AgentInfluence),
        (SEKG.PartnerRole, PROV.Role),
        (SEKG.OutcomeObservation, QB.Observation),
        (SEKG.BudgetObservation, QB.Observation),
        (SEKG.Ordinance, ELI.LegalResource),
        (SEKG.Event, SDO.Event),
        (SEKG.SourceDocument, FOAF_DOC),
        (SEKG.TextSpan, PROV.Entity),
        (SEKG.Assertion, RDF.Statement),
        (SEKG.ExtractionRun, PROV.Activity),
        (SEKG.EnterpriseType, SKOS.Concept),
    ],
)
def test_classes_specialize_the_standard_vocabularies(ontology: Graph, term: URIRef, ancestor: URIRef) -> None:
    assert ancestor in set(ontology.transitive_objects(term, RDFS.subClassOf))


@pytest.mark.parametrize(
    ("prop", "parent"),
    [
        (SEKG.period, SDMX_DIMENSION.refPeriod),
        (SEKG.unit, SDMX_ATTRIBUTE.unitMeasure),
        (SEKG.value, SDMX_MEASURE.obsValue),
        (SEKG.qualifiedPartnership, PROV.qualifiedInfluence),
        (SEKG.partner, PROV.wasInfluencedBy),
        (SEKG.runBy, PROV.wasAssociatedWith),
        (SEKG.jurisdiction, SDO.areaServed),
        (SEKG.startDate, SDO.startDate),
    ],
)
def test_properties_specialize_the_standard_vocabularies(ontology: Graph, prop: URIRef, parent: URIRef) -> None:
    assert (prop, RDFS.subPropertyOf, parent) in ontology


def test_pledge_is_minted_and_says_why(ontology: Graph) -> None:
    comment = {c.language: str(c) for c in ontology.objects(SEKG.Pledge, RDFS.comment)}
    assert "Minted because none of the reused vocabularies" in comment["en"]


@pytest.mark.parametrize(
    ("scheme", "local", "label_ko", "label_en"),
    [
        ("enterprise-type", "social-enterprise", "사회적기업", "Social enterprise"),
        ("enterprise-type", "preliminary-social-enterprise", "예비사회적기업", "Preliminary social enterprise"),
        ("enterprise-type", "village-enterprise", "마을기업", "Village enterprise"),
        ("enterprise-type", "cooperative", "협동조합", "Cooperative"),
        ("enterprise-type", "social-cooperative", "사회적협동조합", "Social cooperative"),
        ("enterprise-type", "self-sufficiency-enterprise", "자활기업", "Self-sufficiency enterprise"),
        ("enterprise-type", "agricultural-cooperative-corporation", "영농조합법인",
         "Agricultural cooperative corporation"),
        ("enterprise-type", "disabled-enterprise", "장애인기업", "Disabled-owned enterprise"),
        ("partner-role", "investor", "투자", "Investor"),
        ("partner-role", "technology-provider", "기술 제공", "Technology provider"),
        ("partner-role", "worker-referral", "인력 알선", "Worker referral"),
        ("partner-role", "operator", "운영", "Operator"),
        ("partner-role", "agreement-partner", "협약 당사자", "Agreement partner"),
        ("indicator", "jobs-created", "일자리 창출", "Jobs created"),
        ("indicator", "employees", "종업원 수", "Employees"),
        ("indicator", "revenue", "매출액", "Revenue"),
        ("indicator", "participants", "참여 인원", "Participants"),
        ("indicator", "visitors", "방문객", "Visitors"),
        ("indicator", "employment-rate", "고용률", "Employment rate"),
        ("funding-source", "national", "국비", "National"),
        ("funding-source", "provincial", "도비", "Provincial"),
        ("funding-source", "municipal", "시비", "Municipal"),
        ("funding-source", "self-funded", "자부담", "Self-funded"),
        ("value-kind", "baseline", "기준값", "Baseline"),
        ("value-kind", "target", "목표", "Target"),
        ("value-kind", "actual", "실적", "Actual"),
        ("beneficiary-group", "career-interrupted-women", "경력단절 여성", "Career-interrupted women"),
        ("beneficiary-group", "youth", "청년", "Youth"),
        ("beneficiary-group", "older-people", "노인", "Older people"),
        ("beneficiary-group", "people-with-disabilities", "장애인", "People with disabilities"),
        ("beneficiary-group", "vulnerable-groups", "취약계층", "Vulnerable groups"),
        ("document-kind", "pledge-card", "공약 카드", "Pledge card"),
    ],
)
def test_concepts_have_their_labels_and_scheme(
    ontology: Graph, scheme: str, local: str, label_ko: str, label_en: str
) -> None:
    concept = CONCEPT[scheme][local]
    labels = {label.language: str(label) for label in ontology.objects(concept, SKOS.prefLabel)}
    assert labels == {"ko": label_ko, "en": label_en}
    assert (concept, SKOS.inScheme, URIRef(str(CONCEPT[scheme]).rstrip("/"))) in ontology


def test_concept_schemes_and_their_sizes(ontology: Graph) -> None:
    sizes = {
        str(scheme).rsplit("/", 1)[-1]: len(set(ontology.subjects(SKOS.inScheme, scheme)))
        for scheme in ontology.subjects(RDF.type, SKOS.ConceptScheme)
    }
    assert sizes == {
        "field": 9, "enterprise-type": 13, "organization-type": 14, "partner-role": 20,
        "indicator": 40, "unit": 16, "value-kind": 4, "qualifier": 6, "funding-source": 8,
        "beneficiary-group": 17, "event-type": 16, "post-role": 5, "document-kind": 4,
    }


def test_narrower_enterprise_types_point_to_their_broader_type(ontology: Graph) -> None:
    etype = CONCEPT["enterprise-type"]
    assert ontology.value(etype["social-cooperative"], SKOS.broader) == etype["cooperative"]
    assert ontology.value(etype["local-social-enterprise"], SKOS.broader) == etype["preliminary-social-enterprise"]


def test_data_cube_structures_have_their_dimensions(ontology: Graph) -> None:
    def dimensions(structure: URIRef) -> set[URIRef]:
        return {
            ontology.value(component, QB.dimension)
            for component in ontology.objects(structure, QB.component)
            if ontology.value(component, QB.dimension) is not None
        }

    assert dimensions(SEKG.outcomeStructure) == {SEKG.subject, SEKG.indicator, SEKG.period, SEKG.valueKind}
    assert dimensions(SEKG.budgetStructure) == {SEKG.subject, SEKG.fundingSource, SEKG.period, SEKG.valueKind}


def test_every_reused_term_is_spelled_as_its_vocabulary_defines_it(ontology: Graph, shapes: Graph) -> None:
    own = own_terms(ontology)
    assert misspelt_terms(ontology, own=own) == []
    assert misspelt_terms(shapes, own=own) == []


@pytest.mark.parametrize(
    ("iri", "message"),
    [
        ("http://www.w3.org/ns/prov#wasDerivedFom", "is not a term of the vocabulary <http://www.w3.org/ns/prov#>"),
        ("http://www.w3.org/ns/org#memberOff", "is not a term of the vocabulary <http://www.w3.org/ns/org#>"),
        ("https://schema.org/foundingdate", "is not a term of the vocabulary <https://schema.org/>"),
        ("http://data.europa.eu/eli/ontology#date_docment", "is not a term of the vocabulary <http://data.europa.eu/eli/ontology#>"),
        ("http://purl.org/linked-data/sdmx/2009/measure#obsvalue",
         "is not a term of the vocabulary <http://purl.org/linked-data/sdmx/2009/measure#>"),
        ("https://w3id.org/sekg/ontology#Municipalty", "is not defined in the sekg ontology"),
        ("https://w3id.org/sekg/concept/indicator/jobs", "is not defined in the sekg ontology"),
    ],
)
def test_the_spelling_check_catches_misspelt_terms(ontology: Graph, iri: str, message: str) -> None:
    graph = Graph()
    graph.add((URIRef("https://w3id.org/sekg/id/x"), URIRef(iri), Literal("v")))
    graph.add((URIRef("https://w3id.org/sekg/id/x"), RDFS.label, Literal("x", lang="ko")))
    problems = misspelt_terms(graph, own=own_terms(ontology))
    assert [(p.term, p.message) for p in problems] == [(iri, message)]


def test_check_ontology_reports_counts_and_no_problems() -> None:
    report = check_ontology()
    assert report.problems == ()
    assert report.examples_checked == ("example.ttl",)
    assert report.counts == {
        "class": 39, "property": 46, "concept": 172, "concept scheme": 13,
        "data structure": 2, "data set": 2, "shape": 29, "individual": 1,
    }

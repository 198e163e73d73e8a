"""The pipeline on short paragraphs not in the seeds, bad input, and atomic writes."""

from __future__ import annotations

import os

import pytest

from graph.errors import InputError
from graph.settings import Settings
from graph.store import LOCK_FILE, StoreLocation
from ingest.build import build, extract_file, ingest
from ingest.pipeline import make_nlp, run_line

NEWS = """\
김해시, 사회적기업 판로 지원 확대

김해시는 2018. 3. 15. 사회적기업 ㈜가야도예와 업무협약을 맺고 판로 지원에 나선다고 밝혔다.
시는 올해 사업비 3억 5천만원을 들여 취약계층 일자리 40개를 만들 계획이다.
㈜가야도예는 2016년 고용노동부 인증 사회적기업으로 직원 12명 중 8명이 장애인이다.
"""


def test_tokenizer_keeps_the_text_and_tags_particles():
    doc = run_line(make_nlp(), "희망케어센터와의  연계를 통해", context_year=None)
    assert doc.text == "희망케어센터와의  연계를 통해"
    assert [t.tag_ for t in doc if t.text == "를"] == ["JKO"]


def test_entities_money_and_dates_on_an_unseen_line():
    doc = run_line(make_nlp(), "수원시와 ㈜가야도예가 2018. 3. 15. 협약, 사업비 3억 5천만원", context_year=None)
    assert [(m.text, m.label) for m in doc._.sekg_mentions] == [("수원시", "MUNICIPALITY"), ("㈜가야도예", "ORG")]
    # Kiwi reads 도예가 (potter) as one token, so the snapped span takes the particle with it.
    assert [s.text for s in doc.spans["sekg_entities"]] == ["수원시", "㈜가야도예가"]
    assert [q.value for q in doc._.sekg_quantities] == [350_000_000]
    assert [d.start for d in doc._.sekg_dates] == ["2018-03-15"]


@pytest.mark.parametrize(("line", "names"), [
    ("○ 중·소형 UPS 제조업체 (주)희망키움터 설립 및 운영", ["(주)희망키움터"]),
    ("⇒ 중소형 UPS 생산업체인 주식회사 희망키움터를 설립", ["주식회사 희망키움터"]),
    ("<오창읍, (사)일하는 공동체>", ["(사)일하는 공동체"]),
    ("참가업체 : 통 주식회사 외 11개 업체 참가", ["통 주식회사"]),
    ("○ 대상 : 아진산업(주), (주)삼광모터스", ["아진산업(주)", "(주)삼광모터스"]),
    ("사례 : 농업회사법인 콩사랑(유), 대흥리공동체", ["농업회사법인 콩사랑(유)", "대흥리공동체"]),
    ("(원주시·건강가정지원센터·원주시자원봉사센터)", ["원주시", "건강가정지원센터", "원주시자원봉사센터"]),  # a list, not one name
    ("판매·홍보센터 운영", ["판매·홍보센터"]),
    ("주식회사 형태로 전환하여 운영", []),
    ("목표 대비 110% 달성, 예산 확보", []),
    ("수익금은 지역아동센터에 기부, 사회적협동조합 종사자 120명", []),  # a kind of facility, a type's workers
])
def test_legal_forms_before_or_after_the_name(line, names):
    # Lines as cleaning leaves them: ㈜ is already (주).
    doc = run_line(make_nlp(), line, context_year=None)
    assert [m.text for m in doc._.sekg_mentions] == names


@pytest.mark.parametrize(("line", "places"), [
    ("광주 북구는 다음 달 장터를 연다", [("광주 북구", "MUNICIPALITY")]),  # a district by its city's short name
    ("홍성군수 공약 ⑦ 마을기업 판로 확대", [("홍성군", "MUNICIPALITY")]),  # the head's title names the place
    ("경상북도 안동시장 공약 이행계획", [("경상북도 안동시", "MUNICIPALITY")]),
    ("도는 지난 8일 익산시청에서 회의를 열고", [("익산시", "MUNICIPALITY")]),  # the office is the place
    ("충남도는 12개 기업을 지정했다", [("충남도", "PROVINCE")]),
    ("시상은 세종에서 열리는 성과공유회에서", [("세종", "PROVINCE")]),  # a city's short name before 에서
    ("수원시장상 수상, 원주중앙시장 활성화", []),  # a mayor's prize, a market
    ("대구대학교와 협약", [("대구대학교", "ORG")]),
])
def test_places_as_reports_write_them(line, places):
    doc = run_line(make_nlp(), line, context_year=None)
    assert [(m.text, m.label) for m in doc._.sekg_mentions] == places


CASE_SECTION = """\
원주시 사회적경제 협업 사례

□ 청년 협동조합 육성 사업
 ○ 운영기관 : 강원대학교
 ○ 한국수자원공사와 업무협약 체결(2017. 5. 2.)
 ○ 참가업체 : 원주청년푸드 협동조합, ㈜다온나눔 외 3개 업체
 ○ 일자리 1,320개 창출 : 목표 1,200개 대비 110% 달성
"""


def test_partners_and_a_target_from_an_unseen_section(tmp_path):
    path = tmp_path / "section.txt"
    path.write_text(CASE_SECTION, encoding="utf-8")
    (x,) = extract_file(path, entry=None)
    label = {key: e.label_ko for key, e in x.entities.items()}
    assert [(label[p.subject], label[p.partner], p.roles, p.evidence.line_start) for p in x.partnerships] == [
        ("청년 협동조합 육성 사업", "강원대학교", ["operator"], 4),
        ("청년 협동조합 육성 사업", "한국수자원공사", ["agreement-partner"], 5),
        # the program's agreement is one the place signed, and binds both ways
        ("한국수자원공사", "원주시", ["agreement-partner"], 5),
        ("원주시", "한국수자원공사", ["agreement-partner"], 5),
        ("청년 협동조합 육성 사업", "원주청년푸드 협동조합", ["participant"], 6),
        ("청년 협동조합 육성 사업", "㈜다온나눔", ["participant"], 6),
    ]
    (target,) = [o for o in x.observations if o.indicator == "jobs-created" and o.value_kind == "target"]
    (actual,) = [o for o in x.observations if o.indicator == "jobs-created" and o.value_kind == "actual"]
    assert (target.value, actual.value) == (1200, 1320)
    assert actual.target is target and actual.achievement_rate == 110
    assert [w.code for w in x.warnings] == ["no-structure"]


YEARLY_THEN_PLEDGE = """\
이천시 일자리센터 취업 실적

구분 2015 2016 2017
취업실적 4,000 5,000 3,000 (단위 : 명)
※ 공약(1만명 취업)의 120% 초과 달성
"""


def test_an_achievement_sums_the_yearly_table_above_it(tmp_path):
    path = tmp_path / "yearly.txt"
    path.write_text(YEARLY_THEN_PLEDGE, encoding="utf-8")
    (x,) = extract_file(path, entry=None)
    (actual,) = [o for o in x.observations if o.achievement_rate is not None]
    assert [(p.period, p.value) for p in actual.computed_from] == [("2015", 4000), ("2016", 5000), ("2017", 3000)]
    assert all(p in x.observations for p in actual.computed_from)
    assert (actual.value, actual.period, actual.achievement_rate) == (12000, "2015/2017", 120)
    assert actual.target.value == 10000 and actual.target.value_kind == "target"
    assert (actual.evidence.line_start, actual.evidence.line_end) == (3, 5)


def test_a_news_report_is_read_by_the_news_reader(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    (x,) = extract_file(path, entry=None)
    assert x.kind == "news-report"
    assert "no-structure" not in [w.code for w in x.warnings]
    labels = {e.label_ko: e.rdf_class for e in x.entities.values()}
    assert labels["김해시"] == "Municipality"
    assert labels["㈜가야도예"] == "Enterprise"  # 사회적기업 ㈜가야도예: the type word before the name
    assert "고용노동부" in labels
    money = [(o.value, o.unit, o.kind) for o in x.observations if o.unit == "krw"]
    assert money == [(350_000_000, "krw", "budget")]
    assert any(e.date == "2018-03-15" and e.event_type == "agreement" for e in x.events)
    # The report mentions ㈜가야도예 on each line that names it, every line with its own provenance.
    mentioned = [f.evidence.line_start for f in x.facts
                 if f.predicate == "schema:mentions" and f.obj == ("organization", ("가야도예",))]
    assert mentioned == [3, 5]


def test_cp949_file(tmp_path):
    path = tmp_path / "card.txt"
    path.write_bytes(NEWS.encode("cp949"))
    (x,) = extract_file(path, entry=None)
    assert x.encoding == "cp949"
    assert "김해시" in {e.label_ko for e in x.entities.values()}


@pytest.mark.parametrize(("content", "message"), [
    (b"", "the file is empty"),
    (b"\x00\x01\x02binary", "binary file"),
    (b"\xff\xfe\xfa\xfb\x80\x81 not korean", "neither UTF-8 nor CP949"),
    (b"\n\n   \n", "only blank lines"),
])
def test_bad_input_names_the_file(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as error:
        extract_file(path, entry=None)
    assert str(path) in str(error.value) and message in str(error.value)


def test_failed_build_keeps_the_previous_store(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "news.txt").write_text(NEWS, encoding="utf-8")
    settings = Settings.from_env({"SEKG_STORE": str(tmp_path / "store")})
    first = build(settings, seeds=seeds)
    before = os.readlink(settings.store_path)
    (seeds / "broken.txt").write_bytes(b"\x00binary")
    with pytest.raises(InputError, match="broken.txt"):
        build(settings, seeds=seeds)
    assert os.readlink(settings.store_path) == before
    store = StoreLocation(settings.store_path).open(read_only=True)
    assert len(store) == first.quads
    # The build lock, the one generation, and the answers kept for it.
    generation = os.path.basename(os.readlink(settings.store_path))
    assert sorted(p.name for p in (tmp_path / "store.d").iterdir()) == [LOCK_FILE, generation, generation + ".results"]


def test_ingest_replaces_one_document_graph(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "news.txt").write_text(NEWS, encoding="utf-8")
    (seeds / "other.txt").write_text("원주시는 2017. 6. 1. 미로예술시장 축제를 열었다.\n", encoding="utf-8")
    settings = Settings.from_env({"SEKG_STORE": str(tmp_path / "store")})
    build(settings, seeds=seeds)
    (seeds / "news.txt").write_text(NEWS.replace("12명", "15명"), encoding="utf-8")
    ingest(settings, [seeds / "news.txt"])
    store = StoreLocation(settings.store_path).open(read_only=True)
    query = """PREFIX sekg: <https://w3id.org/sekg/ontology#>
        SELECT ?v WHERE { ?o sekg:indicator <https://w3id.org/sekg/concept/indicator/employees> ; sekg:value ?v }"""
    # The old 12 is gone with the old graph; 8 is the disabled employees among them.
    assert sorted(r["v"].value for r in store.query(query, use_default_graph_as_union=True)) == ["15", "8"]
    graphs = {g.value.rsplit("/", 1)[-1] for g in store.named_graphs()}
    assert {"news", "other", "ontology", "build"} <= graphs


def test_ingest_takes_what_only_the_old_version_said_out_of_the_shared_graphs(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "news.txt").write_text(NEWS, encoding="utf-8")
    (seeds / "other.txt").write_text("원주시는 2017. 6. 1. 미로예술시장 축제를 열었다.\n", encoding="utf-8")
    settings = Settings.from_env({"SEKG_STORE": str(tmp_path / "store")})
    build(settings, seeds=seeds)
    potter = "<https://w3id.org/sekg/id/organization/가야도예>"
    wonju = "<https://w3id.org/sekg/id/municipality/51130>"

    def about(store, node):
        """The local names of the properties the node has, in any graph."""
        rows = store.query(f"SELECT ?p WHERE {{ GRAPH ?g {{ {node} ?p ?o }} "
                           "FILTER(?g != <https://w3id.org/sekg/id/graph/derived>) }")
        return sorted({row["p"].value.rsplit("#", 1)[-1] for row in rows})

    before = StoreLocation(settings.store_path).open(read_only=True)
    # The enterprise, its agreement with 김해시 (업무협약을 맺고), whom it employs (8명이 장애인이다)
    assert about(before, potter) == ["beneficiary", "enterpriseType", "label", "municipality", "partner",
                                     "qualifiedPartnership", "type"]
    del before
    (seeds / "news.txt").write_text("김해시는 2018. 3. 15. 사회적기업 판로 지원에 나선다고 밝혔다.\n", encoding="utf-8")
    ingest(settings, [seeds / "news.txt"])
    store = StoreLocation(settings.store_path).open(read_only=True)
    assert about(store, potter) == []
    # The other document's city keeps its curated facts (English name, code, territory).
    assert "adminCode" in about(store, wonju) and "jurisdiction" in about(store, wonju)
    distinct = next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                                     "WHERE { GRAPH ?g { ?s ?p ?o } } }")))["n"]
    assert int(distinct.value) == len(store)


def test_workers_write_the_same_graphs_as_one_process(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i, text in enumerate([NEWS, CASE_SECTION, NEWS.replace("김해시", "수원시"), CASE_SECTION.replace("원주시", "청주시")]):
        (seeds / f"doc{i}.txt").write_text(text, encoding="utf-8")
    stores = {}
    for jobs in (1, 2):
        settings = Settings.from_env({"SEKG_STORE": str(tmp_path / f"store{jobs}")})
        summary = build(settings, seeds=seeds, jobs=jobs)
        assert summary.doc_ids == ["doc0", "doc1", "doc2", "doc3"]
        store = StoreLocation(settings.store_path).open(read_only=True)
        # The run's IRI and times differ between builds; everything else is the same.
        stores[jobs] = {str(q) for q in store if "/run/" not in str(q) and "Time>" not in str(q) and "_:" not in str(q)}
    assert stores[1] == stores[2]
    assert len(stores[1]) > 500

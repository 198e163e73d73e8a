"""A deterministic benchmark corpus: Korean social-economy documents and their graph.

Two outputs, both byte-identical for the same seed and sizes:

``python -m bench.synth docs --out DIR [--municipalities 226] [--per-municipality 9] [--scale 1.0]
[--length 1.0] [--seed 7]``
    UTF-8 ``.txt`` documents in the two formats the pipeline reads: casebook
    cases (the header block of ``seeds/000_*.txt``: case marker, 지자체명,
    사례명, 분야, 관련공약, 사례요약, then sections) and pledge cards (like
    ``seeds/002_*.txt``: contacts, 사업개요, tab-separated tables, 추진절차,
    yearly targets), with the PDF artifacts the seeds show. A ``catalog.yaml``
    in the folder gives each document's metadata, and the municipality of the
    cards whose text never names it (as the seeds' catalog does for 002) or
    names it only by a name several share (중구).

``python -m bench.synth rdf --quads 1000000 --out FILE.nq [--seed 7]``
    N-Quads in the project's ontology shape: the ontology graph, one named
    graph per document and a build graph, streamed document by document. The
    file holds exactly ``--quads`` quads, the ontology and build graphs
    included, all distinct. Each document graph is what the ideal extraction
    of the same synthetic document would give (its text is generated, not
    written, and its spans quote its lines), so the graph and the corpus
    describe the same documents when made with the same seed.

Places come from ``ingest/data/places.yaml`` (the current 시/군/구, written with
the province and name they had in the document's year), well-known partners
from ``ingest/data/organizations.yaml``; both are read as data. Nothing from
``ingest`` is imported, so the generator measures the pipeline from outside.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from graph.namespaces import digest, key_segment

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "ingest" / "data"
ONTOLOGY_FILE = ROOT / "ontology" / "sekg.ttl"
BASE = "https://w3id.org/sekg/id/"
DEFAULT_SEED = 7
DEFAULT_MUNICIPALITIES = 226
DEFAULT_PER_MUNICIPALITY = 9
CASE_KB = 62.0  # mean size of a case document at --length 1 (cards are ~6 KB)

# ---------------------------------------------------------------------------------------------
# Places and known organizations (curated YAML, read as data)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    english: str
    former: tuple[dict, ...]


@dataclass(frozen=True)
class Place:
    index: int  # position in the roster (code order): fixes each document's kind
    code: str
    name: str
    province: str
    kind: str
    english: str
    aliases: tuple[str, ...]
    verified: bool
    former: tuple[dict, ...]

    @property
    def stem(self) -> str:
        """The short form documents use (수원 for 수원시); districts keep their full name."""
        if self.kind in ("시", "군") and len(self.name) > 2:
            return self.name[:-1]
        return self.name

    @property
    def metropolitan(self) -> bool:
        return self.province in ("11", "26", "27", "28", "29", "30", "31", "12") and self.kind == "구"


@dataclass(frozen=True)
class Gazetteer:
    provinces: dict[str, Province]
    places: tuple[Place, ...]  # the current 시/군/구, in code order
    shared_names: frozenset[str] = frozenset()  # names several bodies have or had (중구, 서구, 고성군)

    def written(self, place: Place, year: int) -> tuple[str, str]:
        """(province, municipality) as a document of ``year`` writes them."""
        end = f"{year}-12-31"
        for former in sorted(place.former, key=lambda f: str(f.get("valid_through", ""))):
            qualified = former.get("qualified_name")
            if qualified and str(former.get("valid_through", "")) >= end:
                province_text, _, name = qualified.rpartition(" ")
                return province_text, name
        province = self.provinces[place.province]
        for former in province.former:
            if former.get("name") and str(former.get("valid_through", "")) >= end:
                return former["name"], place.name
        return province.name, place.name


def load_gazetteer(data_dir: Path = DATA_DIR) -> Gazetteer:
    places = yaml.safe_load((data_dir / "places.yaml").read_text(encoding="utf-8"))
    provinces = {str(p["code"]): Province(str(p["code"]), p["name"], p.get("english") or p["name"],
                                          tuple(p.get("former_codes") or ()))
                 for p in places["provinces"]}
    current = [m for m in places["municipalities"] if m.get("kind") in ("시", "군", "구") and "valid_through" not in m]
    current.sort(key=lambda m: str(m["code"]))
    roster = tuple(Place(i, str(m["code"]), m["name"], str(m["province"]), m["kind"], m.get("english") or m["name"],
                         tuple(m.get("aliases") or ()), bool(m.get("verified")), tuple(m.get("former_codes") or ()))
                   for i, m in enumerate(current))
    names = [m["name"] for m in places["municipalities"]]
    names += [f["qualified_name"].rpartition(" ")[2] for m in places["municipalities"]
              for f in m.get("former_codes") or () if f.get("qualified_name")]
    shared = frozenset(n for n in names if names.count(n) > 1)
    return Gazetteer(provinces, roster, shared)


@dataclass(frozen=True)
class KnownOrg:
    name: str
    key: str
    english: str
    type: str
    aliases: tuple[str, ...]


# Bodies that existed only part of 2014-2022, and those that came later.
_ERAS = {"안전행정부": (2013, 2014), "행정자치부": (2014, 2017), "행정안전부": (2017, 2022), "중소기업청": (2013, 2017),
         "중소벤처기업부": (2017, 2022), "산업통상부": (2099, 2099), "국가데이터처": (2099, 2099)}
# Universities and centers whose region the name does not give.
_REGION = {"영남대학교": ("27", "47"), "대구대학교": ("27", "47"), "대구가톨릭대학교": ("27", "47"),
           "경일대학교": ("27", "47"), "대구한의대학교": ("27", "47"), "한국교원대학교": ("43",),
           "한국교원대 산학협력단": ("43",), "충북새일본부": ("43",), "충북새일센터": ("43",),
           "경기관광공사": ("41",), "경기방송": ("41",), "경기도민일보": ("41",), "강원도민일보": ("51",)}


@dataclass(frozen=True)
class Partners:
    national: tuple[KnownOrg, ...]
    by_place: dict[str, tuple[KnownOrg, ...]]
    by_province: dict[str, tuple[KnownOrg, ...]]
    by_name: dict[str, KnownOrg]

    def alive(self, year: int) -> tuple[KnownOrg, ...]:
        """The national bodies that existed in ``year``."""
        return tuple(o for o in self.national
                     if _ERAS.get(o.name, (0, 9999))[0] <= year <= _ERAS.get(o.name, (0, 9999))[1])

    def local(self, place: Place) -> tuple[KnownOrg, ...]:
        """Known bodies of this place or its province (수원시사회적경제지원센터 for 수원시)."""
        return self.by_place.get(place.code, ()) + self.by_province.get(place.province, ())


def load_partners(gazetteer: Gazetteer, data_dir: Path = DATA_DIR) -> Partners:
    raw = yaml.safe_load((data_dir / "organizations.yaml").read_text(encoding="utf-8"))["organizations"]
    orgs = [KnownOrg(o["name"], str(o["key"]), o.get("english") or "", o.get("type") or "company",
                     tuple(o.get("aliases") or ())) for o in raw]
    stems = sorted(((p.name, p.code) for p in gazetteer.places), key=lambda x: -len(x[0]))
    stems += sorted(((p.stem, p.code) for p in gazetteer.places if len(p.stem) >= 2 and p.kind != "구"),
                    key=lambda x: -len(x[0]))
    national, by_place, by_province = [], {}, {}
    for org in orgs:
        if org.name in _REGION:
            for province in _REGION[org.name]:
                by_province.setdefault(province, []).append(org)
            continue
        home = next((code for stem, code in stems if org.name.startswith(stem) and len(stem) >= 2), None)
        if home and org.type != "central-government":
            by_place.setdefault(home, []).append(org)
        elif org.type in ("central-government", "public-agency", "association", "research-institute", "company"):
            national.append(org)
    return Partners(tuple(national), {k: tuple(v) for k, v in by_place.items()},
                    {k: tuple(v) for k, v in by_province.items()}, {o.name: o for o in orgs})


# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

NAME_HEADS = ("희망", "나눔", "행복", "푸른", "햇살", "해오름", "새봄", "다온", "늘품", "한울", "가온", "온누리", "두레", "바른",
              "이음", "함께", "마중물", "씨앗", "열매", "꿈나무", "보람", "슬기", "누리", "고운", "맑은", "한빛", "새솜", "들꽃",
              "솔빛", "미소", "단비", "초록", "별빛", "다솜", "한마음", "으뜸", "어울림", "도담", "소담", "하늘", "바다", "숲속",
              "달빛", "새싹", "참살이", "꽃뜰", "느티", "징검다리", "디딤돌", "울림", "모두", "다정", "해바라기", "민들레",
              "무지개", "온새미", "라온", "아름", "정담", "큰나무", "작은손", "한걸음", "두손", "꿈틀", "상생", "동행")
NAME_TAILS = ("키움터", "나눔터", "일터", "공방", "푸드", "세상", "하우징", "베이커리", "환경", "에너지", "케어", "돌봄", "농장",
              "식품", "방앗간", "카페", "인쇄", "디자인", "클린", "물류", "교육", "여행", "문화", "공예", "커뮤니티", "팜", "제과",
              "목공", "두부", "반찬", "세탁", "리폼", "한과", "도시락", "텃밭", "정원", "스토어", "마켓", "살림", "발전소")
COMPANY_WORDS = ("전자", "정밀", "산업", "테크", "기계", "화학", "식품", "건설", "물산", "전기", "금속", "제약", "통신", "소재")
PRODUCTS = ("중·소형 UPS", "LED 조명", "친환경 세제", "전통 장류", "수제 쿠키", "재생 가구", "태양광 모듈", "천연 화장품",
            "유기농 두부", "떡·한과", "도시락", "공기청정 필터", "목재 완구", "업사이클링 가방", "학교 급식 식재료")
DEPARTMENTS = ("사회적경제과", "사회적경제지원과", "일자리경제과", "일자리정책과", "경제정책과", "지역경제과", "일자리창출과",
               "공동체지원과", "지역공동체과", "기업지원과")
TEAMS = ("사회적경제팀", "사회적경제육성팀", "일자리지원팀", "공동체육성팀", "마을기업팀", "협동조합팀")
SURNAMES = (("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang"), ("조", "Cho"),
            ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"), ("한", "Han"), ("오", "Oh"), ("서", "Seo"), ("신", "Shin"),
            ("권", "Kwon"), ("황", "Hwang"), ("안", "Ahn"), ("송", "Song"), ("류", "Ryu"), ("홍", "Hong"))
GIVEN = "민서지현수영준호성은혜경미정우진희상철동훈재석태윤아연주하나선영광종"
UNIVERSITIES = {
    "11": ("서울시립대학교", "성공회대학교", "한신대학교"), "26": ("부산대학교", "동아대학교", "부경대학교"),
    "27": ("경북대학교", "계명대학교", "대구대학교", "영남대학교"), "28": ("인천대학교", "인하대학교"),
    "29": ("전남대학교", "조선대학교", "광주대학교"), "12": ("전남대학교", "목포대학교", "순천대학교", "조선대학교"),
    "30": ("충남대학교", "한남대학교", "대전대학교"), "31": ("울산대학교",), "36": ("고려대학교 세종캠퍼스",),
    "41": ("경기대학교", "한신대학교", "성균관대학교", "아주대학교"), "43": ("충북대학교", "청주대학교", "한국교원대학교"),
    "44": ("공주대학교", "순천향대학교", "호서대학교"), "47": ("경북대학교", "영남대학교", "안동대학교", "대구가톨릭대학교"),
    "48": ("경상국립대학교", "창원대학교", "인제대학교"), "51": ("강원대학교", "한림대학교", "연세대학교 미래캠퍼스"),
    "52": ("전북대학교", "원광대학교", "군산대학교"), "50": ("제주대학교",),
}
AREA_CODES = {"11": "02", "26": "051", "27": "053", "28": "032", "29": "062", "12": "061", "30": "042", "31": "052",
              "36": "044", "41": "031", "43": "043", "44": "041", "47": "054", "48": "055", "50": "064", "51": "033",
              "52": "063"}

# (text, beneficiary-group concept)
GROUPS = (("경력단절 여성", "career-interrupted-women"), ("청년", "youth"), ("노인", "older-people"),
          ("장애인", "people-with-disabilities"), ("저소득층", "low-income"), ("취약계층", "vulnerable-groups"),
          ("결혼이민 여성", None), ("수급자", "livelihood-recipients"), ("차상위계층", "near-poor"),
          ("소상공인", "small-business-owners"), ("농업인", "farmers"), ("노숙인", "homeless"), ("학생", "students"),
          ("미취업자", "unemployed"), ("전통시장 상인", "merchants"), ("여성", "women"))
# enterprise-type concept: (label in lists, how names are written)
ETYPES = {
    "social-enterprise": "사회적기업", "preliminary-social-enterprise": "(예비)사회적기업", "village-enterprise": "마을기업",
    "cooperative": "협동조합", "social-cooperative": "사회적협동조합", "self-sufficiency-enterprise": "자활기업",
    "agricultural-company": "농업회사법인", "agricultural-cooperative-corporation": "영농조합법인",
}
TOPICS = ("사회적경제기업 창업", "청년 사회적기업가", "마을기업", "협동조합", "공유경제", "로컬푸드 직매장", "전통시장",
          "경력단절여성 재취업", "노인일자리", "장애인 일자리", "자활사업", "도시재생 연계 일자리", "공공구매", "판로개척",
          "사회적경제 아카데미", "청년몰", "청년 창업 푸드트럭", "사회적경제 나눔장터", "사회적경제 한마당", "공동체 활성화",
          "사회적기업 지정학교", "사회적경제 협업화", "중간지원조직", "사회적경제 통합 지원체계", "아파트 공동체",
          "마을만들기", "주민참여 공동체", "청년 일자리 플랫폼", "신중년 일자리", "돌봄 사회서비스", "친환경 에너지 협동조합",
          "착한 소비", "사회적금융", "지역화폐 연계", "농촌 공동체 회사", "사회적경제 특구")
ACTIONS = ("지원", "육성", "운영", "조성", "구축", "활성화", "추진", "발굴", "확대", "지원사업 추진", "육성 지원",
           "운영 활성화", "기반 조성", "체계 구축")
TITLE_PATTERNS = (
    "사람중심의 가치 실현! 따뜻한 {topic} 공동체로 완성되는 더 큰 {stem}",
    "민관협력을 통한 기술기반형 사회적기업 육성",
    "“양질의 일자리가 최고의 복지정책”",
    "{stem}형 사회적경제기업 육성으로 만드는 지속가능한 일자리",
    "『공동체 시스템』을 활용한 실패없는 {stem}형 사회적경제기업 육성",
    "청년희망도시 {stem}의 일자리 늘리기",
    "사회적 일자리를 위해서는 사회적경제 인프라 구축이 필요하다!",
    "{topic}로 여는 {stem}의 내일",
    "경력단절 여성에게 내일(JOB)이 있는 {stem}!!",
    "함께 일하고 함께 나누는 {stem} 사회적경제",
    "{topic} 활성화로 지역경제에 활력을",
    "지역 협동조합 활성화 기반마련",
    "주민이 만들고 주민이 누리는 {stem} {topic}",
)
PLEDGE_PATTERNS = ("사회적 경제 활성화(사회적 기업, 협동조합 확대)", "작지만 큰 힘되는 공유경제 활성화 추진",
                   "매년 일자리 {n}개 창출", "사회적 약자를 위한 사회적 일자리 확대", "여성일자리창출 기반확대 및 강화",
                   "청년 창업 지원 확대", "{topic} 활성화", "노인사회 적합형 일자리 창출 및 맞춤형 고용지원",
                   "사회적경제기업 {n}개 육성", "일자리센터 운영 활성화 {n}명 취업달성", "장애인 사회적기업 육성",
                   "전통시장 활성화 및 청년상인 육성", "마을공동체 활성화 지원", "{topic} 기반 구축")
FIVE_FIELDS = ("사회적경제", "도시재생", "청년문제해소", "참여예산제", "지역문화활성화")
SEVEN_FIELDS = ("청렴", "일자리", "사회적경제", "도시재생", "청년문제해소", "주민참여", "소식지")
FIELD_CONCEPTS = {"사회적경제": "social-economy", "도시재생": "urban-regeneration", "청년문제해소": "youth",
                  "참여예산제": "participatory-budgeting", "지역문화활성화": "local-culture", "청렴": "integrity",
                  "일자리": "jobs", "주민참여": "resident-participation", "소식지": "newsletter"}
TICKS = ("◌", "○", "❍", "√", "✓", " ○ ", "○ ")
CHAPTERS = ("추진배경", "추진개요", "추진전략 및 체계", "추진현황", "주요 성과 및 특징", "추진실적", "향후계획",
            "공약이행을 위한 노력 및 성과", "기대효과", "추진과정")
FILL_SUBJECTS = ("사회적경제기업", "지역공동체", "마을기업", "청년 창업가", "취약계층", "지역주민", "경력단절 여성", "협동조합",
                 "전통시장 상인", "중간지원조직", "읍면동 주민자치회", "관내 중소기업", "사회적경제 네트워크")
FILL_OBJECTS = ("자립 기반", "지속가능한 성장", "협력체계", "판로 확보", "역량 강화", "공감대 확산", "안정적인 일자리",
                "지역 선순환 경제", "사회서비스 제공", "주민 소통", "현장 중심 지원체계", "맞춤형 컨설팅")
FILL_ACTIONS = ("마련", "구축", "강화", "확대", "도모", "지원", "추진", "정착")
FILL_TAILS = ("하고자 함", "할 계획임", "하였음", "할 수 있도록 지원", "에 기여함", "{을} 기대함", "하는 계기가 됨")
CAPTIONS = ("업무협약식", "사업설명회", "현장 점검", "교육 수료식", "개소식", "간담회", "홍보 부스 운영", "우수사례 발표",
            "현장 견학", "판매전", "언론보도", "성과공유회")


# ---------------------------------------------------------------------------------------------
# Small helpers: numbers, dates, romanization, RDF terms
# ---------------------------------------------------------------------------------------------

_LEGAL = re.compile(r"\((?:주|유|사|재|합)\)|㈜|주식회사|유한회사|사단법인|재단법인|농업회사법인|합자회사")
_NOISE = re.compile(r"[\s\"'“”‘’「」『』<>]")
WEEKDAYS = "월화수목금토일"
APOSTROPHES = ("'", "‘", "’", "`")


def org_key(name: str) -> str:
    """The pipeline's organization key: the name without legal forms, spaces and quotes."""
    return _NOISE.sub("", _LEGAL.sub("", name.replace("㈜", "(주)")))


def comma(n: int) -> str:
    return f"{n:,}"


def man(n: int) -> str:
    """1만, 5천, 1만5천 — the way pledges write round numbers."""
    if n % 10000 == 0:
        return f"{n // 10000}만"
    if n % 1000 == 0 and n < 10000:
        return f"{n // 1000}천"
    return comma(n)


_INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_VOWELS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
           "eu", "ui", "i"]
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
           "t", "t", "k", "t", "p", "t"]
_ENGLISH_FORMS = (("사회적협동조합", " Social Cooperative"), ("협동조합", " Cooperative"), ("영농조합법인", " Farming Association"))


def romanize(text: str) -> str:
    """Revised Romanization without sound-change rules, words capitalized (a fallback, as in the pipeline)."""
    out = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            out.append(_INITIALS[code // 588] + _VOWELS[(code % 588) // 28] + _FINALS[code % 28])
        else:
            out.append(ch)
    return " ".join(w[:1].upper() + w[1:] for w in "".join(out).split())


def english_org(label: str) -> str:
    name = label
    suffix = ""
    if _LEGAL.search(name):
        suffix = " Co., Ltd." if re.search(r"\(주\)|㈜|주식회사", name) else " Ltd." if "(유)" in name else ""
        name = _LEGAL.sub("", name.replace("㈜", "(주)"))
    for ko, en in _ENGLISH_FORMS:
        if name.endswith(ko):
            name, suffix = name[: -len(ko)], en
            break
    return (romanize(name.strip(" \"“”")) + suffix).strip()


def nt_iri(iri: str) -> str:
    return f"<{iri}>"


def nt_lit(text: str, lang: str | None = None, datatype: str | None = None) -> str:
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    if lang:
        return f'"{body}"@{lang}'
    if datatype:
        return f'"{body}"^^<{XSD}{datatype}>'
    return f'"{body}"'


XSD = "http://www.w3.org/2001/XMLSchema#"
SEKG = "https://w3id.org/sekg/ontology#"
CONCEPT = "https://w3id.org/sekg/concept/"
PREFIXES = {
    "sekg": SEKG, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#", "org": "http://www.w3.org/ns/org#", "qb": "http://purl.org/linked-data/cube#",
    "schema": "https://schema.org/", "eli": "http://data.europa.eu/eli/ontology#",
}
_TERMS: dict[str, str] = {}


def T(curie: str) -> str:
    """The N-Triples form of a vocabulary term (``sekg:Municipality``, ``rdfs:label``)."""
    term = _TERMS.get(curie)
    if term is None:
        prefix, _, local = curie.partition(":")
        term = _TERMS[curie] = f"<{PREFIXES[prefix]}{local}>"
    return term


def C(scheme: str, name: str) -> str:
    """The N-Triples form of a concept of one of the ontology's schemes."""
    return f"<{CONCEPT}{scheme}/{name}>"


def mint(kind: str, *keys: str) -> str:
    return BASE + "/".join([kind, *(key_segment(k) for k in keys)])


def norm_space(text: str) -> str:
    return " ".join(text.split())


def date_literal(iso: str) -> str:
    if "/" in iso:
        return nt_lit(iso)
    return nt_lit(iso, datatype={4: "gYear", 7: "gYearMonth", 10: "date"}.get(len(iso), "string"))


# ---------------------------------------------------------------------------------------------
# Documents: text lines plus the records an ideal extraction finds in them
# ---------------------------------------------------------------------------------------------

Span = tuple[int, int]
Source = Span | str  # a span of lines, or the name of a curated source


@dataclass
class Entity:
    iri: str
    rdf_class: str
    label: str
    source: Source
    kind: str  # municipality, organization, program, pledge, case, department, person
    english: str | None = None
    english_source: str = "romanization"
    place: Place | None = None


@dataclass
class Gold:
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[tuple[str, str, str, Source]] = field(default_factory=list)
    observations: list[dict] = field(default_factory=list)
    partnerships: list[tuple[str, str, list[str], str, Span]] = field(default_factory=list)
    awards: list[tuple[str, str, str | None, str | None, Span]] = field(default_factory=list)
    events: list[tuple[str, str, str, str, str | None, Span]] = field(default_factory=list)
    ordinances: list[tuple[str, str, str | None, str | None, Span]] = field(default_factory=list)
    posts: list[tuple[str, str, str, str | None, str | None, Span]] = field(default_factory=list)


@dataclass
class Document:
    doc_id: str
    kind: str  # casebook or pledge-card
    place: Place
    year: int
    title: str
    lines: list[str]
    gold: Gold
    names_city: bool = True  # a pledge card may never name its city, or only by a name several share

    @property
    def file_name(self) -> str:
        return self.doc_id + ".txt"

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"

    def quote(self, span: Span) -> str:
        return norm_space(" ".join(self.lines[n - 1] for n in range(span[0], span[1] + 1)))[:500]


class Writer:
    """Lines with the layout of PDF-extracted text: blank lines, page numbers, leading spaces."""

    def __init__(self, rng: random.Random, *, blank: float = 0.62) -> None:
        self.rng = rng
        self.lines: list[str] = []
        self.blank = blank
        self.page = rng.randint(9, 70)
        self.on_page = 0
        self.page_size = rng.randint(38, 60)
        self._space_next = False
        self.page_numbers = 0

    def add(self, text: str, *, gap: bool | None = None) -> int:
        if self._space_next:
            text, self._space_next = " " + text.lstrip(), False
        self.lines.append(text)
        number = len(self.lines)
        self.on_page += 1
        if gap is None:
            gap = self.rng.random() < self.blank
        if gap:
            self.lines.append("")
            if self.rng.random() < 0.08:
                self.lines.append(" " if self.rng.random() < 0.5 else "")
        return number

    def gap(self) -> None:
        self.lines.append("")

    def page_break(self) -> None:
        """At a boundary between blocks: a page number, or a page break shown as a leading space."""
        if self.on_page < self.page_size:
            return
        self.on_page = 0
        self.page_size = self.rng.randint(38, 60)
        self.page += 1
        if self.rng.random() < 0.35 or not self.page_numbers:
            self.page_numbers += 1
            self.lines.extend(["", f"- {self.page} -", "", ""])
        else:
            self._space_next = True

    @property
    def size(self) -> int:
        return sum(len(line.encode("utf-8")) + 1 for line in self.lines)


class Ctx:
    """What one document's generators share: the random source, the writer, the records, the place."""

    def __init__(self, doc_id: str, place: Place, year: int, gaz: Gazetteer, partners: Partners,
                 rng: random.Random) -> None:
        self.doc_id = doc_id
        self.place = place
        self.year = year
        self.gaz = gaz
        self.partners = partners
        self.rng = rng
        self.w = Writer(rng)
        self.gold = Gold()
        self.province_text, self.muni_text = gaz.written(place, year)
        self.muni = mint("municipality", place.code)
        self.used_names: set[str] = set()
        self.case: str | None = None
        self.main_program: str | None = None
        self.pledges: list[str] = []
        self.dot = rng.choice(("․", "·", "∙", "⦁", "·"))  # the middle dot this document's PDF produced
        self.jusik = "㈜" if rng.random() < 0.6 else "(주)"
        self.apostrophe = rng.choice(APOSTROPHES)
        self.tripled = False

    # -- random values --------------------------------------------------------------------

    def year_in(self, lo: int = 2014, hi: int | None = None) -> int:
        return self.rng.randint(lo, min(hi or self.year, 2022))

    def date(self, lo: int = 2014, hi: int | None = None) -> dt.date:
        year = self.year_in(lo, hi)
        return dt.date(year, 1, 1) + dt.timedelta(days=self.rng.randint(0, 364))

    def date_text(self, d: dt.date, style: str | None = None) -> tuple[str, str]:
        """A date as the seeds write it, with the ISO value at the precision written."""
        style = style or self.rng.choice(("ymd", "ymd.", "ymdw", "yy", "ym", "ym월", "yy월", "compact"))
        a = self.apostrophe
        if style == "ymd":
            return f"{d.year}. {d.month}. {d.day}", d.isoformat()
        if style == "ymd.":
            return f"{d.year}. {d.month}. {d.day}.", d.isoformat()
        if style == "ymdw":
            return f"{d.year}. {d.month}. {d.day}.({WEEKDAYS[d.weekday()]})", d.isoformat()
        if style == "yy":
            return f"{a}{d.year % 100:02d}. {d.month}. {d.day}", d.isoformat()
        if style == "ym":
            return f"{d.year}. {d.month}.", f"{d.year}-{d.month:02d}"
        if style == "ym월":
            return f"{d.year}. {d.month}월", f"{d.year}-{d.month:02d}"
        if style == "yy월":
            return f"{a}{d.year % 100:02d}. {d.month}월", f"{d.year}-{d.month:02d}"
        return f"{d.year}.{d.month}.{d.day}.", d.isoformat()

    def name(self, kind: str = "enterprise") -> str:
        """A fresh proper name for this document."""
        for _ in range(50):
            if kind == "company":
                stem = self.rng.choice(NAME_HEADS[:30]) + self.rng.choice(COMPANY_WORDS)
            elif self.rng.random() < 0.15:
                stem = self.place.stem + self.rng.choice(NAME_TAILS)
            else:
                stem = self.rng.choice(NAME_HEADS) + self.rng.choice(NAME_TAILS)
            if stem not in self.used_names:
                self.used_names.add(stem)
                return stem
        return stem + str(len(self.used_names))

    def person(self) -> tuple[str, str, str]:
        """(spaced Korean as printed, joined Korean, English)."""
        surname, english = self.rng.choice(SURNAMES)
        given = self.rng.choice(GIVEN) + self.rng.choice(GIVEN)
        return " ".join(surname + given), surname + given, f"{english} {romanize(given).replace(' ', '')}"

    # -- records ------------------------------------------------------------------------

    def fact(self, s: str, p: str, o: str, source: Source) -> None:
        self.gold.facts.append((s, p, o, source))

    def entity(self, iri: str, rdf_class: str, label: str, source: Source, kind: str, **extra) -> str:
        if iri not in self.gold.entities:
            self.gold.entities[iri] = Entity(iri, rdf_class, label, source, kind, **extra)
        elif label != self.gold.entities[iri].label:
            self.fact(iri, "skos:altLabel", nt_lit(label, "ko"), source)
        return iri

    def program(self, label: str, line: int, *, sub: bool = True, span: Span | None = None) -> str:
        label = norm_space(label)
        iri = mint("program", self.place.code, label)
        if iri in self.gold.entities:
            return iri
        span = span or (line, line)
        self.entity(iri, "Program", label, span, "program")
        self.fact(iri, "sekg:municipality", nt_iri(self.muni), span)
        self.fact(iri, "sekg:runBy", nt_iri(self.muni), span)
        if self.case:
            self.fact(self.case, "sekg:featuresProgram", nt_iri(iri), span)
        if sub and self.main_program and self.main_program != iri:
            self.fact(iri, "sekg:subProgramOf", nt_iri(self.main_program), span)
        return iri

    def pledge(self, label: str, line: int) -> str:
        label = norm_space(label)
        iri = mint("pledge", self.place.code, label)
        self.entity(iri, "Pledge", label, (line, line), "pledge")
        self.fact(iri, "sekg:municipality", nt_iri(self.muni), (line, line))
        return iri

    def organization(self, label: str, line: int, *, known: KnownOrg | None = None, org_type: str | None = None,
                     etypes: tuple[str, ...] = (), local: bool = True, founded: str | None = None) -> str:
        key = known.key if known else org_key(label)
        iri = mint("organization", key)
        span = (line, line)
        new = iri not in self.gold.entities
        if etypes:
            self.entity(iri, "Enterprise", label, span, "organization", english=english_org(label))
            for etype in etypes:
                self.fact(iri, "sekg:enterpriseType", C("enterprise-type", etype), span)
        else:
            english, source = (known.english, "english-names") if known and known.english else (english_org(label),
                                                                                                  "romanization")
            self.entity(iri, "Organization", label, span, "organization", english=english, english_source=source)
            if new and (known or org_type):
                self.fact(iri, "sekg:organizationType", C("organization-type", known.type if known else org_type), span)
        if new and (etypes or (local and (not known or known.type in ("company", "support-center", "welfare-center",
                                                                       "association")))):
            self.fact(iri, "sekg:municipality", nt_iri(self.muni), span)
        if founded:
            self.fact(iri, "schema:foundingDate", date_literal(founded), span)
        return iri

    def observe(self, kind: str, subject: str, indicator: str | None, value: int, unit: str, span: Span, *,
                value_kind: str = "actual", period: str | None = None, qualifier: str | None = None,
                funding: str | None = None, etype: str | None = None, beneficiary: str | None = None,
                municipality: bool = True, label: str = "", rate: str | None = None) -> int:
        self.gold.observations.append({
            "kind": kind, "subject": subject, "indicator": indicator, "value": value, "unit": unit, "span": span,
            "value_kind": value_kind, "period": period, "qualifier": qualifier, "funding": funding, "etype": etype,
            "beneficiary": beneficiary, "municipality": self.muni if municipality else None, "label": label,
            "rate": rate, "target": None, "computed_from": [],
        })
        return len(self.gold.observations) - 1

    def partner(self, subject: str, partner: str, roles: list[str], text: str, span: Span) -> None:
        self.fact(subject, "sekg:partner", nt_iri(partner), span)
        self.gold.partnerships.append((subject, partner, roles, norm_space(text), span))

    def event(self, subject: str, label: str, event_type: str, date: str, span: Span, end: str | None = None) -> None:
        self.gold.events.append((subject, norm_space(label)[:120], event_type, date, end, span))

    def beneficiaries(self, subject: str, groups: list[str | None], line: int) -> None:
        for group in groups:
            if group:
                self.fact(subject, "sekg:beneficiary", C("beneficiary-group", group), (line, line))

    # -- text pieces -----------------------------------------------------------------------

    def triple(self, text: str) -> str:
        """The PDF artifact of a phrase printed three times on one line."""
        self.tripled = True
        return text + text + text if text.startswith(("□", " □")) else " ".join([text] * 3)

    def legal(self, stem: str, etype: str) -> str:
        """A name in one of the legal forms the seeds write."""
        r = self.rng.random()
        if etype in ("social-enterprise", "preliminary-social-enterprise", "disabled-enterprise"):
            forms = (f"{self.jusik}{stem}", f"{stem}{self.jusik}", f"주식회사 {stem}", f"(유){stem}", f"{stem}(유)")
            return forms[int(r * len(forms))]
        if etype == "cooperative":
            return f"{stem}협동조합"
        if etype == "social-cooperative":
            return f"{stem}사회적협동조합" if r < 0.7 else f"{stem} 사회적협동조합"
        if etype == "agricultural-company":
            return f"농업회사법인 {stem}" if r < 0.6 else f"농업회사법인 {stem}(유)"
        if etype == "agricultural-cooperative-corporation":
            return f"{stem}영농조합법인"
        if etype == "self-sufficiency-enterprise":
            return f"{self.jusik}{stem}" if r < 0.5 else f"{stem}협동조합"
        return stem  # village enterprises are usually written in quotes after 마을기업

    def filler(self, lines: int) -> None:
        """Narrative, lists, captions, footnotes and schedules, broken where the PDF broke them.

        The bulk of a real case's text; it carries no records (an ideal extraction finds nothing here).
        """
        rng, w = self.rng, self.w
        done = 0
        while done < lines:
            kind = rng.random()
            if kind < 0.07:
                w.add(" ".join(rng.sample(CAPTIONS, 3)))
                done += 1
            elif kind < 0.12:
                term = rng.choice(TOPICS)
                self._footnote += 1
                w.add(f"{self._footnote}) {term}{'는' if _has_no_final(term) else '은'} {rng.choice(FILL_SUBJECTS)}의 "
                      f"{rng.choice(FILL_OBJECTS)}을 위한 제도로서, 관련 법령과 조례에 따라 운영되는 사업을 말함. "
                      f"주로 {rng.choice(FILL_SUBJECTS)}, {rng.choice(FILL_SUBJECTS)} 등이 참여함", gap=False)
                done += 1
            elif kind < 0.2:
                w.add(rng.choice(("연도별 추 진 내 용", "구 분 내    용", "추진일정 세부내용")), gap=False)
                for _ in range(rng.randint(2, 4)):  # words that name no event: dated lines stay plain text
                    w.add(f"{rng.choice(('∘', '·', '-'))} {rng.randint(1, 12)}월 : {rng.choice(FILL_SUBJECTS)} "
                          f"{rng.choice(('계획 수립', '추진상황 점검', '현장 점검', '성과 평가', '예산 확보', '결과 정리'))}",
                          gap=False)
                    done += 1
                w.gap()
            elif kind < 0.3:
                label = rng.choice(("규    모", "구    성", "장    소", "내    용", "방    법", "주요내용", "추진방향"))
                w.add(f"{rng.choice(('❍ ', '○ ', '  - ', 'm '))}{label} : {rng.choice(TOPICS)}, "
                      f"{rng.choice(TOPICS)} 및 {rng.choice(FILL_OBJECTS)} 등")
                done += 1
            elif kind < 0.35:
                w.add(f"※ 자료출처 : {self.muni_text} 홈페이지, 국가통계포털(www.kosis.kr), 내부 행정자료")
                done += 1
            elif kind < 0.42:
                w.add(f"「{rng.choice(FILL_SUBJECTS)}의 {rng.choice(FILL_OBJECTS)}」{rng.choice(('을', '를'))} "
                      f"{rng.choice(('지원하였습니다.', '강화하였습니다.', '확대하였습니다.'))}")
                done += 1
            else:
                subject = rng.choice(FILL_SUBJECTS)
                second = rng.choice(FILL_OBJECTS)
                sentence = (f"{subject}의 {rng.choice(FILL_OBJECTS)} 및 {second}{'를' if _has_no_final(second) else '을'} "
                            f"위한 {rng.choice(TOPICS)} {_particle(rng.choice(FILL_ACTIONS), rng.choice(FILL_TAILS))}")
                marker = rng.choice(("❍ ", "○ ", " ∙ ", "- ", "  ▸ ", "⇒ ", "※ ", "", "☞ ", "→ "))
                if len(sentence) > 34 and rng.random() < 0.7:
                    cut = rng.randint(20, min(34, len(sentence) - 4))
                    w.add(marker + sentence[:cut], gap=rng.random() < 0.4)
                    w.add(("   " if marker else "") + sentence[cut:])
                else:
                    w.add(marker + sentence)
                done += 1

    _footnote = 0


# ---------------------------------------------------------------------------------------------
# Casebook cases
# ---------------------------------------------------------------------------------------------


def _topic(ctx: Ctx) -> str:
    return ctx.rng.choice(TOPICS)


def _program_name(ctx: Ctx) -> str:
    name = f"{_topic(ctx)} {ctx.rng.choice(ACTIONS)}"
    return name if ctx.rng.random() < 0.85 else f"{ctx.place.stem} {name}"


def _heading(ctx: Ctx, name: str, *, numbered: int | None = None) -> tuple[int, str]:
    """A section heading that names a program; returns its line and the program."""
    rng = ctx.rng
    style = rng.random()
    if numbered is not None and style < 0.25:
        text = f"{numbered}. {name}"
    elif style < 0.55:
        text = f" □ {name}"
    elif style < 0.75:
        text = f"  {name}"
    elif style < 0.9:
        text = f"▣ {name}"
    else:
        text = f"□ {name}"
    if rng.random() < 0.06:
        text = ctx.triple(text.strip())
    line = ctx.w.add(text, gap=rng.random() < 0.5)
    return line, ctx.program(name, line)


def _bullet(ctx: Ctx, level: int = 1) -> str:
    rng = ctx.rng
    if level == 1:
        return rng.choice((" ❍ ", "❍ ", " ○ ", "○ ", "m ", " ◯ "))
    return rng.choice(("   ∙ ", "  ▸ ", " ▸", "   - ", "  · ", "w ", "    - "))


def _groups(ctx: Ctx, k: int) -> list[tuple[str, str | None]]:
    return ctx.rng.sample(GROUPS, k)


class Section:
    """One part of a case body; ``summary`` gives its lines for 사례요약, chosen before rendering."""

    name: str = ""

    def summary(self) -> list[str]:
        return [f"▸{self.name}"]

    def render(self, ctx: Ctx) -> None:
        raise NotImplementedError


class EnterpriseStory(Section):
    """An enterprise founded with partners: role table, founding, staff and revenue, the 개요 box."""

    def __init__(self, ctx: Ctx, *, fixed: bool = False) -> None:
        rng = ctx.rng
        self.fixed = fixed
        if fixed:  # the seed's own case (남양주시): the saved queries' default entity
            self.stem, self.etype, self.product = "희망키움터", "social-enterprise", "중·소형 UPS"
            self.written = "㈜희망키움터"
            self.full = "주식회사 희망키움터"
            self.founded = dt.date(2014, 4, 1)
            self.staff, self.vulnerable, self.revenue = 29, 28, 939
        else:
            self.etype = rng.choice(("social-enterprise", "social-enterprise", "preliminary-social-enterprise",
                                     "social-cooperative", "cooperative", "self-sufficiency-enterprise",
                                     "agricultural-company"))
            self.stem = ctx.name()
            self.written = ctx.legal(self.stem, self.etype)
            self.full = f"주식회사 {self.stem}" if self.etype in ("social-enterprise", "preliminary-social-enterprise") \
                else self.written
            self.product = rng.choice(PRODUCTS)
            self.founded = ctx.date(2014, max(2014, ctx.year - 1))
            self.staff = rng.randint(6, 60)
            self.vulnerable = rng.randint(2, self.staff)
            self.revenue = rng.randint(80, 4500)
        self.name = f"{'기술기반형 ' if rng.random() < 0.5 else ''}{ETYPES.get(self.etype, '사회적기업')} 육성"
        self.program_name = f"민관 협력을 통한 {self.name}" if rng.random() < 0.5 else self.name

    def summary(self) -> list[str]:
        return [f"○ {self.product} 생산업체 {self.written} 설립 및 운영",
                f"- 설립 후 직원 {self.staff}명(취약계층 {self.vulnerable}명), 연매출 {comma(self.revenue)}백만원의 성과"]

    def render(self, ctx: Ctx) -> None:
        rng, w = ctx.rng, ctx.w
        line, program = _heading(ctx, self.program_name)
        if rng.random() < 0.3:
            w.add(ctx.triple("□ 민" + ctx.dot + "관이 협력하다 "))
        intro = w.add(f"○ {self.product.replace('·', ctx.dot)} 제조업체 {self.written} 설립 및 운영")
        enterprise = ctx.organization(self.written, intro, etypes=(self.etype,))
        date_text, iso = ctx.date_text(self.founded, rng.choice(("ymd.", "ymd", "ym")))
        line = w.add(f"- {date_text} 설립하여 {max(1, ctx.year - self.founded.year)}년 만에 직원 {self.staff}명"
                     f"(취약계층 {self.vulnerable}명), 연매출 {comma(self.revenue)}백만원의 성과")
        ctx.fact(enterprise, "schema:foundingDate", date_literal(iso), (line, line))
        ctx.event(enterprise, w.lines[line - 1].lstrip("- "), "founding", iso, (line, line))
        period = str(ctx.year - 1)
        ctx.observe("outcome", enterprise, "employees", self.staff, "person", (line, line), period=iso)
        ctx.observe("outcome", enterprise, "employees", self.vulnerable, "person", (line, line), period=iso,
                    beneficiary="vulnerable-groups")
        ctx.observe("outcome", enterprise, "revenue", self.revenue * 1_000_000, "krw", (line, line), period=iso)
        ctx.beneficiaries(program, ["vulnerable-groups"], line)
        if rng.random() < 0.6:
            cert = ctx.date(self.founded.year, ctx.year)
            text, iso = ctx.date_text(cert, "ym")
            line = w.add(f"- {text} 사회적기업 인증 및 KC, KS인증 등 각종 인증 취득")
            ctx.event(enterprise, w.lines[line - 1].lstrip("- "), "certification", iso, (line, line))
        w.add(f"○ 민관 협력을 통해 {ETYPES.get(self.etype, '사회적기업')} 설립 및 기반조성")
        # The role table: "국제통신공업(주) : 기술 및 자본 투자"
        for partner, written, role_text, roles in self._partners(ctx):  # each names the line it is written on
            line = w.add(f" {written} : {role_text}", gap=False)
            ctx.partner(enterprise, partner, roles, role_text, (line, line))
        w.gap()
        ctx.filler(rng.randint(2, 6))
        w.add(f"{self.written} 개요", gap=False)
        label = "○ 기 업 명" if rng.random() < 0.7 else "○ 기업명"
        w.add(f"{label} : {self.full}", gap=False)
        w.add(f"○ 사업기간 : {ctx.date_text(self.founded, 'ymd.')[0]} ~ 지속", gap=False)
        w.add(f"○ 소 재 지 : {ctx.province_text} {ctx.muni_text} {rng.choice(('중앙로', '시청로', '비룡로', '산업로'))} "
              f"{rng.randint(1, 500)}번길 {rng.randint(1, 120)}", gap=False)
        w.add(f"○ 종업원수 : {self.staff}명({self.vulnerable}명 취약계층)", gap=False)
        line = w.add(f"○ 매 출 액 : {comma(self.revenue)}백만원 ({ctx.apostrophe}{(ctx.year - 1) % 100:02d}. 12월 기준)",
                     gap=False)
        ctx.observe("outcome", enterprise, "revenue", self.revenue * 1_000_000, "krw", (line, line),
                    period=f"{ctx.year - 1}-12")
        w.add(f"○ 사업내용 : {self.product.replace('·', ctx.dot)} 생산 및 판매")
        # A flattened table: values apart from their headers, the unit on its own line.
        referred = rng.randint(20, 80)
        parts = [rng.randint(1, max(2, referred // 3)) for _ in range(3)]
        w.add("취업연계")
        first = w.add(f"취업 유지 현황({ctx.apostrophe}{(ctx.year - 1) % 100:02d}년 기준)")
        w.add("계 수급자 차상위 저소득")
        line = w.add(" ".join(str(x) for x in [referred, *parts]))
        w.add(" " * rng.randint(20, 70) + "(단위 : 명)")
        ctx.observe("outcome", program, "job-referrals", referred, "person", (first, line), period=period)
        line = w.add(f"  - (연계실적) 자활사업(희망리본, 취성패, 자활근로) {parts[0]}명, 기타 {parts[1]}명")
        ctx.observe("outcome", program, "job-referrals", parts[0], "person", (line, line), period=period)
        w.page_break()

    def _partners(self, ctx: Ctx) -> Iterator[tuple[str, str, str, list[str]]]:
        rng = ctx.rng
        if self.fixed:
            known = ctx.partners.by_name
            org = known.get("국제통신공업(주)")
            yield (ctx.organization("국제통신공업(주)", len(ctx.w.lines) + 1, known=org), "국제통신공업(주)",
                   "기술 및 자본 투자", ["investor", "technology-provider"])
        else:
            stem = ctx.name("company")
            written = f"{stem}(주)" if rng.random() < 0.5 else f"{stem}{ctx.jusik}"
            yield (ctx.organization(written, len(ctx.w.lines) + 1, org_type="company"), written,
                   rng.choice(("기술 및 자본 투자", "기술 이전 및 기술훈련 지원", "사업장, 설비 등 초기비용 투자",
                               "초기 임가공 물량 제공")), [])
        yield (ctx.muni, ctx.muni_text, "사회적기업 컨설팅, 재정지원, 각종 인증지원 등 행정지원",
               ["consulting", "financial-support", "administrative-support"])
        if self.fixed:
            org = ctx.partners.by_name.get("남양주시희망케어센터")
            yield (ctx.organization("희망케어센터", len(ctx.w.lines) + 1, known=org), "희망케어센터",
                   f"취약계층 근로자 알선{ctx.dot}사례관리{ctx.dot}복지서비스 등 지원",
                   ["worker-referral", "case-management", "welfare-services"])
            return
        welfare = rng.choice((f"{ctx.place.stem}지역자활센터", f"{ctx.place.stem}시니어클럽", f"{ctx.muni_text}희망복지센터",
                              f"{ctx.place.stem}장애인종합복지관", f"{ctx.place.stem}고용복지플러스센터"))
        org_type = "employment-center" if "고용" in welfare else "welfare-center"
        yield (ctx.organization(welfare, len(ctx.w.lines) + 1, org_type=org_type), welfare,
               f"취약계층 근로자 알선{ctx.dot}사례관리 등 지원", ["worker-referral", "case-management"])


class SupportProgram(Section):
    """Money to enterprises: 천원 amounts, counts of enterprises and jobs, an operator."""

    def __init__(self, ctx: Ctx) -> None:
        rng = ctx.rng
        self.name = rng.choice(("사회적경제기업 창업자금 지원", "(예비)사회적기업 사업개발비 지원", "일자리창출 인건비 및 사회보험료 지원",
                                "사회적경제기업 입주공간 지원", "마을기업 고도화 사업 추진", "협동조합 설립 및 경영 컨설팅 지원",
                                f"{_topic(ctx)} 재정 지원")) if rng.random() < 0.7 else _program_name(ctx)
        self.teams = rng.randint(3, 25)
        self.amount = rng.randint(8, 900) * 1000 + rng.choice((0, 222, 489, 717, 858))
        self.jobs = rng.randint(5, 180)

    def summary(self) -> list[str]:
        return [f"▸{self.name} : {self.teams}개 기업 {comma(self.amount)}천원 지원"]

    def render(self, ctx: Ctx) -> None:
        rng, w = ctx.rng, ctx.w
        line, program = _heading(ctx, self.name)
        groups = _groups(ctx, rng.randint(1, 3))
        line = w.add(f"{_bullet(ctx)}지원대상 : {', '.join(g for g, _ in groups)} 등 {self.teams}개 기업")
        ctx.beneficiaries(program, [c for _, c in groups], line)
        start = ctx.date(2014, ctx.year)
        end_year = min(2022, start.year + rng.randint(1, 3))
        a, iso_a = ctx.date_text(start, "ym월")
        w.add(f"{_bullet(ctx)}지원기간 : {a} ~ {end_year}. {rng.randint(1, 12)}월({end_year - start.year}년간)")
        first = rng.randint(1, self.teams - 1) if self.teams > 2 else 1
        split = rng.randint(self.amount // 4, self.amount * 3 // 4)
        line = w.add(f"{_bullet(ctx, 2)}1차 : {first}개 기업 {comma(split)}천원 / 2차  : {self.teams - first}개 기업 "
                     f"{comma(self.amount - split)}천원 지원")
        for count, money in ((first, split), (self.teams - first, self.amount - split)):
            ctx.observe("outcome", program, "organizations", count, "count", (line, line), period=iso_a[:4])
            ctx.observe("outcome", program, "support-amount", money * 1000, "krw", (line, line), period=iso_a[:4])
        line = w.add(f"{_bullet(ctx)}일자리창출 : {self.teams}개 기업 {self.jobs}명 {comma(self.amount)}천원")
        ctx.observe("outcome", program, "organizations", self.teams, "count", (line, line), period=iso_a[:4])
        ctx.observe("outcome", program, "jobs-created", self.jobs, "person", (line, line), period=iso_a[:4])
        ctx.observe("outcome", program, "support-amount", self.amount * 1000, "krw", (line, line), period=iso_a[:4])
        if rng.random() < 0.6:
            people = rng.randint(3, 40)
            amount = rng.randint(20, 300) * 1000 + rng.randint(0, 999)
            line = w.add(f"{_bullet(ctx)}전문인력 지원 : {rng.randint(1, 12)}개 기업 {people}명 {comma(amount)}천원")
            ctx.observe("outcome", program, "employees", people, "person", (line, line), period=iso_a[:4])
            ctx.observe("outcome", program, "support-amount", amount * 1000, "krw", (line, line), period=iso_a[:4])
        if rng.random() < 0.7:
            known = [o for o in ctx.partners.local(ctx.place) if o.type in ("support-center", "foundation")]
            operator = rng.choice((f"{ctx.muni_text}사회적경제지원센터", f"{ctx.place.stem}사회적경제통합지원센터",
                                   f"{ctx.place.stem}마을공동체지원센터", f"{ctx.place.stem}시민재단",
                                   *(o.name for o in known)))
            line = w.add(f"{_bullet(ctx)}운영기관 : {operator}")
            org = ctx.organization(operator, line, known=next((o for o in known if o.name == operator), None),
                                   org_type="foundation" if "재단" in operator else "support-center")
            ctx.partner(program, org, ["operator"], "운영기관", (line, line))
        ctx.filler(rng.randint(1, 4))
        w.page_break()


class Training(Section):
    """An academy or course: sessions, participants, graduates, placements, the universities that run it."""

    def __init__(self, ctx: Ctx) -> None:
        rng = ctx.rng
        self.name = rng.choice((f"{_topic(ctx)} 아카데미 운영", "찾아가는 사회적경제 기본 교육", "예비 청년 사회적기업가 육성 지원",
                                "사회적기업가 양성 교육과정 운영", "경력단절여성 직업교육훈련 운영", "협동조합 설립 교육 운영",
                                f"{ctx.place.stem}형 사회적기업가 아카데미 운영"))
        self.sessions = rng.randint(3, 40)
        self.people = rng.randint(25, 900)

    def summary(self) -> list[str]:
        return [f"▸{self.name} : 총 {self.sessions}회 {comma(self.people)}명 참여"]

    def render(self, ctx: Ctx) -> None:
        rng, w = ctx.rng, ctx.w
        line, program = _heading(ctx, self.name)
        year = ctx.year_in(2014)
        m1 = rng.randint(1, 9)
        line = w.add(f"{_bullet(ctx)}교육기간 : {year}. {m1}월 ~ {min(12, m1 + rng.randint(1, 3))}월")
        groups = _groups(ctx, rng.randint(1, 3))
        line = w.add(f"{_bullet(ctx)}교육대상 : {', '.join(g for g, _ in groups)} 등")
        ctx.beneficiaries(program, [c for _, c in groups], line)
        graduates = rng.randint(self.people // 3, self.people)
        hired = rng.randint(0, graduates // 2)
        style = rng.random()
        if style < 0.5:
            line = w.add(f"{_bullet(ctx)}교육실적 : 총 {self.sessions}회 {comma(self.people)}명 참여")
            ctx.observe("outcome", program, "sessions", self.sessions, "times", (line, line), period=str(year))
            ctx.observe("outcome", program, "participants", self.people, "person", (line, line), period=str(year))
            line = w.add(f"{_bullet(ctx, 2)}{comma(graduates)}명 수료, {hired}명 취업")
        else:
            line = w.add(f"{_bullet(ctx)}{year}년 ∘ {self.sessions}개 과정 운영 ➡ {comma(self.people)}명 교육, "
                         f"{comma(graduates)}명 수료, {hired}명 취업")
            ctx.observe("outcome", program, "trainees", self.people, "person", (line, line), period=str(year))
        ctx.observe("outcome", program, "graduates", graduates, "person", (line, line), period=str(year))
        ctx.observe("outcome", program, "job-placements", hired, "person", (line, line), period=str(year))
        if rng.random() < 0.45:
            many = rng.random() < 0.5
            pool = UNIVERSITIES.get(ctx.place.province, ("한국폴리텍대학",))
            unis = rng.sample(pool, min(len(pool), 2 if many else 1))
            line = w.add(f"{_bullet(ctx)}운영대학 : {', '.join(unis)}")
            for uni in unis:
                org = ctx.organization(uni, line, org_type="university", local=False)
                ctx.partner(program, org, ["operator"], "운영대학", (line, line))
        if rng.random() < 0.5:
            d = ctx.date(year, year)
            text, iso = ctx.date_text(d, "ymdw")
            line = w.add(f"{_bullet(ctx, 2)}수료식 개최 : {text}")
            ctx.event(program, w.lines[line - 1].strip(" -▸∙·w"), "education", iso, (line, line))
        ctx.filler(rng.randint(1, 5))
        w.page_break()


class YearlyTable(Section):
    """A flattened yearly table (구분 2014 2015 2016 …) and the pledge it beats (공약(1만명 취업)의 218% 초과 달성)."""

    INDICATORS = (("취업실적", "job-placements"), ("채용인원", "hires"), ("교육인원", "trainees"), ("참여인원", "participants"),
                  ("일자리창출", "jobs-created"))

    def __init__(self, ctx: Ctx) -> None:
        rng = ctx.rng
        self.label, self.indicator = rng.choice(self.INDICATORS)
        self.name = rng.choice(("일자리센터를 통한 취업 지원 실적", "계층별 취업지원 프로그램 운영", "구인구직 만남의 날 운영",
                                f"{_topic(ctx)} 추진 실적"))
        first = max(2014, min(ctx.year, 2022) - rng.randint(2, 4))
        self.years = list(range(first, min(ctx.year, 2022) + 1))
        base = rng.randint(80, 6000)
        self.values = [max(1, int(base * rng.uniform(0.6, 1.5))) for _ in self.years]
        self.partial = rng.random() < 0.5  # the last year only to June (6월말기준)
        total = sum(self.values)
        self.target = max(1000, round(total * rng.uniform(0.4, 0.95), -3))
        self.rate = round(total * 100 / self.target)

    def summary(self) -> list[str]:
        return [f"○ 공약({man(self.target)}명 취업)의 {self.rate}% 초과 달성"]

    def render(self, ctx: Ctx) -> None:
        rng, w = ctx.rng, ctx.w
        line, program = _heading(ctx, f"{self.name}", numbered=rng.randint(1, 6))
        unit_first = rng.random() < 0.5
        if unit_first:
            w.add("(단위 : 명)", gap=False)
        years = [str(y) for y in self.years]
        head = w.add("구분 " + " ".join(years[:-1]), gap=False)
        w.add(years[-1], gap=True)
        periods = list(years)
        if self.partial:
            w.add("(6월말기준)", gap=True)
            periods[-1] = f"{years[-1]}-06"
        row = w.add(f"{self.label} " + " ".join(comma(v) for v in self.values), gap=True)
        if not unit_first:
            w.add(" " * rng.randint(30, 70) + "(단위 : 명)")
        parts = [ctx.observe("outcome", program, self.indicator, v, "person", (head, row), period=p)
                 for v, p in zip(self.values, periods, strict=True)]
        line = w.add(f"※ 공약({man(self.target)}명 취업)의 {self.rate}% 초과 달성")
        target = ctx.observe("outcome", program, self.indicator, self.target, "person", (line, line),
                             value_kind="target")
        actual = ctx.observe("outcome", program, self.indicator, sum(self.values), "person", (head, line),
                             period=f"{periods[0]}/{periods[-1]}", rate=str(self.rate))
        ctx.gold.observations[actual]["target"] = target
        ctx.gold.observations[actual]["computed_from"] = parts
        ctx.filler(rng.randint(0, 3))
        w.page_break()


class TargetAchievement(Section):
    """목표 1만개 대비 150%: a target and its actual on one line."""

    def __init__(self, ctx: Ctx) -> None:
        rng = ctx.rng
        self.target = rng.choice((1000, 2000, 3000, 5000, 10000, 20000))
        self.rate = rng.randint(101, 220)
        self.actual = self.target * self.rate // 100
        self.name = rng.choice(("매년 일자리 목표 달성", "일자리 창출 목표 관리", f"{ctx.place.stem}형 양질의 일자리 창출"))

    def summary(self) -> list[str]:
        return [f"○ 일자리 목표 {man(self.target)}개 대비 {self.rate}% 창출"]

    def render(self, ctx: Ctx) -> None:
        rng, w = ctx.rng, ctx.w
        line, program = _heading(ctx, self.name)
        first = ctx.year_in(2014, ctx.year - 1)
        w.add(f"○ 사업기간 : {first} ~ {min(2022, ctx.year)}년 ")
        line = w.add(f"□ 일자리 {comma(self.actual)}개 창출 : 목표 {man(self.target)}개 대비 {self.rate}% 창출")
        target = ctx.observe("outcome", program, "jobs-created", self.target, "count", (line, line),
                             value_kind="target")
        actual = ctx.observe("outcome", program, "jobs-created", self.actual, "count", (line, line),
                             rate=str(self.rate))
        ctx.gold.observations[actual]["target"] = target
        ctx.filler(rng.randint(0, 3))


class Awards(Section):
    """Award lines with a year or date and a grantor in parentheses."""

    CONTESTS = ("규제개혁추진 실적 우수기관 선정", "여성일자리 추진 우수기관 선정", "전국 일자리경진대회 우수기관 선정",
                "지역브랜드 일자리 경진대회 “최우수상” 수상", "마을만들기 전국대회 대통령상 수상", "사회적경제 활성화 유공 표창",
                "공약이행 및 정보공개 평가 SA등급", "지방자치단체 일자리 대상 수상", "전통시장 활성화 우수지자체 수상",
                "사회적경제 우수 지자체 최우수상 수상", "협동조합 활성화 평가 우수상 수상")

    def __init__(self, ctx: Ctx) -> None:
        self.count = ctx.rng.randint(2, 6)
        self.name = ctx.rng.choice(("일자리 관련 주요 수상 실적", "대외 평가 및 수상 실적", "주요 수상 내역"))

    def summary(self) -> list[str]:
        return [f"○ {self.name} {self.count}건"]

    def render(self, ctx: Ctx) -> None:
        rng, w = ctx.rng, ctx.w
        w.add(f"❍ {ctx.year_in(2015)}년 {self.name}")
        for _ in range(self.count):
            contest = rng.choice(self.CONTESTS)
            roll = rng.random()
            known = [o for o in ctx.partners.alive(ctx.year) if o.type in ("central-government", "association")]
            grantor_text, grantor_org = None, None
            if roll < 0.35:
                grantor_text = ctx.province_text  # a province grants it: the province itself
            elif roll < 0.75 and known:
                grantor_org = rng.choice(known)
                grantor_text = grantor_org.name
            elif roll < 0.85:
                grantor_text = rng.choice(("고용노동부장관", "행정안전부장관", "대통령"))  # a person: not resolved
            year = ctx.year_in(2014)
            if rng.random() < 0.5:
                d = ctx.date(year, year)
                when, iso = ctx.date_text(d, "ym")
            else:
                when, iso = f"{year}년", str(year)
            text = f"{when} {contest}" + (f" ({grantor_text})" if grantor_text else "")
            line = w.add(rng.choice((" • ", "- ", " ❍ ", "¦ ")) + text)
            grantor = None
            if grantor_org:
                grantor = ctx.organization(grantor_org.name, line, known=grantor_org, local=False)
            elif roll < 0.35:
                grantor = mint("province", ctx.place.province)
            ctx.gold.awards.append((ctx.muni, norm_space(text), iso, grantor, (line, line)))
        w.page_break()


class Ordinances(Section):
    """Ordinances enacted or amended, with dates and numbers."""

    SUBJECTS = ("사회적경제 육성 및 지원", "공유경제 활성화", "사회적기업 육성 및 지원", "협동조합 활성화 지원", "마을기업 육성 및 지원",
                "지역공동체 육성 및 지원", "청년 기본", "사회적경제기업 제품 구매촉진 및 판로지원", "생활임금", "마을공동체 만들기 지원")

    def __init__(self, ctx: Ctx) -> None:
        self.subjects = ctx.rng.sample(self.SUBJECTS, ctx.rng.randint(1, 3))
        self.name = "사회적경제 활성화를 위한 조례제정"

    def summary(self) -> list[str]:
        return [f"▸ {self.subjects[0]}에 관한 조례 제정"]

    def render(self, ctx: Ctx) -> None:
        rng, w = ctx.rng, ctx.w
        w.add(f"  {self.name}")
        for subject in self.subjects:
            title = f"{ctx.muni_text} {subject}에 관한 조례"
            d = ctx.date(2014)
            amended = rng.random() < 0.25
            action = "개정" if amended else "제정"
            number = f"제{rng.randint(400, 2500)}호"
            style = rng.random()
            if style < 0.5:
                text, iso = ctx.date_text(d, rng.choice(("yy", "ymd.", "ymd")))
                line = w.add(f"{_bullet(ctx)}{title} {action}({text})")
                ctx.gold.ordinances.append((title, action, iso, None, (line, line)))
            else:
                line = w.add(f"{_bullet(ctx)}{title} {action}")
                w.add(f"   ▸ {ctx.muni_text} {subject.split()[0]}을 위해 {d.year}년 {d.month}월 조례를", gap=False)
                w.add(f"     {action}하여 제도를 정비하였음", gap=False)
                w.add(f"      ({d.year}년 {d.month}월 {d.day}일 {action}, 조례 {number})")
                ctx.gold.ordinances.append((title, action, d.isoformat(), number, (line, line)))
        w.page_break()


class Events(Section):
    """Festivals, fairs, agreements, openings, declarations: dated lines."""

    def __init__(self, ctx: Ctx) -> None:
        self.name = ctx.rng.choice(("사회적경제 한마당 개최", "사회적경제 박람회 참가 및 개최", "주요 행사 추진",
                                    f"{ctx.place.stem} 사회적경제 주간 운영"))
        self.count = ctx.rng.randint(2, 5)

    def summary(self) -> list[str]:
        return [f"▸{self.name}"]

    def render(self, ctx: Ctx) -> None:
        rng, w = ctx.rng, ctx.w
        line, program = _heading(ctx, self.name)
        for _ in range(self.count):
            d = ctx.date(2014)
            kind = rng.random()
            if kind < 0.3:
                text, iso = ctx.date_text(d, "ymdw")
                n = rng.randint(1, 12)
                line = w.add(f"▸{d.year} 제{n}회 사회적경제 한마당 개최 : {text}")
                ctx.event(program, w.lines[line - 1].lstrip("▸ "), "festival", iso, (line, line))
                people = rng.randint(50, 400)
                line = w.add(f"   ∙ {rng.randint(2, 9)}개시 {people}개 사회적기업 참가")
                ctx.observe("outcome", program, "organizations", people, "count", (line, line), period=str(d.year))
            elif kind < 0.55:
                pool = list(ctx.partners.alive(d.year)) + list(ctx.partners.local(ctx.place)) * 3
                partner = rng.choice(pool)
                text, iso = ctx.date_text(d, rng.choice(("yy월", "ymd.")))
                particle = "와" if _has_no_final(partner.name) else "과"
                line = w.add(f"○ {partner.name}{particle} 업무협약 체결({text})")
                org = ctx.organization(partner.name, line, known=partner, local=False)
                ctx.partner(program, org, ["agreement-partner"], w.lines[line - 1].lstrip("○ "), (line, line))
                ctx.event(program, w.lines[line - 1].lstrip("○ "), "agreement", iso, (line, line))
            elif kind < 0.75:
                end = d + dt.timedelta(days=rng.randint(1, 3))
                text, iso = ctx.date_text(d, "ymd")
                line = w.add(f"❍ {rng.choice(('대한민국 마을기업 박람회', '사회적경제 나눔장터', '사회적기업 물품 판매전'))} "
                             f"개최 : {text} ~ {end.month}. {end.day}.")
                ctx.event(program, w.lines[line - 1].lstrip("❍ "), "fair", iso, (line, line), end=end.isoformat())
                sales = rng.randint(3000, 90000)
                line = w.add(f"   - 참가업체 : {rng.randint(5, 60)}개 업체 참가, 매출 {comma(sales)}천원")
                ctx.observe("outcome", program, "revenue", sales * 1000, "krw", (line, line), period=str(d.year))
            elif kind < 0.9:
                text, iso = ctx.date_text(d, "ymd.")
                place = rng.choice(("청년몰", "공유센터", "사회적경제 혁신타운", "로컬푸드 직매장", "청년창업지원센터"))
                line = w.add(f"- {text} {ctx.place.stem} {place} 개소")
                ctx.event(program, w.lines[line - 1].lstrip("- "), "opening", iso, (line, line))
            else:
                text, iso = ctx.date_text(d, "ymd")
                line = w.add(f"○『{ctx.place.stem} 사회적경제 도시』 선포식 실시 ({text})")
                ctx.event(program, w.lines[line - 1].lstrip("○ "), "declaration", iso, (line, line))
        ctx.filler(rng.randint(0, 3))
        w.page_break()


def _particle(word: str, tail: str) -> str:
    """``word`` + ``tail`` with 을/를 chosen by the word's last syllable."""
    return word + tail.replace("{을}", "를" if _has_no_final(word) else "을")


def _has_no_final(word: str) -> bool:
    last = word[-1]
    code = ord(last) - 0xAC00
    return not (0 <= code < 11172) or code % 28 == 0


class EnterpriseList(Section):
    """The social-economy organizations of the place, by type, with counts (사회적기업 : A, B 등 8개소)."""

    def __init__(self, ctx: Ctx) -> None:
        rng = ctx.rng
        self.types = rng.sample(["social-enterprise", "preliminary-social-enterprise", "village-enterprise",
                                 "cooperative", "social-cooperative", "agricultural-company"], rng.randint(3, 5))
        self.counts = {t: rng.randint(2, 90 if t == "cooperative" else 25) for t in self.types}
        self.name = f"{ctx.muni_text} 사회적경제 현황"

    def summary(self) -> list[str]:
        return [", ".join(f"{ETYPES[t]} {self.counts[t]}개" for t in self.types)]

    def render(self, ctx: Ctx) -> None:
        rng, w = ctx.rng, ctx.w
        as_of = ctx.date(ctx.year, ctx.year)
        w.add(f" ▣ {self.name}({as_of.year % 100}. {as_of.month}월 기준)")
        period = f"{as_of.year}-{as_of.month:02d}"
        for etype in self.types:
            names = []
            for _ in range(rng.randint(1, 3)):
                stem = ctx.name()
                if etype == "village-enterprise":
                    names.append(f"{stem}마을공동체" if rng.random() < 0.5 else f"{stem}협동조합")
                else:
                    names.append(ctx.legal(stem, etype))
            line = w.add(f"   ○ {ETYPES[etype]} : {', '.join(names)} 등 {self.counts[etype]}개소")
            for name in names:
                ctx.organization(name, line, etypes=(etype,))
            ctx.observe("outcome", ctx.muni, "organizations", self.counts[etype], "place", (line, line), period=period,
                        etype=etype)
        if rng.random() < 0.6:
            stem = ctx.name()
            other = ctx.legal(ctx.name(), "social-enterprise")
            line = w.add(f" ▸ 마을기업 “{stem}”, {other}")
            ctx.organization(stem, line, etypes=("village-enterprise",))
            ctx.organization(other, line, etypes=("social-enterprise",))
        w.page_break()


class Council(Section):
    """A governance council of the city and several bodies (여주시와 국토교통부, … 협의회 구성)."""

    def __init__(self, ctx: Ctx) -> None:
        self.topic = _topic(ctx)
        self.name = f"{self.topic} 협의체 구성 및 운영"

    def summary(self) -> list[str]:
        return [f"○ “{self.topic} 협의회” 구성"]

    def render(self, ctx: Ctx) -> None:
        rng, w = ctx.rng, ctx.w
        _heading(ctx, self.name)  # the council's members partner with the city itself
        alive = [o for o in ctx.partners.alive(ctx.year) if o.type in ("central-government", "public-agency")]
        members = rng.sample(alive, min(len(alive), rng.randint(2, 4)))
        local = [f"{ctx.muni_text} 여성단체협의회", f"{ctx.place.stem}상공회의소", f"{ctx.place.stem}사회적경제협의회",
                 f"{ctx.name()}영농조합법인"]
        extra = rng.sample(local, rng.randint(1, 2))
        known_local = [o for o in ctx.partners.local(ctx.place)
                       if o.type in ("association", "support-center", "foundation")]
        if known_local:
            members.append(rng.choice(known_local))
        names = [m.name for m in members] + extra
        particle = "와" if _has_no_final(ctx.muni_text) else "과"
        line = w.add(f" ❍ {ctx.muni_text}{particle} {', '.join(names)}이 함께하는 “{self.topic} 협의회” 구성")
        for known in members:
            org = ctx.organization(known.name, line, known=known, local=False)
            ctx.partner(ctx.muni, org, ["governance-member"], w.lines[line - 1].strip(" ❍"), (line, line))
        for name in extra:
            etypes = ("agricultural-cooperative-corporation",) if name.endswith("영농조합법인") else ()
            org = ctx.organization(name, line, org_type=None if etypes else "association", etypes=etypes)
            ctx.partner(ctx.muni, org, ["governance-member"], w.lines[line - 1].strip(" ❍"), (line, line))
        w.add(" ❍ 민관이 함께하는 거버넌스로 활성화 계획 및 운영방안 등 모색")
        ctx.filler(rng.randint(0, 3))


class Budget(Section):
    """Budget figures: a total split by source in parentheses, 억원 with qualifiers."""

    def __init__(self, ctx: Ctx) -> None:
        rng = ctx.rng
        self.name = _program_name(ctx)
        self.national = rng.randint(5, 400) * 100
        self.provincial = rng.randint(0, 80) * 50
        self.municipal = rng.randint(5, 300) * 100

    def summary(self) -> list[str]:
        return [f"- 사 업 비 : {comma(self.national + self.provincial + self.municipal)}백만원"]

    def render(self, ctx: Ctx) -> None:
        rng, w = ctx.rng, ctx.w
        line, program = _heading(ctx, self.name)
        start = ctx.year_in(2014)
        end = min(2022, start + rng.randint(1, 4))
        w.add(f"   ○ 사업기간 : {start}~{end}년")
        total = self.national + self.provincial + self.municipal
        local = "군비" if ctx.place.kind == "군" else "구비" if ctx.place.kind == "구" else "시비"
        line = w.add(f"   ○ 사 업 비 : {comma(total)}백만원(국비{comma(self.national)} 도비{comma(self.provincial)} "
                     f"{local}{comma(self.municipal)})")
        period = f"{start}/{end}"
        ctx.observe("budget", program, "budget", total * 1_000_000, "krw", (line, line), period=period, funding="total")
        for source, value in (("national", self.national), ("provincial", self.provincial),
                              ("municipal", self.municipal)):
            ctx.observe("budget", program, "budget", value * 1_000_000, "krw", (line, line), period=period,
                        funding=source)
        if rng.random() < 0.6:
            amount = rng.randint(5, 90)
            qualifier = rng.choice((None, "approximately", "more-than-approximately"))
            text = {None: f"{amount}억원", "approximately": f"약 {amount}억원", "more-than-approximately": f"{amount}억여원"}
            line = w.add(f" ❍ 공모사업(NEXT {ctx.province_text[:2]} 창조오디션)을 통한 재원확보({text[qualifier]})")
            ctx.observe("budget", program, "budget", amount * 100_000_000, "krw", (line, line), funding="total",
                        qualifier=None if qualifier == "more-than-approximately" else qualifier)
        groups = _groups(ctx, rng.randint(1, 2))
        people = rng.randint(100, 20000)
        line = w.add(f"   ○ 참여대상 : {comma(people)}명({', '.join(g for g, _ in groups)})")
        ctx.observe("outcome", program, "participants", people, "person", (line, line), period=period)
        ctx.beneficiaries(program, [c for _, c in groups], line)
        ctx.filler(rng.randint(1, 4))
        w.page_break()


class Centers(Section):
    """Designated centers: 청주여성새로일하기센터(2009. 2. 고용노동부, 여성가족부 지정)."""

    def __init__(self, ctx: Ctx) -> None:
        stem = ctx.place.stem
        self.centers = ctx.rng.sample([f"{stem}여성새로일하기센터", f"{stem}IT여성새로일하기센터", f"{stem}지역자활센터",
                                       f"{ctx.muni_text}사회적경제지원센터", f"{stem}청년일자리센터"], 2)
        self.name = "여성새로일하기센터 확충" if "새로" in self.centers[0] else "일자리 지원기관 확충"

    def summary(self) -> list[str]:
        return [f" {self.name}(1개소 ➡ 2개소)"]

    def render(self, ctx: Ctx) -> None:
        rng, w = ctx.rng, ctx.w
        _heading(ctx, f"{self.name} (1개소 ➡ 2개소)" if rng.random() < 0.3 else self.name)
        w.add("   m 현황")
        ministries = [o for o in ctx.partners.alive(ctx.year) if o.type == "central-government"]
        for center in self.centers:
            d = ctx.date(2014)
            who = rng.sample(ministries, min(len(ministries), rng.randint(1, 2)))
            line = w.add(f"    - {center}({d.year}. {d.month}. {', '.join(o.name for o in who)} 지정)")
            org = ctx.organization(center, line, org_type="employment-center" if "일" in center else "support-center")
            text = f"{d.year}. {d.month}. {', '.join(o.name for o in who)} 지정"
            for ministry in who:
                agent = ctx.organization(ministry.name, line, known=ministry, local=False)
                ctx.partner(org, agent, ["certifier"], text, (line, line))
        ctx.filler(rng.randint(0, 3))


class Impact(Section):
    """Expected effects: production, income and value-added inducement in 백만원, jobs, visitors."""

    def __init__(self, ctx: Ctx) -> None:
        rng = ctx.rng
        self.visitors = rng.randint(5, 900)
        self.values = [rng.randint(2000, 90000) for _ in range(3)]
        self.jobs = rng.randint(20, 1200)
        self.name = "지역경제 파급효과"

    def summary(self) -> list[str]:
        return [f"○ 총 {self.jobs}명의 일자리 창출"]

    def render(self, ctx: Ctx) -> None:
        rng, w = ctx.rng, ctx.w
        w.add(" Ⅳ  기대효과")
        program = ctx.main_program
        line = w.add(f"  ‣ 사업 추진으로 {self.visitors}만명의 방문객 발생이 예상되며 생산유발효과 "
                     f"{comma(self.values[0])}백만원, 소득유발효과 {comma(self.values[1])}백만원, 부가가치유발효과 "
                     f"{comma(self.values[2])}백만원으로")
        for indicator, value in zip(("production-inducement", "income-inducement", "value-added-inducement"),
                                    self.values, strict=True):
            ctx.observe("outcome", program, indicator, value * 1_000_000, "krw", (line, line),
                        value_kind="projection")
        ctx.observe("outcome", program, "visitors", self.visitors * 10000, "person", (line, line),
                    value_kind="projection")
        line = w.add(f"  고용유발효과 즉, 일자리 창출은 {self.jobs}명으로 연간 약 {max(1, self.jobs // 20)}명이 발생될 것으로 추정됨")
        ctx.observe("outcome", program, "employment-inducement", self.jobs, "person", (line, line),
                    value_kind="projection")
        ctx.observe("outcome", program, "employment-inducement", max(1, self.jobs // 20), "person", (line, line),
                    value_kind="projection", qualifier="approximately")
        ctx.filler(rng.randint(0, 2))


class Activities(Section):
    """A list of activities under one heading, as 사례요약 lists them: counts, dates, places."""

    KINDS = (("설명회", "meeting"), ("박람회", "fair"), ("한마당", "festival"), ("교육", "education"),
             ("공모전", "competition"), ("간담회", "meeting"), ("축제", "festival"), ("나눔장터", "fair"),
             ("포럼", "meeting"), ("아카데미", "education"))

    def __init__(self, ctx: Ctx) -> None:
        rng = ctx.rng
        self.name = _program_name(ctx)
        self.items = []
        for _ in range(rng.randint(3, 7)):
            word, event_type = rng.choice(self.KINDS)
            self.items.append((f"{_topic(ctx)} {word}", word, event_type, rng.random()))

    def summary(self) -> list[str]:
        return [f"▸{name} 운영" for name, *_ in self.items[:3]]

    def render(self, ctx: Ctx) -> None:
        rng, w = ctx.rng, ctx.w
        _heading(ctx, self.name)
        for name, _word, event_type, roll in self.items:
            if roll < 0.4:
                sessions, people = rng.randint(1, 30), rng.randint(10, 2000)
                approx = rng.random() < 0.3
                line = w.add(f"{_bullet(ctx, 2)}{name} 운영 : 총 {sessions}회 {comma(people)}{'여' if approx else ''}명 참여")
                sub = ctx.program(f"{name} 운영", line)
                year = str(ctx.year_in(2014))
                ctx.observe("outcome", sub, "sessions", sessions, "times", (line, line), period=year)
                ctx.observe("outcome", sub, "participants", people, "person", (line, line), period=year,
                            qualifier="more-than-approximately" if approx else None)
            elif roll < 0.75:
                d = ctx.date(2014)
                text, iso = ctx.date_text(d, rng.choice(("ymdw", "ymd", "ymd.", "yy")))
                n = rng.randint(1, 15)
                line = w.add(f"{_bullet(ctx, 2)}{d.year} 제{n}회 {name} 개최 : {text}")
                sub = ctx.program(f"제{n}회 {name} 개최", line)
                ctx.event(sub, w.lines[line - 1].strip(" ▸∙·-w"), event_type, iso, (line, line))
            else:
                places, firms = rng.randint(1, 9), rng.randint(3, 60)
                line = w.add(f"{_bullet(ctx, 2)}{name} 상설 운영 ({places}개소 {firms}개 기업)")
                sub = ctx.program(f"{name} 상설 운영", line)
                year = str(ctx.year_in(2014))
                ctx.observe("outcome", sub, "facilities", places, "place", (line, line), period=year)
                ctx.observe("outcome", sub, "organizations", firms, "count", (line, line), period=year)
        ctx.filler(rng.randint(0, 4))
        w.page_break()


SECTION_WEIGHTS = ((SupportProgram, 3), (Training, 3), (Activities, 4), (YearlyTable, 1), (TargetAchievement, 1),
                   (Awards, 2), (Ordinances, 1), (Events, 2), (EnterpriseList, 1), (Council, 1), (Budget, 2),
                   (Centers, 1), (EnterpriseStory, 1), (Impact, 1))
# At most one of these per case; the others may repeat.
SINGLE_SECTIONS = (YearlyTable, TargetAchievement, Awards, Ordinances, EnterpriseList, Council, Centers, Impact)


def _case_title(ctx: Ctx) -> str:
    return ctx.rng.choice(TITLE_PATTERNS).format(topic=_topic(ctx), stem=ctx.place.stem)


def _pledge_text(ctx: Ctx) -> str:
    return ctx.rng.choice(PLEDGE_PATTERNS).format(
        n=ctx.rng.choice(("1만", "5천", "1,000", "3천", "500", "2만")), topic=_topic(ctx))


def build_case(doc_id: str, place: Place, gaz: Gazetteer, partners: Partners, rng: random.Random, *,
               length: float = 1.0, featured: bool = False) -> Document:
    year = rng.randint(2015, 2022)
    ctx = Ctx(doc_id, place, year, gaz, partners, rng)
    w = ctx.w
    title = _case_title(ctx)
    # Plan the body first: the summary restates it.
    sections: list[Section] = [EnterpriseStory(ctx, fixed=featured)]
    target = max(6000, int(rng.lognormvariate(0, 0.35) * CASE_KB * 1024 * length))
    kinds, weights = zip(*SECTION_WEIGHTS, strict=True)
    chosen: list[type] = []
    for _ in range(rng.randint(9, 15)):
        kind = rng.choices(kinds, weights)[0]
        if kind in SINGLE_SECTIONS and kind in chosen:
            kind = rng.choice((SupportProgram, Training, Activities, Budget, Events))
        chosen.append(kind)
        sections.append(kind(ctx))
    rng.shuffle(sections)
    # -- header block
    w.add(rng.choice((" 매니페스토 우수사례 소개서", "매니페스토 우수사례 소개서")), gap=rng.random() < 0.6)
    muni_line = w.add(f"{rng.choice(('지자체명', '지자체명', '지 자 체 명'))} {ctx.province_text} {ctx.muni_text}"
                      f"{' ' if rng.random() < 0.3 else ''}", gap=rng.random() < 0.6)
    ctx.entity(ctx.muni, "Municipality", ctx.muni_text, (muni_line, muni_line), "municipality", place=place)
    ctx.case = mint("case", doc_id, place.code)
    label = "사 례 명"
    if rng.random() < 0.3 and len(title) > 20:
        cut = title.rfind(" ", 0, len(title) // 2 + 4)
        w.add(label, gap=False)
        a = w.add(title[:cut].strip(), gap=True)
        b = w.add(title[cut:].strip(), gap=True)
        title_span = (a, b)
    else:
        a = w.add(f"{label} {title}", gap=True)
        title_span = (a, a)
    ctx.entity(ctx.case, "BestPracticeCase", title, title_span, "case")
    ctx.fact(ctx.case, "sekg:municipality", nt_iri(ctx.muni), (muni_line, muni_line))
    ctx.fact(ctx.case, "dcterms:isPartOf", nt_iri(mint("document", doc_id)), (muni_line, muni_line))
    field_name = rng.choice(("사회적경제",) * 6 + ("도시재생", "청년문제해소", "일자리"))
    seven = field_name == "일자리" or rng.random() < 0.2
    fields = SEVEN_FIELDS if seven else FIVE_FIELDS
    if field_name not in fields:
        field_name = "사회적경제"
    tick = rng.choice(TICKS)
    boxes = [f"{i}분야-{f} 분야({tick if f == field_name else ' '})" for i, f in enumerate(fields, start=1)]
    if rng.random() < 0.2:
        number = fields.index(field_name) + 1
        f_first = f_last = w.add(f"분    야 {number}분야-{field_name} 분야", gap=True)
    elif rng.random() < 0.5:
        f_first = w.add("분    야", gap=False)
        half = (len(boxes) + 1) // 2
        f_first = w.add(", ".join(boxes[:half]) + ",", gap=True)
        f_last = w.add(", ".join(boxes[half:]), gap=True)
    else:
        f_first = f_last = w.add("분    야 " + ", ".join(boxes), gap=True)
    ctx.fact(ctx.case, "sekg:field", C("field", FIELD_CONCEPTS[field_name]), (f_first, f_last))
    # The case's own program: its title.
    ctx.main_program = ctx.program(title.strip("\"'!“”"), title_span[0], sub=False, span=title_span)
    pledges = [_pledge_text(ctx) for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4, 6)))]
    pledges = list(dict.fromkeys(pledges))
    if not pledges:
        w.add("관련공약 (해당되는 경우 관련 공약명 기재)", gap=True)
    elif len(pledges) >= 4:
        w.add("관련공약", gap=True)
        numbers = "①②③④⑤⑥⑦⑧"
        for k in range(0, len(pledges), 2):
            pair = pledges[k:k + 2]
            line = w.add("        ".join(f"{numbers[k + j]} {p}" for j, p in enumerate(pair)), gap=False)
            for p in pair:
                ctx.pledges.append(ctx.pledge(p, line))
    elif rng.random() < 0.5:
        w.add("관련공약", gap=False)
        for p in pledges:
            line = w.add(f"- {p}", gap=True)
            ctx.pledges.append(ctx.pledge(p, line))
    else:
        plain = [p for p in pledges if "," not in p] or pledges[:1]
        line = w.add("관련공약 " + ", ".join(plain), gap=True)
        for p in plain:
            ctx.pledges.append(ctx.pledge(p, line))
    for pledge in ctx.pledges:
        span = ctx.gold.entities[pledge].source
        ctx.fact(ctx.case, "sekg:relatedPledge", nt_iri(pledge), span)
        ctx.fact(pledge, "sekg:implementedBy", nt_iri(ctx.main_program), span)
    summary_start = w.add("사례요약", gap=True)
    summary = []
    for section in sections[: rng.randint(4, len(sections))]:
        if rng.random() < 0.4 and section.name:
            summary.append(f"□ {section.name}")
        summary.extend(section.summary())
    for text in summary:
        w.add(text if text.startswith(("□", "○", "-")) else " " + text)
    summary_end = len(w.lines)
    abstract_lines = [n for n in range(summary_start, min(summary_end, summary_start + 39) + 1)
                      if w.lines[n - 1].strip()]
    abstract = norm_space(" ".join(w.lines[n - 1] for n in abstract_lines))[:1500]
    ctx.fact(ctx.case, "dcterms:abstract", nt_lit(abstract, "ko"), (abstract_lines[0], abstract_lines[-1]))
    w.page_break()
    # -- body
    garbled = rng.random() < 0.15
    w.add(" " + (title + title[-4:] * 2 if garbled else title))
    chapters = rng.sample(CHAPTERS, min(len(CHAPTERS), max(2, len(sections) // 3)))
    per = max(1, len(sections) // len(chapters))
    numerals = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"
    for k, section in enumerate(sections):
        if k % per == 0 and k // per < len(chapters):
            chapter = chapters[k // per]
            text = f"{numerals[k // per]}. {chapter}" if rng.random() < 0.5 else f" {numerals[k // per]}  {chapter}"
            tripled = rng.random() < 0.05 or (k // per == 1 and not ctx.tripled)  # every case has one
            w.add(ctx.triple(f"□ {chapter}") if tripled else text)
        section.render(ctx)
        if w.size < target * (k + 1) / len(sections):
            ctx.filler(rng.randint(2, 8))
    while w.size < target:
        ctx.filler(12)
        w.page_break()
    return Document(doc_id, "casebook", place, year, title, w.lines, ctx.gold)


# ---------------------------------------------------------------------------------------------
# Pledge cards
# ---------------------------------------------------------------------------------------------

CARD_TITLES = ("지속가능한 사회적경제 일자리 {n}개 육성", "사회적경제기업 {n}개 육성으로 좋은 일자리 창출",
               "{stem}형 사회적경제 생태계 조성", "사회적경제 일자리 {n}개 창출", "청년 사회적기업가 {n}명 육성",
               "마을기업{dot}협동조합 활성화로 일자리 {n}개")
PHASES = ("사회적경제조직 발굴 및 육성", "지속가능한 사회적경제 생태계 조성", "사회적경제조직 생산품서비스 공공구매 활성화",
          "사회적경제 판로 확대 및 네트워크 구축", "사회적경제 인재 양성 체계 구축", "지역순환경제 기반 조성")
CARD_PROGRAMS = ("견실한 사회적경제조직 발굴", "사회적경제 조직 재정 지원으로 지속가능한 일자리 창출", "지역주도형 청년일자리 창출",
                 "지역산업맞춤형 일자리창출 지원사업 추진", "청소년 사회적 경제학교 운영", "신규기업과 선도기업간 멘토링 사업 추진",
                 "공공기관 우선구매 확산 지원", "온두레 공동체 육성", "협동조합 협의회 구성 지원", "사회적경제 창업 보육 지원")


def build_card(doc_id: str, place: Place, gaz: Gazetteer, partners: Partners, rng: random.Random, *,
               length: float = 1.0) -> Document:
    start = rng.choice((2014, 2018, 2018))
    end = start + 4
    ctx = Ctx(doc_id, place, start, gaz, partners, rng)
    w = ctx.w
    w.blank = 0.45
    names_city = rng.random() < 0.7
    named_clearly = names_city and ctx.muni_text not in gaz.shared_names
    goal = rng.choice((300, 500, 1000, 1200, 1500, 2000))
    title = rng.choice(CARD_TITLES).format(n=comma(goal), stem=place.stem, dot=ctx.dot)
    if names_city and rng.random() < 0.4:
        title = f"{ctx.muni_text} {title}"
    w.gap()
    w.gap()
    title_line = w.add(title)
    if ctx.muni_text in title and named_clearly:
        ctx.entity(ctx.muni, "Municipality", ctx.muni_text, (title_line, title_line), "municipality", place=place)
    elif not named_clearly:
        ctx.entity(ctx.muni, "Municipality", place.name, "catalog", "municipality", place=place)
    pledge = ctx.pledge(title, title_line)
    ctx.pledges = [pledge]
    # Contacts: a department and three posts with phones.
    department_name = rng.choice(DEPARTMENTS)
    team = rng.choice(TEAMS)
    line = w.add(f"{department_name}\t\t\t담당자", gap=False)
    department = mint("department", place.code, department_name)
    ctx.entity(department, "Department", department_name, (line, line), "department")
    ctx.fact(department, "org:unitOf", nt_iri(ctx.muni), (line, line))
    prefix = f"{AREA_CODES.get(place.province, '02')}-" if rng.random() < 0.3 else ""
    exchange = rng.randint(200, 990)
    for post, role in ((f"{department_name}장", "head-of-division"), (f"{team}장", "team-leader"), ("담당자", "officer")):
        spaced, joined, english = ctx.person()
        phone = f"{prefix}{exchange}-{rng.randint(1000, 9999)}"
        line = w.add(f"{post}\t{phone}\t{spaced}\t", gap=False)
        person = mint("person", place.code, joined)
        ctx.entity(person, "Person", joined, (line, line), "person", english=english)
        ctx.gold.posts.append((department, post, role, person, phone, (line, line)))
    w.gap()
    w.add("□ 사업개요")
    w.add(f"- 사업규모 : 사회적경제일자리 {comma(goal)}개 육성", gap=False)
    line = w.add(f"- 사업기간 : {start}. ~ {end}.", gap=False)
    ctx.fact(pledge, "sekg:startDate", date_literal(str(start)), (line, line))
    ctx.fact(pledge, "sekg:endDate", date_literal(str(end)), (line, line))
    term = f"{start}/{end}"
    # Budget by source and year, in 억원 with one decimal.
    local = "군비" if place.kind == "군" else "구비" if place.kind == "구" else "시비"
    provincial = "시비" if place.metropolitan else "도비"
    shares = {"국비": rng.uniform(0.5, 0.75), provincial: rng.uniform(0.05, 0.15)}
    shares[local] = 1 - sum(shares.values())
    years_total = [round(rng.uniform(8, 80), 1) for _ in range(5)]
    by_source = {s: [round(v * share, 1) for v in years_total] for s, share in shares.items()}
    years_total = [round(sum(by_source[s][k] for s in by_source), 1) for k in range(5)]
    total = round(sum(years_total), 1)
    line = w.add(f"- 총사업비 : {_num(total)}억원", gap=False)
    ctx.observe("budget", pledge, "budget", _won(total), "krw", (line, line), value_kind="target", period=term,
                funding="total", municipality=False)
    content = "사회적경제조직 발굴, 협동조합 활성화, 공공구매 활성화 등"
    if names_city and ctx.muni_text not in title:
        content = f"{ctx.muni_text} 관내 {content}"
        line = w.add(f"- 사업내용 : {content}", gap=False)
        if named_clearly:
            ctx.entity(ctx.muni, "Municipality", ctx.muni_text, (line, line), "municipality", place=place)
    else:
        w.add(f"- 사업내용 : {content}", gap=False)
    as_of = f"{start}-06"
    w.add(f"- 사회적경제조직 근로자 현황 ('{start % 100:02d}. 6월말 기준) (단위:개,명)")
    types = [("사회적기업", "social-enterprise"), ("마을기업", "village-enterprise"),
             ("자활기업", "self-sufficiency-enterprise"), ("협동조합", "cooperative")]
    orgs = [rng.randint(3, 120) for _ in types]
    workers = [n * rng.randint(2, 14) for n in orgs]
    head = w.add("구분\t계\t" + "\t".join(t for t, _ in types), gap=False)
    row1 = w.add("기업(단체)수\t" + "\t".join(comma(x) for x in [sum(orgs), *orgs]), gap=False)
    row2 = w.add("근로자수\t" + "\t".join(comma(x) for x in [sum(workers), *workers]))
    for (indicator, values, row) in (("organizations", orgs, row1), ("employees", workers, row2)):
        for (_, etype), value in zip(types, values, strict=True):
            ctx.observe("outcome", ctx.muni, indicator, value, "count" if indicator == "organizations" else "person",
                        (head, row), period=as_of, etype=etype)
    w.add("□ 연도별 자원투자")
    w.add("(단위 : 억원)")
    head = w.add("구분\t총투자 규모\t임기 내\t\t\t\t\t", gap=False)
    years = [str(start + k) for k in range(4)] + [f"{end}.6"]
    w.add("\t\t소계\t" + "\t".join(years), gap=False)
    rows = [("계", years_total)] + list(by_source.items())
    concepts = {"계": "total", "국비": "national", "도비": "provincial", "시비": "provincial" if place.metropolitan
                else "municipal", "군비": "municipal", "구비": "municipal"}
    for label, values in rows:
        sum_ = round(sum(values), 1)
        row = w.add(f"{label}\t{_num(sum_)}\t{_num(sum_)}\t" + "\t".join(_num(v) for v in values), gap=False)
        span = (head, row)
        ctx.observe("budget", pledge, "budget", _won(sum_), "krw", span, value_kind="target", period=term,
                    funding=concepts[label], municipality=False)
        for period, value in zip([str(start + k) for k in range(5)], values, strict=True):
            ctx.observe("budget", pledge, "budget", _won(value), "krw", span, value_kind="target", period=period,
                        funding=concepts[label], municipality=False)
    w.gap()
    w.add("□ 추진절차")
    phases = rng.sample(PHASES, 3)
    programs = rng.sample(CARD_PROGRAMS, rng.randint(3, 6))
    for k, phase in enumerate(phases, start=1):
        begin = start if k == 1 else start + 1
        month = 7 if k == 1 else 1
        bold = "**" if k > 1 and rng.random() < 0.6 else ""
        line = w.add(f"- {k}단계('{begin % 100:02d}. {month}. ~ 계속) : {bold}{phase}{bold}", gap=False)
        program = ctx.program(phase, line, sub=False)
        ctx.fact(pledge, "sekg:implementedBy", nt_iri(program), (line, line))
        ctx.fact(program, "sekg:startDate", date_literal(f"{begin}-{month:02d}"), (line, line))
        for _ in range(rng.randint(1, 2)):
            if not programs:
                break
            name = programs.pop()
            n, m = rng.randint(10, 80), rng.randint(20, 300)
            style = rng.random()
            if style < 0.5:
                line = w.add(f" - ◆ {name} : 년 {n}개 {m}명", gap=False)
                sub = ctx.program(name, line, sub=False)
                ctx.fact(pledge, "sekg:implementedBy", nt_iri(sub), (line, line))
                ctx.observe("outcome", sub, "organizations", n, "count", (line, line), value_kind="target",
                            period=term)
                ctx.observe("outcome", sub, "participants", m, "person", (line, line), value_kind="target",
                            period=term)
            else:
                amount = rng.randint(5, 90) * 100
                line = w.add(f" - ◆ {name} : 년 {n}개 {m}여명 {comma(amount)}백만원", gap=False)
                sub = ctx.program(name, line, sub=False)
                ctx.fact(pledge, "sekg:implementedBy", nt_iri(sub), (line, line))
                ctx.observe("outcome", sub, "organizations", n, "count", (line, line), value_kind="target",
                            period=term)
                ctx.observe("outcome", sub, "participants", m, "person", (line, line), value_kind="target",
                            period=term, qualifier="more-than-approximately")
                ctx.observe("budget", sub, "budget", amount * 1_000_000, "krw", (line, line), value_kind="target",
                            period=term, funding="total")
            for _ in range(rng.randint(0, 2)):
                obj = rng.choice(FILL_OBJECTS)
                w.add(f" - {rng.choice(FILL_SUBJECTS)} {obj}{'를' if _has_no_final(obj) else '을'} 위한 {_topic(ctx)} "
                      f"{rng.choice(FILL_ACTIONS)}", gap=False)
        w.gap()
    w.add("□ 기대효과")
    groups = _groups(ctx, 3)
    line = w.add(f"- 사회적경제 기업 발굴{ctx.dot}육성하여 지역내 사회적 약자({', '.join(g for g, _ in groups)} 등)의 안정적인 "
                 f"일자리가 창출되고 공동체 및 지역 경제 활성화 기대", gap=False)
    ctx.beneficiaries(pledge, [c for _, c in groups], line)
    w.add("- 청년 사회적경제 주체 양성 및 학생, 지역주민 등의 사회적 가치에 대한 이해도 제고")
    w.add("□ 향후 추진계획")
    size_goal = 4500 * length * rng.uniform(0.8, 1.6)
    while w.size < size_goal - 1500:
        obj = rng.choice(FILL_OBJECTS)
        w.add(f"- {rng.choice(FILL_SUBJECTS)}의 {obj}{'를' if _has_no_final(obj) else '을'} 위한 {_topic(ctx)} "
              f"{rng.choice(FILL_ACTIONS)}", gap=False)
    for _ in range(rng.randint(3, 8)):
        name = rng.choice(CARD_PROGRAMS)
        if rng.random() < 0.4:
            a, b = rng.randint(1, 5), rng.randint(5, 40)
            w.add(f"- {name}({a}개소 {b}명)", gap=False)
        else:
            w.add(f"- {name}", gap=False)
    w.gap()
    w.add("□ 연도별 목표 및 추진계획")
    head = w.add("연 도\t목 표\t추 진 계 획", gap=False)
    remaining = goal
    for k in range(5):
        year_text = f"{start + k}년" if k < 4 else f"{end}년 6월"
        jobs = remaining if k == 4 else max(10, int(round(goal * rng.uniform(0.15, 0.25), -1)))
        remaining -= jobs
        plans = " ".join(f"· {rng.choice(PHASES)}" for _ in range(rng.randint(2, 4)))
        line = w.add(f"{year_text}\t· 일자리 {comma(jobs)}개\t<ul style=\"list-style-type: none\"> {plans}", gap=False)
        ctx.observe("outcome", pledge, "jobs-created", jobs, "count", (line, line), value_kind="target",
                    period=str(start + k), municipality=False)
    return Document(doc_id, "pledge-card", place, start, title, w.lines, ctx.gold, names_city=named_clearly)


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _won(eok: float) -> int:
    """억원 with one decimal to whole won."""
    return int(round(eok * 10)) * 10_000_000


# ---------------------------------------------------------------------------------------------
# The corpus: which documents, in which order
# ---------------------------------------------------------------------------------------------

# The municipalities of the seed documents come first in the graph, so that even a small file
# holds the entities the saved queries name by default (희망키움터 of 남양주시).
SEED_CODES = ("41360", "41110", "41500", "41670", "51130", "43110", "52180", "47290", "48250", "52110")


def select(gaz: Gazetteer, count: int) -> list[Place]:
    """``count`` of the current municipalities, spread evenly over the code order."""
    roster = gaz.places
    if count >= len(roster):
        return list(roster)
    return [roster[i * len(roster) // count] for i in range(count)]


def document_id(place: Place, j: int) -> str:
    return f"syn_{place.code}_{j:02d}_{'card' if is_card(place, j) else 'case'}"


def is_card(place: Place, j: int) -> bool:
    return (place.index + j) % 4 == 1


def make_document(place: Place, j: int, *, seed: int, gaz: Gazetteer, partners: Partners,
                  length: float = 1.0) -> Document:
    rng = random.Random(f"sekg-synth:{seed}:{place.code}:{j}")
    doc_id = document_id(place, j)
    if is_card(place, j):
        return build_card(doc_id, place, gaz, partners, rng, length=length)
    featured = place.code == "41360" and j == min(k for k in range(4) if not is_card(place, k))
    return build_case(doc_id, place, gaz, partners, rng, length=length, featured=featured)


def catalog_entry(doc: Document) -> dict:
    entry = {"file": doc.file_name, "title": doc.title, "publisher": doc.place.name if doc.kind == "pledge-card"
             else "한국매니페스토실천본부", "year": doc.year, "language": "ko", "kind": doc.kind}
    if doc.kind == "pledge-card" and not doc.names_city:
        entry["municipality"] = {"code": doc.place.code, "name": doc.place.name}
    return entry


def write_docs(out: Path, *, municipalities: int = DEFAULT_MUNICIPALITIES,
               per_municipality: int = DEFAULT_PER_MUNICIPALITY, seed: int = DEFAULT_SEED, length: float = 1.0,
               progress: bool = False) -> dict:
    gaz = load_gazetteer()
    partners = load_partners(gaz)
    out.mkdir(parents=True, exist_ok=True)
    places = select(gaz, municipalities)
    entries, kinds, total = [], {"casebook": 0, "pledge-card": 0}, 0
    for n, place in enumerate(places, start=1):
        for j in range(per_municipality):
            doc = make_document(place, j, seed=seed, gaz=gaz, partners=partners, length=length)
            data = doc.text().encode("utf-8")
            (out / doc.file_name).write_bytes(data)
            total += len(data)
            kinds[doc.kind] += 1
            entries.append(catalog_entry(doc))
        if progress and n % 20 == 0:
            print(f"  {n}/{len(places)} municipalities, {total / 2**20:.1f} MB", file=sys.stderr, flush=True)
    header = ("# Catalog of the synthetic benchmark corpus (bench/synth.py): metadata only.\n"
              "# `municipality` is given only for the pledge cards whose text never names their city, or names it\n"
              "# only by a name several municipalities share (중구, 서구).\n")
    catalog = header + yaml.safe_dump({"documents": entries}, allow_unicode=True, sort_keys=False, width=200)
    (out / "catalog.yaml").write_text(catalog, encoding="utf-8")
    return {"documents": len(entries), "bytes": total, "casebook": kinds["casebook"],
            "pledge-card": kinds["pledge-card"], "municipalities": len(places)}


# ---------------------------------------------------------------------------------------------
# RDF: the ontology graph, one graph per document, the build graph
# ---------------------------------------------------------------------------------------------

# The curated sources' labels exactly as the pipeline writes them.
from ingest.emit import CURATED_LABELS  # noqa: E402
RUN_STARTED = "2024-01-01T00:00:00+00:00"
RUN_ENDED = "2024-01-01T01:00:00+00:00"


ENTITIES_GRAPH = nt_iri(mint("graph", "entities"))
CURATED_GRAPH = nt_iri(mint("graph", "curated"))


class Emitter:
    """One document's records as N-Quads lines, in the shape of ``ingest/emit.py``; no quad twice.

    As there, the document's own graph holds its records, spans and assertions;
    entity triples go to the entities graph and curated assertions to the
    curated graph, which other documents write the same lines to:
    :func:`write_rdf` keeps only their first copy.
    """

    def __init__(self, doc: Document, gaz: Gazetteer, partners: Partners, run: str) -> None:
        self.doc = doc
        self.gaz = gaz
        self.partners = partners
        self.run = run
        self.graph = nt_iri(mint("graph", "document", doc.doc_id))
        self.lines: list[str] = []
        self._seen: set[str] = set()
        self._spans: dict[Span, str] = {}
        self._curated: dict[str, str] = {}
        self._statements: set[str] = set()
        self._asserted: set[tuple[str, str]] = set()

    def add(self, s: str, p: str, o: str, graph: str | None = None) -> None:
        line = f"{s} {p} {o} {graph or self.graph} .\n"
        if line not in self._seen:
            self._seen.add(line)
            self.lines.append(line)

    def source(self, source: Source) -> str:
        if isinstance(source, str):
            node = self._curated.get(source)
            if node is None:
                node = self._curated[source] = nt_iri(mint("curated", source))
                ko, en = CURATED_LABELS[source]
                self.add(node, T("rdf:type"), T("sekg:CuratedSource"), CURATED_GRAPH)
                self.add(node, T("rdfs:label"), nt_lit(ko, "ko"), CURATED_GRAPH)
                self.add(node, T("rdfs:label"), nt_lit(en, "en"), CURATED_GRAPH)
            return node
        node = self._spans.get(source)
        if node is None:
            quote = self.doc.quote(source)
            node = self._spans[source] = nt_iri(mint("span", self.doc.doc_id, f"L{source[0]}-L{source[1]}",
                                                     digest(quote, length=8)))
            self.add(node, T("rdf:type"), T("sekg:TextSpan"))
            self.add(node, T("sekg:document"), nt_iri(mint("document", self.doc.doc_id)))
            self.add(node, T("sekg:lineStart"), nt_lit(str(source[0]), datatype="integer"))
            self.add(node, T("sekg:lineEnd"), nt_lit(str(source[1]), datatype="integer"))
            self.add(node, T("sekg:quote"), nt_lit(quote))
        return node

    def reify(self, s: str, p: str, o: str, source: Source) -> None:
        self.add(s, p, o, ENTITIES_GRAPH)
        curated = isinstance(source, str)
        graph = CURATED_GRAPH if curated else self.graph
        statement = nt_iri(BASE + "statement/" + digest("curated" if curated else self.doc.doc_id, s[1:-1], p[1:-1], o))
        src = self.source(source)
        if (statement, src) in self._asserted:
            return
        if statement not in self._statements:
            self._statements.add(statement)
            self.add(statement, T("rdf:type"), T("sekg:Assertion"), graph)
            self.add(statement, T("rdf:subject"), s, graph)
            self.add(statement, T("rdf:predicate"), p, graph)
            self.add(statement, T("rdf:object"), o, graph)
            self.add(statement, T("prov:wasGeneratedBy"), self.run, graph)
        self.add(statement, T("prov:wasDerivedFrom"), src, graph)
        self._asserted.add((statement, src))

    def emit(self) -> list[str]:
        doc, gold = self.doc, self.doc.gold
        node = nt_iri(mint("document", doc.doc_id))
        self.add(node, T("rdf:type"), T("sekg:SourceDocument"))
        self.add(node, T("dcterms:title"), nt_lit(doc.title, "ko"))
        self.add(node, T("sekg:fileName"), nt_lit(doc.file_name))
        sha = hashlib.sha256(doc.text().encode("utf-8")).hexdigest()
        self.add(node, T("sekg:sha256"), nt_lit(sha, datatype="hexBinary"))
        self.add(node, T("sekg:lineCount"), nt_lit(str(len(doc.lines)), datatype="integer"))
        self.add(node, T("sekg:documentKind"), C("document-kind", doc.kind))
        for entity in gold.entities.values():
            self.entity(entity)
        for s, p, o, source in gold.facts:
            self.reify(nt_iri(s), T(p), o, source)
        nodes = [self.observation(o) for o in gold.observations]
        for o, obs_node in zip(gold.observations, nodes, strict=True):
            if o["target"] is not None:
                self.add(obs_node, T("sekg:target"), nodes[o["target"]])
            for part in o["computed_from"]:
                self.add(obs_node, T("sekg:computedFrom"), nodes[part])
        for subject, partner, roles, text, span in gold.partnerships:
            s, a = nt_iri(subject), nt_iri(partner)
            p_node = nt_iri(BASE + "partnership/" + digest(doc.doc_id, subject, partner, span[0]))
            self.reify(s, T("sekg:qualifiedPartnership"), p_node, span)
            self.add(p_node, T("rdf:type"), T("sekg:Partnership"))
            self.add(p_node, T("prov:agent"), a)
            for role in roles or ["collaborator"]:
                self.add(p_node, T("prov:hadRole"), C("partner-role", role))
            self.add(p_node, T("sekg:roleText"), nt_lit(text, "ko"))
            self.add(p_node, T("prov:wasDerivedFrom"), self.source(span))
        for recipient, label, date, grantor, span in gold.awards:
            a_node = nt_iri(BASE + "award/" + digest(doc.doc_id, recipient, label, date))
            self.add(a_node, T("rdf:type"), T("sekg:Award"))
            self.add(a_node, T("rdfs:label"), nt_lit(label, "ko"))
            self.add(a_node, T("sekg:recipient"), nt_iri(recipient))
            if grantor:
                self.add(a_node, T("sekg:grantor"), nt_iri(grantor))
            if date:
                self.add(a_node, T("sekg:date"), date_literal(date))
            self.add(a_node, T("prov:wasDerivedFrom"), self.source(span))
        muni = nt_iri(mint("municipality", doc.place.code))
        for title, _action, date, number, span in gold.ordinances:
            o_node = nt_iri(BASE + "ordinance/" + digest(doc.doc_id, doc.place.code, title))
            self.add(o_node, T("rdf:type"), T("sekg:Ordinance"))
            self.add(o_node, T("rdfs:label"), nt_lit(title, "ko"))
            self.add(o_node, T("sekg:municipality"), muni)
            self.add(o_node, T("eli:passed_by"), muni)
            if date:
                self.add(o_node, T("sekg:date"), date_literal(date))
            if number:
                self.add(o_node, T("eli:id_local"), nt_lit(number))
            self.add(o_node, T("prov:wasDerivedFrom"), self.source(span))
        for subject, label, event_type, date, end, span in gold.events:
            e_node = nt_iri(BASE + "event/" + digest(doc.doc_id, subject, event_type, date, label))
            self.add(e_node, T("rdf:type"), T("sekg:Event"))
            self.add(e_node, T("rdfs:label"), nt_lit(label, "ko"))
            self.add(e_node, T("sekg:eventType"), C("event-type", event_type))
            self.add(e_node, T("sekg:subject"), nt_iri(subject))
            self.add(e_node, T("sekg:date"), date_literal(date))
            if end:
                self.add(e_node, T("sekg:endDate"), date_literal(end))
            self.add(e_node, T("prov:wasDerivedFrom"), self.source(span))
        for department, label, role, person, phone, span in gold.posts:
            p_node = nt_iri(BASE + "post/" + digest(doc.doc_id, doc.place.code, gold.entities[department].label, label))
            self.add(p_node, T("rdf:type"), T("sekg:Post"))
            self.add(p_node, T("rdfs:label"), nt_lit(label, "ko"))
            self.add(p_node, T("org:postIn"), nt_iri(department))
            self.add(p_node, T("org:role"), C("post-role", role))
            if person:
                self.add(p_node, T("org:heldBy"), nt_iri(person))
            if phone:
                self.add(p_node, T("schema:telephone"), nt_lit(phone))
            self.add(p_node, T("prov:wasDerivedFrom"), self.source(span))
        return self.lines

    def entity(self, e: Entity) -> None:
        node = nt_iri(e.iri)
        self.reify(node, T("rdf:type"), T(f"sekg:{e.rdf_class}"), e.source)
        self.reify(node, T("rdfs:label"), nt_lit(e.label, "ko"), e.source)
        if e.kind == "municipality":
            self.municipality(node, e)
        elif e.kind in ("organization", "person") and e.english:
            self.reify(node, T("rdfs:label"), nt_lit(e.english, "en"), e.english_source)

    def municipality(self, node: str, e: Entity) -> None:
        place = e.place
        codes = "admin-codes" if place.verified else "admin-codes-unverified"
        province = self.gaz.provinces[place.province]
        self.reify(node, T("rdfs:label"), nt_lit(place.english, "en"), "english-names")
        self.reify(node, T("sekg:adminCode"), nt_lit(place.code), codes)
        p_node = nt_iri(mint("province", place.province))
        self.reify(node, T("sekg:province"), p_node, codes)
        territory = nt_iri(mint("territory", place.code))
        self.reify(node, T("sekg:jurisdiction"), territory, codes)
        self.reify(territory, T("rdf:type"), T("sekg:Territory"), codes)
        self.reify(territory, T("rdfs:label"), nt_lit(f"{place.name} 관할구역", "ko"), codes)
        self.reify(territory, T("rdfs:label"), nt_lit(f"Territory of {place.english}", "en"), "english-names")
        self.codes(node, place.code, place.former, codes)
        self.reify(p_node, T("rdf:type"), T("sekg:Province"), "admin-codes")
        self.reify(p_node, T("rdfs:label"), nt_lit(province.name, "ko"), "admin-codes")
        self.reify(p_node, T("rdfs:label"), nt_lit(province.english, "en"), "english-names")
        self.reify(p_node, T("sekg:adminCode"), nt_lit(province.code), "admin-codes")
        self.codes(p_node, province.code, province.former, "admin-codes")
        if not isinstance(e.source, str):  # named in the text: the text says so too
            self.reify(node, T("rdf:type"), T("sekg:Municipality"), e.source)
            self.reify(node, T("sekg:province"), p_node, e.source)
            written = self.gaz.written(place, self.doc.year)[0]
            if written != province.name:
                self.reify(p_node, T("skos:altLabel"), nt_lit(written, "ko"), e.source)

    def codes(self, node: str, code: str, former: tuple[dict, ...], source: str) -> None:
        current = nt_iri(mint("admin-code", code))
        self.reify(node, T("sekg:codeAssignment"), current, source)
        self.reify(current, T("rdf:type"), T("sekg:AdministrativeCode"), source)
        self.reify(current, T("skos:notation"), nt_lit(code), source)
        for old in former:
            old_node = nt_iri(mint("admin-code", str(old["code"])))
            self.reify(node, T("sekg:codeAssignment"), old_node, source)
            self.reify(old_node, T("rdf:type"), T("sekg:AdministrativeCode"), source)
            self.reify(old_node, T("skos:notation"), nt_lit(str(old["code"])), source)
            if old.get("valid_through"):
                self.reify(old_node, T("schema:validThrough"), nt_lit(str(old["valid_through"]), datatype="date"),
                           source)
            self.reify(old_node, T("dcterms:isReplacedBy"), current, source)

    def observation(self, o: dict) -> str:
        budget = o["kind"] == "budget"
        node = nt_iri(BASE + "observation/" + digest(
            self.doc.doc_id, o["subject"], o["indicator"], o["period"], o["value_kind"], o["funding"], o["etype"],
            o["beneficiary"], o["span"][0], o["value"], o["label"], o["qualifier"]))
        self.add(node, T("rdf:type"), T("sekg:BudgetObservation" if budget else "sekg:OutcomeObservation"))
        self.add(node, T("qb:dataSet"), T("sekg:budgets" if budget else "sekg:outcomes"))
        self.add(node, T("sekg:subject"), nt_iri(o["subject"]))
        if o["indicator"] and not budget:
            self.add(node, T("sekg:indicator"), C("indicator", o["indicator"]))
        period = o["period"]
        if period:
            self.add(node, T("sekg:period"), date_literal(period))
            if "/" in period:
                start, end = period.split("/", 1)
                self.add(node, T("sekg:periodStart"), date_literal(start))
                self.add(node, T("sekg:periodEnd"), date_literal(end))
        self.add(node, T("sekg:valueKind"), C("value-kind", o["value_kind"]))
        self.add(node, T("sekg:value"), nt_lit(str(int(o["value"])), datatype="integer"))
        self.add(node, T("sekg:unit"), C("unit", o["unit"]))
        for predicate, scheme, key in (("sekg:qualifier", "qualifier", "qualifier"),
                                       ("sekg:fundingSource", "funding-source", "funding"),
                                       ("sekg:enterpriseType", "enterprise-type", "etype"),
                                       ("sekg:beneficiary", "beneficiary-group", "beneficiary")):
            if o[key]:
                self.add(node, T(predicate), C(scheme, o[key]))
        if o["municipality"]:
            self.add(node, T("sekg:municipality"), nt_iri(o["municipality"]))
        if o["rate"] is not None:
            self.add(node, T("sekg:achievementRate"), nt_lit(o["rate"], datatype="decimal"))
        self.add(node, T("prov:wasDerivedFrom"), self.source(o["span"]))
        return node


def ontology_lines(graph: str) -> list[str]:
    """The ontology as N-Quads in its own graph; blank nodes renamed in order of appearance (stable output)."""
    from pyoxigraph import BlankNode, RdfFormat, parse

    names: dict[str, str] = {}

    def term(t) -> str:
        if isinstance(t, BlankNode):
            return names.setdefault(t.value, f"_:o{len(names)}")
        return str(t)

    out = []
    seen = set()
    for triple in parse(path=str(ONTOLOGY_FILE), format=RdfFormat.TURTLE):
        line = f"{term(triple.subject)} {term(triple.predicate)} {term(triple.object)} {graph} .\n"
        if line not in seen:
            seen.add(line)
            out.append(line)
    return out


def rdf_documents(*, seed: int, gaz: Gazetteer, partners: Partners, municipalities: int,
                  length: float) -> Iterator[Document]:
    """Documents round-robin over the municipalities (seed cities first), without end."""
    places = select(gaz, municipalities)
    places.sort(key=lambda p: (p.code not in SEED_CODES, SEED_CODES.index(p.code) if p.code in SEED_CODES else 0,
                               p.code))
    j = 0
    while True:
        for place in places:
            yield make_document(place, j, seed=seed, gaz=gaz, partners=partners, length=length)
        j += 1


def write_rdf(out: Path, *, quads: int, seed: int = DEFAULT_SEED, municipalities: int = DEFAULT_MUNICIPALITIES,
              length: float = 1.0, progress: bool = False) -> dict:
    """Exactly ``quads`` N-Quads (ontology and build graphs included), streamed document by document."""
    gaz = load_gazetteer()
    partners = load_partners(gaz)
    run = nt_iri(mint("run", f"synth-{seed}"))
    build = nt_iri(mint("graph", "build"))
    ontology = ontology_lines(nt_iri(mint("graph", "ontology")))
    software = nt_iri(mint("software", "sekg"))
    run_lines = [
        f"{run} {T('rdf:type')} {T('sekg:ExtractionRun')} {build} .\n",
        f"{run} {T('prov:startedAtTime')} {nt_lit(RUN_STARTED, datatype='dateTime')} {build} .\n",
        f"{run} {T('prov:endedAtTime')} {nt_lit(RUN_ENDED, datatype='dateTime')} {build} .\n",
        f"{run} {T('prov:wasAssociatedWith')} {software} {build} .\n",
        f"{software} {T('rdf:type')} <http://www.w3.org/ns/prov#SoftwareAgent> {build} .\n",
        f"{software} {T('rdfs:label')} {nt_lit('sekg', 'en')} {build} .\n",
        f"{software} <https://schema.org/softwareVersion> {nt_lit('synthetic')} {build} .\n",
    ]
    fixed = len(ontology) + len(run_lines)
    # The last document is filled to the exact count with small observations; keep room for it.
    tail_room = 600
    if quads < fixed + tail_room + 400:
        raise SystemExit(f"--quads must be at least {fixed + tail_room + 400}: the ontology and build graphs "
                         f"alone take {fixed}")
    budget = quads - fixed
    used_docs: list[str] = []
    written = 0
    kinds = {"casebook": 0, "pledge-card": 0}
    with out.open("w", encoding="utf-8", newline="\n", buffering=4 * 2**20) as handle:
        handle.writelines(ontology)
        documents = rdf_documents(seed=seed, gaz=gaz, partners=partners, municipalities=municipalities,
                                  length=length)
        shared: set[str] = set()
        for doc in documents:
            lines = _fresh(Emitter(doc, gaz, partners, run).emit(), shared)
            remaining = budget - written - len(lines) - 1  # one prov:used per document
            if remaining < tail_room:
                break
            handle.writelines(lines)
            _remember(lines, shared)
            written += len(lines) + 1
            used_docs.append(doc.doc_id)
            kinds[doc.kind] += 1
            if progress and len(used_docs) % 200 == 0:
                print(f"  {len(used_docs)} documents, {written:,} quads", file=sys.stderr, flush=True)
        # The tail: a document cut down to its header records, then filled to the exact count.
        lines = _tail(doc, gaz, partners, run, budget - written - 1, shared)
        handle.writelines(lines)
        written += len(lines) + 1
        used_docs.append(doc.doc_id)
        kinds[doc.kind] += 1
        for doc_id in used_docs:
            handle.write(f"{run} {T('prov:used')} {nt_iri(mint('document', doc_id))} {build} .\n")
        handle.writelines(run_lines)
    total = fixed + written
    assert total == quads, (total, quads)
    return {"quads": total, "documents": len(used_docs), "ontology_quads": len(ontology),
            "build_quads": len(run_lines) + len(used_docs), "casebook": kinds["casebook"],
            "pledge-card": kinds["pledge-card"], "bytes": out.stat().st_size}


_SHARED_ENDS = (f" {ENTITIES_GRAPH} .\n", f" {CURATED_GRAPH} .\n")


def _fresh(lines: list[str], shared: set[str]) -> list[str]:
    """The lines not yet in the file: a line of a shared graph is written by its first document only."""
    return [line for line in lines if line not in shared or not line.endswith(_SHARED_ENDS)]


def _remember(lines: list[str], shared: set[str]) -> None:
    shared.update(line for line in lines if line.endswith(_SHARED_ENDS))


def _tail(doc: Document, gaz: Gazetteer, partners: Partners, run: str, want: int, shared: set[str]) -> list[str]:
    """``doc`` cut to what fits in ``want`` quads, then filled to exactly ``want`` with small observations.

    Records go first, then entities (in order) while they fit, with the facts among them; the rest is
    outcome observations of 8 to 15 quads on a span and subject already written: any remainder from 16
    up is a sum of such sizes, and the cut leaves at least 40.
    """
    gold = doc.gold
    trial = Document(doc.doc_id, doc.kind, doc.place, doc.year, doc.title, doc.lines, Gold(), doc.names_city)

    def size(entities: dict[str, Entity]) -> int:
        trial.gold = Gold(entities=dict(entities), facts=_facts_among(gold.facts, entities))
        return len(_fresh(Emitter(trial, gaz, partners, run).emit(), shared))

    keep: dict[str, Entity] = {}
    for iri, entity in gold.entities.items():
        keep[iri] = entity
        if size(keep) > want - 40:
            del keep[iri]
            break
    if not keep:
        raise AssertionError("the tail document has no room for its municipality")
    size(keep)
    spanned = [e for e in keep.values() if not isinstance(e.source, str)]
    if not spanned:
        raise AssertionError("the tail document has no span to hang observations on")
    anchor = next((e for e in spanned if e.kind in ("program", "pledge", "case")), spanned[0])
    k = 0
    current = size(keep)
    while True:
        rest = want - current
        if rest == 0:
            return _fresh(Emitter(trial, gaz, partners, run).emit(), shared)
        if 8 <= rest <= 15:
            step = rest
        elif rest >= 23:
            step = 15
        elif 16 <= rest <= 22:
            step = rest - 8
        else:
            raise AssertionError(f"cannot fill {rest} quads")
        trial.gold.observations.append(_filler_observation(doc, anchor.iri, anchor.source, step, k))
        k += 1
        after = len(_fresh(Emitter(trial, gaz, partners, run).emit(), shared))
        if after - current != step:
            raise AssertionError(f"a filler observation took {after - current} quads, not {step}")
        current = after


def _facts_among(facts: list, entities: dict[str, Entity]) -> list:
    """The facts whose subject, and object if it is an instance, are among ``entities``."""
    out = []
    for fact in facts:
        obj = fact[2]
        if fact[0] in entities and (not obj.startswith("<" + BASE) or obj[1:-1] in entities
                                    or obj.startswith(f"<{BASE}document/")):
            out.append(fact)
    return out


def _filler_observation(doc: Document, subject: str, span: Span, size: int, k: int) -> dict:
    """An outcome observation of exactly ``size`` quads (8-15) on an existing span and subject."""
    o = {"kind": "outcome", "subject": subject, "indicator": "participants", "value": 10 + k, "unit": "person",
         "span": span, "value_kind": "actual", "period": None, "qualifier": None, "funding": None, "etype": None,
         "beneficiary": None, "municipality": None, "label": f"tail {k}", "rate": None, "target": None,
         "computed_from": []}
    extra = size - 8  # type, dataSet, subject, indicator, valueKind, value, unit, wasDerivedFrom
    if extra >= 3:
        o["period"] = f"{2014 + k % 8}/{2015 + k % 8}"  # period, periodStart, periodEnd
        extra -= 3
    elif extra >= 1:
        o["period"] = str(2014 + k % 9)
        extra -= 1
    for key, value in (("municipality", mint("municipality", doc.place.code)), ("qualifier", "approximately"),
                       ("beneficiary", "youth"), ("rate", "100")):
        if extra <= 0:
            break
        o[key] = value
        extra -= 1
    return o


# ---------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.synth", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    docs = sub.add_parser("docs", help="write the document corpus (.txt and catalog.yaml) into a folder")
    docs.add_argument("--out", required=True, help="folder to write into (created)")
    docs.add_argument("--municipalities", type=int, default=DEFAULT_MUNICIPALITIES,
                      help="how many municipalities (of the 227 current ones, spread over the code order)")
    docs.add_argument("--per-municipality", type=int, default=DEFAULT_PER_MUNICIPALITY,
                      help="documents per municipality")
    docs.add_argument("--scale", type=float, default=1.0,
                      help="multiplies the number of municipalities (0.05: a ~5 MB corpus)")
    docs.add_argument("--length", type=float, default=1.0, help="multiplies the length of each document")
    docs.add_argument("--seed", type=int, default=DEFAULT_SEED)
    rdf = sub.add_parser("rdf", help="write N-Quads of a given size")
    rdf.add_argument("--quads", type=int, required=True,
                     help="exact number of quads, ontology and build graphs included")
    rdf.add_argument("--out", required=True, help="the .nq file to write")
    rdf.add_argument("--municipalities", type=int, default=DEFAULT_MUNICIPALITIES)
    rdf.add_argument("--length", type=float, default=1.0, help="multiplies the length of each document")
    rdf.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    if args.command == "docs":
        municipalities = max(1, round(args.municipalities * args.scale))
        stats = write_docs(Path(args.out), municipalities=municipalities, per_municipality=args.per_municipality,
                           seed=args.seed, length=args.length, progress=True)
        print(f"documents: {stats['documents']} ({stats['casebook']} casebook cases, "
              f"{stats['pledge-card']} pledge cards, {stats['municipalities']} municipalities)")
        print(f"bytes: {stats['bytes']:,} ({stats['bytes'] / 2**20:.1f} MB)")
    else:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        stats = write_rdf(out, quads=args.quads, seed=args.seed, municipalities=args.municipalities,
                          length=args.length, progress=True)
        documents = stats["quads"] - stats["ontology_quads"] - stats["build_quads"]
        print(f"documents: {stats['documents']} ({stats['casebook']} casebook cases, "
              f"{stats['pledge-card']} pledge cards)")
        print(f"quads: {stats['quads']:,} (ontology graph {stats['ontology_quads']:,}, build graph "
              f"{stats['build_quads']:,}, document, entities and curated graphs {documents:,})")
        print(f"bytes: {stats['bytes']:,} ({stats['bytes'] / 2**20:.1f} MB)")
    print(f"time: {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

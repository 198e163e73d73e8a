"""spaCy components: named organizations and places (quantities and dates: :mod:`ingest.figure_components`).

Each component matches over the raw characters (Kiwi splits the same name differently by context, so token
patterns alone miss names) and snaps what it finds to token boundaries with
``Doc.char_span(alignment_mode="expand")``; particles Kiwi tags as such (``를``, ``와``) are trimmed off the end.
Results go to ``doc.spans`` (``sekg_entities``, ``sekg_quantities``, ``sekg_dates``) and, with their normalized
values, to ``doc._.sekg_mentions``, ``doc._.sekg_quantities`` and ``doc._.sekg_dates``: doc-level lists rather than
span extensions, because span extensions are keyed by character range and two spans over the same characters
would overwrite each other.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from ingest.alternation import alternation
from ingest.lexicon import Lexicon, load_lexicon
from ingest.particles import doc_text, name_before_particle, particle_follows, trim_particles

for _name in ("sekg_mentions", "sekg_quantities", "sekg_dates"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# Set in a Doc's user_data when only the components' values (doc._) will be read: the spans and entities are not
# made (a third of the components' time in a build, where every Doc is dropped once its values are taken).
VALUES_ONLY = "sekg_values_only"

_NAME_CHARS = r"[가-힣A-Za-z0-9·&+\-]"


# The head of a place or its office by the place's last syllable (시장, 군수, 구청장, 도지사; 시청, 군청), then a
# boundary, a particle or 공약 (not 수원시장상, a prize, nor 수원시장님 …).
_TITLES = {"시": ("장", "청"), "군": ("수", "청"), "구": ("청장", "청"), "도": ("지사", "청")}
_HEAD_TITLE = re.compile(r"(청장|지사|장|수|청)(?=\s|$|[.,·)]|(?:은|는|이|가|과|와|의|에서|에|공약|선거|후보)(?![가-힣]))")
_VERB_IF = re.compile(r"[하되으]면$")  # 출연하면 재단은: a verb's "if", not a township (…면)
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\[<「『“\"'·,]))([A-Za-z가-힣][A-Za-z0-9가-힣]*)\s$")
_PLACE_PARTICLE = re.compile(r"(?:에서|에|으로|로|까지)(?![가-힣])")


@dataclass(frozen=True)
class Mention:
    """A name found in a line: a municipality, province or organization."""

    label: str  # MUNICIPALITY, PROVINCE, ORG
    text: str  # the matched text (cleaned line)
    start: int
    end: int
    key: str  # municipality/province code, known organization key, or "" when found by pattern
    how: str  # gazetteer, stem, legal-form, suffix, quoted
    enterprise_hint: str | None = None  # enterprise-type concept implied by the name itself


class EntityRecognizer:
    """Gazetteer, legal-form and suffix patterns for places and organizations."""

    def __init__(self, nlp: Language, name: str = "sekg_entities", *, spans_key: str = "sekg_entities") -> None:
        self.name = name
        self.spans_key = spans_key
        self.lexicon: Lexicon | None = None
        self._gazetteer = self._stems = self._legal = self._suffix = None  # compiled in initialize()

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
                   lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        lex = self.lexicon
        names = set(lex.municipality_by_name) | set(lex.province_by_name) | set(lex.organization_by_name)
        # Short province aliases (경기, 경북) are too ambiguous for free text ("경기침체").
        names -= {a for p in lex.provinces.values() for a in p.aliases if len(a) <= 2}
        self._gazetteer = alternation(names)
        # A metropolitan city's short name (서울, 대구, 세종) is the city where a place particle follows it
        # (대구에서 열린, 세종에서): a bare 서울 elsewhere is as often a word of a name.
        self._metro_short = alternation({a for p in lex.provinces.values() for a in p.aliases if len(a) <= 2
                                          and p.name.endswith(("광역시", "특별시", "특별자치시"))})
        # 달성 (achieved), 예산 (budget), 고령 (old age): everyday words count as places only with 군/시.
        self._stems = alternation(set(lex.municipality_stems) - set(lex.cues.get("common-word-stems", [])))
        forms = lex.cues.get("legal-forms", [])
        self._legal = re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)))
        self._legal_before = re.compile(rf"(?:{self._legal.pattern})\s?$")
        self._suffixes = sorted({s for g in lex.cues.get("organization-suffixes", {}).values() for s in g},
                                key=len, reverse=True)
        self._generic = frozenset(lex.cues.get("generic-stems", []))
        prefixes = sorted(lex.cues.get("type-prefix-forms", []), key=len, reverse=True)
        self._prefix = re.compile("|".join(re.escape(p) for p in prefixes)) if prefixes else None
        self._not_a_name = tuple(lex.cues.get("not-a-name", []))
        # A unit written after the body it belongs to (NH농협은행 제천시지부, 건양대학교 산학협력단).
        self._sub_units = tuple(lex.cues.get("organization-units", []))
        self._parents = tuple(lex.cues.get("organization-parent-ends", []))
        # Legal forms that may follow their name after a space (강천섬권역 영농조합법인, 늘품 협동조합).
        self._spaced_forms = frozenset(lex.cues.get("type-prefix-forms", []))
        self._suffix_words = re.compile(suffix_alt := "|".join(re.escape(s) for s in self._suffixes))
        # A suffix ends the name's word, or a particle follows it (경북신용보증재단과, 지원센터에서).
        self._suffix = re.compile(rf"(?P<name>{_NAME_CHARS}*?(?:{suffix_alt}))"
                                  rf"(?=(?:{_SUFFIX_PARTICLES})?(?![가-힣A-Za-z0-9]))")

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            self.initialize()
        text = doc_text(doc)
        mentions = self.find(text, doc)
        doc._.sekg_mentions = mentions
        if doc.user_data.get(VALUES_ONLY):
            return doc
        spans = []
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, label=mention.label, kb_id=mention.key,
                                 alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        doc.ents = filter_spans(spans)
        return doc

    # -- matching ---------------------------------------------------------

    def find(self, text: str, doc: Doc | None = None) -> list[Mention]:
        assert self.lexicon and self._gazetteer and self._stems and self._legal and self._suffix
        lex = self.lexicon
        found: list[Mention] = []
        blockers = tuple(lex.cues.get("municipality-blockers", []))
        for match in self._gazetteer.finditer(text):
            name = match.group(0)
            start, end = match.span()
            if _inside_word(text, start):
                # 원주미로예술시장 is not a mention of a place named 주미…; names start a word
                # unless a known organization name follows a place (남양주시희망케어센터).
                if name not in lex.organization_by_name:
                    continue
            if name in lex.municipality_by_name:
                if _HEAD_TITLE.match(text, end) and _HEAD_TITLE.match(text, end).group(1) in _TITLES.get(name[-1], ()):
                    # 해남군수 공약, 안동시장은, 익산시청에서: the head's title or the office names the place.
                    found.append(Mention("MUNICIPALITY", name, start, end, lex.municipality_by_name[name].code, "title"))
                    continue
                if text.startswith(blockers, end) and not text.startswith("장애", end):
                    continue  # 수원시장 (the mayor), 수원시민 (citizens), 수원시의회
                if end < len(text) and re.match(r"[가-힣]", text[end]) and not particle_follows(text, end, doc):
                    # 남양주시희망케어센터: the place is part of a longer name, found by the suffix rule.
                    continue
                found.append(Mention("MUNICIPALITY", name, start, end, lex.municipality_by_name[name].code, "gazetteer"))
            elif name in lex.province_by_name:
                found.append(Mention("PROVINCE", name, start, end, lex.province_by_name[name].code, "gazetteer"))
            else:
                org = lex.organization_by_name[name]
                found.append(Mention("ORG", name, start, end, org.key, "gazetteer"))
        for match in self._metro_short.finditer(text):
            start, end = match.span()
            if not _inside_word(text, start) and _PLACE_PARTICLE.match(text, end):
                found.append(Mention("PROVINCE", match.group(0), start, end,
                                     lex.province_by_name[match.group(0)].code, "gazetteer"))
        for match in self._stems.finditer(text):
            start, end = match.span()
            if _inside_word(text, start):
                continue
            # A bare stem is the city only before a particle, a suffix (정읍형) or a non-letter.
            if end < len(text) and re.match(r"[가-힣]", text[end]):
                if not (particle_follows(text, end, doc) or text.startswith(("형", "지역", "소재", "시내"), end)):
                    continue
            municipality = lex.municipality_stems[match.group(0)]
            found.append(Mention("MUNICIPALITY", match.group(0), start, end, municipality.code, "stem"))
        for form in self._legal.finditer(text):
            named = self._legal_name(text, form)
            if named is None:
                continue
            start, end, name, prefixed = named
            known = lex.organization_by_name.get(text[start:end]) or lex.organization_by_name.get(name)
            hint = "agricultural-company" if text.startswith("농업회사법인", start) else None
            found.append(Mention("ORG", text[start:end], start, end, known.key if known else "", "legal-form", hint))
        found += self._prefixed(text, doc)
        for match in self._suffix.finditer(text) if self._suffix_words.search(text) else ():  # a faster scan first
            name = match.group("name")
            start, end = match.span("name")
            listed = self._listed_before(name)  # 청주시·육아종합지원센터: a list, not one name
            start, name = start + listed, name[listed:]
            stem = _strip_suffix(name, self._suffixes, self._generic)
            if re.match(r"\d+\s*(?:곳|개소?|명)·", name):
                continue  # 「마을기업 10곳·사회적협동조합 5곳 키우기」: a count and a type, no name
            if stem is not None and all(lex.concept_for("enterprise-type", part) for part in
                                        re.split(r"[·/,]\s*", stem.strip("·/, ")) if part):
                continue  # 마을기업·사회적협동조합, 사회적기업·마을기업·협동조합: types, no name
            if stem is None:
                # A generic body named by the place before it: 수원시 평생학습관, 정자2동 주민센터, 경기도 인재개발원.
                place = _PLACE_BEFORE.search(text[:start])
                township = place is not None and place.group(1)[-1] in "동읍면리" and not _VERB_IF.search(place.group(1))
                if place is not None and (place.group(1) in lex.municipality_by_name or
                                          place.group(1) in lex.province_by_name or township):
                    if suffix_type(name) and text[end:].lstrip().startswith(self._not_a_name):
                        continue  # 양평군 협동조합 활성화: the county's cooperatives, no one body
                    start, name = place.start(1), text[place.start(1): end]
                elif name in self._spaced_forms and self._named_before(place) and not _COUNTED_AFTER.match(text, end):
                    start, name = place.start(1), text[place.start(1): end]  # 강천섬권역 영농조합법인, 늘품 협동조합
                elif not ((opener := _LIST_OPENER.search(text[:start])) and opener.group(1) in lex.municipality_by_name) \
                        and not self._unit_of_body(text, start, name):  # (청주시·…·여성인력개발센터): the list's place
                    continue
            else:
                # A public body's official name often opens with its place, written apart: 김해 중소기업비즈니스센터;
                # before an enterprise the place only locates it.
                place = _PLACE_BEFORE.search(text[:start])
                if place is not None and (place.group(1) in lex.municipality_by_name or
                                          place.group(1) in lex.municipality_stems) and \
                        name not in lex.organization_by_name and suffix_type(name) is None:
                    start, name = place.start(1), text[place.start(1): end]  # not 청주 가온돌봄사회적협동조합: located
            if name.endswith("지사") and (name[:-2] in lex.province_by_name or name[:-2] in lex.municipality_by_name):
                continue  # 경상남도지사: the governor, whose title names the province (found as the place)
            parent = self._unit_of_body(text, start, name)
            if parent is not None:
                start, name = parent.start(1), text[parent.start(1): end]  # 한국농어촌공사 강원지역본부: a body's unit
            known = lex.organization_by_name.get(name)
            found.append(Mention("ORG", name, start, end, known.key if known else "", "suffix", suffix_type(name)))
        return _prefer_longest(found)

    def _listed_before(self, name: str) -> int:
        """How many characters of a name found by its suffix are list items before it (``청주시·``, ``·``)."""
        lex, cut = self.lexicon, 0
        known = (lex.municipality_by_name, lex.province_by_name, lex.municipality_stems, lex.organization_by_name)
        for part in itertools.takewhile(lambda p: not p or any(p in k for k in known), name.split("·")[:-1]):
            cut += len(part) + 1
        return cut

    def _unit_of_body(self, text: str, start: int, name: str) -> re.Match | None:
        """The body a unit written apart after it belongs to (NH농협은행 제천시지부, 강원랜드 희망재단), or None."""
        parent = _WORD_BEFORE.search(text[:start])
        if parent is None or not name.endswith(self._sub_units):
            return None
        word = parent.group(1)
        return parent if word in self.lexicon.organization_by_name or word.endswith(self._parents) else None

    def _named_before(self, word: re.Match | None) -> bool:
        """Whether the word before a spaced legal form is a name: not a common word, no particle or ending."""
        if word is None:
            return False
        name = word.group(1)
        if self.lexicon.concept_for("enterprise-type", name):
            return False  # 자활기업 협동조합: two type words, no name
        return len(name) >= 2 and name not in self._generic and not name.startswith(self._not_a_name) and \
            not re.search(r"(?:[은는이가를의에와과도만적한된인할및등내외]|(?<!마)을)$", name) and not name[0].isdigit()

    def _prefixed(self, text: str, doc: Doc | None = None) -> list[Mention]:
        """Names after a type word standing as their legal form: ``사회적협동조합 행복나눔``, ``협동조합 '마을숲'``.

        The type word stands alone (``에너지제로협동조합`` is a name found by its suffix) and the next word,
        without its particle, is a name of two characters or more and not a common word (활성화, 설립 …).
        """
        if self._prefix is None:
            return []
        found = []
        for form in self._prefix.finditer(text):
            if _inside_word(text, form.start()):
                continue
            after = re.match(rf"\s['\"‘“]?({_NAME_CHARS}+)['\"’”]?", text[form.end():])
            if not after:
                continue
            name = name_before_particle(text, form.end() + after.start(1), after.group(1), doc)
            if len(name) < 2 or name.startswith(self._not_a_name) or re.match(r"\d", name) \
                    or name in self._generic or name in self.lexicon.municipality_by_name:
                continue
            end = form.end() + after.start(1) + len(name)
            if text[end:end + 1] in ("'", '"', "’", "”"):
                end += 1
            found.append(Mention("ORG", text[form.start():end], form.start(), end, "", "legal-form",
                                 suffix_type(form.group(0)) or ("agricultural-company"
                                                                if form.group(0) == "농업회사법인" else None)))
        return found

    def _legal_name(self, text: str, form: re.Match) -> tuple[int, int, str, bool] | None:
        """The name a legal-form marker belongs to: (start, end, bare name, marker first).

        A marker is written before the name (㈜희망키움터, 주식회사 희망키움터, (사)일하는 공동체) or after it
        (국제통신공업(주), 통 주식회사). Attached on one side only, it belongs to that side; spaced on both
        sides, it takes the next word unless that is a function word (통 주식회사 외 11개 업체).
        """
        if self._legal.match(text, form.end() + (1 if text[form.end(): form.end() + 1] == " " else 0)):
            return None  # 농업회사법인 (주)잣향기: the name belongs to the marker after
        before = re.search(rf"({_NAME_CHARS}+)(\s?)$", text[: form.start()])
        after = re.match(rf"(\s?)({_NAME_CHARS}+)", text[form.end():])
        attached_left = bool(before) and not before.group(2)
        attached_right = bool(after) and not after.group(1)
        if attached_left and attached_right and re.match(r"(?:입니다|이다|이며|이고|이|가|은|는|을|를|와|과|의|에|도|로|으로|에서)(?![가-힣])",
                                                         text[form.end():]):
            attached_right = False  # 가야손두부(주)가: the particle after the marker is not a name
        # No particle comes before a list mark: ㈜강경젓갈마을, … keeps its 을.
        listed = after is not None and text[form.end() + after.end(): form.end() + after.end() + 1] in (",", "·", ")")
        next_word = ((after.group(2) if listed else trim_particles(after.group(2))) if after else "").rstrip("·ㆍ")
        if attached_right or (after and not attached_left and len(next_word) >= 2 and next_word not in _FUNCTION_WORDS):
            name_start = form.end() + len(after.group(1))
            name_end = name_start + len(next_word)
            # Multi-word names close with an organization suffix before a delimiter: (사)일하는 공동체>
            tail = re.match(r"((?:\s[가-힣A-Za-z0-9·]+){1,2})(?=\s*(?:[,>)」』\]]|$))", text[name_start + len(after.group(2)):])
            if tail and any(tail.group(1).endswith(s) for s in self._suffixes):
                name_end = name_start + len(after.group(2)) + len(tail.group(1))
            trailing = re.match(r"\((?:주|유)\)", text[name_end:])
            end = name_end + (trailing.end() if trailing else 0)
            prefixed = True
            # 농업회사법인(주)초평들밥상: two markers before one name, the name is written with both
            chained = self._legal_before.search(text, 0, form.start())
            start = chained.start() if chained else form.start()
        elif before:
            start = form.start() - len(before.group(0))
            name_start, name_end, end, prefixed = start, start + len(before.group(1)), form.end(), False
        else:
            return None
        name = text[name_start:name_end]
        # One syllable is a name only written out before the marker (통 주식회사).
        shortest = r"[가-힣A-Za-z]" if not prefixed and not attached_left else r"[가-힣A-Za-z]{2}"
        if not re.search(shortest, name) or name in self._generic or name in _FUNCTION_WORDS or \
                (prefixed and re.search(r"(?<!마)[을를]$", name) and not listed):
            return None  # … 사회복지법인 꿈을 키우는 집: an object's particle opens a clause, no name
        return start, end, name, prefixed


def _inside_word(text: str, start: int) -> bool:
    return start > 0 and bool(re.match(r"[가-힣A-Za-z0-9]", text[start - 1]))


_FUNCTION_WORDS = frozenset({"외", "등", "및", "또는", "그리고"})
_SUFFIX_PARTICLES = "과의|와의|에서는|에서|으로|과|와|은|는|이|가|을|를|의|에|로|도|측"

# A count after a form (돌봄 사회적협동조합 20곳): bodies of a kind are counted, no one body is named.
_COUNTED_AFTER = re.compile(r"\s*(?:누적|누계|모두|총)?\s*\d")
_PLACE_BEFORE = re.compile(r"(?:^|(?<=[\s(\[<「『“\"']))([가-힣]+\d*[가-힣]*)\s$")
_LIST_OPENER = re.compile(r"(?:^|[\s(])([가-힣]+)·(?:[^\s·]+·)*$")


def _strip_suffix(name: str, suffixes: list[str], generic: frozenset[str]) -> str | None:
    """The distinctive part of a suffix-found name, or None when the name is generic."""
    for suffix in suffixes:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            if not stem or stem in generic or len(stem) < 2:
                return None
            if re.fullmatch(r"[\d\-·&+]+", stem) or re.match(r"\d+\s*개", stem):
                return None  # 2개사업단: a count of bodies, not a name
            return stem
    return None


def suffix_type(name: str) -> str | None:
    """The enterprise type a name's own suffix states (…사회적협동조합 → social-cooperative)."""
    # Credit, farm and fishery unions (신협, 농협, 수협) are financial bodies under laws of their own, not
    # cooperatives of the Framework Act.
    for suffix, concept in (("신용협동조합", None), ("농업협동조합", None), ("수산업협동조합", None),
                            ("축산업협동조합", None), ("사회적협동조합", "social-cooperative"), ("영농조합법인", "agricultural-cooperative-corporation"),
                            ("협동조합", "cooperative"), ("자활사업단", "self-sufficiency-project-group"),
                            ("사업단", None)):
        if name.endswith(suffix):
            return concept
    return None


def _prefer_longest(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions inside longer ones; among equal spans the first rule wins."""
    ordered = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in ordered:
        if any(k.start <= mention.start and mention.end <= k.end for k in kept):
            continue
        kept = [k for k in kept if not (mention.start <= k.start and k.end <= mention.end)]
        kept.append(mention)
    return kept

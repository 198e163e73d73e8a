"""Names to entities: every place and organization a region's items name, resolved once.

The spaCy component finds names by gazetteer, legal form and suffix (:mod:`ingest.components`); this step
adds the names those patterns cannot see and gives each name its entity through the :class:`Context`:

- a name in quotes after a type word: ``마을기업"대흥리마을공동체"``, ``농업회사법인"콩사랑"``;
- a name alone on its line, spaces and all: ``수원시민 햇빛발전 사회적 협동조합``;
- the other items of a list whose items are organizations, under a heading that names their type:
  ``▸ ㈜마음샘, 춤추는 헬렌켈러, 수원굿윌스토어`` under ``❍ 장애인 자립 사회적기업 모델``.

A bare municipality stem (``예산`` budget, ``강화`` strengthening) names a place only when it is the region's
own municipality or another place is named beside it.
"""

from __future__ import annotations

import re

from ingest.cleaning import normalize_space
from ingest.components import Mention, suffix_type
from ingest.context import Context
from ingest.passages import Item, Named, Scope
from ingest.records import EntityKey

# Legal forms written as words before or after a name (사회적협동조합 강동바람카페, 진주푸드 협동조합).
_FORM_WORDS = re.compile(r"^(?:사회적협동조합|협동조합|농업회사법인|영농조합법인|주식회사|사단법인|재단법인|사회복지법인)\s+"
                         r"|\s+(?:사회적협동조합|협동조합|주식회사)$")
_PARTICLE = re.compile(r"(?:은|는|이|가|을|를|의|와|과|에서|에게|에|도|로|으로|만|까지|와의|과의)(?![가-힣])")
NAME_ONLY = re.compile(r"^[가-힣A-Za-z0-9()㈜·+\-\s]{2,30}$")
_FIGURE = re.compile(r"\d[\d,.]*\s*(?:억|천|백|만|원|명|개|곳|%)")
_LIST_ITEM = re.compile(r"[가-힣A-Za-z][가-힣A-Za-z0-9()㈜\s]+")
_QUOTED = re.compile(r"([가-힣()]+)\s*[\"'“‘]([^\"'“”‘’]{2,30})[\"'”’]")
# Organization types a name's last word gives (the longest first).
ORG_SUFFIX_TYPES = (("산학협력단", "university"), ("대학교", "university"), ("대학", "university"),
                    ("재단", "foundation"), ("공사", "public-agency"), ("공단", "public-agency"),
                    ("협의회", "association"), ("연구원", "research-institute"), ("연구소", "research-institute"),
                    ("센터", "support-center"), ("(주)", "company"), ("㈜", "company"), ("주식회사", "company"))


def org_type_from_name(name: str) -> str | None:
    """
    >>> org_type_from_name("영남대학교"), org_type_from_name("(주)더페이퍼"), org_type_from_name("달보드레")
    ('university', 'company', None)
    """
    for suffix, concept in ORG_SUFFIX_TYPES:
        if name.endswith(suffix) or name.startswith(suffix):
            return concept
    return None


def counted_pattern(cues: dict) -> re.Pattern:
    """A count of bodies, then their names in brackets (2개교(○○고, ○○여고), 3개 기관(…)); the counting words are
    ``counted-bodies`` in ``ingest/data/cues.yaml``."""
    units = "|".join(r"\s*".join(map(re.escape, u.split())) for u in sorted(cues.get("counted-bodies", []), key=len,
                                                                          reverse=True))
    return re.compile(rf"\d+\s*(?:{units})\s*\(([^()]{{2,80}})\)")


def _named_again(item: Item, bare: dict[str, EntityKey]) -> list[Named]:
    """A body written earlier with its legal form, now without it (㈔햇살나눔터 … 햇살나눔터는): where no other name
    covers it and it is a word of its own, not part of a longer one."""
    found = []
    taken = [(n.mention.start, n.mention.end) for n in item.named]
    for stem, key in bare.items():
        if stem not in item.text:
            continue  # most names are not on most lines: no pattern to look up
        for match in re.finditer(re.escape(stem), item.text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken) or (start and re.match(r"[가-힣A-Za-z]", item.text[start - 1])) \
                    or (re.match(r"[가-힣A-Za-z0-9]", item.text[end:]) and not _PARTICLE.match(item.text, end)):
                continue  # a word of a longer one (햇빛발전 in 햇빛발전소)
            found.append(Named(Mention("ORG", stem, start, end, "", "repeated"), key))
            taken.append((start, end))
    return found


# The kind of body a name ends in, by which a report refers back to it (센터는, 협의회는, 재단이).
_HEAD = re.compile(r"(?:센터|협의회|재단|협회|연합회|공단|공사|금고|은행|네트워크|복지관)$")
_HEAD_AGAIN = re.compile(r"(?:^|[,.]\s*|다\.\s*)(센터|협의회|재단|협회|연합회|공단|공사|금고|은행|네트워크|복지관)"
                         r"(?=(?:은|는|이|가|와|과|의|도)\s)")


_REFERENCE = re.compile(r"(?:^|\s)(이\s*(?:회사|기업|업체|조합|법인))(?=(?:은|는|이|가|의|도)\s)")


def _named_by_head(item: Item, heads: dict[str, EntityKey]) -> list[Named]:
    """A body referred back to by its kind alone, opening a sentence or a clause (센터는 … 컨설팅을 맡았다):
    the latest body of that kind the region named, where no other name covers the word."""
    found = []
    taken = [(n.mention.start, n.mention.end) for n in item.named]
    for match in _HEAD_AGAIN.finditer(item.text):
        start, end = match.span(1)
        key = heads.get(match.group(1))
        if key is not None and not any(s < end and start < e for s, e in taken):
            found.append(Named(Mention("ORG", match.group(1), start, end, "", "referred"), key))
    return found


class NameResolver:
    """Resolves the names of a region's items, with the curated suffix and stem tables of the lexicon."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        cues = ctx.lexicon.cues
        self.generic = frozenset(cues.get("generic-stems", []))
        self.suffixes = tuple(sorted({x for group in cues.get("organization-suffixes", {}).values() for x in group},
                                     key=len, reverse=True))
        self.counted = ctx.lexicon.parts("counted-bodies", counted_pattern)

    def resolve(self, items: list[Item], scope: Scope, parents: list[tuple[int, ...]]) -> None:
        """Fill ``item.named`` for every item; ``parents`` are the indices of each item's headings."""
        mentioned = set()
        where = scope.case or ("document", (self.ctx.doc_id,))
        bare: dict[str, EntityKey] = {}  # ㈔햇살나눔터 named once: later 햇살나눔터 is the same body
        heads: dict[str, EntityKey] = {}  # ○○지역자활센터 named: later 센터는 is that body
        for index, item in enumerate(items):
            parent = items[parents[index][-1]] if parents[index] else None
            item.named = self._names(item, scope, parent)
            item.named += _named_again(item, bare)
            for named in item.named:  # a body named earlier on the line may be referred back to on it
                head = _HEAD.search(named.mention.text) if named.kind == "organization" else None
                if head is not None and len(named.mention.text) > len(head.group(0)):
                    heads[head.group(0)] = named.key  # the latest body of that kind
            item.named += _named_by_head(item, heads)
            referred = self._named_by_reference(item)
            if referred:  # in the line's order, for the parts that read who comes first
                item.named = sorted(item.named + referred, key=lambda n: n.mention.start)
            for named in item.named:
                stem = named.key[1][0] if named.kind == "organization" else ""
                if len(stem) >= 3 and stem != named.mention.text.replace(" ", "") and stem in named.mention.text:
                    bare.setdefault(stem, named.key)
                # 사회적협동조합 강동바람카페 … 강동바람카페는: the name without the form written as a word of it
                plain = _FORM_WORDS.sub("", named.mention.text).strip() if named.kind == "organization" else ""
                if len(plain) >= 3 and " " not in plain and plain != named.mention.text:
                    bare.setdefault(plain, named.key)
            # Each case (or document) mentions the organizations it names: every line where a body appears.
            for named in item.named:
                if named.kind == "organization" and (named.key, item.number) not in mentioned:
                    mentioned.add((named.key, item.number))
                    self.ctx.out.add_fact(where, "schema:mentions", named.key, self.ctx.evidence_of([item]))

    def _named_by_reference(self, item: Item) -> list[Named]:
        """The body a report is about, referred back to (이 회사는, 이 업체가): :attr:`Item.referent`, where no other
        name covers the words."""
        taken = [(n.mention.start, n.mention.end) for n in item.named]
        found = []
        for match in _REFERENCE.finditer(item.text) if item.referent else ():
            start, end = match.span(1)
            key = self.ctx.organization(item.referent, self.ctx.evidence_of([item]))
            if key is not None and not any(s < end and start < e for s, e in taken):
                found.append(Named(Mention("ORG", item.referent, start, end, "", "referred"), key))
        return found

    def organization(self, label: str, item: Item, scope: Scope, *, org_type: str | None = None):
        return self.ctx.organization(label, self.ctx.evidence_of([item]), municipality=scope.municipality,
                                     municipality_name=scope.municipality_name, org_type=org_type)

    def _names(self, item: Item, scope: Scope, parent: Item | None) -> list[Named]:
        ctx, lex = self.ctx, self.ctx.lexicon
        found: list[Named] = []
        places = sum(1 for m in item.mentions if m.label == "MUNICIPALITY")
        own = scope.municipality[1][0] if scope.municipality else None
        content, text = item.content, item.text
        for mention in item.mentions:
            if mention.label == "MUNICIPALITY":
                if mention.how == "stem" and mention.key != own and places < 2:
                    continue
                municipality = lex.municipalities[mention.key]
                found.append(Named(mention, ctx.municipality(municipality, ctx.evidence_of([item]))))
            elif mention.label == "PROVINCE":
                # 경남 김해시: the province only qualifies the place after it; alone, it is named itself.
                qualifies = any(m.label == "MUNICIPALITY" and 0 <= m.start - mention.end <= 1 for m in item.mentions)
                if not qualifies:
                    province = lex.province_by_name[mention.text]
                    found.append(Named(mention, ctx.province(province.code, mention.text, ctx.evidence_of([item]))))
            elif mention.label == "ORG":
                label = item.line.clean.original_text(mention.start, mention.end)
                key = self.organization(label, item, scope, org_type=org_type_from_name(mention.text))
                if key:
                    found.append(Named(mention, key))
        honours = lex.parts("honour-words", lambda cues: frozenset(cues.get("award-honours", []) +
                                                                   cues.get("award-prizes", [])))
        for match in _QUOTED.finditer(text):
            types = lex.find_concepts("enterprise-type", match.group(1))
            if types and match.group(1).endswith(types[-1][1]) and match.group(2).strip() not in honours:
                # (우수마을기업 '최우수': a rank, no name)
                label = item.line.clean.original_text(match.start(2), match.end(2))
                key = self.organization(label, item, scope)
                if key:
                    found.append(Named(Mention("ORG", match.group(2), match.start(2), match.end(2), "", "quoted",
                                               types[-1][2]), key))
        start = text.find(content)
        # A line that is one name, spaces and all (a bullet may carry it: ▸ 마을을가꾸는 돈가스나들터 사회적협동조합).
        if (not item.marker or NAME_ONLY.match(content)) and " " in content and "," not in content and \
                not any(n.mention.start <= start and start + len(content) <= n.mention.end for n in found):
            for key, hint in self.listed(item, content, scope):
                found = [n for n in found if n.kind != "organization"]
                found.append(Named(Mention("ORG", content, start, start + len(content), "", "line", hint), key))
        label, colon, rest = content.partition(":")
        if colon:  # 참가업체 : 원주청년푸드 협동조합, ㈜다온나눔 외 3개 업체
            known = {n.key for n in found}
            for key, hint in self.listed(item, rest, scope):
                if key not in known:
                    # The whole item is the name: a shorter mention inside it (돈가스나들터 사회적협동조합) gives way.
                    whole = self.ctx.label(key) or ""
                    found = [n for n in found if n.kind != "organization" or n.mention.text not in whole]
                    start_at = text.find(self.ctx.label(key) or "")
                    found.append(Named(Mention("ORG", self.ctx.label(key) or "", max(start_at, 0),
                                               max(start_at, 0) + len(self.ctx.label(key) or ""), "", "line", hint), key))
        parts = [p.strip() for p in content.split(",")]
        if len(parts) >= 2 and found and parent is not None and ":" not in content and \
                all(0 < len(p) <= 20 for p in parts) and lex.find_concepts("enterprise-type", parent.content):
            named = {n.mention.text for n in found}
            for part in parts:
                part = re.sub(r"\s*등$", "", part)
                if part and not any(part in n or n in part for n in named) and _LIST_ITEM.fullmatch(part) \
                        and part not in lex.municipality_by_name and part not in lex.province_by_name \
                        and not _FIGURE.search(part):  # 인센티브 5천만원: a figure, no body
                    key = self.organization(part, item, scope)
                    if key:
                        found.append(Named(Mention("ORG", part, text.find(part), text.find(part) + len(part), "",
                                                   "list"), key))
        for match in self.counted.finditer(text):  # 2개교(○○고, ○○여고): the count says each is a body
            for part in re.finditer(r"[^,()]+", match.group(1)):
                name = re.sub(r"\s*등$", "", part.group(0).strip())
                start = match.start(1) + part.start() + part.group(0).find(name)
                if name and _LIST_ITEM.fullmatch(name) and NAME_ONLY.match(name) and \
                        not any(n.mention.start < start + len(name) and start < n.mention.end for n in found) and \
                        name not in lex.municipality_by_name and name not in lex.province_by_name:
                    key = self.organization(name, item, scope)
                    if key:
                        found.append(Named(Mention("ORG", name, start, start + len(name), "", "counted"), key))
        return found

    def listed(self, item: Item, text: str, scope: Scope) -> list[tuple[tuple, str | None]]:
        """Comma-listed names that end with an organization suffix, spaces and all:
        ``김해시지역공동체활성화교류지원 협동조합``, ``수원시민 햇빛발전 사회적 협동조합``."""
        keys = []
        for part in text.split(","):
            part = re.sub(r"\s*(외|등)(\s.*)?$", "", part.strip())
            if not NAME_ONLY.match(part) or not part.endswith(self.suffixes) or re.match(r"제?\s?\d", part):
                continue  # 제1회 호남권 공동체 (한마당): an event's name, not an organization's
            squeezed = part.replace(" ", "")
            stem = next(squeezed[: -len(x)] for x in self.suffixes if squeezed.endswith(x))
            if len(stem) < 2 or stem in self.generic or any(stem.endswith(g) and len(stem) - len(g) < 2
                                                            for g in ("사회적", "마을")):
                continue
            start = item.text.find(part)
            label = item.line.clean.original_text(start, start + len(part)) if start >= 0 else part
            key = self.organization(normalize_space(label), item, scope)
            if key:
                keys.append((key, suffix_type(squeezed)))
        return keys

"""Awards: prizes, commendations, evaluation ranks and 우수기관 selections, once per real award.

An award is anchored on a prize (``…대통령상``, ``최우수상``, ``장관 표창``) or an honour (``우수기관 선정``,
``…평가 1위``, ``S등급``) with a verb of receiving in its clause (수상, 선정, 받 …), unless it is a rank or
grade. ``대상`` after 지원/참여/시민 … is a target group, and a prize named with a team count or an amount
(``대상(1팀)``) is a category, not a prize won. The record holds:

- the award's own name: the clause up to the prize, without its year, bullets and verb
  (``규제개혁추진 실적 우수기관``, ``전국우수시장박람회 우수시장부문 국무총리상``);
- the recipient: the names after a colon when the prize comes first (``… 수상 : 동일가구, ㈜효림산업``), an
  organization named before the prize, else the enterprise the passage is about, else its municipality;
- the grantor: a parenthesis after it (``(경기도)``, ``(고용노동부장관)``, ``(중기청장상)``), the body whose
  title the prize carries (``중기청장상`` → 중기청), or the body that opens its name (``행자부 최우수 마을기업``);
- the year (or month) of a date in its clause.

In a report's sentence a prize may be its topic (``대통령 표창은 A와 B가 받았다``: a place written before a winner
only locates it), a title may stand apart from its body (``고용노동부 장관상``), and a quoted honour is the award's
whole name (``'2022년 우수마을기업'으로 선정``).

Two mentions of one award (same recipient, name and year) are one record with two sources.
"""

from __future__ import annotations

import re

from ingest.cleaning import normalize_space
from ingest.context import Context
from ingest.passages import QUOTED, REPORT_SENTENCE, Item, Passage, quoted_names
from ingest.records import Award, EntityKey, Record
from ingest.relations.award_clauses import clause_end, clause_start, same_form
from ingest.relations.award_tables import table_awards

_LEADING_DATE = re.compile(r"^(?:제?\s*(?:19|20)\d{2}\s*(?:년도?|\.)?\s*(?:\d{1,2}\s*[.월]\s*)?|['‘]\d{2}\.?\s*)")
# A grantor in parentheses after the prize, with or without the verb between: "…우수기관 선정 (경기도)"; or the
# prize's title in square brackets (최우수상[전라남도지사 표창]).
_TRAILING_PAREN = re.compile(r"^\s*[\"'”’]?\s*(?:수상|선정|받[가-힣]*)?\s*[(\[]([^()\[\]]{2,24})[)\]]")
_QUOTES = "'\"‘’“”「」『』"
# A sentence (a report's), not a bullet: an award is read from its grammar there.
# Besides a report's sentence, an award's own grammar marks a sentence: "…에서 최우수상", "…으로 선정".
_SENTENCE_PARTS = re.compile(r"에서\s|(?:으로|로)\s*선정")
_SCHEME = re.compile(r"((?:[^\s,]+\s){0,4}[^\s,]*(?:평가|대회|경진대회|어워드|품평회|시상식|공모전|콘테스트|박람회))(?:에서|의)\s")
_TITLES = "장관|총리|대통령|도지사|시장|군수|구청장|청장|이사장|위원장|회장|원장"
# After a body: it runs the scheme that gives the award.
_RUNS_SCHEME = r"(?:\([^)]*\))?\s*(?:주관|주최|가\s*(?:실시|주관|주최|연|여는|개최)|이\s*(?:실시|주관|주최|연|여는|개최)|의\s*['‘\"“])"


# Between an honour or a rank and the prize that came with it: …로 선정돼, …에 올라, …을 차지해 (a title may lead it).
_WON_WITH = re.compile(r"['’\"”]?\s*(?:인|에\s*(?:이름을\s*)?올[라려]|(?:으로|로)\s*(?:선정돼|선정되어|뽑혀)|[을를]\s*차지해)\s+"
                       r"(?P<title>[가-힣]{2,10}\s)?(?=[가-힣]*(?:상|표창|상패))")
_CHOSE = re.compile(r"['’”]?\s*(?:이|가)\s*(?:선정|수여|시상|선발)한\s")
_RANKS = re.compile(r"\d위|[SA]{1,2}등급|(?:최우수|우수)\s*등급")


class _Cues:
    """The award cue tables and the prize pattern, made once per lexicon (a part is made per passage)."""

    def __init__(self, cues: dict) -> None:
        prizes = sorted(cues.get("award-prizes", []), key=len, reverse=True)
        honours = sorted(cues.get("award-honours", []), key=len, reverse=True)
        self.verbs = tuple(cues.get("award-verbs", []))
        self.not_before = tuple(cues.get("award-not-before", []))
        self.titles = tuple(sorted(cues.get("grantor-titles", []), key=len, reverse=True))
        alternation = "|".join(re.escape(w) for w in [*prizes, *honours])
        # The words alone: a line without one has no anchor, and this scan is 20 times faster than the anchor's.
        self.words = re.compile(alternation)
        # A prize ends its word (a particle, a quote, a bracket, a verb or the end may follow); a word
        # glued before it is part of its name (대통령상, 국무총리상, 장관상).
        # with a particle after it first, so that the longer honour wins (최우수 기관에 over 최우수).
        self.anchor = re.compile(rf"[가-힣A-Za-z0-9]*?(?:{alternation})(?=[{_QUOTES}]?\s*(?:수상|선정|\(|을|를|에|으로|은\s|는\s|인\s))|"
                                 rf"(?:[가-힣A-Za-z0-9]*?)(?:{alternation})(?![가-힣])")


class Awards:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        cues = ctx.lexicon.parts("awards", _Cues)
        self.verbs, self.not_before, self.titles, self.anchor = cues.verbs, cues.not_before, cues.titles, cues.anchor
        self.words = cues.words
        self.ranks = _RANKS

    def read(self, passage: Passage) -> list[Award]:
        if passage.table is not None:  # a row is an award only in a table of winners and their prizes
            return table_awards(self, passage)
        out: list[Award] = []
        for index, item in enumerate(passage.items):
            if item.headline:
                continue  # the body says it again, whole
            following = passage.items[index + 1].content if index + 1 < len(passage.items) else ""
            out += self.in_item(item, passage, following)
        return out

    def in_item(self, item: Item, passage: Passage, following: str = "") -> list[Award]:
        """The awards of one item; ``following`` is the next line of its passage (a grantor the PDF put
        on a line of its own)."""
        text = item.content
        anchors = list(self.anchor.finditer(text)) if self.words.search(text) else []
        if not anchors:
            return []  # most lines name no award
        self.following = following
        shift = item.text.find(text)
        out = []
        start = 0
        sentence = bool(REPORT_SENTENCE.search(text) or _SENTENCE_PARTS.search(text))
        quoted = [(q.start(), q.end()) for q in QUOTED.finditer(text)]
        for match in anchors:
            before = text[: match.start()]
            if out and (before.rstrip().endswith(("(", "[")) or before.count("(") > before.count(")") or
                        before.count("[") > before.count("]")):
                continue  # (중기청장상), 최우수상(부경상생재단 이사장상, …), [도지사 표창]: the prize of the award before
            if any(a < match.start() < b for a, b in quoted) and \
                    re.match(r"\s*(?:에서|평가|심사)", text[next(b for a, b in quoted if a < match.start() < b):]):
                continue  # '2023 우수 마을기업 경진대회'에서 …: a word of the scheme's name
            if not self.is_award(text, match, sentence=sentence):
                continue
            end = match.end()
            won = _WON_WITH.match(text, start) if out and sentence else None
            if won is not None and won.end() == match.start():
                # '…'로 선정돼 기관표창을 받는다, … 종합 1위에 올라 고용노동부 장관상을 받는다: the prize of the honour before
                if re.fullmatch(r"(?:기관\s*)?(?:표창|상패|인증패)", match.group(0)):
                    # … 최우수 기관에 이름을 올려 국무총리 표창을: a title before the 표창 names who gave it
                    title = won.group("title") or ""
                    out[-1].label = normalize_space(f"{out[-1].label} {title}{match.group(0)}")
                    titled = self.body(title.strip(), passage, self.ctx.evidence_of([item]), known_only=True) \
                        if re.search(rf"(?:{_TITLES})\s$", title) else None
                    out[-1].grantor = titled or out[-1].grantor
                else:  # 대상인 강원특별자치도지사상, … 고용노동부 장관상: the prize's title (or the body before it) gives it
                    body = re.search(r"([가-힣A-Za-z]{2,})\s*$", text[: match.start()])
                    evidence = self.ctx.evidence_of([item])
                    out[-1].grantor = self.grantor(text[end:], match.group(0), item, passage, evidence) or \
                        out[-1].grantor or (self.body(body.group(1), passage, evidence) if body else None)
                start = end
                continue
            if sentence:
                out += self.in_sentence(item, passage, text, start, match, shift)
            else:
                begins = max(start, clause_start(text, match.start()))
                out += self.award(item, passage, text, begins, match.start(), end, shift)
            start = end
        return out

    def in_sentence(self, item: Item, passage: Passage, text: str, start: int, match: re.Match,
                    shift: int) -> list[Award]:
        """An award in a running sentence: "노원구가 고용노동부 주관 '2024년 사회적기업 육성 우수 자치단체'
        평가에서 최우수상을 받았다". The name is the scheme (quoted, or the phrase before 에서) and the prize;
        the grantor the body that runs the scheme (주관, 주최, 실시한 …) or whose title the prize carries; the
        recipient the subject of the clause."""
        ctx = self.ctx
        window = text[start: match.end()]
        anchor = match.start() - start
        prize = match.group(0)
        evidence = ctx.evidence_of([item])
        titled = re.search(rf"((?:[가-힣A-Za-z]+\s?)?(?:{_TITLES})\s?)$", window[:anchor])
        if titled and prize.startswith(("표창", "상")):
            words = titled.group(1).split()
            if len(words) > 1 and self.body(" ".join(words), passage, evidence) is None:
                words = words[-1:]  # 단체 부문 대통령 표창: the title alone names who gives it
            prize = " ".join(words) + " " + prize
        elif re.match(rf"(?:{_TITLES})(?:상|표창)$", prize):  # 고용노동부 장관상: the body written apart
            titled = re.search(r"([가-힣A-Za-z]{2,})\s$", window[:anchor])
            if titled and self.body(titled.group(1), passage, evidence) is not None:
                prize = f"{titled.group(1)} {prize}"
            else:
                titled = None
        around = next((q for q in QUOTED.finditer(text) if q.start() < match.start() < q.end()), None)
        quoted = quoted_names(window[:anchor])
        scheme = quoted[-1].group(1) if quoted else None
        if around is not None:  # '2022년 우수마을기업'으로 선정: the quoted honour is the award's whole name
            scheme, prize = None, _LEADING_DATE.sub("", around.group(1)).strip()
        owner = None
        if scheme is None:
            phrase = _SCHEME.search(window[:anchor])
            scheme = phrase.group(1) if phrase else None
            # 대한상공회의소의 전국규제지도 … 평가에서: the body whose scheme it is gives it; the name follows it
            owner = next((n for n in reversed(item.actors()) if phrase and n.kind == "organization" and
                          start + phrase.start(1) <= n.mention.start - shift < start + phrase.end(1) and
                          re.match(r"의\s", text[n.mention.end - shift:])), None)
            if owner is not None:
                scheme = text[owner.mention.end - shift + 2: start + phrase.end(1)]
        name = prize if not scheme else f"{_LEADING_DATE.sub('', scheme.strip()).strip()} {prize}"
        name = normalize_space(re.sub(r"로\s*선정돼?\s*", " ", name))
        year = re.search(r"((?:19|20)\d{2})\s*년?", scheme or "")
        dates = [d for d in item.dates if d.start_char - shift <= match.end()]
        date = year.group(1) if year else (dates[-1].start[:7] if dates else (ctx.reference_date or "")[:4] or None)
        actors = [n for n in item.actors(listed=True)]
        grantor = None
        for named in actors:
            after = text[named.mention.end - shift:]
            if named.mention.start - shift >= start and re.match(_RUNS_SCHEME, after):
                grantor = named.key
        if grantor is None:
            grantor = self.grantor(text[match.end():], prize, item, passage, evidence)
        if grantor is None and titled:  # 고용노동부 장관상; 단체 부문 대통령 표창 (the title alone names the body)
            grantor = self.body(prize.rsplit(" ", 1)[0], passage, evidence)
        grantor = grantor or (owner.key if owner is not None else None)
        # 산림청이 선정한 '…' 장려상: the body that chose gives it, it won nothing
        chose = [n.key for n in actors if start <= n.mention.start - shift < match.start() and
                 _CHOSE.match(text, n.mention.end - shift)]
        grantor = grantor or (chose[-1] if chose else None)
        subjects = [n.key for n in actors if start <= n.mention.start - shift < match.start() and n.key != grantor
                    and n.key not in chose
                    and re.match(r"['’”]?(?:\([^)]*\))?(?:이|가|은|는|도)(?![가-힣])", text[n.mention.end - shift:])]
        after = text[match.end():]
        clause_end = match.end() + (re.search(r",|\.\s|$", after).start())
        # A place written before a body (원주의 ㈔햇살나눔터, 청주 가온돌봄…) says where it is; it won nothing.
        starts = {n.mention.start for n in actors if n.kind == "organization"}
        located = {id(n) for n in actors if n.kind != "organization" and
                   any(0 <= s - n.mention.end <= 2 for s in starts)}
        later = [n.key for n in actors if match.end() <= n.mention.start - shift < clause_end and n.key != grantor
                 and id(n) not in located]
        # X에 대상을, Y에 우수상을 수여했다: the body the prize was given to, and the subject gave it.
        given_to = [n.key for n in actors if start <= n.mention.start - shift < match.start() and
                    re.match(r"['’”]?(?:\([^)]*\))?\s*에게?\s", text[n.mention.end - shift:])]
        if given_to and re.search(r"수여|시상", text[match.end():]):
            grantor = grantor or next((n.key for n in actors if n.mention.start - shift < match.start() and
                                       n.key not in given_to and
                                       re.match(r"(?:은|는|이|가)\s", text[n.mention.end - shift:])), None)
            return [Award(given_to[-1], name, date, evidence, grantor)]
        if re.match(r"['’”]?\s*(?:은|는)\s", after) and later:
            recipients = list(dict.fromkeys(later))  # 대통령 표창은 X와 Y가 (받았다)
        elif re.match(r"['’”]?\s*[을를]\s*(?:받은|수상한)\s", after) and later:
            recipients = later[:1]  # 대상을 받은 ㈜다온랩
        elif adjacent := [n.key for n in actors if 0 <= n.mention.start - shift - match.end() <= 2 and
                          n.key in later and re.fullmatch(r"\s*['‘\"“]?", text[match.end(): n.mention.start - shift])]:
            recipients = adjacent[:1]  # ▲사회적기업 분야 대통령 표창 ㈜모악햇살농장 ▲…: the name right after the prize
        else:  # … else the body the report is about, unless the place is again (a sentence without a subject)
            referent = self.ctx.organization(item.referent, evidence) if item.referent and not subjects else None
            if not self.ctx.is_enterprise(referent):
                referent = None  # an enterprise the report is about wins prizes; an institute it names may judge them
            recipients = subjects[-1:] or ([referent] if referent else []) or (
                [passage.scope.subject or passage.scope.municipality]
                if passage.scope.subject or passage.scope.municipality else [])
        return [Award(r, name, date, evidence, grantor) for r in recipients if r != grantor]

    def is_award(self, text: str, match: re.Match, *, sentence: bool = False) -> bool:
        word = match.group(0)
        before = text[: match.start()].rstrip(" (")
        after = text[match.end():]
        rank = bool(self.ranks.search(word))
        if word.endswith("대상") and (before.endswith(self.not_before) or word[:-2].endswith(self.not_before)
                                     or re.match(r"\s*(?::|으로|\(\d|\s*\d|에게|자|층|기업|별)", after)):
            return False
        if re.match(r"\s*\(\s*\d+\s*팀|\s*\d+\s*팀|\s*각\s|\s*\d[\d,.]*\s*(?:억|천|백|만)*\s*원", after):
            return False  # a prize category with its number of winners or its amount (우수상 300만원)
        if word.endswith("우수") and not re.match(r"\s*(?:상|기관|등급|지자체|마을기업|시장|\([^)]*(?:상|표창)\))", after):
            return False
        clause = text[clause_start(text, match.start()): clause_end(text, match.end())]
        if sentence:  # the verb may close the sentence after a list of prizes (X은 …표창을, Y는 …을 받았다)
            clause += text[match.end():]
        if re.search(r"\d+\s*(?:곳|개\s*기업|개사|명|팀)(?:이|가)\s*(?:선정|뽑|수상)", clause):
            return False  # 올해 우수마을기업에는 전국에서 21곳이 선정됐다: the scheme's count of winners
        if rank or any(v in clause for v in self.verbs):
            return not re.search(r"선정되었음|선정\s*(?:예정|계획)|공모", clause) or "수상" in clause
        return bool(_TRAILING_PAREN.match(after))

    def award(self, item: Item, passage: Passage, text: str, start: int, anchor: int, end: int,
              shift: int) -> list[Award]:
        ctx = self.ctx
        after = text[end:]
        label_text, sep, rest = text[start:].partition(":")
        colon = start + len(label_text) if sep else -1
        prize_first = sep and colon > end  # "… 수상 : 동일가구, ㈜효림산업"
        name_start = start
        runner = None
        # 대한상공회의소의 전국규제지도 … 평가에서 최우수 등급: the body whose scheme it is gives it, the name follows it
        owner = next((n for n in reversed(item.actors()) if start <= n.mention.start - shift < anchor and
                      re.match(r"의\s", text[n.mention.end - shift:]) and n.kind == "organization"), None)
        if owner is not None and not sep:
            name_start = owner.mention.end - shift + 2
        if sep and colon < anchor:  # "제2회 행복마을 콘테스트 : 마을만들기 대통령상"
            field = text[start:colon].strip()
            # "심사결과 : 우수상": a field's name is not the award's
            field = "" if re.search(r"(결과|내역|실적|현황|수상|성과)$", field.replace(" ", "")) else field
            name = field + " " + text[colon + 1: end].strip()
        else:
            # 고용노동부 '사회적기업 육성 우수 지자체' 평가 장려상: the body before the quoted scheme gives the award, and
            # the award is the scheme's rank (평가 is how it was given)
            runner = next((n for n in item.actors() if start <= n.mention.start - shift < anchor and
                           re.match(r"\s*(?:주관\s*)?['‘\"“]", text[n.mention.end - shift:])), None)
            if owner is None and runner is not None and \
                    not text[start: runner.mention.start - shift].strip(" ∙·▸-❍○□•¦0-9년.'‘"):
                name_start = runner.mention.end - shift
            else:
                runner = None
            name = re.sub(r"(['’\"”])\s*평가\s+(?=\S+$)", r"\1 ", text[name_start:end])
        name = normalize_space(_LEADING_DATE.sub("", name.strip(" ∙·▸-❍○□•¦")).strip(_QUOTES + " "))
        name = normalize_space(re.sub(r"['‘’\"“”「」『』]", " ", name))
        name = re.sub(r"\s+(수상|선정|표창을 받|을 받|를 받)$", "", name)
        if len(name) < 2 or len(name) > 60:
            return []
        evidence = ctx.evidence_of([item])
        dates = [d for d in item.dates if start + shift <= d.start_char < clause_end(text, end) + shift + 16]
        # Else the year the text around speaks of (a result report's title, a report's own year).
        date = dates[0].start[:7] if dates else (passage.scope.year or (ctx.reference_date or "")[:4] or None)
        grantor = self.grantor(after, name, item, passage, evidence) or (owner.key if owner is not None else None) or \
            (runner.key if runner is not None else None)
        recipients = self.recipients(item, passage, shift, start, anchor, colon if prize_first else None, grantor)
        return [Award(r, name, date, evidence, grantor) for r in recipients]

    def grantor(self, after: str, name: str, item: Item, passage: Passage, evidence) -> EntityKey | None:
        paren = _TRAILING_PAREN.match(after) or _TRAILING_PAREN.match(after + " " + self.following)
        if paren:
            found = self.body(paren.group(1), passage, evidence)
            if found:
                return found
        prize = name.split()[-1] if name.split() else name
        found = self.body(prize, passage, evidence, known_only=True)  # 국무총리상, 대통령상
        if found:
            return found
        for title in self.titles:
            stem = re.sub(rf"{title}(?:상|표창)$", "", prize)
            if stem != prize and len(stem) >= 2:
                found = self.body(stem, passage, evidence)
                if found:
                    return found
        first = name.split()[0] if name.split() else ""
        if first != name:
            return self.body(first, passage, evidence, known_only=True)
        return None

    def body(self, text: str, passage: Passage, evidence, *, known_only: bool = False) -> EntityKey | None:
        """The organization, province or municipality ``text`` names (a title after it dropped)."""
        lex = self.ctx.lexicon
        text = re.sub(r"\s+(?:상|표창)$", "", text.strip(_QUOTES + " "))  # 전라남도지사 표창
        for title in ("", *self.titles):
            stem = re.sub(rf"{title}(?:상|표창)?$", "", text) if title else re.sub(r"(?:상|표창)$", "", text)
            if len(stem) < 2:
                continue
            if stem in lex.province_by_name:
                return self.ctx.province(lex.province_by_name[stem].code, stem, evidence)
            if stem in lex.municipality_by_name:
                return self.ctx.municipality(lex.municipality_by_name[stem], evidence)
            resolution = self.ctx.resolver.organization(stem)
            if resolution.known:
                return self.ctx.organization(stem, evidence)
        if known_only or re.search(r"[\d\s]", text) or \
                not re.search(r"(부|처|청|진흥원|연구원|회|공단|공사|재단|본부|센터|협회|연합회|위원회|일보|신문|방송)$", text):
            return None
        return self.ctx.organization(text, evidence)

    def recipients(self, item: Item, passage: Passage, shift: int, start: int, anchor: int, colon: int | None,
                   grantor: EntityKey | None) -> list[EntityKey]:
        actors = [n for n in item.actors(listed=True) if n.key != grantor]
        if colon is not None:
            named = [n.key for n in actors if n.mention.start - shift > colon]
            # "… 수상 : 동일가구, ㈜효림산업": the items of the list are the recipients, names or not.
            for part in item.content[colon + 1:].split(","):
                part = part.strip(" .")
                if 2 <= len(part) <= 20 and re.fullmatch(r"[가-힣A-Za-z0-9()㈜·\s]+", part) and \
                        not any(same_form(part) in same_form(self.ctx.label(k)) or
                                same_form(self.ctx.label(k)) in same_form(part) for k in named):
                    key = self.ctx.organization(part, self.ctx.evidence_of([item]),
                                                municipality=passage.scope.municipality)
                    if key:
                        named.append(key)
            if named:
                return list(dict.fromkeys(named))
        before = [n.key for n in actors if n.kind == "organization" and n.mention.end - shift <= anchor
                  and n.mention.start - shift >= start - 40]
        if before:
            return [before[-1]]
        owner = passage.scope.subject or passage.scope.municipality
        return [owner] if owner else []


def once(award: Award, known: list[Award]) -> Award | None:
    """``award``, or None when ``known`` holds it already (same recipient and name, a year missing on one side
    or the same): the known record then takes what this mention adds (grantor, date, source)."""
    squeezed = award.label.replace(" ", "")
    for other in known:
        theirs = other.label.replace(" ", "")
        if other.recipient == award.recipient and (squeezed in theirs or theirs in squeezed) and \
                (not award.date or not other.date or award.date[:4] == other.date[:4]):
            other.grantor = other.grantor or award.grantor
            other.date = other.date if other.date and len(other.date) >= len(award.date or "") else award.date
            if len(award.label) > len(other.label):  # the fuller name (경상북도 지역브랜드 … over 지역브랜드 …)
                other.label = award.label
            if award.evidence != other.evidence:
                other.also.append(award.evidence)
            return None
    return award


def make_awards():
    def awards(passage: Passage, ctx: Context) -> list[Record]:
        out: list[Record] = []
        for award in Awards(ctx).read(passage):
            new = once(award, ctx.out.awards + out)
            if new is not None:
                out.append(new)
        return out

    return awards

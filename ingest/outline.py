"""A region's outline: headings and bullets nested, headings that name programs, and the passages under them.

Casebooks and pledge cards are outlines: ``□`` sections, unbulleted box headings, ``❍`` items, ``∙``/``▸``
sub-items, broken over lines by the PDF. :func:`parents` nests the items by bullet rank and indentation;
:func:`segment` cuts the region into passages (an item with its continuation lines, or a table), names the
program of each heading that names an undertaking, and gives each passage its scope: the program of the
nearest heading, the enterprise the passage introduced, and the period the text is about: the date of the
nearest heading that has one (``❍ 2016 창업아이디어 오디션 개최``), or of a date field above it in its block
(``∙일 시 : 2016. 10. 27`` over ``∙참 가 자 : 600여명``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from ingest.dates import find_dates
from ingest.context import Context
from ingest.lexicon import load_lexicon
from ingest.names import NAME_ONLY
from ingest.passages import Item, Passage, Scope
from ingest.tables import find_tables

# Bullet ranks: a smaller rank holds the larger ones under it.
_RANKS = (("Ⅰ", 0), ("Ⅱ", 0), ("Ⅲ", 0), ("Ⅳ", 0), ("Ⅴ", 0), ("Ⅵ", 0), ("□", 1), ("■", 1), ("▣", 1), ("◆", 1),
          ("【", 1), ("❍", 3), ("○", 3), ("◯", 3), ("◦", 3), ("●", 3), ("•", 3), ("m", 3), ("∙", 4), ("·", 4),
          ("▸", 4), ("▶", 4), ("‣", 4), ("w", 4), ("Ü", 4), ("-", 5), ("⇒", 5), ("→", 5), ("➡", 5), ("※", 6),
          ("☞", 6), ("*", 6))
HEADING_RANK = 2  # an unbulleted heading sits between □ sections and ❍ items

# A sentence end, a closing bracket, or a figure (a statement of these bullet documents ends with its number).
_ENDS_SENTENCE = re.compile(r"(다|함|음|임|됨|[.:)>\]”\"!?】』」]|\d\s*[가-힣%㎡]{0,3})$")
_LEGAL_FORM_ONLY = re.compile(r"^[(（]?(?:주|유|사|재)[)）]$|^㈜$")
_LABELLED = re.compile(r"^[^:：,.]{1,30}\s[:：]\s")
_DATE_FIELD = re.compile(r"^(?:일\s*시|일\s*자|기\s*간|개\s*최\s*일|운영\s*기간|추진\s*기간|행사\s*일|시\s*기)\s*"
                         r"(?:장\s*소\s*)?[:：]")
# A heading that starts with its year scopes what is under it and after it at its level.
# A record with no title field names its pledge in its headline: 홍성군수 공약 ⑦ …, [기초단체장 공약] 충주시 ― ….
PLEDGE_HEADLINE = re.compile(r"^(?:\[[^\]]{0,12}공약\]|\S{2,10}(?:시장|군수|구청장|도지사|교육감)\s*공약)\s*"
                      r"(?:[①-⑳]|제?\s*\d{1,3}\s*호?\.?)?\s*(?:\S{2,8}(?:시|군|구|도)\s*[―—–-]\s*)?(?P<title>\S.{3,})$")
# A title quoted on a heading names the undertaking the heading reports on (「2023 ○○ 박람회」 결과보고).
# A bullet that runs a thing it names in quotes: …‘우리동네 마을변호사’운영, 「시민 인문학교」 운영.
_QUOTED_RUN = re.compile(r"[‘'「『“\"]([^’'」』”\"]{3,30})[’'」』”\"]\s*(?:을|를)?\s*(?:운영|추진|실시)\s*$")
_QUOTED_TITLE = re.compile(r"[「『]([^」』]{4,40})[」』]")
_LEADING_DATE = re.compile(r"^(?:(?:19|20)\d{2}|['‘`]\d{2})\s*(?:년도?|\.)?(?:\s|$|\()")
# What a statement says was done, opening the line a PDF broke it onto: 협약 체결, 개최, 준공.
_DONE = re.compile(r"^(?:업무\s*)?(?:협약|MOU)\s*(?:체결|식)|^(?:개최|준공|착공|개소|선정|지정)(?:\W|$)")
# A line that is nothing but a quoted title (『수성구 경산시 사회적 경제 한마당 장터』) stands as a heading.
_TITLE_LINE = re.compile(r"^[『「《【“].{2,40}[』」》】”]$")
# A bullet that is nothing but an event's name, perhaps with 개최 (its words are checked against the event cues).
_EVENT_HEADING = re.compile(r"^(?P<name>[^:：,.()]{4,40}?)\s*(?:개최|실시|행사|참가|참여|유치)?$")
# Words of a clause, not of a name: 복지기관과 연계하여 직원들의 직무교육 (실시).
_CLAUSE_WORDS = re.compile(r"(?:하여|하고|하며|해서|통해|통한|위해|위한|에서|으로|[을를]|[와과])\s")
# A line that says when what follows stands: 취업 유지 현황(`16년 기준), 현황 (2016. 12. 31. 기준).
_AS_OF = re.compile(r"^[^:]{2,30}\((?:[^()]*\d[^()]*)\s*(?:기준|현재)\s*\)\s*$")
# The header of a table of one year's column (구  분 2016년 추진성과): its rows report that year.
_YEAR_COLUMN = re.compile(r"^구\s*분\s+(?:19|20)\d{2}\s*년?\s*(?:도\s*)?(?:추진\s*)?(?:성과|실적|현황|결과)\s*$")


def rank(item: Item) -> float | None:
    """The nesting rank of an item's bullet; None for an unbulleted line."""
    return _marker_rank(item.marker) if item.marker else None


@functools.lru_cache(maxsize=1024)
def _marker_rank(marker: str) -> float:
    # Cached: asked for every line many times over, of a few dozen bullet kinds.
    if re.match(r"\d{1,2}[.)]?$", marker) or re.match(r"[①-⑳]", marker):
        return 1.5
    if re.match(r"\(\d{1,2}\)", marker):
        return 2.5
    if re.match(r"(?:사례|유형|과제)\s*\d", marker):
        return 1  # 사례 1 …: a section of its own
    for symbol, value in _RANKS:
        if marker.startswith(symbol):
            return value
    return 4


@functools.cache
def _statement_ends() -> tuple[str, ...]:
    return tuple(load_lexicon().cues.get("statement-ends", []))


@functools.cache
def _section_headings() -> tuple[str, ...]:
    return tuple(h.replace(" ", "") for h in load_lexicon().cues.get("section-headings", []))


def _rank_or(item: Item, default: float) -> float:
    value = rank(item)
    return default if value is None else value


def is_open(item: Item) -> bool:
    """Whether an item's sentence goes on to the next line (the PDF broke it): it ends neither like a sentence
    nor with a noun that closes a statement (…지원, …개최: ``statement-ends`` in ``ingest/data/cues.yaml``)."""
    return bool(item.content) and not _ENDS_SENTENCE.search(item.content) and \
        not item.content.endswith(_statement_ends())


def _carried_on(items: list[Item], index: int) -> bool:
    """Whether a closed bullet goes on in the line below anyway: a short line without a bullet, indented under the
    bullet's words, that names what was done (▸ 수원시와 나눔햇빛발전소 건립 운영 / 협약 체결('14. 02.))."""
    item = items[index]
    follower = next((f for f in items[index + 1: index + 3] if f.content), None)
    return bool(item.marker) and follower is not None and not follower.marker and \
        follower.indent > item.indent + len(item.marker) and len(follower.content) <= 20 and \
        bool(_DONE.match(follower.content))


def heading_like(items: list[Item], index: int) -> bool:
    """An unbulleted line standing as a heading: short, closed, not the rest of the line above, items below."""
    item = items[index]
    if item.marker or not item.content or len(item.content) > 45 or _LABELLED.match(item.content):
        return False
    previous = next((p for p in reversed(items[max(0, index - 3): index]) if p.content), None)
    # A section's own heading word, left of the bullet above (추진실적 (2024.12.31. 기준) under - 2025년 이후 : …),
    # opens a section whatever that bullet's last words.
    section = previous is not None and previous.marker and item.indent < previous.indent and \
        item.content.replace(" ", "").startswith(_section_headings())
    if previous is not None and is_open(previous) and not _TITLE_LINE.match(item.content) and not section and \
            (len(previous.content) >= 25 or (previous.marker and item.indent > previous.indent
                                             and _rank_or(previous, 9) > 1.5)):
        return False  # the rest of a sentence the PDF broke (a section's title is not a sentence)
    if _LEGAL_FORM_ONLY.match(item.content):
        return False  # "(주)" under "국제통신공업": the rest of the name on the line above
    following = [f for f in items[index + 1: index + 4] if f.content and not _LEGAL_FORM_ONLY.match(f.content)]
    return bool(following) and bool(following[0].marker)


def parents(items: list[Item]) -> list[tuple[int, ...]]:
    """For each item, the indices of the headings and bullets it sits under, outermost first."""
    stack: list[tuple[float, int, int]] = []  # (rank, indent, index)
    out: list[tuple[int, ...]] = []
    for index, item in enumerate(items):
        value = rank(item)
        if value is None and heading_like(items, index):
            value = HEADING_RANK
        if value is None:  # a continuation line sits where the line it continues sits
            chain = out[-1] if out else ()
            # … except a field (일 시 : …) indented under a bullet: it is that bullet's
            if stack and _LABELLED.match(item.content) and items[stack[-1][2]].marker and \
                    item.indent > items[stack[-1][2]].indent and stack[-1][2] not in chain:
                chain = chain + (stack[-1][2],)
            out.append(chain)
            continue
        while stack and not (stack[-1][0] < value or (stack[-1][1] < item.indent and value >= min(stack[-1][0], 1.5))):
            stack.pop()
        out.append(tuple(i for _, _, i in stack))
        stack.append((value, item.indent, index))
    return out


class Outline:
    """Cuts a region into passages, minting the programs its headings name."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        cues = ctx.lexicon.cues
        self.section_headings = tuple(h.replace(" ", "") for h in cues.get("section-headings", []))
        self.program_words = tuple(cues.get("program-words", []))
        self.not_a_start = frozenset(cues.get("not-a-name-start", []))
        self.event_words = tuple(cue for cue, concept in ctx.lexicon.cue_list("event-type")
                                 if concept in ("fair", "festival", "competition", "meeting", "education", "declaration"))

    def segment(self, items: list[Item], scope: Scope, nesting: list[tuple[int, ...]]) -> list[Passage]:
        title = next((i for i in items if i.content), None)
        if title is not None and not scope.year and not title.marker and (heading_like(items, items.index(title)) or (
                len(title.content) <= 45 and not _ENDS_SENTENCE.search(title.content))):  # a title over its date line
            dates = [d for d in title.dates if len(d.start) == 4 and not d.end]
            if len(dates) == 1:  # 2025년 ○○군 자활사업 추진계획: the year its whole text speaks of
                scope = replace(scope, year=dates[0].start)
        tables = find_tables(items, self.ctx.lexicon)
        in_table = {index for table in tables for index in table.item_indices}
        starts = {table.item_indices[0]: table for table in tables}
        programs: dict[int, object] = {}  # item index -> program key, for headings that name one
        # The enterprise a passage introduced, and the date a heading or a date field names, hold until a
        # heading or bullet of a higher rank than the one that set them.
        subject: tuple[object, float, int] | None = None
        year: tuple[str, float, int] | None = None
        passages: list[Passage] = []
        index = 0
        while index < len(items):
            item = items[index]
            level = rank(item)
            if level is None and heading_like(items, index):
                level = HEADING_RANK
            if level is not None:
                # What a line said holds under it: at a lower rank, or indented further (□1 under 사례 1).
                subject = subject if subject and (_holds(subject[1], level) or item.indent > subject[2]) else None
                year = year if year and (_holds(year[1], level) or item.indent > year[2]) else None
            chain = nesting[index]
            if index in starts:
                table = starts[index]
                local = self._scope(scope, chain, programs, subject, year)
                passages.append(Passage([items[i] for i in table.item_indices], local,
                                        tuple(items[i] for i in chain), table=table.table))
                index = table.item_indices[-1] + 1
                continue
            if index in in_table or not item.content:
                index += 1
                continue
            program = self.heading_program(items, index, scope, nesting, programs)
            if program:
                programs[index] = program
                subject = None
                if not any(i.content for i in items[:index]) and not scope.program:
                    scope = replace(scope, program=program)  # the document's title: what all of it is about
            introduced = self.introduced(item, heading=level is not None and level <= HEADING_RANK)
            if introduced:
                subject = (introduced, level if level is not None else HEADING_RANK, item.indent)
            dated = _dates_of(item)
            if dated and (_DATE_FIELD.match(item.content) or (  # (a report's sentence that opens on a date: its own)
                    _LEADING_DATE.match(item.content) and not re.search(r"다\.?$", item.content))):
                if not _DATE_FIELD.match(item.content):  # 2017년 ∘ … 신청접수(2017. 6. 19. ~ 7. 21.): the year leads
                    dated = _dates_of(item, first=True)
                year = (dated, level if level is not None else HEADING_RANK, item.indent)
            elif dated and _YEAR_COLUMN.match(item.content):
                # The rows' labels (경산희망 / 일자리센터) read as headings: the year holds over them.
                year = (dated, HEADING_RANK - 0.25, item.indent)
            end = index + 1
            carried = _carried_on(items, index)
            if (is_open(item) or carried) and not item.headline:  # a headline goes on in no sentence
                while end < len(items) and end - index <= 3 and end not in in_table and end not in starts:
                    follower = items[end]
                    if not follower.content:
                        end += 1
                        continue
                    if follower.marker or (heading_like(items, end) and not carried) or \
                            _LABELLED.match(follower.content) or _YEAR_COLUMN.match(follower.content):
                        break  # a bullet, a heading, a "label : value" line or a table's header of its own
                    end += 1
                    if not is_open(follower):
                        break
            group = [items[i] for i in range(index, end) if items[i].content]
            as_of = next((g for g in group if _AS_OF.match(g.content) and _dates_of(g)), None)
            if as_of is not None:  # 취업연계 / 취업 유지 현황(`16년 기준): the year what follows stands at
                year = (_dates_of(as_of), level if level is not None else HEADING_RANK, item.indent)
            # Else the date of the nearest heading above that has one.
            when = year or next(((_dates_of(items[i]), 0) for i in reversed(chain)
                                 if _dates_of(items[i]) and _rank_or(items[i], HEADING_RANK) <= 3), None)
            local = self._scope(scope, chain + (index,), programs, subject, when)
            previous = next((items[i] for i in range(index - 1, -1, -1) if items[i].content), None)
            following = next((items[i] for i in range(end, len(items)) if items[i].content), None)
            passages.append(Passage(group, local, tuple(items[i] for i in chain), previous=previous,
                                    following=following))
            index = end
        return passages

    @staticmethod
    def _scope(scope: Scope, chain: tuple[int, ...], programs, subject, year) -> Scope:
        program = next((programs[i] for i in reversed(chain) if i in programs), None)
        return replace(scope, program=program or scope.program, subject=subject[0] if subject else scope.subject,
                       year=year[0] if year else scope.year)

    def heading_program(self, items: list[Item], index: int, scope: Scope, nesting, programs) -> object | None:
        """The program a heading names: a noun phrase of an undertaking (운영, 지원, 육성 …), not a sentence."""
        item = items[index]
        value = rank(item)
        content = item.content
        titled = _QUOTED_TITLE.search(content)
        if titled and titled.group(1).strip().endswith(self.program_words + self.event_words) and \
                (heading_like(items, index) or not any(i.content for i in items[:index])):
            # 「2024 ○○ 한마당」 결과보고, as a heading or as the document's title line
            return self._mint(item, titled.group(1).strip(), scope, nesting[index], programs)
        held = _EVENT_HEADING.match(content)
        if held and (item.marker or heading_like(items, index)):
            # ❍ 2016 창업아이디어 오디션 개최, □『청년희망도시』경산 선포식: a bullet that names an event held
            name = normalize_space_words(re.sub(r"[『』「」]", " ", held.group("name"))).strip()
            if name.endswith(self.event_words) and len(name) >= 6 and not re.search(r"(?<!제)\d+\s*(?:명|개|회|억|원)", name) \
                    and not _CLAUSE_WORDS.search(name) and not item.organizations():
                return self._mint(item, name, scope, nesting[index], programs)
        run = _QUOTED_RUN.search(content)
        if run and item.marker and any(index in nesting[j] for j in range(index + 1, min(index + 3, len(items)))) \
                and not any(n.mention.text == run.group(1).strip() for n in item.named):
            # ∙ 무료법률상담서비스‘우리동네 마을변호사’운영 / - 정자2동 주민센터 : …: the lines under it are about it
            return self._mint(item, run.group(1).strip(), scope, nesting[index], programs)
        stage = re.match(r"\d단계\s*(?:\([^)]*\))?\s*:\s*(.+)", content)  # a plan's stage names its program
        if stage:
            name = stage.group(1)
        elif value is None:
            if not heading_like(items, index):
                return None
        elif value > (3 if scope.plan else 2) and not (scope.plan and "◆" in item.marker):
            return None
        if not stage:
            if re.match(r"^[^:：]{1,8}[:：]\s", content):
                return None  # 개선사항: …, 사업예산: …: a field's label, not an undertaking
            name = content.split(" : ")[0] if " : " in content else content
            pledged = PLEDGE_HEADLINE.match(name)
            name = pledged.group("title") if pledged else name
        name = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip(" *:：")
        name = normalize_space_words(re.sub(r"^(?:\d{1,2}|[①-⑳])\s+", "", name.replace("*", "")))
        squeezed = name.replace(" ", "")
        if squeezed.startswith(self.section_headings) or name.split(" ")[0] in self.not_a_start:
            return None
        if not 4 <= len(name) <= 40 or re.match(r"(?:19|20)\d{2}\s*[.년~\-]", name) \
                or re.search(r"(다|함|음|[.!,?])$|(으로|하는|하고|하여|에서|이며|되는|된|가는|[을를의이가은는와과]|\s및|\s등)$", name) \
                or ", " in name or re.search(r"\d,\d{3}|%|\d+\s*(?:명|개|억|만|천|원)", name):
            return None
        core = re.sub(r"\s*\(.*\)\s*$", "", name)  # the name without its dates: 청년일자리 창출('18. 8. ~)
        if not core.endswith(self.program_words) and not any(w in core for w in self.program_words[:12]):
            return None
        if any(n.mention.text.replace(" ", "") == squeezed for n in item.named):
            return None  # 희망케어센터 on its own line names a partner, not an activity
        return self._mint(item, name, scope, nesting[index], programs, content=content)

    def _mint(self, item: Item, name: str, scope: Scope, chain: tuple[int, ...], programs, *,
              content: str = "") -> object:
        parent = next((programs[i] for i in reversed(chain) if i in programs), scope.program)
        if scope.program and self.ctx.label(scope.program) == name:
            return scope.program
        evidence = self.ctx.evidence_of([item])
        program = self.ctx.program(name, evidence, municipality=scope.municipality, case=scope.case, parent=parent)
        for pledge in scope.pledges if scope.plan else ():
            self.ctx.out.add_fact(pledge, "sekg:implementedBy", program, evidence)
        if scope.plan:
            dates = find_dates(content)
            if dates:
                self.ctx.out.add_fact(program, "sekg:startDate", date_value(dates[0].start), evidence)
                if dates[0].end:
                    self.ctx.out.add_fact(program, "sekg:endDate", date_value(dates[0].end), evidence)
        return program

    def introduced(self, item: Item, *, heading: bool = False):
        """The organization an item introduces: "발굴(육성) 사회적기업 : ㈜더페이퍼", "기 업 명 : X", a name alone, a
        heading that ends on a name (사례 1 지역주민과 상생하는 마을기업 – 농업회사법인"콩사랑")."""
        orgs = item.organizations()
        if len(orgs) != 1:
            return None
        tail = item.text[orgs[0].mention.end:].strip(" \"'”’」』)")
        if heading and not tail and orgs[0].mention.enterprise_hint:
            return orgs[0].key
        label, sep, rest = item.content.partition(":")
        if sep:
            squeezed = label.replace(" ", "")
            if ("기업명" in squeezed or self.ctx.lexicon.find_concepts("enterprise-type", squeezed)) and \
                    NAME_ONLY.match(rest.strip()):
                return orgs[0].key
            return None
        # A name alone on its line introduces an enterprise when its name says it is one (…협동조합); a company
        # named alone is more often a partner in a role table (국제통신공업(주) over the bullets of its part).
        if NAME_ONLY.match(item.content) and not item.marker and len(item.named) == 1 and \
                (orgs[0].mention.enterprise_hint or orgs[0].mention.how == "line"):
            return orgs[0].key
        # An enterprise by its own name's form, alone on a bullet or titling a section about it
        # (❍ 강천섬권역 영농조합법인, Ⅲ 강천섬권역 영농조합법인 현황).
        rest = item.content.replace(orgs[0].mention.text, "", 1).strip() if orgs[0].mention.text in item.content else None
        if orgs[0].mention.enterprise_hint and len(item.named) == 1 and rest in ("", "현황", "개요", "소개"):
            return orgs[0].key
        return None


def _dates_of(item: Item, *, first: bool = False) -> str | None:
    """The period an item's date states (its most precise date, or its first; a range as start/end)."""
    if not item.dates:
        return None
    date = min(item.dates, key=lambda d: d.start_char) if first else max(item.dates, key=lambda d: len(d.start))
    return date.period


def _holds(set_at: float, level: float) -> bool:
    """Whether what an item at rank ``set_at`` said still holds at an item of rank ``level``: under it, or a
    sibling bullet (a sibling heading starts another topic)."""
    return level > set_at or (level == set_at and level > HEADING_RANK)


def normalize_space_words(text: str) -> str:
    return " ".join(text.split())


def date_value(iso: str):
    from ingest.records import Value

    datatype = {4: "gYear", 7: "gYearMonth", 10: "date"}.get(len(iso), "string")
    return Value(iso, datatype)

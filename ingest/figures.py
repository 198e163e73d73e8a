"""Figures: every number with a unit in a passage, read once, with what it measures and whose it is.

A :class:`Figure` is a quantity with its indicator (what it counts: jobs, revenue, participants …), its
period, its kind of value (achieved, a goal, a projection, a point of comparison), its funding source or
enterprise type when the text or a table header gives one, and its subject (the enterprise named before
it, else the passage's subject, program or municipality). Prose is read clause by clause; tables
(:mod:`ingest.tables`) by their header and row labels.

Four relation families share the figures, each taking the ones :func:`ingest.figure_records.family` gives
it; a sum split by source in parentheses is read by :func:`ingest.funding.split_by_source`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.achievements import achievements
from ingest.clauses import clause_left, clause_left_start, clause_right, future_tense, mask
from ingest.quantities import bare_amounts, breakdown, find_quantities
from ingest.context import Context
from ingest.figure_context import (bodies_around, count_by_type, governs, in_quoted_pledge, next_line,
                                   of_total_above, typed_parts)
from ingest.non_results import reports_nothing
from ingest.figure_records import Figure
from ingest.funding import broken_down_period, payer_source, source_before, spent_whole, split_by_source
from ingest.outline import is_open, rank
from ingest.paired_lists import paired_indicators, parts_of_total, start_of_change, yearly_in_unit_above
from ingest.passages import Item, Passage
from ingest.periods import after_writing, before_plan, period_of

_GREW = re.compile(r"\s*(?:가량|정도|이상|가까이)?\s*(?:늘|증가|증액|성장|상승|끌어올|높아|높였|감소|감액|줄|하락|떨어|낮아|낮췄)")
_ENDS_IN_PLAN = re.compile(r"(?:계획|목표|예정)(?:(?:으로|로|를|을)\s*(?:잡았|세웠|정했|삼았)다|이다|입니다)?\s*\.?\s*$")
_EXISTING = re.compile(r"기존(?!.*(?:조성|설치|건립|구축|신축))")
NEAR = 10  # characters between a cue word and the figure after it, for the cue to be the figure's own


def read(passage: Passage, ctx: Context) -> list[Figure]:
    """The passage's figures (read once per passage, whichever family asks first)."""
    cached = getattr(passage, "_figures", None)
    if cached is None:
        # One reader per document: its cue tables are the lexicon's, copied (not made again for every passage).
        reader = getattr(ctx, "_figure_reader", None)
        if reader is None:
            reader = ctx._figure_reader = FigureReader(ctx)
        if passage.table is not None:
            from ingest.table_figures import table_figures

            cached = table_figures(passage, reader)
        else:
            cached = [f for item in passage.items for f in reader.prose(item, passage)]
        passage._figures = cached
    return cached


class FigureReader:
    """The cue tables figures are read with (``ingest/data/cues.yaml``)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        lex = ctx.lexicon
        cues = lex.cues
        self.unit_indicators = {u: tuple(v) for u, v in cues.get("unit-indicators", {}).items()}
        self.unit_default = dict(cues.get("unit-default-indicator", {}))
        self.not_spent = tuple(cues.get("money-not-spent", []))
        self.prize_words = tuple(cues.get("prize-money", []))
        self.raw_unit = dict(cues.get("raw-unit-indicator", {}))
        self.indicator_unit = dict(cues.get("indicator-default-unit", {}))
        self.person_words = dict(cues.get("person-indicator-words", {}))
        self.status_words = tuple(cues.get("status-words", []))
        self.stock_headings = tuple(cues.get("stock-headings", []))
        self.part_types = dict(cues.get("part-types", {}))
        self.achieved_words = tuple(cues.get("achieved-words", []))

    # -- cues ------------------------------------------------------------------

    def indicator(self, text: str, unit: str | None, *, nearest: str = "last") -> str | None:
        found = self.ctx.lexicon.find_concepts("indicator", text)
        if unit in self.unit_indicators:
            found = [f for f in found if f[2] in self.unit_indicators[unit]]
        if not found:
            return None
        return (found[-1] if nearest == "last" else found[0])[2]

    def choose(self, masked: str, quantity, following: int, heading: str = "") -> str | None:
        """The indicator a figure's own words give: the word right after it (``360명 참여``), its unit word
        (``12회``, ``430건``, ``5개팀``), or the nearest word before it in its clause (``직원 29명``)."""
        allowed = self.unit_indicators.get(quantity.unit, ())
        if quantity.unit == "person" and re.match(r"\s*에게\s", masked[quantity.end:]):
            return "beneficiaries"  # 어르신 180명에게 방문 돌봄을 제공: the people it is given to
        if quantity.unit == "person" and _HIRED.match(masked, quantity.end):
            return "hires"  # 노숙인 19명을 직원으로 채용했다: the hiring, not the staff it makes
        after = self.after_word(masked, quantity, following)
        if after:
            return after
        unit_word = self.raw_unit.get(quantity.raw_unit.replace("여", ""))
        if unit_word == "facilities" and self.counts_bodies(masked, quantity, heading):
            return "organizations"  # 사회적기업 24곳, 입점 기업을 지난해 180곳에서: bodies, not premises
        start = clause_left_start(masked, quantity.start)
        before = [f for f in self.ctx.lexicon.find_concepts("indicator", masked[start: quantity.start]) if f[2] in allowed]
        near = [f for f in before if quantity.start - (start + f[0] + len(f[1])) <= NEAR]
        started = bool(near) and near[-1][2] == "startups" and \
            not re.match(r"[가-힣]", masked[start + near[-1][0] + len(near[-1][1]):])  # not 창업자금 5개팀
        if unit_word and unit_word in allowed and not started:
            return unit_word  # … but 자활기업 창업 1곳, 창업 100팀 count what was started
        if near:
            return near[-1][2]
        return before[-1][2] if before else None

    def named_indicator(self, name: str, unit: str | None) -> str | None:
        """The indicator a listed name gives a figure of ``unit`` (any unit when None)."""
        found = [c for _, _, c in self.ctx.lexicon.find_concepts("indicator", name)
                 if unit is None or c in self.unit_indicators.get(unit, ())]
        return found[-1] if found else None

    def served(self, masked: str, quantity, following: int) -> str | None:
        """People a line's 지원 or 상담 served, when no word names what they are (전문인력 지원 : 8개 기업 12명)."""
        if quantity.unit != "person":
            return None
        line = masked[: min(following, quantity.end + 12)]
        words = [(line.rfind(w), c) for w, c in self.person_words.items() if w in line]
        return max(words)[1] if words else None

    def counts_bodies(self, masked: str, quantity, heading: str = "") -> bool:
        """Whether 곳/개소 counts organizations: the nearest noun before it in its clause names bodies; a clause
        with no noun of its own (… 지원 / 7개소, 48명) counts what its label or heading names
        (마을기업 고도화 사업 : 2개소, under "(예비)사회적기업 재정지원사업 추진")."""
        lex = self.ctx.lexicon
        start = clause_left_start(masked, quantity.start)
        left = masked[start: quantity.start]
        found = lex.find_concepts("indicator", left) + lex.find_concepts("enterprise-type", left)
        premises = [c for c in lex.find_concepts("indicator", masked[: quantity.start]) if c[2] == "facilities"]
        if not found and not premises and not re.search(r"[가-힣]{2,}", left):
            for context in (masked.partition(":")[0] if ":" in masked[:quantity.start] else "", heading):
                types = [c for c in lex.find_concepts("enterprise-type", context) if c[2] != "social-economy-organization"] \
                    or lex.find_concepts("enterprise-type", context)
                if types:
                    return True
        if not found:
            return False
        position, cue, concept = max(found)
        return concept == "organizations" or concept in self.ctx.lexicon.concept_labels.get("enterprise-type", {}).values()

    def typed_before(self, masked: str, quantity) -> str | None:
        """Organizations, for a count right after an enterprise type (협동조합 56개, 사회적협동조합 : 5개)."""
        if quantity.unit not in ("count", "place"):
            return None
        left = masked[clause_left_start(masked, quantity.start): quantity.start]
        found = self.ctx.lexicon.find_concepts("enterprise-type", left)
        return "organizations" if found and len(left) - (found[-1][0] + len(found[-1][1])) <= NEAR // 2 else None

    def after_word(self, masked: str, quantity, following: int) -> str | None:
        """The indicator of the word right after a figure (``360명 참여``, ``38명 고용``)."""
        allowed = self.unit_indicators.get(quantity.unit, ())
        after = self.ctx.lexicon.find_concepts("indicator", masked[quantity.end: min(following, quantity.end + 12)])
        # Right after it, or after its particle (186명이 수료했다, 12명을 채용했다, 40여명의 고용유발 효과).
        after = [f for f in after if f[2] in allowed and
                 re.fullmatch(r"[\s:]*(?:이|가|을|를|은|는|의)?\s*(?:신규|새로|추가로?|모두|(?:정규직|상용직|직원)으로)?\s*",
                              masked[quantity.end: quantity.end + f[0]])]
        if after and after[0][2] == "hires" and _EMPLOYS.match(masked, quantity.end):
            return "employees"  # 34명을 고용하고 있다: whom it employs, not whom it hired
        return after[0][2] if after else None

    def loose(self, masked: str, quantity) -> str | None:
        """An indicator anywhere before the figure on its line, or in its clause after it."""
        allowed = self.unit_indicators.get(quantity.unit, ())
        before = [f for f in self.ctx.lexicon.find_concepts("indicator", masked[: quantity.start]) if f[2] in allowed]
        if before:
            return before[-1][2]
        after = [f for f in self.ctx.lexicon.find_concepts("indicator", clause_right(masked, quantity.end))
                 if f[2] in allowed]
        return after[0][2] if after else None

    def value_kind(self, clause: str, *, plan: bool, sentence: str = "", frame: str = "") -> str:
        """``frame``: the label of the figure's field (□ 기대효과 : 매출 연 30억원 is a projection, even in a plan)."""
        kinds = [c for _, _, c in self.ctx.lexicon.find_concepts("value-kind", clause)] or \
            [c for _, _, c in self.ctx.lexicon.find_concepts("value-kind", frame) if c == "projection"]
        if "target" in kinds and not any(w in clause for w in self.achieved_words):
            return "target"
        if "projection" in kinds:
            return "projection"
        if _BY_YEAR.search(clause):
            return "target"  # 2026년까지 …개 육성
        if plan and not any(w in clause for w in self.status_words):
            return "target"  # a plan's figures are goals unless they report a state
        if sentence and future_tense(sentence) and not re.search(r"현재\s", sentence):
            return "target"  # a report's "…을 지원한다", "…할 계획이다": what is to come (not 현재 … 일한다)
        return "actual"

    def pledged_indicator(self, unit: str, scope) -> str | None:
        """What a plan's bare figure counts when its pledge's title counts the same unit: '22년 10팀 → … under
        "청년 협동조합 창업 100팀" are startups, as the title's 100팀 is."""
        for pledge in scope.pledges if scope.plan else ():
            title = self.ctx.label(pledge) or ""
            for quantity in find_quantities(title):
                if quantity.unit == unit:
                    return self.choose(title, quantity, len(title))
        return None

    def goal_frame(self, frame: str) -> bool:
        """Whether a label or heading announces goals (추진목표, 목표(2028년), 연차별 계획) rather than a state."""
        return any(c == "target" for _, _, c in self.ctx.lexicon.find_concepts("value-kind", frame)) and \
            not any(w in frame for w in self.status_words + self.achieved_words)

    def in_plans(self, passage: Passage) -> bool:
        """Whether a section heading above announces plans (Ⅱ 세부 사업계획); read once per passage."""
        if not hasattr(passage, "_in_plans"):
            passage._in_plans = any(rank(h) is not None and rank(h) <= 1 and self.goal_frame(h.content)
                                    for h in passage.outline)
        return passage._in_plans

    def pledged(self, words: str, scope) -> bool:
        """Whether a figure and the word after it are written in one of the scope's pledges (its goal)."""
        squeezed = re.sub(r"\s+", "", words)
        return len(squeezed) >= 4 and any(squeezed in re.sub(r"\s+", "", self.ctx.label(p) or "") for p in scope.pledges)

    # -- prose -----------------------------------------------------------------

    def prose(self, item: Item, passage: Passage) -> list[Figure]:
        ctx, scope = self.ctx, passage.scope
        text = item.text
        if item.content.startswith("붙임"):
            return []  # 붙임 언론보도 자료 1부: what is attached, no figure
        counted = [q for q in item.quantities if q.unit not in ("kilowatt", "tonne")] + bare_amounts(item, passage)
        named, unwritten = paired_indicators(text, self.named_indicator, self.indicator_unit, counted)
        unwritten += parts_of_total(text, counted) + start_of_change(text, counted)
        yearly = yearly_in_unit_above(text, list(passage.previous.quantities) if passage.previous else [])
        named.update({q.start: "budget" for q in yearly})  # 연도별 투자 : 2023년 450 / …: the money planned each year
        unwritten += yearly
        quantities = sorted(counted + unwritten, key=lambda q: q.start)
        figures: list[Figure] = []
        previous: str | None = None
        # A name's words are no cue (일자리센터 : 8명 counts no jobs).
        masked = mask(text, [(q.start, q.end) for q in quantities] + [(d.start_char, d.end_char) for d in item.dates] +
                      [(n.mention.start, n.mention.end) for n in item.organizations()])
        for index, quantity in enumerate(quantities):
            if quantity.value is None:
                ctx.out.warn("malformed-number", f"{quantity.text!r}: {quantity.problem}; not read", item.number)
                continue
            if any(d.start_char <= quantity.start < d.end_char for d in item.dates):
                continue
            if reports_nothing(text, quantity):
                continue  # how often, a bound, a limit, a part of a program, the country's figure (non_results.py)
            left = clause_left(text, quantity.start)
            right = clause_right(text, quantity.end)
            if quantity.unit in ("krw", "usd") and (quantity.qualifier == "at-most" or
                                                    any(w in left[-12:] for w in self.not_spent)):
                continue  # 최대 5천만원, 지원 한도: a ceiling, no money a program spends
            following = quantities[index + 1].start if index + 1 < len(quantities) else len(text)
            if quantity.start in named and named[quantity.start] is None:
                continue  # 구직 in 구인, 구직, 취업알선 : 1,500 / 2,418 / 553 names no indicator
            indicator = self.choose(masked, quantity, following,
                                    passage.outline[-1].content if passage.outline else "")
            prize = quantity.unit == "krw" and any(w in left[-12:] for w in self.prize_words)
            if prize:
                indicator = "support-amount"  # 상금 1천만원: money received with a prize, no budget
            elif quantity.unit == "krw" and _LENDING.search(text[: quantity.start]):
                indicator = "support-amount"  # 융자 규모 총 10억원: what lenders make available, no budget spent
            elif quantity.unit == "krw" and re.match(r"어치\S*\s*(?:[가-힣]+\s)?(?:팔|판매)", text[quantity.end:]):
                indicator = "revenue"  # 5천3백만원어치가 팔렸다: goods sold
            beneficiary = None
            before_figure = figures[-1] if figures else None
            # 2023년 마을기업 12곳 / 2024년 15곳: nothing but dates and separators since the figure before
            list_goes_on = before_figure is not None and bool(_BARE_GAP.fullmatch(
                masked[text.find(before_figure.text) + len(before_figure.text): quantity.start]))
            closing = self.after_word(masked, quantity, following)
            if list_goes_on and before_figure.unit in (quantity.unit, _COUNTED.get(quantity.unit)) and not closing:
                indicator = before_figure.indicator  # the list goes on with the noun of its first figure
            elif list_goes_on and before_figure.unit == quantity.unit and closing and \
                    before_figure.indicator == self.unit_default.get(quantity.unit) != closing:
                before_figure.indicator = closing  # 2015년 52명, 2016년 38명 고용: the word that ends the list
            indicator = named.get(quantity.start) or of_total_above(self, item, passage, quantity) or indicator
            if indicator is None and previous in self.unit_indicators.get(quantity.unit, ()):
                indicator = previous  # 청년 12명, 여성 8명: the indicator of the figure before
                groups = ctx.lexicon.find_concepts("beneficiary-group", left)
                beneficiary = groups[-1][2] if groups else None
            indicator = indicator or self.loose(masked, quantity) or self.served(masked, quantity, following) or \
                self.unit_default.get(quantity.unit) or self.typed_before(masked, quantity)
            if indicator == "facilities":
                indicator = bodies_around(self, masked, quantity, passage) or indicator
            elif indicator in ("beneficiaries", "participants") and quantity.unit == "place":
                indicator = "organizations"  # 9곳이 입주한다, 42곳이 참여해: bodies, the tenants or stalls
            if indicator is not None and indicator == self.unit_default.get(quantity.unit) and scope.plan:
                indicator = self.pledged_indicator(quantity.unit, scope) or indicator
            if indicator is None and quantity.unit == "percent" and _GREW.match(text, quantity.end):
                indicator = "growth-rate"  # 지난해보다 18% 늘었다, 31% 성장했다
            elif indicator is None and quantity.unit == "percent" and re.search(r"달성|대비|초과", text):
                indicator = "achievement-rate"  # a stated rate: achievements() keeps it on what was achieved
            elif indicator is None and quantity.unit == "percent" and text[quantity.end: quantity.end + 1] == ")" \
                    and re.search(r"증가|감소|상승|하락", text[quantity.end:]):
                indicator = "growth-rate"  # 인구(5.41%), 재정규모(55.55%) … 증가: how much each grew
            if indicator is None:
                ctx.out.warn("number-without-indicator", f"{quantity.text!r} in {item.content[:50]!r}", item.number)
                continue
            previous = indicator
            # A ministry named before a figure grants or funds it (행정자치부 최우수 마을기업 수상(인센티브 …)); the
            # figure is not the ministry's own.
            owners = [n.key for n in item.organizations() if n.mention.end <= quantity.start
                      and n.mention.start >= text.rfind(",", 0, quantity.start) and not governs(ctx, n.key)]
            # Under a heading of results (주요 추진실적) a plan's figures are what was achieved.
            # A field's label or the heading above frames its figures: 추진실적(2024. 6.): …, 추진목표: …, □ 목표(2028년).
            label = re.split(r"[:\t]", item.content, maxsplit=1)[0] if re.search(r"[:\t]", item.content[:20]) else ""
            if quantity.unit == "person" and re.sub(r"[\s\W]", "", label) in ("대상", "지원대상", "수혜대상") and \
                    not closing:
                indicator = "beneficiaries"  # 대 상 : … 근로자 626명: whom the program is for
            elif indicator == "participants" and "구성" in label:
                indicator = "members"  # 구성현황 : 5개마을 376가구 797명 참여: whom the body is made of
            reported = any(w in h.content for h in passage.outline for w in self.status_words) or \
                any(w in label for w in self.status_words)
            if right == text[quantity.end:] and is_open(item):
                right += " " + next_line(passage, item)  # … 786명으로 연간 약 / 40명이 발생될 것으로 추정됨
            kind = self.value_kind(left + right, plan=scope.plan and not reported, sentence=text, frame=label)
            if prize or (indicator == "achievement-rate" and "목표" not in left):
                kind = "actual"  # awarded, whatever the tense; 진행률: 68% in a plan: how far it has come
            elif _LENDING.search(text[: quantity.start]) and not re.search(r"실적|집행|했다|하였", text):
                kind = "target"  # 융자 규모 총 10억원 (under an agreement): what is to be lent
            elif kind == "actual" and not reported and _ENDS_IN_PLAN.search(text) and \
                    not re.search(r"[‣▸⇒➡→]", text[quantity.end:]):
                kind = "target"  # 신규인증 10개, 재인증 20개 계획: the statement's last word makes its figures goals
            elif kind == "actual" and not reported and (
                    self.goal_frame(f"{label} {passage.outline[-1].content if passage.outline else ''}") or
                    (not _EXISTING.search(text) and self.in_plans(passage))):
                # … or a section of plans above (Ⅱ 세부 사업계획 / 1) 마미센터 / 사업개요 · 연면적 660㎡), save what
                # exists already (기존 숲 공간 약 30,000㎡, but 기존 초화류원을 활용한 플라워 가든 2,000㎡ 조성)
                kind = "target"
            if kind != "target" and (self.pledged(text[quantity.start: quantity.end + 4], scope) or
                                     in_quoted_pledge(text, quantity.start)):
                kind = "target"  # 1만명 취업 in a line that restates the pledge "… 1만명 취업달성": its goal
            if kind == "actual" and index + 1 < len(quantities) and quantities[index + 1].unit == quantity.unit and \
                    re.search(r"[→➡⇒]", text[quantity.end: quantities[index + 1].start]):
                kind = "baseline"  # 2022년 61곳 → 2024년 84곳: where it started
            if re.match(r"\s*대비", text[quantity.end:]) and not re.search(r"(목표|공약\s*\()\s*$", left):
                kind = "baseline"
            period = period_of(item, quantity.start, passage) if item.dates else \
                broken_down_period(ctx, text) or period_of(item, quantity.start, passage)
            if kind == "actual" and after_writing(self.ctx, period):
                kind = "target"
            if kind == "target" and indicator == "growth-rate" and "목표" not in left:
                kind = "projection"  # 내년도 예산을 올해보다 25% 증액한: the change a plan makes, no goal to reach
            elif kind == "target" and not re.search(r"목표\s*$", left) and (before_plan(self.ctx, period, scope) or (
                    before_figure is not None and before_figure.value_kind == "target" and period and
                    before_figure.period and period < before_figure.period and
                    text.rfind("(", 0, quantity.start) > text.find(before_figure.text))):
                kind = "baseline"  # 목표 … 1조원 (2021년 7,200억원), 300개 (2024년 180개): where the plan starts from
            paid_by_whom = payer_source(ctx, item, quantity.end, scope.municipality) if quantity.unit == "krw" else None
            if paid_by_whom or (quantity.unit == "krw" and spent_whole(text, quantity.start, quantity.end)):
                indicator = "budget"  # 1억8천만원 가운데 1억5천만원은 경기도가 지원했고: what it cost, by who paid
            etype, indicator = count_by_type(self, masked, quantity, indicator, text, status=any(
                w in h.content for h in passage.outline for w in self.stock_headings))
            if etype is None and list_goes_on and before_figure.enterprise_type and \
                    indicator == before_figure.indicator:
                etype = before_figure.enterprise_type
            # Bodies are counted, not premises: 마을기업 5곳 is a count of organizations; premises counted with 개
            # (18개 도서관, 350여개 점포) are places, as 개소 and 곳 are.
            unit = _COUNTED.get(quantity.unit, quantity.unit) if indicator == "organizations" else \
                "place" if indicator == "facilities" and quantity.raw_unit == "개" else quantity.unit
            figures.append(Figure(
                quantity.value, unit, [item], indicator, owners[-1] if owners else
                scope.owner(goal=kind == "target" or (kind != "actual" and scope.plan)) or
                ("document", (ctx.doc_id,)), scope.municipality, quantity.text, item.content,
                period=period, value_kind=kind, qualifier=quantity.qualifier,
                funding_source=paid_by_whom or (source_before(ctx, left, scope.municipality)
                                                if indicator != "revenue" else None),
                beneficiary=beneficiary, enterprise_type=etype))  # 매출은 합계 41.6억원: sales summed, no budget
            if quantity.unit == "krw" and re.match(r"\s*(?:\(|[은는]\s|으?로\s*,)", text[quantity.end:]):
                figures += split_by_source(ctx, item, quantity, figures[-1])
            elif parts := breakdown(text, quantity):  # 49개소(유료 41, 무료 8): the parts of what it counts
                total = figures[-1]
                total.enterprise_type, types = typed_parts(self, text, quantity, total, parts)
                total.parts = tuple(replace(total, value=part.value, text=part.text, enterprise_type=etype)
                                    for part, etype in zip(parts, types, strict=True))
                figures += total.parts
        figures = achievements(self.ctx, item, figures)
        for staff in _STAFF_SPLIT.finditer(text):  # 일자리 15명(상근 12, 비상근 3): the people it employs
            for figure in figures:
                at = text.find(figure.text)
                if figure.unit == "person" and (at + len(figure.text) == staff.start() or
                                                staff.start() < at < staff.end()):
                    figure.indicator = "employees"
        for figure in figures:
            # A goal belongs to the pledge whose own words hold it (공약(1만명 취업) → "…1만명 취업…"),
            # and what was achieved against it to the same pledge.
            goal = figure if figure.value_kind == "target" else figure.target
            if goal is not None:
                squeezed = goal.text.replace(" ", "")
                pledge = next((p for p in scope.pledges if squeezed in (ctx.label(p) or "").replace(" ", "")), None)
                figure.subject = pledge or figure.subject
        return figures


# A count split into full-time and part-time staff: (상근 12, 비상근 3), (정규직 5명, 계약직 2명).
_STAFF_SPLIT = re.compile(r"\(\s*(?:상근|정규직)[^()]*(?:비상근|계약직|기간제)[^()]*\)")
_HIRED = re.compile(r"\s*[을를]\s*(?:\S+(?:으로|로)\s*)?(?:신규\s*)?채용(?:했|하였|한다|할|하기로)|"
                    r"\s*[이가]\s*(?:\S+\s+){0,2}?(?:\S+(?:으로|로)\s*)?채용(?:됐|되었|된)")  # … 15명이 정규직으로 채용됐다
_LENDING = re.compile(r"(?:융자|대출|보증|특례보증)\s*(?:(?:규모|총액|한도)\s*(?:는|은)?|\()\s*(?:총\s*)?$")
_COUNTED = {"place": "count"}  # 곳 and 개소 counting bodies are counts
_EMPLOYS = re.compile(r"\s*(?:을|를)?\s*(?:(?:정규직|상용직|직원)으로\s*)?(?:(?:고용|채용)\s*(?:하고\s*있|중)|고용해\s)")
# Between two figures of one list, nothing but dates and separators (dates are blanked out in the masked text).
_BARE_GAP = re.compile(r"[\s/,·~\-()→➡]*")
_BY_YEAR = re.compile(r"(?:19|20)\d{2}\s*년?\s*까지")

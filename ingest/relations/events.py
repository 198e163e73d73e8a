"""Events: every dated happening a passage states, typed by its cue word (설립, 개소, 협약, 선정, 축제 …).

A line with a date and an event word states an event; a line that only dates something (``일 시 : 2016. 10.
27``, ``화성행궁 광장(2016. 5. 28)에서``, ``2014. 10월 : 52개 기업 300명 모집``) dates the event its heading
names (``2016 제5회 사회적경제 한마당 개최``). The date is the most precise one on the line (the nearest
before the word when several are as precise); the subject is the organization the line names for a founding,
opening or certification (it is what was founded), else the passage's program or municipality. A founding
also dates the organization (``schema:foundingDate``).

A statement's event word is its last (Korean ends on what happened: ``공모 10개 과정 선정``); a report's sentence
that tells several dated things gives one event each; ``이번 대회`` is the contest the report quoted before; a
council session that passes an ordinance is the ordinance's enactment or amendment; a plan's schedule tells what
is to happen and gives no event, its progress (``추진상황``, ``완료``) does.
"""

from __future__ import annotations

import re

from ingest.cleaning import normalize_space
from ingest.clauses import future_tense
from ingest.context import Context
from ingest.outline import date_value
from ingest.passages import QUOTED, REPORT_SENTENCE, Passage
from ingest.records import Event, Fact, Record

OWN_EVENTS = ("founding", "opening", "certification")
# What a report dates by its year alone and still states as having happened (certified in 2019, founded in 2020).
_YEAR_ENOUGH = ("certification", "founding", "selection")
# A law's passing, which has not happened while it is still to come (a festival announced has its date).
_ACTS = ("enactment", "amendment")
_DOCUMENT_DATE = re.compile(r"^\(\s*(?:19|20)\d{2}\s*[.년][^)]*\)\s*$")
# A report's sentence that states a plan (…할 계획이다, 예정이다, 방침이다).
_PLANNED = re.compile(r"(?:계획|예정|방침)이다|(?:계획|예정)입니다")
# Past-tense endings of a plan's line that report what has happened, not what is scheduled (with the
# progress-words of ingest/data/cues.yaml: 완료, 실적, 추진상황 …).
_PAST = r"했|됐|하였|되었"
# A line that is only a date for what its heading names: "일 시 : …", "2014. 10월 : …", "(2016. 5. 28)에서".
_DATING = re.compile(r"^\W*(?:일\s*시|일\s*자|기\s*간|개최일|운영기간|행사일)|^\W*(?:19|20|')\d{2}[.년]|\((?:19|20)\d{2}\.[^)]*\)에서")


# An approval a founding followed on: 인가를 받아 (설립), 인증을 받고.
_APPROVED_THEN = re.compile(r"\s*(?:을|를)\s*받(?:아|고)\s")
# After an event word: it did not (yet) happen (지정 제외, 인증 예정, 인증 준비 중, 설치운영계획 확정, 지정 신청).
_NOT_HAPPENED = re.compile(r"\s*(?:운영\s*)?(?:제외|예정|준비|신청서?|탈락|불가|계획|취소|무산)")
# A line that ends on a plan made or a preparation under way.
_ONLY_PLANNED = re.compile(r"계획\s*(?:확정|수립)\s*$|준비\s*중")
# A prize received (… 장려상을 받기도 했다): what was selected is the award (awards.py).
_PRIZE_RECEIVED = re.compile(r"(?:상|표창)(?:[을를]|과\s*함께\s*[^.]{0,30}?)?\s*(?:받|수상)")
# A figure right before a word: 98명 교육.
_FIGURE_BEFORE = re.compile(r"\d\s*(?:명|개|개소|곳|회|건|팀)\s+$")
# The date of a press report cited in parentheses: 언론보도(경기방송, 16.11.10).
_CITED = re.compile(r"(?:보도|기사|사진)\s*\([^)]*$")
# A date that says when figures stood: (`16.12월말), (2017년 현재), 2016년 기준.
_STATUS_DATE = re.compile(r"\s*(?:월)?\s*(?:말|기준|현재)")


def _awarded_selection(cues: dict) -> re.Pattern:
    """A selection that is an award: one of award-honours (``ingest/data/cues.yaml``) then 선정 (우수기관 선정, 평가
    1위 선정, 최우수 마을기업 선정); a space in an honour may be left out."""
    honours = sorted(cues.get("award-honours", []), key=len, reverse=True)
    alternation = "|".join(r"\s*".join(re.escape(word) for word in honour.split()) for honour in honours)
    return re.compile(rf"(?:{alternation})\s*(?:으로|로)?\s*선정")


def _stands(text: str, cue: tuple[int, str, str]) -> bool:
    """A cue word that stands as a word: not a unit after a number (8개소), not the head of a longer noun
    (공장설립분야); a verb, a particle or punctuation may follow it."""
    position, word, _ = cue
    if position and (text[position - 1].isdigit() or re.search(r"\d\s*여$", text[:position])):
        return False  # 8개소, 250여개소: a unit
    if _FIGURE_BEFORE.search(text[:position]) and cue[2] not in ("certification", "selection"):
        return False  # 98명 교육, 92명 수료: what a figure counts, not a happening (but 2개소 지정 is a designation)
    if re.search(r"단\s*위\s*[:：][^)]*$", text[:position]):
        return False  # (단위: 개소, 명): a unit, not an opening
    after = text[position + len(word): position + len(word) + 1]
    return not after or not re.match(r"[가-힣]", after) or after in _AFTER_CUE or \
        text.startswith("진행", position + len(word))  # 공사진행, 교육진행


_AFTER_CUE = set("하되돼됐됩식을를이과와한된해했에및로으은는의등후시전준式다습")


def _in_quotes(text: str, position: int) -> bool:
    return any(q.start() < position < q.end() for q in QUOTED.finditer(text))


def _cue_for_date(cues, dates, text: str):
    """The event word that goes with the line's date: the last after it (a Korean statement ends with what
    happened: 공모 10개 과정 선정, 지정심사위원회 개최 및 선정), else the last before it; a detail after a colon is
    what the event did (조례 일부개정 (8. 14.) : 창업 지원 근거 신설), not another event."""
    date = max(dates, key=lambda d: len(d.start))
    after = [c for c in cues if c[0] >= date.start_char and not re.search(r"\s:\s", text[date.end_char: c[0]])]
    before = [c for c in cues if c[0] < date.start_char]
    return after[-1] if after else before[-1] if before else cues[-1]


def _heading_event(passage: Passage, ctx: Context) -> str | None:
    """The event type the nearest heading above names (or the passage's program)."""
    # The program's own name first (「2024 ○○ 창업경진대회」 결과보고 / 1. 대회 개요 / 일시: …): a heading
    # above may name it by a generic word (대회).
    texts = [ctx.label(passage.scope.program) or ""] if passage.scope.program else []
    texts += [item.content for item in reversed(passage.outline)]
    for text in texts:
        cues = _event_cues(ctx, text)
        if cues:
            return cues[-1][2]  # the heading's last event word: 『…축제』연계행사 … 판매·홍보전 실시 is a fair
    return None


def _event_cues(ctx: Context, text: str) -> list[tuple[int, str, str]]:
    """The event words of a text that stand as such; an aside in brackets names the event again (박람회(2017
    공동체 한마당 행사)), so the words outside it win when there are any."""
    aside = re.sub(r"\([^()]*\)", lambda m: "\0" * len(m.group(0)), text)
    cues = [c for c in ctx.lexicon.find_concepts("event-type", text) if _stands(text, c)]
    return [c for c in cues if aside[c[0]] != "\0"] or cues


def make_events():
    def events(passage: Passage, ctx: Context) -> list[Record]:
        if passage.table is not None:
            return []
        out: list[Record] = []
        for item in passage.items:
            listed = _listed_by_date(item, ctx)
            for event_type, date, org in listed:
                out.append(Event(org, normalize_space(item.content)[:120], event_type, date.start,
                                 ctx.evidence_of([item]), end_date=date.end))
            for event_type, date in [] if listed else _dated_events(item, passage, ctx):
                if ctx.out.kind == "news-report" and len(date.start) == 4 and event_type not in _YEAR_ENOUGH:
                    continue  # 지난해 박람회에는 …, 올해 협약으로 …: an edition or a deal recalled, not dated
                if event_type in _ACTS and ctx.reference_date and date.start[:7] > ctx.reference_date[:7] and \
                        future_tense(item.text):
                    continue  # 조례는 다음 달 공포와 함께 시행된다: an act still to come (an event held later is one)
                orgs = [n.key for n in item.organizations() if n.mention.how != "list"]
                subject = orgs[0] if orgs and event_type in OWN_EVENTS else passage.scope.program or \
                    passage.scope.municipality
                if subject is None or (event_type == "founding" and subject[0] in ("municipality", "province") and
                                       any(q.unit in ("place", "count", "person") for q in item.quantities)) or \
                        (event_type == "founding" and re.search(r"\d\s*(?:명|팀)이\s+(?:새로\s+)?창업", item.text)):
                    continue  # 창업한 청년 협동조합은 3곳, 9명이 창업했다: counted, none named, not the place founded
                evidence = ctx.evidence_of([item])
                label = normalize_space(re.sub(r"\s*:\s*$", "", item.content))[:120]
                out.append(Event(subject, label, event_type, date.start, evidence, end_date=date.end))
                if event_type == "founding" and orgs:
                    out.append(Fact(orgs[0], "schema:foundingDate", date_value(date.start), evidence))
        return out

    return events


def _listed_by_date(item, ctx: Context) -> list[tuple]:
    """(event type, date, body) of a line whose label names what happened and whose value lists bodies by date:
    ``신규 지정 마을기업 : 2023년 곰소젓갈마을(주), 2024년 변산바람꽃영농조합법인`` (each body that year),
    ``사회적기업 인증 : ㈜새재한지공방(2024. 5. 2.), 농업회사법인 오미자누리㈜(2024. 11. 8.)``."""
    label, sep, _ = item.text.partition(":")
    cues = _event_cues(ctx, label) if sep else []
    dates = [d for d in item.dates if d.start_char > len(label)]
    if not cues or len(dates) < 2 or _NOT_HAPPENED.match(label, cues[-1][0] + len(cues[-1][1])):
        return []
    out = []
    for index, date in enumerate(dates):
        end = dates[index + 1].start_char if index + 1 < len(dates) else len(item.text)
        # the body its date follows in brackets (㈜새재한지공방(2024. 5. 2.)), else the one after the date
        body = next((n.key for n in item.organizations() if 0 <= date.start_char - n.mention.end <= 1), None) or \
            next((n.key for n in item.organizations() if date.end_char <= n.mention.start < end), None)
        if body is None:
            return []  # dates of something else than the bodies listed
        out.append((cues[-1][2], date, body))
    return out


def _dated_events(item, passage: Passage, ctx: Context) -> list[tuple]:
    """(event type, date) of what a line states: one event per date in a report's sentence that tells several
    (지난해 11월 창립총회를 거쳐 올해 2월 설립 인가를 받았으며, 지난 15일 개소식을 열었다), else the line's event."""
    if not item.dates:
        return []
    # A year in a quoted name ('2024 가평 착한소비 장터') names the event, it does not date it; a cited report's
    # date is the report's.
    dates = [d for d in item.dates if (len(d.start) > 4 or not _in_quotes(item.text, d.start_char))
             and not _CITED.search(item.text[: d.start_char])]
    if not dates:
        return []
    if all(len(d.start) == 4 for d in dates) and _PLANNED.search(item.text):
        return []  # 내년에 교육 횟수를 30회로 늘릴 계획이다: a plan for a year, nothing that happens on a day
    cues = _event_cues(ctx, item.text)
    prize = _PRIZE_RECEIVED.search(item.text)
    if not cues and prize and any(len(d.start) >= 7 for d in dates):
        cues = [(prize.start(), prize.group(0), "selection")]  # 지난 6월 … 장려상을 받았다: chosen that month
    if _ONLY_PLANNED.search(item.text):
        return []  # 설치운영계획 확정, 인증 준비 중: a plan or a preparation, nothing of the kind happened yet
    if not cues and _DOCUMENT_DATE.match(item.content):
        return []  # (2024. 10. 11. 일자리경제과) under a title: when and by whom the report was written
    said = " ".join([item.text, *(h.content for h in passage.outline)])
    progress = ctx.lexicon.cues.get("progress-words", [])
    if passage.scope.plan and not (re.search(_PAST, said) or any(w in said for w in progress) or any(
            len(d.start) == 10 and ctx.reference_date and d.start <= ctx.reference_date for d in dates)):
        return []  # a plan's schedule ('24.下 착공) tells what is to happen, not what happened (a day gone by did)
    if len(dates) > 1 and REPORT_SENTENCE.search(item.text):
        found = []
        for index, date in enumerate(dates):
            end = dates[index + 1].start_char if index + 1 < len(dates) else len(item.text)
            own = [c for c in cues if date.end_char <= c[0] < end]
            if own:
                found += _approved_then(_event_type(own[-1], item, cues, ctx), own[-1][0], own, item, date)
        if found:
            return found
    if cues and (ctx.lexicon.parts("awarded-selection", _awarded_selection).search(item.text) or
                 _PRIZE_RECEIVED.search(item.text)) and all(len(d.start) == 4 for d in dates):
        return []  # 2016년 여성일자리 추진 우수기관 선정: an award with its year (awards.py); dated to the month, also an event
    if cues:
        position, word, _ = cue = _cue_for_date(cues, dates, item.text)
        if _NOT_HAPPENED.match(item.text, position + len(word)) or re.search(r"미\s*$", item.text[:position]):
            return []  # 지정 제외, 미 선정, 인증 예정, 설치운영계획 확정: nothing of the kind happened
        event_type = _event_type(cue, item, cues, ctx)
    elif _DATING.search(item.text) or len(max(dates, key=lambda d: len(d.start)).start) == 10:
        best = max(dates, key=lambda d: len(d.start))
        if _STATUS_DATE.match(item.text, best.end_char) or (len(best.start) == 4 and item.quantities):
            return []  # 매출 950백만원(`16.12월말), 2015년도 : 일자리 13명: when figures stood, not an event
        event_type, position = _heading_event(passage, ctx), len(item.text)
        if event_type is None:
            return []
    else:
        return []
    best = max(len(d.start) for d in dates)
    precise = [d for d in dates if len(d.start) == best]
    before = [d for d in precise if d.start_char <= position]
    date = before[-1] if before else precise[0]
    return _approved_then(event_type, position, cues, item, date)


def _approved_then(event_type: str, position: int, cues, item, date) -> list[tuple]:
    """The event, after the approval it was founded on when the line says so (인가를 받아 설립됐으며: that day too)."""
    approved = [c for c in cues if c[2] == "certification" and c[0] < position and
                _APPROVED_THEN.match(item.text, c[0] + len(c[1]))] if event_type == "founding" else []
    return [("certification", date)] * bool(approved) + [(event_type, date)]


def _event_type(cue: tuple[int, str, str], item, cues, ctx: Context) -> str:
    """The type a cue gives, unless the sentence says more: "이번 대회" is the contest quoted before; a session
    that passes an ordinance is the ordinance's enactment or amendment."""
    position, word, event_type = cue
    if item.text[max(0, position - 3): position].strip() == "이번" and item.antecedent:
        earlier = ctx.lexicon.find_concepts("event-type", item.antecedent)
        if earlier:
            return earlier[-1][2]
    if event_type in ("meeting", "enactment") and "조례" in item.text:
        law = [c[2] for c in cues if c[2] in ("amendment", "enactment")]
        if law:  # 일부개정조례안을 원안 가결: the passing of an amendment
            return "amendment" if "amendment" in law else law[-1]
    return event_type

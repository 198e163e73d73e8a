"""Funding sources by the tier that pays, which depends on the place a document is about.

``시비`` is a city's own money; in a metropolitan city's document (부산광역시, or one of its districts such as
인천광역시 미추홀구) the city is the upper tier, so its 시비 is provincial money and the district's 구비 municipal.
Everywhere else the words map to the funding-source concepts as the vocabulary labels them (국비, 도비, 시비,
군비, 구비, 자부담, 민간 …).

Money is split by source in parentheses after a sum (``18,200백만원(국비 9,100 지방비 9,100)``, ``(구비 100%)``)
or by who a report's sentence says paid it (``1억8천만원 가운데 1억5천만원은 경기도가 지원했고 3천만원은 조합이
부담했다``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ingest.clauses import TOPIC
from ingest.context import Context
from ingest.figure_records import Figure
from ingest.lexicon import Lexicon
from ingest.numerals import number, unit_scale
from ingest.passages import Item
from ingest.records import EntityKey

_METRO_ENDS = ("광역시", "특별시", "특별자치시")


def metropolitan(lexicon: Lexicon, place: EntityKey | None) -> bool:
    """Whether ``place`` is a metropolitan city or one of its autonomous districts or counties (기장군: 시비 is
    부산광역시's money).

    >>> from ingest.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> [metropolitan(lexicon, p) for p in (("province", ("26",)), ("municipality", ("28177",)),
    ...                                      ("municipality", ("41360",)), ("municipality", ("26710",)))]
    [True, True, False, True]
    """
    if place is None:
        return False
    kind, (code, *_) = place
    if kind == "province":
        province = lexicon.provinces.get(code)
        return province is not None and province.name.endswith(_METRO_ENDS)
    municipality = lexicon.municipalities.get(code)
    if municipality is None or not municipality.name.endswith(("구", "군")):
        return False
    province = lexicon.provinces.get(municipality.province)
    return province is not None and province.name.endswith(_METRO_ENDS)


def paid_by(lexicon: Lexicon, word: str, place: EntityKey | None) -> str | None:
    """The funding-source concept of ``word`` in a document about ``place``.

    >>> from ingest.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> paid_by(lexicon, "시비", ("municipality", ("41360",))), paid_by(lexicon, "시비", ("province", ("26",)))
    ('municipal', 'provincial')
    """
    source = lexicon.concept_or_cue("funding-source", word.strip())
    if source == "municipal" and word.replace(" ", "").startswith("시비") and metropolitan(lexicon, place):
        return "provincial"
    return source


def source_before(ctx: Context, left: str, place: EntityKey | None) -> str | None:
    """The source whose word money follows (국비 5억원, 기타(금융기관 협력기금) 50억원: the bracket set aside; 도비가
    5억4천만원, its particle set aside)."""
    left = re.sub(r"\([^()]*\)\s*$", "", left.rstrip())
    left = re.sub(r"(?<=비)(?:가|는)$", "", left)
    short = re.fullmatch(r"\s*([국도시군구])", left)  # 12억 원(국 3.6억, 도 2.4억, 군 6억): 국비, 도비, 군비 cut short
    if short:
        return paid_by(ctx.lexicon, short.group(1) + "비", place)
    found = ctx.lexicon.find_concepts("funding-source", left[-8:])
    if found and left.endswith(found[-1][1]):
        return paid_by(ctx.lexicon, found[-1][1], place)
    return None


def split_by_source(ctx: Context, item: Item, quantity, total: Figure) -> list[Figure]:
    """18,200백만원(국비 9,100 지방비 9,100): the bare shares take the total's unit; shares in percent are worked
    out, in parentheses or told right after it (8억원은 국비 25%, 도비 15%, 시비 60%로)."""
    inner = re.match(r"\s*\(([^)]*)\)", item.text[quantity.end:])
    whole = re.fullmatch(r"\s*(\S{2,3})\s*100\s*%\s*", inner.group(1)) if inner else None
    if whole and paid_by(ctx.lexicon, whole.group(1), total.municipality):
        total.indicator = "budget"  # 1,800만원(구비 100%): all of it from one source
        total.funding_source = paid_by(ctx.lexicon, whole.group(1), total.municipality)
        return []
    words = "|".join(re.escape(w) for w, _ in ctx.lexicon.cue_list("funding-source") if len(w) >= 2)
    if not inner:  # 예산 8억원은 국비 25%, 도비 15%, 시비 60%로 편성 (21억원으로, 국비 30%, …): the shares told after it
        told = re.match(rf"\s*(?:은|는|으로\s*,|로\s*,)\s*((?:(?:{words})\s*\d{{1,3}}(?:\.\d+)?\s*%\s*,?\s*)+)(?:로|으로|씩|이다|입니다)",
                        item.text[quantity.end:])
        out = _shares(ctx, told.group(1), words, total) if told else []
        if out:
            total.indicator = "budget"
        return out
    scale = unit_scale(quantity.raw_unit.replace(" ", ""))
    if not scale:
        return []
    if re.search(r"\d\s*(?:억|천|백|만|원)", inner.group(1)) and \
            ctx.lexicon.find_concepts("funding-source", inner.group(1)):
        total.indicator = "budget"  # (국비 17억9천2백만원, …): shares with their own units, read as figures
        return []
    out = []
    for match in re.finditer(rf"({words})\s*(\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d%]|,\d)",
                             inner.group(1)):
        source = paid_by(ctx.lexicon, match.group(1), total.municipality)
        value = number(match.group(2), scale[1])
        if source is None or value is None:
            continue
        out.append(Figure(value, "krw", total.items, "budget", total.subject, total.municipality, match.group(0),
                          match.group(0), period=total.period, value_kind=total.value_kind,
                          funding_source=source))
    if not out:
        out = _shares(ctx, inner.group(1), words, total)
    if out and total.funding_source is None:
        total.indicator = "budget"  # a sum split by source is what the program costs
    return out


def _shares(ctx: Context, inner: str, words: str, total: Figure) -> list[Figure]:
    """40억원(국비 50%, 시비 20%, 구비 30%): each source's money is its share of the total, as a careful reader
    works it out; only when the shares make the whole (100%), else they are not all there."""
    shares = [(m.group(0), paid_by(ctx.lexicon, m.group(1), total.municipality), Decimal(m.group(2)))
              for m in re.finditer(rf"({words})\s*(\d{{1,3}}(?:\.\d+)?)\s*%", inner)]
    if len(shares) < 2 or None in {s for _, s, _ in shares} or sum(p for _, _, p in shares) != 100:
        return []
    return [Figure((Decimal(str(total.value)) * percent / 100).quantize(Decimal(1)), "krw", total.items, "budget",
                   total.subject, total.municipality, text, text, period=total.period, value_kind=total.value_kind,
                   funding_source=source) for text, source, percent in shares]


# Money a sentence says who paid, after it: 1억5천만원은 경기도가 지원했고 3천만원은 조합이 부담했다.
_PAID = re.compile(r"\s*(?:은|는|을|를)?\s*(?P<payer>[^\s,.]{1,20}?)(?:이|가|에서)\s*(?:자체\s*|직접\s*)?(?:지원|부담|출연|투입|보조|냈)")
# … or the fund it comes out of, after it: 4천만원은 모두 군비로 충당한다, 전액 국비로 지원.
_COVERED = re.compile(r"\s*(?:은|는|을|를)?\s*(?:모두|전액|전부)?\s*([가-힣]{2,4}?)(?:으로|로)\s*(?:충당|마련|부담|지원|조달|집행)")
_OWN = ("조합", "회사", "기업", "법인", "자체", "단체", "센터")
# The whole of what something cost, then its parts: 조성에 든 1억8천만원 가운데 ….
_SPENT_WHOLE = re.compile(r"(?:든|들어간|소요된|투입된|쓴)\s*$")


def payer_source(ctx: Context, item: Item, end: int, place: EntityKey | None) -> str | None:
    """The funding source of money by who the sentence says paid it: a province (or a metropolitan city)
    provincial, a municipality municipal, a ministry national, the body itself (조합이 부담) self-funded.

    Written by hand: which tier pays is this vocabulary's question, no parser answers it."""
    paid = _PAID.match(item.text, end)
    if paid is None:
        covered = _COVERED.match(item.text, end)  # 행사비 4천만원은 모두 군비로 충당한다
        return paid_by(ctx.lexicon, covered.group(1), place) if covered else _given_by(ctx, item, end)
    start = paid.start("payer")
    named = next((n for n in item.named if n.mention.start <= start < n.mention.end + 1), None)
    if named is not None and named.kind == "province":
        return "provincial"
    if named is not None and named.kind == "municipality":
        return "municipal"
    if named is not None and named.kind == "organization":
        known = ctx.lexicon.organizations.get(named.key[1][0])
        return "national" if known is not None and known.type == "central-government" else None
    return "self-funded" if paid.group("payer") in _OWN else None


# Money a body gives away, after it: (재)○○재단은 가공설비 구입비로 1억원을 내놓고, ㈜○○은 성금 500만원을 기탁했다;
# a report's line names the body as its label: · (재)○○재단 : 개발비 3천만원 출연.
_GIVEN = re.compile(r"\s*(?:[을를]\s*(?:[가-힣]+\s){0,2}?)?(?:내놓|내\s|냈|기부|기탁|출연|후원|쾌척)")


def _given_by(ctx: Context, item: Item, end: int) -> str | None:
    """Private money: what a body no public one is gives away (the clause's subject, named before the money)."""
    if not _GIVEN.match(item.text, end):
        return None
    givers = [n for n in item.named if n.mention.end <= end and (TOPIC.match(item.text, n.mention.end) or
                                                                  re.match(r"\s*:", item.text[n.mention.end:]))]
    if not givers or givers[-1].kind != "organization":
        return None
    known = ctx.lexicon.organizations.get(givers[-1].key[1][0])
    return "private" if known is None or known.type not in ("central-government", "public-agency") else None


def spent_whole(text: str, start: int, end: int) -> bool:
    """Whether money is what something costs: the whole a sentence goes on to split (조성에 든 1억8천만원 가운데
    …), or a part of a budget a sentence breaks down by item (사업별로는 사회적기업 일자리 창출 지원 18억원, …)."""
    return bool(_SPENT_WHOLE.search(text[:start])) and bool(re.match(r"\s*(?:가운데|중)", text[end:])) or \
        bool(_BY_ITEM.match(text)) or bool(_ADDED_UP.search(text, 0, start) and _FUNDS.match(text, end))


# The sum of the money just named (군비 3천5백만원을 더한 5천만원으로 …을 추진): what the thing it pays for costs.
_ADDED_UP = re.compile(r"[을를]\s*(?:더한|합한|보탠|합친|포함한)\s*(?:총\s*)?$")
_FUNDS = re.compile(r"\s*(?:으로|로)\s+[^.]{0,60}?(?:추진|운영|시행|조성|진행|펼치|마련)")


# A sentence that breaks the budget just stated down by item: 사업별로는 …, 분야별 예산은 ….
_BY_ITEM = re.compile(r"\s*(?:세부\s*)?(?:사업|분야|항목|부문)별\s*(?:예산|편성액)?\s*(?:으로는|로는|은|는)\s")


def broken_down_period(ctx: Context, text: str) -> str | None:
    """The period of the budget a sentence breaks down by item (사업별로는 …) when it gives none of its own: the
    budget the report stated last."""
    if not _BY_ITEM.match(text):
        return None
    return next((o.period for o in reversed(ctx.out.observations) if o.kind == "budget" and o.funding_source == "total"),
                None)

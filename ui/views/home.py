"""Home: what the graph holds, and four headline charts.

Counts come from ``queries/ui/home-counts.rq``, jobs per municipality from
``queries/ui/home-jobs.rq``; enterprises, 전주's budget and targets from the
saved queries ``enterprises``, ``budgets`` and ``targets``. Every figure is
read through ``ui.data`` (cached per build). The page has no state of its own
beyond ``?lang=``.
"""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from graph.errors import SekgError
from ui import data
from ui.format import plain, table
from ui.i18n import language, t

lang = language()
ENTERPRISE_TYPES = "https://w3id.org/sekg/concept/enterprise-type"
BUDGET_MUNICIPALITY = "전주시"
BUDGET_SOURCES = {"국비": "home.fund.national", "도비": "home.fund.provincial", "시비": "home.fund.city"}


def pick(frame: pd.DataFrame, column: str) -> pd.Series:
    """The column in the page's language, falling back to Korean where the English label is missing."""
    ko = frame[f"{column}_ko"]
    if lang == "ko" or f"{column}_en" not in frame:
        return ko
    return frame[f"{column}_en"].fillna(ko)


def failed(exc: Exception) -> None:
    st.error(plain(str(exc)))


st.title(t("app.title"))
st.caption(t("home.intro"))

# -- counts ----------------------------------------------------------------------------

METRICS = [
    ("municipalities", "home.metric.municipalities"), ("cases", "home.metric.cases"),
    ("pledges", "home.metric.pledges"), ("programs", "home.metric.programs"),
    ("documents", "home.metric.documents"), ("enterprises", "home.metric.enterprises"),
    ("organizations", "home.metric.organizations"), ("outcomes", "home.metric.outcomes"),
    ("budgets", "home.metric.budgets"),
]
try:
    counts = data.page_query("home-counts")
except SekgError as exc:
    failed(exc)
else:
    row = counts.dicts()[0] if len(counts) else {}
    for start in (0, 5):
        columns = st.columns(5)
        for column, (variable, key) in zip(columns, METRICS[start:start + 5], strict=False):
            term = row.get(variable)
            column.metric(t(key), int(term.value) if term is not None else 0, help=t(key + ".help"))

st.divider()
left, right = st.columns(2)

# -- jobs by municipality ---------------------------------------------------------------

with left:
    st.subheader(t("home.jobs.title"))
    try:
        jobs = table(data.page_query("home-jobs"), lang).frame
    except SekgError as exc:
        failed(exc)
    else:
        if jobs.empty:
            st.info(t("home.none"))
        else:
            jobs = jobs.assign(place=pick(jobs, "municipality"), indicator_label=pick(jobs, "indicator"))
            order = jobs.groupby("place")["total"].sum().sort_values(ascending=False).index.tolist()
            chart = alt.Chart(jobs).mark_bar().encode(
                x=alt.X("total:Q", title=t("home.jobs.axis"), stack="zero"),
                y=alt.Y("place:N", title=None, sort=order),
                color=alt.Color("indicator_label:N", title=t("home.indicator")),
                tooltip=[alt.Tooltip("place:N", title=t("home.municipality")),
                         alt.Tooltip("indicator_label:N", title=t("home.indicator")),
                         alt.Tooltip("total:Q", title=t("home.jobs.axis"), format=","),
                         alt.Tooltip("figures:Q", title=t("home.jobs.figures"))],
            )
            st.altair_chart(chart, width="stretch")
        st.caption(t("home.jobs.caption"))

# -- enterprises by type ----------------------------------------------------------------

with right:
    st.subheader(t("home.enterprises.title"))
    try:
        enterprises = table(data.saved("enterprises"), lang).frame
        types = table(data.page_query("ontology-concepts", {"scheme": ENTERPRISE_TYPES}), lang).frame
        places = table(data.saved("municipalities"), lang).frame
    except SekgError as exc:
        failed(exc)
    else:
        if enterprises.empty:
            st.info(t("home.none"))
        else:
            type_names = dict(zip(types["label_ko"], pick(types, "label"), strict=True))
            place_names = dict(zip(places["label_ko"], pick(places, "label"), strict=True))
            counted = (enterprises.drop_duplicates(["enterprise", "type_ko", "municipality_ko"])
                       .groupby(["type_ko", "municipality_ko"]).size().reset_index(name="enterprises"))
            counted["type_label"] = counted["type_ko"].map(lambda v: type_names.get(v, v))
            counted["place"] = counted["municipality_ko"].map(lambda v: place_names.get(v, v))
            order = counted.groupby("type_label")["enterprises"].sum().sort_values(ascending=False).index.tolist()
            chart = alt.Chart(counted).mark_bar().encode(
                x=alt.X("enterprises:Q", title=t("home.enterprises.axis")),
                y=alt.Y("type_label:N", title=None, sort=order),
                color=alt.Color("place:N", title=t("home.municipality")),
                tooltip=[alt.Tooltip("type_label:N", title=t("home.enterprises.type")),
                         alt.Tooltip("place:N", title=t("home.municipality")),
                         alt.Tooltip("enterprises:Q", title=t("home.enterprises.axis"))],
            )
            st.altair_chart(chart, width="stretch")
        st.caption(t("home.enterprises.caption"))

left, right = st.columns(2)

# -- 전주's budget by source and year -----------------------------------------------------

with left:
    st.subheader(t("home.budget.title"))
    try:
        budget = table(data.saved("budgets", {"municipality": BUDGET_MUNICIPALITY}), lang).frame
    except SekgError as exc:
        failed(exc)
    else:
        # Only the yearly figures by source: no 합계 rows (they would count twice), no span rows (2018/2022).
        yearly = budget[budget["source_ko"].isin(BUDGET_SOURCES) & budget["year"].notna()]
        if yearly.empty:
            st.info(t("home.budget.none", place=BUDGET_MUNICIPALITY))
        else:
            scale = 10**8 if lang == "ko" else 10**9
            summed = yearly.groupby(["year", "source_ko"], as_index=False)["amount_krw"].sum()
            summed["amount"] = summed["amount_krw"].astype("float64") / scale
            summed["source"] = summed["source_ko"].map(lambda v: t(BUDGET_SOURCES[v]))
            summed["text"] = summed["amount_krw"].map(lambda v: data.format_krw(int(v), lang))
            chart = alt.Chart(summed).mark_bar().encode(
                x=alt.X("year:O", title=t("home.budget.year"), axis=alt.Axis(labelAngle=0)),
                y=alt.Y("amount:Q", title=t("home.budget.axis"), stack="zero"),
                color=alt.Color("source:N", title=t("home.budget.source"),
                                sort=[t(key) for key in BUDGET_SOURCES.values()]),
                order=alt.Order("source_ko:N"),
                tooltip=[alt.Tooltip("year:O", title=t("home.budget.year")),
                         alt.Tooltip("source:N", title=t("home.budget.source")),
                         alt.Tooltip("text:N", title=t("home.budget.amount"))],
            )
            st.altair_chart(chart, width="stretch")
            kinds = sorted(set(yearly["value_kind"].dropna())) if "value_kind" in yearly else []
            st.caption(t("home.budget.caption", place=BUDGET_MUNICIPALITY,
                         kinds=", ".join(t(f"home.kind.{kind}") for kind in kinds) or "—",
                         total=data.format_krw(int(yearly["amount_krw"].sum()), lang)))

# -- targets against achievements ---------------------------------------------------------

with right:
    st.subheader(t("home.targets.title"))
    try:
        targets = table(data.saved("targets"), lang).frame
    except SekgError as exc:
        failed(exc)
    else:
        if targets.empty:
            st.info(t("home.none"))
        else:
            # The same statement read from two lines is one statement.
            stated = targets.drop_duplicates(["subject_ko", "indicator_ko", "target", "actual",
                                              "achievement_pct", "period"]).copy()
            stated["what"] = stated["subject_ko"].fillna("") + " · " + stated["indicator_ko"]
            long = stated.melt(id_vars=["what", "achievement_pct"], value_vars=["target", "actual"],
                               var_name="kind", value_name="value")
            long["kind_label"] = long["kind"].map(lambda v: t(f"home.targets.{v}"))
            long["value"] = long["value"].astype("float64")
            chart = alt.Chart(long).mark_bar().encode(
                x=alt.X("value:Q", title=t("home.targets.axis")),
                y=alt.Y("what:N", title=None, axis=alt.Axis(labelLimit=260)),
                yOffset=alt.YOffset("kind_label:N", sort=[t("home.targets.target"), t("home.targets.actual")]),
                color=alt.Color("kind_label:N", title=None,
                                sort=[t("home.targets.target"), t("home.targets.actual")]),
                tooltip=[alt.Tooltip("what:N", title=t("home.targets.subject")),
                         alt.Tooltip("kind_label:N", title=None),
                         alt.Tooltip("value:Q", title=t("home.targets.axis"), format=","),
                         alt.Tooltip("achievement_pct:Q", title=t("home.targets.rate"))],
            )
            st.altair_chart(chart, width="stretch")
        st.caption(t("home.targets.caption"))

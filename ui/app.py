"""The explorer's entry point: ``streamlit run ui/app.py`` (or ``sekg ui``).

Navigation, language switch and the check that there is a graph to show; each
page is a module of ``ui/views/`` and keeps its state in the URL's query
parameters, so that every view can be shared as a link.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

# `streamlit run ui/app.py` puts ui/ on the path, not the checkout: make `graph` and `ui` importable.
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

VIEWS = Path(__file__).parent / "views"


def main() -> None:
    from ui import data
    from ui.i18n import LANGUAGES, language, t

    st.set_page_config(page_title="sekg", page_icon="🕸️", layout="wide")

    pages = [
        st.Page(VIEWS / "home.py", title=t("nav.home"), url_path="home", default=True),
        st.Page(VIEWS / "search.py", title=t("nav.search"), url_path="search"),
        st.Page(VIEWS / "entity.py", title=t("nav.entity"), url_path="entity"),
        st.Page(VIEWS / "graph.py", title=t("nav.graph"), url_path="graph"),
        st.Page(VIEWS / "queries.py", title=t("nav.queries"), url_path="queries"),
        st.Page(VIEWS / "sparql.py", title=t("nav.sparql"), url_path="sparql"),
        st.Page(VIEWS / "downloads.py", title=t("nav.downloads"), url_path="downloads"),
        st.Page(VIEWS / "ontology.py", title=t("nav.ontology"), url_path="ontology"),
    ]
    current = st.navigation(pages)

    with st.sidebar:
        chosen = st.radio(t("language"), LANGUAGES, index=LANGUAGES.index(language()), horizontal=True,
                          format_func=lambda code: {"ko": "한국어", "en": "English"}[code])
        if chosen != language():
            st.query_params["lang"] = chosen
            st.rerun()

    if not data.has_graph():
        st.error(t("no_store"))
        st.stop()

    current.run()


# Streamlit runs this file as ``__main__``. The query workers are spawned processes, and a spawned child
# imports its parent's main script as ``__mp_main__``: the guard keeps them from running the app outside
# Streamlit (which ran every page's set-up in each worker and logged "missing ScriptRunContext" per call).
if __name__ == "__main__":
    main()

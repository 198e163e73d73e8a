"""Downloads: the dumps in ``dist/`` (or ``SEKG_DIST``) and where the SPARQL endpoint is.

``sekg dump --all dist`` (or ``make run``) writes the four files; a missing one
says so and how to make it. Files are read when the button is pressed, not on
every run of the page. No state beyond ``?lang=``.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import streamlit as st

from ui import data
from ui.i18n import t

FILES = [  # name, media type, description key
    ("sekg.ttl", "text/turtle", "downloads.ttl"),
    ("sekg.trig", "application/trig", "downloads.trig"),
    ("sekg.jsonld", "application/ld+json", "downloads.jsonld"),
    ("void.ttl", "text/turtle", "downloads.void"),
]
ENDPOINT = "http://127.0.0.1:7878/query"



def dist() -> Path:
    """Where the dumps are: ``SEKG_DIST`` if set, else the checkout's ``dist/``."""
    override = os.environ.get("SEKG_DIST")
    return Path(override) if override else data.dist_dir()


def size_text(size: int) -> str:
    """Bytes for people: 1.2 MB, 830 KB, 512 B."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:,.1f} {unit}"
    return f"{size:,} B"


def reader(path: Path):
    return lambda: path.read_bytes()


st.title(t("nav.downloads"))
st.caption(t("downloads.intro"))

directory = dist()
missing = []
for name, media, key in FILES:
    path = directory / name
    with st.container(border=True):
        st.subheader(name)
        st.markdown(t(key))
        if path.is_file():
            stat = path.stat()
            written = dt.datetime.fromtimestamp(stat.st_mtime).strftime("%Y-%m-%d %H:%M")
            st.caption(t("downloads.size", size=size_text(stat.st_size), media=media, written=written))
            st.download_button(t("downloads.button", name=name), data=reader(path), file_name=name, mime=media,
                               on_click="ignore", icon=":material/download:", key=f"downloads.{name}")
        else:
            missing.append(name)
            st.warning(t("downloads.missing", name=name))

if missing:
    st.info(t("downloads.how"))
    st.code("sekg dump --all dist      # or: make run", language="bash")

report = directory / "build-report.json"
if report.is_file():
    st.download_button(t("downloads.report"), data=reader(report), file_name=report.name,
                       mime="application/json", on_click="ignore", icon=":material/download:",
                       key="downloads.report")

st.divider()
st.subheader(t("downloads.endpoint"))
st.markdown(t("downloads.endpoint.text", url=ENDPOINT))
st.code(f"sekg serve            # or: make serve\n# SPARQL 1.1 Protocol: {ENDPOINT}\n"
        "# YASGUI query page:   http://127.0.0.1:7878/", language="bash")
st.code(f"""curl -s {ENDPOINT} -H 'Accept: text/csv' \\
  --data-urlencode 'query=PREFIX sekg: <https://w3id.org/sekg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?m ?label WHERE {{ ?m a sekg:Municipality ; rdfs:label ?label FILTER(lang(?label) = "ko") }}'""",
        language="bash")
st.caption(t("downloads.endpoint.union"))

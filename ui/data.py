"""What the pages read, through ``graph`` and ``queries`` only.

One repository per server process (the embedded store, or ``SEKG_ENDPOINT``),
and results cached per build: a rebuild switches the store link, which changes
the cache key, so nobody sees stale rows and nobody waits twice for the same
question.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

import streamlit as st

from graph.repository import EmbeddedRepository, Repository, Rows, open_repository
from graph.saved_queries import QUERIES_DIR, SavedQuery, load_library, parse_saved_query, run_saved
from graph.settings import Settings
from graph.store import StoreLocation

UI_QUERIES_DIR = QUERIES_DIR / "ui"
QUERY_TIMEOUT_S = 20.0
EDITOR_MAX_ROWS = 50_000  # an answer the editor shows and offers for download; larger ones are refused, not cut


@st.cache_resource
def repository() -> Repository:
    repo = open_repository(Settings.from_env())
    if isinstance(repo, EmbeddedRepository) and repo.location.current() is not None:
        repo.worker()  # starts while the first page renders: the pages' queries have a time limit
    return repo


def build_key() -> str:
    """Changes whenever what the repository reads changes (a new store generation)."""
    settings = Settings.from_env()
    if settings.endpoint:
        return settings.endpoint
    current = StoreLocation(settings.store_path).current()
    return str(current) if current else "none"


def has_graph() -> bool:
    settings = Settings.from_env()
    return bool(settings.endpoint) or StoreLocation(settings.store_path).current() is not None


@st.cache_resource
def library() -> dict[str, SavedQuery]:
    return load_library()


@st.cache_resource
def ui_query(name: str) -> SavedQuery:
    """A query the pages use themselves (``queries/ui/NAME.rq``), in the library's format."""
    path = UI_QUERIES_DIR / f"{name}.rq"
    return parse_saved_query(name, path.read_text(encoding="utf-8"), path=path)


@st.cache_data(show_spinner=False, max_entries=500)
def _run(key: str, name: str, ui: bool, params: tuple[tuple[str, str], ...]) -> Rows:
    saved = ui_query(name) if ui else library()[name]
    return run_saved(repository(), saved, dict(params), timeout=QUERY_TIMEOUT_S)


def saved(name: str, params: Mapping[str, str] | None = None) -> Rows:
    """Run a saved query of ``queries/`` (cached per build)."""
    return _run(build_key(), name, False, tuple(sorted((params or {}).items())))


def page_query(name: str, params: Mapping[str, str] | None = None) -> Rows:
    """Run one of the pages' own queries in ``queries/ui/`` (cached per build)."""
    return _run(build_key(), name, True, tuple(sorted((params or {}).items())))


def dist_dir() -> Path:
    return Path(__file__).resolve().parents[1] / "dist"


def format_krw(value: int | Decimal | str, lang: str) -> str:
    """Won for people: 23,140,000,000 → "231억 4,000만원" or "KRW 23.14 billion".

    >>> format_krw(23140000000, "ko"), format_krw(23140000000, "en")
    ('231억 4,000만원', 'KRW 23.14 billion')
    >>> format_krw(40000000, "ko"), format_krw(40000000, "en"), format_krw(9500, "ko")
    ('4,000만원', 'KRW 40 million', '9,500원')
    """
    amount = int(Decimal(str(value)))
    if lang == "en":
        for size, word in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
            if abs(amount) >= size:
                return f"KRW {Decimal(amount) / size:,.2f}".rstrip("0").rstrip(".") + f" {word}"
        return f"KRW {amount:,}"
    eok, rest = divmod(amount, 10**8)
    man = rest // 10**4
    if not eok and not man:
        return f"{amount:,}원"
    parts = ([f"{eok:,}억"] if eok else []) + ([f"{man:,}만"] if man else [])
    return " ".join(parts) + "원"

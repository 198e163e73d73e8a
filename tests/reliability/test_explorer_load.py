"""The explorer under load: 16 staff sessions clicking through it for a minute.

Each client is a session on the real `streamlit run`, speaking Streamlit's websocket protocol as a browser tab
does (``streamlit_client.py``): it opens saved queries with parameters, entity pages and searches one after
another, and every few views it closes its tab and opens a new one (a new session). No browser renders
anything, so the figures are the server's (Streamlit, its query workers) and do not depend on how much of the
test machine's cores a browser would have taken; the real Chromium walk is ``tests/test_ui_browser.py``.

An error is a view that did not finish within its time, showed an exception, or lacks the text only its
finished content shows. The explorer's process tree is sampled for memory through the run.
``SEKG_LOAD_SECONDS`` and ``SEKG_LOAD_CLIENTS`` set the length and the sessions (60 s, 16).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time
import urllib.parse

import psutil

from tests.reliability.conftest import tree_rss_mb
from tests.reliability.streamlit_client import StreamlitSession

SECONDS = float(os.environ.get("SEKG_LOAD_SECONDS", "60"))
CLIENTS = int(os.environ.get("SEKG_LOAD_CLIENTS", "16"))
WARM_UP = 0.5  # the second half of the run is held to its own start (see test_endpoint_load.py)
RSS_MARGIN_MB = 60.0
VIEW_TIMEOUT_S = 120.0  # sixteen sessions on two busy cores: a view waits behind the others' scripts
HUIMANG = "https://w3id.org/sekg/id/organization/희망키움터"
NAMYANGJU = "https://w3id.org/sekg/id/municipality/41360"


def _query(**params: str) -> str:
    return urllib.parse.urlencode(params, quote_via=urllib.parse.quote)


# (page, URL query, a text only the page's finished content shows)
VIEWS = [
    ("queries", _query(query="enterprises", **{"p.municipality": "수원시"}), "㈜더페이퍼"),
    ("entity", _query(entity=HUIMANG), "국제통신공업(주)"),
    ("search", _query(q="희망"), "㈜희망키움터"),
    ("queries", _query(query="partners"), "국제통신공업(주)"),
    ("queries", _query(query="targets"), "일자리센터 운영 활성화 1만명 취업달성"),
    ("entity", _query(entity=NAMYANGJU), "남양주시"),
    ("", "", "지방자치단체의 공약"),  # Home, the default page, is the bare address
]


async def _run(url: str, served: psutil.Process):
    latencies: list[float] = []
    errors: list[str] = []
    samples: list[tuple[float, float]] = []
    sessions = 0
    started = time.monotonic()
    stop = started + SECONDS

    async def client(number: int) -> None:
        nonlocal sessions
        i = number
        while time.monotonic() < stop:
            sessions += 1
            try:
                async with StreamlitSession(url, timeout=VIEW_TIMEOUT_S) as session:
                    for _ in range(len(VIEWS)):  # one walk through the views per tab
                        if time.monotonic() >= stop:
                            break
                        page, query, expected = VIEWS[i % len(VIEWS)]
                        i += 1
                        view = await session.open(page, query)
                        if view.exceptions or view.page_not_found or not view.shows(expected):
                            errors.append(f"/{page}?{query}: exceptions {view.exceptions}, "
                                          f"page found {not view.page_not_found}, shows {expected!r} "
                                          f"{view.shows(expected)}")
                        else:
                            latencies.append(view.seconds)
            except Exception as exc:  # noqa: BLE001 - every failure is counted, the run goes on
                errors.append(f"session {number}: {type(exc).__name__}: {str(exc)[:200]}")

    async def sample() -> None:
        while time.monotonic() < stop:
            samples.append((time.monotonic() - started, tree_rss_mb(served)))
            await asyncio.sleep(1.0)

    await asyncio.gather(sample(), *(client(n) for n in range(CLIENTS)))
    samples.append((time.monotonic() - started, tree_rss_mb(served)))
    return latencies, errors, samples, sessions


def test_sixteen_sessions_for_a_minute(explorer, figures):
    served = psutil.Process(explorer.process.pid)
    latencies, errors, samples, sessions = asyncio.run(_run(explorer.url, served))
    after_warm_up = [rss for t, rss in samples if t >= WARM_UP * SECONDS]
    level, end = after_warm_up[0], after_warm_up[-1]
    ordered = sorted(latencies)
    figures.record("explorer load", clients=CLIENTS, seconds=SECONDS, sessions=sessions,
                   views=len(latencies) + len(errors), views_per_s=round(len(latencies) / SECONDS, 2),
                   p50_ms=round(statistics.median(ordered) * 1000) if ordered else None,
                   p95_ms=round(ordered[int(0.95 * (len(ordered) - 1))] * 1000) if ordered else None,
                   p99_ms=round(ordered[int(0.99 * (len(ordered) - 1))] * 1000) if ordered else None,
                   errors=len(errors), rss_start_mb=round(samples[0][1]), rss_after_warm_up_mb=round(level),
                   rss_end_mb=round(end), rss_peak_mb=round(max(rss for _, rss in samples)))
    assert errors == [], errors[:20]
    assert len(latencies) >= CLIENTS * len(VIEWS)  # every session walked through every view at least once
    assert end - level <= RSS_MARGIN_MB, [(round(t), round(r)) for t, r in samples]
    assert explorer.process.poll() is None

"""The explorer under load: 16 browser tabs clicking through it for a minute.

One Debian Chromium with 16 contexts (each its own session, as 16 staff
members would be) opens saved queries with parameters, entity pages and
searches on the real `streamlit run`, and waits each time for the page's own
content. An error is a page without its content within 60 s or with an
exception box. The explorer's process tree (Streamlit and its query workers)
is sampled for memory through the run. ``SEKG_LOAD_SECONDS`` and
``SEKG_LOAD_CLIENTS`` set the length and the tabs (60 s, 16).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time
import urllib.parse
from pathlib import Path

import psutil

from tests.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.reliability.conftest import tree_rss_mb

SECONDS = float(os.environ.get("SEKG_LOAD_SECONDS", "60"))
CLIENTS = int(os.environ.get("SEKG_LOAD_CLIENTS", "16"))
WARM_UP = 0.5  # the second half of the run is held to its own start (see test_endpoint_load.py)
RSS_MARGIN_MB = 60.0
HUIMANG = "https://w3id.org/sekg/id/organization/희망키움터"
# A view and a text only its finished content shows.
VIEWS = [
    (f"/queries?query=enterprises&p.municipality={urllib.parse.quote('수원시')}", "㈜더페이퍼"),
    (f"/entity?entity={urllib.parse.quote(HUIMANG)}", "국제통신공업(주)"),
    (f"/search?q={urllib.parse.quote('희망')}", "㈜희망키움터"),
    ("/queries?query=partners", "국제통신공업(주)"),
    ("/queries?query=targets", "일자리센터 운영 활성화 1만명 취업달성"),
    (f"/entity?entity={urllib.parse.quote('https://w3id.org/sekg/id/municipality/41360')}", "남양주시"),
]


async def _run(url: str, served: psutil.Process):
    from playwright.async_api import async_playwright

    latencies: list[float] = []
    errors: list[str] = []
    samples: list[tuple[float, float]] = []
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        started = time.monotonic()
        stop = started + SECONDS

        async def client(number: int) -> None:
            context = await browser.new_context(viewport={"width": 1200, "height": 900}, locale="ko-KR")
            page = await context.new_page()
            i = number
            while time.monotonic() < stop:
                path, expected = VIEWS[i % len(VIEWS)]
                i += 1
                began = time.monotonic()
                try:
                    await page.goto(url + path)
                    await page.get_by_text(expected).first.wait_for(state="attached", timeout=60_000)
                    if await page.locator('[data-testid="stException"]').count():
                        errors.append(f"{path}: exception shown")
                        continue
                    latencies.append(time.monotonic() - began)
                except Exception as exc:  # noqa: BLE001 - every failure is counted, the run goes on
                    errors.append(f"{path}: {type(exc).__name__}: {str(exc)[:200]}")
            await context.close()

        async def sample() -> None:
            while time.monotonic() < stop:
                samples.append((time.monotonic() - started, tree_rss_mb(served)))
                await asyncio.sleep(1.0)

        await asyncio.gather(sample(), *(client(n) for n in range(CLIENTS)))
        samples.append((time.monotonic() - started, tree_rss_mb(served)))
        await browser.close()
    return latencies, errors, samples


def test_sixteen_tabs_for_a_minute(explorer, figures):
    assert Path(CHROMIUM).exists(), "no chromium: `make test` installs Debian's with apt-get (make chromium)"
    served = psutil.Process(explorer.process.pid)
    latencies, errors, samples = asyncio.run(_run(explorer.url, served))
    after_warm_up = [rss for t, rss in samples if t >= WARM_UP * SECONDS]
    level, end = after_warm_up[0], after_warm_up[-1]
    ordered = sorted(latencies)
    figures.record("explorer load", clients=CLIENTS, seconds=SECONDS, views=len(latencies) + len(errors),
                   views_per_s=round(len(latencies) / SECONDS, 2),
                   p50_ms=round(statistics.median(ordered) * 1000) if ordered else None,
                   p95_ms=round(ordered[int(0.95 * (len(ordered) - 1))] * 1000) if ordered else None,
                   errors=len(errors), rss_start_mb=round(samples[0][1]), rss_after_warm_up_mb=round(level),
                   rss_end_mb=round(end))
    assert errors == [], errors
    assert len(latencies) >= CLIENTS
    assert end - level <= RSS_MARGIN_MB, [(round(t), round(r)) for t, r in samples]
    assert explorer.process.poll() is None

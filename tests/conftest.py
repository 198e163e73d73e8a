"""Shared fixtures: the ontology and shapes parse once per session; the seeds build once; the explorer."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from rdflib import Graph

from graph.ontology import ONTOLOGY_FILE, SHAPES_FILE, load_turtle

TESTS_DIR = Path(__file__).parent
DATA_DIR = TESTS_DIR / "data"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = TESTS_DIR / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run"]
# Browser waits are sized for a busy two-core machine, where one Streamlit view can take tens of seconds; a
# test waits for the content it asserts, so on an idle machine these limits cost nothing.
BROWSER_TIMEOUT_MS = 90_000

# The app has finished its script, is connected, shows its page title and (when given) the expected text.
SETTLED = """(expected) => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.dataset.testScriptState !== 'notRunning' || app.dataset.testConnectionState !== 'CONNECTED') {
    return false;
  }
  const main = document.querySelector('[data-testid="stMain"]');
  if (!main || !main.querySelector('h1')) return false;
  return expected === null || main.innerText.includes(expected);
}"""


def settle(page, expected: str | None = None) -> None:
    """Wait until the page's script has finished and it shows its title (and ``expected``), and stays so."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(3):
        try:
            page.wait_for_function(SETTLED, arg=expected, timeout=BROWSER_TIMEOUT_MS, polling=50)
        except PlaywrightTimeout:
            shown = page.inner_text("body")[:1500]
            raise AssertionError(f"{page.url[:300]}: no {expected!r} within {BROWSER_TIMEOUT_MS // 1000} s; "
                                 f"the page shows:\n{shown}") from None
        page.wait_for_timeout(150)  # a rerun about to start, or a handler the page's input carried, has run by now
        if page.evaluate(SETTLED, expected):
            return
    raise AssertionError("the page did not settle")


# The slow part of the suite (about 6 of its 9 minutes on an idle two-core machine): the real browser walk and
# the reliability suite (bad documents, killed builds, full disks, query safety, endpoint and explorer load).
# `make test-fast` runs everything else (`pytest -m "not slow"`).
SLOW = ("tests/reliability/", "tests/test_ui_browser.py")


def pytest_collection_modifyitems(config, items) -> None:
    root = Path(config.rootpath)
    for item in items:
        where = Path(item.path).relative_to(root).as_posix()
        if where.startswith(SLOW):
            item.add_marker(pytest.mark.slow)


# What the extraction tests measured (recall and precision per family, what is missing), printed at the end of
# the run and written to dist/extraction-*.txt so that a run can be quoted.
_EXTRACTION: dict[str, dict] = {}


@pytest.fixture(scope="session")
def seed_report() -> dict:
    return _EXTRACTION.setdefault("seeds", {})


@pytest.fixture(scope="session")
def unseen_report() -> dict:
    return _EXTRACTION.setdefault("unseen paragraphs", {})


@pytest.fixture(scope="session")
def held_out_reports():
    """The report of one held-out file (``held-out-2.yaml`` → dist/extraction-held-out-2.txt)."""
    return lambda name: _EXTRACTION.setdefault(f"{name.removesuffix('.yaml')} paragraphs", {})


def pytest_terminal_summary(terminalreporter) -> None:
    measured = {name: report for name, report in _EXTRACTION.items() if report.get("per_family")}
    if not measured:
        return
    terminalreporter.section("extraction: recall and precision per family")
    dist = Path(__file__).parents[1] / "dist"
    dist.mkdir(exist_ok=True)
    for name, report in measured.items():
        hits = total = 0
        for family, (found, expected, right, stated) in report["per_family"].items():
            hits, total = hits + found, total + expected
            shown = f"precision {right}/{stated}" if stated else "precision -"
            terminalreporter.write_line(f"{name}: {family:14s} recall {found}/{expected}  {shown}")
        terminalreporter.write_line(f"{name}: overall recall {hits}/{total} ({100 * hits / max(total, 1):.1f}%)")
        path = dist / f"extraction-{name.split()[0]}.txt"
        lines = [f"missing\t{m}" for m in report.get("missing", [])]
        lines += [f"not annotated\t{u}" for u in report.get("unmatched", [])]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        terminalreporter.write_line(f"{name}: what is missing and what no annotation accounts for: dist/{path.name}")


@pytest.fixture(scope="session")
def ontology() -> Graph:
    return load_turtle(ONTOLOGY_FILE)


@pytest.fixture(scope="session")
def shapes() -> Graph:
    return load_turtle(SHAPES_FILE)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seeds built once into a store of their own: (settings, summary)."""
    from graph.settings import Settings
    from ingest.build import build
    from ingest.catalog import SEEDS_DIR

    store = tmp_path_factory.mktemp("seed-store") / "store"
    settings = Settings.from_env({"SEKG_STORE": str(store)})
    return settings, build(settings, seeds=SEEDS_DIR)


@pytest.fixture(scope="session")
def seed_store(seed_build):
    from graph.store import StoreLocation

    settings, _ = seed_build
    return StoreLocation(settings.store_path).open(read_only=True)


@dataclass(frozen=True)
class Explorer:
    """A running `streamlit run` of the explorer: where it answers, and its process (for its memory)."""

    url: str
    process: subprocess.Popen


@pytest.fixture(scope="module")
def explorer(seed_build, tmp_path_factory):
    from graph.server import free_port
    from ui.cli import command

    settings, _ = seed_build
    port = free_port()
    env = {**os.environ, "SEKG_STORE": str(settings.store_path)}
    env.pop("SEKG_ENDPOINT", None)
    log = tmp_path_factory.mktemp("streamlit") / "streamlit.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command(port=port), cwd=Path(__file__).parents[1], env=env,
                                   stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120  # a busy two-core machine starts Streamlit slowly
        while True:
            try:
                if httpx.get(f"{url}/_stcore/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not start:\n{log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.3)
        yield Explorer(url, process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="module")
def app_url(explorer) -> str:
    return explorer.url


@pytest.fixture(scope="module")
def page(app_url):
    from playwright.sync_api import expect, sync_playwright

    assert Path(CHROMIUM).exists(), "no chromium: `make test` installs Debian's with apt-get (make chromium)"
    SHOTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True,
                                      locale="ko-KR")
        tab = context.new_page()
        tab.set_default_timeout(BROWSER_TIMEOUT_MS)
        expect.set_options(timeout=BROWSER_TIMEOUT_MS)  # its own default is 5 s
        yield tab
        browser.close()

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
        deadline = time.monotonic() + 60
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
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "no chromium: `make test` installs Debian's with apt-get (make chromium)"
    SHOTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True,
                                      locale="ko-KR")
        tab = context.new_page()
        tab.set_default_timeout(30_000)
        yield tab
        browser.close()

"""Faults during a build: killed at random points, two builds at once, a full disk.

The promise (graph/store.py): the ``SEKG_STORE`` link moves to a new store
generation only once that generation is complete, so whatever happens to a
build, the next command finds the previous store, whole, and the next build
succeeds and clears what the failed one left.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat

from graph.repository import EmbeddedRepository
from graph.saved_queries import load_library, run_saved
from graph.store import LOCK_FILE, RESULTS_SUFFIX, SPOOL_PREFIX, StoreLocation
from ingest.catalog import SEEDS_DIR

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("SEKG_BUILD_KILLS", "10"))


def _seeds(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for source in SEEDS_DIR.glob("*.txt"):
        shutil.copy(source, folder / source.name)
    return folder


def _sekg(*args: str, store: Path, **popen) -> subprocess.Popen:
    env = {**os.environ, "SEKG_STORE": str(store)}
    env.pop("SEKG_ENDPOINT", None)
    return subprocess.Popen([sys.executable, "-m", "graph.cli", *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, **popen)


def _run(*args: str, store: Path) -> subprocess.CompletedProcess:
    process = _sekg(*args, store=store)
    out, err = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def _snapshot(location: StoreLocation) -> tuple[Path, bytes]:
    """The current generation and its whole content, in a canonical order."""
    store = location.open(read_only=True)
    lines = sorted(store.dump(format=RdfFormat.N_QUADS).splitlines())
    del store
    return location.current(), b"\n".join(lines)


def _leftovers(location: StoreLocation) -> list[str]:
    current = location.current()
    keep = {current.name, current.name + RESULTS_SUFFIX, LOCK_FILE}
    return sorted(p.name for p in location.generations.iterdir() if p.name not in keep)


def _usable(location: StoreLocation) -> int:
    """A saved query through the repository the CLI and explorer use: its row count."""
    repo = EmbeddedRepository(location)
    try:
        return len(run_saved(repo, load_library()["municipalities"], {}))
    finally:
        repo.close()


def _phase(location: StoreLocation, before: Path, earlier: set[str]) -> str:
    """What a killed build was doing, from what it left on disk (``earlier``: what was there before it)."""
    if location.current() != before:
        return "after the switch"
    entries = [p for p in location.generations.iterdir() if p.name not in earlier]
    if not any(p.name.startswith(SPOOL_PREFIX) for p in entries):
        return "starting"
    generation = [p for p in entries if p.is_dir() and not p.name.endswith(RESULTS_SUFFIX)]
    if any(p.name.endswith(RESULTS_SUFFIX) for p in entries):
        return "finishing"  # the derived graph and the search index are written
    return "loading" if any(_loaded(p) for p in generation) else "extracting"


def _loaded(generation: Path) -> bool:
    """Whether bulk_load has begun: it adds table files to the one an empty store starts with."""
    return len(list(generation.glob("*.sst"))) > 1


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A store built from the seeds by `sekg build`, and how long that took."""
    folder = tmp_path_factory.mktemp("faults")
    seeds, store = _seeds(folder / "seeds"), folder / "store"
    started = time.monotonic()
    result = _run("build", "--seeds", str(seeds), store=store)
    assert result.returncode == 0, result.stderr
    return seeds, store, time.monotonic() - started


def _kill_when(process: subprocess.Popen, condition, deadline_s: float) -> bool:
    """SIGKILL the build's process group as soon as ``condition()`` holds; whether it was still running.

    The disk is then as the build left it, for :func:`_phase` to read.
    """
    deadline = time.monotonic() + deadline_s
    while process.poll() is None and time.monotonic() < deadline:
        if condition():
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.002)
    return False


def test_sigkill_at_random_points_leaves_the_previous_store_whole(built, figures):
    seeds, store, build_seconds = built
    location = StoreLocation(store)
    before, content = _snapshot(location)
    rows = _usable(location)
    assert rows > 0
    rng = random.Random(8)
    # Random moments over a whole build, and two the disk announces: bulk_load's first table
    # file in the new store, and the switch of the link (the warm-up follows it).
    moments: list[tuple[str, object]] = [("random", rng.uniform(0.2, build_seconds)) for _ in range(KILLS)]
    moments += [("bulk load begun", "sst"), ("link switched", "switch")]
    phases: dict[str, int] = {}
    for kind, when in moments:
        earlier = {p.name for p in location.generations.iterdir()}
        process = _sekg("build", "--seeds", str(seeds), store=store)
        started = time.monotonic()
        if when == "sst":
            def condition():
                return any(_loaded(p) for p in location.generations.iterdir()
                           if p.is_dir() and p.name not in earlier and not p.name.endswith(RESULTS_SUFFIX))
        elif when == "switch":
            def condition():
                return location.current() != before
        else:
            def condition():
                return time.monotonic() - started >= when
        if _kill_when(process, condition, deadline_s=120):
            phase = _phase(location, before, earlier)
        else:  # builds vary in length: this one finished first
            assert (kind, process.returncode) == ("random", 0), process.stderr.read()[-500:]
            phase = "after the switch"
        phases[phase] = phases.get(phase, 0) + 1
        if phase == "after the switch":
            # Killed in the warm-up: the new store is complete and current; it becomes the one to keep.
            before, content = _snapshot(location)
            assert _usable(location) == rows
            continue
        assert _snapshot(location) == (before, content), f"killed while {phase}: the store changed"
        assert _usable(location) == rows
    figures.record("build kills", kills=len(moments), **{k.replace(" ", "_"): v for k, v in sorted(phases.items())},
                   build_s=round(build_seconds, 1))
    assert sum(phases.values()) == KILLS + 2
    assert phases.get("loading", 0) + phases.get("finishing", 0) >= 1  # at least one kill while it wrote the store
    assert phases.get("extracting", 0) >= 1

    # The next command reads the store as it was; a rerun succeeds and clears what the kills left.
    query = _run("query", "municipalities", "--format", "csv", store=store)
    assert query.returncode == 0, query.stderr
    assert len(query.stdout.strip().splitlines()) == rows + 1
    rerun = _run("build", "--seeds", str(seeds), store=store)
    assert rerun.returncode == 0, rerun.stderr
    assert location.current() != before
    assert _leftovers(location) == []
    assert _usable(location) == rows


def test_a_second_build_is_refused_while_one_runs(built):
    seeds, store, _ = built
    location = StoreLocation(store)
    first = _sekg("build", "--seeds", str(seeds), store=store)
    lock = location.generations / LOCK_FILE
    deadline = time.monotonic() + 60
    while f"pid {first.pid}" not in (lock.read_text() if lock.exists() else ""):
        assert first.poll() is None and time.monotonic() < deadline, "the first build never took the lock"
        time.sleep(0.01)
    second = _run("build", "--seeds", str(seeds), store=store)
    out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert second.returncode == 2
    assert second.stderr.strip().startswith(f"sekg: error: another build is writing {store} (pid {first.pid}, since ")
    assert second.stderr.strip().endswith("wait for it to finish, then run this again")
    assert _leftovers(location) == []


# -- a full disk ------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 64 MB tmpfs: a real file system that fills up (needs root, as `make test` has here)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    assert done.returncode == 0, f"cannot mount a tmpfs for the disk-full test (root needed): {done.stderr}"
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(mount: Path, leave_bytes: int) -> Path:
    """A ballast file that leaves about ``leave_bytes`` free on the disk."""
    ballast = mount / "ballast"
    stats = os.statvfs(mount)
    size = stats.f_bavail * stats.f_frsize - leave_bytes
    with ballast.open("wb") as handle:
        chunk = b"\0" * 2**20
        while size > 0:
            handle.write(chunk[:min(size, len(chunk))])
            size -= len(chunk)
    return ballast


@pytest.mark.parametrize("free_kb", [256, 9 * 1024])  # no room for the spool; for the store
def test_a_full_disk_gives_a_clear_message_and_keeps_the_store(small_disk, built, free_kb, figures):
    seeds, _, _ = built
    store = small_disk / "store"
    location = StoreLocation(store)
    first = _run("build", "--seeds", str(seeds), store=store)
    assert first.returncode == 0, first.stderr
    before = _snapshot(location)
    ballast = _fill(small_disk, free_kb * 1024)

    failed = _run("build", "--seeds", str(seeds), store=store)
    assert failed.returncode == 2
    message = failed.stderr.strip()
    assert message.startswith(f"sekg: error: the disk of {location.generations} filled up while writing the new "
                              f"store: it was not written, {store} is unchanged ("), message
    assert message.endswith("MB free now that its partial files are removed); free some space and run this again")
    assert "Traceback" not in failed.stderr
    assert _snapshot(location) == before
    assert _leftovers(location) == []
    assert _usable(location) > 0
    figures.record("disk full", **{f"left_{free_kb}kb": "refused, store kept"})

    ballast.unlink()
    again = _run("build", "--seeds", str(seeds), store=store)
    assert again.returncode == 0, again.stderr
    assert _leftovers(location) == []

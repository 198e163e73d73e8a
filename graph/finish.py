"""What every new store generation gets, before and just after it becomes current.

A build, an ingest and a load all end the same way. Before the switch, the
derived graph is computed from the other graphs (:mod:`graph.derive`) and the
search index is written beside the store (:mod:`graph.search`): the store is
not complete without them. Just after the switch, every saved query's default
answer is kept (:mod:`graph.cache`), so that the first person to open the
explorer does not wait for it; that runs through the same code a reader runs
(binding and querying the embedded repository), in one
process per core for a large store, each reading the generation read-only.
If it is stopped, the store is still complete: answers are then kept the
first time they are asked.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import time
from pathlib import Path

from graph.derive import derive
from graph.namespaces import InstanceIRIs
from graph.repository import EmbeddedRepository
from graph.saved_queries import LIBRARIES, bind, load_library
from graph.search import SearchIndex
from graph.store import Generation, StoreLocation

# Below this many quads the whole warm-up takes less than starting a second process.
PARALLEL_FROM_QUADS = 500_000


def finish_generation(generation: Generation, iris: InstanceIRIs) -> dict[str, float]:
    """Derive and index ``generation`` before it becomes current; seconds per step."""
    seconds: dict[str, float] = {}
    start = time.perf_counter()
    derive(generation.store, iris)
    seconds["derive"] = time.perf_counter() - start
    start = time.perf_counter()
    SearchIndex.build(generation.store).save(generation.results_dir)
    seconds["index"] = time.perf_counter() - start
    return seconds


_repository: EmbeddedRepository | None = None


def _open(store_path: str) -> None:
    global _repository
    _repository = EmbeddedRepository(StoreLocation(Path(store_path)))


def _warm_one(task: tuple[str, str]) -> tuple[str, float]:
    directory, name = task
    assert _repository is not None
    start = time.perf_counter()
    # Bound as a reader binds it (the search index's candidates included), so the key is the reader's.
    _repository.query(bind(_repository, load_library(Path(directory))[name], {}).text)
    return f"{Path(directory).name}/{name}", time.perf_counter() - start


def warm(location: StoreLocation, *, jobs: int | None = None) -> dict[str, float]:
    """Keep every saved query's default answer for the current generation; seconds per query."""
    tasks = [(str(directory), name) for directory in LIBRARIES for name in load_library(directory)]
    if jobs is None:
        large = len(location.open(read_only=True)) >= PARALLEL_FROM_QUADS
        jobs = (os.cpu_count() or 1) if large else 1
    if jobs <= 1:
        _open(str(location.path))
        return dict(_warm_one(task) for task in tasks)
    # spawn: each process opens the store itself, read-only, as any other reader would.
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(jobs, mp_context=context, initializer=_open,
                                                initargs=(str(location.path),)) as pool:
        return dict(pool.map(_warm_one, tasks))

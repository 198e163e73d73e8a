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
from graph.errors import SekgError
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
    # Answers go to disk only: held in memory too, the biggest would add up to gigabytes across processes.
    _repository = EmbeddedRepository(StoreLocation(Path(store_path)), memory_cells=0)


def _warm_one(task: tuple[str, str]) -> tuple[str, str | None]:
    """The saved query's name, and why its answer could not be kept (None when it was)."""
    directory, name = task
    assert _repository is not None
    try:
        # Bound as a reader binds it (the search index's candidates included), so the key is the reader's.
        _repository.query(bind(_repository, load_library(Path(directory))[name], {}).text)
    except Exception as exc:  # noqa: BLE001 - the store is complete; a reader will run this one itself
        return f"{Path(directory).name}/{name}", f"{type(exc).__name__}: {exc}"
    return f"{Path(directory).name}/{name}", None


def warm(location: StoreLocation, *, quads: int, jobs: int | None = None) -> dict[str, str]:
    """Keep every saved query's default answer for the current generation of ``quads`` quads.

    Returns the saved queries whose answers could not be kept, with why.

    Nothing here fails the command that switched: the new generation is
    already current and complete, so a query that cannot be run ahead is only
    reported, and a reader runs it the first time it is asked.
    """
    tasks = [(str(directory), name) for directory in LIBRARIES for name in load_library(directory)]
    if jobs is None:
        jobs = (os.cpu_count() or 1) if quads >= PARALLEL_FROM_QUADS else 1
    try:
        if jobs <= 1:
            _open(str(location.path))
            outcomes = [_warm_one(task) for task in tasks]
        else:
            # spawn: each process opens the store itself, read-only, as any other reader would.
            context = multiprocessing.get_context("spawn")
            with concurrent.futures.ProcessPoolExecutor(jobs, mp_context=context, initializer=_open,
                                                        initargs=(str(location.path),)) as pool:
                outcomes = list(pool.map(_warm_one, tasks))
    except (OSError, concurrent.futures.process.BrokenProcessPool, SekgError) as exc:
        return {"all": f"{type(exc).__name__}: {exc}"}
    finally:
        _close()
    return {name: error for name, error in outcomes if error is not None}


def _close() -> None:
    global _repository
    if _repository is not None:
        _repository.close()
        _repository = None


def not_kept_lines(failed: dict[str, str]) -> list[str]:
    """How a command reports saved queries whose answers the warm-up could not keep."""
    return [f"warning: {name}'s answer was not kept ahead ({error}); it will be computed when first asked"
            for name, error in failed.items()]

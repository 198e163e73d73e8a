"""What every new store generation gets before it becomes current.

A build, an ingest and a load all end the same way: the derived graph is
computed from the other graphs (:mod:`graph.derive`), the search index is
written beside the store (:mod:`graph.search`), and the saved queries' default
answers are kept (:func:`graph.saved_queries.warm_results`), so that the first
question after a rebuild is answered as fast as the hundredth.
"""

from __future__ import annotations

import time

from graph.derive import derive
from graph.namespaces import InstanceIRIs
from graph.saved_queries import warm_results
from graph.search import SearchIndex
from graph.store import Generation


def finish_generation(generation: Generation, iris: InstanceIRIs) -> dict[str, float]:
    """Derive, index and warm ``generation``; seconds per step."""
    seconds: dict[str, float] = {}
    start = time.perf_counter()
    derive(generation.store, iris)
    seconds["derive"] = time.perf_counter() - start
    start = time.perf_counter()
    SearchIndex.build(generation.store).save(generation.results_dir)
    seconds["index"] = time.perf_counter() - start
    start = time.perf_counter()
    warm_results(generation.store, generation.results_dir)
    seconds["warm"] = time.perf_counter() - start
    return seconds

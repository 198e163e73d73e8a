"""``sekg load``: a new store generation from RDF files (a sekg dump, or N-Quads made elsewhere).

The files are bulk-loaded as they are (N-Quads and TriG keep their graphs;
Turtle and N-Triples go to the graph ``--graph`` names), then the generation
gets what a build gives every generation (:mod:`graph.finish`): the derived
graph, the search index and the saved queries' default answers. It becomes current only if all of
that succeeded. This is also the write path the benchmarks time against a bare
``Store.bulk_load``.

>>> import tempfile, pathlib
>>> from graph.settings import Settings
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "x.nq").write_text('<https://w3id.org/sekg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> "가" <https://w3id.org/sekg/id/graph/document/x> .\\n')
>>> summary = load_files(Settings.from_env({"SEKG_STORE": str(folder / "store")}), [folder / "x.nq"])
>>> summary.quads, summary.files
(1, 1)
>>> load_files(Settings.from_env({"SEKG_STORE": str(folder / "store")}), [folder / "missing.nq"])
Traceback (most recent call last):
...
graph.errors.InputError: .../missing.nq: no such file
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import NamedNode, RdfFormat

from graph.errors import InputError
from graph.finish import finish_generation, warm
from graph.namespaces import InstanceIRIs
from graph.settings import Settings
from graph.store import StoreLocation

FORMATS = {".nq": RdfFormat.N_QUADS, ".trig": RdfFormat.TRIG, ".ttl": RdfFormat.TURTLE, ".nt": RdfFormat.N_TRIPLES}


@dataclass
class LoadSummary:
    files: int = 0
    quads: int = 0
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)
    not_kept: dict[str, str] = field(default_factory=dict)  # saved queries the warm-up could not run, and why


def _format(path: Path) -> RdfFormat:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise InputError(f"{path}: cannot tell the RDF syntax from the extension "
                         f"(use {', '.join(sorted(FORMATS))})") from None


def load_files(settings: Settings, files: Sequence[Path], *, graph: str | None = None) -> LoadSummary:
    """Replace the store with the quads of ``files``; a file that does not parse changes nothing."""
    clock = time.perf_counter()
    paths = [Path(f) for f in files]
    for path in paths:
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        _format(path)
    iris = InstanceIRIs(settings.base_iri)
    location = StoreLocation(settings.store_path)
    summary = LoadSummary(files=len(paths))

    def timed(name: str, step):
        start = time.perf_counter()
        result = step()
        summary.phases[name] = summary.phases.get(name, 0.0) + time.perf_counter() - start
        return result

    try:
        to_graph = NamedNode(graph) if graph else None
    except ValueError as exc:
        raise InputError(f"--graph {graph!r} is not an IRI: {exc}") from None
    with location.new_generation() as generation:
        for path in paths:
            try:
                timed("load", lambda path=path: generation.store.bulk_load(
                    path=str(path), format=_format(path), to_graph=to_graph))
            except SyntaxError as exc:
                raise InputError(f"{path}: not valid {_format(path).name}: {exc}") from None
        summary.phases.update(finish_generation(generation, iris))
        summary.quads = len(generation.store)
    summary.not_kept = timed("warm", lambda: warm(location, quads=summary.quads))
    summary.seconds = time.perf_counter() - clock
    return summary

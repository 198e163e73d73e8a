"""The benchmarks of issue 7: each line is our figure, the reference figure from the same run, and their ratio.

``python -m bench.run --quick`` (≤ 3 minutes, small inputs) or ``--full``
(the 2,000-document corpus, 1M and 5M quads). Inputs come from
:mod:`bench.synth`; they are generated into ``--work DIR`` when missing.

References, measured in the same run on the same inputs:

1. ingest: raw Kiwi tokenization of the same lines (tokens/s);
2. store load: ``pyoxigraph.Store.bulk_load`` of the same N-Quads;
3. dumps: raw ``Store.dump`` of the same store;
4. queries: the same query text over rdflib (the peer a Python user reaches for);
5. endpoint: throughput and p95 with concurrent clients (no peer: absolute figures).

No figure here is asserted anywhere; ``bench/RESULTS.md`` records a full run.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime as dt
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEKG = [sys.executable, "-m", "graph.cli"]


@dataclass
class Line:
    section: str
    what: str
    ours: float
    reference: float | None
    unit: str
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if not self.reference:
            return None
        return self.ours / self.reference

    def render(self) -> str:
        ref = f"{self.reference:>14,.1f}" if self.reference is not None else f"{'—':>14}"
        ratio = f"{self.ratio:>7.2f}" if self.ratio is not None else f"{'—':>7}"
        return f"{self.section:<10} {self.what:<44} {self.ours:>14,.1f} {ref} {ratio}  {self.unit} {self.note}".rstrip()


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


# -- 1. ingest ------------------------------------------------------------------------


def bench_ingest(corpus: Path, work: Path) -> list[Line]:
    from kiwipiepy import Kiwi

    store = work / "ingest-store" / "store"
    shutil.rmtree(store.parent, ignore_errors=True)
    env = {**os.environ, "SEKG_STORE": str(store)}
    env.pop("SEKG_ENDPOINT", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    out = subprocess.run([*SEKG, "build", "--seeds", str(corpus), "--report", str(work / "ingest-report.json")],
                         env=env, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    wall = time.perf_counter() - start
    peak_mb = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
    summary = dict(line.split(": ", 1) for line in out.splitlines() if ": " in line)
    tokens = int(summary["tokens"].split()[0])
    documents = int(summary["documents"])
    # Raw Kiwi over the same lines, in one process, model loaded once (as the pipeline does).
    kiwi = Kiwi()
    lines = [line for path in sorted(corpus.glob("*.txt"))
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    kiwi.tokenize(lines[0])
    raw_tokens = 0
    raw_start = time.perf_counter()
    for line in lines:
        raw_tokens += len(kiwi.tokenize(line))
    raw_seconds = time.perf_counter() - raw_start
    return [
        Line("ingest", "pipeline tokens/s (whole build) vs raw Kiwi", tokens / wall, raw_tokens / raw_seconds,
             "tokens/s", f"{tokens:,} tokens, {wall:.1f} s wall"),
        Line("ingest", "documents/s", documents / wall, None, "docs/s", f"{documents} documents"),
        Line("ingest", "peak RSS of sekg build", peak_mb, None, "MB"),
    ]


# -- 2. store load --------------------------------------------------------------------


def bench_load(nquads: Path, work: Path) -> list[Line]:
    from pyoxigraph import RdfFormat, Store, parse

    raw_dir, ours_dir = work / "load-raw", work / "load-ours"
    for d in (raw_dir, ours_dir):
        shutil.rmtree(d, ignore_errors=True)
    raw = Store(str(raw_dir))
    start = time.perf_counter()
    raw.bulk_load(path=str(nquads), format=RdfFormat.N_QUADS)
    raw_s = time.perf_counter() - start
    count = len(raw)
    del raw
    ours = Store(str(ours_dir))

    def write_like_build() -> None:
        # The build's write path: quads in Python, written with bulk_extend per document, then flush.
        batch = []
        with nquads.open("rb") as handle:
            for quad in parse(handle, format=RdfFormat.N_QUADS):
                batch.append(quad)
                if len(batch) >= 50_000:
                    ours.bulk_extend(batch)
                    batch = []
        ours.bulk_extend(batch)
        ours.flush()

    ours_s = _timed(write_like_build)
    return [Line("load", "quads/s: build write path vs bulk_load", count / ours_s, count / raw_s, "quads/s",
                 f"{count:,} quads")]


# -- 3. dumps -------------------------------------------------------------------------


def bench_dump(store_dir: Path, work: Path) -> list[Line]:
    from pyoxigraph import NamedNode, RdfFormat, Store

    from graph.dump import dump_format, dump_to_file

    lines = []
    store = Store.read_only(str(store_dir))
    for fmt, raw_format in (("turtle", RdfFormat.TURTLE), ("trig", RdfFormat.TRIG)):
        target = work / f"dump.{fmt}"
        # In process, as `sekg dump` runs once its interpreter is up: the startup is not the dump's.
        ours_s = _timed(lambda fmt=fmt, target=target: dump_to_file(store, target, dump_format(fmt)))
        size = target.stat().st_size
        raw_target = work / f"raw.{fmt}"
        options = {}
        if raw_format == RdfFormat.TURTLE:
            # Raw Turtle needs one graph; ours writes the union with duplicates removed. Bytes/s compares fairly.
            graphs = [g for g in store.named_graphs() if isinstance(g, NamedNode)]
            options["from_graph"] = max(graphs, key=lambda g: sum(1 for _ in store.quads_for_pattern(None, None, None, g)))
        start = time.perf_counter()
        store.dump(str(raw_target), format=raw_format, **options)
        raw_s = time.perf_counter() - start
        raw_size = raw_target.stat().st_size
        lines.append(Line("dump", f"{fmt} bytes/s: sekg dump vs Store.dump", size / ours_s / 1e6,
                          raw_size / raw_s / 1e6, "MB/s", f"{size / 1e6:,.1f} MB"))
    return lines


# -- 4. queries -----------------------------------------------------------------------


def bench_queries(store_dir: Path, nquads: Path | None, *, runs: int, label: str) -> list[Line]:
    from graph.repository import EmbeddedRepository
    from graph.saved_queries import bind, load_library
    from graph.store import StoreLocation

    repo = EmbeddedRepository(StoreLocation(store_dir))
    library = load_library()
    peer = None
    if nquads is not None:
        from rdflib import Dataset

        peer = Dataset(default_union=True)
        peer.parse(str(nquads), format="nquads")
    lines = []
    for name, saved in library.items():
        text = bind(repo, saved, {}).text
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            repo.query(text)
            times.append((time.perf_counter() - start) * 1000)
        ref = None
        if peer is not None:
            start = time.perf_counter()
            list(peer.query(text))
            ref = (time.perf_counter() - start) * 1000
        # For times, the ratio is peer/ours: how many times faster.
        p95 = _p(times, 0.95)
        lines.append(Line("query", f"{name} p95 ms @{label} (p50 {statistics.median(times):.1f})", p95, ref, "ms",
                          "ratio = ours/rdflib (lower is better)" if ref else ""))
    return lines


# -- 5. endpoint ----------------------------------------------------------------------


def bench_endpoint(store_dir: Path, *, clients: int, seconds: float) -> list[Line]:
    import httpx

    from graph.repository import RemoteRepository
    from graph.saved_queries import bind, load_library
    from graph.server import OxigraphServer, free_port

    library = load_library()
    with OxigraphServer(store_dir, port=free_port(), timeout_s=30) as server:
        remote = RemoteRepository(server.query_url, client=httpx.Client())
        texts = [bind(remote, saved, {}).text for saved in library.values()]
        deadline = time.monotonic() + seconds
        latencies: list[float] = []
        errors = 0

        def client(offset: int) -> tuple[list[float], int]:
            mine, failed = [], 0
            repo = RemoteRepository(server.query_url, client=httpx.Client())
            i = offset
            while time.monotonic() < deadline:
                start = time.perf_counter()
                try:
                    repo.query(texts[i % len(texts)], timeout=30)
                except Exception:  # noqa: BLE001 - counted, reported
                    failed += 1
                mine.append((time.perf_counter() - start) * 1000)
                i += 1
            return mine, failed

        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(clients) as pool:
            for mine, failed in pool.map(client, range(clients)):
                latencies += mine
                errors += failed
        wall = time.perf_counter() - start
    return [Line("endpoint", f"saved queries/s, {clients} clients", len(latencies) / wall, None, "queries/s",
                 f"{len(latencies)} queries, {errors} errors"),
            Line("endpoint", f"p95 latency, {clients} clients", _p(latencies, 0.95), None, "ms")]


# -- driver ---------------------------------------------------------------------------


def _ensure(path: Path, make: list[str]) -> Path:
    if not path.exists():
        subprocess.run([sys.executable, "-m", "bench.synth", *make], cwd=ROOT, check=True)
    return path


def _load_store(nquads: Path, directory: Path) -> Path:
    from pyoxigraph import RdfFormat, Store

    if not (directory / "CURRENT").exists():
        shutil.rmtree(directory, ignore_errors=True)
        store = Store(str(directory))
        store.bulk_load(path=str(nquads), format=RdfFormat.N_QUADS)
        store.optimize()
        del store
    return directory


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="small inputs, ≤ 3 minutes (default)")
    size.add_argument("--full", action="store_true", help="2,000 documents, 1M and 5M quads")
    parser.add_argument("--work", default=str(ROOT / "bench" / "work"), help="where inputs and stores go")
    args = parser.parse_args(argv)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    full = args.full
    corpus = work / ("corpus-full" if full else "corpus-quick")
    if not corpus.exists():
        scale = ["--municipalities", "226", "--per-municipality", "9"] if full else \
            ["--municipalities", "6", "--per-municipality", "3"]
        subprocess.run([sys.executable, "-m", "bench.synth", "docs", "--out", str(corpus), *scale], cwd=ROOT,
                       check=True)
    small = 1_000_000 if full else 100_000
    nq_small = _ensure(work / f"synth-{small}.nq", ["rdf", "--quads", str(small), "--out",
                                                    str(work / f"synth-{small}.nq")])
    store_small = _load_store(nq_small, work / f"store-{small}")

    lines: list[Line] = []
    print(f"sekg benchmarks ({'full' if full else 'quick'}) — {dt.datetime.now().isoformat(timespec='seconds')}, "
          f"{platform.node()}, {os.cpu_count()} cores", flush=True)
    print(f"{'section':<10} {'what':<44} {'ours':>14} {'reference':>14} {'ratio':>7}  unit", flush=True)

    def run(section: Callable[[], list[Line]]) -> None:
        for line in section():
            lines.append(line)
            print(line.render(), flush=True)

    run(lambda: bench_ingest(corpus, work))
    run(lambda: bench_load(nq_small, work))
    run(lambda: bench_dump(store_small, work))
    run(lambda: bench_queries(store_small, nq_small, runs=20 if full else 5,
                              label=f"{small // 1000}k"))
    if full:
        nq_big = _ensure(work / "synth-5000000.nq", ["rdf", "--quads", "5000000", "--out",
                                                      str(work / "synth-5000000.nq")])
        run(lambda: bench_queries(_load_store(nq_big, work / "store-5000000"), None, runs=20, label="5M"))
    run(lambda: bench_endpoint(store_small, clients=8, seconds=60 if full else 10))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The Oxigraph store on disk, written atomically.

``SEKG_STORE`` is a symbolic link to one generation directory beside it
(``store.d/<id>``). A build writes a new generation and then replaces the link
with ``os.replace``, which is atomic on POSIX: readers see the old store or the
new one, never a mix, and a build that fails or is killed leaves the link
untouched. Older generations are removed after a successful switch, and with
them whatever a killed build left half-written.

One build at a time: a second ``sekg build``, ``ingest`` or ``load`` on the
same store is refused while one runs (a lock file in ``store.d/``, released by
the kernel even when the holder is killed), since its clean-up would remove
the other's generation in the middle of its writing. A disk that fills up
during a build is reported as such, and the current store stays as it was.

>>> import tempfile, pathlib
>>> from pyoxigraph import NamedNode, Quad, Literal
>>> location = StoreLocation(pathlib.Path(tempfile.mkdtemp()) / "store")
>>> location.exists()
False
>>> g = NamedNode("https://w3id.org/sekg/id/graph/document/x")
>>> quad = Quad(NamedNode("https://w3id.org/sekg/id/a"), NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), Literal("가"), g)
>>> with location.new_generation() as generation:
...     generation.store.bulk_extend([quad])
>>> len(list(location.open(read_only=True)))
1
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import gc
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from pyoxigraph import Quad, RdfFormat, Store, serialize

from graph.errors import SekgError

RESULTS_SUFFIX = ".results"
LOCK_FILE = ".build.lock"
_DISK_FULL = (errno.ENOSPC, errno.EDQUOT)


class StoreError(SekgError):
    """The store is missing, corrupt, or cannot be written."""


def is_disk_full(exc: BaseException | None) -> bool:
    """Whether ``exc`` or its cause says the disk is full: an errno, or RocksDB's "No space left on device"."""
    while exc is not None:
        if isinstance(exc, OSError) and exc.errno in _DISK_FULL:
            return True
        if isinstance(exc, (OSError, RuntimeError)) and "No space left on device" in str(exc):
            return True
        exc = exc.__cause__
    return False


def _free_mb(directory: Path) -> str:
    try:
        stats = os.statvfs(directory)
    except OSError:
        return "unknown"
    return f"{stats.f_bavail * stats.f_frsize / 2**20:,.0f}"


class Generation:
    """A store generation being written: its store, its directory and where its kept answers go.

    The store is closed when the generation is finished, before it becomes
    current: RocksDB keeps deleting obsolete files for as long as a writer is
    open, and a reader that opened the store in between would find them gone.
    So hold ``generation.store`` only inside the ``with`` block.
    """

    def __init__(self, store: Store, directory: Path, results_dir: Path) -> None:
        self._store: Store | None = store
        self.directory = directory
        self.results_dir = results_dir

    @property
    def store(self) -> Store:
        if self._store is None:
            raise StoreError(f"the generation {self.directory.name} is finished: its store is closed")
        return self._store

    def close(self) -> None:
        self._store = None
        gc.collect()  # pyoxigraph closes the database when the last reference goes


class StoreLocation:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.generations = self.path.with_name(self.path.name + ".d")

    def exists(self) -> bool:
        return self.path.exists()

    def results_dir(self, generation: Path) -> Path:
        """Where the answers kept for ``generation`` live (:mod:`graph.cache`); they go with it."""
        return generation.with_name(generation.name + RESULTS_SUFFIX)

    def current(self) -> Path | None:
        if self.path.is_symlink():
            return self.path.resolve()
        return self.path if self.path.is_dir() else None

    def open(self, *, read_only: bool = False) -> Store:
        current = self.current()
        if current is None:
            raise StoreError(f"no store at {self.path}: build it with `sekg build` (or `make run`)")
        try:
            return Store.read_only(str(current)) if read_only else Store(str(current))
        except (OSError, RuntimeError) as exc:  # RocksDB reports corruption as RuntimeError
            raise StoreError(f"cannot open the store at {self.path}: {exc}; rebuild it with `sekg build`") from exc

    @contextlib.contextmanager
    def build_lock(self) -> Iterator[None]:
        """Hold the store's build lock, or refuse at once with who holds it."""
        self.generations.mkdir(parents=True, exist_ok=True)
        path = self.generations / LOCK_FILE
        with path.open("a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "another process"
                raise StoreError(f"another build is writing {self.path} ({holder}); "
                                 "wait for it to finish, then run this again") from None
            handle.seek(0)
            handle.truncate()
            handle.write(f"pid {os.getpid()}, since {time.strftime('%Y-%m-%d %H:%M:%S')}")
            handle.flush()
            try:
                yield
            finally:
                handle.truncate(0)
                fcntl.flock(handle, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def new_generation(self, *, copy_current: bool = False,
                       finish: contextlib.AbstractContextManager | None = None) -> Iterator[Generation]:
        """A fresh store directory that becomes current only if the block succeeds.

        ``finish`` wraps the compaction that closes a successful block (a build times it).
        """
        with self.build_lock():
            try:
                yield from self._new_generation(copy_current, finish)
            except BaseException as exc:
                if is_disk_full(exc):
                    raise StoreError(
                        f"the disk of {self.generations} filled up while writing the new store: it was not "
                        f"written, {self.path} is unchanged ({_free_mb(self.generations)} MB free now that its "
                        "partial files are removed); free some space and run this again"
                    ) from exc
                raise

    def _new_generation(self, copy_current: bool,
                        finish: contextlib.AbstractContextManager | None) -> Iterator[Generation]:
        target = self.generations / f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
        generation: Generation | None = None
        try:
            if copy_current and self.current() is not None:
                source = self.open(read_only=True)
                source.backup(str(target))
                del source
            generation = Generation(Store(str(target)), target, self.results_dir(target))
            yield generation
            with finish or contextlib.nullcontext():
                generation.store.flush()
                generation.store.optimize()
            generation.close()
        except BaseException:
            if generation is not None:
                generation.close()
            shutil.rmtree(target, ignore_errors=True)
            shutil.rmtree(self.results_dir(target), ignore_errors=True)
            raise
        self.switch(target)

    def switch(self, target: Path) -> None:
        if self.path.exists() and not self.path.is_symlink():
            # A store from before generations existed: move it aside, do not delete it.
            self.path.rename(self.generations / f"legacy-{uuid.uuid4().hex[:8]}")
        link = self.path.with_name(f".{self.path.name}.{uuid.uuid4().hex[:8]}.tmp")
        os.symlink(os.path.relpath(target, self.path.parent), link)
        os.replace(link, self.path)
        keep = {target.name, self.results_dir(target).name}
        for old in self.generations.iterdir():
            if old.name.startswith(SPOOL_PREFIX):  # left by a build that was killed; this one's is closed
                old.unlink(missing_ok=True)
            elif old.is_dir() and old.name not in keep and not old.name.startswith(("legacy", ".")):
                shutil.rmtree(old, ignore_errors=True)


def load_spooled(store: Store, path: Path) -> None:
    """The build's write path: one ``bulk_load`` of N-Quads that pyoxigraph itself serialized.

    Such quads need no second validation (``lenient``); the benchmarks time this
    same call against a plain ``Store.bulk_load``.
    """
    try:
        store.bulk_load(path=str(path), format=RdfFormat.N_QUADS, lenient=True)
    except OSError as exc:
        raise StoreError(f"cannot write the store: {exc}") from exc


SPOOL_PREFIX = ".spool-"


class NQuadsSpool:
    """Quads on their way into a store: appended as N-Quads to a file, then bulk-loaded in one pass.

    A build produces its quads document by document, in worker processes; the
    spool keeps none of them in memory and hands the whole file to
    ``Store.bulk_load``, Oxigraph's fastest write path, once at the end. The
    file lives in ``directory`` (beside the store generations, on the same disk)
    and is removed when the spool closes, loaded or not.

    >>> import tempfile, pathlib
    >>> from pyoxigraph import Literal, NamedNode, Quad, Store
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> g = NamedNode("https://w3id.org/sekg/id/graph/document/x")
    >>> quad = Quad(NamedNode("https://w3id.org/sekg/id/a"), NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), Literal("가"), g)
    >>> store = Store()
    >>> with NQuadsSpool(folder) as spool:
    ...     spool.write_quads([quad, quad])
    ...     spool.load_into(store)
    >>> len(store), list(folder.iterdir())
    (1, [])
    """

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / f"{SPOOL_PREFIX}{uuid.uuid4().hex[:8]}.nq"
        self._handle = self.path.open("wb", buffering=8 * 2**20)
        self.bytes = 0

    def write(self, nquads: bytes) -> None:
        """Append quads already serialized as N-Quads (a worker's output)."""
        self._handle.write(nquads)
        self.bytes += len(nquads)

    def write_quads(self, quads: list[Quad]) -> None:
        self.write(serialize(quads, format=RdfFormat.N_QUADS) or b"")

    def load_into(self, store: Store) -> None:
        """Bulk-load everything written so far; repeated quads become one, as in any RDF dataset."""
        self._handle.close()
        load_spooled(store, self.path)

    def close(self) -> None:
        self._handle.close()
        self.path.unlink(missing_ok=True)

    def __enter__(self) -> NQuadsSpool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

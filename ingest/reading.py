"""Reading source files: decoding, sanity checks and identity.

Korean government text files come as UTF-8 (with or without BOM) or as
CP949/EUC-KR. Anything else is refused with a message naming the file, before a
single triple is written.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "card.txt"
>>> _ = path.write_bytes("사회적경제 일자리\\n1,000개 육성\\n".encode("cp949"))
>>> source = read_source(path)
>>> source.encoding, source.lines
('cp949', ['사회적경제 일자리', '1,000개 육성'])
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from graph.errors import InputError

# Files above this size are processed in blocks of lines (see ingest.build),
# so memory stays bounded whatever the input.
LARGE_FILE_BYTES = 8 * 1024 * 1024
BLOCK_LINES = 4000
_SNIFF_BYTES = 64 * 1024
# The longest line a document may have. Extraction works line by line, and a
# line costs time and memory in proportion to its length however the file is
# split into blocks: one line of 10 MB ran for over ten minutes in 2.5 GB. Lines
# of the seeds are at most 317 characters; a line 300 times longer is not text
# extracted from a document (a data blob, a file that lost its line breaks)
# and is refused, like a binary file, before anything is extracted.
MAX_LINE_CHARS = 100_000


@dataclass(frozen=True)
class SourceText:
    """A decoded document: its lines (1-based in provenance) and identity."""

    path: Path
    doc_id: str
    encoding: str
    sha256: str
    lines: list[str]

    @property
    def file_name(self) -> str:
        return self.path.name


def doc_id_for(path: Path) -> str:
    """The document's identifier: its file name without the extension.

    >>> doc_id_for(Path("seeds/002_15731aaa5618b0b9.txt"))
    '002_15731aaa5618b0b9'
    """
    return path.stem or path.name


def _check_bytes(path: Path, head: bytes, size: int) -> None:
    if size == 0:
        raise InputError(f"{path}: the file is empty")
    if b"\x00" in head:
        raise InputError(f"{path}: this is a binary file (it contains NUL bytes), not a text document")


def detect_encoding(path: Path) -> str:
    """Decide between UTF-8 and CP949 by decoding the whole file incrementally.

    CP949 is a superset of EUC-KR, so one name covers both.
    """
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    _check_bytes(path, head, size)
    for encoding in ("utf-8-sig", "cp949"):
        try:
            for _ in _decoded_lines(path, encoding):
                pass
        except UnicodeDecodeError:
            continue
        return "utf-8" if encoding == "utf-8-sig" else encoding
    raise InputError(
        f"{path}: cannot decode the text: it is neither UTF-8 nor CP949/EUC-KR "
        "(convert it with iconv, e.g. `iconv -f <encoding> -t utf-8`)"
    )


def _decoded_lines(path: Path, encoding: str) -> Iterator[str]:
    with path.open("r", encoding=encoding, errors="strict", newline=None) as handle:
        number = 0
        # At most one character past the limit is read (and the line break), so that
        # an over-long line is neither held in memory whole nor passed on.
        while line := handle.readline(MAX_LINE_CHARS + 2):
            number += 1
            text = line.rstrip("\r\n")
            if len(text) > MAX_LINE_CHARS:
                raise InputError(
                    f"{path}: line {number} is longer than {MAX_LINE_CHARS:,} characters: this is not a text "
                    "document read line by line (break it into lines)"
                )
            yield text


def iter_lines(path: Path, encoding: str) -> Iterator[str]:
    """Lines of a file already checked by :func:`detect_encoding`."""
    if encoding == "utf-8":
        encoding = "utf-8-sig"
    yield from _decoded_lines(path, encoding)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_source(path: Path) -> SourceText:
    """Read a whole document; raises :class:`InputError` naming the file."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    try:
        encoding = detect_encoding(path)
        lines = list(iter_lines(path, encoding))
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from exc
    if not any(line.strip() for line in lines):
        raise InputError(f"{path}: the file holds only blank lines")
    return SourceText(path=path, doc_id=doc_id_for(path), encoding=encoding, sha256=file_sha256(path), lines=lines)

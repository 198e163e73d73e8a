"""Bad documents: random and mutated text through the whole ingest pipeline.

Every input ends in one of two ways: a graph (quads that serialize as N-Quads
and parse back, each in a named graph), or an :class:`InputError` whose message
names the file. Anything else — a traceback, a hang — is a bug. The build then
keeps the old store or makes the new one, never a mix.
"""

from __future__ import annotations

import random
import shutil
import uuid
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pyoxigraph import BlankNode, NamedNode, RdfFormat, parse, serialize

from graph.errors import InputError
from graph.namespaces import InstanceIRIs
from graph.settings import Settings
from graph.store import LOCK_FILE, RESULTS_SUFFIX, StoreLocation
from ingest.build import build, extract_file
from ingest.catalog import SEEDS_DIR
from ingest.emit import emit_document
from ingest.lexicon import load_lexicon
from ingest.pipeline import make_nlp

SEEDS = sorted(SEEDS_DIR.glob("*.txt"))
SEED_LINES = [path.read_text(encoding="utf-8").splitlines() for path in SEEDS]
BULLETS = ["-", "ㅇ", "○", "□", "◦", "1)", "가.", "①", "*", "▶"]
HUGE = ["99999999999999999999999억원", "1e400", "1" * 60 + "원", "1,,,000명", "0." + "0" * 50 + "1%",
        "9" * 30 + "천원", "-0억원", "1,000,000,000,000,000,000,000개소", "２０１８년", "10^100명"]
RUN = NamedNode("https://w3id.org/sekg/id/run/test")
TALLY: Counter = Counter()


@pytest.fixture(scope="module")
def pipeline():
    return make_nlp(), load_lexicon(), InstanceIRIs("https://w3id.org/sekg/id/")


def outcome(pipeline, path: Path, kind: str) -> str:
    """Run one file through extraction and emission; "graph" or "refused", asserting what each promises."""
    nlp, lexicon, iris = pipeline
    TALLY[kind] += 1
    try:
        extractions = extract_file(path, entry=None, nlp=nlp)
    except InputError as exc:
        assert str(path) in str(exc), str(exc)
        TALLY["refused"] += 1
        return "refused"
    for extraction in extractions:
        quads = emit_document(extraction, iris=iris, lexicon=lexicon, run=RUN)
        assert quads
        data = serialize(quads, format=RdfFormat.N_QUADS)
        back = list(parse(data, format=RdfFormat.N_QUADS))
        assert len(set(back)) == len(set(quads))
        assert all(isinstance(q.graph_name, NamedNode) for q in back)
    TALLY["graph"] += 1
    return "graph"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    folder = tmp_path / f"case-{uuid.uuid4().hex[:8]}"
    folder.mkdir()
    path = folder / name
    path.write_bytes(data)
    return path


def _seed(index: int) -> list[str]:
    return list(SEED_LINES[index % len(SEED_LINES)])


@st.composite
def mutated(draw) -> list[str]:
    """A seed document changed the ways extracted PDFs go wrong."""
    lines = _seed(draw(st.integers(0, 1)))
    rng = random.Random(draw(st.integers(0, 2**32)))
    how = draw(st.sampled_from(["truncate", "shuffle", "drop", "duplicate", "numbers", "bullets", "splice"]))
    if how == "truncate":
        cut = rng.randrange(1, len(lines))
        lines = lines[:cut]
        lines[-1] = lines[-1][: rng.randrange(0, len(lines[-1]) + 1)]
    elif how == "shuffle":
        start = rng.randrange(len(lines))
        part = lines[start:start + rng.randrange(2, 400)]
        rng.shuffle(part)
        lines[start:start + len(part)] = part
    elif how == "drop":
        lines = [line for line in lines if rng.random() > 0.3]
    elif how == "duplicate":
        lines = [line for line in lines for _ in range(1 + (rng.random() < 0.2) * 2)]
    elif how == "numbers":
        for _ in range(40):
            i = rng.randrange(len(lines))
            lines[i] = lines[i] + " " + rng.choice(HUGE)
    elif how == "bullets":
        i = rng.randrange(len(lines))
        depth = draw(st.integers(1, 300))
        lines[i:i] = [" " * level + rng.choice(BULLETS) + " 사업 " + str(level) for level in range(depth)]
    else:
        i = rng.randrange(len(lines))
        lines[i] = lines[i][: len(lines[i]) // 2] + draw(st.text(min_size=1, max_size=200)) + lines[i][len(lines[i]) // 2:]
    TALLY[f"mutated:{how}"] += 1
    return lines


@given(lines=mutated())
def test_mutated_seeds_give_a_graph_or_a_clear_error(pipeline, tmp_path_factory, lines):
    path = _write(tmp_path_factory.mktemp("m"), "doc.txt", "\n".join(lines).encode("utf-8", "surrogatepass"))
    if not any(line.strip() for line in lines):
        assert outcome(pipeline, path, "mutated") == "refused"
    else:
        outcome(pipeline, path, "mutated")


@given(data=st.one_of(st.binary(max_size=4000), st.text(max_size=3000).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_random_bytes_and_text_give_a_graph_or_a_clear_error(pipeline, tmp_path_factory, data):
    path = _write(tmp_path_factory.mktemp("r"), "random.txt", data)
    result = outcome(pipeline, path, "random")
    if not data.strip() or b"\0" in data:
        assert result == "refused"


@given(split=st.integers(0, 400), second=st.sampled_from(["cp949", "latin-1", "utf-16"]))
def test_mixed_encodings_give_a_graph_or_a_clear_error(pipeline, tmp_path_factory, split, second):
    lines = _seed(split)
    head = "\n".join(lines[:split]).encode("utf-8")
    tail = "\n".join(lines[split:split + 200]).encode(second, "replace")
    path = _write(tmp_path_factory.mktemp("e"), "mixed.txt", head + b"\n" + tail)
    outcome(pipeline, path, f"encoding:{second}")


def test_whole_seeds_in_cp949_give_the_same_graph_as_in_utf8(pipeline, tmp_path):
    for source in SEEDS:
        utf8 = _write(tmp_path, source.name, source.read_bytes())
        cp949 = _write(tmp_path, source.name, source.read_text(encoding="utf-8").encode("cp949", "replace"))
        assert outcome(pipeline, utf8, "seed") == outcome(pipeline, cp949, "seed:cp949") == "graph"


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "the file is empty"),
    ("blank.txt", b"\n \n\t\n", "the file holds only blank lines"),
    ("nul.txt", "사회적경제\0".encode(), "binary file"),
    ("long-line.txt", "가".encode() * (10 * 2**20 // 3), "line 1 is longer than 100,000 characters"),
])
def test_files_that_are_not_documents_are_refused_by_name(pipeline, tmp_path, name, data, message):
    path = _write(tmp_path, name, data)
    with pytest.raises(InputError) as refused:
        extract_file(path, entry=None, nlp=pipeline[0])
    assert str(refused.value).startswith(f"{path}: ")
    assert message in str(refused.value)
    TALLY["refused"] += 1
    TALLY["explicit"] += 1


def test_header_fields_only_give_a_graph(pipeline, tmp_path):
    text = "지자체명 :\n사 례 명 :\n분 야 :\n관련공약 :\n사례요약 :\n- 27 -\n"
    assert outcome(pipeline, _write(tmp_path, "header.txt", text.encode()), "header-only") == "graph"


def test_cases_counted(figures):
    """Runs last in the file: the count of what the properties above tried."""
    figures.record("bad documents", cases=TALLY["graph"] + TALLY["refused"], graphs=TALLY["graph"],
                   refused=TALLY["refused"], **{k.replace(":", "_"): v for k, v in sorted(TALLY.items())
                                                if k not in ("graph", "refused")})
    assert TALLY["graph"] + TALLY["refused"] >= 150


# -- the store: old or new, never a mix ------------------------------------------------


def _quads(location: StoreLocation) -> set:
    store = location.open(read_only=True)
    quads = set(store)
    del store
    return quads


def test_a_bad_document_keeps_the_old_store_and_a_good_change_makes_the_new_one(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for source in SEEDS:
        shutil.copy(source, seeds / source.name)
    settings = Settings.from_env({"SEKG_STORE": str(tmp_path / "store")})
    location = StoreLocation(settings.store_path)
    build(settings, seeds=seeds)
    before, old = location.current(), _quads(location)

    (seeds / "zz-broken.txt").write_bytes(b"\xff\xfe\xfa" * 100 + "사업".encode("utf-16-le"))
    with pytest.raises(InputError, match="zz-broken.txt: cannot decode the text"):
        build(settings, seeds=seeds)
    assert location.current() == before
    assert _quads(location) == old
    assert sorted(p.name for p in location.generations.iterdir()) == sorted(
        [LOCK_FILE, before.name, before.name + RESULTS_SUFFIX])

    (seeds / "zz-broken.txt").unlink()
    (seeds / SEEDS[1].name).unlink()
    build(settings, seeds=seeds)
    fresh = Settings.from_env({"SEKG_STORE": str(tmp_path / "fresh")})
    build(fresh, seeds=seeds)

    def comparable(quads):
        # The build graph holds the run's own times and IRI; blank nodes (OWL axioms) get new names each load.
        kept = [q for q in quads if "graph/build" not in q.graph_name.value and "/run/" not in str(q)]
        named = {q for q in kept if not isinstance(q.subject, BlankNode) and not isinstance(q.object, BlankNode)}
        return named, Counter(q.graph_name.value for q in kept)

    assert comparable(_quads(location)) == comparable(_quads(StoreLocation(fresh.store_path)))
    assert location.current() != before

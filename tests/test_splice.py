"""A rebuild's Turtle and JSON-LD are the previous files with the changed subjects' blocks written
again: byte for byte what Oxigraph writes from the whole new union, or refused."""

import hashlib
import io
import random

import pyoxigraph as ox
import pytest

from graphkit.rdf.splice import SpliceError, spliced, subject_key, subject_of

FORMATS = ("TURTLE", "JSON_LD")
PREFIXES = {"e": "http://e.example/", "f": "http://e.example/f#", "x": "http://x.example/"}
# Names that test the order of blocks and how a subject is read back: one a prefix of another
# ("a" before "a-b", "a.b" and "a/b"), local names Turtle must escape, IRIs outside every
# prefix, a namespace itself, non-ASCII.
NAMES = [
    "http://e.example/a",
    "http://e.example/a-b",
    "http://e.example/a.b",
    "http://e.example/a.",
    "http://e.example/a/b",
    "http://e.example/a%20b",
    "http://e.example/a(b)",
    "http://e.example/-a",
    "http://e.example/1a",
    "http://e.example/",
    "http://e.example/f#x",
    "http://e.example/f#",
    "http://x.example/é",
    "http://other.example/z",
    "http://other.example/z,x;y=1",
]
PREDICATES = [
    "http://e.example/p",
    "http://e.example/q",
    "http://www.w3.org/2000/01/rdf-schema#label",
]
OBJECTS = [
    '"plain"',
    '"a \\"quoted\\" ]},{\\"@id\\":\\"x\\" line"',
    '"two\\nlines\\n<http://e.example/a> <http://e.example/p> \\"x\\" ."',
    '"back\\\\slash"',
    '"224000.0"^^<http://www.w3.org/2001/XMLSchema#decimal>',
    '"2020"^^<http://www.w3.org/2001/XMLSchema#gYear>',
    '"mot"@fr',
    "<http://e.example/a>",
    "<http://other.example/z>",
]


def serialized(lines: set[str], fmt: str) -> bytes:
    """What a build writes: Oxigraph's writer fed the sorted union."""
    out = io.BytesIO()
    text = "".join(sorted(lines)).encode("utf-8")
    statements = ox.parse(text, format=ox.RdfFormat.N_TRIPLES)
    ox.serialize(statements, out, getattr(ox.RdfFormat, fmt), prefixes=PREFIXES)
    return out.getvalue()


def random_lines(rng: random.Random, count: int) -> set[str]:
    return {
        f"<{rng.choice(NAMES)}> <{rng.choice(PREDICATES)}> {rng.choice(OBJECTS)} .\n"
        for _ in range(count)
    }


def splice(old: set[str], new: set[str], fmt: str, also: set[str] = frozenset()) -> bytes:
    """The new file spliced from the old one, told the subjects whose lines differ (and `also`
    others, which must come out as they were)."""
    subjects = {subject_of(line) for line in old ^ new} | also
    ordered = sorted(subjects, key=subject_key)
    lines = "".join(sorted(line for line in new if subject_of(line) in subjects))
    previous = serialized(old, fmt)
    digest = hashlib.sha256(previous).hexdigest()
    pieces = spliced(fmt, previous, digest, ordered, lines.encode("utf-8"), PREFIXES)
    return b"".join(pieces)


@pytest.mark.parametrize("fmt", FORMATS)
def test_spliced_files_equal_the_whole_new_file(fmt):
    rng = random.Random(7)
    for _ in range(150):
        old = random_lines(rng, rng.randrange(0, 40))
        new = set(old)
        for line in rng.sample(sorted(old), k=min(len(old), rng.randrange(0, 4))):
            new.discard(line)
        new |= random_lines(rng, rng.randrange(0, 4))
        also = {f"<{name}>" for name in rng.sample(NAMES, k=2)}
        assert splice(old, new, fmt, also) == serialized(new, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_graph_emptied_or_started_from_nothing(fmt):
    rng = random.Random(3)
    lines = random_lines(rng, 30)
    assert splice(lines, set(), fmt) == serialized(set(), fmt)
    assert splice(set(), lines, fmt) == serialized(lines, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_nothing_changed_gives_the_same_file(fmt):
    lines = random_lines(random.Random(5), 30)
    assert splice(lines, lines, fmt) == serialized(lines, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_previous_file_other_than_the_recorded_one_is_refused(fmt):
    lines = random_lines(random.Random(11), 20)
    previous = serialized(lines, fmt)
    with pytest.raises(SpliceError, match="not the one its build wrote"):
        spliced(fmt, previous + b" ", hashlib.sha256(previous).hexdigest(), [], b"", PREFIXES)


@pytest.mark.parametrize("fmt", FORMATS)
def test_blank_nodes_are_refused(fmt):
    previous = serialized(set(), fmt)
    digest = hashlib.sha256(previous).hexdigest()
    with pytest.raises(SpliceError, match="blank node"):
        spliced(fmt, previous, digest, ["_:b0"], b'_:b0 <http://e.example/p> "x" .\n', PREFIXES)


def test_new_lines_of_a_subject_not_said_to_change_are_refused():
    lines = random_lines(random.Random(13), 10)
    previous = serialized(lines, "TURTLE")
    digest = hashlib.sha256(previous).hexdigest()
    stray = b'<http://e.example/a> <http://e.example/p> "new" .\n'
    with pytest.raises(SpliceError, match="not said to change"):
        spliced("TURTLE", previous, digest, ["<http://e.example/a-b>"], stray, PREFIXES)

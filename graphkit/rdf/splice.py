"""A rebuild's Turtle and JSON-LD: the previous file with only the changed subjects written anew.

Oxigraph's writers, fed the union's sorted N-Triples, write each subject's triples as one block
(Turtle: from a line at the margin to its " ."; JSON-LD: one object of the top-level array), the
blocks in the order of the subjects' lines, and a block depends on nothing but its subject's
triples and the prefixes. So the file a clean build would write is the previous file with the
blocks of the subjects whose triples changed taken out, and the blocks those subjects have now,
written by the same writer, put in their places. Finding the places costs a binary search over
the blocks, not a pass over the triples: a rebuild after one edit at a million triples writes a
few blocks and copies the rest.

Anything the splice cannot be sure of (a previous file that is not the one recorded, a blank
node, a name it cannot read back) raises SpliceError, and the caller writes the file whole.
"""

from __future__ import annotations

import hashlib
import io
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

_TURTLE = "TURTLE"
_BLOCK_AT_MARGIN = re.compile(rb"^[^\t\n@]", re.MULTILINE)  # a subject, not a prefix line
_NEXT_OBJECT = re.compile(rb'\]\},(?=\{"@id":")')  # one top-level object, then the next
_ID_START = b'{"@id":"'
# Turtle's escapes in a local name (PN_LOCAL_ESC): a backslash before the character itself.
_LOCAL_ESCAPE = re.compile(r"\\(.)")


def _unescaped(match: re.Match) -> str:
    return match.group(1)


Piece = bytes | memoryview  # what the new file is written from: new blocks, views of old runs


class SpliceError(ValueError):
    """The previous file cannot be spliced: write the file whole."""


def subject_of(line: str) -> str:
    """The subject of an N-Triples line of the build's writer, as written ("<iri>")."""
    return line[: line.index(" ")]


def subject_key(subject: str) -> str:
    """What orders a subject's lines in the sorted union: its text and the space after it."""
    return subject + " "


def spliced(
    fmt: str,
    previous: bytes,
    previous_digest: str,
    subjects: list[str],
    lines: bytes,
    prefixes: dict[str, str],
) -> Iterator[Piece]:
    """The new file's bytes, in pieces: `previous` (which must have `previous_digest`) with the
    blocks of `subjects` (N-Triples terms, sorted by subject_key) replaced by those that
    `lines` (their N-Triples in the new union, sorted) make. Raises SpliceError before the
    first piece if anything is not as expected."""
    return prepare(fmt, previous, previous_digest, prefixes).spliced(subjects, lines)


def prepare(fmt: str, previous: bytes, previous_digest: str, prefixes: dict[str, str]) -> Prepared:
    """The previous file checked and cut into blocks: the part of `spliced` that needs only the
    previous build, done before the changes are known (SpliceError if it cannot be)."""
    if hashlib.sha256(previous).hexdigest() != previous_digest:
        raise SpliceError(f"the previous {fmt} file is not the one its build wrote")
    reader = _Turtle(prefixes) if fmt == _TURTLE else _JsonLd()
    return Prepared(fmt, prefixes, reader, reader.blocks(previous))


class Prepared:
    """A previous file ready to be spliced (see `prepare`)."""

    def __init__(self, fmt: str, prefixes: dict[str, str], reader, old: _Blocks) -> None:
        self._fmt, self._prefixes, self._reader, self._old = fmt, prefixes, reader, old

    def spliced(self, subjects: list[str], lines: bytes) -> Iterator[Piece]:
        """As `spliced` says, for the previous file this was prepared from."""
        if any(not s.startswith("<") or "\\" in s for s in subjects):
            raise SpliceError("a blank node or an escaped name among the changed subjects")
        fresh = _serialize(lines, self._fmt, self._prefixes)
        old, new = self._old, self._reader.blocks(fresh)
        by_key = {key: fresh[start:end] for key, start, end in new.spans()}
        keys = [subject_key(s) for s in subjects]
        if not by_key.keys() <= set(keys):
            raise SpliceError("the new triples name subjects that were not said to change")
        if old.header and new.header and old.header != new.header:
            raise SpliceError("the prefixes differ from the previous file's")
        pieces = _merged(old, keys, by_key)  # every check is done here, before the first piece
        return self._reader.joined(old.header or new.header, pieces)


def _serialize(lines: bytes, fmt: str, prefixes: dict[str, str]) -> bytes:
    out = io.BytesIO()
    statements = ox.parse(lines, format=ox.RdfFormat.N_TRIPLES, lenient=True)  # the build's text
    ox.serialize(statements, out, getattr(ox.RdfFormat, fmt), prefixes=prefixes)
    return out.getvalue()


class _Blocks:
    """A file's blocks: where each starts and ends, and each one's subject key on demand."""

    def __init__(self, data: bytes, header: bytes, starts: list[int], ends: list[int], key):
        self.data, self.header, self.starts, self.ends = data, header, starts, ends
        self._key = key

    def key(self, index: int) -> str:
        return self._key(self.data, self.starts[index])

    def __len__(self) -> int:
        return len(self.starts)

    def spans(self) -> Iterator[tuple[str, int, int]]:
        for index, (start, end) in enumerate(zip(self.starts, self.ends, strict=True)):
            yield self.key(index), start, end

    def position(self, key: str) -> int:
        """Where the block of `key` is, or would go; the blocks around it checked in order."""
        index = bisect_left(range(len(self)), key, key=self.key)
        before = self.key(index - 1) if index > 0 else None
        after = self.key(index) if index < len(self) else None
        if (before is not None and before >= key) or (after is not None and after < key):
            raise SpliceError("the previous file's blocks are not in the union's order")
        return index


def _merged(old: _Blocks, keys: list[str], by_key: dict[str, bytes]) -> list[Piece]:
    """Runs of the old blocks (views of its bytes, not copies), with the changed subjects'
    blocks taken out and the new put in."""
    pieces: list[Piece] = []
    view = memoryview(old.data)
    copied_to = 0  # the next old block not yet in a piece
    for key in keys:
        index = old.position(key)
        if index < copied_to:
            raise SpliceError("the changed subjects are not in the union's order")
        if index > copied_to:
            pieces.append(view[old.starts[copied_to] : old.ends[index - 1]])
        copied_to = index
        if index < len(old) and old.key(index) == key:
            copied_to += 1  # the subject's old block: left out
        if key in by_key:
            pieces.append(by_key[key])
    if copied_to < len(old):
        pieces.append(view[old.starts[copied_to] : old.ends[-1]])
    return pieces


class _Turtle:
    """Prefix lines, then each subject's block: from its line at the margin to its " .\\n"."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        self.prefixes = prefixes

    def blocks(self, data: bytes) -> _Blocks:
        starts = [m.start() for m in _BLOCK_AT_MARGIN.finditer(data)]
        header = data[: starts[0]] if starts else data
        if any(not line.startswith(b"@prefix ") for line in header.splitlines()):
            raise SpliceError("the Turtle file starts with something other than its prefixes")
        ends = [*starts[1:], len(data)] if starts else []
        if data and not data.endswith(b" .\n"):
            raise SpliceError("the Turtle file does not end a statement")
        return _Blocks(data, header, starts, ends, self._key)

    def _key(self, data: bytes, start: int) -> str:
        name = data[start : data.index(b" ", start)].decode("utf-8")
        if name.startswith("<") and name.endswith(">"):
            return subject_key(name)
        prefix, colon, local = name.partition(":")
        if not colon or prefix not in self.prefixes or name.startswith(("_:", "[")):
            raise SpliceError(f"a subject the splice cannot read: {name[:80]}")
        return subject_key(f"<{self.prefixes[prefix]}{_LOCAL_ESCAPE.sub(_unescaped, local)}>")

    @staticmethod
    def joined(header: bytes, pieces: Iterable[Piece]) -> Iterator[Piece]:
        pieces = [p for p in pieces if p]
        if pieces:  # Oxigraph writes no prefixes for an empty graph
            yield header
        yield from pieces


class _JsonLd:
    """A top-level array whose objects are the subjects' blocks, separated by commas."""

    def blocks(self, data: bytes) -> _Blocks:
        if not (data.startswith(b"[") and data.endswith(b"]")):
            raise SpliceError("the JSON-LD file is not one top-level array")
        if data == b"[]":
            return _Blocks(data, b"", [], [], self._key)
        if not data.startswith(b"[" + _ID_START):
            raise SpliceError("the JSON-LD file's first object has no @id first")
        starts = [1, *(m.end() for m in _NEXT_OBJECT.finditer(data))]
        ends = [start - 1 for start in starts[1:]] + [len(data) - 1]
        return _Blocks(data, b"", starts, ends, self._key)

    @staticmethod
    def _key(data: bytes, start: int) -> str:
        begin = start + len(_ID_START)
        iri = data[begin : data.index(b'"', begin)].decode("utf-8")
        if "\\" in iri or iri.startswith("_:"):
            raise SpliceError(f"a subject the splice cannot read: {iri[:80]}")
        return subject_key(f"<{iri}>")

    @staticmethod
    def joined(header: bytes, pieces: Iterable[Piece]) -> Iterator[Piece]:
        yield b"["
        first = True
        for piece in pieces:
            if piece:
                if not first:
                    yield b","
                yield piece
                first = False
        yield b"]"

"""graph.ttl and graph.jsonld, each written by a process of its own beside the build.

Oxigraph's writers take the sorted N-Triples of the union and keep each literal as written
("224000.0"), grouping a subject's triples. Fed from Python they hold the interpreter's lock for
every statement, so in the build's own process they would stop the page and everything else for
seconds at a million triples; in a child process they run on another core meanwhile. The child
imports pyoxigraph alone, and stops when its parent goes: it watches the pipe of its standard
input, which only the parent holds open (whichever of the parent's threads started it).

A rebuild's child is given the previous build's file and the subjects whose triples changed: it
splices the file (splice.py); if that cannot be done, it ends at once and another child writes
the file whole from the union. A child says on its standard output how it wrote the file and
the file's digest, which the manifest keeps for the next rebuild's splice.

    python -m graphkit.rdf.serializers UNION.nt TARGET FORMAT PREFIXES_JSON NICENESS \
        [PREVIOUS_FILE PREVIOUS_DIGEST SUBJECTS LINES]
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox

from ..lifetime import BACKGROUND_NICENESS, start_module
from .splice import spliced

# The files, and Oxigraph's format for each: each written by a child of its own, side by side.
OUTPUTS = {"graph.ttl": "TURTLE", "graph.jsonld": "JSON_LD"}


def serialize(ntriples: Path, target, fmt: ox.RdfFormat, prefixes: dict[str, str]) -> None:
    """One serialisation of sorted N-Triples, in this process, to a path or a binary file."""
    # The parser's statements go to the writer as they are (default-graph quads: the same
    # bytes as triples), with no Python code run per statement; read leniently, as the
    # build's text is (its IRIs are valid as written: quads.py).
    statements = ox.parse(path=str(ntriples), format=ox.RdfFormat.N_TRIPLES, lenient=True)
    ox.serialize(statements, target, fmt, prefixes=prefixes)


class _Hashed:
    """A binary file being written, and the SHA-256 of what went into it: the digest is made
    as the bytes pass (Oxigraph's writer hands them over 8 kB at a time), not read back."""

    def __init__(self, handle) -> None:
        self._handle = handle
        self.sha256 = hashlib.sha256()

    def write(self, data) -> int:
        self.sha256.update(data)
        return self._handle.write(data)

    def flush(self) -> None:
        self._handle.flush()


def writer_identity(prefixes: dict[str, str]) -> str:
    """What the bytes of a file written here depend on besides the triples: a file written
    by another version of Oxigraph, or with other prefixes, is not spliced."""
    return f"pyoxigraph {ox.__version__} " + json.dumps(prefixes, sort_keys=True)


def write_file(
    ntriples: Path, target: Path, fmt: str, prefixes: dict[str, str], splice: list[str]
) -> tuple[str, str]:
    """The file at `target`, spliced from the previous one if `splice` (its path, its digest,
    the changed subjects' file and their lines' file) is given, else from `ntriples`: how it
    was written ("spliced", "whole", or "unspliced" when the splice could not be done, before
    anything was written) and the digest of what was."""
    pieces = None
    if splice:
        previous, digest, subjects, lines = splice
        try:
            pieces = spliced(
                fmt,
                Path(previous).read_bytes(),
                digest,
                Path(subjects).read_text(encoding="utf-8").split("\n")[:-1],
                Path(lines).read_bytes(),
                prefixes,
            )
        except Exception:  # noqa: BLE001 - SpliceError or any other: the parent writes it whole
            return "unspliced", ""
    with open(target, "wb") as handle:
        written = _Hashed(handle)
        if pieces is None:
            serialize(ntriples, written, getattr(ox.RdfFormat, fmt), prefixes)
        else:
            for piece in pieces:
                written.write(piece)
        # On the disk before the child ends (beside the build's other work): publishing
        # waits for every file to be, and then finds little left to wait for.
        handle.flush()
        os.fsync(handle.fileno())
    return "whole" if pieces is None else "spliced", written.sha256.hexdigest()


_UNSPLICED = 3  # the child's exit when it could not splice (having written nothing)


class SerializerProcess:
    """The child writing `folder/name` (one of OUTPUTS) from `ntriples`; `wait()` for it.

    `background`: the child yields the CPU to the build's critical work (lifetime.py).
    `splice`: the previous build's file, its digest, the changed subjects' file and their
    lines' file (text_files.py): the child splices; if it cannot, another child writes the
    file whole from `ntriples` once `union_ready()` returns (it waits for the union's text).
    After `wait()`, `how` says which was done ("spliced" or "whole") and `digest` is the
    file's SHA-256."""

    def __init__(
        self,
        ntriples: Path,
        folder: Path,
        name: str,
        prefixes: dict[str, str],
        *,
        background: bool = False,
        splice: tuple[Path, str, Path, Path] | None = None,
        union_ready: Callable[[], None] | None = None,
    ) -> None:
        self.target = Path(folder) / name
        self.how = self.digest = ""
        niceness = str(BACKGROUND_NICENESS if background else 0)
        self._arguments = (str(ntriples), str(self.target), OUTPUTS[name])
        self._arguments += (json.dumps(prefixes), niceness)
        self._union_ready = union_ready
        self._error: str | None = None  # the last line the child wrote to its standard error
        self._waiting = threading.Lock()  # the page's thread and the main thread may both wait
        self._begin(splice)

    def _begin(self, splice) -> None:
        self._child = start_module(
            __name__,
            *self._arguments,
            *(str(part) for part in splice or ()),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        # Its standard error is read as it comes, so a child that says much never blocks on a
        # full pipe, whoever watches it (`wait`, or `chunks`, which only polls).
        self._said: list[bytes] = []
        self._reading = threading.Thread(
            target=_read_all, args=(self._child.stderr, self._said), daemon=True
        )
        self._reading.start()
        # A build dropped before its outputs are written stops the child with it.
        weakref.finalize(self, _stop, self._child)

    def _ended(self, *, block: bool) -> bool:
        """Whether the file's writer has ended (waiting for it if `block`). A child that could
        not splice is followed by one writing the file whole."""
        while True:
            child = self._child
            code = child.wait() if block else child.poll()
            if code != _UNSPLICED:
                return code is not None
            with self._waiting:
                if self._child is child:  # not replaced yet by another thread's look
                    self._reading.join()  # it said nothing worth keeping: it wrote nothing
                    _stop(child)
                    if self._union_ready is not None:
                        self._union_ready()
                    self._begin(None)

    def wait(self) -> Path:
        """The finished file, once the child has written it (OSError if it could not)."""
        self._ended(block=True)
        with self._waiting:
            if self._error is None:
                self._reading.join()
                error = b"".join(self._said).decode("utf-8", "replace").strip()
                self._error = error.splitlines()[-1] if error else "no message"
                said = self._child.stdout.read().decode("utf-8", "replace").split()
                if self._child.returncode == 0 and len(said) == 2:
                    self.how, self.digest = said
        if self._child.returncode != 0:
            raise OSError(
                f"writing {self.target.name} failed (exit {self._child.returncode}): {self._error}"
            )
        return self.target

    def chunks(self, size: int = 1 << 20) -> Iterator[bytes]:
        """The file's bytes as the child writes them, to the end, so that a reader can work on
        them meanwhile (OSError, as `wait` raises it, if the child fails)."""
        handle = None
        try:
            while True:
                done = self._ended(block=False)  # before reading: then nothing is left
                if handle is None:
                    try:
                        handle = open(self.target, "rb")  # noqa: SIM115 - kept across pieces
                    except FileNotFoundError:
                        if done:
                            break
                        time.sleep(_POLL)
                        continue
                piece = handle.read(size)
                if piece:
                    yield piece
                elif done:
                    break
                else:
                    time.sleep(_POLL)
        finally:
            if handle is not None:
                handle.close()
        self.wait()


class Writers:
    """graph.ttl and graph.jsonld of one build, each written by a SerializerProcess once what it
    needs is on disk (`may_start`): the union, or for a rebuild that splices them, the changed
    subjects' text. `want()` asks for them; `process(name)` waits until its writer could start.

    `previous`: the previous build's files and digests to splice from (empty: written whole);
    `union_ready()` returns once the union is on disk (for a writer that could not splice);
    `failure()` raises what stopped the text when `cannot_start()` was said instead.
    """

    def __init__(
        self,
        union: Path,
        changed: tuple[Path, Path],
        prefixes: dict[str, str],
        *,
        background: bool,
        previous: dict[str, tuple[Path, str]],
        union_ready: Callable[[], None],
        failure: Callable[[], None],
    ) -> None:
        self.union, self.changed, self.prefixes = union, changed, prefixes
        self.background, self.previous = background, previous
        self._union_ready, self._failure = union_ready, failure
        self._lock = threading.Lock()
        self._ready = threading.Event()  # set once they may start, or never will
        self._may = self._wanted = False
        self._processes: dict[str, SerializerProcess] = {}

    @property
    def splicing(self) -> bool:
        return bool(self.previous)

    def write_whole(self) -> None:
        """Splice nothing: write both files from the union (say before `may_start`)."""
        self.previous = {}

    def want(self) -> None:
        with self._lock:
            self._wanted = True
        self._start_if_wanted()

    def may_start(self) -> None:
        """They may start: those wanted start now, on the caller's thread (the text's or the
        store's). A process that cannot be started here is tried again, and its error raised,
        by `process()` on the thread that asks for the file: not in the caller's work."""
        self._may = True
        self._ready.set()
        with contextlib.suppress(OSError):
            self._start_if_wanted()

    def cannot_start(self) -> None:
        self._ready.set()  # those waiting find the failure instead

    def process(self, name: str) -> SerializerProcess:
        """The writer of `name`, started (raises what stopped the text if it cannot be)."""
        self._ready.wait()
        if not self._may:
            self._failure()
        self.want()
        return self._processes[name]

    def written(self) -> dict[str, tuple[str, str]]:
        """Of those started, once written: how each was ("spliced" or "whole"), its digest."""
        with self._lock:
            processes = dict(self._processes)
        for process in processes.values():
            process.wait()
        return {name: (process.how, process.digest) for name, process in processes.items()}

    def _start_if_wanted(self) -> None:
        with self._lock:
            if self._wanted and self._may and not self._processes:
                self._processes = {
                    name: SerializerProcess(
                        self.union,
                        self.union.parent,
                        name,
                        self.prefixes,
                        background=self.background,
                        splice=(*self.previous[name], *self.changed)
                        if name in self.previous
                        else None,
                        union_ready=self._union_ready,
                    )
                    for name in OUTPUTS
                }


_POLL = 0.01  # seconds between looks at a file the child is still writing


def _read_all(stream, said: list[bytes]) -> None:
    with contextlib.suppress(OSError, ValueError):  # closed by _stop: the child is gone
        said.append(stream.read())


def _stop(child: subprocess.Popen) -> None:
    if child.poll() is None:
        child.kill()
        child.wait()
    for stream in (child.stdin, child.stdout, child.stderr):
        stream.close()


def _stop_when_parent_goes() -> None:
    """Its standard input ends only when the parent closes it or dies: either way, stop."""
    # The descriptor itself, not sys.stdin: a buffered reader's lock held by this daemon thread
    # would stop the interpreter's exit with a fatal error.
    while os.read(0, 1 << 12):
        pass
    os._exit(1)


def main(argv: list[str]) -> None:
    ntriples, target, fmt, prefixes, niceness, *splice = argv
    threading.Thread(target=_stop_when_parent_goes, daemon=True).start()
    if int(niceness) and hasattr(os, "nice"):
        os.nice(int(niceness))
    how, digest = write_file(Path(ntriples), Path(target), fmt, json.loads(prefixes), splice)
    if how == "unspliced":
        sys.exit(_UNSPLICED)
    sys.stdout.write(f"{how} {digest}\n")


if __name__ == "__main__":
    main(sys.argv[1:])

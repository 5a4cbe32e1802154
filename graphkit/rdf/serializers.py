"""graph.ttl and graph.jsonld, each written by a process of its own beside the build.

Oxigraph's writers take the sorted N-Triples of the union and keep each literal as written
("224000.0"), grouping a subject's triples. Fed from Python they hold the interpreter's lock for
every statement, so in the build's own process they would stop the page and everything else for
seconds at a million triples; in a child process they run on another core meanwhile. The child
imports pyoxigraph alone, and stops when its parent goes: it watches the pipe of its standard
input, which only the parent holds open (whichever of the parent's threads started it), and the
children the parent forks, which end with it.

A rebuild's child is given the previous build's file and the subjects whose triples changed: it
splices the file (splice.py); if that cannot be done, it ends at once and another child writes
the file whole from the union. It is started as the build begins: it reads and checks the
previous file while the build resolves its model, then waits for a line on its standard input,
the parent's word that the changed subjects are on disk. A child says on its standard output
how it wrote the file and the file's digest, which the manifest keeps for the next rebuild's
splice.

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
from .splice import Prepared, prepare

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


def prepare_splice(fmt: str, prefixes: dict[str, str], splice: list[str]) -> Prepared | None:
    """The previous file of `splice` (its path, its digest, the changed subjects' file and
    their lines' file) read and checked, ready for `write_file`; None if it cannot be."""
    previous, digest, _subjects, _lines = splice
    try:
        return prepare(fmt, Path(previous).read_bytes(), digest, prefixes)
    except Exception:  # noqa: BLE001 - SpliceError or any other: the parent writes it whole
        return None


def write_file(
    ntriples: Path,
    target: Path,
    fmt: str,
    prefixes: dict[str, str],
    splice: list[str],
    prepared: Prepared | None = None,
) -> tuple[str, str]:
    """The file at `target`, spliced from the previous one if `splice` (see `prepare_splice`,
    which gives `prepared` if it was called before) is given, else from `ntriples`: how it
    was written ("spliced", "whole", or "unspliced" when the splice could not be done, before
    anything was written) and the digest of what was."""
    pieces = None
    if splice:
        prepared = prepared or prepare_splice(fmt, prefixes, splice)
        if prepared is None:
            return "unspliced", ""
        try:
            pieces = prepared.spliced(
                Path(splice[2]).read_text(encoding="utf-8").split("\n")[:-1],
                Path(splice[3]).read_bytes(),
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
        held: bool = False,
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
        if splice is not None and not held:
            self.go()

    def _begin(self, splice) -> None:
        self._child = start_module(
            __name__,
            *self._arguments,
            *(str(part) for part in splice or ()),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self._said: list[bytes] = []
        self._reading = threading.Thread(
            target=_read_all, args=(self._child.stderr, self._said), daemon=True
        )
        if splice is None:
            self._reading.start()
        # A build dropped before its outputs are written stops the child with it.
        weakref.finalize(self, _stop, self._child)

    def go(self) -> None:
        """The changed subjects are on disk: the splicing child goes on (say it once).

        Its standard error is read from now on, as it comes, so a child that says much never
        blocks on a full pipe, whoever watches it (`wait`, or `chunks`, which only polls). Not
        before: a held child says nothing, and this process may fork meanwhile, which it can
        only while it runs no other thread (forked.py)."""
        # Unbuffered: to a child that is gone, nothing is left to be sent again at the close.
        with contextlib.suppress(OSError):  # the child is gone: waiting for it says why
            os.write(self._child.stdin.fileno(), b"\n")
        self._reading.start()

    def stop(self) -> None:
        """Stops the child, whatever it is doing (a held child no longer wanted)."""
        _stop(self._child)

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


_POLL = 0.01  # seconds between looks at a file the child is still writing


def _read_all(stream, said: list[bytes]) -> None:
    with contextlib.suppress(OSError, ValueError):  # closed by _stop: the child is gone
        said.append(stream.read())


def _stop(child: subprocess.Popen) -> None:
    if child.poll() is None:
        child.kill()
        child.wait()
    for stream in (child.stdin, child.stdout, child.stderr):
        with contextlib.suppress(OSError):  # a pipe to a child gone: closed all the same
            stream.close()


def _stop_when_parent_goes() -> None:
    """Its standard input ends only when the parent closes it or dies: either way, stop."""
    # The descriptor itself, not sys.stdin: a buffered reader's lock held by this daemon thread
    # would stop the interpreter's exit with a fatal error.
    while os.read(0, 1 << 12):
        pass
    os._exit(1)


def _told_to_go() -> bool:
    """Waits for the parent's line on standard input; False if it ends first (the parent gone,
    or no longer wanting the splice)."""
    while (data := os.read(0, 1)) != b"\n":
        if not data:
            return False
    return True


def main(argv: list[str]) -> None:
    ntriples, target, fmt, prefixes, niceness, *splice = argv
    if int(niceness) and hasattr(os, "nice"):
        os.nice(int(niceness))
    prefixes = json.loads(prefixes)
    prepared = None
    if splice:  # the previous file made ready while the build makes the changes
        prepared = prepare_splice(fmt, prefixes, splice)
        if not _told_to_go():
            os._exit(1)
    threading.Thread(target=_stop_when_parent_goes, daemon=True).start()
    how, digest = write_file(Path(ntriples), Path(target), fmt, prefixes, splice, prepared)
    if how == "unspliced":
        sys.exit(_UNSPLICED)
    sys.stdout.write(f"{how} {digest}\n")


if __name__ == "__main__":
    main(sys.argv[1:])

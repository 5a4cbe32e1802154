"""graph.ttl and graph.jsonld, each written by a process of its own beside the build.

Oxigraph's writers take the sorted N-Triples of the union and keep each literal as written
("224000.0"), grouping a subject's triples. Fed from Python they hold the interpreter's lock for
every statement, so in the build's own process they would stop the page and everything else for
seconds at a million triples; in a child process they run on another core meanwhile. The child
imports pyoxigraph alone, and stops when its parent goes: it watches the pipe of its standard
input, which only the parent holds open (whichever of the parent's threads started it).

    python -m graphkit.rdf.serializers UNION.nt TARGET FORMAT PREFIXES_JSON NICENESS
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from ..lifetime import BACKGROUND_NICENESS, start_module

# The files, and Oxigraph's format for each: each written by a child of its own, side by side.
OUTPUTS = {"graph.ttl": "TURTLE", "graph.jsonld": "JSON_LD"}


def serialize(ntriples: Path, target: Path, fmt: ox.RdfFormat, prefixes: dict[str, str]) -> None:
    """One serialisation of sorted N-Triples, in this process."""
    # The parser's statements go to the writer as they are (default-graph quads: the same
    # bytes as triples), with no Python code run per statement.
    statements = ox.parse(path=str(ntriples), format=ox.RdfFormat.N_TRIPLES)
    ox.serialize(statements, str(target), fmt, prefixes=prefixes)


class SerializerProcess:
    """The child writing `folder/name` (one of OUTPUTS) from `ntriples`; `wait()` for it.

    `background`: the child yields the CPU to the build's critical work (lifetime.py)."""

    def __init__(
        self,
        ntriples: Path,
        folder: Path,
        name: str,
        prefixes: dict[str, str],
        *,
        background: bool = False,
    ) -> None:
        self.target = Path(folder) / name
        niceness = str(BACKGROUND_NICENESS if background else 0)
        self._child = start_module(
            __name__,
            str(ntriples),
            str(self.target),
            OUTPUTS[name],
            json.dumps(prefixes),
            niceness,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self._error: str | None = None  # the last line the child wrote to its standard error
        self._waiting = threading.Lock()  # the page's thread and the main thread may both wait
        # Its standard error is read as it comes, so a child that says much never blocks on a
        # full pipe, whoever watches it (`wait`, or `chunks`, which only polls).
        self._said: list[bytes] = []
        self._reading = threading.Thread(target=self._read_errors, daemon=True)
        self._reading.start()
        # A build dropped before its outputs are written stops the child with it.
        weakref.finalize(self, _stop, self._child)

    def _read_errors(self) -> None:
        with contextlib.suppress(OSError, ValueError):  # closed by _stop: the child is gone
            self._said.append(self._child.stderr.read())

    def wait(self) -> Path:
        """The finished file, once the child has written it (OSError if it could not)."""
        with self._waiting:
            if self._error is None:
                self._child.wait()
                self._reading.join()
                error = b"".join(self._said).decode("utf-8", "replace").strip()
                self._error = error.splitlines()[-1] if error else "no message"
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
                done = self._child.poll() is not None  # before reading: then nothing is left
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


def _stop(child: subprocess.Popen) -> None:
    if child.poll() is None:
        child.kill()
        child.wait()
    for stream in (child.stdin, child.stderr):
        stream.close()


def _stop_when_parent_goes() -> None:
    """Its standard input ends only when the parent closes it or dies: either way, stop."""
    # The descriptor itself, not sys.stdin: a buffered reader's lock held by this daemon thread
    # would stop the interpreter's exit with a fatal error.
    while os.read(0, 1 << 12):
        pass
    os._exit(1)


def main(argv: list[str]) -> None:
    ntriples, target, fmt, prefixes, niceness = argv
    threading.Thread(target=_stop_when_parent_goes, daemon=True).start()
    if int(niceness) and hasattr(os, "nice"):
        os.nice(int(niceness))
    serialize(Path(ntriples), Path(target), getattr(ox.RdfFormat, fmt), json.loads(prefixes))


if __name__ == "__main__":
    main(sys.argv[1:])

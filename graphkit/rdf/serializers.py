"""graph.ttl and graph.jsonld, written by a process of their own beside the build.

Oxigraph's writers take the sorted N-Triples of the union and keep each literal as written
("224000.0"), grouping a subject's triples. Fed from Python they hold the interpreter's lock for
every statement, so in the build's own process they would stop the page and everything else for
seconds at a million triples; in a child process they run on another core meanwhile. The child
imports pyoxigraph and nothing of graphkit's but `lifetime`, and dies with its parent.

    python -m graphkit.rdf.serializers UNION.nt FOLDER PREFIXES_JSON PARENT_PID
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import weakref
from pathlib import Path

import pyoxigraph as ox

from ..lifetime import die_with_parent

# Written in this order, each announced on the child's output once it is whole.
OUTPUTS = (("graph.ttl", "TURTLE"), ("graph.jsonld", "JSON_LD"))
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])  # the folder holding `graphkit/`


def serialize(ntriples: Path, target: Path, fmt: ox.RdfFormat, prefixes: dict[str, str]) -> None:
    """One serialisation of sorted N-Triples, in this process."""
    # The parser's statements go to the writer as they are (default-graph quads: the same
    # bytes as triples), with no Python code run per statement.
    statements = ox.parse(path=str(ntriples), format=ox.RdfFormat.N_TRIPLES)
    ox.serialize(statements, str(target), fmt, prefixes=prefixes)


class SerializerProcess:
    """The child writing `OUTPUTS` of `ntriples` into `folder`; `wait(name)` for each."""

    def __init__(self, ntriples: Path, folder: Path, prefixes: dict[str, str]) -> None:
        self.folder = Path(folder)
        env = dict(os.environ)
        # The same graphkit as this process, whether installed or run from a checkout.
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_PACKAGE_ROOT, env.get("PYTHONPATH")) if p)
        self._child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                __name__,
                str(ntriples),
                str(self.folder),
                json.dumps(prefixes),
                str(os.getpid()),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        self._done: set[str] = set()
        self._reading = threading.Lock()  # the page's thread and the main thread both wait
        # A build dropped before its outputs are written stops the child with it.
        weakref.finalize(self, _stop, self._child)

    def wait(self, name: str) -> Path:
        """The finished file `name` (one of OUTPUTS), once the child has written it."""
        with self._reading:
            return self._wait(name)

    def _wait(self, name: str) -> Path:
        while name not in self._done:
            line = self._child.stdout.readline()
            if not line:
                error = self._child.stderr.read().decode("utf-8", "replace").strip()
                self._child.wait()
                raise OSError(
                    f"writing {name} failed (exit {self._child.returncode}): "
                    f"{error.splitlines()[-1] if error else 'no message'}"
                )
            self._done.add(line.decode("utf-8").strip())
        if len(self._done) == len(OUTPUTS):
            self._child.wait()
        return self.folder / name


def _stop(child: subprocess.Popen) -> None:
    if child.poll() is None:
        child.kill()
        child.wait()
    for stream in (child.stdout, child.stderr):
        stream.close()


def main(argv: list[str]) -> None:
    ntriples, folder, prefixes, parent = argv
    die_with_parent(int(parent))
    for name, fmt in OUTPUTS:
        target = Path(folder) / name
        serialize(Path(ntriples), target, getattr(ox.RdfFormat, fmt), json.loads(prefixes))
        sys.stdout.write(name + "\n")  # to the parent, which waits for this line
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])

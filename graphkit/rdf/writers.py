"""graph.ttl and graph.jsonld of one build: when each writer (serializers.py) starts.

A build wants both files; each writer can start only once what it needs is on disk: the union,
or for a rebuild that splices, the changed subjects' text. A rebuild's splicing writers start
earlier still, held, so that they read their previous files while the build makes its model.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from .serializers import OUTPUTS, SerializerProcess


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
        self._may = self._wanted = self._held = False
        self._processes: dict[str, SerializerProcess] = {}

    def prestart(self) -> None:
        """Start the splicing writers now, held: each reads and checks its previous file while
        the build goes on, and splices once `may_start` is said (a rebuild's files are always
        wanted). Call it before this process starts threads: it starts none."""
        with self._lock:
            if self.splicing and not self._may and not self._processes:
                self._processes = self._started(held=True)
                self._held = True

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
        store's), and held ones go on, or give way to writers of the whole file if the
        splice was called off (`write_whole`). A process that cannot be started here is tried
        again, and its error raised, by `process()` on the thread that asks for the file: not
        in the caller's work."""
        with self._lock:
            held, self._held = self._held, False
            self._may = True
            if held and not self.splicing:
                self._stop_all()
            elif held:
                for process in self._processes.values():
                    process.go()
        self._ready.set()
        with contextlib.suppress(OSError):
            self._start_if_wanted()

    def cannot_start(self) -> None:
        with self._lock:
            if self._held:  # they wait for a word that will not come
                self._stop_all()
                self._held = False
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

    def _stop_all(self) -> None:
        for process in self._processes.values():
            process.stop()
        self._processes = {}

    def _start_if_wanted(self) -> None:
        with self._lock:
            if self._wanted and self._may and not self._processes:
                self._processes = self._started(held=False)

    def _started(self, *, held: bool) -> dict[str, SerializerProcess]:
        return {
            name: SerializerProcess(
                self.union,
                self.union.parent,
                name,
                self.prefixes,
                background=self.background,
                splice=(*self.previous[name], *self.changed) if name in self.previous else None,
                union_ready=self._union_ready,
                held=held,
            )
            for name in OUTPUTS
        }

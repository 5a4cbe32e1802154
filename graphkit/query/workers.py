"""Queries run in worker processes, so a query past its time can be stopped by ending its process.

Oxigraph cannot interrupt a query it is evaluating; a thread cannot be killed. Each worker opens
the store read-only and answers one query at a time; the pool hands a query to an idle worker
and, when the time is up, kills it and starts a fresh one. The number of workers bounds the
queries that run at once.
"""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
from multiprocessing.connection import Connection
from pathlib import Path

from ..exc import GraphkitError
from ..lifetime import die_with_parent
from .results import Answer, write_result

# Words that make a request leave the store or change it: federation, loading, updates.
_REFUSED = ("SERVICE", "LOAD", "INSERT", "DELETE", "CLEAR", "DROP", "CREATE", "COPY", "MOVE", "ADD")
_REFUSED_WORD = re.compile(r"(?<![\w?$:])(" + "|".join(_REFUSED) + r")(?![\w:-])", re.IGNORECASE)
# What cannot hold a keyword: strings (long and short), IRIs and comments.
_NOT_KEYWORDS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
    re.DOTALL,
)


class QueryRefused(GraphkitError):
    """A query the server will not run (federation, updates)."""


class QueryTimeout(GraphkitError):
    """A query ran past its time and was stopped."""


class ServerBusy(GraphkitError):
    """Every worker is busy and the wait for one ran out."""


class QueryFailed(GraphkitError):
    """The query is wrong (syntax) or the store could not answer it."""

    def __init__(self, message: str, *, syntax: bool = False) -> None:
        super().__init__(message)
        self.syntax = syntax


def check_refused(text: str) -> None:
    """QueryRefused if the query asks for a remote service or an update."""
    match = _REFUSED_WORD.search(_NOT_KEYWORDS.sub(" ", text))
    if match:
        word = match.group(1).upper()
        what = "federated queries (SERVICE)" if word == "SERVICE" else f"{word} (an update)"
        raise QueryRefused(f"this endpoint is read-only and local: {what} are refused")


class QueryPool:
    """`size` worker processes; `run` answers one query within `timeout` seconds."""

    def __init__(self, size: int, *, timeout: float, max_rows: int, wait: float = 10.0):
        self.timeout = timeout
        self.max_rows = max_rows
        self.wait = wait
        self._idle: queue.Queue = queue.Queue()
        self._closed = False
        self._lock = threading.Lock()
        self._all: set = set()
        for _ in range(size):
            self._idle.put(self._start())

    def _start(self):
        # A fresh interpreter, not a fork of this threaded server and not multiprocessing's
        # spawn, which re-imports the caller's main module (a script without a main guard).
        process = subprocess.Popen(
            [sys.executable, "-m", "graphkit.query.workers", str(os.getpid())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        conn = _Channel(process)
        worker = (process, conn)
        with self._lock:
            self._all.add(worker)
        return worker

    def _stop(self, worker) -> None:
        process, conn = worker
        with self._lock:
            self._all.discard(worker)
        process.kill()
        process.wait()
        conn.close()

    def run(self, store_dir: Path, text: str, accept: str) -> Answer:
        check_refused(text)
        try:
            worker = self._idle.get(timeout=self.wait)
        except queue.Empty:
            raise ServerBusy("every query worker is busy; try again shortly") from None
        process, conn = worker
        try:
            conn.send((str(store_dir), text, accept, self.max_rows))
            if not conn.poll(self.timeout):
                self._stop(worker)
                worker = self._start()
                raise QueryTimeout(
                    f"the query ran longer than {self.timeout:g} s and was stopped "
                    "(the server's --timeout)"
                )
            kind, value = conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._stop(worker)
            worker = self._start()
            raise QueryFailed("the query worker died; the query was not answered") from None
        finally:
            if not self._closed:
                self._idle.put(worker)
        if kind == "answer":
            return value
        raise QueryFailed(value, syntax=kind == "syntax")

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._stop(worker)


class _Channel:
    """Pickled messages over a worker's stdin and stdout: our own process, our own data."""

    def __init__(self, process: subprocess.Popen) -> None:
        self._send = Connection(os.dup(process.stdin.fileno()), readable=False)
        self._recv = Connection(os.dup(process.stdout.fileno()), writable=False)
        process.stdin.close()
        process.stdout.close()

    def send(self, message) -> None:
        self._send.send(message)

    def poll(self, timeout: float) -> bool:
        return self._recv.poll(timeout)

    def recv(self):
        return self._recv.recv()

    def close(self) -> None:
        self._send.close()
        self._recv.close()


def _serve_queries(parent: int) -> None:
    """A worker's loop: (store, query, accept, max_rows) in, ("answer", Answer) or an error out."""
    import pyoxigraph as ox  # noqa: PLC0415

    die_with_parent(parent)
    incoming = Connection(os.dup(0), writable=False)
    outgoing = Connection(os.dup(1), readable=False)
    os.dup2(os.open(os.devnull, os.O_RDWR), 1)  # nothing else may write into the channel
    stores: dict[str, object] = {}
    while True:
        try:
            store_dir, text, accept, max_rows = incoming.recv()
        except (EOFError, OSError):
            return
        try:
            if store_dir not in stores:
                stores.clear()  # a new generation: let go of the old one's files
                stores[store_dir] = ox.Store.read_only(store_dir)
            result = stores[store_dir].query(text)
            reply = ("answer", write_result(result, accept, max_rows))
        except SyntaxError as err:
            reply = ("syntax", f"SPARQL syntax: {err}")
        except (OSError, ValueError, RuntimeError, TypeError) as err:
            reply = ("error", str(err))
        outgoing.send(reply)


if __name__ == "__main__":
    _serve_queries(int(sys.argv[1]))

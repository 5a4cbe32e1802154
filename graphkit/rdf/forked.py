"""A function run in a forked copy of this process, its JSON answer read back by a thread.

The build's graph text is made from the model it holds: millions of short strings that only go
to files. Made in a forked child, that work runs on another core while this process draws the
page from the same model, with nothing copied or pickled to get the model there (the child
shares this process's memory until it writes). Forking is safe only while this process runs one
thread (a lock another thread held at the fork would stay locked in the child), so elsewhere, or
where there is no fork, the function runs here, at once.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import traceback
from collections.abc import Callable
from functools import partial

from ..lifetime import die_with_parent

_in_child = False  # set in a child that ForkedCall forked


class ChildEnded(RuntimeError):
    """The child ended without an answer: killed (by the out-of-memory killer, say) or exited."""

    def __init__(self, how: str) -> None:
        super().__init__(f"the child process {how} without an answer")


def can_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1


def in_forked_child() -> bool:
    """Whether this is a child ForkedCall forked (not the caller's process, run in place)."""
    return _in_child


class ForkedCall:
    """`function()` (which returns JSON-able data) in a forked child, or here if it cannot be.

    `result()` waits for the answer, or raises what the function raised (as a RuntimeError
    carrying the child's traceback), or ChildEnded if the child ended without answering. With
    `notes=True` the function is called with a `tell` function: what it tells (JSON-able data,
    never None) reaches the caller as it happens, through `next_note()`, so the caller can start
    on a part of the work done before the whole is. Call both from one thread.
    """

    def __init__(self, function: Callable[..., object], *, notes: bool = False) -> None:
        self._answer: object = None
        self._error: BaseException | None = None  # what the function run here raised
        self._failure: Callable[[], Exception] | None = None  # what stopped the child
        self._pid = None
        self._notes: list = []  # told, not yet taken (the function run here tells them all)
        self._pipe = None
        if not can_fork():

            def keep(note) -> None:
                self._notes.append(_given(note))

            try:
                self._answer = function(keep) if notes else function()
            except Exception as error:  # kept for result(), as the child's would be
                self._error = error
            return
        parent = os.getpid()
        reader, writer = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: run, answer, and leave without running this process's
            os.close(reader)  # exit handlers (they belong to the parent: its folders, its files)
            global _in_child  # noqa: PLW0603 - this process's one fact, set once
            _in_child = True
            code = 1
            try:
                with os.fdopen(writer, "w", encoding="utf-8") as pipe:
                    try:
                        die_with_parent(parent)

                        def tell(note) -> None:
                            pipe.write(json.dumps({"note": _given(note)}) + "\n")
                            pipe.flush()

                        message = {"answer": function(tell) if notes else function()}
                        code = 0
                    except BaseException:
                        message = {"error": traceback.format_exc()}
                    pipe.write(json.dumps(message) + "\n")
            finally:
                os._exit(code)
        os.close(writer)
        self._pid = pid
        self._pipe = os.fdopen(reader, "r", encoding="utf-8")
        self._final: dict | None = None

    def next_note(self) -> object | None:
        """The next thing the function told, waiting for it; None once it has ended."""
        if self._notes:
            return self._notes.pop(0)
        if self._pipe is None or self._final is not None:
            return None
        line = self._pipe.readline()
        try:
            message = json.loads(line)
        except ValueError:
            message = {}
        if "note" in message:
            return message["note"]
        self._final = message
        return None

    def result(self) -> object:
        if self._pid is not None:
            while self.next_note() is not None:  # notes not taken are passed over
                pass
            self._pipe.close()
            _, status = os.waitpid(self._pid, 0)
            self._pid = None
            message = self._final or {}
            if "error" in message:
                self._failure = partial(RuntimeError, f"in a forked child:\n{message['error']}")
            elif "answer" in message:
                self._answer = message["answer"]
            else:
                self._failure = partial(ChildEnded, _how_ended(status))
        if self._failure is not None:
            # A new error each time: one kept here would keep the frames it was raised through
            # alive as long as this object, and with them the caller's (its build, its folder).
            raise self._failure()
        if self._error is not None:
            raise self._error
        return self._answer


def _how_ended(status: int) -> str:
    code = os.waitstatus_to_exitcode(status)
    if code >= 0:
        return f"exited with status {code}"
    try:
        return f"was killed by {signal.Signals(-code).name}"
    except ValueError:  # a signal Python has no name for
        return f"was killed by signal {-code}"


def _given(note):
    if note is None:  # next_note's None says the function has ended
        raise ValueError("a note cannot be None")
    return note

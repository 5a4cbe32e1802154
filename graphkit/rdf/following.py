"""The text's child followed from the build's process: what it tells, as it tells it.

The child (text_files.py) says when the union is on disk and, for a rebuild that splices, the
counts and changes before it writes the union; the store's thread and the Turtle and JSON-LD
writers (writers.py) start on those words, and fail with what stopped the child.
"""

from __future__ import annotations

import contextlib
from concurrent.futures import Future
from threading import Event

from .forked import ForkedCall
from .text_files import UNION
from .writers import Writers


def follow_text(
    writing: ForkedCall,
    files: Future,
    written: Future,
    on_disk: Event,
    settled: Event,
    writers: Writers,
) -> None:
    """What the text's child tells, as it tells it: the union written, a splicing rebuild's
    counts and changes (before its union: `files`), then its answer (`written`)."""
    try:
        while (note := writing.next_note()) is not None:
            if note == UNION:
                union_is_written(on_disk, settled, writers)
            elif not files.done():
                files.set_result(note)
        answer = writing.result()
    except BaseException as err:
        with contextlib.suppress(BaseException):  # the child reaped, whatever stopped us
            writing.result()
        for future in (files, written):
            if not future.done():
                future.set_exception(err)
        settled.set()  # those waiting for the union find the error instead
        writers.cannot_start()
        return
    if not files.done():
        files.set_result(answer)
    written.set_result(answer)
    union_is_written(on_disk, settled, writers)  # (said again: harmless, and safe if untold)


def union_is_written(on_disk: Event, settled: Event, writers: Writers) -> None:
    on_disk.set()
    settled.set()
    if not writers.splicing:  # Turtle and JSON-LD are written whole, from it
        writers.may_start()


def union_ready(settled: Event, on_disk: Event, written: Future) -> None:
    """For a writer that could not splice: returns once the union is on disk."""
    settled.wait()
    if not on_disk.is_set():
        written.result()  # raises what stopped the writing


def failure(written: Future, store: Future) -> None:
    """Raises what stopped the text, or the store's update before it."""
    written.result()
    store.result()
    raise RuntimeError("the graph's text was not written")

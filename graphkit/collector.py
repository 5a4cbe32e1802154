"""Python's cycle collector paused while a build makes and holds millions of small objects.

A build's facts, citations, relationships and the text of its quads form no reference cycles,
yet each full collection walks every one of them: with the collector running, a large build
spends more time collecting than working (a million-triple build, about half of its Python
time). Pausing it costs nothing but the cycles left meanwhile, collected when it resumes.

Resuming has a price of its own: the first collection after a pause walks every object made
during it (half a second after a million-triple build), and the interpreter's exit walks them
again. A process that runs one command and ends (`graphkit` on the command line) says so with
`one_command_process()`; its pauses then end by freezing what they made (`gc.freeze`): the
collector never walks those objects again, and what they hold is freed as always when they go,
but a reference cycle among them is only reclaimed when the process ends, soon after.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_freeze_on_resume = False


def one_command_process() -> None:
    """This process runs one command and exits: pauses end by freezing what they made."""
    global _freeze_on_resume  # noqa: PLW0603 - one setting for the process, made once
    _freeze_on_resume = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collection inside the block; as it was after (nested blocks leave it paused)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if _freeze_on_resume:
                gc.freeze()
            gc.enable()

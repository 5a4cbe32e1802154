"""Python's cycle collector paused while a build makes and holds millions of small objects.

A build's facts, citations, relationships and the text of its quads form no reference cycles,
yet each full collection walks every one of them: with the collector running, a large build
spends more time collecting than working (a million-triple build, about half of its Python
time). Pausing it costs nothing but the cycles left meanwhile, collected when it resumes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collection inside the block; as it was after (nested blocks leave it paused)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

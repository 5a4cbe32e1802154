"""The page a build writes, drawn in a forked child while the build's process fills the store.

Drawing the page is Python over the whole model (about three CPU-seconds at a million
triples). In the build's process it shares the interpreter's lock with the threads that fill
the store and run the checks, so each waits for the others. A child forked once the model is
made holds the model without a copy (forked.py) and has a lock of its own. The panel's Turtle
is not written yet when the page is drawn: the child leaves a placeholder in its block, and
the build's process puts the compressed Turtle there (zlib runs outside the lock).
"""

from __future__ import annotations

import secrets
import shutil
import weakref
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from pathlib import Path

from ..exc import GraphkitError
from ..rdf import forked
from ..resolve.merge import Relationship
from ..resolve.provenance import Provenance
from ..sources.registry import Registry
from ..viz.layout import LayoutMemo
from ..viz.render import model_page
from ..viz.sparql import packed_meanwhile

LAYOUT_FILE = "layout.json"  # the page's force layout, kept for the next build
_HEAD, _TAIL = "page-head.html", "page-tail.html"  # the page around the Turtle's block


def draw_page(
    registry: Registry,
    relationships: list[Relationship],
    provenance: Provenance,
    turtle: Callable[[], bytes | Iterable[bytes]],
    previous: Path | None,
    page: Path,
    layout: Path,
) -> None:
    """The page written to `page` and its layouts to `layout`, here and now (`previous`: the
    folder of the build before, whose layouts this one starts from)."""
    html, layouts = _drawn(registry, relationships, provenance, previous, turtle=turtle)
    page.write_bytes(html.encode("utf-8"))
    layouts.write(layout)


def _drawn(registry, relationships, provenance, previous, **turtle) -> tuple[str, LayoutMemo]:
    layouts = LayoutMemo.read(previous / LAYOUT_FILE if previous else None)
    return model_page(registry, relationships, provenance, layouts=layouts, **turtle), layouts


class PageInChild:
    """The page being drawn in a forked child, into files of `folder` (the build's own)."""

    def __init__(
        self,
        registry: Registry,
        relationships: list[Relationship],
        provenance: Provenance,
        previous: Path | None,
        folder: Path,
    ) -> None:
        self._folder = folder
        # Unguessable, so that no source text in the page's data can be taken for it.
        self._placeholder = f"graphkit-turtle-{secrets.token_hex(16)}"
        self._call = forked.ForkedCall(self._draw(registry, relationships, provenance, previous))
        # A build dropped unwritten leaves no child behind (see ForkedCall.stop).
        self._stop = weakref.finalize(self, self._call.stop)

    def _draw(self, registry, relationships, provenance, previous) -> Callable[[], None]:
        folder, placeholder = self._folder, self._placeholder

        def draw() -> None:
            html, layouts = _drawn(
                registry, relationships, provenance, previous, turtle_block=placeholder
            )
            head, tail = html.split(placeholder)  # exactly once: the block the child left
            (folder / _HEAD).write_bytes(head.encode("utf-8"))
            (folder / _TAIL).write_bytes(tail.encode("utf-8"))
            layouts.write(folder / LAYOUT_FILE)

        return draw

    def write(
        self, page: Path, layout: Path, turtle: Callable[[], bytes | Iterable[bytes]]
    ) -> None:
        """The page written to `page`, its Turtle's block made from `turtle` here meanwhile,
        and the layouts it used to `layout` (raises what stopped the child; a GraphkitError if
        it was killed)."""
        block: Future = packed_meanwhile(turtle)
        try:
            self._call.result()
        except forked.ChildEnded as ended:  # no bug of ours to trace: say what happened
            raise GraphkitError(
                f"{page.name}: the process drawing the page {ended.how} before it was done "
                "(the system's out-of-memory killer, if memory ran short); build again"
            ) from None
        with open(page, "wb") as out:
            with open(self._folder / _HEAD, "rb") as head:
                shutil.copyfileobj(head, out)
            out.write(block.result().encode("ascii"))
            with open(self._folder / _TAIL, "rb") as tail:
                shutil.copyfileobj(tail, out)
        shutil.copyfile(self._folder / LAYOUT_FILE, layout)


def start_page(
    registry: Registry,
    relationships: list[Relationship],
    provenance: Provenance,
    previous: Path | None,
    folder: Path,
) -> PageInChild | None:
    """The page begun in a forked child, if this process can fork now (one thread); None
    otherwise, and the page is drawn when the outputs are written (`draw_page`)."""
    if not forked.can_fork():
        return None
    return PageInChild(registry, relationships, provenance, previous, folder)

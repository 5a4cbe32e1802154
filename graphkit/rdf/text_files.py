"""The build's graph as text on disk, written by the forked child that makes it (built.py).

The union of all named graphs as sorted N-Triples (what Turtle, JSON-LD and the store's default
graph are made of), `graph.nq` graph by graph, the manifest of each graph's digest and, for a
rebuild, the text of the graphs that changed since the build it starts from.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from .quads import Quads
from .update import MANIFEST, changed_graphs, write_manifest

NQUADS = "graph.nq"
UNION = "union.nt"
# A rebuild's named graphs that changed, as N-Quads and as triples (for the union).
CHANGED_NQUADS, CHANGED_TRIPLES = "changed.nq", "changed.nt"
_CHUNK = 1 << 16  # lines written per call: text goes to disk in pieces, never as one string


def write_files(
    make_quads: Callable[[], Quads],
    folder: Path,
    known: dict[str, str] | None,
    tell: Callable[[str], None],
) -> dict:
    """The quads' text on disk: the union (then `tell` says so), graph.nq, the manifest and,
    for a rebuild from a build whose graphs' digests are `known`, the text of the graphs that
    changed. Returns the counts and, for a rebuild, ([graphs to load], [graphs to drop])."""
    quads = make_quads()
    write_lines(folder / UNION, quads.union())
    tell(UNION)
    digests, count = write_nquads(folder / NQUADS, quads)
    files = {
        "named_graphs": sum(1 for lines in quads.graphs.values() if lines),
        "triples": len(quads),
        "quads": count,
        "changes": None,
    }
    write_manifest(folder / MANIFEST, digests, count, files["triples"])
    if known is not None:
        load, drop = changed_graphs(known, digests)
        nquads = (line for name in load for line in quads.nquads_of(name))
        write_lines(folder / CHANGED_NQUADS, nquads)
        write_lines(folder / CHANGED_TRIPLES, (ln for name in load for ln in quads.graphs[name]))
        files["changes"] = (load, drop)
    quads.clear()  # the text is on disk now: let it go before the store's bulk load
    return files


def write_nquads(path: Path, quads: Quads) -> tuple[dict[str, str], int]:
    """graph.nq, graph by graph; each graph's digest (of its sorted lines) and the quad count."""
    digests, count = {}, 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        for name in sorted(quads.graphs):
            lines = quads.nquads_of(name)
            digest = hashlib.sha256()
            for start in range(0, len(lines), _CHUNK):
                text = "".join(lines[start : start + _CHUNK])
                digest.update(text.encode("utf-8"))
                handle.write(text)
            digests[name] = digest.hexdigest()
            count += len(lines)
    return digests, count


def write_lines(path: Path, lines) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        chunk: list[str] = []
        for line in lines:
            chunk.append(line)
            if len(chunk) >= _CHUNK:
                handle.write("".join(chunk))
                chunk.clear()
        handle.write("".join(chunk))

"""The build's graph as text on disk, written by the forked child that makes it (built.py).

The union of all named graphs as sorted N-Triples (what Turtle, JSON-LD and the store's default
graph are made of), `graph.nq` graph by graph, the manifest of each graph's digest and place in
it and, for a rebuild, the text of the graphs that changed since the build it starts from and
the union's lines of every subject those graphs name, before or now (what splice.py rewrites).
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Callable
from pathlib import Path

from ..lifetime import lower_thread_priority
from .forked import in_forked_child
from .quads import Quads
from .splice import subject_key, subject_of
from .update import MANIFEST, changed_graphs, write_manifest

NQUADS = "graph.nq"
UNION = "union.nt"
# A rebuild's named graphs that changed, as N-Quads and as triples (for the union).
CHANGED_NQUADS, CHANGED_TRIPLES = "changed.nq", "changed.nt"
# The subjects whose triples a rebuild may have changed, one per line, and their lines now.
CHANGED_SUBJECTS, SUBJECT_LINES = "subjects.txt", "subjects.nt"
# Beyond this share of the union (and this many lines), writing Turtle and JSON-LD whole is
# about as quick as splicing them.
_SPLICE_SHARE, _SPLICE_LINES = 8, 50_000
_CHUNK = 1 << 16  # lines written per call: text goes to disk in pieces, never as one string
# Beyond this share of graph.nq in graphs dropped and loaded (and this many bytes: a small store
# is quick to update either way), a rebuild's store is loaded whole: dropping, loading and
# mending the union quad by quad then costs more than a bulk load. At 100,000 triples, a rebuild
# after edits to 2 % of the files took 1.08 s updating the store against 1.32 s loading it
# whole; 5 %, even; 10 %, 1.89 s against 1.41; all, 5.2 s against 1.6.
_REUSE_SHARE, _REUSE_BYTES = 10, 1 << 20


def write_files(
    make_quads: Callable[[], Quads],
    folder: Path,
    known: dict | None,
    previous_nquads: Path | None,
    tell: Callable[[object], None],
    *,
    union_first: bool = True,
) -> dict:
    """The quads' text on disk: the union (then `tell` says UNION), graph.nq, the manifest
    and, for a rebuild from a build whose manifest is `known` and whose graph.nq is
    `previous_nquads`, the text of the graphs that changed and of the subjects they name.

    Returns the counts and, for a rebuild that changes few enough graphs for its store to be
    the previous one updated (`_worth_reusing`), ([graphs to load], [graphs to drop]) and whether
    the changed subjects' files were written (`splice`). Unless `union_first`, the union is
    written last, once `tell` has said all that (the store's update and the splice need
    no more)."""
    quads = make_quads()
    union = quads.union()
    if union_first:  # what Turtle and JSON-LD are written from
        write_lines(folder / UNION, union)
        tell(UNION)
    digests, spans, count = write_nquads(folder / NQUADS, quads)
    files = {
        "named_graphs": sum(1 for lines in quads.graphs.values() if lines),
        "triples": len(quads),
        "quads": count,
        "changes": None,
        "splice": False,
    }
    write_manifest(folder / MANIFEST, digests, count, files["triples"], spans)
    load, drop = changed_graphs(known["graphs"], digests) if known is not None else ([], [])
    if known is not None and _worth_reusing(known, spans, load, drop):
        nquads = (line for name in load for line in quads.nquads_of(name))
        write_lines(folder / CHANGED_NQUADS, nquads)
        write_lines(folder / CHANGED_TRIPLES, (ln for name in load for ln in quads.graphs[name]))
        files["changes"] = (load, drop)
        if not union_first:  # Turtle and JSON-LD are to be spliced
            old = _old_lines(previous_nquads, known, drop) if previous_nquads else None
            if old is not None:
                files["splice"] = _write_changed_subjects(folder, union, quads, load, old)
    if not union_first:
        tell(files)
        # Read only where a splice fails: it yields the cores to the work the build waits for
        # (in a child of its own; run in the build's process, it must not slow the rest).
        if files["splice"] and in_forked_child():
            lower_thread_priority()
        write_lines(folder / UNION, union)
        tell(UNION)
    quads.clear()  # the text is on disk now: let it go before the store's bulk load
    return files


def _worth_reusing(known: dict, spans: dict[str, list[int]], load, drop) -> bool:
    """Whether the previous store, its changed graphs replaced, is quicker to have than a new
    one: the bytes of the graphs dropped and loaded are at most a share of graph.nq's."""
    before = known.get("spans")
    if not isinstance(before, dict):
        return True  # (the store's update finds out)
    try:
        changed = sum(spans[name][1] for name in load) + sum(before[name][1] for name in drop)
    except (KeyError, IndexError, TypeError):
        return True
    whole = sum(length for _, length in spans.values())
    return changed <= max(whole // _REUSE_SHARE, _REUSE_BYTES)


def write_nquads(path: Path, quads: Quads) -> tuple[dict[str, str], dict[str, list[int]], int]:
    """graph.nq, graph by graph: each graph's digest (of its sorted lines), its span in the
    file ([offset, length] in bytes) and the quad count."""
    digests, spans, count, offset = {}, {}, 0, 0
    with open(path, "wb") as handle:
        for name in sorted(quads.graphs):
            lines = quads.nquads_of(name)
            digest = hashlib.sha256()
            start_offset = offset
            for start in range(0, len(lines), _CHUNK):
                data = "".join(lines[start : start + _CHUNK]).encode("utf-8")
                digest.update(data)
                handle.write(data)
                offset += len(data)
            digests[name] = digest.hexdigest()
            spans[name] = [start_offset, offset - start_offset]
            count += len(lines)
    return digests, spans, count


def _old_lines(nquads: Path, known: dict, drop: list[str]) -> list[str] | None:
    """The lines the dropped graphs held, read from the previous graph.nq where its manifest
    places them and checked against their digests; None if any cannot be had."""
    spans = known.get("spans")
    if not isinstance(spans, dict):
        return None
    lines: list[str] = []
    try:
        with open(nquads, "rb") as handle:
            for name in drop:
                offset, length = spans[name]
                handle.seek(offset)
                data = handle.read(length)
                if hashlib.sha256(data).hexdigest() != known["graphs"][name]:
                    return None
                # Lines end at "\n" only: literals keep form feeds and U+2028 as they are.
                lines += [line + "\n" for line in data.decode("utf-8").split("\n")[:-1]]
    except (OSError, KeyError, TypeError, ValueError):
        return None
    return lines


def _write_changed_subjects(
    folder: Path, union: list[str], quads: Quads, load: list[str], old: list[str]
) -> bool:
    """Every subject of the changed graphs' lines, before (`old`) and now, and each one's lines
    in the union (sorted), for splice.py; False where so many changed that it is not worth it.

    A triple enters or leaves the union only with a graph that changed, so the subjects
    of other triples keep their lines, and their blocks in Turtle and JSON-LD."""
    subjects = {subject_of(line) for line in old}
    for name in load:
        subjects.update(subject_of(line) for line in quads.graphs[name])
    ordered = sorted(subjects, key=subject_key)
    lines: list[str] = []
    for subject in ordered:
        key = subject_key(subject)
        at = bisect_left(union, key)
        while at < len(union) and union[at].startswith(key):
            lines.append(union[at])
            at += 1
        if len(lines) > max(len(union) // _SPLICE_SHARE, _SPLICE_LINES):
            return False
    write_lines(folder / CHANGED_SUBJECTS, (subject + "\n" for subject in ordered))
    write_lines(folder / SUBJECT_LINES, lines)
    return True


def write_lines(path: Path, lines) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        chunk: list[str] = []
        for line in lines:
            chunk.append(line)
            if len(chunk) >= _CHUNK:
                handle.write("".join(chunk))
                chunk.clear()
        handle.write("".join(chunk))

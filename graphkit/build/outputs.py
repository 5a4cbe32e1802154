"""A built graph's output files: Turtle, N-Quads, JSON-LD, the page, the report and the store."""

from __future__ import annotations

import contextlib
import json
import shutil
import threading
from pathlib import Path

from ..collector import collector_paused
from ..files import fsync_file
from ..generation import current_generation, output_lock, publish, stage
from ..rdf.store import STORE_DIR
from ..viz.layout import LayoutMemo
from ..viz.render import model_page
from .pipeline import CHECKS_MEMO, BuildResult

OUTPUT_FILES = ("graph.ttl", "graph.nq", "graph.jsonld", "graph.html", "report.json")
LAYOUT_FILE = "layout.json"  # the page's force layout, kept for the next build


def write_outputs(result: BuildResult, out: Path, *, wait: bool = False) -> list[Path]:
    """Write the graph, page, report and store as a new generation of `out`, swapped in whole.

    Holds the folder's build lock (see generation.py); `wait` waits for another build to finish
    instead of raising OutputBusyError. The paths returned are `out`'s stable names.
    """
    out = Path(out)
    built = result.built
    with output_lock(out, wait=wait), collector_paused():
        staged = stage(out)
        try:
            # The page first: it needs only the model, while the graph's text is written (by a
            # forked child), the store fills (in a thread) and Turtle and JSON-LD are written
            # (by a process of their own).
            built.start_serializers()
            threading.Thread(target=_flush_early, args=(built,), daemon=True).start()
            previous = current_generation(out)
            layouts = LayoutMemo.read(previous / LAYOUT_FILE if previous else None)

            # From the model the build holds: the same network as its graph gives.
            html = model_page(
                result.registry,
                result.relationships,
                result.provenance,
                # graph.ttl as its writer makes it: compressed on the page's thread meanwhile.
                turtle=built.turtle_chunks,
                layouts=layouts,
            )
            built.write_turtle(staged / "graph.ttl")
            layouts.write(staged / LAYOUT_FILE)
            (staged / "graph.html").write_bytes(html.encode("utf-8"))
            built.write_nquads(staged / "graph.nq")
            built.write_jsonld(staged / "graph.jsonld")
            report = json.dumps(result.report, indent=2, sort_keys=True, ensure_ascii=False)
            (staged / "report.json").write_bytes((report + "\n").encode("utf-8"))
            built.write_store(staged / STORE_DIR)  # what query, show, path and viz open
            built.write_manifest(staged)  # what the next build's store starts from
            if result.checks_memo is not None:  # and its checks
                result.checks_memo.write(staged / CHECKS_MEMO)
            publish(out, staged, (*OUTPUT_FILES, STORE_DIR))
        except BaseException:
            shutil.rmtree(staged, ignore_errors=True)
            raise
    return [out / name for name in OUTPUT_FILES]


def _flush_early(built) -> None:
    """graph.nq, the largest file, sent to the disk as soon as it is written, while the rest is
    made: publishing, which waits for every file to be on the disk, then waits less. (Its
    failure is not this thread's to report: the file is flushed again there.)"""
    with contextlib.suppress(Exception):
        fsync_file(built.nquads)

"""A built graph's output files: Turtle, N-Quads, JSON-LD, the page, the report and the store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ..generation import output_lock, publish, stage
from ..network import to_network
from ..rdf.jsonld import stable_jsonld
from ..rdf.store import STORE_DIR, write_store
from ..viz.render import render_html
from ..viz.sparql import sparql_addon
from .pipeline import BuildResult

OUTPUT_FILES = ("graph.ttl", "graph.nq", "graph.jsonld", "graph.html", "report.json")


def write_outputs(result: BuildResult, out: Path, *, wait: bool = False) -> list[Path]:
    """Write the graph, page, report and store as a new generation of `out`, swapped in whole.

    Holds the folder's build lock (see generation.py); `wait` waits for another build to finish
    instead of raising OutputBusyError. The paths returned are `out`'s stable names.
    """
    out = Path(out)
    ttl = result.graph.serialize(format="turtle")
    quads = result.dataset.serialize(format="nquads")
    nq = "".join(sorted({line for line in quads.splitlines(keepends=True) if line.strip()}))
    jsonld = stable_jsonld(result.graph)
    html = render_html(to_network(result.graph), addons=(sparql_addon(result.graph, ttl),))
    report = json.dumps(result.report, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    files = dict(zip(OUTPUT_FILES, (ttl, nq, jsonld, html, report), strict=True))
    with output_lock(out, wait=wait):
        staged = stage(out)
        try:
            for name, content in files.items():
                (staged / name).write_bytes(content.encode("utf-8"))
            write_store(result.graph, staged / STORE_DIR)  # what query, show, path and viz open
            publish(out, staged, (*OUTPUT_FILES, STORE_DIR))
        except BaseException:
            shutil.rmtree(staged, ignore_errors=True)
            raise
    return [out / name for name in OUTPUT_FILES]

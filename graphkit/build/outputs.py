"""A built graph's output files: Turtle, N-Quads, JSON-LD, the page, the report and the store."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph

from ..network import to_network
from ..rdf.store import STORE_DIR, write_atomic, write_store
from ..viz.render import render_html
from .pipeline import BuildResult

OUTPUT_FILES = ("graph.ttl", "graph.nq", "graph.jsonld", "graph.html", "report.json")
JSONLD_CONTEXT = {
    "tg": "https://w3id.org/techgov/ontology#",
    "ent": "https://w3id.org/techgov/id/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def stable_jsonld(graph: Graph) -> str:
    """JSON-LD with nodes and values in a fixed order (rdflib's order follows hashing)."""
    doc = json.loads(graph.serialize(format="json-ld", context=JSONLD_CONTEXT))
    nodes = doc.get("@graph", [])
    for node in nodes:
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True))
    doc["@graph"] = sorted(nodes, key=lambda n: n.get("@id", ""))
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def write_outputs(result: BuildResult, out: Path) -> list[Path]:
    """Serialise the graph and report into `out`, each file replaced atomically."""
    out = Path(out)
    ttl = result.graph.serialize(format="turtle")
    quads = result.dataset.serialize(format="nquads")
    nq = "".join(sorted(set(quads.splitlines(keepends=True))))
    jsonld = stable_jsonld(result.graph)
    html = render_html(to_network(result.graph))
    report = json.dumps(result.report, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    files = dict(zip(OUTPUT_FILES, (ttl, nq, jsonld, html, report), strict=True))
    written = []
    for name, content in files.items():
        write_atomic(out / name, content)
        written.append(out / name)
    write_store(result.graph, out / STORE_DIR)  # what query, show, path and viz open
    return written

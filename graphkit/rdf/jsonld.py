"""JSON-LD that is the same bytes for the same graph."""

from __future__ import annotations

import json

from rdflib import Graph

from ..vocab import PREFIXES

# The context of graph.jsonld: the prefixes its readers meet in every node.
JSONLD_CONTEXT = {name: PREFIXES[name] for name in ("tg", "ent", "rdfs", "xsd")}


def stable_jsonld(graph: Graph) -> str:
    """JSON-LD with nodes and values in a fixed order (rdflib's order follows hashing)."""
    return stable_document(json.loads(graph.serialize(format="json-ld", context=JSONLD_CONTEXT)))


def stable_document(doc: dict) -> str:
    """The text of a JSON-LD document as rdflib's writer makes it, its nodes ordered by id and
    each list of values by its JSON text."""
    nodes = doc.get("@graph", [])
    for node in nodes:
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True))
    doc["@graph"] = sorted(nodes, key=lambda n: n.get("@id", ""))
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"

"""RDF exports: JSON-LD, and N-Quads with one named graph per source document.

The N-Quads put each citation's statements (the direct triple, the relationship resource, the
citation and its source) in the named graph of the document it cites, as `graphkit build` does,
and entity descriptions in the registry graph; so the graph can be loaded into a SPARQL store
and every statement traced to its source with `GRAPH ?g { ... }`.
"""

from __future__ import annotations

from rdflib import Graph

# rdflib's own N-Quads line writer (escaping as the N-Quads spec says). Writing lines directly
# rather than filling a Dataset first halves the time on large graphs.
from rdflib.plugins.serializers.nquads import _nq_row

from .build import stable_jsonld
from .graph import REGISTRY_GRAPH
from .vocab import TG


def to_jsonld(graph: Graph) -> bytes:
    """The graph as JSON-LD with the project's context, nodes and values in a fixed order."""
    return stable_jsonld(graph).encode("utf-8")


def to_nquads(graph: Graph) -> bytes:
    """The graph as sorted N-Quads, statements grouped by the source document that states them."""
    lines: set[str] = set()
    placed = set()

    def put(triple, name) -> None:
        lines.add(_nq_row(triple, name))
        placed.add(triple)

    for rel, cite in graph.subject_objects(TG.citation):
        source = graph.value(cite, TG.source)
        if source is None:
            continue
        subject, relation, obj = (graph.value(rel, p) for p in (TG.subject, TG.relation, TG.object))
        if None not in (subject, relation, obj) and (subject, relation, obj) in graph:
            put((subject, relation, obj), source)
        for p, o in graph.predicate_objects(rel):
            if p != TG.citation or o == cite:
                put((rel, p, o), source)
        for node in (cite, source):
            for p, o in graph.predicate_objects(node):
                put((node, p, o), source)
    for triple in graph:
        if triple not in placed:
            lines.add(_nq_row(triple, REGISTRY_GRAPH))
    return "".join(sorted(lines)).encode("utf-8")

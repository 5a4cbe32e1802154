"""RDF exports: JSON-LD, and N-Quads with one named graph per source document.

The N-Quads put each citation's statements (the direct triple, the relationship resource, the
citation and its source) in the named graph of the document it cites, as `graphkit build` does,
and entity descriptions in the registry graph; so the graph can be loaded into a SPARQL store
and every statement traced to its source with `GRAPH ?g { ... }`.
"""

from __future__ import annotations

from collections import defaultdict

from rdflib import Graph, Literal

# rdflib's own N-Quads line writer (escaping as the N-Quads spec says). Writing lines directly
# rather than filling a Dataset first halves the time on large graphs.
from rdflib.plugins.serializers.nquads import _nq_row

from ..rdf.jsonld import stable_jsonld
from ..rdf.quads import REGISTRY_GRAPH
from ..rdf.records import reads_natively
from ..vocab import TG


def to_jsonld(graph: Graph) -> bytes:
    """The graph as JSON-LD with the project's context, nodes and values in a fixed order."""
    if reads_natively(graph):  # an Oxigraph store's default graph: read without rdflib
        from .store_jsonld import store_jsonld  # noqa: PLC0415

        text = store_jsonld(graph.store._inner)
        if text is not None:
            return text.encode("utf-8")
    return stable_jsonld(graph).encode("utf-8")


def to_nquads(graph: Graph) -> bytes:
    """The graph as sorted N-Quads, statements grouped by the source document that states them."""
    if reads_natively(graph):  # an Oxigraph store's default graph: read without rdflib
        from .store_nquads import store_nquads  # noqa: PLC0415

        return store_nquads(graph.store._inner)
    # One pass over the graph into plain dicts: a lookup per statement in the store costs
    # several times more on graphs of a million triples.
    about: dict = defaultdict(list)
    for s, p, o in graph:
        about[s].append((p, o))
    lines: set[str] = set()
    placed = set()

    def put(triple, name) -> None:
        lines.add(_nq_row(triple, name))
        placed.add(triple)

    for rel, props in about.items():
        cites = [o for p, o in props if p == TG.citation]
        if not cites:
            continue
        first = dict(props)
        direct = (first.get(TG.subject), first.get(TG.relation), first.get(TG.object))
        for cite in cites:
            # A source given as text names no graph (N-Quads has none such): registry's.
            source = next(
                (
                    o
                    for p, o in about.get(cite, ())
                    if p == TG.source and not isinstance(o, Literal)
                ),
                None,
            )
            if source is None:
                continue
            if None not in direct and direct in graph:
                put(direct, source)
            for p, o in props:
                if p != TG.citation or o == cite:
                    put((rel, p, o), source)
            for node in (cite, source):
                for p, o in about.get(node, ()):
                    put((node, p, o), source)
    for s, props in about.items():
        for p, o in props:
            if (s, p, o) not in placed:
                lines.add(_nq_row((s, p, o), REGISTRY_GRAPH))
    return "".join(sorted(lines)).encode("utf-8")
